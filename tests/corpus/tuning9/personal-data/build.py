#!/usr/bin/env python3
"""Builds the heldout5 personal-data corpus (written blind). python3 stdlib only.

Run from this directory:  python3 build.py
Deterministic: fixed seeds, fixed dates, fixed zip timestamps.
"""
import base64, io, json, os, random, re, struct, zipfile, quopri, textwrap
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(50525)

# ---------------------------------------------------------------- identifiers
UPN_L = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(la, estab, year, serial):
    body = "%03d%04d%02d%03d" % (la, estab, year, serial)
    s = sum(int(c) * (i + 2) for i, c in enumerate(body))
    return UPN_L[s % 23] + body


def uln(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 10 - s % 11
        if 0 <= c <= 9:
            return "".join(map(str, d)) + str(c)


def nhs(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return "".join(map(str, d)) + str(c)


def nhs_bad(rng):
    n = nhs(rng)
    return n[:9] + str((int(n[9]) + 3) % 10)


def uln_bad(rng):
    u = uln(rng)
    return u[:9] + str((int(u[9]) + 4) % 10)


def upn_bad(rng):
    u = upn(rng.choice([801, 937, 204]), rng.randint(2000, 4999), rng.randint(10, 20), rng.randint(1, 400))
    return UPN_L[(UPN_L.index(u[0]) + 5) % 23] + u[1:]


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            return p + "%06d" % rng.randint(0, 999999) + rng.choice("ABCD")


def nino_fmt(n, style):
    if style == 0:
        return n
    if style == 1:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == 2:
        return n.lower()
    if style == 3:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mod10_089999(rng):
    w = [7, 1, 3, 7, 1, 3, 7, 1]
    while True:
        a = [rng.randint(0, 9) for _ in range(8)]
        if sum(x * y for x, y in zip(a, w)) % 10 == 0:
            return "".join(map(str, a))


BANK_FIXED = [("08-99-99", "66374958"), ("10-79-99", "88837491")]


def bank(rng, i):
    if i % 4 == 3:
        return BANK_FIXED[(i // 4) % 2]
    return ("08-99-99", mod10_089999(rng))


def mrz_check(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
        t += v * w[i % 3]
    return str(t % 10)


def passport(rng):
    return "%09d" % rng.randint(100000000, 999999999)


MONTHS = "January February March April May June July August September October November December".split()


def dob(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def dfmt(t, style):
    y, m, d = t
    if style == 0:
        return "%02d/%02d/%04d" % (d, m, y)
    if style == 1:
        return "%04d-%02d-%02d" % (y, m, d)
    if style == 2:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == 3:
        return "%02d.%02d.%04d" % (d, m, y)
    return "%d %s %d" % (d, MONTHS[m - 1][:3], y)


def driving(surname, t, initials, female, rng):
    s = (re.sub("[^A-Z]", "", surname.upper()) + "99999")[:5]
    y, m, d = t
    mm = m + (50 if female else 0)
    ini = (initials + "9")[:2]
    return "%s%s%02d%02d%s%s9%s" % (s, str(y)[2], mm, d, str(y)[3], ini, "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)))


FIRST_G = ["Amelia", "Isla", "Freya", "Maisie", "Aaliyah", "Niamh", "Harriet", "Poppy", "Zainab", "Evie",
           "Ruby", "Sienna", "Keira", "Aisha", "Imogen", "Lacey", "Ffion", "Martha", "Esme", "Tilly"]
FIRST_B = ["Oliver", "Kai", "Reuben", "Alfie", "Mohammed", "Finley", "Jayden", "Callum", "Theo", "Ibrahim",
           "Harvey", "Rhys", "Leo", "Kacper", "Ethan", "Tobias", "Arlo", "Dylan", "Samuel", "Ezra"]
SURN = ["Whitfield", "Okafor", "Brennan", "Kowalczyk", "Hussain", "Pemberton", "Achterberg", "Lloyd-Jones",
        "McAllister", "Begum", "Thornley", "Osei", "Davenport", "Nowak", "Fairclough", "Patel", "Greaves",
        "Quinlan", "Ashworth", "Mensah", "Holroyd", "Sutcliffe", "Rahman", "Kettering", "Farrow", "Iqbal",
        "Winstanley", "Doherty", "Bamford", "Oyelaran"]
STREETS = ["Elm Grove", "Mill Lane", "Cavendish Road", "Brook Street", "Hawthorn Close", "Station Road",
           "Tennyson Avenue", "Parkside Drive", "Chapel Fold", "Victoria Terrace", "Moorland View",
           "Beech Crescent", "Canal Walk", "Oakfield Way", "Priory Gardens"]
TOWNS = [("Leeds", "LS6 2QT"), ("Leeds", "LS12 4HB"), ("Bradford", "BD7 1DP"), ("Wakefield", "WF2 8RN"),
         ("Huddersfield", "HD3 4EU"), ("Halifax", "HX1 5JW"), ("Harrogate", "HG1 2LS"), ("York", "YO24 3AB"),
         ("Leeds", "LS9 7NF"), ("Bradford", "BD18 3EG"), ("Dewsbury", "WF13 2AY"), ("Pudsey", "LS28 9DN")]
CONDITIONS = ["Peanut allergy - carries 2x EpiPen", "Asthma - blue inhaler in bag", "Type 1 diabetes - insulin pump",
              "Coeliac disease - strict gluten free", "Epilepsy - buccal midazolam protocol", "Dairy intolerance",
              "Sesame allergy (anaphylaxis)", "Egg allergy - mild", "ADHD - methylphenidate at lunch",
              "Eczema - emollient cream", "Tree nut allergy - EpiPen", "Sickle cell disease"]
CLASSES = ["3 Oak", "3 Ash", "4 Willow", "4 Rowan", "5 Beech", "5 Hazel", "6 Cedar", "6 Larch", "R Acorn", "2 Maple"]
FORMS = ["7K", "7W", "8B", "8T", "9H", "9R", "10S", "10M", "11C", "11J"]


def person(rng, girl=None):
    if girl is None:
        girl = rng.random() < 0.5
    return (rng.choice(FIRST_G if girl else FIRST_B), rng.choice(SURN), girl)


def address(rng):
    town, pc = rng.choice(TOWNS)
    return "%d %s" % (rng.randint(1, 140), rng.choice(STREETS)), town, pc


def mobile(rng):
    return "07700 900%03d" % rng.randint(0, 999)


def landline(rng):
    return rng.choice(["0113 496 0%03d" % rng.randint(0, 999), "01632 960%03d" % rng.randint(0, 999),
                       "020 7946 0%03d" % rng.randint(0, 999)])


STAFF = [("j.hartley", "Jo Hartley", "Office Manager"), ("p.nnamdi", "Precious Nnamdi", "SENCo"),
         ("d.walsh", "Declan Walsh", "Head of Year 9"), ("s.kaur", "Simran Kaur", "Exams Officer"),
         ("r.beaumont", "Rachel Beaumont", "Business Manager"), ("m.ferris", "Mark Ferris", "Trips Coordinator"),
         ("l.adeyemi", "Lola Adeyemi", "Designated Safeguarding Lead"), ("h.moss", "Helen Moss", "Headteacher"),
         ("t.grainger", "Tom Grainger", "Data Manager"), ("a.lindqvist", "Anna Lindqvist", "Year 4 teacher"),
         ("c.obi", "Chidi Obi", "Attendance Officer"), ("k.stanton", "Kath Stanton", "HR Officer"),
         ("b.yilmaz", "Burak Yilmaz", "PE teacher"), ("e.ward", "Ellie Ward", "School Nurse")]
SCHOOL = "Hollins Bank Academy"

# ---------------------------------------------------------------- MIME helpers
class Ids:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def token(self, n=16, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def boundary(self):
        style = self.rng.randint(0, 3)
        if style == 0:
            return "----=_Part_%d_%d.%d" % (self.rng.randint(1000, 99999), self.rng.randint(10 ** 8, 10 ** 9), self.rng.randint(10 ** 12, 10 ** 13))
        if style == 1:
            return "000000000000" + self.token(16, "0123456789abcdef")
        if style == 2:
            return "_%s_" % self.token(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return "=-%s==" % self.token(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    def msgid(self, domain):
        style = self.rng.randint(0, 2)
        if style == 0:
            return "<%s.%s@%s>" % (self.token(12, "0123456789ABCDEF"), self.token(8, "0123456789"), domain)
        if style == 1:
            return "<CA%s@mail.%s>" % (self.token(30, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_="), domain)
        return "<%s-%s-%s@%s>" % (self.token(8, "0123456789abcdef"), self.token(4, "0123456789abcdef"), self.token(12, "0123456789abcdef"), domain)


IDS = Ids(9181)


def enc_word(s, charset="utf-8", b=True):
    if b:
        return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode())
    return Header(s, charset).encode()


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return enc_word(s, charset)


def b64(data):
    e = base64.b64encode(data).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76)) + "\n"


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def body_part(text, subtype="plain", charset="utf-8", cte="7bit", extra=""):
    raw = text.encode(charset)
    if cte == "7bit":
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            cte = "8bit"
    if cte == "quoted-printable":
        payload = qp(raw)
    elif cte == "base64":
        payload = b64(raw)
    else:
        payload = raw.decode(charset)
    h = "Content-Type: text/%s; charset=%s%s\nContent-Transfer-Encoding: %s\n" % (subtype, charset if charset != "utf-8" else '"utf-8"', extra, cte)
    return h + "\n" + payload


def attach(data, ctype, filename, cte="base64", charset=None):
    try:
        filename.encode("ascii")
        fn = 'filename="%s"' % filename
        nm = 'name="%s"' % filename
    except UnicodeEncodeError:
        ew = enc_word(filename)
        fn = 'filename="%s"' % ew
        nm = 'name="%s"' % ew
    ct = ctype + (("; charset=" + charset) if charset else "")
    if cte == "base64":
        payload = b64(data)
    elif cte == "quoted-printable":
        payload = qp(data)
    else:
        payload = data.decode(charset or "ascii")
        if not payload.isascii():
            cte = "8bit"
    return "Content-Type: %s; %s\nContent-Disposition: attachment; %s\nContent-Transfer-Encoding: %s\n\n%s" % (ct, nm, fn, cte, payload)


def multipart(subtype, parts, params=""):
    b = IDS.boundary()
    out = ['Content-Type: multipart/%s; boundary="%s"%s\n' % (subtype, b, params), "\n"]
    if subtype == "mixed" and IDS.rng.random() < 0.4:
        out.append("This is a multi-part message in MIME format.\n\n")
    for p in parts:
        out.append("--%s\n" % b)
        out.append(p if p.endswith("\n") else p + "\n")
    out.append("--%s--\n" % b)
    return "".join(out)


DATE_RNG = random.Random(2026)


def date_hdr():
    day = DATE_RNG.randint(2, 27)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day + 5) % 7]  # 1 Nov 2026 is a Sunday
    return "%s, %d Nov 2026 %02d:%02d:%02d +0000" % (wd, day, DATE_RNG.randint(7, 18), DATE_RNG.randint(0, 59), DATE_RNG.randint(0, 59))


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r"[,.()]", name):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_word(name), email)


def envelope(frm, to, subject, body, cc=None, extra_headers=None, subj_charset="utf-8"):
    dom = frm[1].split("@")[1]
    h = ["From: %s" % addr(*frm), "To: %s" % ", ".join(addr(*t) for t in to)]
    if cc:
        h.append("Cc: %s" % ", ".join(addr(*t) for t in cc))
    h.append("Subject: %s" % hdr_text(subject, subj_charset))
    h.append("Date: %s" % date_hdr())
    h.append("Message-ID: %s" % IDS.msgid(dom))
    h.append("MIME-Version: 1.0")
    for x in extra_headers or []:
        h.append(x)
    return "\n".join(h) + "\n" + body


# ---------------------------------------------------------------- office files
ZDT = (2026, 11, 2, 9, 30, 0)


def zwrite(z, name, data):
    zi = zipfile.ZipInfo(name, ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, data)


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def make_docx(paras, table=None):
    body = []
    for p in paras:
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p))
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xml_esc(str(c)) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        zwrite(z, "[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        zwrite(z, "_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        zwrite(z, "word/document.xml", doc)
    return bio.getvalue()


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(table, sheet="Sheet1"):
    rows = []
    for ri, r in enumerate(table, 1):
        cells = []
        for ci, c in enumerate(r):
            ref = "%s%d" % (col_letter(ci), ri)
            if isinstance(c, (int, float)) and not isinstance(c, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, c))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(str(c))))
        rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(rows))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        zwrite(z, "[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        zwrite(z, "_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        zwrite(z, "xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet))
        zwrite(z, "xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        zwrite(z, "xl/worksheets/sheet1.xml", ws)
    return bio.getvalue()


def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    lines = [l.encode("latin-1", "replace").decode("latin-1") for l in lines][:60]
    content = "BT /F1 9 Tf 11 TL 40 800 Td\n" + "".join("(%s) Tj T*\n" % pdf_esc(l) for l in lines) + "ET\n"
    cb = content.encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1"))
    offs.append(out.tell())
    out.write(("5 0 obj\n<< /Length %d >>\nstream\n" % len(cb)).encode() + cb + b"endstream\nendobj\n")
    x = out.tell()
    out.write(("xref\n0 6\n0000000000 65535 f \n" + "".join("%010d 00000 n \n" % o for o in offs)).encode())
    out.write(("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % x).encode())
    return out.getvalue()


def make_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for n, d in files:
            zwrite(z, n, d)
    return bio.getvalue()


# traditional PKWARE (ZipCrypto) encryption, stored entries
CRC_T = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    CRC_T.append(_c)


def _crc_byte(crc, b):
    return CRC_T[(crc ^ b) & 0xFF] ^ (crc >> 8)


def make_zip_encrypted(files, password, rng):
    import zlib
    out = io.BytesIO()
    central = []
    dostime = (ZDT[3] << 11) | (ZDT[4] << 5) | (ZDT[5] // 2)
    dosdate = ((ZDT[0] - 1980) << 9) | (ZDT[1] << 5) | ZDT[2]
    for name, data in files:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(c):
            k[0] = _crc_byte(k[0], c)
            k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = _crc_byte(k[2], k[1] >> 24)

        def kb():
            t = (k[2] | 2) & 0xFFFF
            return ((t * (t ^ 1)) >> 8) & 0xFF
        for c in password.encode():
            upd(c)
        hdr = bytes(rng.randint(0, 255) for _ in range(11)) + bytes([crc >> 24])
        enc = bytearray()
        for c in hdr + data:
            enc.append(c ^ kb())
            upd(c)
        nb = name.encode()
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(data), len(nb), 0) + nb + bytes(enc))
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb)
    cd = out.tell()
    cdata = b"".join(central)
    out.write(cdata)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(cdata), cd, 0))
    return out.getvalue()

# ---------------------------------------------------------------- rendering
def text_table(table, style):
    if not table:
        return ""
    hdr, rows = table[0], table[1:]
    if style == "aligned":
        w = [max(len(str(r[i])) for r in table) for i in range(len(hdr))]
        out = ["  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in table]
        out.insert(1, "  ".join("-" * x for x in w))
        return "\n".join(out) + "\n"
    if style == "pipes":
        return "\n".join("| " + " | ".join(str(c) for c in r) + " |" for r in table) + "\n"
    if style == "bullets":
        return "\n".join("* " + "; ".join("%s: %s" % (h, c) for h, c in zip(hdr, r) if str(c)) for r in rows) + "\n"
    if style == "kv":
        return "\n".join("\n".join("%s: %s" % (h, c) for h, c in zip(hdr, r)) + "\n" for r in rows)
    if style == "tabs":
        return "\n".join("\t".join(str(c) for c in r) for r in table) + "\n"
    if style == "numbered":
        return "\n".join("%d. %s" % (i + 1, ", ".join(str(c) for c in r if str(c))) for i, r in enumerate(rows)) + "\n"
    return "\n".join(",".join(str(c) for c in r) for r in table) + "\n"


def html_esc(s):
    return xml_esc(str(s))


def html_table(table):
    if not table:
        return ""
    h = "<tr>" + "".join('<th style="border:1px solid #999;padding:3px">%s</th>' % html_esc(c) for c in table[0]) + "</tr>"
    rows = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:3px">%s</td>' % html_esc(c) for c in r) + "</tr>" for r in table[1:])
    return '<table style="border-collapse:collapse;font-family:Calibri,Arial">%s%s</table>' % (h, rows)


def to_html(paras_before, table, paras_after):
    def p(t):
        return "".join("<p>%s</p>" % html_esc(x).replace("\n", "<br>") for x in t.split("\n\n") if x.strip())
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:11pt">%s%s%s</body></html>' % (p(paras_before), html_table(table), p(paras_after)))


def csv_bytes(table, sep=","):
    out = []
    for r in table:
        cells = []
        for c in r:
            c = str(c)
            if sep == "," and ("," in c or '"' in c):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def wrap_para(t, width=72):
    out = []
    for para in t.split("\n"):
        if len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flow(t, width=66, delsp=False):
    out = []
    for line in t.split("\n"):
        if line.startswith(">"):
            out.append(line)
            continue
        if len(line) <= width:
            out.append(line.rstrip(" "))
            continue
        if delsp:
            # break at arbitrary points inside words; DelSp=yes removes the trailing space
            words = line.split(" ")
            cur = ""
            chunks = []
            for w in words:
                piece = (cur + " " + w) if cur else w
                if len(piece) > width and cur:
                    chunks.append(cur + " ")
                    cur = w
                else:
                    cur = piece
            chunks.append(cur)
            # DelSp: each soft-broken chunk already ends with the real space, add one more to be deleted
            out.extend([c + " " for c in chunks[:-1]] + [chunks[-1]])
        else:
            ws = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False, drop_whitespace=True)
            out.extend([w + " " for w in ws[:-1]] + [ws[-1]])
    return "\n".join(out) + "\n"


ATT_TYPES = {
    "csv": ("text/csv", ".csv"), "tsv": ("text/tab-separated-values", ".tsv"), "txt-att": ("text/plain", ".txt"),
    "html-att": ("text/html", ".html"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "pdf": ("application/pdf", ".pdf"), "zip": ("application/zip", ".zip"),
}


def make_attachment(shape, c):
    table = c["table"]
    base = c.get("att_name", "export")
    if shape == "csv":
        return attach(csv_bytes(table), "text/csv", base + ".csv", cte=["base64", "quoted-printable", "7bit"][len(base) % 3], charset="utf-8")
    if shape == "tsv":
        return attach(csv_bytes(table, "\t"), "text/tab-separated-values", base + ".tsv", cte="base64", charset="utf-8")
    if shape == "txt-att":
        return attach((c.get("doc_title", base) + "\n\n" + text_table(table, "aligned") + "\n" + c.get("doc_text", "")).encode(), "text/plain", base + ".txt", cte="quoted-printable", charset="utf-8")
    if shape == "html-att":
        return attach(to_html(c.get("doc_title", ""), table, c.get("doc_text", "")).encode(), "text/html", base + ".html", cte="base64", charset="utf-8")
    if shape == "docx":
        return attach(make_docx([c.get("doc_title", base)] + [x for x in c.get("doc_text", "").split("\n") if x], table), ATT_TYPES["docx"][0], base + ".docx")
    if shape == "xlsx":
        return attach(make_xlsx(table, c.get("sheet", "Sheet1")), ATT_TYPES["xlsx"][0], base + ".xlsx")
    if shape == "pdf":
        lines = [c.get("doc_title", base), ""] + text_table(table, "aligned").split("\n") + c.get("doc_text", "").split("\n") if table else [c.get("doc_title", base)] + c.get("doc_text", "").split("\n")
        return attach(make_pdf(lines), "application/pdf", base + ".pdf")
    if shape == "zip":
        inner = [(base + ".csv", csv_bytes(table))] if table else [(base + ".txt", (c.get("doc_text") or c["intro"]).encode())]
        inner.append(("readme.txt", (c.get("doc_text") or "Exported from the MIS.").encode()))
        return attach(make_zip(inner), "application/zip", base + ".zip")
    raise ValueError(shape)


def compose_text(c, table_style):
    t = c["intro"].rstrip() + "\n\n"
    if c.get("table"):
        t += text_table(c["table"], table_style) + "\n"
    if c.get("outro"):
        t += c["outro"].rstrip() + "\n\n"
    t += c["sig"]
    return t


def render(c, shape, frm, to, subject, cc=None, rng=None):
    """Returns the full message text for the content dict c in MIME shape `shape`."""
    rng = rng or R
    style = c.get("style") or rng.choice(["aligned", "pipes", "bullets", "kv", "tabs", "numbered"])
    subj_cs = "utf-8"
    if shape in ("plain", "wrapped", "qp", "base64", "flowed", "flowed-delsp", "latin1", "cp1252"):
        text = compose_text(c, style)
        if shape == "plain":
            body = body_part(text)
        elif shape == "wrapped":
            body = body_part(wrap_para(text, 70))
        elif shape == "qp":
            body = body_part(text, cte="quoted-printable")
        elif shape == "base64":
            body = body_part(text, cte="base64")
        elif shape == "flowed":
            body = body_part(flow(text), extra="; format=flowed")
        elif shape == "flowed-delsp":
            body = body_part(flow(text, 60, True), extra="; format=flowed; delsp=yes")
        elif shape == "latin1":
            body = body_part(text.replace("\u2019", "'").replace("\u2013", "-"), charset="iso-8859-1", cte="quoted-printable")
            subj_cs = "iso-8859-1"
        else:
            body = body_part(text, charset="windows-1252", cte=rng.choice(["quoted-printable", "8bit"]))
            subj_cs = "windows-1252"
        return envelope(frm, to, subject, body, cc, subj_charset=subj_cs)
    if shape == "html":
        html = to_html(c["intro"], c.get("table"), (c.get("outro", "") + "\n\n" + c["sig"]))
        return envelope(frm, to, subject, body_part(html, "html", cte=rng.choice(["quoted-printable", "base64"])), cc)
    if shape == "alternative":
        text = compose_text(c, style)
        html = to_html(c["intro"], c.get("table"), (c.get("outro", "") + "\n\n" + c["sig"]))
        return envelope(frm, to, subject, multipart("alternative", [body_part(text, cte="quoted-printable"), body_part(html, "html", cte="quoted-printable")]), cc)
    if shape in ATT_TYPES or shape == "encoded-words":
        real = shape
        cc2 = dict(c)
        if shape == "encoded-words":
            real = "csv" if c.get("table") else "txt-att"
            cc2["att_name"] = c.get("att_name", "export") + "_r\u00e9sum\u00e9_\u2013_" + "v2"
            subject = subject + " \u2013 \u00e0 traiter"
        text = c["intro"].rstrip() + "\n\n" + (c.get("outro", "").rstrip() + "\n\n" if c.get("outro") else "") + c["sig"]
        parts = [body_part(text, cte=rng.choice(["7bit", "quoted-printable"]))]
        if rng.random() < 0.35:
            parts = [multipart("alternative", [body_part(text), body_part(to_html(text, None, ""), "html", cte="quoted-printable")])]
        parts.append(make_attachment(real, cc2))
        return envelope(frm, to, subject, multipart("mixed", parts), cc)
    if shape == "rfc822":
        ofrm, oto = c["orig_from"], c["orig_to"]
        inner = envelope(ofrm, oto, c.get("orig_subject", subject), body_part(compose_text(c, style), cte=rng.choice(["7bit", "quoted-printable"])))
        note = c.get("fwd_note", "See attached.") + "\n\n" + c.get("fwd_sig", c["sig"])
        parts = [body_part(note), "Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + inner]
        return envelope(frm, to, "Fw: " + c.get("orig_subject", subject), multipart("mixed", parts), cc)
    if shape == "inline-fwd":
        ofrm, oto = c["orig_from"], c["orig_to"]
        inner = compose_text(c, style)
        t = (c.get("fwd_note", "FYI") + "\n\n" + c.get("fwd_sig", "") + "\n\n---------- Forwarded message ---------\n"
             "From: %s\nDate: %s\nSubject: %s\nTo: %s\n\n" % (addr(*ofrm), date_hdr(), c.get("orig_subject", subject), ", ".join(addr(*x) for x in oto)) + inner)
        return envelope(frm, to, "Fwd: " + c.get("orig_subject", subject), body_part(t, cte=rng.choice(["7bit", "quoted-printable"])), cc)
    if shape == "reply":
        q = c.get("quoted") or "Could you send over the details when you get a chance?\n\nThanks"
        qf = c.get("quoted_from") or to[0]
        if c.get("quote_data"):
            top = c.get("reply_top", "Thanks, see below.") + "\n\n" + c["sig"]
            qtext = compose_text(c, style)
        else:
            top = compose_text(c, style)
            qtext = q
        t = top + "\n\nOn %s, %s wrote:\n" % (date_hdr()[:-6], addr(*qf)) + "\n".join("> " + l if l else ">" for l in qtext.split("\n")) + "\n"
        return envelope(frm, to, "Re: " + subject, body_part(t, cte=rng.choice(["7bit", "quoted-printable", "base64"])), cc,
                        extra_headers=["In-Reply-To: %s" % IDS.msgid(qf[1].split("@")[1])])
    raise ValueError(shape)

# ---------------------------------------------------------------- content families
def staff(rng, role_hint=None):
    if role_hint:
        for s in STAFF:
            if role_hint.lower() in s[2].lower():
                return s
    return rng.choice(STAFF)


def sig(s, rng):
    v = rng.randint(0, 3)
    if v == 0:
        return "%s\n%s\n%s" % (s[1], s[2], SCHOOL)
    if v == 1:
        return "Kind regards,\n\n%s | %s\n%s | Tel 0113 496 0500" % (s[1], s[2], SCHOOL)
    if v == 2:
        return "Thanks\n%s" % s[1].split()[0]
    return "Best wishes\n%s\n%s, %s" % (s[1], s[2], SCHOOL)


def em(s):
    return s[0] + "@school.example"


OUT_ORGS = ["example.org", "example.com", "example.net", "fieldtrips.example", "tastybites-catering.example",
            "leeds-edpsych.example", "northpayroll.example", "kinderfoto.example", "westmoor-cs.example"]
PERSONAL = ["gmail.example", "hotmail.example", "outlook.example", "btinternet.example", "yahoo.example"]


def ext_person(rng, dom=None, name=None):
    f, s, _ = person(rng)
    name = name or "%s %s" % (f, s)
    first, last = name.split()[0], name.split()[-1]
    dom = dom or rng.choice(OUT_ORGS)
    local = rng.choice(["%s.%s" % (first, last), "%s%s" % (first[0], last), "%s_%s%d" % (first, last, rng.randint(1, 99))]).lower().replace("'", "").replace("-", "")
    return (name, "%s@%s" % (local, dom))


def la_estab(rng):
    return rng.choice([(383, 2041), (383, 4127), (380, 2219), (384, 3306)])


def pupil_rows(rng, n, year_range=(2012, 2016), cols=("upn", "dob", "addr")):
    la, es = la_estab(rng)
    rows = []
    for i in range(n):
        f, s, g = person(rng)
        r = {"first": f, "last": s, "gender": "F" if g else "M",
             "upn": upn(la, es, rng.randint(12, 22), rng.randint(1, 999)),
             "dob": dob(rng, *year_range), "addr": address(rng), "class": rng.choice(CLASSES),
             "form": rng.choice(FORMS), "uln": uln(rng), "nhs": nhs(rng), "parent": "%s %s" % (rng.choice(FIRST_G + FIRST_B), s),
             "phone": mobile(rng), "cond": rng.choice(CONDITIONS)}
        rows.append(r)
    return rows


def fam_mis(rng, i):
    s = staff(rng, rng.choice(["Data Manager", "Office Manager"]))
    rows = pupil_rows(rng, rng.randint(5, 12))
    ds = i % 5
    if i % 2 == 0:
        table = [["UPN", "Legal Surname", "Legal Forename", "DOB", "Gender", "Reg", "Address Line 1", "Town", "Postcode"]]
        table += [[r["upn"], r["last"], r["first"], dfmt(r["dob"], ds), r["gender"], r["class"], r["addr"][0], r["addr"][1], r["addr"][2]] for r in rows]
    else:
        table = [["Pupil UPN", "Preferred name", "Surname", "Date of birth", "Year group", "Home address", "Primary contact", "Contact mobile"]]
        table += [[r["upn"], r["first"], r["last"], dfmt(r["dob"], ds), "Y" + r["class"][0], ", ".join(r["addr"]), r["parent"], r["phone"]] for r in rows]
    to = [ext_person(rng, rng.choice(["westmoor-cs.example", "example.com", "tuition-partners.example", PERSONAL[i % 5]]))]
    intro = rng.choice([
        "Hi %s,\n\nAs discussed, here is the extract from SIMS for the pupils joining the tutoring programme after half term." % to[0][0].split()[0],
        "Hello,\n\nPlease find the pupil list you asked for. I've run the report from Arbor with UPN, date of birth and address as your system needs them for the import.",
        "Morning %s\n\nThe export for the new cohort is below - let me know if any columns are in the wrong order for your upload." % to[0][0].split()[0],
        "Hi,\n\nHere's the list of children for the bus pass applications. Taken straight from the MIS this morning."])
    c = {"intro": intro, "table": table, "outro": rng.choice(["", "Any problems give me a ring.", "Please delete once loaded."]),
         "sig": sig(s, rng), "att_name": rng.choice(["SIMS_export", "pupil_list_Y%d" % rng.randint(3, 11), "arbor-report-%d" % rng.randint(100, 999), "Cohort Nov"]),
         "doc_title": "Student basic details", "sheet": "Students"}
    return dict(family="mis-export", note="MIS export of pupils with UPN, DOB and address to an outside party", s=s, to=to, c=c,
                subject=rng.choice(["Pupil data for import", "SIMS extract", "List you asked for", "New starters export", "Bus pass list"]))


def fam_exam(rng, i):
    s = staff(rng, "Exams Officer")
    rows = pupil_rows(rng, rng.randint(4, 10), (2008, 2010))
    centre = "%05d" % rng.choice([36217, 24105, 58833])
    table = [["Centre", "Cand No", "ULN", "Surname", "Forenames", "DOB", "Access arrangements"]]
    table += [[centre, "%04d" % rng.randint(1, 9999), r["uln"], r["last"].upper(), r["first"], dfmt(r["dob"], i % 3), rng.choice(["", "25% extra time", "Reader", "Separate room", "Word processor"])] for r in rows]
    to = [ext_person(rng, rng.choice(["examsupport.example", "example.org", "invigilate.example"]))]
    intro = rng.choice(["Dear %s,\n\nHere are the entries for the resit candidates, with ULNs and candidate numbers, so you can set up the seating plans at your centre." % to[0][0].split()[0],
                        "Hi,\n\nAs we are sitting these candidates at your site this series, here are their entry details including access arrangements.",
                        "Hello %s - the candidate list for the mock series you're invigilating. ULN column included as requested." % to[0][0].split()[0]])
    c = {"intro": intro, "table": table, "sig": sig(s, rng), "att_name": "entries_%s" % rng.choice(["Nov26", "resits", "mocks"]), "doc_title": "Candidate entries"}
    return dict(family="exam-entries", note="exam candidates with ULN, candidate number and DOB to an external centre", s=s, to=to, c=c,
                subject=rng.choice(["Candidate entries", "Resit candidates - entry details", "Mock seating list"]))


def fam_medical(rng, i):
    s = staff(rng, rng.choice(["Trips Coordinator", "School Nurse", "Office Manager"]))
    rows = pupil_rows(rng, rng.randint(4, 9))
    if i % 2:
        table = [["Name", "Class", "DOB", "Condition / allergy", "NHS number", "Parent contact"]]
        table += [["%s %s" % (r["first"], r["last"]), r["class"], dfmt(r["dob"], 0), r["cond"], [r["nhs"], "%s %s %s" % (r["nhs"][:3], r["nhs"][3:6], r["nhs"][6:]), "%s.%s.%s" % (r["nhs"][:3], r["nhs"][3:6], r["nhs"][6:]), "%s-%s-%s" % (r["nhs"][:3], r["nhs"][3:6], r["nhs"][6:])][(i // 2) % 4], r["phone"]] for r in rows]
        to = [ext_person(rng, rng.choice(["fieldtrips.example", "peakoutdoor.example", "example.net"]))]
        intro = "Hi %s,\n\nAhead of the residential, here is the medical information for the children coming. Please make sure your instructors have it." % to[0][0].split()[0]
        fam_note = "medical list with NHS numbers for a trip provider"
    else:
        table = [["Pupil", "Class", "Dietary need", "Severity", "Notes"]]
        table += [["%s %s" % (r["first"], r["last"]), r["class"], r["cond"], rng.choice(["High", "Medium", "Low"]), rng.choice(["", "Photo on kitchen wall", "Parent to supply snacks", "Mum: %s" % r["phone"]])] for r in rows]
        to = [ext_person(rng, "tastybites-catering.example")]
        intro = "Hello,\n\nUpdated allergy and dietary list for the new kitchen team, please print and keep by the servery. Full names are included so the lunch staff can check against the register."
        fam_note = "named allergy and medical conditions list for the caterer"
    c = {"intro": intro, "table": table, "sig": sig(s, rng), "att_name": rng.choice(["medical_needs", "allergy list Nov", "dietary_requirements"]), "doc_title": "Medical and dietary needs"}
    return dict(family="medical", note=fam_note, s=s, to=to, c=c, subject=rng.choice(["Medical info for the trip", "Allergy list - updated", "Dietary needs", "Medical forms summary"]))


def fam_sen(rng, i):
    s = staff(rng, "SENCo")
    r = pupil_rows(rng, 1)[0]
    to = [ext_person(rng, PERSONAL[i % 5])]
    name = "%s %s" % (r["first"], r["last"])
    pr = "she" if r["gender"] == "F" else "he"
    txt = ("Child: %s\nDOB: %s\nUPN: %s\nAddress: %s\n\nPrimary need: %s\nCurrent provision: 1:1 TA support 15 hours, speech and language input fortnightly.\n"
           "Views of the child: %s says %s finds the playground hard at lunchtime and would like a quiet space.\n"
           "Parent view: mum feels the plan is not being followed in afternoons and has asked for an increase in hours.\n"
           "Outcomes for next year: independent use of visual timetable; reading age within 18 months of chronological age." %
           (name, dfmt(r["dob"], 2), r["upn"], ", ".join(r["addr"]), rng.choice(["Autism spectrum condition", "Speech, language and communication needs", "Specific learning difficulty (dyslexia)", "Social, emotional and mental health"]), r["first"], pr))
    intro = rng.choice(["Hi %s,\n\nI know your work email is playing up so I'm sending the annual review paperwork for %s here. Draft below." % (to[0][0].split()[0], r["first"]),
                        "Dear %s\n\nAs promised, the EHCP annual review summary ahead of Thursday's meeting. I've included the UPN so you can match it to your records." % to[0][0].split()[0],
                        "%s,\n\nHere's the SEN support plan for %s before the panel. Sorry it's late." % (to[0][0].split()[0], name)])
    c = {"intro": intro, "table": None, "outro": txt, "sig": sig(s, rng), "doc_title": "EHCP Annual Review - %s" % name, "doc_text": txt,
         "att_name": "AR_%s_%s" % (r["last"], r["first"][0])}
    c["table"] = [["Field", "Detail"], ["Name", name], ["DOB", dfmt(r["dob"], 0)], ["UPN", r["upn"]], ["Need", "see plan"]] if i % 3 == 2 else None
    return dict(family="sen-ehcp", note="EHCP/SEN review of a named child sent to an agency worker's personal mailbox", s=s, to=to, c=c,
                subject=rng.choice(["Annual review paperwork", "EHCP review draft", "SEN plan for panel", "Review - %s" % r["first"]]))


def fam_payroll(rng, i):
    s = staff(rng, rng.choice(["Business Manager", "HR Officer"]))
    n = rng.randint(3, 7)
    table = [["Employee", "Post", "NI number", "Sort code", "Account no", "Annual salary", "Tax code"]]
    for k in range(n):
        f, sn, _ = person(rng)
        sc, ac = bank(rng, i * 7 + k)
        ni = nino_fmt(nino(rng), (i + k) % 5)
        if i % 3 == 1:
            sc = sc.replace("-", "")
        table.append(["%s %s" % (f, sn), rng.choice(["Teaching Assistant", "Teacher MPS3", "Cleaner", "Midday Supervisor", "Site Manager", "Teacher UPS1"]),
                      ni, sc, ac, "\u00a3%d" % rng.randint(14000, 46000), rng.choice(["1257L", "BR", "1257L M1"])])
    to = [ext_person(rng, rng.choice(["northpayroll.example", "hb-accountancy.example", PERSONAL[i % 5]]))]
    intro = rng.choice(["Hi %s,\n\nNew starters and changes for the November payroll run are below. Bank details have been checked against the forms." % to[0][0].split()[0],
                        "Hello,\n\nSending the staff payroll details from home as the portal was down. Please process for this month.",
                        "%s - the list for the pension/auto-enrolment reconciliation with NI numbers, bank and salary." % to[0][0].split()[0]])
    c = {"intro": intro, "table": table, "sig": sig(s, rng), "att_name": rng.choice(["payroll_changes_Nov", "starters-leavers", "staff_bank_details"]), "doc_title": "Payroll changes", "sheet": "Nov"}
    return dict(family="payroll", note="staff NI numbers, bank sort code/account and salary to an accountant or personal address", s=s, to=to, c=c,
                subject=rng.choice(["November payroll changes", "Payroll", "Starters and leavers", "Staff details for pension"]))


def fam_cp(rng, i):
    s = staff(rng, "Designated Safeguarding Lead")
    r = pupil_rows(rng, 1)[0]
    name = "%s %s" % (r["first"], r["last"])
    d = [(rng.randint(1, 28), m) for m in (9, 9, 10, 10, 11)]
    d.sort(key=lambda x: (x[1], x[0]))
    events = ["%s arrived without coat, said there was no food at home at the weekend." % r["first"],
              "Bruise to left forearm noted by class teacher, %s said 'dad's friend grabbed me'. Body map completed." % r["first"],
              "Mum disclosed domestic abuse incident at the weekend; police attended. MARAC referral discussed.",
              "Referral made to Children's Social Care front door, reference given verbally.",
              "Strategy meeting; %s to remain on a child protection plan under category neglect." % r["first"]]
    table = [["Date", "Event", "Action"]] + [["%02d/%02d/2026" % (dd, mm), e, rng.choice(["DSL informed", "Logged on CPOMS", "Parent called", "Referral"])] for (dd, mm), e in zip(d, events)]
    to = [ext_person(rng, rng.choice(["example.org", "familysupport.example", PERSONAL[i % 5]]))]
    intro = "Hi %s,\n\nChronology for %s (DOB %s, %s) as requested for the conference. This is confidential." % (to[0][0].split()[0], name, dfmt(r["dob"], i % 4), r["class"])
    c = {"intro": intro, "table": table, "sig": sig(s, rng), "att_name": "chronology_%s" % r["last"].lower(), "doc_title": "Safeguarding chronology: %s, DOB %s" % (name, dfmt(r["dob"], 0)),
         "doc_text": "Address: %s" % ", ".join(r["addr"]), "style": rng.choice(["aligned", "bullets", "kv"])}
    return dict(family="safeguarding", note="child protection chronology about a named child to an outside recipient", s=s, to=to, c=c,
                subject=rng.choice(["Chronology", "CP conference info", "Confidential - %s" % r["first"], "Safeguarding timeline"]))


def fam_staffhr(rng, i):
    s = staff(rng, rng.choice(["Headteacher", "HR Officer"]))
    f, sn, g = person(rng)
    name = "%s %s" % (f, sn)
    pr = "She" if g else "He"
    ni = nino_fmt(nino(rng), i % 5)
    if i % 2 == 0:
        txt = ("Reference for %s (NI %s), Teaching Assistant since September 2021.\n\nSickness absence in the last two years: 23 days over 6 episodes, including a period of 12 days for anxiety and depression. "
               "%s was issued a first written warning in March 2025 for a safeguarding procedure breach (use of personal phone on a trip), which is now spent.\n"
               "Overall I would be cautious about recommending %s for a role with unsupervised contact." % (name, ni, pr, f))
        note = "staff reference with health and disciplinary details sent to another employer"
        subj = "Reference request - %s" % name
    else:
        txt = ("Notes of investigation meeting, %s, class teacher.\nAllegation: inappropriate messages to a former pupil via social media.\nHome address: %s\nDOB: %s  NI: %s\n"
               "Outcome: suspended on full pay pending LADO advice. Union rep present." % (name, ", ".join(address(rng)), dfmt(dob(rng, 1975, 1995), 0), ni))
        note = "disciplinary investigation notes about a named staff member sent outside"
        subj = "Investigation notes - confidential"
    if i % 3 == 2:
        raw = nino(rng)
        # copied out of a narrow form: the number breaks across two lines
        txt += "\nFor the pension transfer her National Insurance number is %s %s %s\n%s %s and her payroll number is 40%04d." % (raw[:2], raw[2:4], raw[4:6], raw[6:8], raw[8], rng.randint(0, 9999))
    to = [ext_person(rng, rng.choice(["academytrust-hr.example", "example.com", PERSONAL[i % 5]]))]
    c = {"intro": "Dear %s,\n\nPlease see below." % to[0][0].split()[0], "table": None, "outro": txt, "sig": sig(s, rng), "doc_title": subj, "doc_text": txt, "att_name": "ref_%s" % sn.lower()}
    return dict(family="staff-hr", note=note, s=s, to=to, c=c, subject=subj)


def fam_photo(rng, i):
    s = staff(rng, rng.choice(["Office Manager", "Year 4 teacher"]))
    rows = pupil_rows(rng, rng.randint(8, 14))
    table = [["Forename", "Surname", "Class", "Photo consent", "Notes"]]
    table += [[r["first"], r["last"], r["class"], rng.choice(["Yes", "Yes", "No", "School use only"]), rng.choice(["", "", "Looked after child - no photos", "Court order - no images of any kind", "Sibling in %s" % rng.choice(CLASSES)])] for r in rows]
    to = [ext_person(rng, "kinderfoto.example")]
    c = {"intro": "Hi %s,\n\nHere's the consent list for picture day on the 18th so your photographers know who can't be photographed. Children with 'No' must not appear in group shots." % to[0][0].split()[0],
         "table": table, "sig": sig(s, rng), "att_name": "photo_consent_%s" % rng.choice(["KS2", "all", "Y3-Y6"]), "doc_title": "Photo consent"}
    return dict(family="photo-consent", note="photo consent list with children's full names, classes and sensitive notes to a photographer", s=s, to=to, c=c,
                subject=rng.choice(["Photo day consent list", "Consent list for photographers", "Class photos - who to leave out"]))


def fam_attend(rng, i):
    s = staff(rng, rng.choice(["Attendance Officer", "Head of Year 9"]))
    rows = pupil_rows(rng, rng.randint(4, 9), (2010, 2014))
    if i % 2:
        table = [["UPN", "Name", "Form", "Attendance %", "Unauthorised sessions", "Home address"]]
        table += [[r["upn"], "%s %s" % (r["first"], r["last"]), r["form"], "%.1f" % rng.uniform(61, 89), rng.randint(8, 40), ", ".join(r["addr"])] for r in rows]
        note = "persistent absence list with UPNs and addresses to the outside attendance service"
    else:
        table = [["Name", "DOB", "Form", "Exclusion type", "Days", "Reason"]]
        table += [["%s %s" % (r["first"], r["last"]), dfmt(r["dob"], 1), r["form"], rng.choice(["Suspension", "Suspension", "Permanent"]), rng.randint(1, 5), rng.choice(["Assault on pupil", "Verbal abuse of staff", "Drugs", "Persistent disruption"])] for r in rows]
        note = "named exclusion log with DOBs and reasons to an outside recipient"
    to = [ext_person(rng, rng.choice(["ews-traded.example", "example.org", "altprovision.example"]))]
    c = {"intro": rng.choice(["Hi %s,\n\nThe list for this half term's panel is below." % to[0][0].split()[0], "Hello,\n\nAs agreed at the meeting, here are the pupils we'd like you to pick up."]),
         "table": table, "sig": sig(s, rng), "att_name": rng.choice(["PA_list", "exclusions_autumn", "attendance_panel"]), "doc_title": "Attendance"}
    return dict(family="attendance", note=note, s=s, to=to, c=c, subject=rng.choice(["Attendance panel list", "Exclusions this term", "Persistent absentees"]))


def fam_passport(rng, i):
    s = staff(rng, "Trips Coordinator")
    n = rng.randint(1, 5)
    table = [["Surname", "Given names", "Date of birth", "Nationality", "Passport no", "Expiry"]]
    mrzs = []
    for k in range(n):
        f, sn, g = person(rng)
        d = dob(rng, 2009, 2013)
        pno = passport(rng)
        exp = (2029 + rng.randint(0, 4), rng.randint(1, 12), rng.randint(1, 28))
        table.append([sn.upper(), f.upper(), dfmt(d, 0), "GBR", pno, dfmt(exp, 0)])
        if k == 0:
            dd = "%02d%02d%02d" % (d[0] % 100, d[1], d[2])
            ee = "%02d%02d%02d" % (exp[0] % 100, exp[1], exp[2])
            l2 = pno + mrz_check(pno) + "GBR" + dd + mrz_check(dd) + ("F" if g else "M") + ee + mrz_check(ee)
            l2 = l2 + "<" * (42 - len(l2))
            comp = l2[0:10] + l2[13:20] + l2[21:43]
            l2 = l2 + "0" + mrz_check(comp + "0")
            l1 = ("P<GBR" + sn.upper().replace("-", "<") + "<<" + f.upper() + "<" * 44)[:44]
            mrzs = [l1, l2[:44]]
    to = [ext_person(rng, rng.choice(["eurotours-edu.example", "fieldtrips.example", "example.com"]))]
    intro = "Hi %s,\n\nPassport details for the Paris trip group as needed for the ferry manifest." % to[0][0].split()[0]
    outro = ""
    if i % 2 == 0:
        outro = "One parent sent a scan rather than typing it out - the machine-readable lines read:\n%s\n%s" % tuple(mrzs)
    c = {"intro": intro, "table": table, "outro": outro, "sig": sig(s, rng), "att_name": "passport_details", "doc_title": "Passenger list", "doc_text": outro}
    return dict(family="passport", note="pupils' passport numbers and DOBs for a trip operator", s=s, to=to, c=c, subject=rng.choice(["Passport details", "Passenger manifest info", "Paris trip - passports"]))


def fam_contacts(rng, i):
    s = staff(rng, rng.choice(["Office Manager", "Year 4 teacher"]))
    rows = pupil_rows(rng, rng.randint(6, 12))
    table = [["Child", "Class", "Parent/carer", "Relationship", "Mobile", "Home phone", "Address"]]
    table += [["%s %s" % (r["first"], r["last"]), r["class"], r["parent"], rng.choice(["Mother", "Father", "Grandmother", "Foster carer"]), r["phone"], landline(rng), ", ".join(r["addr"])] for r in rows]
    to = [ext_person(rng, rng.choice(["pta-hollinsbank.example", PERSONAL[i % 5], "example.net"]))]
    c = {"intro": rng.choice(["Hi %s,\n\nHere's the class contact list for the PTA ring-round about the Christmas fair." % to[0][0].split()[0],
                              "Hello,\n\nParent contact sheet for the minibus company so they can call if they're running late."]),
         "table": table, "sig": sig(s, rng), "att_name": rng.choice(["parent_contacts", "contact sheet", "class_contacts_%d" % rng.randint(1, 6)]), "doc_title": "Contacts"}
    return dict(family="parent-contacts", note="parent contact sheet with phones and home addresses to an outside recipient", s=s, to=to, c=c,
                subject=rng.choice(["Contact list", "Parent numbers", "Ring-round list"]))


def fam_single(rng, i):
    s = staff(rng, rng.choice(["Designated Safeguarding Lead", "School Nurse", "Headteacher"]))
    r = pupil_rows(rng, 1)[0]
    nm = "%s %s" % (r["first"], r["last"])
    items = [
        "Just so you're aware before %s starts with you on Monday: %s (DOB %s) is HIV positive. Mum has asked that only key staff know." % (r["first"], nm, dfmt(r["dob"], 2)),
        "%s in %s is now living with foster carers at %s after being removed from home last week. Birth father must NOT be given any information." % (nm, r["class"], ", ".join(r["addr"])),
        "%s (NHS no. %s) was admitted after an overdose at the weekend; CAMHS are involved. Please keep this between us." % (nm, r["nhs"]),
        "Re %s, born %s: the police have confirmed %s was the victim in the incident reported in the paper. Please don't mention it at the club." % (nm, dfmt(r["dob"], 0), r["first"]),
        "Could you add %s to your list? UPN %s, DOB %s. Mum has disclosed %s is transitioning and would like to be called %s at your sessions." % (nm, r["upn"], dfmt(r["dob"], 3), r["first"], rng.choice(["Alex", "Sam", "Charlie"])),
        "%s has been diagnosed with leukaemia and starts chemotherapy on Friday; the family's address for cards is %s." % (nm, ", ".join(r["addr"]))]
    to = [ext_person(rng, rng.choice(["sportsclub.example", "example.org", PERSONAL[i % 5], "dramaworks.example"]))]
    c = {"intro": "Hi %s,\n\n%s" % (to[0][0].split()[0], items[i % len(items)]), "table": None, "sig": sig(s, rng), "att_name": "note"}
    return dict(family="single-sensitive", note="a single very sensitive item about one named child sent outside", s=s, to=to, c=c,
                subject=rng.choice(["Quick word", "Confidential", "Re Monday", "Heads up", "%s" % r["first"]]))


BASE_FAMS = [fam_mis, fam_exam, fam_medical, fam_sen, fam_payroll, fam_cp, fam_staffhr, fam_photo, fam_attend, fam_passport, fam_contacts]


def fam_forward(rng, i):
    d = BASE_FAMS[i % len(BASE_FAMS)](rng, i)
    orig = staff(rng)
    while orig == d["s"]:
        orig = staff(rng)
    d["c"]["orig_from"] = (orig[1], em(orig))
    d["c"]["orig_to"] = [(d["s"][1], em(d["s"]))]
    d["c"]["orig_subject"] = d["subject"]
    d["c"]["sig"] = sig(orig, rng)
    d["c"]["fwd_note"] = rng.choice(["See below from %s - can you action?" % orig[1].split()[0], "Forwarding the thread so you have everything.", "FYI, this is what we sent round internally."])
    d["c"]["fwd_sig"] = d["s"][1]
    d["family"] = "forward-out"
    d["note"] = "internal thread with personal data forwarded to an outside address (" + d["note"] + ")"
    return d


def fam_bcc(rng, i):
    d = BASE_FAMS[(i * 3 + 1) % len(BASE_FAMS)](rng, i)
    colleague = staff(rng)
    while colleague == d["s"]:
        colleague = staff(rng)
    d["to"] = [(colleague[1], em(colleague))]
    fn = d["s"][1].split()
    d["bcc"] = ["%s.%s%d@%s" % (fn[0].lower(), fn[-1].lower(), rng.randint(70, 99), PERSONAL[i % 5])]
    d["family"] = "bcc-personal"
    d["note"] = "sent to a colleague with a Bcc to the sender's own personal mailbox (" + d["note"] + ")"
    return d


POS_PLAN = [(fam_mis, 14), (fam_exam, 8), (fam_medical, 10), (fam_sen, 8), (fam_payroll, 10), (fam_cp, 8), (fam_staffhr, 6),
            (fam_photo, 6), (fam_attend, 8), (fam_passport, 6), (fam_contacts, 8), (fam_single, 6), (fam_forward, 6), (fam_bcc, 6)]


# ---------------------------------------------------------------- negative families
def ten_digit_nonid(rng):
    while True:
        d = "".join(str(rng.randint(0, 9)) for _ in range(10))
        if d[0] == "0":
            continue
        s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        ok_nhs = c != 10 and c == int(d[9])
        ok_uln = (10 - s % 11) == int(d[9])
        if not ok_nhs and not ok_uln:
            return d


def isbn13(rng):
    d = "978" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    return d + str((10 - s % 10) % 10)


def bad_nino(rng):
    p = rng.choice(["QQ", "TN", "NK", "GB", "ZZ", "BG", "DA", "FO"])
    return p + "%06d" % rng.randint(0, 999999) + rng.choice("ABCD")


def fam_internal(rng, i):
    d = BASE_FAMS[(i * 5) % len(BASE_FAMS)](rng, i)
    col = staff(rng)
    while col == d["s"]:
        col = staff(rng)
    d["to"] = [(col[1], em(col))]
    if i % 4 == 1:
        c2 = staff(rng)
        if c2 not in (col, d["s"]):
            d["cc"] = [(c2[1], em(c2))]
    if i % 7 == 3:
        d["to"].append(("Office", "office@school.example"))
    d["c"]["intro"] = "Hi %s,\n\n" % col[1].split()[0] + rng.choice(["Internal copy for our records - please keep on the shared drive, not email, after today.",
                                                                       "For the staff briefing tomorrow, here is the list.", "Can you check these against the register?",
                                                                       "Sending the list so you can update the MIS."])
    d["family"] = "internal"
    d["note"] = "same kind of data sent only to internal staff (" + d["note"].split(" to ")[0] + ")"
    d["direction"] = "internal"
    return d


def fam_encrypted(rng, i):
    d = BASE_FAMS[(i * 2 + 1) % len(BASE_FAMS)](rng, i)
    kind = ["smime", "pgp", "password-zip"][i % 3]
    d["enc"] = kind
    d["family"] = "encrypted"
    d["note"] = {"smime": "S/MIME enveloped message", "pgp": "PGP/MIME encrypted message", "password-zip": "data in a password-protected zip, password sent separately"}[kind] + " to an outside recipient"
    return d


def render_encrypted(d, rng, frm, to):
    kind = d["enc"]
    if kind == "smime":
        blob = bytes([0x30, 0x82, 0x1A, 0x4C, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03, 0xA0]) + bytes(rng.randint(0, 255) for _ in range(rng.randint(3000, 7000)))
        body = ('Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\n'
                'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="smime.p7m"\nContent-Description: S/MIME Encrypted Message\n\n' + b64(blob))
        return envelope(frm, to, d["subject"], body)
    if kind == "pgp":
        blob = bytes([0x85, 0x01, 0x0C, 0x03]) + bytes(rng.randint(0, 255) for _ in range(rng.randint(1500, 5000)))
        e = base64.b64encode(blob).decode()
        armor = "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(e[k:k + 64] for k in range(0, len(e), 64)) + "\n=%s\n-----END PGP MESSAGE-----\n" % base64.b64encode(bytes(rng.randint(0, 255) for _ in range(3))).decode()
        parts = ["Content-Type: application/pgp-encrypted\nContent-Description: PGP/MIME version identification\n\nVersion: 1\n",
                 'Content-Type: application/octet-stream; name="encrypted.asc"\nContent-Description: OpenPGP encrypted message\nContent-Disposition: inline; filename="encrypted.asc"\n\n' + armor]
        return envelope(frm, to, d["subject"], multipart("encrypted", parts, '; protocol="application/pgp-encrypted"'))
    c = d["c"]
    inner = [(c.get("att_name", "data").replace(" ", "_") + ".csv", csv_bytes(c["table"]) if c.get("table") else c.get("doc_text", c["intro"]).encode())]
    z = make_zip_encrypted(inner, "Hb!" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(9)), rng)
    text = (rng.choice(["Hi,\n\nThe file is attached as an encrypted zip. I'll text you the password separately.",
                        "Hello,\n\nAttached (password protected as per our data protection policy). Password to follow by phone.",
                        "Please find the requested file attached. It is encrypted; the password will come in a separate message."]) + "\n\n" + c["sig"])
    body = multipart("mixed", [body_part(text), attach(z, "application/zip", c.get("att_name", "data") + ".zip")])
    return envelope(frm, to, d["subject"], body)


def fam_lookalike(rng, i):
    s = staff(rng, rng.choice(["Business Manager", "Office Manager", "Data Manager"]))
    k = i % 9
    sup = ext_person(rng, rng.choice(["edusupplies.example", "techrecycle.example", "bookhub.example", "example.com", "couriers.example"]))
    if k == 0:
        table = [["ISBN", "Title", "Qty"]] + [[isbn13(rng), rng.choice(["Oxford Reading Tree Stage 4", "Collins Maths KS3", "The Iron Man (class set)", "Atlas of the World", "Phonics Bug"]), rng.randint(5, 30)] for _ in range(rng.randint(4, 8))]
        intro, subj, note = "Hi %s,\n\nOrder for the library below, please invoice to the school." % sup[0].split()[0], "Book order", "book order listing ISBN-13s"
    elif k == 1:
        table = [["Asset tag", "Serial no", "Model", "Location"]] + [[upn_bad(rng), "5CD%04d%s" % (rng.randint(1000, 9999), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))), rng.choice(["HP ProBook 450", "Dell Latitude 3440", "iPad 10th gen"]), rng.choice(["IT store", "Room 12", "Library"])] for _ in range(rng.randint(4, 9))]
        intro, subj, note = "Hello,\n\nThe devices for collection/recycling are listed below.", "Devices for collection", "device list with letter+12 digit asset tags failing the UPN check"
    elif k == 2:
        table = [["Parcel", "Tracking number", "Booked"]] + [["Box %d" % n, ten_digit_nonid(rng) if n % 2 else "JD%018d" % rng.randint(0, 10 ** 18 - 1), "%02d/11/2026" % rng.randint(1, 28)] for n in range(1, rng.randint(4, 7))]
        intro, subj, note = "Hi,\n\nStill waiting on these deliveries - tracking numbers below.", "Missing deliveries", "tracking numbers (10 digits failing NHS/ULN checks)"
    elif k == 3:
        table = [["Draw", "Numbers", "Bonus"]] + [["Week %d" % n, " ".join("%02d" % x for x in sorted(rng.sample(range(1, 60), 6))), "%02d" % rng.randint(1, 59)] for n in range(1, 6)]
        intro, subj, note = "Hi %s,\n\nStaff lottery syndicate numbers for the next five weeks as promised." % sup[0].split()[0], "Syndicate numbers", "lottery numbers to a staff syndicate organiser"
    elif k == 4:
        table = [["Supplier", "Contact", "Phone", "Account ref"]] + [[rng.choice(["Yorkshire Water", "Mitie Cleaning", "BT Business", "Crown Office Supplies", "Bidfood"]), "Accounts team", landline(rng), bad_nino(rng)] for _ in range(5)]
        intro, subj, note = "Hello,\n\nAs requested, our supplier contacts and our account references with each of them.", "Supplier account references", "supplier phone numbers and account refs in invalid-NI-prefix shape"
    elif k == 5:
        table = [["Invoice", "PO", "Amount", "Ref"]] + [["INV-%06d" % rng.randint(0, 999999), "PO%d" % rng.randint(10000, 99999), "\u00a3%.2f" % rng.uniform(30, 900), ten_digit_nonid(rng)] for _ in range(rng.randint(3, 7))]
        intro, subj, note = "Hi %s,\n\nRemittance advice for the invoices below, paid by BACS today." % sup[0].split()[0], "Remittance advice", "remittance with invoice/PO numbers and 10-digit refs failing checks"
    elif k == 6:
        table = [["Item", "EAN", "Case size"]] + [[rng.choice(["Semi-skimmed milk 1L", "Wholemeal loaf", "Baked beans 2.6kg", "Apples (loose)", "Cheddar 2kg"]), "50%011d" % rng.randint(0, 10 ** 11 - 1), rng.randint(6, 24)] for _ in range(6)]
        intro, subj, note = "Hello,\n\nCan we add these lines to next week's kitchen order?", "Kitchen order additions", "catering order with EAN barcodes"
    elif k == 7:
        table = [["Licence", "Product key", "Seats"]] + [[rng.choice(["Office LTSC", "Adobe CC", "Sophos", "2Simple"]), "-".join("".join(rng.choice("BCDFGHJKMPQRTVWXY2346789") for _ in range(5)) for _ in range(5)), rng.randint(10, 300)] for _ in range(4)]
        intro, subj, note = "Hi,\n\nOur licence keys for the renewal quote.", "Licence renewal", "software licence keys and seat counts"
    else:
        refs = [ten_digit_nonid(rng) for _ in range(3)]
        table = None
        intro = ("Hi %s,\n\nRe our phone call: the fault reference is %s and the engineer visit was booked under %s. Our account number with you is %s. "
                 "Site phone 0113 496 0500, or call the site manager's work mobile 07700 900%03d." % (sup[0].split()[0], refs[0], refs[1], refs[2], rng.randint(0, 999)))
        subj, note = "Fault reference", "fault/booking references that fail identifier checks, business phone numbers"
    c = {"intro": intro, "table": table, "sig": sig(s, rng), "att_name": rng.choice(["order", "list", "refs_%d" % rng.randint(10, 99)]), "doc_title": subj}
    return dict(family="lookalike-numbers", note=note, s=s, to=[sup], c=c, subject=subj)


def fam_aggregate(rng, i):
    s = staff(rng, rng.choice(["Data Manager", "Headteacher", "Attendance Officer"]))
    k = i % 5
    if k == 0:
        table = [["Year group", "On roll", "Attendance %", "Persistent absence %"]] + [["Y%d" % y, rng.randint(55, 62), "%.1f" % rng.uniform(91, 97), "%.1f" % rng.uniform(8, 22)] for y in range(1, 7)]
        subj = "Attendance summary for governors"
    elif k == 1:
        table = [["Subject", "Entries", "9-7 %", "9-4 %", "9-5 %"]] + [[sb, rng.randint(40, 180), rng.randint(10, 35), rng.randint(55, 85), rng.randint(35, 65)] for sb in ["English Language", "Maths", "Biology", "History", "French", "Art"]]
        subj = "Provisional results summary"
    elif k == 2:
        table = [["Primary need", "SEN support", "EHCP"]] + [[n, rng.randint(2, 25), rng.randint(0, 6)] for n in ["SLCN", "ASD", "SEMH", "SpLD", "MLD", "Physical"]]
        subj = "SEND numbers for the LA return"
    elif k == 3:
        table = [["Pupil", "Reading", "Writing", "Maths"]] + [["Pupil %s" % chr(65 + n), rng.choice(["EXS", "WTS", "GDS"]), rng.choice(["EXS", "WTS", "GDS"]), rng.choice(["EXS", "WTS", "GDS"])] for n in range(8)]
        subj = "Anonymised moderation sample"
    else:
        table = [["Group", "Number", "% of cohort"]] + [[g, rng.randint(5, 60), "%.0f%%" % rng.uniform(3, 40)] for g in ["Pupil premium", "FSM6", "EAL", "Looked after", "Young carers"]]
        subj = "Cohort characteristics (no names)"
    to = [ext_person(rng, rng.choice(["example.org", "governors-hb.example", "la-schools.example"]))]
    c = {"intro": "Dear %s,\n\nSummary figures below; no individual pupils are identifiable." % to[0][0].split()[0], "table": table, "sig": sig(s, rng), "att_name": "summary_%d" % rng.randint(1, 99), "doc_title": subj}
    return dict(family="aggregate", note="aggregate or anonymised figures with no named individuals", s=s, to=to, c=c, subject=subj)


def fam_blank(rng, i):
    s = staff(rng, rng.choice(["Trips Coordinator", "Office Manager", "SENCo"]))
    k = i % 4
    fields = [["Field", "Response"]]
    if k == 0:
        title = "Residential trip - medical and consent form"
        fields += [[f, "____________________"] for f in ["Child's full name", "Date of birth (dd/mm/yyyy)", "NHS number", "GP name and surgery", "Allergies", "Medication", "Emergency contact mobile"]]
    elif k == 1:
        title = "Passport information form (overseas trip)"
        fields += [[f, "...................."] for f in ["Surname (as in passport)", "Given names", "Passport number (9 digits)", "Date of expiry", "Nationality", "GHIC number"]]
    elif k == 2:
        title = "New starter form - support staff"
        fields += [[f, ""] for f in ["Full name", "National Insurance number", "Bank sort code", "Account number", "Home address", "Postcode", "Date of birth"]]
    else:
        title = "In-year admission form"
        fields += [[f, "[        ]"] for f in ["Child's legal name", "Previous school", "UPN (if known)", "Date of birth", "Address", "Parent phone"]]
    to = [ext_person(rng, rng.choice(PERSONAL + ["example.com"]))]
    c = {"intro": "Dear %s,\n\nPlease find the blank %s. Fill it in and bring it to the office - please don't email it back completed." % (to[0][0].split()[0], title.lower()), "table": fields,
         "sig": sig(s, rng), "att_name": rng.choice(["blank_form", "form-%d" % rng.randint(1, 9), title.split()[0].lower() + "_form"]), "doc_title": title, "style": "kv"}
    return dict(family="blank-form", note="blank form naming personal-data fields with no values filled in", s=s, to=to, c=c, subject=title)


def fam_policy(rng, i):
    s = staff(rng, rng.choice(["Business Manager", "Headteacher", "Data Manager"]))
    text = rng.choice([
        "Data protection refresher - key points\n\nPersonal data includes a pupil's name, date of birth, Unique Pupil Number (UPN), Unique Learner Number (ULN), NHS number and home address. "
        "Staff data includes National Insurance numbers (two letters, six digits, one letter, e.g. QQ 12 34 56 C - a deliberately invalid example), bank sort codes and salaries.\n"
        "Never email any of these outside the school unless the message is encrypted. Use the secure file transfer portal for LA returns.",
        "Training exercise: which of these are special category data? Health conditions, ethnicity, religion, biometric data, sexual orientation. "
        "Which identifiers must never go by ordinary email: UPN, ULN, NHS number (10 digits, e.g. 123 456 7890 is NOT valid), passport number, NI number.",
        "Retention schedule extract\n\nPupil file: DOB of pupil + 25 years.\nSEN records: DOB + 31 years.\nPayroll (incl. NI number, bank details): 6 years after leaving.\nCP files: transfer to next school, retain copy until DOB + 25 years.",
        "Breach log guidance: record what happened, what data (e.g. names, UPNs, addresses, health information), how many data subjects, whether the ICO needs to be told within 72 hours. Do not put the personal data itself in the log."])
    to = [ext_person(rng, rng.choice(["dpo-services.example", "example.org", "trainingco.example"]))]
    c = {"intro": "Hi %s,\n\nHere's the text for the slides/handout we discussed. Comments welcome." % to[0][0].split()[0], "table": None, "outro": text, "sig": sig(s, rng),
         "doc_title": "Data protection", "doc_text": text, "att_name": rng.choice(["GDPR_refresher", "retention", "dp_training"])}
    return dict(family="policy-training", note="data protection training/policy text naming identifier types, no real data", s=s, to=to, c=c, subject=rng.choice(["DP training handout", "Slides text", "Retention schedule", "Breach log guidance"]))


def fam_inbound(rng, i):
    d = BASE_FAMS[(i * 4 + 2) % len(BASE_FAMS)](rng, i)
    sender = d["to"][0]
    recip = d["s"]
    d["inbound_from"] = sender
    d["to"] = [(recip[1], em(recip))]
    d["c"]["intro"] = "Dear %s,\n\n" % recip[1].split()[0] + rng.choice(["Please see the details we hold for your pupils below; can you confirm they are correct?",
                                                                          "As requested, here is the information from our side.", "Returning the list with our updates."])
    d["c"]["sig"] = "Regards\n%s" % sender[0]
    d["family"] = "inbound"
    d["note"] = "mail arriving from outside that contains personal data (" + d["note"].split(" to ")[0] + ")"
    d["direction"] = "inbound"
    return d


def fam_public(rng, i):
    s = staff(rng, rng.choice(["Headteacher", "Office Manager"]))
    k = i % 4
    if k == 0:
        intro = ("Dear parents and carers,\n\nDates for your diary: Christmas fair Friday 11 December 3.15pm; Y2 nativity Tuesday 15 December 2pm; term ends Friday 18 December at 1.30pm. "
                 "Well done to 4 Willow for the best attendance this half term (98.2%).\n\nThe school office number is 0113 496 0500.")
        table, subj = None, "Newsletter - December"
    elif k == 1:
        intro = "Hello,\n\nFor the local paper's league tables feature, our published 2026 KS2 results are below (these are on our website and the DfE performance tables)."
        table = [["Measure", "School", "National"], ["Expected standard RWM", "67%", "61%"], ["Higher standard RWM", "11%", "8%"], ["Average scaled score reading", "106", "105"]]
        subj = "Published results"
    elif k == 2:
        intro = "Hi,\n\nHere is the governing board page text for the new website - names and roles are published anyway under the governance regulations."
        table = [["Governor", "Category", "Term ends"]] + [["%s %s" % (rng.choice(FIRST_G + FIRST_B), rng.choice(SURN)), rng.choice(["Parent", "Co-opted", "Staff", "LA"]), "31/08/20%d" % rng.randint(27, 30)] for _ in range(5)]
        subj = "Website - governors page"
    else:
        intro = "Dear colleague,\n\nOur Ofsted report (good in all areas) was published today at the usual address. Our school address for the visit: Hollins Bank Academy, Hollins Lane, Leeds LS6 4JP."
        table, subj = None, "Ofsted report published"
    to = [ext_person(rng, rng.choice(["yeps-news.example", "example.net", "webdesign.example", "example.org"]))]
    c = {"intro": intro, "table": table, "sig": sig(s, rng), "att_name": "newsletter", "doc_title": subj}
    return dict(family="public-info", note="information that is already published", s=s, to=to, c=c, subject=subj)


def fam_invoice(rng, i):
    s = staff(rng, "Business Manager")
    sc, ac = "08-99-99", mod10_089999(rng)
    hirer = ext_person(rng, rng.choice(["zumba-leeds.example", "scouts-hb.example", "example.com", "chessclub.example"]))
    table = [["Description", "Hours", "Rate", "Total"], ["Hall hire (%s)" % rng.choice(["Tuesdays", "Saturdays", "Sundays"]), rng.randint(6, 24), "\u00a3%d.00" % rng.choice([25, 30, 35]), "\u00a3%d.00" % rng.randint(150, 800)]]
    outro = ("Payment by BACS to: %s, sort code %s, account %s, reference HB-HIRE-%03d.\nVAT exempt. Payment within 30 days please." % (SCHOOL, sc, ac, rng.randint(1, 400)))
    if i % 2 == 1:
        hirer = ext_person(rng, rng.choice(["crown-office.example", "bidfood-north.example", "example.net"]))
        table = [["Invoice", "Date", "Amount"], ["SI-%06d" % rng.randint(0, 999999), "%02d/10/2026" % rng.randint(1, 28), "\u00a3%.2f" % rng.uniform(200, 2000)]]
        outro = ("Your invoice above shows our account for the direct debit as %s, sort code %s, account number %s. That is correct - it is the school's main budget account, "
                 "not a personal account. Please collect on the 1st as usual." % (SCHOOL, sc, ac))
        c = {"intro": "Hi %s,\n\nChecking your latest invoice before we approve it." % hirer[0].split()[0], "table": table, "outro": outro, "sig": sig(s, rng),
             "att_name": "SI_check", "doc_title": "Supplier invoice", "doc_text": outro}
        return dict(family="invoice-own-bank", note="reply to a supplier confirming the school's own bank account on their invoice", s=s, to=[hirer], c=c, subject="Your invoice - direct debit details")
    c = {"intro": "Dear %s,\n\nPlease find our invoice for the autumn term hire." % hirer[0].split()[0], "table": table, "outro": outro, "sig": sig(s, rng),
         "att_name": "Invoice_HB%04d" % rng.randint(1000, 9999), "doc_title": "INVOICE - %s" % SCHOOL, "doc_text": outro}
    return dict(family="invoice-own-bank", note="the school's own invoice showing the school's bank details", s=s, to=[hirer], c=c, subject="Invoice - hall hire")


def fam_pupilwork(rng, i):
    f, sn, g = person(rng)
    pupil_login = "%s%s%02d@students.school.example" % (f[0].lower(), sn.lower().replace("-", "")[:6], rng.randint(10, 99))
    s = (pupil_login.split("@")[0], "%s %s" % (f, sn), "pupil")
    story = rng.choice([
        "The Lighthouse Keeper's Secret\n\nCaptain Marigold Fenwick had lived on Gull Rock for forty years. Her only friend was a one-eyed cat called Admiral Biscuit. "
        "One night a boat washed up carrying a boy named Tobiah Quill, who claimed he had been born on the moon on the thirtieth of Februarch.",
        "Diary of a Time Traveller\n\nDay 1. My name is Zephyr Moonwhistle and I live at 12 Nebula Lane, Planet Krox. My robot, Bolt-9000, says I am 347 years old but I don't feel it.",
        "The Dragon of Hollins Woods\n\nEveryone in the village of Little Sneezington knew about Grizelda the dragon. The mayor, Sir Pompous Wigglesworth, said she was just a story.",
        "Agent Nightshade\n\nAgent Nightshade's real name was Penelope Crumb, code number 00-BANANA. Her mission: recover the stolen recipe for the world's best custard."])
    to = [ext_person(rng, rng.choice(["youngwriters.example", "storycomp.example", "example.org"]))]
    c = {"intro": "Hello,\n\nThis is my entry for the young writers competition. My teacher said I could send it myself.", "table": None, "outro": story,
         "sig": "From %s, Year %d" % (f, rng.randint(5, 8)), "doc_title": story.split("\n")[0], "doc_text": story, "att_name": "my_story"}
    return dict(family="pupil-work", note="a pupil's own creative writing with made-up characters", s=s, to=to, c=c, subject="Competition entry", pupil=True)


def fam_sports(rng, i):
    s = staff(rng, "PE teacher")
    names = rng.sample(FIRST_G + FIRST_B, 6)
    intro = rng.choice([
        "Hi,\n\nResults from Saturday's cross-country for the newsletter/paper: Year 5 girls - 1st %s, 3rd %s. Year 6 boys - 2nd %s. Team trophy to Hollins Bank!" % tuple(names[:3]),
        "Hello,\n\nFootball report: Hollins Bank 4 - 2 Moorside. Goals from %s (2), %s and %s. Player of the match %s." % tuple(names[:4]),
        "Hi %s,\n\nNetball tournament: we finished second of eight. Special mention to %s and %s for their defending." % (rng.choice(["Gary", "Linda"]), names[0], names[1])])
    to = [ext_person(rng, rng.choice(["yeps-news.example", "leedsschoolsport.example", "example.net"]))]
    c = {"intro": intro, "table": None, "sig": sig(s, rng), "att_name": "results"}
    return dict(family="sports-first-names", note="sports results naming children by first name only", s=s, to=to, c=c, subject=rng.choice(["Match report", "Results", "Sport round-up"]))


def fam_routine(rng, i):
    s = staff(rng)
    to = [ext_person(rng, PERSONAL[i % 5]), ext_person(rng, PERSONAL[(i + 2) % 5])]
    intro = rng.choice(["Dear parents,\n\nA reminder that the Year 4 trip to the Royal Armouries is on Wednesday. Children need a packed lunch and a coat. We leave at 9am.",
                        "Dear Mr and Mrs Holroyd,\n\nThank you for coming in yesterday. As agreed, we'll review how things are going after half term.",
                        "Hi,\n\nCan you confirm the coach for 40 pupils and 6 adults on 3 March, pick-up 8.45am from the school gates?"])
    c = {"intro": intro, "table": None, "sig": sig(s, rng), "att_name": "letter"}
    return dict(family="routine-outbound", note="ordinary outbound message with no personal data beyond names of correspondents", s=s, to=to, c=c, subject=rng.choice(["Trip reminder", "Following our meeting", "Coach booking"]))


NEG_PLAN = [(fam_internal, 16), (fam_encrypted, 12), (fam_lookalike, 18), (fam_aggregate, 10), (fam_blank, 8), (fam_policy, 8), (fam_inbound, 10),
            (fam_public, 8), (fam_invoice, 5), (fam_pupilwork, 6), (fam_sports, 6), (fam_routine, 3)]


# ---------------------------------------------------------------- assembly
SHAPES = ["plain", "csv", "html", "xlsx", "wrapped", "docx", "qp", "alternative", "pdf", "flowed", "tsv", "base64", "zip",
          "latin1", "rfc822", "html-att", "inline-fwd", "cp1252", "txt-att", "reply", "flowed-delsp", "encoded-words"]
ACCENT = {"Isla": "Zo\u00eb", "Evie": "Chlo\u00e9", "Reuben": "Se\u00e1n", "Leo": "L\u00e9o", "Kai": "Jo\u00ebl", "Harriet": "Ren\u00e9e",
          "Theo": "Th\u00e9o", "Ruby": "Ana\u00efs", "Callum": "Fran\u00e7ois", "Esme": "Esm\u00e9"}


def accentify(c, cp1252):
    hit = False

    def sub(t):
        nonlocal hit
        for a, b in ACCENT.items():
            if re.search(r"\b%s\b" % a, t):
                hit = True
                t = re.sub(r"\b%s\b" % a, b, t)
        return t
    if c.get("table"):
        c["table"] = [[sub(x) if isinstance(x, str) else x for x in r] for r in c["table"]]
    for k in ("intro", "outro", "doc_text"):
        if c.get(k):
            c[k] = sub(c[k])
    if not hit:
        c["sig"] = c["sig"] + "\n(cover: Ms B\u00e9n\u00e9dicte Lef\u00e8vre)"
    if cp1252:
        c["intro"] = c["intro"].replace("I've", "I\u2019ve").replace("here's", "here\u2019s").replace("Here's", "Here\u2019s") + "\n\nDates: 1\u20135 Dec."


def build():
    posd = os.path.join(HERE, "positive")
    negd = os.path.join(HERE, "negative")
    for dd in (posd, negd):
        os.makedirs(dd, exist_ok=True)
        for f in os.listdir(dd):
            if f.endswith(".eml"):
                os.remove(os.path.join(dd, f))
    items = []
    si = 0
    for label, plan in (("positive", POS_PLAN), ("negative", NEG_PLAN)):
        for fam, n in plan:
            for i in range(n):
                rng = random.Random("%s-%s-%d" % (label, fam.__name__, i))
                d = fam(rng, i)
                if fam is fam_forward:
                    shape = ["rfc822", "inline-fwd"][i % 2]
                elif d.get("enc"):
                    shape = d["enc"]
                else:
                    shape = SHAPES[(si * 5 + 3) % len(SHAPES)]
                    si += 1
                items.append((label, d, shape, rng))
    order = list(range(1, len(items) + 1))
    random.Random(77).shuffle(order)
    manifest = []
    for (label, d, shape, rng), num in zip(items, order):
        c = d["c"]
        s = d["s"]
        direction = d.get("direction", "outbound")
        if direction == "inbound":
            frm = d["inbound_from"]
            auth = None
        else:
            frm = (s[1], em(s)) if not d.get("pupil") else (s[1], s[0] + "@students.school.example")
            auth = frm[1]
        to = d["to"]
        cc = d.get("cc")
        if direction == "outbound" and not d.get("pupil") and rng.random() < 0.3 and not cc:
            cc = [("Helen Moss", "h.moss@school.example")]
        if direction == "inbound":
            c.setdefault("orig_from", frm)
            c.setdefault("orig_to", [(d["inbound_from"][0], "enquiries@" + frm[1].split("@")[1])])
        else:
            col = rng.choice([x for x in STAFF if x[0] != s[0]])
            c.setdefault("orig_from", frm)
            c.setdefault("orig_to", [(col[1], em(col))])
            c.setdefault("fwd_note", rng.choice(["Forwarding what I sent round earlier.", "As below.", "Here's my email from last week."]))
        if not c.get("table") and shape in ("csv", "tsv", "xlsx"):
            shape = {"csv": "txt-att", "tsv": "pdf", "xlsx": "docx"}[shape]
        if shape in ("latin1", "cp1252"):
            accentify(c, shape == "cp1252")
        if d.get("enc"):
            text = render_encrypted(d, rng, frm, to)
        else:
            text = render(c, shape, frm, to, d["subject"], cc, rng)
        rcpt = [t[1] for t in to] + [t[1] for t in (cc or [])] + d.get("bcc", [])
        fn = "%03d-%s.eml" % (num, shape)
        path = os.path.join(HERE, label, fn)
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8") if False else None
        raw = text.encode("utf-8", "surrogateescape") if shape not in ("latin1", "cp1252") else text.encode("latin-1", "strict") if shape == "latin1" else text.encode("cp1252")
        with open(path, "wb") as fh:
            fh.write(raw)
        manifest.append((num, {"file": "%s/%s" % (label, fn), "label": label, "mail_from": frm[1], "rcpt": rcpt, "auth_user": auth,
                               "shape": shape, "family": d["family"], "note": d["note"]}))
    manifest.sort(key=lambda x: x[0])
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as fh:
        for _, m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
