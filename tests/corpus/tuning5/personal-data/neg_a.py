"""Negatives, part A: the same kinds of data sent internally, received inbound, or sent encrypted."""

from common3 import *  # noqa: F401,F403

REG = []


def reg(f):
    REG.append(f)
    return f


def build(c):
    for f in REG:
        f(c)


# ------------------------------------------------------------- internal
@reg
def int_class_list_upn(c):
    m = Ctx("n-int-classlist")
    ks = m.kids(27, 7)
    rows = [[k.sname, k.form, k.upn, k.d("dmy")] for k in ks]
    text = f"""Hi Femi,

Here's 7C as it stands after the two transfers this week, with UPNs and DOBs so you can check the
SIMS groups are right before the photos.

{t_aligned(["Pupil", "Form", "UPN", "DOB"], rows)}

Claire
"""
    c.add("negative", "internal-data", "7bit", "Internal: Y7 form list with UPNs and DOBs from the data manager to the head of year",
          "internal", staff("dobson"), [staff("achebe")], "7C updated list", body("7bit", text, m.key))


@reg
def int_sen_register_xlsx(c):
    m = Ctx("n-int-sen-xlsx")
    ks = m.kids(22, 8)
    rows = [["UPN", "Name", "Status", "Need", "Key strategies"]]
    for k in ks:
        rows.append([k.upn, k.name, m.rng.choice(["K", "K", "E"]), m.rng.choice(["ASD", "SpLD", "SEMH", "SLCN", "ADHD"]),
                     m.rng.choice(["Seat at front", "Chunk instructions", "Movement breaks", "Pre-teach vocab"])])
    cover = "All,\n\nUpdated Y8 SEN register attached for your planning. Please keep it on the staff drive, not on USB sticks.\n\nJanet\n"
    c.add("negative", "internal-data", "xlsx-attachment", "Internal: Y8 SEN register spreadsheet with UPNs and needs sent to teaching staff",
          "internal", staff("ruddock"), [staff("murray"), staff("holloway"), staff("blake"), staff("fenton")], "Y8 SEN register - autumn update",
          mixed([cover_part(cover), att_xlsx("Y8 SEN register.xlsx", rows)], m.key))


@reg
def int_safeguarding_note(c):
    m = Ctx("n-int-sg")
    k = m.kid(9, "F")
    text = f"""Nadia,

Logging this by email as CPOMS is down. {k.first} {k.last} (9K) told me in the corridor that her older
brother has been hitting her and that she's scared to go home on Friday when mum works nights. I
reassured her and said I'd need to pass it on. She's in my room period 3 if you want to see her.

Sam Holloway
"""
    c.add("negative", "internal-data", "wrap72", "Internal: teacher reports a named pupil's disclosure to the DSL (hard-wrapped)",
          "internal", staff("holloway"), [staff("sheikh")], "Concern - 9K student", body("wrap72", text, m.key))


@reg
def int_nino_hr_finance_csv(c):
    m = Ctx("n-int-nino-csv")
    rows = []
    for i in range(5):
        f, l = m.person()
        rows.append([f"{f} {l}", m.nino(), m.rng.choice(["TA3", "Admin2", "MPS4"])])
    csv = csv_text(["Name", "NI", "Grade"], rows)
    cover = "Kath - starters with NI numbers for the budget forecast. Lynne\n"
    c.add("negative", "internal-data", "csv-attachment", "Internal: HR sends a CSV of new starters' NI numbers to the finance officer",
          "internal", staff("ashworth"), [staff("lister")], "starters for forecast",
          mixed([cover_part(cover), att_csv("starters.csv", csv, cte="7bit")], m.key))


@reg
def int_card_to_finance_qp(c):
    m = Ctx("n-int-card")
    pf, pl = m.person("F")
    card = m.card("visa")
    text = f"""Kath,

{pf} {pl} rang to pay for the Berlin balance \u2013 she\u2019d like it taken from {card}, expiry {m.expiry()}. I\u2019ve
shredded my note. Could you put it through the terminal today?

Simran
"""
    c.add("negative", "internal-data", "qp", "Internal: reception passes a parent's card number and expiry to the finance office (QP)",
          "internal", staff("kaur"), [staff("lister")], "Card payment \u2013 Berlin", body("qp", text, m.key))


