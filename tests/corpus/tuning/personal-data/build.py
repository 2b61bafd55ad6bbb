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

# ================================================================ personal-data: identifiers (generators + validators)
POLICY = "personal-data"

UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"   # 23 letters, no I O S
LA_CODES = [801, 937, 204, 330, 886, 919, 340, 213, 851, 373, 380, 316, 926, 855]


def uln_sum(d):
    return sum(int(d[i]) * (10 - i) for i in range(9)) + int(d[9])


def uln_valid(s):
    return bool(re.fullmatch(r"[1-9][0-9]{9}", s)) and uln_sum(s) % 11 == 10


def nhs_valid(s):
    m = re.fullmatch(r"([0-9]{3})([ -]?)([0-9]{3})\2([0-9]{4})", s)
    if not m:
        return False
    d = m.group(1) + m.group(3) + m.group(4)
    return uln_sum(d) % 11 == 0


def upn_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]", s):
        return False
    vals = [int(c) if c.isdigit() else UPN_ALPHA.index(c) for c in s[1:]]
    return UPN_ALPHA[sum(v * (i + 2) for i, v in enumerate(vals)) % 23] == s[0]


def nino_valid(s):
    t = re.sub(r"[ -]", "", s.upper())
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", t):
        return False
    return t[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_valid(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if 300 <= int(d[:3]) <= 305 or d[:2] in ("36", "38", "39"):
        return 14 <= n <= 19
    if d[:2] == "50" or 56 <= int(d[:2]) <= 69:
        return 12 <= n <= 19
    return False


def bank_valid(sc, acc):
    sc = re.sub(r"[ -]", "", sc)
    if not (len(sc) == 6 and len(acc) == 8 and sc.isdigit() and acc.isdigit()):
        return False
    if sc == "499273":  # DBLAL example row
        w = [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]
        return sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(sc + acc, w)) % 10 == 0
    if 10004 <= int(sc) <= 16715:
        w = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
        return sum(int(a) * b for a, b in zip(sc + acc, w)) % 11 == 0
    return False


def dvla_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z9]{5}[0-9][0156][0-9][0-3][0-9][0-9][A-Z9]{2}[0-9][A-Z0-9]{2}", s):
        return False
    if re.search(r"9[A-Z]", s[:5]) or s[0] == "9" or (s[11] == "9" and s[12] != "9"):
        return False
    m = int(s[6:8])
    m = m - 50 if m > 50 else m
    if not 1 <= m <= 12:
        return False
    day = int(s[8:10])
    return 1 <= day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


