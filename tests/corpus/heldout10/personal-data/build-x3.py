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
# personal-data policy
# =====================================================================
S = "school.example"
P = "students.school.example"

SIG_OFFICE = ("Tracey Holloway\nOffice Manager\nFernhill Federation - Infant & Junior Schools\n"
              "Fernhill Road, Ashcombe Green\nTel: 01632 960214")

def staff(n):
    return n + "@" + S

def pupil(n):
    return n + "@" + P

GIRLS = ["Amelia", "Isla", "Ava", "Freya", "Lily", "Evie", "Maisie", "Poppy", "Sienna", "Zara", "Aisha", "Hannah",
         "Ruby", "Esme", "Layla", "Maja", "Chloe", "Harriet", "Imani", "Orla", "Nia", "Matilda", "Priya", "Lacey-Mae",
         "Grace", "Willow", "Fatima", "Oliwia", "Rosie", "Thea"]
BOYS = ["Oliver", "Noah", "Leo", "Harry", "Alfie", "Jacob", "Kian", "Archie", "Theo", "Mohammed", "Reuben", "Kacper",
        "Ethan", "Finley", "Jayden", "Oscar", "Arlo", "Ibrahim", "Tyler", "Harvey", "Rory", "Yusuf", "Caleb", "Dylan",
        "Louis", "Ollie", "Zain", "Tomasz", "Elliot", "Joshua"]
SURNAMES = ["Pemberton", "Clarke", "Okafor", "Nowak", "Hussain", "Fletcher", "Baines", "Sutcliffe", "Rahman", "Doherty",
            "McAllister", "Green", "Adeyemi", "Whitfield", "Kowalski", "Tanner", "Brooks", "Lowry", "Chaudhry", "Hughes",
            "Osei", "Bennett", "Farrow", "Mistry", "Quinn", "Harding", "Kaur", "Ellison", "Marsh", "Jarvis", "Oduya",
            "Patel", "Reid", "Szymanski", "Haddad", "Moreno", "Blake", "Cartwright", "Dunmore", "Vickers"]
ADULT_F = ["Sarah", "Gemma", "Laura", "Nadia", "Kirsty", "Joanna", "Samira", "Claire", "Agnieszka", "Rebecca", "Leanne",
           "Funmi", "Hayley", "Danielle", "Shabana", "Vicky"]
ADULT_M = ["Daniel", "Craig", "Imran", "Mark", "Piotr", "Lee", "Ade", "Stuart", "Jamie", "Rizwan", "Gavin", "Tom"]
STREETS = ["Larch Close", "Mill Lane", "Beechwood Avenue", "Hawthorn Drive", "Kingfisher Way", "Orchard Rise",
           "St Mary's Walk", "Coppice Gardens", "Wren Court", "Meadow Bank", "Station Road", "Cedar Grove",
           "Priory Mews", "Fernhill Road", "Sandpiper Crescent", "Abbots Way", "Chalk Hill", "The Paddocks"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"

def postcode(rng):
    return "RG%d %d%s%s" % (rng.choice([40, 40, 40, 41]), rng.randint(1, 9), rng.choice(INWARD), rng.choice(INWARD))

def address(rng):
    return "%d %s, Ashcombe Green" % (rng.randint(1, 96), rng.choice(STREETS)), postcode(rng)

def dob_for_year(rng, yg):
    """yg: -2 two-year-olds, -1 nursery, 0 Reception ... 6 Year 6 (school year 2024-25)."""
    if yg == -2:  # two-year-olds due their progress check at 24-36 months
        start = datetime.date(2022, 3, 1)
        return start + datetime.timedelta(days=rng.randint(0, 300))
    start = datetime.date(2019 - yg, 9, 1)
    days = (datetime.date(2020 - yg, 8, 31) - start).days
    return start + datetime.timedelta(days=rng.randint(0, days))

def adult_dob(rng, lo=1975, hi=1998):
    start = datetime.date(lo, 1, 1)
    return start + datetime.timedelta(days=rng.randint(0, (datetime.date(hi, 12, 31) - start).days))

def dfmt(d, style="uk"):
    if style == "uk":
        return d.strftime("%d/%m/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%d %s %d" % (d.day, d.strftime("%B"), d.year)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    return d.strftime("%d-%b-%Y")

def mobile(rng):
    return "07700 900%03d" % rng.randint(0, 999)

_serials = {}

def child(rng, yg, sex=None, own_school=True):
    sex = sex or rng.choice("MF")
    first = rng.choice(GIRLS if sex == "F" else BOYS)
    last = rng.choice(SURNAMES)
    dob = dob_for_year(rng, yg)
    started = 2019 - yg + 4 if yg >= 0 else 2024
    if own_school and rng.random() < 0.85:
        la, est = 872, (2417 if yg <= 2 or rng.random() < 0.8 else 3361)
        if yg <= -1:
            la, est = 872, 2417
    else:
        la, est = rng.choice([(871, 2153), (874, 2046), (869, 2210), (850, 3027), (919, 2284)])
    key = (la, est, started % 100)
    _serials[key] = _serials.get(key, rng.randint(1, 40)) + rng.randint(1, 7)
    upn = make_upn(la, est, started % 100, _serials[key])
    addr, pc = address(rng)
    return {"first": first, "last": last, "sex": sex, "dob": dob, "upn": upn, "nhs": make_nhs(rng),
            "addr": addr, "pc": pc, "yg": yg}

def yname(yg):
    return {-2: "2s room", -1: "Nursery", 0: "Reception"}.get(yg, "Year %d" % yg)


def pd_positive():
    # ---- 1 in-year admissions list to LA admissions, CSV
    rng = random.Random(3001)
    rows = ["Surname,Forename,DOB,Gender,Address,Postcode,Year applied for,Previous school,Parent/carer,Contact number,Sibling at Fernhill"]
    notes = ["Moved from Reading - house purchase completed 12/10", "Family relocated for work", "Currently at Ashcombe Park, wants transfer - bullying concerns",
             "Arrived from Poland Oct 2024, EAL", "Living with grandparents (informal kinship)", "Service family - posted to Westshire",
             "Refuge address - do NOT share", "Moved within town"]
    prev = ["Caversham Primary", "Hillside Infants (Bracknell)", "Ashcombe Park Primary", "Szkola Podstawowa nr 4, Lodz",
            "St Edmund's Primary", "Larkhill Primary", "not given", "Ashcombe Park Primary"]
    for i in range(8):
        c = child(rng, rng.choice([1, 2, 3, 4, 5]), own_school=False)
        parent = "%s %s" % (rng.choice(ADULT_F + ADULT_M), c["last"])
        rows.append('%s,%s,%s,%s,"%s",%s,%s,%s,%s,%s,%s' % (c["last"], c["first"], dfmt(c["dob"]), c["sex"], c["addr"], c["pc"],
                                                         yname(c["yg"]), prev[i], parent, mobile(rng), rng.choice(["Y", "N", "N"])))
    rows_notes = rows[:1] + [r + "," + '"%s"' % notes[i] for i, r in enumerate(rows[1:])]
    rows_notes[0] += ",Notes"
    csvdata = "\r\n".join(rows_notes) + "\r\n"
    body = """Hi Gemma,

As discussed on the phone, here are the in-year applications that families have handed straight to us this half term rather than going through the council form. I've put everything we were given into the spreadsheet so you've got it in one place - please can you log them and let us know which year groups you can offer in?

Note row 7 - mum has asked that the address isn't shared with dad, please flag on your system.

Thanks,
Tracey

""" + SIG_OFFICE
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(csvdata.encode("utf-8"), "text/csv", "In-year applications Autumn 2 2024.csv")], "outlook")
    rc = ["admissions@westshire.gov.example"]
    h = H(A("Tracey Holloway", staff("t.holloway")), A("Westshire School Admissions", rc[0]),
          "In-year applications received direct - Fernhill", mdate(2024, 11, 19, 14, 22, 51), mid("outlook", 301))
    emit("positive", 1, "admissions-list", message(h, mp), staff("t.holloway"), rc, staff("t.holloway"), "attach-csv",
         "admissions-list", "Office manager emails LA admissions a CSV of in-year applicants with DOBs, addresses, phones and a refuge note")

    # ---- 2 SALT referral in body, plain 7bit
    rng = random.Random(3002)
    c = child(rng, 0, "M")
    mum, dad = "Sarah " + c["last"], "Daniel " + c["last"]
    body = """Dear Claire,

Thank you for agreeing to see one of our Reception children privately - the
family are happy to fund an initial assessment while they wait for the NHS
list. Mum has asked me to send you what we know so you don't have to start
from scratch. Details below.

Child: %(first)s %(LAST)s
DOB: %(dob)s
NHS number: %(nhs)s
Address: %(addr)s, %(pc)s
Parents: %(mum)s (mum, %(m1)s) and %(dad)s (dad, %(m2)s)
GP: Ashcombe Green Medical Centre
School: Fernhill Infant School, Reception (Rowan Class)

Background
- Glue ear from age 2; grommets fitted in March 2023. Last hearing test
  (audiology, Sept 2024) was within normal limits.
- Late to talk - first words around 2y 3m according to mum.
- No other diagnoses. Some family history: dad had speech therapy as a
  child. Older sister is in Year 3 with us and has no needs.

What we see in school
- Speech is hard to understand for adults who don't know him, probably
  50-60%% intelligible in class. Fronting (t for k, d for g) and cluster
  reduction.
- Mostly 2-3 word phrases. He gets frustrated and has hit out twice when
  not understood (both logged, no injury).
- Attention is good for adult-led activities. Plays alongside rather than
  with peers.
- On our SEN register at SEN Support since October. He has daily
  small-group Language Link sessions with our TA.

I've attached nothing else for now but can send his EYFS profile notes and
his SEN support plan if useful - let me know. Mum would prefer
appointments on Tuesday or Thursday afternoons.

Kind regards,

Rachel Adeyemi
SENCo, Fernhill Federation
01632 960214 ext 203
""" % {"first": c["first"], "LAST": c["last"].upper(), "dob": dfmt(c["dob"]), "nhs": fmt_nhs(c["nhs"]),
       "addr": c["addr"], "pc": c["pc"], "mum": mum, "dad": dad, "m1": mobile(rng), "m2": mobile(rng)}
    rc = ["claire@brightwords-slt.example"]
    h = H(A("Rachel Adeyemi", staff("r.adeyemi")), A("Claire Ashdown", rc[0]),
          "Referral - %s %s (Reception)" % (c["first"], c["last"]), mdate(2024, 11, 26, 16, 48, 3), mid("outlook", 302),
          cc=None)
    emit("positive", 2, "slt-referral", message(h, text_part(body, charset="us-ascii", cte="7bit")), staff("r.adeyemi"), rc,
         staff("r.adeyemi"), "plain-7bit", "slt-referral",
         "SENCo sends a private speech therapist a referral with child's DOB, NHS number, address, parents' mobiles and needs")

    # ---- 3 EHCP annual review docx to LA SEN team
    rng = random.Random(3003)
    c = child(rng, 4, "M")
    doc = docx([("h", "EHCP Annual Review - Pupil Information and School Report"),
                ("table", [["Name", "%s %s" % (c["first"], c["last"])], ["Date of birth", dfmt(c["dob"], "long")],
                           ["UPN", c["upn"]], ["NHS number", fmt_nhs(c["nhs"])], ["Year group", "Year 4 (4N)"],
                           ["Home address", "%s, %s" % (c["addr"], c["pc"])],
                           ["Parents", "Nadia %s and Imran %s (separated - both have PR)" % (c["last"], c["last"])],
                           ["Date of review meeting", "Thursday 6 February 2025"]]),
                ("b", "Section B - Special educational needs"),
                ("p", "Diagnosed with autism spectrum condition (Westshire Neurodevelopmental Service, July 2022) and ADHD combined type (CAMHS, May 2024). Currently prescribed methylphenidate 18mg each morning, given at home."),
                ("p", "Significant sensory processing differences, especially noise. Uses ear defenders in the hall and at lunch. Toileting accidents when anxious (approx. once per fortnight)."),
                ("b", "Progress since last review"),
                ("p", "Reading age 6y 11m (chronological age 8y 9m). Maths working at Year 2 expectations. Has made friends with two boys in class and now joins in football at lunchtimes with adult support."),
                ("b", "Social, emotional and mental health"),
                ("p", "Three incidents of absconding from class this year (all within the school building). Mum reports he is struggling with contact arrangements with dad since the separation in September and is sleeping badly. Referred to school nurse for sleep support."),
                ("b", "Views of the child"),
                ("p", "\"I like Lego club and Mr Pryce. I don't like the hand dryers. I want to be a zookeeper.\""),
                ("b", "Recommended changes to the plan"),
                ("p", "Increase 1:1 TA support from 20 to 25 hours; add OT assessment; add a transition plan for the move to Year 5.")],
               author="Rachel Adeyemi", title="EHCP annual review", when=(2025, 2, 7, 15, 30, 0))
    body = """Dear Sophie,

Please find attached the school's annual review report for %s %s (Year 4), following Thursday's meeting. Both parents attended and have seen the report. The signed attendance sheet and parent views form will follow in the post.

We are asking for an increase in TA hours - the reasons are in the final section. Happy to talk it through.

Kind regards,

Rachel Adeyemi
SENCo
""" % (c["first"], c["last"])
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    "AR report %s %s Feb 2025.docx" % (c["first"], c["last"]))], "outlook")
    rc = ["sen.casework@westshire.gov.example"]
    h = H(A("Rachel Adeyemi", staff("r.adeyemi")), A("SEN Casework Team", rc[0]),
          "Annual review paperwork - %s %s" % (c["first"], c["last"]), mdate(2025, 2, 7, 15, 41, 20), mid("outlook", 303),
          cc=A("Helen Marchant", staff("h.marchant")))
    emit("positive", 3, "ehcp-review", message(h, mp), staff("r.adeyemi"), rc + [staff("h.marchant")], staff("r.adeyemi"),
         "attach-docx", "ehcp-review", "SENCo sends the LA an EHCP annual review report (UPN, NHS no., diagnoses, medication, family) as docx")

    # ---- 4 DSL chronology to social worker, hard wrapped
    rng = random.Random(3004)
    c = child(rng, 3, "F")
    c["first"] = "Lacey-Mae"
    text = """Hi Jade,

As requested for Friday's strategy meeting, here is our chronology for Lacey-Mae. I've pulled it from CPOMS this afternoon.

Name: Lacey-Mae %(LAST)s
DOB: %(dob)s
UPN: %(upn)s
Address: %(addr)s, %(pc)s (mum's address - Lacey-Mae has been staying at nan's, 7 Chalk Hill, since the weekend)
Mum: Kerrie %(last)s, %(m1)s
Mum's partner: Shane Dwyer (not the father, not on our records as having PR)

Chronology (school year 2024-25)
- 11/09/2024 - Attendance 81%% last year. Came in without lunch 4 days out of 5 in the first fortnight.
- 02/10/2024 - Bruise to left upper arm, approx 3cm, noticed by TA during PE. Lacey-Mae said she "fell off the trampoline". Body map completed. Mum not contacted (decision by DSL, shared with MASH same day).
- 15/10/2024 - Disclosed to class teacher that "Shane shouts and throws things at mummy when he's had his cans". Referral made to MASH, ref noted on CPOMS.
- 06/11/2024 - Operation Encompass notification from police: domestic incident at home address 05/11, children present.
- 21/11/2024 - Mum attended meeting with DSL. Presented as tearful, said Shane has moved out. Agreed Early Help assessment.
- 13/01/2025 - Lacey-Mae said Shane is "back living with us again". Soiled herself in class, very withdrawn.
- 27/01/2025 - Fingertip-pattern bruising to both wrists seen at breakfast club. Photographs NOT taken. Body map completed. Reported to MASH and police at 9.20am.

Current presentation: tired, hungry at breakfast club, seeking adult attention. She has been offered daily check-ins with our learning mentor.

I can attend Friday in person. Please let me know if you need anything else.

Mark

Mark Fenwick
Deputy Head and Designated Safeguarding Lead
""" % {"LAST": c["last"].upper(), "last": c["last"], "dob": dfmt(c["dob"]), "upn": c["upn"], "addr": c["addr"],
       "pc": c["pc"], "m1": mobile(rng)}
    rc = ["jade.ormerod@westshire.gov.example"]
    h = H(A("Mark Fenwick", staff("m.fenwick")), A("Jade Ormerod", rc[0]),
          "Chronology for strategy meeting Fri", mdate(2025, 1, 29, 17, 12, 40), mid("outlook", 304),
          extra=["Sensitivity: Private"])
    emit("positive", 4, "safeguarding-chronology", message(h, text_part(hardwrap(text, 74), charset="us-ascii", cte="7bit")),
         staff("m.fenwick"), rc, staff("m.fenwick"), "hard-wrapped", "safeguarding-chronology",
         "DSL emails a social worker a safeguarding chronology (name, DOB, UPN, address, injuries, disclosures) unencrypted")

    # ---- 5 payroll new starter with NINO + bank, qp
    rng = random.Random(3005)
    sort, acct = make_bank(rng)
    nino = make_nino(rng)
    dob = adult_dob(rng, 1988, 1996)
    addr, pc = address(rng)
    body = """Hi Marcus,

New starter for Fernhill Junior from 6 January 2025 \u2013 please set up for the January payroll.

Name: Miss Hollie Jane Cartwright
Address: %s, %s
Date of birth: %s
NI number: %s
Post: Teaching Assistant (Level 2), 27.5 hrs/wk term time only
Grade: Westshire Grade 4, SCP 5
Start date: 06/01/2025
Pension: LGPS \u2013 opted in
Student loan: Plan 2
P45: not received yet \u2013 starter checklist box B ticked, emergency tax code until P45 arrives

Bank details for salary:
Account name: H J Cartwright
Sort code: %s
Account number: %s

DBS and right-to-work checks are complete and on the SCR.

Thanks,
Sunita

Sunita Kaur
School Business Manager \u2013 Fernhill Federation
""" % (addr, pc, dfmt(dob), fmt_nino(nino), sort, acct)
    rc = ["payroll@payroll-partners.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Payroll Partners - Schools Team", rc[0]),
          "New starter - H Cartwright - Fernhill Junior", mdate(2024, 12, 12, 11, 4, 37), mid("outlook", 305))
    emit("positive", 5, "payroll-new-starter", message(h, text_part(body, charset="utf-8", cte="quoted-printable")),
         staff("s.kaur"), rc, staff("s.kaur"), "qp", "payroll-new-starter",
         "Business manager emails the payroll bureau a new starter's DOB, NI number, address and bank sort code/account")

    # ---- 6 card details to payments provider from phone
    rng = random.Random(3006)
    card = make_card(rng, "4659")
    body = """Hi, sorry to email from my phone - the portal won't let me do this one.

Parent Mrs Anita Novak needs her refund for Feb half term holiday club (\u00a346.80, 2 days cancelled for Kacper) put on a new card as her old one was cancelled after fraud.

New card: %s %s %s %s
Expiry 09/27
Name on card: MRS A NOVAK

Can you process today please? She's been waiting 3 weeks.

Thanks
Kerry Lomas
Fernhill Kids' Club

Sent from my Galaxy""" % (card[:4], card[4:8], card[8:12], card[12:])
    rc = ["support@clubpay.example"]
    h = H(A("Kerry Lomas", staff("k.lomas")), rc[0], "Refund to new card - Novak", mdate(2025, 3, 10, 7, 49, 2),
          mid("other", 306, "school.example"))
    emit("positive", 6, "card-details", message(h, text_part(body, charset="utf-8", cte="quoted-printable")),
         staff("k.lomas"), rc, staff("k.lomas"), "mobile", "card-details",
         "Club manager emails a parent's full card number and expiry to the payments provider from her phone")

    # ---- 7 nursery funding headcount xlsx to LA
    rng = random.Random(3007)
    rows = [["Fernhill Nursery - Spring 2025 headcount (URN 143377)", "", "", "", "", "", "", "", ""],
            ["Child surname", "Child forename", "DOB", "Postcode", "Funding type", "Hours pw", "30hr eligibility code",
             "Parent/carer name", "Parent NI number"]]
    for i in range(10):
        c = child(rng, -1)
        three = rng.random() < 0.6
        code = "50" + "".join(str(rng.randint(0, 9)) for _ in range(9)) if three else ""
        pname = "%s %s" % (rng.choice(ADULT_F + ADULT_M), c["last"])
        rows.append([c["last"], c["first"], dfmt(c["dob"]), c["pc"], "Extended (working parent)" if three else "Universal",
                     30 if three else 15, code, pname, fmt_nino(make_nino(rng), spaced=False) if three else ""])
    body = """Dear Funding Team,

Please find attached Fernhill Nursery's spring term headcount. We weren't able to log in to the provider portal this morning (password reset link not arriving) so I'm emailing it to meet Friday's deadline as Paul suggested.

All 30-hour codes were checked on the eligibility checker on 13 January.

Kind regards,

Joanne Whitlock
Nursery Manager
Fernhill Nursery (part of Fernhill Infant School)
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(xlsx([("Headcount", rows)], when=(2025, 1, 15, 10, 0, 0)),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "Fernhill Nursery headcount Spring 2025.xlsx")], "outlook")
    rc = ["eyfunding@westshire.gov.example"]
    h = H(A("Joanne Whitlock", staff("j.whitlock")), A("Early Years Funding", rc[0]),
          "Spring 2025 headcount - Fernhill Nursery", mdate(2025, 1, 15, 10, 26, 9), mid("outlook", 307))
    emit("positive", 7, "funding-headcount", message(h, mp), staff("j.whitlock"), rc, staff("j.whitlock"), "attach-xlsx",
         "funding-headcount", "Nursery manager emails the LA a headcount spreadsheet with child DOBs, 30-hour codes and parents' NI numbers")

    # ---- 8 NCMP lists zipped (no password) to school nursing
    rng = random.Random(3008)
    def ncmp(yg, n):
        out = ["Surname,Forename,Sex,DOB,NHS Number,Address,Postcode,Class"]
        cls = {0: ["Rowan", "Maple"], 6: ["6R", "6T"]}[yg]
        for _ in range(n):
            c = child(rng, yg)
            out.append('%s,%s,%s,%s,%s,"%s",%s,%s' % (c["last"], c["first"], c["sex"], dfmt(c["dob"], "iso"), c["nhs"],
                                                    c["addr"], c["pc"], rng.choice(cls)))
        return ("\r\n".join(out) + "\r\n").encode("utf-8")
    z = plainzip([("NCMP_Reception_2024-25.csv", ncmp(0, 14)), ("NCMP_Year6_2024-25.csv", ncmp(6, 12))],
                 when=(2025, 2, 4, 9, 30, 0))
    body = """Hi Becky,

