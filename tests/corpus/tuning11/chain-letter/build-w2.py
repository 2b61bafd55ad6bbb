#!/usr/bin/env python3
# Deterministic generator for writer w2 (stdlib only).
# Run from inside the policy folder:  python3 build-w2.py
import base64
import datetime
import email.utils
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

W = "w2"
INTERNAL = ("school.example", "students.school.example")

# ---------------------------------------------------------------- check digits

UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check(body12):
    total = 0
    for i, ch in enumerate(body12):
        w = i + 2
        if ch.isdigit():
            v = int(ch)
        else:
            v = UPN_LETTERS.index(ch)
        total += v * w
    return UPN_LETTERS[total % 23]


def make_upn(rng, la="383", est="4127", year=None):
    year = year if year is not None else rng.choice(["12", "13", "14", "15", "16", "17"])
    serial = "%03d" % rng.randint(1, 999)
    body = la + est + year + serial
    return upn_check(body) + body


def uln_ok(s):
    if not re.fullmatch(r"[1-9]\d{9}", s):
        return False
    tot = sum(int(d) * w for d, w in zip(s[:9], range(10, 1, -1)))
    chk = 10 - tot % 11
    return chk != 10 and chk == int(s[9])


def make_uln(rng):
    while True:
        first = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        tot = sum(int(d) * w for d, w in zip(first, range(10, 1, -1)))
        chk = 10 - tot % 11
        if chk == 10:
            continue
        if chk == 11:
            continue
        return first + str(chk)


def nhs_ok(s):
    s = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{10}", s):
        return False
    tot = sum(int(d) * w for d, w in zip(s[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(s[9])


def make_nhs(rng, spaced=True):
    while True:
        first = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        tot = sum(int(d) * w for d, w in zip(first, range(10, 1, -1)))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        s = first + str(chk)
        return "%s %s %s" % (s[:3], s[3:6], s[6:]) if spaced else s


def bad_nhs(rng):
    good = make_nhs(rng, spaced=False)
    last = (int(good[9]) + rng.randint(1, 8)) % 10
    s = good[:9] + str(last)
    return s if not nhs_ok(s) else bad_nhs(rng)


def luhn_ok(s):
    s = re.sub(r"[ -]", "", s)
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
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in range(10):
        if luhn_ok(body + str(c)):
            s = body + str(c)
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s):
    s = re.sub(r"[ -]", "", s)
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


def make_nino(rng, spaced=False):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        a = rng.choice(letters)
        b = rng.choice(letters)
        digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
        suf = rng.choice("ABCD")
        s = a + b + digits + suf
        if nino_ok(s):
            if spaced:
                return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
            return s


# Sort codes 01-xx-xx (NatWest range) are checked MOD11 with weights
# 0 0 0 0 0 0 8 7 6 5 4 3 2 1 over sort code + account.
def bank_ok(sort, acct):
    if not (sort.startswith("01") and len(acct) == 8):
        return False
    tot = sum(int(d) * w for d, w in zip(acct, [8, 7, 6, 5, 4, 3, 2, 1]))
    return tot % 11 == 0


def make_bank(rng):
    sort = "01-%02d-%02d" % (rng.randint(10, 59), rng.randint(1, 99))
    while True:
        acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
        if acct[0] != "0" and bank_ok(sort.replace("-", ""), acct):
            return sort, acct


def bad_bank(rng):
    sort, acct = make_bank(rng)
    while True:
        last = str((int(acct[7]) + rng.randint(1, 9)) % 10)
        a2 = acct[:7] + last
        if not bank_ok(sort.replace("-", ""), a2):
            return sort, a2


def make_dob(rng, y0, y1):
    start = datetime.date(y0, 9, 1)
    end = datetime.date(y1, 8, 31)
    d = start + datetime.timedelta(days=rng.randint(0, (end - start).days))
    return d


# ---------------------------------------------------------------- MIME helpers

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (latin-1 mapped bytes allowed)

    def render(self):
        out = []
        for k, v in self.headers:
            out.append("%s: %s" % (k, v))
        return "\n".join(out) + "\n\n" + self.body


def b8(s, charset):
    """bytes of s in charset, mapped back to a str via latin-1 (so the final
    file can be written as latin-1 and keep the raw bytes)."""
    return s.encode(charset).decode("latin-1")


def qp(s, charset):
    data = s.encode(charset)
    enc = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return enc


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def ctype_text(subtype, charset, flowed=False, extra=""):
    v = "text/%s; charset=\"%s\"" % (subtype, charset)
    if flowed:
        v = "text/%s; charset=%s; format=flowed" % (subtype, charset)
        if extra:
            v += extra
    return v


def text(body, subtype="plain", charset="UTF-8", cte="7bit", flowed=False,
         filename=None, inline_name=False, quote_charset=True, delsp=False):
    if not body.endswith("\n"):
        body += "\n"
    cs = charset
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, cs)
        if delsp:
            ct += "; delsp=yes"
    elif quote_charset:
        ct = "text/%s; charset=\"%s\"" % (subtype, cs)
    else:
        ct = "text/%s; charset=%s" % (subtype, cs)
    if filename:
        ct += "; name=\"%s\"" % filename
    hdrs = [("Content-Type", ct)]
    py_cs = {"UTF-8": "utf-8", "utf-8": "utf-8", "iso-8859-1": "iso-8859-1",
             "ISO-8859-1": "iso-8859-1", "windows-1252": "cp1252", "us-ascii": "ascii",
             "US-ASCII": "ascii"}[cs]
    if cte == "7bit":
        body.encode("ascii")  # must be ascii
        payload = body
    elif cte == "8bit":
        payload = b8(body, py_cs)
    elif cte == "quoted-printable":
        payload = qp(body, py_cs)
    elif cte == "base64":
        payload = b64(body.encode(py_cs))
    else:
        raise ValueError(cte)
    hdrs.append(("Content-Transfer-Encoding", cte))
    if filename:
        hdrs.append(("Content-Disposition", "attachment; filename=\"%s\"" % filename))
    return Part(hdrs, payload)


def binary(data, ctype, filename, disposition="attachment", extra_hdrs=()):
    hdrs = [("Content-Type", "%s; name=\"%s\"" % (ctype, filename)),
            ("Content-Disposition", "%s; filename=\"%s\"" % (disposition, filename)),
            ("Content-Transfer-Encoding", "base64")]
    hdrs.extend(extra_hdrs)
    return Part(hdrs, b64(data))


def multipart(subtype, parts, rng, params="", style="gmail"):
    bnd = boundary(rng, style)
    ct = "multipart/%s; boundary=\"%s\"%s" % (subtype, bnd, params)
    chunks = []
    for p in parts:
        chunks.append("--" + bnd + "\n" + p.render())
    body = "\n".join(c if c.endswith("\n") else c + "\n" for c in chunks)
    body += "--" + bnd + "--\n"
    return Part([("Content-Type", ct)], body)


def rfc822(msg_text, filename=None):
    hdrs = [("Content-Type", "message/rfc822" + ("; name=\"%s\"" % filename if filename else ""))]
    if filename:
        hdrs.append(("Content-Disposition", "attachment; filename=\"%s\"" % filename))
    return Part(hdrs, msg_text if msg_text.endswith("\n") else msg_text + "\n")


def boundary(rng, style="gmail"):
    if style == "gmail":
        return "000000000000" + "".join(rng.choice("0123456789abcdef") for _ in range(16))
    if style == "outlook":
        return "_000_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(30)) + "_"
    if style == "apple":
        return "Apple-Mail=_" + "-".join(
            "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    if style == "tbird":
        return "------------" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))
    return "=_Part_" + "".join(rng.choice("0123456789") for _ in range(12))


def msgid(rng, style="gmail", domain="school.example"):
    if style == "gmail":
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "<CA%s%s@mail.gmail.com>" % (
            rng.choice("BDEFGHJKLMNOP"), "".join(rng.choice(chars) for _ in range(rng.choice([44, 46, 48]))))
    if style == "outlook":
        return "<%s%s@%s>" % (
            "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20)),
            "".join(rng.choice("0123456789ABCDEF") for _ in range(12)), domain)
    if style == "apple":
        return "<%s@%s>" % ("-".join(
            "".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)), domain)
    return "<%s.%s@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(16)),
                           "".join(rng.choice("0123456789") for _ in range(8)), domain)


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    try:
        name.encode("ascii")
        if re.search(r"[,.;:@()\"]", name):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), a)


def date(s, tz="+0000"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=datetime.timezone(off))
    return re.sub(r", 0(\d) ", r", \1 ", email.utils.format_datetime(d))


def _last_sunday(y, m):
    d = datetime.date(y, m, 31)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


def is_bst(when):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").date()
    return _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)


def message(frm, to, subject, when, body, rng, cc=(), mid_style="gmail",
            mid_domain="school.example", extra=(), tz=None):
    """frm: (name, addr); to/cc: lists of (name, addr); body: Part."""
    if tz is None:
        tz = "+0100" if is_bst(when) else "+0000"
    hdrs = []
    if mid_style == "gmail":
        hdrs.append(("MIME-Version", "1.0"))
        hdrs.append(("Date", date(when, tz)))
        hdrs.extend(extra)
        hdrs.append(("Message-ID", msgid(rng, mid_style, mid_domain)))
        hdrs.append(("Subject", hdr(subject)))
        hdrs.append(("From", addr(*frm)))
        hdrs.append(("To", ", ".join(addr(*t) for t in to)))
        if cc:
            hdrs.append(("Cc", ", ".join(addr(*t) for t in cc)))
    else:
        hdrs.append(("From", addr(*frm)))
        hdrs.append(("To", ", ".join(addr(*t) for t in to)))
        if cc:
            hdrs.append(("Cc", ", ".join(addr(*t) for t in cc)))
        hdrs.append(("Subject", hdr(subject)))
        hdrs.append(("Date", date(when, tz)))
        hdrs.append(("Message-ID", msgid(rng, mid_style, mid_domain)))
        hdrs.extend(extra)
        hdrs.append(("MIME-Version", "1.0"))
    hdrs.extend(body.headers)
    out = "\n".join("%s: %s" % (k, fold(k, v)) for k, v in hdrs)
    return out + "\n\n" + body.body


def fold(k, v):
    line = "%s: %s" % (k, v)
    if len(line) <= 78 or k in ("Subject",) and "=?" in v:
        return v
    # fold address lists at commas
    if ", " in v and k in ("To", "Cc", "References"):
        parts = v.split(", ")
        out, cur = [], k + ": "
        for i, p in enumerate(parts):
            piece = p + ("," if i < len(parts) - 1 else "")
            if len(cur) + len(piece) + 1 > 76 and cur.strip() != k + ":":
                out.append(cur.rstrip())
                cur = " " + piece + " "
            else:
                cur += piece + " "
        out.append(cur.rstrip())
        joined = "\n".join(out)
        return joined[len(k) + 2:]
    if k == "References" and " " in v:
        return v.replace(" ", "\n ")
    if k == "Content-Type" and "; " in v:
        return v.replace("; ", ";\n\t")
    return v


def wrap(body, width=72):
    out = []
    for para in body.split("\n"):
        if len(para) <= width or para.startswith((">", "  ", "|", "-", "*")) and len(para) <= 78:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def flow(body, width=72):
    """format=flowed encoding (RFC 3676): soft breaks end with a space."""
    out = []
    for para in body.split("\n"):
        if para.startswith(">"):
            out.append(para)
            continue
        if para == "-- ":
            out.append(para)
            continue
        if len(para) <= width:
            line = para.rstrip(" ")
            if line.startswith((" ", "From ")):
                line = " " + line
            out.append(line)
            continue
        lines = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        for i, l in enumerate(lines):
            if l.startswith((" ", "From ", ">")):
                l = " " + l
            out.append(l + (" " if i < len(lines) - 1 else ""))
    return "\n".join(out)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def gmail_html(body):
    """Turn plain text into Gmail-style HTML (div dir=ltr, <br>)."""
    paras = body.strip("\n").split("\n")
    inner = "<br>".join(html_escape(p) if p else "" for p in paras)
    return '<div dir="ltr">%s</div>\n' % inner


def outlook_html(body, font="Calibri"):
    paras = body.strip("\n").split("\n\n")
    ps = []
    for p in paras:
        ps.append('<p class="MsoNormal"><span style="font-family:%s,sans-serif">%s</span></p>' % (
            font, "<br>\n".join(html_escape(x) for x in p.split("\n"))))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style>p.MsoNormal{margin:0cm;font-size:11pt}</style>\n</head>\n<body lang=\"EN-GB\">\n"
            "<div class=\"WordSection1\">\n%s\n</div>\n</body>\n</html>\n" % "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(ps))


