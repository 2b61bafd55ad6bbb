# ---- shared helpers (stdlib only, deterministic) -------------------------
import base64, hashlib, json, os, random, struct, textwrap, zipfile, zlib, io
import email.quoprimime
from email.header import Header

W = "y3"
TRUST = "Elmstead Valley Academy Trust"

DISCLAIMER = (
    "This email and any files transmitted with it are confidential and intended\n"
    "solely for the use of the individual or entity to whom they are addressed.\n"
    "If you have received this email in error please notify the sender and\n"
    "delete it. Views expressed are those of the author and not necessarily\n"
    "those of Elmstead Valley Academy Trust, a charitable company limited by\n"
    "guarantee registered in England and Wales. Registered office: Trust\n"
    "Central Office, 4 Furnace Lane, Elmstead, DE7 4RW.")

DISCLAIMER_SHORT = (
    "CONFIDENTIALITY: this message is intended for the named recipient(s) only.\n"
    "Elmstead Valley Academy Trust - registered in England and Wales.")


# ---------------------------------------------------------------- check digits
UPN_L = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_letter(body12):
    s = 0
    for i, c in enumerate(body12):
        v = int(c) if c.isdigit() else UPN_L.index(c)
        s += v * (i + 2)
    return UPN_L[s % 23]


def upn(rng, la=830, estab=None, yr=None):
    estab = estab if estab is not None else rng.choice([2041, 2217, 2389, 4102, 3316])
    yr = yr if yr is not None else rng.randint(12, 20)
    body = "%03d%04d%02d%03d" % (la, estab, yr, rng.randint(1, 999))
    return upn_letter(body) + body


def upn_bad(rng, **kw):
    u = upn(rng, **kw)
    wrong = [c for c in UPN_L if c != u[0]]
    return rng.choice(wrong) + u[1:]


def uln(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        s = sum(d[i] * (10 - i) for i in range(9))
        c = 10 - (s % 11)
        if c < 10:
            return "".join(map(str, d)) + str(c)


def uln_bad(rng):
    u = uln(rng)
    return u[:9] + str((int(u[9]) + 3) % 10)


def nhs(rng, spaced=True):
    while True:
        d = [rng.choice([4, 6, 7])] + [rng.randint(0, 9) for _ in range(8)]
        s = sum(d[i] * (10 - i) for i in range(9))
        c = 11 - (s % 11)
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (n[:3], n[3:6], n[6:]) if spaced else n


def nhs_ok(n):
    n = n.replace(" ", "")
    s = sum(int(n[i]) * (10 - i) for i in range(9))
    c = 11 - (s % 11)
    c = 0 if c == 11 else c
    return c != 10 and c == int(n[9])


def nhs_bad(rng, spaced=True):
    n = nhs(rng, spaced=False)
    for k in range(1, 10):
        m = n[:9] + str((int(n[9]) + k) % 10)
        if not nhs_ok(m):
            break
    return "%s %s %s" % (m[:3], m[3:6], m[6:]) if spaced else m


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng, spaced=False):
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in NINO_BAD:
            break
    d = "%06d" % rng.randint(10000, 999999)
    s = rng.choice("ABCD")
    if spaced:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    return p + d + s


def luhn_ok(n):
    n = n.replace(" ", "")
    t = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def card(rng, prefix="4", length=16):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in range(10):
        if luhn_ok(body + str(c)):
            n = body + str(c)
            break
    if length == 16:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def card_bad(rng, prefix="4"):
    n = card(rng, prefix).replace(" ", "")
    m = n[:15] + str((int(n[15]) + 5) % 10)
    return " ".join(m[i:i + 4] for i in range(0, 16, 4))


def bank(rng):
    """Sort code in the 01-xx-xx range and an account number passing the
    standard modulus-11 weighting 8 7 6 5 4 3 2 1 used for that range."""
    sc = "01-%02d-%02d" % (rng.randint(30, 59), rng.randint(10, 89))
    w = [8, 7, 6, 5, 4, 3, 2, 1]
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, w))
        last = (-s) % 11
        if last < 10:
            d.append(last)
            return sc, "".join(map(str, d))


def dob(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    return "%02d/%02d/%04d" % (dd, m, y)


def dbs_no(rng):
    return "00" + "".join(str(rng.randint(0, 9)) for _ in range(10))


# ---------------------------------------------------------------- text shaping
def wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">") or para.startswith("  "):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft breaks carry a trailing space."""
    out = []
    for para in text.split("\n"):
        if para == "-- ":
            out.append(para)
            continue
        if para.startswith(">"):
            q = len(para) - len(para.lstrip(">"))
            rest = para[q:].lstrip(" ")
            pre = ">" * q + " "
            if len(para) <= width:
                out.append(pre + rest if rest else ">" * q)
            else:
                ls = textwrap.wrap(rest, width - len(pre), break_long_words=False)
                out.extend([pre + l + " " for l in ls[:-1]] + [pre + ls[-1]])
            continue
        para = para.rstrip(" ")
        if len(para) <= width:
            out.append(para)
        else:
            ls = textwrap.wrap(para, width, break_long_words=False,
                               break_on_hyphens=False)
            out.extend([l + " " for l in ls[:-1]] + [ls[-1]])
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text, style="outlook", extra_head=""):
    paras = text.split("\n\n")
    if style == "outlook":
        body = []
        for p in paras:
            lines = [esc(l) for l in p.split("\n")]
            body.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
            body.append('<p class="MsoNormal">&nbsp;</p>')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;}\n--></style>\n' + extra_head +
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + "\n".join(body) +
                "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        body = []
        for p in paras:
            lines = [esc(l) for l in p.split("\n")]
            body.append("<div>" + "<br>".join(lines) + "</div><div><br></div>")
        return ('<div dir="ltr">' + "\n".join(body) + "</div>\n")
    body = "".join("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>\n"
                   for p in paras)
    return "<html><body>\n" + body + "</body></html>\n"


# ---------------------------------------------------------------- MIME model
class Leaf:
    def __init__(self, ctype, data, charset=None, cte="7bit", params=None,
                 filename=None, disposition=None, extra=None):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.params = params or []
        self.filename, self.disposition = filename, disposition
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, parts, boundary, params=None, preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params = params or []
        self.preamble = preamble


def text(body, charset="utf-8", cte=None, flowed=False, subtype="plain"):
    if cte is None:
        cte = "7bit" if all(ord(c) < 128 for c in body) else (
            "8bit" if charset != "us-ascii" else "7bit")
    params = []
    if flowed:
        params.append(("format", "flowed"))
    return Leaf("text/" + subtype, body, charset=charset, cte=cte, params=params)


def attach(ctype, data, filename, cte="base64", inline=False):
    return Leaf(ctype, data, cte=cte, params=[("name", filename)], filename=filename,
                disposition="inline" if inline else "attachment")


def enc_body(data, cte):
    if isinstance(data, str):
        raise TypeError
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        s = email.quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76, eol="\n")
        return s.encode("latin-1") + (b"" if s.endswith("\n") else b"\n")
    return data if data.endswith(b"\n") else data + b"\n"


def render_part(p):
    out = []
    if isinstance(p, Multi):
        prm = "".join('; %s="%s"' % kv for kv in p.params)
        out.append(('Content-Type: multipart/%s%s;\n\tboundary="%s"\n' %
                    (p.subtype, prm, p.boundary)).encode())
        out.append(b"\n")
        if p.preamble:
            out.append(p.preamble.encode() + b"\n")
        for sub in p.parts:
            out.append(("--%s\n" % p.boundary).encode())
            out.append(render_part(sub))
            out.append(b"\n")
        out.append(("--%s--\n" % p.boundary).encode())
        return b"".join(out)
    ct = "Content-Type: " + p.ctype
    if p.charset:
        ct += '; charset="%s"' % p.charset
    for k, v in p.params:
        ct += '; %s="%s"' % (k, v) if k == "name" else "; %s=%s" % (k, v)
    out.append((ct + "\n").encode())
    if p.disposition:
        if p.filename:
            out.append(('Content-Disposition: %s;\n\tfilename="%s"\n' %
                        (p.disposition, p.filename)).encode())
        else:
            out.append(("Content-Disposition: %s\n" % p.disposition).encode())
    if p.cte:
        out.append(("Content-Transfer-Encoding: %s\n" % p.cte).encode())
    for h in p.extra:
        out.append((h + "\n").encode())
    out.append(b"\n")
    data = p.data
    if isinstance(data, str):
        cs = p.charset or "us-ascii"
        data = data.encode({"utf-8": "utf-8", "iso-8859-1": "latin-1",
                            "windows-1252": "cp1252", "us-ascii": "ascii"}[cs.lower()])
    out.append(enc_body(data, p.cte))
    return b"".join(out)


def hdr_val(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    n = hdr_val(name)
    if n == name and any(c in name for c in ",.()"):
        n = '"%s"' % name
    return "%s <%s>" % (n, a)


def message(frm, to, subject, date, mid, root, cc=None, extra=None, mime=True):
    """frm: (name, addr); to/cc: lists of (name, addr)."""
    h = []
    h.append("From: " + addr(*frm))
    h.append("To: " + ",\n\t".join(addr(*t) for t in to))
    if cc:
        h.append("Cc: " + ",\n\t".join(addr(*t) for t in cc))
    h.append("Subject: " + hdr_val(subject))
    h.append("Date: " + date)
    h.append("Message-ID: " + mid)
    for e in extra or []:
        h.append(e)
    if mime:
        h.append("MIME-Version: 1.0")
    return ("\n".join(h) + "\n").encode() + render_part(root)


# ---------------------------------------------------------------- office files
ZDT = (2024, 9, 2, 8, 30, 0)


def _zip(files, dt=ZDT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_zip(files, dt=ZDT):
    return _zip(files, dt)


def xml_esc(s):
    return esc(s).replace('"', "&quot;")


def docx(paragraphs, table=None, title="Document"):
    """paragraphs: list of str (a str starting with '#' is a heading);
    table: optional list of rows (list of str) appended after paragraphs."""
    ps = []
    for p in paragraphs:
        if p.startswith("#"):
            ps.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>'
                      % xml_esc(p.lstrip("# ")))
        else:
            ps.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p))
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                            % xml_esc(c) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        ps.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl>'
                  % "".join(rows))
        ps.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + "".join(ps) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title>'
            '<dc:creator>EVAT</dc:creator></cp:coreProperties>' % xml_esc(title))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xml_esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>' + "".join(xr) + '</sheetData></worksheet>')
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/worksheets/sheet1.xml", ws)])


def pdf(lines, title="Document"):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 10 Tf", "50 800 Td", "13 TL"]
    for l in lines:
        content.append("(%s) Tj T*" % pesc(l))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (EVAT Finance) >>" % pesc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


# ZipCrypto ("traditional PKWARE") encryption for password-protected zips
def _crc_tab():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


_CRCT = _crc_tab()


class _ZC:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pw:
            self.upd(b)

    def crc(self, c, b):
        return _CRCT[(c ^ b) & 0xFF] ^ (c >> 8)

    def upd(self, b):
        k = self.k
        k[0] = self.crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self.crc(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ ks)
            self.upd(b)
        return bytes(out)


def encrypted_zip(files, password, seed=1):
    rng = random.Random(seed)
    dostime = (8 << 11) | (30 << 5)
    dosdate = ((2024 - 1980) << 9) | (9 << 5) | 2
    out = b""
    central = b""
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        z = _ZC(password.encode())
        head = bytes(rng.randint(0, 255) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        encdata = z.enc(head + comp)
        nb = name.encode()
        off = len(out)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 1, 8, dostime, dosdate, crc,
                         len(encdata), len(data), len(nb), 0)
        out += lh + nb + encdata
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 1, 8, dostime,
                               dosdate, crc, len(encdata), len(data), len(nb), 0, 0, 0, 0,
                               0o644 << 16, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(files), len(files),
                       len(central), cd_off, 0)
    return out


def opaque(seed, n):
    rng = random.Random(seed)
    return bytes(rng.randint(0, 255) for _ in range(n))


# ---------------------------------------------------------------- ids & output
def mid(tag, host="school.example", style="plain"):
    h = hashlib.sha1(tag.encode()).hexdigest().upper()
    if style == "outlook":
        return "<LO4P123MB%s%s@LO4P123MB%s.GBRP123.PROD.OUTLOOK.COM>" % (h[:4], h[4:14], h[14:18])
    if style == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20].lower(), base64.b32encode(bytes.fromhex(h[20:36])).decode().rstrip("=").lower()[:12])
    if style == "iphone":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], host)
    return "<%s.%s@%s>" % (h[:12].lower(), h[12:20].lower(), host)


def date(y, m, d, H, M, S=0):
    import datetime
    bst = (m, d) >= (3, 31) and (m, d) < (10, 27)
    tz = datetime.timezone(datetime.timedelta(hours=1 if bst else 0))
    t = datetime.datetime(y, m, d, H, M, S, tzinfo=tz)
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + ("+0100" if bst else "+0000")


MANIFEST = []


def emit(num, label, family, shape, note, frm, to, cc=None, bcc=None, auth=True,
         data=None):
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    os.makedirs(label, exist_ok=True)
    with open(fn, "wb") as f:
        f.write(data)
    rcpt = [a for _, a in to] + [a for _, a in (cc or [])] + list(bcc or [])
    MANIFEST.append({"file": fn, "label": label, "mail_from": frm[1], "rcpt": rcpt,
                     "auth_user": frm[1] if auth else None, "shape": shape,
                     "family": family, "note": note})


def write_manifest():
    MANIFEST.sort(key=lambda m: m["file"])
    with open("manifest-%s.jsonl" % W, "w") as f:
        for m in MANIFEST:
            f.write(json.dumps(m) + "\n")


# ---------------------------------------------------------------- cast
BN = ("Beverley Nash", "b.nash@school.example")
HM = ("Helen Marsden", "h.marsden@school.example")
DO = ("Daniel Okafor", "d.okafor@school.example")
PC = ("Priya Chauhan", "p.chauhan@school.example")
MG = ("Martin Greaves", "dpo@school.example")
SK = ("Siobhan Kerr", "s.kerr@school.example")
GL = ("Gareth Lloyd", "g.lloyd@school.example")
RA = ("Ruth Ashworth", "clerk@school.example")
TB = ("Tom Bradshaw", "t.bradshaw@school.example")
KW = ("Karen Whitfield", "k.whitfield@school.example")
AR = ("Aisha Rahman", "a.rahman@school.example")
LP = ("Lorraine Pugh", "l.pugh@school.example")
NF = ("Neil Foster", "n.foster@school.example")
JH = ("Dr Jonathan Hale", "ceo@school.example")
CD = ("EVAT IT Services", "itservices@school.example")
JT = ("Joanne Tweedale", "j.tweedale@school.example")
FM = ("Fiona McAllister", "f.mcallister@school.example")
LPR = ("Leon Price", "l.price@school.example")
CENTRAL = ("Central Office Team", "centraloffice@school.example")
BMS = ("All Business Managers", "businessmanagers@school.example")
HEADS = ("Headteachers", "heads@school.example")
ALLSTAFF = ("All Staff - EVAT", "allstaff@school.example")


def sig(name, role, phone="01632 960410", school=None):
    s = "%s\n%s\n" % (name, role)
    s += (school or "Elmstead Valley Academy Trust | Central Office") + "\n"
    s += "T: %s\n" % phone
    return s


# ---------------------------------------------------------------- invented people
FIRST_F = ["Olivia", "Amelia", "Isla", "Ava", "Freya", "Lily", "Grace", "Sophie", "Evie", "Poppy",
           "Ruby", "Daisy", "Aisha", "Zainab", "Maja", "Hannah", "Chloe", "Ellie", "Niamh", "Leah",
           "Jasmine", "Harriet", "Imogen", "Zofia", "Amara", "Keira", "Layla", "Ffion", "Scarlett", "Bethany"]
FIRST_M = ["Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Oscar", "Charlie", "Alfie", "Jacob",
           "Mohammed", "Ibrahim", "Kacper", "Reuben", "Tyler", "Logan", "Kai", "Ethan", "Mason", "Riley",
           "Callum", "Dylan", "Rhys", "Finley", "Tomasz", "Aarav", "Kofi", "Bailey", "Archie", "Lewis"]
ADULT_F = ["Karen", "Julie", "Nicola", "Claire", "Joanne", "Sarah", "Lisa", "Michelle", "Gemma", "Rachel",
           "Kerry", "Deborah", "Angela", "Samantha", "Louise", "Natalie", "Emma", "Dawn", "Hayley", "Beata"]
ADULT_M = ["Paul", "Mark", "Darren", "Stuart", "Andrew", "Craig", "Lee", "Gavin", "Richard", "Wayne",
           "Simon", "Jason", "Martin", "Steven", "Neil", "Kevin", "Adam", "Marek", "Imran", "Dean"]
SURN = ["Sewell", "Hardcastle", "Brannigan", "Okonkwo", "Whitworth", "Kowalski", "Pennington", "Akhtar",
        "Fairbrother", "Llewellyn", "Mottram", "Oyelaran", "Bracewell", "Hussain", "Gorecki", "Tranter",
        "Ashdown", "Birchall", "Cheetham", "Dunmore", "Eckersley", "Fensome", "Gilchrist", "Holroyd",
        "Ingham", "Jagger", "Kitching", "Lomax", "Mellor", "Nuttall", "Ormerod", "Pilkington", "Quarmby",
        "Rushworth", "Stansfield", "Thwaite", "Uttley", "Varley", "Wadsworth", "Yates", "Zielinski",
        "Begum", "Nowak", "Adeyemi", "Farrow", "Greenhalgh", "Haigh", "Ibbotson", "Mahmood", "Kaur"]
STREETS = ["Sycamore Close", "Larch Drive", "Furnace Road", "Mill Lane", "Chapel Street", "Derwent Avenue",
           "Poplar Grove", "Station Road", "Kedleston Walk", "Ashbourne Road", "Hollybrook Way", "Orchard Rise",
           "Victoria Terrace", "Colliery Row", "Meadow View", "Church Walk", "Fieldfare Court", "Brook Street",
           "Nelson Street", "Wentworth Crescent"]
TOWNS = [("Elmstead", "DE7"), ("Ripley", "DE5"), ("Belper", "DE56"), ("Heanor", "DE75"), ("Ilkeston", "DE7"),
         ("Alfreton", "DE55"), ("Langley Mill", "NG16"), ("Eastwood", "NG16")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


_RECENT = []


def person(rng, kind="child", sex=None):
    """Invented name; avoids repeating a first name or surname used in the
    last few calls so that lists look natural."""
    sex = sex or rng.choice("FM")
    pool = (FIRST_F if sex == "F" else FIRST_M) if kind == "child" else (ADULT_F if sex == "F" else ADULT_M)
    while True:
        f, s = rng.choice(pool), rng.choice(SURN)
        if f not in _RECENT and s not in _RECENT:
            break
    _RECENT.extend([f, s])
    del _RECENT[:-16]
    return f, s, sex


def dob_school_year(rng, start_year):
    """Date of birth for a pupil born 1 Sep start_year - 31 Aug start_year+1."""
    import datetime
    d0 = datetime.date(start_year, 9, 1)
    d = d0 + datetime.timedelta(days=rng.randint(0, 364))
    return d.strftime("%d/%m/%Y")


def address(rng):
    town, out = rng.choice(TOWNS)
    pc = "%s %d%s%s" % (out, rng.randint(1, 9), rng.choice(INWARD), rng.choice(INWARD))
    return "%d %s" % (rng.randint(1, 148), rng.choice(STREETS)), town, pc


def phone_mobile(rng):
    return "07700 900%03d" % rng.randint(0, 999)


def uln_ok(u):
    s = sum(int(u[i]) * (10 - i) for i in range(9))
    c = 10 - (s % 11)
    return c < 10 and c == int(u[9])


def ref10_bad(rng, first=None):
    """10-digit reference that is neither a valid NHS number nor a valid ULN."""
    while True:
        n = (first or str(rng.randint(1, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(first or "0") + 1))
        n = n[:10]
        if not nhs_ok(n) and not uln_ok(n):
            return n


def digits_not_luhn(rng, length=16, prefix="9"):
    while True:
        n = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix)))
        if not luhn_ok(n):
            return n
# ============================================================ chain-letter
# ---------------------------------------------------------------- positives


def p01():
    body = """Morning all,

