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
# ============================================================ personal-data
BUREAU = ("Castleford Payroll Services", "payroll@castlefordpayroll.example")
PENSION = ("Westshire Pension Fund - Employer Team", "employers@westshirepensionfund.example")
SOLICITOR = ("Rebecca Quayle", "r.quayle@pembertonlowe.example")
LA_SEND = ("SEN Casework Team", "sen.casework@westshire.gov.example")
SCHOOLS = {"MF": ("Marlow Fields Primary Academy", 2041), "KR": ("Kestrel Rise Academy", 4102),
           "BH": ("Brookhouse Primary Academy", 2217), "TV": ("Thornbury Vale Academy", 4389)}


def csv_bytes(rows):
    out = io.StringIO()
    import csv
    w = csv.writer(out, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue().encode("utf-8")


# ---------------------------------------------------------------- positives


def q01():
    rng = random.Random(101)
    rows = [["EmpNo", "Surname", "Forename", "Title", "DOB", "NI Number", "Address 1", "Town", "Postcode",
             "Sort Code", "Account No", "Start Date", "Post", "School", "FTE", "Annual Salary", "Pension"]]
    posts = [("Teaching Assistant L2", "MF", "0.73", "17,842", "LGPS"), ("Class Teacher MPS3", "KR", "1.0", "37,542", "TPS"),
             ("Midday Supervisor", "BH", "0.27", "6,112", "LGPS"), ("Science Technician", "KR", "0.8", "19,660", "LGPS"),
             ("Class Teacher ECT", "TV", "1.0", "32,916", "TPS"), ("Cleaner", "MF", "0.4", "9,404", "LGPS")]
    for i, (post, sch, fte, sal, pen) in enumerate(posts):
        f, s, sex = person(rng, "adult")
        a1, town, pc = address(rng)
        sc, acc = bank(rng)
        rows.append([str(40290 + i), s, f, "Mrs" if sex == "F" else "Mr", dob(rng, 1968, 2001), nino(rng), a1, town, pc,
                     sc, acc, "01/09/2024", post, SCHOOLS[sch][0], fte, sal, pen])
    body = """Hi Mandeep,

Please find attached the September new starters for processing in this month's payroll (cut-off is tomorrow, so sorry it's tight). Contracts and starter checklists have been issued for all six, and right to work and DBS checks are complete.

Two of the starters (40291 and 40294) are teachers and should be set up on TPS; the others are LGPS.

Any queries give me a ring.

Kind regards

Daniel Okafor
Payroll Officer
Elmstead Valley Academy Trust | Central Office
T: 01632 960412

""" + DISCLAIMER
    root = Multi("mixed", [text(body, charset="utf-8"), attach("text/csv", csv_bytes(rows), "EVAT new starters Sept 2024.csv")],
                 "_013_newstarters_")
    frm = DO
    to = [("Mandeep Gill", "payroll@castlefordpayroll.example")]
    cc = [HM]
    d = message(frm, to, "September new starters - EVAT", date(2024, 9, 12, 15, 21), mid("pd-q01", style="outlook"), root, cc=cc)
    emit(1, "positive", "payroll-new-starters", "attachment-csv",
         "payroll officer emails the external payroll bureau a CSV of new starters with DOB, NI numbers, home addresses and bank details",
         frm, to, cc=cc, data=d)


def q02():
    rng = random.Random(102)
    f, s, sex = "Claire", "Holroyd", "F"
    ni = nino(rng)
    paras = ["# Management Referral to Occupational Health",
             "Employee: Mrs Claire Holroyd    Date of birth: 14/06/1979    NI number: " + ni,
             "Job title: Higher Level Teaching Assistant, Brookhouse Primary Academy (0.9 FTE)",
             "Home address: 31 Poplar Grove, Heanor DE75 4RN    Personal mobile: 07700 900381",
             "Reason for referral: Mrs Holroyd has had four periods of sickness absence in the last 12 months, totalling 41 working days. Her GP fit notes cite anxiety and depression and, more recently, fibromyalgia. She has told her line manager she is taking sertraline and is on a waiting list for talking therapy.",
             "She returned to work on 2 December on a phased return. Her manager has concerns about her ability to carry out playground and lunchtime duties and lifting of pupils with physical needs.",
             "Questions for OH: 1) Is she fit for her substantive role? 2) What adjustments would you recommend? 3) Is the Equality Act 2010 likely to apply? 4) What is the likely prognosis for attendance?",
             "The employee has consented to this referral and has seen its content."]
    table = [["Absence start", "Absence end", "Working days", "Reason (fit note)"],
             ["04/01/2024", "19/01/2024", "12", "Anxiety and depression"],
             ["11/03/2024", "15/03/2024", "5", "Viral infection"],
             ["03/06/2024", "21/06/2024", "15", "Stress-related illness"],
             ["14/11/2024", "28/11/2024", "9", "Fibromyalgia / chronic pain"]]
    doc = docx(paras, table, title="OH referral - C Holroyd")
    body = """Dear Meridian Referrals Team,

Please find attached a management referral for Claire Holroyd, HLTA at Brookhouse Primary Academy. We would be grateful for a telephone appointment in the next two weeks if possible; Claire is available on Tuesdays and Thursdays after 3.30pm.

Please send the report to me and to her headteacher, Mrs Armitage.

Many thanks,

Joanne Tweedale
HR Adviser
Elmstead Valley Academy Trust

""" + DISCLAIMER
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "OH referral - C Holroyd.docx")],
                 "_014_ohref_")
    frm = JT
    to = [("Meridian OH Referrals", "referrals@meridianoh.example")]
    d = message(frm, to, "Management referral - Claire Holroyd (Brookhouse)", date(2024, 12, 5, 10, 12), mid("pd-q02", style="outlook"), root)
    emit(2, "positive", "oh-referral", "attachment-docx",
         "HR adviser emails an occupational health provider a Word referral with the employee's DOB, NI number, diagnoses and absence history",
         frm, to, data=d)


def q03():
    rng = random.Random(103)
    rows = [["Employer: Elmstead Valley Academy Trust", "", "", "", "", "", "", "", ""],
            ["Employer code: WPF-0817", "", "Return period: October 2024", "", "", "", "", "", ""],
            ["Event", "Surname", "Forenames", "NI Number", "Date of Birth", "Date joined/left", "Payroll ref",
             "Pensionable pay (annual)", "Contribution band"]]
    for ev, band, pay in [("Starter", "3", 19660), ("Starter", "1", 9404), ("Starter", "2", 17842),
                          ("Leaver", "4", 26421), ("Leaver", "2", 15810), ("Opt-out", "1", 6112)]:
        f, s, sex = person(rng, "adult")
        rows.append([ev, s, f, nino(rng), dob(rng, 1962, 2002), "%02d/10/2024" % rng.randint(1, 31), "EV%05d" % rng.randint(38000, 40400), pay, band])
    x = xlsx(rows, sheet="Starters Leavers")
    body = """Good afternoon,

Attached is the EVAT monthly starters and leavers return for October 2024. One member (the opt-out) joined in September and has now completed an opt-out form, so please refund any contributions via the employer.

Regards,

Daniel Okafor
Payroll Officer, Elmstead Valley Academy Trust
01632 960412"""
    root = Multi("mixed", [text(body, charset="us-ascii"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x, "WPF-0817 starters leavers Oct24.xlsx")],
                 "_015_lgps_")
    frm = DO
    to = [PENSION]
    d = message(frm, to, "WPF-0817 starters and leavers - October 2024", date(2024, 11, 7, 14, 2), mid("pd-q03", style="outlook"), root)
    emit(3, "positive", "pension-return", "attachment-xlsx",
         "payroll officer sends the pension fund an xlsx of starters and leavers with NI numbers and dates of birth",
         frm, to, data=d)


def q04():
    rng = random.Random(104)
    u = upn(rng, estab=2041, yr=17)
    body = """Dear Ms Okoro,

ANNUAL REVIEW OF EHC PLAN - SUMMARY AND RECOMMENDATIONS

Child: Reuben Ashdown
Date of birth: 19/11/2016
UPN: %s
School: Marlow Fields Primary Academy, Year 3
Home address: 8 Kedleston Walk, Ripley DE5 4GT
Parent/carer: Ms Kirsty Ashdown (mother), 07700 900528

Primary need: Autism Spectrum Condition (diagnosed by Westshire CAMHS neurodevelopmental pathway, March 2021)
Secondary needs: Speech, language and communication; sensory processing difficulties; sleep disorder (prescribed melatonin by paediatrician Dr Adebayo)

The annual review meeting was held on 3 October 2024 and attended by Ms Ashdown, the class teacher, the SENCO, the speech and language therapist and me.

Progress: Reuben has made good progress towards his communication outcomes. He now uses a visual timetable independently and can request help using a now/next board. He continues to have significant dysregulation at transitions, with 11 recorded incidents since January involving hitting staff and running from the classroom. On two occasions he left the school building. Ms Ashdown reports that meltdowns at home have increased and that Reuben's father has had no contact since the separation in June; she is being supported by Early Help.

Recommended amendments to Section F:
- 32.5 hours of 1:1 support (currently 25) including lunchtimes.
- Speech and language therapy: 12 direct sessions per term.
- Occupational therapy assessment for sensory diet.
- Access to a quiet base room.

Ms Ashdown agrees with the recommendations and has asked that a specialist placement be considered at phase transfer.

The signed review paperwork will follow by post.

Kind regards,

Siobhan Kerr
SEND Casework Officer
Elmstead Valley Academy Trust
T: 01632 960425

%s""" % (u, DISCLAIMER_SHORT)
    root = text(body, charset="us-ascii")
    frm = SK
    to = [("Bola Okoro", "bola.okoro@westshire.gov.example")]
    cc = [LA_SEND]
    d = message(frm, to, "Annual review summary - Reuben Ashdown (Marlow Fields)", date(2024, 10, 10, 16, 3), mid("pd-q04"), root, cc=cc)
    emit(4, "positive", "ehcp-annual-review", "plain-7bit",
         "SEND casework officer emails the LA an annual review summary with the child's DOB, UPN, address, diagnoses and incidents",
         frm, to, cc=cc, data=d)


def q05():
    rng = random.Random(105)
    u = upn(rng, estab=4102, yr=13)
    body = """Dear Ms Wetherby,

Thank you for agreeing to consider Tyler for a place at Haven Brook. Ahead of the formal consultation from the LA, please see below the summary from Kestrel Rise's SENCO. His EHC plan and the latest EP report will follow from the LA.

Kind regards,

Gareth Lloyd
SEND Casework Officer
Elmstead Valley Academy Trust

---------- Forwarded message ---------
From: Marie Lomax <m.lomax@school.example>
Date: Tue, 14 Jan 2025 at 12:47
Subject: Tyler Brannigan - summary for specialist placement
To: Gareth Lloyd <g.lloyd@school.example>

Gareth,

As requested:

Name: Tyler Brannigan
DOB: 02/03/2012 (Year 8)
UPN: %s
Address: 52 Colliery Row, Alfreton DE55 7HB
EHCP: yes, issued May 2019. Primary need SEMH, secondary moderate learning difficulty. ADHD diagnosed 2018, takes methylphenidate (Medikinet XL 30mg) in the morning.
Looked after: no, but children's social care involvement - child in need plan since September (domestic abuse in the home, mum's ex-partner now has a non-molestation order).
Exclusions: 3 suspensions this year (9 days in total) for physical assault on peers and one for threatening a member of staff with a chair.
Attendance: 71.4%%
Current provision: reduced timetable (mornings only) since November, 1:1 TA, weekly sessions with the school counsellor.

Mum (Nicola Brannigan, 07700 900146) is very keen on Haven Brook.

Marie

Marie Lomax
SENCO, Kestrel Rise Academy""" % u
    root = text(body, charset="utf-8")
    frm = GL
    to = [("Joanna Wetherby", "admissions@havenbrook-school.example")]
    d = message(frm, to, "Fwd: Tyler Brannigan - summary for specialist placement", date(2025, 1, 15, 9, 30), mid("pd-q05", style="outlook"), root)
    emit(5, "positive", "send-placement-forward", "inline-forward",
         "SEND officer forwards the SENCO's internal summary (DOB, UPN, EHCP needs, medication, CIN plan, exclusions) to an independent special school",
         frm, to, data=d)


def q06():
    rng = random.Random(106)
    u = upn(rng, estab=4102, yr=14)
    body = """Dear Mr Delaney,

NOTIFICATION OF PERMANENT EXCLUSION

I am writing on behalf of the Headteacher of Kestrel Rise Academy to notify the local authority of a permanent exclusion, in line with the statutory guidance.

Pupil: Kacper Gorecki
Date of birth: 27/09/2010
UPN: %s
Year group: 9
Home address: 14 Nelson Street, Ilkeston DE7 8RH
Parents: Mr Tomasz Gorecki and Mrs Beata Gorecka (Polish interpreter required for meetings)
SEN status: SEN Support (K) - speech and language; awaiting ADHD assessment
Free school meals: yes
Social care: known to Early Help (closed August 2024)

Date of exclusion: with effect from Wednesday 5 February 2025
Reason: Physical assault against an adult. On 3 February Kacper punched a cover supervisor in the face when asked to leave the classroom, causing a cut lip; the member of staff attended A&E. This follows two previous suspensions this academic year (possession of a vape containing THC; verbal abuse of staff).

The governing board's meeting to consider the exclusion will be held within 15 school days. Parents have been informed by letter today, including their right to make representations.

Yours sincerely,

Leon Price
Attendance and Inclusion Officer
Elmstead Valley Academy Trust
T: 01632 960431

%s""" % (u, DISCLAIMER)
    root = text(body, charset="utf-8", cte="quoted-printable")
    frm = LPR
    to = [("Sean Delaney", "exclusions@westshire.gov.example")]
    cc = [("Kestrel Rise Headteacher", "head.kestrel@school.example")]
    d = message(frm, to, "Notification of permanent exclusion - K Gorecki, Kestrel Rise", date(2025, 2, 4, 17, 10), mid("pd-q06", style="outlook"), root, cc=cc)
    emit(6, "positive", "exclusion-notification", "quoted-printable",
         "inclusion officer notifies the LA of a permanent exclusion with the pupil's DOB, UPN, address, SEN and incident details",
         frm, to, cc=cc, data=d)