Here are our class lists for the height and weight programme on 25 February (Reception at the infant site in the morning, Year 6 at the junior site after lunch). I've zipped them as the file was too big for your inbox last year.

Opt-outs received so far are already removed. Three families have still to return slips - I'll let you know on the day.

Many thanks,
Bev Pritchard
Admin Officer, Fernhill Federation
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(z, "application/zip", "Fernhill NCMP lists.zip")], "outlook")
    rc = ["schoolnursing.west@westshire-hct.nhs.example"]
    h = H(A("Bev Pritchard", staff("b.pritchard")), A("School Nursing Team (West)", rc[0]),
          "NCMP class lists - Fernhill 25 Feb", mdate(2025, 2, 4, 9, 48, 30), mid("outlook", 308))
    emit("positive", 8, "ncmp-class-lists", message(h, mp), staff("b.pritchard"), rc, staff("b.pritchard"), "zip",
         "ncmp-class-lists", "Admin officer sends the school nursing team an unencrypted zip of class lists with DOBs, NHS numbers and addresses")

    # ---- 9 full MIS export to photographer, CSV
    rng = random.Random(3009)
    out = ["UPN,Legal Surname,Legal Forename,Preferred Name,DOB,Gender,Reg Group,Address Line 1,Postcode,Primary Contact,Contact Mobile,Medical Flag,SEN Status,Photo Consent"]
    med = ["", "", "", "Asthma", "Nut allergy - EpiPen", "", "Eczema", "Type 1 diabetes", ""]
    for _ in range(16):
        c = child(rng, rng.choice([1, 2]))
        out.append('%s,%s,%s,%s,%s,%s,%s,"%s",%s,%s %s,%s,%s,%s,%s' % (
            c["upn"], c["last"], c["first"], c["first"], dfmt(c["dob"]), c["sex"], "1H" if c["yg"] == 1 else "2W",
            c["addr"], c["pc"], rng.choice(ADULT_F + ADULT_M), c["last"], mobile(rng), rng.choice(med),
            rng.choice(["N", "N", "N", "K", "E"]), rng.choice(["Y", "Y", "Y", "Y", "N"])))
    csvdata = ("\r\n".join(out) + "\r\n").encode("utf-8")
    body = """Hi Dan,

Class lists for Thursday's individual photos attached - Hazel (Y1) and Willow (Y2). Sorry, it's a straight export from the MIS so there are loads of extra columns, just ignore everything apart from the names and class. Anyone with an N in the last column mustn't be photographed.

Thanks,
Bev
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(csvdata, "text/csv", "Y1 Y2 export.csv")], "outlook")
    rc = ["dan@lensandlight-photography.example"]
    h = H(A("Bev Pritchard", staff("b.pritchard")), A("Dan Whitlow", rc[0]), "Class lists for Thursday",
          mdate(2024, 9, 30, 15, 58, 14), mid("outlook", 309))
    emit("positive", 9, "mis-export", message(h, mp), staff("b.pritchard"), rc, staff("b.pritchard"), "attach-csv",
         "mis-export", "Admin officer sends the photographer a raw MIS export with UPNs, DOBs, addresses, medical and SEN flags")

    # ---- 10 staff sickness to external HR adviser, alternative
    rng = random.Random(3010)
    nino = make_nino(rng)
    dob = adult_dob(rng, 1968, 1976)
    addr, pc = address(rng)
    text = """Hi Angela,

I'd welcome your advice before I meet with Deborah next week. Details below.

Employee: Mrs Deborah Anne Lowry, Class Teacher (Year 3, junior site), 0.8 FTE
DOB: %s
NI number: %s
Home address: %s, %s

Absence this year:
- 09/09/2024 - 20/09/2024: stress / anxiety (fit note)
- 04/11/2024 - 15/11/2024: "low mood" (fit note)
- 06/01/2025 - ongoing: anxiety and depression; fit note to 14/02/2025. GP has increased her sertraline dose.

She has also told me in confidence that she is going through the menopause and that her son was recently sectioned, which she says is the main trigger. She doesn't want colleagues to know.

We are at stage 2 of the attendance procedure. I'm minded to make an occupational health referral before going to stage 3. Is that the right order, and can I hold a stage 3 meeting while she is signed off?

Many thanks,
Helen

Helen Marchant
Executive Headteacher, Fernhill Federation
""" % (dfmt(dob, "long"), fmt_nino(nino), addr, pc)
    rc = ["a.simmons@schools-hr.example"]
    h = H(A("Helen Marchant", staff("h.marchant")), A("Angela Simmons", rc[0]), "Advice please - attendance case (DL)",
          mdate(2025, 1, 31, 18, 40, 2), mid("outlook", 310))
    emit("positive", 10, "staff-sickness", message(h, alt(text, style="outlook")), staff("h.marchant"), rc, staff("h.marchant"),
         "alternative", "staff-sickness", "Head asks an external HR adviser about a named teacher's mental-health absence, giving DOB, NI number and address")

    # ---- 11 Y6 transition spreadsheet to secondary
    rng = random.Random(3011)
    rows = [["Surname", "Forename", "UPN", "DOB", "SEN status", "EHCP", "Medical", "FSM/PP", "CP/CIN/EH", "KS2 reading (pred)", "KS2 maths (pred)", "Notes"]]
    notes = ["", "Anxious about move - extra visits agreed", "Young carer (mum MS)", "Dad in prison - do not discuss in class",
             "", "Social worker: J Ormerod", "Dyslexia screener: high", "", "Recent bereavement (grandad)", "", ""]
    for i in range(11):
        c = child(rng, 6)
        rows.append([c["last"], c["first"], c["upn"], dfmt(c["dob"]), rng.choice(["", "", "K", "K", "E"]),
                     rng.choice(["N", "N", "N", "Y"]), rng.choice(["", "", "Asthma", "Epilepsy - care plan", "Coeliac"]),
                     rng.choice(["", "FSM", "PP", ""]), rng.choice(["", "", "", "CIN", "EH", "CP"]),
                     rng.choice(["WTS", "EXS", "EXS", "GDS"]), rng.choice(["WTS", "EXS", "EXS", "GDS"]), notes[i]])
    body = """Hi Diane,