I don't normally do these but this one came from my sister in law who
works at the council and she swears by it so here goes!!

~*~*~ THE LUCKY OFFICE CANDLE ~*~*~

This candle has been lit in offices around the world since 1998. It
has been to 47 countries and every office that kept it burning had a
good year. Within 4 days of forwarding it a lady in Leeds got the
promotion she had been waiting 6 years for. A payroll clerk in
Swansea who forwarded it won GBP 2,500 on a scratchcard the following
Friday.

A manager in Norwich deleted it and his department was restructured
within the month.

DO NOT KEEP THIS MESSAGE. The candle must leave your inbox within 48
hours. Send it to 10 colleagues and watch what happens on the fifth
day. It is not a joke, it really works, you do not have to believe in
it, you just have to pass it on.

Light it and pass it on!!

Bev x

Beverley Nash
Finance Assistant
Elmstead Valley Academy Trust | Central Office
T: 01632 960414
"""
    root = text(body, charset="us-ascii")
    frm = BN
    to = [CENTRAL]
    d = message(frm, to, "pass the candle on :-)", date(2024, 9, 17, 8, 41), mid("cl-p01"),
                root, extra=["X-Mailer: Microsoft Outlook 16.0"])
    emit(1, "positive", "office-luck-chain", "plain-7bit",
         "finance assistant sends a 'lucky office candle' chain to the central office list: send to 10 colleagues in 48 hours",
         frm, to, data=d)


def p02():
    txt = """Dear Helen and all my old friends at the Trust office,

I hope you are all keeping well. Please please read this and pass it on, it only takes a second and it could save a little boy's life.

Little Jayden Bellamy is 6 years old and has a rare brain tumour. His family cannot afford the operation in America. The Make A Difference Foundation and Facebook have agreed that every time this email is forwarded they will donate 25p towards his treatment. They are tracking it with special software so they know how many people it goes to.

Please do not delete this. If you have a heart forward it to EVERYONE in your address book. It costs you nothing. Jayden's mum says he asks every night how many people have sent it.

Love to everyone in finance, I do miss you all,
Margaret (Peggy) Haworth
(retired, still going strong!)"""
    html = to_html(txt, style="gmail")
    html = html.replace("Please do not delete this.", "<b><font color=\"#ff0000\">Please do not delete this.</font></b>")
    root = Leaf("text/html", html, charset="UTF-8", cte="7bit")
    frm = ("Peggy Haworth", "peggy.haworth1951@example.com")
    to = [HM, BN]
    d = message(frm, to, "Fwd: Please help Jayden - every email counts x", date(2024, 10, 2, 19, 12),
                mid("cl-p02", style="gmail"), root)
    emit(2, "positive", "charity-forward-hoax", "html-only",
         "retired staff member sends a sick-child 'Facebook donates 25p per forward' hoax to former colleagues",
         frm, to, auth=False, data=d)


def p03():
    body = """Dear Clerk and fellow governors,

My son-in-law is in IT and has asked me to pass this on to everybody I know urgently.

*** VIRUS ALERT - PLEASE READ ***

If you receive an email with the subject "Ofsted Inspection Outcome - Action Required" DO NOT OPEN IT. It contains a virus called "Inspector Calls" which will wipe your entire hard drive within seconds and then send itself to everyone in your contacts. Microsoft and Norton have confirmed it is the most destructive virus ever seen and there is NO fix. It was on the BBC news yesterday.

It targets schools and governors especially because our addresses are public.

Please forward this warning to all your friends, family and colleagues as quickly as possible so that nobody else gets caught out. The more people who know the better.

Regards,
Councillor Derek Spofforth
Local Authority Governor, Brookhouse Primary"""
    root = text(body, charset="utf-8", cte="quoted-printable")
    frm = ("Derek Spofforth", "derek.spofforth@example.net")
    to = [RA]
    cc = [("Sandra Ilott", "sandra.ilott@example.org"), ("Rev. Paul Amesbury", "vicar.amesbury@example.org")]
    d = message(frm, to, "URGENT virus warning - please pass on", date(2024, 10, 8, 7, 3),
                mid("cl-p03", host="example.net"), root, cc=cc)
    emit(3, "positive", "virus-hoax", "quoted-printable",
         "governor forwards a fake 'Ofsted Inspection Outcome' virus warning asking everyone to pass it on",
         frm, to, cc=cc, auth=False, data=d)


def p04():
    body = """Hi Tom just a heads up from the lads at the depot

DO NOT answer calls from 01632 960 999 or 07700 900 613. If you say YES they record your voice and use it to sign you up to contracts and take money from your bank. Its happened to loads of people. Police are saying tell everyone u know. Pls forward to all your staff and family asap!!!

Sent from my iPhone"""
    root = text(body, charset="us-ascii")
    frm = ("Gaz Whitlow", "gary.whitlow@brightspark-electrical.example")
    to = [TB]
    d = message(frm, to, "Fwd: WARNING", date(2024, 11, 5, 12, 47), mid("cl-p04", style="iphone", host="brightspark-electrical.example"),
                root, extra=["X-Mailer: iPhone Mail (21H16)"])
    emit(4, "positive", "scam-warning-hoax", "mobile",
         "electrical contractor's engineer sends a 'say yes and they clone your voice' phone hoax to estates, forward to all staff",
         frm, to, auth=False, data=d)


def p05():
    txt = """Hi ladies (and Neil!),

I wanted to share something with you that has honestly been a blessing for me and my sister this year. It's called the Circle of Abundance and it's NOT a pyramid scheme, it's a gifting community based on trust and kindness.

How it works:
- Each circle has 15 places: 1 Dreamer in the middle, 2 Nurturers, 4 Builders and 8 Starters.
- You join as a Starter by gifting GBP 250 to the Dreamer.
- When the 8 Starter places fill, the Dreamer receives GBP 2,000 and leaves, and the circle splits in two. Everyone moves up a level.
- By the time you reach the middle you receive GBP 2,000 for your GBP 250. That's an 8x return!

The only thing you have to do is invite two people you trust. That's it. If everyone brings two, it never stops.

I have two places in my circle left before it splits on Friday. Reply to me (not the whole list) if you'd like one, or forward this to two people you think deserve some good luck this Christmas.

Lorraine x