def quote(body):
    return "\n".join((">" + l if l.startswith(">") else "> " + l) if l else ">" for l in body.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- office files

ZDATE = (2025, 1, 6, 9, 0, 0)


def _zadd(z, name, data):
    zi = zipfile.ZipInfo(name, ZDATE)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data)


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs, table=None, title=None):
    """paragraphs: list of strings (before the table); table: list of rows."""
    body = []
    if title:
        body.append('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(title))
    for p in paragraphs:
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p))
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xml_esc(str(c)) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zadd(z, "[Content_Types].xml", ct)
        _zadd(z, "_rels/.rels", rels)
        _zadd(z, "word/document.xml", doc)
    return buf.getvalue()


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    xr = []
    for i, r in enumerate(rows):
        cells = []
        for j, c in enumerate(r):
            ref = "%s%d" % (_col(j), i + 1)
            if isinstance(c, (int, float)) and not isinstance(c, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, c))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xml_esc(str(c))))
        xr.append('<row r="%d">%s</row>' % (i + 1, "".join(cells)))
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zadd(z, "[Content_Types].xml", ct)
        _zadd(z, "_rels/.rels", rels)
        _zadd(z, "xl/workbook.xml", wb)
        _zadd(z, "xl/_rels/workbook.xml.rels", wbrels)
        _zadd(z, "xl/worksheets/sheet1.xml", sheetxml)
    return buf.getvalue()


def zipf(files):
    """files: list of (name, bytes|str)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            _zadd(z, name, data)
    return buf.getvalue()


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


# ---- traditional PKWARE (ZipCrypto) password-protected zip, written by hand

_CRCT = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xFF]


class _ZC:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.upd(b)

    def upd(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k2 | 2) & 0xFFFF
            k = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ k)
            self.upd(b)
        return bytes(out)


def zip_encrypted(files, password, rng):
    dostime = (ZDATE[3] << 11) | (ZDATE[4] << 5) | (ZDATE[5] // 2)
    dosdate = ((ZDATE[0] - 1980) << 9) | (ZDATE[1] << 5) | ZDATE[2]
    out = io.BytesIO()
    central = []
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZC(password.encode("ascii"))
        head = bytes(rng.randint(0, 255) for _ in range(11)) + bytes([crc >> 24])
        encdata = zc.enc(head + comp)
        nb = name.encode("ascii")
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate,
                              crc, len(encdata), len(data), len(nb), 0))
        out.write(nb)
        out.write(encdata)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate,
                                   crc, len(encdata), len(data), len(nb), 0, 0, 0, 0,
                                   0o644 << 16, off) + nb)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(cd), cd_off, 0))
    return out.getvalue()


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(rng, n):
    data = bytes([0x85, 0x02, 0x0c]) + bytes(rng.randint(0, 255) for _ in range(n))
    body = base64.b64encode(data).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    c = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + c + "\n-----END PGP MESSAGE-----\n"


def pgp_part(rng, n=1800):
    p1 = Part([("Content-Type", "application/pgp-encrypted"),
               ("Content-Description", "PGP/MIME version identification")], "Version: 1\n")
    p2 = Part([("Content-Type", "application/octet-stream; name=\"encrypted.asc\""),
               ("Content-Description", "OpenPGP encrypted message"),
               ("Content-Disposition", "inline; filename=\"encrypted.asc\"")], pgp_armor(rng, n))
    return multipart("encrypted", [p1, p2], rng, params="; protocol=\"application/pgp-encrypted\"", style="tbird")


def smime_part(rng, n=3000):
    # DER-looking blob: SEQUENCE, OID pkcs7-envelopedData, then opaque bytes
    inner = bytes([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03, 0xA0, 0x82]) + \
        (n).to_bytes(2, "big") + bytes(rng.randint(0, 255) for _ in range(n))
    data = bytes([0x30, 0x82]) + len(inner).to_bytes(2, "big") + inner
    return Part([("Content-Type", "application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\""),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", "attachment; filename=\"smime.p7m\""),
                 ("Content-Description", "S/MIME Encrypted Message")], b64(data, 64))


# ---------------------------------------------------------------- registry

MESSAGES = []


def reg(label, family, shape, note):
    def deco(fn):
        MESSAGES.append((label, family, shape, note, fn))
        return fn
    return deco


def is_internal(a):
    return a.split("@")[1].lower() in INTERNAL


def write_all():
    os.makedirs("positive", exist_ok=True)
    os.makedirs("negative", exist_ok=True)
    counters = {"positive": 0, "negative": 0}
    manifest = []
    n = 0
    for label, family, shape, note, fn in MESSAGES:
        n += 1
        counters[label] += 1
        rng = random.Random("%s-%s-%d" % (W, POLICY, n))
        res = fn(rng)
        text_, mail_from, rcpt, auth = res
        fname = "%s/%s-%03d-%s.eml" % (label, W, n, family)
        data = text_.replace("\r\n", "\n")
        assert "\r" not in data
        data = data.replace("\n", "\r\n")
        with open(fname, "wb") as f:
            f.write(data.encode("latin-1"))
        manifest.append({"file": fname, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                         "auth_user": auth, "shape": shape, "family": family, "note": note})
    with open("manifest-%s.jsonl" % W, "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    print(counters)


# ---------------------------------------------------------------- people

STAFF = {
    "data": ("Rachel Sutcliffe", "r.sutcliffe@school.example"),
    "exams": ("Imran Qureshi", "i.qureshi@school.example"),
    "exams_box": ("Exams Office", "exams@school.example"),
    "hoy7": ("Kirsty Pollard", "k.pollard@school.example"),
    "hoy9": ("Gemma Holt", "g.holt@school.example"),
    "hoy10": ("Ryan Gledhill", "r.gledhill@school.example"),
    "hoy11": ("Dan Whitaker", "d.whitaker@school.example"),
    "sixth": ("Priya Mistry", "p.mistry@school.example"),
    "senco": ("Helen Ackroyd", "h.ackroyd@school.example"),
    "dsl": ("Mark Ellison", "m.ellison@school.example"),
    "hr": ("Joanne Firth", "j.firth@school.example"),
    "hr_box": ("Trust HR", "trust.hr@school.example"),
    "fin": ("Kevin Lumb", "k.lumb@school.example"),
    "fin_box": ("Trust Finance", "finance@school.example"),
    "office": ("Sandra Pickles", "s.pickles@school.example"),
    "attend": ("Nadia Begum", "n.begum@school.example"),
    "it": ("IT Helpdesk", "ithelpdesk@school.example"),
    "netman": ("Stuart Crowther", "s.crowther@school.example"),
    "head": ("Dr Alison Kaye", "a.kaye@school.example"),
    "computing": ("Tom Barraclough", "t.barraclough@school.example"),
    "pshe": ("Sophie Rhodes", "s.rhodes@school.example"),
    "english": ("Lucy Dawson", "l.dawson@school.example"),
    "science": ("Ahmed Rafiq", "a.rafiq@school.example"),
    "ta": ("Jenny Haigh", "j.haigh@school.example"),
    "pe": ("Chris Moorhouse", "c.moorhouse@school.example"),
    "business": ("Bethany Lord", "b.lord@school.example"),
    "reception": ("Reception", "reception@school.example"),
    "history": ("Owen Pickersgill", "o.pickersgill@school.example"),
    "dt": ("Marcus Booth", "m.booth@school.example"),
    "ceo": ("Graham Naylor", "g.naylor@school.example"),
    "chem": ("Fatima Zahid", "f.zahid@school.example"),
    "music": ("Abigail Stead", "a.stead@school.example"),
    "pastoral": ("Leanne Walsh", "l.walsh@school.example"),
    "cover": ("Paula Marsden", "p.marsden@school.example"),
}

LISTS = {
    "allstaff": ("All Staff", "allstaff@school.example"),
    "tutors9": ("Year 9 Tutors", "year9tutors@school.example"),
    "tutors11": ("Year 11 Tutors", "year11tutors@school.example"),
    "sixthstaff": ("Sixth Form Team", "sixthform.team@school.example"),
    "support": ("Support Staff", "supportstaff@school.example"),
    "science": ("Science Dept", "science@school.example"),
    "slt": ("SLT", "slt@school.example"),
    "y12": ("Year 12 Students", "year12@students.school.example"),
    "y13": ("Year 13 Students", "year13@students.school.example"),
}

FIRST = ["Amira", "Callum", "Zainab", "Oliver", "Keira", "Haris", "Ellie-May", "Jayden", "Maryam",
         "Lewis", "Sofia", "Ibrahim", "Chloe", "Kacper", "Aaliyah", "Tyler", "Hafsa", "Noah",
         "Isla", "Bilal", "Freya", "Yusuf", "Lacey", "Owen", "Summer", "Rehan", "Grace", "Mason",
         "Ayesha", "Reece", "Niamh", "Adam", "Paige", "Zak", "Eva", "Harvey", "Inaya", "Liam",
         "Ruby", "Danyal", "Millie", "Arjun", "Jessica", "Kyle", "Safa", "Ethan", "Holly", "Musa"]
LAST = ["Hussain", "Brierley", "Akhtar", "Holroyd", "Wainwright", "Mahmood", "Schofield", "Ahmed",
        "Kowalski", "Bairstow", "Iqbal", "Sugden", "Ali", "Greenwood", "Nowak", "Riaz", "Hirst",
        "Shaw", "Khan", "Lister", "Begum", "Atkinson", "Rashid", "Naylor", "Farrar", "Bibi",
        "Walker", "Sharif", "Ibbotson", "Mirza", "Robinson", "Chaudhry", "Fletcher", "Parveen",
        "Thornton", "Nazir", "Crabtree", "Dobson", "Malik", "Jagger", "Patel", "Hanson"]
STREETS = ["Beech Grove", "Harehills Lane", "Stanningley Road", "Cardigan Terrace", "Moor View",
           "Bankside Street", "Oakwood Avenue", "Elland Road Court", "Victoria Crescent",
           "Tong Road", "Granby Street", "Holly Bank", "Chapel Lane", "Kirkstall Mount",
           "Back Nowell Place", "Gipton Approach", "Wortley Road", "Cross Flatts Drive"]
POSTCODES = ["LS11 6AB", "LS9 7QN", "LS13 2HE", "LS12 3DT", "LS8 4PL", "LS6 2RJ", "LS10 1NX",
             "LS14 5BW", "LS4 2SD", "LS15 8JF", "LS7 3EA", "LS12 5LH", "LS11 8RT", "LS9 6DG"]


def people(rng, n):
    firsts = rng.sample(FIRST, n)
    lasts = rng.sample(LAST, n)
    return list(zip(firsts, lasts))


def address(rng):
    return "%d %s, Leeds %s" % (rng.randint(1, 140), rng.choice(STREETS), rng.choice(POSTCODES))


def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y")

# ============================================================== chain-letter
POLICY = "chain-letter"
S = STAFF
L = LISTS


def done(msg, frm, rcpts, auth=True):
    return (msg, frm[1], [r[1] for r in rcpts], frm[1] if auth else None)


def pupil(first, last, yy):
    return ("%s %s" % (first, last), "%s%s%s@students.school.example" % (yy, last.lower(), first[0].lower()))


def fwd_block(frm, when_h, subject, to, cc=None):
    s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
        addr(*frm), when_h, subject, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s


# ------------------------------------------------------------------ positives

@reg("positive", "friendship-chain", "mobile", "Year 9 pupil sends a 'send to 10 friends in 10 mins or bad luck' friendship chain to classmates from her phone")
def _(rng):
    frm = pupil("Keira", "Wainwright", "22")
    to = [pupil("Ellie-May", "Schofield", "22"), pupil("Lacey", "Farrar", "22"), pupil("Summer", "Hirst", "22"),
          pupil("Paige", "Dobson", "22"), pupil("Hafsa", "Riaz", "22")]
    body = """omg read this!!!

this is a friendship test. send it to 10 ppl in the next 10 mins INCLUDING the person who sent it to u. if u get 3 back ur a real friend, 5 back ur loved, 10 back ur BEST FRIENDS FOREVER.

if u dont send it ur gonna have bad luck in friendships for 10 yrs and ur crush will go out with ur worst enemy. a girl in Bradford ignored it and the next day all her mates stopped talking to her. NOT JOKING

send it back to me if ur my bestie xx

Sent from my iPhone"""
    p = text(body, charset="us-ascii", cte="7bit", quote_charset=False)
    m = message(frm, to, "SEND THIS BACK!!! friendship test", "2024-11-14 21:47:03", p, rng, mid_style="apple",
                mid_domain="students.school.example")
    return done(m, frm, to)


@reg("positive", "prayer-chain", "wrapped", "Midday supervisor forwards a 'has been round the world nine times, do not break the chain' luck prayer to all staff")
def _(rng):
    frm = ("Carol Sunderland", "c.sunderland@school.example")
    to = [L["allstaff"]]
    body = """Hi everyone, my sister sent me this and I thought it was lovely so
passing it on. Have a blessed weekend all x

   *** THIS PRAYER HAS BEEN SENT TO YOU FOR GOOD LUCK ***

