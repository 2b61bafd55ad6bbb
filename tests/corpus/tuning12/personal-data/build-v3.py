#!/usr/bin/env python3
# build-v3.py -- personal-data policy, writer v3 (held-out round 7)
# Deterministic, stdlib only.  Run from inside personal-data/:  python3 build-v3.py
# Imagined sender population: Ysgol Gyfun Bryn Derw (a Welsh-medium secondary in
# South Wales) and its adult community-learning programme, Dysgu Cymunedol Bryn Derw.
# Every person, address and identifier below is invented; identifiers are generated
# with the real check-digit algorithms (UPN check letter, ULN, NHS mod 11, Luhn,
# NINO prefix rules, modulus-11 sort code/account for the 01-xx-xx range).
# ---------------------------------------------------------------------------
# helpers (stdlib only) -- MIME assembly, office files, zips, check digits
# ---------------------------------------------------------------------------
import base64, binascii, datetime, hashlib, io, json, os, quopri, re, struct
import textwrap, zipfile, zlib
from email.utils import format_datetime

NL = "\n"

def det_bytes(seed, n):
    """deterministic pseudo-random bytes"""
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s:%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]

def rfc2047(s, charset="utf-8", enc="q"):
    if all(ord(c) < 128 for c in s):
        return s
    if enc == "b":
        raw = s.encode(charset)
        words, chunk = [], b""
        for ch in s:
            b = ch.encode(charset)
            if len(base64.b64encode(chunk + b)) > 45:
                words.append(chunk); chunk = b""
            chunk += b
        if chunk:
            words.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode()) for w in words)
    words, cur = [], ""
    for ch in s:
        b = ch.encode(charset)
        if ch == " ":
            t = "_"
        elif re.match(r"[A-Za-z0-9!*+\-/]", ch):
            t = ch
        else:
            t = "".join("=%02X" % x for x in b)
        if len(cur) + len(t) > 40:
            words.append(cur); cur = ""
        cur += t
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (charset, w) for w in words)

def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()"@<>\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (rfc2047(name, charset), email)

def addrs(lst):
    return ",\n ".join(addr(n, e) for n, e in lst)

def mkdate(y, mo, d, h, mi, s=0, off=0):
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))

def msgid(seed, host):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], host)

def boundary(seed, style=0):
    h = hashlib.md5(seed.encode()).hexdigest()
    if style == 0:
        return "----=_Part_%d_%s.%s" % (int(h[:6], 16), h[6:16], h[16:26])
    if style == 1:
        return "000000000000" + h[:16]
    if style == 2:
        return "_000_%s%s_" % (h[:20].upper(), "BRYNDERW")
    return "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())

def flow(text, width=72):
    """format=flowed: soft breaks carry a trailing space"""
    out = []
    for para in text.split("\n"):
        if para == "" or para.startswith(">"):
            out.append(para)
            continue
        lines = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        for i, l in enumerate(lines):
            out.append(l + (" " if i < len(lines) - 1 else ""))
    return "\n".join(out)

def hardwrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if para == "" or para.startswith(">") or para.startswith("  ") or para.startswith("|"):
            out.append(para)
            continue
        out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)

class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of str header lines (may contain folded \n )
        self.body = body            # bytes

def text_part(text, charset="utf-8", cte="7bit", subtype="plain", flowed=False,
              extra=(), delsp=False):
    ct = "text/%s; charset=%s" % (subtype, charset if charset.lower() != "us-ascii" else "us-ascii")
    if flowed:
        ct += "; format=flowed" + ("; delsp=yes" if delsp else "")
    if subtype == "plain" and charset in ("utf-8", "UTF-8") and cte == "7bit":
        pass
    if charset == "us-ascii" and not text.isascii():
        charset = "utf-8"
        ct = ct.replace("us-ascii", "utf-8")
    raw = text.encode(charset)
    if cte in ("7bit",):
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            cte = "8bit"
        body = raw
    elif cte == "8bit":
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    h = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + list(extra)
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part(h, body)

def attach(filename, data, ctype, inline=False, extra=()):
    b64 = base64.encodebytes(data)
    disp = "inline" if inline else "attachment"
    h = ['Content-Type: %s; name="%s"' % (ctype, filename),
         'Content-Disposition: %s; filename="%s"' % (disp, filename),
         "Content-Transfer-Encoding: base64"] + list(extra)
    return Part(h, b64)

def rfc822_part(raw_msg_bytes, filename=None):
    h = ["Content-Type: message/rfc822" + ('; name="%s"' % filename if filename else "")]
    if filename:
        h.append('Content-Disposition: attachment; filename="%s"' % filename)
    body = raw_msg_bytes if raw_msg_bytes.endswith(b"\n") else raw_msg_bytes + b"\n"
    return Part(h, body)

def multipart(subtype, parts, bnd, params=""):
    h = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, bnd)]
    out = b""
    for p in parts:
        out += ("--%s\n" % bnd).encode()
        out += ("\n".join(p.headers) + "\n\n").encode()
        out += p.body
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += ("--%s--\n" % bnd).encode()
    return Part(h, out)

def message(frm, to, subject, date, mid, part, cc=None, extra=(), subj_charset="utf-8",
            subj_enc="q", preamble=True, crlf=False, reply_to=None):
    h = ["From: " + addr(*frm)]
    h.append("To: " + addrs(to))
    if cc:
        h.append("Cc: " + addrs(cc))
    if reply_to:
        h.append("Reply-To: " + addr(*reply_to))
    h.append("Subject: " + rfc2047(subject, subj_charset, subj_enc))
    h.append("Date: " + date)
    h.append("Message-ID: " + mid)
    h += list(extra)
    h.append("MIME-Version: 1.0")
    h += part.headers
    body = part.body
    if preamble and part.headers[0].startswith("Content-Type: multipart/"):
        body = b"This is a multi-part message in MIME format.\n\n" + body
    raw = ("\n".join(h) + "\n\n").encode() + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw

def html_doc(inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n<div style="%s">\n%s\n</div>\n</body>\n</html>\n' % (style, inner))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def paras_html(text):
    out = []
    for p in text.split("\n\n"):
        out.append("<p>" + esc(p).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)

def table_html(rows, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

ZDT = (2024, 11, 4, 9, 30, 0)

def _zi(name, dt=ZDT):
    zi = zipfile.ZipInfo(name, date_time=dt)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    return zi

def make_zip(files, dt=ZDT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            z.writestr(_zi(name, dt), data)
    return bio.getvalue()

def xml_esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))

def make_docx(paragraphs, table=None, table_after=None, dt=ZDT):
    """paragraphs: list of str (a str starting with '# ' becomes bold heading)"""
    def para(t):
        if t.startswith("# "):
            return ('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                    '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(t[2:]))
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(t)
    body = []
    tbl = ""
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(str(c)) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
               + "".join(rows) + "</w:tbl>")
    ta = len(paragraphs) if table_after is None else table_after
    for i, p in enumerate(paragraphs):
        if i == ta and tbl:
            body.append(tbl)
        body.append(para(p))
    if ta >= len(paragraphs) and tbl:
        body.append(tbl)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return make_zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("word/document.xml", doc)], dt)

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1", dt=ZDT):
    xr = []
    for ri, r in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet))
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
    return make_zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                     ("xl/worksheets/sheet1.xml", sheetxml)], dt)

def make_pdf(lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 50 800 Td 13 TL\n" + "".join("(%s) '\n" % pesc(l) for l in lines) + "ET\n"
    content = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

# --- traditional PKWARE (ZipCrypto) encrypted zip, written by hand ---------
def _crc_byte(crc, b):
    return (zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF) & 0xFFFFFFFF

class _ZC:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self.upd(c)
    def upd(self, c):
        k = self.k
        k[0] = (~zlib.crc32(bytes([c]), ~k[0] & 0xFFFFFFFF)) & 0xFFFFFFFF
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = (~zlib.crc32(bytes([(k[1] >> 24) & 0xFF]), ~k[2] & 0xFFFFFFFF)) & 0xFFFFFFFF
    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self.upd(p)
        return bytes(out)

def make_encrypted_zip(files, password, seed, dt=ZDT):
    pw = password.encode()
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    out, central = b"", b""
    for idx, (name, data) in enumerate(files):
        if isinstance(data, str):
            data = data.encode("utf-8")
        nm = name.encode()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr12 = bytearray(det_bytes(seed + name, 11)) + bytes([(crc >> 24) & 0xFF])
        z = _ZC(pw)
        encd = z.enc(bytes(hdr12) + comp)
        off = len(out)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc,
                         len(encd), len(data), len(nm), 0)
        out += lh + nm + encd
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate,
                               crc, len(encd), len(data), len(nm), 0, 0, 0, 0, 0o644 << 16, off) + nm
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), len(out), 0)
    return out + central + eocd

def smime_blob(seed, n=2400):
    # looks like DER PKCS#7 envelopedData (OID 1.2.840.113549.1.7.3) followed by ciphertext
    body = det_bytes(seed, n)
    inner = bytes([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03, 0xA0, 0x82]) + struct.pack(">H", n) + body
    return bytes([0x30, 0x82]) + struct.pack(">H", len(inner)) + inner

def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def pgp_armor(seed, n=1500):
    data = bytes([0x85, 0x02, 0x0C]) + det_bytes(seed, n)
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    ck = base64.b64encode(struct.pack(">I", _crc24(data))[1:]).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + ck + "\n-----END PGP MESSAGE-----\n"

# --- check digits ------------------------------------------------------------
UPN_L = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn(la, est, yr, serial):
    body = "%03d%04d%02d%03d" % (la, est, yr, serial)
    s = sum(int(c) * w for c, w in zip(body, range(2, 14)))
    return UPN_L[s % 23] + body

def upn_bad(la, est, yr, serial):
    good = upn(la, est, yr, serial)
    i = UPN_L.index(good[0])
    return UPN_L[(i + 5) % 23] + good[1:]

def uln(stem9):
    s = sum(int(c) * w for c, w in zip(stem9, range(10, 1, -1)))
    r = 10 - (s % 11)
    if r == 10:
        return None
    return stem9 + str(r)

def uln_from(seed):
    n = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    while True:
        stem = str(1000000000 + n % 8999999999)[:9]
        if stem[0] != "0":
            u = uln(stem)
            if u:
                return u
        n += 7919

def nhs(stem9):
    s = sum(int(c) * w for c, w in zip(stem9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    if c == 10:
        return None
    return stem9 + str(c)

def nhs_from(seed, spaced=True):
    n = int(hashlib.sha1(("nhs" + seed).encode()).hexdigest(), 16)
    while True:
        stem = "%09d" % (400000000 + n % 299999999)
        v = nhs(stem)
        if v:
            return "%s %s %s" % (v[:3], v[3:6], v[6:]) if spaced else v
        n += 104729

def nhs_ok(d):
    d = d.replace(" ", "")
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])

def uln_ok(d):
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    r = 10 - s % 11
    return r < 10 and r == int(d[9])

NINO_BAD1 = set("DFIQUV")
NINO_BAD2 = set("DFIOQUV")
NINO_BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

def nino_from(seed, spaced=False):
    n = int(hashlib.sha1(("ni" + seed).encode()).hexdigest(), 16)
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        a = letters[n % len(letters)]; n //= 19
        b = letters[n % len(letters)]; n //= 19
        if a + b not in NINO_BADP and a not in NINO_BAD1 and b not in NINO_BAD2:
            break
    digits = "%06d" % (n % 1000000); n //= 1000000
    suf = "ABCD"[n % 4]
    if spaced:
        return "%s%s %s %s %s %s" % (a, b, digits[:2], digits[2:4], digits[4:], suf)
    return a + b + digits + suf

def luhn_complete(stem):
    s = 0
    for i, ch in enumerate(reversed(stem)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return stem + str((10 - s % 10) % 10)

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    return s % 10 == 0

def card_from(seed, prefix="4", length=16):
    n = int(hashlib.sha1(("card" + seed).encode()).hexdigest(), 16)
    stem = prefix + str(n)[: length - 1 - len(prefix)]
    c = luhn_complete(stem)
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))

SC_W = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]

def sortacc_ok(sc, acc):
    d = [int(c) for c in (sc.replace("-", "") + acc)]
    return sum(a * w for a, w in zip(d, SC_W)) % 11 == 0

