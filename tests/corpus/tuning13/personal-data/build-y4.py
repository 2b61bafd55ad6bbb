#!/usr/bin/env python3
# -*- coding: utf-8 -*-
#
# Writer y4 -- blind held-out corpus generator (python3, standard library only).
# Run from inside this policy folder:  python3 build-y4.py
# Writes positive/*.eml, negative/*.eml and manifest-y4.jsonl deterministically.
# All people, schools, numbers and organisations are invented.
#
import base64
import datetime
import hashlib
import io
import json
import os
import quopri
import random
import struct
import textwrap
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime

W = "y4"
SCHOOL = "Kingsmead High School & Sixth Form"

# ---------------------------------------------------------------- headers

def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def A(name, email):
    """Format one address, RFC 2047-encoding a non-ASCII display name."""
    if not name:
        return email
    if is_ascii(name):
        return formataddr((name, email))
    return formataddr((name, email), charset="utf-8")


def H(s, charset="utf-8"):
    """Encode a header value (subject) if it is not plain ASCII."""
    if is_ascii(s):
        return s
    return Header(s, charset).encode()


GMT = datetime.timezone.utc
BST = datetime.timezone(datetime.timedelta(hours=1))


def D(y, mo, d, h, mi, s=0, tz=None):
    if tz is None:
        # crude UK clock: BST between April and October
        tz = BST if 4 <= mo <= 10 else GMT
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def MID(key, domain):
    h = hashlib.sha1((W + key).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def fold_addrs(addrs):
    return ",\n ".join(addrs)

# ---------------------------------------------------------------- bodies

def hardwrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        # keep list indentation
        stripped = line.lstrip(" ")
        indent = line[: len(line) - len(stripped)]
        sub = ""
        if stripped[:2] in ("- ", "* ", "o "):
            sub = "  "
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=indent + sub,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks end in a space, space-stuffing."""
    out = []
    for para in text.split("\n"):
        if para == "-- ":
            out.append(para)
            continue
        quote = ""
        body = para
        while body.startswith(">"):
            quote += ">"
            body = body[1:]
        if quote and body.startswith(" "):
            body = body[1:]
            quote += " "
        body = body.rstrip(" ")
        words = body.split(" ")
        lines = []
        cur = ""
        for w in words:
            if cur and len(quote) + len(cur) + 1 + len(w) > width:
                lines.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        for ln in lines:
            if not quote and (ln.startswith(" ") or ln.startswith("From ") or ln.startswith(">")):
                ln = " " + ln
            out.append(quote + ln)
    return "\n".join(out)


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")  # must be clean
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="7bit", fmt=None,
              quote_charset=True, disposition=None, filename=None):
    cs = ('"%s"' % charset) if quote_charset else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if fmt == "flowed":
        ct += "; format=flowed"
    elif fmt == "flowed-delsp":
        ct += "; format=flowed; delsp=yes"
    if filename:
        ct += '; name="%s"' % filename
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if disposition or filename:
        d = disposition or "attachment"
        if filename:
            d += '; filename="%s"' % filename
        hdrs.append("Content-Disposition: " + d)
    return (hdrs, encode_body(text, charset, cte))


def attach(data, ctype, filename, disposition="attachment", extra=None):
    if is_ascii(filename):
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disposition, filename)
    else:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"))
        ct = '%s; name="%s"' % (ctype, H(filename))
        cd = "%s; filename*=utf-8''%s" % (disposition, q)
    hdrs = ["Content-Type: " + ct, "Content-Disposition: " + cd,
            "Content-Transfer-Encoding: base64"]
    if extra:
        hdrs += extra
    return (hdrs, base64.encodebytes(data))


def boundary(key):
    h = hashlib.md5((W + "b" + key).encode()).hexdigest()
    return h


def multipart(subtype, parts, bnd, preamble="This is a multi-part message in MIME format.",
              params=""):
    hdrs = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, bnd)]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for ph, pb in parts:
        if not pb.endswith(b"\n"):
            pb += b"\n"
        body += b"\n--" + bnd.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
    body += b"\n--" + bnd.encode() + b"--\n"
    return (hdrs, body)


def rfc822_part(msg_bytes, filename=None):
    ct = "message/rfc822"
    hdrs = []
    if filename:
        ct += '; name="%s"' % filename
    hdrs.append("Content-Type: " + ct)
    if filename:
        hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    else:
        hdrs.append("Content-Disposition: inline")
    return (hdrs, msg_bytes)


def message(frm, to, subject, date, key, part, cc=None, domain=None, extra=None,
            mime_version="1.0", reply_to=None):
    if domain is None:
        domain = frm.split("@")[-1].rstrip(">")
    lines = ["From: " + frm]
    if to:
        lines.append("To: " + fold_addrs(to))
    if cc:
        lines.append("Cc: " + fold_addrs(cc))
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("Subject: " + H(subject))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + MID(key, domain))
    if extra:
        lines += extra
    lines.append("MIME-Version: " + mime_version)
    ph, pb = part
    lines += ph
    return "\n".join(lines).encode("ascii") + b"\n\n" + pb


def html_doc(inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n<div style="%s">\n%s\n</div>\n</body>\n</html>\n' % (style, inner))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_to_html(text):
    out = []
    for block in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def html_table(rows, header=True, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

# ---------------------------------------------------------------- office files

ZDT = (2025, 1, 20, 9, 0, 0)


def _zip(files, dt=ZDT):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def make_zip(files, dt=ZDT):
    return _zip(files, dt)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def make_docx(blocks, dt=ZDT):
    """blocks: list of str (paragraph), ('h', str) heading, ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == "table":
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                 '</w:tblBorders></w:tblPr>']
            for row in b[1]:
                t.append("<w:tr>" + "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                    for c in row) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Kingsmead</dc:creator></cp:coreProperties>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)], dt)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, dt=ZDT):
    """sheets: list of (name, rows). Numbers (int/float) stored as numbers, all else inline strings."""
    files = []
    wb_sheets = []
    wb_rels = []
    overrides = []
    for idx, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
        files.append(("xl/worksheets/sheet%d.xml" % idx, sheet))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), idx, idx))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (idx, idx))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % idx)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % "".join(wb_rels))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '%s</Types>' % "".join(overrides))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr)] + files, dt)


def make_csv(rows, bom=False, sep=","):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in (sep, '"', "\n")):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    data = "\r\n".join(out) + "\r\n"
    raw = data.encode("utf-8")
    return (b"\xef\xbb\xbf" + raw) if bom else raw

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- output

MANIFEST = []


def emit(label, num, family, shape, note, mail_from, rcpt, auth_user, data):
    assert label in ("positive", "negative")
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    assert b"\r" not in data, fn
    with open(fn, "wb") as f:
        f.write(data)
    MANIFEST.append({"file": fn, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                     "auth_user": auth_user, "shape": shape, "family": family, "note": note})


def write_manifest():
    with open("manifest-%s.jsonl" % W, "w", encoding="utf-8") as f:
        for m in MANIFEST:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


def clean_dirs():
    for d in ("positive", "negative"):
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.startswith(W + "-") and fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))

# mail client flavours
X_OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtQk2x1c2VhYm9vbGluZw=="]
X_IPHONE = ["X-Mailer: iPhone Mail (21G93)"]
X_TB = ["User-Agent: Mozilla Thunderbird"]
X_ANDROID = ["X-Mailer: Outlook for Android"]
X_GMAIL = []

# ====================================================================
# Identifier generators (own implementations of the published rules)
# ====================================================================

UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # 23 letters, no I O S


def upn_check(body12):
    """Check letter for a 13-character UPN; body12 = characters 2..13."""
    total = 0
    for i, ch in enumerate(body12):
        if ch.isdigit():
            v = int(ch)
        else:
            v = UPN_LETTERS.index(ch)  # temporary UPN: final char is a letter
        total += v * (i + 2)
    return UPN_LETTERS[total % 23]


def make_upn(la, estab, year, serial):
    body = "%03d%04d%02d%03d" % (la, estab, year % 100, serial)
    return upn_check(body) + body


def upn_valid(u):
    return len(u) == 13 and u[0] in UPN_LETTERS and u[1:12].isdigit() and \
        (u[12].isdigit() or u[12] in UPN_LETTERS) and upn_check(u[1:]) == u[0]


def uln_check(first9):
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    r = s % 11
    c = 10 - r
    return None if c == 10 else c


def uln_valid(u):
    if len(u) != 10 or not u.isdigit() or u[0] == "0":
        return False
    c = uln_check(u[:9])
    return c is not None and c == int(u[9])


def make_uln(rng):
    while True:
        first = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(first)
        if c is not None:
            return first + str(c)


def nhs_check(first9):
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs_valid(n):
    n = n.replace(" ", "").replace("-", "")
    if len(n) != 10 or not n.isdigit():
        return False
    c = nhs_check(n[:9])
    return c is not None and c == int(n[9])


def make_nhs(rng, spaced=True):
    while True:
        first = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(first)
        if c is not None:
            n = first + str(c)
            return "%s %s %s" % (n[:3], n[3:6], n[6:]) if spaced else n


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(n):
    n = n.replace(" ", "").replace("-", "").upper()
    if len(n) != 9:
        return False
    a, b = n[0], n[1]
    return (a.isalpha() and b.isalpha() and a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND
            and (a + b) not in NINO_BAD_PREFIX and n[2:8].isdigit() and n[8] in "ABCD")


def make_nino(rng, spaced=True):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        n = p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")
        if nino_valid(n):
            return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]) if spaced else n


