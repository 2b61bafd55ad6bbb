"""Positives, part B: SEN/EHCP, medical, NHS numbers, safeguarding, exam access arrangements."""

from common3 import *  # noqa: F401,F403

REG = []


def reg(f):
    REG.append(f)
    return f


def build(c):
    for f in REG:
        f(c)


@reg
def ep_ehcp_docx(c):
    m = Ctx("p-ep-ehcp-docx")
    ks = m.kids(3, 8)
    paras = ["# EHCP summaries for EP consultation - Year 8"]
    table = [["Pupil", "DOB", "Primary need", "Provision in Section F", "Current concerns"]]
    needs = [("ASD", "1:1 TA for 15 hrs, social communication group, sensory breaks",
              "Masking at school, meltdowns at home; parents requesting specialist placement"),
             ("SLCN", "Weekly SALT (block of 6), pre-teaching of vocabulary",
              "Receptive language well below age; withdrawn in lessons"),
             ("SEMH", "Key adult, daily check-in, access to the Hub",
              "Self-harm disclosed in September; CAMHS waiting list")]
    for k, (need, prov, conc) in zip(ks, needs):
        table.append([k.name, k.d("dmy"), need, prov, conc])
    cover = """Hi Lauren,

Ahead of your visit on Wednesday, the one-page summaries for the three Year 8
students with plans are attached. Full plans are on our system but I can't give
you a login as you're not on our staff list, so I hope this is enough.

Janet Ruddock
SENCo
"""
    c.add("positive", "sen-ehcp", "docx-attachment", "EHCP summaries (named pupils, DOB, primary need, self-harm disclosure) in a docx to a private educational psychologist",
          "outbound", staff("ruddock"), [O["ep"]], "Wednesday - EHCP summaries",
          mixed([cover_part(cover), att_docx("EHCP summaries Y8.docx", paras, [table])], m.key), ctx=m, ids_expected=False)


@reg
def annual_review_wrap(c):
    m = Ctx("p-annual-review-wrap")
    k = m.kid(5)
    text = f"""Dear SEND Team,

Annual review paperwork for {k.first} {k.last} (DOB {k.d('dmy')}), Rowan class. The meeting on 3rd December agreed that {k.first}'s needs have increased: {k.first} now has a diagnosis of autism alongside the existing global developmental delay, is still not toilet trained, and has begun to run out of the classroom several times a day. We are requesting an increase in top-up funding from band C to band E and a change of placement to a specialist setting for Year 7.

Mum and dad both attended and agree with the request. Dad asked that the panel be told about his recent cancer diagnosis, as this is affecting the family's capacity to manage at home.

The signed paperwork is attached separately.

Janet Ruddock, SENCo
"""
    c.add("positive", "sen-ehcp", "wrap72", "Annual review summary for a named Year 5 child with diagnoses, toileting, funding band and parent's illness to the LA SEND team",
          "outbound", staff("ruddock"), [O["la_sen"]], "Annual review outcome", body("wrap72", text, m.key), ctx=m,
          ids_expected=False)


@reg
def sen_register_csv(c):
    m = Ctx("p-sen-register-csv")
    ks = m.kids(19, 7)
    rows = [[k.upn, k.last, k.first, k.form, m.rng.choice(["K", "K", "K", "E"]),
             m.rng.choice(["SpLD (dyslexia)", "ASD", "SEMH", "SLCN", "MLD", "HI", "VI", "PD", "ADHD"]),
             m.rng.choice(["", "Reader", "Laptop", "Movement breaks", "Coloured overlay", "Small group"])] for k in ks]
    csv = csv_text(["UPN", "Surname", "Forename", "Tutor", "SEN status", "Need", "Strategies"], rows)
    cover = "Jess - Y7 SEN register as requested for the tutor training. Please don't share further.\n\nJanet\n"
    c.add("positive", "sen-ehcp", "csv-attachment", "Year 7 SEN register CSV (UPN, names, SEN status, primary need) to the tuition company",
          "outbound", staff("ruddock"), [O["tuition"]], "SEN register Y7",
          mixed([cover_part(cover), att_csv("SEN_register_Y7.csv", csv, cte="7bit")], m.key), ctx=m)


@reg
def one_page_profile_html(c):
    m = Ctx("p-one-page-profile")
    k = m.kid(3)
    inner = f"""<div style="font-family:Verdana;font-size:10pt">
<h3>One-page profile: {k.first} {k.last}</h3>
<p><b>What people like about me:</b> kind, funny, brilliant at drawing dinosaurs.</p>
<p><b>What is important to me:</b> knowing what is happening next (visual timetable), my ear defenders, my blue cup.</p>
<p><b>How best to support me:</b> {k.first} has a diagnosis of Down syndrome and a hearing impairment (wears hearing aids in both ears).
Needs adult support with toileting and at lunchtime because of choking risk - food must be cut up small.
Currently on an EHC needs assessment; the draft plan is due in January.</p>
<p><b>Date of birth:</b> {k.d('long')}</p>
</div>"""
    text = f"""Hi Coach Steve,

Before {k.first} joins the Saturday sessions, mum has asked me to share the one-page profile we use in
school. Please have a read.

Ola
"""
    c.add("positive", "sen-ehcp", "alternative-html-data", "One-page SEN profile (diagnosis, hearing aids, toileting, EHC assessment) for a named child only in the HTML part",
          "outbound", staff("nowicki"), [P["coach1"]], f"{k.first} - one page profile",
          alt(text, html_doc(paras_html(text) + inner), m.key), ctx=m, ids_expected=False)