Lorraine Pugh
School Business Manager
Brookhouse Primary Academy
Part of Elmstead Valley Academy Trust"""
    html = to_html(txt)
    root = Multi("alternative", [text(txt, charset="utf-8"), Leaf("text/html", html, charset="utf-8", cte="quoted-printable")],
                 "_000_LO4P123MB0007circle_")
    frm = LP
    to = [BMS]
    d = message(frm, to, "A bit of festive good fortune - Circle of Abundance", date(2024, 11, 20, 13, 5),
                mid("cl-p05", style="outlook"), root)
    emit(5, "positive", "pyramid-gift-circle", "multipart-alternative",
         "business manager invites colleagues into a 'Circle of Abundance' gifting pyramid (GBP 250 in, GBP 2,000 out, recruit two)",
         frm, to, data=d)


def p06():
    body = """Please read, sign and forward.

We the undersigned call on the Government to keep free milk for all children in primary schools.

INSTRUCTIONS: Copy this whole email into a new message. Add your name and town to the bottom of the list. Send it to as many people as you can. If you are number 100, 200, 300 etc please also send a copy to freemilk.petition@example.org so they can present it to Downing Street. PLEASE do not just sign and delete, it needs to keep moving or the list will be lost.

1. Anne Marsh, Stoke
2. Dave Marsh, Stoke
3. Catherine Pyle, Uttoxeter
4. Jim Fothergill, Burton
5. Maureen Kettle, Derby
6. Raj Sandhu, Derby
7. Linda Cowell, Belper
8. Sue Cartwright, Ripley
9. Pat Harrowby, Heanor
10. Tony Spofforth, Elmstead
11. Derek Spofforth, Elmstead

Thank you!! Let's get to 1000 names before Christmas."""
    root = text(wrap(body, 72), charset="us-ascii")
    frm = ("Derek Spofforth", "derek.spofforth@example.net")
    to = [RA, ("Kestrel Rise Governors", "governors.kestrel@school.example")]
    d = message(frm, to, "Petition - free school milk - please sign and pass on",
                date(2024, 11, 26, 21, 33), mid("cl-p06", host="example.net"), root)
    emit(6, "positive", "forward-petition", "hard-wrapped",
         "governor sends a copy-and-add-your-name petition whose only mechanism is forwarding it on",
         frm, to, auth=False, data=d)


def p07():
    body = """Hi team,

Apparently this is going round - Microsoft have changed their terms and from 1 January anything in our Outlook and Teams can be used by them and made public unless we post the notice below. I've done mine, better safe than sorry!

----
Please copy and paste (DON'T share, it has to be a copy-paste to count):

"As of today, I do NOT give Microsoft, Outlook, Teams, or any person or entity associated with them permission to use my pictures, information, messages or posts, both past and future. By this statement I give notice that it is strictly forbidden to disclose, copy, distribute, or take any other action against me based on this profile and/or its contents. Violation of privacy can be punished by law (UCC 1-308-1 1-308-103 and the Rome Statute). NOTE: Microsoft is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once, it will be tacitly allowed the use of your photos, as well as the information contained in your messages."

Send it to everyone in your contacts before midnight or it won't be valid.
----

Jo

Joanne Tweedale
HR Adviser
Elmstead Valley Academy Trust"""
    root = text(flow(body), charset="utf-8", flowed=True)
    frm = JT
    to = [HM, DO, ("HR & Payroll Team", "hrpayroll@school.example")]
    d = message(frm, to, "FYI - Microsoft privacy thing, copy & paste", date(2024, 12, 11, 16, 22),
                mid("cl-p07"), root, extra=["User-Agent: Mozilla Thunderbird"])
    emit(7, "positive", "privacy-notice-hoax", "format-flowed",
         "HR adviser circulates the 'I do not give Microsoft permission' copy-and-paste privacy hoax to the HR team",
         frm, to, data=d)


def p08():
    body = """Dearest Helen,

A friend from church sent me this and I thought of you all at Furnace Lane. Please do not break it, it has never failed.

Prière à Saint Jude - Novena

May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. St Jude, worker of miracles, pray for us. St Jude, helper of the hopeless, pray for us.

Say this prayer nine times a day and by the ninth day your prayer will be answered. It has never been known to fail. You must send it on to 9 people on the day you receive it. Do not keep it to yourself. A woman in Cork who sent it on received good news about her son the very next week. A man who laughed at it lost his job and his wife became ill.

Send it to 9 people TODAY - do not ignore this.

God bless you all,
Bernadette Ó Súilleabháin
(Finance, retired 2019)"""
    root = text(body, charset="iso-8859-1", cte="8bit")
    frm = ("Bernadette O'Sullivan", "b.osullivan.home@example.org")
    to = [HM]
    d = message(frm, to, "St Jude novena - please send on today", date(2025, 1, 6, 10, 4),
                mid("cl-p08", host="example.org"), root)
    emit(8, "positive", "prayer-chain", "iso-8859-1",
         "retired finance officer sends a St Jude novena prayer chain with a send-to-9-people-today threat (latin-1, 8bit)",
         frm, to, auth=False, data=d)


def p09():
    body = """Hi all - saw this on one of our Year 3 parents' groups this morning and thought you'd want to know so you can put it out to your families. Really scary. Please pass on to your office teams.

Karen

Karen Whitfield
School Business Manager, Marlow Fields Primary Academy

---------- Forwarded message ---------
From: Kayleigh Dunmore <kayleigh.d88@example.com>
Date: Mon, 13 Jan 2025 at 07:52
Subject: PLEASE SHARE!!! MISSING GIRL
To: Karen Whitfield <k.whitfield@school.example>

PLEASE SHARE PLEASE SHARE

This is Lily-Mae, she is 7 and she went missing from the Asda car park on Derby Road at 5pm yesterday. She was wearing a pink coat and unicorn wellies. A man in a grey van was seen talking to her. Police are not doing anything until 24 hours have passed so we need to do it ourselves!!!

Please forward this to every parent and every school you know. Copy it to your whatsapp groups. It only takes 2 seconds and it could bring her home. If you don't share you have no heart.

IF ANYONE SEES HER PLEASE RING 07700 900 552

SHARE SHARE SHARE"""
    root = text(body, charset="utf-8")
    frm = KW
    to = [BMS, HEADS]
    d = message(frm, to, "Fwd: PLEASE SHARE!!! MISSING GIRL", date(2025, 1, 13, 8, 19),
                mid("cl-p09", style="outlook"), root)
    emit(9, "positive", "missing-child-hoax", "inline-forward",
         "business manager forwards a parent's unverified 'missing girl, police won't act, share everywhere' appeal to all heads and BMs",
         frm, to, data=d)


def p10():
    inner_body = """THIS IS NOT A JOKE!!

My name is Amy Bruce. I am seven years old and I have a serious lung cancer. I also have a severe brain tumour because of repeated beatings. Doctors say I will die soon if this continues, and my family can't pay for the operation. The Make-A-Wish Foundation has agreed to donate 7 cents for every time this email is sent.

For those of you who send this message, I thank you. For those who don't send it, you have no heart.

Please forward this to at least 10 people. The tracking programme counts every copy.

(Forwarded many times - please keep it going)"""
    inner = message(("Jean Lattimer", "jean.lattimer@example.org"), [("Undisclosed recipients", "undisclosed-recipients:;")],
                    "FW: FW: FW: Little Amy - every email helps", date(2025, 1, 20, 18, 2),
                    mid("cl-p10-inner", host="example.org"), text(inner_body, charset="us-ascii"))
    inner = inner.replace(b"To: Undisclosed recipients <undisclosed-recipients:;>", b"To: undisclosed-recipients:;")
    note = """Ruth,

Could you send this round to the rest of the board? It's the least we can do and it doesn't cost anything. Attached as I can't work out how to forward it properly on the iPad.

Geoffrey

Geoffrey Lattimer
Trustee"""
    root = Multi("mixed", [text(note, charset="us-ascii"),
                           Leaf("message/rfc822", inner, cte="7bit", disposition="attachment",
                                filename="FW FW FW Little Amy - every email helps.eml")],
                 "Apple-Mail=_5B0A1F3C-9E21-4C7D-A0B2-3D0F6E2E7A11")
    frm = ("Geoffrey Lattimer", "g.lattimer@example.org")
    to = [RA]
    d = message(frm, to, "Fwd: Little Amy - please circulate to trustees", date(2025, 1, 21, 9, 15),
                mid("cl-p10", host="example.org"), root)
    emit(10, "positive", "sick-child-hoax", "rfc822-forward",
         "trustee attaches the old 'little Amy Bruce, 7 cents per forward' hoax and asks the clerk to circulate it to the board",
         frm, to, auth=False, data=d)


def p11():
    body = """omg u HAVE to send this on

if u get this ur a true friend!! send it to 15 ppl in 15 mins or u will have no friends for a year. if u get 3 back ur liked, 5 back ur popular, 10 back ur best friends with EVERYONE. if u break it someone u like will stop talking 2 u tmrw :(

i got it from amelia so its real

xoxo tills"""
    root = text(body, charset="us-ascii")
    frm = ("Matilda Greenwood", "mgreenwood29@students.school.example")
    to = [("Amelia Sharpe", "asharpe29@students.school.example"), ("Eva Krol", "ekrol29@students.school.example"),
          ("Jess Parry", "jparry29@students.school.example"), ("Holly Mbeki", "hmbeki29@students.school.example"),
          ("Ruby Tan", "rtan29@students.school.example")]
    d = message(frm, to, "SEND THIS ON OR ELSE!!!!", date(2025, 2, 3, 15, 48),
                mid("cl-p11", style="iphone", host="students.school.example"), root,
                extra=["X-Mailer: iPhone Mail (22C152)"])
    emit(11, "positive", "pupil-friendship-chain", "mobile",
         "pupil sends a 'true friend' chain to classmates: send to 15 people in 15 minutes or lose your friends",
         frm, to, data=d)


def p12():
    body = """HI GUYS!!!

this is the SLEEPOVER CHAIN. ur invited to a sleepover!!! the rules are:

1. you have to send this to 10 girls from our year
2. you cant send it back to me
3. if you dont send it you are not invited to ANY sleepovers for the rest of year 8 and nobody will come to yours
4. put ur name at the bottom so we know whos coming

names:
Ava K
Poppy
Lacey-Jo
Isla M
Zara

if u send it in 10 minutes the person u fancy will ask u out tomorrow. if u delete it u will have a nightmare tonight. its true it happened to my cousin

love from Zara xxxxx"""
    root = text(body, charset="us-ascii")
    frm = ("Zara Hussain", "zhussain30@students.school.example")
    to = [("Isla Murray", "imurray30@students.school.example"), ("Grace Obi", "gobi30@students.school.example"),
          ("Mia Lowe", "mlowe30@students.school.example"), ("Freya Dale", "fdale30@students.school.example"),
          ("Erin Walsh", "ewalsh30@students.school.example"), ("Sophie Kaur", "skaur30@students.school.example")]
    d = message(frm, to, "sleepover chain dont break it", date(2025, 2, 8, 20, 14), mid("cl-p12", host="students.school.example"),
                root)
    emit(12, "positive", "pupil-sleepover-chain", "plain-7bit",
         "Year 8 pupil sends a sleepover chain to girls in her year: send to 10 or be uninvited from every sleepover",
         frm, to, data=d)


def p13():
    html = """<html><body style="background:#000000;color:#ffffff;font-family:Arial">
<p style="font-size:20px;color:#ff0000"><b>DO NOT STOP READING OR SHE WILL COME FOR YOU</b></p>
<p>A long time ago a girl called Clarissa went to a school just like ours. Everyone ignored her and one day she disappeared in the toilets at the end of the corridor. Now she lives in peoples phones and laptops.</p>
<p>You have read this far so now she knows your name.</p>
<p>To make her go away you must send this message to <b>20 people</b> before <b>12 midnight</b>. If you dont she will be standing at the end of your bed at 3am. A boy in Year 9 at a school in Manchester didnt send it and the next day his hair had gone white.</p>
<p>Send it to 20 people = Clarissa leaves you alone<br>
Send it to 10 people = she only watches you<br>
Send it to nobody = <span style="color:#ff0000">she comes tonight</span></p>
<p>I had to send it sorry!!!!! &#128123;&#128123;</p>
</body></html>
"""
    root = Leaf("text/html", html, charset="utf-8", cte="7bit")
    frm = ("Kian Doherty", "kdoherty31@students.school.example")
    to = [("Year 7 Tutor Group 7R", "7r@students.school.example")]
    d = message(frm, to, "dont read this at night", date(2025, 3, 4, 21, 57), mid("cl-p13", host="students.school.example"), root)
    emit(13, "positive", "curse-chain", "html-only",
         "Year 7 pupil sends a ghost/curse chain to his tutor group: send to 20 people before midnight or she comes for you",
         frm, to, data=d)


def p14():
    body = """Hi Aisha,

Not work related but one of the girls in our Burton depot sent this round and I thought of your ladies in the office - please share it with all the women you know, it's frightening what's going on.

\u2018PERFUME\u2019 SCAM IN SUPERMARKET CAR PARKS \u2013 PLEASE READ

If you are approached in a car park by a man or woman selling perfume \u2018at a discount\u2019 and they ask you to smell a sample \u2013 DON\u2019T. It is not perfume, it is ether / chloroform and you will pass out. They then take your car keys, bag and bank cards, or worse. This has happened at retail parks in Nottingham, Leicester and Sheffield in the last fortnight. A nurse at Queens Hospital confirmed they have had three women brought in.

The police can\u2019t put out a warning because it would cause panic, so it\u2019s up to us. Forward this to every woman in your contacts \u2013 your mum, your sister, your daughters. It could save a life.

Kind regards,

Sharon Maddox
Account Coordinator \u2013 Schools Division
Fresh Plate Catering Ltd
Unit 7, Meadow Park, Burton"""
    root = text(body, charset="windows-1252", cte="quoted-printable")
    frm = ("Sharon Maddox", "s.maddox@freshplate-catering.example")
    to = [AR]
    d = message(frm, to, "FW: Please share with all women you know", date(2025, 3, 11, 14, 30),
                mid("cl-p14", style="outlook"), root)
    emit(14, "positive", "urban-legend-warning", "windows-1252",
         "catering contractor's account coordinator sends the perfume-sample chloroform car-park legend, forward to every woman",
         frm, to, auth=False, data=d)


