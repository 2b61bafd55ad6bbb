"""Negative messages, part 1: hard near misses that carry no personal data.

Most are OUTBOUND to outside recipients (so direction alone does not clear
them): numbers shaped like identifiers that fail their check digit, phone
numbers, order/invoice/ticket references, event dates, newsletters with first
names only, anonymised statistics, generic policy text, staff signatures,
card-like numbers that fail Luhn, and curriculum material.
The build asserts that none of these contains a check-digit-valid identifier.
"""

import datetime

import identifiers as ID
import mimeshapes as M
from pdcommon import UTC1, org, outside, sig, staff, xlsx_serial

SCHOOL_TEL = "0113 496 0582"
SCHOOL_ADDR = "Moor Lane, Leeds LS6 2QT"


def N(family, shape, note, frm, to, subject, direction="outbound", cc=(), subj_enc=None, **content):
    d = dict(label="negative", direction=direction, family=family, shape=shape, note=note,
             frm=frm, to=list(to), cc=list(cc), subject=subject, subj_enc=subj_enc, expect=[])
    d.update(content)
    return d


def clean(fn, *a):
    """Call a generator until its (formatted) value holds no valid identifier."""
    for _ in range(1000):
        v = fn(*a)
        if not ID.find_valid_identifiers(v if isinstance(v, str) else " ".join(v)):
            return v
    raise AssertionError("no clean value from %r" % fn)


def fixed(text):
    """A hand-written text that must hold no valid identifier."""
    assert not ID.find_valid_identifiers(text), text
    return text


def _isbn13(rng):
    body = "978" + "".join(str(rng.randrange(10)) for _ in range(9))
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    s = body + str(chk)
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:6], s[6:12], s[12])


# ---------------------------------------------------------------------------
# identifier-shaped numbers that fail their check digit
# ---------------------------------------------------------------------------