def bank_from(seed):
    """NatWest-range sort code with an account number that passes the
    standard modulus 11 weighting for that range"""
    n = int(hashlib.sha1(("bank" + seed).encode()).hexdigest(), 16)
    sc = "01-%02d-%02d" % (30 + n % 30, (n // 30) % 100)
    n //= 3000
    while True:
        acc = "%08d" % (10000000 + n % 89999999)
        if sortacc_ok(sc, acc):
            return sc, acc
        n += 1

W = "v3"
HERE = os.path.dirname(os.path.abspath(__file__))
MSGS = []

def add(label, family, shape, mail_from, rcpt, auth, note, raw):
    MSGS.append(dict(label=label, family=family, shape=shape, mail_from=mail_from,
                     rcpt=rcpt, auth_user=auth, note=note, raw=raw))

S = "school.example"
P = "students.school.example"
OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0"]
TB = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0"]
IPHONE = ["X-Mailer: iPhone Mail (21G93)"]
HEAD = ("Dr Meinir Watkins", "m.watkins@" + S)

def H(seed):
    return int(hashlib.sha1(seed.encode()).hexdigest(), 16)

STREETS = ["Heol y Ffynnon", "Stryd Fawr", "Teras Bryn Celyn", "Heol Tyfica", "Clos y Wern", "Heol Gelli",
           "Maes y Deri", "Lôn y Parc", "Heol Llanwynno", "Heol y Pant", "Bryn Eirlys", "Graig Street",
           "Brook Street", "Cae Glas", "Heol Sirhywi", "Gwaun Miskin Road", "Llys Tal-y-bont", "Hillside Terrace"]
TOWNS = [("Pontypridd", "CF37"), ("Porth", "CF39"), ("Tonyrefail", "CF39"), ("Llantrisant", "CF72"),
         ("Aberdâr", "CF44"), ("Treorci", "CF42"), ("Ystrad Mynach", "CF82"), ("Tonypandy", "CF40"),
         ("Beddau", "CF38"), ("Ferndale", "CF43")]
PCL = "ABDEFGHJLNPQRSTUWXYZ"

def address(seed):
    h = H("addr" + seed)
    st = STREETS[h % len(STREETS)]; h //= len(STREETS)
    town, pc = TOWNS[h % len(TOWNS)]; h //= len(TOWNS)
    num = 1 + h % 87; h //= 87
    inc = "%d%s%s" % (1 + h % 9, PCL[(h // 9) % 20], PCL[(h // 180) % 20])
    dist = pc[2:]
    return "%d %s, %s %s %s" % (num, st, town, pc, inc)

YEAR_BORN = {7: 2012, 8: 2011, 9: 2010, 10: 2009, 11: 2008, 12: 2007, 13: 2006}

def dob_for(seed, year):
    h = H("dob" + seed)
    d0 = datetime.date(YEAR_BORN[year], 9, 1)
    d = d0 + datetime.timedelta(days=h % 365)
    return d

class Pupil:
    def __init__(self, first, last, year, form=None, sex="F"):
        seed = first + last + str(year)
        self.first, self.last, self.year = first, last, year
        self.name = "%s %s" % (first, last)
        self.dob = dob_for(seed, year)
        h = H("upn" + seed)
        prim = [2231, 2207, 2254, 2190, 2268, 2215][h % 6]
        self.upn = upn(676, prim, (self.dob.year + 4) % 100, 1 + (h // 6) % 120)
        self.uln = uln_from("uln" + seed)
        self.nhs = nhs_from(seed)
        self.addr = address(seed)
        self.sex = sex
        self.form = form or "%d%s" % (year, "BDGWT"[h % 5])
        self.email = "%02d%s%s@%s" % ((2024 - (year - 7)) % 100, re.sub(r"[^a-z\-]", "", last.lower()),
                                      first[0].lower(), P)
    @property
    def dobs(self):
        return self.dob.strftime("%d/%m/%Y")

def adult(first, last, born, seed=None):
    seed = seed or first + last
    h = H("adult" + seed)
    d = datetime.date(born, 1, 1) + datetime.timedelta(days=h % 365)
    return dict(name="%s %s" % (first, last), first=first, last=last, dob=d.strftime("%d/%m/%Y"),
                nino=nino_from(seed), uln=uln_from("auln" + seed), addr=address(seed),
                nhs=nhs_from("a" + seed), bank=bank_from(seed))

def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(x in c for x in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"

def tsv_text(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows) + "\n"

def plain_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def smime_message(frm, to, subject, date, mid, cc=None, extra=(), seed="x", n=3000):
    part = attach("smime.p7m", smime_blob(seed, n), 'application/pkcs7-mime; smime-type=enveloped-data')
    part.headers = ['Content-Type: application/pkcs7-mime; smime-type=enveloped-data;\n name="smime.p7m"',
                    'Content-Disposition: attachment; filename="smime.p7m"',
                    "Content-Transfer-Encoding: base64"]
    return message(frm, to, subject, date, mid, part, cc=cc, extra=extra)

def pgp_message(frm, to, subject, date, mid, cc=None, extra=(), seed="x", n=1800):
    b = boundary(seed + "pgp", 1)
    p1 = Part(["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"],
              b"Version: 1\n")
    p2 = Part(['Content-Type: application/octet-stream; name="encrypted.asc"',
               "Content-Description: OpenPGP encrypted message",
               'Content-Disposition: inline; filename="encrypted.asc"'], pgp_armor(seed, n).encode())
    mp = multipart("encrypted", [p1, p2], b, params=' protocol="application/pgp-encrypted";')
    mp.headers = ['Content-Type: multipart/encrypted;\n protocol="application/pgp-encrypted";\n boundary="%s"' % b]
    mp.body = b"This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n" + mp.body
    return message(frm, to, subject, date, mid, mp, cc=cc, extra=extra, preamble=False)

# invented learners --------------------------------------------------------
Y11 = [Pupil("Osian", "Pritchard", 11, sex="M"), Pupil("Cadi", "Wyn Jones", 11), Pupil("Kacper", "Nowak", 11, sex="M"),
       Pupil("Efa", "Llewellyn", 11), Pupil("Iestyn", "Harries", 11, sex="M"), Pupil("Tirion", "Bevan", 11),
       Pupil("Ayesha", "Hussain", 11), Pupil("Carwyn", "Phillips", 11, sex="M")]
Y9 = [Pupil("Lili", "Prosser", 9), Pupil("Deio", "Powell", 9, sex="M"), Pupil("Alaw", "Griffiths", 9),
      Pupil("Tyler", "Morgan", 9, sex="M"), Pupil("Maja", "Kowalski", 9), Pupil("Steffan", "ap Gwyn", 9, sex="M"),
      Pupil("Nel", "Howells", 9), Pupil("Jayden", "Price", 9, sex="M"), Pupil("Erin", "Owen", 9),
      Pupil("Ianto", "Rees", 9, sex="M")]
Y8 = [Pupil("Moli", "Jenkins", 8), Pupil("Caio", "Roberts", 8, sex="M"), Pupil("Tesni", "Davies", 8),
      Pupil("Amir", "Khan", 8, sex="M"), Pupil("Gruffudd", "Lewis", 8, sex="M"), Pupil("Awen", "Thomas", 8)]
Y7 = [Pupil("Seren", "Watkins", 7), Pupil("Macsen", "Evans", 7, sex="M"), Pupil("Chloe", "Hughes", 7),
      Pupil("Llŷr", "Williams", 7, sex="M"), Pupil("Zara", "Ahmed", 7), Pupil("Harri", "Pugh", 7, sex="M")]
Y12 = [Pupil("Megan", "Powell", 12), Pupil("Rhun", "Thomas", 12, sex="M"), Pupil("Gwenllian", "Rees", 12)]
Y10 = [Pupil("Kian", "Jones", 10, sex="M"), Pupil("Anest", "Roberts", 10), Pupil("Jac", "Owen", 10, sex="M"),
       Pupil("Sophie", "Pritchard", 10), Pupil("Bleddyn", "Evans", 10, sex="M")]
ADULTS = [adult("Olena", "Kovalenko", 1984), adult("Ahmed", "Yusuf", 1979), adult("Mariana", "Silva", 1991),
          adult("Bogdan", "Popescu", 1977), adult("Samira", "Haddad", 1988), adult("Fatima", "Begum", 1969),
          adult("Jean", "Probert", 1961), adult("Tariq", "Rahman", 1995), adult("Yana", "Petrenko", 2001),
          adult("Diego", "Alvarez", 1986)]
STAFF_NEW = [adult("Rhiannon", "Mathias", 1990, "staff1"), adult("Dafydd", "Harries", 1983, "staff2"),
             adult("Catrin", "Elwyn", 1996, "staff3"), adult("Mark", "Lloyd-Evans", 1972, "staff4")]

# ============================================================================
# POSITIVES -- unencrypted, outbound (staff auth), personal data about people
# ============================================================================
EWS = ("Gwasanaeth Lles Addysg", "lles.addysg@cyngor-dyffryn.example")
COUNCIL = "cyngor-dyffryn.example"

# P1 -- exams officer -> exam board, access arrangements CSV
rows = [["Centre", "Cand No", "Surname", "Forenames", "DOB", "ULN", "UPN", "Arrangement", "Evidence"]]
arr = ["25% extra time", "Reader + 25% extra time", "Separate room", "Word processor", "Rest breaks",
       "Scribe", "25% extra time", "Modified paper (A3)"]
ev = ["Form 8 - dyslexia (Ed Psych 2023)", "Form 8 - SpLD, reading age 9y2m", "Anxiety - CAMHS letter",
      "Hypermobility - OT report", "Type 1 diabetes - consultant letter", "Broken wrist (temp)",
      "Form 8 - processing speed 4th centile", "Visual impairment - Sensory Service"]
for i, p in enumerate(Y11):
    rows.append(["68417", "%04d" % (1021 + i * 7), p.last, p.first, p.dobs, p.uln, p.upn, arr[i], ev[i]])
t = """Dear Access Arrangements team,

Further to our phone call this morning, please find attached the list of candidates for whom we still need the summer 2025 arrangements confirming. The online system kept timing out on upload so I've put them in a spreadsheet for you instead. Evidence (Form 8 etc.) is held in school and available for inspection.

Could you let me know once these have been approved?

Many thanks,
Siân Prydderch
Swyddog Arholiadau / Exams Officer
Ysgol Gyfun Bryn Derw – Centre 68417"""
mp = multipart("mixed", [text_part(t, "utf-8", "quoted-printable"),
                         attach("AA_68417_summer2025.csv", csv_text(rows).encode(), "text/csv")], boundary("pd-p1", 2))
add("positive", "exam-access-arrangements", "attach-csv", "s.prydderch@" + S,
    ["trefniadau.mynediad@cbac.example"], "s.prydderch@" + S,
    "Exams officer emails the exam board a CSV of candidates with DOB, ULN, UPN and medical/SpLD evidence for access arrangements",
    message(("Siân Prydderch", "s.prydderch@" + S), [("CBAC Trefniadau Mynediad", "trefniadau.mynediad@cbac.example")],
            "Access arrangements - centre 68417 - outstanding candidates", mkdate(2025, 2, 19, 11, 22, 0, 0),
            msgid("pd-p1", "CWLP265MB3320.GBRP265.PROD.OUTLOOK.COM"), mp, extra=OUTLOOK))

# P2 -- attendance officer -> education welfare service, hard wrapped
p = Y9[3]
t = hardwrap("""Bore da Gareth,

Please accept this email as a formal referral to the Education Welfare
Service for the pupil below. The paper form is following in the internal
post but Dr Watkins asked me to send the details today so you can
allocate before half term.

Name: %s
DOB: %s
UPN: %s
Year / form: Year 9 / %s
Address: %s
Parent/carer: Ms Donna Morgan (mother) - 07700 900318
Other adults at address: Mr Lee Carter (mother's partner)

Attendance this academic year: 61.4%% (72 sessions missed, 58 unauthorised)
Pattern: mostly Mondays and Fridays, and every PE day. Mum reports
Tyler has been refusing to get up since his grandad died in October and
that he has "stomach pains" most mornings. GP appointment was booked but
not attended. Tyler has told his tutor he is being called names on the
bus. We have put him on a bus pass exemption for the 152 for now.

Previous actions: letters L1 and L2 sent, attendance meeting 14/01/25
(mum attended, Lee did not), pastoral support plan from 20/01/25.

Please contact me or Lowri Thomas (pastoral) if you need anything else.

Diolch,
Carys Morgan
Swyddog Presenoldeb / Attendance Officer
Ysgol Gyfun Bryn Derw""" % (p.name, p.dobs, p.upn, p.form, p.addr), 72)
add("positive", "ews-referral", "hard-wrapped", "c.morgan@" + S, [EWS[1], "m.watkins@" + S], "c.morgan@" + S,
    "Attendance officer emails an EWS referral with a pupil's DOB, UPN, address, family details and bereavement/health context",
    message(("Carys Morgan", "c.morgan@" + S), [("Gareth Pryce - EWS", EWS[1])],
            "EWS referral - T. Morgan Yr 9", mkdate(2025, 2, 6, 9, 41, 0, 0), msgid("pd-p2", "school.example"),
            text_part(t, "utf-8", "8bit"), cc=[HEAD], extra=TB))

# P3 -- ALNCo -> independent educational psychologist, docx IDP summary
p = Y8[1]
docx = make_docx([
    "# Cynllun Datblygu Unigol (CDU) – crynodeb / Individual Development Plan – summary",
    "CYFRINACHOL / CONFIDENTIAL",
    "Enw / Name: %s" % p.name,
    "Dyddiad geni / DOB: %s      Blwyddyn: 8 (%s)" % (p.dobs, p.form),
    "UPN: %s      Rhif GIG / NHS No: %s" % (p.upn, p.nhs),
    "Cyfeiriad / Address: %s" % p.addr,
    "Rhieni / Parents: Mr Aled Roberts and Mrs Sioned Roberts (separated – both have PR; Caio lives with mum in the week)",
    "ALN: Autism (diagnosed by the Neurodevelopmental Team, Cwm Taf Morgannwg UHB, March 2021); sensory processing difficulties; suspected dyspraxia (awaiting OT).",
    "Medication: melatonin 3mg at night (prescribed by Dr Rhys, paediatrics).",
    "Current provision: 1:1 TA support in Maths and Science; movement breaks every lesson; exit card; lunchtime in the ALN base (Yr Hafan).",
    "Reason for request: significant escalation in dysregulation since September (3 incidents of running out of school, 1 incident of hitting a peer). Parents request a full cognitive assessment ahead of the IDP annual review on 27 March.",
    "Views of the child: 'I hate the noise in the corridors. I like Minecraft and Mr Pugh.'",
])
t = """Dear Dr Haworth,

Thank you for agreeing to see Caio before the annual review. As discussed, I attach a summary of his current IDP with the background you asked for. Mum has given consent for the assessment and is happy for you to contact her directly on 07700 900502.

Could you let me know which dates you could offer in March?

Cofion,
Huw Tudur
CADY / ALNCo
Ysgol Gyfun Bryn Derw"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("CDU crynodeb - C Roberts.docx", docx, DOCX)],
               boundary("pd-p3", 0))
add("positive", "aln-idp-to-ed-psych", "attach-docx", "h.tudur@" + S, ["c.haworth@seicoleg-addysg.example"], "h.tudur@" + S,
    "ALNCo sends an independent educational psychologist a Word IDP summary with DOB, UPN, NHS number, diagnosis and medication",
    message(("Huw Tudur", "h.tudur@" + S), [("Dr Clare Haworth", "c.haworth@seicoleg-addysg.example")],
            "Caio Roberts - assessment request", mkdate(2025, 2, 12, 16, 3, 0, 0), msgid("pd-p3", "school.example"),
            mp, extra=OUTLOOK))

# P4 -- DSL -> children's services, multipart/alternative body
p = Y7[4]
t = """CYFRINACHOL – DIOGELU / CONFIDENTIAL – SAFEGUARDING

Dear IAA team,

Further to my telephone referral at 13:10 today (spoke to Mark), here are the details in writing.

Child: %s   DOB: %s   UPN: %s   Year 7
Address: %s
Mother: Shazia Ahmed (DOB 02/07/1988)
Mother's partner: Craig Davies (not the father, DOB unknown)
Siblings: Yusuf Ahmed (DOB 19/11/2016) at Ysgol Gynradd Cwm Derw

Disclosure: At 11:20 today Zara told her form tutor (Mrs Eleri Price) that Craig "grabbed mum by the neck" on Saturday night and that she and Yusuf hid in the bathroom. Zara has a faint bruise on her left forearm which she says happened when Craig pulled her away from the door. Zara says she is scared to go home tonight. Mum has not been contacted, as advised.

Zara is currently with our pastoral officer in the Hwb. Please can you advise urgently regarding collection at 3:15pm.

Elin Haf Jenkins
Person Dynodedig Diogelu / Designated Safeguarding Person
Ysgol Gyfun Bryn Derw
07700 900771""" % (p.name, p.dobs, p.upn, p.addr)
h = html_doc("<p><b>CYFRINACHOL – DIOGELU / CONFIDENTIAL – SAFEGUARDING</b></p>" + paras_html(t.split("\n\n", 1)[1]))
alt = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"), text_part(h, "utf-8", "quoted-printable", subtype="html")],
                boundary("pd-p4", 2))
add("positive", "safeguarding-referral", "multipart-alt", "e.jenkins@" + S,
    ["iaa.plant@" + COUNCIL, "m.watkins@" + S], "e.jenkins@" + S,
    "DSL confirms a domestic-abuse safeguarding referral to children's services by ordinary email, with child and family names, DOBs, UPN and disclosure",
    message(("Elin Haf Jenkins", "e.jenkins@" + S), [("IAA Plant / Children's Services", "iaa.plant@" + COUNCIL)],
            "URGENT referral – Z. Ahmed Yr7", mkdate(2025, 3, 24, 13, 38, 0, 0), msgid("pd-p4", "school.example"),
            alt, cc=[HEAD], extra=OUTLOOK))

# P5 -- business manager -> payroll bureau, new starters xlsx
rows = [["Surname", "Forename", "DOB", "NI number", "Address", "Sort code", "Account no", "Post", "Start date", "Grade"]]
posts = [("Teacher of Welsh", "MPS3"), ("Teaching Assistant L2", "G4 SCP7"), ("Cover Supervisor", "G5 SCP10"),
         ("Site Assistant", "G3 SCP5")]
for a, (post, gr) in zip(STAFF_NEW, posts):
    rows.append([a["last"], a["first"], a["dob"], a["nino"], a["addr"], a["bank"][0], a["bank"][1], post, "01/04/2025", gr])
xl = make_xlsx(rows, sheet="New starters April")
t = """Hi Paula,

New starters for the April payroll attached – four this month. Contracts are signed and the P46/starter checklists are in the post to you. Rhiannon's pension opt-in form is with the others.

Let me know if anything's missing before the cut-off on the 15th.

Diolch,
Delyth Roberts
Rheolwr Busnes / Business Manager
Ysgol Gyfun Bryn Derw"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("Bryn Derw new starters April 2025.xlsx", xl, XLSX)],
               boundary("pd-p5", 2))
add("positive", "payroll-new-starters", "attach-xlsx", "d.roberts@" + S, ["paula.hendry@payroll-bureau.example"], "d.roberts@" + S,
    "Business manager sends an outside payroll bureau a spreadsheet of new staff with DOB, NI numbers, home addresses and bank details",
    message(("Delyth Roberts", "d.roberts@" + S), [("Paula Hendry", "paula.hendry@payroll-bureau.example")],
            "New starters - April payroll", mkdate(2025, 3, 10, 14, 2, 0, 0), msgid("pd-p5", "school.example"),
            mp, extra=OUTLOOK))

# P6 -- finance emails a parent's card details to trip operator, QP
card = card_from("parent-rees-trip", "4", 16)
t = """Hi Dan,

Sorry to do this by email but your payment line has been engaged all morning. One of our parents couldn't pay the deposit online so she's given me her card details over the phone to pass on for the Year 9 Iceland trip:

Pupil: Ianto Rees (9W)
Cardholder: Mrs Catrin M Rees
Card number: %s
Expiry: 08/27
Security code: 614
Billing address: %s
Amount: £350.00 deposit

Could you take the payment and send the receipt to me rather than to her?

Diolch,
Bethan Howells
Swyddfa Gyllid / Finance Office""" % (card, Y9[9].addr)
add("positive", "parent-card-details", "qp", "b.howells@" + S, ["dan.wright@edutrips-travel.example"], "b.howells@" + S,
    "Finance officer emails a parent's full card number, expiry and CVV with billing address to a school-trip operator",
    message(("Bethan Howells", "b.howells@" + S), [("Dan Wright", "dan.wright@edutrips-travel.example")],
            "Deposit - Iceland Feb 2026 - Rees", mkdate(2025, 1, 16, 11, 57, 0, 0), msgid("pd-p6", "school.example"),
            text_part(t, "utf-8", "quoted-printable"), extra=OUTLOOK))

# P7 -- community learning enrolments -> partner college, zip with CSV
rows = [["Learner", "DOB", "ULN", "NI number", "Address", "Course", "Nationality / status", "Benefit"]]
status = ["Ukrainian - Homes for Ukraine", "Sudanese - refugee status", "Portuguese - EUSS settled",
          "Romanian - EUSS pre-settled", "Syrian - refugee status", "British", "British", "Bangladeshi - ILR",
          "Ukrainian - Homes for Ukraine", "Colombian - asylum seeker (ARC)"]
ben = ["UC", "UC", "none", "JSA", "UC", "ESA", "State pension", "UC", "none", "none"]
for a, s_, b in zip(ADULTS, status, ben):
    rows.append([a["name"], a["dob"], a["uln"], a["nino"] if "asylum" not in s_ else "", a["addr"],
                 "ESOL Entry 2", s_, b])
z = make_zip([("ESOL_E2_enrolments_spring2025.csv", csv_text(rows)),
              ("notes.txt", "Attendance registers to follow. Diego has no NI number yet (asylum seeker) - ARC number on paper form.\n")])
t = """Hi Gemma,

As agreed at the partnership meeting, here are the enrolment details for the ESOL Entry 2 group we're running on your franchise this term, so your MIS team can put them on the LLWR return. Zipped because of the size limit on your side.

Any questions give me a shout.

Aled
Pennaeth Dysgu Cymunedol / Head of Community Learning"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("ESOL_E2_spring2025.zip", z, "application/zip")],
               boundary("pd-p7", 1))
add("positive", "adult-learner-enrolments", "zip", "a.jones-williams@" + S, ["g.pearce@coleg-cymoedd-partner.example"],
    "a.jones-williams@" + S,
    "Community-learning head sends a partner college a zipped CSV of adult ESOL learners with DOB, ULN, NI number, address and immigration status",
    message(("Aled Jones-Williams", "a.jones-williams@" + S), [("Gemma Pearce", "g.pearce@coleg-cymoedd-partner.example")],
            "ESOL E2 spring enrolments for LLWR", mkdate(2025, 1, 24, 15, 18, 0, 0), msgid("pd-p7", "school.example"),
            mp, extra=TB))

# P8 -- digital skills tutor -> Jobcentre work coach, plain
a = ADULTS[3]
t = """Hi Karen,

Update on Bogdan Popescu as requested for his claimant commitment review on Friday.

Full name: Bogdan Popescu
DOB: %s
NI number: %s
Address: %s

Bogdan has attended 9 of 10 sessions of Digital Skills for Everyday Life (the one he missed was a hospital appointment - he told me it was for his back). He can now create and send email with attachments, set up a Universal Credit journal message, and upload a CV to Find a Job. He still needs support with online forms that time out.

He mentioned he is struggling with money since his JSA changed and has been using the food bank at the chapel, in case that's relevant for you.

Regards,
Owain Rees
Digital Skills Tutor, Dysgu Cymunedol Bryn Derw""" % (a["dob"], a["nino"], a["addr"])
add("positive", "learner-update-jobcentre", "plain-7bit", "o.rees@" + S, ["karen.lewis@dwp-jobcentre.example"], "o.rees@" + S,
    "Digital-skills tutor emails a Jobcentre work coach an adult learner's DOB, NI number, address, health and money circumstances",
    message(("Owain Rees", "o.rees@" + S), [("Karen Lewis", "karen.lewis@dwp-jobcentre.example")],
            "Bogdan Popescu - progress", mkdate(2025, 2, 26, 12, 10, 0, 0), msgid("pd-p8", "school.example"),
            text_part(t.replace("â", "a").replace("ô", "o"), "us-ascii", "7bit"), extra=OUTLOOK))

# P9 -- PE teacher -> outdoor centre, HTML medical table
rows = [["Name", "DOB", "NHS number", "Medical / dietary", "Medication", "Emergency contact"]]
med = ["Asthma", "Anaphylaxis - peanuts, tree nuts", "Type 1 diabetes (pump)", "Epilepsy - absence seizures",
       "Coeliac", "ADHD", "None", "Eczema"]
meds = ["Salbutamol inhaler", "2 x EpiPen 0.3mg", "Insulin pump + Dexcom", "Epilim 300mg BD", "-",
        "Methylphenidate 18mg (a.m.)", "-", "Hydrocortisone cream"]
ph = ["07700 900114", "07700 900226", "07700 900341", "07700 900459", "07700 900563", "07700 900675", "07700 900780", "07700 900892"]
for p, m1, m2, pp in zip(Y10 + Y9[:3], med, meds, ph):
    rows.append([p.name, p.dobs, p.nhs, m1, m2, pp])
h = html_doc("""<p>Hi Rhys,</p>
<p>Ahead of our visit next week (Year 10 Welsh Bacc + 3 from Year 9), here are the medical details for the group members who have anything to declare. Full consent forms are with us.</p>
""" + table_html(rows) + """
<p>Can you make sure your instructors have this on the day, especially for the gorge walk?</p>
<p>Diolch,<br>Tomos Griffiths<br>Adran Addysg Gorfforol / PE Department<br>Ysgol Gyfun Bryn Derw</p>""")
add("positive", "trip-medical-list", "html-only", "t.griffiths@" + S, ["rhys@awyragored-bannau.example"], "t.griffiths@" + S,
    "PE teacher sends an outdoor-activity centre an HTML table of pupils with DOB, NHS number, conditions and medication",
    message(("Tomos Griffiths", "t.griffiths@" + S), [("Rhys - Canolfan Awyr Agored", "rhys@awyragored-bannau.example")],
            "Medical info - Bryn Derw visit 2 April", mkdate(2025, 3, 26, 20, 31, 0, 0), msgid("pd-p9", "school.example"),
            text_part(h, "utf-8", "quoted-printable", subtype="html")))

# P10 -- teacher sends class data to personal address, xlsx
rows = [["Name", "Form", "DOB", "UPN", "FSM", "ALN", "EAL", "CLA", "Reading age", "Notes"]]
notes = ["", "On CP register - see DSL", "", "Young carer (mum MS)", "", "", "Parents separating - fragile", "",
         "Self-harm history 2023", ""]
aln = ["", "", "Dyslexia", "", "", "Autism (IDP)", "", "EAL", "", "ADHD"]
for i, p in enumerate(Y9):
    rows.append([p.name, p.form, p.dobs, p.upn, "Y" if i % 3 == 0 else "N", aln[i], "Y" if p.last in ("Kowalski",) else "N",
                 "Y" if i == 5 else "N", "%d.%d" % (9 + i % 5, i % 12), notes[i]])
xl = make_xlsx(rows, sheet="9W Cymraeg")
t = "sending to myself so I can do the seating plans and reports at home over half term\n"
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("9W data Sept 2024.xlsx", xl, XLSX)], boundary("pd-p10", 0))
add("positive", "class-data-to-personal", "attach-xlsx", "e.price@" + S, ["eleri.price.79@example.com"], "e.price@" + S,
    "Teacher emails her personal webmail a class spreadsheet with DOB, UPN, FSM, ALN, CP-register and self-harm notes",
    message(("Eleri Price", "e.price@" + S), [("Eleri Price", "eleri.price.79@example.com")],
            "9W data", mkdate(2024, 10, 25, 16, 48, 0, 1), msgid("pd-p10", "school.example"), mp))

# P11 -- transfer to school in England, windows-1252
p = Y8[3]
t = """Dear Mrs Okafor,

Thank you for your call. As requested, here are the details for Amir Khan, who is moving to you after half term. The CTF will come through S2S, but I understand you need the background before his first day.

Name: %s
DOB: %s
UPN: %s
Previous address: %s
New address (per mum): 27 Larch Close, Brookfield, BS16 4TQ
Parent: Mrs Yasmin Khan – 07700 900237. Father: no contact – non-molestation order in place against Mr Imran Khan until June 2026 (copy held by DSL). Father must NOT be given information or allowed to collect.

Amir was on a Child Protection plan (category: emotional abuse) until November; he is now Care and Support. Social worker: Hannah Moyle, Cyngor Dyffryn Children's Services.

Attendance 88.2%%. Reading age 10y4m. No ALN. Mum says he is nervous about not being in a Welsh-medium school any more – he is fluent in Welsh and Urdu.

Please contact our DSL, Elin Haf Jenkins, on 07700 900771 for the full file.

Kind regards,
Kirsty Parry
Swyddfa / Office
Ysgol Gyfun Bryn Derw""" % (p.name, p.dobs, p.upn, p.addr)
add("positive", "pupil-transfer", "windows-1252", "k.parry@" + S, ["admissions@brookfield-academy.example"], "k.parry@" + S,
    "Office emails a school in England a transferring pupil's DOB, UPN, addresses, court order and CP history",
    message(("Kirsty Parry", "k.parry@" + S), [("Admissions - Brookfield Academy", "admissions@brookfield-academy.example")],
            "Amir Khan – transfer information", mkdate(2025, 2, 11, 10, 5, 0, 0), msgid("pd-p11", "school.example"),
            text_part(t, "windows-1252", "quoted-printable"), subj_charset="windows-1252", extra=OUTLOOK))

# P12 -- FSM/allergy list to catering contractor, ISO-8859-1 body table
rows = [["Disgybl / Pupil", "Bl", "DOB", "Address", "FSM", "Diet / allergy"]]
al = ["Halal", "Nut allergy (severe)", "Vegetarian", "Coeliac", "Dairy free", "Halal"]
for p, d in zip(Y7, al):
    rows.append([p.name, "7", p.dobs, p.addr, "e-FSM", d])
tbl = plain_table(rows)
t = """Dear Sodexa team,

Below is the list of Year 7 pupils eligible for free school meals who also have dietary requirements, for the new cashless till set-up. Please load them on before Monday so they aren't charged.

%s

Please let me know when it's done.

Diolch,
Bethan Howells
Swyddfa Gyllid""" % tbl
add("positive", "fsm-list-caterer", "iso-8859-1", "b.howells@" + S, ["cyfrifon.ysgolion@caterco-cymru.example"], "b.howells@" + S,
    "Finance officer sends an external catering contractor Year 7 FSM pupils with DOB, home address and allergies",
    message(("Bethan Howells", "b.howells@" + S), [("Sodexa Schools Wales", "cyfrifon.ysgolion@caterco-cymru.example")],
            "FSM + dietary - Year 7 - cashless set up", mkdate(2024, 9, 5, 9, 15, 0, 1), msgid("pd-p12", "school.example"),
            text_part(t.replace("ŷ", "y"), "iso-8859-1", "8bit"), extra=OUTLOOK))

# P13 -- HR -> supply agency, staff details, flowed
a = STAFF_NEW[3]
t = flow("""Hi Jade,

As discussed, Mark is coming back to us via your agency for the spring term while he finishes his phased return. To save him filling everything in again, here are his details from our file:

Mark Lloyd-Evans
DOB: %s
NI: %s
Address: %s
DBS certificate: 001823456712 (enhanced, child workforce, issued 14/09/2022, on update service)
Bank: %s / %s (Nationwide Current Account in joint name with partner)

Please note he is on a phased return after a period of sickness absence (work-related stress, Sept–Dec), with an OH recommendation of no more than 3 days a week and no cover for Year 10 until Easter.

Thanks,
Delyth""" % (a["dob"], a["nino"], a["addr"], a["bank"][0], a["bank"][1]))
add("positive", "staff-details-agency", "flowed", "d.roberts@" + S, ["jade@valleys-supply.example"], "d.roberts@" + S,
    "Business manager sends a supply agency a teacher's DOB, NI number, address, DBS number, bank details and sickness information",
    message(("Delyth Roberts", "d.roberts@" + S), [("Jade Morris", "jade@valleys-supply.example")],
            "Mark Lloyd-Evans – spring term", mkdate(2024, 12, 12, 15, 40, 0, 0), msgid("pd-p13", "school.example"),
            text_part(t, "utf-8", "quoted-printable", flowed=True), extra=TB))

# P14 -- pastoral replies to CAMHS with quoting
p = Y10[1]
t = """Hi Sarah,

Thanks for getting back to me. Details below:

Anest Roberts, DOB %s, NHS number %s
Address: %s
Mum: Lisa Roberts 07700 900654

Since my referral she has disclosed to me (Thursday) that she has been cutting her upper arms most nights and that she has "thought about not being here" but has no plan. I did a safety plan with her and informed mum and our DSL the same day. She is seeing the school counsellor on Tuesdays.

Is there any chance of an earlier appointment than May?

Lowri Thomas
Swyddog Cefnogi Bugeiliol

On Mon, 10 Mar 2025 at 09:14, Sarah Bevan <sarah.bevan@cwmtaf-camhs.example> wrote:
> Hi Lowri,
>
> We received your referral for Anest but the NHS number on the form was
> illegible and we can't match her on our system. Could you resend her
> details, and let us know of any changes in presentation since you
> referred?
>
> Sarah Bevan
> Primary Mental Health Worker, SCAMHS""" % (p.dobs, p.nhs, p.addr)
add("positive", "camhs-reply", "reply-quoted", "l.thomas@" + S, ["sarah.bevan@cwmtaf-camhs.example"], "l.thomas@" + S,
    "Pastoral officer replies to CAMHS by ordinary email with a pupil's DOB, NHS number, address and self-harm disclosure",
    message(("Lowri Mai Thomas", "l.thomas@" + S), [("Sarah Bevan", "sarah.bevan@cwmtaf-camhs.example")],
            "Re: Referral - Anest Roberts", mkdate(2025, 3, 10, 12, 2, 0, 0), msgid("pd-p14", "school.example"),
            text_part(t, "utf-8", "8bit"),
            extra=["In-Reply-To: " + msgid("pd-p14-parent", "cwmtaf-camhs.example")] + OUTLOOK))

# P15 -- mobile: trip leader to outdoor centre
p = Y9[6]
t = """Hi, pupil with us who's just been stung – Nel Howells, dob %s, NHS %s. Allergic to penicillin. Mum is Carys 07700 900129. She's ok but can your first aider have a look when we're back at base

Sent from my iPhone""" % (p.dobs, p.nhs)
add("positive", "trip-medical-mobile", "mobile", "r.llewelyn@" + S, ["firstaid@awyragored-bannau.example"], "r.llewelyn@" + S,
    "Trip leader texts-style email to an outdoor centre with a pupil's DOB, NHS number, allergy and mother's phone",
    message(("Rhodri Llewelyn", "r.llewelyn@" + S), [("", "firstaid@awyragored-bannau.example")],
            "Nel Howells", mkdate(2025, 4, 2, 14, 6, 0, 1), msgid("pd-p15", "school.example"),
            text_part(t, "utf-8", "quoted-printable"), extra=IPHONE))

# P16 -- head of year forwards internal safeguarding email as attachment to PCSO
p = Y10[4]
inner = message(("Elin Haf Jenkins", "e.jenkins@" + S), [("Rhodri Llewelyn", "r.llewelyn@" + S)],
                "Bleddyn Evans - update (CONFIDENTIAL)", mkdate(2025, 4, 28, 17, 20, 0, 1), msgid("pd-p16-inner", "school.example"),
                text_part("""Rhodri,

Update for your records - please don't share beyond HoY.

Bleddyn Evans (Y10, DOB %s, UPN %s) was seen getting into a silver Audi outside the Co-op on Heol y Bryn at 3:25 on Friday by two staff. We believe the driver is the 19-year-old known as "Ricky" who was named in the exploitation strategy meeting on 11 April. Bleddyn had a new phone and £200 cash on him on Monday.

Home address: %s. Mum (Tracey Evans) is engaging; dad in HMP Parc.

Police reference from the strategy meeting: SWP-2504-11873. Next meeting 9 May.

Elin""" % (p.dobs, p.upn, p.addr), "utf-8", "7bit"))
t = """PC Howell,

Forwarding the note from our DSL as mentioned when we spoke at the gate this afternoon – it has the vehicle description. Thanks for keeping an eye out.

Rhodri Llewelyn
Pennaeth Blwyddyn 10"""
mp = multipart("mixed", [text_part(t, "utf-8", "8bit"), rfc822_part(inner, "Bleddyn Evans - update (CONFIDENTIAL).eml")],
               boundary("pd-p16", 2))
add("positive", "safeguarding-forward-police", "rfc822-forward", "r.llewelyn@" + S, ["pcso.howell@heddlu-de.example"],
    "r.llewelyn@" + S,
    "Head of year forwards the DSL's confidential criminal-exploitation note (DOB, UPN, address, family) to a PCSO as an attached message",
    message(("Rhodri Llewelyn", "r.llewelyn@" + S), [("PCSO Dan Howell", "pcso.howell@heddlu-de.example")],
            "FW: Bleddyn Evans - update (CONFIDENTIAL)", mkdate(2025, 4, 29, 16, 2, 0, 1), msgid("pd-p16", "school.example"),
            mp, extra=OUTLOOK))

# P17 -- home-to-school transport list to council, TXT attachment
rows = [["Name", "DOB", "Year", "Home address", "Pick-up", "Needs"]]
needs = ["Wheelchair user - tail-lift", "Autism - needs same seat, escort", "", "Epilepsy - buccal midazolam with escort",
         "", "Visual impairment"]
pick = ["Door", "Door", "Stop 14", "Door", "Stop 9", "Stop 3"]
for p, n_, pk in zip(Y8, needs, pick):
    rows.append([p.name, p.dobs, "8", p.addr, pk, n_])
t = """Hi Transport team,

Attached is our updated list of Year 8 pupils on contracted transport for the new taxi contract starting after Easter, including pupils who need escorts. Please pass to the operator.

Diolch,
Kirsty Parry"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"),
                         attach("transport_bl8_april2025.txt", tsv_text(rows).encode("utf-8"), "text/plain; charset=utf-8")],
               boundary("pd-p17", 1))
add("positive", "transport-list", "attach-txt", "k.parry@" + S, ["cludiant.ysgol@" + COUNCIL], "k.parry@" + S,
    "Office sends council transport a tab-separated list of pupils with DOB, home address and medical/ALN needs for a taxi contract",
    message(("Kirsty Parry", "k.parry@" + S), [("Cludiant Ysgol / School Transport", "cludiant.ysgol@" + COUNCIL)],
            "Transport list Year 8 - new contract", mkdate(2025, 4, 3, 10, 48, 0, 1), msgid("pd-p17", "school.example"),
            mp, extra=OUTLOOK))

# P18 -- exams officer -> careers service, base64 body
rows = [["Name", "DOB", "ULN", "Predicted", "Destination plan", "Notes"]]
plan = ["Coleg - Level 3 Engineering", "6th form", "Apprenticeship - electrician", "6th form", "NEET risk",
        "Coleg - Hair & Beauty L2", "6th form", "Unknown"]
notes = ["", "", "Father in prison", "", "Poor attendance, young carer", "", "", "Refused to engage - CAMHS"]
for p, pl, nt in zip(Y11, plan, notes):
    rows.append([p.name, p.dobs, p.uln, "C/D borderline" if "NEET" in pl else "B-C", pl, nt])
t = """Hi Ffion,

Here's the Year 11 destinations list for our meeting on Thursday (only the ones you asked about). I've added the ULNs so you can match them on the Careers Wales system.

%s

Siân""" % plain_table(rows)
add("positive", "careers-destinations", "base64", "s.prydderch@" + S, ["ffion.rowe@gyrfacymru-partner.example"], "s.prydderch@" + S,
    "Exams officer emails careers adviser a Year 11 list with DOB, ULN and notes on family and mental health",
    message(("Siân Prydderch", "s.prydderch@" + S), [("Ffion Rowe", "ffion.rowe@gyrfacymru-partner.example")],
            "Year 11 destinations - for Thursday", mkdate(2025, 1, 29, 15, 0, 0, 0), msgid("pd-p18", "school.example"),
            text_part(t, "utf-8", "base64"), extra=OUTLOOK))

# P19 -- HR -> occupational health, QP
a = STAFF_NEW[1]
t = """Dear OH team,

Management referral – Mr Dafydd Harries (Teaching Assistant)

DOB: %s
NI number: %s
Home address: %s
Mobile: 07700 900840

Absence record this year: 7 episodes, 31 days. Reasons given: back pain (x3), anxiety and depression (fit note 14/11–12/12), migraine, gastroenteritis, "family reasons" (his wife is undergoing treatment for breast cancer).

Questions: Is he fit for work? Are there adjustments we should consider (lifting/handling in the ALN base)? Is the underlying condition likely to be covered by the Equality Act?

Dafydd is aware of and consents to this referral.

Delyth Roberts
Rheolwr Busnes""" % (a["dob"], a["nino"], a["addr"])
add("positive", "occupational-health-referral", "qp", "d.roberts@" + S, ["referrals@oh-partners.example"], "d.roberts@" + S,
    "Business manager sends occupational health a staff member's DOB, NI number, address and detailed sickness/medical history",
    message(("Delyth Roberts", "d.roberts@" + S), [("OH Referrals", "referrals@oh-partners.example")],
            "Management referral - D Harries", mkdate(2025, 1, 7, 9, 30, 0, 0), msgid("pd-p19", "school.example"),
            text_part(t, "utf-8", "quoted-printable"), extra=OUTLOOK))

# P20 -- deputy head -> governor's personal email, exclusion report, HTML only
p = Y10[2]
h = html_doc("""<p>Hi Wynford,</p>
<p>For the pupil discipline committee on Tuesday – please keep this confidential.</p>
<p><b>Pupil:</b> %s &nbsp; <b>DOB:</b> %s &nbsp; <b>UPN:</b> %s<br>
<b>Address:</b> %s<br>
<b>Exclusion:</b> fixed-term, 12 days (cumulative this term: 17)<br>
<b>Incident:</b> On 3 March Jac brought a lock knife into school in his blazer pocket; it was found during a search after a tip-off from another pupil. He said he carries it because he has been threatened by older boys from Tonypandy. Police were informed (ref SWP-2503-04562).<br>
<b>Context:</b> Jac has ADHD (on medication), is open to Youth Justice, and his older brother was stabbed in 2023. Mum has asked for a managed move.</p>
<p>Papers and witness statements will be in the governor pack.</p>
<p>Iwan</p>""" % (p.name, p.dobs, p.upn, esc(p.addr)))
add("positive", "exclusion-to-governor", "html-only", "i.apdafydd@" + S, ["wynford.bassett@example.org"], "i.apdafydd@" + S,
    "Deputy head emails a governor's personal address an exclusion report with DOB, UPN, address, criminal and health details",
    message(("Iwan ap Dafydd", "i.apdafydd@" + S), [("Wynford Bassett", "wynford.bassett@example.org")],
            "Discipline committee Tuesday - J Owen", mkdate(2025, 3, 7, 18, 20, 0, 0), msgid("pd-p20", "school.example"),
            text_part(h, "utf-8", "quoted-printable", subtype="html"), extra=OUTLOOK))

# P21 -- adult learner bursary bank details -> council finance, PDF
a = ADULTS[4]
pdf = make_pdf(["DYSGU CYMUNEDOL BRYN DERW - Learner Support Fund claim",
                "",
                "Learner name: %s" % a["name"],
                "Date of birth: %s" % a["dob"],
                "National Insurance number: %s" % a["nino"],
                "Address: %s" % a["addr"].replace("â", "a"),
                "Course: ESOL Entry 2 (Mon/Wed)",
                "Support requested: childcare (2 children, ages 3 and 5) and bus fares",
                "Household income: Universal Credit only",
                "",
                "Bank name: NatWest",
                "Sort code: %s      Account number: %s" % a["bank"],
                "Account holder: S HADDAD",
                "",
                "Approved by: A Jones-Williams   Amount: GBP 180.00 per month (Jan-Mar)"])
t = """Hi Anita,

Please find the attached Learner Support Fund claim for payment in this month's run. The learner's bank details are on the form.

Thanks,
Aled"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("LSF claim - S Haddad.pdf", pdf, "application/pdf")],
               boundary("pd-p21", 0))
add("positive", "learner-bank-details", "attach-pdf", "a.jones-williams@" + S, ["taliadau@" + COUNCIL], "a.jones-williams@" + S,
    "Community-learning head sends council finance a PDF learner-support claim with DOB, NI number, address and bank details",
    message(("Aled Jones-Williams", "a.jones-williams@" + S), [("Taliadau / Payments", "taliadau@" + COUNCIL)],
            "LSF claim for payment - Haddad", mkdate(2025, 1, 13, 11, 0, 0, 0), msgid("pd-p21", "school.example"),
            mp, extra=TB))

# P22 -- looked-after child PEP summary docx -> virtual school
p = Y9[5]
docx = make_docx([
    "# Personal Education Plan – summary for review",
    "Child: %s   DOB: %s   UPN: %s" % (p.name, p.dobs, p.upn),
    "Legal status: s.76 accommodated → Care Order (interim) granted 12/12/2024",
    "Placement: foster carers Mr & Mrs Jenkins, %s (placement since 03/10/2024; 3rd placement in 18 months)" % p.addr,
    "Birth family: mother (Nicola ap Gwyn) – supervised contact fortnightly at the family centre; no contact with father (Schedule 1 offender).",
    "Health: LAC health assessment 20/11/2024 – underweight, dental treatment outstanding, referred to CAMHS for trauma.",
    "ALN: IDP maintained by school – speech, language and communication needs.",
    "Attendance: 93.5% since placement. Progress: working below expected in English and Maths; strength in Art.",
    "PDG-LAC spend requested: £1,200 for 1:1 tutoring (Maths) and therapeutic art sessions.",
])
t = """Hi Joanne,

PEP summary for Steffan attached ahead of the review on the 4th. Social worker has seen it.

Elin"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("PEP summary - S ap Gwyn.docx", docx, DOCX)], boundary("pd-p22", 2))
add("positive", "lac-pep-summary", "attach-docx", "e.jenkins@" + S, ["ysgol.rithwir@" + COUNCIL], "e.jenkins@" + S,
    "DSL sends the virtual school a looked-after child's PEP summary (DOB, UPN, placement address, legal status, health) as a Word file",
    message(("Elin Haf Jenkins", "e.jenkins@" + S), [("Joanne Hale - Virtual School", "ysgol.rithwir@" + COUNCIL)],
            "PEP summary - S ap Gwyn", mkdate(2025, 1, 28, 12, 45, 0, 0), msgid("pd-p22", "school.example"), mp,
            extra=OUTLOOK))

# P23 -- HPV vaccination list -> school nursing service, CSV
rows = [["Surname", "Forename", "DOB", "NHS Number", "Address", "Consent", "Notes"]]
cons = ["Y", "Y", "N", "Y", "Y", "Y", "Y", "Not returned", "Y", "Y"]
nt = ["", "Needle phobic - fainted 2023", "Parent declined", "", "Immunosuppressed (chemo 2022)", "", "", "", "Egg allergy", ""]
for p, c, n_ in zip(Y9, cons, nt):
    rows.append([p.last, p.first, p.dobs, p.nhs.replace(" ", ""), p.addr, c, n_])
t = """Hi Mererid,

Year 9 HPV list for the session on 5 February, with the consent returns we have so far. The 'not returned' will be chased this week.

Cofion,
Lowri"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("HPV_Bl9_Chwef2025.csv", csv_text(rows).encode("utf-8"), "text/csv")],
               boundary("pd-p23", 1))
add("positive", "vaccination-list", "attach-csv", "l.thomas@" + S, ["nyrsys.ysgol@bipcwm-nhs.example"], "l.thomas@" + S,
    "Pastoral officer emails the health board school-nursing team a CSV of Year 9 pupils with DOB, NHS number, address and health notes",
    message(("Lowri Mai Thomas", "l.thomas@" + S), [("Nyrsys Ysgol / School Nursing", "nyrsys.ysgol@bipcwm-nhs.example")],
            "HPV Year 9 list", mkdate(2025, 1, 27, 13, 33, 0, 0), msgid("pd-p23", "school.example"), mp))

# P24 -- ALN register export -> tutoring company, zip with csv + txt
rows = [["UPN", "Name", "DOB", "Year", "ALN category", "IDP", "Diagnosis", "Reading age", "Parent email"]]
cats = ["Cognition & learning", "Communication & interaction", "SEMH", "Sensory & physical", "Cognition & learning",
        "SEMH", "Communication & interaction"]
diag = ["Dyslexia", "Autism", "Attachment disorder", "Hearing impairment (aids)", "Global delay", "ADHD + anxiety", "DLD"]
for p, c, d in zip(Y7 + Y8[:1], cats, diag):
    rows.append([p.upn, p.name, p.dobs, p.year, c, "Y", d, "%d.%d" % (7 + len(p.first) % 4, len(p.last) % 12),
                 "%s.parent@example.net" % p.last.lower().replace(" ", "")])
z = make_zip([("BrynDerw_ALN_KS3.csv", csv_text(rows)),
              ("README.txt", "Export from SIMS ALN module 03/03/2025. For Brightlearn tutoring pilot - KS3 only.\n")])
t = """Hi Rob,

As promised, the KS3 ALN list for the tutoring pilot so you can match tutors before the launch evening. Parent emails are included so your team can send the welcome pack directly.

Huw"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("ALN_KS3_export.zip", z, "application/x-zip-compressed")],
               boundary("pd-p24", 0))
add("positive", "aln-register-to-provider", "zip", "h.tudur@" + S, ["rob@brightlearn-tutors.example"], "h.tudur@" + S,
    "ALNCo sends a private tutoring firm a zipped ALN register (UPN, DOB, diagnosis, parent email)",
    message(("Huw Tudur", "h.tudur@" + S), [("Rob Fielding", "rob@brightlearn-tutors.example")],
            "KS3 ALN list for pilot", mkdate(2025, 3, 3, 17, 5, 0, 0), msgid("pd-p24", "school.example"), mp, extra=OUTLOOK))

# P25 -- youth service referral, multipart/alternative
p = Y12[1]
t = """Hi Jordan,

Referral for the 16+ youth homelessness project as discussed:

Rhun Thomas, DOB %s, ULN %s, Year 12
Currently sofa-surfing with a friend's family at %s after being asked to leave by stepdad on 2 March. Mum (Kerry Thomas) has agreed he can't return for now. Rhun has a part-time job at the Co-op and receives EMA. He has been diagnosed with depression (GP, sertraline 50mg) and has previously disclosed cannabis use.

He is keen to stay in sixth form. Please call him on 07700 900914 or me.

Lowri Thomas
Swyddog Cefnogi Bugeiliol""" % (p.dobs, p.uln, p.addr)
h = html_doc(paras_html(t))
alt = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"), text_part(h, "utf-8", "quoted-printable", subtype="html")],
                boundary("pd-p25", 3))
add("positive", "youth-service-referral", "multipart-alt", "l.thomas@" + S, ["j.ashworth@ieuenctid-dyffryn.example"], "l.thomas@" + S,
    "Pastoral officer refers a sixth-former to a youth homelessness project with DOB, ULN, address, health and drug-use details",
    message(("Lowri Mai Thomas", "l.thomas@" + S), [("Jordan Ashworth", "j.ashworth@ieuenctid-dyffryn.example")],
            "Referral - Rhun Thomas (16+)", mkdate(2025, 3, 5, 11, 11, 0, 0), msgid("pd-p25", "school.example"), alt,
            extra=["X-Mailer: Apple Mail (2.3774.600.62)"]))

# P26 -- staff member's own card to hotel, flowed
card = card_from("hotel-apdafydd", "5", 16)
t = flow("""Hello,

I'd like to guarantee the booking below with my own card as the school card has been declined (we're sorting it out with the bank).

Booking ref: HLN-44817
Guest: Mr Iwan ap Dafydd, 2 nights 19–21 March (ASCL Cymru conference)
Card: Mastercard %s
Name on card: I AP DAFYDD
Expiry 11/26, CVC 392
Billing address: 4 Clos y Wern, Llantrisant CF72 8XA

The school will settle the final bill by invoice.

Diolch,
Iwan ap Dafydd
Dirprwy Bennaeth""" % card)
add("positive", "staff-card-to-hotel", "flowed", "i.apdafydd@" + S, ["reservations@gwesty-harbwr.example"], "i.apdafydd@" + S,
    "Deputy head emails a hotel his own full card number, expiry, CVC and home billing address",
    message(("Iwan ap Dafydd", "i.apdafydd@" + S), [("Reservations", "reservations@gwesty-harbwr.example")],
            "Booking HLN-44817 - card guarantee", mkdate(2025, 3, 12, 8, 2, 0, 0), msgid("pd-p26", "school.example"),
            text_part(t, "utf-8", "8bit", flowed=True), extra=TB))

# P27 -- parent refund bank details list -> council finance, windows-1252
ref = [("Mrs K Jenkins", "Moli Jenkins 8B"), ("Mr A Roberts", "Caio Roberts 8W"), ("Ms L Davies", "Tesni Davies 8G"),
       ("Mrs Y Khan", "Amir Khan 8T"), ("Mr G Lewis", "Gruffudd Lewis 8D")]
lines = []
for i, (par, pup) in enumerate(ref):
    sc, acc = bank_from("refund" + par)
    lines.append("%-14s %-20s %s  %s  £%d.00" % (par, pup, sc, acc, [120, 120, 85, 120, 60][i]))
t = """Dear Accounts Payable,

Please process BACS refunds for the cancelled Year 8 residential (Llangrannog, March). The parents have supplied their bank details to the school office:

Payee          Pupil                Sort code Account    Amount
""" + "\n".join(lines) + """

Budget code: 4471-EXT-TRIPS. Could you confirm once paid so I can let the families know?

Diolch,
Bethan Howells
Swyddfa Gyllid / Finance Office"""
add("positive", "parent-refund-bank-details", "windows-1252", "b.howells@" + S, ["accounts.payable@" + COUNCIL], "b.howells@" + S,
    "Finance officer sends the council a list of parents' names, children and bank sort codes/account numbers for refunds",
    message(("Bethan Howells", "b.howells@" + S), [("Accounts Payable", "accounts.payable@" + COUNCIL)],
            "BACS refunds – Year 8 residential", mkdate(2025, 3, 19, 14, 25, 0, 0), msgid("pd-p27", "school.example"),
            text_part(t, "windows-1252", "8bit"), subj_charset="windows-1252", extra=OUTLOOK))

# P28 -- DWP sector-based work academy list, hard-wrapped
rows = []
for a in ADULTS[5:10]:
    rows.append("  %-16s %s  %s  %s" % (a["name"], a["dob"], a["nino"], a["addr"]))
t = hardwrap("""Hi Karen,

Here are the five learners who have signed up for the care-sector work
academy starting 12 May. Can you check they're all eligible on your side
and book the guaranteed interviews with the care home?

""", 72) + "\n".join(rows) + "\n\n" + hardwrap("""Fatima has a criminal conviction from 2011 which she has disclosed -
she would like to talk to someone about whether it affects her DBS. Tariq
is still waiting for his UC to be sorted after his housing benefit was
stopped, so he may need a travel warrant.

Owain""", 72)
add("positive", "work-academy-list", "hard-wrapped", "o.rees@" + S, ["karen.lewis@dwp-jobcentre.example"], "o.rees@" + S,
    "Tutor emails a Jobcentre work coach five adult learners' DOB, NI number and address plus a disclosed conviction",
    message(("Owain Rees", "o.rees@" + S), [("Karen Lewis", "karen.lewis@dwp-jobcentre.example")],
            "SWAP care academy - learners", mkdate(2025, 4, 24, 10, 30, 0, 1), msgid("pd-p28", "school.example"),
            text_part(t, "utf-8", "8bit"), extra=OUTLOOK))

# P29 -- inline forward of DSL note to taxi firm
p = Y7[2]
t = """Hi Gary,

See below from our safeguarding lead – please make sure the driver and escort on the Beddau run have this before Monday.

Kirsty

---------- Forwarded message ---------
From: Elin Haf Jenkins <e.jenkins@school.example>
Date: Thu, 8 May 2025 at 15:12
Subject: Chloe Hughes - collection arrangements
To: Kirsty Parry <k.parry@school.example>

Kirsty – from Monday Chloe Hughes (Y7, DOB %s) will live with her grandmother, Mrs Ann Hughes, at %s, under a Special Guardianship Order. Her father, Liam Hughes, is subject to a non-molestation order and must NOT be allowed near her or told where she is now living. He drives a black Ford Ranger. If he turns up at the pick-up point, the driver should not let Chloe off and must ring 999 and then me.

Mum is in rehab and has supervised contact only.

Elin""" % (p.dobs, p.addr)
add("positive", "custody-details-to-taxi", "inline-forward", "k.parry@" + S, ["gary@ceir-cwm-taxis.example"], "k.parry@" + S,
    "Office forwards the DSL's note with a child's DOB, new address, guardianship and court-order details to a taxi firm",
    message(("Kirsty Parry", "k.parry@" + S), [("Gary - Cwm Taxis", "gary@ceir-cwm-taxis.example")],
            "Fwd: Chloe Hughes - collection arrangements", mkdate(2025, 5, 9, 9, 2, 0, 1), msgid("pd-p29", "school.example"),
            text_part(t, "utf-8", "quoted-printable"), extra=OUTLOOK))

# P30 -- rugby academy coach asked; staff replies with medical details
p = Y12[0]
t = """Hi Huw,

Of course – here you go:

Megan Powell, DOB %s, NHS no. %s
Type 1 diabetic since age 9 (Libre sensor on left arm, pens in her kit bag – Novorapid and Tresiba). Hypo treatment: Lucozade + 2 biscuits, recheck after 15 min. She also had a concussion in November (A&E at the Royal Glamorgan) and was on graduated return to play until January.

Dad is Rob Powell 07700 900447.

Tomos

-----Original Message-----
From: Huw Morris <huw.morris@academi-rygbi.example>
Sent: 13 May 2025 19:40
To: Tomos Griffiths <t.griffiths@school.example>
Subject: Megan P - regional U18 camp

> Hi Tomos, Megan's been selected for the regional U18 camp in
> June. Could you send me her medical info and NHS number for our
> forms? Her parents said the school would have it all.""" % (p.dobs, p.nhs)
add("positive", "medical-to-sports-coach", "reply-quoted", "t.griffiths@" + S, ["huw.morris@academi-rygbi.example"], "t.griffiths@" + S,
    "PE teacher replies to a rugby academy coach with a pupil's DOB, NHS number, diabetes and concussion history",
    message(("Tomos Griffiths", "t.griffiths@" + S), [("Huw Morris", "huw.morris@academi-rygbi.example")],
            "RE: Megan P - regional U18 camp", mkdate(2025, 5, 14, 7, 55, 0, 1), msgid("pd-p30", "school.example"),
            text_part(t, "utf-8", "7bit"),
            extra=["In-Reply-To: " + msgid("pd-p30-parent", "academi-rygbi.example")] + OUTLOOK))

# ============================================================================
# NEGATIVES
# ============================================================================

# N1 -- same kind of class list, internal only (teacher -> head of department)
rows = [["Name", "Form", "DOB", "UPN", "FSM", "ALN", "Reading age"]]
for i, p in enumerate(Y9):
    rows.append([p.name, p.form, p.dobs, p.upn, "Y" if i % 3 == 0 else "N", ["", "Dyslexia", "", "Autism (IDP)"][i % 4],
                 "%d.%d" % (9 + i % 5, i % 12)])
xl = make_xlsx(rows, sheet="9W")
t = """Hi Sioned,

Here's 9W's data with reading ages for the setting meeting on Thursday. It's from SIMS this morning, so the FSM column is current.

Eleri"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("9W setting data.xlsx", xl, XLSX)], boundary("pd-n1", 0))
add("negative", "internal-class-list", "attach-xlsx", "e.price@" + S, ["s.mair@" + S, "m.lloyd@" + S], "e.price@" + S,
    "Teacher shares a class list with DOB and UPN internally with colleagues (all recipients inside the school)",
    message(("Eleri Price", "e.price@" + S), [("Sioned Mair", "s.mair@" + S)], "9W data for setting",
            mkdate(2024, 10, 1, 12, 30, 0, 1), msgid("pd-n1", "school.example"), mp, cc=[("Meinir Lloyd", "m.lloyd@" + S)],
            extra=OUTLOOK))

# N2 -- inbound from EWS with pupil details (auth null), hard-wrapped
p = Y9[3]
t = hardwrap("""Dear Carys,

Thank you for the referral for Tyler Morgan (DOB %s, UPN %s). I have
allocated the case to myself and will carry out a home visit to
%s on Wednesday 12 February at 10am.

I will invite Ms Morgan to a meeting in school the following week. Could
you please have an up-to-date attendance printout and any notes from the
pastoral support plan ready?

If attendance does not improve following the visit, we will consider a
Fixed Penalty Notice warning in line with the council's code of conduct.

Regards,
Gareth Pryce
Swyddog Lles Addysg / Education Welfare Officer
Cyngor Bwrdeistref Sirol Dyffryn""" % (p.dobs, p.upn, p.addr), 72)
add("negative", "inbound-ews", "hard-wrapped", "gareth.pryce@cyngor-dyffryn.example", ["c.morgan@" + S], None,
    "Inbound reply from the council's education welfare officer containing a pupil's DOB, UPN and address (arriving from outside)",
    message(("Gareth Pryce", "gareth.pryce@cyngor-dyffryn.example"), [("Carys Morgan", "c.morgan@" + S)],
            "RE: EWS referral - T. Morgan Yr 9", mkdate(2025, 2, 7, 14, 2, 0, 0), msgid("pd-n2", "cyngor-dyffryn.example"),
            text_part(t, "utf-8", "8bit")))

# N3 -- inbound from exam board: CSV with ULNs (query)
rows = [["Centre", "Cand No", "Surname", "Forenames", "DOB", "ULN", "Query"]]
for i, p in enumerate(Y11[:5]):
    rows.append(["68417", "%04d" % (1021 + i * 7), p.last, p.first, p.dobs, p.uln,
                 ["DOB mismatch with LRS", "", "ULN not verified", "", "Name differs from LRS"][i]])
t = """Dear Exams Officer,

Please review the attached list of candidates for centre 68417 where our records do not match the Learning Records Service. Please correct the entries through the secure portal by 28 February; do not reply with personal data by email.

Regards,
Entries Team
CBAC / WJEC"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("68417_LRS_mismatch.csv", csv_text(rows).encode(), "text/csv")],
               boundary("pd-n3", 1))
add("negative", "inbound-exam-board", "attach-csv", "entries@cbac.example", ["arholiadau@" + S], None,
    "Inbound email from the exam board with a CSV of candidates' DOB and ULNs to check (arrives from outside)",
    message(("CBAC Entries", "entries@cbac.example"), [("Arholiadau", "arholiadau@" + S)],
            "Centre 68417 - LRS mismatches", mkdate(2025, 2, 17, 9, 0, 0, 0), msgid("pd-n3", "cbac.example"), mp))

# N4 -- S/MIME encrypted outbound to children's services
add("negative", "encrypted-smime-referral", "smime", "e.jenkins@" + S, ["iaa.plant@cyngor-dyffryn.example", "m.watkins@" + S],
    "e.jenkins@" + S,
    "DSL's written safeguarding referral to children's services sent S/MIME-encrypted (enveloped-data)",
    smime_message(("Elin Haf Jenkins", "e.jenkins@" + S), [("IAA Plant / Children's Services", "iaa.plant@cyngor-dyffryn.example")],
                  "Referral follow-up - Y7 pupil", mkdate(2025, 3, 24, 13, 55, 0, 0), msgid("pd-n4", "school.example"),
                  cc=[HEAD], extra=OUTLOOK, seed="pd-n4", n=4200))

# N5 -- PGP/MIME to educational psychologist
add("negative", "encrypted-pgp-ed-psych", "pgp-mime", "h.tudur@" + S, ["c.haworth@seicoleg-addysg.example"], "h.tudur@" + S,
    "ALNCo sends IDP paperwork to the educational psychologist PGP/MIME-encrypted",
    pgp_message(("Huw Tudur", "h.tudur@" + S), [("Dr Clare Haworth", "c.haworth@seicoleg-addysg.example")],
                "IDP paperwork - C.R.", mkdate(2025, 2, 12, 16, 10, 0, 0), msgid("pd-n5", "school.example"),
                extra=TB, seed="pd-n5", n=2600))

# N6 -- password-protected zip to virtual school, password sent separately
rows = [["Child", "DOB", "UPN", "Placement", "PEP date", "PDG spend"]]
for p in Y9[5:7] + Y8[2:3]:
    rows.append([p.name, p.dobs, p.upn, "Foster", "04/02/2025", "1200"])
z = make_encrypted_zip([("PEP_tracker_spring2025.csv", csv_text(rows)),
                        ("PEP_notes.txt", "Summaries for the three CLA pupils. See social worker notes for contact arrangements.\n")],
                       "Gwanwyn-Derw-7319", "pd-n6")
t = """Hi Joanne,

Spring PEP tracker attached as an encrypted zip, as per the council's data sharing agreement. I'll ring you with the password this afternoon – it won't be sent by email.

Elin"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("PEP_tracker_spring2025.zip", z, "application/zip")],
               boundary("pd-n6", 2))
add("negative", "encrypted-zip-pep", "zip-encrypted", "e.jenkins@" + S, ["ysgol.rithwir@cyngor-dyffryn.example"], "e.jenkins@" + S,
    "DSL sends the virtual school a password-protected (ZipCrypto) zip of PEP data; password given by phone",
    message(("Elin Haf Jenkins", "e.jenkins@" + S), [("Joanne Hale - Virtual School", "ysgol.rithwir@cyngor-dyffryn.example")],
            "PEP tracker (encrypted)", mkdate(2025, 2, 3, 11, 20, 0, 0), msgid("pd-n6", "school.example"), mp, extra=OUTLOOK))

# N7 -- invoice with the school's own bank details, PDF
sc, acc = bank_from("ysgol-bryn-derw-school-fund")
pdf = make_pdf(["YSGOL GYFUN BRYN DERW - CANOLFAN Y CWM",
                "INVOICE / ANFONEB  No. CYC-2025-0142          Date: 03/03/2025",
                "",
                "To: Côr Meibion Cwm Derw (Treasurer)".replace("ô", "o"),
                "Hall hire - Tuesday evenings, January-March 2025 (11 x 2 hrs @ GBP 28.00)     GBP 616.00",
                "Kitchen use (11 x GBP 5.00)                                                   GBP 55.00",
                "TOTAL DUE                                                                     GBP 671.00",
                "",
                "Payment within 30 days by BACS to:",
                "Account name: Ysgol Gyfun Bryn Derw School Fund",
                "Sort code: %s     Account number: %s" % (sc, acc),
                "Reference: CYC-2025-0142",
                "",
                "VAT not applicable. Enquiries: Business Manager, 01443 000000"])
t = """Hi Gwyn,

Please find attached the invoice for the choir's hall hire this term. Our bank details are on the invoice – please use the invoice number as the reference.

Diolch yn fawr – and good luck at the Eisteddfod!

Delyth Roberts
Rheolwr Busnes / Business Manager"""
mp = multipart("mixed", [text_part(t, "utf-8", "quoted-printable"), attach("Invoice CYC-2025-0142.pdf", pdf, "application/pdf")],
               boundary("pd-n7", 0))
add("negative", "invoice-school-bank", "attach-pdf", "d.roberts@" + S, ["trysorydd@cor-cwm-derw.example"], "d.roberts@" + S,
    "Hall-hire invoice to a community choir carrying the school fund's own sort code and account number",
    message(("Delyth Roberts", "d.roberts@" + S), [("Gwyn Pritchard - Trysorydd", "trysorydd@cor-cwm-derw.example")],
            "Invoice CYC-2025-0142 - hall hire", mkdate(2025, 3, 3, 15, 0, 0, 0), msgid("pd-n7", "school.example"), mp,
            extra=OUTLOOK))

# N8 -- order to supplier with PO/account numbers
t = """Hello,

Please supply the following on our account 40018822:

PO number: 4500712938
Delivery: Ysgol Gyfun Bryn Derw, Heol y Bryn, Cwm Derw (goods in, rear of Science block)

  Qty  Code          Description                          Unit    Total
  12   SC-118-4470   Beaker, borosilicate, 250ml (pk 10)  14.20   170.40
   4   SC-220-1093   Bunsen burner, natural gas           11.85    47.40
   2   SC-771-5566   Digital balance 0.01g, 600g          96.00   192.00
  30   SC-330-9021   Safety spectacles EN166              2.15     64.50

Order total ex VAT: 474.30

Your quote ref: Q-2025-118834. Please quote the PO number on the invoice.

Thanks,
Dylan Pugh
Pennaeth Gwyddoniaeth / Head of Science"""
add("negative", "purchase-order", "plain-7bit", "d.pugh@" + S, ["orders@labsupplies.example"], "d.pugh@" + S,
    "Science order to a supplier with account, PO, product codes and quote reference (numbers but no personal data)",
    message(("Dylan Pugh", "d.pugh@" + S), [("Orders", "orders@labsupplies.example")],
            "Order - PO 4500712938", mkdate(2025, 1, 15, 10, 40, 0, 0), msgid("pd-n8", "school.example"),
            text_part(t, "us-ascii", "7bit"), extra=OUTLOOK))

# N9 -- contractor phone numbers from phone
t = """Hi Andy, numbers for Saturday's job: site keyholder Dai 07700 900552, alarm company 029 2018 0734, our office 01443 000000 (closed Sat). Gate code 2580#. Cheers

Sent from my iPhone"""
add("negative", "contractor-phone-numbers", "mobile", "d.roberts@" + S, ["andy@roofing-contractors.example"], "d.roberts@" + S,
    "Business manager texts-style email to a contractor with business phone numbers and a gate code",
    message(("Delyth Roberts", "d.roberts@" + S), [("Andy - Roofing", "andy@roofing-contractors.example")],
            "Sat access", mkdate(2025, 4, 25, 18, 4, 0, 1), msgid("pd-n9", "school.example"),
            text_part(t, "utf-8", "7bit"), extra=IPHONE))

# N10 -- MIS vendor: test data with deliberately invalid identifiers
rows = [["UPN", "Surname", "Forename", "DOB", "NHS No", "ULN"]]
tests = [("TESTPUPIL", "Alpha"), ("TESTPUPIL", "Bravo"), ("TESTPUPIL", "Charlie"), ("TESTPUPIL", "Delta"), ("TESTPUPIL", "Echo")]
for i, (sn, fn) in enumerate(tests):
    u = upn_bad(999, 9999, 15, 1 + i)
    nh = "%010d" % (1234567890 + i * 111)
    while nhs_ok(nh) or uln_ok(nh):
        nh = "%010d" % (int(nh) + 1)
    ul = "%010d" % (9876543210 - i * 97)
    while uln_ok(ul) or nhs_ok(ul):
        ul = "%010d" % (int(ul) + 1)
    rows.append([u, sn, fn, "01/01/2000", nh, ul])
t = """Hi support,

Ticket #INC-0088213. The CTF import is rejecting the test file you asked us to create – it's the dummy records only (no real pupils), built with the invalid identifiers from your test plan. The error log says "UPN check character invalid" on every row, which I assume is what you expected? The import is still failing at step 4 after that though.

Attached the test file. Screenshot to follow.

Gareth Bowen
Technegydd TG"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("ctf_import_TEST_only.csv", csv_text(rows).encode(), "text/csv")],
               boundary("pd-n10", 2))
