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

# ====================================================================== personal-data
FIRST_B = ["Archie", "Alfie", "Harry", "Oliver", "Jack", "Noah", "George", "Freddie", "Ted", "Reuben",
           "Joe", "Tom", "Sam", "Billy", "Arthur", "Fletcher", "Jacob", "Ellis", "Finley", "Ollie"]
FIRST_G = ["Isla", "Poppy", "Maisie", "Ellie", "Freya", "Lucy", "Millie", "Evie", "Grace", "Ruby",
           "Tilly", "Harriet", "Bea", "Esme", "Lottie", "Molly", "Sophie", "Ava", "Imogen", "Nell"]
SURN = ["Metcalfe", "Bousfield", "Wharton", "Alderson", "Thompson", "Pattinson", "Dent", "Teasdale",
        "Birkbeck", "Capstick", "Nelson", "Bland", "Hodgson", "Sowerby", "Dargue", "Kipling", "Hutchinson",
        "Elliott", "Stainton", "Fawcett", "Mounsey", "Lowther", "Dixon", "Rigg", "Steadman", "Gibson",
        "Brunskill", "Allonby", "Robinson", "Ewbank"]
PLACES = [("Gillbank Farm", "Ravensgill"), ("Low Fold", "Ravensgill"), ("1 Beck Side", "Ravensgill"),
          ("Hartley Hall Farm", "Hartley"), ("3 Chapel Row", "Soulby"), ("Intake Farm", "Winton"),
          ("Nateby House", "Nateby"), ("5 Eden Terrace", "Kirkby Stephen"), ("Greenriggs", "Waitby"),
          ("Park House Farm", "Brough Sowerby"), ("2 Fellside Cottages", "Ravensgill"),
          ("Cold Keld", "Ravenstonedale"), ("High Dalefoot", "Mallerstang"), ("7 Mill Lane", "Brough"),
          ("Town Head", "Crosby Garrett"), ("Bleaflatt", "Ravensgill")]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"
MEDICAL = ["Asthma - blue inhaler in class", "Nut allergy - EpiPen x2 in office", "Eczema - cream at lunch",
           "Type 1 diabetes - care plan, pump", "Epilepsy - buccal midazolam, care plan",
           "Coeliac - gluten free diet", "Hay fever", "None", "None", "None", "None", "None"]
SEN = ["", "", "", "", "SEN support - speech and language", "SEN support - dyslexia (screened)",
       "EHCP - autism", "SEN support - SEMH", "SEN support - fine motor / OT", "EHCP - global delay"]


class Pupil:
    pass


def pupil(r, yg, used):
    p = Pupil()
    p.sex = r.choice("MF")
    p.first = r.choice(FIRST_B if p.sex == "M" else FIRST_G)
    p.last = r.choice(SURN)
    start = datetime.date(2013 + (6 - yg), 9, 1)
    p.dob_d = start + datetime.timedelta(days=r.randrange(365))
    p.dob = p.dob_d.strftime("%d/%m/%Y")
    entry = start.year + 5
    la = 909 if entry <= 2022 else 940
    while True:
        serial = r.randrange(1, 140)
        if (entry, serial) not in used:
            used.add((entry, serial))
            break
    p.upn = make_upn(la, 3461, entry % 100, serial)
    p.nhs = make_nhs(r)
    p.yg = yg
    p.ygs = "R" if yg == 0 else "Y%d" % yg
    a = r.choice(PLACES)
    p.addr1, p.town = a
    p.pc = "CA17 4%s%s" % (r.choice(PC_LET), r.choice(PC_LET))
    p.address = "%s, %s, Kirkby Stephen %s" % (p.addr1, p.town, p.pc) if p.town != "Kirkby Stephen" else "%s, Kirkby Stephen %s" % (p.addr1, p.pc)
    p.parent = "%s %s" % (r.choice(["Mrs", "Mr", "Ms", "Miss"]), p.last)
    p.parent_first = r.choice(["Sarah", "Kirsty", "Emma", "Rachel", "Claire", "Jo", "Andrew", "Mark", "Richard", "Gemma", "Laura", "Steven"])
    p.phone = "07700 900%03d" % r.randrange(1000)
    p.med = r.choice(MEDICAL)
    p.sen = r.choice(SEN)
    p.fsm = r.random() < 0.18
    p.name = "%s %s" % (p.first, p.last)
    return p


def pupil_of(r, yg, sex):
    while True:
        p = pupil(r, yg, set())
        if p.sex == sex:
            return p


def roster(seed, n, ygs):
    r = random.Random(seed)
    used, out, names = set(), [], set()
    while len(out) < n:
        p = pupil(r, r.choice(ygs), used)
        if p.name in names:
            continue
        names.add(p.name)
        out.append(p)
    out.sort(key=lambda p: (p.yg, p.last, p.first))
    return out


class Adult:
    pass


def adult(r, first, last):
    a = Adult()
    a.first, a.last = first, last
    a.name = "%s %s" % (first, last)
    a.dob = datetime.date(r.randrange(1962, 1999), r.randrange(1, 13), r.randrange(1, 29)).strftime("%d/%m/%Y")
    a.nino = make_nino(r)
    a.nino_sp = "%s %s %s %s %s" % (a.nino[:2], a.nino[2:4], a.nino[4:6], a.nino[6:8], a.nino[8])
    a.sort = make_sort(r)
    a.acct = make_acct(r)
    p = r.choice(PLACES)
    a.address = "%s, %s, Cumbria CA17 4%s%s" % (p[0], p[1], r.choice(PC_LET), r.choice(PC_LET))
    a.phone = "07700 900%03d" % r.randrange(1000)
    return a


