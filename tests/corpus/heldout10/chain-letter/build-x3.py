#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Writer x3 -- heldout10 corpus generator (stdlib only, deterministic).
# Run from inside the policy folder:  python3 build-x3.py
# Setting: an invented federation of Fernhill Infant School and Fernhill
# C of E Junior School (one executive head), with nursery, breakfast and
# after-school club and PTA, in the invented suburban town of Ashcombe Green.

import base64, datetime, io, json, os, quopri, random, re, struct, textwrap, zipfile, zlib
from email.utils import formataddr

W = "x3"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- identifiers
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn_check_letter(rest12):
    s = 0
    for i, ch in enumerate(rest12, start=2):
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        s += v * i
    return UPN_LETTERS[s % 23]

def make_upn(la, estab, year, serial):
    rest = "%03d%04d%02d%03d" % (la, estab, year, serial)
    return upn_check_letter(rest) + rest

def upn_valid(u):
    if not re.fullmatch(r"[A-Z][0-9]{11}[0-9A-Z]", u or ""):
        return False
    if not u[12].isdigit() and u[12] not in UPN_LETTERS:
        return False
    return u[0] == upn_check_letter(u[1:])

def _mod11(d9):
    return sum(x * w for x, w in zip(d9, range(10, 1, -1))) % 11

def nhs_valid(n):
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    c = 11 - _mod11(d[:9])
    if c == 11:
        c = 0
    return c != 10 and c == d[9]

def make_nhs(rng):
    while True:
        d = [rng.randint(4, 7)] + [rng.randint(0, 9) for _ in range(8)]
        c = 11 - _mod11(d)
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d + [c]))
        return s

def fmt_nhs(s, style=" "):
    return s[:3] + style + s[3:6] + style + s[6:]

def uln_valid(n):
    if not re.fullmatch(r"[1-9][0-9]{9}", n or ""):
        return False
    d = [int(c) for c in n]
    r = _mod11(d[:9])
    return r != 0 and 10 - r == d[9]

def make_uln(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        r = _mod11(d)
        if r == 0:
            continue
        return "".join(map(str, d + [10 - r]))

def luhn_valid(n):
    d = [int(c) for c in n if c.isdigit()]
    if len(d) < 12:
        return False
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0

def make_card(rng, prefix, length=16):
    d = [int(c) for c in prefix]
    while len(d) < length - 1:
        d.append(rng.randint(0, 9))
    for c in range(10):
        if luhn_valid("".join(map(str, d + [c]))):
            return "".join(map(str, d + [c]))

NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

def nino_valid(n):
    n = re.sub(r"[ -]", "", n or "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", n):
        return False
    return (n[0] not in NINO_BAD_FIRST and n[1] not in NINO_BAD_SECOND
            and n[:2] not in NINO_BAD_PREFIX)

def make_nino(rng):
    letters = "ABCDEFGHJKLMNOPRSTWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        n = p + "%06d" % rng.randint(0, 999999) + rng.choice("ABCD")
        if nino_valid(n):
            return n

def fmt_nino(n, spaced=True):
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]) if spaced else n

# Sort code + account: NatWest-style range 01-xx-xx, MOD11 on the account
# digits with weights 8 7 6 5 4 3 2 1 (the modulus-checking rule for that range).
BANK_W = [8, 7, 6, 5, 4, 3, 2, 1]

def bank_valid(sort, acct):
    s = re.sub(r"\D", "", sort)
    a = re.sub(r"\D", "", acct)
    if len(s) != 6 or len(a) != 8 or not s.startswith("01"):
        return False
    return sum(int(x) * w for x, w in zip(a, BANK_W)) % 11 == 0

def make_bank(rng):
    sort = "01-%02d-%02d" % (rng.randint(10, 66), rng.randint(10, 99))
    while True:
        a = "".join(str(rng.randint(0, 9)) for _ in range(8))
        if a[0] != "0" and bank_valid(sort, a):
            return sort, a

# ---------------------------------------------------------------- dates
def _last_sunday(y, m):
    d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1) if m < 12 else datetime.date(y, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d

def mdate(y, mo, d, h, mi, s=0, tz=None):
    day = datetime.date(y, mo, d)
    if tz is None:
        tz = 1 if _last_sunday(y, 3) <= day < _last_sunday(y, 10) else 0
    dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + ("+%02d00" % tz if tz >= 0 else "-%02d00" % -tz)

# ---------------------------------------------------------------- header helpers
def encword(s, charset="utf-8", enc="B"):
    b = s.encode(charset)
    if enc == "B":
        out = []
        chunk = ""
        for ch in s:
            if len((chunk + ch).encode(charset)) > 42:
                out.append(chunk)
                chunk = ch
            else:
                chunk += ch
        if chunk:
            out.append(chunk)
        return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(c.encode(charset)).decode()) for c in out)
    res = []
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128:
            res.append(c)
        elif c == " ":
            res.append("_")
        elif c in "!*+-/":
            res.append(c)
        else:
            res.append("=%02X" % x)
    enc_s = "".join(res)
    parts = []
    while len(enc_s) > 60:
        cut = 60
        while enc_s[cut - 1] == "=" or enc_s[cut - 2] == "=":
            cut -= 1
        parts.append(enc_s[:cut])
        enc_s = enc_s[cut:]
    parts.append(enc_s)
    return "\n ".join("=?%s?Q?%s?=" % (charset, p) for p in parts)

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False

def A(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if is_ascii(name):
        if re.search(r'[,.;:()@"\']', name):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encword(name, charset, enc), email)

def fold_list(items):
    line = ""
    out = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line and len(line) + len(piece) + 1 > 74:
            out.append(line)
            line = " " + piece
        else:
            line = (line + " " + piece) if line else piece
    out.append(line)
    return "\n".join(out)

def subj(s, charset="utf-8", enc="Q"):
    if is_ascii(s):
        if len(s) <= 68:
            return s
        words = s.split(" ")
        lines, cur = [], ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > 66:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        return "\n ".join(lines)
    return encword(s, charset, enc)

# ---------------------------------------------------------------- body helpers
def hardwrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip())
            continue
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)]|[a-z][.)])?\s*)", line)
        ind = " " * len(m.group(1)) if m and m.group(1).strip() else re.match(r"^\s*", line).group(0)
        out.extend(textwrap.wrap(line, width, subsequent_indent=ind,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

def flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ")
        if line.startswith(">"):
            out.append(line)
            continue
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        if len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        chunks.append(cur)
        out.extend(chunks)
    return "\n".join(out)

def to_bytestr(b):
    return b.decode("latin-1")

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings
        self.body = body        # str (latin-1 byte string)

def text_part(body, subtype="plain", charset="utf-8", cte="7bit", flow=False, delsp=False,
              extra=None, name=None):
    ct = "text/%s; charset=%s" % (subtype, charset if " " not in charset else '"%s"' % charset)
    if charset.lower() == "us-ascii" or charset.lower() == "utf-8" and subtype == "plain" and False:
        pass
    if flow:
        ct = 'text/%s; charset="%s"; format=flowed' % (subtype, charset)
        if delsp:
            ct += "; delsp=yes"
    raw = body.encode(charset)
    if cte == "7bit":
        assert is_ascii(body), "non-ascii in 7bit part"
        enc = body
    elif cte == "8bit":
        enc = to_bytestr(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if extra:
        hs += extra
    return Part(hs, enc)

def attach(data, ctype, filename, inline=False, extra_params=""):
    enc = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    fn = filename if is_ascii(filename) else encword(filename)
    hs = ['Content-Type: %s; name="%s"%s' % (ctype, fn, extra_params),
          'Content-Disposition: %s; filename="%s"' % (disp, fn),
          "Content-Transfer-Encoding: base64"]
    return Part(hs, enc)

def rfc822_part(raw, filename=None):
    hs = ["Content-Type: message/rfc822" + ('; name="%s"' % filename if filename else "")]
    if filename:
        hs.append('Content-Disposition: attachment; filename="%s"' % filename)
    else:
        hs.append("Content-Disposition: inline")
    hs.append("Content-Transfer-Encoding: " + ("7bit" if is_ascii(raw) else "8bit"))
    return Part(hs, raw)

_bcount = [0]

def boundary(style="outlook"):
    _bcount[0] += 1
    rng = random.Random(_bcount[0] * 7919)
    if style == "outlook":
        return "_%03d_%s_" % (rng.randint(0, 999), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(40)))
    if style == "gmail":
        return "0000000000%s" % "".join(rng.choice("0123456789abcdef") for _ in range(16))
    if style == "apple":
        return "Apple-Mail=_%s" % "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    if style == "tbird":
        return "------------%s" % "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))
    return "=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(1000000, 9999999), rng.randint(10**12, 10**13))

def multipart(subtype, parts, style="outlook", params=""):
    b = boundary(style)
    hs = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, b, params)]
    body = []
    for p in parts:
        body.append("--" + b + "\n" + "\n".join(p.headers) + "\n\n" + p.body.rstrip("\n") + "\n")
    return Part(hs, "".join(body) + "--" + b + "--\n")

def message(hdrs, part, preamble=False):
    out = list(hdrs)
    out.append("MIME-Version: 1.0")
    out.extend(part.headers)
    body = part.body
    if preamble and part.headers[0].startswith("Content-Type: multipart"):
        body = "This is a multi-part message in MIME format.\n\n" + body
    return "\n".join(out) + "\n\n" + body

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html_from_text(text, style="outlook", font="Calibri"):
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        body = []
        for p in paras:
            lines = [esc(l) if l.strip() else "&nbsp;" for l in p.split("\n")]
            for l in lines:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % l)
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"%s",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (font, "\n".join(body)))
    if style == "gmail":
        body = []
        for p in paras:
            body.append("<div>%s</div>" % "<br>".join(esc(l) for l in p.split("\n")))
            body.append("<div><br></div>")
        return '<div dir="ltr">%s</div>\n' % "".join(body)
    if style == "apple":
        body = []
        for p in paras:
            body.append("<div>%s</div><div><br></div>" % "<br>".join(esc(l) for l in p.split("\n")))
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s</body></html>\n' % "".join(body))
    body = "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)
    return "<html>\n<body style=\"font-family:%s,Arial,sans-serif\">\n%s\n</body>\n</html>\n" % (font, body)

def alt(text, html=None, style="outlook", cte_t="quoted-printable", cte_h="quoted-printable", charset="utf-8", bstyle=None):
    html = html or html_from_text(text, style)
    return multipart("alternative", [text_part(text, "plain", charset, cte_t),
                                     text_part(html, "html", charset, cte_h)], bstyle or style)

# ---------------------------------------------------------------- message ids
def mid(kind, seed, domain="school.example"):
    rng = random.Random(seed)
    hx = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    up = lambda n: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))
    if kind == "outlook":
        host = "%sMB%04d" % (rng.choice(["LO2P265", "LO4P123", "CWLP265", "DB9PR03", "AM0PR10"]), rng.randint(1000, 9999))
        return "<%s%s@%s.%s>" % (host, up(20), host.lower(), domain)
    if kind == "gmail":
        return "<CA%s%s@mail.%s>" % (up(2), "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(42)), domain)
    if kind == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper(), domain)
    if kind == "tbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), domain)
    return "<%d.%s.%d@%s>" % (rng.randint(10**9, 10**10), hx(10), rng.randint(1000, 9999), domain)

# ---------------------------------------------------------------- office files
def _zip(entries, when=(2025, 1, 1, 9, 0, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def docx(blocks, author="Fernhill Federation", title="", when=(2025, 1, 1, 9, 0, 0)):
    """blocks: list of ('p', text) / ('h', text) / ('b', text) / ('table', [[cells]])."""
    W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for kind, val in blocks:
        if kind in ("p", "h", "b"):
            rpr = "<w:rPr><w:b/>%s</w:rPr>" % ("<w:sz w:val=\"28\"/>" if kind == "h" else "") if kind != "p" else ""
            body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(val)))
        elif kind == "table":
            rows = []
            for r in val:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % (W_NS, "".join(body)))
    ts = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(title), xesc(author), xesc(author), ts, ts))
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
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)], when)

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(sheets, when=(2025, 1, 1, 9, 0, 0), author="Fernhill Federation"):
    """sheets: list of (name, rows). Cells: str -> inline string, int/float -> number."""
    wb_sheets, wb_rels, ct_over, files = [], [], [], []
    for i, (name, rows) in enumerate(sheets, start=1):
        xrows = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xrows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xrows))
        files.append(("xl/worksheets/sheet%d.xml" % i, sheet))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr)] + files, when)

def _looks_like_id(d10):
    return nhs_valid(d10) or uln_valid(d10)

def pdf(lines, title="Document"):
    """Very small single/multi-page PDF with Helvetica text (latin-1 only)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n_pages))
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        content = "BT /F1 10 Tf 13 TL 56 790 Td\n" + "\n".join("(%s) '" % pesc(l) for l in pl) + "\nET\n"
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objs.append(("<< /Length %d >>\nstream\n" % len(content.encode("latin-1"))) + content + "endstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, start=1):
        # keep zero-padded xref offsets from looking like check-digit identifiers
        while _looks_like_id("%010d" % len(out)):
            out += b"%\n"
        offs.append(len(out))
        out += ("%d 0 obj\n" % i).encode() + o.encode("latin-1") + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) /Producer (Microsoft Word) >> >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, pesc(title), xref)).encode("latin-1")
    return out

def plainzip(entries, when=(2025, 1, 1, 9, 0, 0)):
    return _zip(entries, when)

# ---------------------------------------------------------------- writing
RECORDS = []

def emit(label, num, family, raw, mail_from, rcpt, auth_user, shape, family2, note):
    assert family == family2, (num, family, family2)
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    assert "\r" not in raw
    data = raw.replace("\n", "\r\n").encode("latin-1")
    path = os.path.join(HERE, fn)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    RECORDS.append({"file": fn, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                    "auth_user": auth_user, "shape": shape, "family": family, "note": note})

def finish(policy):
    with open(os.path.join(HERE, "manifest-%s.jsonl" % W), "w") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(1 for r in RECORDS if r["label"] == "positive")
    neg = sum(1 for r in RECORDS if r["label"] == "negative")
    print("%s: %d positive, %d negative" % (policy, pos, neg))

def H(frm, to, subject, date, msgid, cc=None, extra=None, before=None, senc="Q"):
    h = []
    if before:
        h += before
    h.append("From: " + frm)
    h.append("To: " + (fold_list(to) if isinstance(to, list) else to))
    if cc:
        h.append("Cc: " + (fold_list(cc) if isinstance(cc, list) else cc))
    h.append("Subject: " + subj(subject, enc=senc))
    h.append("Date: " + date)
    h.append("Message-ID: " + msgid)
    if extra:
        h += extra
    return h

# =====================================================================
# chain-letter policy
# =====================================================================
S = "school.example"
P = "students.school.example"

def staff(n):
    return n + "@" + S

def pupil(n):
    return n + "@" + P

SIG_OFFICE = ("Tracey Holloway\nOffice Manager\nFernhill Federation - Infant & Junior Schools\n"
              "Fernhill Road, Ashcombe Green\nTel: 01632 960214")

def cl_positive():
    # ---- 1 good-luck chain, TA to colleagues, plain 7bit
    body = """Morning ladies,

