"""Negatives, part B: numbers that fail their check digits, and look-alike numbers
(phones, orders, invoices, ISBNs, bookings, tracking numbers, dates, hours)."""

import random

from common3 import *  # noqa: F401,F403

REG = []


def reg(f):
    REG.append(f)
    return f


def build(c):
    for f in REG:
        f(c)


# ------------------------------------------------------------- number helpers (never valid identifiers)
def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def ten_not_id(rng, first="123456789"):
    """10 digits that are neither a valid ULN nor a valid NHS number"""
    while True:
        s = digits(rng, 10, first)
        if not ukids.uln_valid(s) and not ukids.nhs_valid(s):
            return s


def n_not_card(rng, n, first="123456789"):
    while True:
        s = digits(rng, n, first)
        if not ukids.luhn_ok(s) and not (n == 10 and (ukids.uln_valid(s) or ukids.nhs_valid(s))):
            return s


def bad_uln(rng):
    while True:
        s = ukids.make_uln(rng)
        bad = s[:9] + str((int(s[9]) + rng.randrange(1, 9)) % 10)
        if not ukids.uln_valid(bad) and not ukids.nhs_valid(bad):
            return bad


def bad_nhs(rng):
    while True:
        s = ukids.make_nhs(rng)
        bad = s[:9] + str((int(s[9]) + rng.randrange(1, 9)) % 10)
        if not ukids.nhs_valid(bad) and not ukids.uln_valid(bad):
            return bad


def bad_card(rng, brand="visa"):
    return ukids.break_luhn(ukids.make_card(rng, brand))


def isbn13(rng):
    body = "978" + rng.choice(["0", "1"]) + "".join(str(rng.randrange(10)) for _ in range(8))
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


# ------------------------------------------------------------- bad check digits
@reg
def bad_upn_vendor_ticket(c):
    rng = random.Random("n-bad-upn-ticket")
    bads = [ukids.break_upn(ukids.make_upn(rng, la=855), rng) for _ in range(4)]
    text = f"""Hi NumberHive support,

Following up ticket #48377. Your import validator is letting through pupil IDs with a wrong check letter.
Our data manager mocked up these test values (not real pupils, the check letter is deliberately wrong):

{chr(10).join(bads)}

All four were accepted by the importer this morning. Our MIS rejects them, which is correct. Could the
validator be brought into line with the DfE algorithm?

Minh Tran
Network Manager
"""
    c.add("negative", "bad-checksum", "7bit", "Vendor ticket quoting four UPN-shaped test values whose check letters are wrong (no pupils)",
          "outbound", staff("tran"), [O["edtech"]], "RE: [#48377] validator accepts bad IDs", body("7bit", text, "n-bad-upn-ticket"))


@reg
def bad_upn_asset_tags_xlsx(c):
    rng = random.Random("n-bad-upn-assets")
    rows = [["Asset tag", "Device", "Room", "Fault"]]
    for i in range(14):
        tag = ukids.break_upn(ukids.make_upn(rng, la=rng.choice([855, 931, 330])), rng)
        rows.append([tag, rng.choice(["Dell Latitude 3540", "HP ProBook 440", "iPad 10th gen", "Epson projector"]),
                     rng.choice(["S4", "M12", "Library", "H2", "Sports hall"]), rng.choice(["Screen cracked", "Won't charge", "Keyboard", "Lamp"])])
    cover = "Hi, list of devices for the repair collection on Tuesday. Asset tags as printed on the stickers.\nMinh\n"
    c.add("negative", "bad-checksum", "xlsx-attachment", "Repair list of devices with 13-character asset tags shaped like UPNs but with wrong check letters",
          "outbound", staff("tran"), [("repairs@fixit-it.example", "FixIt IT Repairs")], "Repair collection Tuesday",
          mixed([cover_part(cover), att_xlsx("repairs.xlsx", rows)], "n-bad-upn-assets"))