def build():
    prep()
    head, bursar, office = P("head"), P("bursar"), P("office")
    harker, tyson, nixon = P("harker"), P("tyson"), P("nixon")
    bell, wilson, raine, hully, staff = P("bell"), P("wilson"), P("raine"), P("hully"), P("staff")
    PARTNER_SENCO = ("Lynn Parkin", "l.parkin@" + PARTNER_DOM)
    PARTNER_HEAD = ("Ian Sowerby", "i.sowerby@" + PARTNER_DOM)
    SEND = ("SEND Casework Team", "send.casework@" + LA_DOM)
    ADM = ("School Admissions", "admissions@" + LA_DOM)
    PAY = ("EdPay Payroll Services", "schools.payroll@edpay-services.example")

    # ============================================================ POSITIVES
    # 1 payroll new TA: NI + bank, plain 7bit
    r = random.Random("pd1")
    a = adult(r, "Rebecca", "Stainton")
    t = """Hi Karen,

New starter for Ravensgill from 1 October please - contract and signed starter checklist are in the post to you.

Name: Rebecca Stainton
Post: Teaching Assistant, Grade 3, 27.5 hrs term time only
Date of birth: %s
NI number: %s
Address: %s
Bank: Cumberland Building Society  Sort code %s  Account %s
Start date: 01/10/2024
Pension: LGPS, opt in

She was on the Brackenthwaite payroll as a midday supervisor until July so you might have her already under the old number.

Thanks
Jean
""" % (a.dob, a.nino, a.address, a.sort, a.acct)
    emit("positive", 1, "payroll-new-starter", "7bit",
         "Bursar emails the external payroll bureau a new TA's DOB, NI number, home address and bank sort code/account in plain text",
         bursar[1], [PAY[1], head[1]], bursar[1],
         message(bursar, [("Karen - EdPay Payroll", PAY[1])], "New starter - Ravensgill - R Stainton",
                 dt(2024, 9, 24, 10, 15), text(t), cc=[head], extra=OUTLOOK))

    # 2 EHCP annual review summary to LA SEND, hard wrapped
    r = random.Random("pd2")
    p = pupil_of(r, 4, "M")
    t = """Dear Sian,

Ahead of the annual review meeting on 12 November, here is the school's summary for %s (DOB %s, UPN %s, Year 4).

%s has an EHCP for autism and a severe speech and language disorder. In the last year he has moved from 1:1 support all day to 1:1 for literacy and maths with small group support in the afternoons. He still finds the lunch hall very hard and eats in the Class 2 room with Mrs Bell. There were two incidents this year where he ran out of the building onto the field when the fire alarm was tested; his PEEP has been updated.

Speech and language therapy has been reduced to a termly visit since the therapist left in March and mum is very unhappy about this - she would like it written into section F that he gets weekly direct therapy. We support that.

Mum (%s, %s) has also asked that we record his sleep difficulties and the melatonin he is now prescribed by the paediatrician at the Cumberland Infirmary.

Reports from the EP and OT will follow from them directly.

Kind regards

Carol Tyson
SENCO, Ravensgill CE Primary School
""" % (p.name, p.dob, p.upn, p.first, p.parent, p.phone)
    emit("positive", 2, "ehcp-review", "wrapped",
         "SENCO sends the council SEND caseworker an EHCP annual review summary naming a pupil with DOB, UPN, diagnosis and medication",
         tyson[1], [SEND[1], head[1]], tyson[1],
         message(tyson, [("Sian Gaskell", SEND[1])], "Annual review - %s (Y4)" % p.name, dt(2024, 10, 31, 16, 20),
                 text(hardwrap(t, 72), quote_cs=False), cc=[head]))

    # 3 reception intake CSV to LA admissions
    ro = roster("pd3", 9, [0])
    rows = [["Surname", "Forename", "DOB", "Sex", "Address", "Postcode", "Parent/carer", "Contact", "Sibling at school"]]
    for p in ro:
        rows.append([p.last, p.first, p.dob, p.sex, "%s, %s" % (p.addr1, p.town), p.pc, p.parent, p.phone,
                     random.Random(p.name).choice(["Y", "N", "N"])])
    t = """Hello,

Attached is our list of accepted Reception places for September as requested, so you can match it against your offers. Two families (Bland and Hodgson) have told us they have moved so please check their new addresses.

Kind regards,
Jean Atkinson
Ravensgill CE Primary
"""
    root = multi("mixed", [text(t), attach("Ravensgill Reception Sept 2024 accepted.csv", "text/csv",
                                           csv_text(rows).encode())], "p3", 2)
    emit("positive", 3, "admissions-list", "att-csv",
         "Bursar sends council admissions a CSV of Reception children with DOBs, addresses, parents and phone numbers",
         bursar[1], [ADM[1], head[1]], bursar[1],
         message(bursar, [ADM], "Reception 2024 - accepted places list", dt(2024, 6, 6, 13, 40), root, cc=[head], extra=OUTLOOK))

    # 4 TA sends tracker to personal email, xlsx
    ro = roster("pd4", 12, [1, 2])
    rows = [["Name", "DOB", "Year", "UPN", "Phonics score", "Book band", "SEN", "Medical", "Notes"]]
    notes = ["dad in prison - don't mention", "CIN plan - SW visits Thurs", "bedwetting, spare clothes in bag",
             "", "", "parents separating", "young carer for mum", "", "", "LAC - foster carers Mr & Mrs Rigg", "", ""]
    for i, p in enumerate(ro):
        rows.append([p.name, p.dob, p.ygs, p.upn, random.Random(p.upn).randrange(18, 40),
                     random.Random(p.nhs).choice(["Red", "Yellow", "Blue", "Green", "Orange"]), p.sen or "-",
                     p.med, notes[i]])
    t = "Sending to my home email so I can do the reading records at the weekend. Sandra\n\nSent from my iPad"
    root = multi("mixed", [text(t, quote_cs=False), attach("KS1 reading tracker.xlsx", XLSX, xlsx(rows, "KS1"))], "p4", 3)
    emit("positive", 4, "home-email-tracker", "att-xlsx",
         "TA emails a KS1 tracker (names, DOBs, UPNs, SEN, medical and family notes) to her personal webmail",
         bell[1], ["sandra.bell64@example.com"], bell[1],
         message(bell, [("sandra.bell64@example.com", "sandra.bell64@example.com")], "reading tracker",
                 dt(2025, 2, 14, 15, 52), root, extra=IPAD))

    # 5 residential list to partner school, alt with HTML table
    ro = roster("pd5", 8, [5, 6])
    ro[2].med = "Type 1 diabetes - insulin pump, care plan"
    lines = ["%-22s %-11s %-14s %-40s %s" % (p.name, p.dob, p.nhs, p.med, p.phone) for p in ro]
    plain = """Hi Ian,

Here's our lot for Kingswood Fell next week. Medical needs and emergency contacts below - can you add them to your master list for the centre and the risk assessment?

Name                   DOB         NHS no.        Medical                                  Emergency contact
""" + "\n".join(lines) + """

%s has the insulin pump and Mrs Wilson is doing nights with that dorm. Two EpiPens each for the nut allergies go in the red bag.

Cheers
Gemma
""" % ro[2].first
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(p.name), p.dob, p.nhs, esc(p.med), p.phone) for p in ro)
    html = ('<div dir="ltr"><p>Hi Ian,</p><p>Here\'s our lot for Kingswood Fell next week. Medical needs and emergency contacts below - can you add them to your master list for the centre and the risk assessment?</p>'
            '<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><th>Name</th><th>DOB</th><th>NHS no.</th><th>Medical</th><th>Emergency contact</th></tr>%s</table>'
            '<p>%s has the insulin pump and Mrs Wilson is doing nights with that dorm. Two EpiPens each for the nut allergies go in the red bag.</p><p>Cheers<br>Gemma</p></div>\n' % (trs, ro[2].first))
    emit("positive", 5, "residential-medical", "alt",
         "Teacher sends the partner school a residential list with pupils' DOBs, NHS numbers, medical conditions and parent phones",
         nixon[1], [PARTNER_HEAD[1], head[1]], nixon[1],
         message(nixon, [PARTNER_HEAD], "Kingswood Fell - our medical list", dt(2025, 5, 30, 11, 5),
                 alt(plain, html, "p5", 1), cc=[head]))

    # 6 flu immunisation CSV to school nursing team
    ro = roster("pd6", 14, [0, 1, 2, 3, 4, 5, 6])
    rows = [["NHS Number", "Surname", "Forename", "DOB", "Gender", "Year", "Postcode", "GP practice", "Consent"]]
    for p in ro:
        rows.append([p.nhs.replace(" ", ""), p.last.upper(), p.first, p.dob, p.sex, p.ygs, p.pc,
                     random.Random(p.dob).choice(["Upper Eden MP", "Appleby MP"]),
                     random.Random(p.upn).choice(["Y", "Y", "Y", "N", "Not returned"])])
    t = """Hi,

Please find our list for the nasal flu session on 15 October. Consent forms with a 'Y' have come back signed; I'll bring the paper ones on the day.

Jean
"""
    root = multi("mixed", [text(t), attach("Ravensgill flu 2024.csv", "text/csv", csv_text(rows).encode(), cte="quoted-printable")], "p6", 2)
    emit("positive", 6, "immunisation-list", "att-csv",
         "Bursar sends the school immunisation team a CSV with pupils' NHS numbers, DOBs, postcodes and consent",
         bursar[1], ["imms.northcumbria@nhs-trust.example", head[1]], bursar[1],
         message(bursar, [("School Immunisation Team", "imms.northcumbria@nhs-trust.example")], "Flu list - Ravensgill CE",
                 dt(2024, 10, 3, 9, 48), root, cc=[head], extra=OUTLOOK))

    # 7 outdoor centre medical forms, docx
    ro = roster("pd7", 6, [5, 6])
    content = ["# Ravensgill CE Primary - Year 5/6 residential - health information", "Group leader: Miss G Nixon  Mobile on trip: 07700 900612"]
    table = [["Pupil", "DOB", "NHS number", "Condition / medication", "Dietary", "Parent & phone"]]
    for p in ro:
        table.append([p.name, p.dob, p.nhs, p.med, random.Random(p.name + "d").choice(["None", "Vegetarian", "No pork", "Gluten free"]),
                      "%s %s" % (p.parent, p.phone)])
    content.append(table)
    content.append("One pupil has ADHD (medication at breakfast, held by staff) and one is under CAMHS for anxiety - please pair with a familiar adult at night.")
    t = """Dear Mark,

As requested, the health information for our group arriving Monday. Please let me know if you need anything else from the parents.

Best wishes
Gemma Nixon
"""
    root = multi("mixed", [text(t), attach("Health info Y56 residential.docx", DOCX, docx(content))], "p7", 2)
    emit("positive", 7, "trip-medical-forms", "att-docx",
         "Teacher sends an outdoor centre a Word table of pupils' DOBs, NHS numbers, medication and parent phones",
         nixon[1], ["bookings@kingswoodfell-outdoor.example", head[1]], nixon[1],
         message(nixon, [("Mark Dargue", "bookings@kingswoodfell-outdoor.example")], "Health information - Ravensgill group 2 June",
                 dt(2025, 5, 28, 15, 40), root, cc=[head], extra=OUTLOOK))

    # 8 safeguarding referral to children's services, flowed
    r = random.Random("pd8")
    p = pupil(r, 3, set())
    t = """Dear Duty Social Worker,

Further to my phone call this afternoon I am writing to confirm the details of our concern, as you asked.

Child: %s, DOB %s, Year 3
Address: %s
Lives with: mum (%s) and mum's partner (Darren, surname not known)
UPN: %s

This morning %s arrived at school with a bruise on the left side of the face and a mark on the upper arm that looked like a grip mark. When Mrs Raine asked what happened %s said "Darren got cross because I spilled the milk" and then said "I'm not meant to say". %s has been coming in hungry since half term and has missed 11 sessions this term. Mum did not answer our calls.

Body map and my written record are attached to the MASH referral form which I have also submitted online. %s is in school until 3.15pm today and I have not let %s go home yet until I hear from you.

Helen Dobson
Headteacher and Designated Safeguarding Lead
017683 70412
""" % (p.name, p.dob, p.address, p.parent_first + " " + p.last, p.upn, p.first, p.first, p.first, p.first, "him" if p.sex == "M" else "her")
    emit("positive", 8, "safeguarding-referral", "flowed",
         "Head (DSL) confirms a safeguarding referral by ordinary email: named child, DOB, address, UPN and disclosure details",
         head[1], ["childrens.mash@" + LA_DOM], head[1],
         message(head, [("Childrens MASH", "childrens.mash@" + LA_DOM)], "Confirmation of referral - %s" % p.name,
                 dt(2025, 1, 15, 13, 55), text(flow(t), flowed=True), extra=TBIRD))

    # 9 parent card number to caterer, latin-1
    r = random.Random("pd9")
    card = make_card(r)
    t = """Hi Lorna,

Mrs Thompson rang in this morning to pay off the dinner money arrears for Freya and Jacob (£84.60) but our card machine is still broken. She's happy for you to take it over the phone from your end. Her details:

Card: %s
Name on card: CLAIRE L THOMPSON
Expiry: 08/27   Security no. %03d
Billing address: Hartley Hall Farm, Hartley, Kirkby Stephen CA17 4JH

Can you let me know once it's gone through so I can clear it on ParentPay.

Thanks ever so much
Jean
""" % (" ".join(card[i:i + 4] for i in range(0, 16, 4)), r.randrange(100, 1000))
    emit("positive", 9, "card-details", "latin1",
         "Bursar passes a parent's full card number, expiry and security code to the catering company by email (ISO-8859-1)",
         bursar[1], ["lorna.hewitt@fellsidecatering.example"], bursar[1],
         message(bursar, [("Lorna Hewitt", "lorna.hewitt@fellsidecatering.example")], "Dinner money payment - Thompson",
                 dt(2025, 3, 11, 10, 32), text(t, charset="iso-8859-1", cte="quoted-printable"), extra=OUTLOOK))

    # 10 Y6 transition zip to secondary
    ro = roster("pd10", 10, [6])
    rows = [["UPN", "Legal surname", "Forename", "DOB", "Gender", "FSM", "SEN status", "Primary need", "Attendance %", "KS2 reading", "KS2 maths", "Safeguarding file"]]
    for p in ro:
        rr = random.Random(p.upn)
        rows.append([p.upn, p.last, p.first, p.dob, p.sex, "Y" if p.fsm else "N",
                     "E" if "EHCP" in p.sen else ("K" if p.sen else "N"), p.sen.split(" - ")[-1] if p.sen else "",
                     "%.1f" % rr.uniform(86, 99.5), rr.choice(["EXS", "GDS", "WTS"]), rr.choice(["EXS", "GDS", "WTS"]),
                     rr.choice(["N", "N", "N", "Y - to follow by hand"])])
    notes = """Transition notes - Ravensgill Y6 2025
Please read alongside the spreadsheet.
- Two pupils are known to social care (CIN). DSL to DSL handover requested.
- One pupil is on a reduced timetable for anxiety since Feb; mum will contact you.
- Allergy and medical details are on the medical sheet in the pack.
"""
    z = _zip([("Y6 2025 data.csv", csv_text(rows)), ("Transition notes.txt", notes.replace("\n", "\r\n"))], (2025, 6, 20, 14, 2, 0))
    t = """Hi Anne,

Y6 data for our ten coming to you in September, zipped up as the secure upload wasn't working. Any problems give me a ring.

Helen
"""
    root = multi("mixed", [text(t), attach("Ravensgill Y6 transfer.zip", "application/x-zip-compressed", z)], "p10", 2)
    emit("positive", 10, "transition-data", "zip",
         "Head sends the secondary school an unencrypted zip with Y6 UPNs, DOBs, FSM, SEN, attendance and safeguarding flags",
         head[1], ["a.hindson@upperedenschool.example"], head[1],
         message(head, [("Anne Hindson", "a.hindson@upperedenschool.example")], "Y6 transfer data - Ravensgill",
                 dt(2025, 6, 20, 14, 10), root, extra=OUTLOOK))

    # 11 inline forward of parent email to SALT
    r = random.Random("pd11")
    p = pupil(r, 1, set())
    t = """Hi Becky, forwarding this from mum as discussed - she's happy for you to have it. Can you fit %s in when you come on the 4th?

Tom

---------- Forwarded message ---------
From: %s %s <%s.%s@example.com>
Date: Mon, 24 Feb 2025 at 20:11
Subject: %s
To: Tom Harker <t.harker@school.example>

Hi Mr Harker,

Just to let you know we got the letter from the hospital. %s has been diagnosed with verbal dyspraxia and they've also picked up a hearing loss in the right ear (glue ear) and he's on the list for grommets at the Cumberland Infirmary. His NHS number is %s if the speech therapist needs it. DOB %s.

He gets really upset when other children can't understand him, he came home crying on Thursday. Could he have some extra help at school?

Thanks,
%s
""" % (p.first, p.parent_first, p.last, p.parent_first.lower(), p.last.lower(), p.first + " - hospital letter",
       p.first, p.nhs, p.dob, p.parent_first)
    t = t if p.sex == "M" else t.replace(" he's ", " she's ").replace("He gets", "She gets").replace("Could he", "Could she")
    emit("positive", 11, "forwarded-diagnosis", "fwd-inline",
         "Teacher forwards a parent's email with a child's diagnosis, NHS number and DOB to an outside speech therapist",
         harker[1], ["rebecca.gate@nhs-trust.example", head[1]], harker[1],
         message(harker, [("Becky Gate", "rebecca.gate@nhs-trust.example")], "Fwd: %s - hospital letter" % p.first,
                 dt(2025, 2, 25, 8, 10), text(t), cc=[head]))

    # 12 SEN review forwarded as rfc822 to Ed Psych
    r = random.Random("pd12")
    p = pupil(r, 5, set())
    inner_t = """Helen,

Notes from today's SEN review for %s (Y5, DOB %s, UPN %s).

- Reading age 7y2m (chron. age %s). Spelling very weak, letters reversed.
- Behaviour: 3 incidents of hitting out at lunchtime this half term, all after being teased about reading.
- Home: dad's farm was hit by TB testing and herd sold in January, family under a lot of financial pressure; mum says %s isn't sleeping.
- Mum agrees to EP assessment and to a CAMHS referral via the GP.

Carol
""" % (p.name, p.dob, p.upn, "10y" if p.yg == 5 else "11y", p.first)
    inner = message(tyson, [head], "SEN review - %s" % p.name, dt(2025, 3, 4, 16, 48), text(inner_t))
    t = """Dear Dr Pearson,

As agreed on the phone, I've attached Carol's notes from the review so you have the background before you see %s on the 18th. Parental consent form is signed and in school.

Kind regards
Helen Dobson
""" % p.first
    root = multi("mixed", [text(t), rfc822(inner, "SEN review - %s.eml" % p.name)], "p12", 2)
    emit("positive", 12, "sen-review-forward", "fwd-rfc822",
         "Head forwards (as attached message) internal SEN review notes with DOB, UPN and family circumstances to an outside educational psychologist",
         head[1], ["j.pearson@edpsych-north.example"], head[1],
         message(head, [("Dr Jo Pearson", "j.pearson@edpsych-north.example")], "FW: SEN review - %s" % p.name,
                 dt(2025, 3, 5, 9, 20), root, extra=OUTLOOK))

    # 13 new starter to LA HR, base64
    r = random.Random("pd13")
    a = adult(r, "Owen", "Teasdale")
    t = """Hello HR team,

Please set up the following new starter (teacher, Class 2, 0.6 FTE, from 6 January 2025):

Full name: Owen James Teasdale
DOB: %s
NI No: %s
Home address: %s
Mobile: %s
Bank: Barclays, sort code %s, account no. %s
Teacher ref no: 19/65432
DBS: enhanced, certificate 001234567890, issued 02/12/2024
Emergency contact: Hannah Teasdale (wife) %s

Medical questionnaire declares type 2 diabetes, controlled with tablets - OH clearance attached separately.

Kind regards
Jean Atkinson
""" % (a.dob, a.nino_sp, a.address, a.phone, a.sort, a.acct, "07700 900%03d" % r.randrange(1000))
    emit("positive", 13, "hr-new-starter", "base64",
         "Bursar sends council HR a new teacher's DOB, NI number, address, bank details, DBS and health declaration (base64 body)",
         bursar[1], ["hr.schools@" + LA_DOM, head[1]], bursar[1],
         message(bursar, [("HR Schools Team", "hr.schools@" + LA_DOM)], "New starter O Teasdale - Ravensgill CE",
                 dt(2024, 12, 10, 11, 2), text(t, cte="base64"), cc=[head], extra=OUTLOOK))

    # 14 supply staff vetting details to agency, qp
    r = random.Random("pd14")
    a = adult(r, "Kathryn", "Ewbank")
    t = """Hi Lee,

Kathryn Ewbank has asked us to pass on her details for your registration as she is on the lambing this week and can't get to a computer! She has said this is fine.

Name: Kathryn Mary Ewbank
Date of birth: %s
National Insurance: %s
Address: %s
DBS: enhanced with barred list, cert no 001987654321, on update service
Previous employer: Ravensgill CE Primary (TA, 2016-2023)

Reference: she was reliable and excellent with our SEN pupils. She did have a long absence in 2022 for treatment for breast cancer, now fully recovered.

Helen Dobson
""" % (a.dob, a.nino, a.address)
    emit("positive", 14, "supply-agency-details", "qp",
         "Head emails a supply agency a former TA's DOB, NI number, address, DBS number and health history",
         head[1], ["lee@fellsideeducationrecruitment.example"], head[1],
         message(head, [("Lee Harrison", "lee@fellsideeducationrecruitment.example")], "Kathryn Ewbank - registration details",
                 dt(2025, 4, 8, 12, 12), text(t, cte="quoted-printable")))

    # 15 FSM eligibility check txt
    r = random.Random("pd15")
    lines = ["FSM eligibility check - Ravensgill CE Primary (URN 112345)", "Parent surname|Parent forename|Parent DOB|Parent NI number|Child|Child DOB", ""]
    ro = roster("pd15k", 7, [0, 1, 2, 3, 4, 5, 6])
    for p in ro:
        lines.append("%s|%s|%s|%s|%s|%s" % (p.last, p.parent_first, datetime.date(r.randrange(1980, 1996), r.randrange(1, 13), r.randrange(1, 29)).strftime("%d/%m/%Y"),
                                            make_nino(r), p.first, p.dob))
    lines.append("")
    lines.append("Total: %d" % len(ro))
    t = """Hi, please run these through the eligibility checker for us - they're the families who filled in the universal credit form at parents' evening. Thanks, Jean
"""
    root = multi("mixed", [text(t), attach("FSM check Ravensgill.txt", "text/plain", "\r\n".join(lines).encode(), cte="7bit")], "p15", 2)
    emit("positive", 15, "fsm-eligibility", "att-txt",
         "Bursar sends the council FSM team a text file of parents' DOBs and National Insurance numbers with children's DOBs",
         bursar[1], ["fsm@" + LA_DOM], bursar[1],
         message(bursar, [("Free School Meals", "fsm@" + LA_DOM)], "FSM checks please", dt(2024, 11, 21, 14, 35), root, extra=OUTLOOK))

    # 16 head to governor personal email, mobile
    r = random.Random("pd16")
    p1, p2 = pupil(r, 6, set()), pupil(r, 5, set())
    t = """Andrew - for tonight, the two suspensions this term: %s (Y6) 2 days for assaulting a TA, mum known to police for DV, SW involved. %s (Y5) 1 day, racist comment, dad not engaging. Don't forward. H

Sent from my iPad""" % (p1.name, p2.name)
    emit("positive", 16, "governor-briefing", "mobile",
         "Head's tablet note to a governor's personal address naming suspended pupils with behaviour and family details",
         head[1], ["andrew.lowis64@example.net"], head[1],
         message(head, [("Andrew", "andrew.lowis64@example.net")], "for tonight", dt(2025, 3, 20, 17, 2),
                 text(t, flowed=True, quote_cs=False), extra=IPAD))

    # 17 apprentice ULN etc to training provider, alt
    r = random.Random("pd17")
    a = adult(r, "Chloe", "Mounsey")
    uln = make_uln(r)
    plain = """Hi Priya,

Details for Chloe's enrolment on the Level 3 Teaching Assistant apprenticeship:

Learner: Chloe Anne Mounsey
ULN: %s
DOB: %s
NI number: %s
Home address: %s
Prior attainment: GCSE English 5, Maths 4
Learning difficulty: dyslexia (assessed 2019) - she would like extra time in assessments

Employer contact is me. Our levy transfer paperwork is with Westmorland and Furness.

Thanks
Jean
""" % (uln, a.dob, a.nino, a.address)
    html = html_from_text(plain, "outlook")
    emit("positive", 17, "apprentice-enrolment", "alt",
         "Bursar sends a training provider an apprentice TA's ULN, DOB, NI number, address and disability",
         bursar[1], ["priya.khan@northskills-training.example", head[1]], bursar[1],
         message(bursar, [("Priya Khan", "priya.khan@northskills-training.example")], "Apprentice enrolment - Chloe Mounsey",
                 dt(2025, 1, 28, 10, 44), alt(plain, html, "p17", 2), cc=[head], extra=OUTLOOK))

    # 18 music service list with FSM/PP, windows-1252 QP
    ro = roster("pd18", 7, [3, 4, 5, 6])
    lines = "\n".join("%s, %s, %s, DOB %s, %s, %s" % (p.last, p.first, p.ygs, p.dob, "Pupil Premium/FSM" if p.fsm else "full fee", p.address) for p in ro)
    t = """Dear Music Service,

Here are the names for violin and brass lessons from January. We\u2019ve marked the Pupil Premium children so they\u2019re not invoiced \u2013 the school pays for those. Invoices for the others go to the home address.

%s

Many thanks,
Jean Atkinson \u2013 School Business Manager
""" % lines
    emit("positive", 18, "music-service-list", "cp1252",
         "Bursar sends the music service pupils' DOBs, home addresses and Pupil Premium/FSM status (windows-1252)",
         bursar[1], ["lessons@cumbriamusichub.example"], bursar[1],
         message(bursar, [("Music Service", "lessons@cumbriamusichub.example")], "Instrumental lessons Jan \u2013 Ravensgill",
                 dt(2024, 12, 17, 9, 5), text(t, charset="windows-1252", cte="quoted-printable"), extra=OUTLOOK))

    # 19 swimming lessons medical, qp
    ro = roster("pd19", 8, [3, 4])
    lines = "\n".join("- %s (%s, DOB %s): %s%s" % (p.name, p.ygs, p.dob, p.med, "; %s" % p.sen if p.sen else "") for p in ro)
    t = """Hi Dawn,

Class 2 start swimming at the pool on Monday. Here's who is coming and anything your instructors need to know:

%s

Also %s's mum has asked that she changes in a cubicle - she has scarring from burns last year. Please don't mention it in front of the others.

Pauline Wilson (TA, Class 2)
""" % (lines, [p for p in ro if p.sex == "F"][0].first)
    emit("positive", 19, "swimming-medical", "qp",
         "TA tells the leisure centre pupils' names, DOBs, medical conditions and SEN, plus a child's injury history",
         wilson[1], ["dawn.fawcett@edenleisure.example", head[1]], wilson[1],
         message(wilson, [("Dawn Fawcett", "dawn.fawcett@edenleisure.example")], "Class 2 swimming - medical info",
                 dt(2025, 4, 24, 14, 30), text(t, cte="quoted-printable"), cc=[head]))

    # 20 staff bank details to partner finance, HTML only
    r = random.Random("pd20")
    staff_rows = [adult(r, f, l) for f, l in [("Sandra", "Bell"), ("Pauline", "Wilson"), ("Margaret", "Raine"), ("Dennis", "Hully")]]
    trs = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (s.name, s.nino, s.sort, s.acct, s.dob) for s in staff_rows)
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Margaret,</p>
<p>As the federation is moving support staff onto the single payroll from April, here are our four so you can set them up on your side. I've checked the bank details against their P60s.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Name</th><th>NI number</th><th>Sort code</th><th>Account</th><th>DOB</th></tr>
%s
</table>
<p>Dennis is on a reduced tax code because of his army pension, I'll send that letter over.</p>
<p>Jean</p>
</body></html>
""" % trs
    emit("positive", 20, "staff-bank-details", "html",
         "Bursar sends the partner school's finance officer an HTML table of staff NI numbers, bank details and DOBs",
         bursar[1], ["m.blenkharn@" + PARTNER_DOM, head[1]], bursar[1],
         message(bursar, [("Margaret Blenkharn", "m.blenkharn@" + PARTNER_DOM)], "Support staff for federation payroll",
                 dt(2025, 2, 25, 15, 10), text(html, "html", cte="quoted-printable"), cc=[head], extra=OUTLOOK))

    # 21 reply to police Operation Encompass with details
    r = random.Random("pd21")
    p1 = pupil(r, 2, set()); p2 = pupil(r, 5, set())
    p2.last = p1.last
    t = """Hi PC Nicholson,