add("negative", "vendor-test-data-invalid-ids", "attach-csv", "g.bowen@" + S, ["support@mis-vendor.example"], "g.bowen@" + S,
    "IT sends the MIS vendor a dummy test CSV whose UPN/NHS/ULN-like values all have wrong check digits (no real people)",
    message(("Gareth Bowen", "g.bowen@" + S), [("MIS Support", "support@mis-vendor.example")],
            "INC-0088213 CTF import test file", mkdate(2025, 2, 20, 14, 45, 0, 0), msgid("pd-n10", "school.example"), mp, extra=TB))

# N11 -- event dates to parents, HTML only
h = html_doc("""<p>Annwyl Rieni a Gofalwyr,</p>
<p>Dyddiadau pwysig / Key dates for the summer term:</p>
""" + table_html([["Dyddiad / Date", "Digwyddiad / Event"],
                  ["22/04/2025", "Term starts / Dechrau tymor"],
                  ["05/05/2025", "Bank holiday – school closed"],
                  ["12/05/2025", "GCSE & A level exams begin"],
                  ["26/05/2025 – 30/05/2025", "Half term / Hanner tymor"],
                  ["12/06/2025", "Year 9 options evening, 5:30–7:30pm"],
                  ["03/07/2025", "Year 6 transition day"],
                  ["18/07/2025", "Last day of term – 1:30pm finish"]]) + """
<p>Diolch,<br>Swyddfa Ysgol Gyfun Bryn Derw</p>""")
add("negative", "event-dates", "html-only", "swyddfa@" + S, ["swyddfa@" + S] + [x for x in ["rachel.m.pugh@example.net",
    "gavin.hopkins@example.com", "nerys.ap.ieuan@example.org"]], "swyddfa@" + S,
    "Office sends parents a table of summer-term dates (dates only, no personal data)",
    message(("Swyddfa Ysgol Bryn Derw", "swyddfa@" + S), [("Swyddfa Ysgol Bryn Derw", "swyddfa@" + S)],
            "Dyddiadau tymor yr haf / Summer term dates", mkdate(2025, 4, 22, 15, 30, 0, 1), msgid("pd-n11", "school.example"),
            text_part(h, "utf-8", "quoted-printable", subtype="html")))

