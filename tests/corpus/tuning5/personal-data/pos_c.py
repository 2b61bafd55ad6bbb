"""Positives, part C: payment cards, personal bank details, staff NI numbers, other records."""

from common3 import *  # noqa: F401,F403

REG = []


def reg(f):
    REG.append(f)
    return f


def build(c):
    for f in REG:
        f(c)


# ------------------------------------------------------------- payment cards
@reg
def card_uniform_7bit(c):
    m = Ctx("p-card-uniform")
    pf, pl = m.person("F")
    card = m.card("visa")
    exp = m.expiry()
    text = f"""Hi Schoolwear,

{pf} {pl} rang the office this morning - she can't get your website to take her payment for the
blazer and two jumpers (order for her son in Year 7). She asked us to pass her card on so you can put it
through: {card}, exp {exp}, the 3 digits on the back are {m.digits(3)}. Name on card {pf[0]} {pl}.

Can you confirm once it's gone through?

Simran
Reception
"""
    c.add("positive", "payment-card", "7bit", "Office passes a parent's card number, expiry and CVV to the uniform supplier",
          "outbound", staff("kaur"), [O["uniform"]], "Phone order - payment", body("7bit", text, m.key), ctx=m)


@reg
def card_trip_fwd(c):
    m = Ctx("p-card-trip-fwd")
    pf, pl = "Rajesh", "Singh"
    card = m.card("mc", sep="")
    exp = m.expiry()
    inner = f"""Dear Mr Gill,

I'd like to pay the remaining £320 for the Berlin trip. Could you take it from my card please?
It's a Mastercard {card} expires {exp}. Security number {m.digits(3)}.

Many thanks,
{pf} {pl}
"""
    cover = "Hi Voyage, can you take this parent's balance directly? Details in the attached email. Thanks, Harjit\n"
    c.add("positive", "payment-card", "rfc822-forward", "A parent's emailed Mastercard number and expiry forwarded as message/rfc822 to the travel company",
          "outbound", staff("gill"), [O["travel"]], "Fwd: Berlin balance",
          mixed([cover_part(cover), fwd822((P["parent3"][0], f"{pf} {pl}"), [staff("gill")], "Berlin balance",
                                           D(2026, 11, 6, 21, 14), inner, m.key, shape="qp")], m.key), ctx=m)


@reg
def card_ending_loose_qp(c):
    m = Ctx("p-card-ending-qp")
    pf, pl = m.person("F")
    card = m.card("visa", sep="-")
    last4 = card[-4:]
    exp = m.expiry()
    text = f"""Hello Brightwater accounts,

Mrs {pl} has asked us to pay for her daughter\u2019s replacement calculator and revision guides with
her own card (the card ending {last4}, exp {exp}) \u2013 long number is {card}. She\u2019s happy for you to
keep it on file for the spring order too.

Kath Lister
Finance Officer
"""
    c.add("positive", "payment-card", "qp", "Parent's card described loosely ('the card ending ..., exp MM/YY') with the full dashed number, to a supplier (QP)",
          "outbound", staff("lister"), [O["accounts"]], "Order for a parent \u2013 card details", body("qp", text, m.key), ctx=m)


@reg
def card_amex_base64(c):
    m = Ctx("p-card-amex-b64")
    card = m.card("amex")
    exp = m.expiry()
    text = f"""Hi Tallis & Co,

For the conference booking you're making for me, please use my personal Amex rather than the school one:
{card}
Expiry {exp}
Billing postcode NS3 7RB

Robert Hale
"""
    c.add("positive", "payment-card", "base64", "Headteacher sends his personal Amex number and expiry to an outside firm (base64 body)",
          "outbound", staff("hale"), [O["hmrc_agent"]], "Conference booking - card", body("base64", text, m.key), ctx=m)


@reg
def card_refunds_xlsx(c):
    m = Ctx("p-card-refunds-xlsx")
    rows = [["Parent", "Pupil", "Card number", "Expiry", "Amount", "Reason"]]
    for i in range(7):
        pf, pl = m.person()
        k = m.kid(m.rng.randrange(7, 12))
        rows.append([f"{pf} {pl}", k.first + " " + pl, m.card(m.rng.choice(["visa", "mc"]), sep=None), m.expiry(),
                     "£%d.00" % m.rng.choice([25, 40, 65, 120, 310]), m.rng.choice(["Trip cancelled", "Overpaid", "Music lessons stopped"])])
    cover = "Hi Cashless Meals, these refunds were taken over the phone in the summer and never processed. Can you push them back to the cards?\n\nKath\n"
    c.add("positive", "payment-card", "xlsx-attachment", "Spreadsheet of seven parents' card numbers with expiry dates for refunds, to the payments vendor",
          "outbound", staff("lister"), [O["meals"]], "Unprocessed phone refunds",
          mixed([cover_part(cover), att_xlsx("refunds.xlsx", rows)], m.key), ctx=m)


