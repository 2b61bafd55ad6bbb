"""Positives, part A: class lists with UPNs / ULNs / dates of birth, pupil records."""

from common3 import *  # noqa: F401,F403

REG = []


def reg(f):
    REG.append(f)
    return f


def build(c):
    for f in REG:
        f(c)


@reg
def tutoring_logins(c):
    m = Ctx("p-tutoring-logins")
    ks = m.kids(12, 7)
    rows = [[k.sname, k.form, k.upn] for k in ks]
    text = f"""Hi Jess,

Thanks for setting us up on the platform. Below is the first group for the
Monday/Wednesday catch-up sessions. I've put the reference we use in school
in the last column - if you can use that as their login name that would save
a lot of confusion later when we match things up with our tracking.

{t_aligned(["Name", "Form", "Ref"], rows)}

There'll be a second group from 7A and 7D once parents have replied to the
letter, probably by the end of next week.

Cheers,
{sig("achebe")}
"""
    c.add("positive", "upn-list", "7bit", "Y7 catch-up group: names, forms and UPNs in a column headed Ref, sent to a tuition company",
          "outbound", staff("achebe"), [O["tuition"]], "Catch-up group 1 - names for logins",
          body("7bit", text, m.key), ctx=m)


@reg
def mis_migration_csv(c):
    m = Ctx("p-mis-migration")
    ks = m.kids(18, 9) + m.kids(6, 10)
    rows = [[k.upn, k.last, k.first, k.d("dmy"), k.gender, k.year] for k in ks]
    csv = csv_text(["UPN", "Legal Surname", "Forename", "DOB", "Sex", "NC Year"], rows)
    cover = """Declan,

As discussed on the call this morning, attached is the sample extract from the
old system so you can test the mapping before the full run. It's only 24 pupils
(a chunk of Y9 and a few Y10s) but it has the awkward ones - double-barrelled
surnames and a couple with apostrophes.

Let me know if the date column causes problems, the old system exports it as
text.

Claire
"""
    c.add("positive", "upn-list", "csv-attachment", "MIS migration sample: CSV of pupils with UPN, names, DOB, sex sent to a migration consultant",
          "outbound", staff("dobson"), [O["migrate"]], "Sample extract for mapping test",
          mixed([cover_part(cover), att_csv("sample_extract_Y9_Y10.csv", csv)], m.key), ctx=m)


@reg
def photographer_xlsx(c):
    m = Ctx("p-photo-xlsx")
    ks = m.kids(28, 8)
    rows = [["Adno", "Pupil ID", "Surname", "Forename", "Reg"]]
    for i, k in enumerate(ks):
        rows.append([str(3100 + i * 7 % 97), k.upn, k.last, k.first, k.form])
    cover = """Hello,

Please find attached the Year 8 list for the individual photos on Thursday 12th.
The Pupil ID column is what you'll need to print on the proof cards so the office
can match them back. Reg groups are in the last column so you can call them down
in order.

Many thanks
Simran Kaur
Reception Office
"""
    c.add("positive", "upn-list", "xlsx-attachment", "Year 8 photo day list with UPNs as 'Pupil ID' in an xlsx to the school photographer",
          "outbound", staff("kaur"), [O["photo"]], "Year 8 photo list",
          mixed([cover_part(cover), att_xlsx("Y8 photo list.xlsx", rows, sheet="Y8")], m.key), ctx=m)


@reg
def college_uln_qp(c):
    m = Ctx("p-college-uln")
    ks = m.kids(9, 12)
    lines = "\n".join(f"{i}. {k.first} {k.last} \u2013 {k.uln}" for i, k in enumerate(ks, 1))
    text = f"""Dear Steph,

Following on from Tuesday\u2019s meeting, here are the ULN nos for the nine Year 12 learners
doing the Level 3 Engineering BTEC with you on Fridays:

{lines}

The £45 materials contribution has been paid by us for all of them, so please don\u2019t
invoice families directly. If any of the numbers don\u2019t match what you have on the
Learning Records Service let me know and I\u2019ll check the original registration.

Kind regards,
Dean Pearce
Head of Sixth Form
"""
    c.add("positive", "uln-list", "qp", "Nine Y12 learners with ULNs ('ULN nos') to a partner FE college",
          "outbound", staff("pearce"), [O["college2"]], "Friday BTEC group \u2013 learner numbers",
          body("qp", text, m.key), ctx=m, subj_enc=("utf-8", "Q"))


@reg
def apprenticeship_html(c):
    m = Ctx("p-apprentice-html")
    ks = m.kids(7, 13)
    rows = [[k.name, k.uln, k.d("long"), "Level 3 " + m.rng.choice(["Business Admin", "Digital Support", "Accounting", "Engineering Tech"])]
            for k in ks]
    inner = ("<p>Hi Priya,</p><p>As promised, the Year 13 students who have applied for your September intake. "
             "They've all given consent for us to share this with you.</p>"
             + t_html(["Student", "ULN", "Date of birth", "Programme"], rows)
             + "<p>I'll send predicted grades separately once the mock results are in.</p>"
             "<p>Best wishes,<br>Tahmina Rahman<br>Careers Adviser</p>")
    c.add("positive", "uln-list", "html-only", "HTML table of Y13 apprenticeship applicants with ULN and date of birth to a training provider",
          "outbound", staff("rahman"), [O["apprentice"]], "Applicants for September starts",
          body("html-only", "", m.key, html=html_doc(inner)), ctx=m)


