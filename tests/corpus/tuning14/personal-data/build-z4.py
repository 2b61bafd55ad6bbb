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

# ---------------------------------------------------------------------------
# Invented people and identifiers for the personal-data corpus. All
# identifiers are generated here with the real check-digit algorithms.
# ---------------------------------------------------------------------------
LA_CODE = 933          # Westshire (invented LA using a three-digit LA number)
ESTAB = 3046           # St Michael's C of E (VA) Junior School
INFANTS = 2171         # Marlcombe Infant School, where most UPNs were allocated

R = random.Random("z4-personal-data-people")

GIRLS = ["Poppy", "Isla", "Ruby", "Evie", "Grace", "Amelia", "Lily", "Freya", "Maisie", "Ava", "Willow", "Phoebe",
         "Ellie", "Daisy", "Harriet", "Zara", "Matilda", "Esme", "Aisha", "Scarlett", "Layla", "Niamh", "Hollie", "Megan"]
BOYS = ["Oliver", "Alfie", "Jayden", "Harvey", "Leo", "Oscar", "Freddie", "Archie", "Theo", "Reuben", "Max", "Ethan",
        "Finley", "Jacob", "Noah", "Kai", "Riley", "Tobias", "Ibrahim", "Lewis", "Callum", "George", "Dylan", "Mason"]
SURNAMES = ["Pound", "Bryant", "Sheldon", "Tapp", "Chedzoy", "Hembury", "Lock", "Yandle", "Vowles", "Baker", "Coombes",
            "Gibbs", "Hooper", "Perrett", "Stacey", "Warren", "Bessant", "Dyer", "Keirle", "Lacey", "Marsh", "Norton",
            "Pople", "Rendell", "Salway", "Trott", "Wyatt", "Ayres", "Bushell", "Cridland", "Durston", "Fisher",
            "Govier", "Hill", "Jeanes", "Kingdon", "Loveless", "Mear", "Nowak", "Osei", "Pittard", "Quantock", "Rowsell",
            "Adams", "Barnard", "Clapp", "Davey", "Edwards", "Frost", "Gammon", "Hawkins", "Irving", "Jennings", "Kaur",
            "Lugg", "Mahmood", "Newton", "O'Neill", "Parsons", "Reed", "Sealy", "Tidball", "Upham", "Vile", "Webber",
            "Yeo", "Bown", "Chant", "Dampney", "Eames", "Foot", "Gillard", "Horler", "Isaacs", "Jarman", "Kowalski",
            "Lintern", "Musgrove", "Nation", "Oaten", "Popham", "Raymond", "Stuckey", "Tucker", "Vickery", "Wall",
            "Ahmed", "Begum", "Clarke", "Dimond", "Evans", "Fudge", "Greedy", "Hatch", "Ivey", "Jolliffe"]
_unused = []
PARENT_F = ["Kelly", "Gemma", "Sarah", "Louise", "Claire", "Natalie", "Hayley", "Becky", "Emma", "Joanne", "Lindsey", "Zoe"]
PARENT_M = ["Craig", "Wayne", "Lee", "Darren", "Mark", "Steve", "Jamie", "Ben", "Rob", "Carl", "Tom", "Adam"]
STREETS = ["Mill Street", "Orchard Way", "Quarry Close", "Bridge Street", "Station Road", "Windsor Road", "Tanyard Lane",
           "Vicarage Gardens", "Priory Mead", "Long Acre", "Kingsmead", "Westfield Road", "Bowden Close", "Cider Press Lane",
           "Parrett View", "Coronation Avenue", "Barton Road", "Foldhill Lane"]
TOWNS = [("Marlcombe", "TA12 6"), ("Marlcombe", "TA12 7"), ("Langford", "TA13 4"), ("Chilcote", "TA14 8"), ("Eastbury", "TA12 5")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def rand_date(r, start, end):
    a = datetime.strptime(start, "%Y-%m-%d")
    b = datetime.strptime(end, "%Y-%m-%d")
    return a + timedelta(days=r.randint(0, (b - a).days))

YEAR_DOB = {"N": ("2020-09-01", "2021-08-31"), "3": ("2016-09-01", "2017-08-31"), "4": ("2015-09-01", "2016-08-31"),
            "5": ("2014-09-01", "2015-08-31"), "6": ("2013-09-01", "2014-08-31")}
YEAR_ALLOC = {"N": 24, "3": 21, "4": 20, "5": 19, "6": 18}
CLASS = {"N": "Little Lambs", "3": "Willow", "4": "Oak", "5": "Ash", "6": "Beech"}

_used_names = set()
_serial = [100]

def gen_nhs(r):
    while True:
        n = nhs(r.choice("4679") + "".join(r.choice("0123456789") for _ in range(8)))
        if n:
            return n

def gen_nino(r):
    while True:
        a = r.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        s = a + b + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")
        if nino_ok(s):
            return nino(s)

def gen_uln(r):
    while True:
        u = uln(r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(8)))
        if u:
            return u

def gen_bank(r):
    while True:
        sc = "01-%02d-%02d" % (r.randint(30, 59), r.randint(10, 99))
        acc = account(sc, "".join(r.choice("0123456789") for _ in range(7)))
        if acc:
            return sc, acc

def gen_card(r, brand="visa"):
    if brand == "visa":
        p = "4" + "".join(r.choice("0123456789") for _ in range(14))
    else:
        p = "5" + r.choice("12345") + "".join(r.choice("0123456789") for _ in range(13))
    return luhn(p)

def gen_address(r):
    town, pc = r.choice(TOWNS)
    return "%d %s, %s, Westshire" % (r.randint(1, 88), r.choice(STREETS), town), pc + r.choice(INWARD) + r.choice(INWARD)

def gen_mobile(r):
    return "07700 900%03d" % r.randint(0, 999)

def fmt_dob(d, style="slash"):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    return d.strftime("%d/%m/%y")

def pupil(year, first=None, surname=None, gender=None, la=LA_CODE, estab=INFANTS):
    r = R
    if gender is None:
        gender = r.choice("FM")
    while True:
        f = first or r.choice(GIRLS if gender == "F" else BOYS)
        if surname:
            s = surname
        else:
            if not _unused:
                _unused.extend(x for x in SURNAMES if x not in ("Pound", "Bryant", "Sheldon", "Hembury", "Chedzoy",
                                                                 "Yandle", "Keirle", "Nowak", "Osei"))
            s = _unused.pop(r.randrange(len(_unused)))
        if (f, s) not in _used_names or (first and surname):
            break
    _used_names.add((f, s))
    _serial[0] += r.randint(1, 37)
    dob = rand_date(r, *YEAR_DOB[year])
    addr, pc = gen_address(r)
    pf = r.choice(PARENT_F)
    pm = r.choice(PARENT_M)
    return {"first": f, "surname": s, "name": "%s %s" % (f, s), "gender": gender, "year": year,
            "class": CLASS[year], "dob": dob, "upn": upn(la, estab, YEAR_ALLOC[year], _serial[0] % 1000),
            "nhs": gen_nhs(r), "address": addr, "postcode": pc,
            "parent1": "%s %s" % (pf, s), "parent2": "%s %s" % (pm, s), "phone": gen_mobile(r),
            "email": "%s.%s%d@example.%s" % (pf.lower(), s.lower(), r.randint(1, 99), r.choice(["com", "net", "org"]))}

def staff(first, surname, dob, role):
    r = R
    sc, acc = gen_bank(r)
    addr, pc = gen_address(r)
    return {"name": "%s %s" % (first, surname), "first": first, "surname": surname, "dob": datetime.strptime(dob, "%Y-%m-%d"),
            "role": role, "nino": gen_nino(r), "sort": sc, "acc": acc, "address": addr, "postcode": pc,
            "payroll": "SMJ%04d" % r.randint(100, 9999), "phone": gen_mobile(r)}

# ===========================================================================
# personal-data corpus, writer z4
# ===========================================================================
M = []

def add(**kw):
    M.append(kw)

def d(p, style="slash"):
    return fmt_dob(p["dob"], style)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# named pupils used in several messages
oliver = pupil("4", "Oliver", "Pound", "M")
kacey = pupil("5", "Kacey", "Bryant", "F", la=878, estab=2204)     # joined from Devon
poppy = pupil("5", "Poppy", "Sheldon", "F")
jayden = pupil("6", "Jayden", "Hembury", "M")
mia = pupil("3", "Mia", "Chedzoy", "F")
reuben = pupil("4", "Reuben", "Yandle", "M")
esme = pupil("6", "Esme", "Keirle", "F")
tobias = pupil("3", "Tobias", "Nowak", "M", la=931, estab=2015)   # in-year from another LA
layla = pupil("5", "Layla", "Osei", "F")
ellen = staff("Ellen", "Brooke", "1988-04-12", "Teaching Assistant")
tina = staff("Tina", "Wescott", "1979-11-03", "Teaching Assistant")
chloe = staff("Chloe", "Vowles", "2004-06-22", "Apprentice Teaching Assistant")
james = staff("James", "Oduya", "1993-02-17", "Class Teacher")

EP = ("Dr Fiona Marsh", "fiona.marsh@westshire-eps.example")

# ---------------------------------------------------------------- positives
add(n=1, label="positive", family="sen-ep-consultation", shape="plain-7bit", client="outlook",
    **{"from": SENCO}, to=[EP], cc=[HEAD],
    subject="EP consultation request - Oliver Pound (Y4)",
    date="2024-10-08 16:20",
    note="SENCo emails an external educational psychologist a pupil's DOB, UPN, needs and family background in plain text",
    text="""Dear Fiona,

Thank you for offering us a consultation slot on 22 October. Ahead of that, here is the background on the pupil we'd like to discuss.

Name: Oliver Pound
DOB: %s
UPN: %s
Year 4, Oak class (teacher Mr Hughes)
Address: %s %s
Parent with PR: %s (mum); father not in contact since 2023

Current position: Oliver is on SEN Support (Cognition & Learning). His reading age in September was 6y 2m (chronological age 8y 11m). He has significant difficulty with phonological processing and spelling and his working memory score on the CTOPP was very low. Attention in class is poor and mum reports the same at home - the GP referred to the community paediatrician in July with query ADHD, waiting list is currently 14 months.

Mum has told us that she was diagnosed with dyslexia herself as an adult and that Oliver's father had "a statement" at school. She is anxious and has had a difficult year (she disclosed to Mr Ashdown that she has been treated for depression).

We'd like advice on whether to apply for an EHC needs assessment this year, and on strategies for working memory in the meantime.

Consent form signed by mum is in his file - I can scan it if you need it.

Kind regards,
Rachel

""" % (d(oliver), oliver["upn"], oliver["address"], oliver["postcode"], oliver["parent1"]) + SIG_SENCO)