def checkdigit_fail(rng):
    out = []
    F = "checkdigit-fail"

    # 1 dummy UPNs in an MIS test file, wrap72
    me = staff("it")
    bad = [clean(ID.gen_upn_invalid, rng) for _ in range(3)]
    txt = ("Hi MIS Support,\n\nWe are testing the bulk import on the training database before "
           "census. The three dummy records we created (Test Pupil One, Two and Three) all fail with "
           "error 1510, which I think is right, because I made the UPNs up: %s, %s and %s. Can you "
           "confirm that the import validates the UPN check letter and that nothing from the "
           "training database can be sent in the live return?\n\nLewis McAllister\nIT Manager\n"
           % tuple(bad))
    out.append(N(F, "wrap72", "Made-up UPNs on dummy training records that fail the check letter, to the MIS vendor",
                 me, [org("mis")], "Import validation on the training database", text=txt))

    # 2 purchase order numbers, csv
    me = staff("sbm")
    rows = [["PO number", "Supplier", "Description", "Net", "VAT"]]
    for d in ["Exercise books A4 (x2000)", "Science consumables", "Netball posts", "Toner cartridges",
              "Minibus MOT", "Library books", "Art paper", "Calculators (x60)"]:
        rows.append([clean(ID.gen_10digit_invalid, rng, "4"), "Edu Supplies", d,
                     "%d.%02d" % (rng.randrange(40, 2400), rng.randrange(100)), "20%"])
    out.append(N(F, "csv-attachment", "Open purchase orders with 10-digit PO numbers that fail NHS/ULN checks, csv to a supplier",
                 me, [org("supplier")], "Open POs - statement reconciliation",
                 cover="Hello,\n\nOur list of open POs is attached for the statement reconciliation.\n\nHelen Whitcombe\n",
                 rows=rows, attach_name="open_pos.csv"))

    # 3 laptop asset register, xlsx
    me = staff("it")
    rows = [["Asset tag", "Serial", "Model", "Room", "Purchased"]]
    for i in range(14):
        rows.append(["HC-%04d" % (300 + i), clean(ID.gen_10digit_invalid, rng),
                     rng.choice(["Latitude 3440", "ThinkPad E14", "Chromebook 314"]),
                     rng.choice(["IT1", "IT2", "Library", "S4"]), xlsx_serial(datetime.date(2024, 9, 1))])
    out.append(N(F, "xlsx-attachment", "Laptop asset register: 10-digit serials failing every check, to a repair company",
                 me, [outside(7)], "Warranty claim - laptop list",
                 cover="Chloe,\n\nThe laptops for the warranty claim are listed in the attached.\n\nLewis\n",
                 rows=rows, attach_name="laptops warranty.xlsx", date_cols=(4,)))

    # 4 supplier "account number" (10 digits, fails) with invoice query, QP
    me = staff("sbm")
    acc = clean(ID.gen_nhs_invalid, rng)
    txt = ("Dear Accounts,\n\nInvoice 20513 has been sent to us twice. Our customer account number "
           "with you is %s and the invoice total is \u00a3418.60. Please cancel the duplicate and send "
           "an up-to-date statement.\n\nKind regards,\nHelen Whitcombe\nSchool Business Manager\n" % acc)
    out.append(N(F, "qp", "Customer account number that fails mod 11, quoted in an invoice query",
                 me, [org("supplier")], "Duplicate invoice 20513", text=txt))

    # 5 text attachment: validator test strings from the IT manager
    me = staff("it")
    lines = ["# strings that MUST be rejected by the import", ""]
    for _ in range(4):
        lines.append("upn,%s" % clean(ID.gen_upn_invalid, rng))
    for _ in range(4):
        lines.append("uln,%s" % clean(ID.gen_10digit_invalid, rng))
    lines += ["nino,QQ123456A", "nino,GB123456A", "nino,AB123456E"]
    out.append(N(F, "text-attachment", "List of invalid UPN/ULN/NINO test strings (.txt) sent to a software vendor",
                 me, [org("mis")], "Negative test cases for the import",
                 cover="As promised, our negative test cases - none of these should import.\n\nLewis\n",
                 text="\n".join(lines) + "\n", attach_name="negative_cases.txt"))

    # 6 electricity MPRN / meter serials, 7bit
    me = staff("sbm")
    mprn = clean(ID.gen_10digit_invalid, rng, "7")
    txt = ("Hi,\n\nMeter readings for the sports hall as requested:\n\nMPRN: %s\nMeter serial: "
           "E%02dZ%06d\nReading 14/10/2026: 48213 kWh\nPrevious 14/09/2026: 46107 kWh\n\n"
           "Helen\n" % (mprn, rng.randrange(100), rng.randrange(1000000)))
    out.append(N(F, "7bit", "Gas meter reference (10 digits, fails checks) and readings to an energy supplier",
                 me, [outside(20)], "Meter readings - sports hall", text=txt))

    # 7 flowed: ISBNs for a book order
    me = staff("english")
    txt = "Hi,\n\nCould you quote for the following class sets for Year 10 English?\n\n"
    for t in ["An Inspector Calls", "A Christmas Carol", "Macbeth (school edition)", "Poems of Conflict anthology"]:
        txt += "%s, ISBN %s, qty 32\n" % (t, clean(_isbn13, rng))
    txt += "\nDelivery to the school office, please.\n\nGrace Adeyemi\n"
    out.append(N(F, "flowed", "Book order quoting ISBN-13s in dashed groups",
                 me, [outside(12)], "Quote for class sets", text=txt))

    # 8 html-only: BACS remittance with payment reference
    me = staff("sbm")
    ref = clean(ID.gen_10digit_invalid, rng, "4")
    html = ("<html><body><p>Remittance advice</p><table border=\"1\"><tr><th>Invoice</th><th>Payment "
            "reference</th><th>Amount</th></tr><tr><td>INV-88213</td><td>%s</td><td>&pound;1,204.00</td></tr>"
            "<tr><td>INV-88240</td><td>%s</td><td>&pound;96.50</td></tr></table>"
            "<p>Paid by BACS on 30/10/2026.<br>Hillcrest Academy Finance</p></body></html>\n"
            % (ref, clean(ID.gen_10digit_invalid, rng, "4")))
    out.append(N(F, "html-only", "BACS remittance advice with 10-digit payment references failing all checks (HTML only)",
                 me, [org("supplier")], "Remittance advice", html=html, text="x"))

    # 9 base64: ULN-shaped dummy in a template import
    me = staff("exams")
    txt = ("Hello,\n\nYour template spreadsheet for the results upload has 1000000063 in the ULN "
           "column of the example row, and the portal rejects it. I think that number fails the "
           "check digit on purpose. Should we just delete the example row before uploading?\n\n"
           "Rebecca Stone\nExams Officer\n")
    out.append(N(F, "base64", "Question about an example-row ULN (fails the check digit) in an awarding body template (base64)",
                 me, [org("examboard")], "Template example row", text=txt))

    # 10 zip: parcel tracking numbers
    me = staff("office")
    lines = ["Parcels not yet received (tracking numbers)", ""]
    for i in range(6):
        lines.append("%d. %s  %s" % (i + 1, clean(ID.gen_10digit_invalid, rng, "6"),
                                     rng.choice(["2 boxes", "1 pallet", "1 box"])))
    out.append(N(F, "zip-attachment", "Zipped list of 10-digit parcel tracking numbers (none check-digit valid) to a courier",
                 me, [outside(3)], "Missing deliveries",
                 cover="Hi Laura, list zipped as your portal only takes zip uploads.\n\nSian\n",
                 text="\n".join(lines) + "\n", attach_name="missing_parcels.txt"))

    # 11 cp1252: NHS-number-shaped booking reference for a theatre group
    me = staff("english")
    ref = clean(ID.gen_nhs_invalid, rng)
    txt = ("Dear Box Office,\n\nOur group booking for \u2018Matilda\u2019 on 9 December has the "
           "reference %s. We need to add two more adult tickets \u2013 is the group rate still "
           "available?\n\nGrace Adeyemi\n" % ID.fmt_nhs(ref))
    out.append(N(F, "cp1252", "Theatre booking reference in 3-3-4 grouping that fails mod 11 (windows-1252)",
                 me, [("boxoffice@theatre.example", "Box Office")], "Group booking \u2013 Matilda", text=txt))

    # 12 docx: a blank form with placeholder identifiers
    me = staff("office")
    paras = ["# Data collection sheet 2027 - EXAMPLE (not a real pupil)",
             "Example entries show the format only:",
             "UPN: %s (example, fails validation)" % clean(ID.gen_upn_invalid, rng),
             "NHS number: 123 456 7890 (example)",
             "Please write your child's details on the paper copy and return it in a sealed envelope."]
    out.append(N(F, "docx-attachment", "Data-collection form template (docx) with example identifiers that fail validation, to a print shop",
                 me, [outside(21)], "Print job - data sheets",
                 cover="Please print 900 copies, double sided.\n\nSian\n", paras=paras,
                 attach_name="data collection sheet.docx"))
    return out


# ---------------------------------------------------------------------------
# phone numbers
# ---------------------------------------------------------------------------

