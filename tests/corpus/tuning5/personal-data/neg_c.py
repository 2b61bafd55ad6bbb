"""Negatives, part C: a single pupil by first name, policy documents, the organisation's own
bank details, newsletters mentioning dates of birth, anonymised statistics, blank templates."""

import random

from common3 import *  # noqa: F401,F403

REG = []


def reg(f):
    REG.append(f)
    return f


def build(c):
    for f in REG:
        f(c)


SCHOOL_BANK = ukids.make_bank(random.Random("school-account"))     # Kingsmead School (organisation)
PTA_BANK = ukids.make_bank(random.Random("pta-account"))           # Friends of Kingsmead (registered charity)
TRUST_BANK = ukids.make_bank(random.Random("trust-account"))       # Valley Learning Trust


# ------------------------------------------------------------- single pupil, first name only
@reg
def single_pe_kit(c):
    text = """Hi Mrs Walsh,

Just to let you know Ellie left her PE kit in the changing rooms again - it's in lost property by
reception whenever you're passing.

She played brilliantly in netball today, by the way!

Mr Okoye
"""
    c.add("negative", "single-pupil", "7bit", "Teacher tells a parent her daughter (first name only) left her PE kit",
          "outbound", staff("okoye"), [P["parent4"]], "PE kit", body("7bit", text, "n-single-pe"))


@reg
def single_star_assembly(c):
    text = """Dear Mr Singh,

I wanted to drop you a quick line to say how proud we all were of Arjun in assembly this morning.
He read his poem about autumn beautifully and the whole hall was silent. He's earned a headteacher's
award and will bring his certificate home on Friday.

Best wishes,
Ben Whitlock
"""
    c.add("negative", "single-pupil", "alternative", "Praise email to a parent about his son (first name only)",
          "outbound", staff("whitlock"), [P["parent3"]], "A lovely moment in assembly", alt(text, html_doc(paras_html(text)), "n-single-star"))


@reg
def single_homework_reminder(c):
    text = """Hi Mrs Kowalczyk,

Tomasz is missing two pieces of maths homework (the fractions sheet and the online quiz). He says he
couldn't log in - the password reset link is on the school website, or he can come to homework club
on Wednesday at 3.15 and we'll sort it out together.

Thanks,
Mr Murray
"""
    c.add("negative", "single-pupil", "wrap72", "Homework reminder to a parent mentioning her son by first name",
          "outbound", staff("murray"), [P["parent5"]], "Maths homework", body("wrap72", text, "n-single-hw"))


@reg
def single_lost_glasses_utf8(c):
    text = """Hello Mr Holt,

Found: a pair of blue glasses in a black case with “Maisie” written on the inside. Is it your Maisie’s? They’re at the office.

Simran – Reception
"""
    c.add("negative", "single-pupil", "utf8-8bit", "Lost glasses note naming a child by first name only (8bit utf-8)",
          "outbound", staff("kaur"), [P["parent2"]], "Glasses found", body("utf8-8bit", text, "n-single-glasses"))


@reg
def single_work_experience_thanks(c):
    text = """Dear Lorraine,

Thank you so much for having Kai with you last week. He came back buzzing about the CAD software and
has already asked whether he can look at engineering apprenticeships. Your team were brilliant.

Best wishes,
Tahmina Rahman
Careers Adviser
"""
    c.add("negative", "single-pupil", "flowed", "Thank-you to a work-experience employer mentioning one pupil by first name",
          "outbound", staff("rahman"), [O["workexp"]], "Thank you!", body("flowed", text, "n-single-wex"))


@reg
def single_club_place(c):
    text = """Hi Steve,

Could you squeeze one more into Saturday's multi-skills session? Lily in Year 2 is really keen and her
mum will drop her off at 9.50. I'll add her to the register.

Thanks – Ola
"""
    c.add("negative", "single-pupil", "qp", "Asks a coach to add one Year 2 child (first name only) to a club session",
          "outbound", staff("nowicki"), [P["coach1"]], "One more for Saturday?", body("qp", text, "n-single-club"))


@reg
def single_reading_cp1252(c):
    text = """Dear Mrs Dawson,

Thank you for the lovely card. Jacob\u2019s reading has come on leaps and bounds this term \u2013 he\u2019s now on the \u201cwhite\u201d band
and choosing chapter books from the library. Keep up the bedtime stories!

Mr Whitlock
"""
    c.add("negative", "single-pupil", "cp1252", "Reply to a parent about her son's reading progress, first name only, windows-1252",
          "outbound", staff("whitlock"), [P["parent6"]], "Thank you", body("cp1252", text, "n-single-reading"))