def q07():
    rng = random.Random(107)
    n = nhs(rng)
    txt = """Dear TalkWell referrals team,

I am making a referral for counselling for the young person below, with her and her mother's consent.

Name: Jasmine Whitworth
Date of birth: 11/04/2009 (Year 11, Thornbury Vale Academy)
NHS number: %s
Address: 6 Fieldfare Court, Belper DE56 1XB
Parent: Mrs Louise Whitworth, 07700 900672
GP: Belper Road Surgery

Reason for referral: On 21 November Jasmine disclosed to her form tutor that she has been self-harming (cutting her upper arms) since the summer, following the breakdown of her parents' relationship. She described her father as "scary when he drinks" and said police attended the family home in October. A referral was made to children's social care (MASH) on the same day and a strategy discussion concluded no further action under s47 but a Child in Need assessment is under way. She is also on the CAMHS waiting list (estimated 30 weeks).

Jasmine has said she would like to talk to someone outside school. She has GCSE mocks in January and is worried about revision.

Please contact me if you need anything further. I am the Trust's safeguarding lead and am supporting the school's DSL, Mr Gilchrist.

Kind regards,

Fiona McAllister
Trust Safeguarding Lead
Elmstead Valley Academy Trust""" % n
    html = to_html(txt)
    root = Leaf("text/html", html, charset="utf-8", cte="quoted-printable")
    frm = FM
    to = [("TalkWell Referrals", "referrals@talkwell-counselling.example")]
    cc = [("Ian Gilchrist", "i.gilchrist@school.example")]
    d = message(frm, to, "Counselling referral - J Whitworth", date(2024, 11, 25, 13, 40), mid("pd-q07", style="outlook"), root, cc=cc)
    emit(7, "positive", "safeguarding-referral", "html-only",
         "trust safeguarding lead refers a pupil to an external counselling service: DOB, NHS number, address, self-harm and domestic abuse details",
         frm, to, cc=cc, data=d)


def q08():
    rng = random.Random(108)
    lines = ["EVAT SINGLE CENTRAL RECORD - DBS EXTRACT (all sites)",
             "Run date: 16/01/2025   Run by: HMARSDEN",
             "",
             "%-22s %-10s %-10s %-13s %-10s %s" % ("Name", "School", "DOB", "NI number", "DBS issued", "DBS cert no / outcome")]
    outcomes = ["Clear", "Clear", "Clear", "Info disclosed - caution 2011 (theft) - RA approved by CEO 03/09/2024",
                "Clear", "Clear", "Info disclosed - conviction 2006 (drink driving) - RA on file", "Clear", "Clear",
                "Barred list check: clear", "Clear", "Clear"]
    for i, oc in enumerate(outcomes):
        f, s, sex = person(rng, "adult")
        sch = rng.choice(["MF", "KR", "BH", "TV", "CO"])
        lines.append("%-22s %-10s %-10s %-13s %-10s %s %s" % (f + " " + s, sch, dob(rng, 1960, 2000), nino(rng),
                                                            "%02d/%02d/20%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(18, 24)),
                                                            dbs_no(rng), oc))
    lines.append("")
    lines.append("12 records. Records with information disclosed are marked - CONFIDENTIAL.")
    att = "\n".join(lines) + "\n"
    body = """Hi Kate,

Ahead of your safer recruitment audit next week, here is the DBS extract from our single central record for the staff in your sample. I've included the two with disclosures so you can see how we've recorded the risk assessments.

Let me know if you need the full SCR or any of the ID documents.

Helen

Helen Marsden
HR Manager
Elmstead Valley Academy Trust

""" + DISCLAIMER
    root = Multi("mixed", [text(body, charset="utf-8"), attach("text/plain", att.encode(), "SCR DBS extract 16-01-25.txt")],
                 "_016_scr_")
    frm = HM
    to = [("Kate Ambrose", "k.ambrose@peoplefirst-hr.example")]
    d = message(frm, to, "SCR sample for audit", date(2025, 1, 16, 11, 26), mid("pd-q08", style="outlook"), root)
    emit(8, "positive", "dbs-outcomes", "attachment-txt",
         "HR manager sends an external HR auditor a text extract of DBS certificates with DOB, NI numbers and disclosure outcomes",
         frm, to, data=d)


def q09():
    rng = random.Random(109)
    c = card(rng, "4", 16)
    body = """Dear Sir/Madam,

Please accept the order below for Marlow Fields Primary Academy and charge it to our school purchasing card.

ORDER
Qty 12   Giant whiteboard markers, assorted (ref WB-2210)          £4.99 ea
Qty 4    A3 sugar paper, 250 sheets, assorted (ref SP-0341)        £11.40 ea
Qty 2    Laminator pouches A4 150mic, box 100 (ref LP-150)         £8.75 ea
Qty 1    Sand timer set, 6 colours (ref MA-7712)                   £16.20
Total ex VAT:  £168.58

Delivery to: School Office, Marlow Fields Primary Academy, Fieldgate Road, Elmstead DE7 3NW

PAYMENT DETAILS
Cardholder: Mrs Karen Whitfield
Card type: Visa Purchasing
Card number: %s
Expiry: 09/26
Security code: %03d
Billing address: Elmstead Valley Academy Trust, 4 Furnace Lane, Elmstead DE7 4RW

Please email the VAT receipt to me.

Thank you,

Karen Whitfield
School Business Manager
Marlow Fields Primary Academy – part of Elmstead Valley Academy Trust""" % (c, rng.randint(100, 999))
    root = text(body, charset="windows-1252", cte="quoted-printable")
    frm = KW
    to = [("EduSupplies Orders", "orders@edusupplies-direct.example")]
    d = message(frm, to, "Order - Marlow Fields Primary - card payment", date(2024, 9, 20, 10, 55), mid("pd-q09", style="outlook"), root)
    emit(9, "positive", "purchase-card-details", "windows-1252",
         "business manager emails a supplier an order with the full purchasing card number, expiry and security code (windows-1252 QP)",
         frm, to, data=d)


def q10():
    rng = random.Random(110)
    meds = ["None", "Asthma - salbutamol inhaler", "None", "Nut allergy - 2x EpiPen", "Type 1 diabetes - insulin pump, CGM",
            "None", "Epilepsy - buccal midazolam (care plan attached separately)", "ADHD - methylphenidate 18mg (morning)",
            "None", "Eczema - emollient", "Coeliac - gluten free diet", "None", "Anxiety - see notes; bed-wetting, needs discreet support"]
    rows = [["Kestrel Rise Academy - Year 7 Residential, Peak Outdoor Centre, 16-18 June 2025", "", "", "", "", "", "", ""],
            ["Surname", "Forename", "DOB", "Sex", "NHS number", "Medical / medication", "Dietary", "Emergency contact"]]
    for m in meds:
        f, s, sex = person(rng)
        pf, _, _ = person(rng, "adult")
        diet = rng.choice(["", "", "Vegetarian", "Halal", "No pork", ""])
        rows.append([s, f, dob_school_year(rng, 2012), sex, nhs(rng), m, diet, "%s %s (parent) %s" % (pf, s, phone_mobile(rng))])
    x = xlsx(rows, sheet="Y7 residential")
    body = """Hi Jo,

As promised, the participant list for our Year 7 residential with medical, dietary and emergency contact information, so your team can plan rooms, menus and first aid. Please let me know if you need anything else before the final numbers deadline.

Kind regards

Aisha Rahman
School Business Manager
Kestrel Rise Academy
Part of Elmstead Valley Academy Trust"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x, "Y7 residential - participants and medical.xlsx")],
                 "_017_resi_")
    frm = AR
    to = [("Jo Pritchard", "bookings@peakoutdoorcentre.example")]
    d = message(frm, to, "Year 7 residential - participant and medical list", date(2025, 5, 28, 14, 20), mid("pd-q10", style="outlook"), root)
    emit(10, "positive", "trip-medical-list", "attachment-xlsx",
         "business manager sends an outdoor centre a spreadsheet of pupils with DOB, NHS numbers, medical conditions and parent phone numbers",
         frm, to, data=d)


def q11():
    rng = random.Random(111)
    needs = ["Autism, non-verbal. Requires passenger assistant. Must sit behind driver.",
             "Cerebral palsy - wheelchair user (needs WAV with tail lift).",
             "Epilepsy - buccal midazolam carried by PA; seizure plan with PA.",
             "Severe learning difficulty; may try to open door while moving - child locks essential.",
             "Visual impairment; needs verbal warning before stops.",
             "SEMH; must not travel with pupil on row 2 (history of conflict)."]
    rows = [["Pupil", "DOB", "Home address", "Postcode", "School", "Needs / transport notes", "Parent contact"]]
    for n_ in needs:
        f, s, sex = person(rng)
        a1, town, pc = address(rng)
        pf, _, _ = person(rng, "adult")
        rows.append(["%s %s" % (f, s), dob(rng, 2010, 2018), "%s, %s" % (a1, town), pc,
                     rng.choice(["Marlow Fields Primary", "Kestrel Rise Academy", "Brookhouse Primary"]), n_,
                     "%s %s %s" % (pf, s, phone_mobile(rng))])
    body = """Hi Gary,

Following our call, here is the list of pupils for the new Route 14 contract from 24 February. Please make sure the drivers and passenger assistants have the needs information before the first run.

Thanks,

Siobhan Kerr
SEND Casework Officer
Elmstead Valley Academy Trust"""
    root = Multi("mixed", [text(body, charset="us-ascii"), attach("text/csv", csv_bytes(rows), "Route 14 pupils.csv")],
                 "_018_route14_")
    frm = SK
    to = [("Citywide Taxis Contracts", "contracts@citywide-taxis.example")]
    d = message(frm, to, "Route 14 - pupil list for drivers", date(2025, 2, 18, 11, 4), mid("pd-q11"), root)
    emit(11, "positive", "sen-transport-list", "attachment-csv",
         "SEND officer sends a taxi firm a CSV of SEN pupils with DOB, home addresses, medical and behaviour needs",
         frm, to, data=d)


def q12():
    rng = random.Random(112)
    ni = nino(rng)
    sc, acc = bank(rng)
    body = """Hi Mandeep, pls can you update bank details for Karen Sewell, emp no 40213, NI %s, from Oct pay:

Sort code %s
Acc no %s
Name on acc: K L Sewell

She's changed banks after a fraud on her old account. Thanks!

Dan

Sent from my iPhone""" % (ni, sc, acc)
    root = text(body, charset="us-ascii")
    frm = DO
    to = [BUREAU]
    d = message(frm, to, "Bank change 40213", date(2024, 10, 14, 18, 7), mid("pd-q12", style="iphone"), root,
                extra=["X-Mailer: iPhone Mail (21H16)"])
    emit(12, "positive", "bank-detail-change", "mobile",
         "payroll officer, from his phone, emails the payroll bureau an employee's new sort code, account number and NI number",
         frm, to, data=d)


def q13():
    rng = random.Random(113)
    rows = []
    for i in range(5):
        f, s, sex = person(rng, "adult")
        sc, acc = bank(rng)
        rows.append("%-20s %-7s %-10s %-9s %9s  %s %s" % (f + " " + s, "EV%05d" % rng.randint(38000, 40400), nino(rng),
                                                        rng.choice(["MPS4", "UPS2", "Scale 4", "Scale 6", "L9"]),
                                                        "{:,}".format(rng.randint(19000, 52000)), sc, acc))
    body = """Hi Oliver,

Please see below the details for the five employees in your payroll sample. Contracts and appointment letters are in the shared audit folder.

Name                 Emp no  NI number  Grade        Salary  Sort code / account
""" + "\n".join(rows) + """

Kind regards

Priya

Priya Chauhan
Chief Finance Officer
Elmstead Valley Academy Trust

From: Oliver Nash <o.nash@hartleybains.example>
Sent: 24 October 2024 09:02
To: Priya Chauhan <p.chauhan@school.example>
Subject: Payroll sample - year end audit 2023/24

Hi Priya,

For our payroll testing could you please provide, for the five employees below, the employee number, NI number, grade, annual salary and the bank account the salary was paid into in August, so we can agree them to the BACS report?

- EV-sample 1 to 5 as per the list I sent on Monday

Many thanks
Oliver