def luhn_valid(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def make_card(rng, prefix, length=16):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_valid(body + c):
            n = body + c
            break
    if length == 15:
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


# NatWest-style sort codes (01-xx-xx): standard modulus 11 over the account number
# with weights 8 7 6 5 4 3 2 1 (own implementation of the published rule).
ACC_W = [8, 7, 6, 5, 4, 3, 2, 1]


def acc_valid_01(acc):
    return sum(int(a) * w for a, w in zip(acc, ACC_W)) % 11 == 0


def make_bank(rng):
    while True:
        sc = "01-%02d-%02d" % (rng.randint(3, 66), rng.randint(10, 99))
        acc = "".join(str(rng.randint(0, 9)) for _ in range(7))
        for last in "0123456789":
            if acc_valid_01(acc + last):
                return sc, acc + last


def make_passport(rng):
    return "%d%08d" % (rng.randint(1, 9), rng.randint(0, 99999999))


def make_licence(surname, initials, dob, female):
    """GB driving licence number: SURNAME(5) + decade + month(+50 F) + day + year + initials + 9 + 2 check chars."""
    s = "".join(c for c in surname.upper() if c.isalpha())[:5].ljust(5, "9")
    d, m, y = dob
    mm = m + (50 if female else 0)
    ini = (initials.upper() + "9")[:2]
    chk = hashlib.md5((surname + initials).encode()).hexdigest().upper()
    chk = "".join(c for c in chk if c.isalpha())[:1] + "".join(c for c in chk if c.isalpha())[1:2]
    chk = (chk + "XY")[:2]
    return "%s%d%02d%02d%d%s9%s" % (s, (y // 10) % 10, mm, d, y % 10, ini, chk)


def dob_fmt(dob, style):
    d, m, y = dob
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    if style == "uk":
        return "%02d/%02d/%04d" % (d, m, y)
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "long":
        return "%d %s %d" % (d, months[m - 1], y)
    if style == "short":
        return "%d %s %d" % (d, months[m - 1][:3], y)
    if style == "dot":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    raise ValueError(style)

LA = 384
ESTAB = 4127


def school_upn(rng, year):
    return make_upn(LA, ESTAB, year, rng.randint(1, 399))

# ====================================================================
# Encrypted shapes (opaque ciphertext; deterministic pseudo-random bytes)
# ====================================================================

def _prand(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s-%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def smime_part(seed, n=2600):
    """application/pkcs7-mime enveloped-data with a plausible DER prefix."""
    inner = _prand(seed, n)
    oid = bytes.fromhex("06092a864886f70d010703")  # 1.2.840.113549.1.7.3 envelopedData
    content = oid + b"\xa0\x82" + struct.pack(">H", len(inner) + 4) + b"\x30\x82" + struct.pack(">H", len(inner)) + inner
    der = b"\x30\x82" + struct.pack(">H", len(content)) + content
    hdrs = ['Content-Type: application/pkcs7-mime; smime-type=enveloped-data;\n name="smime.p7m"',
            'Content-Disposition: attachment; filename="smime.p7m"',
            "Content-Transfer-Encoding: base64"]
    return (hdrs, base64.encodebytes(der))


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_mime(seed, bnd, n=1900):
    data = b"\x85\x02\x0c\x03" + _prand(seed, n)
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    armor = ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" +
             base64.b64encode(struct.pack(">I", _crc24(data))[1:]).decode() +
             "\n-----END PGP MESSAGE-----\n")
    p1 = (["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"],
          b"Version: 1\n")
    p2 = (['Content-Type: application/octet-stream; name="encrypted.asc"',
           "Content-Description: OpenPGP encrypted message",
           'Content-Disposition: inline; filename="encrypted.asc"'], armor.encode())
    return multipart("encrypted", [p1, p2], bnd,
                     preamble="This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)",
                     params=' protocol="application/pgp-encrypted";')


def _crc_upd(c, b):
    return zlib.crc32(bytes([b]), c ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for ch in pw:
            self.upd(ch)

    def upd(self, b):
        k = self.k
        k[0] = _crc_upd(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self.upd(p)
        return bytes(out)


def make_encrypted_zip(files, password, seed, dt=ZDT):
    """Traditional PKWARE (ZipCrypto) password-protected zip, deflated entries."""
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    local = b""
    central = b""
    for idx, (name, data) in enumerate(files):
        if isinstance(data, str):
            data = data.encode("utf-8")
        nb = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(password.encode())
        hdr = bytearray(_prand("%s-%d" % (seed, idx), 12))
        hdr[11] = (crc >> 24) & 0xFF
        enc = zc.enc(bytes(hdr)) + zc.enc(comp)
        off = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc,
                             len(enc), len(data), len(nb), 0) + nb + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate,
                               crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0o644 << 16, off) + nb
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central),
                      len(local), 0)
    return local + central + end

# ====================================================================
# POLICY: personal-data
# ====================================================================

S = "school.example"
P = "students.school.example"


def st(local):
    return local + "@" + S


def pu(local):
    return local + "@" + P


RNG = random.Random(20250304)
PRIMARY_LAS = [384, 383, 370, 380, 381, 382, 372]


def upn_for(dob):
    """A UPN as issued by a primary school in the reception year."""
    la = RNG.choice(PRIMARY_LAS)
    estab = RNG.randint(2000, 2999)
    return make_upn(la, estab, dob[2] + 5, RNG.randint(1, 180))


SIG_SENCO = ("Mrs Funmi Adebayo-Clarke\nSENCo\nKingsmead High School & Sixth Form\n"
             "Mill Lane, Northfield WF9 4LQ | 01924 496000 ext 2140\n")
SIG_EXAMS = "Tiago Duarte\nExams Officer\nKingsmead High School & Sixth Form (Centre 38417)\n"
SIG_ATT = "Agnieszka Kowalczyk\nAttendance Officer\nKingsmead High School & Sixth Form\n01924 496000 ext 2118\n"
SIG_NURSE = "Siobh\u00e1n N\u00ed Bhriain RGN\nSchool Nurse\nKingsmead High School & Sixth Form\n"
SIG_DSL = ("Mrs Claire Whitworth\nDeputy Headteacher / Designated Safeguarding Lead\n"
           "Kingsmead High School & Sixth Form\n")
CONF = ("CONFIDENTIALITY: This email and any attachments are confidential and intended for the "
        "named recipient only. If you have received it in error please notify the sender and "
        "delete it.\n")


def build():
    clean_dirs()
    pos = lambda *a: emit("positive", *a)
    neg = lambda *a: emit("negative", *a)

    # ------------------------------------------------------------ P001
    frm = st("f.adebayo-clarke")
    to = ["h.marsh@edpsych-partners.example"]
    dob = (14, 7, 2010)
    upn = upn_for(dob)
    body = (
        "Dear Helena,\n\n"
        "Thank you for agreeing to see Kacper on the 12th. As discussed on the phone, here are "
        "his details ahead of the consultation.\n\n"
        "Name: Kacper Nowak\n"
        "DOB: %s\n"
        "UPN: %s\n"
        "Year/Form: 9P\n"
        "Address: 27 Sycamore Avenue, Northfield, WF9 2DH\n"
        "Parent: Dorota Nowak (mum), 07700 900312 - Polish is the main language at home; mum's "
        "English is good but dad prefers an interpreter.\n"
        "SEN status: SEN Support (K), primary need SpLD\n\n"
        "Background: Kacper arrived from Poland in Year 5. Literacy assessment in Year 8 showed a "
        "reading age of 9y2m (chronological 13y6m) and a single-word spelling standardised score of "
        "72. His previous school reported a WISC processing speed index at the 4th percentile. "
        "Teachers report significant difficulties with attention and organisation; mum has raised "
        "ADHD with the GP and he has been on the CAMHS neurodevelopmental waiting list since "
        "October. He had a one-day suspension in November after throwing equipment in Science; he "
        "later told his key worker he 'couldn't take the noise'.\n\n"
        "We are considering an EHC needs assessment request and would value your view on whether "
        "the evidence supports it. Mum's signed consent for EP involvement is on file (28 January).\n\n"
        "Kind regards,\n\n" % (dob_fmt(dob, "uk"), upn) + SIG_SENCO)
    msg = message(A("Funmi Adebayo-Clarke", frm), [A("Dr Helena Marsh", to[0])],
                  "Referral - Kacper Nowak (Y9) - EP consultation 12 March",
                  D(2025, 2, 26, 16, 12, 0), "pd-p1",
                  text_part(body, charset="us-ascii", cte="7bit"), extra=X_OUTLOOK)
    pos(1, "sen-referral", "plain",
        "SENCo emails an external educational psychologist a pupil's DOB, UPN, address and SEN/attention history",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P002
    frm = st("t.duarte")
    to = ["l.pickup@aa-assess.example"]
    cands = [
        ("4012", "Demir", "Ay\u015fe", (3, 11, 2009), "11H", "25% extra time; reader", "Form 8 (2023): below-average reading speed SS 79"),
        ("4027", "Ali", "Mohammed", (19, 6, 2009), "11K", "25% extra time; word processor", "EHCP - ASD; slow handwriting SS 74"),
        ("4031", "Wi\u015bniewska", "Zofia", (8, 2, 2010), "11P", "Separate invigilation; rest breaks", "Anxiety - CAMHS letter Jan 2025"),
        ("4044", "Okonkwo", "Daniel", (22, 9, 2009), "11B", "25% extra time", "Dyslexia diagnosis (private report 2022)"),
        ("4058", "Rodrigues", "Jos\u00e9", (30, 12, 2009), "11S", "Bilingual dictionary; 25% extra time", "EAL arrival 2023; processing SS 81"),
        ("4063", "Fletcher", "Amelia", (11, 4, 2010), "11M", "Modified paper (A3); seat near front", "Visual impairment - QTVI report"),
        ("4075", "Hussain", "Zainab", (1, 10, 2009), "11H", "Scribe", "Type 1 diabetes + hypermobility, pain when writing"),
        ("4089", "Clarke", "Mia", (17, 1, 2010), "11K", "Rest breaks; prompter", "ADHD - paediatrician letter 2024"),
    ]
    rows = [["Candidate No", "Surname", "Forename", "DOB", "UPN", "Form", "Current arrangements",
             "Evidence / history"]]
    for c in cands:
        rows.append([c[0], c[1], c[2], dob_fmt(c[3], "uk"), upn_for(c[3]), c[4], c[5], c[6]])
    body = (
        "Hi Lorraine,\n\n"
        "As agreed, attached is the list of Year 11 candidates we would like you to assess on 4 and "
        "5 March so that their access arrangements are in place before the summer series. I've "
        "included DOB and UPN so you can match them to your booking system, plus what they have "
        "at the moment and the history we hold.\n\n"
        "Please note Zofia (4031) gets very anxious with new adults - could she be seen first "
        "thing with Mrs Adebayo-Clarke present?\n\n"
        "Many thanks,\n\n" + SIG_EXAMS)
    msg = message(A("Tiago Duarte", frm), [A("Lorraine Pickup", to[0])],
                  "Y11 access arrangements - candidates for assessment 4/5 March",
                  D(2025, 2, 18, 10, 40, 0), "pd-p2",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_csv(rows, bom=True), "text/csv; charset=utf-8",
                             "Y11_AA_candidates_2025.csv")],
                      "_002_" + boundary("pp2")[:24] + "_"),
                  cc=[st("f.adebayo-clarke")], extra=X_OUTLOOK)
    pos(2, "access-arrangements", "attach-csv",
        "Exams officer sends an external assessor a CSV of candidates with DOB, UPN, access arrangements and medical/SEN evidence",
        frm, to + [st("f.adebayo-clarke")], frm, msg)

    # ------------------------------------------------------------ P003
    frm = st("a.kowalczyk")
    to = ["ews.referrals@calderbrook-council.example"]
    cc = [st("g.pryce")]
    kids = [
        ("Popescu", "Andrei", (5, 3, 2012), 8, "14 Mill Street, Northfield WF9 2AB", "Elena Popescu", "07700 900561", 71.4, 38, "Extended holiday to Romania Nov-Dec (3 wks unauthorised). Younger sibling at Northfield Primary also absent."),
        ("Bennett", "Kayden", (28, 8, 2011), 9, "Flat 6, Wren Court, Northfield WF9 3JT", "Stacey Bennett", "07700 900284", 64.9, 51, "Mum reports anxiety; GP letter requested x3, not received. Home visit 14/01 - no answer."),
        ("Nowak", "Kacper", (14, 7, 2010), 9, "27 Sycamore Avenue, Northfield WF9 2DH", "Dorota Nowak", "07700 900312", 82.6, 19, "Lates mainly. Awaiting CAMHS neurodevelopmental assessment."),
        ("Sheikh", "Imaan", (12, 2, 2010), 10, "3 Beech Grove, Northfield WF9 4RN", "Tahir Sheikh", "07700 900733", 77.0, 27, "Young carer for mum (MS). Referred to Young Carers service Oct."),
        ("Doyle", "Brandon", (2, 5, 2010), 10, "41 Railway Terrace, Northfield WF9 1PD", "Leanne Doyle", "07700 900918", 58.3, 70, "Open to Early Help. Suspected exploitation concerns shared with DSL - see separate safeguarding referral."),
    ]
    rows = [["UPN", "Surname", "Forename", "DOB", "Year", "Address", "Parent/carer", "Phone",
             "Attendance % (Aut)", "Unauth sessions", "Notes"]]
    for k in kids:
        rows.append([upn_for(k[2]), k[0], k[1], dob_fmt(k[2], "uk"), k[3], k[4], k[5], k[6], k[7],
                     k[8], k[9]])
    body = (
        "Dear EWS team,\n\n"
        "Please find attached our autumn term persistent absence referrals for Years 8-10. All "
        "five pupils are below 85% and have had at least one attendance meeting in school. I have "
        "added the latest notes for each, including home visits.\n\n"
        "Brandon Doyle's case also has a safeguarding element - Mrs Whitworth (DSL) will ring the "
        "duty officer separately.\n\n"
        "Could you confirm receipt and let me know which officer has been allocated?\n\n"
        "Kind regards,\n\n" + SIG_ATT)
    msg = message(A("Agnieszka Kowalczyk", frm), [A("EWS Referrals", to[0])],
                  "Persistent absence referrals - autumn term (Y8-Y10)",
                  D(2025, 1, 21, 13, 5, 0), "pd-p3",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_xlsx([("PA referrals", rows)]), XLSX,
                             "PA referrals Autumn 2024.xlsx")],
                      "_003_" + boundary("pp3")[:24] + "_"),
                  cc=cc, extra=X_OUTLOOK)
    pos(3, "attendance-referral", "attach-xlsx",
        "Attendance officer sends the local authority an .xlsx of named pupils with UPN, DOB, addresses, attendance and welfare notes",
        frm, to + cc, frm, msg)

    # ------------------------------------------------------------ P004
    frm = st("b.tranter")
    to = ["refunds@eurotrek-tours.example"]
    fam = [("Amira Hassan", "8K", "Mr Khalid Hassan"), ("Fatima Begum", "8T", "Mrs Rukhsana Begum"),
           ("Ella-Rose Turner", "8T", "Ms Kirsty Turner"), ("Zo\u00eb Brown", "8B", "Mr Lee Brown"),
           ("Gabriel Santos", "8B", "Mrs Ana Santos"), ("Kuba W\u00f3jcik", "8K", "Mrs Ewa W\u00f3jcik"),
           ("Tom Jones", "8W", "Mr Gareth Jones"), ("Aisha Ibrahim", "8W", "Mrs Halima Ibrahim"),
           ("Kerem Y\u0131lmaz", "8P", "Mr Hakan Y\u0131lmaz")]
    rows = [["Pupil", "Form", "Account holder", "Sort code", "Account number", "Refund (GBP)"]]
    for f in fam:
        sc, acc = make_bank(RNG)
        rows.append([f[0], f[1], f[2], sc, acc, "395.00"])
    body = (
        "Hi Marco,\n\n"
        "Following the cancellation of our Year 8 Paris trip (booking EUT-55821), please find "
        "attached the bank details for the nine families who asked to be refunded directly rather "
        "than by credit note. The parents have confirmed these details with us by phone.\n\n"
        "The remaining 31 families are happy to take the credit against the rebooked trip in "
        "October.\n\n"
        "Please let me know once the BACS run has gone through so I can tell the parents.\n\n"
        "Thanks,\n\n"
        "Bev Tranter\nFinance Officer\nKingsmead High School & Sixth Form\n")
    msg = message(A("Bev Tranter", frm), [A("Eurotrek Refunds", to[0])],
                  "EUT-55821 Paris cancellation - parent refund bank details",
                  D(2025, 3, 12, 11, 15, 0), "pd-p4",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_csv(rows), "application/vnd.ms-excel", "Paris refunds - bank details.csv")],
                      "_004_" + boundary("pp4")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(4, "refund-bank-details", "attach-csv",
        "Finance officer sends a tour operator a CSV of parents' sort codes and account numbers for trip refunds",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P005
    frm = st("s.nibhriain")
    to = ["admin.millbeck@millbeck-surgery.nhs.example"]
    dob = (2, 9, 2011)
    nhs = make_nhs(RNG)
    body = (
        "Dear Practice Manager,\n\n"
        "Re: Amira HASSAN, DOB %s, NHS No. %s\n"
        "12 Orchard Rise, Northfield WF9 3QS\n\n"
        "Amira is in Year 8 at Kingsmead. She has moderate asthma (on the school asthma register) "
        "and a peanut and tree-nut allergy with a history of anaphylaxis in 2022 (admitted to "
        "Pinderfields). Her spare salbutamol inhaler in school expired in January and the two "
        "adrenaline auto-injectors we hold for her expire at the end of this month.\n\n"
        "Mum (Mrs Samira Hassan, 07700 900145) has asked me to contact you directly as she is "
        "working away. Could a repeat prescription for 1 x salbutamol 100mcg inhaler with spacer "
        "and 2 x adrenaline 0.3mg auto-injectors be sent to Boots, Northfield?\n\n"
        "Her individual healthcare plan is due for review on 1 April; I would be grateful for a "
        "copy of her latest asthma review from the practice nurse if available.\n\n"
        "Many thanks,\n\n" % (dob_fmt(dob, "uk"), nhs) + SIG_NURSE)
    msg = message(A("Siobh\u00e1n N\u00ed Bhriain", frm), to,
                  "Amira Hassan - repeat prescription for school inhaler / AAIs",
                  D(2025, 3, 4, 9, 20, 0), "pd-p5",
                  text_part(body, charset="utf-8", cte="quoted-printable"), extra=X_OUTLOOK)
    pos(5, "medical-gp-request", "qp",
        "School nurse emails a GP surgery a pupil's NHS number, DOB, address, asthma and anaphylaxis history",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P006
    frm = st("c.whitworth")
    to = ["j.okafor-reid@calderbrook-council.example"]
    body = (
        "Dear Jade,\n\n"
        "Update for your records ahead of Thursday's core group meeting.\n\n"
        "Child: Jayden CLARKE, Year 7 (7A), DOB 09/01/2013\n"
        "Sibling: Mia CLARKE, Year 11 (11K), DOB 17/01/2010\n"
        "Address: 88 Hawthorn Way, Northfield WF9 2LS (mum, Shannon Clarke, and her partner "
        "Darren Pike)\n\n"
        "- Mon 3 Feb: Jayden arrived without a coat and said he had not had tea or breakfast. "
        "PE teacher noticed fingertip-pattern bruising on his upper left arm. When asked, Jayden "
        "said 'Darren grabbed me when I wouldn't get off the Xbox'. Recorded on CPOMS, body map "
        "completed.\n"
        "- Mon 3 Feb, 3.40pm: I phoned the front door; you advised a strategy discussion, which "
        "took place at 5pm. Police attended the home that evening.\n"
        "- Tue 4 Feb: Mia told her Head of Year that she is 'doing all the looking after' and that "
        "mum has started drinking again since Christmas. She asked that Darren is not told she "
        "said this.\n"
        "- Wed 5 Feb: Mum rang the school, upset, saying the school had 'grassed'. She said "
        "Darren has now moved back to his mother's.\n\n"
        "Jayden's attendance this term is 86.1%; Mia's is 91.4%. Both are known to our pastoral "
        "team and Jayden has weekly check-ins with the learning mentor.\n\n"
        "I will bring both children's chronologies on Thursday.\n\n"
        "Kind regards,\n\n" + SIG_DSL)
    msg = message(A("Claire Whitworth", frm), [A("Jade Okafor-Reid", to[0])],
                  "Safeguarding update - Jayden and Mia Clarke",
                  D(2025, 2, 5, 17, 2, 0), "pd-p6",
                  text_part(hardwrap(body, 72), charset="us-ascii", cte="7bit"),
                  extra=X_OUTLOOK)
    pos(6, "safeguarding-update", "wrapped",
        "DSL sends a social worker an unencrypted safeguarding chronology naming two siblings with DOBs and home address",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P007
    frm = st("i.qureshi")
    to = ["recruitment@skillsbridge-training.example"]
    learners = [
        ("Rhys", "Morgan", (4, 5, 2007), "19morganr", "07700 900201", "Engineering L3", "C,C,D (Maths, Physics, Product Design)", "None"),
        ("Chlo\u00eb", "O'Sullivan", (23, 10, 2006), "19osullivanc", "07700 900202", "Business Admin L3", "B,C (Business, English Lit), Merit (BTEC IT)", "Dyslexia - 25% extra time"),
        ("Tayo", "Adeyemi", (11, 2, 2007), "20adeyemit", "07700 900203", "Software Dev L4", "A,B,B (Comp Sci, Maths, Physics)", "None"),
        ("Shannon", "Clarke", (30, 7, 2007), "20clarkes", "07700 900204", "Accounting L3", "C,C (Maths, Economics)", "Young carer"),
        ("Farhan", "Rahman", (6, 12, 2006), "20rahmanf", "07700 900205", "Digital Marketing L3", "D,Merit (Media, BTEC Business)", "ASD - prefers written instructions"),
    ]
    rows = [["ULN", "Forename", "Surname", "DOB", "School email", "Mobile", "Programme applied", "Predicted grades", "SEN / support"]]
    for l in learners:
        rows.append([make_uln(RNG), l[0], l[1], dob_fmt(l[2], "uk"), pu(l[3]), l[4], l[5], l[6], l[7]])
    body = (
        "Hi Nathan,\n\n"
        "Great to meet you at the apprenticeship fair. As promised, attached are the five Year 13 "
        "students who would like to be considered for your September intake, with their ULNs so "
        "you can pull their records, DOBs, contact details and predicted grades.\n\n"
        "I've added a support column where a student has agreed for us to share it.\n\n"
        "Best wishes,\n\nDr Imran Qureshi\nHead of Sixth Form\n")
    msg = message(A("Imran Qureshi", frm), [A("SkillsBridge Recruitment", to[0])],
                  "Kingsmead Y13 apprenticeship applicants",
                  D(2025, 3, 18, 15, 0, 0), "pd-p7",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_xlsx([("Applicants", rows)]), XLSX, "Kingsmead Y13 applicants.xlsx")],
                      "_005_" + boundary("pp7")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(7, "uln-list", "attach-xlsx",
        "Head of Sixth Form sends an apprenticeship provider an .xlsx of Year 13 students with ULNs, DOBs, mobiles and SEN notes",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P008
    frm = st("r.fairbanks")
    to = ["starters@edupay-bureau.example"]
    nino = make_nino(RNG)
    sc, acc = make_bank(RNG)
    body = (
        "Hi Priya,\n\n"
        "New starter for the February payroll \u2013 details below. Contract and P45 to follow "
        "by post.\n\n"
        "Name: Mr Tom\u00e1s Ferreira\n"
        "Post: Teacher of Science (MPS 3), 1.0 FTE\n"
        "Start date: 24 February 2025\n"
        "Date of birth: 19 August 1994\n"
        "NI number: %s\n"
        "Address: 5 Weavers Yard, Ossett WF5 8HN\n"
        "Bank: Sort code %s, Account %s\n"
        "Student loan: Plan 2 and Postgraduate loan\n"
        "Pension: TPS \u2013 opted in\n\n"
        "He\u2019s told us he has a disability (hearing impairment) for the equality monitoring \u2013 "
        "I\u2019ve noted that here so you don\u2019t chase it.\n\n"
        "Thanks,\n"
        "Ren\u00e9e\n\n"
        "Ren\u00e9e Fairbanks\nOffice & HR Manager\n" % (nino, sc, acc))
    msg = message(A("Ren\u00e9e Fairbanks", frm), [A("EduPay Starters", to[0])],
                  "New starter \u2013 T Ferreira \u2013 Feb payroll",
                  D(2025, 2, 11, 14, 25, 0), "pd-p8",
                  text_part(body, charset="windows-1252", cte="quoted-printable"),
                  extra=X_OUTLOOK)
    pos(8, "staff-payroll", "cp1252",
        "HR manager sends a payroll bureau a new teacher's NI number, DOB, address, bank details and disability",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P009
    frm = st("c.martin")
    to = ["chloe.martin.teach@example.com"]
    tg = [("Aydemir", "Emre", (14, 10, 2009), "EAL (Turkish)", "-"),
          ("Baker", "Sophie", (2, 3, 2010), "-", "Epilepsy - care plan, buccal midazolam in medical room"),
          ("Chowdhury", "Rafi", (27, 11, 2009), "SEN K (SpLD)", "-"),
          ("Doyle", "Brandon", (2, 5, 2010), "SEN K (SEMH)", "Open to Early Help; LAC sibling"),
          ("Fletcher", "Amelia", (11, 4, 2010), "EHCP (VI)", "Visual impairment - enlarged print"),
          ("Kov\u00e1cs", "D\u00f3ra", (9, 6, 2010), "EAL (Hungarian)", "Nut allergy - AAI"),
          ("Nguyen", "Bao", (19, 1, 2010), "-", "Asthma"),
          ("Popa", "Ionu\u021b", (25, 8, 2009), "EAL (Romanian)", "-"),
          ("Sheikh", "Imaan", (12, 2, 2010), "Young carer", "-"),
          ("Walsh", "Connor", (7, 7, 2010), "LAC (Calderbrook)", "Contact arrangements - see DSL; do not release to birth father")]
    lines = []
    for t in tg:
        lines.append("%s, %s | %s | %s | %s | %s" % (t[0], t[1], dob_fmt(t[2], "uk"), upn_for(t[2]), t[3], t[4]))
    body = (
        "For the seating plans over half term \U0001F642\n\n"
        "---------- Forwarded message ---------\n"
        "From: Data Office <dataoffice@school.example>\n"
        "Date: Fri, 14 Feb 2025 at 12:02\n"
        "Subject: 10M tutor group - pupil information sheet (CONFIDENTIAL)\n"
        "To: Chlo\u00e9 Martin <c.martin@school.example>\n\n"
        "Hi Chlo\u00e9,\n\n"
        "Updated information sheet for 10M as requested. Please keep this on the school system "
        "and do not print.\n\n"
        "Surname, Forename | DOB | UPN | SEN/EAL/LAC | Medical / notes\n" + "\n".join(lines) + "\n\n"
        "Data Office\n")
    msg = message(A("Chlo\u00e9 Martin", frm), to,
                  "Fwd: 10M tutor group - pupil information sheet (CONFIDENTIAL)",
                  D(2025, 2, 14, 16, 48, 0), "pd-p9",
                  text_part(body, charset="utf-8", cte="quoted-printable"), extra=X_OUTLOOK)
    pos(9, "forward-to-personal", "fwd-inline",
        "Tutor forwards her tutor group's DOB/UPN/SEN/medical/LAC sheet to her personal webmail",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P010
    frm = st("d.whitlock")
    to = ["groups@alpine-edu-travel.example"]
    pax = [("Sharma", "Priya", (22, 2, 2008), "F", "British", "Vegetarian", "Mrs Anjali Sharma 07700 900311"),
           ("Nguyen", "Minh Anh", (5, 11, 2007), "F", "Vietnamese", "None", "Mr Nguyen Van Hai 07700 900312"),
           ("Fitzgerald", "Leah", (17, 6, 2008), "F", "Irish", "Coeliac - strict gluten free", "Ms Orla Fitzgerald 07700 900313"),
           ("Morgan", "Rhys", (4, 5, 2007), "M", "British", "Penicillin allergy", "Mrs Cerys Morgan 07700 900314"),
           ("Adeyemi", "Tayo", (11, 2, 2007), "M", "British", "Asthma - own inhaler", "Mr Femi Adeyemi 07700 900315"),
           ("Kowalski", "Piotr", (28, 9, 2007), "M", "Polish", "None", "Mrs Beata Kowalska 07700 900316"),
           ("Rahman", "Farhan", (6, 12, 2006), "M", "British", "ASD - room with known peer", "Mr Abdul Rahman 07700 900317")]
    rows = [["Surname", "Forename", "DOB", "Sex", "Nationality", "Passport no", "Passport expiry",
             "Medical / dietary", "Emergency contact"]]
    for p in pax:
        rows.append([p[0], p[1], dob_fmt(p[2], "iso"), p[3], p[4], make_passport(RNG),
                     "20%02d-%02d-%02d" % (RNG.randint(27, 33), RNG.randint(1, 12), RNG.randint(1, 28)),
                     p[5], p[6]])
    notes = (
        "Medical notes for the resort doctor - Kingsmead ski trip Feb 2025\r\n\r\n"
        "Leah Fitzgerald (DOB 17/06/2008): coeliac disease, strict gluten-free diet; carries "
        "her own snacks.\r\n"
        "Rhys Morgan (DOB 04/05/2007): penicillin allergy (rash + swelling 2019).\r\n"
        "Tayo Adeyemi (DOB 11/02/2007): asthma, blue inhaler carried at all times.\r\n"
        "Farhan Rahman (DOB 06/12/2006): autism; finds noise and change of plan difficult. "
        "Please room with Tayo Adeyemi.\r\n")
    z = make_zip([("Kingsmead_ski_2025/passenger_list.csv", make_csv(rows)),
                  ("Kingsmead_ski_2025/medical_notes.txt", notes)])
    body = (
        "Hi Gemma,\n\n"
        "Attached (zipped - it was too big for your portal) is the passenger list for our "
        "February trip with passport details for the flight manifest, plus the medical notes "
        "for the resort doctor.\n\n"
        "Cheers,\nDan\n\nDan Whitlock\nTrip Leader / Geography\n")
    msg = message(A("Dan Whitlock", frm), [A("Alpine Edu Travel Groups", to[0])],
                  "Kingsmead ski trip - passenger list and medical notes",
                  D(2025, 1, 10, 12, 30, 0), "pd-p10",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(z, "application/x-zip-compressed", "Kingsmead_ski_2025.zip")],
                      "_006_" + boundary("pp10")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(10, "trip-passports", "zip",
        "Trip leader sends a travel company an unprotected zip of sixth formers' passport numbers, DOBs and medical notes",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P011
    frm = st("s.collins")
    to = ["bookings@snowline-ski.example"]
    card = make_card(RNG, "4" + str(RNG.randint(0, 9)))
    body = (
        "Hi Gemma, Mr Y\u0131lmaz rang to pay the balance for Kerem's ski trip by card as your line "
        "was engaged. He asked us to pass it on:\n\n"
        "Card: %s\n"
        "Exp: 08/27  CVV: 382\n"
        "Name on card: MR H YILMAZ\n"
        "Amount: \u00a3450.00\n\n"
        "Thanks\n"
        "Sandra (Kingsmead reception)\n\n"
        "Sent from Outlook for iOS\n" % card)
    msg = message(A("Sandra Collins", frm), to, "Card payment - Y\u0131lmaz - ski balance",
                  D(2025, 1, 15, 13, 2, 0), "pd-p11",
                  text_part(body, charset="utf-8", cte="quoted-printable"),
                  extra=["X-Mailer: Outlook for iOS"])
    pos(11, "card-details", "mobile",
        "Receptionist's phone email passes a parent's full card number, expiry and CVV to a ski company",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P012
    frm = st("c.whitworth")
    to = ["coordinators@brightpath-tuition.example"]
    inner_body = (
        "Claire,\n\n"
        "Logging this here as well as CPOMS. During 1:1 today Sophie BAKER (10M, DOB 02/03/2010) "
        "told me that her stepdad has been checking her phone every night and that he 'goes mad' "
        "if she talks to boys. She said he pushed her into the door frame on Saturday. Small "
        "bruise on right cheekbone, which she said was from netball. She asked me not to tell mum "
        "because mum 'will take his side'. She also mentioned she has stopped taking her epilepsy "
        "medication some mornings because it makes her tired.\n\n"
        "Home: 19 Poplar Close, Northfield WF9 4TT. Mum: Karen Baker. Stepdad: Lee Marshall.\n\n"
        "Gareth\n")
    inner = message(A("Gareth Pryce", st("g.pryce")), [A("Claire Whitworth", st("c.whitworth"))],
                    "Disclosure - Sophie Baker 10M", D(2025, 3, 10, 12, 41, 0), "pd-p12-inner",
                    text_part(inner_body, charset="us-ascii", cte="7bit"))
    body = (
        "Hi Rachel,\n\n"
        "As Sophie's home tutor will be visiting the family on Wednesday, I'm forwarding the "
        "attached so that your tutor is aware of the current situation before she goes into the "
        "house. Please make sure she does not discuss it with the family. Ring me if anything "
        "concerns her.\n\n"
        "Claire\n\n" + SIG_DSL)
    msg = message(A("Claire Whitworth", frm), [A("BrightPath Coordinators", to[0])],
                  "FW: Disclosure - Sophie Baker 10M",
                  D(2025, 3, 10, 16, 22, 0), "pd-p12",
                  multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                                      rfc822_part(inner, "Disclosure - Sophie Baker 10M.eml")],
                            "_007_" + boundary("pp12")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(12, "safeguarding-forward", "fwd-rfc822",
        "DSL forwards a pupil's safeguarding disclosure (attached message) to an external tuition agency",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P013
    frm = st("f.adebayo-clarke")
    to = ["senco@harbourview-academy.example"]
    dob = (21, 4, 2012)
    upn = upn_for(dob)
    nhs = make_nhs(RNG)
    docx = make_docx([
        ("h", "Transfer summary - CONFIDENTIAL"),
        ("table", [["Name", "Eli\u00e1\u0161 Hor\u00e1k"], ["DOB", dob_fmt(dob, "long")], ["UPN", upn],
                   ["NHS number", nhs], ["Year", "8 (leaving Kingsmead 28 March 2025)"],
                   ["Address", "Flat 2, 11 Canal Street, Castleford WF10 1AB"],
                   ["Parents", "Petra Hor\u00e1kov\u00e1 (mum) 07700 900822; Tom\u00e1\u0161 Hor\u00e1k (dad, no contact - non-molestation order in place)"],
                   ["SEN status", "EHCP (issued July 2023, Calderbrook). Primary need ASD; secondary SLCN"],
                   ["Medical", "Epilepsy (absence seizures); Epilim 200mg twice daily, morning dose at home"]]),
        ("h", "What works"),
        "Visual timetable on desk; warning 5 minutes before transitions; exit card to the Hub; "
        "seat at the end of a row near the door. Eli\u00e1\u0161 finds fire drills very distressing - "
        "please pre-warn him where possible.",
        ("h", "Social care"),
        "Child in Need plan closed November 2024. Police were called to the family home in "
        "September 2024 (domestic abuse, father); the non-molestation order runs to September "
        "2025. Father must not be given any information or allowed to collect.",
        ("h", "Attendance / behaviour"),
        "Attendance 2024-25: 88.7%. Two internal exclusions (Sept, Jan) following meltdowns in "
        "corridors. No suspensions.",
        "Full EHCP and the latest annual review will follow via S2S.",
    ])
    body = (
        "Dear colleague,\n\n"
        "Eli\u00e1\u0161 starts with you after Easter. Attached is our transfer summary so that "
        "you have the key information on day one - the EHCP will follow.\n\n"
        "Happy to talk before he starts.\n\nBest wishes,\n\n" + SIG_SENCO)
    msg = message(A("Funmi Adebayo-Clarke", frm), to,
                  "Transfer - Eli\u00e1\u0161 Hor\u00e1k (Y8) - SEN summary",
                  D(2025, 3, 20, 15, 30, 0), "pd-p13",
                  multipart("mixed", [
                      text_part(body, charset="utf-8", cte="quoted-printable"),
                      attach(docx, DOCX, "Transfer summary - E Horak.docx")],
                      "_008_" + boundary("pp13")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(13, "sen-transfer", "attach-docx",
        "SENCo emails another school a .docx transfer summary with UPN, NHS number, EHCP, medication and court-order details",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P014
    frm = st("t.duarte")
    to = ["exams@ridgeway-ap.example"]
    c1, c2, c3 = (16, 3, 2009), (4, 9, 2009), (23, 12, 2009)
    body = (
        "Dear Ms Lefebvre,\n\n"
        "As agreed, three of our Year 11 candidates will sit their GCSE papers at Ridgeway under "
        "our centre number (38417). Their details:\n\n"
        "4102  Jos\u00e9 Mart\u00ednez Ruiz   DOB %s   UPN %s\n"
        "      Arrangements: 25%% extra time, reader. Medical: none.\n"
        "4109  Zo\u00eb H\u00e4nsel           DOB %s   UPN %s\n"
        "      Arrangements: separate room, rest breaks. Medical: Crohn's - needs toilet access at all times.\n"
        "4117  Ra\u00fal Pe\u00f1a            DOB %s   UPN %s\n"
        "      Arrangements: word processor (spell-check off). Permanently excluded from Kingsmead "
        "in Oct 2024 - do not allow contact with Kingsmead pupils at the venue.\n\n"
        "Seating plans and attendance registers will come with the papers.\n\n"
        "Cordialement - and thank you!\n\n" % (
            dob_fmt(c1, "uk"), upn_for(c1), dob_fmt(c2, "uk"), upn_for(c2), dob_fmt(c3, "uk"), upn_for(c3))
        + SIG_EXAMS)
    msg = message(A("Tiago Duarte", frm), [A("Ridgeway AP Exams", to[0])],
                  "Kingsmead candidates sitting at Ridgeway - summer 2025",
                  D(2025, 4, 29, 11, 0, 0), "pd-p14",
                  text_part(body, charset="iso-8859-1", cte="quoted-printable"), extra=X_OUTLOOK)
    pos(14, "candidate-list", "latin1",
        "Exams officer sends an alternative provision centre candidates' numbers, DOBs, UPNs, medical and exclusion details",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P015
    frm = st("g.pryce")
    to = ["referrals@ap-bridges.example"]
    rows = [["Name", "DOB", "UPN", "Year", "Suspensions 24/25", "Key incidents", "Other agencies"]]
    boys = [("Brandon Doyle", (2, 5, 2010), "10", "3 (8 days)", "Assault on peer (Nov); possession of a knife-shaped vape (Jan)", "Early Help, YOT"),
            ("Kayden Bennett", (28, 8, 2011), "9", "2 (3 days)", "Verbal abuse of staff; truancy", "Early Help"),
            ("Callum Reid", (13, 1, 2011), "9", "1 (1 day)", "Smoking cannabis on site (Feb)", "None"),
            ("Marius Lungu", (30, 10, 2009), "11", "4 (11 days)", "Fights off site; suspected county lines involvement", "CSC (CIN), Police")]
    for b in boys:
        rows.append([b[0], dob_fmt(b[1], "uk"), upn_for(b[1]), b[2], b[3], b[4], b[5]])
    inner = (
        "<p>Hi Marcus,</p>\n"
        "<p>Ahead of Friday's panel, here are the four Key Stage 4/3 students we would like to "
        "discuss for part-time placements after Easter. Full behaviour logs are available if you "
        "need them.</p>\n" + html_table(rows) +
        "\n<p>Please note Marius is on a CIN plan and his social worker would like to attend.</p>\n"
        "<p>Thanks,<br>Gareth Pryce<br>Head of Year 9 / Behaviour Lead</p>\n")
    msg = message(A("Gareth Pryce", frm), [A("AP Bridges Referrals", to[0])],
                  "AP panel Friday - student summaries",
                  D(2025, 3, 5, 13, 45, 0), "pd-p15",
                  text_part(html_doc(inner), "html", charset="utf-8", cte="quoted-printable"),
                  extra=X_OUTLOOK)
    pos(15, "behaviour-record", "html",
        "Head of Year sends an AP provider an HTML table of named pupils with DOB, UPN, suspensions and police involvement",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P016
    frm = st("m.oduya")
    to = ["account.manager@fresh-plate-catering.example"]
    rows = [["Name", "Form", "DOB", "FSM", "Dietary / allergy (medical)", "Severity"]]
    diet = [("Amira Hassan", "8K", (2, 9, 2011), "Y", "Peanut + tree nut", "Anaphylaxis - AAI carried"),
            ("D\u00f3ra Kov\u00e1cs", "10M", (9, 6, 2010), "N", "Tree nut", "Anaphylaxis - AAI carried"),
            ("Leah Fitzgerald", "12F", (17, 6, 2008), "N", "Coeliac", "Strict - no cross contamination"),
            ("Jayden Clarke", "7A", (9, 1, 2013), "Y", "None", "-"),
            ("Imaan Sheikh", "10M", (12, 2, 2010), "Y", "Halal", "Religious"),
            ("Oliwia Zieli\u0144ska", "7A", (24, 3, 2013), "Y", "Cow's milk protein", "Moderate - hives"),
            ("Kerem Y\u0131lmaz", "8P", (15, 7, 2011), "N", "Sesame", "Anaphylaxis - AAI carried"),
            ("Bao Nguyen", "10M", (19, 1, 2010), "Y", "Egg", "Mild")]
    for d in diet:
        rows.append([d[0], d[1], dob_fmt(d[2], "uk"), d[3], d[4], d[5]])
    body = (
        "Hi Joanne,\n\n"
        "Here is the updated list for the tills and the kitchen for next term - free school meal "
        "entitlement and all the medical diets. Could you make sure the new cook at our site has it "
        "before Monday?\n\n"
        "Thanks\nMargaret Oduya\nCatering Manager, Kingsmead\n")
    msg = message(A("Margaret Oduya", frm), [A("Joanne Fenby", to[0])],
                  "FSM and allergy list - spring term",
                  D(2025, 1, 3, 10, 5, 0), "pd-p16",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_csv(rows, bom=True), "text/csv; charset=utf-8", "FSM_allergy_spring.csv")],
                      "_009_" + boundary("pp16")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(16, "fsm-allergy-list", "attach-csv",
        "Catering manager sends the contractor a CSV of named pupils with DOB, free school meal status and medical diets",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P017
    frm = st("l.cole")
    to = ["audit@hallidaycoe-audit.example"]
    recips = [("Shannon Clarke", "13", "Vulnerable - care leaver", 1200),
              ("Farhan Rahman", "13", "Discretionary - household on Universal Credit", 600),
              ("Nguyen Minh Anh", "13", "Discretionary - household income under 25k", 450),
              ("Yusuf Sheikh", "12", "Vulnerable - in receipt of UC in own right (estranged)", 1200),
              ("Piotr Kowalski", "12", "Discretionary - free meals + travel", 380)]
    lines = []
    for r in recips:
        sc, acc = make_bank(RNG)
        lines.append("%s (Y%s) - %s - paid \u00a3%d to %s / %s" % (r[0], r[1], r[2], r[3], sc, acc))
    body = (
        "Dear Mr Halliday,\n\n"
        "For the 16-19 Bursary Fund sample you requested, here are the five recipients selected, "
        "with the category awarded, the total paid this year and the bank account it was paid to. "
        "Evidence (care leaver letters, UC statements) is in the bursary file for your visit.\n\n"
        + "\n".join(lines) + "\n\n"
        "Kind regards,\n\nLouise Cole\nSixth Form Administrator\n")
    msg = message(A("Louise Cole", frm), [A("Halliday Coe Audit", to[0])],
                  "16-19 Bursary sample - recipients and payments",
                  D(2024, 12, 9, 14, 40, 0), "pd-p17",
                  text_part(body, charset="utf-8", cte="base64"), extra=X_OUTLOOK)
    pos(17, "bursary-bank-details", "base64",
        "Sixth-form administrator sends external auditors named bursary recipients, care-leaver/benefit status and bank details",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P018
    frm = st("dataoffice")
    to = ["orders@snapshot-schools.example"]
    rows = [["Form", "Surname", "Forename", "DOB", "UPN", "Photo?"]]
    y7 = [("7A", "Clarke", "Jayden", (9, 1, 2013), "YES"),
          ("7A", "Zieli\u0144ska", "Oliwia", (24, 3, 2013), "YES"),
          ("7A", "D\u0105browska", "Natalia", (3, 6, 2013), "YES"),
          ("7A", "Walsh", "Kian", (18, 11, 2012), "NO - looked after child, court order: no images"),
          ("7B", "Okoro", "Ebube", (1, 2, 2013), "YES"),
          ("7B", "Patel", "Riya", (30, 4, 2013), "NO - parent refused (fleeing domestic abuse)"),
          ("7B", "Hussain", "Zayn", (12, 8, 2012), "YES"),
          ("7B", "Wright", "Maisie", (6, 10, 2012), "YES")]
    for y in y7:
        rows.append([y[0], y[1], y[2], dob_fmt(y[3], "uk"), upn_for(y[3]), y[4]])
    txt_rows = "\n".join("%-3s %-12s %-8s %-10s %s  %s" % tuple(r) for r in rows)
    txt = (
        "Hi Steve,\n\n"
        "Year 7 individual photos are on Tuesday. Below is the data you asked for so the images "
        "link to the right records when we import them back into SIMS. Please make sure the two "
        "marked NO are not photographed at all - for Kian there is a court order and Riya's family "
        "are in a refuge.\n\n" + txt_rows + "\n\n(first two forms - 7C to 7H to follow)\n\n"
        "Thanks,\nJanet\nData Manager\n")
    html = html_doc(
        "<p>Hi Steve,</p>\n<p>Year 7 individual photos are on Tuesday. Below is the data you asked "
        "for so the images link to the right records when we import them back into SIMS. Please "
        "make sure the two marked <b>NO</b> are not photographed at all &ndash; for Kian there is a "
        "court order and Riya's family are in a refuge.</p>\n" + html_table(rows) +
        "\n<p>(first two forms &ndash; 7C to 7H to follow)</p>\n<p>Thanks,<br>Janet<br>Data Manager</p>")
    msg = message(A("Janet Ackroyd (Data Office)", frm), [A("Snapshot Schools Orders", to[0])],
                  "Y7 photo day - pupil data (7A, 7B)",
                  D(2024, 9, 20, 10, 10, 0), "pd-p18",
                  multipart("alternative", [
                      text_part(txt, charset="utf-8", cte="quoted-printable"),
                      text_part(html, "html", charset="utf-8", cte="quoted-printable")],
                      "_000_" + boundary("pp18")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(18, "photographer-data", "alternative",
        "Data manager sends a photographer Year 7 names, DOBs, UPNs and looked-after/refuge flags",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P019
    frm = st("k.fenwick")
    to = ["adviser.team@careers-connect.example"]
    neet = [("Marius Lungu", (30, 10, 2009), "41 Coal Pit Lane, Northfield WF9 1RZ", "SEMH; CIN plan; suspected CCE"),
            ("Chantelle Dixon", (14, 4, 2010), "9 Elm Row, Northfield WF9 2PE", "Pregnant (due June); attendance 61%"),
            ("Kayla Moss", (2, 2, 2010), "22 Larch Drive, Castleford WF10 4SJ", "Young carer; anxiety - CAMHS"),
            ("Ryan Hinchliffe", (27, 7, 2009), "15 The Crescent, Northfield WF9 3BN", "EHCP (MLD); no post-16 offer yet")]
    lines = ["Year 11 RONI (risk of NEET) list - shared for guidance interviews", "=" * 64, ""]
    for n in neet:
        lines.append("Name:    %s" % n[0])
        lines.append("DOB:     %s" % dob_fmt(n[1], "uk"))
        lines.append("ULN:     %s" % make_uln(RNG))
        lines.append("Address: %s" % n[2])
        lines.append("Notes:   %s" % n[3])
        lines.append("")
    body = (
        "Hi both,\n\n"
        "Attached is our RONI list for the priority guidance interviews in March. I've included "
        "ULNs so you can check the CCIS records, plus addresses for any home visits.\n\n"
        "Kate Fenwick\nCareers Lead\n")
    msg = message(A("Kate Fenwick", frm), [A("Careers Connect Advisers", to[0])],
                  "RONI list - Y11 priority interviews",
                  D(2025, 2, 24, 9, 35, 0), "pd-p19",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach("\r\n".join(lines).encode("ascii"), "text/plain", "RONI_Y11_Feb2025.txt")],
                      "_010_" + boundary("pp19")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(19, "neet-risk-list", "attach-txt",
        "Careers lead sends an external careers service a .txt of at-risk Year 11s with DOB, ULN, address and sensitive notes",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P020
    frm = st("s.nibhriain")
    to = ["crisis.team@calderbrook-camhs.nhs.example"]
    nhs = make_nhs(RNG)
    body = (
        "Re Zofia Wi\u015bniewska DOB 08/02/2010 NHS %s\n\n"
        "Disclosed self-harm (cutting, forearms) to me at lunch today, superficial, dressed. Says "
        "thoughts of ending her life last weekend, no plan now. Mum (Monika, 07700 900466) on her "
        "way in. Already known to you - last seen Dec. Can someone call me back on 01924 496000 "
        "ext 2125 before 3pm?\n\n"
        "Siobh\u00e1n\n\nSent from my iPhone\n" % nhs)
    msg = message(A("Siobh\u00e1n N\u00ed Bhriain", frm), to, "Urgent - Y11 student self harm",
                  D(2025, 3, 13, 13, 22, 0), "pd-p20",
                  text_part(body, charset="utf-8", cte="quoted-printable", quote_charset=False),
                  extra=X_IPHONE, mime_version="1.0 (1.0)")
    pos(20, "mental-health-referral", "mobile",
        "School nurse emails CAMHS from her phone with a pupil's NHS number, DOB and self-harm disclosure",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P021
    frm = st("f.adebayo-clarke")
    to = ["r.achterberg@calderbrook-camhs.nhs.example"]
    dob = (19, 6, 2009)
    upn = upn_for(dob)
    nhs = make_nhs(RNG)
    body = (
        "Hi Ruth,\n\n"
        "Of course - details below.\n\n"
        "Mohammed Ali, DOB %s, UPN %s, NHS no %s\n"
        "EHCP (ASD, issued 2021). Currently on melatonin 2mg for sleep (GP). Attendance 93%%. "
        "In school he has had three 'shutdowns' since January, all in the dinner hall, and told his "
        "TA twice that he 'doesn't see the point in anything'. Dad (Yusuf Ali) has given consent "
        "for us to share.\n\n"
        "He has 25%% extra time and a word processor for exams.\n\n"
        "Funmi\n\n" % (dob_fmt(dob, "uk"), upn, nhs) + SIG_SENCO +
        "\n-----Original Message-----\n"
        "From: Ruth Achterberg <r.achterberg@calderbrook-camhs.nhs.example>\n"
        "Sent: 06 February 2025 10:14\n"
        "To: Funmi Adebayo-Clarke <f.adebayo-clarke@school.example>\n"
        "Subject: Mohammed Ali - information request\n\n"
        "> Dear Mrs Adebayo-Clarke,\n"
        "> Mohammed has been referred to us by his GP. Before his first appointment could you\n"
        "> send his date of birth and identifiers, current support in school and any recent\n"
        "> concerns about mood?\n"
        "> Kind regards, Ruth Achterberg, Clinical Psychologist\n")
    msg = message(A("Funmi Adebayo-Clarke", frm), [A("Ruth Achterberg", to[0])],
                  "RE: Mohammed Ali - information request",
                  D(2025, 2, 6, 15, 48, 0), "pd-p21",
                  text_part(body, charset="us-ascii", cte="7bit"),
                  extra=["In-Reply-To: " + MID("pd-p21-orig", "calderbrook-camhs.nhs.example"),
                         "References: " + MID("pd-p21-orig", "calderbrook-camhs.nhs.example")] + X_OUTLOOK)
    pos(21, "camhs-information", "reply-quote",
        "SENCo replies to a CAMHS request with a pupil's DOB, UPN, NHS number, EHCP and mood concerns",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P022
    frm = st("h.okafor")
    to = ["referrals@brightfutures-mentoring.example"]
    body = (
        "Hello Sam,\n\n"
        "Thank you for offering us four mentoring places this term. The students we'd like to "
        "refer, with parental consent, are:\n\n"
        "1. Daniel Okonkwo (11B), DOB 22/09/2009 - his dad died suddenly in October; he is "
        "withdrawn and his grades have dropped sharply. Lives with mum and two younger sisters at "
        "6 Alder Close, Northfield WF9 2GH.\n\n"
        "2. Mia Clarke (11K), DOB 17/01/2010 - young carer for her brother and, increasingly, "
        "her mum (alcohol misuse). Open to children's social care; please contact me before "
        "contacting home.\n\n"
        "3. Ay\u015fe Demir (11H), DOB 03/11/2009 - dad is currently in HMP Leeds; she is "
        "embarrassed and very few people know. Wants to be a midwife.\n\n"
        "4. Connor Walsh (10M), DOB 07/07/2010 - looked after (foster placement since May). History "
        "of self-harm in 2023, currently stable. Social worker: Jade Okafor-Reid.\n\n"
        "Could sessions be in school on Wednesday afternoons?\n\n"
        "Best wishes,\nHannah Okafor\nHead of Year 11\n")
    msg = message(A("Hannah Okafor", frm), [A("Bright Futures Referrals", to[0])],
                  "Mentoring referrals - four Y10/11 students",
                  D(2025, 1, 13, 16, 55, 0), "pd-p22",
                  text_part(flowed(body), charset="UTF-8", cte="8bit", fmt="flowed",
                            quote_charset=False), extra=X_TB)
    pos(22, "mentoring-referral", "flowed",
        "Head of Year refers four named pupils to a mentoring charity with DOBs, bereavement, prison, care and self-harm details",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P023
    frm = st("r.fairbanks")
    to = ["references@classroom-staffing.example"]
    nino = make_nino(RNG)
    body = (
        "Dear Ms Greaves,\n\n"
        "Reference request: Mr Liam Hartshorn\n\n"
        "In response to your reference request for Mr Hartshorn, I can confirm the following from "
        "our records:\n\n"
        "Full name: Liam James Hartshorn\n"
        "Date of birth: 2 November 1988\n"
        "NI number: %s\n"
        "Employed: 1 September 2019 to 31 December 2024, Teaching Assistant (Level 2)\n"
        "Sickness absence in the last two years: 27 days over 6 episodes (including a period of "
        "stress-related absence, June-July 2024)\n"
        "Disciplinary: a final written warning was issued in March 2024 for inappropriate use of "
        "personal social media with pupils; this was live at the time he left.\n"
        "Safeguarding: the above matter was referred to the LADO, who advised no further action.\n\n"
        "We would not re-employ.\n\n"
        "Yours sincerely,\n\n"
        "Ren\u00e9e Fairbanks\nOffice & HR Manager\n" % nino)
    msg = message(A("Ren\u00e9e Fairbanks", frm), [A("Classroom Staffing References", to[0])],
                  "Reference - Liam Hartshorn (CONFIDENTIAL)",
                  D(2025, 1, 28, 12, 0, 0), "pd-p23",
                  text_part(hardwrap(body, 74), charset="utf-8", cte="8bit"), extra=X_OUTLOOK)
    pos(23, "staff-reference", "wrapped",
        "HR manager sends a recruitment agency a former TA's DOB, NI number, sickness and disciplinary record",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P024
    frm = st("transport")
    to = ["contracts@dalesway-coaches.example"]
    pupils = [("Natalia D\u0105browska", (3, 6, 2013), "7A", "17 Birch Lane, Hemsworth WF9 5LJ", "None"),
              ("Ebube Okoro", (1, 2, 2013), "7B", "4 Quarry View, Fitzwilliam WF9 5BT", "None"),
              ("Harry Lister", (9, 9, 2012), "7C", "2 Station Cottages, Kinsley WF9 5EX", "Wheelchair user - needs ramp vehicle, secure tie-downs"),
              ("Lily-Mae Rhodes", (21, 5, 2013), "7D", "55 Common Road, Hemsworth WF9 5AH", "EHCP (ASD) - same seat daily, passenger assistant required"),
              ("Adam Iqbal", (26, 12, 2012), "7E", "8 Manor Farm Close, Kinsley WF9 5HQ", "Type 1 diabetes - may need to eat on bus")]
    lines = "\n".join("- %s, DOB %s, %s, %s. Needs: %s" % (p[0], dob_fmt(p[1], "short"), p[2], p[3], p[4]) for p in pupils)
    txt = (
        "Dear Dalesway team,\n\n"
        "Please add the following Year 7 pupils to the Hemsworth/Kinsley route (KH2) from Monday. "
        "Home addresses are for the pick-up points; two will need door-to-door.\n\n" + lines + "\n\n"
        "Parents have been told to expect a call from your office.\n\n"
        "Regards,\nPaula Firth\nTransport & Admissions Officer\n")
    html = html_doc(paras_to_html(txt))
    msg = message(A("Paula Firth", frm), [A("Dalesway Coaches Contracts", to[0])],
                  "Route KH2 - new Y7 passengers from Monday",
                  D(2024, 9, 6, 14, 30, 0), "pd-p24",
                  multipart("alternative", [
                      text_part(txt, charset="utf-8", cte="quoted-printable"),
                      text_part(html, "html", charset="utf-8", cte="quoted-printable")],
                      "_000_" + boundary("pp24")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(24, "transport-list", "alternative",
        "Transport officer sends a coach firm Year 7 pupils' names, DOBs, home addresses and disability/medical needs",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P025
    frm = st("o.aydin")
    to = ["schools@tutorhub-ntp.example"]
    rows = [["Pupil", "UPN", "DOB", "Pupil Premium", "SEN", "KS2 Maths SS", "Notes"]]
    tut = [("Reece Osborne", (4, 4, 2011), "Y", "-", 94, "Low confidence"),
           ("Gabriel Santos", (20, 10, 2011), "Y", "K - SpLD", 91, "EAL (Portuguese)"),
           ("Fatima Begum", (11, 3, 2012), "Y", "-", 97, ""),
           ("Tom Jones", (2, 12, 2011), "N", "K - SEMH", 89, "Anger - see pastoral plan"),
           ("Aisha Ibrahim", (16, 5, 2012), "Y", "-", 95, "Irregular attendance")]
    for t in tut:
        rows.append([t[0], upn_for(t[1]), dob_fmt(t[1], "uk"), t[2], t[3], t[4], t[5]])
    inner = ("<p>Hi Ben,</p>\n<p>Here's the Year 8 group for the maths tutoring block starting 20 "
             "January. Sessions Tuesday period 5.</p>\n" + html_table(rows) +
             "\n<p>Thanks,<br>\u00d6mer Ayd\u0131n<br>Second in Maths</p>\n")
    msg = message(A("\u00d6mer Ayd\u0131n", frm), [A("TutorHub Schools", to[0])],
                  "Y8 tutoring group - spring block",
                  D(2025, 1, 9, 11, 25, 0), "pd-p25",
                  text_part(html_doc(inner), "html", charset="utf-8", cte="base64"),
                  extra=X_OUTLOOK)
    pos(25, "tutoring-pupil-list", "html",
        "Maths teacher sends a tutoring provider an HTML table of pupils with UPN, DOB, pupil premium and SEN",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P026
    frm = st("f.adebayo-clarke")
    to = ["k.mcallister@chatterbox-slt.example"]
    dob = (24, 3, 2013)
    upn = upn_for(dob)
    docx = make_docx([
        ("h", "EHCP Annual Review - summary for SALT"),
        ("table", [["Pupil", "Oliwia Zieli\u0144ska"], ["DOB", dob_fmt(dob, "uk")], ["UPN", upn],
                   ["Year / Form", "7A"], ["Review date", "11 March 2025"],
                   ["Attendees", "Mrs Zieli\u0144ska (mum, with Polish interpreter), F Adebayo-Clarke, K Asante"]]),
        ("h", "Needs"),
        "Developmental language disorder (receptive and expressive), diagnosed 2019. Stammer, "
        "worse under pressure. Selective mutism in large groups - speaks to two adults in school.",
        ("h", "Progress against outcomes"),
        "Outcome 1 (follow 3-step instructions): partly met. Outcome 2 (initiate talk with a peer): "
        "not yet met. Mum reports Oliwia cries most Sunday evenings and has said she wants to go "
        "back to Poland.",
        ("h", "Agreed actions"),
        "Request increase in SALT from 6 to 10 sessions per term; TA to attend sessions; "
        "referral to school nurse re low mood; EP review in the summer term.",
    ])
    body = (
        "Dear Kirsty,\n\nAttached is the summary from Oliwia's annual review. We are asking the "
        "LA to increase her SALT provision - could you let me have your updated report by 28 "
        "March?\n\nThanks,\n\n" + SIG_SENCO)
    msg = message(A("Funmi Adebayo-Clarke", frm), [A("Kirsty McAllister", to[0])],
                  "Annual review summary - Oliwia Zieli\u0144ska",
                  D(2025, 3, 12, 16, 5, 0), "pd-p26",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(docx, DOCX, "AR summary - O Zielinska.docx")],
                      "_011_" + boundary("pp26")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(26, "ehcp-review", "attach-docx",
        "SENCo sends a private speech therapist a .docx annual review with UPN, DOB, diagnosis and low-mood notes",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P027
    frm = st("t.duarte")
    to = ["registrations@awarding-registrations.example"]
    y12 = [("Abbasi", "Hamza", (2, 2, 2008), "M"), ("Barker", "Jessica", (19, 9, 2008), "F"),
           ("Chukwu", "Ifeoma", (8, 12, 2007), "F"), ("D\u00edaz", "Mateo", (14, 3, 2008), "M"),
           ("Evans", "Callum", (30, 6, 2008), "M"), ("Farooq", "Sana", (25, 1, 2008), "F"),
           ("Grant", "Olivia", (4, 11, 2007), "F"), ("Horvath", "Bence", (17, 7, 2008), "M")]
    rows = [["Centre", "Candidate No", "ULN", "Surname", "Forename", "DOB", "Gender", "Qualification"]]
    for i, y in enumerate(y12):
        rows.append([38417, "%04d" % (6010 + i * 3), make_uln(RNG), y[0], y[1], dob_fmt(y[2], "uk"), y[3],
                     "BTEC Nat Ext Cert Applied Science (601/7437/8)"])
    body = (
        "Hello,\n\n"
        "Please find attached our late registrations for the Year 12 BTEC Applied Science "
        "cohort (centre 38417). The portal rejected the bulk upload so I've attached the "
        "spreadsheet as your helpdesk suggested.\n\nRegards,\n\n" + SIG_EXAMS)
    msg = message(A("Tiago Duarte", frm), to, "Late registrations - centre 38417 - BTEC Applied Science",
                  D(2024, 10, 16, 10, 50, 0), "pd-p27",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_xlsx([("Registrations", rows)]), XLSX, "38417_late_regs_Y12.xlsx")],
                      "_012_" + boundary("pp27")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(27, "exam-registrations", "attach-xlsx",
        "Exams officer emails an awarding body an .xlsx of Year 12 learners with ULNs, DOBs and gender",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P028
    frm = st("j.tiller")
    to = ["coach.u15@ossett-juniors-fc.example"]
    body = (
        "Hi Dean,\n\n"
        "As promised, here\u2019s the medical info for our lads who\u2019ll be at your Saturday "
        "development session \u2013 their parents have asked me to pass it on since they train "
        "with you too.\n\n"
        "\u2022 Ciar\u00e1n Murphy (DOB 12/02/2010) \u2013 epilepsy, tonic-clonic; if a seizure "
        "lasts over 5 mins give buccal midazolam (in his bag) and call 999. Mum: 07700 900571.\n"
        "\u2022 Andr\u00e9 Silva (DOB 27/08/2010) \u2013 type 1 diabetes, insulin pump; check "
        "blood sugar before and at half time, dextrose in the kit bag. Dad: 07700 900572.\n"
        "\u2022 Jamie Foster (DOB 05/05/2011) \u2013 asthma, blue inhaler, and has a heart murmur "
        "under investigation at Leeds General \u2013 no max-effort sprint tests until cleared.\n"
        "\u2022 No\u00e9 Laurent (DOB 19/10/2010) \u2013 ADHD, takes methylphenidate in the "
        "morning only; can be impulsive late in the day.\n\n"
        "Cheers,\nJon Tiller\nPE Department, Kingsmead\n")
    msg = message(A("Jon Tiller", frm), [A("Dean Shaw", to[0])],
                  "Medical info \u2013 Kingsmead lads at Saturday sessions",
                  D(2024, 10, 3, 17, 45, 0), "pd-p28",
                  text_part(body, charset="windows-1252", cte="8bit"), extra=X_OUTLOOK)
    pos(28, "medical-care-plans", "cp1252",
        "PE teacher emails a junior football coach pupils' DOBs, medical conditions, medication and parent phones",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P029
    frm = st("c.whitworth")
    to = ["pc.6142.schools@calderbrook.police.example"]
    body = (
        "PC Akhtar,\n\n"
        "As requested for your enquiry (ref 13/40817/25), a summary of what the school holds on "
        "Marius LUNGU, DOB 30/10/2009, of 41 Coal Pit Lane, Northfield WF9 1RZ.\n\n"
        "12/09/24  Seen getting into a grey Audi outside the back gate at 15.20; driver adult male, "
        "not known to school.\n"
        "03/10/24  Found with two phones and \u00a3340 cash in bag; said it was his cousin's.\n"
        "21/11/24  Missing from home overnight (reported by mum, Daniela Lungu); returned next "
        "day with a cut to his hand.\n"
        "16/01/25  Disclosed to learning mentor that he 'owes people' and can't stop 'running for "
        "them'. Referred to CSC same day, strategy meeting 17/01.\n"
        "04/02/25  Suspended 5 days for fighting off site; victim was a Year 10 from Castleford "
        "Academy.\n\n"
        "His younger brother Andrei (Y8, DOB 05/03/2012) is also on our radar.\n\n"
        "Regards,\n\n" + SIG_DSL)
    msg = message(A("Claire Whitworth", frm), [A("PC 6142 Akhtar", to[0])],
                  "Ref 13/40817/25 - Marius Lungu - school information",
                  D(2025, 2, 12, 11, 30, 0), "pd-p29",
                  text_part(body, charset="utf-8", cte="base64"), extra=X_OUTLOOK)
    pos(29, "safeguarding-chronology", "base64",
        "DSL emails police, unencrypted, a named pupil's DOB, address and exploitation chronology plus a sibling's DOB",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P030
    frm = st("p.holroyd")
    to = ["fleet@schoolcover-insurance.example"]
    drivers = [("Holroyd", "Philip", "PJ", (3, 8, 1968), False, 3),
               ("Whitlock", "Daniel", "DJ", (22, 1, 1987), False, 0),
               ("Fenwick", "Katherine", "KL", (9, 5, 1991), True, 0),
               ("Tiller", "Jonathan", "JR", (14, 12, 1983), False, 6),
               ("Okafor", "Hannah", "HN", (30, 7, 1985), True, 0)]
    rows = [["Surname", "Forename", "DOB", "Licence number", "NI number", "Points", "D1 entitlement"]]
    for d in drivers:
        rows.append([d[0], d[1], dob_fmt(d[3], "uk"), make_licence(d[0], d[2], d[3], d[4]),
                     make_nino(RNG, spaced=False), d[5], "Y" if d[3][2] < 1997 else "Test passed 2015"])
    z = make_zip([("minibus_drivers_2025.csv", make_csv(rows))])
    body = (
        "Hi,\n\nPolicy KMH-MB-0071 renewal - attached is the zipped driver list with licence "
        "numbers, NI numbers and points as asked for on the renewal form. Jon Tiller's 6 points "
        "are for speeding (SP30 x2).\n\nPhil Holroyd\nSite Manager\n")
    msg = message(A("Phil Holroyd", frm), [A("SchoolCover Fleet", to[0])],
                  "KMH-MB-0071 minibus renewal - driver details",
                  D(2025, 4, 7, 8, 50, 0), "pd-p30",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(z, "application/zip", "minibus_drivers_2025.zip")],
                      "----=_Part_" + boundary("pp30")[:20]),
                  extra=["X-Mailer: Samsung Mail"])
    pos(30, "staff-driver-details", "zip",
        "Site manager sends an insurer a zipped CSV of staff minibus drivers' DOBs, driving licence and NI numbers",
        frm, to, frm, msg)

    # ================================================================ NEGATIVES

    def bad10(prefix):
        """A 10-digit reference that is NOT a valid NHS number or ULN."""
        while True:
            n = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(10 - len(prefix)))
            if not nhs_valid(n) and not uln_valid(n):
                return n

    def bad_luhn(prefix, length=16):
        while True:
            n = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix)))
            if not luhn_valid(n):
                return n

    # ------------------------------------------------------------ N031
    frm = st("t.duarte")
    to = ["invigilators@school.example"]
    cc = [st("f.adebayo-clarke")]
    rows = [["Room", "Candidate No", "Name", "DOB", "Arrangement", "Start", "Finish (incl. extra)"]]
    aa = [("S3 (small room)", "4012", "Ay\u015fe Demir", (3, 11, 2009), "Reader + 25%", "09:00", "11:15"),
          ("S3 (small room)", "4058", "Jos\u00e9 Rodrigues", (30, 12, 2009), "25% + bilingual dictionary", "09:00", "11:15"),
          ("S3 (small room)", "4044", "Daniel Okonkwo", (22, 9, 2009), "25%", "09:00", "11:15"),
          ("Medical room", "4031", "Zofia Wi\u015bniewska", (8, 2, 2010), "Separate invigilation, rest breaks", "09:00", "11:00 + breaks"),
          ("Library PC2", "4027", "Mohammed Ali", (19, 6, 2009), "Word processor + 25%", "09:00", "11:15"),
          ("E1", "4075", "Zainab Hussain", (1, 10, 2009), "Scribe (Mrs Higgs)", "09:00", "11:15"),
          ("Main hall row A", "4063", "Amelia Fletcher", (11, 4, 2010), "A3 paper, front seat", "09:00", "10:45")]
    for a in aa:
        rows.append([a[0], a[1], a[2], dob_fmt(a[3], "uk"), a[4], a[5], a[6]])
    body = (
        "Morning all,\n\n"
        "Attached is the access arrangements room list for Thursday's English Language Paper 1. "
        "DOBs are there so you can check photo ID cards against the candidate. Please don't print "
        "more than one copy per room and return it to the exams office after the session.\n\n"
        + SIG_EXAMS)
    msg = message(A("Tiago Duarte", frm), to, "Thurs Eng Lang P1 - access arrangements rooms",
                  D(2025, 5, 19, 8, 5, 0), "pd-n31",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_csv(rows, bom=True), "text/csv; charset=utf-8", "AA rooms - Eng Lang P1.csv")],
                      "_020_" + boundary("pn31")[:24] + "_"),
                  cc=cc, extra=X_OUTLOOK)
    neg(31, "internal-access-arrangements", "attach-csv",
        "Exams officer sends internal invigilators a CSV of candidates' DOBs and access arrangements (all recipients internal)",
        frm, to + cc, frm, msg)

    # ------------------------------------------------------------ N032
    frm = st("f.adebayo-clarke")
    to = ["y9-teachers@school.example"]
    dob = (14, 7, 2010)
    body = (
        "Dear Year 9 teachers,\n\n"
        "Updated pupil passport for Kacper Nowak (9P) - please read before Monday and keep on the "
        "staff drive only.\n\n"
        "DOB %s | UPN %s | SEN Support (K) - SpLD; awaiting ADHD assessment\n\n"
        "What helps:\n"
        "- Seat him near the front, away from the door and the windows.\n"
        "- Give instructions one at a time and write homework on the board AND Satchel One.\n"
        "- Reading age about 9 years: pre-teach key vocabulary, avoid asking him to read aloud "
        "unless he volunteers.\n"
        "- Noise is a trigger. He has a time-out card for the Hub - please honour it.\n"
        "- Polish is spoken at home; mum prefers email, dad needs an interpreter for meetings.\n\n"
        "Thank you,\nFunmi\n" % (dob_fmt(dob, "uk"), upn_for(dob)))
    msg = message(A("Funmi Adebayo-Clarke", frm), to, "Pupil passport - Kacper Nowak (9P)",
                  D(2025, 3, 14, 15, 10, 0), "pd-n32",
                  text_part(body, charset="us-ascii", cte="7bit"), extra=X_OUTLOOK)
    neg(32, "internal-pupil-passport", "plain",
        "SENCo shares a pupil passport with UPN, DOB and SEN strategies with internal Year 9 teachers only",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N033
    frm = "admissions@calderbrook-council.example"
    to = [st("admissions")]
    rows = [["Child surname", "Forename", "DOB", "Previous UPN", "Year", "Address", "Parent", "Start date", "Notes"]]
    adm = [("Horvat", "Luka", (11, 1, 2012), 8, "3 Mill Croft, Northfield WF9 3UU", "Ivana Horvat", "24/02/2025", "Arrived from Croatia, EAL"),
           ("Mensah", "Kojo", (30, 8, 2010), 10, "16 Hollin Lane, Northfield WF9 2NW", "Ama Mensah", "24/02/2025", "Previous school: Leeds; EHCP - papers to follow"),
           ("Ferreira", "Beatriz", (7, 5, 2011), 9, "Flat 9, Grange Court, Northfield WF9 4BB", "Tom\u00e1s Ferreira", "03/03/2025", "Fair access protocol - managed move")]
    for a in adm:
        rows.append([a[0], a[1], dob_fmt(a[2], "uk"), upn_for(a[2]), a[3], a[4], a[5], a[6], a[7]])
    body = (
        "Dear Admissions,\n\n"
        "Please find attached three in-year admissions allocated to Kingsmead at this week's "
        "panel, with start dates. Please confirm on the portal once each child has started.\n\n"
        "Kind regards,\n\nSchool Admissions Team\nCalderbrook Council\n")
    msg = message(A("Calderbrook School Admissions", frm), to, "In-year admissions allocated - Kingsmead",
                  D(2025, 2, 14, 10, 5, 0), "pd-n33",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_xlsx([("Allocations", rows)]), XLSX, "Kingsmead_IYA_Feb25.xlsx")],
                      "_030_" + boundary("pn33")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(33, "inbound-admissions", "attach-xlsx",
        "Inbound: the local authority sends the school an .xlsx of newly allocated pupils with DOB, UPN and address",
        frm, to, None, msg)

    # ------------------------------------------------------------ N034
    frm = "khalid.hassan@example.com"
    to = [st("finance")]
    sc, acc = make_bank(RNG)
    body = (
        "Hi, for Amiras Paris refund please pay to my account\n\n"
        "Mr K Hassan\n"
        "Sort code %s\n"
        "Acc %s\n\n"
        "Thanks\n"
        "Khalid\n\n"
        "Sent from my iPhone\n" % (sc, acc))
    msg = message(A("Khalid Hassan", frm), to, "Paris refund",
                  D(2025, 3, 7, 19, 33, 0), "pd-n34",
                  text_part(body, charset="us-ascii", cte="7bit", quote_charset=False),
                  extra=X_IPHONE, mime_version="1.0 (1.0)")
    neg(34, "inbound-parent-bank", "mobile",
        "Inbound: a parent emails the finance office his own bank details for a trip refund",
        frm, to, None, msg)

    # ------------------------------------------------------------ N035
    frm = st("f.adebayo-clarke")
    to = ["h.marsh@edpsych-partners.example"]
    msg = message(A("Funmi Adebayo-Clarke", frm), [A("Dr Helena Marsh", to[0])],
                  "Referral - R.C. (Y8) - secure",
                  D(2025, 3, 3, 11, 20, 0), "pd-n35", smime_part("pn35"),
                  extra=X_OUTLOOK)
    neg(35, "smime-sen-referral", "smime",
        "SENCo's referral to an external educational psychologist sent S/MIME encrypted",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N036
    frm = st("c.whitworth")
    to = ["j.okafor-reid@calderbrook-council.example"]
    msg = message(A("Claire Whitworth", frm), [A("Jade Okafor-Reid", to[0])],
                  "Core group - chronology update",
                  D(2025, 2, 19, 16, 40, 0), "pd-n36",
                  pgp_mime("pn36", "------------" + boundary("pn36")[:24]),
                  extra=["User-Agent: Mozilla Thunderbird"])
    neg(36, "pgp-safeguarding", "pgp",
        "DSL's safeguarding chronology to a social worker sent as PGP/MIME encrypted mail",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N037
    frm = st("a.kowalczyk")
    to = ["ews.referrals@calderbrook-council.example"]
    rows = [["UPN", "Surname", "Forename", "DOB", "Year", "Attendance %", "Notes"]]
    spring = [("Doyle", "Brandon", (2, 5, 2010), 10, 55.2, "No improvement since Jan panel"),
              ("Bennett", "Kayden", (28, 8, 2011), 9, 61.0, "Part-time timetable agreed 10/03"),
              ("Popescu", "Andrei", (5, 3, 2012), 8, 79.8, "Improving")]
    for k in spring:
        rows.append([upn_for(k[2]), k[0], k[1], dob_fmt(k[2], "uk"), k[3], k[4], k[5]])
    z = make_encrypted_zip([("PA_update_spring.csv", make_csv(rows))], "Qm7!hollin-22", "pn37")
    body = (
        "Dear EWS team,\n\n"
        "Spring term update for the three open cases attached as a password-protected zip. I "
        "will phone the duty officer with the password this afternoon - it will not be sent by "
        "email.\n\n"
        "Kind regards,\n\n" + SIG_ATT)
    msg = message(A("Agnieszka Kowalczyk", frm), [A("EWS Referrals", to[0])],
                  "PA update - spring (password protected)",
                  D(2025, 3, 17, 11, 0, 0), "pd-n37",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(z, "application/x-zip-compressed", "PA_update_spring.zip")],
                      "_031_" + boundary("pn37")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(37, "encrypted-zip-attendance", "zip-encrypted",
        "Attendance officer sends the LA pupil data in a password-protected (ZipCrypto) zip; password by phone",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N038
    frm = st("b.tranter")
    to = ["orders@officedirect-edu.example"]
    po = bad10("45")
    inv1, inv2 = bad10("90"), bad10("90")
    body = (
        "Dear Sir/Madam,\n\n"
        "Please find our order below. Our customer account number is KHS-77120-B and the "
        "official purchase order number is %s - please quote it on your invoice or it will not be "
        "paid.\n\n"
        "Qty  Code        Description                          Unit     Total\n"
        "40   OD-A4-80W   A4 copier paper 80gsm white (box 5)  18.40    736.00\n"
        "12   OD-TN-226   Toner HP 26A compatible              42.00    504.00\n"
        "200  OD-EB-A4L   A4 exercise books lined 48pp (pk50)  11.25    2250.00\n"
        "30   OD-GL-40    Glue sticks 40g (pk 10)               4.10    123.00\n\n"
        "Delivery to: Reprographics, Kingsmead High School, Mill Lane, Northfield WF9 4LQ, "
        "Monday-Friday 8am-3.30pm. Please ring reception on 01924 496000 on arrival.\n\n"
        "Could you also confirm that invoices %s and %s (both from November) have now been "
        "credited? We returned the damaged toner on delivery note DN-448120.\n\n"
        "Kind regards,\n\nBev Tranter\nFinance Officer\n" % (po, inv1, inv2))
    msg = message(A("Bev Tranter", frm), to, "Purchase order %s - stationery" % po,
                  D(2025, 1, 7, 10, 0, 0), "pd-n38",
                  text_part(hardwrap(body, 76), charset="us-ascii", cte="7bit"), extra=X_OUTLOOK)
    neg(38, "order-invoice-numbers", "wrapped",
        "Outbound stationery order full of account, PO, invoice and product numbers but no personal data",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N039
    frm = st("j.tiller")
    to = ["pe@horbury-academy.example", "pe@castleford-academy.example", "sport@ossett-academy.example"]
    rows = [["Date", "Fixture", "Venue", "Meet", "Contact on the day"],
            ["Wed 15 Jan", "U13 Girls Netball v Horbury", "Kingsmead (courts)", "3.30pm", "Kingsmead PE office 01924 496021"],
            ["Wed 22 Jan", "U15 Boys Football v Castleford", "Castleford Academy", "3.45pm", "Castleford reception 01977 496033"],
            ["Thu 30 Jan", "U14 Badminton tri-meet", "Ossett Academy sports hall", "4.00pm", "Ossett PE 01924 496455"],
            ["Wed 5 Feb", "U13 Boys Rugby v Horbury", "Horbury Academy", "3.30pm", "Horbury PE 01924 496870"]]
    inner = ("<p>Hi all,</p>\n<p>Spring fixtures as agreed at the district meeting. Coaches: Dalesway, "
             "booking refs DW-20415 to DW-20418. Our minibus mobile on match days is 07700 900990.</p>\n"
             + html_table(rows) +
             "\n<p>Kingsmead High School, Mill Lane, Northfield WF9 4LQ &ndash; parking via the "
             "Hollin Lane gate.</p>\n<p>Jon Tiller<br>PE Department</p>\n")
    msg = message(A("Jon Tiller", frm), to, "Spring fixtures - district",
                  D(2025, 1, 6, 12, 15, 0), "pd-n39",
                  text_part(html_doc(inner), "html", charset="us-ascii", cte="7bit"), extra=X_OUTLOOK)
    neg(39, "fixture-phone-numbers", "html",
        "Outbound fixture list with school office phone numbers, booking refs and postcode, no personal data",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N040
    frm = st("d.kaur")
    to = ["groups@grand-theatre-leeds.example"]
    refs = [bad10("7"), bad10("7"), bad10("7")]
    tix = [bad_luhn("20", 13) for _ in range(3)]
    txt = (
        "Hello,\n\n"
        "Thank you for confirming our school group booking for An Inspector Calls on Wednesday "
        "12 February (7.30pm). To check our details:\n\n"
        "Booking reference: %s\n"
        "Linked bookings: %s, %s (wheelchair space + companion seat)\n"
        "Seats: Dress Circle rows C-F, 86 students + 9 staff\n"
        "E-ticket batch numbers: %s / %s / %s\n"
        "Group rate: \u00a316.50 x 86 = \u00a31,419.00, staff free\n\n"
        "Our coaches arrive at 6.45pm. Our lead contact on the night is the English office, "
        "01924 496050.\n\n"
        "Many thanks,\nDeb Kaur\nEnglish Department\n" % (refs[0], refs[1], refs[2], tix[0], tix[1], tix[2]))
    html = html_doc(paras_to_html(txt))
    msg = message(A("Deb Kaur", frm), to, "Group booking %s - An Inspector Calls" % refs[0],
                  D(2025, 1, 20, 13, 40, 0), "pd-n40",
                  multipart("alternative", [
                      text_part(txt, charset="utf-8", cte="quoted-printable"),
                      text_part(html, "html", charset="utf-8", cte="quoted-printable")],
                      "_000_" + boundary("pn40")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(40, "ticket-references", "alternative",
        "Outbound theatre group booking with 10- and 13-digit booking/ticket references that are not identifiers",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N041
    frm = st("b.tranter")
    to = ["treasurer@northfield-methodist.example"]
    sc, acc = make_bank(RNG)
    docx = make_docx([
        ("h", "INVOICE"),
        "Kingsmead High School & Sixth Form, Mill Lane, Northfield WF9 4LQ",
        "Invoice no: KHS-INV-2025-0142    Date: 31 January 2025    Account: NMC01",
        "To: Northfield Methodist Church (Community Choir), Church Street, Northfield WF9 1AA",
        ("table", [["Description", "Qty", "Rate", "Amount"],
                   ["Main hall hire - Tuesdays 7-9pm (January)", "4", "\u00a345.00", "\u00a3180.00"],
                   ["Caretaker attendance", "8 hrs", "\u00a318.50", "\u00a3148.00"],
                   ["", "", "Total due", "\u00a3328.00"]]),
        "Payment within 30 days by BACS to: Kingsmead High School General Fund, sort code %s, "
        "account %s, reference KHS-INV-2025-0142." % (sc, acc),
        "Queries: Finance Office, 01924 496000 ext 2104.",
    ])
    body = (
        "Dear Mr Pearson,\n\nPlease find attached the invoice for January's hall hire. Our bank "
        "details are on the invoice.\n\nKind regards,\nBev Tranter\nFinance Officer\n")
    msg = message(A("Bev Tranter", frm), to, "Invoice KHS-INV-2025-0142 - hall hire January",
                  D(2025, 1, 31, 14, 0, 0), "pd-n41",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(docx, DOCX, "KHS-INV-2025-0142.docx")],
                      "_032_" + boundary("pn41")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(41, "school-bank-invoice", "attach-docx",
        "Outbound hall-hire invoice (.docx) carrying the school's own sort code and account number",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N042
    frm = st("a.kowalczyk")
    to = ["attendance.data@calderbrook-council.example"]
    rows = [["Year group", "Roll", "Attendance %", "Authorised absence %", "Unauthorised absence %",
             "Persistent absence %", "Severe absence %"],
            ["Year 7", 241, 94.1, 3.9, 2.0, 12.4, 0.8],
            ["Year 8", 238, 92.6, 4.6, 2.8, 17.2, 1.3],
            ["Year 9", 244, 91.8, 4.9, 3.3, 19.7, 2.0],
            ["Year 10", 236, 91.2, 5.2, 3.6, 21.6, 2.5],
            ["Year 11", 229, 92.4, 5.0, 2.6, 18.3, 1.7],
            ["Year 12", 141, 93.0, 5.1, 1.9, 14.2, 0.7],
            ["Year 13", 128, 92.1, 5.6, 2.3, 16.4, 1.6],
            ["Whole school", 1457, 92.5, 4.9, 2.6, 17.2, 1.5],
            ["", "", "", "", "", "", ""],
            ["Groups below 10 pupils suppressed. No pupil-level data included.", "", "", "", "", "", ""]]
    body = (
        "Hi Marek,\n\nAs requested for the LA attendance dashboard, attached are our autumn term "
        "figures by year group. These are aggregate percentages only - no pupil names or UPNs.\n\n"
        "Kind regards,\n\n" + SIG_ATT)
    msg = message(A("Agnieszka Kowalczyk", frm), to, "Autumn term attendance - aggregate figures",
                  D(2025, 1, 10, 9, 45, 0), "pd-n42",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_xlsx([("Autumn 2024", rows)]), XLSX, "Kingsmead attendance Autumn 2024 (aggregate).xlsx")],
                      "_033_" + boundary("pn42")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(42, "aggregate-statistics", "attach-xlsx",
        "Outbound aggregate attendance percentages by year group, no pupil-level data",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N043
    frm = st("s.nibhriain")
    to = ["school.nurse@harbourview-academy.example"]
    docx = make_docx([
        ("h", "Kingsmead High School - Consent to administer medication"),
        "Please complete in BLOCK CAPITALS and return to the school nurse.",
        ("table", [["Pupil name", ""], ["Date of birth", ""], ["Form", ""], ["NHS number (if known)", ""],
                   ["Condition / illness", ""], ["Name of medicine", ""], ["Dose and time", ""],
                   ["Expiry date", ""], ["Self-administer? (Y/N)", ""],
                   ["Parent/carer name", ""], ["Daytime telephone", ""], ["Signature", ""], ["Date", ""]]),
        "Medicines must be in the original container as dispensed by the pharmacy, with the "
        "pupil's name and dosage on the label. We cannot give medicine that has been decanted.",
    ])
    body = (
        "Hi Janine,\n\nLovely to meet you at the network meeting. Here's the blank medication "
        "consent form we use, as promised - feel free to adapt it for Harbourview.\n\n"
        "Siobh\u00e1n\n")
    msg = message(A("Siobh\u00e1n N\u00ed Bhriain", frm), to, "Blank medication consent form",
                  D(2024, 11, 14, 15, 20, 0), "pd-n43",
                  multipart("mixed", [
                      text_part(body, charset="utf-8", cte="quoted-printable"),
                      attach(docx, DOCX, "Medication consent form (blank).docx")],
                      "_034_" + boundary("pn43")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(43, "blank-form", "attach-docx",
        "School nurse sends another school a blank medication consent form template",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N044
    frm = st("clerk.governors")
    to = ["a.wainwright@example.com", "fr.dominic@example.org", "priya.mistry.gov@example.net",
          "b.lockwood@example.com"]
    policy_txt = (
        "KINGSMEAD HIGH SCHOOL & SIXTH FORM\r\n"
        "CHILD PROTECTION AND SAFEGUARDING POLICY 2024-25 (DRAFT FOR RATIFICATION)\r\n\r\n"
        "1. Purpose\r\n"
        "This policy sets out how the school meets its duties under Keeping Children Safe in "
        "Education and Working Together to Safeguard Children.\r\n\r\n"
        "2. Roles\r\n"
        "The Designated Safeguarding Lead (DSL) is a member of the senior leadership team. There "
        "are three deputy DSLs. The nominated safeguarding governor meets the DSL termly.\r\n\r\n"
        "3. Recording concerns\r\n"
        "All concerns are recorded on CPOMS on the same day. Records include the child's name, date "
        "of birth, the concern, actions taken and the outcome. Safeguarding records are kept "
        "separately from the main pupil file and transferred securely (never by ordinary email) "
        "when a pupil changes school.\r\n\r\n"
        "4. Information sharing\r\n"
        "Personal data about children is shared with partner agencies only through secure "
        "channels (encrypted email, the LA portal or Egress). Staff must not send names, dates "
        "of birth, UPNs, NHS numbers or case details to external addresses unencrypted.\r\n\r\n"
        "5. Allegations against staff\r\n"
        "Allegations are reported to the Headteacher (or Chair of Governors if about the Head) "
        "and to the LADO within one working day.\r\n\r\n"
        "6. Review\r\n"
        "This policy is reviewed annually by the Full Governing Body.\r\n")
    body = (
        "Dear Governors,\n\n"
        "Ahead of the Full Governing Body meeting on 26 September, please find attached the draft "
        "Child Protection and Safeguarding Policy for ratification. Changes from last year are "
        "in section 4 (information sharing).\n\n"
        "Kind regards,\nMichelle Sutcliffe\nClerk to Governors\n")
    msg = message(A("Clerk to Governors", frm), to, "FGB 26 Sept - draft Child Protection Policy",
                  D(2024, 9, 16, 10, 30, 0), "pd-n44",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(policy_txt.encode("ascii"), "text/plain", "CP_policy_2024-25_draft.txt")],
                      "_035_" + boundary("pn44")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(44, "policy-document", "attach-txt",
        "Clerk sends governors' personal addresses the draft child protection policy (no personal data)",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N045
    frm = st("dataoffice")
    to = ["census.support@calderbrook-council.example"]
    body = (
        "Hi Gill,\n\n"
        "Spring census 2025 \u2013 Kingsmead (DfE 384/4127) summary figures for your "
        "pre-submission check:\n\n"
        "\u2022 Pupils on roll: 1,457 (Y7\u2013Y11 1,188; sixth form 269)\n"
        "\u2022 Eligible for FSM: 412 (28.3%)\n"
        "\u2022 EAL: 311 (21.3%) \u2013 top languages Polish, Urdu, Romanian, Arabic\n"
        "\u2022 SEN Support: 176 (12.1%); EHCP: 41 (2.8%)\n"
        "\u2022 Looked-after: fewer than 10 (suppressed)\n"
        "\u2022 Exclusions in autumn term: 1 permanent, 63 suspensions\n\n"
        "The validation report shows 0 errors and 4 queries (all explained in the notes). "
        "We'll submit on Thursday unless you spot anything.\n\n"
        "Thanks,\nJanet Ackroyd\nData Manager\n")
    msg = message(A("Janet Ackroyd (Data Office)", frm), to, "Spring census - summary figures",
                  D(2025, 1, 14, 14, 50, 0), "pd-n45",
                  text_part(body, charset="utf-8", cte="quoted-printable"), extra=X_OUTLOOK)
    neg(45, "census-aggregate", "qp",
        "Data manager sends the LA aggregate census counts and percentages, no individual pupils",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N046
    frm = st("g.pryce")
    to = [A("Siobh\u00e1n N\u00ed Bhriain", st("s.nibhriain"))]
    body = (
        "Thanks Siobh\u00e1n - I'll make sure his teachers know he may need to leave for the "
        "medical room, and I've told the canteen. I'll check in with Kacper at registration.\n\n"
        "Gareth\n\n"
        "On 17/03/2025 09:12, Siobh\u00e1n N\u00ed Bhriain wrote:\n"
        "> Hi Gareth,\n"
        "> Just so you're aware - Kacper Nowak (9P, DOB 14/07/2010) has started on\n"
        "> methylphenidate (ADHD) this week, 18mg each morning at home. Appetite at lunch may\n"
        "> drop and he may have headaches for the first fortnight. Mum has given a copy of\n"
        "> the GP letter, which is on his medical record.\n"
        "> Siobh\u00e1n\n")
    msg = message(A("Gareth Pryce", frm), to, "Re: Kacper Nowak - new medication",
                  D(2025, 3, 17, 9, 40, 0), "pd-n46",
                  text_part(body, charset="utf-8", cte="quoted-printable"),
                  extra=["In-Reply-To: " + MID("pd-n46-orig", S), "References: " + MID("pd-n46-orig", S)] + X_OUTLOOK)
    neg(46, "internal-medical", "reply-quote",
        "Head of Year replies internally to the school nurse about a pupil's new ADHD medication",
        frm, [st("s.nibhriain")], frm, msg)

    # ------------------------------------------------------------ N047
    frm = st("a.kowalczyk")
    to = ["tutors@school.example"]
    rows = [["Form", "UPN", "Name", "DOB", "Attendance %", "Sessions missed", "Action"]]
    pa = [("8K", "Popescu, Andrei", (5, 3, 2012), 79.8, 41, "Stage 2 letter sent"),
          ("9B", "Bennett, Kayden", (28, 8, 2011), 61.0, 78, "Part-time timetable; EWS involved"),
          ("9P", "Nowak, Kacper", (14, 7, 2010), 84.7, 31, "Lates - tutor to monitor"),
          ("10M", "Sheikh, Imaan", (12, 2, 2010), 83.9, 33, "Young carer - be flexible"),
          ("10M", "Doyle, Brandon", (2, 5, 2010), 55.2, 90, "Key worker daily check-in"),
          ("11K", "Clarke, Mia", (17, 1, 2010), 88.4, 23, "Monitor")]
    for p in pa:
        rows.append([p[0], upn_for(p[2]), p[1], dob_fmt(p[2], "uk"), p[3], p[4], p[5]])
    body = (
        "Dear tutors,\n\nAttached is this half term's persistent absence list. Please check your "
        "form and have a quiet word with anyone on it this week. Don't share the sheet with "
        "pupils.\n\nThanks,\nAgnieszka\n")
    msg = message(A("Agnieszka Kowalczyk", frm), to, "PA list - spring 2 (tutors only)",
                  D(2025, 3, 3, 7, 55, 0), "pd-n47",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_xlsx([("PA spring 2", rows)]), XLSX, "PA list spring 2.xlsx")],
                      "_036_" + boundary("pn47")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(47, "internal-attendance-list", "attach-xlsx",
        "Attendance officer sends internal tutors an .xlsx of persistent absentees with UPN and DOB",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N048
    frm = st("b.tranter")
    to = [st("d.whitlock")]
    rows = [["Pupil", "Parent", "Sort code", "Account", "Refund"]]
    for pname, par in [("Kerem Y\u0131lmaz", "Hakan Y\u0131lmaz"), ("Priya Sharma", "Anjali Sharma"),
                       ("Leah Fitzgerald", "Orla Fitzgerald")]:
        sc, acc = make_bank(RNG)
        rows.append([pname, par, sc, acc, "120.00"])
    body = (
        "Hi Dan,\n\nThese three families asked for the ski deposit refund by bank transfer rather "
        "than ParentPay. Can you double-check the pupil names against your list before I set the "
        "payments up on Friday?\n\nBev\n")
    msg = message(A("Bev Tranter", frm), to, "Ski deposit refunds - bank transfer (please check)",
                  D(2025, 2, 4, 11, 10, 0), "pd-n48",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_csv(rows), "text/csv; charset=utf-8", "ski_refunds_bacs.csv")],
                      "_037_" + boundary("pn48")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(48, "internal-bank-details", "attach-csv",
        "Finance officer sends the trip leader (internal) parents' bank details for refunds",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N049
    frm = st("c.whitworth")
    to = ["pastoral-team@school.example"]
    txt = (
        "Pastoral team,\n\n"
        "Please be aware from today: Sophie Baker (10M, DOB 02/03/2010) - a safeguarding "
        "disclosure was made on Monday and children's social care are involved. Her stepdad, Lee "
        "Marshall, must NOT collect her or be given information. If he comes to reception, call "
        "me or a deputy DSL immediately.\n\n"
        "Sophie has epilepsy; please make sure she has her lunchtime check-in with the nurse.\n\n"
        "Do not discuss with other pupils. Full details on CPOMS.\n\n"
        "Claire\n")
    html = html_doc(paras_to_html(txt))
    msg = message(A("Claire Whitworth", frm), to, "Safeguarding alert - Sophie Baker 10M",
                  D(2025, 3, 11, 8, 15, 0), "pd-n49",
                  multipart("alternative", [
                      text_part(txt, charset="us-ascii", cte="7bit"),
                      text_part(html, "html", charset="us-ascii", cte="7bit")],
                      "_000_" + boundary("pn49")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(49, "internal-safeguarding", "alternative",
        "DSL sends an internal pastoral team a safeguarding alert about a named pupil",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N050
    frm = "m.ali.family@example.com"
    to = [st("f.adebayo-clarke")]
    inner_body = (
        "Dear Mr Ali,\n\n"
        "Please find below a summary of the assessment of Mohammed (DOB 19/06/2009) carried out "
        "on 3 February. The full report will follow by post.\n\n"
        "Mohammed's profile is consistent with dyslexia. His below-average reading speed (SS 76) "
        "and slow handwriting (SS 73) support 25% extra time and use of a word processor in "
        "examinations. I recommend the school reviews his access arrangements.\n\n"
        "Yours sincerely,\n"
        "Dr Naomi Feld, Specialist Assessor (AMBDA)\n")
    inner = message(A("Dr Naomi Feld", "n.feld@feld-assessment.example"), [A("Yusuf Ali", frm)],
                    "Assessment summary - Mohammed Ali", D(2025, 2, 10, 17, 0, 0), "pd-n50-inner",
                    text_part(inner_body, charset="us-ascii", cte="7bit"))
    body = (
        "Dear Mrs Adebayo-Clarke,\n\nI am forwarding the summary from Mohammed's private "
        "assessment as you asked. Please can it go on his file for his exams.\n\n"
        "Thank you\nYusuf Ali\n")
    msg = message(A("Yusuf Ali", frm), to, "Fw: Assessment summary - Mohammed Ali",
                  D(2025, 2, 11, 7, 30, 0), "pd-n50",
                  multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                                      rfc822_part(inner, "Assessment summary - Mohammed Ali.eml")],
                            "------------" + boundary("pn50")[:24], preamble=None),
                  domain="example.com")
    neg(50, "inbound-parent-report", "fwd-rfc822",
        "Inbound: a parent forwards (as attachment) his son's private diagnostic assessment to the SENCo",
        frm, to, None, msg)

    # ------------------------------------------------------------ N051
    frm = "admin.millbeck@millbeck-surgery.nhs.example"
    to = [st("s.nibhriain")]
    nhs = make_nhs(RNG)
    body = (
        "Dear Ms N\u00ed Bhriain,\n\n"
        "Re: Amira HASSAN, DOB 02/09/2011, NHS No. %s\n\n"
        "Thank you for your email. Dr M\u00fcller has authorised the repeat prescription "
        "(salbutamol 100mcg with spacer; adrenaline auto-injector 0.3mg x2) and it has been sent "
        "electronically to Boots, Northfield. It will be ready after 2pm tomorrow.\n\n"
        "Amira's asthma review took place on 12/11/2024; a copy of the care plan is enclosed in "
        "the post to the parent.\n\n"
        "Kind regards,\n"
        "Ren\u00e9 Ochoa\n"
        "Practice Administrator, Millbeck Surgery\n" % nhs)
    msg = message(A("Millbeck Surgery", frm), to, "RE: Amira Hassan - repeat prescription",
                  D(2025, 3, 5, 12, 10, 0), "pd-n51",
                  text_part(body, charset="iso-8859-1", cte="quoted-printable"), extra=X_OUTLOOK)
    neg(51, "inbound-gp-letter", "latin1",
        "Inbound: a GP surgery replies to the school nurse quoting a pupil's NHS number and medication",
        frm, to, None, msg)

    # ------------------------------------------------------------ N052
    frm = st("t.duarte")
    to = ["bookings@invigilate-north.example"]
    body = (
        "Hi Colette,\n\n"
        "Confirming the invigilator cover we need for week 2 of the summer series (centre 38417):\n\n"
        "Date        Session  Component                     Room        Candidates  Invigilators\n"
        "Mon 12 May  AM       8461/1H Biology P1 (AQA)      Sports hall 226         6\n"
        "Mon 12 May  PM       1MA1/1F Maths P1 (Edexcel)    Main hall   71          3\n"
        "Tue 13 May  AM       8702/1 Eng Lit P1 (AQA)       Sports hall 229         6\n"
        "Wed 14 May  AM       J277/01 Computer Sci (OCR)    Main hall   58          2\n"
        "Thu 15 May  PM       8035/1 Geography P1 (AQA)     Sports hall 143         4\n\n"
        "Start times 9.00 and 13.30; please ask your team to arrive 30 minutes early and sign in at "
        "reception (01924 496000). Parking in the staff car park off Hollin Lane.\n\n"
        "Your PO for this block is KHS-PO-55190.\n\n"
        "Thanks,\n\n" + SIG_EXAMS)
    msg = message(A("Tiago Duarte", frm), to, "Invigilation cover - week of 12 May",
                  D(2025, 4, 14, 10, 25, 0), "pd-n52",
                  text_part(body, charset="us-ascii", cte="7bit"), extra=X_OUTLOOK)
    neg(52, "exam-timetable", "plain",
        "Exams officer books external invigilators with component codes, dates and counts, no candidate data",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N053
    frm = st("k.asante")
    to = ["head@northfield-primary.example", "office@hemsworth-juniors.example",
          "head@st-marys-fitzwilliam.example", "admin@kinsley-primary.example"]
    body = (
        "Dear colleagues,\n\n"
        "Kingsmead Open Evening for Year 5 and 6 families is on Thursday 26 September, 5.30pm-8pm, "
        "with the Headteacher's talks at 6pm and 7pm in the main hall. Open mornings run on 1, 2 and "
        "3 October from 9.15am (booking via our website).\n\n"
        "We would be grateful if you could include the dates in your newsletters. Posters are in "
        "the post. Families needing an interpreter can ring the office on 01924 496000 and ask for "
        "Mrs Kowalczyk (Polish) or Mr Aydin (Turkish).\n\n"
        "Secondary applications close on 31 October.\n\n"
        "Kingsmead High School & Sixth Form, Mill Lane, Northfield WF9 4LQ.\n\n"
        "Best wishes,\nKwame Asante\nHead of Year 7 / Transition Lead\n")
    msg = message(A("Kwame Asante", frm), to, "Kingsmead Open Evening - Thursday 26 September",
                  D(2024, 9, 9, 9, 0, 0), "pd-n53",
                  text_part(flowed(body), charset="UTF-8", cte="7bit", fmt="flowed", quote_charset=False),
                  extra=X_TB)
    neg(53, "open-evening-invite", "flowed",
        "Transition lead invites feeder primaries to open evening: dates, phone number and postcode only",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N054
    frm = st("f.adebayo-clarke")
    to = ["j.whitaker@inclusion-consult.example"]
    body = (
        "Dear Jen,\r\n\r\n"
        "Thank you for agreeing to look at our provision map. As agreed, here are two anonymised "
        "case studies for the training session \u2013 no names or identifiers, and details have "
        "been changed.\r\n\r\n"
        "Pupil A (Year 8): SEN Support, speech and language needs. Arrived mid-year with no English. "
        "After a term of daily small-group oracy, now contributing in class. Challenge: "
        "homework completion.\r\n\r\n"
        "Pupil B (Year 10): EHCP, autism. Attendance fell to around 70% in Year 9 following "
        "transition difficulties; a reduced timetable and a \u2018safe space\u2019 plan raised it "
        "to around 90% this year.\r\n\r\n"
        "Across the school we have 176 pupils on SEN Support and 41 with an EHCP.\r\n\r\n"
        "Look forward to Thursday \u2013 I\u2019ll bring printed copies.\r\n\r\n"
        "Funmi\r\n").replace("\r\n", "\n")
    msg = message(A("Funmi Adebayo-Clarke", frm), to, "Anonymised case studies for Thursday",
                  D(2025, 2, 3, 17, 15, 0), "pd-n54",
                  text_part(body, charset="windows-1252", cte="quoted-printable"), extra=X_OUTLOOK)
    neg(54, "anonymised-case-study", "cp1252",
        "SENCo sends an external consultant anonymised SEN case studies (Pupil A/B) with no identifiers",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N055
    frm = st("b.tranter")
    to = ["accounts@sportsworld-schools.example"]
    po = bad10("45")
    acct = bad10("00")
    voucher = bad_luhn("6034")
    voucher_s = " ".join(voucher[i:i + 4] for i in range(0, 16, 4))
    sku = "SW%011d" % RNG.randint(10 ** 9, 10 ** 10)
    body = (
        "Good afternoon,\n\n"
        "Remittance advice: payment of \u00a32,184.60 has been made today by BACS against "
        "purchase order %s (your invoice SW-INV-88231, 14 netball posts and 40 bibs, product "
        "code %s).\n\n"
        "Our supplier account number with you is %s.\n\n"
        "We also have an unused gift voucher from the 2024 sports award, voucher number %s "
        "(value \u00a350) - could this be credited against our next order?\n\n"
        "Kind regards,\nBev Tranter\nFinance Officer\n" % (po, sku, acct, voucher_s))
    msg = message(A("Bev Tranter", frm), to, "Remittance - PO %s" % po,
                  D(2025, 2, 20, 15, 5, 0), "pd-n55",
                  text_part(body, charset="utf-8", cte="base64"), extra=X_OUTLOOK)
    neg(55, "lookalike-numbers", "base64",
        "Outbound remittance with PO, account, product code and voucher numbers that fail identifier check digits",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N056
    frm = st("i.qureshi")
    to = ["y13-tutors@school.example"]
    ucas = [("13S", "Sharma, Priya", "Medicine"), ("13S", "Nguyen, Minh Anh", "Pharmacology"),
            ("13F", "Fitzgerald, Leah", "Midwifery"), ("13F", "Adeyemi, Tayo", "Computer Science")]
    lines = "\n".join("%s | %s | ULN %s | %s" % (u[0], u[1], make_uln(RNG), u[2]) for u in ucas)
    body = (
        "Tutors - forwarding the data office's list so you can finish the references. Please keep "
        "it inside school.\n\n"
        "Imran\n\n"
        "---------- Forwarded message ---------\n"
        "From: Data Office <dataoffice@school.example>\n"
        "Date: Mon, 7 Oct 2024 at 09:02\n"
        "Subject: Y13 UCAS early applicants - ULNs for references\n"
        "To: Imran Qureshi <i.qureshi@school.example>\n\n"
        "Hi Imran, the early-deadline applicants with their ULNs, as requested:\n\n"
        + lines + "\n\nJanet\n")
    msg = message(A("Imran Qureshi", frm), to, "Fwd: Y13 UCAS early applicants - ULNs for references",
                  D(2024, 10, 7, 10, 15, 0), "pd-n56",
                  text_part(body, charset="us-ascii", cte="7bit"), extra=X_OUTLOOK)
    neg(56, "internal-uln-forward", "fwd-inline",
        "Head of Sixth Form forwards a list of Year 13 ULNs to internal tutors only",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N057
    frm = "s.okeke.teacher@example.net"
    to = [st("hr")]
    nino = make_nino(RNG)
    docx = make_docx([
        ("h", "Sandra Okeke - Curriculum Vitae"),
        "Address: 22 Westfield Road, Wakefield WF1 3RR | Mobile 07700 900644",
        "Date of birth: 6 June 1990 | NI number: %s | QTS reference: available on request" % nino,
        ("h", "Employment"),
        "2019-present: Teacher of Mathematics, Castleford Academy (KS3-KS5, second in department from 2022).",
        "2017-2019: Teacher of Mathematics (NQT), Pontefract High School.",
        ("h", "Education"),
        "PGCE Secondary Mathematics, University of Leeds (2017). BSc Mathematics 2:1, University of Hull (2016).",
        ("h", "Referees"),
        "Available on request.",
    ])
    body = (
        "Dear Ms Fairbanks,\n\nPlease find attached my CV and application for the post of Teacher "
        "of Mathematics (ref KHS-25-07).\n\nKind regards,\nSandra Okeke\n")
    msg = message(A("Sandra Okeke", frm), to, "Application - Teacher of Mathematics (KHS-25-07)",
                  D(2025, 3, 2, 20, 41, 0), "pd-n57",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(docx, DOCX, "Sandra Okeke CV.docx")],
                      "000000000000" + boundary("pn57")[:16], preamble=None),
                  domain="example.net")
    neg(57, "inbound-cv", "attach-docx",
        "Inbound: a job applicant sends HR her CV containing her own NI number and date of birth",
        frm, to, None, msg)

    # ------------------------------------------------------------ N058
    frm = st("dataoffice")
    to = ["support@mis-vendor.example"]
    rows = [["UPN", "Legal surname", "Legal forename", "DOB (DD/MM/YYYY)", "Gender", "Year",
             "Reg group", "Admission date", "Home postcode", "Parent 1 email"],
            ["(13 characters)", "", "", "", "M/F/U", "", "", "", "", ""]]
    body = (
        "Hi,\n\n"
        "Ticket #INC-284401: the bulk import keeps rejecting our file with 'column mismatch'. "
        "Attached is our import TEMPLATE only - header row plus the format hints row, no pupil "
        "records - so you can check the column order against the v9.3 spec.\n\n"
        "Thanks,\nJanet Ackroyd\nData Manager, Kingsmead (URN 141263)\n")
    msg = message(A("Janet Ackroyd (Data Office)", frm), to, "INC-284401 - import template column mismatch",
                  D(2024, 11, 26, 12, 0, 0), "pd-n58",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_csv(rows), "text/csv; charset=utf-8", "pupil_import_TEMPLATE.csv")],
                      "_038_" + boundary("pn58")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(58, "blank-template", "attach-csv",
        "Data manager sends the MIS vendor a header-only pupil import template, no records",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N059
    frm = st("r.fairbanks")
    to = ["starters@edupay-bureau.example"]
    msg = message(A("Ren\u00e9e Fairbanks", frm), [A("EduPay Starters", to[0])],
                  "New starter - March payroll (encrypted)",
                  D(2025, 3, 10, 9, 5, 0), "pd-n59", smime_part("pn59", 3100),
                  extra=X_OUTLOOK)
    neg(59, "smime-payroll", "smime",
        "HR manager's new-starter details to the payroll bureau sent S/MIME encrypted",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N060
    frm = st("d.whitlock")
    to = ["groups@alpine-edu-travel.example"]
    rows = [["Surname", "Forename", "DOB", "Passport no", "Expiry"]]
    for s_, f_, d_ in [("Sharma", "Priya", (22, 2, 2008)), ("Morgan", "Rhys", (4, 5, 2007)),
                       ("Kowalski", "Piotr", (28, 9, 2007))]:
        rows.append([s_, f_, dob_fmt(d_, "iso"), make_passport(RNG), "2031-05-01"])
    z = make_encrypted_zip([("late_additions.csv", make_csv(rows))], "Alpine#Feb25-kh", "pn60")
    body = (
        "Hi Gemma,\n\nThree late additions for the flight manifest in the attached "
        "password-protected zip. I'll text you the password from the school mobile.\n\n"
        "Dan\n")
    msg = message(A("Dan Whitlock", frm), [A("Alpine Edu Travel Groups", to[0])],
                  "Late additions - manifest (protected)",
                  D(2025, 1, 16, 15, 20, 0), "pd-n60",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(z, "application/zip", "late_additions.zip")],
                      "_039_" + boundary("pn60")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(60, "encrypted-zip-passports", "zip-encrypted",
        "Trip leader sends passport details in a password-protected zip; password sent by text",
        frm, to, frm, msg)


if __name__ == "__main__":
    build()
    write_manifest()
    print("wrote %d messages" % len(MANIFEST))
