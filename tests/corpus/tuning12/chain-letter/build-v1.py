#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Deterministic generator, writer tag v1. Standard library only.
# Run from inside the policy folder:  python3 build-v1.py
import base64
import datetime
import hashlib
import io
import json
import os
import quopri
import random
import re
import struct
import textwrap
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr

W = "v1"

# ---------------------------------------------------------------- people
SCHOOL = "Ravensgill CE Primary School"
PARTNER_DOM = "brackenthwaite.cumbria.sch.example"
LA_DOM = "westmorlandandfurness.gov.example"

STAFF = {
    "head": ("Helen Dobson", "h.dobson@school.example"),
    "bursar": ("Jean Atkinson", "j.atkinson@school.example"),
    "office": ("Ravensgill School Office", "office@school.example"),
    "harker": ("Tom Harker", "t.harker@school.example"),
    "tyson": ("Carol Tyson", "c.tyson@school.example"),
    "nixon": ("Gemma Nixon", "g.nixon@school.example"),
    "bell": ("Sandra Bell", "s.bell@school.example"),
    "wilson": ("Pauline Wilson", "p.wilson@school.example"),
    "raine": ("Maggie Raine", "m.raine@school.example"),
    "hully": ("Dennis Hully", "d.hully@school.example"),
    "staff": ("All Staff", "staff@school.example"),
}


def P(key):
    return STAFF[key]


# ---------------------------------------------------------------- dates / ids
def dt(y, m, d, H, M, S=0):
    # UK local time: BST from last Sunday of March to last Sunday of October
    def last_sunday(year, month):
        day = datetime.date(year, month, 31)
        while day.weekday() != 6:
            day -= datetime.timedelta(days=1)
        return day
    here = datetime.date(y, m, d)
    bst = last_sunday(y, 3) <= here < last_sunday(y, 10)
    tz = datetime.timezone(datetime.timedelta(hours=1 if bst else 0))
    return format_datetime(datetime.datetime(y, m, d, H, M, S, tzinfo=tz))


def msgid(seed, host):
    h = hashlib.sha1(("v1:" + seed).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:24], host)


def boundary(seed, style=0):
    h = hashlib.md5(("b:" + seed).encode()).hexdigest()
    if style == 1:
        return "000000000000" + h[:16]          # gmail-ish
    if style == 2:
        return "_000_%s_" % h[:24].upper()      # outlook-ish
    if style == 3:
        return "Apple-Mail=_%s-%s" % (h[:8].upper(), h[8:20].upper())
    return "------------%s" % h[:24]            # thunderbird-ish


# ---------------------------------------------------------------- wrapping
def _wrap_line(line, width):
    m = re.match(r"^((?:> ?)*)", line)
    prefix = m.group(1)
    if prefix and not prefix.endswith(" "):
        prefix += " "
    rest = line[len(m.group(1)):]
    if len(line) <= width:
        return [line]
    lm = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)])\s+)", rest)
    sub = prefix + (" " * len(lm.group(1)) if lm else "")
    return textwrap.wrap(rest, width, initial_indent=prefix, subsequent_indent=sub,
                         break_long_words=False, break_on_hyphens=False) or [prefix.rstrip()]


def hardwrap(text, width=72):
    out = []
    for line in text.split("\n"):
        out.extend(_wrap_line(line, width))
    return "\n".join(out)


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ") if line != "-- " else line
        if len(line) <= width:
            out.append(line)
            continue
        pieces = _wrap_line(line, width)
        for i, p in enumerate(pieces):
            out.append(p + (" " if i < len(pieces) - 1 else ""))
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body=b"", parts=None, bnd=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.bnd = bnd
        self.preamble = preamble

    def render(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        out += b"\n"
        if self.parts is None:
            b = self.body
            if not b.endswith(b"\n"):
                b += b"\n"
            return out + b
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += ("--%s\n" % self.bnd).encode("ascii") + p.render() + b"\n"
        out += ("--%s--\n" % self.bnd).encode("ascii")
        return out


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text(s, subtype="plain", charset="utf-8", cte=None, flowed=False, delsp=False,
         quote_cs=True, disposition=None, filename=None):
    data = s.encode(charset)
    if cte in (None, "7bit", "8bit") and any(len(l) > 990 for l in data.split(b"\n")):
        cte = "quoted-printable"
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    cs = '"%s"' % charset if quote_cs else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    if filename:
        ct += '; name="%s"' % filename
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", disposition))
    return Part(h, encode_body(data, cte))


def attach(filename, ctype, data, cte="base64", inline=False):
    disp = "inline" if inline else "attachment"
    if cte != "base64":
        data = data.replace(b"\r\n", b"\n")   # keep LF line endings consistent in the .eml file
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
         ("Content-Transfer-Encoding", cte)]
    return Part(h, encode_body(data, cte))


def multi(subtype, parts, seed, style=0, extra_params=""):
    b = boundary(seed, style)
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, extra_params))],
                parts=parts, bnd=b)


def rfc822(inner_bytes, filename=None):
    h = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else ""))]
    if filename:
        h.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    return Part(h, inner_bytes)


def addr(x):
    if isinstance(x, tuple):
        name, a = x
        try:
            name.encode("ascii")
            return formataddr((name, a))
        except UnicodeEncodeError:
            return formataddr((name, a), charset="utf-8")
    return x


def bare(x):
    return x[1] if isinstance(x, tuple) else re.sub(r".*<([^>]+)>.*", r"\1", x)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def message(frm, to, subject, date, root, cc=None, seed=None, extra=(), host=None,
            reply_to=None, in_reply_to=None, mime_first=False):
    seed = seed or subject
    host = host or bare(frm).split("@")[1]
    hs = []
    if mime_first:
        hs.append(("MIME-Version", "1.0"))
    hs.append(("From", addr(frm)))
    if to:
        hs.append(("To", ", ".join(addr(t) for t in to)))
    else:
        hs.append(("To", "undisclosed-recipients:;"))
    if cc:
        hs.append(("Cc", ", ".join(addr(t) for t in cc)))
    if reply_to:
        hs.append(("Reply-To", addr(reply_to)))
    hs.append(("Subject", subj(subject)))
    hs.append(("Date", date))
    hs.append(("Message-ID", msgid(seed, host)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", in_reply_to))
    if not mime_first:
        hs.append(("MIME-Version", "1.0"))
    hs.extend(extra)
    top = Part(hs + root.headers, root.body, root.parts, root.bnd, root.preamble)
    return top.render()


# ---------------------------------------------------------------- HTML
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(t, style="gmail"):
    paras = t.split("\n\n")
    if style == "gmail":
        body = "\n".join('<div dir="ltr">%s</div><div><br></div>' % "<br>".join(esc(x) for x in p.split("\n"))
                        for p in paras)
        return '<div dir="ltr">%s</div>\n' % body
    if style == "outlook":
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                         % "<br>\n".join(esc(x) for x in p.split("\n")) for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)
    body = "\n".join("<p>%s</p>" % "<br>\n".join(esc(x) for x in p.split("\n")) for p in paras)
    return "<html><head><meta charset=\"utf-8\"></head><body>\n%s\n</body></html>\n" % body


def alt(plain, html, seed, style=1, charset="utf-8", cte_plain=None, cte_html="quoted-printable"):
    return multi("alternative", [text(plain, charset=charset, cte=cte_plain),
                                 text(html, "html", charset=charset, cte=cte_html)], seed, style)


# ---------------------------------------------------------------- Office files
FIXED = (2025, 1, 6, 9, 0, 0)


def _zip(files, fixed=FIXED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def xesc(s):
    return esc(str(s)).replace('"', "&quot;")


def docx(content):
    """content: list of str (paragraph) or list-of-lists (table)."""
    body = []
    for item in content:
        if isinstance(item, str):
            if item.startswith("# "):
                body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(item[2:]))
            else:
                body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(item))
        else:
            rows = []
            for row in item:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(c) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    strings, index = [], {}
    xml_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                v = str(v)
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
        xml_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xml_rows))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % xesc(s) for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml),
                 ("xl/sharedStrings.xml", sst)])


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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


# ---------------------------------------------------------------- ZipCrypto (traditional PKWARE) for password zips
_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crcb(c, b):
    return (c >> 8) ^ _CRC[(c ^ b) & 0xFF]


def zip_encrypted(files, password, seed):
    rnd = random.Random(seed)
    pw = password.encode()
    out = io.BytesIO()
    central = b""
    dostime = (9 << 11) | (0 << 5) | 0
    dosdate = ((2025 - 1980) << 9) | (1 << 5) | 6
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(ch):
            k[0] = _crcb(k[0], ch)
            k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
            k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
            k[2] = _crcb(k[2], (k[1] >> 24) & 0xFF)

        for ch in pw:
            upd(ch)
        enc = bytearray()
        for p in bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24]) + comp:
            t = (k[2] | 2) & 0xFFFF
            enc.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(p)
        nb = name.encode()
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc,
                              len(enc), len(data), len(nb), 0) + nb + bytes(enc))
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate,
                               crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0o644 << 16, offset) + nb
    cd_off = out.tell()
    out.write(central)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0))
    return out.getvalue()


def pseudo_bytes(seed, n):
    r = random.Random(seed)
    return bytes(r.randrange(256) for _ in range(n))


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(seed, n=900):
    data = bytes([0x85, 0x01, 0x0C]) + pseudo_bytes(seed, n)
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    ck = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + ck + "\n-----END PGP MESSAGE-----\n"


def smime_blob(seed, n=2400):
    data = bytes([0x30, 0x82, (n >> 8) & 0xFF, n & 0xFF, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7,
                  0x0D, 0x01, 0x07, 0x03]) + pseudo_bytes(seed, n - 11)
    b = base64.b64encode(data).decode()
    return ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()


# ---------------------------------------------------------------- check digits
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check(body12):
    vals = []
    for ch in body12:
        if ch.isdigit():
            vals.append(int(ch))
        else:
            vals.append(UPN_LETTERS.index(ch))
    s = sum(v * w for v, w in zip(vals, range(2, 14)))
    return UPN_LETTERS[s % 23]


def make_upn(la, estab, yy, serial):
    body = "%03d%04d%02d%03d" % (la, estab, yy, serial)
    return upn_check(body) + body


def uln_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 10 - (s % 11)
    return None if c == 10 else c


def make_uln(rnd):
    while True:
        d9 = str(rnd.randrange(1, 10)) + "".join(str(rnd.randrange(10)) for _ in range(8))
        c = uln_check(d9)
        if c is not None:
            return d9 + str(c)


def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def make_nhs(rnd, fmt=" "):
    while True:
        d9 = str(rnd.choice([4, 6, 7])) + "".join(str(rnd.randrange(10)) for _ in range(8))
        c = nhs_check(d9)
        if c is not None:
            n = d9 + str(c)
            if fmt is None:
                return n
            return n[:3] + fmt + n[3:6] + fmt + n[6:]