As promised, here is the transition spreadsheet for the 11 children coming to you from 6R. I've included the safeguarding column as you asked - the CP/CIN files will come across separately via CPOMS transfer. Happy to chat through any of them before your visit on the 24th.

Tom
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(xlsx([("6R to Ashcombe Academy", rows)], when=(2025, 6, 10, 17, 0, 0)),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "6R transition info.xlsx")], "outlook")
    rc = ["d.achterberg@ashcombe-academy.example"]
    h = H(A("Tom Ridley", staff("t.ridley")), A("Diane Achterberg", rc[0]), "Transition info - 6R",
          mdate(2025, 6, 10, 17, 14, 55), mid("outlook", 311))
    emit("positive", 11, "transition-data", message(h, mp), staff("t.ridley"), rc, staff("t.ridley"), "attach-xlsx",
         "transition-data", "Year 6 teacher emails a secondary school a spreadsheet of UPNs, DOBs, SEN, medical and CP/CIN flags")

    # ---- 12 apprentice enrolment PDF to training provider
    rng = random.Random(3012)
    uln = make_uln(rng)
    nino = make_nino(rng)
    dob = adult_dob(rng, 2004, 2006)
    addr, pc = address(rng)
    lines = ["APPRENTICESHIP ENROLMENT FORM - EMPLOYER COPY", "Skills Academy Westshire  |  Teaching Assistant Level 3 (ST0454)", "",
             "SECTION 1 - APPRENTICE DETAILS",
             "Full name:            Jordan Lee Kemp",
             "Date of birth:        %s" % dfmt(dob),
             "Home address:         %s" % addr,
             "Postcode:             %s" % pc,
             "Mobile:               %s" % mobile(rng),
             "National Insurance:   %s" % fmt_nino(nino),
             "Unique Learner No.:   %s" % uln,
             "Ethnicity:            White - British", "",
             "SECTION 2 - PRIOR ATTAINMENT",
             "GCSE English Language 5, GCSE Maths 4 (2022); BTEC L2 Children's Play 2023", "",
             "SECTION 3 - LEARNING DIFFICULTY / DISABILITY / HEALTH",
             "Dyslexia (diagnosed 2016). Asthma. Requests extra time in assessments.", "",
             "SECTION 4 - EMPLOYER",
             "Fernhill Federation, Fernhill Road, Ashcombe Green",
             "Line manager: Rachel Adeyemi (SENCo)", "Start date: 03/03/2025   Contracted hours: 30 pw", "",
             "SECTION 5 - EMERGENCY CONTACT",
             "Stacey Kemp (sister)  %s" % mobile(rng), "",
             "Signed (employer): S Kaur            Date: 21/02/2025"]
    body = """Hi Ryan,

Please find Jordan's completed enrolment form attached, signed by us. Jordan has signed the apprentice agreement separately and will bring his ID to induction on 3 March.

Kind regards,
Sunita Kaur
School Business Manager
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(pdf(lines, "Enrolment - J Kemp"), "application/pdf", "Enrolment form - J Kemp.pdf")], "outlook")
    rc = ["enrolments@skills-academy-westshire.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Ryan Hollis", rc[0]), "Apprentice enrolment - Jordan Kemp",
          mdate(2025, 2, 21, 12, 31, 44), mid("outlook", 312), cc=A("Jordan Kemp", staff("j.kemp")))
    emit("positive", 12, "apprentice-enrolment", message(h, mp), staff("s.kaur"), rc + [staff("j.kemp")], staff("s.kaur"),
         "attach-pdf", "apprentice-enrolment", "Business manager sends a training provider an enrolment PDF with an apprentice's ULN, NI number, DOB and health")

    # ---- 13 PTA refunds with parents' bank details, cp1252
    rng = random.Random(3013)
    lines = []
    for i in range(6):
        s, a = make_bank(rng)
        nm = "%s %s" % (rng.choice(ADULT_F + ADULT_M), rng.choice(SURNAMES))
        amt = rng.choice(["12.00", "24.00", "12.00", "36.00", "24.00", "12.00"])
        lines.append("%-22s  %s  %s  \u00a3%s" % (nm, s, a, amt))
    body = """Hi John,

As promised, here are the refunds for the cancelled Year 3/4 disco (the hall flooded \u2013 you\u2019ll remember!). These are the families who paid by bank transfer and have sent me their details for the refund. Could you set up the payments from the PTA account when you next do a run?

Name                    Sort code  Account   Amount
%s

The cash payers have already had their money back in envelopes.

Thanks so much \u2013 I\u2019ll bring the paperwork to the AGM.

Lisa
PTA Chair \u2013 Friends of Fernhill
""" % "\n".join(lines)
    rc = ["john@freeman-accounts.example"]
    h = H(A("Lisa Grainger", staff("pta")), A("John Freeman", rc[0]), "Disco refunds - bank details",
          mdate(2025, 3, 3, 21, 2, 16), mid("outlook", 313))
    emit("positive", 13, "parent-bank-details", message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
         staff("pta"), rc, staff("pta"), "cp1252", "parent-bank-details",
         "PTA chair sends the PTA's outside accountant six parents' names with sort codes and account numbers for refunds")

    # ---- 14 residential trip medical list docx to activity centre
    rng = random.Random(3014)
    table = [["Name", "DOB", "Medical / medication", "Dietary", "Emergency contact"]]
    meds = ["Asthma - blue inhaler, uses before exercise", "None", "Anaphylaxis (peanut) - 2 x EpiPen, carried by group leader",
            "Epilepsy - buccal midazolam, seizure plan attached", "None", "ADHD - methylphenidate 8am (staff to give)",
            "Bedwetting - discreet support, pull-ups in suitcase", "Type 1 diabetes - insulin pump, Libre sensor",
            "Eczema - emollient twice a day", "None", "Hay fever - cetirizine"]
    for m in meds:
        c = child(rng, 5)
        table.append(["%s %s" % (c["first"], c["last"]), dfmt(c["dob"]), m,
                      rng.choice(["", "", "Vegetarian", "Halal", "No pork", "Gluten free"]),
                      "%s %s (%s) %s" % (rng.choice(ADULT_F + ADULT_M), c["last"], rng.choice(["mum", "dad", "nan"]), mobile(rng))])
    doc = docx([("h", "Fernhill Junior - Year 5 residential, Hollybank Outdoor Centre, 12-14 May 2025"),
                ("p", "Medical, dietary and emergency contact information - children with needs (full list of 48 on booking)."),
                ("table", table),
                ("p", "Group leader: Mr G Pryce. First aiders: Mrs S Malik, Mr G Pryce.")],
               author="Gareth Pryce", title="Residential medical info", when=(2025, 4, 30, 19, 0, 0))
    body = """Hi Kate,

Ahead of our stay next month, here's the medical and dietary info for the children who have needs, plus their emergency contacts, so your kitchen and instructors have it. The full rooming list will follow next week.

Cheers,
Gareth Pryce
Year 5 / PE lead
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    "Y5 residential medical info.docx")], "outlook")
    rc = ["bookings@hollybank-outdoor.example"]
    h = H(A("Gareth Pryce", staff("g.pryce")), A("Hollybank Outdoor Centre", rc[0]), "Fernhill 12-14 May - medical & dietary",
          mdate(2025, 4, 30, 19, 22, 8), mid("outlook", 314))
    emit("positive", 14, "trip-medical-list", message(h, mp), staff("g.pryce"), rc, staff("g.pryce"), "attach-docx",
         "trip-medical-list", "Trip leader sends an activity centre a docx of named pupils' DOBs, conditions, medication and parent mobiles")

    # ---- 15 school nurse referral, flowed
    rng = random.Random(3015)
    c = child(rng, 2, "F")
    body = """Dear School Nursing Team,

I would like to refer one of our Year 2 pupils. Mum is aware and has given consent for the referral.

Name: %(first)s %(last)s
DOB: %(dob)s
NHS number: %(nhs)s
Address: %(addr)s, %(pc)s
Parent: Leanne %(last)s \u2013 %(m)s (prefers text)
GP: Meadowside Surgery

Reason for referral: daytime wetting most days (2\u20133 times a day) and two soiling accidents this half term. She is very embarrassed and has started refusing to drink at school. Mum says she has been constipated \u201cfor as long as she can remember\u201d and is not sleeping well. The family have recently moved into temporary accommodation after being evicted and mum is struggling \u2013 she has asked about food bank vouchers, which we have given.

We have put a discreet toileting plan in place and she keeps spare clothes in the medical room.

Could someone offer mum an appointment or a home visit? Happy to host in school.

Many thanks,

Chlo\u00e9 Dubois
Year 2 class teacher (on behalf of Rachel Adeyemi, SENCo)
""" % {"first": c["first"], "last": c["last"], "dob": dfmt(c["dob"], "long"), "nhs": fmt_nhs(c["nhs"]),
       "addr": c["addr"], "pc": c["pc"], "m": mobile(rng)}
    rc = ["schoolnursing.west@westshire-hct.nhs.example"]
    h = H(A("Chlo\u00e9 Dubois", staff("c.dubois")), A("School Nursing Team (West)", rc[0]),
          "Referral - Year 2 pupil (continence)", mdate(2025, 3, 20, 16, 33, 0), mid("apple", 315),
          cc=A("Rachel Adeyemi", staff("r.adeyemi")))
    emit("positive", 15, "school-nurse-referral", message(h, text_part(flowed(body), charset="utf-8", cte="quoted-printable", flow=True)),
         staff("c.dubois"), rc + [staff("r.adeyemi")], staff("c.dubois"), "flowed", "school-nurse-referral",
         "Teacher refers a named Year 2 pupil to school nursing with DOB, NHS number, continence problems and housing situation")

    # ---- 16 two-year progress check to health visitor, html only
    rng = random.Random(3016)
    c = child(rng, -2, "M")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Fiona,</p>
<p>As agreed at the integrated review meeting, here is our EYFS progress check at two for %(first)s so you can add it to his health record before the joint visit.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Child</b></td><td>%(first)s %(last)s</td></tr>
<tr><td><b>DOB</b></td><td>%(dob)s</td></tr>
<tr><td><b>NHS no.</b></td><td>%(nhs)s</td></tr>
<tr><td><b>Address</b></td><td>%(addr)s, %(pc)s</td></tr>
<tr><td><b>Parent</b></td><td>Agnieszka %(last)s (mum) &ndash; Polish is home language</td></tr>
<tr><td><b>Setting</b></td><td>Fernhill Nursery &ndash; 2s room, 15 funded hours (2-year-old funding)</td></tr>
</table>
<p><b>Communication and language:</b> not yet meeting expected level. Around 10 single words across English and Polish, no two-word combinations. Understands simple routine instructions with gesture.</p>
<p><b>Physical:</b> walking confidently since 20 months. Finds stairs difficult.</p>
<p><b>PSED:</b> settled well with key person. Very distressed at separation when mum is late.</p>
<p><b>Other:</b> mum has shared that she has been feeling very low since dad returned to Poland in the summer and that she has no family here. She agreed for us to pass this on to you. She has an appointment with her GP on the 14th.</p>
<p>ASQ-3 scores attached to the paper copy, which I'll bring to the visit.</p>
<p>Best wishes,<br>Joanne Whitlock<br>Nursery Manager and key person</p>
</div></body></html>
""" % {"first": c["first"], "last": c["last"], "dob": dfmt(c["dob"]), "nhs": fmt_nhs(c["nhs"]), "addr": c["addr"], "pc": c["pc"]}
    rc = ["fiona.mcleod@westshire-hct.nhs.example"]
    h = H(A("Joanne Whitlock", staff("j.whitlock")), A("Fiona McLeod (Health Visitor)", rc[0]),
          "2 year check - %s %s" % (c["first"], c["last"][0]), mdate(2025, 2, 11, 13, 5, 33), mid("outlook", 316))
    emit("positive", 16, "two-year-check", message(h, text_part(html, "html", "utf-8", "quoted-printable")),
         staff("j.whitlock"), rc, staff("j.whitlock"), "html-only", "two-year-check",
         "Nursery manager sends a health visitor a two-year progress check with DOB, NHS number, delays and mum's low mood")

    # ---- 17 safeguarding email forwarded to personal address, inline forward
    rng = random.Random(3017)
    c = child(rng, 4, "F")
    body = """sending to home so I can read it properly tonight - laptop won't connect to the VPN

---------- Forwarded message ---------
From: Mark Fenwick <m.fenwick@school.example>
Date: Tue, 4 Mar 2025 at 15:52
Subject: CONFIDENTIAL - %(first)s %(last)s (4N)
To: Priya Natarajan <p.natarajan@school.example>
Cc: Rachel Adeyemi <r.adeyemi@school.example>


Priya,

Following today's disclosure, for your information only:

%(first)s %(last)s, DOB %(dob)s, UPN %(upn)s, is now subject to a Child Protection Plan under the category of neglect, agreed at today's initial conference. Her social worker is Jade Ormerod.

Please note:
- She must only be collected by mum (Kayleigh %(last)s) or maternal grandmother (Pauline Oakes). Dad is NOT to collect - there is a non-molestation order. Photo of dad is in the office.
- She is to have breakfast club free of charge every day from tomorrow.
- Log anything at all on CPOMS, including hunger, clothing, and any mention of "Uncle Dale".

Please don't discuss with other staff beyond Shazia, who needs to know as her TA.

Mark
""" % {"first": c["first"], "last": c["last"], "dob": dfmt(c["dob"]), "upn": c["upn"]}
    rc = ["priya.n.home@example.com"]
    h = H(A("Priya Natarajan", staff("p.natarajan")), rc[0], "Fwd: CONFIDENTIAL - %s %s (4N)" % (c["first"], c["last"]),
          mdate(2025, 3, 4, 16, 40, 12), mid("outlook", 317))
    emit("positive", 17, "safeguarding-forward-home", message(h, text_part(body, charset="us-ascii", cte="7bit")),
         staff("p.natarajan"), rc, staff("p.natarajan"), "inline-forward", "safeguarding-forward-home",
         "Teacher forwards the DSL's confidential child-protection email (DOB, UPN, CP plan, court order) to her personal address")

    # ---- 18 parent's medical email forwarded as attachment to caterer
    rng = random.Random(3018)
    c = child(rng, 0, "F")
    inner_body = """Dear Office,

Please find below %(first)s's medical details for when she starts Reception on Monday. Her allergy plan from the hospital is being posted to you.

