#!/usr/bin/env python3
# Generator for one policy of the aup-milter tuning corpus (see tests/corpus/FORMAT.md).
# python3 standard library only.  Deterministic: re-running rewrites identical files.
import base64, datetime, hashlib, html, json, os, random, re, struct, sys, textwrap, unicodedata, zipfile, zlib, io
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = b"\r\n"

# ---------------------------------------------------------------- people / envelopes
STAFF = [
    ("Sarah Patel", "s.patel"), ("Gareth Jones", "g.jones"), ("Helen O'Connor", "h.oconnor"),
    ("Michael Adeyemi", "m.adeyemi"), ("Rebecca Lawson", "r.lawson"), ("Tom Fairweather", "t.fairweather"),
    ("Anita Kowalczyk", "a.kowalczyk"), ("David Hughes", "d.hughes"), ("Fiona McLeod", "f.mcleod"),
    ("Imran Siddiqui", "i.siddiqui"), ("Claire Whitfield", "c.whitfield"), ("Joanne Baxter", "j.baxter"),
    ("Paul Nkemelu", "p.nkemelu"), ("Lucy Thornton", "l.thornton"), ("Rhys Evans", "r.evans"),
    ("Karen Doyle", "k.doyle"), ("Simon Greaves", "s.greaves"), ("Emma Chadwick", "e.chadwick"),
]
STAFF_ROLES = [("School Office", "office"), ("IT Services", "itsupport"), ("Exams Office", "exams"),
               ("Finance", "finance"), ("Headteacher", "head"), ("Chaplaincy", "chaplain"),
               ("Data Manager", "data"), ("Safeguarding Team", "dsl")]
PUPILS = [
    ("Jayden Clarke", "jclarke23"), ("Amelia Rose Hart", "ahart24"), ("Kacper Nowak", "knowak22"),
    ("Freya Douglas", "fdouglas25"), ("Mohammed Rahman", "mrahman23"), ("Ellie-Mae Turner", "eturner26"),
    ("Oscar Bennett", "obennett24"), ("Aisha Begum", "abegum22"), ("Liam Gallagher", "lgallagher25"),
    ("Poppy Singh", "psingh23"), ("Noah Williams", "nwilliams26"), ("Mia Kovacs", "mkovacs24"),
    ("Tyler Mensah", "tmensah25"), ("Grace Okafor", "gokafor23"), ("Harry Lowe", "hlowe22"),
]
EXTERNAL = [
    ("Dawn Fletcher", "dawn.fletcher@example.org"), ("Mark Robson", "mrobson@example.com"),
    ("Priya Shah", "priya.shah@example.net"), ("Bev Armitage", "bev.armitage64@mailbox.example"),
    ("Chris Doherty", "c.doherty@example.org"), ("Sandra Lee", "sandra.lee@homemail.example"),
    ("Jo Whitaker", "jo.whitaker@example.com"), ("Nadia Hussain", "nhussain@example.net"),
    ("Kev Marsh", "kev.marsh@gmail.example"), ("Tracey Dunn", "traceydunn@example.org"),
    ("Ola Adebayo", "ola.adebayo@example.com"), ("Gemma Price", "gemma.p@outlook.example"),
    ("Alan Booth", "alan.booth@example.net"), ("Yvonne Castle", "ycastle@example.org"),
]
STAFF_DOM = "school.example"
PUPIL_DOM = "students.school.example"


def staff(i):
    n, l = STAFF[i % len(STAFF)]
    return (n, "%s@%s" % (l, STAFF_DOM))


def role(i):
    n, l = STAFF_ROLES[i % len(STAFF_ROLES)]
    return (n, "%s@%s" % (l, STAFF_DOM))


def pupil(i):
    n, l = PUPILS[i % len(PUPILS)]
    return (n, "%s@%s" % (l, PUPIL_DOM))


def external(i):
    return EXTERNAL[i % len(EXTERNAL)]


def is_internal(addr):
    d = addr.rsplit("@", 1)[1].lower()
    return d in (STAFF_DOM, PUPIL_DOM)


# ---------------------------------------------------------------- text helpers
ASCII_MAP = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
             "\u2026": "...", "\u00a3": "GBP ", "\u20ac": "EUR ", "\u00a0": " ", "\u2022": "*", "\u2192": "->",
             "\u00d7": "x", "\u00bd": "1/2"}


def asciify(s):
    out = []
    for ch in s:
        if ch in ASCII_MAP:
            out.append(ASCII_MAP[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            d = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(d)
    return "".join(out)


def to_charset(s, cs):
    """Make text encodable in cs (latin-1 keeps accents/pound, loses smart quotes and emoji)."""
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in ASCII_MAP:
                out.append(ASCII_MAP[ch])
            else:
                d = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
                out.append(d)
    return "".join(out)


def smarten(s):
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    s = re.sub(r"'(\w)", "\u2018\\1", s)
    s = s.replace("'", "\u2019")
    s = re.sub(r'"(?=\w)', "\u201c", s)
    s = s.replace('"', "\u201d")
    s = s.replace(" - ", " \u2013 ").replace("...", "\u2026")
    return s


def esc(s):
    return html.escape(s, quote=False)


def html_entities(s):
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in s)


def wrap_para(p, width):
    return textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False)


def pick_wrap_width(paras, key, lo=66, hi=78):
    """Choose a width in [lo,hi] so that the key phrase is split across two lines if possible."""
    if key:
        for w in list(range(lo, hi + 1)):
            txt = "\n".join(wrap_para(p, w) for p in paras)
            if key not in txt and re.sub(r"\s+", " ", txt).find(key) >= 0:
                return w
    return 72


# ---------------------------------------------------------------- transfer encodings
def qp_encode(data, split=()):
    """Quoted-printable (RFC 2045) with soft breaks at 76 columns; breaks fall mid-word.
    Each byte string in `split` additionally gets a soft break forced into its middle."""
    out = []
    for raw in data.split(b"\n"):
        raw = raw.rstrip(b"\r")
        forced = set()
        for tok in split:
            p = raw.find(tok)
            if p >= 0 and len(tok) > 3:
                forced.add(p + len(tok) // 2)
        toks = []
        for i, b in enumerate(raw):
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and i != len(raw) - 1):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        line = ""
        for i, t in enumerate(toks):
            if len(line) + len(t) > 75 or (i in forced and line):
                out.append(line + "=")
                line = ""
            line += t
        out.append(line)
    return ("\r\n".join(out) + "\r\n").encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode()
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode("ascii")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------- MIME tree
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # encoded bytes (leaf)
        self.children = children or []  # for multipart
        self.boundary = boundary

    def serialize(self):
        h = b"".join(("%s: %s" % (k, v)).encode("ascii") + CRLF for k, v in self.headers)
        if not self.children:
            return h + CRLF + self.body
        out = [h, CRLF, b"This is a multi-part message in MIME format.\r\n"]
        for c in self.children:
            out += [CRLF, b"--", self.boundary.encode(), CRLF, c.serialize()]
        out += [CRLF, b"--", self.boundary.encode(), b"--", CRLF]
        return b"".join(out)


class Ctx:
    """Per-message state: deterministic RNG and boundary counter."""
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self.nb = 0

    def boundary(self):
        self.nb += 1
        return "----=_Part_%s_%d" % (hashlib.sha1(self.seed.encode()).hexdigest()[:12], self.nb)


def text_leaf(text, subtype="plain", charset="us-ascii", cte="7bit", flowed=False, filename=None, disp=None, split=()):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if charset == "us-ascii" else charset)
    if flowed:
        ct += "; format=flowed"
    if filename:
        ct += '; name="%s"' % filename
    raw = crlf(text).encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")  # assert
        for ln in raw.split(b"\r\n"):
            assert len(ln) <= 998
        body = raw
    elif cte == "quoted-printable":
        body = qp_encode(text.encode(charset), [x.encode(charset) for x in split])
    elif cte == "base64":
        body = b64_encode(raw)
    else:
        raise ValueError(cte)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disp or filename:
        hdrs.append(("Content-Disposition", '%s; filename="%s"' % (disp or "attachment", filename)))
    return Part(hdrs, body)


def bin_leaf(data, ctype, filename, disp="attachment"):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename))], b64_encode(data))


def multipart(ctx, subtype, children, extra=""):
    b = ctx.boundary()
    return Part([("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, extra, b))],
                children=children, boundary=b)


def fmt_addr(pair):
    name, addr = pair
    if name is None:
        return addr
    return formataddr((name, addr), charset="utf-8")


def fold_addrs(pairs):
    return ",\r\n ".join(fmt_addr(p) for p in pairs)


def enc_subject(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(linesep="\r\n")


def message_bytes(ctx, frm, to, subject, date, root, cc=None, extra_headers=None, msgid=None):
    dom = frm[1].rsplit("@", 1)[1]
    mid = msgid or "<%s@%s>" % (hashlib.sha1(("mid" + ctx.seed).encode()).hexdigest()[:20], dom)
    hdrs = [("From", fmt_addr(frm))]
    hdrs.append(("To", fold_addrs(to) if to else "undisclosed-recipients:;"))
    if cc:
        hdrs.append(("Cc", fold_addrs(cc)))
    hdrs += [("Subject", enc_subject(subject)), ("Date", format_datetime(date)), ("Message-ID", mid)]
    hdrs += extra_headers or []
    hdrs.append(("MIME-Version", "1.0"))
    top = Part(hdrs + root.headers, root.body, root.children, root.boundary)
    return top.serialize()


def make_date(rng, start=datetime.datetime(2025, 9, 2), days=300):
    d = start + datetime.timedelta(days=rng.randrange(days), hours=rng.randrange(7, 21), minutes=rng.randrange(60),
                                   seconds=rng.randrange(60))
    bst = (d.month > 3 and d.month < 10) or (d.month == 3 and d.day >= 29) or (d.month == 10 and d.day < 26)
    tz = datetime.timezone(datetime.timedelta(hours=1 if bst else 0))
    return d.replace(tzinfo=tz)


# ---------------------------------------------------------------- containers
FIXED_TS = (2025, 9, 1, 8, 0, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _crc_upd(crc, b):
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def zipcrypto_zip(files, password, rng):
    """A genuinely password-protected ZIP (traditional PKWARE encryption, general-purpose flag bit 0)."""
    out = bytearray()
    central = bytearray()
    dt = FIXED_TS
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    for name, data in files:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(c):
            k[0] = _crc_upd(k[0], c)
            k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xFF)

        for c in password.encode():
            upd(c)
        plain = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF]) + comp
        enc = bytearray()
        for p in plain:
            t = (k[2] | 2) & 0xFFFF
            enc.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            upd(p)
        fn = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0001, 8, dostime, dosdate, crc, len(enc), len(data),
                           len(fn), 0) + fn + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x0001, 8, dostime, dosdate, crc, len(enc),
                               len(data), len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