@reg
def dyslexia_flowed(c):
    m = Ctx("p-dyslexia-flowed")
    k = m.kid(10)
    text = f"""Dear Dr Matthews,

Thank you for agreeing to carry out a private diagnostic assessment for {k.first} {k.last} in Year 10. As requested, here is the background from school.

{k.first}'s standardised scores from our screening in September were: single word reading 78, spelling 74, reading comprehension 88, processing speed 71. Teachers report that {k.first} avoids writing tasks and has become anxious and tearful before tests. There is a family history of dyslexia (dad and older brother).

{k.first} is not currently on our SEN register but receives literacy intervention twice a week. We are hoping the report will support an application for extra time in the GCSEs next year.

Best wishes,
Janet Ruddock
SENCo
"""
    c.add("positive", "sen-ehcp", "flowed", "Background for a private dyslexia assessment: named Year 10 pupil, standardised scores, anxiety, family history",
          "outbound", staff("ruddock"), [O["ep"]], "Assessment background", body("flowed", text, m.key), ctx=m, ids_expected=False)


@reg
def ehcp_consult_fwd(c):
    m = Ctx("p-ehcp-consult-fwd")
    k = m.kid(6, "M")
    inner = f"""Janet,

Outcome of the consultation meeting re {k.first} {k.last} (UPN {k.upn}):

- Named school in the draft plan is Kingsmead; we said we cannot meet need without a full-time 1:1.
- {k.first} had 14 incidents of physical aggression last half term, 3 requiring first aid for staff.
- Mum has a diagnosis of bipolar disorder and was recently sectioned for 28 days; {k.first} stayed with his aunt.
- Paediatrician letter (Dr Oyelaran) confirms ADHD and suspected FASD.

Maeve
"""
    cover = "Hi, please see the consultation notes below, as discussed with your caseworker this morning. Janet\n"
    c.add("positive", "sen-ehcp", "rfc822-forward", "Forwarded EHCP consultation notes (UPN, aggression incidents, parent's mental health, diagnoses) as message/rfc822 to the LA",
          "outbound", staff("ruddock"), [O["la_sen"]], f"Fwd: {k.first} - consultation",
          mixed([cover_part(cover), fwd822(staff("osullivan"), [staff("ruddock")], f"{k.first} - consultation",
                                           D(2026, 11, 3, 16, 40), inner, m.key, shape="base64")], m.key), ctx=m)


@reg
def trip_medical_nhs_xlsx(c):
    m = Ctx("p-trip-nhs-xlsx")
    ks = m.kids(18, 9)
    rows = [["Name", "DOB", "NHS no.", "GP surgery", "Medical conditions", "Medication carried"]]
    for k in ks:
        cond = m.rng.choice(["", "", "", "Asthma", "Anaphylaxis - peanuts", "Type 1 diabetes", "Epilepsy", "Migraine", "Eczema"])
        med = {"": "", "Asthma": "Salbutamol inhaler", "Anaphylaxis - peanuts": "2x EpiPen", "Type 1 diabetes": "Insulin + glucose",
               "Epilepsy": "Buccal midazolam", "Migraine": "Sumatriptan", "Eczema": "Emollient"}[cond]
        rows.append([k.name, k.d("dmy"), ukids.fmt_nhs(k.nhs), m.rng.choice(["Parkview", "Kelby Health Centre", "Riverside"]), cond, med])
    cover = """Hi Voyage team,

Medical list for the Year 9 Normandy trip attached, as per your risk assessment pack.
NHS numbers are included for the EHIC/GHIC forms.

Fiona McBride
School Nurse
"""
    c.add("positive", "nhs-trip", "xlsx-attachment", "Trip medical spreadsheet: 18 pupils with DOB, NHS numbers, conditions and medication to a travel company",
          "outbound", staff("mcbride"), [O["travel"]], "Normandy - medical info",
          mixed([cover_part(cover), att_xlsx("Normandy medical.xlsx", rows, sheet="Medical")], m.key), ctx=m)


@reg
def nhs_numbers_inline_7bit(c):
    m = Ctx("p-nhs-inline")
    ks = m.kids(7, 11)
    lines = "\n".join(f"{k.name}: {k.nhs}" for k in ks)
    text = f"""Ian,

Ski trip insurance claim - the insurer wants each injured/ill student's NHS nos. Here they are,
no spaces as they asked:

{lines}

Harjit
"""
    c.add("positive", "nhs-trip", "7bit", "Seven pupils with unformatted NHS numbers for an insurance claim, to the insurer",
          "outbound", staff("gill"), [O["insurer"]], "Claim SC-2207 NHS numbers", body("7bit", text, m.key), ctx=m)


@reg
def allergy_catering_qp(c):
    m = Ctx("p-allergy-qp")
    ks = m.kids(8, 1) + m.kids(6, 2)
    lines = "\n".join(f"{k.first} {k.last} ({k.form}) \u2013 {a}" for k, a in zip(
        ks, ["milk & egg", "peanut, tree nuts \u2013 EpiPen", "coeliac", "sesame", "kiwi", "fish", "milk (non-IgE)",
             "peanut \u2013 EpiPen", "wheat", "soya", "egg", "mustard", "lupin", "peanut"]))
    text = f"""Hi FreshPlate,

Updated allergy list for KS1 following the nurse\u2019s review \u2013 please print for the servery:

{lines}

Several of these have changed since September so please bin the old sheet.

Siobhan
"""
    c.add("positive", "medical", "qp", "KS1 allergy list naming fourteen children with their allergies and EpiPens to the catering contractor",
          "outbound", staff("brennan"), [O["catering"]], "Allergy list \u2013 KS1 (updated)", body("qp", text, m.key), ctx=m,
          ids_expected=False)


