#!/usr/bin/env python3
"""Build tuning6: round 6's own check of generalisation (docs/accuracy.md, "Round 6").

Python 3 standard library only, deterministic. Usage: python3 build.py
Written for round 6 in wordings that differ from tuning5's, one family per fix: the holder of
bank details (a person vs the organisation), surnames written in capitals, lists of validated
identifiers without names, named NI-number lists, tables of things with dates (not people),
chain letters in other languages, hoaxes that say what the thing does to your device, requests
to pass it on further, and a lesson idea that cites a chain letter. Each new signal has hard
negatives here too.
"""
import email.message
import email.policy
import json
import pathlib
import textwrap

HERE = pathlib.Path(__file__).resolve().parent
UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(body12):
    s = sum(int(d) * (i + 2) for i, d in enumerate(body12))
    return UPN_ALPHA[s % 23] + body12


def nhs(nine):
    s = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10
    return nine + str(c)


def make(policy, n, label, family, shape, note, frm, to, subject, body, date, auth=True, attach=None):
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = frm
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<t6.{policy}.{n:03d}@mail.example>"
    if shape == "wrap72":
        body = "\n\n".join(textwrap.fill(p, 72) for p in body.split("\n\n"))
    msg.set_content(body)
    if attach:
        name, data, maintype, subtype = attach
        msg.add_attachment(data.encode(), maintype=maintype, subtype=subtype, filename=name)
    sub = "positive" if label == "positive" else "negative"
    fname = f"{sub}/{n:03d}-{family}-{shape}.eml"
    path = HERE / policy / fname
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes())
    addr = frm.split("<")[-1].rstrip(">")
    return {"file": fname, "label": label, "mail_from": addr,
            "rcpt": [t.split("<")[-1].rstrip(">") for t in to],
            "auth_user": addr if auth else None, "shape": shape, "family": family, "note": note}