Thanks for the notification. Yes both are ours:

%s %s, DOB %s, Year 2
%s %s, DOB %s, Year 5
Both at %s.

Neither child said anything this morning. %s was very quiet and has been with Mrs Raine in the nurture room. We've had previous concerns about dad's drinking (referral made in October, case closed in December). Mum has told us she is staying at her sister's in Penrith this week so the children may be late.

Helen Dobson, DSL

On 10/02/2025 07:45, Operation Encompass - Cumbria wrote:
> Operation Encompass notification
> Police attended a domestic incident at an address linked to your school at 22:40 on 09/02/2025.
> Please confirm whether the children listed attend your school. Children: surname %s, two children aged 6 and 10.
""" % (p1.first, p1.last, p1.dob, p2.first, p2.last, p2.dob, p1.address, p1.first, p1.last.upper())
    emit("positive", 21, "operation-encompass-reply", "reply",
         "Head replies to a police notification by ordinary email giving children's names, DOBs, address and family safeguarding history",
         head[1], ["encompass@cumbria-police.example"], head[1],
         message(head, [("Operation Encompass - Cumbria", "encompass@cumbria-police.example")], "Re: Operation Encompass notification",
                 dt(2025, 2, 10, 9, 15), text(t), in_reply_to=msgid("oe-0210", "cumbria-police.example")))

    # 22 alternative provision farm school referral, docx
    r = random.Random("pd22")
    p = pupil(r, 5, set())
    content = ["# Referral to Fellside Farm School - alternative provision",
               [["Pupil", p.name], ["DOB", p.dob], ["UPN", p.upn], ["Address", p.address],
                ["Parent/carer", "%s %s, %s" % (p.parent_first, p.last, p.phone)],
                ["SEN", "SEN support - SEMH; on waiting list for ADHD assessment"],
                ["Medical", "Asthma; takes melatonin"], ["Social care", "Child in Need plan since Sept 2024, SW Kate Fell"],
                ["Exclusions", "3 suspensions this year (5 days total)"]],
               "Reason for referral: struggles in class for more than an hour at a time, calmest outdoors with animals. Dad works on a farm. We would like 2 days a week for 12 weeks.",
               "Signed: H Dobson (Headteacher)"]
    t = """Hi Jill,