My cousin sent me this last night. I don't normally bother with these but
after the week I've had I'm not taking any chances!! Dawn x

----------------------------------------------------------

*** THE CANDLE OF GOOD FORTUNE ***

This candle was first lit by a monk in the hills above Assisi and it has
been passed from person to person for fourteen years. It has now been
round the world eleven times. The luck has now been sent to YOU.

You will receive good news within four days of reading this - but ONLY if
you pass it on. This is not a joke and it is not spam.

Do not keep this message. It has to leave your inbox within 96 hours.
Send a copy to twenty people who you think need some luck. Do not send
money, luck cannot be bought.

- A nurse in Leeds sent it to twenty friends. On the fourth day she won
  62,000 pounds on a scratchcard.
- A bus driver in Swansea deleted it and lost his job the same week. He
  found it again in his deleted items, sent it on to twenty people and was
  offered a better job nine days later.
- An office manager in Bolton laughed at it and binned it. His wife was
  taken into hospital before the week was out.
- Gail from Norwich only sent it to twelve people. Some good things
  happened but not the one she was hoping for.

Please, whatever you do, DO NOT BREAK THIS CHAIN. Send twenty copies and
see what happens on the fourth day.
"""
    h = H(A("Dawn Fairbrother", staff("d.fairbrother")),
          [A("Shazia Malik", staff("s.malik")), A("Maureen Doherty", staff("m.doherty")),
           A("Becky Stroud", staff("b.stroud")), A("Amy Carver", staff("a.carver"))],
          "FW: luck is coming your way!!!", mdate(2024, 10, 3, 7, 52, 11), mid("outlook", 101),
          extra=["Thread-Topic: luck is coming your way!!!", "Content-Language: en-GB"])
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("positive", 1, "good-luck-chain", raw, staff("d.fairbrother"),
         [staff("s.malik"), staff("m.doherty"), staff("b.stroud"), staff("a.carver")],
         staff("d.fairbrother"), "plain-7bit", "good-luck-chain",
         "TA forwards a 'candle of good fortune' chain to four colleagues, send 20 copies in 96 hours or bad luck")

    # ---- 2 curse chain, Y6 pupil, mobile (qp, emoji)
    body = """omg i'm actually so scared rn \U0001F62D dont ignore this

a girl called Kayleigh was 11 when she drowned in her bath in 2011 and everyone said it was an accident but she was pushed. if you read this you HAVE to send it to 15 people in 15 minutes or kayleigh will be standing at the end of your bed at 3:07am tonight dripping wet \U0001F480\U0001F480

a girl in america read it and deleted it and her mum found her bed soaking wet in the morning and she has never spoken since!!!!!

im sorry i had to send it 2 u but its not worth the risk \U0001F622 SEND IT ON