def bad_nhs(rnd):
    """10 digits that FAIL the NHS mod-11 check."""
    while True:
        d9 = str(rnd.choice([4, 6, 7])) + "".join(str(rnd.randrange(10)) for _ in range(8))
        c = nhs_check(d9)
        last = rnd.randrange(10)
        if c is None or last != c:
            return d9 + str(last)


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def make_card(rnd, prefix="4", length=16):
    while True:
        n = prefix + "".join(str(rnd.randrange(10)) for _ in range(length - len(prefix) - 1))
        for last in range(10):
            if luhn_ok(n + str(last)):
                return n + str(last)


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(n):
    n = n.replace(" ", "").replace("-", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n):
        return False
    if n[0] in NINO_BAD_FIRST or n[1] in NINO_BAD_SECOND or n[:2] in NINO_BAD_PAIRS:
        return False
    return True


def make_nino(rnd, spaced=False):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rnd.choice(letters) + rnd.choice(letters)
        n = p + "".join(str(rnd.randrange(10)) for _ in range(6)) + rnd.choice("ABCD")
        if nino_ok(n):
            if spaced:
                return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
            return n


def make_sort(rnd):
    return "%02d-%02d-%02d" % (rnd.choice([20, 30, 40, 77, 60, 11, 9, 83]), rnd.randrange(100), rnd.randrange(100))


def make_acct(rnd):
    return "".join(str(rnd.randrange(10)) for _ in range(8))


# ---------------------------------------------------------------- output
RECORDS = []


def emit(label, num, family, shape, note, mail_from, rcpt, auth_user, data):
    fname = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    with open(fname, "wb") as f:
        f.write(data)
    RECORDS.append({"file": fname, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                    "auth_user": auth_user, "shape": shape, "family": family, "note": note})


def finish(policy):
    for d in ("positive", "negative"):
        for f in os.listdir(d):
            if f.startswith(W + "-") and f.endswith(".eml") and ("%s/%s" % (d, f)) not in [r["file"] for r in RECORDS]:
                os.remove(os.path.join(d, f))
    RECORDS.sort(key=lambda r: r["file"])
    with open("manifest-%s.jsonl" % W, "w") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(1 for r in RECORDS if r["label"] == "positive")
    neg = sum(1 for r in RECORDS if r["label"] == "negative")
    print("%s: %d positive, %d negative" % (policy, pos, neg))


def prep():
    os.makedirs("positive", exist_ok=True)
    os.makedirs("negative", exist_ok=True)


# common client header sets
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
IPAD = [("X-Mailer", "iPad Mail (21F90)")]
IPHONE = [("X-Mailer", "iPhone Mail (21E236)")]
TBIRD = [("User-Agent", "Mozilla Thunderbird")]
ANDROID = [("X-Mailer", "Samsung Email")]

# ====================================================================== chain-letter
def build():
    prep()
    head, bursar, office = P("head"), P("bursar"), P("office")
    harker, tyson, nixon = P("harker"), P("tyson"), P("nixon")
    bell, wilson, raine, hully, staff = P("bell"), P("wilson"), P("raine"), P("hully"), P("staff")

    # ------------------------------------------------------------ POSITIVES
    # 1 good-luck chain, plain 7bit, TA to all staff
    t = """Morning all,

Dont normally send these but my sister sent me it and she has had a rough year so I am not risking it!!

~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*

THIS IS THE LUCKY HORSESHOE OF KESWICK

This horseshoe has been passed around since 1987. It is not a joke. Within 12 MINUTES of reading this you must send it on to 12 people and then make a wish.

If you do, something you have been waiting for will happen on Friday.
Carol from Penrith sent it on and won 2,000 pounds on a scratchcard two days later.
A man in Whitehaven deleted it and his tractor caught fire the same week.

DO NOT BREAK THE HORSESHOE. It has to go round 100 times before it reaches its owner again.

Send to 12 people NOW and dont keep it on your phone, luck only works if it moves on.

~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*

Maggie x
"""
    emit("positive", 1, "good-luck-chain", "7bit",
         "TA forwards a 'lucky horseshoe' send-to-12-in-12-minutes chain to all staff",
         raine[1], [staff[1]], raine[1],
         message(raine, [staff], "fwd - dont break it!!", dt(2024, 11, 18, 7, 41), text(t, quote_cs=False),
                 extra=IPAD))

    # 2 prayer chain, iso-8859-1 8bit
    t = """Dear all

I have been asked by the ladies at chapel to pass this prayer on. Please don't let it stop with you. It has been going since Easter and we have been told it has never once been broken.

° ° °

Lord, watch over every child in every classroom, every mother and every grandmother, and keep our farms and families safe through the winter. Amen.

° ° °

Say the prayer once, then send it to seven people you love before bedtime tonight. A lady in Appleby kept it to herself and the next morning her daughter had a fall. Another who passed it straight on had the answer to her prayer within the week. I'm not superstitious but I'm not taking the chance either.

Please send it on, it only takes a minute. Seven people, tonight.

God bless,
Pauline
"""
    emit("positive", 2, "prayer-chain", "latin1",
         "TA sends a 'send to seven people tonight, never broken' prayer chain to staff (ISO-8859-1 8bit)",
         wilson[1], [staff[1]], wilson[1],
         message(wilson, [staff], "Prayer - please pass on", dt(2025, 1, 9, 21, 12),
                 text(t, charset="iso-8859-1", cte="8bit")))

    # 3 virus hoax forwarded inline by head to governors + staff
    inner = """From: Alan Metcalfe <alan.metcalfe@example.com>
Date: Sun, 2 Feb 2025 at 19:03
Subject: FW: VIRUS WARNING !!!!! Read before you open anything
To: <h.dobson@school.example>

IMPORTANT - PLEASE READ AND SEND TO ALL YOUR CONTACTS

Over the next few days you may get an email called "Dancing Sheepdog" or "Your parcel is waiting". DO NOT OPEN IT, even if it comes from somebody you know.

It opens a Christmas card which burns the whole hard disk of your computer. There is no cure, Microsoft announced it yesterday and say it is the most destructive virus ever. McAfee and Norton have not yet found a fix. It was on the radio this morning.

Send this to EVERYONE in your address book. The more people know the better chance we have of stopping it. Better to receive this 25 times than not at all!!!
"""
    t = """Just passing this on in case - Alan (chair of govs at Brackenthwaite) sent it last night. Please pass on to your own contacts too, better safe than sorry.

Helen

---------- Forwarded message ---------
""" + inner
    emit("positive", 3, "virus-hoax", "fwd-inline",
         "Headteacher forwards a 'Dancing Sheepdog burns your hard disk, send to all contacts' virus hoax to staff and governors",
         head[1], [staff[1], "r.ellwood@example.org", "a.lowis@example.net"], head[1],
         message(head, [staff], "Fwd: FW: VIRUS WARNING !!!!! Read before you open anything",
                 dt(2025, 2, 3, 7, 15), text(t),
                 cc=[("Rachel Ellwood", "r.ellwood@example.org"), ("Revd Andrew Lowis", "a.lowis@example.net")],
                 extra=IPAD))

    # 4 missing child appeal, inbound mobile, parent to office
    t = """PLEASE SHARE!!! little girl 4yrs gone missing from the big Tesco in Penrith this morning wearing pink wellies and a yellow raincoat, name is Daisy. Police are saying share it as far as possible. Dont just read it SHARE IT!! Could be any of ours. Please put it out to all the school parents

Sent from my iPhone"""
    emit("positive", 4, "missing-child", "mobile",
         "Parent emails the office an unsourced 'missing girl from Tesco, share as far as possible' appeal to forward to all parents",
         "lowfoldfarm@example.net", [office[1]], None,
         message(("Kirsty Bousfield", "lowfoldfarm@example.net"), [office], "PLEASE SHARE",
                 dt(2025, 3, 15, 10, 22), text(t, flowed=True, quote_cs=False), extra=IPHONE))

    # 5 sick-child donation hoax, HTML only, internal
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p style="color:#c00000;font-size:20px;font-weight:bold;text-align:center">PLEASE DON&#39;T IGNORE THIS &#128546;</p>
<p>This is baby <b>Lily-Mae</b>. She is 14 months old and has a hole in her heart and needs an operation her parents can&#39;t afford.</p>
<p>Facebook and Save the Children have agreed that for <u>every time this email is forwarded</u> they will donate <b>10p</b> towards her operation. They can track the emails with the new tracking system.</p>
<p>1 forward = 10p<br>
10 forwards = &pound;1<br>
If you delete this you are choosing not to help.</p>
<p style="text-align:center">&#128151; Please forward to everybody you know. It costs nothing. &#128151;</p>
<p>Sandra</p>
</body></html>
"""
    emit("positive", 5, "sick-child-donation", "html",
         "HTML-only 'Facebook will donate 10p per forward for baby's heart operation' hoax sent by a TA to all staff",
         bell[1], [staff[1]], bell[1],
         message(bell, [staff], "Please help baby Lily-Mae", dt(2024, 10, 7, 12, 31),
                 text(html, "html", cte="quoted-printable"), extra=OUTLOOK))

    # 6 privacy notice hoax, format=flowed, to staff and outside friends
    t = """Sorry if you've had this already - apparently we all have to post/send it before midnight or everything becomes public tomorrow.

"Better safe than sorry, they say. Channel 4 News has just talked about the change in Meta's privacy rules. I do not give Facebook, Instagram or any entity associated with Meta permission to use my pictures, information, messages or posts, both past and future. With this statement I give notice to Meta that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile and/or its contents. Violation of privacy can be punished by law (UCC 1-308-1 1-103 and the Rome Statute). NOTE: Meta is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once it will be tactically allowing the use of your photos, as well as the information contained in the profile status updates. DO NOT SHARE. You have to copy and paste."

Copy and paste it, don't just share it, it doesn't count if you share. And send it on to whoever else.

Tom
"""
    emit("positive", 6, "privacy-hoax", "flowed",
         "Teacher sends the 'I do not give Meta permission... copy and paste before midnight' privacy hoax to staff and two outside friends",
         harker[1], [staff[1], "bex.harker@example.com", "dan.wharton@example.org"], harker[1],
         message(harker, [staff, ("Bex", "bex.harker@example.com"), ("Dan Wharton", "dan.wharton@example.org")],
                 "copy and paste before midnight (apparently!)", dt(2024, 9, 26, 19, 48),
                 text(flow(t), flowed=True), extra=TBIRD))

    # 7 pupil friendship chain, 7bit, pupil to pupils
    t = """hiya!!!

this is a friendship test!!! send this to 10 friends in the next 10 mins and your bff will tell u something nice tomorrow. if u get it back 3 times ur the most popular girl in school!!!!!

