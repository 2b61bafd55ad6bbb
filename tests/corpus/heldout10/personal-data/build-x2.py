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
# PERSONAL-DATA POLICY
# ======================================================================
POLICY = "personal-data"
P, N = "positive", "negative"

class Pupil:
    def __init__(self, first, last, dob, yr, site, addr, pc, carer, phone, estab, yy, serial, nseed, useed, email=None):
        self.first, self.last, self.dob, self.yr, self.site = first, last, dob, yr, site
        self.addr, self.pc, self.carer, self.phone = addr, pc, carer, phone
        self.upn = upn(352, estab, yy, serial)
        self.nhs = nhs(nseed)
        self.uln = uln(useed) if yr >= 10 else ""
        self.email = email or "%s.%s@students.school.example" % (first.lower(), last.lower())
    @property
    def name(self):
        return "%s %s" % (self.first, self.last)
    def dobiso(self):
        d, m, y = self.dob.split("/")
        return "%s-%s-%s" % (y, m, d)

PU = {
 "kayden": Pupil("Kayden", "Mills", "14/03/2011", 9, "Kingsmead", "27 Ravensworth Road, Medbury", "M9 8QT", "Sharon Mills (mum)", "07700 900412", 2041, 15, 88, 438172609, 0),
 "tia": Pupil("Tia-Rose", "Hanley", "02/11/2009", 11, "Foundry Lane", "4 Lark Close, Medbury", "M40 5BP", "Kelly Hanley (mum)", "07700 900873", 2187, 14, 203, 461905382, 731840266),
 "ellis": Pupil("Ellis", "Carr", "21/07/2012", 8, "Kingsmead", "118 Crowther Street, Medbury", "M11 2LF", "Pat Carr (grandmother, SGO)", "0161 496 0518", 3302, 16, 41, 472206718, 0),
 "jadyn": Pupil("Jadyn", "Okafor", "09/05/2010", 11, "Foundry Lane", "15 Weaver Court, Medbury", "M18 7HW", "Kerry-Ann Okafor (grandmother)", "07700 900265", 2255, 14, 117, 485530194, 640217395),
 "amira": Pupil("Amira", "Yusuf", "30/01/2011", 10, "Hope Street", "62 Brindle Street, Medbury", "M14 6RN", "Farah Yusuf (mum)", "07700 900731", 2041, 15, 162, 449018823, 588301472),
 "reece": Pupil("Reece", "Doyle", "17/09/2012", 8, "Kingsmead", "9 Millbrook Walk, Medbury", "M22 4AD", "Steven Doyle (dad)", "07700 900118", 2310, 17, 9, 417762035, 0),
 "lacey": Pupil("Lacey", "Brennan", "05/12/2010", 10, "Foundry Lane", "33 Heron Drive, Medbury", "M23 0JS", "Maureen Ashworth (foster carer)", "07700 900654", 4012, 15, 276, 493361407, 802554913),
 "brandon": Pupil("Brandon", "Sykes", "26/06/2010", 11, "Foundry Lane", "71 Tenby Avenue, Medbury", "M8 9EU", "Donna Sykes (mum)", "07700 900389", 2187, 14, 58, 428875510, 915037724),
 "keeley": Pupil("Keeley", "Owusu", "11/04/2011", 10, "Hope Street", "5 Orchard Mews, Medbury", "M12 4WB", "Abena Owusu (mum)", "07700 900947", 2255, 15, 190, 456640021, 467720938),
 "connor": Pupil("Connor", "Walsh", "23/08/2010", 11, "Foundry Lane", "40 Gorse Hill Road, Medbury", "M19 3PL", "Bernadette Walsh (mum)", "07700 900506", 3302, 14, 12, 402917746, 552093186),
 "nevaeh": Pupil("Nevaeh", "Grant", "19/02/2013", 8, "Kingsmead", "88 Moss Lane, Medbury", "M9 5JR", "Chantelle Grant (mum)", "07700 900184", 2310, 17, 133, 464458390, 0),
 "demi": Pupil("Demi", "Fairclough", "08/10/2009", 11, "Hope Street", "2 Fern Bank, Medbury", "M40 9HQ", "Lee Fairclough (dad)", "07700 900295", 2041, 14, 301, 433081957, 380664215),
 "mason": Pupil("Mason", "Quigley", "13/01/2012", 9, "Kingsmead", "21 Lowther Street, Medbury", "M11 4NS", "Lisa Quigley (mum)", "07700 900820", 2187, 16, 77, 419273364, 0),
 "harvey": Pupil("Harvey", "Lund", "29/05/2011", 10, "Foundry Lane", "6 Kestrel Way, Medbury", "M22 8TU", "Joanne Lund (mum)", "07700 900043", 4012, 15, 94, 447509612, 629185047),
 "skye": Pupil("Skye", "Bamber", "03/03/2014", 7, "Kingsmead", "47 Clifton Grove, Medbury", "M8 0DF", "Roxanne Bamber (mum)", "07700 900577", 2255, 18, 220, 481126673, 0),
 "jordan": Pupil("Jordan", "Pike", "15/12/2009", 11, "Foundry Lane", "19 Albion Terrace, Medbury", "M18 8AX", "Neil Pike (dad)", "07700 900698", 3302, 14, 186, 470038815, 471096532),
}

def U(k):
    return PU[k]

