#!/usr/bin/env python3
# build-v3.py -- chain-letter policy, writer v3 (held-out round 7)
# Deterministic, stdlib only.  Run from inside chain-letter/:  python3 build-v3.py
# Imagined sender population: Ysgol Gyfun Bryn Derw (a Welsh-medium secondary in
# South Wales) and its adult community-learning programme, Dysgu Cymunedol Bryn Derw.
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
OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdsB1" ]
def ua_tb():
    return ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0"]
IPHONE = ["X-Mailer: iPhone Mail (21G93)"]
ANDROID = ["X-Mailer: Outlook for Android"]

# ============================================================================
# POSITIVES
# ============================================================================

# P1 -- Welsh lucky-dragon good-luck chain, pupil to pupils, phone
t = """DARLLENA HWN!!! 🐉🐉🐉

Dyma Dewi y Ddraig Lwcus. Mae Dewi wedi teithio o gwmpas y byd ers 2009 ac mae pawb sydd wedi ei anfon ymlaen wedi cael lwc dda o fewn 3 diwrnod.

Anfona Dewi ymlaen at 10 o bobl o fewn yr awr nesa a fydd y person ti'n ei ffansio yn gofyn ti mas 😍

Os wyt ti'n torri'r gadwyn fe gei di 7 mlynedd o anlwc. Dim jocan. Merch o Aberdâr wnaeth ei ddileu a dorrodd hi ei braich y diwrnod wedyn.

PEIDIWCH Â'I DORRI 🐉

Anfonwyd o Outlook ar gyfer iOS"""
add("positive", "good-luck-chain", "mobile", "23evansc@" + P,
    ["23hughesm@" + P, "23lewisj@" + P, "23rowlandsl@" + P, "23daviesg@" + P],
    "23evansc@" + P,
    "Year 8 pupil sends a Welsh 'lucky dragon' send-to-10-within-an-hour chain to classmates",
    message(("Cerys Evans", "23evansc@" + P),
            [("Mali Hughes", "23hughesm@" + P), ("Jac Lewis", "23lewisj@" + P),
             ("Lois Rowlands", "23rowlandsl@" + P), ("Gethin Davies", "23daviesg@" + P)],
            "dewi y ddraig 🐉 darllena!!", mkdate(2024, 10, 8, 21, 14, 2, 1),
            msgid("cl-p1", "PR3P281MB0123.GBRP281.PROD.OUTLOOK.COM"),
            text_part(t, "utf-8", "quoted-printable"), extra=["X-Mailer: Outlook for iOS"]))

# P2 -- curse chain, pupil to friends, sloppy
t = """ok dont ignore this i mean it

there was a girl called Megan Price who lived by the old pit in Cwm and she
drowned in the pond behind the colliery in 1987. her mum never found her
body. if you read this you have to send it to 15 people in the next 10 mins
because Megan will be standing at the end of your bed tonight at 3am and she
will be soaking wet.

a boy in tonypandy read it and didnt send it and his mum heard him screaming
in the night and in the morning his carpet was wet

1 person = shes in your house
5 people = shes outside your window
15 people = shes gone and you are safe

IM NOT RISKING IT sorry guys xx

send to 15 NOW!!!!!
"""
add("positive", "curse-chain", "plain-7bit", "24parryf@" + P,
    ["24morgana@" + P, "24bowenk@" + P, "24jamesr@" + P, "24thomase@" + P, "24pricel@" + P],
    "24parryf@" + P,
    "Year 7 pupil forwards a ghost curse chain (send to 15 in 10 minutes or the drowned girl visits)",
    message(("Ffion Parry", "24parryf@" + P),
            [("Alys Morgan", "24morgana@" + P), ("Kian Bowen", "24bowenk@" + P),
             ("Rhys James", "24jamesr@" + P), ("Elis Thomas", "24thomase@" + P),
             ("Lili Price", "24pricel@" + P)],
            "READ THIS OR ELSE", mkdate(2024, 11, 1, 22, 47, 30, 0),
            msgid("cl-p2", "LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM"),
            text_part(t, "us-ascii", "7bit")))

# P3 -- prayer chain forwarded inline by a TA to staff list
fwd = """---------- Forwarded message ---------
From: Glenys Harries <glenys.harries58@example.com>
Date: Sun, 17 Nov 2024 at 19:02
Subject: Fw: PRAYER CHAIN - please do not break
To:


Dearest friends,

This prayer chain was started by a minister in Llandeilo and has been around the world 11 times. It is not a joke. Within 4 days of receiving it you will receive a blessing, but only if you pass it on.

"Lord, bless every person who reads these words, heal those who are sick, protect our children and bring peace to every home. Amen."

Please send this to 12 people you love, including the person who sent it to you. Do not keep it. Do not delete it. One lady in Ammanford sent it on and her husband got the all-clear from the hospital the next week. A man in Carmarthen ignored it and lost his job within a month.

God doesn't make mistakes. Pass it on before midnight and watch what happens.

With love and blessings,
Glenys xxx"""
t = """Hi all,

Sorry for using the staff list for this but my aunty sent it me and I know a few of us have got a lot going on at the moment (thinking of you Marian 💛). No harm in passing it on is there! Please send it on to 12 before midnight xx

Lynwen

""" + fwd
add("positive", "prayer-chain", "inline-forward", "l.bevan@" + S, ["staff@" + S], "l.bevan@" + S,
    "Teaching assistant forwards a 'send to 12 before midnight' prayer chain to the all-staff list",
    message(("Lynwen Bevan", "l.bevan@" + S), [("Pob Staff / All Staff", "staff@" + S)],
            "Fw: PRAYER CHAIN - please do not break", mkdate(2024, 11, 18, 7, 52, 11, 0),
            msgid("cl-p3", "CWLP265MB2210.GBRP265.PROD.OUTLOOK.COM"),
            text_part(t, "utf-8", "8bit"), extra=OUTLOOK))

# P4 -- virus hoax, staff to all staff, hard wrapped
t = hardwrap("""URGENT - PLEASE READ AND PASS ON

Just had this from my brother-in-law who works in IT in Cardiff so I
think it is genuine.

If you receive an email or WhatsApp with a video called "Noson Lawen
Nadolig" DO NOT OPEN IT. It is a virus that wipes your whole hard drive and
steals your banking passwords the moment you click play. It was on the
BBC Wales news this morning and Microsoft have said it is the most
destructive virus ever, there is no fix for it. Norton and McAfee can't
detect it.

Forward this warning to all the contacts in your address book as quickly
as possible so they are protected. The more people we tell the quicker it
dies out.

Better safe than sorry!

Gareth""", 72)
add("positive", "virus-hoax", "hard-wrapped", "g.watkins@" + S, ["staff@" + S], "g.watkins@" + S,
    "Staff member sends the 'Noson Lawen' video virus hoax to all staff asking everyone to forward to their whole address book",
    message(("Gareth Watkins", "g.watkins@" + S), [("Pob Staff / All Staff", "staff@" + S)],
            "VIRUS WARNING - do not open Noson Lawen video!!", mkdate(2024, 12, 3, 8, 4, 55, 0),
            msgid("cl-p4", "school.example"),
            text_part(t, "us-ascii", "7bit"), extra=ua_tb()))

# P5 -- scam hoax (supermarket voucher), ESOL learner to tutor + classmates, HTML only
h = html_doc("""<p><b>ALDI 🎉 60 YEARS ANNIVERSARY 🎉</b></p>
<p>Aldi is giving every family a £250 voucher to celebrate 60 years in UK!! My cousin get it already it is REAL.</p>
<p>To get your voucher you must send this message to 20 friends or 5 groups, then click the link and write your address. Only 1000 vouchers left today.</p>
<p style="color:#0000ff"><u>aldi-60-years-gift.example/claim</u></p>
<p>Teacher Nia please send to everyone in class, all families need this for Christmas ❤️</p>
<p>Thank you<br>Samira</p>""")
add("positive", "scam-hoax", "html-only", "samira.haddad88@example.com",
    ["n.elis@" + S, "ahmed.yusuf.cf@example.net", "olena.kovalenko@example.org"], None,
    "Adult ESOL learner sends a fake supermarket £250 voucher 'send to 20 friends' hoax to her tutor and classmates",
    message(("Samira Haddad", "samira.haddad88@example.com"),
            [("Nia Elis", "n.elis@" + S), ("", "ahmed.yusuf.cf@example.net"),
             ("Olena Kovalenko", "olena.kovalenko@example.org")],
            "Fw: ALDI free voucher £250 🎁🎁", mkdate(2024, 12, 9, 17, 31, 0, 0),
            msgid("cl-p5", "mail.example.com"),
            text_part(h, "utf-8", "quoted-printable", subtype="html")))

# P6 -- fake missing-child appeal, parent to school office, windows-1252 QP
t = """Hi, can you please put this on the school's Facebook and send it to all the parents? My friend sent me it this morning.

*** PLEASE SHARE - MISSING CHILD ***

Ella-Rose, aged 6, went missing from the fair at Barry Island at 2 o'clock today. She was wearing a pink coat and sparkly trainers. Her mum is absolutely beside herself. The police say they can't do anything for 24 hours so it's up to us!!

Please copy this and send it to EVERYONE in your contacts, every school, every group. It only takes a second. If it was your child you would want everyone to share. Don't just scroll past – someone will recognise her.

Mum's number is on her page, please share share share

Diolch,
Rachel (Ioan's mum, 9W)"""
add("positive", "missing-child-hoax", "windows-1252", "rachel.m.pugh@example.net", ["swyddfa@" + S], None,
    "Parent asks the office to mass-forward a fake missing-child appeal (no police reference, 'police won't act for 24 hours', copy to everyone)",
    message(("Rachel Pugh", "rachel.m.pugh@example.net"), [("Swyddfa / Office", "swyddfa@" + S)],
            "PLEASE SHARE – missing little girl", mkdate(2025, 5, 26, 17, 3, 40, 1),
            msgid("cl-p6", "smtp.example.net"),
            text_part(t, "windows-1252", "quoted-printable"), subj_charset="windows-1252"))

# P7 -- sick child 'BT will donate per forward', staff forwards outside, multipart/alternative
t = """Hi girls,

I know these are usually rubbish but it can't hurt can it, it only takes a second 😢

------

This is little Osian. He is 4 years old and he has leukaemia. His parents can't afford the treatment in America that could save him.

BT and Vodafone have agreed to donate 5p to Osian's treatment fund for every time this email is forwarded. They can track it. So PLEASE don't delete it, forward it to everyone you know. If you don't forward it you have no heart.

1 forward = 5p
100 forwards = £5
1,000,000 forwards = a little boy's life

Please keep this going xx

------

Love Bethan xx"""
h = html_doc(paras_html(t))
alt = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"),
                                text_part(h, "utf-8", "quoted-printable", subtype="html")],
                boundary("cl-p7", 2))
add("positive", "sick-child-per-forward", "multipart-alt", "b.howells@" + S,
    ["sara.jenkins.pontypridd@example.com", "kelly.ann.rees@example.org", "lowri.w@example.net"],
    "b.howells@" + S,
    "Office staff member forwards a 'BT donates 5p per forward' sick-child hoax to friends outside school",
    message(("Bethan Howells", "b.howells@" + S),
            [("Sara Jenkins", "sara.jenkins.pontypridd@example.com"),
             ("Kelly Rees", "kelly.ann.rees@example.org"), ("Lowri", "lowri.w@example.net")],
            "FW: please forward for Osian x", mkdate(2025, 1, 14, 12, 41, 9, 0),
            msgid("cl-p7", "AM9P265MB0911.GBRP265.PROD.OUTLOOK.COM"), alt, extra=OUTLOOK))

# P8 -- per-forward money hoax, attached as message/rfc822
inner = message(("Dai Protheroe", "dai.protheroe@example.net"),
                [("Meinir Lloyd", "meinir.lloyd.home@example.com")],
                "FW: FW: FW: Microsoft pays you for forwarding - its true!", mkdate(2025, 2, 2, 10, 5, 0, 0),
                msgid("cl-p8-inner", "example.net"),
                text_part(hardwrap("""I was sceptical too but my neighbour got a cheque for £780 last week!!

Dear Friends,

Please do not take this for a junk letter. Bill Gates is sharing his fortune. If you ignore this you will repent later. Microsoft and AOL are now the largest Internet company and in an effort to make sure that Internet Explorer remains the most widely used program, Microsoft and AOL are running an e-mail beta test.

When you forward this e-mail to friends, Microsoft can and will track it (if you are a Microsoft Windows user) for a two week time period.

For every person that you forward this e-mail to, Microsoft will pay you $245.00. For every person that you sent it to that forwards it on, Microsoft will pay you $243.00 and for every third person that receives it, you will be paid $241.00. Within two weeks, Microsoft will contact you for your address and then send you a cheque.

I thought this was a scam myself, but two weeks after receiving this e-mail and forwarding it on, Microsoft contacted me for my address and within days, I received a cheque for $24,800.00.

Forward it to as many people as you can, it costs nothing!""", 74), "utf-8", "8bit"))
t = """Hiya,

My uncle Dai sent me this, prob rubbish but forwarding to you lot just in case 😂 if we all send it on we'll be rich by half term. Pass it round!!

Meinir"""
mp = multipart("mixed", [text_part(t, "utf-8", "8bit"), rfc822_part(inner, "FW FW FW Microsoft pays you for forwarding.eml")],
               boundary("cl-p8", 0))