Sent from my iPad"""
    to = ["mia.collins", "grace.oyelaran", "evie.marsh", "ruby.k", "poppy.shaw", "hannah.liu"]
    h = H(A("Lily Ashworth", pupil("lily.ashworth")), [pupil(x) for x in to],
          "READ THIS OR ELSE \U0001F631\U0001F631", mdate(2025, 1, 23, 19, 41, 3), mid("apple", 102, P), senc="B")
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("positive", 2, "curse-chain", raw, pupil("lily.ashworth"), [pupil(x) for x in to],
         pupil("lily.ashworth"), "mobile", "curse-chain",
         "Year 6 pupil sends a drowned-girl ghost curse chain to six classmates from her iPad")

    # ---- 3 prayer chain, inbound grandparent, html only
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family: Comic Sans MS; font-size: 14pt; color: #7030A0;">
<p>Dear Tracey and all the lovely teachers,</p>
<p>You all do such a wonderful job with our Noah, he talks about Miss Carver non stop. I was sent this by a lady from church and I thought of you all straight away. Please pass it round the staff room.</p>
<p>God bless you all,<br>Maggie (Noah's Nan, Year 1)</p>
<p>&nbsp;</p>
<p align="center"><b><font size="5" color="#C00000">&#10013; A PRAYER FOR YOU &#10013;</font></b></p>
<p align="center">Heavenly Father, I ask You to bless my friends and family who are reading this right now.<br>
Where there is pain, give them Your peace and mercy.<br>
Where there is self-doubt, release a renewed confidence.<br>
Where there is tiredness, give them strength and rest.<br>
In Jesus' name, Amen.</p>
<p align="center"><b>This prayer has gone round the world 4,000 times.</b></p>
<p align="center">Within ONE HOUR of receiving it, send it to 7 people you care about and a miracle will happen for you tomorrow.<br>
A lady in Ohio sent it on and her husband's cancer was gone at his next scan.<br>
A man who laughed at it and deleted it lost his house within the month.</p>
<p align="center"><font color="#C00000"><b>DO NOT BREAK THIS CHAIN. God sees everything.<br>
Send to 7 people, and back to me if you believe!</b></font></p>
<p align="center">&#128591; &#128591; &#128591;</p>
</div></body></html>
"""
    h = H(A("Margaret Ellison", "maggie.ellison48@example.net"), A("Fernhill Infant Office", staff("office")),
          "Fwd: A prayer for you - PLEASE DO NOT BREAK", mdate(2024, 11, 17, 21, 6, 40),
          mid("other", 103, "mx.example.net"), cc=A("Amy Carver", staff("a.carver")),
          extra=["X-Mailer: AOL Webmail 45110-STANDARD"])
    raw = message(h, text_part(html, "html", "utf-8", "quoted-printable"))
    emit("positive", 3, "prayer-chain", raw, "maggie.ellison48@example.net",
         [staff("office"), staff("a.carver")], None, "html-only", "prayer-chain",
         "Pupil's grandmother sends a 'send to 7 people within one hour or lose your house' prayer chain to the office")

    # ---- 4 virus hoax, inline forward by admin officer to all staff
    body = """Hi all,

Just had this from my sister in law who works at the hospital so it must be
genuine. Please have a read and pass it on to parents too if you get the
chance - especially with school photos coming up!

Bev

---------- Forwarded message ---------
From: Karen Pritchard <karenp1974@example.com>
Date: Mon, 16 Sept 2024 at 18:22
Subject: Fw: VERY URGENT - PLEASE READ
To: Bev Pritchard <bevp_home@example.com>


PLEASE READ AND FORWARD TO EVERYONE IN YOUR ADDRESS BOOK!!!

Over the next few days you may get an email with the subject "SCHOOL
PHOTOS 2024" or "Your parcel is waiting". DO NOT OPEN IT under any
circumstances. It carries a virus called "Little Sunflower" which opens
by itself and burns the whole hard disk of your computer in under a
minute. It then copies itself to everybody in your contacts.

This was confirmed yesterday by Microsoft and Norton and it was on the
BBC this morning. There is NO FIX for it. It is the most destructive
virus ever found.

If you receive it DELETE IT STRAIGHT AWAY. Then send this warning to all
of your family, friends and work contacts so they are protected. The
more people who know about it the better. Please don't be the one who
didn't pass it on!!
"""
    h = H(A("Bev Pritchard", staff("b.pritchard")), A("All Staff", staff("allstaff")),
          "FW: VERY URGENT - PLEASE READ", mdate(2024, 9, 17, 8, 14, 26), mid("outlook", 104),
          extra=["Thread-Topic: VERY URGENT - PLEASE READ", "Importance: high", "X-Priority: 1"])
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("positive", 4, "virus-hoax", raw, staff("b.pritchard"), [staff("allstaff")],
         staff("b.pritchard"), "inline-forward", "virus-hoax",
         "Admin officer forwards the 'Little Sunflower burns your hard disk' virus hoax to all staff and suggests passing it to parents")

    # ---- 5 perfume urban legend, inbound parent to PTA chair, qp
    body = """Hi Lisa,

Could this go on the PTA Facebook page and in the next newsletter? Really scary, one of the mums from swimming sent it to me. Jo x

\u26a0\ufe0f WARNING TO ALL MUMS \u2013 PLEASE SHARE \u26a0\ufe0f

A woman was loading her shopping in the car park at the retail park last Thursday when two young men came up and offered her a \u201cdesigner perfume\u201d for \u00a35. They asked her to smell the tester and she woke up in the back of a van on the ring road with her purse and phone gone. It ISN\u2019T perfume, it\u2019s ether.

The police have said this is happening all over the country right now and they are targeting women on their own or with small children.

Copy and paste this to every woman you know. Don\u2019t just like it \u2013 SHARE IT. It could save someone\u2019s life. \U0001f64f\U0001f64f
"""
    h = H(A("Jo Whitcombe", "jo.whitcombe@example.org"), A("Fernhill PTA", staff("pta")),
          "Please can we share this", mdate(2025, 2, 10, 20, 33, 9), mid("outlook", 105, "example.org"),
          extra=["X-Mailer: Microsoft Outlook 16.0"])
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("positive", 5, "urban-legend-warning", raw, "jo.whitcombe@example.org", [staff("pta")],
         None, "qp", "urban-legend-warning",
         "Parent asks PTA to share the 'perfume sample is really ether' car-park legend, copy and paste to every woman")

    # ---- 6 missing-child hoax, PTA chair from phone to class reps
    body = """Just had this on the Ashcombe mums page, sharing in case anyone can help \U0001f494

MISSING \u2757\u2757 7 year old Sophie-Rose was taken from Westfield Retail Park at 2.40pm today. Pink puffer coat, unicorn wellies, blonde plaits. A man in a grey hoodie was seen walking off with her. Police say the first 24 hours are vital!!

PLEASE COPY AND PASTE, DON\u2019T JUST SHARE \u2013 facebook hides shares. Every parent needs to see this tonight \U0001f622\U0001f64f

Sent from my iPhone"""
    rc = ["class.rep.cherry@example.com", "nat.brennan@example.com", "farahs.mum@example.org", "j.okonkwo@example.net"]
    h = H(A("Lisa Grainger", staff("pta")), rc, "Please share asap!!", mdate(2024, 10, 26, 17, 2, 51),
          mid("apple", 106))
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("positive", 6, "missing-child-hoax", raw, staff("pta"), rc, staff("pta"), "mobile",
         "missing-child-hoax", "PTA chair copies a fake missing-girl appeal ('copy and paste, don't share') to four class reps from her phone")

    # ---- 7 donate per forward, TA to outside friends, base64
    body = """This is so sad, please forward it, it costs you nothing xx

Shaz

____________________________________

Hi everyone,

My name is Donna and my little boy Harvey is 4. In June he was diagnosed with a rare brain tumour and the treatment he needs is only available in America. We can't afford it and the NHS won't pay.

The Make-A-Smile Children's Trust and our local paper have agreed to donate 10p to Harvey's fund for EVERY TIME this email is forwarded. They can track it. So far it has been sent on 1.2 million times \u2013 please help us get to 2 million so Harvey can have his operation before Christmas.

Please don't delete this. It takes ten seconds and it costs you nothing but it could save my son's life.

Send it to everyone you know \u2764\ufe0f

Thank you from the bottom of my heart,
Donna, Harvey's mum
"""
    rc = ["kelly.m.1988@example.com", "tash_b@example.net", "lorraine.malik@example.com"]
    h = H(A("Shazia Malik", staff("s.malik")), rc, "Fw: please help Harvey \u2764\ufe0f",
          mdate(2024, 11, 4, 12, 28, 44), mid("outlook", 107),
          extra=["Thread-Topic: please help Harvey"])
    raw = message(h, text_part(body, charset="utf-8", cte="base64"))
    emit("positive", 7, "donate-per-forward", raw, staff("s.malik"), rc, staff("s.malik"), "base64",
         "donate-per-forward", "TA sends friends outside school the '10p donated every time this is forwarded' sick-boy appeal")

    # ---- 8 privacy notice hoax, teacher to all staff, hard wrapped
    text = """Better safe than sorry! Copied from my sister's post. Mr P

Deadline tomorrow!!! Everything you have ever sent or posted becomes public from tomorrow. Even messages that have been deleted or photos you didn't allow. It costs nothing to copy and paste, it will cost you if you don't. Channel 4 News just covered the change in privacy rules.

I do not give Microsoft, Outlook, Teams or any entities associated with them permission to use my pictures, information, messages or posts, both past and future. By this statement I give notice to Microsoft that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile and/or its contents. Violation of privacy can be punished by law (UCC 1-308-1 1-308-103 and the Rome Statute).

NOTE: Microsoft is now a public entity. All members must post a note like this. If you do not send a statement at least once it will be taken as allowing the use of your photos and the information in your messages.

DO NOT FORWARD. You have to COPY AND PASTE this into a new email and send it to everyone you email with, or it doesn't count.
"""
    h = H(A("Gareth Pryce", staff("g.pryce")), A("Junior Staff", staff("juniorstaff")),
          "copy and paste - new rules from tomorrow", mdate(2025, 3, 12, 16, 47, 2), mid("outlook", 108),
          extra=["Content-Language: en-GB"])
    raw = message(h, text_part(hardwrap(text, 72), charset="us-ascii", cte="7bit"))
    emit("positive", 8, "privacy-notice-hoax", raw, staff("g.pryce"), [staff("juniorstaff")],
         staff("g.pryce"), "hard-wrapped", "privacy-notice-hoax",
         "Teacher copy-pastes the 'I do not give Microsoft permission' privacy statement hoax to the junior staff list")

    # ---- 9 friendship chain among pupils, html only
    html = """<div dir="ltr"><div style="color:#ff3399;font-size:large"><b>\U0001f496 FRIENDSHIP TEST \U0001f496</b></div>
<div><br></div>
<div>if ur my friend u will send this back!!!! \U0001f495\U0001f495</div>
<div><br></div>
<div style="color:#9933ff">Send this to 10 friends INCLUDING ME. if you get</div>
<div style="color:#9933ff">3 back = you are liked</div>
<div style="color:#9933ff">5 back = you are loved</div>
<div style="color:#9933ff">10 back = you are SUPER POPULAR and everyone wants to be your bff</div>
<div><br></div>
<div><b>if you break this chain you will have no friends for 7 years \U0001f631 and the person you like will start to HATE you</b></div>
<div><br></div>
<div>i got 6 back already lol. dont leave me out!!!</div>
<div><br></div>
<div>aisha xx \U0001f308\U0001f984</div></div>
"""
    to = ["zara.hussain", "imogen.pike", "chloe.baxter", "layla.ndiaye", "tilly.wren", "maya.fox", "esme.d", "niamh.obrien", "sofia.rossi"]
    h = H(A("Aisha Begum", pupil("aisha.begum")), [pupil(x) for x in to], "\U0001f496 friendship test \U0001f496 SEND BACK!!!!",
          mdate(2025, 3, 1, 10, 15, 27), mid("gmail", 109, P), senc="B")
    raw = message(h, text_part(html, "html", "utf-8", "quoted-printable"))
    emit("positive", 9, "friendship-chain", raw, pupil("aisha.begum"), [pupil(x) for x in to],
         pupil("aisha.begum"), "html-only", "friendship-chain",
         "Year 5 pupil sends a 'send to 10 friends or no friends for 7 years' friendship test to nine classmates")

    # ---- 10 gifting circle with board spreadsheet, club assistant to friends
    body = """Hi lovelies,

Some of you have asked me about the Butterfly Circle so here it is properly!

It's a women's gifting circle - NOT a pyramid scheme, it's a gift between friends so it's completely legal. You join on the outside of the board as a "wing" and gift \u00a3100 to the Butterfly in the centre. Each time the board fills up (8 wings) it splits in two and everyone moves one ring closer to the middle. When you reach the centre YOU are the Butterfly and 8 new women each gift you \u00a3100 = \u00a3800!!

I joined in September and I'm already on the middle ring. Our board needs two more wings this week to split so I need you ladies!! I've attached the board so you can see who's on it and where you'd go.

Please forward this to any women you trust who could do with a boost before Christmas. The more we bring in the faster we all fly \U0001f98b

Becky xx
"""
    board = [["BUTTERFLY CIRCLE - Board 14 (Ashcombe)", "", ""],
             ["Ring", "Position", "Name"],
             ["Centre (Butterfly)", "1", "Tanya H"],
             ["Inner", "2", "Sharon L"], ["Inner", "3", "Michelle G"],
             ["Middle", "4", "Becky S"], ["Middle", "5", "Dee W"], ["Middle", "6", "Kirsty P"], ["Middle", "7", "Nadia R"],
             ["Wings", "8", "Hayley B"], ["Wings", "9", "Fran O"], ["Wings", "10", "Louise T"], ["Wings", "11", "Sam K"],
             ["Wings", "12", "Jen A"], ["Wings", "13", "Ruth M"], ["Wings", "14", "-- FREE --"], ["Wings", "15", "-- FREE --"],
             ["", "", ""],
             ["Gift \u00a3100 to the Butterfly on the day the board opens. Bring one friend each time to keep it flying!", "", ""]]
    rc = ["hayleyb.home@example.com", "dee.w.1990@example.net", "louise.tandy@example.org", staff("s.malik")]
    mp = multipart("mixed", [text_part(body, "plain", "utf-8", "quoted-printable"),
                             attach(xlsx([("Board 14", board)], when=(2024, 11, 11, 19, 40, 0)),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "Butterfly board 14.xlsx")], "outlook")
    h = H(A("Becky Stroud", staff("b.stroud")), rc, "The Butterfly Circle - 2 wings needed this week!",
          mdate(2024, 11, 12, 13, 5, 18), mid("outlook", 110))
    raw = message(h, mp)
    emit("positive", 10, "gifting-circle", raw, staff("b.stroud"), rc, staff("b.stroud"), "attach-xlsx",
         "gifting-circle", "Club assistant recruits friends into a 'Butterfly Circle' gifting pyramid and attaches the board")

    # ---- 11 forward petition, teacher inline forward
    body = """Please add your name, it literally takes a second. Thinking of all the
dogs and the babies who can't sleep every November! L

---------- Forwarded message ---------
From: Jenny Barnard <jennybarnard@example.net>
Date: Sat, 9 Nov 2024 at 09:12
Subject: Fwd: Fw: PETITION - ban fireworks sales to the public
To: Lucy Barnard <l.barnard@school.example>


Please do this one Luce xx

> PETITION TO BAN THE SALE OF FIREWORKS TO THE PUBLIC
>
> The government will ONLY debate this if we get enough names. Organised
> displays only - think of the pets, the veterans, the babies and the
> elderly.
>
> PLEASE COPY THIS MESSAGE, ADD YOUR NAME TO THE BOTTOM OF THE LIST AND
> FORWARD IT TO EVERYONE YOU KNOW.
>
> If you are number 250, 500, 750, 1000 etc. please ALSO send a copy to
> petition.count@fireworkfree.example so they can keep a tally.
>
> DO NOT just read it and delete it! If you don't want to sign please
> forward it anyway, it must keep moving.
>
> 1. Sandra Watts, Cardiff
> 2. Paul Watts, Cardiff
> 3. Debbie Lang, Newport
> 4. Margaret O'Hare, Bristol
> 5. Colin Ruddock, Bath
> ...
> 54. Helen Simms, Swindon
> 55. Karen Dyer, Reading
> 56. Jenny Barnard, Ashcombe Green
"""
    rc = [staff("allstaff"), "barnard.family@example.net"]
    h = H(A("Lucy Barnard", staff("l.barnard")), [A("All Staff", staff("allstaff")), "barnard.family@example.net"],
          "Fw: PETITION - ban fireworks sales to the public", mdate(2024, 11, 11, 7, 31, 55), mid("outlook", 111))
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("positive", 11, "forward-petition", raw, staff("l.barnard"), rc, staff("l.barnard"),
         "inline-forward", "forward-petition",
         "Teacher forwards an add-your-name-and-forward fireworks 'petition' to all staff and family")

    # ---- 12 share with 10 teachers, inbound from teacher friend, flowed
    body = """Hiya Priya!! This made me smile after parents' evening, had to send it to you. Love Bex

A TEACHER'S CHAIN \U0001F34E

Teachers are the people who stay up until midnight laminating, who buy glue sticks with their own money, who remember which child has no breakfast and which child's hamster died on Tuesday. They are the ones who are still thinking about your child at 3am.

If you are a teacher, or you love one, you have to pass this on.

Send this to 10 teachers you admire (and back to me!!). If you get 5 back you are an OUTSTANDING teacher \u2013 and Ofsted agrees \U0001F602. If you get 10 back your class will be angels until Christmas.

If you break the chain... enjoy your wet play duty all week!!

Don't keep it to yourself \u2013 forward it NOW before the bell goes! \U0001F514
"""
    h = H(A("Rebecca Lowe", "bex.lowe@example.org"), A("Priya Natarajan", staff("p.natarajan")),
          "for my fave teacher \U0001F34E", mdate(2024, 10, 17, 21, 48, 30), mid("apple", 112, "example.org"),
          extra=["X-Mailer: iPhone Mail (21G93)"])
    raw = message(h, text_part(flowed(body), charset="utf-8", cte="quoted-printable", flow=True))
    emit("positive", 12, "share-with-10", raw, "bex.lowe@example.org", [staff("p.natarajan")], None,
         "flowed", "share-with-10", "Teacher friend at another school sends a 'send to 10 teachers you admire' chain")

    # ---- 13 chalk marks urban legend, club manager to club parents, cp1252 8bit
    body = """Dear Parents,

This has been passed to me by one of our club families and I feel it\u2019s important that everyone sees it.

PLEASE READ \u2013 ASHCOMBE PARENTS BE AWARE

A white van has been seen driving round the estates near the school and the men are marking houses with chalk. The symbols are a code:
  \u2022 a circle = a house with young children
  \u2022 a circle with a line through it = children left alone after school
  \u2022 a cross = \u201ctarget\u201d, come back at night

Check your pavement, your wheelie bins and your gate posts. If you see any of these marks wash them off straight away and call the police. The police have confirmed this is genuine and they are asking everyone to spread the word.

FORWARD THIS TO EVERY PARENT YOU KNOW \u2013 it only takes a minute and it could keep a child safe.

Many thanks,
Kerry

Kerry Lomas
Club Manager \u2013 Fernhill Kids\u2019 Club (Breakfast & After School)
"""
    rc = ["m.osullivan@example.com", "parveen.akhtar@example.org", "the.hendersons@example.net",
          "dad.of.three@example.com", "c.tavares@example.org"]
    h = H(A("Fernhill Kids' Club", staff("k.lomas")), "Kids Club Parents:;", "IMPORTANT - please read and pass on",
          mdate(2025, 4, 29, 15, 12, 6), mid("outlook", 113))
    raw = message(h, text_part(body, charset="windows-1252", cte="8bit"))
    emit("positive", 13, "urban-legend-warning", raw, staff("k.lomas"), rc, staff("k.lomas"), "cp1252",
         "urban-legend-warning", "Club manager emails club parents (bcc) the white-van chalk-symbols legend, forward to every parent")

    # ---- 14 account deletion hoax, inbound grandad, iso-8859-1 qp
    body = """Dear Miss Carver,

I hope you don't mind me sending this to your school address, my daughter said you would want to know. Regards, Derek Pugh (Alfie's Grandad)

>>>> Dear Friends,
>>>>
>>>> Outlook and Hotmail are closing down inactive accounts because too many people are signing up and the servers are full. We are sending this message to find out which users are active.
>>>>
>>>> If you are an active user please send this email to EVERY person in your address book. If you do not forward this within 5 days your account will be deleted and you will be charged \xa34.99 a month to reopen it.
>>>>
>>>> We know this is a nuisance but it is for your protection. Accounts that forward this message will be marked with a blue tick and kept free for life.
>>>>
>>>> Regards,
>>>> Mr. Jonathan Hale, Director of Accounts, Microsoft Outlook Team
"""
    h = H(A("Derek Pugh", "derek.pugh@example.com"), A("Amy Carver", staff("a.carver")),
          "FW: FW: FW: Outlook accounts to close - please read", mdate(2025, 5, 6, 10, 2, 38),
          mid("other", 114, "smtp.example.com"), extra=["X-Mailer: Windows Live Mail 16.4.3528.331"])
    raw = message(h, text_part(body, charset="iso-8859-1", cte="quoted-printable"))
    emit("positive", 14, "account-deletion-hoax", raw, "derek.pugh@example.com", [staff("a.carver")], None,
         "latin1", "account-deletion-hoax",
         "Grandparent forwards the 'forward to everyone or your Outlook account will be deleted' hoax to a teacher")

    # ---- 15 book exchange chain, inbound parent, alternative
    text = """Hi lovely Reception mums and dads!! (and Mrs Morgan, hope you don't mind!)

I've been invited to join a CHILDREN'S BOOK EXCHANGE \U0001F4DA and I thought it would be lovely to do it with our class. You only have to buy ONE book and your child gets up to 36 back!

How it works:
1. Buy one new book (about \u00a35) and send it to the child in position 1 below.
2. Remove the name in position 1, move position 2 up to 1, and put your child's name in position 2.
3. Send this email to 6 friends within 3 days.

Position 1: Olivia H \u2013 message me for the address
Position 2: Freddie W

By the time your child gets to position 1 there should be 36 families sending them a book! Please don't break the chain, it's so sad for the little ones who are waiting.

Let me know if you're in!!
Kat (Freddie's mum) x
"""
    rc = ["gemma.trott@example.com", "asif.q@example.net", "hollie.burrows@example.org", "m.cheung@example.com", staff("s.morgan")]
    h = H(A("Kat Walsh", "katwalsh.home@example.com"), rc[:4], "Children's book exchange - who's in?",
          mdate(2024, 9, 29, 20, 10, 4), mid("gmail", 115, "example.com"), cc=A("Si\u00e2n Morgan", staff("s.morgan")))
    raw = message(h, alt(text, style="gmail", cte_t="quoted-printable", cte_h="quoted-printable"))
    emit("positive", 15, "book-exchange-chain", raw, "katwalsh.home@example.com", rc, None, "alternative",
         "book-exchange-chain", "Parent invites Reception class parents (cc teacher) into a buy-one-get-36 children's book exchange chain")

    # ---- 16 scary challenge hoax, TA forwards as attachment
    inner_body = """URGENT WARNING TO ALL PARENTS \U0001F6A8\U0001F6A8

There is a new game going round called THE BLUE WHISPER. It is hidden inside cartoons on YouTube Kids and in games on Roblox. A woman's face with blue lips pops up half way through and tells children to do dangerous things to themselves and not to tell their mummy or daddy or their family will die.

It has already been linked to children being hurt in Spain, Mexico and now the UK. Schools are sending letters home about it.

Please check your children's tablets TONIGHT.

COPY AND PASTE THIS TO ALL YOUR GROUP CHATS AND EMAIL IT TO EVERY PARENT YOU KNOW. DON'T LET IT BE YOUR CHILD. \U0001F494
"""
    inner = message(H(A("Stacey Kemp", "staceyk.89@example.com"), A("Jordan Kemp", "jordan.kemp.22@example.com"),
                      "FW: please read!!!!", mdate(2025, 2, 20, 22, 4, 50), mid("apple", 1160, "example.com")),
                    text_part(inner_body, charset="utf-8", cte="quoted-printable"))
    outer_body = """Has anyone seen this?? My sister sent it me, she said loads of mums at her kids' school are posting it.

Can we send it to our parents please, I've put it on my own stories already. Might be worth a mention at briefing tomorrow.

Jordan
"""
    mp = multipart("mixed", [text_part(outer_body, charset="utf-8", cte="7bit"),
                             rfc822_part(inner, "FW please read!!!!.eml")], "outlook")
    h = H(A("Jordan Kemp", staff("j.kemp")), [A("All Staff", staff("allstaff"))], "FW: please read!!!!",
          mdate(2025, 2, 21, 7, 18, 2), mid("outlook", 116))
    raw = message(h, mp)
    emit("positive", 16, "challenge-hoax", raw, staff("j.kemp"), [staff("allstaff")], staff("j.kemp"),
         "rfc822-forward", "challenge-hoax",
         "Apprentice TA forwards (as attachment) a 'Blue Whisper' scary-challenge hoax telling everyone to copy it to every parent")

    # ---- 17 cash for forwarding, pupil forwards as attachment
    inner_body = """Hey everyone!!

This is NOT a joke. Epic Games and Microsoft are testing a new email tracking system before it comes out on Xbox. For two weeks they can track every email this is forwarded to.

For every person you forward this to you will get 500 V-Bucks. For every person THEY send it to you get another 250. For every third person you get 100!! After two weeks the V-Bucks go straight onto the account you play on.

My mate Connor sent it to 40 people and he got 14,000 V-Bucks on Saturday. I didn't believe it either.

Just make sure you send it to LOTS of people or it doesn't count.

Uncle Dean
"""
    inner = message(H(A("Dean Bradley", "deanbradley77@example.com"), A("Ethan Bradley", pupil("ethan.bradley")),
                      "free vbucks!!! this is real", mdate(2025, 3, 14, 18, 2, 9), mid("gmail", 1170, "example.com")),
                    text_part(inner_body, charset="us-ascii", cte="7bit"))
    outer_body = """guys this is legit my uncle sent it. send it to everyone u know and we all get vbucks. DONT tell mr ridley lol
"""
    to = ["oscar.reid", "leo.hammond", "kai.mensah", "harry.dunn", "theo.walsh", "finley.cole", "jack.price", "adam.sheikh"]
    mp = multipart("mixed", [text_part(outer_body, charset="us-ascii", cte="7bit"),
                             rfc822_part(inner, "free vbucks!!! this is real.eml")], "gmail")
    h = H(A("Ethan Bradley", pupil("ethan.bradley")), [pupil(x) for x in to], "Fwd: free vbucks!!! this is real",
          mdate(2025, 3, 14, 18, 40, 51), mid("gmail", 117, P))
    raw = message(h, mp)
    emit("positive", 17, "cash-for-forwarding", raw, pupil("ethan.bradley"), [pupil(x) for x in to],
         pupil("ethan.bradley"), "rfc822-forward", "cash-for-forwarding",
         "Year 6 pupil forwards (as attachment) a '500 V-Bucks for every person you forward this to' hoax to eight classmates")

    # ---- 18 wish chain, pupil, qp
    body = """\u2728\u2728 MAKE A WISH \u2728\u2728

close your eyes and make a wish. dont tell anyone what it is!!

ok now scroll down
.
.
.
.
.
.
.
.
keep going
.
.
.
.
.
.
.
now send this to 12 people in the next 12 minutes and your wish will come true tomorrow at 11:11 \U0001F320

if you send it to less than 12 your wish will be REVERSED and the opposite will happen. if you dont send it at all you will have bad luck in every test until the summer \U0001F62C

this is not fake my friend wished her dog would get better and it did the next day

GO GO GO \u23f0
"""
    to = ["ruby.k", "evie.marsh", "hannah.liu", "maya.fox", "amelia.grant", "jasmine.yeo", "ava.rhodes", "isla.mcbride", "scarlett.ng", "daisy.owens", "phoebe.lamb", "aisha.begum"]
    h = H(A("Poppy Shaw", pupil("poppy.shaw")), [pupil(x) for x in to], "make a wish \u2728 (read till the end)",
          mdate(2025, 5, 9, 17, 22, 14), mid("gmail", 118, P), senc="B")
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("positive", 18, "wish-chain", raw, pupil("poppy.shaw"), [pupil(x) for x in to], pupil("poppy.shaw"),
         "qp", "wish-chain", "Year 5 pupil sends a 'make a wish, send to 12 people in 12 minutes or it reverses' chain to 12 pupils")

    # ---- 19 angel chain, midday supervisor to staff, html only
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background-color:#FFF0F5">
<div align="center" style="font-family:'Lucida Handwriting',cursive;font-size:13pt;color:#8B008B">
<p>&#128124; <i>An Angel Says...</i> &#128124;</p>
<p>Many people will walk in and out of your life,<br>but only true friends will leave footprints in your heart.</p>
<p>To handle yourself, use your head.<br>To handle others, use your heart.</p>
<p>Yesterday is history, tomorrow is a mystery,<br>today is a gift &ndash; that is why it is called the present.</p>
<p>&nbsp;</p>
<p><b>This angel has been sent to you because someone thinks you are special.</b></p>
<p>Send this to 7 people who have touched your life in the next 7 minutes, and something wonderful will happen to you tomorrow.<br>
If you keep it to yourself the angel will move on and your chance will go with her.</p>
<p>If you send it back to me then you are one of my angels too!</p>
<p>Please don&#39;t break it.</p>
<p>Love Maureen xx &#128150;</p>
</div></body></html>
"""
    to = [staff("d.fairbrother"), staff("b.stroud"), staff("g.lacey"), staff("s.malik"), staff("c.whitby"), staff("r.bassett"), staff("office")]
    h = H(A("Maureen Doherty", staff("m.doherty")), to, "For my special friends", mdate(2025, 2, 14, 12, 51, 33),
          mid("outlook", 119))
    raw = message(h, text_part(html, "html", "utf-8", "quoted-printable"))
    emit("positive", 19, "angel-chain", raw, staff("m.doherty"), to, staff("m.doherty"), "html-only", "angel-chain",
         "Midday supervisor sends a 'send this angel to 7 people in 7 minutes' chain to seven colleagues")

    # ---- 20 phone hoax, club manager from phone to parents
    body = """IMPORTANT \u2013 just been sent this by another setting, please read and pass it on.