@reg
def care_plan_pdfless_b64(c):
    m = Ctx("p-careplan-b64")
    k = m.kid(8)
    text = f"""Hello Parkview Surgery,

I am the school nurse at Kingsmead. We are updating the individual healthcare plan for {k.first} {k.last},
date of birth {k.d('dmy')}, NHS number {k.nhsf('334')}. Could the GP confirm the current dose of
{k.first}'s levetiracetam and whether the rescue medication protocol has changed since the admission
to hospital in October after a prolonged seizure?

Mum has given verbal consent for us to contact you.

Fiona McBride RN
"""
    c.add("positive", "medical", "base64", "School nurse asks a GP about a named pupil's epilepsy medication, with DOB and NHS number (base64)",
          "outbound", staff("mcbride"), [O["gp"]], "Healthcare plan - medication query", body("base64", text, m.key), ctx=m)


@reg
def diabetes_html_table(c):
    m = Ctx("p-diabetes-html")
    ks = m.kids(4, 10)
    rows = [[k.name, k.d("dmy"), k.nhsf("plain"), m.rng.choice(["Pump", "Pens", "Pens", "Pump"]), "%.1f units" % (m.rng.randrange(4, 15) / 2)] for k in ks]
    inner = ("<p>Dear Alpine Ski Tours,</p><p>Four of our party have Type 1 diabetes. Their details for the resort medical centre:</p>"
             + t_html(["Student", "DOB", "NHS", "Regime", "Typical lunch bolus"], rows, "border")
             + "<p>Each will carry a hypo kit and a letter from their consultant.</p><p>Fiona McBride<br>School Nurse</p>")
    c.add("positive", "nhs-trip", "html-only", "HTML table of four diabetic pupils with DOB, bare NHS numbers and insulin regimes to a tour operator",
          "outbound", staff("mcbride"), [O["ski"]], "Medical - T1 diabetes in our group",
          body("html-only", "", m.key, html=html_doc(inner)), ctx=m)


@reg
def medical_latin1(c):
    m = Ctx("p-medical-latin1")
    ks = m.kids(5, 9)
    lines = "\n".join(f"{k.first} {k.last} - {c_} - {k.nhsf('334')}" for k, c_ in zip(
        ks, ["asthme / asthma", "allergie arachide (EpiPen)", "diabète type 1", "épilepsie", "asthma"]))
    text = f"""Chère Marie,

For the host families, the students with medical conditions, with their NHS numbers in case of a visit to
the hôpital or médecin:

{lines}

Medication will travel with a teacher. Merci beaucoup!

Fiona McBride (infirmière scolaire)
"""
    c.add("positive", "nhs-trip", "latin1", "Exchange trip: five pupils' medical conditions and NHS numbers to the partner school, iso-8859-1",
          "outbound", staff("mcbride"), [O["exchange"]], "Santé des élèves - exchange", body("latin1", text, m.key), ctx=m)


@reg
def dental_consent_csv_zip(c):
    m = Ctx("p-dental-zip")
    ks = m.kids(27, 1)
    rows = [[k.last, k.first, k.d("dmy"), k.nhsf("plain"), m.rng.choice(["Parkview", "Riverside", "Kelby HC"]), m.rng.choice(["Yes", "Yes", "No"])] for k in ks]
    csv = csv_text(["Surname", "First name", "Date of birth", "NHS Number", "GP", "Fluoride varnish consent"], rows)
    cover = "Hi SmileBus, as requested, consents for Year 1 (zipped because our filter strips .csv apparently!).\nSimran\n"
    c.add("positive", "nhs-trip", "zip-attachment", "Year 1 dental-visit consent CSV (DOB, NHS numbers) in a zip to a mobile dental service",
          "outbound", staff("kaur"), [O["dental"]], "Year 1 consents",
          mixed([cover_part(cover), att_zip("Y1 consents.zip", [("Y1_consents.csv", csv)])], m.key), ctx=m)


@reg
def asthma_register_cp1252(c):
    m = Ctx("p-asthma-cp1252")
    ks = m.kids(9, 8)
    lines = "\n".join(f"{k.first} {k.last}\u2003{k.form}\u2003{k.d('dmy')}\u2003{m.rng.choice(['brown + blue', 'blue only', 'blue only', 'spacer needed'])}".replace("\u2003", " \u2013 ")
                      for k in ks)
    text = f"""Hi Gareth,

Asthma register for the boys on your U14 list (Chidi said you\u2019d asked for anyone with \u201cmedical stuff\u201d):

{lines}

They should all have their blue inhaler with them. Shout if you need the care plans.

Fiona
"""
    c.add("positive", "medical", "cp1252", "Asthma register of nine named pupils with DOB and inhaler details to a rugby club, windows-1252",
          "outbound", staff("mcbride"), [O["rugby"]], "Asthma register \u2013 U14s", body("cp1252", text, m.key), ctx=m,
          ids_expected=False)