def p15():
    body = """Hello lovelies,

I've been invited into a Secret Sister gift exchange and I need 6 people to make it work - I thought of the Central Office girls straight away!

You only have to buy ONE gift worth about \u00a310 and send it to the Secret Sister in position 1 below. In return you will receive up to 36 gifts from all over the country! It's lovely to get post that isn't a bill.

1. Mandy Clough, 14 Sycamore Close, Ripley DE5 3RB
2. Beverley Nash, 22 Larch Drive, Elmstead DE7 2QS

HOW TO JOIN:
- Send one gift to the person in position 1.
- Move my name (position 2) up to position 1 and put yours in position 2.
- Send this email to 6 ladies you know (not the ones I sent it to).
- Please only join if you are committed, it's not fair on the others if you break the chain.

Reply to me by Thursday and I'll tell you if you're in!

Bev xx"""
    root = text(body, charset="utf-8", cte="base64")
    frm = BN
    to = [("Sam Pickering", "s.pickering@school.example"), ("Lisa Holt", "l.holt@school.example"),
          ("Annette Rowe", "a.rowe@school.example"), JT, ("Dawn Fenwick", "d.fenwick@school.example"),
          ("Tracy Eaves", "t.eaves@school.example")]
    d = message(frm, to, "Secret Sister gift exchange \U0001F381", date(2025, 3, 19, 12, 36),
                mid("cl-p15", style="outlook"), root)
    emit(15, "positive", "gift-exchange-chain", "base64",
         "finance assistant invites six colleagues into a 'Secret Sister' gift pyramid: send one gift, receive 36, forward to 6",
         frm, to, data=d)
def p16():
    txt = """Dear Jonathan,

I received this from an old colleague at the diocese and found it rather lovely, so I am sharing it with people who have been kind to me. I hope you will forgive the slightly superstitious ending!

Rosalind

=== THE TEN RULES FOR A HAPPY LIFE ===

1. Give people more than they expect and do it cheerfully.
2. When you say "I love you", mean it.
3. Never laugh at anyone's dreams.
4. Remember that great love and great achievements involve great risk.
5. Spend some time alone.
6. When you lose, don't lose the lesson.
7. Don't let a little dispute injure a great friendship.
8. Read more books and watch less TV.
9. Be gentle with the earth.
10. Judge your success by what you had to give up to get it.

This message carries a blessing from the Tibetan monks. It has been around the world nine times. Send it to at least twelve people within 96 hours of reading it and you will receive a wonderful surprise. This is true even if you are not superstitious. If you break the chain you will have bad luck for a year. Please don't keep it, the blessing only works if it moves on."""
    html = to_html(txt, style="plain")
    root = Multi("alternative", [text(txt, charset="utf-8", cte="quoted-printable"),
                                 Leaf("text/html", html, charset="utf-8", cte="quoted-printable")],
                 "----=_NextPart_000_0012_01DB9A2C.5D3E1F40")
    frm = ("Rosalind Ferrier", "rosalind.ferrier@example.org")
    to = [JH]
    d = message(frm, to, "Something to brighten your week", date(2025, 4, 1, 8, 2),
                mid("cl-p16", host="example.org"), root, extra=["X-Mailer: Microsoft Outlook 16.0"])
    emit(16, "positive", "good-luck-chain", "multipart-alternative",
         "trustee sends the CEO a 'ten rules for life' blessing that must be sent to twelve people within 96 hours",
         frm, to, auth=False, data=d)


def p17():
    att = """Subject: Microsoft Beta Test - REAL MONEY!!!!

Hello everybody,

My name is Bill Gates. Microsoft is now the biggest software company in the world and we are testing a new email tracking programme. As part of the test we will pay you for helping.

When you forward this email to your friends, Microsoft can track it (if you are a Microsoft Windows user) for a two week period.

For every person that you forward this to, Microsoft will pay you GBP 185.
For every person that you sent it to that forwards it on, Microsoft will pay you GBP 140.
For every third person that receives it, you will be paid GBP 110.

Within two weeks, Microsoft will contact you for your address and then send you a cheque.

I thought this was a scam myself, but two weeks after forwarding it my friend got a cheque for GBP 4,324.44. It really works.

FORWARD IT NOW - the test ends soon!
"""
    body = """Hiya Helen,

Hope all well at Furnace Lane. My nephew says this one is genuine, have a look at the attached and send it round - wouldn't it be nice if it paid for the Christmas do!

Mike

Mike Birtles (IT Technician, retired)"""
    root = Multi("mixed", [text(body, charset="us-ascii"),
                           attach("text/plain", att.encode(), "PLEASE READ - Microsoft beta.txt")],
                 "=_mixed 0049A1B280257BF3_=")
    frm = ("Mike Birtles", "mikebirtles@example.net")
    to = [HM]
    d = message(frm, to, "this could pay for the Xmas do!!", date(2024, 10, 15, 17, 40),
                mid("cl-p17", host="example.net"), root)
    emit(17, "positive", "pay-per-forward-hoax", "attachment-txt",
         "retired IT technician attaches the 'Bill Gates pays per forward' beta-test hoax as a .txt and asks HR to send it round",
         frm, to, auth=False, data=d)


def p18():
    body = """Thanks Neil - I checked my laptop and I did have the little teddy bear file, so I've deleted it. Worrying! I've forwarded this on to my other half and my book club too.

Lorraine

-----Original Message-----
From: Neil Foster <n.foster@school.example>
Sent: 22 October 2024 15:03
To: All Business Managers <businessmanagers@school.example>
Subject: FW: VIRUS - please check your computer NOW

Got this from my brother-in-law, please check yours.

> Subject: VIRUS - please check your computer NOW
>
> I am sorry to say I have just found out that I sent you a virus
> without knowing. It came from my address book. It lies dormant for
> 14 days and then wipes your whole hard drive. Anti-virus software
> can't detect it.
>
> TO CHECK: go to Start, then Search, type jdbgmgr.exe. If you find a
> file with a little grey TEDDY BEAR icon, DO NOT OPEN IT. Right click
> and delete it, then empty your recycle bin.
>
> If you find it, you MUST email everyone in your address book,
> because you will have passed it on to them too. PLEASE FORWARD TO
> EVERYONE YOU KNOW. Sorry for the trouble!"""
    root = text(body, charset="us-ascii")
    frm = LP
    to = [NF]
    cc = [BMS]
    d = message(frm, to, "RE: FW: VIRUS - please check your computer NOW", date(2024, 10, 22, 15, 41),
                mid("cl-p18", style="outlook"), root, cc=cc,
                extra=["In-Reply-To: " + mid("cl-p18-parent", style="outlook"),
                       "References: " + mid("cl-p18-parent", style="outlook")])
    emit(18, "positive", "virus-hoax", "reply-quoted",
         "business manager replies-all confirming she deleted the 'jdbgmgr.exe teddy bear' file and passed the hoax on; quotes it",
         frm, to, cc=cc, data=d)


def p19():
    body = """Good morning Tom,

Forwarding on as requested by our head office - please make sure everybody on your sites sees this.

IMPORTANT - ALL MOBILE NUMBERS TO BE RELEASED TO CALL CENTRES

From the 1st of next month all UK mobile phone numbers are being released to telemarketing companies and you WILL start to receive sales calls - and you will be CHARGED for them. To stop this, text or call the Telephone Preference Service from your mobile and register your number. It only takes a minute.

Please forward this message to everyone on your contact list. It is important that as many people as possible are warned before the deadline. Don't let them take your money!

Best regards

Alan Pettigrew
Contracts Supervisor
Greenway Grounds Maintenance Ltd
T 0115 496 0732   M 07700 900 218"""
    root = text(body, charset="iso-8859-1", cte="quoted-printable")
    frm = ("Alan Pettigrew", "alan.pettigrew@greenway-grounds.example")
    to = [TB]
    cc = [("Site Team", "sitemanagers@school.example")]
    d = message(frm, to, "FW: IMPORTANT - mobile numbers released to call centres", date(2024, 12, 2, 9, 18),
                mid("cl-p19", style="outlook"), root, cc=cc)
    emit(19, "positive", "scam-warning-hoax", "quoted-printable",
         "grounds contractor forwards the old 'mobile numbers released to call centres' hoax to estates and site teams",
         frm, to, cc=cc, auth=False, data=d)


def p20():
    body = """Hi all!!

Aldi are giving every household a \u00a3100 voucher to celebrate their anniversary!!! I have checked and it is genuine, my friend has already got hers.

All you have to do is forward this email to 20 people and then you will get an email back with your voucher code. It HAS to be 20 or the system won't register you. They are doing it this way instead of advertising.

Offer ends Sunday so be quick!!!

Dawn x

Dawn Fenwick
Admin Assistant, Central Office"""
    root = text(body, charset="utf-8", cte="base64")
    frm = ("Dawn Fenwick", "d.fenwick@school.example")
    to = [CENTRAL]
    bcc = ["dawn.fenwick77@example.com", "kellyfenwick@example.org"]
    d = message(frm, to, "FREE \u00a3100 ALDI VOUCHER - forward to 20!!!", date(2025, 4, 24, 11, 56),
                mid("cl-p20", style="outlook"), root)
    emit(20, "positive", "voucher-forward-chain", "base64",
         "admin assistant tells the office and outside friends that forwarding to 20 people earns a GBP 100 supermarket voucher",
         frm, to, bcc=bcc, data=d)


def p21():
    paras = ["# Your Guardian Angel Is Watching Over You",
             "This angel has been sent to you because somebody cares about you very much.",
             "Angels are everywhere. They hold us when we fall, they carry our burdens and they lead us home.",
             "Within the next 7 minutes, send this angel to 7 people you love. Something wonderful will happen to you at 7 o'clock tomorrow - it may be a phone call, a letter, a surprise, or a wish you made years ago coming true.",
             "If you keep this angel to yourself she will not be able to protect you.",
             "Sent 7 = your wish comes true. Sent 3 = you will have a good week. Sent 0 = bad luck for 7 years.",
             "Pass the angel on. Don't break the circle of love."]
    doc = docx(paras, title="Guardian Angel")
    body = """Dear all

A little something to cheer you on a Monday. Open the attachment and follow the instructions!! Please don't break it, I've never broken one yet.

Best wishes
Sandra

Sandra Ilott
Parent Governor, Thornbury Vale Academy"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                                  "Guardian Angel - send to 7.docx")],
                 "000000000000b1a2c40611e0f9ab")
    frm = ("Sandra Ilott", "sandra.ilott@example.org")
    to = [RA, NF, ("Thornbury Vale Governors", "governors.thornbury@school.example")]
    d = message(frm, to, "Your angel - open me :)", date(2025, 5, 12, 7, 45), mid("cl-p21", style="gmail"), root)
    emit(21, "positive", "angel-chain", "attachment-docx",
         "parent governor attaches a 'guardian angel' Word document: send to 7 people in 7 minutes or 7 years bad luck",
         frm, to, auth=False, data=d)


def p22():
    body = """Guys have u seen this?? WhatsApp is going to start charging 37p a message from Saturday unless you're an active user. To show ur active forward this msg to 10 contacts and the logo will turn blue. If u dont, ur account will become paid. Its been on the news. Forward to all ur friends before Saturday!!

Sent from Outlook for Android"""
    root = text(body, charset="utf-8")
    frm = ("Sam Pickering", "s.pickering@school.example")
    to = [BN, ("Dawn Fenwick", "d.fenwick@school.example"), ("Lisa Holt", "l.holt@school.example")]
    d = message(frm, to, "whatsapp charging!!!", date(2025, 5, 20, 19, 3), mid("cl-p22", style="outlook"), root)
    emit(22, "positive", "whatsapp-hoax", "mobile",
         "staff member on a phone sends the 'WhatsApp will charge unless you forward to 10' hoax to colleagues",
         frm, to, data=d)


def p23():
    body = """Dear colleagues,

As we approach the end of the year I wanted to share this with every teacher I know.

A TEACHER'S GIFT

Think of the teacher who changed your life. The one who stayed late, who believed in you, who saw something nobody else saw. Now think of a teacher YOU know today who does the same.

This message is travelling the country to thank every teacher who has made a difference. Send it to 12 teachers who have made a difference to you or to children you know - including the one who sent it to you if you like! If it comes back to you three times, you know you are a teacher who is truly valued.

Don't let it stop with you - our teachers deserve to hear it.

With warmest wishes,
Maureen Kettle
Co-opted Governor, Marlow Fields Primary Academy"""
    root = text(flow(body), charset="utf-8", flowed=True)
    frm = ("Maureen Kettle", "mkettle.gov@example.com")
    to = [("Marlow Fields Staff", "staff.marlowfields@school.example")]
    cc = [KW]
    d = message(frm, to, "A teacher's gift - pass it on!", date(2025, 7, 3, 20, 11),
                mid("cl-p23", host="example.com"), root, cc=cc, extra=["User-Agent: Mozilla Thunderbird"])
    emit(23, "positive", "appreciation-chain", "format-flowed",
         "co-opted governor sends a 'teacher's gift' appreciation chain: send to 12 teachers, if it comes back three times you're valued",
         frm, to, cc=cc, auth=False, data=d)


def p24():
    body = """Please can everyone forward this - my neighbour's cousin's little girl needs it.