@reg
def card_alt_html_only(c):
    m = Ctx("p-card-althtml")
    pf, pl = m.person("F")
    card = m.card("mc", sep=" ")
    exp = m.expiry()
    text = "Details for the Grange booking deposit are in the formatted version below.\n\nKath\n"
    html = html_doc(f"""<p>Hello Grange Events,</p>
<p>Deposit for the Year 11 prom: the PTA chair, {pf} {pl}, has asked us to use her card:</p>
<table cellpadding="3"><tr><td>Card no.</td><td>{card}</td></tr><tr><td>Exp</td><td>{exp}</td></tr>
<tr><td>Name</td><td>{pf.upper()} {pl.upper()}</td></tr></table>
<p>Kath Lister</p>""")
    c.add("positive", "payment-card", "alternative-html-data", "PTA chair's card number and expiry only in the HTML alternative, to the prom venue",
          "outbound", staff("lister"), [("events@thegrangehotel.example", "The Grange Events")], "Prom deposit", alt(text, html, m.key), ctx=m)


@reg
def card_cp1252_dashes(c):
    m = Ctx("p-card-cp1252")
    pf, pl = m.person("F")
    card = m.card("visa", sep="-")
    text = f"""Morning,

Music lessons for {pf}\u2019s son \u2013 she\u2019d like to pay for the spring term (\u00a3168) by card: {card} \u2013 valid to {m.expiry()}.
She says you\u2019ve got her address already.

Imogen
"""
    c.add("positive", "payment-card", "cp1252", "Parent's dashed card number with expiry for music tuition, windows-1252 body",
          "outbound", staff("blake"), [O["music"]], "Spring term lessons \u2013 payment", body("cp1252", text, m.key), ctx=m)


@reg
def card_booking_docx(c):
    m = Ctx("p-card-docx")
    pf, pl = m.person()
    card = m.card("mc", sep=" ")
    paras = ["# Group Booking Form - Hillside Outdoor Centre", "Group: Kingsmead Year 6", "Lead contact: Harjit Gill",
             "Deposit payment (card)"]
    table = [["Cardholder", f"{pf} {pl} (PTA treasurer)"], ["Card number", card], ["Expiry (MM/YY)", m.expiry()], ["Amount", "£500"]]
    cover = "Booking form with the deposit card details filled in, as your office asked. Harjit\n"
    c.add("positive", "payment-card", "docx-attachment", "Booking form docx with the PTA treasurer's card number and expiry",
          "outbound", staff("gill"), [O["outdoor"]], "Booking form + deposit",
          mixed([cover_part(cover), att_docx("Booking form.docx", paras, [table])], m.key), ctx=m)


@reg
def card_flowed_staff_lunch(c):
    m = Ctx("p-card-flowed")
    card = m.card("visa", sep=" ")
    text = f"""Hi FreshPlate, for the governors' Christmas lunch can you charge my own card rather than invoicing the school? It's {card}, expiry {m.expiry()}. I'll claim it back. Thanks, Siobhan
"""
    c.add("positive", "payment-card", "flowed", "Business manager's own card number and expiry in a one-paragraph flowed message to caterers",
          "outbound", staff("brennan"), [O["catering"]], "Governors' lunch - payment", body("flowed", text, m.key), ctx=m)


@reg
def card_zip_csv(c):
    m = Ctx("p-card-zip")
    rows = []
    for i in range(5):
        pf, pl = m.person()
        rows.append([f"{pf} {pl}", m.card("visa", sep=None), m.expiry(), "%d.00" % m.rng.choice([15, 30, 45])])
    csv = csv_text(["cardholder", "pan", "exp", "amount"], rows, crlf=False)
    cover = "Offline terminal batch from the PTA Christmas fair - the card machine lost signal. Zipped CSV attached.\nKath\n"
    c.add("positive", "payment-card", "zip-attachment", "Offline card batch (cardholder, PAN, expiry) as a CSV inside a zip to the payments vendor",
          "outbound", staff("lister"), [O["meals"]], "Offline batch - Christmas fair",
          mixed([cover_part(cover), att_zip("offline_batch.zip", [("batch_2611.csv", csv)])], m.key), ctx=m)