@reg
def bad_uln_placeholder(c):
    rng = random.Random("n-bad-uln")
    bads = [bad_uln(rng) for _ in range(3)]
    text = f"""Steph,

A few ILR queries from your data team. For the learners who don't yet have a ULN, please use the
temporary value 9999999999 as the ILR spec says. The three numbers your team typed in from our
paper forms ({', '.join(bads)}) all fail the ULN check, so they must be typos - I'll get the correct
ones from the LRS once our login is restored and send them encrypted.

Dean
"""
    c.add("negative", "bad-checksum", "qp", "ILR query: the 9999999999 placeholder and three ULN-shaped numbers that fail the check digit, no names",
          "outbound", staff("pearce"), [O["college2"]], "ILR queries", body("qp", text, "n-bad-uln"))


@reg
def bad_nhs_training(c):
    rng = random.Random("n-bad-nhs")
    bads = [ukids.fmt_nhs(bad_nhs(rng)) for _ in range(5)]
    text = "Hi Gill,\n\nFor the data protection training on Thursday, here are the made-up NHS-style numbers for the 'is this a valid " \
        "number?' exercise. None of them pass the modulus 11 check, which is the point of the activity:\n\n" + \
        "\n".join(f"  {i}. {b}" for i, b in enumerate(bads, 1)) + \
        "\n\nI'll bring the answer sheet.\n\nClaire Dobson\nData Manager\n"
    c.add("negative", "bad-checksum", "wrap72", "Training exercise with five NHS-formatted numbers that fail mod-11, no names",
          "outbound", staff("dobson"), [O["sip"]], "Thursday training - exercise numbers", body("wrap72", text, "n-bad-nhs"))


@reg
def bad_card_vouchers(c):
    rng = random.Random("n-bad-card")
    codes = [ukids.fmt_card(bad_card(rng)) for _ in range(6)]
    text = "Hello,\n\nThe six book-token voucher codes from the Christmas raffle aren't being accepted by your website. " \
        "Could you check them?\n\n" + "\n".join(codes) + "\n\nMany thanks,\nSiobhan Brennan\n"
    c.add("negative", "bad-checksum", "7bit", "Gift-voucher codes in 4-4-4-4 groups that fail the Luhn check, to a bookseller",
          "outbound", staff("brennan"), [("help@pageturners-books.example", "PageTurners Help")], "Voucher codes not working",
          body("7bit", text, "n-bad-card"))


@reg
def bad_nino_guidance(c):
    text = """Hi Amanda,

Quick question on the starter forms. HMRC's example format on the guidance is QQ 12 34 56 C, and
two of our new cleaners wrote exactly that on their forms because they haven't received their numbers
yet. One has also put a temporary reference like 12 A1 23 45 from the Job Centre. What should we enter
until the real numbers arrive?

Lynne
"""
    c.add("negative", "bad-checksum", "7bit", "Payroll question quoting HMRC's QQ example NI number and a TRN-format reference (not real NINOs)",
          "outbound", staff("ashworth"), [O["payroll2"]], "Starter forms - NI question", body("7bit", text, "n-bad-nino"))


@reg
def bad_barcodes_csv(c):
    rng = random.Random("n-bad-barcodes")
    rows = [[ten_not_id(rng), isbn13(rng), rng.choice(["Damaged", "Lost", "Missing pages"])] for _ in range(20)]
    csv = csv_text(["Barcode", "ISBN", "Status"], rows)
    cover = "Hi, our annual write-off list for the library stock. Barcodes are the 10-digit ones on the spine labels.\nSimran\n"
    c.add("negative", "bad-checksum", "csv-attachment", "Library write-off CSV: 10-digit stock barcodes (fail ULN/NHS checks) and ISBNs",
          "outbound", staff("kaur"), [("stock@schools-library-service.example", "Schools Library Service")], "Stock write-off",
          mixed([cover_part(cover), att_csv("writeoff.csv", csv)], "n-bad-barcodes"))