@reg
def int_bank_details_html(c):
    m = Ctx("n-int-bank-html")
    f, l = "Chidi", "Okoye"
    sc, acct = m.bank()
    inner = paras_html(f"Lynne,\n\nMy new bank details for payroll - sort code {sc}, account number {acct}, name {f} {l}.\n\nThanks, Chidi", True)
    c.add("negative", "internal-data", "html-only", "Internal: a teacher sends his own new bank details to HR (HTML only)",
          "internal", staff("okoye"), [staff("ashworth")], "bank details change", body("html-only", "", m.key, html=html_doc(inner, True)))


@reg
def int_trip_medical_docx(c):
    m = Ctx("n-int-trip-docx")
    ks = m.kids(12, 9)
    table = [["Name", "DOB", "NHS number", "Condition", "Medication"]]
    for k in ks:
        table.append([k.name, k.d("dmy"), k.nhsf("334"), m.rng.choice(["Asthma", "None", "Nut allergy", "None", "Diabetes T1"]),
                      m.rng.choice(["Inhaler", "-", "EpiPen x2", "-", "Insulin"])])
    paras = ["# Normandy trip - medical information for accompanying staff", "Carry at all times; return to Fiona McBride after the trip."]
    cover = "Trip staff - medical sheet attached. Print one each.\nFiona\n"
    c.add("negative", "internal-data", "docx-attachment", "Internal: trip medical sheet with NHS numbers and conditions for accompanying staff",
          "internal", staff("mcbride"), [staff("gill"), staff("holloway"), staff("blake")], "Normandy medical sheet",
          mixed([cover_part(cover), att_docx("Normandy medical.docx", paras, [table])], m.key))


@reg
def int_aa_list_alt(c):
    m = Ctx("n-int-aa-alt")
    ks = m.kids(9, 11)
    rows = [[k.name, k.d("dmy"), m.rng.choice(["25% ET", "Reader", "Scribe", "WP", "Rest breaks"])] for k in ks]
    text = "Invigilation team,\n\nAccess arrangements for Monday's mocks:\n\n" + t_aligned(["Candidate", "DOB", "Arrangement"], rows) + "\n\nEmma\n"
    html = html_doc("<p>Invigilation team,</p><p>Access arrangements for Monday's mocks:</p>" + t_html(["Candidate", "DOB", "Arrangement"], rows) + "<p>Emma</p>")
    c.add("negative", "internal-data", "alternative", "Internal: exam access arrangements list with DOBs to the school's own invigilation team",
          "internal", staff("varley"), [staff("nowicki"), staff("kaur")], "Mock AA list", alt(text, html, m.key))


@reg
def int_dob_list_zip(c):
    m = Ctx("n-int-dob-zip")
    ks = m.kids(30, 6)
    csv = csv_text(["first", "last", "dob", "class"], [[k.first, k.last, k.d("iso"), k.form] for k in ks])
    cover = "Harjit, Y6 list for the residential insurance form - zipped because it's big. Ben\n"
    c.add("negative", "internal-data", "zip-attachment", "Internal: zipped CSV of Year 6 names and DOBs passed between two staff",
          "internal", staff("whitlock"), [staff("gill")], "Y6 list for insurance",
          mixed([cover_part(cover), att_zip("y6.zip", [("y6.csv", csv)])], m.key))


@reg
def int_fwd_sen_rfc822(c):
    m = Ctx("n-int-fwd-sen")
    k = m.kid(4)
    inner = f"""Janet,

{k.first} {k.last} (UPN {k.upn}) was assessed by the EP today. Working memory very low (2nd centile).
Recommends an EHC needs assessment. Mum in agreement.

Maeve
"""
    cover = "Ben - FYI for your planning, please see below. Janet\n"
    c.add("negative", "internal-data", "rfc822-forward", "Internal: SEN assessment note with UPN forwarded as message/rfc822 to the class teacher",
          "internal", staff("ruddock"), [staff("whitlock")], "Fwd: EP visit",
          mixed([cover_part(cover), fwd822(staff("osullivan"), [staff("ruddock")], "EP visit", D(2026, 11, 11, 15, 2), inner, m.key)], m.key))