# ------------------------------------------------------------- bank details
@reg
def bank_new_starter_7bit(c):
    m = Ctx("p-bank-starter")
    sc, acct = m.bank()
    f, l = m.person()
    text = f"""Hi Amanda,

New starter for December payroll: {f} {l}, Teaching Assistant, 27.5 hrs, grade 4 point 7.

Bank: Lloyds, sort code {sc}, account number {acct}.

Contract and starter checklist to follow in the post.

Lynne Ashworth
HR Manager
"""
    c.add("positive", "bank-details", "7bit", "New starter's sort code and account number to the payroll bureau",
          "outbound", staff("ashworth"), [O["payroll2"]], "New starter - December", body("7bit", text, m.key), ctx=m)


@reg
def bank_parent_refund_words_apart(c):
    m = Ctx("p-bank-refund-apart")
    sc, acct = m.bank(sort_sep="")
    pf, pl = m.person("F")
    text = f"""Hi Trust Finance,

Could you process a refund of £210 to {pf} {pl} for the cancelled Paris trip? She's given me her
details: the sort is {sc} and the account, in the name of {pf[0]} {pl}, is {acct}.

Kath
"""
    c.add("positive", "bank-details", "7bit", "Parent's unpunctuated sort code and account number a few words apart, for a refund, to the trust finance team",
          "outbound", staff("lister"), [O["trust"]], "Refund - Paris trip", body("7bit", text, m.key), ctx=m)


@reg
def bank_bursary_charity_qp(c):
    m = Ctx("p-bank-bursary-qp")
    k = m.kid(12)
    pf, pl = m.person("F")
    sc, acct = m.bank()
    text = f"""Dear Young Musicians Fund,

Supporting statement for {k.first} {k.last}\u2019s bursary application (DOB {k.d('dmy')}). {k.first}\u2019s mother is a
single parent on Universal Credit and the household income is below \u00a318,000. {k.first} has been offered a place
at the junior conservatoire.

If awarded, the family would like payments made to mum\u2019s account: {pf} {pl}, sort code {sc}, a/c {acct}.

Imogen Blake
Director of Music
"""
    c.add("positive", "bank-details", "qp", "Bursary support: pupil's DOB, family benefits/income and parent's bank details to a charity",
          "outbound", staff("blake"), [O["charity"]], "Bursary application \u2013 supporting statement", body("qp", text, m.key), ctx=m)


@reg
def bank_change_fwd(c):
    m = Ctx("p-bank-change-fwd")
    sc, acct = m.bank()
    f, l = "Imogen", "Blake"
    inner = f"""Hi Lynne,

I've switched banks - please can my salary go to my new account from this month?

Account name: {f} {l}
Sort code: {sc}
Account: {acct}

Thanks!
{f}
"""
    cover = "Amanda - change of bank details below for one of our staff, effective this payroll. Lynne\n"
    c.add("positive", "bank-details", "rfc822-forward", "Staff member's change-of-bank-details email forwarded as attachment to the payroll bureau",
          "outbound", staff("ashworth"), [O["payroll2"]], "Fwd: new bank account",
          mixed([cover_part(cover), fwd822(staff("blake"), [staff("ashworth")], "new bank account", D(2026, 11, 5, 12, 3),
                                           inner, m.key, shape="7bit")], m.key), ctx=m)


@reg
def bank_html_table(c):
    m = Ctx("p-bank-html")
    rows = []
    for i in range(4):
        f, l = m.person()
        sc, acct = m.bank()
        rows.append([f"{f} {l}", m.rng.choice(["Exam invigilator", "Cover supervisor", "Midday supervisor"]), sc, acct])
    inner = paras_html("Hi Ledgerline,\n\nCasual staff to set up for payment this month:", True) + \
        t_html(["Name", "Role", "Sort code", "Account no."], rows, "outlook") + paras_html("Thanks\nLynne", True)
    c.add("positive", "bank-details", "html-only", "Outlook HTML table of four casual staff with sort codes and account numbers to payroll",
          "outbound", staff("ashworth"), [O["payroll"]], "Casual staff set-up", body("html-only", "", m.key, html=html_doc(inner, True)), ctx=m)


@reg
def bank_latin1_reimburse(c):
    m = Ctx("p-bank-latin1")
    sc, acct = m.bank(sort_sep=" ")
    text = f"""Bonjour Marie,

For the reimbursement of the host families' costs, the exchange coordinator (Mme Dubois) gave us the
wrong details. Our teacher Mr Holloway paid the museum entry himself (52,50 ¤ / £45) and would like to
be repaid directly: sort code {sc} - compte {acct} - Mr S Holloway.

Merci,
Kath Lister
"""
    text = text.replace("¤", "EUR")
    c.add("positive", "bank-details", "latin1", "Teacher's personal sort code (space-separated) and account to the partner school for reimbursement, iso-8859-1",
          "outbound", staff("lister"), [O["exchange"]], "Remboursement", body("latin1", text, m.key), ctx=m)


