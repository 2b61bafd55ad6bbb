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

# ============================================================== personal-data
POLICY = "personal-data"
S = STAFF
L = LISTS

YEAR_DOB = {7: (2012, 2013), 8: (2011, 2012), 9: (2010, 2011), 10: (2009, 2010), 11: (2008, 2009),
            12: (2007, 2008), 13: (2006, 2007)}
TUTOR = {7: ["7HLD", "7KPO", "7RSW", "7JBA"], 8: ["8LDA", "8MBO"], 9: ["9HT", "9GRA", "9NKH"],
         10: ["10RG", "10AST", "10FZA"], 11: ["11DW", "11OPI", "11LWA"], 12: ["12PM", "12BL"], 13: ["13AR", "13CM"]}
PRIMARY_EST = ["2034", "2219", "2471", "3310", "2158", "3402", "2096", "2287"]
LA_CODES = ["383", "383", "383", "380", "384"]


def done(msg, frm, rcpts, auth=True):
    return (msg, frm[1], [r[1] for r in rcpts], frm[1] if auth else None)


def kid(rng, yg, names=None):
    f, l = names if names else people(rng, 1)[0]
    dob = make_dob(rng, *YEAR_DOB[yg])
    upn = make_upn(rng, la=rng.choice(LA_CODES), est=rng.choice(PRIMARY_EST),
                   year="%02d" % ((dob.year + 4) % 100 if dob.month < 9 else (dob.year + 5) % 100))
    rec = {"first": f, "last": l, "dob": dob, "upn": upn, "tg": rng.choice(TUTOR[yg]),
           "gender": rng.choice("MF"), "addr": address(rng), "nhs": make_nhs(rng)}
    if yg >= 10:
        rec["uln"] = make_uln(rng)
    return rec


def kids(rng, yg, n):
    return [kid(rng, yg, nm) for nm in people(rng, n)]


def adult(rng):
    f, l = people(rng, 1)[0]
    return f, l


def table_html(rows, head=True):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:12px">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html_escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def fwd_block(frm, when_h, subject, to, cc=None):
    s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
        addr(*frm), when_h, subject, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s


def sig(name, role, ext=None):
    s = "\n--\n%s\n%s\nCalder Vale Academy | part of Pennine Learning Trust\n" % (name, role)
    if ext:
        s += "Tel: 0113 496 0%s\n" % ext
    return s


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ------------------------------------------------------------------ positives


@reg("positive", "photo-intake-list", "attach-csv", "Data manager sends the school photographer a CSV of new Year 7s with DOB, UPN and tutor group")
def _(rng):
    frm = S["data"]
    to = [("Bookings", "bookings@yorkshireschoolphotos.example")]
    cc = [S["office"]]
    ks = kids(rng, 7, 14)
    rows = [["UPN", "Surname", "Forename", "DOB", "Gender", "Tutor Group"]]
    for k in sorted(ks, key=lambda k: (k["tg"], k["last"])):
        rows.append([k["upn"], k["last"], k["first"], ddmmyyyy(k["dob"]), k["gender"], k["tg"]])
    body = """Hi Mark,

Ahead of the Year 7 photos on the 24th, here's the export of the new intake so you can pre-load the cards. It's the first batch (the rest come Monday once admissions have finished the in-year starters).

UPN is the unique reference so please match on that rather than name - we have two Ali Hussains this year!

Thanks,
Rachel
""" + sig("Rachel Sutcliffe", "Data Manager", "412")
    p = multipart("mixed", [text(body), text(csv_text(rows), filename="Y7_intake_photos.csv", cte="quoted-printable", charset="UTF-8")], rng)
    m = message(frm, to, "Y7 photo day - student list", "2024-09-10 11:24:05", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("positive", "uln-registration", "attach-xlsx", "Exams officer sends an outside sports-qualification provider a spreadsheet of Year 12 learners with ULNs and DOBs")
def _(rng):
    frm = S["exams"]
    to = [("Registrations", "registrations@northsportsacademy.example")]
    ks = kids(rng, 12, 11)
    rows = [["Learner surname", "Learner forename", "Date of birth", "ULN", "Gender", "Course"]]
    for k in ks:
        rows.append([k["last"], k["first"], ddmmyyyy(k["dob"]), k["uln"], k["gender"], "Level 3 Sports Coaching"])
    body = """Hi Debbie,

Please find attached our learner details for the Level 3 Sports Coaching registration. All 11 have ULNs from the LRS. Let me know if any bounce back on your side.

Could you confirm the registration deadline for the January unit?

Kind regards,
Imran
""" + sig("Imran Qureshi", "Exams Officer", "201")
    p = multipart("mixed", [text(body), binary(xlsx(rows, "Learners"), XLSX, "CVA_L3_Sport_registrations.xlsx")], rng)
    m = message(frm, to, "Registrations - Calder Vale Academy - L3 Sports Coaching", "2024-10-03 14:06:51", p, rng)
    return done(m, frm, to)


@reg("positive", "payroll-new-starter", "7bit", "Trust HR emails an outside payroll bureau a new starter's DOB, NI number, address and bank details in plain text")
def _(rng):
    frm = S["hr"]
    to = [("Payroll Team", "payroll@paybureau.example")]
    f, l = "Hannah", "Crabtree"
    nino = make_nino(rng)
    sort, acct = make_bank(rng)
    body = """Hi team,

New starter for Calder Vale Academy, please set up for the October payroll.

Name: Hannah Louise Crabtree
Role: Teacher of Geography (MPS 3), 1.0 FTE, start date 01/09/2024
Date of birth: 14/03/1996
NI number: %s
Address: 27 Holly Bank, Leeds LS6 2RJ
Bank: NatWest, sort code %s, account %s
Tax code: P45 to follow, please use emergency code until received
Pension: TPS

Contract and starter checklist uploaded to the portal this morning.

Thanks,
Jo

Joanne Firth
HR Officer, Pennine Learning Trust
""" % (nino, sort, acct)
    p = text(body, cte="7bit")
    m = message(frm, to, "New starter - H Crabtree - Calder Vale", "2024-09-16 09:41:30", p, rng)
    return done(m, frm, to)


@reg("positive", "ehcp-to-private-ep", "attach-docx", "SENCo sends a private educational psychologist a Word summary of a named pupil's EHCP, diagnoses and UPN")
def _(rng):
    frm = S["senco"]
    to = [("Dr Sarah Bell", "sarah.bell@clarity-psychology.example")]
    k = kid(rng, 9, ("Oliver", "Holroyd"))
    doc = docx([
        "CONFIDENTIAL - Pupil summary for EP assessment",
        "Name: Oliver James Holroyd    DOB: %s    UPN: %s    Year 9 (%s)" % (ddmmyyyy(k["dob"]), k["upn"], k["tg"]),
        "Home address: %s" % k["addr"],
        "Parents: Mr Paul Holroyd and Mrs Dawn Holroyd (separated; Oliver lives with mum Mon-Fri)",
        "EHCP: issued June 2022. Primary need: Social, Emotional and Mental Health. Secondary need: Speech, Language and Communication.",
        "Diagnoses: ADHD (combined type, 2021, CAMHS); query ASC - on the neurodevelopmental pathway waiting list since 2023.",
        "Medication: methylphenidate (Concerta XL 36mg) mornings, administered at home.",
        "Current concerns: three fixed-term suspensions this year (physical aggression towards peers), increasing school refusal on Mondays, disclosed self-harm (cutting) to his keyworker in January - referred to CAMHS, DSL aware.",
        "Reading age 9y 2m (chronological 14y 1m). Working at GCSE grade 2 in English and maths.",
        "Questions for EP: is the current provision (20 hrs 1:1 TA) meeting need? Would a specialist SEMH placement be more appropriate at the annual review in April?",
    ], title="Oliver Holroyd - EP referral summary")
    body = """Dear Sarah,

Thank you for agreeing to see Oliver on the 4th. As discussed on the phone, here is the background summary. His EHCP and the last two annual reviews are on their way from the LA.

Mum is happy for you to ring her directly on 07700 900761.

Best wishes,
Helen Ackroyd
SENCo"""
    p = multipart("mixed", [text(body), binary(doc, DOCX, "O Holroyd EP summary.docx")], rng)
    m = message(frm, to, "Oliver H - background for assessment", "2025-02-19 16:32:18", p, rng)
    return done(m, frm, to)


@reg("positive", "safeguarding-to-personal", "fwd-inline", "DSL forwards a safeguarding chronology about a named pupil to his own personal webmail to work on at home")
def _(rng):
    frm = S["dsl"]
    to = [("Mark Ellison", "mark.ellison1979@example.com")]
    k = kid(rng, 9, ("Kacper", "Nowak"))
    inner = """Mark, chronology for Kacper so far as requested for Thursday's strategy meeting.

Kacper NOWAK, 9HT, DOB %s, UPN %s
Address: %s (mum Agnieszka Nowak, stepdad Lee Farrar)

12/11 - Kacper arrived late with bruising to left cheek. Said he "fell off his bike". Logged.
19/11 - Told TA (JH) that Lee "loses it" when he drinks and that he doesn't want to go home at weekends.
20/11 - DSL spoke to K. Disclosed that Lee pushed him into a door. Referral made to Front Door, ref 24/11/3381.
03/12 - Missing from home overnight, found at friend's (Musa S) in the morning. Police informed (incident 0093).
14/01 - Missing again, returned 16/01. Return home interview - said he is being asked to "hold stuff" for older lads in Beeston. CCE concerns.

Social worker: Nicola Bradshaw, Children's Social Work Service.

Gemma""" % (ddmmyyyy(k["dob"]), k["upn"], k["addr"])
    body = """Sending to myself to finish the report tonight as the laptop won't connect to the VPN at home.

""" + fwd_block(S["hoy9"], "Mon, 20 Jan 2025 at 16:44", "Kacper N - chronology", "Mark Ellison <m.ellison@school.example>") + "\n" + inner + "\n"
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "Fwd: Kacper N - chronology", "2025-01-20 17:58:02", p, rng)
    return done(m, frm, to)