Oliver Nash
Audit Senior, Hartley Bains LLP"""
    root = text(body, charset="us-ascii")
    frm = PC
    to = [("Oliver Nash", "o.nash@hartleybains.example")]
    d = message(frm, to, "RE: Payroll sample - year end audit 2023/24", date(2024, 10, 25, 15, 55), mid("pd-q13", style="outlook"), root,
                extra=["In-Reply-To: " + mid("pd-q13-parent", host="hartleybains.example")])
    emit(13, "positive", "audit-payroll-sample", "reply-quoted",
         "CFO replies to the external auditor with five staff members' NI numbers, salaries and bank details, quoting the request",
         frm, to, data=d)


def q14():
    rng = random.Random(114)
    lines = []
    for i in range(8):
        f, s, sex = person(rng)
        lines.append("%-22s %s  ULN %s  UPN %s  %s" % (f + " " + s, dob_school_year(rng, 2008), uln(rng), upn(rng, estab=4102, yr=13),
                                                   rng.choice(["SEN Support - dyslexia", "EHCP - hearing impairment", "No SEN",
                                                               "SEN Support - ASD", "No SEN; young carer", "No SEN; LAC (Westshire)",
                                                               "SEN Support - anxiety, school refusal Y10"])))
    body = """Dear Transition Team,

Please find below the Kestrel Rise Year 11 students who have accepted places on your Level 2 and Level 3 programmes for September, with the information we agreed to share at the transition meeting. Several have additional needs and I would recommend your learning support team contacts the families over the summer.

""" + "\n".join(lines) + """

Predicted grades and the SEN support plans will follow from our SENCO, Mrs Lomax.

With best wishes,

Aisha Rahman
School Business Manager
Kestrel Rise Academy"""
    root = text(wrap(body, 76), charset="us-ascii")
    frm = AR
    to = [("Westshire College Transition", "transition@westshire-college.example")]
    d = message(frm, to, "Y11 transition - students joining in September", date(2025, 6, 26, 14, 48), mid("pd-q14", style="outlook"), root)
    emit(14, "positive", "post16-transition-uln", "hard-wrapped",
         "business manager sends an FE college a hard-wrapped list of Y11 students with DOB, ULN, UPN and SEN or care status",
         frm, to, data=d)


def q15():
    rng = random.Random(115)
    rows = [["School", "Class", "Surname", "Forename", "DOB", "NHS number", "Address", "Postcode", "Parent/carer", "Consent", "Notes"]]
    for i in range(14):
        f, s, sex = person(rng)
        a1, town, pc = address(rng)
        pf, _, _ = person(rng, "adult")
        rows.append(["Marlow Fields", rng.choice(["R Robins", "1 Kingfisher", "2 Wren"]), s, f, dob_school_year(rng, rng.choice([2017, 2018, 2019])), nhs(rng),
                     "%s, %s" % (a1, town), pc, pf + " " + s, rng.choice(["Yes", "Yes", "Yes", "No", "Yes - gelatine free"]),
                     rng.choice(["", "", "Egg allergy", "Immunosuppressed - check with GP", ""])])
    z = make_zip([("Marlow Fields flu consent list.csv", csv_bytes(rows))])
    body = """Hello,

Please find attached the consent list for the nasal flu immunisation session at Marlow Fields on 14 October, with pupils' NHS numbers and addresses as requested. I've zipped it because our system wouldn't let me send the spreadsheet on its own.

Kind regards,

Karen Whitfield
School Business Manager
Marlow Fields Primary Academy"""
    root = Multi("mixed", [text(body, charset="us-ascii"), attach("application/zip", z, "MF flu consent list.zip")], "_019_flu_")
    frm = KW
    to = [("Westshire Community Health - Immunisation Team", "immunisations@westshire-chs.example")]
    d = message(frm, to, "Flu immunisation 14 Oct - Marlow Fields consent list", date(2024, 10, 7, 12, 31), mid("pd-q15", style="outlook"), root)
    emit(15, "positive", "immunisation-list", "zip",
         "business manager sends the immunisation team an unencrypted zip of pupils with DOB, NHS numbers, addresses and consent",
         frm, to, data=d)


def q16():
    rng = random.Random(116)
    ni = nino(rng)
    body = """Hi Mandeep,

Maternity leave - Jessica Lowry, employee no. 40177

Jessica (Class Teacher, Thornbury Vale, TPS) has provided her MATB1. Details for SMP and occupational maternity pay:

NI number: %s
Date of birth: 22/07/1992
Expected week of childbirth: w/c 9 March 2025
MATB1 signed 28/10/2024 by midwife
Maternity leave start date: 10 February 2025
Qualifying for OMP (Burgundy Book) and SMP - continuous service since 01/09/2019
Average weekly earnings (relevant period Aug-Sep): £694.23

Please note Jessica has been signed off sick from 11 November to 6 December with hyperemesis gravidarum. This is pregnancy-related so should be recorded separately and not count towards sickness triggers.

She has also asked to buy 5 days' additional leave at the end of her maternity leave - I'll confirm that separately.

Thanks,
Daniel

Daniel Okafor
Payroll Officer
Elmstead Valley Academy Trust""" % ni
    root = text(body, charset="utf-8", cte="base64")
    frm = DO
    to = [BUREAU]
    d = message(frm, to, "Maternity - 40177 J Lowry", date(2024, 11, 13, 11, 18), mid("pd-q16", style="outlook"), root)
    emit(16, "positive", "maternity-pay", "base64",
         "payroll officer sends the bureau maternity details: NI number, DOB, expected childbirth date and pregnancy-related sickness (base64)",
         frm, to, data=d)


def q17():
    rng = random.Random(117)
    ni = nino(rng)
    txt = """Dear Rebecca,

Thank you for your time on the phone this morning. As agreed, here is a summary of the position regarding our employee, ahead of your advice on the capability and grievance processes.

Employee: Mr Stuart Pennington
Date of birth: 03/02/1974
NI number: %s
Role: Site Manager, Thornbury Vale Academy (since 2011)

Background:
Mr Pennington was diagnosed with bipolar disorder in 2019 and has had three hospital admissions since, the most recent from 2 to 30 September 2024 under section 2 of the Mental Health Act. His total sickness absence in the last two years is 118 working days.

In October 2024 he raised a grievance alleging that the headteacher had discussed his diagnosis with other staff and that he had been excluded from site team meetings. The headteacher denies this. Separately, two members of the cleaning team have complained about his conduct (shouting, and one incident in which he threw keys at a colleague).

OH (Meridian, report of 18 November) advises he is fit for work with adjustments - no lone working at height, reduced evening lets - and that the Equality Act is likely to apply.

We would like advice on (1) the order in which to deal with the grievance and the conduct allegations, and (2) whether we can fairly start formal capability on attendance grounds.

Kind regards,

Helen Marsden
HR Manager
Elmstead Valley Academy Trust

%s""" % (ni, DISCLAIMER)
    html = to_html(txt)
    root = Multi("alternative", [text(txt, charset="utf-8", cte="quoted-printable"), Leaf("text/html", html, charset="utf-8", cte="quoted-printable")],
                 "_000_LO4P123MB0007legal_")
    frm = HM
    to = [SOLICITOR]
    d = message(frm, to, "S Pennington - summary for advice (legally privileged)", date(2024, 11, 27, 12, 40), mid("pd-q17", style="outlook"), root)
    emit(17, "positive", "legal-advice-hr-case", "multipart-alternative",
         "HR manager sends the trust's solicitor an employee's DOB, NI number, mental health diagnosis, detentions and grievance details",
         frm, to, data=d)


def q18():
    rng = random.Random(118)
    ni = nino(rng)
    chron = docx(["# Chronology - Mrs Deborah Tranter v Elmstead Valley Academy Trust",
                  "Claimant: Deborah Tranter, DOB 30/11/1970, NI " + ni + ", Teaching Assistant, Brookhouse Primary (2008-2024)",
                  "12/09/2023 - Absent: stress at work (fit note). Referred to OH.",
                  "02/11/2023 - OH report: symptoms of menopause contributing to anxiety and poor sleep; recommends adjustments.",
                  "15/01/2024 - Return to work; adjustments agreed (fan, later start).",
                  "04/03/2024 - Absent: hysterectomy surgery; 8 weeks.",
                  "22/05/2024 - Stage 2 attendance meeting; final written warning.",
                  "30/06/2024 - Dismissed on capability grounds.",
                  "10/10/2024 - ET1 received: disability and sex discrimination, unfair dismissal."], title="Chronology")
    rows = [["Name", "NI number", "Absence start", "Absence end", "Days", "Reason"],
            ["Deborah Tranter", ni, "12/09/2023", "12/01/2024", "80", "Stress / anxiety - menopause"],
            ["Deborah Tranter", ni, "04/03/2024", "26/04/2024", "35", "Hysterectomy"],
            ["Deborah Tranter", ni, "03/06/2024", "07/06/2024", "5", "Migraine"]]
    z = make_zip([("Tranter bundle/01 Chronology.docx", chron), ("Tranter bundle/02 Absence record.csv", csv_bytes(rows))])
    body = """Rebecca,

Further to the case management order, here are the documents for the respondent's section of the bundle: the chronology and the absence record from our HR system. The OH reports and fit notes will follow tomorrow once I've scanned them.

Regards,
Helen

Helen Marsden
HR Manager
Elmstead Valley Academy Trust

""" + DISCLAIMER
    root = Multi("mixed", [text(body, charset="utf-8"), attach("application/x-zip-compressed", z, "Tranter bundle part 1.zip")],
                 "_020_bundle_")
    frm = HM
    to = [SOLICITOR]
    cc = [PC]
    d = message(frm, to, "Tranter v EVAT - bundle documents part 1", date(2024, 12, 9, 16, 5), mid("pd-q18", style="outlook"), root, cc=cc)
    emit(18, "positive", "tribunal-bundle", "zip",
         "HR manager sends the solicitor an unencrypted zip with a chronology and absence record: DOB, NI number, health conditions",
         frm, to, cc=cc, data=d)


def q19():
    lines = ["ADMISSION APPEAL - CASE PAPERS (ADMISSION AUTHORITY STATEMENT)",
             "Kestrel Rise Academy - Year 7 September 2025",
             "",
             "Appellant: Mrs Rachel Farrow, 23 Meadow View, Heanor DE75 3PD",
             "Child: Ethan Farrow    Date of birth: 05/02/2014",
             "Current school: Brookhouse Primary Academy (Year 6)",
             "",
             "Appellant's grounds (summary):",
             "- Ethan has type 1 diabetes and needs insulin at lunchtime; the allocated school",
             "  is 4.2 miles away and he would travel by two buses.",
             "- Ethan receives SEN support for speech and language (Brookhouse SEN register)",
             "  and has had counselling since his father died in 2022.",
             "- Older sister Grace (DOB 17/09/2011) attended Kestrel Rise until moving away in 2023.",
             "",
             "Admission authority case: the academy is full at its PAN of 240.",
             "Ethan ranked 263rd under oversubscription criterion 5 (distance).",
             "",
             "Hearing: 8 July 2025, 10.30am, Central Office, Furnace Lane."]
    att = pdf(lines, title="Appeal papers - Farrow")
    body = """Dear Mr Bamford,

Please find attached the admission authority's statement and case summary for the appeal of Mrs Farrow (Kestrel Rise, Year 7), to be heard on 8 July. The appellant's own submission and medical letters were sent to you by her directly.

Kind regards,

Ruth Ashworth
Governance Professional
Elmstead Valley Academy Trust"""
    root = Multi("mixed", [text(body, charset="utf-8"), attach("application/pdf", att, "Appeal 14 - Farrow - admission authority case.pdf")],
                 "_021_appeal_")
    frm = RA
    to = [("Philip Bamford", "clerk@independent-appeals.example")]
    d = message(frm, to, "Admission appeal 14 - Farrow - case papers", date(2025, 6, 24, 9, 12), mid("pd-q19"), root)
    emit(19, "positive", "admission-appeal-papers", "attachment-pdf",
         "governance clerk sends the independent appeal clerk a PDF with the child's DOB, address, diabetes, SEN and bereavement",
         frm, to, data=d)


def q20():
    rng = random.Random(120)
    rows = [["Pupil", "Class", "Parent/carer", "Parent DOB", "Parent NI number", "Benefit", "FSM from"]]
    for i in range(10):
        f, s, sex = person(rng)
        pf, _, _ = person(rng, "adult")
        rows.append(["%s %s" % (f, s), rng.choice(["Y1", "Y2", "Y3", "Y4", "Y5", "Y6"]), "%s %s" % (pf, s), dob(rng, 1978, 1996),
                     nino(rng), rng.choice(["Universal Credit", "Universal Credit", "Income Support", "JSA (IB)", "Child Tax Credit"]),
                     "%02d/%02d/2024" % (rng.randint(1, 28), rng.randint(1, 12))])
    body = """Hi,

As requested for your FSM meal-count reconciliation, here are the Brookhouse children currently eligible for free school meals with the eligibility check details. Please can you match these against the till records for the autumn term invoice?

Lorraine Pugh
School Business Manager
Brookhouse Primary Academy"""
    root = Multi("mixed", [text(body, charset="us-ascii"), attach("text/csv", csv_bytes(rows), "Brookhouse FSM eligible autumn 2024.csv")],
                 "_022_fsm_")
    frm = LP
    to = [("Fresh Plate Catering Accounts", "accounts@freshplate-catering.example")]
    d = message(frm, to, "FSM list for reconciliation - Brookhouse", date(2024, 12, 3, 14, 0), mid("pd-q20", style="outlook"), root)
    emit(20, "positive", "fsm-eligibility-list", "attachment-csv",
         "business manager sends the catering contractor a CSV of FSM pupils with parents' DOB, NI numbers and benefit type",
         frm, to, data=d)


def q21():
    rng = random.Random(121)
    u = upn(rng, estab=2217, yr=18)
    inner_body = """Fiona,