@reg
def bank_pension_signed(c):
    m = Ctx("p-bank-pension-signed")
    f, l = m.person()
    sc, acct = m.bank()
    ni = m.nino("spaced")
    text = f"""Dear Contributions team,

Retirement benefits for our retiring caretaker: {f} {l}, NI {ni}, date of leaving 31/12/2026.
Lump sum to be paid to sort code {sc} account {acct} (Nationwide).

Lynne Ashworth
HR Manager
"""
    c.add("positive", "bank-details", "smime-signed", "S/MIME-signed retirement notice with a staff member's NI number and bank details to the pension fund",
          "outbound", staff("ashworth"), [O["pension"]], "Retirement - lump sum details", signed(ms.text_part(text, cte="7bit"), m.key), ctx=m)


@reg
def bank_refunds_csv(c):
    m = Ctx("p-bank-refunds-csv")
    rows = []
    for i in range(9):
        pf, pl = m.person()
        sc, acct = m.bank()
        rows.append([f"{pf} {pl}", sc, acct, "%d.00" % m.rng.choice([95, 120, 210, 240]), "Y9 Normandy deposit"])
    csv = csv_text(["Payee", "Sort Code", "Account Number", "Amount", "Reference"], rows)
    cover = "Hi Trust Finance, BACS refund file for the cancelled Normandy trip attached.\nKath\n"
    c.add("positive", "bank-details", "csv-attachment", "BACS refund CSV of nine parents' sort codes and account numbers to the trust finance team",
          "outbound", staff("lister"), [O["trust"]], "BACS refunds - Normandy",
          mixed([cover_part(cover), att_csv("normandy_refunds.csv", csv, cte="quoted-printable")], m.key), ctx=m)


@reg
def bank_wrap72_agency(c):
    m = Ctx("p-bank-wrap")
    f, l = m.person("F")
    sc, acct = m.bank()
    text = f"""Dear Chalkface,

{f} {l}, who has been with us via your agency since September, tells me she hasn't been paid for two weeks because your system still has her old bank. She asked me to send the new details as she can't log in to your portal: sort code {sc}, account {acct}. Could you sort this urgently, she's really struggling.

Lynne
"""
    c.add("positive", "bank-details", "wrap72", "Supply teacher's new bank details in a hard-wrapped paragraph to the supply agency",
          "outbound", staff("ashworth"), [O["agency"]], "Unpaid supply teacher", body("wrap72", text, m.key), ctx=m)


@reg
def bank_utf8_acc_no(c):
    m = Ctx("p-bank-utf8")
    sc, acct = m.bank()
    pf, pl = m.person("F")
    text = f"""Hi Steve,

Mrs {pl} asked me to pass this on – she’d rather pay the club fees by bank transfer and wants you to refund the cash she overpaid to her account:

{pf} {pl}
S/C {sc}
Acc no {acct}

Ola
"""
    c.add("positive", "bank-details", "utf8-8bit", "Parent's bank details with abbreviated labels (S/C, Acc no) to a sports coach, 8bit utf-8",
          "outbound", staff("nowicki"), [P["coach1"]], "Refund – club fees", body("utf8-8bit", text, m.key), ctx=m)


# ------------------------------------------------------------- staff NI numbers
@reg
def nino_starters_csv(c):
    m = Ctx("p-nino-starters-csv")
    rows = []
    for i in range(6):
        f, l = m.person()
        dob = fmt_date(D(m.rng.randrange(1968, 2001), m.rng.randrange(1, 13), m.rng.randrange(1, 29)).date(), "dmy")
        rows.append([l, f, m.nino(), dob, "%d %s" % (m.rng.randrange(1, 200), m.rng.choice(["Mill Lane", "Church St", "Park View", "Orchard Rd"])),
                     m.rng.choice(["TA3", "MPS2", "Admin4", "UPS1"])])
    csv = csv_text(["Surname", "Forename", "NI Number", "DOB", "Address", "Grade"], rows)
    cover = "Hi Amanda,\n\nJanuary starters attached. All have returned their P46/starter checklists.\n\nLynne\n"
    c.add("positive", "staff-nino", "csv-attachment", "New starters CSV with NI numbers, DOBs and addresses to the payroll bureau",
          "outbound", staff("ashworth"), [O["payroll2"]], "January starters",
          mixed([cover_part(cover), att_csv("starters_jan.csv", csv, cte="7bit")], m.key), ctx=m)