@reg("positive", "trip-medical-zip", "zip", "Trip leader zips a CSV of pupils' NHS numbers, conditions and medication and sends it to the residential centre")
def _(rng):
    frm = S["pe"]
    to = [("Bookings Team", "bookings@pennineoutdoor.example")]
    ks = kids(rng, 8, 12)
    conds = [("Asthma", "Salbutamol inhaler (blue) - carries own"), ("Nut allergy (anaphylaxis)", "2x EpiPen 0.3mg"),
             ("Type 1 diabetes", "Insulin pen, Libre sensor - carb counting"), ("None", ""), ("Epilepsy", "Buccal midazolam - care plan attached"),
             ("None", ""), ("ADHD", "Medikinet 20mg at breakfast"), ("Eczema", "Diprobase"), ("None", ""), ("Coeliac", "Gluten free diet"),
             ("Asthma", "Salbutamol + Clenil"), ("None", "")]
    rows = [["Surname", "First name", "DOB", "NHS number", "Medical condition", "Medication", "Emergency contact", "Contact number"]]
    for k, (c, med) in zip(ks, conds):
        rows.append([k["last"], k["first"], ddmmyyyy(k["dob"]), k["nhs"], c, med,
                     "%s %s (parent)" % (rng.choice(["Mrs", "Mr", "Ms"]), k["last"]), "07700 900%03d" % rng.randint(100, 999)])
    z = zipf([("Y8_residential_medical.csv", csv_text(rows))])
    body = """Hi Rob,

Attached is the medical and emergency contact info for the Year 8 group coming on the 12th (group 2 of 2). Staff list to follow.

Please make sure your instructors see the epilepsy and diabetes info before the gorge walk.

Cheers,
Chris Moorhouse
Head of PE"""
    p = multipart("mixed", [text(body), binary(z, "application/zip", "Y8_medical.zip")], rng)
    m = message(frm, to, "Y8 residential 12-14 March - medical info", "2025-02-28 12:15:44", p, rng)
    return done(m, frm, to)