if u dont send it u will have no friends for 10 years. its true it happend to my cousins friend

send to
1 person = ur a bit liked
5 people = ur good friends with everyone
10 people = ur the best person ever and ur crush likes u

DONT BREAK IT!!!!
luv ellie xxxxx <3 <3
"""
    kids = ["maisie.r@students.school.example", "poppy.a@students.school.example",
            "isla.m@students.school.example", "lucy.b@students.school.example",
            "freya.t@students.school.example"]
    emit("positive", 7, "pupil-friendship", "7bit",
         "Year 6 pupil sends a 'send to 10 friends in 10 mins or no friends for 10 years' friendship chain to classmates",
         "ellie.w@students.school.example", kids, "ellie.w@students.school.example",
         message(("Ellie Wharton", "ellie.w@students.school.example"), kids, "FRIENDSHIP TEST!!!! <3",
                 dt(2025, 1, 24, 16, 5), text(t)))

    # 8 pupil curse chain, QP, pupil to pupils
    t = """READ THIS TILL THE END OR SHE WILL COME

there was a girl called Annie who lived by the old quarry near here and she got pushed in by her friends and nobody helped her. now she comes to anyone who reads this and does not send it on. she will stand at the end of your bed at 3:33 tonight and you will hear her dripping.

this is not a joke. a boy in carlisle read it and didnt send it and the next morning his mam found wet footprints on his carpet.

to be safe you have to send this to 15 people before midnight. if you send it to 15 she will leave you alone. if you send it to 20 you get good luck for a year.

im sorry i had to send it to you i didnt want her to come
"""
    kids = ["jack.b@students.school.example", "harry.t@students.school.example",
            "oliver.n@students.school.example", "alfie.s@students.school.example",
            "maisie.r@students.school.example", "isla.m@students.school.example"]
    emit("positive", 8, "pupil-curse", "qp",
         "Pupil sends a ghost-girl curse chain ('send to 15 before midnight or she comes at 3:33') to classmates",
         "noah.p@students.school.example", kids, "noah.p@students.school.example",
         message(("Noah Pattinson", "noah.p@students.school.example"), kids, "dont read this at night",
                 dt(2024, 10, 30, 18, 40), text(t, cte="quoted-printable")))

    # 9 gifting circle, multipart/alternative, to staff + outside friend
    plain = """Hi ladies,

I know a few of you have heard me talking about this in the staffroom so I thought I'd put it in writing. It's called the Blessing Loom and it is NOT a pyramid scheme, it's a circle of women lifting each other up.

How it works:
- There are 15 places on the loom: 1 in the middle (the Dream), 2 Makers, 4 Builders and 8 Gifters.
- You join as a Gifter by gifting GBP 40 to the Dream in the middle.
- When all 8 Gifter places fill up, the Dream receives GBP 320 and leaves, and the loom splits into two new looms and everyone moves up one step.
- When you reach the middle YOU receive GBP 320!!

All you need to do is find two friends to join after you. That's it. It's honestly that easy, my cousin in Kendal has been round twice.

Please keep it quiet from the men, ha! And pass it on to any women you think deserve a blessing.

Pauline x
"""
    html = html_from_text(plain, "gmail")
    emit("positive", 9, "gift-circle", "alt",
         "TA invites colleagues and an outside friend to a 'Blessing Loom' gifting circle (GBP 40 in, GBP 320 out, recruit two friends)",
         wilson[1], [bell[1], raine[1], tyson[1], "lorraine.dixon58@example.com"], wilson[1],
         message(wilson, [bell, raine, tyson, ("Lorraine Dixon", "lorraine.dixon58@example.com")],
                 "Blessing Loom - a little something for us girls", dt(2025, 3, 4, 20, 2),
                 alt(plain, html, "c9")))

    # 10 pyramid money letter as zip (docx + txt)
    doc = docx([
        "# THE GOLDEN LADDER",
        "Dear friend, this is not a scam. This letter has made ordinary families in the North of England thousands of pounds.",
        "1. Send GBP 10 in cash or by bank transfer to the person at number 1 on the list below.",
        "2. Remove number 1 and move everyone up one place. Put your own name and address at number 6.",
        "3. Send this letter on to at least 20 people. Within six weeks you will receive up to GBP 15,000.",
        [["Position", "Name", "Town"],
         ["1", "B. Slee", "Workington"],
         ["2", "K. Hinde", "Cockermouth"],
         ["3", "D. Brough", "Maryport"],
         ["4", "S. Nicholson", "Wigton"],
         ["5", "J. Rigg", "Aspatria"],
         ["6", "YOUR NAME HERE", ""]],
        "Those who broke the ladder have regretted it. A woman in Dumfries threw it away and within a fortnight her husband lost his job. Keep it moving!",
    ])
    howto = """HOW TO DO IT (read me first)
Send the tenner, add yourself at the bottom, then forward the Word file to 20 people. Email is easiest.
Do it this week, the ladder runs out if people sit on it.
"""
    z = _zip([("Golden_Ladder.docx", doc), ("READ ME FIRST.txt", howto.replace("\n", "\r\n"))])
    t = """Dennis asked me to send this round. Honestly think it's worth a punt for a tenner, see the list inside. Have a read and pass it on!!

Sandra
"""
    root = multi("mixed", [text(t), attach("Golden Ladder.zip", "application/zip", z)], "c10", 2)
    emit("positive", 10, "pyramid-letter", "zip",
         "TA sends a zipped 'Golden Ladder' pyramid money letter (pay GBP 10 to name 1, add yours, send to 20) to staff",
         bell[1], [staff[1]], bell[1],
         message(bell, [staff], "Golden Ladder - worth a tenner?", dt(2025, 1, 30, 15, 47), root, extra=OUTLOOK))

    # 11 book exchange chain, hard wrapped, to staff + sister outside
    t = """Hi all,

Some of you might have seen this going round on Facebook, I've been invited to a children's book exchange and thought with us all being teachers/TAs and half of you having grandkids it was perfect!

You only have to buy ONE book (about 5 or 6 pounds) and you get up to 36 books back for your little ones or your classroom!

Send one new children's book to the person in position 1 below. Then take them off, move position 2 up to position 1 and put your own name and address in position 2. Then send this email to 6 friends. They send a book to whoever is at position 1 (that's going to be you!) and so on.

1. Lynn Parkin, c/o Brackenthwaite Primary, Kirkby Stephen
2. Sandra Bell, 4 Fellside Cottages, Ravensgill

Please please don't break the chain, if you can't do it let me know so I can find someone else. It really does work!! Last time my niece got 28 books.

Sandra x
"""
    emit("positive", 11, "book-exchange-chain", "wrapped",
         "TA invites staff and her sister to a 'buy one book, get 36, send to 6 friends' book exchange chain",
         bell[1], [staff[1], "karen.sharp@example.org"], bell[1],
         message(bell, [staff, ("Karen Sharp", "karen.sharp@example.org")], "Book Exchange!! (you get 36 books)",
                 dt(2024, 11, 27, 17, 10), text(hardwrap(t, 72), quote_cs=False)))

    # 12 forward-only petition, windows-1252, inbound from parent
    t = """Please read \u2013 this affects every farming family in the valley

We the undersigned call on DEFRA to STOP the new tax on family farms before it finishes us all off.

HOW TO SIGN: copy this whole email, add your name and village to the bottom of the list, and forward it to everyone you know. When the list gets to 500 names please send it to the Secretary of State at sos.office@defra.example. If you break the chain all the names above you are lost, so PLEASE don\u2019t delete it.

1. Joan Robinson \u2013 Tebay
2. Mike Hodgson \u2013 Orton
3. Wendy Alderson \u2013 Ravenstonedale
4. Stuart & Kath Bland \u2013 Crosby Garrett
5. Andrew Metcalfe \u2013 Gillbank, Ravensgill

Helen, could you put this in the school newsletter or send it round all the parents please? Most of them are farming so they\u2019ll want to sign.

Andrew
"""
    emit("positive", 12, "petition-forward", "cp1252",
         "Farming parent sends a numbered 'add your name and forward, at 500 send to DEFRA' chain petition and asks the head to send it to all parents",
         "gillbankfarm@example.com", [head[1]], None,
         message(("Andrew Metcalfe", "gillbankfarm@example.com"), [head],
                 "Fw: PETITION - family farm tax - add your name", dt(2025, 1, 12, 21, 33),
                 text(t, charset="windows-1252", cte="quoted-printable"),
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]))

    # 13 urban legend forwarded as attached message
    inner = message(("Brenda Sowerby", "brenda.sowerby@example.com"),
                    [("Maggie Raine", "maggie.raine@example.net")],
                    "WARNING to all women - please forward", dt(2025, 2, 20, 14, 2),
                    text("""WARNING LADIES - PLEASE PASS TO EVERY WOMAN YOU KNOW

A lady in the car park at Westmorland services was approached by two men offering to sell her perfume cheap. They asked her to smell a sample. It was NOT perfume it was ETHER and she passed out, when she woke up her bag, car keys and car were gone.

This is happening all over the North now. The police know but they don't want to panic people.

Do not smell anything anybody offers you. Forward this to every woman in your address book. Mothers, daughters, sisters, friends. It could save a life.
"""), host="example.com")
    t = """Saw this on our village Facebook as well, thought you'd all want to know - take care in them car parks!! Send it on to your mams and daughters.

M
"""
    root = multi("mixed", [text(t), rfc822(inner, "WARNING to all women - please forward.eml")], "c13", 3)
    emit("positive", 13, "urban-legend", "fwd-rfc822",
         "Lunchtime TA forwards (as attachment) the 'perfume sample is ether' urban legend to staff, asking them to send it on",
         raine[1], [staff[1]], raine[1],
         message(raine, [staff], "Fwd: WARNING to all women - please forward", dt(2025, 2, 21, 8, 3), root,
                 extra=IPAD))

    # 14 scam hoax, base64 body, caretaker to staff
    t = """Hi All

Got this from my brother in law who is ex BT so it must be right.