Report for Thursday's initial child protection conference below - can you check it before it goes to the social worker? I've used the LA template headings.

Child: Leo Mottram, DOB 14/05/2018, Year 2, UPN %s
Sibling: Daisy Mottram, DOB 02/01/2021 (nursery, not on our roll)
Address: Flat 3, 41 Chapel Street, Ripley DE5 9BQ
Household: mother Gemma Mottram; her partner Wayne Cheetham (not Leo's father) moved in around June.

Concerns:
- Attendance 78%%, frequent lateness; Leo often arrives hungry and in the same uniform for several days.
- 19/09: bruising to Leo's upper left arm, four finger-shaped marks. Leo said "Wayne grabbed me because I was slow". Referral to MASH same day.
- 07/10: Leo disclosed to his TA that "mummy cries when Wayne shouts" and that he is locked in his bedroom at night.
- Mum has told staff she is not taking her antidepressants because Wayne "doesn't believe in them".

What's working: Leo is happy in school, has a good relationship with his class teacher and is making expected progress in reading.

Sam Haigh
DSL, Brookhouse Primary Academy""" % u
    inner = message(("Sam Haigh", "s.haigh@school.example"), [FM], "ICPC report - Leo Mottram", date(2024, 10, 14, 17, 50),
                    mid("pd-q21-inner", style="outlook"), text(inner_body, charset="utf-8"))
    note = """Dear Ms Adeyemi,

Please find attached the school's report for the initial child protection conference for Leo Mottram on Thursday. The DSL, Mr Haigh, will attend in person.

Kind regards,

Fiona McAllister
Trust Safeguarding Lead
Elmstead Valley Academy Trust"""
    root = Multi("mixed", [text(note, charset="us-ascii"),
                           Leaf("message/rfc822", inner, cte="7bit", disposition="attachment", filename="ICPC report - Leo Mottram.eml")],
                 "_023_icpc_")
    frm = FM
    to = [("Funmi Adeyemi", "funmi.adeyemi@westshire.gov.example")]
    d = message(frm, to, "ICPC Thursday - school report, L Mottram", date(2024, 10, 15, 8, 55), mid("pd-q21", style="outlook"), root)
    emit(21, "positive", "child-protection-report", "rfc822-forward",
         "safeguarding lead forwards, as an attached message, a DSL's child protection report (DOB, UPN, address, injuries) to a social worker",
         frm, to, data=d)


def q22():
    body = """Dear Family Hub team,

Early Help referral - the Birchall family

With Ms Birchall's written consent (attached form signed on 4 March), I am referring the family below for Early Help support.

Parent: Hayley Birchall, DOB 18/10/1989
Children:
  Ellie Birchall, DOB 09/06/2014, Year 6, Brookhouse Primary Academy
  Alfie Birchall, DOB 27/11/2018, Year 1, Brookhouse Primary Academy
Address: 77 Derwent Avenue, Heanor DE75 6NA
Phone: 07700 900819

Reasons for referral:
Ms Birchall is a single parent. She told the school she has been diagnosed with depression and is struggling to get the children to school; Ellie's attendance is 83%% and Alfie's 79%%. The family have rent arrears of around £2,400 and have received a section 21 notice. Ellie has become withdrawn and has told her teacher she worries "we will have to live in a car". There are no concerns about physical harm and the school does not think the threshold for social care is met.

The school can offer a family support worker for one session a week but feels the family would benefit from housing advice and a parenting and wellbeing worker.

Kind regards,

Lorraine Pugh
School Business Manager and Designated Deputy Safeguarding Lead
Brookhouse Primary Academy"""
    body = body.replace("%%", "%")
    root = text(flow(body), charset="utf-8", flowed=True)
    frm = LP
    to = [("Westshire Family Hub - Early Help", "earlyhelp@westshire-familyhub.example")]
    d = message(frm, to, "Early Help referral - Birchall family", date(2025, 3, 5, 13, 22), mid("pd-q22"), root,
                extra=["User-Agent: Mozilla Thunderbird"])
    emit(22, "positive", "early-help-referral", "format-flowed",
         "deputy DSL refers a family to an external family hub with DOBs, address, parent's depression, arrears and attendance",
         frm, to, data=d)


def q23():
    rng = random.Random(123)
    lines = []
    arrs = [("Dyslexia (diagnosed age 9); slow processing", "25% extra time, reader"),
            ("ADHD; medication at lunchtime", "25% extra time, rest breaks, separate room"),
            ("Generalised anxiety disorder (CAMHS)", "Separate room, rest breaks"),
            ("Hypermobility / EDS - writing pain", "Word processor, 25% extra time"),
            ("Hearing impairment - hearing aids", "Modified language papers, front seat"),
            ("Type 1 diabetes", "Supervised rest breaks for blood glucose")]
    cands = sorted(rng.sample(range(1001, 1240), len(arrs)))
    for (cond, arr), cand in zip(arrs, cands):
        f, s, sex = person(rng)
        lines.append("%s %s, DOB %s, cand. %04d, UPN %s\n   Diagnosis: %s\n   Arrangements: %s" %
                     (f, s, dob_school_year(rng, 2008), cand, upn(rng, estab=4102, yr=13), cond, arr))
    body = """Dear Mrs Sørensen,

Thank you for agreeing to carry out the access arrangements assessments for our Year 11 candidates. Below are the students, with their diagnoses and the arrangements we are currently applying for. Could you please confirm your availability in the week of 13 January?

""" + "\n\n".join(lines) + """

Evidence of need (Form 8 section A) is already completed for each student. We have budgeted for your quoted fee of £95 per student.

Kind regards,

Aisha Rahman
School Business Manager (Exams)
Kestrel Rise Academy"""
    root = text(body, charset="iso-8859-1", cte="8bit")
    frm = AR
    to = [("Ingrid Sørensen", "ingrid@accessassess.example")]
    d = message(frm, to, "Access arrangements - Year 11 candidates", date(2024, 12, 16, 10, 45), mid("pd-q23", style="outlook"), root)
    emit(23, "positive", "exam-access-arrangements", "iso-8859-1",
         "exams business manager sends an external assessor a list of candidates with DOB, UPN, diagnoses and arrangements (latin-1 8bit)",
         frm, to, data=d)


def q24():
    rng = random.Random(124)
    rows_html = []
    circs = ["Mother undergoing chemotherapy; pupil is a young carer", "Anxiety-based school avoidance; CAMHS referral",
             "Family holiday in term time (Pakistan, 4 weeks)", "Repeated lateness; sibling also PA",
             "Homelessness - family in temporary accommodation", "Chronic illness (Crohn's disease)"]
    for c in circs:
        f, s, sex = person(rng)
        a1, town, pc = address(rng)
        rows_html.append("<tr><td>%s %s</td><td>%s</td><td>%s</td><td>%s, %s %s</td><td>%s%%</td><td>%s</td></tr>" %
                         (f, s, dob_school_year(rng, rng.randint(2008, 2012)), upn(rng, estab=rng.choice([4102, 4389]), yr=rng.randint(13, 18)), a1, town, pc,
                          "%.1f" % (rng.uniform(52, 88)), esc(c)))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Ewan,</p>
<p>As discussed at the traded services review, here is the list of persistently absent pupils at Kestrel Rise and Thornbury Vale we would like your EWOs to pick up this half term. Home visits are the priority for the first two.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Pupil</th><th>DOB</th><th>UPN</th><th>Address</th><th>Attendance</th><th>Known circumstances</th></tr>
%s
</table>
<p>Please treat the circumstances column as confidential.</p>
<p>Kind regards,<br>
Leon Price<br>
Attendance and Inclusion Officer<br>
Elmstead Valley Academy Trust<br>
01632 960431</p>
</body></html>
""" % "\n".join(rows_html)
    root = Leaf("text/html", html, charset="utf-8", cte="quoted-printable")
    frm = LPR
    to = [("Ewan Fitzgerald", "ews@westshire-attendance.example")]
    d = message(frm, to, "Persistent absence - referrals for EWO casework", date(2025, 1, 8, 15, 12), mid("pd-q24", style="outlook"), root)
    emit(24, "positive", "attendance-referral-list", "html-only",
         "attendance officer sends a traded welfare service an HTML table of pupils with DOB, UPN, address and family circumstances",
         frm, to, data=d)


def q25():
    rng = random.Random(125)
    u = upn(rng, estab=4389, yr=12)
    inner_body = """Martin,

Here is the safeguarding chronology you asked for, for the SAR from Mr Rushworth about his son. Please note the entries about the mother's disclosures - I don't think those should be released to dad without legal advice.

Pupil: Callum Rushworth, DOB 21/12/2011, Year 8, Thornbury Vale, UPN %s

05/09/2023 - Mum informed school of separation; non-molestation order against father (copy on file).
13/11/2023 - Callum disclosed that dad "hit mum in the car" during a contact handover. Referral to MASH.
20/11/2023 - Child and family assessment opened.
09/02/2024 - Callum self-referred to school counsellor; low mood, sleeping poorly.
17/04/2024 - Father attended reception demanding to see Callum; police called.
01/07/2024 - CIN plan closed. Contact now via supervised centre only.

Ian Gilchrist
DSL, Thornbury Vale Academy""" % u
    inner = message(("Ian Gilchrist", "i.gilchrist@school.example"), [MG], "SAR - Callum Rushworth chronology", date(2025, 2, 10, 16, 20),
                    mid("pd-q25-inner", style="outlook"), text(inner_body, charset="us-ascii"))
    note = """Dear Laura,

As discussed, I attach the safeguarding chronology relevant to the subject access request made by Mr Rushworth on behalf of his son. I would be grateful for your advice on which entries may be withheld under the serious harm exemption and the third-party provisions, given the non-molestation order.

The statutory deadline is 10 March.

Kind regards,

Martin Greaves
Data Protection Officer
Elmstead Valley Academy Trust"""
    root = Multi("mixed", [text(note, charset="us-ascii"),
                           Leaf("message/rfc822", inner, cte="7bit", disposition="attachment", filename="SAR - Callum Rushworth chronology.eml")],
                 "_024_sar_")
    frm = MG
    to = [("Laura O'Donnell", "l.odonnell@browne-legal.example")]
    d = message(frm, to, "SAR advice - Rushworth - chronology attached", date(2025, 2, 11, 9, 40), mid("pd-q25", style="outlook"), root)
    emit(25, "positive", "sar-safeguarding-chronology", "rfc822-forward",
         "DPO forwards, as an attached message, a pupil's safeguarding chronology (DOB, UPN, domestic abuse) to an external legal adviser",
         frm, to, data=d)


def q26():
    rng = random.Random(126)
    rows = [["Employee Liability Information - cleaning staff transferring under TUPE 1 April 2025", "", "", "", "", "", "", "", "", ""],
            ["Name", "DOB", "NI number", "Site", "Start date", "Hours/wk", "Hourly rate", "Sickness days (12m)", "Disciplinary/grievance (2y)", "Pension"]]
    notes = ["None", "None", "Written warning 03/2024 (timekeeping), live", "None", "Grievance 09/2023 - bullying by supervisor, not upheld",
             "None", "None", "None"]
    for n_ in notes:
        f, s, sex = person(rng, "adult")
        rows.append([f + " " + s, dob(rng, 1958, 1999), nino(rng), rng.choice(["Marlow Fields", "Kestrel Rise", "Brookhouse", "Thornbury Vale"]),
                     "%02d/%02d/20%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(5, 22)), rng.choice([10, 12.5, 15, 20, 25]),
                     rng.choice([12.21, 12.45, 12.86]), rng.choice([0, 0, 2, 5, 14, 31]), n_, rng.choice(["LGPS", "LGPS", "Opted out"])])
    x = xlsx(rows, sheet="ELI")
    body = """Dear Sue,

Further to Regulation 11 of TUPE, please find attached the employee liability information for the eight cleaning staff transferring to SparkleClean on 1 April. Copies of contracts will be provided separately.

Please note that one employee has a live written warning and one raised a grievance in 2023 - details are in the spreadsheet.

Regards,

Helen Marsden
HR Manager
Elmstead Valley Academy Trust

""" + DISCLAIMER
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x, "ELI - cleaning TUPE April 2025.xlsx")],
                 "_025_tupe_")
    frm = HM
    to = [("Sue Greenhalgh", "hr@sparkleclean-services.example")]
    cc = [TB]
    d = message(frm, to, "TUPE - employee liability information", date(2025, 2, 27, 10, 2), mid("pd-q26", style="outlook"), root, cc=cc)
    emit(26, "positive", "tupe-eli", "attachment-xlsx",
         "HR manager sends the incoming cleaning contractor an unencrypted ELI spreadsheet with DOB, NI numbers, sickness and disciplinary records",
         frm, to, cc=cc, data=d)


