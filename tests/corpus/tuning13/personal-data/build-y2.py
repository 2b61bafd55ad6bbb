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

# ---------------------------------------------------------------- invented people and data
# Every person below is invented. Identifiers are generated with the real check-digit
# algorithms (UPN check letter, NHS mod 11, ULN mod 11, Luhn, NINO prefix rules,
# standard mod-11 sort code/account weighting) from a fixed seed.
import datetime as _dt

R = random.Random(20250301)
LA, EST = 815, 3047          # Thornleigh CE Primary: DfE number 815/3047

STREETS = [("Church Lane", "Thornleigh", "DL8 4QT"), ("Low Green", "Thornleigh", "DL8 4QP"),
           ("Mill Bank", "Thornleigh", "DL8 4RA"), ("Beck Side", "Aysgill", "DL8 4SD"),
           ("Moor View", "Aysgill", "DL8 4SH"), ("Hawthorn Close", "Thornleigh", "DL8 4QW"),
           ("Garth End", "Low Marstow", "DL8 3NJ"), ("Station Road", "Kelderby", "DL8 3PB"),
           ("Chapel Row", "Low Marstow", "DL8 3NL"), ("Raygill Farm", "Aysgill", "DL8 4SU")]


def _dob(yg):
    start = _dt.date(2019 - yg, 9, 1)
    end = _dt.date(2020 - yg, 8, 31)
    return start + _dt.timedelta(days=R.randint(0, (end - start).days))


def _addr():
    st, village, pc = R.choice(STREETS)
    if st.endswith("Farm"):
        return "%s, %s" % (st, village), pc
    return "%d %s, %s" % (R.randint(1, 38), st, village), pc


def _phone():
    return "07700 900%03d" % R.randint(0, 999)


class Pupil:
    def __init__(self, first, last, yg, sex, parent, la=LA, est=EST, **kw):
        self.first, self.last, self.yg, self.sex, self.parent = first, last, yg, sex, parent
        self.dob = _dob(yg)
        self.upn = upn(la, est, (2024 - yg) % 100, R.randint(1, 140))
        self.nhs = nhs(R)
        self.address, self.postcode = _addr()
        self.phone = _phone()
        self.med = kw.get("med", "")
        self.sen = kw.get("sen", "")
        self.fsm = kw.get("fsm", False)
        self.pp = kw.get("pp", False)
        self.diet = kw.get("diet", "")

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def year(self):
        return "Reception" if self.yg == 0 else "Year %d" % self.yg

    @property
    def cls(self):
        return "Class 1" if self.yg <= 1 else ("Class 2" if self.yg <= 4 else "Class 3")

    def d(self, fmt="%d/%m/%Y"):
        return self.dob.strftime(fmt)


def _P(*a, **k):
    p = Pupil(*a, **k)
    PUPIL[p.first + " " + p.last] = p
    return p


PUPIL = {}
# Class 3 (Years 5 and 6)
_P("Isla", "Dyson", 6, "F", "Rachel Dyson")
_P("Maisie", "Tennant", 6, "F", "Zoe Tennant", med="Asthma - blue inhaler (salbutamol) as needed")
_P("Noah", "Ellery", 6, "M", "Mark Ellery")
_P("Harvey", "Pratt", 6, "M", "Leanne Pratt", pp=True, fsm=True, sen="SEN support - SEMH")
_P("Jack", "Ainsworth", 6, "M", "Claire Ainsworth")
_P("Grace", "Mitchell", 6, "F", "Andrew Mitchell", diet="Vegetarian")
_P("Kayden", "Shaw", 6, "M", "Carol Metcalfe (foster carer)", la=380, est=2216, pp=True,
   sen="SEN support - SEMH, attachment difficulties")
_P("Poppy", "Ainsworth", 5, "F", "Claire Ainsworth")
_P("Ruby", "Whitworth", 5, "F", "Claire Whitworth")
_P("Evie", "Robson", 5, "F", "Dawn Robson", med="Type 1 diabetes - insulin pump, carb counting")
_P("Oscar", "Kaye", 5, "M", "Nadine Kaye", sen="EHCP - autism, sensory processing",
   med="Epilepsy - buccal midazolam 10mg for seizures over 5 minutes", diet="Gluten free (coeliac)")
_P("Lacey", "Hebden", 5, "F", "Stacey Hebden", pp=True, fsm=True)
_P("Amir", "Rahman", 5, "M", "Shazia Rahman", diet="Halal", sen="EAL - early acquisition")
_P("Jessica", "Milburn", 5, "F", "Karen Milburn", sen="SEN support - dyslexia")
# Class 2 (Years 2 to 4)
_P("Alfie", "Whitworth", 4, "M", "Claire Whitworth")
_P("Amelia", "Dent", 4, "F", "Sarah Dent", pp=True, fsm=True)
_P("Lily", "Hemingway", 4, "F", "Nicola Hemingway", sen="SEN support - speech and language")
_P("Tia", "Shaw", 3, "F", "Carol Metcalfe (foster carer)", la=380, est=2216, pp=True)
_P("Tyler", "Ross", 3, "M", "Gemma Ross", med="Nut allergy (tree nuts) - antihistamine")
_P("Chloe", "Bouvier", 3, "F", "Renee Bouvier")
_P("Zak", "Iqbal", 2, "M", "Farah Iqbal", diet="Halal")
_P("Ella", "Hodgson", 2, "F", "Lisa Hodgson", sen="SEN support - fine motor, hypermobility")
_P("George", "Lumb", 2, "M", "Ann Lumb (grandmother, SGO)", pp=True)
# Class 1 (Reception and Year 1)
_P("Ava", "Sedgwick", 1, "F", "Laura Sedgwick")
_P("Theo", "Dobbs", 1, "M", "Kirsty Dobbs", med="Eczema - emollient cream")
_P("Mollie", "Pike", 0, "F", "Lauren Pike")
_P("Leo", "Lister", 0, "M", "Aimee Lister")
_P("Arlo", "Kershaw", 0, "M", "Hannah Kershaw")
_P("Daisy", "Tait", 0, "F", "Gemma Tait",
   med="Anaphylaxis - peanut. 2 x EpiPen 0.15mg (one in class, one in office)", diet="Peanut free")
_P("Hugo", "Wragg", 0, "M", "Simon Wragg")
_P("Sienna", "Barker", 0, "F", "Kelly Barker", fsm=True, pp=True)
_P("Finley", "Oddie", 0, "M", "Rachel Oddie", med="Hearing - grommets, sit near front")
_P("Rosie", "Nattrass", 0, "F", "Jo Nattrass")


def pp(name):
    return PUPIL[name]


class Staff:
    def __init__(self, first, last, role, born):
        self.first, self.last, self.role = first, last, role
        self.dob = _dt.date(*born)
        self.nino = nino(R)
        self.address, self.postcode = _addr()
        self.phone = _phone()
        self.sort, self.acc = bank(R, R.choice(["01", "01", "60", "40"]))

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)


STAFF = {s.first + " " + s.last: s for s in [
    Staff("Kerry-Ann", "Gledhill", "Teaching Assistant (Level 2)", (1988, 7, 14)),
    Staff("Paul", "Nattrass", "Midday Supervisor", (1971, 2, 3)),
    Staff("Sue", "Marr", "Teaching Assistant (Level 3)", (1966, 11, 29)),
    Staff("Maggie", "Thwaite", "Cook / Midday Supervisor", (1969, 5, 8)),
    Staff("Bev", "Hollis", "Class Teacher / Deputy DSL", (1979, 9, 21)),
    Staff("Dan", "Okafor", "Teaching Assistant / Sports Lead", (1992, 4, 17)),
    Staff("Chloe", "Farrant", "Class Teacher", (1996, 1, 6)),
    Staff("Megan", "Pickersgill", "Apprentice Teaching Assistant", (2005, 10, 2)),
]}
SCHOOL_SORT, SCHOOL_ACC = bank(R, "01")   # school fund account (the school's own details)

# ================================================================ POSITIVES
P = "positive"
C3 = [p for p in PUPIL.values() if p.yg >= 5]
REC = [p for p in PUPIL.values() if p.yg == 0]

# 1 ---- residential trip: medical and dietary list to the outdoor centre (CSV)
_trip = [["Surname", "Forename", "DOB", "Sex", "NHS number", "Medical conditions / medication",
          "Dietary", "Emergency contact", "Emergency phone"]]
for p in sorted(C3, key=lambda x: x.last):
    _trip.append([p.last, p.first, p.d(), p.sex, fmt_nhs(p.nhs), p.med or "None known", p.diet or "-",
                  p.parent, p.phone])
mail(1, P, "trip-medical-list", "att-csv",
     "office sends the outdoor centre a CSV of Year 5/6 pupils with DOBs, NHS numbers, medical conditions and parent phone numbers",
     OFFICE, ["Kettlewell Beck Bookings <bookings@kettlewellbeck.example>"],
     "Thornleigh CE Primary - residential 2-4 June - pupil information", D(2025, 5, 12, 11, 18),
     Multi("mixed", [Text("""Hi Claire,

Please find attached the pupil information sheet for our Year 5/6 residential from Monday 2 to
Wednesday 4 June (booking ref KB-2025-0417). 14 children, plus Mr Reddy, Mr Okafor and Mrs Marr.

Please note Oscar's and Evie's medical needs in particular - Mr Reddy will bring their care plans
and medication, and both parents are happy to be rung at any time.

Any questions just give me a ring.

Kind regards
Janet Pocklington
Office Manager
Thornleigh CE Primary School
""", cte="7bit"),
                     Attach(csv_text(_trip).encode(), "text/csv", "Thornleigh Y56 residential pupil info.csv")]),
     cc=[TREDDY])

# 2 ---- child protection chronology emailed in plain text to a social worker
_l = pp("Lacey Hebden")
mail(2, P, "cp-chronology", "plain",
     "DSL emails a social worker a child-protection chronology for a named pupil with DOB, UPN, address and disclosures",
     HEAD, ["Amy Lockwood <amy.lockwood@northdale.gov.example>"],
     "Chronology for ICPC - Lacey Hebden", D(2025, 2, 10, 17, 42),
     Text("""Dear Amy,

As requested, here is our chronology for Lacey ahead of the initial child protection conference on Thursday. I'll bring a printed copy and our school report.

Child: Lacey Hebden   DOB: %s   UPN: %s
Address: %s, %s (mum Stacey Hebden, mum's partner Dean Foster)
Siblings: none at Thornleigh

12/09/2024  Arrived without coat or PE kit; said "Dean shouted at mum all night and I couldn't sleep". Logged, mum spoken to at pick-up.
03/10/2024  Bruise to left upper arm noticed by TA (Sue Marr) during PE. Lacey said she "banged it on the door". Body map completed.
21/11/2024  Attendance 84%% this half-term. Three late arrivals after 9.30.
09/01/2025  Told Mrs Hollis she was "scared to go home when Dean's been drinking". Referral made to Front Door same day (ref FD-25-00318).
15/01/2025  Police attended home address overnight (DA notification via Operation Encompass).
06/02/2025  Lacey very withdrawn, not eating lunch; school nurse informed.

Lacey is on free school meals and pupil premium. She responds well to 1:1 time with Mrs Marr.

Kind regards,
Helen Ashworth
Headteacher and Designated Safeguarding Lead
Thornleigh CE Primary School
""" % (_l.d(), _l.upn, _l.address, _l.postcode), cte="7bit"))

