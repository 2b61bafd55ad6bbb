#!/usr/bin/env python3
# build-z2.py -- deterministic generator for writer z2 (stdlib only).
# Run from inside the policy folder:  python3 build-z2.py
import base64, binascii, io, json, os, quopri, random, struct, textwrap, zipfile, zlib

W = "z2"
NL = "\n"

# ---------------------------------------------------------------- check digits
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn_check(body12):
    """body12 = characters 2..13 of a UPN. Returns the check letter."""
    tot = 0
    for i, ch in enumerate(body12):
        w = i + 2
        if ch.isdigit():
            v = int(ch)
        else:
            v = UPN_LETTERS.index(ch)
        tot += v * w
    return UPN_LETTERS[tot % 23]

def make_upn(la, estab, year, serial):
    body = "%03d%04d%02d%03d" % (la, estab, year % 100, serial)
    return upn_check(body) + body

def upn_valid(s):
    if len(s) != 13 or s[0] not in UPN_LETTERS:
        return False
    if not s[1:12].isdigit():
        return False
    if not (s[12].isdigit() or s[12] in UPN_LETTERS):
        return False
    return upn_check(s[1:]) == s[0]

def mod11_check(d9):
    tot = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    return tot % 11

def nhs_valid(s):
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 10:
        return False
    c = 11 - mod11_check(s[:9])
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])

def make_nhs(rng):
    while True:
        d9 = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = 11 - mod11_check(d9)
        if c == 11:
            c = 0
        if c == 10:
            continue
        return d9 + str(c)

def uln_valid(s):
    if len(s) != 10 or not s.isdigit() or s[0] == "0":
        return False
    r = mod11_check(s[:9])
    c = 10 - r
    return 0 <= c <= 9 and c == int(s[9])

def make_uln(rng):
    while True:
        d9 = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = 10 - mod11_check(d9)
        if c == 10:
            continue
        return d9 + str(c)

def luhn_valid(s):
    s = "".join(c for c in s if c.isdigit())
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def make_card(rng, prefix="4", length=16):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_valid(body + c):
                return body + c

NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

def nino_valid(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) != 9:
        return False
    p, num, suf = s[:2], s[2:8], s[8]
    if not p.isalpha() or not num.isdigit() or suf not in "ABCD":
        return False
    if p[0] in NINO_BAD_FIRST or p[1] in NINO_BAD_SECOND or p in NINO_BAD_PREFIX:
        return False
    return True

def make_nino(rng):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        s = p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")
        if nino_valid(s):
            return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])

BANK_W = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]

def bank_sum(sc, acc):
    d = [int(c) for c in (sc + acc) if c.isdigit()]
    return sum(a * b for a, b in zip(d, BANK_W))

def bank_valid(sc, acc):
    t = bank_sum(sc, acc)
    return t % 11 == 0 and t % 10 == 0

def make_bank(rng):
    """Sort code in a standard-weight range; account passes MOD10 and MOD11."""
    while True:
        sc = "01-%02d-%02d" % (rng.randint(30, 58), rng.randint(10, 99))
        acc = "".join(str(rng.randint(0, 9)) for _ in range(8))
        if acc[0] == "0" and rng.random() < 0.7:
            continue
        if bank_valid(sc, acc):
            return sc, acc

def make_passport(rng):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))

def spoil_digit(s, pos=-1):
    """Return s with one digit changed so that a check digit no longer matches."""
    lst = list(s)
    idx = [i for i, c in enumerate(lst) if c.isdigit()][pos]
    lst[idx] = str((int(lst[idx]) + 1) % 10)
    return "".join(lst)

# ---------------------------------------------------------------- MIME helpers
def enc_word(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="

def addr(name, email):
    if not name:
        return email
    if any(c in name for c in ',."()'):
        name = '"' + name.replace('"', '') + '"'
    return "%s <%s>" % (enc_word(name) if not name.startswith('"') else name, email)

def wrap_text(text, width=72):
    out = []
    for para in text.split("\n"):
        if para.strip() == "" or para.startswith(">") or para.startswith("  ") or len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

def flow_text(text, width=72):
    out = []
    for para in text.split("\n"):
        if para.startswith(">") or para.startswith(" ") or para.startswith("From "):
            para = " " + para if not para.startswith(">") else para
        if len(para) <= width or para.startswith(">"):
            out.append(para.rstrip(" ") if para.strip() else "")
            continue
        lines = textwrap.wrap(para, width=width - 1, break_long_words=False, break_on_hyphens=False)
        for i, ln in enumerate(lines):
            out.append(ln + (" " if i < len(lines) - 1 else ""))
    return "\n".join(out)

def part_text(text, subtype="plain", charset="utf-8", cte=None, flowed=False, delsp=False, extra=None):
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
    ct = "text/%s; charset=%s" % (subtype, charset if charset.lower() != "us-ascii" else "us-ascii")
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset)
        if delsp:
            ct += "; delsp=yes"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        if cte == "7bit":
            raw.decode("ascii")  # must be ascii
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hdr = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if extra:
        hdr += extra
    return (hdr, body)

def part_attach(filename, ctype, data, disposition="attachment", cte="base64"):
    hdr = ['Content-Type: %s; name="%s"' % (ctype, filename),
           'Content-Disposition: %s; filename="%s"' % (disposition, filename)]
    if cte == "base64":
        hdr.append("Content-Transfer-Encoding: base64")
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        hdr.append("Content-Transfer-Encoding: quoted-printable")
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        hdr.append("Content-Transfer-Encoding: " + cte)
        body = data if data.endswith(b"\n") else data + b"\n"
    return (hdr, body)

def part_rfc822(msg_bytes, filename=None):
    hdr = ["Content-Type: message/rfc822" + ('; name="%s"' % filename if filename else "")]
    if filename:
        hdr.append('Content-Disposition: attachment; filename="%s"' % filename)
    else:
        hdr.append("Content-Disposition: inline")
    body = msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n"
    return (hdr, body)

def part_multi(subtype, parts, boundary, params=""):
    hdr = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)]
    chunks = []
    for ph, pb in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb)
    body = b"".join(chunks) + b"--" + boundary.encode() + b"--\n"
    return (hdr, body)

def message(frm, to, subject, date, msgid, part, cc=None, extra=None, reply_to=None,
            in_reply_to=None, preamble=True):
    h = ["From: " + frm]
    h.append("To: " + ", ".join(to))
    if cc:
        h.append("Cc: " + ", ".join(cc))
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("Subject: " + enc_word(subject))
    h.append("Date: " + date)
    h.append("Message-ID: " + msgid)
    if in_reply_to:
        h.append("In-Reply-To: " + in_reply_to)
        h.append("References: " + in_reply_to)
    if extra:
        for x in extra:
            if x.startswith("Thread-Index: "):
                x = "Thread-Index: " + base64.b64encode(zlib.crc32(msgid.encode()).to_bytes(4, "big") * 5 + b"\x01\x02").decode()
            h.append(x)
    h.append("MIME-Version: 1.0")
    ph, pb = part
    h += ph
    body = pb
    if preamble and ph[0].startswith("Content-Type: multipart/"):
        body = b"This is a multi-part message in MIME format.\n\n" + pb
    return "\n".join(h).encode("utf-8") + b"\n\n" + body

def html_doc(paras, style="font-family:Calibri,Arial,sans-serif;font-size:11pt", head_extra=""):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>' % head_extra,
           '<body><div style="%s">' % style]
    for p in paras:
        if p.startswith("<"):
            out.append(p)
        else:
            out.append("<p>%s</p>" % esc(p).replace("\n", "<br>\n"))
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html_table(rows, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        lines.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)

def csv_bytes(rows, crlf=True):
    import csv
    sio = io.StringIO()
    wr = csv.writer(sio, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        wr.writerow(r)
    return sio.getvalue().encode("utf-8")

FIXED_ZIP_TIME = (2025, 3, 4, 9, 15, 0)

def zip_bytes(files, when=FIXED_ZIP_TIME):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def xml_esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def docx_bytes(paragraphs, title="Document"):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title></cp:coreProperties>' % xml_esc(title))
    body = []
    for p in paragraphs:
        if isinstance(p, list):  # table
            body.append("<w:tbl>")
            for row in p:
                body.append("<w:tr>" + "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xml_esc(c)
                    for c in row) + "</w:tr>")
            body.append("</w:tbl>")
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr/></w:body></w:document>')
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("docProps/core.xml", core), ("word/document.xml", doc)])

def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx_bytes(rows, sheet="Sheet1"):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    out = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col_letter(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(v)))
        out.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(out) + '</sheetData></worksheet>')
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ------------------------------------------------- traditional PKWARE zip crypto
def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t
_CRC = _crc_table()

class _ZipCrypto:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self._upd(b)
    def _crc(self, c, b):
        return (c >> 8) ^ _CRC[(c ^ b) & 0xFF]
    def _upd(self, b):
        self.k0 = self._crc(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xFF)
    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k2 | 2) & 0xFFFF
            k = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ k)
            self._upd(b)
        return bytes(out)

def encrypted_zip_bytes(files, password, seed):
    """Password-protected zip (ZipCrypto, stored) built by hand, deterministic."""
    rng = random.Random(seed)
    dos_time = (9 << 11) | (15 << 5)
    dos_date = ((2025 - 1980) << 9) | (3 << 5) | 4
    out = io.BytesIO()
    central = []
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        deflated = comp.compress(data) + comp.flush()
        zc = _ZipCrypto(password.encode())
        header = bytes(rng.randint(0, 255) for _ in range(11)) + bytes([crc >> 24])
        payload = zc.enc(header) + zc.enc(deflated)
        fn = name.encode()
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 1, 8, dos_time, dos_date,
                              crc, len(payload), len(data), len(fn), 0) + fn + payload)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 1, 8, dos_time, dos_date,
                                   crc, len(payload), len(data), len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(central), len(central), len(cd), cd_off, 0))
    return out.getvalue()

# ------------------------------------------------------- fake ciphertext blobs
def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def pgp_armored(seed, n=900):
    rng = random.Random(seed)
    # packet tag 1 (PKESK, old format) + tag 18 (SEIPD) look-alike
    data = bytes([0x85, 0x01, 0x0c, 0x03]) + bytes(rng.randint(0, 255) for _ in range(n))
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    ck = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + ck +
            "\n-----END PGP MESSAGE-----\n")

def smime_blob(seed, n=1600):
    rng = random.Random(seed)
    oid_env = bytes([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03])
    inner = bytes(rng.randint(0, 255) for _ in range(n))
    content = bytes([0xa0, 0x82]) + len(inner).to_bytes(2, "big") + inner
    body = oid_env + content
    return bytes([0x30, 0x82]) + len(body).to_bytes(2, "big") + body

# -------------------------------------------------------------- writing files
MANIFEST = []

def write(label, num, family, data, mail_from, rcpt, auth_user, shape, note):
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    os.makedirs(label, exist_ok=True)
    with open(fn, "wb") as f:
        f.write(data)
    MANIFEST.append({"file": fn, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                     "auth_user": auth_user, "shape": shape, "family": family, "note": note})

def finish():
    with open("manifest-%s.jsonl" % W, "w") as f:
        for m in MANIFEST:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")

def email_of(a):
    return a[a.index("<") + 1:a.index(">")] if "<" in a else a

# ------------------------------------------------------------ people & helpers
SCHOOL = "Thameside Park Academy"

def mid(style, seed, domain="school.example"):
    r = random.Random("mid-%s-%s" % (style, seed))
    hx = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    if style == "outlook":
        box = "LO%dP%dMB%04d" % (r.randint(2, 6), r.randint(100, 299), r.randint(1000, 9999))
        return "<%s%s@%s.eurprd.%s>" % (box, hx(24), box, domain)
    if style == "gmail":
        al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+"
        return "<CA%s@mail.%s>" % ("".join(r.choice(al) for _ in range(40)), domain)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), domain)
    if style == "web":
        return "<%d.%d.%s@webmail.%s>" % (r.randint(1700000000, 1760000000), r.randint(10000, 99999), hx(6).lower(), domain)
    return "<%s.%s@%s>" % (hx(12).lower(), hx(8).lower(), domain)

OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + "AdqN" + "x7Yk2Qm1RkGq3bVn8Lw0=="]
IPHONE = ["X-Mailer: iPhone Mail (21E236)"]
ANDROID = ["X-Mailer: Outlook for Android"]
TBIRD = ["User-Agent: Mozilla Thunderbird"]

# =================================================================== CHAIN
# positives 001-030, negatives 031-060

def P(num, fam, data, mf, rc, au, shape, note):
    write("positive", num, fam, data, mf, rc, au, shape, note)

def N(num, fam, data, mf, rc, au, shape, note):
    write("negative", num, fam, data, mf, rc, au, shape, note)

# ---- 001 curse chain, pupil, plain
t = """ok so i didnt believe this either but my cousin got it last week and didnt send it on and the next day her phone screen cracked for NO reason.

There was a girl called Lily who died at a sleepover in 2009 because everyone ignored her. If you dont send this to 15 people before midnight tonight she will be stood at the end of your bed at 3:33am. Its happened to 4 people already.

send to 5 people = bad luck for a year
send to 10 people = you are safe
send to 15 people = your crush will message you tomorrow

DONT BREAK THE CHAIN. DONT TELL A TEACHER OR IT DOESNT COUNT

im sorry i had to send it to u i didnt want to risk it"""
frm = "24rahman.i@students.school.example"
to = ["24ali.s@students.school.example", "24brown.t@students.school.example", "24chowdhury.n@students.school.example",
      "24dasilva.m@students.school.example", "24ekwueme.j@students.school.example"]
P(1, "curse-chain", message(addr("Ibrahim Rahman", frm), to, "READ THIS OR ELSE!!!!!", "Mon, 13 Jan 2025 19:42:10 +0000",
  mid("outlook", 1), part_text(t)), frm, to, frm, "plain", "Year 8 pupil forwards a ghost-curse chain to classmates: send to 15 before midnight")

# ---- 002 kidnap hoax, inbound parent, wrapped
t = """Hello,

I got this on the Year 7 parents WhatsApp last night and I am very worried. Is it true? Please can the school send it out to all parents so everyone knows, the message says to forward it to everybody.

Thank you
Mrs Hussain (Aisha's mum 7K)

--- message below ---

*URGENT PLEASE READ AND SHARE* !!

A man in a grey transit van with no number plate tried to grab a girl outside the Co-op on Romford Road yesterday at 3.30. He offered her sweets and when she ran he drove off. The police have said there is a gang going round East London taking children and they are NOT telling the public because they dont want panic. My friends sister is a police officer and she confirmed it.

DO NOT let your kids walk home alone this week. Forward this to every parent group you are in. Its better to be safe than sorry. If you dont share and something happens you will never forgive yourself.

PLEASE SHARE TO ALL GROUPS"""
frm = "fatima.hussain@example.com"
to = ["reception@school.example"]
P(2, "kidnap-hoax", message(addr("Fatima Hussain", frm), [addr("Reception", to[0])], "Please send this to all parents - urgent",
  "Thu, 06 Feb 2025 07:18:44 +0000", mid("gmail", 2, "example.com"), part_text(wrap_text(t, 72))),
  frm, to, None, "wrapped", "Parent pastes a WhatsApp van-kidnapping scare and asks the school to forward it to all parents")