add(n=2, label="positive", family="transfer-safeguarding-info", shape="plain-7bit", client="outlook",
    **{"from": DSL}, to=[("Mrs Louise Trevelyan (DSL)", "dsl@langfordprimary.example")],
    subject="Kacey Bryant - transfer and safeguarding information",
    date="2025-01-16 13:05",
    note="DSL sends the receiving school a child's DOB, UPN, address and child-protection history by ordinary email",
    text="""Dear Louise,

Further to our phone call, here is the information on Kacey who starts with you on Monday. The CTF has gone through S2S but I wanted you to have the safeguarding background straight away.

Kacey Bryant, DOB %s, UPN %s
New address: %s %s (this address must NOT be shared with father - see below)
Mum: %s, mobile %s

Kacey was on a Child Protection Plan (category: neglect) from March 2023 to November 2024, and is now on a Child in Need plan. Allocated social worker is Hannah Greig, Westshire Children's Social Care.

Mum and Kacey moved to Langford to get away from Kacey's father, Daniel Bryant, who has a non-molestation order against him following domestic abuse incidents in 2024. He is not allowed to collect her. Police were called to the family home twice last year and Kacey witnessed at least one of these.

In school Kacey has been withdrawn at times, hoards food at lunchtime and has had two disclosures (logged on CPOMS, 04/06/24 and 11/11/24) which I will send you in the file transfer.

Please ring me if you need anything else. Our CP file will follow by recorded delivery.

Kind regards,
Tom

""" % (d(kacey), kacey["upn"], kacey["address"], kacey["postcode"], kacey["parent1"], kacey["phone"]) + SIG_DSL)

add(n=3, label="positive", family="payroll-new-starter", shape="hard-wrapped", client="outlook",
    **{"from": SBM}, to=[("Westshire Schools Payroll", "payroll@westshirepayroll.example")],
    subject="New starter - Ellen Brooke - St Michael's C of E Junior (3046)",
    date="2024-09-04 10:12",
    note="SBM sends the payroll bureau a new starter's DOB, NI number, address and bank details unencrypted",
    text="""Good morning,

Please set up the following new starter from 2 September 2024. The signed contract and starter checklist are in the post.

Name: Mrs Ellen Brooke
Post: Teaching Assistant (Level 2), 32.5 hrs/wk term time only
Grade: Scale 3, point 5
Start date: 02/09/2024
Date of birth: %s
NI number: %s
Address: %s %s
Bank: Lloyds - sort code %s, account %s
Pension: opted in to LGPS
Student loan: Plan 2
Starter declaration: Statement B

DBS: enhanced, issued 19/08/2024, on update service.

Many thanks,

""" % (fmt_dob(ellen["dob"], "slash"), ellen["nino"], ellen["address"], ellen["postcode"], ellen["sort"], ellen["acc"]) + SIG_SBM)

_hamper = [pupil("3"), pupil("4"), pupil("5"), pupil("6"), pupil("N")]
add(n=4, label="positive", family="fsm-hamper-list", shape="hard-wrapped", client="outlook",
    **{"from": KAREN}, to=[PTA_CHAIR],
    subject="Christmas hampers - family list",
    date="2024-12-10 15:44",
    note="School administrator sends the PTA chair's personal email a list of families with FSM status, addresses and phone numbers",
    text="""Hi Nic,

Here's the list Mrs Pardoe agreed for the Christmas hampers. All of these are free school meals families except the last one, who Tom asked to add. Please keep it to yourself and Sian - the families don't know each other are on it.

""" + "\n".join("%d. %s (%s, %s class) - parent %s, %s %s, tel %s - %s" % (
        i + 1, p["name"], "Y" + p["year"] if p["year"] != "N" else "Nursery", p["class"], p["parent1"], p["address"],
        p["postcode"], p["phone"], "FSM" if i < 4 else "not FSM - mum recently left a domestic abuse situation, new address is confidential")
        for i, p in enumerate(_hamper)) + """

Delivery on Thursday 19th after school if possible. If no one's in, please don't leave anything on the doorstep for number 5.

Thanks,
Karen

""" + SIG_OFFICE)

add(n=5, label="positive", family="school-nurse-referral", shape="qp", client="outlook",
    **{"from": SHAH}, to=[("Westshire School Nursing Team", "schoolnursing.westshire@nhs.example")], cc=[DSL],
    subject="Referral \u2013 Poppy Sheldon, Year 5",
    date="2025-02-05 12:18",
    note="Class teacher sends the school nursing service a pupil's NHS number, DOB, address and health concerns",
    text="""Dear School Nursing Team,

I\u2019d like to refer one of my pupils. Mum (%s) has given verbal consent and is expecting a call.

Child: Poppy Sheldon
DOB: %s
NHS number: %s
Address: %s %s
GP: Marlcombe Health Centre (Dr Ahmed)
School: St Michael\u2019s C of E Junior, Year 5 (Ash class)

Concerns: Poppy has lost a noticeable amount of weight since Christmas and often says she isn\u2019t hungry at lunch. She has had several toileting accidents in school (wetting), which is new, and she\u2019s becoming very anxious about PE changing. Mum says she is also wetting at night and she\u2019s worried Poppy is \u201cmaking herself sick\u201d after tea.

Dad left the family home in November and there has been some upset around contact arrangements. Mr Ashdown (DSL, copied) is aware.

Many thanks,
Priya Shah
Ash class teacher
St Michael\u2019s C of E Junior School""" % (poppy["parent1"], d(poppy, "long"), poppy["nhs"], poppy["address"], poppy["postcode"]))

_card = gen_card(R, "visa")
add(n=6, label="positive", family="parent-card-details", shape="qp", client="outlook",
    **{"from": SBM}, to=[("WCS Accounts", "accounts@wcs-catering.example")],
    subject="Dinner money payment \u2013 please process by card",
    date="2025-03-11 09:27",
    note="SBM emails a parent's full card number, expiry and security code to the catering company",
    text="""Hi Debbie,

Mrs Landon can\u2019t get ParentPay to work so she\u2019s given me her card details over the phone to clear the nursery lunch arrears (\u00a347.60). Could you put it through your terminal please?

Name on card: MRS S LANDON
Card number: %s
Expiry: 08/27
Security code: 214
Billing address: %s %s

Child: Rosie Landon, Little Lambs nursery.

Thanks so much \u2013 let me know when it\u2019s gone through and I\u2019ll shred my note.

Julie""" % (_card, "12 Tanyard Lane, Marlcombe, Westshire", "TA12 7HN"))

_res = [pupil("6") for _ in range(9)] + [jayden, esme]
_meds = ["Asthma - blue inhaler, carries own", "None", "Nut allergy (peanut) - EpiPen x2, anaphylaxis 2021", "None",
         "Type 1 diabetes - insulin pump, care plan attached separately", "Enuresis - discreet arrangement, spare sleeping bag liner",
         "None", "Vegetarian", "Coeliac - gluten free diet", "ADHD - methylphenidate 18mg 8am, staff to give", "Eczema - emollient"]
_rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s (%s)</td></tr>\n" % (
    htmlmod.escape(p["name"]), d(p), p["nhs"], htmlmod.escape(m), htmlmod.escape(p["parent1"]), p["phone"]) for p, m in zip(_res, _meds))
add(n=7, label="positive", family="residential-medical-list", shape="html-only", client="outlook",
    **{"from": PRYCE}, to=[("Kilverton Outdoor Centre Bookings", "bookings@kilverton-outdoor.example")], cc=[HEAD],
    subject="Beech class residential 2-4 June - medical and contact list",
    date="2025-05-21 17:02",
    note="Year 6 teacher sends an outdoor centre an HTML table of pupils with DOB, NHS number, medical needs and parent phone",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Mel,</p>
<p>As requested, here are the medical details and emergency contacts for the children with needs on our trip (the rest of the group list is on the booking form). Please pass to your first aider and instructors.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e2f3"><th>Name</th><th>DOB</th><th>NHS no.</th><th>Medical / dietary</th><th>Parent (mobile)</th></tr>
""" + _rows + """</table>
<p>Jayden's mum has asked that he isn't put in a dorm with Reuben Yandle's older brother's friends (long story, happy to explain on the phone).</p>
<p>See you on the 2nd!</p>
<p>Gareth Pryce<br>Year 6 teacher, St Michael's C of E Junior School</p>
</div></body></html>
""")

add(n=8, label="positive", family="police-disclosure-record", shape="html-only", client="outlook",
    **{"from": DSL}, to=[("PC Rob Hallett", "rob.hallett@westshire.police.example")],
    subject="Disclosure this morning - Reuben Yandle",
    date="2025-04-29 11:48",
    note="DSL emails a police officer a child's disclosure of physical abuse with name, DOB, address and injury details",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Rob,</p>
<p>As discussed on the phone, my record of this morning's disclosure. MASH referral also made (ref to follow).</p>
<p><b>Child:</b> Reuben Yandle, DOB %s, Year 4<br>
<b>Address:</b> %s %s<br>
<b>Lives with:</b> mum %s and her partner Lee Dampier</p>
<p><b>Disclosure (09:10, to Mrs Tucker, TA):</b> Reuben arrived with a bruise on his left cheek. When asked, he said &quot;Lee pushed me into the door because I wouldn't get off the Xbox&quot;. He said this has happened &quot;loads of times&quot; and that Lee &quot;grabs my arm really hard&quot;. He asked us not to tell his mum because &quot;she'll get in trouble&quot;.</p>
<p><b>Observed:</b> bruise approx. 3cm on left cheekbone, yellow/purple; four small round bruises on right upper arm consistent with fingertip marks. Body map completed and held on CPOMS.</p>
<p>Reuben is currently in class and calm. Mum usually collects at 3.15pm &ndash; please let me know before then whether he can go home.</p>
<p>Tom Ashdown<br>DSL, St Michael's C of E Junior School<br>01632 960418</p>
</div></body></html>
""" % (d(reuben), reuben["address"], reuben["postcode"], reuben["parent1"]))