Full name: %(first)s Grace %(last)s
Date of birth: %(dob)s
NHS number: %(nhs)s
Diagnosis: severe milk and egg allergy (anaphylaxis x2, last one in June), asthma
Medication: 2 x Jext 150 pens, salbutamol inhaler, cetirizine
Consultant: Dr Obi, Paediatric Allergy, Royal Westshire Hospital
GP: Ashcombe Green Medical Centre

She can't have anything "may contain" either. She will need a dairy-free and egg-free lunch every day.

Thank you,
Gemma %(last)s
%(m)s
""" % {"first": c["first"], "last": c["last"], "dob": dfmt(c["dob"]), "nhs": fmt_nhs(c["nhs"]), "m": mobile(rng)}
    inner = message(H(A("Gemma %s" % c["last"], "gemma.%s@example.com" % c["last"].lower()), A("Fernhill Office", staff("office")),
                      "%s %s - medical information" % (c["first"], c["last"]), mdate(2024, 8, 29, 20, 11, 40),
                      mid("gmail", 3180, "example.com")),
                    text_part(inner_body, charset="us-ascii", cte="7bit"))
    body = """Hi Marianne,

Please see attached from a new Reception parent - %s needs a milk- and egg-free lunch every day from Monday 9th. Please can the infant kitchen have a special diet form set up and let me know it's in place?

Thanks,
Bev
""" % c["first"]
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             rfc822_part(inner, "%s %s - medical information.eml" % (c["first"], c["last"]))], "outlook")
    rc = ["m.hughes@harvesttable-catering.example"]
    h = H(A("Bev Pritchard", staff("b.pritchard")), A("Marianne Hughes", rc[0]),
          "FW: %s %s - medical information" % (c["first"], c["last"]), mdate(2024, 9, 2, 9, 14, 3), mid("outlook", 318))
    emit("positive", 18, "medical-forward", message(h, mp), staff("b.pritchard"), rc, staff("b.pritchard"), "rfc822-forward",
         "medical-forward", "Admin officer forwards a parent's email (DOB, NHS number, anaphylaxis, medication) as an attachment to the caterer")

    # ---- 19 persistent absence referral zip to EWS
    rng = random.Random(3019)
    out = ["Surname,Forename,UPN,DOB,Year,Address,Postcode,Parent/carer,Attendance % (Aut+Spr),Unauthorised sessions,Notes"]
    notes = ["Mum reports anxiety; CAMHS waiting list", "Term-time holiday to Pakistan 3 wks (refused)", "Late most days, older sibling brings",
             "Dad says child 'doesn't want to come'", "Family known to Early Help; housing issues", "Medical - awaiting tonsillectomy (evidence given)",
             "Mum in hospital Jan; kinship care with aunt", "Repeated Monday absence"]
    for n in notes:
        yg = rng.choice([1, 2, 3, 4, 5, 6])
        c = child(rng, yg)
        out.append('%s,%s,%s,%s,%s,"%s",%s,%s %s,%.1f,%d,"%s"' % (c["last"], c["first"], c["upn"], dfmt(c["dob"]), yg, c["addr"], c["pc"],
                                                              rng.choice(ADULT_F + ADULT_M), c["last"], rng.uniform(71, 89.5),
                                                              rng.randint(8, 40), n))
    z = plainzip([("PA referrals spring 2025.csv", ("\r\n".join(out) + "\r\n").encode("utf-8"))], when=(2025, 3, 24, 11, 0, 0))
    body = """Hi Dave,

Attached are our persistent absence referrals for this half term (8 children across both schools). Letters have gone home to all families and I've held stage 1 meetings with five of them.

Could we book you in for a joint meeting on Wednesday 2 April? I've put the family situations in the notes column.

Thanks,
Carol Whitby
Attendance Officer, Fernhill Federation
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(z, "application/x-zip-compressed", "PA referrals spring 2025.zip")], "outlook")
    rc = ["ews@westshire.gov.example"]
    h = H(A("Carol Whitby", staff("c.whitby")), A("Education Welfare Service", rc[0]), "PA referrals - Fernhill - spring",
          mdate(2025, 3, 24, 11, 12, 29), mid("outlook", 319))
    emit("positive", 19, "absence-referral", message(h, mp), staff("c.whitby"), rc, staff("c.whitby"), "zip", "absence-referral",
         "Attendance officer sends the LA a zip of persistent-absence referrals with UPNs, DOBs, addresses and family notes")

    # ---- 20 direct debit mandates xlsx to payments provider
    rng = random.Random(3020)
    rows = [["Payer name", "Payer address", "Sort code", "Account number", "Child(ren)", "Sessions", "First collection"]]
    for _ in range(7):
        s, a = make_bank(rng)
        last = rng.choice(SURNAMES)
        addr, pc = address(rng)
        kids = " & ".join("%s %s" % (rng.choice(GIRLS + BOYS), last) for _ in range(rng.choice([1, 1, 2])))
        rows.append(["%s %s" % (rng.choice(ADULT_F + ADULT_M), last), "%s, %s" % (addr, pc), s, a, kids,
                     rng.choice(["Breakfast M-F", "After school Mon/Wed", "After school M-F", "Breakfast Tue/Thu"]), "01/04/2025"])
    body = """Hi ClubPay accounts team,

Please can you set up Direct Debits for the families below - they've filled in our paper mandate forms as they couldn't get the online one to work. Details are in the attached sheet. The originals are locked in the club office.

Many thanks,
Kerry Lomas
Club Manager, Fernhill Kids' Club
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(xlsx([("DD mandates", rows)], when=(2025, 3, 18, 17, 0, 0)),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "DD mandates March 2025.xlsx")], "outlook")
    rc = ["accounts@clubpay.example"]
    h = H(A("Kerry Lomas", staff("k.lomas")), A("ClubPay Accounts", rc[0]), "New DD mandates - Fernhill Kids Club",
          mdate(2025, 3, 18, 17, 26, 40), mid("outlook", 320))
    emit("positive", 20, "dd-mandates", message(h, mp), staff("k.lomas"), rc, staff("k.lomas"), "attach-xlsx", "dd-mandates",
         "Club manager emails the payments provider a spreadsheet of parents' names, addresses, sort codes and account numbers")

    # ---- 21 SENCo replies to private EP with details, reply-quoted
    rng = random.Random(3021)
    c = child(rng, 3, "M")
    c["first"] = "Archie"
    body = """Hi Hannah,

Answers below in order - thanks for fitting him in so quickly.

1. Archie %(last)s, DOB %(dob)s, UPN %(upn)s. Year 3 (3B).
2. Home address %(addr)s, %(pc)s. Lives with mum (Claire) and her partner. Dad is currently in HMP Bullingdon - Archie knows he's "working away". Please don't mention it in front of him.
3. Previous assessments: CAMHS screened for ADHD in 2023, not accepted (too young). Paediatrician query of FASD - mum disclosed drinking in pregnancy. No diagnosis.
4. Current support: SEN Support, daily 1:1 reading, Lego therapy Tues/Thurs, lunchtime nurture group.
5. Behaviour: 14 logged incidents since September, mostly hitting out at lunchtime. One fixed-term suspension (1 day, 22/01/2025).

Mum has signed the consent form - I'll scan it over. The school will pay your invoice from the SEN budget.

Rachel

On 10/02/2025 09:14, Dr Hannah Mensah wrote:
> Dear Rachel,
>
> Thank you for the referral. Before I observe Archie on the 19th could you
> send me:
>  1. full name, DOB and UPN
>  2. home address and who he lives with
>  3. any previous assessments or diagnoses
>  4. current SEN support
>  5. a summary of behaviour incidents this year
>
> Kind regards,
> Dr Hannah Mensah
> HCPC-registered Educational Psychologist
""" % {"last": c["last"], "dob": dfmt(c["dob"]), "upn": c["upn"], "addr": c["addr"], "pc": c["pc"]}
    rc = ["h.mensah@mensah-psychology.example"]
    h = H(A("Rachel Adeyemi", staff("r.adeyemi")), A("Dr Hannah Mensah", rc[0]), "RE: Observation 19 Feb - information needed",
          mdate(2025, 2, 10, 12, 58, 17), mid("outlook", 321),
          extra=["In-Reply-To: " + mid("tbird", 3210, "mensah-psychology.example"),
                 "References: " + mid("tbird", 3210, "mensah-psychology.example")])
    emit("positive", 21, "ep-consultation", message(h, text_part(body, charset="us-ascii", cte="7bit")), staff("r.adeyemi"),
         rc, staff("r.adeyemi"), "reply-quoted", "ep-consultation",
         "SENCo replies to a private educational psychologist with a pupil's DOB, UPN, address, parent in prison and suspected FASD")

    # ---- 22 LADO referral, base64
    rng = random.Random(3022)
    dob = adult_dob(rng, 1979, 1985)
    addr, pc = address(rng)
    c = child(rng, 6, "F")
    body = """Dear LADO team,

I am making a referral following an allegation received this morning, 12 May 2025.

Staff member: Mr Paul Andrew Vickers
Role: Kids' Club Playworker (employed by the school since 2021)
DOB: %s
Home address: %s, %s

Child: %s %s, Year 6, DOB %s, UPN %s

Allegation: %s told her class teacher that Mr Vickers has been sending her private messages on Snapchat since the Easter holiday club, including telling her she was "mature for her age" and asking her not to tell her mum. She showed the teacher screenshots on her phone, which we have not copied. Mum (Rebecca, %s) has been informed and is supportive.

Action taken: Mr Vickers has not been in work today (rota day off). I have not spoken to him. He has been told by phone not to attend work until further notice. No other children have raised concerns.

I would be grateful for a call today to agree next steps.

Helen Marchant
Executive Headteacher, Fernhill Federation
01632 960214
""" % (dfmt(dob), addr, pc, c["first"], c["last"], dfmt(c["dob"]), c["upn"], c["first"], mobile(rng))
    rc = ["lado@westshire.gov.example"]
    h = H(A("Helen Marchant", staff("h.marchant")), A("LADO", rc[0]), "LADO referral - Fernhill Federation",
          mdate(2025, 5, 12, 11, 48, 3), mid("outlook", 322), cc=A("Mark Fenwick", staff("m.fenwick")),
          extra=["Importance: high"])
    emit("positive", 22, "lado-referral", message(h, text_part(body, charset="utf-8", cte="base64")), staff("h.marchant"),
         rc + [staff("m.fenwick")], staff("h.marchant"), "base64", "lado-referral",
         "Head emails the LADO an allegation with the staff member's DOB and home address and the child's DOB and UPN")

    # ---- 23 dental screening list as tab separated txt
    rng = random.Random(3023)
    out = ["SURNAME\tFORENAME\tDOB\tNHS_NO\tPOSTCODE\tCLASS\tCONSENT"]
    for _ in range(15):
        c = child(rng, 0)
        out.append("\t".join([c["last"].upper(), c["first"], dfmt(c["dob"], "dot"), c["nhs"], c["pc"],
                              rng.choice(["Rowan", "Maple"]), rng.choice(["Y", "Y", "Y", "Y", "N"])]))
    txt = ("\r\n".join(out) + "\r\n").encode("utf-8")
    body = """Hello,

Please find attached the Reception list for the oral health screening on Tuesday 1 April, as requested in your letter. I've saved it as a text file because our system wouldn't export to your template.

Kind regards,
Fernhill Infant School Office
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(txt, "text/plain; charset=utf-8", "Reception list oral health.txt")], "tbird")
    rc = ["screening@smilecheck-dental.example"]
    h = H(A("Fernhill Infant Office", staff("office")), A("SmileCheck Community Dental", rc[0]),
          "Reception list - oral health screening 1 April", mdate(2025, 3, 17, 10, 2, 58), mid("tbird", 323),
          extra=["User-Agent: Mozilla Thunderbird"])
    emit("positive", 23, "dental-screening-list", message(h, mp), staff("office"), rc, staff("office"), "attach-txt",
         "dental-screening-list", "Office sends a dental screening provider a tab-separated list of pupils' DOBs and NHS numbers")

    # ---- 24 teacher sends a parent volunteer other children's medical info, latin-1
    rng = random.Random(3024)
    kids = [child(rng, 3) for _ in range(5)]
    kids[0]["first"], kids[0]["last"] = "Leo", "Kaye"
    conds = ["no medical needs", "asthma \u2013 blue inhaler in the green bag, 2 puffs if wheezy",
             "epilepsy \u2013 if a seizure lasts over 5 mins give buccal midazolam (in the first aid bag) and call 999",
             "severe peanut allergy \u2013 EpiPen in the red pouch, must not eat anything from the caf\xe9",
             "ADHD, tends to run off \u2013 please hold his hand near the road"]
    lines = "\n".join("- %s %s (DOB %s): %s" % (k["first"], k["last"], dfmt(k["dob"]), cnd) for k, cnd in zip(kids, conds))
    body = """Dear Mrs Kaye,

Thank you so much for volunteering for Friday's trip to the museum. You'll have Leo's group \u2013 here's the info I give all adults so you know what to look out for:

%s

Please keep this to yourself and delete it after the trip. The first aid bag will be with you all day.

We leave at 9.15 sharp from the junior playground.

Many thanks,
Miss Barnard
""" % lines
    body = body.replace("\u2013", "-")
    rc = ["donna.kaye@example.com"]
    h = H(A("Lucy Barnard", staff("l.barnard")), A("Donna Kaye", rc[0]), "Friday trip - your group",
          mdate(2025, 6, 4, 20, 14, 39), mid("tbird", 324))
    emit("positive", 24, "volunteer-medical-info", message(h, text_part(body, charset="iso-8859-1", cte="8bit")),
         staff("l.barnard"), rc, staff("l.barnard"), "latin1", "volunteer-medical-info",
         "Teacher emails a parent volunteer five named pupils' DOBs with epilepsy, allergy and ADHD details")

    # ---- 25 FSM eligibility batch CSV to LA
    rng = random.Random(3025)
    out = ["Parent surname,Parent forename,Parent DOB,Parent NI number,Child surname,Child forename,Child DOB,Year"]
    for _ in range(9):
        c = child(rng, rng.choice([0, 1, 2, 3, 4, 5, 6]))
        out.append("%s,%s,%s,%s,%s,%s,%s,%s" % (c["last"], rng.choice(ADULT_F + ADULT_M), dfmt(adult_dob(rng, 1980, 1996)),
                                               make_nino(rng), c["last"], c["first"], dfmt(c["dob"]), yname(c["yg"])))
    body = """Hi FSM team,

Please could you run the attached families through the eligibility checker? These are the paper forms handed in at parents' evening. If any come back eligible please let us know so we can add them for pupil premium before census.

Thanks,
Bev Pritchard
Admin Officer
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(("\r\n".join(out) + "\r\n").encode("ascii"), "application/vnd.ms-excel", "FSM checks Fernhill Jan25.csv")],
                   "outlook")
    rc = ["fsm@westshire.gov.example"]
    h = H(A("Bev Pritchard", staff("b.pritchard")), A("Free School Meals Team", rc[0]), "FSM eligibility checks - 9 families",
          mdate(2025, 1, 9, 14, 1, 20), mid("outlook", 325))
    emit("positive", 25, "fsm-eligibility", message(h, mp), staff("b.pritchard"), rc, staff("b.pritchard"), "attach-csv",
         "fsm-eligibility", "Admin officer sends the LA a CSV of parents' NI numbers and DOBs with their children's DOBs for FSM checks")

    # ---- 26 pension starters/leavers xlsx in a zip
    rng = random.Random(3026)
    rows = [["Employer: Fernhill Federation (Westshire LGPS employer 4471)", "", "", "", "", "", "", ""],
            ["Type", "Surname", "Forenames", "NI number", "DOB", "Address", "Postcode", "Annual pay / hours"]]
    for t in ["Starter", "Starter", "Starter", "Leaver", "Leaver", "Change of hours"]:
        addr, pc = address(rng)
        rows.append([t, rng.choice(SURNAMES), rng.choice(ADULT_F + ADULT_M), fmt_nino(make_nino(rng)),
                     dfmt(adult_dob(rng, 1962, 2001)), addr, pc, "%d / %s" % (rng.randint(14, 29) * 1000, rng.choice(["25 hrs", "32.5 hrs", "37 hrs", "20 hrs"]))])
    z = plainzip([("Fernhill LGPS monthly return March 2025.xlsx", xlsx([("Return", rows)], when=(2025, 4, 3, 9, 0, 0)))],
                 when=(2025, 4, 3, 9, 5, 0))
    body = """Hello,