@reg
def int_signed_uln(c):
    m = Ctx("n-int-signed-uln")
    ks = m.kids(6, 12)
    text = "Dean,\n\nULNs confirmed against the LRS for the BTEC group:\n\n" + "\n".join(f"{k.name}  {k.uln}" for k in ks) + "\n\nEmma\n"
    c.add("negative", "internal-data", "smime-signed", "Internal: S/MIME-signed list of ULNs from the exams officer to the head of sixth form",
          "internal", staff("varley"), [staff("pearce")], "ULNs confirmed", signed(ms.text_part(text, cte="7bit"), m.key))


@reg
def int_pupil_to_teacher(c):
    m = Ctx("n-int-pupil")
    k = m.kid(11, "F")
    text = f"""Dear Miss Varley,

You asked us to check our details for the exam entries. Mine are: {k.first} {k.last}, date of birth {k.d('long')},
candidate number 4127. My middle name is missing on the statement, it should be Jane.

Thank you
{k.first}
"""
    frm = ("%d%s%s@students.school.example" % (22, k.last.lower().replace("'", ""), k.first[0].lower()), k.name)
    c.add("negative", "internal-data", "flowed", "Internal: a pupil emails the exams officer to correct her own details (DOB, candidate number)",
          "internal", frm, [staff("varley")], "My exam details", body("flowed", text, m.key))


@reg
def int_payroll_b64(c):
    m = Ctx("n-int-b64-payroll")
    rows = []
    for i in range(4):
        f, l = m.person()
        sc, acct = m.bank()
        rows.append(f"{f} {l}: NI {m.nino('spaced')}, sort code {sc}, account {acct}")
    text = "Robert,\n\nThe four staff queries for your sign-off before I send the changes to Ledgerline (encrypted, don't worry):\n\n" + \
        "\n".join(rows) + "\n\nLynne\n"
    c.add("negative", "internal-data", "base64", "Internal: HR sends NI numbers and bank details of four staff to the headteacher (base64)",
          "internal", staff("ashworth"), [staff("hale")], "payroll changes - sign off", body("base64", text, m.key))


@reg
def int_cp_latin1(c):
    m = Ctx("n-int-cp-latin1")
    k = m.kid(10, "M")
    text = f"""Maeve,

The French assistant (Mlle Rousseau) came to me about {k.first} {k.last}, 10S: he told her in the lesson that
he hasn't eaten since Saturday and that his mum is "in hospital again". I've logged it but thought you
should know before the TAC meeting. Très inquiète.

Imogen
"""
    c.add("negative", "internal-data", "latin1", "Internal: concern about a named pupil's welfare between two staff, iso-8859-1",
          "internal", staff("blake"), [staff("osullivan")], "10S - concern", body("latin1", text, m.key))


@reg
def int_ehcp_cp1252(c):
    m = Ctx("n-int-ehcp-cp1252")
    ks = m.kids(4, 10)
    lines = "\n".join(f"\u2022 {k.first} {k.last} ({k.d('dmy')}) \u2013 {n}" for k, n in zip(ks, ["ASD \u2013 EHCP", "HI \u2013 EHCP", "SEMH \u2013 EHCP", "PD \u2013 EHCP (wheelchair)"]))
    text = f"""Hi Greg,

Your tutor group has four students with plans this year:

{lines}

Their \u201cone page profiles\u201d are on the SEN drive.

Janet
"""
    c.add("negative", "internal-data", "cp1252", "Internal: SENCo tells a tutor which four named pupils have EHCPs, windows-1252",
          "internal", staff("ruddock"), [staff("fenton")], "EHCP students in 10R", body("cp1252", text, m.key))


@reg
def int_staff_to_pupils(c):
    m = Ctx("n-int-to-pupils")
    ks = m.kids(4, 13)
    to = [("%d%s%s@students.school.example" % (20, k.last.lower().replace("'", ""), k.first[0].lower()), k.name) for k in ks]
    text = "Hi all,\n\nYour ULNs for the apprenticeship applications (you'll need them on the portal):\n\n" + \
        "\n".join(f"{k.first}: {k.uln}" for k in ks) + "\n\nMs Rahman\n"
    c.add("negative", "internal-data", "utf8-8bit", "Internal: careers adviser sends four sixth-formers their own ULNs to their school accounts",
          "internal", staff("rahman"), to, "Your ULNs", body("utf8-8bit", text, m.key))