@reg
def mental_health_signed(c):
    m = Ctx("p-mh-signed")
    k = m.kid(11)
    text = f"""Dear Kindred intake team,

Referral for counselling: {k.first} {k.last}, Year 11, DOB {k.d('dmy')}.

{k.first} disclosed to their form tutor last week that they have been cutting their arms and thighs for
about six months, and has been having thoughts of ending their life, although reports no plan. We have
completed a safety plan with {k.first} and informed mum, who is supportive. {k.first} identifies as
non-binary and describes bullying related to this. GP appointment booked for Friday.

The family cannot afford private sessions; we have agreed to fund six sessions from the school budget.

Nadia Sheikh
Designated Safeguarding Lead
"""
    c.add("positive", "medical", "smime-signed", "S/MIME-signed counselling referral: named Y11 pupil, DOB, self-harm, suicidal thoughts, gender identity",
          "outbound", staff("sheikh"), [O["counsel"]], "Counselling referral", signed(ms.text_part(text, cte="quoted-printable"), m.key),
          ctx=m, ids_expected=False)


@reg
def safeguarding_home_cp1252(c):
    m = Ctx("p-sg-home-cp1252")
    k = m.kid(7, "F")
    pf, pl = m.person("M")
    text = f"""Notes from today so I can write up on CPOMS tonight \u2013 the system\u2019s down:

08:50 {k.first} {k.last} (7B) came to the office crying, said she didn\u2019t want to go home. Said mum\u2019s boyfriend ({pf}) \u201cgrabbed her by the neck\u201d on Sunday when she wouldn\u2019t turn her phone off. Bruising visible on left side of neck approx 3cm.
09:15 Spoke to {k.first} with AP present. Consistent account. Younger brother (Y3) also in the house.
09:40 Call to MASH \u2013 strategy discussion to be held today. Advised not to contact mum yet.
12:30 Police attended school, {k.first} to go to nan\u2019s tonight.

N
"""
    c.add("positive", "safeguarding", "cp1252", "DSL emails her own safeguarding notes (named child, injury, MASH and police) to a personal address, windows-1252",
          "outbound", staff("sheikh"), [P["home_sheikh"]], "notes for cpoms", body("cp1252", text, m.key), ctx=m, ids_expected=False)


@reg
def safeguarding_chronology_docx(c):
    m = Ctx("p-sg-chron-docx")
    k = m.kid(9)
    rows = [["Date", "Event", "Action"],
            ["04/09/2026", f"{k.first} arrived without lunch 4 days in a row; appeared hungry and unkempt", "Logged; breakfast club offered"],
            ["22/09/2026", f"{k.first} said dad 'sleeps all day' and there are 'needles in the bathroom'", "Referral to Children's Services"],
            ["30/09/2026", "Strategy discussion; S47 enquiry opened", "DSL attended"],
            ["15/10/2026", f"{k.first} placed on a Child Protection Plan (neglect)", "Core group member: N Sheikh"],
            ["02/11/2026", "Missed school for 3 days; no contact from family", "Home visit with police welfare check"]]
    paras = [f"# Safeguarding chronology - {k.first} {k.last} (DOB {k.d('dmy')})", "STRICTLY CONFIDENTIAL"]
    cover = "Neil,\n\nThe chronology you asked for ahead of the family court hearing is attached.\n\nNadia Sheikh, DSL\n"
    c.add("positive", "safeguarding", "docx-attachment", "Safeguarding chronology docx for a named child on a CP plan (neglect, drug use) to a solicitor",
          "outbound", staff("sheikh"), [O["solicitor"]], "Chronology requested",
          mixed([cover_part(cover), att_docx("Chronology.docx", paras, [rows])], m.key), ctx=m, ids_expected=False)


@reg
def safeguarding_police_7bit(c):
    m = Ctx("p-sg-police")
    ks = [m.kid(10, "M"), m.kid(10, "M"), m.kid(10)]
    text = f"""Andy,

Following the incident at the bus stop on Friday, the three students involved are {ks[0].first} {ks[0].last} (DOB {ks[0].d('dmy')}),
{ks[1].first} {ks[1].last} (DOB {ks[1].d('dmy')}) and {ks[2].first} {ks[2].last} (DOB {ks[2].d('dmy')}). {ks[0].first} says the
older males were selling cannabis and asked him to 'hold' a package. We are worried about criminal
exploitation - {ks[0].first} has had new trainers and a second phone recently and has gone missing twice.

Alun Price
Deputy DSL
"""
    c.add("positive", "safeguarding", "7bit", "Possible criminal exploitation: three named pupils with DOBs and details to the schools police officer",
          "outbound", staff("price"), [O["police"]], "Friday bus stop incident", body("7bit", text, m.key), ctx=m, ids_expected=False)


@reg
def safeguarding_social_alt(c):
    m = Ctx("p-sg-social-alt")
    k = m.kid(2, "F")
    text = f"""Duty Team,

Referral follow-up for {k.first} {k.last}, Year 2, UPN {k.upn}.

This morning {k.first} told her teacher that "daddy hits mummy when he's drunk" and that she hides under
the bed. She has a healed burn mark on her forearm which mum previously said was from the oven.
Mum has disclosed domestic abuse to our family support worker and is frightened to leave.

Please call me on the school number.

Alun Price, Deputy DSL
"""
    c.add("positive", "safeguarding", "alternative", "Domestic-abuse disclosure by a named Year 2 child with UPN to children's services duty team (text+HTML)",
          "outbound", staff("price"), [O["social"]], "Referral follow up - Year 2",
          alt(text, html_doc(paras_html(text, True), outlook=True), m.key), ctx=m)


