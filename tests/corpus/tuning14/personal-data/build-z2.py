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

# =================================================================== PERSONAL DATA
import datetime

FIRST_F = ["Aaliyah", "Amira", "Chloe", "Zainab", "Maryam", "Olivia", "Precious", "Fatima", "Jessica", "Sofia", "Ayesha", "Grace",
           "Ewa", "Nia", "Hafsa", "Lily", "Tiana", "Roza", "Khadija", "Ruby", "Simran", "Adaeze", "Mia", "Leila", "Bianca", "Esther"]
FIRST_M = ["Mohammed", "Ibrahim", "Kwame", "Harry", "Yusuf", "Daniel", "Rayan", "Kacper", "Tyrese", "Arjun", "Oliver", "Hamza",
           "Jayden", "Emmanuel", "Luca", "Adam", "Zain", "Dawid", "Samuel", "Ayaan", "Theo", "Kofi", "Bilal", "Marcus", "Ravi", "Denis"]
SURN = ["Ahmed", "Begum", "Okafor", "Nowak", "Patel", "Hussain", "Mensah", "Williams", "Rahman", "Kowalczyk", "Islam", "Akhtar",
        "Singh", "Uddin", "Mahmood", "Osei", "Da Silva", "Khan", "Clarke", "Popescu", "Ali", "Thompson", "Chowdhury",
        "Bello", "Mirza", "O'Connor", "Lewis", "Nguyen", "Yilmaz", "Farah", "Ogunleye", "Sharma", "Hassan", "Brown", "Miah"]
STREETS = ["Hartley Road", "Katherine Road", "Romford Road", "Shrewsbury Road", "Green Street", "Plashet Grove", "Sebert Road",
           "Boleyn Road", "Stopford Road", "Tudor Road", "Sherrard Road", "Halley Road", "Chaucer Road", "Strone Road",
           "Barking Road", "Field Road", "Windsor Road", "Ranelagh Road", "Clova Road", "Kimberley Avenue"]
OUTCODES = ["E7", "E6", "E12", "E13", "E15", "E16", "IG1", "E11"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"

def postcode(rng):
    return "%s %d%s%s" % (rng.choice(OUTCODES), rng.randint(0, 9), rng.choice(INWARD_L), rng.choice(INWARD_L))

def dob_for_year(rng, ncy):
    # academic year 2024/25: Year N pupils born 1 Sep (2024-N-5) .. 31 Aug (2024-N-4)
    start = datetime.date(2024 - ncy - 5, 9, 1)
    return start + datetime.timedelta(days=rng.randint(0, 364))

def phone(rng):
    return "07700 900%03d" % rng.randint(0, 999)

def landline(rng):
    return "020 7946 0%03d" % rng.randint(0, 999)

LA_CODES = [316, 316, 316, 317, 204, 211, 320]

def pupil(rng, ncy, sex=None):
    sex = sex or rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    last = rng.choice(SURN)
    dob = dob_for_year(rng, ncy)
    upn = make_upn(rng.choice(LA_CODES), rng.choice([2004, 2017, 2031, 2046, 2063, 3512, 3520, 2088]), dob.year + 4, rng.randint(1, 240))
    p = {"first": first, "last": last, "sex": sex, "dob": dob, "ncy": ncy, "upn": upn, "uln": make_uln(rng),
         "nhs": make_nhs(rng), "addr": "%d %s" % (rng.randint(1, 220), rng.choice(STREETS)), "pc": postcode(rng),
         "parent": "%s %s" % (rng.choice(["Mrs", "Mr", "Ms", "Miss"]), last), "parent_first": rng.choice([n for n in FIRST_F + FIRST_M if n != first]),
         "phone": phone(rng), "form": "%d%s" % (ncy, rng.choice("FHKRTW")), "cand": "%04d" % rng.randint(1001, 9400)}
    p["mum"] = rng.choice([f for f in FIRST_F if f != first])
    p["dad"] = rng.choice([m for m in FIRST_M if m != first])
    p["name"] = "%s %s" % (first, last)
    return p

def d_uk(d):
    return d.strftime("%d/%m/%Y")

def d_iso(d):
    return d.isoformat()

def d_long(d):
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)

def fmt_nhs(n):
    return "%s %s %s" % (n[:3], n[3:6], n[6:])

def staff_member(rng):
    sex = rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    last = rng.choice(SURN)
    dob = datetime.date(rng.randint(1968, 2000), rng.randint(1, 12), rng.randint(1, 28))
    sc, acc = make_bank(rng)
    return {"name": "%s %s" % (first, last), "first": first, "last": last, "dob": dob, "ni": make_nino(rng), "sc": sc, "acc": acc,
            "addr": "%d %s" % (rng.randint(1, 220), rng.choice(STREETS)), "pc": postcode(rng), "phone": phone(rng)}

def P(num, fam, data, mf, rc, au, shape, note):
    write("positive", num, fam, data, mf, rc, au, shape, note)

def N(num, fam, data, mf, rc, au, shape, note):
    write("negative", num, fam, data, mf, rc, au, shape, note)

SIG_ATT = "\nGrace Adeyemi\nAttendance Officer\nThameside Park Academy\n020 7946 0418"

# ---- 001 persistent absence referral to LA, csv
rng = random.Random("pd1")
ps = [pupil(rng, rng.choice([8, 9, 10])) for _ in range(9)]
rows = [["Surname", "Forename", "UPN", "DOB", "Year", "Address", "Postcode", "Main contact", "Contact phone", "Attendance % (Aut+Spr)", "Unauthorised sessions"]]
for p in ps:
    rows.append([p["last"], p["first"], p["upn"], d_uk(p["dob"]), p["ncy"], p["addr"], p["pc"], p["parent"], p["phone"],
                 "%.1f" % rng.uniform(61, 84), rng.randint(18, 71)])
t = """Hi Deborah,

As discussed at Tuesday's TAM, please find attached our persistent absence referrals for this half term (9 pupils). All have had a first-day call, letter 1 and letter 2 and an attendance meeting in school; notes are on the referral forms which I'll drop off on Friday.

Two of the families (the Kowalczyks and the Mirzas) have asked for a home visit rather than a meeting at the civic centre.

Thanks,
""" + SIG_ATT
frm = "g.adeyemi@school.example"
to = ["d.mcfarlane@eastbury-council.example"]
P(1, "absence-referral", message(addr("Grace Adeyemi", frm), [addr("Deborah McFarlane", to[0])], "PA referrals - Thameside Park - Spring 1",
  "Wed, 12 Feb 2025 15:47:20 +0000", mid("outlook", 101),
  part_multi("mixed", [part_text(t), part_attach("Thameside PA referrals Spring1.csv", "text/csv", csv_bytes(rows))], "_004_pa_referrals_"), extra=OUTLOOK),
  frm, to, frm, "attachment-csv", "Attendance officer emails the council a CSV of persistent absentees with UPNs, DOBs, addresses and parent phones")

# ---- 002 access arrangements xlsx to invigilation agency
rng = random.Random("pd2")
arr = ["25% extra time; reader", "25% extra time", "Word processor; rest breaks", "Separate room; rest breaks", "Scribe; 25% extra time",
       "Modified paper A3 (visual impairment)", "Prompter", "Reader; separate room", "50% extra time (EHCP)", "Word processor"]
why = ["Dyslexia - EA assessment Y9", "Below-average processing speed (SS 78)", "Dyspraxia - OT report", "Anxiety disorder - CAMHS letter",
       "Broken wrist (temporary)", "Nystagmus - QTVI report", "ADHD - paediatrician letter", "EAL + SpLD", "Autism (EHCP)", "Hypermobility"]
ps = [pupil(rng, 11) for _ in range(10)]
rows = [["Cand No", "Surname", "Forename", "DOB", "Arrangement", "Evidence / reason", "Room"]]
for i, p in enumerate(ps):
    rows.append([p["cand"], p["last"], p["first"], d_uk(p["dob"]), arr[i], why[i], rng.choice(["G12", "G14", "Library", "LSU"])])
t = """Hi Carla,

Ahead of Monday, here's the list of Year 11 candidates with access arrangements for the summer series, so your invigilators know who is in which room and who needs a reader/scribe. Can you make sure the agency staff read the reason column - a couple of these are sensitive (anxiety, CAMHS) so please be discreet with the students.

Any questions give me a ring.

Piotr Kowalski
Exams Officer | Centre 14372"""
frm = "p.kowalski@school.example"
to = ["carla.jennings@invigilate-direct.example"]
P(2, "access-arrangements", message(addr("Piotr Kowalski", frm), [addr("Carla Jennings", to[0])], "Access arrangements list - summer series",
  "Fri, 09 May 2025 14:12:09 +0100", mid("outlook", 102),
  part_multi("mixed", [part_text(t), part_attach("AA candidates summer 2025.xlsx", XLSX_CT, xlsx_bytes(rows, "AA list"))], "_004_aa_list_"), extra=OUTLOOK),
  frm, to, frm, "attachment-xlsx", "Exams officer sends an external invigilation agency a spreadsheet of candidates, DOBs and access-arrangement reasons")

# ---- 003 NEET-risk list to careers company, plain body table
rng = random.Random("pd3")
ps = [pupil(rng, 11) for _ in range(7)]
rows = [["Name", "DOB", "ULN", "Address", "Mobile", "Flags"]]
flags = ["LAC, EHCP", "FSM, low attendance", "YOT involvement", "FSM, EAL", "Young carer", "SEMH, part-time timetable", "FSM"]
for i, p in enumerate(ps):
    rows.append([p["name"], d_uk(p["dob"]), p["uln"], "%s, %s" % (p["addr"], p["pc"]), p["phone"], flags[i]])
t = """Hi Jordan,

Here are the Year 11s we'd like FuturePath to prioritise for the September guarantee follow-up. They're all at risk of NEET for the reasons in the last column. Please don't contact the YOT young person directly, go through me.

""" + text_table(rows) + """

Thanks,
Nasreen Begum
Careers Adviser, Thameside Park Academy"""
frm = "n.begum@school.example"
to = ["jordan.price@futurepath-careers.example"]
P(3, "neet-risk-list", message(addr("Nasreen Begum", frm), [addr("Jordan Price", to[0])], "Y11 NEET risk - priority list",
  "Tue, 17 Jun 2025 11:21:44 +0100", mid("outlook", 103), part_text(t), extra=OUTLOOK),
  frm, to, frm, "plain", "Careers adviser sends an outside careers company a list of at-risk Year 11s with ULNs, DOBs, addresses and vulnerability flags")

# ---- 004 transfer info to receiving school, wrapped
rng = random.Random("pd4")
ps = [pupil(rng, 9), pupil(rng, 7), pupil(rng, 7)]
t = """Dear Mr Fenwick,

Further to our call, here are the details of the three pupils moving to Harbourside from Monday. The CTF files will follow through S2S once our MIS is updated, but you asked for the key details today so you can timetable them.

1. %s, DOB %s, UPN %s. Year 9. Address: %s, %s. Pupil premium and FSM (Ever 6). SEN support - speech and language, SALT report on file. Mother: %s %s, %s.

2. %s, DOB %s, UPN %s. Year 7. Same address as above (sibling). FSM. No SEN. Was on a behaviour report this term for fighting; one fixed-term suspension (2 days) in January.

3. %s, DOB %s, UPN %s. Year 7. Address: %s, %s. EHCP (autism) - the plan names Thameside so the LA will need to amend it. Takes melatonin at home; no medication in school. Father has no contact order - please see the court order which I will post.

Kind regards,
Daniel Okafor
Data Manager""" % (ps[0]["name"], d_uk(ps[0]["dob"]), ps[0]["upn"], ps[0]["addr"], ps[0]["pc"], ps[0]["mum"], ps[0]["last"], ps[0]["phone"],
                   ps[1]["first"] + " " + ps[0]["last"], d_uk(ps[1]["dob"]), ps[1]["upn"],
                   ps[2]["name"], d_uk(ps[2]["dob"]), ps[2]["upn"], ps[2]["addr"], ps[2]["pc"])