@reg
def int_html_attachment_allergy(c):
    m = Ctx("n-int-allergy-htmlatt")
    ks = m.kids(10, 3)
    html = html_doc("<h3>Allergy & medical - Beech class</h3>" + t_html(["Child", "DOB", "Allergy/condition"],
                    [[k.name, k.d("dmy"), m.rng.choice(["Peanut (EpiPen)", "Egg", "Asthma", "Milk", "Coeliac"])] for k in ks]))
    cover = "For the supply teacher folder. Fiona\n"
    c.add("negative", "internal-data", "html-attachment", "Internal: class allergy sheet with DOBs as an HTML attachment for the staff cover folder",
          "internal", staff("mcbride"), [staff("whitlock"), staff("kaur")], "Beech allergy sheet",
          mixed([cover_part(cover), att_html("beech_allergies.htm", html)], m.key))


@reg
def int_alt_html_data(c):
    m = Ctx("n-int-althtml")
    ks = m.kids(8, 10)
    rows = [[k.name, k.upn, k.d("dmy"), m.rng.choice(["FSM", "PP", "LAC", "FSM, SEN K"])] for k in ks]
    text = "Kemi,\n\nThe table is in the HTML version - Outlook mangles it otherwise.\n\nAgata\n"
    html = html_doc("<p>Kemi,</p><p>Disadvantaged Y10s below 90% attendance, for the pastoral meeting:</p>"
                    + t_html(["Pupil", "UPN", "DOB", "Group"], rows, "outlook") + "<p>Agata</p>", outlook=True)
    c.add("negative", "internal-data", "alternative-html-data", "Internal: attendance list with UPNs, DOBs and FSM/LAC flags only in the HTML part, to the pastoral manager",
          "internal", staff("wozniak"), [staff("bello")], "Y10 disadvantaged attendance", alt(text, html, m.key))


# ------------------------------------------------------------- inbound
@reg
def in_parent_card(c):
    m = Ctx("n-in-parent-card")
    pf, pl = "Agnieszka", "Kowalczyk"
    text = f"""Hello,

Please can you take the £45 for the Y8 theatre trip from my card: {m.card('mc')} expiry {m.expiry()}.
Sorry, I couldn't get the ParentPay app working.

{pf} {pl}
"""
    c.add("negative", "inbound-data", "7bit", "Inbound: a parent emails her card number and expiry to the school office",
          "inbound", P["parent5"], [staff("kaur")], "Theatre trip payment", body("7bit", text, m.key))


@reg
def in_la_upn_csv(c):
    m = Ctx("n-in-la-csv")
    ks = m.kids(14, 7)
    csv = csv_text(["UPN", "Surname", "Forename", "DOB", "Allocated school"], [[k.upn, k.last, k.first, k.d("dmy"), "Kingsmead"] for k in ks])
    cover = "Dear Admissions Officer,\n\nPlease find attached the late allocations for Year 7.\n\nNorthshire School Admissions\n"
    c.add("negative", "inbound-data", "csv-attachment", "Inbound: the LA sends a CSV of allocated pupils with UPNs and DOBs to admissions",
          "inbound", O["la_adm"], [staff("frost")], "Late allocations - Year 7",
          mixed([cover_part(cover), att_csv("late_allocations.csv", csv)], m.key))


@reg
def in_payroll_nino_xlsx(c):
    m = Ctx("n-in-payroll-xlsx")
    rows = [["Employee", "NI", "Gross", "Tax", "NI contrib", "Net"]]
    for i in range(10):
        f, l = m.person()
        g = m.rng.randrange(1200, 5200)
        rows.append([f"{l}, {f}", m.nino(), g, int(g * 0.14), int(g * 0.06), int(g * 0.8)])
    cover = "Hi Lynne,\n\nNovember payroll summary attached for checking.\n\nAmanda Greig\nLedgerline Payroll\n"
    c.add("negative", "inbound-data", "xlsx-attachment", "Inbound: payroll bureau sends the monthly summary with staff NI numbers to HR",
          "inbound", O["payroll2"], [staff("ashworth")], "November payroll summary",
          mixed([cover_part(cover), att_xlsx("Payroll Nov.xlsx", rows)], m.key))


