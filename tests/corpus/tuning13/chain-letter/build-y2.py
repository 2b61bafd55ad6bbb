#!/usr/bin/env python3
# Deterministic generator for writer y2 (blind held-out corpus).
# Standard library only. Run from inside the policy folder: python3 build-y2.py
import base64, binascii, hashlib, io, json, os, quopri, random, re, struct, textwrap, zipfile, zlib

W = "y2"
ORG = ("school.example", "students.school.example")

# ---------------------------------------------------------------- identifiers
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(la, estab, year, serial):
    """Unique Pupil Number: check letter + LA(3) + estab(4) + year(2) + serial(3)."""
    body = "%03d%04d%02d%03d" % (la, estab, year, serial)
    tot = sum(int(c) * i for i, c in enumerate(body, start=2))
    return UPN_LETTERS[tot % 23] + body


def upn_is_valid(s):
    tot = 0
    for i, c in enumerate(s[1:], start=2):
        v = int(c) if c.isdigit() else UPN_LETTERS.index(c)
        tot += v * i
    return UPN_LETTERS[tot % 23] == s[0]


def _mod11_weighted(d9):
    return sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))


def nhs(rng):
    while True:
        d9 = "%d%08d" % (rng.randint(4, 6), rng.randint(0, 99999999))
        r = 11 - _mod11_weighted(d9) % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        return d9 + str(r)


def nhs_is_valid(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 10:
        return False
    r = 11 - _mod11_weighted(s[:9]) % 11
    if r == 11:
        r = 0
    return r != 10 and r == int(s[9])


def fmt_nhs(s):
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def uln(rng):
    while True:
        d9 = "%d%08d" % (rng.randint(1, 9), rng.randint(0, 99999999))
        r = 10 - _mod11_weighted(d9) % 11
        if r >= 10 or r < 0:
            continue
        return d9 + str(r)


def uln_is_valid(s):
    if not re.fullmatch(r"[1-9]\d{9}", s):
        return False
    r = 10 - _mod11_weighted(s[:9]) % 11
    return 0 <= r < 10 and r == int(s[9])


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino(rng):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        a, b = rng.choice(letters), rng.choice(letters)
        if a in NINO_BAD_FIRST or b in NINO_BAD_SECOND or a + b in NINO_BAD_PREFIX:
            continue
        digits = "%06d" % rng.randint(0, 999999)
        return a + b + digits + rng.choice("ABCD")


def fmt_nino(s):
    return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card(rng, prefix, length=16):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def fmt_card(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


STD11 = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]


def bank_ok(sc, acc):
    d = [int(c) for c in sc + acc if c.isdigit()]
    return len(d) == 14 and sum(a * b for a, b in zip(d, STD11)) % 11 == 0


def bank(rng, first="01"):
    sc = "%s-%02d-%02d" % (first, rng.randint(10, 89), rng.randint(10, 99))
    while True:
        acc = "%08d" % rng.randint(10000000, 99999999)
        if bank_ok(sc, acc):
            return sc, acc


def not_any_check(rng, n=10):
    """A plain n-digit reference that fails the NHS, ULN and Luhn checks."""
    while True:
        s = "%d" % rng.randint(10 ** (n - 1), 10 ** n - 1)
        if not nhs_is_valid(s) and not uln_is_valid(s) and not luhn_ok(s):
            return s


# ---------------------------------------------------------------- MIME building
def _boundary(tag):
    return "----=_Part_%s" % hashlib.sha1(tag.encode()).hexdigest()[:24]


def b64lines(data):
    enc = base64.b64encode(data).decode("ascii")
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)) + "\n"


def qp(text, charset):
    raw = text.replace("\r\n", "\n").encode(charset)
    out = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def flow(text, width=72):
    """format=flowed: soft breaks end with a space; space-stuff where needed."""
    out = []
    for para in text.split("\n"):
        if para.startswith(">"):
            out.append(para)
            continue
        if len(para) <= width:
            lines = [para]
        else:
            lines = textwrap.wrap(para, width=width, break_long_words=False,
                                  break_on_hyphens=False)
            lines = [l + " " for l in lines[:-1]] + [lines[-1]]
        for l in lines:
            if l.startswith(" ") or l.startswith("From "):
                l = " " + l
            out.append(l)
    return "\n".join(out)


def hardwrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        b = base64.b64encode(value.encode(charset)).decode("ascii")
        return "=?%s?B?%s?=" % (charset, b)


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="7bit", flowed=False,
                 delsp=False, filename=None, inline_name=False):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.delsp, self.filename = flowed, delsp, filename

    def render(self, tag):
        if self.subtype == "html":
            ct = 'text/html; charset="%s"' % self.charset
        else:
            ct = "text/%s; charset=%s" % (self.subtype, self.charset)
        if self.flowed:
            ct += "; format=flowed"
            if self.delsp:
                ct += "; delsp=yes"
        if self.filename:
            ct += '; name="%s"' % self.filename
        h = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)]
        if self.filename:
            h.append(("Content-Disposition", 'attachment; filename="%s"' % self.filename))
        text = self.text if self.text.endswith("\n") else self.text + "\n"
        if self.cte == "quoted-printable":
            body = qp(text, self.charset).encode("ascii")
        elif self.cte == "base64":
            body = b64lines(text.encode(self.charset)).encode("ascii")
        else:
            body = text.encode(self.charset)
            if self.cte == "7bit":
                body.decode("ascii")
        return h, body


class Attach:
    def __init__(self, data, ctype, filename, disposition="attachment", extra=None):
        self.data, self.ctype, self.filename = data, ctype, filename
        self.disposition, self.extra = disposition, extra or []

    def render(self, tag):
        h = [("Content-Type", '%s; name="%s"' % (self.ctype, self.filename)),
             ("Content-Disposition", '%s; filename="%s"' % (self.disposition, self.filename)),
             ("Content-Transfer-Encoding", "base64")] + self.extra
        return h, b64lines(self.data).encode("ascii")


class Raw:
    """A part whose body is given verbatim (already encoded)."""
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self, tag):
        return self.headers, self.body.encode("ascii") if isinstance(self.body, str) else self.body


class RFC822:
    def __init__(self, msgbytes, filename=None):
        self.msgbytes, self.filename = msgbytes, filename

    def render(self, tag):
        h = [("Content-Type", "message/rfc822" + ('; name="%s"' % self.filename if self.filename else ""))]
        if self.filename:
            h.append(("Content-Disposition", 'attachment; filename="%s"' % self.filename))
        return h, self.msgbytes


class Multi:
    def __init__(self, subtype, parts, params=""):
        self.subtype, self.parts, self.params = subtype, parts, params

    def render(self, tag):
        b = _boundary(tag + self.subtype + str(len(self.parts)))
        h = [("Content-Type", 'multipart/%s;%s boundary="%s"' % (self.subtype, self.params, b))]
        out = io.BytesIO()
        out.write(b"This is a multi-part message in MIME format.\n")
        for i, p in enumerate(self.parts):
            ph, pb = p.render(tag + "/%d" % i)
            out.write(("\n--%s\n" % b).encode())
            for k, v in ph:
                out.write(("%s: %s\n" % (k, v)).encode())
            out.write(b"\n")
            out.write(pb if pb.endswith(b"\n") else pb + b"\n")
        out.write(("\n--%s--\n" % b).encode())
        return h, out.getvalue()


def fold(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "," not in value:
        return line
    parts = value.split(", ")
    out, cur = [], "%s: %s" % (name, parts[0])
    for p in parts[1:]:
        if len(cur) + len(p) + 2 > 76:
            out.append(cur + ",")
            cur = " " + p
        else:
            cur += ", " + p
    out.append(cur)
    return "\n".join(out)


def enc_addr(a):
    m = re.match(r'\s*(.*?)\s*<([^>]+)>\s*$', a)
    if not m:
        return a
    name, email = m.group(1), m.group(2)
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;@\[\]"]', name) and not name.startswith('"'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name), email)


def message(frm, to, subject, date, body, cc=None, msgid=None, extra=None, tag="x",
            mime_version=True):
    hdr = [("From", enc_addr(frm)), ("To", ", ".join(enc_addr(a) for a in to))]
    if cc:
        hdr.append(("Cc", ", ".join(enc_addr(a) for a in cc)))
    hdr += [("Subject", enc_header(subject)), ("Date", date),
            ("Message-ID", msgid or "<%s@%s>" % (hashlib.md5(tag.encode()).hexdigest()[:20],
                                                  frm.split("@")[-1].strip(">")))]
    hdr += extra or []
    if mime_version:
        hdr.append(("MIME-Version", "1.0"))
    ph, pb = body.render(tag)
    lines = [fold(k, v) for k, v in hdr + ph]
    return ("\n".join(lines) + "\n\n").encode("utf-8") + pb


# ---------------------------------------------------------------- office files
FIXED = (2025, 1, 1, 0, 0, 0)


def _zip(files, stored=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(paragraphs, title="Document"):
    """paragraphs: list of str, or ('h', str) for headings, or ('table', rows)."""
    body = []
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[1]))
        elif isinstance(p, tuple) and p[0] == "table":
            rows = []
            for r in p[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>'
                                '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % "".join(body))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title></cp:coreProperties>' % _x(title))
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    xr = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def zipfiles(files):
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in files])


# Traditional PKWARE (ZipCrypto) encryption, so a password-protected zip can be built
# with the standard library only.
def _crc_byte(crc, b):
    return (zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF) & 0xFFFFFFFF


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._update(c)

    def _update(self, c):
        k = self.k
        k[0] = _crc_byte(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for c in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(c ^ ks)
            self._update(c)
        return bytes(out)


def encrypted_zip(files, password, seed):
    rng = random.Random(seed)
    pwd = password.encode()
    bio = io.BytesIO()
    central = []
    dostime, dosdate = (0 << 11) | (0 << 5), ((2025 - 1980) << 9) | (1 << 5) | 1
    for name, data in files:
        data = data if isinstance(data, bytes) else data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(pwd)
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = zc.encrypt(header + comp)
        off = bio.tell()
        nb = name.encode()
        bio.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc,
                              len(enc), len(data), len(nb), 0) + nb + enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime,
                                   dosdate, crc, len(enc), len(data), len(nb), 0, 0, 0, 0,
                                   0o644 << 16, off) + nb)
    cd_off = bio.tell()
    cd = b"".join(central)
    bio.write(cd)
    bio.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(cd),
                          cd_off, 0))
    return bio.getvalue()


def fake_der(seed, n=1800):
    rng = random.Random(seed)
    body = bytes(rng.randrange(256) for _ in range(n))
    # ContentInfo SEQUENCE, OID pkcs7-envelopedData, then opaque bytes
    oid = bytes.fromhex("06092a864886f70d010703")
    inner = oid + b"\xa0\x82" + struct.pack(">H", n) + body
    return b"\x30\x82" + struct.pack(">H", len(inner)) + inner


def pgp_armor(seed, n=1400):
    rng = random.Random(seed)
    data = bytes([0x85, 0x01, 0x0c]) + bytes(rng.randrange(256) for _ in range(n))
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    crc &= 0xFFFFFF
    return ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" +
            base64.b64encode(struct.pack(">I", crc)[1:]).decode() + "\n-----END PGP MESSAGE-----\n")