_ey = [pupil("N") for _ in range(5)]
_eyrows = [(p["name"], d(p), p["parent1"], gen_nino(R), "50%09d" % R.randint(10**8, 10**9 - 1)) for p in _ey]
add(n=9, label="positive", family="early-years-funding-claim", shape="multipart-alternative", client="outlook",
    **{"from": NURSERY}, to=[("Early Years Funding Team", "eyfunding@westshire.gov.example")], cc=[SBM],
    subject="Summer headcount - 30 hours additions - St Michael's Nursery",
    date="2025-04-24 14:30",
    note="Nursery manager sends the LA funding team children's names, DOBs, parents' NI numbers and 30-hours codes in the email body",
    text="""Hello,

The portal keeps timing out so I'm sending our summer term additions for 30 hours by email as Sam suggested. Please could you validate these codes?

""" + "\n".join("%s, DOB %s - parent %s, NI %s, eligibility code %s" % r for r in _eyrows) + """

All start 28 April, 30 hours stretched over 38 weeks.

Many thanks,
Sue Miller
Nursery Manager, St Michael's Nursery (Little Lambs)""")

add(n=10, label="positive", family="staff-absence-governors", shape="multipart-alternative", client="outlook",
    **{"from": HEAD}, to=[("David Coombes", "dcoombes@example.net"), ("Anita Desai", "anita.desai@example.org")],
    subject="Confidential - staffing update for Chair and Vice-Chair",
    date="2025-01-30 20:41",
    note="Head emails governors' personal addresses with named staff members' sickness, health and disciplinary details",
    text="""Dear David and Anita,

Ahead of the staffing committee, a confidential update. Please don't forward.

1. Tina Wescott (TA, Oak class) - absent since 6 January with work-related stress and anxiety. Her GP fit note runs to 14 February. The occupational health report (received today) says she is also being investigated for a heart arrhythmia and has been prescribed sertraline. OH recommends a phased return of 4 weeks. She has had 23 days' absence this year, which triggers stage 2 of the attendance policy.

2. James Oduya (Y5 class teacher, started September) - following the complaint from a parent about a comment in PE, Julie and I carried out an informal investigation. I issued a written management instruction on 24 January. James was upset and has since told me he is dyslexic and had not felt able to disclose this. We are arranging a workplace assessment.

3. Bev Tucker has asked to reduce to 3 days from Easter for childcare reasons (her husband is undergoing chemotherapy).

I'd welcome a quick call with you both before the committee on the 11th.

Helen""")

_payvar = [tina, ellen, james, chloe]
add(n=11, label="positive", family="payroll-variations-csv", shape="attachment-csv", client="outlook",
    **{"from": SBM}, to=[("Westshire Schools Payroll", "payroll@westshirepayroll.example")],
    subject="February variations - 3046 St Michael's",
    date="2025-02-13 11:05",
    note="SBM sends payroll provider a CSV with staff NI numbers, bank details and sickness variations",
    text="""Hi Lynne,

February variations attached - includes Tina's move to half pay from the 17th and Chloe's new bank account.

Thanks,
Julie

""" + SIG_SBM,
    attachments=[("3046_variations_Feb25.csv", make_csv(
        [["Payroll no", "Surname", "Forename", "NI number", "DOB", "Sort code", "Account", "Variation", "Effective", "Notes"]] +
        [[s["payroll"], s["surname"], s["first"], s["nino"], fmt_dob(s["dob"]), s["sort"], s["acc"], v, e, n_] for s, v, e, n_ in zip(
            _payvar,
            ["Sick pay - half pay", "Additional hours", "None", "Bank change"],
            ["17/02/2025", "03/02/2025", "", "01/02/2025"],
            ["Stress - fit note to 14/02, extended", "Covering Oak PM", "", "New account Nationwide"])]), "text/csv")])

_party = [pupil("3") for _ in range(12)]
add(n=12, label="positive", family="class-contact-list-to-parent", shape="attachment-csv", client="outlook",
    **{"from": KAREN}, to=[("Stacey Norris", "stacey.norris@example.com")],
    subject="RE: Willow class list for party invites",
    date="2025-01-20 14:11",
    note="Office sends a parent a class list with other children's birthdays, home addresses and parents' phone numbers",
    text="""Hi Stacey,

Here you go - I've included birthdays as you said you wanted to do a joint party for the January-March ones. Please don't share it on the class WhatsApp.

Karen
""",
    attachments=[("Willow class contacts.csv", make_csv(
        [["Child", "Date of birth", "Parent/carer", "Address", "Postcode", "Mobile"]] +
        [[p["name"], d(p), p["parent1"], p["address"], p["postcode"], p["phone"]] for p in _party]), "text/csv")])

_y3 = [pupil("3") for _ in range(14)] + [mia]
add(n=13, label="positive", family="admissions-intake-list", shape="attachment-xlsx", client="outlook",
    **{"from": KAREN}, to=[LA_ADM],
    subject="Year 3 September 2025 - accepted places and on-roll check",
    date="2025-05-06 10:31",
    note="Office sends LA admissions a spreadsheet of incoming pupils with DOB, UPN, address, SEN and FSM flags",
    text="""Good morning,

Please find attached our list of accepted Year 3 places for September 2025 with the details we hold from Marlcombe Infants, for the on-roll check. Three families have not yet accepted - marked in the last column.

Kind regards,

""" + SIG_OFFICE,
    attachments=[("Y3 intake Sept 2025 - St Michaels.xlsx", make_xlsx(
        [["Surname", "Forename", "DOB", "UPN", "Address", "Postcode", "SEN", "FSM", "Status"]] +
        [[p["surname"], p["first"], d(p), p["upn"], p["address"], p["postcode"], R.choice(["N", "N", "N", "K", "E"]),
          R.choice(["Y", "N", "N", "N"]), "Accepted" if i < 12 else "Not yet accepted"] for i, p in enumerate(_y3)], sheet="Intake"),
        XLSX)])

_willow = [pupil("3") for _ in range(10)] + [mia]
_needs = ["SEN Support - speech & language (DLD)", "EHCP - ASD, 1:1 mornings", "Medical - epilepsy, buccal midazolam",
          "SEN Support - dyslexia screening", "PP / CLA - foster placement since 2023", "Medical - severe egg allergy",
          "SEN Support - SEMH, anxiety; CAMHS waiting list", "Young carer (mum MS)", "EAL - Polish, new arrival",
          "SEN Support - fine motor, OT", "Medical - asthma; CIN plan"]
add(n=14, label="positive", family="sen-register-to-personal-email", shape="attachment-xlsx", client="outlook",
    **{"from": CARTER}, to=[("Amy Carter", "amycarter.home@example.com")],
    subject="willow SEN list for weekend",
    date="2024-10-18 16:50",
    note="Class teacher emails the class SEN/medical register with DOBs and UPNs to her personal webmail to work at home",
    text="""sending to home so I can do the pupil passports over the weekend
""",
    attachments=[("Willow SEN and medical register.xlsx", make_xlsx(
        [["Name", "DOB", "UPN", "Need", "Notes"]] +
        [[p["name"], d(p), p["upn"], n_, ""] for p, n_ in zip(_willow, _needs)], sheet="Register"), XLSX)])

add(n=15, label="positive", family="cp-chronology-docx", shape="attachment-docx", client="outlook",
    **{"from": DSL}, to=[("Hannah Greig (Social Worker)", "hannah.greig@westshire.gov.example")],
    subject="Chronology for ICPC - Jayden Hembury",
    date="2025-03-04 17:15",
    note="DSL sends a social worker a child-protection chronology (Word) with the child's DOB, UPN, address and incidents by ordinary email",
    text="""Hi Hannah,

Attached is our chronology for Thursday's Initial Child Protection Conference. Sorry it's late - CPOMS export wouldn't format properly so I've typed it up.

Tom
""",
    attachments=[("Chronology - J Hembury - ICPC.docx", make_docx([
        ("h", "St Michael's C of E Junior School - Safeguarding Chronology"),
        "Child: Jayden Hembury   DOB: %s   UPN: %s   Year 6" % (d(jayden), jayden["upn"]),
        "Address: %s %s" % (jayden["address"], jayden["postcode"]),
        "Parents: %s (mother), %s (father, lives separately)" % (jayden["parent1"], jayden["parent2"]),
        ("table", [
            ["Date", "Event", "Action"],
            ["12/09/2024", "Jayden arrived without breakfast, said mum 'still asleep'. Attendance 81% last year.", "Breakfast club place offered."],
            ["07/10/2024", "Disclosed dad 'hit mum with the remote'. Visible distress.", "MASH referral, police informed."],
            ["21/11/2024", "Strong smell of cannabis on clothing; mum slurred at pick-up.", "DSL spoke to mum; logged."],
            ["15/01/2025", "Not collected; mum arrived 17:40 intoxicated. Grandmother collected.", "EDT informed."],
            ["26/02/2025", "Self-harm: scratches to forearms, said 'I want to disappear'.", "School nurse, CAMHS referral, SW informed."]]),
        "Completed by T. Ashdown (DSL), 04/03/2025"], creator="Tom Ashdown"), DOCX)])

add(n=16, label="positive", family="admissions-appeal-statement", shape="attachment-docx", client="outlook",
    **{"from": HEAD}, to=[("Clerk to Appeals Panel", "appeals@westshire-appeals.example")], cc=[("Diocese Admissions", "admissions@wellsforddiocese.example")],
    subject="Appeal 25/Y3/017 - school's case and appellant's evidence",
    date="2025-05-28 12:44",
    note="Head sends the appeals clerk a Word statement naming the appellant child with DOB, address and medical/psychological evidence",
    text="""Dear Mrs Penrose,

Please find attached the school's case for appeal 25/Y3/017, together with my summary of the medical evidence the family submitted to us with their application.

Kind regards,
Helen Pardoe
Headteacher
""",
    attachments=[("Appeal 25-Y3-017 school case.docx", make_docx([
        ("h", "Admission Appeal 25/Y3/017 - Statement of the Admission Authority"),
        "Child: Tobias Nowak, date of birth %s, currently attending Chilcote Infant School." % d(tobias, "long"),
        "Home address: %s %s (2.4 miles from school)." % (tobias["address"], tobias["postcode"]),
        "Parents: %s and %s." % (tobias["parent1"], tobias["parent2"]),
        "The family applied under oversubscription criterion 2 (exceptional medical or social need). Evidence submitted: a letter from Dr K. Raman, consultant paediatrician, confirming that Tobias has cystic fibrosis and requires physiotherapy twice daily; a letter from the family's GP stating that Mrs Nowak is being treated for severe post-natal depression following the birth of a sibling; and a letter from a CAMHS practitioner describing Tobias's separation anxiety.",
        "The governors' admissions committee considered this evidence but concluded that it did not demonstrate why St Michael's in particular, rather than another school, was necessary to meet these needs.",
        "The school is full in Year 3 (PAN 60) and admitting an additional child would prejudice the efficient use of resources."], creator="Helen Pardoe"), DOCX)])

