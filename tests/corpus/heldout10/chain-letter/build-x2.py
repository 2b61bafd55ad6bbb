#!/usr/bin/env python3
# Deterministic generator for writer x2 (stdlib only). Run from inside the policy folder.
import base64, datetime, hashlib, io, json, os, quopri, re, struct, textwrap, zipfile, zlib
from email.header import Header
from email.utils import formataddr

W = "x2"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- identifiers
A23 = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn(la, estab, yy, serial, temp_letter=None):
    """UPN: check letter + LA(3) + estab(4) + year(2) + serial(3, last may be a letter)."""
    tail = "%03d%04d%02d" % (la, estab, yy)
    if temp_letter:
        tail += "%02d" % (serial % 100) + temp_letter
    else:
        tail += "%03d" % serial
    tot = 0
    for i, c in enumerate(tail):
        v = int(c) if c.isdigit() else A23.index(c)
        tot += v * (i + 2)
    return A23[tot % 23] + tail

def uln_from(nine):
    s = "%09d" % nine
    t = sum(int(s[i]) * (10 - i) for i in range(9))
    c = 10 - (t % 11)
    if c >= 10:
        return None
    return s + str(c)

def uln(seed):
    n = seed
    while True:
        r = uln_from(n)
        if r and r[0] != "0":
            return r
        n += 1

def nhs_from(nine):
    s = "%09d" % nine
    t = sum(int(s[i]) * (10 - i) for i in range(9))
    c = 11 - (t % 11)
    if c == 11:
        c = 0
    if c == 10:
        return None
    return s + str(c)

def nhs(seed, fmt=True):
    n = seed
    while True:
        r = nhs_from(n)
        if r:
            return (r[:3] + " " + r[3:6] + " " + r[6:]) if fmt else r
        n += 1

def luhn_complete(partial):
    digits = [int(c) for c in partial]
    for chk in range(10):
        ds = digits + [chk]
        t = 0
        for i, d in enumerate(reversed(ds)):
            if i % 2:
                d *= 2
                if d > 9:
                    d -= 9
            t += d
        if t % 10 == 0:
            return partial + str(chk)

def card_fmt(num):
    if len(num) == 15:
        return num[:4] + " " + num[4:10] + " " + num[10:]
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))

def nino(prefix, six, suffix):
    bad1, bad2 = "DFIQUV", "DFIOQUV"
    assert prefix[0] not in bad1 and prefix[1] not in bad2
    assert prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and suffix in "ABCD"
    return "%s %s %s %s %s" % (prefix, six[:2], six[2:4], six[4:], suffix)

def bank_acct(sort6, seven):
    """Account for NatWest-style range (01-00-04..01-67-15), standard MOD11 weights."""
    w = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
    for last in range(10):
        acc = "%07d%d" % (seven, last)
        n = sort6 + acc
        if sum(int(a) * b for a, b in zip(n, w)) % 11 == 0:
            return acc
    return None

def bank(sort6, seed):
    s = seed
    while True:
        a = bank_acct(sort6, s)
        if a:
            return "%s-%s-%s" % (sort6[:2], sort6[2:4], sort6[4:]), a
        s += 1

# ---------------------------------------------------------------- dates / ids
def D(stamp):
    """'2025-10-14 08:42:17' -> RFC 5322 date in UK local time."""
    d = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    bst = (datetime.datetime(2025, 3, 30, 1) <= d < datetime.datetime(2025, 10, 26, 1)) or \
          (datetime.datetime(2026, 3, 29, 1) <= d < datetime.datetime(2026, 10, 25, 1))
    off = "+0100" if bst else "+0000"
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + off

def hx(seed, n=16, up=False):
    r = hashlib.sha256(seed.encode()).hexdigest()[:n]
    return r.upper() if up else r

def b32(seed, n=20):
    return base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode()[:n]

def msgid(style, seed, dom="school.example"):
    if style == "outlook":
        pre = "%s%d%sMB%04d" % (("DB9PR0", "AS8PR0", "LO4PR0", "CWXPR0")[int(hx(seed, 2), 16) % 4], 1 + int(hx(seed, 3), 16) % 9, "", int(hx(seed, 5), 16) % 10000)
        pre = pre.replace("PR0%d" % (1 + int(hx(seed, 3), 16) % 9), "PR0%d" % (1 + int(hx(seed, 3), 16) % 9))
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (pre, hx(seed + "o", 20, True), pre, 1 + int(hx(seed, 3), 16) % 9)
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (b32(seed, 24)[:3], base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:40].replace("_", "+"))
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8, True), hx(seed + "1", 4, True), hx(seed + "2", 4, True), hx(seed + "3", 4, True), hx(seed + "4", 12, True), dom)
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4), hx(seed + "3", 4), hx(seed + "4", 12), dom)
    return "<%s.%s@%s>" % (hx(seed, 12), hx(seed + "z", 8), dom)

def bnd(seed, style="generic"):
    if style == "gmail":
        return "000000000000" + hx(seed, 16)
    if style == "outlook":
        return "_000_%s_" % b32(seed, 40)
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hx(seed, 8, True), hx(seed + "a", 4, True), hx(seed + "b", 4, True), hx(seed + "c", 4, True), hx(seed + "d", 12, True))
    if style == "thunderbird":
        return "------------%s" % b32(seed, 24)
    return "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "q", 8), 16), 1700000000000 + int(hx(seed + "r", 8), 16))

# ---------------------------------------------------------------- encoders
def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def A(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")

def wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)])?\s*)", line)
        ind = " " * len(m.group(1)) if m and m.group(1).strip() else ""
        out.append(textwrap.fill(line, width, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

def flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", ">", "From ")) and not line.startswith(">"):
            line = " " + line
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        pieces = []
        for w_ in words:
            if cur and len(cur) + 1 + len(w_) > width:
                pieces.append(cur + " ")
                cur = w_
            else:
                cur = (cur + " " + w_) if cur else w_
        pieces.append(cur)
        out.extend(pieces)
    return "\n".join(out)

def qp(text, charset="utf-8"):
    b = text.replace("\r\n", "\n").encode(charset)
    return quopri.encodestring(b).decode("ascii")

def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")

def raw8(text, charset):
    """8bit body kept as latin-1 'byte string' so the whole file can be written with latin-1."""
    return text.encode(charset).decode("latin-1")

# ---------------------------------------------------------------- MIME entities
class E:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body
    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body

def text(body, sub="plain", charset="utf-8", cte="7bit", fl=False, fname=None, disp=None, lang=None):
    ct = "Content-Type: text/%s; charset=%s" % (sub, charset)
    charset = charset.strip('"')
    if charset.lower() == "us-ascii":
        body = body.replace("\u2013", "-").replace("\u2014", "-").replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2022", "*")
    if fl:
        ct += "; format=flowed"
    if fname and not disp:
        ct += '; name="%s"' % fname
    hs = [ct, "Content-Transfer-Encoding: %s" % cte]
    if disp:
        hs.append('Content-Disposition: %s; filename="%s"' % (disp, fname) if fname else "Content-Disposition: %s" % disp)
    if lang:
        hs.insert(0, "Content-Language: %s" % lang)
    if cte == "quoted-printable":
        bd = qp(body, charset)
    elif cte == "base64":
        bd = b64(body.encode(charset))
    elif cte == "8bit":
        bd = raw8(body, charset)
    else:
        body.encode("ascii")
        bd = body
    return E(hs, bd)

def att(ctype, data, fname, disp="attachment", extra=None):
    hs = ['Content-Type: %s; name="%s"' % (ctype, fname)]
    if disp:
        hs.append('Content-Disposition: %s; filename="%s"' % (disp, fname))
    hs.append("Content-Transfer-Encoding: base64")
    if extra:
        hs.extend(extra)
    return E(hs, b64(data))

def multi(sub, parts, boundary, params=""):
    hs = ['Content-Type: multipart/%s;%s boundary="%s"' % (sub, params, boundary)]
    body = ""
    for p in parts:
        body += "--%s\n%s\n" % (boundary, p.render())
    body += "--%s--\n" % boundary
    return E(hs, body)

def rfc822(raw, fname=None):
    hs = ["Content-Type: message/rfc822" + ('; name="%s"' % fname if fname else "")]
    hs.append("Content-Disposition: attachment" + ('; filename="%s"' % fname if fname else ""))
    return E(hs, raw)

HDR_ORDER = {
    "outlook": ["From", "To", "CC", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "MIME-Version"],
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc"],
    "apple": ["From", "Mime-Version", "Subject", "Message-Id", "Date", "Cc", "To", "In-Reply-To", "References", "X-Mailer"],
    "thunderbird": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "Cc", "References", "From", "Subject", "In-Reply-To"],
    "generic": ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version", "X-Mailer"],
}

def fold_list(addrs):
    return ",\n\t".join(addrs) if sum(len(a) for a in addrs) > 60 else ", ".join(addrs)

def message(style, frm, to, subject, date, seed, entity, cc=None, extra=None, dom=None, irt=None, xmailer=None):
    dom = dom or frm.split("@")[-1].rstrip(">")
    h = {}
    h["From"] = frm
    h["To"] = fold_list(to)
    if cc:
        h["Cc" if style != "outlook" else "CC"] = fold_list(cc)
    h["Subject"] = enc_hdr(subject)
    h["Date"] = D(date)
    mid = msgid(style, seed, dom)
    h["Message-ID" if style != "apple" else "Message-Id"] = mid
    h["MIME-Version" if style != "apple" else "Mime-Version"] = "1.0" if style != "apple" else "1.0 (1.0)"
    if irt:
        h["In-Reply-To"] = irt
        h["References"] = irt
    if style == "outlook":
        h["Thread-Topic"] = enc_hdr(re.sub(r"^(?:(?:RE|Re|FW|Fwd|FWD|Fw): *)+", "", subject))
        h["Thread-Index"] = base64.b64encode(hashlib.sha256((seed + "ti").encode()).digest()[:22]).decode()
        h["Accept-Language"] = "en-GB, en-US"
        h["Content-Language"] = "en-GB"
        h["X-MS-Has-Attach"] = "yes" if any("attachment" in x for x in entity.render().split("\n") if x.startswith("Content-Disposition")) else ""
        h["X-MS-TNEF-Correlator"] = ""
    if style == "thunderbird":
        h["User-Agent"] = xmailer or "Mozilla Thunderbird"
        h["Content-Language"] = "en-GB"
    if style == "apple":
        h["X-Mailer"] = xmailer or "iPhone Mail (22A3354)"
    if style == "generic" and xmailer:
        h["X-Mailer"] = xmailer
    lines = []
    for k in HDR_ORDER[style]:
        if k in h:
            lines.append("%s: %s" % (k, h[k]) if h[k] != "" else "%s:" % k)
    for k, v in (extra or []):
        lines.append("%s: %s" % (k, v))
    return "\n".join(lines) + "\n" + entity.render()

# ---------------------------------------------------------------- office files
ZDT = (2025, 9, 1, 8, 0, 0)

def zbytes(files, dt=ZDT, method=zipfile.ZIP_DEFLATED):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = method
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def docx(paras, author="Staff", title="", dt=ZDT):
    """paras: list of str (paragraph) or ('h', str) heading or ('table', rows)."""
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p[1]))
        elif isinstance(p, tuple) and p[0] == "table":
            rows = []
            for r in p[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>') % "".join(body)
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
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">%04d-%02d-%02dT%02d:%02d:00Z</dcterms:created>'
            '</cp:coreProperties>') % (xesc(title), xesc(author), xesc(author), dt[0], dt[1], dt[2], dt[3], dt[4])
    return zbytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("docProps/core.xml", core), ("word/document.xml", doc)], dt)

def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet="Sheet1", dt=ZDT):
    """rows: list of lists; int/float -> number cell, str -> inline string."""
    xr = []
    for ri, r in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (col(ci), ri)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>%s</sheetData></worksheet>') % "".join(xr)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % xesc(sheet)
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
    return zbytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                   ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)], dt)