@reg("positive", "card-details", "wrapped", "Finance officer emails a travel company a parent's full card number, expiry and security code to pay a trip balance")
def _(rng):
    frm = S["fin"]
    to = [("Group Bookings", "groups@edutravel.example")]
    card = make_card(rng, "4")
    body = """Hi Claire,

Re: booking EDT-48812, Year 10 Berlin trip, February half term.

One parent has asked to pay her son's balance directly to you as she's
over the limit on our online payment system. She gave me the details
over the phone this morning:

Cardholder: Mrs Sadia Iqbal
Student: Safa Iqbal (10AST)
Card number: %s
Expiry: 08/27
CVV: 413
Amount: 486.00 GBP (balance)

Billing address: 61 Harehills Lane, Leeds LS9 7QN

Can you confirm once it has gone through and I'll update our records?

Many thanks,
Kevin Lumb
Finance Officer""" % card
    p = text(wrap(body), cte="7bit")
    m = message(frm, to, "EDT-48812 - balance payment for S Iqbal", "2024-12-04 10:51:39", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("positive", "trip-list-html", "html", "Head of Year sends an activity centre an HTML table of pupils with DOBs, allergies and medical needs")
def _(rng):
    frm = S["hoy7"]
    to = [("Lakeside Adventure", "office@lakesideadventure.example")]
    cc = [S["pastoral"]]
    ks = kids(rng, 7, 9)
    needs = ["Peanut allergy - EpiPen", "None", "Asthma - inhaler", "Autism - may need quiet space, EHCP", "None",
             "Lactose intolerant", "Type 1 diabetes", "None", "Hearing impairment - hearing aids"]
    rows = [["Name", "DOB", "Tutor", "Dietary / medical", "Parent phone"]]
    for k, n in zip(ks, needs):
        rows.append(["%s %s" % (k["first"], k["last"]), ddmmyyyy(k["dob"]), k["tg"], n, "07700 900%03d" % rng.randint(100, 999)])
    html = """<div dir="ltr"><p>Hi Gail,</p>
<p>Here's the group list for our Y7 day on Wednesday 2 July, including dietary and medical needs for the kitchen and your instructors.</p>
%s
<p>We'll have 4 staff with us. Could you confirm the allergy arrangements for lunch?</p>
<p>Thanks,<br>Kirsty Pollard<br>Head of Year 7</p></div>""" % table_html(rows)
    p = text(html, subtype="html", cte="quoted-printable")
    m = message(frm, to, "Y7 activity day 2 July - group list", "2025-06-18 13:37:22", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("positive", "pension-staff-list", "attach-xlsx", "Trust HR sends an outside pension fund a spreadsheet of support staff with NI numbers, DOBs and salaries")
def _(rng):
    frm = S["hr_box"]
    to = [("Employer Services", "employer.services@westridingpensions.example")]
    rows = [["Payroll ref", "Surname", "Forename", "DOB", "NI number", "Post", "FTE salary", "Hours"]]
    for i, (f, l) in enumerate(people(rng, 10)):
        dob = datetime.date(rng.randint(1964, 1999), rng.randint(1, 12), rng.randint(1, 28))
        rows.append(["CVA%04d" % (1200 + i * 7), l, f, ddmmyyyy(dob), make_nino(rng),
                     rng.choice(["Teaching Assistant", "Cleaner", "Midday Supervisor", "Admin Officer", "Site Assistant"]),
                     rng.choice([23656, 24294, 25119, 26409, 27269]), rng.choice([32.5, 37, 15, 25])])
    body = """Good afternoon,

Please find attached the year-end data return for Calder Vale Academy (employer code 4127) - new joiners since April and changes of hours.

Any queries to me directly.

Regards,
Joanne Firth
Trust HR"""
    p = multipart("mixed", [text(body, charset="windows-1252", cte="quoted-printable"),
                            binary(xlsx(rows, "Joiners"), XLSX, "CVA year end return 2025.xlsx")], rng, style="outlook")
    m = message(frm, to, "Year end return - Calder Vale Academy", "2025-04-11 15:20:00", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("positive", "fsm-list-caterer", "cp1252", "Office manager emails the outside caterer a free-school-meals list with pupils' DOBs and UPNs (windows-1252)")
def _(rng):
    frm = S["office"]
    to = [("Angela Wood", "angela.wood@brightbites-catering.example")]
    lines = []
    for yg in (7, 9, 11):
        for k in kids(rng, yg, 4):
            lines.append("%-22s %s  %s  %-5s  FSM (Universal Credit)" % (k["first"] + " " + k["last"], ddmmyyyy(k["dob"]), k["upn"], k["tg"]))
    body = """Hi Angela,

Here\u2019s the updated FSM list for the tills \u2013 these students have just been confirmed eligible by the council this week so please add them to the system for Monday. They should get the \u00a32.70 meal allowance.

Name                   DOB         UPN            Tutor
""" + "\n".join(lines) + """

Please don\u2019t share this list with the serving staff, just load it onto the tills.

Thanks
Sandra"""
    p = text(body, charset="windows-1252", cte="8bit")
    m = message(frm, to, "New FSM students \u2013 please add to tills", "2024-11-07 14:44:09", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("positive", "census-extract-personal", "attach-txt", "Data manager sends a census extract (UPN, DOB, ethnicity, SEN, FSM) as a text file to an MIS consultant's personal address")
def _(rng):
    frm = S["data"]
    to = [("Phil Rushworth", "phil.rushworth@example.net")]
    lines = ["UPN|Surname|Forename|DOB|Gender|NCYear|Ethnicity|SENProvision|FSMEligible|EAL"]
    for yg in (7, 8, 10):
        for k in kids(rng, yg, 4):
            lines.append("|".join([k["upn"], k["last"].upper(), k["first"], k["dob"].isoformat(), k["gender"], str(yg),
                                   rng.choice(["WBRI", "APKN", "ABAN", "WPOL", "MWBC", "BAFR", "WIRT"]),
                                   rng.choice(["N", "N", "K", "E"]), rng.choice(["true", "false"]), rng.choice(["Y", "N"])]))
    body = """Hi Phil,

Thanks for helping out with this. Here's the extract that keeps failing validation (error 1520 on the ethnicity codes I think). I've only included the records it flags. I couldn't get you onto the trust system in time so sending it here - can you have a look tonight? Census closes Thursday.

Rachel"""
    p = multipart("mixed", [text(body), text("\n".join(lines) + "\n", filename="census_errors_extract.txt", cte="7bit", charset="us-ascii")], rng)
    m = message(frm, to, "census extract", "2025-01-14 18:12:47", p, rng)
    return done(m, frm, to)


@reg("positive", "attendance-list", "qp", "Attendance officer sends an outside attendance-support company a persistent-absence list with names, DOBs, addresses and parent names")
def _(rng):
    frm = S["attend"]
    to = [("Case Team", "cases@attendanceplus.example")]
    blocks = []
    for yg in (8, 9, 10):
        for k in kids(rng, yg, 2):
            pf, pl = people(rng, 1)[0]
            blocks.append("%s %s (%s) – DOB %s – %s\n  Parent/carer: %s %s – attendance %d.%d%% – %s" % (
                k["first"], k["last"], k["tg"], ddmmyyyy(k["dob"]), k["addr"], pf, k["last"], rng.randint(54, 88), rng.randint(0, 9),
                rng.choice(["mum says anxiety, no diagnosis", "siblings also PA", "young carer for dad (MS)", "holiday in term time x2",
                            "EBSA - CAMHS referral pending", "no engagement with phone calls"])))
    body = """Hi both,

As agreed at the contract meeting, here are our first six persistent absence cases for home visits next week. All are below 90% since September.

""" + "\n\n".join(blocks) + """

Please email me a short note after each visit.

Many thanks,
Nadia Begum
Attendance Officer"""
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "PA home visits - first referrals", "2024-11-19 10:05:33", p, rng)
    return done(m, frm, to)


@reg("positive", "bursary-bank-details", "attach-csv", "Sixth form team sends a payments provider a CSV of 16-19 bursary students with bank sort codes and account numbers")
def _(rng):
    frm = ("Sixth Form Office", "sixthform@school.example")
    to = [("Payments", "payments@bursarypay.example")]
    rows = [["Student", "DOB", "Account holder", "Sort code", "Account number", "Amount", "Category"]]
    for k in kids(rng, 12, 9):
        sort, acct = make_bank(rng)
        rows.append(["%s %s" % (k["first"], k["last"]), ddmmyyyy(k["dob"]), "%s %s" % (k["first"], k["last"]), sort, acct,
                     rng.choice(["120.00", "120.00", "200.00", "60.00"]), rng.choice(["Discretionary", "Discretionary", "Vulnerable (care leaver)", "Vulnerable (UC in own right)"])])
    body = """Hello,

Please process the attached half-termly bursary payments for Calder Vale Sixth Form (run 3). Totals agreed with Kevin in finance.

Thanks,
Sixth Form Office"""
    p = multipart("mixed", [text(body), text(csv_text(rows), filename="bursary_run3_Feb25.csv", cte="7bit", charset="us-ascii")], rng)
    m = message(frm, to, "Bursary payment run 3", "2025-02-07 11:48:56", p, rng)
    return done(m, frm, to)


@reg("positive", "staff-reference", "flowed", "HR answers another school's reference request with a named teacher's sickness record, disciplinary history, NI number and DOB")
def _(rng):
    frm = S["hr"]
    to = [("HR Department", "hr@hollinsfield-academy.example")]
    nino = make_nino(rng, spaced=True)
    body = """Dear Mrs Jowett,

Reference: Mr Daniel Ibbotson, DOB 02/11/1988, NI %s

Thank you for your request. Mr Ibbotson has been employed at Calder Vale Academy as a Teacher of Mathematics since September 2019.

Sickness absence (last 2 years): 23 days in 4 episodes, including 14 days in March 2024 for work-related stress and anxiety (Occupational Health referral made; he is currently on sertraline and has a phased return plan). 

Disciplinary: a first written warning was issued in June 2023 following an allegation that he shouted at and grabbed the arm of a Year 8 student. The LADO was informed and the matter was managed internally; the warning expired in June 2024.

There are no other safeguarding concerns. He is a capable classroom teacher and well liked by students.

Yours sincerely,

Joanne Firth
HR Officer, Pennine Learning Trust
""" % nino
    p = text(flow(body), flowed=True, cte="quoted-printable", charset="UTF-8")
    m = message(frm, to, "Reference - D Ibbotson", "2025-05-21 14:33:10", p, rng, mid_style="tbird")
    return done(m, frm, to)


@reg("positive", "markbook-personal", "zip", "Teacher zips her markbook (names, UPNs, SEN and pupil-premium flags, predicted grades) and emails it to her personal address")
def _(rng):
    frm = S["english"]
    to = [("", "dawson.lucy@example.com")]
    rows = [["UPN", "Name", "DOB", "SEN", "PP", "EAL", "Target", "Mock", "Notes"]]
    for k in kids(rng, 11, 16):
        rows.append([k["upn"], "%s %s" % (k["first"], k["last"]), ddmmyyyy(k["dob"]), rng.choice(["", "", "K - dyslexia", "E - ASD", "K - SEMH"]),
                     rng.choice(["Y", "N", "N"]), rng.choice(["", "Y"]), rng.choice([4, 5, 6, 7]), rng.choice([3, 4, 5, 6]),
                     rng.choice(["", "", "CP plan - see DSL", "young carer", "LAC", "poor attendance"])])
    z = zipf([("11OPI English markbook.xlsx", xlsx(rows, "11OPI"))])
    body = "marking over half term"
    p = multipart("mixed", [text(body), binary(z, "application/x-zip-compressed", "markbook.zip")], rng)
    m = message(frm, to, "markbook", "2025-02-14 16:02:55", p, rng)
    return done(m, frm, to)


@reg("positive", "access-arrangements", "latin1", "Exams officer sends an invigilation agency the access-arrangements list: names, DOBs, candidate numbers, diagnoses (iso-8859-1)")
def _(rng):
    frm = S["exams"]
    to = [("Bookings", "bookings@examstaff.example")]
    diag = ["dyslexia (diagnostic assessment 2023)", "ADHD", "anxiety disorder - CAMHS letter", "visual impairment",
            "ASC", "broken wrist - temporary", "Crohn's disease", "dyspraxia"]
    arr = ["25% extra time, reader", "25% extra time, rest breaks", "separate room, rest breaks", "modified papers (A3 18pt), 25% ET",
           "separate room, prompter", "scribe", "rest breaks, toilet access", "word processor, 25% ET"]
    lines = []
    for i, k in enumerate(kids(rng, 11, 8)):
        lines.append("%04d  %s %s  (DOB %s)  %s  ->  %s" % (rng.randint(1000, 1300), k["first"], k["last"], ddmmyyyy(k["dob"]), diag[i], arr[i]))
    body = """Hi Joanne,

For the mocks week starting 2 December we'll need your invigilators to support the following candidates. Please brief the readers and scribes beforehand - they must not discuss candidates' conditions with anyone.

Cand  Name / DOB / need / arrangement
""" + "\n".join(lines) + """

Rooms: C14 (separate room) and the library (WP users).

Many thanks,
Imran Qureshi
Exams Officer"""
    p = text(body, charset="iso-8859-1", cte="quoted-printable")
    m = message(frm, to, "Mocks access arrangements - agency briefing", "2024-11-26 12:07:43", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("positive", "dsl-to-social-worker", "mobile", "DSL emails a social worker from his phone with a pupil's name, DOB, address and disclosure details, unencrypted")
def _(rng):
    frm = S["dsl"]
    to = [("Nicola Bradshaw", "nicola.bradshaw@socialcare.calderbrook.example")]
    k = kid(rng, 7, ("Lacey", "Schofield"))
    body = """Nicola - further to my call. Lacey Schofield, DOB %s, 7JBA, lives %s with mum Kerry-Ann and mum's partner Jason Hirst.

This morning Lacey told her tutor that Jason "comes in her room at night" and she's scared to go home. She has been wearing her coat all day and wouldn't change for PE. No visible injuries seen. Mum not informed per your advice.

She is with me in the pastoral base until you arrive. Can you confirm ETA?

Mark
Sent from my iPhone""" % (ddmmyyyy(k["dob"]), k["addr"])
    p = text(body, charset="us-ascii", cte="7bit", quote_charset=False)
    m = message(frm, to, "Lacey S - urgent", "2025-03-18 11:52:04", p, rng, mid_style="apple")
    return done(m, frm, to)


@reg("positive", "immunisation-nhs", "base64", "Data manager sends the school-age immunisation team a list of Year 8 pupils with NHS numbers, DOBs and addresses (base64 body)")
def _(rng):
    frm = S["data"]
    to = [("Immunisation Team", "sait.leeds@schoolvaccs-nhs.example")]
    lines = []
    for k in kids(rng, 8, 12):
        lines.append("%s, %s | %s | %s | %s | %s" % (k["last"].upper(), k["first"], ddmmyyyy(k["dob"]), k["nhs"], k["gender"], k["addr"]))
    body = """Hello,

Ahead of the HPV session on 15 October, here is the cohort list for Year 8 (first half - surnames A-L) with NHS numbers where we hold them.

SURNAME, Forename | DOB | NHS number | Sex | Address
""" + "\n".join(lines) + """

The consent link went out to parents on ParentApp yesterday.

Kind regards,
Rachel Sutcliffe
Data Manager"""
    p = text(body, cte="base64")
    m = message(frm, to, "Y8 HPV cohort list - Calder Vale Academy", "2024-09-30 09:15:22", p, rng)
    return done(m, frm, to)


@reg("positive", "refund-bank-details", "alternative", "Trust finance sends an outside accountant a table of parent refunds with names, pupils, sort codes and account numbers")
def _(rng):
    frm = S["fin_box"]
    to = [("Hussain & Booth Accountants", "admin@hbaccountants.example")]
    rows = [["Parent", "Pupil", "Sort code", "Account", "Amount", "Reason"]]
    for k in kids(rng, 10, 6):
        pf, _ = people(rng, 1)[0]
        sort, acct = make_bank(rng)
        rows.append(["%s %s" % (pf, k["last"]), "%s %s (%s)" % (k["first"], k["last"], k["tg"]), sort, acct,
                     rng.choice(["£45.00", "£120.00", "£310.00", "£65.50"]), rng.choice(["Trip cancelled", "Overpayment", "Music lessons"])])
    body_t = "Hi Yasmin,\n\nCan you add these refunds to Friday's BACS run please? Approved by Kevin.\n\n" + \
        "\n".join("\t".join(r) for r in rows) + "\n\nThanks,\nTrust Finance"
    html = '<div dir="ltr"><p>Hi Yasmin,</p><p>Can you add these refunds to Friday\'s BACS run please? Approved by Kevin.</p>' + \
        table_html(rows) + "<p>Thanks,<br>Trust Finance</p></div>"
    p = multipart("alternative", [text(body_t, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")], rng)
    m = message(frm, to, "Parent refunds - BACS Friday", "2025-03-26 10:30:48", p, rng)
    return done(m, frm, to)


@reg("positive", "occupational-health", "reply", "HR replies to an occupational health provider with a named staff member's DOB, NI number and medical history, quoting their request")
def _(rng):
    frm = S["hr"]
    to = [("OH Referrals", "referrals@ohworks.example")]
    nino = make_nino(rng)
    orig = """Dear Joanne,

Thank you for the referral. Before we can book an appointment we need the
employee's full name, date of birth, NI number, home address and a
summary of the health issues and absence.

Kind regards
OH Referrals Team"""
    body = """Hi,

Details as requested:

Name: Mrs Leanne Walsh
DOB: 09/06/1981
NI number: %s
Address: 8 Victoria Crescent, Leeds LS12 5LH
Role: Pastoral Manager

Absent since 6 January with depression following a bereavement; she
has disclosed to her line manager that she had a previous episode in
2019 requiring hospital admission. GP has signed her off until 24
February. She has also mentioned heavy drinking. We would like advice on
fitness to return and any adjustments.

Thanks,
Jo

On Thu, 30 Jan 2025 at 09:02, OH Referrals <referrals@ohworks.example> wrote:
""" % nino + quote(orig) + "\n"
    p = text(body, cte="7bit")
    m = message(frm, to, "Re: Referral - Calder Vale Academy", "2025-01-30 11:47:20", p, rng,
                extra=[("In-Reply-To", "<20250130090201.4412@ohworks.example>"),
                       ("References", "<20250130090201.4412@ohworks.example>")])
    return done(m, frm, to)


@reg("positive", "counselling-referral", "alternative", "Head of Year refers a pupil to an outside counselling service with DOB, NHS number, address and mental-health details")
def _(rng):
    frm = S["hoy11"]
    to = [("Intake", "intake@mindspace-counselling.example")]
    k = kid(rng, 11, ("Freya", "Atkinson"))
    body = """Hello,

I'd like to refer one of our Year 11 students for counselling. Mum has consented.

Name: Freya Atkinson
DOB: %s
NHS number: %s
Address: %s
Mum: Claire Atkinson, 07700 900318

Freya has been struggling since her parents separated in the autumn. She has told us she is not eating properly, is making herself sick after meals, and has had thoughts of ending her life (no plan). CAMHS have her on the waiting list (18 weeks). She is predicted 7s and 8s but has stopped handing in work.

She would prefer sessions after school on Tuesdays or Thursdays.

Many thanks,
Dan Whitaker
Head of Year 11""" % (ddmmyyyy(k["dob"]), k["nhs"], k["addr"])
    p = multipart("alternative", [text(body), text(gmail_html(body), subtype="html")], rng)
    m = message(frm, to, "Referral - Year 11 student", "2025-01-27 15:58:03", p, rng)
    return done(m, frm, to)


@reg("positive", "forwarded-tuition-list", "fwd-rfc822", "Head of Year forwards an internal email (as attachment) listing pupils with UPNs, DOBs and SEN to an outside tuition company")
def _(rng):
    frm = S["hoy11"]
    to = [("Programme Team", "schools@tutorlink.example")]
    lines = []
    for k in kids(rng, 11, 10):
        lines.append("%s %s, %s, UPN %s, DOB %s, %s" % (k["first"], k["last"], k["tg"], k["upn"], ddmmyyyy(k["dob"]),
                                                       rng.choice(["PP", "PP, SEN K (dyslexia)", "PP, LAC", "SEN K (ADHD)", "PP, EAL"])))
    ibody = """Dan,

Here is the tutoring group for maths and English - PP and SEN students on grade 3/4 borderline as discussed at SLT.

""" + "\n".join(lines) + """

Rachel
"""
    inner = message(S["data"], [S["hoy11"]], "Y11 tutoring cohort", "2025-01-08 12:10:00", text(ibody), rng)
    body = """Hi Amanda,

Our list for the spring tutoring block is in Rachel's email below (attached). Can your tutors start on the 20th?

Dan"""
    p = multipart("mixed", [text(body), rfc822(inner, "Y11 tutoring cohort.eml")], rng)
    m = message(frm, to, "Fwd: Y11 tutoring cohort", "2025-01-09 08:20:15", p, rng)
    return done(m, frm, to)


@reg("positive", "work-experience", "qp", "Careers lead sends an employer a work-experience list with ULNs, DOBs, home addresses and medical notes")
def _(rng):
    frm = ("Rebecca Haigh", "r.haigh@school.example")
    to = [("HR", "hr@airedale-engineering.example")]
    blocks = []
    for k in kids(rng, 10, 4):
        blocks.append("• %s %s – ULN %s – DOB %s\n  %s\n  Medical: %s" % (k["first"], k["last"], k["uln"], ddmmyyyy(k["dob"]), k["addr"],
                      rng.choice(["none", "asthma, carries inhaler", "epilepsy, well controlled – care plan available", "colour blind"])))
    body = """Dear Mr Farrar,

Thank you again for offering four placements for our Year 10 work experience week (30 June – 4 July). As requested for your site induction and insurance, here are the students' details:

""" + "\n\n".join(blocks) + """

Our staff visit will be on the Wednesday. Please let me know if you need anything else.

Kind regards,
Rebecca Haigh
Careers Lead"""
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "Work experience 30 June – student details", "2025-06-09 09:33:41", p, rng)
    return done(m, frm, to)


@reg("positive", "supply-payroll", "cp1252", "Trust HR sends a supply agency a cover teacher's NI number, bank details and DOB to set up pay (windows-1252)")
def _(rng):
    frm = S["hr_box"]
    to = [("Compliance", "compliance@classroomstaff.example")]
    nino = make_nino(rng)
    sort, acct = make_bank(rng)
    body = """Hi Gareth,

As discussed, Ms Natalia Kowalski has agreed to move onto your books from Monday so you can pay her for the long-term cover (Science, 3 days/week until Easter). Her details from our file:

Name: Natalia Kowalski
DOB: 21/07/1990
NI: %s
Bank: sort code %s \u2013 acc %s
Address: Flat 4, 19 Granby Street, Leeds LS6 2RJ
DBS: enhanced, issued 12/09/2023 (update service)

Day rate agreed at \u00a3185.

Regards
Trust HR""" % (nino, sort, acct)
    p = text(body, charset="windows-1252", cte="quoted-printable")
    m = message(frm, to, "N Kowalski \u2013 transfer to agency payroll", "2025-01-09 13:01:26", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("positive", "pupil-premium-review", "latin1", "Pupil premium lead sends an outside consultant a list of disadvantaged pupils with UPNs, DOBs and circumstances (8bit iso-8859-1)")
def _(rng):
    frm = ("Sajid Hanif", "s.hanif@school.example")
    to = [("", "pp.review.jane@example.org")]
    lines = []
    for yg in (9, 10):
        for k in kids(rng, yg, 4):
            lines.append("%s %s  %s  %s  Y%d  %s" % (k["first"], k["last"], k["upn"], ddmmyyyy(k["dob"]), yg,
                                                   rng.choice(["FSM6", "FSM6 + SEN K", "CLA (foster care)", "post-LAC (SGO)", "FSM6, young carer", "service child"])))
    body = """Jane,

As promised, the case-study sample for Thursday's PP review. I've pulled eight students across Y9/Y10 for the interviews - the mix you asked for (attendance below 90%, one child in care, one SGO). Our PP allocation this year is £241,360 so they'll want to see impact.

""" + "\n".join(lines) + """

See you Thursday 8.30.

Sajid
Assistant Head (Pupil Premium)"""
    p = text(body, charset="iso-8859-1", cte="8bit")
    m = message(frm, to, "PP review - student sample", "2025-03-03 19:25:44", p, rng)
    return done(m, frm, to)


@reg("positive", "prom-card-deposit", "mobile", "Sixth form tutor emails a venue a parent's card number from her phone to secure a prom deposit")
def _(rng):
    frm = ("Emma Whiteley", "e.whiteley@school.example")
    to = [("Events", "events@oaklands-hall.example")]
    card = make_card(rng, "5" + str(rng.randint(1, 5)))
    body = """Hi Tom, the PTA chair (Claire Nowak) is happy to put the deposit on her card so we don't lose the date:

%s exp 11/26, 3 digits on back 072, name as on card MRS C A NOWAK

£500 deposit for Fri 27 June please. Receipt to her - claire.nowak.pta@example.com

Thanks Emma

Sent from my iPhone""" % card
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "Prom deposit", "2024-10-22 20:14:37", p, rng, mid_style="apple")
    return done(m, frm, to)


@reg("positive", "ehcp-consultation-zip", "zip", "SENCo emails an independent special school a zip of EHCP and annual review documents for a named pupil")
def _(rng):
    frm = S["senco"]
    to = [("Admissions", "admissions@beckside-school.example")]
    k = kid(rng, 9, ("Reece", "Bairstow"))
    d1 = docx(["Section A: Reece Bairstow, DOB %s, UPN %s, NHS %s. Lives with grandmother (SGO) at %s." % (ddmmyyyy(k["dob"]), k["upn"], k["nhs"], k["addr"]),
               "Section B: Autism spectrum condition (diagnosed 2017), severe anxiety, sensory processing difficulties, speech and language disorder.",
               "Section C: Constipation and encopresis managed by community paediatrics; melatonin for sleep.",
               "Section F: Small group teaching (max 8), daily access to a low-arousal space, SALT 1 hr/week, OT programme."],
              title="Education, Health and Care Plan - Reece Bairstow")
    d2 = docx(["Annual review held 14/01/2025. Present: Mrs J Bairstow (grandmother, SGO), H Ackroyd (SENCo), K Pollard, SALT.",
               "Reece has been excluded from lunchtimes following two incidents of hitting staff. Attendance 71%.",
               "Grandmother reports he is self-harming (head banging) at home and the family are at crisis point.",
               "Recommendation: amend Section I to a specialist ASC placement."], title="Annual Review report - R Bairstow")
    z = zipf([("Reece Bairstow EHCP final.docx", d1), ("Reece Bairstow AR Jan 2025.docx", d2)])
    body = """Dear Admissions team,

Further to the LA consultation, please find attached Reece's EHCP and most recent annual review report. His grandmother is keen to visit - could you offer some dates?

Kind regards,
Helen Ackroyd
SENCo"""
    p = multipart("mixed", [text(body), binary(z, "application/zip", "R Bairstow consultation docs.zip")], rng)
    m = message(frm, to, "Consultation - Reece Bairstow", "2025-02-03 10:42:12", p, rng)
    return done(m, frm, to)


@reg("positive", "ap-referral-html", "html", "Head of Year refers pupils to an alternative provision with names, UPNs, DOBs, addresses and suspension history (HTML)")
def _(rng):
    frm = S["hoy10"]
    to = [("Referrals", "referrals@bridgeway-ap.example")]
    rows = [["Name", "UPN", "DOB", "Address", "Suspensions 24/25", "Notes"]]
    for k in kids(rng, 10, 3):
        rows.append(["%s %s" % (k["first"], k["last"]), k["upn"], ddmmyyyy(k["dob"]), k["addr"], str(rng.randint(3, 7)),
                     rng.choice(["Assault on peer; CCE concerns; open to YOT", "Persistent disruption; ADHD unmedicated",
                                 "Carrying a knife (police involved); CP plan"])])
    html = """<html><body><p>Hi Marcia,</p>
<p>As discussed at the panel, here are the three Year 10 students we'd like to place with you from after Easter, two days a week.</p>
%s
<p>Referral forms to follow. Call me on 0113 496 0380 if you need more background.</p>
<p>Ryan Gledhill<br>Head of Year 10</p></body></html>""" % table_html(rows)
    p = text(html, subtype="html", cte="base64")
    m = message(frm, to, "AP placements from April", "2025-03-21 14:09:30", p, rng)
    return done(m, frm, to)


@reg("positive", "pep-virtual-school", "alternative", "Designated teacher sends the virtual school a looked-after pupil's PEP details: DOB, UPN, placement address, care status")
def _(rng):
    frm = S["pastoral"]
    to = [("Virtual School", "pep@virtualschool.calderbrook.example")]
    cc = [("Sarah Dyson", "sarah.dyson@socialcare.calderbrook.example")]
    k = kid(rng, 8, ("Jayden", "Sugden"))
    body = """Hi,

PEP update for the autumn term ahead of the meeting on the 21st:

Child: Jayden Sugden, DOB %s, UPN %s, Year 8 (%s)
Legal status: S31 full care order
Placement: with foster carers Mr & Mrs Greenwood, %s (since Sept 2023)
Contact: supervised with birth mother fortnightly - has been unsettled after contact and refused school on two occasions.
Health: awaiting ADHD assessment; seeing CAMHS LAC team.
Attainment: working towards in maths, expected in English. PP+ spend: 1:1 maths tuition, ELSA sessions.

Targets attached to the PEP form on the portal.

Leanne Walsh
Designated Teacher for CLA""" % (ddmmyyyy(k["dob"]), k["upn"], k["tg"], k["addr"])
    p = multipart("alternative", [text(body, cte="quoted-printable"), text(outlook_html(body), subtype="html", cte="quoted-printable")], rng)
    m = message(frm, to, "PEP autumn - J Sugden", "2024-11-12 16:27:00", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("positive", "dbs-new-starter", "fwd-inline", "HR forwards a new starter's email with passport number, NI number, DOB and address history to an outside DBS checking service")
def _(rng):
    frm = S["hr"]
    to = [("DBS Applications", "applications@dbs-checks.example")]
    nino = make_nino(rng)
    passport = "".join(str(rng.randint(0, 9)) for _ in range(9))
    inner = """Hi Joanne,

Here are the details for my DBS:

Full name: Aisha Mariam Rashid (previously Aisha Chaudhry until 2021)
DOB: 03/05/1994, born Bradford
NI number: %s
Passport: %s, expires 18/08/2031
Address history:
  12 Beech Grove, Leeds LS11 6AB (2021 - present)
  45 Tong Road, Bradford BD4 9QP (2014 - 2021)
Driving licence: RASHI955034AM9XY

Thanks,
Aisha""" % (nino, passport)
    body = """Hi,

Please see details for our new Teaching Assistant below - can you start the enhanced check (child workforce, barred list)? Invoice to the trust as usual.

Jo

""" + fwd_block(("Aisha Rashid", "aisha.rashid94@example.com"), "Mon, 7 Apr 2025 at 20:31", "DBS details", "trust.hr@school.example") + "\n" + inner + "\n"
    p = text(body, cte="7bit")
    m = message(frm, to, "Fwd: DBS details", "2025-04-08 09:12:58", p, rng)
    return done(m, frm, to)


# ------------------------------------------------------------------ negatives


@reg("negative", "internal-intake-list", "attach-csv", "Data manager sends Heads of Year (internal only) the Year 7 intake CSV with UPNs and DOBs")
def _(rng):
    frm = S["data"]
    to = [S["hoy7"], ("Year 7 Tutors", "year7tutors@school.example")]
    rows = [["UPN", "Surname", "Forename", "DOB", "Tutor Group", "Primary"]]
    for k in kids(rng, 7, 15):
        rows.append([k["upn"], k["last"], k["first"], ddmmyyyy(k["dob"]), k["tg"], rng.choice(["Beeston Primary", "Cross Flatts", "Ingram Road", "Hugh Gaitskell"])])
    body = """Morning,

Final Y7 list attached for your registers. It's also on Arbor now. Please don't forward outside school or save it to personal drives.

Rachel"""
    p = multipart("mixed", [text(body), text(csv_text(rows), filename="Y7_tutor_lists.csv", cte="quoted-printable")], rng)
    m = message(frm, to, "Y7 tutor lists - final", "2024-09-02 08:05:10", p, rng)
    return done(m, frm, to)


@reg("negative", "internal-uln-aa", "attach-xlsx", "Exams officer sends the SENCo (internal) a spreadsheet of candidates' ULNs, DOBs and access arrangements")
def _(rng):
    frm = S["exams"]
    to = [S["senco"]]
    rows = [["Cand no", "Name", "DOB", "ULN", "Arrangement", "Evidence"]]
    for k in kids(rng, 11, 9):
        rows.append([rng.randint(1000, 1300), "%s %s" % (k["first"], k["last"]), ddmmyyyy(k["dob"]), k["uln"],
                     rng.choice(["25% ET", "Reader", "Separate room", "Scribe", "Rest breaks"]), rng.choice(["Form 8", "EHCP", "CAMHS letter"])])
    body = """Helen,

Here's the AA list as it stands for summer. Can you check the evidence column and let me know who still needs a Form 8 signing before the JCQ deadline?

Imran"""
    p = multipart("mixed", [text(body), binary(xlsx(rows, "AA summer 25"), XLSX, "AA list summer 2025.xlsx")], rng)
    m = message(frm, to, "AA list - evidence check", "2025-02-24 13:22:47", p, rng)
    return done(m, frm, to)


@reg("negative", "internal-payroll", "7bit", "Trust HR (internal address) sends the headteacher a new starter's NI number and bank details for sign-off")
def _(rng):
    frm = S["hr_box"]
    to = [S["head"]]
    cc = [S["fin"]]
    nino = make_nino(rng)
    sort, acct = make_bank(rng)
    body = """Alison,

Please could you sign off the new starter form for Tom Jagger (Site Assistant, start 4 November) before it goes to payroll on Friday.

DOB 17/02/1985, NI %s
Bank: sort code %s, account %s
Grade 4 point 7, 37 hrs

The form is in your signing folder on the shared drive.

Thanks
Trust HR""" % (nino, sort, acct)
    p = text(body, cte="7bit")
    m = message(frm, to, "New starter sign-off - T Jagger", "2024-10-28 10:14:33", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("negative", "inbound-ehcp-draft", "attach-docx", "Inbound: the council's SEN team sends the SENCo a draft EHCP for a named pupil")
def _(rng):
    frm = ("SEN Assessment Team", "sen.assessment@calderbrook.example")
    to = [S["senco"]]
    k = kid(rng, 7, ("Amira", "Hussain"))
    d = docx(["Name: Amira Hussain   DOB: %s   UPN: %s   NHS: %s" % (ddmmyyyy(k["dob"]), k["upn"], k["nhs"]),
              "Section B: Speech, language and communication needs; global developmental delay.",
              "Section F: Small group literacy daily; SALT programme delivered by trained TA 3x weekly."], title="DRAFT EHCP")
    body = """Dear Mrs Ackroyd,

Please find attached the draft EHC plan for Amira Hussain for consultation. Comments are due within 15 days.

This email is sent via our secure gateway. Please do not forward it outside your organisation.

SEN Assessment Team"""
    p = multipart("mixed", [text(body, charset="windows-1252", cte="quoted-printable"), binary(d, DOCX, "DRAFT EHCP A Hussain.docx")], rng, style="outlook")
    m = message(frm, to, "Draft EHCP for consultation - A Hussain", "2025-03-10 11:00:03", p, rng, mid_style="outlook",
                mid_domain="calderbrook.example")
    return done(m, frm, to, auth=False)


@reg("negative", "inbound-parent-medical", "mobile", "Inbound: a parent emails the school her son's epilepsy medication details and NHS number from her phone")
def _(rng):
    frm = ("Dawn Holroyd", "dawnholroyd@example.com")
    to = [S["reception"], S["hoy9"]]
    nhs = make_nhs(rng)
    body = """Hi, just to let you know Oliver (9HT) has been started on new epilepsy meds by the neurologist - Keppra 250mg twice a day. He may be tired for a couple of weeks. His NHS number is %s if the school nurse needs it. His DOB is 11/02/2011. Could the care plan be updated please.

Thanks Dawn Holroyd

Sent from my iPhone""" % nhs
    p = text(body, charset="us-ascii", cte="7bit", quote_charset=False)
    m = message(frm, to, "Oliver Holroyd 9HT medication", "2025-01-06 07:31:55", p, rng, mid_style="apple", mid_domain="example.com")
    return done(m, frm, to, auth=False)


@reg("negative", "inbound-starter-bank", "qp", "Inbound: a new member of staff sends HR her NI number and bank details from a personal address")
def _(rng):
    frm = ("Hannah Crabtree", "hannahcrabtree96@example.net")
    to = [S["hr_box"]]
    nino = make_nino(rng)
    sort, acct = make_bank(rng)
    body = """Hi Jo,

Sorry it's taken me a while – here are the details you asked for so I can be paid in September:

NI number: %s
Bank: NatWest – sort code %s – account %s
Address: 27 Holly Bank, Leeds LS6 2RJ

My P45 is in the post. Really looking forward to starting!

Hannah""" % (nino, sort, acct)
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "Bank details for payroll", "2024-08-19 21:03:11", p, rng, mid_domain="example.net")
    return done(m, frm, to, auth=False)


@reg("negative", "smime-payroll", "smime", "Outbound S/MIME-encrypted payroll changes from Trust HR to the outside payroll bureau")
def _(rng):
    frm = S["hr"]
    to = [("Payroll Team", "payroll@paybureau.example")]
    p = smime_part(rng, 4200)
    m = message(frm, to, "Payroll changes - March 2025 - Calder Vale", "2025-03-12 15:04:41", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("negative", "pgp-social-care", "pgp", "Outbound PGP/MIME-encrypted safeguarding referral from the DSL to children's social care")
def _(rng):
    frm = S["dsl"]
    to = [("Front Door", "frontdoor@socialcare.calderbrook.example")]
    p = pgp_part(rng, 2600)
    m = message(frm, to, "Referral - Calder Vale Academy (encrypted)", "2025-02-11 13:47:09", p, rng, mid_style="tbird")
    return done(m, frm, to)


@reg("negative", "password-zip-tuition", "zip-encrypted", "Outbound tuition cohort list (UPNs, DOBs) sent as a password-protected zip; password to follow by phone")
def _(rng):
    frm = S["data"]
    to = [("Programme Team", "schools@tutorlink.example")]
    rows = [["UPN", "Name", "DOB", "Tutor group", "Subject"]]
    for k in kids(rng, 10, 10):
        rows.append([k["upn"], "%s %s" % (k["first"], k["last"]), ddmmyyyy(k["dob"]), k["tg"], rng.choice(["Maths", "English"])])
    z = zip_encrypted([("Y10_tutoring_cohort.csv", csv_text(rows))], "Pennine#Calder2025", rng)
    body = """Hi Amanda,

The Y10 cohort for the summer tutoring block is in the attached zip. It's password protected - I'll ring you with the password this afternoon rather than emailing it.

Rachel Sutcliffe
Data Manager"""
    p = multipart("mixed", [text(body), binary(z, "application/zip", "Y10_cohort.zip")], rng)
    m = message(frm, to, "Y10 tutoring cohort (protected)", "2025-04-23 11:30:18", p, rng)
    return done(m, frm, to)


@reg("negative", "supplier-order", "alternative", "Outbound purchase order to a stationery supplier with order, account and invoice numbers")
def _(rng):
    frm = ("Diane Oates", "d.oates@school.example")
    to = [("Sales Orders", "orders@yorkstationers.example")]
    body = """Good morning,

Please find our order below.

Customer account no: 40071823
PO number: CVA-PO-2025-0417
Delivery: Calder Vale Academy, Goods In (rear of C block), Wortley Road, Leeds LS12 3DT

Qty  Code        Description                      Unit
40   ST-88412    A4 exercise books 8mm ruled (x50)  £21.95
12   ST-10390    Whiteboard pens black (x10)       £6.40
6    PP-551207   A4 copier paper, box of 5 reams    £24.99

Please quote the PO number on your invoice. Our previous invoice INV-2203817 has been paid (remittance 0034417).

Kind regards,
Diane Oates
Business Manager"""
    p = multipart("alternative", [text(body, cte="quoted-printable"), text(outlook_html(body), subtype="html", cte="quoted-printable")], rng, style="outlook")
    m = message(frm, to, "Order CVA-PO-2025-0417", "2025-04-28 09:02:14", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("negative", "lettings-invoice", "html", "Outbound lettings invoice to a football club showing the academy's own bank details for payment")
def _(rng):
    frm = S["fin_box"]
    to = [("Treasurer", "treasurer@beestonjuniorsfc.example")]
    sort, acct = make_bank(rng)
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Mr Rhodes,</p>
<p>Please find below invoice <b>LET-2025-031</b> for use of the 3G pitch, January&ndash;March 2025.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date(s)</th><th>Facility</th><th>Hours</th><th>Rate</th><th>Total</th></tr>
<tr><td>Saturdays 11/01&ndash;29/03 (12)</td><td>3G pitch (full)</td><td>24</td><td>&pound;65.00</td><td>&pound;1,560.00</td></tr>
<tr><td>Tuesdays 14/01&ndash;25/03 (11)</td><td>3G pitch (half)</td><td>16.5</td><td>&pound;40.00</td><td>&pound;660.00</td></tr>
<tr><td colspan="4"><b>Total due (VAT exempt)</b></td><td><b>&pound;2,220.00</b></td></tr>
</table>
<p>Payment within 30 days by BACS to:<br>
Pennine Learning Trust &ndash; Calder Vale Academy<br>
Sort code: %s &nbsp; Account: %s<br>
Reference: LET-2025-031</p>
<p>Kind regards,<br>Trust Finance</p>
</body></html>""" % (sort, acct)
    p = text(html, subtype="html", cte="quoted-printable")
    m = message(frm, to, "Invoice LET-2025-031 - 3G pitch hire", "2025-04-01 12:00:41", p, rng)
    return done(m, frm, to)


@reg("negative", "trip-itinerary", "wrapped", "Outbound trip itinerary to parents with dates, times, the school's trip phone and the hotel's number")
def _(rng):
    frm = S["history"]
    to = [("History Trips", "history.trips@school.example")]
    rcpt = [("", "y9.ypres.parents@example.org")]
    body = """Dear Parents and Carers,

Year 9 Battlefields trip - final itinerary

Friday 7 March
  05:30  Meet at the academy bus bay (Wortley Road entrance)
  06:00  Coach departs for Dover (Airevalley Coaches, booking ref AVC-20931)
  12:15  P&O ferry Dover-Calais
  17:30  Arrive Hotel Ariane, Ypres - 0032 57 21 82 18
  20:00  Menin Gate Last Post ceremony

Saturday 8 March
  Tyne Cot, Langemark, Sanctuary Wood, Essex Farm

Sunday 9 March
  Thiepval, Lochnagar Crater, return ferry 16:50
  approx. 23:30  Arrive back at the academy

The trip mobile is 07700 900480 (staffed 24 hours while we are away).
Please make sure your child has their passport or ID card and the
EHIC/GHIC card you sent in, which we will hold for them.

Mr O Pickersgill
Trip Leader"""
    p = text(wrap(body), cte="7bit")
    m = message(frm, to, "Year 9 Battlefields - final itinerary", "2025-02-27 16:40:19", p, rng)
    return (m, frm[1], [r[1] for r in rcpt], frm[1])


@reg("negative", "aggregate-results", "attach-csv", "Outbound aggregate GCSE headline figures (percentages only, no pupils) to the chair of governors' own address")
def _(rng):
    frm = S["head"]
    to = [("Cllr Peter Sharif", "peter.sharif@example.org")]
    rows = [["Measure", "2023", "2024", "National 2024"],
            ["Cohort size", "182", "190", ""],
            ["% grade 4+ English and maths", "58.2", "61.6", "64.9"],
            ["% grade 5+ English and maths", "36.8", "40.0", "45.9"],
            ["Attainment 8", "43.1", "44.6", "46.1"],
            ["Progress 8", "-0.08", "+0.04", "0.00"],
            ["EBacc entry %", "31.9", "38.4", "40.4"],
            ["Disadvantaged P8", "-0.52", "-0.31", "-0.57"]]
    body = """Peter,

Headline figures for the governors' meeting on Tuesday, as requested. These are the unvalidated figures and include no individual student data. Please keep them to the governing board until the DfE tables are published.

Alison"""
    p = multipart("mixed", [text(body), text(csv_text(rows), filename="GCSE_headlines_2024.csv", cte="7bit", charset="us-ascii")], rng)
    m = message(frm, to, "GCSE headline figures for FGB", "2024-10-10 18:20:04", p, rng)
    return done(m, frm, to)


@reg("negative", "blank-form", "attach-docx", "Outbound blank data-collection form (fields for DOB, NHS number, medical details, left empty) sent to a new parent")
def _(rng):
    frm = S["reception"]
    to = [("Mr A Riaz", "a.riaz.family@example.com")]
    d = docx(["Please complete all sections and return to the school office.",
              "Student legal surname: ____________________   Forename(s): ____________________",
              "Date of birth: __ / __ / ____      Gender: ______",
              "Home address: ____________________________________   Postcode: ________",
              "NHS number (if known): ___ ___ ____     GP surgery: ____________________",
              "Medical conditions / allergies: _________________________________________",
              "Emergency contact 1 - name, relationship, phone: __________________________",
              "Previous school and UPN (if known): _____________________________________",
              "I consent to the academy processing this information in line with its privacy notice. Signed: ________  Date: ______"],
             title="Calder Vale Academy - Student Data Collection Form")
    body = """Dear Mr Riaz,

Thank you for accepting the place for Hafsa in Year 8. Please find attached our data collection form. You can fill it in and email it back, or bring a printed copy to reception with her passport or birth certificate on her first day.

Kind regards,
Reception Team"""
    p = multipart("mixed", [text(body), binary(d, DOCX, "Data collection form (blank).docx")], rng)
    m = message(frm, to, "Data collection form - in-year admission", "2025-04-24 10:10:10", p, rng)
    return done(m, frm, to)


@reg("negative", "dp-policy", "flowed", "Outbound: data manager sends the trust's draft data protection policy (no personal data) to an outside DPO service for comment")
def _(rng):
    frm = S["data"]
    to = [("DPO Service", "dpo@schoolsdpo.example")]
    body = """Hi Chris,

Here is the text of our draft data protection section for the staff handbook, for your comments before it goes to the trust board.

4.1 Staff must only send personal data about students, families or colleagues outside the trust through approved secure methods: the LA's secure portal, Egress/encrypted email, or password-protected files with the password sent separately by another route.

4.2 Special category data (health, SEN, ethnicity, religion) and safeguarding information must never be sent to personal email accounts.

4.3 Before sharing, check: is there a lawful basis? Is it the minimum necessary? Is the recipient's address correct?

4.4 Any suspected data breach (e.g. an email to the wrong parent) must be reported to the Data Manager within 24 hours so the DPO can decide whether it must be reported to the ICO within 72 hours.

4.5 Retention periods follow the IRMS toolkit for academies.

Let me know if this lines up with the UK GDPR guidance you gave us last year.

Thanks,
Rachel
"""
    p = text(flow(body), flowed=True, cte="7bit", charset="UTF-8")
    m = message(frm, to, "Draft DP policy section - comments?", "2025-05-13 15:01:30", p, rng, mid_style="tbird")
    return done(m, frm, to)


@reg("negative", "cp-policy-review", "attach-txt", "Outbound child protection policy text (procedures only, no cases) sent to an outside safeguarding auditor")
def _(rng):
    frm = S["dsl"]
    to = [("Safeguarding Audit", "audit@safeguardingreview.example")]
    pol = """CALDER VALE ACADEMY - CHILD PROTECTION AND SAFEGUARDING POLICY 2024-25
(extract: sections 5-7)

5. Roles and responsibilities
The Designated Safeguarding Lead (DSL) is a member of the senior
leadership team. There are three deputy DSLs. All staff receive
safeguarding training at induction and annually, and read Part 1 of
Keeping Children Safe in Education.

6. Recording concerns
All concerns are recorded on CPOMS on the same day. Staff must not
promise confidentiality. Records are factual, dated and signed.
Concerns about a member of staff are reported to the Headteacher (or to
the Chair of Governors if about the Headteacher) and the LADO.

7. Information sharing
Information is shared on a need-to-know basis in line with the
Information Sharing Advice for Safeguarding Practitioners. Personal
information about children is only sent outside the academy via secure
channels.
"""
    body = """Dear Ms Okafor,

As requested ahead of your audit visit on 4 June, attached is the current extract of our policy (sections 5-7). The full policy is on our website. Case files will be available to view on site only.

Kind regards,
Mark Ellison
DSL"""
    p = multipart("mixed", [text(body), text(pol, filename="CP policy 2024-25 s5-7.txt", cte="7bit", charset="us-ascii")], rng)
    m = message(frm, to, "Policy extract for audit", "2025-05-28 09:48:26", p, rng)
    return done(m, frm, to)


@reg("negative", "dummy-ids-support", "qp", "Outbound MIS support ticket with clearly fake test records whose UPNs and ULNs have deliberately wrong check characters")
def _(rng):
    frm = S["data"]
    to = [("MIS Support", "support@arbormis.example")]
    rows = []
    for i in range(4):
        good_upn = make_upn(rng)
        letters = [c for c in UPN_LETTERS if c != good_upn[0]]
        bad_upn = rng.choice(letters) + good_upn[1:]
        uln = make_uln(rng)
        bad_uln = uln[:9] + str((int(uln[9]) + 1 + i) % 10)
        while uln_ok(bad_uln):
            bad_uln = uln[:9] + str((int(bad_uln[9]) + 1) % 10)
        rows.append("TEST, Pupil%d   UPN %s   ULN %s   DOB 01/01/2000" % (i + 1, bad_upn, bad_uln))
    body = """Hi,

Ticket #INC-558213 – import validation

As requested, here are the four dummy records I created in the TRAINING site to reproduce the bug. They are not real students; I typed the identifiers with deliberately wrong check characters to test the validation, but the import accepted them anyway (it should reject them with error 2110).

""" + "\n".join(rows) + """

Steps: Data > Import > CTF > select file > Validate. No errors shown.

Rachel Sutcliffe
Data Manager – Calder Vale Academy"""
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "RE: [INC-558213] CTF import not validating UPN check letter", "2025-03-05 14:15:51", p, rng)
    return done(m, frm, to)


@reg("negative", "event-dates", "7bit", "Outbound sixth form dates (open evening, deadlines, interviews) to feeder schools' careers advisers")
def _(rng):
    frm = S["sixth"]
    to = [("Careers", "careers@hollinsfield-academy.example"), ("Careers", "careers@stmarysbeeston.example")]
    body = """Dear colleagues,

Key dates for Calder Vale Sixth Form admissions 2025 entry, in case your Year 11s are asking:

  Open evening ............. Thursday 14 November 2024, 5.30-8pm
  Taster day ............... Wednesday 11 December 2024
  Application deadline ..... Friday 31 January 2025
  Interviews ............... 24 February - 7 March 2025
  Conditional offers ....... by 21 March 2025
  Induction days ........... 1-2 July 2025
  Enrolment ................ Friday 22 August 2025 (after GCSE results)

Prospectus and course guide: on our website under Sixth Form. Any questions, phone the sixth form office on 0113 496 0419.

Best wishes,
Priya Mistry
Head of Sixth Form"""
    p = text(body, cte="7bit")
    m = message(frm, to, "Sixth form admissions dates 2025", "2024-10-07 12:31:09", p, rng)
    return done(m, frm, to)


@reg("negative", "asset-list-vendor", "attach-xlsx", "Outbound laptop repair batch to an IT vendor: asset tags, serial numbers, MAC addresses and ticket numbers")
def _(rng):
    frm = S["netman"]
    to = [("Repairs", "repairs@northernitservices.example")]
    rows = [["Asset tag", "Model", "Serial", "MAC", "Fault", "Ticket"]]
    for i in range(8):
        rows.append(["CVA-LT-%04d" % rng.randint(100, 999), rng.choice(["Lenovo 300e Gen 3", "Dell 3120 Chromebook"]),
                     "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
                     ":".join("%02X" % rng.randint(0, 255) for _ in range(6)),
                     rng.choice(["Screen cracked", "Keyboard keys missing", "Won't charge", "Hinge broken"]),
                     "RMA-%06d" % rng.randint(100000, 999999)])
    body = """Hi Steve,

Eight more for collection on Thursday - spreadsheet attached with serials and RMA numbers. They're all wiped and removed from the management console.

Cheers,
Stuart Crowther
Network Manager"""
    p = multipart("mixed", [text(body), binary(xlsx(rows, "Batch 7"), XLSX, "Repairs batch 7.xlsx")], rng)
    m = message(frm, to, "Repair batch 7 - collection Thursday", "2025-01-27 13:12:55", p, rng)
    return done(m, frm, to)


@reg("negative", "payment-reply", "reply", "Finance replies to a parent confirming a trip payment: reference number, amount and only the last four card digits")
def _(rng):
    frm = S["fin"]
    to = [("Sadia Iqbal", "sadia.iqbal@example.com")]
    orig = """Hello, I paid the Berlin balance this morning by card, can you
confirm you've got it? Thank you, Sadia (Safa's mum, 10AST)"""
    body = """Dear Mrs Iqbal,

Yes, we've received it - thank you. Payment reference TRP-24-00318,
£486.00, card ending 4417, taken 04/12/2024 at 10:12. Safa's trip is now
fully paid.

Kind regards,
Kevin Lumb
Finance Officer

On Wed, 4 Dec 2024 at 10:20, Sadia Iqbal <sadia.iqbal@example.com> wrote:
""" + quote(orig) + "\n"
    p = text(body, cte="quoted-printable")
    m = message(frm, to, "Re: Berlin balance", "2024-12-04 14:05:06", p, rng,
                extra=[("In-Reply-To", "<CAP4qk1mZr0nSVd2H@mail.gmail.com>"), ("References", "<CAP4qk1mZr0nSVd2H@mail.gmail.com>")])
    return done(m, frm, to)


@reg("negative", "internal-sen-register", "html", "SENCo sends teaching staff (internal) the SEN register with needs and strategies")
def _(rng):
    frm = S["senco"]
    to = [("Teaching Staff", "teachingstaff@school.example")]
    rows = [["Name", "Tutor", "DOB", "Need", "Strategies"]]
    for yg in (7, 8):
        for k in kids(rng, yg, 3):
            rows.append(["%s %s" % (k["first"], k["last"]), k["tg"], ddmmyyyy(k["dob"]),
                         rng.choice(["Dyslexia (K)", "ASC (EHCP)", "ADHD (K)", "Hearing impairment (EHCP)", "SEMH (K)"]),
                         rng.choice(["Coloured overlay, printed notes", "Seat near front, chunk tasks", "Movement breaks", "Warn of changes in advance"])])
    html = """<div dir="ltr"><p>Dear all,</p><p>Updated SEN register for Y7 and Y8 below (new additions since October). Full profiles are on Arbor. Internal use only.</p>%s<p>Helen</p></div>""" % table_html(rows)
    p = text(html, subtype="html", cte="quoted-printable")
    m = message(frm, to, "SEN register update - Y7/Y8", "2024-11-29 15:55:35", p, rng)
    return done(m, frm, to)


@reg("negative", "internal-safeguarding-fwd", "fwd-inline", "DSL forwards a safeguarding concern with pupil details to the Head of Year and deputy DSL (all internal)")
def _(rng):
    frm = S["dsl"]
    to = [S["hoy9"]]
    cc = [("Leanne Walsh", "l.walsh@school.example")]
    k = kid(rng, 9, ("Zak", "Mirza"))
    inner = """Mark, Zak Mirza (9GRA, DOB %s) told me in period 3 that he's been
sleeping at his uncle's because dad hit his older brother at the weekend.
He has a mark on his neck. Logged on CPOMS.

Ahmed""" % ddmmyyyy(k["dob"])
    body = """Gemma, Leanne - see below. I've spoken to Zak and made a referral. Please keep an eye on him this week and let me know about any absence straight away. Don't contact home until I've heard back from social care.

Mark

""" + fwd_block(S["science"], "Wed, 5 Feb 2025 at 12:14", "Zak M 9GRA", "Mark Ellison <m.ellison@school.example>") + "\n" + inner + "\n"
    p = text(body, cte="7bit")
    m = message(frm, to, "Fwd: Zak M 9GRA", "2025-02-05 13:02:40", p, rng, cc=cc)
    return done(m, frm, to + cc)


@reg("negative", "pupil-own-details", "base64", "Sixth-former emails the exams officer (internal) her own ULN and date of birth to fix a results login")
def _(rng):
    frm = ("Grace Fletcher", "18fletcherg@students.school.example")
    to = [S["exams_box"]]
    uln = make_uln(rng)
    body = """Hi Mr Qureshi,

I can't log into the exam board results portal – it says my details don't match. My ULN is %s and my date of birth is 22/01/2007. My candidate number is 0412. Is my name spelt wrong on the system? It should be Grace Olivia Fletcher.

Thank you!
Grace (13AR)

Sent from my Galaxy""" % uln
    p = text(body, cte="base64")
    m = message(frm, to, "results login not working", "2024-08-14 08:37:15", p, rng, mid_style="other", mid_domain="email.android.com")
    return done(m, frm, to)


@reg("negative", "inbound-board-candidates", "latin1", "Inbound: an awarding body asks the exams officer about missing scripts, listing candidates' names, DOBs and ULNs")
def _(rng):
    frm = ("Script Tracking", "script.tracking@awardingbody.example")
    to = [S["exams_box"]]
    lines = []
    for k in kids(rng, 11, 3):
        lines.append("  %04d  %s %s  DOB %s  ULN %s" % (rng.randint(1000, 1300), k["first"].upper(), k["last"].upper(), ddmmyyyy(k["dob"]), k["uln"]))
    body = """Dear Exams Officer,

Centre 36214 - GCSE Geography 8035/2 - June 2025

Our records show that scripts for the following candidates have not been received by the examiner:

""" + "\n".join(lines) + """

Please check your dispatch records and confirm whether these candidates sat the paper. If the scripts were dispatched, please send the Parcelforce tracking number.

Yours faithfully,
Script Tracking Team"""
    p = text(body, charset="iso-8859-1", cte="quoted-printable")
    m = message(frm, to, "Missing scripts - centre 36214 - 8035/2", "2025-06-17 10:22:00", p, rng, mid_style="outlook",
                mid_domain="awardingbody.example")
    return done(m, frm, to, auth=False)


@reg("negative", "inbound-tutor-register", "cp1252", "Inbound: the tuition company sends back its session register with pupils' names and DOBs")
def _(rng):
    frm = ("Amanda Reid", "amanda.reid@tutorlink.example")
    to = [S["hoy11"], S["data"]]
    lines = []
    for k in kids(rng, 11, 6):
        lines.append("%s %s (%s) \u2013 %d/6 sessions attended" % (k["first"], k["last"], ddmmyyyy(k["dob"]), rng.randint(1, 6)))
    body = """Hi Dan, hi Rachel,

Register for the first half-term block below. Attendance has been good apart from a couple of students \u2013 could you nudge them?

""" + "\n".join(lines) + """

Next block starts 24 February.

Best,
Amanda Reid
Programme Coordinator, TutorLink"""
    p = text(body, charset="windows-1252", cte="quoted-printable")
    m = message(frm, to, "Calder Vale \u2013 tutoring register block 1", "2025-02-13 17:03:29", p, rng, mid_style="outlook",
                mid_domain="tutorlink.example")
    return done(m, frm, to, auth=False)


@reg("negative", "aggregate-attendance", "latin1", "Outbound attendance figures by year group (percentages and counts only) to the council's attendance team")
def _(rng):
    frm = S["attend"]
    to = [("Attendance Team", "attendance@calderbrook.example")]
    rows = []
    for yg in range(7, 14):
        rows.append("  Year %-2d   %5.1f%%   %5.1f%%   %3d" % (yg, rng.uniform(88, 95), rng.uniform(15, 32), rng.randint(12, 60)))
    body = """Hi Jenny,

Autumn term attendance summary for Calder Vale, as requested for the termly meeting. No individual pupil data is included - case discussions will be done at the meeting.

            Attend.  PA rate  PA count
""" + "\n".join(rows) + """

Whole school: 91.8% (national comparator 91.3%).

Thanks,
Nadia Begum
Attendance Officer"""
    p = text(body, charset="iso-8859-1", cte="8bit")
    m = message(frm, to, "Autumn attendance summary \u2013 Calder Vale", "2025-01-10 11:11:01", p, rng)
    return done(m, frm, to)


@reg("negative", "job-advert", "html", "Outbound job advert to a recruitment site: vacancy reference, salary scale, closing and interview dates")
def _(rng):
    frm = S["hr_box"]
    to = [("Adverts", "adverts@teachjobs-north.example")]
    html = """<html><body style="font-family:Arial">
<p>Please publish the following vacancy from Monday. Invoice to purchase order CVA-PO-2025-0388.</p>
<h3>Teacher of Mathematics (MPS/UPS) &ndash; Ref PLT-CVA-2025-014</h3>
<p>Calder Vale Academy, Leeds &ndash; full time, permanent, from 1 September 2025.<br>
Salary: &pound;31,650 &ndash; &pound;49,084 (MPS1&ndash;UPS3) plus TLR opportunities.</p>
<p>Closing date: 12 noon, Friday 21 March 2025<br>Interviews: w/c 31 March 2025</p>
<p>We are committed to safeguarding and promoting the welfare of children. The successful candidate will need an enhanced DBS check.</p>
<p>Apply online via the Trust careers page. Visits welcome &ndash; call 0113 496 0200.</p>
<p>Trust HR</p></body></html>"""
    p = text(html, subtype="html", cte="quoted-printable")
    m = message(frm, to, "Vacancy PLT-CVA-2025-014 - please publish", "2025-03-06 16:45:00", p, rng)
    return done(m, frm, to)


@reg("negative", "smime-ep-service", "smime", "Outbound S/MIME-encrypted pupil assessment request from the SENCo to the council's educational psychology service")
def _(rng):
    frm = S["senco"]
    to = [("EP Service", "ep.service@calderbrook.example")]
    p = smime_part(rng, 2800)
    m = message(frm, to, "Request for involvement - Y7 student", "2024-12-09 12:36:24", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("negative", "password-zip-pension", "zip-encrypted", "Outbound pension return (NI numbers, salaries) in a password-protected zip; password agreed in advance")
def _(rng):
    frm = S["hr_box"]
    to = [("Employer Services", "employer.services@westridingpensions.example")]
    rows = [["Surname", "Forename", "NI number", "DOB", "Pensionable pay"]]
    for f, l in people(rng, 8):
        rows.append([l, f, make_nino(rng), "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1965, 1998)),
                     rng.choice([18950, 21400, 23656, 26409])])
    data = xlsx(rows, "Monthly")
    z = zip_encrypted([("CVA_pension_return_Mar25.xlsx", data)], "WRPF-4127-mar", rng)
    body = """Good afternoon,

Please find attached the March contribution return for Calder Vale Academy (employer 4127). The file is encrypted with the password agreed with your team for this financial year.

Regards,
Trust HR"""
    p = multipart("mixed", [text(body, charset="windows-1252", cte="quoted-printable"), binary(z, "application/x-zip-compressed", "CVA_Mar25_return.zip")], rng, style="outlook")
    m = message(frm, to, "March return - Calder Vale Academy (4127)", "2025-04-07 14:50:13", p, rng, mid_style="outlook")
    return done(m, frm, to)


@reg("negative", "coach-booking-fwd", "fwd-rfc822", "Trip leader forwards the venue's booking confirmation (booking ref, invoice number, times) to the coach company")
def _(rng):
    frm = S["science"]
    to = [("Airevalley Coaches", "bookings@airevalleycoaches.example")]
    ibody = """Dear Mr Rafiq,

Thank you for your booking.

Booking reference: MSI-883120
Group: Calder Vale Academy, Year 10 Science (58 students, 6 staff)
Date: Tuesday 17 June 2025
Arrival: 10:00 (coach drop-off on Liverpool Road)
Workshops: 10:30 "Forces and Motion", 13:15 "Electricity Lab"
Departure: 14:45
Invoice INV-0049217, total \u00a3348.00, due 03/06/2025

Science and Industry Museum Learning Team
"""
    inner = message(("Learning Team", "learning@sciencemuseum-manchester.example"), [S["science"]],
                    "Booking confirmation MSI-883120", "2025-05-20 09:30:00", text(ibody, cte="quoted-printable"), rng,
                    mid_style="outlook", mid_domain="sciencemuseum-manchester.example")
    body = """Hi Dave,

Confirmation from the museum attached so you've got the drop-off point and times. We'll need the coach at the academy for 8.15 for an 8.30 departure please, returning for about 4.30. 64 seats. Our booking with you is AVC-21377.

Thanks,
Ahmed Rafiq"""
    p = multipart("mixed", [text(body), rfc822(inner, "Booking confirmation MSI-883120.eml")], rng)
    m = message(frm, to, "Fwd: Booking confirmation MSI-883120", "2025-05-20 12:44:58", p, rng)
    return done(m, frm, to)


if __name__ == "__main__":
    write_all()