Referral form attached as promised. Mum has agreed and signed the paper copy.

Helen
"""
    root = multi("mixed", [text(t), attach("Referral Fellside Farm School.docx", DOCX, docx(content))], "p22", 2)
    emit("positive", 22, "ap-referral", "att-docx",
         "Head sends an alternative-provision farm school a referral form with DOB, UPN, address, SEMH, medical and social care details",
         head[1], ["jill@fellsidefarmschool.example"], head[1],
         message(head, [("Jill Brunskill", "jill@fellsidefarmschool.example")], "Referral", dt(2025, 1, 22, 16, 30), root, extra=OUTLOOK))

    # 23 reply to SEND officer with NHS number and diagnosis
    r = random.Random("pd23")
    p = pupil(r, 0, set())
    t = """Hi Sian,

Answers below in capitals.

Carol

-----Original Message-----
From: Sian Gaskell <send.casework@westmorlandandfurness.gov.example>
Sent: 12 March 2025 11:02
To: Carol Tyson <c.tyson@school.example>
Subject: EHC needs assessment request - further info

> Could you confirm the child's full name, DOB and NHS number so health can find the records?
%s, %s, NHS %s

> Which health professionals are involved?
COMMUNITY PAEDIATRICIAN (DR ALI) - DIAGNOSED CEREBRAL PALSY (RIGHT HEMIPLEGIA) AGED 2. PHYSIO AT PENRITH HOSPITAL FORTNIGHTLY. OT. ALSO EPILEPSY - ON KEPPRA.

> Are there any social care concerns?
NO SOCIAL CARE. PARENTS VERY SUPPORTIVE. DAD HAS MS HIMSELF WHICH IS WHY MUM DOES ALL THE APPOINTMENTS.
""" % (p.name.upper(), p.dob, p.nhs)
    emit("positive", 23, "send-info-reply", "reply",
         "SENCO replies inline to the council SEND officer with a Reception child's name, DOB, NHS number, diagnoses and parent's health",
         tyson[1], [SEND[1], head[1]], tyson[1],
         message(tyson, [("Sian Gaskell", SEND[1])], "RE: EHC needs assessment request - further info",
                 dt(2025, 3, 12, 15, 48), text(t), cc=[head], in_reply_to=msgid("sg-0312", LA_DOM), extra=OUTLOOK))

    # 24 cover supervisor pay change, windows-1252 8bit
    r = random.Random("pd24")
    a = adult(r, "Lisa", "Steadman")
    t = """Karen \u2013

Lisa Steadman (cover supervisor) has changed bank, new details from this month\u2019s pay please:

Name: Lisa Jane Steadman
NI: %s
DOB: %s
New sort code: %s
New account: %s
Account name: L J Steadman

She\u2019s also asked for her address to be updated to %s \u2013 she\u2019s left her husband so please DON\u2019T send anything to the old address.