add("positive", "per-forward-money", "rfc822-forward", "m.lloyd@" + S,
    ["t.griffiths@" + S, "d.pugh@" + S, "k.parry@" + S], "m.lloyd@" + S,
    "Teacher forwards the 'Microsoft pays $245 per forward' hoax as an attached message to colleagues, urging them to pass it round",
    message(("Meinir Lloyd", "m.lloyd@" + S),
            [("Tomos Griffiths", "t.griffiths@" + S), ("Dylan Pugh", "d.pugh@" + S), ("Kirsty Parry", "k.parry@" + S)],
            "lol - Fw: Microsoft pays you for forwarding", mkdate(2025, 2, 3, 13, 2, 44, 0),
            msgid("cl-p8", "school.example"), mp, extra=ua_tb()))

# P9 -- privacy-notice hoax, copy-and-paste, flowed
t = flow("""Don't know if this is true but everyone on my feed is doing it so sending it round the family too. Copy it into your own status/profile, DON'T just share it!!

------
Due to the fact that Meta is now a public entity, all members must post a note like this. If you do not publish this statement at least once, it will be tacitly understood that you are allowing the use of your photos, as well as the information contained in your profile status updates. Channel 4 news just talked about this change in privacy rules.

I hereby declare that I do not give my permission for Meta, Facebook, Instagram or any entities associated with them to use my pictures, information, messages or posts, both past and future. By this statement, I give notice to them that it is strictly forbidden to disclose, copy, distribute, or take any other action against me based on this profile and/or its contents. The violation of privacy can be punished by law (UCC 1-308-1 1-308-103 and the Rome Statute).

NOTE: Meta is now an open capital entity. All members are recommended to publish a notice like this, or if you prefer, you may copy and paste this version. If you do not publish a statement at least once it will be tacitly allowing the use of your photos.
------

Copy and paste, and send to everyone you know so they're protected too. Deadline is midnight tonight apparently!

Mam x""")
add("positive", "privacy-notice-hoax", "flowed", "a.jones-williams@" + S,
    ["ffion.jones.williams@example.com", "tudur.jw@example.org", "gwen.williams1951@example.net"],
    "a.jones-williams@" + S,
    "Head of community learning sends family the Meta 'I do not give permission' privacy-notice hoax to copy, paste and send on by midnight",
    message(("Aled Jones-Williams", "a.jones-williams@" + S),
            [("Ffion", "ffion.jones.williams@example.com"), ("Tudur", "tudur.jw@example.org"),
             ("Mam", "gwen.williams1951@example.net")],
            "copy and paste this!!", mkdate(2024, 10, 22, 19, 12, 0, 1),
            msgid("cl-p9", "school.example"), text_part(t, "utf-8", "8bit", flowed=True), extra=ua_tb()))

# P10 -- friendship chain among pupils, base64 utf-8
t = """helo pawb!! 💕💕

send this to 10 people you actually care about (including me!!) if you get 0 back no one likes you 😭 1-3 back you've got a few mates, 4-7 back you're proper popular, 8-10 back you have the best friends in the world 🥰

os ti'n anfon e nôl ata i ti'n ffrind go iawn 💯 os ti ddim... wel 🤷‍♀️

paid torri'r gadwyn!! don't break it or you'll have no friends by christmas

caru chi gyd xoxo
Tegan 🌸"""
add("positive", "friendship-chain", "base64", "22rowlandst@" + P,
    ["22prossero@" + P, "22hughesn@" + P, "22williamsa@" + P, "22evansj@" + P, "22morrisc@" + P, "22khann@" + P],
    "22rowlandst@" + P,
    "Year 9 pupil sends a bilingual friendship chain ('send to 10 you care about, count how many come back') to friends",
    message(("Tegan Rowlands", "22rowlandst@" + P),
            [("Osian Prosser", "22prossero@" + P), ("Nel Hughes", "22hughesn@" + P),
             ("Anwen Williams", "22williamsa@" + P), ("Jac Evans", "22evansj@" + P),
             ("Cadi Morris", "22morrisc@" + P), ("Noor Khan", "22khann@" + P)],
            "💕 anfona at 10 ffrind 💕", mkdate(2025, 2, 14, 16, 22, 1, 0),
            msgid("cl-p10", "DB9P265MB1420.GBRP265.PROD.OUTLOOK.COM"),
            text_part(t, "utf-8", "base64"), subj_enc="b"))

# P11 -- gift circle / pyramid, adult learner to classmates, PDF diagram attached
t = """Hello ladies 🌸

As promised after class on Tuesday here is the info about the Women's Blossom Circle I told you about. It is NOT a pyramid scheme, it's a gift circle of women helping women!

How it works:
- You join as a "seed" and gift £440 to the "flower" in the centre of your circle.
- When 8 new seeds join your circle the flower receives 8 x £440 = £3,520 and leaves the circle.
- Then the circle splits in two and everyone moves one step closer to the middle.
- You only need to bring in 2 friends each and within a few weeks YOU are the flower!

Gifting between friends is legal in the UK up to £3,000 a year (check it out!) so it's totally legit. I joined in September and I'm already at "petal" stage.

Please forward this to any ladies you know who could do with a bit of extra money before Christmas. The more we share the faster everyone gets paid. I've attached the diagram.

Love and light,
Donna xx"""
pdf = make_pdf(["WOMEN'S BLOSSOM CIRCLE - how the gift circle works",
                "",
                "              FLOWER (receives 8 x GBP 440 = GBP 3,520)",
                "         PETAL        PETAL",
                "     LEAF    LEAF    LEAF    LEAF",
                "  SEED SEED SEED SEED SEED SEED SEED SEED   <- you join here, gift GBP 440",
                "",
                "When all 8 seeds are filled, the flower is paid and leaves.",
                "The circle splits into 2 new circles and everyone moves up a level.",
                "Bring in just 2 friends and you reach FLOWER in weeks!",
                "",
                "Share with every woman you know - the more we share, the faster we all bloom."])
mp = multipart("mixed", [text_part(t, "utf-8", "quoted-printable"), attach("Blossom Circle diagram.pdf", pdf, "application/pdf")],
               boundary("cl-p11", 1))
add("positive", "gift-circle-pyramid", "attach-pdf", "donna.blossom.lewis@example.com",
    ["kayleigh.morgan22@example.net", "f.begum.cf@example.org", "o.rees@" + S], None,
    "Adult digital-skills learner recruits classmates into a 'gift circle' (pay £440, recruit two, forward to every woman you know), PDF diagram",
    message(("Donna Lewis", "donna.blossom.lewis@example.com"),
            [("Kayleigh Morgan", "kayleigh.morgan22@example.net"), ("Fatima Begum", "f.begum.cf@example.org")],
            "Blossom Circle info 🌸", mkdate(2024, 11, 14, 20, 5, 33, 0),
            msgid("cl-p11", "mail.example.com"), mp, cc=[("Owain Rees", "o.rees@" + S)]))

# P12 -- forward-only petition, staff, QP utf-8 Welsh
t = """Annwyl gyfeillion,

Mae hwn yn bwysig i'r iaith! Plîs ychwanegwch eich enw ar waelod y rhestr a'i anfon ymlaen at BAWB yn eich llyfr cyfeiriadau. Pan fydd 1,000 o enwau ar y rhestr, bydd yr olaf i'w arwyddo yn ei anfon at Netflix a'r BBC.

PEIDIWCH â dechrau rhestr newydd – copïwch y rhestr gyfan bob tro neu fydd e ddim yn cyfri.

-------------------------------------
DEISEB: Rydym ni, sydd wedi arwyddo isod, yn galw am isdeitlau Cymraeg ar bob ffilm a chyfres ar Netflix.
-------------------------------------

1. Angharad Price, Caerfyrddin
2. Dafydd Ifans, Aberystwyth
3. Sioned Mair, Y Bala
...
212. Heulwen Roberts, Llanelli
213. Eirlys Morgan, Tonyrefail
214. Iwan ap Dafydd, Pontypridd

Cofiwch – rhowch eich enw, yna ANFONWCH YMLAEN! Os byddwch chi'n ei ddileu, fe fydd y gadwyn yn marw.

Diolch o galon,
Iwan"""
add("positive", "forward-petition", "qp", "i.apdafydd@" + S,
    ["staff@" + S, "huw.a.sian@example.com"], "i.apdafydd@" + S,
    "Deputy head circulates a 'sign at the bottom and forward to everyone; 1,000th signer sends it on' e-mail petition in Welsh",
    message(("Iwan ap Dafydd", "i.apdafydd@" + S),
            [("Pob Staff / All Staff", "staff@" + S), ("Huw a Siân", "huw.a.sian@example.com")],
            "Deiseb – isdeitlau Cymraeg ar Netflix – ARWYDDWCH AC ANFONWCH YMLAEN", mkdate(2025, 3, 1, 9, 15, 0, 0),
            msgid("cl-p12", "school.example"), text_part(t, "utf-8", "quoted-printable"), extra=OUTLOOK))

# P13 -- copy-and-paste 'share with 10', pupil to friends + teacher, phone
t = """I know who will read this and who will just scroll past 👀

1 in 4 people have a mental health problem. most people won't copy and paste this but I know my true friends will. don't share it, COPY AND PASTE it and send to 10 people, let's see who really cares ❤️

if you don't send it back to me i'll know 💔

Sent from my iPhone"""
add("positive", "copy-paste-share", "mobile", "21watkinsh@" + P,
    ["21joness@" + P, "21bevane@" + P, "21harrisl@" + P, "r.llewelyn@" + S],
    "21watkinsh@" + P,
    "Year 10 pupil sends a 'copy and paste, send to 10, I'll know if you don't' message to friends and her head of year",
    message(("Harri Watkins", "21watkinsh@" + P),
            [("Seren Jones", "21joness@" + P), ("Efa Bevan", "21bevane@" + P), ("Leah Harris", "21harrisl@" + P),
             ("Rhodri Llewelyn", "r.llewelyn@" + S)],
            "read this x", mkdate(2024, 10, 10, 23, 41, 0, 1),
            msgid("cl-p13", "icloud-relay.students.school.example"),
            text_part(t, "utf-8", "quoted-printable"), extra=IPHONE))

# P14 -- urban legend, staff to book club outside, ISO-8859-1 8bit
t = """Noswaith dda ladies,

Please read this, my sister's friend works for Heddlu and she says it's happening all over South Wales now.

Gangs are standing at petrol stations and supermarket car parks (Asda Pontypridd and the Tesco in Talbot Green mentioned) handing out free perfume samples to women on their own. It's NOT perfume, it's a drug called Burundanga. When you sniff it you pass out and they take your car, your bank cards and worse. A woman in Porth woke up in a lay-by with no handbag.

Also if you find a cable tie or an elastic band on your car wing mirror or door handle DO NOT go near the car, they've marked it.

PLEASE forward this to every woman you know - your mam, your sisters, your daughters, everyone in your contacts. It could save a life. Don't be the one who didn't pass it on.

Cofion cynnes a gofalwch,
Angharad

P.S. see you at Hélène's on Thursday, it's 'Café Society' by the way not the other one!"""
add("positive", "urban-legend-warning", "iso-8859-1", "a.rowlands@" + S,
    ["helene.mathias@example.org", "bookclub.treorci@example.com"], "a.rowlands@" + S,
    "Teacher sends her book club the 'drugged perfume samples / cable tie on wing mirror' urban legend, asking them to forward to every woman they know",
    message(("Angharad Rowlands", "a.rowlands@" + S),
            [("Hélène Mathias", "helene.mathias@example.org"), ("Clwb Llyfrau", "bookclub.treorci@example.com")],
            "LADIES PLEASE READ – perfume samples at petrol stations", mkdate(2025, 3, 11, 20, 9, 17, 0),
            msgid("cl-p14", "school.example"), text_part(t, "iso-8859-1", "8bit"), extra=ua_tb()))

# P15 -- forward-to-address-book account hoax, inbound from adult learner, hard-wrapped
t = hardwrap("""Dear Owain

I get this today, is it true? I am forwarding to everybody in my address book
like it says, you also must do it or they close your college email.

-----Original Message-----
From: Outlook Support Team
Subject: IMPORTANT - your account will be closed

Dear Outlook and Hotmail user,

Because of too many inactive accounts our servers are full. We are
removing all accounts that are not used by the 31st. To show that you
are an active user you MUST forward this message to every person in
your address book. We will count the forwards and your account will be
marked as ACTIVE.

If you do not forward this email to at least 15 people your account
will be deleted and all your emails, contacts and photos will be lost
forever. This is not a joke. Even Microsoft cannot get them back.

Thank you for your co-operation,
The Outlook Team

Thank you teacher
Bogdan""", 72)
add("positive", "forward-to-address-book", "hard-wrapped", "bogdan.popescu77@example.net",
    ["o.rees@" + S, "ahmed.yusuf.cf@example.net", "mariana.silva.cdf@example.com"], None,
    "Digital-skills learner passes on the 'forward to your whole address book or your Outlook account is deleted' hoax to tutor and classmates",
    message(("Bogdan Popescu", "bogdan.popescu77@example.net"),
            [("Owain Rees", "o.rees@" + S), ("", "ahmed.yusuf.cf@example.net"),
             ("Mariana Silva", "mariana.silva.cdf@example.com")],
            "FW: IMPORTANT - your account will be closed", mkdate(2025, 1, 27, 18, 55, 2, 0),
            msgid("cl-p15", "example.net"), text_part(t, "us-ascii", "7bit")))