def docx_bytes(blocks, rng, title="Document"):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for b in blocks:
        if b[0] in ("p", "pre"):
            lines = [b[1]] if b[0] == "p" else b[1].split("\n")
            for text in lines:
                words = text.split(" ")
                cuts = sorted(set(rng.randrange(1, len(words)) for _ in range(rng.randrange(0, 3)))) if len(words) > 3 else []
                chunks, last = [], 0
                for c in cuts + [len(words)]:
                    seg = " ".join(words[last:c])
                    if c != len(words):
                        seg += " "
                    chunks.append(seg)
                    last = c
                runs = "".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(s) for s in chunks if s)
                body.append("<w:p>%s</w:p>" % runs)
        elif b[0] == "table":
            rows = [b[1]] + b[2]
            ncol = len(b[1])
            grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol))
            trs = []
            for r in rows:
                tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                              % (9000 // ncol, esc(str(c))) for c in r)
                trs.append("<w:tr>%s</w:tr>" % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        '<w:tblGrid>%s</w:tblGrid>%s</w:tbl><w:p/>' % (grid, "".join(trs)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>aup corpus</dc:creator>'
            '</cp:coreProperties>' % esc(title))
    return zip_bytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("docProps/core.xml", core),
                      ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Sheet1"):
    M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    strings, sidx = [], {}
    xrows = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri + 1)
            v = str(v)
            if v == "":
                continue
            if re.fullmatch(r"[1-9][0-9]{0,14}", v):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                if v not in sidx:
                    sidx[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sidx[v]))
        xrows.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>%s'
                '</sheetData></worksheet>' % (M, "".join(xrows)))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
           % (M, len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % esc(s) for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s"><sheets>'
          '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (M, R, esc(sheet)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>' % (R, R))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % R)
    return zip_bytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheetxml),
                      ("xl/sharedStrings.xml", sst)])


def smime_enveloped(rng, n=900):
    payload = bytes(rng.randrange(256) for _ in range(n))
    inner = b"\x02\x01\x00" + payload
    inner = b"\x30\x82" + struct.pack(">H", len(inner)) + inner
    content = bytes.fromhex("06092A864886F70D010703") + b"\xa0\x82" + struct.pack(">H", len(inner)) + inner
    return b"\x30\x82" + struct.pack(">H", len(content)) + content


def pgp_armor(rng, n=700):
    data = bytes([0x85, 0x01, 0x0C, 0x03]) + bytes(rng.randrange(256) for _ in range(n))
    s = base64.b64encode(data).decode()
    crc = base64.b64encode(bytes(rng.randrange(256) for _ in range(3))).decode()
    return ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(s[i:i + 64] for i in range(0, len(s), 64)) +
            "\n=" + crc + "\n-----END PGP MESSAGE-----\n")


# ---------------------------------------------------------------- rendering of a document into a MIME shape
CORE_SHAPES = ["plain", "wrapped", "flowed", "qp", "base64", "html", "alternative", "txt-attachment", "rfc822",
               "inline-forward", "utf8", "latin1", "cp1252", "docx", "xlsx", "zip"]


