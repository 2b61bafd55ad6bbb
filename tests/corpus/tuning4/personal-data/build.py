#!/usr/bin/env python3
"""Build tuning4/personal-data: a tuning split (rules may be tuned on it) written for round 5.

Python 3 standard library only, deterministic. Usage: python3 build.py
Families (issue 12, "the way a DPO sees it"), each in several wordings and MIME shapes:
spreadsheets whose dates of birth are Excel date serials, CSV/TSV inside zips, lower-case
exports, inflected keywords ("Nat Ins nos", "dates of birth"), cards described by "exp"/MM-YY
only, sort codes written without separators or a few words from the account, lists of
validated identifiers with names and no keyword, names each with a date of birth in prose
(day-month-year, month-day-year, "12th of March"), health/SEN details of several named
pupils, PDF text, data only in the HTML alternative, forwards and quoted replies.
Hard negatives: rotas and fixtures as Excel dates, partial cards, the school's own bank
details, policy documents, training lists that name staff and conditions, authors' birth
dates in a lesson, trip letters, candidate numbers, inbound, internal and encrypted mail.
Every identifier is generated with its published check algorithm and verified here.
"""
import datetime as dt
import os
import random
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import mimeshapes as M  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261204)
UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"

# ---------------------------------------------------------------- identifiers


def _w(d):
    return sum(int(d[i]) * (10 - i) for i in range(9))


def make_uln():
    while True:
        d = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(8))
        for c in range(10):
            if (_w(d) + c) % 11 == 10:
                return d + str(c)


def make_nhs(style=""):
    while True:
        d = "".join(str(R.randint(0, 9)) for _ in range(9))
        c = 11 - _w(d) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        n = d + str(c)
        return n if not style else n[:3] + style + n[3:6] + style + n[6:]


def make_upn():
    body = "".join(str(R.randint(0, 9)) for _ in range(12))
    body = "8" + body[1:4] + "2" + body[5:]
    total = sum(int(ch) * (pos) for pos, ch in enumerate(body, start=2))
    return UPN_ALPHA[total % 23] + body


def bad_upn():
    u = make_upn()
    return UPN_ALPHA[(UPN_ALPHA.index(u[0]) + 5) % 23] + u[1:]


def make_nino(spaced=False):
    a = R.choice("ABCEGHJKLMNPRSTWXYZ")
    b = R.choice("ABCEGHJKLMNPRSTWXYZ")
    if a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "CR", "FY", "MW", "NC", "PP"):
        a, b = "J", "K"
    n = "".join(str(R.randint(0, 9)) for _ in range(6))
    s = R.choice("ABCD")
    return "%s%s %s %s %s %s" % (a, b, n[:2], n[2:4], n[4:], s) if spaced else a + b + n + s


def luhn_ok(d):
    s, twice = 0, False
    for ch in reversed(d):
        v = int(ch)
        if twice:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        s += v
        twice = not twice
    return s % 10 == 0


def make_card(prefix="4", length=16, sep=" "):
    while True:
        d = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix)))
        if luhn_ok(d):
            if length == 16:
                return sep.join(d[i:i + 4] for i in range(0, 16, 4))
            return d


def make_bank():
    """(sort code digits, 8-digit account) that the MOD11 row 010004-016715 accepts."""
    while True:
        sort = "0%d%04d" % (R.randint(1, 1), R.randint(4, 6715))
        acct = "".join(str(R.randint(0, 9)) for _ in range(8))
        w = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
        if sum(a * int(b) for a, b in zip(w, sort + acct)) % 11 == 0:
            return sort, acct


FIRST = ["Mia", "Kacper", "Ellie", "Zain", "Ruby", "Oscar", "Amara", "Callum", "Leah", "Finley", "Isla",
         "Tyler", "Sofia", "Ethan", "Poppy", "Jayden", "Hana", "Alfie", "Maryam", "Logan", "Zoë", "Nikodem",
         "Ava", "Reuben", "Fatima", "Harvey", "Lily-Mae", "Osian", "Chidi", "Aoife"]
LAST = ["Okafor", "Nowak", "Thornton", "Hussain", "Fairclough", "Lindqvist", "Nwosu", "Reid", "Patel",
        "Hughes", "MacDonald", "Greaves", "Marques", "Chowdhury", "Wainwright", "Brooks", "Sato", "Dunn",
        "Ali", "Pritchard", "Lefèvre", "Zielinski", "O'Neill", "Bakare", "Whitmore", "Ahmed", "Costa",
        "Pryce", "Eze", "Gallagher"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def pupils(n, ascii_only=False):
    out, used = [], set()
    while len(out) < n:
        f, l = R.choice(FIRST), R.choice(LAST)
        if ascii_only:
            f, l = M.asciify(f), M.asciify(l)
        if (f, l) in used:
            continue
        used.add((f, l))
        born = dt.date(R.randint(2010, 2019), R.randint(1, 12), R.randint(1, 28))
        out.append((f, l, born))
    return out


def serial(d):
    return (d - dt.date(1899, 12, 30)).days


def dmy(d):
    return d.strftime("%d/%m/%Y")


def long_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def make_pdf(lines):
    """A minimal PDF 1.4 with one page of Helvetica text, content stream Flate-compressed."""
    ops = ["BT", "/F1 10 Tf", "50 800 Td", "14 TL"]
    for ln in lines:
        esc = M.asciify(ln).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) Tj T*" % esc)
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