Please find our March monthly return attached (zipped as requested). Three starters, two leavers and one change of hours.

Kind regards,
Sunita Kaur
School Business Manager
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(z, "application/zip", "Fernhill LGPS March 2025.zip")], "outlook")
    rc = ["employer.returns@westshire-pensionfund.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Employer Returns", rc[0]), "Monthly return - Fernhill Federation - March 2025",
          mdate(2025, 4, 3, 9, 11, 5), mid("outlook", 326))
    emit("positive", 26, "pension-return", message(h, mp), staff("s.kaur"), rc, staff("s.kaur"), "zip", "pension-return",
         "Business manager sends the pension fund an unencrypted zipped spreadsheet of staff NI numbers, DOBs and addresses")

    # ---- 27 Operation Encompass follow-up to police, qp
    rng = random.Random(3027)
    c = child(rng, 1, "M")
    c2 = child(rng, 4, "F")
    c2["last"] = c["last"]
    body = """Dear PC Ashworth,

Thank you for this morning\u2019s Operation Encompass notification (incident 0512 of 06/03/2025). I can confirm both children attend our schools:

\u2022 %s %s, Year 1, DOB %s, UPN %s
\u2022 %s %s, Year 4, DOB %s, UPN %s

Both were in school today. %s was very quiet and told his TA \u201cmummy\u2019s face was bleeding\u201d. %s did not say anything but ate two breakfasts.

Mum (Danielle %s) came in at 3pm and told me that she and the children are moving to a refuge tonight \u2013 the new address is %s, %s, which she asked us to share with you but no one else. She says the children will still attend Fernhill and she will bring them by taxi.

Please let me know if there are any bail conditions we should be aware of regarding the father, Lee %s (DOB %s).

Kind regards,

Mark Fenwick
Designated Safeguarding Lead
""" % (c["first"], c["last"], dfmt(c["dob"]), c["upn"], c2["first"], c2["last"], dfmt(c2["dob"]), c2["upn"],
       c["first"], c2["first"], c["last"], c2["addr"], c2["pc"], c["last"], dfmt(adult_dob(rng, 1986, 1992)))
    rc = ["encompass@westshire.police.example"]
    h = H(A("Mark Fenwick", staff("m.fenwick")), A("Operation Encompass", rc[0]),
          "Op Encompass 0512 06/03 - school response", mdate(2025, 3, 6, 16, 2, 11), mid("outlook", 327))
    emit("positive", 27, "encompass-followup", message(h, text_part(body, charset="utf-8", cte="quoted-printable")),
         staff("m.fenwick"), rc, staff("m.fenwick"), "qp", "encompass-followup",
         "DSL replies to police about a domestic incident with two children's DOBs and UPNs and the family's refuge address")

    # ---- 28 teacher from phone to supply teacher's personal address
    body = """Hi Sam, thanks for covering 5P tomorrow. Medical stuff you need to know:

Noah Reid - type 1 diabetic, pump. Check levels 10.30 and before lunch, snacks in his tray. Hypo kit in the red box
Isla McAllister - nut allergy, EpiPens in the cupboard by the door
Kacper Nowak - epilepsy, buccal in the office. Had a seizure last Tues
Jayden Marsh - ADHD, meds from office at 12
Maya Tanner - on a CP plan, ONLY mum or nan can collect, NOT dad. If he turns up go straight to Mark

Planning is on my desk. Cheers!
Gareth

Sent from my iPhone"""
    rc = ["sam.oduya.teach@example.com"]
    h = H(A("Gareth Pryce", staff("g.pryce")), rc[0], "5P tomorrow - medical", mdate(2025, 1, 15, 21, 37, 2), mid("apple", 328))
    emit("positive", 28, "supply-medical-info", message(h, text_part(body, charset="us-ascii", cte="7bit")), staff("g.pryce"), rc,
         staff("g.pryce"), "mobile", "supply-medical-info",
         "Teacher texts-style email from his phone to a supply teacher's personal address listing pupils' medical conditions and a CP plan")

    # ---- 29 staff absence insurance claim, plain
    rng = random.Random(3029)
    nino = make_nino(rng)
    dob = adult_dob(rng, 1970, 1980)
    addr, pc = address(rng)
    body = """Dear Claims Team,

Policy FSC-20417 - Fernhill Federation

Please accept this notification of a claim for staff absence cover.

Employee: Mrs Samira Haddad
Role: Year 4 class teacher, 1.0 FTE
DOB: %s
NI number: %s
Address: %s, %s
Salary: Main pay scale M6, GBP 46,525

Reason for absence: planned surgery (abdominal hysterectomy) on 24/02/2025 at
the Royal Westshire Hospital, with complications - readmitted 03/03/2025 with
a wound infection. Fit notes cover 24/02/2025 to 18/04/2025. Copies of the
fit notes and her consent form will follow by post.

Supply cover has been in place since 24/02/2025 via Ashcombe Supply at a day
rate of GBP 210.

Kind regards,

Sunita Kaur
School Business Manager
""" % (dfmt(dob), fmt_nino(nino), addr, pc)
    rc = ["claims@schoolcover-insurance.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("SchoolCover Claims", rc[0]), "New claim - Policy FSC-20417 - S Haddad",
          mdate(2025, 3, 7, 14, 20, 6), mid("outlook", 329))
    emit("positive", 29, "absence-insurance-claim", message(h, text_part(body, charset="us-ascii", cte="7bit")),
         staff("s.kaur"), rc, staff("s.kaur"), "plain-7bit", "absence-insurance-claim",
         "Business manager notifies a staff-absence insurer with a named teacher's DOB, NI number, address and surgery details")

    # ---- 30 exclusion panel pack to governors' personal emails, docx
    rng = random.Random(3030)
    c = child(rng, 5, "M")
    doc = docx([("h", "Governors' Disciplinary Committee - Consideration of Permanent Exclusion"),
                ("table", [["Pupil", "%s %s" % (c["first"], c["last"])], ["DOB", dfmt(c["dob"], "long")], ["UPN", c["upn"]],
                           ["Year", "Year 5 (5P)"], ["Address", "%s, %s" % (c["addr"], c["pc"])],
                           ["Parents", "Vicky %s; Craig %s (separated)" % (c["last"], c["last"])],
                           ["SEN", "SEN Support - SEMH; EHC needs assessment requested Jan 2025"],
                           ["Other", "Child in Need plan since Nov 2024; Pupil Premium"]]),
                ("b", "Incident leading to exclusion - 2 June 2025"),
                ("p", "During lunchtime %s threw a chair across the dining hall, which struck a Year 3 pupil on the head (hospital check, no lasting injury). He then assaulted a midday supervisor, Mrs M Doherty, causing bruising to her arm." % c["first"]),
                ("b", "Previous suspensions"),
                ("p", "14/11/2024 (2 days, assault on pupil); 27/01/2025 (3 days, assault on staff); 19/03/2025 (5 days, persistent disruption)."),
                ("b", "Background"),
                ("p", "Mum reports he witnessed domestic abuse between parents until their separation last year. He has been seen by CAMHS once and is on the waiting list for trauma therapy. He has 1:1 support in the afternoons."),
                ("b", "Headteacher's recommendation"),
                ("p", "Permanent exclusion, on the grounds of a serious breach of the behaviour policy where allowing the pupil to remain would seriously harm the welfare of others.")],
               author="Helen Marchant", title="Exclusion panel pack", when=(2025, 6, 6, 20, 0, 0))
    body = """Dear Governors,

Please find attached the pack for the Disciplinary Committee on Thursday 12 June at 5.30pm (junior staffroom). The parents' written representation will follow on Monday.

This is strictly confidential - please do not forward or print at work.

Best wishes,
Helen
"""
    rc = ["r.whitmore.gov@example.net", "anne.castell@example.org", "k.ibrahim.home@example.com"]
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    "Exclusion panel pack 12 June.docx")], "outlook")
    h = H(A("Helen Marchant", staff("h.marchant")), [A("Richard Whitmore", rc[0]), A("Anne Castell", rc[1]), A("Khalid Ibrahim", rc[2])],
          "CONFIDENTIAL - Disciplinary Committee 12 June", mdate(2025, 6, 6, 20, 12, 45), mid("outlook", 330),
          cc=A("Clerk to Governors", staff("clerk")))
    emit("positive", 30, "exclusion-pack", message(h, mp), staff("h.marchant"), rc + [staff("clerk")], staff("h.marchant"),
         "attach-docx", "exclusion-pack", "Head sends governors at personal email addresses an exclusion pack with a pupil's DOB, UPN, address, SEN and CIN plan")


# ---------------------------------------------------------------- encryption shapes
def smime_blob(seed, size=2400):
    rng = random.Random(seed)
    # DER-ish CMS EnvelopedData header followed by opaque bytes
    head = bytes.fromhex("3080" "06092a864886f70d010703" "a080" "3080" "020100" "3182")
    body = bytes(rng.randint(0, 255) for _ in range(size))
    return head + body + b"\x00\x00\x00\x00"

def smime_part(seed):
    enc = base64.encodebytes(smime_blob(seed)).decode("ascii")
    hs = ['Content-Type: application/pkcs7-mime; smime-type=enveloped-data;\n\tname="smime.p7m"',
          'Content-Disposition: attachment; filename="smime.p7m"',
          "Content-Transfer-Encoding: base64"]
    return Part(hs, enc)

def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def pgp_part(seed, size=1800):
    rng = random.Random(seed)
    data = bytes([0xC1, 0xC1, 0x4C, 0x03]) + bytes(rng.randint(0, 255) for _ in range(size))
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    armor = ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" +
             base64.b64encode(crc24(data).to_bytes(3, "big")).decode() + "\n-----END PGP MESSAGE-----\n")
    p1 = Part(["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"], "Version: 1\n")
    p2 = Part(['Content-Type: application/octet-stream; name="encrypted.asc"',
               "Content-Description: OpenPGP encrypted message",
               'Content-Disposition: inline; filename="encrypted.asc"'], armor)
    b = boundary("tbird")
    hs = ['Content-Type: multipart/encrypted;\n protocol="application/pgp-encrypted";\n boundary="%s"' % b]
    body = ("This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n"
            "--%s\n%s\n\n%s--%s\n%s\n\n%s\n--%s--\n" % (b, "\n".join(p1.headers), p1.body, b, "\n".join(p2.headers),
                                                      p2.body.rstrip("\n"), b))
    return Part(hs, body)

