"""Shared pieces for the personal-data builders: names, rosters, table
rendering, and turning a message spec into a MIME body with mimeshapes.

A spec is a dict.  Keys used here:
  shape      one of SHAPES (see mimeshapes docstring; plus the encrypted ones)
  text       full prose body (inline shapes), or
  intro/rows/outro/table_style   a body with a table (rows[0] is the header)
  cover      short visible body for attachment and forward shapes
  attach_name, paras (docx paragraphs), date_cols (xlsx serial date columns)
  inner      for rfc822-forward: dict(frm, to, subject, date, shape)
  zip_members  optional explicit [(name, bytes)] for zip-attachment
"""

import csv
import datetime
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import mimeshapes as M  # noqa: E402
from mimeshapes import xml_escape  # noqa: E402

import identifiers as ID  # noqa: E402

UTC1 = datetime.timezone(datetime.timedelta(hours=1))
UTC0 = datetime.timezone.utc

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

ROLE = {
    "tutor9": 0, "science": 1, "senco": 2, "deputy": 3, "sbm": 4, "pe": 5, "dsl": 6, "it": 7,
    "head": 8, "maths": 9, "office": 10, "exams": 11, "hoy11": 12, "nurse": 13, "history": 14,
    "english": 15, "geography": 16, "ta": 17, "attendance": 18, "re": 19, "business": 20,
    "primary": 21, "chaplain": 22, "hr": 23, "computing": 24, "pta": 25,
}


def staff(role):
    return M.People.staff_addr(ROLE[role])


def outside(i):
    return M.People.outside_addr(i)


def pupil(i):
    return M.People.pupil_addr(i)


# organisations outside the school
ORG = {
    "la_sen": ("sen.casework@council.example", "SEN Casework Team"),
    "la_admissions": ("school.admissions@council.example", "School Admissions"),
    "mash": ("mash.referrals@childrens-services.example", "MASH Referrals"),
    "social": ("d.ferreira@childrens-services.example", "Diana Ferreira"),
    "camhs": ("camhs.referrals@nhs-trust.example", "CAMHS Single Point of Access"),
    "school_nurse": ("schoolnursing.north@healthcare.example", "School Nursing Team"),
    "gp": ("reception.moorside@gp-surgery.example", "Moorside Medical Practice"),
    "northfield": ("admissions@northfield-academy.example", "Northfield Academy"),
    "college": ("transition@riverside-college.example", "Riverside College Transition"),
    "payroll": ("schools.payroll@payroll-bureau.example", "Schools Payroll Bureau"),
    "pension": ("employer.returns@pensions.example", "Pension Fund Employer Team"),
    "travel": ("groups@travel-partners.example", "Travel Partners Groups"),
    "outdoor": ("bookings@highmoor-centre.example", "Highmoor Outdoor Centre"),
    "catering": ("orders@school-catering.example", "Catering Services"),
    "tuition": ("office@brightsparks-tutors.example", "Bright Sparks Tuition"),
    "ap": ("referrals@pathways-ap.example", "Pathways Alternative Provision"),
    "photo": ("studio@class-photos.example", "Class Photos Ltd"),
    "mis": ("support@mis-vendor.example", "MIS Support"),
    "examboard": ("centres@exam-board.example", "Exam Board Centre Support"),
    "police": ("schools.liaison@police.example", "Schools Liaison Officer"),
    "ed_psych": ("ep.service@council.example", "Educational Psychology Service"),
    "virtual": ("virtual.school@council.example", "Virtual School"),
    "governor": ("m.okonjo@example.org", "Michael Okonjo"),
    "insurer": ("claims@insurer.example", "Claims Team"),
    "bank": ("business.banking@bank.example", "Business Banking"),
    "newsletter": ("editor@localnews.example", "Local News Desk"),
    "uniform": ("sales@uniform-shop.example", "Uniform Shop"),
    "supplier": ("accounts@edu-supplies.example", "Edu Supplies Accounts"),
}