@reg
def football_dobs_wrap(c):
    m = Ctx("p-football-dobs", record=True)
    ks = m.kids(14, 8)
    rows = [[k.first + " " + k.last, k.d("dmy")] for k in ks]
    text = f"""Morning Keith, sorry this is late - here is our squad for Saturday's U13 cup game against Moorside. You asked for dates of birth because of the age check after last season's complaint, so they're all on there. Shirt numbers to follow once I know who's actually turning up!

{t_aligned(["Player", "DOB"], rows, gap=4)}

We'll bring the registration forms signed by parents on the day.

Thanks, Chidi Okoye (PE)
"""
    c.add("positive", "dob-list", "wrap72", "U13 football squad list with each pupil's date of birth to the county schools FA",
          "outbound", staff("okoye"), [O["footy"]], "U13 cup squad + DOBs",
          body("wrap72", text, m.key), ctx=m, ids_expected=False)


@reg
def outdoor_centre_flowed(c):
    m = Ctx("p-outdoor-flowed")
    ks = m.kids(11, 6)
    lines = []
    for k in ks:
        diet = m.rng.choice(["", "", "", " - vegetarian", " - no pork", " - nut allergy (carries EpiPen)", " - lactose intolerant"])
        lines.append(f"{k.first} {k.last}, born {k.d('ord')}{diet}")
    text = f"""Hello Hillside team,

Ahead of our residential on 23-25 March, your booking form asks for the full names and dates of birth of everyone staying so that your insurers have them. Here's the Willow class group (the Hazel group list will come from Mrs Frost separately). I have also added dietary needs where parents have told us about them because I wasn't sure whether the kitchen gets a copy of the booking form or not.

""" + "\n".join(lines) + """

Staff attending: myself, Mr Whitlock and two TAs. We'll arrive at about 10:30 on the Monday.

Best wishes,
Harjit Gill
Trips Coordinator
"""
    c.add("positive", "dob-list", "flowed", "Residential trip list: eleven Year 6 pupils each with date of birth and dietary notes to an outdoor centre",
          "outbound", staff("gill"), [O["outdoor"]], "Residential 23-25 March - names and dates of birth",
          body("flowed", text, m.key), ctx=m, ids_expected=False)


@reg
def edtech_roster_zip(c):
    m = Ctx("p-edtech-zip")
    ks = m.kids(22, 10)
    rows = [[k.upn, k.first, k.last, k.form, "%s%s%s@students.school.example" % (
        20, k.last.lower().replace("'", ""), k.first[0].lower()), k.d("iso")] for k in ks]
    csv = csv_text(["external_id", "given_name", "family_name", "class", "email", "birth_date"], rows, crlf=False)
    cover = """Hi NumberHive support,

Ticket #48213 - the automatic sync from our MIS still isn't working so, as suggested
by your colleague, I've zipped up a manual roster for Year 10 in your template format.
Could you import it and let me know when the accounts are live?

Minh Tran
Network Manager
"""
    c.add("positive", "upn-list", "zip-attachment", "Manual roster CSV (UPN as external_id, names, emails, birth dates) zipped and sent to a maths platform vendor",
          "outbound", staff("tran"), [O["edtech"]], "RE: [#48213] Roster sync failing",
          mixed([cover_part(cover), att_zip("year10_roster.zip", [("year10_roster.csv", csv)])], m.key), ctx=m)


@reg
def transfer_forward_rfc822(c):
    m = Ctx("p-transfer-fwd")
    k = m.kid(4)
    pf, pl = m.person("F")
    inner = f"""Helen,

New in-year transfer confirmed for {k.first} {k.last} (Oak class). Details from the
LA form:

Legal name: {k.first} {k.last}
DOB: {k.d('dmy')}
UPN: {k.upn}
Previous school: St Aidan's Primary
Parent/carer: {pf} {pl} (mum), 07700 900{m.digits(3)}
Address: {m.rng.randrange(3, 90)} Lowther Street, Northshire NS4 {m.rng.randrange(1, 9)}QT
Notes: on the SEN register at previous school (SEN support, speech and language).
Mum says there is a non-molestation order against dad - copy to follow.

Ben
"""
    cover = """Hi there,

Forwarding Ben's note below about the transfer. Could you send the CTF and the
SEN file across when you get a moment? The order mum mentioned would be helpful
too so our DSL has it.

Thanks,
Helen Frost
Admissions
"""
    c.add("positive", "upn-list", "rfc822-forward", "Forwarded (message/rfc822) internal note on an in-year transfer: name, DOB, UPN, address, SEN and court order, to the previous school",
          "outbound", staff("frost"), [O["stAidans"]], "Fwd: New starter - Oak class",
          mixed([cover_part(cover), fwd822(staff("whitlock"), [staff("frost")], "New starter - Oak class",
                                           D(2026, 10, 30, 15, 12), inner, m.key, shape="qp")], m.key), ctx=m)