# N12 -- anonymised attendance statistics to council
xl = make_xlsx([["Year group", "Pupils on roll", "Attendance %", "Persistent absence %", "eFSM attendance %", "Exclusions (FTE)"],
                ["7", 182, 93.1, 11.2, 88.4, 2], ["8", 176, 91.7, 14.9, 86.0, 5], ["9", 171, 90.2, 18.1, 84.7, 9],
                ["10", 168, 89.6, 19.6, 83.1, 11], ["11", 160, 90.8, 16.3, 85.2, 6], ["12", 74, 94.0, 6.8, 91.5, 0],
                ["13", 66, 93.2, 7.6, 90.0, 0]], sheet="Autumn 2024")
t = """Hi Rhiannon,

As requested for the Attendance Steering Group, our autumn term figures by year group are attached. They're aggregates only – no pupil-level data. Persistent absence uses the Welsh Government 20% threshold.

Carys Morgan
Swyddog Presenoldeb"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("BrynDerw_attendance_autumn2024_aggregate.xlsx", xl, XLSX)],
               boundary("pd-n12", 1))
add("negative", "aggregate-attendance-stats", "attach-xlsx", "c.morgan@" + S, ["presenoldeb@cyngor-dyffryn.example"], "c.morgan@" + S,
    "Attendance officer sends the council year-group attendance aggregates (no individual pupils)",
    message(("Carys Morgan", "c.morgan@" + S), [("Presenoldeb / Attendance", "presenoldeb@cyngor-dyffryn.example")],
            "Autumn attendance - aggregate figures", mkdate(2025, 1, 9, 13, 10, 0, 0), msgid("pd-n12", "school.example"), mp,
            extra=OUTLOOK))

# N13 -- blank enrolment form template to partner college
docx = make_docx(["# Dysgu Cymunedol Bryn Derw – Enrolment form 2025/26",
                  "Please complete in BLOCK CAPITALS.",
                  "Full name: ______________________________",
                  "Date of birth: ___ / ___ / ______",
                  "National Insurance number: __ __ __ __ __ __ __ __ __",
                  "Unique Learner Number (if known): ____________",
                  "Address: ______________________________  Postcode: ________",
                  "Do you have a disability, learning difficulty or health condition? Yes / No",
                  "Emergency contact name and phone: ______________________________",
                  "Bank details are NOT collected on this form. Learner support applications use a separate secure process.",
                  "Privacy: we use this information to enrol you and to report to the Welsh Government (LLWR). See our privacy notice."])
t = """Hi Gemma,

