# ---------------------------------------------------------------------------
# z4 MIME helper library (stdlib only). Deterministic: every random choice is
# taken from a random.Random seeded with the message file name.
# ---------------------------------------------------------------------------
import base64, quopri, random, zipfile, io, json, os, textwrap, zlib, struct, re
import html as htmlmod
from datetime import datetime, timedelta, timezone

NL = "\n"

# ---------------- dates -----------------------------------------------------
def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d

def uk_offset(dt):
    start = _last_sunday(dt.year, 3).replace(hour=1)
    end = _last_sunday(dt.year, 10).replace(hour=1)
    return 1 if start <= dt < end else 0

def rfc_date(s):
    """'2025-01-14 08:42' (UK local time) -> RFC 5322 date string."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = sum(ord(c) for c in s) % 60
    dt = dt.replace(second=sec)
    off = uk_offset(dt)
    tz = timezone(timedelta(hours=off))
    dt = dt.replace(tzinfo=tz)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days[dt.weekday()], dt.day, months[dt.month - 1],
                                               dt.year, dt.hour, dt.minute, dt.second,
                                               "+0100" if off else "+0000")

def human_date(s, style="gmail"):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    if style == "gmail":
        return "%s, %d %s %d at %02d:%02d" % (days[dt.weekday()][:3], dt.day, months[dt.month - 1][:3], dt.year, dt.hour, dt.minute)
    if style == "outlook":
        h = dt.hour % 12 or 12
        return "%s, %d %s %d %d:%02d %s" % (days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, h, dt.minute, "AM" if dt.hour < 12 else "PM")
    if style == "apple":
        return "%d %s %d, at %02d:%02d" % (dt.day, months[dt.month - 1][:3], dt.year, dt.hour, dt.minute)
    return s

# ---------------- header helpers ---------------------------------------------
def enc_word(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 42:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return (NL + " ").join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)

def fmt_addr(a):
    """a is 'addr' or ('Name', 'addr')"""
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_word(name), addr)
    if re.search(r'[,.;:@()<>\[\]"\']', name):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return "%s <%s>" % (name, addr)

def bare(a):
    return a if isinstance(a, str) else a[1]

def fold(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or ", " not in value:
        return line
    parts = value.split(", ")
    out, cur = [], name + ": " + parts[0]
    for p in parts[1:]:
        if len(cur) + len(p) + 2 > 76:
            out.append(cur + ",")
            cur = " " + p
        else:
            cur += ", " + p
    out.append(cur)
    return NL.join(out)

CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlookweb": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-GB")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "ipad": [("X-Mailer", "iPad Mail (22B91)")],
    "android": [("User-Agent", "Android")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "applemail": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "yahoo": [("X-Mailer", "WebService/1.1.22645 YMailNorrin")],
    "aol": [("X-Mailer", "AOL Webmail 44113-STANDARD")],
    "samsung": [("X-Mailer", "Samsung Mobile")],
    "outlookmobile": [("X-Mailer", "Outlook for iOS")],
}

def message_id(rng, client, from_addr):
    dom = bare(from_addr).split("@")[1]
    hx = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    if client in ("outlook", "outlookweb", "outlookmobile"):
        n = rng.randint(1000, 9999)
        srv = "%s%dPR0%dMB%d" % (rng.choice(["DB", "AM", "LO", "CWL"]), rng.randint(6, 9), rng.randint(1, 8), n)
        return "<%s%s@%s.%s.prod.outlook.com>" % (srv, hx, srv, rng.choice(["eurprd01", "eurprd02", "eurprd03", "eurprd04", "eurprd05", "eurprd06"]))
    if client == "gmail":
        s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(44))
        return "<CA%s@mail.gmail.com>" % s
    if client in ("iphone", "ipad", "applemail"):
        u = "%08X-%04X-%04X-%04X-%012X" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))
        return "<%s@%s>" % (u, dom)
    if client == "thunderbird":
        u = "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))
        return "<%s@%s>" % (u, dom)
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.example>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), rng.randint(10**12, 10**13))
    return "<%s.%d@%s>" % (hx.lower(), rng.randint(10**5, 10**6), dom)

# ---------------- body transforms ---------------------------------------------
def wrap_lines(text, width=72):
    out = []
    for line in text.split(NL):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)])?\s*)", line)
        ind = " " * len(m.group(1)) if m and m.group(1).strip() else ""
        w = textwrap.wrap(line, width=width, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False)
        out.extend(w if w else [""])
    return NL.join(out)

def flow_lines(text, width=72):
    out = []
    for line in text.split(NL):
        if line.startswith(" ") or line.startswith("From ") or (line.startswith(">") and False):
            line = " " + line
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if line.strip() != "-- " else line)
            continue
        w = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        for i, seg in enumerate(w):
            out.append(seg + " " if i < len(w) - 1 else seg)
    return NL.join(out)

def to_html(text, style="outlook"):
    blocks = re.split(r"\n\s*\n", text.strip(NL))
    parts = []
    for b in blocks:
        lines = b.split(NL)
        if all(re.match(r"^\s*([-*\u2022]|\d+[.)])\s", l) for l in lines):
            ordered = bool(re.match(r"^\s*\d", lines[0]))
            tag = "ol" if ordered else "ul"
            items = "".join("<li>%s</li>" % htmlmod.escape(re.sub(r"^\s*([-*\u2022]|\d+[.)])\s+", "", l)) for l in lines)
            parts.append("<%s>%s</%s>" % (tag, items, tag))
        else:
            inner = "<br>\n".join(htmlmod.escape(l) for l in lines)
            if style == "outlook":
                parts.append('<p class="MsoNormal">%s</p>' % inner)
            else:
                parts.append("<div>%s</div><div><br></div>" % inner)
    if style == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n')
        tail = "\n</div>\n</body>\n</html>\n"
    else:
        head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="ltr">\n'
        tail = "\n</div></body></html>\n"
    return head + "\n".join(parts) + tail

def qp(data_bytes):
    return quopri.encodestring(data_bytes).decode("ascii")

def b64(data_bytes, width=76):
    s = base64.b64encode(data_bytes).decode("ascii")
    return NL.join(s[i:i + width] for i in range(0, len(s), width)) + NL

# ---------------- parts --------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes

    def render(self):
        h = "".join(fold(n, v) + NL for n, v in self.headers).encode("ascii")
        return h + NL.encode() + self.body

def text_part(text, subtype="plain", charset="utf-8", cte="7bit", flowed=False, delsp=False):
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "us-ascii" else "us-ascii")
    if charset in ("utf-8", "iso-8859-1", "windows-1252") and subtype == "plain" and cte == "7bit":
        # 7bit only valid for ascii text: verify
        text.encode("ascii")
    if flowed:
        ct += "; format=flowed" + ("; delsp=yes" if delsp else "")
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = qp(raw).encode("ascii")
    elif cte == "base64":
        body = b64(raw).encode("ascii")
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)

def attach_part(filename, data, ctype, disposition="attachment"):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Description", filename),
                 ("Content-Disposition", '%s; filename="%s"; size=%d' % (disposition, filename, len(data))),
                 ("Content-Transfer-Encoding", "base64")], b64(data).encode("ascii"))

def rfc822_part(msg_bytes, fname=None):
    h = [("Content-Type", "message/rfc822" + ('; name="%s"' % fname if fname else ""))]
    if fname:
        h.append(("Content-Disposition", 'attachment; filename="%s"' % fname))
    try:
        msg_bytes.decode("ascii")
        h.append(("Content-Transfer-Encoding", "7bit"))
    except UnicodeDecodeError:
        h.append(("Content-Transfer-Encoding", "8bit"))
    return Part(h, msg_bytes)

def multipart(subtype, parts, rng, extra="", preamble=None):
    b = "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))
    if rng.random() < 0.5:
        b = "_%03d_%s_" % (rng.randint(0, 999), "".join(rng.choice("0123456789ABCDEF") for _ in range(24)))
    body = b""
    if preamble:
        body += (preamble + "\n\n").encode()
    elif subtype == "mixed" and rng.random() < 0.5:
        body += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += ("--%s\n" % b).encode() + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += ("--%s--\n" % b).encode()
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, extra))], body)

# ---------------- office files -----------------------------------------------
ZDATE = (2024, 9, 2, 8, 30, 0)

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def make_zip(files):
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in files])

def _x(s):
    return htmlmod.escape(s, quote=False)

def make_docx(blocks, creator="Office"):
    """blocks: list of str (paragraph) or ('h', str) heading or ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        elif isinstance(b, tuple) and b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy></cp:coreProperties>' % (_x(creator), _x(creator)))
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core), ("word/document.xml", doc)])

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1"):
    strings, idx = [], {}
    xrows = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                v = str(v)
                if v not in idx:
                    idx[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, idx[v]))
        xrows.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, "".join(xrows)))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">%s</sst>'
           % (ns, len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, _x(sheet)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheetxml),
                     ("xl/sharedStrings.xml", sst)])

def make_csv(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")

# ---------------- encrypted containers --------------------------------------------
_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC.append(_c)

def _crc_upd(crc, b):
    return _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)

class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for ch in pw:
            self._upd(ch)
    def _upd(self, c):
        k = self.k
        k[0] = _crc_upd(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xFF)
    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            kb = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ kb)
            self._upd(p)
        return bytes(out)

def make_encrypted_zip(files, password, rng):
    """Traditional PKWARE (ZipCrypto) encrypted zip, deflated."""
    pw = password.encode()
    out = bytearray()
    central = bytearray()
    dostime = (8 << 11) | (30 << 5)
    dosdate = ((2024 - 1980) << 9) | (9 << 5) | 2
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(pw)
        header = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        enc = zc.enc(header) + zc.enc(comp)
        fn = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data), len(fn), 0) + fn + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data),
                               len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)

def smime_blob(rng, n=1800):
    oid = bytes([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03])
    inner = oid + bytes([0xA0, 0x82]) + struct.pack(">H", n) + bytes(rng.getrandbits(8) for _ in range(n))
    return bytes([0x30, 0x82]) + struct.pack(">H", len(inner)) + inner

def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def pgp_armor(rng, n=1400):
    data = bytes([0x85, 0x02, 0x0C]) + bytes(rng.getrandbits(8) for _ in range(n))
    s = base64.b64encode(data).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    ck = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + NL.join(lines) + "\n=" + ck + "\n-----END PGP MESSAGE-----\n"

# ---------------- check digits ------------------------------------------------------
UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn(la, estab, yr, serial):
    body = "%03d%04d%02d%03d" % (la, estab, yr, serial)
    s = sum((int(c) if c.isdigit() else UPN_ALPHA.index(c)) * (i + 2) for i, c in enumerate(body))
    return UPN_ALPHA[s % 23] + body

def bad_upn(la, estab, yr, serial):
    good = upn(la, estab, yr, serial)
    i = UPN_ALPHA.index(good[0])
    return UPN_ALPHA[(i + 5) % 23] + good[1:]

def uln(first9):
    s = sum(int(first9[i]) * (10 - i) for i in range(9))
    r = s % 11
    if r == 0:
        return None
    return first9 + str(10 - r)

def nhs(first9):
    s = sum(int(first9[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    if c == 10:
        return None
    n = first9 + str(c)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])

def luhn(prefix15):
    digits = [int(d) for d in prefix15]
    t = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    c = (10 - t % 10) % 10
    n = prefix15 + str(c)
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))

def nino_ok(n):
    n = n.replace(" ", "")
    a, b = n[0], n[1]
    if a in "DFIQUV" or b in "DFIQUVO":
        return False
    if a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        return False
    return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n) is not None

def nino(s):
    assert nino_ok(s), s
    s = s.replace(" ", "")
    return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])

def account(sort, first7):
    """Standard modulus 11 (weights 0 0 0 0 0 0 8 7 6 5 4 3 2 1); search last digit."""
    sc = [int(c) for c in sort.replace("-", "")]
    w = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
    for last in range(10):
        acc = first7 + str(last)
        digits = sc + [int(c) for c in acc]
        if sum(a * b for a, b in zip(digits, w)) % 11 == 0:
            return acc
    return None

# ---------------- message assembly ----------------------------------------------------
def build(m):
    """m: dict describing one message; returns bytes."""
    rng = random.Random(m["file"])
    client = m.get("client", "outlook")
    hdr = []
    hdr.append(("From", fmt_addr(m["from"])))
    hdr.append(("To", ", ".join(fmt_addr(a) for a in m["to"])))
    if m.get("cc"):
        hdr.append(("Cc", ", ".join(fmt_addr(a) for a in m["cc"])))
    hdr.append(("Subject", enc_word(m["subject"])))
    hdr.append(("Date", rfc_date(m["date"])))
    hdr.append(("Message-ID", m.get("msgid") or message_id(rng, client, m["from"])))
    if m.get("in_reply_to"):
        hdr.append(("In-Reply-To", m["in_reply_to"]))
        hdr.append(("References", m["in_reply_to"]))
    for k, v in CLIENTS.get(client, []):
        hdr.append((k, v))
    for k, v in m.get("extra_headers", []):
        hdr.append((k, v))
    hdr.append(("MIME-Version", "1.0"))
    part = body_for(m, rng, client)
    top = "".join(fold(n, v) + NL for n, v in hdr).encode("ascii")
    return top + part.render()