The original copy is in New England. It has been around the world nine
times. The luck has now been sent to you. You will receive good luck
within four days of receiving this letter, provided you in turn send it
on. This is no joke.

Send copies to people you think need good luck. Do not send money. Do
not keep this letter. It must leave your hands within 96 hours.

An office worker received the letter and passed it on, and four days
later was promoted. Another man threw the letter away and within the
week his car was written off. A woman in Halifax sent out twenty copies
and won on the premium bonds nine days later.

Please send twenty copies and see what happens in four days. The chain
comes from Venezuela and was written by a missionary. Whatever you do,
DO NOT BREAK THE CHAIN.

Carol"""
    p = text(body, charset="UTF-8", cte="7bit")
    m = message(frm, to, "Fw: good luck for the weekend", "2024-10-04 12:31:40", p, rng)
    return done(m, frm, to)


@reg("positive", "virus-hoax", "fwd-inline", "Head of Year forwards a 'Christmas e-card wipes your hard drive, confirmed by Microsoft' virus hoax to tutors with a worried note")
def _(rng):
    frm = S["hoy10"]
    to = [L["tutors9"], ("Year 10 Tutors", "year10tutors@school.example")]
    orig = ("Pauline Gledhill", "pauline.gledhill@example.net")
    body = """Morning all - my mum sent me this last night. Not sure how true it is but better safe than sorry, please pass it round your tutor groups and families!!

Ryan

""" + fwd_block(orig, "Sun, 1 Dec 2024 at 19:02", "PLEASE READ - VIRUS WARNING", "<ryan.gledhill77@example.net>") + """

PLEASE PASS THIS ON TO EVERYONE IN YOUR ADDRESS BOOK!!!

In the coming days DO NOT open any email called "A CHRISTMAS CARD FROM A FRIEND" no matter who sends it. It is a virus that opens an Olympic torch which burns the whole hard disc of your computer. This virus comes from a known person you have on your list.

This was announced by Microsoft and McAfee this morning and they say it is the most destructive virus EVER. There is NO fix yet. It was also on the BBC.

Copy this message and send it to ALL your friends, family and contacts. It is better to receive this 25 times than to receive the virus and open it.

If you get an email called "A CHRISTMAS CARD FROM A FRIEND", even from someone you know, SHUT DOWN YOUR COMPUTER IMMEDIATELY.

FORWARD FORWARD FORWARD
"""
    p = text(body, charset="UTF-8", cte="7bit")
    m = message(frm, to, "Fwd: PLEASE READ - VIRUS WARNING", "2024-12-02 07:58:12", p, rng)
    return done(m, frm, to)


@reg("positive", "missing-child-hoax", "alternative", "Teaching assistant forwards a fake 'missing 7-year-old, police say share everywhere' appeal to colleagues and parents' group")
def _(rng):
    frm = S["ta"]
    to = [L["support"]]
    cc = [("Haigh family", "haighs.home@example.com")]
    body = """Please everyone share this, it's heartbreaking. Just had it from a friend on the school run

**** URGENT **** PLEASE SHARE ****
7 year old Lily-Rose went missing from the White Rose Centre around 2pm today. She was wearing a pink coat and unicorn leggings. Her mum is beside herself. Police have said the more people who share this the quicker she'll be found.

PLEASE DON'T JUST READ IT, FORWARD IT TO EVERYONE YOU KNOW. It only takes a second. Imagine if it was your child.

Copy and paste, don't just share!!

Jenny x"""
    html = gmail_html(body).replace("**** URGENT **** PLEASE SHARE ****", "<b><font color=\"#ff0000\">**** URGENT **** PLEASE SHARE ****</font></b>")
    p = multipart("alternative", [text(body, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")], rng)
    m = message(frm, to, "PLEASE SHARE - little girl missing", "2025-01-18 16:22:09", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("positive", "sick-child-donation", "html", "Inbound HTML chain claiming a cancer charity donates 5p per forward for a sick baby")
def _(rng):
    frm = ("Denise Hartley", "denise.hartley@example.com")
    to = [S["office"], ("Julie Brook", "j.brook@school.example")]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Arial;font-size:14px">
<p>Hi ladies, I don't normally send these but this one got to me. Please please pass it on xx</p>
<hr>
<p style="text-align:center"><b>THIS IS LITTLE AMY-LEIGH.</b></p>
<p>She is 14 months old and has a rare brain tumour. Her parents cannot afford the treatment in America.</p>
<p>A children's cancer charity and AOL have agreed to donate <b>5p</b> to Amy-Leigh's treatment <b>every time this email is forwarded</b>. They use a tracking code so they know how many people it has gone to.</p>
<p>If you delete this, you have no heart. It costs you NOTHING to forward it. If you forward it to 10 people that's 50p towards saving a little girl's life.</p>
<p style="color:#c00"><b>PLEASE FORWARD TO EVERYONE IN YOUR CONTACTS - DO NOT BREAK THE CHAIN</b></p>
<p>God bless xxx</p>
</div>
</body></html>"""
    p = text(html, subtype="html", charset="utf-8", cte="quoted-printable")
    m = message(frm, to, "Please don't delete - for Amy-Leigh", "2025-02-11 20:05:44", p, rng, mid_style="outlook",
                mid_domain="example.com")
    return done(m, frm, to, auth=False)


@reg("positive", "privacy-notice-hoax", "flowed", "Staff member sends colleagues a copy-and-paste 'I do not give permission to use my data' privacy-notice hoax")
def _(rng):
    frm = S["music"]
    to = [L["allstaff"]]
    body = """Hi all, apparently Google are changing the rules at midnight tonight and can use everything in our accounts unless we post this. Worth doing just in case? Copy and paste into an email to all your contacts, don't forward it or it doesn't count!

Abi

----

Deadline tomorrow! Everything you've ever emailed or posted becomes public from tomorrow. Even messages that have been deleted or photos not allowed. It costs nothing to copy and paste.

I do not give Google, Meta or any entities associated with them permission to use my pictures, information, messages or posts, both past and future. With this statement, I give notice that it is strictly forbidden to disclose, copy, distribute, or take any other action against me based on this profile and/or its contents. The content of this profile is private and confidential information. The violation of privacy can be punished by law (UCC 1-308-1 1-308-103 and the Rome Statute).

NOTE: Google is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once it will be tactically allowing the use of your photos, as well as the information contained in your messages.

DO NOT SHARE. You have to copy and paste.
"""
    p = text(flow(body), charset="UTF-8", flowed=True, cte="7bit")
    m = message(frm, to, "copy and paste this - Google privacy", "2024-09-27 15:40:13", p, rng, mid_style="apple")
    return done(m, frm, to)


@reg("positive", "gift-circle", "cp1252", "Inbound 'blessing loom' gift-circle pitch: gift 50 pounds, invite eight friends, receive 400")
def _(rng):
    frm = ("Sharon Midgley", "sharon.midgley@example.org")
    to = [("Kirsty Pollard", "k.pollard@school.example")]
    body = """Hiya Kirsty!!

Hope you're well hun. I've been invited into a lovely ladies' blessing circle and straight away thought of you - you always do so much for everyone else, it's your turn to receive!

How it works (it's so simple):
\u2022 You gift \u00a350 to the lady in the centre of the flower (the "Water")
\u2022 You then invite just 8 friends to join as "Fire" and they each gift \u00a350 to the centre
\u2022 As the flower splits you move towards the middle, and when you reach the centre you RECEIVE \u00a3400 from your 8!

It's NOT a pyramid scheme, it's a gifting circle so it's completely legal (gifts up to \u00a33,000 are tax free). Three of the girls from my Zumba class have already blossomed \u2013 one paid off her Christmas in a week.

The only rule is you MUST find your 8. If you break the loom everyone underneath you loses out, so please only say yes if you're committed <3

Spaces go fast so let me know by Sunday and I'll add you to the WhatsApp group. Forward this to any girls at work who could do with a little blessing too!!

Love Shaz xx"""
    p = text(body, charset="windows-1252", cte="quoted-printable")
    m = message(frm, to, "\u2728 A little blessing for you \u2728", "2024-11-22 19:13:00", p, rng, mid_style="outlook",
                mid_domain="example.org")
    return done(m, frm, to, auth=False)


@reg("positive", "curse-chain", "base64", "Year 8 pupil sends a 'ghost girl will appear at 3am unless you send to 15 people' curse chain (base64 body)")
def _(rng):
    frm = pupil("Tyler", "Sugden", "23")
    to = [pupil("Jayden", "Ahmed", "23"), pupil("Mason", "Greenwood", "23"), pupil("Kyle", "Jagger", "23"),
          pupil("Harvey", "Lister", "23"), pupil("Reece", "Ibbotson", "23"), pupil("Zak", "Mirza", "23")]
    body = """DONT STOP READING OR SHE WILL COME FOR U

there was a girl called Clara who was bullied at school and one day she got locked in the toilets and nobody came and she died in there. now her ghost goes round looking for the people who didnt help her.

if u read this u have to send it to 15 people before midnight or Clara will be stood at the end of ur bed at 3:00am tonight. a boy in Year 9 in Leeds deleted it and he woke up with scratches on his arm. 

if u send it to 5 people she will only watch u
if u send it to 10 people she will leave u alone
if u send it to 15 people u will be safe forever

sorry i had to send it i didnt want to die 😭😭😭
"""
    p = text(body, charset="UTF-8", cte="base64")
    m = message(frm, to, "dont ignore this 😭", "2025-03-06 22:18:51", p, rng)
    return done(m, frm, to)