@reg
def bad_meter_numbers(c):
    rng = random.Random("n-bad-meters")
    lines = "\n".join(f"{b}: serial {ten_not_id(rng)} - reading {rng.randrange(10000, 99999)} kWh" for b in ["Main block", "Sports hall", "Sixth form", "Kitchen"])
    text = f"""Dear Account Manager,

Meter readings for 1 November, as requested for the change of tariff:

{lines}

Terry Dunne
Site Manager
"""
    c.add("negative", "bad-checksum", "flowed", "Meter readings with 10-digit meter serials that fail ULN and NHS checks",
          "outbound", staff("dunne"), [("accounts@brightgrid-energy.example", "BrightGrid Energy")], "Meter readings", body("flowed", text, "n-bad-meters"))


@reg
def bad_ids_html_table(c):
    rng = random.Random("n-bad-mixed-html")
    rows = [["Exercise " + str(i), v] for i, v in enumerate([
        ukids.break_upn(ukids.make_upn(rng), rng), bad_uln(rng), ukids.fmt_nhs(bad_nhs(rng)), ukids.fmt_card(bad_card(rng, "mc")), "TN 31 41 59 E"], 1)]
    inner = ("<p>Dear Gill,</p><p>For the module on recognising identifiers, the quiz items (all deliberately <b>invalid</b>):</p>"
             + t_html(["Item", "Value"], rows) + "<p>Claire</p>")
    c.add("negative", "bad-checksum", "html-only", "Quiz table of identifier-shaped values that all fail their checks (UPN, ULN, NHS, card, NINO), no names",
          "outbound", staff("dobson"), [O["sip"]], "Quiz items", body("html-only", "", "n-bad-mixed-html", html=html_doc(inner)))


@reg
def bad_uln_alt(c):
    rng = random.Random("n-bad-uln-alt")
    refs = [bad_uln(rng) for _ in range(5)]
    text = "Hello,\n\nThe five transaction references from your remittance advice don't match anything on our ledger:\n\n" + \
        "\n".join(refs) + "\n\nCould you resend with the invoice numbers?\n\nKath Lister\n"
    c.add("negative", "bad-checksum", "alternative", "Remittance query listing 10-digit transaction references that fail ULN/NHS checks",
          "outbound", staff("lister"), [O["accounts"]], "Remittance query", alt(text, html_doc(paras_html(text)), "n-bad-uln-alt"))


@reg
def bad_card_b64_refund(c):
    rng = random.Random("n-bad-card-b64")
    n = ukids.fmt_card(bad_card(rng, "visa"), "")
    text = f"""Dear FreshPlate,

Your invoice quotes a "payment reference" of {n}, which our bank says is not a valid card or account
number. Could you confirm how you'd like to be paid? Our purchase order was PO-26-0413.

Kath Lister
"""
    c.add("negative", "bad-checksum", "base64", "16-digit payment reference starting with 4 that fails Luhn, in a supplier query (base64)",
          "outbound", staff("lister"), [O["catering"]], "Invoice payment reference", body("base64", text, "n-bad-card-b64"))


@reg
def bad_nhs_cp1252_form(c):
    rng = random.Random("n-bad-nhs-cp1252")
    b = ukids.fmt_nhs(bad_nhs(rng))
    text = f"""Hi there,

Your online booking form for the school flu clinic wouldn\u2019t accept the example NHS number in your own
instructions (\u201c{b}\u201d) \u2013 I think it\u2019s failing the check digit. Thought you\u2019d want to know before parents start
using it.

Fiona McBride
"""
    c.add("negative", "bad-checksum", "cp1252", "Feedback that an example NHS number in a booking form fails its check digit, windows-1252",
          "outbound", staff("mcbride"), [O["immun"]], "Booking form example number", body("cp1252", text, "n-bad-nhs-cp1252"))