Jean
""" % (a.nino, a.dob, a.sort, a.acct, a.address)
    emit("positive", 24, "bank-change", "cp1252",
         "Bursar sends payroll a cover supervisor's new bank details, NI number, DOB and new address with personal circumstances (windows-1252 8bit)",
         bursar[1], [PAY[1]], bursar[1],
         message(bursar, [("Karen - EdPay Payroll", PAY[1])], "Bank change \u2013 L Steadman",
                 dt(2025, 1, 14, 9, 2), text(t, charset="windows-1252", cte="8bit"), extra=OUTLOOK))

    # 25 bus operator list, latin-1
    ro = roster("pd25", 9, [0, 1, 2, 3, 4, 5, 6])
    lines = "\n".join("%-18s %-3s  %s   %s   %s" % (p.name, p.ygs, p.dob, p.address, p.phone) for p in ro)
    t = """Steve,

Updated list for the Hartley/Soulby run from after half term. Pick up points are at the farm ends unless it says otherwise. Parents' mobiles in case the bus is late. Fares for the two who aren't entitled are £1.20 a day, I'll invoice the families.

%s

Please make sure the new driver knows that %s must sit at the front (autistic and gets travel sick) and that %s's dad is NOT allowed to collect her - court order, mum's the only one.

Ta
Jean
""" % (lines, ro[1].first, [p for p in ro if p.sex == "F"][0].first)
    emit("positive", 25, "transport-list", "latin1",
         "Bursar sends the bus operator pupils' DOBs, home addresses, parent phones, a diagnosis and a court-order note (ISO-8859-1)",
         bursar[1], ["steve@edentravel.example"], bursar[1],
         message(bursar, [("Steve Dent", "steve@edentravel.example")], "School bus list after half term",
                 dt(2025, 2, 13, 12, 20), text(t, charset="iso-8859-1", cte="8bit", quote_cs=False)))

    # 26 MIS migration zip with two csvs
    ro = roster("pd26", 12, [0, 1, 2, 3, 4, 5, 6])
    pupils_csv = [["UPN", "Surname", "Forename", "DOB", "Sex", "NHS", "Address", "Postcode", "SEN", "FSM"]]
    contacts_csv = [["UPN", "Contact", "Relationship", "Mobile", "Parental responsibility", "Notes"]]
    for p in ro:
        pupils_csv.append([p.upn, p.last, p.first, p.dob, p.sex, p.nhs.replace(" ", ""), "%s, %s" % (p.addr1, p.town), p.pc,
                           p.sen or "N", "Y" if p.fsm else "N"])
        contacts_csv.append([p.upn, "%s %s" % (p.parent_first, p.last), random.Random(p.name).choice(["Mother", "Father", "Grandmother"]),
                             p.phone, "Y", random.Random(p.upn + "n").choice(["", "", "", "No contact with father - see file"])])
    z = _zip([("pupils.csv", csv_text(pupils_csv)), ("contacts.csv", csv_text(contacts_csv))], (2025, 7, 15, 10, 0, 0))
    t = """Hi Gary,

As per ticket 44817, exports for the migration attached. Only 12 in this first file as a test - full roll to follow once you confirm the columns map OK.