def html_doc(inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n<div style="%s">\n%s\n</div>\n</body>\n</html>\n' % (style, inner))


def paras_to_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>%s</p>" % _x(block).replace("\n", "<br>\n"))
    return "\n".join(out)


def csv_text(rows):
    out = io.StringIO()
    import csv
    w = csv.writer(out, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue()


# ---------------------------------------------------------------- dates
import datetime


def _last_sunday(y, m):
    d = datetime.date(y, m, 31)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


def D(y, mo, d, h, mi, s=0):
    """RFC 5322 date in UK local time (GMT/BST)."""
    dt = datetime.date(y, mo, d)
    bst = _last_sunday(y, 3) <= dt < _last_sunday(y, 10)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec"][mo - 1]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days, d, mon, y, h, mi, s,
                                               "+0100" if bst else "+0000")


# ---------------------------------------------------------------- output
MANIFEST = []


def emit(num, label, family, shape, note, frm_addr, rcpt, auth, data):
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    os.makedirs(label, exist_ok=True)
    with open(fn, "wb") as f:
        f.write(data)
    MANIFEST.append({"file": fn, "label": label, "mail_from": frm_addr, "rcpt": rcpt,
                     "auth_user": auth, "shape": shape, "family": family, "note": note})


def addr(s):
    m = re.search(r"<([^>]+)>", s)
    return m.group(1) if m else s.strip()


def mail(num, label, family, shape, note, frm, to, subject, date, body, cc=None, bcc=None,
         extra=None, inbound=False, msgid=None):
    tag = "%s-%03d-%s" % (label, num, family)
    data = message(frm, to, subject, date, body, cc=cc, extra=extra, tag=tag, msgid=msgid)
    rcpt = [addr(x) for x in to + (cc or []) + (bcc or [])]
    sender = addr(frm)
    emit(num, label, family, shape, note, sender, rcpt, None if inbound else sender, data)


def finish():
    MANIFEST.sort(key=lambda m: m["file"])
    with open("manifest-%s.jsonl" % W, "w") as f:
        for m in MANIFEST:
            f.write(json.dumps(m) + "\n")

# ---------------------------------------------------------------- people
# Thornleigh Church of England Primary School: a three-class rural primary.
HEAD = "Helen Ashworth <h.ashworth@school.example>"          # headteacher and DSL
OFFICE = "Janet Pocklington <j.pocklington@school.example>"  # part-time office manager
OFFICE_BOX = "Thornleigh CE Primary School <office@school.example>"
TREDDY = "Tom Reddy <t.reddy@school.example>"                # Class 3 (Y5/6)
CFARRANT = "Chloe Farrant <c.farrant@school.example>"        # Class 1 (EYFS/Y1)
BHOLLIS = "Bev Hollis <b.hollis@school.example>"             # Class 2 (Y2-4), deputy DSL
RPEN = "Ruth Penhaligon <r.penhaligon@school.example>"       # SENCo, part-time
SMARR = "Sue Marr <s.marr@school.example>"                   # teaching assistant
DOKAFOR = "Dan Okafor <d.okafor@school.example>"             # TA and sports lead
MTHWAITE = "Maggie Thwaite <m.thwaite@school.example>"       # cook / midday supervisor
PLYLE = "Revd Peter Lyle <p.lyle@school.example>"            # chair of governors
STAFF_LIST = "Thornleigh Staff <staff@school.example>"
PTA_BOX = "Friends of Thornleigh School <friends@school.example>"
PARENTS_LIST = "Thornleigh Parents <parents@school.example>"

# ================================================================ POSITIVES
P = "positive"

# 1 ---- hoax "don't accept this friend request", forwarded by a grandmother
mail(1, P, "friend-request-hoax", "fwd-inline",
     "grandmother forwards a 'do not accept the friend request from this hacker' hoax and asks for it in the newsletter",
     "Peggy Coulson <peggy.coulson@homemail.example>", [OFFICE_BOX],
     "Fwd: PLEASE READ warn everyone", D(2024, 10, 13, 9, 2),
     Text("""Dear Janet

My neighbour Brenda sent me this last night and I thought the school ought
to know about it because the children are all on these things now, even
the little ones. Could you put it in the newsletter so the parents see it?

Love Peggy
(Alfie W's Nana, Class 2)

---------- Forwarded message ---------
From: Brenda Hoyle <brenda.hoyle@homemail.example>
Date: Sat, 12 Oct 2024 at 21:40
Subject: Fw: PLEASE READ warn everyone
To: Peggy Coulson <peggy.coulson@homemail.example>, Ann Lumb <annlumb@villagenet.example>


PLEASE tell all the contacts in your list NOT to accept a friend request
from Tyler Brandon Cole. He is a hacker and has a system that connects to
your Facebook and your email. If one of your contacts accepts him YOU will
be hacked too, so make sure ALL your friends know. Thanks.

Forwarded as received. Hold your finger down on the message, at the bottom
it will say forward, then tick the names of everyone in your list and it
sends to them all. Please don't ignore it, my cousin's account was wiped.

xx Brenda
""", cte="7bit"), inbound=True)

# 2 ---- Facebook privacy-notice copy-and-paste hoax sent to the class teacher
mail(2, P, "privacy-notice-hoax", "plain",
     "parent sends the 'I do not give Facebook permission' copy-and-paste notice to the class teacher",
     "Lauren Pike <lauren.pike@example.org>", [CFARRANT],
     "facebook thing - does this affect the class page??", D(2024, 9, 24, 21, 47),
     Text("""Hi Miss Farrant, sorry to bother you at night, not sure if this affects the class Facebook page or Tapestry but thought I'd send it to be on the safe side. Might be worth all the parents doing it? Lauren (Mollie's mum)

DEADLINE TOMORROW!! Everything you have ever posted becomes public from tomorrow. Even messages that you deleted and photos you didn't allow. It doesn't cost anything to copy and paste, better safe than sorry. It was on the news tonight.

I do not give Facebook, Meta or any company connected to them permission to use my pictures, my children's pictures, information, messages or posts, past or future. With this statement I give notice that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile and its contents. Violation of privacy can be punished by law (UCC 1-308 1 308-103 and the Rome Statute).

Facebook is now an open capital entity. All members must post a note like this. If you prefer you can copy and paste this version. If you do not publish a statement at least once it will be taken as permission to use your photos and the information in your profile status updates.

DO NOT SHARE. You have to COPY and PASTE it or it doesn't count.
""", cte="7bit"), inbound=True)

# 3 ---- sleepover chain between pupils, sent from an iPad
mail(3, P, "sleepover-chain", "mobile",
     "Year 5 pupil sends a 'send to 10 people or no sleepovers for a year' chain to classmates",
     "Maisie Tennant <maisie.t@students.school.example>",
     ["isla.d@students.school.example", "evie.r@students.school.example",
      "ruby.w@students.school.example", "poppy.a@students.school.example",
      "lacey.h@students.school.example"],
     "READ THIS NOW!!!!!", D(2025, 1, 18, 19, 26),
     Text("""OMG read this!!! 😱

if u dont send this to 10 people in 10 mins u will never get invited to a sleepover again and ur bff will fall out with u forever 💔

im only sending it to my besties so send it back to me if ur my real bestie!! if u get 3 back ur popular, if u get 0 back nobody likes u

DONT BREAK THE CHAIN!!! it actually happened to a girl at my cousins school

💜💜 Maisie

Sent from my iPad""", cte="quoted-printable"))

# 4 ---- prayer chain from a grandfather, iso-8859-1 8bit
mail(4, P, "prayer-chain", "iso-8859-1",
     "grandfather sends a prayer chain that must be sent to 12 people within 96 hours, with luck and misfortune stories",
     "Derek Ainsworth <d.ainsworth1951@dalesmail.example>", [HEAD],
     "A prayer for you and the school", D(2024, 11, 3, 16, 12),
     Text("""Dear Mrs Ashworth,

As Thornleigh is a church school I thought you would appreciate the
following, which came to me from a lady at the Methodist chapel. God bless
you and all the staff.

Derek Ainsworth (grandad to Poppy and Jack)

*****************************************************************

THE PRAYER OF BLESSING

This prayer was blessed by a priest at Fátima and has been passed from
hand to hand since. It has now been round the world 9 times.

  Lord, watch over the ones I love, keep them safe in Your hands,
  bring health to the sick and comfort to the lonely. Amen.

You must send this prayer to 12 people within 96 hours, including the
person who sent it to you. Do not keep it. It must leave you.

A man in Cork kept it in a drawer and lost his job within the week.
A lady in Wigan sent it on the same day and won £2,000 on the bingo the
following Friday. A young couple who broke the chain had a terrible year.

This is not a joke. Do not send money. Just send the prayer and see what
happens on the fourth day. Faith is the key.

*****************************************************************
""", charset="iso-8859-1", cte="8bit"), inbound=True)

# 5 ---- "Bill Gates / Microsoft will pay you per forward", HTML only
mail(5, P, "pay-per-forward-hoax", "html",
     "foundation governor forwards the 'Microsoft will pay you for every forward' hoax, suggesting it for the playground fund",
     "Geoff Barraclough <geoff.barraclough@dalesmail.example>", [HEAD],
     "FW: Bill Gates sharing his fortune - genuine!!", D(2025, 2, 9, 11, 31),
     Text(html_doc("""<p>Helen,</p>
<p>My brother-in-law swears this one is genuine, a friend of his had a cheque. Might be worth
everyone at school having a go for the new playground fund!! If all the parents forwarded it we'd
have the equipment paid for by Easter.</p>
<p>Geoff</p>
<hr>
<p style="color:#c00000;font-size:16pt"><b>PLEASE READ - THIS IS NOT A JOKE</b></p>
<p>Dear Friends,</p>
<p>My name is Martin Ellison and I am a solicitor acting for Microsoft. Bill Gates is sharing his
fortune. If you ignore this you WILL regret it.</p>
<p>Microsoft are running an email tracking trial. When you forward this email to your friends,
Microsoft can and will track it for a two week period. For every person you forward this email to,
Microsoft will pay you <b>&pound;180</b>. For every person who receives it from you and forwards it
on, you will get <b>&pound;90</b>, and <b>&pound;45</b> for every third person.</p>
<p>Within two weeks Microsoft will contact you for your address and send you a cheque. I was
sceptical too, but my sister forwarded it to 40 people and received a cheque for &pound;4,560.</p>
<p><b>Forward this to EVERYONE in your address book. The more you send the more you get.</b></p>
<p>Thank you,<br>Martin Ellison, Ellison &amp; Webb Solicitors</p>"""),
          subtype="html", cte="quoted-printable"), inbound=True)

# 6 ---- phone-line hacking hoax forwarded to all staff, hard-wrapped
mail(6, P, "phone-scam-hoax", "wrapped",
     "teaching assistant sends all staff a 'press 9-0-# and they take over your phone line' warning to pass to families",
     SMARR, [STAFF_LIST], "Please pass on - phone scam!!", D(2024, 10, 21, 7, 52),
     Text(hardwrap("""Hi all,

My sister who works at the building society sent me this, please pass it on to your families, especially older relatives and anyone who lives on their own. xx Sue

WARNING!!! If you get a phone call from someone saying they are an engineer from BT doing checks on your line and they ask you to press 9, 0 and then the hash key, HANG UP STRAIGHT AWAY. Pressing 90# gives them full access to your line and they can make calls anywhere in the world and it all goes on your bill. I checked with BT and it is TRUE, it is happening all over Yorkshire.

ALSO do not ring back any number that rings once and hangs up, especially ones starting with 076. If you ring back you are charged £25 a minute and it all goes to a criminal gang abroad.

Please forward this to everyone you know. It's better to get it twice than not at all.
"""), cte="8bit"))

# 7 ---- virus hoax about "sports day photos", quoted-printable
mail(7, P, "virus-hoax", "qp",
     "parent asks the office to send a 'burning candle' virus-hoax warning to all parents via Parentmail",
     "Shazia Rahman <shazia.r@example.net>", [OFFICE_BOX],
     "VIRUS WARNING - can this go out on Parentmail?", D(2025, 6, 29, 20, 18),
     Text("""Hi Janet,

Can this go out on Parentmail please? Lots of us have got the sports day photos link from school so people could easily be caught out.

Thanks, Shazia (Amir's mum)

————————————

URGENT VIRUS WARNING!!!

In the next few days you may get an email called ‘YOUR PHOTOS FROM SPORTS DAY’. DO NOT OPEN IT. It opens a picture of a burning candle on your screen and then burns the whole hard disc of your computer. There is NO fix. Microsoft and Norton confirmed it yesterday and it was on Radio 2 this morning.

If anybody sends you something called ‘Sports Day photos’, even if it is from a friend, do not open it and switch off your computer straight away.

Send this to everyone on your contact list, it is better to get it 25 times than not at all!!!
""", cte="quoted-printable"), inbound=True)

# 8 ---- sick-child card appeal, windows-1252 with curly quotes
mail(8, P, "sick-child-card-appeal", "windows-1252",
     "grandmother asks all teachers to get children making cards for a record-attempt sick-child appeal and forward it on",
     "Maureen Fell <mo.fell@villagenet.example>", [CFARRANT, BHOLLIS, TREDDY],
     "Cards for little Josh - could the children help?", D(2024, 11, 19, 14, 5),
     Text("""Dear Teachers,

I wonder whether the children could make cards for this little lad, it would mean the world to his family. I’ve sent it to my church and the WI too.

Kind regards
Maureen Fell (Isla’s Gran)

…………………………………………………………

Little Josh Hardcastle is 6 years old and has a brain tumour. His one wish before his big operation is to get into the Guinness Book of Records for the most get well cards ever received. He has had 210,000 so far and needs to beat 300,000!

Please send a card to:
Josh Hardcastle, c/o Ward 4, St Cuthbert’s Children’s Hospital, Northdale

AND please forward this to as many people as you can – schools, churches, offices, Brownies, Scouts. The more the better. Don’t let it stop with you. “Every card makes him smile.”
""", charset="windows-1252", cte="quoted-printable"), inbound=True)

# 9 ---- fake missing-child appeal, multipart/alternative
_t9 = """Please share this, just seen it on the village Facebook group. You'd never forgive yourself. Gemma x

MISSING - PLEASE SHARE!!!

My daughter Keeley-Ann (9) went missing from outside the Co-op on Station Road yesterday afternoon about 4.15pm. She was wearing a pink Frozen coat and silver trainers with lights in.

Police aren't doing anything because it hasn't been 24 hours!!

Please SHARE SHARE SHARE, it only takes a second. If it was your child you would want everyone to share. The more shares the more chance of bringing her home. Anyone who scrolls past without sharing has no heart.

Copy to every group and every contact you have.
"""
mail(9, P, "missing-child-hoax", "multipart-alt",
     "parent forwards an unsourced 'missing girl, police won't act for 24 hours, share to everyone' appeal to the office and PTA",
     "Gemma Tait <gemma.tait@example.com>",
     [OFFICE_BOX, "Kirsty Dobbs <kirsty.dobbs@example.com>"],
     "PLEASE SHARE - missing girl", D(2025, 3, 6, 7, 40),
     Multi("alternative", [Text(_t9, cte="7bit"),
                           Text(html_doc(paras_to_html(_t9).replace(
                               "<p>MISSING - PLEASE SHARE!!!</p>",
                               '<p><b><span style="color:red;font-size:18pt">MISSING - PLEASE SHARE!!!</span></b></p>')),
                                subtype="html", cte="quoted-printable")]),
     inbound=True)

# 10 ---- Tibetan good-luck totem sent outbound by a TA, base64 body
mail(10, P, "luck-chain", "base64",
     "teaching assistant sends friends outside school a 'send to 7 people within 4 days' good-luck totem chain",
     DOKAFOR, ["Gaz Pearson <gaz.pearson@example.com>", "Liam Foulds <liamfoulds@example.net>",
               "Kwame Asante <k.asante@example.org>"],
     "not taking any chances this week 😂", D(2025, 1, 27, 12, 48),
     Text("""Lads, you know I don't normally do these but after the week I've had I'm not taking any chances 😂

🍀🍀🍀

THIS GOOD LUCK TOTEM WAS MADE BY MONKS IN TIBET

Within 4 days of receiving it you must send it on to 7 people. This is NOT a joke. You will receive good luck in ways you could not imagine. On day 4 something you have wanted for a long time will happen.

Send to 7 friends = great luck
Send to 3 friends = a good week
Send to 0 = 7 years of bad luck

Make a wish before you scroll down. Do not delete this. It has been round the world 14 times and it works.

🍀🍀🍀

D
""", cte="base64"))

# 11 ---- gift circle / "blessing garden" pyramid scheme with xlsx chart
_chart = [["BLESSING GARDEN - Board 3", "", "", ""],
          ["Position", "Role", "Name", "Gift status"],
          ["Water (centre)", "receives 8 x £60 = £480", "Tash M", "blossoming!"],
          ["Earth 1", "moves to centre next", "Nicki B", ""],
          ["Earth 2", "moves to centre next", "Leanne G", ""],
          ["Air 1", "", "Shelley P", ""],
          ["Air 2", "", "Danni W", ""],
          ["Air 3", "", "Carly H", ""],
          ["Air 4", "", "Jodie R", ""],
          ["Fire (seed) 1", "gift £60 to Water", "", "SPACE"],
          ["Fire (seed) 2", "gift £60 to Water", "", "SPACE"],
          ["Fire (seed) 3", "gift £60 to Water", "Becky S", "gifted"],
          ["Fire (seed) 4", "gift £60 to Water", "Lou T", "gifted"],
          ["Fire (seed) 5", "gift £60 to Water", "Amy K", "gifted"],
          ["Fire (seed) 6", "gift £60 to Water", "Sam F", "gifted"],
          ["Fire (seed) 7", "gift £60 to Water", "Kel D", "gifted"],
          ["Fire (seed) 8", "gift £60 to Water", "Hayley O", "gifted"],
          ["", "", "", ""],
          ["Each seed brings in 2 new seeds. When the board fills it splits into 2 and everyone moves in one ring.", "", "", ""]]
mail(11, P, "gift-circle-pyramid", "att-xlsx",
     "parent invites other mums and the PTA mailbox into a 'blessing garden' gift circle (pay £60, receive £480) with the board attached",
     "Nicki Brannigan <nicki.b@example.net>",
     ["Kirsty Dobbs <kirsty.dobbs@example.com>", "Hannah Kershaw <hannah.kershaw@example.org>",
      "Lauren Pike <lauren.pike@example.org>", PTA_BOX],
     "2 seeds left in our garden 🌸", D(2025, 4, 24, 20, 55),
     Multi("mixed", [Text("""Hi ladies! 🌸

I've been invited into a Blessing Garden and there are 2 seed spaces left on our board, so I thought of you lovely lot first!

How it works: you gift £60 to the Water in the middle of the board. When your ring moves to the middle (usually 3-4 weeks) YOU become the Water and receive £480 from your 8 seeds. You just need to invite 2 new seeds each.

It's NOT a pyramid scheme, it's women empowering women, a gift between friends so it's totally legal and no tax. Everyone on the board above us has already blossomed!

Board attached, message me your name and I'll pop you on before it closes on Sunday. The PTA could even do one as a fundraiser?? 💐

Nicki x
""", cte="quoted-printable"),
                     Attach(xlsx(_chart, "Board 3"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "Blessing Garden board 3.xlsx")]), inbound=True)

# 12 ---- book-exchange chain with addresses, format=flowed
mail(12, P, "book-exchange-chain", "format-flowed",
     "class teacher sends colleagues and a friend a 'buy one book, receive 36' exchange chain with home addresses",
     BHOLLIS, [CFARRANT, SMARR, "Jo Ramsden <jo.ramsden@example.org>"],
     "Book swap - who's in?!", D(2025, 2, 16, 18, 3),
     Text(flow("""Right, who's in? I know these are a bit daft but my friend Carol swears she got loads of books last time. Bev x

BOOK EXCHANGE!

Looking for 6 or more readers to join a book swap. You only need to buy ONE new paperback (your favourite, about £8) and send it to Reader #1 below. You will then get up to 36 books back!

Once you've sent your book, copy this message, move my name to #1 and put yours at #2. Then send it to 6 people within 5 days. If you can't do it within the week please let me know, it's not fair on the others who have joined.

1. Carol Whitfield, 14 Mill Lane, Askrigg Bridge, DL8 3HW
2. Bev Hollis, 3 Foss Cottages, Thornleigh, DL8 4QT

Happy reading!! 📚
"""), cte="8bit", flowed=True))

# 13 ---- Momo threat chain between pupils, Android
mail(13, P, "curse-chain-pupil", "mobile",
     "pupil sends a Momo 'send to 15 people or she comes to your room at 3am' threat chain to classmates",
     "Harvey Pratt <harvey.p@students.school.example>",
     ["noah.e@students.school.example", "alfie.w@students.school.example",
      "jack.a@students.school.example", "oscar.k@students.school.example"],
     "dont ignore this seriously", D(2025, 2, 28, 20, 41),
     Text("""momo is real my cousin seen her

hi i am momo. i died 10 years ago. if you dont send this to 15 people i will come to your room at 3am and watch you sleep. someone in year 6 ignored it and now there stuff keeps going missing. you have 1 hour

SEND IT

Sent from my Galaxy""", cte="7bit"))

# 14 ---- reply to newsletter with perfume-sample urban legend
mail(14, P, "urban-legend-warning", "reply",
     "parent replies to the newsletter asking the head to send the 'perfume sample is really ether' warning to all mums",
     "Karen Milburn <karenmilburn@homemail.example>", [HEAD],
     "Re: Thornleigh Times - Friday 8 November", D(2024, 11, 8, 19, 22),
     Text("""Thank you for the newsletter Mrs Ashworth, lovely to see the harvest
photos.

Could you also send this round to all the mums please? My friend in
Harrogate posted it this week:

LADIES PLEASE READ. If you are in a supermarket car park and a man or
woman comes up offering to sell you perfume cheap and asks you to smell a
sample, DO NOT. It is not perfume, it is a chemical like ether and you
will pass out, then they take your car, your purse and worse. This
happened to a lady at the retail park on Saturday. Please pass this on to
every woman you know, mums, daughters, nanas. It could save a life.

Thanks, Karen (Jessica's mum, Class 3)

On Fri, 8 Nov 2024 at 15:31, Helen Ashworth <h.ashworth@school.example> wrote:
> Dear Parents and Carers,
>
> What a busy half-term start! Thank you to everyone who came to our
> Harvest Festival at St Michael's - the children sang beautifully and we
> collected 63 tins and packets for the Dales Food Bank.
>
> Reminders: flu spray for Reception to Year 6 is on Thursday 14 November.
> Please return consent forms to the office by Monday.
>
> Best wishes,
> Helen Ashworth
> Headteacher
""", cte="7bit"),
     extra=[("In-Reply-To", "<5c1f0a92b7e4d3a88e21@school.example>"),
            ("References", "<5c1f0a92b7e4d3a88e21@school.example>")], inbound=True)

# 15 ---- car-theft "paper on the back window" warning as a .txt attachment
mail(15, P, "urban-legend-warning", "att-txt",
     "grandfather sends a typed-up 'paper on your back window' car-theft warning asking school to send it to all parents",
     "Ken Sedgwick <ken.sedgwick@dalesmail.example>", [HEAD, OFFICE_BOX],
     "Important warning for parents", D(2025, 1, 9, 13, 37),
     Multi("mixed", [Text("""Afternoon,

Please find attached an important warning which I have typed up. It was
passed to one of the lads at the Legion. Please would you send it to all
staff and parents as a lot of mums will be on their own at pick-up time.

Regards
K. Sedgwick
""", cte="7bit"),
                     Text("""A NEW WAY THEY ARE STEALING CARS

You walk back to your car after shopping, get in, lock the doors, start
the engine and put it in reverse. Then you notice a piece of paper stuck
on your back window.

DO NOT GET OUT TO REMOVE IT.

They are waiting. As soon as you get out they jump in your car and drive
off with your handbag, your keys, your phone, everything. Sometimes your
children are still in the back.

Drive off and remove it later when you are somewhere safe.

The police in Leeds say this is happening ALL OVER the country. Send this
to EVERYBODY you know, especially the ladies, and ask them to send it on.
""", filename="IMPORTANT WARNING.txt", cte="7bit")]), inbound=True)

# 16 ---- "for every share, charity donates" appeal, attached as message/rfc822
_inner16 = message("Lynn Wragg <lynn.wragg@villagenet.example>",
                   ["Simon Wragg <simon.wragg@example.com>", "Paula Wragg <paula.w@example.net>"],
                   "Fwd: share for little Harry 💙", D(2025, 3, 2, 17, 10),
                   Text("""This is Harry. He is 4 and has leukaemia and he is the bravest boy you will ever meet 💙

Cancer Research and Facebook have agreed that for every share this post gets they will donate 50p towards his treatment.

1 share = 50p
1 like = 10p
1 comment = £1

Please don't scroll past. Forward this email to everyone in your address book, it only takes a minute and it costs you nothing. Let's get Harry to a million!!

Love Mum xx
""", cte="quoted-printable"), tag="inner16")
mail(16, P, "donate-per-share-hoax", "fwd-rfc822",
     "parent governor attaches his mother's 'charity donates 50p per share' sick-boy appeal and asks for it to go on Parentmail",
     "Simon Wragg <simon.wragg@example.com>", [HEAD],
     "Fw: share for little Harry", D(2025, 3, 2, 19, 44),
     Multi("mixed", [Text("""Helen,

Could this go on the school Facebook page and Parentmail? My mum sent it
me. Would be lovely if the whole school got behind it, 60 families all
forwarding it would add up to a lot.

Simon
""", cte="7bit"), RFC822(_inner16, "share for little Harry.eml")]), inbound=True)

# 17 ---- novena curse chain typed up in a Word document
mail(17, P, "prayer-chain", "att-docx",
     "grandmother sends a typed novena chain (make 9 copies, misfortune if broken) for the head and teachers",
     "Beryl Nutter <beryl.nutter@homemail.example>", [OFFICE_BOX],
     "for Mrs Ashworth and the teachers", D(2024, 10, 29, 10, 15),
     Multi("mixed", [Text("""Dear Janet

Would you please give the attached to Mrs Ashworth and the teachers. I have typed it up on my
grandson's laptop. It is a lovely thing to pass on, I did it last year and my hip operation went
very well.

Beryl Nutter (Evie's great nana)
""", cte="7bit"),
                     Attach(docx([("h", "NOVENA TO ST JUDE"),
                                  "May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. St Jude, worker of miracles, pray for us.",
                                  "Say this prayer nine times a day for nine days. It has never been known to fail.",
                                  "You must make 9 copies and leave them in churches or send them to people you trust. Publication must be promised.",
                                  "A teacher in Kerry laughed at this novena and threw it away. Within the month she had a car accident.",
                                  "A nurse in Preston made her copies and her son came home safe.",
                                  "DO NOT BREAK THIS CHAIN. Your favour will be granted before the ninth day."],
                                 title="Novena"),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "St Jude novena.docx")]), inbound=True)

# 18 ---- guardian angel chain in a zip
mail(18, P, "luck-chain", "zip",
     "pupil's aunt sends two teachers a zipped 'guardian angel' chain: send to 12 people in 7 minutes or 5 years' bad luck",
     "Val Hemingway <val.hemingway@villagenet.example>", [CFARRANT, BHOLLIS],
     "A little angel for you both x", D(2024, 12, 20, 22, 8),
     Multi("mixed", [Text("""Dear Chloe and Bev,

Thank you for everything you do for our Lily, she loves coming to school. Here is a little angel
for you both for Christmas, open the files and remember to pass it on!!

Val x (Lily's Auntie)
""", cte="7bit"),
                     Attach(zipfiles([
                         ("READ ME FIRST.txt", "Open 'Your Guardian Angel' and read it all the way to the end. Do not stop halfway or the wish won't work.\r\n"),
                         ("Your Guardian Angel.txt",
                          "An angel has been sent to watch over you.\r\n\r\n"
                          "This angel has been round the world 14 times and has now chosen YOU.\r\n"
                          "Make a wish now, before you read any further.\r\n\r\n"
                          "Within 7 minutes send this to 12 people who mean a lot to you.\r\n"
                          "12 people = your wish comes true this month\r\n"
                          "6 people = a very good week\r\n"
                          "0 people = 5 years of bad luck\r\n\r\n"
                          "A lady who deleted this lost her purse the same day.\r\n"
                          "Angels don't lie. Don't break the chain.\r\n")]),
                            "application/zip", "Angel for you.zip")]), inbound=True)

# 19 ---- friendship-test chain from a pupil, plain 7bit
mail(19, P, "friendship-chain", "plain",
     "Year 6 pupil sends a 'friendship test' chain (send to 8 friends, count replies) to classmates",
     "Isla Dyson <isla.d@students.school.example>",
     ["maisie.t@students.school.example", "evie.r@students.school.example",
      "ruby.w@students.school.example", "poppy.a@students.school.example",
      "grace.m@students.school.example", "lacey.h@students.school.example"],
     "friendship test <3 <3", D(2025, 5, 11, 16, 2),
     Text("""This is a friendship test <3

Send this to 8 of your friends including me. If you get 1 back you are a friend, 3 back you are a best friend, 5 back you are loved by everyone, 8 back you are the most popular girl in the school!!

If you dont send it your crush will never like you and you will have bad luck in your SATs.

ps dont tell the teachers they will just say its silly

Isla xx
""", cte="7bit"))

# 20 ---- recipe swap chain, multipart/alternative
_t20 = """Hi everyone!

I've been invited to join a recipe exchange and I'm only asking people I think will actually take part!

Please send ONE recipe to the person in position 1 below. It should be a quick favourite, nothing fancy, something you'd make on a school night.

Then copy this email, take name 1 off the top, move me up to position 1 and put your name in position 2. Send it to 20 friends. You will receive up to 36 recipes!

Turnaround is really quick. Please don't break the chain, if you can't do it within the week let me know so it isn't unfair on the others.

1. Stacey Jowett - staceyj@example.com
2. Hannah Kershaw - hannah.kershaw@example.org

Thank you!! xx Hannah
"""
mail(20, P, "recipe-exchange-chain", "multipart-alt",
     "parent sends other parents and the office a 'send one recipe, receive 36' chain with a name list to rotate",
     "Hannah Kershaw <hannah.kershaw@example.org>",
     ["Gemma Tait <gemma.tait@example.com>", "Lauren Pike <lauren.pike@example.org>",
      "Shazia Rahman <shazia.r@example.net>", OFFICE, "Karen Milburn <karenmilburn@homemail.example>"],
     "RECIPE SWAP 🍰 (you're in!)", D(2025, 3, 14, 21, 10),
     Multi("alternative", [Text(_t20, cte="7bit"),
                           Text(html_doc(paras_to_html(_t20)), subtype="html", cte="quoted-printable")]),
     inbound=True)

# 21 ---- supermarket voucher "forward to 20 people" chain, quoted-printable
mail(21, P, "share-to-win-chain", "qp",
     "midday supervisor forwards a 'supermarket gives £150 voucher if you forward to 20 people' chain to staff and friends",
     MTHWAITE, [STAFF_LIST, "Linda Raw <linda.raw@villagenet.example>",
                "Sharon Metcalfe <sharon.metcalfe@example.net>"],
     "Fw: FREE £150 VOUCHER - is this real?? x", D(2025, 5, 18, 13, 26),
     Text("""Is this real?? Worth a go I suppose, it doesn’t cost anything x Maggie

-----Original Message-----

HARLOW’S SUPERMARKETS are giving away a £150 voucher to EVERY family who shares this message before Sunday to celebrate 100 years in business!!!

I have already got mine through!! Just forward this to 20 people in your contacts and your voucher will be sent to your email within 48 hours. Harlow’s can see who has forwarded it.

Don’t be the only one who misses out. ONLY 3 DAYS LEFT!!!
""", cte="quoted-printable"))

# 22 ---- spiked Halloween sweets urban legend, windows-1252
mail(22, P, "urban-legend-warning", "windows-1252",
     "grandmother asks the office to pass a 'drugged Halloween sweets' warning to all parents",
     "Joan Sutcliffe <joan.sutcliffe@homemail.example>", [OFFICE_BOX],
     "PLEASE PASS ON TO ALL PARENTS before Halloween", D(2024, 10, 28, 11, 57),
     Text("""Hello,

I am Harvey’s grandma. Please could you make sure all the parents get this before Thursday.

PLEASE PASS ON TO ALL PARENTS

Police are warning that sweets that look exactly like “Tangy Fangs” are being handed out to children trick or treating, and they are laced with drugs. Three children in Bradford are in hospital – one is only 5.

Check every sweet your children bring home. If the packet looks opened or the sweets look “sweaty”, throw them away.

Share this with every parent you know, don’t let it stop with you!

Joan Sutcliffe
""", charset="windows-1252", cte="8bit"), inbound=True)

# 23 ---- "*112 unmarked police car" hoax sent by the office manager, hard-wrapped
mail(23, P, "urban-legend-warning", "wrapped",
     "office manager forwards the '*112 unmarked police car' hoax to all staff and friends outside school",
     OFFICE, [STAFF_LIST, "Angela Pocklington <angela.pock@example.net>",
              "Trish Bainbridge <trish.b@dalesmail.example>"],
     "Fw: please make sure your daughters see this", D(2024, 11, 24, 20, 14),
     Text(hardwrap("""Passing this on - please make sure your daughters and nieces see it. Janet

A WARNING FROM A POLICE OFFICER

If an unmarked car with flashing lights tries to pull you over at night, especially on a country road, do NOT stop. Put your hazards on to show you have seen them and dial *112 (not 999). This puts you straight through to a police patrol who will confirm whether it is a real officer. If it isn't, a patrol car will be sent to you.

This is a new service and it works on all phones, all networks, even with no signal and no credit.

Please forward this to every woman you know. It only takes a minute.
"""), cte="7bit"))

# 24 ---- old-style luck letter with "send 20 copies in 96 hours", iso-8859-1
mail(24, P, "luck-chain", "iso-8859-1",
     "stranger sends the head an old-style luck letter: send 20 copies within 96 hours, fortunes and deaths listed",
     "Edna Pickles <edna.pickles@villagenet.example>", [HEAD],
     "THIS LETTER IS FOR GOOD LUCK", D(2025, 4, 2, 9, 18),
     Text("""Dear Headmistress, I was told to send this to people who do good in the
community. Please do not ignore it. God Bless. E.P.

THIS LETTER HAS BEEN SENT TO YOU FOR GOOD LUCK. THE ORIGINAL IS KEPT IN A
MONASTERY IN PORTUGAL. IT HAS BEEN AROUND THE WORLD ELEVEN TIMES. THE LUCK
HAS NOW BEEN SENT TO YOU. YOU WILL RECEIVE GOOD LUCK WITHIN FOUR DAYS OF
RECEIVING THIS LETTER PROVIDED YOU IN TURN SEND IT ON.

THIS IS NO JOKE. YOU MUST SEND 20 COPIES WITHIN 96 HOURS. DO NOT SEND
MONEY. DO NOT KEEP THIS LETTER.

MR ALAN CARVER OF BOLTON RECEIVED THE LETTER. HIS SECRETARY SENT OUT 20
COPIES AND NINE DAYS LATER HE WON £50,000. A WOMAN IN DONCASTER THREW IT
AWAY AND SIX DAYS LATER HER HUSBAND DIED. A SCHOOLTEACHER IN CARDIFF FORGOT
IT AND LOST HER POSITION; SHE FOUND IT, SENT 20 COPIES AND WAS GIVEN A
BETTER ONE.

EVEN IF YOU ARE NOT SUPERSTITIOUS DO NOT BREAK THE CHAIN. IT WORKS.
""", charset="iso-8859-1", cte="8bit"), inbound=True)

# 25 ---- forward-only petition with a growing list of names, HTML
_names25 = ["Sandra Holt, Skipton", "Barry Holt, Skipton", "Denise Wray, Ripon", "Alan Wray, Ripon",
            "Fiona McKay, Kendal", "June Atkinson, Settle", "Paul Atkinson, Settle",
            "Rachel Oddie, Thornleigh"]
mail(25, P, "forward-petition", "html",
     "parent sends the head and parents a 'sign the list and forward, send when it reaches 500' petition against a supposed Nativity ban",
     "Rachel Oddie <rachel.oddie@example.net>",
     [HEAD, "Gemma Tait <gemma.tait@example.com>", "Karen Milburn <karenmilburn@homemail.example>",
      "Mark Ellery <m.ellery@example.net>"],
     "Fw: SAVE THE NATIVITY - add your name and pass on", D(2024, 11, 27, 12, 3),
     Text(html_doc("""<p>Please add your name. Mrs Ashworth I hope the school will sign too!! Rachel</p>
<p><b>SAVE THE SCHOOL NATIVITY</b></p>
<p>The government is going to ban the Nativity play in ALL primary schools from next year
because it might &quot;offend&quot; people. If you disagree, add your name to the bottom of the
list and forward this to everyone you know.</p>
<p>When the list reaches 500 names, please send it to <b>savethenativity@petitions-uk.example</b>
so it can be taken to Downing Street.</p>
<p><i>Please do not just sign and delete - it ruins the petition for everyone.</i></p>
<ol>
%s
</ol>""" % "\n".join("<li>%s</li>" % n for n in _names25)), subtype="html", cte="7bit"),
     inbound=True)

# 26 ---- "charity gives 10p per forward" appeal sent outbound by a teacher, base64
mail(26, P, "donate-per-share-hoax", "base64",
     "teacher forwards to his family a sick-child appeal claiming a charity pays 10p each time the email is forwarded",
     TREDDY, ["Mum <carol.reddy@dalesmail.example>", "Ellie Reddy <ellie.reddy@example.com>"],
     "Fwd: Please forward for Aidan", D(2025, 1, 12, 18, 30),
     Text("""Mum, Ellie - one of the parents sent this round, I've passed it on as it says. Can't hurt. T

---------- Forwarded message ---------

Little Aidan is 7 and was born with a hole in his heart. He has had 5 operations and needs one more in America that costs £250,000.

A wish charity and an internet company have agreed to give 10p every time this email is forwarded. Special tracking software counts each forward, so please don't copy and paste, use the FORWARD button.

Please forward to as many people as you can. It costs you nothing, but for Aidan it means everything.

Thank you from Aidan's mum and dad
""", cte="base64"))

# 27 ---- "my account has been cloned, forward this" hoax from the PTA chair, format=flowed
mail(27, P, "account-cloned-hoax", "format-flowed",
     "PTA chair sends parents and the office the 'don't accept a new friend request from me, forward to all contacts' cloning hoax",
     "Kirsty Dobbs <kirsty.dobbs@example.com>",
     [PTA_BOX, OFFICE_BOX, "Gemma Tait <gemma.tait@example.com>", "Hannah Kershaw <hannah.kershaw@example.org>",
      "Rachel Oddie <rachel.oddie@example.net>"],
     "Please DON'T accept a new friend request from me!", D(2025, 5, 3, 8, 16),
     Text(flow("""Morning all, apparently my account's been cloned 🙄 so please DON'T accept a new friend request from me.

Copy the message below and send it to all your contacts:

"Hi, I actually got another friend request from you yesterday which I ignored, so you may want to check your account. Hold your finger on this message until the forward button appears, then hit forward and choose all the people you want to send it to. I had to do them one at a time. PS: do not accept a new friendship from me at this time."

Thanks lovelies, see you at the fair meeting Tuesday!

Kirsty (FoTS chair)
"""), cte="quoted-printable", flowed=True), inbound=True)

# 28 ---- mobile numbers going to telemarketers hoax, Outlook-style inline forward
mail(28, P, "phone-scam-hoax", "fwd-inline",
     "chair of governors forwards to all staff the 'mobile numbers are being released to call centres next week' hoax",
     PLYLE, [STAFF_LIST], "FW: FW: mobile numbers - act now", D(2025, 3, 10, 8, 4),
     Text("""For information - sent to me by a parishioner. I have done it, it only
took a minute.

Peter

-----Original Message-----
From: Margaret Dent <m.dent@villagenet.example>
Sent: 09 March 2025 19:47
To: Peter Lyle <peterlyle@dalesmail.example>; Harold Dent <h.dent@villagenet.example>
Subject: FW: mobile numbers - act now

REMINDER...

Next week ALL mobile phone numbers are being released to call centres
and telemarketing companies. You WILL start to receive sales calls and
you will be CHARGED for them.

To stop this, ring the Telephone Preference Service from your mobile and
register your number. It only takes a minute and blocks your number for
five years.

PASS THIS ON TO ALL YOUR FRIENDS AND FAMILY.
""", cte="7bit"))

# 29 ---- WhatsApp video virus hoax added to a reply about parents' evening
mail(29, P, "virus-hoax", "reply",
     "parent replying about a parents' evening slot adds a 'WhatsApp video hacks your phone, pass it on' warning",
     "Mark Ellery <m.ellery@example.net>", [HEAD],
     "Re: Parents' evening appointment - Noah", D(2025, 3, 18, 22, 9),
     Text("""Hi Helen, yes Thursday at 5.30 is fine for us both, thanks.

PS please tell all the staff and parents!! Tomorrow a video called
"Dancing Grandad" is going round on WhatsApp that hacks your phone in 10
seconds and there is no cure. It was on the radio today. Don't open it,
and pass this on to all your contacts!!!

Mark

On Tue, 18 Mar 2025 at 16:02, Helen Ashworth <h.ashworth@school.example> wrote:
> Dear Mr Ellery,
>
> Thank you for booking. Mr Reddy can see you at 5.30pm on Thursday 20
> March in Class 3. If that doesn't suit, please let Mrs Pocklington know
> and she will find another slot.
>
> Kind regards,
> Helen Ashworth
""", cte="7bit"),
     extra=[("In-Reply-To", "<a71c34e0d9b2f8e1c4a0@school.example>"),
            ("References", "<a71c34e0d9b2f8e1c4a0@school.example>")], inbound=True)

# 30 ---- ghost-girl chain between pupils, plain 7bit
mail(30, P, "curse-chain-pupil", "plain",
     "Year 5 pupil sends classmates a 'ghost girl will be by your bed at 3am unless you send to 5 people' chain",
     "Poppy Ainsworth <poppy.a@students.school.example>",
     ["isla.d@students.school.example", "maisie.t@students.school.example",
      "grace.m@students.school.example", "evie.r@students.school.example", "ruby.w@students.school.example"],
     "sorry i had to", D(2025, 6, 8, 20, 55),
     Text("""read to the end or it wont work!!!

There was a girl called Clarissa who got lost in the woods behind her school and was never found. Now she visits everyone who reads this message.

If you don't send this to 5 people by midnight she will be standing next to your bed at 3am. One girl didn't send it and she woke up with scratches on her arm.

I didn't want to send it but I had to. Sorry. Send to 5 people in 10 mins!!!
""", cte="7bit"))

# ================================================================ NEGATIVES
N = "negative"
PARENTS_BCC = ["lauren.pike@example.org", "shazia.r@example.net", "gemma.tait@example.com",
               "m.ellery@example.net", "karenmilburn@homemail.example", "hannah.kershaw@example.org",
               "rachel.oddie@example.net", "simon.wragg@example.com"]

# 1 ---- new collection procedure: "please pass this on to anyone who collects"
mail(1, N, "parent-letter-pass-on", "plain",
     "headteacher's letter about a new collection password system, asking parents to pass it to anyone who collects their child",
     HEAD, [OFFICE_BOX], "Changes to end-of-day collection from Monday 4 November", D(2024, 10, 31, 15, 20),
     Text("""Dear Parents and Carers,

From Monday 4 November we are changing how children are handed over at the end of the school day. Class 1 and Class 2 children will be brought out to the front playground by their teacher, and Class 3 children will be dismissed from the side gate on Church Lane.

If someone other than the usual adult is collecting your child, please let the office know by 2pm, either by phone or through the app. We will ask them for the collection password you have set up with us. If you have not set a password yet, please ring Mrs Pocklington.

Please pass this information on to anyone who regularly collects your child - grandparents, childminders, older brothers and sisters - so that nobody is caught out on Monday.

Thank you for your help in keeping the children safe.

Helen Ashworth
Headteacher
""", cte="7bit"), bcc=PARENTS_BCC)

# 2 ---- real phishing alert from the LA's schools ICT service
_t2 = """SECURITY ALERT - phishing email received by schools this morning

Several schools have today received an email with the subject "Action required: your mailbox storage is full". It claims to come from the Schools ICT Service Desk and asks you to "re-validate" your account through a link.

This email is NOT from us.

- Do NOT click the link or open any attachment.
- Do NOT forward it to colleagues to ask whether it is genuine - this spreads the risk. Just delete it and empty your Deleted Items.
- If you have already clicked the link or entered your password, ring the Service Desk straight away on 01632 960418 and we will reset your account.

We have blocked the sending address and the link. Reference for this incident: INC0048213.

Northdale Schools ICT Service
"""
mail(2, N, "real-phishing-warning", "multipart-alt",
     "LA schools ICT service warns of a real phishing email: do not click, do not forward, delete it",
     "Northdale Schools ICT Service <ictservice@northdale.gov.example>",
     ["Headteachers <heads@northdale.gov.example>"], "SECURITY ALERT: phishing email - do not click, do not forward",
     D(2025, 1, 22, 10, 6),
     Multi("alternative", [Text(_t2, cte="7bit"), Text(html_doc(paras_to_html(_t2)), subtype="html",
                                                        cte="quoted-printable")]),
     bcc=["h.ashworth@school.example", "office@school.example"], inbound=True)

# 3 ---- PSHE lesson plan about chain messages
_plan = docx([("h", "Year 5/6 PSHE - Online Safety: chain messages and pressure online"),
              "Lesson 3 of 6. 50 minutes. Links to Education for a Connected World: online relationships; managing online information.",
              ("h", "Learning objectives"),
              "- To recognise a chain message and the tricks it uses (threats, rewards, deadlines, guilt).",
              "- To know it is always OK not to pass a message on.",
              "- To know who to tell if a message online makes us feel worried or scared.",
              ("h", "Starter (10 mins)"),
              "Show the made-up example on the board: 'Send this to 10 people in 10 minutes or you will have bad luck for a year. If you get 3 back you are a true friend.' Ask: How does this make you feel? What does it want you to do? Why?",
              ("h", "Main activity (25 mins)"),
              "In pairs, children sort message cards into 'chain message', 'real information' and 'not sure'. Discuss clues: no real sender, impossible promises, scary consequences, pressure to act fast.",
              "Role play: a friend says 'you have to send it or you're not my friend'. Practise a kind but firm reply.",
              ("h", "Plenary (15 mins)"),
              "Agree a class rule: we don't forward chain messages, we tell an adult, we can block and report. Children write one piece of advice on a sticky note for a younger child.",
              ("h", "Notes for staff"),
              "Do not use real messages children have received; use the examples in this plan. If a child discloses they have been frightened or threatened online, follow the usual safeguarding procedure and speak to Helen or Bev."],
             title="PSHE online safety lesson 3")
mail(3, N, "pshe-lesson-plan", "att-docx",
     "teacher shares a Year 5/6 PSHE lesson plan that quotes and discusses a chain message",
     TREDDY, [STAFF_LIST], "PSHE online safety lesson 3 - chain messages (plan attached)", D(2025, 2, 3, 16, 45),
     Multi("mixed", [Text("""Hi all,

Here's the plan for next week's online safety lesson on chain messages, in case Class 2 want to
adapt it for Years 3 and 4. It uses a made-up example rather than the one that went round in
January. Feedback welcome.

Tom
""", cte="7bit"),
                     Attach(_plan, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "PSHE Y56 online safety L3 chain messages.docx")]))

# 4 ---- paper chains for the Christmas fair, hard-wrapped
mail(4, N, "paper-chain-event", "wrapped",
     "PTA asks families for coloured paper so each class can make a giant paper chain for the Christmas fair",
     PTA_BOX, [PTA_BOX], "Christmas Fair - paper chains and donations please!", D(2024, 11, 22, 17, 30),
     Text(hardwrap("""Dear families,

Our Christmas Fair is on Saturday 7 December, 11am-2pm in the school hall. Santa's grotto, tombola, bottle stall, cakes and the Class 3 reindeer food stall!

This year every class is making a giant paper chain to decorate the hall. Please send in any coloured paper, old wrapping paper or used Christmas cards by Wednesday 4 December. The class with the longest chain wins a popcorn and film afternoon.

We also need donations for the tombola (bottles, chocolates, toiletries) and cakes on the morning of the fair.

Please tell grandparents, neighbours and friends - everyone is welcome, and it's a lovely way to start December.

Thank you,
Kirsty, Hannah and Jo
Friends of Thornleigh School
"""), cte="7bit"), bcc=PARENTS_BCC)

# 5 ---- readathon sponsorship totals, CSV
mail(5, N, "charity-fundraiser", "att-csv",
     "PTA treasurer sends the head sponsored readathon totals by class as a CSV",
     "Jo Ramsden <jo.ramsden@example.org>", [HEAD], "Readathon totals", D(2025, 3, 17, 21, 2),
     Multi("mixed", [Text("""Hi Helen,

Totals from the World Book Day readathon are attached, broken down by class. £1,286.40 altogether
which is brilliant. The bookshop has said that for every £1 we raise they'll add 25p of books to the
library order, so we should be able to get the whole reading-scheme refresh.

Could you announce it in Friday's celebration assembly? The children will be thrilled.

Jo (FoTS treasurer)
""", cte="quoted-printable"),
                     Attach(csv_text([["Class", "Children taking part", "Books read", "Sponsorship raised (GBP)"],
                                      ["Class 1 (Rec/Y1)", "17", "212", "344.50"],
                                      ["Class 2 (Y2-4)", "22", "301", "467.90"],
                                      ["Class 3 (Y5/6)", "19", "188", "474.00"],
                                      ["Total", "58", "701", "1286.40"]]).encode(),
                            "text/csv", "readathon_totals_2025.csv")]), inbound=True)

# 6 ---- newsletter: "please pass on to grandparents"
_t6 = """THORNLEIGH TIMES - Friday 15 November 2024

Grandparents' Afternoon
On Thursday 28 November from 2pm, grandparents and great-grandparents are invited to join their grandchildren in class for a craft afternoon, followed by tea and scones made by Class 2. Please pass this on to grandparents who may not be on our mailing list and let the office know numbers by Friday 22nd.

Anti-Bullying Week
Thank you for the fantastic odd socks on Monday! Each class made a pledge about being kind online and offline.

Harvest thank you
63 tins and packets went to the Dales Food Bank. The volunteers asked us to pass on their thanks to every family.

Dates
Tue 19 Nov - Class 3 swimming restarts
Thu 28 Nov - Grandparents' Afternoon, 2pm
Sat 7 Dec - Christmas Fair, 11am-2pm

Have a lovely weekend,
Mrs Ashworth
"""
mail(6, N, "newsletter", "multipart-alt",
     "weekly newsletter that asks parents to pass the Grandparents' Afternoon invitation on to grandparents",
     OFFICE_BOX, [OFFICE_BOX], "Thornleigh Times - Friday 15 November", D(2024, 11, 15, 15, 40),
     Multi("alternative", [Text(_t6, cte="7bit"),
                           Text(html_doc(paras_to_html(_t6)), subtype="html", cte="quoted-printable")]),
     bcc=PARENTS_BCC)

# 7 ---- genuine road-safety campaign with a template letter, format=flowed
mail(7, N, "school-campaign", "format-flowed",
     "head asks parents to respond to a 20mph consultation for the lane outside school, with an optional template",
     HEAD, [OFFICE_BOX], "Road safety on Church Lane - how you can help", D(2025, 1, 14, 12, 0),
     Text(flow("""Dear Parents and Carers,

As many of you know, the governors have been asking County Highways for a 20mph limit and a proper crossing point on Church Lane, especially at drop-off and pick-up when the lane is busy with farm traffic.

The County Council has now opened a public consultation on speed limits in the village. It closes on Friday 31 January. You can respond on the council's website (search "Thornleigh speed limit consultation") or write to our county councillor, Cllr Anne Blades, at County Hall.

If it helps, here is a short paragraph you are welcome to adapt in your own words:

"I am a parent at Thornleigh CE Primary School. My children walk to school along Church Lane, where there is no pavement for 200 metres. I support a 20mph limit and a crossing point outside the school."

Every family has received this email, so there is no need to forward it on. One response per household is plenty.

Thank you,
Helen Ashworth
Headteacher
"""), cte="7bit", flowed=True), bcc=PARENTS_BCC)

# 8 ---- retirement card round robin, mobile
mail(8, N, "thank-you-round-robin", "mobile",
     "deputy asks staff from her phone to sign a colleague's retirement card in the office and keep it secret",
     BHOLLIS, [CFARRANT, TREDDY, RPEN, DOKAFOR, MTHWAITE, OFFICE, HEAD],
     "Sue's card 🤫", D(2025, 7, 14, 7, 31),
     Text("""Quick one - Sue's leaving card is in the top drawer in the office, please sign it before Friday and put something in the envelope if you'd like to. Collection is for garden centre vouchers.

Don't let her see! 🤫

Bev

Sent from my iPhone""", cte="quoted-printable", flowed=True, delsp=True),
     extra=[("X-Mailer", "iPhone Mail (21F90)")])

# 9 ---- food chain homework as a text attachment
mail(9, N, "food-chain-lesson", "att-txt",
     "Class 2 teacher sends parents the half-term food-chains science homework",
     BHOLLIS, [OFFICE_BOX], "Class 2 homework - food chains", D(2025, 1, 10, 14, 22),
     Multi("mixed", [Text("""Dear Class 2 families,

Our science topic this half-term is living things and their habitats, and we are starting with
food chains. The homework sheet is attached (paper copies went home in book bags too). It's due
back on Wednesday 22 January.

Many thanks,
Mrs Hollis
""", cte="7bit"),
                     Text("""CLASS 2 HOMEWORK - FOOD CHAINS
Due: Wednesday 22 January

1. Go for a walk in your garden, the park or the field behind school.
   Write down 5 living things you spot.

2. Draw a food chain using some of them. Remember the arrows show where
   the energy goes:

       lettuce → slug → hedgehog
       grass → rabbit → fox
       oak leaf → caterpillar → blue tit → sparrowhawk

3. Label the producer, the prey and the predator.

4. Challenge: what would happen to the chain if all the slugs
   disappeared?
""", filename="food_chains_homework.txt", cte="quoted-printable")]), bcc=PARENTS_BCC)

# 10 ---- reply to caterer about a supply chain disruption
mail(10, N, "supply-chain", "reply",
     "head replies to the catering contractor's notice of a supply chain disruption, quoting it",
     HEAD, ["Dalesfare Customer Services <orders@dalesfare.example>"], "Re: Menu change w/c 10 February - supply chain disruption",
     D(2025, 2, 6, 9, 12),
     Text("""Thanks Karen, that's fine. Could you confirm the gluten-free and dairy-free
alternatives for Wednesday so Maggie can plan? We have three children who
need them.

Helen

On Thu, 6 Feb 2025 at 08:03, Dalesfare Customer Services <orders@dalesfare.example> wrote:
> Dear Headteacher,
>
> Due to a disruption in our supply chain we are unable to deliver the
> planned roast chicken on Wednesday 12 February. We will substitute
> turkey meatballs in tomato sauce with rice. All other menu items are
> unaffected.
>
> We apologise for any inconvenience.
>
> Karen Lister
> Dalesfare School Catering
""", cte="7bit"),
     extra=[("In-Reply-To", "<20250206080312.77b1@dalesfare.example>"),
            ("References", "<20250206080312.77b1@dalesfare.example>")])

# 11 ---- head tells staff about a chain going round Y5/6 (discussion, not forwarding)
mail(11, N, "chain-discussion-staff", "qp",
     "head tells staff about a scary chain message upsetting Year 5/6 and how to respond; asks them not to forward it",
     HEAD, [STAFF_LIST], "Chain message going round Y5/6 - what we're doing", D(2025, 3, 3, 8, 11),
     Text("""Morning all,

A couple of children in Class 3 were upset on Friday by a message that has been going round on their school email accounts. It’s the usual sort – “send this to 15 people or she’ll come to your room at night”.

What I’d like us to do:

• Please don’t forward it to each other (even just to show me) – I’ve already logged a copy on CPOMS.
• If a child mentions it, reassure them that it isn’t real and nothing will happen to them, and that they did the right thing telling us.
• Tom is bringing forward the PSHE lesson on chain messages to this week.
• I’m sending a short letter home today and I’ve asked our IT support to remove it from pupil mailboxes.

Thanks, Helen
""", cte="quoted-printable"))

# 12 ---- parent reports a chain message her daughter received, iso-8859-1
mail(12, N, "chain-report-parent", "iso-8859-1",
     "parent reports to the class teacher that her daughter was frightened by a chain message; no chain text forwarded",
     "Zoë Tennant <zoe.tennant@example.org>", [TREDDY, HEAD],
     "Upsetting message on Maisie's school email", D(2025, 2, 28, 21, 33),
     Text("""Dear Mr Reddy,

I'm sorry to email so late. Maisie was in tears at bedtime because of a
message she'd had on her school email account, telling her something bad
would happen if she didn't send it to 15 people. I've told her it's
nonsense and that she doesn't need to send it on. I haven't forwarded it
because I didn't want to spread it, but I can show you on her iPad.

I'm not trying to get anyone into trouble, I just think the children
might need a reminder. Could you have a word with the class?

Many thanks,
Zoë Tennant
""", charset="iso-8859-1", cte="8bit"),
     extra=[("Content-Language", "en-GB")], inbound=True)

# 13 ---- snow-closure telephone tree (cascade) for class reps, xlsx
_tree = [["Snow / emergency closure - telephone tree 2024-25", "", "", ""],
         ["Class", "Class rep (rings first)", "Then rings", "Then rings"],
         ["Class 1", "Hannah Kershaw", "Aimee Lister", "Gemma Tait"],
         ["Class 2", "Kirsty Dobbs", "Lauren Pike", "Shazia Rahman"],
         ["Class 3", "Jo Ramsden", "Karen Milburn", "Mark Ellery"],
         ["", "", "", ""],
         ["Only used for the 3 families without the school app. If no answer, leave a message and try the next person.", "", "", ""]]
mail(13, N, "telephone-tree", "att-xlsx",
     "office sends class reps the snow-closure telephone tree (call the next two people on your list)",
     OFFICE, ["Hannah Kershaw <hannah.kershaw@example.org>", "Kirsty Dobbs <kirsty.dobbs@example.com>",
              "Jo Ramsden <jo.ramsden@example.org>"],
     "Snow closure telephone tree for this winter", D(2024, 11, 26, 11, 5),
     Multi("mixed", [Text("""Hi all,

Thank you again for being class reps. Attached is this winter's telephone tree for snow or
emergency closures. Most families will get the app notification, so the tree is only for the few
who don't have smartphones.

If we close, I will ring each of you by 7.15am. Please then ring the two people after you on your
row. If there's no answer, leave a message and try the next person.

Janet
""", cte="7bit"),
                     Attach(xlsx(_tree, "Tree"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "Telephone tree 2024-25.xlsx")]))

# 14 ---- harvest prayers from the vicar, windows-1252
mail(14, N, "collective-worship", "windows-1252",
     "vicar invites children to write their own harvest prayers for the church service",
     "Revd Anne Moxon <vicar@thornleighparish.example>", [HEAD],
     "Harvest service - children's prayers", D(2024, 9, 23, 10, 48),
     Text("""Dear Helen,

Thank you for confirming the Harvest service on Friday 4 October at 2pm. The children are very welcome to write their own prayers – perhaps Class 3 could lead them?

A few ideas to get them started:

“Thank you, God, for the farmers who work in all weathers.”
“Please help the people who don’t have enough to eat this winter.”
“Thank you for our school and our village.”

I’ll pop in on Wednesday to collect them and to practise “Autumn Days” with the children.

Every blessing,
Anne

Revd Anne Moxon
Vicar, St Michael & All Angels, Thornleigh
""", charset="windows-1252", cte="quoted-printable"), inbound=True)

# 15 ---- good luck messages to Year 6, base64 text
mail(15, N, "good-luck-message", "base64",
     "Reception teacher tells Year 6 pupils and their teacher that the little ones have made good-luck cards for SATs week",
     CFARRANT, [TREDDY, "y6@students.school.example"], "Good luck Year 6! 🍀", D(2025, 5, 9, 15, 2),
     Text("""Dear Year 6,

The Reception and Year 1 children have been busy making you good-luck cards for SATs week. They're on your pegs, so have a look before you go home!

We know you'll all try your very best. Remember to have a good breakfast (there'll be toast in the hall every morning from 8.30).

Good luck from everyone in Class 1 🍀

Miss Farrant
""", cte="base64"))

# 16 ---- "forward to the other parent with parental responsibility"
mail(16, N, "parent-letter-pass-on", "wrapped",
     "office asks parents to forward report and parents' evening information to any other parent with parental responsibility",
     OFFICE_BOX, [OFFICE_BOX], "Reports and parents' evening - information for all parents",
     D(2025, 3, 5, 13, 45),
     Text(hardwrap("""Dear Parents and Carers,

Spring parents' evenings are on Tuesday 18 and Thursday 20 March. Bookings open on the app at 6pm today.

We want every parent with parental responsibility to be able to book a slot and receive their child's report. If your child has a parent who lives at a different address and who does not already receive our emails, please forward this message to them or ask them to contact the office with their email address.

If there is a court order that affects what information we can share, please make sure we have a copy on file.

Many thanks,
Mrs Pocklington
School Office
"""), cte="7bit"), bcc=PARENTS_BCC)

# 17 ---- genuine police alert about courier fraud, inline forward to staff
mail(17, N, "genuine-police-alert", "fwd-inline",
     "head forwards staff a police community alert about courier fraud targeting older residents",
     HEAD, [STAFF_LIST], "Fwd: Northdale Police alert - courier fraud in the Dales", D(2025, 2, 12, 12, 34),
     Text("""FYI - several of you have elderly relatives in the area. Worth a quiet word
with them. Please don't put this on any parent group; the police are
doing their own publicity.

Helen

---------- Forwarded message ---------
From: Northdale Police Community Messaging <alerts@northdalepolice.example>
Date: Wed, 12 Feb 2025 at 11:02
Subject: Courier fraud in the Dales
To: <h.ashworth@school.example>


We have had four reports this week of older residents in the Upper Dales
being phoned by someone claiming to be a police officer or from their
bank, who asks them to withdraw cash or buy gold to "help an
investigation". A courier then collects it from their home.

The police and your bank will NEVER ask you to withdraw money, hand over
your bank card or PIN, or send a courier to collect anything.

If you get a call like this, hang up, wait five minutes (or use a
different phone) and ring 101. If a crime is in progress, ring 999.

Northdale Police, Rural Crime Team
""", cte="7bit"))

# 18 ---- book fair commission, HTML only
mail(18, N, "charity-fundraiser", "html",
     "office tells parents about the book fair where the school earns free library books for every pound spent",
     OFFICE_BOX, [OFFICE_BOX], "Book Fair next week - every £1 helps our library", D(2025, 2, 28, 14, 10),
     Text(html_doc("""<p>Dear Parents and Carers,</p>
<p>Our <b>Bookworm Book Fair</b> will be in the hall from <b>Monday 10 to Thursday 13 March</b>,
3.15pm-3.45pm each day. Children will visit during the school day to make a wish list.</p>
<p>For every &pound;1 spent at the fair, the school receives 60p in free books for our library,
so even a small purchase makes a real difference.</p>
<p>You can pay by card or cash. Book tokens from World Book Day can be used too.</p>
<p>Thank you for your support,<br>Mrs Pocklington</p>"""), subtype="html", cte="quoted-printable"),
     bcc=PARENTS_BCC)

# 19 ---- Christmas shoebox appeal, quoted-printable
mail(19, N, "charity-fundraiser", "qp",
     "PTA explains the Rotary Christmas shoebox appeal and what to pack",
     PTA_BOX, [PTA_BOX], "Christmas shoebox appeal - boxes back by 15 November", D(2024, 10, 30, 19, 20),
     Text("""Dear families,

Once again we’re supporting the Dales Rotary Christmas shoebox appeal. Last year Thornleigh families filled 48 boxes – let’s see if we can match it!

Each box should be for a boy or girl in one of three age groups (2–4, 5–9, 10–14). Please include:
– something to wear (hat, scarf, gloves)
– something for school (pens, pencils, notebook)
– hygiene items (toothbrush, toothpaste, soap, flannel)
– a small toy or game

Please don’t include sweets, liquids, war toys or anything sharp. A £4 donation towards transport is appreciated.

Boxes back to school by Friday 15 November please. Friends and family are very welcome to fill one too.

Thank you!
Friends of Thornleigh School
""", cte="quoted-printable"), bcc=PARENTS_BCC)

# 20 ---- letter home about the Momo scare (discussing a hoax)
_t20 = """Dear Parents and Carers,

You may have seen stories on social media or heard from your child about the "Momo challenge", or about messages that tell children something bad will happen unless they pass them on.

We want to reassure you. The UK Safer Internet Centre and the NSPCC say there is no evidence these messages have harmed children. The main risk is the fear that comes from the warnings themselves being shared.

What we would ask:
- Please don't share warnings, screenshots or images of "Momo" on social media or parent groups.
- Talk calmly with your child. Remind them that they never have to pass a message on, whatever it says, and that they can always tell you or a teacher.
- Keep devices in shared spaces and check parental controls on YouTube and games.

Class 3 will be doing a PSHE lesson on this next week. If you have any worries, please speak to me or Mrs Hollis.

Helen Ashworth
Headteacher and Designated Safeguarding Lead
"""
mail(20, N, "hoax-advice-letter", "multipart-alt",
     "head's letter to parents about the Momo scare, advising them not to share the warnings",
     HEAD, [OFFICE_BOX], "Online safety: scary messages and the 'Momo challenge'", D(2025, 3, 3, 15, 5),
     Multi("alternative", [Text(_t20, cte="7bit"),
                           Text(html_doc(paras_to_html(_t20)), subtype="html", cte="quoted-printable")]),
     bcc=PARENTS_BCC)

# 21 ---- consultation response on small schools, format=flowed
mail(21, N, "school-campaign", "format-flowed",
     "chair of governors encourages parents to read and respond to a council consultation on small rural schools",
     PLYLE, [OFFICE_BOX], "County consultation on small rural schools", D(2025, 2, 20, 18, 40),
     Text(flow("""Dear Parents and Carers,

The County Council is consulting on the future of small rural schools, including possible federations and changes to transport. Thornleigh is not named for closure, but the outcome could affect how our school is funded and led.

The governing body has submitted its own response, which you can read on the school website. We would encourage every family to read the consultation document and respond in your own words before the deadline of Friday 14 March. The council has said individual responses carry more weight than signed lists.

If you would like to talk it through, governors will be in the hall after school on Tuesday 4 March.

With best wishes,
Revd Peter Lyle
Chair of Governors
"""), cte="7bit", flowed=True), bcc=PARENTS_BCC)

# 22 ---- summer fair volunteers "pass the word", mobile
mail(22, N, "pta-volunteers", "mobile",
     "PTA chair asks the office from her phone to add a summer fair volunteer request to the newsletter",
     "Kirsty Dobbs <kirsty.dobbs@example.com>", [OFFICE_BOX], "Newsletter bit pls", D(2025, 6, 19, 8, 2),
     Text("""Hi Janet could you pop this in Friday's newsletter pls:

Summer Fair Sat 5 July 12-3. We still need helpers for tombola, cakes and the bouncy castle rota (30 min slots). Names to Kirsty or the office. Pls pass the word round the playground!

Thanks K x

Sent from my iPhone""", cte="7bit", flowed=True, delsp=True),
     extra=[("X-Mailer", "iPhone Mail (22B91)")], inbound=True)

# 23 ---- anti-bullying week kindness chain
mail(23, N, "kindness-chain-activity", "plain",
     "class teacher tells parents about the class 'kindness chain' paper-link display for Anti-Bullying Week",
     BHOLLIS, [OFFICE_BOX], "Class 2 kindness chain", D(2024, 11, 15, 15, 55),
     Text("""Dear Class 2 families,

For Anti-Bullying Week we started a kindness chain. Every time a child spotted someone being kind, they wrote it on a paper link and added it to the chain - "Oscar helped me find my reading book", "Amelia let me join the game", that sort of thing.

By Friday it stretched right round the classroom and out into the corridor! It will stay up until Christmas and we will keep adding to it.

Please ask your child about it at home - they are very proud.

Mrs Hollis
""", cte="7bit"), bcc=PARENTS_BCC)

# 24 ---- office replies to a grandparent: that message is a hoax
mail(24, N, "hoax-debunk-reply", "reply",
     "office manager replies to a grandmother that the friend-request warning she forwarded is a hoax and need not be passed on",
     OFFICE, ["Peggy Coulson <peggy.coulson@homemail.example>"], "Re: Fwd: PLEASE READ warn everyone",
     D(2024, 10, 14, 10, 20),
     Text("""Dear Peggy,

Thank you for thinking of us, it's kind of you to look out for the children.

I've checked and this one is a hoax that goes round every year or two with
a different name in it - accepting a friend request can't hack your
account, so there's no need to pass it on. I won't put it in the
newsletter, but Mrs Ashworth is doing an online safety session for
parents and grandparents on 21 November if you'd like to come along.

Best wishes,
Janet

Janet Pocklington
Office Manager, Thornleigh CE Primary School

On Sun, 13 Oct 2024 at 09:02, Peggy Coulson <peggy.coulson@homemail.example> wrote:
> Dear Janet
>
> My neighbour Brenda sent me this last night and I thought the school
> ought to know about it because the children are all on these things now.
> Could you put it in the newsletter so the parents see it?
>
> Love Peggy
>
> [forwarded message trimmed]
""", cte="7bit"),
     extra=[("In-Reply-To", "<3b9d0e1f55a2c7d81f0e@homemail.example>"),
            ("References", "<3b9d0e1f55a2c7d81f0e@homemail.example>")])

# 25 ---- genuine lost dog in the village, iso-8859-1
mail(25, N, "lost-pet-genuine", "iso-8859-1",
     "parent asks the office to add a line about the family's lost dog to the newsletter",
     "Aimée Lister <aimee.lister@example.org>", [OFFICE_BOX], "Lost dog - could it go in the newsletter?",
     D(2025, 4, 7, 8, 25),
     Text("""Hi Janet,

Sorry to ask - our spaniel Biscuit got out of the garden on Sunday
afternoon near Low Green. He's liver and white, chipped, and wearing a
blue collar. He's very friendly but nervous of traffic.

If anyone in the village sees him could they ring me on 07700 900461?
Would you mind adding a line to Friday's newsletter if he's not home by
then? Leo is beside himself.

Thanks so much,
Aimée (Leo's mum, Class 1)
""", charset="iso-8859-1", cte="quoted-printable"), inbound=True)

# 26 ---- Christmas card fundraiser order form
_order = docx([("h", "Thornleigh CE Primary - Children's Christmas Card Order Form"),
               "Child's first name: ____________________   Class: ______",
               "Your child has designed a Christmas card at school. You can order packs of cards printed with their design.",
               ("table", [["Item", "Price", "Quantity", "Total"],
                          ["Pack of 12 cards with envelopes", "£7.50", "", ""],
                          ["Extra pack of 12", "£6.50", "", ""],
                          ["Set of 2 gift tags sheets", "£3.00", "", ""]]),
               "Please return this form with payment via the app by Monday 14 October.",
               "All profits go to Friends of Thornleigh School."], title="Christmas card order form")
mail(26, N, "charity-fundraiser", "att-docx",
     "office sends parents the children's-artwork Christmas card order form",
     OFFICE_BOX, [OFFICE_BOX], "Children's Christmas card designs - order form", D(2024, 9, 27, 14, 40),
     Multi("mixed", [Text("""Dear Parents and Carers,

The children have been designing Christmas cards in art this week. Please find the order form
attached. Orders and payment by Monday 14 October please; cards will come home before the
Christmas Fair.

Mrs Pocklington
""", cte="7bit"),
                     Attach(_order, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "Christmas card order form.docx")]), bcc=PARENTS_BCC)

# 27 ---- staff secret santa, mobile
mail(27, N, "secret-santa", "mobile",
     "teacher reminds staff from her phone about the staff Secret Santa",
     CFARRANT, [STAFF_LIST], "Secret Santa!! 🎅", D(2024, 12, 2, 7, 48),
     Text("""Names are drawn!! Check your pigeonhole for your slip. £5 limit, presents under the staffroom tree by Wed 18th, we'll open them at the Christmas lunch.

No peeking Dan 😂

Chloe x

Sent from Outlook for Android""", cte="quoted-printable"),
     extra=[("X-Mailer", "Outlook for Android")])

# 28 ---- sickness bug notice, quoted-printable
mail(28, N, "health-notice", "qp",
     "head warns parents of a sickness virus in Class 1 and the 48-hour exclusion rule",
     HEAD, [OFFICE_BOX], "Sickness bug in Class 1 - please read", D(2025, 1, 29, 14, 5),
     Text("""Dear Parents and Carers,

We have had several cases of sickness and diarrhoea in Class 1 this week. It looks like a norovirus-type bug that is going round the area.

To stop it spreading, please:
• keep your child at home until 48 hours after their last episode of sickness or diarrhoea
• encourage careful handwashing with soap and water (hand gel doesn’t kill this virus)
• let the office know if your child is off, and what their symptoms are

We are doing extra cleaning of toilets, door handles and shared equipment. Thank you for your help.

Helen Ashworth
""", cte="quoted-printable"), bcc=PARENTS_BCC)

# 29 ---- charity thank-you letter forwarded to staff as an attachment
_inner29 = message("Dales Rotary Club <secretary@dalesrotary.example>", [HEAD],
                   "Thank you from Dales Rotary", D(2025, 1, 8, 16, 20),
                   Text("""Dear Mrs Ashworth,

On behalf of Dales Rotary, thank you to all the children, families and
staff at Thornleigh for the 51 shoeboxes you sent this Christmas. They
went to families in Moldova and Romania, and we have had some lovely
photos back which we will bring to assembly in February.

Please pass our thanks on to everyone involved.

With warm regards,
Graham Tindall
Club Secretary
""", cte="7bit"), tag="inner29")
mail(29, N, "thank-you-round-robin", "fwd-rfc822",
     "head forwards staff, as an attachment, the Rotary's thank-you letter for the shoeboxes",
     HEAD, [STAFF_LIST], "Fw: Thank you from Dales Rotary", D(2025, 1, 9, 8, 15),
     Multi("mixed", [Text("""Lovely letter from Rotary - thank you all for organising the boxes.
Graham is coming to assembly on 6 February.

Helen
""", cte="7bit"), RFC822(_inner29, "Thank you from Dales Rotary.eml")]))

# 30 ---- pen-pal letters from a partner school, zip
_pen = [("Letter from Wanjiru.txt",
         "Dear friend,\r\nMy name is Wanjiru. I am 11 years old and I am in Standard 6. I like netball and mathematics. "
         "We have two cows and some goats at home. What is your favourite subject? Please write back and tell me about your village.\r\nYour friend,\r\nWanjiru\r\n"),
        ("Letter from Brian.txt",
         "Dear friend in England,\r\nI am Brian. I want to be a pilot. At our school we start at 7.30 in the morning. "
         "Do you have snow? I have never seen snow. Please send a picture of your school.\r\nFrom Brian\r\n"),
        ("Letter from Faith.txt",
         "Hello,\r\nMy name is Faith and I am 10. My best friend is Mercy. We like singing in the choir. "
         "Thank you for the photos of your harvest festival. We also have a harvest at our church.\r\nBye for now,\r\nFaith\r\n")]
mail(30, N, "pen-pal-letters", "zip",
     "partner school in Kenya sends typed pen-pal letters from its pupils for the Year 6 class",
     "Joseph Mwangi <j.mwangi@kiriti-primary.example>", [TREDDY], "Letters for your Year 6 pen pals",
     D(2025, 4, 29, 9, 40),
     Multi("mixed", [Text("""Dear Mr Reddy,

Greetings from Kiriti. Attached are letters from our Standard 6 pupils for your Year 6 pen pals.
We typed them up so they are easier to read. Please share them with the children and we look
forward to their replies before our term ends in July.

Best regards,
Joseph Mwangi
Deputy Head Teacher, Kiriti Primary School
""", cte="7bit"),
                     Attach(zipfiles(_pen), "application/zip", "Pen pal letters Standard 6.zip")]),
     inbound=True)
finish()