def phones(rng):
    out = []
    F = "phone-number"

    me = staff("head")
    txt = ("Dear Parents and Carers,\n\nFrom Monday 2 November the school is moving to a new phone "
           "system. The main number stays the same (%s) but the options change:\n\n"
           "Option 1 \u2013 absence line (or text 07700 900461)\nOption 2 \u2013 finance\n"
           "Option 3 \u2013 SEN and inclusion\nOption 4 \u2013 safeguarding (if a child is at risk, call "
           "0113 496 0911 out of hours)\n\nThank you,\nCaroline Fenwick\nHeadteacher\n" % SCHOOL_TEL)
    out.append(N(F, "alternative", "Letter to parents about the new phone system listing school numbers",
                 me, [outside(0), outside(1), outside(2)], "New school phone system", text=txt))

    me = staff("dsl")
    html = ("<html><body><p>Dear Mrs Marsh,</p><p>Thank you for your call. As promised, here are "
            "the numbers you asked for:</p><ul><li>Children's Social Care front door: 0113 496 0700</li>"
            "<li>Out of hours emergency duty team: 0113 496 0555</li><li>NSPCC helpline: 0808 800 5000</li>"
            "<li>Childline (for young people): 0800 1111</li></ul><p>If you ever have a safeguarding "
            "concern about any child, you can also ring me directly on %s ext 214.</p>"
            "<p>Aisha Begum<br>Designated Safeguarding Lead</p></body></html>\n" % SCHOOL_TEL)
    out.append(N(F, "html-only", "Safeguarding helpline numbers sent to a parent (no child named)",
                 me, [outside(2)], "Useful numbers", html=html, text="x"))

    me = staff("pe")
    txt = ("Hi,\n\nFor Saturday's fixture my mobile on the day is 07700 900318, and the minibus "
           "driver (Mr Pugh) is on 07700 900927. We should arrive about 9:40.\n\nTom\n")
    out.append(N(F, "7bit", "Teacher's and driver's mobile numbers for a fixture",
                 me, [org("northfield")], "Saturday fixture", text=txt))

    me = staff("sbm")
    txt = ("Hello,\n\nThanks for the quote. Our contacts for the contract are: site manager "
           "Andy Cole on 0113 496 0587 (direct) or 07700 900744, and me on %s ext 202. Out of "
           "hours, the key holder line is 0161 496 0000.\n\nHelen\n" % SCHOOL_TEL)
    out.append(N(F, "flowed-delsp", "Contract contact numbers (landlines, a mobile, an out-of-hours line) to a contractor",
                 me, [outside(9)], "Cleaning contract contacts", text=txt))

    me = staff("history")
    txt = ("Chère Madame,\n\nNotre numéro pendant le séjour: +44 7700 900512 (M. Trelawney) et "
           "l'école: +44 (0)113 496 0582. Merci pour votre accueil!\n\nOwen Trelawney\n")
    out.append(N(F, "latin1", "International-format phone numbers for an exchange trip (iso-8859-1)",
                 me, [outside(6)], "Numéros pour le séjour", subj_enc=("iso-8859-1", "Q"), text=txt))

    me = staff("office")
    txt = ("Hi Wendy,\n\nThe numbers you need for the fayre:\n\n\u260e Office: %s\n\u260e PTA mobile: "
           "07700 900280\n\u260e Caretaker: 07700 900123\n\nThanks! Sian\n" % SCHOOL_TEL)
    out.append(N(F, "utf8-8bit", "Phone numbers for a Christmas fayre with telephone symbols (utf-8)",
                 me, [outside(11)], "Fayre contacts", text=txt))

    me = staff("it")
    txt = ("Dear Support,\n\nOur SIP trunk numbers are 0113 496 0580 to 0113 496 0599. Please "
           "port the block on 20 November. Our account manager's number is 020 7946 0123.\n\nLewis\n")
    out.append(N(F, "smime-signed", "Signed request to port a block of school phone numbers",
                 me, [("support@telecoms.example", "Telecoms Support")], "Number port request", text=txt))

    me = staff("chaplain")
    txt = ("Dear all,\n\nThe Christmas carol service rota is attached to the church notice board. "
           "If you can't make your slot please ring the parish office on 0113 496 0444 or my "
           "mobile 07700 900655 by Friday.\n\nAlan Prentice\nChaplain\n")
    out.append(N(F, "wrap72", "Carol service rota reminder with a parish number and the chaplain's mobile",
                 me, [outside(10), outside(22)], "Carol service rota", text=txt))
    return out


# ---------------------------------------------------------------------------
# order / invoice / ticket numbers
# ---------------------------------------------------------------------------

def order_refs(rng):
    out = []
    F = "order-ref"

    me = staff("sbm")
    po = clean(ID.gen_10digit_invalid, rng, "4")
    html = ("<html><body><p>Dear Accounts,</p><p>Please find our order below.</p><p>Purchase order: "
            "<b>%s</b><br>Our ref: HC/FIN/2026/0417<br>Delivery: Hillcrest Academy, Moor Lane, LS6 2QT</p>"
            "<p>Helen Whitcombe</p></body></html>\n" % po)
    out.append(N(F, "html-only", "Purchase order with a 10-digit PO number (fails all checks), HTML only",
                 me, [org("supplier")], "Order %s" % po, html=html, text="x"))

    me = staff("computing")
    txt = clean(lambda: "Hi,\n\nOrder 205-%s-%s arrived with two Raspberry Pi kits missing. Can you send "
                "the missing items or refund? Ticket number from your chat: #%d.\n\nYusuf Demir\n"
                % (rng.randrange(1000000, 9999999), rng.randrange(1000000, 9999999), rng.randrange(100000, 999999)))
    out.append(N(F, "alternative", "Online order reference in 3-7-7 form and a chat ticket number",
                 me, [outside(23)], "Missing items", text=txt))

    me = staff("office")
    txt = ("Good morning,\n\nInvoice INV-2026-%05d for the Year 6 leavers' hoodies (\u00a3742.50) was paid "
           "on 12 October, reference HC%08d. Please could you mark it as paid?\n\nSian\n"
           % (rng.randrange(100000), rng.randrange(10 ** 8)))
    out.append(N(F, "qp", "Invoice number and payment reference query to a supplier",
                 me, [org("uniform")], "Invoice paid", text=txt))

    me = staff("office")
    rows = [["Ticket", "Date", "Performance", "Seats"]]
    for i in range(8):
        rows.append(["TKT%08d" % rng.randrange(10 ** 8), "09/12/2026", "Matilda 14:30",
                     "Row %s %d-%d" % ("ABCDEFGH"[i], 1, 10)])
    out.append(N(F, "csv-attachment", "Theatre e-ticket references (alphanumeric) as csv",
                 me, [outside(11)], "Ticket refs", cover="Ticket references attached.\n\nSian\n",
                 rows=rows, attach_name="tickets.csv"))

    me = staff("it")
    inner_txt = clean(lambda: "Hello,\n\nYour support request has been logged as ticket 4421%06d. Our "
                      "engineer will visit on Thursday between 8am and 12pm. Quote reference SR-19887 if "
                      "you call.\n\nCopier Services\n" % rng.randrange(10 ** 6))
    out.append(N(F, "rfc822-forward", "Copier service ticket confirmation forwarded as an attachment to the lease company",
                 me, [outside(19)], "Fwd: ticket logged",
                 cover="Laura - forwarding the ticket confirmation for your records.\n\nLewis\n",
                 text=inner_txt, attach_name="ticket.eml",
                 inner=dict(frm=("noreply@copier-services.example", "Copier Services"), to=[me],
                            subject="Your ticket has been logged",
                            date=datetime.datetime(2026, 10, 12, 7, 55, tzinfo=UTC1), shape="7bit")))

    me = staff("geography")
    txt = ("Hi,\n\nTrain booking for the Year 12 fieldwork: booking reference %s, collection "
           "reference %s, 24 seats on the 08:12 Leeds to Scarborough, 3 March.\n\nMark\n"
           % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)),
              "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))))
    out.append(N(F, "7bit", "Rail group booking and collection references",
                 me, [outside(16)], "Train booking", text=txt))

    me = staff("sbm")
    txt = ("Dear Sir/Madam,\n\nWe have been charged twice for order %s (school photos). The card "
           "payment was taken on 3 and 5 October. Please refund the duplicate.\n\nHelen Whitcombe\n"
           % clean(ID.gen_10digit_invalid, rng, "8"))
    out.append(N(F, "base64", "Duplicate charge complaint citing a 10-digit order number (base64)",
                 me, [org("photo")], "Duplicate charge", text=txt))

    me = staff("sbm")
    rows = [["Invoice", "Date", "Order ref", "Amount"]]
    xrows = [rows[0][:]]
    for i in range(10):
        inv = "INV%06d" % rng.randrange(10 ** 6)
        d = datetime.date(2026, 9, 1) + datetime.timedelta(days=i * 5)
        ref = clean(ID.gen_10digit_invalid, rng, "5")
        amt = "%d.%02d" % (rng.randrange(20, 900), rng.randrange(100))
        rows.append([inv, d.strftime("%d/%m/%Y"), ref, amt])
        xrows.append([inv, xlsx_serial(d), ref, amt])
    out.append(N(F, "xlsx-attachment", "Aged creditors list: invoice numbers, dates and 10-digit order refs (xlsx)",
                 me, [org("supplier")], "Statement query",
                 cover="Our list of your invoices attached.\n\nHelen\n", rows=rows, xlsx_rows=xrows,
                 date_cols=(1,), attach_name="creditors.xlsx"))

    me = staff("office")
    rows = [["Item", "Order no.", "Status"], ["Coach hire (Highmoor)", "CH-7731-A", "confirmed"],
            ["Packed lunches", "PL%06d" % rng.randrange(10 ** 6), "awaiting"],
            ["Insurance", "POL/EDU/%07d" % rng.randrange(10 ** 7), "issued"]]
    out.append(N(F, "html-attachment", "Trip bookings summary with alphanumeric order/policy numbers (HTML attachment)",
                 me, [org("outdoor")], "Bookings summary",
                 cover="Summary attached.\n\nSian\n", intro="Year 9 residential bookings", rows=rows,
                 outro="", attach_name="bookings.html"))

    me = staff("it")
    txt = ("Hi,\n\nLicence renewal for 1,200 seats: quote Q-%d, contract %s, renewal due "
           "31/12/2026. Please send the invoice to finance@school.example.\n\nLewis\n"
           % (rng.randrange(10 ** 5, 10 ** 6), clean(ID.gen_10digit_invalid, rng, "3")))
    out.append(N(F, "flowed-delsp", "Software licence quote and 10-digit contract number (fails all checks)",
                 me, [org("mis")], "Licence renewal quote", text=txt))
    return out