@reg
def nino_pension_xlsx(c):
    m = Ctx("p-nino-pension-xlsx")
    rows = [["Employee", "NINO", "Date of birth", "Pensionable pay", "Contribution"]]
    for i in range(12):
        f, l = m.person()
        rows.append([f"{l}, {f}", m.nino(), fmt_date(D(m.rng.randrange(1962, 2000), m.rng.randrange(1, 13), m.rng.randrange(1, 28)).date(), "dmy"),
                     m.rng.randrange(9000, 48000), "%.2f" % (m.rng.randrange(40000, 300000) / 100)])
    cover = "Please find the November contributions return attached.\n\nLynne Ashworth\n"
    c.add("positive", "staff-nino", "xlsx-attachment", "Pension contributions spreadsheet: twelve staff with NINO, DOB and pay to the pension fund",
          "outbound", staff("ashworth"), [O["pension"]], "November contributions",
          mixed([cover_part(cover), att_xlsx("LGPS Nov.xlsx", rows, sheet="Nov")], m.key), ctx=m)


@reg
def nino_three_tas(c):
    m = Ctx("p-nino-tas")
    ppl = [m.person() for _ in range(3)]
    text = "Amanda\n\nNI numbers for the three new TAs that were missing from the starter forms:\n\n" + \
        "\n".join(f"{f} {l} - {m.nino('spaced')}" for f, l in ppl) + "\n\nLynne\n"
    c.add("positive", "staff-nino", "7bit", "Three named TAs with spaced NI numbers ('NI numbers') to payroll",
          "outbound", staff("ashworth"), [O["payroll2"]], "missing NI numbers", body("7bit", text, m.key), ctx=m)


@reg
def nino_dbs_docx(c):
    m = Ctx("p-nino-dbs-docx")
    f, l = m.person()
    table = [["Surname", l], ["Forenames", f], ["Date of birth", "14/06/1989"], ["Place of birth", "Bradford"],
             ["NI number", m.nino("spaced")], ["Address (5 yrs)", "12 Rowan Way, Kelby NS7 1AA (2021-); 4 Fore St, Leeds (2016-2021)"],
             ["Previous names", "None"], ["Convictions declared", "Caution 2008 - shoplifting (spent)"]]
    paras = ["# Enhanced DBS - applicant details", "Position: Cover Supervisor (child workforce)"]
    cover = "Hi SafeHire, applicant details for the enhanced check attached. Lynne\n"
    c.add("positive", "staff-nino", "docx-attachment", "DBS applicant details docx with NI number, DOB, address history and a declared caution",
          "outbound", staff("ashworth"), [O["dbs"]], "Enhanced DBS - new cover supervisor",
          mixed([cover_part(cover), att_docx("DBS applicant.docx", paras, [table])], m.key), ctx=m)


@reg
def nino_timesheet_wrap(c):
    m = Ctx("p-nino-timesheet")
    f, l = m.person("F")
    ni = m.nino("plain")
    text = f"""Hello Chalkface,

Timesheet for w/c 9 November for {f} {l} (NI no. {ni}): Mon 6.5, Tue 6.5, Wed 3 (left at lunch, dental appointment), Thu 6.5, Fri 6.5. Total 29 hours. Please note she has asked us to mention she is now on emergency tax code as HMRC lost her P45.

Signed off by Lynne Ashworth, HR Manager
"""
    c.add("positive", "staff-nino", "wrap72", "Supply timesheet with a named teacher's NI number and tax situation (hard-wrapped) to the agency",
          "outbound", staff("ashworth"), [O["agency"]], "Timesheet w/c 9 Nov", body("wrap72", text, m.key), ctx=m)


@reg
def nino_alt_html(c):
    m = Ctx("p-nino-alt")
    rows = []
    for i in range(5):
        f, l = m.person()
        rows.append([f"{f} {l}", m.nino("spaced"), m.rng.choice(["Invigilator", "Invigilator", "Chief invigilator"]), str(m.rng.randrange(8, 40))])
    text = "Tallis & Co,\n\nExam season casual staff for the P11D/payroll year-end check:\n\n" + \
        t_aligned(["Name", "NI no", "Role", "Hours"], rows) + "\n\nKath Lister\n"
    html = html_doc("<p>Tallis &amp; Co,</p><p>Exam season casual staff for the P11D/payroll year-end check:</p>"
                    + t_html(["Name", "NI no", "Role", "Hours"], rows, "plain") + "<p>Kath Lister</p>")
    c.add("positive", "staff-nino", "alternative", "Five casual invigilators with NI numbers in both text and HTML parts to outside accountants",
          "outbound", staff("lister"), [O["hmrc_agent"]], "Casual staff - year end", alt(text, html, m.key), ctx=m)