_y6 = [pupil("6") for _ in range(18)] + [jayden, esme]
_y6csv = make_csv([["UPN", "Surname", "Forename", "DOB", "Gender", "Address", "Postcode", "SEN", "FSM", "CP/CIN", "Medical"]] +
    [[p["upn"], p["surname"], p["first"], d(p), p["gender"], p["address"], p["postcode"],
      R.choice(["N", "N", "N", "K"]) if p is not jayden else "K", R.choice(["N", "N", "Y"]),
      "CP" if p is jayden else ("CIN" if p is esme else ""), "Asthma" if i % 7 == 3 else ""] for i, p in enumerate(_y6)])
add(n=17, label="positive", family="y6-transition-zip", shape="zip", client="outlook",
    **{"from": KAREN}, to=[("Marlcombe Academy Transition", "transition@marlcombeacademy.example")], cc=[DSL],
    subject="Y6 transition data - St Michael's",
    date="2025-06-12 09:55",
    note="Office sends the secondary school a plain zip of a CSV with Year 6 pupils' UPNs, DOBs, addresses, SEN, FSM and CP flags",
    text="""Dear Mr Gallagher,

Please find our Year 6 transition spreadsheet attached (zipped as it wouldn't go through otherwise). Mr Ashdown will ring you separately about the two children flagged CP/CIN.

Kind regards,
Karen Dibble
""",
    attachments=[("StMichaels_Y6_transition_2025.zip", make_zip([("StMichaels_Y6_2025.csv", _y6csv)]), "application/zip")])

_nurs = [pupil("N") for _ in range(6)]
_allerg = ["Cow's milk protein - soya alternative", "Peanut & tree nut - EpiPen Jext 150", "Egg - mild", "Sesame - antihistamine",
           "Coeliac - gluten free", "Kiwi & banana - oral allergy"]
add(n=18, label="positive", family="nursery-allergy-list-zip", shape="zip", client="outlook",
    **{"from": NURSERY}, to=[("Sunbeam Kitchens", "menus@sunbeamkitchens.example")],
    subject="Allergy list for new menu",
    date="2025-08-28 10:20",
    note="Nursery manager sends a new catering supplier a zipped spreadsheet of children's allergies with DOB and NHS numbers",
    text="""Hi Marco,

As promised, our allergy list for September. I've zipped the spreadsheet. Please make sure your cook at our site has a copy on the wall.

Sue
""",
    attachments=[("Little Lambs allergies Sept 25.zip", make_zip([("Allergies.xlsx", make_xlsx(
        [["Child", "DOB", "NHS number", "Allergy / diet", "Parent mobile"]] +
        [[p["name"], d(p), p["nhs"], a, p["phone"]] for p, a in zip(_nurs, _allerg)], sheet="Allergies"))]), "application/zip")])

add(n=19, label="positive", family="staff-reference-forward", shape="forward-inline", client="outlook",
    **{"from": HEAD}, to=[("Mr Neil Hatherall (Head)", "head@eastburyprimary.example")],
    subject="FW: Reference - Tina Wescott",
    date="2025-03-18 18:22",
    note="Head forwards an internal HR summary with a TA's DOB, NI number, sickness and disciplinary record to another school",
    text="""Neil,

Rather than fill in your form twice, here are the details Julie pulled together for me. Happy to talk on the phone about the rest.

Helen

""" + fwd_outlook(SBM, "2025-03-18 15:02", "Reference - Tina Wescott", [HEAD],
"""Helen,

Details for Tina's reference:

Full name: Christina (Tina) Wescott
DOB: %s
NI: %s
Employed: 01/09/2016 - present, TA Level 2
Sickness absence (last 2 years): 41 days in 5 episodes - stress/anxiety (23 days, Jan-Feb 2025), gastro (3), back (9), covid (5), other (1)
Disciplinary: first written warning 03/2023 (mobile phone use in class), expired 03/2024
Safeguarding: no concerns

Julie
""" % (fmt_dob(tina["dob"]), tina["nino"])))

_pp = [pupil("5") for _ in range(6)] + [layla]
add(n=20, label="positive", family="tutoring-pupil-premium-list", shape="forward-inline", client="outlook",
    **{"from": HUGHES}, to=[("Bright Sparks Tutoring", "tutors@brightsparks-tutoring.example")],
    subject="FW: Tutoring group - Ash class",
    date="2024-10-01 16:35",
    note="Teacher forwards to a tutoring company the SENCo's list of disadvantaged pupils with DOB, UPN, PP status and needs",
    text="""Hi Sarah,

Here's the group for the Tuesday/Thursday sessions as discussed. Let me know if you need anything else for your booking system.

Dan

""" + fwd_outlook(SENCO, "2024-09-30 12:10", "Tutoring group - Ash class", [HUGHES],
    "Dan, list for tutoring as agreed. All PP unless marked.\n\n" + "\n".join(
        "%s | DOB %s | UPN %s | %s | KS1 reading %s" % (p["name"], d(p), p["upn"],
        ["PP", "PP, CLA", "PP, SEN K (dyslexia)", "PP", "Not PP - EAL", "PP, young carer", "PP, SEN K (ADHD, medicated)"][i],
        ["WTS", "WTS", "PKF", "EXS", "WTS", "WTS", "PKF"][i]) for i, p in enumerate(_pp)) + "\n\nRachel\n"))

_inner21 = inner_message((layla["parent1"], layla["email"]), [OFFICE], "Layla - swimming and her epilepsy",
    "2025-04-22 20:15",
    """Hi,

Just so the swimming teachers know before Thursday. Layla has epilepsy (absence and tonic-clonic seizures). Her NHS number is %s and she is under Dr Varma at Musgrove. If she has a seizure lasting more than 5 minutes she needs buccal midazolam 5mg (in the red bag) and an ambulance. She had a seizure in the water last summer so please keep a very close eye.

Her DOB is %s in case the pool needs it. My mobile is %s.

Thanks
%s""" % (layla["nhs"], d(layla), layla["phone"], layla["parent1"]), client="gmail")
add(n=21, label="positive", family="medical-care-plan-forward", shape="forward-rfc822", client="outlook",
    **{"from": KAREN}, to=[("Marlcombe Leisure Centre - Swim School", "swim@marlcombeleisure.example")],
    subject="FW: Layla - swimming and her epilepsy",
    date="2025-04-23 08:40",
    note="Office forwards (attached) a parent's email with a child's epilepsy details, NHS number and DOB to the leisure centre",
    text="""Hi Jo,

Please see attached from Layla Osei's mum ahead of Ash class swimming on Thursday.

Karen
""",
    attachments=[("rfc822", _inner21, "Layla - swimming and her epilepsy.eml")])

_inner22 = inner_message(CARTER, [SENCO], "Mia - this week", "2025-02-14 16:05",
    """Rachel,

Log for Mia this week for your OT referral:

Mia Chedzoy, Y3, DOB %s, UPN %s
- Mon: meltdown at lunch, bit TA (Bev) on the forearm, skin broken
- Tue: refused to write, tore up book, hid under table 40 mins
- Wed: fine am, pm climbed fence to field
- Thu: said "I want to die" when told it was wet play
- Fri: sensory room x3

Mum says she has been diagnosed with ASD and sensory processing disorder (letter from paediatrician in her file) and sleeps 4-5 hrs a night. Dad is in prison till the summer, she doesn't know yet.

Amy""" % (d(mia), mia["upn"]), client="outlook")
add(n=22, label="positive", family="behaviour-log-to-private-ot", shape="forward-rfc822", client="outlook",
    **{"from": SENCO}, to=[("Jenny Hallam OT", "jenny@hallam-ot.example")],
    subject="FW: Mia - this week",
    date="2025-02-17 09:12",
    note="SENCo forwards (attached) a teacher's behaviour log with a child's DOB, UPN, diagnosis and family details to a private OT",
    text="""Hi Jenny,

Ahead of your assessment on Wednesday, here's Amy's log from last week. Mum's happy for you to see it.

Rachel
""",
    attachments=[("rfc822", _inner22, None)])

add(n=23, label="positive", family="exclusion-note-mobile", shape="mobile", client="iphone",
    **{"from": HEAD}, to=[("Karen Moss (Inclusion)", "karen.moss@westshire.gov.example")],
    subject="Jayden H",
    date="2025-03-07 15:52",
    note="Head on her phone sends the LA inclusion officer a pupil's DOB, UPN, suspension and medication details",
    text="""Karen - as discussed. Jayden Hembury DOB %s UPN %s, Y6. Suspended 2 days from Monday for assault on staff (threw chair, hit TA). Hadn't had his ADHD meds for 3 days, mum says the pharmacy ran out. On CP plan, SW Hannah Greig. Home %s. Can we talk about a managed move/AP before SATs? H

Sent from my iPhone""" % (d(jayden), jayden["upn"], jayden["address"]))

add(n=24, label="positive", family="early-help-mobile", shape="mobile", client="android",
    **{"from": DSL}, to=[("Home-Start Westshire", "familysupport@homestart-westshire.example")],
    subject="Referral - Keirle family",
    date="2025-05-15 07:58",
    note="DSL on a phone sends a family-support charity the family's names, DOBs, address and the father's bail conditions",
    text="""Hi Jo, could a volunteer visit %s at %s %s asap? Children Esme (DOB %s, Y6) and Alfie (DOB 14/09/2021, our nursery). Dad %s is on bail not to contact mum after an assault in April, she's struggling, no food in the house last week, Esme is doing most of the caring. Mum consents. Tom Ashdown DSL St Michaels 07700 900912

Sent from my Android""" % (esme["parent1"], esme["address"], esme["postcode"], d(esme), esme["parent2"]))

add(n=25, label="positive", family="apprentice-uln-nino", shape="format-flowed", client="thunderbird",
    **{"from": SBM}, to=[("Westcountry Apprenticeships - Enrolments", "enrolments@westcountry-apprenticeships.example")],
    subject="Chloe Vowles - TA Level 3 apprenticeship enrolment",
    date="2024-09-12 13:30",
    note="SBM sends an apprenticeship provider a staff apprentice's ULN, NI number, DOB, address and learning difficulty",
    text="""Dear Enrolments Team,

Further to the employer agreement, here are Chloe's details so you can complete the ILR. She starts on the programme on 23 September.

Learner: Chloe Vowles
Date of birth: %s
ULN: %s
NI number: %s
Address: %s %s
Mobile: %s
Prior attainment: GCSE English 4, Maths 3 (resit planned)
Learning difficulty: Chloe has dyslexia (assessed at college in 2021) and has asked for extra time and a reader in assessments. She also disclosed that she has an anxiety disorder and takes medication.

Employer: St Michael's C of E Junior School, workplace mentor Mrs Lorraine Gould.

Best wishes,
Julie Venn
School Business Manager""" % (fmt_dob(chloe["dob"], "long"), gen_uln(R), chloe["nino"], chloe["address"], chloe["postcode"], chloe["phone"]))