@reg
def single_music_signed(c):
    text = """Dear Festival Secretary,

One of our pianists, Freya, has had to withdraw from Saturday's Under 12 class because of a family
wedding. Please could you pass our apologies to the adjudicator? No refund needed.

Imogen Blake
Director of Music
"""
    c.add("negative", "single-pupil", "smime-signed", "S/MIME-signed withdrawal of one entrant known only by first name",
          "outbound", staff("blake"), [O["festival"]], "Withdrawal - Under 12 piano", signed(ms.text_part(text, cte="7bit"), "n-single-music"))


# ------------------------------------------------------------- policy documents
@reg
def policy_cp_docx(c):
    paras = ["# Child Protection and Safeguarding Policy 2026-27",
             "1. Purpose. This policy sets out how Kingsmead Community School keeps children safe, in line with Keeping Children Safe in Education 2026.",
             "2. The Designated Safeguarding Lead is a member of the senior leadership team and has the status and authority to carry out the role.",
             "3. All staff must report concerns about a child's welfare the same day, using the online recording system.",
             "4. Where a child discloses abuse, staff listen, do not promise confidentiality, record the child's words and pass the concern to the DSL.",
             "5. Allegations about staff are reported to the headteacher, or to the chair of governors where the allegation concerns the headteacher.",
             "6. This policy is reviewed annually by the full governing board."]
    cover = """Dear Governors,

Ahead of the full board meeting on 25 November, please find attached the updated Child Protection
and Safeguarding Policy for approval. Changes from last year are in section 3 (online recording) and
section 5 (low-level concerns).

Vicky Castle
Clerk to Governors
"""
    c.add("negative", "policy-docs", "docx-attachment", "Child protection policy docx (no personal data) sent to governors' personal addresses for approval",
          "outbound", staff("castle"), [P["gov1"], P["gov2"]], "FGB 25 Nov - safeguarding policy for approval",
          mixed([cover_part(cover), att_docx("Child Protection Policy 2026-27.docx", paras, title="Child Protection Policy")], "n-policy-cp"))


@reg
def policy_gdpr_pdf(c):
    cover = """Dear all,

Attached are the Data Protection Policy and the Privacy Notice for Pupils and Parents, both reviewed
by our DPO. The key change is the retention schedule for CCTV (now 30 days). The GDPR training for
governors will take place on 2 December at 6pm on Teams.

Vicky Castle
Clerk to Governors
"""
    c.add("negative", "policy-docs", "pdf-attachment", "Data protection policy and privacy notice (two small PDFs) to governors, GDPR wording",
          "outbound", staff("castle"), [P["gov1"], P["gov2"]], "Data Protection Policy + Privacy Notice",
          mixed([cover_part(cover), att_pdf_stub("Data Protection Policy.pdf", "n-policy-gdpr", "Data Protection Policy 2026"),
                 att_pdf_stub("Privacy Notice - Pupils and Parents.pdf", "n-policy-gdpr2", "Privacy Notice")], "n-policy-gdpr"))


@reg
def policy_sen_report_html(c):
    inner = """<h2>SEN Information Report 2026-27 (draft)</h2>
<p>Kingsmead is an inclusive school. We identify special educational needs early through teacher assessment,
screening and conversations with families.</p>
<h3>How we support pupils with SEND</h3>
<ul><li>Quality first teaching and reasonable adjustments in every classroom</li>
<li>Targeted interventions (literacy, numeracy, social skills, emotional literacy)</li>
<li>Specialist advice from the educational psychology service, speech and language therapy and CAMHS</li>
<li>Education, Health and Care plans reviewed annually with families</li></ul>
<h3>Contact</h3><p>Our SENCo can be contacted through the school office.</p>"""
    c.add("negative", "policy-docs", "html-attachment", "Draft SEN information report (HTML, no personal data) to a governor for comment",
          "outbound", staff("ruddock"), [P["gov2"]], "SEN information report - draft for comment",
          mixed([cover_part("Jenny, draft SEN report for your comments as link governor. Janet\n"), att_html("SEN_report_draft.html", html_doc(inner))], "n-policy-sen"))


@reg
def policy_attendance_wrap(c):
    text = """Dear Governors,

The revised Attendance Policy is below for the committee on Tuesday. It reflects the DfE's
"Working together to improve school attendance" guidance, which became statutory in 2024.

Summary of changes:
- Parents should call the absence line before 9am on every day of absence.
- Requests for leave in term time will only be granted in exceptional circumstances.
- A pupil whose attendance falls below 90% is persistently absent; the attendance officer will
  contact the family and offer an early help conversation.
- Penalty notices follow the national framework.

The full policy is on the governor portal.

Vicky Castle
Clerk to Governors
"""
    c.add("negative", "policy-docs", "wrap72", "Attendance policy summary to governors (no pupil data)",
          "outbound", staff("castle"), [P["gov1"]], "Attendance policy - committee Tuesday", body("wrap72", text, "n-policy-att"))