# ---------------------------------------------------------------------------
# event dates
# ---------------------------------------------------------------------------

def event_dates(rng):
    out = []
    F = "event-dates"

    me = staff("head")
    txt = ("Dear Parents and Carers,\n\nKey dates for the spring term:\n\nTue 05/01/2027 \u2013 term "
           "starts\nThu 28/01/2027 \u2013 Year 11 parents' evening, 4:30\u20137:30pm\nMon 15/02/2027 to "
           "Fri 19/02/2027 \u2013 half term\nWed 10/03/2027 \u2013 Year 7 vaccinations (consent forms "
           "out 1 March)\nFri 26/03/2027 \u2013 term ends at 1:15pm\n\nCaroline Fenwick\n")
    out.append(N(F, "wrap72", "Spring term dates letter to parents (many dd/mm/yyyy dates, no person)",
                 me, [outside(0), outside(4)], "Spring term dates", text=txt))

    me = staff("pe")
    txt = ("Hi Kev,\n\nConfirming the district athletics dates: heats on 12 May 2027, finals on "
           "3rd June 2027. Entries close 28.04.2027. Age groups are by date of birth as usual "
           "(U13 = born on or after 1 September 2014) \u2013 we'll send the entry forms nearer the time.\n\nTom\n")
    out.append(N(F, "flowed", "Athletics dates with an age-group cut-off phrased as 'born on or after' (no child named)",
                 me, [outside(4)], "District athletics 2027", text=txt))

    me = staff("pta")
    txt = ("Hello everyone,\n\nThe PTA calendar for the year:\n\n\u2022 Christmas fayre \u2013 "
           "Saturday 5 December 2026\n\u2022 Quiz night \u2013 Friday 29 January 2027\n\u2022 Summer "
           "ball \u2013 Saturday 19 June 2027\n\nIf you can help, reply to this email!\n\nFiona\n")
    out.append(N(F, "alternative", "PTA calendar with long-form dates",
                 me, [outside(5), outside(13)], "PTA calendar 2026/27", text=txt))

    me = staff("exams")
    rows = [["Date", "Session", "Paper", "Duration"],
            ["12/05/2027", "AM", "Biology paper 1", "1h 45m"], ["14/05/2027", "PM", "English Language 1", "1h 45m"],
            ["19/05/2027", "AM", "Maths paper 1", "1h 30m"], ["02/06/2027", "AM", "History paper 2", "1h 45m"],
            ["10/06/2027", "PM", "Geography paper 3", "1h 30m"]]
    out.append(N(F, "docx-attachment", "Exam timetable (docx) with dates and sessions, to an invigilation agency",
                 me, [outside(9)], "Summer timetable draft",
                 cover="Draft timetable attached for planning invigilator cover.\n\nRebecca\n",
                 rows=rows, paras=["# Summer 2027 - draft timetable"], attach_name="timetable.docx"))

    me = staff("primary")
    txt = ("Bonjour M. Ilie,\n\nMerci! Les agneaux sont nés le 3 mars \u2013 the lambs were born "
           "on 3 March 2026 at the farm, so the Reception visit on 17 April should be perfect.\n\nLucy\n")
    out.append(N(F, "latin1", "Farm visit note: lambs 'born on' a date (iso-8859-1)",
                 me, [outside(6)], "Visite à la ferme", text=txt))

    me = staff("head")
    txt = ("Dear friends of Hillcrest,\n\nHillcrest was founded on 12 March 1976 and this year we "
           "celebrate our 50th birthday with a reunion on Saturday 13 March 2027. Former pupils "
           "born in the 1960s still come to our Founders\u2019 Day every year!\n\nCaroline Fenwick\n")
    out.append(N(F, "cp1252", "Anniversary invitation with a founding date and 'born in the 1960s' (windows-1252)",
                 me, [outside(12), outside(14)], "50th birthday celebrations", text=txt))

    me = staff("science")
    txt = ("Hi Ian,\n\nThe STEM fair is booked for 2027-03-18, set-up from 08:00. The hall is ours "
           "until 2027-03-19 17:00. Judges' briefing on 2027-03-11.\n\nMarcus\n")
    out.append(N(F, "utf8-8bit", "STEM fair dates in ISO format", me, [outside(12)],
                 "STEM fair \u2014 dates", subj_enc=("utf-8", "B"), text=txt))

    me = staff("office")
    txt = ("HILLCREST ACADEMY \u2013 TERM DATES 2027/28\n\nAutumn 1: 02/09/2027 \u2013 22/10/2027\n"
           "Autumn 2: 01/11/2027 \u2013 17/12/2027\nSpring 1: 04/01/2028 \u2013 11/02/2028\n"
           "Spring 2: 21/02/2028 \u2013 31/03/2028\nSummer 1: 18/04/2028 \u2013 26/05/2028\n"
           "Summer 2: 05/06/2028 \u2013 21/07/2028\nINSET: 01/09/2027, 04/01/2028, 17/04/2028\n")
    out.append(N(F, "text-attachment", "Term dates for next year as a text attachment to the LA",
                 me, [org("la_admissions")], "Term dates 2027/28",
                 cover="Our term dates for 2027/28 are attached.\n\nSian\n", text=txt,
                 attach_name="term dates 2027-28.txt"))
    return out