If you get a call from 07700 900786 or any number starting +375 DO NOT ANSWER. If you pick up and say \u201cyes\u201d or \u201chello\u201d your SIM card is copied in 3 seconds and they can see your banking apps and all your contacts. Vodafone and the police have confirmed it.

Please share with all your family and friends and everyone in your phone \U0001F64F

Kerry
Fernhill Kids' Club

Sent from my Galaxy"""
    rc = ["m.osullivan@example.com", "the.hendersons@example.net", "c.tavares@example.org", "gracie.mum@example.com",
          "wayne.h@example.net", "pjoshi@example.org"]
    h = H(A("Kerry Lomas", staff("k.lomas")), "undisclosed-recipients:;", "Please read & share", mdate(2024, 12, 2, 18, 9, 41),
          mid("other", 120, "school.example"))
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("positive", 20, "phone-hoax", raw, staff("k.lomas"), rc, staff("k.lomas"), "mobile", "phone-hoax",
         "Club manager texts-style email to club parents: don't answer this number or your SIM is copied, share with everyone in your phone")

    # ---- 21 money chain letter as docx, inbound to PTA
    body = """Hi Lisa,

A friend who's on the PTA at her little one's school says they did this last term and made loads - could be a fun one for Fernhill? Letter attached. You just pass it round the playground.

Sam
"""
    doc = docx([("h", "THE FRIENDSHIP FUND"),
                ("b", "This is not a scam and it is not illegal \u2013 it is a gift between friends."),
                ("p", "This letter has been going round schools and toddler groups since 2019 and has raised thousands of pounds for families who joined in."),
                ("p", "1. Put \u00a35 in a card and give or send it to the FIRST name on the list below."),
                ("p", "2. Cross off the first name, move everyone up one place and add your own name at the bottom."),
                ("p", "3. Make 10 copies of this letter and give them to 10 friends within 5 days."),
                ("p", "When your name reaches the top you should receive \u00a35 from up to 10,000 people!"),
                ("table", [["Position", "Name"], ["1", "Claire D."], ["2", "Nikki F."], ["3", "Joanne R."], ["4", "Sam T."], ["5", ""]]),
                ("b", "PLEASE DO NOT BREAK THE CHAIN."),
                ("p", "A mum in Swindon kept the letter and did nothing \u2013 she lost her purse the next week. A grandad in Derby passed it on and received \u00a31,700 within a month."),
                ("p", "Copy it, pass it on, and see what happens!")],
               author="Sam T", title="Friendship Fund", when=(2024, 10, 1, 21, 2, 0))
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    "Friendship Fund letter.docx")], "gmail")
    h = H(A("Sam Tollett", "samtollett@example.org"), A("Fernhill PTA", staff("pta")), "Fundraising idea??",
          mdate(2024, 10, 2, 9, 47, 0), mid("gmail", 121, "example.org"))
    raw = message(h, mp)
    emit("positive", 21, "money-chain", raw, "samtollett@example.org", [staff("pta")], None, "attach-docx", "money-chain",
         "Parent sends the PTA a send-5-pounds-to-the-top-name 'Friendship Fund' chain letter as a docx to pass round the playground")

    # ---- 22 postcard appeal chain, inbound from another school office, hard wrapped
    text = """Dear Colleagues,

We received this appeal today and have been asked to pass it on to as many schools as we can.

Little Alfie Newsome is 7 years old and he is very poorly. His last wish is to get into the Guinness Book of Records for receiving the most postcards ever. Please could you ask every child in your school to write Alfie a postcard and send it to:

Alfie Newsome, c/o The Newsome Family, PO Box 2217, Ashcombe Green

Then please FORWARD THIS EMAIL TO EVERY SCHOOL IN YOUR ADDRESS BOOK so we reach as many children as possible before it is too late. If every school sends it to ten more schools we will smash the record in a fortnight!

Thank you so much for your kindness.

Kind regards

Mrs J. Parfitt
School Administrator
St Edmund's Primary School
"""
    h = H(A("St Edmund's Primary Office", "office@st-edmunds-primary.example"), A("Office", staff("office")),
          "Please help - postcards for Alfie", mdate(2025, 1, 14, 11, 3, 27), mid("outlook", 122, "st-edmunds-primary.example"),
          extra=["Content-Language: en-GB"])
    raw = message(h, text_part(hardwrap(text, 74), charset="us-ascii", cte="7bit"))
    emit("positive", 22, "postcard-appeal-chain", raw, "office@st-edmunds-primary.example", [staff("office")], None,
         "hard-wrapped", "postcard-appeal-chain",
         "Another school's office forwards a dying-boy postcard record appeal asking every school to forward it to ten more schools")

    # ---- 23 novena chain, kitchen assistant, base64
    body = """Hello all,

I was sent this by my auntie and I have said it every day this week. I'm passing it on as asked. Gwen

NOVENA TO ST JUDE

May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. Sacred Heart of Jesus, pray for us. St Jude, worker of miracles, pray for us. St Jude, helper of the hopeless, pray for us.

Say this prayer nine times a day for nine days and your prayer will be answered, however impossible it seems. It has never been known to fail.

You must promise to pass it on. Send this prayer to nine people, and on the ninth day your request will be granted. Those who received it and did not pass it on have suffered great misfortune.

Do not break the chain.

Thank you St Jude. \u2020
"""
    rc = [staff("m.doherty"), staff("d.fairbrother"), staff("k.lomas"), "bernie.lacey@example.com", "sue.corrigan@example.net"]
    h = H(A("Gwen Lacey", staff("g.lacey")), rc, "St Jude novena - please pass on", mdate(2025, 3, 19, 14, 36, 12),
          mid("outlook", 123))
    raw = message(h, text_part(body, charset="utf-8", cte="base64"))
    emit("positive", 23, "novena-chain", raw, staff("g.lacey"), rc, staff("g.lacey"), "base64", "novena-chain",
         "Kitchen assistant sends a St Jude 'send to nine people or suffer misfortune' novena chain to colleagues and family")

    # ---- 24 health hoax, teacher to Y6 parent reps, flowed
    body = """Hi all,

Quick one before the warm weather next week \u2013 a colleague shared this with me and I thought it was worth passing on. Please send it round your class groups.

Many thanks,
Tom Ridley (6R)

-----

PLEASE DON'T LEAVE WATER BOTTLES IN YOUR CAR!

A paediatric nurse at a London hospital has warned that when a plastic water bottle is left in a hot car the heat makes the plastic release a toxin called dioxin into the water. Dioxin is one of the main causes of breast cancer and leukaemia in children. She says she has seen it in her own ward.

Don't refill plastic bottles either, and never give your child a bottle that has been in the car.

Forward this to everyone you love. It could save a life. Don't be the one who didn't pass it on.
"""
    rc = ["y6.classrep@example.com", "nina.choudhury@example.org", "rob.fairweather@example.net"]
    h = H(A("Tom Ridley", staff("t.ridley")), rc, "Worth passing on - water bottles", mdate(2025, 6, 19, 16, 2, 45),
          mid("apple", 124))
    raw = message(h, text_part(flowed(body), charset="utf-8", cte="8bit", flow=True))
    emit("positive", 24, "health-hoax", raw, staff("t.ridley"), rc, staff("t.ridley"), "flowed", "health-hoax",
         "Year 6 teacher forwards the 'dioxin in car water bottles' health hoax to parent reps, forward to everyone you love")

    # ---- 25 government monitoring hoax, inbound, iso-8859-1 8bit
    body = """From tomorrow, new communication rules:

1. All calls are recorded.
2. All phone call recordings saved.
3. WhatsApp, Facebook, Twitter and all e-mails are monitored.
4. Your devices are connected to Government Ministry systems.

Please inform everyone. Do not send any message or video about politics, the government or the Prime Minister. It is now an offence and police will arrest you without warrant. Fines start at \xa31,500.

Explain to your children, relatives and friends. Take care of this and tell them not to forward anything political.

Forward to all your groups and everyone you know. Better to be safe.

-- 
Sent from my Samsung
Frank Horsley
"""
    rc = [staff("p.natarajan")]
    h = H(A("Frank Horsley", "frank.horsley@example.net"), A("Mrs Natarajan", staff("p.natarajan")),
          "New communication rules from tomorrow - please read", mdate(2025, 1, 30, 9, 11, 53),
          mid("other", 125, "example.net"))
    raw = message(h, text_part(body, charset="iso-8859-1", cte="8bit"))
    emit("positive", 25, "govt-monitoring-hoax", raw, "frank.horsley@example.net", rc, None, "latin1",
         "govt-monitoring-hoax", "Grandparent sends the 'all calls and emails monitored from tomorrow' hoax asking it be forwarded to all groups")

    # ---- 26 bad luck chain, pupil to friend outside + classmates, plain
    body = """send this 2 20 ppl in 20 mins or u get bad luck 4 10 yrs!!!!!!!!