# P16 -- St Jude novena chain, kitchen staff, windows-1252 8bit
t = """Good morning all,

Please don't laugh, this has never been known to fail. Prayer to St Jude – say it 9 times a day for 9 days and your prayer will be answered on the 9th day, even if it seems impossible.

“O Holy St Jude, apostle and martyr, great in virtue and rich in miracles, near kinsman of Jesus Christ, faithful intercessor of all who invoke your special patronage in time of need…”

Publication must be promised. You MUST send this to 9 people within 9 days – it doesn’t work unless you pass it on. My friend’s son got into university after she sent it round and she had given up hope.

Thank you St Jude for favours received.

Maureen – Ffreutur / Canteen"""
add("positive", "novena-prayer-chain", "windows-1252", "m.harris@" + S,
    ["ffreutur@" + S, "swyddfa@" + S, "e.price@" + S], "m.harris@" + S,
    "Canteen supervisor circulates the St Jude novena chain ('must send to 9 people within 9 days') to colleagues",
    message(("Maureen Harris", "m.harris@" + S),
            [("Ffreutur / Canteen", "ffreutur@" + S), ("Swyddfa / Office", "swyddfa@" + S), ("Eleri Price", "e.price@" + S)],
            "St Jude – never known to fail", mkdate(2025, 4, 29, 7, 18, 0, 1),
            msgid("cl-p16", "LO4P265MB6001.GBRP265.PROD.OUTLOOK.COM"),
            text_part(t, "windows-1252", "8bit"), subj_charset="windows-1252", extra=OUTLOOK))

# P17 -- phone hoax (#90), tutor sends to adult learners outside, plain 7bit
t = """Hi everyone,

Quick one before Thursday's session. A friend sent me this and I thought you should all know as lots of you use your mobiles in class:

  If you get a call from someone saying they are an engineer from your
  phone company checking your line and they ask you to press #90 or
  #09, DO NOT DO IT. This gives them full access to your SIM card and
  they can make calls and take money from your account. This was
  confirmed by O2 and Vodafone. It happened to a lady in Merthyr and
  she lost 900 pounds.

  TELL EVERYONE YOU KNOW. Forward this to all your contacts right now.

Please pass this on to your friends and family, the more people who see it the better!

See you Thursday,
Owain

Owain Rees
Tiwtor Sgiliau Digidol / Digital Skills Tutor
Dysgu Cymunedol Bryn Derw
"""
add("positive", "phone-hoax-warning", "plain-7bit", "o.rees@" + S,
    ["ahmed.yusuf.cf@example.net", "bogdan.popescu77@example.net", "mariana.silva.cdf@example.com",
     "jean.probert61@example.org", "donna.blossom.lewis@example.com"], "o.rees@" + S,
    "Digital-skills tutor passes the '#90 SIM hijack' phone hoax to his adult learners with 'forward to all your contacts'",
    message(("Owain Rees", "o.rees@" + S),
            [("", "ahmed.yusuf.cf@example.net"), ("Bogdan Popescu", "bogdan.popescu77@example.net"),
             ("Mariana Silva", "mariana.silva.cdf@example.com"), ("Jean Probert", "jean.probert61@example.org"),
             ("Donna Lewis", "donna.blossom.lewis@example.com")],
            "Phone scam warning - please pass on", mkdate(2025, 1, 20, 14, 30, 0, 0),
            msgid("cl-p17", "school.example"), text_part(t, "us-ascii", "7bit"), extra=OUTLOOK))

# P18 -- remembrance candle chain, pupil, HTML only
h = html_doc("""<p style="font-size:20px;text-align:center">🕯️🕯️🕯️</p>
<p style="text-align:center"><b>This candle is for every soldier who never came home.</b></p>
<p style="text-align:center">Somebody lit it in 2014 and it has never gone out.<br>
Pass it to 12 people in the next 12 minutes to keep it burning.</p>
<p style="text-align:center">If you let the candle go out you are disrespecting them and something bad will happen to someone in your family 😔</p>
<p style="text-align:center">Peidiwch ag anghofio. Lest we forget. 🌺</p>
<p style="text-align:center">🕯️ send it on 🕯️</p>""", style="font-family:Arial")
add("positive", "candle-chain", "html-only", "22prossero@" + P,
    ["22evansj@" + P, "22khann@" + P, "22parkerb@" + P, "22rowlandst@" + P, "22daviesm@" + P],
    "22prossero@" + P,
    "Pupil sends a remembrance 'candle' chain (pass to 12 in 12 minutes or something bad happens)",
    message(("Osian Prosser", "22prossero@" + P),
            [("Jac Evans", "22evansj@" + P), ("Noor Khan", "22khann@" + P), ("Ben Parker", "22parkerb@" + P),
             ("Tegan Rowlands", "22rowlandst@" + P), ("Macsen Davies", "22daviesm@" + P)],
            "🕯️ keep the candle burning 🕯️", mkdate(2024, 11, 11, 12, 55, 0, 0),
            msgid("cl-p18", "DB8P265MB2019.GBRP265.PROD.OUTLOOK.COM"),
            text_part(h, "utf-8", "base64", subtype="html")))

# P19 -- book exchange / secret sister pyramid, flowed, staff to friends outside
t = flow("""Hi lovelies!

I've been asked to join a book exchange and thought of you lot straight away, you're the biggest readers I know 📚 I need 6 people to make it work so please say yes!

You send ONE book (a new paperback, £10 or less) to the person in position 1 below. Then you take them off the list, move person 2 up to position 1 and put your name in position 2. Then send this email to 6 friends. By the time your name gets to the top you should get 36 books through the door!!

1. Carol Rees, 14 Heol y Parc, Ystrad Mynach CF82 7AA
2. Nerys Howells (me!), address on request

Please do this within 5 days so the chain doesn't break – it's only ever failed when people don't send it on. Remember to copy the whole email and send to 6 NEW people, not the ones who sent it to you.

Love Nerys xx""")
add("positive", "book-exchange-pyramid", "flowed", "n.howells@" + S,
    ["cath.bowen@example.org", "rhianon.thomas@example.com", "sioned.lloyd@example.net", "ceri.amos@example.com"],
    "n.howells@" + S,
    "Librarian invites friends outside into a 'send one book, get 36' book-exchange pyramid that must be sent to six new people",
    message(("Nerys Howells", "n.howells@" + S),
            [("Cath Bowen", "cath.bowen@example.org"), ("Rhiannon Thomas", "rhianon.thomas@example.com"),
             ("Sioned Lloyd", "sioned.lloyd@example.net"), ("Ceri Amos", "ceri.amos@example.com")],
            "Book exchange – who's in?? 📚", mkdate(2025, 3, 20, 19, 40, 0, 0),
            msgid("cl-p19", "school.example"), text_part(t, "utf-8", "quoted-printable", flowed=True),
            extra=ua_tb()))

# P20 -- make-money-fast list, inbound, base64 iso-8859-1
t = """ANNWYL FFRIND / DEAR FRIEND,

THIS IS NOT A SCAM. THIS IS A PROVEN, LEGAL WAY TO EARN £50,000 IN 90 DAYS FROM YOUR OWN HOME.

All you have to do is:
1. Send £5 in an envelope to each of the FIVE names on the list below with a note saying "please add me to your mailing list". This is what makes it legal - you are buying a service.
2. Remove the name at No.1 and move everybody up one place.
3. Put YOUR name and address at No.5.
4. Forward this letter to at least 200 people. Use your school, work, church, chapel and club address lists.

1. M. Pritchard, PO Box 11, Bridgend
2. S. Delaney, 3 Quay Street, Swansea
3. R. Bassett, Flat 2, 40 Commercial Road, Newport
4. J. Whitlock, 8 Bryn Terrace, Neath
5. K. Ollerenshaw, 22 Clarence Place, Pontypool

If only 10 out of 200 people reply, and they do the same, by the time your name reaches No.1 you will receive £5 x 15,625 = £78,125 cash.

DO NOT BREAK THE CHAIN. People who broke it lost everything. People who kept it going paid off their mortgage.

Yours in prosperity,
A satisfied member"""
add("positive", "make-money-fast", "base64", "prosperity.wales@example.com", ["swyddfa@" + S], None,
    "Inbound 'send £5 to five names, put yours at No.5, forward to 200 people' money chain letter to the school office",
    message(("Prosperity Wales", "prosperity.wales@example.com"), [("Swyddfa Ysgol Bryn Derw", "swyddfa@" + S)],
            "£78,125 IN 90 DAYS – DON'T BREAK THE CHAIN", mkdate(2024, 10, 29, 3, 12, 44, 0),
            msgid("cl-p20", "bulk.example.com"), text_part(t, "iso-8859-1", "base64")))

# P21 -- WhatsApp charging hoax, reply-all quoting, ESOL learner
t = """Dear teacher and all classmates,

Yes I am also receive this from my brother in Kyiv and my friend in Cardiff. Please everybody do it quick, we need WhatsApp for our families. Send the message to 10 contacts tonight!!

Olena

On Tue, 4 Mar 2025 at 19:48, Ahmed Yusuf <ahmed.yusuf.cf@example.net> wrote:
> Hello everybody in class, important message please read
>
> > Message from WhatsApp CEO Jim Balsamic: From Saturday morning
> > WhatsApp will cost 0.37p per message. If you are an active user
> > your logo will turn BLUE and you stay free. To become active user
> > send this message to 10 people. When you do, the light will turn
> > blue. If you do not send, WhatsApp will start to charge you.
> > We have over 500 million users and our servers are full.
> > This is confirmed on BBC news. Please forward to all your groups.
>
> Ahmed"""
add("positive", "whatsapp-charge-hoax", "reply-quoted", "olena.kovalenko@example.org",
    ["ahmed.yusuf.cf@example.net", "n.elis@" + S, "samira.haddad88@example.com", "bogdan.popescu77@example.net"], None,
    "ESOL learner replies-all endorsing a quoted 'WhatsApp will charge unless you send to 10 contacts' hoax",
    message(("Olena Kovalenko", "olena.kovalenko@example.org"),
            [("Ahmed Yusuf", "ahmed.yusuf.cf@example.net"), ("Nia Elis", "n.elis@" + S),
             ("Samira Haddad", "samira.haddad88@example.com"), ("Bogdan Popescu", "bogdan.popescu77@example.net")],
            "Re: IMPORTANT WhatsApp message", mkdate(2025, 3, 4, 20, 22, 0, 0),
            msgid("cl-p21", "mail.example.org"), text_part(t, "utf-8", "7bit"),
            extra=["In-Reply-To: " + msgid("cl-p21-parent", "example.net"),
                   "References: " + msgid("cl-p21-parent", "example.net")]))

# P22 -- blood appeal hoax, multipart/alternative, staff to all staff
t = """URGENT!!! PLEASE READ

A 7 year old girl at the Heath (UHW) in Cardiff needs O NEGATIVE blood urgently for an operation tomorrow. The hospital has run out. If you are O negative please ring her dad Steffan on 07700 900461 straight away.

Please don't just read this, forward it to EVERYONE you know. Send it to all your groups and lists. Somebody out there can save her life. Every forward counts!

Diolch
(sent on from Rhian in the sixth form office)"""
h = html_doc("<p><span style='color:red;font-size:16pt'><b>URGENT!!! PLEASE READ</b></span></p>" +
             paras_html(t.split("\n\n", 1)[1]))
alt = multipart("alternative", [text_part(t, "utf-8", "7bit"), text_part(h, "utf-8", "quoted-printable", subtype="html")],
                boundary("cl-p22", 2))
add("positive", "blood-appeal-hoax", "multipart-alt", "r.gwilym@" + S, ["staff@" + S, "chweched@" + S],
    "r.gwilym@" + S,
    "Sixth-form administrator spreads an undated 'O negative blood needed at the Heath, forward to everyone' appeal",
    message(("Rhian Gwilym", "r.gwilym@" + S),
            [("Pob Staff / All Staff", "staff@" + S), ("Chweched Dosbarth", "chweched@" + S)],
            "URGENT - O negative blood needed PLEASE FORWARD", mkdate(2025, 4, 2, 10, 19, 0, 1),
            msgid("cl-p22", "CWXP265MB5504.GBRP265.PROD.OUTLOOK.COM"), alt, extra=OUTLOOK))

