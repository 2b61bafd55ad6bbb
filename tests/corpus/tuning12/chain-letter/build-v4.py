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

# ================================================================ chain-letter corpus (writer v4)
# Imagined sender population: "Ridgeway Skills", a work-based training provider running
# apprenticeships in adult care, construction trades and hairdressing from centres in
# Barnsley, Doncaster, Rotherham and Goole. Internal domains school.example (staff) and
# students.school.example (apprentices).

C = Corpus("v4")

# staff
DONNA = A("Donna Whitlock", "d.whitlock@school.example")        # care assessor
GAZ = A("Gary Pritchard", "g.pritchard@school.example")         # construction tutor
KELLY = A("Kelly-Ann Moss", "k.moss@school.example")            # hairdressing tutor
PRIYA = A("Priya Sandhu", "p.sandhu@school.example")            # MIS / funding
MARCUS = A("Marcus Fenwick", "m.fenwick@school.example")        # compliance manager
RUTH = A("Ruth Okafor", "r.okafor@school.example")              # DSL
TOM = A("Tom Belling", "t.belling@school.example")              # IT
ITDESK = A("Ridgeway IT Support", "it.support@school.example")
SUE = A("Sue Hartley", "s.hartley@school.example")              # centre manager Barnsley
LISA = A("Lisa Drummond", "l.drummond@school.example")          # admin / enrolments
JORDAN = A("Jordan Pike", "j.pike@school.example")              # employer engagement
HANNAH = A("Hannah Reeve", "h.reeve@school.example")            # learner support
DAVE = A("Dave Kinsella", "d.kinsella@school.example")          # ops director
AMIRA = A("Amira Hussain", "a.hussain@school.example")          # functional skills tutor
BEV = A("Bev Coulson", "b.coulson@school.example")              # finance
STEPH = A("Steph Naylor", "s.naylor@school.example")            # EPA coordinator
ALLSTAFF = A("All Staff", "allstaff@school.example")
CARETEAM = A("Care Team", "care.team@school.example")
BUILDTEAM = A("Construction Team", "construction@school.example")
HAIRTEAM = A("Hair & Beauty Team", "hairteam@school.example")

# apprentices
JAYDEN = A("Jayden Hurst", "jayden.hurst@students.school.example")
CHLOE = A("Chloe Barraclough", "chloe.barraclough@students.school.example")
KACEY = A("Kacey Wright", "kacey.wright@students.school.example")
LIAM = A("Liam Oates", "liam.oates@students.school.example")
ELLIE = A("Ellie-Mae Booth", "ellie-mae.booth@students.school.example")
TYLER = A("Tyler Greaves", "tyler.greaves@students.school.example")
MIA = A("Mia Sutcliffe", "mia.sutcliffe@students.school.example")
CONNOR = A("Connor Lunn", "connor.lunn@students.school.example")
SHANNON = A("Shannon Dyson", "shannon.dyson@students.school.example")
REECE = A("Reece Atkinson", "reece.atkinson@students.school.example")
COURTNEY = A("Courtney Hirst", "courtney.hirst@students.school.example")
KIERAN = A("Kieran Staniforth", "kieran.staniforth@students.school.example")

# outside
CAREWELL_HR = A("Carewell Homes HR", "hr@carewell-homes.example")
BRIGHTSTONE = A("Brightstone Build - People Team", "people@brightstone-build.example")
HALO = A("Nicola at Halo Hair", "nicola@halohairstudio.example")
EPAO = A("Apex Assessment Partners", "epa@apex-assessment.example")
AWARDS = A("Centre Support", "centresupport@cityskills-awards.example")

X_OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
X_IPHONE = [("X-Mailer", "iPhone Mail (21F90)")]
X_THUNDER = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0")]
X_ANDROID = [("X-Mailer", "Outlook for Android")]

def alt(text, tag, charset="utf-8", html_text=None):
    return multipart("alternative", [text_part(text, charset=charset, cte="quoted-printable"),
                                     html_part(html_text or text_to_html(text), charset=charset)], bnd(tag))

def mixed(body_part, attachments, tag):
    return multipart("mixed", [body_part] + attachments, bnd(tag, 1))

def fwd_block(frm, date, subject, to, body, style="gmail"):
    if style == "gmail":
        return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (frm, date, subject, to, body))
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, date, to, subject, body))

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

# ---------------------------------------------------------------- positives

C.add("positive", "good-luck-chain", "mobile",
      "apprentice forwards a 'round the world 11 times, send to 9 people' good-luck chain to mates and her tutor",
      CHLOE, [KACEY, ELLIE, MIA, SHANNON], "dont ignore this!!!!", D(2024, 10, 3, 21, 47, 12),
      text_part("""omg just got this off my cousin so sending it on x

THIS IS NOT A JOKE. this message has been round the world 11 times and now its come to you. within 4 days of getting it you have to send it on to 9 people. a girl in leeds sent it on and the very next day she passed her driving test first time. a lad who deleted it lost his phone AND his job in the same week.

DONT BREAK THE CHAIN!!! send to 9 ppl before friday and something good will happen to you on saturday

sorry if u get it twice lol

Sent from my iPhone""", cte="7bit"), cc=[KELLY], extra=X_IPHONE)

C.add("positive", "curse-chain", "7bit",
      "apprentice sends a ghost-girl curse chain demanding it go to 15 people in 20 minutes",
      TYLER, [CONNOR, REECE, LIAM, JAYDEN, KIERAN], "READ TIL THE END or else", D(2024, 11, 14, 23, 5, 40),
      text_part("""read this all the way to the end dont stop

hi my name is katie i was 12 when i fell down the stairs at my nans house in 2009 and nobody came. now i go round looking for people who dont care about me.

if you read this you HAVE to send it to 15 people in the next 20 minutes. if you dont i will be stood at the end of your bed at 3:00am tonight. one boy called darren laughed at this and didnt send it and the next morning his mum found his bed empty.

send it to 15 and you'll be safe. send to 20 and your crush will message you. send to 0 and see you at 3am

not my fault dont kill me"""))

C.add("positive", "prayer-chain", "wrapped",
      "care assessor sends a 'send to 12 people within the hour' prayer chain to colleagues and an outside friend",
      DONNA, [CARETEAM, "bernie.walsh61@example.net"], "Please don't break this one x", D(2025, 1, 12, 7, 18, 3),
      text_part("""Morning all, not my usual thing at all but my aunty sent me this after my
week and I couldn't bring myself to be the one that stops it. Just send it
on if you can, it takes two minutes. Donna x

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Lord, I ask that You bless whoever is reading this right now. Lift the
weight from their shoulders, heal what is hurting in their body and in their
family, and open the door they have been knocking on for so long.

This prayer has been passed hand to hand since 1987. It has been to Ghana,
Ireland, Manila and back again. Within the hour send it to 12 people you
care about and by Sunday you will receive the answer you have been waiting
for. A lady in Wakefield passed it to 12 and her son rang her the next
morning after four years of silence. A man who kept it to himself was made
redundant within the week.

Do not break this chain. God sees who passes it on.

Amen, and send it on.

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Donna Whitlock
Health & Social Care Assessor | Ridgeway Skills
""", wrap=None), extra=X_OUTLOOK)

C.add("positive", "virus-hoax", "fwd-inline",
      "construction tutor forwards a 'wipes your phone in 10 seconds, tell all your contacts' video hoax to all staff",
      GAZ, [ALLSTAFF], "FW: WARNING - pass this on", D(2025, 2, 4, 12, 31, 55),
      text_part("""All - pass this on, my brother in law works in IT at the council and says it's legit. Dont open it!!

Gaz

""" + fwd_block("Carl Pritchard <carlp1979@example.com>", "Tue, 4 Feb 2025 at 11:02",
                "Fwd: WARNING!!!", "undisclosed-recipients:;", """PLEASE READ AND SEND TO EVERYONE YOU KNOW

If anybody sends you a video on WhatsApp or by email called "The Pink Lantern" DO NOT OPEN IT. It hacks your phone in 10 seconds and it cannot be stopped, it takes all your banking passwords and photos. It was on the BBC this morning. Also if you get an email with the subject "Martinelli" delete it straight away.

Tell all your contacts, forward to everyone you know!! The more people who know the less it can spread.

Sent from my Galaxy"""), cte="quoted-printable"), extra=X_OUTLOOK)

C.add("positive", "whatsapp-charge-hoax", "qp",
      "admin forwards the 'WhatsApp will start charging unless you send this to 10 contacts' hoax to colleagues and family",
      LISA, [SUE, AMIRA, "drummond.family@example.org"], "Fwd: whatsapp charging from monday", D(2024, 9, 27, 16, 20, 0),
      text_part("""Is this true?? Sending it on anyway just in case, better safe than sorry!

Lisa

Hello, from Monday 30th WhatsApp is going to cost £0.01 per message unless you are an active user. We have only got 250 million users left on our servers and we don't want any more inactive accounts. If you have at least 10 contacts send this message to them and your logo will turn BLUE which means you're now an active user. If you don't send this to 10 people your account will be deactivated and you will need to pay to reactivate it. Tomorrow at 6pm messages will start being charged.

Message from Jim Balsamic (CEO of WhatsApp). This has been confirmed on the news.

Forward this to 10 people to keep WhatsApp free. I don't want to lose my contacts so I'm passing it on.""",
                cte="quoted-printable"), extra=X_OUTLOOK)