def org(key):
    return ORG[key]


# staff personal (home) mailboxes: a classic leak route
def home_addr(role):
    a, n = staff(role)
    first, last = n.lower().split(" ", 1)
    return "%s.%s%d@homemail.example" % (first, last.replace(" ", ""), 70 + ROLE[role]), n


FIRST = ["Amelia", "Noah", "Olivia", "Muhammad", "Isabella", "George", "Freya", "Arlo", "Evie", "Leo",
         "Daisy", "Harry", "Aria", "Jack", "Phoebe", "Teddy", "Willow", "Rory", "Sienna", "Kai",
         "Nadia", "Theo", "Esme", "Ibrahim", "Matilda", "Reuben", "Layla", "Hamza", "Imogen", "Dexter",
         "Ava", "Bilal", "Grace", "Jude", "Lily", "Ayaan", "Harriet", "Caleb", "Maisie", "Oliver",
         "Yasmin", "Archie", "Erin", "Samuel", "Tilly", "Dominik", "Bethany", "Rhys", "Keira", "Adam"]
LAST = ["Ahmed", "Barker", "Clarke", "Davies", "Edwards", "Foster", "Gill", "Harrison", "Iqbal",
        "Jackson", "Kaur", "Lawson", "Mahmood", "Nolan", "O'Brien", "Parry", "Quinn", "Robinson",
        "Shah", "Turner", "Underwood", "Vaughan", "Walsh", "Yates", "Zielinski", "Bennett", "Chapman",
        "Dixon", "Ellis", "Fletcher", "Gordon", "Holt", "Ingram", "Jennings", "Khan", "Lowe",
        "Mensah", "Naylor", "Owusu", "Pearson", "Rahman", "Sutton", "Thompson", "Wood", "Ward",
        "Kowalczyk", "Murphy", "Ferguson", "Bailey", "Lindsay"]
# names that need latin-1/cp1252/utf-8
FIRST_ACCENT = ["Zoë", "Chloé", "Renée", "José", "Anaïs", "Maël", "Noémie", "Søren"]
LAST_ACCENT = ["Lefèvre", "Núñez", "Brontë", "Müller", "Gonçalves", "Åberg", "Öztürk", "Dvořák"]
LATIN1_OK = set(FIRST_ACCENT + LAST_ACCENT) - {"Dvořák"}


FEMALE = {"Amelia", "Olivia", "Isabella", "Freya", "Evie", "Daisy", "Aria", "Phoebe", "Willow", "Sienna",
          "Nadia", "Esme", "Matilda", "Layla", "Imogen", "Ava", "Grace", "Lily", "Harriet", "Maisie",
          "Yasmin", "Erin", "Tilly", "Bethany", "Keira", "Zoë", "Chloé", "Renée", "Anaïs", "Noémie"}


def pupil_rows(rng, n, year_from, year_to, accents=0, gender=None):
    """Deterministic list of pupil dicts (gender follows the first name)."""
    out = []
    used = set()
    while len(out) < n:
        if accents and len(out) < accents:
            f = rng.choice(FIRST_ACCENT)
            l = rng.choice([x for x in LAST_ACCENT if x != "Dvořák"])
        else:
            f, l = rng.choice(FIRST), rng.choice(LAST)
        if (f, l) in used or (gender and ("F" if f in FEMALE else "M") != gender):
            continue
        used.add((f, l))
        dob = ID.gen_dob(rng, year_from, year_to)
        out.append({
            "first": f, "last": l, "name": "%s %s" % (f, l), "dob": dob,
            "gender": "F" if f in FEMALE else "M",
            "upn": ID.gen_upn(rng, year=(year_to + 5) % 100),
            "uln": ID.gen_uln(rng), "nhs": ID.gen_nhs(rng),
            "postcode": rng.choice(POSTCODES),
            "street": "%d %s" % (rng.randrange(1, 180), rng.choice(STREETS)),
            "phone": "07700 900%03d" % rng.randrange(1000),
        })
    out.sort(key=lambda p: (p["last"], p["first"]))
    return out


