#!/usr/bin/env python3
# Deterministic generator for writer v4 (stdlib only). Run from inside the policy folder.
import base64, datetime, hashlib, html, io, json, os, quopri, random, struct, textwrap, zipfile, zlib
from email.header import Header
from email.utils import format_datetime, formataddr

# ---------------------------------------------------------------- identifiers
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn(la, estab, year, serial):
    """13-char UPN: check letter + LA(3) + estab(4) + year(2) + serial(3)."""
    body = "%03d%04d%02d%03d" % (la, estab, year, serial)
    return upn_check(body) + body

def upn_check(body12):
    total = 0
    for i, ch in enumerate(body12):
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        total += v * (i + 2)
    return UPN_LETTERS[total % 23]

def uln_check(first9):
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 10 - (s % 11)
    return None if c == 10 else c

def make_uln(rng):
    while True:
        f = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(f)
        if c is not None:
            return f + str(c)

def nhs_check(first9):
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c

def make_nhs(rng):
    while True:
        f = str(rng.choice([4, 4, 4, 6, 7])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(f)
        if c is not None:
            return f + str(c)

def fmt_nhs(n):
    return "%s %s %s" % (n[:3], n[3:6], n[6:])

NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

def nino_ok(n):
    n = n.replace(" ", "")
    if len(n) != 9:
        return False
    a, b = n[0], n[1]
    if not (a.isalpha() and b.isalpha() and n[2:8].isdigit() and n[8] in "ABCD"):
        return False
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and (a + b) not in NINO_BAD_PREFIX

def make_nino(rng):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        n = rng.choice(letters) + rng.choice(letters) + "%06d" % rng.randint(0, 999999) + rng.choice("ABCD")
        if nino_ok(n):
            return n

def fmt_nino(n):
    return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])

def luhn_ok(num):
    digits = [int(d) for d in num if d.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def make_card(rng, prefix, length=16):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def fmt_card(c):
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))

def wrong_last(num):
    """Same number with the final digit bumped, i.e. a failing check digit."""
    return num[:-1] + str((int(num[-1]) + 1) % 10)

# ---------------------------------------------------------------- ooxml + zip
FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)

def _zip(entries, time=FIXED_ZIP_TIME):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()

def make_zip(entries):
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in entries])

def _x(s):
    return html.escape(s, quote=False)

def make_docx(paragraphs, title=None):
    """paragraphs: list of str (a str starting with '# ' becomes bold) or list-of-rows (table)."""
    body = []
    for p in paragraphs:
        if isinstance(p, list):
            rows = []
            for r in p:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        elif p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>') % "".join(body)
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title></cp:coreProperties>') % _x(title or "")
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                     ("word/document.xml", doc)])

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>') % "".join(xr)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % _x(sheet)
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
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])

# traditional PKWARE (ZipCrypto) encryption, so a password-protected zip can be built with stdlib
_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)

def _crc_byte(crc, b):
    return _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)

class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_byte(k0, b)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = _crc_byte(k2, (k1 >> 24) & 0xFF)
        self.k = [k0, k1, k2]

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(b)
        return bytes(out)

def make_encrypted_zip(entries, password, seed):
    rng = random.Random(seed)
    pwd = password.encode("ascii")
    dostime = (9 << 11) | (0 << 5)
    dosdate = ((2025 - 1980) << 9) | (1 << 5) | 6
    local = io.BytesIO()
    central = []
    for name, data in entries:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(pwd)
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        enc = zc.encrypt(header + comp)
        fname = name.encode("utf-8")
        offset = local.tell()
        local.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0001, 8, dostime, dosdate,
                                crc, len(enc), len(data), len(fname), 0))
        local.write(fname)
        local.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x0001, 8, dostime, dosdate,
                                   crc, len(enc), len(data), len(fname), 0, 0, 0, 0, 0o644 << 16, offset) + fname)
    cd_start = local.tell()
    for c in central:
        local.write(c)
    cd_size = local.tell() - cd_start
    local.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size, cd_start, 0))
    return local.getvalue()

# ---------------------------------------------------------------- mime building
def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()

def A(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")

def addr_of(a):
    return a[a.index("<") + 1:a.index(">")] if "<" in a else a

def fold_list(addrs):
    if len(", ".join(addrs)) < 60:
        return ", ".join(addrs)
    return (",\n ").join(addrs)

def hard_wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        lead = ""
        stripped = line
        while stripped.startswith(">"):
            lead += ">"
            stripped = stripped[1:]
        if lead:
            lead += " "
            stripped = stripped.lstrip()
        bullet = ""
        for b in ("- ", "* ", "  "):
            if stripped.startswith(b):
                bullet = " " * len(b)
                break
        w = textwrap.wrap(stripped, width=width - len(lead), subsequent_indent=bullet,
                          break_long_words=False, break_on_hyphens=False)
        out.extend(lead + x for x in w)
    return "\n".join(out)

def flow(text, width=72):
    """RFC 3676 format=flowed (DelSp=No)."""
    out = []
    for line in text.split("\n"):
        q = ""
        rest = line
        while rest.startswith(">"):
            q += ">"
            rest = rest[1:]
        if q and rest.startswith(" "):
            rest = rest[1:]
        prefix = q + (" " if q else "")
        if line == "-- ":
            out.append(line)
            continue
        rest = rest.rstrip(" ")
        if len(prefix + rest) <= width:
            chunks = [rest]
        else:
            chunks = textwrap.wrap(rest, width=width - len(prefix) - 1, break_long_words=False,
                                   break_on_hyphens=False, drop_whitespace=True)
        for i, ch in enumerate(chunks):
            s = ch
            if not q and (s.startswith(" ") or s.startswith("From ") or s.startswith(">")):
                s = " " + s
            if i < len(chunks) - 1:
                s += " "
            out.append(prefix + s)
    return "\n".join(out)

def text_to_html(text, font="Calibri, Arial, sans-serif"):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            inner = "<br>\n".join(l.replace("&gt; ", "", 1).replace("&gt;", "", 1) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div style="font-family:%s;font-size:11pt;color:#000000">\n%s\n</div>\n</body>\n</html>\n') % (font, "\n".join(out))

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, LF line ends

    def render(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers).encode("ascii")
        return h + b"\n" + self.body

def _b64(data):
    return base64.encodebytes(data)

def text_part(text, subtype="plain", charset="utf-8", cte="7bit", flowed=False, wrap=None):
    if flowed:
        text = flow(text)
    elif wrap:
        text = hard_wrap(text, wrap)
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    ctype = "text/%s; charset=%s" % (subtype, '"%s"' % charset if subtype == "html" else charset)
    if flowed:
        ctype = "text/plain; charset=%s; format=flowed; delsp=no" % charset
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = _b64(raw)
    else:
        body = raw
        if cte == "7bit":
            raw.decode("ascii")
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body)

def html_part(html_text, charset="utf-8", cte="quoted-printable"):
    return text_part(html_text, "html", charset, cte)

def attachment(filename, ctype, data, inline=False):
    if isinstance(data, str):
        data = data.encode("utf-8")
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
                 ("Content-Transfer-Encoding", "base64")], _b64(data))

def text_attachment(filename, text, charset="utf-8", ctype="text/plain"):
    data = text.replace("\n", "\r\n").encode(charset)
    return Part([("Content-Type", '%s; charset=%s; name="%s"' % (ctype, charset, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], _b64(data))

def rfc822_part(msg_bytes, filename=None):
    h = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else ""))]
    if filename:
        h.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    try:
        msg_bytes.decode("ascii")
        h.append(("Content-Transfer-Encoding", "7bit"))
    except UnicodeDecodeError:
        h.append(("Content-Transfer-Encoding", "8bit"))
    return Part(h, msg_bytes)

def multipart(subtype, parts, boundary, params=""):
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary))], body)

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "txt": "text/plain",
}

def bnd(tag, i=0):
    h = hashlib.sha1(("%s-%d" % (tag, i)).encode()).hexdigest()
    return "----=_Part_%s_%s" % (h[:8], h[8:20])

def mime_message(frm, to, subject, date, part, cc=None, msgid=None, extra=None, mime_version=True):
    hs = [("From", frm), ("To", fold_list(to))]
    if cc:
        hs.append(("Cc", fold_list(cc)))
    hs.append(("Subject", enc_header(subject)))
    hs.append(("Date", date))
    hs.append(("Message-ID", msgid))
    for k, v in (extra or []):
        hs.append((k, v))
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    return Part(hs + part.headers, part.body).render()

def _last_sunday(y, mo):
    d = datetime.date(y, mo, 31)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)

def D(y, mo, d, h, mi, s=0, off=None):
    if off is None:  # UK local time: BST between the last Sundays of March and October
        day = datetime.date(y, mo, d)
        off = 1 if _last_sunday(y, 3) <= day < _last_sunday(y, 10) else 0
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))

INTERNAL = ("school.example", "students.school.example")

def is_internal(a):
    return a.lower().rsplit("@", 1)[1] in INTERNAL

class Corpus:
    def __init__(self, tag):
        self.tag = tag
        self.items = []

    def add(self, label, family, shape, note, frm, to, subject, date, part, cc=None, bcc=None,
            extra=None, auth="auto", msgid_domain=None):
        n = len(self.items) + 1
        fname = "%s/%s-%03d-%s.eml" % (label, self.tag, n, family)
        mail_from = addr_of(frm)
        if auth == "auto":
            auth = mail_from if is_internal(mail_from) else None
        dom = msgid_domain or mail_from.rsplit("@", 1)[1]
        mid = "<%s@%s>" % (hashlib.sha1(fname.encode()).hexdigest()[:24].upper(), dom)
        raw = mime_message(frm, to, subject, date, part, cc=cc, msgid=mid, extra=extra)
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        rcpt = [addr_of(a) for a in to + (cc or []) + (bcc or [])]
        self.items.append(dict(file=fname, raw=raw, label=label, mail_from=mail_from, rcpt=rcpt,
                               auth_user=auth, shape=shape, family=family, note=note))
        return fname

    def write(self):
        for d in ("positive", "negative"):
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                if f.startswith(self.tag + "-") and f.endswith(".eml"):
                    os.remove(os.path.join(d, f))
        with open("manifest-%s.jsonl" % self.tag, "w", encoding="utf-8") as m:
            for it in self.items:
                with open(it["file"], "wb") as f:
                    f.write(it["raw"])
                rec = {k: it[k] for k in ("file", "label", "mail_from", "rcpt", "auth_user", "shape", "family", "note")}
                m.write(json.dumps(rec, ensure_ascii=False) + "\n")

# ================================================================ personal-data corpus (writer v4)
# Imagined sender population: "Ridgeway Skills", a work-based training provider (adult care,
# construction trades, hairdressing; centres in Barnsley, Doncaster, Rotherham, Goole).
# Every person below is invented; identifiers are generated here with real check-digit rules.

C = Corpus("v4")
R = random.Random(7004)