# P23 -- Welsh ghost chain, QP utf-8
t = """PEIDIWCH Â STOPIO DARLLEN!!!

Yn 1966 roedd bachgen o'r enw Gwilym yn yr ysgol ar y bryn. Fe ddiflannodd e yn y twnnel o dan y cae rygbi a dydy neb wedi ei weld ers hynny. Nawr ti wedi darllen ei enw, mae e'n gwybod ble ti'n byw.

Rhaid i ti anfon y neges yma at 20 o bobl cyn hanner nos neu bydd Gwilym yn curo ar dy ffenest di dair gwaith am 3:33 y bore. Wnaeth merch ym Mlwyddyn 9 ei anwybyddu llynedd a nawr mae hi'n methu cysgu heb y golau ymlaen 😱😱

Os wyt ti'n ei anfon at 20 bydd e'n gadael ti fod AM BYTH.

sori ond sa i'n mynd i gymryd y risg 👻 ANFONA FE!!!"""
add("positive", "curse-chain", "qp", "23hughesm@" + P,
    ["23evansc@" + P, "23bowenn@" + P, "23rees-joness@" + P, "23lewisj@" + P, "23alib@" + P],
    "23hughesm@" + P,
    "Year 8 pupil sends a Welsh-language ghost chain (send to 20 before midnight or Gwilym knocks at 3:33)",
    message(("Mali Hughes", "23hughesm@" + P),
            [("Cerys Evans", "23evansc@" + P), ("Nansi Bowen", "23bowenn@" + P), ("Seren Rees-Jones", "23rees-joness@" + P),
             ("Jac Lewis", "23lewisj@" + P), ("Bilal Ali", "23alib@" + P)],
            "👻 paid anwybyddu hwn 👻", mkdate(2024, 10, 31, 20, 13, 0, 0),
            msgid("cl-p23", "AS8P265MB7330.GBRP265.PROD.OUTLOOK.COM"), text_part(t, "utf-8", "quoted-printable")))

# P24 -- cable-tie trafficking warning forwarded inline by staff to parents
t = """Dear Parents,

I had this forwarded from one of our parents in another school and thought it was important enough to share with our families. Please pass it on to everybody you know.

Mrs L. Thomas
Swyddog Cefnogi Bugeiliol / Pastoral Support Officer

---------- Forwarded message ---------
From: Sharon <sharonxjames@example.com>
Date: Thu, 6 Feb 2025, 21:17
Subject: PLEASE SHARE!!! HUMAN TRAFFICKING WARNING
To:

Ladies PLEASE share with every mum and every woman in your contacts. My friend came out of Trago Mills in Merthyr and found a CABLE TIE on her back door handle. The police have told her this is how traffickers mark cars of women with young children. They wait for you to try and cut it off and then they grab you and your children.

If you find one DO NOT touch it, get back in the car, lock the doors and drive away.

This is happening ALL OVER Wales right now. The police won't say anything publicly because they don't want panic.

COPY AND PASTE to your contacts, do NOT just read it. You could save a child."""
add("positive", "urban-legend-warning", "inline-forward", "l.thomas@" + S,
    ["rachel.m.pugh@example.net", "gavin.hopkins@example.com", "nerys.ap.ieuan@example.org", "kelly.ann.rees@example.org"],
    "l.thomas@" + S,
    "Pastoral support officer forwards the 'cable tie on car door = traffickers' hoax to parents asking them to pass it on to everybody",
    message(("Lowri Mai Thomas", "l.thomas@" + S),
            [("Rachel Pugh", "rachel.m.pugh@example.net"), ("Gavin Hopkins", "gavin.hopkins@example.com"),
             ("Nerys ap Ieuan", "nerys.ap.ieuan@example.org"), ("Kelly Rees", "kelly.ann.rees@example.org")],
            "Fwd: PLEASE SHARE!!! HUMAN TRAFFICKING WARNING", mkdate(2025, 2, 7, 8, 32, 5, 0),
            msgid("cl-p24", "school.example"), text_part(t, "utf-8", "7bit"), extra=OUTLOOK))

# P25 -- angel of luck chain as a .txt attachment, pupil
angel = """           .-.
         _(   )_
   .-.  (  ANGEL  )  .-.
  (   )  `-.___.-'  (   )

THE ANGEL OF LUCK HAS CHOSEN YOU

This angel has been sent to you for good luck. She has been passed
around the world 4,000 times. The luck has now been sent to you.

Within 24 hours you must send her to 13 people. Then on the 4th day
something you have wished for will come true.

Do NOT keep the angel. She only brings luck if she keeps moving.
Emily from Bristol deleted her and lost her dog the next week.
Ryan from Caerphilly sent her to 13 people and got picked for the
Wales under-16s.

SEND THE ANGEL NOW. DO NOT BREAK THE CHAIN.
"""
t = "open the attachment!!! and then send it to 13 people like it says 😇 i've done mine\n\nElla\n"
mp = multipart("mixed", [text_part(t, "utf-8", "8bit"), attach("ANGEL OF LUCK - send to 13.txt", angel.encode("ascii"), "text/plain")],
               boundary("cl-p25", 0))
add("positive", "good-luck-chain", "attach-txt", "24jamese@" + P,
    ["24parryf@" + P, "24morgana@" + P, "24pricel@" + P, "24thomase@" + P], "24jamese@" + P,
    "Year 7 pupil sends an 'Angel of Luck, send to 13 people in 24 hours' chain as a text attachment",
    message(("Ella James", "24jamese@" + P),
            [("Ffion Parry", "24parryf@" + P), ("Alys Morgan", "24morgana@" + P), ("Lili Price", "24pricel@" + P),
             ("Elis Thomas", "24thomase@" + P)],
            "😇😇", mkdate(2025, 1, 9, 19, 2, 0, 0),
            msgid("cl-p25", "LO0P265MB3012.GBRP265.PROD.OUTLOOK.COM"), mp))

# P26 -- friend-request hacker hoax, reply-all quoting, pupil
t = """omg thank you for telling us!!! everyone send it on to all your contacts so nobody gets hacked, im sending it to my whole year now

Rhys

________________________________
From: Kian Bowen <24bowenk@students.school.example>
Sent: 12 March 2025 17:40
To: Rhys James; Elis Thomas; Alys Morgan; Ffion Parry
Subject: WARNING!!! dont accept him

> Please tell all the contacts in your list not to accept Jayden K Smith
> friendship request or message. He is a hacker and has the system
> connected to your account. If one of your contacts accepts him, you
> will also be hacked, so make sure that all your friends know it.
> Thanks. Forwarded as received.
>
> Hold your finger down on the message. At the bottom middle it will
> say forward. Hit that then click on the names of those in your list
> and it will send to them."""
add("positive", "hacker-hoax", "reply-quoted", "24jamesr@" + P,
    ["24bowenk@" + P, "24thomase@" + P, "24morgana@" + P, "24parryf@" + P, "24ahmeds@" + P, "24griffithsd@" + P],
    "24jamesr@" + P,
    "Pupil replies-all to the 'don't accept Jayden K Smith, forward to all your contacts' hacker hoax, re-sending it to more classmates",
    message(("Rhys James", "24jamesr@" + P),
            [("Kian Bowen", "24bowenk@" + P), ("Elis Thomas", "24thomase@" + P), ("Alys Morgan", "24morgana@" + P),
             ("Ffion Parry", "24parryf@" + P), ("Sami Ahmed", "24ahmeds@" + P), ("Deio Griffiths", "24griffithsd@" + P)],
            "RE: WARNING!!! dont accept him", mkdate(2025, 3, 12, 17, 58, 0, 0),
            msgid("cl-p26", "LO2P265MB0144.GBRP265.PROD.OUTLOOK.COM"), text_part(t, "utf-8", "7bit"),
            extra=["In-Reply-To: " + msgid("cl-p26-parent", "LO2P265MB0144.GBRP265.PROD.OUTLOOK.COM")]))

# P27 -- good luck chain as docx, inbound from adult learner
docx = make_docx(["# Lwc Dda / Good Luck Tree 🍀",
                  "This Tree of Good Luck was planted in Nepal in 1993. It has now been around the world 9 times.",
                  "You will have good luck 4 days after receiving it, provided you send it on.",
                  "This is no joke. Send copies to people you think need good luck. Do not send money.",
                  "Do not keep this letter. It must leave your hands within 96 hours.",
                  "A teacher in Llanelli received the letter and kept it. She lost her job. Later she found the letter and sent out 20 copies; nine days later she got a better job.",
                  "Please send 20 copies and see what happens in 4 days. The chain comes from Venezuela and was written by a missionary from South America.",
                  "Remember: send no money, but do not ignore it. IT WORKS."])
t = """Hello Nia,

My neighbour give me this paper, I type it on computer like you teach us in lesson 😊 I send to you and everyone in the class for good luck in our exam. Please you also send to 20 people.

Thank you for everything
Ahmed"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"),
                         attach("Good Luck Tree.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
               boundary("cl-p27", 1))
add("positive", "good-luck-chain", "attach-docx", "ahmed.yusuf.cf@example.net",
    ["n.elis@" + S, "samira.haddad88@example.com", "olena.kovalenko@example.org"], None,
    "ESOL learner types up a 'Tree of Good Luck, send 20 copies within 96 hours' letter as a Word file and sends it to tutor and class",
    message(("Ahmed Yusuf", "ahmed.yusuf.cf@example.net"),
            [("Nia Elis", "n.elis@" + S), ("Samira Haddad", "samira.haddad88@example.com"),
             ("Olena Kovalenko", "olena.kovalenko@example.org")],
            "good luck for exam", mkdate(2025, 5, 6, 21, 40, 0, 1),
            msgid("cl-p27", "mx.example.net"), mp))

# P28 -- needle urban legend, parent forwards from phone, short
t = """Please send this to all the parents, everyone should know!!

> WARNING: Drug addicts are leaving needles in the coin return slots and
> on the seats at cinemas (Vue Merthyr). A boy in Bargoed got pricked
> and the note said "welcome to the world of HIV". Police have found
> 12 this month. Please forward to everyone you know, especially
> parents with kids who go to the pictures.

Sent from my Galaxy"""
add("positive", "urban-legend-warning", "mobile", "gavin.hopkins@example.com", ["swyddfa@" + S, "r.llewelyn@" + S], None,
    "Parent asks the school to send every parent the 'HIV needles in cinema seats' urban legend",
    message(("Gavin Hopkins", "gavin.hopkins@example.com"),
            [("Swyddfa", "swyddfa@" + S), ("Rhodri Llewelyn", "r.llewelyn@" + S)],
            "Fwd: WARNING needles at cinema", mkdate(2025, 4, 13, 11, 6, 0, 1),
            msgid("cl-p28", "android.example.com"), text_part(t, "utf-8", "quoted-printable")))

# P29 -- long polished 'instructions for life' chain, multipart/alternative
t = """Bore da bawb,

Someone gave me this on a course years ago and it popped up again this week. A lovely way to start the week! Please read to the end – the instructions are important.

INSTRUCTIONS FOR LIFE

1. Give people more than they expect and do it cheerfully.
2. Marry a person you love to talk to.
3. Don't believe all you hear, spend all you have or sleep all you want.
4. When you say "I love you", mean it.
5. When you say "I'm sorry", look the person in the eye.
6. Never laugh at anyone's dreams.
7. Love deeply and passionately. You might get hurt but it's the only way to live life completely.
8. In disagreements, fight fairly. No name calling.
9. Don't judge people by their relatives.
10. Talk slowly but think quickly.
11. Remember that great love and great achievements involve great risk.
12. Call your mam.

Do NOT keep this message. The mantra must leave your hands within 96 hours. You will get a very pleasant surprise. This is true even if you are not superstitious.

Send this to at least 5 people and your life will improve:
0-4 people: your life will improve slightly.
5-9 people: your life will improve to your liking.
9-14 people: you will have at least 5 surprises in the next 3 weeks.
15 and above: your life will improve drastically and everything you ever dreamed of will begin to take shape.

Cofion,
Delyth"""
h = html_doc("<p>" + "</p><p>".join(esc(p).replace("\n", "<br>") for p in t.split("\n\n")) + "</p>",
             style="font-family:'Century Gothic';font-size:12pt;color:#4b0082")
alt = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"), text_part(h, "utf-8", "base64", subtype="html")],
                boundary("cl-p29", 3))
add("positive", "instructions-for-life-chain", "multipart-alt", "d.roberts@" + S,
    ["uwch.dim@" + S, "swyddfa@" + S], "d.roberts@" + S,
    "Business manager sends senior team the 'instructions for life / must leave your hands within 96 hours / send to 5+' chain",
    message(("Delyth Roberts", "d.roberts@" + S),
            [("Uwch Dîm Arwain / SLT", "uwch.dim@" + S), ("Swyddfa", "swyddfa@" + S)],
            "A little Monday inspiration 💜", mkdate(2025, 6, 2, 7, 48, 0, 1),
            msgid("cl-p29", "school.example"), alt, extra=["X-Mailer: Apple Mail (2.3774.600.62)"]))

# P30 -- PowerPoint virus hoax, governor message forwarded as attachment
inner = message(("Cllr. Wynford Bassett", "wynford.bassett@example.org"),
                [("Governors", "llywodraethwyr.brynderw@example.org")],
                "Fw: VIRUS ALERT - Life is beautiful", mkdate(2025, 5, 12, 9, 0, 0, 1),
                msgid("cl-p30-inner", "example.org"),
                text_part("""Sent to me by a friend in the police, please take note.

If you receive a mail with an attachment called "Life is beautiful.pps" DELETE IT IMMEDIATELY. If you open it a message will appear on the screen saying "it is too late now, your life is no longer beautiful" and you will lose everything on your computer and the person who sent it will gain access to your name, e-mail and password.

This is a new virus which started to circulate on Saturday afternoon. AOL has already confirmed the severity, and the antivirus software is not capable of destroying it. The virus has been created by a hacker who calls himself "life owner".

SEND A COPY OF THIS E-MAIL TO ALL YOUR FRIENDS. Ask them to pass it on immediately!