@reg("positive", "forward-petition", "latin1", "Staff forward an email 'petition' where you add your name to the bottom and forward; send on at 500 names")
def _(rng):
    frm = S["cover"]
    to = [L["allstaff"]]
    body = """I've added my name - please add yours and pass it on! P

-------------------------------

PETITION TO STOP THE GOVERNMENT TAKING THE WINTER FUEL PAYMENT FROM PENSIONERS

Please do not just delete this. The government want to take the heating allowance from 10 million pensioners. We need 1,000,000 names to force a debate. It only takes a few seconds.

HOW TO SIGN: copy this whole email into a new message, add your name and town to the bottom of the list and send it to everyone you know. If you just hit forward it won't count. When the list reaches 500 names please send a copy to petition.collect@example.net so it can be added to the total and start a fresh list.

Please keep it going - our grandparents deserve better!

1. Margaret Hinchliffe, Huddersfield
2. John Hinchliffe, Huddersfield
3. Sue Barker, Wakefield
4. Renée Holmes, Pontefract
5. Dave Horsfall, Castleford
...
187. Tracey Gaunt, Morley
188. Ken Gaunt, Morley
189. Paula Marsden, Leeds
190.
"""
    p = text(body, charset="iso-8859-1", cte="quoted-printable")
    m = message(frm, to, "PETITION - please add your name", "2024-09-18 18:44:27", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("positive", "phone-scam-hoax", "latin1", "Office staff forward the 'press 9 and they charge your phone / take your bank details' hoax to all staff")
def _(rng):
    frm = ("Julie Brook", "j.brook@school.example")
    to = [L["allstaff"]]
    body = """Just had this from my neighbour who works for BT. Please read, and make sure your families know too.

****** WARNING ******

If you get a phone call on your mobile or landline from someone saying they are from BT or Openreach checking your line, and they ask you to press 9 or #90, HANG UP STRAIGHT AWAY!!

Pressing 9 gives them full access to your phone line and they can make calls to premium numbers abroad on your bill and see your bank details stored on your phone. This has been confirmed by the police and Which? and is already happening all over the north of England. My neighbour's friend lost over £2,000.

PLEASE send this to everyone you know, especially older relatives. The more people who know the fewer people get caught. Don't keep it to yourself!!

Julie
Office"""
    p = text(body, charset="iso-8859-1", cte="8bit")
    m = message(frm, to, "FW: PLEASE READ - phone scam", "2025-01-28 10:03:55", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("positive", "urban-legend-warning", "fwd-rfc822", "Staff member forwards, as an attached message, the 'HIV needles in cinema seats' urban-legend warning")
def _(rng):
    frm = S["pastoral"]
    to = [("Year 11 Tutors", "year11tutors@school.example"), S["hoy11"]]
    inner_from = ("Anne Crossley", "anne.crossley@example.org")
    ibody = """Subject: Warning to all parents - PLEASE READ

A friend of a friend who is a nurse at St James's told me this.

Somebody has been putting NEEDLES in the seats at cinemas and soft play centres. The needles are infected with HIV. When you sit down you get pricked and then you find a note that says "Welcome to the world of HIV".

This has happened in Leeds, Sheffield and Manchester. The police know but are keeping it quiet so people keep going to the cinema.

Please check seats before you or your kids sit down!!! And SEND THIS TO EVERY PARENT YOU KNOW. If it saves one child it will be worth it.
"""
    inner = message(inner_from, [("", "school-mums@example.org")], "Warning to all parents - PLEASE READ", "2025-02-20 08:11:00",
                    text(ibody.split("\n", 2)[2], charset="us-ascii", quote_charset=False), rng, mid_style="outlook",
                    mid_domain="example.org")
    note = """Hi both,

This came through on our parents' group. With the Year 11 trip to the Odeon after mocks I think we should pass it on to the kids and get it out to as many parents as possible. Forwarding as is.

Leanne
"""
    p = multipart("mixed", [text(note), rfc822(inner, "Warning to all parents - PLEASE READ.eml")], rng)
    m = message(frm, to, "Fwd: Warning to all parents - PLEASE READ", "2025-02-20 12:47:33", p, rng)
    return done(m, frm, to)


@reg("positive", "forward-for-money", "7bit", "Sixth-former sends the 'Microsoft will pay you for every person you forward this to' tracking hoax to friends")
def _(rng):
    frm = pupil("Danyal", "Rashid", "19")
    to = [pupil("Arjun", "Patel", "19"), pupil("Owen", "Naylor", "19"), pupil("Liam", "Fletcher", "19"),
          ("", "dan.r.gaming@example.com")]
    body = """lads this is proper, my cousin got a cheque last week. easiest money ever

-----

Dear Friends,

My name is Thomas Carlson, I am a lawyer working with Microsoft. Microsoft and AOL are now the largest Internet companies and in an effort to make sure that their email program remains the most widely used, they are running an e-mail beta test.

When you forward this e-mail to friends, Microsoft can and will track it (if you are a Microsoft Windows user) for a two week time period. For every person that you forward this e-mail to, Microsoft will pay you $245.00. For every person that you sent it to that forwards it on, Microsoft will pay you $243.00, and for every third person that receives it, you will be paid $241.00.

Within two weeks, Microsoft will contact you for your address and then send you a cheque.

I thought this was a scam myself, but two weeks after forwarding it on, Microsoft contacted me for my address and within days I received a cheque for $24,800.00.

Forward to as many people as possible. It really works.
"""
    p = text(body, charset="UTF-8", cte="7bit")
    m = message(frm, to, "Fwd: free money (legit)", "2024-10-30 16:55:02", p, rng)
    return done(m, frm, to)


@reg("positive", "sleepover-chain", "alternative", "Year 7 pupil sends a 'sleepover' quiz chain: answer, send to 20 people including me, or never get your crush")
def _(rng):
    frm = pupil("Isla", "Thornton", "24")
    to = [pupil("Freya", "Walker", "24"), pupil("Ruby", "Crabtree", "24"), pupil("Millie", "Hanson", "24"),
          pupil("Inaya", "Malik", "24"), pupil("Eva", "Kowalski", "24"), pupil("Grace", "Bairstow", "24")]
    body = """🌙💤 THE SLEEPOVER 💤🌙

u r invited to a sleepover! answer the questions, then send to 20 people INCLUDING ME. if u don't send it in 1 hr u won't get a sleepover invite for a YEAR and ur crush will never like u back 💔

1. name: Isla
2. age: 11
3. bestie: Freya obvs
4. crush: not telling 🙈
5. fave teacher: Miss Pollard
6. fave snack: haribo
7. who will u sleep next to: Freya & Ruby

if u get 5 back ur crush likes u
if u get 10 back ur crush will ask u out
if u get 20 back ur crush LOVES u ❤️❤️❤️

GO GO GO send it now!!!"""
    html = ('<div dir="ltr"><div style="text-align:center"><font size="4" color="#9900ff"><b>'
            + html_escape(body.split("\n")[0]) + '</b></font></div>'
            + gmail_html("\n".join(body.split("\n")[1:]))[len('<div dir="ltr">'):])
    p = multipart("alternative", [text(body, cte="base64"), text(html, subtype="html", cte="base64")], rng)
    m = message(frm, to, "SLEEPOVER 🌙 answer n send!!!", "2025-05-09 19:30:17", p, rng)
    return done(m, frm, to)


@reg("positive", "account-closure-hoax", "7bit", "Pupil forwards 'Gmail will delete your account unless you forward this to everyone' hoax to her whole contact list")
def _(rng):
    frm = pupil("Niamh", "Robinson", "21")
    to = [pupil("Aaliyah", "Nazir", "21"), pupil("Chloe", "Atkinson", "21"), pupil("Holly", "Lister", "21"),
          pupil("Jessica", "Thornton", "21"), pupil("Safa", "Iqbal", "21"), pupil("Sofia", "Nowak", "21"),
          pupil("Summer", "Shaw", "21"), pupil("Adam", "Chaudhry", "21")]
    body = """dont want to lose my account so sending to everyone x

>>>>>>>>>>>>>>>>>>

Dear Gmail user,

Gmail is running out of space because of too many inactive accounts. From 1st March all accounts that have not forwarded this message will be DELETED PERMANENTLY and you will lose all your emails, photos and Drive files.

To show you are still an active user you MUST forward this message to at least 15 people. Your account will turn green when you have done this (check the little dot next to your name).

If you do not forward it we will assume you no longer use your account.

This is not a joke. Our engineers are working on the problem.

The Gmail Team
"""
    p = text(body, charset="UTF-8", cte="7bit")
    m = message(frm, to, "Fwd: IMPORTANT - gmail account deletion", "2025-02-24 17:12:40", p, rng)
    return done(m, frm, to)


@reg("positive", "new-rules-hoax", "mobile", "Staff member sends from their phone the 'new communication rules: all calls recorded, government monitoring' copy-and-paste text")
def _(rng):
    frm = S["pe"]
    to = [("PE Department", "pe.dept@school.example"), ("", "chris.moorhouse.pe@example.com")]
    body = """Lads - seen this doing the rounds, pass it on to your families

From tomorrow new communication regulations come in:
- All calls are recorded
- All phone call recordings saved
- WhatsApp is monitored
- Twitter/X is monitored
- Facebook and Instagram are monitored
- All devices connected to the Ministry systems

Do not send any messages about the government or the King. Be careful what you send. Inform your children, relatives and friends.

If one tick - message sent
Two ticks - delivered
Two blue ticks - read
Three blue ticks - government has noted it
Two blue and one red - government is checking your info
One blue two red - government has started proceedings against you

Please share this with all your groups and contacts. Thanks

Sent from my Galaxy"""
    p = text(body, charset="UTF-8", cte="quoted-printable")
    m = message(frm, to, "pass it on", "2024-08-29 21:06:58", p, rng, mid_style="other", mid_domain="email.android.com")
    return done(m, frm, to)


@reg("positive", "novena-chain", "wrapped", "Parent sends a teacher a St Jude novena chain: send 13 copies, a man who ignored it lost his job")
def _(rng):
    frm = ("Bernadette Kilbride", "b.kilbride@example.net")
    to = [S["english"]]
    body = """Dear Miss Dawson,

Sorry to use this email for something that isn't school but you were so
kind to Ciara this year I wanted to pass this on to you. It has brought
our family great blessings.

NOVENA TO ST JUDE

May the Sacred Heart of Jesus be adored, glorified, loved and preserved
throughout the world now and forever. St Jude, worker of miracles, pray
for us. St Jude, help of the hopeless, pray for us.

Say this prayer nine times a day for nine days. Then you must send 13
copies of this message to others. On the 4th day your prayers will be
answered. It has never been known to fail.

A lady in Dewsbury received this and sent it on, and her son got the
job he had been praying for. A man who laughed at it and deleted it was
made redundant within the month. Do not break this chain. Send it within
13 days and see what happens.

God bless you and your family,
Bernadette Kilbride (Ciara's mum, 8LD)
"""
    p = text(wrap(body), charset="UTF-8", cte="7bit")
    m = message(frm, to, "A little prayer for you", "2024-07-19 20:30:00", p, rng, mid_style="other", mid_domain="example.net")
    return done(m, frm, to, auth=False)


@reg("positive", "abduction-hoax", "qp", "Inbound from a parent: 'man in white van tried to snatch a boy outside Asda' unverified warning urging everyone to share")
def _(rng):
    frm = ("Gary Dobson", "garydobson82@example.com")
    to = [S["reception"], S["hoy7"]]
    body = """To whoever reads this at school,

My wife got this on Facebook and I think you should send it out to every parent at the academy today.

"WARNING TO ALL PARENTS in Leeds/Bradford!!! A man in a white van (no number plate) tried to drag a 9 yr old lad into the back of his van outside Asda near the ring road yesterday at 3.45. The boy kicked him and ran. The police have been told but they won't put anything out. There are 3 of them and they're photographing kids outside schools in Beeston, Holbeck and Armley. PLEASE SHARE WITH EVERYONE YOU KNOW, copy and paste, don't just like it. Keep your kids close!!!"

Please can you copy this to all the parents and get the kids told in assemblies. Better safe than sorry. Can you also text it out on the parents' text service.

Gary Dobson"""
    p = text(body, charset="utf-8", cte="quoted-printable")
    m = message(frm, to, "URGENT white van - please send out to all parents", "2025-03-12 07:41:19", p, rng)
    return done(m, frm, to, auth=False)


@reg("positive", "money-chain", "attach-docx", "Inbound letter (as .docx) telling the reader to send 5 pounds to the top name on a list and add their own to the bottom")
def _(rng):
    frm = ("Opportunity Circle", "info@prosperityletters.example")
    to = [("", "office@school.example"), S["fin"]]
    doc = docx([
        "READ THIS LETTER CAREFULLY. IT CAN CHANGE YOUR LIFE.",
        "This is a fully legal, honest way to turn five pounds into thousands. It has worked for people all over the UK.",
        "STEP 1: Send a \u00a35 note, wrapped in paper, to the person at the top of the list below, with a note saying 'Please add me to your mailing list'. This is what makes it legal - you are buying a service.",
        "STEP 2: Remove the top name and add your own name and address at the bottom.",
        "STEP 3: Send this letter to at least 200 people. Email it to everyone in your address book, and to work colleagues.",
        "When your name reaches the top you will receive up to 6,400 five-pound notes. That's \u00a332,000!",
        "DO NOT BREAK THE CHAIN. One man in Rotherham kept the money and did not send it on; his business failed within a year. Everyone who has followed the steps has received cash.",
        "1. M. Ellis, PO Box 11, Doncaster",
        "2. T. Brannigan, 4 Linden Close, Barnsley",
        "3. S. Rowe, 27 Moss Lane, Wigan",
        "4. K. Pardoe, Flat 2, 9 Crown St, Halifax",
        "5. (YOUR NAME HERE)",
    ], title="THE PROSPERITY LETTER")
    body = """Good afternoon,

Please see the attached letter and pass it on to all your staff. Everybody who follows the instructions will benefit. Please forward to as many colleagues as you can.

Kind regards
The Opportunity Circle"""
    p = multipart("mixed", [text(body, charset="iso-8859-1", quote_charset=False),
                            binary(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Prosperity Letter.docx")], rng, style="other")
    m = message(frm, to, "Change your life - please read attached", "2024-10-09 14:02:33", p, rng, mid_style="other",
                mid_domain="prosperityletters.example")
    return done(m, frm, to, auth=False)


@reg("positive", "appreciation-chain", "html", "Teacher sends an HTML 'forward to 5 teachers who inspire you; if it comes back you're loved' chain to colleagues")
def _(rng):
    frm = S["history"]
    to = [("Humanities", "humanities@school.example"), S["english"], S["pshe"], S["science"]]
    html = """<html><body>
<div style="font-family:Georgia,serif;font-size:15px;color:#333">
<p>Aww this came from a mate at another school, thought we could all do with it in March!</p>
<p style="text-align:center;font-size:20px;color:#6a1b9a"><b>&#127822; A TEACHER'S CHAIN OF KINDNESS &#127822;</b></p>
<p>A teacher touches a thousand lives and never knows where their influence ends.</p>
<p>Send this to <b>FIVE teachers</b> who have inspired you, including the one who sent it to you. Then see how many come back.</p>
<ul>
<li>1 back &ndash; someone appreciates you</li>
<li>3 back &ndash; you're a brilliant colleague</li>
<li>5 back &ndash; you are LOVED</li>
</ul>
<p>If you break the chain you'll have a term of wet playground duties and Ofsted will call on a Friday afternoon &#128514;</p>
<p><b>DON'T KEEP IT TO YOURSELF &ndash; PASS IT ON!</b></p>
<p>Owen</p>
</div>
</body></html>"""
    p = text(html, subtype="html", cte="quoted-printable")
    m = message(frm, to, "Pass it on!! \U0001F34E", "2025-03-14 16:01:22", p, rng)
    return done(m, frm, to)


@reg("positive", "share-donation-hoax", "reply", "Reply-all 'done, passing it on' to a 'charity will donate 1 pound for every forward' chain, which is quoted in full")
def _(rng):
    frm = S["cover"]
    to = [("Julie Brook", "j.brook@school.example"), L["support"]]
    orig = """Please don't ignore! Macmillan have said that for every person this
email is forwarded to before the end of the month they will donate £1
to cancer care in hospices in Yorkshire. It's being tracked by
Microsoft. PLEASE forward to everyone in your address book - it costs
you nothing and you could raise hundreds of pounds just by clicking
send!!!

Forward to at least 10 people. Thank you xxx

Julie"""
    body = """Done! Sent to all my family, hopefully everyone else will too. Great
cause x

P

On Wed, 9 Oct 2024 at 11:04, Julie Brook <j.brook@school.example> wrote:
""" + quote(orig) + "\n"
    p = text(body, charset="UTF-8", cte="quoted-printable")
    m = message(frm, to, "Re: FW: Macmillan will donate £1 for every forward", "2024-10-09 11:36:50", p, rng,
                extra=[("In-Reply-To", "<CAL3x9Qm1bZ0pT7vYxk2WwH8sJfR@mail.gmail.com>"),
                       ("References", "<CAL3x9Qm1bZ0pT7vYxk2WwH8sJfR@mail.gmail.com>")])
    return done(m, frm, to)


@reg("positive", "candle-prayer-chain", "flowed", "Staff member asks colleagues to pray and pass a candle message to 7 people before midnight for a stranger's sick child")
def _(rng):
    frm = ("Wendy Oldroyd", "w.oldroyd@school.example")
    to = [L["support"], ("Kitchen Team", "catering@school.example")]
    body = """Hi all,

I know we don't usually do this at work but please take a minute. x

\U0001F56F\uFE0F LIGHT A CANDLE FOR BABY OSCAR \U0001F56F\uFE0F

Baby Oscar is fighting for his life in intensive care tonight. The doctors have said there is nothing more they can do and only a miracle will save him.

When you receive this, stop and say a prayer for Oscar, then send it to 7 people before midnight. Every time it is passed on, a candle is lit for him. Last year a message like this went round for a little girl in Hull and she made a full recovery - the doctors couldn't explain it.

Do not break the circle of prayer. If you can't send it to 7 please send it back to me so I know you prayed.

God bless,
Wendy
"""
    p = text(flow(body), charset="UTF-8", flowed=True, cte="quoted-printable", delsp=False)
    m = message(frm, to, "Please pray for baby Oscar and pass on", "2024-11-05 21:58:12", p, rng, mid_style="apple")
    return done(m, frm, to)


@reg("positive", "hacker-contact-hoax", "mobile", "Year 10 pupil warns friends not to accept 'Jayden K Smith' - a hacker - and to copy the warning to all contacts")
def _(rng):
    frm = pupil("Musa", "Sharif", "21")
    to = [pupil("Yusuf", "Hussain", "21"), pupil("Ibrahim", "Ali", "21"), pupil("Bilal", "Khan", "21"),
          pupil("Rehan", "Mahmood", "21"), pupil("Haris", "Begum", "21")]
    body = """Please tell all the contacts in your list not to accept Jayden K Smith's friend request or email. He is a hacker and has the system connected to your account. If one of your contacts accepts it you will also be hacked so make sure ALL your friends know. Thanks. Copy and paste this to everyone u know, dont forward.

Sent from Outlook for Android"""
    p = text(body, charset="utf-8", cte="7bit")
    m = message(frm, to, "WARNING read this", "2024-09-12 23:04:11", p, rng, mid_style="outlook",
                mid_domain="students.school.example")
    return done(m, frm, to)


@reg("positive", "virus-hoax", "fwd-inline", "Business manager forwards a fake 'IT department' warning about an unstoppable virus, telling everyone to forward to all colleagues")
def _(rng):
    frm = ("Diane Oates", "d.oates@school.example")
    to = [L["allstaff"]]
    orig = ("Network Services", "network.services@ict-alerts.example")
    body = """FYI - had this from a friend at another trust. Forwarding to everyone as it says.

Diane

""" + fwd_block(orig, "Tue, 21 Jan 2025 at 08:30", "*** URGENT VIRUS ALERT - FORWARD TO ALL STAFF ***", "undisclosed-recipients") + """

IMPORTANT - PLEASE CIRCULATE TO ALL MEMBERS OF STAFF

A new virus called "TIMETABLE UPDATE 2025" is being sent by email to schools and academies across the UK. IBM and Norton say it is a "class A" virus that deletes all files including anything saved on the cloud and cannot be removed. It was reported on Sky News last night.

If you receive an email called "Timetable Update 2025" DO NOT open it, and shut your computer down at the wall.

Please forward this warning to every person in your organisation and everyone in your personal address book. The more people that know, the slower it will spread.

Network Services
"""
    p = text(body, charset="UTF-8", cte="quoted-printable")
    m = message(frm, to, "Fwd: *** URGENT VIRUS ALERT - FORWARD TO ALL STAFF ***", "2025-01-21 10:17:44", p, rng)
    return done(m, frm, to)


@reg("positive", "wish-chain", "base64", "Pupil sends an emoji 'make a wish, send to 12 people, it comes true on Friday' chain (base64 UTF-8)")
def _(rng):
    frm = pupil("Aaliyah", "Iqbal", "24")
    to = [pupil("Hafsa", "Parveen", "24"), pupil("Zainab", "Akhtar", "24"), pupil("Maryam", "Bibi", "24"),
          pupil("Ayesha", "Nazir", "24")]
    body = """✨⭐✨⭐✨⭐✨⭐✨⭐✨

close ur eyes and make a wish 🙏

done it?

now send this to 12 ppl in the next 15 mins and ur wish will come true on FRIDAY 💫
if u send it to 5 it will come true in a month
if u send it to 0 ur wish will NEVER come true and u will have 7 yrs bad luck 😬

this is real my cousin did it and got a new phone

✨⭐✨⭐✨⭐✨⭐✨⭐✨"""
    p = text(body, charset="UTF-8", cte="base64")
    m = message(frm, to, "make a wish ✨", "2025-04-02 18:09:30", p, rng)
    return done(m, frm, to)


@reg("positive", "urban-legend-warning", "latin1", "Inbound 'kidney thieves drug travellers in hotels' warning, forward to everyone before the holidays (iso-8859-1)")
def _(rng):
    frm = ("Maureen Ackroyd", "mo.ackroyd@example.net")
    to = [S["senco"]]
    body = """Hello love,

Your Auntie Pat sent me this. Please pass it round all the teachers before they go off on their summer holidays abroad. Love Mum x

------------------------------------------------

TRAVELLERS BEWARE!!!

This is NOT a hoax. A gang is operating in hotels in Spain, Turkey and Greece. A businessman from Wakefield was offered a drink at the hotel bar by a friendly woman. The next thing he remembered was waking up in a bath full of ice with a note saying "DO NOT MOVE. CALL 112". Doctors found he had had both kidneys removed.

The gang sell the organs on the black market for £10,000 each. The Foreign Office know all about it but don't want to put people off travelling.

Please forward this to everyone you know who is going abroad, and everyone in your contacts. You could save a life. Don't delete it!!!
"""
    p = text(body, charset="iso-8859-1", cte="quoted-printable", quote_charset=False)
    m = message(frm, to, "Fw: TRAVELLERS BEWARE - please read", "2025-07-12 09:44:02", p, rng, mid_style="other",
                mid_domain="example.net")
    return done(m, frm, to, auth=False)


@reg("positive", "luck-chain", "attach-docx", "Staff member circulates an 'angel of luck' chain letter as a Word attachment to send on to ten people")
def _(rng):
    frm = ("Lorraine Speight", "l.speight@school.example")
    to = [L["support"], S["office"], S["reception"]]
    doc = docx([
        "This angel has been sent to you for protection and luck.",
        "Within 3 days of receiving this, send it to 10 people who mean something to you. The angel will watch over you and something wonderful will happen on the 4th day.",
        "Jacqueline sent it to 10 friends and won \u00a315,000 on a scratchcard.",
        "Pete ignored the angel. He lost his wallet the same day and his dog ran away.",
        "Claire sent it to 20 people and her daughter got engaged.",
        "Do not keep the angel. Do not break the chain. It has been passed around the world for 45 years.",
        "\u2665 Send to 10 people and wait for your miracle \u2665",
    ], title="\u2665 YOUR GUARDIAN ANGEL \u2665")
    body = "Ladies - a little angel for you all. Open the attachment and send it on to 10 people within 3 days!! xx Lorraine"
    p = multipart("mixed", [text(body), binary(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "guardian angel.docx")], rng)
    m = message(frm, to, "your guardian angel \u2665", "2025-01-10 13:25:48", p, rng)
    return done(m, frm, to)


@reg("positive", "book-exchange-chain", "fwd-rfc822", "English teacher forwards (as attachment) a 'send one book to the top name, get 36 back' book-exchange chain to parents and friends")
def _(rng):
    frm = S["english"]
    to = [("", "dawson.lucy@example.com"), ("Hannah Kerr", "hannah.kerr@example.org"), ("Rosie Pham", "rosiepham@example.net"),
          ("Amy Tate", "a.tate@school.example"), ("Ben Oxley", "b.oxley@school.example"), ("Lisa Hewitt", "lisahewitt@example.com")]
    inner_body = """Hi everyone!

I'm joining in a children's book exchange and I'd love you to join too. It's a great way to get new books for the kids and you only buy ONE.

Send one children's book (up to \u00a310) to the person in position 1 below. Then move my name to position 1 and put your name in position 2. Send this email to 6 friends within 5 days.

If everyone joins in, you will receive up to 36 books!! Turnaround is really quick.

Please only join if you are going to take part - it's not fair on the people who do if the chain is broken.

1. Zoe Bentley, 14 Spring Gardens, Otley LS21 3EA
2. Lucy Dawson, 22 Kirkstall Mount, Leeds LS4 2SD

Happy reading!!
"""
    inner = message(("Zoe Bentley", "zoe.bentley@example.org"), [("", "lucy.dawson@example.com")],
                    "Children's book exchange \U0001F4DA - join in!", "2025-03-02 10:05:11",
                    text(inner_body, cte="quoted-printable"), rng, mid_domain="example.org")
    note = """Hi all, I'm doing this book exchange - I've put myself in slot 2 (see attached). Please send a book to Zoe, move me to number 1, add yourselves and pass it on to 6 friends! Would be lovely for Alfie and the kids in my form too.

Lucy"""
    p = multipart("mixed", [text(note), rfc822(inner, "Children's book exchange.eml")], rng)
    m = message(frm, to, "Fwd: Children's book exchange \U0001F4DA - join in!", "2025-03-02 19:48:27", p, rng)
    return done(m, frm, to)


@reg("positive", "recipe-legend-chain", "cp1252", "Inbound 'department store charged me 250 pounds for a cookie recipe so pass it to everyone' urban legend")
def _(rng):
    frm = ("Christine Hollings", "chris.hollings@example.org")
    to = [("Food Technology", "food.tech@school.example"), ("Sian Battye", "s.battye@school.example")]
    body = """Hi Sian, thought you could use this for your cookery clubs!! Chris x

**********

My daughter and I had lunch in the caf\u00e9 at a posh London department store and had their famous chocolate chip cookies. They were so good I asked if they'd give me the recipe. The waitress said "I'm afraid not, but you can buy it". I asked how much and she said "only two fifty". I said fine, add it to my bill.

When my credit card statement came, the recipe had cost me \u00a3250, not \u00a32.50! They wouldn't refund it because "all recipes are sold at that price to stop them being copied".

So I am getting my own back. Here is the recipe for FREE. Please pass it on to EVERYONE you know - forward it to every person on your email list, so they don't get away with it.

\u2022 2 cups butter
\u2022 4 cups flour
\u2022 2 tsp bicarbonate of soda
\u2022 2 cups sugar
\u2022 24oz chocolate chips
\u2022 5 cups blended oatmeal
\u2022 1 8oz Hershey bar, grated
\u2026 etc

Remember: PASS IT ON \u2013 don\u2019t let them get away with it!!"""
    p = text(body, charset="windows-1252", cte="8bit")
    m = message(frm, to, "FW: \u00a3250 cookie recipe \u2013 pass it on!!", "2024-11-28 18:20:09", p, rng, mid_style="outlook",
                mid_domain="example.org")
    return done(m, frm, to, auth=False)


@reg("positive", "account-closure-hoax", "qp", "Sixth-former sends 'Snapchat is deleting inactive accounts - send this to everyone to stay active' to her year group list")
def _(rng):
    frm = pupil("Zainab", "Mahmood", "19")
    to = [L["y12"]]
    body = """guys this is actually happening, my friend's account got deleted last night!!

SNAPCHAT IS DELETING ACCOUNTS!!! 🚨
Snapchat has too many users and is shutting down inactive accounts from tonight. To keep your account and your streaks you HAVE to send this message to 20 people. If you don't, your account will be closed and you'll lose all your memories 😱

This is from Evan Spiegel (the owner). When you've sent it, your snap logo will go gold.

send it to everyone before 12!! 💛"""
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "PLS READ - snapchat deleting accounts tonight", "2025-01-30 21:31:00", p, rng)
    return done(m, frm, to)


@reg("positive", "drink-spiking-hoax", "attach-txt", "Staff member circulates a text attachment claiming drugged business cards are being handed to women; forward to every woman you know")
def _(rng):
    frm = ("Asma Rehman", "a.rehman@school.example")
    to = [L["allstaff"]]
    att = """*** WARNING TO ALL WOMEN - PLEASE FORWARD ***

A woman at a petrol station near Ilkley was approached by a man who offered his services as a painter and gave her a business card. She took it and got into her car. Within minutes she felt dizzy and could hardly breathe. The man was waiting near her car.

The card had been soaked in a drug called BURUNDANGA (scopolamine) which is absorbed through the skin. Gangs are using it to rob and abduct women across West Yorkshire.

The police have confirmed this. A nurse at Airedale has seen several cases.

Please send this to every woman you know - mums, sisters, daughters, friends, colleagues. Do not ignore it. The more people who see it the safer we all are.
"""
    body = """Hi everyone, please read the attached and forward it on to all the women in your lives. Scary stuff.

Asma"""
    p = multipart("mixed", [text(body), text(att, filename="WARNING to all women.txt", cte="7bit")], rng)
    m = message(frm, to, "PLEASE READ AND FORWARD - warning to women", "2025-04-24 11:52:16", p, rng)
    return done(m, frm, to)


# ------------------------------------------------------------------ negatives

@reg("negative", "closure-pass-on", "alternative", "Headteacher's snow-closure notice asking parents to pass the information to other families who may not have seen it")
def _(rng):
    frm = S["head"]
    to = [("Parents and Carers", "reception@school.example")]
    rcpt = [("", "parents.y7@example.org"), ("", "parents.y8@example.org"), ("", "parents.y9@example.org")]
    body = """Dear Parents and Carers,

Due to the heavy snowfall overnight and advice from the council's highways team, the academy will be CLOSED to all students today, Thursday 9 January. The site team have been in since 5.30am but the steep access from Wortley Road is not safe for buses or pedestrians.

Work will be set on Google Classroom for all year groups by 10am. Year 11 and Year 13 students should join their live revision sessions at the usual timetabled times.

We are aware that not every family has received this text message because of a problem with our messaging provider this morning. If you are in touch with other parents from your child's year group, please could you pass this information on to them.

We will update the website and our social media by 2pm about tomorrow.

Stay safe and warm,

Dr Alison Kaye
Headteacher"""
    p = multipart("alternative", [text(body, cte="quoted-printable"), text(outlook_html(body, "Arial"), subtype="html", cte="quoted-printable")], rng)
    m = message(frm, to, "Academy closed today - Thursday 9 January", "2025-01-09 06:52:03", p, rng)
    return (m, frm[1], [r[1] for r in rcpt], frm[1])


@reg("negative", "phishing-warning", "wrapped", "IT helpdesk warns staff about a real password-expiry phishing email: do not forward it, delete it and report")
def _(rng):
    frm = S["it"]
    to = [L["allstaff"]]
    body = """Dear colleagues,

Several staff have this morning received an email with the subject
"Your password expires today - action required", appearing to come from
"Google Workspace Admin". It is a phishing email. It did NOT come from
us or from Google.

What to do if you have received it:

 - Do not click the "Keep my password" button or any link in it.
 - Do not forward it to colleagues to ask if it is real - this just
   spreads it further. Use the "Report phishing" option in Gmail (the
   three dots next to Reply) and then delete it.
 - If you have already clicked the link and entered your password,
   change your password straight away at myaccount.google.com and ring
   the helpdesk on extension 2245 so we can check your account.

We have blocked the sending domain, but copies may still be sitting in
some inboxes. As always, we will never ask for your password by email.

Thanks,
Stuart
IT Services"""
    p = text(wrap(body), cte="7bit")
    m = message(frm, to, "Phishing email this morning - do not click, do not forward", "2025-02-04 09:15:27", p, rng)
    return done(m, frm, to)


@reg("negative", "pshe-lesson", "attach-docx", "PSHE lead shares a Year 8 lesson plan on chain messages and peer pressure online; the plan quotes an example chain text for discussion")
def _(rng):
    frm = S["pshe"]
    to = [("Year 8 Tutors", "year8tutors@school.example")]
    doc = docx([
        "Year 8 PSHE - Spring 2, Lesson 3: Chain messages, hoaxes and pressure online",
        "Learning objectives: recognise the features of chain messages and hoaxes; understand why they create anxiety; know how to respond and who to tell.",
        "Starter (5 min): Show slide 2. Ask: Have you ever received a message telling you to send it on 'or else'? How did it make you feel? (No names.)",
        "Main activity (20 min): In pairs, read the example message on the worksheet. Highlight (a) the threat, (b) the deadline, (c) the 'proof' story, (d) the instruction to forward. Example message for analysis: 'Send this to 15 people by midnight or a ghost will visit you at 3am. A girl who ignored it woke up with scratches.'",
        "Discussion (10 min): Why do these messages work? Link to fear, FOMO and friendship pressure. Emphasise that nothing happens if you don't forward it.",
        "Plenary (5 min): What should you do? Don't forward; delete it or block the sender; talk to a trusted adult if it upsets you; report anything threatening.",
        "Safeguarding note: some students may disclose worry or sleep problems caused by frightening messages. Log on CPOMS as usual and let the Head of Year know.",
    ], title="PSHE Y8 - Chain messages and online pressure")
    body = """Hi all,

Attached is next Wednesday's PSHE lesson for Year 8. The slides are in the shared drive (PSHE > Y8 > Spring 2). This one came out of the survey where a lot of Year 8s said they'd had scary 'send this on' messages, especially on WhatsApp and Snapchat.

Please don't put the example message on the board as a 'real' message - it's on the worksheet purely for analysis, and the point of the lesson is that students shouldn't pass these on.

Any questions give me a shout.

Sophie
PSHE Lead"""
    p = multipart("mixed", [text(body, cte="quoted-printable"),
                            binary(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Y8 PSHE Sp2 L3 Chain messages.docx")], rng)
    m = message(frm, to, "Y8 PSHE next week - chain messages lesson", "2025-03-06 15:44:10", p, rng)
    return done(m, frm, to)


@reg("negative", "computing-worksheet", "zip", "Computing teacher sends a zip of 'spotting hoaxes and scams' worksheets and answer sheet to his department")
def _(rng):
    frm = S["computing"]
    to = [("Computing Dept", "computing@school.example")]
    ws = """KS3 Computing - Unit 4: Staying Safe Online
Worksheet 2: Hoax, scam or genuine?

Read each message and decide whether it is a HOAX, a SCAM or GENUINE.
Give two pieces of evidence for each answer.

Message A: "Gmail will delete your account unless you forward this to
15 people." (Hint: would a company really need you to forward emails to
know your account is active?)

Message B: An email from the school's IT team saying the network will be
down on Saturday for maintenance, with no links and no request for your
password.

Message C: "Congratulations! You have won a PS5. Click here and enter
your bank details to pay for delivery."

Extension: Write three rules a Year 7 student could follow to avoid
being fooled. Use the words: sender, urgency, link, evidence.
"""
    ans = """ANSWERS (teacher copy)
A - HOAX. Chain-letter structure: threat + instruction to forward, no
    real sender, no way for a company to 'track' forwards.
B - GENUINE. Known sender, no links, no request for data, expected.
C - SCAM. Too good to be true, asks for bank details, urgency.
"""
    z = zipf([("Worksheet2_Hoax_scam_genuine.txt", ws), ("Worksheet2_ANSWERS.txt", ans),
              ("Unit4_L2_plan.docx", docx(["Lesson 2: hoaxes and scams. Starter, worksheet, plenary quiz on Kahoot."], title="Unit 4 Lesson 2"))])
    body = """Hi team,

Resources for Unit 4 lesson 2 (hoaxes and scams) zipped up here so they're in one place. Answer sheet is teacher-only please, don't upload it to Classroom.

Cheers
Tom"""
    p = multipart("mixed", [text(body), binary(z, "application/zip", "Unit4_L2_resources.zip")], rng)
    m = message(frm, to, "Unit 4 L2 resources (hoaxes & scams)", "2024-11-11 17:20:55", p, rng)
    return done(m, frm, to)


@reg("negative", "supply-chain-lesson", "flowed", "Business Studies teacher sets Year 12 homework on supply chains (and chain of command)")
def _(rng):
    frm = S["business"]
    to = [("12B Business", "12b.business@students.school.example")]
    body = """Hi 12B,

As promised, here's the homework following today's lesson on operations management. Due next Tuesday.

1. Draw the supply chain for a product of your choice (we used a Greggs sausage roll as the example in class: farms -> meat processor -> bakery -> distribution -> shop -> customer). Label where value is added at each stage.

2. Explain two ways a disruption in the supply chain (e.g. the Suez Canal blockage, driver shortages) could affect a business's costs and its customers. 6 marks.

3. Short answer: what is the difference between a long chain of command and a flat structure? Which would suit a small independent coffee shop and why? 4 marks.

Use the textbook chapter 9 and the case study on Classroom. Please submit on Classroom as a Google Doc, not a photo.

Miss Lord
"""
    p = text(flow(body), flowed=True, cte="7bit", charset="UTF-8")
    m = message(frm, to, "12B homework - supply chains", "2024-10-15 15:36:02", p, rng, mid_style="apple")
    return done(m, frm, to)


@reg("negative", "food-chain-revision", "qp", "Science teacher sends Year 9 revision notes on food chains and webs before the end-of-topic test")
def _(rng):
    frm = S["science"]
    to = [("9X2 Science", "9x2.science@students.school.example")]
    body = """Hi 9X2,

Test on Ecology is next Thursday. Here's a summary of what you need to know – learn it, don't just read it!

FOOD CHAINS
• Arrows show the direction energy flows, from the thing being eaten to the thing that eats it.
• A food chain always starts with a producer (a plant or alga) which makes glucose by photosynthesis.
• Primary consumer → secondary consumer → tertiary consumer. The top of the chain is the apex predator.
• Example: grass → rabbit → fox.

FOOD WEBS
• Lots of interlinked food chains. If one population falls, think about what happens to the others (e.g. if rabbits die out, foxes eat more voles).

PYRAMIDS OF BIOMASS
• Only about 10% of energy is passed on at each step, so chains rarely have more than 4–5 links.

Practice questions are on Seneca (assignment set today). 

Mr Rafiq"""
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "Ecology test next week - food chains revision", "2025-05-01 16:12:43", p, rng)
    return done(m, frm, to)


@reg("negative", "charity-event", "html", "Coffee morning invitation to staff for a cancer charity; proceeds donated, no forwarding")
def _(rng):
    frm = S["pastoral"]
    to = [L["allstaff"]]
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi everyone,</p>
<p>It's that time of year again! We're holding our <b>coffee morning</b> in the staffroom on <b>Friday 27 September, 8am&ndash;11am</b> (and break time).</p>
<p>&#9749; Tea, coffee and cake for a donation &ndash; card reader available.<br>
&#127856; Bakers wanted! If you can bring something, please add your name to the sheet on the staffroom fridge.<br>
&#127873; Raffle prizes gratefully received &ndash; drop them with Leanne in Pastoral.</p>
<p>Every penny raised goes to the cancer nursing charity. Last year we raised &pound;412, which would be amazing to beat.</p>
<p>Thank you so much,<br>Leanne &amp; the Wellbeing Team</p>
</body></html>"""
    p = text(html, subtype="html", cte="quoted-printable")
    m = message(frm, to, "Coffee morning - Friday 27th", "2024-09-19 12:02:30", p, rng)
    return done(m, frm, to)


@reg("negative", "newsletter-share", "alternative", "Sixth form open evening newsletter to families that says feel free to forward to friends who might be interested")
def _(rng):
    frm = S["sixth"]
    to = [("Sixth Form", "sixthform@school.example")]
    rcpt = [("", "y11.families@example.org")]
    body = """SIXTH FORM OPEN EVENING – Thursday 14 November, 5.30–8pm

Dear Year 11 families,

We'd love to see you at our Sixth Form Open Evening. You can:
- meet subject teachers and current students in every A level and BTEC area
- hear talks from me (6pm and 7pm) on entry requirements, the 16–19 bursary and our university and apprenticeship support
- have a look round the new study centre

Applications open on the night and close on 31 January. Students don't need to have chosen their subjects yet – just come along and ask questions.

If you know friends or neighbours with children in Year 11 at other schools who might be interested, you are very welcome to forward this newsletter to them. No need to book.

Best wishes,
Mrs P Mistry
Head of Sixth Form"""
    html = outlook_html(body, "Arial")
    p = multipart("alternative", [text(body, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")], rng)
    m = message(frm, to, "Sixth Form Open Evening - Thursday 14 November", "2024-11-04 16:00:00", p, rng)
    return (m, frm[1], [r[1] for r in rcpt], frm[1])


@reg("negative", "school-petition", "7bit", "School council president tells form reps about their petition for water fountains - paper forms in reception, presented to SLT")
def _(rng):
    frm = pupil("Maryam", "Khan", "20")
    to = [("Student Council", "studentcouncil@students.school.example")]
    cc = [S["pastoral"]]
    body = """Hi everyone,

Thanks for coming to council on Tuesday. As agreed, we are running a petition for more water fountains (especially in C block and by the sports hall).

- The petition forms are in the blue folder at reception. Each form rep please collect one on Monday and take it round your tutor group during tutor time.
- Only people in school can sign (students and staff), with their tutor group. No online version, no sharing on socials please, Mrs Walsh says it needs to be verifiable.
- Forms back to reception by Friday 21st.

Me and Haris will count them and present the petition and our costings to SLT at the meeting on the 26th. Mr Booth has already said DT could help design the signs.

Thanks!
Maryam (Student Council President)"""
    p = text(body, cte="7bit")
    m = message(frm, to, "Water fountain petition - what reps need to do", "2025-03-13 13:10:22", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("negative", "thank-you-round-robin", "cp1252", "Retiring staff member thanks everyone for the card, flowers and collection")
def _(rng):
    frm = ("Margaret Firth", "m.firth@school.example")
    to = [L["allstaff"]]
    body = """Dear all,

I just wanted to say a huge thank you for Friday. The card (which I\u2019ve read about six times now), the beautiful flowers, the voucher and the collection \u2013 I really wasn\u2019t expecting any of it, and the speech from Alison nearly set me off.

Thirty-one years in the finance office goes very quickly. I\u2019ve loved working with you all, even the lot of you who never hand in your receipts on time!

I\u2019ll be popping back for the Christmas concert, so it\u2019s not goodbye.

With love and thanks,
Margaret :)"""
    p = text(body, charset="windows-1252", cte="quoted-printable")
    m = message(frm, to, "Thank you all!", "2024-07-22 10:30:55", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("negative", "chain-of-custody", "latin1", "Exams officer reminds invigilators about the secure chain of custody for exam papers")
def _(rng):
    frm = S["exams"]
    to = [("Invigilators", "invigilators@school.example")]
    cc = [S["exams_box"]]
    body = """Dear invigilators,

Ahead of the summer series starting on Monday, a reminder of our chain of custody procedure. The JCQ inspector can visit unannounced, so please follow this every session:

1. Papers stay in the secure room until 20 minutes before the start. Only I, or Anne in my absence, collect them.
2. Two people carry papers to the exam room. The packets are checked against the seating plan and opened in front of candidates.
3. Scripts are counted, placed in candidate-number order and sealed in the envelope in the room. Both invigilators sign the script tracking log (the orange sheet).
4. Scripts go straight back to the secure room. They must never be left unattended, even for a moment, including in the exams office.
5. Parcelforce collection is logged with the consignment number.

If anything breaks the chain (e.g. a packet looks tampered with, or a script is unaccounted for), stop and ring me on extension 2201 immediately.

Thank you all - briefing in the sports hall at 8.15 on Monday, coffee and croissants provided.

Imran Qureshi
Exams Officer"""
    p = text(body, charset="iso-8859-1", cte="8bit")
    m = message(frm, to, "Summer exams - chain of custody reminder", "2025-05-08 14:55:09", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("negative", "secret-santa", "attach-xlsx", "Staff social committee organises the department Secret Santa with a sign-up spreadsheet: one gift, 10 pound limit")
def _(rng):
    frm = ("Amy Tate", "a.tate@school.example")
    to = [("English Dept", "english@school.example"), ("Maths Dept", "maths@school.example")]
    sheet = xlsx([["Name", "Dept", "In? (Y/N)", "Any no-nos (allergies etc)"],
                  ["Amy Tate", "English", "Y", "no chocolate"],
                  ["Lucy Dawson", "English", "Y", ""],
                  ["Ben Oxley", "Maths", "", ""],
                  ["Sam Ibbotson", "Maths", "", ""]], sheet="Secret Santa")
    body = """Hi both departments!

Secret Santa time. Put your name on the sheet (attached, or the copy on the shared drive) by Friday 29th. I'll draw names and email everyone their person privately.

Rules: one gift, £10 limit, wrapped with the recipient's name on, under the tree in the English office by Wednesday 18th. Presents opened at the joint Christmas lunch on the 19th.

Amy x"""
    p = multipart("mixed", [text(body, cte="quoted-printable"),
                            binary(sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Secret Santa 2024.xlsx")], rng)
    m = message(frm, to, "Secret Santa \U0001F385 sign up by Friday", "2024-11-25 12:40:00", p, rng)
    return done(m, frm, to)


@reg("negative", "kindness-campaign", "html", "Pastoral team launches Kindness Week: students write notes to classmates during tutor time")
def _(rng):
    frm = S["pastoral"]
    to = [L["tutors9"], ("Year 7 Tutors", "year7tutors@school.example"), ("Year 8 Tutors", "year8tutors@school.example")]
    html = """<div dir="ltr"><p>Dear tutors,</p>
<p>Next week is <b>Kindness Week</b> (Anti-Bullying Week). Thank you for all your help with this.</p>
<p><b>Monday:</b> odd socks &ndash; assemblies led by the Anti-Bullying Ambassadors.<br>
<b>Tuesday&ndash;Thursday tutor time:</b> &quot;Kind Notes&quot;. Every student gets a slip with the name of someone in the tutor group (please use the randomised list in the shared drive so nobody is left out) and writes something kind about them. Please read the slips before handing them out &ndash; anything unkind goes straight to the Head of Year.<br>
<b>Friday:</b> the notes go up on the &quot;Kindness Wall&quot; outside the library.</p>
<p>We're not asking students to send anything on social media or by email &ndash; it's all on paper in tutor time.</p>
<p>Thanks,<br>Leanne</p></div>"""
    p = text(html, subtype="html", cte="quoted-printable")
    m = message(frm, to, "Kindness Week - tutor time plan", "2024-11-08 15:20:41", p, rng)
    return done(m, frm, to)


@reg("negative", "viral-challenge-briefing", "wrapped", "DSL briefs staff about a scary viral 'challenge' story doing the rounds: don't share it with students or parents, respond calmly")
def _(rng):
    frm = S["dsl"]
    to = [L["allstaff"]]
    body = """Dear all,

Some of you will have seen messages on social media and parent groups
about a "challenge" supposedly telling children to harm themselves, with
a creepy character that "appears" in videos. Several students in Years 7
and 8 have mentioned it today.

The UK Safer Internet Centre and the police have confirmed there is no
evidence this challenge is real. These stories spread because people
share warnings about them, and the warnings themselves frighten
children.

What we are asking:

 - Please do not name the challenge, show images or forward the warning
   to students, parents or colleagues.
 - If a student raises it, reassure them, keep it low-key, and remind
   them they can always talk to an adult. Log anything concerning on
   CPOMS as normal.
 - Parents asking about it can be pointed to the general online safety
   advice on our website. We will not be sending a letter home, on
   police advice.

Thanks for your help with this.

Mark Ellison
Designated Safeguarding Lead"""
    p = text(wrap(body), cte="7bit")
    m = message(frm, to, "Online 'challenge' stories - please don't share", "2025-02-26 16:05:12", p, rng)
    return done(m, frm, to)


@reg("negative", "parent-rep-share", "mobile", "Parent-teacher association rep asks the Year 11 lead to share prom fundraising details in the class parents' groups")
def _(rng):
    frm = S["hoy11"]
    to = [("Claire Nowak", "claire.nowak.pta@example.com")]
    body = """Hi Claire,

Yes happy for you to share the prom fundraiser details in the Y11 parents' WhatsApp groups - the bag pack at Morrisons is Sat 8 Feb 9-4, sign-up sheet is with Sandra in the office. Just don't put any student names or photos in the message please.

Thanks for organising!
Dan

Sent from my iPhone"""
    p = text(body, charset="us-ascii", cte="7bit", quote_charset=False)
    m = message(frm, to, "Re: Prom fundraiser", "2025-01-22 19:02:47", p, rng, mid_style="apple")
    return done(m, frm, to)


@reg("negative", "sponsored-walk", "base64", "Letter to families about the Year 7 sponsored walk: ask family and friends to sponsor you per mile")
def _(rng):
    frm = S["hoy7"]
    to = [("Year 7", "year7.parents@school.example")]
    rcpt = [("", "year7.families@example.org")]
    body = """Dear Parents and Carers,

On Friday 20 June, Year 7 will be taking part in a sponsored walk along the canal from Kirkstall Abbey to Rodley and back (about 6 miles), raising money for the children's hospice and for our new sensory garden.

Your child will bring home a sponsorship form this week. They can ask family and friends to sponsor them either a fixed amount or an amount per mile. Please do not go door to door with strangers. Money should be collected after the walk and brought to the finance office in an envelope with the form by Friday 4 July, or paid on the online payments system under "Y7 sponsored walk".

Students will need: comfortable trainers, a waterproof, a packed lunch and plenty of water. Students on free school meals will be given a packed lunch.

We will be back at the academy by 2.45pm for normal home time.

Many thanks,
Mrs K Pollard
Head of Year 7"""
    p = text(body, charset="UTF-8", cte="base64")
    m = message(frm, to, "Year 7 sponsored walk - Friday 20 June", "2025-06-02 14:00:00", p, rng)
    return (m, frm[1], [r[1] for r in rcpt], frm[1])


@reg("negative", "english-lesson", "flowed", "English teacher plans a Year 10 lesson analysing a short story about a chain letter and persuasive language")
def _(rng):
    frm = S["english"]
    to = [("English Dept", "english@school.example")]
    body = """Hi all,

For the Year 10 Language Paper 2 unit I've put together a lesson using the short story where a family receives a chain letter through the post and the mum refuses to send it on. It works really well for analysing persuasive and manipulative language alongside the non-fiction texts.

Structure:
- Starter: students list the ways the letter tries to make the reader act (threat, deadline, anecdotes about 'what happened' to others, flattery).
- Main: compare with a real charity appeal letter - what's the difference between persuasion and manipulation? Q5-style writing task: 'Write a letter to a younger student explaining why they shouldn't give in to chain messages.'
- Plenary: peer-assess against the AO5/AO6 grid.

Resources are in Y10 > Paper 2 > Week 4. Let me know if you'd like me to model it in the dept meeting.

Lucy
"""
    p = text(flow(body), flowed=True, cte="7bit", charset="UTF-8")
    m = message(frm, to, "Y10 P2 lesson idea - the chain letter story", "2025-01-13 17:50:31", p, rng, mid_style="tbird")
    return done(m, frm, to)


@reg("negative", "get-well-card", "7bit", "Staff are told a colleague is in hospital; card in the staffroom to sign, please respect privacy")
def _(rng):
    frm = S["head"]
    to = [L["allstaff"]]
    body = """Dear colleagues,

Many of you have asked after Ken in the site team. With his permission, I can tell you that he had his operation yesterday and it went well. He is likely to be off until after half term.

There is a card in the staffroom if you would like to sign it - it will go to him on Friday. Please don't visit or message him at the hospital for now; his family have asked for a bit of peace while he recovers.

Thank you, as always, for looking after each other.

Alison"""
    p = text(body, cte="7bit")
    m = message(frm, to, "Ken - update and card", "2025-02-05 12:25:08", p, rng)
    return done(m, frm, to)


@reg("negative", "buddy-scheme", "qp", "Head of Year 7 asks sixth-formers to sign up as buddies for incoming Year 7s during transition")
def _(rng):
    frm = S["hoy7"]
    to = [L["y12"]]
    body = """Hi Year 12,

We're looking for friendly, reliable sixth formers to be Year 7 Buddies from September. You'd be matched with a tutor group and:

• help out on Induction Day (Wednesday 2 July) – showing new students round, helping them find rooms;
• pop into your tutor group once a week during the autumn term;
• be someone they can talk to about settling in (you'll get a short training session from the pastoral team on what to pass on to staff).

It looks great on your UCAS personal statement or apprenticeship applications and counts towards your enrichment hours.

If you're interested, fill in the Google Form on the Year 12 Classroom page by Friday. Any questions, come and see me in Pastoral (room A12).

Thanks!
Miss Pollard"""
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "Year 7 Buddies – sign up by Friday", "2025-06-10 08:40:18", p, rng)
    return done(m, frm, to)


@reg("negative", "exam-board-notice", "fwd-inline", "Exams officer forwards an awarding body's timetable change notice to Year 13, as the board asks centres to pass it on to candidates")
def _(rng):
    frm = S["exams"]
    to = [L["y13"]]
    cc = [S["sixth"]]
    body = """Year 13,

Please read the message below from the exam board. Your A level Psychology Paper 3 has moved. Your personal timetable on Arbor will be updated by Friday; if you have a clash, come and see me in the exams office.

Mr Qureshi

""" + fwd_block(("Awarding Body Centre Support", "centre.support@awardingbody.example"), "Mon, 3 Mar 2025 at 10:12",
                  "Important: change to summer 2025 timetable - 7182/3", "Exams Officers") + """

Dear Exams Officer,

Due to a clash with a religious festival, we have moved A-level Psychology Paper 3 (7182/3) from the morning of Friday 6 June to the afternoon of Monday 9 June 2025. All other papers remain as published.

Please inform all affected candidates at your centre and update your internal timetables. The revised final timetable is available on our website.

Centre Support Team
"""
    p = text(body, cte="7bit")
    m = message(frm, to, "Fwd: Important: change to summer 2025 timetable - 7182/3", "2025-03-03 13:30:45", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("negative", "good-luck-newsletter", "html", "Weekly newsletter to families wishing Year 11 and 13 good luck in their exams, with revision tips and dates")
def _(rng):
    frm = S["head"]
    to = [("Calder Vale Academy", "newsletter@school.example")]
    rcpt = [("", "families@example.org")]
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="12" style="border:1px solid #ddd">
<tr><td style="background:#14325c;color:#fff;font-size:22px"><b>The Weekly Update</b> &ndash; 9 May 2025</td></tr>
<tr><td>
<h3>Good luck, Year 11 and Year 13!</h3>
<p>Exams start on Monday. Everyone at the academy wishes our students the very best of luck &ndash; they have worked incredibly hard. Breakfast is served in the canteen from 7.45am on exam days, free for exam candidates.</p>
<h3>Top tips for families</h3>
<ul><li>Check your child's personal timetable (on Arbor) and make sure they know morning vs afternoon.</li>
<li>Phones must be handed in before entering the exam room.</li>
<li>If your child is ill on an exam day, ring the exams office on 0113 496 0455 before 8.30am.</li></ul>
<h3>Dates</h3>
<p>Half term: Monday 26 May &ndash; Friday 30 May<br>Year 11 leavers' assembly: Friday 20 June</p>
<p>Dr A Kaye, Headteacher</p>
</td></tr></table></body></html>"""
    p = text(html, subtype="html", cte="base64")
    m = message(frm, to, "Weekly Update - Good luck to our exam students!", "2025-05-09 15:30:00", p, rng)
    return (m, frm[1], [r[1] for r in rcpt], frm[1])


@reg("negative", "missing-pupil-internal", "reply", "DSL replies to Head of Year about a pupil reported missing: police involved, staff to report sightings to DSL, not to share on social media")
def _(rng):
    frm = S["dsl"]
    to = [S["hoy9"]]
    cc = [S["head"], ("Year 9 Tutors", "year9tutors@school.example")]
    orig = """Mark - just had a call from Kacper's mum, he didn't come home last night
and isn't answering his phone. She's rung the police. Do you want me to
tell the tutors? Some of his friends might know something.

Gemma"""
    body = """Thanks Gemma. I've spoken to the police (ref via the MASH) and to mum.

Tutors - please quietly ask in registration whether anyone has heard
from Kacper since yesterday afternoon. Anything at all comes straight to
me or Gemma, in person or by phone, not by email. Please don't discuss
it in front of classes, and if students mention posts about it on
social media, ask them not to share anything and let me know.

I'll update SLT at lunchtime.

Mark

On Tue, 14 Jan 2025 at 08:21, Gemma Holt <g.holt@school.example> wrote:
""" + quote(orig) + "\n"
    p = text(body, cte="7bit")
    m = message(frm, to, "Re: Kacper N (9HT) - not come home", "2025-01-14 08:34:27", p, rng, cc=cc,
                extra=[("In-Reply-To", "<CAE7rR2pLm0QkdZ8sV1yXcN4b@mail.gmail.com>"),
                       ("References", "<CAE7rR2pLm0QkdZ8sV1yXcN4b@mail.gmail.com>")])
    return done(m, frm, to + cc)


@reg("negative", "hoax-debunk", "wrapped", "Network manager tells staff that a 'virus in the Teams update' warning is a hoax and asks them not to pass it on")
def _(rng):
    frm = S["netman"]
    to = [L["allstaff"]]
    body = """Hi all,

Quick one. A few people have asked me about a message going round
(mainly on WhatsApp and personal email) saying a virus is hidden in
"the new Teams update" and that everyone should forward the warning to
all their contacts.

This is a hoax. There's no such virus, and we don't use Teams here
anyway - we're on Google Workspace. Please don't forward the warning to
anyone, just delete it. If you ever get a security warning and you're
not sure, send it to ithelpdesk@ as an attachment and we'll check it.

Windows updates on school laptops are managed centrally and are safe to
install when prompted.

Stuart
Network Manager"""
    p = text(wrap(body), cte="7bit", charset="us-ascii", quote_charset=False)
    m = message(frm, to, "That 'Teams virus' message is a hoax", "2024-12-10 11:10:10", p, rng, mid_style="tbird")
    return done(m, frm, to)


@reg("negative", "daisy-chain-leavers", "reply", "Year 13 leavers' day planning reply: flower crowns and daisy chains, hoodies, yearbook")
def _(rng):
    frm = S["sixth"]
    to = [pupil("Grace", "Fletcher", "18"), pupil("Adam", "Patel", "18")]
    cc = [("Leavers Committee", "leavers2025@students.school.example")]
    orig = """Hi Miss,

For leavers day the committee want to do a flower crown / daisy chain
theme for the photo on the field, and sign shirts after. Is that ok? Also
can we have the hall from 1pm for the slideshow?

Grace"""
    body = """Hi Grace and Adam,

Love the daisy chain idea - as long as it's the field by the sixth form
block and you tidy up after! Hall is booked for you from 1.15pm (lunch
clears at 1.10). Shirt signing is fine but no pens on blazers of younger
students please.

Yearbook proofs need to be with me by 30 May, and hoodie money to the
finance office by this Friday.

Mrs Mistry

On Mon, 12 May 2025 at 12:48, Grace Fletcher <18fletcherg@students.school.example> wrote:
""" + quote(orig) + "\n"
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "Re: leavers day ideas \U0001F33C", "2025-05-12 16:03:55", p, rng, cc=cc,
                extra=[("In-Reply-To", "<CAH0sTg9vWq3Rz1kL8pX2mNcD7e@mail.gmail.com>"),
                       ("References", "<CAH0sTg9vWq3Rz1kL8pX2mNcD7e@mail.gmail.com>")])
    return done(m, frm, to + cc)


@reg("negative", "history-homework", "latin1", "History teacher sets Year 9 homework on the chain of events leading to the First World War")
def _(rng):
    frm = S["history"]
    to = [("9Y1 History", "9y1.history@students.school.example")]
    body = """Dear 9Y1,

Homework for Monday: the "chain of events" causing the First World War.

Using your notes from today and pages 34-37 of the textbook, make a flow chart showing how the assassination of Archduke Franz Ferdinand in Sarajevo on 28 June 1914 led to Britain declaring war on 4 August. Include: Austria-Hungary's ultimatum to Serbia, Russian mobilisation, Germany's declaration of war on Russia and France, the Schlieffen Plan and the invasion of Belgium.

Then answer: "The assassination was the main cause of the First World War." How far do you agree? (Write one paragraph for and one against - PEE structure.)

Extension: look up the "Treaty of London 1839" - why did a 75-year-old treaty matter?

Mr Pickersgill"""
    p = text(body, charset="iso-8859-1", cte="quoted-printable")
    m = message(frm, to, "Homework - chain of events to WW1", "2024-10-02 14:28:17", p, rng)
    return done(m, frm, to)


@reg("negative", "chemistry-chains", "base64", "Chemistry teacher sends Year 13 notes on addition polymers, chain length and radical chain reactions")
def _(rng):
    frm = S["chem"]
    to = [("13C Chemistry", "13c.chemistry@students.school.example")]
    body = """Hi 13C,

Notes from today's lesson, as promised.

Radical substitution (recap from Y12) is a chain reaction:
  initiation:  Cl₂ → 2Cl•  (UV light)
  propagation: CH₄ + Cl• → •CH₃ + HCl ;  •CH₃ + Cl₂ → CH₃Cl + Cl•
  termination: any two radicals combine.

Addition polymerisation: the C=C double bond opens and monomers join into a long chain. You need to be able to draw the repeat unit from the monomer and vice versa. Chain length affects properties: longer chains → stronger intermolecular forces → higher melting point.

Condensation polymers (polyesters, polyamides) lose a small molecule (H₂O or HCl) each time a link forms.

Exam Q pack is on Classroom – do Q1–6 for Thursday.

Dr Zahid"""
    p = text(body, cte="base64")
    m = message(frm, to, "Polymers & chain reactions notes", "2025-02-12 17:05:40", p, rng)
    return done(m, frm, to)


@reg("negative", "cascade-to-teams", "cp1252", "Trust CEO's weekly message asks headteachers to share the update with their teams")
def _(rng):
    frm = S["ceo"]
    to = [("Trust Headteachers", "trust.heads@school.example")]
    cc = [L["slt"]]
    body = """Dear colleagues,

A few items for this week \u2013 please share with your teams in briefing.

1. Pay award: the 5.5% award for teachers and support staff will be paid in October\u2019s payroll, backdated to September. Trust HR will confirm individual figures.

2. Inset day 6 January: the trust-wide session on adaptive teaching will be at Calder Vale\u2019s main hall, 9am. Lunch provided.

3. Estates: the roofing works over half term at two academies went to plan \u2013 thank you to the site teams.

4. Wellbeing: the Employee Assistance Programme number is on the back of every staff lanyard. It is free and confidential.

Thank you for everything you do.

Graham Naylor
CEO"""
    p = text(body, charset="windows-1252", cte="quoted-printable")
    m = message(frm, to, "CEO update \u2013 w/c 21 October", "2024-10-18 17:45:12", p, rng, cc=cc, mid_style="outlook")
    return done(m, frm, to + cc)


@reg("negative", "matched-fundraising", "alternative", "Children in Need: trust will match every pound students raise; non-uniform day details")
def _(rng):
    frm = S["pastoral"]
    to = [L["allstaff"]]
    body = """Hi everyone,

Children in Need is on Friday 15 November.

- Non-uniform day: £1 per student (pay by ParentPay or cash in tutor time). 
- Pudsey cake sale at break, run by the Year 10 Enterprise group.
- Staff v Year 13 netball at lunch in the sports hall – £1 to watch.

Great news: the trust has agreed to match every pound our students raise, up to £1,000, from its community fund. So every £1 your tutor group brings in becomes £2 for the charity.

Tutors, please bank tutor money with the finance office by the end of Friday.

Thanks,
Leanne"""
    p = multipart("alternative", [text(body, cte="quoted-printable"), text(gmail_html(body), subtype="html", cte="quoted-printable")], rng)
    m = message(frm, to, "Children in Need - Friday 15th (and match funding!)", "2024-11-11 08:05:19", p, rng)
    return done(m, frm, to)


@reg("negative", "funding-campaign", "fwd-rfc822", "Headteacher forwards (as attachment) a letter to parents about school funding with an optional template letter to their MP, for the office to send")
def _(rng):
    frm = S["head"]
    to = [S["office"]]
    inner_body = """Dear Parents and Carers,

As you may have seen in the news, schools across the country are facing real-terms cuts to funding. At Calder Vale, rising energy and staffing costs mean we have had to make difficult choices for next year.

Many parents have asked how they can help. If you would like to, you can write to your MP. We have put a template letter on our website which you can adapt or use as it is - it explains the situation for our academy. Your MP's details are on the parliament website.

This is entirely optional and we are not asking you to do anything more than that. Thank you for your continued support.

Dr Alison Kaye
Headteacher
"""
    inner = message(S["head"], [L["slt"]], "DRAFT - letter to parents re funding", "2025-03-17 08:10:00",
                    text(inner_body), rng)
    note = """Sandra,

Final version of the funding letter attached - SLT and the chair of governors have approved it. Could you send it to all families via the parent mail system tomorrow morning and pop it on the website with the template MP letter (Letters > 2025)?

Thanks,
Alison"""
    p = multipart("mixed", [text(note), rfc822(inner, "DRAFT - letter to parents re funding.eml")], rng)
    m = message(frm, to, "Fwd: DRAFT - letter to parents re funding", "2025-03-17 16:22:31", p, rng)
    return done(m, frm, to)


@reg("negative", "forward-minutes", "mobile", "Head of department asks a colleague from her phone to forward the meeting minutes to the rest of the department")
def _(rng):
    frm = S["science"]
    to = [S["chem"]]
    body = """Fatima can you forward the minutes from Tuesday to the rest of the dept pls? I'm stuck on the M62 and won't be in till period 2. Ta

Sent from my iPhone"""
    p = text(body, charset="us-ascii", cte="7bit", quote_charset=False)
    m = message(frm, to, "minutes", "2025-04-29 07:48:02", p, rng, mid_style="apple")
    return done(m, frm, to)


if __name__ == "__main__":
    write_all()