def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT", "/F1 10 Tf", "50 %d Td" % y, "13 TL"]
    for ln in lines:
        ops.append("(%s) '" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (Microsoft Word) >>" % esc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def csvtext(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"

# ---------------------------------------------------------------- encryption look-alikes
def prng(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]

_CRCT = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRCT.append(_c)

def _crc_upd(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xFF]

def zipcrypto(files, password, seed, dt=ZDT):
    """Traditional PKWARE-encrypted zip (readable by zipfile with pwd=...)."""
    pw = password.encode()
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    out = b""
    central = b""
    for fi, (name, data) in enumerate(files):
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        k = [0x12345678, 0x23456789, 0x34567890]
        def upd(c):
            k[0] = _crc_upd(k[0], c)
            k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
            k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
            k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xFF)
        for c in pw:
            upd(c)
        def enc(buf):
            r = bytearray()
            for c in buf:
                t = (k[2] | 2) & 0xFFFF
                kb = ((t * (t ^ 1)) >> 8) & 0xFF
                r.append(c ^ kb)
                upd(c)
            return bytes(r)
        hdr = prng(seed + name, 11) + bytes([(crc >> 24) & 0xFF])
        encd = enc(hdr + comp)
        nb = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc, len(encd), len(data), len(nb), 0) + nb + encd
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate, crc, len(encd), len(data), len(nb), 0, 0, 0, 0, 0o644 << 16, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return out

def smime_blob(seed, n=2400):
    inner = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03\xa0\x82" + struct.pack(">H", n) + b"\x30\x82" + struct.pack(">H", n - 4) + b"\x02\x01\x00\x31\x82" + prng(seed, n - 9)
    return b"\x30\x82" + struct.pack(">H", len(inner)) + inner

def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def pgp_armor(seed, n=1400):
    data = b"\x84\x5e\x03" + prng(seed + "kid", 8) + b"\x12\x01\x07\x40" + prng(seed, 90) + b"\xd2\xc0" + prng(seed + "body", n)
    s = base64.b64encode(data).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    ck = base64.b64encode(struct.pack(">I", crc24(data))[1:]).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + ck + "\n-----END PGP MESSAGE-----\n"

# ---------------------------------------------------------------- output
MANIFEST = []

def emit(label, num, family, shape, note, mail_from, rcpt, auth, raw):
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    raw = raw.replace("\r\n", "\n")
    if not raw.endswith("\n"):
        raw += "\n"
    data = raw.replace("\n", "\r\n").encode("latin-1")
    os.makedirs(os.path.join(HERE, label), exist_ok=True)
    with open(os.path.join(HERE, fn), "wb") as f:
        f.write(data)
    MANIFEST.append({"file": fn, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                     "auth_user": auth, "shape": shape, "family": family, "note": note})

def finish(policy):
    with open(os.path.join(HERE, "manifest-%s.jsonl" % W), "w") as f:
        for m in MANIFEST:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- people (all invented)
ORG = ("school.example", "students.school.example")
HEAD = ("Dr Marcia Okonkwo-Reid", "m.okonkwo-reid@school.example")
DSL = ("Gareth Pryce", "g.pryce@school.example")
DDSL1 = ("Nadia Hussain", "n.hussain@school.example")
DDSL2 = ("Tom Kettle", "t.kettle@school.example")
SENCO = ("Rebecca Lowe", "r.lowe@school.example")
ATT = ("Jason Meakin", "j.meakin@school.example")
OFFICE = ("Pauline Swann", "p.swann@school.example")
BM = ("Imran Sadiq", "i.sadiq@school.example")
DATA = ("Kerry Adebayo", "k.adebayo@school.example")
ICT = ("ICT Support", "ictsupport@school.example")
LFOX = ("Liam Fox", "l.fox@school.example")
SMARIN = ("Sofía Marín", "s.marin@school.example")
DPATEL = ("Dev Patel", "d.patel@school.example")
RELLERY = ("Ruth Ellery", "r.ellery@school.example")
CNWOSU = ("Chris Nwosu", "c.nwosu@school.example")
HBRIGHT = ("Hannah Bright", "h.bright@school.example")
MDEAN = ("Marcus Dean", "m.dean@school.example")
JOLLER = ("Janet Ollerton", "j.ollerton@school.example")
SWHELAN = ("Shauna Whelan", "s.whelan@school.example")
WTULLY = ("Wayne Tully", "w.tully@school.example")
ALLSTAFF = ("All Staff", "allstaff@school.example")
FOUNDRY = ("Foundry Lane Staff", "foundry-staff@school.example")
KINGSMEAD = ("Kingsmead Staff", "kingsmead-staff@school.example")
HOPE = ("Hope Street Staff", "hopest-staff@school.example")
SAFE = ("Safeguarding Team", "safeguarding@school.example")

def internal(addr):
    return addr.split("@")[-1].lower() in ORG

def mail(label, num, family, shape, note, style, frm, to, subject, date, entity,
         cc=None, bcc=None, irt=None, xmailer=None, extra=None, mail_from=None):
    seed = "%s/%s/%d" % (POLICY, label, num)
    raw = message(style, A(*frm), [A(*t) for t in to], subject, date, seed, entity,
                  cc=[A(*c) for c in cc] if cc else None, extra=extra, irt=irt, xmailer=xmailer)
    rcpt = [t[1] for t in list(to) + list(cc or []) + list(bcc or [])]
    auth = frm[1] if internal(frm[1]) else None
    emit(label, num, family, shape, note, mail_from or frm[1], rcpt, auth, raw)

def fwd_gmail(frm, date, subject, to, body, cc=None):
    s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (frm, date, subject, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "\n" + body

def fwd_outlook(frm, sent, subject, to, body, cc=None):
    s = "________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n\n%s" % (subject, body)

def fwd_apple(frm, date, subject, to, body):
    head = "Begin forwarded message:\n\n> From: %s\n> Subject: %s\n> Date: %s\n> To: %s\n> \n" % (frm, subject, date, to)
    return head + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))

def quote(body):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l) for l in body.split("\n"))

def inner_msg(frm, to, subject, date, body, seed, style="generic", charset="utf-8", cte=None, sub="plain"):
    if cte is None:
        try:
            body.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    return message(style, frm, to, subject, date, seed, text(body, sub, charset, cte))

def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def to_html(body, flavour="outlook"):
    paras = body.split("\n\n")
    if flavour == "outlook":
        inner = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(hesc(l) for l in p.split("\n")) if p.strip() else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % inner
    if flavour == "gmail":
        inner = "<div><br></div>".join("<div>%s</div>" % "<br>".join(hesc(l) for l in p.split("\n")) for p in paras)
        return '<div dir="ltr">%s</div>\n' % inner
    inner = "\n".join("<p>%s</p>" % "<br />\n".join(hesc(l) for l in p.split("\n")) for p in paras)
    return "<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body style=\"font-family: Arial, sans-serif; font-size: 14px;\">\n%s\n</body>\n</html>\n" % inner

def alt(body, seed, flavour="outlook", charset="utf-8", cte="quoted-printable", html=None, bstyle=None):
    cs = '"%s"' % charset if flavour in ("outlook", "gmail") else charset
    return multi("alternative", [text(body, "plain", cs, cte), text(html or to_html(body, flavour), "html", cs, cte)],
                 bnd(seed + "alt", bstyle or flavour))

# ======================================================================
# CHAIN-LETTER POLICY
# ======================================================================
POLICY = "chain-letter"
P, N = "positive", "negative"