_photo = [pupil(y) for y in "3345566"] + [reuben, mia]
add(n=26, label="positive", family="photographer-pupil-data", shape="base64", client="outlook",
    **{"from": KAREN}, to=[("Cheese! School Photography", "orders@cheese-photos.example")],
    subject="Sibling photos - list for Tuesday",
    date="2024-10-11 11:20",
    note="Office sends a school photographer pupils' DOBs, UPNs and home addresses for sibling photo orders",
    text="""Hi Amanda,

Here's the sibling photo list for Tuesday. I've included UPNs so they match up with the data file you had in September, and home addresses for the ones who want them posted.

""" + "\n".join("%s (%s) - DOB %s - UPN %s - %s %s" % (p["name"], p["class"], d(p), p["upn"], p["address"], p["postcode"]) for p in _photo) + """

Thanks,
Karen""")

_newlgps = staff("Margaret", "Harrill", "1971-05-30", "Midday Supervisor")
add(n=27, label="positive", family="pension-new-member", shape="iso-8859-1", client="outlook",
    **{"from": SBM}, to=[("Westshire Pension Fund - Employer Services", "employers@westshirepensionfund.example")],
    subject="LGPS new joiner - Margaret Harrill - employer 3046",
    date="2024-11-07 14:02",
    note="SBM sends the pension fund a new member's DOB, NI number, address and pay details in latin-1 text",
    cte="quoted-printable",
    text="""Dear Employer Services,

Please enrol the following new starter in the LGPS. The online form would not accept her NI number so I have put the details below.

Surname: Harrill
Forenames: Margaret Anne
Title: Mrs
Date of birth: %s
National Insurance no: %s
Address: %s %s
Date joined: 04/11/2024
Post: Midday Supervisor, 7.5 hours per week, term time
Annual pensionable pay: £5,412.86 (actual)
Contribution band: 1 (5.5%%)
Previous LGPS membership: yes - Devon Pension Fund 1998-2004 (née Wakely)

Regards,
Julie Venn
School Business Manager""" % (fmt_dob(_newlgps["dob"]), _newlgps["nino"], _newlgps["address"], _newlgps["postcode"]), wrap=True)

add(n=28, label="positive", family="camhs-referral", shape="windows-1252", client="outlook",
    **{"from": SENCO}, to=[("CAMHS Single Point of Access", "camhs.spa@nhs.example")], cc=[DSL],
    subject="Referral \u2013 Esme Keirle \u2013 urgent",
    date="2025-03-26 10:09",
    note="SENCo sends CAMHS a referral with a child's NHS number, DOB, address and self-harm details by ordinary email",
    text="""Dear colleagues,

I am writing to refer Esme Keirle with her mother\u2019s consent. We would be grateful for an urgent screening.

Name: Esme Keirle
DOB: %s
NHS number: %s
Address: %s %s
GP: Marlcombe Health Centre
Parent: %s (mobile %s)

Reasons for referral: Over the last six weeks Esme (Year 6) has disclosed to two members of staff that she is cutting her upper arms and thighs with a pencil sharpener blade. The school nurse saw fresh cuts on 20 March. She has said she \u201cdoesn\u2019t want to be here any more\u201d and has written notes in her planner about not wanting to live. She is a young carer for her younger brother while her mother struggles with alcohol misuse, and her father is currently on police bail following a domestic assault.

Esme is bright (working at greater depth in reading) but her attendance has fallen to 84%% this term.

We have a safety plan in school and Mr Ashdown (DSL, copied) has informed children\u2019s social care.

Kind regards,
Rachel Okafor
SENCo""" % (d(esme, "long"), esme["nhs"], esme["address"], esme["postcode"], esme["parent1"], esme["phone"]))

_aud = [ellen, tina, james, chloe, _newlgps, staff("Lorraine", "Gould", "1968-08-19", "HLTA"), staff("Denise", "Hole", "1964-01-27", "Cook")]
_audtxt = "ST MICHAEL'S C OF E JUNIOR SCHOOL - SUPPORT & TEACHING STAFF PAY LISTING - NOVEMBER 2024\r\n\r\n" + \
    "%-10s %-22s %-14s %-11s %-22s %10s\r\n" % ("Payroll", "Name", "NI number", "DOB", "Post", "Gross") + "-" * 95 + "\r\n" + \
    "".join("%-10s %-22s %-14s %-11s %-22s %10s\r\n" % (s["payroll"], s["name"], s["nino"], fmt_dob(s["dob"]), s["role"], "%.2f" % R.uniform(600, 3600)) for s in _aud)
add(n=29, label="positive", family="auditor-payroll-listing", shape="attachment-txt", client="outlook",
    **{"from": SBM}, to=[("West Country Audit - Schools Team", "schools@westcountryaudit.example")],
    subject="SFVS audit sample - November payroll listing",
    date="2024-12-03 09:48",
    note="SBM sends external auditors a payroll listing with staff names, NI numbers, DOBs and gross pay",
    text="""Hi Richard,

As requested for the sample testing, attached is the November payroll listing from the bureau report.

Julie
""",
    attachments=[("Nov24 pay listing.txt", _audtxt.encode("utf-8"), "text/plain")])

add(n=30, label="positive", family="in-year-transfer-reply", shape="reply-quoted", client="outlook",
    **{"from": KAREN}, to=[("Paula Yeandle (In-Year Admissions)", "paula.yeandle@westshire.gov.example")],
    subject="RE: In-year application - Tobias Nowak",
    date="2025-06-03 11:31",
    in_reply_to="<LO2P265MB3318B1E0C2A94F7D@LO2P265MB3318.GBRP265.PROD.OUTLOOK.COM>",
    note="Office replies to an LA admissions officer with a child's DOB, UPN, address, medical and safeguarding information",
    text="""Hi Paula,

Details below from the paperwork Mrs Nowak brought in:

Tobias Nowak
DOB: %s
UPN: %s (from Chilcote Infants - previous LA Westshire North)
Address: %s %s
Medical: cystic fibrosis, physio twice daily, enzymes with meals
Sibling: none at St Michael's
Other: mum mentioned a previous social care involvement in Bristol (CIN, closed 2023) - Tom has asked for the file.

Hope that helps,
Karen

-----Original Message-----
From: Paula Yeandle <paula.yeandle@westshire.gov.example>
Sent: 03 June 2025 09:14
To: Office <office@school.example>
Subject: In-year application - Tobias Nowak

> Hi Karen,
>
> We've had an in-year application for Year 3 naming St Michael's. Could you confirm the child's DOB, UPN and current address as held by you, and whether there are any siblings or additional needs we should know about?
>
> Many thanks
> Paula
""" % (d(tobias), tobias["upn"], tobias["address"], tobias["postcode"]))

# ---------------------------------------------------------------- negatives
add(n=31, label="negative", family="internal-cp-concern", shape="plain-7bit", client="outlook",
    **{"from": DSL}, to=[HEAD],
    subject="Reuben Y - update",
    date="2025-04-29 15:40",
    note="INTERNAL: DSL updates the head about a child-protection case (name, DOB, address) - all recipients inside the school",
    text="""Helen,

Update on Reuben Yandle (DOB %s, Y4, %s): police and social care visited home at 2pm. Lee Dampier has agreed to stay at his mother's while a s47 enquiry is carried out. Mum is collecting Reuben as normal. Strategy meeting Thursday 10am - I'll go.

I've told Bev to write up her account on CPOMS today. Can we keep Reuben's name out of the staff briefing tomorrow? Just "a safeguarding matter in Oak".

Tom""" % (d(reuben), reuben["address"]))

add(n=32, label="negative", family="term-dates-letter", shape="hard-wrapped", client="outlook",
    **{"from": HEAD}, to=[HEAD], bcc=PARENTS_ALL,
    subject="Term dates 2025-26 and dates for the summer",
    date="2025-06-27 15:15",
    note="OUTBOUND, no personal data: term dates and event dates letter to parents",
    text="""Dear Parents and Carers,

Governors have now approved our term dates for 2025-26. They follow the Westshire pattern except for one extra INSET day, which we have linked to the diocesan conference.

Autumn term 2025: Wednesday 3 September (INSET 1 and 2 September) to Friday 19 December. Half term 27-31 October.
Spring term 2026: Monday 5 January to Friday 27 March. Half term 16-20 February. INSET Monday 5 January.
Summer term 2026: Monday 13 April to Wednesday 22 July. Half term 25-29 May. May Day bank holiday 4 May. INSET Thursday 23 and Friday 24 July.

Dates for the rest of this term:
- Mon 30 June - Year 6 production dress rehearsal, 1.30pm
- Wed 2 July, 6pm and Thu 3 July, 2pm - Year 6 production "Joseph"
- Fri 4 July - Sports day, 9.30am (reserve day Tue 8 July)
- Thu 10 July - reports home; parents' drop-in 3.30-5pm
- Fri 11 July - Nursery leavers' service, 2pm
- Mon 21 July - Leavers' service at St Michael & All Angels, 9.30am
- Tue 22 July - last day of term, 1.30pm finish

If you have any questions please ring the office on 01632 960418.

With every blessing,

""" + SIG_HEAD)

_sch_sc = "30-96-54"
_sch_acc = account(_sch_sc, "0187339") or "01873390"
add(n=33, label="negative", family="hall-hire-invoice", shape="qp", client="outlook",
    **{"from": SBM}, to=[("Parish Treasurer", "treasurer@marlcombeparish.example")],
    subject="Invoice INV-2425-0187 \u2013 hall hire, Caf\u00e9 Church autumn term",
    date="2024-12-16 10:05",
    note="OUTBOUND, no personal data: invoice to the parish with invoice/order numbers and the school's own bank details",
    text="""Dear Roger,

Please find below our invoice for use of the school hall for Caf\u00e9 Church this term.

Invoice number: INV-2425-0187
Your order ref: PCC/2024/031
Date: 16/12/2024

Hall hire, Sundays 20 Oct, 17 Nov, 15 Dec (3 x 3 hrs @ \u00a318.50/hr) \u2013 \u00a3166.50
Caretaking (3 x \u00a312.00) \u2013 \u00a336.00
Total due: \u00a3202.50 (no VAT)

Payment within 30 days please, by BACS to:
St Michael\u2019s C of E Junior School Fund
Lloyds Bank, Marlcombe
Sort code: %s
Account: %s
Reference: INV-2425-0187

Or cheque payable to \u201cSt Michael\u2019s School Fund\u201d.

Many thanks,

""" % (_sch_sc, _sch_acc) + SIG_SBM)