Wynford""", "utf-8", "8bit"))
t = """Hi all, passing this on from one of our governors, please forward to your contacts as asked.

Siân"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), rfc822_part(inner, "VIRUS ALERT - Life is beautiful.eml")],
               boundary("cl-p30", 2))
add("positive", "virus-hoax", "rfc822-forward", "s.prydderch@" + S, ["staff@" + S], "s.prydderch@" + S,
    "Clerk forwards (as attached message) a governor's 'Life is beautiful.pps' virus hoax to all staff asking them to forward it on",
    message(("Siân Prydderch", "s.prydderch@" + S), [("Pob Staff / All Staff", "staff@" + S)],
            "FW: VIRUS ALERT - Life is beautiful", mkdate(2025, 5, 12, 10, 14, 0, 1),
            msgid("cl-p30", "CWLP265MB3320.GBRP265.PROD.OUTLOOK.COM"), mp, extra=OUTLOOK))

# ============================================================================
# NEGATIVES
# ============================================================================

PARENTS8 = [("Rachel Pugh", "rachel.m.pugh@example.net"), ("Gavin Hopkins", "gavin.hopkins@example.com"),
            ("Nerys ap Ieuan", "nerys.ap.ieuan@example.org"), ("Kelly Rees", "kelly.ann.rees@example.org"),
            ("Jamal Khan", "jamal.khan.family@example.com")]

# N1 -- new pick-up arrangements, pass on to anyone who collects, multipart/alternative bilingual
t = """Annwyl Rieni a Gofalwyr,

O ddydd Llun 4 Tachwedd bydd y gatiau ar Heol y Bryn ar gau am 3:00yp oherwydd gwaith ar y palmant gan y cyngor. Dylai pob disgybl sy'n cael ei gasglu mewn car gael ei gasglu o'r maes parcio ger y Ganolfan Hamdden. Bydd staff ar ddyletswydd yno rhwng 3:05 a 3:30.

A wnewch chi rannu'r wybodaeth hon gydag unrhyw un sy'n casglu eich plentyn – neiniau a theidiau, gwarchodwyr plant, ffrindiau teulu – fel nad oes neb yn aros wrth y gatiau anghywir.

---

Dear Parents and Carers,

From Monday 4 November the gates on Heol y Bryn will be closed at 3:00pm because of pavement works by the council. Pupils being collected by car should be picked up from the car park by the Leisure Centre. Staff will be on duty there from 3:05 to 3:30.

Please pass this information on to anyone who collects your child – grandparents, childminders, family friends – so nobody is left waiting at the wrong gate.

Diolch / Thank you,

Mr Iwan ap Dafydd
Dirprwy Bennaeth / Deputy Headteacher
Ysgol Gyfun Bryn Derw"""
h = html_doc(paras_html(t))
alt = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"), text_part(h, "utf-8", "quoted-printable", subtype="html")],
                boundary("cl-n1", 2))
add("negative", "parent-letter-pass-on", "multipart-alt", "i.apdafydd@" + S,
    ["i.apdafydd@" + S] + [e for _, e in PARENTS8] + ["m.watkins@" + S], "i.apdafydd@" + S,
    "Deputy head's bilingual letter about changed pick-up point, asking parents to pass it on to anyone who collects their child",
    message(("Ysgol Gyfun Bryn Derw", "i.apdafydd@" + S), [("Rhieni Bryn Derw", "i.apdafydd@" + S)],
            "Trefniadau casglu newydd / New pick-up arrangements", mkdate(2024, 10, 30, 15, 40, 0, 0),
            msgid("cl-n1", "school.example"), alt, cc=[("Dr Meinir Watkins", "m.watkins@" + S)], extra=OUTLOOK))

# N2 -- IT warning about a real phishing mail: do not forward, delete it
t = hardwrap("""Bore da bawb / Good morning all,

*** Neges ffug / Phishing email - PEIDIWCH AG ATEB ***

Since about 7:30 this morning a number of staff have received an email that
appears to come from "Payroll - Cyngor Dyffryn" with the subject "Your
December payslip is available" and a button marked "View payslip". It is
NOT from the council. The link goes to a fake Microsoft 365 sign-in page
that steals your password.

What to do:
- Do not click the link and do not enter your password.
- Do NOT forward it to colleagues to warn them (that just spreads it) -
  delete it, then empty your Deleted Items.
- If you have already clicked and typed your password, ring me on ext 214
  straight away and we will reset it together. You will not be in trouble.

Rydyn ni wedi rhwystro'r anfonwr, ond efallai y bydd fersiynau eraill yn
cyrraedd heddiw. Os ydych chi'n ansicr am unrhyw neges, defnyddiwch y botwm
"Report Phishing" yn Outlook yn hytrach na'i hanfon ymlaen.

Diolch,
Gaz

Gareth Bowen
Technegydd TG / IT Technician""", 74)
add("negative", "it-phishing-warning", "hard-wrapped", "g.bowen@" + S, ["staff@" + S], "g.bowen@" + S,
    "IT technician warns all staff about a genuine payslip phishing email: do not forward, delete it, report it",
    message(("Gareth Bowen", "g.bowen@" + S), [("Pob Staff / All Staff", "staff@" + S)],
            "RHYBUDD / WARNING: fake payslip email - delete, don't forward", mkdate(2024, 12, 16, 8, 12, 0, 0),
            msgid("cl-n2", "school.example"), text_part(t, "utf-8", "7bit"), extra=ua_tb()))

# N3 -- PSHE lesson plan quoting a chain letter, docx
docx = make_docx([
    "# ABCh Blwyddyn 7 – Gwers 4: Cadwyni, sïon a negeseuon ffug",
    "PSHE Year 7 – Lesson 4: Chain messages, rumours and fake warnings (50 min)",
    "Learning objectives: pupils can (1) recognise a chain message and the pressure tactics it uses; (2) explain why they are not obliged to pass one on; (3) know who to tell if a message frightens or upsets them.",
    "Starter (5 min): show the example on slide 2 and ask 'How does this make you feel? What does it want you to do?'",
    "Slide 2 example (invented for the lesson – do NOT hand out as a sheet pupils could photograph and send): \"If you don't send this to 10 people in 10 minutes, something bad will happen tonight. Someone ignored it and...\"",
    "Main activity (25 min): in groups, pupils highlight the tricks – a deadline, a threat, a 'proof' story about someone who ignored it, a reward, flattery ('only true friends will...'). Groups sort six example messages into 'genuine', 'chain/hoax' and 'not sure'.",
    "Discussion (10 min): Why do people forward these even when they know they're fake? Link to peer pressure and to online kindness. Reassure: nothing happens if you don't forward it.",
    "Plenary (10 min): pupils write one sentence of advice for a younger sibling. Remind them they can speak to their tutor, Mrs Thomas in the Hwb, or use the 'Riportio' button on Hwb.",
    "Safeguarding note: if any pupil appears genuinely frightened by a message they have received, pass details to the DSL (Ms Jenkins) the same day.",
])
t = """Hi Ffion,

Lesson 4 for the Year 7 ABCh unit attached – I've rewritten the chain-message one after last year's feedback. The example on slide 2 is made up (a generic one, no names) so it won't set anyone off. Let me know if you want me to change anything before it goes on the shared drive.

Diolch,
Carys"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"),
                         attach("ABCh Bl7 Gwers 4 - cadwyni a negeseuon ffug.docx", docx,
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
               boundary("cl-n3", 2))
add("negative", "pshe-lesson-plan", "attach-docx", "c.morgan@" + S, ["f.davies@" + S], "c.morgan@" + S,
    "Teacher sends the PSHE lead a Year 7 lesson plan on recognising chain messages, quoting an invented example",
    message(("Carys Morgan", "c.morgan@" + S), [("Ffion Davies", "f.davies@" + S)],
            "ABCh Bl7 gwers 4 – chain messages lesson", mkdate(2025, 1, 6, 16, 5, 0, 0),
            msgid("cl-n3", "AM0P265MB5512.GBRP265.PROD.OUTLOOK.COM"), mp, extra=OUTLOOK))

# N4 -- digital skills handout on spotting hoaxes, PDF, outbound to adult learners
pdf = make_pdf(["Dysgu Cymunedol Bryn Derw - Digital Skills for Everyday Life",
                "Session 7 handout: Is it true? Spotting scams, hoaxes and chain messages",
                "",
                "Warning signs:",
                " - It tells you to forward it to everyone / 10 people / all your groups.",
                " - It claims a big company will pay or donate money for every share.",
                " - It has a deadline ('before midnight') or a threat ('your account will close').",
                " - It says 'the police/BBC confirmed it' but gives no link or reference.",
                "",
                "What to do:",
                " 1. Stop. Don't forward it, even 'just in case'.",
                " 2. Check: search the first line + the word 'hoax', or look on a fact-checking site.",
                " 3. Real warnings come from real organisations: Action Fraud, your bank, the council.",
                " 4. Report scam emails to report@phishing.gov.uk and scam texts to 7726.",
                "",
                "Practice: we will look at three made-up examples together in class."])
t = """Hello everyone,

Thank you for a lively session on Thursday! As promised, here's the handout from session 7 on spotting scams, hoaxes and chain messages. There's no homework, but if you get a message this week that you're not sure about, bring it along (on your phone is fine) and we'll check it together – please don't forward it to the class.

Next week: online banking safely. Bring your bank card reader if you have one, but NEVER write down your PIN or passwords.

Best wishes,
Owain

Owain Rees
Tiwtor Sgiliau Digidol / Digital Skills Tutor
Dysgu Cymunedol Bryn Derw"""
mp = multipart("mixed", [text_part(t, "utf-8", "quoted-printable"), attach("Session7-spotting-hoaxes.pdf", pdf, "application/pdf")],
               boundary("cl-n4", 0))
add("negative", "adult-learning-hoax-handout", "attach-pdf", "o.rees@" + S,
    ["ahmed.yusuf.cf@example.net", "bogdan.popescu77@example.net", "mariana.silva.cdf@example.com",
     "jean.probert61@example.org"], "o.rees@" + S,
    "Digital-skills tutor sends learners a handout on recognising chain messages and hoaxes",
    message(("Owain Rees", "o.rees@" + S),
            [("", "ahmed.yusuf.cf@example.net"), ("Bogdan Popescu", "bogdan.popescu77@example.net"),
             ("Mariana Silva", "mariana.silva.cdf@example.com"), ("Jean Probert", "jean.probert61@example.org")],
            "Session 7 handout - spotting scams and hoaxes", mkdate(2025, 1, 31, 10, 2, 0, 0),
            msgid("cl-n4", "school.example"), mp, extra=OUTLOOK))

# N5 -- food chain homework, plain
t = """Helo Blwyddyn 8,

Gwaith cartref Bioleg ar gyfer dydd Iau:

1. Draw a food chain for the pond we looked at on Tuesday with at least FOUR links (e.g. algae -> water flea -> stickleback -> heron). Label the producer, primary consumer, secondary consumer and top predator.
2. Turn it into a food web by adding two more organisms from the list on Google Classroom.
3. Explain in 3-4 sentences what would happen to the rest of the chain if the water fleas died out.

Cofiwch ddefnyddio'r termau Cymraeg hefyd: cynhyrchydd, ysydd cynradd, ysydd eilaidd.

Hand in on paper or upload a photo. Any problems, come and see me at break.

Mr Pugh"""
add("negative", "food-chain-homework", "plain-7bit", "d.pugh@" + S, ["bl8.gwyddoniaeth@" + S], "d.pugh@" + S,
    "Science teacher sets Year 8 homework on food chains and food webs",
    message(("Dylan Pugh", "d.pugh@" + S), [("Blwyddyn 8 Gwyddoniaeth", "bl8.gwyddoniaeth@" + S)],
            "Gwaith cartref - food chains", mkdate(2025, 3, 18, 15, 20, 0, 0),
            msgid("cl-n5", "school.example"), text_part(t, "utf-8", "7bit")))

# N6 -- supply chain problem, catering, QP, to supplier
t = """Hi Julie,

Thanks for the call earlier. Just to confirm in writing: because of the supply chain problems you mentioned with the chilled lorries from Avonmouth, we're happy to take the substitutions for next week's order (PO 24/1187):

- Welsh cheddar 5kg blocks -> swap to the 2.5kg blocks, same total
- Free-range eggs (trays of 30) x 12 -> x 10 is fine
- Halal chicken breast – please DON'T substitute, we need it for the Wednesday menu. If it can't come, ring me by Monday lunchtime and I'll change the menu.

Delivery to the kitchen door on the Heol y Bryn side, before 7:30am please as usual.

Diolch,
Maureen Harris
Goruchwylydd Ffreutur / Canteen Supervisor
Ysgol Gyfun Bryn Derw"""
add("negative", "supply-chain", "qp", "m.harris@" + S, ["julie.norris@valleyfoods.example"], "m.harris@" + S,
    "Canteen supervisor confirms substitutions with a food supplier because of supply chain delays",
    message(("Maureen Harris", "m.harris@" + S), [("Julie Norris", "julie.norris@valleyfoods.example")],
            "RE: supply chain delays - order PO 24/1187", mkdate(2025, 1, 10, 11, 47, 0, 0),
            msgid("cl-n6", "LO4P265MB6001.GBRP265.PROD.OUTLOOK.COM"), text_part(t, "utf-8", "quoted-printable"),
            extra=OUTLOOK))

# N7 -- daisy-chaining extension leads, flowed, IT/site
t = flow("""Hi all,