Jean Atkinson
Ravensgill CE Primary
"""
    root = multi("mixed", [text(t), attach("ravensgill_export.zip", "application/zip", z)], "p26", 2)
    emit("positive", 26, "mis-export", "zip",
         "Bursar sends an MIS supplier an unencrypted zip of pupil and contact exports (UPN, DOB, NHS number, address, SEN, FSM)",
         bursar[1], ["support@arbor-mis.example"], bursar[1],
         message(bursar, [("Gary - MIS Support", "support@arbor-mis.example")], "Ticket 44817 - data export",
                 dt(2025, 7, 15, 10, 12), root, extra=OUTLOOK))

    # 27 in-year admission HTML only
    r = random.Random("pd27")
    p = pupil(r, 3, set())
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Admissions,</p>
<p>We have a family who have just moved into the village and would like a place in Year 3. We have space. Details as given to us:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Child</b></td><td>%s</td></tr>
<tr><td><b>Date of birth</b></td><td>%s</td></tr>
<tr><td><b>UPN (from previous school)</b></td><td>%s</td></tr>
<tr><td><b>New address</b></td><td>%s</td></tr>
<tr><td><b>Previous school</b></td><td>St Bega's CE Primary, Eskdale</td></tr>
<tr><td><b>Parent</b></td><td>%s %s &ndash; %s</td></tr>
<tr><td><b>Reason for move</b></td><td>Fleeing domestic abuse. Refuge placement via Women's Aid; father must not be told of the new school.</td></tr>
</table>
<p>Please can this be processed quickly - mum would like a start date of Monday.</p>
<p>Helen Dobson<br>Headteacher</p>
</body></html>
""" % (p.name, p.dob, p.upn, p.address, p.parent_first, p.last, p.phone)
    emit("positive", 27, "in-year-admission", "html",
         "Head emails council admissions an HTML table for an in-year admission with DOB, UPN, new address and domestic-abuse circumstances",
         head[1], [ADM[1]], head[1],
         message(head, [ADM], "In-year admission - Year 3 - urgent", dt(2025, 4, 30, 11, 40), text(html, "html")))

    # 28 SATs access arrangements xlsx to partner SENCO
    ro = roster("pd28", 6, [6])
    rows = [["Name", "DOB", "UPN", "Need", "Arrangement", "Evidence"]]
    for p in ro:
        rr = random.Random(p.upn + "s")
        rows.append([p.name, p.dob, p.upn, p.sen or rr.choice(["Slow processing", "Anxiety (CAMHS)", "Visual impairment"]),
                     rr.choice(["25% extra time", "Reader", "Scribe", "Rest breaks", "Separate room"]),
                     rr.choice(["EP report 2023", "SENCO observation", "Hospital letter"])])
    t = """Lynn - our Y6 access arrangements so you can put them in with yours for the federation application. Shout if you need the evidence scanned.

Carol
"""
    root = multi("mixed", [text(t), attach("Y6 access arrangements 2025.xlsx", XLSX, xlsx(rows, "Ravensgill"))], "p28", 2)
    emit("positive", 28, "access-arrangements", "att-xlsx",
         "SENCO sends the federation partner's SENCO a spreadsheet of Y6 pupils' DOBs, UPNs and medical/SEN needs",
         tyson[1], [PARTNER_SENCO[1]], tyson[1],
         message(tyson, [PARTNER_SENCO], "Y6 access arrangements", dt(2025, 2, 26, 16, 5), root, extra=OUTLOOK))

    # 29 medical care plan forwarded as attachment to instructor's personal email
    r = random.Random("pd29")
    p = pupil_of(r, 6, "M")
    inner_t = """Individual Healthcare Plan - %s

DOB: %s   NHS number: %s
Condition: Type 1 diabetes (diagnosed 2021). Insulin pump (Omnipod) and Dexcom sensor.
Hypo signs: pale, shaky, irritable. Treat with 3 jelly babies / Lift glucose, recheck in 15 mins.
Hyper: over 14 mmol - check ketones, ring mum.
Parent: %s %s %s
Diabetes nurse: Cumberland Infirmary paediatric diabetes team
""" % (p.name, p.dob, p.nhs, p.parent_first, p.last, p.phone)
    inner = message(office, [nixon], "Healthcare plan - %s" % p.name, dt(2025, 5, 19, 10, 0), text(inner_t))
    t = """Hi Rob, this is the care plan for the lad with diabetes for the ghyll scrambling day. Sending to your gmail as I haven't got your work one.

Gemma
"""
    root = multi("mixed", [text(t), rfc822(inner, "Healthcare plan.eml")], "p29", 1)
    emit("positive", 29, "care-plan-forward", "fwd-rfc822",
         "Teacher forwards a pupil's healthcare plan (DOB, NHS number, diabetes management, parent phone) to an instructor's personal address",
         nixon[1], ["rob.kipling.outdoors@example.com"], nixon[1],
         message(nixon, [("Rob Kipling", "rob.kipling.outdoors@example.com")], "Fwd: Healthcare plan - %s" % p.name,
                 dt(2025, 6, 9, 19, 30), root))

    # 30 supply teacher personal email, mobile flowed
    ro = roster("pd30", 5, [3, 4])
    lines = "\n".join("%s - %s" % (p.name, x) for p, x in zip(ro, [
        "EHCP autism, needs visual timetable, will run if fire alarm",
        "epilepsy, midazolam in office, seizure Tues",
        "dad just died, be gentle",
        "CP plan, tell me straight away if anything is disclosed",
        "nut allergy epipen in the red bag"]))
    t = """Hi Jo thanks for covering tomorrow!! Quick who's who so you don't get caught out:

%s

Planning is on the desk. Any probs ring Jean. Carol x

Sent from my iPhone""" % lines
    emit("positive", 30, "supply-briefing", "mobile",
         "Teacher texts-style emails a supply teacher's personal address a list of named pupils with SEN, medical and child-protection notes",
         tyson[1], ["jo.allonby@example.org"], tyson[1],
         message(tyson, [("Jo Allonby", "jo.allonby@example.org")], "Class 2 tomorrow", dt(2025, 3, 3, 21, 15),
                 text(flow(t), flowed=True, quote_cs=False), extra=IPHONE))

    # ============================================================ NEGATIVES
    # N1 internal EHCP summary, 7bit
    r = random.Random("pn1")
    p = pupil(r, 4, set())
    t = """Helen,

For Thursday's review - %s, DOB %s, UPN %s. EHCP for autism and SLCN. Reduced 1:1 since Easter. Mum wants weekly SALT in section F. Melatonin prescribed for sleep. Draft is in the SEN folder on the shared drive.

Carol
""" % (p.name, p.dob, p.upn)
    emit("negative", 1, "internal-ehcp-summary", "7bit",
         "SENCO sends the head an EHCP review summary with DOB and UPN - internal only",
         tyson[1], [head[1]], tyson[1],
         message(tyson, [head], "Review Thurs - %s" % p.first, dt(2024, 11, 11, 8, 20), text(t)))

    # N2 internal payroll xlsx
    r = random.Random("pn2")
    staff_rows = [adult(r, f, l) for f, l in [("Sandra", "Bell"), ("Pauline", "Wilson"), ("Margaret", "Raine"), ("Dennis", "Hully"), ("Tom", "Harker")]]
    rows = [["Name", "NI number", "DOB", "Sort code", "Account", "Grade"]] + \
           [[s.name, s.nino, s.dob, s.sort, s.acct, g] for s, g in zip(staff_rows, ["TA3", "TA3", "TA2/MDS", "Premises", "MPS3"])]
    t = "Helen - staff payroll check for the audit, for your eyes only. Please don't print it. Jean\n"
    root = multi("mixed", [text(t), attach("Payroll check Feb.xlsx", XLSX, xlsx(rows, "Feb"))], "pn2", 2)
    emit("negative", 2, "internal-payroll-check", "att-xlsx",
         "Bursar sends the head a staff payroll check spreadsheet (NI numbers, bank details) - internal only",
         bursar[1], [head[1]], bursar[1],
         message(bursar, [head], "Payroll check - audit", dt(2025, 2, 20, 13, 5), root, extra=OUTLOOK))

    # N3 internal medical list HTML
    ro = roster("pn3", 7, [0, 1, 2])
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(p.name), p.dob, p.nhs, esc(p.med)) for p in ro)
    html = ("<html><body><p>Tom, updated medical list for Class 1 for the inside of the cupboard door. I've put NHS numbers on as the ambulance service asked for them last time.</p>"
            "<table border=\"1\"><tr><th>Name</th><th>DOB</th><th>NHS</th><th>Condition</th></tr>%s</table><p>Office</p></body></html>\n" % trs)
    emit("negative", 3, "internal-medical-list", "html",
         "Office sends the Class 1 teacher a medical list with NHS numbers - internal only",
         office[1], [harker[1], wilson[1]], bursar[1],
         message(office, [harker, wilson], "Class 1 medical list - updated", dt(2024, 9, 5, 11, 30), text(html, "html", cte="quoted-printable")))

    # N4 internal class list CSV
    ro = roster("pn4", 15, [5, 6])
    rows = [["UPN", "Surname", "Forename", "DOB", "Year", "SEN", "PP"]] + \
           [[p.upn, p.last, p.first, p.dob, p.ygs, p.sen or "", "Y" if p.fsm else ""] for p in ro]
    t = "Class 3 list from Arbor for your markbook. Gemma, note the two new starters at the bottom. H\n"
    root = multi("mixed", [text(t), attach("Class 3 2024-25.csv", "text/csv", csv_text(rows).encode())], "pn4", 0)
    emit("negative", 4, "internal-class-list", "att-csv",
         "Head sends teachers the Class 3 list with UPNs, DOBs, SEN and PP flags - internal only",
         head[1], [nixon[1], bell[1]], head[1],
         message(head, [nixon, bell], "Class 3 list", dt(2024, 9, 2, 15, 0), root, extra=TBIRD))

    # N5 internal safeguarding log, wrapped
    r = random.Random("pn5")
    p = pupil(r, 3, set())
    t = """Carol,

Logging this for you as deputy DSL while I'm on the course tomorrow.

%s (Y3, DOB %s, %s) came in with a bruise on the cheek today. Said mum's partner was cross. I've rung the MASH (ref 25/0117) and they are sending a social worker this afternoon. Please make sure %s isn't released to anyone but mum or a social worker. Full notes on CPOMS.

Helen
""" % (p.name, p.dob, p.address, p.first)
    emit("negative", 5, "internal-safeguarding-log", "wrapped",
         "Head logs a safeguarding concern with DOB and address for the deputy DSL - internal only",
         head[1], [tyson[1]], head[1],
         message(head, [tyson], "Safeguarding - please read", dt(2025, 1, 15, 14, 20), text(hardwrap(t, 72))))

    # N6 pupil's own details to teacher, internal mobile-ish
    t = "miss nixon this is my all about me for the transition booklet. my birthday is 14/07/2014 and i live at Intake Farm Winton CA17 4HT. i have asthma and my inhaler is the blue one. from harry\n"
    emit("negative", 6, "pupil-all-about-me", "mobile",
         "Pupil emails his teacher his own birthday, address and asthma for a booklet - internal only",
         "harry.t@students.school.example", [nixon[1]], "harry.t@students.school.example",
         message(("Harry Teasdale", "harry.t@students.school.example"), [nixon], "all about me", dt(2025, 6, 11, 18, 2), text(t)))

    # N7 internal forward of parent's email as attachment
    r = random.Random("pn7")
    p = pupil_of(r, 1, "F")
    inner = message(("%s %s" % (p.parent_first, p.last), "%s.%s@example.com" % (p.parent_first.lower(), p.last.lower())),
                    [office], "%s - appointment" % p.first, dt(2025, 3, 2, 19, 12),
                    text("Hi, %s has a hospital appointment on Tuesday for her grommets (glue ear). NHS number %s if you need it for the absence form. DOB %s. Thanks %s\n"
                         % (p.first, p.nhs, p.dob, p.parent_first)), host="example.com")
    t = "Tom - FYI for the register, from mum. Jean\n"
    root = multi("mixed", [text(t), rfc822(inner, "appointment.eml")], "pn7", 2)
    emit("negative", 7, "internal-forward-parent", "fwd-rfc822",
         "Office forwards a parent's email (child's NHS number and hospital appointment) to the class teacher - internal only",
         bursar[1], [harker[1]], bursar[1],
         message(bursar, [harker], "FW: %s - appointment" % p.first, dt(2025, 3, 3, 8, 40), root, extra=OUTLOOK))

    # N8 inbound EHCP draft docx from LA
    r = random.Random("pn8")
    p = pupil(r, 2, set())
    content = ["# Draft Education, Health and Care Plan", [["Name", p.name], ["DOB", p.dob], ["UPN", p.upn], ["NHS", p.nhs], ["Address", p.address]],
               "Section B: Special educational needs - social communication difficulties, sensory processing.",
               "Section F: Provision - weekly SALT, 1:1 support for 20 hours."]
    t = """Dear Mrs Tyson,

Please find attached the draft EHC plan for %s. Comments by 21 March please.

Sian Gaskell
SEND Casework Officer
""" % p.name
    root = multi("mixed", [text(t), attach("Draft EHCP %s.docx" % p.last, DOCX, docx(content))], "pn8", 2)
    emit("negative", 8, "inbound-ehcp-draft", "att-docx",
         "Council SEND team sends the school a draft EHCP with pupil DOB, UPN, NHS number - inbound",
         SEND[1], [tyson[1]], None,
         message(("Sian Gaskell", SEND[1]), [tyson], "Draft EHCP - %s" % p.name, dt(2025, 3, 7, 10, 30), root, extra=OUTLOOK))

    # N9 inbound parent medical info qp
    r = random.Random("pn9")
    p = pupil_of(r, 4, "F")
    t = """Hi Mrs Dobson,

Just to let you know %s has been diagnosed with epilepsy after the episode at the Christmas fair. The consultant has given us a care plan and a rescue medicine (buccal midazolam) which I'll bring in tomorrow. Her NHS number is %s and DOB %s if you need them for the forms.

Could I come in and talk to you and Mrs Tyson about it?

Thanks
%s
Sent from my Galaxy""" % (p.first, p.nhs, p.dob, p.parent_first)
    emit("negative", 9, "inbound-parent-medical", "qp",
         "Parent emails the head her child's epilepsy diagnosis, NHS number and DOB - inbound",
         "%s.%s@example.net" % (p.parent_first.lower(), p.last.lower()), [head[1]], None,
         message(("%s %s" % (p.parent_first, p.last), "%s.%s@example.net" % (p.parent_first.lower(), p.last.lower())),
                 [head], "%s - epilepsy" % p.first, dt(2025, 1, 6, 20, 5), text(t, cte="quoted-printable"), extra=ANDROID))

    # N10 inbound zip from previous school
    ro = roster("pn10", 2, [3, 5])
    rows = [["UPN", "Surname", "Forename", "DOB", "SEN", "Attendance"]] + \
           [[p.upn, p.last, p.first, p.dob, p.sen or "N", "94.2"] for p in ro]
    z = _zip([("pupil_summary.csv", csv_text(rows))], (2025, 4, 28, 9, 0, 0))
    t = """Hello,

Please find attached the summary data for the two siblings transferring to you. The CTF has gone via S2S. The safeguarding file will come by hand.

Regards
Office, St Bega's CE Primary
"""
    root = multi("mixed", [text(t), attach("transfer_summary.zip", "application/zip", z)], "pn10", 2)
    emit("negative", 10, "inbound-transfer-summary", "zip",
         "Previous school sends Ravensgill a zip with transferring pupils' UPNs and DOBs - inbound",
         "office@stbegas-eskdale.example", [office[1]], None,
         message(("St Bega's School Office", "office@stbegas-eskdale.example"), [office], "Transfer - summary data",
                 dt(2025, 4, 28, 9, 15), root))

    # N11 inbound payroll P60 query reply, base64
    r = random.Random("pn11")
    a = adult(r, "Jean", "Atkinson")
    t = """Dear Jean,

Following your query, our records for you show:

NI number: %s
Date of birth: %s
Tax code 2024/25: 1257L
Bank account ending %s

Your P60 has been re-issued to your home address. If any of the above is wrong please let us know.

EdPay Payroll Services
""" % (a.nino, a.dob, a.acct[-4:])
    emit("negative", 11, "inbound-payroll", "base64",
         "Payroll bureau replies to the bursar confirming her own NI number and DOB - inbound",
         PAY[1], [bursar[1]], None,
         message(PAY, [bursar], "Your P60 query", dt(2025, 5, 2, 14, 0), text(t, cte="base64")))

    # N12 inbound parent bank details for refund, cp1252
    r = random.Random("pn12")
    t = """Hi Jean,

Thanks for sorting the refund for Kingswood Fell \u2013 it\u2019s such a shame Isla broke her wrist the week before. Our bank details are:

Account name: Mr R & Mrs K Bousfield
Sort code: %s
Account number: %s

Kirsty
""" % (make_sort(r), make_acct(r))
    emit("negative", 12, "inbound-refund-bank", "cp1252",
         "Parent sends the bursar her bank details for a trip refund - inbound",
         "lowfoldfarm@example.net", [bursar[1]], None,
         message(("Kirsty Bousfield", "lowfoldfarm@example.net"), [bursar], "Refund", dt(2025, 5, 22, 19, 40),
                 text(t, charset="windows-1252", cte="quoted-printable")))

    # N13 inbound immunisation results xlsx
    ro = roster("pn13", 10, [0, 1, 2, 3])
    rows = [["NHS Number", "Name", "DOB", "Vaccinated", "Reason"]] + \
           [[p.nhs.replace(" ", ""), p.name, p.dob, random.Random(p.nhs).choice(["Yes", "Yes", "No"]), ""] for p in ro]
    t = """Dear School,

Thank you for hosting the flu session. Attached is the record of who was vaccinated for your files. Please do not forward.

School Immunisation Team
"""
    root = multi("mixed", [text(t), attach("Ravensgill flu outcome.xlsx", XLSX, xlsx(rows))], "pn13", 2)
    emit("negative", 13, "inbound-immunisation", "att-xlsx",
         "NHS immunisation team sends the school vaccination outcomes with NHS numbers - inbound",
         "imms.northcumbria@nhs-trust.example", [office[1]], None,
         message(("School Immunisation Team", "imms.northcumbria@nhs-trust.example"), [office], "Flu session outcome",
                 dt(2024, 10, 16, 12, 0), root))

    # N14 inbound Operation Encompass, latin-1
    r = random.Random("pn14")
    p = pupil(r, 2, set())
    t = """OPERATION ENCOMPASS - NOTIFICATION

Police attended a domestic incident at 23:10 on 02/03/2025.
Child: %s   DOB: %s
Address: %s
The child was present during the incident. No injuries. Please ensure a key adult is available for the child today.

This information is confidential and must be held securely. Do not forward.
Cumbria Constabulary · Public Protection Unit
""" % (p.name, p.dob, p.address)
    emit("negative", 14, "inbound-encompass", "latin1",
         "Police Operation Encompass notification with child name, DOB and address - inbound",
         "encompass@cumbria-police.example", [head[1]], None,
         message(("Operation Encompass - Cumbria", "encompass@cumbria-police.example"), [head],
                 "Operation Encompass notification", dt(2025, 3, 3, 7, 30), text(t, charset="iso-8859-1", cte="8bit")))

    # N15 S/MIME to LA SEND
    root = Part([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                 ("Content-Disposition", 'attachment; filename="smime.p7m"'),
                 ("Content-Transfer-Encoding", "base64")], smime_blob("pn15"))
    emit("negative", 15, "smime-send-papers", "smime",
         "SENCO sends EHCP review papers to the council SEND team S/MIME-encrypted",
         tyson[1], [SEND[1], head[1]], tyson[1],
         message(tyson, [("Sian Gaskell", SEND[1])], "Annual review papers (encrypted)", dt(2024, 11, 13, 16, 5), root,
                 cc=[head], extra=OUTLOOK))

    # N16 S/MIME to payroll
    root = Part([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                 ("Content-Disposition", 'attachment; filename="smime.p7m"'),
                 ("Content-Transfer-Encoding", "base64")], smime_blob("pn16", 3100))
    emit("negative", 16, "smime-payroll", "smime",
         "Bursar sends starter/leaver payroll details to the payroll bureau S/MIME-encrypted",
         bursar[1], [PAY[1]], bursar[1],
         message(bursar, [("Karen - EdPay Payroll", PAY[1])], "Starters and leavers - March", dt(2025, 3, 18, 10, 0), root, extra=OUTLOOK))

    # N17 PGP/MIME to social care
    def pgp_root(seed, n):
        return multi("encrypted", [
            Part([("Content-Type", "application/pgp-encrypted"), ("Content-Description", "PGP/MIME version identification")], b"Version: 1\n"),
            Part([("Content-Type", 'application/octet-stream; name="encrypted.asc"'),
                  ("Content-Description", "OpenPGP encrypted message"),
                  ("Content-Disposition", 'inline; filename="encrypted.asc"')], pgp_armor(seed, n).encode())],
            seed, 0, '; protocol="application/pgp-encrypted"')
    emit("negative", 17, "pgp-safeguarding", "pgp",
         "Head sends a safeguarding chronology to children's social care as PGP/MIME encrypted mail",
         head[1], ["childrens.mash@" + LA_DOM], head[1],
         message(head, [("Childrens MASH", "childrens.mash@" + LA_DOM)], "Chronology - referral 25/0117",
                 dt(2025, 1, 16, 12, 10), pgp_root("pn17", 1400),
                 extra=TBIRD))

    # N18 PGP/MIME to educational psychologist
    emit("negative", 18, "pgp-ep-referral", "pgp",
         "Head sends an educational psychology referral pack PGP/MIME encrypted",
         head[1], ["j.pearson@edpsych-north.example"], head[1],
         message(head, [("Dr Jo Pearson", "j.pearson@edpsych-north.example")], "EP referral pack",
                 dt(2025, 3, 5, 9, 45), pgp_root("pn18", 2200), extra=TBIRD))

    # N19 password zip to secondary
    ro = roster("pn19", 10, [6])
    rows = [["UPN", "Surname", "Forename", "DOB", "SEN", "FSM"]] + [[p.upn, p.last, p.first, p.dob, p.sen or "N", "Y" if p.fsm else "N"] for p in ro]
    z = zip_encrypted([("Y6 2025 data.csv", csv_text(rows))], "Eden!Transfer25", "pn19")
    t = """Hi Anne,

Y6 transfer data attached as a password-protected zip. I'll ring you with the password this afternoon - it won't be emailed.

Helen
"""
    root = multi("mixed", [text(t), attach("Ravensgill Y6 2025 (protected).zip", "application/zip", z)], "pn19", 2)
    emit("negative", 19, "protected-zip-transfer", "zip-encrypted",
         "Head sends Y6 transfer data to the secondary as a password-protected zip; password by phone",
         head[1], ["a.hindson@upperedenschool.example"], head[1],
         message(head, [("Anne Hindson", "a.hindson@upperedenschool.example")], "Y6 transfer data (protected)",
                 dt(2025, 6, 23, 10, 5), root, extra=OUTLOOK))

    # N20 password zip to admissions with docx inside
    r = random.Random("pn20")
    p = pupil(r, 2, set())
    d = docx(["In-year application", [["Child", p.name], ["DOB", p.dob], ["Address", p.address]]])
    z = zip_encrypted([("In-year form.docx", d)], "Ravensgill-0425", "pn20")
    t = """Dear Admissions,

In-year application form attached, zipped and password protected as per your guidance. Password to follow by separate phone call to your team.

Jean Atkinson
"""
    root = multi("mixed", [text(hardwrap(t, 74)), attach("In-year application.zip", "application/x-zip-compressed", z)], "pn20", 0)
    emit("negative", 20, "protected-zip-admission", "zip-encrypted",
         "Bursar sends an in-year admission form inside a password-protected zip to council admissions",
         bursar[1], [ADM[1]], bursar[1],
         message(bursar, [ADM], "In-year application - Y2", dt(2025, 4, 9, 11, 25), root, extra=TBIRD))

    # N21 order numbers, 7bit outbound
    r = random.Random("pn21")
    t = """Hi,

Could you chase the following please - neither has arrived and it's been three weeks.

Order no. 7402261359 (placed 03/02/2025) - 12 x A4 exercise books 8mm, 4 x glue sticks pack
Order no. 7402268814 (placed 10/02/2025) - laminating pouches A4 x 2 boxes
Customer account: RAV0046
Invoice 9100443127 was paid by BACS on 17/02/2025 so we don't want to be charged twice.

Delivery to: Ravensgill CE Primary School, Ravensgill, Kirkby Stephen CA17 4LP. Phone 017683 70412.

Thanks
Jean Atkinson
"""
    emit("negative", 21, "supplier-orders", "7bit",
         "Bursar chases a stationery supplier quoting order, account and invoice numbers plus the school's phone",
         bursar[1], ["customerservices@edusupplies.example"], bursar[1],
         message(bursar, [("Customer Services", "customerservices@edusupplies.example")], "Missing orders - RAV0046",
                 dt(2025, 2, 25, 9, 40), text(t), extra=OUTLOOK))

    # N22 invoice with school's own bank details, alt
    plain = """Dear Mrs Nelson,

Please find below our invoice for the parish council's use of the school hall.

INVOICE RGS-2025-014
Date: 31/03/2025
Hall hire, Parish Council meetings, Jan-Mar 2025: 3 x GBP 25.00 = GBP 75.00
Total due: GBP 75.00

Payment by BACS to:
Ravensgill CE Primary School Fund
Sort code: 20-41-77   Account: 50448213
Reference: RGS-2025-014

Thank you,
Jean Atkinson
School Business Manager
"""
    emit("negative", 22, "invoice-school-bank", "alt",
         "Bursar invoices the parish council for hall hire with the school fund's own bank details (organisational, not personal)",
         bursar[1], ["clerk@ravensgillparish.example"], bursar[1],
         message(bursar, [("Parish Clerk", "clerk@ravensgillparish.example")], "Invoice RGS-2025-014 - hall hire",
                 dt(2025, 3, 31, 14, 0), alt(plain, html_from_text(plain, "outlook"), "pn22", 2), extra=OUTLOOK))

    # N23 useful numbers for supply teacher, flowed outbound
    t = """Hi Jo,

Thanks again for covering on Wednesday. A few useful numbers in case you need them:

School office: 017683 70412 (Jean, Tue/Thu) - otherwise rings through to Class 3
Helen (head) mobile: 07700 900118
Brackenthwaite office: 017683 71955
Eden Travel (school bus): 017683 72260
Kitchen: ext 24

Doors open 8.40, register by 8.55. Break 10.30-10.45. Lunch 12-1.

See you Wednesday!
Helen
"""
    emit("negative", 23, "useful-numbers", "flowed",
         "Head sends a supply teacher a list of school and service phone numbers and timings; no personal data about pupils",
         head[1], ["jo.allonby@example.org"], head[1],
         message(head, [("Jo Allonby", "jo.allonby@example.org")], "Wednesday - useful numbers", dt(2025, 3, 10, 18, 30),
                 text(flow(t), flowed=True), extra=TBIRD))

    # N24 courier numbers failing check digits, fwd-inline
    r = random.Random("pn24")
    cons = bad_nhs(r)
    while uln_check(cons[:9]) == int(cons[9]):
        cons = bad_nhs(r)
    cons2 = bad_nhs(r)
    while uln_check(cons2[:9]) == int(cons2[9]):
        cons2 = bad_nhs(r)
    long_ref = "4" + "".join(str(r.randrange(10)) for _ in range(15))
    while luhn_ok(long_ref):
        long_ref = long_ref[:-1] + str((int(long_ref[-1]) + 1) % 10)
    t = """Hi, this came through but nothing's been delivered - driver says "left with neighbour" but we're a school and there's nobody next door except the church! Can you look into it.

Dennis (site manager)

---------- Forwarded message ---------
From: Parcel Tracking <noreply@dpx-parcels.example>
Date: Wed, 14 May 2025 at 15:02
Subject: Your parcel has been delivered
To: <d.hully@school.example>

Consignment: %s
Parcel 1 of 2: %s
Collection ref: %s
Delivered 14/05/2025 14:48 - left with neighbour
Service: Next Day 12:00
Sender: Sports Direct Education (PE kit order)
""" % (cons, cons2, long_ref)
    emit("negative", 24, "courier-tracking", "fwd-inline",
         "Caretaker forwards a courier notice to the supplier; consignment/reference numbers deliberately fail NHS, ULN and Luhn checks",
         hully[1], ["orders@sportsdirect-education.example"], hully[1],
         message(hully, [("Orders", "orders@sportsdirect-education.example")], "Fwd: Your parcel has been delivered",
                 dt(2025, 5, 15, 8, 5), text(t, cte="quoted-printable"), extra=ANDROID))

    # N25 aggregate stats xlsx to governors
    rows = [["Measure", "Ravensgill", "National"], ["Pupils on roll", 48, ""], ["Attendance 2024-25 %", 95.8, 94.5],
            ["Persistent absence %", 6.3, 17.8], ["SEN support %", 16.7, 13.6], ["EHCP %", 4.2, 4.8],
            ["FSM %", 14.6, 25.7], ["KS2 RWM expected %", 70, 61], ["Y1 phonics pass %", 83, 80],
            ["Note", "Cohorts under 10 - figures not published", ""]]
    t = """Dear Governors,

Ahead of the Standards committee, the headline figures for the year are attached. Small cohorts so please treat percentages with care - one child is worth 10-15%%. No individual pupils are named.

Helen
"""
    root = multi("mixed", [text(t.replace("%%", "%")), attach("Headline data 2024-25.xlsx", XLSX, xlsx(rows, "Headlines"))], "pn25", 2)
    gov = ["r.ellwood@example.org", "a.lowis@example.net", "margaret.pears@example.net"]
    emit("negative", 25, "aggregate-stats", "att-xlsx",
         "Head sends governors anonymised aggregate attendance/SEN/attainment percentages; no individuals",
         head[1], gov, head[1],
         message(head, [("Rachel Ellwood", gov[0]), ("Revd Andrew Lowis", gov[1]), ("Margaret Pears", gov[2])],
                 "Standards committee - headline data", dt(2025, 7, 8, 16, 45), root, extra=OUTLOOK))

    # N26 blank consent form docx outbound to parents
    content = ["# Year 5/6 Residential - Medical and Consent Form",
               [["Child's full name", ""], ["Date of birth", "__ / __ / ____"], ["NHS number", "___ ___ ____"],
                ["GP surgery", ""], ["Medical conditions", ""], ["Medication (name, dose, time)", ""],
                ["Dietary requirements", ""], ["Emergency contact name and phone", ""]],
               "I give consent for my child to take part in the activities listed and for staff to seek medical treatment in an emergency.",
               "Signed: ______________________  Date: __________"]
    t = """Dear Year 5 and 6 families,

Attached is the medical and consent form for Kingswood Fell. Please fill it in and return the paper copy in a sealed envelope to Miss Nixon by Friday 9 May - please don't email it back completed.

Thank you
Miss Nixon
"""
    root = multi("mixed", [text(t), attach("Residential consent form (blank).docx", DOCX, docx(content))], "pn26", 2)
    emit("negative", 26, "blank-consent-form", "att-docx",
         "Teacher sends parents a blank residential medical/consent form template (field labels only)",
         nixon[1], ["y56-parents@school.example", "bousfield.family@example.com", head[1]], nixon[1],
         message(nixon, [("Y5/6 Parents", "y56-parents@school.example")], "Residential - consent form", dt(2025, 4, 28, 15, 20),
                 root, cc=[head], extra=OUTLOOK))

    # N27 data protection policy HTML outbound to governors
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Governors,</p>
<p>The revised <b>Data Protection Policy</b> is below for approval at the FGB on 24 June. Changes from last year are in bold.</p>
<h3>1. Purpose</h3>
<p>The school collects and processes personal data about pupils, parents, staff and governors, including special category data such as health, SEN and safeguarding information. We comply with UK GDPR and the Data Protection Act 2018.</p>
<h3>2. Sending personal data</h3>
<p><b>Personal data such as dates of birth, UPNs, NHS numbers, National Insurance numbers or bank details must never be sent by ordinary email outside the school.</b> Use the council's secure transfer service (S2S for CTFs), Egress or a password-protected file with the password given by phone.</p>
<h3>3. Breaches</h3>
<p>Any suspected breach must be reported to the headteacher and the Data Protection Officer within 24 hours. The DPO will decide whether it must be reported to the ICO within 72 hours.</p>
<h3>4. Retention</h3>
<p>Pupil records are kept until the pupil's 25th birthday by the last school attended. Safeguarding records are passed on when a pupil leaves.</p>
<p>Helen Dobson</p>
</body></html>
"""
    emit("negative", 27, "dp-policy", "html",
         "Head sends governors the data protection policy text (mentions DOBs, UPNs, NHS/NI numbers generically); no personal data",
         head[1], gov, head[1],
         message(head, [("Rachel Ellwood", gov[0]), ("Revd Andrew Lowis", gov[1]), ("Margaret Pears", gov[2])],
                 "Data Protection Policy - for approval", dt(2025, 6, 10, 17, 5), text(html, "html", cte="quoted-printable")))

    # N28 term dates wrapped outbound
    t = """Dear Parents and Carers,