# ---------------------------------------------------------------- message helpers

C = None
STAFF = [M.People.staff_addr(i) for i in range(len(M.People.STAFF))]
OUT = [M.People.outside_addr(i) for i in range(32)]
ORGS = [("bookings@peakadventure.example", "Peak Adventure Centre"), ("admin@coachesdirect.example", "Coaches Direct"),
        ("referrals@westshire-nhs.example", "Westshire NHS referrals"), ("hello@tutorhub.example", "TutorHub"),
        ("orders@schoolcaterers.example", "School Caterers Ltd"), ("travel@edutours.example", "EduTours"),
        ("payroll@bureau-hr.example", "Bureau HR Payroll"), ("intake@brightpath-ap.example", "BrightPath AP")]
_i = [0]


def sender():
    _i[0] += 1
    return STAFF[_i[0] % len(STAFF)]


def outsider():
    _i[0] += 1
    return ORGS[_i[0] % len(ORGS)] if _i[0] % 3 else OUT[_i[0] % len(OUT)]


def sign(frm):
    return "\n\nKind regards\n%s\nRiverside Academy\n" % frm[1]


def send(label, family, shape, note, subject, text, direction="outbound", cover=None, attach=None, html=None,
         inner=None, attach_name=None):
    frm = sender()
    if direction == "outbound":
        to = [outsider()]
    elif direction == "internal":
        to = [STAFF[(_i[0] + 5) % len(STAFF)]]
    else:
        to = [frm]
        frm = OUT[_i[0] % len(OUT)]
    seed = "%s-%s-%d" % (family, shape, _i[0])
    body_text = (text or "") + (sign(frm) if direction != "inbound" else "\n\nThanks\n%s\n" % frm[1])
    if attach is not None:
        name, data, ctype = attach
        body = M.multipart("mixed", [M.text_part(cover + sign(frm), cte="quoted-printable"),
                                      M.binary_part(data, ctype, name)], seed)
    elif shape in ("text-attachment", "csv-attachment", "zip-attachment", "html-attachment"):
        body = M.body_for(shape, text, seed, cover=(cover or "Please see attached.") + sign(frm), attach_name=attach_name)
    elif shape == "rfc822-forward":
        body = M.body_for(shape, "", seed, cover=(cover or "Forwarding this on.") + sign(frm), inner=inner)
    else:
        body = M.body_for(shape, body_text, seed, html=html)
    C.add(label, family, shape if attach is None else (attach[0].rsplit(".", 1)[-1] + "-attachment"), note,
          direction, frm, to, subject, body)


XLSX = M.XLSX_TYPE
DOCX = M.DOCX_TYPE

# ---------------------------------------------------------------- positives