# ------------------------------------------------------------- look-alike numbers
@reg
def look_staff_phone_list(c):
    rng = random.Random("n-look-phones")
    rows = [[r, n, "01632 960%03d" % rng.randrange(1000), "ext %d" % rng.randrange(200, 299)] for r, n in [
        ("Reception", "Simran Kaur"), ("Site", "Terry Dunne"), ("Finance", "Kath Lister"), ("Business Manager", "Siobhan Brennan"),
        ("IT", "Minh Tran"), ("Kitchen", "Catering manager")]]
    text = "Hi FixIt,\n\nContacts for the install day, all school numbers:\n\n" + t_aligned(["Area", "Contact", "Direct line", "Ext"], rows) + \
        "\n\nOut of hours: 07700 900482 (site mobile).\n\nMinh\n"
    c.add("negative", "lookalike-numbers", "7bit", "Staff work phone and extension list for a contractor",
          "outbound", staff("tran"), [("repairs@fixit-it.example", "FixIt IT Repairs")], "Install day contacts", body("7bit", text, "n-look-phones"))


@reg
def look_isbn_order(c):
    rng = random.Random("n-look-isbn")
    rows = [[isbn13(rng), t, str(q), "£%.2f" % p] for t, q, p in [
        ("Of Mice and Men (school edition)", 32, 6.99), ("An Inspector Calls", 60, 5.50), ("Macbeth - revision guide", 90, 4.25),
        ("GCSE Maths Higher workbook", 120, 3.99), ("Animal Farm", 30, 6.25), ("A Christmas Carol", 30, 4.99)]]
    text = "Dear PageTurners,\n\nPlease supply the following for the English and Maths departments:\n\n" + \
        t_pipe(["ISBN", "Title", "Qty", "Unit"], rows) + "\n\nPO number 26/0519. Deliver to the main reception.\n\nSiobhan Brennan\n"
    c.add("negative", "lookalike-numbers", "qp", "Book order table with ISBN-13s, quantities and prices",
          "outbound", staff("brennan"), [("orders@pageturners-books.example", "PageTurners Orders")], "Book order PO 26/0519", body("qp", text, "n-look-isbn"))


@reg
def look_invoice_query(c):
    rng = random.Random("n-look-invoices")
    lines = "\n".join(f"Invoice INV-{rng.randrange(10000, 99999)}  dated {d}  order {rng.randrange(100, 999)}-{rng.randrange(1000000, 9999999)}-{rng.randrange(1000000, 9999999)}  £{rng.randrange(40, 900)}.{rng.randrange(10, 99)}"
                      for d in ["02/10/2026", "09/10/2026", "23/10/2026", "06/11/2026"])
    text = f"""Hi Brightwater accounts,

We've received four invoices but only three deliveries:

{lines}

Can you send proof of delivery for the last one?

Kath
"""
    c.add("negative", "lookalike-numbers", "wrap72", "Invoice query with invoice numbers, dates, order numbers and amounts",
          "outbound", staff("lister"), [O["accounts"]], "Invoices - missing delivery", body("wrap72", text, "n-look-invoices"))


@reg
def look_coach_booking(c):
    text = """Hi County Coaches,

Confirming our bookings for the spring term (your refs in brackets):

Tue 13 January 2027 - Y9 geography fieldwork, depart 08:45, return 15:30 (CC-270113-04)
Wed 4 February 2027 - U13 football away at Moorside, depart 13:15 (CC-270204-11)
Fri 19 March 2027 - Y7 theatre trip, depart 17:30, return 22:45 (CC-270319-02)

All 49-seaters with seatbelts, pick-up from the bus bay on Kelby Road. PO 26/0533.

Harjit Gill
Trips Coordinator
"""
    c.add("negative", "lookalike-numbers", "flowed", "Coach booking confirmation with trip dates, times and booking references",
          "outbound", staff("gill"), [O["coaches"]], "Spring bookings", body("flowed", text, "n-look-coach"))