def q27():
    rng = random.Random(127)
    c = card(rng, "53", 16)
    body = """Hi, re booking GRG-55812 (2 rooms, 13-14 March, EVAT trustees conference) - card to guarantee:

Mastercard %s
Exp 08/27
Name on card MRS P CHAUHAN

Pls send confirmation to this address. Thanks, Priya

Sent from my iPhone""" % c
    root = text(body, charset="us-ascii")
    frm = PC
    to = [("The Grange Hotel Reservations", "reservations@thegrange-hotel.example")]
    d = message(frm, to, "Booking GRG-55812", date(2025, 2, 20, 7, 51), mid("pd-q27", style="iphone"), root,
                extra=["X-Mailer: iPhone Mail (22C152)"])
    emit(27, "positive", "card-number-hotel", "mobile",
         "CFO emails a hotel from her phone with a full card number, expiry and cardholder name to guarantee a booking",
         frm, to, data=d)


def q28():
    rng = random.Random(128)
    ni = nino(rng)
    body = """Dear Mr Varley,

CONFIDENTIAL REFERENCE – Mrs Natalie Ormerod

Thank you for your request for a reference for Natalie Ormerod (date of birth 12/08/1986, NI number %s), who has applied for the post of Office Manager at Oakhill School.

Natalie has been employed by the Trust as Senior Administrator at Thornbury Vale Academy since 1 September 2016.

Sickness absence in the last two years: 23 days in 4 episodes, the longest being 14 days in January 2024 (work-related stress following a bereavement). Natalie has been open about her mental health and has managed it well since her return.

Disciplinary: Natalie received a first written warning in March 2023 for a breach of data protection (she emailed a class list to the wrong parent). The warning has now expired. There are no current disciplinary matters.

Safeguarding: there have been no safeguarding concerns or allegations relating to Natalie.

I would re-employ Natalie.

Yours sincerely,

Helen Marsden
HR Manager
Elmstead Valley Academy Trust""" % ni
    root = text(body, charset="windows-1252", cte="8bit")
    frm = HM
    to = [("Dean Varley", "hr@oakhill-school.example")]
    d = message(frm, to, "Reference - Natalie Ormerod", date(2025, 5, 8, 14, 33), mid("pd-q28", style="outlook"), root)
    emit(28, "positive", "staff-reference", "windows-1252",
         "HR manager emails another school a reference with the employee's DOB, NI number, sickness absence and disciplinary history",
         frm, to, data=d)


def q29():
    rng = random.Random(129)
    ni = nino(rng)
    body = """Dear Claims Team,

EMPLOYER'S LIABILITY - NOTIFICATION OF INCIDENT (RIDDOR reportable)

Member: Elmstead Valley Academy Trust, RPA membership no. RPA-EVAT-0417

Injured person: Mr Lee Kitching
Date of birth: 06/05/1981
NI number: %s
Home address: 19 Hollybrook Way, Langley Mill NG16 4TD
Job: Caretaker, Kestrel Rise Academy

Incident: On 17 January 2025 at approximately 7.15am Mr Kitching slipped on black ice on the staff car park while gritting and fell onto his outstretched right hand. He was taken to the Royal Derby Hospital where a fractured right wrist (distal radius) was diagnosed and he underwent surgery (plate fixation) on 19 January. He is expected to be off work for 10-12 weeks. He also has type 2 diabetes, which his consultant says may slow healing.

The incident was reported to the HSE under RIDDOR on 20 January (ref. 1029384).

Witness statements, the gritting log and photographs of the car park are available.

Regards,

Tom Bradshaw
Estates Manager
Elmstead Valley Academy Trust
T: 01632 960418""" % ni
    root = text(body, charset="utf-8", cte="quoted-printable")
    frm = TB
    to = [("RPA Claims", "claims@rpa-claims.example")]
    cc = [HM]
    d = message(frm, to, "EL notification - L Kitching - Kestrel Rise 17/01/25", date(2025, 1, 22, 12, 15), mid("pd-q29", style="outlook"), root, cc=cc)
    emit(29, "positive", "insurance-injury-claim", "quoted-printable",
         "estates manager notifies the insurer of a staff injury with DOB, NI number, home address, injury and medical condition",
         frm, to, cc=cc, data=d)


def q30():
    rng = random.Random(130)
    u = upn(rng, estab=2041, yr=16)
    body = """Dear Virtual School colleagues,

PEP - autumn term - Oscar Dunmore

Please find below the education section of Oscar's Personal Education Plan, completed at the PEP meeting on 8 October.

Name: Oscar Dunmore
DOB: 30/01/2016 (Year 4)
UPN: %s
School: Marlow Fields Primary Academy
Legal status: Full care order (s31), made July 2023
Placement: long-term foster placement with Mr and Mrs Fensome, 2 Church Walk, Belper DE56 2RA (since September 2023)
Social worker: Ms Farah Mahmood, Westshire Children's Services
Birth family contact: supervised contact with birth mother monthly; no contact with birth father (restraining order)
SEN: SEN Support - SEMH (attachment difficulties), speech and language
Attendance: 97.2%%

Pupil Premium Plus request: 800 GBP for weekly Thrive sessions and a reading tutor.

Oscar is settled with his carers and doing well. He becomes anxious before contact sessions and is supported by his key adult.

Kind regards,

Siobhan Kerr
SEND Casework Officer
Elmstead Valley Academy Trust""" % u
    body = body.replace("%%", "%")
    root = text(body, charset="utf-8")
    frm = SK
    to = [("Westshire Virtual School", "virtualschool@westshire.gov.example")]
    d = message(frm, to, "PEP autumn - O Dunmore (Marlow Fields)", date(2024, 10, 11, 15, 2), mid("pd-q30"), root)
    emit(30, "positive", "lac-pep", "plain-7bit",
         "SEND officer sends the virtual school a looked-after child's PEP with DOB, UPN, care order, carers' address and contact arrangements",
         frm, to, data=d)
# ---------------------------------------------------------------- negatives


def smime_part(seed):
    der = bytes([0x30, 0x82, 0x0B, 0x4A, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x03,
                 0xA0, 0x82, 0x0B, 0x3B, 0x30, 0x82, 0x0B, 0x37, 0x02, 0x01, 0x00, 0x31, 0x82, 0x01, 0x9E])
    data = der + opaque(seed, 2870)
    return Leaf("application/pkcs7-mime", data, cte="base64",
                params=[("smime-type", "enveloped-data"), ("name", "smime.p7m")],
                filename="smime.p7m", disposition="attachment",
                extra=["Content-Description: S/MIME Encrypted Message"])


def pgp_root(seed, boundary):
    raw = bytes([0x85, 0x02, 0x0C, 0x03]) + opaque(seed, 1900)
    b64 = base64.b64encode(raw).decode()
    armored = "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))
    crc = zlib.crc32(raw) & 0xFFFFFF
    arm = ("-----BEGIN PGP MESSAGE-----\n\n" + armored + "\n=" +
           base64.b64encode(crc.to_bytes(3, "big")).decode() + "\n-----END PGP MESSAGE-----\n")
    v = Leaf("application/pgp-encrypted", "Version: 1\n", cte=None,
             extra=["Content-Description: PGP/MIME version identification"])
    e = Leaf("application/octet-stream", arm, cte=None, params=[("name", "encrypted.asc")],
             filename="encrypted.asc", disposition="inline",
             extra=["Content-Description: OpenPGP encrypted message"])
    return Multi("encrypted", [v, e], boundary, params=[("protocol", "application/pgp-encrypted")],
                 preamble="This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)")


def r31():
    rng = random.Random(231)
    rows = [["EmpNo", "Surname", "Forename", "DOB", "NI Number", "Address", "Postcode", "Sort Code", "Account No", "Start", "Post", "School"]]
    for i, (post, sch) in enumerate([("Teaching Assistant L3", "BH"), ("Class Teacher MPS1", "MF"), ("Finance Officer", "CO"),
                                     ("Learning Mentor", "KR")]):
        f, s, sex = person(rng, "adult")
        a1, town, pc = address(rng)
        sc, acc = bank(rng)
        rows.append([str(40410 + i), s, f, dob(rng, 1970, 2001), nino(rng), "%s, %s" % (a1, town), pc, sc, acc, "06/01/2025", post,
                     SCHOOLS.get(sch, ("Central Office",))[0]])
    body = """Hi Daniel,

January starters attached - checklists are all complete. Can you get these set up on the HR/payroll system before I send the bureau file over through the secure portal on Friday?

Thanks,
Helen

Helen Marsden
HR Manager
Elmstead Valley Academy Trust"""
    root = Multi("mixed", [text(body, charset="us-ascii"), attach("text/csv", csv_bytes(rows), "Jan 2025 starters.csv")], "_026_janstart_")
    frm = HM
    to = [DO]
    cc = [("HR & Payroll Team", "hrpayroll@school.example")]
    d = message(frm, to, "January starters for set-up", date(2024, 12, 17, 10, 30), mid("pd-r31", style="outlook"), root, cc=cc)
    emit(31, "negative", "internal-new-starters", "attachment-csv",
         "HR manager sends the payroll officer new starters with NI numbers and bank details, all recipients internal",
         frm, to, cc=cc, data=d)


def r32():
    rng = random.Random(232)
    rows = [["WPF-0817 Elmstead Valley Academy Trust - year-end data queries 2023/24", "", "", "", ""],
            ["Member", "NI number (our record)", "DOB (our record)", "Query", "Employer response"]]
    for q in ["NI number on return differs from HMRC record", "Date of birth missing", "Pensionable pay lower than prior year by >20%",
              "Leaver date after last contribution"]:
        f, s, sex = person(rng, "adult")
        rows.append([f + " " + s, nino(rng), dob(rng, 1960, 1998), q, ""])
    x = xlsx(rows, sheet="Queries")
    body = """Dear Daniel,

Please find attached the year-end data queries for your employer code WPF-0817. Please complete the "Employer response" column and return the spreadsheet via the secure employer portal (not by email) by 31 January.

Kind regards,

Employer Liaison Team
Westshire Pension Fund"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x, "WPF-0817 year end queries.xlsx")],
                 "----=_Part_4471_203948.1736400000000")
    frm = PENSION
    to = [DO]
    d = message(frm, to, "WPF-0817 - year-end data queries", date(2025, 1, 9, 11, 40), mid("pd-r32", host="westshirepensionfund.example"), root)
    emit(32, "negative", "inbound-pension-queries", "attachment-xlsx",
         "inbound from the pension fund: spreadsheet of member NI numbers and DOBs with queries (auth_user null)",
         frm, to, auth=False, data=d)


def r33():
    root = smime_part(233)
    frm = DO
    to = [BUREAU]
    d = message(frm, to, "November payroll changes - EVAT (encrypted)", date(2024, 11, 11, 9, 12), mid("pd-r33", style="outlook"), root)
    emit(33, "negative", "smime-payroll-changes", "smime",
         "payroll officer sends the bureau monthly changes as an S/MIME enveloped-data message",
         frm, to, data=d)


def r34():
    root = pgp_root(234, "------------pgp34Jx2Lq9Wm0Rb7Tc")
    frm = HM
    to = [SOLICITOR]
    d = message(frm, to, "Tranter v EVAT - OH reports and fit notes", date(2024, 12, 10, 15, 2), mid("pd-r34"), root,
                extra=["User-Agent: Mozilla Thunderbird"])
    emit(34, "negative", "pgp-tribunal-documents", "pgp-mime",
         "HR manager sends tribunal medical documents to the solicitor PGP/MIME encrypted",
         frm, to, data=d)


def r35():
    rng = random.Random(235)
    ref = docx(["# Management Referral to Occupational Health",
                "Employee: Mr Gavin Thwaite    DOB: 19/03/1983    NI: " + nino(rng),
                "Role: Teacher of Geography, Kestrel Rise Academy",
                "Reason: recurrent back pain (prolapsed disc), 26 days' absence in 6 months; awaiting surgery."], title="OH referral")
    z = encrypted_zip([("OH referral - G Thwaite.docx", ref)], "Kestrel#Wren2025", seed=235)
    body = """Dear Meridian Referrals Team,

Please find attached a management referral for a member of staff at Kestrel Rise Academy. The document is in a password-protected zip file; I will telephone your office with the password this afternoon.

Kind regards,

Joanne Tweedale
HR Adviser
Elmstead Valley Academy Trust

""" + DISCLAIMER
    root = Multi("mixed", [text(body, charset="utf-8"), attach("application/zip", z, "OH referral KR 0125.zip")], "_027_ohzip_")
    frm = JT
    to = [("Meridian OH Referrals", "referrals@meridianoh.example")]
    d = message(frm, to, "Management referral - Kestrel Rise (password protected)", date(2025, 1, 27, 11, 0), mid("pd-r35", style="outlook"), root)
    emit(35, "negative", "encrypted-zip-oh-referral", "zip-encrypted",
         "HR adviser sends an OH referral inside a password-protected (ZipCrypto) zip, password by phone",
         frm, to, data=d)


def r36():
    rng = random.Random(236)
    sc, acc = bank(rng)
    inv = "INV-25-%04d" % rng.randint(100, 999)
    lines = ["ELMSTEAD VALLEY ACADEMY TRUST",
             "4 Furnace Lane, Elmstead DE7 4RW     VAT reg: GB 274 1193 58",
             "",
             "INVOICE  %s          Date: 03/03/2025" % inv,
             "Customer: Elmstead Juniors FC, c/o The Treasurer",
             "Customer ref: PO 7716",
             "",
             "Lettings - Kestrel Rise Academy 3G pitch",
             "Saturdays 11 Jan - 22 Feb 2025, 7 x 3 hrs @ GBP 65.00/hr      1,365.00",
             "Changing rooms, 7 sessions @ GBP 20.00                          140.00",
             "Subtotal                                                      1,505.00",
             "VAT @ 20%                                                       301.00",
             "TOTAL DUE                                                     1,806.00",
             "",
             "Payment terms: 30 days. Please pay by BACS quoting the invoice number:",
             "Account name: Elmstead Valley Academy Trust",
             "Sort code: %s    Account number: %s" % (sc, acc),
             "",
             "Queries: finance@school.example / 01632 960414"]
    att = pdf(lines, title="Invoice " + inv)
    body = """Dear Mr Pearson,