frm = "d.okafor@school.example"
to = ["r.fenwick@harbourside-academy.example"]
cc = ["admissions@school.example"]
P(4, "pupil-transfer", message(addr("Daniel Okafor", frm), [addr("Richard Fenwick", to[0])], "Pupils transferring to Harbourside - details",
  "Thu, 23 Jan 2025 10:03:37 +0000", mid("outlook", 104), part_text(wrap_text(t, 72)), cc=cc, extra=OUTLOOK),
  frm, to + cc, frm, "wrapped", "Data manager emails another academy UPNs, DOBs, SEN, FSM, suspension and court-order details for three transferring pupils")

# ---- 005 parent refund bank details, zip of csv
rng = random.Random("pd5")
rows = [["Pupil", "Form", "Payer name", "Sort code", "Account number", "Refund (GBP)", "Reason"]]
for _ in range(8):
    p = pupil(rng, 10)
    sc, acc = make_bank(rng)
    rows.append([p["name"], p["form"], "%s %s" % (p["parent_first"], p["last"]), sc, acc, "%.2f" % rng.choice([145.00, 145.00, 72.50, 290.00]), "Paris trip cancelled"])
z = zip_bytes([("Paris refunds/refunds_batch_03.csv", csv_bytes(rows))])
t = """Hi Paul,

Please find the third batch of refunds for the cancelled Year 10 Paris trip zipped up. These are parents who paid by bank transfer so can't be refunded through ParentPay - bank details are as given by the parents on the refund form. Could these go on Thursday's BACS run?

Thanks
Beatriz Santos
Finance Officer"""
frm = "b.santos@school.example"
to = ["paul.moss@moss-webb-accountants.example"]
P(5, "parent-bank-refunds", message(addr("Beatriz Santos", frm), [addr("Paul Moss", to[0])], "Paris trip refunds - batch 3",
  "Mon, 10 Mar 2025 09:33:02 +0000", mid("outlook", 105),
  part_multi("mixed", [part_text(t), part_attach("Paris refunds batch 3.zip", "application/zip", z)], "_004_refunds_zip_"), extra=OUTLOOK),
  frm, to, frm, "zip", "Finance officer sends the external accountants a zipped CSV of parents' names, sort codes and account numbers for refunds")

# ---- 006 payroll starters xlsx
rng = random.Random("pd6")
sts = [staff_member(rng) for _ in range(5)]
rows = [["Name", "DOB", "NI number", "Address", "Postcode", "Sort code", "Account no", "Post", "Grade/Point", "FTE", "Start date"]]
posts = [("Teacher of Maths", "MPS 3", 1.0), ("Teaching Assistant", "Scale 3 pt 5", 0.8), ("Cover Supervisor", "Scale 4 pt 8", 1.0),
         ("Teacher of Science", "UPS 1", 1.0), ("Midday Supervisor", "Scale 1 pt 2", 0.3)]
for s, (post, grade, fte) in zip(sts, posts):
    rows.append([s["name"], d_uk(s["dob"]), s["ni"], s["addr"], s["pc"], s["sc"], s["acc"], post, grade, fte, "01/04/2025"])
t = """Hi Sinead,

April starters attached - 5 new staff. Contracts and P46/starter checklists are signed and I've scanned them into the HR folder. The TA is on a term-time-only contract so please apply the usual weeks factor.

Cut-off is the 10th, isn't it? Shout if anything's missing.

Jo Whitaker
HR Officer | Thameside Park Academy"""
frm = "j.whitaker@school.example"
to = ["schools.payroll@edupay-services.example"]
cc = ["m.greaves@school.example"]
P(6, "payroll-starters", message(addr("Jo Whitaker", frm), [addr("EduPay Schools Payroll", to[0])], "April starters - Thameside Park",
  "Wed, 26 Mar 2025 16:20:54 +0000", mid("outlook", 106),
  part_multi("mixed", [part_text(t), part_attach("Starters April 2025.xlsx", XLSX_CT, xlsx_bytes(rows, "Starters"))], "_004_starters_"), cc=cc, extra=OUTLOOK),
  frm, to + cc, frm, "attachment-xlsx", "HR sends the outsourced payroll bureau new starters' NI numbers, DOBs, addresses and bank details in a spreadsheet")

# ---- 007 EP referral docx
rng = random.Random("pd7")
p = pupil(rng, 8, "M")
doc = docx_bytes([
  "EDUCATIONAL PSYCHOLOGY REFERRAL - CONFIDENTIAL",
  [["Name", p["name"]], ["Date of birth", d_uk(p["dob"])], ["UPN", p["upn"]], ["NHS number", fmt_nhs(p["nhs"])],
   ["Address", "%s, London %s" % (p["addr"], p["pc"])], ["Parent/carer", "%s %s (mother), %s" % (p["mum"], p["last"], p["phone"])],
   ["Year / form", "Year 8 / %s" % p["form"]], ["SEN status", "EHCP (issued March 2022) - primary need SEMH"]],
  "Reason for referral: %s has had a marked decline in engagement since October. He has been verbally aggressive to staff on four occasions and has disclosed low mood and self-harm (superficial cutting, forearm) to his keyworker on 14 January. Safeguarding referral made (MASH ref held by DSL)." % p["first"],
  "Diagnoses: ADHD (combined type, 2019), query ASC - on CAMHS waiting list. Medication: methylphenidate 18mg (taken at home).",
  "Home circumstances: parents separated; father in prison (released date unknown). Family known to Early Help. Mother reports her own depression.",
  "Questions for the EP: cognitive profile; strategies for unstructured times; whether current EHCP provision is adequate ahead of the annual review on 3 April.",
  "Completed by: Rekha Patel-Rhodes, SENCo",
])
t = """Dear Dr Morgan,

Please find attached a referral for %s in Year 8, ahead of your visit on the 6th. Mum has given consent (signed form to follow by post). Please note the safeguarding information on page 1.

Kind regards,
Rekha Patel-Rhodes
SENCo""" % p["first"]
frm = "r.patel-rhodes@school.example"
to = ["dr.l.morgan@eps-london.example"]
P(7, "ep-referral", message(addr("Rekha Patel-Rhodes", frm), [addr("Dr Lucy Morgan", to[0])], "EP referral - Y8 pupil",
  "Tue, 28 Jan 2025 17:05:11 +0000", mid("outlook", 107),
  part_multi("mixed", [part_text(t), part_attach("EP referral %s.docx" % p["last"], DOCX_CT, doc)], "_004_ep_ref_"), extra=OUTLOOK),
  frm, to, frm, "attachment-docx", "SENCo sends an external educational psychologist a referral with DOB, NHS number, diagnoses and self-harm disclosure")

# ---- 008 DSL forwards safeguarding log to personal mail, forward inline
rng = random.Random("pd8")
ps = [pupil(rng, rng.choice([7, 9, 10, 11])) for _ in range(4)]
log = []
cases = ["Disclosed that mum's partner hit her with a belt. Bruising to upper arm seen by HoY. MASH referral made, strategy meeting Thursday.",
         "Missing from home overnight 3-4 March, found by police in Romford. Concerns re CSE - older males, new phone. Police CE referral.",
         "Food in bag from canteen, no heating at home per pupil. Early Help assessment started with mum.",
         "Peer-on-peer: sharing of nude image by two Year 10 boys. Phones seized, police informed, parents of all three informed."]
for p, c in zip(ps, cases):
    log.append("%s (DOB %s, %s, %s, %s) - %s" % (p["name"], d_uk(p["dob"]), p["form"], p["addr"], p["pc"], c))
t = """Sending this to my home email so I can finish the DSL report for governors tonight - laptop's playing up.

---------- Forwarded message ---------
From: Amina Yusuf <a.yusuf@school.example>
Date: Fri, 7 Mar 2025 at 16:52
Subject: DSL weekly log w/e 7 March
To: Amina Yusuf <a.yusuf@school.example>


""" + "\n\n".join(log) + """

Actions for next week: chase MASH outcome x2, TAF meeting Tues, update CPOMS."""
frm = "a.yusuf@school.example"
to = ["amina.yusuf84@example.com"]
P(8, "safeguarding-log", message(addr("Amina Yusuf", frm), to, "Fwd: DSL weekly log w/e 7 March", "Fri, 07 Mar 2025 17:10:40 +0000",
  mid("outlook", 108), part_text(t), extra=OUTLOOK),
  frm, to, frm, "forward-inline", "DSL forwards a safeguarding log naming pupils with DOBs, addresses and abuse details to her personal email")

# ---- 009 reply-all mistake with behaviour records to a parent
rng = random.Random("pd9")
ps = [pupil(rng, 9) for _ in range(6)]
lines = []
for p in ps:
    lines.append("> %-20s %s  %s  pts %3d  %s" % (p["name"], d_uk(p["dob"]), p["upn"], rng.randint(25, 140),
                 rng.choice(["2x isolation, 1 FTS", "SEN support (ADHD)", "PP; report card", "defiance x11", "FTS 2 days (assault)", "truancy p5 x6"])))
t = """Thanks Leon, I'll pick these up at the meeting. Can we also add Mrs Evans's concerns about the bus - she's copied in.

Funmi

From: Leon Campbell <l.campbell@school.example>
Sent: 19 March 2025 12:14
To: Funmi Oladipo <f.oladipo@school.example>; Sandra Evans <sandra.evans71@example.net>
Subject: RE: 9R behaviour - Monday meeting

> Hi Funmi, here's the top six in 9R for behaviour points this term, for
> Monday. Pupil, DOB, UPN, points and notes:
>
""" + "\n".join(lines) + """
>
> Leon"""
frm = "f.oladipo@school.example"
to = ["l.campbell@school.example", "sandra.evans71@example.net"]
P(9, "behaviour-reply-all", message(addr("Funmi Oladipo", frm), [addr("Leon Campbell", to[0]), addr("Sandra Evans", to[1])],
  "RE: 9R behaviour - Monday meeting", "Wed, 19 Mar 2025 12:40:05 +0000", mid("outlook", 109), part_text(t), in_reply_to=mid("outlook", 1090), extra=OUTLOOK),
  frm, to, frm, "reply-quoted", "Reply-all copies a parent into a quoted list of six pupils' DOBs, UPNs and behaviour/suspension notes")

# ---- 010 trip list to coach company, html table
rng = random.Random("pd10")
ps = [pupil(rng, 7) for _ in range(12)]
med = ["", "", "Asthma - inhaler", "", "Nut allergy - EpiPen x2", "", "Epilepsy - buccal midazolam", "", "", "Type 1 diabetes", "", "Travel sick"]
rows = [["Name", "DOB", "Medical", "Emergency contact", "Phone"]]
for p, m in zip(ps, med):
    rows.append([p["name"], d_uk(p["dob"]), m or "-", "%s %s" % (p["parent_first"], p["last"]), p["phone"]])
paras = ["Hi Gary,", "Passenger list for the Year 7 trip to Chessington on Wednesday 18 June (coach 1). Medical needs are in the third column in case the driver needs to know for an emergency.",
         html_table(rows), "Pick up 8.15am from Hartley Road gate. Thanks,<br>Sharon Doyle<br>Reception, Thameside Park Academy"]