Following the electrical safety check last week, a reminder that extension leads must NOT be daisy-chained (plugged into each other). The inspector found three daisy chains in the science block and one in B12 running a kettle, a laminator and a heater from a single wall socket. That is a fire risk and it's the main reason we failed two rooms.

If you need more sockets in your room, log a job on the site helpdesk and Dai will fit a proper 6-way surge-protected strip. For the interactive screens, please don't daisy-chain the HDMI switches either – let Gaz know and he'll sort a proper splitter.

We'll be walking round again on Friday 14th.

Diolch,
Gareth (TG) & Dai (Safle)""")
add("negative", "daisy-chain-safety", "flowed", "g.bowen@" + S, ["staff@" + S], "g.bowen@" + S,
    "IT and site team remind staff not to daisy-chain extension leads after an electrical inspection",
    message(("Gareth Bowen", "g.bowen@" + S), [("Pob Staff / All Staff", "staff@" + S)],
            "No daisy-chained extension leads please", mkdate(2025, 2, 10, 12, 30, 0, 0),
            msgid("cl-n7", "school.example"), text_part(t, "utf-8", "8bit", flowed=True), extra=ua_tb()))

# N8 -- Plant Mewn Angen / Children in Need, HTML only, to parents
h = html_doc("""<h2 style="color:#e6007e">Plant Mewn Angen / Children in Need – Dydd Gwener 15 Tachwedd</h2>
<p>Annwyl deuluoedd,</p>
<p>This Friday is our <b>non-uniform day</b> for Children in Need. Pupils can come in spotty clothes or their own clothes for a £1 donation, paid on ParentPay (no cash please).</p>
<p>The Year 12 Welsh Bacc group are also running a <b>Pudsey bake sale</b> at break and lunch, and Mr Griffiths is doing a sponsored 24-hour row on the rowing machine in the sports hall. If family and friends would like to sponsor him, the JustGiving page is on our website – every pound goes to BBC Children in Need.</p>
<p>Diolch am eich cefnogaeth bob amser!</p>
<p>Cyngor yr Ysgol / School Council<br>Ysgol Gyfun Bryn Derw</p>""")
add("negative", "charity-event", "html-only", "cyngor.ysgol@" + S,
    ["cyngor.ysgol@" + S] + [e for _, e in PARENTS8] + ["m.watkins@" + S], "cyngor.ysgol@" + S,
    "School council's HTML note to families about the Children in Need non-uniform day, bake sale and sponsored row",
    message(("Cyngor yr Ysgol / School Council", "cyngor.ysgol@" + S), [("Teuluoedd Bryn Derw", "cyngor.ysgol@" + S)],
            "Plant Mewn Angen / Children in Need – dydd Gwener", mkdate(2024, 11, 12, 16, 0, 0, 0),
            msgid("cl-n8", "school.example"), text_part(h, "utf-8", "quoted-printable", subtype="html"),
            cc=[("Dr Meinir Watkins", "m.watkins@" + S)]))

# N9 -- community learning newsletter, multipart/alternative
t = """DYSGU CYMUNEDOL BRYN DERW – Newyddion y Gwanwyn / Spring News

Croeso! Our spring term courses start the week of 13 January at Canolfan y Cwm (the community wing at Ysgol Gyfun Bryn Derw).

NEW THIS TERM
* ESOL Entry 2 and Entry 3 – Monday and Wednesday mornings, with a free crèche
* Digital Skills for Everyday Life – Thursday 10am–12pm (bring your own phone or borrow a laptop)
* Cymraeg i Oedolion – Mynediad, Tuesday evenings
* Confidence with Numbers – Tuesday afternoons

All our essential skills courses are FREE for adults aged 19+.

CONGRATULATIONS to our autumn ESOL learners – 14 Entry 1 certificates and 9 Entry 2 certificates this term. Llongyfarchiadau!

Know someone who'd enjoy a course? Please share this newsletter with friends, neighbours or anyone who might be interested – or point them to our enrolment evening on Wednesday 8 January, 5–7pm.

Aled Jones-Williams
Pennaeth Dysgu Cymunedol / Head of Community Learning"""
h = html_doc("<h2>Dysgu Cymunedol Bryn Derw</h2><h3>Newyddion y Gwanwyn / Spring News</h3>" + paras_html(t.split("\n\n", 1)[1]))
alt = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"), text_part(h, "utf-8", "base64", subtype="html")],
                boundary("cl-n9", 1))
add("negative", "newsletter-share", "multipart-alt", "a.jones-williams@" + S,
    ["dysgu.cymunedol.rhestr@" + S, "jean.probert61@example.org", "mariana.silva.cdf@example.com",
     "olena.kovalenko@example.org"], "a.jones-williams@" + S,
    "Community-learning spring newsletter inviting readers to share it with friends who might want a course",
    message(("Dysgu Cymunedol Bryn Derw", "a.jones-williams@" + S),
            [("Dysgu Cymunedol", "dysgu.cymunedol.rhestr@" + S)],
            "Newyddion y Gwanwyn / Spring News – Dysgu Cymunedol", mkdate(2024, 12, 18, 12, 0, 0, 0),
            msgid("cl-n9", "school.example"), alt))

# N10 -- genuine petition run by school council, hard-wrapped
t = hardwrap("""Annwyl rieni a gofalwyr / Dear parents and carers,

As many of you know, the bus operator has proposed withdrawing the 152
service between Cwm Derw and the school from September. Around 140 of our
pupils rely on it, and for many families there is no other way to get to
a Welsh-medium secondary school.

Our School Council has started an official petition on the Senedd
petitions website asking the council and the Welsh Government to protect
home-to-school transport for Welsh-medium pupils. Once a Senedd petition
reaches 250 signatures it is considered by the Petitions Committee; at
10,000 it can be debated in the Senedd.

You can read and sign it here:
  https://petitions.senedd.example/petitions/245871

Only people who live in Wales can sign, and you will be asked to confirm
your email address. Please only sign once per person.

The council's formal consultation closes on 28 March and we will be
submitting a response on behalf of the school; the consultation document
is on the council website if you would like to respond as well.

Diolch,
Dr Meinir Watkins
Pennaeth / Headteacher""", 72)
add("negative", "genuine-petition", "hard-wrapped", "m.watkins@" + S,
    ["m.watkins@" + S] + [e for _, e in PARENTS8], "m.watkins@" + S,
    "Headteacher tells parents about a School Council petition on the Senedd petitions site to save the school bus route",
    message(("Dr Meinir Watkins", "m.watkins@" + S), [("Rhieni Bryn Derw", "m.watkins@" + S)],
            "Deiseb bws 152 / Bus 152 petition", mkdate(2025, 3, 5, 16, 30, 0, 0),
            msgid("cl-n10", "school.example"), text_part(t, "us-ascii", "7bit"), extra=OUTLOOK))

# N11 -- thank-you round robin after Eisteddfod, reply quoting
t = """Diolch o galon i bawb – roedd ddoe yn anhygoel! Special thanks to the site team for the chairs at 7am and to the canteen for feeding 900 people 👏

Lowri

On Fri, 28 Feb 2025 at 16:40, Mererid Evans <m.evans@school.example> wrote:
> Annwyl bawb,
>
> Just a quick round-robin thank you after Eisteddfod yr Ysgol. Llongyfarchiadau
> to Tŷ Tawe on winning the chair and the cup for the third year running!
>
> Diolch i: the music department for months of rehearsals, Mr Griffiths
> for stage managing, the office for the programmes, and every form
> tutor who sat through 38 recitations of the same poem with a smile.
>
> Feel free to reply-all with your own thank-yous – it's been a
> long half-term and it's nice to see them.
>
> Mererid
> Pennaeth Cerdd"""
add("negative", "thank-you-round-robin", "reply-quoted", "l.thomas@" + S, ["staff@" + S, "m.evans@" + S], "l.thomas@" + S,
    "Staff reply-all thank-you to a round-robin thank-you after the school Eisteddfod",
    message(("Lowri Mai Thomas", "l.thomas@" + S), [("Mererid Evans", "m.evans@" + S)],
            "Re: Diolch – Eisteddfod yr Ysgol", mkdate(2025, 3, 1, 9, 12, 0, 0),
            msgid("cl-n11", "school.example"), text_part(t, "utf-8", "quoted-printable"),
            cc=[("Pob Staff / All Staff", "staff@" + S)],
            extra=["In-Reply-To: " + msgid("cl-n11-parent", "school.example")]))

# N12 -- pastoral letter about a chain message circulating, windows-1252 QP
t = """Annwyl Rieni a Gofalwyr Blwyddyn 8 / Dear Year 8 Parents and Carers,

We are aware that a frightening chain message has been circulating among some Year 8 pupils over the weekend on social media and by email. It tells children that a ghost will visit them at night unless they send it to a number of friends before a deadline.

The message is a hoax. Nothing will happen to anyone who does not pass it on. However, a few pupils have told us it upset them and affected their sleep.

We would be grateful if you could:
• reassure your child that it is not real and that they do not need to reply to it or send it on;
• encourage them to delete it and, if they would like to, show it to their form tutor;
• let us know if your child is still worried, so Mrs Thomas in the Hwb can have a chat with them.

We have covered chain messages in ABCh lessons and will revisit the topic in form time this week. Please do not forward the message itself to the school or to other parents – a screenshot shown to a member of staff is enough.

Diolch am eich cefnogaeth / Thank you for your support,

Mr Rhodri Llewelyn
Pennaeth Blwyddyn 8 / Head of Year 8"""
add("negative", "pastoral-hoax-reassurance", "windows-1252", "r.llewelyn@" + S,
    ["r.llewelyn@" + S] + [e for _, e in PARENTS8] + ["m.watkins@" + S], "r.llewelyn@" + S,
    "Head of year tells Year 8 parents that a ghost chain message is a hoax and asks them not to forward it",
    message(("Rhodri Llewelyn", "r.llewelyn@" + S), [("Rhieni Blwyddyn 8", "r.llewelyn@" + S)],
            "Neges gadwyn – Blwyddyn 8 / Chain message – Year 8", mkdate(2024, 11, 4, 14, 10, 0, 0),
            msgid("cl-n12", "school.example"), text_part(t, "windows-1252", "quoted-printable"),
            cc=[("Dr Meinir Watkins", "m.watkins@" + S)], subj_charset="windows-1252", extra=OUTLOOK))

# N13 -- snow-day phone tree, plain 7bit
t = """Hi all,

With the Met Office amber warning for snow tonight, here is the phone tree in case we have to close tomorrow. I'll make the decision by 6:30am with the Head and put it on the website, Hwb and the school app first.

Then:
  Meinir (Head)  -> rings Iwan, Delyth, Rhodri
  Iwan           -> rings Heads of Department (list in the staff handbook p.12)
  Delyth         -> rings office, canteen, site team, cleaners
  Rhodri         -> rings Heads of Year
  Each HoD/HoY   -> rings their own team

If you can't get hold of the next person on your list after two tries, leave a voicemail and ring the person after them, then text Delyth so she knows who's been missed.

Please DON'T set off on icy roads before you've checked the website.

Diolch,
Iwan"""
add("negative", "phone-tree-cascade", "plain-7bit", "i.apdafydd@" + S, ["staff@" + S], "i.apdafydd@" + S,
    "Deputy head circulates the snow-closure phone tree (ring the next person on your list)",
    message(("Iwan ap Dafydd", "i.apdafydd@" + S), [("Pob Staff / All Staff", "staff@" + S)],
            "Snow - phone tree for tomorrow", mkdate(2025, 1, 8, 16, 55, 0, 0),
            msgid("cl-n13", "school.example"), text_part(t, "us-ascii", "7bit"), extra=OUTLOOK))

# N14 -- exams: pass on to tutor group, xlsx timetable
xl = make_xlsx([["Dyddiad / Date", "Sesiwn", "Pwnc / Subject", "Uned", "Hyd / Duration", "Lleoliad / Room"],
                ["Llun 13/01/2025", "AM", "Mathemateg (Rhifedd)", "Uned 1", "1h 30m", "Neuadd"],
                ["Llun 13/01/2025", "PM", "Cymraeg Iaith", "Uned 2", "1h 30m", "Neuadd"],
                ["Maw 14/01/2025", "AM", "Gwyddoniaeth Gymhwysol", "Uned 1", "1h 15m", "Neuadd"],
                ["Mer 15/01/2025", "AM", "Saesneg Iaith", "Uned 2", "1h 30m", "Neuadd"],
                ["Iau 16/01/2025", "AM", "Hanes", "Uned 1", "1h 15m", "Campfa"],
                ["Gwe 17/01/2025", "AM", "Mathemateg", "Uned 2", "1h 45m", "Neuadd"]], sheet="Ionawr 2025")
t = """Annwyl Diwtoriaid Blwyddyn 11,

Attached is the timetable for the January mock exams. Could you please pass this on to your tutor group in form time tomorrow and put a copy on the Google Classroom stream? Candidates should check it carefully and tell me by Friday if they see a clash.

Atgoffa'r disgyblion / Please remind pupils:
- arrive 15 minutes early, line up outside the Neuadd;
- clear pencil case, black pen only;
- NO phones or smart watches in the exam room – they go in the box at the door.