def body_for(m, rng, client):
    shape = m["shape"]
    text = m.get("text", "")
    hstyle = "outlook" if client.startswith("outlook") else "gmail"
    charset = m.get("charset", "utf-8")
    if shape == "plain-7bit":
        return text_part(text, charset="us-ascii", cte="7bit")
    if shape == "hard-wrapped":
        t = wrap_lines(text, m.get("width", 72))
        try:
            t.encode("ascii")
            return text_part(t, charset="us-ascii" if m.get("ascii_cs") else "utf-8", cte="7bit")
        except UnicodeEncodeError:
            return text_part(t, charset="utf-8", cte="8bit")
    if shape == "format-flowed":
        t = flow_lines(text, m.get("width", 72))
        try:
            t.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
        return text_part(t, charset="utf-8", cte=cte, flowed=True)
    if shape in ("qp", "mobile-qp"):
        return text_part(text, charset="utf-8", cte="quoted-printable")
    if shape == "base64":
        return text_part(text, charset="utf-8", cte="base64")
    if shape == "iso-8859-1":
        return text_part(wrap_lines(text, 76) if m.get("wrap") else text, charset="iso-8859-1", cte=m.get("cte", "8bit"))
    if shape == "windows-1252":
        if m.get("html_alt"):
            return multipart("alternative", [text_part(text, charset="windows-1252", cte="quoted-printable"),
                                             text_part(m.get("html") or to_html(text, "outlook"), subtype="html", charset="windows-1252", cte="quoted-printable")], rng)
        return text_part(text, charset="windows-1252", cte="quoted-printable")
    if shape == "html-only":
        h = m.get("html") or to_html(text, hstyle)
        return text_part(h, subtype="html", charset="utf-8", cte=m.get("cte", "quoted-printable"))
    if shape == "multipart-alternative":
        h = m.get("html") or to_html(text, hstyle)
        return multipart("alternative", [text_part(text, charset="utf-8", cte="quoted-printable"),
                                         text_part(h, subtype="html", charset="utf-8", cte="quoted-printable")], rng)
    if shape in ("attachment-txt", "attachment-csv", "attachment-docx", "attachment-xlsx", "zip", "forward-rfc822",
                 "smime-encrypted", "zip-encrypted"):
        if shape == "smime-encrypted":
            data = smime_blob(rng, m.get("blob", 1800))
            return Part([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                         ("Content-Disposition", 'attachment; filename="smime.p7m"'),
                         ("Content-Transfer-Encoding", "base64")], b64(data).encode("ascii"))
        parts = []
        if m.get("html_body"):
            parts.append(multipart("alternative", [text_part(text, charset="utf-8", cte="quoted-printable"),
                                                   text_part(to_html(text, hstyle), subtype="html", charset="utf-8", cte="quoted-printable")], rng))
        else:
            try:
                text.encode("ascii")
                parts.append(text_part(text, charset="us-ascii" if client in ("thunderbird",) else "utf-8", cte="7bit"))
            except UnicodeEncodeError:
                parts.append(text_part(text, charset="utf-8", cte="quoted-printable"))
        for a in m.get("attachments", []):
            if a[0] == "rfc822":
                parts.append(rfc822_part(a[1], a[2] if len(a) > 2 else None))
            else:
                fname, data, ctype = a
                parts.append(attach_part(fname, data, ctype))
        return multipart("mixed", parts, rng)
    if shape == "pgp-encrypted":
        p1 = Part([("Content-Type", "application/pgp-encrypted"), ("Content-Description", "PGP/MIME version identification")], b"Version: 1\n")
        p2 = Part([("Content-Type", 'application/octet-stream; name="encrypted.asc"'), ("Content-Description", "OpenPGP encrypted message"),
                   ("Content-Disposition", 'inline; filename="encrypted.asc"')], pgp_armor(rng, m.get("blob", 1400)).encode())
        mp = multipart("encrypted", [p1, p2], rng, extra='; protocol="application/pgp-encrypted"',
                       preamble="This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)")
        return mp
    if shape in ("forward-inline", "reply-quoted", "plain"):
        cte = m.get("cte", "7bit")
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable" if cte == "7bit" else cte
        if m.get("wrap"):
            text = wrap_lines(text, 76)
        if m.get("flowed"):
            return text_part(flow_lines(text), charset="utf-8", cte=cte, flowed=True)
        return text_part(text, charset="utf-8", cte=cte)
    if shape == "mobile":
        cte = "7bit"
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "quoted-printable"
        return text_part(text, charset="utf-8" if cte != "7bit" else "us-ascii", cte=cte)
    raise ValueError(shape)

# ---------------- quoting helpers --------------------------------------------------------
def quote(text, prefix="> "):
    return NL.join((prefix + l) if l else prefix.rstrip() for l in text.split(NL))

def fwd_gmail(frm, date, subject, to, body, cc=None):
    s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
        fmt_addr(frm), human_date(date, "gmail"), subject, ", ".join(fmt_addr(a) for a in to))
    if cc:
        s += "Cc: %s\n" % ", ".join(fmt_addr(a) for a in cc)
    return s + "\n\n" + body

def fwd_outlook(frm, date, subject, to, body):
    name = frm[0] if isinstance(frm, tuple) else frm
    return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n" % (
        name, bare(frm), human_date(date, "outlook"), "; ".join(a[0] if isinstance(a, tuple) else a for a in to), subject)) + body

def fwd_apple(frm, date, subject, to, body):
    return ("Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n\n" % (
        fmt_addr(frm), subject, human_date(date, "apple"), ", ".join(fmt_addr(a) for a in to))) + body

def inner_message(frm, to, subject, date, text, client="gmail", cte=None, fname=None, cc=None):
    m = {"file": "inner-" + subject + date, "from": frm, "to": to, "cc": cc, "subject": subject, "date": date,
         "client": client, "shape": "plain", "text": text}
    if cte:
        m["cte"] = cte
    return build(m)

# ---------------- driver -------------------------------------------------------------
def write_all(messages, writer="z4"):
    seen = set()
    man = []
    for i, m in enumerate(messages):
        lab = m["label"]
        fname = "%s/%s-%03d-%s.eml" % (lab, writer, m["n"], m["family"])
        assert fname not in seen
        seen.add(fname)
        m["file"] = fname
        data = build(m)
        os.makedirs(lab, exist_ok=True)
        with open(fname, "wb") as f:
            f.write(data)
        rcpt = [bare(a) for a in m["to"]] + [bare(a) for a in (m.get("cc") or [])] + [bare(a) for a in m.get("bcc", [])]
        auth = m.get("auth", "__from__")
        if auth == "__from__":
            auth = bare(m["from"])
        man.append({"file": fname, "label": lab, "mail_from": m.get("mail_from", bare(m["from"])), "rcpt": rcpt,
                    "auth_user": auth, "shape": m["shape"], "family": m["family"], "note": m["note"]})
    with open("manifest-%s.jsonl" % writer, "w") as f:
        for e in man:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return man

# ---------------------------------------------------------------------------
# The imagined organisation: St Michael's Church of England Junior School and
# St Michael's Nursery ("Little Lambs"), Church Lane, Marlcombe, Westshire.
# ---------------------------------------------------------------------------
HEAD = ("Helen Pardoe", "h.pardoe@school.example")
DSL = ("Tom Ashdown", "t.ashdown@school.example")
SENCO = ("Rachel Okafor", "r.okafor@school.example")
SBM = ("Julie Venn", "j.venn@school.example")
OFFICE = ("St Michael's School Office", "office@school.example")
KAREN = ("Karen Dibble", "k.dibble@school.example")
NURSERY = ("Sue Miller", "s.miller@school.example")
CARTER = ("Amy Carter", "a.carter@school.example")
HUGHES = ("Daniel Hughes", "d.hughes@school.example")
SHAH = ("Priya Shah", "p.shah@school.example")
PRYCE = ("Gareth Pryce", "g.pryce@school.example")
TUCKER = ("Bev Tucker", "b.tucker@school.example")
GOULD = ("Lorraine Gould", "l.gould@school.example")
HOLE = ("Denise Hole", "d.hole@school.example")
SITE = ("Phil Bartlett", "p.bartlett@school.example")
ICT = ("Sam Okoro", "s.okoro@school.example")
VOWLES = ("Chloe Vowles", "c.vowles@school.example")
SALTER = ("Jo Salter", "j.salter@school.example")
ROWE = ("Gemma Rowe", "g.rowe@school.example")
WESCOTT = ("Tina Wescott", "t.wescott@school.example")
ALLSTAFF = ("All Staff", "allstaff@school.example")
KS2 = ("KS2 Teachers", "ks2teachers@school.example")

VICAR = ("Revd Canon Mark Ellery", "vicar@marlcombeparish.example")
PARISH = ("Marlcombe Parish Office", "office@marlcombeparish.example")
DIOCESE = ("Diocese of Wellsford Education Team", "schools@wellsforddiocese.example")
PTA_CHAIR = ("Nicola Brimble", "nicola.brimble@example.com")
LA_ADM = ("Westshire Council School Admissions", "admissions@westshire.gov.example")
LA_INC = ("Westshire Inclusion Team", "inclusion@westshire.gov.example")

SIG_HEAD = """Mrs Helen Pardoe
Headteacher
St Michael's Church of England Junior School & Nursery
Church Lane, Marlcombe, Westshire TA12 6RL
Tel: 01632 960418"""

SIG_OFFICE = """Karen Dibble
School Administrator
St Michael's C of E Junior School
01632 960418"""

SIG_SBM = """Julie Venn
School Business Manager
St Michael's Church of England Junior School & Nursery
01632 960418 (ext 203)"""

SIG_DSL = """Tom Ashdown
Deputy Headteacher & Designated Safeguarding Lead
St Michael's C of E Junior School
"Let your light shine" (Matthew 5:16)"""

SIG_SENCO = """Mrs Rachel Okafor
SENCo
St Michael's Church of England Junior School & Nursery
Working days: Mon, Tue, Thu"""

PARENTS_KS2 = ["dunn.family@example.net", "gary.luckins1978@example.com", "kerryanne.bale@example.com",
               "tanya.sheppard@example.net", "hannah.cole@example.com", "kayleigh.cox@example.net",
               "deansparkes@example.net", "marie.pike@example.com", "stacey.norris@example.com",
               "sianfry@example.org", "becca.holt@example.net", "j.mason.home@example.org"]
PARENTS_NURSERY = ["sophie.landon@example.org", "kate.ruddock@example.com", "amira.h@example.net",
                   "jessporter88@example.com", "lou.millward@example.org"]
PARENTS_ALL = PARENTS_KS2 + PARENTS_NURSERY

# ===========================================================================
# chain-letter corpus, writer z4
# ===========================================================================
M = []

def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- positives
add(n=1, label="positive", family="prayer-chain-st-jude", shape="plain-7bit", client="aol", auth=None,
    **{"from": ("Maureen Dunn", "maureen.dunn@example.net")}, to=[CARTER],
    subject="A prayer for you and Willow class", date="2024-10-03 21:14",
    note="Grandparent sends a St Jude prayer chain to a Y3 teacher: send 12 copies within 96 hours or lose your luck",
    text="""Dear Miss Carter,

I hope you don't mind me writing to you direct, Lily gave me your email address off the school letter. A lady at church passed this on to me and I thought straight away of you and all the little ones in Willow class. It has never been known to fail so please don't break it.

With love, Maureen (Lily Dunn's Nanna)


*** PRAYER TO ST JUDE ***

Holy St Jude, friend of those in trouble, keep watch over this house and all who read these words. Bring comfort to the sick, hope to the worried and a way through for the lost. Amen.

This prayer has been sent to you for good luck. The first copy was written by a nun in Ireland and it has now been round the world eleven times. The luck has now been sent to you. You MUST send 12 copies of this to people you think need good luck within 96 hours of receiving it. Do not send money, faith has no price. Do not keep this message.

Mrs Avery in Bridgwater sent on her copies the same day and three days later her grandson was offered the job he had waited a year for. A man in Frome laughed at it and deleted it and within the month his wife was taken into hospital. He found it again in his deleted items, sent his 12 copies, and she came home the following week.

Say the prayer three times, then send it to 12 people. On the fourth day you will receive a surprise. Even if you are not superstitious, do not break the chain!!
""")

add(n=2, label="positive", family="email-tracking-money-hoax", shape="plain-7bit", client="gmail", auth=None,
    **{"from": ("Gary Luckins", "gary.luckins1978@example.com")}, to=[OFFICE],
    cc=[("Dawn Luckins", "dawn.luckins@example.com")],
    subject="Fw: Fw: FW: this is real my brother in law got paid!!!",
    date="2024-11-18 19:02",
    note="Parent forwards the classic 'Microsoft is tracking this email and will pay you per forward' hoax to the school office",
    text="""Karen can you send this round to all the parents, the more people get it the more we all get paid lol. Not a joke my brother in law had a cheque last year

Gary (Alfie's dad Y4)

>>>>> Dear Friends,
>>>>>
>>>>> Please do not take this for a junk letter. Bill Gates is sharing his fortune. If you ignore this you will repent later. Microsoft and AOL are now the biggest Internet companies and to make sure that Internet Explorer remains the most widely used program, Microsoft is running an e-mail beta test.
>>>>>
>>>>> When you forward this e-mail to friends, Microsoft can and will track it (if you are a Microsoft Windows user) for a two week time period. For every person that you forward this e-mail to, Microsoft will pay you $245.00. For every person that you sent it to that forwards it on, Microsoft will pay you $243.00 and for every third person that receives it, you will be paid $241.00. Within two weeks, Microsoft will contact you for your address and then send you a cheque.
>>>>>
>>>>> I thought this was a scam myself, but two weeks after receiving this e-mail and forwarding it on, Microsoft contacted me for my address and within days I received a cheque for $24,800.00. You need to respond before the beta testing is over. If anyone can afford this, Bill Gates is the man.
>>>>>
>>>>> FORWARD THIS TO EVERYONE IN YOUR ADDRESS BOOK. IT COSTS YOU NOTHING!!!
>>>>>
>>>>> Regards,
>>>>> Charles S. Bailey
>>>>> General Manager Field Operations
""")