@reg
def look_tracking(c):
    rng = random.Random("n-look-tracking")
    rm = ["%s%s%09dGB" % (rng.choice("ABCFHJKLR"), rng.choice("ABDEHJRT"), rng.randrange(10 ** 9)) for _ in range(3)]
    dpd = [n_not_card(rng, 14, "1") for _ in range(2)]
    text = f"""Hello Schoolwear,

Three of the Royal Mail parcels haven't arrived: {', '.join(rm)}. The two DPD ones ({dpd[0]} and {dpd[1]}) came on
Friday. Could you chase?

Simran Kaur
Reception
"""
    c.add("negative", "lookalike-numbers", "7bit", "Missing parcels: Royal Mail and DPD tracking numbers",
          "outbound", staff("kaur"), [O["uniform"]], "Missing parcels", body("7bit", text, "n-look-tracking"))


@reg
def look_exam_timetable(c):
    rows = [["Mon 18 May 2027", "09:00", "1h 45m", "English Language Paper 1", "8700/1"],
            ["Mon 18 May 2027", "13:30", "1h 30m", "Biology Paper 1 (Higher)", "8461/1H"],
            ["Tue 19 May 2027", "09:00", "1h 30m", "Mathematics Paper 1 (non-calculator)", "8300/1H"],
            ["Wed 20 May 2027", "09:00", "2h 15m", "History Paper 1", "8145/1"],
            ["Thu 21 May 2027", "13:30", "1h 45m", "Geography Paper 1", "8035/1"]]
    text = "Dear Parents and Carers,\n\nThe first week of the summer GCSE timetable is below. Students must arrive by 08:40 for morning papers and 13:10 for afternoon papers.\n\n" + \
        t_aligned(["Date", "Start", "Length", "Paper", "Code"], rows) + \
        "\n\nThe full timetable is on the website. Contingency day: Wednesday 24 June 2027.\n\nEmma Varley\nExams Officer\n"
    c.add("negative", "lookalike-numbers", "alternative", "GCSE exam timetable to parents: dates, times, durations, paper codes",
          "outbound", staff("varley"), [P["parent1"], P["parent3"], P["parent5"]], "Summer exam timetable - week 1",
          alt(text, html_doc(paras_html(text.split("\n\n")[0] + "\n\n" + text.split("\n\n")[1]) + t_html(["Date", "Start", "Length", "Paper", "Code"], rows)
                             + paras_html("The full timetable is on the website.\n\nEmma Varley\nExams Officer")), "n-look-exams"))


@reg
def look_term_dates(c):
    text = """Term dates 2027/28

Autumn term: Thursday 2 September 2027 - Friday 17 December 2027
  Half term: Monday 25 October - Friday 29 October
Spring term: Tuesday 4 January 2028 - Friday 31 March 2028
  Half term: Monday 14 February - Friday 18 February
Summer term: Tuesday 18 April 2028 - Wednesday 21 July 2028
  Half term: Monday 29 May - Friday 2 June

INSET days: 1 September 2027, 3 January 2028, 17 April 2028, 22 and 23 July 2028.
Office opening hours during term: 8.00am - 4.30pm (Fri 8.00am - 3.30pm).
"""
    c.add("negative", "lookalike-numbers", "text-attachment", "Term dates and office opening hours as a text attachment to the parents' mailing service",
          "outbound", staff("kaur"), [("news@parentmail-service.example", "ParentMail Service")], "Term dates 2027/28 for the app",
          mixed([cover_part("Please publish the attached term dates on our app page. Thank you, Simran\n"),
                 att_text("term_dates_2027-28.txt", text, cte="quoted-printable")], "n-look-terms"))


@reg
def look_licence_keys(c):
    rng = random.Random("n-look-keys")
    keys = ["-".join("".join(rng.choice("BCDFGHJKMPQRTVWXY2346789") for _ in range(5)) for _ in range(5)) for _ in range(4)]
    text = "Hi EduTech,\n\nThe four licence keys we were sent don't activate (error 0xC004F050):\n\n" + "\n".join(keys) + \
        "\n\nOur customer number is 7741203, PO 26/0488.\n\nMinh\n"
    c.add("negative", "lookalike-numbers", "7bit", "Software licence keys and a customer number in a support email",
          "outbound", staff("tran"), [("licensing@edutech-resellers.example", "EduTech Licensing")], "Keys not activating", body("7bit", text, "n-look-keys"))