# staff
DONNA = A("Donna Whitlock", "d.whitlock@school.example")
GAZ = A("Gary Pritchard", "g.pritchard@school.example")
KELLY = A("Kelly-Ann Moss", "k.moss@school.example")
PRIYA = A("Priya Sandhu", "p.sandhu@school.example")
MARCUS = A("Marcus Fenwick", "m.fenwick@school.example")
RUTH = A("Ruth Okafor", "r.okafor@school.example")
DDSL = A("Mark Ellwood", "m.ellwood@school.example")           # deputy DSL
SUE = A("Sue Hartley", "s.hartley@school.example")
LISA = A("Lisa Drummond", "l.drummond@school.example")
JORDAN = A("Jordan Pike", "j.pike@school.example")
HANNAH = A("Hannah Reeve", "h.reeve@school.example")
DAVE = A("Dave Kinsella", "d.kinsella@school.example")
AMIRA = A("Amira Hussain", "a.hussain@school.example")
BEV = A("Bev Coulson", "b.coulson@school.example")
STEPH = A("Steph Naylor", "s.naylor@school.example")
KAREN = A("Karen Platts", "k.platts@school.example")            # HR officer
PAYROLL = A("Payroll", "payroll@school.example")
MIS = A("MIS Team", "mis@school.example")
CARETEAM = A("Care Team", "care.team@school.example")
BUILDTEAM = A("Construction Team", "construction@school.example")

# outside
CAREWELL_HR = A("Sarah Gill", "hr@carewell-homes.example")
BRIGHTSTONE = A("Brightstone Build - People Team", "people@brightstone-build.example")
BRIGHTSTONE_SITE = A("Craig Ridsdale", "c.ridsdale@brightstone-build.example")
HALO = A("Nicola Dawes", "nicola@halohairstudio.example")
MILLHOUSE = A("Jan Fletcher", "manager@millhousecare.example")
EPAO = A("Apex Assessment Partners", "epa@apex-assessment.example")
EPAO_P = A("Leanne Booth (Apex)", "l.booth@apex-assessment.example")
SKILLBRIDGE = A("SkillBridge Learning - Data", "data@skillbridge-learning.example")
MASH = A("Barnsley MASH", "mash@barnsley-council.example")
MASH_D = A("Doncaster Children's Front Door", "childrensfrontdoor@doncaster-council.example")
AWARDS = A("CitySkills Finance", "finance@cityskills-awards.example")

# ---------------------------------------------------------------- invented people
MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

class P:
    def __init__(self, first, last, sex, dob, addr, town, pc, prog, emp, la=None, estab=None):
        self.first, self.last, self.sex = first, last, sex
        self.y, self.m, self.d = dob
        self.addr, self.town, self.pc = addr, town, pc
        self.prog, self.emp = prog, emp
        self.uln = make_uln(R)
        self.nino = make_nino(R)
        self.nhs = make_nhs(R)
        self.upn = upn(la, estab, (self.y + 4) % 100, R.randint(1, 320)) if la else ""
        self.mob = "07700 900%03d" % R.randint(100, 999)
        self.sort = "%02d-%02d-%02d" % (R.choice([20, 30, 40, 60, 77, 9, 11, 16, 82]), R.randint(10, 99), R.randint(10, 99))
        self.acct = "%08d" % R.randint(10000000, 99999999)
        self.ref = "RS%05d" % R.randint(10000, 29999)

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    def dob(self, style="uk"):
        if style == "iso":
            return "%04d-%02d-%02d" % (self.y, self.m, self.d)
        if style == "long":
            return "%d %s %d" % (self.d, MON[self.m], self.y)
        if style == "short":
            return "%02d.%02d.%02d" % (self.d, self.m, self.y % 100)
        return "%02d/%02d/%04d" % (self.d, self.m, self.y)

    def address(self, sep=", "):
        return sep.join([self.addr, self.town, self.pc])

L = {}
def mk(key, *a, **k):
    L[key] = P(*a, **k)
    return L[key]

mk("jayden", "Jayden", "Hurst", "M", (2006, 8, 14), "27 Pogmoor Road", "Barnsley", "S75 2DP", "L2 Bricklayer", "Brightstone Build", la=370, estab=4611)
mk("chloe", "Chloe", "Barraclough", "F", (2005, 3, 2), "9 Station Terrace, Wombwell", "Barnsley", "S73 0LN", "L2 Adult Care Worker", "Carewell Homes", la=370, estab=4018)
mk("kacey", "Kacey", "Wright", "F", (2006, 11, 27), "Flat 4, 61 Cleveland Street", "Doncaster", "DN1 3EF", "L3 Lead Adult Care Worker", "Mill House Care", la=371, estab=4120)
mk("liam", "Liam", "Oates", "M", (2007, 1, 19), "3 Fenton Close, Rawmarsh", "Rotherham", "S62 6JN", "L2 Site Carpentry", "Brightstone Build", la=372, estab=4032)
mk("ellie", "Ellie-Mae", "Booth", "F", (2007, 5, 8), "118 Doncaster Road, Goldthorpe", "Rotherham", "S63 9HQ", "L2 Hair Professional", "Halo Hair Studio", la=370, estab=4015)
mk("tyler", "Tyler", "Greaves", "M", (2006, 2, 23), "45 Highgate Lane, Goldthorpe", "Rotherham", "S63 9AR", "L2 Groundworker", "Brightstone Build", la=370, estab=4015)
mk("mia", "Mia", "Sutcliffe", "F", (2007, 9, 30), "12 Marshfield Road", "Goole", "DN14 5JZ", "L2 Hair Professional", "Halo Hair Studio", la=811, estab=4208)
mk("connor", "Connor", "Lunn", "M", (2006, 6, 11), "7 Sandygate, Wath-upon-Dearne", "Rotherham", "S63 7LW", "L2 Bricklayer", "Brightstone Build", la=372, estab=4027)
mk("shannon", "Shannon", "Dyson", "F", (2005, 12, 4), "22 Park Avenue", "Thorne", "DN8 4JA", "L2 Hair Professional", "Shear Elegance", la=371, estab=4603)
mk("reece", "Reece", "Atkinson", "M", (2004, 10, 15), "88 Lund Hill Lane, Royston", "Barnsley", "S71 4AB", "L3 Plasterer", "Brightstone Build")
mk("courtney", "Courtney", "Hirst", "F", (2007, 3, 17), "5 Boothferry Road", "Goole", "DN14 6AE", "L2 Hair Professional", "Halo Hair Studio", la=811, estab=4208)
mk("kieran", "Kieran", "Staniforth", "M", (2007, 12, 1), "31 Bawtry Road, Bessacarr", "Doncaster", "DN4 7AB", "L2 Painter & Decorator", "Hallcross Decorating", la=371, estab=4500)
mk("amber", "Amber", "Kilner", "F", (2003, 7, 21), "16 Elm Road", "Mexborough", "S64 0BQ", "L2 Adult Care Worker", "Carewell Homes")
mk("daniel", "Daniel", "Featherstone", "M", (1998, 4, 9), "40 Cross Street, Hoyland", "Barnsley", "S74 9AN", "L3 Lead Adult Care Worker", "Carewell Homes")
mk("paige", "Paige", "Wainwright", "F", (2006, 1, 30), "2 Holme Lane, Askern", "Doncaster", "DN6 0EN", "L2 Hair Professional", "Shear Elegance", la=371, estab=4614)
mk("ryan", "Ryan", "Moorhouse", "M", (2005, 9, 12), "101 Barnsley Road, Cudworth", "Barnsley", "S72 8SY", "L2 Bricklayer", "Brightstone Build", la=370, estab=4611)
mk("sophie", "Sophie", "Hemingway", "F", (2000, 11, 5), "14 Church View, Maltby", "Rotherham", "S66 8HD", "L2 Adult Care Worker", "Mill House Care")
mk("harvey", "Harvey", "Crossland", "M", (2007, 4, 22), "9 Wentworth Way, Dinnington", "Sheffield", "S25 2RB", "L2 Site Carpentry", "Brightstone Build", la=372, estab=4044)
mk("leah", "Leah", "Swift", "F", (2006, 7, 16), "3 Queen Street, Snaith", "Goole", "DN14 9HF", "L2 Hair Professional", "Halo Hair Studio", la=811, estab=4210)
mk("jack", "Jack", "Ormerod", "M", (2008, 2, 9), "77 Sheffield Road, Hoyland Common", "Barnsley", "S74 0DQ", "L2 Bricklayer", "Brightstone Build", la=370, estab=4018)
mk("bethany", "Bethany", "Rowe", "F", (2007, 10, 3), "6 Aldred Street, Hexthorpe", "Doncaster", "DN4 0BJ", "L2 Adult Care Worker", "Oakdene Lodge", la=371, estab=4120)

S = {}
def mks(key, *a):
    S[key] = P(*a)
    return S[key]

mks("natalie", "Natalie", "Fox", "F", (1994, 2, 11), "19 Kingsway, Ossett", "Wakefield", "WF5 8DN", "Assessor (Care)", "")
mks("imran", "Imran", "Qureshi", "M", (1985, 9, 27), "4 Ravensworth Road, Mexborough", "Doncaster", "S64 9SQ", "Tutor (Construction)", "")
mks("rachel", "Rachel", "Senior", "F", (1990, 6, 3), "52 Thornhill Avenue, Kimberworth", "Rotherham", "S61 1AT", "Hairdressing Tutor", "")
mks("phil", "Phil", "Dyer", "M", (1966, 12, 19), "2 The Crescent, Darfield", "Barnsley", "S73 9AD", "H&S Advisor", "")
mks("wes", "Wes", "Barker", "M", (1991, 3, 30), "11 Wood Walk, Wombwell", "Barnsley", "S73 8NW", "Workshop Technician", "")
mks("gaz", "Gary", "Pritchard", "M", (1979, 7, 7), "63 Church Lane, Bolton-upon-Dearne", "Rotherham", "S63 8NR", "Construction Tutor", "")
mks("donna", "Donna", "Whitlock", "F", (1972, 5, 25), "8 Laithes Lane, Athersley", "Barnsley", "S71 3AF", "Care Assessor", "")

X_OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
X_IPHONE = [("X-Mailer", "iPhone Mail (21F90)")]
X_ANDROID = [("X-Mailer", "Outlook for Android")]
X_THUNDER = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0")]

def alt(text, tag, charset="utf-8", html_text=None):
    return multipart("alternative", [text_part(text, charset=charset, cte="quoted-printable"),
                                     html_part(html_text or text_to_html(text), charset=charset)], bnd(tag))

def mixed(body_part, attachments, tag):
    return multipart("mixed", [body_part] + attachments, bnd(tag, 1))

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

def html_table(header, rows):
    h = "".join('<th style="border:1px solid #999;padding:3px 6px;background:#dde">%s</th>' % html.escape(c) for c in header)
    b = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:3px 6px">%s</td>' % html.escape(str(c)) for c in r) for r in rows)
    return '<table style="border-collapse:collapse;font-size:10pt">\n<tr>%s</tr>\n%s\n</table>' % (h, b)

def smime_blob(seed, size):
    rng = random.Random(seed)
    head = bytes.fromhex("308006092a864886f70d010703a0803080020100318201")
    return head + bytes(rng.randrange(256) for _ in range(size))