Please find attached invoice %s for the use of the 3G pitch at Kestrel Rise in January and February. Our bank details are on the invoice.

Many thanks for your continued custom - we look forward to seeing the team again after Easter.

Kind regards,

Beverley Nash
Finance Assistant
Elmstead Valley Academy Trust | Central Office
T: 01632 960414""" % inv
    root = Multi("mixed", [text(body, charset="us-ascii"), attach("application/pdf", att, "%s Elmstead Juniors FC.pdf" % inv)], "_028_inv_")
    frm = BN
    to = [("Colin Pearson", "treasurer@elmstead-juniors-fc.example")]
    d = message(frm, to, "Invoice %s - pitch hire Jan/Feb" % inv, date(2025, 3, 3, 10, 20), mid("pd-r36", style="outlook"), root)
    emit(36, "negative", "invoice-trust-bank-details", "attachment-pdf",
         "finance assistant sends a football club an invoice PDF carrying the trust's own sort code and account number",
         frm, to, data=d)


def r37():
    rng = random.Random(237)
    po = "PO%07d" % rng.randint(1000000, 9999999)
    body = """Dear Brightline Sales,

Please supply the following against purchase order %s:

Item code   Description                               Qty   Unit    Total
BL-44810    A4 copier paper 80gsm, box of 5 reams     60    £21.45  £1,287.00
BL-20017    Toner HP 508A black                        8     £96.10    £768.80
BL-20018    Toner HP 508A cyan                         4     £112.40   £449.60
BL-61103    Lever arch files, box of 10               12    £14.99    £179.88
                                                      Total ex VAT  £2,685.28

Please split delivery as follows:
- Marlow Fields Primary Academy, Fieldgate Road, Elmstead DE7 3NW – 20 boxes paper – office tel 01632 960501
- Kestrel Rise Academy, Kestrel Way, Ripley DE5 8TZ – 30 boxes paper, all toner – reprographics tel 01632 960611
- Trust Central Office, 4 Furnace Lane, Elmstead DE7 4RW – 10 boxes paper, files – tel 01632 960410

Deliveries between 8.00am and 3.00pm only, please; all sites have a signing-in procedure.

Your quote reference Q-118874 applies. Invoice to accounts.payable@school.example quoting the PO number.

Regards

Tom Bradshaw
Estates Manager
Elmstead Valley Academy Trust""" % po
    root = text(body, charset="windows-1252", cte="quoted-printable")
    frm = TB
    to = [("Brightline Office Supplies", "sales@brightline-office.example")]
    d = message(frm, to, "Purchase order %s - paper and toner" % po, date(2024, 9, 5, 9, 48), mid("pd-r37", style="outlook"), root)
    emit(37, "negative", "purchase-order", "windows-1252",
         "estates manager sends a supplier a purchase order with PO number, item codes, school addresses and office phone numbers",
         frm, to, data=d)


def r38():
    rows = [["EVAT - SEND summary by school, January 2025 census (counts)", "", "", "", "", ""],
            ["School", "Roll", "EHCP", "SEN Support", "% SEN", "Most common primary need"],
            ["Marlow Fields Primary", 412, 14, 61, "18.2%", "SLCN"],
            ["Brookhouse Primary", 203, 6, 38, "21.7%", "SEMH"],
            ["Kestrel Rise Academy", 1184, 41, 167, "17.6%", "SpLD"],
            ["Thornbury Vale Academy", 876, 29, 122, "17.2%", "ASD"],
            ["Trust total", 2675, 90, 388, "17.9%", ""],
            ["", "", "", "", "", ""],
            ["Counts of fewer than 5 in any need category are suppressed in the detailed tab.", "", "", "", "", ""]]
    x = xlsx(rows, sheet="Summary")
    body = """Dear colleagues,

For the SEND sufficiency planning meeting on 12 February, here is the Trust's summary of SEND numbers by school from the January census. The figures are counts only; no individual pupil data is included.

Kind regards,

Siobhan Kerr
SEND Casework Officer
Elmstead Valley Academy Trust"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x, "EVAT SEND summary Jan 2025.xlsx")],
                 "_029_sendstats_")
    frm = SK
    to = [LA_SEND]
    d = message(frm, to, "SEND sufficiency - EVAT summary figures", date(2025, 2, 3, 14, 25), mid("pd-r38"), root)
    emit(38, "negative", "aggregate-send-stats", "attachment-xlsx",
         "SEND officer sends the LA a spreadsheet of SEND counts and percentages by school, no individual data",
         frm, to, data=d)


def r39():
    doc = docx(["# New Starter Form - Elmstead Valley Academy Trust",
                "Please complete and bring with you on your first day, with your original ID documents.",
                "Surname: ____________________   Forename(s): ____________________",
                "Date of birth: __ / __ / ____   National Insurance number: __ __ __ __ __ __ __ __ __",
                "Home address: __________________________________________   Postcode: ________",
                "Bank/building society: ____________________",
                "Sort code: __ - __ - __   Account number: ________   Name on account: ____________________",
                "Emergency contact name and telephone: ______________________________",
                "Pension: I wish to join / opt out of the pension scheme (delete as appropriate)",
                "Signed: ____________________   Date: __________"], title="New starter form (blank)")
    body = """Dear Laura,

Congratulations again on your appointment as Finance Officer - we're delighted you're joining us on 3 March.

Attached is our new starter form. Please DON'T email it back with your details filled in: either bring the completed form with you on your first day, or upload it through the secure link you'll receive from our HR system next week. Please also bring your passport (or other right to work documents) and your P45.

If you have any questions before then, just give me a call.

Kind regards,

Joanne Tweedale
HR Adviser
Elmstead Valley Academy Trust
01632 960417"""
    root = Multi("mixed", [text(body, charset="utf-8"),
                           attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "EVAT new starter form.docx")],
                 "_030_blankform_")
    frm = JT
    to = [("Laura Pennock", "laura.pennock@example.com")]
    d = message(frm, to, "Your new starter form - EVAT", date(2025, 2, 14, 12, 5), mid("pd-r39", style="outlook"), root)
    emit(39, "negative", "blank-new-starter-form", "attachment-docx",
         "HR adviser sends a new appointee a blank starter form (empty NI/bank fields) and tells her not to email it back",
         frm, to, data=d)


def r40():
    txt = """Dear Oliver,

As requested for the internal scrutiny review, a summary of the Trust's data protection arrangements for 2023/24:

Policies: Data Protection Policy (reviewed and approved by the Trust Board, March 2024); Records Retention Schedule (based on the IRMS Academies Toolkit); CCTV Policy; Biometrics Policy (parental consent for cashless catering).

Governance: the DPO reports termly to the Finance and Audit Committee. The Record of Processing Activities is held centrally and was last reviewed in June 2024.

Training: 96% of staff completed annual data protection training by 31 October.

Subject access requests: 11 received, all completed within the statutory deadline (one extended for complexity).

Personal data breaches: 7 logged internally (mainly misdirected email); none met the threshold for reporting to the ICO.

Technical controls: MFA for all staff accounts; outbound email containing personal data is encrypted or sent through the secure portal; laptops are encrypted.

I'd be happy to take the committee through any of this in more detail.

Kind regards,

Martin Greaves
Data Protection Officer
Elmstead Valley Academy Trust"""
    html = to_html(txt)
    root = Leaf("text/html", html, charset="utf-8", cte="quoted-printable")
    frm = MG
    to = [("Oliver Nash", "o.nash@hartleybains.example")]
    d = message(frm, to, "Data protection arrangements - summary for internal scrutiny", date(2024, 11, 19, 16, 15), mid("pd-r40", style="outlook"), root)
    emit(40, "negative", "dp-policy-summary", "html-only",
         "DPO sends the auditor a summary of data protection policies and aggregate SAR/breach counts, no personal data",
         frm, to, data=d)


def r41():
    rng = random.Random(241)
    recs = []
    for i, nm in enumerate(["TESTPUPIL, One", "TESTPUPIL, Two", "TESTPUPIL, Three"]):
        recs.append("%s   UPN %s   DOB 01/09/2015   Year 4" % (nm, upn_bad(rng, la=999, estab=9999, yr=15)))
    txt = """Hello Arbor support,

Ticket CS-448120 - CTF import failing on test records

When we import our staff-training CTF file into our TRAINING site, the import stops at the validation stage with "UPN check character invalid". This is expected for these records - they're dummy pupils we created for staff training, and the UPNs were typed in by hand - but the error stops the whole file instead of skipping the three records, which is what your documentation says should happen.

The dummy records are:

%s

These are not real pupils and the training site holds no live data. Could you confirm whether the "skip invalid records" setting should apply to CTF imports as well as to the CSV importer?

Our site ID is 10417 and the error appeared at 14:32 today.

Thanks,

Craig Denton
IT Services Manager
Elmstead Valley Academy Trust
01632 960400""" % "\n".join(recs)
    html = to_html(txt)
    root = Multi("alternative", [text(txt, charset="utf-8"), Leaf("text/html", html, charset="utf-8", cte="quoted-printable")],
                 "_000_LO4P123MB0007ticket_")
    frm = ("Craig Denton", "c.denton@school.example")
    to = [("Arbor Support", "support@arbor-mis.example")]
    d = message(frm, to, "CS-448120 - CTF import fails on invalid UPN (training site)", date(2025, 3, 18, 14, 50), mid("pd-r41", style="outlook"), root)
    emit(41, "negative", "mis-ticket-dummy-data", "multipart-alternative",
         "IT manager reports an MIS bug using three obviously dummy training pupils whose UPNs have wrong check letters",
         frm, to, data=d)


def r42():
    rng = random.Random(242)
    u = upn(rng, estab=2217, yr=19)
    body = """Dear Siobhan,

Please find below the draft amended EHC plan sections B and F for Amara Okonkwo following her annual review. Parents have 15 days to comment on the draft; I would be grateful for the school's comments within the same timeframe.

Name: Amara Okonkwo
DOB: 06/12/2018
UPN: %s
School: Brookhouse Primary Academy (Year 1)

Section B - Special educational needs
Amara has a diagnosis of Down syndrome. She has a moderate learning difficulty, significant speech and language delay and a mild bilateral hearing loss (glue ear - grommets fitted in 2023). She has hypothyroidism, managed with daily levothyroxine, and a history of a heart defect (AVSD repaired in infancy), which is monitored annually.

Section F - Provision
- 25 hours per week of support from a trained teaching assistant, including Makaton.
- Speech and language therapy: 1 direct session per fortnight and a programme delivered daily by the TA.
- Teacher of the Deaf: advisory visit termly.
- Physiotherapy programme for gross motor skills, delivered twice weekly.

Kind regards,

Bola Okoro
SEN Casework Officer
Westshire County Council""" % u
    root = text(body, charset="utf-8", cte="base64")
    frm = ("Bola Okoro", "bola.okoro@westshire.gov.example")
    to = [SK]
    d = message(frm, to, "Draft amended EHCP - A Okonkwo - for school comment", date(2025, 4, 29, 13, 8),
                mid("pd-r42", host="westshire.gov.example"), root)
    emit(42, "negative", "inbound-draft-ehcp", "base64",
         "inbound from the LA: draft EHCP sections with DOB, UPN and medical needs sent to the trust (auth_user null)",
         frm, to, auth=False, data=d)


def r43():
    rng = random.Random(243)
    n = nhs(rng)
    body = """Hi Mrs Whitfield, just to let you know Alfie (class 3) has been diagnosed with asthma, he's got a new blue inhaler, I'll bring a spare into the office tomorrow. His NHS number is %s if the nurse needs it for the care plan. He's also on antibiotics for a chest infection till Friday. Thanks, Kerry Holroyd (mum)

Sent from my Galaxy""" % n
    root = text(body, charset="utf-8")
    frm = ("Kerry Holroyd", "kerry.holroyd88@example.com")
    to = [KW]
    d = message(frm, to, "Alfie inhaler", date(2024, 11, 4, 21, 39), mid("pd-r43", style="gmail"), root)
    emit(43, "negative", "inbound-parent-medical", "mobile",
         "inbound from a parent's phone: child's asthma diagnosis, medication and NHS number (auth_user null)",
         frm, to, auth=False, data=d)