@reg
def policy_dpia_template_xlsx(c):
    rows = [["Processing activity", "Data categories", "Lawful basis", "Retention", "Risk", "Mitigation"],
            ["MIS", "Pupil records, SEN, medical", "Public task", "DOB + 25 years", "Medium", "Role-based access"],
            ["Cashless catering", "Names, meal status, allergens", "Public task", "6 years", "Low", "Supplier DPA"],
            ["CCTV", "Images", "Legitimate interests", "30 days", "Medium", "Restricted viewing"],
            ["Online maths platform", "Names, class, email", "Public task", "End of contract", "Low", "Pseudonymised IDs"]]
    c.add("negative", "policy-docs", "xlsx-attachment", "Record-of-processing / DPIA summary spreadsheet (categories only) to the outside DPO",
          "outbound", staff("dobson"), [("dpo@schools-dpo-service.example", "Schools DPO Service")], "ROPA update",
          mixed([cover_part("Updated ROPA summary attached ahead of your audit. Claire\n"), att_xlsx("ROPA summary.xlsx", rows, sheet="ROPA")], "n-policy-ropa"))


@reg
def policy_safer_recruitment_latin1(c):
    text = """Dear Mr Lomax,

Thank you for agreeing to sit on the interview panel. As a reminder, at least one member of each
panel must have completed safer recruitment training. The course details:

Safer Recruitment in Education - Thursday 14 January 2027, 9.30am-3.30pm, Kelby Teachers' Centre.
Cost £95 (paid by the school).

The job description and person specification for the Deputy Head role are on the governor portal.
Regards, Lynne Ashworth - HR Manager
"""
    c.add("negative", "policy-docs", "latin1", "Safer recruitment training details to a governor (no personal data), iso-8859-1",
          "outbound", staff("ashworth"), [P["gov1"]], "Interview panel - training", body("latin1", text, "n-policy-safer"))


@reg
def policy_kcsie_fwd(c):
    inner = """Dear Headteachers,

The updated Keeping Children Safe in Education guidance for September 2027 has been published in
draft for consultation. Key proposals: clearer guidance on filtering and monitoring, changes to
the section on children who are absent from education, and new wording on online safety.

Northshire Safeguarding Children Partnership
"""
    c.add("negative", "policy-docs", "rfc822-forward", "Forwarded safeguarding partnership bulletin about KCSIE changes to a governor",
          "outbound", staff("hale"), [P["gov2"]], "Fwd: KCSIE 2027 consultation",
          mixed([cover_part("Jenny - as safeguarding governor you may want to respond to this. Robert\n"),
                 fwd822(("bulletin@northshire-safeguarding.example", "NSCP"), [staff("hale")], "KCSIE 2027 consultation",
                        D(2026, 11, 9, 7, 0), inner, "n-policy-kcsie")], "n-policy-kcsie"))


@reg
def policy_medical_conditions_b64(c):
    text = """Dear Parents and Carers,

Our updated Supporting Pupils with Medical Conditions policy is now on the website. In brief:

* Every pupil with a long-term medical condition has an individual healthcare plan, agreed with parents.
* Medicines must be in their original packaging with the pharmacy label.
* Staff who give medicines are trained, and every dose is recorded.
* Spare salbutamol inhalers and adrenaline auto-injectors are kept in the medical room for emergencies.

If your child's needs have changed, please contact the school nurse.

Fiona McBride
School Nurse
"""
    c.add("negative", "policy-docs", "base64", "Medical conditions policy summary to parents, no child named (base64)",
          "outbound", staff("mcbride"), [P["parent1"], P["parent5"], P["parent6"]], "Supporting pupils with medical conditions", body("base64", text, "n-policy-med"))


# ------------------------------------------------------------- organisation's own bank details
@reg
def org_invoice_parent(c):
    sc, acct = SCHOOL_BANK
    text = f"""Dear Mrs McCann,

Invoice KM-INV-2611-044: Year 6 residential, balance due £185.00 by 15 January 2027.

You can pay by ParentPay, or by bank transfer to:
Account name: Kingsmead Community School
Sort code: {sc}
Account number: {acct}
Reference: KMRES + your child's surname

Thank you,
Kath Lister
Finance Officer
"""
    c.add("negative", "org-bank-details", "7bit", "Invoice to a parent with the school's own sort code and account (organisation payee)",
          "outbound", staff("lister"), [P["parent1"]], "Invoice KM-INV-2611-044", body("7bit", text, "n-org-parent"))