# Traditional PKWARE (ZipCrypto) encryption, written by hand.
def _crc_step(crc, b):
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._update(c)
    def _update(self, c):
        k = self.k
        k[0] = _crc_step(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_step(k[2], (k[1] >> 24) & 0xFF)
    def _byte(self):
        t = (self.k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF
    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self._byte())
            self._update(p)
        return bytes(out)

def encrypted_zip(entries, password, seed, when=(2025, 1, 1, 9, 0, 0)):
    rng = random.Random(seed)
    pwd = password.encode("ascii")
    y, mo, d, hh, mi, ss = when
    dtime = (hh << 11) | (mi << 5) | (ss // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for name, data in entries:
        fn = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        header = bytes(rng.randint(0, 255) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        zc = _ZipCrypto(pwd)
        enc = zc.encrypt(header) + zc.encrypt(comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dtime, ddate, crc, len(enc), len(data), len(fn), 0) + fn + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dtime, ddate, crc, len(enc), len(data),
                               len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)


def pd_negative():
    # ---- 1 internal SEN register summary xlsx
    rng = random.Random(4001)
    rows = [["SEN register summary - Spring 2025 (INTERNAL - staff only)", "", "", "", "", ""],
            ["Name", "Class", "DOB", "Status", "Primary need", "Key provision"]]
    for _ in range(14):
        yg = rng.choice([0, 1, 2, 3, 4, 5, 6])
        c = child(rng, yg)
        rows.append(["%s %s" % (c["first"], c["last"]), yname(yg), dfmt(c["dob"]), rng.choice(["K", "K", "K", "E"]),
                     rng.choice(["SLCN", "ASC", "SEMH", "SpLD (dyslexia)", "MLD", "PD", "HI"]),
                     rng.choice(["Language Link group", "1:1 TA 15hrs", "Lego therapy", "Precision teaching", "OT programme", "Nurture group"])])
    body = """Dear all,

Attached is the updated SEN register for spring. Please check your own class and let me know by Friday if anything is wrong. Remember this is internal only - please don't save it to personal devices or print it.

Support plan reviews are the week beginning 24 March; I'll send slots.

Rachel
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(xlsx([("Register", rows)], when=(2025, 1, 20, 16, 0, 0)),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "SEN register Spring 2025.xlsx")], "outlook")
    rc = [staff("teachers"), staff("h.marchant")]
    h = H(A("Rachel Adeyemi", staff("r.adeyemi")), [A("Teaching Staff", staff("teachers")), A("Helen Marchant", staff("h.marchant"))],
          "SEN register - spring update", mdate(2025, 1, 20, 16, 10, 0), mid("outlook", 401))
    emit("negative", 1, "internal-sen-register", message(h, mp), staff("r.adeyemi"), rc, staff("r.adeyemi"), "attach-xlsx",
         "internal-sen-register", "SENCo shares the SEN register spreadsheet with names, DOBs and needs only with internal teaching staff")

    # ---- 2 internal safeguarding note office -> DSL
    rng = random.Random(4002)
    c = child(rng, 2, "M")
    body = """Mark,

Just had a call from %s %s's nan (Y2, DOB %s). She says mum's ex-partner
turned up at the house last night shouting and the police came. %s was
there. Nan is collecting today and says mum will ring you.

Address on our system is still %s, %s.

I've logged it on CPOMS too. Nan's number: %s.

Tracey
""" % (c["first"], c["last"], dfmt(c["dob"]), c["first"], c["addr"], c["pc"], mobile(rng))
    rc = [staff("m.fenwick")]
    h = H(A("Tracey Holloway", staff("t.holloway")), A("Mark Fenwick", rc[0]), "Call from nan - %s %s" % (c["first"], c["last"][0]),
          mdate(2024, 11, 7, 8, 47, 12), mid("outlook", 402), extra=["Sensitivity: Confidential"])
    emit("negative", 2, "internal-safeguarding", message(h, text_part(body, charset="us-ascii", cte="7bit")), staff("t.holloway"),
         rc, staff("t.holloway"), "plain-7bit", "internal-safeguarding",
         "Office manager passes a safeguarding phone call with DOB and address to the DSL internally")

    # ---- 3 inbound LA offer list csv
    rng = random.Random(4003)
    out = ["Applicant ID,Child surname,Child forename,DOB,Address,Postcode,Offer,Sibling"]
    for i in range(12):
        c = child(rng, -1)
        out.append('WSC-R25-%05d,%s,%s,%s,"%s",%s,Fernhill Infant School (Reception),%s' % (rng.randint(10000, 99999), c["last"], c["first"],
                                                                                         dfmt(c["dob"]), c["addr"], c["pc"], rng.choice(["Y", "N", "N"])))
    body = """Dear Headteacher,

National Offer Day 16 April 2025 - Reception

Please find attached the list of children offered a place at your school for September 2025. Parents have been notified by email today. Please do not contact families until Friday 18 April.

This file contains personal data. Please store it securely and delete this email once the data has been imported.

Westshire School Admissions
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(("\r\n".join(out) + "\r\n").encode("utf-8"), "text/csv", "Fernhill Infant offers R25.csv")], "outlook")
    rc = [staff("h.marchant"), staff("office")]
    h = H(A("Westshire School Admissions", "admissions@westshire.gov.example"), [A("Helen Marchant", rc[0]), A("Office", rc[1])],
          "Reception offers 2025 - Fernhill Infant School", mdate(2025, 4, 16, 7, 30, 0), mid("outlook", 403, "westshire.gov.example"))
    emit("negative", 3, "inbound-offer-list", message(h, mp), "admissions@westshire.gov.example", rc, None, "attach-csv",
         "inbound-offer-list", "Inbound: LA admissions sends the school its reception offer list with DOBs and addresses")

    # ---- 4 inbound parent medication details from phone
    rng = random.Random(4004)
    c = child(rng, 1, "F")
    body = """Hi, for the nurse form \u2013 %s\u2019s NHS number is %s and her DOB is %s. She\u2019s now on a brown preventer inhaler morning and night (at home) and the blue one stays in school. New one is in her book bag with the pharmacy label.

Thanks, %s (mum, Y1 Hazel)

Sent from my iPhone""" % (c["first"], fmt_nhs(c["nhs"]), dfmt(c["dob"]), rng.choice(ADULT_F))
    rc = [staff("office")]
    h = H(A("", "%s.family@example.org" % c["last"].lower()), A("Fernhill Office", rc[0]), "Inhaler + nhs number",
          mdate(2024, 10, 14, 7, 55, 0), mid("apple", 404, "example.org"))
    emit("negative", 4, "inbound-parent-medical", message(h, text_part(body, charset="utf-8", cte="quoted-printable")),
         "%s.family@example.org" % c["last"].lower(), rc, None, "mobile", "inbound-parent-medical",
         "Inbound: parent emails her own child's NHS number, DOB and inhaler details to the office")

    # ---- 5 inbound health visitor shares 2-year review
    rng = random.Random(4005)
    c = child(rng, -2, "F")
    text = """Dear Joanne,

Thank you for meeting with me and Mum on Tuesday. As agreed, here is a summary of the health part of %s's integrated review for your records.

Name: %s %s
DOB: %s
NHS number: %s

Height and weight within normal range (50th centile). Hearing screen passed at birth. Immunisations up to date. Mum reports good sleep since moving to own room.

ASQ-3: communication below cut-off; all other domains above. I have referred to the community speech and language therapy drop-in and will review in 3 months.

Please let me know if you have any concerns in the meantime.

Kind regards,
Fiona McLeod
Health Visitor, Westshire Healthy Child Programme
""" % (c["first"], c["first"], c["last"], dfmt(c["dob"]), fmt_nhs(c["nhs"]))
    rc = [staff("j.whitlock")]
    h = H(A("Fiona McLeod", "fiona.mcleod@westshire-hct.nhs.example"), A("Joanne Whitlock", rc[0]),
          "Integrated review - %s %s" % (c["first"], c["last"][0]), mdate(2025, 3, 13, 12, 2, 40),
          mid("outlook", 405, "westshire-hct.nhs.example"))
    emit("negative", 5, "inbound-health-visitor", message(h, alt(text, style="outlook")), "fiona.mcleod@westshire-hct.nhs.example",
         rc, None, "alternative", "inbound-health-visitor", "Inbound: health visitor sends nursery a child's health review with DOB and NHS number")

    # ---- 6 S/MIME encrypted EHCP paperwork to LA
    rc = ["sen.casework@westshire.gov.example"]
    h = H(A("Rachel Adeyemi", staff("r.adeyemi")), A("SEN Casework Team", rc[0]), "Annual review paperwork (encrypted)",
          mdate(2025, 3, 21, 15, 2, 0), mid("outlook", 406), extra=["Content-Class: urn:content-classes:message"])
    emit("negative", 6, "smime-ehcp", message(h, smime_part(4006)), staff("r.adeyemi"), rc, staff("r.adeyemi"), "smime",
         "smime-ehcp", "SENCo sends EHCP review paperwork to the LA as an S/MIME enveloped (encrypted) message")

    # ---- 7 PGP/MIME to police
    rc = ["encompass@westshire.police.example"]
    h = H(A("Mark Fenwick", staff("m.fenwick")), A("Operation Encompass", rc[0]), "...",
          mdate(2025, 4, 2, 15, 40, 21), mid("tbird", 407), extra=["User-Agent: Mozilla Thunderbird"])
    emit("negative", 7, "pgp-police", message(h, pgp_part(4007)), staff("m.fenwick"), rc, staff("m.fenwick"), "pgp-mime",
         "pgp-police", "DSL replies to police Operation Encompass as a PGP/MIME encrypted message (subject hidden)")

    # ---- 8 password-protected zip NCMP list to school nursing
    rng = random.Random(4008)
    out = ["Surname,Forename,Sex,DOB,NHS Number,Postcode,Class"]
    for _ in range(12):
        c = child(rng, 6)
        out.append("%s,%s,%s,%s,%s,%s,%s" % (c["last"], c["first"], c["sex"], dfmt(c["dob"], "iso"), c["nhs"], c["pc"], "6R"))
    z = encrypted_zip([("NCMP_Y6_6R.csv", ("\r\n".join(out) + "\r\n").encode("utf-8"))], "Fern!hill-Ncmp25", 4008,
                      when=(2025, 2, 5, 10, 0, 0))
    body = """Hi Becky,

The 6R list for the height and weight session is attached as a password-protected zip, as per your team's guidance. I'll text you the password from the office mobile.

Kind regards,
Bev
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(z, "application/zip", "NCMP_Y6_6R.zip")], "outlook")
    rc = ["schoolnursing.west@westshire-hct.nhs.example"]
    h = H(A("Bev Pritchard", staff("b.pritchard")), A("School Nursing Team (West)", rc[0]), "6R list (password protected)",
          mdate(2025, 2, 5, 10, 6, 30), mid("outlook", 408))
    emit("negative", 8, "encrypted-zip-ncmp", message(h, mp), staff("b.pritchard"), rc, staff("b.pritchard"), "encrypted-zip",
         "encrypted-zip-ncmp", "Admin officer sends the school nurses a class list inside a password-protected (ZipCrypto) zip")

    # ---- 9 PTA order with order/invoice numbers, qp
    body = """Hi Jess,

Thanks for the quote. Please go ahead with the following for the Summer Fair:

\u2022 Order no. 4417 0093 2261 5583 \u2013 2 x inflatable obstacle course hire (Sat 5 July, 10am\u20134pm)
\u2022 Order no. 4417 0093 2261 5591 \u2013 1 x hook-a-duck stall with 100 prizes
\u2022 Invoice ref INV-2025-00871 \u2013 deposit of \u00a3150 paid today by bank transfer

Delivery to the junior field gate on Fernhill Road from 8am. Site manager Ray is on 07700 900118 on the day.

Many thanks,
Lisa Grainger
PTA Chair
"""
    rc = ["jess@bouncebros-hire.example"]
    h = H(A("Lisa Grainger", staff("pta")), A("Jess @ Bounce Bros", rc[0]), "Summer Fair order confirmation",
          mdate(2025, 5, 20, 20, 45, 0), mid("outlook", 409))
    emit("negative", 9, "pta-order-numbers", message(h, text_part(body, charset="utf-8", cte="quoted-printable")), staff("pta"),
         rc, staff("pta"), "qp", "pta-order-numbers", "PTA chair confirms a hire order quoting 16-digit order numbers and an invoice ref (no personal data)")

    # ---- 10 head from phone to coach company: numbers only
    body = """Hi, confirming for 22 May: 86 children + 12 adults, so the 2 x 57 seaters are fine. Leaving school 9.15 not 9.00 please as register runs late. Back for 4pm.

Helen Marchant
Sent from my iPhone"""
    rc = ["bookings@vale-coaches.example"]
    h = H(A("Helen Marchant", staff("h.marchant")), rc[0], "Re: VC-24817", mdate(2025, 5, 13, 7, 12, 40), mid("apple", 410))
    emit("negative", 10, "coach-numbers", message(h, text_part(body, charset="us-ascii", cte="7bit")), staff("h.marchant"), rc,
         staff("h.marchant"), "mobile", "coach-numbers", "Head confirms coach numbers and times from her phone (counts only)")

    # ---- 11 hall hire invoice pdf with school's own bank details
    lines = ["FERNHILL FEDERATION", "Fernhill Road, Ashcombe Green", "", "INVOICE  FF-HH-0419", "Date: 03/02/2025", "",
             "To: 3rd Ashcombe Brownies", "", "Hall hire - junior hall, Tuesdays 6-7.30pm",
             "Spring term 2025 (11 sessions @ GBP 22.00)          GBP 242.00", "",
             "TOTAL DUE                                          GBP 242.00", "Payment due within 30 days.", "",
             "Please pay by BACS to:", "Account name: Fernhill Federation Fund Account", "Bank: NatWest, Ashcombe Green",
             "Sort code: 01-47-29", "Account number: 38175029", "Reference: FF-HH-0419", "",
             "VAT exempt. Queries: finance@school.example / 01632 960214"]
    body = """Dear Mrs Oakley,

Please find attached the invoice for the Brownies' hall hire this term. Payment details are on the invoice.

Kind regards,
Sunita Kaur
School Business Manager
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(pdf(lines, "Invoice FF-HH-0419"), "application/pdf", "Invoice FF-HH-0419.pdf")], "outlook")
    rc = ["ashcombe.brownies3@example.org"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Jan Oakley", rc[0]), "Invoice FF-HH-0419 - hall hire spring term",
          mdate(2025, 2, 3, 11, 20, 0), mid("outlook", 411))
    emit("negative", 11, "school-bank-invoice", message(h, mp), staff("s.kaur"), rc, staff("s.kaur"), "attach-pdf",
         "school-bank-invoice", "Business manager sends a hall-hire invoice PDF showing the school's own sort code and account number")

    # ---- 12 aggregate statistics xlsx to diocese
    rows = [["Fernhill C of E Junior School - data for SIAMS self-evaluation (aggregate, no pupil names)", "", "", "", ""],
            ["Year group", "Number on roll", "Attendance % (Aut-Spr)", "SEN support", "EHCP"],
            ["Year 3", 58, 95.8, 7, 1], ["Year 4", 60, 95.1, 9, 2], ["Year 5", 59, 94.6, 8, 1], ["Year 6", 57, 95.3, 6, 2],
            ["Total", 234, 95.2, 30, 6], ["", "", "", "", ""],
            ["Disadvantaged pupils: 21.4%", "", "", "", ""],
            ["KS2 2024: 68% RWM expected (LA 61%)", "", "", "", ""]]
    body = """Dear Mark,

Ahead of your visit on 12 March, attached is the aggregate data you asked for. It's all at year-group level - no individual pupil data.

Best wishes,
Helen
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(xlsx([("Summary", rows)], when=(2025, 2, 27, 12, 0, 0)),
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "Fernhill Junior aggregate data.xlsx")], "outlook")
    rc = ["m.sheldon@harcourt-diocese.example"]
    h = H(A("Helen Marchant", staff("h.marchant")), A("Mark Sheldon", rc[0]), "Data ahead of visit 12 March",
          mdate(2025, 2, 27, 12, 14, 8), mid("outlook", 412))
    emit("negative", 12, "aggregate-stats", message(h, mp), staff("h.marchant"), rc, staff("h.marchant"), "attach-xlsx",
         "aggregate-stats", "Head sends the diocese aggregate year-group attendance and SEN counts, no pupil data")

    # ---- 13 blank in-year admission data collection form docx
    doc = docx([("h", "Fernhill Federation - New Pupil Data Collection Form"),
                ("p", "Please complete in BLOCK CAPITALS and return to the school office."),
                ("table", [["Child's legal surname", ""], ["Child's legal forename(s)", ""], ["Date of birth (DD/MM/YYYY)", ""],
                           ["NHS number (if known)", ""], ["Home address and postcode", ""], ["Previous school", ""],
                           ["Parent/carer 1 name and mobile", ""], ["Parent/carer 2 name and mobile", ""],
                           ["Medical conditions / allergies", ""], ["Dietary requirements", ""], ["Ethnicity (optional)", ""],
                           ["Photo consent (Y/N)", ""]]),
                ("p", "We use this information in line with our privacy notice, available on the school website.")],
               author="Fernhill Federation", title="New pupil data form", when=(2024, 9, 2, 9, 0, 0))
    body = """Hi Gemma,