# ---------------------------------------------------------------------------
# newsletters with first names only
# ---------------------------------------------------------------------------

NEWS = [
    "Well done to Mia, Kacper and Ellie in 8W, who raised \u00a3312 for the food bank with their bake sale.",
    "Star of the week in 3 Oak is Zain for his brilliant story about a dragon who was afraid of the dark.",
    "Congratulations to Ruby and Oscar, who both passed Grade 3 piano this half term.",
    "Our Year 10 netball team (captained by Amara) reached the county semi-finals!",
    "Callum, Leah and Finley represented the school at the Rotary Youth Speaks competition.",
    "A big thank you to Isla's grandad, who came in to talk to Year 6 about his time as a miner.",
    "Happy birthday this week to Tyler and Sofia in Reception!",
    "Ethan in Year 9 has had a poem published in the young writers' anthology.",
]


def newsletters(rng):
    out = []
    F = "newsletter-first-names"
    me = staff("pta")
    recips = [outside(i) for i in (0, 3, 5, 8)]

    def body(k):
        items = [NEWS[(k + j) % len(NEWS)] for j in range(4)]
        return ("Hillcrest News \u2013 issue %d\n\nDear families,\n\n%s\n\nDon't forget: the "
                "school office number is %s and absence calls go to option 1.\n\nHave a lovely weekend!\n"
                % (k + 1, "\n\n".join(items), SCHOOL_TEL))

    shapes = ["html-only", "alternative", "qp", "html-attachment", "docx-attachment", "flowed", "cp1252", "base64"]
    for k, sh in enumerate(shapes):
        t = body(k)
        spec = N(F, sh, "Weekly newsletter praising pupils by first name only (issue %d)" % (k + 1),
                 me, recips[k % 2:k % 2 + 2], "Hillcrest News \u2013 issue %d" % (k + 1), text=t)
        if sh in ("html-attachment", "docx-attachment"):
            spec.update(cover="This week's newsletter is attached.\n\nFiona Blackwood\nPTA liaison\n",
                        attach_name="newsletter %d.%s" % (k + 1, "html" if sh == "html-attachment" else "docx"))
        if sh == "cp1252":
            spec["subj_enc"] = ("windows-1252", "Q")
        out.append(spec)
    return out


# ---------------------------------------------------------------------------
# anonymised statistics
# ---------------------------------------------------------------------------