@reg
def safeguarding_flowed_delsp(c):
    m = Ctx("p-sg-delsp")
    k = m.kid(12, "F")
    text = f"""Hi Nadia - sorry to use my own email, I'm off sick but didn't want this to wait. {k.first} {k.last} in 12Q messaged me on Instagram last night (I know, I know, I've blocked her now) saying she was pregnant and her stepdad "can't find out". She said she's been staying at her boyfriend's who is 24. Screenshots attached. Can you pick this up today? Greg
"""
    c.add("positive", "safeguarding", "flowed-delsp", "Tutor reports a sixth-former's pregnancy and an adult boyfriend from his personal account to the DSL, cc personal address (flowed delsp)",
          "outbound", staff("fenton"), [staff("sheikh")], "Urgent - 12Q student",
          body("flowed-delsp", text, m.key), cc=[P["home_fenton"]], ctx=m, ids_expected=False)


@reg
def safeguarding_rfc822_home(c):
    m = Ctx("p-sg-fwd-home")
    ks = m.kids(2, 8)
    inner = f"""CONFIDENTIAL - Strategy meeting minutes

Children: {ks[0].first} {ks[0].last} (DOB {ks[0].d('dmy')}), {ks[1].first} {ks[1].last} (DOB {ks[1].d('dmy')})
Present: DS Carter (police), J Ellis (social worker), N Sheikh (school DSL)

Concerns: online grooming via a gaming platform; both girls sent images to an adult male. Device seized.
Outcome: S47 enquiries, joint visit tomorrow. School to provide daily check-in.
"""
    cover = "fwd to home so I can read it on the train - N\n"
    c.add("positive", "safeguarding", "rfc822-forward", "Strategy meeting minutes about two named girls (DOBs, grooming) forwarded as attachment to the DSL's personal address",
          "outbound", staff("sheikh"), [P["home_sheikh"]], "Fwd: Strategy meeting minutes",
          mixed([cover_part(cover), fwd822(O["social"], [staff("sheikh")], "Strategy meeting minutes", D(2026, 11, 4, 17, 5),
                                           inner, m.key, shape="7bit")], m.key), ctx=m, ids_expected=False)


@reg
def access_arrangements_alt_html(c):
    m = Ctx("p-aa-alt-html")
    ks = m.kids(8, 11)
    rows = [[str(m.rng.randrange(1000, 9999)), k.name, k.d("dmy"),
             m.rng.choice(["25% extra time", "25% extra time, reader", "Scribe", "Word processor", "Separate room, rest breaks", "Modified paper (A3)"]),
             m.rng.choice(["Dyslexia (assessed by SpLD specialist)", "ASD", "Anxiety (CAMHS letter)", "Visual impairment", "Dyspraxia"])]
            for k in ks]
    text = "Please see the table in the HTML view for the Y11 access arrangements for the mock exams.\n\nEmma Varley, Exams Officer\n"
    html = html_doc("<p>Hi Invigilate UK,</p><p>Access arrangements for the mocks, so your invigilators can set up rooms:</p>"
                    + t_html(["Cand no", "Candidate", "DOB", "Arrangement", "Evidence / need"], rows, "border")
                    + "<p>Emma Varley<br>Exams Officer</p>")
    c.add("positive", "exam-access", "alternative-html-data", "Access arrangements: candidate numbers, names, DOBs, arrangements and diagnoses only in the HTML alternative, to an invigilation agency",
          "outbound", staff("varley"), [O["invig"]], "Mock exams - access arrangements", alt(text, html, m.key), ctx=m, ids_expected=False)


@reg
def access_arrangements_csv(c):
    m = Ctx("p-aa-csv")
    ks = m.kids(14, 11)
    rows = [[str(4000 + i * 3), k.last, k.first, k.d("dmy"), k.uln, m.rng.choice(["ET25", "ET25;RDR", "SCR", "WP", "RB;SR", "ET25;WP"]),
             m.rng.choice(["Form 8 on file", "Form 8 on file", "Medical letter"])] for i, k in enumerate(ks)]
    csv = csv_text(["Cand No", "Surname", "Forenames", "DOB", "ULN", "Arrangements", "Evidence"], rows)
    cover = "Dear Centre Support,\n\nAs requested by your inspector, our AA list for the summer series. Codes as per the JCQ key.\n\nE Varley\n"
    c.add("positive", "exam-access", "csv-attachment", "Access-arrangements CSV with candidate numbers, DOBs, ULNs and arrangement codes to an awarding body",
          "outbound", staff("varley"), [O["examboard"]], "Access arrangements - centre 48213",
          mixed([cover_part(cover), att_csv("AA_summer.csv", csv, cte="base64")], m.key), ctx=m)


@reg
def access_arr_wrap_single(c):
    m = Ctx("p-aa-single")
    k = m.kid(13, "F")
    text = f"""Dear Sir/Madam,

Candidate {k.first} {k.last}, date of birth {k.d('long')}, ULN {k.uln}, broke her right wrist on Saturday and will be unable to write in the A-level Chemistry paper on Tuesday. We would like to apply for a scribe under a temporary injury arrangement. The hospital discharge letter is available if needed.

Regards, Emma Varley (Exams Officer, centre 48213)
"""
    c.add("positive", "exam-access", "wrap72", "Temporary-injury access arrangement request for one named candidate with DOB and ULN (hard-wrapped)",
          "outbound", staff("varley"), [O["examboard"]], "Temporary injury - scribe request", body("wrap72", text, m.key), ctx=m)