not joking my cousin didnt and he broke his arm the next day at football

if u do it u get a ps5 or something good happens. GO

jake
"""
    rc = ["kyle_2013@example.net", pupil("harvey.doyle"), pupil("reece.palmer"), pupil("sami.haddad")]
    h = H(A("Jake O'Connor", pupil("jake.oconnor")), rc, "dont ignore", mdate(2025, 4, 26, 11, 34, 0), mid("gmail", 126, P))
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("positive", 26, "bad-luck-chain", raw, pupil("jake.oconnor"), rc, pupil("jake.oconnor"), "plain-7bit",
         "bad-luck-chain", "Year 6 pupil sends a 'send to 20 people in 20 mins or 10 years bad luck' chain to a friend outside and three classmates")

    # ---- 27 Lama rules chain as text attachment
    body = """Found this in an old folder and it made me smile - some lovely words in it. Not risking breaking it though ha!

C
"""
    att = """THIS TOTEM HAS BEEN SENT TO YOU FOR GOOD LUCK.
It was started by a Tibetan lama and has been around the world ten times.
You must send it on within 96 hours of reading it. This is no joke.
Do not keep this message - luck will come to you by post or by email.

INSTRUCTIONS FOR LIFE
1. Give people more than they expect, and do it cheerfully.
2. Remember that silence is sometimes the best answer.
3. When you lose, don't lose the lesson.
4. Spend some time alone every day.
5. Open your arms to change, but don't let go of your values.
6. Share your knowledge - it is a way to achieve immortality.
7. Once a year, go somewhere you have never been before.
8. Judge your success by what you had to give up to get it.

NOW SEND THIS TO AT LEAST 10 PEOPLE.
0-4 people: your life will improve a little.
5-9 people: your life will improve the way you want it to.
10-14 people: you will have five pleasant surprises within three weeks.
15 or more: everything you have dreamed of will start to come true.

Someone who broke this chain had a run of bad luck that lasted a year.
Do not ignore it. Send it within 96 hours.
"""
    rc = [staff("infantstaff"), "marc.dubois@example.com"]
    mp = multipart("mixed", [text_part(body, charset="utf-8", cte="7bit"),
                             attach(att.replace("\n", "\r\n").encode("ascii"), "text/plain; charset=us-ascii",
                                    "Tibetan lama - DO NOT BREAK.txt")], "apple")
    h = H(A("Chlo\u00e9 Dubois", staff("c.dubois")), [A("Infant Staff", staff("infantstaff")), "marc.dubois@example.com"],
          "lovely words - pass it on!", mdate(2024, 12, 6, 19, 58, 31), mid("apple", 127))
    raw = message(h, mp)
    emit("positive", 27, "wish-chain", raw, staff("c.dubois"), rc, staff("c.dubois"), "attach-txt", "wish-chain",
         "Year 2 teacher sends the Tibetan lama 'send to 10 people within 96 hours' chain as a .txt to infant staff and her husband")

    # ---- 28 curse chain reply among pupils
    body = """i did mine i sent it to everyone in 6R lol. now u have to send it 2 or shes coming 4 u tonight \U0001F47B\U0001F47B\U0001F47B

dont be the one who breaks it

On Thu, 23 Jan 2025 at 19:41, Lily Ashworth <lily.ashworth@students.school.example> wrote:
> omg i'm actually so scared rn dont ignore this
>
> a girl called Kayleigh was 11 when she drowned in her bath in 2011 and
> everyone said it was an accident but she was pushed. if you read this you
> HAVE to send it to 15 people in 15 minutes or kayleigh will be standing at
> the end of your bed at 3:07am tonight dripping wet
>
> im sorry i had to send it 2 u but its not worth the risk SEND IT ON
"""
    to = ["amara.nwosu", "bella.fitz", "tia.campbell", "olive.greaves", "rosie.hart"]
    h = H(A("Grace Oyelaran", pupil("grace.oyelaran")), [pupil(x) for x in to], "Re: READ THIS OR ELSE",
          mdate(2025, 1, 23, 20, 6, 17), mid("gmail", 128, P),
          extra=["In-Reply-To: " + mid("apple", 102, P), "References: " + mid("apple", 102, P)])
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("positive", 28, "curse-chain", raw, pupil("grace.oyelaran"), [pupil(x) for x in to], pupil("grace.oyelaran"),
         "reply-quoted", "curse-chain", "Pupil replies to the ghost chain, quotes it, and passes it on to five more pupils ('shes coming 4 u')")

    # ---- 29 about-me survey chain with threat, pupil qp
    body = """\U0001F4DD THE ULTIMATE ABOUT ME QUIZ \U0001F4DD

copy this, delete my answers, put yours in and send it to 10 people AND back to me!!! if you dont send it in 10 mins you get a whole month of bad luck and your crush will find out who you like \U0001F633

1. name: Maisie
2. age: 10 and 3/4
3. fave colour: lilac
4. fave food: nandos halloumi
5. crush?: not telling \U0001F648
6. best friend: sofia + esme
7. scariest thing: the ghost girl chain lol
8. dream job: vet or youtuber
9. pets: 1 cat (biscuit) 1 hamster
10. would you rather fly or be invisible: fly

NOW SEND IT!!! \u23f3 the clock is ticking
"""
    to = ["sofia.rossi", "esme.d", "layla.ndiaye", "tilly.wren", "zara.hussain", "niamh.obrien", "imogen.pike", "chloe.baxter", "maya.fox", "aisha.begum"]
    h = H(A("Maisie Thornton", pupil("maisie.thornton")), [pupil(x) for x in to], "ULTIMATE ABOUT ME QUIZ!! answer + send",
          mdate(2025, 6, 7, 15, 44, 29), mid("gmail", 129, P))
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("positive", 29, "survey-chain", raw, pupil("maisie.thornton"), [pupil(x) for x in to], pupil("maisie.thornton"),
         "qp", "survey-chain", "Year 5 pupil sends an 'about me' copy-and-send-to-10 quiz with a bad-luck threat to ten classmates")

    # ---- 30 exaggerated scam warning chain, inbound parent, cp1252 qp
    body = """Please read this! My husband works in banking and says it\u2019s everywhere at the moment.

THIS IS NOT A HOAX \u2013 I CHECKED ON SNOPES

If you get a phone call from someone saying they\u2019re from your bank\u2019s fraud team and asking you to \u201cpress 1 to speak to an advisor\u201d \u2013 DO NOT PRESS ANYTHING. As soon as you press 1 they can take up to \u00a31,000 straight out of every account linked to your phone number. It happened to three families at my son\u2019s football club last week. Santander\u2019s fraud team have confirmed it and said even BT can\u2019t block it.

PLEASE FORWARD THIS TO EVERYONE IN YOUR ADDRESS BOOK \u2013 family, work, school, everyone. The more people who see it the fewer people lose their money.

Thank you,
Donna Kaye (mum of Leo, Y3)
"""
    rc = [staff("office"), staff("h.marchant"), staff("l.barnard")]
    h = H(A("Donna Kaye", "donna.kaye@example.com"), [A("Office", staff("office")), A("Mrs Marchant", staff("h.marchant")),
                                                    A("Miss Barnard", staff("l.barnard"))],
          "PLEASE READ - new bank scam (not a hoax)", mdate(2024, 11, 28, 22, 17, 40), mid("outlook", 130, "example.com"))
    raw = message(h, text_part(body, charset="windows-1252", cte="quoted-printable"))
    emit("positive", 30, "scam-warning-hoax", raw, "donna.kaye@example.com", rc, None, "cp1252", "scam-warning-hoax",
         "Parent sends staff an exaggerated 'press 1 and they take 1,000 pounds' scam warning demanding it go to everyone in your address book")


def cl_negative():
    # ---- 1 admissions: please pass this on, alternative
    text = """Dear Parents and Carers,

STARTING SCHOOL IN SEPTEMBER 2025

If you have a child born between 1 September 2020 and 31 August 2021, they are due to start Reception in September 2025. Applications are made to Westshire Council, not to the school, and the closing date is Wednesday 15 January 2025.

We would be really grateful if you could pass this on to friends, neighbours or family members who may be looking at schools for next year. Word of mouth from our families is still the best advert we have!

Open mornings at Fernhill Infant School:
- Thursday 14 November, 9.30am
- Tuesday 3 December, 1.30pm
- Wednesday 8 January, 9.30am

There is no need to book - just come to the infant office. Our nursery is also open for visits on the same mornings.

Kind regards,

""" + SIG_OFFICE
    rc = ["parents-infant-list@mailer.school-comms.example"]
    h = H(A("Fernhill Infant School", staff("office")), A("Fernhill Infant Parents", "parents-infant-list@mailer.school-comms.example"),
          "Starting school in September 2025? Please pass this on", mdate(2024, 10, 21, 10, 30, 0), mid("outlook", 201))
    raw = message(h, alt(text, style="outlook"))
    emit("negative", 1, "pass-on-admissions", raw, staff("office"), rc, staff("office"), "alternative", "pass-on-admissions",
         "Office asks parents to pass reception admission dates and open mornings on to friends and neighbours")

    # ---- 2 IT phishing warning, plain
    body = """Hi everyone,

A phishing email is doing the rounds this morning with the subject line
"Payroll adjustment: action required". It looks like it comes from the
payroll provider and has a button saying "Review your payslip".

It is NOT genuine. Please:

  * do not click the button or open the attachment
  * do not forward it to colleagues to ask if it's real - just delete it
  * then empty your Deleted Items folder

If you have already clicked it and typed in your password, that's OK -
ring me on ext. 214 or come and find me in the junior ICT suite straight
away and we'll reset your account together. Nobody is in trouble.

I've blocked the sender at the filter but a few copies arrived before the
block went on.

Thanks,
Neil

Neil Okafor
IT Technician, Fernhill Federation
"""
    h = H(A("Neil Okafor", staff("n.okafor")), A("All Staff", staff("allstaff")),
          "Phishing email - 'Payroll adjustment' - please delete", mdate(2025, 1, 27, 9, 5, 44), mid("outlook", 202),
          extra=["Importance: high"])
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("negative", 2, "phishing-warning", raw, staff("n.okafor"), [staff("allstaff")], staff("n.okafor"), "plain-7bit",
         "phishing-warning", "IT technician warns all staff about a real phishing email: do not forward, delete it")

    # ---- 3 PSHE lesson pack in a zip, internal
    body = """Hi Gareth, hi Tom,

Here's the Year 5/6 PSHE lesson for next half term - "Pressure online: chain messages and scary challenges". It fits under Online Relationships in our scheme.

In the zip:
- the lesson plan (Word)
- a text file of made-up example messages for the card sort. I've written them myself so they're obviously fake but they sound like the real thing - print them on card and cut up.

The main message we want the children to leave with: nothing bad happens if you don't pass a message on, you can always show a trusted adult, and you never have to forward something that makes you feel worried.

Any feedback before Friday would be great.

Lucy
PSHE lead
"""
    plan = docx([("h", "Year 5/6 PSHE - Pressure online: chain messages and scary challenges"),
                 ("b", "Learning objective"),
                 ("p", "To recognise messages that try to pressure us into passing them on, and to know what to do instead."),
                 ("b", "Starter (10 mins)"),
                 ("p", "Show the slide 'Have you ever been sent a message that said you HAD to send it on?' Talk partners. Take feedback without naming anyone who sent one."),
                 ("b", "Main activity (25 mins) - card sort"),
                 ("p", "Groups sort the example messages into: 'Fine to share', 'Check with an adult first', 'Pressure message - don't pass on'. Discuss the clues: a threat, a countdown, a promise of money or luck, a number of people to send it to, no way of checking who wrote it."),
                 ("b", "Plenary (10 mins)"),
                 ("p", "Agree a class 'Stop, Think, Tell' poster. Remind children: you will not be in trouble for showing an adult a message you were sent."),
                 ("b", "Safeguarding note"),
                 ("p", "Do not show real viral 'challenge' images. If a child discloses something worrying, follow the usual procedure and log it on CPOMS.")],
                author="Lucy Barnard", title="PSHE chain messages", when=(2025, 2, 3, 16, 20, 0))
    cards = """EXAMPLE MESSAGES FOR CARD SORT (invented for this lesson)

A. "Send this to 10 friends in 10 minutes or you'll have bad luck for a year!!"
B. "Hi, it's Ollie's mum - football is cancelled tonight because the pitch is flooded."
C. "If you get 5 of these back you're popular. If you break the chain you'll have no friends."
D. "Reminder from school: PE kits needed on Thursday."
E. "A company will give you free game coins for every person you forward this to!"
F. "Watch this video of a scary face but don't tell your parents."
G. "Happy birthday! Hope you have a lovely day."
H. "Make a wish and send this to 12 people or it will come true backwards."
"""
    z = plainzip([("PSHE Y5-6 chain messages/Lesson plan - chain messages.docx", plan),
                  ("PSHE Y5-6 chain messages/card sort examples.txt", cards.replace("\n", "\r\n").encode("ascii"))],
                 when=(2025, 2, 3, 16, 25, 0))
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(z, "application/x-zip-compressed", "PSHE Y5-6 chain messages.zip")], "outlook")
    rc = [staff("g.pryce"), staff("t.ridley")]
    h = H(A("Lucy Barnard", staff("l.barnard")), [A("Gareth Pryce", staff("g.pryce")), A("Tom Ridley", staff("t.ridley"))],
          "PSHE lesson - chain messages (Y5/6)", mdate(2025, 2, 3, 16, 31, 10), mid("outlook", 203))
    raw = message(h, mp)
    emit("negative", 3, "pshe-lesson", raw, staff("l.barnard"), rc, staff("l.barnard"), "zip", "pshe-lesson",
         "PSHE lead shares a zipped lesson pack teaching pupils to spot and not forward chain messages")

    # ---- 4 supply chain disruption, inbound caterer, qp
    body = """Dear Sunita,

Menu update \u2013 w/c Monday 10 March 2025