Aisha

Aisha Rahman
School Business Manager
Kestrel Rise Academy

---------- Forwarded message ---------
From: Terri Blackwood <terri.b1985@example.com>
Date: Thu, 6 Mar 2025 at 21:40
Subject: URGENT O NEGATIVE BLOOD NEEDED
To: <undisclosed-recipients:;>

URGENT URGENT URGENT

A 4 year old girl at the Children's Hospital is in desperate need of O negative blood for an operation tomorrow. She has leukaemia. The hospital has run out. If you are O negative please call Dr Rahul Menon on 07700 900 777 straight away.

Even if you are not O negative please FORWARD THIS TO EVERYONE YOU KNOW. The more people who see it the more chance we have. Do not delete it.

God bless."""
    root = text(body, charset="utf-8")
    frm = AR
    to = [ALLSTAFF]
    d = message(frm, to, "Fwd: URGENT O NEGATIVE BLOOD NEEDED", date(2025, 3, 7, 7, 22), mid("cl-p24", style="outlook"), root)
    emit(24, "positive", "blood-appeal-hoax", "inline-forward",
         "business manager forwards an undated 'O negative blood needed, forward to everyone' appeal to all trust staff",
         frm, to, data=d)


def p25():
    body = """Dear Ruth,

I know you're a keen reader so I thought you'd enjoy joining this - it's a book exchange, and it has been doing the rounds among my WI friends.

Please send ONE paperback book (a favourite of yours, new or second-hand) to the person in position 1. Then remove their name, move position 2 up to 1 and add your name and address in position 2. Then send this letter to 6 friends who love books. Within a few weeks you should receive up to 36 books!

Please try to do this within 5 days. It's great fun, and only works if nobody breaks the chain - so if you can't take part, let me know and I'll find someone else.

1. Hilary Chambers, 3 The Paddocks, Duffield DE56 4GE
2. Pamela Greatorex, The Old Forge, Main Street, Kirk Ireton DE6 3JP

Love,
Pam

Pamela Greatorex
Trustee"""
    root = text(wrap(body, 74), charset="us-ascii")
    frm = ("Pamela Greatorex", "pam.greatorex@example.net")
    to = [RA]
    d = message(frm, to, "Book exchange - want to join?", date(2025, 4, 14, 16, 28),
                mid("cl-p25", host="example.net"), root)
    emit(25, "positive", "book-exchange-chain", "hard-wrapped",
         "trustee invites the clerk to a book-exchange chain: send a book to position 1, add your name, send to 6 friends",
         frm, to, auth=False, data=d)


def p26():
    lines = ["THE EDUCATORS' PROSPERITY CIRCLE",
             "",
             "Top up your pension the way the banks don't want you to know!",
             "",
             "Step 1: Gift GBP 500 to the Captain at the top of your board.",
             "Step 2: Recruit TWO colleagues to join beneath you.",
             "Step 3: Each of them recruits two more.",
             "Step 4: When your board fills (8 new members) the Captain receives",
             "        GBP 4,000 and the board splits - YOU move up.",
             "",
             "In 3 splits you are the Captain: GBP 4,000 for GBP 500.",
             "",
             "100% legal - it is a gift between friends, not an investment,",
             "so no tax is payable. Over 2,300 teachers and school staff",
             "have already received their gifts.",
             "",
             "Pass this flyer to everyone in your staffroom!"]
    att = pdf(lines, title="Prosperity Circle")
    body = """Hi Priya,

Hope you don't mind me sending this over - not a work thing, but I know school staff are having a rough time with pensions and costs. A few of my other school clients have joined and had their gifts already. Flyer attached; feel free to pass it round your finance teams and the schools.

Any questions give me a bell.

Cheers,
Rob

Rob Stanley
Business Development Manager
Apex Office Solutions Ltd"""
    root = Multi("mixed", [text(body, charset="utf-8"), attach("application/pdf", att, "Prosperity Circle - how it works.pdf")],
                 "----=_Part_88231_1102947721.1736934000000")
    frm = ("Rob Stanley", "rob.stanley@apex-office.example")
    to = [PC]
    d = message(frm, to, "Something for your team - Prosperity Circle", date(2025, 1, 15, 10, 40),
                mid("cl-p26", host="apex-office.example"), root)
    emit(26, "positive", "pyramid-gift-circle", "attachment-pdf",
         "supplier's sales manager sends the CFO a PDF flyer for a gifting pyramid and asks her to pass it round the schools",
         frm, to, auth=False, data=d)


def p27():
    body = """Daniel - is this right? Mum was sent it and swears it's true. If so we should tell everyone!

Chris

-----
HMRC TAX CODE REFUND - PLEASE PASS ON

A friend who works for HMRC says that thousands of public sector workers (teachers, NHS, council) have been put on the wrong emergency tax code since April. HMRC will not tell you unless you ask. Each person is owed on average £640.

HMRC have agreed that if this message is forwarded to ten other public sector workers, they will review all of their codes automatically in the next pay run. They are counting forwards so they know how many people it affects.

Please send it to 10 colleagues - nurses, teachers, dinner ladies - everybody deserves their money back. Don't let it stop with you!
-----"""
    root = text(body, charset="iso-8859-1", cte="quoted-printable")
    frm = ("Chris Okafor", "chris.okafor84@example.com")
    to = [DO]
    d = message(frm, to, "Fw: HMRC tax code refund - pass on", date(2025, 5, 6, 18, 19),
                mid("cl-p27", host="example.com"), root)
    emit(27, "positive", "tax-refund-hoax", "iso-8859-1",
         "payroll officer's relative forwards an 'HMRC reviews tax codes if forwarded to ten colleagues' hoax",
         frm, to, auth=False, data=d)


def p28():
    chain_txt = """~~~ FRIENDSHIP CHAIN ~~~

This chain was started in 2003 by a girl in Australia who had no friends.
Now it has been to over 1,000,000 people.

Read the poem in the Word file, then send this zip to 12 friends in the
next hour. If you do, your best friend will tell you a secret tomorrow.
If you do not, you will lose a friend before the end of term.

Do NOT break the chain. Natalie in Year 9 broke it and the next day
her phone got smashed.
"""
    poem = docx(["# A Friend Is...", "A friend is someone who knows the song in your heart and sings it back to you when you forget the words.",
                 "Now send it to 12 friends or you will lose one!"], title="friendship poem")
    z = make_zip([("READ ME FIRST.txt", chain_txt), ("friendship poem.docx", poem)])
    body = "pls open and send it on!!! dont break it xx"
    root = Multi("mixed", [text(body, charset="us-ascii"),
                           attach("application/zip", z, "friendship chain.zip")],
                 "b1_9f2c2d6a8c1e4b7e8d0d6f5a3c2b1a90")
    frm = ("Leah Bennett", "lbennett28@students.school.example")
    to = [("Chloe Nolan", "cnolan28@students.school.example"), ("Tia Wright", "twright28@students.school.example"),
          ("Megan Flood", "mflood28@students.school.example"), ("Anya Patel", "apatel28@students.school.example")]
    d = message(frm, to, "friendship chain!!", date(2025, 6, 10, 16, 2), mid("cl-p28", host="students.school.example"), root)
    emit(28, "positive", "pupil-friendship-chain", "zip",
         "pupil sends a zipped friendship chain (readme + Word poem): send to 12 friends within the hour or lose a friend",
         frm, to, data=d)


def p29():
    rows = [["THE WEALTH WHEEL - YOUR BOARD", "", "", ""],
            ["Level", "Position", "Name", "Gift received?"],
            ["Centre (receives 8 x GBP 100)", "1", "Carol B.", "Yes - GBP 800"],
            ["Ring 2", "2", "Diane W.", ""],
            ["Ring 2", "3", "Shelley M.", ""],
            ["Ring 3", "4", "Pat H.", ""],
            ["Ring 3", "5", "Angie R.", ""],
            ["Ring 3", "6", "Lou F.", ""],
            ["Ring 3", "7", "Tina G.", ""],
            ["Outer ring (gift GBP 100 to Centre)", "8", "(your name)", ""],
            ["Outer ring (gift GBP 100 to Centre)", "9", "", ""],
            ["", "", "", ""],
            ["RULES: gift GBP 100 to the Centre, then send this sheet to 2 friends to fill the outer ring.", "", "", ""],
            ["When the outer ring is full the board splits and everyone moves one ring closer to the centre.", "", "", ""]]
    x = xlsx(rows, sheet="Wealth Wheel")
    body = """Hi Dawn, Lisa,

Here's the sheet I told you about at lunch. Put your name in one of the outer ring spaces, gift the \u00a3100 to Carol (I'll give you her details), then send the sheet on to two friends of your own. Within about 6 weeks you'll be in the middle and get \u00a3800. I got in on the last board and it paid out in a month!

Don't tell Priya though, she'll say it's a pyramid scheme lol. It's not, it's gifting.

Tracy

Tracy Eaves
Purchasing Officer"""
    root = Multi("mixed", [text(body, charset="utf-8", cte="quoted-printable"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x, "Wealth Wheel board 14.xlsx")],
                 "_004_LO4P123MB0007wheel_")
    frm = ("Tracy Eaves", "t.eaves@school.example")
    to = [("Dawn Fenwick", "d.fenwick@school.example"), ("Lisa Holt", "l.holt@school.example")]
    d = message(frm, to, "the wheel sheet", date(2025, 6, 18, 13, 12), mid("cl-p29", style="outlook"), root)
    emit(29, "positive", "pyramid-gift-circle", "attachment-xlsx",
         "purchasing officer sends two colleagues a 'wealth wheel' gifting board spreadsheet: gift GBP 100, forward to two friends",
         frm, to, data=d)


def p30():
    body = """i sent it to everyone in my contacts just in case lol. u should too

On Tue, 1 Jul 2025 at 12:10, Oscar Finch <ofinch27@students.school.example> wrote:
> EVERYONE READ THIS
>
> Google is deleting school accounts that are not being used over the
> summer holidays. To keep your account you have to forward this
> email to 10 people from your school before Friday. Google checks who
> has forwarded it and those accounts are kept. If you don't your
> account and ALL your work and photos will be gone in September.
>
> This is real my brother's friend lost his account last year.
>
> PASS IT ON!!!"""
    root = text(body, charset="us-ascii")
    frm = ("Harvey Mills", "hmills27@students.school.example")
    to = [("Oscar Finch", "ofinch27@students.school.example")]
    cc = [("Year 10 Computing Set 2", "10cs2@students.school.example")]
    d = message(frm, to, "Re: EVERYONE READ THIS", date(2025, 7, 1, 12, 44), mid("cl-p30", style="gmail"), root, cc=cc,
                extra=["In-Reply-To: " + mid("cl-p30-parent", style="gmail"),
                       "References: " + mid("cl-p30-parent", style="gmail")])
    emit(30, "positive", "account-deletion-hoax", "reply-quoted",
         "pupil reply-alls to a class list endorsing a 'Google deletes your account unless you forward to 10' hoax, quoted below",
         frm, to, cc=cc, data=d)
# ---------------------------------------------------------------- negatives


def n31():
    txt = """Dear colleagues,

PHISHING ALERT - PLEASE READ

This morning a number of staff across the Trust received an email that appears to come from "EVAT Payroll" with the subject "Your March payslip is ready - verify your account". It is NOT from us. The link leads to a fake Microsoft 365 sign-in page designed to steal your password.

What to do:
- Do not click the link and do not enter your password.
- Do not forward the email to colleagues to "warn them" - forwarding spreads the link. We have already warned everyone with this message.
- Use the "Report" button in Outlook, then delete the email.
- If you have already entered your password, change it straight away at https://mysignins.school.example and ring the IT Service Desk on 01632 960400 so we can check your account.

Genuine payslips are only ever published in the payroll portal; we will never ask you to verify your account by email.

Thank you for your vigilance.

EVAT IT Services
Elmstead Valley Academy Trust
01632 960400 | itservices@school.example"""
    html = to_html(txt)
    root = Multi("alternative", [text(txt, charset="utf-8"), Leaf("text/html", html, charset="utf-8", cte="quoted-printable")],
                 "_000_LO4P123MB0007phish_")
    frm = CD
    to = [ALLSTAFF]
    d = message(frm, to, "PHISHING ALERT - fake 'EVAT Payroll' payslip email", date(2025, 3, 25, 9, 7),
                mid("cl-n31", style="outlook"), root, extra=["Importance: high"])
    emit(31, "negative", "it-phishing-warning", "multipart-alternative",
         "IT services warns all staff about a real payroll phishing email: do not forward, report and delete",
         frm, to, data=d)


def n32():
    txt = """Data Protection Bulletin - Spring Term 2025

1. Please don't pass on the "Microsoft privacy notice"

Several colleagues have received, and some have forwarded, a message claiming that Microsoft will make our emails "public" unless we paste a legal-sounding statement ("I do NOT give Microsoft permission...") and send it to all our contacts before midnight. This is a hoax that has circulated on social media for over a decade in various forms. Posting the statement has no legal effect and Microsoft has made no such change. Our data is governed by the Trust's contract with Microsoft, not by notices in email.