def anon_stats(rng):
    out = []
    F = "anonymised-stats"

    me = staff("head")
    rows = [["Year", "Pupils", "Attendance %", "Persistent absence %", "FSM %", "SEN support", "EHCP"]]
    for y in range(7, 12):
        rows.append(["Year %d" % y, rng.randrange(150, 190), round(rng.uniform(89, 96), 1),
                     round(rng.uniform(8, 24), 1), round(rng.uniform(18, 31), 1), rng.randrange(12, 30),
                     rng.randrange(2, 9)])
    out.append(N(F, "xlsx-attachment", "Year-group attendance, FSM, SEN support and EHCP counts (aggregate only, xlsx) to a governor",
                 me, [org("governor")], "Headteacher's report - data annex",
                 cover="Michael,\n\nThe data annex for the FGB is attached - all aggregate, no names.\n\nCaroline\n",
                 rows=rows, attach_name="data annex.xlsx"))

    me = staff("deputy")
    rows = [["Term", "Suspensions", "Pupils suspended", "Permanent exclusions", "Days lost"],
            ["Autumn 2025", "41", "29", "1", "96"], ["Spring 2026", "38", "27", "0", "81"],
            ["Summer 2026", "22", "19", "2", "55"], ["Autumn 2026", "35", "26", "1", "77"]]
    out.append(N(F, "csv-attachment", "Suspension and exclusion counts per term (no pupils named), csv to the LA",
                 me, [org("la_admissions")], "Exclusions data return",
                 cover="Aggregate exclusions return attached.\n\nGareth Pugh\n", rows=rows,
                 attach_name="exclusions_aggregate.csv"))

    me = staff("dsl")
    rows = [["Category", "Concerns logged", "Referrals to MASH", "Child protection plans", "Child in need"],
            ["Neglect", "48", "6", "3", "5"], ["Emotional abuse", "31", "4", "2", "3"],
            ["Physical abuse", "12", "5", "1", "1"], ["Online safety", "57", "1", "0", "0"],
            ["Mental health", "66", "2", "0", "4"]]
    out.append(N(F, "html-attachment", "Annual safeguarding statistics by category (counts only) in an HTML attachment to the LA",
                 me, [org("mash")], "Section 175 audit - figures",
                 cover="Our section 175 audit figures are attached.\n\nAisha Begum\nDSL\n",
                 intro="Safeguarding activity 2025/26 (counts)", rows=rows, outro="No individual data included.",
                 attach_name="s175_figures.html"))

    me = staff("nurse")
    txt = ("Hi team,\n\nUptake for the Year 8 HPV session: 162 of 181 consented (89.5%). 11 "
           "refusals, 8 forms not returned. Catch-up clinic numbers: 14 children. Flu uptake in "
           "primary was 71%. No individual details attached.\n\nNicola\n")
    out.append(N(F, "alternative", "Vaccination uptake percentages (no individuals) to the school nursing team",
                 me, [org("school_nurse")], "Uptake figures", text=txt))

    me = staff("exams")
    rows = [["Measure", "2025", "2026"], ["Progress 8", "+0.12", "+0.21"], ["Attainment 8", "46.3", "47.9"],
            ["Grade 5+ English & maths", "48%", "52%"], ["Disadvantaged P8", "-0.41", "-0.28"],
            ["SEN support P8", "-0.62", "-0.55"]]
    out.append(N(F, "docx-attachment", "Headline exam results incl. disadvantaged and SEN sub-groups (no names), docx to a consultant",
                 me, [outside(12)], "Results summary",
                 cover="Headline summary attached.\n\nRebecca\n", rows=rows,
                 paras=["# GCSE results - headline measures"], attach_name="results summary.docx"))

    me = staff("hr")
    rows = [["Month", "FTE days lost", "Staff absent", "Stress-related %"],
            ["Sept", "41.5", "17", "22"], ["Oct", "63.0", "24", "31"], ["Nov", "38.5", "15", "18"]]
    out.append(N(F, "zip-attachment", "Staff sickness absence totals per month (no names), zipped csv to the trust HR adviser",
                 me, [outside(16)], "Absence stats Q1",
                 cover="Zipped stats attached.\n\nKerry\n", rows=rows, attach_name="absence_q1.csv"))

    me = staff("sbm")
    txt = ("Dear Mr Okonjo,\n\nPupil premium funding this year: \u00a3312,400 for 214 eligible pupils "
           "(28.6% of roll), plus \u00a32,570 for each of 9 looked-after or previously looked-after "
           "children. Free school meals eligibility rose from 26.1% to 28.6%. The strategy statement "
           "will be on the website by 31 December.\n\nHelen Whitcombe\n")
    out.append(N(F, "qp", "Pupil premium and FSM totals and percentages (no individuals) to a governor",
                 me, [org("governor")], "Pupil premium figures", text=txt))

    me = staff("senco")
    txt = ("Dear Casework Team,\n\nFor the LA's sufficiency review: Hillcrest currently has 47 pupils "
           "with an EHC plan (primary need ASD 19, SEMH 11, SLCN 9, MLD 5, other 3) and 168 at SEN "
           "support. 6 EHC needs assessments are in progress. No individual data is included here.\n\n"
           "Priya Raman\nSENCo\n")
    out.append(N(F, "smime-signed", "Counts of EHC plans by primary need (aggregate), signed, to the LA SEN team",
                 me, [org("la_sen")], "Sufficiency review figures", text=txt))
    return out


# ---------------------------------------------------------------------------
# generic policy documents
# ---------------------------------------------------------------------------