# ---- 003 virus hoax, staff to allstaff, qp
t = """Hi all,

My husband’s work sent this round so passing it on – better to be safe!

**********
WARNING from the Cyber Crime Unit: in the next few days you may receive a video on WhatsApp called “Argentina Is Doing This”. DO NOT OPEN IT. It hacks your phone in 10 seconds and there is no way to stop it – it takes all your banking details and photos. It was announced on BBC Radio 4 this morning.

Also be careful of a file called “Martinelli” – same thing.

Please tell everyone you know and forward this message to all your contacts as quickly as possible!!
**********

Lorraine
Teaching Assistant – Learning Support"""
frm = "l.pike@school.example"
to = ["allstaff@school.example"]
P(3, "virus-hoax", message(addr("Lorraine Pike", frm), [addr("All Staff", to[0])], "FW: WARNING – do not open this video!!",
  "Tue, 21 Jan 2025 12:05:31 +0000", mid("outlook", 3), part_text(t, cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "qp", "TA forwards the 'Martinelli / Argentina video' WhatsApp virus hoax to all staff")

# ---- 004 crypto pyramid, inbound html
paras = [
 "<h2 style=\"color:#d4a017\">&#128176; TURN &pound;100 INTO &pound;800 IN 7 DAYS &#128176;</h2>",
 "Dear Friend,",
 "You have been personally invited by a member of the <b>Golden Flower Crypto Circle</b>. This is NOT a scam, it is a community of people helping each other become financially free.",
 "<b>How it works:</b><br>1. You gift &pound;100 in USDT to the person at the centre of your flower.<br>2. You invite just 2 friends, they each invite 2.<br>3. When your flower has 8 new petals YOU move to the centre and receive &pound;800!",
 "Over 3,000 teachers, nurses and parents in London have already doubled their money. Teachers love it because it works around school hours.",
 "<b>Forward this email to at least 10 people in your contacts today</b> &ndash; the more people you send it to, the faster your flower fills. Flowers that do not fill in 14 days are closed and gifts are not returned.",
 "<a href=\"http://golden-flower-circle.example/join?ref=TPA22\">JOIN MY FLOWER NOW</a>",
 "Blessings and abundance,<br>Grace &amp; the Golden Flower family",
]
frm = "abundance@golden-flower-circle.example"
to = ["k.haddad@school.example", "r.sharma@school.example", "s.fitzgerald@school.example"]
P(4, "pyramid-crypto", message(addr("Golden Flower Circle", frm), to, "You've been invited - £100 becomes £800",
  "Sat, 08 Mar 2025 10:22:09 +0000", mid("web", 4, "golden-flower-circle.example"),
  part_text(html_doc(paras, "font-family:Arial;font-size:12pt"), subtype="html", cte="quoted-printable")),
  frm, to, None, "html", "Inbound HTML 'flower' crypto gifting pyramid asking recipient to forward to 10 people")

# ---- 005 gift circle, internal alternative
t = """Hi ladies!!

I've been invited to join a Secret Sister gift exchange and I thought of you lot straight away. It's a lovely way to cheer everyone up before half term.

All you do is buy ONE gift worth about £10 and post it to the person at number 1 on the list below. Then copy this email, take number 1 off, move my name up to number 1 and put yours at number 2, and send it to 6 friends. You should get up to 36 gifts back!!

1. Debbie Carr, 14 Tamworth Close, Ilford
2. Sandra Pryce (me!)

Please only join if you'll definitely do it - it doesn't work if someone breaks the chain and it's not fair on everyone else. Need to send it on by Friday.

Sandra x
Cover Supervisor"""
html = html_doc(t.split("\n\n"))
frm = "s.pryce@school.example"
to = ["m.hall@school.example", "l.pike@school.example", "b.santos@school.example", "j.whitaker@school.example", "s.doyle@school.example", "t.ahmed@school.example"]
P(5, "gift-circle", message(addr("Sandra Pryce", frm), to, "Secret Sister gift exchange!! 🎁",
  "Wed, 05 Feb 2025 16:48:02 +0000", mid("outlook", 5),
  part_multi("alternative", [part_text(t, cte="quoted-printable"), part_text(html, subtype="html", cte="quoted-printable")], "_000_LO4P265MB5s2c4f_"),
  extra=OUTLOOK), frm, to, frm, "alternative", "Cover supervisor sends a secret-sister gift pyramid to six colleagues")

# ---- 006 exam leak chain, pupil mobile
t = """yo the gcse maths paper 3 higher is LEAKED fr, my brothers mate works at the exam board. send this to 10 ppl from ur year and he'll dm u the link to the pdf on snap. if u dont share it he can see and the link gets deleted for u

dont tell sir

Sent from my iPhone"""
frm = "20okonkwo.d@students.school.example"
to = ["20patel.r@students.school.example", "20hughes.l@students.school.example", "20mensah.k@students.school.example",
      "20begum.f@students.school.example", "20novak.a@students.school.example", "20clarke.j@students.school.example"]
P(6, "exam-leak-chain", message(frm, to, "maths p3 leak 🔥🔥", "Sun, 08 Jun 2025 21:13:40 +0100", mid("apple", 6, "students.school.example"),
  part_text(t, charset="us-ascii", flowed=True, delsp=True), extra=IPHONE),
  frm, to, frm, "mobile", "Year 11 pupil spreads a fake GCSE maths leak chain: share with 10 to get the link")

# ---- 007 prayer chain, inbound, flowed
t = """Dear brothers and sisters,

This is a prayer chain started by a sister in Lagos and it has gone round the world many times. Please take one minute to say this prayer for our children and their exams:

"Lord, cover our children with your protection, give them wisdom and success, keep them from harm on the streets and in their schools. Amen."

Now send this message to 12 people within 12 hours. Do not delete it. Within 4 days you will receive a miracle in your family. Pastor M. received this and sent it on and his son got into medical school. A man in Peckham deleted it and his business failed within the week.

Please do not break this chain, God is watching.

Mrs Adebayo-Cole
(Tolu's mum, Year 10)"""
frm = "mama.tolu@example.org"
to = ["f.oladipo@school.example", "c.barnes@school.example"]
P(7, "prayer-chain", message(addr("Bisi Adebayo-Cole", frm), to, "Prayer for our children - please pass on 🙏",
  "Sun, 27 Apr 2025 20:31:55 +0100", mid("apple", 7, "example.org"), part_text(flow_text(t), flowed=True)),
  frm, to, None, "flowed", "Parent sends staff a prayer chain: send to 12 people in 12 hours or misfortune")

# ---- 008 sick child appeal, reception forward inline
t = """So sad - this came in from one of our parents this morning. Please pass it on to everyone you know, it only takes a second xx

Sharon

---------- Forwarded message ---------
From: Naz K <nazk1984@example.net>
Date: Mon, 17 Mar 2025 at 07:52
Subject: please forward, it costs nothing
To: <reception@school.example>


This is Zara Malik, she is 4 years old and has leukaemia. Her family cannot afford the treatment in America which is her only chance. Facebook and Cancer Research UK have agreed to donate 50p for every time this message is forwarded or shared.

Zara's dad: "Please don't ignore this. It could be your child."

Just forward it to everyone in your address book. Every forward counts. Only heartless people will delete this.

Thank you and God bless"""
frm = "s.doyle@school.example"
to = ["allstaff@school.example"]
P(8, "sick-child-appeal", message(addr("Sharon Doyle", frm), [addr("All Staff", to[0])], "Fwd: please forward, it costs nothing",
  "Mon, 17 Mar 2025 08:26:17 +0000", mid("outlook", 8), part_text(t), extra=OUTLOOK),
  frm, to, frm, "forward-inline", "Receptionist forwards a fake 'donate 50p per forward' sick-child appeal to all staff")

# ---- 009 privacy hoax, pupil base64
t = """⚠️⚠️ NEW INSTAGRAM RULE STARTS TOMORROW ⚠️⚠️

Where they can use your photos and DMs in court cases against you. Everything you have ever posted becomes public from tomorrow, even deleted messages and photos.

I do not give Instagram, Meta or any entities associated with Instagram permission to use my pictures, information, messages or posts, both past and future. By this statement I give notice to Instagram it is strictly forbidden to disclose, copy, distribute, or take any other action against me based on this profile and/or its contents. The violation of privacy can be punished by law.

NOTE: Instagram is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once it will be tactically allowing the use of your photos.

DONT SHARE, COPY AND PASTE 👇 and send to everyone in ur contacts so they r protected too"""
frm = "23mahmood.a@students.school.example"
to = ["23lewis.e@students.school.example", "23osei.k@students.school.example", "23wong.j@students.school.example", "23farah.h@students.school.example"]
P(9, "privacy-hoax", message(addr("Amira Mahmood", frm), to, "READ!!! instagram new rule", "Tue, 01 Oct 2024 18:02:33 +0100",
  mid("outlook", 9), part_text(t, cte="base64")), frm, to, frm, "base64", "Year 9 pupil spreads the 'I do not give Meta permission' copy-and-paste privacy hoax")

# ---- 010 friendship chain, pupil plain
t = """send this to all ur friends INCLUDING ME. if u get...

0 back - nobody likes u sorry :(
1-2 back - u have a few ok friends
3-4 back - ur popular
5+ back - u have the best friends ever and someone has a crush on u!!

i got 6 back last time lol. u have 10 mins or u will have no friends for a year. GO GO GO

love u all
Maya xoxo"""
frm = "25okafor.m@students.school.example"
to = ["25adeyemi.p@students.school.example", "25begum.r@students.school.example", "25collins.s@students.school.example",
      "25dumitru.a@students.school.example", "25evans.g@students.school.example", "25francis.t@students.school.example",
      "25garcia.l@students.school.example"]
P(10, "friendship-chain", message(addr("Maya Okafor", frm), to, "send this to ur bffs <3", "Fri, 14 Feb 2025 15:41:20 +0000",
  mid("outlook", 10), part_text(t)), frm, to, frm, "plain", "Year 7 friendship chain: send to all friends incl. me, count how many come back")

# ---- 011 forward-reward hoax, inbound wrapped
t = """Hi Ken,

I know this sounds daft but Pauline at church swears her brother-in-law got a cheque for over a thousand dollars from this last year. Worth a go! Send it to everyone at your school, teachers have big address books.

Love, Auntie Jean

>> Dear Friends,
>>
>> Please do not take this for a junk letter. Bill Gates is sharing his fortune. If you ignore this you will repent later. Microsoft and AOL are now the largest Internet companies and in an effort to make sure that Internet Explorer remains the most widely used program, Microsoft and AOL are running an e-mail beta test.
>>
>> When you forward this e-mail to friends, Microsoft can and will track it (if you are a Microsoft Windows user) for a two week time period. For every person that you forward this e-mail to, Microsoft will pay you $245.00. For every person that you sent it to that forwards it on, Microsoft will pay you $243.00 and for every third person that receives it, you will be paid $241.00. Within two weeks, Microsoft will contact you for your address and then send you a cheque.
>>
>> I thought this was a scam myself, but two weeks after receiving this e-mail and forwarding it on, Microsoft contacted me for my address and within days I received a cheque for $24,800.00.
>>
>> FORWARD TO EVERYONE IN YOUR ADDRESS BOOK"""
frm = "jean.mcdermott@example.net"
to = ["k.obrien@school.example"]
P(11, "forward-reward-hoax", message(addr("Jean McDermott", frm), to, "Fw: Fw: FW: Bill Gates is sharing his fortune!!",
  "Sat, 16 Nov 2024 11:03:48 +0000", mid("web", 11, "example.net"), part_text(wrap_text(t, 74))),
  frm, to, None, "wrapped", "Relative sends a teacher the old 'Microsoft pays $245 per forward' hoax to spread round school")

# ---- 012 knife crime hoax, staff outbound to football club parents, qp
t = """Hi all – passing this on from the Under-13s group, please read and share with any parents you know.

‼️ WARNING TO ALL PARENTS ‼️
The Met Police have confirmed that this Saturday is “gang initiation day”. New members have been told they must stab a random person in Stratford Westfield, Ilford Exchange or Romford town centre to be accepted into the gang. They are targeting teenagers on their own.

DO NOT let your children go to shopping centres this weekend. Please forward to every parent and every WhatsApp group you are in – the police can’t put it on the news because it would cause panic.

Copy and paste, don’t just share!!

Eamon Quinn
PE Department / U13 coach"""
frm = "e.quinn@school.example"
to = ["u13parents@eastside-juniors-fc.example", "dean.mortimer@example.com"]
P(12, "knife-crime-hoax", message(addr("Eamon Quinn", frm), to, "Please read – warning for this Saturday",
  "Thu, 20 Mar 2025 21:47:02 +0000", mid("outlook", 12), part_text(t, cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "qp", "PE teacher forwards a 'gang initiation day' knife-crime hoax to football-club parents outside the school")

# ---- 013 urban legend perfume, inbound cp1252
t = """Dear Office,

Please could you put this in the newsletter or send it to all the mums, I’ve been told it’s real.

“Ladies please be careful!! A man approached a lady in the car park at Asda Beckton and asked if she wanted to smell a free perfume sample. It’s not perfume, it’s ETHER. She nearly passed out and they tried to drag her into a car. This is the new way they are abducting women and girls in London.

Forward this to every woman you know – mothers, daughters, sisters, friends. If you care about them you will send it on. Don’t let this be you.”

Thanks – Mrs D. Okoro"""
frm = "dokoro.family@example.com"
to = ["office@school.example"]
P(13, "urban-legend", message(addr("Dorcas Okoro", frm), to, "Warning for all mums – please share", "Wed, 02 Oct 2024 09:14:27 +0100",
  mid("web", 13, "example.com"), part_text(t, charset="windows-1252", cte="quoted-printable")),
  frm, to, None, "windows-1252", "Parent asks the office to circulate the 'ether perfume sample in the car park' urban legend")

# ---- 014 good luck chain, staff internal, iso-8859-1 8bit
t = """Hi both - don't laugh, my nan sent me this and I'm too superstitious to delete it. Sorry!

WITH LOVE ALL THINGS ARE POSSIBLE

This letter has been sent to you for good luck. The original is in New England. It has been around the world nine times. The luck has now been sent to you. You will receive good luck within four days of receiving this letter, provided you in turn send it on. This is no joke.

Do not send money. Send copies to people you think need good luck. Do not keep this letter. It must leave your hands within 96 hours.

An RAF officer received £70,000. Joe Elliot received £40,000 and lost it because he broke the chain. While in the Philippines, Gene Welch lost his wife 51 days after receiving this letter - he had failed to circulate it. However before her death he received £7,755,000.

Please send twenty copies and see what happens in four days. Constantine Dias received the chain in 1953. He asked his secretary to make twenty copies and send them out. A few days later he won a lottery of two million euros in a café in Lisbon. Carlo Daddit, an office employee, forgot it had to leave his hands within 96 hours. He lost his job. Later, after finding the letter again, he mailed twenty copies; a few days later he got a better job.

Remember, no money. Do not ignore this. IT WORKS.

St. Jude"""
frm = "m.hall@school.example"
to = ["b.santos@school.example", "s.pryce@school.example"]
P(14, "good-luck-chain", message(addr("Maureen Hall", frm), to, "good luck letter (sorry!)", "Tue, 10 Sep 2024 13:22:51 +0100",
  mid("other", 14), part_text(t, charset="iso-8859-1", cte="8bit"), extra=TBIRD),
  frm, to, frm, "iso-8859-1", "Catering manager forwards the classic St Jude 'send twenty copies in 96 hours' luck letter")

# ---- 015 angel chain in docx, pupil attachment
doc = docx_bytes([
  "~*~ ANGEL OF FRIENDSHIP ~*~",
  "An angel has been sent to watch over you. She has been passed from friend to friend since 1998.",
  "Tonight close your eyes and make a wish. Then send this document to 7 people in the next 7 minutes.",
  "If you send it to 7 people your wish will come true on the 7th day.",
  "If you send it to 3 people something good will happen next week.",
  "If you break the chain the angel will leave and you will have 7 years of bad luck.",
  "A girl called Jessica didn't send it and her dog died the next day. A boy called Sam sent it and his parents bought him a PS5.",
  "Don't be the one who breaks it. xxx",
], title="angel chain")
t = """hiii i got this from my cousin at another school, u have to open it and send to 7 ppl in 7 mins!!! sorry its a word doc my phone wont let me copy it

Chloe"""
frm = "24mensah.c@students.school.example"
to = ["24ahmed.z@students.school.example", "24bailey.k@students.school.example", "24cooper.e@students.school.example",
      "24dos-santos.l@students.school.example", "24el-amin.y@students.school.example", "24fraser.b@students.school.example", "24gill.h@students.school.example"]
P(15, "angel-chain", message(addr("Chloe Mensah", frm), to, "angel chain OPEN IT", "Thu, 28 Nov 2024 20:09:13 +0000", mid("outlook", 15),
  part_multi("mixed", [part_text(t), part_attach("angel chain.docx", DOCX_CT, doc)], "_004_angel_chain_boundary_"), extra=OUTLOOK),
  frm, to, frm, "attachment-docx", "Year 8 pupil sends an 'angel of friendship' send-to-7-in-7-minutes chain as a Word attachment")

# ---- 016 pass-it-on chain zipped, inbound
inner = """A LITTLE MESSAGE FOR EVERY TEACHER

To the teacher who stays late, who buys the glue sticks with her own money,
who remembers every child's name and every child's story...

This message has travelled from school to school since 2012.
It has been read by over 2 million teachers.

THE RULES:
 - Read it. Smile.
 - Send it on to 10 teachers before the bell on Friday.
 - Do NOT keep it to yourself.

If it comes back to you within a week, you are truly appreciated.
Teachers who break the chain will have the worst Ofsted of their career!!
(Only joking... or am I?)

Pass it on. You never know who needs it today.
"""
z = zip_bytes([("Message for teachers/READ ME - pass it on.txt", inner),
               ("Message for teachers/poem.txt", "Teachers plant seeds that grow forever.\nPass it on!\n")])
t = """Hello lovely people at Thameside!

My friend who teaches in Croydon sent me this zip – it's a lovely little message for teachers, please open it and pass it on as it says. Let's see if it gets back to me!

Best wishes,
Val (retired, Year 3, St Saviour's)"""
frm = "val.thornbury@example.org"
to = ["staffroom@school.example"]
P(16, "pass-it-on-chain", message(addr("Val Thornbury", frm), to, "A little message for every teacher - please pass it on!",
  "Sun, 19 Jan 2025 17:30:00 +0000", mid("web", 16, "example.org"),
  part_multi("mixed", [part_text(t, cte="quoted-printable"), part_attach("Message for teachers.zip", "application/zip", z)], "----=_Part_11853_21190.1737307800")),
  frm, to, None, "zip", "Retired teacher sends a zipped 'pass it on to 10 teachers before Friday' chain to the staffroom list")

# ---- 017 surveillance hoax, staff forwards rfc822
inner_t = """IMPORTANT!! From tomorrow there are new communication regulations.

All calls are recorded. All phone call recordings are saved. WhatsApp is monitored. Twitter is monitored. Facebook is monitored. All social media and forums are monitored.

Inform those who do not know. Your devices are connected to ministry systems. Take care not to send unnecessary messages. Inform your children, relatives and friends to take care.

Do not forward any posts or videos about politics or the government. It is now an offence and arrest without warrant.

Please forward this to all your groups and family members. ✔ = sent, ✔✔ = reached, blue ✔✔ = read, red ✔ = government has read your message."""
inner = message(addr("Uncle Rafiq", "rafiq.chaudhry@example.com"), ["pvashisht@example.net", "amjad.c@example.com", "nadia.kapoor@school.example"],
                "Fwd: NEW RULES FROM TOMORROW!!", "Sat, 22 Feb 2025 08:01:19 +0000", mid("gmail", 170, "example.com"),
                part_text(inner_t, cte="quoted-printable"))
t = """Not sure if this is true but my uncle sent it, worth everyone knowing I guess?? Especially with the kids on WhatsApp. Send it round to your groups.

N"""
frm = "n.kapoor@school.example"
to = ["k.haddad@school.example", "t.ahmed@school.example", "r.sharma@school.example", "g.adeyemi@school.example"]
P(17, "surveillance-hoax", message(addr("Nadia Kapoor", frm), to, "FW: NEW RULES FROM TOMORROW!!", "Sat, 22 Feb 2025 10:44:36 +0000",
  mid("outlook", 17), part_multi("mixed", [part_text(t), part_rfc822(inner, "NEW RULES FROM TOMORROW!!.eml")], "_005_fwdrules_"), extra=OUTLOOK),
  frm, to, frm, "forward-rfc822", "Teacher forwards (as attached message) the 'all calls recorded from tomorrow' WhatsApp hoax and asks colleagues to pass it on")

# ---- 018 teacher appreciation chain reply
t = """Aww thanks Bev, done! I've sent it to 10 people like it says - pasting it back in below for anyone on here who missed it. Pass it on!!

Kemi

From: Beverley Ansah <b.ansah@school.example>
Sent: 04 October 2024 07:58
To: Kemi Adewale <k.adewale@school.example>; Tariq Ahmed <t.ahmed@school.example>; Lorraine Pike <l.pike@school.example>
Subject: for all my teacher friends ❤️

> For World Teachers' Day!!
>
> This is for every teacher who has ever cried in the car park, marked books
> at midnight and still turned up smiling at 8am.
>
> Send this to 10 teachers you appreciate. If you get it back 3 times you
> are loved more than you know. If you ignore it, you'll get a Year 9 cover
> lesson period 5 every Friday until Christmas 😂
>
> DON'T BREAK THE CHAIN - let's see how far it goes round London!!
>
> Bev xx"""
frm = "k.adewale@school.example"
to = ["b.ansah@school.example", "t.ahmed@school.example", "l.pike@school.example", "h.goldberg@school.example", "e.quinn@school.example"]
P(18, "teacher-appreciation-chain", message(addr("Kemi Adewale", frm), to, "RE: for all my teacher friends ❤️", "Fri, 04 Oct 2024 12:31:09 +0100",
  mid("outlook", 18), part_text(t, cte="quoted-printable"), in_reply_to=mid("outlook", 180), extra=OUTLOOK),
  frm, to, frm, "reply-quoted", "Teacher replies-all to a 'send to 10 teachers, don't break the chain' message and passes it on")

# ---- 019 challenge scare, staff mobile
t = """Got this from my sisters school in Barking. FORWARD TO ALL PARENTS!! There's a new challenge on TikTok and YouTube Kids where a character tells kids to hurt themselves and not tell their parents, it's hidden inside cartoons. 3 kids in Essex already in hospital. Copy and paste to your status and send to every parent you know, the more that share the more kids are safe 🙏🙏

Get Outlook for Android"""
frm = "t.ahmed@school.example"
to = ["allstaff@school.example"]
P(19, "challenge-scare", message(addr("Tariq Ahmed", frm), to, "PLS SHARE", "Sun, 12 Jan 2025 22:17:45 +0000", mid("outlook", 19),
  part_text(t, charset="utf-8", cte="quoted-printable"), extra=ANDROID),
  frm, to, frm, "mobile", "Staff member on his phone forwards an unverified 'deadly cartoon challenge' scare telling everyone to copy to their status")

# ---- 020 snapchat shutdown, pupil html
paras = [
 "<b>SNAPCHAT IS SHUTTING DOWN ON MONDAY!!!</b>",
 "the servers are full because too many people joined. they are going to delete all inactive accounts. to show you are an active user you HAVE to send this to 15 people. if you don't your streaks will be deleted and your account will cost &pound;4.99 a month.",
 "this is from the snapchat CEO. it's real, it was on the news.",
 "i've sent mine so i'm safe. your turn 👻👻👻",
]
frm = "23nowak.z@students.school.example"
to = ["23ahmed.s@students.school.example", "23baker.o@students.school.example", "23charles.d@students.school.example", "23dhillon.p@students.school.example"]
P(20, "account-deletion-hoax", message(addr("Zofia Nowak", frm), to, "snap is shutting down???", "Sat, 15 Mar 2025 12:02:44 +0000",
  mid("outlook", 20), part_text(html_doc(paras, "font-family:Verdana;font-size:10pt"), subtype="html", cte="quoted-printable")),
  frm, to, frm, "html", "Pupil passes on 'Snapchat shutting down, send to 15 or lose your streaks' hoax")

# ---- 021 forward-only petition, inbound alternative
t = """Dear teachers,

Please sign and pass on. They want to take away free bus travel for under 16s in London!!

HOW TO SIGN: Copy this whole email, add your name and area to the bottom of the list, and forward it to at least 20 people. When the list reaches 500 names, whoever is number 500 must send it to the Prime Minister and the Mayor. DO NOT start a new list, just keep adding. If you break it, all the names before you are wasted.

Save Zip Oyster cards for our children!!

1. Michelle T, Walthamstow
2. Kwame A, Leyton
3. Rosa F, Hackney
...
361. Gurpreet S, Ilford
362. Lucy W, Stratford
363. Amanda Reid, Forest Gate

Thank you, please keep it going!!
Amanda (Year 8 parent)"""
paras = t.split("\n\n")
frm = "amanda.reid77@example.com"
to = ["l.campbell@school.example", "reception@school.example"]
cc = ["pta@school.example"]
P(21, "forward-petition", message(addr("Amanda Reid", frm), to, "PETITION - save free bus travel for kids - add your name & forward!",
  "Tue, 03 Jun 2025 19:55:30 +0100", mid("gmail", 21, "example.com"),
  part_multi("alternative", [part_text(t), part_text(html_doc(paras), subtype="html", cte="quoted-printable")], "000000000000a1f2b3061c8d77e4"),
  cc=cc), frm, to + cc, None, "alternative", "Parent sends a list-petition that only works by adding a name and forwarding to 20 people")

# ---- 022 money flip, pupil base64
t = """guys this is actually legit, my cousin did it last week. u send £20 to this guy on cashapp/paypal ($flipkingldn) and he flips it to £200 within the hour using crypto trading. he only does it for people who get referred tho

to unlock ur flip u have to send this message to 5 ppl and screenshot it to him. the more ppl u send to the bigger ur flip. 10 ppl = £500

limited spots till friday 💸💸💸 dont be the one who missed out"""
frm = "21johnson.r@students.school.example"
to = ["21abbasi.m@students.school.example", "21bello.t@students.school.example", "21cruz.d@students.school.example", "21dube.n@students.school.example", "21edwards.k@students.school.example"]
P(22, "money-flip", message(addr("Reece Johnson", frm), to, "easy money fr 💸", "Wed, 29 Jan 2025 16:12:08 +0000", mid("outlook", 22),
  part_text(t, cte="base64")), frm, to, frm, "base64", "Pupil spreads a 'send £20, get £200' money-flip scheme that requires forwarding to 5 people")

# ---- 023 gifting circle, inbound cp1252
t = """Hi Rekha,

Hope you’re well lovely! I know we haven’t spoken since uni but I really wanted to tell you about something that’s changed my life. It’s a women’s empowerment circle – women lifting women – and there are some amazing teachers and nurses in it.

You “gift” £1,400 to the woman at the centre of the mandala (it’s a gift, not an investment, so it’s totally legal!). Then you bring in two sisters, they bring in two each, and when the eight fire positions are full you move to the centre and receive 8 × £1,400 = £11,200. Then the circle splits and it starts again.

It only works if everybody passes the invitation on, so please forward this to any women you think are ready for abundance. Spots in our circle are filling up fast – I need an answer by Sunday.

Sending love and light,
Jo x

PS: please don’t discuss with husbands – they never understand the energy of it!"""
frm = "jo.ellison.coach@example.net"
to = ["r.patel-rhodes@school.example"]
P(23, "gifting-circle", message(addr("Jo Ellison", frm), to, "An opportunity I had to share with you 💜", "Thu, 23 Jan 2025 21:40:11 +0000",
  mid("apple", 23, "example.net"), part_text(t, charset="windows-1252", cte="8bit")),
  frm, to, None, "windows-1252", "Old friend invites the SENCo into a women's 'mandala' gifting circle to be passed on")

# ---- 024 closure hoax, inbound latin1
t = """Dear Mr Campbell,

A message is going round all the parent groups saying the council has ordered every school in the borough to close on Friday because of the gas leak on Barking Road. It says to forward it to all parents straight away because the schools "won't tell you until the last minute". Here it is:

"OFFICIAL - Due to a major gas leak, ALL schools in the borough will be closed on Friday 7th February. Parents must make other arrangements. Schools have been told not to announce it yet. Please forward to every parent you know so nobody is caught out - copy and paste, don't screenshot. £500 fine if your child is found outside during the shutdown."

Can you please pass it on to all the Year 9 parents as well? Merci,

Mme Élodie Bernard (mère de Lucas, 9R)"""
frm = "elodie.bernard@example.org"
to = ["l.campbell@school.example"]
P(24, "closure-hoax", message(addr("Élodie Bernard", frm), to, "School closure Friday?? please forward to parents", "Wed, 05 Feb 2025 18:20:47 +0000",
  mid("web", 24, "example.org"), part_text(t, charset="iso-8859-1", cte="quoted-printable")),
  frm, to, None, "iso-8859-1", "Parent relays a fake 'all schools closing Friday, forward to every parent' message and asks HoY to pass it on")

# ---- 025 clown scare, pupil forward inline
t = """omg guys look at this!!! my sister sent it. stay inside tonight and SEND IT TO EVERYONE

---------- Forwarded message ---------
From: Jade <jadeyxx@example.com>
Date: Thu, 31 Oct 2024, 16:02
Subject: CLOWNS
To:

WARNING there are people dressed as clowns with knives in Victoria Park, Mile End and Stratford tonight. They are chasing kids and one boy got stabbed in Hackney already. It's a "purge" for halloween. DONT GO OUT. Send this to everyone you know so they stay safe, if you dont send it and someone gets hurt its on you!!!!"""
frm = "22yilmaz.e@students.school.example"
to = ["22ashworth.b@students.school.example", "22bhatti.s@students.school.example", "22cole.r@students.school.example",
      "22diallo.a@students.school.example", "22eze.c@students.school.example", "22finch.o@students.school.example"]
P(25, "clown-scare", message(addr("Elif Yilmaz", frm), to, "Fwd: CLOWNS", "Thu, 31 Oct 2024 16:20:35 +0000", mid("outlook", 25),
  part_text(t)), frm, to, frm, "forward-inline", "Pupil forwards a Halloween 'clowns with knives, send to everyone' scare to classmates")

# ---- 026 phone-number hoax, inbound rfc822 forward
inner_t = """PLEASE PASS THIS ON TO EVERYBODY!!!

If you get a call from any number starting +375, +381 or +563 DO NOT ANSWER. They are calling from Belarus and Serbia. If you answer, even for 3 seconds, they copy your SIM card and all the contacts on your phone and take money from your bank.

This has been confirmed by Vodafone and BT this morning. They can't stop it.

Forward this to all your family and friends, especially elderly parents. It only takes a minute."""
inner = message(addr("Auntie Pam", "pam.wilkins44@example.com"), ["undisclosed-recipients:;"], "PLEASE PASS THIS ON!!",
                "Mon, 10 Mar 2025 06:48:10 +0000", mid("web", 260, "example.com"), part_text(inner_t))
t = """Dear Mr Okafor

My mum sent me this and I thought you might want to put it on the school website or send it to the families. Lots of our parents won't know about it.

Kind regards
Gary Wilkins"""
frm = "gary.wilkins@btmail.example"
to = ["d.okafor@school.example"]
P(26, "phone-scam-hoax", message(addr("Gary Wilkins", frm), to, "Fwd: PLEASE PASS THIS ON!!", "Mon, 10 Mar 2025 09:12:55 +0000",
  mid("gmail", 26, "example.com"), part_multi("mixed", [part_text(t), part_rfc822(inner, "PLEASE PASS THIS ON!!.eml")], "000000000000b7c1d0061d3f5e2a")),
  frm, to, None, "forward-rfc822", "Parent forwards as attachment a 'don't answer +375 numbers, they clone your SIM' hoax for the school to spread")

# ---- 027 crush chain reply, pupil
t = """I GOT THIS TOO!!!! sending it back 2 u so it counts x

> -----Original Message-----
> From: Leah Tanaka <24tanaka.l@students.school.example>
> Sent: Tuesday, May 13, 2025 7:48 PM
> Subject: crush chain 💕
>
> Type your crush's initials at the bottom of this email then send it to
> 12 people. Tomorrow at 12:12 they will ask you out or message you.
> If you dont send it, they will go out with your best friend instead!!!!
> This is NOT a joke it worked for my sister
>
> LT
> JB
> ??"""
frm = "24quinn.s@students.school.example"
to = ["24tanaka.l@students.school.example", "24adu.b@students.school.example", "24hall.n@students.school.example",
      "24iqbal.m@students.school.example", "24jones.w@students.school.example"]
P(27, "crush-chain", message(addr("Sophie Quinn", frm), to, "RE: crush chain 💕", "Tue, 13 May 2025 20:03:01 +0100", mid("outlook", 27),
  part_text(t), in_reply_to=mid("outlook", 270)), frm, to, frm, "reply-quoted", "Pupil replies to and passes on a 'send to 12, crush will ask you out' chain")

# ---- 028 pyramid scheme, staff flowed
t = """Hi everyone,

Sorry for the all-staff-ish email, I've only sent it to people I trust! I've joined something called the Asset Builder Club and I've already made my money back so I wanted to give you first chance.

You pay £250 to join (cash or bank transfer to the organiser). You then introduce 2 people. When they each introduce 2, and there are 8 people below you on your board, you cash out £2,000 and re-enter for free. Most people complete a board in 3-4 weeks. It's all word of mouth, no adverts, that's why it works.

The only rule is you MUST pass this on to at least 5 people within 48 hours, otherwise your place goes to someone on the waiting list.

Happy to explain at lunch, I'm in the canteen most days.

Donna
Midday Supervisor"""
frm = "d.fairweather@school.example"
to = ["l.pike@school.example", "s.pryce@school.example", "m.hall@school.example", "n.kapoor@school.example", "k.adewale@school.example", "site@school.example"]
P(28, "pyramid-scheme", message(addr("Donna Fairweather", frm), to, "Asset Builder Club - first chance for you lot!", "Mon, 24 Feb 2025 13:11:29 +0000",
  mid("outlook", 28), part_text(flow_text(t), flowed=True)), frm, to, frm, "flowed", "Midday supervisor recruits colleagues into a pay-£250-recruit-2 pyramid that must be passed to 5 people")

# ---- 029 missing-child hoax, inbound txt attachment
att = """[19:42, 02/03/2025] Aunty Bola: 🚨🚨 MISSING CHILD 🚨🚨
[19:42, 02/03/2025] Aunty Bola: PLEASE SHARE. This is Aaliyah, 9 years old. She went missing from outside Stratford bus station at 4pm today. She was wearing a pink puffer jacket. Her mum is going crazy. The police are not helping!! If you see her call the number on the picture.
[19:42, 02/03/2025] Aunty Bola: SHARE TO ALL YOUR GROUPS. It only takes 1 second. If this was your child you would want everyone to share.
[19:43, 02/03/2025] Aunty Bola: Forwarded many times
"""
t = """Hello

This was sent on our family WhatsApp, I've copied it out into a file. Please can you share it with all the parents and put it on the school Facebook? The girl might be a student at your school. The message says to share it to every group.

Thank you
Mr F. Ogunleye"""
frm = "f.ogunleye@example.net"
to = ["reception@school.example", "a.yusuf@school.example"]
P(29, "missing-child-hoax", message(addr("Femi Ogunleye", frm), to, "MISSING CHILD - please share with parents", "Sun, 02 Mar 2025 20:35:18 +0000",
  mid("gmail", 29, "example.net"),
  part_multi("mixed", [part_text(t), part_attach("whatsapp message.txt", "text/plain; charset=utf-8", att.encode("utf-8"))], "000000000000c4e5f6061f0a9b3c")),
  frm, to, None, "attachment-txt", "Parent sends a copied 'forwarded many times' missing-child WhatsApp appeal and asks school to share to every group")

# ---- 030 awareness copy-paste chain, staff alternative
t = """I want to see who actually reads their emails 👀

It's Mental Health Awareness Week. Somebody you work with might be struggling and just needs to know someone is there. I'm not asking you to forward this, I'm asking you to COPY AND PASTE it into a new email and send it to at least 10 colleagues, so they know they can talk to you.

Most people won't do it. Let's prove this staffroom is different. If it comes back to me I'll know who my real friends are 💚

(copy and paste, don't forward!)

Jas"""
paras = t.split("\n\n")
frm = "j.sandhu@school.example"
to = ["support-staff@school.example", "teaching@school.example"]
P(30, "copy-paste-chain", message(addr("Jaswinder Sandhu", frm), to, "I want to see who reads this 💚", "Tue, 13 May 2025 07:52:12 +0100",
  mid("outlook", 30), part_multi("alternative", [part_text(t, cte="quoted-printable"), part_text(html_doc(paras), subtype="html", cte="quoted-printable")], "_000_LO2P123MB7j5q8z_"),
  extra=OUTLOOK), frm, to, frm, "alternative", "Staff member sends a 'copy and paste to 10 colleagues, I want to see who reads this' awareness chain")

# =================================================================== NEGATIVES

# ---- 031 attendance letter to parents, alternative, outbound bcc
t = """Dear Parent/Carer,

Collection arrangements at the end of the school day

From Monday 24 February, pupils in Years 7 and 8 will be dismissed from the Hartley Road gate at 3.05pm, and all other year groups from the main gate at 3.10pm, while the contractors finish the new science block.

If someone other than you regularly collects your child (a grandparent, older sibling, childminder or neighbour), please pass this information on to them so that they wait at the right gate. If a different adult will be collecting on a particular day, please let the Attendance Team know by 1pm on that day by calling 020 7946 0418 or emailing attendance@school.example.

Pupils who walk home alone do not need to do anything differently.

Thank you for your support.

Grace Adeyemi
Attendance Officer
Thameside Park Academy"""
paras = t.split("\n\n")
frm = "attendance@school.example"
rc = ["attendance@school.example", "parents-y7@school.example", "parents-y8@school.example"]
N(31, "attendance-letter", message(addr("Thameside Park Academy Attendance", frm), [addr("Thameside Park Academy Attendance", frm)],
  "Change to collection gates from Monday 24 February", "Thu, 20 Feb 2025 14:02:11 +0000", mid("outlook", 31),
  part_multi("alternative", [part_text(t), part_text(html_doc(paras), subtype="html", cte="quoted-printable")], "_000_LO3P265MB2attgate_"),
  extra=OUTLOOK), "g.adeyemi@school.example", rc, "g.adeyemi@school.example", "alternative",
  "Attendance letter asking parents to pass gate-change information to whoever collects their child")

# ---- 032 IT phishing warning, html
paras = [
 "<p style=\"color:#b00000;font-weight:bold\">Phishing alert &ndash; please read</p>",
 "Good morning all,",
 "This morning a number of staff received an email that appears to come from &quot;Thameside Payroll&quot; with the subject <b>&quot;Your March payslip is ready &ndash; action required&quot;</b>. It asks you to sign in to view your payslip. <b>This email is not from us.</b> The link goes to a fake Microsoft sign-in page that steals your password.",
 "<b>What to do:</b><br>&bull; Do not click the link and do not forward the email to colleagues &ndash; just delete it.<br>&bull; If you want to report it, use the &quot;Report message&quot; button in Outlook.<br>&bull; If you have already clicked the link and entered your password, change your password straight away at the staff portal and ring IT on extension 2240 so we can check your account.",
 "We have blocked the sender and removed the copies we could find from mailboxes. Payslips are only ever published in the payroll portal, never sent as links by email.",
 "Thanks,<br>Tomasz Nowak<br>Network Manager",
]
frm = "itsupport@school.example"
to = ["allstaff@school.example"]
N(32, "it-phishing-warning", message(addr("IT Support", frm), [addr("All Staff", to[0])], "Phishing alert: fake payslip email – do not forward, delete it",
  "Wed, 26 Mar 2025 09:41:03 +0000", mid("outlook", 32), part_text(html_doc(paras), subtype="html", cte="quoted-printable"), extra=OUTLOOK),
  "t.nowak@school.example", to, "t.nowak@school.example", "html", "IT warns staff about a real phishing email and tells them to delete it, not forward it")

# ---- 033 PSHE lesson plan docx
doc = docx_bytes([
  "PSHE Year 7 - Autumn 2 - Lesson 4: Online hoaxes, chain messages and scare stories",
  "Learning objectives: recognise the features of a chain message or hoax; explain why they spread; know what to do if a message frightens you.",
  "Starter (5 min): Show the example message on slide 2 (below). Ask: how does this make you feel? What does it want you to do?",
  "Example (for discussion only - do not send to pupils electronically): \"If you don't send this to 10 people by midnight, something bad will happen to your family.\"",
  "Main activity (20 min): In pairs, sort the cards into 'genuine', 'hoax' and 'not sure'. Features to spot: a deadline, a threat or a reward, 'send to X people', no named source, claims that 'the news won't report it'.",
  "Discussion (10 min): Why do people forward these? (fear, kindness, peer pressure.) Who could you tell? Trusted adults, form tutor, Childline.",
  "Plenary: Each pupil writes one piece of advice for a Year 6 pupil on a sticky note.",
  "Safeguarding note: some pupils may have been frightened by messages such as 'Momo' or 'Huggy Wuggy'. Do not show images. Pass any disclosures to the DSL as normal.",
  [["Resource", "Location"], ["Slides", "PSHE > Y7 > Autumn 2 > L4"], ["Card sort", "Printed, PSHE office"], ["Parent info sheet", "Website > Online safety"]],
])
t = """Hi Y7 tutors,

Attached is next week's PSHE lesson on chain messages and online hoaxes. There has been a bit of this going round Year 7 (the ghost one about sending it to 15 people), so the timing is good.

Please read the safeguarding note at the bottom before you teach it. Slides are in the shared drive.

Thanks,
Chloe"""
frm = "c.barnes@school.example"
to = ["y7tutors@school.example"]
N(33, "pshe-lesson", message(addr("Chloe Barnes", frm), to, "Y7 PSHE L4 - chain messages & hoaxes (lesson plan attached)",
  "Fri, 17 Jan 2025 15:30:40 +0000", mid("outlook", 33),
  part_multi("mixed", [part_text(t), part_attach("Y7 PSHE Aut2 L4 chain messages.docx", DOCX_CT, doc)], "_004_pshe_l4_"), extra=OUTLOOK),
  frm, to, frm, "attachment-docx", "PSHE lead sends tutors a lesson plan about recognising chain messages and hoaxes")

# ---- 034 supply chain, rfc822 forward of supplier notice
inner_t = """Dear Customer,

Due to ongoing disruption in our supply chain following the closure of the Dagenham distribution centre, we expect shortages of the following lines for deliveries w/c 3 March:

- Free-range eggs (30 tray) - substitute: liquid egg 1L
- Wholemeal pitta - substitute: wholemeal wraps
- Halal chicken thigh 2.5kg - limited, max 4 per order

All other lines are expected to be delivered as normal. Deliveries to schools will be prioritised. We apologise for any inconvenience.

Customer Services
Capital Fresh Foodservice Ltd"""
inner = message(addr("Capital Fresh Customer Services", "customerservices@capitalfresh-foods.example"), ["m.hall@school.example"],
                "Supply update - w/c 3 March", "Thu, 27 Feb 2025 11:05:00 +0000", mid("other", 340, "capitalfresh-foods.example"), part_text(inner_t))
t = """Hi Martin,

FYI see attached from Capital Fresh. It'll mean egg fried rice comes off the menu on Tuesday next week and we'll do wraps instead of pitta on Thursday. Halal chicken should be OK as long as the limit holds. I'll update the menu board and the parent app.

Maureen"""
frm = "m.hall@school.example"
to = ["m.greaves@school.example"]
N(34, "supply-chain", message(addr("Maureen Hall", frm), to, "FW: Supply update - w/c 3 March", "Thu, 27 Feb 2025 12:21:13 +0000", mid("outlook", 34),
  part_multi("mixed", [part_text(t), part_rfc822(inner, "Supply update - w c 3 March.eml")], "_005_supply_fwd_"), extra=OUTLOOK),
  frm, to, frm, "forward-rfc822", "Catering manager forwards a food supplier's supply-chain disruption notice as an attached message")

# ---- 035 daisy chain safety, wrapped
t = """Dear colleagues,

Following the fire risk assessment last week, a reminder about electrical safety in classrooms.

Please do not "daisy chain" extension leads (plugging one extension lead into another) or plug multi-way adaptors into extension leads. The assessor found three examples in D block and one in the library, and it was flagged as a priority action. If you need more sockets, log a job with the site team and we will fit a proper lead or arrange extra sockets.

Also, personal kettles, heaters and phone chargers must be PAT tested before use. The contractor is on site on Thursday 3 October; leave items on your desk with a note if you want them testing.

Thank you for your help with this.

Phil Drummond
Site Manager"""
frm = "site@school.example"
to = ["allstaff@school.example"]
N(35, "daisy-chain-safety", message(addr("Site Team", frm), [addr("All Staff", to[0])], "Electrical safety - no daisy-chained extension leads please",
  "Mon, 30 Sep 2024 08:15:55 +0100", mid("outlook", 35), part_text(wrap_text(t, 72)), extra=OUTLOOK),
  "p.drummond@school.example", to, "p.drummond@school.example", "wrapped", "Site manager bans daisy-chained extension leads after a fire risk assessment")

# ---- 036 charity sponsored walk, qp
t = """Dear Parents and Carers,

On Friday 16 May the whole of Year 8 will be taking part in our sponsored walk along the Greenway to raise money for the Royal London Hospital children’s ward, where several of our families have been treated this year.

Pupils have been given a sponsor form today. You can also sponsor online through the school’s fundraising page – the link is on the school website under “Parents > Charity”. Feel free to share the link with grandparents, family and friends who would like to support the ward; every pound goes straight to the hospital’s charity.

Pupils will need trainers, a water bottle and a packed lunch (free school meal pupils will be given one by the canteen). We will be back in school by 2.45pm.

Thank you,
Mr E. Quinn
Head of Year 8"""
frm = "e.quinn@school.example"
rc = ["parents-y8@school.example", "kerry.blake@example.com"]
N(36, "charity-event", message(addr("Eamon Quinn", frm), [addr("Year 8 Parents", rc[0])], "Year 8 sponsored walk – Friday 16 May",
  "Mon, 28 Apr 2025 16:05:00 +0100", mid("outlook", 36), part_text(t, cte="quoted-printable"), extra=OUTLOOK, cc=[addr("Kerry Blake (PTA)", rc[1])]),
  frm, rc, frm, "qp", "Head of Year letter about a sponsored walk, inviting families to share the fundraising page")

# ---- 037 newsletter with paper chain of kindness, alternative
t = """THAMESIDE TIMES - Issue 9, November 2024

ANTI-BULLYING WEEK
Thank you to everyone who took part in Anti-Bullying Week. Every form group wrote acts of kindness on strips of coloured paper and joined them into a "chain of kindness". The finished chain is over 140 metres long and now runs all the way round the sports hall balcony. Come and see it at parents' evening!

YEAR 11 MOCKS
Mock exams start on Monday 2 December. Timetables have been given out in tutor time and are on the website.

CHARITY
Our Children in Need bake sale raised £612.40. Well done to 10F for the most impressive cake.

DIARY DATES
- 5 Dec: Year 9 parents' evening (online booking open)
- 12 Dec: Winter concert, 6.30pm
- 20 Dec: Term ends at 1.30pm

Dr H. Marsh, Headteacher"""
paras = ["<h1 style=\"color:#1f3b73\">Thameside Times</h1><p><i>Issue 9, November 2024</i></p>",
 "<h3>Anti-Bullying Week</h3>",
 "Thank you to everyone who took part in Anti-Bullying Week. Every form group wrote acts of kindness on strips of coloured paper and joined them into a &quot;chain of kindness&quot;. The finished chain is over 140 metres long and now runs all the way round the sports hall balcony. Come and see it at parents' evening!".replace("&quot;", "\""),
 "<h3>Year 11 mocks</h3>", "Mock exams start on Monday 2 December. Timetables have been given out in tutor time and are on the website.",
 "<h3>Charity</h3>", "Our Children in Need bake sale raised £612.40. Well done to 10F for the most impressive cake.",
 "<h3>Diary dates</h3>", "<ul><li>5 Dec: Year 9 parents' evening (online booking open)</li><li>12 Dec: Winter concert, 6.30pm</li><li>20 Dec: Term ends at 1.30pm</li></ul>",
 "Dr H. Marsh, Headteacher"]
frm = "newsletter@school.example"
rc = ["parents-all@school.example"]
N(37, "newsletter", message(addr("Thameside Park Academy", frm), [addr("Parents and Carers", rc[0])], "Thameside Times - November 2024",
  "Fri, 22 Nov 2024 15:00:00 +0000", mid("other", 37),
  part_multi("alternative", [part_text(t, cte="quoted-printable"), part_text(html_doc(paras), subtype="html", cte="base64")], "=_newsletter_nov24_alt"),
  extra=["X-Mailer: SchoolComms Bulk Sender 4.2"]),
  "comms@school.example", rc, "comms@school.example", "alternative", "School newsletter describing a paper 'chain of kindness' made in Anti-Bullying Week")

# ---- 038 genuine campaign, flowed
t = """Dear parents and carers,

As many of you know, there have been two near misses this year at the junction of Romford Road and Hartley Road, which around 600 of our pupils cross every morning.

The council is currently consulting on traffic changes in the area, and the consultation closes on Friday 14 March. The school has submitted a formal response asking for a signalised pedestrian crossing and a 20mph zone outside the school. The governors and the Parent Council both support this.

If you would like to respond yourself, you can do so on the council's consultation page (search "Romford Road corridor consultation"). Responses from local families carry real weight, particularly if you describe your own journey to school. There is no need to copy our wording; your own experience is what matters.

We will let you know the outcome when the council publishes it.

Dr Helen Marsh
Headteacher"""
frm = "h.marsh@school.example"
rc = ["parents-all@school.example"]
N(38, "school-campaign", message(addr("Dr Helen Marsh", frm), [addr("Parents and Carers", rc[0])], "Safer crossing on Romford Road - council consultation",
  "Mon, 03 Mar 2025 12:30:00 +0000", mid("apple", 38, "school.example"), part_text(flow_text(t), flowed=True)),
  frm, rc, frm, "flowed", "Headteacher asks parents to respond to a real council consultation about a crossing (no forwarding quota)")

# ---- 039 leaving card round robin, plain
t = """Hi all,

As most of you know, Pat in the exams office is retiring at Easter after 22 years at Thameside (!!).

There's a card and a collection envelope going round. They're in the staffroom pigeonhole marked "PAT" - please sign the card, pop something in the envelope if you'd like to (no pressure at all), and pass it along to the next department on the list taped to the front. Please keep it away from the exams office!

Can the envelope be back with me in the main office by Wednesday 2 April please.

Drinks at the Golden Fleece on Friday 4 April from 4pm, all welcome.

Thanks,
Sharon"""
frm = "s.doyle@school.example"
to = ["allstaff@school.example"]
N(39, "leaving-card", message(addr("Sharon Doyle", frm), [addr("All Staff", to[0])], "Pat's leaving card - please sign & pass along (shh!)",
  "Tue, 25 Mar 2025 10:10:10 +0000", mid("outlook", 39), part_text(t), extra=OUTLOOK),
  frm, to, frm, "plain", "Round-robin leaving card and collection passed between departments for a retiring colleague")

# ---- 040 rumour rebuttal, alternative
t = """Dear Parent/Carer,

You may have seen a message on WhatsApp and Facebook this week about a man in a grey van trying to take children near the Co-op on Romford Road.

We have spoken to our Safer Schools police officer this morning. The police have received no reports of any attempted abduction in the area, and the same message, with different shop names, has been circulating in other parts of the country for several years. It is a hoax.

We understand these messages are frightening and that parents share them out of concern. However, please do not forward them: they cause real distress to children, and they make it harder for genuine information to get through. If you ever have a real concern about a child's safety, please call 999 or contact the school directly.

As always, we encourage pupils to walk home in groups and to tell a trusted adult if anything worries them.

Amina Yusuf
Assistant Headteacher / Designated Safeguarding Lead"""
paras = t.split("\n\n")
frm = "a.yusuf@school.example"
rc = ["parents-all@school.example"]
N(40, "rumour-rebuttal", message(addr("Amina Yusuf", frm), [addr("Parents and Carers", rc[0])], "Message circulating on social media - update from the school",
  "Thu, 06 Feb 2025 12:47:20 +0000", mid("outlook", 40),
  part_multi("alternative", [part_text(t), part_text(html_doc(paras), subtype="html", cte="quoted-printable")], "_000_LO3P265MB9rumour_"), extra=OUTLOOK),
  frm, rc, frm, "alternative", "DSL tells parents the van-kidnap message is a hoax and asks them not to forward it")

# ---- 041 road closure forward-inline
t = """Hi all - see below from the council. Please pass this on to any parents who ask at the gate, and form tutors please mention it to pupils who come by bus. I've also put it on the website.

Sharon

---------- Forwarded message ---------
From: Highways Notices <highways.notices@eastbury-council.example>
Date: Tue, 15 Apr 2025 at 11:02
Subject: Temporary road closures - Sunday 27 April
To: Schools Admin <schools-admin@eastbury-council.example>


Dear Headteacher,

Please be aware that the following roads will be closed from 06:00 to 16:00 on Sunday 27 April for the London Marathon route:

- Romford Road between Hartley Road and Green Street
- Barking Road (westbound)

Bus routes 25, 86 and 104 will be diverted. Schools holding weekend activities should advise families to allow extra time.

Regards,
Highways and Traffic Management"""
frm = "s.doyle@school.example"
to = ["allstaff@school.example"]
N(41, "road-closure", message(addr("Sharon Doyle", frm), [addr("All Staff", to[0])], "Fwd: Temporary road closures - Sunday 27 April",
  "Tue, 15 Apr 2025 11:40:22 +0100", mid("outlook", 41), part_text(t), extra=OUTLOOK),
  frm, to, frm, "forward-inline", "Receptionist forwards a council road-closure notice and asks staff to pass it on to families")

# ---- 042 fake exam leak warning, wrapped
t = """Dear Year 11 and Year 13,

We are aware that messages are circulating on Snapchat, TikTok and Telegram claiming to offer "leaked" GCSE and A level papers, sometimes for money and sometimes in exchange for forwarding a message to friends.

Please be clear about three things:

1. These papers are fake. Exam boards change papers and use secure delivery; the people selling them are scammers, and some use the "leak" to steal bank details or pressure young people.
2. Buying, sharing or even asking for a paper you think is real is malpractice under JCQ rules. Candidates have been disqualified from the whole qualification, not just one paper.
3. If you are sent one of these messages, do not forward it. Screenshot it, delete it, and tell Mr Kowalski in the exams office or your Head of Year. You will not be in trouble for reporting it.

Good luck with your revision - you have worked hard and you do not need shortcuts.

Mr P. Kowalski
Exams Officer"""
frm = "exams@school.example"
rc = ["year11@students.school.example", "year13@students.school.example"]
N(42, "exam-malpractice-warning", message(addr("Exams Office", frm), rc, "Fake 'leaked' exam papers - please read",
  "Mon, 12 May 2025 08:30:00 +0100", mid("outlook", 42), part_text(wrap_text(t, 74)), extra=OUTLOOK),
  "p.kowalski@school.example", rc, "p.kowalski@school.example", "wrapped", "Exams officer warns pupils that 'leaked paper' chains are fake and tells them not to forward")

# ---- 043 work experience appeal, windows-1252
t = """Dear Parents and Carers,

Year 10 work experience week runs from Monday 7 to Friday 11 July. Around 40 students still don’t have a placement, especially those interested in law, engineering, health care and the media.

If you, a family member or a friend run a business or work somewhere that could host a 15-year-old for a week, please pass this message on to them – even one placement makes a huge difference to a young person. We do all the paperwork, including the health and safety checks, and students are covered by the school’s insurance.

Employers can register interest by emailing me or ringing 020 7946 0433 before Friday 23 May.

Many thanks,

Nasreen Begum
Careers Adviser – Thameside Park Academy"""
frm = "n.begum@school.example"
rc = ["parents-y10@school.example"]
N(43, "work-experience", message(addr("Nasreen Begum", frm), [addr("Year 10 Parents", rc[0])], "Can you help? Year 10 work experience placements",
  "Wed, 30 Apr 2025 13:15:45 +0100", mid("outlook", 43), part_text(t, charset="windows-1252", cte="quoted-printable"), extra=OUTLOOK),
  frm, rc, frm, "windows-1252", "Careers adviser asks parents to pass a work-experience placement appeal on to employers they know")

# ---- 044 maths lesson on exponential growth, html
paras = [
 "<h2>Year 9 Maths &ndash; Investigation: How fast does a chain message spread?</h2>",
 "Hi team, here's the investigation for the Year 9 sets next week (it goes with the indices and exponential graphs unit).",
 "<b>Scenario:</b> A chain message says &quot;send this to 5 people&quot;. Assume everyone who receives it sends it on once, the next day.",
 html_table([["Day", "New people reached", "Total reached"], ["0", "1", "1"], ["1", "5", "6"], ["2", "25", "31"], ["3", "125", "156"], ["n", "5^n", "(5^(n+1) - 1)/4"]]),
 "<b>Questions:</b><ol><li>On which day would the message reach more people than live in London (about 9 million)?</li><li>Why does this never happen in real life?</li><li>Link to pyramid schemes: why must most people in a pyramid scheme lose money?</li></ol>",
 "Extension: compare with compound interest at 5% per year. Mark scheme is in the shared drive under Y9 &gt; Spring 2.",
 "Ravi",
]
frm = "r.sharma@school.example"
to = ["maths@school.example"]
N(44, "maths-lesson", message(addr("Ravi Sharma", frm), [addr("Maths Department", to[0])], "Y9 investigation - chain messages & exponential growth",
  "Fri, 31 Jan 2025 16:44:19 +0000", mid("outlook", 44), part_text(html_doc(paras), subtype="html", cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "html", "Maths HoD shares an investigation using chain-message growth to teach exponentials and why pyramids fail")

# ---- 045 chain of custody, reply-quoted
t = """Hi Marion,

Yes - please stick to the chain of custody exactly as in the briefing:

1. Count the scripts against the attendance register in the exam room.
2. Put them in the board's envelope in candidate number order and seal it in front of the second invigilator.
3. Both of you sign the script log and bring the envelope straight to the exams office. It must not be left in a classroom, even for five minutes.
4. I lock them in the secure store and log the collection for the courier.

If there is a discrepancy in the count, don't seal the envelope - radio me.

Thanks,
Piotr

> On 14 May 2025, at 13:02, Marion Fletcher <m.fletcher@school.example> wrote:
>
> Hi Piotr, quick one for this afternoon - after the Geography paper, do we
> bring the scripts to you straight away or can they wait in the hall until
> all the access arrangements candidates have finished?
>
> Marion"""
frm = "p.kowalski@school.example"
to = ["m.fletcher@school.example"]
N(45, "chain-of-custody", message(addr("Piotr Kowalski", frm), to, "Re: Scripts after Geography paper", "Wed, 14 May 2025 13:09:33 +0100",
  mid("apple", 45), part_text(t), in_reply_to=mid("apple", 450)),
  frm, to, frm, "reply-quoted", "Exams officer replies to an invigilator explaining the chain of custody for exam scripts")

# ---- 046 scam warning reply quoting the gift circle
t = """Hi Sandra,

Please don't send this on to anyone else. I know it's meant kindly but these "secret sister" gift exchanges are pyramid schemes - the maths means almost everyone who joins sends a gift and gets nothing back, and Action Fraud have warned about them. It also puts your home address (and Debbie's) in the inbox of people none of us know.

I've had a word with Jo in HR just so she's aware, nobody is in any trouble. Could you send a quick note to the people you sent it to saying to ignore it?

Thanks - and sorry to be a killjoy!
Martin

-----Original Message-----
From: Sandra Pryce <s.pryce@school.example>
Sent: 05 February 2025 16:48
Subject: Secret Sister gift exchange!!

> Hi ladies!! I've been invited to join a Secret Sister gift exchange...
> [remainder removed]"""
frm = "m.greaves@school.example"
to = ["s.pryce@school.example"]
cc = ["j.whitaker@school.example"]
N(46, "scam-warning-reply", message(addr("Martin Greaves", frm), to, "RE: Secret Sister gift exchange!!", "Thu, 06 Feb 2025 08:55:02 +0000",
  mid("outlook", 46), part_text(t), cc=cc, in_reply_to=mid("outlook", 5), extra=OUTLOOK),
  frm, to + cc, frm, "reply-quoted", "Business manager replies asking a colleague to stop circulating a gift pyramid (only a stub quoted)")

# ---- 047 christmas jumper day, iso-8859-1
t = """Dear Parents/Carers,

Christmas Jumper Day - Thursday 12 December

Pupils may wear a Christmas jumper (or any festive top) with their normal school trousers or skirt on Thursday 12 December. We ask for a donation of £1, which will go to Save the Children. Donations can be made on ParentPay under "Charity" or in cash to form tutors.

No one has to buy a new jumper - tinsel, a badge or a homemade décor on an old jumper is perfect.

Thank you, and joyeux Noël from the MFL department!

Mme Dupont
Charity Co-ordinator"""
frm = "c.dupont@school.example"
rc = ["parents-all@school.example"]
N(47, "charity-day", message(addr("Claire Dupont", frm), [addr("Parents and Carers", rc[0])], "Christmas Jumper Day - Thursday 12 December",
  "Mon, 02 Dec 2024 10:00:00 +0000", mid("outlook", 47), part_text(t, charset="iso-8859-1", cte="quoted-printable"), extra=OUTLOOK),
  frm, rc, frm, "iso-8859-1", "Charity co-ordinator letter about Christmas Jumper Day donations")

# ---- 048 class rep message, inbound mobile
t = """Hi Mr Campbell, just so you know I've put this on the 9R parents group, hope that's ok:

"Hi all, reminder that the Year 9 Science Museum trip money (£8) and consent are due on ParentPay by this Friday. If you know any 9R parents who aren't on this group, please let them know! Thanks, Joanne (class rep)"

Thanks
Joanne

Sent from my iPhone"""
frm = "joanne.okeke@example.com"
to = ["l.campbell@school.example"]
N(48, "class-rep-message", message(addr("Joanne Okeke", frm), to, "9R trip reminder", "Tue, 11 Mar 2025 19:22:10 +0000", mid("apple", 48, "example.com"),
  part_text(t, charset="utf-8", cte="quoted-printable", flowed=True, delsp=True), extra=IPHONE),
  frm, to, None, "mobile", "Class-rep parent tells HoY she has reminded other parents about trip money")

# ---- 049 food bank appeal, base64
t = """Dear all,

Thameside Community Food Bank – Harvest Collection

Our Harvest collection runs from Monday 7 to Friday 18 October. This year we are supporting the Forest Gate food bank, which has seen demand rise by a third since last winter.

Most needed: tinned meat and fish, long-life milk, tinned tomatoes, rice (1kg bags), toiletries and nappies (sizes 4–6). Please don’t send anything fresh or homemade.

Collection boxes are in reception and in every tutor room. If your neighbours or your place of worship would like to donate, they are very welcome to drop items at reception between 8am and 4pm.

Thank you for your generosity – last year we filled a whole van.

Rev. Samuel Boateng
Chaplaincy and Community"""
frm = "s.boateng@school.example"
rc = ["allstaff@school.example", "parents-all@school.example"]
N(49, "foodbank-appeal", message(addr("Samuel Boateng", frm), [addr("All Staff", rc[0]), addr("Parents and Carers", rc[1])], "Harvest food bank collection 7–18 October",
  "Thu, 03 Oct 2024 09:05:12 +0100", mid("outlook", 49), part_text(t, cte="base64"), extra=OUTLOOK),
  frm, rc, frm, "base64", "Chaplain's harvest food-bank collection appeal, neighbours welcome to donate")

# ---- 050 book club The Chain, flowed
t = """Hi Year 12 book club,

Thanks for a great session on Tuesday. For next half term we're reading The Chain by Adrian McKinty. It's a thriller about a mother whose daughter is kidnapped; to get her back she has to pay a ransom and then kidnap another child herself, so the "chain" keeps going. It's dark, but it's a brilliant way into our discussion about moral choices, and it links nicely to the A level unit on crime writing.

Things to think about while you read:

- Why does the chain work? What keeps people from breaking it?
- How does McKinty use the idea of a chain letter from the 1970s and 80s?
- Is Rachel a victim or a villain by the end?

Copies are in the library (ask Mrs Ng). We'll meet again on Tuesday 25 February, period 6, in E12. Snacks provided as usual!

Ms Fitzgerald"""
frm = "s.fitzgerald@school.example"
to = ["y12bookclub@students.school.example"]
N(50, "book-club", message(addr("Siobhan Fitzgerald", frm), to, "Book club - next read: The Chain", "Fri, 07 Feb 2025 15:20:33 +0000",
  mid("apple", 50), part_text(flow_text(t), flowed=True)),
  frm, to, frm, "flowed", "Head of English introduces a kidnapping-chain thriller as the next sixth-form book club read")

# ---- 051 stem cell donor drive, alternative
t = """Hi everyone,

Register to save a life – Anthony Nolan drive, Thursday 27 March

Anthony Nolan's volunteer team are coming into school to run a stem cell register drive for Year 13 students aged 16+ and any staff aged 16–30. It takes about 10 minutes: a short health questionnaire and a cheek swab. You will only ever be contacted if you turn out to be a match for a patient.

When: Thursday 27 March, periods 3–5
Where: Sixth Form Centre, room S3

There's no need to bring anything. Please come along with an open mind – the team will answer any questions and there is absolutely no pressure to sign up.

Ms Begum (Careers) & Mr Haddad (Science)"""
paras = t.split("\n\n")
frm = "n.begum@school.example"
rc = ["year13@students.school.example", "allstaff@school.example"]
N(51, "donor-drive", message(addr("Nasreen Begum", frm), rc, "Register to save a life – stem cell drive Thursday",
  "Mon, 24 Mar 2025 08:05:50 +0000", mid("outlook", 51),
  part_multi("alternative", [part_text(t, cte="quoted-printable"), part_text(html_doc(paras), subtype="html", cte="quoted-printable")], "_000_LO2P265MB1anthony_"), extra=OUTLOOK),
  frm, rc, frm, "alternative", "Stem-cell donor register drive in school for sixth formers and young staff")

# ---- 052 food chains homework, base64 with csv attachment? -> plain base64 body
t = """Hi 7H,

Homework for Thursday: food chains and food webs.

1. Draw a food chain with at least four links for an animal that lives in the Thames estuary (e.g. phytoplankton → shrimp → flounder → seal).
2. Label the producer, primary consumer, secondary consumer and apex predator.
3. Explain in two sentences what would happen to the rest of the food chain if the shrimp population fell.

Use page 42 of your textbook. The worksheet is on Teams if you lost yours.

Mr Haddad"""
frm = "k.haddad@school.example"
to = ["7h@students.school.example"]
N(52, "science-homework", message(addr("Karim Haddad", frm), to, "7H science homework - food chains", "Mon, 18 Nov 2024 15:35:00 +0000",
  mid("outlook", 52), part_text(t, cte="base64"), extra=OUTLOOK),
  frm, to, frm, "base64", "Science teacher sets Year 7 homework on food chains")

# ---- 053 IT forwarding notice, qp
t = """Hello all,

From Monday 6 January, automatic forwarding of school email to external addresses (for example personal Gmail or Hotmail accounts) will be switched off. This is a requirement of our cyber insurance and the DfE cyber security standards for schools.

What this means for you:

• Any rules you have set up in Outlook that forward or redirect mail outside school will stop working. Mail will stay in your school inbox.
• You can still forward an individual email to an external contact by hand where there is a work reason to do so, but please don’t forward anything containing pupil information.
• Internal forwarding (for example to a shared mailbox or a colleague) is not affected.

If you rely on forwarding for a specific reason, please talk to me before the end of term so we can find another solution. Staff can use Outlook on their phone via the Company Portal app.

Thanks,
Tomasz Nowak
Network Manager – ext. 2240"""
frm = "itsupport@school.example"
to = ["allstaff@school.example"]
N(53, "it-forwarding-notice", message(addr("IT Support", frm), [addr("All Staff", to[0])], "Auto-forwarding to external addresses switched off from 6 January",
  "Mon, 09 Dec 2024 12:00:00 +0000", mid("outlook", 53), part_text(t, cte="quoted-printable"), extra=OUTLOOK),
  "t.nowak@school.example", to, "t.nowak@school.example", "qp", "IT notice that external auto-forwarding of mail is being disabled")

# ---- 054 pension scam warning, rfc822 forward of official notice
inner_t = """Dear member,

Protect your pension from scammers

We are aware of a rise in cold calls, texts and social media adverts offering teachers "free pension reviews", early access to pension savings before 55, or schemes that promise to double your pension in a short time. These are scams.

Remember:
- We will never call you out of the blue to offer a pension review or transfer.
- Genuine investments do not guarantee high returns.
- Check any firm on the FCA register before you deal with them.

If you think you have been targeted, report it to Action Fraud on 0300 123 2040.

Member Services"""
inner = message(addr("Pension Member Services", "noreply@teacher-pensions-scheme.example"), ["j.whitaker@school.example"],
                "Protect your pension from scammers", "Wed, 15 Jan 2025 07:00:00 +0000", mid("other", 540, "teacher-pensions-scheme.example"),
                part_text(inner_t))
t = """Dear all,

Forwarding the attached from the pension scheme, as two members of staff have mentioned getting calls this month offering to "double" their pension. Please don't engage with these callers. If you're unsure about anything, come and see me in HR.

Jo Whitaker
HR Officer"""
frm = "j.whitaker@school.example"
to = ["allstaff@school.example"]
N(54, "pension-scam-warning", message(addr("Jo Whitaker", frm), [addr("All Staff", to[0])], "FW: Protect your pension from scammers",
  "Thu, 16 Jan 2025 10:18:44 +0000", mid("outlook", 54),
  part_multi("mixed", [part_text(t), part_rfc822(inner, "Protect your pension from scammers.eml")], "_005_pension_fwd_"), extra=OUTLOOK),
  frm, to, frm, "forward-rfc822", "HR forwards the pension scheme's official warning about 'double your pension' scams")

# ---- 055 RE lesson superstition, windows-1252
t = """Hi Hannah,

Here are my notes for the Year 8 RE lesson on luck, fate and superstition – feel free to tweak.

Starter: pupils list superstitions they know (black cats, walking under ladders, “touch wood”, chain messages that threaten bad luck if you don’t pass them on).

Main: compare beliefs about luck and providence in Christianity, Islam, Hinduism and Sikhism – e.g. “insha’Allah”, karma, trusting in God’s plan. Card sort: which ideas are about chance, which about choice, which about God?

Discussion question: “Why do people feel pressured by messages that say something bad will happen if they don’t forward them?” Link to last week’s PSHE on online pressure.

Plenary: 50-word answer to “Do we make our own luck?”

Cheers,
Ade"""
frm = "a.bankole@school.example"
to = ["h.goldberg@school.example"]
N(55, "re-lesson", message(addr("Adebayo Bankole", frm), to, "Y8 RE - luck & superstition lesson notes", "Wed, 08 Jan 2025 17:25:40 +0000",
  mid("outlook", 55), part_text(t, charset="windows-1252", cte="8bit"), extra=OUTLOOK),
  frm, to, frm, "windows-1252", "RE teacher shares a lesson outline on luck and superstition that mentions chain messages")

# ---- 056 phone cascade, csv attachment
rows = [["Order", "Name", "Role", "Calls next", "Work mobile"],
        ["1", "Dr Helen Marsh", "Headteacher", "2, 3", "07700 900311"],
        ["2", "Amina Yusuf", "Assistant Head", "4, 5", "07700 900312"],
        ["3", "Martin Greaves", "Business Manager", "6, 7", "07700 900313"],
        ["4", "Leon Campbell", "Head of Year 9", "8, 9", "07700 900314"],
        ["5", "Funmi Oladipo", "Head of Year 11", "10, 11", "07700 900315"],
        ["6", "Phil Drummond", "Site Manager", "-", "07700 900316"],
        ["7", "Sharon Doyle", "Reception", "12", "07700 900317"]]
t = """Dear all,

With snow forecast for later this week, here is the updated emergency closure cascade (attached). If the school has to close, the Head will make the decision by 6.30am and start the cascade. When you receive a call, please ring the next people on your row straight away. If you can't get hold of someone after two tries, leave a message and ring the person after them.

The closure will also go on the website, the parent app and the London Schools Closures page by 7am.

Please check your row and let me know if anything is wrong.

Martin"""
frm = "m.greaves@school.example"
to = ["slt@school.example", "heads-of-year@school.example"]
N(56, "phone-cascade", message(addr("Martin Greaves", frm), to, "Emergency closure phone cascade - updated", "Mon, 06 Jan 2025 16:02:00 +0000",
  mid("outlook", 56), part_multi("mixed", [part_text(t), part_attach("Closure cascade Jan 2025.csv", "text/csv", csv_bytes(rows))], "_004_cascade_"),
  extra=OUTLOOK), frm, to, frm, "attachment-csv", "Business manager circulates the snow-closure phone cascade (call the next people on your row)")

# ---- 057 prayer space, iso-8859-1
t = """Dear students,

During the exam season the prayer and reflection room (G07, next to the library) will be open every day from 8am until 4.30pm, including lunchtimes.

Students of all faiths and none are welcome to use it for prayer, quiet reflection or just some calm before an exam. Prayer mats, a small library of texts and the wudu facilities by the sports hall are available as usual. Please keep the room tidy and quiet.

Friday prayers will continue in the drama studio at 1.15pm.

If you are finding the exams stressful, you can also talk to me, your tutor or the wellbeing team - our door is always open.

With every good wish for your exams,

Rev. Samuel Boateng
Chaplain"""
frm = "s.boateng@school.example"
to = ["year11@students.school.example", "year13@students.school.example"]
N(57, "prayer-space", message(addr("Samuel Boateng", frm), to, "Prayer and reflection room during exams", "Fri, 09 May 2025 12:10:00 +0100",
  mid("outlook", 57), part_text(t, charset="iso-8859-1", cte="8bit"), extra=OUTLOOK),
  frm, to, frm, "iso-8859-1", "Chaplain tells exam-year students the prayer and reflection room is open")

# ---- 058 open evening, html, outbound to feeder primary contacts
paras = [
 "<h2 style=\"color:#1f3b73\">Open Evening &ndash; Thursday 26 September, 5.30&ndash;8pm</h2>",
 "Dear colleagues,",
 "Thank you for your continued partnership. We would be grateful if you could include the details below in your Year 5 and Year 6 newsletters, and feel free to share them with any families who are thinking about secondary schools.",
 "<ul><li>Tours led by our Year 7 and sixth form students</li><li>Science, music and D&amp;T demonstrations</li><li>Headteacher's talk at 6pm and 7pm in the main hall</li><li>No booking needed</li></ul>",
 "Applications for September 2025 close on 31 October through the council's admissions portal.",
 "With best wishes,<br>Dr Helen Marsh<br>Headteacher",
]
frm = "admissions@school.example"
rc = ["office@cranbrook-primary.example", "admin@st-margarets-primary.example", "office@greenway-primary.example"]
N(58, "open-evening", message(addr("Thameside Park Academy Admissions", frm), rc, "Open Evening - Thursday 26 September",
  "Tue, 10 Sep 2024 09:30:00 +0100", mid("outlook", 58), part_text(html_doc(paras), subtype="html", cte="quoted-printable"), extra=OUTLOOK),
  "h.marsh@school.example", rc, "h.marsh@school.example", "html", "Open evening notice sent to feeder primaries, inviting them to share with families")

# ---- 059 quick mobile reply
t = """Thanks Amina, will pass it on to the team at briefing tomorrow. Leon

Sent from my iPhone

> On 6 Feb 2025, at 12:50, Amina Yusuf <a.yusuf@school.example> wrote:
>
> Hi Leon, letter to parents about the van rumour has gone out. Can you make
> sure the Y9 tutors know so they can reassure anyone who asks? It's a hoax,
> police have confirmed. Thanks, A"""
frm = "l.campbell@school.example"
to = ["a.yusuf@school.example"]
N(59, "quick-reply", message(addr("Leon Campbell", frm), to, "Re: Van rumour", "Thu, 06 Feb 2025 13:02:18 +0000", mid("apple", 59),
  part_text(t, charset="us-ascii", flowed=True, delsp=True), in_reply_to=mid("outlook", 590), extra=IPHONE),
  frm, to, frm, "mobile", "HoY replies from his phone that he will pass the hoax-rebuttal on to tutors")

# ---- 060 pen pal letters, zip
letters = [("7F penpals/Amani to Lucia.txt", "Dear Lucia,\nMy name is Amani and I am 11. I live in East London with my mum and two brothers. My favourite subject is art. What is your school like in Valencia?\nFrom Amani\n"),
           ("7F penpals/Dawid to Pablo.txt", "Hola Pablo,\nI am Dawid. I like football (West Ham!) and Minecraft. In my school we wear a blazer. Do you have a uniform?\nAdios, Dawid\n"),
           ("7F penpals/Safiya to Carmen.txt", "Dear Carmen,\nI'm Safiya. I can speak English, Somali and a little Spanish. I want to visit Spain one day. What food do you eat at Christmas?\nSafiya\n")]
z = zip_bytes(letters)
t = """Dear Señora Ruiz,

As promised, please find attached the first batch of letters from 7F to your students at Colegio San Vicente. They have written in English with a little Spanish; we have only used first names, as agreed. We look forward to your students' replies after Easter!

Best wishes,
Claire Dupont
Head of MFL, Thameside Park Academy"""
frm = "c.dupont@school.example"
rc = ["m.ruiz@colegio-sanvicente.example"]
N(60, "penpal-project", message(addr("Claire Dupont", frm), rc, "Pen-pal letters from 7F", "Thu, 20 Mar 2025 15:50:00 +0000", mid("outlook", 60),
  part_multi("mixed", [part_text(t, cte="quoted-printable"), part_attach("7F penpal letters.zip", "application/zip", z)], "_004_penpal_"), extra=OUTLOOK),
  frm, rc, frm, "zip", "MFL head sends a partner school in Spain a zip of first-name-only pen-pal letters")


if __name__ == "__main__":
    finish()