def pd_positives():
    k, t, e, j, a, r, l, b = U("kayden"), U("tia"), U("ellis"), U("jadyn"), U("amira"), U("reece"), U("lacey"), U("brandon")
    ke, c, nv, d, m, h, s, jp = U("keeley"), U("connor"), U("nevaeh"), U("demi"), U("mason"), U("harvey"), U("skye"), U("jordan")

    # 1 taxi firm transport list CSV
    rows = [["Pupil", "DOB", "Pick-up address", "Postcode", "Contact", "Contact phone", "Site", "AM", "PM", "Notes for driver/escort"]]
    notes = {
        "kayden": "ADHD - can be impulsive, sit behind passenger seat. Meds given at home.",
        "ellis": "Autistic - needs same driver where possible, warn him of changes. Ear defenders.",
        "reece": "Do NOT release to dad without checking - CIN plan, mum has residence.",
        "nevaeh": "",
        "skye": "Nut allergy - EpiPen in bag",
        "brandon": "EPILEPSY - buccal midazolam in red pouch, escort trained. Call 999 if seizure >5 min.",
        "connor": "Missing episodes - if not at pick-up ring school immediately, do not wait.",
    }
    for key in ("kayden", "ellis", "reece", "nevaeh", "skye", "brandon", "connor"):
        p = PU[key]
        rows.append([p.name, p.dob, p.addr, p.pc, p.carer, p.phone, p.site, "08:15", "15:10", notes[key]])
    body = ("Hi Gail,\n\nAttached is the updated transport list for after half term – new ones are Skye and "
            "Nevaeh, and Connor moves to the Foundry Lane run. Please make sure the drivers and escorts have "
            "the notes column, especially for Brandon.\n\nAny problems give me a ring.\n\n"
            "Jason Meakin\nAttendance & Transport Officer\nPathways Learning Centre\n")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("text/csv", csvtext(rows).encode(), "Pathways transport list Nov 25.csv")],
                bnd("pd1", "outlook"))
    mail(P, 1, "transport-list", "attach-csv", "Attendance officer sends the taxi firm a CSV of pupils with DOBs, home addresses, carer phones and medical/safeguarding notes",
         "outlook", ATT, [("Gail Fletcher", "bookings@citylinkcars.example")], "Updated transport list from 3 Nov",
         "2025-10-31 14:22:05", ent)

    # 2 dual-registration list to referring school xlsx
    rows = [["Dual-registered pupils – Riverbank High – Autumn 2 attendance", "", "", "", "", "", ""],
            ["UPN", "Surname", "Forename", "DOB", "Year", "Attendance %", "Comment"]]
    for p, pct, cm in ((t, 71.4, "EBSA – part-time timetable, CAMHS open"), (b, 88.2, "Seizure on 12/11, 2 days off"),
                       (jp, 54.0, "Refusing since Oct – home visits weekly"), (h, 93.5, "")):
        rows.append([p.upn, p.last, p.first, p.dob, p.yr, pct, cm])
    body = ("Hi Mark,\n\nPlease find attached the half-termly attendance return for your four dual-registered pupils. "
            "Jordan's attendance is a real concern and I'd like to arrange a joint meeting with his dad before "
            "Christmas – could you let me know some dates?\n\nKind regards,\n\nKerry Adebayo\nData & Exams Lead\n")
    ent = multi("mixed", [alt(body, "pd2"),
                          att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              xlsx(rows, "Riverbank"), "Riverbank dual reg Aut2.xlsx")], bnd("pd2m", "outlook"))
    mail(P, 2, "dual-reg-list", "attach-xlsx", "Data lead sends a referring school a spreadsheet of dual-registered pupils with UPNs, DOBs, attendance and welfare comments",
         "outlook", DATA, [("Mark Ollivant", "m.ollivant@riverbankhigh.example")], "Dual registered pupils – attendance Aut 2",
         "2025-12-05 10:48:33", ent, cc=[ATT])

    # 3 SENCo to tutoring agency, pupil profile in body hard-wrapped
    body = ("Hi Priya,\n\n"
            "Thanks for finding a tutor so quickly. As requested, here is the background for the new "
            "placement so they can plan before the first session on Monday.\n\n"
            "Pupil: %s\nDOB: %s   UPN: %s\nHome: %s, %s\nParent: %s, %s\n\n"
            "Ellis has an EHCP (primary need: autism, secondary: SEMH). He also has a diagnosis of "
            "sensory processing disorder and is under the community paediatrician for sleep - he takes "
            "melatonin at night so can be slow in the mornings. Sessions should be at his grandmother's "
            "house, downstairs, door open. He does not cope with sudden changes of plan and may leave the "
            "room; please don't follow him, give him five minutes.\n\n"
            "There is an open Child in Need plan (Medbury Children's Services, social worker Lydia Booth) "
            "following concerns about his mum, who is not allowed contact without supervision. If she "
            "turns up at the house during a session the tutor should end the session and ring me or "
            "Gareth Pryce (DSL) straight away.\n\n"
            "Targets from his EHCP for this term: reading fluency (currently around age 9), "
            "tolerating adult-led tasks for 20 minutes, and using his 'break' card.\n\n"
            "Many thanks,\nRebecca\n\nRebecca Lowe\nSENCo, Pathways Learning Centre\n") % (e.name, e.dob, e.upn, e.addr, e.pc, e.carer, e.phone)
    mail(P, 3, "sen-profile", "hard-wrapped", "SENCo emails a tutoring agency a pupil's EHCP needs, diagnoses, medication, UPN, DOB, address and CIN details",
         "generic", SENCO, [("Priya Desai", "placements@brightpathtutors.example")], "New placement - Ellis C - background info",
         "2025-09-26 16:05:41", text(wrap(body, 72), "plain", "us-ascii", "7bit"), xmailer="Microsoft Outlook 16.0")

    # 4 DSL CAMHS referral, qp
    body = ("Dear CAMHS Single Point of Access,\n\n"
            "Re: %s, DOB %s, NHS number %s\nAddress: %s, %s\nGP: Dr S. Kaur, Moss Lane Medical Practice\n\n"
            "I am writing to ask for an urgent review. Demi disclosed to her key worker on Monday that she has been "
            "cutting her thighs most nights for about three weeks and that she has thought about taking an overdose "
            "of her dad's tablets. We saw fresh wounds which our first aider dressed. She said she feels she is "
            "\"a burden\" since her mum left in the summer.\n\n"
            "Dad (%s, %s) has been informed and has removed the medication from the house. A safety plan is in place "
            "in school. Demi was previously seen by your service in 2023 (Tier 3, low mood) and was discharged in "
            "January 2024.\n\n"
            "She is aware of and consents to this referral.\n\n"
            "Kind regards,\nGareth Pryce\nDeputy Headteacher & Designated Safeguarding Lead\n") % (
                d.name, d.dob, d.nhs, d.addr, d.pc, d.carer.split(" (")[0], d.phone)
    mail(P, 4, "camhs-referral", "qp", "DSL sends CAMHS an unencrypted urgent referral with NHS number, DOB, address and self-harm disclosure",
         "outlook", DSL, [("CAMHS SPA", "camhs.spa@medburycare.nhs.example")], "Urgent referral – Demi Fairclough",
         "2026-01-20 09:31:14", text(body, "plain", '"utf-8"', "quoted-printable"), cc=[HEAD])

    # 5 payroll new starter docx with NINO + bank
    sc, acc = bank("012763", 3418825)
    ni = nino("JR", "417295", "C")
    doc = docx([("h", "New starter form – support staff"),
                ("table", [["Surname", "Rooney"], ["Forenames", "Callum James"], ["Date of birth", "22/07/1994"],
                           ["Home address", "Flat 3, 14 Beech Road, Medbury M21 9EL"], ["National Insurance no.", ni],
                           ["Post", "Teaching Assistant (SEMH), Grade 4 pt 7"], ["Start date", "05/01/2026"],
                           ["Bank", "NatWest"], ["Sort code", sc], ["Account number", acc],
                           ["Student loan", "Plan 2"], ["Emergency contact", "Lorna Rooney (mother) 07700 900358"],
                           ["DBS", "Enhanced, issued 02/12/2025"]])],
               author="Imran Sadiq", title="New starter")
    body = ("Hi Steph,\n\nPlease find the new starter form for Callum attached so he can be set up for January payroll. "
            "Contract to follow from HR.\n\nThanks,\nImran\n\nImran Sadiq | Business Manager | Pathways Learning Centre")
    ent = multi("mixed", [alt(body, "pd5"),
                          att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "New starter - C Rooney.docx")],
                bnd("pd5m", "outlook"))
    mail(P, 5, "payroll-new-starter", "attach-docx", "Business manager sends an external payroll bureau a new-starter form with NI number, DOB, address and bank details",
         "outlook", BM, [("Stephanie Lowry", "payroll@edupay-services.example")], "New starter - January payroll",
         "2025-12-15 11:09:26", ent)

    # 6 uniform order with parent card details, cp1252
    card = luhn_complete("465943" + "021857361")
    body = ("Hi,\n\nCould you process the following order please – the parent rang it through to us as she "
            "doesn't have internet at home.\n\n"
            "Pupil: %s (%s, DOB %s)\n"
            "2 x grey polo (age 11-12), 1 x navy sweatshirt (S)\n\n"
            "Payer: Mrs Chantelle Grant\nAddress: %s, %s\n"
            "Card: Visa debit %s  exp 08/28  security code 417\n"
            "Phone: %s\n\n"
            "Please post to the home address. Thanks very much\n\nPauline Swann\nOffice Manager\n") % (
                nv.name, nv.site, nv.dob, nv.addr, nv.pc, card_fmt(card), nv.phone)
    mail(P, 6, "card-details", "cp1252", "Office manager emails a uniform supplier a parent's full card number, expiry and CVV with the child's name, DOB and address",
         "outlook", OFFICE, [("Orders", "orders@schoolwear-direct.example")], "Phone order – Grant",
         "2025-09-11 12:17:40", text(body, "plain", '"Windows-1252"', "quoted-printable"))

    # 7 exam board access arrangements CSV
    rows = [["Centre", "Candidate no.", "Surname", "Forename", "DOB", "ULN", "Arrangement", "Evidence"]]
    aa = [(t, "0112", "25% extra time, separate room", "Anxiety disorder – CAMHS letter 09/2025"),
          (b, "0115", "Supervised rest breaks, prompter", "Epilepsy – consultant letter"),
          (j, "0118", "Reader, 25% extra time", "Dyslexia – SpLD assessment, standardised scores 76/79"),
          (d, "0121", "Separate room", "Self-harm / low mood – CAMHS"),
          (c, "0124", "Scribe", "ADHD, handwriting speed 9 wpm")]
    for p, cn, arr, ev in aa:
        rows.append(["47219", cn, p.last, p.first, p.dobiso(), p.uln, arr, ev])
    body = ("Hello,\n\nAs requested on the phone, attached are our access arrangement applications for the summer "
            "series for the candidates we couldn't submit through the portal. Evidence is held on file.\n\n"
            "Regards,\nKerry Adebayo\nExams Officer, centre 47219\n")
    ent = multi("mixed", [text(body, "plain", "us-ascii", "7bit"), att("text/csv", csvtext(rows).encode(), "47219 access arrangements.csv")],
                bnd("pd7", "thunderbird"))
    mail(P, 7, "access-arrangements", "attach-csv", "Exams officer sends the exam board a CSV of candidates with DOBs, ULNs and medical/SEN evidence for access arrangements",
         "thunderbird", DATA, [("NEB Access Arrangements", "access.arrangements@northernexams.example")],
         "Centre 47219 - access arrangements (portal failed)", "2026-02-18 15:47:02", ent)

    # 8 key worker to college transition, multipart-alt
    body = ("Hi Leanne,\n\nAs promised at the transition meeting, here's the information for Lacey ahead of her "
            "taster day on the 12th.\n\n"
            "Name: %s\nDOB: %s\nULN: %s\nAddress: %s, %s (foster placement)\n"
            "Foster carer: %s, %s\nSocial worker: Amy Dolan, Medbury Children in Care team, 0161 496 0240\n\n"
            "Lacey is a looked-after child and has been with her current carer since March. She has an EHCP "
            "for SEMH and a diagnosis of attachment disorder. She has had two fixed-term suspensions with us "
            "this year for assaulting staff when she felt cornered. She is also being supported around "
            "exploitation concerns (older males in cars outside the Foundry Lane site) so please make sure she "
            "is met at the gate and not left to wait outside.\n\n"
            "She's a brilliant artist and wants to do the Level 2 Art & Design course.\n\n"
            "Thanks,\nMarcus Dean\nKey Worker, Foundry Lane\n") % (l.name, l.dob, l.uln, l.addr, l.pc, l.carer.split(" (")[0], l.phone)
    mail(P, 8, "college-transition", "multipart-alt", "Key worker sends a college a looked-after pupil's DOB, ULN, foster address, EHCP, diagnosis, suspensions and CSE concerns",
         "outlook", MDEAN, [("Leanne Boyd", "l.boyd@medburycollege.ac.example")], "Lacey Brennan – transition info",
         "2026-03-03 13:55:18", alt(body, "pd8"))

    # 9 deputy DSL to YOS html-only
    html = ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            "<p>Hi Dwayne,</p><p>Ahead of the panel on Thursday, here is our update on Jadyn.</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><td><b>Name</b></td><td>%s</td></tr><tr><td><b>DOB</b></td><td>%s</td></tr>"
            "<tr><td><b>UPN</b></td><td>%s</td></tr><tr><td><b>Address</b></td><td>%s, %s</td></tr>"
            "<tr><td><b>Attendance (this term)</b></td><td>78%%</td></tr></table>"
            "<p>Jadyn has kept to his referral order curfew as far as we know. He told staff last week that he is "
            "still being asked to 'hold things' for the older lads from the Weaver Court estate and that he owes "
            "one of them money after his phone was taken. He has been seen with cash and new trainers. We have "
            "submitted an intelligence form to the police and completed an NRM referral consideration with "
            "children's services.</p>"
            "<p>He was involved in a fight at the bus stop on 3 February (no weapons) and was suspended for one day.</p>"
            "<p>Happy to join the panel by Teams.</p>"
            "<p>Nadia Hussain<br>Site Lead &amp; Deputy DSL, Foundry Lane</p></body></html>") % (j.name, j.dob, j.upn, j.addr, j.pc)
    mail(P, 9, "yos-update", "html-only", "Deputy DSL sends the youth offending service a pupil's DOB, UPN, address, criminal-exploitation concerns and incidents",
         "outlook", DDSL1, [("Dwayne Clarke", "dwayne.clarke@medbury-yos.gov.example")], "Jadyn O – update for panel",
         "2026-02-09 17:12:44", text(html, "html", '"utf-8"', "quoted-printable"))

    # 10 DSL forwards chronology to social care inline
    chron = ("Chronology – %s (DOB %s), %s, %s\n\n"
             "02/10/25  Arrived without breakfast, said there was no food at home. Fed in school.\n"
             "09/10/25  Bruise to left cheek, Reece said he fell off his bike. Logged.\n"
             "21/10/25  Dad (%s) arrived at gate smelling of alcohol, became abusive to staff.\n"
             "04/11/25  Reece said \"dad threw the remote at me\" - referral made to MASH, ref 25-118430.\n"
             "18/11/25  Not collected at 15:30; dad arrived 17:10. Police informed.\n"
             "26/11/25  Reece told key worker he sleeps in his clothes \"in case we have to go\".\n") % (
                 r.name, r.dob, r.addr, r.pc, r.carer.split(" (")[0])
    body = ("Hi Lydia,\n\nAs discussed, forwarding the chronology Tom sent me for the strategy discussion tomorrow. "
            "Let me know if you need the full CPOMS export.\n\nGareth\n\n" +
            fwd_outlook("Tom Kettle <t.kettle@school.example>", "27 November 2025 16:40", "Reece D chronology",
                        "Gareth Pryce <g.pryce@school.example>", chron))
    mail(P, 10, "safeguarding-chronology", "inline-forward", "DSL forwards an internal safeguarding chronology (DOB, address, injuries, MASH ref) to an LA social worker unencrypted",
         "outlook", DSL, [("Lydia Booth", "lydia.booth@medbury.gov.example")], "FW: Reece D chronology",
         "2025-11-27 17:03:09", text(body, "plain", '"utf-8"', "quoted-printable"))

    # 11 teacher zips reports to personal gmail
    rep = []
    for p, g, cm in ((k, "4-", "Kayden has found the term hard; his ADHD medication was changed in October."),
                     (m, "3", "Mason works well 1:1 but struggles in groups. Referred to SALT."),
                     (s, "2+", "Skye has settled well after her exclusion from Parkside Primary."),
                     (nv, "3-", "Nevaeh's attendance has dropped since her mum's hospital stay.")):
        rep.append(("Reports/%s %s.txt" % (p.last, p.first),
                    "PATHWAYS LEARNING CENTRE – Autumn report\nName: %s\nDOB: %s\nUPN: %s\nYear: %d\nEnglish working at: %s\n\n%s\n" % (
                        p.name, p.dob, p.upn, p.yr, g, cm)))
    z = zbytes(rep, (2025, 12, 10, 21, 5, 0))
    body = "reports to finish over the weekend\n"
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("application/x-zip-compressed", z, "KS3 English reports.zip")],
                bnd("pd11", "outlook"))
    mail(P, 11, "reports-to-personal", "zip", "English teacher emails a zip of pupil reports (DOB, UPN, medical/SEN comments) to his personal webmail",
         "outlook", LFOX, [("", "liamfox.home@example.com")], "reports", "2025-12-12 16:41:27", ent)

    # 12 persistent absence list to LA attendance, attach-txt fixed width
    lines = ["PERSISTENT ABSENCE – Pathways Learning Centre – week ending 16/01/2026",
             "%-14s %-12s %-10s %-11s %-36s %s" % ("UPN", "Surname", "Forename", "DOB", "Address", "Att%")]
    for p, pct in ((jp, "54.0"), (ke, "61.3"), (t, "71.4"), (c, "68.9"), (nv, "79.2")):
        lines.append("%-14s %-12s %-10s %-11s %-36s %s" % (p.upn, p.last, p.first, p.dob, (p.addr.split(",")[0] + " " + p.pc), pct))
    lines += ["", "Parents notified by letter 12/01. Jordan and Keeley - request EWO home visit."]
    body = ("Hi Sue,\n\nWeekly PA list attached as agreed. Two of these (Jordan and Keeley) I'd like to "
            "escalate to a formal attendance meeting.\n\nJason\n")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"),
                          text("\n".join(lines) + "\n", "plain", '"utf-8"', "quoted-printable", fname="PA list 16-01-26.txt", disp="attachment")],
                bnd("pd12", "outlook"))
    mail(P, 12, "absence-list", "attach-txt", "Attendance officer sends the LA attendance team a text file of persistent absentees with UPNs, DOBs and addresses",
         "outlook", ATT, [("Sue Marland", "attendance.support@medbury.gov.example")], "PA list w/e 16 Jan",
         "2026-01-16 15:02:33", ent)

    # 13 SENCo to private EP, docx
    doc = docx([("h", "Request for Educational Psychology consultation"),
                ("table", [["Child", k.name], ["DOB", k.dob], ["UPN", k.upn], ["Address", "%s, %s" % (k.addr, k.pc)],
                           ["Parent", "%s – %s" % (k.carer, k.phone)], ["NHS number", k.nhs]]),
                "Background: Kayden was permanently excluded from Northfield Academy in June 2025 after repeated physical aggression. He has a diagnosis of ADHD (combined type, 2022) and is prescribed methylphenidate 36mg XL. Paediatric notes suggest possible FASD, not yet assessed.",
                "Family: dad in prison (released date unknown). Mum has disclosed domestic abuse from a previous partner. Early Help plan open.",
                "Questions for EP: working memory and processing profile; suitability for EHC needs assessment; strategies for staff."],
               author="Rebecca Lowe", title="EP consultation request")
    body = ("Dear Dr Hollis,\n\nThank you for agreeing to see Kayden privately while we wait for the LA's "
            "EP service. Consultation request attached; mum has signed consent.\n\nBest wishes,\nRebecca Lowe\nSENCo")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"),
                          att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "EP request - K Mills.docx")],
                bnd("pd13", "outlook"))
    mail(P, 13, "ep-consultation", "attach-docx", "SENCo sends a private educational psychologist a request form with DOB, UPN, NHS number, diagnoses and family history",
         "outlook", SENCO, [("Dr Anna Hollis", "anna@hollis-psychology.example")], "EP consultation – Kayden Mills",
         "2025-10-08 10:20:51", ent)

    # 14 office to fostering agency, latin1 medical
    body = ("Dear Maria,\n\n"
            "Further to your call, here are the medical details we hold for Lacey so the new respite carers "
            "have them for the weekend:\n\n"
            "Name: %s\nDate of birth: %s\nNHS no: %s\nGP: Dr R. Osei, Crowther Street Surgery\n\n"
            "Medical: asthma (blue inhaler, carries her own), allergy to penicillin (rash). "
            "Takes sertraline 50mg each morning - prescribed by CAMHS in November. "
            "She is due her contraceptive implant check on 20/03 at the sexual health clinic.\n\n"
            "Diet: vegetarian.\n\n"
            "Kind regards,\nPauline Swann\nOffice Manager · Pathways Learning Centre\n") % (l.name, l.dob, l.nhs)
    mail(P, 14, "medical-details", "latin1", "Office manager emails a fostering agency a looked-after pupil's NHS number, DOB, medication and sexual-health appointment",
         "generic", OFFICE, [("Maria Delaney", "maria.delaney@brightfutures-fostering.example")], "Lacey B - medical info for respite",
         "2026-03-06 11:34:09", text(body, "plain", "iso-8859-1", "8bit"), xmailer="Microsoft Outlook 16.0")

    # 15 MIS supplier support ticket with real export CSV
    rows = [["UPN", "Legal Surname", "Legal Forename", "DOB", "Gender", "SEN Status", "FSM", "Enrol Status"]]
    for p, g, sen, fsm in ((k, "M", "K", "Y"), (e, "M", "E", "Y"), (r, "M", "N", "Y"), (nv, "F", "K", "N"), (m, "M", "K", "Y"), (s, "F", "N", "Y")):
        rows.append([p.upn, p.last, p.first, p.dob, g, sen, fsm, "S"])
    body = ("Hi,\n\nRe case CS-208817. The census validation is still throwing error 1520 for some of our "
            "dual-registered pupils. I've exported the affected records so you can see – these are the six "
            "that fail. It's the KS3 group at our Kingsmead site.\n\nCan someone look today? Census closes "
            "Thursday.\n\nKerry Adebayo\nData Lead\n")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("text/csv", csvtext(rows).encode(), "census_errors_export.csv")],
                bnd("pd15", "outlook"))
    mail(P, 15, "mis-support-export", "attach-csv", "Data lead attaches a real pupil export (UPNs, DOBs, SEN and FSM flags) to an MIS supplier support ticket",
         "outlook", DATA, [("Support", "support@arborlyte-mis.example")], "RE: CS-208817 census error 1520",
         "2026-01-13 09:12:18", ent)

    # 16 sickness absence to external HR, base64
    ni1 = nino("PW", "628104", "A")
    ni2 = nino("SE", "093372", "D")
    body = ("Hi Joanne,\n\n"
            "Ahead of our case review call, here are the two long-term sickness cases:\n\n"
            "1) Wayne Tully, DOB 04/02/1979, NI %s. Off since 12/01/2026 – bereavement and depression, "
            "fit note to 23/02. GP has started him on citalopram. He has asked that colleagues aren't told the reason.\n\n"
            "2) Janet Ollerton, DOB 17/09/1968, NI %s. Phased return after hip replacement; "
            "also awaiting results for suspected rheumatoid arthritis. Currently on 3 days a week.\n\n"
            "Could you advise whether we should refer Wayne to OH now or wait for the next fit note?\n\n"
            "Thanks,\nImran\n") % (ni1, ni2)
    mail(P, 16, "staff-sickness", "base64", "Business manager emails an external HR adviser two staff members' DOBs, NI numbers and medical diagnoses",
         "outlook", BM, [("Joanne Crisp", "joanne.crisp@schoolhr-partners.example")], "Sickness cases – for Thursday",
         "2026-02-11 08:40:55", text(body, "plain", '"utf-8"', "base64"))

    # 17 key worker to police, missing pupil, mobile
    body = ("PC Rahman - as per my call. Connor Walsh DOB %s, 40 Gorse Hill Rd %s. Left Foundry Lane site 11:20 today "
            "without permission, not home, mum (%s) not heard from him. Last seen getting into a silver Audi on "
            "Foundry Lane with 2 older males. Wearing grey trackie, black North Face. He has ADHD and isn't taking meds. "
            "Known CSE/CCE risk, open to Complex Safeguarding team. Phone 07700 900631 going to voicemail.\n\n"
            "Marcus\n\nSent from my iPhone") % (c.dob, c.pc, c.phone)
    mail(P, 17, "missing-pupil", "mobile", "Key worker texts-style emails police a missing pupil's DOB, address, description, medical and exploitation risk",
         "apple", MDEAN, [("PC Aisha Rahman", "aisha.rahman@northshire.police.example")], "Connor Walsh - missing",
         "2026-01-30 12:04:47", text(body, "plain", "us-ascii", "7bit"), cc=[DSL])

    # 18 teacher replies to parent with whole-group SEN list, reply-quoted
    orig = ("Hi Mr Nwosu, who else is in Harvey's science group? He says he gets wound up by some of them. "
            "Can you tell me a bit about the group. Thanks Joanne Lund")
    body = ("Hi Mrs Lund,\n\nThanks for getting in touch. Here's the group so you can see the mix – it's a small "
            "group and I do think Harvey is doing well in it.\n\n"
            "Harvey Lund – SEMH, EHCP\n"
            "Brandon Sykes – epilepsy, careful with the Bunsen burners\n"
            "Jordan Pike – very low attendance, dad in hospital\n"
            "Connor Walsh – ADHD, social services involved, can be a wind-up\n"
            "Tia-Rose Hanley – anxiety, sees CAMHS, often works in the quiet room\n\n"
            "If there's someone in particular he's finding hard let me know and I can move seats.\n\n"
            "Chris Nwosu\nScience\n\n"
            "On 4 Dec 2025, at 19:22, Joanne Lund <jo.lund82@example.com> wrote:\n\n" + quote(orig))
    mail(P, 18, "class-list-to-parent", "reply-quoted", "Teacher replies to a parent listing other pupils in the group with their medical, SEN and social-care details",
         "outlook", CNWOSU, [("Joanne Lund", "jo.lund82@example.com")], "Re: Harvey's science group",
         "2025-12-05 07:58:02", text(body, "plain", '"utf-8"', "quoted-printable"), irt="<F1A3C2D0-77B2-4C4E-9A0E-5D41B2C6E901@example.com>")

    # 19 DSL forwards internal incident log as rfc822 to external consultant
    inner = ("Incident log – Hope Street – w/c 2 March 2026\n\n"
             "1. %s (DOB %s): disclosed that her uncle has been sending her messages asking for photos. "
             "Screenshots seen, not copied. Police and MASH informed 03/03. Mum (%s) supportive.\n"
             "2. %s (DOB %s): hypo at 10:40 (BG 2.9), treated, collected by mum. Insulin pump site infected – GP.\n"
             "3. %s (DOB %s): found with a blade in her pencil case. Removed; safety plan reviewed; CAMHS duty informed.\n") % (
                 ke.name, ke.dob, ke.carer.split(" (")[0], a.name, a.dob, d.name, d.dob)
    raw = inner_msg(A(*SWHELAN), [A(*DSL)], "Hope Street incident log w/c 2 March", "2026-03-06 16:10:00", inner, "pd19inner", style="outlook")
    body = ("Hi Bev,\n\nFor our supervision session on Monday – this is the kind of week Hope Street has been having. "
            "I'd value your view on whether we escalated item 1 quickly enough.\n\nGareth")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), rfc822(raw, "Hope Street incident log w-c 2 March.eml")], bnd("pd19", "outlook"))
    mail(P, 19, "incident-log-forward", "rfc822-forward", "DSL attaches an internal safeguarding incident log naming pupils with DOBs and disclosures and sends it to an outside consultant",
         "outlook", DSL, [("Bev Aldridge", "bev@aldridge-safeguarding.example")], "FW: Hope Street incident log w/c 2 March",
         "2026-03-07 10:22:13", ent)

    # 20 penalty notice referral to LA, flowed
    body = ("Dear Attendance Legal Team,\n\n"
            "Please accept this request for a penalty notice / prosecution consideration.\n\n"
            "Pupil: %s\nDOB: %s\nUPN: %s\nAddress: %s, %s\n\n"
            "Parents: Mr Neil Pike (DOB 03/05/1981) – lives at the above address\n"
            "Mrs Carla Pike (DOB 11/09/1983) – now at 7 Sandhurst Close, Medbury M23 2RG\n\n"
            "Attendance since September: 54%%. Letters sent 22/10, 19/11 and 12/01; attendance meeting held 26/01 "
            "which dad attended; mum did not respond. Jordan says he stays home to look after his younger sister "
            "because dad works nights. There are no known medical reasons.\n\n"
            "Jason Meakin\nAttendance Officer\n") % (jp.name, jp.dob, jp.upn, jp.addr, jp.pc)
    mail(P, 20, "penalty-notice-referral", "flowed", "Attendance officer sends the LA legal team a referral with pupil UPN, DOB, address and both parents' DOBs and addresses",
         "thunderbird", ATT, [("Attendance Legal", "attendance.legal@medbury.gov.example")], "PN referral - Jordan Pike",
         "2026-02-03 14:26:37", text(flowed(body), "plain", "UTF-8", "quoted-printable", fl=True))

    # 21 SEND caseworker annual review xlsx
    rows = [["Annual review summary – EHCP pupils – Spring 2026", "", "", "", "", ""],
            ["Name", "DOB", "NHS number", "Primary need", "Medical", "Review date"],
            [e.name, e.dob, e.nhs, "ASD", "Sensory processing disorder; melatonin", "12/02/2026"],
            [h.name, h.dob, h.nhs, "SEMH", "PTSD (CAMHS)", "24/02/2026"],
            [l.name, l.dob, l.nhs, "SEMH", "Attachment disorder; asthma", "03/03/2026"],
            [a.name, a.dob, a.nhs, "Cognition & learning", "Type 1 diabetes (pump)", "10/03/2026"]]
    body = ("Hi Rob,\n\nSpreadsheet attached with the four annual reviews due this term and the medical needs "
            "you asked for. Reports will follow two weeks before each meeting.\n\nThanks\nRebecca")
    ent = multi("mixed", [alt(body, "pd21"), att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows, "Reviews"), "AR schedule Spring 26.xlsx")],
                bnd("pd21m", "outlook"))
    mail(P, 21, "ehcp-review-list", "attach-xlsx", "SENCo sends the LA SEND caseworker a spreadsheet of EHCP pupils with DOBs, NHS numbers, needs and medical conditions",
         "outlook", SENCO, [("Rob Garside", "rob.garside@medbury.gov.example")], "Annual reviews – Spring", "2026-01-09 13:37:20", ent)

    # 22 insurance claim pdf with NINO
    ni3 = nino("NH", "557281", "B")
    lines = ["STAFF ABSENCE INSURANCE - CLAIM FORM", "",
             "Policy no: SAP-00471-PLC", "Employee: Nadia Hussain", "Date of birth: 28/10/1985",
             "NI number: " + ni3, "Home address: 12 Linnet Grove, Medbury M20 6SW",
             "First day of absence: 02/02/2026",
             "Reason: surgery (hysterectomy), complications - readmitted 09/02/2026",
             "Expected return: 16/03/2026", "Cover arranged: supply via agency, 5 days/week", "",
             "Signed: I. Sadiq, Business Manager"]
    body = ("Please find attached our claim for the above policy. Fit notes to follow by post.\n\n"
            "Imran Sadiq\nBusiness Manager\n")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("application/pdf", pdf(lines, "Claim form"), "Claim - N Hussain.pdf")],
                bnd("pd22", "outlook"))
    mail(P, 22, "insurance-claim", "attach-pdf", "Business manager sends an insurer a claim PDF with a staff member's DOB, NI number, address and surgery details",
         "outlook", BM, [("Claims", "claims@schoolabsence-mutual.example")], "New claim – policy SAP-00471-PLC",
         "2026-02-12 12:03:48", ent)

    # 23 Y11 list to college, zip containing xlsx (not encrypted)
    rows = [["Forename", "Surname", "DOB", "ULN", "Predicted Eng", "Predicted Maths", "SEN", "Notes"]]
    for p, pe, pm, sen, nt in ((t, 4, 3, "K", "Anxiety – needs quiet start"), (j, 3, 3, "K", "YOS – referral order to 07/26"),
                               (b, 5, 4, "E", "Epilepsy"), (d, 4, 2, "K", "Self-harm history, CAMHS"),
                               (c, 3, 3, "E", "CSE risk – complex safeguarding"), (jp, 2, 2, "N", "Young carer")):
        rows.append([p.first, p.last, p.dob, int(p.uln), pe, pm, sen, nt])
    z = zbytes([("Y11 applicants 2026.xlsx", xlsx(rows, "Y11"))], (2026, 2, 26, 15, 0, 0))
    body = ("Hi Leanne,\n\nHere's the Year 11 list for conditional offers as discussed – zipped because "
            "the spreadsheet kept bouncing.\n\nKerry")
    ent = multi("mixed", [alt(body, "pd23"), att("application/zip", z, "Y11 applicants 2026.zip")], bnd("pd23m", "outlook"))
    mail(P, 23, "y11-college-list", "zip", "Data lead sends a college an unencrypted zip of Year 11s with DOBs, ULNs, SEN flags and safeguarding notes",
         "outlook", DATA, [("Leanne Boyd", "l.boyd@medburycollege.ac.example")], "Y11 applicants",
         "2026-02-26 15:08:31", ent)

    # 24 medical care plans to outdoor activity centre, attach-txt
    plans = ("TRIP MEDICAL INFORMATION - Hollins Outdoor Centre - 19 March 2026\n\n"
             "%s  DOB %s  NHS %s\n  Type 1 diabetes. Insulin pump; check BG before activities; hypo kit in bag.\n"
             "  Emergency contact: %s %s\n\n"
             "%s  DOB %s  NHS %s\n  Epilepsy (tonic-clonic). Buccal midazolam 10mg if seizure >5 mins, call 999.\n"
             "  Not to do water activities. Emergency contact: %s %s\n\n"
             "%s  DOB %s  NHS %s\n  Severe nut allergy. 2x EpiPen. Emergency contact: %s %s\n") % (
                 a.name, a.dob, a.nhs, a.carer, a.phone, b.name, b.dob, b.nhs, b.carer, b.phone, s.name, s.dob, s.nhs, s.carer, s.phone)
    body = ("Hi Dan,\n\nMedical info for our group on the 19th attached, as requested on your booking form.\n\n"
            "Cheers,\nWayne Tully\n")
    ent = multi("mixed", [text(body, "plain", "us-ascii", "7bit"), text(plans, "plain", "us-ascii", "7bit", fname="medical info 19-03.txt", disp="attachment")],
                bnd("pd24", "thunderbird"))
    mail(P, 24, "trip-medical", "attach-txt", "Teacher sends an outdoor centre a text file of pupils' NHS numbers, DOBs, conditions and emergency contacts",
         "thunderbird", WTULLY, [("Dan Whitaker", "bookings@hollins-outdoor.example")], "Medical info - Pathways group 19/03",
         "2026-03-12 09:50:10", ent)

    # 25 FSM eligibility list to catering company, plain-7bit with parent NINOs
    n1, n2, n3 = nino("JX", "302718", "D"), nino("ML", "840265", "A"), nino("RB", "116593", "C")
    body = ("Hi Tracey,\n\n"
            "New free school meals for the Kingsmead till system from Monday. I've included the parent details "
            "the eligibility check came back with in case your system needs them.\n\n"
            "%s  DOB %s  - parent Sharon Mills, DOB 09/06/1988, NI %s\n"
            "%s  DOB %s  - parent Chantelle Grant, DOB 30/11/1991, NI %s\n"
            "%s  DOB %s  - parent Roxanne Bamber, DOB 14/02/1993, NI %s\n\n"
            "Thanks\nPauline\n") % (k.name, k.dob, n1, nv.name, nv.dob, n2, s.name, s.dob, n3)
    mail(P, 25, "fsm-list", "plain-7bit", "Office manager sends the catering contractor pupils' DOBs with their parents' DOBs and NI numbers from the FSM check",
         "generic", OFFICE, [("Tracey Holt", "tracey.holt@fresh-start-catering.example")], "FSM additions - Kingsmead",
         "2025-09-19 10:15:00", text(body, "plain", "us-ascii", "7bit"), xmailer="Microsoft Outlook 16.0")

    # 26 deputy DSL disclosure notes to social worker, hard-wrapped
    body = ("Amy,\n\n"
            "Notes from this morning as promised, typed up from my handwritten record.\n\n"
            "Child: %s, DOB %s, currently placed with %s at %s, %s.\n\n"
            "At 10.15 Lacey asked to speak to me in the art room. She said that on Saturday night she got into a car "
            "with a man she knows as 'Deano' (approx. 25, white, shaved head) and two other men outside the chip "
            "shop on Heron Drive. She said they drove her to a flat in Longsight where she was given vodka and "
            "something to smoke. She said one of the men 'tried it on' and she 'let him because it was easier'. "
            "She got a taxi home at about 3am which one of them paid for. Her carer reported her missing at 23:00.\n\n"
            "She said she doesn't want the police involved because 'Deano will know it was me'. I explained I would "
            "have to share this. She has a new phone she would not say where from.\n\n"
            "I have informed Gareth (DSL) and we are making a MASH referral this afternoon.\n\n"
            "Nadia Hussain\nDeputy DSL\n") % (l.name, l.dob, l.carer.split(" (")[0], l.addr, l.pc)
    mail(P, 26, "disclosure-notes", "hard-wrapped", "Deputy DSL emails a social worker typed notes of a looked-after pupil's sexual-exploitation disclosure with DOB and placement address",
         "generic", DDSL1, [("Amy Dolan", "amy.dolan@medbury.gov.example")], "Lacey - disclosure today",
         "2026-02-16 12:48:22", text(wrap(body, 76), "plain", "utf-8", "7bit"), cc=[DSL], xmailer="Microsoft Outlook 16.0")

    # 27 off-roll/exclusion list to referring school, latin1
    body = ("Dear Mr Ollivant,\n\n"
            "Following the Fair Access panel, below are the pupils who will return to Riverbank at the end of "
            "their placements, with the reasons for their original exclusion for your records:\n\n"
            "  %s  UPN %s  DOB %s  - perm. exclusion 06/2025, knife in bag. Placement ends 20/03.\n"
            "  %s  UPN %s  DOB %s  - managed move, drug supply on site. Placement ends 24/04.\n"
            "  %s  UPN %s  DOB %s  - persistent disruption; ADHD, mum struggling with alcohol.\n\n"
            "I'd suggest a reintegration meeting for each, particularly for Brandon given the seizures. "
            "Brandon's mum has asked that Mme Dubois (EAL) is there for the meeting as she is more confident in French.\n\n"
            "Regards,\nKerry Adebayo · Data & Exams Lead\nPathways Learning Centre · Tél. 0161 496 0412\n") % (h.name, h.upn, h.dob, b.name, b.upn, b.dob, jp.name, jp.upn, jp.dob)
    mail(P, 27, "reintegration-list", "latin1", "Data lead sends a referring school pupils' UPNs, DOBs, exclusion reasons and family/medical details",
         "generic", DATA, [("Mark Ollivant", "m.ollivant@riverbankhigh.example")], "Pupils returning - Fair Access",
         "2026-03-02 16:44:51", text(body, "plain", "ISO-8859-1", "quoted-printable"), xmailer="Microsoft Outlook 16.0")

    # 28 key worker to agency tutor, pupil info sheet, qp
    body = ("Hi Grace,\n\n"
            "Welcome aboard! Here's the info sheet for Connor before your first home session.\n\n"
            "Connor Walsh – DOB %s\nHome: %s, %s\nMum: %s – %s\nUPN: %s\n\n"
            "Risks: Connor is open to the Complex Safeguarding Team for criminal and sexual exploitation. "
            "He has gone missing from home 6 times since September and was found in Liverpool in January. "
            "He has assaulted staff twice (punched a TA in October). He carries a lot of anger about his "
            "dad's death in 2023.\n\n"
            "Please always have the session downstairs with mum in the house and text me when you arrive and leave. "
            "If he's not there when you arrive, ring me.\n\n"
            "Marcus\n") % (c.dob, c.addr, c.pc, c.carer.split(" (")[0], c.phone, c.upn)
    mail(P, 28, "tutor-info-sheet", "qp", "Key worker sends an agency tutor a pupil's DOB, address, UPN, exploitation, missing and violence history",
         "outlook", MDEAN, [("Grace Achebe", "grace.achebe@brightpathtutors.example")], "Connor – info before Monday",
         "2026-02-20 15:19:33", text(body, "plain", '"utf-8"', "quoted-printable"), cc=[("Priya Desai", "placements@brightpathtutors.example")])

    # 29 head forwards internal exclusion report to governor's personal address, rfc822
    inner = ("Marcia,\n\nSuspensions and exclusions, Autumn term, for the governors' report:\n\n"
             "%s (Y%d, DOB %s) – 3 days, assault on staff, 14/10\n"
             "%s (Y%d, DOB %s) – 2 days, assault on staff, 02/12 (LAC – virtual school informed)\n"
             "%s (Y%d, DOB %s) – 1 day, fighting, 03/02\n"
             "%s (Y%d, DOB %s) – 5 days, bringing cannabis onto site, 18/11. Police informed.\n\n"
             "Kerry\n") % (c.name, c.yr, c.dob, l.name, l.yr, l.dob, j.name, j.yr, j.dob, h.name, h.yr, h.dob)
    raw = inner_msg(A(*DATA), [A(*HEAD)], "Suspensions Autumn term", "2026-02-04 13:00:00", inner, "pd29inner", style="outlook")
    body = ("Dear Derek,\n\nAhead of the Pupils & Standards committee, here are the suspension details you asked for. "
            "Please don't share beyond the committee.\n\nMarcia")
    ent = multi("mixed", [alt(body, "pd29"), rfc822(raw, "Suspensions Autumn term.eml")], bnd("pd29m", "outlook"))
    mail(P, 29, "exclusions-to-governor", "rfc822-forward", "Head forwards an internal suspensions list (names, DOBs, reasons, LAC status) to a governor's personal email",
         "outlook", HEAD, [("Derek Mawson", "derek.mawson@example.net")], "FW: Suspensions Autumn term", "2026-02-05 19:40:02", ent)

    # 30 refund bank details to LA finance, plain-7bit
    sc2, acc2 = bank("014538", 2706194)
    body = ("Hi,\n\nPlease can you arrange a refund of GBP 145.00 for the cancelled Year 11 residential.\n\n"
            "Pupil: %s (DOB %s)\nPayee: Mrs Kelly Hanley\nAddress: %s, %s\n"
            "Sort code: %s\nAccount: %s\n\n"
            "Mrs Hanley asked for it to go into her own account rather than back to the card as the card has "
            "been cancelled.\n\nThanks,\nPauline Swann\n") % (t.name, t.dob, t.addr, t.pc, sc2, acc2)
    mail(P, 30, "refund-bank-details", "plain-7bit", "Office manager emails the LA finance team a parent's sort code and account number with the child's name, DOB and address",
         "generic", OFFICE, [("Schools Finance", "schools.finance@medbury.gov.example")], "Refund request - Y11 residential",
         "2026-01-22 14:51:46", text(body, "plain", "us-ascii", "7bit"), xmailer="Microsoft Outlook 16.0")