IF YOU GET A PHONE CALL FROM SOMEONE SAYING THEY ARE FROM BT ENGINEERING AND ASKING YOU TO PRESS NINE, ZERO, HASH (90#) TO TEST THE LINE - HANG UP STRAIGHT AWAY. By pressing 90# you give them access to your line and they can ring abroad on your bill. Thousands of pounds. It is happening round here now, a farm at Soulby had a 4000 pound bill.

Also do not answer any call from a number starting 0044 or +44 20 8. If you answer they charge you 15 pounds a minute just for picking up.

PLEASE PASS THIS ON TO EVERYONE YOU KNOW ESPECIALLY OLDER PEOPLE. Forward to all your contacts tonight.

Dennis
"""
    emit("positive", 14, "scam-hoax", "base64",
         "Caretaker forwards the old '90# phone line / answer and be charged GBP 15 a minute, pass to everyone' scam hoax to staff (base64 body)",
         hully[1], [staff[1]], hully[1],
         message(hully, [staff], "Phone scam - PASS ON", dt(2024, 10, 15, 13, 22), text(t, cte="base64"),
                 extra=ANDROID))

    # 15 reply-all continuing a chain
    quoted = """> ALERT - ALL MOBILE NUMBERS ARE BEING RELEASED TO CALL CENTRES NEXT MONTH
>
> From the 1st of next month every mobile phone number in the UK will be given to telemarketing companies and you will get sales calls on your mobile which YOU will pay for.
>
> To stop this, text the word STOP to 85095 from your mobile. It is free. It is the official register.
>
> Send this to every person in your contacts list before the end of the month. Don't be the one who didn't pass it on!
>
> Pauline"""
    t = """Done mine, thank you Pauline! I've sent it to all the family and the WI list as well so that's another 30 or so.

Everyone else don't forget, before the end of the month.

Jean

-----Original Message-----
From: Pauline Wilson <p.wilson@school.example>
Sent: 05 November 2024 19:17
To: All Staff <staff@school.example>
Subject: IMPORTANT - mobile numbers

""" + quoted + "\n"
    emit("positive", 15, "phone-hoax", "reply",
         "Bursar replies-all 'done mine, sent to the WI list too' above a quoted 'mobile numbers going to call centres, send to every contact' hoax",
         bursar[1], [staff[1], wilson[1]], bursar[1],
         message(bursar, [staff], "RE: IMPORTANT - mobile numbers", dt(2024, 11, 6, 9, 2), text(t),
                 cc=[wilson], in_reply_to=msgid("pw-mobile", "school.example"), extra=OUTLOOK))

    # 16 money hoax, inbound from partner school TA
    t = """Hi Helen and everyone at Ravensgill,

My husband's boss had this from his solicitor so I think it's genuine this time!

Microsoft and AOL are running a beta test of their new email tracking programme. Bill Gates is sharing his fortune with everyone who helps them test it. When you forward this e-mail to friends, Microsoft can and will track it (if you are a Windows user) for a two week time period.

For every person that you forward this e-mail to, Microsoft will pay you 245 dollars. For every person that you sent it to that forwards it on, Microsoft will pay you 243 dollars and for every third person that receives it, you will be paid 241 dollars. Within two weeks Microsoft will contact you for your address and then send you a cheque.

I was sceptical but my friend's aunt got a cheque for 4,300 dollars. Worth trying - forward it to everybody you can!

Best wishes
Gail (Brackenthwaite office)
"""
    emit("positive", 16, "money-hoax", "7bit",
         "Partner-school office worker sends the 'Microsoft/Bill Gates pays per forward' tracking hoax to Ravensgill staff",
         "g.capstick@" + PARTNER_DOM, [head[1], staff[1]], None,
         message(("Gail Capstick", "g.capstick@" + PARTNER_DOM), [head, staff],
                 "FW: this actually works!", dt(2024, 12, 3, 11, 16), text(t)))

    # 17 teacher appreciation chain, alt, inbound from friend
    plain = """To every teacher who gets this!

You've been nominated as one of the teachers who made a difference this year.

Teachers plant seeds that grow forever. Send this to 10 teachers who inspire you and brighten their day. If it comes back to you three times, you are truly loved by your colleagues!

Don't break it - someone sent it to you for a reason. Forward within 24 hours or the sunshine ends with you :(

xx Becca
"""
    html = ('<div style="font-family:Comic Sans MS,cursive;color:#7030a0;font-size:16px">'
            '<p>&#127822; <b>To every teacher who gets this!</b> &#127822;</p>'
            "<p>You've been nominated as one of the teachers who made a difference this year.</p>"
            '<p><i>Teachers plant seeds that grow forever.</i></p>'
            '<p>Send this to <b>10 teachers</b> who inspire you and brighten their day. If it comes back to you three times, you are truly loved by your colleagues!</p>'
            "<p>Don't break it - someone sent it to you for a reason. Forward within 24 hours or the sunshine ends with you :(</p>"
            '<p>xx Becca</p></div>\n')
    emit("positive", 17, "teacher-appreciation-chain", "alt",
         "Outside friend sends a 'send to 10 teachers in 24 hours, if it comes back three times you're loved' chain to a teacher",
         "becca.lamb@example.org", [nixon[1]], None,
         message(("Becca Lamb", "becca.lamb@example.org"), [nixon], "You're appreciated!! \u2764",
                 dt(2025, 5, 6, 20, 44), alt(plain, html, "c17", 3)))

    # 18 angel chain, HTML only, outbound from TA to outside friends
    html = """<div style="text-align:center;font-family:Georgia,serif">
<p style="font-size:22px;color:#b8860b">&#10024; An Angel Is Watching Over You &#10024;</p>
<p>Seven angels were sent to you today.<br>
One to guard your sleep, one for your health, one for your home,<br>
one for your children, one for your purse, one for love and one for peace.</p>
<p>Send this to <b>seven special women</b> within <b>seven minutes</b> and the angels will stay with you for seven years.</p>
<p>If you keep them to yourself they will fly away. Jenny did not pass them on and her house flooded the following month.</p>
<p style="font-size:12px">Please don&#39;t break this. It came to me from a lovely lady in Cartmel.</p>
<p>Love Maggie xxx</p>
</div>
"""
    rc = ["brenda.sowerby@example.com", "j.tallentire@example.net", "ann.hutchinson@example.org"]
    emit("positive", 18, "angel-chain", "html",
         "TA sends a 'seven angels, send to seven women in seven minutes' chain to outside friends from her school account",
         raine[1], rc, raine[1],
         message(raine, [("Brenda", rc[0]), ("Jean T", rc[1]), ("Ann Hutchinson", rc[2])],
                 "angels for you xx", dt(2025, 4, 13, 22, 9), text(html, "html", cte="quoted-printable"), extra=IPAD))

    # 19 recipe exchange chain, flowed, bursar to colleagues + partner bursar
    t = """Hello everyone,

I've been invited to be part of a recipe exchange and I've picked you because you're all good cooks (and I know some of you might be a bit fed up of making the same teas!).

Please send ONE recipe to the person whose name is in position 1 below. It should be something quick, your favourite, nothing fancy. Don't agonise over it!

After you've sent the recipe, copy this letter into a new email, put my name in position 1 and your name in position 2. Only mine and yours should show when you send it. Then send it to 20 friends.

If you can't do it within 5 days please let me know so it's fair on everyone. You should receive 36 recipes back. It's fun to see where they come from!

1. Jean Atkinson - j.atkinson@school.example
2. (your name)

Many thanks
Jean
"""
    rc = [P("tyson")[1], P("bell")[1], "m.blenkharn@" + PARTNER_DOM]
    emit("positive", 19, "recipe-chain", "flowed",
         "Bursar invites colleagues and the partner school's bursar into a 'send one recipe, forward to 20, get 36 back' chain",
         bursar[1], rc, bursar[1],
         message(bursar, [tyson, bell, ("Margaret Blenkharn", rc[2])], "Recipe exchange - will you join in?",
                 dt(2025, 2, 11, 19, 55), text(flow(t), flowed=True, quote_cs=False), extra=TBIRD))

    # 20 health hoax, latin-1 8bit
    t = """Please take time to read this and pass it on to everyone who matters to you.

A doctor on Lorraine this morning said DO NOT drink from plastic water bottles that have been left in a hot car. The heat makes the plastic release a chemical called dioxin which causes breast cancer. Sheryl Crow said this is what caused her cancer.

Also don't freeze water bottles - same thing. Use steel or glass only. I've thrown out all ours and the ones in the Class 1 cupboard.

Johns Hopkins hospital have sent this out. A steel bottle is only £4 at the Co-op, it's not worth the risk. Send to all your family - it's the least we can do. Women especially. 90% of people who read this won't pass it on. Be one of the 10%!

Pauline
"""
    emit("positive", 20, "health-hoax", "latin1",
         "TA sends the 'dioxin from water bottles in hot cars causes cancer, pass it on' health hoax to staff (ISO-8859-1)",
         wilson[1], [staff[1]], wilson[1],
         message(wilson, [staff], "Water bottles - important!!", dt(2024, 6, 18, 15, 40),
                 text(t, charset="iso-8859-1", cte="8bit", quote_cs=False)))

    # 21 cosmic rays hoax, mobile short
    t = """Switch your phones off tonight! From 12.30 till 3.30 there's cosmic radiation passing close to earth, NASA said on BBC news. It can damage your body so leave phones in another room. Send to everyone you care about xx

Sent from my iPad"""
    emit("positive", 21, "cosmic-ray-hoax", "mobile",
         "Short tablet message from a TA to staff: 'cosmic radiation tonight, switch phones off, send to everyone you care about'",
         raine[1], [staff[1]], raine[1],
         message(raine, [staff], "Tonight!!", dt(2025, 3, 19, 21, 40), text(t, quote_cs=False), extra=IPAD))

    # 22 account deletion hoax, QP, pupil to class + teacher
    t = """Hi everyone this is real!!!!!

The people who own our school email are deleting accounts because there are to many. If you dont forward this to 20 people they will think your account is not being used and it will be deleted FOREVER with all your work and your photos.

Forward it to 20 people to show your active. It will go green if you did it right.

i forwarded it to miss nixon too so shes safe :)

from Jack
"""
    rc = ["harry.t@students.school.example", "oliver.n@students.school.example", "alfie.s@students.school.example",
          "noah.p@students.school.example", "ellie.w@students.school.example", nixon[1]]
    emit("positive", 22, "account-deletion-hoax", "qp",
         "Pupil forwards 'accounts will be deleted unless you forward this to 20 people' hoax to classmates and teacher",
         "jack.b@students.school.example", rc, "jack.b@students.school.example",
         message(("Jack Bousfield", "jack.b@students.school.example"),
                 [("Harry", rc[0]), ("Oliver", rc[1]), ("Alfie", rc[2]), ("Noah", rc[3]), ("Ellie", rc[4]), nixon],
                 "FW: YOUR ACCOUNT WILL BE DELETED read this", dt(2025, 2, 6, 8, 37),
                 text(t, cte="quoted-printable")))

    # 23 roblox chain, txt attachment from pupil
    chain_txt = """COPY AND PASTE THIS TO 15 PEOPLE

Hi my name is Joseph and I work for Roblox. Roblox is getting full so we are deleting accounts that dont send this message. If you send this to 15 people your account will be safe and you will get 1000 free Robux. If you dont your account will be banned at midnight.