@reg
def org_remittance_supplier(c):
    sc, acct = SCHOOL_BANK
    inner = f"""<p>Dear Brightwater Supplies,</p>
<p>Remittance advice: we have today paid £1,284.60 covering invoices 30871, 30902 and 31015.</p>
<table border="1" cellpadding="3"><tr><td>Paid from</td><td>Kingsmead Community School</td></tr>
<tr><td>Sort code</td><td>{sc}</td></tr><tr><td>Account</td><td>{acct}</td></tr>
<tr><td>BACS reference</td><td>KMS BRIGHTWATER NOV</td></tr></table>
<p>Kath Lister, Finance Officer</p>"""
    c.add("negative", "org-bank-details", "html-only", "Remittance advice to a supplier showing the school's own bank account",
          "outbound", staff("lister"), [O["accounts"]], "Remittance advice", body("html-only", "", "n-org-remit", html=html_doc(inner)))


@reg
def org_pta_newsletter(c):
    sc, acct = PTA_BANK
    text = f"""FRIENDS OF KINGSMEAD – Christmas Fair

Saturday 5 December, 11am–2pm in the main hall. Tombola, cake stall, Santa’s grotto (£3), raffle.

Can’t make it? You can still donate to the Friends of Kingsmead (registered charity 1187654):
sort code {sc}, account {acct}, reference XMAS.

Thank you for your support!
"""
    c.add("negative", "org-bank-details", "qp", "PTA Christmas newsletter with the PTA charity's bank details for donations",
          "outbound", staff("kaur"), [P["parent1"], P["parent2"], P["parent4"], P["parent6"]],
          "Christmas Fair – Saturday 5 December", body("qp", text, "n-org-pta"))


@reg
def org_bank_change_letter_docx(c):
    sc, acct = TRUST_BANK
    paras = ["# Change of bank details - Valley Learning Trust",
             "Dear Supplier,",
             "From 1 January 2027 all payments to the Trust and its schools (including Kingsmead Community School) should be made to our new account:",
             f"Account name: Valley Learning Trust", f"Sort code: {sc}", f"Account number: {acct}",
             "To protect against fraud, please verify this change by telephoning our finance team on 01632 960150 before updating your records.",
             "Yours faithfully, Trust Finance Director"]
    c.add("negative", "org-bank-details", "docx-attachment", "Trust letter to suppliers about its new organisational bank account (docx)",
          "outbound", staff("brennan"), [O["accounts"], ("accounts@freshplate-catering.example", "FreshPlate Accounts")], "Change of bank details - please verify",
          mixed([cover_part("Please see the attached letter from our Trust.\nSiobhan Brennan\n"), att_docx("Change of bank details.docx", paras)], "n-org-change"))


@reg
def org_lettings_invoice_alt(c):
    sc, acct = SCHOOL_BANK
    text = f"""Dear Mrs Tulloch,

Invoice LET-2026-117 for the sports hall hire, January to March: 12 sessions x 2 hours x £38.50 = £924.00.

Please pay within 30 days to Kingsmead Community School, sort code {sc}, account no. {acct}, quoting LET-2026-117.

Siobhan Brennan
School Business Manager
"""
    c.add("negative", "org-bank-details", "alternative", "Lettings invoice with the school's own bank details to a hirer",
          "outbound", staff("brennan"), [("maureen.tulloch@example.org", "Maureen Tulloch")], "Invoice LET-2026-117",
          alt(text, html_doc(paras_html(text)), "n-org-lettings"))


@reg
def org_trip_letter_pdf_csv(c):
    sc, acct = SCHOOL_BANK
    text = f"""Dear Parents/Carers of Year 9,

Normandy trip 2027: the second instalment of £120 is due by Friday 29 January. If you prefer to pay
by bank transfer rather than ParentPay, the school's details are sort code {sc}, account {acct}
(Kingsmead Community School); please use the reference NORM + your child's initials.

If cost is a barrier, please speak to Mr Gill in confidence.

Harjit Gill
Trips Coordinator
"""
    c.add("negative", "org-bank-details", "flowed", "Trip payment letter to parents with the school's bank account for transfers",
          "outbound", staff("gill"), [P["parent3"], P["parent5"]], "Normandy 2027 - second instalment", body("flowed", text, "n-org-trip"))


@reg
def org_supplier_form_xlsx(c):
    sc, acct = SCHOOL_BANK
    rows = [["Field", "Value"], ["Customer name", "Kingsmead Community School"], ["Address", "Kelby Road, Kelby, NS7 3KM"],
            ["Finance contact", "Finance Office, 01632 960100"], ["Direct debit - sort code", sc], ["Direct debit - account", acct],
            ["Account holder", "Kingsmead Community School"], ["VAT status", "Exempt (academy)"]]
    c.add("negative", "org-bank-details", "xlsx-attachment", "Direct-debit set-up form for a supplier with the school's own account (xlsx)",
          "outbound", staff("lister"), [("onboarding@office-supplies-direct.example", "Supplier Onboarding")], "Direct debit form",
          mixed([cover_part("Completed form attached. Kath\n"), att_xlsx("DD form.xlsx", rows)], "n-org-dd"))