def r44():
    rng = random.Random(244)
    u = upn(rng, estab=4102, yr=14)
    body = """Dave,

Yes - I've checked the file. The previous suspensions are recorded correctly and the SEN register shows him at SEN Support since Year 7. I'll draft the letter to parents tonight and send it to you first thing for signature. The exclusion must be notified to the LA within the day so I'll do that as soon as you've signed.

Leon

> From: Dave Harcourt <head.kestrel@school.example>
> Sent: 03 February 2025 16:22
> To: Leon Price <l.price@school.example>
> Subject: Kacper G - decision
>
> Leon,
>
> Having reviewed the statements from the cover supervisor, the two
> students and the CCTV, I've decided to permanently exclude Kacper
> Gorecki (Y9, UPN %s, DOB 27/09/2010). He assaulted a
> member of staff and this is his third serious incident this year.
> He has SEN Support for speech and language, and is awaiting an ADHD
> assessment - can you make sure this is reflected in the paperwork and
> check what alternative provision the LA can offer from day 6?
>
> Dave""" % u
    root = text(body, charset="us-ascii")
    frm = LPR
    to = [("Dave Harcourt", "head.kestrel@school.example")]
    d = message(frm, to, "RE: Kacper G - decision", date(2025, 2, 3, 17, 2), mid("pd-r44", style="outlook"), root,
                extra=["In-Reply-To: " + mid("pd-r44-parent", style="outlook")])
    emit(44, "negative", "internal-exclusion-notes", "reply-quoted",
         "inclusion officer replies internally to a headteacher about a permanent exclusion quoting pupil DOB, UPN and SEN",
         frm, to, data=d)


def r45():
    rng = random.Random(245)
    u = upn(rng, estab=4389, yr=12)
    body = """Ian,

Following our supervision session today, here are my notes on the open cases at Thornbury Vale. Please add anything I've missed and save to CPOMS - don't forward outside the Trust.

1. Callum Rushworth (Y8, DOB 21/12/2011, UPN %s) - SAR from father in progress; legal advice being sought on release of chronology. Contact with father is supervised only. No new concerns.

2. Jasmine Whitworth (Y11) - counselling referral accepted by TalkWell, first session 9 December. Self-harm risk assessment reviewed; Jasmine checks in with her key adult daily. Father now living away from home (police bail conditions).

3. Y10 pupil (new) - allegation that a member of the site team made an inappropriate comment. Referred to the LADO on 28 November; LADO advised the school to follow its internal process. I will update the CEO.

Fiona

Fiona McAllister
Trust Safeguarding Lead""" % u
    root = text(body, charset="utf-8", cte="quoted-printable")
    frm = FM
    to = [("Ian Gilchrist", "i.gilchrist@school.example")]
    cc = [("Thornbury Vale Headteacher", "head.thornbury@school.example")]
    d = message(frm, to, "Supervision notes - open cases", date(2024, 12, 2, 16, 50), mid("pd-r45", style="outlook"), root, cc=cc)
    emit(45, "negative", "internal-safeguarding-notes", "quoted-printable",
         "trust safeguarding lead sends a school DSL supervision notes with pupils' names, DOB, UPN and safeguarding detail, all internal",
         frm, to, cc=cc, data=d)


def r46():
    rng = random.Random(246)
    rows = [["Surname", "Forename", "DOB", "NHS number", "Medical", "Dietary", "Emergency contact"]]
    for m in ["None", "Asthma - inhaler", "Nut allergy - EpiPen x2", "None", "Epilepsy - see care plan", "None", "Type 1 diabetes"]:
        f, s, sex = person(rng)
        pf, _, _ = person(rng, "adult")
        rows.append([s, f, dob_school_year(rng, 2012), nhs(rng), m, rng.choice(["", "Halal", "Vegetarian"]), "%s %s %s" % (pf, s, phone_mobile(rng))])
    body = """Hi Martin,

Here's the medical and contact list for the residential as it stands today. Please print a copy for each of the group leaders' first aid bags and keep it with you - don't share it with the centre by email, I've already given them dietary needs only via their booking portal.

Aisha"""
    root = Multi("mixed", [text(body, charset="us-ascii"), attach("text/csv", csv_bytes(rows), "Y7 resi medical - staff copy.csv")], "_031_resi_")
    frm = AR
    to = [("Martin Hughes", "m.hughes@school.example")]
    cc = [("Y7 Residential Staff", "y7resi@school.example")]
    d = message(frm, to, "Residential medical list - staff only", date(2025, 6, 9, 12, 30), mid("pd-r46", style="outlook"), root, cc=cc)
    emit(46, "negative", "internal-trip-medical", "attachment-csv",
         "business manager sends trip staff a CSV of pupils with DOB, NHS numbers and medical needs, all recipients internal",
         frm, to, cc=cc, data=d)


def r47():
    rng = random.Random(247)
    ref = ref10_bad(rng, "4")
    body = """Dear Events Team,

Thank you for confirming our booking for the EVAT Business Managers' Conference. To confirm the details:

Booking reference: %s
Date: Thursday 26 June 2025, 08:30 to 16:00
Room: Derwent Suite (theatre style, 45 delegates) plus breakout rooms 2 and 3
Catering: arrival tea and coffee, working lunch for 45 (6 vegetarian, 2 halal, 1 gluten free), afternoon tea
AV: projector, two roving microphones, flipcharts

Our contacts on the day:
- Karen Whitfield (organiser), 01632 960501, mobile 07700 900321
- Tom Bradshaw (Trust estates), 01632 960418

Speakers arrive from 08:00. Please invoice Elmstead Valley Academy Trust quoting our order number PO0007321; the deposit of GBP 450 was paid on 2 May.

Kind regards,

Karen Whitfield
School Business Manager, Marlow Fields Primary Academy""" % ref
    root = text(body, charset="us-ascii")
    frm = KW
    to = [("Westshire Conference Centre Events", "events@westshire-conferences.example")]
    d = message(frm, to, "Booking %s - EVAT BM conference 26 June" % ref, date(2025, 5, 9, 11, 31), mid("pd-r47", style="outlook"), root)
    emit(47, "negative", "conference-booking", "plain-7bit",
         "business manager confirms a conference booking: 10-digit booking ref (not a valid NHS/ULN), dates, phone numbers, PO number",
         frm, to, data=d)


def r48():
    body = """Dear Trustees,

Ahead of the Standards Committee on 20 March, please find below the anonymised summary of behaviour and attendance data for the spring term to date. Individual cases are discussed only in the confidential part of the meeting and are not included here.

Suspensions and exclusions (1 Sept - 28 Feb)
- Suspensions: 64 (42 pupils), compared with 71 at the same point last year.
- Permanent exclusions: 2 (both Kestrel Rise; both now in alternative provision).
- Pupils with SEN: 48% of suspensions, against 17.9% of the roll.
- Disadvantaged pupils: 55% of suspensions.

Attendance
- Trust overall: 93.4% (national 93.0%).
- Persistent absence: 17.1% (target 15%).
- Severe absence: 1.8%, 49 pupils.

Case study A (anonymised): a Year 9 pupil at risk of exclusion was placed on a 12-week mentoring programme; no further suspensions since January.

Questions in advance to Ruth please.

Jonathan

Dr Jonathan Hale
Chief Executive Officer"""
    root = text(flow(body), charset="utf-8", flowed=True)
    frm = JH
    to = [("Rosalind Ferrier", "rosalind.ferrier@example.org"), ("Geoffrey Lattimer", "g.lattimer@example.org"),
          ("Pamela Greatorex", "pam.greatorex@example.net")]
    cc = [RA]
    d = message(frm, to, "Standards Committee - anonymised behaviour and attendance data", date(2025, 3, 6, 18, 2), mid("pd-r48"), root, cc=cc)
    emit(48, "negative", "anonymised-board-stats", "format-flowed",
         "CEO sends trustees at outside addresses anonymised exclusion and attendance statistics only",
         frm, to, cc=cc, data=d)


def r49():
    body = """Hi Mandeep,

As promised, our payroll calendar for 2025/26 for your planning. All dates below are for the monthly payroll; casual and supply claims follow the same cut-off.

Month       Changes cut-off   Bureau draft   Approval   BACS submit   Pay date
Sep 2025    10/09/2025        15/09/2025     17/09/2025 23/09/2025    26/09/2025
Oct 2025    10/10/2025        15/10/2025     17/10/2025 23/10/2025    28/10/2025
Nov 2025    10/11/2025        14/11/2025     18/11/2025 24/11/2025    27/11/2025
Dec 2025    05/12/2025        09/12/2025     11/12/2025 15/12/2025    18/12/2025
Jan 2026    09/01/2026        14/01/2026     16/01/2026 23/01/2026    28/01/2026

Pay date is the 28th, or the last working day before if the 28th falls at a weekend, except December, which is paid early before the Christmas closure. The remaining months will follow the same pattern; I'll send the full year once the Trust Board has approved the holiday dates.

Thanks,

Daniel Okafor
Payroll Officer
Elmstead Valley Academy Trust"""
    root = text(wrap(body, 76), charset="us-ascii")
    frm = DO
    to = [BUREAU]
    d = message(frm, to, "EVAT payroll calendar 2025/26", date(2025, 6, 30, 15, 10), mid("pd-r49", style="outlook"), root)
    emit(49, "negative", "payroll-calendar", "hard-wrapped",
         "payroll officer sends the bureau the payroll calendar: cut-off and pay dates only, no personal data",
         frm, to, data=d)


def r50():
    body = """Dear Governors,

As part of your induction and annual refresher, here is a summary of the Trust's Safer Recruitment procedures. The full policy is on GovernorHub.

- Every post working with children is advertised with a safeguarding statement and a requirement for an enhanced DBS check.
- At least one member of every interview panel must have completed accredited safer recruitment training. Governors who sit on headteacher panels must complete the training before the shortlisting meeting.
- Pre-employment checks: identity, right to work, enhanced DBS with barred list check, two references (one from the current employer), medical fitness, qualifications, prohibition check for teachers, and online searches for shortlisted candidates.
- The Single Central Record is checked termly by the link safeguarding governor. Governors should check that each check is recorded with a date; they should not ask to see certificates or copies of documents.
- Under no circumstances should candidates' personal details, references or DBS information be forwarded to personal email accounts.

If you have any questions, please contact Helen Marsden (HR Manager) or me.

With thanks,

Ruth Ashworth
Governance Professional
Elmstead Valley Academy Trust"""
    root = text(body, charset="utf-8", cte="quoted-printable")
    frm = RA
    to = [("EVAT Governors and Trustees", "governance@school.example")]
    bcc = ["derek.spofforth@example.net", "sandra.ilott@example.org", "mkettle.gov@example.com", "rosalind.ferrier@example.org"]
    d = message(frm, to, "Safer recruitment - summary for governors", date(2024, 10, 1, 9, 40), mid("pd-r50"), root)
    emit(50, "negative", "safer-recruitment-summary", "quoted-printable",
         "clerk sends governors (some outside, bcc) a safer recruitment procedure summary with no personal data",
         frm, to, bcc=bcc, data=d)


def r51():
    rng = random.Random(251)
    lines = []
    for site, mpan_top in [("Marlow Fields Primary", "05 845 113"), ("Kestrel Rise Academy", "05 845 113"),
                           ("Brookhouse Primary", "05 801 113"), ("Thornbury Vale Academy", "05 845 113")]:
        core = "11 %04d %04d %03d" % (rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 999))
        mprn = ref10_bad(rng, "7")
        lines.append("%s\n  Electricity MPAN: S %s / %s   Meter serial: E%02dZ%06d   Reading 31/03/25: %d kWh\n"
                     "  Gas MPRN: %s   Meter serial: G4A%05d   Reading 31/03/25: %d m³" %
                     (site, mpan_top, core, rng.randint(10, 99), rng.randint(0, 999999), rng.randint(100000, 999999),
                      mprn, rng.randint(0, 99999), rng.randint(10000, 99999)))
    body = """Dear GreenPower Business Accounts,

Please find below the end-of-year meter readings for the Trust's four school sites, for the billing period ending 31 March 2025. Readings were taken by our site teams at 4pm on 31 March; photos are available if needed.

""" + "\n\n".join(lines) + """

Please note the new unit rate of 24.15p/kWh from 1 April under contract EVAT-E-2025 (fixed for 24 months) and a standing charge of £1.42 per day per site - your March bill for Brookhouse used the old rate.

Regards,

Tom Bradshaw
Estates Manager
Elmstead Valley Academy Trust"""
    root = text(body, charset="iso-8859-1", cte="quoted-printable")
    frm = TB
    to = [("GreenPower Business Accounts", "business.accounts@greenpower-energy.example")]
    d = message(frm, to, "Meter readings 31/03/2025 - EVAT sites", date(2025, 4, 1, 10, 5), mid("pd-r51", style="outlook"), root)
    emit(51, "negative", "meter-readings", "iso-8859-1",
         "estates manager sends an energy supplier MPANs, 10-digit MPRNs (not valid NHS numbers) and meter readings (latin-1 QP)",
         frm, to, data=d)


def r52():
    att = """EVAT SCHOOLS - DELIVERY AND OFFICE CONTACTS (for supplier use)

Marlow Fields Primary Academy
  Fieldgate Road, Elmstead DE7 3NW
  Office: 01632 960501   office.marlowfields@school.example
  Deliveries: Mon-Fri 08:00-15:00, main gate (ring intercom)

Kestrel Rise Academy
  Kestrel Way, Ripley DE5 8TZ
  Reception: 01632 960600   Reprographics: 01632 960611
  Deliveries: Mon-Fri 07:30-15:30, rear service yard off Cooper Street

Brookhouse Primary Academy
  Brook Street, Heanor DE75 7RW
  Office: 01632 960701   office.brookhouse@school.example
  Deliveries: Mon-Fri 09:15-14:30 only (school run restrictions)

Thornbury Vale Academy
  Vale Road, Belper DE56 1UX
  Reception: 01632 960800
  Deliveries: Mon-Fri 08:00-15:00, goods entrance by sports hall

Trust Central Office
  4 Furnace Lane, Elmstead DE7 4RW
  01632 960410   centraloffice@school.example
"""
    body = """Hi Jodie,

As requested for your new account set-up, attached are the delivery addresses and office contacts for all our sites. Please use the school office numbers rather than individual staff mobiles.

Kind regards,

Aisha Rahman
School Business Manager, Kestrel Rise Academy"""
    root = Multi("mixed", [text(body, charset="us-ascii"), attach("text/plain", att.encode(), "EVAT delivery contacts.txt")], "_032_delivery_")
    frm = AR
    to = [("Jodie Marsh", "schools@brightline-office.example")]
    d = message(frm, to, "Delivery addresses for account set-up", date(2024, 9, 3, 13, 44), mid("pd-r52", style="outlook"), root)
    emit(52, "negative", "school-contact-list", "attachment-txt",
         "business manager sends a supplier the schools' delivery addresses and office phone numbers, no personal data",
         frm, to, data=d)