# ---------------------------------------------------------------- positives
def cl_positives():
    # 1 pupil crush chain, mobile
    pup1 = ("Lacey Brennan", "lacey.brennan@students.school.example")
    body = ("omg read this!!!\n\n"
            "if u dont send this to 10 people in the next 15 mins ur crush will never like u back and "
            "u will be single for 7 YEARS. my cousin ignored it and her bf dumped her the next day no lie\n\n"
            "send it to 10 ppl and ur crush will msg u tonite 💕💕\n"
            "5 ppl = they will think about u\n"
            "0 ppl = bad luck 4 ever\n\n"
            "dont break it!!!! sent to u bc ur my bestie xx\n\n"
            "Get Outlook for iOS")
    mail(P, 1, "crush-chain", "mobile", "Pupil sends a 'send to 10 people in 15 minutes or your crush won't like you' chain to friends",
         "outlook", pup1,
         [("", "tia-rose.hanley@students.school.example"), ("", "amira.yusuf@students.school.example"),
          ("", "keeley.owusu@students.school.example"), ("", "demi.fairclough@students.school.example")],
         "READ THIS OR ELSE 😱😱", "2025-10-03 12:47:09",
         text(body, "plain", '"utf-8"', "base64"))

    # 2 virus hoax forwarded by TA with note, inline-forward
    orig = ("WARNING!!! VIRUS ALERT – PLEASE READ\n\n"
            "If you receive an email or WhatsApp titled \"Christmas Shopping Voucher from Argos\" DO NOT OPEN IT. "
            "It contains a virus that wipes out your whole C drive and steals your passwords within seconds. "
            "Once it is open there is NOTHING you can do.\n\n"
            "This was announced on BBC Radio this morning and Microsoft have confirmed it is the most destructive "
            "virus ever. McAfee have NO fix for it yet.\n\n"
            "Forward this to everyone in your contacts list as soon as possible so they are protected. "
            "Better to receive it 20 times than not at all!!")
    body = ("Hi all,\n\nMy sister-in-law sent me this last night – thought I'd better pass it on as we all "
            "get loads of emails in here. Please forward to your own contacts too, better safe than sorry!\n\n"
            "Janet x\n\n" + fwd_outlook("Carol Ollerton <carol.ollerton64@example.com>", "24 November 2025 21:13",
                                         "FW: FW: FW: VIRUS ALERT!!!", "Janet Ollerton <janet.ollerton@example.net>", orig))
    mail(P, 2, "virus-hoax", "inline-forward", "TA forwards a 'voucher email wipes your C drive, forward to all contacts' hoax to all staff",
         "outlook", JOLLER, [ALLSTAFF], "FW: FW: FW: FW: VIRUS ALERT!!!", "2025-11-25 07:52:40",
         alt(body, "cl2"))

    # 3 privacy-notice hoax sent by key worker to outside friends, plain-7bit
    body = ("Hi girls, someone on my netball group chat said we all need to do this before the new rules "
            "start tomorrow so I'm doing it here too. Copy and paste it, don't just share it or it doesn't count.\n\n"
            "---\n"
            "Deadline tomorrow! Everything you've ever posted becomes public from tomorrow. Even messages that "
            "have been deleted or the photos not allowed. It costs nothing for a simple copy and paste.\n\n"
            "I do not give Meta, Facebook, Instagram or any entities associated with them permission to use my "
            "pictures, information, messages or posts, both past and future. By this statement, I give notice "
            "to them that it is strictly forbidden to disclose, copy, distribute, or take any other action "
            "against me based on this profile and/or its contents. Violation of privacy can be punished by law "
            "(UCC 1-308-1 1-308-103 and the Rome Statute).\n\n"
            "NOTE: Meta is now a public entity. All members must post a note like this. If you prefer, you can "
            "copy and paste this version. If you do not publish a statement at least once it will be tacitly "
            "allowing the use of your photos, as well as the information contained in the profile status "
            "updates. DO NOT SHARE. You have to copy and paste.\n"
            "---\n\n"
            "Pass it on to everyone you know!!\n\nMarcus\n")
    mail(P, 3, "privacy-hoax", "plain-7bit", "Key worker copies the 'I do not give Meta permission' privacy-notice hoax to friends, asking them to pass it on",
         "generic", MDEAN,
         [("", "gemma.toal@example.com"), ("", "rach.b1987@example.net"), ("", "shelleyk@example.com")],
         "copy and paste before tomorrow", "2025-09-18 19:04:55", text(body, "plain", "us-ascii", "7bit"),
         xmailer="Microsoft Outlook 16.0")

    # 4 prayer chain inbound from parent, html-only
    html = ("<html><body style=\"font-family:Comic Sans MS; color:#7a1e7a\">"
            "<p style=\"text-align:center\"><b>~*~ A PRAYER FOR YOU ~*~</b></p>"
            "<p style=\"text-align:center\">Lord, watch over the person reading this.<br>Keep their family safe,<br>"
            "heal what is hurting,<br>and open the doors that have been closed to them.<br>Amen.</p>"
            "<p>This prayer has been sent around the world since 1998. It has been prayed by thousands. "
            "Within 4 DAYS of receiving it you must send it to <b>12 people</b> and you will receive a blessing "
            "you were not expecting. A lady in Leeds sent it on and her son got his place at college the next week. "
            "A man in Cardiff deleted it and lost his job.</p>"
            "<p><b>Do not break the chain.</b> God sees everything. Send it to people you care about, "
            "even the teachers, they need prayers too!!</p>"
            "<p>God bless you Mr Kettle and all the staff at Kingsmead for what you do for my boy.<br>"
            "Bernadette (Connor's mum)</p></body></html>")
    mail(P, 4, "prayer-chain", "html-only", "Parent sends a 'send to 12 people within 4 days for a blessing' prayer chain to the site lead",
         "generic", ("Bernadette Walsh", "bernie.walsh61@example.net"), [DDSL2],
         "Fw: A prayer for you – please dont break it", "2025-10-12 22:31:02",
         text(html, "html", "utf-8", "quoted-printable"), xmailer="AOL Webmail 49.1")

    # 5 missing child hoax forwarded by key worker, multipart-alt
    body = ("Please share this everyone 😢 it's been all over Facebook this morning\n\n"
            "*** URGENT ***\n"
            "MISSING: 6 year old girl called Ellie-May, taken from outside the big Asda this morning by a man in a "
            "grey van. She was wearing a pink puffa coat and unicorn wellies. Police are saying the first 24 hours "
            "are the most important. PLEASE COPY AND SHARE with as many people as you can, it takes 2 seconds, "
            "imagine if it was your child. Don't scroll past!!\n\n"
            "Hannah")
    mail(P, 5, "missing-child-hoax", "multipart-alt", "Key worker spreads an unsourced 'missing 6-year-old, copy and share' appeal to site staff",
         "outlook", HBRIGHT, [FOUNDRY, HOPE], "PLEASE SHARE - missing little girl", "2026-01-14 09:16:31",
         alt(body, "cl5"))

    # 6 sick child per-forward donation, latin1 inbound from foster carer
    body = ("Hello Mr Dean,\n\n"
            "I know you are busy but I got this from a lady at church and I thought the school could help "
            "because you have lots of email addresses.\n\n"
            "   ***  LITTLE AMELIA NEEDS YOUR HELP  ***\n\n"
            "Amelia is 4 and has a rare brain tumour. Her family cannot afford the operation in America which "
            "costs £250,000. The Children's Cancer Fund and Microsoft have agreed to donate 10p for EVERY TIME "
            "this email is forwarded. They can track it because of the special code in the email. "
            "So please DO NOT DELETE it, it is a little girl's life. Forward it to everyone you can think of. "
            "It costs you nothing. If you have a heart you will send it on, if not may God forgive you.\n\n"
            "Thank you Marcus, see you Thursday at the review.\n"
            "Maureen Ashworth (foster carer for J.)\n")
    mail(P, 6, "sick-child-donation", "latin1", "Foster carer sends a '10p donated every time this is forwarded' sick-child hoax to a key worker",
         "generic", ("Maureen Ashworth", "mo.ashworth@example.com"), [MDEAN],
         "Please read and send on, its for a little girl", "2025-11-02 15:40:12",
         text(body, "plain", "iso-8859-1", "8bit"), xmailer="Microsoft Outlook Express 6.00.2900.5512")

    # 7 gift circle blessing loom, qp staff to colleagues
    body = ("Hi ladies 🌸\n\n"
            "I've been asked to join a Blessing Loom and I've got two spaces to fill so I'm sending it to "
            "the people I trust most (that's you lot!).\n\n"
            "How it works: there are 15 spots on the loom. You gift £100 to the person in the middle (the "
            "'water'), then you move in at the edge as a 'fire'. When the loom splits you move inwards and "
            "when you reach the middle you receive £800 from the 8 new fires. It's NOT a pyramid, nobody "
            "loses out, it's just women blessing women 💫. Mine paid out in 3 weeks last time.\n\n"
            "You just need to bring in two friends each and we all get blessed. Please send this on to "
            "2-3 people you think would want in, and message me on WhatsApp with your bank details when you "
            "have your two.\n\n"
            "Loads of love, Ruth xx")
    mail(P, 7, "gift-circle", "qp", "Art teacher invites colleagues into a 'Blessing Loom' gift circle: pay £100, recruit two, receive £800",
         "outlook", RELLERY,
         [("Shauna Whelan", "s.whelan@school.example"), ("Hannah Bright", "h.bright@school.example"),
          ("Sofía Marín", "s.marin@school.example"), ("Janet Ollerton", "j.ollerton@school.example")],
         "a little something 💫 (keep it between us)", "2026-02-06 20:14:03",
         text(body, "plain", '"utf-8"', "quoted-printable"))

    # 8 women empowering women pyramid, cp1252 inbound
    body = ("Hiya Nadia,\n\n"
            "Long time no speak! I've got something amazing to share and I thought of you straight away "
            "because you're such a strong woman. It's called the Women Empowering Women Circle and it's "
            "literally changed my life.\n\n"
            "You gift £440 in (it's a GIFT, so it's legal and not taxable – we've checked) and you go on "
            "the chart as an 'appetiser'. You invite two ladies, they invite two each, and within 4–6 weeks "
            "you're the 'dessert' and you receive £3,520 from the 8 new appetisers. That's 8x your gift!\n\n"
            "There are no losers as long as everyone keeps it going – it only stops if people break the "
            "chain, so please only pass it to people who will commit.\n\n"
            "Forward this to any of your friends you think deserve it – and I mean it, the teachers and "
            "support staff at your work would LOVE this, you lot are underpaid!\n\n"
            "Call me x\nDanielle\n")
    mail(P, 8, "pyramid-scheme", "cp1252", "Outside friend sends deputy DSL a 'Women Empowering Women' gifting pyramid and asks her to forward it to colleagues",
         "generic", ("Danielle Cartwright", "dani.cartwright@example.com"), [DDSL1],
         "An opportunity for you – Women Empowering Women", "2025-12-01 11:22:48",
         text(body, "plain", "windows-1252", "quoted-printable"), xmailer="Microsoft Outlook 16.0")

    # 9 pupil friendship chain, base64 html
    html = ("<div style=\"font-family:Calibri;font-size:14pt\">"
            "<p>💖💖💖 FRIENDSHIP TEST 💖💖💖</p>"
            "<p>send this to every1 u think is a real friend. if u get <b>3 back</b> ur loved, "
            "<b>5 back</b> ur popular, <b>10 back</b> ur a legend 🏆, <b>0 back</b>… sorry 😬</p>"
            "<p>if u break the chain u will lose ur best friend b4 summer</p>"
            "<p>i sent it u so u know ur one of mine 🫶 SEND IT BACK!!!!</p>"
            "<p>amira x</p></div>")
    mail(P, 9, "friendship-chain", "base64", "Pupil sends a 'friendship test: send to every real friend, count how many come back' chain",
         "outlook", ("Amira Yusuf", "amira.yusuf@students.school.example"),
         [("", "lacey.brennan@students.school.example"), ("", "keeley.owusu@students.school.example"),
          ("", "nevaeh.grant@students.school.example"), ("", "jadyn.okafor@students.school.example"),
          ("", "tia-rose.hanley@students.school.example")],
         "friendship test 💖 send it back", "2025-11-19 16:05:44",
         text(html, "html", '"utf-8"', "base64"))

    # 10 curse chain pupil, flowed
    body = ("DO NOT IGNORE THIS\n\n"
            "hi my name is Teresa. I died in a car crash on the road near the woods in 2003 and my body was "
            "never found. If you dont send this to 20 people I will be standing at the end of your bed at "
            "3am tonight. a boy in year 9 read it and ignored it and he woke up with scratches on his arms. "
            "this is not a joke I am watching you read this right now\n\n"
            "send it to 20 people and you will be safe\n"
            "send it to 10 and you will hear me at night\n"
            "send it to nobody and i will come for you\n\n"
            "sorry i had to send it i didnt want her to come 😭 dont blame me\n")
    mail(P, 10, "curse-chain", "flowed", "Pupil forwards a ghost-girl curse chain ('send to 20 or she'll be at the end of your bed at 3am')",
         "thunderbird", ("Reece Doyle", "reece.doyle@students.school.example"),
         [("", "ellis.carr@students.school.example"), ("", "kayden.mills@students.school.example"),
          ("", "jadyn.okafor@students.school.example"), ("", "brandon.sykes@students.school.example")],
         "dont read this at night", "2026-01-22 21:48:16",
         text(flowed(body), "plain", "UTF-8", "8bit", fl=True))

    # 11 Microsoft tracking money hoax, hard-wrapped with > forward quoting
    orig = ("Dear Friends, Please do not take this for a junk letter. Bill Gates is sharing his fortune. "
            "If you ignore this you will repent later. Microsoft and AOL are now the largest Internet "
            "companies and in an effort to make sure that Internet Explorer remains the most widely used "
            "program, Microsoft and AOL are running an e-mail beta test.\n\n"
            "When you forward this e-mail to friends, Microsoft can and will track it (if you are a Windows "
            "user) for a two week time period. For every person that you forward this e-mail to, Microsoft "
            "will pay you $245.00, for every person that you sent it to that forwards it on, Microsoft will "
            "pay you $243.00 and for every third person that receives it, you will be paid $241.00. Within "
            "two weeks, Microsoft will contact you for your address and then send you a cheque.\n\n"
            "I thought this was a scam myself, but two weeks after receiving this e-mail and forwarding it "
            "on, Microsoft contacted me for my address and within days, I received a cheque for $24,800.00. "
            "You need to respond before the beta testing is over. If anyone can afford this, Bill Gates is "
            "the man. It's all marketing expense to him. Please forward this to as many people as possible.")
    body = ("Dave - mate - I know it sounds daft but Kev swears his brother got a cheque off this one. "
            "Costs nothing to forward so I'm sending it round everyone. Do the same and we'll see who gets "
            "paid first, pint says it's me.\n\nWayne\n\n"
            "-----Original Message-----\n"
            "From: Kevin Hurst <kev.hurst@example.net>\n"
            "Sent: 09 March 2026 18:22\n"
            "Subject: FW: Bill Gates is giving away money - this is real!!\n\n" + quote(wrap(orig, 70)))
    mail(P, 11, "money-forward-hoax", "hard-wrapped", "DT teacher forwards the old 'Microsoft pays $245 per forward' e-mail tracking hoax to outside friends",
         "generic", WTULLY, [("Dave Blount", "dblount@example.org"), ("", "stevo.kerr@example.com"), ("", "pete.marsh@example.net")],
         "FW: FW: Bill Gates is giving away money - this is real!!", "2026-03-10 07:31:55",
         text(wrap(body, 74), "plain", "us-ascii", "7bit"), xmailer="Microsoft Outlook 16.0")

    # 12 needles in cinema seats, rfc822-forward by office manager
    inner = ("PLEASE READ AND PASS ON TO EVERYONE YOU KNOW\n\n"
             "A friend of my neighbour went to the cinema at the Trafford Centre last week and when she sat "
             "down she felt a sharp prick in her leg. She found a needle sticking out of the seat with a note "
             "attached saying \"WELCOME TO THE WORLD OF HIV\". The police have said this has happened in "
             "several cinemas in the North West and even in soft play centres. Doctors say it is happening "
             "all over the country.\n\n"
             "ALWAYS CHECK YOUR SEAT BEFORE YOU SIT DOWN. Check your children's seats too.\n\n"
             "Forward this to every mum, dad and grandparent you know. The news won't report it because the "
             "cinemas don't want to lose money.\n")
    raw = inner_msg(A("Lorraine Swann", "lorraine.swann@example.com"), [A("", "pauline.swann59@example.net")],
                    "PASS THIS ON - needles in cinema seats", "2025-10-20 17:48:00", inner, "cl12inner")
    body = ("Morning all,\n\nMy sister sent me the attached at the weekend. With half term coming up and "
            "a lot of you taking kids to the pictures please have a read, and pass it on to your families "
            "and anyone else you can think of.\n\nPauline\nOffice Manager – Kingsmead site")
    ent = multi("mixed", [alt(body, "cl12"), rfc822(raw, "PASS THIS ON - needles in cinema seats.eml")], bnd("cl12m", "outlook"))
    mail(P, 12, "urban-legend", "rfc822-forward", "Office manager attaches a 'HIV needles in cinema seats, forward to every parent' legend and tells staff to pass it on",
         "outlook", OFFICE, [ALLSTAFF], "FW: PASS THIS ON - needles in cinema seats", "2025-10-21 08:05:19", ent)

    # 13 headlights gang initiation - reply-all with quote spreading it
    orig = ("POLICE WARNING – PLEASE SHARE\n"
            "This week is gang initiation week. New members will drive around at night with NO HEADLIGHTS "
            "on. The first car to flash them becomes the target – they will follow you home and attack you "
            "or your family. Two families in Salford have already been targeted.\n"
            "DO NOT FLASH YOUR LIGHTS AT ANY CAR.\n"
            "This has come from a police officer's wife. Please forward to everyone on your list, especially "
            "anyone who drives at night.")
    body = ("Thanks for this Sandra, scary stuff. I've sent it on to all the staff on our site and to "
            "the parents' list as well – the more people the better. Everyone please keep it going!!\n\n"
            "Tom\n\nSent from my iPhone\n\n"
            "On 16 Nov 2025, at 19:02, Sandra Pike <sandra.pike@example.com> wrote:\n\n" + quote(orig))
    mail(P, 13, "urban-legend", "reply-quoted", "Site lead replies-all to a 'gang initiation: don't flash your headlights' legend, adding staff and urging everyone to keep it going",
         "apple", DDSL2, [("Sandra Pike", "sandra.pike@example.com")],
         "Re: POLICE WARNING - PLEASE SHARE", "2025-11-16 20:11:37",
         text(body, "plain", "utf-8", "quoted-printable"),
         cc=[KINGSMEAD, ("", "linda.ferris@example.net"), ("", "k.pike77@example.com")],
         irt="<CAJx9fQeWm4hP0kZl2bWnQ7yT5rS1uVvC3dE8aF6gH2iJ4kL@mail.gmail.com>")

    # 14 exploding phone petrol station, attach-txt
    txt = ("IMPORTANT SAFETY INFORMATION FROM SHELL\n\n"
           "Three incidents have happened recently in which mobile phones were ignited by fumes while "
           "people were refuelling their cars. In one case the phone was on the car seat and it rang while "
           "the man was filling up and the car went up in flames. In another a woman lost her eyebrows and "
           "her fringe.\n\n"
           "Shell and BP have asked that this warning is circulated as widely as possible.\n"
           "Please forward this to family and friends. YOU could save a life.\n")
    body = "Fyi everyone - please read the attachment and forward on to your friends and family.\nDev\n"
    ent = multi("mixed", [text(body, "plain", "us-ascii", "7bit"),
                          text(txt, "plain", "us-ascii", "7bit", fname="SAFETY WARNING - PLEASE FORWARD.txt", disp="attachment")],
                bnd("cl14", "thunderbird"))
    mail(P, 14, "urban-legend", "attach-txt", "PSHE teacher circulates a 'phones ignite petrol fumes – Shell asks you to forward' hoax as an attachment",
         "thunderbird", DPATEL, [FOUNDRY], "Safety warning - please pass on", "2025-09-29 13:33:21", ent)

    # 15 Jayden K Smith hacker, pupil mobile
    body = ("Tell ur contacts not to accept a message or friend request from Jayden K Smith. "
            "He is a hacker and has a system that takes over ur account and ur mums bank. "
            "If one of ur contacts accepts it u will get hacked too. so forward this to EVERYONE in ur list. "
            "hold ur finger down on the message and press forward.\n\n"
            "its real my brother got hacked yesterday\n\n"
            "Sent from my iPhone")
    mail(P, 15, "hacker-hoax", "mobile", "Pupil mass-sends the 'don't accept Jayden K Smith, he's a hacker, forward to everyone' hoax",
         "apple", ("Ellis Carr", "ellis.carr@students.school.example"),
         [("", "reece.doyle@students.school.example"), ("", "brandon.sykes@students.school.example"),
          ("", "kayden.mills@students.school.example"), ("Mr Dean", "m.dean@school.example")],
         "WARNING pass it on", "2025-09-23 18:21:50", text(body, "plain", "us-ascii", "7bit"), xmailer="iPhone Mail (22G86)")

    # 16 petition only to be forwarded, docx
    doc = docx([("h", "PETITION: STOP THE CHANGE TO THE PENSION AGE FOR TEACHERS"),
                "The government is about to quietly raise the teachers' pension age to 72. This petition will go to the Prime Minister ONLY if it reaches 1,000 names.",
                "PLEASE DO NOT start a new list. Add your name at the bottom and forward the document to everyone you know. When you are the 1,000th person, forward it to petitions@parliament.example. If you break the chain, all the names so far are lost.",
                ("table", [["No.", "Name", "Town"], ["1", "J. Tomlinson", "Wigan"], ["2", "K. Dunne", "Bolton"],
                           ["3", "A. Morrisey", "Stockport"], ["4", "P. Haworth", "Oldham"], ["5", "Liam Fox", "Medbury"]])],
               author="Liam Fox", title="Petition")
    body = ("Hi all,\n\nThis came round from my old school. I've added my name (no. 5) – please add yours at "
            "the bottom and send it on to at least ten people. Don't start a new one, the numbers have to "
            "keep going up or it won't get to the PM.\n\nLiam")
    ent = multi("mixed", [alt(body, "cl16"),
                          att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "PETITION - ADD NAME AND FORWARD.docx")],
                bnd("cl16m", "outlook"))
    mail(P, 16, "forward-petition", "attach-docx", "English teacher circulates a chain 'petition' docx: add your name at the bottom and forward to ten people",
         "outlook", LFOX, [ALLSTAFF], "FW: please add your name and send on!!", "2026-02-24 15:49:02", ent)

    # 17 classic good-luck chain, attach-pdf
    lines = ["THIS LETTER HAS BEEN SENT TO YOU FOR GOOD LUCK.",
             "The original is in New England. It has been around the world nine times.",
             "The luck has now been sent to you. You will receive good luck within four days of",
             "receiving this letter, provided you in turn send it on.",
             "This is no joke. You will receive it in the mail. Send copies to people you think need",
             "good luck. Do not send money, as fate has no price. Do not keep this letter.",
             "It must leave your hands within 96 hours.",
             "An RAF officer received $70,000. Joe Elliot received $40,000 and lost it because he broke",
             "the chain. While in the Philippines, Gene Welch lost his wife six days after receiving",
             "this letter. He failed to circulate the letter.",
             "Please send twenty copies and see what happens in four days.",
             "The chain comes from Venezuela and was written by Saul Anthony de Groda, a missionary from",
             "South America. Since the copy must tour the world, you must make twenty copies and send",
             "them to friends and associates. After a few days you will get a surprise.",
             "Constantine Dias received the chain in 1953. He asked his secretary to make twenty copies",
             "and send them out. A few days later he won a lottery of two million dollars.",
             "Remember: send no money. Do not ignore this. IT WORKS."]
    body = ("hiya, my nan printed this and gave it me lol, i scanned it. read it then send it to 20 people "
            "ok, i dont want bad luck before my exams\n\ntia\n")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("application/pdf", pdf(lines, "Luck"), "good luck letter.pdf")],
                bnd("cl17", "outlook"))
    mail(P, 17, "good-luck-chain", "attach-pdf", "Pupil attaches a scanned 'this letter has been around the world nine times, send twenty copies' good-luck chain",
         "outlook", ("Tia-Rose Hanley", "tia-rose.hanley@students.school.example"),
         [("", "lacey.brennan@students.school.example"), ("", "amira.yusuf@students.school.example"),
          ("", "demi.fairclough@students.school.example"), ("Ms Whelan", "s.whelan@school.example")],
         "good luck letter dont break it", "2026-03-02 10:12:37", ent)

    # 18 recipe swap, inbound multipart-alt (gmail) to parents + school
    body = ("Hi everyone! 🍰\n\n"
            "You've been invited to a recipe exchange! I picked people I think would enjoy it.\n\n"
            "1. Send ONE recipe (your quick favourite, nothing fancy) to the person in position 1 below.\n"
            "2. Copy this email, take my name out of position 1, move position 2 up and put YOUR name in position 2.\n"
            "3. Send it to 20 friends BCC, within 5 days.\n\n"
            "If you can't do it in 5 days please let me know – it's only fair to the others. If everyone keeps "
            "it going you'll get about 36 recipes back!\n\n"
            "1. Kirsty Moran – kirsty.moran@example.com\n"
            "2. Lisa Quigley – lisaq_83@example.net\n\n"
            "Thanks ladies, and Mrs Swann I've put you in because you're always saying you need new tea ideas 😂\n"
            "Lisa (Mason's mum)")
    mail(P, 18, "recipe-swap-chain", "multipart-alt", "Parent sends a recipe-exchange chain (move names up, send to 20 friends in 5 days) to parents and the office",
         "gmail", ("Lisa Quigley", "lisaq_83@example.net"), [OFFICE],
         "Recipe exchange 🍰 please join in!", "2025-10-07 21:19:40", alt(body, "cl18", "gmail"),
         bcc=[("", "mason.parent2@example.com"), ("", "j.ridings@example.org")])

    # 19 secret sister gift exchange pyramid, flowed, staff to staff
    body = ("Hi lovelies!\n\n"
            "Fancy a SECRET SISTER gift exchange for Christmas? You only have to buy ONE gift worth £10 and "
            "you get up to 36 back!\n\n"
            "Send a £10 gift to sister #1 below, then remove her name, move #2 to #1 and put yourself at #2. "
            "Then send this email to 6 ladies. If you can't commit please don't break it for the rest of us "
            "– just let me know and I'll find someone else.\n\n"
            "#1 Bev Lambert, 14 Crowther Street (she's my friend from the gym)\n"
            "#2 Shauna Whelan (send to school, Hope St!)\n\n"
            "You need to send your 6 by Friday.\n\n"
            "Shauna xx\n")
    mail(P, 19, "gift-exchange-pyramid", "flowed", "Key worker starts a 'Secret Sister' £10 gift chain: move names up, send to six women by Friday",
         "thunderbird", SWHELAN,
         [("", "r.ellery@school.example"), ("", "h.bright@school.example"), ("", "k.adebayo@school.example"),
          ("", "p.swann@school.example"), ("", "bev.lambert@example.com"), ("", "n.hussain@school.example")],
         "Secret Sister 🎁 x", "2025-11-27 19:30:05", text(flowed(body), "plain", "UTF-8", "quoted-printable", fl=True))

    # 20 WhatsApp charge, pupil qp
    body = ("Hello, I am Jeff Bezos the CEO of WhatsApp. (not a joke!!)\n\n"
            "From Monday WhatsApp will cost £0.99p per message unless u are an active user. "
            "To show u are active send this msg to 10 people. Ur logo will turn BLUE and u will stay free. "
            "If u dont send it by Saturday ur account will be deleted and u lose all ur chats.\n\n"
            "It was on the news. I only sent it to the people I actually talk to lol\n")
    mail(P, 20, "account-closure-hoax", "qp", "Pupil forwards the 'WhatsApp will charge unless you send this to 10 people' hoax (in email form)",
         "outlook", ("Brandon Sykes", "brandon.sykes@students.school.example"),
         [("", "reece.doyle@students.school.example"), ("", "ellis.carr@students.school.example"),
          ("", "kayden.mills@students.school.example")],
         "whatsapp is gonna cost money!!!", "2025-12-10 14:27:13",
         text(body, "plain", '"iso-8859-1"', "quoted-printable"))

    # 21 Momo inbound parent, html-only
    html = ("<div dir=\"auto\"><b>PLEASE SHARE WITH EVERY PARENT YOU KNOW ‼️</b><br><br>"
            "The Momo thing is BACK and it's worse this time. It's hidden in the middle of Peppa Pig and "
            "Fortnite videos on YouTube. It tells children to hurt themselves and not tell their parents or "
            "their family will die. A girl in Bolton has been rushed to hospital.<br><br>"
            "Check your kids' phones TONIGHT. Then copy this and send it to every parent in your contacts, "
            "every school and every group chat. If it saves one child it's worth it.<br><br>"
            "Can the school send this to all the parents please? Some of them won't have seen it.<br>"
            "Kerry-Ann (Jayden's nan)</div>")
    mail(P, 21, "scare-hoax", "html-only", "Grandparent sends the school a 'Momo is back in kids' videos – copy and send to every parent' scare chain, asking it be circulated",
         "generic", ("Kerry-Ann Okafor", "kerryann.okafor@example.com"), [("Pathways Office", "office@school.example")],
         "SHARE WITH EVERY PARENT", "2026-02-10 07:14:22", text(html, "html", "UTF-8", "quoted-printable"),
         xmailer="Samsung Email")

    # 22 car stickers kidnappers, inline-forward gmail from foster carer, staff forwards on
    orig = ("Ladies please be aware!!! 🚨\n\n"
            "If you find a random sticker on the back of your car (flowers, cartoon characters, anything) "
            "DON'T remove it while you're alone. Gangs are putting stickers on cars outside schools and "
            "nurseries. When you get out to peel it off they snatch you or your child. This happened in "
            "Rochdale last week, the police are aware.\n\n"
            "Please share with every mum and dad you know and keep your doors locked!!")
    body = ("All – passing this on from one of our foster carers, please be careful on the school run "
            "and share it with whoever you can.\n\nMarcus\n\n" +
            fwd_outlook("Maureen Ashworth <mo.ashworth@example.com>", "08 March 2026 18:44",
                      "Fw: please share - stickers on cars", "Marcus Dean <m.dean@school.example>", orig))
    mail(P, 22, "urban-legend", "inline-forward", "Key worker forwards a 'stickers on cars used by kidnappers, share with every parent' legend to staff",
         "outlook", MDEAN, [ALLSTAFF], "FW: Fw: please share - stickers on cars", "2026-03-09 07:40:18",
         text(body, "plain", '"utf-8"', "quoted-printable"))

    # 23 Hotmail closing accounts, base64 (inbound)
    body = ("Dear Outlook/Hotmail user,\n\n"
            "Because of the large number of inactive accounts, Microsoft will be deleting all accounts that "
            "are not in use on 31st January. To show us that your account is ACTIVE please forward this email "
            "to every person on your contact list. If you do not forward this email we will know that you are "
            "not using your account and it will be DELETED.\n\n"
            "Even if you forward to us an email already received we will know your account is in use.\n\n"
            "The Microsoft Team\n\n"
            "--\nForwarded by Gary – I've done mine, do yours!!")
    mail(P, 23, "account-closure-hoax", "base64", "Relative forwards a 'Hotmail will delete inactive accounts unless you forward to every contact' hoax to a teacher",
         "generic", ("Gary Nwosu", "gazza.nwosu@example.net"), [CNWOSU],
         "FW: Microsoft account closure – FORWARD TO KEEP YOUR ACCOUNT", "2026-01-26 20:03:37",
         text(body, "plain", "utf-8", "base64"), xmailer="Mail.ru Mailer 1.0")

    # 24 guardian angel, cp1252 pupil
    body = ("An angel has been sent to watch over you. 👼\n\n"
            "Send this to 7 people in the next 7 minutes and your guardian angel will grant you one wish at "
            "midnight. Don't tell anyone the wish or it won't come true.\n\n"
            "If you delete it your angel will leave you and you'll have 7 years of bad luck.\n\n"
            "I've sent it to the people I care about so dont ignore it!!\n"
            "keeley x")
    mail(P, 24, "good-luck-chain", "cp1252", "Pupil sends a 'send to 7 people in 7 minutes or your guardian angel leaves' chain",
         "outlook", ("Keeley Owusu", "keeley.owusu@students.school.example"),
         [("", "amira.yusuf@students.school.example"), ("", "nevaeh.grant@students.school.example"),
          ("", "lacey.brennan@students.school.example"), ("", "demi.fairclough@students.school.example"),
          ("", "tia-rose.hanley@students.school.example"), ("", "jadyn.okafor@students.school.example"),
          ("Miss Bright", "h.bright@school.example")],
         "an angel for you", "2025-12-15 11:58:10",
         text(body.replace("👼", ":)"), "plain", '"windows-1252"', "quoted-printable"))

    # 25 make a wish scroll down, html-only pupil
    html = ("<html><body><center>"
            "<p><b>MAKE A WISH</b></p>" + "<p>.</p>" * 6 +
            "<p>keep going...</p>" + "<p>.</p>" * 4 +
            "<p>almost there</p>" + "<p>.</p>" * 3 +
            "<p><b>you have made your wish. now send this to 15 people in 10 minutes and it will come true "
            "TOMORROW. if you send it to less than 15 your wish will be cancelled. if you break it you will "
            "have the worst week of your life.</b></p>"
            "<p>this really worked for my cousin, she got a new phone</p>"
            "</center></body></html>")
    mail(P, 25, "wish-chain", "html-only", "Pupil sends a 'scroll down, make a wish, send to 15 people in 10 minutes' chain",
         "outlook", ("Nevaeh Grant", "nevaeh.grant@students.school.example"),
         [("", "keeley.owusu@students.school.example"), ("", "amira.yusuf@students.school.example"),
          ("", "demi.fairclough@students.school.example")],
         "make a wish!!!!", "2026-01-09 15:02:29", text(html, "html", '"utf-8"', "7bit"))

    # 26 Craig Shergold-style business card appeal, rfc822-forward to outside contacts
    inner = ("Dear friends and colleagues,\n\n"
             "Danny Whitworth is a 9-year-old boy with an inoperable brain tumour. Before he dies he wishes to "
             "enter the Guinness Book of Records for receiving the most business cards. Please send a business "
             "card to:\n\n  Danny Whitworth, c/o Children's Wish Trust, PO Box 118, Stockport\n\n"
             "and then FORWARD THIS MESSAGE to at least 10 other companies or organisations. Please do not break "
             "the chain – he is running out of time.\n")
    raw = inner_msg(A("Janice Morrow", "j.morrow@stmatthews-academy.example"), [A("", "heads-network@example.org")],
                    "A dying boy's last wish - please send a business card", "2026-02-02 09:10:00", inner, "cl26inner")
    body = ("Dear colleagues,\n\nPlease see the attached, which reached me via the heads' network. We have "
            "posted one of our cards – I'd be grateful if you could do the same and send it on to ten other "
            "schools or organisations you work with so it keeps moving.\n\nWith thanks,\n\n"
            "Dr Marcia Okonkwo-Reid\nHeadteacher, Pathways Learning Centre")
    ent = multi("mixed", [alt(body, "cl26"), rfc822(raw, "A dying boy's last wish.eml")], bnd("cl26m", "outlook"))
    mail(P, 26, "sick-child-appeal", "rfc822-forward", "Head attaches a 'dying boy wants business cards – forward to ten organisations' chain and sends it to partner schools",
         "outlook", HEAD,
         [("Riverbank High Office", "office@riverbankhigh.example"), ("St Matthew's Academy", "headteacher@stmatthews-academy.example"),
          ("Medbury College Schools Liaison", "schools.liaison@medburycollege.ac.example")],
         "FW: A dying boy's last wish - please send a business card", "2026-02-03 12:41:50", ent)

    # 27 bank holiday petition forward to 100, android mobile
    body = ("FORWARD THIS TO 100 PEOPLE!! If this gets forwarded 100,000 times the government HAS to debate "
            "giving us an extra bank holiday in February because there is none between New Year and Easter. "
            "It's the law. DONT SIGN ANYTHING just forward it and the email gets counted\n\n"
            "Get Outlook for Android")
    mail(P, 27, "forward-petition", "mobile", "Attendance officer forwards a 'forward to 100 people and the government must debate a new bank holiday' chain",
         "outlook", ATT,
         [("", "jase.meakin@example.com"), ("", "k.meakin88@example.net"), ("", "t.kettle@school.example"),
          ("", "w.tully@school.example")],
         "FW: extra bank holiday!! send on", "2026-02-16 17:55:30", text(body, "plain", '"us-ascii"', "7bit"))

    # 28 jdbgmgr teddy bear hoax, reply-quoted reply-all
    orig = ("I'm very sorry but my computer has a virus and because you are in my address book yours probably "
            "does too. It sits quietly for 14 days then wipes your hard drive. Follow these steps:\n"
            "1. Go to Start, then Search, type jdbgmgr.exe\n"
            "2. The file has a little teddy bear icon. DO NOT OPEN IT.\n"
            "3. Right click and delete it, then empty the recycle bin.\n"
            "4. You MUST email everyone in your address book because they will have it too.\n"
            "Sorry for the trouble.\nBrenda")
    body = ("I found the teddy bear one on my laptop!!! Deleted it straight away. Thank you Brenda.\n\n"
            "EVERYONE please check yours and then send this on to all your contacts like it says, we've all "
            "been emailing each other so we'll all have it. IT don't always pick these things up.\n\n"
            "Sofía\n\n"
            "From: Brenda Hulme <brenda.hulme@example.org>\nSent: 27 January 2026 16:10\n"
            "To: Sofía Marín; karen.d@example.com; lesley.o@example.net\n"
            "Subject: Sorry - VIRUS in address book\n\n" + orig)
    mail(P, 28, "virus-hoax", "reply-quoted", "Maths teacher replies-all to the 'jdbgmgr.exe teddy bear virus' hoax, copying staff and telling everyone to send it to all contacts",
         "outlook", SMARIN, [("Brenda Hulme", "brenda.hulme@example.org")],
         "RE: Sorry - VIRUS in address book", "2026-01-27 17:22:44", alt(body, "cl28"),
         cc=[("", "karen.d@example.com"), ("", "lesley.o@example.net"), KINGSMEAD])

    # 29 money chain with xlsx tracker
    sheet = xlsx([["THE £5 CHAIN – keep it going!", "", ""],
                  ["Position", "Name", "Send £5 to (PayPal/bank)"],
                  [1, "Debs H", "debs.h@example.com"], [2, "Carla M", "carla.m99@example.net"],
                  [3, "Sue R", "sue.r@example.org"], [4, "Tina W", "tinaw@example.com"],
                  [5, "Imran S", "i.sadiq@school.example"],
                  ["", "", ""],
                  ["HOW IT WORKS: send £5 to position 1, delete them, move everyone up, add yourself at 5, send to 10 people. "
                   "When you reach position 1 you get £5 x 10,000 = £50,000. It's legal, it's a gift.", "", ""]],
                 "Chain")
    body = ("Lads,\n\nI know, I know. But my cousin swears by it and it's a fiver. Spreadsheet attached – "
            "send a fiver to Debs at number 1, take her off, move everyone up and put yourself at 5, then "
            "send the sheet to ten people. Don't be the one who breaks it 😄\n\nImran")
    ent = multi("mixed", [alt(body, "cl29"),
                          att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet, "five pound chain.xlsx")],
                bnd("cl29m", "outlook"))
    mail(P, 29, "money-chain", "attach-xlsx", "Business manager circulates a '£5 chain' spreadsheet: pay position 1, move up, send to ten people",
         "outlook", BM, [WTULLY, CNWOSU, MDEAN, ("", "rizwan.sadiq@example.com")],
         "the fiver thing 😂", "2026-03-13 16:37:11", ent)

    # 30 zipped e-card chain
    card = ("~*~ A CHRISTMAS WISH FOR YOU ~*~\n\n"
            "This Christmas angel has visited 4,000 homes. Pass her to 12 friends before midnight on "
            "Christmas Eve and you will have health and money all next year.\n"
            "Keep her and do not send her on and you will have 12 months of bad luck, one for each friend "
            "you didn't send her to.\n\n"
            "Open the pictures, then send the zip to 12 people. DON'T BREAK THE CHAIN!\n")
    z = zbytes([("Christmas Angel/READ ME FIRST.txt", card), ("Christmas Angel/angel.txt", "    *\n   /o\\\n  /___\\\n   | |\n")], (2025, 12, 18, 19, 2, 0))
    body = ("Merry Xmas everyone!! 🎄 Forgive the chain – opened it this morning and now I've got to send it "
            "to 12 of you before midnight, don't shoot the messenger! Pass it on xx\n\nKerry")
    ent = multi("mixed", [text(body, "plain", '"utf-8"', "quoted-printable"),
                          att("application/x-zip-compressed", z, "Christmas Angel.zip")], bnd("cl30", "outlook"))
    mail(P, 30, "good-luck-chain", "zip", "Data lead sends a zipped 'Christmas angel – pass to 12 friends before midnight or 12 months' bad luck' chain",
         "outlook", DATA, [HOPE, ("", "k.adebayo.home@example.com"), ("", "funmi.a@example.net")],
         "🎄 pass it on!", "2025-12-19 08:12:46", ent)