Here's the blank enrolment form we're proposing for next year, so your MIS team can check the fields line up with your LLWR upload. Any changes, just track them in the document.

Aled"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("Enrolment form 2025-26 TEMPLATE.docx", docx, DOCX)],
               boundary("pd-n13", 0))
add("negative", "blank-form-template", "attach-docx", "a.jones-williams@" + S, ["g.pearce@coleg-cymoedd-partner.example"],
    "a.jones-williams@" + S,
    "Community-learning head sends a partner college a blank enrolment form template (labels only, no data)",
    message(("Aled Jones-Williams", "a.jones-williams@" + S), [("Gemma Pearce", "g.pearce@coleg-cymoedd-partner.example")],
            "Enrolment form 2025/26 - template for checking", mkdate(2025, 5, 20, 11, 0, 0, 1), msgid("pd-n13", "school.example"),
            mp, extra=TB))

# N14 -- data protection policy summary to governors' personal addresses, TXT
pol = """YSGOL GYFUN BRYN DERW - DATA PROTECTION POLICY (DRAFT v4, for FGB 20 May 2025)
Summary of changes

1. Personal data about pupils, parents and staff must only be sent outside
   the school by secure means: the council's secure transfer portal, S2S
   for CTFs, or encrypted email. Ordinary email must not be used for
   safeguarding, medical, ALN or financial information.
2. Staff must not send school data to personal email accounts.
3. Governors will be given school email accounts from September 2025;
   until then, papers containing personal data will only be shared via
   the governor portal, never by email.
4. Special category data (health, ethnicity, religion) and criminal
   offence data have additional safeguards (Appendix B).
5. Data breaches must be reported to the DPO within 24 hours; the DPO
   decides on reporting to the ICO within 72 hours.
6. Retention schedule updated (Appendix C).

No personal data is contained in this document.
"""
t = """Dear Governors,

Attached is the summary of changes to the Data Protection Policy for approval at the full governing body meeting on 20 May. The full policy is on the governor portal.

Siân Prydderch
Clerc i'r Llywodraethwyr / Clerk to the Governors"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("DP policy v4 - summary of changes.txt", pol.encode(), "text/plain")],
               boundary("pd-n14", 1))
gov = [("Wynford Bassett", "wynford.bassett@example.org"), ("Eirlys Morgan", "eirlys.morgan@example.com"),
       ("Revd. Gwyn Ellis", "gwyn.ellis@example.net")]
add("negative", "dp-policy-to-governors", "attach-txt", "s.prydderch@" + S, [e for _, e in gov] + ["m.watkins@" + S],
    "s.prydderch@" + S,
    "Clerk sends governors a data-protection policy change summary (policy text, no personal data)",
    message(("Siân Prydderch", "s.prydderch@" + S), gov, "FGB 20 May - Data Protection Policy v4",
            mkdate(2025, 5, 8, 16, 0, 0, 1), msgid("pd-n14", "school.example"), mp, cc=[HEAD], extra=OUTLOOK))

# N15 -- child protection policy to external consultant, PDF
pdf = make_pdf(["Ysgol Gyfun Bryn Derw - Safeguarding and Child Protection Policy 2024-25 (extract)",
                "",
                "1. Designated Safeguarding Person (DSP): the Deputy Headteacher for Wellbeing.",
                "2. All staff complete Level 1 safeguarding training annually (Wales Safeguarding Procedures).",
                "3. Concerns are recorded on the school's secure system the same day.",
                "4. Referrals to children's services follow the Wales Safeguarding Procedures;",
                "   written follow-up is sent via the council's secure portal or encrypted email.",
                "5. Allegations against staff are referred to the LADO / Designated Officer.",
                "6. Online safety: see the Acceptable Use Policy and Keeping Safe Online guidance.",
                "",
                "This extract contains no information about individual children or staff."])
t = """Dear Helen,