Diolch,
Siân
Swyddog Arholiadau / Exams Officer"""
mp = multipart("mixed", [text_part(t, "utf-8", "8bit"),
                         attach("Amserlen ffug-arholiadau Ionawr 2025.xlsx", xl,
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
               boundary("cl-n14", 2))
add("negative", "exams-pass-on", "attach-xlsx", "s.prydderch@" + S, ["tiwtoriaid.bl11@" + S], "s.prydderch@" + S,
    "Exams officer asks Year 11 tutors to pass the mock timetable on to their tutor groups",
    message(("Siân Prydderch", "s.prydderch@" + S), [("Tiwtoriaid Bl11", "tiwtoriaid.bl11@" + S)],
            "Amserlen ffug-arholiadau / Mock timetable – pass on to tutor groups", mkdate(2024, 12, 2, 13, 45, 0, 0),
            msgid("cl-n14", "CWLP265MB3320.GBRP265.PROD.OUTLOOK.COM"), mp, extra=OUTLOOK))

# N15 -- chemistry chain reaction revision, base64 utf-8
t = """Hi Year 11 Physics/Chemistry group,

Revision for Thursday's test on nuclear fission:

1. A uranium-235 nucleus absorbs a slow-moving neutron and becomes unstable.
2. It splits into two smaller nuclei (e.g. barium-141 and krypton-92), releasing energy and 2 or 3 more neutrons.
3. Those neutrons can go on to split more U-235 nuclei – this is a CHAIN REACTION.
4. In a reactor the chain reaction is controlled: control rods (boron) absorb some neutrons so on average only one neutron from each fission causes another. The moderator (graphite or water) slows neutrons down.
5. In a nuclear weapon the chain reaction is uncontrolled.

Be ready to draw and label the chain reaction diagram – it came up in last year's paper for 6 marks.

Pob lwc!
Mr Pugh"""
add("negative", "chain-reaction-revision", "base64", "d.pugh@" + S, ["bl11.ffiseg@" + S], "d.pugh@" + S,
    "Science teacher sends Year 11 revision notes on nuclear fission chain reactions",
    message(("Dylan Pugh", "d.pugh@" + S), [("Bl11 Ffiseg", "bl11.ffiseg@" + S)],
            "Revision - fission and chain reactions", mkdate(2025, 2, 24, 17, 10, 0, 0),
            msgid("cl-n15", "AS8P265MB1104.GBRP265.PROD.OUTLOOK.COM"), text_part(t, "utf-8", "base64")))

# N16 -- chain rule, A-level maths, flowed
t = flow("""Hi Year 12,

For Monday please finish exercise 9C (the chain rule) from the textbook, questions 1–14. Remember the rule: if y = f(u) and u = g(x), then dy/dx = dy/du × du/dx.

Worked example we did in class: y = (3x² − 5)⁴. Let u = 3x² − 5, so y = u⁴. dy/du = 4u³ and du/dx = 6x, so dy/dx = 24x(3x² − 5)³.

Extension (for those going for A*): questions 15–18, which combine the chain rule with the product rule. We'll go through them in the first ten minutes.

Mrs Lloyd""")
add("negative", "chain-rule-maths", "flowed", "m.lloyd@" + S, ["bl12.mathemateg@" + S], "m.lloyd@" + S,
    "Maths teacher sets A-level homework on the chain rule for differentiation",
    message(("Meinir Lloyd", "m.lloyd@" + S), [("Bl12 Mathemateg", "bl12.mathemateg@" + S)],
            "Chain rule homework – ex 9C", mkdate(2025, 2, 14, 15, 35, 0, 0),
            msgid("cl-n16", "school.example"), text_part(t, "utf-8", "quoted-printable", flowed=True), extra=ua_tb()))

# N17 -- DofE kit list, bike chain, ISO-8859-1
t = """Dear parents and participants,

Duke of Edinburgh Bronze - cycling expedition practice, Saturday 10 May, Taff Trail (Merthyr to Pontypridd)

Kit list for the bikes - please check BEFORE Saturday:
- bike serviced: brakes, tyres pumped, chain cleaned and oiled (a dry, rusty chain is the most common reason we have to stop);
- spare inner tube that fits the wheel size, tyre levers and pump;
- helmet (compulsory) and lights front and rear;
- lock.

Personal kit: waterproof jacket and trousers, packed lunch, 2 litres of water, any medication (inhalers, EpiPens) clearly labelled and handed to Mr Griffiths at the start.

Meet at the school gates at 8:15am. Pick-up from Pontypridd Lido car park at around 4pm - we'll text if we're running late.

Diolch,
Tomos Griffiths
Cydlynydd DofE / DofE Co-ordinator
Tél. / Ffôn: 01443 000 000 (school office)"""
add("negative", "dofe-bike-chain", "iso-8859-1", "t.griffiths@" + S,
    ["gavin.hopkins@example.com", "kelly.ann.rees@example.org", "jamal.khan.family@example.com",
     "21watkinsh@" + P, "21joness@" + P], "t.griffiths@" + S,
    "DofE co-ordinator sends parents a kit list for a cycling expedition (chain cleaned and oiled)",
    message(("Tomos Griffiths", "t.griffiths@" + S),
            [("Gavin Hopkins", "gavin.hopkins@example.com"), ("Kelly Rees", "kelly.ann.rees@example.org"),
             ("Jamal Khan", "jamal.khan.family@example.com")],
            "DofE Bronze - cycling practice Saturday", mkdate(2025, 5, 6, 18, 0, 0, 1),
            msgid("cl-n17", "school.example"), text_part(t, "iso-8859-1", "quoted-printable"),
            cc=[("Harri Watkins", "21watkinsh@" + P), ("Seren Jones", "21joness@" + P)]))

# N18 -- Secret Santa among staff, mobile
t = """Secret Santa time!! 🎅 £10 limit, names out of the hat in the staffroom Friday break. If you want in, reply to me (not all!) by Thursday. Presents under the tree by 18th, opening at the Christmas lunch.

Sent from my iPhone"""
add("negative", "secret-santa", "mobile", "k.parry@" + S, ["staff@" + S], "k.parry@" + S,
    "Office administrator organises the staff Secret Santa from her phone",
    message(("Kirsty Parry", "k.parry@" + S), [("Pob Staff / All Staff", "staff@" + S)],
            "Siôn Corn Cudd / Secret Santa 🎅", mkdate(2024, 11, 26, 7, 31, 0, 0),
            msgid("cl-n18", "school.example"), text_part(t, "utf-8", "quoted-printable"), extra=IPHONE))

# N19 -- good-luck message to Year 11 before exams, HTML only
h = html_doc("""<p>Annwyl Flwyddyn 11,</p>
<p>Pob lwc yfory! Good luck to every one of you as your GCSE exams begin tomorrow morning.</p>
<p>You have worked incredibly hard and your teachers are very proud of you. Get a good night's sleep, have some breakfast, check your timetable and bring two black pens. If anything goes wrong on the day – you feel unwell, you're running late – ring the exams office on the usual number straight away.</p>
<p>Remember: luck is what happens when preparation meets opportunity. You've done the preparation.</p>
<p>Pob lwc a phob hwyl,<br>Dr Meinir Watkins<br>Pennaeth</p>""")
add("negative", "exam-good-luck", "html-only", "m.watkins@" + S, ["bl11.disgyblion@" + S], "m.watkins@" + S,
    "Headteacher wishes Year 11 good luck before their GCSEs",
    message(("Dr Meinir Watkins", "m.watkins@" + S), [("Blwyddyn 11", "bl11.disgyblion@" + S)],
            "Pob lwc! Good luck tomorrow", mkdate(2025, 5, 11, 18, 30, 0, 1),
            msgid("cl-n19", "school.example"), text_part(h, "utf-8", "quoted-printable", subtype="html")))

# N20 -- genuine blood donation session, ISO-8859-1
t = """Hello all,

The Welsh Blood Service (Gwasanaeth Gwaed Cymru) will be holding a donation session in Canolfan y Cwm hall on Tuesday 18 March, 1:30pm-4pm and 5pm-7:30pm. The adult learning classrooms on the ground floor will be moved upstairs that day.

If you would like to give blood, please book an appointment through the Welsh Blood Service website or by phoning their free number - walk-ins are accepted if there is space but appointments get priority. You need to be 17-65 for a first donation and you should eat and drink well beforehand.

If you have friends or family who might like to donate, please do tell them about the session. Any questions about eligibility (tattoos, travel, medication) should go to the Welsh Blood Service rather than to us.

Diolch yn fawr,
Aled

Aled Jones-Williams
Pennaeth Dysgu Cymunedol / Head of Community Learning"""
add("negative", "blood-donation-session", "iso-8859-1", "a.jones-williams@" + S,
    ["dysgu.cymunedol.rhestr@" + S, "jean.probert61@example.org", "mariana.silva.cdf@example.com"],
    "a.jones-williams@" + S,
    "Community-learning head announces a real Welsh Blood Service session at the centre and invites learners to tell friends",
    message(("Aled Jones-Williams", "a.jones-williams@" + S),
            [("Dysgu Cymunedol", "dysgu.cymunedol.rhestr@" + S)],
            "Blood donation session at Canolfan y Cwm - 18 March", mkdate(2025, 3, 3, 9, 45, 0, 0),
            msgid("cl-n20", "school.example"), text_part(t, "iso-8859-1", "8bit")))

# N21 -- tutor replies to learner: it's a hoax, don't forward
t = """Hi Bogdan,

Thank you for checking with me before doing anything – that was exactly the right thing to do!

This message is a hoax. Microsoft/Outlook will never ask you to forward an email to prove your account is active, and nothing will happen to your account if you ignore it. Please don't forward it to anyone else – just delete it. If you've already sent it to people, that's OK, maybe send them a quick note to say it was fake.

We'll use it as an example in Thursday's class (without your name) because it's a very good one of the tricks we talked about: a deadline, a threat, and "forward to everyone".

Diolch,
Owain

On Mon, 27 Jan 2025 at 18:55, Bogdan Popescu <bogdan.popescu77@example.net> wrote:
> Dear Owain
>
> I get this today, is it true? I am forwarding to everybody in my address book
> like it says, you also must do it or they close your college email.
> [original message removed by tutor]"""
add("negative", "tutor-hoax-reply", "reply-quoted", "o.rees@" + S, ["bogdan.popescu77@example.net"], "o.rees@" + S,
    "Tutor tells an adult learner that the 'forward or your account closes' message is a hoax and not to forward it",
    message(("Owain Rees", "o.rees@" + S), [("Bogdan Popescu", "bogdan.popescu77@example.net")],
            "RE: FW: IMPORTANT - your account will be closed", mkdate(2025, 1, 28, 8, 40, 0, 0),
            msgid("cl-n21", "school.example"), text_part(t, "utf-8", "quoted-printable"),
            extra=["In-Reply-To: " + msgid("cl-p15", "example.net"), "References: " + msgid("cl-p15", "example.net")] + OUTLOOK))

# N22 -- Business studies worksheet on pyramid schemes, txt attachment
ws = """ASTUDIAETHAU BUSNES / BUSINESS STUDIES - Year 10
Topic 3.4 Consumer protection: pyramid schemes and "gifting circles"

1. Read the case study. "Jess" is asked to pay 400 pounds to join a
   gifting circle. She is told she only needs to recruit two friends, and
   when eight new people have joined she will receive 3,200 pounds.

2. Complete the table: if every member recruits 2 new members, how many
   new members are needed at level 2, 3, 4 ... 10? At what level would the
   scheme need more people than live in Wales (about 3.1 million)?

3. Explain why most people who join a pyramid scheme lose money.

4. Which law makes promoting a pyramid scheme a criminal offence in the UK?
   (Hint: Consumer Protection from Unfair Trading Regulations 2008.)

5. Extension: how is a pyramid scheme different from a legitimate
   multi-level marketing business? Is that difference always clear?
"""
t = """Year 10,

Worksheet for tomorrow's cover lesson attached – Mrs Bevan will be with you. Do questions 1-4 in your books; question 5 is extension. We'll discuss on Wednesday.

Mr Davies"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("Bl10 pyramid schemes worksheet.txt", ws.encode(), "text/plain")],
               boundary("cl-n22", 0))
add("negative", "pyramid-scheme-lesson", "attach-txt", "h.davies@" + S, ["bl10.busnes@" + S, "l.bevan@" + S], "h.davies@" + S,
    "Business studies teacher sends a cover worksheet analysing why pyramid schemes and gifting circles fail",
    message(("Huw Davies", "h.davies@" + S), [("Bl10 Busnes", "bl10.busnes@" + S)],
            "Cover work - pyramid schemes", mkdate(2025, 4, 28, 16, 15, 0, 1),
            msgid("cl-n22", "school.example"), mp, cc=[("Lynwen Bevan", "l.bevan@" + S)]))

# N23 -- maths investigation on exponential growth of chain letters, CSV
csv = "Round,New people (x10 each),Total who have received it\n"
tot = 1
for r in range(1, 11):
    new = 10 ** r
    tot += new
    csv += "%d,%d,%d\n" % (r, new, tot)