If you receive it, simply delete it. Please don't reply-all to explain - that generates more email than the hoax itself.

2. Subject access requests

Reminder that all SARs must be logged with the DPO within one working day of receipt. The statutory deadline is one calendar month.

3. Clear desk

Termly spot checks will take place in the week beginning 24 March.

Martin Greaves
Data Protection Officer
Elmstead Valley Academy Trust"""
    html = to_html(txt)
    root = Leaf("text/html", html, charset="utf-8", cte="quoted-printable")
    frm = MG
    to = [ALLSTAFF]
    d = message(frm, to, "Data Protection Bulletin - Spring 2025", date(2025, 3, 3, 8, 0), mid("cl-n32", style="outlook"), root)
    emit(32, "negative", "dpo-hoax-bulletin", "html-only",
         "DPO's bulletin explains the Microsoft privacy-notice hoax is false and tells staff to delete it, plus SAR reminders",
         frm, to, data=d)


def n33():
    paras = ["# Year 6 PSHE - Online Safety: Chain Messages and Pressure",
             "Learning objective: to recognise chain messages and explain why they try to make us feel worried or guilty.",
             "Starter (10 mins): Show the example on the slide: 'Send this to 10 friends in 10 minutes or you will have bad luck for a year!' Ask: How does this message make you feel? Who wrote it? What happens if you don't send it?",
             "Main activity (25 mins): In pairs, sort message cards into 'trustworthy', 'not sure' and 'chain message'. Highlight the tricks: deadlines, threats, promises of luck or prizes, 'this is real, it happened to my cousin'.",
             "Discussion: Nothing bad happens if you don't forward a chain message. If a message scares you, show a trusted adult. You can block or report the sender.",
             "Plenary: Pupils write one sentence of advice for a younger child who has received a scary chain message.",
             "Safeguarding note: some pupils may disclose worries about messages they have received at home. Follow the usual reporting procedures via CPOMS."]
    doc = docx(paras, title="Y6 PSHE chain messages")
    body = """Hi Siobhan,

As discussed at curriculum network, here is the Year 6 PSHE lesson on chain messages we trialled at Marlow Fields last half term. Feel free to share it with the other primaries in the Trust - it went down really well and a couple of children told us about messages they'd been getting on their tablets at home.

The example message on slide 2 is invented, not a real one.

Best,
Hannah

Hannah Corbett
PSHE Lead, Marlow Fields Primary Academy"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                                  "Y6 PSHE - chain messages lesson plan.docx")],
                 "_005_LO4P123MB0007pshe_")
    frm = ("Hannah Corbett", "h.corbett@school.example")
    to = [SK]
    cc = [("Primary Curriculum Network", "primarycurriculum@school.example")]
    d = message(frm, to, "PSHE lesson plan - chain messages (Y6)", date(2025, 2, 27, 16, 10),
                mid("cl-n33", style="outlook"), root, cc=cc)
    emit(33, "negative", "pshe-lesson-plan", "attachment-docx",
         "PSHE lead shares a Y6 lesson plan that quotes an invented chain message to teach pupils to recognise them",
         frm, to, cc=cc, data=d)


def n34():
    body = """Dear Business Managers,

Update on the boiler replacement programme for the summer holidays.

Our contractor has warned us of supply chain delays on condensing boiler heat exchangers and some flue components. Their wholesaler is quoting 8-10 weeks rather than the usual 3-4. To protect the programme I have authorised early ordering of the long-lead items for Brookhouse and Thornbury Vale, funded from the CIF allocation already approved by the Finance and Audit Committee.

Impact by site:
- Brookhouse Primary: no change, works start 22 July.
- Thornbury Vale: works start 22 July, commissioning may run into the first week of September. We will keep the old boiler serviceable as backup.
- Marlow Fields: on hold pending CIF outcome.

If you have site events booked in the holidays that need heating or hot water, please let me know by Friday so I can pass them to the contractor.

Kind regards,

Tom Bradshaw
Estates Manager
Elmstead Valley Academy Trust | Central Office
T: 01632 960418"""
    root = text(wrap(body, 72), charset="us-ascii")
    frm = TB
    to = [BMS]
    d = message(frm, to, "Boiler programme - supply chain delays", date(2025, 5, 14, 11, 23), mid("cl-n34", style="outlook"), root)
    emit(34, "negative", "supply-chain-update", "hard-wrapped",
         "estates manager updates business managers on boiler parts supply chain delays for the summer works",
         frm, to, data=d)


def n35():
    rows = [["Fresh Plate Catering - Cold chain temperature log", "", "", "", ""],
            ["Site", "Date", "Delivery temp (C)", "Fridge 1 (C)", "Signed"],
            ["Marlow Fields", "03/02/2025", 3.1, 4.0, "JP"],
            ["Marlow Fields", "04/02/2025", 2.8, 3.9, "JP"],
            ["Brookhouse", "03/02/2025", 4.6, 4.2, "SW"],
            ["Brookhouse", "04/02/2025", 7.9, 4.4, "SW - delivery rejected"],
            ["Kestrel Rise", "03/02/2025", 3.3, 3.7, "MH"],
            ["Kestrel Rise", "04/02/2025", 3.0, 3.8, "MH"]]
    x = xlsx(rows, sheet="Cold chain")
    body = """Hi Aisha,

Please find attached the cold chain temperature logs for week commencing 3 February, as requested for your kitchen audit. You'll see one chilled delivery to Brookhouse was rejected on the 4th at 7.9C - the driver's van fridge had failed and a replacement delivery arrived before lunch service. No food above 8C was accepted at any site.

Kind regards,

Sharon Maddox
Account Coordinator - Schools Division
Fresh Plate Catering Ltd"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x, "Cold chain log wc 03-02-25.xlsx")],
                 "_006_coldchain_")
    frm = ("Sharon Maddox", "s.maddox@freshplate-catering.example")
    to = [AR]
    cc = [LP]
    d = message(frm, to, "Cold chain logs w/c 3 Feb", date(2025, 2, 10, 10, 2), mid("cl-n35", style="outlook"), root, cc=cc)
    emit(35, "negative", "cold-chain-log", "attachment-xlsx",
         "catering contractor sends cold-chain temperature logs for a kitchen audit",
         frm, to, cc=cc, auth=False, data=d)


def n36():
    body = """Hi Neil,

The new monitors for the Thornbury Vale finance office arrive on Thursday. They support DisplayPort daisy-chaining, so each desk only needs one cable back to the dock - the second screen chains off the first. That frees up the spare USB-C port that Jan needs for the card reader.

I'll be on site from 8am. Could you make sure the desks are clear and someone can let me into the office?

Thanks,
Craig

Craig Denton
IT Services Manager
Elmstead Valley Academy Trust"""
    root = text(body, charset="us-ascii")
    frm = ("Craig Denton", "c.denton@school.example")
    to = [NF]
    d = message(frm, to, "Thursday - monitor install (daisy-chained)", date(2024, 11, 12, 14, 5), mid("cl-n36"), root)
    emit(36, "negative", "daisy-chain-it", "plain-7bit",
         "IT manager arranges a monitor install, explaining the screens will be daisy-chained over DisplayPort",
         frm, to, data=d)


def n37():
    txt = """EVAT Staff News - October

Wear It Pink - Friday 18 October

All our schools and the central office will be wearing pink on Friday 18 October in support of Breast Cancer Now. Staff and pupils can donate \u00a31 to wear something pink. Please pass the attached parent letter on to your office teams so it can go out via the usual school app - there's no need to change the wording.

Money can be paid through ParentPay (item "Wear It Pink 2024") or in a named envelope to the school office. Central office colleagues can give cash to Beverley.

New starters

A warm welcome to Dawn Fenwick (Admin Assistant, Central Office) and Tracy Eaves (Purchasing Officer).

Dates for your diary
- 23 October: Trust Board
- 28 Oct - 1 Nov: half term
- 6 November: Business Managers' network, Kestrel Rise

Helen Marsden
HR Manager, on behalf of the Central Office"""
    html = to_html(txt)
    html = html.replace("EVAT Staff News - October", "<span style=\"font-size:18pt;color:#C2185B\"><b>EVAT Staff News - October</b></span>")
    root = Leaf("text/html", html, charset="utf-8", cte="quoted-printable")
    frm = HM
    to = [ALLSTAFF]
    d = message(frm, to, "EVAT Staff News - October", date(2024, 10, 4, 15, 30), mid("cl-n37", style="outlook"), root)
    emit(37, "negative", "charity-event-newsletter", "html-only",
         "staff newsletter about a Wear It Pink charity day asking BMs to pass the parent letter to office teams",
         frm, to, data=d)


def n38():
    body = """Dear Parents and Carers,

Due to heavy snowfall overnight and the forecast for further snow this morning, Brookhouse Primary Academy will be CLOSED today, Thursday 9 January. The site team have been unable to make the playground and paths safe, and a number of staff cannot reach school.

Remote learning for each class has been posted on Seesaw. Please check the school app and website for updates about tomorrow - we will confirm by 6.30am.

We know some families do not receive our emails because their contact details are out of date. If you are in touch with other parents in your child's class, please let them know the school is closed, and ask them to update their details with the office when we reopen.

Free school meal families: a food voucher will be issued for today.

Thank you for your understanding.

Lorraine Pugh
School Business Manager, on behalf of Mrs J Armitage, Headteacher
Brookhouse Primary Academy"""
    root = text(body, charset="utf-8", cte="quoted-printable")
    frm = LP
    to = [("Brookhouse Parents", "parents.brookhouse@school.example")]
    bcc = ["k.a.morley@example.com", "dad.of.three@example.net", "s.leung@example.org"]
    d = message(frm, to, "Brookhouse CLOSED today - Thursday 9 January", date(2025, 1, 9, 6, 41), mid("cl-n38", style="outlook"), root)
    emit(38, "negative", "snow-closure-letter", "quoted-printable",
         "school closure notice asking parents to tell other parents in the class who may not have received it",
         frm, to, bcc=bcc, data=d)


def n39():
    body = """Dear colleagues, governors and trustees,

Westshire County Council has opened a consultation on changes to home-to-school transport for pupils with special educational needs. The proposals would replace some door-to-door taxis with pick-up points and personal travel budgets from September 2025.

The Trust will submit a formal response, drafted by our SEND casework team and approved by the CEO. We would also encourage anyone with a view - staff, governors, and parents of pupils who use SEND transport - to respond individually. The consultation closes on 14 March.

Link: https://consult.westshire.gov.example/send-transport-2025

If you would like to see the Trust's draft response before it is submitted, or contribute evidence (anonymised please) about how the current arrangements work for your pupils, contact Siobhan Kerr.

Schools may wish to share the consultation link in their newsletters. A short paragraph for newsletters is below.

"Westshire County Council is consulting on changes to SEND home-to-school transport. If your child uses council transport, you can read the proposals and respond at consult.westshire.gov.example before 14 March."

Dr Jonathan Hale
Chief Executive Officer
Elmstead Valley Academy Trust"""
    root = text(flow(body), charset="utf-8", flowed=True)
    frm = JH
    to = [ALLSTAFF]
    cc = [("EVAT Governors and Trustees", "governance@school.example")]
    d = message(frm, to, "Consultation: SEND home-to-school transport - please respond", date(2025, 2, 12, 12, 0),
                mid("cl-n39"), root, cc=cc)
    emit(39, "negative", "genuine-consultation", "format-flowed",
         "CEO encourages staff and governors to respond to a real council consultation on SEND transport, with a link",
         frm, to, cc=cc, data=d)


def n40():
    body = """Hi Beverley,

Count me in - I'll drop \u00a310 in the envelope tomorrow. Can you add Mike Birtles to the card list? He'd want to sign it even though he's retired, and he's still in touch with Peggy.

Dan

From: Beverley Nash <b.nash@school.example>
Sent: 03 July 2025 09:12
To: Central Office Team <centraloffice@school.example>
Subject: Retirement collection - Sue Cartwright

Morning all,

As many of you know, Sue Cartwright retires at the end of term after 24 years in schools finance. We're collecting for a gift and there's a card on my desk to sign - it'll be going round the building this week so look out for it.

If you know anyone who has worked with Sue and isn't on this list (schools' finance officers, ex-colleagues) please forward this to them, or just let me know and I'll make sure they get a chance to sign.

Envelope closes Friday 11 July.

Thanks,
Bev"""
    root = text(body, charset="utf-8")
    frm = DO
    to = [BN]
    d = message(frm, to, "RE: Retirement collection - Sue Cartwright", date(2025, 7, 3, 10, 1),
                mid("cl-n40", style="outlook"), root,
                extra=["In-Reply-To: " + mid("cl-n40-parent", style="outlook"),
                       "Thread-Topic: Retirement collection - Sue Cartwright"])
    emit(40, "negative", "retirement-collection", "reply-quoted",
         "reply to a retirement collection email that asks people to pass it to ex-colleagues who'd want to sign the card",
         frm, to, data=d)


def n41():
    body = """Dear Chairs of Local Governing Boards,

The papers for the autumn term LGB meetings are now on GovernorHub. Several governors' email addresses bounced when I sent the joining instructions last week - most of them are governors who have moved from personal email to their new school.example governor accounts.

Could you please forward this message to any governor on your board who has recently changed their email address, and ask them to log in to GovernorHub with their new address? If they can't, they should contact me and I'll reset their account.

Also a reminder that the annual declarations of interest must be completed before your first meeting.