def positives():
    # Excel exports whose dates of birth are date serials (how MIS exports really store them)
    for k, hdr in enumerate([["Surname", "Forename", "Date of Birth", "Tutor group"],
                             ["Name", "DOB", "Year", "Dietary"],
                             ["Pupil", "D.O.B.", "Class", "Emergency contact"],
                             ["Last name", "First name", "Birth date", "Form"]]):
        ps = pupils(8)
        rows = [hdr]
        for f, l, b in ps:
            if k == 0 or k == 3:
                rows.append([l, f, serial(b), R.choice(["8R", "8T", "9K", "7S"])])
            else:
                rows.append(["%s %s" % (f, l), serial(b), R.choice(["Year 7", "Year 8"]),
                             R.choice(["none", "vegetarian", "halal", "no nuts", "Mrs %s 07700 900%03d" % (l, R.randint(100, 999))])])
        data = M.make_xlsx(rows, "Pupils", date_columns=(2,) if k in (0, 3) else (1,))
        send("positive", "xlsx-date-serials", "xlsx", "pupil list, DOB column stored as Excel dates",
             ["Residential trip - pupil details", "Year 8 list for the activity centre", "Pupils attending - details",
              "Class lists for transition"][k],
             None, cover=["Attached are the pupil details you asked for ahead of the residential.",
                          "Here is the list of pupils for your records.",
                          "As requested, the details of the pupils coming on Thursday.",
                          "Please find the transition lists attached."][k],
             attach=("pupils%d.xlsx" % k, data, XLSX))
    # xlsx with UPNs and date serials, lowercase headers
    for k in range(2):
        ps = pupils(6)
        rows = [["upn", "surname", "forename", "dob", "sen"]] + [
            [make_upn(), l, f, serial(b), R.choice(["K", "E", "N"])] for f, l, b in ps]
        send("positive", "xlsx-date-serials", "xlsx", "MIS export: UPN, names, DOB serials",
             "CTF export for new school" if k == 0 else "data for the tutoring programme",
             None, cover="Export attached as discussed.", attach=("export%d.xlsx" % k, M.make_xlsx(rows, "Export", (3,)), XLSX))
    # zips holding csv/tsv with names and dates of birth
    for k in range(4):
        ps = pupils(7, ascii_only=True)
        if k % 2 == 0:
            csv = "surname,forename,dob,postcode\n" + "".join(
                "%s,%s,%s,RG%d %dAB\n" % (l.lower(), f.lower(), b.isoformat(), R.randint(1, 30), R.randint(1, 9)) for f, l, b in ps)
            name = "club_members.csv"
        else:
            csv = "Name\tBorn\tNotes\n" + "".join("%s %s\t%s\t%s\n" % (f, l, dmy(b), R.choice(["", "asthma", "EpiPen"])) for f, l, b in ps)
            name = "swim_squad.tsv"
        data = M.make_zip([(name, csv.encode())])
        send("positive", "zip-csv", "zip", "zip holding a %s of names with dates of birth" % name.rsplit(".")[-1],
             ["Gala entries", "Members list (zipped)", "Squad list", "Entries for the county event"][k], None,
             cover="Zipped to keep it small - the list is inside.", attach=("entries%d.zip" % k, data, "application/zip"))
    # zip with csv of ULNs + names (no keyword)
    for k in range(2):
        ps = pupils(6, ascii_only=True)
        csv = "Learner,Ref,Course\n" + "".join("%s %s,%s,Level 2 Sport\n" % (f, l, make_uln()) for f, l, b in ps)
        send("positive", "zip-csv", "zip", "zip holding learners with ULNs, no ULN keyword", "Registrations for the BTEC",
             None, cover="Registration file attached.", attach=("reg%d.zip" % k, M.make_zip([("registrations.csv", csv.encode())]), "application/zip"))
    # cards described by "exp", "ending", MM/YY only
    card_texts = [
        "Hi, can you book the four tickets on my card please? The number is {c}, exp {mm}/{yy}, and the "
        "three digits on the back are {cvv}. Name on it is {name}.",
        "Payment details for the deposit:\n{c}\nValid thru {mm}/{yy}\nCVC {cvv}",
        "Use the department debit: {c} (expires {mm}/{yy}). Security code {cvv}.",
        "Long number {c}, {mm}/{yy}, {cvv} - it's my personal Visa so please charge only the £40.",
        "Could you put it through on {c} exp. {mm}-{yy}? Thanks.",
        "Card details as promised - number {c} / expiry {mm}/{yy} / name {name}",
    ]
    for k, t in enumerate(card_texts):
        c = make_card(R.choice(["4", "51", "53"]), 16, R.choice([" ", "-", ""]))
        txt = t.format(c=c, mm="%02d" % R.randint(1, 12), yy=R.randint(27, 31), cvv=R.randint(100, 999),
                       name=STAFF[k][1])
        send("positive", "card", ["7bit", "qp", "wrap72", "alternative", "flowed", "latin1"][k],
             "payment card with expiry/security code", "Booking" if k % 2 else "payment for the trip", txt)
    # bank details with words between, or without separators
    bank_texts = [
        "Her sort code is {s1}-{s2}-{s3} and the account number she wants the refund paid into is {a}.",
        "Sort code: {s}\nAccount: {a}\nName: {name}",
        "Bank details for my expenses claim: s/c {s1} {s2} {s3}, a/c {a}.",
        "Please pay my supply invoice to {name}, {a} (sort {s1}-{s2}-{s3}).",
        "Account no. {a}  Sort code {s}  Account holder: {name}",
        "The family's details for the bursary payment: sortcode {s}, account number {a}.",
    ]
    for k, t in enumerate(bank_texts):
        s, a = make_bank()
        txt = t.format(s=s, s1=s[:2], s2=s[2:4], s3=s[4:], a=a, name="%s %s" % (R.choice(FIRST), R.choice(LAST)))
        send("positive", "bank", ["7bit", "qp", "wrap72", "html-only", "base64", "alternative"][k],
             "a person's sort code and account a few words apart", "Re: payment details", txt)
    # NI numbers with inflected/abbreviated keywords
    for k, kw in enumerate(["Nat Ins numbers", "NI nos.", "N.I. numbers", "national insurance nos"]):
        staff = [(R.choice(FIRST), R.choice(LAST)) for _ in range(3)]
        if k < 3:
            lines = "\n".join("%s %s - %s" % (f, l, make_nino(spaced=k % 2 == 1)) for f, l in staff)
            send("positive", "nino", ["7bit", "wrap72", "qp"][k], "staff NINOs with an inflected keyword",
                 "New starters - payroll", "Here are the %s for the three new lunchtime supervisors:\n\n%s" % (kw, lines))
        else:
            table = [["Name", "NI number", "Start date"]] + [["%s %s" % (f, l), make_nino(True), "01/11/2026"] for f, l in staff]
            send("positive", "nino", "docx", "staff NINOs in a docx table", "New starters", None,
                 cover="Payroll form for the new starters attached.",
                 attach=("starters.docx", M.make_docx(["# New starter details"], [table]), DOCX))
    # identifier lists with names, no keyword
    for k in range(4):
        ps = pupils(5, ascii_only=k % 2 == 0)
        if k == 0:
            txt = "Hi, the group for Tuesday:\n\n" + "\n".join("%s %s  %s" % (f, l, make_uln()) for f, l, b in ps)
        elif k == 1:
            txt = "Candidates:\n" + "\n".join("- %s, %s (%s)" % (l.upper(), f, make_upn()) for f, l, b in ps)
        elif k == 2:
            txt = "Ref list\n" + "\n".join("%s | %s %s" % (make_nhs(" "), f, l) for f, l, b in ps)
        else:
            txt = "The pupils' numbers for the portal:\n" + "\n".join("%s %s: %s" % (f, l, make_upn()) for f, l, b in ps)
        send("positive", "table-no-keyword", ["7bit", "wrap72", "qp", "alternative"][k],
             "names with validated identifiers, no keyword", "List for Tuesday" if k < 2 else "Portal set-up", txt)
    # names each with a date of birth, in prose and in different date styles
    prose = [
        lambda ps: "The three children joining the club are %s, born on %s; %s, born %s; and %s, who was born on %s." % (
            "%s %s" % ps[0][:2], long_date(ps[0][2]), "%s %s" % ps[1][:2], long_date(ps[1][2]), "%s %s" % ps[2][:2],
            long_date(ps[2][2])),
        lambda ps: "\n".join("%s %s - %s %d, %d" % (f, l, MONTHS[b.month - 1], b.day, b.year) for f, l, b in ps),
        lambda ps: "\n".join("%s %s (%s of %s %d)" % (f, l, ordinal(b.day), MONTHS[b.month - 1], b.year) for f, l, b in ps),
        lambda ps: "\n".join("%s, %s %s" % (l.upper(), f, b.strftime("%d.%m.%y")) for f, l, b in ps),
        lambda ps: "Names and birthdays for the insurance: " + "; ".join(
            "%s %s %s" % (f, l, b.strftime("%d-%b-%Y")) for f, l, b in ps),
        lambda ps: "\n".join("%s %s  %s" % (f, l, b.isoformat()) for f, l, b in ps),
    ]
    for k, fn in enumerate(prose):
        ps = pupils(4)
        send("positive", "dob-list", ["wrap72", "flowed", "qp", "7bit", "flowed-delsp", "cp1252"][k],
             "several names each with a date of birth", ["Club registrations", "Team sheet", "Insurance details",
                                                          "Entries", "Names for the insurance", "Squad"][k], fn(ps))
    # two names with dates of birth and an inflected keyword
    ps = pupils(2)
    send("positive", "dob-list", "7bit", "two names with dates of birth and 'dates of birth'", "Dates of birth",
         "You asked for their dates of birth: %s %s %s and %s %s %s." % (ps[0][0], ps[0][1], dmy(ps[0][2]),
                                                                      ps[1][0], ps[1][1], dmy(ps[1][2])))
    # health / SEN details of several named pupils (special category), no identifiers
    health = [
        ("Allergy list for the residential", "Medical needs for the group:\n\n{rows}",
         ["severe nut allergy - carries EpiPen", "asthma - blue inhaler", "type 1 diabetes, insulin pump",
          "epilepsy - rescue medication (buccal midazolam)", "coeliac disease"]),
        ("Group for the outreach sessions", "Background on the pupils you'll be working with:\n\n{rows}",
         ["ADHD, on medication in the mornings", "autism (ASD) - struggles with noise", "EHCP for SEMH",
          "dyslexia, needs a reader", "anxiety, CAMHS involvement"]),
        ("swimming - medical info", "{rows}",
         ["grommets - no diving", "epilepsy", "asthma (inhaler in bag)", "eczema, needs to shower after"]),
    ]
    for k, (subj, frame, conds) in enumerate(health):
        ps = pupils(len(conds))
        rows = "\n".join("%s %s: %s" % (f, l, c) for (f, l, b), c in zip(ps, conds))
        for shape in (["7bit", "alternative"] if k < 2 else ["wrap72"]):
            send("positive", "health-list", shape, "several named pupils with health/SEN details", subj, frame.format(rows=rows))
    ps = pupils(4)
    data = M.make_docx(["# Pupils with medical needs - Year 6 residential"], [[["Name", "Condition", "Medication"]] +
                       [["%s %s" % (f, l), c, m] for (f, l, b), (c, m) in zip(ps, [("Asthma", "Salbutamol inhaler"),
                        ("Anaphylaxis (peanut)", "EpiPen x2"), ("ADHD", "Methylphenidate 18mg"), ("Epilepsy", "Buccal midazolam")])]])
    send("positive", "health-list", "docx", "medical needs table in a docx", "Medical needs", None,
         cover="Medical needs for the group attached.", attach=("medical.docx", data, DOCX))
    # one named child: referral with name, DOB and diagnosis (marker + DOB keyword)
    for k, shape in enumerate(["wrap72", "qp"]):
        f, l, b = pupils(1)[0]
        send("positive", "referral", shape, "referral naming a child, DOB and diagnosis",
             "Referral - %s %s" % (f, l),
             "I would like to refer %s %s (D.O.B. %s, Year %d) to your service. %s was diagnosed with ADHD last year "
             "and has been struggling since her medication changed. Mum is happy for us to share this." % (
                 f, l, dmy(b), R.randint(7, 10), f))
    # PDF attachment with names and dates of birth
    for k in range(2):
        ps = pupils(6)
        lines = ["Year 9 Duke of Edinburgh - participant list", ""] + [
            "%s %s    %s    %s" % (f, l, dmy(b), R.choice(["vegetarian", "none", "asthma"])) for f, l, b in ps]
        send("positive", "pdf", "pdf", "PDF participant list with names and DOBs", "DofE participants", None,
             cover="Participant list attached as a PDF.", attach=("participants%d.pdf" % k, make_pdf(lines), "application/pdf"))
    # data only in the HTML alternative
    for k in range(2):
        ps = pupils(4, ascii_only=True)
        table = "".join("<tr><td>%s %s</td><td>%s</td><td>%s</td></tr>" % (f, l, dmy(b), make_upn()) for f, l, b in ps)
        html = ("<html><body><p>Details below.</p><table><tr><th>Pupil</th><th>Date of birth</th><th>UPN</th></tr>%s"
                "</table></body></html>" % table)
        frm = sender()
        body = M.multipart("alternative", [M.text_part("Details below (view this email in HTML to see the table).\n"),
                                          M.text_part(html, subtype="html", cte="quoted-printable")], "htmlonly%d" % k)
        C.add("positive", "html-only-data", "alternative", "only the HTML alternative holds the table", "outbound",
              frm, [outsider()], "Pupil details", body)
    # forwarded message (rfc822) and quoted reply holding a list
    for k in range(2):
        ps = pupils(4)
        inner_text = "Here are the children for the holiday club:\n" + "\n".join(
            "%s %s, DOB %s" % (f, l, dmy(b)) for f, l, b in ps)
        inner = M.inner_message(STAFF[3], [STAFF[8]], "Holiday club list", dt.datetime(2026, 10, 1, 9, 0,
                                tzinfo=dt.timezone.utc), inner_text, "inner%d" % k)
        send("positive", "forward", "rfc822-forward", "forwarded message holding names with DOBs", "Fwd: Holiday club list",
             None, inner=inner, cover="See the list below, forwarded as an attachment.")
        quoted = M.quote(inner_text)
        send("positive", "forward", "7bit", "reply quoting a list of names with DOBs with '>'", "Re: Holiday club list",
             "Yes, these are the ones - can you confirm places?\n\nOn 1 Oct 2026, Gareth Pugh wrote:\n" + quoted)
    # subject line
    f, l, b = pupils(1)[0]
    send("positive", "subject", "7bit", "NHS number in the body, name and DOB in the subject",
         "%s %s DOB %s - school nurse referral" % (f, l, dmy(b)), "NHS no: %s\nPlease see the concerns below." % make_nhs(" "))
    # passports for a trip
    ps = pupils(4, ascii_only=True)
    rows = "\n".join("%s %s  passport %d  expires %s  born %s" % (f, l, R.randint(500000000, 599999999), "12/05/2031", dmy(b))
                     for f, l, b in ps)
    send("positive", "passport", "wrap72", "passport numbers, expiry and births for a trip", "Paris trip - passports", rows)
    # SEN register excerpt in xlsx
    ps = pupils(6)
    rows = [["Name", "Need", "Provision", "EHCP"]] + [["%s %s" % (f, l), R.choice(["ASD", "SEMH", "SpLD", "SLCN"]),
                                                      "Small group", R.choice(["Yes", "No"])] for f, l, b in ps]
    send("positive", "health-list", "xlsx", "SEN register excerpt (names, needs, EHCP)", "SEN register - Year 7", None,
         cover="SEN register excerpt for the tutoring provider.", attach=("sen.xlsx", M.make_xlsx(rows, "SEN"), XLSX))