def r53():
    rng = random.Random(253)
    ni = nino(rng)
    body = """Hi Daniel,

FYI - HMRC notice below received via our agent portal for one of your employees. We'll apply the new code in the November payroll unless you tell us otherwise.

Mandeep Gill
Payroll Administrator
Castleford Payroll Services

---------- Forwarded message ---------
From: HMRC Employer Notices <noreply@employer-notices.hmrc.example>
Date: Wed, 30 Oct 2024 at 06:12
Subject: P6 tax code notice - Employer PAYE ref 120/EV41723
To: <payroll@castlefordpayroll.example>

Employer PAYE reference: 120/EV41723
Employee: MISS SARAH J NUTTALL
National Insurance number: %s
Works/payroll number: 40188
New tax code: 1104L (cumulative)
Effective from: 30/10/2024
Previous pay and tax: not applicable

Please use this code from the next pay day.""" % ni
    root = text(body, charset="utf-8")
    frm = BUREAU
    to = [DO]
    d = message(frm, to, "Fwd: P6 tax code notice - Employer PAYE ref 120/EV41723", date(2024, 10, 30, 9, 25),
                mid("pd-r53", host="castlefordpayroll.example"), root)
    emit(53, "negative", "inbound-tax-code-notice", "inline-forward",
         "inbound: payroll bureau forwards an HMRC tax code notice with an employee's NI number to the trust (auth_user null)",
         frm, to, auth=False, data=d)


def r54():
    rng = random.Random(254)
    u = upn(rng, estab=4102, yr=13)
    body = """Gareth - can you pick this one up while I'm on leave next week? The LA want our view on whether Kestrel Rise can meet need. Internal only please; I'll reply to Bola myself when I'm back.

Siobhan

---------- Forwarded message ---------
From: Bola Okoro <bola.okoro@westshire.gov.example>
Date: Thu, 16 Jan 2025 at 10:02
Subject: Consultation - Tyler Brannigan
To: Siobhan Kerr <s.kerr@school.example>

Dear Siobhan,

The LA is consulting on a change of placement for Tyler Brannigan (DOB 02/03/2012, UPN %s), currently Year 8 at Kestrel Rise. His EHCP names SEMH as the primary need with a moderate learning difficulty; he has ADHD and takes methylphenidate. His mother has requested Haven Brook School.

Could the Trust confirm within 15 days whether Kestrel Rise can continue to meet his needs with additional funding, and comment on the incidents that have led to his reduced timetable?

Kind regards,
Bola Okoro
SEN Casework Officer, Westshire County Council""" % u
    root = text(body, charset="utf-8")
    frm = SK
    to = [GL]
    d = message(frm, to, "Fwd: Consultation - Tyler Brannigan", date(2025, 1, 16, 15, 44), mid("pd-r54", style="outlook"), root)
    emit(54, "negative", "internal-forward-ehcp", "inline-forward",
         "SEND officer forwards the LA's consultation (pupil DOB, UPN, EHCP needs, medication) to a colleague, all recipients internal",
         frm, to, data=d)


def r55():
    root = smime_part(255)
    frm = SK
    to = [("Bola Okoro", "bola.okoro@westshire.gov.example")]
    d = message(frm, to, "[SECURE] Annual review paperwork - M Fields pupil", date(2025, 3, 12, 16, 22), mid("pd-r55", style="outlook"), root)
    emit(55, "negative", "smime-annual-review", "smime",
         "SEND officer sends annual review paperwork to the LA as an S/MIME encrypted message",
         frm, to, data=d)


def r56():
    rng = random.Random(256)
    rows = [["Name", "DOB", "NI number", "Site", "Hours", "Rate", "Sickness days", "Disciplinary"]]
    for i in range(8):
        f, s, sex = person(rng, "adult")
        rows.append([f + " " + s, dob(rng, 1958, 1999), nino(rng), "Kestrel Rise", "15", "12.45", str(rng.randint(0, 20)), "None"])
    z = encrypted_zip([("ELI - cleaning TUPE April 2025.csv", csv_bytes(rows))], "Tupe!Evat-0401", seed=256)
    body = """Dear Sue,

Please find attached the employee liability information for the transferring cleaning staff, as required under Regulation 11. The spreadsheet is in an encrypted zip file - I'll send you the password by text message to the number on your email signature.

Regards,

Helen Marsden
HR Manager
Elmstead Valley Academy Trust

""" + DISCLAIMER
    root = Multi("mixed", [text(body, charset="utf-8"), attach("application/zip", z, "ELI cleaning TUPE (encrypted).zip")], "_033_tupezip_")
    frm = HM
    to = [("Sue Greenhalgh", "hr@sparkleclean-services.example")]
    d = message(frm, to, "TUPE - employee liability information (encrypted)", date(2025, 2, 27, 10, 30), mid("pd-r56", style="outlook"), root)
    emit(56, "negative", "encrypted-zip-tupe", "zip-encrypted",
         "HR manager sends TUPE employee liability data as a password-protected zip, password by text",
         frm, to, data=d)


def r57():
    rng = random.Random(257)
    u = upn(rng, estab=4389, yr=14)
    inner_body = """Dear Mr and Mrs Fairbrother,

Suspension of Mia Fairbrother (DOB 09/07/2011, UPN %s, Year 9)

I am writing to inform you that I have decided to suspend Mia for 2 school days, on Thursday 14 and Friday 15 November 2024, for persistent disruptive behaviour, including refusing to hand over her mobile phone and swearing at a member of staff.

Mia is on the SEN register for anxiety and we will review her support plan at her reintegration meeting on Monday 18 November at 8.45am.

You have the right to make representations about this decision to the local governing board.

Yours sincerely,

Mrs A Stansfield
Headteacher, Thornbury Vale Academy""" % u
    inner = message(("Thornbury Vale Academy", "office.thornbury@school.example"), [("Joanne Fairbrother", "jo.fairbrother@example.net")],
                    "Letter regarding Mia", date(2024, 11, 13, 15, 58), mid("pd-r57-inner", style="outlook"), text(inner_body, charset="utf-8"))
    note = """Dear Data Protection Officer,

I am attaching the letter I received from Thornbury Vale about my daughter. I want to make a subject access request for all the records the school holds about Mia's behaviour and her SEN support, including CCTV from 13 November. I also want to complain that the letter was copied to her old primary school, which has nothing to do with it.

Joanne Fairbrother"""
    root = Multi("mixed", [text(note, charset="utf-8"),
                           Leaf("message/rfc822", inner, cte="7bit", disposition="attachment", filename="Letter regarding Mia.eml")],
                 "000000000000f1e9a50626a7b3c2")
    frm = ("Joanne Fairbrother", "jo.fairbrother@example.net")
    to = [MG]
    d = message(frm, to, "Subject access request and complaint - Mia Fairbrother", date(2024, 11, 20, 22, 14), mid("pd-r57", style="gmail"), root)
    emit(57, "negative", "inbound-parent-sar", "rfc822-forward",
         "inbound: a parent attaches the school's suspension letter (child DOB, UPN, SEN) to a SAR sent to the DPO (auth_user null)",
         frm, to, auth=False, data=d)


def r58():
    doc = docx(["# Brookhouse Primary Academy - Local Governing Board",
                "Minutes of the meeting held on Tuesday 4 February 2025 at 6pm (Part A - non-confidential)",
                "Present: Chair, Headteacher, 2 parent governors, 2 staff governors, 1 co-opted governor. In attendance: Governance Professional.",
                "1. Apologies were received and accepted from the LA governor.",
                "2. Declarations of interest: none.",
                "3. Headteacher's report: attendance 94.6% against a target of 95%. Reading results in the autumn assessments were strong in Years 2 and 6.",
                "4. Safeguarding: the link governor reported on her visit; the SCR had been checked and was compliant. No individual cases were discussed.",
                "5. Staffing matters were considered in Part B; a confidential minute is held separately by the Governance Professional.",
                "6. Date of next meeting: Tuesday 25 March 2025."], title="LGB minutes Part A")
    body = """Dear Governors,

Please find attached the draft Part A minutes from the Brookhouse LGB meeting on 4 February, for approval at the next meeting. Part B minutes are not circulated by email.

Kind regards,

Ruth Ashworth
Governance Professional"""
    root = Multi("mixed", [text(body, charset="us-ascii"),
                           attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "Brookhouse LGB minutes 04-02-25 Part A DRAFT.docx")],
                 "_034_minutes_")
    frm = RA
    to = [("Brookhouse Governors", "governors.brookhouse@school.example")]
    cc = [("Derek Spofforth", "derek.spofforth@example.net")]
    d = message(frm, to, "Draft minutes - Brookhouse LGB 4 February", date(2025, 2, 11, 14, 2), mid("pd-r58"), root, cc=cc)
    emit(58, "negative", "lgb-minutes-part-a", "attachment-docx",
         "clerk sends governors (one at an outside address) draft Part A minutes with no personal data; Part B held separately",
         frm, to, cc=cc, data=d)


def r59():
    txt = """Vacancy: Payroll and HR Administrator

Elmstead Valley Academy Trust - Central Office, Elmstead
Grade: Scale 5, points 9-12 (£26,409 - £27,711 pro rata), 37 hours per week, all year round
Permanent, to start as soon as possible

We are looking for an organised and discreet administrator to join our busy HR and Payroll team supporting four academies and around 420 staff. You will process contract changes, prepare the monthly payroll return for our bureau and help with recruitment checks.

You will need experience of payroll or HR administration, excellent attention to detail and an understanding of confidentiality and data protection.

Closing date: 9am Monday 17 March 2025
Interviews: week beginning 24 March 2025

For an informal conversation call Helen Marsden on 01632 960411. Apply online through the Trust's careers page.

The Trust is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment. The post is subject to an enhanced DBS check and online searches."""
    html = to_html(txt)
    root = Leaf("text/html", html, charset="utf-8", cte="quoted-printable")
    frm = HM
    to = [("SchoolJobs Hub Vacancies", "vacancies@schooljobs-hub.example")]
    d = message(frm, to, "Advert for publication - Payroll and HR Administrator", date(2025, 2, 24, 9, 22), mid("pd-r59", style="outlook"), root)
    emit(59, "negative", "job-advert", "html-only",
         "HR manager sends a jobs board a vacancy advert with salary scale, dates and the office phone number",
         frm, to, data=d)


def r60():
    rng = random.Random(260)
    lines = []
    total = 0.0
    for i in range(4):
        inv = "FPC-%06d" % rng.randint(100000, 999999)
        amt = round(rng.uniform(1800, 9200), 2)
        total += amt
        lines.append("%-12s %-12s %12s" % (inv, "%02d/%02d/2025" % (rng.randint(1, 28), rng.randint(1, 2)), "{:,.2f}".format(amt)))
    txt = """Dear Fresh Plate Accounts,

REMITTANCE ADVICE

Payment run: 27 February 2025
Payment method: BACS, to your account ending 4471 as held on our supplier record
Our supplier ref: SUP-00318

Invoice      Invoice date       Amount (GBP)
""" + "\n".join(lines) + """
                          ------------
Total                     %12s

Funds should reach your account within 3 working days.

Kind regards,

Beverley Nash
Finance Assistant
Elmstead Valley Academy Trust""" % "{:,.2f}".format(total)
    html = to_html(txt).replace('<p class="MsoNormal">Invoice', '<p class="MsoNormal" style="font-family:Consolas,monospace">Invoice')
    root = Multi("alternative", [text(txt, charset="utf-8"), Leaf("text/html", html, charset="utf-8", cte="quoted-printable")],
                 "_000_LO4P123MB0007remit_")
    frm = BN
    to = [("Fresh Plate Catering Accounts", "accounts@freshplate-catering.example")]
    d = message(frm, to, "Remittance advice - EVAT - 27/02/2025", date(2025, 2, 27, 16, 40), mid("pd-r60", style="outlook"), root)
    emit(60, "negative", "bacs-remittance", "multipart-alternative",
         "finance assistant sends a supplier a BACS remittance with invoice numbers, amounts and only the last four digits of their account",
         frm, to, data=d)


ALL = [q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15,
       q16, q17, q18, q19, q20, q21, q22, q23, q24, q25, q26, q27, q28, q29, q30,
       r31, r32, r33, r34, r35, r36, r37, r38, r39, r40, r41, r42, r43, r44, r45,
       r46, r47, r48, r49, r50, r51, r52, r53, r54, r55, r56, r57, r58, r59, r60]

if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    for f in ALL:
        f()
    write_manifest()
    print("wrote", len(MANIFEST), "messages")