def table_text(hdr, rows, style):
    if style == "csv":
        return "\n".join(",".join(csv_cell(c) for c in r) for r in [hdr] + rows)
    if style == "tab":
        return "\n".join("\t".join(str(c) for c in r) for r in [hdr] + rows)
    if style == "pipe":
        return "\n".join("| " + " | ".join(str(c) for c in r) + " |" for r in [hdr] + rows)
    if style == "list":
        return "\n".join(" - " + ", ".join("%s: %s" % (h, c) if i else str(c) for i, (h, c) in enumerate(zip(hdr, r)))
                         for r in rows)
    widths = [max(len(str(r[i])) for r in [hdr] + rows) for i in range(len(hdr))]
    return "\n".join("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in [hdr] + rows)


def csv_cell(c):
    c = str(c)
    return '"%s"' % c.replace('"', '""') if ("," in c or '"' in c) else c


def blocks_plain(blocks, tstyle="aligned", width=None, flowed=False, long_tables=False):
    out = []
    for b in blocks:
        if b[0] == "p":
            if width and flowed:
                lines = textwrap.wrap(b[1], width=width, break_long_words=False, break_on_hyphens=False)
                fl = [l + " " for l in lines[:-1]] + lines[-1:]
                fl = [(" " + l) if (l.startswith(" ") or l.startswith(">") or l.startswith("From ")) else l for l in fl]
                out.append("\n".join(fl))
            elif width:
                out.append(wrap_para(b[1], width))
            else:
                out.append(b[1])
        elif b[0] == "pre":
            t = b[1]
            if flowed:
                t = "\n".join(((" " + l) if (l.startswith(" ") or l.startswith("From ")) else l).rstrip()
                              for l in t.split("\n"))
            out.append(t)
        elif b[0] == "table":
            t = table_text(b[1], b[2], tstyle)
            if flowed:
                t = "\n".join(((" " + l) if l.startswith(" ") else l).rstrip() for l in t.split("\n"))
            out.append(t)
    return "\n\n".join(out)


def blocks_html(blocks, rng, title=""):
    parts = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>%s</title></head>' % esc(title),
             '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for b in blocks:
        if b[0] == "p":
            words = b[1].split(" ")
            # split phrases with inline markup and entities, as mail clients do
            if len(words) > 6 and rng.random() < 0.7:
                i = rng.randrange(1, len(words) - 2)
                j = min(len(words), i + rng.randrange(2, 4))
                txt = (esc(" ".join(words[:i])) + ' <span style="color:#1f3864">' + esc(" ".join(words[i:j])) +
                       "</span> " + esc(" ".join(words[j:])))
            else:
                txt = esc(b[1])
            txt = txt.replace("  ", " &nbsp;")
            txt = html_entities(txt)
            parts.append("<p>" + "\n".join(textwrap.wrap(txt, 76, break_long_words=False, break_on_hyphens=False)) + "</p>")
        elif b[0] == "pre":
            parts.append('<div style="border-left:2px solid #ccc;padding-left:6px">' +
                         "<br>\n".join(html_entities(esc(l)) for l in b[1].split("\n")) + "</div>")
        elif b[0] == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % html_entities(esc(str(c))) for c in b[1]) + "</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join("<td>%s</td>" % html_entities(esc(str(c))) for c in r) + "</tr>")
            parts.append('<table border="1" cellpadding="3" style="border-collapse:collapse">\n' + "\n".join(rows) + "\n</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def blocks_rows(blocks):
    """Rows for a spreadsheet: paragraphs in column A, tables as cells."""
    rows = []
    for b in blocks:
        if b[0] == "p":
            rows.append([b[1]])
        elif b[0] == "pre":
            rows += [[l] for l in b[1].split("\n")]
        elif b[0] == "table":
            if rows:
                rows.append([])
            rows.append(list(b[1]))
            rows += [list(r) for r in b[2]]
    return rows


def only_table(blocks):
    ts = [b for b in blocks if b[0] == "table"]
    return ts[0] if ts else None


def quote_lines(text, width=72, prefix="> "):
    out = []
    for para in text.split("\n\n"):
        for line in para.split("\n"):
            if line.startswith(">") or len(line) <= width - len(prefix) or "\t" in line or "|" in line:
                out.append((prefix.rstrip() if line.startswith(">") else prefix) + line if line else prefix.rstrip())
            else:
                for l in textwrap.wrap(line, width - len(prefix), break_long_words=False, break_on_hyphens=False):
                    out.append(prefix + l)
        out.append(prefix.rstrip())
    return "\n".join(out[:-1])


def render(shape, doc, ctx, env_from, env_to, date):
    """Return the root Part for a document in the given MIME shape.

    doc keys: blocks, subject, cover, attname, key, tstyle, fwd_from, fwd_note, alt_only, sign
    """
    rng = ctx.rng
    blocks = doc["blocks"]
    tstyle = doc.get("tstyle", "aligned")
    sign = doc.get("sign", "")
    cover = doc.get("cover", "Please see attached.")
    if sign:
        cover_full = cover + "\n\n" + sign
    else:
        cover_full = cover
    sig_block = [("pre", sign)] if sign else []
    allb = blocks + sig_block
    att = doc.get("attname", "message")

    def plain_ascii(bl, **kw):
        bl = [(b[0], re.sub(r"  +", " ", asciify(b[1])).strip()) if b[0] == "p" else
              ((b[0], asciify(b[1])) if b[0] == "pre" else b) for b in bl]
        return asciify(blocks_plain(bl, tstyle, **kw))

    if shape == "plain":
        return text_leaf(plain_ascii(allb))
    if shape == "wrapped":
        w = pick_wrap_width([b[1] for b in blocks if b[0] == "p"], doc.get("key"))
        return text_leaf(plain_ascii(allb, width=w))
    if shape == "flowed":
        return text_leaf(plain_ascii(allb, width=rng.choice([66, 68, 70, 72]), flowed=True), flowed=True)
    if shape == "qp":
        txt = blocks_plain(allb, tstyle)
        split = ([doc["key"]] if doc.get("key") else []) + \
            re.findall(r"\b[A-Z]?[0-9][0-9 -]{7,}[0-9A-Z]\b", blocks_plain(blocks, tstyle))[:2]
        return text_leaf(txt, charset="utf-8", cte="quoted-printable", split=split)
    if shape == "base64":
        return text_leaf(blocks_plain(allb, tstyle), charset="utf-8", cte="base64")
    if shape == "html":
        return text_leaf(blocks_html(allb, rng, doc["subject"]), subtype="html", charset="utf-8", cte="7bit")
    if shape == "alternative":
        only = doc.get("alt_only")
        filler = [("p", doc.get("alt_filler", "This message is best viewed in a mail client that can display HTML."))]
        ptxt = blocks_plain((filler if only == "html" else blocks) + sig_block, tstyle)
        htxt = blocks_html((filler if only == "plain" else blocks) + sig_block, rng, doc["subject"])
        p1 = text_leaf(ptxt, charset="utf-8", cte="quoted-printable")
        p2 = text_leaf(htxt, subtype="html", charset="utf-8", cte=rng.choice(["quoted-printable", "base64"]))
        return multipart(ctx, "alternative", [p1, p2])
    if shape == "txt-attachment":
        body = blocks_plain(blocks, tstyle if tstyle != "aligned" else "tab")
        cte = rng.choice(["base64", "quoted-printable", "7bit"])
        if cte == "7bit":
            body = asciify(body)
        a = text_leaf(body, charset="utf-8" if cte != "7bit" else "us-ascii", cte=cte, filename=att + ".txt")
        return multipart(ctx, "mixed", [text_leaf(asciify(cover_full)), a])
    if shape == "csv":
        t = only_table(blocks)
        body = table_text(t[1], t[2], "csv")
        a = Part([("Content-Type", 'text/csv; charset=utf-8; name="%s.csv"' % att),
                  ("Content-Transfer-Encoding", rng.choice(["base64", "quoted-printable"])),
                  ("Content-Disposition", 'attachment; filename="%s.csv"' % att)], b"")
        raw = crlf(body + "\n").encode("utf-8")
        a.body = b64_encode(raw) if a.headers[1][1] == "base64" else qp_encode(body.encode("utf-8") + b"\n")
        return multipart(ctx, "mixed", [text_leaf(asciify(cover_full)), a])
    if shape == "rfc822":
        ifrom = doc.get("fwd_from") or external(rng.randrange(99))
        ito = doc.get("fwd_to") or [env_from]
        ictx = Ctx(ctx.seed + "-inner")
        idate = date - datetime.timedelta(days=rng.randrange(1, 20), hours=rng.randrange(12))
        iroot = text_leaf(blocks_plain(blocks, tstyle), charset="utf-8", cte=rng.choice(["quoted-printable", "base64"]))
        inner = message_bytes(ictx, ifrom, ito, doc.get("inner_subject", doc["subject"]), idate, iroot)
        mp = Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "7bit"),
                   ("Content-Disposition", 'attachment; filename="%s.eml"' % att)], inner)
        return multipart(ctx, "mixed", [text_leaf(asciify(cover_full)), mp])
    if shape == "inline-forward":
        ifrom = doc.get("fwd_from") or external(rng.randrange(99))
        idate = date - datetime.timedelta(days=rng.randrange(1, 20), hours=rng.randrange(12))
        inner_txt = blocks_plain(blocks, tstyle)
        note = doc.get("fwd_note", "See below.")
        if rng.random() < 0.5:
            head = "On %s, %s wrote:" % (idate.strftime("%a, %d %b %Y at %H:%M"), fmt_addr(ifrom))
        else:
            head = ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n"
                    % (fmt_addr(ifrom), idate.strftime("%d %B %Y %H:%M"), fmt_addr(env_from),
                       doc.get("inner_subject", doc["subject"])))
        txt = note + ("\n\n" + sign if sign else "") + "\n\n" + head + "\n" + quote_lines(inner_txt)
        return text_leaf(asciify(txt))
    if shape == "utf8":
        bl = [(b[0], smarten(b[1])) if b[0] == "p" else b for b in allb]
        txt = blocks_plain(bl, tstyle)
        if not re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", txt):
            txt += "\n\n" + doc.get("emoji", "\U0001F642")
        return text_leaf(txt, charset="utf-8", cte="8bit")
    if shape == "latin1":
        txt = to_charset(blocks_plain(allb, tstyle), "iso-8859-1")
        if all(ord(c) < 128 for c in txt):
            txt += "\n\nSent from my tablet \u00b7 Mail"
        return text_leaf(txt, charset="iso-8859-1", cte="8bit")
    if shape == "cp1252":
        bl = [(b[0], smarten(b[1])) if b[0] == "p" else b for b in allb]
        txt = to_charset(blocks_plain(bl, tstyle), "windows-1252")
        if all(ord(c) < 128 for c in txt):
            txt = re.sub(r"\.(\s)", "\u2026\\1", txt, count=1)
        return text_leaf(txt, charset="windows-1252", cte="quoted-printable")
    if shape == "docx":
        data = docx_bytes(blocks, rng, doc["subject"])
        return multipart(ctx, "mixed", [text_leaf(asciify(cover_full)), bin_leaf(
            data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", att + ".docx")])
    if shape == "xlsx":
        data = xlsx_bytes(blocks_rows(blocks))
        return multipart(ctx, "mixed", [text_leaf(asciify(cover_full)), bin_leaf(
            data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", att + ".xlsx")])
    if shape == "zip":
        t = only_table(blocks)
        if t and doc.get("zip_csv", True):
            files = [(att + ".csv", table_text(t[1], t[2], "csv") + "\n")]
            paras = [b for b in blocks if b[0] != "table"]
            if paras and doc.get("zip_readme", False):
                files.append(("readme.txt", blocks_plain(paras)))
        else:
            files = [(att + ".txt", crlf(blocks_plain(blocks, tstyle)))]
        data = zip_bytes([(n, d.encode("utf-8")) for n, d in files])
        return multipart(ctx, "mixed", [text_leaf(asciify(cover_full)), bin_leaf(data, "application/zip", att + ".zip")])
    if shape == "zip-encrypted":
        t = only_table(blocks)
        files = [(att + ".csv", table_text(t[1], t[2], "csv") + "\n")] if t else [(att + ".txt", blocks_plain(blocks))]
        data = zipcrypto_zip([(n, d.encode("utf-8")) for n, d in files], doc.get("password", "Kestrel-4471"), rng)
        body_txt = doc.get("body_text", cover_full)
        return multipart(ctx, "mixed", [text_leaf(asciify(body_txt)), bin_leaf(data, "application/zip", att + ".zip")])
    if shape == "smime":
        data = smime_enveloped(rng, rng.randrange(700, 1600))
        return Part([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                     ("Content-Transfer-Encoding", "base64"),
                     ("Content-Disposition", 'attachment; filename="smime.p7m"'),
                     ("Content-Description", "S/MIME Encrypted Message")], b64_encode(data))
    if shape == "pgp-mime":
        v = Part([("Content-Type", "application/pgp-encrypted"), ("Content-Description", "PGP/MIME version identification")],
                 b"Version: 1\r\n")
        e = Part([("Content-Type", 'application/octet-stream; name="encrypted.asc"'),
                  ("Content-Description", "OpenPGP encrypted message"),
                  ("Content-Disposition", 'inline; filename="encrypted.asc"')],
                 crlf(pgp_armor(rng, rng.randrange(500, 1400))).encode())
        return multipart(ctx, "encrypted", [v, e], extra=' protocol="application/pgp-encrypted";')
    raise ValueError(shape)


# ---------------------------------------------------------------- corpus writer
def assign_shapes(items, shapes, offset=0):
    """Forced shapes stay; the rest are dealt round-robin over `shapes` so each shape gets a fair share."""
    counts = {s: 0 for s in shapes}
    for it in items:
        if it.get("shape"):
            counts[it["shape"]] = counts.get(it["shape"], 0) + 1
    i = offset
    for it in items:
        if not it.get("shape"):
            # least-used shape not excluded for this item, ties broken by rotation
            cands = [s for s in shapes if s not in it.get("not_shapes", ())]
            low = min(counts[s] for s in cands)
            opts = [s for s in cands if counts[s] == low]
            it["shape"] = opts[i % len(opts)]
            counts[it["shape"]] += 1
            i += 7
    return items


def envelope(kind, i, rng, n_rcpt=1):
    """Return (from_pair, to_pairs, auth_user)."""
    if kind == "out":        # staff to outside
        f = staff(i)
        return f, [external(i * 3 + k) for k in range(n_rcpt)], f[1]
    if kind == "out-role":
        f = role(i)
        return f, [external(i * 5 + k) for k in range(n_rcpt)], f[1]
    if kind == "int":        # staff to staff
        f = staff(i)
        return f, [staff(i + 1 + k) for k in range(n_rcpt)], f[1]
    if kind == "role-int":   # role mailbox to staff
        f = role(i)
        return f, [staff(i + 2 + k) for k in range(n_rcpt)], f[1]
    if kind == "staff-pupils":
        f = staff(i)
        return f, [pupil(i + k) for k in range(n_rcpt)], f[1]
    if kind == "pupil":      # pupil to pupils
        f = pupil(i)
        return f, [pupil(i + 1 + k) for k in range(n_rcpt)], f[1]
    if kind == "pupil-staff":
        f = pupil(i)
        return f, [staff(i + k) for k in range(n_rcpt)], f[1]
    if kind == "pupil-out":
        f = pupil(i)
        return f, [external(i + 2 + k) for k in range(n_rcpt)], f[1]
    if kind == "in":         # outside to staff
        f = external(i)
        return f, [staff(i + 4 + k) for k in range(n_rcpt)], None
    if kind == "in-pupil":
        f = external(i)
        return f, [pupil(i + 3 + k) for k in range(n_rcpt)], None
    raise ValueError(kind)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def write_corpus(policy, items):
    for lab in ("positive", "negative"):
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    manifest = []
    n = {"positive": 0, "negative": 0}
    for it in items:
        lab = it["label"]
        n[lab] += 1
        fname = "%s/%03d-%s-%s.eml" % (lab, n[lab], it["family"], it["shape"])
        ctx = Ctx("%s/%s" % (policy, fname))
        rng = ctx.rng
        if "env_pairs" in it:
            frm, to, auth = it["env_pairs"]
        else:
            frm, to, auth = envelope(it["env"], it.get("env_i", n[lab] * 3 + (0 if lab == "positive" else 1)), rng,
                                     it.get("n_rcpt", 1))
        date = make_date(rng)
        root = render(it["shape"], it, ctx, frm, to, date)
        hdr_to = [] if it.get("bcc") else to
        raw = message_bytes(ctx, frm, hdr_to, it["subject"], date, root, extra_headers=it.get("extra_headers"))
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        manifest.append({"file": fname, "label": lab, "mail_from": frm[1], "rcpt": [t[1] for t in to],
                         "auth_user": auth, "shape": it["shape"], "family": it["family"], "note": it["note"]})
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    return manifest

# ================================================================ chain-letter policy content
POLICY = "chain-letter"


def B(body):
    """Body text -> blocks. Paragraphs are separated by blank lines; a paragraph containing line breaks
    (lists, quoted forwards, verse) is kept verbatim."""
    out = []
    for para in body.strip("\n").split("\n\n"):
        out.append(("pre", para) if "\n" in para else ("p", para))
    return out


POS_COVERS = ["Have a look at the attached.", "This came to me this morning, it's in the attachment.",
              "see attached x", "Read the attachment when you get a sec.", "Attached - from my sister.",
              "here u go", "File attached.", "Sending this one on - attachment below."]
NEG_COVERS = ["Please find attached.", "Attached for your information.", "See the attachment.",
              "The document is attached.", "Attached as requested.", "Here it is - attached.",
              "Attachment below, thanks.", "Copy attached."]
POS_FWD = ["Passing this on like it says!", "got this off my cousin", "Read to the end!!!", "FYI",
           "Sorry, had to send it on.", "Thought you should see this.", "this is real apparently",
           "Not taking any chances..."]
NEG_FWD = ["FYI - see below.", "Forwarding for info.", "See the thread below, thanks.",
           "Sharing in case useful.", "Below for reference.", "As discussed - see below.",
           "Passing on from the office.", "Please see the message underneath."]

SIGS = {
    "staff": "Kind regards\n{name}",
    "pupil": "{first}",
    "parent": "Thanks\n{first}",
}

POS = [
# ---------------------------------------------------------------- luck / curse
("luck-curse", "in", 6, "FW: FW: read this or else", """
This letter has been round the world nine times. It began in the Netherlands in 1953 and now it has arrived with you. Good luck will reach you within four days of receiving it - but only if you pass it on.

This is no joke. Send copies to ten people you care about and see what happens in the next 96 hours. Do not keep this letter. A woman in Leeds ignored it and lost her job the following week. A man in Swindon sent it on the same afternoon and won on the Premium Bonds.

Whatever you do, do not break the chain.""", "classic luck chain with count, deadline and anecdotes", "Send copies to ten people"),
("luck-curse", "out", 1, "Fwd: Fwd: Fwd: DONT DELETE!!!", """
DO NOT DELETE THIS. YOU HAVE BEEN CHOSEN.

Within the next 24 hours forward this message to 12 people. If you do, tomorrow will be the best day of your life. If you don't you will have seven years of bad luck.

I didn't believe it either until it happened to my cousin.""", "staff forwarding a caps 'you have been chosen' curse chain to a friend", "forward this message to 12"),
("luck-curse", "in", 3, "the luckiest email you'll get this year", """
\U0001F340 This is the Irish luck charm. It has been going from inbox to inbox since 1998. Whoever gets it must send it on before midnight to at least eight friends.

People who kept it to themselves met with misfortune. One teacher deleted it and her car was written off two days later. Pass it on and luck will find you within the week. \U0001F340""", "shamrock luck charm chain, inbound from a parent", "at least eight friends"),
("luck-curse", "int", 2, "Fw: not sure if this is true", """
Misfortune follows anyone who breaks this chain. That is exactly what happened to a bus driver in Cardiff who laughed at it.

You have three days. Send this on to seven people or something terrible will happen to you and your family. Send it on and your luck will turn around by the weekend.

Sorry to send it at work but I'm not risking it!""", "staff-to-staff curse chain, word order varied", "something terrible will happen"),
("luck-curse", "pupil-out", 4, "make a wish!!", """
Make a wish before you scroll down. Go on, make it now.

Done? Now send this to 15 people in the next hour and your wish will come true by tomorrow. Send it to 5 and it comes true in a year. Send it to nobody and your wish is cancelled and bad things start to happen.""", "wish chain from a pupil to outside friends", "send this to 15 people"),
("luck-curse", "in", 8, "THIS IS A REAL CURSE", """
THIS IS A REAL CURSE!!! a lady in spain got this and didnt pass it along, 3 days later she was in hospital.

You have to forwrd it to ten ppl or u will have bad luk for 10 years. sorry i had to send it, i didnt want to risk it.""", "misspelt curse chain inbound to staff", "forwrd it to ten ppl"),
("luck-curse", "int", 5, "a candle for you", """
This is the lucky candle. Light it by sending it to everyone in your address book.

It started in a monastery in Portugal and the flame has never gone out, because nobody has ever let the chain stop. Those who broke it regretted it; one man lost his house within the month.

Keep it burning: pass it on before the sun sets today and good fortune will follow you all year.""", "lucky candle chain, internal", "everyone in your address book"),

# ---------------------------------------------------------------- prayer / angel
("prayer-angel", "in", 10, "an angel is watching you \U0001F607", """
An angel is watching over you today. Angels are sent to the people who need them most.

Pass this to ten people you love - including me if you like - and within 48 hours a small miracle will happen. Please don't ignore the angel. She knows.""", "angel chain with count and 48-hour deadline", "Pass this to ten people"),
("prayer-angel", "out", 3, "Prayer request - PLEASE don't stop it", """
This prayer has been sent all around the world. Please say it and then forward it to everyone you can in the next hour.

Something wonderful will come to you on the fourth day. Do not break it. It was started by a missionary and it must keep moving. People who stopped it have had nothing but trouble.""", "prayer chain forwarded outside by staff", "forward it to everyone you can"),
("prayer-angel", "pupil", 4, "ur guardian angel", """
Your guardian angel has chosen you!!! If you send this to 9 people in the next 9 minutes your angel will grant you a blessing.

If you do not your angel will walk away from you for a whole year. Dont risk it.""", "guardian angel chain between pupils", "send this to 9 people"),
("prayer-angel", "in", 5, "God is good - share", """
If you love God you will send this on. If you are ashamed of Him, just delete it.

90% of people will not forward this. Send it to 12 people and you will be blessed beyond measure. Do not let the devil stop you pressing forward.""", "religious guilt chain with 90% rhetoric", "Send it to 12 people"),
("prayer-angel", "int", 7, "Novena - never known to fail", """
Say this novena nine times a day for nine days and your request will be granted before the ninth day, however impossible it seems. It has never been known to fail.

You must then send it on to nine others. Do not leave it sitting in your inbox. Thank you, St Jude.""", "novena chain requiring nine copies, internal", "send it on to nine others"),
("prayer-angel", "in-pupil", 11, "blessing day \U0001F64F", """
\U0001F64F\U0001F64F Today is blessing day. Bless 7 people by sending this on to them. If you get 3 back expect a blessing tonight. Whatever you do don't break it! \U0001F64F""", "short blessing chain inbound to a pupil from a relative", "sending this on to them"),
("prayer-angel", "out", 9, "Fwd: your angel of the month", """
Find your birth month below and read what your angel says to you.

January - the angel of peace. February - the angel of hope. March - the angel of courage. (and so on for every month)

Now share this with 11 people within 11 minutes. Your angel will reward you tonight. If you keep it to yourself the angel cannot reach you.""", "angel-of-the-month chain", "share this with 11 people"),

# ---------------------------------------------------------------- friendship
("friendship", "pupil", 1, "if u get this ur a true friend", """
A friend is someone who knows the song in your heart and sings it back when you forget the words.

Send this to every friend you have, even me. If it comes back to you, you are truly loved.
0 back - you need to be nicer
3 back - you're popular
5 or more - best friend EVER""", "pupil friendship chain with scoring", "Send this to every friend"),
("friendship", "in", 2, "friends are like stars", """
Friends are like stars: you don't always see them but you know they're always there.

Pass this on to 8 friends within 24 hours and your friendship will last forever. Break the chain and you will lose a friend before the year is out.""", "stars friendship chain with loss threat", "Pass this on to 8 friends"),
("friendship", "out", 4, "to all the wonderful women I know", """
This is a chain for women friends. Send it on to every wonderful woman you know, and to me too.

If you do, something lovely will happen to you tonight. If it gets back to you four times, a wish will come true. \U0001F495""", "women's friendship chain, staff forwarding to outside friends", "every wonderful woman you know"),
("friendship", "pupil-out", 6, "a rose for a friend \U0001F339", """
Here is a rose for you. \U0001F339 Pass the rose to ten friends. Don't send it back to the person who sent it unless you really love them.

If you keep the rose to yourself, your friendships will fade one by one.""", "rose friendship chain", "Pass the rose to ten friends"),
("friendship", "int", 8, "virtual hug", """
This is a virtual hug! Hugs are meant to be shared.

Send it to everyone in your contacts who deserves one. If you send it to 5 people you'll get a real hug tomorrow. If you don't, nobody will hug you for a month!""", "virtual hug chain, internal", "Send it to everyone in your contacts"),
("friendship", "int", 11, "one for the teachers", """
This one is for teachers only.

Teaching is the profession that creates all the others. If you are proud to be a teacher, send this on to at least six teachers you know, and then back to me. Let's see how far it can get before half term! If it stops with you, you have to buy the biscuits.""", "teacher pride chain among staff", "at least six teachers you know"),
("friendship", "pupil", 7, "how well do u know me", """
Answer these questions about me and send them back, then fill in your own answers and send it on to 15 friends.

1. my fav colour
2. my middle name
3. my best friend
4. my biggest fear

Whoever breaks the chain gets NO birthday cards this year.""", "quiz-style friendship chain with threat", "send it on to 15 friends"),

# ---------------------------------------------------------------- virus hoax
("virus-hoax", "in", 12, "WARNING!!! Dancing Bunnies virus", """
WARNING!!! If you receive an email titled "Dancing Bunnies", do NOT open it. It will erase your entire hard drive in seconds.

This was confirmed by Microsoft yesterday and reported on the BBC. It is the worst virus ever discovered and there is no cure yet.

Forward this warning to everyone in your address book.""", "classic titled-email virus hoax inbound", "do NOT open it"),
("virus-hoax", "out", 5, "VIRUS ALERT - please pass on", """
Please tell all your contacts not to accept a friend request from someone called Jayden Kettle. He is a hacker and has a virus linked to his account.

If one of your contacts accepts him you will be hacked too, because it is linked to your account. Copy this message and send it to everyone on your list. Norton have confirmed it.""", "friend-request hacker hoax forwarded outside", "send it to everyone on your list"),
("virus-hoax", "in", 1, "Police warning - very serious", """
The Metropolitan Police have asked everyone to share this. A new video called "Dance of the Pope" is being sent on WhatsApp. Don't open it - it hacks your phone in ten seconds and nothing can fix it.

Tell everyone you know. This is NOT a hoax, my cousin works in cyber security.""", "WhatsApp video hoax attributing police", "Tell everyone you know"),
("virus-hoax", "int", 4, "Sorry - I may have infected your computer", """
I'm so sorry, I think I may have sent you a virus. It hides in a file called kbdtray.exe that has a little teddy bear icon, and it stays asleep for 14 days before it wipes everything.

Please look for it in your Windows folder and delete it if you find it. Then send this to everyone in your address book, because you will have passed it on to them too. McAfee say it isn't picked up by antivirus.""", "teddy-bear-file hoax asking recipients to delete a system file", "send this to everyone in your address book"),
("virus-hoax", "in", 7, "Fwd: Hallmark postcard - DO NOT OPEN", """
If you get an email with a postcard from Hallmark, don't open it. It opens a virus that destroys the whole C drive of your computer.

McAfee discovered it yesterday and say there is no repair yet. Please forward this to all your friends so they are warned too - the more people know the better.""", "postcard virus hoax", "don't open it"),
("virus-hoax", "out-role", 3, "important - phone scam warning", """
If you get a call on your mobile from someone saying they are from the engineering department and asking you to press 9 then #, HANG UP. Doing it lets them clone your SIM and make calls on your bill.

This has been announced by Vodafone and BT. PLEASE pass this to all your family and friends!!""", "press-9 phone hoax sent from a role mailbox", "pass this to all your family"),
("virus-hoax", "pupil", 9, "dont open the hamster video", """
guys dont open the video called the hamster song if someone sends it to u on ur ipad. it gives u a virus that deletes all ur photos. my brothers friend got it and lost everything

send this 2 every1 in ur contacts so they know!!!""", "pupil-language video virus hoax", "send this 2 every1"),
("virus-hoax", "int", 13, "FW: urgent - parcel email virus", """
Colleagues - I got this from my sister who works at a bank and thought you should all know.

An email titled "Your parcel is waiting" will destroy your hard disk as soon as it is opened. CNN and Microsoft confirmed it this morning. It is not a hoax. Please forward this to everyone you know, not just people at school.""", "staff forwarding a virus hoax internally to many", "forward this to everyone you know"),

# ---------------------------------------------------------------- companies paying per forward
("pay-per-forward", "in", 4, "Fwd: Bill Gates is sharing his fortune", """
Bill Gates is sharing his fortune. Microsoft and AOL are testing an email tracking program and for every person you forward this email to, Microsoft will pay you $245. For every person that they send it to, you get $243 more.

I was sceptical too, but my aunt received a cheque for nearly three thousand dollars last month. Forward it now!""", "tracked-email Bill Gates reward hoax", "for every person you forward"),
("pay-per-forward", "pupil-out", 2, "FREE DISNEY HOLIDAY", """
Disney is giving away free holidays to the first 13,000 people who forward this email!! This email is being tracked, so when you have sent it to 25 people you will get an email with your voucher.

My friend did it last year and went to Florida. Don't miss out.""", "Disney tracked-email giveaway from a pupil", "This email is being tracked"),
("pay-per-forward", "in", 6, "\u00a350 coffee voucher - share now", """
Forward this to 20 friends and Costa will email you a \u00a350 voucher! It's part of their anniversary promotion. My friend got hers yesterday and it actually worked \u2615""", "coffee voucher per-forward hoax", "Forward this to 20 friends"),
("pay-per-forward", "int", 10, "FW: free phones", """
Nokia are giving away free phones to anyone who shares this message with 8 people. Once you've sent it, they'll contact you with a code within 2 weeks. It's to celebrate their new model launch.""", "free phone per-share hoax internal", "shares this message with 8 people"),
("pay-per-forward", "out", 7, "please don't delete - costs you nothing", """
The Cancer Foundation gets 5p every time this email is forwarded. It is being tracked by the internet provider so every copy counts.

Please don't delete it - it costs you nothing to send it on, and it could save a life.""", "charity-per-forward hoax sent outside by staff", "every time this email is forwarded"),
("pay-per-forward", "in-pupil", 13, "\U0001F6D2 \u00a3250 gift cards!", """
Tesco is giving away \u00a3250 gift cards to celebrate 100 years! \U0001F389 Share this message with 20 groups or contacts to claim yours \U0001F449 the offer ends tonight so be quick.""", "supermarket gift-card share hoax to a pupil", "Share this message with 20 groups"),
("pay-per-forward", "out", 12, "2 free flights each!!", """
British Airways are giving two free return tickets to everyone who shares this before the end of the month. It's tracked, so once you've sent it on to 10 people you'll get an email to choose your dates.

Honestly it's real, my neighbour is off to Barbados.""", "airline free-ticket share chain", "sent it on to 10 people"),

# ---------------------------------------------------------------- sick child appeals
("sick-child", "in", 9, "please help little Amy", """
Little Amy is seven and has a rare brain tumour. Her family can't afford the treatment.

The hospital will receive 3p for every time this message is forwarded. Please, please send it on. Anyone with a heart will forward this. It only takes a second.""", "sick child per-forward appeal", "every time this message is forwarded"),
("sick-child", "int", 3, "Fwd: baby Oliver needs your help", """
Baby Oliver needs a new liver and time is running out.

Every share counts. Forward this to everyone you know - the donor register keeps a count of every email so the more copies go round the higher he moves up. Please don't just read it and delete it.""", "baby appeal demanding mass forwarding, internal", "Forward this to everyone you know"),
("sick-child", "out", 6, "her last wish", """
This little girl's dying wish is for her message to reach a million people before her birthday. Her dad says it has reached four hundred thousand so far.

Please forward it to all your contacts. Don't let her down.""", "dying-wish email count appeal", "forward it to all your contacts"),
("sick-child", "in", 11, "URGENT blood needed", """
URGENT!!! A six year old boy at Great Ormond Street needs O negative blood for an operation. If you are O negative please call the hospital.

Even if you aren't, please forward this to as many people as you can. Time is running out.""", "blood-donor appeal chain with no date or contact", "forward this to as many people"),
("sick-child", "pupil", 5, "if u scroll past ur heartless \U0001F494", """
this girl is really ill and for every person u send this 2, facebook gives her family 10p.

if u scroll past ur heartless. send it 2 at least 10 ppl \U0001F494\U0001F494""", "pupil-language sick child per-send chain", "send it 2 at least 10 ppl"),
("sick-child", "in", 14, "a wish for Jessica", """
Jessica is nine and has leukaemia. Her wish is to collect as many emails as possible before her next operation so she knows people care.

Send this on to ten people and include her in copy. Every email she gets makes her smile. Please don't break the chain for her.""", "collect-emails wish chain", "Send this on to ten people"),
("sick-child", "out-role", 6, "1 forward = 1 prayer for Kieran", """
Kieran is four and fighting for his life in intensive care. His mum believes every message is a prayer.

1 forward = 1 prayer. 10 forwards = 10 prayers. 0 forwards = you are heartless. Please keep this moving tonight.""", "prayer-count sick child chain", "1 forward = 1 prayer"),

# ---------------------------------------------------------------- missing child
("missing-child", "in", 2, "MISSING!!! please share", """
MISSING!!! Please share. Sophie, 9, disappeared from a shopping centre in Manchester yesterday. Her mum is desperate.

Forward this to everyone in your address book. If it goes round fast enough somebody will spot her. Don't just delete it - what if it was your child?""", "undated missing child chain with guilt line", "Forward this to everyone in your address book"),
("missing-child", "int", 6, "Fw: Fw: missing girl - 13", """
A thirteen year old girl went missing on her way home from school. Her father is begging everyone to help.

Please forward this to as many people as you can, it only takes a minute. If everyone sends it to ten others, she could be found within a day.""", "missing teen chain with exponential arithmetic", "sends it to ten others"),
("missing-child", "in", 13, "Please pass on to all mums", """
Warning to all mothers. A white van has been seen outside primary schools and children are being approached. The driver offers them sweets and a puppy.

Pass this to every parent you know, today. The police can't be everywhere. Please don't ignore it.""", "white-van scare chain", "Pass this to every parent you know"),
("missing-child", "pupil", 12, "help find him", """
this boy has been missing for 3 days his name is Tyler and he is 11. plz send this 2 every1 u know so people look out 4 him. if u dont send it and something happens its ur fault""", "pupil-language missing child chain with blame", "send this 2 every1"),
("missing-child", "in-pupil", 8, "AMBER ALERT - forward to everyone", """
AMBER ALERT. A little girl was taken from outside her house this morning. A silver car was seen driving off.

Please forward this to everybody you know. The more copies the better. Don't stop until everyone has seen it.""", "fake Amber alert chain", "forward this to everybody you know"),
("missing-child", "out", 14, "Fwd: abducted boy - please read", """
Please read and pass on. A young boy has been abducted. His family have asked for this to be sent to all your contacts so it reaches as many phones as possible.

Send to at least twenty people. It really works - last year a child was found in two days because of a message like this.""", "abduction chain with count", "Send to at least twenty people"),
("missing-child", "in", 5, "\u203c\ufe0f share this \u203c\ufe0f", """
\u203c\ufe0f This little girl has been missing since Saturday. Her mum is heartbroken \U0001F62D Please share with all your contacts and groups. If you don't share you don't care. \u203c\ufe0f""", "emoji missing-child share chain", "share with all your contacts"),

# ---------------------------------------------------------------- petitions
("petition", "in", 3, "Fwd: PETITION - add your name", """
We are collecting names to save our local libraries. Please add your name to the bottom of the list and forward it to everyone you know.

When it reaches 500 names the last person should send it to the Prime Minister. Do not break it, or all the names are lost!

1. K. Bell, Hull
2. M. Ahmed, Leeds
3. S. Gray, York""", "email petition list chain", "forward it to everyone you know"),
("petition", "out", 8, "sign & pass it on", """
Sign and pass it on: we want a ban on animal testing for cosmetics.

Copy the whole list, add your name at the end and send it to at least 15 people. Please don't just forward it back to me.""", "sign-and-pass-on petition chain", "send it to at least 15 people"),
("petition", "in", 10, "keep Christmas", """
They want to stop calling it Christmas. If you agree that it should stay Christmas, add your name and copy this to fifteen people.

If you don't, don't bother - but don't complain when it's gone.""", "Christmas petition chain", "copy this to fifteen people"),
("petition", "int", 1, "Fwd: teachers' pay - add your name (you are number 48)", """
If you are a teacher, add your name to this list and send it on to everyone you know in education.

When we reach 1000 names it goes to the Education Secretary. You are number 48. Do not let it stop with you!""", "pay petition chain circulating among staff", "send it on to everyone you know"),
("petition", "pupil", 2, "stop the uniform change", """
they want to make us wear blazers from september!!! add ur name at the bottom and send 2 every1 in our year. when we get 200 names we send it to the head

1. Mia
2. Tyler
3. Grace""", "pupil uniform petition chain", "send 2 every1 in our year"),
("petition", "in", 7, "save the bees", """
Bees are dying and the government is doing nothing. Copy this list, add your name and forward it to 10 friends. The 100th person must email it to their MP.

Don't break the chain - the bees are counting on you! \U0001F41D""", "bees petition chain", "forward it to 10 friends"),

# ---------------------------------------------------------------- social media pass-on
("social-pass-on", "in", 12, "WhatsApp will start charging", """
Pass this on to all your contacts. From tomorrow WhatsApp will charge 5p for every message unless you are a frequent user.

If you send this to 10 contacts your logo will turn blue and it will stay free for you. This was on the news this morning.""", "WhatsApp charging hoax chain", "send this to 10 contacts"),
("social-pass-on", "pupil", 3, "insta is deleting accounts", """
instagram is deleting inactive accounts tonight!!! repost this to 5 stories and send it 2 all ur friends so they know ur active. if u dont ur account will be gone by tomorrow""", "Instagram deletion chain among pupils", "send it 2 all ur friends"),
("social-pass-on", "pupil", 8, "TikTok shutting down??", """
TikTok is shutting down accounts that aren't verified. Send this message to 20 people and your account will be saved. If the message doesn't turn blue you didn't send it to enough people.""", "TikTok account-saving chain", "Send this message to 20 people"),
("social-pass-on", "in", 14, "WhatsApp Gold", """
If you know anyone using WhatsApp, pass this on. An IT colleague has told me that tomorrow they are releasing WhatsApp Gold and a video called Martinelli that hacks your phone. Don't open it.

Please tell all your contacts. It was announced on the radio today.""", "WhatsApp Gold hoax", "tell all your contacts"),
("social-pass-on", "pupil", 10, "dont lose ur streaks", """
snapchat is getting rid of streaks unless u send this to 10 people. its real my cousins friend works there. send it now or ur streaks go to 0 tonight \U0001F525""", "Snapchat streak chain", "send this to 10 people"),
("social-pass-on", "out", 13, "new rule from tomorrow - forward to all your groups", """
From tomorrow there are new communication rules. All calls are recorded, all social media is monitored and your devices are connected to the ministry systems.

Please forward this to all your groups and to your family. Do not send anything political. Share it with everyone.""", "monitoring-rules hoax to be sent to all groups", "forward this to all your groups"),
("social-pass-on", "in-pupil", 1, "put this on ur status", """
Put this on your status for 1 hour and send it to 10 friends. Let's see who actually reads it. Most people won't - I know who my true friends are.""", "status pass-on chain to a pupil", "send it to 10 friends"),

# ---------------------------------------------------------------- copy and paste, don't forward
("copy-paste", "in", 4, "copy and paste, don't share", """
Copy and paste, don't share. I'm seeing who actually reads my messages.

Most people won't get to the end of this. If you have, copy it (don't just forward it) and send it to everyone you care about. I'll know who's real.""", "copy-and-paste test-of-friendship chain", "copy it (don't just forward it)"),
("copy-paste", "int", 9, "please copy, don't forward", """
Please COPY this (not forward) to ten people. Forwarding doesn't count, you have to paste it in a new message.

If you do, you will get some unexpected good news this week. If you don't, you know what happens.""", "copy not forward chain with luck", "COPY this (not forward) to ten people"),
("copy-paste", "in", 11, "93% won't", """
If you know someone who has had cancer, copy and paste this into a new message. 93% of people won't. Don't just share - copy and paste it and send it to as many people as you can. I know who will.""", "cancer copy-paste guilt chain", "copy and paste it and send it"),
("copy-paste", "out", 2, "can you read this?", """
I'd like to see how many people actually read this. Copy and paste it, don't forward, then send it on to everyone you know. Let's see how far it goes. I did mine, now it's your turn.""", "read-test copy-paste chain sent outside", "send it on to everyone you know"),
("copy-paste", "in", 5, "Facebook privacy notice - copy & paste", """
Better safe than sorry. Facebook is changing its rules tomorrow and will own all your photos and messages. I do NOT give Facebook or anyone else permission to use my pictures or information.

Do not share this - you must copy and paste it, or it won't work. Send it to all your friends too.""", "privacy-notice copy-paste hoax", "copy and paste it"),
("copy-paste", "pupil", 13, "mental health - copy & paste", """
copy & paste dont share. i want to see whos actually there for me. most of u wont do it but the ones who do are real. send it to every1 u care about after""", "pupil copy-paste chain", "send it to every1 u care about"),
("copy-paste", "in-pupil", 6, "paste it in ur notes", """
Paste this in your notes app and resend it to 10 people within the hour. Then look at your lock screen. Your crush's initial will appear. Don't forward it - paste it or it doesn't work.""", "notes-app copy-paste chain to a pupil", "resend it to 10 people"),

# ---------------------------------------------------------------- pupil chain messages
("pupil-chain", "pupil", 0, "READ THIS NOW", """
if u dont send this 2 15 ppl in the next 20 mins a ghost girl called Teresa will be standing next 2 ur bed at 3am. it happened 2 a boy in year 8 in bristol. he laughed at it and now hes gone

sorry i had 2 send it""", "ghost-girl chain in kids' language", "send this 2 15 ppl"),
("pupil-chain", "pupil", 4, "OMG read this!!!!", """
OMG read this!!!! send it to 10 ppl or ur crush will never like u back. send it to 20 ppl and they will ask u out 2moro \U0001F60D\U0001F60D""", "crush chain", "send it to 10 ppl"),
("pupil-chain", "pupil", 6, "dont read this", """
dont read this... 2 late. now u have 2 send this 2 5 people or you will get bad grades on ur next test lol its real my friend didnt send and got a D""", "bad grades chain", "send this 2 5 people"),
("pupil-chain", "pupil", 9, "she is watching", """
A girl called Daisy was pushed down a drain by two kids in her class. Nobody helped her. Now she comes for anyone who gets this and doesnt forward it to 15 people by midnight. One girl ignored it and that night she heard scratching under her bed.

SEND IT. dont break the chain""", "revenge ghost chain", "forward it to 15 people"),
("pupil-chain", "pupil", 11, "sorry i had 2 send it 2 u", """
sorry i had 2 send it 2 u. if u brake the chain u will have 10 yrs bad luck. send 2 7 ppl in 7 mins and u will have good luck 4 7 days""", "short kids' luck chain", "send 2 7 ppl in 7 mins"),
("pupil-chain", "pupil", 14, "SEND THIS TO EVERY1 IN UR CLASS", """
SEND THIS TO EVERY1 IN UR CLASS or the teacher will give u a detention 2moro!!! it happened 2 my cousin. send it 2 at least 12 ppl 2 be safe""", "detention threat chain", "send it 2 at least 12 ppl"),
("pupil-chain", "pupil", 2, "yr 7 chain", """
this is the year 7 chain. pass it on in the next hour or ur phone gets taken off u by ur mum. if u send it 2 10 ppl u get a day off school. dont tell teachers about it""", "year 7 chain with secrecy", "send it 2 10 ppl"),
("pupil-chain", "pupil-out", 5, "4 real dont ignore", """
hi ur my bestie so i had 2 send this. if u dont send this 2 8 ppl by 9 oclock u will have nightmares 4 a month. if u do ur wish comes true. its 4 real dont ignore \U0001F47B""", "pupil chain sent to an outside friend", "send this 2 8 ppl"),

# ---------------------------------------------------------------- money / pyramid letters
("money-pyramid", "in", 8, "this really works - \u00a350,000 in 30 days", """
Put \u00a35 in an envelope and post it to the name at the top of the list. Then remove that name, add yours at the bottom and send this letter to ten people.

Within a month you will receive up to \u00a350,000 in the post. This is completely legal - I checked with the Post Office. Don't break the chain or it stops for everyone below you.

1. D. Marsh, Stockport
2. A. Kerr, Derby
3. R. Fenn, Luton""", "classic money chain letter", "send this letter to ten people"),
("money-pyramid", "out", 9, "Fw: join our gifting circle", """
Join our blessing loom! Give \u00a320 to the person in the centre of the flower, then invite 8 friends to do the same. When your turn comes you receive \u00a3160.

It's not a pyramid, it's a gifting circle. Pass this on to everyone you trust.""", "gifting circle pyramid", "invite 8 friends"),
("money-pyramid", "in", 1, "book exchange - you'll get 36 books", """
Book exchange! Send one children's book to the person in position 1 below. Then move position 2 up to position 1, put your name in position 2 and send this message to six friends.

Within a few weeks you should get 36 books for your child. Please only join if you will send a book - don't break the chain for the children.""", "book exchange pyramid chain", "send this message to six friends"),
("money-pyramid", "int", 12, "Secret Sister gift exchange", """
Secret Sister gift exchange: send one gift worth \u00a310 to the person at the top of the list. Remove her name, move the second name up, add yours and forward to six women.

You'll get up to 36 gifts. Don't join if you won't follow through - it ruins it for everyone.""", "gift exchange pyramid, internal", "forward to six women"),
("money-pyramid", "in", 6, "PayPal chain - genuine", """
Send \u00a31 by PayPal to each of the five email addresses below. Delete the first address, put yours at number 5 and send this message to at least 200 people.

It sounds silly but the maths works - you will receive thousands. It's legal because you are buying a report.""", "PayPal chain", "send this message to at least 200 people"),
("money-pyramid", "out", 11, "recipe exchange - please join!", """
Recipe exchange! Send your favourite quick recipe to the person at the top of the list. Then move my name to the top, put yours second and send this to 20 friends.

You'll get about 36 recipes back. Please don't break the chain, it's fun!""", "recipe exchange pyramid chain", "send this to 20 friends"),
("money-pyramid", "in-pupil", 4, "double ur money", """
bitcoin doubling chain!!! send \u00a310 to the first person on the list, take their name off and add urs, then send this to 10 ppl. in a week u will have \u00a31000. my uncle did it, its legit""", "doubling pyramid chain to a pupil", "send this to 10 ppl"),
]

NEG = [
# ---------------------------------------------------------------- school letters asking parents to forward / share
("school-share", "out-role", 0, "Parking at drop-off", """
Dear Parents and Carers,

Please could you forward this letter to any other adults who bring your child to school, such as grandparents or childminders. We have had complaints from neighbours about cars parked across driveways on Holloway Road.

Please use the leisure centre car park, which is a two-minute walk away.""", "office letter asking parents to forward parking information"),
("school-share", "out", 2, "Summer Fair - Saturday 28th June", """
Dear Families,

Our Summer Fair is on Saturday 28th June from 12 until 3. There will be a tombola, a dog show, a bouncy castle and the Year 6 cake stall.

Please share this with friends and neighbours - everyone is welcome, and all money raised goes to the new reading garden.""", "summer fair invite asking families to share"),
("school-share", "out-role", 4, "Open evening - Year 7 September entry", """
Our open evening for families of children starting Year 7 next September is on Thursday 2nd October, 5.30pm to 8pm.

Please pass this on to anyone you know with a child in Year 6. There is no need to book.""", "open evening, pass on to prospective families"),
("school-share", "out", 6, "One email address on file", """
Dear Mr Robson,

We only hold one email address for Jacob's household. Could you forward this message to Jacob's mother if she would also like to receive school emails? She can reply to this address with her details and we will add her to our system.""", "request to forward to the other parent"),
("school-share", "out-role", 8, "Vacancy: midday supervisor", """
We are looking for a midday supervisor, five days a week, 11.45 to 1.15, term time only.

If you know anyone who might be interested, please share this with them. Details and the application form are on the vacancies page of our website.""", "vacancy notice asking people to share"),
("school-share", "out", 10, "Flu vaccination consent", """
Dear Parents,

The school immunisation team will visit on 14th October to give the nasal flu vaccine. Consent is given online by the person with parental responsibility. If that is not you, please forward this email to them so they can complete the form by 7th October.""", "flu consent asking to forward to the person with PR"),
("school-share", "in", 3, "Holiday Activities and Food programme - please share with families", """
Dear Colleagues,

Please share the attached information about the Holiday Activities and Food programme with your families, particularly those eligible for benefits-related free school meals. Places open on 1st March and go quickly.

Early Years and Schools Team, Local Authority""", "local authority asking schools to share programme info"),
("school-share", "in", 9, "Safeguarding update - please share with all staff", """
Dear Headteacher,

Please share this term's safeguarding update with all staff at your school, including supply and peripatetic staff. The main changes concern the reporting of low-level concerns.

If you have questions, the LADO duty line is open every weekday.""", "LA asking head to share update with staff"),

# ---------------------------------------------------------------- IT's own phishing / hoax warnings
("it-warning", "role-int", 1, "Phishing email - 'Invoice overdue'", """
Dear all,

A phishing email with the subject "Invoice overdue" is circulating this morning. Do not open the attachment and do not click the link.

Please do not forward it to colleagues to ask whether it is genuine - use the Report Phishing button in Outlook instead. If you have already clicked, ring IT on extension 214 straight away.

IT Services""", "IT phishing warning saying do not forward"),
("it-warning", "role-int", 3, "Scam texts about vehicle tax", """
Several staff have received texts claiming to be from the DVLA asking them to update vehicle tax details. These are scams. The DVLA never asks for bank details by text.

Do not reply or click the link; just delete it. There is no need to warn anyone else by email - we have put a notice in the staff bulletin.""", "IT scam text warning"),
("it-warning", "role-int", 5, "Please don't forward suspicious emails as attachments", """
A quick reminder: if you receive a suspicious email, please don't forward it to the helpdesk or to colleagues. Forwarding strips out the information we need. Use the Report button, then delete it.

Thanks for your vigilance - three phishing attempts were stopped last week because staff reported them.""", "IT guidance about not forwarding suspicious mail"),
("it-warning", "role-int", 7, "Virus quarantined - statement.zip", """
Our antivirus quarantined a real piece of malware this morning in an attachment named statement.zip, sent to several staff from a compromised supplier account.

No action is needed if you did not open it. If you did, please leave your computer switched on and call us. Do not send this message on to anyone outside school.""", "genuine malware notice from IT"),
("it-warning", "staff-pupils", 9, "Free Robux messages - ignore them", """
Hi everyone,

Some of you have received messages promising free Robux or V-Bucks if you log in through a link. These are scams to steal your account. Don't click, don't log in, and don't send the link to your friends.

If you have already typed your password, tell your form tutor and change it today.""", "IT message to pupils about gaming scams"),
("it-warning", "role-int", 11, "Chain letters and hoaxes - reminder", """
A reminder that our acceptable use policy says chain letters must not be forwarded on school email. If you receive one, delete it.

Typical examples claim that a virus will wipe your hard drive and that Microsoft has confirmed it, or promise money for every person you send it to. None of these are true. You don't need to warn anyone; just delete.""", "IT reminder describing chain-letter features without being one"),
("it-warning", "role-int", 13, "Fake password expiry emails", """
We are seeing fake "Your Microsoft 365 password expires today" emails. Our passwords do not expire and we never send a link asking you to sign in.

If one reaches you, report it and delete it. Please don't reply to the sender.""", "IT fake password expiry warning"),
("it-warning", "out-role", 2, "Re: WhatsApp Gold message", """
Dear Mrs Fletcher,

Thank you for checking with us. The "WhatsApp Gold" message your son received is a well-known hoax that has been going around for years. There is no such video and nothing will happen to his phone.

We'd suggest he deletes it and doesn't pass it on. We'll mention hoax messages in next week's newsletter.""", "IT reply to a parent calling a message a hoax"),

# ---------------------------------------------------------------- chain vocabulary in lessons
("chain-lesson", "staff-pupils", 0, "Food chains homework", """
Year 7,

For homework, draw a food chain from the woodland habitat we studied today with at least four links. Label the producer, the primary consumer and the top predator. Then add one arrow to turn it into part of a food web.

Due next Tuesday.""", "science food chain homework"),
("chain-lesson", "staff-pupils", 2, "Supply chain case study", """
Hi 10B,

Next lesson we're looking at the supply chain of a banana, from the plantation in Costa Rica to the supermarket shelf. Please read pages 42-45 and note every link in the chain where the price goes up.""", "geography supply chain lesson"),
("chain-lesson", "out-role", 4, "Daisy chain competition", """
Dear Parents,

On Friday the infants will hold their annual daisy chain competition on the field at lunchtime (weather permitting). The longest chain wins a sticker and a certificate. Please put sun cream on your child before school.""", "daisy chain competition letter"),
("chain-lesson", "int", 6, "Business studies - supply chain disruption", """
Hi Tom,

For the Year 12 unit on supply chain disruption I'm using the cocoa price rises as the main example. Could you send me the article you mentioned about the chocolate factory in Bristol? I'd like to use it as a starter.""", "teacher colleague supply chain resource"),
("chain-lesson", "staff-pupils", 8, "Further Maths - Markov chains", """
Further Maths group,

We start Markov chains on Monday. Please bring a calculator that can handle matrices. Tonight, read the introduction in the textbook and try questions 1 to 4 on transition diagrams.""", "maths Markov chains"),
("chain-lesson", "staff-pupils", 10, "Chemistry - carbon chains", """
Year 11,

Revision reminder: homologous series. Make sure you can name alkanes with carbon chains up to six long and draw their displayed formulae. Past paper questions are on the shared drive.""", "chemistry carbon chains"),
("chain-lesson", "out", 12, "Bike maintenance workshop", """
Hello,

Thank you for offering the bike maintenance workshop for our Year 9 Duke of Edinburgh group. The pupils would particularly like to learn how to fix a slipped chain and mend a puncture. Would the morning of 12th March suit you?""", "DofE bike chain workshop to an outside instructor"),
("chain-lesson", "staff-pupils", 14, "WW1 - chain of events", """
Year 9,

Please finish your timelines showing the chain of events from the assassination in Sarajevo to the declaration of war. Send me a photo of yours by Friday if you are working from home.""", "history chain of events"),

# ---------------------------------------------------------------- chain of command
("chain-of-command", "role-int", 1, "Fire evacuation - roles", """
All staff,

A reminder of the chain of command during a fire evacuation: the site manager is the incident controller; the deputy head takes the registers at the assembly point; heads of year report missing pupils to the deputy. Please make sure your cover supervisors know this too.""", "fire evacuation chain of command"),
("chain-of-command", "int", 3, "Behaviour escalation", """
Hi all,

Just to clarify the escalation chain for behaviour incidents: class teacher, then head of department, then head of year, then SLT. Please don't send pupils straight to SLT unless it is a safety issue.""", "behaviour escalation chain"),
("chain-of-command", "role-int", 5, "Reporting concerns - who to tell", """
Dear colleagues,

If you have a concern about a child, record it on the system and tell the DSL the same day. If the DSL is not available, go to a deputy DSL. If the concern is about a member of staff, it goes to the head. Please do not skip a step.""", "safeguarding reporting chain"),
("chain-of-command", "int", 7, "Exam day incidents", """
Invigilators,

On exam days, any incident goes to the lead invigilator first, then to the exams officer, then to me. Please do not contact the exam board directly.""", "exam incident chain of command"),
("chain-of-command", "int", 9, "Cover requests", """
Hi,

Cover requests go through the chain as usual: your line manager first, then the cover manager, who will confirm with you by 8am. Don't text colleagues directly to ask them to cover.""", "cover request chain"),

# ---------------------------------------------------------------- PSHE / online safety lessons quoting chain letters
("pshe-lesson", "int", 11, "Y6 online safety lesson - chain messages", """
Hi Sam,

Here's the plan for Thursday's online safety lesson on chain messages.

Starter: show the class this example on the board - "If you don't send this to 10 people you'll have bad luck for a year."

Discuss: Is it true? How does it make you feel? Why do people send them? What should you do? (Answer: nothing bad happens; don't forward it; tell a trusted adult; delete it.)""", "lesson plan quoting a chain letter for discussion"),
("pshe-lesson", "out-role", 13, "Parent workshop - scary messages", """
Dear Parents,

At our online safety workshop next Wednesday we will talk about scary chain messages, the kind that say "send this to 15 people or something will happen to you tonight". Children can find these very frightening.

We will share simple ways to reassure your child that nothing happens if they break the chain, and how to report messages.""", "parent workshop invitation describing chain messages"),
("pshe-lesson", "staff-pupils", 1, "Computing - hoax or real?", """
Year 8,

Today's task: look at the three messages on the worksheet. One says "Forward this to everyone - Microsoft confirmed it, this virus will erase your hard drive". Decide whether each is a hoax or a real warning and list the warning signs you spotted. Submit by the end of the lesson.""", "computing lesson quoting a virus hoax"),
("pshe-lesson", "int", 3, "Assembly script - chain messages", """
Hi,

Here's my script for Monday's assembly.

"Has anyone ever had a message that says you must send it on to ten people, or something bad will happen? Hands up. Quite a lot of you. Today I want to tell you a secret: those messages are made up. Nobody is counting, and nothing happens when you stop the chain. The best thing to do is tell an adult and delete it."

Let me know if it's too long.""", "assembly script quoting chain message phrasing"),
("pshe-lesson", "out-role", 5, "Newsletter - chain messages on WhatsApp", """
Online safety corner

Some children have been upset by messages on WhatsApp telling them that a ghost will visit unless they forward the message to lots of people. Please reassure your child that these messages are not real. Encourage them to show you, then block and delete rather than passing it on.""", "newsletter item about chain messages"),
("pshe-lesson", "staff-pupils", 7, "Media literacy homework", """
Year 10,

For homework, analyse the persuasive techniques used in chain letters. Think about urgency ("within 24 hours"), threats ("or you'll have bad luck"), false authority ("confirmed by the police") and guilt. Write 300 words. We'll discuss in class.""", "media literacy homework naming chain techniques"),
("pshe-lesson", "int", 9, "PSHE Y5 worksheet answers", """
Answers for the Y5 worksheet, question 3:

The message says "pass this on or you will never see your family again". This is a chain message. It is trying to scare you into sending it. It is not true. You should not send it on. Tell a grown-up you trust.""", "worksheet answers quoting a chain message"),
("pshe-lesson", "pupil-staff", 11, "my homework on chain letters", """
Hi Miss,

Here is my homework about chain letters. I wrote that people send them because they are scared, because the message says things like "send this to 10 people or you will get bad luck". But it's not true because it is just words on a screen and nobody can check if you sent it.

From Grace""", "pupil homework discussing chain letters"),

# ---------------------------------------------------------------- charity events without forwarding demands
("charity-event", "out-role", 2, "Children in Need - non-uniform day", """
Dear Parents,

Friday is our Children in Need non-uniform day. Children can wear something spotty or yellow in exchange for a donation of \u00a31. Please send the money in an envelope with your child's name.""", "non-uniform day letter"),
("charity-event", "out", 4, "Sponsored walk for the hospice", """
Dear Families,

Year 5 will do a sponsored walk along the canal on 16th May to raise money for our local children's hospice. Sponsorship forms came home in book bags today; please return them by 30th May. Thank you for your generosity.""", "sponsored walk letter"),
("charity-event", "int", 6, "Macmillan coffee morning", """
Hi all,

The Macmillan coffee morning is in the staff room on Friday from 10.30. Cakes are very welcome - please label anything containing nuts. Donations go in the tin by the kettle.""", "coffee morning internal"),
("charity-event", "out-role", 8, "Red Nose Day bake sale", """
Dear Parents,

The School Council will run a bake sale for Red Nose Day on Friday after school. Cakes are 50p. Children may bring up to \u00a32.""", "bake sale"),
("charity-event", "out", 10, "Toy appeal for the food bank", """
Dear Parents and Carers,

This December we are collecting new, unwrapped toys for the food bank's Christmas appeal. The collection box is in reception until 12th December. Thank you!""", "toy appeal"),
("charity-event", "in", 12, "Thank you from the hospice", """
Dear Mrs Lawson,

On behalf of everyone at the hospice, thank you to your pupils for raising \u00a31,236 on your sponsored walk. That is enough to fund a family support worker for a week. We've enclosed certificates for the class.""", "inbound charity thank-you"),
("charity-event", "out-role", 14, "Sponsored silence for Ruby's brother", """
Dear Parents,

With the family's permission, Year 4 are holding a sponsored silence on Thursday to raise money for the children's ward where Ruby's little brother is being treated. If you would like to donate, please use the link to our school fundraising page. There is no pressure at all to take part.""", "sponsored silence for a pupil's sibling, no forwarding"),

# ---------------------------------------------------------------- faith-school prayer requests
("faith-prayer", "role-int", 1, "Please keep Mrs Ahmed's family in your prayers", """
Dear colleagues,

Mrs Ahmed's father passed away at the weekend. Please keep her and her family in your prayers this week. A card is in the staff room for anyone who would like to sign it.""", "bereavement prayer request"),
("faith-prayer", "role-int", 3, "Lent prayer intentions", """
Dear all,

Here are the prayer intentions for each class during Lent. Reception: for our families. Year 1: for people who are ill. Year 2: for peace. Please use them in your class worship on Fridays.""", "Lent prayer intentions"),
("faith-prayer", "out-role", 5, "A prayer for the new term", """
Dear families,

As we begin the new term, we share our school prayer with you:

Loving God, bless our school,
our teachers and our friends.
Help us to learn, to share and to care.
Amen.

You may like to say it together at home.""", "school prayer shared with families"),
("faith-prayer", "staff-pupils", 7, "Year 10 prayer for the earthquake victims", """
Year 10,

In form time tomorrow we will pray for the people affected by the earthquake. If you would like to write a prayer for the display, please bring it to the chaplaincy by Wednesday.""", "prayer for disaster victims"),
("faith-prayer", "out-role", 9, "Rosary club", """
Dear parents,

Rosary club restarts on Tuesday lunchtimes in the chapel. All children from Year 3 upwards are welcome. Please let us know if your child would like to join.""", "rosary club"),
("faith-prayer", "int", 11, "Collective worship theme - angels", """
Hi everyone,

Next week's collective worship theme is angels, to lead into the nativity. Monday: the angel Gabriel visits Mary. Wednesday: angels appear to the shepherds. Friday: we will think about people who are "angels" to us. Resources are on the shared drive.""", "worship theme on angels"),
("faith-prayer", "out-role", 13, "Ramadan - prayer room arrangements", """
Dear parents and carers,

During Ramadan the prayer room will be open at lunchtime for pupils who wish to pray. Pupils who are fasting may use the library instead of the dining hall. Please contact us if your child needs any other support.""", "Ramadan prayer room"),

# ---------------------------------------------------------------- good luck in exams
("exam-good-luck", "staff-pupils", 0, "Good luck Year 11!", """
Year 11,

Good luck for your exams starting tomorrow! Get a good night's sleep, bring two black pens and a clear pencil case, and drink plenty of water. You have worked so hard - go and show them what you know.""", "head of year good-luck message"),
("exam-good-luck", "in", 2, "Good luck to the Year 13s", """
Hello,

Just wanted to say good luck to all the Year 13s with their results tomorrow, and thank you to the staff for all their help with our daughter this year. Whatever happens, we're very proud.""", "parent good-luck message"),
("exam-good-luck", "staff-pupils", 4, "Best of luck in your mocks", """
Hi 11X,

Best of luck in your mocks tomorrow \U0001F340 Remember these are practice - use them to find out what you need to revise. See you afterwards.""", "teacher mock exam good luck"),
("exam-good-luck", "pupil", 6, "good luck 4 tmrw", """
good luck 4 tmrw!! u got this \U0001F4AA see u at the bus stop after""", "pupil good luck message"),
("exam-good-luck", "role-int", 8, "Good luck for tomorrow", """
Dear all,

Good luck to everyone for the inspection tomorrow. Just be yourselves - the children are wonderful, and so are you. Breakfast will be in the staff room from 7.30.""", "head good-luck to staff"),
("exam-good-luck", "out-role", 10, "Summer fair raffle - lucky numbers", """
Dear Parents,

Here are the lucky winning numbers from the summer fair raffle: pink 143, blue 27 and yellow 310. Please bring your ticket to the office to collect your prize. Thank you to everyone who bought tickets.""", "raffle results with luck vocabulary"),
("exam-good-luck", "out-role", 12, "Lucky mascots in the exam hall", """
Dear Parents,

Some students like to bring a lucky mascot into their exams. These are allowed on the desk as long as they are small and have no writing on them. Good luck charms cannot be kept in pockets. Phones must be handed in at the door.""", "exam rules on lucky mascots"),

# ---------------------------------------------------------------- forward to the office
("forward-to-office", "out-role", 1, "Trip forms", """
Dear Parents,

Please forward your completed trip forms to the office by Friday. If you have lost the form, you can reply to this email with your consent and your child's name and class.""", "forward forms to the office by Friday"),
("forward-to-office", "role-int", 3, "Exam board emails", """
Hi all,

If you get any emails from the exam boards about entries or moderation, please forward them to me rather than replying yourself. Thanks, Exams Office""", "forward exam board emails"),
("forward-to-office", "role-int", 5, "Supplier invoices", """
Hi everyone,

If suppliers email invoices directly to you, please forward them to finance@school.example the same day so we can pay on time. Please don't print them.""", "forward invoices to finance"),
("forward-to-office", "int", 7, "Complaints", """
Hi,

Just a reminder: any formal complaints from parents should be forwarded to the head's PA, who will log them and send an acknowledgement within two days.""", "forward complaints to PA"),
("forward-to-office", "in", 9, "Re: consent form", """
Hi,

I've forwarded the consent form to the office as you asked, and copied you in. Let me know if anything else is needed.

Thanks""", "parent confirming forwarding a form"),
("forward-to-office", "role-int", 11, "Timesheets", """
Dear staff,

Please forward your overtime and supply timesheets to HR by the 20th of the month. Late timesheets will be paid the following month.""", "forward timesheets"),
("forward-to-office", "staff-pupils", 13, "Coursework deadline", """
Year 13,

Please forward your final coursework file to my school email by 3pm on Friday. Make sure the file name includes your candidate number.""", "forward coursework to teacher"),

# ---------------------------------------------------------------- Fwd: Fwd: admin mail
("fwd-admin", "int", 0, "Fwd: Fwd: Fwd: minibus booking", """
Can you check the minibus is free for the 14th? See below.

---------- Forwarded message ---------
From: Site Office
Subject: Fwd: Fwd: minibus booking

> Minibus 2 is booked for PE on the 14th until 1pm. After that it's free.
>
>> ---------- Forwarded message ---------
>> Could we have a minibus for the Year 8 netball fixture on the 14th, leaving at 2.15?
>>
>>> Forwarding to the site team - who handles bookings now?""", "nested minibus booking forwards"),
("fwd-admin", "int", 2, "FW: FW: RE: Sports day timings", """
FYI - final timings below.

-----Original Message-----
From: PE Department
Subject: FW: RE: Sports day timings

Races start 1.30, parents on the field from 1.15, finish by 3. Ice lollies at the end.

-----Original Message-----
Can we start earlier this year? Last year ran over.""", "Outlook-style sports day forwards"),
("fwd-admin", "out", 4, "Fwd: Fwd: boiler repair quote", """
Hi Alan,

Please see the quote below from the previous contractor. Could you quote for the same work?

---------- Forwarded message ---------
> Replace pump and diverter valve on boiler 2: parts \u00a3640, labour \u00a3380, excl. VAT.
>> Please can you quote for the repair we discussed on site.""", "forwarded quote to an outside contractor"),
("fwd-admin", "int", 6, "Fwd: FW: Fwd: Year 9 options evening rota", """
Updated rota below - I've swapped you with Paul.

> Hall: Maths, English, Science. Library: languages and humanities. Drama studio: creative subjects.
>> Doors at 6pm, presentations at 6.15 and 7.
>>> Please let me know your availability.""", "options evening rota forwards"),
("fwd-admin", "role-int", 8, "Fwd: Fwd: Fwd: Fwd: lost property - blue coat", """
Has anyone seen this coat? Forwarding again in case.

> Navy blue puffer coat, age 9-10, name label cut out. Lost after football club on Tuesday.
>> Forwarding from the office.
>>> Parent asking about a coat.
>>>> Hello, my son has lost his coat.""", "lost property forwarded many times"),
("fwd-admin", "in", 10, "TR: Fwd: French exchange itinerary", """
Bonjour,

Please find below the itinerary again - it seems the previous message did not arrive.

> Day 1: arrival at 16h, host families collect students.
> Day 2: visit to the chateau and the market.
> Day 3: lessons at the lycee in the morning.""", "French exchange itinerary forwarded by partner school"),
("fwd-admin", "role-int", 12, "Fwd: Fwd: Governors meeting papers", """
Forwarding the papers for Tuesday again - the link in the first email expired.

> Agenda item 4: budget monitoring. Item 5: curriculum report. Item 6: policy approvals.
>> Please find the papers attached for next week's meeting.""", "governors papers forward"),
("fwd-admin", "int", 14, "Fwd: Fwd: Fwd: catering - allergen menu update", """
Please make sure the lunchtime supervisors have seen this.

> From Monday the Wednesday pudding will be dairy-free for everyone.
>> Updated allergen sheet from the caterers.
>>> Forwarded from the catering company.""", "catering allergen forward chain"),

# ---------------------------------------------------------------- newsletters with forward-to-a-friend footers
("newsletter", "in", 1, "Teaching Tuesday: five starters for maths", """
This week: five quick starters for KS3 maths, a free fractions poster and our webinar on retrieval practice.

Enjoyed this newsletter? Forward it to a colleague - they can sign up on our website.

You are receiving this because you subscribed. Unsubscribe or change your preferences at any time.""", "edu newsletter with forward-to-a-colleague footer"),
("newsletter", "in", 3, "Library news - new arrivals", """
New arrivals this month include three graphic novels, a new atlas and the latest Carnegie shortlist.

Know someone who would like this? Feel free to forward it on. To stop receiving these emails, click unsubscribe.""", "library newsletter"),
("newsletter", "in", 5, "Sports partnership bulletin - spring term", """
Dates for the spring term: cross country at the racecourse, indoor athletics at the leisure centre, and the tag rugby festival.

Please forward to your PE staff. Unsubscribe: reply with "remove".""", "sports partnership bulletin"),
("newsletter", "in", 7, "Museum learning - free workshops", """
Our free workshops for schools are back: Romans, Victorians and the Great Fire. Book early - places are limited.

Share this email with a teacher who might be interested. Manage your subscription or unsubscribe below.""", "museum workshop newsletter"),
("newsletter", "in", 11, "Your weekly safeguarding digest", """
This week's digest: updated guidance on online safety, a new training module and a summary of a recent case review.

Pass this on to your DSL team. You can unsubscribe at any time.""", "safeguarding digest newsletter"),

# ---------------------------------------------------------------- misc near misses
("misc", "int", 13, "Secret Santa", """
Hi all,

Secret Santa is back! Put your name in the envelope in the staff room by Friday. Spending limit \u00a35. Presents under the tree by 17th December.""", "staff Secret Santa"),
("misc", "out", 0, "Pen pals for Year 4", """
Dear Ms Price,

Our Year 4 class would love to be pen pals with yours. Each child would write one letter a half term. Shall we send the first batch in the post after half term?""", "pen pal arrangement with another school"),
("misc", "role-int", 2, "Staff referral scheme", """
Dear colleagues,

We are short of teaching assistants. If you know someone who would be good, tell a friend about our vacancies - if they are appointed and pass probation you'll receive a \u00a3100 voucher.""", "referral scheme"),
("misc", "staff-pupils", 4, "Pass the parcel at the party", """
Year 2,

At our party on Friday we will play pass the parcel and musical statues. Please bring party food in a named box.""", "class party pass the parcel"),
("misc", "staff-pupils", 6, "Relay team", """
Relay team,

Practice on Thursday after school. We'll work on baton changes - the handover is where races are won and lost. Bring spikes.""", "relay training"),
("misc", "pupil", 8, "send me the notes?", """
hey can u send me the notes from history today, i was off. also can u send them 2 Oscar he was off too. thx""", "pupil asking to send notes to another pupil"),
]


def build_items():
    items = []
    rng = random.Random("chain-letter-items")
    for label, rows in (("positive", POS), ("negative", NEG)):
        for k, row in enumerate(rows):
            fam, env, ei, subj, body, note = row[:6]
            key = row[6] if len(row) > 6 else None
            blocks = B(body)
            it = {"label": label, "family": fam, "env": env, "env_i": ei + k, "subject": subj, "blocks": blocks,
                  "note": note, "key": key}
            if label == "positive":
                it["cover"] = POS_COVERS[k % len(POS_COVERS)]
                it["fwd_note"] = POS_FWD[k % len(POS_FWD)]
                it["attname"] = ["message", "read-this", "chain", "pass-it-on", "IMPORTANT", "forward"][k % 6]
                it["emoji"] = ["\U0001F340", "\U0001F64F", "\U0001F631", "\U0001F494", "\U0001F47B", "\u2728"][k % 6]
                # chains often go to many people at once
                if env in ("pupil", "int", "out", "pupil-out", "in") and k % 3 == 0:
                    it["n_rcpt"] = 6 + k % 9
                if k % 11 == 5:
                    it["bcc"] = True
                    it["n_rcpt"] = 12
            else:
                it["cover"] = NEG_COVERS[k % len(NEG_COVERS)]
                it["fwd_note"] = NEG_FWD[k % len(NEG_FWD)]
                it["attname"] = slug(subj)[:30] or "letter"
                it["emoji"] = ["\U0001F642", "\U0001F44D", "\U0001F4DA", "\u2600\ufe0f"][k % 4]
                if env in ("staff-pupils", "out-role", "role-int") and k % 2 == 0:
                    it["n_rcpt"] = 3 + k % 6
            if fam == "newsletter":
                it["extra_headers"] = [("List-Id", "<bulletin.%d.lists.example.com>" % k),
                                       ("List-Unsubscribe", "<mailto:unsubscribe+%d@lists.example.com>" % k)]
            if fam == "fwd-admin":
                it["not_shapes"] = ("inline-forward",)
            items.append(it)
    pos = [i for i in items if i["label"] == "positive"]
    neg = [i for i in items if i["label"] == "negative"]
    assign_shapes(pos, CORE_SHAPES, 0)
    assign_shapes(neg, CORE_SHAPES, 3)
    return pos + neg


if __name__ == "__main__":
    m = write_corpus(POLICY, build_items())
    print("wrote %d messages" % len(m))