As requested at the admissions forum, here is our blank new-pupil data collection form so you can compare it with the council's template. Happy for you to share it with other schools.

Tracey
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    "New pupil data collection form (blank).docx")], "outlook")
    rc = ["admissions@westshire.gov.example"]
    h = H(A("Tracey Holloway", staff("t.holloway")), A("Westshire School Admissions", rc[0]), "Our blank data collection form",
          mdate(2024, 10, 4, 13, 30, 0), mid("outlook", 413))
    emit("negative", 13, "blank-form", message(h, mp), staff("t.holloway"), rc, staff("t.holloway"), "attach-docx", "blank-form",
         "Office sends the LA a blank new-pupil data collection form template (empty fields only)")

    # ---- 14 data protection policy draft to DPO service
    doc = docx([("h", "Fernhill Federation - Data Protection Policy (DRAFT v3, February 2025)"),
                ("b", "1. Aims"),
                ("p", "The federation aims to ensure that all personal data collected about staff, pupils, parents, governors, visitors and other individuals is collected, stored and processed in accordance with UK GDPR and the Data Protection Act 2018."),
                ("b", "2. Sending personal data by email"),
                ("p", "Personal data about pupils or staff must not be sent outside the federation by ordinary email. Use the secure transfer routes listed in Appendix B (S2S, the LA secure portal, encrypted email), or a password-protected file with the password sent by a different route."),
                ("b", "3. Special category data"),
                ("p", "Health, SEN and safeguarding information is special category data and must only be shared where there is a lawful basis and a condition under Article 9, and with the minimum detail necessary."),
                ("b", "4. Data breaches"),
                ("p", "Any suspected breach must be reported to the School Business Manager immediately, who will inform the DPO within 24 hours. Reportable breaches must be notified to the ICO within 72 hours."),
                ("b", "5. Review"),
                ("p", "This policy is reviewed every two years by the Resources Committee.")],
               author="Sunita Kaur", title="Data Protection Policy draft", when=(2025, 2, 17, 16, 0, 0))
    body = """Hi Priti,

Attached is our draft data protection policy for your review before it goes to the Resources Committee on 11 March. I've added a new section 2 about email after the reminder at the DPO briefing.

Thanks,
Sunita
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    "Data Protection Policy DRAFT v3.docx")], "outlook")
    rc = ["dpo@schools-dpo.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Schools DPO Service", rc[0]), "DP policy draft for review",
          mdate(2025, 2, 17, 16, 22, 0), mid("outlook", 414))
    emit("negative", 14, "dp-policy-draft", message(h, mp), staff("s.kaur"), rc, staff("s.kaur"), "attach-docx", "dp-policy-draft",
         "Business manager sends the external DPO a draft data protection policy with no personal data")

    # ---- 15 child protection policy summary to governors' personal emails, hard wrapped
    text = """Dear Governors,

Ahead of the Full Governing Body on Tuesday, here is a summary of the changes to our Child Protection and Safeguarding Policy for 2024-25. The full policy is in the governors' shared drive.

Main changes:
1. Updated to reflect Keeping Children Safe in Education 2024, including the new section on children who are absent from education.
2. Filtering and monitoring: named roles and the annual review now written in (DSL with the IT technician, reporting to the link governor).
3. Online safety: a new paragraph on viral 'challenge' messages and how staff should respond to parents' concerns.
4. Low-level concerns: the procedure for staff has been simplified and now sits in an appendix.
5. Contacts: the LA MASH, LADO and Operation Encompass contact details have been updated.

There is no pupil information in the policy or this summary. Anonymised safeguarding figures for the year will come in my termly report as usual.

Please send any questions before the meeting.

Mark Fenwick
Designated Safeguarding Lead
"""
    rc = ["r.whitmore.gov@example.net", "anne.castell@example.org", "k.ibrahim.home@example.com", "jo.pennington@example.com"]
    h = H(A("Mark Fenwick", staff("m.fenwick")), [A("Richard Whitmore", rc[0]), A("Anne Castell", rc[1]),
                                                 A("Khalid Ibrahim", rc[2]), A("Jo Pennington", rc[3])],
          "CP policy 2024-25 - summary of changes", mdate(2024, 9, 26, 17, 0, 0), mid("outlook", 415),
          cc=A("Helen Marchant", staff("h.marchant")))
    emit("negative", 15, "cp-policy-summary", message(h, text_part(hardwrap(text, 72), charset="us-ascii", cte="7bit")),
         staff("m.fenwick"), rc + [staff("h.marchant")], staff("m.fenwick"), "hard-wrapped", "cp-policy-summary",
         "DSL sends governors' personal addresses a summary of child protection policy changes with no personal data")

    # ---- 16 MIS support ticket reply with invalid test UPNs
    bad = []
    rng = random.Random(4016)
    while len(bad) < 4:
        rest = "%03d%04d%02d%03d" % (999, 9001, 24, rng.randint(1, 999))
        good = upn_check_letter(rest)
        wrong = rng.choice([l for l in UPN_LETTERS if l != good])
        bad.append(wrong + rest)
    body = """Hi Connor,

Thanks - that's the problem. The four records that failed in our test import were the dummy pupils our trainer set up in the TRAINING database, not real children. Their made-up UPNs are:

%s

They all fail the check letter, which explains the "Invalid UPN" error. I've deleted them from the training site and the import now runs cleanly, so you can close ticket 88231.

Thanks for your help,
Tracey

-----Original Message-----
From: MIS Support <support@mis-helpdesk.example>
Sent: 18 February 2025 11:02
To: Tracey Holloway <t.holloway@school.example>
Subject: [Ticket 88231] CTF import error - Fernhill Infant

> Hi Tracey,
>
> Looking at the log for ticket 88231, the import stops at four records
> with the error "Invalid UPN (check character)". Are these live pupils
> or test records? If they're test records you can delete them and re-run.
>
> Kind regards,
> Connor
> MIS Support, 2nd line
""" % "\n".join("  " + b for b in bad)
    rc = ["support@mis-helpdesk.example"]
    h = H(A("Tracey Holloway", staff("t.holloway")), A("MIS Support", rc[0]), "RE: [Ticket 88231] CTF import error - Fernhill Infant",
          mdate(2025, 2, 18, 13, 40, 2), mid("outlook", 416),
          extra=["In-Reply-To: " + mid("other", 4160, "mis-helpdesk.example"), "References: " + mid("other", 4160, "mis-helpdesk.example")])
    emit("negative", 16, "invalid-test-upns", message(h, text_part(body, charset="us-ascii", cte="7bit")), staff("t.holloway"), rc,
         staff("t.holloway"), "reply-quoted", "invalid-test-upns",
         "Office replies to MIS support listing dummy training UPNs that fail the check letter; ticket numbers only")

    # ---- 17 supplier contact list csv
    csvdata = ("Supplier,Service,Contact,Phone,Our customer ref\r\n"
               "Harvest Table Catering,School meals,Marianne Hughes,0113 496 0421,HTC-FERN-02\r\n"
               "Vale Coaches,Transport,Bookings desk,0161 496 0733,VC-ACC-1187\r\n"
               "Ashcombe Waste Services,Waste & recycling,Accounts,01632 960588,AWS/3381\r\n"
               "BrightSpark Electrical,Site electrics,Dale Fenn,07700 900431,BSE-209\r\n"
               "Westshire Grounds,Grounds maintenance,Office,01632 960702,WG-FERNHILL\r\n"
               "CleanRight,Cleaning contract,Area manager,0113 496 0190,CR-5520\r\n"
               "Lens & Light,School photography,Dan Whitlow,01632 960911,LL-24-FERN\r\n")
    body = """Hi Owen,

As requested for the procurement review, attached is our list of main suppliers with the contact numbers we use and our account references with each.

Sunita
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(csvdata.encode("ascii"), "text/csv", "Fernhill supplier contacts.csv")], "outlook")
    rc = ["o.bradshaw@schools-procurement.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Owen Bradshaw", rc[0]), "Supplier list for procurement review",
          mdate(2025, 4, 24, 10, 5, 0), mid("outlook", 417))
    emit("negative", 17, "supplier-contacts", message(h, mp), staff("s.kaur"), rc, staff("s.kaur"), "attach-csv",
         "supplier-contacts", "Business manager sends a procurement adviser a CSV of supplier phone numbers and account refs")

    # ---- 18 event dates to photographer, flowed
    body = """Hi Dan,

Here are the dates we'd like you for this year \u2013 could you confirm which you can do?

\u2022 Individual and sibling photos (both sites): Thursday 03/10/2024, from 8.45am
\u2022 Nursery and Reception class groups: Tuesday 14/01/2025, 1.30pm
\u2022 Year 6 leavers' group and hoodie photo: Friday 27/06/2025, 11am
\u2022 Sports Day (action shots for the website, junior site only): Tuesday 24/06/2025, reserve 26/06/2025

Sibling sign-up closes on 26/09/2024; I'll send you the numbers (not names) the day after so you can plan time slots.

Thanks,
Tracey
"""
    rc = ["dan@lensandlight-photography.example"]
    h = H(A("Tracey Holloway", staff("t.holloway")), A("Dan Whitlow", rc[0]), "Photo dates 2024-25",
          mdate(2024, 9, 10, 12, 2, 0), mid("apple", 418))
    emit("negative", 18, "event-dates", message(h, text_part(flowed(body), charset="utf-8", cte="8bit", flow=True)),
         staff("t.holloway"), rc, staff("t.holloway"), "flowed", "event-dates",
         "Office sends the photographer a list of event dates in DD/MM/YYYY form, no personal data")

    # ---- 19 anonymised case study to speech therapist, base64
    body = """Hi Claire,

For the training session you're running for our TAs on 4 June, here is the anonymised case study you asked for. I've removed anything identifying \u2013 please use it as it is.

CASE STUDY \u2013 \u201cChild A\u201d
Child A is a boy in Key Stage 1. He joined us in Reception with limited expressive language and some difficulty following two-part instructions. He has had small-group language sessions three times a week.

What worked: visual timetables, pre-teaching topic vocabulary, and giving him extra processing time before expecting an answer. What was harder: unstructured times (lunch and wet play), and any change of adult.

After four terms his expressive language has moved from mostly single words to short sentences, and he now joins in with role play.

Questions for discussion:
1. How could we build more of his strategies into whole-class teaching?
2. What would you look for to decide whether a referral to your service was needed?

Thanks,
Rachel
"""
    rc = ["claire@brightwords-slt.example"]
    h = H(A("Rachel Adeyemi", staff("r.adeyemi")), A("Claire Ashdown", rc[0]), "Anonymised case study for TA training",
          mdate(2025, 5, 19, 16, 44, 0), mid("outlook", 419))
    emit("negative", 19, "anonymised-case-study", message(h, text_part(body, charset="utf-8", cte="base64")), staff("r.adeyemi"),
         rc, staff("r.adeyemi"), "base64", "anonymised-case-study", "SENCo sends a speech therapist an anonymised 'Child A' case study for training")

    # ---- 20 internal payroll check SBM -> head, cp1252
    rng = random.Random(4020)
    lines = []
    for _ in range(4):
        s, a = make_bank(rng)
        lines.append("\u2022 %s %s \u2013 NI %s \u2013 new bank %s / %s" % (rng.choice(ADULT_F + ADULT_M), rng.choice(SURNAMES),
                                                                   fmt_nino(make_nino(rng)), s, a))
    body = """Helen,

Before I sign off March payroll, these four staff have changed bank details this month. Could you check and initial the forms in your tray? Details for your reference:

%s

I\u2019ve checked each one by phone with the member of staff as per our fraud procedure.

Sunita
""" % "\n".join(lines)
    rc = [staff("h.marchant")]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Helen Marchant", rc[0]), "Payroll - bank detail changes to check",
          mdate(2025, 3, 17, 9, 2, 0), mid("outlook", 420))
    emit("negative", 20, "internal-payroll-check", message(h, text_part(body, charset="windows-1252", cte="8bit")),
         staff("s.kaur"), rc, staff("s.kaur"), "cp1252", "internal-payroll-check",
         "Business manager sends the head (internal only) staff NI numbers and new bank details to verify")

    # ---- 21 internal TA -> SENCo medical notes, html only
    rng = random.Random(4021)
    c = child(rng, 1, "M")
    html = """<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Hi Rachel,</p>
<p>Just so you have it for the care plan meeting &ndash; %s %s (1H, DOB %s, NHS %s) had another absence seizure in phonics today at 10.20, about 15 seconds, then very tired. That's the third this week. Mum says the neurologist (Dr Sandhu) has increased his ethosuximide.</p>
<p>I've recorded it on the seizure log in the medical room.</p>
<p>Dawn</p>
</div></body></html>
""" % (c["first"], c["last"], dfmt(c["dob"]), fmt_nhs(c["nhs"]))
    rc = [staff("r.adeyemi")]
    h = H(A("Dawn Fairbrother", staff("d.fairbrother")), A("Rachel Adeyemi", rc[0]), "%s - seizure today" % c["first"],
          mdate(2025, 1, 22, 12, 20, 0), mid("outlook", 421), cc=A("Amy Carver", staff("a.carver")))
    emit("negative", 21, "internal-medical-note", message(h, text_part(html, "html", "utf-8", "quoted-printable")),
         staff("d.fairbrother"), rc + [staff("a.carver")], staff("d.fairbrother"), "html-only", "internal-medical-note",
         "TA tells the SENCo (internal) about a pupil's seizure with DOB and NHS number")

    # ---- 22 inbound payments provider report with masked cards
    rng = random.Random(4022)
    out = ["Transaction ID,Date,Payer ref,Item,Card,Amount"]
    for i in range(10):
        out.append("TXN-%d,%s,FKC-%04d,%s,**** **** **** %04d,%.2f" % (
            rng.randint(100000000, 999999999), "2025-03-%02d" % rng.randint(1, 28), rng.randint(1, 400),
            rng.choice(["Breakfast club", "After school club", "Holiday club day"]), rng.randint(0, 9999),
            rng.choice([4.50, 12.00, 23.40, 9.00, 46.80])))
    body = """Hello,

Your monthly card transaction report for Fernhill Kids' Club (merchant FKC) is attached. Card numbers are masked in line with PCI DSS.

Payout of the March balance will reach your nominated account on 3 April.

ClubPay Merchant Services
This is an automated message - please do not reply.
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(("\r\n".join(out) + "\r\n").encode("ascii"), "text/csv", "FKC transactions 2025-03.csv")],
                   "other")
    rc = [staff("k.lomas")]
    h = H(A("ClubPay Merchant Services", "no-reply@clubpay.example"), A("Kerry Lomas", rc[0]), "Your March transaction report",
          mdate(2025, 4, 1, 6, 0, 0), mid("other", 422, "clubpay.example"))
    emit("negative", 22, "inbound-masked-cards", message(h, mp), "no-reply@clubpay.example", rc, None, "attach-csv",
         "inbound-masked-cards", "Inbound: payments provider sends a transaction CSV with masked card numbers and transaction IDs")

    # ---- 23 outbound PTA uniform order confirmation, alternative
    text = """Hi Marcus,