@reg
def nino_hr_fwd(c):
    m = Ctx("p-nino-fwd")
    f, l = m.person()
    ni = m.nino("dash")
    inner = f"""Lynne,

Occupational health outcome for {f} {l} (staff no 00412, NI {ni}): fit for phased return from 1 December
after treatment for depression. Recommend reduced timetable (60%) for 4 weeks and no lunch duties.

Paul
"""
    cover = "Amanda - please adjust pay for the phased return below. Lynne\n"
    c.add("positive", "staff-nino", "rfc822-forward", "Forwarded OH outcome: staff member's NI number and depression treatment, to the payroll bureau",
          "outbound", staff("ashworth"), [O["payroll2"]], "Fwd: phased return",
          mixed([cover_part(cover), fwd822(staff("morland"), [staff("ashworth")], "phased return", D(2026, 11, 10, 9, 30),
                                           inner, m.key, shape="flowed")], m.key), ctx=m)


@reg
def nino_flowed_invigilators(c):
    m = Ctx("p-nino-flowed")
    ppl = [(m.person(), m.nino(m.rng.choice(["plain", "spaced"]))) for _ in range(4)]
    text = "Hi Ledgerline, four more invigilators for December: " + "; ".join(f"{f} {l} ({n})" for (f, l), n in ppl) + \
        ". All paid at the standard hourly rate. Many thanks, Kath\n"
    c.add("positive", "staff-nino", "flowed", "Four invigilators with NI numbers in brackets, one flowed paragraph, to payroll",
          "outbound", staff("lister"), [O["payroll"]], "More invigilators", body("flowed", text, m.key), ctx=m)


@reg
def nino_lower_base64(c):
    m = Ctx("p-nino-b64")
    f, l = m.person("M")
    ni = m.nino("lower")
    text = f"""Neil,

Re the employment tribunal claim from our former site assistant {f} {l}: his national insurance number is {ni}
and he was employed 03/2019 to 08/2026. His sickness record (42 days in 2025/26, mostly back pain and
anxiety) and the disciplinary notes are being collated.

Robert Hale
Headteacher
"""
    c.add("positive", "staff-nino", "base64", "Former employee's lowercase NI number and sickness record to the school's solicitor (base64)",
          "outbound", staff("hale"), [O["solicitor"]], "ET claim", body("base64", text, m.key), ctx=m)


@reg
def nino_signed_accountant(c):
    m = Ctx("p-nino-signed")
    ppl = [(m.person(), m.nino("spaced")) for _ in range(3)]
    text = "Good afternoon,\n\nThe three staff on salary sacrifice for the cycle scheme:\n\n" + \
        "\n".join(f"  {f} {l}   NINO {n}" for (f, l), n in ppl) + "\n\nKath Lister\nFinance Officer\n"
    c.add("positive", "staff-nino", "smime-signed", "S/MIME-signed list of three staff with NINOs to the accountants",
          "outbound", staff("lister"), [O["hmrc_agent"]], "Cycle scheme - salary sacrifice", signed(ms.text_part(text, cte="7bit"), m.key), ctx=m)


@reg
def nino_payroll_changes_zip(c):
    m = Ctx("p-nino-zip")
    rows = []
    for i in range(8):
        f, l = m.person()
        sc, acct = m.bank()
        rows.append([f"{l}", f, m.nino(), sc, acct, m.rng.choice(["New starter", "Bank change", "Hours change", "Leaver"])])
    csv = csv_text(["Surname", "Forename", "NINO", "Sort code", "Account", "Change"], rows)
    cover = "Monthly changes file attached, zipped and as agreed. Lynne\n"
    c.add("positive", "staff-nino", "zip-attachment", "Zipped payroll changes CSV with NINOs, sort codes and account numbers to the bureau",
          "outbound", staff("ashworth"), [O["payroll"]], "Payroll changes - November",
          mixed([cover_part(cover), att_zip("changes_nov.zip", [("changes_nov.csv", csv)])], m.key), ctx=m)


@reg
def nino_utf8_single(c):
    m = Ctx("p-nino-utf8")
    f, l = m.person()
    text = f"""Hi Amanda – quick one. {f} {l}’s NI number was keyed wrong on the last payslip; the correct one is {m.nino('spaced')}. Can you fix before the RTI submission? Ta, Lynne
"""
    c.add("positive", "staff-nino", "utf8-8bit", "Correction of one staff member's NI number to payroll, 8bit utf-8 one-liner",
          "outbound", staff("ashworth"), [O["payroll2"]], "NI correction", body("utf8-8bit", text, m.key), ctx=m)