Thank you for agreeing to review our safeguarding policy before the Estyn visit. I've attached the current version (extract – the full document is 38 pages). We'd particularly value your view on section 4.

Elin Haf Jenkins
Person Dynodedig Diogelu"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("CP policy 2024-25 extract.pdf", pdf, "application/pdf")],
               boundary("pd-n15", 2))
add("negative", "cp-policy-to-consultant", "attach-pdf", "e.jenkins@" + S, ["helen@diogelu-consultancy.example"], "e.jenkins@" + S,
    "DSL sends an external consultant the child-protection policy extract (no individual data)",
    message(("Elin Haf Jenkins", "e.jenkins@" + S), [("Helen Crowther", "helen@diogelu-consultancy.example")],
            "Safeguarding policy for review", mkdate(2025, 4, 23, 9, 30, 0, 1), msgid("pd-n15", "school.example"), mp, extra=OUTLOOK))

# N16 -- internal safeguarding discussion, windows-1252
p = Y7[4]
t = """Rhodri,

For your information as Head of Year – Zara Ahmed (7T, DOB %s) disclosed domestic abuse at home today; referral made to children's services (ref IAA-25-03311) and police are aware. Please make sure her tutor and teachers know she may be tired or upset, but no details beyond "family difficulties".

She'll be staying with her aunt at %s for the time being – this address must NOT be given out.

Elin""" % (p.dobs, p.addr)
add("negative", "internal-safeguarding", "windows-1252", "e.jenkins@" + S, ["r.llewelyn@" + S, "l.thomas@" + S], "e.jenkins@" + S,
    "DSL briefs the head of year and pastoral officer internally about a disclosure (internal recipients only)",
    message(("Elin Haf Jenkins", "e.jenkins@" + S), [("Rhodri Llewelyn", "r.llewelyn@" + S)],
            "CONFIDENTIAL – Zara A 7T", mkdate(2025, 3, 24, 15, 40, 0, 0), msgid("pd-n16", "school.example"),
            text_part(t, "windows-1252", "quoted-printable"), cc=[("Lowri Mai Thomas", "l.thomas@" + S)],
            subj_charset="windows-1252", extra=OUTLOOK))