@reg
def special_consideration_utf8(c):
    m = Ctx("p-specialcons-utf8")
    ks = [m.kid(11, "F"), m.kid(11), m.kid(11)]
    reasons = ["bereavement – her father died on 14 May", "admitted to hospital (appendicitis) the night before Paper 2",
               "severe panic attack during the exam – ongoing CAMHS treatment for anxiety"]
    lines = "\n\n".join(f"• {k.first} {k.last}, DOB {k.d('dmy')}, candidate {m.rng.randrange(1000, 9999)}\n  {r}"
                        for k, r in zip(ks, reasons))
    text = f"""Hello,

Special consideration requests for three candidates – the portal won’t accept the uploads:

{lines}

Supporting evidence held on file.

Emma Varley
"""
    c.add("positive", "exam-access", "utf8-8bit", "Special consideration for three named candidates with DOBs, bereavement and mental-health reasons (8bit utf-8)",
          "outbound", staff("varley"), [O["examboard"]], "Special consideration – portal failing",
          body("utf8-8bit", text, m.key), ctx=m, ids_expected=False)


@reg
def aa_xlsx_home(c):
    m = Ctx("p-aa-xlsx-home")
    ks = m.kids(30, 10)
    rows = [["Candidate", "Date of Birth", "UPN", "Reading SS", "Processing SS", "AA recommended"]]
    for k in ks:
        rows.append([k.name, k.d("dmy"), k.upn, m.rng.randrange(70, 100), m.rng.randrange(65, 100),
                     m.rng.choice(["25% ET", "Reader", "None", "Rest breaks", "WP"])])
    cover = "Sending to my personal account to finish the Form 8s at home.\n"
    c.add("positive", "exam-access", "xlsx-attachment", "Exams officer sends an AA testing spreadsheet (names, DOBs, UPNs, standardised scores) to her personal address",
          "outbound", staff("varley"), [P["home_varley"]], "form 8 data",
          mixed([cover_part(cover), att_xlsx("AA testing Y10.xlsx", rows, sheet="Y10")], m.key), ctx=m)


@reg
def sen_summary_text_attachment(c):
    m = Ctx("p-sen-textatt")
    ks = m.kids(6, 9)
    block = "\n\n".join(f"{k.name.upper()} ({k.form}) DOB {k.d('dmy')}\nNeed: {n}\nStrategies: {s}" for k, (n, s) in zip(ks, [
        ("ASD, PDA profile", "avoid demands phrased as instructions; offer choices"),
        ("Dyslexia", "copies of slides; no reading aloud"),
        ("ADHD (medicated)", "movement breaks; seat near front"),
        ("Hearing impairment", "radio aid - check it's on"),
        ("SEMH - previous trauma, LAC", "no raised voices; key adult Ms Bello"),
        ("Tourette's", "ignore tics; time-out card")]))
    cover = "Hi Steph, the pen portraits for the Year 9 taster day are in the attached text file.\nJanet\n"
    c.add("positive", "sen-ehcp", "text-attachment", "Pen portraits (names, DOBs, SEN needs, looked-after status) in a .txt attachment to a college",
          "outbound", staff("ruddock"), [O["college2"]], "Y9 taster day - pen portraits",
          mixed([cover_part(cover), att_text("pen portraits Y9.txt", block, cte="quoted-printable")], m.key), ctx=m, ids_expected=False)


@reg
def camhs_referral_html_attachment(c):
    m = Ctx("p-camhs-htmlatt")
    k = m.kid(8)
    pf, pl = m.person()
    html = html_doc(f"""<h2>CAMHS referral form</h2>
<table border="1" cellpadding="4">
<tr><td>Name</td><td>{k.first} {k.last}</td></tr>
<tr><td>Date of birth</td><td>{k.d('dmy')}</td></tr>
<tr><td>NHS number</td><td>{k.nhsf('334')}</td></tr>
<tr><td>Parent/carer</td><td>{pf} {pl}</td></tr>
<tr><td>Reason for referral</td><td>Restricting food intake; weight loss noticed by PE staff; fainted twice in school. Mother reports {k.first} vomits after meals.</td></tr>
<tr><td>Consent</td><td>Parent and young person consent</td></tr>
</table>""")
    cover = "Please find our referral attached (HTML form from your website would not submit).\n\nFiona McBride\n"
    c.add("positive", "medical", "html-attachment", "CAMHS referral (name, DOB, NHS number, eating-disorder concerns) as an attached HTML form",
          "outbound", staff("mcbride"), [O["camhs"]], "Referral - suspected eating disorder",
          mixed([cover_part(cover), att_html("referral.html", html)], m.key), ctx=m)


@reg
def epipen_list_wrap(c):
    m = Ctx("p-epipen-wrap")
    ks = m.kids(6, 7)
    lines = "\n".join(f"{k.first} {k.last} - {k.form} - born {k.d('dotted')} - {m.rng.choice(['peanut', 'tree nut', 'sesame', 'egg', 'shellfish'])} - pens in {m.rng.choice(['bag', 'office', 'bag + office'])}"
                      for k in ks)
    text = f"""Hi Hillside,

For your first-aider, the children coming on Thursday who carry adrenaline auto-injectors:

{lines}

Please could the kitchen confirm the packed lunches are nut free.

Fiona
"""
    c.add("positive", "medical", "wrap72", "Six named Y7 pupils with dates of birth and anaphylaxis allergies to an outdoor centre",
          "outbound", staff("mcbride"), [O["outdoor"]], "Auto-injector list for Thursday", body("wrap72", text, m.key), ctx=m,
          ids_expected=False)