def smime_part(seed, size=3400):
    return Part([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                 ("Content-Disposition", 'attachment; filename="smime.p7m"'),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Description", "S/MIME Encrypted Message")], _b64(smime_blob(seed, size)))

def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def pgp_encrypted(seed, size, tag):
    rng = random.Random(seed)
    data = bytes([0x85, 0x01, 0x0C, 0x03]) + bytes(rng.randrange(256) for _ in range(size))
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    arm = ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" +
           base64.b64encode(crc24(data).to_bytes(3, "big")).decode() + "\n-----END PGP MESSAGE-----\n")
    p1 = Part([("Content-Type", "application/pgp-encrypted"),
               ("Content-Description", "PGP/MIME version identification")], b"Version: 1\n")
    p2 = Part([("Content-Type", 'application/octet-stream; name="encrypted.asc"'),
               ("Content-Description", "OpenPGP encrypted message"),
               ("Content-Disposition", 'inline; filename="encrypted.asc"')], arm.encode())
    return multipart("encrypted", [p1, p2], bnd(tag), params=' protocol="application/pgp-encrypted";')

SIG_PRIYA = """Priya Sandhu
MIS & Funding Officer | Ridgeway Skills
Barnsley Centre, 01226 960 405"""

# ================================================================ positives

# 1 ILR extract to subcontractor, CSV
_ilr_people = [L[k] for k in ("jayden", "chloe", "kacey", "liam", "ellie", "tyler", "connor", "amber", "daniel", "sophie")]
_csv = "LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,Sex,NINumber,Postcode,LLDDHealthProb,FundModel,LearnStartDate\n"
for i, p in enumerate(_ilr_people):
    _csv += "%s,%s,%s,%s,%s,%s,%s,%s,%d,36,2024-09-%02d\n" % (p.ref, p.uln, p.last, p.first, p.dob("iso"), p.sex,
                                                             p.nino, p.pc, 1 if i in (2, 6) else 2, 2 + i)
C.add("positive", "ilr-extract-csv", "attach-csv",
      "MIS officer emails an unencrypted ILR learner extract (ULN, DOB, NI number, postcode) to the functional skills subcontractor",
      PRIYA, [SKILLBRIDGE], "R04 learner extract - FS subcontract cohort", D(2024, 12, 5, 15, 40),
      mixed(text_part("""Hi Gemma,

As discussed, attached is the extract for the learners you're delivering FS to this year so you can match them on your system. It's from our R04 return so should be up to date - shout if any of the ULNs don't match what you've got.

Thanks
""" + SIG_PRIYA, cte="7bit"),
            [text_attachment("R04_FS_subcontract_learners.csv", _csv, ctype="text/csv")], "ilrcsv"), extra=X_OUTLOOK)

# 2 EPA gateway list in body
_gw = [L[k] for k in ("kacey", "daniel", "sophie", "chloe")]
_gwtxt = "\n".join("%-22s ULN %s   DOB %s   %s" % (p.name, p.uln, p.dob(), p.prog) for p in _gw)
C.add("positive", "epa-gateway-list", "7bit",
      "EPA coordinator sends the EPAO a gateway list with learner names, ULNs and dates of birth in plain text",
      STEPH, [EPAO_P], "Gateway - care cohort May", D(2025, 4, 28, 9, 12),
      text_part("""Hi Leanne,

Four more ready for gateway for the care standards, details below. Employers have signed the gateway declarations, I'll upload those to the portal this afternoon.

""" + _gwtxt + """

Sophie has a reasonable adjustment in place (extra time, 25%) - form to follow.

Can you let me know the first available dates for the professional discussion?

Thanks
Steph

Steph Naylor
EPA Coordinator | Ridgeway Skills"""), extra=X_OUTLOOK)

# 3 payroll query with NINO + bank
p = L["ryan"]
C.add("positive", "payroll-nino-bank", "qp",
      "finance officer sends an employer's payroll the apprentice's NI number and bank details to fix a missed wage payment",
      BEV, [A("Brightstone Payroll", "payroll@brightstone-build.example")], "Apprentice wage - " + p.name, D(2024, 10, 29, 11, 5),
      text_part("""Hi,

Ryan Moorhouse (one of our bricklaying apprentices, started with you 16 Sept) has been in touch as his October pay didn't go in. He thinks the bank details may have been keyed in wrong at your end. Correct details below, he's given permission for me to pass them on:

Name: %s
NI number: %s
Date of birth: %s
Bank: Nationwide
Sort code: %s
Account number: %s

He's a bit stuck for money so if you could look at it today that would be appreciated. Any problems ring me on 01226 960 409.

Many thanks
Bev Coulson
Finance Officer, Ridgeway Skills""" % (p.name, fmt_nino(p.nino), p.dob(), p.sort, p.acct), cte="quoted-printable"),
      extra=X_OUTLOOK)

# 4 bursary bank details, html-only
p = L["bethany"]
C.add("positive", "bursary-bank-details", "html-only",
      "learner support sends a care leaver's DOB, looked-after status and bank details to an external bursary administrator",
      HANNAH, [A("Bursary Team", "bursary@dearne-valley-college.example")], "Care leaver bursary - payment details for " + p.first,
      D(2025, 1, 21, 14, 30),
      html_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi Mel,</p>
<p>As agreed on the phone, here are the details for the care leaver bursary claim for our learner. She is a former relevant child (Doncaster Children's Services), leaving care in 2024, PA is Dionne at the leaving care team.</p>
<table style="border-collapse:collapse">
<tr><td style="padding:2px 10px 2px 0"><b>Name</b></td><td>%s</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>DOB</b></td><td>%s</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>Address</b></td><td>%s</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>ULN</b></td><td>%s</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>Sort code</b></td><td>%s</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>Account no.</b></td><td>%s</td></tr>
</table>
<p>The &pound;1,200 can be paid in three instalments as before. Let me know if you need her care leaver letter.</p>
<p>Thanks,<br>Hannah Reeve<br>Learner Support Coordinator, Ridgeway Skills</p>
</body></html>
""" % (p.name, p.dob("long"), html.escape(p.address()), p.uln, p.sort, p.acct)), extra=X_OUTLOOK)

# 5 safeguarding referral by plain email to MASH
p = L["jack"]
C.add("positive", "safeguarding-referral", "wrapped",
      "DSL emails a safeguarding referral about a 16-year-old (name, DOB, address, UPN, family details, concern) to the council in plain text",
      RUTH, [MASH], "Referral - Jack Ormerod DOB " + p.dob(), D(2025, 2, 19, 16, 48),
      text_part("""Hello,

Following my call to the duty line at 15:20 today (spoke to Andrea), I am
confirming the details of my referral in writing as requested.

Young person: %s
DOB: %s (16)
UPN (from previous school): %s
Address: %s
Lives with: mum, Tanya Ormerod, and her partner (name not known, "Lee")
Programme: Level 2 Bricklayer apprenticeship, Brightstone Build

Concern: Jack arrived at the Barnsley centre this morning with bruising
to his left cheek and a cut above his eye. When his tutor asked, Jack said
his mum's partner "went for him" on Sunday night after an argument about
money and that he slept at a friend's on Monday and Tuesday. He said he
does not want to go home tonight. He has told his tutor previously that
Lee takes his wages.

Jack is currently with me at the centre. I have not contacted mum as Jack
is worried this will make things worse. Please advise urgently.

Ruth Okafor
Designated Safeguarding Lead
Ridgeway Skills | 01226 960 400 (option 3) | 07700 900 318
""" % (p.name, p.dob(), p.upn, p.address()), cte="7bit"), extra=X_OUTLOOK)

# 6 EHCP summary to employer, docx
p = L["connor"]
C.add("positive", "ehcp-summary-docx", "attach-docx",
      "learner support sends an employer's HR a .docx EHCP summary (autism, anxiety, named contacts, DOB, ULN) for an apprentice",
      HANNAH, [BRIGHTSTONE], "Connor Lunn - support plan", D(2024, 9, 18, 10, 20),
      mixed(text_part("""Hi Gail,

As promised, attached is the support plan summary for Connor ahead of his start on site next week. It's taken from his EHCP so please keep it to people who need to know (his supervisor and you).

Any questions let me know.

Hannah Reeve
Learner Support Coordinator
Ridgeway Skills""", cte="7bit"),
            [attachment("Connor Lunn - support plan summary.docx", MIME["docx"], make_docx([
                "# Apprentice support plan - summary (from EHCP)",
                [["Name", p.name], ["Date of birth", p.dob()], ["ULN", p.uln], ["Address", p.address()],
                 ["EHCP issued by", "Rotherham MBC SEND team, last reviewed March 2024"],
                 ["Parent contact", "Michelle Lunn (mum) %s" % L["connor"].mob]],
                "# Needs",
                "Connor has a diagnosis of autism spectrum condition and generalised anxiety disorder. He finds sudden changes of plan, loud unexpected noise and being given several instructions at once very difficult.",
                "He can become withdrawn and may leave the area if overwhelmed. This is not defiance. He takes sertraline 50mg each morning.",
                "# What helps",
                "One instruction at a time, written down where possible. Warning of changes to site or supervisor the day before. A named person to go to. Ear defenders allowed at all times.",
                "# Contacts",
                "Learner support: Hannah Reeve. Safeguarding: Ruth Okafor. SEND caseworker (Rotherham): Paula Keane.",
            ], title="Support plan"))], "ehcp"), extra=X_OUTLOOK)

# 7 tutor to salon owner: epilepsy, NHS no - mobile
p = L["leah"]
C.add("positive", "medical-info-mobile", "mobile",
      "hairdressing tutor texts-by-email a salon owner an apprentice's epilepsy details, medication, NHS number and GP",
      KELLY, [HALO], "Leah", D(2025, 5, 30, 7, 52),
      text_part("""Morning Nic, quick one before Leah starts with u Monday. She's epileptic (tonic clonic, last one was Feb), on Keppra 500mg twice a day. If she has one it's on her care plan to time it + ring 999 if over 5 mins. Mum is Joanne 07700 900 264.

NHS no is %s and DOB %s in case paramedics ask. GP is Snaith & Rawcliffe surgery.

She doesn't like people making a fuss so maybe just tell whoever's senior on the day.

Ta, Kel x

Sent from my iPhone""" % (fmt_nhs(p.nhs), p.dob()), cte="7bit"), extra=X_IPHONE)

# 8 DBS umbrella: staff NINO, DOB, addresses, xlsx
_stf = [S[k] for k in ("natalie", "imran", "rachel")]
C.add("positive", "dbs-staff-xlsx", "attach-xlsx",
      "HR officer sends new staff names, DOBs, NI numbers and previous addresses to an external DBS umbrella body in an xlsx",
      KAREN, [A("ID Check Services", "applications@clearcheck-dbs.example")], "Enhanced DBS x3 - Ridgeway Skills (acct 40417)",
      D(2024, 8, 20, 13, 15),
      mixed(text_part("""Hi,

Please can you set up enhanced DBS applications (adult and child workforce, barred list checks) for the three new starters on the attached. I've verified ID documents for all three (route 1).

Account 40417, please invoice as usual.

Kind regards
Karen Platts
HR Officer, Ridgeway Skills""", cte="7bit"),
            [attachment("DBS_new_starters_Aug24.xlsx", MIME["xlsx"], make_xlsx(
                [["Surname", "Forename", "DOB", "NI number", "Current address", "Postcode", "Role", "ID route"]] +
                [[s.last, s.first, s.dob(), s.nino, s.addr + ", " + s.town, s.pc, s.prog, "1"] for s in _stf],
                sheet="Applicants"))], "dbs"), extra=X_OUTLOOK)

# 9 parent's card details for resit fee, cp1252-qp
card = make_card(R, "465858")
C.add("positive", "card-details-resit", "cp1252-qp",
      "admin passes a parent's full card number, expiry and CVV to the awarding body to pay a functional skills resit fee",
      LISA, [AWARDS], "Resit fee – card payment for learner Kieran Staniforth", D(2025, 3, 6, 10, 41),
      text_part("""Hi,

Kieran Staniforth’s dad has rung in to pay for his Functional Skills Maths L1 resit (£38.50) as our PO won’t cover a third attempt. He’s asked if we can pass the card details straight to you as you don’t take payments over the phone from parents:

Cardholder: Mr Neil Staniforth
Card no: %s
Expiry: 09/27
CVV: %03d
Billing address: %s

Candidate is Kieran Staniforth, DOB %s. Please can you confirm once taken.

Thanks
Lisa Drummond
Admin & Enrolments – Ridgeway Skills""" % (fmt_card(card), R.randint(100, 999), L["kieran"].address(), L["kieran"].dob()),
                charset="windows-1252", cte="quoted-printable"), extra=X_OUTLOOK)

# 10 UPN check with former school, base64
_sch = [L[k] for k in ("jayden", "chloe", "ryan", "jack")]
C.add("positive", "upn-check-school", "base64",
      "MIS officer sends a former school a list of new starters with names, dates of birth and UPNs to confirm prior attainment",
      PRIYA, [A("Exams & Data Office", "data@hillside-academy.example")], "Prior attainment check - 4 former students",
      D(2024, 9, 25, 11, 0),
      text_part("""Hi Mr Rhodes,

We've got four of your former Year 11s starting apprenticeships with us this term and need to confirm their GCSE English and maths grades for funding (condition of funding rules). Details from our enrolment forms below - could you confirm the grades, and correct any UPNs if they don't match your records?

""" + "\n".join("%s %s, DOB %s, UPN %s" % (s.first, s.last, s.dob(), s.upn) for s in _sch) + """

A reply by end of next week would be brilliant, the R02 return closes on 4 October.

Many thanks
""" + SIG_PRIYA, cte="base64"), extra=X_OUTLOOK)

# 11 forwards internal list with NINOs to personal address
_list = [L[k] for k in ("chloe", "amber", "daniel", "sophie", "kacey")]
_tab = "\n".join("%s\t%s\t%s\t%s" % (p.name, p.dob(), p.nino, p.emp) for p in _list)
C.add("positive", "forward-to-personal", "fwd-inline",
      "care assessor forwards an internal caseload list with DOBs and NI numbers to her own personal webmail to print at home",
      DONNA, ["donna.whitlock72@example.com"], "Fw: Caseload for Carewell/Mill House audit", D(2025, 3, 2, 19, 4),
      text_part("""printer at home

________________________________
From: Marcus Fenwick <m.fenwick@school.example>
Sent: 28 February 2025 16:22
To: Donna Whitlock <d.whitlock@school.example>
Subject: Caseload for Carewell/Mill House audit

Donna, your list for Tuesday's file audit below. Please check the NI numbers against the signed ILR forms in each file - three came back with errors last time.

Name\tDOB\tNI no\tEmployer
""" + _tab + """

Thanks
Marcus""", cte="quoted-printable"), extra=X_OUTLOOK)

# 12 forwards employer's mail with ALS + DOB to EPAO as rfc822
p = L["paige"]
_emp = mime_message(A("Tara Hollis", "tara@shear-elegance.example"), [KELLY], "Paige - help with her EPA",
                    D(2025, 6, 9, 18, 20),
                    text_part("""Hi Kelly,

Paige is really worried about her EPA practical next month. As you know she's dyslexic and her diabetes (type 1) has been all over the place since she started on the pump, she had a hypo at work on Saturday. Her GP has signed her off for 3 days this week.

Can she have breaks to check her levels and eat during the practical? And extra time on the knowledge test? Her DOB is %s if they need it and her ULN from her contract is %s.

Thanks
Tara""" % (p.dob(), p.uln), cte="7bit"), msgid="<CAF9xk2Lk4o@mail.shear-elegance.example>")
C.add("positive", "forward-als-rfc822", "fwd-rfc822",
      "hairdressing tutor forwards an employer's email about an apprentice's dyslexia, type 1 diabetes and hypo (with DOB/ULN) to the EPAO",
      KELLY, [EPAO_P], "FW: Paige - help with her EPA", D(2025, 6, 10, 8, 30),
      mixed(text_part("""Hi Leanne, see below from Paige's employer - can we put adjustments in for her practical in July? Original attached.

Kelly-Ann""", cte="7bit"), [rfc822_part(_emp, "Paige - help with her EPA.eml")], "als-rfc822"), extra=X_OUTLOOK)

# 13 zip with learners.csv to external IT contractor
_mig = [L[k] for k in ("jayden", "chloe", "kacey", "liam", "ellie", "tyler", "mia", "connor", "shannon", "reece", "courtney", "kieran")]
_mcsv = "learner_id,first_name,last_name,dob,uln,ni_number,address_1,town,postcode,mobile\n" + "".join(
    '%s,%s,%s,%s,%s,%s,"%s",%s,%s,%s\n' % (p.ref, p.first, p.last, p.dob("iso"), p.uln, p.nino, p.addr, p.town, p.pc, p.mob) for p in _mig)
C.add("positive", "migration-zip", "zip",
      "MIS officer zips a learner table (DOB, ULN, NI number, address, mobile) and emails it to an outside IT contractor for a data migration",
      PRIYA, [A("Ollie Marsh", "ollie@brightbyte-consulting.example")], "Test data for the e-portfolio import", D(2025, 1, 9, 12, 12),
      mixed(text_part("""Hi Ollie,

Zipped export attached for you to test the import mapping. It's the first 12 from the live system so the formats are exactly what you'll get on the day. Let me know if the date format is a problem.

Priya""", cte="7bit"),
            [attachment("learner_export_sample.zip", MIME["zip"], make_zip([("learner_export_sample.csv", _mcsv.replace("\n", "\r\n"))]))],
            "migzip"), extra=X_OUTLOOK)

# 14 reply to employer HR with NINO, ULN, DOB, address
p = L["amber"]
C.add("positive", "reply-with-details", "reply-quoted",
      "admin replies to a care employer's HR request with an apprentice's DOB, NI number, ULN and home address",
      LISA, [CAREWELL_HR], "RE: New apprentice - Amber Kilner", D(2024, 9, 3, 14, 2),
      text_part("""Hi Sarah,

Details for Amber below:

DOB: %s
NI: %s
ULN: %s
Address: %s
Mobile: %s

Start date 9th Sept as agreed, Donna Whitlock will be her assessor.

Lisa

-----Original Message-----
From: Sarah Gill <hr@carewell-homes.example>
Sent: 03 September 2024 12:47
To: Lisa Drummond <l.drummond@school.example>
Subject: New apprentice - Amber Kilner

Hi Lisa,

Could you send over Amber's date of birth, NI number, ULN and home address please? I need them to set her up on our payroll and rota system before Monday.

Thanks
Sarah""" % (p.dob(), fmt_nino(p.nino), p.uln, p.address(), p.mob), cte="quoted-printable"), extra=X_OUTLOOK)

# 15 minibus company: trip list, cp1252-8bit
_trip = [L[k] for k in ("ellie", "mia", "courtney", "leah", "paige", "shannon")]
C.add("positive", "trip-list-transport", "cp1252-8bit",
      "centre manager sends a coach firm the trip list with apprentices' DOBs, home addresses, emergency contacts and medical notes",
      SUE, [A("Dearne Coaches", "bookings@dearne-coaches.example")], "Salon International trip – passenger list", D(2024, 10, 7, 15, 33),
      text_part("""Hi Gary,

Passenger list for Sunday 13th Oct (Goole pick-up 6.15am, Barnsley 6.50am) as requested for your insurance. Pick-ups are from home for the two marked *.

""" + "\n".join("%s – DOB %s – %s%s – emergency contact %s" % (p.name, p.dob(), p.address(), " *" if i in (1, 4) else "", p.mob) for i, p in enumerate(_trip)) + """

Medical: Leah Swift – epilepsy (carries rescue meds, staff trained). Ellie-Mae Booth – nut allergy, EpiPen. Paige Wainwright – type 1 diabetic.

Staff: me and Kelly-Ann Moss.

Thanks
Sue Hartley
Centre Manager – Ridgeway Skills""", charset="windows-1252", cte="8bit"), extra=X_OUTLOOK)

# 16 LAC status to employer, latin1-8bit
p = L["bethany"]
C.add("positive", "looked-after-employer", "latin1-8bit",
      "learner support tells a care employer an apprentice is a looked-after child, with placement address, DOB and social worker details",
      HANNAH, [A("Oakdene Lodge", "deputy@oakdenelodge.example")], "Bethany Rowe - starting Monday", D(2024, 10, 10, 12, 5),
      text_part("""Hi Karen,

Ahead of Bethany starting with you on Monday, a few things you need to know (she's happy for me to share this with you as her manager):

Bethany Rowe, DOB %s, is a looked-after child (section 20) and lives in a foster placement at %s. Her social worker is Jo Hepworth at Doncaster Children's Services, 07700 900 552. If she doesn't turn up for a shift please ring me or Jo before anyone else - she has gone missing from placement twice this year.

Contact with birth mum is supervised only. If mum turns up at work, please don't let her on site and ring Jo.

Her travel (£25/wk) is paid by the leaving care team so she won't need a bus pass from you.

Thanks
Hannah Reeve
Learner Support Coordinator, Ridgeway Skills""" % (p.dob(), p.address()), charset="iso-8859-1", cte="8bit"),
      extra=X_THUNDER)

# 17 outdoor centre residential list with NHS numbers, xlsx
_res = [L[k] for k in ("jayden", "liam", "tyler", "connor", "kieran", "harvey", "jack")]
_med = ["none", "asthma - inhaler", "none", "autism - see plan", "none", "peanut allergy - EpiPen x2", "none"]
C.add("positive", "residential-nhs-xlsx", "attach-xlsx",
      "construction tutor sends an outdoor activity centre a residential list with NHS numbers, DOBs, medical needs and parent contacts",
      GAZ, [A("Bookings", "groups@highpeak-outdoors.example")], "Ridgeway Skills residential 3-5 June - participant forms", D(2025, 5, 14, 16, 0),
      mixed(text_part("""Hi Emma,

Participant info for our group attached as you asked, medical column filled in. 7 lads plus me and Imran.

Gaz Pritchard
Construction Tutor
Ridgeway Skills""", cte="7bit"),
            [attachment("Residential_participants_June25.xlsx", MIME["xlsx"], make_xlsx(
                [["Name", "DOB", "NHS number", "Medical / dietary", "Emergency contact", "Phone"]] +
                [[p.name, p.dob(), fmt_nhs(p.nhs), _med[i], "Parent/carer", p.mob] for i, p in enumerate(_res)],
                sheet="Participants"))], "resi"), extra=X_OUTLOOK)

# 18 staff bank details to external accountant, alternative
_sb = [S[k] for k in ("natalie", "imran", "rachel", "wes")]
C.add("positive", "staff-bank-accountant", "alternative",
      "finance officer sends the outside accountant staff names, NI numbers and bank details for expense and back-pay adjustments",
      BEV, [A("Hodgson & Pryce Payroll", "payroll@hodgsonpryce.example")], "March payroll adjustments - back pay + expenses",
      D(2025, 3, 20, 16, 12),
      alt("""Hi Andrew,

Adjustments for March below please. Back pay is for the assessor pay award (April 24 uplift not applied to new starters).

""" + "\n".join("%s - NI %s - %s %s - back pay £%d.%02d" % (s.name, s.nino, s.sort, s.acct, R.randint(150, 480), R.randint(0, 99)) for s in _sb) + """

Natalie also has mileage of £212.40 to add.

Thanks
Bev""", "staffbank"), extra=X_OUTLOOK)

# 19 reasonable adjustments docx to EPAO
p = L["sophie"]
C.add("positive", "reasonable-adjustments-docx", "attach-docx",
      "EPA coordinator sends the EPAO a reasonable adjustments form with ULN, DOB and the apprentice's dyslexia and mental health details",
      STEPH, [EPAO], "Reasonable adjustment request - Sophie Hemingway", D(2025, 4, 30, 11, 45),
      mixed(text_part("""Hello,

Please find attached a reasonable adjustment request for Sophie Hemingway (Lead Adult Care Worker) ahead of her knowledge test. Supporting evidence (diagnostic assessment report) can be sent on if needed.

Kind regards
Steph Naylor
EPA Coordinator, Ridgeway Skills""", cte="7bit"),
            [attachment("RA request - S Hemingway.docx", MIME["docx"], make_docx([
                "# Reasonable Adjustment Request",
                [["Apprentice", p.name], ["ULN", p.uln], ["Date of birth", p.dob("long")], ["Standard", "Lead Adult Care Worker L3"],
                 ["Employer", p.emp], ["Training provider", "Ridgeway Skills (UKPRN 10099871)"]],
                "# Nature of need",
                "Sophie was diagnosed with dyslexia (moderate) following a specialist diagnostic assessment in November 2023. Reading speed is in the 9th percentile.",
                "She also has a diagnosis of post-traumatic stress disorder and is under the community mental health team. Timed conditions and unfamiliar rooms trigger panic attacks.",
                "# Adjustments requested",
                "25% extra time; reader software; test taken at home or in a familiar room at the Doncaster centre; a supervised break if needed.",
            ], title="RA request"))], "ra"), extra=X_OUTLOOK)

# 20 allegation against staff to external HR consultancy, flowed
st = S["imran"]
v = L["harvey"]
C.add("positive", "allegation-staff-flowed", "flowed",
      "DSL sends an outside HR consultancy details of an allegation against a named tutor, including his DOB and NI number and the learner's name/DOB",
      RUTH, [A("Claire Benn", "claire.benn@northern-hr-advice.example")], "Advice needed - allegation against tutor (confidential)",
      D(2025, 2, 6, 17, 35),
      text_part("""Hi Claire,

Thanks for taking my call earlier. As discussed, here's a summary so you can advise on suspension before the LADO strategy meeting tomorrow.

Staff member: %s, DOB %s, NI %s, construction tutor since August 2024.

Allegation: on 4 February a 17-year-old apprentice, %s (DOB %s), told his employer that Imran had been messaging him on Snapchat late at night, had offered to drive him home after class on two occasions and had asked him not to tell anyone. The employer's site manager has seen some of the messages. Harvey says nothing physical has happened.

Imran has not been told yet. The LADO (Rotherham) has been informed. I've attached nothing, I'll bring the screenshots to the meeting.

Can you let me know tonight if possible whether we should suspend pending investigation or move him to non-learner-facing duties?

Ruth Okafor
Designated Safeguarding Lead, Ridgeway Skills""" % (st.name, st.dob(), fmt_nino(st.nino), v.name, v.dob()), flowed=True),
      extra=X_THUNDER)

# 21 ed psych referral, 7bit
p = L["tyler"]
C.add("positive", "edpsych-referral", "7bit",
      "learner support asks an outside educational psychologist to assess an apprentice, sharing DOB, ULN, address and suspected conditions",
      HANNAH, [A("Dr Helen Forsyth", "helen@forsyth-psychology.example")], "Assessment request - Tyler Greaves", D(2024, 11, 26, 10, 3),
      text_part("""Dear Helen,

We'd like to commission a full diagnostic assessment for one of our apprentices, funded from our ALS budget (PO to follow).

Name: %s
DOB: %s
ULN: %s
Address: %s
Tel: %s

Tyler is on a Level 2 groundworker apprenticeship. He struggles significantly with reading and written work and has failed English FS Entry 3 twice. His mum thinks he was "assessed for dyspraxia" at primary school but nothing was followed up. He also told his tutor he was diagnosed with ADHD last year and stopped taking medication (methylphenidate) because of the side effects.

He is happy to be assessed and would prefer an appointment on a Friday (his centre day).

Kind regards
Hannah Reeve
Learner Support Coordinator
Ridgeway Skills""" % (p.name, p.dob(), p.uln, p.address(), p.mob)), extra=X_OUTLOOK)

# 22 mobile: tutor sends salon owner apprentice's NINO + bank for payroll
p = L["courtney"]
C.add("positive", "payroll-setup-mobile", "mobile",
      "hairdressing tutor on the road emails a salon owner an apprentice's NI number, DOB and bank details for payroll",
      KELLY, [HALO], "courtney payroll", D(2024, 9, 13, 13, 27),
      text_part("""Hi Nic, Courtney gave me these at induction for u as she's lost ur form:

NI %s
DOB %s
Santander %s / %s

Can u get her on this months payroll pls. Will pop in Weds for her review.
Kel

Sent from Outlook for Android""" % (p.nino, p.dob("short"), p.sort, p.acct), cte="7bit"), extra=X_ANDROID)

# 23 levy: list of apprentices to employer, flowed
_lv = [L[k] for k in ("jayden", "liam", "tyler", "connor", "reece", "ryan", "harvey")]
C.add("positive", "levy-list-flowed", "flowed",
      "employer engagement officer sends an employer a table of its apprentices with DOB, NI number and ULN to set up levy commitments",
      JORDAN, [BRIGHTSTONE, A("Mark Stead", "m.stead@brightstone-build.example")], "Apprentices for your levy account - details",
      D(2024, 9, 11, 9, 40),
      text_part("""Morning Gail, Mark,

To add the apprentices to your apprenticeship service account you'll need the following for each of them (the service asks for ULN and DOB, your payroll wanted NI numbers too):

""" + "\n".join("%s | DOB %s | NI %s | ULN %s | %s" % (p.name, p.dob(), fmt_nino(p.nino), p.uln, p.prog) for p in _lv) + """

Once they're added, approve the cohort and we'll accept on our side. Give me a ring if the service throws any errors.

Cheers
Jordan Pike
Employer Engagement, Ridgeway Skills""", flowed=True), extra=X_THUNDER)

# 24 destinations to research company, attach-txt
_dest = [L[k] for k in ("reece", "daniel", "shannon", "amber", "sophie", "kacey")]
C.add("positive", "destinations-txt", "attach-txt",
      "functional skills tutor sends an outside research firm a leavers' list with names, DOBs, home addresses and mobiles",
      AMIRA, [A("Destinations Survey Team", "survey@pathfinder-research.example")], "Leaver contact list for the 6-month destinations survey",
      D(2025, 2, 12, 15, 55),
      mixed(text_part("""Hi,

Contact list for our 2024 leavers for the telephone survey is attached. Please don't call before 5pm for the care ones, they're on shifts.

Amira Hussain
Functional Skills Tutor / Destinations lead""", cte="7bit"),
            [text_attachment("leavers_2024_contacts.txt",
                             "LEAVERS 2024 - CONTACT LIST\n\n" + "\n".join(
                                 "%s | DOB %s | %s | %s | left %s" % (p.name, p.dob(), p.address(), p.mob, p.prog) for p in _dest) + "\n")],
            "dest"), extra=X_OUTLOOK)

# 25 criminal record disclosure to salon owner, html-only
p = L["shannon"]
C.add("positive", "criminal-record-disclosure", "html-only",
      "hairdressing tutor tells a salon owner about an apprentice's youth conviction, probation officer and DOB",
      KELLY, [A("Tara Hollis", "tara@shear-elegance.example")], "Shannon - before she starts", D(2024, 8, 29, 18, 2),
      html_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Tara,</p>
<p>Before Shannon (Shannon Dyson, DOB %s) starts on Monday I thought you should know &ndash; she has a conviction from last year for assault (ABH) from a fight outside a club, she's on a community order until March with the Probation Service. Her probation officer is Gav Pearson, 07700 900 417, and she has appointments every other Thursday at 2pm so she'll need to leave early those days.</p>
<p>She's been brilliant with us and really wants this so please don't let it put you off. Obviously keep it between us.</p>
<p>Kelly-Ann</p>
</div></body></html>
""" % p.dob()), extra=X_OUTLOOK)

# 26 pregnancy risk assessment with NHS no to care home HR, qp
p = L["chloe"]
C.add("positive", "pregnancy-risk-assessment", "qp",
      "care assessor sends a care home HR an apprentice's pregnancy, due date, NHS number and midwife details for a risk assessment",
      DONNA, [CAREWELL_HR], "Chloe B - new & expectant mother RA", D(2025, 1, 14, 12, 20),
      text_part("""Hi Sarah,

Chloe told me at her review today that she's 14 weeks pregnant (due 22 July) and is happy for me to let you know so you can do the new & expectant mother risk assessment. She hasn't told the rest of the team yet so please keep it quiet for now.

She's had bad sickness and was in hospital overnight last week (Barnsley, hyperemesis). Her NHS number is %s if you need it for the OH referral, midwife is Claire at the Wombwell clinic.

Main worries for her are moving and handling on the dementia unit and night shifts. She's asking if she can swap to days.

Her DOB is %s.

Thanks
Donna""" % (fmt_nhs(p.nhs), p.dob()), cte="quoted-printable"), extra=X_OUTLOOK)

# 27 staff sickness list to occupational health, csv
_oh = [(S["natalie"], "Anxiety / stress (work-related)", 23), (S["phil"], "Knee replacement (post-op)", 41),
       (S["gaz"], "Lower back pain", 9), (S["donna"], "Menopause symptoms / insomnia", 12)]
_ohcsv = "Surname,Forename,DOB,NI number,Role,Reason for absence,Days absent (12m),Referral reason\n" + "".join(
    "%s,%s,%s,%s,%s,%s,%d,%s\n" % (s.last, s.first, s.dob(), s.nino, s.prog, r, d, "Fitness for work / adjustments") for s, r, d in _oh)
C.add("positive", "sickness-oh-csv", "attach-csv",
      "HR officer sends an occupational health provider a CSV of staff sickness absence reasons with DOBs and NI numbers",
      KAREN, [A("Referrals", "referrals@medwork-oh.example")], "OH referrals x4 - Ridgeway Skills", D(2025, 4, 3, 10, 25),
      mixed(text_part("""Hi,

Four management referrals attached in your CSV template. All four staff have consented to the referral. Phone appointments are fine for all except Phil, who'd prefer face to face.

Karen Platts
HR Officer""", cte="7bit"),
            [text_attachment("OH_referrals_Apr25.csv", _ohcsv, ctype="text/csv")], "ohcsv"), extra=X_OUTLOOK)

# 28 travel bursary bank details to partner college, base64
_tb = [L[k] for k in ("harvey", "jack", "leah")]
C.add("positive", "travel-bursary-bank", "base64",
      "learner support sends a partner college's finance team three apprentices' DOBs, home addresses and bank details for travel bursaries",
      HANNAH, [A("Student Finance", "studentfinance@northvale-college.example")], "Travel bursary - 3 apprentices (joint FS delivery)",
      D(2024, 11, 7, 14, 8),
      text_part("""Hi Joanne,

Three of our 16-17 year olds who attend your site for FS maths qualify for the travel bursary (household income under £25k, evidence seen). Bank details for BACS below:

""" + "\n\n".join("%s, DOB %s\n%s\nSort code %s  Account %s" % (p.name, p.dob(), p.address(), p.sort, p.acct) for p in _tb) + """

Thanks,
Hannah""", cte="base64"), extra=X_OUTLOOK)

# 29 ILR XML zipped to consultant
_xp = [L[k] for k in ("kacey", "daniel", "sophie", "amber", "bethany", "chloe")]
_xml = '<?xml version="1.0" encoding="utf-8"?>\n<Message xmlns="ESFA/ILR/2024-25">\n  <Header><CollectionDetails><Collection>ILR</Collection><Year>2425</Year><FilePreparationDate>2025-03-03</FilePreparationDate></CollectionDetails></Header>\n  <LearningProvider><UKPRN>10099871</UKPRN></LearningProvider>\n'
for p in _xp:
    _xml += ("  <Learner>\n    <LearnRefNumber>%s</LearnRefNumber>\n    <ULN>%s</ULN>\n    <FamilyName>%s</FamilyName>\n"
             "    <GivenNames>%s</GivenNames>\n    <DateOfBirth>%s</DateOfBirth>\n    <Ethnicity>31</Ethnicity>\n    <Sex>%s</Sex>\n"
             "    <LLDDHealthProb>2</LLDDHealthProb>\n    <NINumber>%s</NINumber>\n    <PostcodePrior>%s</PostcodePrior>\n"
             "    <Postcode>%s</Postcode>\n    <AddLine1>%s</AddLine1>\n  </Learner>\n") % (
        p.ref, p.uln, p.last, p.first, p.dob("iso"), p.sex, p.nino, p.pc, p.pc, html.escape(p.addr))
_xml += "</Message>\n"
C.add("positive", "ilr-xml-zip", "zip",
      "compliance manager emails a zipped ILR XML (ULNs, DOBs, NI numbers, addresses) to an outside funding consultant",
      MARCUS, [A("Graham Tait", "graham@taitfundingsolutions.example")], "R07 file - care learners with the FRM37 warnings",
      D(2025, 3, 4, 8, 55),
      mixed(text_part("""Graham,

As discussed, R07 ILR cut-down attached (just the care learners throwing the FRM warnings). Zipped as the mail server didn't like the xml. Could you have a look before Thursday's call?

Marcus""", cte="7bit"),
            [attachment("ILR-10099871-2425-R07-care.zip", MIME["zip"], make_zip([("ILR-10099871-2425-20250303-R07-care.xml", _xml)]))],
            "ilrzip"), extra=X_OUTLOOK)

# 30 internal team + external cc: medical/safeguarding update
p = L["liam"]
C.add("positive", "update-cc-employer", "wrapped",
      "construction tutor updates the internal team and cc's the employer's site manager with an apprentice's self-harm disclosure, meds and DOB",
      GAZ, [BUILDTEAM, RUTH], "Liam Oates - update after Friday", D(2024, 11, 11, 7, 35),
      text_part("""All,

Update on Liam (L2 carpentry, DOB %s) after Friday. He told Imran he'd been cutting his arms again and had taken "a few" of his mum's tablets on Thursday night. Ruth has spoken to him and mum and he's been seen by the crisis team at Rotherham General. He's now on fluoxetine 20mg and has a CAMHS appointment on the 19th.

Craig - copying you in as his site manager. He's back on site Weds. Please don't put him on the saws for the first week and make sure someone checks in with him at break. His mum's number is %s if he doesn't turn up.

Gaz
""" % (p.dob(), p.mob), cte="7bit", wrap=74), cc=[BRIGHTSTONE_SITE], extra=X_OUTLOOK)

# ================================================================ negatives

# 31 same ILR CSV, internal only
_ilr2 = [L[k] for k in ("jayden", "chloe", "kacey", "liam", "ellie", "tyler", "connor", "amber")]
_csv2 = "LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,NINumber,Postcode,Error\n" + "".join(
    "%s,%s,%s,%s,%s,%s,%s,%s\n" % (p.ref, p.uln, p.last, p.first, p.dob("iso"), p.nino, p.pc, e)
    for p, e in zip(_ilr2, ["", "PostcodePrior missing", "", "", "LLDD missing", "", "", "Employer ID"]))
C.add("negative", "ilr-extract-internal", "attach-csv",
      "MIS officer sends the same kind of ILR learner extract (ULN, DOB, NINO) to the internal compliance manager only",
      PRIYA, [MARCUS], "R05 validation errors - learners to fix", D(2025, 1, 6, 11, 20),
      mixed(text_part("""Marcus,

Validation errors from the R05 run attached, four learners with errors. Can the assessors get the missing bits to me by Thursday? I'll fix in the MIS, please don't edit the CSV.

""" + SIG_PRIYA, cte="7bit"),
            [text_attachment("R05_validation_errors.csv", _csv2, ctype="text/csv")], "ilrint"), extra=X_OUTLOOK)

# 32 inbound from employer HR with NINO + bank
p = L["harvey"]
C.add("negative", "inbound-employer-details", "qp",
      "inbound: employer HR sends the provider a new apprentice's NI number, DOB and bank details (arriving from outside)",
      BRIGHTSTONE, [LISA], "New starter paperwork - Harvey Crossland", D(2024, 9, 2, 9, 14),
      text_part("""Hi Lisa,

Harvey's details for your enrolment form, as requested. He starts with us on site today.

Name: %s
DOB: %s
NI no: %s
Address: %s
Bank (for the bursary you mentioned): %s / %s

Any problems let me know.

Gail Farrar
People Team, Brightstone Build Ltd""" % (p.name, p.dob(), fmt_nino(p.nino), p.address(), p.sort, p.acct), cte="quoted-printable"),
      auth=None)

# 33 inbound LA safeguarding info to DSL
p = L["kieran"]
C.add("negative", "inbound-la-safeguarding", "wrapped",
      "inbound: council children's services share safeguarding information about an apprentice with the DSL",
      MASH_D, [RUTH], "SECURE: Information share - Kieran Staniforth", D(2025, 3, 13, 14, 2),
      text_part("""Dear Ms Okafor,

Further to the strategy discussion on 11 March, I am writing to share the
following information under Working Together 2023.

Young person: %s, DOB %s, address %s.

Kieran is now subject to a child in need plan. Concerns relate to
parental alcohol misuse and neglect. Please inform the allocated social
worker (Amy Cartwright, 07700 900 741) of any absences from his
apprenticeship on the day they occur.

This information is shared for safeguarding purposes only and must not be
passed to his employer without discussion with the social worker.

Regards,
Children's Front Door
Doncaster Council
""" % (p.name, p.dob(), p.address()), cte="7bit", wrap=76), auth=None)

# 34 S/MIME encrypted gateway list to EPAO
C.add("negative", "smime-encrypted", "smime",
      "outbound EPA gateway list sent S/MIME encrypted (application/pkcs7-mime enveloped-data) to the EPAO",
      STEPH, [EPAO_P], "Gateway - construction cohort June (encrypted)", D(2025, 5, 21, 10, 10),
      smime_part(34, 3600), extra=X_OUTLOOK)

# 35 PGP/MIME encrypted referral to MASH
C.add("negative", "pgp-encrypted", "pgp",
      "outbound safeguarding referral sent PGP/MIME encrypted (multipart/encrypted) to the council",
      RUTH, [MASH], "Referral follow-up - ref RS-SG-0219", D(2025, 2, 20, 9, 15),
      pgp_encrypted(35, 2100, "pgp35"), extra=X_THUNDER)

# 36 password-protected zip to subcontractor
_pzcsv = _csv
C.add("negative", "password-zip", "zip-encrypted",
      "outbound learner extract to the subcontractor inside a password-protected zip, password given by phone",
      PRIYA, [SKILLBRIDGE], "R06 learner extract (password protected)", D(2025, 2, 5, 15, 2),
      mixed(text_part("""Hi Gemma,

R06 extract attached as a password-protected zip, as per our data sharing agreement. I'll ring you with the password - it won't come by email.

Please delete once you've matched the records.

Thanks
""" + SIG_PRIYA, cte="7bit"),
            [attachment("R06_FS_learners.zip", MIME["zip"], make_encrypted_zip([("R06_FS_learners.csv", _pzcsv.replace("\n", "\r\n"))], "Gr33nL4ne!Dun", 36))],
            "pzip36"), extra=X_OUTLOOK)

# 37 invoice with provider's own bank details, html-only
C.add("negative", "invoice-company-bank", "html-only",
      "outbound invoice to an employer for non-levy co-investment showing the provider's own bank details and invoice numbers",
      BEV, [A("Accounts Payable", "accounts@halohairstudio.example")], "Invoice INV-24-01187 - Ridgeway Skills", D(2024, 12, 2, 9, 0),
      html_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Dear Nicola,</p>
<p>Please find below invoice <b>INV-24-01187</b> for your 5% employer contribution (non-levy) for the period September to November 2024.</p>
""" + html_table(["Description", "Qty", "Amount"], [
          ["Co-investment - Hair Professional L2 (2 apprentices)", "3 months", "£225.00"],
          ["VAT", "", "exempt"], ["Total due", "", "£225.00"]]) + """
<p><b>Payment terms:</b> 30 days. Please quote INV-24-01187 as the reference.</p>
<p><b>Pay by BACS to:</b><br>Ridgeway Skills Ltd<br>Sort code: 40-18-22<br>Account number: 71849305<br>Bank: HSBC UK, Barnsley</p>
<p>Purchase order: PO-HALO-0093 &middot; Customer account: CUST-00412</p>
<p>Kind regards,<br>Bev Coulson<br>Finance Officer, Ridgeway Skills Ltd &middot; Company no. 08812734 &middot; VAT reg GB 245 8812 67</p>
</body></html>
"""), extra=X_OUTLOOK)

# 38 PO / order / ticket numbers
C.add("negative", "order-numbers", "7bit",
      "outbound chase to a tool supplier quoting PO, order, delivery ticket and account numbers",
      A("Wes Barker", "w.barker@school.example"), [A("Trade Counter", "orders@toolstation-trade.example")],
      "Missing items - PO 4500031877 / your order 77120459", D(2024, 10, 14, 8, 20),
      text_part("""Morning,

Delivery this morning to our Rotherham workshop (ticket DN-4418273, signed by me 07:52) was short two items against PO 4500031877 / your order 77120459:

- 12 x SDS bits 6mm (cat 22419)
- 4 x spirit level 1200mm (cat 70081)

Our trade account is 3301 2276. Can you confirm when the rest will be sent? We need the levels for Thursday's practical.

Thanks
Wes Barker
Workshop Technician
Ridgeway Skills, Unit 7 Manvers Way, Rotherham
Tel 01709 960 211 / 07700 900 118"""), extra=X_OUTLOOK)

# 39 provider reference numbers
C.add("negative", "provider-reference-numbers", "flowed",
      "outbound to a partner provider with UKPRN, contract references, LARS/standard codes and QANs, no personal data",
      MARCUS, [A("Jane Ellison", "j.ellison@northvale-training.example")], "Subcontract schedule 2025/26 - codes", D(2025, 6, 25, 14, 40),
      text_part("""Hi Jane,

Codes for the subcontract schedule as promised:

Ridgeway Skills UKPRN: 10099871
Northvale Training UKPRN: 10088234
Our apprenticeship agreement ref: APP-2526-0771
Contract for services ref: RS/SUB/2025/004

Standards in scope:
- Adult Care Worker L2 - ST0005, LARS standard code 97
- Lead Adult Care Worker L3 - ST0006
- Hair Professional L2 - ST0213

Functional skills aims: Maths L1 610/0722/5, English L1 610/0720/1 (please check these against the LARS download, I typed them from memory).

Contract value cap £48,000, invoiced monthly in arrears against the R-return.

Marcus""", flowed=True, cte="8bit"), extra=X_THUNDER)

# 40 aggregate stats to external governor
C.add("negative", "aggregate-stats", "alternative",
      "outbound quality report of aggregate achievement and retention rates to an external board member, no individuals",
      MARCUS, [A("Councillor Anne Whitby", "anne.whitby@example.org"), DAVE], "Q2 quality dashboard for Thursday's board",
      D(2025, 1, 27, 17, 5),
      alt("""Anne, Dave,

Headline figures for Thursday's board (Q2, 2024/25, all cohorts):

Overall achievement rate: 61.8% (national 2023/24: 60.5%)
Adult care: 64.2% (n=81)
Construction: 57.1% (n=63)
Hairdressing: 62.5% (n=40)
Retention at 12 weeks: 88%
Learners with an LLDD: 31% of starts, achievement gap -2.4 points
16-18 starts: 72, 19+ starts: 112
Breaks in learning this quarter: 9

No learner-level data in the pack - the full dashboard is on the board portal.

Marcus""", "stats"), extra=X_OUTLOOK)

# 41 blank enrolment form template docx
C.add("negative", "blank-form-docx", "attach-docx",
      "outbound blank apprentice enrolment form template to a new employer, fields empty",
      LISA, [A("Shear Elegance", "tara@shear-elegance.example")], "Enrolment form for your new apprentice (blank)", D(2025, 8, 18, 11, 30),
      mixed(text_part("""Hi Tara,

Blank enrolment form attached for your new apprentice. Please DON'T fill it in and email it back - bring it to the sign-up appointment with Kelly-Ann and we'll do it together and scan it straight onto our system.

Thanks
Lisa""", cte="7bit"),
            [attachment("Apprentice enrolment form 2025-26 (blank).docx", MIME["docx"], make_docx([
                "# Ridgeway Skills - Apprentice Enrolment Form 2025/26",
                "Section A - About you",
                [["Legal first name", ""], ["Surname", ""], ["Date of birth (DD/MM/YYYY)", "__ / __ / ____"], ["National Insurance number", "__ __ __ __ __"],
                 ["Unique Learner Number (if known)", ""], ["Home address and postcode", ""], ["Mobile", ""], ["Personal email", ""]],
                "Section B - Emergency contact",
                [["Name", ""], ["Relationship", ""], ["Phone", ""]],
                "Section C - Learning difficulties, disabilities and health",
                "Do you consider yourself to have a learning difficulty, disability or health problem?  Yes / No / Prefer not to say",
                "Section D - Privacy notice",
                "Your information will be shared with the Department for Education (ESFA) and the Learning Records Service. See our privacy notice at the back of this form.",
            ], title="Enrolment form"))], "blank"), extra=X_OUTLOOK)

# 42 data protection policy to subcontractor
C.add("negative", "dp-policy-txt", "attach-txt",
      "outbound data protection procedure summary to a subcontractor, no personal data in it",
      MARCUS, [SKILLBRIDGE], "Data protection requirements for subcontractors 2025/26", D(2025, 7, 3, 10, 0),
      mixed(text_part("""Hi Gemma,

Ahead of the contract renewal, our data protection requirements for subcontractors are attached. Main change this year: learner data must only be exchanged via the secure file share or encrypted email - no more password-protected spreadsheets.

Marcus""", cte="7bit"),
            [text_attachment("Subcontractor data protection requirements 2025-26.txt", """RIDGEWAY SKILLS - DATA PROTECTION REQUIREMENTS FOR SUBCONTRACTORS (2025/26)

1. Roles. Ridgeway Skills is the controller for learner data; the subcontractor acts
   as processor under the data sharing agreement (schedule 4).
2. What we share. Name, date of birth, ULN, contact details, prior attainment and
   any learning support needs - only what you need to deliver and claim.
3. How. Secure file share or encrypted email (Egress). Never personal email,
   never unencrypted attachments, never paper in the post.
4. Special category data (health, SEN, safeguarding) is shared only with named
   staff and only where needed for the learner's support.
5. Breaches. Report to our DPO within 24 hours: dpo@school.example.
6. Retention. Delete learner data within 30 days of the end of the contract and
   confirm deletion in writing.
7. Audit. We may audit your compliance once a year with 10 days' notice.
""")], "dppolicy"), extra=X_OUTLOOK)

# 43 safeguarding policy overview html-only
C.add("negative", "safeguarding-policy-overview", "html-only",
      "outbound overview of the safeguarding policy and reporting procedure for a new employer, no names",
      RUTH, [A("Hallcross Decorating", "office@hallcross-decorating.example")], "Safeguarding - what employers need to know",
      D(2024, 9, 5, 13, 10),
      html_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear employer,</p>
<p>Thank you for taking on an apprentice with Ridgeway Skills. As some of our apprentices are 16&ndash;18 or may be vulnerable adults, here is a short summary of our safeguarding arrangements.</p>
<h3 style="font-size:12pt">If you are worried about an apprentice</h3>
<ol>
<li>Listen, don't promise to keep secrets, write down what was said.</li>
<li>Call our safeguarding team the same day on 01226 960 400 (option 3).</li>
<li>If someone is in immediate danger, call 999 first.</li>
<li>Please <b>don't email</b> details of a concern &ndash; phone us and we'll record it on our secure system.</li>
</ol>
<h3 style="font-size:12pt">Prevent</h3>
<p>We also have a duty to protect apprentices from radicalisation. The same reporting route applies.</p>
<p>The full policy (v6, reviewed July 2024) is on our website under Policies.</p>
<p>Ruth Okafor<br>Designated Safeguarding Lead</p>
</body></html>
"""), extra=X_OUTLOOK)

# 44 phone numbers list, mobile
C.add("negative", "phone-numbers-mobile", "mobile",
      "tutor on the road sends an employer the centre and out-of-hours phone numbers, no personal data",
      GAZ, [BRIGHTSTONE_SITE], "numbers", D(2025, 4, 24, 7, 10),
      text_part("""Craig, numbers u asked for:

Rotherham centre 01709 960 200
Barnsley 01226 960 400
Safeguarding 01226 960 400 opt 3
Me 07700 900 631 (work mob)
Workshop (Wes) 01709 960 211

Lads are on site Mon-Thurs, Fri is centre day. Cheers
Gaz

Sent from my iPhone""", cte="7bit"), extra=X_IPHONE)

# 45 EPA schedule dates, cp1252-8bit
C.add("negative", "epa-dates", "cp1252-8bit",
      "outbound EPA slot request to the EPAO listing dates, times and counts only, no learner details",
      STEPH, [EPAO], "Slot request – Autumn EPA windows", D(2025, 7, 15, 12, 0),
      text_part("""Hello,

Could we request the following EPA slots for the autumn? Learner details will go through the portal once gateway is signed off.

• Adult Care Worker L2 – 6 candidates – w/c 15/09/2025 or 22/09/2025
• Lead Adult Care Worker L3 – 3 candidates – 07/10/2025
• Hair Professional L2 practical – 4 candidates – 14/10/2025 & 15/10/2025, Goole salon (unit 3, Boothferry Park)
• Bricklayer L2 – 5 candidates – 04/11/2025, Rotherham workshop

Invoices to PO 7710/EPA/25, as before.

Kind regards
Steph Naylor – EPA Coordinator""", charset="windows-1252", cte="8bit"), extra=X_OUTLOOK)

# 46 internal DSL reply with case notes
p = L["jack"]
C.add("negative", "internal-dsl-reply", "reply-quoted",
      "internal: deputy DSL replies to the DSL with case notes about a named apprentice, all recipients internal",
      DDSL, [RUTH], "RE: Jack O - overnight", D(2025, 2, 20, 8, 5),
      text_part("""Ruth,

Update: EDT placed Jack with his nan (Margaret Ormerod, %s) last night. Social worker allocated this morning, strategy meeting 2pm today - I'll attend if you're at Goole. I've logged everything on MyConcern under his record (DOB %s).

Mark

-----Original Message-----
From: Ruth Okafor <r.okafor@school.example>
Sent: 19 February 2025 18:40
To: Mark Ellwood <m.ellwood@school.example>
Subject: Jack O - overnight

Mark, MASH have taken the referral for Jack Ormerod. EDT were deciding on placement when I left. Can you pick up tomorrow am? He's not to go home. Ruth""" % (p.address(), p.dob()), cte="quoted-printable"), extra=X_OUTLOOK)

# 47 internal HR -> payroll with staff bank details, fwd-inline latin1
s = S["rachel"]
C.add("negative", "internal-payroll-forward", "fwd-inline",
      "internal: HR forwards a new starter's NI number and bank details to the in-house payroll mailbox, iso-8859-1 8bit",
      KAREN, [PAYROLL], "Fw: New starter bank details - Rachel Senior", D(2024, 8, 27, 10, 50),
      text_part("""Payroll - for the September run please. Contract signed, start 2 Sept, £27,450 pro rata.

Karen

-----Original Message-----
From: Rachel Senior <r.senior@school.example>
Sent: 27 August 2024 09:12
To: Karen Platts <k.platts@school.example>
Subject: New starter bank details

Hi Karen, my details as asked:

NI: %s
DOB: %s
Sort code: %s
Account: %s
Address: %s

Thanks, Rachel""" % (fmt_nino(s.nino), s.dob(), s.sort, s.acct, s.address()), charset="iso-8859-1", cte="8bit"),
      extra=X_OUTLOOK)

# 48 inbound parent medical info, mobile
p = L["harvey"]
C.add("negative", "inbound-parent-medical", "mobile",
      "inbound: a parent emails the tutor from her phone with her son's allergy, EpiPen and NHS number",
      A("Lynne Crossland", "lynne.crossland@example.com"), [GAZ], "Harvey trip", D(2025, 5, 15, 21, 40),
      text_part("""Hi Gary, form for the residential below as I can't print it.

Harvey Crossland %s. Severe peanut allergy, 2 epipens in his bag, he knows how to use them. NHS no %s. Please make sure the kitchen knows!!

Lynne (mum) 07700 900 823

Sent from my iPhone""" % (p.dob(), fmt_nhs(p.nhs)), cte="7bit"), auth=None)

# 49 inbound EPAO results with ULNs, xlsx
_rs = [L[k] for k in ("kacey", "daniel", "sophie", "chloe")]
C.add("negative", "inbound-epa-results", "attach-xlsx",
      "inbound: the EPAO sends results with names, ULNs and dates of birth to the EPA coordinator",
      EPAO_P, [STEPH], "EPA results - Ridgeway Skills - care May", D(2025, 6, 6, 15, 20),
      mixed(text_part("""Hi Steph,

Results for the May care cohort attached. Certificates will be requested from ESFA within 5 working days.

Congratulations to Kacey on the distinction!

Leanne Booth
Assessment Coordinator, Apex Assessment Partners""", cte="7bit"),
            [attachment("Results_RidgewaySkills_May25.xlsx", MIME["xlsx"], make_xlsx(
                [["Apprentice", "ULN", "DOB", "Standard", "Grade"]] +
                [[p.name, p.uln, p.dob(), p.prog, g] for p, g in zip(_rs, ["Distinction", "Pass", "Pass", "Merit"])],
                sheet="Results"))], "results"), auth=None)

# 50 anonymised case study to awarding body
C.add("negative", "anonymised-case-study", "qp",
      "outbound anonymised case study (Learner A, age band only) to an awarding body for a good-practice award",
      DONNA, [A("Awards Team", "awards@cityskills-awards.example")], "Good practice award nomination - anonymised case study",
      D(2025, 6, 18, 13, 0),
      text_part("""Hello,

Our nomination for the Care Apprentice of the Year award is below. As requested it's fully anonymised - the apprentice has agreed that her name can be shared only if she is shortlisted.

Learner A (aged 17–19 at start) joined a Level 2 Adult Care Worker apprenticeship with a residential care employer in South Yorkshire in 2023. She had left school with no English or maths qualifications and told us at induction she "wasn't a classroom person".

Over 18 months she achieved Functional Skills English and maths Level 1 and 2, completed her Care Certificate early, and became her home's dementia champion, running short sessions for colleagues on communicating with residents living with dementia. Her manager describes her as "the person residents ask for".

She passed her end-point assessment with a distinction and has progressed to the Level 3 Lead Adult Care Worker apprenticeship.

Donna Whitlock – Health & Social Care Assessor""", cte="quoted-printable"), extra=X_OUTLOOK)

# 51 invoice with card last 4 only, base64
C.add("negative", "receipt-last4", "base64",
      "outbound remittance to a venue quoting invoice/booking numbers and only the last four digits of the company card",
      LISA, [A("Events Team", "events@wentworth-conference.example")], "Booking WCC-25-3381 - payment made", D(2025, 3, 10, 12, 15),
      text_part("""Hi,

Just confirming we've paid the balance for booking WCC-25-3381 (Employer Awards Evening, 27 June, Long Gallery) online this morning.

Amount: £1,840.00
Invoice: INV/WCC/0027714
Paid on company Visa ending 4417, authorisation code 0X7KQ2
Our PO: 4500032201

Final numbers (86 guests) and dietary counts to follow by 13 June.

Thanks
Lisa Drummond
Ridgeway Skills""", cte="base64"), extra=X_OUTLOOK)

# 52 support ticket with placeholder ULN, test learner
C.add("negative", "vendor-ticket-test-data", "7bit",
      "outbound support ticket to the MIS vendor using a test learner and the 9999999999 placeholder ULN, ticket numbers",
      PRIYA, [A("Support", "support@trackwell-mis.example")], "RE: Case 00418826 - ULN validation on test learner",
      D(2025, 5, 7, 10, 32),
      text_part("""Hi,

Re case 00418826. Reproduced on the TRAINING database (not live) with a test record:

Learner: TEST LEARNER ZZ, ref TST0001
DOB: 01/01/2000 (dummy)
ULN: 9999999999 (the ESFA "not known" placeholder)

Expected: warning ULN_03 only. Actual: the record refuses to save with error code E-2231 and the screen freezes. Build 24.3.118, Windows 11, Edge.

Screenshot of error uploaded to the portal under the case. Happy to do a Teams session - I'm free Thurs after 1.

""" + SIG_PRIYA), extra=X_OUTLOOK)

# 53 internal forward of employer's mail with NINO, rfc822
p = L["ryan"]
_inner = mime_message(A("Gail Farrar", "people@brightstone-build.example"), [JORDAN], "Ryan Moorhouse - change of NI number",
                      D(2025, 1, 16, 11, 2),
                      text_part("""Hi Jordan,

Ryan's NI number on our system was a temporary one. Correct one is %s (DOB %s) - can you update yours so the ILR matches?

Gail""" % (fmt_nino(p.nino), p.dob()), cte="7bit"), msgid="<BR1-2025-0116-1102@brightstone-build.example>")
C.add("negative", "internal-forward-rfc822", "fwd-rfc822",
      "internal: employer engagement officer forwards an employer's email containing an NI number to the internal MIS mailbox as an attachment",
      JORDAN, [MIS, PRIYA], "FW: Ryan Moorhouse - change of NI number", D(2025, 1, 16, 11, 30),
      mixed(text_part("""Priya - for the ILR, see attached from Brightstone.

J""", cte="7bit"), [rfc822_part(_inner, "Ryan Moorhouse - change of NI number.eml")], "intfwd"), extra=X_OUTLOOK)

# 54 internal zip of learner CSV
_int = [L[k] for k in ("mia", "courtney", "leah", "ellie", "paige", "shannon")]
_icsv = "learner_ref,name,dob,uln,nhs_number,medical\n" + "".join(
    "%s,%s,%s,%s,%s,%s\n" % (p.ref, p.name, p.dob(), p.uln, p.nhs, m) for p, m in zip(_int, ["", "", "epilepsy", "nut allergy", "T1 diabetes", ""]))
C.add("negative", "internal-zip", "zip",
      "internal: centre manager zips the hair cohort medical list (DOB, ULN, NHS number) for the internal MIS team",
      SUE, [MIS, KELLY], "Hair cohort - medical flags for MIS", D(2024, 10, 2, 14, 45),
      mixed(text_part("""MIS team,

Medical flags for the Goole hair cohort attached (zipped, it's from the old shared drive). Please add to the learner records so they show on the register. Kelly-Ann cc'd to check.

Sue""", cte="7bit"),
            [attachment("hair_medical_flags.zip", MIME["zip"], make_zip([("hair_medical_flags.csv", _icsv.replace("\n", "\r\n"))]))],
            "intzip"), extra=X_OUTLOOK)

# 55 second password zip - OH referrals
C.add("negative", "password-zip", "zip-encrypted",
      "outbound occupational health referral CSV inside a password-protected zip, password to follow by text",
      KAREN, [A("Referrals", "referrals@medwork-oh.example")], "OH referral - protected file", D(2025, 5, 8, 9, 40),
      mixed(text_part("""Hi,

One further management referral attached in a password-protected zip. I'll text the password to your referrals mobile in the next few minutes.

Karen Platts
HR Officer, Ridgeway Skills""", cte="7bit"),
            [attachment("OH_referral_May25.zip", MIME["zip"], make_encrypted_zip([("OH_referral_May25.csv", _ohcsv.split("\n")[0] + "\r\n" + _ohcsv.split("\n")[2] + "\r\n")], "Wk19-Rsk-7731", 55))],
            "pzip55"), extra=X_OUTLOOK)

# 56 training dates & room bookings
C.add("negative", "training-dates", "alternative",
      "outbound room booking and training session dates for employer managers, with times, room numbers and delegate counts",
      JORDAN, [A("Bookings", "rooms@doncaster-enterprise-hub.example")], "Room bookings - mentor training Sept-Nov", D(2024, 8, 30, 11, 5),
      alt("""Hi,

Please can we book the following at the Enterprise Hub for our employer mentor training:

Tues 17/09/2024, 09:30-12:30, Room 2.04, 14 delegates
Tues 15/10/2024, 09:30-12:30, Room 2.04, 14 delegates
Thurs 21/11/2024, 13:00-16:00, Room 1.10 (bigger one), 22 delegates

Layout: cabaret, projector, tea/coffee on arrival. Our account no. is DEH-1192.

Thanks
Jordan Pike
Ridgeway Skills""", "rooms"), extra=X_OUTLOOK)

# 57 reply refusing to send NI numbers by email
C.add("negative", "refuse-email-reply", "reply-quoted",
      "outbound reply to an employer explaining NI numbers can't be emailed and pointing to the secure portal, no data included",
      LISA, [CAREWELL_HR], "RE: NI numbers for the 5 new apprentices", D(2024, 9, 20, 15, 15),
      text_part("""Hi Sarah,

Sorry, we're not allowed to send NI numbers, dates of birth or bank details by ordinary email. I've uploaded the details you need for the five new starters to the secure employer portal - you'll get a notification with a link. If you haven't got a login yet, Jordan can set you up.

Thanks for understanding!
Lisa

-----Original Message-----
From: Sarah Gill <hr@carewell-homes.example>
Sent: 20 September 2024 13:58
To: Lisa Drummond <l.drummond@school.example>
Subject: NI numbers for the 5 new apprentices

Hi Lisa,

Can you just email me the NI numbers and dates of birth for the five new ones? Easier than chasing them.

Sarah""", cte="7bit"), extra=X_OUTLOOK)

# 58 kit order to salon supplier
C.add("negative", "kit-order-xlsx", "attach-xlsx",
      "outbound hairdressing kit order to a salon wholesaler with product codes, quantities and trade account number",
      KELLY, [A("Trade Orders", "trade@salonsupply-wholesale.example")], "Kit order - trade acct 00781244", D(2024, 8, 22, 16, 40),
      mixed(text_part("""Hi, order attached for our September starter kits (18 kits). Delivery to Goole centre please, trade account 00781244, PO to follow.

Kelly-Ann Moss
Hairdressing Tutor, Ridgeway Skills""", cte="7bit"),
            [attachment("Starter kits Sept24.xlsx", MIME["xlsx"], make_xlsx([
                ["Product code", "Description", "Qty", "Unit", "Total"],
                ["DN-401122", "Denman D3 brush", 18, 6.20, 111.60],
                ["SC-880173", "Cutting scissors 5.5in (student)", 18, 14.50, 261.00],
                ["TC-220019", "Tail comb carbon x3", 18, 2.10, 37.80],
                ["CL-556002", "Section clips pk12", 36, 1.45, 52.20],
                ["BH-300987", "Training head 100% human hair", 18, 32.00, 576.00],
                ["", "", "", "Total", 1038.60],
            ], sheet="Order"))], "kit"), extra=X_OUTLOOK)

# 59 job advert
C.add("negative", "vacancy-advert", "cp1252-qp",
      "outbound apprenticeship vacancy advert to a job board with vacancy reference, wage, hours and workplace postcode",
      JORDAN, [A("Vacancies Desk", "vacancies@yorkshire-jobsboard.example")], "New vacancy – Apprentice Bricklayer (ref VAC-RS-2025-118)",
      D(2025, 6, 3, 10, 20),
      text_part("""Hi,

Please can you post the following vacancy on the board (our account 55120)?

Title: Apprentice Bricklayer (Level 2)
Vacancy ref: VAC-RS-2025-118
Employer: Brightstone Build Ltd
Location: Manvers, Rotherham S63 5DB
Wage: £7.55/hr in year 1 (apprentice rate), rising in line with NMW
Hours: 39 per week, Mon–Fri 7.30–4.00, 1 day a week at our Rotherham centre
Closing date: 27/06/2025
Start date: 01/09/2025
How to apply: via Find an Apprenticeship or call 01709 960 200

Thanks
Jordan Pike – Employer Engagement""", charset="windows-1252", cte="quoted-printable"), extra=X_OUTLOOK)

# 60 invalid-checksum ULNs to MIS vendor, no names
_bad = [wrong_last(make_uln(R)) for _ in range(4)]
_badnhs = wrong_last(make_nhs(R))
C.add("negative", "invalid-checksum-ids", "wrapped",
      "outbound bug report to the MIS vendor listing mistyped ULNs that FAIL the check digit (no names) which the software accepted",
      PRIYA, [A("Support", "support@trackwell-mis.example")], "Bug: ULN check digit not validated on enrolment screen",
      D(2025, 5, 12, 9, 5),
      text_part("""Hi,

New issue (please log separately from 00418826). The enrolment screen is accepting ULNs that fail the modulus 11 check digit. Our enrolment team mistyped these from paper forms; they don't belong to anyone and they were all corrected before the return, but the system should have stopped them:

  %s
  %s
  %s
  %s

The NHS number field on the medical tab also accepted %s, which fails its check digit too. Could you confirm whether validation is meant to happen on save or only at ILR export?

Thanks,
%s
""" % (_bad[0], _bad[1], _bad[2], _bad[3], _badnhs, SIG_PRIYA), cte="7bit", wrap=72), extra=X_OUTLOOK)

for _u in _bad:
    assert uln_check(_u[:9]) != int(_u[9])
assert nhs_check(_badnhs[:9]) != int(_badnhs[9])

if __name__ == "__main__":
    C.write()
    print("wrote %d messages" % len(C.items))