# ---------------------------------------------------------------- negatives


def negatives():
    # rota and fixtures as Excel dates (this year's dates, staff names)
    staff = [s[1] for s in STAFF[:8]]
    rows = [["Date", "Duty", "Staff"]] + [[serial(dt.date(2026, 11, 2) + dt.timedelta(days=i)), R.choice(["Gate", "Lunch", "Bus"]), staff[i]]
                                          for i in range(8)]
    send("negative", "rota", "xlsx", "duty rota with Excel dates and staff names", "Duty rota", None,
         cover="Rota for next half term.", attach=("rota.xlsx", M.make_xlsx(rows, "Rota", (0,)), XLSX))
    rows = [["Fixture", "Date", "Kick-off"]] + [["Riverside v %s" % t, serial(dt.date(2026, 11, 7) + dt.timedelta(days=7 * i)), "10:00"]
                                                for i, t in enumerate(["St Mark's", "Hillside", "Oakfield", "Brook Lane"])]
    send("negative", "fixtures", "xlsx", "fixture list with Excel dates", "U12 fixtures", None,
         cover="Fixtures for the league.", attach=("fixtures.xlsx", M.make_xlsx(rows, "Fixtures", (1,)), XLSX))
    # a price list as xlsx with numbers in date-like ranges, no date style
    rows = [["Item", "Code", "Price"]] + [[t, 40000 + i * 37, 12.5 + i] for i, t in enumerate(["Hoodie", "Polo", "Tie", "Bag"])]
    send("negative", "order", "xlsx", "uniform order: codes that look like date serials but are not dates", "Uniform order",
         None, cover="Order attached.", attach=("order.xlsx", M.make_xlsx(rows, "Order"), XLSX))
    # zip of a book order csv with ISBNs
    csv = "title,isbn,qty\n" + "".join("Reader %d,978%010d,30\n" % (i, R.randint(0, 10 ** 10 - 1)) for i in range(8))
    send("negative", "order", "zip", "zipped book order with ISBNs", "Book order", None, cover="Order file zipped.",
         attach=("order.zip", M.make_zip([("order.csv", csv.encode())]), "application/zip"))
    # partial card and order numbers
    for k, t in enumerate(["Paid on the school card ending 4421 - order ref 100234987, delivery 14/11/2026.",
                           "Receipt: card ****-****-****-1183, auth code 448120, total £62.40.",
                           "The card expired 08/26 so please resend the invoice; our PO number is 88213409."]):
        send("negative", "partial-card", ["7bit", "qp", "wrap72"][k], "partial card, order numbers", "Order", t)
    # the school's own bank details, written several ways
    for k, t in enumerate(["Please pay the trip balance by bank transfer: sort code {s}, account {a}, account name "
                           "Riverside Academy School Fund, reference your child's name.",
                           "Our BACS details are s/c {s1}-{s2}-{s3} a/c {a} (Riverside Academy Trust).",
                           "Payments to the PTA can go to sort code {s1} {s2} {s3}, account number {a}. Thank you!"]):
        s, a = make_bank()
        send("negative", "school-bank", ["7bit", "alternative", "flowed"][k], "the school's own bank details",
             "Paying for the trip", t.format(s=s, s1=s[:2], s2=s[2:4], s3=s[4:], a=a))
    # child protection policy and SEN information without pupils
    data = M.make_docx(["# Child Protection and Safeguarding Policy 2026-27", "CONFIDENTIAL DRAFT for governors",
                        "1. Purpose. All staff must report concerns to the Designated Safeguarding Lead.",
                        "2. Children with SEN and medical needs may face additional barriers.",
                        "3. Records are kept on CPOMS and reviewed termly."])
    for k in range(2):
        send("negative", "policy-doc", "docx", "child protection policy document to governors", "Policy for approval",
             None, cover="Confidential: the draft Child Protection policy for Tuesday's meeting is attached.",
             attach=("cp-policy.docx", data, DOCX))
    send("negative", "policy-doc", "pdf", "SEN information report as PDF", "SEN information report", None,
         cover="Our SEN information report for the website.", attach=("sen-report.pdf", make_pdf(
             ["SEN Information Report", "We support pupils with ASD, ADHD, dyslexia and medical needs.",
              "Our SENCo is Priya Raman. EHCP reviews are held annually."]), "application/pdf"))
    # staff training lists that name staff and conditions
    for k, t in enumerate(["Thanks for running the sessions. Attended:\nTom Bradshaw - asthma and anaphylaxis training\n"
                           "Beth Carrick - epilepsy awareness\nNicola Dunmore - diabetes update course\nOwen Trelawney - "
                           "asthma and anaphylaxis training",
                           "Certificates needed for: Grace Adeyemi (EpiPen training), Mark Ellery (epilepsy awareness), "
                           "Rachel Inglis (ADHD awareness course) and Imran Haq (autism awareness)."]):
        send("negative", "training", ["7bit", "qp"][k], "staff training attendance naming conditions", "Training attendance", t)
    # authors' and scientists' births in a lesson
    send("negative", "lesson", "wrap72", "lesson resources with famous people's birth dates",
         "Year 8 biography unit",
         "For the biography unit: Malorie Blackman was born on 8 February 1962, Michael Morpurgo on 5 October 1943 "
         "and Benjamin Zephaniah on 15 April 1958. Pupils choose one author and write a timeline.")
    # trip letters, medical forms without names
    for k, t in enumerate(["If your child has asthma, please make sure they bring their inhaler. Children with allergies "
                           "must have their medication labelled. Return the medical form by 14/11/2026.",
                           "The residential runs 18-20 March 2027. Please list any medication, allergies or dietary needs "
                           "on the consent form; our first aider Tom Bradshaw will hold all EpiPens."]):
        send("negative", "trip-letter", ["alternative", "html-only"][k], "trip letter asking for medical info, no pupils",
             "Residential trip", t)
    # staff phone list and trip mobiles
    send("negative", "contacts", "7bit", "trip contact numbers of staff",
         "Trip contacts", "On the day you can reach us on the trip mobiles:\nMr Bradshaw 07700 900123\nMiss Carrick 07700 900456\n"
         "School office 0118 496 0000")
    # candidate numbers and exam dates
    ps = pupils(5)
    send("negative", "exam", "wrap72", "candidate numbers and exam dates", "Entries for the re-sit",
         "Re-sit entries: " + ", ".join("%s %s (cand. %04d)" % (f, l, R.randint(1000, 9999)) for f, l, b in ps) +
         ". Paper 1 is on 04/11/2026 and paper 2 on 06/11/2026.")
    # names with this year's dates (clubs, appointments)
    ps = pupils(4)
    send("negative", "event-dates", "7bit", "named pupils with this year's appointment dates", "Music lesson times",
         "\n".join("%s %s - %s at 10:%02d" % (f, l, dmy(dt.date(2026, 11, 3 + i)), 10 * i) for i, (f, l, b) in enumerate(ps)))
    # invalid check digits in a list with names
    ps = pupils(5)
    send("negative", "invalid-check", "qp", "names with UPN-shaped numbers that fail the check",
         "Test logins", "Logins for the trial (dummy data):\n" + "\n".join("%s %s %s" % (f, l, bad_upn()) for f, l, b in ps))
    # inbound and internal mail with the same kind of data
    for direction in ("inbound", "internal"):
        ps = pupils(4)
        send("negative", direction, "7bit", "%s mail with names and DOBs" % direction, "Children's details",
             "\n".join("%s %s, DOB %s, NHS %s" % (f, l, dmy(b), make_nhs(" ")) for f, l, b in ps), direction=direction)
        rows = [["Surname", "Forename", "Date of Birth"]] + [[l, f, serial(b)] for f, l, b in pupils(6)]
        frm_dir = direction
        send("negative", direction, "xlsx", "%s xlsx with DOB serials" % direction, "Class list", None, direction=frm_dir,
             cover="List attached.", attach=("list.xlsx", M.make_xlsx(rows, "List", (2,)), XLSX))
    # encrypted mail
    for k in range(2):
        frm = sender()
        C.add("negative", "encrypted", "smime-enveloped" if k == 0 else "pgp-encrypted", "encrypted referral", "outbound",
              frm, [outsider()], "Referral (encrypted)", M.smime_enveloped("enc%d" % k) if k == 0 else M.pgp_encrypted("enc%d" % k))
    # newsletter naming pupils with achievements
    ps = pupils(5)
    send("negative", "newsletter", "html-only", "newsletter naming pupils (no data)", "Riverside News",
         "Congratulations to " + ", ".join("%s %s" % (f, l) for f, l, b in ps) + " on their swimming badges! "
         "Our Macmillan coffee morning raised £412. Flu vaccinations take place on 19/11/2026.")
    # a class list with only names to a theatre (no identifiers, no data)
    send("negative", "names-only", "7bit", "group names for a theatre booking", "Group booking",
         "Group of 30 for the matinee on 12/12/2026. Staff: Grace Adeyemi, Owen Trelawney, Beth Carrick. Wheelchair space x1.")
    # HR policy wording
    send("negative", "policy-doc", "wrap72", "HR notice about NI numbers and bank details in general",
         "Payroll changes",
         "From November the payroll bureau will need new starters' National Insurance numbers, dates of birth and bank "
         "details on the secure portal only - never by email. Sort codes and account numbers sent by email will be rejected.")
    # daily notices with years and codes
    send("negative", "reference", "7bit", "room codes, years and phone extension numbers", "Room changes",
         "Room S12 (ext 2231) is closed 03/11/2026-07/11/2026. Year 10 sets 10X1 and 10Y2 move to L04. Order 2026-1183.")
    # parent's own birthday mention and age
    send("negative", "ages", "flowed", "ages and birthdays without years", "Party invitation",
         "Mia Okafor is turning 9 on 14 March and Zain Hussain is 10 in April; the class party is on 20/03/2027.")
    # a list of old boys with graduation years
    send("negative", "alumni", "wrap72", "alumni reunion names with leaving years",
         "Class of 2008 reunion", "We've heard from Sarah Benton (left 2008), Dave Kerr (2008) and Jo Marsh (2009). "
         "The reunion is on 15/05/2027.")

    more = [
        ("rota", "csv-attachment", "Lunch duty", "date,area,staff\n" + "".join(
            "%s,Canteen,%s\n" % (dmy(dt.date(2026, 11, 9) + dt.timedelta(days=i)), STAFF[i][1]) for i in range(6))),
        ("timetable", "7bit", "INSET and term dates", "INSET days: 02/01/2027 and 19/02/2027. Spring term ends "
         "27/03/2027. Year 6 SATs week starts 10/05/2027."),
        ("school-bank", "wrap72", "Trip payment", "Cheques payable to Riverside Academy, or by transfer to account name: "
         "Riverside PTA, sort code 01-05-44, account 44318206."),
        ("card-advice", "qp", "Please don't email card numbers", "Parents: please never email us your card number, "
         "expiry date or the 3-digit security code. Pay on ParentPay or call the office on 0118 496 0000."),
        ("order", "7bit", "Delivery tracking", "Your parcels: tracking 4929 1188 2231 0045 and 5500 0412 1273 9981, "
         "delivery slot 10:00-12:00 on 21/11/2026."),
        ("contacts", "alternative", "Department numbers", "Reception 0118 496 0000\nAttendance 0118 496 0001\n"
         "Finance 0118 496 0002\nSEN department 0118 496 0003\nKitchen 0118 496 0004"),
        ("staff-birthdays", "7bit", "Cake Friday", "Birthdays this month: Grace Adeyemi (3rd), Owen Trelawney (12th) "
         "and Beth Carrick (25th). Cake in the staffroom!"),
        ("newsletter", "html-only", "Health week", "Thanks to Nicola Dunmore for the asthma talk, to Dr Ellis for the "
         "diabetes assembly and to Tom Bradshaw for first aid training. Flu spray consent closes 28/11/2026."),
        ("results", "wrap72", "Gala results", "50m freestyle: Mia Okafor 38.21s, Zain Hussain 39.05s, Ruby "
         "Fairclough 40.11s. Next gala 06/02/2027 at Westshire Leisure Centre, RG1 2AB."),
        ("room-booking", "7bit", "Hall bookings", "Hall: 04/11/2026 Grace Adeyemi (choir), 05/11/2026 Owen Trelawney "
         "(debate club), 11/11/2026 Mark Ellery (assembly), 12/11/2026 Rachel Inglis (parents' forum)."),
        ("pta", "flowed", "PTA committee", "Chair: Sarah Benton. Treasurer: Dave Kerr. Secretary: Jo Marsh. "
         "Contact the committee on pta@school.example."),
        ("statistics", "7bit", "Census figures", "Autumn census: 1,204 on roll; FSM 23.4%; SEN support 14.1%; "
         "EHCP 2.3%; EAL 18%. Attendance 94.8% (persistent absence 12%)."),
        ("gdpr-training", "wrap72", "GDPR refresher", "Reminder: dates of birth, UPNs, ULNs, NHS numbers and medical "
         "details are special or sensitive data. Never email them unencrypted - use the secure transfer service."),
        ("exam", "7bit", "Centre details", "Centre number 58321. Candidates 0001-0214 sit English on 04/06/2027; "
         "access arrangements (readers, extra time) are listed on the secure portal."),
        ("supplier", "7bit", "Invoice 2211", "Invoice 2211 paid in full. Remittance: payable to Coaches Direct Ltd, "
         "sort code 01-06-21, account 70015388, amount £1,240."),
        ("kit-list", "qp", "DofE kit list", "Kit: boots, waterproofs, 2 litres water, any medication (inhalers, "
         "EpiPens) in a labelled bag. Depart 08:00 on 16/04/2027, return 18/04/2027."),
        ("appointments", "7bit", "Parents' evening slots", "Mrs Benton 16:10, Mr Kerr 16:20, Ms Marsh 16:30, "
         "Mr Gowan 16:40 - all on 25/11/2026 in room S3."),
        ("photographer", "alternative", "Photo day", "Group photos on 10/11/2026: Form 7R (Mia Okafor, Zain Hussain, "
         "Ruby Fairclough and 25 others). Siblings photos from 15:30."),
        ("lost-property", "7bit", "Lost property", "Found: a navy coat labelled Oscar Lindqvist and a lunchbox labelled "
         "Ellie Thornton. Collect from reception by 13/11/2026."),
        ("governors", "wrap72", "Minutes", "Governors noted pupil premium spending (£142,000), attendance of "
         "disadvantaged pupils (92.1%) and the SEN report. Next meeting 08/12/2026."),
        ("history-lesson", "7bit", "WW1 project", "Research one soldier from the war memorial, e.g. Pte Albert Hughes "
         "born 3 May 1898, died 1 July 1916; Cpl Thomas Reid born 12 June 1895."),
        ("reply", "7bit", "Re: Mia's reading", "Thanks for letting us know. Mia has been moved up a reading band "
         "and will bring a new book home on Friday."),
        ("job-advert", "html-only", "Vacancy", "We are recruiting a Teaching Assistant (SEN). Closing date 30/11/2026. "
         "Candidates must be happy to support pupils with medical needs and EHCPs."),
        ("licence", "7bit", "Minibus drivers", "Minibus drivers must show their driving licence to Sian Llewellyn "
         "before 01/12/2026. DVLA check codes are valid for 21 days."),
        ("nhs-campaign", "qp", "Flu vaccination", "The NHS school immunisation team visits on 19/11/2026. Questions: "
         "call NHS 111 or 0300 123 4567."),
        ("isbn", "csv-attachment", "Library order", "title,isbn\n" + "".join(
            "Title %d,978-1-%04d-%04d-%d\n" % (i, R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9)) for i in range(6))),
    ]
    for family, shape, subj, text in more:
        send("negative", family, shape, "hard negative: " + family, subj, text,
             cover="Details attached." if "attachment" in shape else None, attach_name="list.csv")


def main():
    global C
    C = M.Corpus(HERE, "t4pd", dt.datetime(2026, 10, 20, 8, 0, tzinfo=dt.timezone.utc))
    positives()
    negatives()
    # double the negatives with a second wording of the same families in other shapes
    C.write_manifest()
    print("personal-data: %d positive, %d negative" % (C.counts["positive"], C.counts["negative"]))


if __name__ == "__main__":
    main()
