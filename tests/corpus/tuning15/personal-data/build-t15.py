#!/usr/bin/env python3
"""build-t15.py - deterministic generator for the tuning15 personal-data corpus.

Topic: people's NAMES next to DATES.
  positive/ : 40 outbound messages carrying 3+ invented people's dates of birth.
  negative/ : 40 outbound messages carrying 3+ invented names beside past dates
              (3-80 years ago) that are NOT dates of birth.

python3 standard library only.  Re-running rewrites every file byte-for-byte
identically (per-message random.Random seeded with a fixed string, explicit
MIME boundaries, fixed Message-IDs and Date headers).

Usage:  python3 build-t15.py            (writes next to this script)
"""
import datetime as dt
import json
import os
import random
import sys
import textwrap
from email.charset import Charset, QP
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# invented name pools
# --------------------------------------------------------------------------
CHILD_F = ["Amara", "Isla", "Priya", "Maisie", "Aisha", "Evie", "Niamh", "Layla",
           "Poppy", "Sienna", "Hafsa", "Ffion", "Rosa", "Darcey", "Nell", "Matilda",
           "Tilly", "Eliza", "Anaya", "Wren", "Esme", "Lottie", "Hana", "Orla",
           "Imogen", "Bethan", "Mariam", "Ada", "Lyra", "Zainab", "Freya", "Keira",
           "Safiya", "Elodie", "Martha", "Iris"]
CHILD_M = ["Oliver", "Freddie", "Kacper", "Leo", "Tomasz", "Reuben", "Kofi", "Harrison",
           "Ezra", "Idris", "Callum", "Jude", "Mateo", "Ibrahim", "Ollie", "Yusuf",
           "Arlo", "Rohan", "Stanley", "Finlay", "Bilal", "Alfie", "Kai", "Theo",
           "Dexter", "Rafael", "Jasper", "Seb", "Zac", "Ronan", "Elijah", "Hamza",
           "Louie", "Caspar", "Tobias", "Denzel"]
CHILD_ALL = CHILD_F + CHILD_M
SURNAMES = ["Osei", "Hartley", "Malik", "Pennington", "Crowther", "Nowak", "Sharma",
            "Fairclough", "Adeyemi", "Brennan", "Okafor", "Lindqvist", "Hughes", "Rahman",
            "Whitcombe", "Kowalczyk", "Doherty", "Ashworth", "Mensah", "Thornbury", "Begum",
            "Gallagher", "Patel", "Yates", "Ellwood", "Chowdhury", "Marsh", "Quinlan",
            "Abara", "Sutcliffe", "Tran", "Holroyd", "Nkemelu", "Pryce", "Szymanski",
            "Beaumont", "Hussain", "Ridley", "Fenwick", "Oduya", "Latham", "Moreau",
            "Kilbride", "Verma", "Dunmore", "Castellano", "Bradshaw", "Ambrose", "Iqbal",
            "Greaves", "Ogunleye", "Harcourt", "Sandhu", "McAllister", "Pearce", "Wojcik",
            "Lowther", "Achebe", "Rushworth", "Kaur"]
ADULT_F = ["Helen", "Gurpreet", "Deborah", "Yvonne", "Claire", "Joanne", "Bernadette",
           "Farah", "Lesley", "Sian", "Philippa", "Karen", "Ruth", "Gillian", "Rosalind",
           "Nadia", "Maureen", "Alison", "Fiona", "Shazia", "Bronwen", "Carol", "Tessa",
           "Monique", "Hilary", "Agnieszka", "Jacqueline", "Abimbola"]
ADULT_M = ["Martin", "Stuart", "Rashid", "Nigel", "Colin", "Graham", "Tunde", "Desmond",
           "Marcus", "Anil", "Owen", "Trevor", "Hugh", "Gareth", "Kenneth", "Declan",
           "Rupert", "Imran", "Neville", "Clive", "Piotr", "Barry", "Leonard", "Wesley",
           "Dominic", "Kwame", "Roderick", "Malcolm"]