Many thanks,

Ruth Ashworth
Governance Professional
Elmstead Valley Academy Trust
clerk@school.example | 01632 960420"""
    root = text(body, charset="us-ascii")
    frm = RA
    to = [("LGB Chairs", "lgbchairs@school.example")]
    d = message(frm, to, "LGB papers on GovernorHub - bounced addresses", date(2024, 9, 24, 17, 2), mid("cl-n41"), root)
    emit(41, "negative", "governance-forward-request", "plain-7bit",
         "governance clerk asks LGB chairs to forward her note to governors whose addresses bounced",
         frm, to, data=d)


def n42():
    lines = ["Teachers' Pension Scheme - changes from 1 April 2025",
             "",
             "Briefing for staff - please read",
             "",
             "1. Contribution rates: the employee contribution tiers are uprated",
             "   in line with pay. Your tier is shown on your April payslip.",
             "2. Employer contribution rate: 28.68%. This does not affect",
             "   your take-home pay.",
             "3. Your annual benefit statement is available on My Pension Online.",
             "",
             "Questions: contact the HR and Payroll Team, Central Office."]
    att = pdf(lines, title="TPS changes April 2025")
    body = """Dear Headteachers and Business Managers,

Please could you cascade the attached briefing on the Teachers' Pension Scheme changes to all teaching staff in your school, either by email or at your next staff briefing. A version for support staff on the Local Government Pension Scheme will follow next week.

No action is needed by individual staff, but we've had a lot of questions since the announcement so a consistent message from every school would help.

Kind regards,

Helen Marsden
HR Manager
Elmstead Valley Academy Trust"""
    root = Multi("mixed", [text(body, charset="utf-8"), attach("application/pdf", att, "TPS changes April 2025 - staff briefing.pdf")],
                 "_007_tps_")
    frm = HM
    to = [HEADS, BMS]
    d = message(frm, to, "Please cascade - TPS changes from April", date(2025, 3, 20, 14, 44), mid("cl-n42", style="outlook"), root)
    emit(42, "negative", "hr-cascade", "attachment-pdf",
         "HR manager asks heads to cascade a pension briefing PDF to all teaching staff",
         frm, to, data=d)


def n43():
    txt = """Marlow Fields Friday Flyer - 21 March

PRE-LOVED UNIFORM: PASS IT ON!

Our PTA pre-loved uniform rail is back in the hall every Friday after school. Outgrown jumpers, polo shirts, PE kits and book bags can be dropped at the office - please wash and check for name labels first. Everything on the rail is free or a donation to the PTA. Let's keep perfectly good uniform out of landfill and pass it on to another family.

Red Nose Day

Thank you for your fantastic donations - we raised \u00a3612.40 for Comic Relief.

Year 4 Roman Day

Year 4 can come to school dressed as Romans on Wednesday 26 March.

Attendance

Whole school attendance this week: 95.8%. Well done to Kingfisher class on 99.2%!

Have a lovely weekend,
The Marlow Fields team"""
    html = to_html(txt, style="plain")
    root = Multi("alternative", [text(txt, charset="utf-8", cte="quoted-printable"),
                                 Leaf("text/html", html, charset="utf-8", cte="quoted-printable")],
                 "----=_Part_2025_0321_flyer")
    frm = KW
    to = [("Marlow Fields Parents", "parents.marlowfields@school.example")]
    d = message(frm, to, "Friday Flyer - 21 March", date(2025, 3, 21, 15, 15), mid("cl-n43"), root)
    emit(43, "negative", "school-newsletter", "multipart-alternative",
         "primary newsletter with a pre-loved uniform 'pass it on' campaign, charity total and attendance",
         frm, to, data=d)


def n44():
    body = """Dear Business Managers,

Following the internal audit recommendation, from 1 May the approval chain for supply and casual timesheets will change as follows:

1. Employee submits the timesheet in the payroll portal by the 8th.
2. Line manager approves (first link in the chain).
3. School Business Manager checks budget code and approves.
4. Headteacher gives final sign-off for any claim over 40 hours in the month.
5. Payroll (Central Office) processes on the 12th.

If any link in the chain is missed the timesheet will roll over to the following month \u2013 we will no longer accept late approvals by email. Please make sure your delegated approvers are set up correctly in the portal before 1 May; let me know if any need changing.

The revised Financial Scheme of Delegation is on the Trust SharePoint.

Regards

Daniel Okafor
Payroll Officer
Elmstead Valley Academy Trust \u2013 Central Office"""
    root = text(body, charset="windows-1252", cte="8bit")
    frm = DO
    to = [BMS]
    d = message(frm, to, "Timesheet approval chain - changes from 1 May", date(2025, 4, 9, 13, 30), mid("cl-n44", style="outlook"), root)
    emit(44, "negative", "approval-chain", "windows-1252",
         "payroll officer explains the new timesheet approval chain following internal audit (windows-1252, 8bit)",
         frm, to, data=d)


def n45():
    body = """Dear Headteachers and DSLs,

Please read the guidance below from the Local Authority's online safety team. The short version: there is a scary "challenge" message going round among pupils (mostly Years 5-8) that tells children to send it on or something bad will happen. Please do NOT send warnings about it to parents - experience from similar scares shows that naming the challenge in letters home spreads it further and frightens children who hadn't seen it.

Instead, address it through general online-safety teaching and pastoral conversations, and record any disclosures in the usual way.

Fiona

Fiona McAllister
Trust Safeguarding Lead

---------- Forwarded message ---------
From: Online Safety Team <onlinesafety@westshire.gov.example>
Date: Mon, 10 Mar 2025 at 16:02
Subject: Advice to schools: viral 'challenge' messages
To: DSL Network <dsl-network@westshire.gov.example>

Dear colleagues,

We are aware of a message circulating on messaging apps that threatens children with harm unless they forward it to a number of contacts. Messages of this kind are hoaxes. There is no evidence of any real risk beyond the distress the message causes.

Our advice:
- Do not share screenshots or the name of the challenge with parents or pupils.
- Reassure any child who is worried that nothing will happen if they do not forward it.
- Encourage children to tell a trusted adult and to block and report.
- Support parents with general advice about parental controls.

Westshire Online Safety Team"""
    root = text(body, charset="utf-8")
    frm = FM
    to = [HEADS]
    cc = [("Trust DSLs", "dsls@school.example")]
    d = message(frm, to, "Fwd: Advice to schools: viral 'challenge' messages", date(2025, 3, 11, 8, 15),
                mid("cl-n45", style="outlook"), root, cc=cc)
    emit(45, "negative", "safeguarding-scare-advice", "inline-forward",
         "trust safeguarding lead forwards LA advice about a viral 'forward or else' message: don't amplify, reassure pupils",
         frm, to, cc=cc, data=d)


def n46():
    body = """Dear Tom,

Further to our site visit at Kestrel Rise on Tuesday, please see our quotation below for the replacement of the damaged boundary fencing along the playing field.

Scope:
- Remove and dispose of 64m of existing chain-link fencing and concrete posts.
- Supply and install 64m of 2.4m high weldmesh security fencing (green RAL 6005) with 2 no. single leaf gates.
- Make good ground and remove all waste from site.

Price: £11,480.00 + VAT
Programme: 5 working days, during the October half term if ordered by 27 September.

If you prefer to keep chain-link for cost reasons, a like-for-like replacement would be £6,920.00 + VAT, but we would not recommend it for a school boundary.

Quotation valid for 60 days.

Kind regards,

Mark Ellery
Estimator
Peak Perimeter Fencing Ltd
Tel 01632 960 771"""
    root = text(body, charset="iso-8859-1", cte="8bit")
    frm = ("Mark Ellery", "m.ellery@peakperimeter.example")
    to = [TB]
    d = message(frm, to, "Quotation Q-24-0917 Kestrel Rise boundary fencing", date(2024, 9, 13, 15, 52),
                mid("cl-n46", host="peakperimeter.example"), root)
    emit(46, "negative", "chain-link-quote", "iso-8859-1",
         "fencing supplier quotes for replacing chain-link fencing at a secondary site (latin-1, 8bit)",
         frm, to, auth=False, data=d)


def n47():
    body = """Good luck on Sunday Priya!! You've trained so hard. The office sponsor total is \u00a3385 so far - link's still on the staffroom noticeboard if anyone else wants to chip in. We'll be watching the tracker \U0001F3C3\u200d\u2640\ufe0f

Sent from my iPhone"""
    root = text(body, charset="utf-8", cte="quoted-printable")
    frm = HM
    to = [PC]
    cc = [CENTRAL]
    d = message(frm, to, "Good luck!!", date(2025, 4, 25, 17, 32), mid("cl-n47", style="iphone"), root, cc=cc,
                extra=["X-Mailer: iPhone Mail (22D82)"])
    emit(47, "negative", "marathon-good-luck", "mobile",
         "colleague wishes the CFO good luck in her charity marathon and mentions the sponsorship total",
         frm, to, cc=cc, data=d)


def n48():
    body = """Dear all,

NHS Blood and Transplant will be running a blood donation session in the sports hall at Kestrel Rise Academy on Wednesday 11 June, 1pm to 7pm. It is open to staff, parents, sixth formers aged 17 and over, and the wider community.

Appointments must be booked in advance via the NHS Give Blood app or website (search for "Kestrel Rise"). There are 60 slots and walk-ins can't be guaranteed.

Staff can attend during working hours with their line manager's agreement - please treat it as paid time off for a public service.

We'd love to fill every slot, so do tell friends and family in the area who might like to donate.

Kind regards

Aisha Rahman
School Business Manager
Kestrel Rise Academy"""
    root = text(body, charset="utf-8", cte="base64")
    frm = AR
    to = [ALLSTAFF]
    d = message(frm, to, "Blood donation session at Kestrel Rise - 11 June", date(2025, 5, 19, 10, 10), mid("cl-n48", style="outlook"), root)
    emit(48, "negative", "blood-donor-session", "base64",
         "real NHS blood donation session booked at a school, staff told to book via the official app",
         frm, to, data=d)


def n49():
    body = """Dear Thornbury Vale families,

Many of you will know that one of our families lost their home and belongings in a house fire last weekend. Thankfully everyone is safe. With the family's permission, the school and the PTA have set up an official collection to help them.

How to help:
- Donations of money can be made through the school's ParentPay account under "Family Support Fund". Every penny goes directly to the family, and the PTA treasurer will confirm the total.
- We are NOT collecting clothes or toys at school - the family has asked us to say thank you, but they have no space to store them.
- Please be wary of any online fundraiser claiming to be for this family. The family has not set one up, and we will never ask you to pay into a personal account.

The family has asked for their privacy to be respected, so please don't share names or photos on social media.

Thank you for your kindness,

Neil Foster
School Business Manager
Thornbury Vale Academy"""
    root = text(flow(body), charset="utf-8", flowed=True)
    frm = NF
    to = [("Thornbury Vale Parents", "parents.thornbury@school.example")]
    d = message(frm, to, "Supporting one of our families", date(2025, 2, 5, 16, 44), mid("cl-n49"), root)
    emit(49, "negative", "official-fundraiser", "format-flowed",
         "school sets up an official ParentPay collection for a family after a house fire and warns against fake fundraisers",
         frm, to, data=d)


def n50():
    body = """Hi Sandra,

Thank you for thinking of us, but I'm afraid the "guardian angel" message is a chain letter rather than anything from the Trust, so I've asked the governors not to forward it on. There's nothing to worry about if it isn't sent to seven people - nothing happens!

We also ask that attachments from outside the Trust aren't forwarded to all-governor lists, as our mail filtering sometimes quarantines them and it can look like spam to the schools.

Best wishes and see you at the LGB on Thursday,

Ruth

Ruth Ashworth
Governance Professional
Elmstead Valley Academy Trust

> From: Sandra Ilott <sandra.ilott@example.org>
> Sent: 12 May 2025 07:45
> Subject: Your angel - open me :)
>
> A little something to cheer you on a Monday. Open the attachment and
> follow the instructions!!"""
    root = text(body, charset="utf-8")
    frm = RA
    to = [("Sandra Ilott", "sandra.ilott@example.org")]
    d = message(frm, to, "RE: Your angel - open me :)", date(2025, 5, 12, 12, 20), mid("cl-n50"), root,
                extra=["In-Reply-To: " + mid("cl-p21", style="gmail")])
    emit(50, "negative", "reply-declining-chain", "reply-quoted",
         "clerk politely replies to a governor that her 'angel' email is a chain letter and asks governors not to forward it",
         frm, to, data=d)


def n51():
    body = """Hi all,

It's that time of year again! Central Office Secret Santa is go.

- Spending limit is a tenner, please.
- Names will be drawn from the tin at Thursday's team meeting. If you're not in on Thursday, tell me and I'll draw one for you.
- Gifts under the tree in the meeting room by Wednesday 18 December; we'll open them at the Christmas lunch.
- Opting out is absolutely fine - just let me know.

Beverley"""
    root = text(body, charset="utf-8")
    frm = BN
    to = [CENTRAL]
    d = message(frm, to, "Secret Santa 2024 \U0001F385", date(2024, 12, 2, 9, 30), mid("cl-n51", style="outlook"), root)
    emit(51, "negative", "secret-santa", "plain-7bit",
         "office Secret Santa with names drawn at a meeting and a GBP 10 limit, opting out welcome",
         frm, to, data=d)


def n52():
    inner_body = """Dear Employer,

Additional Voluntary Contributions (AVC) - webinar for scheme members