t = """Hi both,

For the Year 9 exponential growth investigation next week, here's the data I generated for the 'chain message' starter. The idea is to ask: if a message says "send to 10 people" and everyone does it, how many rounds until every person on Earth has received it? (Answer: round 10 is already ten billion.) Then we move on to compound interest and bacteria.

It's just numbers – no real chain message on the slides, I've used a picture of an envelope.

Sioned"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), attach("exponential_growth_data.csv", csv.encode(), "text/csv")],
               boundary("cl-n23", 1))
add("negative", "maths-exponential-growth", "attach-csv", "s.mair@" + S, ["m.lloyd@" + S, "j.haf@" + S], "s.mair@" + S,
    "Maths teacher shares data for a lesson on exponential growth using 'send to 10' as the example",
    message(("Sioned Mair", "s.mair@" + S), [("Meinir Lloyd", "m.lloyd@" + S), ("Jac Haf", "j.haf@" + S)],
            "Y9 exponential investigation - data", mkdate(2025, 3, 7, 12, 20, 0, 0),
            msgid("cl-n23", "school.example"), mp))

# N24 -- genuine privacy notice update, QP
t = """Annwyl Rieni a Gofalwyr,

Hysbysiad Preifatrwydd wedi'i ddiweddaru / Updated privacy notice

We have updated the school's privacy notice for pupils and families. The main changes are:

• we now use a new cashless catering system, so we've added the catering provider to the list of organisations we share limited data with (name, year group and dietary needs only);
• we have updated the retention periods to follow the latest Information and Records Management Society guidance;
• the contact details for our Data Protection Officer (provided by the local authority's shared service) have changed.

You do not need to do anything, and you do not need to reply. The full notice is on the school website under "Polisïau / Policies", and a paper copy is available from reception.

If you have questions about how we use your information, please contact the school office in the first instance.

Diolch,
Delyth Roberts
Rheolwr Busnes / Business Manager"""
add("negative", "genuine-privacy-notice", "qp", "d.roberts@" + S, ["d.roberts@" + S] + [e for _, e in PARENTS8], "d.roberts@" + S,
    "Business manager notifies parents of an updated school privacy notice (no action needed)",
    message(("Delyth Roberts", "d.roberts@" + S), [("Rhieni Bryn Derw", "d.roberts@" + S)],
            "Hysbysiad preifatrwydd / Privacy notice update", mkdate(2024, 9, 23, 13, 0, 0, 1),
            msgid("cl-n24", "school.example"), text_part(t, "utf-8", "quoted-printable"), extra=OUTLOOK))

# N25 -- real malware on USB sticks, base64
t = """Hi all,

Our antivirus picked up malware on two USB memory sticks plugged into classroom PCs in the Humanities block yesterday. It's a known worm that spreads by hiding your files and leaving a shortcut with the same name – if you double-click the shortcut it runs the virus.

Both PCs have been cleaned. To stop it spreading:
- please don't plug personal USB sticks into school PCs – use OneDrive or Hwb to move files;
- if a pupil hands you a USB stick for marking, ask them to upload to Google Classroom instead;
- if you see shortcuts where your folders should be, STOP and log a ticket – don't try to fix it yourself.

No action needed if you haven't used a USB stick this week.

Gaz
Technegydd TG"""
add("negative", "real-malware-warning", "base64", "g.bowen@" + S, ["staff@" + S], "g.bowen@" + S,
    "IT technician warns staff about real USB-stick malware found on school PCs",
    message(("Gareth Bowen", "g.bowen@" + S), [("Pob Staff / All Staff", "staff@" + S)],
            "USB sticks - malware found in Dyniaethau", mkdate(2025, 4, 30, 11, 5, 0, 1),
            msgid("cl-n25", "school.example"), text_part(t, "utf-8", "base64"), extra=ua_tb()))

# N26 -- Year 7 buddy scheme, txt attachment, pass on to form
info = """CYNLLUN FFRINDIAU BRYN DERW / BRYN DERW BUDDY SCHEME

What is it?  Year 10 volunteers who meet a small group of Year 7s every
Wednesday lunchtime in the library for the first half-term.

Who can join?  Any Year 7 pupil who'd like someone older to ask about
finding rooms, clubs, homework, the bus, or anything that's worrying them.

How do I join?  Tell your form tutor or put your name on the sheet
outside the Hwb by Friday 20 September.

Buddies this year: trained by Mrs Thomas (Pastoral) on 11 September.
"""
t = """Annwyl Diwtoriaid Bl7,

Could you pass the attached on to your forms this week and read it out in form time? We've got 24 Year 10 buddies trained and ready to go. Any pupils you think would particularly benefit, please nudge them (or let me know and I'll have a quiet word).

Diolch,
Lowri
Swyddog Cefnogi Bugeiliol"""
mp = multipart("mixed", [text_part(t, "utf-8", "8bit"), attach("Cynllun Ffrindiau - info.txt", info.encode(), "text/plain")],
               boundary("cl-n26", 2))
add("negative", "buddy-scheme-pass-on", "attach-txt", "l.thomas@" + S, ["tiwtoriaid.bl7@" + S], "l.thomas@" + S,
    "Pastoral officer asks Year 7 tutors to pass the buddy scheme information on to their forms",
    message(("Lowri Mai Thomas", "l.thomas@" + S), [("Tiwtoriaid Bl7", "tiwtoriaid.bl7@" + S)],
            "Cynllun Ffrindiau / Buddy scheme - pass on to forms please", mkdate(2024, 9, 12, 12, 40, 0, 1),
            msgid("cl-n26", "school.example"), mp, extra=OUTLOOK))

# N27 -- PTA penny-chain fundraiser forwarded inline
t = """FYI – the CRhA want to do this on the yard on the last day of term. Can I put it in Friday's bulletin? Happy to give them the Neuadd if it rains.

Delyth

---------- Forwarded message ---------
From: Cymdeithas Rhieni ac Athrawon Bryn Derw <crha.brynderw@example.org>
Date: Mon, 9 Jun 2025 at 20:14
Subject: Milltir o Geiniogau / Mile of Pennies
To: Delyth Roberts <d.roberts@school.example>

Hi Delyth,

For our end-of-year fundraiser we'd like to try a "Mile of Pennies" – each form lays a chain of 1p and 2p coins across the yard, and we see how far the whole school can get (a mile of pennies is about £1,300!). Money goes towards the new minibus.

Pupils bring any coppers they've got in the week before; we'll count them with the coin machine from the bank on the day. We would also like to put up the paper chains the Year 7s made in Art across the stage.

Could we have the yard from 1:30 to 3pm on Friday 18 July? We'll have a few parent volunteers and do the tidying ourselves.

Diolch,
Nerys ap Ieuan
Cadeirydd, CRhA"""
add("negative", "pta-penny-chain", "inline-forward", "d.roberts@" + S, ["m.watkins@" + S], "d.roberts@" + S,
    "Business manager forwards the PTA's 'mile of pennies' coin-chain fundraiser request to the Head",
    message(("Delyth Roberts", "d.roberts@" + S), [("Dr Meinir Watkins", "m.watkins@" + S)],
            "Fwd: Milltir o Geiniogau / Mile of Pennies", mkdate(2025, 6, 10, 8, 2, 0, 1),
            msgid("cl-n27", "school.example"), text_part(t, "utf-8", "quoted-printable"), extra=OUTLOOK))

# N28 -- genuine police courier-fraud alert forwarded inline
t = """Hi all – this came through from the council's community safety team this morning and it's relevant to a lot of our older learners on the Tuesday and Thursday courses. Could tutors mention it at the start of class? No need to send it on, I'll put a printed copy on the noticeboard in Canolfan y Cwm.

Aled

---------- Forwarded message ---------
From: Diogelwch Cymunedol / Community Safety <diogelwch.cymunedol@cyngor-dyffryn.example>
Date: Tue, 21 Jan 2025 at 09:01
Subject: Courier fraud alert – Cwm Derw and Tonyrefail

Heddlu De Cymru has received several reports this month of "courier fraud" targeting older residents in the Cwm Derw and Tonyrefail areas. Callers pretend to be police officers or bank staff, tell the victim their bank card has been compromised, and send a "courier" to collect the card and PIN.

Remember:
- Your bank and the police will never ask for your PIN or send someone to collect your card.
- If you receive a call like this, hang up, wait five minutes (or use a different phone) and call your bank on the number on the back of your card.
- Report it to Action Fraud on 0300 123 2040 or by calling 101.

Community Safety Partnership
Cyngor Bwrdeistref Sirol Dyffryn"""
add("negative", "genuine-police-alert", "inline-forward", "a.jones-williams@" + S, ["tiwtoriaid.dysgu@" + S],
    "a.jones-williams@" + S,
    "Community-learning head forwards a council community-safety courier-fraud alert to tutors (no forwarding requested)",
    message(("Aled Jones-Williams", "a.jones-williams@" + S), [("Tiwtoriaid Dysgu Cymunedol", "tiwtoriaid.dysgu@" + S)],
            "Fwd: Courier fraud alert – Cwm Derw and Tonyrefail", mkdate(2025, 1, 21, 10, 30, 0, 0),
            msgid("cl-n28", "school.example"), text_part(t, "utf-8", "8bit"), extra=ua_tb()))

# N29 -- council safeguarding guidance about a viral scare, attached rfc822
inner = message(("Tîm Diogelu Addysg", "diogelu.addysg@cyngor-dyffryn.example"),
                [("Penaethiaid / Headteachers", "penaethiaid@cyngor-dyffryn.example")],
                "Guidance: viral 'challenge' warnings circulating on social media", mkdate(2025, 2, 26, 15, 2, 0, 0),
                msgid("cl-n29-inner", "cyngor-dyffryn.example"),
                text_part("""Dear Headteachers,

You may have seen warnings shared by parents on social media this week about a so-called online "challenge" said to encourage children to harm themselves. Police and the UK Safer Internet Centre have found no evidence that it is causing harm in Wales; the warnings themselves are spreading much faster than the content.

Our advice, in line with Welsh Government Keeping Safe Online guidance:
- please do NOT name the challenge or show images to pupils in assemblies, and do not send warning letters that name it, as this drives children to search for it;
- do continue general online-safety messages: talk to a trusted adult if anything online upsets you; you never have to do what a message tells you to;
- if you have a specific safeguarding concern about a child, follow your usual procedures and contact the Information, Advice and Assistance team.

Tîm Diogelu Addysg
Cyngor Bwrdeistref Sirol Dyffryn""", "utf-8", "quoted-printable"))
t = """SLT – see the council's guidance below. Let's NOT send anything home naming it. Elin will do a general online-safety reminder in Monday's staff briefing.

Meinir"""
mp = multipart("mixed", [text_part(t, "utf-8", "7bit"), rfc822_part(inner, "Guidance viral challenge warnings.eml")],
               boundary("cl-n29", 2))
add("negative", "safeguarding-guidance-forward", "rfc822-forward", "m.watkins@" + S, ["uwch.dim@" + S, "e.jenkins@" + S],
    "m.watkins@" + S,
    "Headteacher forwards council guidance advising schools not to spread viral-challenge warnings",
    message(("Dr Meinir Watkins", "m.watkins@" + S), [("Uwch Dîm Arwain / SLT", "uwch.dim@" + S)],
            "FW: Guidance: viral 'challenge' warnings circulating on social media", mkdate(2025, 2, 27, 7, 50, 0, 0),
            msgid("cl-n29", "school.example"), mp, cc=[("Elin Haf Jenkins", "e.jenkins@" + S)], extra=OUTLOOK))

# N30 -- leavers' keyring order, zip of designs and order form
order = "Enw / Name,Dosbarth / Form,Design,Qty\n,,A - Bryn Derw crest,\n,,B - Gadael 2025 / Leavers 2025,\n,,C - Ddraig / Dragon,\n"
readme = """Leavers 2025 keyrings - artwork for quote
Three designs, 38mm round acrylic, double-sided print, split ring and chain.
Estimated quantity 150. Delivery needed by 4 July.
Quote ref from your website form: QR-55812.
"""
z = make_zip([("Leavers2025_keyrings/README.txt", readme), ("Leavers2025_keyrings/order_form_template.csv", order),
              ("Leavers2025_keyrings/design_notes.txt", "A: crest on navy\nB: 'Gadael 2025 / Leavers 2025' white on green\nC: red dragon on white\n")])
t = """Hi,

Please find attached the artwork notes and our order template for the Year 11 leavers' keyrings (keychains) – quote ref QR-55812. Could you confirm the price for 150 units with the ball chain rather than the split ring, and whether you can deliver by 4 July?

Many thanks,
Kirsty Parry
Swyddfa / Office
Ysgol Gyfun Bryn Derw"""
mp = multipart("mixed", [text_part(t, "utf-8", "8bit"), attach("Leavers2025_keyrings.zip", z, "application/zip")],
               boundary("cl-n30", 0))
add("negative", "keyring-order", "zip", "k.parry@" + S, ["sales@promo-keyrings.example"], "k.parry@" + S,
    "Office orders leavers' keyrings (keychains) from a supplier, zip of design notes and a blank order template",
    message(("Kirsty Parry", "k.parry@" + S), [("Sales", "sales@promo-keyrings.example")],
            "Quote QR-55812 - leavers keyrings", mkdate(2025, 5, 19, 14, 12, 0, 1),
            msgid("cl-n30", "school.example"), mp, extra=OUTLOOK))

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