NICK = {"Oliver": "Olly", "Tobias": "Toby", "Elijah": "Eli", "Matilda": "Tilly", "Theo": "Teddy",
        "Alfie": "Alf", "Elodie": "Elle", "Sienna": "Sisi"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


# --------------------------------------------------------------------------
# date helpers
# --------------------------------------------------------------------------
def rand_date(rng, start, end):
    a, b = start.toordinal(), end.toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def dob_year_group(rng, yg):
    """UK academic year 2026/27: Reception = 0, Year 1 = 1 ... Year 13 = 13."""
    return rand_date(rng, dt.date(2021 - yg, 9, 1), dt.date(2022 - yg, 8, 31))


def age_on(born, when):
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def d_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def d_ord(d):
    return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"


def d_slash(d):
    return d.strftime("%d/%m/%Y")


def d_short(d):
    return f"{d.day}/{d.month}/{d.year}"


def d_dots(d):
    return d.strftime("%d.%m.%Y")


def d_dots2(d):
    return d.strftime("%d.%m.%y")


def d_mon(d):
    return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"


def d_iso(d):
    return d.isoformat()


def d_monyear(d):
    return f"{MONTHS[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------
# people helpers
# --------------------------------------------------------------------------
def _unique(rng, n, firsts, used=None):
    used = set() if used is None else used
    out = []
    while len(out) < n:
        f, s = rng.choice(firsts), rng.choice(SURNAMES)
        if (f, s) in used or (n <= len(firsts) // 2 and any(f == o[0] for o in out)):
            continue
        if n <= 30 and any(s == o[1] for o in out):
            continue
        used.add((f, s))
        out.append((f, s))
    return out


def kids(rng, n, yg, pool=CHILD_ALL, sort=True):
    """n children of one year group (or a (lo, hi) tuple of year groups)."""
    res = []
    for f, s in _unique(rng, n, pool):
        g = yg if isinstance(yg, int) else rng.randint(yg[0], yg[1])
        res.append((f, s, dob_year_group(rng, g), g))
    if sort:
        res.sort(key=lambda r: (r[1], r[0]))
    return res


def kids_born(rng, n, start, end, pool=CHILD_ALL):
    res = [(f, s, rand_date(rng, start, end)) for f, s in _unique(rng, n, pool)]
    res.sort(key=lambda r: (r[1], r[0]))
    return res


def adults(rng, n, y0=1960, y1=2000, sort=True):
    """(title, first, surname, date) - date drawn from y0..y1."""
    res = []
    used = set()
    while len(res) < n:
        female = rng.random() < 0.6
        f, s = _unique(rng, 1, ADULT_F if female else ADULT_M, used)[0]
        if any(f == r[1] or s == r[2] for r in res):
            continue
        title = rng.choice(["Mrs", "Ms", "Miss", "Dr"] if female else ["Mr", "Mr", "Dr"])
        res.append((title, f, s, rand_date(rng, dt.date(y0, 1, 1), dt.date(y1, 12, 31))))
    if sort:
        res.sort(key=lambda r: (r[2], r[1]))
    return res


def pad(s, w):
    return s + " " * max(1, w - len(s))


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def text(s, sub="plain"):
    s.encode("ascii")  # 7bit parts must be plain ASCII
    return MIMEText(s, sub, "us-ascii")


def qp(s, sub="plain"):
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(s, sub, cs)


def att(content, filename, sub="csv"):
    try:
        content.encode("ascii")
        p = MIMEText(content, sub, "us-ascii")
    except UnicodeEncodeError:
        p = qp(content, sub)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def mixed(body, *atts):
    m = MIMEMultipart("mixed")
    m.attach(body)
    for a in atts:
        m.attach(a)
    return m


def alt(plain_part, html_part):
    m = MIMEMultipart("alternative")
    m.attach(plain_part)
    m.attach(html_part)
    return m


def html_table(headers, rows, border=1):
    h = "".join(f"<th>{c}</th>" for c in headers)
    body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<table border="{border}" cellpadding="4" cellspacing="0" '
            f'style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">\n'
            f"<tr>{h}</tr>\n{body}\n</table>")


def html_doc(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            f"{inner}\n</body></html>\n")


def quote(s):
    return "\n".join(("> " + l) if l else ">" for l in s.strip("\n").split("\n"))


# --------------------------------------------------------------------------
# staff (senders) - all at school.example
# --------------------------------------------------------------------------
def staff(name):
    first, last = name.split(" ", 1)
    return (name, f"{first[0].lower()}.{last.lower().replace(' ', '')}@school.example")


SIGNOFF = "\n\n--\nSchool Example Primary & Secondary Federation\nschool.example\n"

MESSAGES = []


def reg(label, family, shape, note):
    def deco(fn):
        MESSAGES.append(dict(label=label, family=family, shape=shape, note=note, fn=fn))
        return fn
    return deco


# ==========================================================================
# POSITIVES - dates of birth
# ==========================================================================
@reg("positive", "outdoor-centre-residential", "att-csv",
     "Year 6 lead sends outdoor centre a CSV of 24 children with dates of birth, groups and dietary notes")
def p01(rng):
    rows = kids(rng, 24, 6)
    diet = ["", "", "", "", "vegetarian", "nut allergy", "no pork", ""]
    csv = "First name,Surname,Date of birth,Group,Dietary notes\n" + "".join(
        f"{f},{s},{d_slash(d)},{'ABCD'[i % 4]},{rng.choice(diet)}\n" for i, (f, s, d, _) in enumerate(rows))
    body = text("""Hi Jo,

As promised when we spoke on Tuesday, I've attached the participant list for
our Year 6 stay in March. It has each child's name, date of birth, activity
group and any dietary notes - 24 children in total. The three staff coming
will follow separately with the medical forms.

A couple of the children in group C have changed since the provisional list,
so please use this one and bin the old version.

Let me know if your booking system wants the dates in a different format.

Many thanks,
Rebecca

Rebecca Hollins
Year 6 Lead""" + SIGNOFF)
    return dict(sender=staff("Rebecca Hollins"), to=[("Jo Castleton", "bookings@hillside-outdoors.example")],
                subject="Year 6 residential (March) - participant list",
                root=mixed(body, att(csv, "Y6_residential_participants.csv")))


@reg("positive", "outdoor-centre-residential", "plain",
     "Class teacher gives canoe-day provider the births of six late sign-ups in running prose")
def p02(rng):
    rows = kids(rng, 6, 5, sort=False)
    tmpl = ["{n} was born on {d}.", "{n}'s date of birth is {d}.", "{n} - born {d}.",
            "Then {n}, born {d}.", "{n} was born {d} and is a strong swimmer, if that helps.",
            "Lastly {n}, whose birthday is {d} (born in {y})."]
    sent = []
    for i, (f, s, d, _) in enumerate(rows):
        dd = f"{d.day} {MONTHS[d.month - 1]}" if i == 5 else d_long(d)
        sent.append(tmpl[i].format(n=f"{f} {s}", d=dd, y=d.year))
    para = textwrap.fill(" ".join(sent[:3]), 74) + "\n\n" + textwrap.fill(" ".join(sent[3:]), 74)
    body = text(f"""Dear Marcus,

Thanks for holding the extra places on the canoe day. Six more children have
returned their forms since my last email, and your insurer's sheet says you
need to know when everyone on the water was born, so here they are:

{para}

That takes us to 30 in total. If any of them are too young for the open
canoes just say and we'll put them in the rafting group instead.

Kind regards,
Owen Pryce
Class 5P""" + SIGNOFF)
    return dict(sender=staff("Owen Pryce"), to=[("Marcus Dale", "marcus@riverbend-paddlesport.example")],
                subject="Canoe day - six more names", root=body)


@reg("positive", "outdoor-centre-residential", "reply",
     "Reply to climbing centre's request: 10 Year 8 climbers as 'Name - 3 March 2014' under quoted request")
def p03(rng, when=None):
    rows = kids(rng, 10, 8)
    lines = "\n".join(f"{f} {s} - {d_long(d)}" for f, s, d, _ in rows)
    q = quote("""Hi Martin,

Looking forward to having your group in. Before the session could you send
the full names and dates of birth for everyone who'll be climbing? Our
insurer has tightened up on this since the summer.

Thanks,
Kerry
Edge Climbing Centre""")
    body = text(f"""Hi Kerry,

No problem - here's the group of 10 for Thursday:

{lines}

Staff are me and Ruth Beaumont; neither of us needs a harness this time!

Martin

On {{QDATE}}, Kerry Tate <kerry@edgeclimbing.example> wrote:
{q}
""")
    return dict(sender=staff("Martin Greaves"), to=[("Kerry Tate", "kerry@edgeclimbing.example")],
                subject="Re: Thursday climbing session - names please", root=body,
                reply_to_id="<cl-8812.kerry@edgeclimbing.example>")


@reg("positive", "sports-league-registration", "tab-table",
     "PE teacher registers U11 girls' netball squad with a tab table headed Player / D.O.B. / Position")
def p04(rng):
    rows = kids(rng, 10, (5, 6), pool=CHILD_F)
    pos = ["GS", "GA", "WA", "C", "WD", "GD", "GK", "Reserve", "Reserve", "Reserve"]
    tbl = "Player\tD.O.B.\tPosition\n" + "\n".join(
        f"{f} {s}\t{d_dots(d)}\t{pos[i]}" for i, (f, s, d, _) in enumerate(rows))
    body = text(f"""Hello,

Please find our squad registration for the spring netball league below. As
per the league rules the D.O.B. is given for each player so you can check
eligibility - all are in Year 5 or Year 6.

{tbl}

Team manager on match days: Joanne Whitfield, 07700 900417.

Thanks,
Joanne Whitfield
PE Coordinator""" + SIGNOFF)
    return dict(sender=staff("Joanne Whitfield"), to=[("League Secretary", "registrations@county-schools-sport.example")],
                subject="U11 girls netball league - squad registration", root=body)


@reg("positive", "sports-league-registration", "html",
     "HTML-only tag rugby festival entry: table of 12 players with Date of birth and school year")
def p05(rng):
    rows = kids(rng, 12, (4, 5))
    tbl = html_table(["Name", "Date of birth", "Year"],
                     [(f"{f} {s}", d_slash(d), f"Y{g}") for f, s, d, g in rows])
    h = html_doc(f"""<p>Hi Gareth,</p>
<p>Here is our entry for the Under 10s tag rugby festival. We are bringing one mixed
team of twelve. The festival rules ask for a date of birth against each name, so I have
included those in the table.</p>
{tbl}
<p>We will arrive by minibus at about 9.15. Any questions, give me a shout.</p>
<p>Best wishes,<br>Stuart Lowther<br>Sports Coach</p>""")
    return dict(sender=staff("Stuart Lowther"), to=[("Gareth Evans", "festivals@valleyrugby.example")],
                subject="U10 tag rugby festival entry", root=text(h, "html"))


@reg("positive", "sports-league-registration", "qp",
     "Casual QP football registration: 14 U13 boys as 'Name - 03.03.14', DOB named only in the intro")
def p06(rng):
    rows = kids(rng, 14, (7, 8), pool=CHILD_M)
    lines = "\n".join(f"{f} {s} \u2013 {d_dots2(d)}" for f, s, d, _ in rows)
    body = qp(f"""Alright Dave,

Sorry this is late \u2013 parents\u2019 evening ate my week. League rules want each lad\u2019s DOB next to his name so here goes:

{lines}

I\u2019ll bring the \u00a315 registration fee in cash to the first fixture if that\u2019s OK. Kit is sorted, we\u2019re in the blue away strip again.

Cheers,
Declan

Declan Rushworth
Head of Boys\u2019 PE""" + SIGNOFF)
    return dict(sender=staff("Declan Rushworth"), to=[("Dave Munro", "dave.munro@example.org")],
                subject="U13 league squad", root=body)


@reg("positive", "exam-board-entries", "att-csv",
     "Exams officer sends awarding body a CSV of late GCSE resit entries with Date of Birth column")
def p07(rng):
    rows = kids(rng, 9, 12)
    comp = ["English Language P1+P2", "Maths Foundation", "Maths Foundation", "English Language P1+P2"]
    csv = "Surname,Forenames,Sex,Date of Birth,Component\n" + "".join(
        f"{s.upper()},{f},{'F' if f in CHILD_F else 'M'},{d_slash(d)},{rng.choice(comp)}\n" for f, s, d, _ in rows)
    body = text("""Dear Entries Team,

Please find attached our late entries for the November resit series. These
nine candidates joined our sixth form after the main entry deadline. The
spreadsheet gives surname, forenames, sex and date of birth as they appear on
the candidates' previous certificates, together with the components.

I understand late fees will apply and will be invoiced to the centre.

Yours faithfully,

Bernadette Sutcliffe
Examinations Officer""" + SIGNOFF)
    return dict(sender=staff("Bernadette Sutcliffe"), to=[("Entries Team", "entries@examboard.example")],
                cc=[staff("Graham Holroyd")],
                subject="Late entries - November resit series",
                root=mixed(body, att(csv, "late_entries_nov.csv")))


@reg("positive", "exam-board-entries", "plain",
     "Entry Level entries in labelled blocks (Name / Date of birth / Qualification) to an awarding body")
def p08(rng):
    rows = kids(rng, 5, (10, 11))
    quals = ["Entry Level Maths", "Entry Level Science", "Entry Level English"]
    blocks = "\n\n".join(
        f"Name: {f} {s}\nDate of birth: {d_slash(d)}\nQualification: {rng.choice(quals)}" for f, s, d, _ in rows)
    body = text(f"""Good afternoon,

Further to our phone call, please register the following learners for the
Entry Level Certificate assessments this year.

{blocks}

Could you confirm receipt and let me know when the assessment materials will
be released?

Regards,
Anil Verma
Learning Support""" + SIGNOFF)
    return dict(sender=staff("Anil Verma"), to=[("Centre Support", "centresupport@skills-awards.example")],
                subject="Entry Level registrations", root=body)


@reg("positive", "nursery-intake", "html",
     "HTML-only nursery funding claim: table of January nursery starters with DOB and sessions")
def p09(rng):
    rows = kids_born(rng, 8, dt.date(2023, 9, 1), dt.date(2023, 12, 31))
    sess = [("5 mornings", "15"), ("5 afternoons", "15"), ("3 full days", "30"), ("5 full days", "30")]
    tbl = html_table(["Child's name", "DOB", "Sessions", "Funded hours"],
                     [(f"{f} {s}", d_slash(d)) + rng.choice(sess) for f, s, d in rows])
    h = html_doc(f"""<p>Dear Early Years Funding Team,</p>
<p>Please find below the children starting in our nursery class in January 2027, for the
spring term headcount. All have turned three this autumn.</p>
{tbl}
<p>Eligibility codes for the 30-hour children have been entered on the portal.</p>
<p>Kind regards,<br>Rosalind Marsh<br>Nursery Lead</p>""")
    return dict(sender=staff("Rosalind Marsh"), to=[("Early Years Funding", "earlyyears.funding@county-council.example")],
                subject="Nursery intake January 2027 - funding list", root=text(h, "html"))


@reg("positive", "nursery-intake", "plain",
     "Nursery lead tells health visiting team about new starters, 'born ...' given per child")
def p10(rng):
    rows = kids_born(rng, 5, dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    lines = "\n".join(f"  {f} {s}, born {d_long(d)}, starting {rng.choice(['Mon', 'Tue', 'Wed'])} mornings"
                      for f, s, d in rows)
    body = text(f"""Hi Nadia,

As discussed at the cluster meeting, these are the little ones who'll be
starting in our nursery after Easter. I know you like to check whether
their 2-year reviews have been done before they come to us.

{lines}

No concerns flagged by parents on the registration forms, though mum of
the second child asked if someone could talk to her about toilet training.

Thanks as always,
Rosalind""" + SIGNOFF)
    return dict(sender=staff("Rosalind Marsh"), to=[("Nadia Shah", "hv.team@community-health.example")],
                subject="Nursery starters after Easter", root=body)


@reg("positive", "secondary-transfer", "plain",
     "Year 6 teacher lists enhanced-transition group for a secondary: 'Name - dd/mm/yyyy' under a DOB header")
def p11(rng):
    rows = kids(rng, 7, 6)
    lines = "\n".join(f"{f} {s} - {d_slash(d)}" for f, s, d, _ in rows)
    body = text(f"""Hi Tessa,

Lovely to meet you at the heads' briefing. As agreed, here are the
children we'd like to put forward for the extra transition visits in the
spring term. They're all likely to choose Northgate.

Name - DOB
{lines}

I'll send the one-page profiles through the secure portal once parents
have signed them off.

Thanks,
Helen Ogunleye
Year 6 / Transition""" + SIGNOFF)
    return dict(sender=staff("Helen Ogunleye"), to=[("Tessa Lambert", "transition@northgate-academy.example")],
                subject="Enhanced transition group", root=body)


@reg("positive", "secondary-transfer", "att-csv",
     "Admin sends secondary a CSV of former Year 6 pupils (Surname, Forename, DOB, Former class) to match files")
def p12(rng):
    rows = kids(rng, 18, 7)
    csv = "Surname,Forename,DOB,Former class\n" + "".join(
        f"{s},{f},{d_mon(d)},6{rng.choice(['H', 'K'])}\n" for f, s, d, _ in rows)
    body = text("""Hi,

Following your email about the missing files, attached are the pupils who
left us in July and started with you in September. Dates of birth are
included so your data team can match them up.

If anyone is still missing after that, let me know and I'll resend.

Best wishes,
Karen Pearce
School Office""" + SIGNOFF)
    return dict(sender=staff("Karen Pearce"), to=[("Admissions", "admissions@kingsmead-academy.example")],
                subject="Former Y6 pupils - for file matching",
                root=mixed(body, att(csv, "leavers_to_kingsmead.csv")))


@reg("positive", "secondary-transfer", "forward",
     "SENCo forwards an internal transfer list (Name | DOB | Class) to a secondary school's SENCo")
def p13(rng):
    rows = kids(rng, 6, 7)
    tbl = "Name | DOB | Class\n" + "\n".join(f"{f} {s} | {d_short(d)} | 6{rng.choice(['A', 'B'])}" for f, s, d, _ in rows)
    body = text(f"""Hi Monique,

Forwarding the list Kenneth put together - these are the six who came to
you with support plans in September. Reports to follow via Egress.

Farah

---------- Forwarded message ---------
From: Kenneth Bradshaw <k.bradshaw@school.example>
Date: Fri, 10 Jul 2026 at 15:42
Subject: Transfer list
To: Farah Sandhu <f.sandhu@school.example>

Farah,

Transfer list for Brookfield below.

{tbl}

K""" + SIGNOFF)
    return dict(sender=staff("Farah Sandhu"), to=[("Monique Dubois", "senco@brookfield-high.example")],
                subject="Fwd: Transfer list", root=body)


@reg("positive", "swimming-pool-list", "qp",
     "QP email to leisure centre: Year 4 swimmers as 'Name (12.05.18)' with d.o.b. named once")
def p14(rng):
    rows = kids(rng, 16, 4)
    lines = "\n".join(f"{f} {s} ({d_dots2(d)})" for f, s, d, _ in rows)
    body = qp(f"""Hi there,

Here\u2019s the register for our Year 4 swimming block starting after half term (d.o.b. in brackets, as your lifeguards asked):

{lines}

We\u2019ll pay the \u00a33.50 per child per session by BACS at the end of the block as usual. Two of the children may need a beginners\u2019 lane \u2013 I\u2019ll let the instructor know on the day.

Thanks,
Lesley Kilbride
Class 4K""" + SIGNOFF)
    return dict(sender=staff("Lesley Kilbride"), to=[("Schools Bookings", "schools@riverside-leisure.example")],
                subject="Y4 swimming block - register", root=body)


@reg("positive", "swimming-pool-list", "att-txt",
     "Fixed-width text register attached for Year 3 swimming with a BORN column")
def p15(rng):
    rows = kids(rng, 15, 3)
    txt = "YEAR 3 SWIMMING - AUTUMN 2 REGISTER\n\n" + pad("NAME", 28) + pad("BORN", 14) + "GROUP\n" + \
          "-" * 50 + "\n" + "".join(
              pad(f"{s.upper()}, {f}", 28) + pad(d_slash(d), 14) + rng.choice(["Dolphins", "Seals", "Otters"]) + "\n"
              for f, s, d, _ in rows)
    body = text("""Hi Carl,

Register attached for the Year 3 block. Groups are my best guess from
last year's swimming records - happy for your instructors to move children
around after the first session.

Thanks,
Clive""" + SIGNOFF)
    return dict(sender=staff("Clive Harcourt"), to=[("Carl Benson", "carl.benson@aquaswim-lessons.example")],
                subject="Year 3 swimming register",
                root=mixed(body, att(txt, "Y3_swim_register.txt", "plain")))


@reg("positive", "coach-passenger-list", "att-txt",
     "Coach-company passenger manifest (txt) with ages and unlabelled dates that are plainly births")
def p16(rng):
    rows = kids(rng, 20, 9)
    trip = dt.date(2027, 2, 11)
    txt = "PASSENGER MANIFEST - ST ALDHELM TRIP 11/02/2027\n\n" + pad("PASSENGER", 26) + pad("AGE", 6) + "\n" + \
          "".join(pad(f"{s}, {f}", 26) + pad(str(age_on(d, trip)), 6) + d_dots2(d) + "\n" for f, s, d, _ in rows) + \
          "\nSTAFF: W. Achebe (lead), S. Yates\n"
    body = text("""Hello,

Passenger list attached for the Year 9 geography trip as requested for
your driver. Pick-up 07:30 from the main gate, return approx 18:00.

Emergency contact on the day: Wesley Achebe, 07700 900633.

Regards,
Wesley Achebe
Geography""" + SIGNOFF)
    return dict(sender=staff("Wesley Achebe"), to=[("Bookings", "bookings@coachways-travel.example")],
                subject="Passenger list - Year 9 geography trip",
                root=mixed(body, att(txt, "passenger_manifest.txt", "plain")))


@reg("positive", "coach-passenger-list", "comma-table",
     "Comma rows 'Surname, First, age, date' in body for a coach operator; dates not labelled")
def p17(rng):
    rows = kids(rng, 12, 8)
    trip = dt.date(2026, 12, 3)
    lines = "\n".join(f"{s}, {f}, {age_on(d, trip)}, {d_slash(d)}" for f, s, d, _ in rows)
    body = text(f"""Hi Sandra,

Sorry, I missed off the details your driver wanted for the museum trip on
3 December. Here's the passenger list with everyone's age on the day:

{lines}

Plus two staff (me and Mr Tran).

Thanks very much,
Philippa Doherty""" + SIGNOFF)
    return dict(sender=staff("Philippa Doherty"), to=[("Sandra Coyle", "sandra@greenway-coaches.example")],
                subject="Museum trip 3 Dec - passenger details", root=body)


@reg("positive", "reception-joiners", "plain",
     "'Children joining Reception:' list to school nursing team; dates unlabelled (dd.mm.yy)")
def p18(rng):
    rows = kids(rng, 5, 0)
    lines = "\n".join(f"{f} {s} {d_dots2(d)}" for f, s, d, _ in rows)
    body = text(f"""Hi Sue,

For the Reception height and weight checks - please could you add these
to your list? They weren't on the roll when we sent it in September.

Children joining Reception:
{lines}

All in Class R Oak. Any day except Wednesday works for us.

Thanks,
Yvonne
School Office""" + SIGNOFF)
    return dict(sender=staff("Yvonne Latham"), to=[("Sue Barker", "school.nursing@community-health.example")],
                subject="Reception height/weight - extra children", root=body)


@reg("positive", "reception-joiners", "html",
     "HTML-only note to caterer: 'Children joining Reception' bullet list, name, class and unlabelled date")
def p19(rng):
    rows = kids(rng, 6, 0)
    items = "\n".join(f"<li>{f} {s} (R {rng.choice(['Oak', 'Ash'])}) &ndash; {d_slash(d)}</li>" for f, s, d, _ in rows)
    h = html_doc(f"""<p>Hello Catering Team,</p>
<p>Please add the following to our universal infant free school meals numbers from Monday.</p>
<p><b>Children joining Reception:</b></p>
<ul>
{items}
</ul>
<p>None have dietary requirements on their forms. Thank you!</p>
<p>Jacqueline Moreau<br>Office Manager</p>""")
    return dict(sender=staff("Jacqueline Moreau"), to=[("Catering Team", "orders@county-catering.example")],
                subject="UIFSM - new Reception children", root=text(h, "html"))


@reg("positive", "reception-joiners", "reply",
     "Reply to after-school club provider: 'Children joining Reception:' with dates in long form, unlabelled")
def p20(rng):
    rows = kids(rng, 4, 0)
    lines = "\n".join(f"- {f} {s}, {d_long(d)}" for f, s, d, _ in rows)
    q = quote("""Hi Jacqueline,

Could you send over the new Reception starters' details so we can set up
our registers? A few parents have already booked sessions.

Many thanks,
Priya
Sunbeams Childcare""")
    body = text(f"""Hi Priya,

Of course - here you go:

Children joining Reception:
{lines}

They all start with us properly on Monday, so from then.

Jacqueline

On {{QDATE}}, Priya Anand <priya@sunbeams-childcare.example> wrote:
{q}
""")
    return dict(sender=staff("Jacqueline Moreau"), to=[("Priya Anand", "priya@sunbeams-childcare.example")],
                subject="Re: New Reception starters", root=body,
                reply_to_id="<20261006.sunbeams.4471@sunbeams-childcare.example>")


@reg("positive", "mis-export", "att-csv",
     "MIS export CSV (legal/preferred names, DOB, year, reg group) for a reading-app vendor")
def p21(rng):
    rows = kids(rng, 30, (1, 3))
    csv = "Legal Surname,Legal Forename,Preferred Forename,DOB,Year,Reg Group\n" + "".join(
        f"{s},{f},{NICK.get(f, f)},{d_iso(d)},{g},{g}{rng.choice(['M', 'W'])}\n"
        for f, s, d, g in rows)
    body = text("""Hi,

Attached is the export from our MIS for Years 1-3 so you can set up the
pupil accounts. It's straight out of the system, so dates are in ISO
format. Teachers' accounts are already done.

Ticket reference 58213 if that helps.

Thanks,
Piotr Wojcik
Data Manager""" + SIGNOFF)
    return dict(sender=staff("Piotr Wojcik"), to=[("Onboarding", "onboarding@readwise-kids.example")],
                subject="Pupil export for account setup (ticket 58213)",
                root=mixed(body, att(csv, "MIS_export_Y1-3.csv")))


@reg("positive", "mis-export", "qp-tab-table",
     "QP email with a tab-separated MIS paste (Surname, Forename, Date of Birth, Gender, Year, Form)")
def p22(rng):
    rows = kids(rng, 14, (7, 8))
    tbl = "Surname\tForename\tDate of Birth\tGender\tYear\tForm\n" + "\n".join(
        f"{s}\t{f}\t{d_slash(d)}\t{'F' if f in CHILD_F else 'M'}\t{g}\t{g}{rng.choice(['R', 'S', 'T'])}"
        for f, s, d, g in rows)
    body = qp(f"""Hi Callum,

I\u2019ve pasted the intervention group below straight from the MIS \u2013 easier than fighting with the upload tool again. Could you create logins for these 14?

{tbl}

Thanks \u2013 and sorry about the formatting.

Piotr""" + SIGNOFF)
    return dict(sender=staff("Piotr Wojcik"), to=[("Callum Reid", "support@mathsleap.example")],
                subject="Intervention group logins", root=body)


@reg("positive", "payroll-bureau-staff", "att-csv",
     "New-starter CSV for payroll bureau with DOB beside names (start dates also present; NI to follow)")
def p23(rng):
    rows = adults(rng, 5, 1966, 2001)
    posts = ["Teaching Assistant", "Midday Supervisor", "Cleaner", "Teacher (MPS2)", "Admin Assistant"]
    csv = "Title,Forename,Surname,DOB,Post,Start date,Hours per week\n" + "".join(
        f"{t},{f},{s},{d_slash(d)},{posts[i]},{rng.choice(['02/11/2026', '09/11/2026'])},{rng.choice(['32.5', '10', '15', '37'])}\n"
        for i, (t, f, s, d) in enumerate(rows))
    body = text("""Dear Payroll Team,

Please find attached the new starters for the November payroll. Contracts
have been issued and signed. National Insurance numbers and bank details
will follow through your secure upload portal, not by email.

Any queries to me please.

Kind regards,
Alison Greaves
School Business Manager""" + SIGNOFF)
    return dict(sender=staff("Alison Greaves"), to=[("Payroll Team", "onboarding@payroll-bureau.example")],
                subject="November new starters",
                root=mixed(body, att(csv, "new_starters_nov2026.csv")))


@reg("positive", "payroll-bureau-staff", "plain",
     "Payroll changes email with 'D.O.B.' written on each staff row")
def p24(rng):
    rows = adults(rng, 4, 1962, 1998)
    chg = ["increase to 30 hrs from 01/11", "moves to SPA role", "returns from maternity leave 16/11",
           "reduce to 0.6 FTE"]
    lines = "\n".join(f"{t} {f} {s}, D.O.B. {d_slash(d)} - {chg[i]}" for i, (t, f, s, d) in enumerate(rows))
    body = text(f"""Hi Debbie,

Changes for this month's run below. I've put each person's D.O.B. on as
your team asked, since we have two staff with the same surname.

{lines}

Signed variation letters are in the shared folder.

Thanks,
Alison""" + SIGNOFF)
    return dict(sender=staff("Alison Greaves"), to=[("Debbie Walsh", "payroll@shirepay.example")],
                subject="Payroll changes - November", root=body)


@reg("positive", "pension-provider-staff", "att-txt",
     "Text attachment for pension provider's auto-enrolment check: Name | Born | Role | Contract")
def p25(rng):
    rows = adults(rng, 8, 1960, 2002)
    roles = ["Teaching Assistant", "Site Supervisor", "Midday Supervisor", "Cook", "Admin Officer", "Cleaner"]
    txt = "AUTO-ENROLMENT REASSESSMENT - SUPPORT STAFF\n\nName | Born | Role | Contract\n" + "".join(
        f"{f} {s} | {d_long(d)} | {rng.choice(roles)} | {rng.choice(['Permanent', 'Fixed term', 'Casual'])}\n"
        for t, f, s, d in rows)
    body = text("""Dear Employer Services,

For the three-yearly re-enrolment exercise, please find attached the list
of support staff who are not currently members of the scheme.

Regards,
Alison Greaves
School Business Manager""" + SIGNOFF)
    return dict(sender=staff("Alison Greaves"), to=[("Employer Services", "employer.services@pensions-admin.example")],
                subject="Re-enrolment - non-member staff list",
                root=mixed(body, att(txt, "reenrolment_support_staff.txt", "plain")))


@reg("positive", "pension-provider-staff", "reply",
     "Reply to pension provider confirming three members' dates of birth ('Name - 3 March 1962')")
def p26(rng):
    rows = adults(rng, 3, 1958, 1985)
    names_q = "\n".join(f"  {t} {f} {s}" for t, f, s, d in rows)
    lines = "\n".join(f"{t} {f} {s} - {d_long(d)}" for t, f, s, d in rows)
    q = quote(f"""Dear Ms Greaves,

We are unable to match the following members to our records. Please
confirm their dates of birth so we can update the annual return.

{names_q}

Kind regards,
Member Records""")
    body = text(f"""Hello,

Here are the dates of birth from our HR files:

{lines}

The third one had a typo on the original joining form, which probably
explains it.

Alison Greaves

On {{QDATE}}, Member Records <member.records@localgov-pensions.example> wrote:
{q}
""")
    return dict(sender=staff("Alison Greaves"), to=[("Member Records", "member.records@localgov-pensions.example")],
                subject="Re: Annual return - unmatched members", root=body,
                reply_to_id="<AR2026-0912.mr@localgov-pensions.example>")


@reg("positive", "governors-dbs-umbrella", "plain",
     "Clerk asks DBS umbrella body to start checks for three governors; each date of birth given in prose")
def p27(rng):
    rows = adults(rng, 3, 1952, 1990, sort=False)
    (t1, f1, s1, d1), (t2, f2, s2, d2), (t3, f3, s3, d3) = rows
    body = text(f"""Dear Sir or Madam,

We have three new governors who need enhanced checks before the next full
board meeting. {t1} {f1} {s1}, date of birth {d_long(d1)}, is our new parent
governor. {t2} {f2} {s2} (date of birth {d_long(d2)}) has been co-opted for
finance, and {t3} {f3} {s3}, whose date of birth is {d_long(d3)}, joins as
a foundation governor.

I have asked each of them to complete the online application using the
organisation code you gave us. Could you send the invitations to the email
addresses they will give you?

Yours faithfully,

Hilary Ridley
Clerk to the Governors""" + SIGNOFF)
    return dict(sender=staff("Hilary Ridley"), to=[("Checks Team", "checks@dbs-umbrella.example")],
                subject="Enhanced checks - three new governors", root=body)


@reg("positive", "governors-dbs-umbrella", "att-csv",
     "Governor renewals CSV (Title, Forename, Surname, Date of birth, Governor type) for DBS umbrella body")
def p28(rng):
    rows = adults(rng, 6, 1950, 1992)
    gt = ["Parent", "Co-opted", "Foundation", "Local Authority", "Staff"]
    csv = "Title,Forename,Surname,Date of birth,Governor type\n" + "".join(
        f"{t},{f},{s},{d_slash(d)},{rng.choice(gt)}\n" for t, f, s, d in rows)
    body = text("""Hello,

As part of our rolling renewals, attached are the governors whose checks
are due this term. Please issue application links as before.

Many thanks,
Hilary Ridley
Clerk to the Governors""" + SIGNOFF)
    return dict(sender=staff("Hilary Ridley"), to=[("Renewals", "renewals@safercheck-umbrella.example")],
                subject="Governor DBS renewals - autumn",
                root=mixed(body, att(csv, "governor_renewals.csv")))


@reg("positive", "music-service-class-list", "plain",
     "Class list for county music hub's whole-class ukulele registers: names with '3 March 2018' style DOBs")
def p29(rng):
    rows = kids(rng, 12, 4)
    lines = "\n".join(f"{f} {s}   {d_long(d)}" for f, s, d, _ in rows)
    body = text(f"""Hi Leonard,

Class 4W - names and DOBs as requested for your registers:

{lines}

The rest of the class will follow once I've chased the last few music
consent slips.

Thanks,
Gurpreet""" + SIGNOFF)
    return dict(sender=staff("Gurpreet Sandhu"), to=[("Leonard Fox", "lessons@county-music-hub.example")],
                subject="Whole-class ukulele - 4W list", root=body)


@reg("positive", "school-photographer-list", "html",
     "HTML-only list for photographer's sibling matching: each child 'born ...'")
def p30(rng):
    rows = kids(rng, 9, (0, 6))
    items = "\n".join(f"<tr><td>{f} {s}</td><td>Class {g if g else 'R'}</td><td>born {d_long(d)}</td></tr>"
                      for f, s, d, g in rows)
    h = html_doc(f"""<p>Hi Fiona,</p>
<p>Further to your email, here are the children whose families have asked for sibling
photos. Your system matches on birth dates, so I have added those.</p>
<table border="1" cellpadding="4" cellspacing="0">
{items}
</table>
<p>See you on the 19th.</p>
<p>Carol Nkemelu<br>School Office</p>""")
    return dict(sender=staff("Carol Nkemelu"), to=[("Fiona Blake", "fiona@brightframe-photos.example")],
                subject="Sibling photos list", root=text(h, "html"))


@reg("positive", "ski-trip-insurance", "att-csv",
     "Ski trip traveller CSV for group insurer: pupils and staff with Date of Birth and age at departure")
def p31(rng):
    pupils = kids(rng, 16, (9, 10))
    staffr = adults(rng, 3, 1970, 1995)
    dep = dt.date(2027, 2, 13)
    csv = "Traveller,Date of Birth,Age at departure,Role\n" + "".join(
        f"{f} {s},{d_slash(d)},{age_on(d, dep)},Pupil\n" for f, s, d, _ in pupils) + "".join(
        f"{t} {f} {s},{d_slash(d)},{age_on(d, dep)},Staff\n" for t, f, s, d in staffr)
    body = text("""Dear Groups Team,

Please find attached the traveller list for our February ski trip
(13-20 Feb 2027, policy quote ref GQ-22917). Sixteen pupils and three staff.

Regards,
Dominic Castellano
Trip Leader""" + SIGNOFF)
    return dict(sender=staff("Dominic Castellano"), to=[("Groups Team", "groups@alpine-travel-insure.example")],
                subject="Ski trip Feb 2027 - traveller list",
                root=mixed(body, att(csv, "ski_travellers.csv")))


@reg("positive", "museum-sleepover", "plain",
     "Museum sleepover booking: 'Name, age, date' rows with the date never labelled")
def p32(rng):
    rows = kids(rng, 10, 5)
    night = dt.date(2027, 1, 22)
    lines = "\n".join(f"{f} {s}, {age_on(d, night)}, {d_dots(d)}" for f, s, d, _ in rows)
    body = text(f"""Hi Learning Team,

Here are the children for the dinosaur sleepover on 22 January - the
booking form said name, age and date for each, so:

{lines}

Four adults will stay over with them.

Best,
Marcus Bradshaw
Class 5B""" + SIGNOFF)
    return dict(sender=staff("Marcus Bradshaw"), to=[("Learning Team", "learning@city-museum.example")],
                subject="Sleepover booking - Class 5B", root=body)


@reg("positive", "dofe-expedition", "tab-table",
     "Bronze DofE practice expedition participants in a tab table with DOB column to an expedition provider")
def p33(rng):
    rows = kids(rng, 12, 9)
    tbl = "Name\tDOB\tGroup\tMedical\n" + "\n".join(
        f"{f} {s}\t{d_slash(d)}\t{rng.choice(['1', '2', '3'])}\t{rng.choice(['none', 'none', 'inhaler', 'none'])}"
        for f, s, d, _ in rows)
    body = text(f"""Hi Ian,

Participants for the Bronze practice expedition:

{tbl}

Groups are fixed now. Kit list went home last week.

Thanks,
Rupert Harcourt
DofE Manager""" + SIGNOFF)
    return dict(sender=staff("Rupert Harcourt"), to=[("Ian Pike", "bookings@peak-expeditions.example")],
                subject="Bronze practice expedition - participants", root=body)


@reg("positive", "cross-country-entries", "qp",
     "QP district cross-country entries grouped by race, each runner '(born dd/mm/yyyy)'")
def p34(rng):
    g1 = kids(rng, 4, (3, 4), pool=CHILD_F)
    g2 = kids(rng, 4, (3, 4), pool=CHILD_M)
    g3 = kids(rng, 4, (5, 6), pool=CHILD_F)
    fmt = lambda rs: "\n".join(f"  {f} {s} (born {d_slash(d)})" for f, s, d, _ in rs)
    body = qp(f"""Hi Sharon,

Our entries for the district cross-country \u2013 we\u2019re a bit thin on Year 5/6 boys this year so none in that race:

Year 3/4 girls
{fmt(g1)}

Year 3/4 boys
{fmt(g2)}

Year 5/6 girls
{fmt(g3)}

See you at the park \u2013 fingers crossed for dry weather!

Neville Mensah""" + SIGNOFF)
    return dict(sender=staff("Neville Mensah"), to=[("Sharon Platt", "entries@county-athletics.example")],
                subject="District cross-country entries", root=body)


@reg("positive", "immunisation-list", "att-csv",
     "Year 8 HPV catch-up class list CSV (Surname, Forename, DOB, Form, Consent returned) to immunisation team")
def p35(rng):
    rows = kids(rng, 22, 8)
    csv = "Surname,Forename,DOB,Form,Consent returned\n" + "".join(
        f"{s},{f},{d_short(d)},8{rng.choice(['R', 'S', 'T'])},{rng.choice(['Y', 'Y', 'N'])}\n" for f, s, d, _ in rows)
    body = text("""Hi,

Attached is the Year 8 list for the HPV session, with consent status as of
this morning. Please note that we have not included NHS numbers - your
team said you would match on name and date of birth.

Thanks,
Bronwen Szymanski
Pastoral Manager""" + SIGNOFF)
    return dict(sender=staff("Bronwen Szymanski"), to=[("Immunisation Team", "imms.team@community-health.example")],
                subject="Year 8 HPV - class list",
                root=mixed(body, att(csv, "Y8_HPV_list.csv")))


@reg("positive", "flu-vaccination-list", "plain",
     "Late flu consents for Class 2 sent to vaccination provider with names and D.O.B.s aligned")
def p36(rng):
    rows = kids(rng, 5, 2)
    lines = "\n".join(pad(f"{f} {s}", 26) + d_short(d) for f, s, d, _ in rows)
    body = text(f"""Hello,

These Class 2 consent forms came in after the deadline. Could they be
added for the mop-up session? Names and D.O.B.s:

{lines}

Thanks,
Tunde Abara
Class 2""" + SIGNOFF)
    return dict(sender=staff("Tunde Abara"), to=[("Flu Team", "school.flu@immunise-provider.example")],
                subject="Late flu consents - Class 2", root=body)


@reg("positive", "library-card-registration", "plain",
     "Class 3 library-card sign-up for the public library; ISO dates with a 'date of birth' intro")
def p37(rng):
    rows = kids(rng, 8, 3)
    lines = "\n".join(f"{d_iso(d)}  {f} {s}" for f, s, d, _ in rows)
    body = text(f"""Hi Maggie,

Thanks for the lovely visit last week. As promised, here are the children
whose parents want them signed up for junior library cards, date of birth
first as your form has it:

{lines}

Could the cards come back to school in one bundle?

Thanks,
Imran Chowdhury
Class 3C""" + SIGNOFF)
    return dict(sender=staff("Imran Chowdhury"), to=[("Maggie Fell", "childrens.library@city-libraries.example")],
                subject="Junior library cards - Class 3C", root=body)


@reg("positive", "work-experience-placements", "forward",
     "Careers lead forwards an internal Year 10 placement list (with dates of birth) to an employer's HR")
def p38(rng):
    rows = kids(rng, 4, 10)
    lines = "\n".join(f"  {f} {s} (date of birth {d_long(d)}) - {rng.choice(['workshop', 'design office', 'stores'])}"
                      for f, s, d, _ in rows)
    body = text(f"""Dear Ms Akintola,

Please see below the students placed with you for the week of 25 January,
as confirmed by our work experience coordinator. Your insurer asked for
their dates of birth, which are included.

Regards,
Roderick Sutcliffe
Careers Lead

-------- Forwarded Message --------
Subject: Harbourside placements
Date: Mon, 28 Sep 2026 11:03:12 +0100
From: Tessa Rahman <t.rahman@school.example>
To: Roderick Sutcliffe <r.sutcliffe@school.example>

Rod - Harbourside have confirmed these four:

{lines}

Tessa""" + SIGNOFF)
    return dict(sender=staff("Roderick Sutcliffe"), to=[("Abena Akintola", "hr@harbourside-engineering.example")],
                subject="Fwd: Harbourside placements", root=body)


@reg("positive", "trust-hr-staff-list", "html",
     "HTML-only staff list for external HR provider: Name, Role, Date of birth, Start date")
def p39(rng):
    rows = adults(rng, 7, 1961, 1997)
    roles = ["Class Teacher", "TA Level 3", "Site Manager", "SENCo", "Office Manager", "Cook", "HLTA"]
    tbl = html_table(["Name", "Role", "Date of birth", "Start date"],
                     [(f"{t} {f} {s}", roles[i], d_slash(d),
                       d_slash(rand_date(rng, dt.date(max(2003, d.year + 21), 9, 1), dt.date(2022, 9, 1))))
                      for i, (t, f, s, d) in enumerate(rows)])
    h = html_doc(f"""<p>Dear Dawn,</p>
<p>Ahead of the transfer of our HR service to you from January, here is the list of
the support and teaching staff on our site that you asked for.</p>
{tbl}
<p>Remaining staff will be in the full file from the trust.</p>
<p>Kind regards,<br>Alison Greaves</p>""")
    return dict(sender=staff("Alison Greaves"), to=[("Dawn Keller", "hr@partners-hr.example")],
                subject="Staff list for HR transfer", root=text(h, "html"))


@reg("positive", "junior-football-tournament", "multipart-alt",
     "Plain+HTML alternative U9 tournament registration with a 'Born' column in '3rd March 2018' form")
def p40(rng):
    rows = kids(rng, 9, (3, 4))
    plain = "Name                      Born\n" + "\n".join(pad(f"{f} {s}", 26) + d_ord(d) for f, s, d, _ in rows)
    intro = "Hi,\n\nHere is our Under 9s squad for the Saturday tournament.\n\n"
    outro = "\n\nManager: Kwame Ellwood.\n\nThanks,\nKwame" + SIGNOFF
    h = html_doc("<p>Hi,</p><p>Here is our Under 9s squad for the Saturday tournament.</p>\n" +
                 html_table(["Name", "Born"], [(f"{f} {s}", d_ord(d)) for f, s, d, _ in rows]) +
                 "\n<p>Manager: Kwame Ellwood.</p><p>Thanks,<br>Kwame</p>")
    return dict(sender=staff("Kwame Ellwood"), to=[("Tournament Secretary", "tournament@junior-football-league.example")],
                subject="U9 tournament - squad", root=alt(text(intro + plain + outro), text(h, "html")))


# ==========================================================================
# NEGATIVES - names beside past dates that are NOT births
# ==========================================================================
@reg("negative", "long-service-newsletter", "plain",
     "Prose piece for village newsletter on four long-serving staff and the years they joined")
def n41(rng):
    body = text("""Hi Pauline,

Here's the piece for the December issue, about 300 words. Photo to follow.

  ---
  Four of our staff have clocked up more than 120 years between them.
  Maureen Fenwick joined us as a midday supervisor in September 1989 and
  still knows every child by name. Trevor Gallagher came as caretaker in
  January 1993, the same winter the boiler gave up. Sian Yates started as
  a newly qualified teacher in 1998 and now leads our early years, and
  Colin Thornbury has driven the minibus since April 2001, which he
  reckons adds up to twice round the world.
  ---

Let me know if you need it cut down.

Best,
Rosalind""" + SIGNOFF)
    return dict(sender=staff("Rosalind Marsh"), to=[("Pauline Greer", "editor@parish-newsletter.example")],
                subject="Newsletter piece - long-serving staff", root=body)


@reg("negative", "long-service-newsletter", "plain",
     "List introduced as 'the dates they joined us:' for a newsletter designer")
def n42(rng):
    rows = adults(rng, 6, 1979, 2006)
    lines = "\n".join(f"{t} {f} {s} - {d_long(d)}" for t, f, s, d in rows)
    body = text(f"""Hi Jamie,

For the staff anniversaries panel on page 3, these are the six colleagues
we're celebrating, with the dates they joined us:

{lines}

Could you sort them by length of service, longest first?

Thanks,
Karen""" + SIGNOFF)
    return dict(sender=staff("Karen Pearce"), to=[("Jamie Ng", "design@newsletter-print.example")],
                subject="Page 3 - staff anniversaries", root=body)


@reg("negative", "staff-start-dates", "att-csv",
     "CSV 'Name, Start date, Role, Years' for long-service certificate printer")
def n43(rng):
    rows = adults(rng, 8, 1986, 2016)
    csv = "Name, Start date, Role, Years\n" + "".join(
        f"{t} {f} {s}, {d_slash(d)}, {rng.choice(['Teacher', 'Teaching Assistant', 'Cleaner', 'Admin', 'Cook'])}, "
        f"{age_on(d, dt.date(2026, 12, 31))}\n" for t, f, s, d in rows)
    body = text("""Hello,

Attached is the list for this year's long-service certificates: names,
the date each person started with us and the role. Please print the years
of service in gold as before.

Thanks,
Alison Greaves""" + SIGNOFF)
    return dict(sender=staff("Alison Greaves"), to=[("Print Orders", "orders@certificate-print.example")],
                subject="Long-service certificates order",
                root=mixed(body, att(csv, "long_service_2026.csv")))


@reg("negative", "staff-appointed", "plain",
     "Deputy heads for jubilee book author, 'appointed 1998' on each row")
def n44(rng):
    body = text("""Dear Mr Okonjo,

For the chapter on the 1990s and 2000s, here are the deputies you asked
about. I've checked these against the governors' minutes.

  Mrs Deborah Achebe, appointed 1991, left 1997 for a headship
  Mr Graham Lowther, appointed 1998
  Miss Agnieszka Nowak, appointed 2004 (second deputy post created)
  Dr Kenneth Pryce, appointed 2011, later head of the junior site

Happy to dig out photographs if useful.

Kind regards,
Hilary Ridley""" + SIGNOFF)
    return dict(sender=staff("Hilary Ridley"), to=[("Samuel Okonjo", "s.okonjo@jubilee-books.example")],
                subject="Deputy heads - for chapter 5", root=body)


@reg("negative", "past-headteachers", "html",
     "HTML-only honours-board order: table Headteacher / From / To, 1948-2019")
def n45(rng):
    rows = [("Mr Leonard Whitcombe", "September 1948", "July 1962"),
            ("Miss Edith Crowther", "September 1962", "December 1979"),
            ("Mr Desmond Ashworth", "January 1980", "August 1996"),
            ("Mrs Philippa Harcourt", "September 1996", "July 2009"),
            ("Dr Rashid Malik", "September 2009", "August 2019")]
    h = html_doc("""<p>Dear Heritage Boards,</p>
<p>Please could you quote for a gilt-lettered board listing our past headteachers, as below.
Oak finish to match the existing honours board in the hall.</p>
""" + html_table(["Headteacher", "From", "To"], rows) + """
<p>The current head asked not to be included until she retires!</p>
<p>Regards,<br>Hilary Ridley</p>""")
    return dict(sender=staff("Hilary Ridley"), to=[("Quotes", "quotes@heritage-boards.example")],
                subject="Quote request - headteachers board", root=text(h, "html"))


@reg("negative", "past-headteachers", "reply",
     "Reply to local historian listing former heads and their dates of service in prose")
def n46(rng):
    q = quote("""Dear Ms Ridley,

I'm writing a short history of the schools in the parish. Do you have a
list of your former heads and when they served?

With thanks,
Geoffrey Hale""")
    body = text(f"""Dear Mr Hale,

Happy to help. The school opened in 1948 under Leonard Whitcombe, who stayed
until 1962. Edith Crowther followed him and saw the new infant block built
in 1967; she retired at Christmas 1979. Desmond Ashworth took over in
January 1980 and led us through the amalgamation in 1988. Philippa Harcourt
was head from 1996 to 2009, and Rashid Malik from 2009 until 2019.

The log books are at the county record office if you want more detail.

Best wishes,
Hilary Ridley

On {{QDATE}}, Geoffrey Hale <g.hale@example.net> wrote:
{q}
""")
    return dict(sender=staff("Hilary Ridley"), to=[("Geoffrey Hale", "g.hale@example.net")],
                subject="Re: Former headteachers", root=body,
                reply_to_id="<b71f9d2.hale@example.net>")


@reg("negative", "governors-terms", "tab-table",
     "Tab table Governor / Term began / Term ended of former governors for external clerking service")
def n47(rng):
    rows = adults(rng, 6, 2008, 2016)
    lines = []
    for t, f, s, d in rows:
        end = d + dt.timedelta(days=4 * 365)
        if end > dt.date(2022, 12, 31):
            end = dt.date(2022, 8, 31)
        lines.append(f"{t} {f} {s}\t{d_slash(d)}\t{d_slash(end)}\t{rng.choice(['Parent', 'Co-opted', 'LA'])}")
    body = text("""Hi Sam,

For the archive section of the governance register, these are the former
governors whose records still need closing off:

Governor\tTerm began\tTerm ended\tCategory
""" + "\n".join(lines) + """

None of them are serving elsewhere in the trust as far as I know.

Thanks,
Hilary""" + SIGNOFF)
    return dict(sender=staff("Hilary Ridley"), to=[("Sam Ostrowski", "clerk@governance-services.example")],
                subject="Former governors - archive register", root=body)


@reg("negative", "governors-terms", "qp",
     "QP letter to diocese on previous foundation governors' terms of office")
def n48(rng):
    body = qp("""Dear Canon Whitley,

As requested, here is a summary of our previous foundation governors\u2019 terms of office:

\u2022 Mrs Hilda Brennan \u2013 appointed 14 March 2006, term ended 13 March 2014
\u2022 Mr Clive Sandhu \u2013 appointed 1 September 2010, resigned 31 July 2017
\u2022 Revd Martha Holroyd \u2013 ex officio from Easter 2012 until she left the parish in June 2019
\u2022 Dr Barry Oduya \u2013 appointed 9 January 2015, re-appointed 2019, stood down 2023

We\u2019re very grateful to all of them. I\u2019ll send the nominations for the two current vacancies separately.

With best wishes,
Hilary Ridley
Clerk to the Governors""" + SIGNOFF)
    return dict(sender=staff("Hilary Ridley"), to=[("Canon Peter Whitley", "governance@diocese-education.example")],
                subject="Foundation governors - previous terms", root=body)


@reg("negative", "wedding-anniversary-notes", "plain",
     "Staff celebrations for local paper: wedding dates and anniversaries in prose")
def n49(rng):
    body = text("""Hello,

A few staff celebrations for the community page, if there's room:

Owen and Tracey Holroyd (Owen is our site manager) marked their ruby
anniversary this half term, having married at St Michael's on 17 May 1986.

Congratulations also to Miss Esther Quinlan - now Mrs Esther Pearce - who
married on 29 July 2023 and kept it very quiet until September.

And Mr and Mrs Latham, who both taught here in the 1980s, are celebrating
50 years since their wedding day on 3 April 1976. Several former pupils
came to the party!

Thanks,
Yvonne Latham
School Office""" + SIGNOFF)
    return dict(sender=staff("Yvonne Latham"), to=[("Community Desk", "community@localgazette.example")],
                subject="Staff celebrations - community page", root=body)


@reg("negative", "wedding-anniversary-notes", "html",
     "HTML-only newsletter 'Staff news' section sent to designer: names with wedding dates")
def n50(rng):
    h = html_doc("""<p>Hi Jamie,</p>
<p>Text for the Staff news box, please:</p>
<h3>Congratulations!</h3>
<ul>
<li><b>Mrs Sian Yates</b> &ndash; married Rob on 22 July 2017; that&rsquo;s where the new surname came from!</li>
<li><b>Mr &amp; Mrs Kowalczyk</b> &ndash; 25 years since their wedding on 10 August 2001</li>
<li><b>Ms Fiona Adeyemi</b> &ndash; tied the knot on 1 April 2023 (no joke)</li>
<li><b>Mr Neville Mensah</b> &ndash; celebrating 30 years married, wed 5 October 1996</li>
</ul>
<p>Thanks!<br>Karen</p>""")
    return dict(sender=staff("Karen Pearce"), to=[("Jamie Ng", "design@newsletter-print.example")],
                subject="Staff news box", root=text(h, "html"))


@reg("negative", "dbs-scr-audit", "att-csv",
     "Single central record sample CSV for safeguarding consultant: DBS issue dates and date seen, no DOBs")
def n51(rng):
    rows = adults(rng, 10, 2012, 2022)
    csv = "Name,Role,DBS certificate issue date,Date seen,Checked by\n" + "".join(
        f"{t} {f} {s},{rng.choice(['Teacher', 'TA', 'Governor', 'Volunteer', 'Cleaner'])},{d_slash(d)},"
        f"{d_slash(d + dt.timedelta(days=rng.randint(3, 20)))},{rng.choice(['AG', 'KP', 'HR'])}\n"
        for t, f, s, d in rows)
    body = text("""Dear Linda,

Attached is the sample from our single central record for Thursday's audit.
As agreed I've removed dates of birth and certificate numbers, so it only
shows the certificate issue dates, when we saw them and who checked.

Kind regards,
Alison Greaves
School Business Manager""" + SIGNOFF)
    return dict(sender=staff("Alison Greaves"), to=[("Linda Farrow", "linda@safeguarding-consult.example")],
                subject="SCR sample for audit",
                root=mixed(body, att(csv, "SCR_sample.csv")))


@reg("negative", "dbs-scr-audit", "plain",
     "SCR queries: 'Name - DBS issued dd/mm/yyyy' rows sent to auditor")
def n52(rng):
    rows = adults(rng, 5, 2011, 2020)
    lines = "\n".join(f"{t} {f} {s} - DBS issued {d_slash(d)}, update service checked {d_slash(d + dt.timedelta(days=rng.randint(600, 800)))}"
                      for t, f, s, d in rows)
    body = text(f"""Hi Linda,

Answers to your queries on the five volunteers flagged in the SCR review:

{lines}

All five certificates were enhanced with barred list check.

Alison""" + SIGNOFF)
    return dict(sender=staff("Alison Greaves"), to=[("Linda Farrow", "linda@safeguarding-consult.example")],
                subject="SCR queries - volunteers", root=body)


@reg("negative", "dbs-scr-audit", "reply",
     "Reply to SCR consultant giving certificate issue and seen dates for a sample of five staff")
def n53(rng):
    rows = adults(rng, 5, 2010, 2022)
    lines = "\n".join(f"{f} {s}: issued {d_long(d)}, seen {d_long(d + dt.timedelta(days=rng.randint(2, 14)))}"
                      for t, f, s, d in rows)
    q = quote("""Alison,

For the sample of five below can you give me the certificate issue
date and the date it was seen by the school? No need for anything else.

Linda""")
    body = text(f"""Hi Linda,

{lines}

Alison

On {{QDATE}}, Linda Farrow <linda@safeguarding-consult.example> wrote:
{q}
""")
    return dict(sender=staff("Alison Greaves"), to=[("Linda Farrow", "linda@safeguarding-consult.example")],
                subject="Re: SCR sample - dates", root=body,
                reply_to_id="<scr-77120@safeguarding-consult.example>")


@reg("negative", "training-first-aid", "att-csv",
     "First aid refresher booking: CSV Name, Course, Completed, Expired (2019-2023)")
def n54(rng):
    rows = adults(rng, 7, 2019, 2023)
    lines = []
    for t, f, s, d in rows:
        d = min(d, dt.date(2023, 6, 30))
        lines.append(f"{f} {s},{rng.choice(['First Aid at Work', 'Paediatric First Aid', 'Emergency First Aid'])},"
                     f"{d_slash(d)}\n")
    csv = "Name,Course,Completed\n" + "".join(lines)
    body = text("""Hello,

We'd like to book a refresher day for the staff attached, whose
certificates have lapsed. The sheet shows when each person last completed
the course. Any date in the February half term would suit.

Thanks,
Colin Thornbury
Site Manager""" + SIGNOFF)
    return dict(sender=staff("Colin Thornbury"), to=[("Bookings", "bookings@firstaid-training.example")],
                subject="First aid refresher booking",
                root=mixed(body, att(csv, "first_aid_lapsed.csv")))


@reg("negative", "training-safeguarding", "plain",
     "Safeguarding training log for LA audit: 'completed dd/mm/yyyy' per person")
def n55(rng):
    rows = adults(rng, 6, 2018, 2022)
    lines = "\n".join(f"- {t} {f} {s}: Level 3 DSL training completed {d_slash(d)}" for t, f, s, d in rows)
    body = text(f"""Dear Safeguarding Team,

For section 4 of the annual safeguarding audit (historic DSL training),
here is the record for everyone who has held a DSL or deputy role here:

{lines}

Current DSL and deputies' refresher dates are in section 3 of the return.

Regards,
Farah Sandhu
Designated Safeguarding Lead""" + SIGNOFF)
    return dict(sender=staff("Farah Sandhu"), to=[("Safeguarding Audit", "safeguarding.audit@county-council.example")],
                subject="Annual safeguarding audit - section 4", root=body)


@reg("negative", "training-fire-marshal", "qp-tab-table",
     "QP email with tab table of fire-marshal and Prevent training dates for health & safety adviser")
def n56(rng):
    rows = adults(rng, 6, 2016, 2022)
    tbl = "Name\tCourse\tDate attended\n" + "\n".join(
        f"{f} {s}\t{rng.choice(['Fire marshal', 'Prevent', 'Manual handling'])}\t{d_dots(d)}" for t, f, s, d in rows)
    body = qp(f"""Hi Ray,

Here\u2019s what we hold on file for the training you asked about \u2013 I know some of these are well out of date, which is rather the point of your visit!

{tbl}

See you on the 24th.

Colin""" + SIGNOFF)
    return dict(sender=staff("Colin Thornbury"), to=[("Ray Osborne", "ray@health-safety-services.example")],
                subject="Training records for your visit", root=body)


@reg("negative", "qts-dates", "plain",
     "Mentor eligibility list for university ITE partnership: 'QTS awarded 2009' per row")
def n57(rng):
    body = text("""Dear Partnership Office,

Our nominated mentors for the spring placements, with when each gained QTS:

  Imogen Rahman - Science - QTS awarded 2009
  Gareth Doherty - Maths - QTS awarded 2014
  Shazia Hughes - Year 2 - QTS awarded 2017
  Piotr Kowalczyk - PE - QTS awarded July 2012
  Abimbola Fairclough - English - QTS 2003, NPQML 2016

All have completed your mentor training in previous years.

Kind regards,
Gillian Marsh
ITT Coordinator""" + SIGNOFF)
    return dict(sender=staff("Gillian Marsh"), to=[("Partnership Office", "partnership@university-ite.example")],
                subject="Spring mentors", root=body)


@reg("negative", "qts-dates", "att-txt",
     "Text attachment 'Name / Subject / QTS date' for a teaching agency's compliance check")
def n58(rng):
    rows = adults(rng, 6, 1995, 2020)
    txt = "QTS DATES - TEACHING STAFF ON LOAN\n\n" + pad("Name", 26) + pad("Subject", 14) + "QTS date\n" + "".join(
        pad(f"{f} {s}", 26) + pad(rng.choice(['History', 'Maths', 'Primary', 'French', 'Art']), 14) + d_long(d) + "\n"
        for t, f, s, d in rows)
    body = text("""Hi Sonia,

The agency's compliance team asked for the QTS dates of our staff who are
covering at your partner school this term. File attached.

Thanks,
Gillian""" + SIGNOFF)
    return dict(sender=staff("Gillian Marsh"), to=[("Sonia Patel", "compliance@classcover-agency.example")],
                subject="QTS dates - staff on loan",
                root=mixed(body, att(txt, "qts_dates.txt", "plain")))


@reg("negative", "alumni-leaving-years", "html",
     "HTML-only reunion guest list for alumni association: former pupils with the year they left")
def n59(rng):
    rows = adults(rng, 8, 1965, 2015)
    tbl = html_table(["Former pupil", "Left school", "Now"],
                     [(f"{f} {s}", str(d.year), rng.choice(['Engineer', 'GP', 'Teacher', 'Chef', 'Retired', 'Actor']))
                      for t, f, s, d in rows])
    h = html_doc(f"""<p>Dear Old Students' Association,</p>
<p>These former pupils have said they will speak at the reunion dinner. We have put
the year each one left us, so you can seat them with their year group.</p>
{tbl}
<p>Kind regards,<br>Hilary Ridley</p>""")
    return dict(sender=staff("Hilary Ridley"), to=[("OSA Committee", "committee@old-students-association.example")],
                subject="Reunion dinner - speakers", root=text(h, "html"))


@reg("negative", "alumni-graduation-years", "plain",
     "Prose to university outreach about former students and their graduation years")
def n60(rng):
    body = text("""Dear Ms Harper,

Thank you for the invitation to the outreach conference. You asked whether
any of our former students who studied with you might speak to our Year 12s.

Dr Hamza Iqbal graduated in medicine in 2012 and is now a registrar at the
General. Ffion Castellano graduated in civil engineering in July 2019. Kofi
Brennan finished his music degree in 2016 and came back to run our choir
for a year. And Elodie Marsh, who graduated in 2021, has already offered
to help with mock interviews.

I'll put you in touch with each of them if they agree.

Best wishes,
Rupert Harcourt
Head of Sixth Form""" + SIGNOFF)
    return dict(sender=staff("Rupert Harcourt"), to=[("Joanna Harper", "outreach@university.example")],
                subject="Former students - outreach speakers", root=body)


@reg("negative", "founders-benefactors", "plain",
     "History society article on the school's founders and benefactors, with founding and gift dates")
def n61(rng):
    body = text("""Dear Editor,

As promised, a few paragraphs on our founders for the spring journal.

The school was founded in 1952 by Alderman Walter Fenwick and his sister
Margaret, who gave the land at Mill Lane. The first building was opened on
8 September 1953 by the Bishop. In 1961 a local mill owner, Arthur
Rushworth, paid for the swimming pool, and in 1974 the widow of our first
chair, Mrs Ivy Beaumont, left money for the library that still carries her
name. The last major gift came from Dr Samuel Tran in 1998, who funded the
science block.

Photographs of the 1953 opening are with the county archive.

Yours,
Hilary Ridley""" + SIGNOFF)
    return dict(sender=staff("Hilary Ridley"), to=[("Journal Editor", "editor@county-history-society.example")],
                subject="Article - our founders", root=body)


@reg("negative", "founders-benefactors", "forward",
     "Bursar's benefactors list (Benefactor - year of gift) forwarded to a sign-maker")
def n62(rng):
    body = text("""Hi Lee,

Forwarding the bursar's list for the benefactors' board we discussed.
Same style as the headteachers board please.

Hilary

---------- Forwarded message ---------
From: Stuart Pearce <s.pearce@school.example>
Date: Wed, 30 Sep 2026 at 09:12
Subject: Benefactors
To: Hilary Ridley <h.ridley@school.example>

Hilary - benefactors and year of gift, as far as our records go:

Alderman Walter Fenwick and Miss Margaret Fenwick - 1952 (land)
Arthur Rushworth - 1961 (swimming pool)
Mrs Ivy Beaumont - 1974 (library bequest)
The Latham Family Trust - 1987 (minibus)
Dr Samuel Tran - 1998 (science block)
Mr and Mrs Okafor - 2015 (music room)

Stuart""" + SIGNOFF)
    return dict(sender=staff("Hilary Ridley"), to=[("Lee Carter", "lee@heritage-boards.example")],
                subject="Fwd: Benefactors", root=body)


@reg("negative", "memorial-plaque", "plain",
     "Order to stonemason for memorial bench plaques, dates people died")
def n63(rng):
    body = text("""Dear Stonecraft,

We would like three small brass plaques for the memorial benches in the
garden, wording below:

1. In loving memory of Colin Thornbury senior, caretaker, died 3 February 2011
2. Remembering Mrs Bernadette Whitcombe, who taught here for 30 years.
   Died 19 November 2008.
3. For Jude Pennington, a much-loved friend, 14 June 2018

Could you send a proof before engraving?

Kind regards,
Karen Pearce
School Office""" + SIGNOFF)
    return dict(sender=staff("Karen Pearce"), to=[("Orders", "orders@stonecraft-memorials.example")],
                subject="Memorial plaques - three benches", root=body)


@reg("negative", "memorial-plaque", "reply",
     "Reply to stonemason confirming memorial plaque wording with dates of death")
def n64(rng):
    q = quote("""Dear Mrs Pearce,

Before we engrave, please confirm the names and dates exactly as you want
them to appear on the remembrance board.

Regards,
Tom Hayward""")
    body = text(f"""Dear Tom,

Confirmed as follows:

  Mr Harold Gallagher        died 2 May 1994
  Mrs Winifred Sharma        died 11 October 2003
  Mr Stanley Okafor          died 21 January 2015
  Miss Doreen Ashworth       died 8 August 2020

Please put "Former staff of the school" above the names.

Karen

On {{QDATE}}, Tom Hayward <tom@stonecraft-memorials.example> wrote:
{q}
""")
    return dict(sender=staff("Karen Pearce"), to=[("Tom Hayward", "tom@stonecraft-memorials.example")],
                subject="Re: Remembrance board - proof", root=body,
                reply_to_id="<proof-3391@stonecraft-memorials.example>")


@reg("negative", "house-names", "plain",
     "House badge order with history notes: each house 'named 1962 after ...'")
def n65(rng):
    body = text("""Hi Mel,

For the house badge leaflet, the short history you asked for:

  Fenwick (red) - named 1962 after Alderman Walter Fenwick, our founder
  Crowther (green) - named 1980 after Miss Edith Crowther, head 1962-79
  Rushworth (blue) - named 1962 after Arthur Rushworth, who gave the pool
  Mensah (yellow) - named 2005 after Dr Grace Mensah, governor 1990-2004

We'll need 200 of each colour for September.

Thanks,
Declan Rushworth""" + SIGNOFF)
    return dict(sender=staff("Declan Rushworth"), to=[("Mel Grant", "orders@schoolwear.example")],
                subject="House badges + leaflet text", root=body)


@reg("negative", "house-names", "html",
     "HTML-only web copy 'Our Houses' sent to website company, years houses were named")
def n66(rng):
    h = html_doc("""<p>Hi web team, copy for the new Our Houses page:</p>
<h2>Our Houses</h2>
<p><b>Fenwick</b> was named in 1962, ten years after Alderman Walter Fenwick founded the school.</p>
<p><b>Crowther</b> honours Miss Edith Crowther; the house took her name in 1980, the year after she retired.</p>
<p><b>Rushworth</b> remembers Arthur Rushworth, whose gift built the pool in 1961.</p>
<p><b>Mensah</b> is our newest house, named in 2005 for Dr Grace Mensah.</p>
<p>Thanks,<br>Declan</p>""")
    return dict(sender=staff("Declan Rushworth"), to=[("Web Team", "support@school-websites.example")],
                subject="Our Houses page copy", root=text(h, "html"))


@reg("negative", "sports-records", "tab-table",
     "School athletics records board: tab table Event / Holder / Set on")
def n67(rng):
    rows = [("100m boys", "Denzel Okafor", "12 July 1985"),
            ("100m girls", "Keira Sutcliffe", "9 June 1998"),
            ("800m girls", "Niamh Doherty", "3 July 2014"),
            ("1500m boys", "Tobias Ridley", "20 June 2008"),
            ("Long jump boys", "Leon Abara", "15 May 1979"),
            ("High jump girls", "Safiya Rahman", "1 July 2022")]
    tbl = "Event\tHolder\tSet on\n" + "\n".join("\t".join(r) for r in rows)
    body = text(f"""Hi,

Please update the records board in the sports hall with the list below.
Only the 800m and high jump have changed since the last board.

{tbl}

Thanks,
Neville Mensah
Head of PE""" + SIGNOFF)
    return dict(sender=staff("Neville Mensah"), to=[("Signs", "signs@trophy-boards.example")],
                subject="Records board update", root=body)


@reg("negative", "sports-records", "att-csv",
     "CSV of school swimming records with holder and date set, sent to county association")
def n68(rng):
    rows = kids(rng, 7, (5, 11), sort=False)
    ev = [("25m freestyle", 14), ("50m freestyle", 29), ("25m backstroke", 17), ("50m breaststroke", 39),
          ("25m butterfly", 15), ("100m freestyle", 64), ("100m IM", 72)]
    csv = "Event,Record holder,Time (s),Date set\n" + "".join(
        f"{ev[i][0]},{f} {s},{ev[i][1] + rng.randint(0, 3)}.{rng.randint(10, 99)},"
        f"{d_slash(rand_date(rng, dt.date(1976, 1, 1), dt.date(2022, 12, 31)))}\n" for i, (f, s, _, _) in enumerate(rows))
    body = text("""Hi Sharon,

For the centenary comparison you're putting together, here are our
school swimming records. Some are very old - the pool was rebuilt in 1994.

Neville""" + SIGNOFF)
    return dict(sender=staff("Neville Mensah"), to=[("Sharon Platt", "results@county-athletics.example")],
                subject="School swimming records",
                root=mixed(body, att(csv, "swimming_records.csv")))


@reg("negative", "local-history-street", "plain",
     "Year 6 local-history project notes about Station Road residents and when they arrived or left")
def n69(rng):
    body = text("""Dear Archivist,

Our Year 6 class is researching Station Road for their local history
project. From the oral history interviews so far:

Doris Pennington opened the corner shop at number 2 in April 1958 and ran
it until 1990. Mr Ali Rahman bought it from her and renamed it in
November 1990. The Kaur family moved into number 14 in 1967, and Harjit
Kaur remembers the trains stopping in 1965. Reg Sutcliffe, the last
stationmaster, retired on 30 September 1965.

Could the children visit to look at the street directories for those years?

Many thanks,
Gurpreet Sandhu
Year 6""" + SIGNOFF)
    return dict(sender=staff("Gurpreet Sandhu"), to=[("Archivist", "archivist@local-history-centre.example")],
                subject="Station Road project", root=body)


@reg("negative", "local-history-street", "att-txt",
     "Station Road timeline text file (Name - date - event) sent to local history group")
def n70(rng):
    txt = """STATION ROAD TIMELINE - compiled by Class 6S

1949   Ernest Marsh builds the first four houses (nos. 1-7)
1958   Doris Pennington opens the corner shop
1965   Reg Sutcliffe retires as stationmaster, 30 Sept
1967   The Kaur family arrive at no. 14
1972   Fr Thomas Quinlan opens the church hall, 2 March
1990   Ali Rahman takes over the shop, November
2003   Street party for Edna Crowther, 50 years on the road
"""
    body = text("""Hello Brenda,

Attached is the timeline the children put together. They'd love any
corrections from your members before they present it at the open evening.

Gurpreet""" + SIGNOFF)
    return dict(sender=staff("Gurpreet Sandhu"), to=[("Brenda Lowe", "brenda.lowe@example.com")],
                subject="Station Road timeline",
                root=mixed(body, att(txt, "station_road_timeline.txt", "plain")))


@reg("negative", "trophy-engraving", "plain",
     "Engraving order: past winners of the Ridley Cup with the years they won")
def n71(rng):
    rows = kids(rng, 6, (10, 13), sort=False)
    years = [2016, 2017, 2018, 2019, 2021, 2022]
    lines = "\n".join(f"  {y}   {f} {s}" for y, (f, s, _, _) in zip(years, rows))
    body = text(f"""Hi,

The Ridley Cup shields were never engraved for the last few winners. Could
you add the following, one per shield, please:

{lines}

There was no competition in 2020, so no shield for that year. I'll bring
the cup in on Saturday.

Thanks,
Declan""" + SIGNOFF)
    return dict(sender=staff("Declan Rushworth"), to=[("Engraving", "engraving@trophies.example")],
                subject="Ridley Cup - engraving", root=body)


@reg("negative", "trophy-engraving", "qp",
     "QP engraving request for staff cup: names with presentation dates")
def n72(rng):
    body = qp("""Hi Mike,

Could you engrave the staff \u2018Spirit of the School\u2019 salver with the back catalogue below? Dates are when each was presented:

\u2013 Maureen Fenwick, 18 July 2014
\u2013 Graham Lowther, 21 July 2016
\u2013 Bernadette Sutcliffe, 20 July 2018
\u2013 Tunde Abara, 22 July 2021
\u2013 Sian Yates, 21 July 2022

Same font as the existing 2012 entry. I\u2019m happy to pay the \u00a345 quoted.

Thanks,
Karen""" + SIGNOFF)
    return dict(sender=staff("Karen Pearce"), to=[("Mike Dunn", "mike@trophies.example")],
                subject="Salver engraving", root=body)


@reg("negative", "retirement-speech", "plain",
     "Draft retirement speech sent to a former head for checking career dates")
def n73(rng):
    body = text("""Dear Philippa,

You know Nigel better than anyone, so could you check the dates in my draft
before Friday?

  "Nigel Ashworth arrived in September 1991, fresh from teacher training,
  with a guitar and not much else. By 1998 Philippa Harcourt had made him
  head of Year 7, and in 2006 he became our first Head of Humanities. He
  led the Year 9 battlefields trip every October from 2002 to 2019, and
  he, Colin Thornbury and Maureen Fenwick ran the Christmas pantomime from
  1995 until the pandemic in 2020."

I'm also mentioning that Trevor Gallagher joined in 1993 and always said
Nigel owed him a fiver for the 1996 staff bet. Too much?

Best wishes,
Dominic Castellano""" + SIGNOFF)
    return dict(sender=staff("Dominic Castellano"), to=[("Philippa Harcourt", "p.harcourt@example.com")],
                subject="Nigel's speech - fact check", root=body)


@reg("negative", "retirement-speech", "att-txt",
     "Retirement speech text attachment for retiring cook, career dates of several colleagues")
def n74(rng):
    txt = """SPEECH FOR CAROL - FINAL DRAFT

When Carol Nkemelu walked into our kitchen on 4 January 1994, the menu was
spam fritters and the oven was older than most of the staff. She worked
under three cooks: Elsie Pryce, who retired in 1997; Barbara Hughes, who
left in June 2005; and Jean Ellwood, who handed Carol the keys in 2011.

Carol took the school to its first five-star hygiene rating in May 2013,
and in 2019 she fed 400 people at the summer fair without breaking a sweat.
"""
    body = text("""Hi Jean,

Attached is the speech for Carol's lunch. I've mentioned you - hope that's
alright! Shout if I've got any dates wrong.

Yvonne""" + SIGNOFF)
    return dict(sender=staff("Yvonne Latham"), to=[("Jean Ellwood", "jean.ellwood@example.org")],
                subject="Carol's retirement speech",
                root=mixed(body, att(txt, "speech_for_carol.txt", "plain")))


@reg("negative", "employment-reference-dates", "plain",
     "Confirmation to supply agency of former staff's employment dates (dd/mm/yyyy from/to)")
def n75(rng):
    rows = adults(rng, 4, 2008, 2016)
    lines = []
    for t, f, s, d in rows:
        end = d + dt.timedelta(days=rng.randint(700, 2000))
        end = min(end, dt.date(2022, 8, 31))
        lines.append(f"{t} {f} {s}: employed {d_slash(d)} to {d_slash(end)}, {rng.choice(['Teacher', 'TA', 'Cover Supervisor'])}")
    body = text(f"""Dear References Team,

In response to your four reference requests, I can confirm the following
periods of employment at this school:

""" + "\n".join(lines) + """

Our policy is to confirm dates and job titles only.

Regards,
Alison Greaves
School Business Manager""" + SIGNOFF)
    return dict(sender=staff("Alison Greaves"), to=[("References", "references@supply-agency.example")],
                subject="Employment confirmations", root=body)


@reg("negative", "volunteer-service", "plain",
     "Nomination for civic volunteering award: parent volunteers and the dates they started helping")
def n76(rng):
    body = text("""Dear Awards Panel,

We would like to nominate our reading volunteers for the community award.

Mrs Hilda Greaves has listened to readers every Tuesday since 6 January
2004. Mr Roy Begum began running chess club on 12 September 2011 and has
never missed a week. Mrs Pat Lindqvist and her husband Sven started the
garden club in spring 2009; Sven passed away in 2021 but Pat still comes.

They are the backbone of the school.

Yours faithfully,
Helen Ogunleye""" + SIGNOFF)
    return dict(sender=staff("Helen Ogunleye"), to=[("Awards Panel", "awards@civic-volunteering.example")],
                subject="Community award nomination", root=body)


@reg("negative", "past-chairs-of-governors", "forward",
     "Forward of internal list of past chairs of governors with years in office to jubilee book author")
def n77(rng):
    body = text("""Dear Mr Okonjo,

Forwarding the list the clerk compiled - I hope it fills the gap in
chapter 2.

Rosalind

---------- Forwarded message ---------
From: Hilary Ridley <h.ridley@school.example>
Date: Tue, 29 Sep 2026 at 16:20
Subject: Past chairs
To: Rosalind Marsh <r.marsh@school.example>

Past chairs of governors, from the minute books:

Alderman Walter Fenwick   1952-1959
Canon Hubert Ambrose      1959-1971
Mrs Ivy Beaumont          1971-1973
Mr Peter Szymanski        1973-1988
Dr Grace Mensah           1990-2004
Mr Anthony Verma          2004-2016
Mrs Cath Dunmore          2016-2022

(1988-90 the LA appointed an interim chair; no name in the minutes.)

H""" + SIGNOFF)
    return dict(sender=staff("Rosalind Marsh"), to=[("Samuel Okonjo", "s.okonjo@jubilee-books.example")],
                subject="Fwd: Past chairs", root=body)


@reg("negative", "photo-archive-captions", "html",
     "HTML-only photo captions for record office deposit: names with dates photos were taken")
def n78(rng):
    h = html_doc("""<p>Dear Record Office,</p>
<p>Captions for the photograph deposit (box 3):</p>
<ol>
<li>Mr Ellwood's class on sports day, 9 July 1971</li>
<li>Miss Crowther opening the infant block, 14 September 1967</li>
<li>Caretaker Harold Gallagher with the new mower, spring 1983</li>
<li>Mrs Harcourt and the choir at the Albert Hall, 22 March 2002</li>
<li>Dr Malik planting the jubilee oak, 5 June 2012</li>
</ol>
<p>Regards,<br>Hilary Ridley</p>""")
    return dict(sender=staff("Hilary Ridley"), to=[("Deposits", "deposits@county-record-office.example")],
                subject="Photo deposit box 3 - captions", root=text(h, "html"))


@reg("negative", "visiting-authors", "multipart-alt",
     "Plain+HTML alternative to book festival listing authors who visited and when")
def n79(rng):
    rows = [("Jasper Moreau", "14 March 2019"), ("Lyra Whitcombe", "2 February 2017"),
            ("Kwesi Mensah-Boateng", "6 March 2020"), ("Harriet Dunmore", "30 November 2022")]
    plain = "Hi Festival Team,\n\nYou asked which authors have visited us before. Here they are:\n\n" + \
            "\n".join(f"{a} - visited {d}" for a, d in rows) + \
            "\n\nWe'd love someone new for World Book Day.\n\nImran Chowdhury\nEnglish Lead" + SIGNOFF
    h = html_doc("<p>Hi Festival Team,</p><p>You asked which authors have visited us before. Here they are:</p>" +
                 html_table(["Author", "Visited"], rows) +
                 "<p>We'd love someone new for World Book Day.</p><p>Imran Chowdhury<br>English Lead</p>")
    return dict(sender=staff("Imran Chowdhury"), to=[("Festival Team", "events@bookfest.example")],
                subject="Previous author visits", root=alt(text(plain), text(h, "html")))


@reg("negative", "school-council-chairs", "comma-table",
     "Comma rows 'Name, Elected' of past school council chairs sent to MP's office")
def n80(rng):
    rows = kids(rng, 5, (12, 13))
    lines = "\n".join(f"{f} {s}, {d_long(dt.date(2018 + i, 10, rng.randint(2, 20)))}" for i, (f, s, _, _) in enumerate(rows))
    body = text(f"""Dear Caseworker,

For the MP's visit, here are our recent school council chairs, most of
whom are now in the sixth form and would like to meet her:

Name, Elected
{lines}

Kind regards,
Helen Ogunleye""" + SIGNOFF)
    return dict(sender=staff("Helen Ogunleye"), to=[("Constituency Office", "office@mp-constituency.example")],
                subject="School council chairs - MP visit", root=body)


# ==========================================================================
# assembly
# ==========================================================================
def msg_date(idx, rng):
    day = (idx * 29) % 61
    base = dt.datetime(2026, 10, 1) + dt.timedelta(days=day)
    naive = base.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    if naive < dt.datetime(2026, 10, 25, 1, 0):
        tz = dt.timezone(dt.timedelta(hours=1))
    else:
        tz = dt.timezone.utc
    return naive.replace(tzinfo=tz)


def set_boundaries(part, num, counter=None):
    counter = counter if counter is not None else [0]
    if part.is_multipart():
        counter[0] += 1
        part.set_boundary(f"----=_t15_{num:03d}_{counter[0]}")
        for sub in part.get_payload():
            set_boundaries(sub, num, counter)


def build():
    pos = [m for m in MESSAGES if m["label"] == "positive"]
    neg = [m for m in MESSAGES if m["label"] == "negative"]
    assert len(pos) == 40 and len(neg) == 40, (len(pos), len(neg))
    manifest = []
    for sub in ("positive", "negative"):
        d = os.path.join(HERE, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith("t15-") and f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for num, m in enumerate(pos + neg, start=1):
        rng = random.Random(f"tuning15-{num:03d}-{m['family']}")
        spec = m["fn"](rng)
        when = msg_date(num, rng)
        root = spec["root"]
        # fill in the quoted-message date for replies
        if "reply_to_id" in spec:
            qd = when - dt.timedelta(days=1, hours=rng.randint(1, 6))
            qs = qd.strftime("%a %d %b %Y at %H:%M")
            part = root if not root.is_multipart() else root.get_payload()[0]
            payload = part.get_payload(decode=True).decode("ascii").replace("{QDATE}", qs)
            newpart = text(payload)
            if root.is_multipart():
                root.get_payload()[0] = newpart
            else:
                root = newpart
        set_boundaries(root, num)
        if root.is_multipart():
            for sub in root.walk():
                if sub is not root and sub["MIME-Version"]:
                    del sub["MIME-Version"]
        ct = [(k, root[k]) for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding") if root[k]]
        for k, _ in ct:
            del root[k]
        sender = spec["sender"]
        to = spec["to"]
        cc = spec.get("cc", [])
        root["From"] = formataddr(sender)
        root["To"] = ", ".join(formataddr(a) for a in to)
        if cc:
            root["Cc"] = ", ".join(formataddr(a) for a in cc)
        root["Subject"] = spec["subject"]
        root["Date"] = format_datetime(when)
        root["Message-ID"] = f"<t15.{num:03d}.{rng.randrange(16**8):08x}@school.example>"
        if "reply_to_id" in spec:
            root["In-Reply-To"] = spec["reply_to_id"]
            root["References"] = spec["reply_to_id"]
        if "MIME-Version" not in dict(ct):
            ct.insert(0, ("MIME-Version", "1.0"))
        for k, v in ct:
            root[k] = v
        fname = f"t15-{num:03d}-{m['family']}.eml"
        rel = f"{m['label']}/{fname}"
        data = root.as_bytes()
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
        manifest.append({"file": rel, "label": m["label"], "mail_from": sender[1],
                         "rcpt": [a[1] for a in to + cc], "auth_user": sender[1],
                         "shape": m["shape"], "family": m["family"], "note": m["note"]})
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for e in manifest:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return manifest


if __name__ == "__main__":
    man = build()
    print(f"wrote {len(man)} messages "
          f"({sum(e['label'] == 'positive' for e in man)} positive, "
          f"{sum(e['label'] == 'negative' for e in man)} negative)")