# N17 -- internal reply about bank details change
sc2, acc2 = bank_from("staff-bank-change-lbevan")
t = """Thanks Lynwen, I've updated it on the payroll system for the March run. Please check your payslip on the 28th.

Delyth

On Tue, 4 Mar 2025 at 08:15, Lynwen Bevan <l.bevan@school.example> wrote:
> Hi Delyth,
>
> I've changed banks - could you update my pay details please?
>
> New sort code: %s
> Account number: %s
> Name: Lynwen Bevan
> NI number: %s
>
> Diolch,
> Lynwen""" % (sc2, acc2, nino_from("lbevan"))
add("negative", "internal-bank-change", "reply-quoted", "d.roberts@" + S, ["l.bevan@" + S], "d.roberts@" + S,
    "Business manager replies internally to a staff member's bank-details change (quoted sort code/account/NINO, internal only)",
    message(("Delyth Roberts", "d.roberts@" + S), [("Lynwen Bevan", "l.bevan@" + S)],
            "Re: change of bank details", mkdate(2025, 3, 4, 9, 2, 0, 0), msgid("pd-n17", "school.example"),
            text_part(t, "utf-8", "7bit"), extra=["In-Reply-To: " + msgid("pd-n17-parent", "school.example")] + OUTLOOK))

# N18 -- inbound from parent with child's medical info, ISO-8859-1
p = Y7[3]
t = """Annwyl Mr Griffiths,

Ynglŷn â'r daith i Langrannog - Llyr has asthma and a severe allergy to wasp stings. His NHS number is %s in case you need it, and his date of birth is %s.

He carries his own inhaler and there is an EpiPen in his bag. Please ring me on 07700 900386 if anything happens.

Diolch yn fawr,
Sara Williams (mam Llyr, 7W)""" % (p.nhs, p.dobs)
add("negative", "inbound-parent-medical", "iso-8859-1", "sara.williams.cwm@example.com", ["t.griffiths@" + S], None,
    "Inbound email from a parent giving her son's NHS number, DOB and allergy details for a trip (arrives from outside)",
    message(("Sara Williams", "sara.williams.cwm@example.com"), [("Tomos Griffiths", "t.griffiths@" + S)],
            "Llyr Williams 7W - taith Llangrannog", mkdate(2025, 2, 25, 20, 40, 0, 0), msgid("pd-n18", "example.com"),
            text_part(t.replace("ŷ", "y"), "iso-8859-1", "quoted-printable")))

# N19 -- pupil emails teacher internally with own details, flowed
p = Y10[0]
t = flow("""Hi Miss,

Here's my details for the work experience form like you asked:

Name: Kian Jones
DOB: %s
Address: %s
Emergency contact: my mum, 07700 900771
Medical: I have asthma (blue inhaler)
Placement: Halfords Autocentre Pontypridd, 23-27 June

Thanks,
Kian 10B""" % (p.dobs, p.addr))
add("negative", "pupil-internal-own-details", "flowed", p.email, ["e.price@" + S], p.email,
    "Pupil emails his teacher internally with his own DOB, address and medical note for a work-experience form",
    message(("Kian Jones", p.email), [("Eleri Price", "e.price@" + S)], "work experience form",
            mkdate(2025, 5, 15, 19, 5, 0, 1), msgid("pd-n19", "DB9P265MB1420.GBRP265.PROD.OUTLOOK.COM"),
            text_part(t, "utf-8", "8bit", flowed=True)))