MRZ_VAL = {c: i for i, c in enumerate("0123456789")}
MRZ_VAL.update({c: i + 10 for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
MRZ_VAL["<"] = 0


def mrz_check(s):
    return str(sum(MRZ_VAL[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def gen_uln(rng):
    while True:
        d = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        r = sum(int(d[i]) * (10 - i) for i in range(9)) % 11
        if r == 0:
            continue
        s = d + str(10 - r)
        assert uln_valid(s) and not nhs_valid(s)
        return s


def gen_nhs(rng):
    while True:
        d = "".join(str(rng.randrange(10)) for _ in range(9))
        r = sum(int(d[i]) * (10 - i) for i in range(9)) % 11
        c = 11 - r
        if c == 10:
            continue
        s = d + str(0 if c == 11 else c)
        if s[0] == "0":
            continue
        assert nhs_valid(s) and not uln_valid(s)
        return s


def fmt_nhs(s, style):
    return {"plain": s, "space": "%s %s %s" % (s[:3], s[3:6], s[6:]), "hyphen": "%s-%s-%s" % (s[:3], s[3:6], s[6:])}[style]


def gen_upn(rng, temp=False):
    la = rng.choice(LA_CODES)
    body = "%03d%04d%02d" % (la, rng.choice([2001, 2014, 2107, 3302, 3455, 4000, 5201, 2205]), rng.randrange(10, 26))
    body += ("%02d" % rng.randrange(100) + rng.choice(UPN_ALPHA)) if temp else "%03d" % rng.randrange(1, 1000)
    vals = [int(c) if c.isdigit() else UPN_ALPHA.index(c) for c in body]
    s = UPN_ALPHA[sum(v * (i + 2) for i, v in enumerate(vals)) % 23] + body
    assert upn_valid(s)
    return s


NINO_L1 = "ABCEGHJKLMNPRSTWXYZ"
NINO_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_nino(rng):
    while True:
        p = rng.choice(NINO_L1) + rng.choice(NINO_L2)
        if p in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        s = p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")
        assert nino_valid(s)
        return s


def fmt_nino(s, style):
    if style == "space":
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if style == "hyphen":
        return "%s-%s-%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    return s


def gen_card(rng, brand="visa"):
    pre = {"visa": "4" + str(rng.randrange(10)), "mc": str(rng.randrange(51, 56)), "amex": rng.choice(["34", "37"])}[brand]
    n = 15 if brand == "amex" else 16
    while True:
        d = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn_ok(d + c):
                s = d + c
                assert card_valid(s)
                return s


def fmt_card(s, style):
    if len(s) == 15:
        g = [s[:4], s[4:10], s[10:]]
    else:
        g = [s[i:i + 4] for i in range(0, len(s), 4)]
    return {"plain": s, "space": " ".join(g), "hyphen": "-".join(g)}[style]


def gen_bank(rng):
    while True:
        sc = "%06d" % rng.randrange(10004, 16716)
        acc = "".join(str(rng.randrange(10)) for _ in range(8))
        if bank_valid(sc, acc):
            return sc, acc


def fmt_sc(sc, style="hyphen"):
    return {"hyphen": "%s-%s-%s", "space": "%s %s %s", "plain": "%s%s%s"}[style] % (sc[:2], sc[2:4], sc[4:])


def gen_passport(rng):
    return "%d%08d" % (rng.randrange(1, 6), rng.randrange(10 ** 8))


def gen_dvla(surname, dob, female, initials, rng):
    sur = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
    mm = dob.month + (50 if female else 0)
    ini = re.sub(r"[^A-Z]", "", initials.upper())[:2].ljust(2, "9")
    s = "%s%d%02d%02d%d%s9%s" % (sur, (dob.year // 10) % 10, mm, dob.day, dob.year % 10, ini,
                                  rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
    assert dvla_valid(s), s
    return s


def mrz_line2(docno, dob, expiry, sex, rng):
    nat = "GBR"
    d = dob.strftime("%y%m%d")
    e = expiry.strftime("%y%m%d")
    personal = "<" * 14
    l = docno + mrz_check(docno) + nat + d + mrz_check(d) + sex + e + mrz_check(e) + personal + mrz_check(personal)
    comp = docno + mrz_check(docno) + d + mrz_check(d) + e + mrz_check(e) + personal + mrz_check(personal)
    return l + mrz_check(comp)


# ---- near misses
def bad_10digit(rng, start=None):
    """10 digits that pass neither the ULN nor the NHS check."""
    while True:
        s = (start or str(rng.randrange(1, 10))) + "".join(str(rng.randrange(10)) for _ in range(10 - len(start or "x")))
        if len(s) == 10 and not uln_valid(s) and not nhs_valid(s) and not luhn_ok(s):
            return s


def corrupt_uln(rng):
    s = gen_uln(rng)
    while True:
        t = s[:9] + str((int(s[9]) + rng.randrange(1, 10)) % 10)
        if not uln_valid(t) and not nhs_valid(t):
            return t


def corrupt_nhs(rng):
    s = gen_nhs(rng)
    while True:
        t = s[:9] + str((int(s[9]) + rng.randrange(1, 10)) % 10)
        if not nhs_valid(t) and not uln_valid(t):
            return t


def corrupt_upn(rng):
    s = gen_upn(rng)
    while True:
        t = rng.choice(UPN_ALPHA) + s[1:]
        if not upn_valid(t):
            return t


def corrupt_card(rng, brand="visa"):
    s = gen_card(rng, brand)
    return s[:-1] + str((int(s[-1]) + rng.randrange(1, 10)) % 10)


# ---- people and dates
FIRST_F = ["Amelia", "Zo\u00eb", "Chlo\u00e9", "Isla", "Maisie", "Ruby", "Aaliyah", "Hannah", "Niamh", "Si\u00e2n",
           "Lily-Rose", "Evie", "Fatima", "Oliwia", "Ava", "Sophie", "Leah", "Imogen", "Jasmine", "Ana\u00efs"]
FIRST_M = ["Jacob", "Ethan", "Kacper", "Ciar\u00e1n", "Muhammad", "Reuben", "Alfie", "Theo", "Dylan", "Jos\u00e9",
           "Callum", "Arjun", "Finley", "Lewis", "Kai", "Owen", "Samuel", "Harvey", "Ibrahim", "Joshua"]
LAST = ["Turner", "Hill", "Okonkwo", "Walsh", "Nowak", "Ali", "Brennan", "Davies", "Fitzgerald", "Gill", "Hussain",
        "Jenkins", "Kaur", "Lambert", "MacDonald", "Nwosu", "O'Brien", "Pearson", "Quinn", "Rahman", "Sutton",
        "Thompson", "Underwood", "Vickers", "Wright", "Yilmaz", "Zielinski", "Ashworth", "Bailey-Cole", "Cooper"]


def person(rng, sex=None):
    sex = sex or rng.choice("FM")
    return (rng.choice(FIRST_F if sex == "F" else FIRST_M), rng.choice(LAST), sex)


def people(rng, n):
    seen, out = set(), []
    while len(out) < n:
        p = person(rng)
        if (p[0], p[1]) not in seen:
            seen.add((p[0], p[1]))
            out.append(p)
    return out


def full(p):
    return "%s %s" % (p[0], p[1])


def rand_dob(rng, y0=2009, y1=2020):
    d0 = datetime.date(y0, 1, 1)
    return d0 + datetime.timedelta(days=rng.randrange((datetime.date(y1, 12, 31) - d0).days))


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, style):
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-short":
        return "%d/%d/%d" % (d.day, d.month, d.year)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    if style == "yy":
        return d.strftime("%d/%m/%y")
    if style == "long":
        return "%d %s %d" % (d.day, d.strftime("%B"), d.year)
    if style == "ord":
        return "%s %s %d" % (ordinal(d.day), d.strftime("%b"), d.year)
    raise ValueError(style)


def date_valid(s):
    for f in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y", "%d %B %Y", "%d %b %Y"):
        try:
            datetime.datetime.strptime(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s), f)
            return True
        except ValueError:
            pass
    return False

# ================================================================ personal-data: content
ORG = {
    "appr": ("Gary Mills", "gary.mills@apprenticeships.example"),
    "admissions": ("Oakfield Academy Admissions", "admissions@oakfield-academy.example"),
    "nurse": ("School Nursing Team", "schoolnurses@healthtrust.example"),
    "camhs": ("CAMHS Referrals", "referrals@camhs.example"),
    "payroll": ("EduPay Payroll", "payroll@edupay.example"),
    "pension": ("Pensions Admin", "pensions@example.org"),
    "tour": ("Alpine Tours Bookings", "bookings@alpine-tours.example"),
    "fa": ("County FA Competitions", "competitions@countyfa.example"),
    "insure": ("SchoolCover Claims", "claims@schoolcover.example"),
    "tutor": ("Megan Jenkins", "tutor.jenkins@gmail.example"),
    "awarding": ("Centre Support", "centres@awardingbody.example"),
    "hire": ("Van Hire Desk", "hire@vanhire.example"),
    "dbs": ("DBS Checks", "checks@dbsumbrella.example"),
    "outdoor": ("Group Bookings", "groups@outdoorcentre.example"),
    "cater": ("School Caterers", "orders@schoolcaterers.example"),
    "swim": ("Gala Secretary", "gala@swimclub.example"),
    "agency": ("Tuition Partners", "placements@tuitionpartners.example"),
    "lycee": ("Madame Girard", "m.girard@lycee-exemple.example"),
    "counsel": ("Youth Counselling Intake", "intake@youthcounselling.example"),
    "college": ("Riverside College MIS", "mis@riverside-college.example"),
    "coach": ("Cityline Coaches", "accounts@citylinecoaches.example"),
    "mis": ("MIS Support", "support@mis-vendor.example"),
    "printer": ("PrintRight", "studio@printright.example"),
    "la": ("Early Help Hub", "earlyhelp@council.example"),
}
HOME = {"%s@%s" % (l, STAFF_DOM): (n, l.replace(".", "") + "77@homemail.example") for n, l in STAFF}
SCHOOL_SIG = "{name}\n{title}\nHolloway Park School, 12 Holloway Road, Birmingham B33 8TH\nTel 0113 496 0999"
TITLES = ["Data Manager", "Office Manager", "SENCo", "Head of Year 9", "Trips Coordinator", "Business Manager",
          "Exams Officer", "Class Teacher", "Attendance Officer", "PE Teacher", "School Business Manager", "DSL"]


def sig(frm, k, short=False):
    if short:
        return frm[0].split()[0]
    return SCHOOL_SIG.format(name=frm[0], title=TITLES[k % len(TITLES)])


def P(*paras):
    return [("p", p) for p in paras]


ITEMS = []


def add(label, family, frm, to, subject, blocks, note, k=0, auth="same", **kw):
    it = {"label": label, "family": family, "env_pairs": (frm, to, frm[1] if auth == "same" else auth),
          "subject": subject, "blocks": blocks, "note": note, "sign": kw.pop("sign", sig(frm, k, kw.pop("short", False)))}
    it.update(kw)
    it.setdefault("fwd_from", frm)       # attached / quoted original is the sender's own earlier mail
    it.setdefault("fwd_to", to)
    it.setdefault("attname", slug(subject)[:32] or "data")
    it.setdefault("cover", "Please find the file attached.")
    it.setdefault("fwd_note", "See below.")
    ITEMS.append(it)
    return it


R = random.Random("personal-data-content")
DS = ["dmy", "dmy-short", "dot", "dash", "iso", "yy", "long", "ord"]
out_ = lambda key: [ORG[key]]


def build_positive():
    k = 0
    # ---------------------------------------------------------------- ULN
    ps = people(R, 5)
    add("positive", "uln", staff(0), out_("appr"), "Apprentices starting Monday",
        P("Hi Gary,", "As promised, here are the ULNs for the five apprentices who start with you on Monday, so you can get them on the ILR before the census.") +
        [("table", ["Name", "ULN"], [[full(p), gen_uln(R)] for p in ps])] + P("Shout if any of them don't match the LRS."),
        "ULN table for new apprentices sent to a training provider", k, tstyle="pipe", key="ULNs for the five")
    u = gen_uln(R)
    add("positive", "uln", staff(1), out_("awarding"), "Re: learner record query",
        P("Hello,", "Further to our phone call this morning: Kacper Nowak's unique learner number, which you said the awarding body needs before the certificate can be reissued, is %s." % u,
          "He sat the qualification with us in June."),
        "single ULN with the keyword several words before the number", 1, key="unique learner number")
    ps = people(R, 6)
    add("positive", "uln", staff(2), out_("college"), "Transition - Year 11 leavers joining you",
        P("Dear colleague,", "Please find below the learner numbers for our six leavers who have accepted places at Riverside. Their dates of birth are included so you can match them.") +
        [("table", ["Surname", "Forename", "DOB", "Learner no."], [[p[1], p[0], fmt_date(rand_dob(R, 2008, 2009), "dmy"), gen_uln(R)] for p in ps])],
        "ULN + DOB table to an FE college", 2, tstyle="tab")
    ps = people(R, 7)
    add("positive", "uln", staff(3), out_("mis"), "ILR upload - numbers",
        P("Hi,", "Here are the numbers you need for the ILR upload (the learner ones, not the candidate numbers). The upload keeps failing on these seven.") +
        [("table", ["Learner", "Number"], [[full(p), gen_uln(R)] for p in ps])],
        "ULN list where 'learner ... numbers' is a few words from the data", 3, tstyle="list")
    ps = people(R, 12)
    add("positive", "uln", staff(4), out_("appr"), "uln list", [("table", ["Learner", "ULN", "Programme"],
        [[full(p), gen_uln(R), R.choice(["Business Admin L3", "Childcare L2", "Digital Support L3", "Engineering L2"])] for p in ps])],
        "CSV of 12 learners with ULNs", 4, shape="csv", cover="Hi Gary - the list for the new cohort is attached. Thanks")
    ps = people(R, 4)
    rows = [[full(p), fmt_date(rand_dob(R, 2008, 2010), "dmy"), gen_uln(R)] for p in ps]
    add("positive", "uln", staff(5), [HOME[staff(5)[1]]], "for tonight",
        P("Sending this to my home email so I can finish the exam entries tonight - names, DOBs and ULNs for the resit group:") +
        [("table", ["Name", "DOB", "ULN"], rows)],
        "staff sending learner ULNs and DOBs to a personal home address", 5, short=True, tstyle="aligned")
    u = gen_uln(R)
    add("positive", "uln", staff(6), out_("awarding"), "ULN %s for Freya Douglas - missing result" % u,
        P("Hi, please could you look into the missing unit result for this learner? Details in the subject line. Thank you."),
        "ULN and learner name in the Subject header only", 6)
    ps = people(R, 3)
    add("positive", "uln", staff(7), out_("college"), "Three late applicants",
        P("Hi Priya,", "The three late applicants are %s (ULN %s), %s (ULN %s) and %s (ULN %s). All three will be 16 before September." %
          (full(ps[0]), gen_uln(R), full(ps[1]), gen_uln(R), full(ps[2]), gen_uln(R))),
        "inline ULNs in a sentence", 7, key="ULN")

    # ---------------------------------------------------------------- UPN
    ps = people(R, 3)
    add("positive", "upn", staff(8), out_("admissions"), "Pupils transferring to Oakfield",
        P("Dear Admissions team,", "The CTF for the three pupils moving to you after half term has not gone through, so here are their details while we sort it out:") +
        [("table", ["Pupil", "UPN", "Date of birth"], [[full(p), gen_upn(R), fmt_date(rand_dob(R, 2012, 2013), "long")] for p in ps])],
        "UPNs and DOBs to a receiving school (outside the organisation)", 8, tstyle="list")
    add("positive", "upn", staff(9), out_("agency"), "Tutoring - Amelia",
        P("Hi,", "For the tutoring registration, the UPN for Amelia Rose Hart is %s. She is in Year 8 and the funding code is NTP-22." % gen_upn(R)),
        "single UPN with pupil name to a tuition agency", 9, key="UPN for Amelia")
    ps = people(R, 12)
    add("positive", "upn", staff(10), out_("printer"), "Year 7 ID cards",
        P("Hello,", "Here is the Year 7 list for the photo ID cards. Please print the number under the barcode.") +
        [("table", ["Forename", "Surname", "Form", "UPN"], [[p[0], p[1], "7" + R.choice("ABCD"), gen_upn(R)] for p in ps])],
        "12-row UPN list to a printing company", 10, shape="xlsx", cover="Spreadsheet attached for the ID cards. Thanks!")
    ps = people(R, 4)
    add("positive", "upn", staff(11), out_("la"), "Early help - family referral",
        P("Dear Early Help team,", "Following our conversation, the children in the family are listed below with their unique pupil numbers and dates of birth so you can check your records.") +
        [("table", ["Child", "Unique pupil no", "DOB"], [[full(p), gen_upn(R), fmt_date(rand_dob(R, 2011, 2018), "dot")] for p in ps])],
        "sibling group UPNs + DOBs to LA early help (outside the school's domains)", 11, tstyle="pipe")
    add("positive", "upn", staff(12), out_("admissions"), "New arrival - temporary number",
        P("Hi,", "Ciar\u00e1n Walsh arrived from Ireland last week and only has a temporary UPN so far: %s. His date of birth is %s." %
          (gen_upn(R, temp=True), fmt_date(rand_dob(R, 2013, 2013), "ord")), "We'll send the permanent one when the LA issues it."),
        "temporary UPN (final letter) with DOB", 12)
    u = gen_upn(R)
    add("positive", "upn", staff(13), out_("mis"), "UPN query - Noah Williams %s" % u,
        P("Hi, the pupil in the subject line is showing twice in the census return. Can you merge the records?"),
        "UPN in Subject header", 13)
    ps = people(R, 8)
    add("positive", "upn", staff(14), out_("outdoor"), "Year 6 residential - group list",
        P("Hello,", "Here's our group list for the residential, with each child's UPN as the ID number your booking system asked for.") +
        [("table", ["Child", "UPN", "Dietary"], [[full(p), gen_upn(R), R.choice(["none", "vegetarian", "halal", "no nuts"])] for p in ps])],
        "UPNs only in the HTML alternative; plain part says view in HTML", 14, shape="alternative", alt_only="html",
        alt_filler="The group list is in the HTML version of this email.")
    ps = people(R, 11)
    add("positive", "upn", staff(15), out_("tutor"), "pupil list",
        P("Megan - list for the intervention groups.") +
        [("table", ["name", "upn", "dob", "group"], [[full(p), gen_upn(R), fmt_date(rand_dob(R, 2010, 2011), "iso"), R.choice("ABC")] for p in ps])],
        "CSV of UPNs and DOBs inside a plain zip", 15, shape="zip", cover="Zipped up for you.", zip_readme=True)

    # ---------------------------------------------------------------- NHS
    add("positive", "nhs", staff(16), out_("nurse"), "Mia Kovacs - asthma review",
        P("Dear School Nursing Team,", "Mia's mum has asked us to pass this on. NHS no. %s. She has been using her blue inhaler most days this half term and mum would like a review." % fmt_nhs(gen_nhs(R), "space")),
        "spaced NHS number with health information", 16, key="NHS no.")
    add("positive", "nhs", staff(17), out_("camhs"), "Referral - Reuben Sutton",
        P("Dear CAMHS,", "I am referring Reuben Sutton, date of birth %s, NHS number %s. Reuben has been self-harming and his parents have consented to the referral." %
          (fmt_date(rand_dob(R, 2010, 2011), "dmy"), fmt_nhs(gen_nhs(R), "hyphen")), "Please contact me on the school number if you need more information."),
        "CAMHS referral with hyphenated NHS number, DOB and health detail", 17)
    ps = people(R, 8)
    add("positive", "nhs", staff(0), out_("nurse"), "Immunisation session - Year 9",
        P("Hi,", "Ahead of the HPV session, here are the pupils whose parents returned paper forms, with NHS numbers as requested.") +
        [("table", ["Pupil", "DOB", "NHS number"], [[full(p), fmt_date(rand_dob(R, 2011, 2012), "dmy"), gen_nhs(R)] for p in ps])],
        "table of NHS numbers with DOBs", 18, tstyle="aligned")
    add("positive", "nhs", staff(1), out_("tour"), "Medical info - Sophie",
        P("Hello,", "You asked for Sophie Brennan's health details for the trip insurance. The NHS number printed on her red book, which her mum handed in this morning, is %s. She carries an EpiPen for a peanut allergy." % gen_nhs(R)),
        "NHS number with keyword several words away and allergy information", 19, key="NHS number printed")
    ps = people(R, 5)
    add("positive", "nhs", staff(2), out_("outdoor"), "Medical needs for the residential",
        P("Hi,", "Medical information for the children on next week's visit:") +
        [("table", ["Child", "Condition", "Medication", "NHS no"], [[full(p), c, m, fmt_nhs(gen_nhs(R), "space")] for p, (c, m) in
          zip(ps, [("asthma", "salbutamol"), ("type 1 diabetes", "insulin pump"), ("epilepsy", "buccal midazolam"), ("nut allergy", "EpiPen"), ("ADHD", "methylphenidate")])])],
        "medical needs table with NHS numbers to an activity centre", 20, tstyle="pipe")
    n = fmt_nhs(gen_nhs(R), "space")
    add("positive", "nhs", staff(3), out_("nurse"), "NHS %s - Liam Gallagher (DOB %s)" % (n, fmt_date(rand_dob(R, 2015, 2015), "dmy")),
        P("Please see subject. Mum says the vaccination record is wrong."),
        "NHS number and DOB in Subject", 21)
    ps = people(R, 1)
    add("positive", "nhs", staff(4), out_("counsel"), "Care plan - %s" % full(ps[0]),
        [("p", "Individual healthcare plan"), ("table", ["Field", "Detail"], [
            ["Name", full(ps[0])], ["Date of birth", fmt_date(rand_dob(R, 2012, 2012), "long")], ["NHS number", fmt_nhs(gen_nhs(R), "space")],
            ["Condition", "Crohn's disease"], ["GP", "Dr Hale, Parkside Surgery"], ["Emergency contact", "Mother"]])],
        "healthcare plan document with NHS number and DOB", 22, shape="docx", cover="Hi, the plan we discussed is attached.")
    add("positive", "nhs", staff(5), out_("camhs"), "Fwd: update from mum",
        P("Hello, mum has sent more information - her message is below. I'm forwarding so it's with you before the appointment.",
          "Ethan Ali, DOB %s, NHS %s. He hasn't slept properly for weeks and says he doesn't want to come to school. The paediatrician thinks it may be anxiety." %
          (fmt_date(rand_dob(R, 2012, 2013), "dmy"), gen_nhs(R))),
        "forwarded parent message with NHS number to CAMHS", 23)

    # ---------------------------------------------------------------- NINO
    ps = people(R, 2)
    add("positive", "nino", role(3), out_("payroll"), "New starters - November payroll",
        P("Hi,", "Two new support staff start on the 3rd. Their NI numbers and dates of birth are below for the starter forms.") +
        [("table", ["Name", "NI number", "DOB"], [[full(p), fmt_nino(gen_nino(R), "space"), fmt_date(rand_dob(R, 1975, 1999), "dmy")] for p in ps])],
        "NI numbers + DOBs of new staff to external payroll", 24, tstyle="list", key="NI numbers")
    add("positive", "nino", staff(6), out_("pension"), "Pension opt-in - Mr Owen Pearson",
        P("Dear Pensions team,", "Mr Pearson would like to opt back in. National Insurance number: %s. Date of birth %s." % (fmt_nino(gen_nino(R), "space"), fmt_date(rand_dob(R, 1970, 1990), "long"))),
        "NINO and DOB to a pensions administrator", 25)
    ps = people(R, 10)
    add("positive", "nino", role(3), out_("payroll"), "Supply staff - October",
        P("Supply staff worked in October, with NINOs for the agency return.") +
        [("table", ["Name", "NINo", "Days"], [[full(p), gen_nino(R), str(R.randrange(1, 20))] for p in ps])],
        "10 NINOs in a spreadsheet", 26, shape="xlsx", cover="October figures attached.")
    add("positive", "nino", staff(7), out_("dbs"), "DBS application - volunteer",
        P("Hello,", "For the volunteer's DBS check: N.I. no %s, current address since 2019. She has no previous names." % fmt_nino(gen_nino(R), "hyphen")),
        "hyphenated NINO with 'N.I. no' abbreviation", 27)
    ps = people(R, 1)
    add("positive", "nino", staff(8), [HOME[staff(8)[1]]], "payroll stuff",
        P("Note to self - new TA details so I can do the forms at home:", "%s, born %s, NI %s, starts Monday." % (full(ps[0]), fmt_date(rand_dob(R, 1985, 1998), "dmy"), gen_nino(R))),
        "staff emailing a colleague's NINO and DOB to a home address", 28, short=True)
    add("positive", "nino", role(3), out_("pension"), "Teachers' pension query",
        P("Hello,", "We have a query about service history for one of our teachers. The number HMRC hold for her (her national insurance one, which matches her P60) is %s." % fmt_nino(gen_nino(R), "space"),
          "Her record shows a gap between 2014 and 2016 that we think is wrong."),
        "NINO with keyword a few words away", 29, key="national insurance")
    n = fmt_nino(gen_nino(R), "space")
    add("positive", "nino", role(3), out_("payroll"), "NI %s - tax code query" % n,
        P("Hi, please can you check the tax code for the staff member above? Thanks."),
        "NINO in Subject", 30)

    # ---------------------------------------------------------------- payment cards
    c = gen_card(R, "visa")
    add("positive", "card", role(0), out_("tour"), "Ski trip deposit - Mrs Hussain",
        P("Hello,", "Mrs Hussain phoned the office with her card details to pay the balance for her son's place on the ski trip:",
          "Card no. %s, expiry 09/27, security code 381. Name on card N Hussain. Amount \u00a3420." % fmt_card(c, "space"),
          "Please could you process it and email a receipt to us."),
        "parent's card number, expiry and CVV to a tour operator", 31, key="Card no.")
    c = gen_card(R, "mc")
    add("positive", "card", staff(9), out_("coach"), "Payment for coach hire",
        P("Hi,", "Please take payment for the Year 10 coach using the school purchasing card - the long number on the front is %s, expires 11/26." % fmt_card(c, "hyphen")),
        "school purchasing card number (hyphenated) to a coach company", 32)
    c = gen_card(R, "amex")
    add("positive", "card", staff(10), out_("outdoor"), "Booking guarantee",
        P("Hello,", "To hold the booking, here is my Amex: %s, valid to 04/28. I'll claim it back through school expenses." % fmt_card(c, "space")),
        "Amex number in 4-6-5 grouping with expiry", 33)
    ps = people(R, 3)
    add("positive", "card", role(0), out_("tour"), "Trip balances by card",
        P("The following parents have asked us to pay by card over the phone:") +
        [("table", ["Parent", "Card number", "Expiry"], [["Mr/Mrs " + p[1], fmt_card(gen_card(R, R.choice(["visa", "mc"])), "space"), "%02d/%d" % (R.randrange(1, 13), R.randrange(26, 30))] for p in ps])],
        "three parents' card numbers with expiry dates", 34, tstyle="aligned")
    c = gen_card(R, "visa")
    add("positive", "card", staff(11), out_("printer"), "Order 5531 - payment",
        P("Hi,", "Happy to pay for the prospectus reprint now. Card: %s Exp 02/27 CVV 044. Please don't store it." % c),
        "unspaced Visa with card keyword and expiry", 35)
    c = gen_card(R, "mc")
    add("positive", "card", staff(12), out_("hire"), "Deposit for the minibus",
        P("Hello,", "The deposit can go on this card. Name on card: J Baxter. Card number %s. Expiry date 07/28." % fmt_card(c, "space")),
        "card number with name on card and expiry", 36)
    c = gen_card(R, "visa")
    add("positive", "card", staff(13), out_("tour"), "Payment form",
        [("p", "Payment authorisation"), ("table", ["Field", "Value"], [["Cardholder", "Mr T Fairweather"], ["Card number", fmt_card(c, "space")],
                                                                  ["Expiry", "05/27"], ["Amount", "\u00a3150.00"]])],
        "card payment form as a .docx", 37, shape="docx", cover="Completed form attached.")

    # ---------------------------------------------------------------- bank details
    sc, acc = gen_bank(R)
    add("positive", "bank", role(3), out_("tour"), "Refund - cancelled place",
        P("Hello,", "Please refund Mrs Shah directly for her daughter's cancelled place. Her bank details are: sort code %s, a/c no %s, account name P Shah." % (fmt_sc(sc), acc)),
        "parent's sort code + account to a tour operator for a refund", 38, key="sort code")
    sc, acc = gen_bank(R)
    add("positive", "bank", role(3), out_("payroll"), "Bank details - new TA",
        P("Hi,", "New teaching assistant starting on the 1st - please set her up for BACS.", "Sort code: %s   Account number: %s" % (fmt_sc(sc, "space"), acc)),
        "new starter bank details to payroll", 39)
    add("positive", "bank", role(3), out_("payroll"), "Change of bank details",
        P("Hi,", "Mr Lambert has changed banks. Please update his BACS details to 49-92-73 12345678 from next month's pay run."),
        "sort code + account with BACS keyword (DBLAL example row)", 40)
    ps = people(R, 3)
    add("positive", "bank", role(3), out_("payroll"), "Bank changes this month",
        P("Bank detail changes for this month:") +
        [("table", ["Employee", "Sort code", "Account no."], [[full(p)] + (lambda b: [fmt_sc(b[0]), b[1]])(gen_bank(R)) for p in ps])],
        "three staff sort codes and accounts", 41, shape="xlsx", cover="Changes attached.")
    sc, acc = gen_bank(R)
    add("positive", "bank", staff(14), out_("coach"), "Re: refund",
        P("Hi,", "Sorry, I gave you the wrong details - the family's acc no. is %s and the sort code is %s." % (acc, fmt_sc(sc))),
        "account number before sort code with 'acc no.' abbreviation", 42)
    sc, acc = gen_bank(R)
    add("positive", "bank", staff(15), out_("insure"), "Claim 22871 - payee",
        P("Dear Claims,", "Please pay the settlement to the parent, Mr Quinn. Bank: %s %s (sort code and account)." % (fmt_sc(sc), acc)),
        "bank details with keyword after the numbers", 43)

    # ---------------------------------------------------------------- passport
    ps = people(R, 6)
    exp = lambda: datetime.date(R.randrange(2027, 2035), R.randrange(1, 13), R.randrange(1, 28))
    add("positive", "passport", staff(16), out_("tour"), "Paris trip - passport details",
        P("Hello,", "Passport details for the pupils on the Paris trip, as required by the ferry company:") +
        [("table", ["Name", "DOB", "Passport no.", "Expiry"], [[full(p), fmt_date(rand_dob(R, 2010, 2012), "dmy"), gen_passport(R), fmt_date(exp(), "dmy")] for p in ps])],
        "passport numbers with DOBs for a school trip", 44, tstyle="pipe")
    add("positive", "passport", staff(17), out_("lycee"), "Exchange - Ava's details",
        P("Bonjour Madame Girard,", "For the exchange insurance, Ava Thompson's passport number is %s and her date of birth is %s." % (gen_passport(R), fmt_date(rand_dob(R, 2010, 2010), "long"))),
        "single passport number with DOB to a partner school abroad", 45)
    p = person(R, "F")
    dob = rand_dob(R, 2011, 2011)
    docno = gen_passport(R)
    l2 = mrz_line2(docno, dob, datetime.date(2031, 3, 14), "F", R)
    l1 = ("P<GBR" + re.sub(r"[^A-Z]", "", asciify(p[1]).upper()) + "<<" + re.sub(r"[^A-Z]", "", asciify(p[0]).upper())).ljust(44, "<")[:44]
    add("positive", "passport", staff(0), out_("tour"), "passport scan text",
        P("Hi, the scanner didn't work so I've copied the two lines from the bottom of %s's passport photo page:" % p[0]) + [("pre", l1 + "\n" + l2)],
        "passport MRZ lines (valid check digits) pasted into mail", 46)
    ps = people(R, 10)
    add("positive", "passport", staff(1), out_("tour"), "Passports",
        [("table", ["Pupil", "Passport number", "Nationality", "Expiry"], [[full(p), gen_passport(R), "British", fmt_date(exp(), "dmy")] for p in ps])],
        "10 passport numbers in xlsx", 47, shape="xlsx", cover="The sheet you asked for.")
    ps = people(R, 3)
    add("positive", "passport", staff(2), out_("tour"), "Still missing",
        P("Hi,", "We now have passports for the last three. Numbers below, in the same order as your list:",
          "%s - %s; %s - %s; %s - %s." % (full(ps[0]), gen_passport(R), full(ps[1]), gen_passport(R), full(ps[2]), gen_passport(R))),
        "passport numbers with keyword in an earlier sentence", 48)

    # ---------------------------------------------------------------- driving licence
    def lic(p, y0=1965, y1=1995):
        d = rand_dob(R, y0, y1)
        return d, gen_dvla(p[1], d, p[2] == "F", p[0][0] + R.choice("ABCDEJMR"), R)
    p = person(R)
    d, l = lic(p)
    add("positive", "driving-licence", role(3), out_("insure"), "Minibus driver - %s" % full(p),
        P("Hello,", "Please add %s to the minibus policy. Driving licence number %s, date of birth %s. Full licence held since 2009, no points." % (full(p), l, fmt_date(d, "dmy"))),
        "DVLA number with DOB to an insurer", 49)
    ps = people(R, 3)
    rows = []
    for p in ps:
        d, l = lic(p)
        rows.append([full(p), fmt_date(d, "dmy"), l])
    add("positive", "driving-licence", staff(3), out_("hire"), "Drivers for the hire",
        P("Hi,", "These three staff will drive the hired minibuses. Licence details:") + [("table", ["Driver", "DOB", "Licence no."], rows)],
        "three driving licence numbers with DOBs", 50, tstyle="aligned")
    p = person(R)
    d, l = lic(p)
    add("positive", "driving-licence", staff(4), out_("dbs"), "ID for DBS",
        P("Hello,", "ID seen for the new caretaker: DL no. %s (photocard, valid). Passport not available." % l),
        "'DL no.' abbreviation with licence number", 51)
    p = person(R, "F")
    d, l = lic(p, 1980, 1992)
    add("positive", "driving-licence", staff(5), out_("insure"), "Parent volunteer driver",
        P("Hi,", "A parent, %s, has volunteered to drive for the netball fixture. Her licence (%s) has been checked by the office and she is happy for you to run a DVLA check." % (full(p), l)),
        "parent volunteer's licence number with keyword a few words before", 52)
    ps = people(R, 4)
    rows = []
    for p in ps:
        d, l = lic(p)
        rows.append([full(p), l, "B, D1" if R.random() < 0.5 else "B"])
    add("positive", "driving-licence", role(3), out_("hire"), "Approved drivers list",
        [("table", ["Name", "Driving licence number", "Categories"], rows)],
        "approved drivers spreadsheet in a zip", 53, shape="zip", cover="List attached (zipped).")

    # ---------------------------------------------------------------- several named people with dates of birth
    ps = people(R, 8)
    add("positive", "dob-list", staff(6), out_("fa"), "U13 county cup - team sheet",
        P("Hi,", "Team sheet for Saturday's cup match. Names and DOBs below so you can check eligibility.") +
        [("table", ["Player", "DOB"], [[full(p), fmt_date(rand_dob(R, 2012, 2013), "dmy")] for p in ps])],
        "team sheet with names and DOBs to a county FA", 54, tstyle="list", key="Names and DOBs")
    ps = people(R, 6)
    add("positive", "dob-list", staff(7), out_("insure"), "Residential - insurance",
        P("Hello,", "The insurer needs dates of birth for every child on the trip. Here they are:") +
        [("table", ["Name", "Date of birth"], [[full(p), fmt_date(rand_dob(R, 2014, 2015), "long")] for p in ps])],
        "residential trip insurance DOB list", 55, tstyle="aligned")
    ps = people(R, 5)
    add("positive", "dob-list", staff(8), out_("swim"), "Gala entries",
        P("Hi,", "Gala entries for the under 11s. %s" % "; ".join("%s (D.O.B. %s)" % (full(p), fmt_date(rand_dob(R, 2015, 2016), "dot")) for p in ps)),
        "D.O.B. abbreviation inline for five children", 56)
    ps = people(R, 4)
    add("positive", "dob-list", staff(9), out_("outdoor"), "Kayaking - ages",
        P("Hello,", "You asked for ages for the kayaking groups. %s was born on %s, %s on %s, %s on %s and %s on %s." %
          tuple(x for p in ps for x in (full(p), fmt_date(rand_dob(R, 2011, 2013), "ord")))),
        "'born on' phrasing with ordinal dates", 57)
    ps = people(R, 9)
    add("positive", "dob-list", staff(10), out_("fa"), "Girls' football registration",
        [("table", ["First name", "Surname", "DOB", "Year"], [[p[0], p[1], fmt_date(rand_dob(R, 2011, 2012), "dmy"), "Y8"] for p in ps])],
        "registration spreadsheet with DOBs", 58, shape="xlsx", cover="Registration sheet attached.")
    ps = people(R, 6)
    add("positive", "dob-list", staff(11), out_("swim"), "Swimming lessons list",
        P("Hi, class list for the swimming pool - they asked for each child's birthday in full:") +
        [("table", ["Child", "Birthday"], [[full(p), fmt_date(rand_dob(R, 2016, 2017), "yy")] for p in ps])],
        "two-digit-year DOBs labelled 'birthday'", 59, tstyle="tab")
    ps = people(R, 7)
    add("positive", "dob-list", staff(12), out_("outdoor"), "Year 5 camp",
        [("p", "Year 5 camp - participants"), ("table", ["Name", "Born", "Allergies"], [[full(p), fmt_date(rand_dob(R, 2015, 2015), "iso"), R.choice(["-", "-", "latex", "dairy"])] for p in ps])],
        "camp participants with ISO DOBs in a docx", 60, shape="docx", cover="Participant list attached.")
    ps = people(R, 3)
    add("positive", "dob-list", staff(13), out_("agency"), "Siblings",
        P("Hello,", "The three siblings are %s (%s), %s (%s) and %s (%s) - dates of birth in brackets." %
          tuple(x for p in ps for x in (full(p), fmt_date(rand_dob(R, 2010, 2018), "dmy")))),
        "DOBs in brackets with keyword after the data", 61)
    ps = people(R, 5)
    add("positive", "dob-list", staff(14), out_("insure"), "DOBs",
        P("as requested -") + [("table", ["Name", "Date"], [[full(p), fmt_date(rand_dob(R, 2012, 2014), "dash")] for p in ps])],
        "bare name/date pairs under the subject 'DOBs'", 62, tstyle="tab")
    ps = people(R, 6)
    add("positive", "dob-list", staff(15), out_("fa"), "Fwd: late entries",
        P("Forwarding the late entries from Mr Davies below.", "\n".join("%s - DOB %s" % (full(p), fmt_date(rand_dob(R, 2013, 2013), "dmy")) for p in ps)),
        "DOB list forwarded outside", 63)

    # ---------------------------------------------------------------- tables with identifiers, no keyword
    def ntable(n, gen, hdr, extra=None):
        ps_ = people(R, n)
        return [[full(p), "7" + R.choice("ABCDE"), gen()] + ([extra()] if extra else []) for p in ps_]
    add("positive", "table-no-keyword", staff(16), out_("tutor"), "the list",
        P("Here's the list.") + [("table", ["Name", "Form", "Ref"], ntable(12, lambda: gen_upn(R), None))],
        "12 UPNs under a 'Ref' heading, no keyword", 64, tstyle="pipe")
    add("positive", "table-no-keyword", staff(17), out_("college"), "group 2",
        [("table", ["Name", "Tutor group", "Number"], ntable(14, lambda: gen_uln(R), None))],
        "14 ULNs under a 'Number' heading, CSV", 65, shape="csv", cover="as promised")
    add("positive", "table-no-keyword", staff(0), out_("agency"), "names",
        P("see below") + [("table", ["Pupil", "Class", "ID"], ntable(11, lambda: gen_nhs(R), None))],
        "11 unformatted NHS numbers headed 'ID', no keyword", 66, tstyle="tab")
    add("positive", "table-no-keyword", staff(1), out_("mis"), "export",
        [("table", ["surname,forename", "reg", "id"], [[p[1] + ", " + p[0], "8" + R.choice("ABCD"), gen_upn(R)] for p in people(R, 15)])],
        "15-row export of UPNs as xlsx", 67, shape="xlsx", cover="Export attached.")
    add("positive", "table-no-keyword", staff(2), out_("tutor"), "group list",
        P("Groups for next term:") + [("table", ["Name", "Group", "Code"], ntable(10, lambda: gen_uln(R), None))],
        "10 ULNs headed 'Code' in HTML", 68, shape="html", tstyle="aligned")
    add("positive", "table-no-keyword", staff(3), out_("printer"), "badges",
        [("table", ["Name", "Form", "Barcode"], ntable(13, lambda: gen_upn(R), None))],
        "UPNs used as barcode values in CSV inside zip", 69, shape="zip", cover="Files for the badges.")
    add("positive", "table-no-keyword", staff(4), out_("nurse"), "Year 8",
        [("table", ["Name", "Form", "No."], ntable(12, lambda: fmt_nhs(gen_nhs(R), "space"), None))],
        "spaced NHS numbers headed 'No.' in CSV", 70, shape="csv", cover="Year 8 attached")
    add("positive", "table-no-keyword", staff(5), out_("agency"), "as discussed",
        P("As discussed on the phone.") + [("table", ["Name", "Form", "#", "Started"], ntable(10, lambda: gen_uln(R), None, lambda: "Sept"))],
        "10 ULNs with '#' column, no keyword", 71, tstyle="csv")
    add("positive", "table-no-keyword", staff(6), out_("tutor"), "Set 3",
        P("Set 3 for your records.") + [("table", ["Student", "Form", "Identifier"], ntable(12, lambda: gen_upn(R), None))],
        "UPN table sent as a .txt attachment", 72, shape="txt-attachment", tstyle="tab", cover="Attached.")
    add("positive", "table-no-keyword", staff(7), out_("mis"), "duplicates",
        P("These are showing up twice on your side.") + [("table", ["Name", "Form", "Key"], ntable(10, lambda: gen_nhs(R), None))],
        "10 NHS numbers headed 'Key'", 73, tstyle="pipe")

    # ---------------------------------------------------------------- SEN / health / safeguarding with an identifier or DOB
    ps = people(R, 4)
    needs = ["EHCP - autism (ASD), 1:1 support in maths", "SEN support - dyslexia, reader in tests", "EHCP - speech and language, CAMHS involved", "ADHD, on medication at lunchtime"]
    add("positive", "sen-health", staff(8), out_("tutor"), "Your new tutees",
        P("Hi Megan,", "Some background on your four tutees so you can plan:") +
        [("table", ["Pupil", "DOB", "Need"], [[full(p), fmt_date(rand_dob(R, 2011, 2012), "dmy"), n] for p, n in zip(ps, needs)])],
        "SEND needs with DOBs to an external tutor", 74, tstyle="list")
    p = person(R, "M")
    add("positive", "sen-health", staff(9), [HOME[staff(9)[1]]], "CP notes",
        P("Sending to myself to type up at home.", "%s (UPN %s) - on a child protection plan since March; social worker visited Tuesday; disclosed that mum's partner hit him. Next core group 14th." % (full(p), gen_upn(R))),
        "child protection detail with UPN sent to a home address", 75, short=True)
    p = person(R)
    add("positive", "sen-health", staff(10), out_("agency"), "Looked-after child - tutoring",
        P("Hello,", "%s is a looked after child (LAC) with a PEP target for maths. UPN %s, date of birth %s. The virtual school is funding the tutoring." % (full(p), gen_upn(R), fmt_date(rand_dob(R, 2010, 2010), "long"))),
        "LAC status, PEP, UPN and DOB to a tuition agency", 76)
    ps = people(R, 3)
    add("positive", "sen-health", staff(11), out_("outdoor"), "Medical - climbing session",
        P("Hi,", "Three climbers have conditions your instructors should know about.") +
        [("table", ["Name", "Date of birth", "Condition", "Plan"], [[full(ps[0]), fmt_date(rand_dob(R, 2011, 2011), "dmy"), "epilepsy", "buccal midazolam in first aid bag"],
                                                                    [full(ps[1]), fmt_date(rand_dob(R, 2011, 2011), "dmy"), "type 1 diabetes", "check levels before activity"],
                                                                    [full(ps[2]), fmt_date(rand_dob(R, 2011, 2011), "dmy"), "anxiety", "may need time out"]])],
        "health conditions with DOBs to an activity provider", 77, tstyle="pipe")
    p = person(R, "F")
    add("positive", "sen-health", staff(12), out_("counsel"), "Referral",
        P("Dear intake team,", "I'd like to refer %s, DOB %s. She disclosed self-harm to her form tutor last week and is on our safeguarding register. Her parents are aware. NHS number %s." %
          (full(p), fmt_date(rand_dob(R, 2009, 2010), "dmy"), fmt_nhs(gen_nhs(R), "space"))),
        "self-harm disclosure with DOB and NHS number", 78)
    ps = people(R, 12)
    add("positive", "sen-health", staff(13), out_("cater"), "Allergy list",
        [("table", ["Pupil", "DOB", "Allergy", "EpiPen"], [[full(p), fmt_date(rand_dob(R, 2014, 2019), "dmy"), R.choice(["peanut", "tree nut", "egg", "milk", "sesame"]), R.choice(["yes", "no"])] for p in ps])],
        "12-row allergy list with DOBs as xlsx", 79, shape="xlsx", cover="Updated list attached.")
    ps = people(R, 10)
    add("positive", "sen-health", staff(14), out_("tutor"), "SEN register extract",
        [("table", ["Name", "UPN", "Category", "Primary need"], [[full(p), gen_upn(R), R.choice(["E", "K"]), R.choice(["SLCN", "SEMH", "ASD", "SpLD", "MLD"])] for p in ps])],
        "SEN register extract with UPNs in a docx", 80, shape="docx", cover="Extract attached.")
    p = person(R, "M")
    add("positive", "sen-health", staff(15), out_("camhs"), "Re: assessment",
        P("Hello,", "Following up my referral for %s (born %s): the ADHD questionnaire from school is now complete. He is eligible for free school meals and pupil premium, and his attendance is 71%%." % (full(p), fmt_date(rand_dob(R, 2013, 2013), "dmy"))),
        "ADHD assessment, FSM status and DOB", 81)
    p = person(R, "F")
    add("positive", "sen-health", staff(16), out_("la"), "Attendance concern - %s" % p[0],
        P("Hi,", "Attendance concern for %s, UPN %s. She is a young carer for her mum, who has MS, and has missed 23 days this term." % (full(p), gen_upn(R))),
        "young carer and attendance data with UPN to LA early help", 82)
    p = person(R)
    add("positive", "sen-health", staff(17), out_("tutor"), "Exam access arrangements",
        P("Hi,", "%s has 25%% extra time and a reader because of a visual impairment. ULN %s, DOB %s." % (full(p), gen_uln(R), fmt_date(rand_dob(R, 2008, 2008), "dmy"))),
        "access arrangements with ULN and DOB", 83)

    # ---------------------------------------------------------------- staff HR mixtures
    p = person(R)
    sc, acc = gen_bank(R)
    add("positive", "staff-hr", role(3), out_("payroll"), "New starter - %s" % full(p),
        P("Hi,", "New starter details for %s: date of birth %s, NI number %s, sort code %s, account number %s. Start date 1st of next month." %
          (full(p), fmt_date(rand_dob(R, 1970, 1999), "dmy"), fmt_nino(gen_nino(R), "space"), fmt_sc(sc), acc)),
        "new starter with DOB, NINO and bank details", 84)
    p = person(R)
    d, l = lic(p)
    add("positive", "staff-hr", role(3), out_("dbs"), "ID documents",
        P("Hello,", "ID documents for the new cleaner: passport no. %s; driving licence %s; NINO %s." % (gen_passport(R), l, gen_nino(R))),
        "three identity documents for a DBS check", 85)

    # ---------------------------------------------------------------- encrypted attachment but data in the body
    ps = people(R, 3)
    add("positive", "encrypted-but-leaky", staff(0), out_("agency"), "Tutees (password protected)",
        [("table", ["Name", "UPN", "DOB"], [[full(p), gen_upn(R), fmt_date(rand_dob(R, 2011, 2012), "dmy")] for p in people(R, 10)])],
        "encrypted zip attached, but names, UPNs and DOBs also pasted into the body", 86, shape="zip-encrypted",
        body_text="Hi, the full list is in the attached password-protected zip. The three urgent ones are %s (UPN %s), %s (UPN %s) and %s (UPN %s)." %
        (full(ps[0]), gen_upn(R), full(ps[1]), gen_upn(R), full(ps[2]), gen_upn(R)))
    ps = people(R, 2)
    add("positive", "encrypted-but-leaky", staff(1), out_("camhs"), "Referral documents",
        [("p", "Full referral letter.")],
        "encrypted zip attached but the password and the child's NHS number and DOB are in the body", 87, shape="zip-encrypted",
        body_text="The referral is in the attached zip. Password: Kestrel-4471. For your system: %s, DOB %s, NHS no. %s." % (full(ps[0]), fmt_date(rand_dob(R, 2012, 2012), "dmy"), fmt_nhs(gen_nhs(R), "space")))


def build_negative():
    k = 100
    # ---------------------------------------------------------------- invalid check digits / placeholders
    add("negative", "invalid-check", staff(0), out_("mis"), "Temporary ULN in the ILR",
        P("Hi,", "For learners who don't have a ULN yet, we've been told to enter 9999999999 as the ULN in the ILR. Is that still right for your software?"),
        "ILR placeholder ULN 9999999999 (not personal data)", k)
    add("negative", "invalid-check", staff(1), out_("printer"), "Booking reference",
        P("Hello,", "Our booking reference is %s and the order number is %s. Could you confirm the delivery date?" % (corrupt_uln(R), bad_10digit(R))),
        "10-digit references that fail the ULN and NHS checks", k + 1)
    add("negative", "invalid-check", staff(2), out_("coach"), "Library barcodes",
        P("Hi,", "The new library cards use barcodes like %s and %s. Can your scanner read that format?" % (corrupt_card(R), corrupt_card(R, "mc"))),
        "16-digit library card barcodes that fail Luhn", k + 2)
    add("negative", "invalid-check", staff(3), out_("mis"), "Import errors",
        P("Hello,", "The import rejected these reference codes with 'check letter wrong': %s, %s, %s. They look like typos from the old system - I'll fix them here, no action needed." % (corrupt_upn(R), corrupt_upn(R), corrupt_upn(R))),
        "UPN-shaped codes with wrong check letters", k + 3)
    add("negative", "invalid-check", staff(4), out_("cater"), "Supplier account",
        P("Hi,", "Our supplier account number with you is %s and the delivery point ID is %s." % (bad_10digit(R), corrupt_nhs(R))),
        "supplier account numbers failing all checksums", k + 4)
    add("negative", "invalid-check", staff(5), out_("printer"), "Gift card order",
        P("Hello,", "We'd like to order 20 gift cards for the staff awards. The sample card you sent has number %s - is that the format they'll come in?" % fmt_card(corrupt_card(R), "space")),
        "card-keyword with a Luhn-failing sample number", k + 5)
    add("negative", "invalid-check", staff(6), out_("mis"), "Test data",
        P("Hi,", "For the training database please use obviously fake identifiers, e.g. NI number QQ 12 34 56 A and NHS number 408 3757 701, so nothing real gets in."),
        "HMRC's invalid example NINO and a 3-4-3 NHS-like string in training notes", k + 6)
    add("negative", "invalid-check", staff(7), out_("awarding"), "Licence key",
        P("Hello,", "Our software licence key is %s-%s and the customer number is %s." % (bad_10digit(R), bad_10digit(R), corrupt_uln(R))),
        "licence key and customer number that fail every checksum", k + 7)

    # ---------------------------------------------------------------- phone numbers
    add("negative", "phone", staff(8), out_("coach"), "Contacts for the day",
        P("Hi,", "On the day you can reach me on 07700 900123, or the office on 0113 496 0999. The trip leader, Mr Evans, is on 07700 900456."),
        "staff mobile numbers from the drama range", k + 8)
    add("negative", "phone", role(0), out_("outdoor"), "Emergency contact during the visit",
        P("Hello,", "During the visit please use our emergency line +44 (0)7700 900789. Out of hours, the head can be reached on 020 7946 0123."),
        "international-format phone numbers", k + 9)
    add("negative", "phone", staff(9), out_("hire"), "Call me back",
        P("Hi, can you call me back on 01632 960001 about the minibus? I'm free after 3."),
        "single landline", k + 10)
    add("negative", "phone", role(0), out_("printer"), "Contact list for the prospectus",
        [("table", ["Department", "Phone"], [["Reception", "0113 496 0999"], ["Attendance", "0113 496 0998"], ["Finance", "0113 496 0997"], ["Sixth form", "0113 496 0996"]])],
        "school department phone list", k + 11, tstyle="aligned")
    add("negative", "phone", staff(10), out_("tour"), "Mobile numbers for the group leaders",
        P("Hello,", "Group leader numbers for the ferry: Mrs Doyle 07700 900321, Mr Hughes 07700 900654, Miss Thornton 07700 900987. These are school phones."),
        "school-issued mobile numbers", k + 12)
    add("negative", "phone", staff(11), out_("coach"), "Driver's number?",
        P("Could you send me the driver's number for Friday? Mine is 0161 496 0000 if easier."),
        "short message with a landline", k + 13)
    add("negative", "phone", staff(12), out_("insure"), "Re: policy renewal",
        P("Hello,", "Our policy number is SC-448201 and I can be reached on 0044 1632 960123 this week."),
        "0044 prefixed number with a policy reference", k + 14)

    # ---------------------------------------------------------------- order / invoice / ISBN / candidate numbers
    add("negative", "reference-numbers", staff(13), out_("printer"), "Textbook order",
        P("Hello,", "Please supply 30 copies each of ISBN 978-0-19-849298-1 and ISBN 9781398310247. Our PO number is %s." % bad_10digit(R)),
        "ISBN-13s and a 10-digit PO number", k + 15)
    add("negative", "reference-numbers", role(3), out_("coach"), "Invoice %s" % bad_10digit(R),
        P("Hi,", "Invoice %s has been paid by BACS today (remittance ref %s). Thank you." % (bad_10digit(R), bad_10digit(R))),
        "invoice and remittance numbers", k + 16)
    add("negative", "reference-numbers", role(2), out_("awarding"), "Entries - centre 54231",
        P("Hello,", "Centre 54231. Candidates 0042, 0043 and 0057 need their entries moving to the November series. Component codes 8300/1H and 8300/2H."),
        "exam centre and candidate numbers", k + 17)
    add("negative", "reference-numbers", staff(14), out_("cater"), "Delivery tracking",
        P("Hi,", "The tracking number for the returned crates is JD%s and the consignment number %s." % (bad_10digit(R)[:9], bad_10digit(R))),
        "courier tracking numbers", k + 18)
    add("negative", "reference-numbers", role(3), out_("coach"), "Remittance",
        [("table", ["Invoice", "Date", "Amount"], [[bad_10digit(R), fmt_date(datetime.date(2025, 10, d), "dmy"), "\u00a3%d.00" % R.randrange(100, 900)] for d in (3, 10, 17, 24)] +
          [[bad_10digit(R), fmt_date(datetime.date(2025, 11, d), "dmy"), "\u00a3%d.00" % R.randrange(100, 900)] for d in (7, 14, 21, 28)])],
        "remittance table of invoice numbers and dates", k + 19, shape="csv", cover="Remittance advice attached.")
    add("negative", "reference-numbers", staff(15), out_("printer"), "VAT and company number",
        P("Hello,", "For your supplier form: VAT registration GB 123 4567 89, company number 08123456, DfE number 330/4012."),
        "VAT, company and DfE establishment numbers", k + 20)
    add("negative", "reference-numbers", staff(16), out_("mis"), "Ticket %s" % bad_10digit(R),
        P("Hi,", "Still waiting for an update on this ticket. The error code is 0x80070005 and our site ID is %s." % bad_10digit(R)),
        "support ticket numbers", k + 21)
    add("negative", "reference-numbers", staff(17), out_("awarding"), "Moderation sample",
        [("table", ["Candidate no.", "Component", "Mark"], [["%04d" % R.randrange(1, 400), "NEA", str(R.randrange(20, 80))] for _ in range(12)])],
        "candidate numbers with marks but no names", k + 22, shape="xlsx", cover="Sample attached.")

    # ---------------------------------------------------------------- event and term dates
    add("negative", "event-dates", role(0), out_("coach"), "Term dates 2025-26",
        [("table", ["Term", "Starts", "Ends"], [["Autumn", "03/09/2025", "19/12/2025"], ["Spring", "05/01/2026", "27/03/2026"], ["Summer", "13/04/2026", "22/07/2026"]])] +
        P("Half terms: 27/10/2025 - 31/10/2025, 16/02/2026 - 20/02/2026, 25/05/2026 - 29/05/2026."),
        "term dates table", k + 23, tstyle="aligned")
    add("negative", "event-dates", staff(0), out_("coach"), "Fixtures",
        [("table", ["Date", "Fixture", "Depart"], [["14/11/2025", "U13 boys v St Mark's", "13:30"], ["21/11/2025", "U15 girls v Hillside", "14:00"], ["28/11/2025", "U12 mixed tournament", "12:45"]])],
        "sports fixtures with dates", k + 24, tstyle="pipe")
    add("negative", "event-dates", staff(1), out_("outdoor"), "Staff rota for the residential",
        P("Hi,", "Staff on the residential: Mrs Patel 12/05/2026 to 14/05/2026, Mr Jones 12/05/2026 only, Miss Lawson 13/05/2026 to 14/05/2026, Mr Hughes 14/05/2026."),
        "staff names paired with rota dates (not dates of birth)", k + 25)
    add("negative", "event-dates", role(4), out_("printer"), "Calendar for the newsletter",
        P("Hello,", "Dates for the spring newsletter: Parents' evening Year 7 on 22nd Jan 2026, Year 9 options evening on 5th Feb 2026, Easter concert on 26th March 2026, and the Year 6 SATs week beginning 11 May 2026."),
        "events with long-form dates", k + 26)
    add("negative", "event-dates", staff(2), out_("tour"), "Trip itinerary",
        [("table", ["Day", "Date", "Activity"], [["1", "2026-04-14", "Depart school 05:30, ferry 09:15"], ["2", "2026-04-15", "Chateau and market"], ["3", "2026-04-16", "Beach, return 22:00"]])],
        "itinerary with ISO dates", k + 27, shape="docx", cover="Itinerary attached.")
    add("negative", "event-dates", staff(3), out_("fa"), "Founded dates for the history project",
        P("Hi,", "For the club history display, could you confirm the club was founded on 12/03/1883 and the ground opened on 01/09/1899? The children are making a timeline."),
        "historical dates before 1900", k + 28)
    add("negative", "event-dates", staff(4), out_("agency"), "Session dates",
        P("Hi,", "Tutoring sessions will run on 06/01/26, 13/01/26, 20/01/26 and 27/01/26, 3.30-4.30 in the library. Group A first, then group B."),
        "session dates with two-digit years", k + 29)

    # ---------------------------------------------------------------- same data sent internally
    ps = people(R, 6)
    add("negative", "internal", staff(5), [staff(9)], "Team sheet for Saturday",
        P("Hi Imran,", "Here's the team sheet with DOBs for the cup match - can you check they're all eligible before I send it on?") +
        [("table", ["Player", "DOB"], [[full(p), fmt_date(rand_dob(R, 2012, 2013), "dmy")] for p in ps])],
        "names and DOBs staff to staff", k + 30, tstyle="list")
    ps = people(R, 10)
    add("negative", "internal", role(6), [staff(6), staff(7)], "Year 11 ULNs",
        [("table", ["Name", "ULN"], [[full(p), gen_uln(R)] for p in ps])],
        "ULN list internal only", k + 31, shape="csv", cover="ULNs for the exam entries attached.")
    p = person(R)
    add("negative", "internal", staff(8), [role(7)], "Concern - %s" % p[0],
        P("Hi,", "Logging a concern about %s (UPN %s, DOB %s). He arrived with bruising on his arm and said his dad did it. I've recorded it on the system." % (full(p), gen_upn(R), fmt_date(rand_dob(R, 2014, 2014), "dmy"))),
        "safeguarding concern with UPN and DOB to the internal DSL mailbox", k + 32)
    ps = people(R, 5)
    add("negative", "internal", staff(9), [staff(10)], "Medical needs for the trip",
        [("table", ["Child", "NHS number", "Condition"], [[full(p), fmt_nhs(gen_nhs(R), "space"), R.choice(["asthma", "epilepsy", "diabetes"])] for p in ps])],
        "NHS numbers and conditions internal", k + 33, shape="xlsx", cover="Medical sheet attached.")
    p = person(R)
    sc, acc = gen_bank(R)
    add("negative", "internal", role(3), [staff(11)], "Your bank details",
        P("Hi,", "Just confirming we have your new details on the system: sort code %s, account %s, NI number %s. Let me know if anything is wrong." % (fmt_sc(sc), acc, fmt_nino(gen_nino(R), "space"))),
        "staff member's own bank and NI details sent to them internally", k + 34)
    ps = people(R, 8)
    add("negative", "internal", staff(12), [staff(13), staff(14), staff(15)], "SEN register - Year 9",
        [("table", ["Pupil", "UPN", "Need", "Support"], [[full(p), gen_upn(R), R.choice(["ASD", "SpLD", "SEMH"]), R.choice(["TA in maths", "reader", "time out card"])] for p in ps])],
        "SEN register shared between teachers", k + 35, shape="docx", cover="Register attached - please keep it on the school system.")
    c = gen_card(R)
    add("negative", "internal", staff(16), [role(3)], "Card for the booking",
        P("Hi finance, the purchasing card I used was %s, exp 03/27 - please reconcile against the Alpine Tours invoice." % fmt_card(c, "space")),
        "card number sent to the internal finance mailbox", k + 36)
    ps = people(R, 4)
    add("negative", "internal", staff(17), [staff(0)], "Passports for the trip",
        [("table", ["Name", "Passport no.", "DOB"], [[full(p), gen_passport(R), fmt_date(rand_dob(R, 2010, 2011), "dmy")] for p in ps])],
        "passport list staff to staff", k + 37, tstyle="pipe")
    p = person(R)
    add("negative", "internal", staff(1), [staff(2)], "CAMHS referral draft",
        P("Can you read through before I send it securely?", "%s, DOB %s, NHS %s - anxiety, school refusal since October, parents consent to referral." % (full(p), fmt_date(rand_dob(R, 2011, 2011), "dmy"), gen_nhs(R))),
        "draft referral shared with a colleague internally", k + 38)
    ps = people(R, 3)
    add("negative", "internal", staff(3), [pupil(4)], "Your ULN",
        P("Hi Mohammed,", "Your unique learner number, which you'll need for your college application, is %s. Keep it safe." % gen_uln(R)),
        "teacher telling a pupil their own ULN at the internal pupil domain", k + 39)

    # ---------------------------------------------------------------- inbound from outside
    ps = people(R, 7)
    add("negative", "inbound", ORG["nurse"], [role(0)], "Immunisation - missing consent",
        P("Dear school,", "The following pupils have no consent recorded. Could you chase the parents?") +
        [("table", ["Name", "DOB", "NHS number"], [[full(p), fmt_date(rand_dob(R, 2011, 2012), "dmy"), fmt_nhs(gen_nhs(R), "space")] for p in ps])],
        "nursing team sends NHS numbers in to the school", k + 40, auth=None, sign="School Nursing Team", tstyle="aligned")
    add("negative", "inbound", external(0), [role(0)], "Jacob's details",
        P("Hi,", "You asked for Jacob's NHS number for the trip form - it's %s. His date of birth is %s." % (fmt_nhs(gen_nhs(R), "space"), fmt_date(rand_dob(R, 2013, 2013), "dmy"))),
        "parent sends their own child's NHS number in", k + 41, auth=None, sign="Dawn")
    ps = people(R, 12)
    add("negative", "inbound", ORG["la"], [role(6)], "Admissions - September intake",
        [("table", ["Child", "DOB", "UPN"], [[full(p), fmt_date(rand_dob(R, 2021, 2021), "dmy"), gen_upn(R)] for p in ps])],
        "LA sends allocated pupils with UPNs", k + 42, auth=None, sign="School Admissions", shape="xlsx", cover="Please find your allocation list attached.")
    add("negative", "inbound", ORG["payroll"], [role(3)], "Payslip query",
        P("Hello,", "We've checked the record for NI number %s and the tax code is correct. Please let the employee know." % fmt_nino(gen_nino(R), "space")),
        "payroll provider replies with a NINO", k + 43, auth=None, sign="EduPay")
    ps = people(R, 9)
    add("negative", "inbound", ORG["college"], [role(6)], "ULNs for your leavers",
        P("Dear colleague,", "As requested, here are the ULNs we hold for your former pupils.") + [("table", ["Name", "ULN"], [[full(p), gen_uln(R)] for p in ps])],
        "college sends ULNs in", k + 44, auth=None, sign="Riverside College", tstyle="tab")
    add("negative", "inbound", external(1), [staff(4)], "refund",
        P("hi, can the refund for the trip go to my account please - sort code %s account %s. thanks" % ((lambda b: (fmt_sc(b[0]), b[1]))(gen_bank(R)))),
        "parent sends own bank details in", k + 45, auth=None, sign="Mark")
    p = person(R)
    add("negative", "inbound", ORG["camhs"], [role(7)], "Appointment letter",
        P("Dear DSL,", "%s (DOB %s, NHS %s) has been offered an appointment on 14th January. Please let the family know." % (full(p), fmt_date(rand_dob(R, 2012, 2012), "dmy"), fmt_nhs(gen_nhs(R), "hyphen"))),
        "CAMHS writes to the school", k + 46, auth=None, sign="CAMHS")
    add("negative", "inbound", external(2), [role(0)], "paying for the trip",
        P("Hello, I'd like to pay the balance over email if possible. Card %s expiry 10/27." % fmt_card(gen_card(R, "mc"), "space")),
        "parent emails their own card number in", k + 47, auth=None, sign="Priya")
    ps = people(R, 3)
    add("negative", "inbound", ORG["tour"], [staff(16)], "Passport check",
        P("Hello,", "Please confirm these passport numbers are correct before we submit the list:") +
        [("table", ["Pupil", "Passport"], [[full(p), gen_passport(R)] for p in ps])],
        "tour operator sends passport numbers in", k + 48, auth=None, sign="Alpine Tours")
    p = person(R)
    add("negative", "inbound", ORG["insure"], [role(3)], "Driver approved",
        P("Dear Sir/Madam,", "We have added %s, driving licence %s, to the minibus policy with effect from today." % (full(p), gen_dvla(p[1], rand_dob(R, 1970, 1990), p[2] == "F", p[0][0] + "J", R))),
        "insurer confirms driver with licence number", k + 49, auth=None, sign="SchoolCover")

    # ---------------------------------------------------------------- encrypted containers with personal data
    def table_pd(n):
        ps_ = people(R, n)
        return [("table", ["Name", "DOB", "UPN", "Need"], [[full(p), fmt_date(rand_dob(R, 2011, 2013), "dmy"), gen_upn(R), R.choice(["ASD", "SEMH", "EHCP"])] for p in ps_])]
    for j, (org, subj) in enumerate([("admissions", "Encrypted: transfer records"), ("camhs", "Secure: referral"), ("tutor", "Tutee information (encrypted)"),
                                     ("la", "Encrypted - early help"), ("college", "Learner records")]):
        add("negative", "encrypted-smime", staff(j), out_(org), subj, table_pd(6), "S/MIME enveloped message containing learner data", k + 50 + j, shape="smime")
    for j, (org, subj) in enumerate([("nurse", "PGP: immunisation list"), ("counsel", "Referral (PGP)"), ("agency", "Learner list"),
                                     ("insure", "Driver details - encrypted"), ("payroll", "Starter details")]):
        add("negative", "encrypted-pgp", staff(j + 5), out_(org), subj, table_pd(5), "PGP/MIME encrypted message containing learner data", k + 55 + j, shape="pgp-mime")
    for j, (org, subj, body) in enumerate([
            ("admissions", "Transfer list", "Hi, the list is in the attached zip, which is password protected. I'll phone you with the password."),
            ("tutor", "Tutee info", "Attached as an encrypted zip. Password sent by text."),
            ("fa", "Registration list", "Zip attached - password to follow in a separate email."),
            ("outdoor", "Medical information", "The medical information is in the password-protected attachment. Please ring the office for the password."),
            ("insure", "Trip list", "Please find the encrypted file attached; the password is the one we agreed last term.")]):
        add("negative", "encrypted-zip", staff(j + 10), out_(org), subj, table_pd(8), "password-protected zip (encryption flag set) with learner data; body has none",
            k + 60 + j, shape="zip-encrypted", body_text=body + "\n\n" + sig(staff(j + 10), j), password="Wren%d-Harbour" % (j + 3))

    # ---------------------------------------------------------------- policy documents and newsletters
    pol = [("p", "Child Protection and Safeguarding Policy 2025-26"),
           ("p", "1. Purpose. This policy sets out how the school keeps children safe. It applies to all staff, governors and volunteers."),
           ("p", "2. Recording concerns. Staff must record the child's full name, date of birth, the date and time of the concern and exactly what was seen or said."),
           ("p", "3. Confidential information. Child protection records are confidential and must only be shared on a need-to-know basis, by secure email."),
           ("p", "4. Designated Safeguarding Lead. The DSL is a member of the senior leadership team. Deputy DSLs are named on the staff room noticeboard.")]
    add("negative", "policy-doc", role(4), out_("la"), "Child Protection Policy for approval",
        pol, "policy document about child protection and dates of birth, no personal data", k + 65, shape="docx",
        cover="Dear Early Help team, our updated Child Protection Policy is attached for your records. It is marked Confidential only until governors approve it.")
    add("negative", "policy-doc", role(4), out_("printer"), "Data protection leaflet",
        P("Data protection: what we collect", "We collect pupils' names, dates of birth, addresses, unique pupil numbers and medical information. We keep this information confidential and only share it where the law allows.",
          "Parents can ask to see the information we hold by contacting the Data Protection Officer."),
        "privacy leaflet naming identifier types as topics", k + 66)
    add("negative", "policy-doc", staff(5), out_("agency"), "Data sharing agreement - draft",
        [("table", ["Data item", "Shared?", "Method"], [["Name", "Yes", "Secure portal"], ["Date of birth", "Yes", "Secure portal"], ["UPN", "Yes", "Secure portal"],
                                                         ["NHS number", "No", "-"], ["SEN status", "Yes", "Secure portal"], ["Free school meals", "No", "-"]])],
        "data sharing agreement listing data items but holding none", k + 67, shape="xlsx", cover="Draft schedule attached for comment.")
    add("negative", "policy-doc", role(4), out_("printer"), "Newsletter - autumn term",
        P("Autumn newsletter", "Safeguarding: our Child Protection policy has been updated and is on the website. If you have a concern about a child, speak to our DSL.",
          "Admissions: when applying, you will need your child's date of birth and proof of address.", "Confidential: please remember that class photos must not be posted on social media."),
        "newsletter mentioning safeguarding, DOB and confidentiality as topics", k + 68)
    add("negative", "policy-doc", staff(6), out_("mis"), "Field guide for the census",
        P("Hello,", "Quick notes for your helpdesk: the census needs the UPN (13 characters, check letter first), the ULN for post-16 learners (10 digits), date of birth, and SEN provision. Please make sure your export validates these fields."),
        "MIS guidance describing identifier formats", k + 69)
    add("negative", "policy-doc", role(4), out_("la"), "Confidentiality policy",
        [("p", "Confidentiality Policy"), ("p", "Staff must not discuss pupils' personal details, such as home addresses, dates of birth or medical conditions, outside school. Personal data must be sent by secure email."),
         ("p", "Breaches of confidentiality will be reported to the Data Protection Officer.")],
        "confidentiality policy as txt attachment", k + 70, shape="txt-attachment", cover="Attached as requested.")

    # ---------------------------------------------------------------- disclaimers
    disc = ("CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may contain personal data. "
            "If you are not the intended recipient, please notify the sender and delete it. Holloway Park School is a data controller under UK GDPR.")
    for j, (org, subj, body) in enumerate([
            ("coach", "Pick-up time", "Hi, can the coach arrive at 8.15 rather than 8.30 on Friday? Thanks."),
            ("printer", "Proof approved", "The proof looks great - please go ahead with 500 copies."),
            ("outdoor", "Lunch numbers", "We'll need 32 packed lunches, two of them vegetarian."),
            ("cater", "Menu feedback", "The children loved the new pasta dish. Could it be on the menu every fortnight?"),
            ("fa", "Pitch booking", "Could we book pitch 2 for our home fixtures on Wednesday afternoons?")]):
        add("negative", "disclaimer", staff(j + 12), out_(org), subj, P(body), "ordinary mail with a confidentiality/personal-data disclaimer", k + 71 + j,
            sign=sig(staff(j + 12), j) + "\n\n" + disc)

    # ---------------------------------------------------------------- the school's own contact and bank details
    add("negative", "school-contact", role(0), [external(3), external(4), external(5)], "How to contact us",
        P("Dear Parents,", "Our address is Holloway Park School, 12 Holloway Road, Birmingham B33 8TH. The office is open 8am to 4pm on 0113 496 0999. Absence line: 0113 496 0998."),
        "school address, postcode and phones", k + 76, sign="School Office")
    add("negative", "school-contact", role(3), [external(6), external(7)], "Paying for the trip by bank transfer",
        P("Dear Parents,", "You can pay for the trip by bank transfer to the school fund: sort code 01-33-11, account number 35231262, account name Holloway Park School Fund. Please use your child's name as the reference."),
        "the school's own bank account for payments (organisation data, not personal)", k + 77, sign="Finance Office")
    add("negative", "school-contact", role(3), out_("coach"), "Our bank details for your records",
        P("Hello,", "For refunds, the school's BACS details are 49-92-73 12345678 (Holloway Park School). Our VAT number is GB 123 4567 89."),
        "school's own account details to a supplier", k + 78)
    add("negative", "school-contact", role(0), out_("printer"), "Letterhead text",
        P("Hi,", "For the new letterhead please use: Holloway Park School | 12 Holloway Road | Birmingham | B33 8TH | 0113 496 0999 | office@school.example | Headteacher: Mrs C Whitfield"),
        "letterhead text", k + 79)
    add("negative", "school-contact", staff(7), out_("outdoor"), "Where to find us",
        P("Hello,", "Our minibus will drop off at the main gate, B33 8TH. If there's a problem, call me on 07700 900123."),
        "postcode and school mobile", k + 80)

    # ---------------------------------------------------------------- pupils' and other near misses
    add("negative", "pupil-mail", pupil(1), [external(8)], "History homework",
        P("Hi Uncle Kev, for my homework I have to find out about famous scientists. Charles Darwin was born on 12/02/1809 and Isaac Newton on 25/12/1642. Who is your favourite?"),
        "pupil homework with historical birth dates", k + 81, sign="Amelia")
    add("negative", "pupil-mail", pupil(2), [external(9)], "club fixtures",
        P("the fixtures are 14/11/2025 and 21/11/2025, my shirt number is 7. can u take me?"),
        "pupil to relative with fixture dates", k + 82, sign="Kacper")
    add("negative", "blank-form", role(0), out_("printer"), "Form template",
        P("Hi, please typeset this form:", "Child's name: ____________  Date of birth: __/__/____  UPN: _____________  NHS number: ___ ___ ____  Medical needs: ____________"),
        "blank form template with identifier field names", k + 83)
    add("negative", "blank-form", role(4), out_("la"), "Consent form wording",
        [("p", "Consent form"), ("table", ["Field", "Format"], [["Child's full name", "text"], ["Date of birth", "DD/MM/YYYY"], ["NHS number", "10 digits"], ["Parent NI number", "two letters, six digits, one letter"]])],
        "consent form specification listing field formats", k + 84, shape="docx", cover="Draft wording attached.")
    add("negative", "statistics", role(4), out_("la"), "Attendance figures",
        P("Dear colleague,", "Our attendance for the autumn term was 94.6%. Persistent absence 12.1%. SEN pupils 91.2%, FSM pupils 89.7%. No individual pupils are identified."),
        "aggregate statistics with SEN/FSM vocabulary but no individuals", k + 85)
    add("negative", "statistics", staff(8), out_("awarding"), "Results summary",
        [("table", ["Subject", "Entries", "9-7", "9-4"], [["Maths", "182", "24%", "71%"], ["English", "180", "21%", "74%"], ["Science", "176", "19%", "66%"]])],
        "results summary without pupil data", k + 86, shape="csv", cover="Summary attached.")
    add("negative", "statistics", staff(9), out_("fa"), "Age groups",
        P("Hi,", "Just to check the age groups: U13 is for players born between 01/09/2012 and 31/08/2013, and U14 for 01/09/2011 to 31/08/2012?"),
        "eligibility date ranges, not anyone's birthday", k + 87)


def build_items():
    build_positive()
    build_negative()
    pos = [i for i in ITEMS if i["label"] == "positive"]
    neg = [i for i in ITEMS if i["label"] == "negative"]
    for it in ITEMS:
        if not any(b[0] == "table" for b in it["blocks"]):
            it["not_shapes"] = ("csv",)
    assign_shapes(pos, CORE_SHAPES, 0)
    assign_shapes(neg, CORE_SHAPES, 5)
    return pos + neg


if __name__ == "__main__":
    m = write_corpus(POLICY, build_items())
    print("wrote %d messages" % len(m))