Term dates for 2025-26 (agreed with Brackenthwaite so both schools match):

Autumn term: Wednesday 3 September - Friday 19 December 2025
  Half term: Monday 27 October - Friday 31 October
  INSET days: Monday 1 and Tuesday 2 September
Spring term: Monday 5 January - Friday 27 March 2026
  Half term: Monday 16 February - Friday 20 February
Summer term: Monday 13 April - Wednesday 22 July 2026
  Half term: Monday 25 May - Friday 29 May
  May Day bank holiday: Monday 4 May
  INSET day: Friday 5 June (Appleby Fair week)

Please try to book holidays within these dates - term-time leave can only be agreed in exceptional circumstances.

Helen Dobson, Headteacher
"""
    emit("negative", 28, "term-dates", "wrapped",
         "Head sends parents next year's term dates (many dates, no personal data)",
         head[1], ["parents@school.example", "lowfoldfarm@example.net", "gillbankfarm@example.com"], head[1],
         message(head, [("Ravensgill Parents", "parents@school.example")], "Term dates 2025-26", dt(2025, 5, 9, 12, 0),
                 text(hardwrap(t, 72)), extra=TBIRD))

    # N29 ISBN list CSV to bookshop
    def isbn13(r):
        d = "978" + "".join(str(r.randrange(10)) for _ in range(9))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
        return d + str((10 - s % 10) % 10)
    r = random.Random("pn29")
    titles = ["The Iron Man", "Kensuke's Kingdom", "Wonder", "The Highland Falcon Thief", "Varjak Paw",
              "Cogheart", "The Wild Robot", "Pig Heart Boy", "Holes", "The Boy at the Back of the Class"]
    rows = [["ISBN", "Title", "Qty", "Budget code"]] + [[isbn13(r), tt, r.choice([6, 8, 15]), "E19-LIB"] for tt in titles]
    t = """Hi Ruth,