@reg
def ews_absence_alt(c):
    m = Ctx("p-ews-alt")
    ks = m.kids(6, 9)
    rows = [[k.name, k.form, k.upn, "%d.%d%%" % (m.rng.randrange(61, 88), m.rng.randrange(10))] for k in ks]
    text = f"""Hi Marcus,

Here are the six Year 9 pupils I mentioned on the phone who are now below 90% and where
we've had no engagement from home after the second letter. UPNs included so you can
check them against your system before the panel.

{t_aligned(["Pupil", "Form", "UPN", "Attendance YTD"], rows)}

I can do home visits with you on Tuesdays or Thursdays.

Agata Wozniak
Attendance Officer
"""
    html = html_doc(paras_html(text.split("\n\n")[0] + "\n\n" + text.split("\n\n")[1])
                    + t_html(["Pupil", "Form", "UPN", "Attendance YTD"], rows, "outlook")
                    + paras_html("\n\n".join(text.split("\n\n")[3:]), True), outlook=True)
    c.add("positive", "upn-list", "alternative", "Persistent absence list (names, forms, UPNs, attendance) to the LA education welfare service, text and HTML",
          "outbound", staff("wozniak"), [O["la_ews"]], "Y9 persistent absence - referral list",
          alt(text, html, m.key), ctx=m)


@reg
def pupil_info_docx(c):
    m = Ctx("p-pupil-info-docx")
    k = m.kid(10)
    pf, pl = m.person()
    paras = ["# Pupil Information Sheet - CONFIDENTIAL",
             "Prepared for the receiving school on transfer.",
             "# Medical",
             f"Asthma - uses blue inhaler before PE. Diagnosed with ADHD in Year 8, takes methylphenidate 18mg each morning (given at home).",
             "# Pastoral",
             f"{k.first} has had support from our pastoral team after a bereavement last year and was seen by CAMHS until July. Early Help assessment open, lead professional is the family support worker.",
             ]
    table = [["Field", "Value"], ["Legal forename", k.first], ["Legal surname", k.last],
             ["Date of birth", k.d("long")], ["Gender", "Male" if k.gender == "M" else "Female"],
             ["UPN", k.upn], ["ULN", k.uln],
             ["Home address", "%d Station Road, Kelby, NS7 2LD" % m.rng.randrange(2, 120)],
             ["Contact 1", f"{pf} {pl} (mother) 07700 900{m.digits(3)}"],
             ["FSM", "Yes - eligible since 2022"], ["SEN status", "K - SEN support"]]
    cover = f"""Dear colleagues,

Attached is our information sheet for {k.first}, who starts with you on Monday. The CTF
has gone via S2S. Please call me if you need anything else.

Regards
Paul Morland
Deputy Headteacher
"""
    c.add("positive", "mixed-record", "docx-attachment", "Single-pupil information sheet (DOB, UPN, ULN, address, ADHD medication, CAMHS) in a docx to the receiving school",
          "outbound", staff("morland"), [O["highfield"]], f"Transfer - {k.first} {k.last}",
          mixed([cover_part(cover), att_docx("Pupil information sheet.docx", paras, [table], title="Pupil information")],
                m.key), ctx=m)


@reg
def ks2_transition_b64(c):
    m = Ctx("p-ks2-b64")
    ks = m.kids(15, 6)
    rows = [[k.last, k.first, k.upn, str(m.rng.randrange(94, 118)), str(m.rng.randrange(92, 120)), m.rng.choice(["", "", "EAL", "PP", "SEN K", "PP, SEN K"])]
            for k in ks]
    text = f"""Hi Highfield transition team,

Our Year 6 children who have been allocated places with you for next September are below, with
KS2 scaled scores from the mock papers (reading / maths) and any flags. Their UPNs should already
be in your admissions data but I've included them as requested so you can cross-reference.

{t_sep(["Surname", "First name", "UPN", "Read", "Maths", "Flags"], rows, sep=" | ")}

I'm happy to do a phone call about any of the children flagged.

Warm regards,
Ben Whitlock
Year 6 / Transition lead (primary phase)
"""
    c.add("positive", "upn-list", "base64", "Primary-phase Year 6 transition list with UPNs, mock scores and PP/SEN flags to a secondary school (base64 body)",
          "outbound", staff("whitlock"), [O["highfield"]], "Y6 transition data for your intake",
          body("base64", text, m.key), ctx=m)


@reg
def french_exchange_latin1(c):
    m = Ctx("p-exchange-latin1")
    ks = m.kids(10, 9)
    lines = "\n".join(f"  - {k.first} {k.last.upper()}, né(e) le {k.d('dmy')}, {k.form}" for k in ks)
    text = f"""Chère Marie,

Thank you for your lovely message - the students are très excités about the visit in April!
As you asked for the host family matching, here are our participants with their dates of birth
(I have written them the French way, jour/mois/année):

{lines}

Three of them have allergies: I will send the forms by post. Could you confirm the arrival time
at the gare in Rouen?

Amitiés,
Imogen Blake
(on behalf of the MFL department)
"""
    c.add("positive", "dob-list", "latin1", "French exchange participant list with dates of birth to the partner school abroad, iso-8859-1 body",
          "outbound", staff("blake"), [O["exchange"]], "Échange avril - liste des élèves",
          body("latin1", text, m.key), ctx=m, ids_expected=False, subj_enc=("iso-8859-1", "Q"))