@reg
def sen_qp_parent_group(c):
    m = Ctx("p-sen-qp-group")
    ks = m.kids(4, 4)
    lines = "\n".join(f"\u2022 {k.first} {k.last} \u2013 {n}" for k, n in zip(ks, [
        "autism, non-verbal, uses PECS", "cerebral palsy, uses a walking frame", "ADHD and attachment difficulties (adopted)",
        "global developmental delay, EHCP in progress"]))
    text = f"""Dear Mrs Barlow,

Thank you for volunteering with the Year 4 SEN swimming group. So you know who you\u2019ll be working with:

{lines}

Please keep this to yourself \u2013 not all the parents want their child\u2019s diagnosis shared with other parents.

Ola Nowicki
"""
    c.add("positive", "sen-ehcp", "qp", "Named Year 4 children with diagnoses (autism, CP, adoption) sent to a volunteer's personal address",
          "outbound", staff("nowicki"), [P["tutor1"]], "Swimming group", body("qp", text, m.key), ctx=m, ids_expected=False)


@reg
def nhs_dash_format_signed(c):
    m = Ctx("p-nhs-dash-signed")
    ks = m.kids(5, 13)
    lines = "\n".join(f"{k.last}, {k.first} | {k.nhsf('dash')} | {k.d('iso')}" for k in ks)
    text = f"""Hi,

Meningitis ACWY catch-up for our Year 13s who missed it in Year 9. Surname, forename | NHS no | DOB:

{lines}

Thanks,
Fiona McBride
"""
    c.add("positive", "nhs-trip", "smime-signed", "S/MIME-signed list of Year 13 pupils with hyphenated NHS numbers and DOBs to the immunisation team",
          "outbound", staff("mcbride"), [O["immun"]], "MenACWY catch up", signed(ms.text_part(text, cte="7bit"), m.key), ctx=m)


@reg
def ehcp_base64_parent_solicitor(c):
    m = Ctx("p-ehcp-tribunal-b64")
    k = m.kid(7)
    text = f"""Dear Mr Fairbairn,

Further to your letter on behalf of the family, please find the school's comments for the SEND tribunal.

{k.first} {k.last} (date of birth {k.d('dmy')}, UPN {k.upn}) has an EHCP for autism and severe anxiety. Attendance
this year is 41%. {k.first} has not entered a classroom since October and spends the day in our inclusion room.
Our view is that we cannot meet need and that the specialist placement requested by the family is appropriate.

Yours sincerely,
Maeve O'Sullivan
Assistant Head (Inclusion)
"""
    c.add("positive", "sen-ehcp", "base64", "Tribunal comments about a named pupil with DOB, UPN, EHCP needs and attendance to a family's solicitor (base64)",
          "outbound", staff("osullivan"), [O["solicitor"]], "SEND tribunal - school comments", body("base64", text, m.key), ctx=m)


@reg
def medical_alt_text_only(c):
    m = Ctx("p-medical-alttext")
    ks = m.kids(5, 6)
    text = "Hi Steve,\n\nThe children with medical needs for Saturday's festival:\n\n" + "\n".join(
        f"{k.first} {k.last} ({k.d('dmy')}) - {c_}" for k, c_ in zip(ks, ["asthma", "epilepsy - rescue meds with Mrs McBride", "hearing aids", "type 1 diabetes", "heart condition - no contact sports"])) + \
        "\n\nOla\n"
    html = html_doc("<p>Hi Steve,</p><p>The children with medical needs for Saturday's festival are listed in the plain-text version.</p><p>Ola</p>")
    c.add("positive", "medical", "alternative-text-data", "Five named children with DOBs and medical needs only in the text/plain alternative",
          "outbound", staff("nowicki"), [P["coach1"]], "Saturday - medical", alt(text, html, m.key), ctx=m, ids_expected=False)


@reg
def safeguarding_latin1_pastoral(c):
    m = Ctx("p-sg-latin1")
    k = m.kid(10, "F")
    text = f"""Hi Dr Matthews,

Could you give me some advice? One of our Year 10s, {k.first} {k.last} (d.o.b. {k.d('dmy')}), has told me
that her uncle touched her inappropriately over the summer holidays. She made me promise not to tell
anyone, and I haven't told our DSL yet because she's away. Should I contact social services myself?
She's très fragile at the moment and self-harming.

Kemi Bello - Pastoral
"""
    c.add("positive", "safeguarding", "latin1", "Pastoral manager seeks outside advice about a named pupil's sexual-abuse disclosure, with DOB (iso-8859-1)",
          "outbound", staff("bello"), [O["ep"]], "Advice please - disclosure", body("latin1", text, m.key), ctx=m, ids_expected=False)


@reg
def lac_pep_docx(c):
    m = Ctx("p-lac-pep-docx")
    k = m.kid(9)
    paras = [f"# Personal Education Plan - {k.first} {k.last}", f"UPN: {k.upn}    DOB: {k.d('long')}",
             "Legal status: Section 31 Care Order. Placement: long-term foster care (placement 4 since 2020).",
             "Birth mother has supervised contact monthly; no contact with birth father (Schedule 1 offender).",
             "Pupil Premium Plus spend: 1:1 maths tuition; therapeutic art sessions.",
             "Targets: attendance above 95%; move from SEN support to no longer requiring."]
    cover = "Hi, the autumn PEP for the virtual school is attached. Kemi Bello\n"
    c.add("positive", "safeguarding", "docx-attachment", "Looked-after child's PEP (UPN, DOB, care order, offender parent) in a docx to an outside foster agency",
          "outbound", staff("bello"), [("education@brightfutures-fostering.example", "Bright Futures Fostering")], "PEP autumn term",
          mixed([cover_part(cover), att_docx("PEP autumn.docx", paras)], m.key), ctx=m)