# ---------------------------------------------------------------- negatives
def cl_negatives():
    # 1 IT phishing warning, multipart-alt
    body = ("Dear colleagues,\n\n"
            "This morning a number of staff received an email that appears to come from \"Medbury Council Payroll\" "
            "with the subject \"Your December payslip is ready – action required\". It asks you to sign in to view "
            "your payslip. It is a phishing email. The link goes to a fake Microsoft sign-in page.\n\n"
            "What to do:\n"
            "• Do NOT click the link or open the attachment.\n"
            "• Do NOT forward it to colleagues to 'warn' them – that just spreads it further. We have already "
            "notified all accounts.\n"
            "• Use the Report button in Outlook (or send it as an attachment to ictsupport@school.example) and then delete it.\n"
            "• If you did enter your password, change it straight away at https://mysignins.example and ring "
            "us on ext. 214 – no one will be in trouble.\n\n"
            "We have blocked the sender and the link at the firewall. Payslips are only ever available through "
            "the usual HR portal.\n\n"
            "Thanks,\nSam Whitlock\nICT Support – Pathways Learning Centre\n")
    mail(N, 1, "it-phishing-warning", "multipart-alt", "ICT support warns all staff about a real payroll phishing email: do not forward, report and delete",
         "outlook", ICT, [ALLSTAFF], "Phishing alert – fake payslip email (do not forward)", "2025-12-03 10:14:52",
         alt(body, "cn1"))

    # 2 PSHE lesson plan on chain letters, attach-docx
    doc = docx([("h", "PSHE Year 9/10 – Lesson 4: Hoaxes, chain messages and online pressure"),
                "Learning objectives: recognise the features of a chain message or hoax; understand why they cause anxiety; know how to respond and who to tell.",
                "Starter (10 min): show the example on slide 2 (below). Ask: who wrote this? What does it want you to do? How does it make you feel?",
                "Example (for discussion only – do not send to pupils electronically): \"Send this to 10 people in 10 minutes or you will have bad luck for 10 years. A girl ignored it and her house burned down.\"",
                "Main activity (25 min): in pairs, sort the cards into 'genuine warning', 'hoax' and 'not sure'. Features to spot: a deadline, a threat or a reward, no named source, 'forward to everyone', 'it was on the news'.",
                "Discussion: threats in chain messages are not real, but the worry is. Pupils should never feel they have to pass something on. They can delete it, block the sender, or show a trusted adult.",
                "Plenary: write one sentence of advice to a Year 7 pupil who has just received a scary chain message.",
                "Safeguarding note: some pupils may disclose that they have received threatening messages. Follow the usual procedure and log on CPOMS."],
               author="Dev Patel", title="PSHE L4 hoaxes")
    body = ("Hi both,\n\nAttached is the PSHE plan for next week on chain messages and hoaxes, following the "
            "upset at Kingsmead with the curse message that went round Year 8. Please have a look before "
            "Tuesday – I've kept the example on the slide deliberately mild. Happy to team-teach the Foundry "
            "group if anyone would like.\n\nDev")
    ent = multi("mixed", [alt(body, "cn2"),
                          att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "PSHE L4 - hoaxes and chain messages.docx")],
                bnd("cn2m", "outlook"))
    mail(N, 2, "pshe-lesson", "attach-docx", "PSHE lead shares a lesson plan about recognising chain messages and hoaxes (quotes a mild example)",
         "outlook", DPATEL, [DDSL2, DDSL1], "PSHE next week - chain messages lesson", "2026-01-23 13:40:09", ent)

    # 3 letter to parents, pass on to other carers, html-only
    html = ("<html><body style=\"font-family:Arial;font-size:11pt\">"
            "<p><img alt=\"Pathways Learning Centre\" src=\"cid:logo\" width=\"160\"></p>"
            "<p>Dear Parents and Carers,</p>"
            "<p><b>Spring term 2026 – key dates</b></p>"
            "<ul><li>Term starts: Monday 5 January (taxis run as normal)</li>"
            "<li>Parents' review mornings: Thursday 12 February, all three sites</li>"
            "<li>Half term: Monday 16 – Friday 20 February</li>"
            "<li>Year 11 mock results: Wednesday 4 March</li>"
            "<li>Term ends: Friday 27 March, 1.15pm finish</li></ul>"
            "<p>If your child lives between two homes, or has a grandparent, foster carer or other adult who "
            "helps with drop-offs, please pass this letter on to them so everybody has the same dates. "
            "If someone else should receive our letters directly, just ask them to ring the office.</p>"
            "<p>Kind regards,<br>Pauline Swann<br>Office Manager</p>"
            "<p style=\"font-size:9pt;color:#666\">Pathways Learning Centre · Kingsmead · Foundry Lane · Hope Street</p>"
            "</body></html>")
    mail(N, 3, "parent-letter", "html-only", "Office letter to parents with spring term dates, asking them to pass it to other carers",
         "generic", OFFICE, [("Parents and Carers", "office@school.example")], "Spring term dates – please share with other carers",
         "2025-12-12 14:30:00", text(html, "html", "utf-8", "quoted-printable"),
         bcc=[("", "parent.list1@example.com"), ("", "parent.list2@example.net"), ("", "carer.hd@example.org")],
         xmailer="ParentMail Connect 4.2")

    # 4 food chain science worksheet, attach-docx? -> attach-pdf
    lines = ["Science - Ecosystems - Food chains and food webs", "",
             "1. A food chain shows how energy passes from one living thing to another.",
             "   grass -> rabbit -> fox",
             "2. Label the producer, the primary consumer and the secondary consumer.",
             "3. Make your own food chain from the pond picture: algae, water flea, stickleback, heron.",
             "4. What would happen to the heron if the sticklebacks died out?",
             "5. Extension: join three food chains together to make a food web.",
             "", "Key words: producer, consumer, predator, prey, energy transfer"]
    body = ("Hi Kayden,\n\nHere's the food chains sheet we started on Tuesday. Have a go at questions 3 and "
            "4 at home if you can and bring it in on Thursday. No worries if you get stuck on the "
            "extension - we'll do it together.\n\nMr Nwosu")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("application/pdf", pdf(lines, "Food chains"), "Food chains worksheet.pdf")],
                bnd("cn4", "outlook"))
    mail(N, 4, "food-chain-lesson", "attach-pdf", "Science teacher sends a pupil a food-chains worksheet",
         "outlook", CNWOSU, [("Kayden Mills", "kayden.mills@students.school.example")], "Food chains sheet", "2025-11-06 15:22:40", ent)

    # 5 paper chain decorations, mobile
    body = ("Ruth can you grab the rest of the coloured card from the Foundry cupboard? The Y7s want to finish "
            "the paper chains for the hall tomorrow and we're nearly out. Glue sticks too if there are any left x\n\n"
            "Sent from my iPhone")
    mail(N, 5, "paper-chains", "mobile", "Short phone message asking a colleague for card to finish Christmas paper chains",
         "apple", SWHELAN, [RELLERY], "Paper chains", "2025-12-08 16:51:03", text(body, "plain", "us-ascii", "7bit"))

    # 6 catering supply chain delay, qp inbound
    body = ("Dear Customer,\n\n"
            "Due to ongoing disruption in our supply chain, some lines on your Thursday delivery will be "
            "substituted or short-delivered this week. Affected items: wholemeal wraps (sub: white wraps), "
            "semi-skimmed milk 2L (reduced to 6 units), and seasonal fruit pots.\n\n"
            "We apologise for any inconvenience. Your account manager will credit any short deliveries "
            "automatically on your next invoice. Please forward this notice to your kitchen team so they can "
            "plan menus accordingly.\n\n"
            "Kind regards,\nCustomer Services\nNorthStar Catering Supplies Ltd\n0161 496 0733\n")
    mail(N, 6, "supply-chain", "qp", "Catering supplier's notice of supply-chain substitutions, asking it be forwarded to the kitchen team",
         "generic", ("NorthStar Catering Supplies", "customerservices@northstar-catering.example"), [BM],
         "Delivery update – supply chain disruption w/c 19 January", "2026-01-19 06:30:02",
         text(body, "plain", "utf-8", "quoted-printable"), xmailer="Dynamics 365")

    # 7 Children in Need fundraising, multipart-alt
    body = ("Hi everyone,\n\n"
            "Friday 14 November is Children in Need. The school council have planned:\n\n"
            "• Non-uniform day – £1 donation, bring it to your site office\n"
            "• Pudsey cake sale at Foundry Lane at break (bakers needed – see Hannah)\n"
            "• Staff sponsored walk from Kingsmead to Hope Street after school\n\n"
            "If you're doing the walk, the sponsorship page is on the staff noticeboard. You're very welcome "
            "to share it with your own family and friends if you'd like to, but there's absolutely no "
            "pressure.\n\n"
            "Thanks!\nHannah & the school council")
    mail(N, 7, "charity-event", "multipart-alt", "Key worker announces Children in Need non-uniform day, cake sale and a staff sponsored walk",
         "outlook", HBRIGHT, [ALLSTAFF], "Children in Need – Friday 14th 🐻", "2025-11-07 12:05:33", alt(body, "cn7"))

    # 8 newsletter, html-only
    html = ("<html><head><meta charset=\"utf-8\"></head><body>"
            "<table width=\"600\" align=\"center\" style=\"font-family:Verdana;font-size:13px\"><tr><td>"
            "<h2 style=\"color:#1d5c8c\">Pathways News – February 2026</h2>"
            "<h3>From the Headteacher</h3><p>What a half term! Attendance across the three sites is up again, "
            "and our Year 11s have been out on college taster days. Thank you to all the families who came to "
            "review mornings.</p>"
            "<h3>Online safety corner</h3><p>A few pupils have been worried by scary 'send this on or else' "
            "messages. These messages are made up. If your child gets one, reassure them, help them block "
            "the sender and don't pass it on. Our key workers are happy to talk it through.</p>"
            "<h3>Dates</h3><p>Half term: 16–20 February. World Book Day: 5 March. Y11 mocks results: 4 March.</p>"
            "<h3>Foundry Lane construction group</h3><p>The group built two planters for the Hope Street garden "
            "– photos on the website.</p>"
            "<p>Best wishes,<br>Dr M. Okonkwo-Reid</p></td></tr></table></body></html>")
    mail(N, 8, "newsletter", "html-only", "Monthly parent newsletter including online-safety advice about 'send this on' messages",
         "generic", HEAD, [("Pathways Families", "newsletter@school.example")], "Pathways News – February 2026",
         "2026-02-13 15:45:00", text(html, "html", "utf-8", "base64"),
         bcc=[("", "parent.list1@example.com"), ("", "parent.list2@example.net")], xmailer="ParentMail Connect 4.2")

    # 9 genuine pupil council petition, hard-wrapped outbound
    body = ("Dear Councillor Harper,\n\n"
            "I am writing on behalf of the student council at the Foundry Lane site of Pathways Learning "
            "Centre. Our students have organised a petition asking the council to install a pedestrian "
            "crossing on Foundry Lane outside the main gate, where the road bends and cars come round "
            "fast. There have been two near misses this term.\n\n"
            "The petition was signed on paper in school by 41 students, 19 staff and 23 parents over two "
            "weeks. Students also carried out a traffic count on 3 and 4 February, which is summarised "
            "in the attached note. The original signed sheets are held in school and we would be pleased "
            "to hand them over at your surgery, or to have two students present them at the next "
            "Highways committee if that is possible.\n\n"
            "Thank you for considering this. The students would be delighted if you could visit.\n\n"
            "Yours sincerely,\n\nNadia Hussain\nSite Lead, Foundry Lane\nPathways Learning Centre\n")
    mail(N, 9, "real-petition", "hard-wrapped", "Site lead writes to a councillor about the pupils' paper petition for a pedestrian crossing",
         "generic", DDSL1, [("Cllr Jean Harper", "jean.harper@medbury.gov.example")], "Student petition – crossing on Foundry Lane",
         "2026-02-09 11:02:18", text(wrap(body, 74), "plain", "us-ascii", "7bit"), cc=[HEAD], xmailer="Microsoft Outlook 16.0")

    # 10 thank-you round robin, plain
    body = ("Dear all,\n\n"
            "I just wanted to say a proper thank you. The inspectors left yesterday afternoon and while we "
            "won't have the report for a few weeks, the feedback they gave about the relationships between "
            "staff and pupils was the best I have heard in twenty years.\n\n"
            "Special thanks to the office team who rearranged three sites' worth of timetable at an hour's "
            "notice, to Jason for the attendance evidence, and to everyone who stayed late on Tuesday.\n\n"
            "There are cakes in every staffroom. Please eat them.\n\n"
            "Marcia\n")
    mail(N, 10, "thank-you-roundrobin", "plain-7bit", "Head's thank-you email to all staff after an inspection",
         "generic", HEAD, [ALLSTAFF], "Thank you", "2026-03-05 07:45:03", text(body, "plain", "us-ascii", "7bit"),
         xmailer="Microsoft Outlook 16.0")

    # 11 DSL briefing on viral challenge hoax, flowed internal
    body = ("Colleagues,\n\n"
            "Some of you will have seen messages circulating among parents about a so-called 'challenge' "
            "supposedly hidden in children's videos. We have had two calls at Kingsmead today.\n\n"
            "Our position, in line with the LA online safety team and UKCIS guidance:\n\n"
            "1. Do not name the challenge to pupils or show images of it. Naming it sends children looking.\n"
            "2. Please do not forward the scare messages, including to parents. They are unverified and "
            "cause more harm than good.\n"
            "3. If a pupil raises it, reassure them, remind them they can talk to any adult, and record "
            "anything specific on CPOMS as usual.\n"
            "4. Parents who ask: point them to the general online safety advice in the newsletter.\n\n"
            "Any actual concern about a child's safety online comes to me or Nadia/Tom as normal.\n\n"
            "Thanks,\nGareth\n\nGareth Pryce\nDeputy Headteacher & DSL\n")
    mail(N, 11, "dsl-hoax-briefing", "flowed", "DSL briefs staff on a viral scare hoax: don't name it, don't forward scare messages",
         "thunderbird", DSL, [ALLSTAFF], "Viral 'challenge' messages – guidance for staff", "2026-02-10 15:48:27",
         text(flowed(body), "plain", "UTF-8", "7bit", fl=True))

    # 12 parent asks about kidnap stickers; head replies hoax - reply-quoted
    orig = ("Hi, sorry to bother you. I've been sent a message saying people are putting stickers on cars "
            "outside schools so they can grab kids when the parent gets out. Is this true? Have the police "
            "said anything? My son gets the taxi but I'm still worried.\n\nThanks, Gemma")
    body = ("Dear Ms Rigby,\n\n"
            "Thank you for asking – it is always better to check. That message has been going round for "
            "several years and our police liaison officer has confirmed there is no truth in it. There "
            "are no reports of anything like it locally.\n\n"
            "Please don't worry, and there's no need to pass it on. If anything does worry you on the "
            "school run, ring the office and we will always follow it up.\n\n"
            "Kind regards,\nMarcia Okonkwo-Reid\nHeadteacher\n\n"
            "On Mon, 9 Mar 2026 at 08:12, Gemma Rigby <gemma.rigby@example.com> wrote:\n" + quote(orig))
    mail(N, 12, "hoax-debunk-reply", "reply-quoted", "Head reassures a parent that the 'stickers on cars' message is a hoax, no need to pass it on",
         "outlook", HEAD, [("Gemma Rigby", "gemma.rigby@example.com")], "RE: stickers on cars??", "2026-03-09 12:30:41",
         text(body, "plain", '"utf-8"', "quoted-printable"), irt="<CAMq2pHs7vRUY0dyjnF5K2xL8g3eZzT1bQ@mail.gmail.com>")

    # 13 snow closure phone cascade, attach-xlsx internal
    sheet = xlsx([["Severe weather staff cascade – Kingsmead", "", ""],
                  ["Caller", "Rings", "Then rings"],
                  ["Tom Kettle", "Janet Ollerton", "Chris Nwosu"],
                  ["Janet Ollerton", "Pauline Swann", "Marcus Dean"],
                  ["Chris Nwosu", "Sofía Marín", "Dev Patel"],
                  ["", "", ""],
                  ["If you can't reach someone after two tries, text them and ring the next person on their line. "
                   "Last person on each line texts Tom when done.", "", ""]], "Cascade")
    body = ("Hi Kingsmead team,\n\nWith snow forecast from Wednesday, attached is the updated phone cascade "
            "in case we need to close or delay opening. The decision will be made by 6.30am and posted on the "
            "website and the parents' text service at the same time. Please check your line and let me know by "
            "Tuesday if your number has changed (it's on the staff contact sheet, not in here).\n\nTom")
    ent = multi("mixed", [alt(body, "cn13"),
                          att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet, "Kingsmead cascade Jan 26.xlsx")],
                bnd("cn13m", "outlook"))
    mail(N, 13, "phone-cascade", "attach-xlsx", "Site lead shares the snow-closure staff phone cascade (who rings whom)",
         "outlook", DDSL2, [KINGSMEAD], "Snow – staff cascade", "2026-01-05 16:20:11", ent)

    # 14 exam board chain of custody, latin1 inbound
    body = ("Dear Exams Officer,\n\n"
            "Centre: 47219 - Pathways Learning Centre\n\n"
            "This is a reminder that the secure storage and chain of custody requirements for the summer "
            "series apply from the date question papers are delivered. Please ensure:\n\n"
            "- papers are logged on receipt and stored unopened in the secure room;\n"
            "- only authorised staff hold keys, and access is recorded;\n"
            "- scripts are kept secure until collected by the Parcelforce Yellow Label service.\n\n"
            "The updated Instructions for Conducting Examinations are available on the centre portal. "
            "Please share this notice with your head of centre and invigilation lead.\n\n"
            "Regards,\nCentre Support Team\nNorthern Examinations Board\n\n"
            "This e-mail and any attachments are confidential. If you have received it in error please "
            "notify the sender. Registered in England No. 02234567. © NEB 2026\n")
    mail(N, 14, "exam-custody", "latin1", "Exam board reminder about secure storage and chain of custody of papers",
         "generic", ("NEB Centre Support", "centre.support@northernexams.example"), [DATA],
         "Summer 2026: secure storage and chain of custody", "2026-03-11 09:00:00",
         text(body, "plain", "iso-8859-1", "quoted-printable"), xmailer="NEB Centre Comms")

    # 15 secret santa, cp1252 internal
    body = ("Hi all,\n\n"
            "Secret Santa is ON! Reply to me by Friday if you want in and I'll draw names at lunch on Monday "
            "and send you who you've got. £10 limit – nothing rude please, the Hope Street lot remember last year.\n\n"
            "Gifts under the tree in the Kingsmead staffroom by Thursday 18th, we'll open them at the staff do.\n\n"
            "Pauline")
    mail(N, 15, "secret-santa", "cp1252", "Office manager organises the staff Secret Santa (£10 limit, names drawn centrally)",
         "outlook", OFFICE, [ALLSTAFF], "Secret Santa 2025 – £10 limit", "2025-11-28 12:44:08",
         text(body, "plain", '"windows-1252"', "quoted-printable"))

    # 16 escalation chain for attendance, plain
    body = ("Hi Jason,\n\n"
            "Following our meeting, here's the escalation chain we agreed for pupils who are dual-registered "
            "with a home school:\n\n"
            "Day 1 absence – first-day call by site office; key worker informed.\n"
            "Day 2 – home visit by key worker or Jason; home school attendance lead emailed.\n"
            "Day 3 – DSL informed; if no contact, welfare check request to police / children's services.\n"
            "Ongoing – weekly attendance summary to the home school every Friday.\n\n"
            "Can you check it fits with the LA's new guidance and I'll put it in the handbook.\n\n"
            "Cheers,\nGareth\n")
    mail(N, 16, "escalation-chain", "plain-7bit", "DSL sends the attendance officer the agreed escalation chain for absences",
         "generic", DSL, [ATT], "Attendance escalation chain", "2025-09-16 14:01:31", text(body, "plain", "us-ascii", "7bit"),
         xmailer="Microsoft Outlook 16.0")

    # 17 pupil creative writing about a chain letter, base64
    body = ("Sir here is my story for the assessment, sorry its late\n\n"
            "THE LETTER\n\n"
            "It came at 11:47 on a Tuesday night. \"Send this to 10 people or you'll be next.\" Mia looked "
            "at it for ages. She thought about her nan who always said these things were rubbish. She "
            "thought about Jake who got one and then broke his wrist the next week, which was obviously "
            "just because he fell off a wall.\n\n"
            "She didn't send it. She didn't sleep either. Every creak in the house was the thing in the "
            "letter. In the morning she told her mum, who laughed, and then stopped laughing when she saw "
            "how tired Mia was. They deleted it together and blocked the number.\n\n"
            "Nothing happened. That was the scariest part, how much she'd believed it.\n\n"
            "THE END\n\nJadyn")
    mail(N, 17, "pupil-creative-writing", "base64", "Pupil submits a short story about a girl who receives a chain message and doesn't send it",
         "outlook", ("Jadyn Okafor", "jadyn.okafor@students.school.example"), [LFOX], "my story (the letter)",
         "2026-01-30 23:12:05", text(body, "plain", '"utf-8"', "base64"))

    # 18 forward to your TAs, mobile
    body = ("Can you forward this to your TAs pls - cover for Thurs p3/4 is on the board in the Foundry staffroom, "
            "Chris is off at the moderation. Thanks\n\nSent from Outlook for Android")
    mail(N, 18, "internal-cascade", "mobile", "Quick phone note asking teachers to forward cover arrangements to their TAs",
         "outlook", DDSL1, [FOUNDRY], "Cover Thurs", "2026-03-04 07:32:44", text(body, "plain", '"us-ascii"', "7bit"))

    # 19 genuine police community alert forwarded to parents, inline-forward
    orig = ("Dear partners,\n\n"
            "Over the past fortnight we have seen an increase in thefts from vehicles in the Kingsmead and "
            "Crowther Street area, mainly between 6pm and 8am. In most cases the vehicles were left unlocked "
            "or had items on view.\n\n"
            "Please remind your communities to lock vehicles, remove valuables, and report anything "
            "suspicious on 101 or online. In an emergency always call 999.\n\n"
            "Feel free to share this with parents and staff through your normal channels.\n\n"
            "PCSO 7731 Aisha Rahman\nMedbury North Neighbourhood Policing Team")
    body = ("Dear Parents and Carers,\n\nPlease see below a message from our Neighbourhood Policing Team.\n\n"
            "Kind regards,\nKingsmead Site Office\n\n" +
            fwd_outlook("Medbury North NPT <medburynorth.npt@northshire.police.example>", "12 January 2026 10:02",
                        "Vehicle crime – Kingsmead area", "Pathways Office <office@school.example>", orig))
    mail(N, 19, "police-alert", "inline-forward", "Office forwards a genuine neighbourhood police alert about vehicle crime to parents",
         "outlook", OFFICE, [("Parents and Carers", "office@school.example")], "FW: Vehicle crime – Kingsmead area",
         "2026-01-12 13:15:26", alt(body, "cn19"), bcc=[("", "parent.list1@example.com"), ("", "parent.list3@example.org")])

    # 20 staff collection card, qp
    body = ("Hi everyone,\n\n"
            "As many of you know, Wayne's dad passed away last week. There's a card going round – it's in "
            "the Foundry Lane office today and will go to Kingsmead tomorrow and Hope Street on Thursday, "
            "so please sign it when it reaches you and pass it on to the next site. There's also an envelope "
            "for a collection if you'd like to contribute towards flowers; completely optional.\n\n"
            "Thank you,\nKerry")
    mail(N, 20, "staff-card", "qp", "Staff sympathy card and optional collection passed between sites",
         "outlook", DATA, [ALLSTAFF], "Card for Wayne", "2026-02-23 09:03:57", text(body, "plain", '"utf-8"', "quoted-printable"),
         bcc=[])

    # 21 genuine police missing-person notice, attach-pdf inbound
    lines = ["MISSING PERSON - PLEASE CONTACT POLICE IF SEEN", "",
             "Log: NS-20260131-0442", "Name: Connor W., aged 15",
             "Last seen: 30 January 2026, 19:30, Crowther Street area",
             "Description: white, slim, 5'8\", short brown hair; grey tracksuit, black puffer jacket.",
             "If seen do not approach - call 999 quoting the log number.", "",
             "Northshire Police - Missing from Home team"]
    body = ("Gareth,\n\nAs discussed on the phone, attached is the missing person notice for Connor. "
            "Please share it with staff on the Kingsmead site only, so they know to call us straight away "
            "if he turns up at school or they see him on the way in. Please don't circulate it further – "
            "we'll issue a public appeal ourselves if it becomes necessary.\n\n"
            "DC Laura Fenwick\nMissing from Home Team, Northshire Police\n")
    ent = multi("mixed", [text(body, "plain", "utf-8", "8bit"), att("application/pdf", pdf(lines, "Missing person notice"), "MFH notice NS-20260131-0442.pdf")],
                bnd("cn21", "generic"))
    mail(N, 21, "police-missing-notice", "attach-pdf", "Police send the DSL a genuine missing-person notice for staff only, asking it not be circulated further",
         "generic", ("DC Laura Fenwick", "laura.fenwick@northshire.police.example"), [DSL],
         "Missing from home – Connor W – notice for staff", "2026-01-31 09:48:20", ent)

    # 22 e-safety parents section about chain messages, multipart-alt
    body = ("Dear Parents and Carers,\n\n"
            "Online safety: 'chain messages'\n\n"
            "We have noticed a rise in chain messages between pupils – the kind that say 'send this to 10 "
            "people or something bad will happen'. They are made up, but they can really frighten young "
            "people, especially those who already struggle with anxiety.\n\n"
            "What you can do:\n"
            "- Tell your child it's fine not to send them on. Nothing will happen.\n"
            "- Help them delete the message and, if it came from someone they don't know, block them.\n"
            "- If the message contained threats, images or anything upsetting, let their key worker know.\n\n"
            "We are covering this in PSHE this half term.\n\n"
            "Best wishes,\nDev Patel, PSHE Lead")
    mail(N, 22, "esafety-advice", "multipart-alt", "PSHE lead's e-safety advice to parents about chain messages among pupils",
         "outlook", DPATEL, [("Parents and Carers", "office@school.example")], "Online safety – chain messages",
         "2026-01-26 16:10:00", alt(body, "cn22"), bcc=[("", "parent.list1@example.com"), ("", "parent.list2@example.net")])

    # 23 LA bulletin please cascade, rfc822-forward
    inner = ("Dear Headteachers and Designated Safeguarding Leads,\n\n"
             "Please find below this week's Inclusion Bulletin.\n\n"
             "1. Fair Access Panel dates for the summer term are now published.\n"
             "2. The updated Alternative Provision Quality Framework consultation closes on 20 March.\n"
             "3. Free training: Emotionally Based School Avoidance (EBSA) – 17 March, 3.30pm, Teams.\n\n"
             "Please cascade to relevant staff in your setting.\n\n"
             "Inclusion Service, Medbury City Council\n")
    raw = inner_msg(A("Medbury Inclusion Service", "inclusion@medbury.gov.example"), [A("", "schools-bulletin@medbury.gov.example")],
                    "Inclusion Bulletin – week 10", "2026-03-06 08:00:00", inner, "cn23inner")
    body = ("Rebecca, Jason – the EBSA training on the 17th looks useful for both of you, and Kerry might want "
            "the consultation. Marcia\n")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), rfc822(raw, "Inclusion Bulletin – week 10.eml".replace("–", "-"))],
                bnd("cn23", "outlook"))
    mail(N, 23, "la-bulletin", "rfc822-forward", "Head forwards the LA inclusion bulletin ('please cascade to relevant staff') as an attachment",
         "outlook", HEAD, [SENCO, ATT], "FW: Inclusion Bulletin – week 10", "2026-03-06 12:17:30", ent, cc=[DATA])

    # 24 college open evening, forward to Y11s, cp1252 html inbound
    html = ("<html><body style=\"font-family:Segoe UI\"><p>Dear Colleagues,</p>"
            "<p>Medbury College warmly invites your Year 11 learners and their families to our <b>Spring Open "
            "Evening</b> on Wednesday 25 March, 4.30–7.30pm, at the Oxford Road campus.</p>"
            "<p>Our Foundation Learning and Inclusion team will be on hand for young people who are coming "
            "from alternative provision – they can book a quiet tour from 4pm.</p>"
            "<p>Please forward this invitation to your Year 11 tutors and learners.</p>"
            "<p>Best regards,<br>Schools Liaison Team<br>Medbury College</p></body></html>")
    mail(N, 24, "college-invite", "html-only", "College invites Year 11s to an open evening, asks staff to forward to tutors and learners",
         "generic", ("Medbury College Schools Liaison", "schools.liaison@medburycollege.ac.example"), [DATA, DDSL1],
         "Spring Open Evening – Wednesday 25 March", "2026-02-27 10:30:00", text(html, "html", "windows-1252", "quoted-printable"),
         xmailer="Microsoft Outlook 16.0")

    # 25 reply-all storm, reply-quoted
    orig = ("Sorry wrong list!\n\n> Does anyone have a spare HDMI lead?")
    body = ("Please can everyone stop replying to all on this thread – 140 people are getting every reply. "
            "If you need to say something to Chris, email him directly.\n\n"
            "Sam (ICT)\n\n"
            "-----Original Message-----\nFrom: Sofía Marín <s.marin@school.example>\nSent: 04 February 2026 10:41\n"
            "To: All Staff <allstaff@school.example>\nSubject: RE: HDMI\n\n" + orig)
    mail(N, 25, "reply-all-storm", "reply-quoted", "ICT asks staff to stop replying-all on an HDMI-lead thread",
         "outlook", ICT, [ALLSTAFF], "RE: HDMI", "2026-02-04 10:53:12", text(body, "plain", '"utf-8"', "quoted-printable"))

    # 26 pay it forward kindness week, flowed
    body = ("Hi all,\n\n"
            "Next week is Kindness Week. The idea is simple: each tutor group picks one kind thing to do for "
            "someone else in the school – cards for the kitchen staff, litter pick at Hope Street, helping "
            "the Y7s with the garden. We're calling it 'Pay it forward' because each group will pass the "
            "kindness baton (an actual baton – thanks Wayne) to another group at the end of their day.\n\n"
            "No money, no messages to send on – just do something nice and tell us about it. Photos to me "
            "for the newsletter please (pupils with photo consent only).\n\n"
            "Hannah\n")
    mail(N, 26, "kindness-week", "flowed", "Key worker launches a school-run 'pay it forward' kindness week (a physical baton, no messages)",
         "thunderbird", HBRIGHT, [ALLSTAFF], "Kindness Week – pay it forward!", "2026-02-02 08:20:19",
         text(flowed(body), "plain", "UTF-8", "quoted-printable", fl=True))

    # 27 bike chain DT order csv outbound
    csvd = csvtext([["Product code", "Description", "Qty", "Unit price", "Line total"],
                    ["BC-116-08", "Bike chain 1/2 x 1/8 single speed, 116 links", "6", "7.49", "44.94"],
                    ["CT-020", "Chain splitter tool", "3", "5.95", "17.85"],
                    ["LB-500", "Chain lube 500ml", "2", "6.20", "12.40"],
                    ["TL-KIT-2", "Tyre lever set (3)", "6", "1.80", "10.80"]])
    body = ("Hi,\n\nPlease find attached our order for the bike maintenance course at Foundry Lane. Our PO number "
            "is PLC-2026-0147. Delivery to: Foundry Lane site, FAO Wayne Tully.\n\nInvoice to the finance office as usual.\n\n"
            "Thanks,\nWayne Tully\nDT & Vocational Lead\n")
    ent = multi("mixed", [text(body, "plain", "us-ascii", "7bit"), att("text/csv", csvd.encode(), "PO PLC-2026-0147.csv")],
                bnd("cn27", "thunderbird"))
    mail(N, 27, "bike-chain-order", "attach-csv", "DT lead orders bike chains and tools for a bike maintenance course",
         "thunderbird", WTULLY, [("Trade Orders", "orders@pedalparts-trade.example")], "Order PLC-2026-0147 – bike chains",
         "2026-01-13 14:02:51", ent, cc=[BM])

    # 28 Bag2School, cp1252
    body = ("Dear Families,\n\n"
            "We are holding a Bag2School collection on Tuesday 3 March. Please fill the bags your child brings "
            "home with unwanted clothes, shoes (in pairs), belts, handbags and bedding, and drop them at any "
            "site office before 9.30am. We are paid by weight, and the money goes towards the Year 11 prom.\n\n"
            "Please tell grandparents, neighbours and friends too – the more bags the better!\n\n"
            "Thank you,\nPathways Office")
    mail(N, 28, "fundraising", "cp1252", "Office asks families to fill Bag2School bags and tell relatives and neighbours",
         "outlook", OFFICE, [("Parents and Carers", "office@school.example")], "Bag2School – Tuesday 3 March",
         "2026-02-25 11:40:00", text(body, "plain", '"windows-1252"', "8bit"), bcc=[("", "parent.list2@example.net")])

    # 29 pupil digital leaders zip of hoax-spotting slides
    z = zbytes([("assembly/01 what is a hoax.txt", "What is a hoax?\n- A message that isn't true\n- Often says SEND THIS ON\n- Tries to scare you or promise you something\n"),
                ("assembly/02 how to spot one.txt", "How to spot one\n1. Is there a deadline?\n2. Is there a threat?\n3. Who actually wrote it?\n4. Check a trusted site\n"),
                ("assembly/03 what to do.txt", "What to do\n- Don't pass it on\n- Delete it / block\n- Tell your key worker if it upset you\n")],
               (2026, 3, 2, 14, 10, 0))
    body = ("hi miss\n\nthis is the stuff for the assembly on fake messages, i put it in a zip because the "
            "school laptop wont let me attach a folder. can we practise on wednesday?\n\nfrom Ellis (digital leader)")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("application/x-zip-compressed", z, "assembly fake messages.zip")],
                bnd("cn29", "outlook"))
    mail(N, 29, "pupil-assembly", "zip", "Pupil digital leader sends zipped assembly notes on spotting hoax messages",
         "outlook", ("Ellis Carr", "ellis.carr@students.school.example"), [SWHELAN], "assembly stuff", "2026-03-02 14:14:52", ent)

    # 30 IT notice, nothing to forward, base64
    body = ("Hi all,\n\n"
            "Microsoft is rolling out a security update to all school laptops tonight. Please leave your laptop "
            "switched on and plugged in at the end of the day. It will restart on its own.\n\n"
            "Every account has received this notice, so there is no need to forward it on. If you see a pop-up "
            "asking for your password during the update, that is NOT us – close it and let us know.\n\n"
            "Thanks,\nICT Support\n")
    mail(N, 30, "it-notice", "base64", "ICT notice of an overnight update; says everyone has it so no need to forward",
         "generic", ICT, [ALLSTAFF], "Tonight: laptop updates", "2025-10-14 12:00:02", text(body, "plain", "utf-8", "base64"),
         xmailer="Microsoft Outlook 16.0")

cl_positives()
cl_negatives()
finish(POLICY)