@reg
def in_camhs_letter(c):
    m = Ctx("n-in-camhs")
    k = m.kid(9)
    text = f"""Dear Ms Sheikh,

RE: {k.first} {k.last}, DOB {k.d('dmy')}, NHS No {k.nhsf('334')}

Thank you for your referral. {k.first} was seen for an initial assessment on 2 November and has been placed on
the waiting list for the anxiety pathway (approx. 14 weeks). Please contact us if risk increases.

CAMHS Single Point of Access
"""
    c.add("negative", "inbound-data", "qp", "Inbound: CAMHS reply about a named pupil with DOB and NHS number",
          "inbound", O["camhs"], [staff("sheikh")], "Referral outcome", body("qp", text, m.key))


@reg
def in_school_transfer_fwd(c):
    m = Ctx("n-in-transfer")
    k = m.kid(5)
    inner = f"""Transfer information: {k.first} {k.last}
UPN {k.upn}, DOB {k.d('dmy')}
SEN support (dyslexia). Attendance 96%. No safeguarding concerns.
"""
    cover = "Dear Kingsmead,\n\nAs requested, our transfer note is attached.\n\nSt Aidan's Primary Office\n"
    c.add("negative", "inbound-data", "rfc822-forward", "Inbound: previous school sends a forwarded transfer note with UPN and DOB",
          "inbound", O["stAidans"], [staff("frost")], "Transfer note",
          mixed([cover_part(cover), fwd822(("head@st-aidans-primary.example", "Head"), [O["stAidans"]], "Transfer note",
                                           D(2026, 11, 2, 9, 0), inner, m.key, shape="7bit")], m.key))


@reg
def in_results_uln_html(c):
    m = Ctx("n-in-results")
    ks = m.kids(8, 12)
    rows = [[k.uln, k.name, m.rng.choice(["D*", "D", "M", "P"])] for k in ks]
    inner = "<p>Dear Exams Officer,</p><p>Unit results for centre 48213:</p>" + t_html(["ULN", "Learner", "Grade"], rows) + "<p>Centre Support</p>"
    c.add("negative", "inbound-data", "html-only", "Inbound: awarding body sends unit results with ULNs (HTML)",
          "inbound", O["examboard"], [staff("varley")], "Unit results - centre 48213", body("html-only", "", m.key, html=html_doc(inner)))


@reg
def in_agency_nino(c):
    m = Ctx("n-in-agency")
    f, l = m.person()
    text = f"""Hi Lynne,

Your new supply teacher for Monday is {f} {l}. For your single central record: NI {m.nino('spaced')},
DBS certificate 0017{m.digits(8)} issued 03/2026 (update service), QTS ref {m.digits(7)}.

Chalkface Supply
"""
    c.add("negative", "inbound-data", "wrap72", "Inbound: supply agency sends a teacher's NI number and DBS details for the SCR",
          "inbound", O["agency"], [staff("ashworth")], "Supply - Monday", body("wrap72", text, m.key))


@reg
def in_parent_bank_refund(c):
    m = Ctx("n-in-parent-bank")
    sc, acct = m.bank()
    text = f"""Hi Kath,

Thanks for letting me know about the refund. My details are: sort code {sc}, account {acct}, Mrs D Holt.

Darren (on behalf of my wife)
"""
    c.add("negative", "inbound-data", "flowed", "Inbound: a parent sends their own bank details for a refund",
          "inbound", P["parent2"], [staff("lister")], "Re: trip refund", body("flowed", text, m.key))


@reg
def in_medical_form_docx(c):
    m = Ctx("n-in-medform")
    k = m.kid(7)
    paras = ["# Medical information form", f"Child: {k.first} {k.last}", f"Date of birth: {k.d('long')}", f"NHS number: {k.nhsf('334')}",
             "Conditions: asthma, eczema", "Medication: salbutamol inhaler as required", "GP: Parkview Surgery"]
    cover = "Hi, form for the residential attached. Kirsty\n"
    c.add("negative", "inbound-data", "docx-attachment", "Inbound: a parent returns a completed medical form (DOB, NHS number) as docx",
          "inbound", P["parent1"], [staff("mcbride")], "Medical form", mixed([cover_part(cover), att_docx("medical form.docx", paras)], m.key))