@reg
def sen_html_attachment_la(c):
    m = Ctx("p-sen-htmlatt-la")
    ks = m.kids(7, 6)
    rows = [[k.name, k.upn, k.d("dmy"), m.rng.choice(["EHCP", "EHC assessment", "SEN support"]),
             m.rng.choice(["ASD", "SLCN", "SEMH", "MLD", "PD"]), m.rng.choice(["Specialist", "Mainstream + resource base", "Mainstream"])] for k in ks]
    html = html_doc("<h3>Year 6 SEND transition return</h3>" + t_html(["Pupil", "UPN", "DOB", "Status", "Need", "Recommended Y7 placement"], rows))
    cover = "Hi SEND team, our transition return is attached as an HTML file (exported from the tracker).\n\nMaeve\n"
    c.add("positive", "sen-ehcp", "html-attachment", "Year 6 SEND transition return (names, UPNs, DOBs, needs) as an HTML attachment to the LA",
          "outbound", staff("osullivan"), [O["la_sen"]], "Transition return",
          mixed([cover_part(cover), att_html("Y6_SEND_transition.html", html)], m.key), ctx=m)


@reg
def safeguarding_mash_qp(c):
    m = Ctx("p-sg-mash-qp")
    k = m.kid(5)
    text = f"""MASH referral \u2013 additional information

Child: {k.first} {k.last}
D.O.B.: {k.d('dmy')}
UPN: {k.upn}
Address: {m.rng.randrange(2, 60)} Hawthorn Close, Kelby NS7 4PW

{k.first} has arrived at school with unexplained bruising on three occasions this half term (photos on file). Today
{k.first} said \u201cmummy\u2019s friend did it because I was naughty\u201d. Mum\u2019s new partner is believed to be known to police.

Alun Price
"""
    c.add("positive", "safeguarding", "qp", "MASH referral detail for a named Year 5 child: DOB, UPN, address, unexplained bruising",
          "outbound", staff("price"), [O["social"]], "MASH referral \u2013 additional info", body("qp", text, m.key), ctx=m)


@reg
def hearing_support_flowed(c):
    m = Ctx("p-hearing-flowed")
    ks = m.kids(3, 3)
    text = "Hi Shire Music Hub,\n\nFor the whole-class ukulele sessions, three children in Beech class have hearing impairments: " + \
        ", ".join(f"{k.first} {k.last} (cochlear implant{' and radio aid' if i == 0 else ''}, born {k.d('long')})" for i, k in enumerate(ks)) + \
        ". Please make sure your tutor faces the class and uses the radio aid transmitter. The teacher of the deaf can visit if you'd like training.\n\nBest, Ben\n"
    c.add("positive", "medical", "flowed", "Three named Year 3 children with hearing impairments and dates of birth to the music hub",
          "outbound", staff("whitlock"), [O["music"]], "Ukulele sessions - hearing impaired pupils", body("flowed", text, m.key), ctx=m,
          ids_expected=False)


@reg
def exam_aa_flowed_delsp(c):
    m = Ctx("p-aa-delsp")
    ks = m.kids(5, 11)
    items = " ".join(f"({i}) {k.first} {k.last}, cand. {m.rng.randrange(1000, 9999)}, DOB {k.d('dmy')}: {a}." for i, (k, a) in enumerate(zip(ks, [
        "reader and separate room (visual stress)", "25% extra time (dyslexia)", "prompter (ADHD)", "rest breaks (chronic fatigue syndrome)",
        "modified enlarged paper A3 (nystagmus)"]), 1))
    text = f"""Hi, for the English Language mock on Monday please could your invigilators note the following: {items} Thanks, Emma
"""
    c.add("positive", "exam-access", "flowed-delsp", "Five candidates with DOBs and arrangements/diagnoses in one flowed delsp=yes paragraph to an invigilation agency",
          "outbound", staff("varley"), [O["invig"]], "Monday mock", body("flowed-delsp", text, m.key), ctx=m, ids_expected=False)


@reg
def nhs_csv_plain_list(c):
    m = Ctx("p-nhs-csv-tsv")
    ks = m.kids(12, 7)
    rows = [[k.name, k.d("dmy"), k.nhsf("334"), m.rng.choice(["flu nasal", "flu nasal", "flu injection (gelatine-free)"])] for k in ks]
    tsv = "\n".join("\t".join(r) for r in [["Name", "DOB", "NHS no", "Vaccine"]] + rows) + "\n"
    cover = "Consented Y7s for flu. Tab separated as your system prefers.\n"
    c.add("positive", "nhs-trip", "csv-attachment", "Flu vaccination TSV attachment: twelve Y7 pupils with DOB and NHS numbers",
          "outbound", staff("mcbride"), [O["immun"]], "Y7 flu consents",
          mixed([cover_part(cover), ms.text_part(tsv, subtype="tab-separated-values", filename="y7_flu.tsv", cte="base64")], m.key), ctx=m)