add(n=3, label="positive", family="sign-and-pass-on-petition", shape="hard-wrapped", client="thunderbird", auth=None,
    **{"from": ("Geoffrey Hext", "g.hext@example.org")}, to=[HEAD],
    subject="Please sign and pass on - keep the Lord's Prayer in our schools",
    date="2025-01-22 10:37",
    note="Parishioner sends a 'add your name to the bottom and forward to everyone' petition about collective worship to the head",
    text="""Dear Mrs Pardoe,

You will know far better than me what is going on in Westminster but I was sent this by my cousin in Exeter and I feel strongly that a church school should put its name to it. Please add the school and forward it on as it asks.

Yours in Christ,
Geoffrey Hext (sidesman, St Michael's)

------------------------------------------------------------

PETITION - THE LORD'S PRAYER MUST STAY IN OUR SCHOOLS

The government is quietly planning to ban the Lord's Prayer from every school assembly in England from next September. They are hoping nobody notices. It will not be in the news, they are relying on our silence.

We need 1,000,000 names to force a debate. PLEASE DO NOT SIGN ONLINE, the websites are being blocked. This petition only works by email.

HOW TO SIGN: Copy this whole message into a new email. Add your name, town and the number at the bottom of the list. Then send it to EVERYONE in your address book. If you receive it with 500 names on, please send a copy to the petition organiser at savetheprayer@example.net so the list can be counted, and then carry on passing it round.

Do not simply forward it, copy and paste so the list does not get lost. It takes two minutes. If you do not pass it on, the list dies with you.

1. Margaret Allsop, Kendal
2. Revd J. Phillips, Carlisle
3. Susan & Roy Tennant, Lancaster
4. Dorothy Keane, Preston
5. Pastor Michael Oyelaran, Manchester
...
44. Christine Hale, Taunton
45. Alan Hale, Taunton
46. Jean Parkhouse, Exeter
47. Peter Hext, Exeter
48. Geoffrey Hext, Marlcombe
49.
""")

add(n=4, label="positive", family="privacy-notice-hoax", shape="hard-wrapped", client="outlook",
    **{"from": TUCKER}, to=[ALLSTAFF],
    subject="IMPORTANT - copy and paste before tomorrow!!",
    date="2025-02-11 15:48",
    note="TA sends all staff the 'I do not give permission' privacy-notice hoax and asks everyone to paste it to all their contacts",
    text="""Hi all, my daughter told me about this, apparently from tomorrow Microsoft are changing their rules and everything we've ever sent including photos can be used by them unless you put the notice out. Even the lawyers are saying do it. I've done mine. Just copy the bit below into a new email and send to everyone in your contacts, it doesn't work if you just forward it!!

Bev x

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

I hereby declare that I do NOT give Microsoft, Outlook, Hotmail, Google or any company connected to them permission to use, copy, publish or sell my emails, my pictures, my contacts or any other information, past or future. This notice is protected under the Rome Statute and the UCC 1-308. Breaking my privacy can be punished by law. All members must post a note like this. If you do not publish a statement at least once it will be taken as permission to use your photos and the information in your emails.

Copy and paste, do NOT share. Channel 4 News has confirmed this.

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
""")

add(n=5, label="positive", family="angel-chain", shape="format-flowed", client="applemail",
    **{"from": GOULD}, to=[TUCKER, WESCOTT, ROWE, HOLE, SALTER],
    subject="An angel for you \u2764\ufe0f",
    date="2024-09-27 20:31",
    note="TA sends colleagues a guardian-angel chain: send to 7 people within 7 minutes for a blessing",
    text="""Ladies, I don't normally do these but it's been a hard week and this made me smile. Love you all xx

~ An angel is looking over you ~

The angel who brought this message to you was sent because somebody who cares about you asked for it. Angels work through the people we love.

Close your eyes for a moment and feel her wings around you. Now make a wish.

Send this to 7 people you care about in the next 7 minutes and your wish will come true within 7 days.
Send it to 3 people and your week will be blessed.
Send it to nobody and the angel will have to fly back without leaving her gift.

Please don't break the chain, it has gone round the world since 2008 and the angel knows who has read it.

\u2728 I sent it to you so I know you are special \u2728

Lorraine
Sent from my iPad""")

add(n=6, label="positive", family="recipe-exchange-chain", shape="format-flowed", client="applemail", auth=None,
    **{"from": ("Sophie Landon", "sophie.landon@example.org")}, to=[NURSERY],
    cc=[("Kate Ruddock", "kate.ruddock@example.com"), ("Amira Haddad", "amira.h@example.net"), ("Jess Porter", "jessporter88@example.com"), ("Lou Millward", "lou.millward@example.org")],
    subject="Recipe swap!! Nursery mums (and Sue!)",
    date="2025-03-06 21:55",
    note="Nursery parent starts a recipe-exchange chain: send a recipe to the top name, move names up, send to 20 friends",
    text="""Hi lovely ladies (and Sue, hope you don't mind, I know you love a good bake!)

I've been invited to join a recipe exchange and I'm hoping you'll all join in. I've picked people I think would enjoy it.

Please send ONE recipe to the person whose name is in position 1 below. It should be something quick and easy that you know by heart. Don't agonise over it!

After you send your recipe, copy this email into a new email, take the person in position 1 off, move my name to position 1 and put your name in position 2. Only your name and email should show when you send it. Then send it to 20 friends (not to me). If you can't do it within 5 days, please let me know so it's fair to everyone.

The turnaround is quick as there are only 2 names on the list and you'll only have to do this once. You should get 36 recipes back! It's fun to see where they come from.

1. Becky Yeandle - becky.yeandle@example.com
2. Sophie Landon - sophie.landon@example.org

Please don't break the chain, someone always loses out when it stops.

Soph x (Rosie's mum, Ladybirds room)""")

add(n=7, label="positive", family="pupil-friendship-chain", shape="qp", client="gmail",
    **{"from": ("Mia Harrow", "mharrow@students.school.example")},
    to=[("Isla Pike", "ipike@students.school.example"), ("Ruby Mason", "rmason@students.school.example"),
        ("Evie Cole", "ecole@students.school.example"), ("Grace Holt", "gholt@students.school.example"),
        ("Amelia Fry", "afry@students.school.example")],
    subject="\U0001f496 BEST FRIEND TEST \U0001f496 DONT IGNORE",
    date="2025-01-17 16:22",
    note="Year 5 pupil sends a friendship chain to classmates: send to 10 friends including me, count how many come back",
    text="""\U0001f496\U0001f496\U0001f496\U0001f496\U0001f496\U0001f496\U0001f496\U0001f496

send this to 10 friends INCLUDING ME if ur really my friend!!

if u get 0 back = nobody really likes u \U0001f622
1-3 back = u have some friends
4-6 back = ur really popular
7-10 back = EVERYONE loves u \U0001f60d\U0001f60d

if u dont send it on u will have no friends for a year. my cousin didnt send it and her best friend moved to scotland!!!! its true

u have 15 mins GO GO GO

\U0001f496\U0001f496\U0001f496\U0001f496\U0001f496\U0001f496\U0001f496\U0001f496

love mia xoxo
""")

add(n=8, label="positive", family="phone-scam-hoax", shape="qp", client="outlook",
    **{"from": KAREN}, to=[ALLSTAFF],
    subject="FW: Please read \u2013 phone scam warning \u2013 pass on to everyone",
    date="2024-11-05 12:47",
    note="School administrator forwards an unsourced 'press 9-0-# and they take over your line' hoax to all staff, asking them to send it to everyone",
    text="""Hi everyone,

My husband\u2019s sister sent me this last night, I had no idea this could happen! Please pass it on to your families, especially older relatives.

Karen

-----Original Message-----
From: Lynne Dibble
Subject: Fw: PLEASE READ THIS

I received a phone call from a man who said he was a BT engineer doing a test on the line. He asked me to press 9, 0, # and then hang up. Luckily I was suspicious and did not do it.

My neighbour\u2019s son works for the police and he says by pressing 9-0-# you give them full access to your phone line, and they can make calls to anywhere in the world and you will get the bill. They can also empty your bank account through your phone. One woman in Taunton had a bill for \u00a33,400!

BT and the police have confirmed that this is true. PLEASE send this to everyone you know, it could save someone a lot of money. Do not let it stop with you.
""")

add(n=9, label="positive", family="pupil-1111-wish-chain", shape="base64", client="gmail",
    **{"from": ("Archie Dunn", "adunn@students.school.example")},
    to=[("Leo Brimble", "lbrimble@students.school.example"), ("Harvey Sparkes", "hsparkes@students.school.example"),
        ("Jayden Bale", "jbale@students.school.example"), ("Oscar Venn", "ovenn@students.school.example")],
    subject="read this at 11:11 \u23f0",
    date="2024-12-02 11:11",
    note="Year 6 pupil sends an 11:11 wish chain: send to 10 people within 11 minutes or your wish goes the opposite way",
    text="""READ THIS AT 11:11 \u23f0\u23f0

close ur eyes and make a wish. dont tell anyone what u wished for.

now send this to 10 people in the next 11 minutes and ur wish will come true tomorrow.

if u send it to 5 people it will come true in a week.
if u send it to nobody ur wish will come true THE OPPOSITE WAY \U0001f480

this is real my brother wished for a ps5 and got one 2 days later

DONT BREAK IT
""")

add(n=10, label="positive", family="whatsapp-charging-hoax", shape="base64", client="android", auth=None,
    **{"from": ("Dean Sparkes", "deansparkes@example.net")}, to=[HUGHES], cc=[OFFICE],
    subject="whatsapp message",
    date="2025-03-20 18:09",
    note="Parent forwards the 'forward to 10 contacts or WhatsApp will start charging you' hoax and asks the teacher to pass it round the class",
    text="""Hi Mr Hughes, not sure if this is true but better safe than sorry. Could you pass it on to the class parents please as not everyone is on the group. Thanks Dean (Harvey's dad)

---

Hello, I am Carlos Mendoza, director of WhatsApp. This message is to tell all users that there are only 530 accounts left available. Our servers have been very busy lately, so we are asking for your help to solve this problem. We need active users to forward this message to every person in their contact list to confirm they are active. If you do not send this message to all your contacts, WhatsApp will start to charge you.

Your account will remain inactive with the consequence of losing all your contacts. The symbol on the upper right hand corner will turn green if you send this message to 10 contacts. Message from Carlos Mendoza.

From Saturday WhatsApp will cost 0.37p per message. Forward to 10 contacts and your logo will turn blue, showing you are a user and will stay free.

Sent from my Galaxy
""")

add(n=11, label="positive", family="virus-hoax", shape="iso-8859-1", client="thunderbird", auth=None,
    **{"from": ("Bernard Pike", "bernard.pike@example.org")}, to=[HEAD],
    subject="URGENT virus warning - please pass on to all your staff",
    date="2024-12-09 08:12",
    note="Grandparent sends a 'Christmas greetings' virus hoax to the head asking her to forward it to everyone",
    text="""Dear Mrs Pardoe,

I know the school has a great many computers so I thought you ought to see this. My son-in-law who is in IT says there is a lot of this about at this time of year. Please make sure all your staff and the parents get it.

Kind regards,
Bernard Pike (Isla's grandfather, Year 5)

________________________________________

VERY URGENT!!!! PLEASE INFORM ALL THE CONTACTS IN YOUR ADDRESS BOOK

In the coming days, do NOT open any message with an attachment called "Christmas Greetings from the Council" or "Season's Greetings", regardless of who sent it. It is a virus that opens an Olympic torch which burns the whole hard disc C of your computer. This virus comes from a known person who has you on their list. Even a photograph of the caf\u00e9 Christmas party can carry it.

This is the worst virus announced by CNN, it has been classified by Microsoft as the most destructive virus ever. It was discovered yesterday afternoon by McAfee. There is no repair yet for this kind of virus. It simply destroys the Zero Sector of the hard disc, where vital information is kept. Repairs cost at least \u00a3300.

SEND THIS E-MAIL TO EVERYONE YOU KNOW, COPY THIS E-MAIL AND SEND IT TO YOUR FRIENDS AND REMEMBER: IF YOU SEND IT TO THEM, YOU WILL BENEFIT ALL OF US.
""", wrap=True)

add(n=12, label="positive", family="sick-child-share-hoax", shape="windows-1252", client="outlook", auth=None,
    **{"from": ("Kerry-Anne Bale", "kerryanne.bale@example.com")}, to=[OFFICE],
    subject="Please share \u2013 little Harvey needs our help \u2013 could it go in the newsletter?",
    date="2025-02-03 13:26",
    note="Parent asks the office to circulate a 'Facebook and Microsoft pay \u00a31 per share' sick-child appeal",
    text="""Hi Karen,

I know you\u2019re really busy but I\u2019ve had this sent to me three times now and it breaks my heart. Is there any way it could go in the Friday newsletter or on the school\u2019s page so all the parents can send it on? It doesn\u2019t cost anybody anything.

Thanks so much,
Kerry-Anne (Jayden\u2019s mum, Beech class)

\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026

PLEASE DON\u2019T SCROLL PAST \u2013 THIS IS HARVEY

Harvey is 6 years old and has a tumour behind his eye. The NHS has said there is nothing more they can do. His mum and dad have found a hospital in America that can operate but it will cost \u00a3240,000.

Facebook and Microsoft have agreed to help. For every time this message is shared or forwarded they will give \u00a31 to Harvey\u2019s operation. Every reply with \u201cAmen\u201d is 50p.

It costs you NOTHING to forward. Please send it to everyone you know. Don\u2019t let this stop with you, you could be the one who saves his life.

If you ignore this you have no heart. \U0001f494
""".replace("\U0001f494", "</3"))