def policies(rng):
    out = []
    F = "policy-generic"

    me = staff("office")
    paras = ["# Admission form (secondary, in-year)",
             "Child's legal surname: ____________   Forename(s): ____________",
             "Date of birth (DD/MM/YYYY): ___/___/______",
             "NHS number (if known): ____ ____ ____",
             "Unique Pupil Number (previous school will supply): ______________",
             "Does your child have an EHC plan? Yes / No",
             "Is your child eligible for free school meals? Yes / No",
             "Parent/carer National Insurance number (for the FSM eligibility check): __ __ __ __ __"]
    out.append(N(F, "docx-attachment", "Blank in-year admission form (docx) with fields for DOB, NHS number, UPN, NI number",
                 me, [outside(0)], "Admission form",
                 cover="Dear Mrs Benton,\n\nThe admission form is attached. Please complete it and "
                       "hand it in at reception rather than emailing it back.\n\nSian\n",
                 paras=paras, attach_name="admission form.docx"))

    me = staff("it")
    txt = ("PRIVACY NOTICE FOR PUPILS AND PARENTS (extract)\n\nThe categories of pupil information "
           "we process include: personal identifiers and contacts (such as name, unique pupil number, "
           "contact details and address); characteristics (such as ethnicity, language, and free school "
           "meal eligibility); safeguarding information (such as court orders and professional "
           "involvement); special educational needs (including the needs and ranking); medical and "
           "administration (such as doctors' information, child health, dental health, allergies, "
           "medication and dietary requirements); attendance; assessment and attainment; and behavioural "
           "information (such as exclusions and any relevant alternative provision put in place).\n\n"
           "We hold pupil data securely for the set amount of time shown in our data retention schedule.\n")
    out.append(N(F, "html-attachment", "Privacy notice extract listing categories of data (UPN, SEN, medical, exclusions) with no data",
                 me, [outside(13)], "Privacy notice for the website",
                 cover="Gloria, here is the privacy notice text for the new website.\n\nLewis\n",
                 text=txt, attach_name="privacy notice.html"))

    me = staff("hr")
    txt = ("NEW STARTER CHECKLIST\n\nPlease bring with you on your first day:\n"
           "- your passport or birth certificate (for right-to-work checks)\n"
           "- your National Insurance number (on a letter from HMRC or a payslip)\n"
           "- your bank sort code and account number, which you will enter yourself on the secure HR portal\n"
           "- your P45 from your previous employer\n\nPlease do NOT email any of these details to us.\n")
    out.append(N(F, "text-attachment", "New starter checklist mentioning NI number, sort code and account number, without any values",
                 me, [outside(3)], "Your first day",
                 cover="Dear Laura,\n\nWelcome! The checklist for your first day is attached.\n\nKerry Doyle\nHR\n",
                 text=txt, attach_name="new starter checklist.txt"))

    me = staff("dsl")
    txt = ("Dear colleagues at Pathways,\n\nAs agreed at the partnership meeting, our shared "
           "safeguarding protocol says: any child protection concern, safeguarding concern or "
           "disclosure must be recorded on the same day; information about a named child must only "
           "be shared through the secure portal or encrypted email, never ordinary email; records "
           "must include the child's name, date of birth and the facts, not opinions. Please confirm "
           "your DSL has read it.\n\nAisha Begum\n")
    out.append(N(F, "flowed-delsp", "Safeguarding information-sharing protocol text (mentions CP concerns, DOB) with no child named",
                 me, [org("ap")], "Information sharing protocol", text=txt))

    me = staff("sbm")
    txt = ("DATA PROTECTION POLICY \u2013 section 7: sending personal data\n\n7.1 Staff must not send "
           "special category data (health, SEN, ethnicity, religion), safeguarding records, payroll "
           "or bank details, or lists containing pupils' dates of birth or identifiers (UPN, ULN, NHS "
           "number) to an external address by ordinary email.\n7.2 Use the LA secure transfer "
           "service, S2S for CTFs, or encrypted email.\n7.3 Report any mistake to the DPO at once.\n")
    out.append(N(F, "zip-attachment", "Data protection policy section (zipped .txt) about sending DOBs, UPNs, NHS numbers - no data",
                 me, [outside(12)], "Policy for review",
                 cover="Ian,\n\nThe revised policy section is zipped for the trust's DPO review.\n\nHelen\n",
                 text=txt, attach_name="dp policy s7.txt"))

    me = staff("senco")
    inner_txt = ("What is an EHC plan?\n\nAn Education, Health and Care plan is a legal document that "
                 "describes a child's special educational needs, the support they need, and the outcomes "
                 "they are working towards. Parents can ask the local authority for an EHC needs "
                 "assessment. The LA has 6 weeks to decide and 20 weeks to issue a final plan.\n\n"
                 "SEND Information, Advice and Support Service\n")
    out.append(N(F, "rfc822-forward", "Generic EHC plan explainer from an advice service, forwarded to a parent (no child named)",
                 me, [outside(3)], "Fwd: What is an EHC plan?",
                 cover="Dear Ms Pimm, this explains the process well - see the forwarded message.\n\nPriya\n",
                 text=inner_txt, attach_name="ehcp explainer.eml",
                 inner=dict(frm=("info@sendiass.example", "SENDIASS"), to=[me], subject="What is an EHC plan?",
                            date=datetime.datetime(2026, 9, 30, 10, 0, tzinfo=UTC1), shape="qp")))

    me = staff("geography")
    txt = ("Chers collègues,\n\nThe consent form for the Normandy trip asks parents for the child's "
           "date of birth, passport number, EHIC/GHIC number, medical conditions and dietary needs. "
           "Parents return it directly to the trip leader in a sealed envelope. I attach nothing "
           "personal here \u2013 this is just the form wording for your approval.\n\nMark Ellery\n")
    out.append(N(F, "latin1", "Trip consent form wording that lists DOB/passport/medical fields, no values (iso-8859-1)",
                 me, [org("travel")], "Formulaire de consentement", text=txt))

    me = staff("head")
    txt = ("Dear Governors,\n\nGDPR training reminder: personal data includes a pupil's name, date of "
           "birth, address, UPN, photographs, SEN status and medical information. Special category data "
           "includes health and ethnicity. Before emailing, ask: does the recipient need it, and is the "
           "channel secure? The training module closes on 30 November.\n\nCaroline Fenwick\n")
    out.append(N(F, "wrap72", "GDPR training reminder defining personal data (mentions date of birth, UPN, SEN) with no data",
                 me, [org("governor"), outside(11)], "GDPR training reminder", text=txt))
    return out


# ---------------------------------------------------------------------------
# staff signatures with work phones
# ---------------------------------------------------------------------------

def signatures(rng):
    out = []
    F = "signature-phone"
    items = [
        ("7bit", "maths", outside(1), "Homework club", "Hi Mr Kerr,\n\nHomework club runs Tuesdays and "
         "Thursdays until 4:30pm in room M4. Any pupil can come.\n\nBest wishes,\nDaniel", "0113 496 0591"),
        ("qp", "english", outside(15), "Book recommendations", "Dear Ms Osborne,\n\nThank you for asking! "
         "For a keen Year 8 reader I\u2019d suggest \u2018Holes\u2019, \u2018Wonder\u2019 or anything by "
         "Katherine Rundell.\n\nKind regards,\nGrace", "0113 496 0593"),
        ("flowed", "geography", org("outdoor"), "Dates for next year", "Hello,\n\nCould we pencil in "
         "the week of 7 June 2027 for the Year 10 fieldwork? Numbers will be about 60.\n\nThanks,\nMark",
         "0113 496 0597 / 07700 900884"),
        ("html-only", "science", outside(12), "Visit to the lab", None, "0113 496 0590"),
        ("utf8-8bit", "computing", outside(22), "Code club", "Hi Bogdan,\n\nThank you for volunteering "
         "at code club \u2014 Thursdays 3:30\u20134:30pm. Please sign in at reception.\n\nYusuf", "+44 113 496 0598"),
        ("smime-signed", "exams", org("examboard"), "Centre contact update", "Dear Centre Support,\n\nPlease "
         "update our centre contact: Rebecca Stone, Exams Officer, replacing the previous officer.\n\nRebecca",
         "0113 496 0596 (direct)"),
    ]
    for shape, role, to, subj, body, tel in items:
        me = staff(role)
        s = sig(me, phone=tel) + "%s\nwww.hillcrest.example\n" % SCHOOL_ADDR
        if body is None:
            html = ("<html><body><p>Dear Mr Fairweather,</p><p>You'd be very welcome to visit the science "
                    "labs on Wednesday afternoon.</p><p>Marcus</p><hr><p style=\"font-size:9pt;color:#555\">"
                    "Marcus Osei | Head of Science<br>Hillcrest Academy, Moor Lane, Leeds LS6 2QT<br>"
                    "T: %s | M: 07700 900377</p></body></html>\n" % tel)
            out.append(N(F, shape, "Short reply with an HTML signature holding work landline, mobile and school address",
                         me, [to], subj, html=html, text="x"))
        else:
            out.append(N(F, shape, "Routine message with a staff signature (work phone, school address)",
                         me, [to], subj, text=body + s))
    return out


# ---------------------------------------------------------------------------
# card-like numbers that are not Luhn-valid, and partial card data
# ---------------------------------------------------------------------------