frm = "s.doyle@school.example"
to = ["bookings@capital-coaches.example"]
P(10, "trip-passenger-list", message(addr("Sharon Doyle", frm), [addr("Capital Coaches Bookings", to[0])], "Passenger list - Chessington 18/6 coach 1",
  "Mon, 16 Jun 2025 10:11:00 +0100", mid("outlook", 110), part_text(html_doc(paras), subtype="html", cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "html", "Receptionist sends a coach firm an HTML passenger list with pupils' DOBs, medical conditions and parents' phones")

# ---- 011 CAMHS referral from phone
rng = random.Random("pd11")
p = pupil(rng, 10, "F")
t = """Hi Priya, as promised here are %s's details for the urgent referral:

%s
DOB %s
NHS no %s
%s, %s
Mum %s %s

She told her tutor this morning she has been making plans to end her life, has been cutting daily. Mum is collecting her now and taking her to A&E at Newham. Please call me when you can.

Amina

Sent from my iPhone""" % (p["first"], p["name"], d_uk(p["dob"]), fmt_nhs(p["nhs"]), p["addr"], p["pc"], p["mum"], p["phone"])
frm = "a.yusuf@school.example"
to = ["p.raman@camhs-east.nhs.example"]
P(11, "camhs-referral", message(addr("Amina Yusuf", frm), to, "Urgent referral", "Thu, 15 May 2025 11:48:27 +0100", mid("apple", 111),
  part_text(t, charset="us-ascii", flowed=True, delsp=True), extra=IPHONE),
  frm, to, frm, "mobile", "DSL emails CAMHS from her phone with a pupil's NHS number, DOB, address and suicide-risk disclosure")

# ---- 012 pupil premium list to tutoring provider, alternative
rng = random.Random("pd12")
ps = [pupil(rng, 10) for _ in range(10)]
rows = [["Name", "UPN", "DOB", "FSM", "PP", "SEN", "Maths target"]]
for p in ps:
    rows.append([p["name"], p["upn"], d_uk(p["dob"]), rng.choice(["Y", "Y", "Ever6"]), "Y", rng.choice(["N", "K", "N", "E"]), rng.choice(["4", "5", "5", "6"])])
t = "Hi Tom,\n\nHere's the Year 10 group for the Tuesday tutoring block (all pupil premium). SEN column: K = SEN support, E = EHCP.\n\n" + text_table(rows) + "\n\nThanks,\nRavi Sharma\nHead of Maths"
paras = ["Hi Tom,", "Here's the Year 10 group for the Tuesday tutoring block (all pupil premium). SEN column: K = SEN support, E = EHCP.", html_table(rows), "Thanks,<br>Ravi Sharma<br>Head of Maths"]
frm = "r.sharma@school.example"
to = ["tom.ellery@brightsteps-tutoring.example"]
P(12, "pupil-premium-list", message(addr("Ravi Sharma", frm), [addr("Tom Ellery", to[0])], "Y10 tutoring group - Tuesdays",
  "Thu, 07 Nov 2024 13:30:30 +0000", mid("outlook", 112),
  part_multi("alternative", [part_text(t), part_text(html_doc(paras), subtype="html", cte="quoted-printable")], "_000_LO2P265MB3pp_tut_"), extra=OUTLOOK),
  frm, to, frm, "alternative", "Head of maths sends a tutoring company a list of pupil-premium pupils with UPNs, DOBs, FSM and SEN flags")

# ---- 013 special consideration to exam board, qp
rng = random.Random("pd13")
p = pupil(rng, 13, "F")
t = """Dear Special Requirements Team,

Centre 14372 – Thameside Park Academy

I’m writing about a special consideration application for %s (candidate number %s, DOB %s, UCI on the application form) for 9MA0 Paper 2 on 11 June.

On the morning of the exam %s was informed that her father had died overnight at the Royal London Hospital. She chose to sit the paper but was visibly distressed and left the room twice. She also has a diagnosed anxiety disorder (letter from her GP dated 2 February enclosed) and was already entitled to rest breaks.

I have not been able to submit via the portal because it times out on the evidence upload, so I am emailing the GP letter and the death notice scan separately.

Kind regards,
Piotr Kowalski
Exams Officer""" % (p["name"], p["cand"], d_uk(p["dob"]), p["first"])
frm = "p.kowalski@school.example"
to = ["special.requirements@awarding-body.example"]
P(13, "special-consideration", message(addr("Piotr Kowalski", frm), to, "Special consideration – centre 14372 – 9MA0/02",
  "Fri, 13 Jun 2025 09:14:55 +0100", mid("outlook", 113), part_text(t, cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "qp", "Exams officer emails an awarding body a candidate's name, number, DOB, bereavement and anxiety diagnosis")

# ---- 014 full pupil export zip to analytics consultant
rng = random.Random("pd14")
rows = [["UPN", "Surname", "Forename", "Gender", "DOB", "NCY", "Ethnicity", "EAL", "FSM", "PP", "SEN", "Postcode", "KS2 scaled (R/M)"]]
for _ in range(40):
    p = pupil(rng, rng.choice([7, 8, 9, 10, 11]))
    rows.append([p["upn"], p["last"], p["first"], p["sex"], d_iso(p["dob"]), p["ncy"], rng.choice(["BBAN", "AIND", "WBRI", "APKN", "BAFR", "WEEU", "MWBC", "BCRB", "AOTH"]),
                 rng.choice(["Y", "N"]), rng.choice(["Y", "N", "N"]), rng.choice(["Y", "N"]), rng.choice(["N", "N", "K", "E"]), p["pc"], "%d/%d" % (rng.randint(88, 118), rng.randint(88, 118))])
z = zip_bytes([("TPA_export_2025-01-20/pupils.csv", csv_bytes(rows)), ("TPA_export_2025-01-20/readme.txt", "Export from MIS 20/01/2025 09:02. 40 rows shown are the first sample batch.\n")])
t = """Hi Sanjay,

As requested, the first sample of the pupil extract for the dashboard build is attached (zipped because of the file size limit). It's the standard census fields plus KS2. Full cohort to follow once you've confirmed the column mapping works.

Daniel Okafor
Data Manager"""
frm = "d.okafor@school.example"
to = ["sanjay@insight-analytics.example"]
P(14, "mis-export", message(addr("Daniel Okafor", frm), [addr("Sanjay Mehta", to[0])], "Pupil extract - sample for dashboard",
  "Mon, 20 Jan 2025 09:40:12 +0000", mid("outlook", 114),
  part_multi("mixed", [part_text(t), part_attach("TPA_export_2025-01-20.zip", "application/zip", z)], "_004_mis_export_"), extra=OUTLOOK),
  frm, to, frm, "zip", "Data manager sends a consultancy a zipped MIS extract: UPNs, DOBs, ethnicity, FSM, SEN and postcodes")

# ---- 015 card number to payment provider, windows-1252
rng = random.Random("pd15")
card = make_card(rng, "4")
p = pupil(rng, 12)
t = """Hello,

We need to refund a parent who was charged twice for the Year 12 Berlin deposit (2 × £250.00 on 4 March, one refund required). The parent, %s %s, has given me the card they used over the phone because the transaction doesn’t show in our merchant portal:

Card number: %s %s %s %s
Expiry: 09/27
Name on card: %s %s
Billing postcode: %s

Could you please process the £250.00 refund to this card and confirm?

Many thanks,
Beatriz Santos
Finance Officer – Thameside Park Academy""" % (p["parent_first"], p["last"], card[:4], card[4:8], card[8:12], card[12:], p["parent_first"].upper(), p["last"].upper(), p["pc"])
frm = "b.santos@school.example"
to = ["merchant.support@payzone-schools.example"]
P(15, "card-refund", message(addr("Beatriz Santos", frm), to, "Duplicate payment refund – Thameside Park Academy (MID 4410273)",
  "Thu, 06 Mar 2025 14:55:20 +0000", mid("outlook", 115), part_text(t, charset="windows-1252", cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "windows-1252", "Finance officer emails a payment provider a parent's full card number, expiry and billing postcode")

# ---- 016 forward inline to mentoring charity
rng = random.Random("pd16")
p = pupil(rng, 10, "M")
t = """Hi Marcus,

Forwarding the summary from his HoY so you have the background before you start mentoring %s next week. Please keep it to yourself and the mentor.

Leon

---------- Forwarded message ---------
From: Funmi Oladipo <f.oladipo@school.example>
Date: Mon, 3 Feb 2025 at 08:41
Subject: %s - summary
To: Leon Campbell <l.campbell@school.example>


%s %s, 10%s, DOB %s, UPN %s
Lives with nan at %s, %s (mum in Birmingham, no contact).
Attendance 71.4%% this year, 38 lates.
Behaviour: 212 points, 3 fixed-term suspensions (possession of a bladed article Oct 23 - 5 days; assault on peer x2).
Open to YOT (referral order, 6 months). Social worker Kate Ibe, Eastbury CSC.
Known associates of the Forest Gate group - police intelligence shared at MACE.
SEN support - dyslexia.""" % (p["first"], p["name"], p["first"], p["last"], p["form"][-1], d_uk(p["dob"]), p["upn"], p["addr"], p["pc"])
frm = "l.campbell@school.example"
to = ["marcus.reid@steppingup-mentors.example"]
P(16, "mentoring-background", message(addr("Leon Campbell", frm), [addr("Marcus Reid", to[0])], "Fwd: %s - summary" % p["name"],
  "Mon, 03 Feb 2025 09:15:48 +0000", mid("outlook", 116), part_text(t), extra=OUTLOOK),
  frm, to, frm, "forward-inline", "HoY forwards a mentoring charity a pupil's DOB, UPN, address, suspensions, YOT and police-intelligence details")

# ---- 017 staff reference with NI number, flowed
rng = random.Random("pd17")
s = staff_member(rng)
t = """Dear Ms Oduya,

Thank you for your reference request for %s, who has applied for the post of Teaching Assistant at Riverside Primary.

%s has worked at Thameside Park Academy since September 2019 as a Level 2 Teaching Assistant. For your records: date of birth %s, National Insurance number %s, current address %s, London %s.

Sickness absence in the last two years: 14 days (2023/24, including a 9-day absence for surgery) and 6 days so far this year (stress-related, referred to occupational health in November; now resolved). There are no current disciplinary warnings; a first written warning for timekeeping from 2022 has expired.

%s is warm and reliable with pupils and I recommend her for the role.

Yours sincerely,

Jo Whitaker
HR Officer""" % (s["name"], s["first"], d_long(s["dob"]), s["ni"], s["addr"], s["pc"], s["first"])
frm = "j.whitaker@school.example"
to = ["hr@riverside-primary.example"]
P(17, "staff-reference", message(addr("Jo Whitaker", frm), [addr("Riverside Primary HR", to[0])], "Reference - Teaching Assistant application",
  "Tue, 14 Jan 2025 11:00:07 +0000", mid("apple", 117), part_text(flow_text(t), flowed=True)),
  frm, to, frm, "flowed", "HR sends another school a staff reference with DOB, NI number, address and sickness/disciplinary history")

# ---- 018 attendance prosecution reply, quoted
rng = random.Random("pd18")
p = pupil(rng, 9, "F")
t = """Hi Kwesi,

Answers below in capitals.

Grace

-----Original Message-----
From: Kwesi Boateng <k.boateng@eastbury-council.example>
Sent: 01 April 2025 10:05
To: Grace Adeyemi <g.adeyemi@school.example>
Subject: Section 444 - %s

> Hi Grace, for the prosecution bundle I need:
> - full name and DOB - %s, %s
> - UPN - %s
> - both parents' names and address - %s and Mr %s %s, %s, %s (SEPARATED - DAD NOW AT FLAT 3, 58 GREEN STREET, E13 9AU)
> - attendance this academic year - 54.2%%, 96 UNAUTHORISED SESSIONS (O CODES), 11 G CODES
> - any medical evidence provided - NONE SINCE OCTOBER. MUM CLAIMED MIGRAINES, GP SAYS NOT SEEN
> - any safeguarding concerns we should know about - CIN PLAN CLOSED DEC 24. DV HISTORY (DAD). DON'T LIST DAD'S ADDRESS IN PAPERS SERVED ON MUM.
>
> Thanks, Kwesi""" % (p["name"], p["name"], d_uk(p["dob"]), p["upn"], "Ms %s %s" % (p["mum"], p["last"]), p["dad"], p["last"], p["addr"], p["pc"])
frm = "g.adeyemi@school.example"
to = ["k.boateng@eastbury-council.example"]
P(18, "attendance-prosecution", message(addr("Grace Adeyemi", frm), [addr("Kwesi Boateng", to[0])], "RE: Section 444 - %s" % p["name"],
  "Tue, 01 Apr 2025 14:22:31 +0100", mid("outlook", 118), part_text(t), in_reply_to=mid("outlook", 1180), extra=OUTLOOK),
  frm, to, frm, "reply-quoted", "Attendance officer answers inline with pupil DOB, UPN, parents' addresses, attendance and DV history for a prosecution")

# ---- 019 work experience to employer, iso-8859-1
rng = random.Random("pd19")
ps = [pupil(rng, 10) for _ in range(3)]
notes = ["severe peanut allergy - carries 2 EpiPens", "asthma (inhaler); wears hearing aids", "no medical needs; Muslim - prays at lunchtime"]
blocks = []
for p, n in zip(ps, notes):
    blocks.append("- %s, born %s, %s. Home: %s, %s. Emergency contact %s %s on %s." % (p["name"], d_long(p["dob"]), n, p["addr"], p["pc"], p["parent_first"], p["last"], p["phone"]))
t = """Bonjour Hélène,

Thank you again for offering three placements at the café and bakery for work experience week (7-11 July). Here are the students' details for your risk assessment and staff briefing:

""" + "\n".join(blocks) + """

They will arrive at 9am on the Monday. Their tutor will visit on the Wednesday.

Merci beaucoup,
Nasreen Begum
Careers Adviser"""
frm = "n.begum@school.example"
to = ["helene@boulangerie-levain.example"]
P(19, "work-experience-details", message(addr("Nasreen Begum", frm), [addr("Hélène Marchand", to[0])], "Work experience students - details",
  "Mon, 30 Jun 2025 12:45:00 +0100", mid("outlook", 119), part_text(t, charset="iso-8859-1", cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "iso-8859-1", "Careers adviser gives an employer students' DOBs, home addresses, medical needs and emergency contacts")

# ---- 020 ULN list to apprenticeship provider, base64
rng = random.Random("pd20")
ps = [pupil(rng, 13) for _ in range(6)]
lines = ["%s | %s | ULN %s | %s | %s" % (p["name"], d_uk(p["dob"]), p["uln"], p["phone"], rng.choice(["Level 3 Business Admin", "Level 3 Digital Support", "Level 3 Accountancy", "Level 2 Electrical"])) for p in ps]
t = """Hi Ola,

Following the apprenticeship fair, these Year 13s have asked to be put forward for your September intake. They're happy for you to contact them directly on their mobiles:

""" + "\n".join(lines) + """

Predicted grades and references to follow from their tutors.

Best,
Nasreen Begum
Careers Adviser – Thameside Park Academy"""
frm = "n.begum@school.example"
to = ["ola.adebayo@capital-apprenticeships.example"]
P(20, "uln-list", message(addr("Nasreen Begum", frm), [addr("Ola Adebayo", to[0])], "Y13 applicants for September intake",
  "Wed, 19 Mar 2025 10:30:19 +0000", mid("outlook", 120), part_text(t, cte="base64"), extra=OUTLOOK),
  frm, to, frm, "base64", "Careers adviser sends an apprenticeship provider Year 13 students' ULNs, DOBs and mobile numbers")

# ---- 021 in-year admissions to LA, txt attachment
rng = random.Random("pd21")
ps = [pupil(rng, rng.choice([7, 8, 9])) for _ in range(5)]
reasons = ["Moved from Birmingham (refuge placement - address CONFIDENTIAL, do not disclose to father)", "Arrived from Romania Jan 2025, no English",
           "Permanently excluded from Kingsway Academy (knife)", "Sibling on roll (9K)", "Moved into temporary accommodation, Stratford"]
lines = ["IN-YEAR ADMISSIONS OFFERED - THAMESIDE PARK ACADEMY - WEEK 6", ""]
for p, r in zip(ps, reasons):
    lines.append("%s %s | DOB %s | Y%d | %s, %s | Parent: %s (%s) | Notes: %s" % (p["first"], p["last"], d_uk(p["dob"]), p["ncy"], p["addr"], p["pc"], p["parent"], p["phone"], r))
att = "\r\n".join(lines).encode("utf-8") + b"\r\n"
t = """Hi Fiona,

Weekly in-year admissions return attached. Please note the confidential address for the first one.

Thanks
Admissions
Thameside Park Academy"""
frm = "admissions@school.example"
to = ["inyear.admissions@eastbury-council.example"]
P(21, "inyear-admissions", message(addr("Thameside Park Admissions", frm), [addr("In-Year Admissions", to[0])], "In-year return wk 6",
  "Fri, 14 Feb 2025 15:02:44 +0000", mid("outlook", 121),
  part_multi("mixed", [part_text(t), part_attach("inyear_wk6.txt", "text/plain; charset=utf-8", att)], "_004_inyear_"), extra=OUTLOOK),
  "d.okafor@school.example", to, "d.okafor@school.example", "attachment-txt",
  "Admissions mailbox sends the council a text file of new pupils with DOBs, addresses, refuge and exclusion details")

# ---- 022 FSM + allergies to catering contractor, alternative
rng = random.Random("pd22")
ps = [pupil(rng, rng.choice([7, 8])) for _ in range(10)]
rows = [["Name", "Form", "DOB", "FSM", "Dietary / allergy"]]
for p in ps:
    rows.append([p["name"], p["form"], d_uk(p["dob"]), rng.choice(["Yes", "Yes", "UIFSM n/a", "No"]), rng.choice(["Halal", "Coeliac", "Milk allergy", "Sesame - anaphylaxis", "Vegetarian", "None", "Halal", "Egg allergy"])])
t = "Hi Kelly,\n\nUpdated list of new Year 7/8 starters for the till system - FSM status and dietary needs. Please update the cashless accounts by Monday so the FSM allowance applies.\n\n" + text_table(rows) + "\n\nThanks\nMaureen"
paras = ["Hi Kelly,", "Updated list of new Year 7/8 starters for the till system - FSM status and dietary needs. Please update the cashless accounts by Monday so the FSM allowance applies.", html_table(rows), "Thanks<br>Maureen"]
frm = "m.hall@school.example"
to = ["kelly.brennan@freshplate-catering.example"]
P(22, "fsm-list", message(addr("Maureen Hall", frm), [addr("Kelly Brennan", to[0])], "New starters - FSM & allergies",
  "Thu, 05 Sep 2024 11:11:11 +0100", mid("outlook", 122),
  part_multi("alternative", [part_text(t), part_text(html_doc(paras), subtype="html", cte="base64")], "_000_LO4P265MB8fsm_"), extra=OUTLOOK),
  frm, to, frm, "alternative", "Catering manager sends the external contractor a list of pupils with DOBs, FSM status and allergies")

# ---- 023 overtime/payroll adjustment to accountants, qp
rng = random.Random("pd23")
ss = [staff_member(rng) for _ in range(3)]
lines = []
for s in ss:
    lines.append("%s – NI %s – bank %s / %s – %d hrs @ £%.2f" % (s["name"], s["ni"], s["sc"], s["acc"], rng.randint(6, 22), rng.choice([14.20, 15.85, 17.10])))
t = """Hi Paul,

Lettings and exam invigilation overtime for February for the three casual staff who aren’t on EduPay – please pay via your bureau as usual:

""" + "\n".join(lines) + """

One of them has changed bank since last month (the second one) – the new details are above.

Thanks,
Martin Greaves
Business Manager"""
frm = "m.greaves@school.example"
to = ["paul.moss@moss-webb-accountants.example"]
P(23, "casual-pay", message(addr("Martin Greaves", frm), [addr("Paul Moss", to[0])], "Feb casual hours – 3 staff",
  "Fri, 28 Feb 2025 16:30:00 +0000", mid("outlook", 123), part_text(t, cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "qp", "Business manager emails external accountants staff NI numbers and bank sort codes/accounts for casual pay")

# ---- 024 rfc822 forward of internal list to MIS support
rng = random.Random("pd24")
ps = [pupil(rng, 11) for _ in range(6)]
inner_t = "Daniel - these six are showing the wrong candidate numbers and the DOB is blank in the exams module for two of them, can you fix before entries go?\n\n" + \
    "\n".join("%s  UPN %s  DOB %s  cand %s  %s" % (p["name"], p["upn"], d_uk(p["dob"]), p["cand"], rng.choice(["SEN K", "", "EHCP", "", "LAC", ""])) for p in ps) + "\n\nThanks, Piotr"
inner = message(addr("Piotr Kowalski", "p.kowalski@school.example"), [addr("Daniel Okafor", "d.okafor@school.example")],
                "Y11 exam entries - data errors", "Mon, 17 Feb 2025 08:20:00 +0000", mid("outlook", 1240), part_text(inner_t), extra=OUTLOOK)
t = """Hi MIS Support,

Ticket 88213 - see attached email from our exams officer. The DOB field is wiping itself when we run the candidate number routine. Examples attached so you can reproduce.

Daniel Okafor
Data Manager, Thameside Park Academy"""
frm = "d.okafor@school.example"
to = ["helpdesk@mis-support.example"]
P(24, "mis-support-ticket", message(addr("Daniel Okafor", frm), [addr("MIS Support", to[0])], "FW: Y11 exam entries - data errors [Ticket 88213]",
  "Mon, 17 Feb 2025 09:05:52 +0000", mid("outlook", 124),
  part_multi("mixed", [part_text(t), part_rfc822(inner, "Y11 exam entries - data errors.eml")], "_005_mis_ticket_"), extra=OUTLOOK),
  frm, to, frm, "forward-rfc822", "Data manager forwards (attached) an internal email of pupils' UPNs, DOBs and SEN/LAC flags to an external MIS helpdesk")

# ---- 025 AP referral, html
rng = random.Random("pd25")
p = pupil(rng, 10, "M")
rows = [["Field", "Detail"], ["Name", p["name"]], ["DOB", d_uk(p["dob"])], ["UPN", p["upn"]], ["Address", "%s, %s" % (p["addr"], p["pc"])],
        ["Parent", "%s %s - %s" % (p["parent_first"], p["last"], p["phone"])],
        ["Exclusion history", "FTS x4 (2023-25): persistent disruption, threatening staff, vaping, fight on school site"],
        ["SEN", "SEN support - SEMH; awaiting ADHD assessment"], ["Social care", "Child in Need (neglect), social worker Paul Dunne"],
        ["Reason for placement", "Managed move failed; at risk of permanent exclusion"]]
paras = ["Dear New Leaf team,", "Please find below our referral for a 6-week placement starting after half term, as agreed at the Fair Access Panel.",
         html_table(rows), "Kind regards,<br>Amina Yusuf<br>Assistant Headteacher"]
frm = "a.yusuf@school.example"
to = ["referrals@newleaf-ap.example"]
P(25, "ap-referral", message(addr("Amina Yusuf", frm), [addr("New Leaf AP Referrals", to[0])], "AP referral - Y10",
  "Wed, 16 Oct 2024 15:45:09 +0100", mid("outlook", 125), part_text(html_doc(paras), subtype="html", cte="base64"), extra=OUTLOOK),
  frm, to, frm, "html", "Assistant head sends an alternative provision an HTML referral with DOB, UPN, exclusions and child-in-need status")

# ---- 026 college reference, base64
rng = random.Random("pd26")
p = pupil(rng, 11, "F")
t = """Dear Admissions Team,

Reference for %s (DOB %s, ULN %s), applying for A levels in Biology, Chemistry and Psychology.

%s is a conscientious and kind student. Her attendance this year has been affected by her mother's illness: she is a young carer and has had periods of absence to support her mum, who has multiple sclerosis. She has also had support from our counsellor for low mood following a family bereavement. Despite this her predicted grades are 7s in the sciences.

She receives free school meals and will qualify for your bursary.

Yours faithfully,
Funmi Oladipo
Head of Year 11""" % (p["name"], d_uk(p["dob"]), p["uln"], p["first"])
frm = "f.oladipo@school.example"
to = ["admissions@cityside-college.example"]
P(26, "college-reference", message(addr("Funmi Oladipo", frm), [addr("Cityside College Admissions", to[0])], "Reference - %s" % p["name"],
  "Fri, 31 Jan 2025 14:02:33 +0000", mid("outlook", 126), part_text(t, cte="base64"), extra=OUTLOOK),
  frm, to, frm, "base64", "HoY emails a college a reference with the student's DOB, ULN, young-carer, counselling and FSM details")

# ---- 027 parent contact list to PTA chair's personal mail, iso-8859-1
rng = random.Random("pd27")
ps = [pupil(rng, 7) for _ in range(10)]
lines = ["%s %s (parent of %s, %s, born %s) - %s, %s - %s" % (p["parent_first"], p["last"], p["first"], p["form"], d_uk(p["dob"]), p["addr"], p["pc"], p["phone"]) for p in ps]
t = """Hi Lisa,

As promised, here are the Year 7 parents who ticked "happy to help" on the induction form, so you can invite them to the PTA coffee morning. I've included addresses in case you want to do the flyer drop à la last year.

""" + "\n".join(lines) + """

Merci!
Claire"""
frm = "c.dupont@school.example"
to = ["lisa.fernandes.home@example.com"]
P(27, "parent-contacts", message(addr("Claire Dupont", frm), [addr("Lisa Fernandes", to[0])], "Y7 parent volunteers",
  "Tue, 24 Sep 2024 19:12:40 +0100", mid("outlook", 127), part_text(t, charset="iso-8859-1", cte="8bit"), extra=OUTLOOK),
  frm, to, frm, "iso-8859-1", "Staff member sends the PTA chair's home address a list of parents' names, addresses, phones and children's DOBs")

# ---- 028 passport details to travel agency, wrapped
rng = random.Random("pd28")
ps = [pupil(rng, rng.choice([10, 12])) for _ in range(6)]
lines = []
for p in ps:
    exp = datetime.date(rng.randint(2026, 2030), rng.randint(1, 12), rng.randint(1, 28))
    lines.append("%s %s, DOB %s, passport %s (%s, exp %s)" % (p["first"], p["last"].upper(), d_uk(p["dob"]), make_passport(rng),
                 rng.choice(["British", "British", "Polish", "Nigerian", "Romanian", "Pakistani"]), d_uk(exp)))
t = """Dear Anna,

Further to your email, here are the passport details for the six students on the Berlin trip whose details were missing from the group booking form. Two of them are non-British nationals, so could you confirm whether they need any extra documentation under the new EU entry system?

""" + "\n".join(lines) + """

The other 34 students' details are already on the form.

Thanks,
Claire Dupont
Head of MFL"""
frm = "c.dupont@school.example"
to = ["anna.kovacs@eurotrips-schools.example"]
P(28, "passport-details", message(addr("Claire Dupont", frm), [addr("Anna Kovacs", to[0])], "Berlin group - missing passport details",
  "Wed, 22 Jan 2025 12:18:26 +0000", mid("outlook", 128), part_text(wrap_text(t, 74)), extra=OUTLOOK),
  frm, to, frm, "wrapped", "MFL head emails a travel company students' DOBs, passport numbers, nationalities and expiry dates")

# ---- 029 immunisation list to school nursing team, csv
rng = random.Random("pd29")
rows = [["NHS number", "Surname", "Forename", "DOB", "Gender", "Form", "Parent", "Parent mobile", "Consent"]]
for _ in range(15):
    p = pupil(rng, 9)
    rows.append([p["nhs"], p["last"], p["first"], d_uk(p["dob"]), p["sex"], p["form"], p["parent_first"] + " " + p["last"], p["phone"], rng.choice(["Y", "Y", "Y", "N", "Not returned"])])
t = """Hi Bernadette,

Attached is the Year 9 list for the Td/IPV and MenACWY session on 27 November, with NHS numbers from the MIS. The ones marked "Not returned" we've chased twice.

Session will be in the sports hall from 9am as usual.

Lorraine Pike
First Aid / Medical Room"""
frm = "l.pike@school.example"
to = ["schoolnursing.east@community-health.nhs.example"]
P(29, "immunisation-list", message(addr("Lorraine Pike", frm), [addr("School Nursing Team", to[0])], "Y9 immunisation list - 27/11",
  "Tue, 19 Nov 2024 10:41:00 +0000", mid("outlook", 129),
  part_multi("mixed", [part_text(t), part_attach("Y9 imms 27-11.csv", "text/csv", csv_bytes(rows))], "_004_imms_"), extra=OUTLOOK),
  frm, to, frm, "attachment-csv", "First-aider sends the community nursing team a CSV of pupils' NHS numbers, DOBs and parents' mobiles")

# ---- 030 class list to private tutor, flowed
rng = random.Random("pd30")
ps = [pupil(rng, 11) for _ in range(5)]
needs = ["dyslexia, 25% extra time", "autism - needs warning before changes", "EHCP (hearing impaired), sits at front", "ADHD, on medication", "anxiety, CAMHS, can leave room"]
lines = ["- %s (%s): %s" % (p["name"], d_uk(p["dob"]), n) for p, n in zip(ps, needs)]
t = """Hi Dom,

Thanks so much for covering my Saturday revision group while I'm on paternity leave. Here's who's in it and what you need to know about each of them - DOBs as well because the community centre wants them for their register:

""" + "\n".join(lines) + """

Session is 10-12 at the Hartley Road community centre. Room key from the caretaker.

Cheers,
Karim"""
frm = "k.haddad@school.example"
to = ["dominic.wray.tutor@example.net"]
P(30, "tutor-class-list", message(addr("Karim Haddad", frm), [addr("Dominic Wray", to[0])], "Saturday revision group - info",
  "Thu, 27 Feb 2025 21:03:10 +0000", mid("apple", 130), part_text(flow_text(t), flowed=True)),
  frm, to, frm, "flowed", "Head of science sends a private tutor pupils' names, DOBs and SEN/medical needs")

# =================================================================== NEGATIVES

# ---- 031 internal attendance list to HoY, csv
rng = random.Random("pd31")
ps = [pupil(rng, 9) for _ in range(8)]
rows = [["Surname", "Forename", "UPN", "DOB", "Form", "Address", "Postcode", "Attendance %", "Unauth sessions", "Stage"]]
for p in ps:
    rows.append([p["last"], p["first"], p["upn"], d_uk(p["dob"]), p["form"], p["addr"], p["pc"], "%.1f" % rng.uniform(62, 89), rng.randint(8, 60),
                 rng.choice(["Letter 1", "Letter 2", "Meeting booked", "LA referral"])])
t = """Hi Leon,

Year 9 PA list for this week attached ahead of our Thursday meeting. Two have gone up to LA referral (highlighted in the notes on Arbor). Can your tutors make first-day calls for the rest this week?

""" + SIG_ATT
frm = "g.adeyemi@school.example"
to = ["l.campbell@school.example"]
cc = ["a.yusuf@school.example"]
N(31, "internal-attendance-list", message(addr("Grace Adeyemi", frm), [addr("Leon Campbell", to[0])], "Y9 PA list w/c 10 March",
  "Mon, 10 Mar 2025 08:47:19 +0000", mid("outlook", 131),
  part_multi("mixed", [part_text(t), part_attach("Y9 PA 10-03.csv", "text/csv", csv_bytes(rows))], "_004_y9pa_"), cc=cc, extra=OUTLOOK),
  frm, to + cc, frm, "attachment-csv", "Internal only: attendance officer sends HoY a CSV of pupils with UPNs, DOBs and addresses")

# ---- 032 inbound LA reply with pupil details
rng = random.Random("pd32")
ps = [pupil(rng, 10) for _ in range(3)]
t = """Hi Grace,

Thanks for these. I've allocated them as below - I'll do the home visits next week.

%s (%s, UPN %s) - Kwesi
%s (%s, UPN %s) - me
%s (%s, UPN %s) - me, joint visit with the social worker as the family are open to CSC

Regards,
Deborah McFarlane
Education Welfare Officer, Eastbury Council

-----Original Message-----
From: Grace Adeyemi <g.adeyemi@school.example>
Sent: 12 February 2025 15:47
To: Deborah McFarlane <d.mcfarlane@eastbury-council.example>
Subject: PA referrals - Thameside Park - Spring 1

> Hi Deborah, as discussed at Tuesday's TAM, please find attached our
> persistent absence referrals for this half term.""" % tuple(x for p in ps for x in (p["name"], d_uk(p["dob"]), p["upn"]))
frm = "d.mcfarlane@eastbury-council.example"
to = ["g.adeyemi@school.example"]
N(32, "inbound-la-reply", message(addr("Deborah McFarlane", frm), [addr("Grace Adeyemi", to[0])], "RE: PA referrals - Thameside Park - Spring 1",
  "Thu, 13 Feb 2025 10:20:02 +0000", mid("outlook", 132, "eastbury-council.example"), part_text(t), in_reply_to=mid("outlook", 101), extra=OUTLOOK),
  frm, to, None, "reply-quoted", "Inbound: council EWO replies to the school with pupils' names, DOBs and UPNs")

# ---- 033 S/MIME encrypted referral to LA
blob = smime_blob("pd33")
frm = "a.yusuf@school.example"
to = ["mash@eastbury-council.example"]
part = (['Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
         "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename="smime.p7m"',
         "Content-Description: S/MIME Encrypted Message"], base64.encodebytes(blob))
N(33, "smime-referral", message(addr("Amina Yusuf", frm), [addr("Eastbury MASH", to[0])], "MASH referral - Thameside Park Academy",
  "Tue, 14 Jan 2025 16:02:30 +0000", mid("outlook", 133), part, extra=OUTLOOK),
  frm, to, frm, "smime", "Outbound safeguarding referral sent S/MIME-encrypted (enveloped-data), nothing readable in clear")

# ---- 034 PGP/MIME encrypted EP report request
frm = "r.patel-rhodes@school.example"
to = ["dr.l.morgan@eps-london.example"]
part = part_multi("encrypted", [
    (["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"], b"Version: 1\n"),
    (['Content-Type: application/octet-stream; name="encrypted.asc"', "Content-Description: OpenPGP encrypted message",
      'Content-Disposition: inline; filename="encrypted.asc"'], pgp_armored("pd34", 1400).encode())],
    "------------enigPGP7f3a9c1e2b", params='; protocol="application/pgp-encrypted"')
N(34, "pgp-ep-report", message(addr("Rekha Patel-Rhodes", frm), [addr("Dr Lucy Morgan", to[0])], "Annual review paperwork",
  "Mon, 24 Mar 2025 18:10:05 +0000", mid("other", 134), part, extra=TBIRD, preamble=False),
  frm, to, frm, "pgp", "SENCo sends annual-review paperwork to the educational psychologist as PGP/MIME encrypted mail")

# ---- 035 password-protected zip to payroll
rng = random.Random("pd35")
sts = [staff_member(rng) for _ in range(4)]
rows = [["Name", "NI number", "Sort code", "Account", "Change"]]
for s in sts:
    rows.append([s["name"], s["ni"], s["sc"], s["acc"], "Bank details change"])
z = encrypted_zip_bytes([("May changes/bank_changes_may.csv", csv_bytes(rows))], "Thames!Park-0525", "pd35")
t = """Hi Sinead,

May payroll changes attached as a password-protected zip, as per our usual process. I'll text you the password from the school mobile.

Jo Whitaker
HR Officer | Thameside Park Academy"""
frm = "j.whitaker@school.example"
to = ["schools.payroll@edupay-services.example"]
N(35, "payroll-protected-zip", message(addr("Jo Whitaker", frm), [addr("EduPay Schools Payroll", to[0])], "May changes - Thameside Park",
  "Tue, 13 May 2025 10:45:00 +0100", mid("outlook", 135),
  part_multi("mixed", [part_text(t), part_attach("May changes.zip", "application/x-zip-compressed", z)], "_004_may_changes_"), extra=OUTLOOK),
  frm, to, frm, "zip-encrypted", "Payroll changes sent outbound inside a password-protected (ZipCrypto) zip, password by text")

# ---- 036 lettings invoice with school's own bank details, html
rng = random.Random("pd36")
sc, acc = make_bank(rng)
paras = ["Dear Pastor Mensah,", "Please find below your invoice for use of the sports hall and main hall by Grace Fellowship for the spring term.",
         html_table([["Invoice no", "INV-2025-0317"], ["Date", "03/03/2025"], ["Description", "Sports hall, Sundays 10:00-13:00, 12 sessions @ &pound;85.00".replace("&pound;", "£")],
                     ["Total due", "£1,020.00"], ["Due by", "31/03/2025"]]),
         "<b>Payment by bank transfer to:</b><br>Thameside Park Academy Trust<br>Sort code: %s<br>Account number: %s<br>Reference: INV-2025-0317" % (sc, acc),
         "Many thanks,<br>Beatriz Santos<br>Finance Officer"]
frm = "b.santos@school.example"
to = ["pastor@gracefellowship-e7.example"]
N(36, "lettings-invoice", message(addr("Beatriz Santos", frm), [addr("Grace Fellowship", to[0])], "Invoice INV-2025-0317 - hall hire spring term",
  "Mon, 03 Mar 2025 11:30:00 +0000", mid("outlook", 136), part_text(html_doc(paras), subtype="html", cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "html", "Outbound lettings invoice showing the school's own sort code and account number")

# ---- 037 stationery order, plain
t = """Hi,

Please can you process the following order against account TPA00417.

PO number: 4500127763
Delivery: Thameside Park Academy, Hartley Road entrance, FAO Reprographics

Qty  Code          Description
40   WX28015       A4 exercise books 8mm ruled, 80pp (pack 50)
10   WX28031       A4 graph books 5mm (pack 50)
25   PR44210       Whiteboard markers black (pack 10)
6    GL90077       Glue sticks 40g (tub 30)
2    LM11235       Laminating pouches A4 150mic (box 100)

Previous order 4500126610 was short by two boxes of pouches - please credit or send with this one.

Thanks,
Reprographics
Thameside Park Academy
020 7946 0401"""
frm = "repro@school.example"
to = ["orders@classroom-supplies.example"]
N(37, "stationery-order", message(addr("Reprographics", frm), [addr("Orders", to[0])], "Order - PO 4500127763 - account TPA00417",
  "Wed, 08 Jan 2025 09:12:00 +0000", mid("outlook", 137), part_text(t), extra=OUTLOOK),
  "l.pike@school.example", to, "l.pike@school.example", "plain", "Outbound stationery order full of PO, account and product numbers")

# ---- 038 trip itinerary with phone numbers, wrapped
t = """Dear Mr Vogel,

Thank you for confirming our group booking (your reference BER-77310-TPA). For your records, our arrival details and emergency contacts are below.

Group: Thameside Park Academy, 40 students (Years 10 and 12) and 5 staff
Arrival: Tuesday 8 April 2025, flight EZY 2311, landing 14:05 at BER
Departure: Friday 11 April 2025, flight EZY 2314, 16:40

Trip leader: Claire Dupont, work mobile 07700 900561
Deputy leader: Eamon Quinn, work mobile 07700 900562
School emergency line (24 hours during the trip): 020 7946 0499

Dietary requirements: 6 vegetarian, 9 halal, 1 gluten-free, 1 nut-free (severe). We'll give your kitchen a detailed sheet on arrival.

Room plan: 10 rooms of 4 for students, 5 singles for staff, all on the same floor please.

Best wishes,
Claire Dupont
Head of MFL"""
frm = "c.dupont@school.example"
to = ["groups@jugendhotel-mitte.example"]
N(38, "trip-itinerary", message(addr("Claire Dupont", frm), [addr("Jugendhotel Mitte Groups", to[0])], "Group booking BER-77310-TPA - arrival details",
  "Mon, 10 Mar 2025 13:40:00 +0000", mid("outlook", 138), part_text(wrap_text(t, 72)), extra=OUTLOOK),
  frm, to, frm, "wrapped", "Outbound trip itinerary to a hostel: booking reference, flight numbers, staff work mobiles, counts only")

# ---- 039 aggregate attendance statistics to LA, xlsx
rows = [["Year group", "On roll", "Attendance %", "Authorised absence %", "Unauthorised absence %", "Persistent absence %", "Severe absence %"],
        ["Year 7", 240, 94.1, 3.6, 2.3, 14.2, 0.8], ["Year 8", 238, 92.8, 4.0, 3.2, 18.9, 1.3], ["Year 9", 241, 91.5, 4.4, 4.1, 22.4, 2.1],
        ["Year 10", 236, 91.9, 4.5, 3.6, 20.8, 1.7], ["Year 11", 229, 92.6, 4.8, 2.6, 17.0, 1.3], ["Year 12", 151, 93.4, 4.1, 2.5, 13.9, 0.7],
        ["Year 13", 138, 92.0, 5.2, 2.8, 16.7, 1.4], ["Whole school", 1473, 92.6, 4.3, 3.1, 17.9, 1.3]]
t = """Hi Kwesi,

Our attendance summary for the autumn term is attached for the borough comparison report - whole-school and year-group percentages only, no pupil-level data, as agreed.

Kind regards,
""" + SIG_ATT
frm = "g.adeyemi@school.example"
to = ["k.boateng@eastbury-council.example"]
N(39, "aggregate-attendance", message(addr("Grace Adeyemi", frm), [addr("Kwesi Boateng", to[0])], "Autumn term attendance summary - Thameside Park",
  "Fri, 10 Jan 2025 14:05:00 +0000", mid("outlook", 139),
  part_multi("mixed", [part_text(t), part_attach("TPA attendance summary Autumn 2024.xlsx", XLSX_CT, xlsx_bytes(rows, "Summary"))], "_004_att_summary_"), extra=OUTLOOK),
  frm, to, frm, "attachment-xlsx", "Outbound aggregate attendance percentages by year group, no pupil-level data")

# ---- 040 blank access arrangements form, docx
doc = docx_bytes([
  "ACCESS ARRANGEMENTS - CANDIDATE PERSONAL DATA CONSENT AND HISTORY OF NEED (TEMPLATE)",
  "Centre name: ____________________   Centre number: _______",
  [["Candidate name", ""], ["Date of birth", ""], ["Candidate number", ""], ["UPN / ULN", ""], ["Arrangement(s) requested", ""],
   ["Evidence of need (SENCo)", ""], ["Normal way of working confirmed by", ""]],
  "Candidate consent: I agree to the awarding bodies and JCQ processing my personal data for the purpose of access arrangements.",
  "Signature: ____________________   Date: __ / __ / ____",
  "Guidance: complete one form per candidate. Store securely in the candidate's file. Do not email completed forms outside the centre.",
], title="AA template")
t = """Hi all,

As promised at the SENCo network meeting, here is the blank template we use for the access arrangements history-of-need form. Feel free to adapt it for your own centres. It's only the template - no candidate information.

Best,
Rekha Patel-Rhodes
SENCo, Thameside Park Academy"""
frm = "r.patel-rhodes@school.example"
to = ["senco-network@eastbury-schools.example"]
N(40, "blank-form-template", message(addr("Rekha Patel-Rhodes", frm), [addr("Eastbury SENCo Network", to[0])], "AA history of need - blank template",
  "Thu, 21 Nov 2024 16:18:00 +0000", mid("outlook", 140),
  part_multi("mixed", [part_text(t), part_attach("AA history of need TEMPLATE.docx", DOCX_CT, doc)], "_004_aa_template_"), extra=OUTLOOK),
  frm, to, frm, "attachment-docx", "Outbound blank access-arrangements form template with empty DOB/UPN fields")

# ---- 041 data protection policy to governors, alternative
t = """Dear Governors,

Ahead of the Resources Committee on Tuesday 4 February, please find below the summary of changes to the Data Protection Policy for approval. The full policy is in the governor portal.

Key changes:
1. Personal data about pupils, staff and families must only be shared outside the school through approved secure routes (S2S, Egress, the LA portal or encrypted email). Ordinary email must not be used for lists of pupils, health information, safeguarding records or bank details.
2. Staff must not forward school email to personal accounts. Auto-forwarding to external addresses is now blocked.
3. Subject access requests must be logged with the Data Protection Officer within 2 working days; the statutory deadline is one month.
4. Data breaches must be reported to the DPO immediately; the DPO decides whether to notify the ICO within 72 hours.
5. Retention: safeguarding records are kept until the pupil's 25th birthday; exam scripts until the end of the enquiries period.

There is no personal information in this email or in the policy itself.

Kind regards,
Martin Greaves
Business Manager and Clerk to the Resources Committee"""
paras = t.split("\n\n")
frm = "m.greaves@school.example"
to = ["jeanette.hollis@example.org", "r.anand.governor@example.com", "peter.quayle@example.net"]
N(41, "dp-policy-governors", message(addr("Martin Greaves", frm), to, "Resources Committee - Data Protection Policy changes",
  "Tue, 28 Jan 2025 12:00:00 +0000", mid("outlook", 141),
  part_multi("alternative", [part_text(t), part_text(html_doc(paras), subtype="html", cte="quoted-printable")], "_000_LO2P265MB2dppol_"), extra=OUTLOOK),
  frm, to, frm, "alternative", "Outbound data protection policy summary to governors' personal addresses; no personal data")

# ---- 042 copier lease with look-alike numbers failing checks, qp
rng = random.Random("pd42")
def bad10():
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
        if not nhs_valid(s) and not uln_valid(s):
            return s
def bad16():
    while True:
        s = "4" + "".join(str(rng.randint(0, 9)) for _ in range(15))
        if not luhn_valid(s):
            return s
serials = [bad10() for _ in range(4)]
contract = bad16()
t = """Hello,

Quarterly meter readings for our lease agreement (contract ref %s %s %s %s), as at 31 March:

Device serial   Location        Mono      Colour
%s      Reprographics   412,880   96,114
%s      Staffroom        58,203    4,911
%s      Library          33,677    2,760
%s      Sixth Form       41,092    7,385

The staffroom machine is jamming on the duplex unit again – please can an engineer visit? Best contact is reprographics on 020 7946 0401.

Kind regards,
Martin Greaves
Business Manager – Thameside Park Academy""" % (contract[:4], contract[4:8], contract[8:12], contract[12:], serials[0], serials[1], serials[2], serials[3])
frm = "m.greaves@school.example"
to = ["meters@printlease-uk.example"]
N(42, "copier-meter-readings", message(addr("Martin Greaves", frm), [addr("PrintLease Meter Readings", to[0])], "Meter readings Q4 – Thameside Park Academy",
  "Tue, 01 Apr 2025 09:00:45 +0100", mid("outlook", 142), part_text(t, cte="quoted-printable"), extra=OUTLOOK),
  frm, to, frm, "qp", "Outbound meter readings: 10-digit serials and 16-digit contract ref that fail NHS/ULN/Luhn checks")

# ---- 043 internal HR→finance payroll query, windows-1252
rng = random.Random("pd43")
s = staff_member(rng)
t = """Hi Beatriz,

Quick one – %s (NI %s) says her March salary went to her old account. Her new details are sort code %s, account %s, which I updated on the HR system on 12 March. Could you check whether the change reached EduPay before the cut-off and, if not, whether we can do an emergency payment? She’s quite worried about her rent.

Thanks,
Jo""" % (s["name"], s["ni"], s["sc"], s["acc"])
frm = "j.whitaker@school.example"
to = ["b.santos@school.example"]
N(43, "internal-payroll-query", message(addr("Jo Whitaker", frm), [addr("Beatriz Santos", to[0])], "Salary paid to old account",
  "Fri, 28 Mar 2025 10:15:22 +0000", mid("outlook", 143), part_text(t, charset="windows-1252", cte="8bit"), extra=OUTLOOK),
  frm, to, frm, "windows-1252", "Internal only: HR asks finance about a staff member's NI number and new bank details")

# ---- 044 inbound parent bank details, mobile
rng = random.Random("pd44")
sc, acc = make_bank(rng)
t = """Hi, for the Paris refund my bank details are

Name: Agnieszka Kowalczyk
Sort code %s
Acc no %s

Its for Kacper 10H. Thank you

Sent from my Galaxy""" % (sc, acc)
frm = "a.kowalczyk88@example.com"
to = ["finance@school.example"]
N(44, "inbound-parent-bank", message("a.kowalczyk88@example.com", [to[0]], "Refund", "Sat, 08 Mar 2025 21:04:13 +0000", mid("gmail", 144, "example.com"),
  part_text(t, charset="us-ascii")),
  frm, to, None, "mobile", "Inbound: parent sends her own bank details to the finance mailbox from her phone")

# ---- 045 inbound EP report docx
rng = random.Random("pd45")
p = pupil(rng, 8, "M")
doc = docx_bytes([
  "EDUCATIONAL PSYCHOLOGY SERVICE - CONSULTATION RECORD",
  [["Child", p["name"]], ["DOB", d_uk(p["dob"])], ["School", "Thameside Park Academy"], ["Date of visit", "06/02/2025"]],
  "Background: %s has an EHCP for SEMH and a diagnosis of ADHD. Staff report escalating dysregulation since October." % p["first"],
  "Assessment: BAS3 verbal ability average; working memory well below average (2nd centile); processing speed low average.",
  "Recommendations: key adult check-in twice daily; movement breaks; reduced written load; review EHCP provision at annual review.",
  "Dr Lucy Morgan, Senior Educational Psychologist",
], title="EP consultation record")
t = """Dear Rekha,

Please find attached my consultation record following my visit on 6 February. I have also shared a copy with mum. Happy to discuss before the annual review.

Best wishes,
Lucy

Dr Lucy Morgan
Senior Educational Psychologist"""
frm = "dr.l.morgan@eps-london.example"
to = ["r.patel-rhodes@school.example"]
N(45, "inbound-ep-report", message(addr("Dr Lucy Morgan", frm), [addr("Rekha Patel-Rhodes", to[0])], "Consultation record",
  "Mon, 17 Feb 2025 15:22:47 +0000", mid("outlook", 145, "eps-london.example"),
  part_multi("mixed", [part_text(t), part_attach("Consultation record 06-02-25.docx", DOCX_CT, doc)], "_004_ep_record_"), extra=OUTLOOK),
  frm, to, None, "attachment-docx", "Inbound: external EP sends the SENCo a consultation record about a named pupil")

# ---- 046 internal AA list SENCo → exams, xlsx
rng = random.Random("pd46")
ps = [pupil(rng, 11) for _ in range(8)]
rows = [["Cand No", "Name", "DOB", "UPN", "Arrangement", "Evidence"]]
for p in ps:
    rows.append([p["cand"], p["name"], d_uk(p["dob"]), p["upn"], rng.choice(["25% extra time", "Reader", "Word processor", "Rest breaks", "Separate room"]),
                 rng.choice(["Form 8 (dyslexia)", "EHCP", "CAMHS letter", "Paediatrician letter", "Form 8 (processing)"])])
t = """Piotr,

Final AA list for the summer series attached - 8 candidates. All Form 8s are signed and in the AA file in my office. This replaces the version from March.

Rekha"""
frm = "r.patel-rhodes@school.example"
to = ["p.kowalski@school.example"]
N(46, "internal-aa-list", message(addr("Rekha Patel-Rhodes", frm), [addr("Piotr Kowalski", to[0])], "Final AA list - summer",
  "Tue, 29 Apr 2025 08:05:36 +0100", mid("outlook", 146),
  part_multi("mixed", [part_text(t), part_attach("AA final summer 2025.xlsx", XLSX_CT, xlsx_bytes(rows, "AA"))], "_004_aa_final_"), extra=OUTLOOK),
  frm, to, frm, "attachment-xlsx", "Internal only: SENCo sends the exams officer candidates' DOBs, UPNs and access arrangements")

# ---- 047 pupil coursework internal, base64
rows = ["Respondent | Age | Year group | Hours sleep (school night) | Hours on phone | Date surveyed"]
rng = random.Random("pd47")
for i in range(1, 21):
    rows.append("R%02d | %d | %d | %.1f | %.1f | %s" % (i, rng.randint(11, 17), rng.randint(7, 12), rng.uniform(5.5, 9.5), rng.uniform(1, 7), "2025-02-%02d" % rng.randint(3, 14)))
t = """Hi Sir,

Here is my data for the statistics coursework. I asked 20 people anonymously so they are just R01 to R20. I will do the scatter graph and the correlation next lesson.

""" + "\n".join(rows) + """

From Hafsa 11T"""
frm = "20mirza.h@students.school.example"
to = ["r.sharma@school.example"]
N(47, "pupil-coursework-data", message(addr("Hafsa Mirza", frm), [addr("Ravi Sharma", to[0])], "stats coursework data",
  "Sat, 15 Feb 2025 11:42:00 +0000", mid("outlook", 147), part_text(t, cte="base64")),
  frm, to, frm, "base64", "Internal: pupil sends teacher anonymised survey data with ages and dates for coursework")

# ---- 048 exam timetable to parents, html
rows = [["Date", "Session", "Subject", "Paper", "Duration"],
        ["Thu 15 May 2025", "AM", "English Language", "8700/1", "1h 45m"], ["Fri 16 May 2025", "AM", "Mathematics", "1MA1/1H or 1F", "1h 30m"],
        ["Tue 20 May 2025", "PM", "Biology", "8461/1H", "1h 45m"], ["Wed 4 June 2025", "AM", "Mathematics", "1MA1/2H or 2F", "1h 30m"],
        ["Wed 11 June 2025", "AM", "Mathematics", "1MA1/3H or 3F", "1h 30m"], ["Fri 13 June 2025", "PM", "Physics", "8463/2H", "1h 45m"]]
paras = ["Dear Parents and Carers of Year 11,", "Below are the dates of the main GCSE papers. Every student also has a personal timetable and statement of entry, given out in tutor time; please check that your child's name and date of birth are correct on theirs and tell the exams office if anything is wrong.",
         html_table(rows), "Morning exams start at 9.00am (students in by 8.30am); afternoon exams start at 1.30pm. Contingency day: Wednesday 25 June 2025.",
         "Good luck to all our students!<br>Mr P. Kowalski, Exams Officer"]
frm = "exams@school.example"
to = ["parents-y11@school.example", "rosa.fernandez@example.org"]
N(48, "exam-timetable", message(addr("Exams Office", frm), [addr("Year 11 Parents", to[0])], "GCSE exam timetable - summer 2025",
  "Mon, 28 Apr 2025 15:00:00 +0100", mid("outlook", 148), part_text(html_doc(paras), subtype="html", cte="quoted-printable"), cc=[to[1]], extra=OUTLOOK),
  "p.kowalski@school.example", to, "p.kowalski@school.example", "html", "Outbound GCSE timetable with dates, times and paper codes; no candidate data")

# ---- 049 careers fair exhibitors, iso-8859-1
t = """Dear exhibitors,

Thank you for joining the Thameside Careers Fair on Thursday 6 February. Stand allocations and arrival details are below.

Stand  Organisation                        Switchboard
A1     Metropolitan Police                 020 7946 0711
A2     Barts Health NHS Trust              020 7946 0712
A3     Crossrail Apprenticeships           020 7946 0713
B1     Café Rouge Group (hospitality)      020 7946 0714
B2     Cityside College                    020 7946 0715
B3     Royal Air Force                     020 7946 0716
C1     Ernst & Partners (accountancy)      020 7946 0717

Set-up from 12.30pm; the fair runs 1.30-4pm. Parking is available in the staff car park; please give your registration to reception on arrival.

Best wishes,
Nasreen Begum
Careers Adviser"""
frm = "n.begum@school.example"
to = ["events@met-police-careers.example", "careers@bartshealth.example", "schools@crossrail-apprentices.example"]
N(49, "careers-fair", message(addr("Nasreen Begum", frm), to, "Careers Fair 6 Feb - stand allocations",
  "Mon, 27 Jan 2025 12:12:12 +0000", mid("outlook", 149), part_text(t, charset="iso-8859-1", cte="8bit"), extra=OUTLOOK),
  frm, to, frm, "iso-8859-1", "Outbound careers-fair stand list with organisation switchboard numbers")

# ---- 050 prom tickets to venue, flowed
t = """Hi Natalie,

Confirming final numbers for the Year 11 prom on Friday 27 June: 186 students and 14 staff, 200 in total.

Ticket numbers issued run from TPA-PROM-0001 to TPA-PROM-0186; staff have passes S01 to S14. We've voided tickets 0043, 0112 and 0150 (lost and reissued as 0184-0186), so please don't accept those three.

Dietary summary: 74 halal, 21 vegetarian, 4 vegan, 3 gluten-free, 2 nut allergy. We'll bring the name list for the door on the night rather than emailing it.

Deposit of £2,500 was paid on 14 March (our ref PO 4500127991). Balance to follow on your final invoice.

Thanks,
Funmi Oladipo
Head of Year 11"""
frm = "f.oladipo@school.example"
to = ["events@riverview-banqueting.example"]
N(50, "prom-tickets", message(addr("Funmi Oladipo", frm), [addr("Riverview Events", to[0])], "Year 11 prom - final numbers",
  "Thu, 12 Jun 2025 16:40:00 +0100", mid("apple", 150), part_text(flow_text(t), flowed=True)),
  frm, to, frm, "flowed", "Outbound prom confirmation: ticket ranges, PO number and dietary counts; names withheld")

# ---- 051 anonymised case study, forward inline outbound
t = """Hi Becky,

Here's the anonymised case study for Thursday's training, as promised. I've taken out names, dates, the school and anything identifying - it's "Pupil A" throughout.

Amina

---------- Forwarded message ---------
From: Amina Yusuf <a.yusuf@school.example>
Date: Tue, 4 Feb 2025 at 17:30
Subject: Case study draft (anonymised)
To: Amina Yusuf <a.yusuf@school.example>


Pupil A is a Year 9 student in an inner-London secondary school. Staff noticed a gradual change over a term: new trainers and a second phone, arriving late, and leaving site at lunch. Pupil A's attendance fell from above 95% to about 80%.

A tutor noticed Pupil A being collected at the gate by older young people in a car. When asked, Pupil A said they were "cousins".

Discussion questions:
1. What indicators of criminal exploitation can you identify?
2. What should the tutor have done at each point?
3. Which agencies would you involve, and how would you record it?"""
frm = "a.yusuf@school.example"
to = ["becky.sloane@safeguarding-training.example"]
N(51, "anonymised-case-study", message(addr("Amina Yusuf", frm), [addr("Becky Sloane", to[0])], "Fwd: Case study draft (anonymised)",
  "Tue, 04 Feb 2025 17:45:10 +0000", mid("outlook", 151), part_text(t), extra=OUTLOOK),
  frm, to, frm, "forward-inline", "Outbound anonymised 'Pupil A' safeguarding case study for a training course")

# ---- 052 census aggregate to trust, csv
rows = [["Measure", "Autumn 2024 census", "Autumn 2023 census"],
        ["Pupils on roll (Y7-13)", 1473, 1458], ["FSM eligible %", 41.2, 39.8], ["Disadvantaged (PP) %", 47.5, 46.1],
        ["EAL %", 58.3, 57.0], ["SEN support %", 13.1, 12.4], ["EHCP %", 2.9, 2.6], ["Boys %", 51.4, 51.9], ["Mobility (joined in-year) %", 6.8, 7.2]]
t = """Hi Gemma,

Census headline figures for the trust board pack attached (percentages only, no pupil-level data). Let me know if you need them split by key stage.

Daniel"""
frm = "d.okafor@school.example"
to = ["g.whitfield@eastlondon-learning-trust.example"]
N(52, "census-aggregate", message(addr("Daniel Okafor", frm), [addr("Gemma Whitfield", to[0])], "Autumn census headlines - TPA",
  "Wed, 04 Dec 2024 11:50:30 +0000", mid("outlook", 152),
  part_multi("mixed", [part_text(t), part_attach("TPA census headlines.csv", "text/csv", csv_bytes(rows))], "_004_census_"), extra=OUTLOOK),
  frm, to, frm, "attachment-csv", "Outbound aggregate census percentages (FSM, EAL, SEN) to the trust; no pupil-level data")

# ---- 053 school identifiers to supplier, plain
t = """Hi Jake,

For your new-customer form, our details are:

Thameside Park Academy (part of East London Learning Trust)
URN: 143872
LA/ESTAB: 316/4027
DfE number: 3164027
Exam centre number: 14372
UKPRN: 10085531
Company number: 08316452
VAT registration: GB 219 4471 36

Invoices to: finance@school.example
Delivery: Hartley Road, London E7 9QT

Thanks,
Martin Greaves
Business Manager"""
frm = "m.greaves@school.example"
to = ["accounts@labkit-direct.example"]
N(53, "school-identifiers", message(addr("Martin Greaves", frm), [addr("LabKit Direct Accounts", to[0])], "New account - Thameside Park Academy",
  "Thu, 16 Jan 2025 14:30:00 +0000", mid("outlook", 153), part_text(t), extra=OUTLOOK),
  frm, to, frm, "plain", "Outbound school identifiers (URN, LAESTAB, UKPRN, company and VAT numbers), no personal data")

# ---- 054 internal rfc822 forward DSL → deputy head
rng = random.Random("pd54")
p = pupil(rng, 10, "F")
inner_t = """Amina,

%s (10%s, DOB %s, UPN %s) came to me at break very upset. She said her stepdad has been "putting his hands on" her mum and last night pushed %s against the wall. Small bruise on left forearm, which I saw. She doesn't want to go home tonight. Address on file: %s, %s.

I've logged it on CPOMS as well.

Lorraine""" % (p["name"], p["form"][-1], d_uk(p["dob"]), p["upn"], p["first"], p["addr"], p["pc"])
inner = message(addr("Lorraine Pike", "l.pike@school.example"), [addr("Amina Yusuf", "a.yusuf@school.example")], "Urgent - disclosure at break",
                "Wed, 12 Mar 2025 11:05:00 +0000", mid("outlook", 1540), part_text(inner_t), extra=OUTLOOK)
t = """Helen - see attached from Lorraine. I'm calling MASH now; can you cover my period 4 duty? Will update you after.

A"""
frm = "a.yusuf@school.example"
to = ["h.marsh@school.example"]
N(54, "internal-safeguarding-fwd", message(addr("Amina Yusuf", frm), [addr("Helen Marsh", to[0])], "FW: Urgent - disclosure at break",
  "Wed, 12 Mar 2025 11:12:48 +0000", mid("outlook", 154),
  part_multi("mixed", [part_text(t), part_rfc822(inner, "Urgent - disclosure at break.eml")], "_005_disclosure_fwd_"), extra=OUTLOOK),
  frm, to, frm, "forward-rfc822", "Internal only: DSL forwards a disclosure email with pupil DOB, UPN and address to the headteacher")

# ---- 055 S/MIME special consideration to exam board
blob = smime_blob("pd55", 2200)
frm = "p.kowalski@school.example"
to = ["special.requirements@awarding-body.example"]
part = (['Content-Type: application/x-pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
         "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename="smime.p7m"'], base64.encodebytes(blob))
N(55, "smime-special-consideration", message(addr("Piotr Kowalski", frm), [to[0]], "Special consideration – centre 14372 – supporting evidence",
  "Mon, 16 Jun 2025 08:55:13 +0100", mid("outlook", 155), part, extra=OUTLOOK),
  frm, to, frm, "smime", "Outbound special-consideration evidence sent as S/MIME enveloped data (x-pkcs7-mime)")

# ---- 056 inbound results zip from exam board
rng = random.Random("pd56")
rows = [["Centre", "Cand No", "Surname", "Forename", "DOB", "Qualification", "Grade"]]
for _ in range(12):
    p = pupil(rng, 13)
    rows.append(["14372", p["cand"], p["last"], p["first"], d_uk(p["dob"]), rng.choice(["GCE Mathematics", "GCE Biology", "GCE Psychology", "GCE Sociology"]), rng.choice(["A*", "A", "B", "C", "D"])])
z = zip_bytes([("14372_results_embargoed.csv", csv_bytes(rows))])
t = """Centre 14372

Please find attached your embargoed provisional results file. These results are confidential to the centre until 08:00 on results day and must not be shared with candidates before then.

Results Services"""
frm = "results@awarding-body.example"
to = ["exams@school.example"]
N(56, "inbound-results", message(addr("Results Services", frm), [to[0]], "Centre 14372 - provisional results (EMBARGOED)",
  "Wed, 13 Aug 2025 07:00:00 +0100", mid("other", 156, "awarding-body.example"),
  part_multi("mixed", [part_text(t), part_attach("14372_results.zip", "application/zip", z)], "=_results_14372"), extra=["X-Mailer: ResultsDispatch 2.1"]),
  frm, to, None, "zip", "Inbound: awarding body sends the centre a zipped results CSV with candidate names and DOBs")

# ---- 057 school BACS details to parents, qp
rng = random.Random("pd57")
sc, acc = make_bank(rng)
t = """Dear Parent/Carer,

Year 12 Geography field trip – Juniper Hall, 23–25 May

The cost of the trip is £185. If you are not able to pay through ParentPay, you can pay by bank transfer to the school account:

Account name: Thameside Park Academy Trust – School Fund
Sort code: %s
Account number: %s
Reference: GEOG + your child’s surname and form (e.g. GEOG SMITH 12B)

Students in receipt of the 16–19 bursary should speak to Mrs Santos, as the trip may be funded in full.

The deadline for payment and consent is Friday 4 April.

Thank you,
Ms J. Fairclough
Head of Geography""" % (sc, acc)
frm = "j.fairclough@school.example"
to = ["parents-y12@school.example", "bogdan.popescu@example.net"]
N(57, "school-bank-details", message(addr("Jenny Fairclough", frm), [addr("Year 12 Parents", to[0])], "Year 12 Geography field trip – payment",
  "Wed, 12 Mar 2025 12:00:00 +0000", mid("outlook", 157), part_text(t, cte="quoted-printable"), cc=[to[1]], extra=OUTLOOK),
  frm, to, frm, "qp", "Outbound trip letter giving the school fund's own sort code and account number for payments")

# ---- 058 IT asset list with serials/MACs, txt attachment
rng = random.Random("pd58")
lines = ["Asset tag   Model                 Serial        MAC address         Fault"]
for i in range(8):
    mac = ":".join("%02X" % rng.randint(0, 255) for _ in range(6))
    ser = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    lines.append("TPA-%05d   %-20s  %s    %s   %s" % (rng.randint(10000, 19999), rng.choice(["Dell Latitude 3440", "HP ProBook 450 G9", "Lenovo 300e"]), ser, mac,
                 rng.choice(["No display", "Keyboard", "Battery swollen", "Won't boot", "Hinge"])))
att = ("\r\n".join(lines) + "\r\n").encode()
t = """Hi,

Please find attached the list of 8 laptops for collection on Monday under our warranty agreement (customer no. 77120-TPA). They've all been wiped and removed from Intune.

Thanks,
Tomasz Nowak
Network Manager"""
frm = "t.nowak@school.example"
to = ["repairs@eduservice-it.example"]
N(58, "it-asset-list", message(addr("Tomasz Nowak", frm), [addr("EduService IT Repairs", to[0])], "Warranty collection - 8 laptops",
  "Thu, 27 Mar 2025 15:33:00 +0000", mid("outlook", 158),
  part_multi("mixed", [part_text(t), part_attach("collection_list.txt", "text/plain; charset=us-ascii", att)], "_004_assets_"), extra=OUTLOOK),
  frm, to, frm, "attachment-txt", "Outbound laptop repair list with asset tags, serials and MAC addresses")

# ---- 059 risk assessment counts, reply-quoted outbound
t = """Hi Owen,

Thanks - answers below.

Numbers: 48 Year 7 students, 6 staff (including one first aider and one SEN TA).
Medical: 5 students with asthma (own inhalers), 2 with severe nut allergy (EpiPens carried by student and by staff), 1 with epilepsy (care plan and rescue medication held by the first aider). We'll share individual care plans with your instructors on the day in paper form.
Swimming: 9 students are non-swimmers, so please plan the kayaking groups accordingly.
Dietary: counts already sent to your kitchen.

Best,
Eamon

> On 2 Jun 2025, at 09:14, Owen Price <owen@greenlake-outdoors.example> wrote:
>
> Hi Eamon, for our risk assessment can you confirm group size, staff
> ratio, any medical needs (numbers only at this stage) and how many
> can't swim? Thanks, Owen"""
frm = "e.quinn@school.example"
to = ["owen@greenlake-outdoors.example"]
N(59, "trip-risk-counts", message(addr("Eamon Quinn", frm), [addr("Owen Price", to[0])], "Re: Year 7 residential - risk assessment",
  "Mon, 02 Jun 2025 12:20:00 +0100", mid("apple", 159), part_text(t), in_reply_to=mid("apple", 1590, "greenlake-outdoors.example")),
  frm, to, frm, "reply-quoted", "Outbound reply to an activity centre with medical and swimming counts only, no names")

# ---- 060 PGP encrypted casual pay to accountants
frm = "m.greaves@school.example"
to = ["paul.moss@moss-webb-accountants.example"]
part = part_multi("encrypted", [
    (["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"], b"Version: 1\n"),
    (['Content-Type: application/octet-stream; name="encrypted.asc"', "Content-Description: OpenPGP encrypted message",
      'Content-Disposition: inline; filename="encrypted.asc"'], pgp_armored("pd60", 1100).encode())],
    "------------pgp9c44d10e7a", params='; protocol="application/pgp-encrypted"')
N(60, "pgp-casual-pay", message(addr("Martin Greaves", frm), [addr("Paul Moss", to[0])], "March casual hours",
  "Mon, 31 Mar 2025 16:45:00 +0100", mid("other", 160), part, extra=TBIRD, preamble=False),
  frm, to, frm, "pgp", "Business manager sends casual staff pay details to accountants as PGP/MIME encrypted mail")


if __name__ == "__main__":
    finish()