def personal():
    out = []
    d = "Tue, 17 Nov 2026 10:00:00 +0000"
    staff = "Paula Reyes <p.reyes@school.example>"
    n = 0

    def add(*a, **k):
        nonlocal n
        n += 1
        out.append(make("personal-data", n, *a, date=k.pop("date", d), **k))

    # --- positives ---
    add("positive", "bank-details", "7bit", "a person's account, holder named after the details",
        staff, ["Accounts <accounts@coachhire.example>"], "Driver expenses",
        "Hello,\n\nOur minibus driver covered the fuel on the Ely trip. Please reimburse him directly:\n"
        "sort code 01-58-79, account 28612272, Mr Dev Anand.\n\nThanks, Paula")
    add("positive", "bank-details", "7bit", "grant paid to a family, school named earlier in the paragraph",
        staff, ["Grants <grants@benevolent.example>"], "Hardship grant",
        "Fenwick Primary School supports this application. The grant should go to the family's own "
        "account, held by Lorna Pike: sort 01-52-64, acc 33544182.\n\nPaula Reyes, Family Support")
    add("positive", "dob-list", "7bit", "exchange list with surnames in capitals after forenames",
        staff, ["Herr Vogel <vogel@gymnasium-lueneburg.example>"], "Partner list",
        "Dear Herr Vogel,\n\nOur group for March:\nAmelia HOLT 04.05.2012\nDaniyal RAZA 17.09.2011\n"
        "Maisie CARTWRIGHT 22.01.2012\nOwen PRICE 30.06.2012\n\nBest wishes, Paula")
    add("positive", "dob-list", "7bit", "ferry manifest, SURNAME Forename order",
        staff, ["Ferries <groups@seaways.example>"], "Manifest",
        "Manifest as requested.\n\nNGUYEN Lily  02/02/2011\nOKONJO Tobi  19/10/2010\nFARRELL Erin  08/08/2011\n"
        "MARSH Alfie  13/12/2010\n\nPaula")
    upns = [upn(x) for x in ["801202613001", "801202613002", "801202613004", "801202613007", "801202613009"]]
    add("positive", "upn-list", "7bit", "five UPNs one per line, no names, no keyword",
        staff, ["Support <support@mis-vendor.example>"], "still failing",
        "Hi, these still fail the import:\n\n" + "\n".join(upns) + "\n\nany ideas?\nP")
    nhss = [nhs(x) for x in ["943476587", "401023213", "485777345", "999000123", "123456782"] if True]
    nhss = [x for x in nhss]
    add("positive", "nhs-list", "7bit", "five NHS numbers in one sentence, no names, no keyword",
        staff, ["Bookings <bookings@flu-clinic.example>"], "consent forms",
        "The forms for " + ", ".join(nhss[:4]) + " and " + nhss[4] + " came back signed. Paula")
    add("positive", "staff-nino", "7bit", "four coaches with NI numbers, no keyword",
        staff, ["Payroll <payroll@bureau.example>"], "Holiday club coaches",
        "Please add for December: Tom Reid - JG 10 33 45 A; Priya Lal - PE 22 81 09 B; "
        "Sam Ortiz - WK 47 12 60 C; Nora Blythe - AB 90 55 17 D. Paula")
    add("positive", "safeguarding", "wrap72", "named pupil with form, welfare details, to a personal address",
        staff, ["Paula <paula.reyes.home@example.net>"], "for tomorrow",
        "Notes to type up at home: Jamie Lowe (9R) arrived with an injury to his wrist and was tearful all "
        "morning; says it happened at his uncle's. Logged for a strategy discussion tomorrow.")
    add("positive", "sen-ehcp", "7bit", "SEN background for a tutor agency",
        staff, ["Tutors <match@tutor-agency.example>"], "New tutee",
        "Hello,\n\nThe pupil is Ruby Ngata in Year 8. She has a diagnosis of dyspraxia, is on the SEN register "
        "and gets extra time in tests.\n\nPaula")
    # --- negatives ---
    add("negative", "newsletter", "7bit", "newsletter praising a named pupil, one health word",
        staff, ["Parents <parents@lists.example.org>"], "Newsletter",
        "Well done to Ruby Ngata in Year 8 who ran 5k for the asthma charity. Our reading café is open on "
        "Thursdays.\n\nPaula")
    add("negative", "trip-letter", "7bit", "letter to parents of a year group asking for medical details",
        staff, ["Parents <parents@lists.example.org>"], "Residential",
        "Dear Parents/Carers of Year 9,\n\nPlease tell us about any allergies, medication or anxiety your child "
        "may have before the residential, so we can plan.\n\nPaula Reyes")
    add("negative", "org-bank-details", "7bit", "PTFA's details for donations, named organisation before",
        staff, ["Parents <parents@lists.example.org>"], "Summer Fayre",
        "Thank you for a wonderful Fayre! If you'd still like to give, Fenwick PTFA's bank is "
        "sort code 01-58-79, account 28612272 (ref FAYRE).\n\nPaula")
    add("negative", "org-bank-details", "7bit", "supplier letter: our details changed, table labels",
        staff, ["Accounts <ar@printworks.example>"], "Updated payee",
        "Payer: Fenwick Primary School\nBank: Lloyds\nSort code: 01-52-64\nAccount: 33544182\nReference: FPS-PRINT")
    add("negative", "org-bank-details", "7bit", "invoice, organisation named after the details",
        staff, ["Mrs Pike <lorna.pike@example.org>"], "Music tuition invoice",
        "Dear Mrs Pike,\n\nSpring term tuition, £96. Bank transfer: 01-63-31 / 57661855 "
        "(Fenwick Music Association). Reference PIKE-SP.\n\nPaula")
    add("negative", "lookalike-table", "csv", "asset register: codes, models, purchase dates",
        staff, ["Audit <audit@trust-it.example>"], "Asset register",
        "Attached.", attach=("assets.csv",
                             "Asset tag,Make,Bought,Disposed\nLT,Lenovo ThinkPad,12/03/2019,01/09/2023\n"
                             "XC,Dell Latitude,05/06/2018,\nMB,Apple MacBook,30/11/2019,\nQZ,Acer Swift,14/02/2017,03/03/2022\n",
                             "text", "csv"))
    add("negative", "headings", "7bit", "capitalised headings beside words, dates of events",
        staff, ["Parents <parents@lists.example.org>"], "Diary",
        "IMPORTANT Dates\n\nHarvest FESTIVAL 03/10/2019 was our last one with the old hall.\n"
        "Summer CONCERT 12/07/2018 raised £400.\nSports DAY 20/06/2017 was rained off.\n\nPaula")
    add("negative", "lookalike-numbers", "7bit", "order numbers one per line, invalid check digits",
        staff, ["Orders <orders@stationery.example>"], "missing orders",
        "Still waiting for:\n\nE855208716071\nJ873300717033\nD855208615094\nY857231216032\nL855224216045\n\nPaula")
    return out