Westshire Pension Fund is running free online sessions for LGPS members who want to know more about topping up their pension through the Shared Cost AVC scheme, and how AVCs are invested.

Sessions:
- Tuesday 4 February, 12.30-13.15
- Thursday 6 February, 16.00-16.45

Members can register on the Fund's website. Please share this information with your scheme members, for example in your staff newsletter. Attendance does not commit anyone to making contributions and the Fund does not give individual financial advice.

Employer Liaison Team
Westshire Pension Fund"""
    inner = message(("Westshire Pension Fund", "employers@westshirepensionfund.example"), [DO],
                    "AVC webinars for members - February", date(2025, 1, 20, 11, 0),
                    mid("cl-n52-inner", host="westshirepensionfund.example"), text(inner_body, charset="utf-8"))
    note = """Helen,

Forwarding this as an attachment for the staff newsletter - the Fund is happy for us to share it. Maybe a paragraph in February's edition?

Thanks,
Daniel"""
    root = Multi("mixed", [text(note, charset="us-ascii"),
                           Leaf("message/rfc822", inner, cte="7bit", disposition="attachment",
                                filename="AVC webinars for members - February.eml")],
                 "_008_avc_")
    frm = DO
    to = [HM]
    d = message(frm, to, "FW: AVC webinars for members - February", date(2025, 1, 20, 14, 33),
                mid("cl-n52", style="outlook"), root)
    emit(52, "negative", "pension-avc-webinar", "rfc822-forward",
         "payroll officer forwards (as attachment) the pension fund's AVC webinar notice for the staff newsletter",
         frm, to, data=d)


def n53():
    body = """Dear Governors,

Safeguarding training for governors - Tuesday 26 November, 6pm, Kestrel Rise library

This year's session will be led by Fiona McAllister, Trust Safeguarding Lead, and will cover:

- The safeguarding chain of responsibility from the Trust Board to the local governing board, headteacher and DSL, and what each link is accountable for.
- How governors should respond if a concern about a member of staff or the headteacher is raised with them (who to tell, and what NOT to do).
- Keeping Children Safe in Education 2024: what has changed.
- The link governor's termly safeguarding visit and the questions to ask.

The session counts as the annual refresher required by the Trust's governance handbook. If you can't attend in person, a recording will be available on GovernorHub for two weeks.

Please confirm attendance by replying to this email by 19 November.

Kind regards,

Ruth Ashworth
Governance Professional"""
    root = text(wrap(body, 76), charset="us-ascii")
    frm = RA
    to = [("EVAT Governors and Trustees", "governance@school.example")]
    bcc = ["derek.spofforth@example.net", "sandra.ilott@example.org", "mkettle.gov@example.com"]
    d = message(frm, to, "Governor safeguarding training - 26 November", date(2024, 11, 4, 10, 45), mid("cl-n53"), root)
    emit(53, "negative", "governor-training", "hard-wrapped",
         "clerk invites governors to safeguarding training covering the 'chain of responsibility' in the trust",
         frm, to, bcc=bcc, data=d)


def n54():
    body = """Dear colleagues,

World Book Day - staff book swap

To celebrate World Book Day on Thursday 6 March the Central Office is holding a book swap in the meeting room all week. Bring a book you've enjoyed, take one you fancy. No need to bring one to take one - there are plenty left from last year's Christmas fair.

Children's books will go to Marlow Fields' library afterwards - Mrs Corbett's class are raising money for new reading corner cushions with a 50p "guess the teacher's favourite book" quiz.

Happy reading!

Beverley Nash"""
    root = text(body, charset="iso-8859-1", cte="quoted-printable")
    frm = BN
    to = [CENTRAL]
    d = message(frm, to, "World Book Day - staff book swap", date(2025, 3, 3, 9, 5), mid("cl-n54", style="outlook"), root)
    emit(54, "negative", "book-swap", "iso-8859-1",
         "office book swap for World Book Day, bring-one-take-one, children's books donated to a school library",
         frm, to, data=d)


def n55():
    body = """Business Managers - please read and share with anyone in your school office who can change supplier details or make payments. This is a genuine alert from our auditors; it matches an attempt we had at Kestrel Rise last month.

Priya

Priya Chauhan
Chief Finance Officer
Elmstead Valley Academy Trust

---------- Forwarded message ---------
From: Hartley Bains LLP <academies@hartleybains.example>
Date: Tue, 4 Feb 2025 at 10:30
Subject: Client alert: mandate fraud targeting academy trusts
To: Priya Chauhan <p.chauhan@school.example>

Dear client,

We are aware of an increase in mandate fraud attempts against academy trusts. Fraudsters impersonate a known supplier (often catering, cleaning or IT) and email a request to change bank details, usually timed just before a large invoice is due.

Recommended controls:
- Never change supplier bank details on the basis of an email alone.
- Verify any change by telephone using a number already held on file, not one in the email.
- Require two members of staff to approve the change in the finance system.
- Report attempts to Action Fraud and to the ESFA as required by the Academy Trust Handbook.

Kind regards
Academies Audit Team
Hartley Bains LLP"""
    root = text(body, charset="utf-8")
    frm = PC
    to = [BMS]
    d = message(frm, to, "Fwd: Client alert: mandate fraud targeting academy trusts", date(2025, 2, 4, 11, 2),
                mid("cl-n55", style="outlook"), root, extra=["Importance: high"])
    emit(55, "negative", "fraud-alert-auditor", "inline-forward",
         "CFO forwards the auditors' genuine mandate-fraud alert to BMs and asks them to share with payment staff",
         frm, to, data=d)


def n56():
    paras = ["Kestrel Rise Academy",
             "Dear Parents and Carers,",
             "We are aware of messages being shared in WhatsApp groups this week claiming that a man has been approaching pupils near the school gates. We have spoken to the police Safer Schools Officer, who has confirmed that there have been no reports of any such incident in the area.",
             "We understand that messages like this are shared because people care about children's safety. However, forwarding unverified warnings causes real worry for children and families. Before sharing, please check with the school or the police.",
             "If you ever have a concern about a child's safety, please contact the school office or, in an emergency, call 999.",
             "As always, we will contact you directly through the school app if there is anything you need to know.",
             "Yours sincerely,",
             "Mr D Harcourt, Headteacher"]
    doc = docx(paras, title="Letter to parents - WhatsApp messages")
    body = """Hi Fiona,

Here's the letter Dave wants to send out this afternoon about the gate rumour. Could you cast a safeguarding eye over it before it goes? Police have confirmed nothing was reported.

Thanks,
Aisha"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                                  "Letter to parents - WhatsApp rumour.docx")],
                 "_009_rumour_")
    frm = AR
    to = [FM]
    d = message(frm, to, "Letter re WhatsApp rumour - for checking", date(2024, 10, 16, 11, 48), mid("cl-n56", style="outlook"), root)
    emit(56, "negative", "parent-letter-rumour", "attachment-docx",
         "draft parent letter rebutting an unverified WhatsApp rumour and asking parents to check before sharing",
         frm, to, data=d)


def n57():
    body = """Dear friends,

As many of you will know, Mrs Theresa Gallagher, who served in the kitchen at St Bede's for nineteen years, died peacefully on Sunday. Please keep Theresa, her husband Frank and their family in your prayers this week.

Her funeral Mass will be at St Bede's church on Friday 21 March at 11am, and all are welcome. Staff who wish to attend should speak to their line manager. The family have asked for donations to St Giles Hospice rather than flowers.

We will remember Theresa at Friday's whole-school Mass.

With every blessing,

Fr Michael Doyle
Trust Chaplain"""
    root = text(body, charset="windows-1252", cte="quoted-printable")
    frm = ("Fr Michael Doyle", "chaplain@school.example")
    to = [ALLSTAFF]
    d = message(frm, to, "Theresa Gallagher - RIP", date(2025, 3, 12, 8, 30), mid("cl-n57"), root)
    emit(57, "negative", "chaplain-prayer-request", "windows-1252",
         "trust chaplain asks staff to pray for a former colleague's family and gives funeral details; no chain",
         frm, to, data=d)


def n58():
    att = """FRIENDSHIP WEEK 2025 - RESOURCE LIST (Years 1-6)

Monday    - Circle time: what makes a good friend?
Tuesday   - Kindness paper chains: each child writes one kind thing
            a classmate did on a strip of coloured paper. Strips are
            linked into a class chain. Chains from every class will be
            joined on Friday in the hall to see how far round it goes.
Wednesday - Buddy reading with another year group.
Thursday  - "Friendship recipe" writing task.
Friday    - Whole-school assembly; join the class chains together.

Materials: A4 coloured card cut into 3cm strips (reprographics have
been asked), glue sticks, staplers for staff use only.
"""
    body = """Hi Lorraine,

Resource list for Friendship Week attached - please could reprographics cut the strips for the kindness paper chains by the Friday before? About 40 strips per class.

Thanks!
Amrit (Y2)

Amrit Sandhu
Class Teacher / PSHE coordinator, Brookhouse Primary Academy"""
    root = Multi("mixed", [text(body, charset="utf-8"), attach("text/plain", att.encode("utf-8"), "Friendship Week resources.txt", cte="quoted-printable")],
                 "_010_friendship_")
    frm = ("Amrit Sandhu", "a.sandhu@school.example")
    to = [LP]
    d = message(frm, to, "Friendship Week - kindness paper chains", date(2025, 1, 27, 15, 40), mid("cl-n58", style="outlook"), root)
    emit(58, "negative", "friendship-week-paper-chain", "attachment-txt",
         "primary teacher sends a Friendship Week resource list (kindness paper chains) to the business manager",
         frm, to, data=d)


def n59():
    rows = [["Chain letter growth model - Y9 maths (exponential growth)", "", ""],
            ["Round", "People receiving (each sends to 10)", "Cumulative"],
            [1, 10, 10], [2, 100, 110], [3, 1000, 1110], [4, 10000, 11110], [5, 100000, 111110],
            [6, 1000000, 1111110], [7, 10000000, 11111110], [8, 100000000, 111111110],
            ["", "", ""],
            ["Question: UK population is about 68 million. After which round has every person been reached?", "", ""],
            ["Extension: why do real chain letters stop spreading? Discuss duplicates and people ignoring them.", "", ""]]
    x = xlsx(rows, sheet="Growth")
    body = """Hi Siobhan,

For the Trust curriculum review - this is the spreadsheet the maths department uses for the Year 9 exponential growth lesson (the "how fast would a chain letter spread?" task). Pupils fill in the cumulative column themselves; the version attached has the answers in, so please don't pass it to students.

Kind regards,
Tom Whelan
Head of Maths, Kestrel Rise Academy"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x, "Y9 exponential growth - chain letter model.xlsx")],
                 "_011_maths_")
    frm = ("Tom Whelan", "t.whelan@school.example")
    to = [SK]
    d = message(frm, to, "Y9 maths resource - exponential growth", date(2025, 1, 14, 12, 2), mid("cl-n59", style="outlook"), root)
    emit(59, "negative", "maths-lesson-chain-model", "attachment-xlsx",
         "maths lesson spreadsheet modelling how fast a chain letter would spread (exponential growth)",
         frm, to, data=d)


def n60():
    itinerary = """YEAR 5 EGYPTIAN DAY - Thursday 15 May 2025
Westshire Museum of Antiquities

08:45  Coach departs Marlow Fields (register in the hall)
10:00  Workshop: "Build a pyramid" - how the Egyptians moved the stones
11:15  Gallery trail: mummies and the afterlife
12:15  Packed lunch (school lunches provided for FSM pupils)
13:00  Hieroglyphics workshop
14:30  Coach departs museum
15:15  Return to school

Cost: GBP 14 per child, payable via ParentPay by 1 May.
"""
    consent = docx(["# Consent form - Year 5 Egyptian Day", "Child's name: ____________________  Class: ________",
                    "I give permission for my child to attend the Year 5 trip to Westshire Museum on Thursday 15 May 2025.",
                    "Medical needs / medication to be taken on the trip: ____________________",
                    "Emergency contact telephone: ____________________",
                    "Signed (parent/carer): ____________________  Date: __________"], title="Consent form")
    z = make_zip([("Y5 Egypt trip/itinerary.txt", itinerary), ("Y5 Egypt trip/consent form.docx", consent)])
    body = """Hi Karen,

The Year 5 Egyptian Day pack for the office is attached (itinerary and blank consent form). Museum booking reference is MUS-25-4471 and the coach is booked with Elmstead Coaches. Letters go home on Monday.

Thanks,
Jen Ward (Y5)"""
    root = Multi("mixed", [text(body, charset="utf-8"), attach("application/zip", z, "Y5 Egypt trip pack.zip")], "_012_egypt_")
    frm = ("Jen Ward", "j.ward@school.example")
    to = [KW]
    d = message(frm, to, "Year 5 pyramids trip - pack for office", date(2025, 4, 3, 14, 12), mid("cl-n60", style="outlook"), root)
    emit(60, "negative", "pyramids-school-trip", "zip",
         "teacher sends a zip with the itinerary and blank consent form for a Year 5 Egyptian pyramids museum trip",
         frm, to, data=d)


ALL = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15,
       p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30,
       n31, n32, n33, n34, n35, n36, n37, n38, n39, n40, n41, n42, n43, n44, n45,
       n46, n47, n48, n49, n50, n51, n52, n53, n54, n55, n56, n57, n58, n59, n60]

if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    for f in ALL:
        f()
    write_manifest()
    print("wrote", len(MANIFEST), "messages")