POSTCODES = ["LS6 2QT", "LS12 4HR", "BD7 1DP", "HX3 9LN", "WF10 5AS", "LS28 6EJ", "BD18 3RW",
             "HD1 4TP", "LS9 8NB", "WF17 0LH", "BD3 7DE", "LS11 5SZ"]
STREETS = ["Moorland Road", "Hawthorn Close", "Albion Street", "Victoria Terrace", "Cemetery Road",
           "Greenhill Lane", "Station Approach", "Beech Grove", "Mill Lane", "Park View"]

TUTOR_GROUPS = ["7H", "7P", "8W", "8R", "9K", "9T", "10M", "10B", "11J", "11S"]

# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------


def table_text(rows, style="aligned"):
    if style == "aligned":
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
        lines = []
        for k, r in enumerate(rows):
            lines.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
            if k == 0:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)
    if style == "pipe":
        return "\n".join("| " + " | ".join(str(c) for c in r) + " |" for r in rows)
    if style == "comma":
        return "\n".join(", ".join(str(c) for c in r) for r in rows)
    if style == "numbered":
        head = rows[0]
        out = []
        for k, r in enumerate(rows[1:], start=1):
            bits = [str(r[0])] + ["%s %s" % (head[i], r[i]) for i in range(1, len(r))]
            out.append("%d. %s" % (k, " - ".join(bits)))
        return "\n".join(out)
    if style == "tab":
        return "\n".join("\t".join(str(c) for c in r) for r in rows)
    raise ValueError(style)


def to_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def html_table(rows, border=True):
    attrs = ' border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"' if border else ""
    out = ["<table%s>" % attrs]
    for k, r in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, xml_escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def paras_html(text):
    if not text:
        return ""
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append("<p>%s</p>" % "<br>\n".join(xml_escape(l) for l in p.split("\n")))
    return "\n".join(out)


def html_doc(intro, rows, outro, title=None):
    head = '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>' % (
        "<title>%s</title>" % xml_escape(title) if title else "")
    return ("<!DOCTYPE html>\n<html>%s<body style=\"font-family:Arial,sans-serif;font-size:11pt\">\n"
            "%s\n%s\n%s\n</body></html>\n" % (head, paras_html(intro), html_table(rows), paras_html(outro)))


# ---------------------------------------------------------------------------
# spec -> MIME
# ---------------------------------------------------------------------------

INLINE_TEXT = {"7bit", "wrap72", "flowed", "flowed-delsp", "qp", "base64", "utf8-8bit", "latin1",
               "cp1252", "smime-signed"}
ATTACH = {"text-attachment", "html-attachment", "csv-attachment", "zip-attachment",
          "docx-attachment", "xlsx-attachment"}
ENCRYPTED = {"smime-enveloped", "pgp-encrypted", "pgp-inline"}


def full_text(s):
    if "rows" in s and s.get("rows"):
        parts = [s.get("intro", "").rstrip("\n"),
                 table_text(s["rows"], s.get("table_style", "aligned")),
                 s.get("outro", "").rstrip("\n")]
        return "\n\n".join(p for p in parts if p) + "\n"
    return s["text"]


def full_html(s):
    if s.get("html"):
        return s["html"]
    if s.get("rows"):
        return html_doc(s.get("intro", ""), s["rows"], s.get("outro", ""), s.get("attach_title"))
    return None


def _docx_paras(s):
    if s.get("paras"):
        return s["paras"]
    if s.get("rows"):
        src = s.get("intro", "") + ("\n\n" if s.get("outro") else "") + s.get("outro", "")
    else:
        src = s["text"]
    return [p.replace("\n", " ") for p in src.strip("\n").split("\n\n") if p.strip()]