@reg
def festival_cp1252(c):
    m = Ctx("p-festival-cp1252")
    ks = m.kids(8, 10) + m.kids(4, 11)
    lines = "\n".join(f"\u2022 {k.first} {k.last} \u2013 {m.rng.choice(['piano', 'violin', 'flute', 'voice', 'clarinet', 'cello'])} \u2013 d.o.b. {k.d('dotted')}"
                      for k in ks)
    text = f"""Dear Festival Secretary,

Please find our entries for the \u201cUnder 16 Solo\u201d classes below. I\u2019ve put each entrant\u2019s d.o.b. as your
rules say age is taken on 1st September:

{lines}

The entry fees (\u00a36 per entrant, \u00a372 total) will be paid by BACS from the school account this week.

With thanks,
Imogen Blake
Director of Music
"""
    c.add("positive", "dob-list", "cp1252", "Music festival entries: twelve pupils each with d.o.b., windows-1252 body with curly quotes",
          "outbound", staff("blake"), [O["festival"]], "Under 16 Solo entries", body("cp1252", text, m.key), ctx=m,
          ids_expected=False)


@reg
def awarding_uln_zip(c):
    m = Ctx("p-awarding-zip")
    ks = m.kids(16, 11)
    rows = [[k.uln, k.last.upper(), k.first, k.d("iso"), k.gender, "Y"] for k in ks]
    csv = csv_text(["uln", "surname", "forenames", "dob", "sex", "entry"], rows)
    readme = "Entries for Level 2 Certificate in Further Maths, centre 48213.\nPrepared by E Varley.\n"
    cover = """Good afternoon,

Our portal login has been locked since Monday, so as advised by your helpline I'm emailing
the entries file. Zipped as it wouldn't attach otherwise. Please confirm receipt before the
late-entry deadline.

Emma Varley
Exams Officer
"""
    c.add("positive", "uln-list", "zip-attachment", "Exam entries CSV (ULN, names, dob, sex) inside a zip emailed to an awarding body helpdesk",
          "outbound", staff("varley"), [O["examboard"]], "Centre 48213 - entries (portal locked)",
          mixed([cover_part(cover), att_zip("entries_48213.zip", [("README.txt", readme), ("entries_L2FM.csv", csv)])],
                m.key), ctx=m)


@reg
def gala_html_attachment(c):
    m = Ctx("p-gala-htmlatt")
    ks = m.kids(10, 5) + m.kids(8, 6)
    rows = [[k.first, k.last, k.d("dmy"), "Y%d" % k.year, m.rng.choice(["25m free", "25m back", "50m free", "relay"])] for k in ks]
    html = html_doc("<h2>Kingsmead Primary Phase - Gala Entries</h2>" + t_html(["First", "Surname", "D.O.B.", "Year", "Event"], rows))
    cover = "Entries attached for the 14th. Ages are worked out from the DOB column as usual.\n\nSam\n"
    c.add("positive", "dob-list", "html-attachment", "Swimming gala entries as an attached HTML table with 18 pupils' dates of birth",
          "outbound", staff("holloway"), [O["leisure"]], "Gala entries",
          mixed([cover_part(cover), att_html("gala_entries.htm", html)], m.key), ctx=m, ids_expected=False)


@reg
def leavers_signed(c):
    m = Ctx("p-leavers-signed")
    ks = m.kids(5, 8)
    rows = [[k.upn, k.name, k.d("dmy"), m.rng.choice(["Moved out of area", "Elective home education", "Moved to Highfield Academy", "Left the UK"])]
            for k in ks]
    text = f"""Dear Admissions,

Please find below the pupils who have come off our roll this half term, for your
children missing education checks. I've signed this email as you asked last time.

{t_pipe(["UPN", "Name", "DOB", "Reason"], rows)}

Home education notifications for the relevant pupil have already gone to your EHE officer.

Claire Dobson
Data Manager
"""
    c.add("positive", "upn-list", "smime-signed", "S/MIME-signed (not encrypted) off-roll list with UPNs, names, DOBs to the LA admissions team",
          "outbound", staff("dobson"), [O["la_adm"]], "Off-roll notifications - autumn 1",
          signed(ms.text_part(text, cte="quoted-printable"), m.key), ctx=m)


@reg
def nursery_alt_html_data(c):
    m = Ctx("p-nursery-althtml")
    ks = m.kids(9, -1)
    text = """Hi Rachel,

The table of the September starters is in the HTML version of this email (your
system asked for it formatted). Let me know if it doesn't come through.

Thanks
Simran
"""
    rows = [[k.first + " " + k.last, k.d("long"), m.rng.choice(["AM", "PM", "Full day"])] for k in ks]
    html = html_doc("<p>Hi Rachel,</p><p>Here are the Reception children starting in September who also want wraparound "
                    "places with you:</p>" + t_html(["Child", "Date of birth", "Session"], rows, "plain")
                    + "<p>Thanks<br>Simran</p>")
    c.add("positive", "dob-list", "alternative-html-data", "Wraparound-care list of Reception children with dates of birth only in the HTML alternative",
          "outbound", staff("kaur"), [("rachel@littleacorns-nursery.example", "Rachel - Little Acorns")],
          "September wraparound places", alt(text, html, m.key), ctx=m, ids_expected=False)