@reg
def in_travel_manifest_zip(c):
    m = Ctx("n-in-travel-zip")
    ks = m.kids(15, 10)
    csv = csv_text(["Surname", "First", "DOB", "Passport expiry"], [[k.last, k.first, k.d("dmy"), "2031-0%d" % m.rng.randrange(1, 9)] for k in ks])
    cover = "Dear Mr Gill, please check the attached manifest for the Berlin trip and let us know of any corrections.\nVoyage Ops\n"
    c.add("negative", "inbound-data", "zip-attachment", "Inbound: the travel company sends back the passenger manifest (names, DOBs) for checking",
          "inbound", O["travel"], [staff("gill")], "Berlin manifest for checking",
          mixed([cover_part(cover), att_zip("manifest.zip", [("manifest.csv", csv)])], m.key))


@reg
def in_parent_cp1252_sen(c):
    m = Ctx("n-in-parent-sen")
    k = m.kid(6, "M")
    text = f"""Dear Mrs Ruddock,

I\u2019m writing about {k.first}\u2019s diagnosis \u2013 the paediatrician confirmed ADHD and dyspraxia on Tuesday. His
NHS number is {k.nhsf('334')} if you need to contact the clinic. He starts on medication next week.

Thanks for all your support,
Lisa
"""
    c.add("negative", "inbound-data", "cp1252", "Inbound: a parent tells the SENCo about her son's diagnosis and NHS number, windows-1252",
          "inbound", P["parent4"], [staff("ruddock")], "Diagnosis update", body("cp1252", text, m.key))


@reg
def in_signed_la_sen(c):
    m = Ctx("n-in-signed-la")
    ks = m.kids(3, 6)
    text = "Dear SENCo,\n\nThe following EHCPs have been finalised naming your school:\n\n" + \
        "\n".join(f"{k.name}, UPN {k.upn}, DOB {k.d('dmy')}" for k in ks) + "\n\nNorthshire SEND Team\n"
    c.add("negative", "inbound-data", "smime-signed", "Inbound: S/MIME-signed LA notice of finalised EHCPs with UPNs and DOBs",
          "inbound", O["la_sen"], [staff("ruddock")], "Finalised EHCPs", signed(ms.text_part(text, cte="7bit"), m.key))


@reg
def in_gp_letter_base64(c):
    m = Ctx("n-in-gp")
    k = m.kid(11)
    text = f"""To the School Nurse,

Patient: {k.first} {k.last}   DOB: {k.d('dmy')}   NHS: {k.nhsf('plain')}

This young person has been started on sertraline 50mg for depression. Please support with monitoring of mood.

Parkview Surgery
"""
    c.add("negative", "inbound-data", "base64", "Inbound: GP letter about a named pupil's medication with DOB and NHS number (base64)",
          "inbound", O["gp"], [staff("mcbride")], "Patient letter", body("base64", text, m.key))


@reg
def in_social_care_alt(c):
    m = Ctx("n-in-social-alt")
    k = m.kid(3)
    text = f"""Dear DSL,

Notification: {k.first} {k.last} (DOB {k.d('dmy')}) has been made subject to a Child Protection Plan under the
category of emotional abuse. The first core group is on 20 November at 10am.

Children's Services
"""
    c.add("negative", "inbound-data", "alternative", "Inbound: children's services notify the DSL of a CP plan for a named child",
          "inbound", O["social"], [staff("sheikh"), staff("price")], "CP plan notification", alt(text, html_doc(paras_html(text)), m.key))


# ------------------------------------------------------------- encrypted outbound
@reg
def enc_smime_classlist(c):
    c.add("negative", "encrypted", "smime-enveloped", "Outbound S/MIME-enveloped message: class list with UPNs to the migration consultant",
          "outbound", staff("dobson"), [O["migrate"]], "Full extract - all year groups", enveloped("n-enc-1", 4200))


@reg
def enc_smime_sen(c):
    c.add("negative", "encrypted", "smime-enveloped", "Outbound S/MIME-enveloped EHCP summaries to the educational psychologist",
          "outbound", staff("ruddock"), [O["ep"]], "EHCP summaries (encrypted)", enveloped("n-enc-2", 2600))