def render(s, seed):
    shape = s["shape"]
    if shape in ENCRYPTED:
        if shape == "smime-enveloped":
            return M.smime_enveloped(seed, size=900 + len(seed) * 37 % 900)
        if shape == "pgp-encrypted":
            return M.pgp_encrypted(seed)
        cover = s.get("cover", "")
        return M.text_part(cover + M.pgp_armor(seed, size=500 + len(seed) * 53 % 700), cte="7bit")
    if shape in ("html-only", "alternative"):
        return M.body_for(shape, full_text(s), seed, html=full_html(s))
    if shape in INLINE_TEXT:
        return M.body_for(shape, full_text(s), seed)
    if shape == "rfc822-forward":
        inn = s["inner"]
        inner = M.inner_message(inn["frm"], inn["to"], inn["subject"], inn["date"], full_text(s),
                                seed, cc=inn.get("cc", ()), shape=inn.get("shape", "qp"),
                                html=full_html(s) if inn.get("shape") in ("html-only", "alternative") else None)
        return M.body_for(shape, "", seed, cover=s["cover"], inner=inner,
                          attach_name=s.get("attach_name"))
    name = s.get("attach_name")
    cover = s["cover"]
    if shape == "csv-attachment":
        if name.endswith(".tsv"):
            att = M.text_part(to_csv(s["rows"], "\t"), subtype="tab-separated-values", filename=name,
                              cte="base64")
            cp = M.text_part(cover, cte="7bit" if cover.isascii() else "quoted-printable")
            return M.multipart("mixed", [cp, att], seed)
        return M.body_for(shape, to_csv(s["rows"]), seed, cover=cover, attach_name=name)
    if shape == "xlsx-attachment":
        data = M.make_xlsx(s.get("xlsx_rows") or s["rows"], sheet_name=s.get("sheet", "Sheet1"),
                           date_columns=s.get("date_cols", ()))
        return M.body_for(shape, "", seed, cover=cover, attach_name=name, attach_bytes=data,
                          attach_ctype=M.XLSX_TYPE)
    if shape == "docx-attachment":
        data = M.make_docx(_docx_paras(s), tables=[s["rows"]] if s.get("rows") else (),
                           title=s.get("attach_title", "Document"))
        return M.body_for(shape, "", seed, cover=cover, attach_name=name, attach_bytes=data,
                          attach_ctype=M.DOCX_TYPE)
    if shape == "zip-attachment":
        members = s.get("zip_members")
        if members is None:
            if s.get("rows") and name.endswith(".csv"):
                members = [(name, to_csv(s["rows"]).encode("utf-8"))]
            else:
                members = [(name, full_text(s).encode("utf-8"))]
        return M.body_for(shape, "", seed, cover=cover, attach_name=name,
                          attach_bytes=M.make_zip(members))
    if shape == "text-attachment":
        return M.body_for(shape, full_text(s), seed, cover=cover, attach_name=name)
    if shape == "html-attachment":
        return M.body_for(shape, full_text(s), seed, cover=cover, attach_name=name, html=full_html(s))
    raise ValueError(shape)


def zip_docx_member(name, s):
    """A zip member holding a .docx built from the spec's paragraphs/table."""
    return (name, M.make_docx(_docx_paras(s), tables=[s["rows"]] if s.get("rows") else (),
                              title=s.get("attach_title", "Document")))


def xlsx_serial(d):
    return (d - datetime.date(1899, 12, 30)).days


def sig(who, role_title=None, phone=None):
    name = who[1]
    title = role_title or next((t for f, l, t in M.People.STAFF if "%s %s" % (f, l) == name), "")
    s = "\n\n-- \n%s\n%s\nHillcrest Academy" % (name, title)
    if phone:
        s += "\nTel: %s" % phone
    return s + "\n"


def fmt_date_of(d, style):
    return ID.fmt_date(d, style)


def spread(rng, options, n):
    """n picks from options, each used about equally often, in shuffled order."""
    out = []
    while len(out) < n:
        batch = list(options)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:n]