# ------------------------------------------------------------- other records
@reg
def fsm_parent_ninos_xlsx(c):
    m = Ctx("p-fsm-xlsx")
    rows = [["Parent surname", "Parent forename", "Parent DOB", "Parent NINO", "Child", "Child DOB"]]
    for i in range(10):
        pf, pl = m.person()
        k = m.kid(m.rng.randrange(1, 7))
        rows.append([pl, pf, fmt_date(D(m.rng.randrange(1978, 1998), m.rng.randrange(1, 13), m.rng.randrange(1, 28)).date(), "dmy"),
                     m.nino(), k.first, k.d("dmy")])
    cover = "Hi, FSM eligibility checks for the families who applied in October. Simran\n"
    c.add("positive", "mixed-record", "xlsx-attachment", "FSM eligibility spreadsheet: parents' DOBs and NI numbers with children's names and DOBs to the council",
          "outbound", staff("kaur"), [("fsm.checks@northshire-council.example", "FSM Eligibility")], "FSM checks - October applicants",
          mixed([cover_part(cover), att_xlsx("FSM checks Oct.xlsx", rows)], m.key), ctx=m)


@reg
def contact_list_reply_all(c):
    m = Ctx("p-contact-list-replyall")
    ks = m.kids(15, 4)
    rows = []
    for k in ks:
        pf, pl = m.person()
        rows.append([k.name, k.d("dmy"), f"{pf} {k.last}", "07700 900%s" % m.digits(3), "%d %s" % (m.rng.randrange(1, 99), m.rng.choice(["Ash Grove", "Kelby Road", "The Crescent", "Mill Street"]))])
    text = "Dear Oak class parents,\n\nReminder about the class assembly on Friday at 2.45pm - all welcome!\n\nMr Whitlock\n"
    html = html_doc(paras_html(text) + "<p style='color:#888'>-----</p>" + t_html(["Child", "DOB", "Parent", "Mobile", "Address"], rows, "plain"))
    c.add("positive", "dob-list", "alternative-html-data", "Class reminder to parents that accidentally includes the whole class contact sheet (DOBs, addresses) in the HTML part",
          "outbound", staff("whitlock"), [P["parent1"], P["parent2"], P["parent4"], P["parent6"]], "Class assembly Friday",
          alt(text, html, m.key), ctx=m, ids_expected=False)


@reg
def oh_staff_sickness_html_att(c):
    m = Ctx("p-oh-htmlatt")
    rows = []
    for i in range(6):
        f, l = m.person()
        rows.append([f"{f} {l}", m.nino(), str(m.rng.randrange(5, 60)), m.rng.choice(["Stress/anxiety", "Back pain", "Cancer treatment", "Long COVID", "Pregnancy-related", "Depression"])])
    html = html_doc("<h3>Long-term sickness - referrals</h3>" + t_html(["Employee", "NINO", "Days absent", "Reason"], rows))
    cover = "Referral list attached for the OH clinic on the 20th. Lynne\n"
    c.add("positive", "staff-nino", "html-attachment", "Occupational-health referral list (staff names, NINOs, days off, health reasons) as HTML attachment",
          "outbound", staff("ashworth"), [("clinic@workwell-oh.example", "WorkWell OH")], "OH referrals",
          mixed([cover_part(cover), att_html("OH_referrals.html", html)], m.key), ctx=m)


@reg
def admissions_appeal_text_att(c):
    m = Ctx("p-appeal-textatt")
    ks = m.kids(5, 7)
    block = "\n".join(f"{k.last.upper()}, {k.first}  DOB {k.d('dmy')}  UPN {k.upn}  Address: {m.rng.randrange(1, 80)} {m.rng.choice(['Oak Rd', 'Beck Lane', 'Moor View'])}, Kelby"
                      for k in ks)
    cover = "Dear Clerk,\n\nThe appellants' details for the 4th December panel are in the attached text file.\n\nHelen Frost\n"
    c.add("positive", "mixed-record", "text-attachment", "Admissions appeals: five children with DOBs, UPNs and addresses in a .txt attachment to an independent appeals clerk",
          "outbound", staff("frost"), [("clerk@independent-appeals.example", "Appeals Clerk")], "Appeals 4 December",
          mixed([cover_part(cover), att_text("appeals_4dec.txt", block + "\n", cte="base64")], m.key), ctx=m)