@reg
def mentoring_alt_text_data(c):
    m = Ctx("p-mentoring-alttext")
    ks = m.kids(8, 11)
    lines = "\n".join(f"{k.last}, {k.first}   {k.form}   {k.uln}" for k in ks)
    text = f"""Hi Tom,

Sorry for the delay. These are the Y11s we'd like on the StepUp programme from January. Learner
numbers in the right-hand column as your sign-up form requires them:

{lines}

All of them are Pupil Premium. Parents have been told.

Kemi Bello
Pastoral Manager
"""
    html = html_doc('<div dir="ltr"><p>Hi Tom,</p><p>Sorry for the delay. These are the Y11s we\'d like on the '
                    'StepUp programme from January.</p><p>Kemi Bello<br>Pastoral Manager</p></div>')
    c.add("positive", "uln-list", "alternative-text-data", "Y11 mentoring list with ULNs and Pupil Premium status present only in the text/plain alternative",
          "outbound", staff("bello"), [O["mentor"]], "Re: January cohort",
          alt(text, html, m.key), ctx=m)


@reg
def home_reports_utf8(c):
    m = Ctx("p-home-reports-utf8")
    ks = m.kids(26, 9)
    rows = [[k.last, k.first, k.upn, m.rng.choice(["4", "5", "5", "6", "6", "7"]), m.rng.choice(["3+", "4-", "4", "5=", "5+", "6-"])] for k in ks]
    text = f"""sending this to myself so I can finish reports over half term – laptop won’t connect to the VPN

9M Geography – targets / current

{t_aligned(["Surname", "First", "UPN", "Tgt", "Now"], rows)}

comments still to do for Kowalczyk & the two Ahmeds
"""
    c.add("positive", "upn-list", "utf8-8bit", "Teacher mails a full class list with UPNs and grades to her own personal address (8bit utf-8)",
          "outbound", staff("holloway"), [("sam.holloway.geo@example.com", "Sam Holloway")], "9M reports",
          body("utf8-8bit", text, m.key), ctx=m)


@reg
def rugby_dob_delsp(c):
    m = Ctx("p-rugby-delsp")
    ks = m.kids(7, 9)
    parts = "; ".join(f"{k.first} {k.last} ({k.d('dmy2')})" for k in ks)
    text = f"""Hi Gareth, as promised after the taster session, here are the ones who want to sign up for the club's U14s: {parts}. Dates of birth in brackets for your RFU registration. Parents have said it's fine to pass on but can you contact them via me rather than directly for now? Thanks, Chidi
"""
    c.add("positive", "dob-list", "flowed-delsp", "Seven pupils' names with dates of birth in one long flowed (delsp=yes) paragraph to a rugby club",
          "outbound", staff("okoye"), [O["rugby"]], "U14 sign ups", body("flowed-delsp", text, m.key), ctx=m,
          ids_expected=False)


@reg
def sip_tabs_7bit(c):
    m = Ctx("p-sip-tabs")
    ks = m.kids(10, 11)
    rows = [[k.upn, k.name, m.rng.choice(["Y", "N"]), m.rng.choice(["Y", "N", "N"]), "%+.2f" % (m.rng.randrange(-150, 60) / 100)] for k in ks]
    text = "Gill\n\nPasted from the tracker - the Y11 disadvantaged boys we talked about, with P8 estimates. Tabs may come out wonky.\n\n" + \
        t_sep(["UPN", "Name", "PP", "SEN", "P8 est"], rows, sep="\t") + "\n\nSpeak Thursday,\nIain\n"
    c.add("positive", "upn-list", "7bit", "Tab-separated paste of Y11 pupils with UPN, PP, SEN flags and P8 estimate to an external school improvement consultant",
          "outbound", staff("murray"), [O["sip"]], "the boys list", body("7bit", text, m.key), ctx=m)


@reg
def tutoring_pp_xlsx(c):
    m = Ctx("p-tutoring-pp-xlsx")
    ks = m.kids(20, 8)
    rows = [["Surname", "Forename", "UPN", "FSM6", "LAC", "SEN", "Reading age"]]
    for k in ks:
        rows.append([k.last, k.first, k.upn, m.rng.choice(["Y", "N"]), m.rng.choice(["N"] * 9 + ["Y"]),
                     m.rng.choice(["", "", "K", "E"]), "%d.%d" % (m.rng.randrange(8, 13), m.rng.randrange(0, 12))])
    cover = """Hi Anne,

Thanks for agreeing to take on the Y8 reading group. Spreadsheet attached - the columns
show which ones are disadvantaged/looked after so you can prioritise.

Kemi
"""
    c.add("positive", "upn-list", "xlsx-attachment", "Reading-intervention spreadsheet (UPN, FSM, looked-after, SEN, reading age) to a freelance tutor's personal address",
          "outbound", staff("bello"), [P["tutor1"]], "Y8 reading group",
          mixed([cover_part(cover), att_xlsx("Y8 reading group.xlsx", rows, sheet="Group")], m.key), ctx=m)