def card_like(rng):
    out = []
    F = "card-test-invalid"

    me = staff("sbm")
    txt = ("Hi,\n\nThe payment for order 8812 was declined. The statement shows the school card "
           "ending 4821 (exp 09/28), which is correct. Could you try again? Please don't email the full "
           "card number \u2013 ring me on %s and I'll read it out.\n\nHelen\n" % SCHOOL_TEL)
    out.append(N(F, "7bit", "Declined payment: only the last four digits of the card and an MM/YY expiry",
                 me, [org("supplier")], "Declined payment", text=txt))

    me = staff("computing")
    bad = [clean(lambda: ID.fmt_card(ID.gen_card_invalid(rng, "4", 16))) for _ in range(3)]
    txt = ("Dear Mr Abbott,\n\nThanks for supporting the Year 10 web project. The students' fake shop "
           "must reject invalid card numbers. Our test cards, all deliberately failing the Luhn check, "
           "are %s, %s and %s (expiry 01/30 on each). No real cards are used.\n\nYusuf Demir\n"
           % tuple(bad))
    out.append(N(F, "wrap72", "Deliberately Luhn-invalid test card numbers with an expiry for a school web project",
                 me, [outside(4)], "Test cards for the project", text=txt))

    me = staff("office")
    lines = ["Gift card numbers to be cancelled (lost in the post)", ""]
    for _ in range(5):
        lines.append("%s  value GBP 25" % clean(lambda: ID.fmt_card(ID.gen_card_invalid(rng, "6", 16))))
    out.append(N(F, "text-attachment", "Lost gift vouchers: 16-digit numbers that fail Luhn (.txt)",
                 me, [outside(23)], "Cancel lost vouchers",
                 cover="Please cancel the vouchers listed in the attachment.\n\nSian\n",
                 text="\n".join(lines) + "\n", attach_name="vouchers.txt"))

    me = staff("pe")
    rows = [["Member", "Card number", "Valid to"]]
    for i in range(6):
        rows.append(["Hillcrest pass %d" % (i + 1), clean(lambda: ID.fmt_card(ID.gen_card_invalid(rng, "5", 16), "dash")),
                     "08/27"])
    out.append(N(F, "csv-attachment", "Leisure-centre pass numbers (16 digits, Luhn-invalid) with MM/YY dates, csv",
                 me, [outside(5)], "Swimming passes",
                 cover="List of our school passes attached.\n\nTom\n", rows=rows, attach_name="passes.csv"))

    me = staff("sbm")
    txt = ("Good morning,\n\nOur procurement card statement shows a charge from you on 14/10 against "
           "card ****-****-****-7730. We don't recognise it. Please send a copy invoice.\n\nHelen\n")
    out.append(N(F, "flowed-delsp", "Statement query with a masked card number",
                 me, [outside(14)], "Unrecognised charge", text=txt))

    me = staff("it")
    num = clean(ID.gen_card_invalid, rng, "4", 16)
    txt = ("Hi,\n\nThe number printed on the back of our library barcode cards (e.g. %s) is being "
           "read as a card number by the new till. It isn't one \u2013 it fails the check digit. Can "
           "you turn off card detection on the library scanner?\n\nLewis\n" % num)
    out.append(N(F, "base64", "Library barcode that looks like a card number but fails Luhn (base64)",
                 me, [org("mis")], "Till reading library cards", text=txt))
    return out


# ---------------------------------------------------------------------------
# curriculum material
# ---------------------------------------------------------------------------

def curriculum(rng):
    out = []
    F = "curriculum"

    me = staff("history")
    paras = ["# Year 8 homework: the Brontës",
             "Charlotte Brontë was born on 21 April 1816, Emily on 30 July 1818 and Anne on 17 January 1820.",
             "Their brother Branwell was born on 26 June 1817.",
             "Task: make a timeline of the family, with at least six dates."]
    out.append(N(F, "docx-attachment", "History homework with historical figures' dates of birth (docx) for a museum education officer",
                 me, [outside(13)], "Homework sheet for your visit",
                 cover="Gloria, the homework sheet the class will bring is attached.\n\nOwen\n",
                 paras=paras, attach_name="bronte homework.docx"))

    me = staff("maths")
    txt = ("Bonjour,\n\nVoici le problème de la semaine for our exchange partners: is 7 354 912 806 "
           "divisible by 11? Explain using the alternating-sum rule. Born-in-France bonus: what year "
           "was Évariste Galois born? (Réponse: 1811.)\n\nDaniel\n")
    out.append(N(F, "latin1", "Maths puzzle with a long grouped number and a historical birth year (iso-8859-1)",
                 me, [outside(6)], "Problème de la semaine", text=fixed(txt)))

    me = staff("computing")
    txt = ("Worksheet: check digits\n\n1. The ISBN 978-0-00-000000-1 \u2014 is the check digit right?\n"
           "2. Apply the Luhn algorithm to 4000 1234 5678 9011. Does it pass?\n"
           "3. Why do identifiers such as NHS numbers use a check digit? Give two reasons.\n"
           "4. A pupil says the mod 11 method catches every single-digit error. Explain whether that is true.\n")
    out.append(N(F, "utf8-8bit", "Computing worksheet on check digits with numbers that fail (no real identifiers)",
                 me, [outside(22)], "Worksheet for code club", text=fixed(txt)))

    me = staff("science")
    inner_txt = ("Marcus,\n\nThe lecture for your sixth formers on 3 February will cover Rosalind "
                 "Franklin (born 25 July 1920) and the structure of DNA. Fifty seats reserved.\n\n"
                 "University Outreach\n")
    out.append(N(F, "rfc822-forward", "University outreach booking (historical date of birth) forwarded to a parent helper",
                 me, [outside(13)], "Fwd: lecture booking",
                 cover="Gloria, as discussed - booking details attached.\n\nMarcus\n", text=inner_txt,
                 attach_name="lecture.eml",
                 inner=dict(frm=("outreach@university.example", "University Outreach"), to=[me],
                            subject="lecture booking", date=datetime.datetime(2026, 11, 2, 11, 0, tzinfo=UTC1),
                            shape="alternative")))
    return out


ALL = [checkdigit_fail, phones, order_refs, event_dates, newsletters, anon_stats, policies, signatures,
       card_like, curriculum]