@reg
def transport_html_attachment(c):
    m = Ctx("p-transport-htmlatt")
    ks = m.kids(9, 8)
    rows = [[k.name, k.d("dmy"), k.upn, "%d %s" % (m.rng.randrange(1, 90), m.rng.choice(["Fell Rd", "High St", "Low Lane"])),
             m.rng.choice(["", "Wheelchair user", "Needs escort (ASD)", ""])] for k in ks]
    html = html_doc("<h3>Home to school transport - new entitlements</h3>" + t_html(["Pupil", "DOB", "UPN", "Pick-up address", "Needs"], rows, "plain"))
    cover = "Hi County Coaches - new pupils for route 14 from January. Siobhan\n"
    c.add("positive", "upn-list", "html-attachment", "Transport list (names, DOBs, UPNs, home addresses, needs) as an HTML attachment to a coach firm",
          "outbound", staff("brennan"), [O["coaches"]], "Route 14 additions",
          mixed([cover_part(cover), att_html("route14.htm", html)], m.key), ctx=m)


@reg
def references_docx_uln(c):
    m = Ctx("p-careers-docx")
    ks = m.kids(6, 11)
    table = [["Student", "ULN", "DOB", "Destination applied", "Support needs"]]
    for k in ks:
        table.append([k.name, k.uln, k.d("dmy"), m.rng.choice(["Northvale - A levels", "Apprenticeship", "Northvale - T level"]),
                      m.rng.choice(["None", "EHCP - ASD", "Young carer", "Care leaver support"])])
    paras = ["# NEET-risk students - destinations tracking", "Shared for the FuturePaths follow-up calls."]
    cover = "Hi FuturePaths, the tracking sheet for the students you're following up. Tahmina\n"
    c.add("positive", "uln-list", "docx-attachment", "Destinations tracking docx: six Y11 students with ULNs, DOBs and support needs (EHCP, young carer)",
          "outbound", staff("rahman"), [O["careers"]], "NEET risk - follow up list",
          mixed([cover_part(cover), att_docx("NEET risk.docx", paras, [table])], m.key), ctx=m)


@reg
def upn_uln_flowed_delsp(c):
    m = Ctx("p-upn-uln-delsp")
    ks = m.kids(4, 12)
    txt = " ".join(f"{k.first} {k.last}: {k.upn} / {k.uln}." for k in ks)
    text = f"""Steph, for the data-sharing with your MIS, both numbers for each of the new Year 12 dual-enrolment students (our UPN then ULN): {txt} The ones from Highfield will follow. Dean
"""
    c.add("positive", "uln-list", "flowed-delsp", "Four Y12 students each with UPN and ULN in a long flowed delsp=yes paragraph to a college",
          "outbound", staff("pearce"), [O["college2"]], "dual enrolment numbers", body("flowed-delsp", text, m.key), ctx=m)


@reg
def card_and_dob_latin1(c):
    m = Ctx("p-card-latin1")
    pf, pl = m.person()
    k = m.kid(10)
    card = m.card("visa", sep=" ")
    text = f"""Bonjour,

Booking for the ski week: {k.first} {k.last} (né le {k.d('dmy')}) – the parent {pf} {pl} will pay the supplement
with card {card}, exp {m.expiry()}.

Cordialement,
Harjit Gill
"""
    c.add("positive", "payment-card", "latin1", "Ski booking with a pupil's DOB and a parent's card number and expiry, iso-8859-1",
          "outbound", staff("gill"), [O["ski"]], "Supplément ski", body("latin1", text, m.key), ctx=m)


@reg
def nhs_upn_cp1252_hospital(c):
    m = Ctx("p-hospital-cp1252")
    k = m.kid(6, "M")
    text = f"""Dear Hospital School,

{k.first} {k.last} (UPN {k.upn}, NHS {k.nhsf('334')}) is being admitted to the children\u2019s ward for chemotherapy from Monday for around six weeks. Could your teachers pick up the attached work plan? Mum has asked that {k.first}\u2019s classmates are only told \u201che\u2019s poorly\u201d.

Janet Ruddock
"""
    c.add("positive", "medical", "cp1252", "Named child's UPN, NHS number and cancer treatment to the hospital school, windows-1252",
          "outbound", staff("ruddock"), [("teachers@northshire-hospital-school.example", "Hospital School")], "Admission \u2013 work plan",
          body("cp1252", text, m.key), ctx=m)


@reg
def leavers_csv_bare_numbers(c):
    m = Ctx("p-leavers-bare-csv")
    ks = m.kids(30, 13)
    rows = [[k.first, k.last, k.uln, k.d("dmy2")] for k in ks]
    csv = csv_text(None, rows, crlf=False)
    cover = "Year 13 leavers export for the alumni platform, no headers sorry. Dean\n"
    c.add("positive", "uln-list", "csv-attachment", "Headerless CSV of thirty Y13 leavers with ULNs and DOBs to an alumni platform",
          "outbound", staff("pearce"), [("import@alumni-connect.example", "Alumni Connect")], "Leavers import",
          mixed([cover_part(cover), att_csv("leavers.csv", csv, cte="base64")], m.key), ctx=m)