@reg
def eal_temp_upn_qp(c):
    m = Ctx("p-eal-tempupn")
    ks = m.kids(5, 7, temp_upns=5)
    lines = "\n".join(f"{k.first} {k.last} \u2014 {k.upn} \u2014 DOB {k.d('dmy')} \u2014 home language: {lang}"
                      for k, lang in zip(ks, ["Ukrainian", "Ukrainian", "Arabic", "Romanian", "Tigrinya"]))
    text = f"""Dear EMA colleagues,

We\u2019ve had five new arrivals since half term with temporary UPNs (the permanent ones haven\u2019t
come through from the DfE yet):

{lines}

Two of the Ukrainian students are living with host families under the Homes for Ukraine
scheme and one of the others arrived as an unaccompanied asylum-seeking child. Could we have an
initial assessment visit please?

Maeve O\u2019Sullivan
Assistant Head (Inclusion)
"""
    c.add("positive", "upn-list", "qp", "New arrivals with temporary UPNs, DOBs, home language and immigration circumstances to the LA EAL service",
          "outbound", staff("osullivan"), [O["la_eal"]], "New arrivals - assessment request",
          body("qp", text, m.key), ctx=m)


@reg
def library_cards_7bit(c):
    m = Ctx("p-library-7bit")
    ks = m.kids(13, 4)
    rows = [[k.first, k.last, k.d("dmy"), "NS%d %d%s" % (m.rng.randrange(1, 9), m.rng.randrange(1, 9), m.rng.choice(["AB", "QT", "LD", "HX", "PW"]))]
            for k in ks]
    text = "Hi,\n\nFor the library cards for Oak class - first name, surname, DOB, postcode:\n\n" + \
        t_sep(None, rows, sep=" / ") + "\n\nWe're visiting on the 19th at 1.30.\n\nBen Whitlock\nYear 4\n"
    c.add("positive", "dob-list", "7bit", "Year 4 class list with each child's date of birth and postcode to the public library",
          "outbound", staff("whitlock"), [O["library"]], "Oak class library cards", body("7bit", text, m.key), ctx=m,
          ids_expected=False)


@reg
def workexp_docx(c):
    m = Ctx("p-workexp-docx")
    ks = m.kids(4, 10)
    table = [["Student", "ULN", "DOB", "Emergency contact", "Medical"]]
    for k in ks:
        pf, pl = m.person()
        table.append([k.name, k.uln, k.d("dmy"), f"{pf} {pl} 07700 900{m.digits(3)}",
                      m.rng.choice(["None", "Type 1 diabetes - insulin pump", "Epilepsy (controlled)", "Hay fever"])])
    paras = ["# Work Experience Placement - Student Details",
             "Placement dates: Monday 6 July to Friday 10 July.",
             "Please keep this document secure and delete it after the placement."]
    cover = "Hi Lorraine, student details for next week's placements attached. Thanks again for having them! - Tahmina\n"
    c.add("positive", "uln-list", "docx-attachment", "Work-experience docx with four students' ULNs, DOBs, emergency contacts and medical conditions to an employer",
          "outbound", staff("rahman"), [O["workexp"]], "Work experience - student details",
          mixed([cover_part(cover), att_docx("WEX student details.docx", paras, [table])], m.key), ctx=m)


@reg
def meals_html_outlook(c):
    m = Ctx("p-meals-html")
    ks = m.kids(9, 7)
    rows = [[k.upn, k.name, k.form, m.rng.choice(["Universal", "FSM", "FSM", "Paid"]),
             m.rng.choice(["None", "Milk", "Peanut & tree nut", "Gluten (coeliac)", "Egg", "None"])] for k in ks]
    inner = (paras_html("Hi helpdesk,\n\nThe following new Year 7s are not appearing on the tills. Copied from our MIS below - can you add them manually so they can eat today? Allergens as recorded by the nurse.", True)
             + t_html(["UPN", "Name", "Form", "Meal status", "Allergens"], rows, "outlook")
             + paras_html("Many thanks,\nSiobhan Brennan\nSchool Business Manager", True))
    c.add("positive", "upn-list", "html-only", "Outlook-style HTML table of new Y7s with UPN, FSM status and allergens to a cashless catering vendor",
          "outbound", staff("brennan"), [O["meals"]], "URGENT - pupils missing from tills",
          body("html-only", "", m.key, html=html_doc(inner, outlook=True)), ctx=m)