def chain():
    out = []
    d = "Mon, 16 Nov 2026 18:00:00 +0000"
    n = 0

    def add(*a, **k):
        nonlocal n
        n += 1
        out.append(make("chain-letter", n, *a, date=d, **k))

    ext = "Rosa Vidal <rosa.vidal@correo.example>"
    pupil = ["Eli Ward <22ward.e@students.school.example>"]
    add("positive", "luck-chain", "7bit", "Spanish luck chain: count, deadline, luck", ext, pupil,
        "cadena de la suerte",
        "Esta carta ha dado la vuelta al mundo. Mándala a 15 personas en las próximas 48 horas y "
        "tendrás buena suerte. Un hombre la tiró y perdió todo. No rompas la cadena.", auth=False)
    add("positive", "prayer-chain", "7bit", "Portuguese prayer chain without accents", "Ana <ana@mail.example>", pupil,
        "oracao",
        "Envie esta oracao a 10 pessoas hoje e recebera uma grande graca. Nao quebre a corrente, "
        "isto nao e brincadeira.", auth=False)
    add("positive", "missing-child", "7bit", "Polish missing-child appeal to all contacts",
        "Marta <marta@poczta.example>", pupil, "zaginiona",
        "Prześlij to do wszystkich znajomych! Zaginęła Zosia, 7 lat. Prześlij dalej do 20 osób, "
        "to nic nie kosztuje.", auth=False)
    add("positive", "virus-hoax", "7bit", "device harm + everyone in your phone + ask them to do the same",
        "Bev <bev.h@example.net>", ["Staff <staff@school.example>"], "WARNING",
        "If someone sends you a voice note from an unknown number do NOT play it, it clones your "
        "WhatsApp and reads all your messages. Send this to every contact on your phone and ask "
        "them to do the same.", auth=False)
    add("positive", "social-hoax", "7bit", "hoax confirmed by networks, the more the better",
        "Gail <gail@example.org>", ["Staff <staff@school.example>"], "pls read",
        "Trading Standards have confirmed a new scam: a text about a missed delivery that empties your bank "
        "within minutes. Forward to all your friends. The more people who see it the safer we all are.",
        auth=False)
    add("positive", "prayer-chain", "7bit", "someone who ignored it and lost, don't let it end with you",
        "Pastor Ade <ade@church.example>", ["Grace <g.a@school.example>"], "blessing",
        "Share this blessing with 7 sisters in faith. A woman who deleted it lost her home a week later. "
        "Don't let this blessing end with you.", auth=False)
    # negatives
    staff = "Ian Cole <i.cole@school.example>"
    add("negative", "it-warning", "7bit", "IT phishing warning describing harm, asks to report it",
        staff, ["All staff <staff@school.example>"], "Phishing email today",
        "A phishing email titled 'Payroll update' is going round. The link steals your password. "
        "Please do not click it; report it to the IT helpdesk and delete it.")
    add("negative", "parent-forward", "7bit", "ask class reps to tell parents to return slips",
        staff, ["Class reps <reps@lists.example.org>"], "Trip slips",
        "Could you remind parents about Friday's deadline and ask them to send the slips back to the office? "
        "Thank you!")
    add("negative", "language-letter", "7bit", "Spanish newsletter asking to share with families",
        staff, ["Familias <familias@lists.example.org>"], "Feria del libro",
        "Queridas familias: la feria del libro es el viernes. Compartan esta información con otras familias "
        "de la clase. ¡Gracias!")
    add("negative", "lesson-idea", "7bit", "lesson idea citing a luck letter inline",
        staff, ["Jo Park <j.park@school.example>"], "media lesson",
        "For the Year 8 media unit I'd like pupils to pick apart the old \"copy this to 12 friends or "
        "you'll have seven years of bad luck\" posts and talk about why they spread. Any objections?")
    add("negative", "it-warning", "7bit", "mobile network warning about scam calls, no request to pass on",
        staff, ["Parents <parents@lists.example.org>"], "Scam calls",
        "Some families have had calls from numbers starting +44 7700. Do not answer calls from numbers you "
        "do not recognise, and never give bank details on the phone.")
    return out


def main():
    for policy, rows in (("personal-data", personal()), ("chain-letter", chain())):
        with open(HERE / policy / "manifest.jsonl", "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