Unfortunately our fresh produce supplier has told us about a supply chain problem following the flooding at their packing site, so we need to make a couple of substitutions next week:

\u2022 Wednesday: jacket potatoes will be replaced with potato wedges (the fillings stay the same)
\u2022 Thursday: the fruit crumble will be apple only rather than apple and blackberry
\u2022 Salad bar: cucumber may be limited; extra carrot sticks and sweetcorn will be offered

All substitutions have been checked against the allergen matrix and there is no change to the allergen information for any dish. Updated menus are attached to our parent portal and we\u2019ll email the cook at each site directly.

Please could you pass this on to your office team in case any parents ask.

Apologies for the inconvenience.

Kind regards,

Marianne Hughes
Contract Manager \u2013 Schools
Harvest Table Catering Ltd
Tel: 0113 496 0421
"""
    h = H(A("Marianne Hughes", "m.hughes@harvesttable-catering.example"), A("Sunita Kaur", staff("s.kaur")),
          "Menu substitutions w/c 10 March - supply chain issue", mdate(2025, 3, 5, 14, 18, 2),
          mid("outlook", 204, "harvesttable-catering.example"))
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("negative", 4, "supply-chain", raw, "m.hughes@harvesttable-catering.example", [staff("s.kaur")], None, "qp",
         "supply-chain", "School caterer explains menu substitutions caused by a produce supply chain problem")

    # ---- 5 daisy chains, reception weekly update, html only
    html = """<html><head><meta charset="utf-8"><title>Reception Roundup</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="10" style="border:2px solid #4caf50">
<tr><td style="background:#4caf50;color:#fff"><h2 style="margin:0">Reception Roundup &ndash; Summer Week 4</h2></td></tr>
<tr><td>
<p>Dear Reception families,</p>
<p>What a sunny week! We have spent lots of time on the field. On Tuesday we went on a &lsquo;minibeast hunt&rsquo; and on Wednesday the children taught each other how to make <b>daisy chains</b>. We counted the daisies in our chains and compared whose was longest &ndash; Rowan Class managed a chain of 47 daisies! We then counted in 2s and 5s to check.</p>
<p><b>Phonics:</b> this week we have been practising the digraphs <i>ai, ee, igh</i> and <i>oa</i>. Please keep reading the books that come home in book bags.</p>
<p><b>Reminders</b></p>
<ul>
<li>Please put sun cream on your child before school and send a named sun hat.</li>
<li>Water bottles need to come home every night to be washed.</li>
<li>Stay and Play is on Friday 16 May at 2.30pm &ndash; grown-ups very welcome.</li>
</ul>
<p>Have a lovely weekend,<br>Mrs Morgan, Mr Hale and the Reception team</p>
</td></tr></table>
</body></html>
"""
    rc = ["reception-parents@mailer.school-comms.example"]
    h = H(A("Si\u00e2n Morgan", staff("s.morgan")), A("Reception Parents", rc[0]), "Reception Roundup - Summer week 4",
          mdate(2025, 5, 9, 15, 40, 0), mid("outlook", 205))
    raw = message(h, text_part(html, "html", "utf-8", "quoted-printable"))
    emit("negative", 5, "eyfs-newsletter", raw, staff("s.morgan"), rc, staff("s.morgan"), "html-only", "eyfs-newsletter",
         "Reception weekly update mentioning children making and counting daisy chains")

    # ---- 6 charity sponsored walk, PTA, alternative
    text = """Dear Fernhill families,

On Sunday 18 May the PTA is walking for Willow Tree Children's Hospice, who looked after two of our Fernhill families last year. It's a gentle 5km loop from the school gates round Ashcombe Country Park and back, finishing with a picnic on the junior field.

- Registration from 9.30am in the junior playground, walk starts at 10am
- Buggies, bikes, scooters and dogs on leads all welcome
- \u00a33 per family to enter (covers the medals!)
- Sponsorship forms are in book bags this week, or you can sponsor the whole PTA team on our online giving page: https://give.example.org/fernhill-walk-2025

If grandparents or friends would like to sponsor you, please do share the giving page with them - every penny goes straight to the hospice and the PTA is covering the costs.

Thank you so much,

Lisa Grainger
PTA Chair, Friends of Fernhill
"""
    rc = ["pta-all-families@mailer.school-comms.example"]
    h = H(A("Friends of Fernhill PTA", staff("pta")), A("All Families", rc[0]), "Sponsored walk for Willow Tree Hospice - Sun 18 May",
          mdate(2025, 4, 28, 19, 5, 0), mid("gmail", 206, "school.example"))
    raw = message(h, alt(text, style="gmail", bstyle="gmail"))
    emit("negative", 6, "charity-event", raw, staff("pta"), rc, staff("pta"), "alternative", "charity-event",
         "PTA invites families to a sponsored hospice walk and to share the giving page with relatives")

    # ---- 7 DSL advice about a viral hoax, hard wrapped
    text = """Dear Parents and Carers,

You may have seen a message being shared on WhatsApp and Facebook this week about a character that supposedly appears in children's videos and games and tells them to hurt themselves. Several parents have asked us about it.

National online safety organisations have looked into this and have found no evidence that it is real. Messages like this are designed to spread fear and get shared as widely as possible.

Please:
- do not forward the message or repost the image - sharing it is exactly what makes it spread, and the pictures themselves can frighten younger children;
- do not ask your child whether they have seen it, as this can make them go looking for it;
- do keep talking generally about what they watch and play, and keep devices in shared spaces where you can.

What we are doing in school: our usual online safety lessons already cover 'pressure messages'. Class teachers will remind children this week that they can always tell a trusted adult about anything that worries them online, and that nothing bad happens if they do not pass a message on.

If your child is upset by something they have seen, please speak to your class teacher or to me.

Mark Fenwick
Deputy Headteacher and Designated Safeguarding Lead
Fernhill Federation
"""
    rc = ["parents-all@mailer.school-comms.example"]
    h = H(A("Mark Fenwick", staff("m.fenwick")), A("All Parents", rc[0]), "Online safety - a message going round this week",
          mdate(2025, 2, 24, 12, 45, 0), mid("outlook", 207), cc=A("Helen Marchant", staff("h.marchant")))
    rc2 = rc + [staff("h.marchant")]
    raw = message(h, text_part(hardwrap(text, 72), charset="us-ascii", cte="7bit"))
    emit("negative", 7, "online-safety-hoax-advice", raw, staff("m.fenwick"), rc2, staff("m.fenwick"), "hard-wrapped",
         "online-safety-hoax-advice", "DSL tells parents a viral scary-character message is a hoax and asks them not to forward it")

    # ---- 8 real council consultation, flowed
    body = """Dear Parents and Carers,

Westshire Council has opened its consultation on a proposed School Street for Fernhill Road. If it goes ahead, the road outside both schools would be closed to through traffic from 8.20\u20138.50am and 2.50\u20133.20pm in term time, with exemptions for residents, blue badge holders and the nursery drop-off bay.

The governors support the idea in principle because of the number of near misses at the junction with Mill Lane, but it is important that the council hears from families directly \u2013 including anyone with concerns.

The consultation closes on Friday 28 February. You can respond online here:
https://consult.westshire.gov.example/school-streets/fernhill-road

Each adult can respond separately. Paper copies are available from both school offices, and the council's transport team will hold a drop-in in the junior hall on Tuesday 11 February, 3.15\u20134.30pm.

Thank you,

Helen Marchant
Executive Headteacher
"""
    rc = ["parents-all@mailer.school-comms.example"]
    h = H(A("Helen Marchant", staff("h.marchant")), A("All Parents", rc[0]), "School Street consultation - closes 28 February",
          mdate(2025, 2, 3, 16, 0, 0), mid("apple", 208))
    raw = message(h, text_part(flowed(body), charset="utf-8", cte="8bit", flow=True))
    emit("negative", 8, "real-consultation", raw, staff("h.marchant"), rc, staff("h.marchant"), "flowed", "real-consultation",
         "Executive head asks parents to respond individually to a genuine council School Street consultation")

    # ---- 9 retirement round-robin card, plain
    body = """Hi all,

As most of you know, Pat is retiring at the end of term after 23 years
in the junior kitchen (!!). Shhh - she doesn't know about any of this.

There's a card and a brown envelope going round both buildings. Please
sign it and pass it on to the next name on the list taped to the front,
then cross yourself off. Please don't hang on to it - it needs to be back
in the main office by Thursday 17 July so we can give it to her at the
end-of-year lunch.

Any contribution to the collection is welcome, but there's absolutely no
pressure. We're thinking a garden centre voucher and flowers.

Thanks!
Sunita
"""
    h = H(A("Sunita Kaur", staff("s.kaur")), A("All Staff", staff("allstaff")), "Pat's card - please sign and pass on",
          mdate(2025, 7, 7, 8, 2, 30), mid("outlook", 209))
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("negative", 9, "round-robin-card", raw, staff("s.kaur"), [staff("allstaff")], staff("s.kaur"), "plain-7bit",
         "round-robin-card", "Business manager asks staff to sign a retirement card and pass it to the next name on the list")

    # ---- 10 thank-you round robin, reply-all quoting head
    body = """Thank you Helen, that means a lot. And thank you to everyone in the infants
- the TAs especially, who kept everything calm on day two when the heating
went off. I'll pass your message on to the lunchtime team too.

Amy

-----Original Message-----
From: Helen Marchant <h.marchant@school.example>
Sent: 14 March 2025 17:22
To: All Staff <allstaff@school.example>
Subject: Thank you

> Dear all,
>
> I just wanted to say, before the report is published, how proud I am of
> every single person in both schools this week. The inspectors saw the
> Fernhill we see every day.
>
> Please pass my thanks on to your teams, including anyone who isn't on
> this list - the club staff, the midday team and our volunteers.
>
> Cakes in both staffrooms on Monday.
>
> Helen
"""
    h = H(A("Amy Carver", staff("a.carver")), A("All Staff", staff("allstaff")), "RE: Thank you",
          mdate(2025, 3, 14, 18, 3, 11), mid("outlook", 210),
          extra=["In-Reply-To: " + mid("outlook", 2100), "References: " + mid("outlook", 2100), "Thread-Topic: Thank you"])
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("negative", 10, "thank-you-round-robin", raw, staff("a.carver"), [staff("allstaff")], staff("a.carver"),
         "reply-quoted", "thank-you-round-robin", "Teacher replies-all to the head's post-inspection thank-you, quoting it")

    # ---- 11 keyring fundraiser supplier, inbound with pdf
    body = """Hello Lisa,

Thanks for your call yesterday. As promised, here is our Christmas fundraiser pack for personalised keyrings and bag tags made from the children's own drawings.

How it works: each child draws on the template sheet, families order through the form on the back, and we print the drawings onto acrylic keyrings (\u00a34.50) or bag tags (\u00a35.50). The PTA keeps 30% of every order. There's no minimum order and nothing to pay up front.

Last date to return drawings to us for delivery before the end of term is Friday 14 November.

Best wishes,

Rachel Booth
Little Keepsakes Fundraising
"""
    lines = ["Little Keepsakes Fundraising - Christmas 2024", "", "KEYRING & BAG TAG ORDER FORM",
             "", "School: Fernhill Federation PTA", "Return to school by: Friday 7 November 2024", "",
             "Child's first name: ____________________   Class: ________", "",
             "Item                              Price    Qty    Total",
             "Acrylic keyring (double sided)    4.50     ___    _____",
             "Bag tag with name strip           5.50     ___    _____",
             "Set of 2 keyrings                 8.00     ___    _____", "",
             "Please pay via the school payments app (item: PTA Keyrings).",
             "Chain and split ring included with every keyring.", "",
             "The PTA receives 30% of every order to spend on the children.",
             "Questions: hello@littlekeepsakes-fundraising.example"]
    mp = multipart("mixed", [text_part(body, charset="utf-8", cte="quoted-printable"),
                             attach(pdf(lines, "Keyring order form"), "application/pdf", "Fernhill keyring order form.pdf")], "outlook")
    h = H(A("Little Keepsakes Fundraising", "hello@littlekeepsakes-fundraising.example"), A("Fernhill PTA", staff("pta")),
          "Christmas keyring fundraiser - info pack", mdate(2024, 10, 8, 11, 12, 40),
          mid("outlook", 211, "littlekeepsakes-fundraising.example"))
    raw = message(h, mp)
    emit("negative", 11, "pta-supplier", raw, "hello@littlekeepsakes-fundraising.example", [staff("pta")], None, "attach-pdf",
         "pta-supplier", "PTA supplier sends a keyring fundraiser pack and PDF order form")

    # ---- 12 paper chains, Y1 teacher, latin-1 8bit
    body = """Dear Year 1 parents and carers,

Next week we are starting our advent paper chain! Every morning one child will tear off a link and we will count how many days are left until the Christmas performance.

Could you please send in any old wrapping paper, coloured card or cr\xeape paper you have at home? Strips about 20cm long and 3cm wide are perfect, but we are happy to do the cutting ourselves.

We will also be using the paper chains in maths to make repeating patterns (red, green, red, green...) so any colour is welcome.

Thank you for your help - and a reminder that the Nativity is on Tuesday 10 December at 2pm and Wednesday 11 December at 9.30am.

Miss Carver and Mrs Fairbrother
Year 1 - Hazel Class
"""
    rc = ["year1-parents@mailer.school-comms.example"]
    h = H(A("Amy Carver", staff("a.carver")), A("Year 1 Parents", rc[0]), "Year 1 - paper chains (and Nativity dates)",
          mdate(2024, 11, 22, 15, 30, 0), mid("tbird", 212))
    raw = message(h, text_part(body, charset="iso-8859-1", cte="8bit"))
    emit("negative", 12, "paper-chain-craft", raw, staff("a.carver"), rc, staff("a.carver"), "latin1", "paper-chain-craft",
         "Year 1 teacher asks parents for wrapping paper strips for an advent paper chain")

    # ---- 13 food chain homework to pupils, docx
    body = """Hi 4N,

Your science homework this week is about FOOD CHAINS. The worksheet is attached.

1. Use the pond picture to make three food chains. Remember the arrow points to the animal that is doing the eating!
2. Label the producer, the prey and the predator in each chain.
3. Challenge: what would happen to the chain if all the frogs disappeared?

Please upload a photo of your finished sheet to Google Classroom by next Wednesday.