add(n=13, label="positive", family="product-contamination-hoax", shape="windows-1252", client="outlook", auth=None,
    html_alt=True,
    **{"from": ("Pam Garland", "pam.garland@example.org")}, to=[HEAD, VICAR],
    subject="Warning for all parents \u2013 please forward",
    date="2025-05-14 09:40",
    note="Parish volunteer circulates an unsourced 'children poisoned by juice pouches, forward to all parents' warning",
    text="""Dear Helen and Mark,

I had this from my friend whose daughter is a nurse. Could you pass it round the school families and the church list? Better to be safe.

Pam

**************************************************

WARNING FROM A NURSE AT MUSGROVE HOSPITAL

Please tell everyone you know NOT to buy the \u201cSunny Squeeze\u201d fruit pouches in the multipacks. Three children were rushed into A&E last week with severe stomach pains and one is in intensive care. Traces of rat poison were found in the pouches where they had been stored in a warehouse overrun with rats. The company is keeping it quiet because of the money.

Wipe the tops of all cans and pouches before your children drink from them.

The police know about this but it has not been on the news yet. Please forward this to every parent you know. If it saves one child it is worth it. Do not just delete it!
""")

add(n=14, label="positive", family="blessing-chain-12", shape="html-only", client="yahoo", auth=None,
    **{"from": ("Tanya Sheppard", "tanya.sheppard@example.net")}, to=[CARTER, SHAH],
    cc=[("Lisa Hocking", "lisahocking@example.com"), ("Mel Tapp", "mel.tapp@example.org")],
    subject="Sending you a blessing \U0001f64f",
    date="2024-12-18 22:03",
    note="Parent sends teachers a 'send this blessing to 12 people today' chain with hearts and threats",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="background-color:#fff0f6">
<div style="font-family:'Comic Sans MS',cursive;font-size:16px;color:#8b008b;text-align:center">
<p>Thank you both for everything you do for our kids this year \u2764\ufe0f Merry Christmas!! Tanya x</p>
<hr>
<p style="font-size:22px;color:#ff1493"><b>\U0001f64f A BLESSING FOR YOU \U0001f64f</b></p>
<p>May God hold you in the palm of His hand.<br>
May your home be filled with laughter,<br>
your table be full and your heart be light.</p>
<p>\u2764\ufe0f\u2764\ufe0f\u2764\ufe0f\u2764\ufe0f\u2764\ufe0f\u2764\ufe0f</p>
<p><b>Send this blessing to 12 people TODAY</b>, including the person who sent it to you,<br>
and God will open the windows of heaven for you within 12 days.</p>
<p>If you are too busy to send it on, remember God was never too busy for you.</p>
<p><i>Somebody kept this to themselves and lost their home before the new year. Somebody sent it on and their prayers were answered the same week.</i></p>
<p style="color:#ff0000"><b>DO NOT BREAK THE CHAIN!!! \u2728</b></p>
<p>\U0001f33c\U0001f338\U0001f33c\U0001f338\U0001f33c\U0001f338</p>
</div>
</body></html>
""")

add(n=15, label="positive", family="tibetan-luck-chain", shape="html-only", client="outlookweb",
    **{"from": HOLE},
    to=[("Sandra Hole", "sandra.hole@example.com"), ("Trish", "trishbaker61@example.net"), ("Viv Dawe", "viv.dawe@example.org"), GOULD],
    subject="don't delete this!! its lucky",
    date="2025-04-01 14:55",
    note="School cook forwards a Tibetan lucky-charm chain from her work account to friends outside and a colleague",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Had this from my cousin, sending to you lot cos you need the luck more than me!! Don't ignore it Trish I know what you're like. D xx</p>
<p>&nbsp;</p>
<p style="text-align:center;font-size:20pt;color:#c00000"><b>TIBETAN LUCK MANTRA</b></p>
<p style="text-align:center">This was sent to me by a friend who was given it by a Lama.<br>
It has been around the world at least 14 times. Do not keep it.</p>
<ol>
<li>Give people more than they expect and do it cheerfully.</li>
<li>When you say &quot;I love you&quot;, mean it.</li>
<li>Never laugh at anyone's dreams.</li>
<li>Remember that great love and great achievements involve great risk.</li>
<li>Spend some time alone.</li>
</ol>
<p style="text-align:center;font-size:14pt"><b>Send this to at least 10 people in the next 10 minutes<br>and you will receive very good news in the next 4 days.</b></p>
<p style="text-align:center">It is not a joke. You will receive good luck in the form of money or love.<br>
Even if you are not superstitious, please take a few minutes to read it and send it on.<br>
<span style="color:red">One woman deleted this and had bad luck for the whole year.</span></p>
<p style="text-align:center">Send it to: 5 people &ndash; your life will improve slightly<br>
10 people &ndash; your life will improve dramatically<br>
20 people &ndash; your life will improve beyond what you ever dreamed</p>
<p>&nbsp;</p>
<p>Denise Hole<br>Cook<br>St Michael's C of E Junior School</p>
</div></body></html>
""")

add(n=16, label="positive", family="gifting-circle-pyramid", shape="multipart-alternative", client="outlook",
    **{"from": SALTER},
    to=[ROWE, WESCOTT, ("Hayley", "hayley.skinner@example.com"), ("Nat Baverstock", "natb@example.net")],
    subject="Ladies - Blessing Circle, last 4 places!!",
    date="2025-03-26 19:47",
    note="Midday supervisor invites colleagues and friends into a 'gift \u00a3100, receive \u00a3800' blessing-circle pyramid",
    text="""Hi ladies!

I've been asked to join a Blessing Circle by a friend from Zumba and I'm SO excited. It's women helping women, nothing dodgy, it's completely legal because it's a gift not an investment.

How it works:
- There are 15 places on a flower: 1 in the centre (the Water), 2 Earth, 4 Air and 8 Fire.
- Each new Fire gifts \u00a3100 to the Water in the centre.
- Once all 8 Fires are filled the Water receives \u00a3800 and leaves, and the flower splits into two new flowers. Everybody moves one step closer to the middle.
- You just need to bring in 2 ladies each and you'll be at the centre in about 6-8 weeks.

So you put in \u00a3100 and you get \u00a3800 back. It has worked for everyone I know. You MUST bring in your 2 people though or the flower stops and it isn't fair on the girls behind you.

I've got 4 places left on our flower and I wanted you lot to have them first. Message me tonight if you want one, and please forward this to any ladies you think deserve a blessing!!

Jo xx
""")

add(n=17, label="positive", family="book-exchange-pyramid", shape="multipart-alternative", client="gmail", auth=None,
    **{"from": ("Hannah Cole", "hannah.cole@example.com")},
    to=[SHAH, ("Sian Fry", "sianfry@example.org"), ("Becca Holt", "becca.holt@example.net"), ("Marie Pike", "marie.pike@example.com")],
    subject="Children's book exchange - Ash class \U0001f4da",
    date="2024-10-14 20:18",
    note="Parent sends a children's book-exchange chain (send one book to the child at the top, forward to 6, receive 36)",
    text="""Hi everyone (and Mrs Shah - thought you might like to do it for your little one too!)

I've been invited to take part in a children's book exchange and I've picked you because I know how much the kids love reading. It's so easy:

1. Send ONE new or gently used book (about \u00a35) to the child in position 1 below. Write your child's name in the front.
2. Copy this email, remove position 1, move position 2 up to number 1 and put your child's name and address in position 2.
3. Send it to 6 friends within 5 days. Please only say yes if you can definitely do it.

If everyone joins in your child will receive 36 books! It only works if nobody breaks the chain.

1. Frankie Dyer, 14 Orchard Way, Langford, Westshire
2. Evie Cole, 3 Mill Cottages, Marlcombe, Westshire

Let me know if you're in!!
Hannah (Evie's mum) x
""")

add(n=18, label="positive", family="angel-blessing-attachment", shape="attachment-txt", client="aol", auth=None,
    **{"from": ("Joyce Kimber", "joycekimber@example.net")}, to=[HEAD],
    subject="For the staff room",
    date="2024-11-28 16:30",
    note="Grandparent sends an angel-blessing chain as a .txt attachment asking the head to pass it round the staff",
    text="""Dear Mrs Pardoe,

I have attached something lovely that was sent to me from my friend at the Methodist chapel. Please print it and put it up in the staff room and send it to your teachers. They all work so hard.

God bless,
Joyce Kimber (Nanny to Ellie, Oak class)
""",
    attachments=[("ANGEL_BLESSING.txt", """
          *  ANGELS ARE ALL AROUND YOU  *

Right now an angel is standing behind you. She has been with you
all year, through the hard days and the happy ones.

This blessing has been passed from hand to hand for over 30 years.
It was started by a missionary in Kenya and has never been broken.

Pass this blessing on to 10 people before midnight tonight.
Your angel will bring you a surprise within 4 days.

Angie K. sent it to 10 friends and her son came home safe from
Afghanistan the following week.
Darren L. received it and threw it away. He lost his job.
A teacher in Devon sent it on even though she was very busy,
and her operation was cancelled because the lump had gone.

Do not keep this. Do not break the chain.
Angels only visit those who share.

          *  *  *  *  *  *  *  *  *  *
""".encode("utf-8"), "text/plain")])

add(n=19, label="positive", family="bottle-swap-chain", shape="attachment-csv", client="outlook",
    **{"from": VOWLES}, to=[("Abbie", "abbie.vowles@example.com"), ("Megan Rich", "megrich@example.net"), ROWE, SALTER],
    subject="Bottle swap!! \U0001f377",
    date="2024-12-05 17:12",
    note="Apprentice TA starts a wine 'bottle swap' chain from her school account (send a bottle to #1, forward to 6 within 5 days) with the list as CSV",
    text="""Hiya!! Thought this would be a fun one for Christmas \U0001f942

BOTTLE SWAP - send ONE bottle of wine or prosecco (about \u00a310) to the person at number 1 on the attached list. Then delete number 1, move number 2 up, add yourself at number 2 and send this to 6 friends within 5 days.

You should end up with 36 bottles!!! Only join if you can commit, it ruins it if people drop out.

Chlo x
""",
    attachments=[("bottle_swap_list.csv", make_csv([
        ["Position", "Name", "Address", "Town", "Date added"],
        ["1", "Kirsty Loveridge", "22 Station Road", "Langford", "29/11/2024"],
        ["2", "Chloe Vowles", "Flat 4, 9 Bridge Street", "Marlcombe", "05/12/2024"],
        ["3", "", "", "", ""],
        ["4", "", "", "", ""],
        ["5", "", "", "", ""],
        ["6", "", "", "", ""],
        ["", "SEND TO 6 FRIENDS WITHIN 5 DAYS - DONT BREAK THE CHAIN", "", "", ""]]), "text/csv")])