add(n=34, label="negative", family="siams-aggregate-stats", shape="html-only", client="outlook",
    **{"from": HEAD}, to=[("Diocesan Schools Adviser", "s.haverfield@wellsforddiocese.example")],
    subject="SIAMS pre-inspection data \u2013 St Michael\u2019s Marlcombe",
    date="2025-01-09 17:30",
    note="OUTBOUND, no personal data: anonymised aggregate statistics for the diocese",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Stephen,</p>
<p>Ahead of your visit on the 21st, here is the summary data you asked for. Figures are from the October census unless stated.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Measure</th><th>School</th><th>National</th></tr>
<tr><td>Pupils on roll (Y3&ndash;Y6)</td><td>231</td><td>&ndash;</td></tr>
<tr><td>Nursery places filled</td><td>38 of 39</td><td>&ndash;</td></tr>
<tr><td>Free school meals (ever 6)</td><td>17.3%</td><td>25.7%</td></tr>
<tr><td>SEN support</td><td>14.7%</td><td>14.2%</td></tr>
<tr><td>EHCP</td><td>2.6% (6 pupils)</td><td>2.5%</td></tr>
<tr><td>EAL</td><td>4.3%</td><td>22.1%</td></tr>
<tr><td>Attendance 2023&ndash;24</td><td>95.8%</td><td>94.5%</td></tr>
<tr><td>Persistent absence</td><td>9.1%</td><td>14.6%</td></tr>
<tr><td>KS2 RWM expected standard 2024</td><td>68%</td><td>61%</td></tr>
</table>
<p>Our self-evaluation against the inquiry questions is on the shared drive. Worship monitoring by the foundation governors took place on 12 November and 7 January.</p>
<p>With best wishes,<br>Helen Pardoe</p>
</div></body></html>
""")

add(n=35, label="negative", family="cp-policy-for-volunteer", shape="multipart-alternative", client="outlook",
    **{"from": DSL}, to=[("Graham Sully", "graham.sully@example.net")], cc=[HEAD],
    subject="Volunteering at St Michael's - safeguarding information",
    date="2024-10-02 16:10",
    note="OUTBOUND, no personal data: summary of the child protection policy for a new reading volunteer",
    text="""Dear Graham,

Thank you for offering to hear readers on Wednesday mornings - the children will love it. Your DBS has come back clear, so you can start next week.

Before your first session, please read our Child Protection and Safeguarding Policy (on the website under Policies). The key points for volunteers are:

- If a child tells you something worrying, listen, don't promise to keep it secret, and tell me or Mrs Pardoe straight away. Write down what was said in the child's words, and sign and date it.
- Never take photos of children, and keep your phone in your bag.
- Always work in an open space such as the library corner, never in a closed room.
- Wear your visitor lanyard and sign in and out at the office.
- Any concerns about a member of staff go to the Headteacher; concerns about the Headteacher go to the Chair of Governors.

We'll go through this together for ten minutes when you arrive on the 9th.

With thanks,
Tom Ashdown
Deputy Headteacher and DSL""")

_isbns = []
for stem in ["978178344", "978024143", "978140717", "978184780", "978000819", "978152901", "978191135", "978140831"]:
    body12 = stem + "%03d" % R.randint(0, 999)
    t = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    _isbns.append(body12 + str((10 - t % 10) % 10))
add(n=36, label="negative", family="library-book-order", shape="attachment-csv", client="outlook",
    **{"from": ("Amy Carter", "a.carter@school.example")}, to=[("Peters Books Orders", "orders@schoolbooks-supply.example")], cc=[SBM],
    subject="Library order - PO 3046-0442",
    date="2025-03-03 12:00",
    note="OUTBOUND, no personal data: library book order with ISBN-13s, PO number and quantities",
    text="""Hello,

Please find attached our library order against PO 3046-0442 (budget code LIB-25). Delivery to the school office please, Church Lane, Marlcombe TA12 6RL.

Many thanks,
Amy Carter
English lead
""",
    attachments=[("PO-3046-0442.csv", make_csv([["ISBN", "Title", "Qty", "Unit price"]] + [
        [i, t, q, p] for i, t, q, p in zip(_isbns, ["Poetry anthology KS2", "Class reader set A", "Non-fiction: Rivers", "Graphic novel Y5/6",
                                                    "Myths and legends", "Dictionary (junior)", "Atlas (junior)", "Picture book for KS2"],
                                         [1, 6, 2, 3, 2, 10, 4, 1], ["12.99", "7.99", "9.99", "8.99", "14.99", "6.50", "11.99", "12.99"])]),
        "text/csv")])

_senreg = [pupil(y) for y in "334455666"] + [oliver, mia]
add(n=37, label="negative", family="internal-sen-register", shape="attachment-xlsx", client="outlook",
    **{"from": SENCO}, to=[KS2], cc=[HEAD],
    subject="Updated SEN register - spring term",
    date="2025-01-07 08:20",
    note="INTERNAL: SENCo sends class teachers the SEN register with names, DOBs, UPNs and needs - all recipients inside the school",
    text="""Morning all,

Updated SEN register attached for spring. Please check your class and let me know of any changes by Friday. Reminder: this stays on the school system - please don't download it to personal devices.

Rachel
""",
    attachments=[("SEN register Spring 2025.xlsx", make_xlsx([["Name", "Class", "DOB", "UPN", "Stage", "Primary need"]] + [
        [p["name"], p["class"], d(p), p["upn"], R.choice(["K", "K", "K", "E"]), R.choice(["SpLD", "SEMH", "ASD", "SLCN", "MLD"])] for p in _senreg]), XLSX)])

add(n=38, label="negative", family="blank-admission-form", shape="attachment-docx", client="outlook",
    **{"from": KAREN}, to=[("Mr & Mrs Adeyemi", "adeyemi.family@example.com")], cc=[HEAD],
    subject="Supplementary information form for St Michael's",
    date="2024-11-14 10:44",
    note="OUTBOUND, no personal data: blank supplementary admission form template sent to a prospective parent",
    text="""Dear Mr and Mrs Adeyemi,

Thank you for visiting on Tuesday. As St Michael's is a voluntary aided church school, we ask families applying under the faith criteria to complete our supplementary information form as well as the council application. A blank copy is attached.

Please return it to the school office by 15 January 2025.

Kind regards,

""" + SIG_OFFICE,
    attachments=[("SIF 2025 blank.docx", make_docx([
        ("h", "St Michael's C of E Junior School - Supplementary Information Form (Year 3, September 2025)"),
        "Please complete in BLOCK CAPITALS and return to the school office by 15 January 2025.",
        ("table", [["Child's full name", ""], ["Date of birth", "__ / __ / ____"], ["Current school", ""],
                   ["Parent/carer name(s)", ""], ["Address and postcode", ""], ["Telephone", ""],
                   ["Place of worship attended", ""], ["Frequency of attendance", ""]]),
        "Minister's declaration (to be completed by the minister of the place of worship):",
        "Signed: ____________________   Date: ___________",
        "How we use your information: see our Privacy Notice for Pupils and Parents on the school website."], creator="School Office"), DOCX)])

_inf = [pupil("3") for _ in range(8)]
_infcsv = make_csv([["UPN", "Surname", "Forename", "DOB", "NHS number", "SEN", "Medical", "Contact 1", "Phone"]] +
    [[p["upn"], p["surname"], p["first"], d(p), p["nhs"], R.choice(["N", "N", "K"]), R.choice(["", "", "Asthma", "Eczema"]), p["parent1"], p["phone"]] for p in _inf])
add(n=39, label="negative", family="inbound-infant-transfer-zip", shape="zip", client="outlook", auth=None,
    **{"from": ("Marlcombe Infant School Office", "office@marlcombeinfants.example")}, to=[KAREN], cc=[SENCO],
    subject="Transfer information - Y2 to St Michael's (group 2)",
    date="2025-07-08 13:25",
    note="INBOUND (auth null): a feeder infant school sends pupil transfer data with UPNs, DOBs and NHS numbers to the school",
    text="""Hi Karen,

Second batch of transfer data for the children coming to you in September. As before, the SEN files will come over with Mrs Okafor's visit.

Thanks,
Debbie
Marlcombe Infant School
""",
    attachments=[("Transfer_group2.zip", make_zip([("Transfer_group2.csv", _infcsv)]), "application/zip")])

add(n=40, label="negative", family="training-dates-forward", shape="forward-inline", client="outlook",
    **{"from": HEAD}, to=[("David Coombes", "dcoombes@example.net")],
    subject="FW: Safer recruitment and governor safeguarding training - spring dates",
    date="2025-01-14 19:05",
    note="OUTBOUND, no personal data: head forwards LA training dates with course codes and booking references to a governor",
    text="""David,

Could you book onto one of these? We need two governors with in-date safer recruitment before the deputy appointment panel. The code for the school's account is below.

Thanks,
Helen

""" + fwd_outlook(("Westshire Learning & Development", "cpd@westshire.gov.example"), "2025-01-13 09:00",
                     "Safer recruitment and governor safeguarding training - spring dates", [("Headteachers", "heads@westshire.gov.example")],
"""Dear Headteachers,

Spring term dates are now open for booking on the Westshire CPD portal.

Safer Recruitment in Education (full day)
- Course SR-25-031: Tue 4 February, 9.15am-3.30pm, County Hall, Room 2.14
- Course SR-25-044: Thu 6 March, 9.15am-3.30pm, online (Teams)

Safeguarding for Governors (evening)
- Course GOV-SG-25-07: Wed 12 February, 6.30-8.30pm, online
- Course GOV-SG-25-11: Mon 17 March, 6.30-8.30pm, Marlcombe Library

Cost: included in the Governor Services SLA. Booking ref for SLA schools: GSLA-2025-3046. Queries: 01632 960552.

Learning & Development Team
Westshire Council
"""))

_inner41 = inner_message(("Hannah Greig", "hannah.greig@westshire.gov.example"), [DSL], "ICPC minutes - J Hembury", "2025-03-12 16:30",
    """Tom,

Minutes from last Thursday's ICPC for your file. Jayden Hembury (DOB %s), %s. Outcome: child protection plan, category emotional abuse and neglect. Core group first meeting 26 March at school, 3.45pm.

Actions for school: daily check-in with trusted adult; attendance monitoring; refer to school nurse re self-harm (done).

Hannah Greig
Social Worker, Westshire Children's Social Care""" % (d(jayden), jayden["address"]), client="outlook")
add(n=41, label="negative", family="inbound-cp-minutes-forward", shape="forward-rfc822", client="outlook", auth=None,
    **{"from": ("Westshire CP Conference Admin", "cpconference@westshire.gov.example")}, to=[DSL],
    subject="FW: ICPC minutes - J Hembury",
    date="2025-03-13 09:02",
    note="INBOUND (auth null): LA conference admin forwards CP conference minutes (attached message) naming a child to the DSL",
    text="""Dear Mr Ashdown,

Forwarding on behalf of Hannah Greig, as the original bounced from your old address. Please update your contact details with us.

Conference Administration Team
""",
    attachments=[("rfc822", _inner41, None)])

add(n=42, label="negative", family="inbound-parent-medical", shape="mobile", client="iphone", auth=None,
    **{"from": (layla["parent1"], layla["email"])}, to=[SHAH],
    subject="Layla meds",
    date="2025-05-12 07:41",
    note="INBOUND (auth null): a parent emails the class teacher her child's medication change and NHS number from her phone",
    text="""Morning Mrs Shah, Layla's epilepsy meds changed at the weekend, she's now on lamotrigine 50mg morning and night (I give both, nothing needed at school). Her NHS no is %s if the office needs it for the care plan. She might be a bit sleepy this week. Thanks, %s

Sent from my iPhone""" % (layla["nhs"], layla["parent1"].split()[0]))

add(n=43, label="negative", family="theatre-trip-booking-refs", shape="format-flowed", client="thunderbird",
    **{"from": SHAH}, to=[("Westshire Coaches", "bookings@westshirecoaches.example"), ("Brewhouse Theatre Box Office", "groups@brewhouse-theatre.example")],
    cc=[SBM],
    subject="Ash class trip 12 March - booking refs confirmed",
    date="2025-02-20 15:26",
    note="OUTBOUND, no personal data: trip booking with coach and theatre booking references, ticket numbers and phone numbers",
    text="""Dear both,

Just confirming the arrangements for our Year 5 trip to the matinee of "The Jungle Book" on Wednesday 12 March.

Theatre: booking ref BT-774193, 62 seats (56 pupils + 6 adults), rows F-H, tickets 100441 to 100502. Payment made by BACS on 14 Feb, remittance ref SMJ-TRIP-0312.

Coach: Westshire Coaches quote Q-25-2207, one 70-seater, pick up from St Michael's, Church Lane at 11.45, depart theatre 16.15. Driver please ring school on 01632 960418 on arrival. My mobile on the day is 07700 900208.

Two pupils use wheelchairs occasionally - we won't need the lift on this trip but please could the theatre reserve two aisle seats in row H just in case.

Many thanks,
Priya Shah
Year 5 teacher""")

_applicant = staff("Daniel", "Rossiter", "1990-09-08", "Applicant")
add(n=44, label="negative", family="inbound-job-application", shape="format-flowed", client="thunderbird", auth=None,
    **{"from": ("Daniel Rossiter", "dan.rossiter@example.org")}, to=[("St Michael's Recruitment", "recruitment@school.example")],
    subject="Application - Class Teacher (Year 4) - maternity cover",
    date="2025-04-02 22:13",
    note="INBOUND (auth null): a job applicant sends his DOB, NI number and address to the school",
    text="""Dear Mrs Pardoe,

Please find my application for the Year 4 maternity cover post. The online form would not let me upload, so I have included the personal details section here and will post the signed copy.

Full name: Daniel James Rossiter
Date of birth: %s
NI number: %s
Address: %s %s
Teacher reference number: 1892345
QTS: 2014
Current post: Year 3 teacher, Chilcote C of E Primary (since 2019)

I am a regular communicant at St Andrew's, Chilcote, and would be glad to support the Christian ethos of St Michael's.

Yours sincerely,
Daniel Rossiter""" % (fmt_dob(_applicant["dob"], "long"), _applicant["nino"], _applicant["address"], _applicant["postcode"]))

_alloc = [pupil("3") for _ in range(6)]
add(n=45, label="negative", family="inbound-la-allocation-list", shape="base64", client="outlook", auth=None,
    **{"from": LA_ADM}, to=[KAREN, HEAD],
    subject="Offer day - Year 3 allocations for St Michael's (late applicants)",
    date="2025-04-16 08:05",
    note="INBOUND (auth null): LA admissions sends the school a list of allocated children with DOBs, UPNs and addresses",
    text="""Dear Headteacher,

The following late applicants have been offered a Year 3 place at your school for September 2025. Offers have been sent to parents today.

""" + "\n".join("%s, DOB %s, UPN %s, %s %s" % (p["name"], d(p), p["upn"], p["address"], p["postcode"]) for p in _alloc) + """

Please treat this information in line with your data protection obligations.

School Admissions Team
Westshire Council""")

_dummy = [("Testpupil", "Alpha", "01/01/2016"), ("Testpupil", "Bravo", "02/02/2016"), ("Testpupil", "Charlie", "03/03/2016"),
          ("Testpupil", "Delta", "04/04/2015"), ("Testpupil", "Echo", "05/05/2015")]
add(n=46, label="negative", family="mis-dummy-test-data", shape="base64", client="outlook",
    **{"from": ICT}, to=[("Arbor Support (ticket 448201)", "support@schoolmis-support.example")],
    subject="RE: Ticket 448201 - import failing on UPN column",
    date="2024-10-22 14:48",
    note="OUTBOUND, no real personal data: IT technician sends MIS support dummy test records with made-up names and deliberately invalid UPN check letters",
    text="""Hi,

As requested on ticket 448201, here is the test file I'm using to reproduce the import failure. These are dummy records I made up - the names are test names and the UPNs are fake (the check letters are deliberately wrong so they can't clash with real pupils). The import rejects every row with "UPN invalid", which is correct, but it also rejects the DOB column even though it's in DD/MM/YYYY.

Surname,Forename,DOB,UPN
""" + "\n".join("%s,%s,%s,%s" % (a, b, c, bad_upn(999, 9999, 16, i + 1)) for i, (a, b, c) in enumerate(_dummy)) + """

Our URN is 123780 and the server log reference is IMP-20241022-1402.

Thanks,
Sam Okoro
IT Technician""")

add(n=47, label="negative", family="census-aggregate-return", shape="iso-8859-1", client="outlook",
    **{"from": KAREN}, to=[("Westshire Data Team", "schooldata@westshire.gov.example")],
    subject="Spring census 2025 - headline figures for checking - 3046",
    date="2025-01-17 14:20",
    note="OUTBOUND, no personal data: aggregate census headcounts sent to the LA data team",
    text="""Hello,

Before we submit, could you sanity-check our spring headline figures? COLLECT is showing query 1520 about the nursery count.

Headcount by year group:
Nursery (part-time): 31   Nursery (30 hours): 8
Year 3: 58   Year 4: 60   Year 5: 57   Year 6: 56
Total on roll: 270

FSM eligible: 41 (15.2%)
SEN support: 34   EHCP: 6
Pupils with EAL: 10
Service children: 2
Looked-after children: 1
Part-time timetables: 0

Unauthorised absence autumn term: 0.9% of sessions. Average class size: 28.9.

Thanks,
Karen Dibble
School Administrator""", wrap=True)

_pay_int = [ellen, tina, james]
add(n=48, label="negative", family="internal-payroll-summary", shape="iso-8859-1", client="outlook",
    **{"from": SBM}, to=[HEAD],
    subject="Payroll checks for sign-off - February",
    date="2025-02-24 12:02",
    note="INTERNAL: SBM sends the head payroll changes with NI numbers and bank details for sign-off - all recipients inside the school",
    cte="quoted-printable",
    text="""Helen,

For your sign-off before I approve February's payroll with the bureau. Three changes:

""" + "\n".join("%s - NI %s - sort code %s acc %s - %s" % (s["name"], s["nino"], s["sort"], s["acc"], c) for s, c in zip(
        _pay_int, ["additional hours £212.40", "half pay from 17/02", "TLR 2a backdated to Jan, £287.50"])) + """

The bureau file is in the Finance folder. Please initial the printout on your desk.

Julie""")

add(n=49, label="negative", family="school-identifiers-la", shape="windows-1252", client="outlook",
    **{"from": SBM}, to=[("Westshire Schools Finance", "schoolsfinance@westshire.gov.example")],
    subject="Change of school details \u2013 St Michael\u2019s C of E Junior (3046)",
    date="2024-09-18 11:40",
    note="OUTBOUND, no personal data: the school's own identifiers (URN, LAESTAB, UKPRN, VAT) and phone numbers sent to the LA",
    text="""Dear Finance Team,

Please update your records for St Michael\u2019s following the amalgamation of the nursery into the school\u2019s budget.

School: St Michael\u2019s Church of England Voluntary Aided Junior School and Nursery
URN: 123780
DfE number: 933/3046
LAESTAB: 9333046
UKPRN: 10061538
Cost centre: ED3046
VAT registration (school fund): GB 381 2764 19
Main office: 01632 960418
Nursery direct line: 01632 960419
Finance contact: Julie Venn, 01632 960418 ext 203

The nursery\u2019s old cost centre ED3046N can be closed from 1 October.

Many thanks,
Julie Venn
School Business Manager""")

_refund_sc, _refund_acc = gen_bank(R)
add(n=50, label="negative", family="inbound-parent-refund-bank", shape="windows-1252", client="outlook", auth=None,
    **{"from": ("Gemma Perrett", "gemma.perrett@example.com")}, to=[SBM],
    subject="Refund for cancelled residential",
    date="2025-06-16 20:35",
    note="INBOUND (auth null): a parent sends her own bank details to the school for a trip refund",
    text="""Hi Mrs Venn,

Thanks for letting me know about the refund for Finley\u2019s deposit (\u00a375) now that he can\u2019t go on the residential because of his operation. Please can it go back into my account:

Name: Mrs G Perrett
Sort code: %s
Account number: %s

Thanks so much, and thank Mr Pryce for being so understanding.

Gemma Perrett""" % (_refund_sc, _refund_acc))

_alert = [poppy, layla, mia, pupil("4"), pupil("6")]
_alert_notes = ["wetting accidents \u2013 spare clothes in office", "epilepsy \u2013 buccal midazolam in red bag, staffroom",
                "ASD \u2013 ear defenders, sensory room", "severe peanut allergy \u2013 2 x EpiPen", "type 1 diabetes \u2013 pump, hypo kit"]
add(n=51, label="negative", family="internal-medical-alert-list", shape="windows-1252", client="outlook",
    **{"from": KAREN}, to=[ALLSTAFF],
    subject="Medical alert list \u2013 please read before sports day",
    date="2025-07-02 08:30",
    note="INTERNAL: office sends all staff the medical alert list with NHS numbers - all recipients inside the school",
    html_alt=True,
    text="""Morning all,

Ahead of sports day on Friday, here is the medical alert list. Photos are on the board in the staffroom. Please don\u2019t print this or take it off site.

""" + "\n".join("%s (%s) \u2013 NHS %s \u2013 %s" % (p["name"], p["class"], p["nhs"], n_) for p, n_ in zip(_alert, _alert_notes)) + """

First aiders on the field: Bev, Lorraine, Phil.

Thanks,
Karen""")

add(n=52, label="negative", family="data-protection-policy", shape="attachment-txt", client="outlook",
    **{"from": HEAD}, to=[("Anita Desai", "anita.desai@example.org")],
    subject="Data Protection Policy - draft for committee",
    date="2025-02-04 18:10",
    note="OUTBOUND, no personal data: draft data protection policy sent to a governor",
    text="""Dear Anita,

As you're our link governor for GDPR, here is the draft of the updated Data Protection Policy for the resources committee. The main changes are the new section on email (6.3) and the retention schedule reference.

Helen
""",
    attachments=[("Data Protection Policy DRAFT Feb 2025.txt", """ST MICHAEL'S C OF E JUNIOR SCHOOL & NURSERY
DATA PROTECTION POLICY (DRAFT v3, February 2025)

1. Purpose
The school collects and uses personal data about pupils, parents, staff,
governors, volunteers and visitors. This policy sets out how we comply with
UK GDPR and the Data Protection Act 2018.

2. Roles
Data controller: the Governing Board. Data Protection Officer: provided under
the Westshire DPO service. Day-to-day lead: the School Business Manager.

3. Principles
Personal data must be processed lawfully, fairly and transparently; collected
for specified purposes; adequate and limited; accurate; kept no longer than
necessary; and kept secure.

6. Sharing and transferring data
6.1 We share data only where there is a lawful basis and, where needed, a
    data sharing agreement.
6.2 Special category data (health, SEN, safeguarding) must never be sent by
    ordinary email to an outside address.
6.3 Staff must use Egress secure email, the LA's secure portal, S2S or an
    encrypted file with the password sent separately.
6.4 Staff must not forward school data to personal email accounts.

7. Data breaches
Any suspected breach must be reported to the SBM immediately. The DPO will
decide within 72 hours whether it must be reported to the ICO.

8. Subject access requests
Requests should be passed to the SBM on the day they are received.

Review: annually by the Resources Committee.
""".encode("utf-8"), "text/plain")])

_cpoms = "CPOMS EXPORT - Incidents, category Safeguarding, 01/01/2025-31/01/2025\r\n\r\n" + "".join(
    "%s | %s (%s, DOB %s) | %s | Actioned by %s\r\n" % (dt, p["name"], p["class"], d(p), t, who) for dt, p, t, who in [
        ("06/01/2025", jayden, "Arrived hungry, no coat. Said mum in bed.", "TA"),
        ("13/01/2025", kacey, "Asked if dad could find out where new school is.", "DSL"),
        ("15/01/2025", jayden, "Not collected - mum arrived 17:40 intoxicated.", "DSL"),
        ("22/01/2025", reuben, "Unexplained bruise left wrist; account consistent (trampoline).", "DDSL"),
        ("29/01/2025", esme, "Told friend she is 'doing everything at home'.", "DSL")])
add(n=53, label="negative", family="internal-cpoms-export", shape="attachment-txt", client="outlook",
    **{"from": DSL}, to=[("Rachel Okafor (DDSL)", "r.okafor@school.example")],
    subject="January CP log for supervision",
    date="2025-02-03 16:25",
    note="INTERNAL: DSL sends the deputy DSL a CPOMS export naming children - all recipients inside the school",
    text="""Rachel,

January's log for our supervision session on Thursday. Please delete once we've met.

Tom
""",
    attachments=[("CPOMS_Jan25.txt", _cpoms.encode("utf-8"), "text/plain")])

add(n=54, label="negative", family="masked-card-receipt-reply", shape="reply-quoted", client="outlook",
    **{"from": SBM}, to=[("Consortium Education Orders", "orders@edusupplies-consortium.example")],
    subject="RE: Order 5521870 - payment query",
    date="2024-11-26 10:50",
    in_reply_to="<20241125163312.6F2A1C0047@mailer.edusupplies-consortium.example>",
    note="OUTBOUND, no personal data: reply to a supplier quoting a masked purchase card, order and receipt numbers",
    text="""Hi Stuart,

Thanks for chasing. The payment was taken on 19 November on the school purchasing card ending 4421 (Visa, card holder St Michael's School). Our receipt number from your website was RCP-00918274 and the bank shows it as "EDUSUPPLIES 5521870" for \u00a3318.46.

Please could you check it against order 5521870 and let me know if anything else is outstanding? Our account number with you is SMJ-3046.

Kind regards,
Julie Venn
School Business Manager

-----Original Message-----
From: Consortium Education Orders <orders@edusupplies-consortium.example>
Sent: 25 November 2024 16:33
To: Julie Venn <j.venn@school.example>
Subject: Order 5521870 - payment query

> Dear Customer,
>
> Our records show order 5521870 (dispatched 15/11/2024, invoice 90044718) as unpaid. Please arrange payment or send us the transaction details if already paid.
>
> Regards
> Stuart, Customer Accounts
""")

add(n=55, label="negative", family="internal-ehcp-reply", shape="reply-quoted", client="outlook",
    **{"from": SENCO}, to=[PRYCE],
    subject="RE: Jayden - EHCP draft",
    date="2025-05-20 12:40",
    in_reply_to="<DB7PR03MB4410C2A9E0F3B1D6@DB7PR03MB4410.eurprd03.prod.outlook.com>",
    note="INTERNAL: SENCo and Y6 teacher discuss a pupil's draft EHCP with DOB and UPN - all recipients inside the school",
    text="""Gareth,

Yes - section F should say 15 hours of TA support, not 10. I'll challenge it. The UPN on the front page is wrong too (they've used his infant school one with a typo); it should be %s. DOB is right.

Rachel

-----Original Message-----
From: Gareth Pryce <g.pryce@school.example>
Sent: 20 May 2025 11:58
To: Rachel Okafor <r.okafor@school.example>
Subject: Jayden - EHCP draft

> Rachel, read the draft plan for Jayden Hembury (DOB %s). Section B misses the self-harm and the CAMHS input completely, and section F only gives him 10 hours. Is that right? He won't cope at secondary with that.
>
> G
""" % (jayden["upn"], d(jayden)))

add(n=56, label="negative", family="smime-mash-referral", shape="smime-encrypted", client="outlook",
    **{"from": DSL}, to=[("Westshire MASH", "mash@westshire.gov.example")],
    subject="Secure: MASH referral - follow-up information",
    date="2025-04-29 12:20",
    note="ENCRYPTED: DSL sends child-protection follow-up information to the MASH as an S/MIME enveloped message",
    blob=2600)

add(n=57, label="negative", family="smime-staff-reference", shape="smime-encrypted", client="outlook",
    **{"from": HEAD}, to=[("Diocesan HR", "hr@wellsforddiocese.example")],
    subject="Reference - confidential",
    date="2025-03-21 16:45",
    note="ENCRYPTED: head sends a staff reference to the diocese HR team as S/MIME",
    blob=1900)

add(n=58, label="negative", family="pgp-ep-report", shape="pgp-encrypted", client="thunderbird",
    **{"from": SENCO}, to=[EP],
    subject="Consultation notes - OP (Y4)",
    date="2024-10-23 15:10",
    note="ENCRYPTED: SENCo sends consultation notes to the educational psychologist as PGP/MIME",
    blob=1500)

_pv_rows = [["Payroll no", "Surname", "Forename", "NI number", "Sort code", "Account", "Variation"]] + [
    [s["payroll"], s["surname"], s["first"], s["nino"], s["sort"], s["acc"], v] for s, v in zip(_payvar, ["Sick pay", "Hours", "None", "Bank change"])]
add(n=59, label="negative", family="encrypted-zip-payroll", shape="zip-encrypted", client="outlook",
    **{"from": SBM}, to=[("Westshire Schools Payroll", "payroll@westshirepayroll.example")],
    subject="March variations - 3046 St Michael's (password protected)",
    date="2025-03-13 10:58",
    note="ENCRYPTED: SBM sends payroll variations in a password-protected (ZipCrypto) zip; password sent separately by text",
    text="""Hi Lynne,

March variations attached in a password-protected zip as usual. I'll text you the password.

Thanks,
Julie

""" + SIG_SBM,
    attachments=[("3046_variations_Mar25.zip", make_encrypted_zip([("3046_variations_Mar25.csv", make_csv(_pv_rows))], "Marlcombe#Mar25!", R), "application/zip")])

add(n=60, label="negative", family="encrypted-zip-transition", shape="zip-encrypted", client="outlook",
    **{"from": KAREN}, to=[("Marlcombe Academy Transition", "transition@marlcombeacademy.example")], cc=[DSL],
    subject="Y6 transition data - St Michael's (encrypted)",
    date="2025-06-12 10:40",
    note="ENCRYPTED: office sends the secondary school Year 6 transfer data in a password-protected zip; password by phone",
    text="""Dear Mr Gallagher,

Please find our Year 6 transition spreadsheet attached as an encrypted zip. I will ring your office with the password this afternoon. Please disregard and delete my earlier email sent at 09:55 - it went without encryption in error and our DPO has been informed.

Kind regards,
Karen Dibble
""",
    attachments=[("StMichaels_Y6_transition_2025_secure.zip", make_encrypted_zip([("StMichaels_Y6_2025.csv", _y6csv)], "StM-Y6-7741", R), "application/zip")])


if __name__ == "__main__":
    assert len([m for m in M if m["label"] == "positive"]) == 30
    assert len([m for m in M if m["label"] == "negative"]) == 30
    man = write_all(M)
    print("wrote", len(man), "messages")