# 3 ---- EHCP annual review notes to the educational psychologist (docx)
_o = pp("Oscar Kaye")
_ehcp = docx([("h", "EHCP Annual Review - summary of school evidence"),
              ("table", [["Name", _o.name], ["Date of birth", _o.d()], ["UPN", _o.upn],
                         ["NHS number", fmt_nhs(_o.nhs)], ["Year group", _o.year],
                         ["Address", "%s, %s" % (_o.address, _o.postcode)],
                         ["Parent", "%s (%s)" % (_o.parent, _o.phone)]]),
              ("h", "Needs"),
              "Primary need: autism spectrum condition (diagnosed 2021, Northdale CDC). Sensory processing difficulties, particularly noise and touch. Epilepsy (focal seizures): buccal midazolam 10mg kept in the office; last seizure at school 14 January 2025.",
              ("h", "Current provision"),
              "20 hours per week 1:1 TA support (Mrs Marr). Daily sensory circuit. Visual timetable and now/next board. Lunch in the quiet room three days a week. Gluten-free diet (coeliac).",
              ("h", "Progress and concerns"),
              "Reading age 7y 4m (chronological 9y 6m). Maths working at Year 3 expectations. Increasing anxiety around transitions; two incidents of running from class this term. Parents report poor sleep and meltdowns after school.",
              ("h", "Parent views"),
              "Mrs Kaye would like the plan to name a specialist setting for secondary and for the EP to reassess before the Year 6 review."],
             title="EHCP review Oscar Kaye")
mail(3, P, "ehcp-review-notes", "att-docx",
     "SENCo sends the educational psychologist an EHCP review summary for a named pupil with DOB, UPN, NHS number, diagnoses and address",
     RPEN, ["Dr Kiran Shah <kiran.shah@northdale.gov.example>"],
     "Oscar Kaye - annual review evidence", D(2025, 3, 4, 13, 26),
     Multi("mixed", [Text("""Dear Kiran,

Ahead of Oscar's annual review on 25 March, please find attached a summary of our evidence. Mum has
given consent for this to be shared with you. I'd be really grateful if you could look at the
section on transitions before we meet - I think we need your advice on secondary.

Best wishes,
Ruth Penhaligon
SENCo (Mon-Wed)
""", cte="7bit"),
                     Attach(_ehcp, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "Oscar Kaye AR evidence March 2025.docx")]))

# 4 ---- payroll new starters with bank details and NI numbers (xlsx)
_k, _pn = STAFF["Kerry-Ann Gledhill"], STAFF["Paul Nattrass"]
_ns = [["NEW STARTER NOTIFICATION - Thornleigh CE Primary (815/3047)"],
       ["Surname", "Forenames", "Date of birth", "NI number", "Home address", "Postcode",
        "Post", "Grade/point", "Hours pw", "Weeks pa", "Start date", "Sort code", "Account number",
        "Pension", "Student loan"],
       [_k.last, _k.first, _k.dob.strftime("%d/%m/%Y"), fmt_nino(_k.nino), _k.address, _k.postcode,
        _k.role, "Grade C pt 5", 27.5, 39, "01/09/2024", _k.sort, _k.acc, "LGPS", "Plan 2"],
       [_pn.last, _pn.first, _pn.dob.strftime("%d/%m/%Y"), fmt_nino(_pn.nino), _pn.address, _pn.postcode,
        _pn.role, "Grade A pt 2", 6.25, 39, "02/09/2024", _pn.sort, _pn.acc, "Opted out", "None"]]