add(n=20, label="positive", family="novena-prayer-chain", shape="attachment-docx", client="outlook", auth=None,
    **{"from": ("Bridget Mahoney", "bridget.mahoney@example.org")}, to=[HEAD], cc=[PARISH],
    subject="Novena for the children",
    date="2025-04-15 11:02",
    note="Parishioner sends a novena chain as a Word document: say for 9 days, leave 9 copies, send to 9 friends and your favour is granted",
    text="""Dear Helen,

With Holy Week upon us I wanted to share this novena, I have attached it as a Word document so it prints nicely. Could the children say it in collective worship? I would be grateful if you could send it on to your staff and parish friends as well. It asks for nine people.

Every blessing,
Bridget Mahoney
""",
    attachments=[("Novena to the Holy Spirit.docx", make_docx([
        ("h", "Novena to the Holy Spirit"),
        "Holy Spirit, you who make me see everything and show me the way to reach my ideal, you who give me the divine gift to forgive and forget the wrong that is done to me, I wish in this short dialogue to thank you for everything.",
        "Say this prayer for nine consecutive days, without stating your request. After the ninth day your favour will be granted, however difficult it may seem.",
        "You must then leave nine copies of this prayer in church and send it on to nine friends by email or post. Do not break the chain. Those who have failed to pass it on have lost the grace that was promised to them.",
        "This novena has never been known to fail.",
        "Sent on in faith by B.M."], creator="Bridget"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

add(n=21, label="positive", family="blessing-loom-pyramid", shape="attachment-xlsx", client="outlook",
    **{"from": ROWE}, to=[NURSERY, ("Ladybirds Room", "ladybirds@school.example"), TUCKER, WESCOTT],
    subject="Loom - spaces on Fire row",
    date="2025-05-08 12:35",
    note="Nursery practitioner recruits colleagues into a 'blessing loom' gifting pyramid, with the board as a spreadsheet",
    text="""Hi girls,

As promised here's the loom board. Cassie (my sister in law) is at Water and she received her \u00a3640 on Tuesday so it DOES work!

Gift is \u00a380 to whoever is at Water when you join. You then just need to invite 2 people. Once the 8 Fire spaces are full, the board splits and everyone moves up. Please pass this on to anyone you think would be up for it - the more people we get in, the faster we all get to Water.

Don't mention it at work obviously! \U0001f92b

Gem x
""",
    attachments=[("Loom board May.xlsx", make_xlsx([
        ["BLESSING LOOM", "", "", ""],
        ["Position", "Name", "Gift status", "Invited by"],
        ["WATER", "Cassie R", "RECEIVING", ""],
        ["EARTH 1", "Marie", "gifted", "Cassie"],
        ["EARTH 2", "Gemma R", "gifted", "Cassie"],
        ["AIR 1", "Lou", "gifted", "Marie"],
        ["AIR 2", "Jade", "gifted", "Marie"],
        ["AIR 3", "Kerry", "gifted", "Gemma R"],
        ["AIR 4", "", "OPEN", ""],
        ["FIRE 1", "", "OPEN - gift \u00a380 to Water", ""],
        ["FIRE 2", "", "OPEN - gift \u00a380 to Water", ""],
        ["FIRE 3-8", "", "OPEN", ""],
        ["", "Invite 2 each! Pass it on!", "", ""]], sheet="Loom"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

add(n=22, label="positive", family="friendship-angels-zip", shape="zip", client="yahoo", auth=None,
    **{"from": ("Derek Paull", "derekpaull47@example.com")}, to=[OFFICE],
    subject="Fw: Friendship Angels - please pass to the teachers",
    date="2025-02-14 10:18",
    note="Grandparent sends a zipped 'friendship angels' chain (send to 15 people by Sunday) for the office to pass on to teachers",
    text="""Hello, please could you pass this on to all the teachers at St Michael's. My grandson Ethan is in Year 4. It came as a zip as there are two bits to it. Many thanks Derek Paull
""",
    attachments=[("Friendship Angels.zip", make_zip([
        ("Please read first.txt", "Open Friendship Angels.txt and read it all the way to the end before you do anything else.\r\nThen send it to 15 people by Sunday. Not fewer!\r\n"),
        ("Friendship Angels.txt", "FRIENDSHIP ANGELS\r\n\r\nFriends are angels who lift us to our feet when our wings have trouble remembering how to fly.\r\n\r\nThis angel has been sent to you because you are a true friend.\r\n\r\nSend it to 15 people by Sunday, including the one who sent it to you, and something you have been praying for will happen. If it comes back to you, you really are loved.\r\n\r\nIf you break the chain you will have 7 years without a true friend.\r\n\r\nIt is not a joke. Pass it on today.\r\n"),
    ]), "application/zip")])

add(n=23, label="positive", family="cancer-donation-per-forward", shape="forward-inline", client="gmail", auth=None,
    **{"from": PTA_CHAIR}, to=[KAREN],
    subject="Fwd: FW: PLEASE FORWARD - baby Amelia",
    date="2024-10-21 08:57",
    note="PTA chair forwards a 'Cancer Research and AOL donate 5p per forward' sick-baby hoax and asks for it to go to all parents",
    text="""Morning Karen,

Had this overnight from my auntie. I know we don't normally put things like this out but could it go in the Friday bulletin so the parents can all forward it? It's such a small thing to do.

Nic x

""" + fwd_gmail(("Auntie Jan", "jan.wheadon@example.net"), "2024-10-20 22:41", "FW: PLEASE FORWARD - baby Amelia",
                   [("Nicola Brimble", "nicola.brimble@example.com"), ("Kev", "kev.wheadon@example.com")],
"""> Hi all, please take a moment to read this.
>
> Little Amelia is 9 months old and has leukaemia. Her parents are desperate. Cancer Research UK and AOL have agreed that for every time this email is forwarded they will donate 5p towards her treatment. They can track it because of the code at the bottom.
>
> Please don't be selfish, this is a little girl's life. Forward this to everyone on your list. Do not delete.
>
> [ref: CRUK-AOL-AMELIA-2209]
"""))

add(n=24, label="positive", family="missing-child-hoax", shape="forward-inline", client="outlook",
    **{"from": WESCOTT}, to=[ALLSTAFF],
    subject="FW: MISSING 4 YEAR OLD - PLEASE SHARE!!!!",
    date="2025-06-07 07:48",
    note="TA forwards an unverified 'little girl taken from a supermarket, send to everyone' alert to all staff",
    text="""Saw this on my sister's email, everyone please share with everyone you know!!! It's so close to home \U0001f62d

Tina

""" + fwd_outlook(("Sharon Wescott", "shaz.wescott@example.com"), "2025-06-06 22:10", "MISSING 4 YEAR OLD - PLEASE SHARE!!!!",
                     [("Tina", "t.wescott@school.example"), "family list"],
"""PLEASE SHARE

This little girl is called Isla and she was taken from the Tesco in Taunton by a man in a grey van about 3 hours ago. She is 4 years old, blonde hair and was wearing a pink Frozen t-shirt. Her mum is beside herself.

The police say the first 24 hours are the most important. Please send this to everyone in your address book, it only takes a second and it could bring her home.

Don't just read it, FORWARD IT!!!! x
"""))

_inner25 = inner_message(("Sandra Pearce", "sandrapearce@example.org"),
    ["undisclosed-recipients:;"], "FW: FW: Warning to all ladies!!", "2024-09-16 20:03",
    """> Ladies PLEASE READ and pass on to every woman you know, your daughters, nieces, mums, friends.
>
> A man approached a lady in the Co-op car park in Yeovil offering a free perfume sample. He asked her to smell it and she woke up in the back of a car. It was not perfume, it was ether. These men are working all over the West Country.
>
> If anyone approaches you with perfume, walk away and call the police.
>
> The police say this is happening more and more but they cannot put it on the news. Please forward this to ALL the women in your address book. Do not let it stop with you.
""", client="gmail")
add(n=25, label="positive", family="perfume-chloroform-legend", shape="forward-rfc822", client="outlook",
    **{"from": HUGHES}, to=[ALLSTAFF],
    subject="FW: FW: Warning to all ladies!!",
    date="2024-09-17 07:52",
    note="Teacher forwards (as an attached message) the 'perfume sample is really ether' urban legend to all staff asking them to pass it on",
    text="""Morning all,

My mum sent me this last night. Please be careful in the car parks and pass it on to your families.

Dan
""",
    attachments=[("rfc822", _inner25, "FW FW Warning to all ladies.eml")])

_inner26 = inner_message(("Colin Yeo", "colinyeo@example.net"), [("Margaret Yeo", "margaret.yeo@example.com")],
    "Fw: HIV NEEDLES ON PETROL PUMPS - READ", "2025-01-09 15:22",
    """Police warning. Please read.

In recent weeks drug users have been leaving used hypodermic needles tucked under the handles of petrol pumps. A woman at a garage near Bristol was pricked and has since tested positive for HIV. Another man in Swindon is awaiting his results.

This is spreading down the M5. Always check the pump handle before you pick it up and wear gloves. Most petrol stations have them next to the pump.

Avon and Somerset police have asked that this is passed on to as many people as possible. Please forward it to everyone you know, especially anyone who drives.
""", client="yahoo")
add(n=26, label="positive", family="petrol-pump-needle-legend", shape="forward-rfc822", client="applemail", auth=None,
    **{"from": ("Margaret Yeo", "margaret.yeo@example.com")}, to=[OFFICE, HEAD],
    subject="Fwd: HIV NEEDLES ON PETROL PUMPS - READ",
    date="2025-01-10 09:31",
    note="Grandparent forwards (attached) the HIV-needle petrol-pump hoax to the office and head asking them to send it to all parents",
    text="""Could the school send this round to all the parents please, lots of them do the school run and fill up at the garage on the bypass.

Margaret Yeo (Grace Holt's grandma)
""",
    attachments=[("rfc822", _inner26, None)])

add(n=27, label="positive", family="secret-sister-gift-exchange", shape="reply-quoted", client="iphone", auth=None,
    **{"from": ("Stacey Norris", "stacey.norris@example.com")},
    to=[("Jenna Tapp", "jennatapp@example.net"), CARTER, ("Kelly Dyer", "kellyd82@example.com"), ("Rach Moore", "rach.moore@example.org")],
    subject="Re: Secret Sister gift exchange \U0001f381\U0001f381",
    date="2024-11-24 21:37",
    in_reply_to="<C2B14A3E-55D1-4F0B-9E7A-1D0C6B7F2A11@example.net>",
    note="Parent replies-all to a 'Secret Sister' gift-exchange chain (send one \u00a310 gift, receive 36) that includes a class teacher, confirming she has passed it on",
    text="""Count me in!!! \U0001f389 I've sent my gift to your sister Jenna and passed it on to 6 more of the mums from swimming. Miss Carter you should do it too, you deserve 36 presents after our lot \U0001f602

Stace x

Sent from my iPhone

> On 24 Nov 2024, at 19:02, Jenna Tapp <jennatapp@example.net> wrote:
>
> Hi ladies! \U0001f381 I'm doing a Secret Sister gift exchange this Christmas and would love you to join. You only have to buy ONE gift worth \u00a310 and send it to the sister in position 1. Then you'll receive up to 36 gifts back!!
>
> 1. Leanne Tapp, 41 Windsor Road, Langford
> 2. Jenna Tapp, 7 Quarry Close, Marlcombe
>
> Once you've sent your gift, move me to number 1, put yourself at number 2 and send it to 6 ladies. If you can't commit please don't join, it breaks the chain and someone misses out.
>
> Reply to let me know you're in!! Jen x
""")

add(n=28, label="positive", family="ghost-curse-chain", shape="reply-quoted", client="gmail",
    **{"from": ("Archie Dunn", "adunn@students.school.example")},
    to=[("Leo Brimble", "lbrimble@students.school.example"), ("Oscar Venn", "ovenn@students.school.example"),
        ("Jayden Bale", "jbale@students.school.example"), ("Freddie Cox", "fcox@students.school.example"),
        ("Max Tapp", "mtapp@students.school.example")],
    subject="Re: DONT READ THIS AT NIGHT",
    date="2025-03-12 20:14",
    in_reply_to="<CAK7w2p9Gh1Lx4zQnR0m8sTbvYe3UaJdF6cHkW5oPiN2qrXEy4A@mail.gmail.com>",
    note="Year 6 pupil replies to a ghost curse chain, saying he has sent it on and telling friends to forward it to 20 people",
    text="""i sent it to 10 ppl already \U0001f62c now u lot have to send it or she comes for u. freddie and max u didnt get it so i put u on. u have to do 20 tho

On Wed, 12 Mar 2025 at 19:40, Leo Brimble <lbrimble@students.school.example> wrote:
> DONT READ THIS AT NIGHT
>
> hi my name is Lucy Gray. i died in a car crash on the A303 in 2009. the driver never stopped. now i visit kids who read this and dont pass it on.
>
> a boy in Swindon read this and laughed. that night he heard scratching on his window and in the morning his dog was gone.
>
> send this to 20 people in the next hour or i will be standing at the end of your bed at midnight.
>
> if u send it to 20 i will leave u alone forever. DONT TELL UR PARENTS
""")

add(n=29, label="positive", family="momo-curse-chain", shape="mobile", client="ipad",
    **{"from": ("Kayden Lock", "klock@students.school.example")},
    to=[("Ruby Mason", "rmason@students.school.example"), ("Harvey Sparkes", "hsparkes@students.school.example"), ("Ellie Kimber", "ekimber@students.school.example")],
    subject="dont ignore!!!!!",
    date="2025-02-27 19:58",
    note="Year 5 pupil sends a short Momo-style curse chain from an iPad: send to 20 people or she comes at 3am",
    text="""hi im momo. if u dont send this to 20 people i will come to ur house at 3am and watch u sleep. dont tell ur parents or i will know. a girl in bristol didnt send it and now she is gone. send it NOW

Sent from my iPad""")

add(n=30, label="positive", family="phone-clone-hoax", shape="mobile", client="samsung", auth=None,
    **{"from": ("Pat Lambert", "patlambert52@example.net")},
    to=[OFFICE, ("Sharon", "sharonl@example.com"), ("Gav", "gavlambert@example.org")],
    subject="pass this on",
    date="2025-04-23 13:06",
    note="Grandparent on a phone sends an unsourced 'don't answer +375 calls, forward to all your contacts' warning to the office and family",
    text="""PASS THIS ON TO ALL UR CONTACTS!!! Dont answer calls from numbers starting +375 +371 or +381 they copy all ur contacts and ur bank details in 3 seconds. If u answer they clone ur phone. Police warning. Please send to all ur friends and family and the school parents x Pat (Freddie Cox's nan)

Sent from my Samsung Galaxy smartphone.""")

# ---------------------------------------------------------------- negatives
add(n=31, label="negative", family="it-phishing-warning", shape="plain-7bit", client="outlook",
    **{"from": ICT}, to=[ALLSTAFF],
    subject="Phishing email - 'Staff Pay Review 2025' - please delete, do not forward",
    date="2025-01-28 09:06",
    note="School IT technician warns staff about a real phishing email and tells them to delete it and not forward it",
    text="""Morning all,

A few of you will have had an email this morning that looks like a shared OneDrive document called "Staff Pay Review 2025". It came from the genuine account of one of our suppliers, which has been compromised, so it will look like it's from someone we deal with.

It is a phishing email. The link goes to a fake Microsoft sign-in page that steals your password.

What to do:
- Do not click the link or open the document.
- Do not forward it to colleagues to "warn" them - that just spreads it further. This email is the warning.
- Delete it, then empty your Deleted Items.
- If you have already clicked and typed your password, ring me straight away on ext 214 or come and find me in the server cupboard. You will not be in trouble - the sooner I know, the sooner I can reset your account.

I have blocked the sender and the link at our end, and I've reported it to the supplier and to Westshire Schools ICT.

Thanks,
Sam

Sam Okoro
IT Technician
St Michael's C of E Junior School
""")

add(n=32, label="negative", family="governors-papers-pass-on", shape="plain-7bit", client="outlook", auth=None,
    **{"from": ("Sarah Whitlock (Clerk to Governors)", "clerk@westshiregovernorservices.example")},
    to=[HEAD, ("David Coombes", "dcoombes@example.net"), ("Revd Canon Mark Ellery", "vicar@marlcombeparish.example"),
        ("Anita Desai", "anita.desai@example.org"), ("Mike Tremlett", "m.tremlett@example.com")],
    subject="FGB 25 March - papers and a request",
    date="2025-03-14 16:20",
    note="Clerk to governors sends meeting papers and asks governors to pass the message to a new governor not yet on the list",
    text="""Dear Governors,

Please find the papers for the Full Governing Board meeting on Tuesday 25 March at 6pm in the school hall on GovernorHub (folder: FGB 2024-25 / Spring 2).

Items include: Headteacher's report, budget monitoring (month 11), SIAMS preparation, the updated Attendance Policy for approval and the pupil premium strategy review.

One request: our new foundation governor, Mrs Jean Lacey, has been appointed by the PCC but her GovernorHub account has not been set up yet. If any of you are in touch with her before then, please could you let her know the date and that I will bring printed papers for her. I am sorting her account out with the diocese this week.

Apologies to me by Friday 21st please.

Kind regards,
Sarah Whitlock
Clerk to the Governing Board
Westshire Governor Services
""")

add(n=33, label="negative", family="catering-supply-chain", shape="hard-wrapped", client="outlook",
    **{"from": SBM}, to=[("Westshire Catering Services - Orders", "orders@wcs-catering.example")],
    cc=[HOLE],
    subject="Fruit and veg deliveries - supply chain problems",
    date="2025-01-15 11:44",
    note="School business manager writes to the catering supplier about supply-chain delays to fruit deliveries",
    text="""Good morning,

I'm writing about the fresh fruit and vegetable deliveries to St Michael's (account SMJ-0417) over the last two weeks.

The Tuesday delivery was short on both 7 and 14 January (no apples, half the carrots) and the Thursday drop arrived after 11am, which is too late for Denise to prep for lunch. I appreciate from your email of 6 January that there are supply chain issues with your wholesaler, but we do need to know in advance so we can plan the menu and tell parents about any changes.

Could you please:
1. Confirm the expected delivery windows for the rest of January.
2. Let us know what substitutions you can offer when items are unavailable.
3. Credit the missing items against our January invoice.

The nursery snack order is especially important as we have two children with allergy plans and we can't swap items without checking.

Many thanks,

""" + SIG_SBM)

add(n=34, label="negative", family="advent-paper-chain-craft", shape="format-flowed", client="thunderbird",
    **{"from": CARTER}, to=[CARTER],
    bcc=["dunn.family@example.net", "sophie.landon@example.org", "tanya.sheppard@example.net", "stacey.norris@example.com", "m.pike.home@example.com"],
    subject="Willow class - paper chain and Christmas crafts",
    date="2024-11-26 15:35",
    note="Year 3 teacher asks parents for scraps for an advent paper-chain craft and to pass the request to grandparents",
    text="""Dear Willow class families,

Next week we start our Advent crafts and this year Willow class are making a giant paper chain to go round the whole classroom (and hopefully out into the corridor!). Each child will write a kind wish or a prayer on every link, and we'll add one link a day until the end of term.

We would love any of the following:
- old wrapping paper, Christmas cards or coloured paper
- glue sticks (we get through a LOT)
- ribbon or tinsel offcuts

Please send them in a named bag by Friday 29th. If grandparents or neighbours have any craft bits they don't need, please do pass the request on to them too - we'll happily take anything.

The paper chain will be carried over to church for the Christingle service on Thursday 12 December at 2pm, and everybody is welcome to come and see it.

Thank you as always,
Miss Carter
Willow class teacher""")

add(n=35, label="negative", family="old-pupils-reunion", shape="format-flowed", client="applemail", auth=None,
    **{"from": ("Claire Hext", "claire.hext@example.org")}, to=[OFFICE],
    subject="St Michael's 1985-1991 reunion - could you help?",
    date="2025-05-02 20:04",
    note="Former pupil asks the school to help publicise a class reunion and to pass details to anyone who was there",
    text="""Hello,

I was a pupil at St Michael's from 1985 to 1991 (I was Claire Bowden then, in Mrs Tarr's class) and a few of us are organising a reunion for everyone who was in our year group and the years either side.

It's on Saturday 14 June, from 7pm, at the Red Lion in Marlcombe. No tickets, just turn up. We'd love to see any former staff too.

Would the school be able to mention it in the newsletter, or pass it on to any staff or parents who might have been there at the time? I know lots of our year still live locally and some now have their own children at St Michael's!

We're also looking for old class photos or sports day programmes if you have any in the archive. We'd scan them and give them straight back.

Many thanks,
Claire Hext (nee Bowden)
07700 900417""")

add(n=36, label="negative", family="food-chain-homework", shape="qp", client="outlook",
    **{"from": HUGHES}, to=[HUGHES],
    bcc=["deansparkes@example.net", "dawn.luckins@example.com", "derekpaull47@example.com", "kayleigh.cox@example.net", "r.venn.home@example.org"],
    subject="Oak class \u2013 science homework: food chains",
    date="2025-04-25 14:05",
    note="Year 4 teacher sets science homework on food chains and habitats",
    text="""Dear Oak class parents and carers,

Our science topic this half term is \u201cLiving things and their habitats\u201d and we have started looking at food chains.

This week\u2019s homework (due Thursday 1 May):
1. Go outside \u2013 your garden, the park or the churchyard \u2013 and spot at least five living things.
2. Draw a food chain using some of them, with arrows showing what eats what. For example: sun \u2192 grass \u2192 rabbit \u2192 fox.
3. Challenge: can you join two food chains together to make a food web?

Remember that the arrow points to the animal doing the eating. Children can use the \u201cfood chain\u201d sheet in their homework book or make a poster \u2013 whatever they prefer.

We\u2019ll be pond dipping at Marlcombe Nature Reserve on Tuesday 6 May, so please make sure wellies and a waterproof are in school that day.

Thank you,
Mr Hughes
Oak class""")

add(n=37, label="negative", family="kindness-chain-week", shape="qp", client="outlook",
    **{"from": HEAD}, to=[HEAD],
    bcc=PARENTS_ALL,
    subject="Kindness Week \u2013 our \u2018Chain of Kindness\u2019 and a thank you",
    date="2025-02-07 15:30",
    note="Head describes the school's Kindness Week paper 'chain of kindness' to parents (sent via school mailing lists)",
    text="""Dear Parents and Carers,

What a week! As part of Children\u2019s Mental Health Week our theme has been \u201cLove your neighbour\u201d, and the children have been building a Chain of Kindness.

Every time an adult spotted a child doing something kind \u2013 holding a door, helping a friend who was upset, tidying up without being asked \u2013 that child added a paper link to the chain. By Friday afternoon it stretched the whole length of the hall and out through the doors to the nursery. Father Mark blessed it in Friday\u2019s worship and it will stay up until Easter.

Some of you have asked how you can carry this on at home. Our suggestions:
\u2022 talk at teatime about one kind thing each person did today
\u2022 write a thank-you card to someone who helps your family
\u2022 donate to the Marlcombe food bank basket in the church porch

A huge thank you to the PTA for funding the coloured card and to Mrs Gould for cutting out roughly 2,000 strips!

With every blessing,
Mrs Pardoe""")

add(n=38, label="negative", family="20mph-consultation-campaign", shape="base64", client="outlook",
    **{"from": HEAD}, to=[HEAD],
    bcc=PARENTS_ALL + ["governors@school.example"],
    subject="Church Lane 20mph consultation \u2013 please have your say by 28 February",
    date="2025-02-12 16:12",
    note="Head asks families to respond to a real council consultation on a 20mph zone outside school; no forwarding demand",
    text="""Dear Parents and Carers,

Westshire Council is consulting on a proposal to make Church Lane and the top of Mill Street a 20mph zone, with a new raised crossing by the nursery gate. Governors and I have pushed for this for a long time after several near misses at drop-off, and we are delighted it has reached consultation.

The council will only go ahead if enough people respond. You can do this online on the Westshire Council website (search \u201cChurch Lane 20mph consultation\u201d) or by picking up a paper form from the school office or the library. It takes about five minutes and closes on Friday 28 February.

If you live on Church Lane, Mill Street or Orchard Way, your views are especially important because you are directly affected. Neighbours who are not school families are very welcome to respond too.

The school\u2019s own response, agreed by governors, is on the website under News.

Thank you for your support,

""" + SIG_HEAD)

add(n=39, label="negative", family="parish-notices", shape="iso-8859-1", client="thunderbird", auth=None,
    **{"from": PARISH}, to=[HEAD, OFFICE],
    subject="Notices for Sunday 9 March - First Sunday of Lent",
    date="2025-03-06 12:20",
    note="Parish office sends weekly church notices (Lent groups, Christian Aid envelopes, school service)",
    text="""Dear Helen and Karen,

Here are this week's notices. Please feel free to use anything for the school newsletter.

ST MICHAEL & ALL ANGELS, MARLCOMBE - NOTICES

* Lent groups begin on Tuesday 11 March at 7.30pm in the Church Room, and on Wednesday 12th at 10.30am at the Vicarage. This year's course is "Living His Story". Books are \u00a36 from the back of church.

* Café Church for families - Sunday 16 March, 10am in the school hall. Bacon rolls \u00a32, children free. Year 4 will lead the prayers.

* Mothers' Union - Thursday 13 March, 2pm, speaker from Westshire Refuge.

* Christian Aid Week envelopes will be given out at the end of April. If you are able to deliver envelopes to a street, please add your name to the list in the porch.

* The food bank basket is nearly empty. Tinned fruit, UHT milk, pasta and toiletries especially welcome.

* Please hold in your prayers all who are sick, and those who mourn, including the family of Sidney Parsons, whose funeral is on Friday 14 March at 11am.

With best wishes,
Anne Gibbins
Parish Administrator
""", wrap=True)

add(n=40, label="negative", family="pta-sponsored-walk", shape="iso-8859-1", client="gmail", auth=None,
    **{"from": PTA_CHAIR}, to=[OFFICE], cc=[HEAD],
    subject="Marlcombe Mile sponsored walk - letter for bookbags",
    date="2025-04-28 21:12",
    note="PTA chair sends the text of a sponsored-walk letter for the office to print; raising money for the playground",
    cte="quoted-printable",
    text="""Hi Karen,

Here's the wording for the sponsored walk letter, if you could pop it in bookbags on Thursday that would be brilliant. Forms are in the PTA cupboard.

Nic

---

FRIENDS OF ST MICHAEL'S - MARLCOMBE MILE SPONSORED WALK

Saturday 17 May, 10am, starting from the school playground

Our sponsored walk is back! Children (and grown-ups, and dogs on leads) will walk the Marlcombe Mile: down Church Lane, along the river path and back up through the recreation ground.

This year we're raising money for new playground equipment for the juniors and a mud kitchen for Little Lambs nursery. Our target is £2,500.

Please ask family and friends to sponsor your child on the form attached to this letter. Sponsorship money should be returned to the office in an envelope by Friday 30 May. Every child who takes part gets a medal, and the class that raises the most wins a non-uniform day.

Refreshments at the finish - teas, coffees and cakes 50p.

Thank you for your support,
Nicola Brimble
Chair, Friends of St Michael's
""")

add(n=41, label="negative", family="parish-prayer-ministry", shape="windows-1252", client="outlook", auth=None,
    **{"from": VICAR}, to=[HEAD], cc=[DSL],
    subject="The parish prayer chain \u2013 and school families",
    date="2024-10-09 17:05",
    note="Vicar explains the parish's confidential prayer-chain ministry and how school families can ask for prayer",
    text="""Dear Helen,

Thank you for our conversation after the governors\u2019 meeting. As promised, here is a short explanation of the prayer chain, which you might adapt for the newsletter.

The prayer chain at St Michael & All Angels is a small group of eight church members who have promised to pray for anyone who asks. When a request comes in, Margaret Pugh telephones the first person on the list, who telephones the next, and so on. Nothing is written down or emailed, nothing is posted on social media, and nothing is passed on beyond the group. Each person prays privately at home.

If a family would like prayer \u2013 for illness, a bereavement, exams, anything at all \u2013 they can ring Margaret on 01632 960733 or speak to me. They can give as much or as little detail as they wish, and they don\u2019t need to be churchgoers.

Tom, I\u2019ve copied you in as I know you\u2019ll want to be sure that nothing a child says in school would ever be passed to the group without the family\u2019s clear agreement, and I can assure you it won\u2019t be.

With every blessing,
Mark

Revd Canon Mark Ellery
Vicar of Marlcombe with Langford""")

add(n=42, label="negative", family="nursery-summer-newsletter", shape="html-only", client="outlook",
    **{"from": NURSERY}, to=[NURSERY],
    bcc=PARENTS_NURSERY,
    subject="Little Lambs News \u2013 daisy chains, mud and sunshine! \u2600\ufe0f",
    date="2025-06-20 15:10",
    note="Nursery summer newsletter mentioning daisy chains and asking parents to pass the info to whoever collects on Fridays",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#333">
<table width="600" align="center" style="border:2px solid #7cb342">
<tr><td style="background:#aed581;padding:10px;text-align:center"><h2 style="margin:0">\U0001f411 Little Lambs News \U0001f411</h2><p style="margin:0">St Michael's Nursery &middot; Summer 2</p></td></tr>
<tr><td style="padding:12px">
<p>Dear families,</p>
<p>What a sunny few weeks it has been! The children have spent most of their time outside: making daisy chains on the field (some are now over a metre long and have been proudly worn as crowns), planting runner beans and, of course, getting very muddy in the new mud kitchen kindly funded by the PTA.</p>
<h3 style="color:#558b2f">Dates for your diary</h3>
<ul>
<li><b>Wed 2 July</b> &ndash; Teddy bears' picnic, 10am. Bring a bear!</li>
<li><b>Fri 11 July</b> &ndash; Leavers' service in church for children starting school in September, 2pm.</li>
<li><b>Fri 18 July</b> &ndash; last day of term, nursery closes at 12 noon.</li>
</ul>
<h3 style="color:#558b2f">Sun safety</h3>
<p>Please apply sun cream before your child arrives and send a named sun hat and water bottle every day. We re-apply after lunch for children with signed permission.</p>
<h3 style="color:#558b2f">Friday pick-ups</h3>
<p>From 4 July Friday collection moves to the small gate by the church path while the main gate is repainted. If a grandparent, childminder or friend usually collects on a Friday, please pass this on to them so they know where to go.</p>
<p>Thank you for a wonderful year,<br>Sue, Gemma and the Little Lambs team</p>
</td></tr></table>
</body></html>
""")

add(n=43, label="negative", family="online-safety-hoax-advice", shape="html-only", client="outlook",
    **{"from": DSL}, to=[DSL],
    bcc=PARENTS_KS2,
    subject="Online safety update: scary \u2018challenge\u2019 messages and what to do",
    date="2025-03-03 16:45",
    note="DSL's online-safety bulletin explaining Momo-style hoax messages and advising parents not to spread them",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Parents and Carers,</p>
<p>Over the last fortnight a few children in Years 5 and 6 have been upset by messages that say something frightening will happen to them unless they send the message on &ndash; &ldquo;Momo&rdquo;-style messages, ghost stories about a girl who died in a crash, and so on. Some have arrived on family phones and tablets and a couple through school accounts.</p>
<p><b>The messages are hoaxes.</b> Nothing will happen to anyone who ignores them. They rely on children being scared enough to pass them on.</p>
<p><b>What we are doing in school</b></p>
<ul>
<li>Each KS2 class has had a PSHE session on pressure messages and how to spot them.</li>
<li>We have reminded pupils that they can always show a trusted adult and will never be in trouble for doing so.</li>
<li>Messages sent through school accounts are being followed up individually.</li>
</ul>
<p><b>What you can do at home</b></p>
<ul>
<li>Stay calm and reassure your child it is not real.</li>
<li>Please <b>don&rsquo;t</b> share screenshots of the message on parent groups &ldquo;as a warning&rdquo; &ndash; it spreads the fear further.</li>
<li>Block and report the sender, and check parental controls on games and apps.</li>
<li>If anything makes you worried about your child&rsquo;s safety, contact me or report to CEOP.</li>
</ul>
<p>There is more advice on the Online Safety page of our website.</p>
<p>Best wishes,<br>Mr Ashdown<br>Deputy Headteacher &amp; Designated Safeguarding Lead</p>
</div></body></html>
""")

add(n=44, label="negative", family="friday-newsletter", shape="multipart-alternative", client="outlook",
    **{"from": HEAD}, to=[HEAD],
    bcc=PARENTS_ALL,
    subject="St Michael's Friday News \u2013 27 September",
    date="2024-09-27 15:20",
    note="Head's long Friday newsletter with church notices, PTA news and a request to pass an invitation on to grandparents",
    text="""Dear Parents and Carers,

It has been a lovely first full month back and the children have settled brilliantly. Willow class (our new Year 3s) are already confident finding their way around the juniors, and our new nursery children are getting the hang of hanging up their own coats!

GRANDPARENTS' AFTERNOON - Thursday 10 October, 2pm
We would love to welcome grandparents (and great-grandparents, and special grown-ups) for an afternoon of activities in classrooms, followed by tea in the hall. Please pass this invitation on to them - many don't get our emails - and let the office know numbers by Friday 4 October.

HARVEST FESTIVAL - Friday 4 October, 9.15am at St Michael & All Angels
Each class will share a song or reading. We are collecting tins and packets for the Marlcombe food bank - please send donations in from Monday.

CHURCH NEWS
Father Mark will lead worship on Wednesdays this term. Café Church restarts on Sunday 20 October in the school hall, 10am - all families welcome, no church experience needed.

PTA NEWS
The Friends of St Michael's AGM is on Tuesday 8 October at 7pm in the staff room. We're looking for a new treasurer. The Autumn Fayre is on Saturday 23 November - please save the date and keep any unwanted toys and books for the tombola.

ATTENDANCE
Well done to Beech class with 98.7% this week.

Have a lovely weekend,
Mrs Pardoe
""")

add(n=45, label="negative", family="staff-email-guidance", shape="attachment-txt", client="outlook",
    **{"from": SBM}, to=[("Ellen Brooke", "e.brooke@school.example"), ("James Oduya", "j.oduya@school.example")], cc=[HEAD],
    subject="Welcome pack - email and IT guidance",
    date="2024-09-03 13:02",
    note="SBM sends new staff the email and IT section of the staff handbook, which tells staff not to forward chain letters",
    text="""Hi Ellen and James,

Welcome to St Michael's! As promised, attached is the email and IT section of the staff handbook. Please read it before Friday's training and sign the acceptable use agreement in your induction folder.

Sam will set up your laptops on Thursday morning.

Julie

""" + SIG_SBM,
    attachments=[("Staff handbook - section 7 email and IT.txt", """ST MICHAEL'S C OF E JUNIOR SCHOOL & NURSERY
STAFF HANDBOOK - SECTION 7: EMAIL, INTERNET AND IT

7.1 School email accounts are for school business. Write every email as if
    it could be read by a parent, a governor or a court.

7.2 Emails to parents, carers, governors or outside agencies must be copied
    to the Headteacher (use the cc field).

7.3 Do not send or forward chain letters, jokes, hoax virus warnings,
    petitions or "send this to everyone you know" messages, even if they
    look kind or urgent. If you are worried that a warning might be
    genuine, send it to the IT technician, who will check it.

7.4 Never send personal information about pupils, families or staff to an
    outside address by ordinary email. Use Egress secure email or the
    LA's secure portal. Ask the School Business Manager if you are unsure.

7.5 If you receive something suspicious, do not click links or open
    attachments. Report it to the IT technician and delete it.

7.6 Use Reply All only when everybody genuinely needs your reply.

7.7 All use of school systems is monitored and logged.

Reviewed September 2024 - next review September 2025
""".encode("utf-8"), "text/plain")])

add(n=46, label="negative", family="la-admissions-share-with-parents", shape="attachment-txt", client="outlook", auth=None,
    **{"from": LA_ADM}, to=[HEAD, OFFICE],
    subject="Junior school admissions 2025 - reminder for Year 2 families",
    date="2024-11-20 10:00",
    note="LA admissions team asks schools to share the junior-school application deadline with parents",
    text="""Dear Headteacher,

The closing date for applications for a Reception or Year 3 (junior school) place for September 2025 is 15 January 2025.

We would be grateful if you could share the attached reminder with families of children at linked infant schools and nurseries, for example in your newsletter or on your website. Late applications are considered only after all on-time applications, which often means families miss out on their preferred school.

Many thanks for your help.

School Admissions Team
Westshire Council
""",
    attachments=[("Year 3 admissions reminder 2025.txt", """APPLYING FOR A JUNIOR SCHOOL (YEAR 3) PLACE - SEPTEMBER 2025

Is your child in Year 2 at an infant school?
If so, you need to apply for a junior school place. It is not automatic.

Closing date: 15 January 2025
Apply online at the Westshire Council website (search "school admissions").
Offer day: 16 April 2025

Need help? Call the admissions team on 01632 960900, Monday to Friday 9am-4pm.
""".encode("utf-8"), "text/plain")])

add(n=47, label="negative", family="church-rota", shape="attachment-csv", client="thunderbird", auth=None,
    **{"from": PARISH}, to=[HEAD], cc=[SHAH],
    subject="Harvest and Advent rota - school family services",
    date="2024-09-10 14:48",
    note="Parish office sends the rota for school-led family services (readings, welcome, refreshments) as CSV",
    text="""Dear Helen and Priya,

Attached is the rota for the school-led family services this term, as discussed at the worship committee. Could you check the class allocations and let me know of any changes before I put it in the parish magazine?

Many thanks,
Anne
""",
    attachments=[("family_services_rota_autumn2024.csv", make_csv([
        ["Date", "Service", "Class leading", "Welcome team", "Refreshments", "Notes"],
        ["Fri 4 Oct", "Harvest Festival", "All classes", "Year 6 councillors", "PTA", "Food bank collection"],
        ["Sun 20 Oct", "Cafe Church", "Oak (Y4)", "Mrs Hughes & family", "Mothers' Union", "Bacon rolls"],
        ["Sun 10 Nov", "Remembrance", "Beech (Y6)", "Cubs", "Church Room", "Wreath laying 10.55"],
        ["Sun 17 Nov", "Cafe Church", "Ash (Y5)", "Mrs Shah", "PTA", ""],
        ["Thu 12 Dec", "Christingle", "Willow (Y3)", "Year 6 councillors", "PTA", "Oranges needed x 150"],
        ["Wed 18 Dec", "Carol service", "All classes", "Governors", "Church Room", "Mince pies"]]), "text/csv")])

add(n=48, label="negative", family="closure-cascade", shape="attachment-csv", client="outlook",
    **{"from": HEAD},
    to=[("Class reps", "classreps@example.com")],
    cc=[PTA_CHAIR],
    subject="Emergency closure cascade - updated for this winter",
    date="2024-11-19 17:40",
    note="Head sends PTA class reps the updated closure message cascade (reps pass closure news to their class)",
    text="""Dear Class Reps,

Thank you for agreeing to help again with our emergency closure cascade this winter. Attached is the updated list.

How it works: if we have to close (snow, heating failure, no water), I will post on the website and send a text through the school messaging service by 7.15am. I will also ring each of you. Please then pass the message on to your class WhatsApp group, so families without the app or with old numbers still hear. Please only pass on what I tell you - no guesses about reopening!

Please check your details and let Karen know of any changes.

With thanks,
Helen Pardoe
""",
    attachments=[("closure_cascade_2024-25.csv", make_csv([
        ["Class", "Rep", "Phone", "Backup rep", "Backup phone"],
        ["Little Lambs (Nursery)", "Sophie Landon", "07700 900281", "Amira Haddad", "07700 900734"],
        ["Willow (Y3)", "Stacey Norris", "07700 900516", "Tanya Sheppard", "07700 900902"],
        ["Oak (Y4)", "Dawn Luckins", "07700 900147", "Kayleigh Cox", "07700 900638"],
        ["Ash (Y5)", "Hannah Cole", "07700 900359", "Marie Pike", "07700 900470"],
        ["Beech (Y6)", "Kerry-Anne Bale", "07700 900823", "Nicola Brimble", "07700 900095"]]), "text/csv")])

add(n=49, label="negative", family="pshe-lesson-chain-messages", shape="attachment-docx", client="outlook",
    **{"from": SHAH}, to=[KS2], cc=[DSL],
    subject="PSHE lesson for next week - pressure messages / chain letters",
    date="2025-02-24 16:58",
    note="PSHE lead shares a KS2 lesson plan that quotes and discusses chain messages",
    text="""Hi all,

Following Tom's email about the messages going round Y5/6, here's the PSHE lesson for next week. It's pitched at Y5 but works for Y3/4 with the simpler example. The example chain message is made up - please don't use real ones the children have received, as it might identify who sent them.

Shout if you want the slides too.

Priya
""",
    attachments=[("Y5 PSHE - Pressure messages.docx", make_docx([
        ("h", "Year 5 PSHE: Online Relationships - Pressure Messages and Chain Letters"),
        "Learning objective: To recognise messages that try to pressure us into passing them on, and to know what to do.",
        "Starter (5 mins): Show this made-up message on the board:",
        "\"Send this to 10 friends in the next 10 minutes or you will have bad luck for a year. If you don't, someone will know.\"",
        "Ask: How does this message make you feel? What does it want you to do? Who benefits?",
        "Main activity (20 mins): In groups, sort message cards into 'OK to share', 'Check with an adult' and 'Don't pass on'. Include a genuine school trip reminder, a birthday invitation, a 'forward to 20 people' curse, a fake competition and a friendship test.",
        "Discussion: Why do chain letters use deadlines, threats and promises? Link to our value of Courage - it takes courage to be the one who stops it.",
        "Plenary: Children write one sentence they could say to a friend who sends them a chain message.",
        "Safeguarding note: Any child who is very frightened, or who mentions being contacted by an adult, should be reported to the DSL on CPOMS the same day.",
        ("table", [["Vocabulary", "Meaning"], ["Chain message", "A message that tells you to send it on to lots of people"], ["Hoax", "Something made up to trick people"], ["Pressure", "Being made to feel you have to do something"]])],
        creator="Priya Shah"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

add(n=50, label="negative", family="diocese-lent-appeal", shape="attachment-docx", client="outlook", auth=None,
    **{"from": DIOCESE}, to=[HEAD],
    subject="Bishop's Lent Appeal 2025 - letter for church schools",
    date="2025-02-26 09:15",
    note="Diocesan education team sends the Bishop's Lent Appeal letter for church schools to share with their communities",
    text="""Dear Headteacher,

Please find attached Bishop Catherine's letter to church schools about this year's Lent Appeal, which supports clean water projects with our link diocese in Tanzania.

We would be grateful if you could share the letter with your school community in whatever way suits you - newsletter, website or collective worship. Resources for a short act of worship are on the diocesan schools website.

Donations can be made by cheque to the Diocesan Board of Finance or online through the appeal page.

With best wishes,
Education Team
Diocese of Wellsford
""",
    attachments=[("Bishops Lent Appeal 2025 - schools letter.docx", make_docx([
        ("h", "The Bishop's Lent Appeal 2025: Living Water"),
        "Dear friends in our church schools,",
        "This Lent I am asking every parish and school in the diocese to help our sisters and brothers in the Diocese of Mara to bring clean water to three village schools. At present children walk up to two hours a day to fetch water before lessons can begin.",
        "Many of our schools have already planned sponsored silences, 'walk for water' events and non-uniform days. However you choose to take part, thank you.",
        "Please hold the people of Mara in your prayers throughout Lent.",
        "With my love and prayers,",
        "+Catherine, Bishop of Wellsford"], creator="Diocese of Wellsford"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

add(n=51, label="negative", family="mile-of-pennies", shape="attachment-xlsx", client="outlook",
    **{"from": PRYCE}, to=[SBM], cc=[HEAD],
    subject="Penny chain totals",
    date="2025-03-21 15:52",
    note="Year 6 teacher sends the SBM class totals from the 'penny chain' fundraiser",
    text="""Hi Julie,

Attached are the totals from today's penny chain. We got all the way from the Beech class door to the church gate - 212 metres! The Y6 maths group have worked out the money by class.

All the coins are in the safe in labelled bags. Can you bank them on Monday? The money is going to the Bishop's Lent Appeal.

Gareth
""",
    attachments=[("Penny chain 2025.xlsx", make_xlsx([
        ["Class", "Length (m)", "Coins counted", "Total (\u00a3)"],
        ["Little Lambs", 18, 901, 11.42],
        ["Willow (Y3)", 47, 2351, 29.87],
        ["Oak (Y4)", 41, 2052, 26.10],
        ["Ash (Y5)", 52, 2610, 34.55],
        ["Beech (Y6)", 54, 2702, 38.91],
        ["TOTAL", 212, 10616, 140.85]], sheet="Totals"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

add(n=52, label="negative", family="christmas-shoebox-tally", shape="attachment-xlsx", client="outlook",
    **{"from": SHAH}, to=[KAREN],
    subject="Shoebox appeal - final tally",
    date="2024-11-22 12:30",
    note="Teacher sends the office the class tally of Christmas shoeboxes for a local refuge appeal",
    text="""Hi Karen,

Here's the final tally for the Christmas shoebox appeal. The van from Westshire Refuge is coming at 2pm on Wednesday to collect - could you let Phil know so the hall is unlocked?

Thank you!
Priya
""",
    attachments=[("Shoebox tally.xlsx", make_xlsx([
        ["Class", "Boy 5-9", "Girl 5-9", "Boy 10-14", "Girl 10-14", "Adult", "Total"],
        ["Willow", 6, 7, 1, 2, 3, 19],
        ["Oak", 5, 4, 3, 3, 2, 17],
        ["Ash", 4, 6, 4, 5, 1, 20],
        ["Beech", 3, 3, 6, 5, 4, 21],
        ["Staff", 0, 1, 2, 2, 6, 11],
        ["Total", 18, 21, 16, 17, 16, 88]]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

add(n=53, label="negative", family="newsletter-pack", shape="zip", client="outlook",
    **{"from": KAREN}, to=[PTA_CHAIR],
    subject="Spring newsletter files",
    date="2025-01-09 13:40",
    note="School office sends the PTA chair a zip of newsletter text files (dates, church notices, PTA page)",
    text="""Hi Nic,

Here are the bits for the spring newsletter zipped up - dates, church notices and your PTA page from last time so you can update it. Mrs Pardoe would like it back by the 17th if possible.

Thanks,
Karen

""" + SIG_OFFICE,
    attachments=[("Spring newsletter.zip", make_zip([
        ("Spring dates.txt", "SPRING TERM DATES 2025\r\nMon 6 Jan - term starts\r\nFri 14 Feb - break up for half term\r\nMon 24 Feb - back to school\r\nWed 5 Mar - Ash Wednesday service, 9.15am church\r\nThu 6 Mar - World Book Day\r\nFri 4 Apr - break up for Easter\r\n"),
        ("Church notices.txt", "Cafe Church - 3rd Sunday of each month, 10am, school hall.\r\nLent groups from 11 March.\r\nEaster Sunday family communion 10am.\r\n"),
        ("PTA page (autumn).txt", "Thank you for a record Autumn Fayre - \u00a31,846 raised!\r\nNext: Valentine's disco Fri 7 Feb, 5-6.30pm (Y3/4), 6.45-8pm (Y5/6).\r\nWe still need a treasurer - could it be you?\r\n"),
    ]), "application/x-zip-compressed")])

add(n=54, label="negative", family="care-home-letters", shape="zip", client="outlook",
    **{"from": CARTER}, to=[("Elmfield House - Activities", "activities@elmfieldhouse.example")], cc=[HEAD],
    subject="Letters from Willow class",
    date="2024-12-13 15:05",
    note="Teacher sends a care home a zip of children's Christmas letters (first names only) as part of a community project",
    text="""Dear Janice,

As promised, here are the typed-up letters from Willow class for your residents. The children have also made cards which we'll bring with us when we come to sing on Wednesday 18th at 10.30.

The children would love replies if any residents feel like writing back! Please send them to school and we'll share them in class.

With best wishes,
Amy Carter
Willow class teacher, St Michael's C of E Junior School
""",
    attachments=[("Willow class letters.zip", make_zip([
        ("Letter 01 - Lily.txt", "Dear friend at Elmfield,\r\nMy name is Lily and I am 7. I like horses and baking. What was Christmas like when you were little? I hope you have a lovely Christmas.\r\nLove from Lily\r\n"),
        ("Letter 02 - Oliver.txt", "Dear friend,\r\nI am Oliver. My favourite thing is football and I support Yeovil Town. Did you have a favourite team? Happy Christmas.\r\nFrom Oliver\r\n"),
        ("Letter 03 - Zara.txt", "Hello!\r\nI am Zara and I have a cat called Biscuit. We are learning about the Stone Age. Merry Christmas and a happy new year.\r\nZara\r\n"),
    ]), "application/zip")])

add(n=55, label="negative", family="genuine-scam-alert-forward", shape="forward-inline", client="outlook",
    **{"from": DSL}, to=[DSL],
    bcc=PARENTS_ALL,
    subject="FW: Scam text messages claiming to be from school meals providers",
    date="2025-05-19 12:10",
    note="DSL passes on a genuine LA safeguarding-partnership scam alert to parents (report to 7726, do not reply)",
    text="""Dear Parents and Carers,

Please see below an alert from the Westshire Safeguarding Children Partnership. We will never text you asking for bank details - dinner money is only ever paid through ParentPay.

Mr Ashdown

""" + fwd_outlook(("Westshire Safeguarding Children Partnership", "wscp@westshire.gov.example"), "2025-05-19 10:02",
                     "Scam alert: text messages claiming to be from school meals providers",
                     [("Designated Safeguarding Leads", "dsl-list@westshire.gov.example")],
"""Dear colleagues,

Trading Standards have received reports of text messages sent to parents across Westshire, claiming to be from a school meals provider and saying that the family's dinner money account is in arrears. The message includes a link to a fake payment page.

Please share this with families:
- Schools and caterers will not ask for bank details by text.
- Do not click the link or reply.
- Forward the text to 7726 (the free spam reporting number) and then delete it.
- If you have entered card details, contact your bank straight away and report to Action Fraud.

Westshire Safeguarding Children Partnership
"""))

add(n=56, label="negative", family="pta-agm-minutes", shape="forward-inline", client="outlook",
    **{"from": HEAD}, to=[ALLSTAFF],
    subject="FW: FoSM AGM minutes - treasurer wanted",
    date="2024-10-10 08:15",
    note="Head forwards PTA AGM minutes internally and passes on the PTA's request for a treasurer",
    text="""Morning all,

Nicola has asked me to pass this on. If you know anyone who might make a good PTA treasurer (parent, grandparent, former parent...), please point them in Nicola's direction.

H

""" + fwd_gmail(PTA_CHAIR, "2024-10-09 22:14", "FoSM AGM minutes - treasurer wanted", [HEAD],
"""Hi Helen,

Minutes from last night attached to the PTA drive. Main points:
- Last year raised \u00a38,214 (fayre, discos, sponsored walk, uniform sale).
- \u00a33,000 committed to new reading books, \u00a31,500 to the nursery mud kitchen.
- Officers: Nicola Brimble (chair), Sian Fry (secretary). Treasurer still vacant - Mel has stood down after 5 years, thank you Mel!
- Autumn Fayre 23 Nov. Christmas cards via school as usual.

Could you mention the treasurer role to staff? It's about two hours a month and Mel will hand over properly.

Nic
"""))

_inner57 = inner_message(VICAR, [HEAD, PARISH], "800 years - 'Hug the Church' on 29 September", "2024-09-02 18:40",
    """Dear Helen,

As you know, this Michaelmas marks 800 years since the first recorded mention of St Michael's church. To celebrate, on Sunday 29 September at 12.30pm (after the 10am festival service) we are going to "hug the church" - everyone who comes will join hands in a human chain all the way round the building, and we will say a prayer of thanksgiving together.

We think we need about 250 people to go all the way round! It would be wonderful if school families could come. There will be a bring-and-share picnic afterwards in the churchyard, and the bells will ring.

Could you include this in the school newsletter? I will also bring some posters in.

With every blessing,
Mark
""", client="outlook")
add(n=57, label="negative", family="church-anniversary-event", shape="forward-rfc822", client="outlook",
    **{"from": HEAD}, to=[ALLSTAFF],
    subject="FW: 800 years - 'Hug the Church' on 29 September",
    date="2024-09-03 07:55",
    note="Head forwards (as an attachment) the vicar's invitation to a human-chain 'hug the church' anniversary event",
    text="""Dear all,

Please see Father Mark's message attached. It would be lovely to have a good staff turnout on the 29th if you are free - no pressure, it's a Sunday! I'll put it in Friday's newsletter for families.

Helen
""",
    attachments=[("rfc822", _inner57, "800 years - Hug the Church.eml")])

add(n=58, label="negative", family="reply-parent-chain-concern", shape="reply-quoted", client="outlook",
    **{"from": HEAD}, to=[("Kayleigh Cox", "kayleigh.cox@example.net")], cc=[DSL],
    subject="RE: Freddie upset about a message",
    date="2025-03-13 12:22",
    in_reply_to="<CAF3p8sN0dJ2ePo7TqgWb5yK4Lr1mXzV9uHcQ6aBiE8tRfY0snw@mail.gmail.com>",
    note="Head replies to a parent who reported her son being frightened by a chain message; advises not to forward it",
    text="""Dear Mrs Cox,

Thank you for letting us know, and I'm sorry Freddie had such an unsettled night. You did exactly the right thing in telling us and not sending it on.

Mr Ashdown (copied in) has spoken to the pupils involved this morning, and Year 6 will have a PSHE session next week about messages like this. Freddie is absolutely fine today and was very sensible when we talked to him.

Please do delete the message. If any more arrive, a screenshot to Mr Ashdown is all we need.

Kind regards,
Helen Pardoe
Headteacher

-----Original Message-----
From: Kayleigh Cox <kayleigh.cox@example.net>
Sent: 12 March 2025 21:48
To: Office <office@school.example>
Subject: Freddie upset about a message

> Hi,
>
> Freddie has been really upset tonight. He got an email on his school account from another boy in his class with one of those ghost stories saying if he doesn't send it to 20 people someone will be at the end of his bed. He's in tears and won't go to sleep. I haven't sent it on and I've told him not to.
>
> Can someone have a word please? I don't want to make a big thing of it but he's only 10.
>
> Thanks
> Kayleigh Cox
""")

add(n=59, label="negative", family="gate-chain-site", shape="mobile", client="iphone",
    **{"from": SITE}, to=[HEAD, SBM],
    subject="Back gate",
    date="2025-01-21 07:34",
    note="Site manager reports from his phone that the chain on the back gate has snapped and a new one is ordered",
    text="""Morning both, chain on the back gate by the nursery has snapped overnight (frost I think, it was rusty). Ive put a temporary padlock and cable on so its secure. New chain and a better padlock ordered from Screwfix, should be in tomorrow. Will fit before the nursery opens.

Phil

Sent from my iPhone""")

add(n=60, label="negative", family="pupil-asks-about-chain", shape="mobile", client="ipad",
    **{"from": ("Ruby Mason", "rmason@students.school.example")}, to=[SHAH],
    subject="question",
    date="2025-02-27 20:21",
    note="Pupil asks her teacher whether a scary chain message she received is real; she has not sent it on",
    text="""Hi Mrs Shah someone sent me a message saying if i dont send it to 20 people something bad will happen at 3am. Is it real? I didnt send it to anyone. Can i just delete it? Im a bit scared. Ruby

Sent from my iPad""")


if __name__ == "__main__":
    assert len([m for m in M if m["label"] == "positive"]) == 30
    assert len([m for m in M if m["label"] == "negative"]) == 30
    man = write_all(M)
    print("wrote", len(man), "messages")