Mrs Natarajan
"""
    doc = docx([("h", "Year 4 Science - Food chains"),
                ("p", "Look at the pond habitat picture. Make three food chains using these living things: pondweed, tadpole, frog, heron, algae, water snail, stickleback, pike."),
                ("table", [["Food chain", "Producer", "Prey", "Predator"], ["1.", "", "", ""], ["2.", "", "", ""], ["3.", "", "", ""]]),
                ("p", "Key words: producer, consumer, prey, predator, habitat, energy."),
                ("b", "Challenge"),
                ("p", "If all the frogs in the pond disappeared, what would happen to the herons? What would happen to the tadpoles?")],
               author="Priya Natarajan", title="Food chains", when=(2025, 4, 28, 17, 0, 0))
    to = ["4n.class"]
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    "Y4 food chains homework.docx")], "outlook")
    h = H(A("Priya Natarajan", staff("p.natarajan")), A("Class 4N", pupil("4n.class")), "Science homework - food chains",
          mdate(2025, 4, 29, 8, 15, 0), mid("outlook", 213))
    raw = message(h, mp)
    emit("negative", 13, "food-chain-homework", raw, staff("p.natarajan"), [pupil("4n.class")], staff("p.natarajan"),
         "attach-docx", "food-chain-homework", "Year 4 teacher sets food-chain science homework to the class pupil list")

    # ---- 14 diocese prayer diary, inbound html
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;font-size:15px;color:#2b2b2b;max-width:640px">
<p style="font-size:20px;color:#6a1b9a"><b>Diocese of Harcourt &ndash; Education Team</b><br>Schools Prayer Diary: Lent 2025</p>
<p>Dear Headteachers and Collective Worship Leaders,</p>
<p>Please find below this term&rsquo;s prayer diary for church schools. You are warmly invited to use it in collective worship, staff briefings or governor meetings, and to share it with your worship council. Each week we hold a group of our schools in prayer.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Week beginning</th><th>We pray for</th></tr>
<tr><td>3 March</td><td>Schools in the Ashcombe deanery, including Fernhill C of E Junior School and St Edmund&rsquo;s Primary</td></tr>
<tr><td>10 March</td><td>Our secondary schools and all pupils preparing for exams</td></tr>
<tr><td>17 March</td><td>School chaplains, clergy and foundation governors</td></tr>
<tr><td>24 March</td><td>Schools facing building projects and change</td></tr>
<tr><td>31 March</td><td>Support staff, site teams and school cooks</td></tr>
</table>
<p><i>Lord of all hopefulness, be with our schools this Lent: in their classrooms and playgrounds, in their kitchens and offices, and in every home they serve. Amen.</i></p>
<p>The RE advisers&rsquo; Lent collective worship pack is on the diocesan schools portal.</p>
<p>With every blessing,<br>Revd Canon Ann Ferris<br>Director of Education</p>
</body></html>
"""
    rc = [staff("h.marchant"), staff("c.dubois")]
    h = H(A("Diocese of Harcourt Education", "education@harcourt-diocese.example"), A("Helen Marchant", staff("h.marchant")),
          "Schools Prayer Diary - Lent 2025", mdate(2025, 2, 26, 9, 0, 0), mid("other", 214, "harcourt-diocese.example"),
          cc=A("Chlo\u00e9 Dubois", staff("c.dubois")))
    raw = message(h, text_part(html, "html", "utf-8", "quoted-printable"))
    emit("negative", 14, "diocese-prayer-diary", raw, "education@harcourt-diocese.example", rc, None, "html-only",
         "diocese-prayer-diary", "Diocese education team sends church schools a termly prayer diary for collective worship")

    # ---- 15 snow closure cascade, head from phone
    body = """Morning all \u2013 both schools and the nursery are CLOSED today (Weds 8 Jan) due to snow and ice on site. Breakfast club is also closed.

Could you please pass this on via your class WhatsApp groups asap? The official message is going out on the school app and on the website in the next 10 mins.

Thank you so much, stay safe!
Helen

Sent from my iPhone"""
    rc = ["class.rep.cherry@example.com", "nat.brennan@example.com", "farahs.mum@example.org", "j.okonkwo@example.net",
          "y6.classrep@example.com", "hollie.burrows@example.org"]
    h = H(A("Helen Marchant", staff("h.marchant")), "Class Reps:;", "School closed today - please pass on",
          mdate(2025, 1, 8, 6, 41, 12), mid("apple", 215))
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("negative", 15, "closure-cascade", raw, staff("h.marchant"), rc, staff("h.marchant"), "mobile", "closure-cascade",
         "Head asks class reps to cascade a genuine snow-closure notice to their class WhatsApp groups")

    # ---- 16 shoebox appeal, PTA, base64
    body = """Dear families,

Our Christmas Shoebox Appeal is back! Last year Fernhill families filled 112 boxes for children and older people locally and overseas \u2013 can we beat it?

\u2022 Wrap a shoebox and lid separately (or pick up a ready-made box from either office)
\u2022 Choose whether it is for a boy or girl and an age group: 2\u20134, 5\u20139 or 10\u201314
\u2022 Fill it with something to love (a cuddly toy), something to wear (hat, gloves), something for school (pencils, notebook) and something for washing (toothbrush, soap)
\u2022 Please no sweets, liquids, war toys or used items
\u2022 Pop \u00a35 in an envelope to cover shipping if you can

Drop-off: junior office by Friday 15 November.

Thank you so much!
Friends of Fernhill PTA
"""
    rc = ["pta-all-families@mailer.school-comms.example"]
    h = H(A("Friends of Fernhill PTA", staff("pta")), A("All Families", rc[0]), "Christmas Shoebox Appeal 2024",
          mdate(2024, 10, 30, 18, 20, 0), mid("gmail", 216, "school.example"))
    raw = message(h, text_part(body, charset="utf-8", cte="base64"))
    emit("negative", 16, "shoebox-appeal", raw, staff("pta"), rc, staff("pta"), "base64", "shoebox-appeal",
         "PTA launches a Christmas shoebox gift appeal with drop-off date")

    # ---- 17 lost property from club, phone
    body = """Hi all, we've got a green Frozen lunchbox and a grey school cardigan (age 7-8, no name!) left at club on Tuesday.

If they're yours they're in the club cupboard, or if you know who might have left them please pass the message on. Thanks!

Kerry \u2013 Kids' Club

Sent from my Galaxy"""
    rc = ["m.osullivan@example.com", "parveen.akhtar@example.org", "gracie.mum@example.com", "wayne.h@example.net"]
    h = H(A("Kerry Lomas", staff("k.lomas")), "undisclosed-recipients:;", "Lost property at club", mdate(2025, 3, 6, 8, 12, 3),
          mid("other", 217, "school.example"))
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("negative", 17, "lost-property", raw, staff("k.lomas"), rc, staff("k.lomas"), "mobile", "lost-property",
         "Club manager asks parents to pass on a lost-property notice")

    # ---- 18 genuine scam text warning from head, qp
    body = """Dear Parents and Carers,

We have been made aware that some families received a text message last night claiming to be from \u201cFernhill School Payments\u201d, saying there was an unpaid dinner balance and asking for card details through a link.

This message did not come from us.

\u2022 We will never ask for card details by text message or email.
\u2022 All payments to school and to Kids\u2019 Club are made through the school payments app only.
\u2022 If you receive the message, please do not reply and do not click the link. You can report it for free by forwarding the text to 7726, then delete it.

If you have already entered card details, please contact your bank straight away using the number on the back of your card.

If you are ever unsure whether a message is from us, ring the office on 01632 960214.

Mrs H. Marchant
Executive Headteacher
"""
    rc = ["parents-all@mailer.school-comms.example"]
    h = H(A("Helen Marchant", staff("h.marchant")), A("All Parents", rc[0]), "Warning - scam text message claiming to be from school",
          mdate(2025, 5, 14, 8, 30, 0), mid("outlook", 218))
    raw = message(h, text_part(body, charset="utf-8", cte="quoted-printable"))
    emit("negative", 18, "scam-text-warning", raw, staff("h.marchant"), rc, staff("h.marchant"), "qp", "scam-text-warning",
         "Head warns parents a payment text is a scam and explains how to report it")

    # ---- 19 teacher reassures pupil who reported a chain message
    body = """Hi Freya,

Thank you for telling me - you did exactly the right thing. That message is
made up. Nobody is going to come into your room and nothing at all will
happen if you don't send it on. The people who write them just want them to
spread.

Please don't forward it to anyone. You can delete it now. If you'd like,
come and see me before register tomorrow and we can delete it together.

I'll have a chat with the whole class tomorrow (I won't say who told me).

Mr Ridley

On Thu, 23 Jan 2025 at 20:31, Freya Dunmore <freya.dunmore@students.school.example> wrote:
> hi mr ridley someone sent me a message that says if i dont send it to 15
> people a girl will come to my room at 3am. is it real? im scared to
> delete it. i havnt sent it to anyone
>
> freya
"""
    h = H(A("Tom Ridley", staff("t.ridley")), A("Freya Dunmore", pupil("freya.dunmore")), "Re: is this real",
          mdate(2025, 1, 23, 20, 52, 4), mid("outlook", 219),
          extra=["In-Reply-To: " + mid("gmail", 2190, P), "References: " + mid("gmail", 2190, P)])
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("negative", 19, "pupil-reports-chain", raw, staff("t.ridley"), [pupil("freya.dunmore")], staff("t.ridley"),
         "reply-quoted", "pupil-reports-chain", "Teacher reassures a pupil who reported a scary chain message and tells her not to forward it")

    # ---- 20 sports day relay, cp1252 8bit
    body = """Hi all,

Junior Sports Day \u2013 Tuesday 24 June (reserve day Thursday 26th)

Running order for the afternoon:
1.30  Welcome & warm-up on the top field (Y6 sports leaders)
1.45  Flat race heats \u2013 Y3/4 then Y5/6
2.15  Obstacle course, egg & spoon, sack race (rotating stations)
2.50  Tug of war
3.05  House relays \u2013 the big finish!

Relays: four runners per house per year group. Please make sure your runners have practised the baton change \u2013 the incoming runner passes it on into the right hand, and nobody moves off until they\u2019ve got it. Last year we lost two batons in the long jump pit\u2026

Teams and house bands are in the PE cupboard. Water station run by the PTA by the pavilion.

Thanks \u2013 Gareth
"""
    h = H(A("Gareth Pryce", staff("g.pryce")), A("Junior Staff", staff("juniorstaff")), "Sports Day running order + relays",
          mdate(2025, 6, 16, 12, 20, 0), mid("outlook", 220))
    raw = message(h, text_part(body, charset="windows-1252", cte="8bit"))
    emit("negative", 20, "sports-day", raw, staff("g.pryce"), [staff("juniorstaff")], staff("g.pryce"), "cp1252",
         "sports-day", "PE lead's sports day running order with baton-passing relays")

    # ---- 21 book swap, html only
    html = """<div style="font-family:Verdana,sans-serif;font-size:13px">
<h3 style="color:#1565c0">&#128218; World Book Day Book Swap &ndash; Thursday 6 March</h3>
<p>Dear families,</p>
<p>To celebrate World Book Day we are holding a <b>Book Swap</b> in the junior library. It&rsquo;s really simple:</p>
<ol>
<li>Send in a book your child has finished with (in good condition) by Wednesday 5 March.</li>
<li>Your child gets a swap token.</li>
<li>On Thursday they spend their token on a &lsquo;new&rsquo; book to take home and keep.</li>
</ol>
<p>Any books left over will go to the nursery and the Kids&rsquo; Club reading corners. Children who can&rsquo;t bring a book will still get a token &ndash; nobody will miss out.</p>
<p>Costumes are optional &ndash; pyjamas and a favourite bedtime story are just as welcome!</p>
<p>Miss Barnard<br>Reading Lead</p>
</div>
"""
    rc = ["parents-junior@mailer.school-comms.example"]
    h = H(A("Lucy Barnard", staff("l.barnard")), A("Junior Parents", rc[0]), "World Book Day - Book Swap",
          mdate(2025, 2, 24, 16, 15, 0), mid("outlook", 221))
    raw = message(h, text_part(html, "html", "utf-8", "7bit"))
    emit("negative", 21, "book-swap", raw, staff("l.barnard"), rc, staff("l.barnard"), "html-only", "book-swap",
         "Reading lead invites families to a bring-a-book take-a-book swap for World Book Day")

    # ---- 22 emergency contact tree, xlsx internal
    body = """Dear SLT,

Attached is the updated closure / emergency phone tree for 2024-25. Changes from last year are highlighted in the notes column - mainly Kerry now covers the club staff and Joanne the nursery team.

Reminder of how it works: Helen (or me if Helen is unavailable) makes the decision and rings the first column; each person rings their list and reports back to me by 7.15am. Parents are informed via the app, not by phone.

Please check your own numbers and let me know of any changes.

Sunita
"""
    tree = [["Fernhill Federation - Emergency closure phone tree 2024-25", "", "", ""],
            ["Caller", "Rings", "Team", "Notes"],
            ["Helen Marchant (Exec Head)", "Mark Fenwick", "Junior teachers", ""],
            ["Helen Marchant (Exec Head)", "Rachel Adeyemi", "TAs / SEN team", ""],
            ["Helen Marchant (Exec Head)", "Sunita Kaur", "Office, site, kitchen", ""],
            ["Sunita Kaur (SBM)", "Kerry Lomas", "Kids' Club staff", "new for 2024-25"],
            ["Sunita Kaur (SBM)", "Joanne Whitlock", "Nursery team", "new for 2024-25"],
            ["Sunita Kaur (SBM)", "Ray Bassett", "Site / gritting", "site line 01632 960219"],
            ["Mark Fenwick", "Amy Carver", "Infant teachers", ""],
            ["", "", "", ""],
            ["Report back to the SBM by 7.15am. School office line 01632 960214.", "", "", ""]]
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(xlsx([("Phone tree", tree)], when=(2024, 9, 9, 16, 0, 0)),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "Emergency phone tree 2024-25.xlsx")], "outlook")
    rc = [staff("slt")]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("SLT", staff("slt")), "Updated emergency phone tree 2024-25",
          mdate(2024, 9, 9, 16, 12, 0), mid("outlook", 222))
    raw = message(h, mp)
    emit("negative", 22, "staff-contact-tree", raw, staff("s.kaur"), rc, staff("s.kaur"), "attach-xlsx", "staff-contact-tree",
         "Business manager circulates the SLT emergency-closure phone tree spreadsheet")

    # ---- 23 secondary transition, inbound base64
    body = """Dear Mr Ridley,

Please could you forward the information below to your Year 6 families who will be joining Ashcombe Academy in September? Thank you so much for all your help with transition this year.

YEAR 7 WELCOME EVENING
Thursday 3 July, 6.00\u20137.30pm in the main hall. Students will meet their form tutor and parents can order uniform on the night.

INDUCTION DAYS
Tuesday 8 and Wednesday 9 July. Students should wear their primary school uniform and bring a packed lunch on the first day.

SUMMER SCHOOL
Monday 28 \u2013 Wednesday 30 July, 9am\u20132pm. Free, with lunch provided. Places can be booked via the form on our website.

If any family has questions they are very welcome to contact me directly.

Kind regards,

Ms D. Achterberg
Head of Year 7
Ashcombe Academy
"""
    h = H(A("Diane Achterberg", "d.achterberg@ashcombe-academy.example"), A("Tom Ridley", staff("t.ridley")),
          "Year 7 transition dates - please forward to Y6 families", mdate(2025, 6, 2, 13, 26, 45),
          mid("outlook", 223, "ashcombe-academy.example"))
    raw = message(h, text_part(body, charset="utf-8", cte="base64"))
    emit("negative", 23, "secondary-transition", raw, "d.achterberg@ashcombe-academy.example", [staff("t.ridley")], None,
         "base64", "secondary-transition", "Secondary school asks Y6 teacher to forward Year 7 transition dates to families")

    # ---- 24 kindness chain display, flowed
    body = """Dear Year 2 families,

I wanted to share a lovely update from Friendship Week. Each time a child in Year 2 noticed someone being kind \u2013 holding a door, helping with a zip, inviting someone into a game \u2013 they wrote it on a strip of paper and added a link to our Kindness Chain.

The chain now stretches all the way along the back wall of the hall: 412 links! Some of my favourites: \u201cAyo helped me find my glove\u201d, \u201cMrs Doherty let me ring the bell\u201d and \u201cmy sister shared her crayons without being asked\u201d.

Do come and have a look at Friday\u2019s celebration assembly (9.10am). If your child tells you about a kind thing at home, they\u2019re welcome to bring it in on a slip of paper and add it to the chain.

With thanks,
Mlle Dubois (Miss Dubois!)
Year 2 \u2013 Willow Class
"""
    rc = ["year2-parents@mailer.school-comms.example"]
    h = H(A("Chlo\u00e9 Dubois", staff("c.dubois")), A("Year 2 Parents", rc[0]), "Our Kindness Chain - 412 links!",
          mdate(2024, 11, 20, 16, 5, 0), mid("apple", 224))
    raw = message(h, text_part(flowed(body), charset="utf-8", cte="quoted-printable", flow=True))
    emit("negative", 24, "kindness-chain-display", raw, staff("c.dubois"), rc, staff("c.dubois"), "flowed",
         "kindness-chain-display", "Year 2 teacher shares the class paper 'Kindness Chain' display from Friendship Week")

    # ---- 25 coach booking confirmation with pdf, inbound
    body = """Dear Sunita,

Thank you for your booking. Please find your confirmation attached.

Booking ref: VC-24817
Date: Thursday 22 May 2025
Pick-up: Fernhill Junior School, Fernhill Road, 09:00
Destination: Cotswold Wildlife Park
Return pick-up: 14:45, back at school approx. 16:00
Vehicles: 2 x 57-seat coaches with seatbelts

Please forward this confirmation to the group leader travelling on the day, and ask them to give the driver a head count before departure. Our on-the-day number is 07700 900342.

Kind regards,
Vale Coaches Bookings
"""
    lines = ["VALE COACHES LTD - BOOKING CONFIRMATION", "", "Booking ref:   VC-24817",
             "Customer:      Fernhill Federation (Junior School)", "Contact:       Sunita Kaur, School Business Manager", "",
             "Date:          Thursday 22 May 2025", "Outward:       09:00 Fernhill Road  ->  Cotswold Wildlife Park",
             "Return:        14:45 Cotswold Wildlife Park  ->  Fernhill Road", "Vehicles:      2 x 57 seat (belted)", "",
             "Price:         GBP 1,180.00 inc VAT", "Deposit paid:  GBP 250.00", "Balance due:   GBP 930.00 by 8 May 2025", "",
             "Please forward this confirmation to the group leader.",
             "Seatbelts must be worn at all times. Drivers carry a first aid kit.", "",
             "Vale Coaches Ltd, Unit 4 Mill Lane Industrial Estate"]
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(pdf(lines, "Booking VC-24817"), "application/pdf", "VC-24817 confirmation.pdf")], "outlook")
    h = H(A("Vale Coaches Bookings", "bookings@vale-coaches.example"), A("Sunita Kaur", staff("s.kaur")),
          "Booking confirmation VC-24817", mdate(2025, 3, 18, 10, 44, 19), mid("other", 225, "vale-coaches.example"))
    raw = message(h, mp)
    emit("negative", 25, "coach-booking", raw, "bookings@vale-coaches.example", [staff("s.kaur")], None, "attach-pdf",
         "coach-booking", "Coach company booking confirmation asking that it be forwarded to the trip leader")

    # ---- 26 photographer ordering info, inline forward by office
    body = """Dear Parents and Carers,

Please see below from Lens & Light, who took our individual and sibling photos last week. Proof cards are coming home in book bags today.

Kind regards,
Office

---------- Forwarded message ---------
From: Lens & Light School Photography <orders@lensandlight-photography.example>
Date: Tue, 8 Oct 2024 at 14:02
Subject: Fernhill proofs - ordering information
To: Fernhill Office <office@school.example>


Hello Fernhill!

Thank you for having us. Each child's proof card has a unique online code. Parents can order at lensandlight-photography.example/orders using that code.

You're welcome to share your code with grandparents or other family members so they can order their own prints - they'll need the code and your child's first name.

Orders placed by Sunday 20 October are delivered to school free of charge. After that, orders can be posted home for a small fee.

Any problems, just reply to this email.

The Lens & Light team
"""
    rc = ["parents-all@mailer.school-comms.example"]
    h = H(A("Fernhill Office", staff("office")), A("All Parents", rc[0]), "Fwd: Fernhill proofs - ordering information",
          mdate(2024, 10, 9, 9, 20, 0), mid("gmail", 226, "school.example"))
    raw = message(h, text_part(body, charset="us-ascii", cte="7bit"))
    emit("negative", 26, "photo-ordering", raw, staff("office"), rc, staff("office"), "inline-forward", "photo-ordering",
         "Office forwards the school photographer's ordering info, which says codes can be shared with grandparents")

    # ---- 27 LA early years bulletin forwarded as attachment
    inner_body = """EARLY YEARS BULLETIN - SPRING 2025
Westshire Council Early Years and Childcare Team

Please cascade this bulletin to all practitioners in your setting.

1. Funding deadlines
Headcount returns for the spring term must be submitted on the provider portal by Friday 24 January. Late returns will be paid in the following payment run.

2. Training
- Supporting communication in the under-threes: Tues 4 Feb, 6.30-8pm (online)
- Paediatric first aid refresher: Sat 8 March, Ashcombe Library
- Designated Safeguarding Lead update for early years: Weds 19 March
Book via the Westshire training portal.

3. EYFS changes
A reminder of the changes to the EYFS statutory framework from September 2025. A briefing pack is on the portal.

4. Two-year-old funding
Please continue to signpost eligible families to the council's online checker.

Early Years and Childcare Team
earlyyears@westshire.gov.example
"""
    inner = message(H(A("Westshire Early Years", "earlyyears@westshire.gov.example"), "undisclosed-recipients:;",
                      "Early Years Bulletin - Spring 2025", mdate(2025, 1, 10, 12, 0, 0),
                      mid("outlook", 2270, "westshire.gov.example")),
                    text_part(inner_body, charset="us-ascii", cte="7bit"))
    outer = """Hi team,

Here's the LA bulletin - please have a read before Tuesday's staff meeting, especially the training dates. Let me know which ones you'd like to go on and I'll book them.

Jo
"""
    mp = multipart("mixed", [text_part(outer, charset="us-ascii", cte="7bit"),
                             rfc822_part(inner, "Early Years Bulletin - Spring 2025.eml")], "outlook")
    rc = [staff("nurseryteam")]
    h = H(A("Joanne Whitlock", staff("j.whitlock")), A("Nursery Team", staff("nurseryteam")),
          "FW: Early Years Bulletin - Spring 2025", mdate(2025, 1, 13, 13, 10, 0), mid("outlook", 227))
    raw = message(h, mp)
    emit("negative", 27, "la-bulletin", raw, staff("j.whitlock"), rc, staff("j.whitlock"), "rfc822-forward", "la-bulletin",
         "Nursery manager forwards the LA early-years bulletin (which asks settings to cascade it) to her team")

    # ---- 28 employer match funding claim, csv
    body = """Dear Community Fund team,

Please find attached our match funding claim for the Fernhill Summer Fair on Saturday 5 July. Our volunteer Mrs Ellie Harper, who works in your Ashcombe branch, helped run the tombola and the cake stall, so we understand the PTA is eligible for match funding of up to \u00a3500.

The attached sheet shows the takings per stall and the total banked. Our treasurer has signed the paper copy of your form, which I've posted today.

Many thanks for supporting our school community.

Lisa Grainger
Chair, Friends of Fernhill PTA (registered charity)
"""
    csvdata = ("Stall,Volunteer lead,Takings (GBP)\r\n"
               "Tombola,E Harper,312.40\r\n"
               "Cakes,E Harper,268.75\r\n"
               "Bottle stall,L Grainger,187.00\r\n"
               "Face painting,PTA,96.50\r\n"
               "Raffle,PTA,381.85\r\n"
               "TOTAL,,1246.50\r\n")
    mp = multipart("mixed", [text_part(body, charset="utf-8", cte="quoted-printable"),
                             attach(csvdata.encode("ascii"), "text/csv", "Summer Fair takings 2025.csv")], "gmail")
    rc = ["communityfund@harcourt-bs.example"]
    h = H(A("Fernhill PTA", staff("pta")), A("Community Fund", rc[0]), "Match funding claim - Fernhill Summer Fair",
          mdate(2025, 7, 10, 20, 14, 0), mid("gmail", 228, "school.example"))
    raw = message(h, mp)
    emit("negative", 28, "match-funding", raw, staff("pta"), rc, staff("pta"), "attach-csv", "match-funding",
         "PTA chair submits a genuine employer match-funding claim with a CSV of fair stall takings")

    # ---- 29 chain reaction science week, cp1252 qp
    body = """Hi everyone,

British Science Week \u2013 \u201cChain Reaction\u201d challenge!

This year each junior class will build one section of a giant chain reaction machine along the hall \u2013 dominoes, marble runs, ramps, pulleys, whatever you like. Each section has to be set off by the one before it and must set off the next class\u2019s section, ending with Year 6 ringing the bell.

\u2022 Build time: Monday\u2013Wednesday afternoons in classrooms
\u2022 Assembly in the hall: Thursday 13 March, 2.30pm (we\u2019ll film it!)
\u2022 Kit: dominoes and K\u2019nex from the science cupboard; please ask families for toilet roll tubes and shoe boxes

Hand-over points between classes are marked on the plan in the staffroom. Please measure carefully \u2013 last time 4N\u2019s marble missed 5P\u2019s bucket by 2cm\u2026

Priya
Science lead
"""
    h = H(A("Priya Natarajan", staff("p.natarajan")), A("Junior Staff", staff("juniorstaff")),
          "Science Week - Chain Reaction challenge", mdate(2025, 2, 28, 15, 55, 0), mid("outlook", 229))
    raw = message(h, text_part(body, charset="windows-1252", cte="quoted-printable"))
    emit("negative", 29, "science-week", raw, staff("p.natarajan"), [staff("juniorstaff")], staff("p.natarajan"), "cp1252",
         "science-week", "Science lead plans a whole-school domino 'chain reaction' challenge for Science Week")

    # ---- 30 IT briefing note about hoax messages, txt attachment internal
    body = """Hi Helen,

Following the "copy and paste" privacy message that went round the junior staff list on Wednesday, I've put together a short note you could use at Monday's briefing or add to the staff bulletin.

I've deliberately not quoted the message itself so it doesn't get copied round again. I've removed the copies from mailboxes.

Neil
"""
    note = """STAFF BRIEFING NOTE - "COPY AND PASTE" AND CHAIN MESSAGES
Neil Okafor, IT - March 2025

What happened
A message claiming that new privacy rules start "tomorrow" was circulated
on the staff list. It is a long-running hoax. Pasting a statement into an
email or post has no legal effect on how any company uses your data.

Why it matters
- Our Acceptable Use Policy asks staff not to send chain letters or junk
  mail on the school system.
- Hoax messages train people to act on urgency, which is what real
  phishing relies on.
- Staff accounts are used to email parents; anything sent from them
  reflects on the school.

What to do
- If you receive something that asks you to pass it on, don't. Delete it.
- If you're not sure whether it is genuine, forward it to it@school.example
  and I'll check it for you. That is the only place to forward it.
- Real changes to our systems or to data protection will come from me,
  Sunita or Helen, never from a chain message.
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(note.replace("\n", "\r\n").encode("ascii"), "text/plain", "Briefing note - chain messages.txt")],
                   "outlook")
    h = H(A("Neil Okafor", staff("n.okafor")), A("Helen Marchant", staff("h.marchant")),
          "Briefing note re the 'privacy' message", mdate(2025, 3, 14, 11, 2, 0), mid("outlook", 230))
    raw = message(h, mp)
    emit("negative", 30, "it-hoax-explainer", raw, staff("n.okafor"), [staff("h.marchant")], staff("n.okafor"),
         "attach-txt", "it-hoax-explainer", "IT technician sends the head a briefing note explaining why a staff chain message was a hoax")


if __name__ == "__main__":
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            if f.startswith(W + "-") and f.endswith(".eml"):
                os.remove(os.path.join(HERE, d, f))
    cl_positive()
    cl_negative()
    finish("chain-letter")