mail(4, P, "payroll-new-starter", "att-xlsx",
     "office sends the payroll provider a new-starter spreadsheet with staff DOBs, NI numbers, addresses and bank details",
     OFFICE, ["Pennine Payroll - Starters <starters@penninepayroll.example>"],
     "New starters September - Thornleigh CE Primary", D(2024, 8, 29, 10, 2),
     Multi("mixed", [Text("""Good morning,

Please find attached new starter details for two members of staff starting in September. P45s
will follow in the post. Contracts have been signed and DBS checks are clear.

Many thanks
Janet Pocklington
Office Manager
""", cte="7bit"),
                     Attach(xlsx(_ns, "Starters"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "New starters Sept 2024.xlsx")]))

# 5 ---- Year 6 transition data to the secondary school (xlsx)
_tr = [["UPN", "Surname", "Forename", "DOB", "Sex", "SEN", "Primary need", "FSM", "PP", "LAC",
        "Medical", "Notes for pastoral team"]]
_notes = {"Harvey Pratt": "Early Help involvement 2024. Responds to calm, consistent adults.",
          "Kayden Shaw": "Looked after (Bradford CT). Do not share info with birth family. See DSL file.",
          "Maisie Tennant": "Young carer for mum (MS).",
          "Isla Dyson": "Strong friendship group - please keep with Grace.",
          "Grace Mitchell": "", "Noah Ellery": "", "Jack Ainsworth": "Parents separated 2024, lives with mum."}
for p in [x for x in PUPIL.values() if x.yg == 6]:
    _tr.append([p.upn, p.last, p.first, p.d(), p.sex, "K" if p.sen else "N",
                p.sen.replace("SEN support - ", "") or "-", "Y" if p.fsm else "N", "Y" if p.pp else "N",
                "Y" if "foster" in p.parent else "N", p.med or "-", _notes.get(p.name, "")])
mail(5, P, "transition-data", "att-xlsx",
     "Year 6 teacher sends the secondary school a spreadsheet of leavers with UPNs, DOBs, SEN, FSM/PP, LAC status and pastoral notes",
     TREDDY, ["Gill Armitage <g.armitage@ravensgill-academy.example>"],
     "Year 6 transition info - Thornleigh", D(2025, 6, 17, 16, 5),
     Multi("mixed", [Text("""Hi Gill,

Lovely to meet you at the transition day. As promised, here's the spreadsheet for our seven Year 6
children coming to Ravensgill in September. Helen will send the safeguarding files separately.

Tom Reddy
Class 3 Teacher
""", cte="7bit"),
                     Attach(xlsx(_tr, "Y6 2025"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "Thornleigh Y6 transition 2025.xlsx")]))

# 6 ---- reception screening list to the school nursing team (CSV)
_sc = [["Forename", "Surname", "Date of birth", "NHS number", "Address", "Postcode", "Parent/carer",
        "Contact number", "Notes"]]
for p in REC:
    _sc.append([p.first, p.last, p.d(), p.nhs, p.address, p.postcode, p.parent, p.phone,
                p.med or ""])
mail(6, P, "nurse-screening-list", "att-csv",
     "office sends the school nursing team a Reception class list with DOBs, NHS numbers, addresses and parent phone numbers",
     OFFICE, ["0-19 Team Upper Dales <upperdales.0-19@northdalehealth.nhs.example>"],
     "Reception screening list - Thornleigh", D(2024, 10, 2, 9, 47),
     Multi("mixed", [Text("""Hello,

Please find our Reception class list attached for the vision, height and weight screening on
Wednesday 16 October. There are 8 children. Finley has grommets so his mum has asked that you
note this for the hearing check.

Kind regards
Janet
""", cte="7bit"),
                     Attach(csv_text(_sc).encode(), "text/csv", "Reception 2024 screening.csv")]))

# 7 ---- class contact list sent to the PTA chair's personal email (multipart/alternative)
_c1 = [p for p in PUPIL.values() if p.yg <= 1]
_rows7 = []
for p in _c1:
    note = ""
    if p.last == "Pike":
        note = "Mum only - no contact with dad (court order)"
    _rows7.append((p.name, p.year, p.parent, "%s, %s" % (p.address, p.postcode), p.phone, note))
_t7 = "Hi Kirsty,\n\nHere's the Class 1 list you asked for so the class reps can deliver the fair leaflets and set up the WhatsApp group. Could you keep it to yourself and Hannah please?\n\nJanet\n\n" + \
      "\n".join("%s (%s) - %s - %s - %s%s" % (a, b, c, d, e, (" - " + f) if f else "") for a, b, c, d, e, f in _rows7) + "\n"
_h7 = html_doc("<p>Hi Kirsty,</p><p>Here's the Class 1 list you asked for so the class reps can deliver the fair leaflets and set up the WhatsApp group. Could you keep it to yourself and Hannah please?</p><p>Janet</p>\n<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n<tr><th>Child</th><th>Year</th><th>Parent/carer</th><th>Address</th><th>Mobile</th><th>Note</th></tr>\n" +
               "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _x(c) for c in r) for r in _rows7) + "\n</table>")
mail(7, P, "class-contact-list", "multipart-alt",
     "office sends the PTA chair's personal email a Class 1 list with children's names, home addresses, parents' mobiles and a court-order note",
     OFFICE, ["Kirsty Dobbs <kirsty.dobbs@example.com>"],
     "Class 1 list for the reps", D(2024, 11, 6, 12, 51),
     Multi("alternative", [Text(_t7, cte="7bit"), Text(_h7, subtype="html", cte="quoted-printable")]))

# 8 ---- free school meals and dietary list to the caterer (quoted-printable)
_fsm = [p for p in PUPIL.values() if p.fsm or p.diet or "allerg" in p.med.lower() or "Anaphylaxis" in p.med]
_t8 = "Hi Karen,\n\nUpdated list for the kitchen from Monday, including the children who are now eligible for benefits-related free school meals (Amelia’s came through this week). Please make sure Maggie has the allergy details on the wall chart.\n\n"
for p in _fsm:
    flags = []
    if p.fsm:
        flags.append("FSM (benefits)")
    if p.pp:
        flags.append("Pupil premium")
    _t8 += "• %s, %s, DOB %s – %s%s\n" % (p.name, p.cls, p.d(), ", ".join(flags) or "paid meals",
                                          ("; " + "; ".join(x for x in [p.diet, p.med] if x)) if (p.diet or p.med) else "")
_t8 += "\nThanks,\nJanet Pocklington\nOffice Manager, Thornleigh CE Primary\n"
mail(8, P, "fsm-dietary-list", "qp",
     "office sends the catering contractor a list of pupils with DOBs, free-school-meal and pupil-premium status, allergies and medical notes",
     OFFICE, ["Karen Lister <orders@dalesfare.example>"],
     "FSM and dietary list – from Monday 13 January", D(2025, 1, 9, 14, 33),
     Text(_t8, cte="quoted-printable"))

# 9 ---- teacher zips pupil tracking data to his personal webmail
_trk = [["UPN", "Name", "DOB", "PP", "SEN", "Reading", "Writing", "Maths", "Comment for report"]]
_lev = ["WTS", "EXS", "EXS", "GDS", "PKF"]
for p in C3:
    _trk.append([p.upn, p.name, p.d(), "Y" if p.pp else "", p.sen.replace("SEN support - ", "") if p.sen else "",
                 R.choice(_lev), R.choice(_lev), R.choice(_lev), ""])
_trk[1 + [p.name for p in C3].index("Lacey Hebden")][8] = "Attendance issue - CP plan, check with Helen before report goes home"
mail(9, P, "data-to-personal-email", "zip",
     "teacher sends a zip of Class 3 tracking data (UPNs, DOBs, PP and SEN flags, CP note) to his personal webmail to write reports at home",
     TREDDY, ["t.reddy.home@dalesmail.example"], "reports", D(2025, 6, 27, 17, 55),
     Multi("mixed", [Text("""for the weekend
""", cte="7bit"),
                     Attach(zipfiles([("Class3_tracking_summer2.xlsx", xlsx(_trk, "Summer 2"))]),
                            "application/x-zip-compressed", "Class3 tracking.zip")]))

# 10 ---- taxi firm: pupils' home addresses, medical needs and a court order note (hard-wrapped)
_h, _li, _os = pp("Harvey Pratt"), pp("Lacey Hebden"), pp("Oscar Kaye")
mail(10, P, "transport-pupil-details", "wrapped",
     "office sends the taxi firm pupils' names, DOBs, home addresses, parents' mobiles, epilepsy medication and a non-molestation order note",
     OFFICE, ["Moorside Cabs <bookings@moorsidecabs.example>"], "School run from Monday - pupil details",
     D(2025, 1, 3, 12, 20),
     Text(hardwrap("""Hi Steve,

As discussed on the phone, here are the details for the three children you'll be taking from Monday 6 January (County contract ref HTST/815/0442). Pick up 8.10am, drop off 3.25pm.

1. %s, DOB %s. %s, %s. Mum %s, %s.

2. %s, DOB %s. %s, %s. Mum %s, %s. IMPORTANT: Lacey must only be handed to her mum. She must NOT be released to Dean Foster - there is a non-molestation order in place. If he is at the house, please ring school.

3. %s, DOB %s. %s, %s. Mum %s, %s. Oscar has epilepsy. His buccal midazolam travels in the red bag with him and the escort must be trained - I've asked the County to confirm. He is autistic and needs the same seat every day and no radio please.

Thanks,
Janet
""" % (_h.name, _h.d(), _h.address, _h.postcode, _h.parent, _h.phone,
       _li.name, _li.d(), _li.address, _li.postcode, _li.parent, _li.phone,
       _os.name, _os.d(), _os.address, _os.postcode, _os.parent, _os.phone)), cte="7bit"))

# 11 ---- children missing education enquiry: internal note forwarded as message/rfc822 to another school
_kb_dob, _tb_dob = _dt.date(2016, 3, 19), _dt.date(2018, 11, 2)
_kb_upn, _tb_upn = upn(815, 3047, 20, 88), upn(815, 3047, 22, 41)
_inner11 = message(OFFICE, [HEAD], "Bright children - not back", D(2025, 2, 24, 9, 40),
                   Text("""Helen,

Still no sign of Kieran and Tayla Bright (third day). Mobile for mum goes
straight to voicemail and the house at 7 Chapel Row, Low Marstow DL8 3NL
looks empty - Ann Lumb says a van was there on Saturday.

Kieran Bright  DOB %s  UPN %s  (Year 4)
Tayla Bright   DOB %s  UPN %s  (Year 1)
Mum: Stacey Bright 07700 900718. Children in Need plan (SW Jo Carr).

Janet
""" % (_kb_dob.strftime("%d/%m/%Y"), _kb_upn, _tb_dob.strftime("%d/%m/%Y"), _tb_upn), cte="7bit"),
                   tag="inner11")
mail(11, P, "cme-enquiry", "fwd-rfc822",
     "head forwards to another school's head, as an attachment, an internal note on two missing pupils with DOBs, UPNs, address and CIN status",
     HEAD, ["Mark Saddler <head@hawesbridge-primary.example>"], "Fw: Bright children - not back",
     D(2025, 2, 24, 10, 5),
     Multi("mixed", [Text("""Mark,

Long shot - has a Stacey Bright turned up at Hawes Bridge with two children
this week? Janet's note is attached. I've referred to the CME officer but
thought I'd ask you directly as you're the nearest school.

Helen
""", cte="7bit"), RFC822(_inner11, "Bright children - not back.eml")]))

# 12 ---- accident claim to the insurer, from the office manager's phone
_al = pp("Alfie Whitworth")
mail(12, P, "accident-claim", "mobile",
     "office manager emails the insurer from her phone with a pupil's name, DOB, NHS number, injury and parent's contact details",
     OFFICE, ["Claims Team <claims@dalesgate-insurance.example>"], "Pupil accident - policy SCH/88104",
     D(2025, 5, 13, 18, 12),
     Text("""Hi, as requested on the phone earlier:

Pupil: %s, DOB %s, NHS %s
Accident 12/05 at 12.40pm, fell from top of climbing frame on the field at lunchtime. Fractured left wrist confirmed at Friarage A&E, now in cast.
Parent: Mrs Claire Whitworth, %s, %s, %s
Witness: Paul Nattrass (midday supervisor)

Accident form and photos to follow tomorrow when I'm back in the office.

Janet Pocklington
Thornleigh CE Primary

Sent from my iPhone""" % (_al.name, _al.d(), fmt_nhs(_al.nhs), _al.address, _al.postcode, _al.phone),
          cte="7bit", flowed=True, delsp=True),
     extra=[("X-Mailer", "iPhone Mail (22E252)")])

# 13 ---- occupational health referral for a member of staff (HTML)
_sm = STAFF["Sue Marr"]
mail(13, P, "staff-oh-referral", "html",
     "head sends the occupational health provider an HTML referral with a staff member's DOB, NI number, address and mental-health details",
     HEAD, ["WorkWell Referrals <referrals@workwell-oh.example>"], "Management referral - Sue Marr",
     D(2025, 3, 11, 16, 30),
     Text(html_doc("""<p>Dear WorkWell team,</p>
<p>Please find below a management referral. Sue is aware of and consents to this referral.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Employee</b></td><td>%s</td></tr>
<tr><td><b>Date of birth</b></td><td>%s</td></tr>
<tr><td><b>NI number</b></td><td>%s</td></tr>
<tr><td><b>Home address</b></td><td>%s, %s</td></tr>
<tr><td><b>Phone</b></td><td>%s</td></tr>
<tr><td><b>Role</b></td><td>%s, 32.5 hrs/week</td></tr>
</table>
<p><b>Reason for referral:</b> Three periods of absence since September (22 days in total). The
most recent fit note (from 17 February) gives &quot;anxiety and depression&quot;. Sue has told me
she started sertraline in January and is also waiting for a knee replacement, which makes playground
duty and PE support painful.</p>
<p><b>Questions:</b> Is Sue fit to return on a phased basis? What adjustments would you recommend?
Is the Equality Act likely to apply?</p>
<p>Kind regards,<br>Helen Ashworth<br>Headteacher</p>""" % (
         _sm.name, _sm.dob.strftime("%d %B %Y"), fmt_nino(_sm.nino), _sm.address, _sm.postcode, _sm.phone,
         _sm.role)), subtype="html", cte="quoted-printable"))

# 14 ---- parent's card details passed on in plain text
_card14 = card(R, "4", 16)
mail(14, P, "card-details", "plain",
     "office emails the outdoor centre's finance team a parent's full card number, expiry and security code to pay a trip balance",
     OFFICE, ["Kettlewell Beck Accounts <accounts@kettlewellbeck.example>"],
     "Balance for Amir Rahman - card payment", D(2025, 4, 28, 10, 41),
     Text("""Hi Ian,

Mrs Rahman couldn't get the online payment page to work so she's asked me to pass her card details on for Amir's balance (£142.00, booking KB-2025-0417).

Name on card: Shazia Rahman
Card number: %s
Expiry: 09/27
Security code: 418
Billing address: %s, %s

Could you confirm once it's gone through and I'll let her know.

Thanks,
Janet
""" % (fmt_card(_card14), pp("Amir Rahman").address, pp("Amir Rahman").postcode), charset="utf-8",
          cte="8bit"))

# 15 ---- HR advice on a staff sickness and conduct case (format=flowed)
_mt = STAFF["Maggie Thwaite"]
mail(15, P, "staff-hr-case", "format-flowed",
     "head asks the external HR adviser about a staff sickness case, giving DOB, NI number, diagnoses and a warning on file",
     HEAD, ["Schools HR Advice <advice@schoolshr.example>"], "Advice please - long-term sickness, kitchen",
     D(2025, 1, 20, 19, 5),
     Text(flow("""Hi Priya,

I'd like some advice about our cook, Maggie Thwaite (DOB %s, NI %s, %s, in post since 2011).

She has had 31 days' absence this academic year across four periods. Fit notes give "work-related stress" and hypertension; she told me privately she is also being investigated for a heart arrhythmia. She has a first written warning on file from March 2024 (food hygiene, expires March 2025).

The kitchen is struggling and I've been covering with agency staff at £19.50 an hour. I'd like to know whether we should move to a formal stage 2 meeting, and whether to refer her to OH first.

Thanks, Helen
""" % (_mt.dob.strftime("%d/%m/%Y"), fmt_nino(_mt.nino), _mt.role)), cte="quoted-printable", flowed=True))

# 16 ---- DSL forwards a safeguarding log entry to the secondary DSL as message/rfc822
_ks = pp("Kayden Shaw")
_inner16 = message(BHOLLIS, [HEAD], "Kayden - disclosure today", D(2025, 6, 11, 15, 48),
                   Text("""Helen,

Logged on CPOMS but flagging now. At lunch Kayden (Y6, DOB %s) told
Sue that his birth mum had messaged him on his tablet via a game and
wants to "come and get him" after he moves to Ravensgill. He said he
hasn't told Carol (foster carer) because "she'll take the tablet".

He was calm but asked twice whether mum knows which school he's going to.
LAC, Bradford CT, SW is Hayley Gaunt. Placement address must not be
shared.

Bev
""" % _ks.d(), cte="7bit"), tag="inner16")
mail(16, P, "safeguarding-file-transfer", "fwd-rfc822",
     "head forwards, as an attached message, a safeguarding disclosure about a looked-after child to the secondary school's DSL",
     HEAD, ["Safeguarding Ravensgill <dsl@ravensgill-academy.example>"], "FW: Kayden - disclosure today",
     D(2025, 6, 11, 16, 20),
     Multi("mixed", [Text("""Dear Mr Hirst,

Forwarding Bev's note from today for Kayden Shaw, who joins you in
September. I've informed his social worker. The full CP file will come
through the usual transfer, but I wanted you to have this now given the
risk around the move.

Helen Ashworth
DSL, Thornleigh CE Primary
""", cte="7bit"), RFC822(_inner16, "Kayden - disclosure today.eml")]))

# 17 ---- speech and language referral (format=flowed)
_ly = pp("Lily Hemingway")
mail(17, P, "salt-referral", "format-flowed",
     "SENCo emails a speech and language referral with a child's DOB, NHS number, address, parent phone and difficulties",
     RPEN, ["SLT Referrals <slt.referrals@northdalehealth.nhs.example>"], "SLT referral - Lily Hemingway",
     D(2024, 11, 12, 14, 3),
     Text(flow("""Dear colleagues,

Please accept this referral for speech and language therapy. Parental consent has been given (Nicola Hemingway, mum).

Name: %s
DOB: %s
NHS number: %s
Address: %s, %s
Parent phone: %s
GP: Dales Medical Practice

Lily is in Year 4. She has a marked stammer which has worsened since September, and she avoids speaking in class. Her expressive vocabulary is well below age expectations (BPVS standardised score 78). She was seen by SLT aged 4 and discharged. There are no safeguarding concerns.

Many thanks,
Ruth Penhaligon
SENCo
""" % (_ly.name, _ly.d(), fmt_nhs(_ly.nhs), _ly.address, _ly.postcode, _ly.phone)), cte="7bit", flowed=True))

# 18 ---- reply to MIS support with pupil records to illustrate a census error
_cs = [pp("Amelia Dent"), pp("Sienna Barker"), pp("George Lumb")]
mail(18, P, "mis-support-records", "reply",
     "office replies to the MIS supplier's helpdesk with example pupil records (UPN, name, DOB, FSM dates) to illustrate a census error",
     OFFICE, ["ClassLedger Support <support@classledger.example>"],
     "Re: [Case 00482213] Spring census - FSM validation error 1700Q", D(2025, 1, 15, 11, 8),
     Text("""Hi Ross,

Here are the three records you asked for:

%s  %s  DOB %s  FSM start 06/01/2025  (no end date)
%s  %s  DOB %s  FSM start 09/09/2024  (no end date)
%s  %s  DOB %s  FSM start 02/09/2024, end 20/12/2024, SGO

The error says FSM eligibility overlaps, but only Sienna has ever had two
periods. I've attached nothing else - let me know if you need screenshots.

Janet

On Wed, 15 Jan 2025 at 10:22, ClassLedger Support <support@classledger.example> wrote:
> Hi Janet,
>
> Thanks for logging this. To investigate error 1700Q please reply with
> the UPN, name and date of birth of up to three affected pupils, together
> with their FSM eligibility start and end dates as shown in ClassLedger.
>
> Kind regards,
> Ross
> ClassLedger Support | Case 00482213
""" % (_cs[0].upn, _cs[0].name, _cs[0].d(), _cs[1].upn, _cs[1].name, _cs[1].d(),
       _cs[2].upn, _cs[2].name, _cs[2].d()), cte="7bit"),
     extra=[("In-Reply-To", "<case00482213.1@classledger.example>"),
            ("References", "<case00482213.1@classledger.example>")])

# 19 ---- photographer: looked-after children not to be photographed (iso-8859-1)
_tia = pp("Tia Shaw")
mail(19, P, "photo-restrictions", "iso-8859-1",
     "office tells the photographer which pupils must not be photographed, naming looked-after children with DOBs and the reason",
     OFFICE, ["Brightframe Bookings <bookings@brightframe.example>"], "Photo day 24 Sept - children not to be photographed",
     D(2024, 9, 18, 9, 56),
     Text("""Hi Lucy,

Ahead of photo day next Tuesday, please note the following children must
not be photographed at all, including in the class groups, and must not
appear on the online ordering site:

  Kayden Shaw, Class 3, DOB %s - looked-after child; placement must not
  be identifiable (birth family are trying to trace him).
  Tia Shaw, Class 2, DOB %s - his sister, same reason.

Chloé Bouvier (Class 2) can be photographed but her mum Renée has asked
that the proofs go only to her and not to dad's address - there's a
family court case ongoing.

Many thanks,
Janet
""" % (_ks.d(), _tia.d()), charset="iso-8859-1", cte="8bit"))

# 20 ---- Early Help referral form (docx)
_sb = pp("Sienna Barker")
_eh = docx([("h", "Early Help Request for Support"),
            ("table", [["Child", _sb.name], ["DOB", _sb.d()], ["UPN", _sb.upn], ["School", "Thornleigh CE Primary (Reception)"],
                       ["Address", "%s, %s" % (_sb.address, _sb.postcode)],
                       ["Parent", "Kelly Barker, %s" % _sb.phone],
                       ["Other children", "Brody Barker (DOB 14/07/2022), not in education"],
                       ["Consent", "Verbal and written consent from mum 27/01/2025"]]),
            ("h", "Reason for request"),
            "Mum disclosed to the DSL that her ex-partner (father of both children) has been released from prison and has turned up at the house twice. She is behind with rent and has been told she may be evicted. Sienna often arrives hungry and in the same clothes; she is on FSM and pupil premium.",
            "Mum has a diagnosis of depression and says she stopped her medication before Christmas.",
            ("h", "What support is requested"),
            "Family support worker; housing advice; IDVA referral; help to access a nursery place for Brody."],
           title="Early Help request Sienna Barker")
mail(20, P, "early-help-referral", "att-docx",
     "DSL sends the early help hub a referral form with a child's and mother's details, domestic abuse and mental-health information",
     HEAD, ["Early Help Hub <earlyhelp@northdale.gov.example>"], "Early Help request - Barker family",
     D(2025, 1, 28, 12, 14),
     Multi("mixed", [Text("""Hello,

Please find attached an Early Help request for the Barker family. Mum is keen for support and is
expecting a call. I'm happy to act as lead professional initially.

Helen Ashworth
DSL, Thornleigh CE Primary
""", cte="7bit"),
                     Attach(_eh, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "EH request Barker Jan25.docx")]))

# 21 ---- staff DBS renewals to the umbrella body (CSV)
_dbs = [["Surname", "Forenames", "DOB", "NI number", "Address", "Postcode", "Role", "Workforce", "Previous DBS cert date"]]
for k in ["Bev Hollis", "Dan Okafor", "Chloe Farrant", "Sue Marr", "Maggie Thwaite"]:
    s = STAFF[k]
    _dbs.append([s.last, s.first, s.dob.strftime("%d/%m/%Y"), s.nino, s.address, s.postcode, s.role,
                 "Child", "2021"])
mail(21, P, "dbs-renewals", "att-csv",
     "office sends the DBS umbrella body a CSV of five staff with DOBs, NI numbers and home addresses for renewals",
     OFFICE, ["Clearcheck Applications <applications@clearcheck.example>"], "Bulk renewals - Thornleigh CE Primary",
     D(2025, 4, 23, 9, 30),
     Multi("mixed", [Text("""Good morning,

As agreed with governors we're renewing DBS checks every three years. Please find five staff
attached for renewal. They will each bring their ID documents to the office for verification.

Kind regards
Janet Pocklington
""", cte="7bit"),
                     Attach(csv_text(_dbs).encode(), "text/csv", "DBS renewals April 2025.csv")]))

# 22 ---- after-school club register with medical needs to the sports coaching company (HTML)
_club = [pp(n) for n in ["Maisie Tennant", "Oscar Kaye", "Evie Robson", "Harvey Pratt", "Tyler Ross", "Alfie Whitworth"]]
_rows22 = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
    p.name, p.d(), p.med or "-", p.sen or "-", p.phone) for p in _club)
mail(22, P, "club-medical-register", "html",
     "sports lead sends the coaching company an HTML register of club pupils with DOBs, medical conditions, SEN and parent mobiles",
     DOKAFOR, ["Active Dales Coaching <coaches@activedales.example>"], "Multi-sports club register - summer term",
     D(2025, 4, 22, 15, 37),
     Text(html_doc("""<p>Hi Craig,</p>
<p>Register for Tuesday multi-sports below. Please make sure the coach reads the medical column,
especially Oscar (epilepsy) and Evie (diabetes, pump alarms - she will need to check her levels at
4pm).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>Medical</th><th>SEN</th><th>Parent mobile</th></tr>
%s
</table>
<p>Cheers,<br>Dan</p>""" % _rows22), subtype="html", cte="quoted-printable"))

# 23 ---- parent's bank details forwarded to the LA for a refund (inline forward)
_es, _ea = bank(R, "01")
mail(23, P, "parent-bank-details", "fwd-inline",
     "office forwards a parent's email containing his sort code and account number to the council's finance team for a refund",
     OFFICE, ["School Finance Team <schoolfinance@northdale.gov.example>"], "Fwd: Refund for cancelled trip",
     D(2025, 3, 26, 13, 2),
     Text("""Hi both,

Please could you process a refund of £38.50 to Mr Ellery (Noah, Year 6) for the cancelled theatre
trip - his details are below. Cost code 4410.

Thanks
Janet

---------- Forwarded message ---------
From: Mark Ellery <m.ellery@example.net>
Date: Tue, 25 Mar 2025 at 20:14
Subject: Refund for cancelled trip
To: Office <office@school.example>


Hi Janet, for Noah's refund:

Account name: Mr M J Ellery
Sort code: %s
Account number: %s

Thanks, Mark
""" % (_es, _ea), cte="8bit"))

# 24 ---- SEN register to the LA SEN team (xlsx)
_sen = [["UPN", "Surname", "Forename", "DOB", "Year", "SEN status", "Primary need", "Outside agencies", "Notes"]]
for p in PUPIL.values():
    if p.sen and not p.sen.startswith("EAL"):
        _sen.append([p.upn, p.last, p.first, p.d(), p.year, "E" if p.sen.startswith("EHCP") else "K",
                     p.sen.split(" - ", 1)[1], R.choice(["EP", "SLT", "CAMHS", "OT", "None"]),
                     "LAC" if "foster" in p.parent else ""])
mail(24, P, "sen-register", "att-xlsx",
     "SENCo sends the council's SEN team the school's SEN register with UPNs, names, DOBs, needs and LAC flags",
     RPEN, ["SEN Team <senteam@northdale.gov.example>"], "Thornleigh SEN register - spring 2025",
     D(2025, 2, 5, 12, 49),
     Multi("mixed", [Text("""Hello,

As requested for the high-needs funding review, please find our current SEN register attached.

Ruth Penhaligon
SENCo, Thornleigh CE Primary
""", cte="7bit"),
                     Attach(xlsx(_sen, "SEN register"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "SEN register Spring 2025.xlsx")]))

# 25 ---- individual healthcare plan for diabetes to the outdoor centre (windows-1252)
_ev = pp("Evie Robson")
mail(25, P, "healthcare-plan", "windows-1252",
     "head emails the outdoor centre a pupil's diabetes healthcare plan with DOB, NHS number, insulin regime and parent contacts",
     HEAD, ["Claire Tunstall <claire.tunstall@kettlewellbeck.example>"], "Evie Robson – healthcare plan for the residential",
     D(2025, 5, 28, 16, 20),
     Text("""Dear Claire,

As promised, here is a summary of Evie’s individual healthcare plan so your kitchen and instructors are prepared.

Name: %s      DOB: %s      NHS no: %s
Condition: Type 1 diabetes (diagnosed 2021). Insulin pump (Omnipod) and Dexcom sensor.
Targets: 4–10 mmol/L. Carb-counted meals – please send menus with carb values if you can.
Hypo (below 4): 3 jelly babies or 100ml juice, recheck after 15 minutes. “Hypo box” travels with Mr Reddy.
Hyper (above 14 with ketones): ring mum and the diabetes team.
Parents: Dawn Robson %s / Gary Robson 07700 900262
Paediatric diabetes nurse: Friarage Hospital, 01632 960377

Evie is sensible and will tell an adult if she feels “wobbly”.

Kind regards,
Helen Ashworth
""" % (_ev.name, _ev.d(), fmt_nhs(_ev.nhs), _ev.phone), charset="windows-1252", cte="quoted-printable"))

# 26 ---- KS2 access arrangements list to a cluster SENCo (quoted-printable)
_aa = [(pp("Jessica Milburn"), "25% extra time, reader for maths – dyslexia (EP report 2024)"),
       (pp("Harvey Pratt"), "Rest breaks, separate room – SEMH, ADHD medication at 8am"),
       (pp("Oscar Kaye"), "Scribe, separate room, 25% extra time – EHCP (autism)"),
       (pp("Kayden Shaw"), "Prompter – looked after, attachment difficulties")]
mail(26, P, "access-arrangements", "qp",
     "SENCo sends a neighbouring school's SENCo a list of pupils with UPNs, DOBs and the diagnoses behind their SATs access arrangements",
     RPEN, ["Anna Bell <senco@hawesbridge-primary.example>"], "Access arrangements – can you sense-check?",
     D(2025, 3, 19, 18, 7),
     Text("""Hi Anna,

Thanks for offering to look over these before I submit – this is my first year doing them! Could you tell me if the evidence sounds enough?

""" + "\n".join("• %s (%s), DOB %s, UPN %s – %s" % (p.name, p.year, p.d(), p.upn, a) for p, a in _aa) + """

I’ve only put Year 5 and 6 children who might need something next year too.

Ruth
""", cte="quoted-printable"))

# 27 ---- PEP notes for a looked-after child to the foster carer's personal email (multipart/alternative)
_t27 = """Dear Carol,

Thank you for coming in for Kayden's PEP meeting. Here are the notes as promised; Hayley is copied in.

Child: Kayden Shaw   DOB: %s   UPN: %s
Legal status: Section 31 care order (Bradford). Placement with Carol and Ian Metcalfe since April 2023.
Contact: Supervised contact with birth mum (Jade Shaw) monthly; no contact with birth father.
Attainment: Reading EXS, writing WTS, maths EXS.
Pupil Premium Plus: £2,570 - 1:1 reading with Mrs Marr, Lego therapy, residential trip cost.
Targets: 1. Use his calm plan independently. 2. Complete 2 pieces of extended writing per week. 3. Visit Ravensgill three times before September.
Wellbeing: Sleeping better; still anxious about mum's messages (see DSL notes).

Best wishes,
Helen
""" % (_ks.d(), _ks.upn)
mail(27, P, "pep-notes", "multipart-alt",
     "head sends personal education plan notes for a looked-after child (DOB, UPN, legal status, contact arrangements) to the foster carer's personal email",
     HEAD, ["Carol Metcalfe <carol.metcalfe@example.net>"], "Kayden - PEP notes 14 May",
     D(2025, 5, 14, 17, 22),
     Multi("alternative", [Text(_t27, cte="8bit"), Text(html_doc(paras_to_html(_t27)), subtype="html",
                                                         cte="quoted-printable")]),
     cc=["Hayley Gaunt <hayley.gaunt@bradfordct.example>"])

# 28 ---- tutoring company: pupil list with UPNs and PP status (base64 body)
_tut = [pp(n) for n in ["Harvey Pratt", "Lacey Hebden", "Amelia Dent", "Jessica Milburn", "Kayden Shaw"]]
mail(28, P, "tutoring-pupil-list", "base64",
     "teacher sends the tutoring company a list of pupils with UPNs, DOBs, pupil-premium and SEN details",
     TREDDY, ["Northern Tutors <schools@northerntutors.example>"], "Pupils for maths tutoring - Thornleigh",
     D(2024, 10, 9, 15, 58),
     Text("""Hi,

Here are the five children we'd like in the Tuesday maths group. The portal wants UPNs so I've included them.

""" + "\n".join("%s | %s | DOB %s | %s | PP: %s | %s" % (p.upn, p.name, p.d(), p.year, "Yes" if p.pp else "No",
                                                          p.sen or "no SEN") for p in _tut) + """

Lacey's attendance is patchy at the moment for family reasons, so please don't chase mum directly - go through me.

Thanks,
Tom Reddy
""", cte="base64"))

# 29 ---- pupil premium family list to the PTA chair, zipped CSV
_ppl = [["Child", "Class", "Parent/carer", "Address", "Postcode", "Status"]]
for p in PUPIL.values():
    if p.pp or p.fsm:
        _ppl.append([p.name, p.cls, p.parent, p.address, p.postcode,
                     "FSM + PP" if p.fsm else ("PP+ (looked after)" if "foster" in p.parent else "PP")])
mail(29, P, "pupil-premium-list", "zip",
     "office sends the PTA chair a zipped list of pupil-premium and free-school-meal families with home addresses for uniform vouchers",
     OFFICE, ["Kirsty Dobbs <kirsty.dobbs@example.com>"], "Uniform swap vouchers - list (confidential)",
     D(2024, 7, 3, 14, 26),
     Multi("mixed", [Text("""Hi Kirsty,

As agreed with Helen, here's the list of families who should get the free uniform vouchers so you
can post them before the holidays. Please keep this confidential - the other parents don't know
who's on PP - and delete it when you're done.

Janet
""", cte="7bit"),
                     Attach(zipfiles([("PP_FSM_families_July24.csv", csv_text(_ppl))]), "application/zip",
                            "uniform vouchers.zip")]))

# 30 ---- apprentice enrolment details as a .txt attachment
_mp = STAFF["Megan Pickersgill"]
_uln = uln(R)
mail(30, P, "apprentice-enrolment", "att-txt",
     "office sends the training provider an apprentice's enrolment details with ULN, NI number, DOB, address and learning difficulty",
     OFFICE, ["Enrolments <enrolments@dalesskills.example>"], "Apprentice TA enrolment - Megan Pickersgill",
     D(2024, 9, 4, 10, 12),
     Multi("mixed", [Text("""Hello,

Attached are Megan's details for her Level 3 Teaching Assistant apprenticeship enrolment. Her start
date with us was 2 September.

Kind regards
Janet Pocklington
""", cte="7bit"),
                     Text("""APPRENTICE ENROLMENT DETAILS

Employer:            Thornleigh CE Primary School (815/3047)
Apprentice:          %s
Date of birth:       %s
ULN:                 %s
NI number:           %s
Home address:        %s, %s
Mobile:              %s
Prior attainment:    GCSE English 5, Maths 4 (2022); Level 2 Childcare (2024)
Learning difficulty: Dyslexia - assessed 2019, uses coloured overlays and extra time
Ethnicity:           White British
Emergency contact:   Lorraine Pickersgill (mum) 07700 900915
""" % (_mp.name, _mp.dob.strftime("%d/%m/%Y"), _uln, fmt_nino(_mp.nino), _mp.address, _mp.postcode,
       _mp.phone), filename="Megan Pickersgill enrolment.txt", cte="7bit")]))

# ================================================================ NEGATIVES
N = "negative"
PARENTS_BCC = ["lauren.pike@example.org", "shazia.r@example.net", "gemma.tait@example.com",
               "m.ellery@example.net", "karenmilburn@homemail.example", "hannah.kershaw@example.org",
               "rachel.oddie@example.net", "simon.wragg@example.com"]


def smime(text_for_tag):
    return Raw([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                ("Content-Disposition", 'attachment; filename="smime.p7m"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Description", "S/MIME Encrypted Message")],
               b64lines(fake_der(text_for_tag)))


def pgp(text_for_tag):
    return Multi("encrypted", [
        Raw([("Content-Type", "application/pgp-encrypted"),
             ("Content-Description", "PGP/MIME version identification")], "Version: 1\n"),
        Raw([("Content-Type", 'application/octet-stream; name="encrypted.asc"'),
             ("Content-Description", "OpenPGP encrypted message"),
             ("Content-Disposition", 'inline; filename="encrypted.asc"')], pgp_armor(text_for_tag))],
        params=' protocol="application/pgp-encrypted";')


# 1 ---- SEN register sent internally (SENCo to head)
_sen_in = [["UPN", "Surname", "Forename", "DOB", "Year", "SEN status", "Primary need"]]
for p in PUPIL.values():
    if p.sen and not p.sen.startswith("EAL"):
        _sen_in.append([p.upn, p.last, p.first, p.d(), p.year, "E" if p.sen.startswith("EHCP") else "K",
                        p.sen.split(" - ", 1)[1]])
mail(1, N, "sen-register-internal", "att-xlsx",
     "SENCo sends the head the SEN register (UPNs, DOBs, needs) internally before the governors' meeting",
     RPEN, [HEAD], "SEN register for your report", D(2025, 2, 5, 12, 31),
     Multi("mixed", [Text("""Helen,

Updated register attached for the head's report - two new children on SEN support since
Christmas (Ella and Lily). Please don't attach it to the governors' papers, just the numbers.

Ruth
""", cte="7bit"),
                     Attach(xlsx(_sen_in, "SEN register"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "SEN register Spring 2025.xlsx")]))

# 2 ---- allergy and medical list to all staff, internal (CSV)
_med = [["Name", "Class", "DOB", "Condition", "Medication / action", "Where kept"]]
for p in PUPIL.values():
    if p.med:
        _med.append([p.name, p.cls, p.d(), p.med.split(" - ")[0], p.med.split(" - ", 1)[-1],
                     "Office + classroom" if "EpiPen" in p.med or "midazolam" in p.med else "Classroom"])
mail(2, N, "medical-list-internal", "att-csv",
     "office sends all staff the pupil medical and allergy list internally at the start of term",
     OFFICE, [STAFF_LIST], "Medical and allergy list - January", D(2025, 1, 6, 8, 5),
     Multi("mixed", [Text("""Morning all,

Updated medical list attached. Please read it before the children come back tomorrow, and
remember the paper copy with photos is on the staffroom wall - not in public view.

Janet
""", cte="7bit"),
                     Attach(csv_text(_med).encode(), "text/csv", "Medical list Jan 2025.csv")]))

# 3 ---- safeguarding concern logged internally
mail(3, N, "safeguarding-concern-internal", "plain",
     "teaching assistant records a safeguarding concern about a named pupil to the DSL and deputy, internal only",
     SMARR, [HEAD, BHOLLIS], "Concern - Lacey H (please log)", D(2025, 1, 9, 10, 52),
     Text("""Helen, Bev,

I'm not sure if CPOMS is working so I'm emailing this as well.

09/01/2025, 10.35am, Class 3 reading corner. Lacey Hebden (Y5) was very quiet in our 1:1 reading. When I asked if she was OK she said "I'm scared to go home when Dean's been drinking. He threw the remote at mum." She didn't want to say more. I said I would need to tell Mrs Ashworth. She said "OK but don't tell mum I said".

No marks seen. She went back to class and joined in.

Sue
""", cte="7bit"))

# 4 ---- bank detail change discussed internally (reply)
_kk = STAFF["Kerry-Ann Gledhill"]
_ks2, _ka2 = bank(R, "60")
mail(4, N, "payroll-change-internal", "reply",
     "head replies internally to the office manager about a staff bank detail change, quoting the new details",
     HEAD, [OFFICE], "Re: Kerry - change of bank", D(2025, 3, 12, 13, 40),
     Text("""Yes please, go ahead and send it through the payroll portal (not email) -
and ring Kerry on her mobile to confirm the numbers before you submit,
just in case it's one of those fake "change my bank" emails.

H

On Wed, 12 Mar 2025 at 12:58, Janet Pocklington <j.pocklington@school.example> wrote:
> Helen,
>
> Kerry-Ann has changed banks. New details from the form she handed in:
>
> Sort code %s, account %s (Kerry-Ann Gledhill, NI %s)
>
> OK for me to put it on the portal for March payroll?
>
> Janet
""" % (_ks2, _ka2, fmt_nino(_kk.nino)), cte="7bit"),
     extra=[("In-Reply-To", "<9e1f2c33a0b14a7d8821@school.example>"),
            ("References", "<9e1f2c33a0b14a7d8821@school.example>")])

# 5 ---- LA admissions list arriving from outside (CSV)
_adm = [["Application ref", "Child surname", "Child forename", "DOB", "Sex", "Address", "Postcode",
         "Parent/carer", "Contact number", "Sibling at school"]]
_new = [("Parry", "Wren", "F"), ("Hodgson", "Max", "M"), ("Iqbal", "Yusuf", "M"), ("Cowling", "Esme", "F"),
        ("Towler", "Harry", "M"), ("Whitehead", "Bella", "F")]
for i, (sur, fore, sx) in enumerate(_new):
    d = _dt.date(2020, 9, 1) + _dt.timedelta(days=R.randint(0, 364))
    a, pc = _addr()
    _adm.append(["RA25-%05d" % R.randint(10000, 99999), sur, fore, d.strftime("%d/%m/%Y"), sx, a, pc,
                 "Parent of " + fore, _phone(), "Yes" if sur in ("Hodgson", "Iqbal") else "No"])
mail(5, N, "admissions-list-inbound", "att-csv",
     "council admissions team sends the school its September Reception offers with children's DOBs and addresses (inbound)",
     "School Admissions <admissions@northdale.gov.example>", [OFFICE_BOX], "Reception offers September 2025 - Thornleigh CE Primary",
     D(2025, 4, 16, 9, 2),
     Multi("mixed", [Text("""Dear Headteacher,

National Offer Day was 16 April. Please find attached the list of children offered a Reception
place at your school for September 2025. Please do not contact families until 17 April.

This file contains personal data. Store it securely and delete it from your mailbox once imported.

School Admissions Team
Northdale County Council
""", cte="7bit"),
                     Attach(csv_text(_adm).encode(), "text/csv", "815-3047 Reception offers 2025.csv")]),
     inbound=True)

# 6 ---- parent sends medical information from her phone (inbound)
_dt6 = pp("Daisy Tait")
mail(6, N, "parent-medical-inbound", "mobile",
     "parent emails the office from her phone with her daughter's NHS number and new allergy plan details (inbound)",
     "Gemma Tait <gemma.tait@example.com>", [OFFICE_BOX], "Daisy's new EpiPens", D(2025, 2, 3, 7, 58),
     Text("""Morning Janet, Daisy's allergy clinic has moved her up to the 0.3mg EpiPens as she's over 15kg now. New ones in her bag today, can you swap the ones in the office and send the old ones home?

Her NHS number for the care plan is %s. Clinic letter to follow.

Thanks Gemma x

Sent from my iPhone""" % fmt_nhs(_dt6.nhs), cte="7bit", flowed=True, delsp=True),
     extra=[("X-Mailer", "iPhone Mail (22C152)")], inbound=True)

# 7 ---- social worker's conference invitation (inbound, multipart/alternative)
_t7n = """Dear Mrs Ashworth,

INITIAL CHILD PROTECTION CONFERENCE

Child: Lacey Hebden (DOB %s)
Address: %s, %s
Date: Thursday 13 February 2025, 10.00am
Venue: Room 3, Leyburn Family Centre (or join by Teams - link to follow)

Please bring a written report using the attached template and share it with mum 48 hours before the conference. Reports should be returned to me via the secure portal, not by email.

Kind regards,
Amy Lockwood
Social Worker, Children's Social Care
Northdale County Council
""" % (_l.d(), _l.address, _l.postcode)
mail(7, N, "cp-conference-inbound", "multipart-alt",
     "social worker invites the DSL to a child protection conference, naming the child, DOB and address (inbound)",
     "Amy Lockwood <amy.lockwood@northdale.gov.example>", [HEAD], "ICPC invitation - Lacey Hebden",
     D(2025, 1, 30, 15, 11),
     Multi("alternative", [Text(_t7n, cte="7bit"), Text(html_doc(paras_to_html(_t7n)), subtype="html",
                                                         cte="quoted-printable")]), inbound=True)

# 8 ---- payroll provider queries a starter's details (inbound, hard-wrapped)
_pnt = STAFF["Paul Nattrass"]
mail(8, N, "payroll-query-inbound", "wrapped",
     "payroll provider queries a new starter's NI number and bank details with the school (inbound)",
     "Pennine Payroll <starters@penninepayroll.example>", [OFFICE], "Query: new starter Paul Nattrass",
     D(2024, 9, 10, 11, 44),
     Text(hardwrap("""Dear Janet,

We have set up Paul Nattrass (DOB %s) but HMRC has returned a mismatch on the NI number we hold (%s). Could you check his P45 or payslip and confirm the number?

We also need confirmation that the bank details on the starter form are correct (sort code %s, account ending %s), as the bank validation flagged the account name.

Please reply through the secure portal rather than by email.

Kind regards,
Dawn Pearce
Payroll Officer, Pennine Payroll Services
""" % (_pnt.dob.strftime("%d/%m/%Y"), fmt_nino(_pnt.nino), _pnt.sort, _pnt.acc[-4:])), cte="7bit"),
     inbound=True)

# 9 ---- transfer notes from a pupil's previous school (inbound .txt)
_cb = pp("Chloe Bouvier")
mail(9, N, "transfer-notes-inbound", "att-txt",
     "previous school sends transfer notes for a new pupil with UPN, DOB and SEN/medical information (inbound)",
     "Admin, Moorfield Primary <admin@moorfield-primary.example>", [OFFICE_BOX],
     "Pupil transfer - Chloe Bouvier", D(2024, 9, 6, 14, 2),
     Multi("mixed", [Text("""Dear colleagues,

The CTF for Chloe has been uploaded to School to School. Attached are our additional transfer
notes. The safeguarding file will follow by secure transfer to your DSL.

Moorfield Primary School Office
""", cte="7bit"),
                     Text("""PUPIL TRANSFER NOTES

Name:       Chloe Bouvier
DOB:        %s
UPN:        %s
Year:       3
Attendance: 96.2%%
SEN:        None
Medical:    None
Notes:      Settles well with a buddy. Parents separated; mum (Renee) is main
            contact. Please check the court order before sharing reports.
""" % (_cb.d(), _cb.upn), filename="Transfer notes - Chloe Bouvier.txt", cte="7bit")]),
     inbound=True)

# 10 ---- S/MIME encrypted chronology to social care
mail(10, N, "encrypted-smime", "smime",
     "DSL sends a child protection chronology to the social worker as an S/MIME encrypted message",
     HEAD, ["Amy Lockwood <amy.lockwood@northdale.gov.example>"], "Chronology for ICPC (encrypted)",
     D(2025, 2, 10, 17, 55), smime("neg10-cp-chronology"))

# 11 ---- PGP/MIME encrypted EHCP evidence
mail(11, N, "encrypted-pgp", "pgp-mime",
     "SENCo sends EHCP review evidence to the educational psychologist as a PGP/MIME encrypted message",
     RPEN, ["Dr Kiran Shah <kiran.shah@northdale.gov.example>"], "Annual review evidence",
     D(2025, 3, 4, 13, 40), pgp("neg11-ehcp"),
     extra=[("User-Agent", "Mozilla Thunderbird")])

# 12 ---- password-protected zip of trip medical information
_trip2 = [["Surname", "Forename", "DOB", "NHS number", "Medical", "Emergency phone"]]
for p in sorted(C3, key=lambda x: x.last):
    _trip2.append([p.last, p.first, p.d(), p.nhs, p.med or "None", p.phone])
mail(12, N, "encrypted-zip", "zip-encrypted",
     "office sends the outdoor centre pupil medical information in a password-protected zip, password given by phone",
     OFFICE, ["Kettlewell Beck Bookings <bookings@kettlewellbeck.example>"], "Residential 2-4 June - pupil info (protected)",
     D(2025, 5, 12, 11, 25),
     Multi("mixed", [Text("""Hi Claire,

Pupil information for our residential attached as a password-protected file. I'll ring you with
the password this afternoon - I won't email it.

Janet
""", cte="7bit"),
                     Attach(encrypted_zip([("Y56 residential pupil info.csv", csv_text(_trip2))],
                                          "Beck-Thorn#2025", "neg12"),
                            "application/zip", "Y56 residential pupil info.zip")]))

# 13 ---- S/MIME encrypted starter details to payroll
mail(13, N, "encrypted-smime", "smime",
     "office sends new-starter bank and NI details to payroll as an S/MIME encrypted message",
     OFFICE, ["Pennine Payroll - Starters <starters@penninepayroll.example>"], "New starters - encrypted",
     D(2024, 8, 29, 10, 15), smime("neg13-payroll"),
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 14 ---- password-protected zip of transition data
_tr2 = [["UPN", "Name", "DOB", "SEN", "FSM", "PP"]]
for p in [x for x in PUPIL.values() if x.yg == 6]:
    _tr2.append([p.upn, p.name, p.d(), "K" if p.sen else "N", "Y" if p.fsm else "N", "Y" if p.pp else "N"])
mail(14, N, "encrypted-zip", "zip-encrypted",
     "Year 6 teacher sends transition data to the secondary school in a password-protected zip",
     TREDDY, ["Gill Armitage <g.armitage@ravensgill-academy.example>"], "Y6 transition data (password protected)",
     D(2025, 6, 17, 16, 12),
     Multi("mixed", [Text("""Hi Gill,

Transition spreadsheet attached, password protected as per our data sharing agreement. Password
is the one we agreed at the cluster meeting - text me if you can't open it.

Tom
""", cte="7bit"),
                     Attach(encrypted_zip([("Thornleigh Y6 transition 2025.xlsx", xlsx(_tr2, "Y6"))],
                                          "Ravens!Thorn25", "neg14"),
                            "application/x-zip-compressed", "Thornleigh Y6 2025.zip")]))

# 15 ---- PGP/MIME encrypted OH referral
mail(15, N, "encrypted-pgp", "pgp-mime",
     "head sends an occupational health referral as a PGP/MIME encrypted message",
     HEAD, ["WorkWell Referrals <referrals@workwell-oh.example>"], "Management referral",
     D(2025, 3, 11, 16, 45), pgp("neg15-oh"), extra=[("User-Agent", "Mozilla Thunderbird")])

# 16 ---- stationery order with order, invoice and account numbers (.txt)
_ord, _inv = not_any_check(R, 10), not_any_check(R, 10)
mail(16, N, "supplier-order", "att-txt",
     "office emails a stationery supplier about an order, quoting order, invoice and customer account numbers",
     OFFICE, ["Dales Educational Supplies <orders@dales-edsupplies.example>"], "Order query - account THO0217",
     D(2024, 10, 8, 9, 20),
     Multi("mixed", [Text("""Good morning,

Our order (attached as confirmed on your website) arrived yesterday but we're short two boxes of
A4 exercise books and the laminating pouches are A3 instead of A4. Could you send the missing items
and a returns label? Happy for the credit to go against invoice %s.

Customer account: THO0217

Thanks
Janet Pocklington
""" % _inv, cte="7bit"),
                     Text("""ORDER CONFIRMATION
Order number: %s
Customer account: THO0217 - Thornleigh CE Primary School
Delivery: School Office, Church Lane, Thornleigh DL8 4QT

Qty  Code        Description                          Price
 10  EB-A4-15    A4 exercise books 15mm ruled (x50)   £18.40
  4  LP-A4-100   Laminating pouches A4 150mic (x100)  £12.95
  2  GS-40       Glue sticks 40g (x30)                £21.60
  1  WB-MAG-12   Magnetic whiteboards (x12)           £44.00

Total inc VAT: £316.44
""" % _ord, filename="Order %s.txt" % _ord, cte="8bit")]))

# 17 ---- invoice for field hire with the school's own bank details (docx)
_inv17 = docx([("h", "INVOICE"),
               "Thornleigh CE Primary School, Church Lane, Thornleigh DL8 4QT",
               "Invoice no: TPS-2025-031     Date: 3 March 2025",
               "To: Thornleigh Juniors FC",
               ("table", [["Description", "Qty", "Rate", "Amount"],
                          ["Hire of school field, Saturday mornings, Jan-Mar 2025", "12", "£25.00", "£300.00"],
                          ["Hire of hall for presentation evening", "1", "£45.00", "£45.00"],
                          ["Total due", "", "", "£345.00"]]),
               "Payment within 30 days by BACS to:",
               "Account name: Thornleigh CE Primary School Fund",
               "Sort code: %s   Account number: %s" % (SCHOOL_SORT, SCHOOL_ACC),
               "Please quote the invoice number as your reference."], title="Invoice TPS-2025-031")
mail(17, N, "school-invoice", "att-docx",
     "office sends the village football club an invoice for field hire showing the school fund's own bank details",
     OFFICE, ["Thornleigh Juniors FC <treasurer@thornleighjuniors.example>"], "Invoice TPS-2025-031 - field hire",
     D(2025, 3, 3, 14, 15),
     Multi("mixed", [Text("""Hi Steve,

Please find attached the invoice for the field and hall hire this term. Thanks again for looking
after the pitch markings!

Janet
""", cte="7bit"),
                     Attach(_inv17, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "Invoice TPS-2025-031.docx")]))

# 18 ---- aggregate statistics for governors (HTML)
mail(18, N, "aggregate-stats", "html",
     "head sends governors (some on personal addresses) anonymised aggregate pupil statistics for the termly report",
     HEAD, ["Geoff Barraclough <geoff.barraclough@dalesmail.example>", "Simon Wragg <simon.wragg@example.com>", PLYLE],
     "Headteacher's report - key figures", D(2025, 3, 20, 19, 30),
     Text(html_doc("""<p>Dear Governors,</p>
<p>Ahead of Tuesday's meeting, here are the key figures for the spring term. Individual pupil
information will only be discussed in the confidential part of the meeting.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Measure</th><th>This term</th><th>Last term</th></tr>
<tr><td>Number on roll</td><td>58</td><td>57</td></tr>
<tr><td>Attendance</td><td>95.8%</td><td>96.1%</td></tr>
<tr><td>Persistent absence</td><td>6.9% (4 pupils)</td><td>5.3%</td></tr>
<tr><td>Pupil premium</td><td>11 pupils (19%)</td><td>10</td></tr>
<tr><td>SEN support</td><td>9 pupils</td><td>7</td></tr>
<tr><td>EHCP</td><td>1 pupil</td><td>1</td></tr>
<tr><td>Suspensions</td><td>0</td><td>0</td></tr>
</table>
<p>Best wishes,<br>Helen</p>"""), subtype="html", cte="quoted-printable"))

# 19 ---- blank medicine consent form to all parents (docx)
_form = docx([("h", "Parental agreement for the school to administer medicine"),
              "The school will not give your child medicine unless you complete and sign this form.",
              ("table", [["Child's name", ""], ["Date of birth", "__ / __ / ____"], ["Class", ""],
                         ["NHS number (optional)", ""], ["Medical condition or illness", ""],
                         ["Name/type of medicine (as on the container)", ""], ["Dosage and method", ""],
                         ["Timing", ""], ["Special precautions / side effects", ""],
                         ["Parent/carer name", ""], ["Daytime telephone", ""], ["Signature", ""], ["Date", ""]]),
              "Medicine must be in its original container as dispensed by the pharmacy, with the child's name on it.",
              "Please hand medicine to the office, not the class teacher."], title="Medicine consent form")
mail(19, N, "blank-form", "att-docx",
     "office sends parents a blank medicine consent form with empty DOB and NHS number fields",
     OFFICE_BOX, [OFFICE_BOX], "Medicines in school - updated consent form", D(2024, 9, 9, 15, 10),
     Multi("mixed", [Text("""Dear Parents and Carers,

If your child needs medicine in school this year, please complete the attached form (paper copies
are also in the office). We cannot give any medicine, including Calpol, without a signed form.

Mrs Pocklington
""", cte="7bit"),
                     Attach(_form, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "Medicine consent form 2024.docx")]), bcc=PARENTS_BCC)

# 20 ---- data protection policy for a governor's review (format=flowed)
mail(20, N, "policy-document", "format-flowed",
     "head sends a governor's personal email a summary of changes to the data protection policy, no personal data",
     HEAD, ["Geoff Barraclough <geoff.barraclough@dalesmail.example>"], "Data protection policy - changes for review",
     D(2025, 1, 16, 20, 10),
     Text(flow("""Hi Geoff,

Thanks for agreeing to look over the data protection policy before the committee. The full draft is on GovernorHub; the main changes are:

1. Personal data about pupils, families or staff must not be sent by ordinary email to anyone outside school. Staff should use the secure transfer portal, an encrypted email, or a password-protected file with the password sent separately.

2. Special category data (health, SEN, safeguarding) must only ever go through the secure portal or CPOMS.

3. Staff must not forward work email to personal accounts or store pupil data on personal devices.

4. Breaches must be reported to the DPO (Dales Schools DPO Service) within 24 hours; the DPO decides whether to report to the ICO within 72 hours.

5. Retention: safeguarding records follow the child; other pupil records are kept until the pupil is 25.

Any questions, just ask.

Helen
"""), cte="7bit", flowed=True))

# 21 ---- IT support ticket with serial numbers and references (quoted-printable)
_tick = not_any_check(R, 10)
mail(21, N, "it-support-ticket", "qp",
     "office reports a printer and laptop fault to the IT support company, quoting ticket, serial and licence numbers",
     OFFICE, ["Dales ICT Helpdesk <helpdesk@dalesict.example>"], "Re: Ticket #%s – printer and Class 2 laptop" % _tick,
     D(2025, 3, 14, 9, 4),
     Text("""Hi Sam,

Further to ticket #%s:

• Office printer (Kyocera, serial VCF4Z91733, asset tag TPS-0031) is still jamming on tray 2 – error code C0170.
• Class 2 laptop (asset TPS-0114, serial 5CG2134QXR) won’t connect to the wifi since the update. MAC address 3C:52:82:AF:10:9E.
• Office 365 licence order ref 7714 2206 5530 8 arrived – please can you assign it to the new TA account.

Any time next Tuesday or Wednesday morning is fine for a visit. Our contract number is DICT-SLA-0442.

Thanks,
Janet
""" % _tick, cte="quoted-printable"))

# 22 ---- contractor business phone list (windows-1252)
mail(22, N, "contractor-phone-list", "windows-1252",
     "office sends the new cleaning contractor a list of the school's maintenance contractors' business phone numbers",
     OFFICE, ["Brightway Cleaning <ops@brightwaycleaning.example>"], "Useful numbers for your team",
     D(2024, 9, 2, 16, 12),
     Text("""Hi Donna,

As promised, here are the contractors’ numbers for your evening team – the sheet is also pinned up in the cleaners’ cupboard.

Alarm company (Dales Security) – 01632 960552 – 24-hour line
Boiler/heating (Swale Heating Ltd) – 01632 960118
Electrician (R. Pratt Electrical) – 0113 496 0725
Plumber (Aysgill Plumbing) – 01632 960983
County Council property helpdesk – 0113 496 0210 (quote site code 3047)
Out-of-hours emergency – Helen Ashworth via the school mobile – 07700 900500

Please don’t give these out to anyone else – they’re for our site only.

Thanks,
Janet
""", charset="windows-1252", cte="8bit"))

# 23 ---- term dates to parents (iso-8859-1)
mail(23, N, "term-dates", "iso-8859-1",
     "office sends parents the 2025-26 term dates and INSET days, full of dd/mm/yyyy dates",
     OFFICE_BOX, [OFFICE_BOX], "Term dates 2025-26", D(2025, 5, 23, 12, 0),
     Text("""Dear Parents and Carers,

The governors have agreed the following term dates for 2025-26. A
printable copy is on the website.

Autumn term:  Wednesday 03/09/2025 - Friday 19/12/2025
              Half term 27/10/2025 - 31/10/2025
Spring term:  Monday 05/01/2026 - Friday 27/03/2026
              Half term 16/02/2026 - 20/02/2026
Summer term:  Monday 13/04/2026 - Wednesday 22/07/2026
              Half term 25/05/2026 - 29/05/2026
              Bank holiday Monday 04/05/2026

INSET days (school closed to pupils): 01/09/2025, 02/09/2025,
24/10/2025, 05/06/2026 and 23/07/2026.

Uniform orders for September: £12.50 sweatshirts, £8.00 polo shirts,
from the office or the Dales Uniform shop.

Mrs Pocklington
""", charset="iso-8859-1", cte="8bit"), bcc=PARENTS_BCC)

# 24 ---- school identifiers to the test-order service, with a non-valid UPN-like reference (base64)
mail(24, N, "school-identifiers", "base64",
     "office emails the assessment order helpdesk quoting school identifiers (DfE number, URN) and an order reference that only looks like a UPN",
     OFFICE, ["KS2 Orders Helpdesk <ks2orders@assessment-helpdesk.example>"], "Modified test order - Thornleigh CE Primary",
     D(2025, 1, 31, 11, 35),
     Text("""Hello,

We placed a modified test order last week but the confirmation hasn't arrived. Our details:

School: Thornleigh CE Primary School
DfE number (LAESTAB): 815/3047
URN: 121684
Order reference shown on screen: M815304725012

We need one enlarged-print set (N) for Year 6. Could you check the order has gone through?

Many thanks,
Janet Pocklington
Office Manager
""", cte="base64"))

# 25 ---- newsletter celebrating children by first name only (base64 html alternative)
_t25 = """THORNLEIGH TIMES - Friday 7 February 2025

Stars of the week
Class 1: Arlo, for brilliant counting to 20
Class 2: Ella, for trying so hard with her handwriting
Class 3: Jessica, for a super persuasive letter to the council

Sports news
Our Year 5/6 cross-country team came second at Hawes Bridge. Well done to everyone who ran in the mud!

Safer Internet Day
Tuesday 11 February. Families are welcome to a short session in the hall at 2.45pm.

Mrs Ashworth
"""
mail(25, N, "newsletter-first-names", "base64",
     "newsletter to parents praising children by first name only, no other personal data",
     OFFICE_BOX, [OFFICE_BOX], "Thornleigh Times - 7 February", D(2025, 2, 7, 15, 30),
     Multi("alternative", [Text(_t25, cte="base64"), Text(html_doc(paras_to_html(_t25)), subtype="html", cte="base64")]),
     bcc=PARENTS_BCC)

# 26 ---- raffle ticket numbers to the PTA chair, from a phone
mail(26, N, "raffle-numbers", "mobile",
     "office manager sends the PTA chair the winning raffle ticket numbers from her phone",
     OFFICE, ["Kirsty Dobbs <kirsty.dobbs@example.com>"], "Raffle winners", D(2024, 12, 7, 14, 32),
     Text("""Winning tickets drawn by Santa!!

1st hamper - pink 0147
2nd meal for 2 at the Fox - blue 0392
3rd bottle of fizz - yellow 1120
4th chocolate tower - pink 0088
5th car valet - green 0631

Unclaimed prizes in the office Mon. Total on the raffle £412!!

J x

Sent from my iPhone""", cte="quoted-printable", flowed=True, delsp=True),
     extra=[("X-Mailer", "iPhone Mail (22B91)")])

# 27 ---- anonymised case study for SENCo network training (hard-wrapped)
mail(27, N, "anonymised-case-study", "wrapped",
     "SENCo sends the LA training co-ordinator an anonymised case study with no names, dates of birth or identifiers",
     RPEN, ["SENCo Network <senco.network@northdale.gov.example>"], "Case study for the network meeting",
     D(2025, 3, 21, 14, 20),
     Text(hardwrap("""Hi Lou,

Here's our anonymised case study for the network meeting on 2 April. I've removed names, dates and anything that would identify the child or the family.

Child A is in Key Stage 2 at a small rural school. They joined the school mid-year with no records of additional needs. Staff noticed difficulties with reading fluency and written recording, and low self-esteem in class.

What we did: standardised screening, precision teaching three times a week, a reading buddy from the older class, and assistive technology (speech-to-text) for longer pieces of writing. We worked with the family through termly meetings.

Impact: reading fluency improved by 18 months over two terms. Child A now volunteers to read aloud in collective worship.

What we'd do differently: involve the child's voice earlier and share strategies with all adults, not just the class team.

Ruth
"""), cte="7bit"))

# 28 ---- receipt with a masked card number forwarded to the LA (inline forward)
mail(28, N, "masked-card-receipt", "fwd-inline",
     "office forwards a supplier's card receipt showing only the last four digits of the school purchase card to council finance",
     OFFICE, ["School Finance Team <schoolfinance@northdale.gov.example>"], "Fwd: Your receipt - order 30518",
     D(2025, 2, 19, 10, 15),
     Text("""Hi, receipt for the purchase card statement as requested (cost code 4120,
curriculum resources).

Janet

---------- Forwarded message ---------
From: TeachBox Resources <receipts@teachresources.example>
Date: Mon, 17 Feb 2025 at 16:02
Subject: Your receipt - order 30518
To: <office@school.example>


Thank you for your order.

Order: 30518
Annual subscription - whole school licence       £199.00
VAT                                               £39.80
Total                                            £238.80

Paid by Visa Purchasing card ending 4417
Authorisation code: 083921
Transaction ID: TR-7F2K-9981-QX

Thornleigh CE Primary School, Church Lane, Thornleigh DL8 4QT
""", cte="8bit"))

# 29 ---- internal forward of an inbound LA message containing pupil data (message/rfc822)
_inner29 = message("School Admissions <admissions@northdale.gov.example>", [OFFICE_BOX],
                   "In-year transfer - Kayden and Tia Shaw", D(2023, 4, 18, 10, 5),
                   Text("""Dear Headteacher,

Please admit the following children from Monday 24 April 2023:

Kayden Shaw  DOB %s  UPN %s
Tia Shaw     DOB %s  UPN %s

Both are looked after by Bradford Children's Trust. Placement address
is confidential; contact the social worker, Hayley Gaunt, for details.

School Admissions Team
""" % (_ks.d(), _ks.upn, _tia.d(), _tia.upn), cte="7bit"), tag="neg-inner29")
mail(29, N, "internal-forward", "fwd-rfc822",
     "office forwards the head, internally, an old council admissions message (attached) with two looked-after pupils' DOBs and UPNs",
     OFFICE, [HEAD], "Fw: In-year transfer - Kayden and Tia Shaw", D(2025, 5, 13, 9, 12),
     Multi("mixed", [Text("""Helen, this is the original admission email you asked for, for the PEP
paperwork.

Janet
""", cte="7bit"), RFC822(_inner29, "In-year transfer - Kayden and Tia Shaw.eml")]))

# 30 ---- aggregate KS2 results to the school improvement adviser (zip of CSV)
_agg = [["Subject", "Pupils", "% expected standard", "% higher standard", "Average scaled score"],
        ["Reading", "7", "86", "29", "106.1"], ["Writing (TA)", "7", "71", "14", "-"],
        ["Maths", "7", "71", "14", "104.3"], ["GPS", "7", "86", "43", "107.0"],
        ["RWM combined", "7", "71", "14", "-"]]
mail(30, N, "aggregate-results", "zip",
     "head sends the school improvement adviser a zip of whole-cohort KS2 percentages with no pupil-level data",
     HEAD, ["Martin Kell <martin.kell@northdale.gov.example>"], "Provisional KS2 headlines",
     D(2025, 7, 9, 16, 50),
     Multi("mixed", [Text("""Hi Martin,

Provisional KS2 headlines attached for your visit next week. With a cohort of seven, each child is
14%, so please treat the percentages with caution. No pupil-level data included.

Helen
""", cte="7bit"),
                     Attach(zipfiles([("KS2 headlines 2025.csv", csv_text(_agg))]), "application/zip",
                            "KS2 headlines 2025.zip")]))
finish()