Roblox owner David
"""
    t = "copy this into a email and send it to 15 people i already did mine. its real my brother got robux\n"
    rc = ["harry.t@students.school.example", "alfie.s@students.school.example", "oliver.n@students.school.example"]
    root = multi("mixed", [text(t), attach("roblox.txt", "text/plain", chain_txt.replace("\n", "\r\n").encode(), cte="7bit")], "c23", 1)
    emit("positive", 23, "game-account-chain", "att-txt",
         "Pupil attaches a 'copy and paste to 15 people or your Roblox account is banned' chain as a .txt for friends",
         "oscar.w@students.school.example", rc, "oscar.w@students.school.example",
         message(("Oscar Wharton", "oscar.w@students.school.example"), rc, "roblox", dt(2025, 1, 17, 17, 58), root))

    # 24 momo warning, inbound forward from parent asking to send to all parents
    t = """Hi, can you send this to all the parents please? Better they know.

Thanks, Claire (Freya's mam)

---------- Forwarded message ---------
From: Hayley Birkbeck <hayleyb1985@example.com>
Date: Wed, 26 Feb 2025 at 21:14
Subject: WARNING PARENTS - MOMO IS BACK
To:

ATTENTION ALL PARENTS

The Momo challenge is back and it is now hidden inside Peppa Pig and Minecraft videos on YouTube Kids. Halfway through the video the face pops up and tells children to hurt themselves and not to tell their parents. A child in Barrow ended up in hospital last week.

Please check your children's tablets tonight.

SHARE THIS WITH EVERY PARENT YOU KNOW. Copy and paste into your school and nursery groups. Don't just scroll past - if it saves one child it's worth it.
"""
    emit("positive", 24, "momo-warning", "fwd-inline",
         "Parent forwards a viral 'Momo is back inside Peppa Pig, share with every parent' scare and asks the office to send it to all parents",
         "claire.thompson@example.org", [office[1]], None,
         message(("Claire Thompson", "claire.thompson@example.org"), [office],
                 "Fwd: WARNING PARENTS - MOMO IS BACK", dt(2025, 2, 27, 7, 12), text(t)))

    # 25 blessing chain, HTML only, inbound from governor
    html = """<html><body>
<div style="font-family:Verdana;font-size:13px;color:#1f3864">
<p>Good morning Helen,</p>
<p>Forgive me sending this to the school address but you are on my list!</p>
<hr>
<p style="text-align:center;font-size:18px"><b>&#10013; THE SUNDAY BLESSING &#10013;</b></p>
<p>This blessing has been sent to you for good fortune. The original is in a church in New England. It has been around the world nine times.</p>
<p>Send twelve copies to people you think need a blessing and within four days you will receive a miracle. This is true even if you are not religious.</p>
<p>Mrs Edna Lowther received it and sent it on, and four days later a long-lost cousin left her a legacy.<br>
A headmaster in Yorkshire put it in a drawer and lost his post before the end of term.</p>
<p><b>Do not send money. Do not keep this letter. It must leave your hands within 96 hours.</b></p>
<hr>
<p>Best wishes,<br>Margaret Pears (Foundation Governor)</p>
</div></body></html>
"""
    emit("positive", 25, "blessing-chain", "html",
         "Governor sends an HTML 'Sunday Blessing: send twelve copies within 96 hours for a miracle' chain to the head",
         "margaret.pears@example.net", [head[1]], None,
         message(("Margaret Pears", "margaret.pears@example.net"), [head], "A blessing for you",
                 dt(2024, 9, 15, 8, 31), text(html, "html", cte="quoted-printable")))

    # 26 good luck chain classic, windows-1252
    t = """With love all things are possible

This paper has been sent to you for good luck. The original is in New England. It has been around the world nine times. The luck has now been sent to you. You will receive good luck within four days of receiving this letter, providing you in turn send it on.

This is no joke. You will receive it in the mail. Send copies to people you think need good luck. Do not send money as fate has no price. Do not keep this letter. It must leave your hands within 96 hours.

An RAF officer received \u00a3470,000. Joe Elliott received \u00a340,000 and lost it because he broke the chain. While in the Philippines, Gene Welch lost his wife six days after receiving this letter. He failed to circulate the letter. However, before her death he received \u00a37,755,000.

Please send 20 copies and see what happens in four days. The chain comes from Venezuela and was written by Saul Anthony De Groda, a missionary from South America. Since the copy must tour the world, you must make 20 copies and send them to your friends and associates.

\u201cRemember \u2013 send no money.\u201d

Do not ignore this. It works.

\u2014 forwarded by Dennis, caretaker. Don\u2019t shoot the messenger!
"""
    emit("positive", 26, "good-luck-chain", "cp1252",
         "Caretaker sends the classic 'around the world nine times, send 20 copies within 96 hours' luck chain to staff (windows-1252 QP)",
         hully[1], [staff[1]], hully[1],
         message(hully, [staff], "With love all things are possible", dt(2024, 12, 12, 16, 20),
                 text(t, charset="windows-1252", cte="quoted-printable"), extra=OUTLOOK))

    # 27 novena chain, base64 from android
    t = """Novena to St Jude - for impossible causes

May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. Sacred Heart of Jesus pray for us. St Jude, worker of miracles, pray for us. St Jude, helper of the hopeless, pray for us.

Say this prayer nine times a day. By the eighth day your prayer will be answered. It has never been known to fail. You MUST promise to send it to nine people or publish it, and your wish will come true.

Please don't break it - I said it for our Class 3 results and for my grandson's hospital appointment.

Maggie
Sent from my Samsung Galaxy tablet"""
    emit("positive", 27, "prayer-chain", "base64",
         "TA sends a St Jude novena that must be sent to nine people for the wish to come true (base64 body from Android)",
         raine[1], [staff[1]], raine[1],
         message(raine, [staff], "St Jude", dt(2025, 5, 12, 6, 55), text(t, cte="base64"), extra=ANDROID))

    # 28 secret sister gift chain, docx
    doc = docx([
        "# SECRET SISTER GIFT EXCHANGE",
        "Buy ONE gift worth GBP 10 or more and send it to Secret Sister number 1 below. You will receive between 6 and 36 gifts back!",
        "Once you have sent your gift, take Sister 1 off the list, move Sister 2 to number 1 and add your name at number 2.",
        "Send the new letter to 6 women within 5 days. The more sisters join, the more gifts arrive!",
        [["Sister", "Name & address"],
         ["1", "Kath Bland, Fell View, Crosby Garrett"],
         ["2", "Sandra Bell, 4 Fellside Cottages, Ravensgill"]],
        "Please only join if you can commit. Nobody likes a sister who breaks the chain!",
    ])
    t = """Ladies!! Who's in? Just one present and loads back, it's like Christmas in March. Letter's attached, you just change the names and send it to 6 of your friends.

Sandra x
"""
    root = multi("mixed", [text(t), attach("Secret Sister.docx", DOCX, doc)], "c28", 2)
    rc = [wilson[1], raine[1], tyson[1], "karen.sharp@example.org", "lisa.bell76@example.com"]
    emit("positive", 28, "gift-chain", "att-docx",
         "TA circulates a 'Secret Sister' gift chain letter as a Word attachment (send one gift, add your name, send to 6 women)",
         bell[1], rc, bell[1],
         message(bell, [wilson, raine, tyson, ("Karen Sharp", rc[3]), ("Lisa", rc[4])],
                 "Secret Sister - join in!", dt(2025, 3, 10, 18, 26), root, extra=OUTLOOK))

    # 29 fake amber alert, hard wrapped inbound from parent
    t = """Helen, I know you're careful about what goes out but this one came from a policeman friend of our Sam's so it's genuine. Please can you share it with the staff and school families.

*** AMBER ALERT ***
3 year old boy taken from a playpark in Kendal an hour ago. Believed to be in a silver or grey car, possibly heading north on the M6. He has curly blond hair and was wearing a dinosaur jumper.

PLEASE FORWARD TO EVERYONE IN YOUR ADDRESS BOOK. If we all send this on to 10 people it will be all over the country in an hour. The police have asked for this to be spread as far as it can go.

Thank you
Linda Wharton
"""
    emit("positive", 29, "missing-child", "wrapped",
         "Grandparent forwards an unsourced 'AMBER ALERT child taken in Kendal, forward to everyone in your address book' message to the head",
         "linda.wharton@btinternet.example", [head[1]], None,
         message(("Linda Wharton", "linda.wharton@btinternet.example"), [head], "AMBER ALERT - PLEASE READ",
                 dt(2025, 4, 26, 13, 5), text(hardwrap(t, 74), quote_cs=False)))

    # 30 sick child donation forwarded inline, outbound to friend
    t = """Hi Dan, not sure if this is one of those things but it's local so forwarded it anyway. Pass it on if you can mate.

T

---------- Forwarded message ---------
From: Sharon Kirkpatrick <sharonk@example.net>
Date: Mon, 17 Mar 2025 at 16:41
Subject: FW: FW: little Ethan - every forward counts
To: Tom Harker <t.harker@school.example>

This is Ethan, he's 6 and from Workington and he has a brain tumour. Cancer Research UK and the Daily Mirror will donate 3p to his treatment for every time this email is forwarded. They are tracking it by the special code in this email so it has to be FORWARDED not copied.

Please do not break the chain, it takes ten seconds. Send it to everyone in your contacts, it's for a little boy.

God bless x
"""
    emit("positive", 30, "sick-child-donation", "fwd-inline",
         "Teacher forwards to an outside friend a 'Cancer Research donates 3p per forward for little Ethan' hoax",
         harker[1], ["dan.wharton@example.org"], harker[1],
         message(harker, [("Dan Wharton", "dan.wharton@example.org")], "Fwd: FW: FW: little Ethan - every forward counts",
                 dt(2025, 3, 17, 20, 2), text(t, cte="quoted-printable")))

    # ------------------------------------------------------------ NEGATIVES
    # 1 pass on to neighbours: reception admissions, hard-wrapped, outbound
    t = """Dear Parents and Carers,

Reception places for September 2025

We are a small school and every child counts, so I'd be really grateful for your help spreading the word. If you know of any families in Ravensgill, Soulby, Hartley or the farms round about with a child born between 1 September 2020 and 31 August 2021, please pass this message on to them.

Applications for Reception places close on 15 January 2025 and are made through the council, not through school. The online form is on the Westmorland and Furness Council website under 'School admissions'. Parents who are not online can ring the admissions team and they will post a paper form.

We are very happy to show families round - just ring the office on 017683 70412 and Jean or I will fix a time. Little ones are welcome to come along to our Tuesday stay-and-play in the Class 1 room from 2.15pm.

Thank you,

Helen Dobson
Headteacher, Ravensgill CE Primary School
"""
    rc = ["parents@school.example"]
    emit("negative", 1, "admissions-pass-on", "wrapped",
         "Head asks parents to pass on Reception admission dates to neighbours with young children; no chain mechanics",
         head[1], rc, head[1],
         message(head, [("Ravensgill Parents", rc[0])], "Reception places - please pass on to neighbours",
                 dt(2024, 11, 14, 15, 30), text(hardwrap(t, 72))))

    # 2 genuine phishing warning, inline forward from LA ICT
    t = """All - please read. This came from County ICT this morning. Two of you have had this email already (thank you for telling me). DO NOT forward it to anyone, don't click the link, just delete it.

Helen

---------- Forwarded message ---------
From: ICT Service Desk <ictservicedesk@westmorlandandfurness.gov.example>
Date: Tue, 21 Jan 2025 at 08:02
Subject: PHISHING ALERT - fake DfE 'pay award' email
To: Headteachers <heads@westmorlandandfurness.gov.example>

Dear colleague,

We are aware of a phishing email being received by schools today. It claims to be from the Department for Education with the subject 'Teachers pay award 2025 - action required' and contains a link to 'confirm your payroll details'.

This email is NOT genuine. Please:
- do not click the link or open the attachment
- do not forward the email to colleagues as a warning - forwarding spreads the link
- delete it from your inbox and your deleted items
- if anyone has entered their details, contact the Service Desk immediately on 0300 373 3300 so we can reset the account

Thank you,
ICT Service Desk
"""
    emit("negative", 2, "phishing-warning", "fwd-inline",
         "Head forwards the council ICT desk's genuine phishing alert to staff: do not forward the email, delete it",
         head[1], [staff[1]], head[1],
         message(head, [staff], "Fwd: PHISHING ALERT - fake DfE 'pay award' email", dt(2025, 1, 21, 8, 40),
                 text(t, quote_cs=False)))

    # 3 PSHE lesson plan quoting a chain message, docx internal
    doc = docx([
        "# Year 5/6 PSHE - Online pressure and chain messages",
        "Learning objective: to recognise messages that try to pressure us into passing them on, and to know what to do.",
        "Starter (10 mins): show the example message on the board. Ask: how does this message make you feel? Who wrote it? How would we know if it was true?",
        "Example (made up for the lesson): 'Send this to 10 people in 10 minutes or something bad will happen to your family. If you send it, your crush will message you tomorrow.'",
        "Main activity (20 mins): in pairs sort the cards into 'pressure', 'promise', 'threat' and 'fake fact'. Discuss why threats and deadlines are used.",
        "Plenary: agree the class rule - we don't send these on; we show a trusted adult; we can block and delete. Nothing bad happens if you don't forward it.",
        "Links: Education for a Connected World - Online relationships; Project EVOLVE.",
        [["Adult", "Role"], ["GN", "lead"], ["SB", "support group of 4 by the window"]],
    ])
    t = """Hi both, plan for Thursday afternoon attached. It's the chain message one - the example is on slide 2, I've made it up so please don't worry that it's a real one. If any of them say they've had one recently, just note it down for me and we'll pick it up after.

Thanks, Gemma
"""
    root = multi("mixed", [text(t), attach("PSHE Y56 chain messages.docx", DOCX, doc)], "n3", 2)
    emit("negative", 3, "pshe-lesson", "att-docx",
         "Teacher sends TAs a Y5/6 PSHE lesson plan on chain messages that quotes a made-up example to discuss",
         nixon[1], [bell[1], wilson[1]], nixon[1],
         message(nixon, [bell, wilson], "PSHE Thurs - chain messages", dt(2025, 2, 4, 16, 10), root, extra=OUTLOOK))

    # 4 daisy chains, flowed newsletter, outbound to class 1 parents with head cc
    t = """Dear Class 1 families,

What a lovely sunny week! The children have spent lots of time outside on the field. On Wednesday we learned how to make daisy chains - there was some very careful threading and some very long chains (Archie's went round Mrs Wilson's waist twice). Please don't worry if a few wilting daisies come home in book bags.

Next week we are looking at minibeasts, so if you have any old jam jars with lids we'd love them. Wellies in school every day please as we'll be down by the beck on Tuesday.

Reading books are changed on Mondays and Thursdays.

Have a good weekend,
Mr Harker and Mrs Wilson
"""
    rc = ["class1-parents@school.example", head[1]]
    emit("negative", 4, "daisy-chain", "flowed",
         "Class 1 weekly newsletter to parents mentioning daisy chains on the field",
         harker[1], rc, harker[1],
         message(harker, [("Class 1 Parents", rc[0])], "Class 1 news - daisy chains and minibeasts",
                 dt(2025, 5, 16, 15, 25), text(flow(t), flowed=True), cc=[head], extra=TBIRD))

    # 5 supply chain, 7bit outbound to caterer
    t = """Hi Lorna,

Thanks for the call earlier. Just to confirm what we agreed so Carol in the kitchen knows:

- with your supply chain issues on potatoes we're happy to swap the jacket potato day to pasta bake for the next two weeks
- we still need 46 meals Tuesday to Friday, 38 on Monday (Y5/6 are at Brackenthwaite for swimming)
- the gluten free meal for Class 2 carries on as before

Can you let me know when the normal menu is back so I can put it in the newsletter.

Kind regards
Jean Atkinson
School Business Manager (Tue/Thu)
"""
    emit("negative", 5, "supply-chain", "7bit",
         "Bursar confirms meal numbers with the caterer because of potato supply chain problems",
         bursar[1], ["lorna.hewitt@fellsidecatering.example"], bursar[1],
         message(bursar, [("Lorna Hewitt", "lorna.hewitt@fellsidecatering.example")], "Menu change - supply chain",
                 dt(2025, 3, 6, 14, 2), text(t), extra=OUTLOOK))

    # 6 food chain homework, HTML
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hello Class 2,</p>
<p>Your science homework this week is about <b>food chains</b>. We saw lots of clues on our walk round Gill Wood.</p>
<ol>
<li>Draw a food chain with at least four living things in it, starting with a plant. For example: <i>grass &rarr; vole &rarr; barn owl</i>.</li>
<li>Label the <b>producer</b>, the <b>prey</b> and the <b>predator</b>.</li>
<li>Challenge: what would happen to the chain if all the voles disappeared?</li>
</ol>
<p>Bring it in by Friday. You can draw it on paper or on Purple Mash.</p>
<p>Mrs Tyson</p>
</body></html>
"""
    rc = ["class2@students.school.example", "class2-parents@school.example"]
    emit("negative", 6, "food-chain", "html",
         "Class 2 science homework about food chains sent to pupils and parents (HTML)",
         tyson[1], rc, tyson[1],
         message(tyson, [("Class 2", rc[0]), ("Class 2 Parents", rc[1])], "Homework - food chains",
                 dt(2025, 4, 29, 15, 45), text(html, "html")))

    # 7 sponsored walk, multipart/alternative
    plain = """Dear families,

On Saturday 14 June the whole school (and anyone else who fancies it!) will be walking from school up to Nine Standards and back to raise money for the Great North Air Ambulance, who came out to Low Fold Farm last spring.

Sponsor forms came home today. If you'd rather, there's an online page too: https://www.justgiving.example/ravensgill-nine-standards - please feel free to share it with grandparents and family who'd like to sponsor a walker.

Children in Class 1 will do the shorter route to the cairn at Hartley Fell with Mr Harker. Packed lunches, boots and waterproofs please. We'll be back by 3pm.

Thank you
Mrs Dobson
"""
    html = html_from_text(plain, "outlook")
    rc = ["parents@school.example"]
    emit("negative", 7, "charity-walk", "alt",
         "Head's letter about a sponsored walk for the air ambulance, inviting families to share the fundraising page with relatives",
         head[1], rc, head[1],
         message(head, [("Ravensgill Parents", rc[0])], "Nine Standards sponsored walk - Sat 14 June",
                 dt(2025, 5, 21, 12, 10), alt(plain, html, "n7", 2), extra=OUTLOOK))

    # 8 newsletter with paper chains and bike chain, QP
    t = """RAVENSGILL NEWS - Friday 13th December

Christmas is coming!
Class 1 have made paper chains for the hall and they now stretch all the way from the piano to the fire door. Thank you to everyone who sent in old wrapping paper.

Nativity
Our nativity is on Wednesday 18th at 2pm in St Oswald's church. Children need to be in church by 1.30pm in costume. Tea and mince pies in the school hall afterwards, donations to the PTA.

Lost property
A bike chain and lock were found by the bike shelter - the key is in the office. Also three odd gloves and a blue Regatta coat with no name in it.

Snow
If we have to close, a text will come from Teachers2Parents and a message will go on the website and Radio Cumbria. Please don't ring school before 7.30am.

Christmas dinner is Thursday 19th - £2.60 for Key Stage 2 unless you're FSM.

Merry Christmas from all the staff!
"""
    rc = ["parents@school.example"]
    emit("negative", 8, "newsletter-paper-chains", "qp",
         "School newsletter mentioning paper chains, nativity, a lost bike chain and snow-closure arrangements",
         office[1], rc + [head[1]], bursar[1],
         message(office, [("Ravensgill Parents", rc[0])], "Ravensgill News 13 December", dt(2024, 12, 13, 14, 58),
                 text(t, cte="quoted-printable"), cc=[head], extra=OUTLOOK))

    # 9 bus campaign with template letter, docx, outbound
    doc = docx([
        "Cllr [name]",
        "Westmorland and Furness Council",
        "Dear Councillor,",
        "I am writing as a parent of a child at Ravensgill CE Primary School about the proposal to withdraw the 7.50am school bus from Hartley and Soulby from September.",
        "Without this service my child would face a walk of over two miles along an unlit road with no pavement. Please reconsider the proposal.",
        "Yours sincerely,",
        "[your name and address]",
    ])
    t = """Dear Parents and Carers,

As some of you know, the council is consulting on withdrawing the morning bus from Hartley and Soulby. The governors have already written. If you'd like to respond as a family, a template letter is attached that you can adapt and send to your own councillor - or you can respond directly to the consultation online before 28 February.

It is entirely up to you. Please use your own words if you'd rather - councillors tell us personal letters carry more weight than identical ones.

Helen Dobson
Headteacher
"""
    root = multi("mixed", [text(hardwrap(t, 74)), attach("Bus consultation - template letter.docx", DOCX, doc)], "n9", 0)
    emit("negative", 9, "bus-campaign", "att-docx",
         "Head shares a template letter parents can adapt to respond to the council's school bus consultation (real campaign, no forwarding chain)",
         head[1], ["parents@school.example"], head[1],
         message(head, [("Ravensgill Parents", "parents@school.example")], "School bus consultation - how to respond",
                 dt(2025, 2, 7, 16, 12), root, extra=TBIRD))

    # 10 thank you round robin reply
    t = """Oh Jean you'll have me in tears again! It was a pleasure. The flowers are on the piano for anyone who wants to see them.

Pauline

From: Carol Tyson <c.tyson@school.example>
Sent: 25 July 2025 10:12
To: All Staff <staff@school.example>
Subject: RE: Thank you all

> Me too - what a send-off. Thank you to Sandra for organising the collection and to Dennis for the barbecue. Ravensgill won't be the same.
>
> Carol
>
> From: Jean Atkinson <j.atkinson@school.example>
> Sent: 24 July 2025 16:30
> To: All Staff <staff@school.example>
> Subject: Thank you all
>
>> I just wanted to say a huge thank you for the lovely card, the voucher for the garden centre and the beautiful photo book the children made. Twenty-two years goes very quickly. I'll still be popping in to help with reading on a Friday, so you haven't got rid of me yet!
>>
>> With love,
>> Jean
"""
    emit("negative", 10, "thank-you-round-robin", "reply",
         "Staff reply-all thank-you thread after the bursar's retirement, quoted replies, no chain",
         wilson[1], [staff[1]], wilson[1],
         message(wilson, [staff], "RE: Thank you all", dt(2025, 7, 25, 11, 4), text(t),
                 in_reply_to=msgid("ct-thanks", "school.example"), extra=OUTLOOK))

    # 11 snow ring-round, mobile
    t = """School CLOSED today Thurs - roads above Hartley not gritted and the bus can't get up. Text has gone out. Class reps please ring round the families on your phone list in case anyone hasn't got signal. Keep safe, Helen

Sent from my iPhone"""
    rc = ["class-reps@school.example", "parents@school.example"]
    emit("negative", 11, "snow-ring-round", "mobile",
         "Head's short phone message: school closed for snow, class reps please ring round their lists",
         head[1], rc, head[1],
         message(head, [("Class Reps", rc[0]), ("Ravensgill Parents", rc[1])], "School closed today",
                 dt(2025, 1, 9, 6, 48), text(t, flowed=True, quote_cs=False), extra=IPHONE))

    # 12 head debunks hoax in reply, quoting it
    t = """Dear Claire,

Thank you for thinking of us and I know it comes from a good place. I have checked with our county online safety adviser and this is a hoax that has been going round since 2019 - there is no Momo in Peppa Pig videos and no child in Barrow was hurt. The police and the NSPCC have both asked people not to share these warnings, because the scary picture itself is what upsets young children.

So I won't be sending it on to families, and I'd gently ask you not to pass it on either. What does help is what you're already doing - knowing what your children watch. I'll put some general tips about YouTube Kids and parental controls in Friday's newsletter.

Best wishes,
Helen

On Thu, 27 Feb 2025 at 07:12, Claire Thompson <claire.thompson@example.org> wrote:
> Hi, can you send this to all the parents please? Better they know.
>
> ATTENTION ALL PARENTS
> The Momo challenge is back and it is now hidden inside Peppa Pig and Minecraft videos...
> SHARE THIS WITH EVERY PARENT YOU KNOW.
"""
    emit("negative", 12, "hoax-debunk-reply", "reply",
         "Head replies to a parent that the Momo warning is a hoax and asks her not to pass it on (quotes the hoax)",
         head[1], ["claire.thompson@example.org"], head[1],
         message(head, [("Claire Thompson", "claire.thompson@example.org")], "Re: Fwd: WARNING PARENTS - MOMO IS BACK",
                 dt(2025, 2, 27, 12, 30), text(flow(t), flowed=True),
                 in_reply_to=msgid("ct-momo", "example.org")))

    # 13 online safety newsletter, HTML
    html = """<html><body style="font-family:Arial;font-size:14px">
<h2 style="color:#2e74b5">Online Safety Corner - Spring Term</h2>
<p><b>Scary viral warnings.</b> Every so often a message goes round parents' groups warning about a 'challenge' or a creepy character hidden in children's videos, usually ending with &quot;share with every parent you know&quot;. Almost all of these turn out to be hoaxes.</p>
<p>Our advice, which is the same as the UK Safer Internet Centre's:</p>
<ul>
<li>Don't forward the warning or show children the picture.</li>
<li>Check trusted sources (NSPCC, Safer Internet Centre, the school) before acting.</li>
<li>Have regular, calm conversations about what your child watches and who they talk to.</li>
<li>Use parental controls on tablets and YouTube Kids.</li>
</ul>
<p>If you're worried about something your child has seen, please talk to Mrs Dobson or Mrs Tyson.</p>
</body></html>
"""
    emit("negative", 13, "online-safety-newsletter", "html",
         "Online safety newsletter section advising parents not to forward viral scare warnings",
         head[1], ["parents@school.example"], head[1],
         message(head, [("Ravensgill Parents", "parents@school.example")], "Online Safety Corner",
                 dt(2025, 3, 7, 15, 15), text(html, "html", cte="quoted-printable")))

    # 14 church notices, latin-1 inbound
    t = """Dear Helen,

Notices for Sunday's service sheet and for school, if you'd like to use any of them:

- Harvest Festival at St Oswald's, Sunday 29 September, 10.30am. Class 2 will be singing - thank you. Produce to the church porch by Saturday please; it goes to the food bank in Kirkby Stephen.
- Please remember in your prayers the Bousfield family at Low Fold following the death of Jim's father last week. The funeral is on Friday at 11.
- Messy Church returns on Tuesday 8 October in the school hall, 3.30-5pm, £1 per family.

With every blessing,
Andrew

Revd Andrew Lowis
Vicar, Upper Eden Benefice
"""
    emit("negative", 14, "church-notices", "latin1",
         "Vicar's parish notices to the head (prayers for a bereaved family, harvest, Messy Church); no forwarding demand",
         "a.lowis@example.net", [head[1]], None,
         message(("Revd Andrew Lowis", "a.lowis@example.net"), [head], "Notices for this week",
                 dt(2024, 9, 19, 17, 40), text(t, charset="iso-8859-1", cte="quoted-printable")))

    # 15 police community alert, cp1252 inbound
    t = """Cumbria Police \u2013 Rural Crime Team

Community Message: thefts of quad bikes and power tools \u2013 Upper Eden

We have received reports of quad bikes, chainsaws and power tools being stolen from farm buildings between Kirkby Stephen and Brough over the last fortnight. Vehicles have been seen late at night on farm tracks.

Please:
\u2022 lock outbuildings and remove keys from vehicles
\u2022 consider property marking and trackers on quads
\u2022 report suspicious vehicles with as much detail as possible

Report on 101 or online. In an emergency always dial 999.

You are receiving this because you are registered with Cumbria Community Messaging. To change your settings or unsubscribe, visit the link in your account.

PCSO Rachel Teasdale
"""
    emit("negative", 15, "police-alert", "cp1252",
         "Genuine police community-messaging alert about rural thefts received by the school office",
         "noreply@cumbriacommunitymessaging.example", [office[1]], None,
         message(("Cumbria Community Messaging", "noreply@cumbriacommunitymessaging.example"), [office],
                 "Rural Crime - quad bike and tool thefts, Upper Eden", dt(2024, 10, 22, 10, 15),
                 text(t, charset="windows-1252", cte="quoted-printable")))

    # 16 staff secret santa, 7bit internal
    t = """Hi everyone

Secret Santa again this year if you want in. Same as usual - names in the biscuit tin in the staffroom, pick one out on Monday (and put it back if you get yourself, Dennis!). 5 pound limit.

Presents under the tree by Wednesday 18th and we'll open them at the staff do on Friday.

If you don't want to join in that's absolutely fine, just don't put your name in.

Sandra
"""
    emit("negative", 16, "secret-santa", "7bit",
         "TA organises a staff Secret Santa by names in a tin (one gift, GBP 5 limit); no chain",
         bell[1], [staff[1]], bell[1],
         message(bell, [staff], "Secret Santa", dt(2024, 12, 5, 12, 55), text(t)))

    # 17 PTA 100 club spreadsheet, internal
    rows = [["100 Club - draw December 2024", "", ""], ["Prize", "Number", "Winner"],
            ["1st (GBP 50)", 37, "Low Fold"], ["2nd (GBP 25)", 82, "Mrs Raine"], ["3rd (GBP 10)", 5, "Hartley Hall"],
            ["", "", ""], ["Numbers sold", 91, ""], ["Taken this month", 91, ""], ["To PTA funds", "GBP 106", ""]]
    t = """Helen, here's the 100 club draw results for the newsletter. Drawn by Class 1 this morning. Could you pass on to Sarah (PTA) as well, I haven't got her new email.

Jean
"""
    root = multi("mixed", [text(t), attach("100 club Dec 24.xlsx", XLSX, xlsx(rows, "December"))], "n17", 2)
    emit("negative", 17, "pta-100-club", "att-xlsx",
         "Bursar sends the head the PTA 100 club draw results spreadsheet for the newsletter",
         bursar[1], [head[1]], bursar[1],
         message(bursar, [head], "100 club December", dt(2024, 12, 12, 11, 20), root, extra=OUTLOOK))

    # 18 maths worksheet on chain letters, txt attachment to pupils
    ws = """Year 6 maths - powers and fast growth

Chain letters are messages that tell you to send them on to lots of people. They never work the way they promise - let's find out why using maths!

1. Imagine a message that tells everyone who gets it to send it to 6 new people.
   Round 1: 1 person sends it to 6 people.
   Round 2: each of those 6 sends it to 6 more. How many new people is that?
   Fill in the table up to round 10.

   Round | New people
   1     | 6
   2     |
   3     |

2. There are about 67 million people in the UK. In which round would you run out of people?

3. The letter promises everyone who joins will get 36 presents back. Use your table to explain why most people who join get nothing.

Extension: write one sentence to explain to a younger child why they don't need to send these on.
"""
    t = "Hi Class 3, the worksheet for Monday's maths is attached so you can have a look first. Bring your calculators! Miss Nixon\n"
    root = multi("mixed", [text(t), attach("Y6 maths - fast growth.txt", "text/plain", ws.replace("\n", "\r\n").encode(), cte="quoted-printable")], "n18", 1)
    emit("negative", 18, "maths-worksheet", "att-txt",
         "Y6 maths worksheet using chain letters to teach exponential growth and why they fail",
         nixon[1], ["class3@students.school.example"], nixon[1],
         message(nixon, [("Class 3", "class3@students.school.example")], "Maths for Monday", dt(2025, 3, 14, 15, 30), root))

    # 19 travelling teddy, base64 body outbound
    t = """Dear Class 1 families,

Barnaby Bear is off on his travels again! Each weekend he will go home with a different child in his rucksack, along with his diary.

Please help your child write or draw in the diary about what Barnaby got up to - feeding the lambs, a trip to Appleby, or just watching telly on the settee is fine! Photos are lovely if you can print them, but please only of your own family.

On Monday bring Barnaby and the diary back to school and he'll be passed on to the next child on the list. Everyone will get a turn before Easter.

Thank you,
Mr Harker
"""
    emit("negative", 19, "travelling-teddy", "base64",
         "Class teacher explains the travelling teddy weekend diary that is passed on child to child",
         harker[1], ["class1-parents@school.example", head[1]], harker[1],
         message(harker, [("Class 1 Parents", "class1-parents@school.example")], "Barnaby Bear's travels",
                 dt(2025, 1, 10, 15, 35), text(t, cte="base64"), cc=[head]))

    # 20 federation relay, flowed inbound from partner head
    t = """Hi Helen,

Federation sports afternoon on Thursday 3 July at our field, 1-3pm. Plan as last year:

- mixed-age teams, each with children from both schools
- the finale is the baton relay - every child runs one leg and passes the baton on, Reception to Year 6
- parents welcome, we'll do teas

Could you let me know numbers by 20 June and whether Dennis can bring the long benches again?

Thanks,
Ian

Ian Sowerby
Head of School, Brackenthwaite Primary
"""
    emit("negative", 20, "federation-relay", "flowed",
         "Partner school head organises a federation sports afternoon with a pass-the-baton relay",
         "i.sowerby@" + PARTNER_DOM, [head[1]], None,
         message(("Ian Sowerby", "i.sowerby@" + PARTNER_DOM), [head], "Federation sports afternoon",
                 dt(2025, 6, 2, 9, 12), text(flow(t), flowed=True), extra=TBIRD))

    # 21 LA bulletin cascade, alt inbound
    plain = """Schools Safeguarding Bulletin - May 2025

Please cascade this bulletin to all staff and governors in your school.

1. Designated Safeguarding Lead refresher training: new dates for June and July are now on the CPD portal.
2. KCSIE 2025 draft: a summary of the proposed changes is attached to the portal page. Schools should plan to update their child protection policy for September.
3. Operation Encompass: thank you to schools who completed the annual check. Please make sure your key adult details are up to date.

Education Safeguarding Team
Westmorland and Furness Council
"""
    html = html_from_text(plain, "plain")
    emit("negative", 21, "la-cascade", "alt",
         "Council safeguarding bulletin asking schools to cascade to all staff and governors",
         "education.safeguarding@" + LA_DOM, [head[1]], None,
         message(("Education Safeguarding Team", "education.safeguarding@" + LA_DOM), [head],
                 "Schools Safeguarding Bulletin - May 2025", dt(2025, 5, 8, 13, 0), alt(plain, html, "n21", 2)))

    # 22 real malware warning asking to forward to staff without email, qp inbound
    t = """Dear Headteacher / School Business Manager,

We have seen several schools receive an email with the subject "Remittance advice 04/25" and an attachment called Remittance_0425.htm. Opening the attachment asks for your Microsoft 365 password. It is a credential phishing attack.

Action for schools:
1. Do not open the attachment. Delete the email.
2. Please make sure staff who only read email occasionally (for example lunchtime supervisors and part-time TAs) are told about this - a printed copy of this notice in the staffroom is fine. Please do not forward the original phishing email itself.
3. If anyone has entered their password, call us on 0300 373 3300.

We have blocked the sending domain at the county gateway but variations are appearing.

ICT Service Desk
Westmorland and Furness Council
"""
    emit("negative", 22, "malware-warning", "qp",
         "Council ICT desk warns about a real phishing attachment and asks schools to tell part-time staff (not to forward the phish)",
         "ictservicedesk@" + LA_DOM, [head[1], bursar[1]], None,
         message(("ICT Service Desk", "ictservicedesk@" + LA_DOM), [head, bursar],
                 "Security notice - 'Remittance advice' phishing", dt(2025, 4, 9, 10, 44),
                 text(t, cte="quoted-printable")))

    # 23 school council petition letter, wrapped outbound to parish clerk
    t = """Dear Mrs Nelson,

The School Council at Ravensgill would like to ask the Parish Council to consider asking the highways team for a crossing, or at least a 20mph limit and signs, outside school on the main road.

The children carried out a traffic survey in March and counted 61 vehicles between 8.30 and 9am, including tractors, milk tankers and quarry lorries. They then collected signatures on paper at the spring fair - 143 people signed, mostly parents, grandparents and villagers. The signed sheets are in the office if councillors would like to see them.

Two members of the School Council (with me and a parent) would love to come to the next Parish Council meeting to present their survey if that would be allowed.

Kind regards,
Gemma Nixon
Class 3 teacher and School Council lead
"""
    emit("negative", 23, "school-council-petition", "wrapped",
         "Teacher writes to the parish clerk about the School Council's paper petition for a road crossing",
         nixon[1], ["clerk@ravensgillparish.example", head[1]], nixon[1],
         message(nixon, [("Parish Clerk", "clerk@ravensgillparish.example")], "School Council - crossing petition",
                 dt(2025, 4, 3, 16, 40), text(hardwrap(t, 76)), cc=[head]))

    # 24 pupil paper chain, mobile-ish
    t = "miss nixon i finished my paper chain countdown its got 24 links and i put a joke on each one. can i bring it in tomorrow for the classroom?? from poppy\n"
    emit("negative", 24, "pupil-paper-chain", "mobile",
         "Pupil tells her teacher she finished her Christmas paper chain countdown",
         "poppy.a@students.school.example", [nixon[1]], "poppy.a@students.school.example",
         message(("Poppy Alderson", "poppy.a@students.school.example"), [nixon], "paper chain",
                 dt(2024, 11, 30, 17, 20), text(t)))

    # 25 shoebox appeal, HTML
    html = """<html><body style="font-family:'Trebuchet MS';font-size:14px">
<p>Dear Parents and Carers,</p>
<p>This year Ravensgill is again taking part in the <b>Christmas Shoebox Appeal</b> with St Oswald's church.</p>
<p>Leaflets came home today. Please wrap a shoebox and lid separately, fill it with new items (toiletries, pencils, a small toy, a hat and gloves) and label it boy/girl and an age group.</p>
<p>Boxes to school by <b>Friday 15 November</b>. A &pound;5 donation towards shipping is suggested but not essential.</p>
<p>If grandparents, friends or neighbours would like to make a box, they are very welcome to drop it at the office - please do tell them!</p>
<p>Thank you,<br>Mrs Dobson</p>
</body></html>
"""
    emit("negative", 25, "shoebox-appeal", "html",
         "Charity shoebox appeal letter to parents, inviting friends and neighbours to contribute",
         head[1], ["parents@school.example"], head[1],
         message(head, [("Ravensgill Parents", "parents@school.example")], "Shoebox Appeal 2024",
                 dt(2024, 10, 25, 13, 5), text(html, "html")))

    # 26 kindness chain, cp1252 internal
    t = """Hi all,

For Kindness Week (10\u201314 March) each class is going to make links for a \u2018kindness chain\u2019 to hang round the hall. Every time someone spots a kind act they write it on a strip of coloured paper and we add a link. The aim is to get the chain all the way round the hall by Friday\u2019s celebration assembly.

Strips and glue sticks are in the art cupboard. Please can TAs help Class 1 with the writing.

Thanks \u2013 Carol
"""
    emit("negative", 26, "kindness-chain", "cp1252",
         "SENCO plans a paper 'kindness chain' classroom activity for Kindness Week",
         tyson[1], [staff[1]], tyson[1],
         message(tyson, [staff], "Kindness Week \u2013 kindness chain", dt(2025, 3, 3, 8, 15),
                 text(t, charset="windows-1252", cte="quoted-printable"), extra=OUTLOOK))

    # 27 genuine Action Fraud alert forwarded as attachment, internal
    inner = message(("Action Fraud Alert", "alerts@actionfraudalert.example"), [("Jean Atkinson", "jean.atkinson@example.com")],
                    "Fraud alert: fake invoice emails targeting schools", dt(2025, 3, 24, 11, 0),
                    text("""Action Fraud has received reports of criminals sending fake invoices to schools and small businesses, claiming a supplier has changed its bank details.

Always verify changes to payment details by phoning the supplier on a number you already hold, not one given in the email.

If you have lost money, report it to your bank immediately and to Action Fraud.
"""), host="actionfraudalert.example")
    t = """Helen - this one is genuine, it's from the Action Fraud alerts I get at home. Nothing we need to do as we already ring suppliers to check bank changes, and no need to send it on to anyone, just thought you'd like to see it for the finance committee.

Jean
"""
    root = multi("mixed", [text(t), rfc822(inner, "Fraud alert.eml")], "n27", 2)
    emit("negative", 27, "fraud-alert-forward", "fwd-rfc822",
         "Bursar forwards a genuine Action Fraud alert to the head as an attachment, saying no need to pass it on",
         bursar[1], [head[1]], bursar[1],
         message(bursar, [head], "FW: Fraud alert: fake invoice emails targeting schools", dt(2025, 3, 25, 9, 30),
                 root, extra=OUTLOOK))

    # 28 community fund vote, base64
    t = """Dear families,

Great news - Ravensgill School PTA has been chosen as one of the three local causes for the Co-op Local Community Fund in Kirkby Stephen this year. We're hoping to put the money towards a new outdoor classroom shelter.

If you are a Co-op member you can choose us in the app or online. The more members choose us, the bigger our share. Grandparents and friends who are members can choose us too.

Thank you for all your support,
Ravensgill PTA and Mrs Dobson
"""
    emit("negative", 28, "community-fund", "base64",
         "PTA asks families to choose the school in a supermarket community fund; no forwarding chain",
         head[1], ["parents@school.example"], head[1],
         message(head, [("Ravensgill Parents", "parents@school.example")], "Co-op Community Fund - please choose us!",
                 dt(2024, 11, 1, 14, 25), text(t, charset="utf-8", cte="base64")))

    # 29 forward snow message to drivers, mobile
    t = """Hi Steve - school shut today, snow. Can you forward this to your drivers so nobody sets off for the 8.05? Ta. Helen

Sent from my iPhone"""
    emit("negative", 29, "bus-operator-note", "mobile",
         "Head asks the bus operator to forward the snow closure to his drivers",
         head[1], ["steve@edentravel.example"], head[1],
         message(head, [("Steve Dent", "steve@edentravel.example")], "No bus today", dt(2025, 1, 9, 6, 52),
                 text(t, quote_cs=False), extra=IPHONE))

    # 30 gate chain, mobile terse
    t = "Chain on bottom field gate snapped. Padlock in office. Will get new one from Mason's Sat. Keep kids off that end at dinner. D\n\nSent from my iPad"
    emit("negative", 30, "gate-chain", "mobile",
         "Caretaker's terse note that the chain on the field gate is broken",
         hully[1], [staff[1]], hully[1],
         message(hully, [staff], "gate", dt(2025, 4, 22, 7, 30), text(t, quote_cs=False), extra=IPAD))

    finish("chain-letter")


if __name__ == "__main__":
    build()