@reg
def coach_passengers_fwd(c):
    m = Ctx("p-coach-fwd")
    ks = m.kids(16, 10)
    inner_lines = "\n".join(f"{k.last.upper()} {k.first}  {k.d('dmy')}" for k in ks)
    inner = f"""Simran - here's the final passenger list for the Berlin trip, with dates of birth for
the ferry manifest. Can you send it to the coach company? I'm out all day.

{inner_lines}

Staff: H Gill, S Holloway, I Blake

Harjit
"""
    cover = "Please see the message below from Mr Gill with the passenger manifest.\n\nKind regards,\nReception\n"
    fwd = ms.fwd_outlook(inner, "Harjit Gill <h.gill@school.example>", "Monday, 9 November 2026 08:02",
                         "Berlin - final list", "Simran Kaur <s.kaur@school.example>")
    text = cover + "\n" + fwd
    c.add("positive", "dob-list", "wrap72", "Inline-forwarded (Outlook style) trip manifest: 16 pupils with dates of birth, sent on to the coach company",
          "outbound", staff("kaur"), [O["coaches"]], "FW: Berlin - final list", body("wrap72", text, m.key), ctx=m,
          ids_expected=False)


@reg
def pru_referral_wrap(c):
    m = Ctx("p-pru-wrap")
    k = m.kid(9)
    text = f"""Dear Oakwood referrals panel,

I am writing to refer {k.first} {k.last} (UPN {k.upn}, date of birth {k.d('long')}), currently in Year 9, for a twelve-week placement. {k.first} has received three fixed-term suspensions this year for physically assaulting staff and was found carrying a bladed article in October, which was reported to the police. There is an open Child in Need plan and {k.first}'s mother has disclosed that she is struggling with her own mental health.

We believe a short placement with you, followed by a managed return, is the best chance of avoiding permanent exclusion.

Yours sincerely,
Paul Morland
Deputy Headteacher
"""
    c.add("positive", "upn-list", "wrap72", "Alternative-provision referral of a named pupil with UPN, DOB, exclusions, police and CIN details (hard-wrapped)",
          "outbound", staff("morland"), [O["pru"]], "Referral - Year 9 pupil", body("wrap72", text, m.key), ctx=m)


@reg
def reading_semicolon_csv(c):
    m = Ctx("p-reading-semicolon")
    ks = m.kids(25, 3)
    rows = [[k.upn, k.first, k.last, k.form, k.d("dmy")] for k in ks]
    csv = csv_text(None, rows, sep=";")
    cover = "Hello,\n\nOur Year 3 upload for ReadQuest. No header row, same order as your template (id;first;last;class;dob).\n\nLucy on behalf of Ben Whitlock\n"
    c.add("positive", "upn-list", "csv-attachment", "Headerless semicolon CSV of Year 3 pupils (UPN, names, class, DOB) to a reading app",
          "outbound", staff("nowicki"), [O["reading"]], "Year 3 upload",
          mixed([cover_part(cover), att_csv("y3.csv", csv, cte="quoted-printable")], m.key), ctx=m)


@reg
def census_queries_flowed(c):
    m = Ctx("p-census-flowed")
    ks = m.kids(4, 11)
    lines = "\n".join(f"* {k.first} {k.last} - {k.upn} - DOB {k.d('dmy')} - error 1510: check letter" for k in ks)
    text = f"""Hi Declan,

The census validation is throwing errors on four pupils after the migration. Could you look at these before Friday? It thinks the check letters are wrong, but they were fine in the old MIS.

{lines}

Claire
"""
    c.add("positive", "upn-list", "flowed", "Census error query listing four pupils with (valid) UPNs and DOBs to the migration consultant",
          "outbound", staff("dobson"), [O["migrate"]], "census errors after migration", body("flowed", text, m.key), ctx=m)


@reg
def yearbook_nopkw_cp1252(c):
    m = Ctx("p-prom-cp1252")
    ks = m.kids(10, 11)
    lines = "\n".join(f"{k.first} {k.last}\t{k.d('dmy')}" for k in ks)
    text = f"""Hiya,

Here\u2019s the list of the Year 11s who\u2019ve paid for the prom so far \u2013 the venue needs names and birthdays for the \u201cno alcohol\u201d wristbands (they check who\u2019s under 18):

{lines}

Cheers,
Greg
"""
    c.add("positive", "dob-list", "cp1252", "Prom list of Y11 pupils with birthdays (full dates) to the venue, windows-1252",
          "outbound", staff("fenton"), [("events@thegrangehotel.example", "The Grange Events")], "Prom \u2013 names & birthdays",
          body("cp1252", text, m.key), ctx=m, ids_expected=False)


@reg
def ucas_ref_base64(c):
    m = Ctx("p-personal-statement-b64")
    k = m.kid(13, "F")
    text = f"""Hi Mrs Barlow,

Thanks for offering to look over {k.first}'s personal statement. Her details for your records as your
form asked for them:

Name: {k.first} {k.last}
Date of birth: {k.d('ord')}
ULN: {k.uln}
Predicted grades: A*AA (Biology, Chemistry, Maths)

She has extenuating circumstances (young carer for her dad, who has MS) which her referee will mention.

Best,
Dean
"""
    c.add("positive", "uln-list", "base64", "One sixth-former's DOB, ULN and young-carer circumstances to a private tutor (base64 body)",
          "outbound", staff("pearce"), [P["tutor1"]], "Personal statement help", body("base64", text, m.key), ctx=m)