# N20 -- exam board despatch: centre and candidate numbers only
t = """Hello,

Despatch confirmation for centre 68417, GCSE Mathematics Unit 2 (Higher), sat 12 May 2025:

Scripts: 142 (candidate numbers 1001-1289, non-consecutive; attendance register enclosed in packet 1)
Packets: 5
Royal Mail Special Delivery: AB481207735GB, AB481207749GB, AB481207752GB, AB481207766GB, AB481207770GB
Yellow label scheme barcode: 68417-MA2H-05

Two candidates absent (1127, 1203); one candidate with special consideration, form submitted online today (ref SC-68417-0093).

Sian Prydderch
Exams Officer, centre 68417"""
add("negative", "exam-despatch", "plain-7bit", "s.prydderch@" + S, ["despatch@cbac.example"], "s.prydderch@" + S,
    "Exams officer confirms script despatch with centre number, candidate-number ranges and tracking numbers (no personal data)",
    message(("Siân Prydderch", "s.prydderch@" + S), [("CBAC Despatch", "despatch@cbac.example")],
            "68417 - Maths U2H despatch", mkdate(2025, 5, 12, 16, 20, 0, 1), msgid("pd-n20", "school.example"),
            text_part(t, "us-ascii", "7bit"), extra=OUTLOOK))

# N21 -- conference booking, booking refs, multipart/alternative
t = """Dear Events team,

Please confirm the following booking for the Wales ESOL practitioners' conference on 14 June:

Organisation: Dysgu Cymunedol Bryn Derw (Ysgol Gyfun Bryn Derw)
Delegates: 3 (Nia Elis, Owain Rees, Aled Jones-Williams)
Booking reference: WESOL25-00317
Purchase order: 4500713302
Dietary: 1 vegetarian

Invoice to the school's finance office, quoting the PO number. We don't need accommodation.

Diolch,
Nia Elis
Tiwtor ESOL"""
alt = multipart("alternative", [text_part(t, "utf-8", "7bit"), text_part(html_doc(paras_html(t)), "utf-8", "quoted-printable", subtype="html")],
                boundary("pd-n21", 2))
add("negative", "conference-booking", "multipart-alt", "n.elis@" + S, ["events@esol-cymru.example"], "n.elis@" + S,
    "ESOL tutor books a conference with booking and PO references (staff names only, no personal identifiers)",
    message(("Nia Elis", "n.elis@" + S), [("Events team", "events@esol-cymru.example")],
            "Booking WESOL25-00317", mkdate(2025, 4, 10, 12, 12, 0, 1), msgid("pd-n21", "school.example"), alt, extra=OUTLOOK))

# N22 -- aggregate ESOL outcomes to funder, base64
t = """Dear Funding Officer,

End-of-year outcomes for our ESOL provision (academic year 2024/25), as requested for the adult learning grant monitoring return:

Enrolments: 64 (ESOL Entry 1: 22; Entry 2: 26; Entry 3: 16)
Retention: 87.5%
Achievement of qualification aim: 78.1%
Progressed to a higher level: 31 learners (48%)
Learners in employment at end of course: 9
Age bands: 19-24: 8; 25-49: 44; 50+: 12
Nationalities represented: 17

All figures are aggregated; no learner can be identified from them. Individual learner records are submitted through LLWR as usual.

Aled Jones-Williams
Pennaeth Dysgu Cymunedol"""
add("negative", "aggregate-esol-outcomes", "base64", "a.jones-williams@" + S, ["grantiau.dysgu@llyw-cymru.example"],
    "a.jones-williams@" + S,
    "Community-learning head sends the funder aggregate ESOL outcome statistics (no individuals)",
    message(("Aled Jones-Williams", "a.jones-williams@" + S), [("Grantiau Dysgu Oedolion", "grantiau.dysgu@llyw-cymru.example")],
            "ESOL outcomes 2024/25 - monitoring return", mkdate(2025, 7, 3, 10, 0, 0, 1), msgid("pd-n22", "school.example"),
            text_part(t, "utf-8", "base64"), extra=TB))

# N23 -- minibus MOT booking with VIN and registration, QP
t = """Hi,

Can I book our minibus in for its MOT and service please? Details:

Vehicle: Ford Transit 17-seat minibus
Registration: CY19 KFD
VIN: WF0XXXTTGXKA54231
Mileage: approx. 48,200
MOT due: 31/05/2025
Section 19 permit no.: S19-0042-77

Any day in the week of 19 May works, it's needed back for the Friday. Please invoice the school on account BD-1174.

Diolch,
Dai Harries – Gofalwr Safle / Site Manager"""
add("negative", "minibus-mot", "qp", "d.harries@" + S, ["bookings@cwm-garage.example"], "d.harries@" + S,
    "Site manager books the minibus MOT with registration, VIN, permit and account numbers (no personal data)",
    message(("Dai Harries", "d.harries@" + S), [("Bookings", "bookings@cwm-garage.example")],
            "MOT booking - CY19 KFD", mkdate(2025, 5, 2, 8, 15, 0, 1), msgid("pd-n23", "school.example"),
            text_part(t, "utf-8", "quoted-printable")))

# N24 -- admissions: DOB ranges and transition dates, multipart/alternative
t = """Annwyl Rieni a Gofalwyr Blwyddyn 6,

Croeso i Ysgol Gyfun Bryn Derw! This letter is for families of children born between 1 September 2013 and 31 August 2014 who will join Year 7 in September 2025.

Key dates:
- Wednesday 2 July 2025, 9:00am–3:00pm: transition day (bring a packed lunch)
- Thursday 3 July 2025, 6:00pm: new parents' evening in the Neuadd
- Tuesday 2 September 2025: Year 7 only, 8:40am start

Uniform orders: from 16 June via the supplier's website. Please complete the data collection sheet your child will bring home on the transition day and return it to the office in a sealed envelope – please do not email it.

Edrychwn ymlaen at eich cyfarfod!

Mr Rhodri Llewelyn
Pennaeth Blwyddyn 7 (2025/26)"""
alt = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"), text_part(html_doc(paras_html(t)), "utf-8", "quoted-printable", subtype="html")],
                boundary("pd-n24", 3))
add("negative", "admissions-dob-range", "multipart-alt", "r.llewelyn@" + S,
    ["r.llewelyn@" + S, "rachel.m.pugh@example.net", "jamal.khan.family@example.com", "kelly.ann.rees@example.org"],
    "r.llewelyn@" + S,
    "Transition letter to new Year 7 parents with a birth-date range and event dates (no individual's data)",
    message(("Rhodri Llewelyn", "r.llewelyn@" + S), [("Rhodri Llewelyn", "r.llewelyn@" + S)],
            "Croeso i Flwyddyn 7 / Welcome to Year 7", mkdate(2025, 6, 4, 15, 0, 0, 1), msgid("pd-n24", "school.example"), alt,
            extra=OUTLOOK))

# N25 -- anonymised case study for training course, hard-wrapped
t = hardwrap("""Hi Bethan,

As promised for the ALN Co-ordinators' network on Thursday, here's the
anonymised case study. I've removed names, dates, year group and anything
that could identify the family.

Case study: Pupil A (KS3)
Pupil A has a diagnosis of autism and joined us mid-year. Dysregulation
increased after a change of timetable. We introduced a movement-break
card, a quiet base at lunchtime and a visual timetable; incidents fell
from 11 in the first half term to 2 in the next. Pupil A's view: "I like
knowing what is going to happen." Parents were involved through fortnightly
phone calls rather than meetings, which they preferred.

Discussion questions:
1. What would you do differently?
2. How did the IDP capture the child's voice?

Huw Tudur
CADY / ALNCo""", 72)
add("negative", "anonymised-case-study", "hard-wrapped", "h.tudur@" + S, ["b.sweeney@rhwydwaith-ady.example"], "h.tudur@" + S,
    "ALNCo sends a network lead a fully anonymised case study ('Pupil A') for training",
    message(("Huw Tudur", "h.tudur@" + S), [("Bethan Sweeney", "b.sweeney@rhwydwaith-ady.example")],
            "Anonymised case study for Thursday", mkdate(2025, 3, 18, 17, 45, 0, 0), msgid("pd-n25", "school.example"),
            text_part(t, "us-ascii", "7bit"), extra=OUTLOOK))

# N26 -- internal inline forward of an inbound CAMHS letter
p = Y10[1]
t = """Elin – FYI, CAMHS have brought Anest's appointment forward. I'll let mum know.

Lowri

---------- Forwarded message ---------
From: Sarah Bevan <sarah.bevan@cwmtaf-camhs.example>
Date: Wed, 19 Mar 2025 at 10:02
Subject: Appointment - Anest Roberts
To: Lowri Mai Thomas <l.thomas@school.example>

Hi Lowri, we have an appointment for Anest Roberts (DOB %s, NHS %s) on Monday 24 March at 2pm at Keir Hardie. Letter has gone to the home address. Sarah""" % (p.dobs, p.nhs)
add("negative", "internal-forward-camhs", "inline-forward", "l.thomas@" + S, ["e.jenkins@" + S], "l.thomas@" + S,
    "Pastoral officer forwards a CAMHS appointment email (DOB, NHS number) internally to the DSL only",
    message(("Lowri Mai Thomas", "l.thomas@" + S), [("Elin Haf Jenkins", "e.jenkins@" + S)],
            "Fwd: Appointment - Anest Roberts", mkdate(2025, 3, 19, 10, 30, 0, 0), msgid("pd-n26", "school.example"),
            text_part(t, "utf-8", "8bit"), extra=OUTLOOK))

# N27 -- S/MIME to CAMHS (second)
add("negative", "encrypted-smime-camhs", "smime", "l.thomas@" + S, ["sarah.bevan@cwmtaf-camhs.example"], "l.thomas@" + S,
    "Pastoral officer's reply to CAMHS with a pupil's details sent as S/MIME enveloped data",
    smime_message(("Lowri Mai Thomas", "l.thomas@" + S), [("Sarah Bevan", "sarah.bevan@cwmtaf-camhs.example")],
                  "RE: Referral - A.R.", mkdate(2025, 3, 10, 12, 40, 0, 0), msgid("pd-n27", "school.example"),
                  extra=["In-Reply-To: " + msgid("pd-p14-parent", "cwmtaf-camhs.example")] + OUTLOOK, seed="pd-n27", n=2200))

# N28 -- internal forward of an EWS referral as attached message
p = Y9[3]
inner = message(("Carys Morgan", "c.morgan@" + S), [("Gareth Pryce - EWS", "gareth.pryce@cyngor-dyffryn.example")],
                "EWS referral - T. Morgan Yr 9", mkdate(2025, 2, 6, 9, 41, 0, 0), msgid("pd-n28-inner", "school.example"),
                text_part("Name: %s\nDOB: %s\nUPN: %s\nAddress: %s\nAttendance: 61.4%%\n\n(referral text as sent via the secure portal)\n"
                          % (p.name, p.dobs, p.upn, p.addr), "utf-8", "8bit"))
t = "Rhodri - copy of what went to EWS for Tyler, for your file. Please don't forward outside school.\n\nCarys\n"
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), rfc822_part(inner, "EWS referral - T. Morgan Yr 9.eml")],
               boundary("pd-n28", 0))
add("negative", "internal-forward-ews", "rfc822-forward", "c.morgan@" + S, ["r.llewelyn@" + S], "c.morgan@" + S,
    "Attendance officer forwards a copy of an EWS referral (attached message) internally to the head of year only",
    message(("Carys Morgan", "c.morgan@" + S), [("Rhodri Llewelyn", "r.llewelyn@" + S)],
            "FW: EWS referral - T. Morgan Yr 9", mkdate(2025, 2, 6, 10, 5, 0, 0), msgid("pd-n28", "school.example"), mp,
            extra=OUTLOOK))

# N29 -- PGP/MIME to police (second)
add("negative", "encrypted-pgp-police", "pgp-mime", "e.jenkins@" + S, ["mash.schools@heddlu-de.example"], "e.jenkins@" + S,
    "DSL sends the police MASH a PGP/MIME-encrypted exploitation update",
    pgp_message(("Elin Haf Jenkins", "e.jenkins@" + S), [("MASH - Schools Liaison", "mash.schools@heddlu-de.example")],
                "Strategy meeting update - SWP-2504-11873", mkdate(2025, 4, 30, 9, 5, 0, 1), msgid("pd-n29", "school.example"),
                extra=TB, seed="pd-n29", n=1900))

# N30 -- password-protected zip of payroll starters (second)
rows = [["Surname", "Forename", "DOB", "NI number", "Sort code", "Account no"]]
for a in STAFF_NEW[:2]:
    rows.append([a["last"], a["first"], a["dob"], a["nino"], a["bank"][0], a["bank"][1]])
z = make_encrypted_zip([("starters_May2025.csv", csv_text(rows))], "Mai-2025-Tafwys!", "pd-n30")
t = """Hi Paula,

May starters attached in an encrypted zip. Password to follow by text to your work mobile as usual.

Delyth"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("starters_May2025.zip", z, "application/zip")],
               boundary("pd-n30", 1))
add("negative", "encrypted-zip-payroll", "zip-encrypted", "d.roberts@" + S, ["paula.hendry@payroll-bureau.example"], "d.roberts@" + S,
    "Business manager sends the payroll bureau new-starter data in a password-protected zip, password sent by text",
    message(("Delyth Roberts", "d.roberts@" + S), [("Paula Hendry", "paula.hendry@payroll-bureau.example")],
            "May starters (encrypted)", mkdate(2025, 5, 9, 14, 0, 0, 1), msgid("pd-n30", "school.example"), mp, extra=OUTLOOK))

# ============================================================================
# write files + manifest
# ============================================================================
def main():
    os.chdir(HERE)
    for d in ("positive", "negative"):
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith(W + "-") and f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    pos = [m for m in MSGS if m["label"] == "positive"]
    neg = [m for m in MSGS if m["label"] == "negative"]
    lines = []
    n = 0
    for group in (pos, neg):
        for m in group:
            n += 1
            fn = "%s/%s-%03d-%s.eml" % (m["label"], W, n, m["family"])
            raw = m["raw"]
            if n % 5 == 0:   # some clients write CRLF; keep each file consistent
                raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            with open(fn, "wb") as fh:
                fh.write(raw)
            lines.append(json.dumps({"file": fn, "label": m["label"], "mail_from": m["mail_from"],
                                     "rcpt": m["rcpt"], "auth_user": m["auth_user"], "shape": m["shape"],
                                     "family": m["family"], "note": m["note"]}, ensure_ascii=False))
    with open("manifest-%s.jsonl" % W, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d positive, %d negative" % (len(pos), len(neg)))

if __name__ == "__main__":
    main()