@reg
def org_refund_request_cp1252(c):
    sc, acct = SCHOOL_BANK
    text = f"""Dear Voyage,

As the Paris trip was cancelled by you, please refund the group deposit of \u00a32,400 to the school\u2019s account: Kingsmead
Community School \u2013 sort code {sc} \u2013 account {acct}. Do not refund individual parents; we will do that ourselves.

Kath Lister
"""
    c.add("negative", "org-bank-details", "cp1252", "Asks a travel company to refund a deposit to the school's own account, windows-1252",
          "outbound", staff("lister"), [O["travel"]], "Paris cancellation \u2013 refund", body("cp1252", text, "n-org-refund"))


# ------------------------------------------------------------- newsletters mentioning date of birth
@reg
def news_admissions(c):
    text = """KINGSMEAD NEWS - Reception admissions 2027

Is your child due to start school in September 2027? Children born between 1 September 2022 and
31 August 2023 are eligible. Apply online through Northshire's admissions portal by 15 January 2027.
You will need your child's date of birth, your address and a copy of the birth certificate.

Open mornings: Tuesday 1 December and Thursday 10 December at 9.30am. Book via the office.
"""
    c.add("negative", "newsletter-dob", "7bit", "Reception admissions newsletter mentioning date-of-birth ranges and needing a child's date of birth",
          "outbound", staff("frost"), [("news@parentmail-service.example", "ParentMail Service")], "Newsletter item: Reception admissions",
          body("7bit", text, "n-news-adm"))


@reg
def news_club_marketing_html(c):
    inner = """<div style="font-family:Arial;max-width:600px">
<h1 style="color:#2b6cb0">Kick-start Football Camps - February half term!</h1>
<p>For boys and girls aged 5-12. Monday 15 to Friday 19 February, 9am-3pm, Kingsmead sports hall.</p>
<p>Booking is quick: just enter your child's name, <b>date of birth</b> and any medical needs on our secure form.</p>
<p><a href="https://kickstart-camps.example/book">Book now</a> - £18 per day, sibling discount 10%.</p>
<p style="font-size:9pt;color:#777">You are receiving this because you asked for holiday camp news. Unsubscribe</p></div>"""
    c.add("negative", "newsletter-dob", "html-only", "Holiday camp marketing forwarded to parents mentioning the booking form's date-of-birth field",
          "outbound", staff("okoye"), [P["parent2"], P["parent3"]], "Half-term football camps", body("html-only", "", "n-news-camp", html=html_doc(inner)))


@reg
def news_birthday_books_utf8(c):
    text = """Library news 📚

Our “Birthday Book” scheme is back! Families can donate a book to the library to celebrate their child’s birthday – we’ll add a bookplate with their name. Just fill in the slip from the office (name, class and birthday month – we don’t need the full date of birth).

The book fair runs 7–11 December, 3.15–4pm in the library.
"""
    c.add("negative", "newsletter-dob", "utf8-8bit", "Library newsletter about a birthday-book scheme that explicitly avoids dates of birth (8bit utf-8)",
          "outbound", staff("kaur"), [("news@parentmail-service.example", "ParentMail Service")], "Library news", body("utf8-8bit", text, "n-news-books"))


@reg
def news_passport_reminder_wrap(c):
    text = """Dear Parents/Carers,

Ski trip 2027 - passports and GHIC cards

Please check now that your child's passport is valid until at least August 2027 and that the name
and date of birth match the booking form exactly - airlines will refuse boarding if they don't.
Apply for a free GHIC card at the NHS website if your child does not already have one. Photocopies
of the photo page should be handed to Mr Gill in a sealed envelope by 11 December.

Thank you,
Harjit Gill
"""
    c.add("negative", "newsletter-dob", "wrap72", "Trip reminder to parents about passports needing name and date of birth to match (no data)",
          "outbound", staff("gill"), [P["parent1"], P["parent3"], P["parent6"]], "Ski trip - passports", body("wrap72", text, "n-news-passport"))


@reg
def news_nursery_funding(c):
    text = """Dear families,

From September 2027 working parents of children aged 9 months and over may be eligible for funded childcare hours. To check, you'll need your National Insurance number and your child's date of birth when you apply on the government website. Our nursery manager is happy to help you with the form - drop in any Tuesday morning.

Best wishes,
Kingsmead Nursery
"""
    c.add("negative", "newsletter-dob", "flowed", "Funded-childcare newsletter saying parents will need their NI number and child's DOB (none given)",
          "outbound", staff("kaur"), [P["parent4"], P["parent6"]], "Funded childcare hours", body("flowed", text, "n-news-childcare"))