@reg
def look_serials_csv(c):
    rng = random.Random("n-look-serials")
    rows = [["Serial", "Model", "Purchased", "Warranty ends"]]
    for _ in range(12):
        rows.append(["%s%s" % (rng.choice(["5CG", "CND", "PF3"]), "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))),
                     rng.choice(["ProBook 440 G9", "Chromebook 14", "EliteDesk 800"]), "%02d/%02d/20%d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(22, 26)),
                     "%02d/%02d/20%d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(26, 29))])
    csv = csv_text(rows[0], rows[1:])
    c.add("negative", "lookalike-numbers", "csv-attachment", "Warranty claim CSV with device serial numbers and purchase dates",
          "outbound", staff("tran"), [("warranty@edutech-resellers.example", "EduTech Warranty")], "Warranty claims batch",
          mixed([cover_part("Batch of warranty claims attached. Minh\n"), att_csv("warranty.csv", csv, cte="quoted-printable")], "n-look-serials"))


@reg
def look_network_ips(c):
    text = """Hi NetConnect,

The filtering appliance lost its config overnight. Current settings:

WAN: 203.0.113.46/29, gateway 203.0.113.41
LAN: 10.48.0.1/16, DHCP 10.48.10.1 - 10.48.250.254
DNS: 198.51.100.53, 198.51.100.54
Appliance serial: FGT60F-TK20094318, firmware 7.2.8 build 1639
Circuit ID: NCX/EFM/0021458

Ticket ref 2611-0093. Can you restore the backup from 9 November?

Minh Tran
"""
    c.add("negative", "lookalike-numbers", "smime-signed", "S/MIME-signed support email with IP addresses, serials, circuit ID and ticket reference",
          "outbound", staff("tran"), [("noc@netconnect-isp.example", "NetConnect NOC")], "Filter config lost", signed(ms.text_part(text, cte="7bit"), "n-look-ips"))


@reg
def look_school_identifiers(c):
    text = """Dear Supplier Onboarding,

Our details for your new-customer form:

Kingsmead Community School
DfE establishment number: 855/4032
URN: 138547
UKPRN: 10087432
Exam centre number: 48213
VAT registration: GB 123 4567 89 (trust)
Company number (Valley Learning Trust): 07891234
Delivery hours: Monday to Friday 07:30 - 15:30

Accounts payable: accounts@school.example, 01632 960100

Siobhan Brennan
School Business Manager
"""
    c.add("negative", "lookalike-numbers", "latin1", "School's own institutional identifiers (DfE number, URN, UKPRN, centre number, VAT) for a supplier form",
          "outbound", staff("brennan"), [("onboarding@office-supplies-direct.example", "Supplier Onboarding")], "New customer form",
          body("latin1", text + "\nÉtablissement scolaire - merci.\n", "n-look-ids"))


@reg
def look_fixtures_results(c):
    text = """Hi Keith,

Results from Saturday for the league table:

U12  Kingsmead 3 - 1 Moorside (KO 10:00)
U13  Kingsmead 0 - 2 Highfield (KO 10:15)
U14  St Aidan's 4 - 4 Kingsmead (KO 11:30) - won 5-4 on pens
U15  postponed (waterlogged pitch) - rearranged to Sat 5 Dec 2026, 09:45

Next round draw on 1/12. Pitch 3 is booked 09:00-12:00 every Saturday until March.

Chidi
"""
    c.add("negative", "lookalike-numbers", "7bit", "Football results and fixtures with scores, kick-off times and dates",
          "outbound", staff("okoye"), [O["footy"]], "Saturday results", body("7bit", text, "n-look-fixtures"))


@reg
def look_swim_times_xlsx(c):
    rows = [["Event", "Lane", "Time", "Place", "House"]]
    rng = random.Random("n-look-swim")
    for ev in ["25m free", "25m back", "50m free", "4x25 relay"]:
        for lane in range(1, 5):
            rows.append([ev, lane, "00:%02d.%02d" % (rng.randrange(18, 59), rng.randrange(100)), str(lane), rng.choice(["Brontë", "Austen", "Eliot", "Shelley"])])
    c.add("negative", "lookalike-numbers", "xlsx-attachment", "Swimming gala results spreadsheet: events, lanes, times, house (no pupil names)",
          "outbound", staff("holloway"), [O["leisure"]], "Gala results by house",
          mixed([cover_part("House results attached for your noticeboard.\nSam\n"), att_xlsx("gala results.xlsx", rows)], "n-look-swim"))


@reg
def look_train_tickets(c):
    text = """Hello Group Travel,

Please could you amend our group booking (reference GT7Q4KX, 34 passengers):

Outward: Wed 17 March 2027, Kelby 07:52 -> London King's Cross 10:31, coach C seats 21-54
Return: Wed 17 March 2027, London King's Cross 17:33 -> Kelby 20:14, coach B seats 1-34

The total was £612.00 (£18.00 per person). Payment card on file is the school's purchasing card.

Harjit Gill
"""
    c.add("negative", "lookalike-numbers", "qp", "Rail group booking amendment with booking reference, times, seat numbers and fares",
          "outbound", staff("gill"), [("groups@railtravel.example", "Group Travel")], "Amend GT7Q4KX", body("qp", text, "n-look-trains"))


@reg
def look_room_hire(c):
    text = """Dear Mrs Tulloch,

Thank you for your enquiry about hiring the sports hall for the dance school.

Available: Tuesdays 18:00-20:00 and Saturdays 09:00-13:00, from 12 January 2027.
Rates: £38.50 per hour weekday evenings, £44.00 per hour at weekends (includes caretaking).
Deposit: £100, refundable. Booking reference: LET-2026-117.

Please complete the lettings agreement and return it by 18 December.

Siobhan Brennan
"""
    c.add("negative", "lookalike-numbers", "docx-attachment", "Room-hire reply with times, rates and booking reference plus a lettings agreement docx (no personal data)",
          "outbound", staff("brennan"), [("maureen.tulloch@example.org", "Maureen Tulloch")], "Sports hall hire",
          mixed([cover_part(text), att_docx("Lettings agreement.docx",
                                            ["# Lettings agreement", "Hirer name: ______________________", "Organisation: ______________________",
                                             "Dates and times requested: ______________________", "Public liability insurance (attach certificate)",
                                             "Signed: __________________  Date: ___/___/______"])], "n-look-hire"))


@reg
def look_menu_prices_html(c):
    inner = """<h2>Spring menu - week 1</h2>
<table border="1" cellpadding="4"><tr><th>Day</th><th>Main</th><th>Veg option</th><th>kcal</th><th>Price</th></tr>
<tr><td>Mon</td><td>Chicken curry &amp; rice</td><td>Chickpea curry</td><td>612</td><td>£2.60</td></tr>
<tr><td>Tue</td><td>Pasta bolognese</td><td>Quorn bolognese</td><td>584</td><td>£2.60</td></tr>
<tr><td>Wed</td><td>Roast turkey</td><td>Nut roast (contains nuts)</td><td>701</td><td>£2.75</td></tr>
<tr><td>Thu</td><td>Fish fingers</td><td>Veggie fingers</td><td>539</td><td>£2.60</td></tr>
<tr><td>Fri</td><td>Pizza</td><td>Margherita</td><td>655</td><td>£2.50</td></tr></table>
<p>Served 12:10-13:05. Allergen information is available from the kitchen.</p>"""
    c.add("negative", "lookalike-numbers", "html-only", "Canteen menu with calorie counts, prices and serving times sent to parents",
          "outbound", staff("brennan"), [P["parent2"], P["parent6"]], "Spring menu week 1", body("html-only", "", "n-look-menu", html=html_doc(inner)))


@reg
def look_order_numbers_zip(c):
    rng = random.Random("n-look-orders")
    rows = [["Order no", "Date", "Item", "Qty", "Net"]]
    for _ in range(15):
        rows.append([ten_not_id(rng, "3"), "%02d/%02d/2026" % (rng.randrange(1, 29), rng.randrange(1, 12)),
                     rng.choice(["A4 paper (box)", "Whiteboard pens", "Glue sticks", "Exercise books"]), str(rng.randrange(1, 40)), "%.2f" % (rng.randrange(300, 20000) / 100)])
    csv = csv_text(rows[0], rows[1:])
    c.add("negative", "lookalike-numbers", "zip-attachment", "Zipped order history CSV with 10-digit order numbers (fail ULN/NHS), dates and amounts",
          "outbound", staff("lister"), [("statements@office-supplies-direct.example", "Statements")], "Order history for reconciliation",
          mixed([cover_part("Order history zipped as requested. Kath\n"), att_zip("orders_2026.zip", [("orders.csv", csv)])], "n-look-orders"))


@reg
def look_opening_hours_delsp(c):
    text = """Dear parents, a reminder of the changed opening hours over the Christmas period: the office will be open 8.30am to 12.30pm on 21, 22 and 23 December, closed 24 December to 1 January inclusive, and open 9am to 3pm on 2 January. Breakfast club reopens 7.45am on 4 January 2027 and after-school club runs until 5.45pm. For urgent safeguarding matters during the closure please call the council's out-of-hours line on 0113 496 0000. Merry Christmas from everyone at Kingsmead!
"""
    c.add("negative", "lookalike-numbers", "flowed-delsp", "Christmas opening hours with dates, times and an out-of-hours phone number to parents (flowed delsp=yes)",
          "outbound", staff("kaur"), [P["parent1"], P["parent4"]], "Christmas opening hours", body("flowed-delsp", text, "n-look-hours"))


@reg
def look_fwd_booking_confirmation(c):
    inner = """Booking confirmed!

Booking reference: HOC-2027-0382
Group: Kingsmead Year 6 (32 pupils, 5 staff)
Arrival: Monday 22 March 2027, 10:30
Departure: Wednesday 24 March 2027, 14:00
Accommodation: Bunkhouse B (rooms 3-9)
Balance due: £4,960.00 by 22 January 2027

Hillside Outdoor Centre, Fell Road, Kelby. Tel 01632 960777.
"""
    c.add("negative", "lookalike-numbers", "rfc822-forward", "Forwarded booking confirmation (references, dates, rooms, balance) to the PTA chair",
          "outbound", staff("gill"), [P["parent3"]], "Fwd: Booking confirmed HOC-2027-0382",
          mixed([cover_part("Rajesh - for the PTA minutes, confirmation below. Harjit\n"),
                 fwd822(O["outdoor"], [staff("gill")], "Booking confirmed HOC-2027-0382", D(2026, 11, 12, 8, 1), inner, "n-look-fwd", shape="qp")],
                "n-look-fwd"))


@reg
def look_utf8_stock_codes(c):
    text = """Hi Schoolwear,

Summer restock please – size codes as on your price list:

BLZ-KM-28  × 12   (blazer, 28")
BLZ-KM-30  × 20
JMP-KM-S   × 35   (jumper, small)
TIE-KM-STD × 60
PE-TOP-M   × 25

Delivery week commencing 5 July 2027, before 14:00 please. Our account no. with you is KM0042.

Siobhan
"""
    c.add("negative", "lookalike-numbers", "utf8-8bit", "Uniform restock order with product codes, quantities, delivery date and supplier account code (8bit utf-8)",
          "outbound", staff("brennan"), [O["uniform"]], "Summer restock", body("utf8-8bit", text, "n-look-stock"))