Thanks for the call. Confirming our second-hand uniform rail restock order:

Order reference: 5032 8841 0076 1192
Customer account: PTA-FERN-0042
Quote number: Q-20250314-07

- 40 x sweatshirts (navy, logo), assorted sizes 4-11
- 25 x book bags
- 15 x PE bags

Delivery to the junior office between 24 and 28 March please. Invoice to the PTA, not the school.

Thanks,
Lisa
"""
    rc = ["marcus@schoolwear-direct.example"]
    h = H(A("Lisa Grainger", staff("pta")), A("Marcus - Schoolwear Direct", rc[0]), "Order 5032 8841 0076 1192 - confirmation",
          mdate(2025, 3, 14, 12, 30, 0), mid("gmail", 423, "school.example"))
    emit("negative", 23, "pta-order-confirmation", message(h, alt(text, style="gmail", bstyle="gmail")), staff("pta"), rc,
         staff("pta"), "alternative", "pta-order-confirmation",
         "PTA chair confirms a uniform order with a long order reference and account code (no personal data)")

    # ---- 24 school's own bank details to a parent for trip payment, latin-1
    body = """Dear Mr Osei,

Thank you for your email. Yes, if the payments app isn't working for you, you can pay the \xa3185 balance for the Year 5 residential by bank transfer to the school fund account:

Account name: Fernhill Federation Fund Account
Sort code: 01-47-29
Account number: 38175029
Reference: Y5RES + your child's surname

Please email me once you have made the transfer so I can mark it as paid. The final date for payment is Friday 25 April.

Kind regards,

Sunita Kaur
School Business Manager
"""
    rc = ["k.osei.home@example.net"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Kwame Osei", rc[0]), "RE: Paying for residential",
          mdate(2025, 4, 9, 10, 12, 0), mid("tbird", 424))
    emit("negative", 24, "school-bank-details", message(h, text_part(body, charset="iso-8859-1", cte="8bit")), staff("s.kaur"),
         rc, staff("s.kaur"), "latin1", "school-bank-details",
         "Business manager gives a parent the school's own bank account details to pay a trip balance")

    # ---- 25 raffle ticket numbers to printer
    body = """Hi Pete,

Please could you print the Christmas raffle tickets as last year:

- 2,500 books of 5 tickets, numbered 000001 to 012500
- Colour: red on white
- Prizes listed on the back (text attached last week)
- Licence: Small society lottery, Westshire Council registration SSL/0481

Also for your records, last year's winning ticket numbers were 004127,
010983 and 002255 - we'd like the same stub layout.

Delivery to the junior office by Monday 11 November please.

Thanks,
Lisa (Friends of Fernhill PTA)
"""
    rc = ["pete@ashcombeprint.example"]
    h = H(A("Lisa Grainger", staff("pta")), A("Ashcombe Print", rc[0]), "Raffle tickets - Christmas 2024",
          mdate(2024, 10, 22, 19, 14, 0), mid("outlook", 425))
    emit("negative", 25, "raffle-tickets", message(h, text_part(body, charset="us-ascii", cte="7bit")), staff("pta"), rc,
         staff("pta"), "plain-7bit", "raffle-tickets", "PTA orders raffle tickets quoting ticket number ranges and a licence number")

    # ---- 26 census summary counts forwarded to LA
    body = """Hi Josh,

As requested, here's the headline summary from our spring census return - I've forwarded Tracey's internal note below.

Sunita

---------- Forwarded message ---------
From: Tracey Holloway <t.holloway@school.example>
Date: Thu, 16 Jan 2025 at 15:10
Subject: Census done!
To: Sunita Kaur <s.kaur@school.example>


Spring census submitted and authorised this afternoon. Headline numbers:

Infant (incl. nursery): 268 on roll - Nursery 42 (26 taking 30 hours), Reception 60, Y1 83, Y2 83
Junior: 234 on roll
FSM eligible: 71 across both schools (14.1%)
SEN support: 54, EHCP: 11
Top-up funding claims: 6

No errors outstanding, two queries explained in the notepad.

T
"""
    rc = ["josh.pearce@westshire.gov.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Josh Pearce", rc[0]), "Fwd: Census done!", mdate(2025, 1, 17, 9, 40, 0),
          mid("gmail", 426, "school.example"))
    emit("negative", 26, "census-summary", message(h, text_part(body, charset="us-ascii", cte="7bit")), staff("s.kaur"), rc,
         staff("s.kaur"), "inline-forward", "census-summary", "Business manager forwards headline census counts (aggregate only) to the LA")

    # ---- 27 S/MIME new starter to payroll
    rc = ["payroll@payroll-partners.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Payroll Partners - Schools Team", rc[0]), "New starter - Fernhill Infant - April",
          mdate(2025, 3, 26, 14, 2, 30), mid("outlook", 427), extra=["Content-Class: urn:content-classes:message"])
    emit("negative", 27, "smime-payroll", message(h, smime_part(4027)), staff("s.kaur"), rc, staff("s.kaur"), "smime",
         "smime-payroll", "Business manager sends a new starter's payroll details to the bureau S/MIME-encrypted")

    # ---- 28 inbound zip of transition data from secondary
    rng = random.Random(4028)
    rows = [["Surname", "Forename", "UPN", "DOB", "Tutor group", "Induction attended"]]
    for _ in range(10):
        c = child(rng, 6)
        rows.append([c["last"], c["first"], c["upn"], dfmt(c["dob"]), rng.choice(["7A", "7C", "7H", "7S"]), rng.choice(["Y", "Y", "N"])])
    z = plainzip([("Fernhill Y6 - tutor groups.xlsx", xlsx([("Tutor groups", rows)], when=(2025, 7, 10, 12, 0, 0)))],
                 when=(2025, 7, 10, 12, 5, 0))
    body = """Dear Tom,

Thank you for all the transition information. Attached (zipped) is the list of which tutor groups your Year 6 pupils have been placed in, so you can let the children know on Monday if you'd like to.

Kind regards,
Diane Achterberg
Head of Year 7
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(z, "application/zip", "Fernhill tutor groups.zip")], "outlook")
    rc = [staff("t.ridley")]
    h = H(A("Diane Achterberg", "d.achterberg@ashcombe-academy.example"), A("Tom Ridley", rc[0]), "Tutor groups for your Y6",
          mdate(2025, 7, 10, 12, 20, 0), mid("outlook", 428, "ashcombe-academy.example"))
    emit("negative", 28, "inbound-transition-zip", message(h, mp), "d.achterberg@ashcombe-academy.example", rc, None, "zip",
         "inbound-transition-zip", "Inbound: secondary school sends a zipped spreadsheet of Y6 pupils' UPNs, DOBs and tutor groups")

    # ---- 29 password-protected zip claim pack to insurer
    rng = random.Random(4029)
    claim = ("Claim pack - Policy FSC-20417\r\nEmployee: Mr Gavin Doherty\r\nNI: %s\r\nDOB: %s\r\nReason: knee surgery\r\n"
             % (fmt_nino(make_nino(rng)), dfmt(adult_dob(rng, 1970, 1985)))).encode("ascii")
    z = encrypted_zip([("Claim FSC-20417-GD.txt", claim), ("Fit notes.txt", b"Fit note 1: 03/02/2025 - 02/03/2025\r\nFit note 2: 03/03/2025 - 30/03/2025\r\n")],
                      "Kq7-Fern-Ins", 4029, when=(2025, 3, 31, 9, 0, 0))
    body = """Dear Claims Team,

Please find attached the claim pack for policy FSC-20417. As per your secure email guidance the zip is password protected - I'll phone through the password this afternoon.

Kind regards,
Sunita Kaur
School Business Manager
"""
    mp = multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                             attach(z, "application/zip", "FSC-20417 claim pack.zip")], "outlook")
    rc = ["claims@schoolcover-insurance.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("SchoolCover Claims", rc[0]), "Claim pack - FSC-20417 (password protected)",
          mdate(2025, 3, 31, 9, 15, 0), mid("outlook", 429))
    emit("negative", 29, "encrypted-zip-claim", message(h, mp), staff("s.kaur"), rc, staff("s.kaur"), "encrypted-zip",
         "encrypted-zip-claim", "Business manager sends an insurer a staff claim pack in a password-protected zip, password by phone")

    # ---- 30 PGP/MIME pension return
    rc = ["employer.returns@westshire-pensionfund.example"]
    h = H(A("Sunita Kaur", staff("s.kaur")), A("Employer Returns", rc[0]), "...",
          mdate(2025, 5, 2, 9, 30, 0), mid("tbird", 430), extra=["User-Agent: Mozilla Thunderbird"])
    emit("negative", 30, "pgp-pension", message(h, pgp_part(4030)), staff("s.kaur"), rc, staff("s.kaur"), "pgp-mime",
         "pgp-pension", "Business manager sends the pension fund's monthly return as a PGP/MIME encrypted message")


# ---------------------------------------------------------------- self-checks
def _texts_of(path):
    import email
    from email import policy
    msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.compat32)
    out = []
    def walk(m):
        for part in m.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct == "message/rfc822":
                continue
            data = part.get_payload(decode=True) or b""
            fn = part.get_filename() or ""
            if ct.startswith("text/") or fn.lower().endswith((".csv", ".txt")):
                out.append(data.decode(part.get_content_charset() or "latin-1", "replace"))
            elif fn.endswith((".zip", ".docx", ".xlsx")) or ct in ("application/zip", "application/x-zip-compressed"):
                try:
                    z = zipfile.ZipFile(io.BytesIO(data))
                    for n in z.namelist():
                        if z.getinfo(n).flag_bits & 1:
                            continue
                        b = z.read(n)
                        if n.endswith((".docx", ".xlsx")):
                            z2 = zipfile.ZipFile(io.BytesIO(b))
                            out.extend(re.sub(r"<[^>]+>", " ", z2.read(x).decode("utf-8")) for x in z2.namelist())
                        else:
                            out.append(re.sub(r"<[^>]+>", " ", b.decode("utf-8", "replace")))
                except zipfile.BadZipFile:
                    pass
            elif ct == "application/pdf":
                out.append(data.decode("latin-1"))
    walk(msg)
    return "\n".join(out)

def scan_ids(text):
    found = []
    for m in re.finditer(r"(?<![0-9A-Za-z])[A-Z][0-9]{11}[0-9A-Z](?![0-9A-Za-z])", text):
        if upn_valid(m.group(0)):
            found.append(("UPN", m.group(0)))
    for m in re.finditer(r"(?<!\d)(\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)", text):
        d = re.sub(r"\D", "", m.group(1))
        if d == "0000000000":  # PDF xref free-list head, present in every PDF
            continue
        if nhs_valid(d):
            found.append(("NHS", m.group(1)))
        if uln_valid(d):
            found.append(("ULN", m.group(1)))
    for m in re.finditer(r"(?<!\d)((?:\d[ -]?){12,18}\d)(?!\d)", text):
        d = re.sub(r"\D", "", m.group(1))
        if 13 <= len(d) <= 19 and luhn_valid(d):
            found.append(("CARD", m.group(1)))
    for m in re.finditer(r"\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b", text):
        if nino_valid("".join(m.groups())):
            found.append(("NINO", m.group(0)))
    for m in re.finditer(r"\b(\d{2}-\d{2}-\d{2})\D{0,40}?(\d{8})\b", text, re.S):
        if bank_valid(m.group(1), m.group(2)):
            found.append(("BANK", m.group(1) + " " + m.group(2)))
    return found

def self_check():
    # every valid identifier we generate must pass our own validators
    problems = []
    for r in RECORDS:
        path = os.path.join(HERE, r["file"])
        ids = scan_ids(_texts_of(path))
        outbound = r["auth_user"] and any(not (x.endswith("@" + S) or x.endswith("@" + P)) for x in r["rcpt"])
        if r["label"] == "negative" and outbound and r["shape"] not in ("smime", "pgp-mime", "encrypted-zip"):
            allowed = {("BANK", "01-47-29 38175029")}
            bad = [i for i in ids if i not in allowed]
            if bad:
                problems.append((r["file"], bad))
        r["_ids"] = sorted(set(k for k, _ in ids))
    for p in problems:
        print("LOOK-ALIKE PROBLEM:", p)
    assert not problems
    for r in RECORDS:
        if r["label"] == "positive":
            print("  %-48s %s" % (r["file"], ",".join(r["_ids"]) or "(health/safeguarding text only)"))
        r.pop("_ids", None)


if __name__ == "__main__":
    assert bank_valid("01-47-29", "38175029"), "school account must be modulus-valid"
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            if f.startswith(W + "-") and f.endswith(".eml"):
                os.remove(os.path.join(HERE, d, f))
    pd_positive()
    pd_negative()
    self_check()
    finish("personal-data")