@reg
def news_census_reminder_latin1(c):
    text = """Dear parents,

Every year we check the information we hold about your child. You will receive a data collection sheet
this week showing your child's name, date of birth, address and emergency contacts. Please correct
anything that has changed and return it to the school office by Friday 4 December. Merci!

Claire Dobson
Data Manager
"""
    c.add("negative", "newsletter-dob", "latin1", "Data-checking-sheet reminder to parents mentioning date of birth fields, iso-8859-1",
          "outbound", staff("dobson"), [P["parent2"], P["parent5"]], "Data collection sheets", body("latin1", text, "n-news-census"))


@reg
def news_photo_pdf(c):
    text = """Dear Parents,

Individual school photographs: proofs will be sent home next week. To order online you will need the
unique access code printed on the proof card; the photographer's website will ask you to confirm your
child's date of birth as a security check. Orders placed before 8 December are delivered free to school.
"""
    c.add("negative", "newsletter-dob", "smime-signed", "Signed photo-order newsletter that mentions a date-of-birth security check",
          "outbound", staff("kaur"), [P["parent1"], P["parent4"]], "School photographs", signed(ms.text_part(text, cte="7bit"), "n-news-photo"))


# ------------------------------------------------------------- anonymised statistics
@reg
def stats_sen_governors(c):
    text = """Dear Governors,

SEND headline figures for the autumn term (no individual pupils are identifiable):

- 12 pupils with EHCPs (up from 9 last year); 3 further EHC needs assessments under way
- 148 pupils on SEN support (13.2% of roll)
- Primary need: SEMH 31%, SpLD 24%, ASD 18%, SLCN 15%, other 12%
- Attendance of pupils with EHCPs: 88.4% (whole school 93.1%)

The full report will be presented at the curriculum committee.

Janet Ruddock
SENCo
"""
    c.add("negative", "anonymised-stats", "7bit", "SEND headline figures for governors (counts and percentages, no pupils)",
          "outbound", staff("ruddock"), [P["gov1"], P["gov2"]], "SEND figures - autumn", body("7bit", text, "n-stats-send"))


@reg
def stats_attendance_xlsx(c):
    rows = [["Year", "On roll", "Attendance %", "Persistent absence %", "Severe absence %"]]
    rng = random.Random("n-stats-att")
    for y in range(7, 14):
        rows.append(["Y%d" % y, rng.randrange(120, 190), round(rng.uniform(89, 96), 1), round(rng.uniform(8, 24), 1), round(rng.uniform(0.5, 3.5), 1)])
    c.add("negative", "anonymised-stats", "xlsx-attachment", "Attendance statistics by year group spreadsheet to the trust (aggregates only)",
          "outbound", staff("wozniak"), [O["trust"]], "Attendance by year group - autumn 1",
          mixed([cover_part("Aggregated attendance figures attached. Agata\n"), att_xlsx("attendance summary.xlsx", rows)], "n-stats-att"))


@reg
def stats_safeguarding_html(c):
    inner = paras_html("""Dear Governors,

Safeguarding report, autumn term (anonymised):

Concerns logged: 214 (autumn 2025: 187)
Referrals to children's services: 11
Children on child protection plans: 6; children in need: 14; looked-after children: 5
Early help assessments open: 19
Prevent referrals: 0

No individual cases will be discussed in the open part of the meeting.

Nadia Sheikh
Designated Safeguarding Lead""", True)
    c.add("negative", "anonymised-stats", "html-only", "Anonymised safeguarding counts to governors (Outlook HTML)",
          "outbound", staff("sheikh"), [P["gov2"]], "Safeguarding report - autumn", body("html-only", "", "n-stats-sg", html=html_doc(inner, True)))


@reg
def stats_results_csv(c):
    rows = [["Subject", "Entries", "9-7 %", "9-4 %", "9-5 %", "Avg grade"]]
    rng = random.Random("n-stats-results")
    for s in ["English Language", "English Literature", "Mathematics", "Combined Science", "History", "Geography", "French", "Art"]:
        rows.append([s, rng.randrange(40, 180), round(rng.uniform(12, 35), 1), round(rng.uniform(60, 85), 1), round(rng.uniform(45, 70), 1), round(rng.uniform(4.2, 6.1), 2)])
    csv = csv_text(rows[0], rows[1:])
    c.add("negative", "anonymised-stats", "csv-attachment", "GCSE results summary by subject CSV (percentages, no candidates) to the school improvement partner",
          "outbound", staff("varley"), [O["sip"]], "Results summary 2026",
          mixed([cover_part("Gill - subject summary attached for the review visit. Emma\n"), att_csv("results_summary_2026.csv", csv, cte="7bit")], "n-stats-results"))