C.add("positive", "missing-child-hoax", "html-only",
      "outside contact emails staff an unverifiable 'little boy missing from retail park, copy and share' appeal",
      A("Jackie Dent", "jackie.dent64@example.net"), [SUE, LISA, DONNA], "PLEASE SHARE!!! little boy missing",
      D(2024, 12, 7, 15, 9, 42),
      html_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr"><p><b><span style="color:red;font-size:16pt">PLEASE SHARE!!!!!</span></b></p>
<p>My friends little boy ALFIE (6) has gone missing from the retail park near the Frenchgate about 2 hours ago. He was wearing a blue spiderman coat and grey joggers and has blonde curly hair. Police have been informed but they said the more people that share it the better.</p>
<p><b>COPY AND SHARE DONT JUST READ IT.</b> Send this on to everyone in your contacts, it only takes a second and it could bring him home. If it was your child you would want everyone to send it!!!</p>
<p>Please send to all your work too xxx</p>
<p>Jackie</p></div></body></html>
"""))

C.add("positive", "sick-child-appeal", "cp1252-qp",
      "hairdressing tutor forwards 'Facebook and Make-A-Wish donate 10p per forward' sick-child appeal to apprentices and salon owners",
      KELLY, [HAIRTEAM, MIA, COURTNEY, HALO], "please forward - little Amelia-Rose", D(2024, 11, 2, 19, 44, 10),
      text_part("""Hi all, I know it’s not work related but this broke my heart so please just forward it on, it costs nothing! Kelly x

“Little Amelia-Rose is 3 years old and has a brain tumour. Her mummy and daddy can’t afford the operation she needs in America. Facebook and Make-A-Wish have agreed to donate 10p to her family every time this email is forwarded. 

Please don’t delete it. If you forward it to 5 people that’s 50p. If you forward it to your whole contact list you could save her life. Her operation is on the 20th so there isn’t much time.

Forward forward forward – it costs you nothing but 5 seconds!!”

Kelly-Ann Moss
Hairdressing Tutor – Ridgeway Skills (Goole)""", charset="windows-1252", cte="quoted-printable"), extra=X_OUTLOOK)

C.add("positive", "donate-per-forward", "base64",
      "apprentice forwards the 'Microsoft email beta will pay $245 per forward' money chain to tutors and friends",
      JAYDEN, [GAZ, LIAM, CONNOR, "jayden.h2007@example.com"], "FW: FW: FW: Microsoft email tracking PAYOUT",
      D(2025, 3, 11, 10, 2, 51),
      text_part("""is this real?? worth a go lol, sending to everyone

-----Original Message-----
Subject: FW: FW: Microsoft email tracking PAYOUT

Dear friends, please do not take this for a junk letter. Microsoft and AOL are now the largest Internet companies and in an effort to make sure that their email programme stays the most widely used, they are running an email beta test. When you forward this email to friends, Microsoft can and will track it (if you are a Microsoft Windows user) for a two week time period.

For every person that you forward this email to, Microsoft will pay you $245.00. For every person that you sent it to that forwards it on, Microsoft will pay you $243.00, and for every third person that receives it you will be paid $241.00. Within two weeks Microsoft will contact you for your address and then send you a cheque.

I thought this was a scam myself, but two weeks after receiving this email and forwarding it on, my cousin received a cheque for $4,324.44. This is real. Forward it to as many people as you can before the test closes.""",
                cte="base64"), extra=X_ANDROID)

C.add("positive", "privacy-notice-hoax", "flowed",
      "centre manager circulates the 'I do not give Meta permission' copy-and-paste privacy notice and tells staff to repost it",
      SUE, [ALLSTAFF], "Copy this onto your Facebook everyone!", D(2024, 9, 23, 8, 3, 30),
      text_part("""Morning team, my niece said everybody needs to put this on their profile before tomorrow or they can use all our pics (including work ones of the learners!!). Copy and paste it, don't share it, sharing doesn't count apparently.

Sue

----

Goodbye Meta AI. Please note that an attorney has advised us to put this on, failure to do so may result in legal consequences. As Meta is now a public entity, all members must post a similar statement. If you do not post at least once it will be assumed you are OK with them using your information and photos.

I do not give Meta or anyone else permission to use any of my personal data, profile information or photos. With this statement, I give notice that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile and its content. Violation of privacy can be punished by law (UCC 1-308-11 308-103 and the Rome Statute).

Channel 13 News talked about this change. Copy and paste, do NOT share.""", flowed=True),
      extra=X_THUNDER)

C.add("positive", "friendship-chain", "mobile",
      "apprentice's 'send to 10 friends incl me, if you get 5 back you're loved' friendship chain",
      ELLIE, [CHLOE, MIA, SHANNON, COURTNEY, KACEY, "ellie.b.x@example.com"], "💕💕 send this back 💕💕",
      D(2025, 2, 14, 22, 12, 8),
      text_part("""if ur reading this ur one of my bestiessss 💕

send this to 10 ppl u love including me!! if u get
0 back = ur a loner 😭
3 back = ur well liked
5 back = ur LOVED
10 back = ur the best friend anyone could ever have

if u break it u will have no friends on ur birthday. i dont make the rules 🤷‍♀️

Sent from my iPhone""", cte="quoted-printable"), extra=X_IPHONE)

C.add("positive", "sleepover-chain", "latin1-8bit",
      "apprentice's midnight 'she'll be in your room' sleepover dare chain, iso-8859-1 8bit",
      COURTNEY, [ELLIE, MIA, KACEY, SHANNON], "tonight at midnight...", D(2024, 10, 31, 20, 2, 16),
      text_part("""ok so this is the one from the sleepover at jess's dont laugh

at 12 midnight tonight go to your mirror with the light off and say her name 3 times. if you have sent this to 7 people before midnight she will tell you who fancies you. if you HAVENT sent it she will be in your room when you wake up and you will have 7 years of bad luck.

my sister didnt send it last year and she failed all her mocks

bet you £5 you dont do it. send it to 7 ppl now quick its nearly 9""", charset="iso-8859-1", cte="8bit"))

C.add("positive", "gift-circle", "alternative",
      "finance assistant recruits colleagues and friends into a 'gift £440, receive £3,520' gifting circle",
      A("Bev Coulson", "b.coulson@school.example"), [LISA, HANNAH, AMIRA, "tracy.m@example.org", "ann.coulson@example.net"],
      "Ladies - something lovely for the new year 🌸", D(2025, 1, 2, 19, 30, 0),
      alt("""Hi ladies,

A few of us from my Zumba class have joined a Women Empowering Women gifting circle and I wanted to share it with the women I really trust.

How it works: the flower has 15 places. 8 in the outside petals (that's where you start), 4 in the middle, 2 at the heart and 1 in the centre. When you join you gift £440 to the lady in the centre. When the petals fill up the flower splits in two and everyone moves in. When you reach the centre you receive 8 x £440 = £3,520!!

It's NOT a pyramid, it's a flower, it's about women supporting women. It only works if everyone brings in 2 new ladies so please think about who you could pass this on to and forward it on to them.

Gifts are made as cash or bank transfer to be safe (not PayPal!). Let me know by Sunday, the petals are filling fast!

Bev xx""", "gift-circle"), extra=X_OUTLOOK)

C.add("positive", "petition-chain", "wrapped",
      "care assessor sends employers a 'add your name to the bottom and forward; the 500th name sends it on' petition",
      DONNA, [CAREWELL_HR, A("Mill House Care", "manager@millhousecare.example"), CARETEAM],
      "Fw: Petition - ban public sale of fireworks - ADD YOUR NAME", D(2024, 11, 6, 13, 55, 0),
      text_part("""Hiya - not sure if you've had this one yet, after what happened
with the residents at Mill House on bonfire night I thought you'd all want
to sign. Donna

  PETITION TO BAN THE SALE OF FIREWORKS TO THE PUBLIC

  Every year animals, veterans and elderly people are terrified. Please
  help us to get this to Parliament.

  DO NOT start a new list. Copy this email, add your name and town to
  the bottom of the list and forward it to everyone you know. If you are
  number 500, please forward it to petitions@parliament.example so it can
  be debated. Please keep it going - it only works if nobody breaks it!

  1. Sandra Pell, Hull
  2. Mark Pell, Hull
  3. Joanne Crisp, Beverley
  4. Pauline Stokes, Goole
  5. Rita Sharma, Selby
  6. Elaine Broadhead, Thorne
  7. Kath Munro, Doncaster
  8. Donna Whitlock, Barnsley
""", cte="7bit"), extra=X_OUTLOOK)

C.add("positive", "copy-paste-share", "7bit",
      "apprentice sends a '93% won't copy this, share with 10 people' carers post by email",
      KACEY, [CHLOE, ELLIE, DONNA, "kaceyw02@example.com"], "not everyone will copy this...", D(2025, 6, 11, 18, 36, 0),
      text_part("""93% of people won't copy this. Are you one of the 7%?

This is for all the carers who work 12 hour shifts, miss christmas with their own kids, get spat at and hit and still go back the next day for minimum wage. Nobody claps for us anymore.

I want to see how many people will copy and share this. Don't just read it - share it with 10 people. I know who my real friends are x

#carersweek"""))

C.add("positive", "urban-legend", "fwd-inline",
      "staff member forwards the 'perfume sample in car park is ether' urban legend to all female staff",
      HANNAH, [A("Ladies Staff Group", "women.staff@school.example"), "h.reeve.home@example.org"],
      "Fw: LADIES PLEASE READ!!", D(2025, 3, 20, 7, 51, 14),
      text_part("Ladies please be careful out there, pass it on to anyone you know xx\n\nHannah\n\n" +
                fwd_block("Janine Platt <janine.platt@example.net>", "20 March 2025 06:40",
                          "LADIES PLEASE READ!!", "undisclosed recipients", """WOMEN BEWARE!!

A lady at Meadowhall car park last Saturday was approached by a man offering her a perfume sample, he asked her to smell it and she passed out. It wasn't perfume, it was ETHER. When she woke up her car and bag had gone. The police told her this is a new thing and it's happening all over Sheffield and Rotherham and now Leeds.

Please please forward this to every woman you know. Don't think it won't happen to you!! Send it to your daughters, your mum, your work.""", style="outlook"),
                cte="quoted-printable"), extra=X_OUTLOOK)

C.add("positive", "forward-address-book", "html-only",
      "apprentice sends 'Outlook will delete your account unless you forward this to your whole address book' hoax to staff",
      REECE, [GAZ, JORDAN, LIAM], "URGENT from outlook team", D(2024, 10, 16, 9, 14, 0),
      html_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:12pt">
<p>Dear Outlook and Hotmail user,</p>
<p>Because of the very large number of accounts our servers are full. We will be deleting all accounts that are not in use. To show that your account is still active <b>forward this message to EVERYONE in your address book</b>. If you do not forward it to at least 18 users we will delete your account and you will have to pay &pound;5.99 a month to get it back.</p>
<p>We know this is annoying but it is the only way we can tell who is still using their mail.</p>
<p>The Outlook Team</p>
<p style="color:#888">ps this is real my mate got deleted, just sending it to be safe - reece</p>
</body></html>
"""), extra=X_ANDROID)

C.add("positive", "virus-hoax", "attach-txt",
      "centre manager attaches a 'burns the whole hard disc, send to all your contacts' virus warning .txt",
      SUE, [ALLSTAFF], "Virus warning - please read attachment and send on", D(2024, 12, 2, 14, 12, 0),
      mixed(text_part("""Hi everyone,

Rob's office got this this morning, attaching it as he said it's important everyone knows. Please read and send to anyone you email regularly.

Thanks
Sue Hartley
Centre Manager (Barnsley)""", cte="7bit"),
            [text_attachment("VIRUS WARNING - READ.txt", """*** URGENT VIRUS WARNING ***

In the coming days DO NOT open any message with an attachment called
"HOLIDAY PICS 2025" regardless of who sent it to you. It is a virus that
opens a Christmas photo and then burns the whole hard disc of your computer.

This virus comes from someone who has your email address in their contact
list. That is why you must send this message to ALL your contacts. It is
better to receive this message 25 times than to receive the virus and open it.

If you receive a mail called "HOLIDAY PICS 2025", even if it is from a
friend, do not open it and shut down your computer immediately.

This is the worst virus announced by CNN. It has been classified by
Microsoft as the most destructive virus ever. There is no repair yet.

SEND THIS TO EVERYONE ON YOUR CONTACT LIST
""")], "virus-txt"), extra=X_OUTLOOK)

C.add("positive", "angel-chain", "attach-docx",
      "learner support worker attaches a printable 'guardian angel - give to 7 people in 7 days' chain as .docx",
      HANNAH, [CARETEAM, HAIRTEAM, "p.reeve@example.com"], "Guardian angel - print & pass on x", D(2024, 12, 18, 17, 2, 0),
      mixed(text_part("""Hi all

Had this given to me at church on Sunday on a little card, I've typed it up so you can print it and pass it on. 7 copies in 7 days! Lovely thing to do before Christmas.

Hannah x""", cte="7bit"),
            [attachment("Guardian Angel - pass it on.docx", MIME["docx"], make_docx([
                "# YOUR GUARDIAN ANGEL IS WITH YOU",
                "This angel has been sent to you for protection. It has travelled from a convent in Portugal and has been passed from hand to hand for over 30 years.",
                "Within 7 days you must give a copy of this to 7 people who need an angel in their lives. Do not keep it, do not throw it away.",
                "Mary in Leeds gave out 7 copies and her husband's scan came back clear. Gordon in Sheffield put it in a drawer and lost his house.",
                "Print it. Pass it on. Your angel is watching.",
            ], title="Guardian Angel"))], "angel-docx"), extra=X_OUTLOOK)

C.add("positive", "pyramid-scheme", "attach-xlsx",
      "hairdressing apprentice circulates a 'Lucky 8' money rota spreadsheet: pay the top name, add yourself, send to 8 more",
      MIA, [COURTNEY, SHANNON, ELLIE, "mia.sutcliffe07@example.com", "jade.lowe@example.org"], "lucky 8 - ur in!!",
      D(2025, 4, 5, 12, 40, 0),
      mixed(text_part("""right girls sheet attached!!

1. send £20 to the person at number 1 (bank details off her on snap)
2. take number 1 off, move everyone up and put urself at number 8
3. send the sheet to 8 more people, has to be 8 or it doesnt work

when ur name gets to the top u get £20 off everyone = £1280!!! its legit my cousin got hers last month. dont keep it to urself 🍀

mia x""", cte="quoted-printable"),
            [attachment("LUCKY 8 rota.xlsx", MIME["xlsx"], make_xlsx([
                ["LUCKY 8", "", ""],
                ["Pos", "Name", "Paid?"],
                [1, "Jade L", "TOP - receives"],
                [2, "Paige W", "yes"],
                [3, "Demi R", "yes"],
                [4, "Leah S", "yes"],
                [5, "Tia M", "yes"],
                [6, "Chantelle B", "yes"],
                [7, "Amber K", "yes"],
                [8, "Mia S", "yes"],
                ["", "RULES: pay £20 to no.1, take them off, add yourself at 8, send to 8 NEW people. DO NOT BREAK IT", ""],
            ], sheet="Lucky 8"))], "lucky8"), extra=X_IPHONE)

C.add("positive", "friendship-chain", "zip",
      "apprentice mails a zip 'friendship slideshow' text/HTML that says pass it to 12 friends or lose them",
      SHANNON, [CHLOE, KACEY, MIA, ELLIE, COURTNEY, "shan.d@example.net"], "for my girls xx (open the zip)",
      D(2024, 9, 12, 21, 3, 0),
      mixed(text_part("""zip wouldnt send as a normal file so its zipped, open the htm one its so nice!!

pass it on babes xx""", cte="7bit"),
            [attachment("friends_forever.zip", MIME["zip"], make_zip([
                ("friends_forever.htm", """<html><body style="background:#fde;font-family:Comic Sans MS">
<h2>A true friend...</h2>
<p>...is someone who knows the song in your heart and sings it back when you forget the words.</p>
<p>Friends are angels who lift us up when our wings forget how to fly.</p>
<h3>Pass this on to 12 friends within 12 hours and something you've wished for will come true.</h3>
<p>Break the chain and you will lose a friend before the month is out.</p>
<p>Send it back to the person who sent it to you to show you're a true friend!</p>
</body></html>"""),
                ("read me.txt", "open friends_forever.htm - then send to 12 friends inc. the one who sent it!! dont break it\r\n"),
            ]))], "friends-zip"), extra=X_IPHONE)

_amber = mime_message(A("Carol Greenwood", "carolg.58@example.org"),
                      ["undisclosed-recipients:;"], "FW: AMBER ALERT - PLEASE FORWARD", D(2025, 1, 27, 20, 14, 0),
                      text_part("""AMBER ALERT !!! PLEASE READ AND FORWARD

A little girl called Katie Hallam, 2 years old, was taken from outside a shop in Hexthorpe yesterday afternoon by a man in a dark blue car. She was wearing a pink coat and has a red bobble in her hair.

Her mum is begging for everyone to pass this on. If everyone who reads this sends it to just 10 people it will be around the whole country by tomorrow morning. The police say the first 48 hours are the most important.

PLEASE DON'T DELETE THIS. FORWARD IT TO EVERYONE YOU KNOW.

Photo to follow.""", cte="7bit"),
                      msgid="<8C1D2E0A.44F1@example.org>")
C.add("positive", "missing-child-hoax", "fwd-rfc822",
      "EPA coordinator attaches a forwarded 'AMBER ALERT, send to 10 people' message and asks everyone to send it on",
      STEPH, [ALLSTAFF, "naylor.kev@example.com"], "FW: AMBER ALERT - PLEASE FORWARD", D(2025, 1, 28, 8, 2, 0),
      mixed(text_part("""Please send this on to everyone, it only takes a second. My mum sent it me last night. Can't imagine what that family is going through.

Steph""", cte="7bit"),
            [rfc822_part(_amber, "FW AMBER ALERT - PLEASE FORWARD.eml")], "amber-rfc822"), extra=X_OUTLOOK)

C.add("positive", "good-luck-chain", "reply-quoted",
      "apprentice reply-alls 'done, sent to 10' and adds new people to keep a luck chain going, chain quoted below",
      LIAM, [TYLER, JAYDEN, REECE, KIERAN, CONNOR, "liam.oates.06@example.com"], "Re: DONT BREAK IT - 10 PEOPLE",
      D(2024, 11, 21, 16, 45, 0),
      text_part("""done ✅ sent it to 10 ppl, added kieran and connor here cos they werent on it. ur turn lads dont be the one that breaks it

On Thu, 21 Nov 2024 at 15:58, Tyler Greaves <tyler.greaves@students.school.example> wrote:
""" + quote("""THIS IS THE LUCKY CHAIN

it started in 1992 in a school in Scotland and has never been broken. send this to 10 people in 1 hour and you will get good news within 3 days. a lad in Hull sent it and won £400 on a scratchcard the next morning.

if you break it you get 10 years of bad luck. its not worth it just send it"""), cte="quoted-printable"),
      extra=X_ANDROID)

C.add("positive", "petition-chain", "qp",
      "care assessor pushes a 'forward to 20 carers, at 10,000 names it goes to the PM' pay petition to employer managers",
      DONNA, [A("Mill House Care", "manager@millhousecare.example"), A("Oakdene Lodge", "deputy@oakdenelodge.example"), CARETEAM],
      "CARERS PAY - forward to 20 carers!!", D(2025, 4, 22, 11, 3, 0),
      text_part("""Morning both, passing this on as it's about our lot for once. Can you share with all your staff please - every forward counts apparently!!

Donna

=============================
CARERS DESERVE A PAY RISE
=============================
Care workers kept this country going through covid and most of us are still on minimum wage. This email is going to Downing Street when it gets to 10,000 names.

Forward it to 20 carers you know. Don't sign it and stop - it has to keep moving or it dies and none of the names count. It's already been forwarded over 8,000 times since January.

If you care about carers forward it now, if you don't just delete it and carry on.""", cte="quoted-printable"),
      extra=X_OUTLOOK)

C.add("positive", "urban-legend", "mobile",
      "construction tutor texts-by-email the 'mobile phone set off petrol station fire' legend to his apprentices: pass to all the lads",
      GAZ, [JAYDEN, LIAM, REECE, TYLER, CONNOR, KIERAN], "read this lads", D(2024, 10, 9, 6, 58, 0),
      text_part("""Lads pass this on to all the lads u know that drive.

A bloke at the Esso on the A61 last week was on his phone while filling up the van, phone sparked the fumes and the whole pump went up, hes in the burns unit at Pinderfields. Shell have confirmed its happened 3 times this year. They dont put it on the news cos of the oil companies.

Send this to everyone u know who drives. Dont be a hero.

Gaz

Sent from my iPhone""", cte="7bit"), extra=X_IPHONE)

C.add("positive", "scam-hoax", "cp1252-8bit",
      "salon owner (outside) emails tutor and apprentices the 'press 90# and they take your line' phone-scam hoax, pass to everyone",
      HALO, [KELLY, MIA, COURTNEY], "Fw: pass this on to everyone – phone scam!!", D(2025, 5, 13, 14, 25, 0),
      text_part("""Hiya Kelly, one of my clients gave me this, can you pass it to all your girls and their salons?? Scary stuff. Nic x

IMPORTANT – I received a phone call from someone saying they were a BT engineer doing a line test and that I should press 9, 0, # and hang up. DON’T DO IT!! By pressing 90# you give them full access to your phone line and they can make calls to anywhere in the world billed to YOU.

Vodafone and O2 have confirmed this is real. PLEASE PASS THIS ON TO EVERYONE YOU KNOW – the more people that know the better. Don’t let them get away with it!!

Nicola
Halo Hair Studio""", charset="windows-1252", cte="8bit"))

C.add("positive", "sick-child-appeal", "flowed",
      "functional skills tutor passes on a 'send Dylan a get-well card and forward to 10 friends' card chain",
      AMIRA, [A("Functional Skills Team", "fs.team@school.example"),
              "hussain.family@example.net", CARETEAM], "Fw: Dylan's card appeal - please pass on",
      D(2025, 2, 26, 12, 10, 0),
      text_part("""Aww bless him. Could you all send one and pass it on to your classes/employers? I'm sending one from me and the kids tonight.

Amira

>>> Dylan is 7 and has leukaemia. His one wish is to get into the Guinness Book of Records for the most get-well cards ever received. Please send a card to Dylan at the address below and then forward this message to at least 10 friends. He has had 48,000 cards so far and needs 1 million by Easter!
>>>
>>> Little Dylan Price, c/o Rainbow House, 19 Chestnut Walk, Nottingham
>>>
>>> PLEASE DON'T BREAK THIS CHAIN - it means the world to him.""", flowed=True), extra=X_THUNDER)

_money = mime_message(A("Deb Ashworth", "debashworth@example.com"), ["undisclosed-recipients:;"],
                      "YOU COULD GET £9,000 - it's legal!!", D(2025, 3, 1, 9, 33, 0),
                      text_part("""This really works and it's LEGAL, I checked with the Post Office.

1. Send £5 in an envelope to the name at No.1 with a note saying "please add me to your list".
2. Remove No.1 from the list, move everyone up one place and put YOUR name and address at No.5.
3. Forward this to at least 20 people. The more you send the more you get back.

If only 20 people each send it on, by the time your name reaches No.1 you will get 160,000 envelopes. Even if only 1 in 20 people join you will still get £9,000+.

1. Mrs J. Parkin, 12 Holly Rd, Mexborough
2. Gail T., 3 Clifton Ave, Wath
3. Sharon Pickles, 41 Church St, Barnsley
4. Deb Ashworth, 8 Moor Lane, Royston
5. Karen Wilde, 22 Oakwell Cl, Darton

DO NOT BREAK THE CHAIN. People who have broken it have had real bad luck.""", charset="utf-8",
                                cte="quoted-printable"), msgid="<000a01db8a1c$55e2f1b0$@example.com>")
C.add("positive", "money-chain", "fwd-rfc822",
      "finance officer attaches a 'send £5 to the top name, forward to 20 people' money chain with a 'thought you'd want in' note",
      BEV, [LISA, SUE, "ann.coulson@example.net"], "FW: YOU COULD GET £9,000 - it's legal!!", D(2025, 3, 3, 12, 51, 0),
      mixed(text_part("""Saw this and thought you'd want in! I've done mine, you just need 20 people. Don't tell Dave lol

Bev""", cte="7bit"), [rfc822_part(_money)], "money-rfc822"), extra=X_OUTLOOK)

C.add("positive", "hacker-warning-hoax", "alternative",
      "apprentice forwards the 'don't accept friend request from X, he's a hacker, copy to all contacts' hoax",
      CONNOR, [JAYDEN, TYLER, GAZ, "connorlunn99@example.com"], "dont accept this friend request!!!!", D(2024, 9, 30, 19, 22, 0),
      alt("""Please tell all the contacts in your list not to accept Jayden K. Smith's friendship request. He is a hacker and has the system connected to your Facebook and Instagram account. If one of your contacts accepts it, you will also be hacked, so make sure that all your friends know it.

Thanks. Forwarded as received.

Hold your finger down on this message, at the bottom of the screen it will say forward. Then tap the names of everyone you want to send it to.

(not our jayden lol) - connor""", "hacker-hoax"), extra=X_ANDROID)

C.add("positive", "wish-chain", "mobile",
      "apprentice sends tutor and friends a 'make a wish, send to 10 in 10 mins or 10 years bad luck' chain",
      KIERAN, [GAZ, CONNOR, LIAM, REECE], "make a wish", D(2025, 1, 6, 23, 41, 0),
      text_part("""make a wish.... go on

now send this to 10 ppl in the next 10 min and ur wish will come tru tomorrow. send to 5 and it comes tru in a month. send to 0 and u get 10 years bad luck

not even messing my wish came tru last time

Get Outlook for Android""", cte="7bit"), extra=X_ANDROID)

C.add("positive", "donate-per-forward", "base64",
      "outside sender's 'Cancer Research receive 3p every time this is forwarded' chain arriving at staff",
      A("Mandy Cooper", "mandy.cooper@sandalwood-lettings.example"), [MARCUS, BEV, SUE, DONNA],
      "Please forward - it costs nothing!", D(2024, 10, 1, 11, 12, 0),
      text_part("""Hi all

Every time this email is forwarded, Cancer Research UK receive 3p from a sponsor who is tracking the number of forwards. It's Breast Cancer Awareness Month so please forward it to as many people as you can, it doesn't cost you anything and every forward counts.

My mum is a survivor so this means a lot. Please don't be the person who deletes it.

Thanks Mandy x

Mandy Cooper | Lettings Negotiator | Sandalwood Lettings""", cte="base64"))

# ---------------------------------------------------------------- negatives

C.add("negative", "letter-pass-on", "wrapped",
      "employer engagement letter asking employers to pass the new apprentice wellbeing contacts on to their apprentices",
      JORDAN, [CAREWELL_HR, BRIGHTSTONE, HALO, A("Mill House Care", "manager@millhousecare.example")],
      "Apprentice support contacts - please pass on to your apprentices", D(2024, 9, 9, 10, 15, 0),
      text_part("""Dear employer partners,

From this term every Ridgeway Skills apprentice has a named learner support
worker as well as their tutor/assessor. Could you please pass the details
below on to your apprentices, and pin them somewhere in your staff room if
you have one. They have also been given them at induction, but a reminder
from their workplace always helps.

  Learner support (all centres): Hannah Reeve, 01226 960 412
  Safeguarding team (office hours): 01226 960 400, option 3
  Out of hours: please use 999 in an emergency or NHS 111

There is nothing you need to sign or send back. If any of your apprentices
have a change of circumstances (hours, role, manager) please let their
assessor know as usual.

Many thanks for your continued support,

Jordan Pike
Employer Engagement Officer
Ridgeway Skills | Barnsley - Doncaster - Rotherham - Goole
""", wrap=None), extra=X_OUTLOOK)

C.add("negative", "phishing-warning", "html-only",
      "IT warns staff about a real DocuSign-style phishing email: do not forward it, do not click, delete and report",
      ITDESK, [ALLSTAFF], "PHISHING ALERT - fake 'Payroll document shared with you' emails", D(2025, 2, 10, 9, 5, 0),
      html_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI, Arial;font-size:10.5pt">
<p>Hi all,</p>
<p>Since about 8:20 this morning a number of staff have received an email titled <b>"Payroll document shared with you - action required"</b>, supposedly from DocuSign. It is a <b>phishing email</b>. The link goes to a fake Microsoft sign-in page that steals your password.</p>
<ul>
<li><b>Do not click</b> the link or open the attachment.</li>
<li><b>Do not forward it</b> to colleagues to "warn them" &ndash; that just spreads it. This message is the warning.</li>
<li>Use the <b>Report &gt; Phishing</b> button in Outlook, then delete it.</li>
<li>If you have already entered your password, ring the IT desk straight away on ext. 244 so we can reset it and check your mailbox rules.</li>
</ul>
<p>We've blocked the sender domain, but variations usually follow for a few days.</p>
<p>Thanks,<br>Tom<br>Ridgeway IT Support</p>
</body></html>
"""), extra=X_OUTLOOK)

C.add("negative", "lesson-plan-chain-letters", "attach-docx",
      "functional skills tutor shares a tutorial session plan on online pressure that quotes a chain letter as an example",
      AMIRA, [A("Tutors", "tutors@school.example")], "Tutorial plan - wk 7 - chain messages & online pressure",
      D(2024, 11, 4, 16, 30, 0),
      mixed(text_part("""Hi everyone

Plan for next week's group tutorial attached - it's the online safety one (chain messages, pressure to share, scams). Takes about 40 mins. Feel free to adapt for your groups, the construction lads will probably need the shorter version of activity 2.

The example chain message in the plan is made up, don't worry, it's just there so they can pick it apart.

Amira""", cte="7bit"),
            [attachment("Wk7 tutorial - chain messages and online pressure.docx", MIME["docx"], make_docx([
                "# Group tutorial - Week 7: Chain messages, scams and pressure to share",
                "Duration: 40 minutes. Links to: Prevent / online safety, British values (individual liberty), English FS - identifying purpose and bias.",
                "# Learning outcomes",
                "By the end of the session apprentices will be able to: recognise a chain message or hoax; explain why they are designed to spread; know what to do instead of forwarding (ignore, report, check a trusted source).",
                "# Starter (5 mins)",
                "Ask: has anyone ever had a message that said 'send this to 10 people or...'? Show of hands only - nobody has to say what it was.",
                "# Activity 1 - pick it apart (15 mins)",
                "Hand out the example: 'This message has been round the world 9 times. Send it to 10 people in 10 minutes or you'll have bad luck for a year. A girl who ignored it lost her phone the next day.'",
                "In pairs, highlight: the threat, the deadline, the fake proof, and the instruction to forward. Discuss who benefits from it spreading.",
                "# Activity 2 - real or hoax? (15 mins)",
                "Cards with 6 messages (missing child appeal with no police reference, 'WhatsApp will charge', genuine police appeal with a force website link, 'donate 10p per share', a real college closure text, a phishing email). Sort into real / hoax / not sure and explain how you would check.",
                "# Plenary (5 mins)",
                "Key message: you are never in trouble for NOT forwarding something. If a message frightens you or tells you to keep it secret, show your tutor or the safeguarding team.",
                "Do not ask learners to forward any real chain messages to you as evidence.",
            ], title="Week 7 tutorial"))], "lesson-docx"), extra=X_OUTLOOK)

C.add("negative", "supply-chain", "7bit",
      "construction tutor sends apprentices notes on supply chain and lead times for the Level 2 site carpentry unit",
      GAZ, [BUILDTEAM, JAYDEN, LIAM, REECE], "Unit 204 notes - supply chain + ordering materials", D(2024, 10, 21, 15, 2, 0),
      text_part("""Lads,

Notes from today as promised, you need these for the knowledge test on the 4th.

SUPPLY CHAIN - who's who
- Client -> main contractor -> subcontractors (you, mostly) -> suppliers/merchants -> manufacturers
- A delay anywhere in the chain lands on site. If the joists are 3 weeks late you're not fitting them.

LEAD TIMES (rough, ask your merchant)
- Stock timber / sheet materials: next day
- Made-to-measure doors & frames: 3-6 weeks
- Engineered joists: 2-4 weeks, longer in spring

ORDERING
- Always check the take-off against the drawings before you order, then again on delivery
- Sign for what arrived, not what's on the ticket. Short delivery = note it on the ticket there and then
- Keep delivery notes - your supervisor will need them for the valuation

Q for the test: name three things that can break the supply chain on a job and what you'd do about each. Write it in your own words, I can tell when it's copied off Google.

Gaz Pritchard
Construction Tutor | Ridgeway Skills Rotherham"""), extra=X_OUTLOOK)

C.add("negative", "daisy-chain-safety", "qp",
      "H&S toolbox talk telling apprentices not to daisy-chain extension leads on site",
      A("Phil Dyer", "p.dyer@school.example"), [BUILDTEAM, HAIRTEAM], "Toolbox talk: daisy-chained extension leads",
      D(2025, 1, 20, 7, 45, 0),
      text_part("""Morning all,

Quick one for this week's toolbox talk, please go through it with your groups (5 mins, sign the sheet as usual).

DAISY-CHAINING = plugging one extension lead into another, or a 4-way into a 4-way. We found two of these at the Goole centre on Friday - one in the workshop, one behind the reception in the salon running straighteners AND a kettle. Both have been taken out of use.

Why it matters:
- Leads are rated for a maximum load (usually 13A). Chaining them lets you go way over without noticing.
- Connections heat up, insulation melts, fire.
- On site, chained 110V leads across a walkway are also a trip hazard.

What to do instead: one lead of the right length, fully unwound if it's a reel, and ask for an extra socket to be fitted if you keep running out.

Cheers
Phil Dyer
Health & Safety Advisor""", cte="quoted-printable"), extra=X_OUTLOOK)

C.add("negative", "cold-chain", "flowed",
      "care assessor sends Level 2 food hygiene revision notes on the cold chain for residents' meals",
      DONNA, [CARETEAM, KACEY, CHLOE], "Food safety revision - cold chain & temps", D(2025, 3, 5, 13, 22, 0),
      text_part("""Hi both (and team),

As promised here's the cold chain bit for your food safety in health and social care unit. Read before Tuesday please.

The "cold chain" is the journey chilled and frozen food makes from the supplier to the resident's plate, and it has to stay cold the whole way. If any link in the chain is broken (delivery left in a warm corridor, fridge door propped open, food left out on the trolley) bacteria can multiply.

Key temperatures:
- Fridge: 1-5C (legal max 8C)
- Freezer: -18C or below
- Hot holding: 63C or above
- Reheating: 75C core (Scotland 82C, you won't need that one)

Check deliveries with a probe, record it, and reject anything out of range. Tell your senior if the fridge log has gaps - don't fill them in after!

Donna""", flowed=True), extra=X_THUNDER)

C.add("negative", "charity-event", "alternative",
      "centre manager invites staff and learners to a Macmillan coffee morning with bake sale and raffle",
      SUE, [ALLSTAFF], "Macmillan coffee morning - Fri 27 Sept, Barnsley centre", D(2024, 9, 16, 11, 40, 0),
      alt("""Hi everyone,

We're holding our Macmillan Coffee Morning on Friday 27th September, 10am-12pm, in the Barnsley centre training kitchen.

- Bakes welcome! Please label anything with nuts/allergens (the care learners will be checking, no pressure)
- Raffle tickets £1 a strip - prizes include a cut & blow-dry from our Level 3 hair apprentices
- Employers are welcome to pop in

If you can't make it but want to donate, there's a tin on reception or the team page link on the staff noticeboard.

Thanks!
Sue""", "macmillan"), extra=X_OUTLOOK)

C.add("negative", "newsletter", "html-only",
      "monthly apprentice newsletter with achievements, dates and a reminder about online safety",
      A("Ridgeway Skills Comms", "news@school.example"), [A("All Apprentices", "apprentices@students.school.example")],
      "Ridgeway News - February 2025", D(2025, 2, 3, 12, 0, 0),
      html_part("""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Ridgeway News</title></head>
<body style="margin:0;background:#f2f4f7">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">
<tr><td style="background:#1d4e89;color:#fff;padding:18px"><h1 style="margin:0;font-size:22px">Ridgeway News</h1><p style="margin:4px 0 0">February 2025</p></td></tr>
<tr><td style="padding:18px">
<h2 style="font-size:17px">Well done!</h2>
<p>Congratulations to the 14 apprentices who passed their end-point assessment in January &ndash; including our first ever Distinction in Level 3 Lead Adult Care Worker.</p>
<h2 style="font-size:17px">Dates for your diary</h2>
<ul><li>10&ndash;14 Feb: National Apprenticeship Week &ndash; employer breakfast, Doncaster centre</li>
<li>11 Feb: Safer Internet Day drop-in, all centres</li>
<li>28 Feb: Functional skills exam window closes</li></ul>
<h2 style="font-size:17px">Stay safe online</h2>
<p>Had a message telling you to "share with 10 people or else"? You don't have to. Chain messages and scary "challenges" are designed to spread &ndash; ignore them, and talk to your tutor if something worries you.</p>
<h2 style="font-size:17px">Refer a friend</h2>
<p>Know someone looking for a hairdressing, care or construction apprenticeship? Send them to our vacancies page or ask them to ring 01226 960 400.</p>
</td></tr>
<tr><td style="background:#e8ecf2;padding:12px;font-size:11px;color:#555">Ridgeway Skills Ltd &middot; You are receiving this because you are a current apprentice.</td></tr>
</table></body></html>
"""))

C.add("negative", "campaign-letter", "wrapped",
      "learner voice rep invites apprentices to sign a genuine letter to the council about the 7am bus route, one signature each, no forwarding",
      A("Learner Voice", "learnervoice@school.example"), [A("All Apprentices", "apprentices@students.school.example")],
      "Bus route X19 - add your name to our letter to the council?", D(2025, 1, 15, 12, 30, 0),
      text_part("""Hi all,

A lot of you told us in the learner voice survey that the early X19 (Goole
to Thorne) being cut means you can't get to placements for a 7am start.
We're writing a letter from Ridgeway apprentices to the council's transport
team and the bus operator asking them to reinstate it.

If you want to support it, fill in the short form on the learner portal
(name, centre, how the change affects you). Please only sign once and
only if it affects you or your workplace - the council will want real
examples, not a big number. We'll hand the letter in at the transport
consultation on 6 February and let you know what they say.

You don't need to pass this on - every apprentice has been sent it.

Thanks,
Kacey and Reece (Learner Voice reps)
with support from Hannah Reeve, Learner Support
""", wrap=None))

C.add("negative", "thank-you-round-robin", "mobile",
      "quick note asking staff to sign the leaving card and chip in for a retiring colleague",
      LISA, [ALLSTAFF], "Pauline's card!!", D(2025, 7, 14, 13, 5, 0),
      text_part("""Hi all, Pauline's card is in my top drawer at Barnsley reception, please sign it by Thurs if you're in. Doncaster & Goole staff, I'll bring it over Weds.

Collection pot is with the card, no set amount. She finishes Friday after 22 years 😢

Lisa

Sent from Outlook for iOS""", cte="quoted-printable"), extra=X_IPHONE)

C.add("negative", "scam-warning", "qp",
      "DSL safeguarding bulletin on a real HMRC refund text scam: do not forward it to friends, report to 7726",
      RUTH, [ALLSTAFF, A("All Apprentices", "apprentices@students.school.example")],
      "Safeguarding bulletin - fake HMRC tax refund texts", D(2025, 4, 9, 9, 30, 0),
      text_part("""Hi everyone,

A couple of apprentices have shown their tutors a text claiming to be from HMRC: "You are due a tax refund of £326.17, claim before midnight" with a link. This is a scam. HMRC never tell you about refunds by text or email.

What to do:
• Don't click the link or reply.
• Don't forward the text to friends to warn them – you just spread the link. Instead forward it to 7726 (free, it goes to your network's spam team).
• If you have already entered bank details, ring your bank straight away on the number on the back of your card, then tell your tutor so we can support you.

Apprentices are being targeted a lot at the moment because many of you have just started getting a wage. If you're unsure about any message, ask us – you won't be in trouble.

Ruth Okafor
Designated Safeguarding Lead""", cte="quoted-printable"), extra=X_OUTLOOK)

C.add("negative", "vacancy-share", "fwd-inline",
      "employer engagement officer forwards an employer's apprenticeship vacancy and asks tutors to share with suitable learners",
      JORDAN, [HAIRTEAM, KELLY], "Fwd: Apprentice wanted - Halo Hair Studio", D(2025, 5, 19, 10, 44, 0),
      text_part("""Kelly / hair team - Nicola at Halo is after another apprentice, if you know anyone suitable (L2 completer or a good pre-app learner) please send them my way or share with your groups. Advert below.

Jordan

""" + fwd_block("Nicola <nicola@halohairstudio.example>", "Mon, 19 May 2025 at 09:12",
                "Apprentice wanted - Halo Hair Studio", "Jordan Pike <j.pike@school.example>", """Hi Jordan

We're looking for a Level 2 hairdressing apprentice to start late June. 30 hrs a week Tues-Sat, apprentice wage plus tips, we pay for the kit. Someone keen and good with clients - we can work round college days.

Happy for you to share it with anyone who'd suit it. They can pop in with a CV or ring the salon on 01405 960 733.

Thanks
Nicola"""), cte="quoted-printable"), extra=X_OUTLOOK)

C.add("negative", "hoax-explained-reply", "reply-quoted",
      "tutor replies to an apprentice asking if a quoted 'send to 10' chain is real: it's a hoax, don't pass it on",
      GAZ, [KIERAN], "Re: is this real", D(2025, 1, 7, 8, 12, 0),
      text_part("""Morning Kieran,

No it's not real mate, it's a chain message. Nothing happens if you don't send it on - they're written to make you feel like you have to. Just delete it and don't send it to anyone else. If someone keeps sending you stuff like that and it's bothering you, let me or Ruth know.

See you Thursday, bring your PPE.

Gaz

On Tue, 7 Jan 2025 at 00:03, Kieran Staniforth <kieran.staniforth@students.school.example> wrote:
> gaz is this real, my mate sent me it
>
> "make a wish.. send this to 10 ppl in 10 mins and ur wish comes true, send
> to 0 and u get 10 years bad luck"
>
> sorry for messaging late""", cte="7bit"), extra=X_OUTLOOK)

C.add("negative", "viral-challenge-briefing", "cp1252-qp",
      "DSL briefing to tutors on a viral scare 'challenge': don't share the content, don't name it to groups, follow up individually",
      RUTH, [A("Tutors", "tutors@school.example"), CARETEAM, BUILDTEAM, HAIRTEAM],
      "Staff briefing – viral 'challenge' scare doing the rounds", D(2024, 11, 18, 15, 50, 0),
      text_part("""Dear colleagues,

You may hear apprentices talking about a “challenge” message that is being passed around on social media, supposedly telling young people to complete tasks or something bad will happen. National guidance from the UK Safer Internet Centre is that these scares are usually exaggerated and that publicising them causes more harm than the content itself.

Please:
– Do NOT show, forward or screenshot the content, including to colleagues to “make them aware”.
– Do NOT name it in group sessions or send warnings to parents/employers – this just sends young people looking for it.
– DO follow up individually with any learner who seems worried, and log it on MyConcern.
– DO remind groups of the general message: you never have to pass on a message that frightens you, and you can always talk to us.

Any questions, give me a ring.

Ruth Okafor
Designated Safeguarding Lead – Ridgeway Skills""", charset="windows-1252", cte="quoted-printable"), extra=X_OUTLOOK)

C.add("negative", "keyring-order", "attach-xlsx",
      "admin orders branded key chains, lanyards and badge reels for enrolment week, quote spreadsheet attached",
      LISA, [A("Sales", "sales@printpromo-direct.example")], "Order - key chains, lanyards, badge reels (quote Q-48812)",
      D(2024, 8, 12, 14, 20, 0),
      mixed(text_part("""Hi,

Following your quote Q-48812, please can we go ahead with the order below. Artwork is the same as last year (logo file attached to the original quote email). Delivery to our Barnsley centre please by 30 August, enrolment starts 2 Sept.

PO number to follow from our finance team.

Thanks
Lisa Drummond
Admin & Enrolments, Ridgeway Skills""", cte="7bit"),
            [attachment("Ridgeway order Aug24.xlsx", MIME["xlsx"], make_xlsx([
                ["Item", "Colour", "Qty", "Unit price", "Line total"],
                ["Metal key chain with printed fob", "Navy", 500, 0.62, 310.00],
                ["Lanyard 15mm, safety breakaway", "Navy/white", 400, 0.48, 192.00],
                ["Lanyard 15mm, safety breakaway - VISITOR", "Red", 100, 0.48, 48.00],
                ["Retractable badge reel", "Black", 150, 0.55, 82.50],
                ["", "", "", "Subtotal", 632.50],
            ], sheet="Order"))], "keyrings"), extra=X_OUTLOOK)

C.add("negative", "chain-of-custody", "attach-txt",
      "compliance manager explains portfolio evidence chain of custody for IQA sampling, procedure attached",
      MARCUS, [A("Assessors", "assessors@school.example"), STEPH], "IQA sampling - evidence chain of custody (please read before Monday)",
      D(2025, 3, 14, 16, 5, 0),
      mixed(text_part("""Hi all

Ahead of the EQA visit we need to tighten up how paper evidence moves between employer, assessor and IQA. Procedure attached - it's short. The key thing is that every hand-over is logged so we can show an unbroken chain of custody for anything that leaves the workplace.

Marcus Fenwick
Quality & Compliance Manager""", cte="7bit"),
            [text_attachment("Evidence chain of custody v2.txt", """EVIDENCE CHAIN OF CUSTODY - PAPER PORTFOLIO ITEMS (v2, March 2025)

1. Witness testimonies and observation records are signed at the workplace
   and scanned to the e-portfolio the same day where possible.
2. If originals must be moved, the assessor logs them on the custody sheet:
   item, date, from, to, signature. Originals travel in the locked bag.
3. The IQA signs the custody sheet on receipt and again on return.
4. Missing signatures = break in the chain. The item cannot be sampled and
   must be re-evidenced.
5. No portfolio items are to be left in vehicles overnight.
6. Custody sheets are kept with the IQA sample plan for 3 years.
""")], "custody"), extra=X_OUTLOOK)

C.add("negative", "daisy-chain-braid", "latin1-8bit",
      "hairdressing tutor sends the practical plan for a daisy-chain braid and plait session, iso-8859-1",
      KELLY, [HAIRTEAM, MIA, COURTNEY, SHANNON], "Thurs practical - daisy chain braid + fishtail", D(2024, 10, 8, 17, 35, 0),
      text_part("""Hi girls,

Thursday's practical is braiding for your styling unit. Bring your block head, clamps, sectioning clips, tail comb and small elastics.

We'll do:
- Daisy chain braid (the one with the loops pulled through - looks great for proms/weddings)
- Fishtail
- Dutch crown if we've got time

If you've got a client you can bring in for the last hour for a photo for your portfolio, let me know by Wednesday. Kit top-up costs £4 from the shop if you need elastics.

Kelly-Ann
Hairdressing Tutor - Goole""", charset="iso-8859-1", cte="8bit"), extra=X_THUNDER)

C.add("negative", "cascade-to-teams", "7bit",
      "ops director asks managers to cascade a genuine change to expenses and mileage rates to their teams",
      DAVE, [A("Managers", "managers@school.example")], "Please cascade - mileage rate change from 1 April", D(2025, 3, 24, 17, 10, 0),
      text_part("""Hi all,

Please cascade to your teams at your next huddle (or by email if you don't have one before April):

- From 1 April the mileage rate for tutors/assessors goes up to 48p a mile for the first 10,000 business miles.
- Claims must be in the new expenses form (on SharePoint > Finance) with postcodes for each visit. Old forms won't be accepted after 30 April.
- Parking at employer premises can be claimed with a receipt as before.

Any questions to Bev in finance.

Thanks
Dave

Dave Kinsella
Operations Director, Ridgeway Skills"""), extra=X_OUTLOOK)

C.add("negative", "aup-reminder", "base64",
      "compliance manager reminds staff of the acceptable use rules, including not forwarding chain letters",
      MARCUS, [ALLSTAFF], "Reminder: email & IT acceptable use", D(2025, 1, 30, 9, 0, 0),
      text_part("""Hi all,

Following a couple of recent incidents, a short reminder of what you signed up to in the IT & e-safety agreement:

- Work email is for work. Please don't use it for personal messages, selling things or chain letters / "forward to everyone" messages - even well-meant ones. If you get one, just delete it.
- Anonymous messages are not allowed.
- Learner data must only go through approved secure routes (the e-portfolio, Egress, or the MIS) - never to personal email, and never as an unprotected attachment to an outside address.
- Report spam, scam and phishing emails to IT using the Report button.
- Don't connect learners on personal social media.

The full policy is on SharePoint > Policies > IT & E-safety. Thanks for your help keeping us and our learners safe.

Marcus Fenwick
Quality & Compliance Manager""", cte="base64"), extra=X_OUTLOOK)

C.add("negative", "blood-donation", "alternative",
      "care team lead promotes a blood donation session and invites people to bring a friend, no chain mechanics",
      DONNA, [ALLSTAFF, A("All Apprentices", "apprentices@students.school.example")],
      "Give blood with the care team - Tues 11 March", D(2025, 2, 24, 12, 45, 0),
      alt("""Hi all,

The NHS Blood & Transplant session is at the Civic in Barnsley on Tuesday 11 March, and a few of us from the care team are going together after the morning visits (about 1:30).

If you're over 17 and haven't given before, you can book a slot on the Give Blood app - search Barnsley. Bring a friend or family member if they fancy it, the more the better.

Our Level 3 learners are doing it as part of their health promotion project, so if you're going, let me know and they can add you to their tally.

Donna""", "blood"), extra=X_OUTLOOK)

C.add("negative", "secret-santa", "mobile",
      "admin organises the office secret santa: £10 limit, names drawn on the app",
      LISA, [A("Barnsley Office", "barnsley.office@school.example")], "secret santa 🎅", D(2024, 11, 25, 12, 2, 0),
      text_part("""Hiya, secret santa is on again! £10 limit. I've put everyone who said yes into the app, you'll get an email from it with your person. Presents under the tree by Fri 20th, opening at the Christmas lunch.

Let me know if you want taking out (no judgement!)

L x

Sent from my iPhone""", cte="quoted-printable"), extra=X_IPHONE)

C.add("negative", "escalation-procedure", "flowed",
      "compliance manager circulates the chain of command for escalating a missed employer review",
      MARCUS, [A("Assessors", "assessors@school.example")], "Who to escalate to - missed progress reviews", D(2024, 12, 9, 11, 18, 0),
      text_part("""Hi all,

Following the funding audit finding, here is the chain of command for escalating a missed 12-weekly progress review. Please don't skip steps or go straight to Dave.

1. Assessor rebooks within 5 working days and records the reason on the e-portfolio.
2. Second miss: tell your centre manager, who contacts the employer's named line manager.
3. Third miss or no employer response in 10 days: Jordan (employer engagement) escalates to the employer's HR / owner.
4. Still nothing: it comes to me and goes on the at-risk register for the monthly performance meeting.

Every step needs a note on the learner record with a date. The auditors were clear that "spoke to employer" with no date is not evidence.

Thanks, Marcus""", flowed=True), extra=X_THUNDER)

C.add("negative", "good-luck-message", "qp",
      "EPA coordinator wishes apprentices good luck for end-point assessments this week, iso-8859-1 qp",
      STEPH, [JAYDEN, KACEY, CHLOE, LIAM, MIA], "Good luck this week!", D(2025, 6, 2, 8, 15, 0),
      text_part("""Morning all,

Just a quick one to say good luck for your end-point assessments this week! You've all put the work in and your assessors are really proud of you.

Reminders:
- Bring photo ID (driving licence, passport or provisional).
- Log in to the EPA portal 15 minutes early for the professional discussion and test your camera.
- Have your portfolio open in another tab.

Results usually come through within 2-3 weeks. If anything goes wrong on the day ring me on 01226 960 418.

Good luck - you've got this!

Steph Naylor
EPA Coordinator""", charset="iso-8859-1", cte="quoted-printable"), extra=X_OUTLOOK)

_ab = mime_message(AWARDS, [A("Centre contacts", "centre.contacts@cityskills-awards.example")],
                   "Qualification update: Level 2 Hairdressing - revised assessment pack", D(2025, 5, 6, 10, 0, 0),
                   text_part("""Dear Centre Contact,

Please forward this update to all assessors, IQAs and tutors delivering the Level 2 Diploma for Hair Professionals at your centre.

From 1 September 2025 the revised assessment pack (version 4) must be used for all new registrations. Learners registered before that date may continue on version 3 until certification.

Main changes:
- Colour correction removed from the mandatory practical observations
- Consultation evidence can now be recorded digitally
- New mapping document for the Hair Professional standard

Updated documents are available in the Centre Hub under Qualifications > Hair > Resources. A free webinar runs on 22 May at 4pm.

Kind regards
Centre Support Team""", cte="7bit"),
                   msgid="<qual-update-20250506.7781@cityskills-awards.example>")
C.add("negative", "please-forward-update", "fwd-rfc822",
      "hairdressing tutor forwards an awarding body 'please forward to all assessors' qualification update as an attachment",
      KELLY, [HAIRTEAM, MARCUS], "FW: Qualification update: Level 2 Hairdressing - revised assessment pack",
      D(2025, 5, 6, 13, 30, 0),
      mixed(text_part("""Hi all, see attached from CitySkills - they've asked for it to go to everyone delivering L2 hair. New pack from September, webinar on the 22nd if anyone can make it.

Kelly-Ann""", cte="7bit"), [rfc822_part(_ab)], "ab-rfc822"), extra=X_OUTLOOK)

C.add("negative", "lifting-chains-register", "attach-csv",
      "construction workshop technician sends the LOLER inspection register for lifting chains and slings to the inspection firm",
      A("Wes Barker", "w.barker@school.example"), [A("LiftSafe Inspections", "bookings@liftsafe-inspections.example")],
      "LOLER 6-monthly inspection - chains & slings register", D(2025, 2, 17, 8, 30, 0),
      mixed(text_part("""Hi,

Ahead of the 6-monthly thorough examination on the 27th, attached is our current register of lifting chains, slings and shackles at the Rotherham workshop. Two chain slings were withdrawn in December (stretched links) so please remove them from your records.

Access from 7:30, ask for me at the workshop gate.

Wes Barker
Workshop Technician, Ridgeway Skills Rotherham""", cte="7bit"),
            [text_attachment("lifting_equipment_register_Feb25.csv", """Asset ID,Description,SWL,Last exam,Status
RS-LE-001,2-leg chain sling 7mm grade 80,2.1t,2024-08-28,In use
RS-LE-002,2-leg chain sling 7mm grade 80,2.1t,2024-08-28,Withdrawn Dec 24
RS-LE-003,1-leg chain sling 8mm,2.0t,2024-08-28,In use
RS-LE-004,Webbing sling 2m purple,1t,2024-08-28,In use
RS-LE-005,Webbing sling 3m green,2t,2024-08-28,In use
RS-LE-006,Bow shackle 2t,2t,2024-08-28,In use
RS-LE-007,Chain block 1t,1t,2024-08-28,Withdrawn Dec 24
RS-LE-008,Gin wheel and rope,50kg,2024-08-28,In use
""", ctype="text/csv")], "loler"), extra=X_OUTLOOK)

C.add("negative", "parent-reports-chain", "wrapped",
      "parent emails the DSL to report that her son is upset by a curse chain message, quoting part of it",
      A("Michelle Lunn", "michelle.lunn@example.org"), [RUTH], "Connor - message he's been sent", D(2024, 11, 15, 8, 41, 0),
      text_part("""Hi Ruth,

Sorry to bother you, Connor's tutor gave me your email. Connor came down
this morning really upset because of a message going round the lads on his
course. It says something like "send this to 15 people in 20 minutes or a
girl will be stood at the end of your bed at 3am". I know it's daft but he
hardly slept and he's got his autism so things like this really get to him.

He hasn't sent it on. I've told him not to. I don't want to get anyone in
trouble but could somebody have a word with the group so it stops going
round?

Thanks,
Michelle Lunn (Connor's mum)
""", wrap=None))

C.add("negative", "employer-open-day", "alternative",
      "care employer asks the provider to pass its open day invitation on to care apprentices",
      CAREWELL_HR, [JORDAN, DONNA], "Open day at Carewell - could you pass this on to your care learners?",
      D(2025, 4, 1, 14, 0, 0),
      alt("""Hi Jordan and Donna,

We're holding an open day at Carewell Homes (Hoyland site) on Saturday 26 April, 10am-2pm, for anyone interested in a career in care - including progression routes for your Level 2 learners into senior carer and Level 3 roles.

Could you pass this on to your care apprentices and pre-apprenticeship learners? There's no need to book, they can just turn up. We'll have our registered manager and two of our former apprentices there to chat.

Many thanks,
Sarah Gill
HR Advisor, Carewell Homes""", "carewell"))

C.add("negative", "course-materials-zip", "zip",
      "compliance manager sends a zip of CPD materials on supply chain management to a partner provider",
      MARCUS, [A("Jane Ellison", "j.ellison@northvale-training.example")], "CPD pack - supply chain & procurement module",
      D(2024, 12, 3, 15, 15, 0),
      mixed(text_part("""Hi Jane,

As discussed at the network meeting, here's the CPD pack for the supply chain & procurement module we use with our Level 3 site supervisors. Feel free to adapt, just keep the credit on the front slide.

Marcus""", cte="7bit"),
            [attachment("Supply chain CPD pack.zip", MIME["zip"], make_zip([
                ("Supply chain CPD pack/01 Session plan.txt", "Session 1: The construction supply chain\r\nAims: map the supply chain on a typical housing job; identify weak links; plan for lead times.\r\n"),
                ("Supply chain CPD pack/02 Case study.txt", "Case study: the delayed roof trusses. A 4-week delay at the manufacturer left a scaffold standing idle for 19 days...\r\n"),
                ("Supply chain CPD pack/03 Quiz.csv", "Question,Answer\r\nWhat is a lead time?,Time between order and delivery\r\nName one way to reduce supply chain risk,Order early / approved suppliers / buffer stock\r\n"),
            ]))], "cpdzip"), extra=X_OUTLOOK)

C.add("negative", "assignment-hoaxes", "base64",
      "IT apprentice's research write-up on the history of email hoaxes and worms, sent to tutor for marking",
      A("Josh Ibbotson", "josh.ibbotson@students.school.example"), [TOM], "Unit 3 research task - email hoaxes",
      D(2025, 3, 27, 14, 40, 0),
      text_part("""Hi Tom,

Here's my research task for unit 3 (cyber security awareness). Word count 380.

Email hoaxes and worms - a short history

Chain letters existed long before email - "luck" letters were posted by hand, asking the reader to copy them out and send them to a number of people. Email made them free and instant to send. Typical features are a threat or reward, a deadline, fake proof (a named person who ignored it) and an instruction to forward to a number of people.

Some hoaxes pretend to be virus warnings. They tell you a file is dangerous and to warn everyone in your address book. The warning itself then becomes the problem because it fills up inboxes. Others pretend a company will donate money per forward, which is impossible to track.

A real worm, ILOVEYOU (2000), actually did spread by emailing itself to everyone in the victim's Outlook address book. This is why IT teams tell people not to forward suspicious emails, even to warn others, and to report them instead.

Our company policy says staff should not forward chain letters and should report spam and scams to IT.

Conclusion: the best protection is to check a trusted source, not forward it, and report it.

Thanks
Josh""", cte="base64"))

C.add("negative", "sponsored-event", "cp1252-8bit",
      "hairdressing apprentice tells staff about a sponsored head shave for Children in Need with a donation page, no chain mechanics",
      COURTNEY, [KELLY, HAIRTEAM], "Sponsored head shave for Children in Need!!", D(2024, 11, 1, 16, 2, 0),
      text_part("""Hi Kelly and everyone,

I’m shaving my head on Friday 15th for Children in Need at the salon (Halo, 2pm) – Nicola said it’s fine and Mia is doing the clippering!! I’m donating my hair to the Little Princess Trust as well.

If you want to sponsor me the link is on the poster in the Goole staff room or just bring cash, I’ve got a sheet. Every £1 helps – I’m at £215 so far.

Thanks!!
Courtney x""", charset="windows-1252", cte="8bit"), extra=X_IPHONE)

if __name__ == "__main__":
    C.write()
    print("wrote %d messages" % len(C.items))