def bad10(seed):
    """10-digit number that fails both the NHS and the ULN check."""
    n = seed
    while True:
        s = "%010d" % n
        t1 = sum(int(s[i]) * (10 - i) for i in range(9))
        c_nhs = (11 - t1 % 11) % 11
        c_uln = 10 - (t1 % 11)
        if int(s[9]) != c_nhs and int(s[9]) != c_uln and s[0] != "0":
            return s
        n += 1

def bad_upn(good):
    i = A23.index(good[0])
    return A23[(i + 5) % 23] + good[1:]

def pd_negatives():
    k, t, e, j, a, r, l, b = U("kayden"), U("tia"), U("ellis"), U("jadyn"), U("amira"), U("reece"), U("lacey"), U("brandon")
    ke, c, nv, d, m, h, s, jp = U("keeley"), U("connor"), U("nevaeh"), U("demi"), U("mason"), U("harvey"), U("skye"), U("jordan")

    # 1 internal DSL case update, hard-wrapped
    body = ("Nadia, Tom,\n\n"
            "Quick update on Demi Fairclough (DOB %s, NHS %s) for the safeguarding log, so we're all on the "
            "same page before tomorrow.\n\n"
            "CAMHS accepted the urgent referral and she has an assessment on 28 January with the crisis team. Dad "
            "has removed all medication from the house. She is to come to Hope Street only, not Foundry Lane, "
            "until further notice, and Shauna will do a check-in at 9am and 1pm each day. Please make sure the "
            "safety plan is on CPOMS and that cover staff know she can leave lessons to go to the quiet room "
            "without challenge.\n\n"
            "Gareth\n") % (d.dob, d.nhs)
    mail(N, 1, "internal-case-update", "hard-wrapped", "DSL updates the two deputy DSLs on a pupil (DOB, NHS number, self-harm plan) – internal only",
         "generic", DSL, [DDSL1, DDSL2], "Demi F - update", "2026-01-21 16:55:08",
         text(wrap(body, 72), "plain", "us-ascii", "7bit"), cc=[SWHELAN], xmailer="Microsoft Outlook 16.0")

    # 2 internal census xlsx
    rows = [["UPN", "Surname", "Forename", "DOB", "Year", "Site", "SEN", "FSM", "LAC"]]
    for p, sen, fsm, lac in ((k, "K", "Y", "N"), (t, "K", "Y", "N"), (e, "E", "Y", "N"), (j, "K", "Y", "N"), (a, "E", "N", "N"),
                             (l, "E", "Y", "Y"), (b, "E", "Y", "N"), (c, "E", "Y", "N"), (jp, "N", "Y", "N")):
        rows.append([p.upn, p.last, p.first, p.dob, p.yr, p.site, sen, fsm, lac])
    body = ("Hi both,\n\nBefore I submit the spring census on Thursday, please could you check the attached "
            "against what you know – particularly SEN status and LAC flags. Reply by Wednesday lunchtime if anything is wrong.\n\nKerry")
    ent = multi("mixed", [alt(body, "pn2"), att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows, "Census check"), "Spring census check.xlsx")],
                bnd("pn2m", "outlook"))
    mail(N, 2, "internal-census-check", "attach-xlsx", "Data lead asks the head and SENCo to check a census extract (UPNs, DOBs, SEN, LAC) – internal only",
         "outlook", DATA, [HEAD, SENCO], "Spring census – please check", "2026-01-12 12:31:40", ent)

    # 3 internal absence csv
    rows = [["UPN", "Name", "DOB", "Key worker", "Sessions missed (wk)", "Last contact"]]
    for p, kw, ms, lc in ((jp, "Marcus Dean", 8, "Dad – 13/01 – said Jordan unwell"), (ke, "Shauna Whelan", 6, "No answer x3"),
                          (c, "Marcus Dean", 5, "Mum – 14/01"), (nv, "Hannah Bright", 4, "Mum in hospital, nan collecting")):
        rows.append([p.upn, p.name, p.dob, kw, ms, lc])
    body = ("Morning key workers,\n\nThis week's absence list attached. Please do your calls/visits and update "
            "the last contact column on the shared drive version, not this one.\n\nJason")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("text/csv", csvtext(rows).encode(), "absence wk19.csv")],
                bnd("pn3", "outlook"))
    mail(N, 3, "internal-absence-list", "attach-csv", "Attendance officer sends key workers the weekly absence CSV with UPNs and DOBs – internal only",
         "outlook", ATT, [MDEAN, SWHELAN, HBRIGHT], "Absence list w/c 12 Jan", "2026-01-16 08:10:02", ent, cc=[DSL])

    # 4 internal staffing txt with NINO, salaries
    lines = ["STAFFING BUDGET 2026-27 – DRAFT – CONFIDENTIAL", "",
             "%-18s %-14s %-10s %s" % ("Name", "NI number", "Grade", "Salary (FTE)"),
             "%-18s %-14s %-10s %s" % ("Callum Rooney", nino("JR", "417295", "C").replace(" ", ""), "G4/7", "24,404"),
             "%-18s %-14s %-10s %s" % ("Janet Ollerton", nino("SE", "093372", "D").replace(" ", ""), "G5/12", "27,334"),
             "%-18s %-14s %-10s %s" % ("Wayne Tully", nino("PW", "628104", "A").replace(" ", ""), "MPS6", "43,607"),
             "", "Assumes 3.5% pay award. Wayne's TLR subject to review."]
    body = ("Marcia – draft staffing lines for the three posts we discussed, before it goes anywhere near the "
            "governors. NI numbers are in there because it's a straight export from the payroll file.\n\nImran\n")
    ent = multi("mixed", [text(body, "plain", '"utf-8"', "quoted-printable"),
                          text("\n".join(lines) + "\n", "plain", '"utf-8"', "quoted-printable", fname="staffing draft 26-27.txt", disp="attachment")],
                bnd("pn4", "outlook"))
    mail(N, 4, "internal-staffing", "attach-txt", "Business manager sends the head a draft staffing file with NI numbers and salaries – internal only",
         "outlook", BM, [HEAD], "Staffing draft 26-27", "2026-03-16 18:02:40", ent)

    # 5 pupil sends own CV to careers adviser (internal), mobile
    body = ("hi miss here is my cv like u said\n\n"
            "JORDAN PIKE\n%s, %s\nDOB %s\nNI number %s\n07700 900702\n\n"
            "Skills: good with my hands, look after my little sister, FIFA\n"
            "Experience: helped my uncle with plastering in the summer\n"
            "I want to do construction at college\n\n"
            "Sent from Outlook for Android") % (jp.addr, jp.pc, jp.dob, nino("SK", "604182", "B"))
    mail(N, 5, "pupil-own-cv", "mobile", "Pupil emails his own CV (address, DOB, NI number) to a staff member – internal only",
         "outlook", ("Jordan Pike", jp.email), [HBRIGHT], "my cv", "2026-03-04 20:41:33", text(body, "plain", '"us-ascii"', "7bit"))

    # 6 inbound LA referral pack docx
    doc = docx([("h", "Fair Access Panel – placement request"),
                ("table", [["Name", s.name], ["DOB", s.dob], ["UPN", s.upn], ["Address", "%s, %s" % (s.addr, s.pc)],
                           ["Parent", "%s, %s" % (s.carer, s.phone)], ["Previous school", "Parkside Primary (permanently excluded 11/09/2025)"]]),
                "Reason for exclusion: repeated assaults on staff and pupils; threw a chair at a TA on 10/09.",
                "Needs: suspected ASD (on CAMHS neurodevelopmental waiting list), speech and language delay.",
                "Social care: Early Help assessment open; older brother known to YOS."],
               author="Medbury Inclusion Service", title="FAP placement")
    body = ("Dear Kerry,\n\nPlease find attached the Fair Access placement paperwork for Skye, agreed at panel this "
            "morning. Start date Monday 22 September at Kingsmead.\n\nRegards,\nFair Access Team\nMedbury City Council")
    ent = multi("mixed", [text(body, "plain", "utf-8", "7bit"),
                          att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "FAP placement - S Bamber.docx")],
                bnd("pn6", "generic"))
    mail(N, 6, "inbound-la-referral", "attach-docx", "Inbound: LA Fair Access team sends a placement pack with UPN, DOB, address and history (arrives from outside)",
         "generic", ("Fair Access Team", "fair.access@medbury.gov.example"), [DATA], "FAP placement – Skye Bamber",
         "2025-09-17 14:20:00", ent, cc=[DDSL2])

    # 7 inbound CAMHS clinic letter pdf
    lines = ["Medbury Child and Adolescent Mental Health Service", "",
             "Re: %s   DOB: %s   NHS No: %s" % (t.name, t.dob, t.nhs),
             "Address: %s, %s" % (t.addr, t.pc), "",
             "Tia-Rose was seen on 14/10/2025. Diagnosis: generalised anxiety disorder with panic attacks.",
             "Plan: CBT x 12 sessions; sertraline 50mg started by GP.",
             "School recommendations: reduced timetable; exit card; named adult; avoid exam halls.",
             "", "Dr P. Venkatesh, Consultant Child & Adolescent Psychiatrist"]
    body = ("Dear Ms Lowe,\n\nPlease find attached the clinic letter for Tia-Rose, shared with parental consent "
            "for the purpose of exam access arrangements.\n\nCAMHS Admin Team")
    ent = multi("mixed", [text(body, "plain", "us-ascii", "7bit"), att("application/pdf", pdf(lines, "Clinic letter"), "Clinic letter - T Hanley.pdf")],
                bnd("pn7", "generic"))
    mail(N, 7, "inbound-camhs-letter", "attach-pdf", "Inbound: CAMHS sends the SENCo a clinic letter with NHS number, DOB and diagnosis",
         "generic", ("CAMHS Admin", "camhs.admin@medburycare.nhs.example"), [SENCO], "Clinic letter",
         "2025-10-21 11:05:14", ent)

    # 8 inbound parent own bank details, latin1
    sc, acc = bank("010984", 5520871)
    body = ("Hello Pauline,\n\nThank you for ringing me about the refund for the trip. Here are my bank details, "
            "the card was cancelled when my purse got stolen.\n\n"
            "Name on account: Kelly Hanley\nSort code: %s\nAccount no: %s\n\n"
            "Tia-Rose is really gutted about the trip but it's not the school's fault.\n\n"
            "Merci & thanks again,\nKelly Hanley\n") % (sc, acc)
    body += "\u00a3145 is the right amount I think?\n"
    mail(N, 8, "inbound-parent-bank", "latin1", "Inbound: parent emails the office her own bank details for a refund",
         "generic", ("Kelly Hanley", "kellyhanley79@example.com"), [OFFICE], "Refund", "2026-01-21 20:14:09",
         text(body, "plain", "iso-8859-1", "quoted-printable"), xmailer="Yahoo Mail")

    # 9 inbound referring school zip of pupil records
    rows = [["UPN", "Surname", "Forename", "DOB", "Address", "Postcode", "SEN", "Medical"]]
    for p, sen, med in ((h, "EHCP", "PTSD"), (b, "SEN support", "Epilepsy – buccal midazolam")):
        rows.append([p.upn, p.last, p.first, p.dob, p.addr, p.pc, sen, med])
    z = zbytes([("transfer/pupil_details.csv", csvtext(rows)), ("transfer/readme.txt", "Exported from SIMS 05/09/2025 for Pathways LC.\n")], (2025, 9, 5, 10, 30, 0))
    body = ("Hi Kerry,\n\nPupil details for Harvey and Brandon attached ahead of their start on Monday. CTFs "
            "have gone via S2S.\n\nMark Ollivant\nData Manager, Riverbank High")
    ent = multi("mixed", [alt(body, "pn9", "outlook"), att("application/x-zip-compressed", z, "Riverbank transfer.zip")], bnd("pn9m", "outlook"))
    mail(N, 9, "inbound-school-transfer", "zip", "Inbound: referring school sends a zip of pupil details (UPN, DOB, medical) to the data lead",
         "outlook", ("Mark Ollivant", "m.ollivant@riverbankhigh.example"), [DATA], "Transfer info - Lund & Sykes",
         "2025-09-05 10:34:51", ent)

    # 10 inbound foster carer reply with medical info, quoting school
    orig = ("Hi Maureen, hope you're well. Before the trip on the 19th could you let us know about any "
            "medication Lacey is on at the moment? Thanks, Wayne")
    body = ("Hi Wayne\n\nShe's on sertraline 50mg in the morning (I'll give it at home) and has her blue inhaler. "
            "Allergic to penicillin. NHS number is %s if the centre needs it. Her social worker Amy Dolan has "
            "agreed to the trip.\n\nMaureen\n\n"
            "On Tue, 10 Mar 2026, 09:02 Wayne Tully, <w.tully@school.example> wrote:\n" + quote(orig)) % l.nhs
    mail(N, 10, "inbound-carer-reply", "reply-quoted", "Inbound: foster carer replies with a child's medication and NHS number",
         "gmail", ("Maureen Ashworth", "mo.ashworth@example.com"), [WTULLY], "Re: Trip on 19th - Lacey",
         "2026-03-10 18:27:44", alt(body, "pn10", "gmail"), irt="<" + hx("pn10irt", 8) + "-TULLY@school.example>")

    # 11 inbound social worker forwards strategy minutes inline
    mins = ("Strategy meeting – %s (DOB %s) – 28/11/2025\n"
            "Present: L. Booth (SW), DS M. Kaye (police), G. Pryce (school DSL), Dr Iqbal (GP)\n"
            "Outcome: s47 enquiry to proceed. Dad to be spoken to under caution regarding injury of 09/10. "
            "Reece to stay with maternal aunt (Joanne Doyle, 31 Sefton Road M22 5GB) pending enquiries.\n") % (r.name, r.dob)
    body = ("Gareth,\n\nForwarding the minutes as promised – please check your actions and let me know of any "
            "inaccuracies.\n\nLydia\n\n" +
            fwd_outlook("Children's Services Minute Taker <cs.minutes@medbury.gov.example>", "28 November 2025 15:12",
                        "Strategy meeting minutes", "Lydia Booth <lydia.booth@medbury.gov.example>", mins))
    mail(N, 11, "inbound-strategy-minutes", "inline-forward", "Inbound: LA social worker forwards strategy meeting minutes about a pupil to the DSL",
         "outlook", ("Lydia Booth", "lydia.booth@medbury.gov.example"), [DSL], "FW: Strategy meeting minutes",
         "2025-11-28 16:30:12", text(body, "plain", '"utf-8"', "quoted-printable"))

    # 12 S/MIME to CAMHS
    ent = E(['Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
             "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename="smime.p7m"'],
            b64(smime_blob("pn12", 3100)))
    mail(N, 12, "smime-referral", "smime", "DSL sends a CAMHS referral S/MIME-encrypted (application/pkcs7-mime)",
         "outlook", DSL, [("CAMHS SPA", "camhs.spa@medburycare.nhs.example")], "Referral – secure", "2026-01-20 09:40:02", ent)

    # 13 S/MIME to LA social care (thunderbird style)
    ent = E(['Content-Type: application/pkcs7-mime; name="smime.p7m"; smime-type=enveloped-data',
             "Content-Transfer-Encoding: base64", 'Content-Disposition: attachment; filename="smime.p7m"',
             "Content-Description: S/MIME Encrypted Message"],
            b64(smime_blob("pn13", 5400)))
    mail(N, 13, "smime-chronology", "smime", "Deputy DSL sends a chronology to a social worker as an S/MIME encrypted message",
         "thunderbird", DDSL2, [("Lydia Booth", "lydia.booth@medbury.gov.example")], "Chronology (encrypted)", "2025-11-27 16:58:40", ent, cc=[DSL])

    # 14 PGP/MIME to YOS
    b_ = bnd("pn14", "thunderbird")
    ent = E(['Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="%s"' % b_],
            "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n"
            "--%s\nContent-Type: application/pgp-encrypted\nContent-Description: PGP/MIME version identification\n\nVersion: 1\n\n"
            "--%s\nContent-Type: application/octet-stream; name=\"encrypted.asc\"\nContent-Description: OpenPGP encrypted message\n"
            "Content-Disposition: inline; filename=\"encrypted.asc\"\n\n%s\n--%s--\n" % (b_, b_, pgp_armor("pn14", 2100), b_))
    mail(N, 14, "pgp-yos-update", "pgp-mime", "Deputy DSL sends the YOS an update as a PGP/MIME encrypted message",
         "thunderbird", DDSL1, [("Dwayne Clarke", "dwayne.clarke@medbury-yos.gov.example")], "Update for panel", "2026-02-09 17:20:00", ent,
         xmailer="Mozilla Thunderbird")

    # 15 password-protected zip to LA SEND
    inner_doc = docx([("h", "Annual review report"), ("table", [["Name", e.name], ["DOB", e.dob], ["UPN", e.upn], ["NHS", e.nhs]]),
                      "Progress against outcomes: see section B. Ellis continues to need 1:1 support for transitions."], author="Rebecca Lowe")
    z = zipcrypto([("AR report - E Carr.docx", inner_doc)], "Kingsmead!Review26", "pn15", (2026, 2, 2, 9, 0, 0))
    body = ("Hi Rob,\n\nEllis's annual review report is attached as a password-protected zip. I'll phone you with the "
            "password – it won't come by email.\n\nThanks,\nRebecca\n")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("application/x-zip-compressed", z, "AR report.zip")], bnd("pn15", "outlook"))
    mail(N, 15, "encrypted-zip-send", "zip-encrypted", "SENCo sends the LA SEND caseworker an annual review inside a password-protected zip (password by phone)",
         "outlook", SENCO, [("Rob Garside", "rob.garside@medbury.gov.example")], "Annual review report - EC", "2026-02-02 09:14:27", ent)

    # 16 password-protected zip to college
    rows = [["Forename", "Surname", "DOB", "ULN", "SEN", "Notes"]] + [[p.first, p.last, p.dob, p.uln, "K", ""] for p in (t, j, b, d)]
    z = zipcrypto([("Y11 transition.csv", csvtext(rows))], "Fl0wer-Pot-9", "pn16", (2026, 3, 9, 14, 0, 0))
    body = ("Hi Leanne,\n\nAs agreed, the transition spreadsheet is in the encrypted zip attached. Password sent "
            "to your mobile by text.\n\nKerry\n")
    ent = multi("mixed", [alt(body, "pn16"), att("application/zip", z, "Y11 transition (encrypted).zip")], bnd("pn16m", "outlook"))
    mail(N, 16, "encrypted-zip-college", "zip-encrypted", "Data lead sends a college Year 11 transition data inside a password-protected zip (password by text)",
         "outlook", DATA, [("Leanne Boyd", "l.boyd@medburycollege.ac.example")], "Transition data (encrypted)", "2026-03-09 14:12:09", ent)

    # 17 invoice with school's own bank details
    sc_o, acc_o = bank("015316", 8830415)
    body = ("Dear Mr Ollivant,\n\n"
            "Please find below our invoice for commissioned alternative provision places, Spring term 2026.\n\n"
            "Invoice no: PLC-INV-2026-0042\nPO ref: RBH-44719\n"
            "4 places x 12 weeks x £215.00 = £10,320.00 (exempt from VAT)\n\n"
            "Payment within 30 days to:\n"
            "Pathways Learning Centre – Medbury City Council schools account\n"
            "Sort code %s   Account %s\n"
            "Please quote the invoice number as the payment reference.\n\n"
            "Kind regards,\nImran Sadiq\nBusiness Manager\n") % (sc_o, acc_o)
    mail(N, 17, "invoice-school-bank", "multipart-alt", "Business manager invoices a referring school for AP places, giving the school's own bank details",
         "outlook", BM, [("Mark Ollivant", "finance@riverbankhigh.example")], "Invoice PLC-INV-2026-0042", "2026-01-07 10:01:55", alt(body, "pn17"))

    # 18 taxi booking refs mobile
    body = ("Hi Gail, can you confirm bookings CLC-558201 and CLC-558202 for tomorrow's college visit - pick up "
            "Foundry Lane 9.15, 4 passengers + 1 staff, return 12.30. Call me on 07700 900150 if any issue. "
            "Thanks Hannah\n\nSent from my iPhone")
    mail(N, 18, "taxi-booking", "mobile", "Key worker confirms taxi booking references and times with the taxi firm (no pupil details)",
         "apple", HBRIGHT, [("Gail Fletcher", "bookings@citylinkcars.example")], "Bookings tomorrow", "2026-02-25 16:32:08",
         text(body, "plain", "us-ascii", "7bit"))

    # 19 aggregate stats xlsx to LA
    rows = [["Pathways Learning Centre – attendance summary, Autumn 2025", "", "", ""],
            ["Site", "Pupils on roll", "Attendance %", "Persistent absence %"],
            ["Kingsmead (KS3)", 31, 84.6, 38.7], ["Foundry Lane (KS4)", 42, 78.1, 52.4], ["Hope Street", 17, 69.3, 64.7],
            ["All sites", 90, 78.4, 50.0], ["", "", "", ""], ["No individual pupil data included.", "", "", ""]]
    body = ("Hi Sue,\n\nAggregate figures for the Autumn term for the AP partnership report. Happy to talk "
            "through the Hope Street numbers – most are medical/EBSA.\n\nJason")
    ent = multi("mixed", [alt(body, "pn19"), att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows, "Summary"), "Attendance summary Aut25.xlsx")],
                bnd("pn19m", "outlook"))
    mail(N, 19, "aggregate-stats", "attach-xlsx", "Attendance officer sends the LA anonymised site-level attendance percentages",
         "outlook", ATT, [("Sue Marland", "attendance.support@medbury.gov.example")], "Autumn attendance summary", "2026-01-08 11:44:19", ent)

    # 20 blank referral template docx
    doc = docx([("h", "Pathways Learning Centre – Referral form (commissioned places)"),
                ("table", [["Pupil name", ""], ["Date of birth", "DD/MM/YYYY"], ["UPN", ""], ["Home address", ""],
                           ["Parent/carer", ""], ["Contact number", ""], ["SEN status / EHCP", ""], ["Medical needs", ""],
                           ["Safeguarding (DSL to DSL only – do not write details here)", ""]]),
                "Please send completed forms through the secure referral portal or by encrypted email. Do not send completed forms by ordinary email."],
               author="Kerry Adebayo", title="Referral form template")
    body = ("Dear colleagues,\n\nAs requested at the heads' briefing, attached is a blank copy of our referral form for "
            "next year's commissioned places. Completed forms should come back through the secure portal, not by "
            "reply to this email.\n\nKind regards,\nKerry Adebayo\nData Lead")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"),
                          att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "Referral form 2026-27 (blank).docx")],
                bnd("pn20", "outlook"))
    mail(N, 20, "blank-template", "attach-docx", "Data lead sends referring schools a blank referral form template",
         "outlook", DATA, [("Riverbank High", "office@riverbankhigh.example"), ("St Matthew's Academy", "office@stmatthews-academy.example")],
         "Referral form 2026-27 (blank)", "2026-03-18 09:30:41", ent)

    # 21 data protection policy txt to governors' external emails
    pol = ("PATHWAYS LEARNING CENTRE – DATA PROTECTION POLICY (DRAFT v4, March 2026)\n\n"
           "1. Purpose\nThis policy sets out how the centre collects, stores and shares personal data about pupils, "
           "parents, staff and governors in line with UK GDPR and the Data Protection Act 2018.\n\n"
           "2. Special category data\nHealth, SEN, ethnicity and safeguarding information is special category data and "
           "must only be shared where there is a lawful basis, and then only by secure means (the LA's secure "
           "email service, encrypted attachments or the referral portal).\n\n"
           "3. Email\nStaff must not send names together with dates of birth, UPNs, NHS numbers or details of "
           "needs by ordinary email to anyone outside the centre. Use initials where possible.\n\n"
           "4. Breaches\nReport any suspected breach to the DPO within 24 hours.\n\n"
           "5. Review\nThis policy will be reviewed annually by the Resources committee.\n")
    body = ("Dear governors,\n\nAttached is the draft Data Protection policy for Thursday's Resources committee. Track "
            "changes are summarised in section 3 – mainly tightening up what can go by email.\n\nBest wishes,\nMarcia")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), text(pol, "plain", '"utf-8"', "quoted-printable", fname="DP policy draft v4.txt", disp="attachment")],
                bnd("pn21", "outlook"))
    mail(N, 21, "policy-document", "attach-txt", "Head sends governors (external addresses) a draft data protection policy containing no personal data",
         "outlook", HEAD, [("Derek Mawson", "derek.mawson@example.net"), ("Cllr Jean Harper", "jean.harper@medbury.gov.example")],
         "Draft DP policy for Thursday", "2026-03-16 17:05:29", ent)

    # 22 html-only event dates & phones to parents
    html = ("<html><body style=\"font-family:Arial;font-size:11pt\"><p>Dear Year 11 Parents and Carers,</p>"
            "<p><b>Post-16 information evening – Tuesday 10 March, 5.00–6.30pm, Foundry Lane site</b></p>"
            "<p>Medbury College, Northgate Training and the Careers Service will be there. If you can't make it, "
            "ring Hannah on 0161 496 0417 or the Foundry Lane office on 0161 496 0400 and we'll arrange a phone call.</p>"
            "<p>Dates for your diary:<br>Mock results – 4 March<br>College application deadline – 31 March<br>"
            "GCSE exams start – 11 May</p>"
            "<p>Kind regards,<br>Foundry Lane Site Office</p></body></html>")
    mail(N, 22, "event-dates", "html-only", "Letter to Year 11 parents with event dates and office phone numbers",
         "generic", OFFICE, [("Year 11 Parents", "office@school.example")], "Post-16 information evening – 10 March", "2026-02-27 13:00:00",
         text(html, "html", "utf-8", "quoted-printable"), bcc=[("", "parent.list1@example.com"), ("", "parent.list3@example.org")],
         xmailer="ParentMail Connect 4.2")

    # 23 IT ticket with look-alike numbers
    body = ("Hello,\n\n"
            "We're still getting the sync failure on our MIS after the update. Details:\n\n"
            "Case number: %s\nLicence key: %s\nServer asset tag: PLC-SRV-0031\n"
            "Error: 0x80070005 at 07:42 and 13:10, job ID 7341 0029 5518 8804\n\n"
            "No pupil records are affected as far as we can see - it fails before the import step. "
            "Call me on 0161 496 0412 if easier.\n\n"
            "Kerry Adebayo\nData Lead\n") % (bad10(6213804470), "PLC-" + bad10(3091577728))
    mail(N, 23, "support-ticket", "plain-7bit", "Data lead chases an MIS supplier about a sync error using case/licence/job numbers (no personal data)",
         "generic", DATA, [("Support", "support@arborlyte-mis.example")], "Sync failure - still occurring",
         "2026-01-27 13:22:10", text(body, "plain", "us-ascii", "7bit"), xmailer="Microsoft Outlook 16.0")

    # 24 anonymised case study flowed
    body = ("Hi Sian,\n\n"
            "Here's the anonymised case study for the conference booklet. I've removed names, dates and anything "
            "that could identify the young person or the school they came from.\n\n"
            "---\n"
            "Pupil A (Year 10) joined us after a permanent exclusion. In the first half term their attendance was "
            "under 40%. A key worker met them at the bus stop each morning for six weeks, and we built the "
            "timetable around a vocational morning at our construction workshop. By the end of the year "
            "attendance was 88% and Pupil A had gained a Level 1 construction qualification. Pupil A's words: "
            "\"It's the first place that didn't give up on me.\"\n"
            "---\n\n"
            "Let me know if the word count is OK.\n\nNadia\n")
    mail(N, 24, "anonymised-case-study", "flowed", "Site lead sends a conference organiser a fully anonymised case study ('Pupil A')",
         "thunderbird", DDSL1, [("Sian Pritchard", "sian@ap-network.example")], "Case study for the booklet",
         "2026-03-13 15:36:04", text(flowed(body), "plain", "UTF-8", "quoted-printable", fl=True))

    # 25 exam board centre info qp
    body = ("Dear Centre Support,\n\n"
            "Centre number 47219 – Pathways Learning Centre.\n\n"
            "Please can you confirm receipt of our summer entries submitted on 20 February (batch ref "
            "EB-47219-0220): 38 entries for GCSE English Language, 41 for GCSE Mathematics (Foundation) and "
            "17 for Entry Level Science. Total fee £4,318.50 – purchase order PLC-2026-0112.\n\n"
            "Our exams officer contact number has changed to 0161 496 0412.\n\n"
            "Many thanks,\nKerry Adebayo\nExams Officer\n")
    mail(N, 25, "exam-entries-summary", "qp", "Exams officer confirms entry counts, batch reference and fee with the exam board (no candidate data)",
         "outlook", DATA, [("NEB Centre Support", "centre.support@northernexams.example")], "Centre 47219 – summer entries confirmation",
         "2026-02-23 10:02:49", text(body, "plain", '"utf-8"', "quoted-printable"))

    # 26 tutoring invoice query cp1252
    body = ("Hi Priya,\n\n"
            "Query on invoice BPT-11872: it shows 46 hours for February but our timesheets total 41. The "
            "difference looks like the week of 16 February (half term) when no sessions ran.\n\n"
            "Could you send a credit note for 5 hours at £32.00 = £160.00? Our PO is PLC-2026-0090.\n\n"
            "Thanks,\nImran Sadiq – Business Manager\n")
    mail(N, 26, "invoice-query", "cp1252", "Business manager queries hours on a tutoring agency invoice (invoice/PO numbers only)",
         "outlook", BM, [("Priya Desai", "accounts@brightpathtutors.example")], "Invoice BPT-11872 query", "2026-03-05 14:40:22",
         text(body, "plain", '"windows-1252"', "quoted-printable"))

    # 27 order confirmation base64, card last four only
    body = ("Hello,\n\n"
            "Confirming our order 4417-2093-77 placed by phone this morning: 30 x Year 11 revision guides "
            "(Maths Foundation), delivery to Foundry Lane. Paid on the school purchase card ending 0412 – "
            "please email the VAT receipt to finance@school.example.\n\n"
            "Regards,\nPathways Learning Centre Finance\n")
    mail(N, 27, "order-confirmation", "base64", "Finance confirms a book order number and the last four digits of the school purchase card",
         "outlook", ("Pathways Finance", "finance@school.example"), [("Sales", "sales@revisewell-books.example")], "Order 4417-2093-77",
         "2025-11-11 10:25:36", text(body, "plain", '"utf-8"', "base64"))

    # 28 dummy training data with invalid identifiers
    rows = [["UPN", "Surname", "Forename", "DOB", "ULN"],
            [bad_upn(upn(999, 9001, 20, 1)), "TESTPUPIL", "Alpha", "01/01/2000", bad10(1000000101)],
            [bad_upn(upn(999, 9001, 20, 2)), "TESTPUPIL", "Bravo", "01/01/2000", bad10(1000000202)],
            [bad_upn(upn(999, 9001, 20, 3)), "TESTPUPIL", "Charlie", "01/01/2000", bad10(1000000303)]]
    body = ("Hi Tom,\n\nFor Tuesday's MIS training, here's the dummy import file – the records are made up "
            "(TESTPUPIL), the identifiers are deliberately invalid so they can't clash with anything live, "
            "and they'll fail validation which is part of the exercise.\n\nKerry")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), att("text/csv", csvtext(rows).encode(), "dummy_import.csv")],
                bnd("pn28", "outlook"))
    mail(N, 28, "dummy-test-data", "attach-csv", "Data lead sends an external trainer an obviously fake test import (TESTPUPIL records, invalid identifiers)",
         "outlook", DATA, [("Tom Barker", "tom.barker@mis-training.example")], "Dummy import file for Tuesday", "2026-02-06 16:20:12", ent)

    # 29 training day letter latin1
    body = ("Dear colleagues,\n\n"
            "Please note that Pathways Learning Centre will be closed to pupils on Friday 27 March for staff "
            "training. Dual-registered pupils should attend their home school on that day.\n\n"
            "Our office numbers are unchanged: Kingsmead 0161 496 0401, Foundry Lane 0161 496 0400, "
            "Hope Street 0161 496 0402.\n\n"
            "Cordialement / kind regards,\nPauline Swann · Office Manager\n")
    mail(N, 29, "closure-notice", "latin1", "Office manager tells referring schools about a training-day closure (dates and office numbers)",
         "generic", OFFICE, [("Riverbank High", "office@riverbankhigh.example"), ("St Matthew's Academy", "office@stmatthews-academy.example")],
         "Staff training day - Friday 27 March", "2026-03-02 09:05:00", text(body, "plain", "iso-8859-1", "8bit"), xmailer="Microsoft Outlook 16.0")

    # 30 rfc822 forward of aggregate S175 audit
    inner = ("Section 175 safeguarding audit 2025-26 – summary figures\n\n"
             "Pupils on roll: 90\nPupils with a child protection plan: 7\nChild in Need: 11\nLooked after: 6\n"
             "Early Help: 14\nMASH referrals this year: 23\nStaff with DSL training in date: 4/4\n"
             "Staff with annual safeguarding update: 46/46\n")
    raw = inner_msg(A(*DSL), [A(*HEAD)], "S175 figures", "2026-03-10 12:00:00", inner, "pn30inner", style="outlook")
    body = ("Dear Safeguarding in Education team,\n\nOur Section 175 summary figures are attached as forwarded from our "
            "DSL. The full audit will be uploaded to the portal.\n\nKind regards,\nMarcia Okonkwo-Reid\nHeadteacher")
    ent = multi("mixed", [text(body, "plain", '"us-ascii"', "7bit"), rfc822(raw, "S175 figures.eml")], bnd("pn30", "outlook"))
    mail(N, 30, "s175-aggregate", "rfc822-forward", "Head forwards the LA aggregate Section 175 safeguarding figures (counts only, no names)",
         "outlook", HEAD, [("Safeguarding in Education", "sie@medbury.gov.example")], "FW: S175 figures", "2026-03-11 08:50:30", ent)

pd_positives()
pd_negatives()
finish(POLICY)