@reg
def stats_fsm_qp(c):
    text = """Hi Gill,

For the pupil premium review: 31.4% of pupils are disadvantaged (FSM6), 2.1% are looked after or previously
looked after, and the progress gap at KS4 narrowed from \u22120.61 to \u22120.42. Reading ages: 64% of disadvantaged
Y7s arrived below their chronological age, against 38% of other pupils.

Kemi
"""
    c.add("negative", "anonymised-stats", "qp", "Pupil premium statistics to an outside consultant (percentages only, QP)",
          "outbound", staff("bello"), [O["sip"]], "PP review figures", body("qp", text, "n-stats-fsm"))


@reg
def stats_medical_delsp(c):
    text = """Hi Ski Tours, for your medical planning: in our party of 42 students there are 5 with asthma, 2 with severe nut allergies who carry adrenaline pens, 1 with type 1 diabetes and 1 with epilepsy. Individual care plans will travel with the trip leader and will be shared with the resort doctor only if needed. Many thanks, Fiona (school nurse)
"""
    c.add("negative", "anonymised-stats", "flowed-delsp", "Counts of medical conditions in a trip party with no names (flowed delsp=yes)",
          "outbound", staff("mcbride"), [O["ski"]], "Medical summary for the group", body("flowed-delsp", text, "n-stats-med"))


@reg
def stats_exclusions_docx(c):
    table = [["Measure", "2024-25", "2025-26", "Autumn 2026"], ["Suspensions (incidents)", "142", "118", "41"],
             ["Pupils suspended", "71", "64", "27"], ["Permanent exclusions", "3", "1", "0"],
             ["Suspensions - pupils with SEN (%)", "46", "41", "39"], ["Internal isolation days", "610", "502", "176"]]
    c.add("negative", "anonymised-stats", "docx-attachment", "Behaviour and exclusions trend table for governors (aggregates, docx)",
          "outbound", staff("morland"), [P["gov1"]], "Behaviour data for committee",
          mixed([cover_part("Peter, behaviour trends attached for committee. Paul\n"),
                 att_docx("Behaviour trends.docx", ["# Behaviour and exclusions - trends", "Figures are aggregated; no pupils are identified."], [table])],
                "n-stats-excl"))


@reg
def stats_survey_zip(c):
    csv = csv_text(["Question", "Strongly agree", "Agree", "Disagree", "Strongly disagree", "Responses"], [
        ["My child feels safe at school", 58, 34, 6, 2, 412], ["My child is happy at school", 51, 38, 8, 3, 410],
        ["The school deals with bullying effectively", 32, 41, 18, 9, 398], ["I receive valuable information about my child's progress", 40, 44, 12, 4, 405]])
    c.add("negative", "anonymised-stats", "zip-attachment", "Parent survey percentages in a zipped CSV to the trust (no respondents identified)",
          "outbound", staff("hale"), [O["trust"]], "Parent survey results",
          mixed([cover_part("Survey results zipped with the summary. Robert\n"),
                 att_zip("parent_survey.zip", [("results.csv", csv), ("summary.txt", "412 responses, 38% response rate.\n")])], "n-stats-survey"))


@reg
def stats_alt_text_only(c):
    text = """Dear Trust colleagues,

Year 11 mock results in brief (whole cohort of 176):
  English 9-4: 71%   Maths 9-4: 68%   Both 9-5: 44%
  Disadvantaged gap (Attainment 8): 11.2 points, down from 13.9
  Students with EHCPs: 7, all entered for at least 6 GCSEs

Robert
"""
    html = html_doc("<p>Dear Trust colleagues,</p><p>Mock results summary - please see the plain-text version for the figures.</p><p>Robert</p>")
    c.add("negative", "anonymised-stats", "alternative-text-data", "Mock-results percentages (cohort level) only in the text/plain alternative, to the trust",
          "outbound", staff("hale"), [O["trust"]], "Y11 mocks - headline figures", alt(text, html, "n-stats-alttext"))


# ------------------------------------------------------------- blank templates
@reg
def tmpl_trip_consent_docx(c):
    paras = ["# Educational visit - consent and medical form",
             "Child's full name: ______________________________",
             "DOB: ____/____/________        Class: ________",
             "NHS number: ___ ___ ____",
             "Medical conditions / allergies: _______________________________________",
             "Emergency contact name: ______________________  Tel: ___________________",
             "I give consent for my child to take part in the visit and to receive emergency treatment.",
             "Signed (parent/carer): ____________________  Date: __________"]
    c.add("negative", "blank-template", "docx-attachment", "Blank trip consent form (DOB, NHS number fields empty) to parents",
          "outbound", staff("gill"), [P["parent1"], P["parent2"], P["parent3"]], "Consent form - Hillside residential",
          mixed([cover_part("Please complete the attached and return by Friday.\nMr Gill\n"), att_docx("Consent form.docx", paras)], "n-tmpl-consent"))