Our class reader order for the summer attached - ISBNs in the first column. Please invoice the school, PO 4471.

Gemma
"""
    root = multi("mixed", [text(t), attach("Class readers order.csv", "text/csv", csv_text(rows).encode())], "pn29", 1)
    emit("negative", 29, "isbn-order", "att-csv",
         "Teacher sends a bookshop a CSV of 13-digit ISBNs and quantities for class readers",
         nixon[1], ["orders@eden-valley-books.example"], nixon[1],
         message(nixon, [("Ruth - Eden Valley Books", "orders@eden-valley-books.example")], "Class readers order - PO 4471",
                 dt(2025, 3, 27, 16, 0), root))

    # N30 reply to MIS support, anonymised
    t = """Hi Gary,

Thanks - I've tried that and it still fails. To answer your questions, without sending you any pupil details:

- it's 3 records out of 48, all pupils who joined us mid-year from Scotland
- the error is on the UPN field, "check character invalid"
- the three have a Scottish candidate number instead of an English UPN, so I think we need to issue temporary UPNs

Can you ring me on Thursday (017683 70412) and we'll look at it together on screen rather than me exporting anything.

Jean

> Hi Jean, could you tell me how many records are affected and what the error text says? Please don't send the records themselves.
> Gary, MIS Support, ticket 44902
"""
    emit("negative", 30, "mis-ticket-anonymised", "reply",
         "Bursar replies to MIS support describing a UPN validation error without sending any pupil data",
         bursar[1], ["support@arbor-mis.example"], bursar[1],
         message(bursar, [("Gary - MIS Support", "support@arbor-mis.example")], "Re: Ticket 44902 - UPN validation",
                 dt(2025, 9, 16, 10, 40), text(t), in_reply_to=msgid("ticket-44902", "arbor-mis.example")))

    finish("personal-data")


if __name__ == "__main__":
    build()