@reg
def enc_smime_payroll(c):
    c.add("negative", "encrypted", "smime-enveloped", "Outbound S/MIME-enveloped payroll changes (NI numbers, bank details) to the bureau",
          "outbound", staff("ashworth"), [O["payroll"]], "Payroll changes - December", enveloped("n-enc-3", 1900))


@reg
def enc_smime_safeguarding(c):
    c.add("negative", "encrypted", "smime-enveloped", "Outbound S/MIME-enveloped safeguarding chronology to the family solicitor",
          "outbound", staff("sheikh"), [O["solicitor"]], "Chronology - secure", enveloped("n-enc-4", 3100))


@reg
def enc_smime_medical(c):
    c.add("negative", "encrypted", "smime-enveloped", "Outbound S/MIME-enveloped trip medical list with NHS numbers to the tour operator",
          "outbound", staff("mcbride"), [O["ski"]], "Medical list", enveloped("n-enc-5", 1500),
          subj_enc=("utf-8", "B"))


@reg
def enc_smime_exams(c):
    c.add("negative", "encrypted", "smime-enveloped", "Outbound S/MIME-enveloped access arrangements to the awarding body",
          "outbound", staff("varley"), [O["examboard"]], "AA evidence", enveloped("n-enc-6", 2200))


@reg
def enc_pgp_mime_upn(c):
    c.add("negative", "encrypted", "pgp-encrypted", "Outbound PGP/MIME-encrypted Y6 transition data to the secondary school",
          "outbound", staff("whitlock"), [O["highfield"]], "Transition data", pgp_mime("n-enc-7"))


@reg
def enc_pgp_mime_bank(c):
    c.add("negative", "encrypted", "pgp-encrypted", "Outbound PGP/MIME-encrypted refund list with parents' bank details to the trust",
          "outbound", staff("lister"), [O["trust"]], "Refunds (encrypted)", pgp_mime("n-enc-8"))


@reg
def enc_pgp_mime_nino(c):
    c.add("negative", "encrypted", "pgp-encrypted", "Outbound PGP/MIME-encrypted DBS applicant details to the screening company",
          "outbound", staff("ashworth"), [O["dbs"]], "DBS applicant", pgp_mime("n-enc-9"))


@reg
def enc_pgp_mime_card(c):
    c.add("negative", "encrypted", "pgp-encrypted", "Outbound PGP/MIME-encrypted card payment details to the supplier",
          "outbound", staff("kaur"), [O["uniform"]], "Payment for phone order", pgp_mime("n-enc-10"))


@reg
def enc_pgp_mime_camhs(c):
    c.add("negative", "encrypted", "pgp-encrypted", "Outbound PGP/MIME-encrypted CAMHS referral",
          "outbound", staff("mcbride"), [O["camhs"]], "Referral (secure)", pgp_mime("n-enc-11"))


@reg
def enc_pgp_inline_uln(c):
    c.add("negative", "encrypted", "pgp-inline", "Outbound inline-PGP message (ULN list) to the partner college",
          "outbound", staff("pearce"), [O["college2"]], "learner numbers", pgp_inline("n-enc-12"))


@reg
def enc_pgp_inline_with_note(c):
    c.add("negative", "encrypted", "pgp-inline", "Outbound inline-PGP message with a short clear-text note before the armour (safeguarding minutes)",
          "outbound", staff("sheikh"), [O["social"]], "Minutes",
          pgp_inline("n-enc-13", before="Minutes encrypted with your team key as agreed.\n\n"))


@reg
def enc_pgp_inline_payroll(c):
    c.add("negative", "encrypted", "pgp-inline", "Outbound inline-PGP NI numbers for new invigilators to payroll",
          "outbound", staff("lister"), [O["payroll"]], "Invigilators",
          pgp_inline("n-enc-14", after="\n--\nKath Lister\nFinance Officer\n"))


@reg
def enc_pgp_inline_exams(c):
    c.add("negative", "encrypted", "pgp-inline", "Outbound inline-PGP special consideration details to the awarding body",
          "outbound", staff("varley"), [O["examboard"]], "Special consideration (PGP)", pgp_inline("n-enc-15"))