@reg
def tmpl_starter_form_text(c):
    text = """NEW STARTER FORM (please return to HR)

Surname: ______________________   Forename(s): ______________________
Date of birth: __ / __ / ____
National Insurance number: __ __ __ __ __ __ __ __ __
Bank name: ______________________
Sort code: __-__-__      Account number: ________
Emergency contact: ______________________
"""
    c.add("negative", "blank-template", "7bit", "Blank new-starter form with empty NI number, sort code and account fields sent to an applicant",
          "outbound", staff("ashworth"), [("rachel.inglis.jobs@example.com", "Rachel Inglis")], "Starter paperwork",
          body("7bit", "Dear Rachel,\n\nCongratulations again! Please fill in the form below and bring it on your first day.\n\n" + text + "\nLynne Ashworth\nHR\n", "n-tmpl-starter"))


@reg
def tmpl_card_payment_html(c):
    inner = """<h3>Card payment authorisation (for the office use)</h3>
<table border="1" cellpadding="5">
<tr><td>Cardholder name</td><td>&nbsp;</td></tr>
<tr><td>Card number</td><td>____ ____ ____ ____</td></tr>
<tr><td>Expiry (MM/YY)</td><td>__/__</td></tr>
<tr><td>Amount</td><td>£</td></tr>
<tr><td>Pupil name and class</td><td>&nbsp;</td></tr></table>
<p>Please do NOT email card details. Complete this form and hand it in to the office in a sealed envelope,
or pay online via ParentPay.</p>"""
    c.add("negative", "blank-template", "html-attachment", "Blank card-payment form (empty card number and expiry boxes) sent to parents",
          "outbound", staff("lister"), [P["parent4"], P["parent5"]], "Paying by card",
          mixed([cover_part("Form attached for those who asked.\nKath\n"), att_html("card_form.html", html_doc(inner))], "n-tmpl-card"))


@reg
def tmpl_admissions_csv_header(c):
    csv = csv_text(["UPN", "Legal surname", "Forename", "DOB (dd/mm/yyyy)", "Gender", "Previous school"], [["", "", "", "", "", ""]] * 3)
    c.add("negative", "blank-template", "csv-attachment", "Empty CSV template (header and blank rows only) for in-year admissions to the LA",
          "outbound", staff("frost"), [O["la_adm"]], "Template for in-year returns",
          mixed([cover_part("Here's the template we'd like you to use for in-year transfer notifications - blank, for completing.\nHelen\n"),
                 att_csv("inyear_template.csv", csv, cte="7bit")], "n-tmpl-adm"))


@reg
def tmpl_medical_plan_xlsx(c):
    rows = [["Individual Healthcare Plan"], ["Name", ""], ["DOB", ""], ["NHS number", ""], ["Condition", ""],
            ["Triggers", ""], ["Emergency procedure", ""], ["Parent signature", ""], ["Review date", ""]]
    c.add("negative", "blank-template", "xlsx-attachment", "Blank individual healthcare plan template (xlsx) to another school nurse",
          "outbound", staff("mcbride"), [("nurse@highfield-academy.example", "Highfield School Nurse")], "IHP template",
          mixed([cover_part("Our blank IHP template as promised - feel free to adapt.\nFiona\n"), att_xlsx("IHP template.xlsx", rows)], "n-tmpl-ihp"))


@reg
def tmpl_referral_alt(c):
    text = """Hi,

For the new referral pathway, could schools use the following headings (blank template):

Child name: ...........................
Date of birth: ..... / ..... / ..........
UPN: ...........................
School: ...........................
Reason for referral: ...........................
Parental consent obtained? Yes / No

Thanks,
Maeve O'Sullivan
"""
    c.add("negative", "blank-template", "alternative", "Proposed referral template with dotted blank fields (DOB, UPN) to the PRU",
          "outbound", staff("osullivan"), [O["pru"]], "Referral template", alt(text, html_doc(paras_html(text)), "n-tmpl-ref"))


@reg
def tmpl_bursary_form_cp1252(c):
    text = """Sixth Form Bursary \u2013 application form

Student name: ________________________
Date of birth: ___/___/______
Household income (tick one): [ ] under \u00a316,190  [ ] \u00a316,190\u2013\u00a325,000  [ ] over \u00a325,000
Bank details for payments (student account): Sort code __ __ __  Account ________
Signed: ________________
"""
    c.add("negative", "blank-template", "cp1252", "Blank sixth-form bursary form with empty DOB and bank fields, to an applicant's parent",
          "outbound", staff("pearce"), [P["parent2"]], "Bursary form", body("cp1252", "Dear Mr Holt,\n\nAs requested:\n\n" + text + "\nDean Pearce\n", "n-tmpl-bursary"))