@reg
def immunisation_xlsx(c):
    m = Ctx("p-imms-xlsx")
    ks = m.kids(24, 8)
    rows = [["Surname", "Forename", "DOB", "Gender", "Form", "Parent email", "Consent"]]
    for k in ks:
        rows.append([k.last, k.first, k.d("dmy"), k.gender, k.form,
                     "%s.%s@example.%s" % (m.rng.choice(["mum", "dad", "fam", "the"]), k.last.lower().replace("'", ""), m.rng.choice(["com", "net", "org"])),
                     m.rng.choice(["Y", "Y", "N", "?"])])
    cover = "Please find the Y8 HPV cohort list attached for next week's session.\nFiona McBride, School Nurse\n"
    c.add("positive", "dob-list", "xlsx-attachment", "HPV vaccination cohort spreadsheet: 24 pupils with DOB, parent email and consent status",
          "outbound", staff("mcbride"), [O["immun"]], "Y8 HPV cohort",
          mixed([cover_part(cover), att_xlsx("Y8 HPV.xlsx", rows)], m.key), ctx=m, ids_expected=False)


@reg
def uln_inline_list(c):
    m = Ctx("p-uln-inline")
    ks = m.kids(6, 12)
    items = ", ".join(f"{k.first} {k.last} {k.uln}" for k in ks)
    text = f"""Steph, the six who are switching from Engineering to the Construction pathway: {items}. Can you move them on your register? Ta, Dean
"""
    c.add("positive", "uln-list", "7bit", "One-line message: six names each followed by a bare 10-digit ULN, no keyword",
          "outbound", staff("pearce"), [O["college2"]], "pathway changes", body("7bit", text, m.key), ctx=m)


@reg
def census_docx_table(c):
    m = Ctx("p-la-docx-upn")
    ks = m.kids(8, 5)
    table = [["Child", "UPN", "Date of Birth", "Year", "Reason for part-time timetable"]]
    for k in ks:
        table.append([k.name, k.upn, k.d("dmy"), "5", m.rng.choice(["Anxiety - graded return", "Medical (awaiting surgery)", "Behaviour - reduced timetable", "ASD - sensory overload"])])
    paras = ["# Part-time timetables - termly return to the Local Authority",
             "School: Kingsmead (primary phase)", "Return completed by: M O'Sullivan"]
    cover = "Return attached as requested in your bulletin.\n\nMaeve\n"
    c.add("positive", "upn-list", "docx-attachment", "LA return of pupils on part-time timetables: names, UPNs, DOBs and reasons in a docx table",
          "outbound", staff("osullivan"), [O["la_sen"]], "Part-time timetable return",
          mixed([cover_part(cover), att_docx("PTT return.docx", paras, [table])], m.key), ctx=m)


@reg
def dob_ski_signed(c):
    m = Ctx("p-ski-signed")
    ks = m.kids(12, 10)
    lines = "\n".join(f"{i:>2}) {k.name:<24} {k.d('dmon')}   {m.rng.choice(['S', 'M', 'M', 'L'])}   {m.rng.choice(['beginner', 'beginner', 'intermediate'])}"
                      for i, k in enumerate(ks, 1))
    text = f"""Good morning,

Final group details for the February ski trip (booking ref AST-55120). Dates of birth are needed for
the lift passes and insurance, helmet size and ability as per your form.

{lines}

Regards,
Harjit Gill
"""
    c.add("positive", "dob-list", "smime-signed", "S/MIME-signed ski trip group list: twelve pupils with dates of birth to a tour operator",
          "outbound", staff("gill"), [O["ski"]], "AST-55120 group details",
          signed(ms.text_part(text, cte="7bit"), m.key), ctx=m, ids_expected=False)


@reg
def upn_only_numbers(c):
    m = Ctx("p-upn-cc-mixed")
    ks = m.kids(5, 10)
    text = "Hi Declan\n\nthese ones still show as duplicates after the merge:\n\n" + "\n".join(k.upn for k in ks) + \
        "\n\nthe names are right but the record ids look doubled. same on your side?\n\nC\n"
    c.add("positive", "upn-list", "7bit", "Bare list of five UPNs (no names, no keyword) to the outside consultant, internal colleague cc'd",
          "outbound", staff("dobson"), [O["migrate"]], "dupes", body("7bit", text, m.key), ctx=m, cc=[staff("tran")])


@reg
def kids_club_utf8(c):
    m = Ctx("p-clubs-utf8")
    ks = m.kids(10, 2)
    lines = "\n".join(f"– {k.first} {k.last} ({k.d('long')}) – collected by {m.rng.choice(['mum', 'dad', 'grandma', 'childminder', 'auntie'])}" for k in ks)
    text = f"""Hi Coach Steve,

Year 2 names for the after-school multi-skills club, with birthdays as you need them for the insurance and who collects:

{lines}

Ola (TA, Year 2)
"""
    c.add("positive", "dob-list", "utf8-8bit", "After-school club list: ten Year 2 children with dates of birth and who collects them, to a sports coach's personal address",
          "outbound", staff("nowicki"), [P["coach1"]], "Multi-skills club – Year 2", body("utf8-8bit", text, m.key), ctx=m,
          ids_expected=False)
