#!/usr/bin/env python3
"""Builds this directory's .eml corpus and manifest.jsonl. python3 stdlib only; deterministic.

Run from anywhere:  python3 build.py
It deletes and rewrites positive/*.eml, negative/*.eml and manifest.jsonl next to itself.
"""
import base64, datetime, io, json, os, random, re, struct, sys, textwrap, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = "\r\n"
ZDT = (2024, 3, 4, 9, 30, 0)

# ---------------------------------------------------------------- text helpers
ASCII_MAP = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "--",
             "\u2026": "...", "\u00a3": "GBP ", "\u20ac": "EUR ", "\u00a0": " ", "\u2022": "*", "\u00e9": "e",
             "\u00e8": "e", "\u00eb": "e", "\u00ef": "i", "\u00f6": "o", "\u00fc": "u", "\u00e1": "a",
             "\u00f3": "o", "\u00ed": "i", "\u00e7": "c", "\u00f1": "n", "\u00e4": "a", "\u00c9": "E",
             "\u00d6": "O", "\u0142": "l", "\u015b": "s", "\u0107": "c", "\u017c": "z", "\u0131": "i",
             "\u011f": "g", "\u015f": "s", "\u00f8": "o", "\u00e5": "a", "\u00e6": "ae", "\u00fa": "u"}

def to_ascii(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ch in ASCII_MAP:
            out.append(ASCII_MAP[ch])
        elif ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) < 0x2800 or ch in "\ufe0f\u200d":
            out.append("")  # emoji dropped
        else:
            out.append("?")
    return "".join(out)

def to_charset(s, cs):
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(to_ascii(ch))
    return "".join(out)

def qp_encode(data: bytes, width=76, rnd=None):
    """Quoted-printable with soft breaks placed by column, so they land inside words."""
    lines = data.split(b"\n")
    out = []
    for ln in lines:
        ln = ln.rstrip(b"\r")
        toks = []
        for i, b in enumerate(ln):
            if (33 <= b <= 126 and b != 61) or (b == 32 and i != len(ln) - 1):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = []
        w = width if rnd is None else rnd.randint(44, width)
        for t in toks:
            if sum(map(len, cur)) + len(t) > w - 1:
                # prefer a soft break inside a word: move a few characters down if we are at a space
                keep = len(cur)
                if (t == " " or cur[-1] == " ") and len(cur) > 8:
                    for kk in range(len(cur) - 1, len(cur) - 7, -1):
                        if cur[kk - 1] != " " and cur[kk] != " ":
                            keep = kk
                            break
                out.append("".join(cur[:keep]) + "=")
                cur = cur[keep:]
                w = width if rnd is None else rnd.randint(44, width)
            cur.append(t)
        out.append("".join(cur))
    return CRLF.join(out)

def b64_lines(data: bytes, width=76):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) or ""

def hard_wrap(text, width):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(("|", ">")) or "  " in para.strip():
            out.append(para)
        else:
            ind = re.match(r"\s*(?:[-*\u2022]|\d+[.)])?\s*", para).group(0)
            out.extend(textwrap.wrap(para, width, subsequent_indent=" " * len(ind) if ind.strip() else "",
                                     break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

def flowed(text, width, delsp):
    out = []
    for para in text.split("\n"):
        para = para.rstrip(" ")
        if para.startswith((" ", ">", "From ")):
            para = " " + para  # space-stuffing
        if len(para) <= width:
            out.append(para)
            continue
        if delsp:
            # break at fixed columns, even inside words; the inserted trailing space is deleted on decode
            rest = para
            while len(rest) > width:
                cut = width - 7
                out.append(rest[:cut] + " ")
                rest = rest[cut:]
                if rest.startswith((" ", ">", "From ")):
                    rest = " " + rest
            out.append(rest)
        else:
            words = para.split(" ")
            cur = ""
            for w in words:
                if cur and len(cur) + len(w) + 1 > width:
                    out.append(cur + " ")
                    cur = w
                else:
                    cur = w if not cur else cur + " " + w
            out.append(cur)
    return "\n".join(out)

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", CRLF)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

NAMED = {"\u00a3": "&pound;", "\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;",
         "\u2013": "&ndash;", "\u2014": "&mdash;", "\u00e9": "&eacute;", "\u2026": "&hellip;", "\u00a0": "&nbsp;"}

def ent(s):
    s = esc(s)
    return "".join(NAMED.get(c, c if ord(c) < 128 else "&#%d;" % ord(c)) for c in s)

def text_to_html(text, variant):
    """variant 0: Outlook/MsoNormal with <o:p>; 1: div + <br> + inline styles; 2: plain <p> paragraphs."""
    lines = text.split("\n")
    body = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.strip().startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
                i += 1
            t = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
            for r, cells in enumerate(rows):
                tag = "th" if r == 0 else "td"
                t.append("<tr>" + "".join("<%s style=\"border:1px solid #999\">%s</%s>" % (tag, ent(c), tag) for c in cells) + "</tr>")
            t.append("</table>")
            body.append("\n".join(t))
            continue
        if re.match(r"\s*[-*\u2022] ", ln):
            items = []
            while i < len(lines) and re.match(r"\s*[-*\u2022] ", lines[i]):
                items.append(re.sub(r"\s*[-*\u2022] ", "", lines[i], count=1))
                i += 1
            body.append("<ul>" + "".join("<li>%s</li>" % ent(x) for x in items) + "</ul>")
            continue
        if ln.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i].lstrip("> "))
                i += 1
            body.append('<blockquote style="border-left:2px solid #ccc;margin-left:6px;padding-left:6px">' + "<br>\n".join(ent(x) for x in q) + "</blockquote>")
            continue
        if variant == 0:
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (ent(ln) if ln.strip() else "&nbsp;"))
        elif variant == 1:
            body.append(ent(ln) + "<br>")
        else:
            if ln.strip():
                body.append("<p style=\"margin:0 0 8px 0\">%s</p>" % ent(ln))
        i += 1
    inner = "\n".join(body)
    if variant == 0:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>\n'
                '<body lang="EN-GB" link="#0563C1"><div class="WordSection1">\n' + inner + '\n</div></body></html>\n')
    if variant == 1:
        return ('<html><head><meta charset="utf-8"></head><body>\n<div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">\n'
                + inner + '\n</div></body></html>\n')
    return '<!DOCTYPE html>\n<html><body style="font-family:Verdana">\n' + inner + '\n</body></html>\n'

# ---------------------------------------------------------------- office / zip / crypto builders
def _zinfo(name):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    return zi

def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            z.writestr(_zinfo(name), data)
    return buf.getvalue()

def make_docx(text):
    paras = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.strip().startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
                i += 1
            t = ["<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"]
            for cells in rows:
                t.append("<w:tr>" + "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % esc(c) for c in cells) + "</w:tr>")
            t.append("</w:tbl>")
            paras.append("".join(t))
            continue
        paras.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(ln))
        i += 1
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(paras) + '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])

def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def text_rows(text):
    rows = []
    for ln in text.split("\n"):
        if ln.strip().startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue
            rows.append(cells)
        elif "," in ln and ln.count(",") >= 2 and not ln.endswith(".") and len(ln) < 200 and " " not in ln.split(",")[0][:1]:
            rows.append(next(__import__("csv").reader([ln])))
        else:
            rows.append([ln])
    return rows

def make_xlsx(text, sheet="Sheet1"):
    rows = text_rows(text)
    xr = []
    for r, cells in enumerate(rows):
        cs = "".join('<c r="%s%d" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (_col(c), r + 1, esc(v))
                     for c, v in enumerate(cells) if v != "")
        xr.append('<row r="%d">%s</row>' % (r + 1, cs))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                + "".join(xr) + '</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet))
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
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheetxml)])

def _crc_byte(crc, b):
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

def make_encrypted_zip(files, password, rnd):
    """Traditional PKWARE (ZipCrypto) encryption, stored entries, general-purpose flag bit 0 set."""
    out = io.BytesIO()
    central = []
    dostime = (ZDT[3] << 11) | (ZDT[4] << 5) | (ZDT[5] // 2)
    dosdate = ((ZDT[0] - 1980) << 9) | (ZDT[1] << 5) | ZDT[2]
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        k = [0x12345678, 0x23456789, 0x34567890]
        def upd(c):
            k[0] = _crc_byte(k[0], c)
            k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
            k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
            k[2] = _crc_byte(k[2], k[1] >> 24)
        def kb():
            t = (k[2] | 2) & 0xFFFF
            return ((t * (t ^ 1)) >> 8) & 0xFF
        for c in password.encode():
            upd(c)
        hdr = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = bytearray()
        for c in hdr + data:
            enc.append(c ^ kb())
            upd(c)
        nb = name.encode()
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate, crc, len(enc), len(data), len(nb), 0))
        out.write(nb)
        out.write(bytes(enc))
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, dostime, dosdate, crc, len(enc),
                                   len(data), len(nb), 0, 0, 0, 0, 0o644 << 16, off) + nb)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_len = out.tell() - cd_off
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_len, cd_off, 0))
    return out.getvalue()

def _der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content

def _oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return _der(0x06, body)

def make_smime_enveloped(rnd, plain_len):
    R = lambda n: bytes(rnd.randrange(256) for _ in range(n))
    issuer = _der(0x30, _der(0x31, _der(0x30, _oid("2.5.4.6") + _der(0x13, b"GB")))
                  + _der(0x31, _der(0x30, _oid("2.5.4.10") + _der(0x0C, b"Example Trust Services Ltd")))
                  + _der(0x31, _der(0x30, _oid("2.5.4.3") + _der(0x0C, b"Example Secure Email CA G2"))))
    serial = _der(0x02, b"\x01" + R(15))
    ktri = _der(0x30, _der(0x02, b"\x00") + _der(0x30, issuer + serial)
                + _der(0x30, _oid("1.2.840.113549.1.1.1") + b"\x05\x00") + _der(0x04, R(256)))
    clen = (plain_len // 16 + 1) * 16
    eci = _der(0x30, _oid("1.2.840.113549.1.7.1")
               + _der(0x30, _oid("2.16.840.1.101.3.4.1.42") + _der(0x04, R(16)))
               + _der(0x80, R(clen)))
    env = _der(0x30, _der(0x02, b"\x00") + _der(0x31, ktri) + eci)
    return _der(0x30, _oid("1.2.840.113549.1.7.3") + _der(0xA0, env))

def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def make_pgp_armour(rnd, plain_len):
    R = lambda n: bytes(rnd.randrange(256) for _ in range(n))
    pkesk_body = b"\x03" + R(8) + b"\x12" + R(2 + 32 + 1 + 48)    # v3 PKESK, ECDH
    pkesk = bytes([0xC1, len(pkesk_body)]) + pkesk_body
    seipd_body = b"\x01" + R(plain_len + 60)
    n = len(seipd_body)
    if n < 192:
        ln = bytes([n])
    else:
        n2 = n - 192
        ln = bytes([(n2 >> 8) + 192, n2 & 0xFF]) if n < 8384 else b"\xff" + struct.pack(">I", n)
    data = pkesk + bytes([0xD2]) + ln + seipd_body
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP MESSAGE-----\n"

# ---------------------------------------------------------------- MIME assembly
def encode_header(v):
    if all(ord(c) < 128 for c in v):
        return v
    b = base64.b64encode(v.encode("utf-8")).decode()
    return "=?UTF-8?B?%s?=" % b

def fold(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "=?" in value:
        if "=?" in value and len(line) > 78:
            # split encoded word into several
            raw = value
            m = re.match(r"=\?UTF-8\?B\?(.*)\?=$", raw)
            if m:
                txt = base64.b64decode(m.group(1)).decode("utf-8")
                chunks, cur = [], ""
                for ch in txt:
                    if len((cur + ch).encode()) > 39:
                        chunks.append(cur)
                        cur = ""
                    cur += ch
                chunks.append(cur)
                words = ["=?UTF-8?B?%s?=" % base64.b64encode(c.encode()).decode() for c in chunks]
                return "%s: %s" % (name, (CRLF + " ").join(words))
        return line
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return CRLF.join(lines)

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already transfer-encoded, CRLF) or list of Part (multipart)
        self.boundary = None

    def render(self):
        h = CRLF.join(fold(n, v) for n, v in self.headers)
        if isinstance(self.body, list):
            parts = [("--" + self.boundary + CRLF + p.render()) for p in self.body]
            return h + CRLF + CRLF + "This is a multi-part message in MIME format." + CRLF + CRLF + CRLF.join(parts) + CRLF + "--" + self.boundary + "--" + CRLF
        return h + CRLF + CRLF + self.body.rstrip("\r\n") + CRLF

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", rnd=None, disp=None):
    text = text.replace("\r\n", "\n")
    if charset == "us-ascii":
        text = to_ascii(text)
    elif charset != "utf-8":
        text = to_charset(text, charset)
    data = text.encode(charset if charset != "us-ascii" else "ascii")
    if cte == "quoted-printable":
        body = qp_encode(data, rnd=rnd)
    elif cte == "base64":
        body = b64_lines(data)
    else:
        body = crlf(data.decode("latin-1"))  # bytes carried as latin-1 code points; written with encode("latin-1")
    hs = [("Content-Type", "text/%s; charset=\"%s\"%s" % (subtype, charset, params)), ("Content-Transfer-Encoding", cte)]
    if disp:
        hs.append(("Content-Disposition", disp))
    return Part(hs, body)

def bin_part(ctype, filename, data, disp="attachment"):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)), ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", '%s; filename="%s"' % (disp, filename))], b64_lines(data))

def multipart(subtype, parts, boundary, params=""):
    p = Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], parts)
    p.boundary = boundary
    return p

def raw_message(headers, part):
    """headers: list of (name, value) top-level; part: Part giving content headers + body."""
    hs = list(headers) + [("MIME-Version", "1.0")] + part.headers
    p = Part(hs, part.body)
    p.boundary = part.boundary
    return p.render()

DOMAIN_NAMES = {}

def addr(a, name=None):
    if not name:
        return a
    if any(c in name for c in ",.()'") or not all(ord(c) < 128 for c in name):
        if all(ord(c) < 128 for c in name):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (encode_header(name), a)
    return "%s <%s>" % (name, a)

def base_headers(m, idx, prefix, base_dt):
    dt = base_dt + datetime.timedelta(hours=7 * idx + (idx * 37) % 11, minutes=(idx * 13) % 60)
    date = dt.strftime("%a, %d %b %Y %H:%M:%S +0000")
    frm = m["from"]
    dom = frm.split("@")[1]
    hs = [("Return-Path", "<%s>" % frm),
          ("Date", date),
          ("From", addr(frm, m.get("from_name"))),
          ("To", ", ".join(addr(r, n) for r, n in zip(m["rcpt"], m.get("to_names", [None] * len(m["rcpt"]))))),
          ("Subject", encode_header(m["subject"])),
          ("Message-ID", "<%s.%03d.%s@%s>" % (prefix, idx, dt.strftime("%Y%m%d%H%M"), dom))]
    for k, v in m.get("extra_headers", []):
        hs.append((k, v))
    return hs, dt

def build_part(m, shape, rnd, idx):
    """Return the top-level content Part for message m in the given shape."""
    body = m["body"]
    cover = m.get("cover") or "Please see attached."
    fn = m.get("filename")
    if shape == "7bit":
        return text_part(body, charset="us-ascii", cte="7bit")
    if shape == "hardwrap":
        w = 60 + (idx * 7) % 19
        return text_part(hard_wrap(to_ascii(body), w), charset="us-ascii", cte="7bit")
    if shape == "flowed-delsp-yes":
        return text_part(flowed(body, 66 + idx % 10, True), charset="utf-8", cte="8bit", params="; format=flowed; delsp=yes")
    if shape == "flowed-delsp-no":
        return text_part(flowed(body, 64 + idx % 12, False), charset="utf-8", cte="8bit", params="; format=flowed; delsp=no")
    if shape == "qp":
        return text_part(body, charset="utf-8", cte="quoted-printable", rnd=rnd)
    if shape == "base64":
        return text_part(body, charset="utf-8", cte="base64")
    if shape == "utf8":
        return text_part(body, charset="utf-8", cte="8bit")
    if shape == "latin1":
        return text_part(body, charset="iso-8859-1", cte="8bit" if idx % 2 else "quoted-printable", rnd=rnd)
    if shape == "cp1252":
        return text_part(body, charset="windows-1252", cte="quoted-printable" if idx % 2 else "8bit", rnd=rnd)
    if shape == "html":
        html = m.get("html") or text_to_html(body, idx % 3)
        return text_part(html, subtype="html", charset="utf-8", cte="quoted-printable" if idx % 2 else "7bit" if all(ord(c) < 128 for c in html) else "8bit", rnd=rnd)
    if shape == "alternative":
        html = m.get("html") or text_to_html(body, idx % 3)
        return multipart("alternative", [text_part(body, cte="quoted-printable", rnd=rnd),
                                         text_part(html, subtype="html", cte="quoted-printable", rnd=rnd)],
                         "=_alt_%04d_%s" % (idx, m["_prefix"]))
    if shape == "alt-one-part":
        # the sensitive content is only in the HTML alternative; the plain alternative is a stub
        html = m.get("html") or text_to_html(body, idx % 3)
        stub = m.get("stub") or "This message is best viewed in an HTML-capable mail client."
        return multipart("alternative", [text_part(stub, cte="7bit", charset="us-ascii"),
                                         text_part(html, subtype="html", cte="quoted-printable", rnd=rnd)],
                         "=_alt1_%04d_%s" % (idx, m["_prefix"]))
    if shape == "subject":
        return text_part(body, charset="us-ascii", cte="7bit")
    att = None
    if shape == "txt-attachment":
        data = to_charset(body, "utf-8").replace("\n", "\r\n").encode("utf-8")
        att = Part([("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % (fn or "message.txt")),
                    ("Content-Transfer-Encoding", "base64" if idx % 2 else "quoted-printable"),
                    ("Content-Disposition", 'attachment; filename="%s"' % (fn or "message.txt"))],
                   b64_lines(data) if idx % 2 else qp_encode(data))
    elif shape == "csv-attachment":
        data = m.get("csv", body).replace("\n", "\r\n").encode("utf-8")
        att = Part([("Content-Type", 'text/csv; charset="utf-8"; name="%s"' % (fn or "export.csv")),
                    ("Content-Transfer-Encoding", "base64"),
                    ("Content-Disposition", 'attachment; filename="%s"' % (fn or "export.csv"))], b64_lines(data))
    elif shape == "docx":
        att = bin_part("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn or "document.docx", make_docx(body))
    elif shape == "xlsx":
        att = bin_part("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn or "list.xlsx", make_xlsx(m.get("csv", body)))
    elif shape == "zip":
        inner = m.get("zip_inner") or ("readme.txt" if "csv" not in m else "export.csv")
        data = m.get("csv", body).replace("\n", "\r\n").encode("utf-8")
        att = bin_part("application/zip", fn or "files.zip", make_zip([(inner, data)]))
    elif shape == "zip-encrypted":
        inner = m.get("zip_inner") or "export.csv"
        data = m.get("csv", body).replace("\n", "\r\n").encode("utf-8")
        att = bin_part("application/zip", fn or "protected.zip", make_encrypted_zip([(inner, data)], m.get("password", "Summer2024!"), rnd))
    elif shape == "rfc822-attachment":
        inner = m.get("inner") or {}
        ih = [("Date", inner.get("date", "Mon, 12 Feb 2024 08:14:00 +0000")),
              ("From", inner.get("from", "someone@example.net")),
              ("To", inner.get("to", m["from"])),
              ("Subject", encode_header(inner.get("subject", m["subject"]))),
              ("Message-ID", "<inner.%s.%03d@%s>" % (m["_prefix"], idx, inner.get("from", "x@example.net").split("@")[-1].rstrip(">")))]
        inner_txt = raw_message(ih, text_part(body, cte="quoted-printable" if idx % 2 else "8bit", rnd=rnd))
        att = Part([("Content-Type", "message/rfc822"),
                    ("Content-Disposition", 'attachment; filename="%s"' % (fn or "forwarded message.eml"))], inner_txt)
    elif shape == "fwd-quoted":
        return text_part(forward_quote(m, idx), charset="utf-8", cte="8bit" if idx % 2 else "quoted-printable", rnd=rnd)
    elif shape == "smime":
        der = make_smime_enveloped(rnd, len(body))
        return Part([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                     ("Content-Transfer-Encoding", "base64"),
                     ("Content-Disposition", 'attachment; filename="smime.p7m"'),
                     ("Content-Description", "S/MIME Encrypted Message")], b64_lines(der, 64))
    elif shape == "pgp":
        arm = make_pgp_armour(rnd, len(body.encode()))
        p1 = Part([("Content-Type", "application/pgp-encrypted"), ("Content-Description", "PGP/MIME version identification")], "Version: 1")
        p2 = Part([("Content-Type", 'application/octet-stream; name="encrypted.asc"'),
                   ("Content-Description", "OpenPGP encrypted message"),
                   ("Content-Disposition", 'inline; filename="encrypted.asc"')], crlf(arm))
        return multipart("encrypted", [p1, p2], "=_pgp_%04d_%s" % (idx, m["_prefix"]), params='; protocol="application/pgp-encrypted"')
    else:
        raise ValueError(shape)
    return multipart("mixed", [text_part(cover, cte="quoted-printable", rnd=rnd), att], "=_mix_%04d_%s" % (idx, m["_prefix"]))

FWD_NAMES = [("Bev Hollis", "bev.hollis@example.net"), ("Gran", "nanapat1947@example.com"),
             ("Kez", "kezzz.x@example.org"), ("R. Ahmed", "rahmed@example.co.uk.example"),
             ("Office", "office@school.example"), ("Lou", "louloubelle@example.com"),
             ("Mr T Okafor", "t.okafor@example.org"), ("Jenny W", "jen.w@example.net")]

def forward_quote(m, idx):
    levels = m.get("levels", 2 + idx % 2)
    comments = m.get("comments") or ["see below", "FYI", "Forwarding as asked."]
    text = m.get("quoted", m["body"]).split("\n")
    cur = text
    names = FWD_NAMES[idx % len(FWD_NAMES):] + FWD_NAMES[:idx % len(FWD_NAMES)]
    for lvl in range(levels):
        who, em = names[lvl]
        day = 10 + lvl
        hdr = "On %s %d Feb 2024 at %02d:%02d, %s <%s> wrote:" % (["Mon", "Tue", "Wed", "Thu", "Fri"][lvl % 5], day, 8 + lvl, (idx * 7) % 60, who, em)
        if lvl == levels - 1 and m.get("outlook_hdr"):
            hdr = "-----Original Message-----\nFrom: %s <%s>\nSent: %d February 2024 %02d:15\nSubject: %s" % (who, em, day, 9 + lvl, m["subject"])
            cur = [hdr, ""] + cur
        else:
            cur = [hdr] + [(">" + l if l.startswith(">") else "> " + l) if l else ">" for l in cur]
        if lvl < levels - 1:
            c = comments[(lvl + 1) % len(comments)]
            cur = [c, ""] + cur
    return "\n".join([comments[0], ""] + cur)

def write_corpus(msgs, prefix, base_dt):
    for lab in ("positive", "negative"):
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    manifest = []
    counters = {"positive": 0, "negative": 0}
    for gi, m in enumerate(msgs):
        lab = m["label"]
        counters[lab] += 1
        n = counters[lab]
        m["_prefix"] = prefix + ("p" if lab == "positive" else "n")
        rnd = random.Random("%s-%s-%d" % (prefix, lab, n))
        shape = m["shape"]
        subj = m["subject"]
        if shape in ("rfc822-attachment", "fwd-quoted") and not subj.lower().startswith(("fw", "re")):
            m["subject"] = ("Fwd: " if shape == "fwd-quoted" else "Fw: ") + subj
        hs, dt = base_headers(m, gi, m["_prefix"], base_dt)
        part = build_part(m, shape, rnd, n)
        raw = raw_message(hs, part)
        fname = "%s/%03d-%s-%s.eml" % (lab, n, m["family"], shape)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw.encode("latin-1"))
        manifest.append({"file": fname, "label": lab, "mail_from": m["from"], "rcpt": m["rcpt"],
                         "auth_user": m["auth"], "shape": shape, "family": m["family"], "note": m["note"]})
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as fh:
        for e in manifest:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return manifest

# ---------------------------------------------------------------- envelopes
STAFF = [("j.pritchard", "Julie Pritchard"), ("m.osei", "Michael Osei"), ("headteacher", "Dr A. Lindqvist"),
         ("r.kaur", "Ravinder Kaur"), ("office", "School Office"), ("d.mcallister", "Dougie McAllister"),
         ("s.nowak", "Sylwia Nowak"), ("it.support", "IT Support"), ("p.oyelaran", "Peter Oyelaran"),
         ("h.brennan-smith", "Helen Brennan-Smith"), ("dsl", "Designated Safeguarding Lead"), ("k.fairweather", "Kath Fairweather"),
         ("bursar", "Bursar"), ("senco", "SENCo"), ("t.o'neill", "Tom O'Neill"), ("exams", "Exams Office")]
PUPILS = [("19jbloggs", "Jayden Bloggs"), ("20amirza", "Aisha Mirza"), ("18ttaylor", "Tia Taylor"), ("21lwong", "Leo Wong"),
          ("19kpopescu", "Kasia Popescu"), ("20obrien", "Oisin O'Brien"), ("22fnwosu", "Favour Nwosu"),
          ("18hsmith", "Harry Smith"), ("21zali", "Zara Ali"), ("19ejones", "Ellie-May Jones")]
OUTSIDE = [("karen.w1975@example.com", "Karen W"), ("dave.hughes@example.org", "Dave Hughes"),
           ("nan.and.grandad@example.net", "Nan"), ("m.achebe@example.co.uk.example", None),
           ("info@localrotary.example", "Rotary Club"), ("parent.forum@example.org", "Parents Forum"),
           ("lizzie_b_x@example.com", None), ("enquiries@council.example", "Council Enquiries"),
           ("tomasz.k@example.net", "Tomasz K"), ("friends.of.st.aidan@example.org", "Friends of St Aidan's"),
           ("jo.harper@trust.example", "Jo Harper"), ("safeguarding@la.example", "LA Safeguarding Team"),
           ("coach.pete@juniorfc.example", "Coach Pete"), ("a.fernandes@example.com", "Ana Fernandes")]

def _pick(lst, i):
    return lst[i % len(lst)]

def env(kind, i):
    """Return dict with from, from_name, rcpt, to_names, auth."""
    if kind == "staff-out":
        u, n = _pick(STAFF, i); o = _pick(OUTSIDE, i * 3 + 1)
        f = u + "@school.example"
        return dict(**{"from": f}, from_name=n, rcpt=[o[0]], to_names=[o[1]], auth=f)
    if kind == "staff-int":
        u, n = _pick(STAFF, i); u2, n2 = _pick(STAFF, i + 5)
        f = u + "@school.example"
        if u2 == u:
            u2, n2 = _pick(STAFF, i + 6)
        return dict(**{"from": f}, from_name=n, rcpt=[u2 + "@school.example"], to_names=[n2], auth=f)
    if kind == "staff-pupils":
        u, n = _pick(STAFF, i)
        f = u + "@school.example"
        return dict(**{"from": f}, from_name=n, rcpt=["year9@students.school.example", "year10@students.school.example"], to_names=["Year 9", "Year 10"], auth=f)
    if kind == "pupil-int":
        u, n = _pick(PUPILS, i); u2, n2 = _pick(PUPILS, i + 3); u3, n3 = _pick(PUPILS, i + 4)
        f = u + "@students.school.example"
        return dict(**{"from": f}, from_name=n, rcpt=[u2 + "@students.school.example", u3 + "@students.school.example"], to_names=[n2, n3], auth=f)
    if kind == "pupil-out":
        u, n = _pick(PUPILS, i); o = _pick(OUTSIDE, i * 5 + 6)
        f = u + "@students.school.example"
        return dict(**{"from": f}, from_name=n, rcpt=[o[0]], to_names=[o[1]], auth=f)
    if kind == "in":
        o = _pick(OUTSIDE, i * 7 + 2); u, n = _pick(STAFF, i + 2)
        return dict(**{"from": o[0]}, from_name=o[1], rcpt=[u + "@school.example"], to_names=[n], auth=None)
    if kind == "in-pupil":
        o = _pick(OUTSIDE, i * 7 + 4); u, n = _pick(PUPILS, i + 1)
        return dict(**{"from": o[0]}, from_name=o[1], rcpt=[u + "@students.school.example"], to_names=[n], auth=None)
    raise ValueError(kind)

def assign(msgs, shapes_by_label):
    """Give every message without an explicit shape the next shape in its label's rotation."""
    ctr = {}
    for i, m in enumerate(msgs):
        lab = m["label"]
        e = env(m.pop("kind"), i)
        for k, v in e.items():
            m.setdefault(k, v)
        if not m.get("shape"):
            seq = shapes_by_label[lab]
            c = ctr.get(lab, 0)
            m["shape"] = seq[c % len(seq)]
            ctr[lab] = c + 1
    return msgs

MSGS = []

def M(label, kind, family, subject, body, note, **kw):
    d = dict(label=label, kind=kind, family=family, subject=subject, body=body.strip("\n"), note=note)
    d.update(kw)
    MSGS.append(d)

# ================================================================ CHAIN-LETTER POSITIVES
def P(*a, **k): M("positive", *a, **k)

P("pupil-int", "luck-curse", "dont ignore!!!!!", """
ok so this is real. my cousin ignored it and she broke her wrist the NEXT DAY
send this to 15 ppl in the next 10 mins and ur crush will text u tonight
send to 5 = good week
send to 10 = ur crush likes u back
send to 0 = 7 years bad luck
IM NOT JOKING DONT BREAK THE CHAIN
""", "teen luck chain with tiered rewards and 7-year bad luck threat")

P("in", "prayer-chain", "A Prayer for You", """
Dear Friend,

This prayer has been sent to you for good luck. The original is in New England. It has been around the world nine times. The luck has now been sent to you. You will receive good luck within four days of receiving this letter, provided you in turn send it on.

This is no joke. Do not send money. Send copies to people you think need good luck. Do not keep this letter. It must leave your hands within 96 hours.

An RAF officer received $470,000. Joe Elliot received $40,000 and lost it because he broke the chain. While in the Philippines, Gene Welch lost his wife six days after receiving this letter; he failed to circulate the prayer.

Please send 20 copies and see what happens in four days. The chain comes from Venezuela and was written by Saul Anthony De Groda, a missionary from South America.

With love and blessings,
Maureen
""", "classic St Jude style prayer chain letter from a parent to a teacher")

P("pupil-int", "curse-scare", "READ THIS OR ELSE", """
hi my name is Teresa. I died 23 years ago in a fire at my school. if you dont send this to 20 people i will come to your room at 3am and stand at the end of your bed.

a girl called Hannah read this and didnt send it. the next morning her mum found her bed EMPTY. 

this is not a joke. send it now. ur mum will die in 4 days if u dont.
""", "ghost scare chain with threat to the reader's mother")

P("staff-out", "virus-hoax", "URGENT VIRUS WARNING - PLEASE PASS ON", """
Hi all, just had this from my sister who works at a bank so it's definitely legit.

*** WARNING ***
If you receive an email titled "Dancing Pope" DO NOT OPEN IT. It will erase EVERYTHING on your hard drive. Microsoft and McAfee announced it yesterday and they have no cure yet. This is the most destructive virus ever. It was on the BBC this morning.

Forward this to everyone in your address book. Better safe than sorry!!! The more people who know the better.

Julie x
""", "staff member passing on a classic virus hoax to a friend")

P("in", "money-forward-hoax", "Fw: Microsoft & AOL will pay you!!!", """
My friend's dad is a lawyer and he checked this out and says it's genuine.

Microsoft are beta-testing a new email tracking program. For every person you forward this email to, Microsoft will pay you $245. For every person that receives it from them you get $243, and $241 for the third generation. Within two weeks Microsoft will contact you for your address and send you a cheque.

I was sceptical too but my neighbour got a cheque for $4,324.44 last week. It really works. FORWARD IT NOW before they stop the trial!!
""", "pays-per-forward hoax arriving from outside")

P("pupil-int", "copy-paste", "copy n paste dont share", """
ok this is a test. im seeing who actually reads my stuff. COPY AND PASTE this (dont share!!) and put the emoji that u think of me as 

💖 = bestie
🔥 = crush
🐸 = weird
💀 = dont know u

then post it so i can see ur answer. if u dont copy it ur not a real friend tbh
""", "copy-and-paste friendship test, don't share")

P("in", "sick-child", "PLEASE PLEASE SHARE - little Amy", """
Please don't scroll past this.

Amy Bruce is 7 years old and she has a rare lung cancer and a brain tumour. Her doctors have said she will not live much longer. The Make-A-Wish foundation has agreed to donate 7 cents to her treatment for every time this message is forwarded. For those of you who don't forward it, you have no heart.

It takes 5 seconds. Send this to everyone you know. Imagine if it was your child.

God bless xxx
""", "sick-child forwarding appeal with donation-per-forward claim")

P("pupil-out", "momo", "momo is coming", """
MOMO IS WATCHING YOU 👁️👁️
I am Momo. I got your email from ur friend. If you do not forward this to 10 contacts I will find you tonight when you are sleeping. Dont tell ur parents or i will know. 
send it or else 😈😈😈
""", "Momo scare chain sent by a pupil to an outside address")

P("in", "friendship", "To my special friends 🌸", """
A friend is someone who knows the song in your heart and sings it back to you when you forget the words.

I am sending this to the people who make my life beautiful. If it comes back to you, you know you are loved. Pass it on to 12 special friends, including me if I am one of yours! Something wonderful will happen tomorrow. Don't break the chain of friendship 💕💕

Angels are watching over you.
Love, Aunty Pat
""", "friendship/angel chain from an elderly relative")

P("staff-int", "teacher-chain", "send this to the 10 best teachers you know :)", """
You have been nominated as one of the 10 BEST TEACHERS I know!!

Teachers are the heart of our communities. Send this to 10 teachers who inspire you, including the person who sent it to you. If you get it back 5 times, you are truly a SUPER TEACHER. If you break the chain you'll get an Ofsted call on Monday morning (ha ha but seriously, send it).

Go on - it takes 2 mins. 🍎
""", "send-to-10-teachers chain between staff")

P("pupil-int", "good-luck-days", "4 days.", """
Good luck will come to you in 4 days. 
This is not a joke. 
Forward to 7 people within 1 hour. 
Do not delete. 
Someone deleted it and they failed all there mocks.
""", "terse good-luck-in-4-days chain")

P("in", "scam-hoax", "WARNING from the police - share with everyone", """
THIS IS NOT A JOKE. PLEASE READ!!

The Police have issued a warning that gangs are leaving perfume samples in car parks. When you smell it you pass out and they rob you. My friend's cousin in Leeds nearly lost her car and her purse. The police confirmed it on the radio.

Please SHARE with all the women you know and forward to all your contacts. It could save a life. Copy and paste, don't just like it.
""", "perfume-sample crime hoax with share-with-everyone demand")

P("pupil-int", "bloody-mary", "bloody mary challange", """
dont read this at night!!!!!!!!

there was a girl who said bloody mary 3 times in the mirror for a dare and mary pulled her INTO THE MIRROR and she was never seen again. now mary visits everyone who reads this message. the only way to stop her is to send this to 13 people before midnight. if u dont she will be in ur mirror tonight

i sent it so im safe lol
""", "Bloody Mary scare chain with send-to-13 demand")

P("in", "missing-child", "MISSING - please forward to everyone", """
PLEASE HELP. My friend's little girl Poppy, 6, went missing at the retail park in Warrington this afternoon. She was wearing a pink coat and yellow wellies. Police say the first 48 hours are critical.

Please forward this to everyone in your address book and share it everywhere. If everyone sends it to just 10 people, we'll cover the whole country by tonight. DO NOT BREAK THIS. The mum is devastated.

Forwarded 1,000s of times already - keep it going!!
""", "missing-child mass-forwarding appeal (undated, unverifiable)")

P("staff-out", "pyramid-gifting", "Join our Gifting Circle ✨", """
Hi lovely!

I've been invited into a Women Empowering Women gifting circle and I thought of you straight away. It's not a scheme - it's a loving community.

How it works:
1. You gift £1,440 to the woman in the centre of the flower (the "Water").
2. You then invite 2 friends to join as "Fire". They each gift to the Water.
3. The flower splits and you move towards the centre.
4. When you reach the centre you receive 8 x £1,440 = £11,520!!

The only rule is you MUST bring two new sisters in. Forward this to every woman you trust. Please don't tell the men lol they don't get it.

Manifest abundance 🌺
Kath
""", "gifting-circle pyramid scheme recruiting via forwarding")

P("in", "petition-chain", "Fw: Fw: Fw: Please sign and SEND ON - save the NHS", """
Please read. This petition will be presented to Parliament when it reaches 1 million names. ADD YOUR NAME TO THE BOTTOM OF THE LIST AND FORWARD TO EVERYONE YOU KNOW. If you delete it, the petition dies. Do not reply to the sender, send it on.

1. Sandra Mills, Bolton
2. Peter Mills, Bolton
3. Gail Hirst, Rochdale
4. Mary O'Shea, Dublin
5. Ann-Marie Rowe, Stoke
6. Brian Rowe, Stoke
7. Joyce Tait, Aberdeen
8. Lynne Carver, Bury

When you get to 500 names please send a copy to the address below. (Don't just forward it, copy it so it doesn't get messy.)
""", "name-list petition that must be forwarded to survive")

P("pupil-int", "kindness-chain", "💛 kindness chain 💛", """
Hiya!! this is a kindness chain 💛 the idea is u say something nice about the person who sent it then send it to 5 people u appreciate.

You are kind and funny and ur hair is always amazing!!

if this comes back to u more than 3 times ur officially the nicest person in year 8. if u break it ur basically saying u dont appreciate anyone 😭 so pls dont
""", "kindness chain with guilt-trip for breaking it")

P("in", "facebook-hoax", "Facebook privacy notice - COPY AND PASTE", """
Deadline tomorrow!!! Everything you've ever posted becomes public from tomorrow. Even messages that have been deleted or the photos not allowed. It costs nothing for a simple copy and paste, better safe than sorry.

Channel 13 News was just talking about this change in Facebook's privacy policy. I do not give Facebook or any entities associated with Facebook permission to use my pictures, information, messages or posts, both past and future. By this statement, I give notice to Facebook it is strictly forbidden to disclose, copy, distribute, or take any other action against me based on this profile and/or its contents.

NOTE: Facebook is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once it will be tactically allowing the use of your photos.

Forward to your contacts too.
""", "Facebook privacy copy-paste hoax by email")

P("pupil-int", "tiktok-chain", "lol read til the end", """
okkk so theres this tiktok thing going round and u have to do it or ur account gets shadowbanned 

1. send this to 10 ppl
2. post a pic of ur shoes with #chainchallenge
3. tag 3 mates
if u skip a step ur fyp goes dead for a month. ppl have literally lost all their followers. also dont screenshot it just forward it

go go go ⏰
""", "TikTok-flavoured chain with shadowban threat")

P("in", "whatsapp-hoax", "WhatsApp will start charging!!! pass it on", """
Hello, I'm Kevin Flowers, CEO of WhatsApp. We have had an over usage of user names on WhatsApp Messenger. We are requesting all users to forward this message to their entire contact list. If you do not forward this message, we will take it as your account is invalid and it will be deleted within the next 48 hours. Please DO NOT ignore this message or WhatsApp will no longer recognise your activation. If you wish to re-activate your account after it has been deleted, a charge of 25.00 will be added to your monthly bill.

We are also aware of the issue involving the pictures updates not showing. We are working diligently at fixing this problem and it will be up and running as soon as possible. Thank you for your cooperation from the WhatsApp team.

(Mrs Adeyemi - sending as my phone won't forward it, please pass to the staff groups)
""", "WhatsApp-will-charge hoax emailed to a teacher by a parent")

P("staff-out", "horoscope-chain", "Your birth month says...", """
This is so accurate it's scary 😂

Find your birth month and then forward to 11 people. If you do, the wish you make now will come true on the 11th day. If you ignore it your wish will be reversed.

JAN - stubborn but loyal
FEB - a secret admirer is thinking of you
MAR - money coming your way
APR - someone close has news
MAY - a trip is coming
JUN - you will meet someone new
JUL - be careful of a friend
AUG - promotion!!!
SEP - a family surprise
OCT - love is coming
NOV - a lucky number: 7
DEC - an old flame returns

MAKE YOUR WISH NOW and send within 11 minutes!!
""", "birth-month horoscope chain with wish reversed if not sent")

P("pupil-int", "if-you-read", "if you read this you have to", """
if you read this you have to send it on. sorry i didnt make the rules. 
if u read this and dont post it on 5 chats you will have a nightmare tonight and your crush will never like you
i read it and i sent it. your turn
""", "if-you-read-this-you-must chain")

P("in", "angel-chain", "An Angel Is Watching Over You 👼", """
This angel has been sent to you to protect you. Angels are all around us, they guide us and keep us safe.

Send this angel to 8 people who need protection and she will bring blessings to your home within 24 hours. Do not keep her to yourself — angels are meant to be shared. Those who break the chain of angels lose their protection.

Today I am thanking God for you.

👼👼👼👼👼👼👼👼

Pass this on. It's a test to see who has God in their heart. If you're ashamed, don't send it, Jesus said if you deny me I will deny you.
""", "angel chain with religious guilt element")

P("staff-out", "virus-hoax", "Fwd: ***Please read - don't accept 'Jamie' on Facebook***", """
Please tell all the contacts in your messenger list not to accept Jamie Dodd's friend request. He is a hacker and has a system connected to your account. If one of your contacts accepts it, you will also be hacked, so make sure that all your friends know it. Thanks. Forwarded as received.

Hold your finger on the message. At the bottom in the middle it will say forward. Hit that then click on the names of those on your list and it will send it to them.
""", "friend-request hacker hoax with instructions to forward to all contacts")

P("pupil-out", "money-forward-hoax", "free robux no joke", """
yo this is legit my mate got 40000 robux yesterday

roblox are giving free robux to everyone who sends this email to 20 people. they count the forwards with a tracker thing. if u send it to 20 u get 10k robux, 50 ppl = 40k robux. u have to send it before friday or the offer finishes

dont tell teachers or they will block it
""", "free Robux per-forward hoax sent by pupil to outside")

P("in", "scam-hoax", "Fwd: Fwd: WARNING - new phone scam, share with all friends", """
Fellow parents - please read.

If you get a call from someone saying they are from your bank and asking you to press 9 to speak to an operator, DO NOT press 9!! This gives them full access to your SIM card and they can make calls at your expense. This was confirmed by Vodafone and BT. 90% of people don't know about this.

I've checked with my son who is in IT and it's 100% real.

Please copy this and send it to EVERYONE you know, especially older family members. Thank you xx
""", "press-9 phone scam hoax")

P("pupil-int", "curse-scare", "😱 OPEN THIS 😱", """
Hi. My name is Sarah and I am 11 years old. I am dead. Please send this to 15 people or i will come and pull your feet in bed at midnight. One girl didnt send it and she woke up with scratches on her back. 

Its been forwarded 4000 times. dont be the one that stops it
""", "dead-girl scare chain")

P("staff-out", "prayer-chain", "Novena to St Jude - must be sent", """
May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. Sacred Heart of Jesus pray for us. St Jude, worker of miracles, pray for us. St Jude, help of the hopeless, pray for us.

Say this prayer nine times a day. By the eighth day your prayer will be answered. It has never been known to fail. Publication must be promised — you MUST send it to 9 people within 9 days. Do not break this, or the blessing will be lost.

In Christ,
Bernadette
""", "St Jude novena with mandatory forwarding to 9")

P("pupil-int", "mum-dies", "plz read i had to send it", """
ok so i got this and i HAD to send it sorry
if u dont send this to 10 ppl in 5 mins ur mum will die in her sleep tonight. this is not fake a boy in america ignored it and his mum died 2 days later. 
im so scared rn just send it
""", "'ur mum dies' chain between pupils")

P("in", "gifting-circle", "Blessing Loom 🙏 — you're invited", """
Blessing Loom — 8 spots — £100 in, £800 out!

Here's how it works:
- I'm at the top. You send £100 to whoever is at the top.
- You then post this flyer and get 2 more people in.
- The loom splits, you move up and when you're at the top you get £800 from 8 new people.

It's 100% legit, I've already done 3. It's NOT a pyramid scheme, it's a sisterhood of giving. Please share with your group chats, we need to fill it by Sunday or it collapses!
""", "blessing-loom gifting scheme (pyramid) with share demand")

P("staff-out", "petition-chain", "Sign this and send it on!! Ban fireworks", """
Hi Dave — add your name and pass it to at least 10 people, that's the only way it gets to the government. If it stops with you, all our names go to waste!!

1. Jane Penrose
2. Ian Penrose
3. K. Fairweather
4.
5.

Copy the list into a new email (don't forward, they filter forwards) add your name at the bottom and send to everyone in your contacts.
""", "email petition list demanding copy-and-send-on")

P("in", "sick-animal", "Bella needs YOUR help - pls forward!!!", """
This is Bella. She's a 4 year old Staffie who was found tied to a railing in Croydon with a broken leg. The rescue centre says a pet food company will pay for her operation if this email is forwarded 50,000 times!!! Every forward counts!!! 

She only has until Sunday. Please please share with every animal lover you know. If you don't forward it you're basically letting her suffer 😢😢
""", "sick animal appeal with sponsor-per-forward claim")

P("pupil-int", "copy-paste", "🙈🙈 truth or dare chain", """
RULES: u have to copy & paste this to 5 ppl and answer all the questions. if u dont you get 5 years of bad luck

1. crush initial?
2. who ur bestie?
3. last person u texted?
4. fav teacher?
5. rate the person who sent this 1-10

dont break it, lily broke it and she got detention the next day 
""", "truth-or-dare copy-paste chain")

P("in", "virus-hoax", "Fwd: IMPORTANT !!! Virus on phones", """
IMPORTANT!!!!
If someone sends you a video called "Argentina is doing this" do not open it, it hacks your phone in 10 seconds and it cannot be stopped in any way. Pass the information on to your family. It was announced on the radio today. I saw it on CNN too.

Forward to as many people as you can!!!!!
""", "phone video virus hoax")

P("staff-out", "friendship", "For the women who matter 🌹", """
Sisterhood chain 🌹

Women are special. We are mothers, daughters, sisters, friends. Send this to every amazing woman you know, and the woman who sent it to you. If you get 3 back, you are loved. 5 back, you are adored. If you get none... get new friends!! 😂

Love and hugs, H
""", "'send to every woman you know' friendship chain")

P("pupil-int", "luck-curse", "LUCKY RABBIT 🐰 SEND TO 8", """
🐰🐰🐰 this is the lucky rabbit 🐰🐰🐰
he will bring u luck in ur exams if u send him to 8 friends.
the last person who ignored him got an E in maths.
send in the next 10 minutes for extra luck.
""", "lucky-animal chain tied to exam luck")

P("in", "prayer-chain", "Prayer request - please forward to all believers", """
Dear brothers and sisters,

Please pray for a little boy named Samuel who is having heart surgery on Friday. His family asked that this prayer request be sent around the world — please FORWARD THIS TO EVERY CHRISTIAN YOU KNOW. They want 1 million people praying by Friday. Prayer moves mountains! Do not let this stop with you.

Lord, hold Samuel in your hands.

Forwarded with love, Margaret (Church Flowers Team)
""", "undated prayer request demanding mass forwarding")

P("pupil-out", "curse-scare", "dont open this at night", """
THE DOLL
there was a girl who got this message and didnt forward it. that night she heard a voice saying "1 down 2 to go". the next night "2 down 1 to go". the third night her parents found her doll next to her bed holding a knife.
forward this to 15 people or the doll will come for u. 
I forwarded it so its not me lol
""", "doll horror scare chain to outside friend")

P("in", "money-chain", "Turn £5 into £15,000 - it's LEGAL", """
Dear Friend,

My name is David Rhodes. In 1988 my car was repossessed and the bill collectors were hounding me like you wouldn't believe... then I read an article about a chain letter that works!

INSTRUCTIONS
1. Send £5 in cash to each of the 5 names on the list below, wrapped in a note saying "please add me to your mailing list".
2. Remove the name at No. 1 and move the others up one place.
3. Add your name as No. 5.
4. Send this letter to at least 200 people.

This is perfectly legal — you are buying a service (being added to a list). Within 60 days you will have £15,000 or more!

1. G. Whitley, 14 Moor Lane
2. P. Rowntree, 3 Oak Close
3. S. Madden, 77 Station Road
4. F. Boateng, 9 Hill View
5. L. Carrick, 21 The Crescent

DO NOT BREAK THE CHAIN. People who did have regretted it.
""", "classic five-names money chain letter")

P("pupil-int", "teacher-curse", "don't tell mrs pritchard 💀", """
pls read. so apparently if u get this u have to send it to 9 people in our year or u get a detention from every teacher for a week. jake didnt send it last week and he literally got 3 detentions. coincidence?? i think not 
send it to 9 ppl then delete it so teachers dont see
""", "school-themed chain with detention curse")

P("in", "free-gift-hoax", "Fwd: Tesco giving away £500 vouchers!!", """
Hi everyone — this is real, Tesco are celebrating their anniversary and are giving every family a £500 voucher. All you have to do is forward this to 20 friends and then click the link and put in your details. My neighbour got hers already!

It only runs until midnight so be quick and SHARE SHARE SHARE 🛒🛒🛒
""", "supermarket voucher per-forward hoax")

P("staff-int", "virus-hoax", "PASS THIS ON TO ALL STAFF PLEASE!!", """
Everyone — my husband's firm have just told their staff about this. Please pass on to everyone in your contacts.

If you get an email with the subject "Staff Pay Review 2024" DO NOT OPEN IT. It is a virus that wipes your whole computer and then sends itself to everyone you know. Symantec have called it the worst virus ever. There is no fix. Delete immediately and tell everyone you know.

Send it to your family too!!
""", "virus hoax circulated internally by a staff member")

P("pupil-int", "boyfriend-chain", "💘 send this in 15 mins 💘", """
💘 kiss on the cheek: 1 person
💘 hug: 3 people
💘 date: 5 people
💘 boyfriend/gf: 10 people
💘 married: 15 people
the person u like will say they like u tomorrow if u send this in 15 mins. dont break it or u will be single forever lol
""", "love-tier chain with 15-minute deadline")

P("in", "sick-child", "Little Jessica needs you", """
Jessica Mydek is 7 years old and she is dying from an incurable form of cancer. Before she dies she wants to start a chain letter telling everyone to live their lives to the fullest. Please send this to everyone you know.

The American Cancer Society will donate 3 cents to cancer research for every new person that gets this letter. For every person you send this to, 3 cents will be given. Please send it on, do NOT break the chain.

Let's make her dream come true.
""", "Jessica Mydek-style cancer chain hoax")

P("staff-out", "scam-hoax", "Please read and pass on - needle on petrol pump", """
Hi Jo

Just passing this on. Apparently drug users are putting needles on the handles of petrol pumps and the needles are infected with HIV. A woman in Manchester was pricked and tested positive. The Fire Service confirmed it. It's not a hoax.

PLEASE forward to everyone you care about - wear gloves at the pump!!

Kath
""", "HIV needle hoax passed on by staff")

P("pupil-int", "challenge-chain", "THE 48 HOUR CHALLENGE", """
you have been chosen for the 48 HOUR CHALLENGE 
send this to 6 people and then disappear for 48 hours (no phone, no replies)
if ur friends dont look for u they are fake 
if u dont do the challenge the person who sent it to u will stop being ur friend
DONT tell adults or it doesnt count
""", "'48 hour disappear' challenge chain with don't tell adults")

P("in", "horoscope-chain", "🎂 Your birthday says everything about you 🎂", """
Find your birthday date below!! 

1-5: You're going to marry someone rich
6-10: Someone secretly loves you
11-15: You will travel the world
16-20: Big news this month
21-25: Lucky money is coming
26-31: Your wish will come true in 3 days

Now send this to 12 people and post your number in the replies. If you don't it means bad luck for a year, it's the rule 🙁
""", "birthday-date chain with year of bad luck")

P("staff-out", "good-luck-days", "Good luck is on its way to you", """
This is the Tree of Luck. It was started in 1953 by a monk in Tibet. It has gone round the world 23 times. 

Within 4 days of receiving this you will have good luck, but only if you send it on to 10 others. One man received it, laughed and threw it away. Within a week he lost his job. Later he found it again, sent 10 copies, and got a better job.

Do not send money. Just pass on the luck.
""", "Tibetan tree of luck chain sent by staff to outside")

P("pupil-int", "friendship", "bff test 💯", """
BFF TEST 💯
send this to ur bffs. if u get it back ur a true bff. 
get back 2+ = ur loved
get back 5+ = ur the best friend ever
get back 0 = 😬 
dont skip, u cant just read it, u have to send to 10 or its 10 years no friends
""", "BFF chain with '10 years no friends' curse")

P("in", "petition-chain", "Teachers' pay petition - keep it going!!!", """
Dear colleagues,

The NEU and the government have agreed that if this email reaches 500,000 people, the pay award will be reconsidered. Please ADD YOUR NAME and FORWARD to at least 20 other teachers. The email is being tracked. If you break the chain the numbers are lost and we have to start again.

- Names so far -
Laura B (Wigan)
S. Choudhury (Oldham)
Mr M Doyle (Salford)
Ffion Rees (Cardiff)
""", "fake 'tracked' union petition chain to teachers")

P("pupil-out", "mum-dies", "nana pls send this", """
nana ur gonna think this is silly but pls just send it on. it says if u dont send it to 10 people someone in ur family will get really ill. i dont want anything to happen so i sent it to everyone. pls send it nana xxx love u
""", "pupil sends family-harm chain to grandmother")

P("in", "kindness-chain", "Random acts of kindness chain!", """
Hi lovely people!

I'm starting a random acts of kindness chain 🌈 Do ONE kind thing today then forward this to 7 friends so they do the same. Within a month there will be millions of kind acts!! Don't break the chain — if you do, the kindness stops with you and nobody wants to be that person do they 😉

Love from the Tuesday Coffee Mums
""", "kindness chain pressuring forwarding to 7")

P("staff-int", "luck-curse", "lol this came from my nan", """
Forwarding because I'm too scared not to 😂

"This letter has been sent to you for luck. Send 20 copies within 4 days. A teacher from Swansea did not send it and he lost his job. A woman from Kent sent it and won £2000 on the lottery. Do NOT keep this letter."

OK your turn. Send to 20. Don't let it stop with you!
""", "staff forwarding nan's luck chain internally, with own demand")

P("pupil-int", "creepy-number", "dont ring this number", """
if u get a call from 666 at 3:33am do not answer. if u read this message it means ur on the list. 
the only way to get off the list is to send this to 7 friends. 
my brother didnt and now he hears knocking every night.
copy n paste, dont forward, it doesnt count if u forward
""", "creepy phone-number scare chain")

P("in", "scam-hoax", "Fw: CHECK YOUR CAR!!! pass on to everyone", """
Ladies!! Gangs are putting a £5 note under your windscreen wiper. When you get out to take it they steal your car with your child inside. This happened at Asda in Derby last week, it was on Facebook. 

Please forward to every mum you know and share it on the school groups. DONT ignore it.
""", "car theft hoax demanding forwarding to every mum")

P("staff-out", "prayer-chain", "Angel of the Month 🕊", """
God loves you and so do I 🕊

This is the Angel of the Month. Each month she visits a different house. Send this to 10 people you love and she will bless your home with health and happiness. If you break this chain she cannot visit and your home will miss her blessing. Please don't ignore her.

Amen x
""", "monthly angel blessing chain from staff to friend")

P("pupil-int", "copy-paste", "put a 💜 if", """
put a 💜 if we've met in real life
put a 🦄 if we're besties
put a 🍕 if u want to hang out
now copy and paste this (dont share!!) and see what i put on urs 

if u dont, i'll know ur not my friend 😤
""", "emoji 'put a heart if' copy and paste chain")

P("in", "virus-hoax", "Please forward: warning from IT", """
FWD TO ALL!!! VERY URGENT

a new virus called "postcard from Hallmark" was discovered yesterday. If you get a mail named POSTCARD, no matter who sends it, shut down your computer immediately. It opens a postcard image which burns the whole hard disc. AOL said it is the most destructive virus ever. 

Copy this to all your friends and ask them to pass it on IMMEDIATELY.
""", "Hallmark postcard virus hoax")

P("staff-out", "money-forward-hoax", "Bill Gates is sharing his fortune", """
Dear friends, Please do not take this for a junk letter. Bill Gates is sharing his fortune. If you ignore this you will repent later. Microsoft and AOL are now the largest Internet companies and in an effort to make sure that Internet Explorer remains the most widely used program, Microsoft and AOL are running an e-mail beta test.

When you forward this e-mail to friends, Microsoft can and will track it for a two week time period. For every person that you forward this e-mail to, Microsoft will pay you $245.00.

I thought this was a scam myself, but two weeks after receiving this e-mail and forwarding it on, Microsoft contacted me for my address and within days I received a cheque. 

Forwarded by Mr P Oyelaran — go on, what have you got to lose?
""", "Bill Gates fortune forward hoax from staff")

P("pupil-int", "good-luck-days", "grades chain 📚", """
this is the exam grades chain 📚✏️
if u send it to 9 people by 9pm u will get 9s in all ur GCSEs
if u send to 5 ppl u get 7s 
if u send to nobody u get Us 
its been going round since 2015, my sister did it and got all 9s
""", "GCSE grades chain")

P("in", "sick-child", "Fwd: please help this baby — facebook counts shares", """
This baby was born with a heart condition and needs an urgent operation. Facebook have promised to donate £1 for every share, £2 for every forward and £5 for every copy and paste. Please don't ignore, it costs you nothing. Send to your whole address book 💔💔

Shared over 600,000 times already
""", "baby appeal with platform-pays-per-share claim")

P("staff-out", "chain-friends-teachers", "you're one of my favourite people", """
Hi! I'm sending this to the people I love and appreciate the most, because a friend sent it to me.

Send it to 7 people you appreciate — including me if I'm one of them. If you get at least 4 back, you're a very special person. If this stops with you, you'll have bad luck in love for 7 years. 

I didn't make the rules! xxx
""", "appreciation chain with 7-year love curse")

P("pupil-int", "momo", "momo challenge 😨", """
THIS IS THE MOMO CHALLENGE. momo has picked u. 
step 1: send to 12 people 
step 2: dont tell ur parents 
step 3: wait for her message at 3am 
if u skip step 1 momo will come into ur house. she knows where u live from ur ip adress
""", "Momo challenge chain with don't-tell-parents step")

P("in", "luck-curse", "LETTER OF LUCK - DO NOT DELETE", """
KISS SOMEONE YOU LOVE WHEN YOU GET THIS LETTER AND MAKE MAGIC.

This paper has been sent to you for luck. The original is in New England. It has been around the world nine times. The luck has now been sent to you. You will get good luck within 4 days of receiving this letter. This is no joke. You will receive it in the mail. Send copies to people you think need luck. Don't send money, as fate has no price. Do not keep this letter. It must leave your hands in 96 hours.

While in the Philippines, General Walker lost his life 6 days after receiving this letter. He failed to circulate the letter. However, before his death he received $7,755,000. Please send 20 copies and see what happens in 4 days.
""", "verbatim-style 'original in New England' luck letter")

P("staff-int", "friendship", "❤️ Staffroom love chain ❤️", """
Staffroom love chain!! ❤️

Reply all with your favourite biscuit and then forward to 5 other members of staff who make your day better. If it comes back to you, you're a staffroom legend. If you break it, you're on tea duty till Easter 😂☕
""", "light-hearted staff chain demanding forward to 5")

P("pupil-int", "if-you-read", "u read it now u have to", """
IF YOU READ THIS YOU HAVE TO SEND IT TO 10 PEOPLE OR YOU WILL NEVER PASS YOUR DRIVING TEST
IF YOU READ THIS YOU HAVE TO SEND IT TO 10 PEOPLE OR YOU WILL NEVER PASS YOUR DRIVING TEST
IF YOU READ THIS YOU HAVE TO SEND IT TO 10 PEOPLE OR YOU WILL NEVER PASS YOUR DRIVING TEST
sorry lol 
""", "all-caps repeated if-you-read chain")

P("in", "gifting-circle", "Re: the Circle - are you in??", """
Hey hun,

Following our chat at pick-up!! So the Circle is a women-only gifting thing - it's NOT a pyramid because nobody "owns" it. You gift £500 to the lady at the middle, then bring in 2 friends. Each time it splits you move inward. After 3 splits it's your turn to receive £4000!!! My friend got hers in 6 weeks.

We need 2 more by Friday to split our table. Can you send this to anyone you think would be up for it? Please don't post it publicly, just send it privately to your friends.

xx
""", "gifting circle recruitment from a fellow parent")

P("pupil-out", "luck-curse", "CHAIN MAIL (sorry)", """
sorry this is a chain mail!! if u dont send this to 10 ppl u will have 10 years bad luck and u wont get a text from ur crush EVER.
pass it on 
pass it on 
pass it on
""", "short chain mail sent by pupil to outside friend")

P("in", "facebook-hoax", "Instagram new rule tomorrow! Copy this", """
Instagram's new rule starts tomorrow where they can use your photos. Don't forget Deadline today!!! It can be used in court cases in litigation against you. Everything you've ever posted becomes public from today even messages that have been deleted. It costs nothing for a simple copy and paste.

I do not give Instagram or any entities associated with Instagram permission to use my pictures, information, messages or posts, both past and future.

Copy and paste this on your story and send to all your friends so they are protected too!!
""", "Instagram rule copy-paste hoax")

P("staff-out", "virus-hoax", "WhatsApp Gold - DO NOT DOWNLOAD", """
Just had this from a friend in Spain:

If you know anyone using WhatsApp you might pass on this. An IT colleague has advised that a video will come out tomorrow on WhatsApp called "martinelli" - do not open it. It hacks your phone and nothing will fix it. Spread the word. If you receive a message to update the WhatsApp to WhatsApp Gold, do not click!!!!! 

Please pass it on to everyone you know. Spread the word.

Mike
""", "martinelli/WhatsApp Gold hoax")

P("pupil-int", "bloody-mary", "3 am", """
dont look in the mirror at 3am tonight. if ur reading this its already too late. send to 10 and she cant see u. 
this is not a joke, forwarded 1000s of times
""", "terse mirror scare with forwarded-1000s-of-times claim")

P("in", "luck-curse", "Ancient Irish blessing (pass it on!)", """
May the road rise up to meet you. May the wind be always at your back. May the sun shine warm upon your face, the rains fall soft upon your fields.

This Irish blessing has travelled around the world since 1931. Whoever receives it must pass it to 7 friends within 7 days, and seven blessings will follow. A man in Cork laughed at it and his cottage burned down on the seventh day.

Don't be the one. Pass it on.
""", "Irish blessing chain with dire consequence")

# ================================================================ CHAIN-LETTER NEGATIVES
def N(*a, **k): M("negative", *a, **k)

N("staff-out", "parent-letter-forward", "Year 6 residential - please forward to your child's other parent/carer", """
Dear Parents and Carers,

Thank you to everyone who came to the Year 6 residential meeting on Tuesday. The slides are attached to the school website under Letters.

Where children live across two households, please forward this email to the other parent or carer so that both of you have the kit list and the departure time (8:15am on Monday 13 May, coaches leave from the top car park).

Deposits (£50) are due by Friday 26 April via ParentPay.

Kind regards,
Mrs J. Pritchard
Year 6 Team Leader
""", "school letter asking parents to forward to the other parent")

N("staff-pupils", "it-phishing-do-not-forward", "Phishing alert: fake 'password expiry' email - do NOT forward", """
Hi all,

Several students this morning received an email claiming to be from "Microsoft 365 Support" saying their password expires today and asking them to click a link.

This is a phishing email. Please:
1. Do NOT click the link.
2. Do NOT forward it to friends (this spreads it).
3. Do NOT reply.
4. Use the "Report" button in Outlook, or just delete it.

If you already entered your password, come to the IT office in B12 at break and we'll reset it. Nobody will be in trouble.

IT Support
""", "IT phishing warning explicitly telling pupils not to forward")

N("staff-pupils", "lesson-quote", "PSHE Year 8: chain messages and peer pressure - lesson notes", """
PSHE Year 8 - Lesson 4: Chain messages, scare messages and pressure online

Learning objectives
- recognise a chain message and the tricks it uses
- explain why these messages are not real
- know what to do if one upsets you

Starter (5 min): read this example on the board, which is typical of what's going round:

    "If you don't send this to 10 people in 5 minutes your mum will die
     tonight. A girl ignored it and it came true. This is not a joke."

Discussion questions
1. What does the message want you to do? (send it on)
2. How does it make you feel? (scared, guilty, rushed)
3. What tricks does it use? (a deadline, a threat, a fake "true story", "this is not a joke")
4. Can a message really make something happen? (no)

Key message: you do NOT have to send it on. Nothing bad will happen. Delete it, block the sender if needed, and tell an adult you trust if it upset you.

Plenary: pupils write one sentence of advice to a younger sibling.
""", "PSHE lesson plan that quotes a chain message to teach about it")

N("staff-out", "supply-chain", "Re: catering supply chain issues - week 3 menu", """
Hi Ana,

Thanks for the heads-up. We can live with the substitutions for the week 3 menu. Our chain of supply for fresh veg has been unreliable since the wholesaler changed depots, so if you can confirm the delivery window (before 10:30) that would be a big help.

Cold chain: the kitchen team logged the chilled delivery at 6°C on Tuesday, which is above our 5°C limit, so we rejected the yoghurts. Could you forward this to your logistics contact so they can look into it?

Best,
Bursar
""", "catering email about supply chain and cold chain")

N("in", "genuine-appeal", "Fwd: Fun run for the children's hospice - sponsorship forms", """
Hi Mrs Kaur,

Just forwarding the details from the hospice about the fun run on Sunday 9 June, in case the school would like to put it in the newsletter. No pressure at all.

> The Brightwater Children's Hospice 5k Fun Run
> Sunday 9 June, Riverside Park, 10am start
> Entry £8 adults, £4 under-16s. Sponsorship forms at reception
> or online at brightwater-hospice.example/funrun
> Every penny raised goes to care for local families.

Thanks,
Tomasz (Sami's dad)
""", "parent forwarding a real charity fun run")

N("staff-pupils", "exam-good-luck", "Good luck in your exams!", """
Dear Year 11,

Just a quick note from all of us to say GOOD LUCK for your exams, which start on Monday. You have worked so hard and we are incredibly proud of you.

A few reminders:
- arrive by 8:40 for morning papers
- clear pencil case, black pens, no phones (not even switched off in a pocket)
- water in a clear bottle, label removed
- check the exam timetable every evening

Good luck will not come from a chain message but from the revision you've done - trust it! 🍀

Mr Osei and the Year 11 team
""", "exam good-luck message to Year 11")

N("staff-int", "fwd-admin-thread", "Fwd: Fwd: Fwd: Room booking for parents evening", """
Can someone confirm whether we have the hall or the library for Y9 parents evening?

Thanks,
Dougie
""", "admin thread forwarded several times", shape="fwd-quoted",
  quoted="Hi all,\n\nY9 parents evening is Thursday 21 March, 4-7pm. Room TBC - the hall is booked for the drama rehearsal until 5pm.\n\nOffice", comments=["Can someone confirm whether we have the hall or the library for Y9 parents evening? Thanks, Dougie", "Fwd to Dougie - he's organising it", "Passing this on to the office"],
  levels=3)

N("staff-pupils", "share-year-group", "Please forward to your year group: lost property", """
Hello Year 10 reps,

Could you please forward this to your year group chats?

Lost property is overflowing again. Anything not collected by Friday 22nd will be washed and donated to the uniform swap. There are:
- 14 PE tops (mostly size M)
- 6 black blazers (two with names: "R. Hussain" and "M.S.")
- a purple water bottle with stickers
- one left football boot (!)

Lost property is in the cupboard next to student reception.

Thanks!
Mrs Fairweather
""", "staff asking pupil reps to forward lost property notice")

N("staff-out", "job-advert-share", "Share this job advert please - TA vacancy", """
Hi Coach Pete,

We're recruiting a Teaching Assistant (Level 2, 32.5 hrs, term time only) to support in KS2 from September. Please share this with anyone you think would be interested - the junior football parents are a great bunch!

Closing date: 12 noon, Friday 3 May
Interviews: week commencing 13 May
Apply via the Trust careers page: careers.trust.example/vacancies/TA-2024-07

Thanks so much,
Ravinder
""", "request to share a genuine job advert")

N("staff-out", "pta-petition", "PTA: safer crossing petition", """
Dear Parents,

The PTA has started a petition to the County Council asking for a zebra crossing outside the main gate on Hollins Road. Several near misses have been reported this year.

If you would like to sign, you can do so on the council's official petitions site: council.example/petitions/hollins-road-crossing. It closes on 30 June.

There is no obligation to sign or share. Thank you for your support.

PTA Committee
""", "genuine PTA petition without forward demands")

N("in", "newsletter-footer", "Brightwater Trust News - Spring 2024", """
BRIGHTWATER TRUST NEWS - SPRING 2024

In this issue
* Reading festival: 600 pupils, 14 authors
* Trust-wide STEM day results
* New catering contract starts in September
* Dates for your diary

Reading festival
More than 600 pupils from across our five schools joined the festival in March...

STEM day
Congratulations to the team from Oakfield who built the tallest self-supporting paper tower (1.84m)...

--
Enjoyed this newsletter? Forward to a friend!
You are receiving this because you subscribed at brightwater-trust.example. Unsubscribe | Update preferences
Brightwater Multi-Academy Trust, Registered in England No. 01234567
""", "trust newsletter with 'forward to a friend' footer")

N("staff-pupils", "assembly-script", "Assembly script - Thursday (Online kindness)", """
ASSEMBLY: "Is it true? Is it kind? Is it necessary?"
Thursday, Years 7-9, 8:50

[Slide 1]
Good morning everyone. Hands up if you've ever had a message that said something like "send this to 10 people or something bad will happen"? (pause - most hands go up)

[Slide 2 - show the example]
"Hi, my name is Teresa. I died 23 years ago. If you don't send this to 20 people I will come to your room at 3am."

[Slide 3]
These are called chain messages. They've been around since before the internet - people used to post them in letters! They work by making us scared or guilty. But here's the truth: nothing happens if you don't send it. Nothing. Ever.

[Slide 4]
So what do you do? 
- You don't forward it.
- You can delete it.
- If it scared you, tell someone - a parent, a tutor, Mrs Brennan-Smith.
- Think about who you'd be scaring if you sent it on.

[Slide 5] Is it true? Is it kind? Is it necessary?

Thank you - have a good day.
""", "assembly script quoting a scare chain to teach about it")

N("in", "safeguarding-briefing", "LA safeguarding bulletin: viral scare messages", """
Dear Designated Safeguarding Leads,

We are aware of a resurgence of "Momo"-style scare messages circulating among primary-aged children via messaging apps and school email. The content typically threatens harm to the child or their family unless the message is forwarded to a set number of people, and often tells children not to tell adults.

Our advice:
- Do not name or show the character image in whole-school settings; this can increase anxiety and curiosity.
- Focus on general online-safety messages: nothing bad happens if you don't pass it on; tell a trusted adult.
- Do not forward the messages themselves, even to warn colleagues; describe them instead.
- Log disclosures in line with your usual procedures.

The UK Safer Internet Centre has guidance for professionals on responding to viral scares.

Regards,
LA Safeguarding Team
""", "LA safeguarding briefing describing scare chains; do not forward")

N("staff-out", "online-safety-newsletter", "Online Safety Newsletter - March", """
ONLINE SAFETY NEWSLETTER FOR PARENTS - MARCH

This month: chain messages

Some children have been upset this half term by chain messages on WhatsApp and in school email. Here is one example a child showed us (we've copied it exactly, spelling and all):

"if u dont send this to 10 ppl in 5 mins ur mum will die in her sleep tonight. this is not fake a boy in america ignored it and his mum died 2 days later. im so scared rn just send it"

Messages like this are designed to frighten. Please reassure your child:
1. Nothing will happen if they don't forward it.
2. They can delete it, and they won't be in trouble for receiving it.
3. They can always show you or a teacher.

Top tips: keep devices out of bedrooms at night, check age ratings (WhatsApp is 13+ in the UK), and talk little and often.

Useful sites: Internet Matters, Childnet, NSPCC Net Aware.
""", "parent online-safety newsletter quoting a chain message verbatim")

N("staff-int", "chain-of-command", "Incident reporting - chain of command reminder", """
Colleagues,

Following last week's trip debrief, a reminder about the chain of command on off-site visits:

1. Group leader
2. Visit leader
3. EVC (Mr McAllister)
4. Headteacher
5. Trust Operations Director

Please escalate up the chain, not around it, and record each call in the visit log. Do not forward incident details to parents by email - the Visit Leader will phone.

Thanks,
A. Lindqvist
""", "chain of command reminder to staff")

N("staff-pupils", "daisy-chain", "Reception class news: daisy chains and mini-beasts", """
What a week in Reception! 🌼

The sunshine finally arrived, and the children spent Wednesday afternoon making daisy chains on the field. Ask your child how many daisies went into the longest one (we counted 47!).

We also went on a mini-beast hunt and found woodlice, a snail called "Speedy" and a very surprised worm.

Next week: we're learning about life cycles. Please send in an empty egg box if you have one.

Have a lovely weekend,
Miss Nowak and the Reception team
""", "class news about daisy chains")

N("in", "prayer-list", "Parish prayer list - this week", """
Dear Friends,

Please hold in your prayers this week:

- Our Year 6 pupils as they prepare for their Confirmation
- Fr Michael, recovering after his operation
- The family of Joan Kelly, who died on Tuesday, RIP
- All those sitting exams this term
- Sister Agnes on her 90th birthday

Mass times are unchanged. The rosary group meets in the side chapel on Thursdays at 7pm.

With every blessing,
St Aidan's Parish Office
""", "faith-school parish prayer list with no demands")

N("staff-out", "parent-letter-forward", "Share with grandparents - Grandparents' Afternoon", """
Dear Families,

On Friday 14 June from 2pm, Year 1 and 2 are holding a Grandparents' Afternoon. Please pass this invitation on to grandparents or any special grown-up who would like to come. They can join us for songs, a tour of the classrooms, and tea and cake.

Please let the office know numbers by Wednesday 12 June so we have enough cake!

With best wishes,
School Office
""", "school invitation to pass on to grandparents")

N("staff-pupils", "it-phishing-do-not-forward", "Scam warning: fake Roblox free Robux emails", """
Hi students,

We've seen a few emails going round promising free Robux if you "forward this to 20 people" or "enter your login". These are scams.

- Roblox does not pay you for forwarding emails. Nobody does!
- Never enter your game or school password on a site from an email.
- Please don't forward the email to warn your friends - that just spreads it. Tell us and we'll block it for everyone.

If you've already typed in your password, tell your tutor or come to IT in B12.

IT Support
""", "scam warning about per-forward hoax; do not forward")

N("staff-int", "fwd-admin-thread", "Fwd: Fwd: Fwd: Fwd: Printer on 2nd floor", """
Still not working. Has anyone logged it with the Trust helpdesk?
""", "admin fwd thread about printer", shape="fwd-quoted",
  quoted="The printer on the 2nd floor (PRN-2F-01) is jamming on every job. Has anyone else had this?", comments=["Still not working. Has anyone logged it with the Trust helpdesk?", "fwd to IT", "FYI - same here", "Forwarded as requested"], levels=4)

N("in", "charity-event", "Wear Something Yellow day - info for schools", """
Hello!

Thank you for signing up to Wear Something Yellow for young carers on Friday 17 May. Your fundraising pack is on its way. It contains posters, stickers and a collection box.

Suggested donation: £1 per pupil. You can pay in via the online form or by cheque.

Feel free to share our poster on your school social media - we've included a ready-to-post image. 

Thanks for your support,
The Young Carers Alliance team
""", "charity day info with share-our-poster mention")

N("staff-pupils", "lesson-quote", "Computing homework: spot the hoax", """
Year 7 Computing - Homework (due next Thursday)

Below are THREE messages. Two are hoaxes and one is a real warning from an organisation. For each one, write:
(a) whether you think it's real or a hoax
(b) two clues that helped you decide

Message A:
"WARNING!! If you get an email called 'Dancing Pope' DO NOT OPEN IT. It will erase your hard drive. Microsoft announced it yesterday. Forward this to everyone you know!!!"

Message B:
"Microsoft will pay you $245 for every person you forward this email to. My neighbour got a cheque last week!"

Message C:
"Our records show your school account was signed in from a new device on 14 March. If this was you, you don't need to do anything. If it wasn't, change your password at the usual school login page. - School IT"

Extension: write your own advice poster for Year 5.
""", "computing homework quoting hoaxes verbatim for analysis")

N("staff-out", "parent-letter-forward", "Headlice - please check and pass on", """
Dear Parents/Carers of Class 3,

We have had a case of headlice in Class 3. Please check your child's hair over the weekend and treat if necessary. Information from the NHS is on the school website.

If your child is collected by a childminder or family member, please pass this message on to them.

Many thanks,
Mr O'Neill
""", "routine headlice letter asking to pass on")

N("in", "newsletter-footer", "Your weekly digest from Chalkboard Resources", """
Hi Julie,

Here are this week's most popular resources:

1. KS3 Persuasive writing pack - 4.9 stars
2. Year 4 fractions bingo - 4.8 stars
3. Friendship worksheets for PSHE - 4.8 stars
4. "Fake news" detective lesson (KS2) - 4.7 stars

New this week: our chain-letter and hoax busting assembly (KS2/KS3), with a printable "Stop. Think. Don't pass it on." poster.

Know a colleague who'd find these useful? Forward this email to a friend and you'll both get a month of Premium free.

Chalkboard Resources Ltd | Unsubscribe | Manage preferences
""", "commercial newsletter with forward-to-a-friend referral footer")

N("staff-pupils", "share-year-group", "Y12 - Please share: university fair coach", """
Hi all,

Please share this with anyone in Y12 who isn't on the mailing list yet (new joiners especially).

The coach for the UCAS Discovery fair leaves at 8:00 sharp on Wednesday from the bus bay. Return by 4:30pm. Bring a packed lunch, your lanyard and a list of 5 questions for universities.

Sign up on the sheet outside the sixth form office by Monday.

Ms Brennan-Smith
Head of Sixth Form
""", "please share with your year group - trip info")

N("in", "genuine-missing-appeal", "Police appeal - missing teenager (official)", """
Dear Headteacher,

We are contacting local secondary schools regarding a missing 15-year-old from the area. The official appeal, with a photo and description, is on the Constabulary's website and social media channels.

Please do not circulate copies by email; if staff or students have information, they should call 101 quoting reference 24-031177, or speak to the Safer Schools Officer.

We will update you as soon as she is found.

PC Hannah Greaves
Safer Schools Partnership
""", "genuine police appeal explicitly asking not to circulate copies")

N("staff-int", "chain-of-command", "Cold chain for vaccinations - nurse visit Thursday", """
Hi Kath,

The school nurse team are in on Thursday for the Year 8 HPV vaccinations. They've asked us to keep the fridge in the medical room free - they bring their own cool boxes but need somewhere to keep the cold chain intact between sessions.

Consent forms: we have 142 back out of 168. Could tutors chase the last 26 tomorrow?

Thanks,
Ravi
""", "cold chain for vaccinations, consent chase")

N("staff-out", "charity-event", "Sponsored silence - thank you!", """
Dear Parents,

WOW! Our sponsored silence raised £1,864.20 for the children's ward at the General. Thank you for supporting your children and for all your sponsorship.

The money will buy two portable games consoles and a reading trolley for the play room.

Please do share our success on social media if you wish - we've posted a photo of the cheque on the school page.

Mrs Kaur
Charity Coordinator
""", "charity success letter with optional share")

N("staff-pupils", "lesson-quote", "English Y9: persuasive language in chain letters", """
English - Year 9 - Persuasive language

Today we are looking at one of the oldest persuasive texts in the world: the chain letter. Read the extract carefully. It was originally sent by post in the 1970s.

EXTRACT
"This paper has been sent to you for luck. The original is in New England. It has been around the world nine times. The luck has now been sent to you. You will receive good luck within four days of receiving this letter, provided you in turn send it on. This is no joke. Do not send money. Do not keep this letter. It must leave your hands within 96 hours. An RAF officer received $470,000. Joe Elliot received $40,000 and lost it because he broke the chain."

TASK
1. Highlight examples of: commands (imperatives), anecdotes, rule of three, authority.
2. Why does the writer say "This is no joke"?
3. Rewrite the letter to persuade someone NOT to pass on chain letters, using the same techniques.

You will not be sending this letter to anyone :)
""", "English lesson analysing a verbatim chain letter")

N("in", "prayer-list", "Prayer intentions for our school community", """
Dear Mrs Lindqvist,

The Diocese Education Service offers the following prayer intentions for use in collective worship this week. Please use them as you see fit.

Monday: for all who are ill and those who care for them
Tuesday: for peace in our world
Wednesday: for our teachers and support staff
Thursday: for pupils preparing for exams
Friday: for families who are struggling this winter

With best wishes for the Easter season,
Diocese Education Service
""", "diocesan prayer intentions with no forwarding demand")

N("staff-out", "parent-letter-forward", "Snow closure procedure - please share with childminders", """
Dear Parents and Carers,

With snow forecast this week, here's a reminder of how we'll let you know if the school has to close:

1. A text message via the school app by 7:00am
2. A banner on the school website
3. A post on the county's school closures page

Please share this with anyone else who drops off or collects your child (childminders, grandparents, friends), so they know to check before setting off.

Stay warm,
Dr A. Lindqvist
Headteacher
""", "snow closure procedure asking parents to share with carers")

N("staff-pupils", "it-phishing-do-not-forward", "Don't pass it on - fake 'WhatsApp charging' messages", """
Hi everyone,

A message claiming WhatsApp will start charging unless you forward it is going round again. It's been a hoax since 2012. WhatsApp will never ask you to forward a message to keep your account.

Please do NOT forward it - just delete it. If younger brothers or sisters are worried, reassure them.

Digital Leaders team
""", "digital leaders debunking a hoax, do not forward")

N("in", "inbound-school-trip", "Re: Re: Fwd: Fwd: coach quote for Year 5 trip", """
Hi Peter,

Confirmed - two 53-seaters for Wednesday 5 June, pick up 8:45 from school, return by 3:15. Price as quoted (£640 inc VAT).

Regards,
Sam
Castle Coaches
""", "coach hire reply in long fwd thread", shape="fwd-quoted",
  quoted="Dear Castle Coaches,\n\nPlease could you quote for two coaches for Year 5 to the Science Centre on Wednesday 5 June (approx 100 people).\n\nMany thanks,\nPeter Oyelaran", comments=["Hi Peter, Confirmed - two 53-seaters for Wednesday 5 June, pick up 8:45 from school, return by 3:15. Price as quoted (GBP 640 inc VAT). Regards, Sam, Castle Coaches", "Sam - can you confirm the below?", "Fwd from the office, quote attached"], levels=3)

N("staff-int", "staff-briefing", "Staff briefing notes: pupil chain messages", """
Briefing notes - Monday

1. Chain messages: Several Y7 tutors have reported pupils upset by a message that says "if you don't send this to 10 people your mum will die". Please:
   - reassure pupils that nothing happens if they don't pass it on;
   - don't ask them to forward it to you as evidence - take a description or a screenshot on a school device via the DSL;
   - log on CPOMS if a pupil is distressed.

2. Fire drill Wednesday P2.

3. Reports window closes Friday.

4. Staff 5-a-side Thursday - all welcome.
""", "staff briefing mentioning chain messages as a safeguarding issue")

N("staff-out", "lesson-quote", "Family learning: Spot the chain message quiz", """
Dear Parents,

As part of Safer Internet Day we're sending home a short quiz to do with your child. See how many you both get right!

Is it a chain message? (Yes / No)

1. "Send this to 10 friends or you'll have bad luck for 7 years." 
2. "Reminder: swimming kits needed on Tuesday." 
3. "Forward this to everyone - Facebook will delete your account unless you do!" 
4. "Copy and paste this, don't share, and see who really reads your posts." 
5. "Please forward this to your child's other parent." 

Answers: 1 Yes, 2 No, 3 Yes, 4 Yes, 5 No

Talk about what makes 1, 3 and 4 chain messages: a threat or a promise, a demand to forward, and a deadline.
""", "family quiz listing example chain messages")

N("in", "genuine-petition", "Petition update: thank you for signing", """
Dear supporter,

Thank you for signing the petition "Fund free school meals in the holidays". The petition passed 100,000 signatures on 2 March, so it will now be considered for debate in Parliament.

The Petitions Committee will let us know the date. You don't need to do anything else.

Kind regards,
UK Parliament Petitions
""", "official petition update with no action requested")

N("staff-pupils", "exam-good-luck", "Good luck, Year 6! 🍀", """
Year 6 - good luck in your SATs next week!

Remember:
🍀 get a good night's sleep
🍀 have breakfast (free breakfast club from 8am all week!)
🍀 read every question twice
🍀 do your best - that is all anyone asks

We believe in you.
Mrs Pritchard
""", "SATs good-luck message with clover emoji")

N("staff-int", "fwd-admin-thread", "FW: FW: FW: Cover for Thursday P3", """
Sorry all, bumping this - still need cover for 10X2 Thursday P3. Work is on Teams.
""", "cover request forwarded around staff", shape="fwd-quoted",
  quoted="Hi science, I'm at a course on Thursday - can anyone cover 10X2 P3 (lab 4)? Work will be on Teams. Thanks, Sylwia", comments=["Sorry all, bumping this - still need cover for 10X2 Thursday P3. Work is on Teams.", "Anyone free P3?", "FW to science dept"], levels=3, outlook_hdr=True)

N("in", "food-chain", "Re: Year 4 science - food chain display", """
Hi Miss Nowak,

Thank you for sending the photos of the food chain display! Aisha hasn't stopped talking about the owl pellets. We found an owl pellet in the woods at the weekend and she insisted we dissect it on the kitchen table (I wasn't thrilled).

Our food chain at home now reads: grass -> vole -> owl -> very proud 8 year old.

Thanks for all you do,
Ana Fernandes
""", "parent reply about a food chain science display")

N("staff-out", "supply-chain", "Uniform supplier - delivery delay", """
Dear Parents,

Our uniform supplier has told us that there are supply chain problems with the new-style PE tops and that deliveries will be about three weeks late. Pupils may wear any plain navy top for PE until the new tops arrive.

We are sorry for the inconvenience.

Mrs Nowak
School Business Manager
""", "uniform supply chain delay letter")

N("staff-pupils", "share-year-group", "Sixth form: please pass on - open evening helpers", """
Sixth formers - we need 20 helpers for Open Evening on Thursday 26 September (5:30-8pm). You'll show families around and answer questions. It counts towards your volunteering hours.

Please pass this on to anyone who might be interested and sign up at the sixth form office.

Thanks!
""", "request for volunteers, pass this on")

N("in", "charity-chain-event", "Human chain around the lake - charity event", """
Hello Year 6 team,

This year's Lakeside Charity Challenge is a "human chain" event: we're aiming to link 1,500 people hand-in-hand all the way around Lakeside Park on Saturday 22 June at 11am, raising money for the local air ambulance.

Schools can register a team. There's no entry fee, we just ask each participant to raise what they can.

Please share the poster with your families if you think they'd like to come along.

Thanks,
Events team, County Air Ambulance
""", "human chain charity event")

N("staff-out", "parent-letter-forward", "Forward to your child: Duke of Edinburgh kit list", """
Hi Mr Hughes,

Sorry - Tia told me she hadn't got the kit list, and her school email seems to be bouncing from external senders. Could you forward it on to her personal email?

Kit list (Bronze DofE practice expedition):
- rucksack (50-65 litres) with liner
- waterproof jacket AND trousers
- 2 x warm layers, hat, gloves
- walking boots (broken in!)
- torch and spare batteries
- sleeping bag, mat
- water bottles (2 litres total)
- food for 2 lunches, snacks

Thanks,
Dougie McAllister
DofE Manager
""", "staff asking parent to forward kit list to child")

N("in", "newsletter-footer", "The Learning Curve - issue 84", """
THE LEARNING CURVE - ISSUE 84

Lead story: What the new RSHE guidance means for primary schools.

Also this issue:
- "Chain messages and children: what the evidence says" - Dr Rhona Beck explains why frightening chain messages spread, why children feel compelled to pass them on ("if I don't send it, something will happen"), and why naming specific hoaxes in assemblies can backfire.
- Book review: "Growing up online"
- Five ideas for wellbeing week

---
Found this useful? Please forward to a colleague. To subscribe, visit learningcurve.example/join.
""", "professional newsletter featuring an article about chain messages")

N("staff-pupils", "assembly-script", "Tutor time activity: Stop. Think. Don't pass it on.", """
TUTOR TIME - WEDNESDAY

Stop. Think. Don't pass it on.

1. Read aloud: "Lots of you will have seen messages telling you to send something to 10 people or something bad will happen. Today we're going to think about why those messages are made and why you never need to forward them."

2. In pairs, pupils sort these statements into "chain message" and "real message":
   - "Forwarded 1000 times - keep it going!"
   - "Trip money due Friday."
   - "This is not a joke. Send to 15 people."
   - "Your library book is overdue."

3. Whole class: what would you say to a friend who is scared by one?

4. Remind pupils who they can talk to.
""", "tutor time activity about chain messages")

N("staff-int", "safeguarding-log", "DSL summary: chain message incident Y5", """
Summary for DSL file (no names - see CPOMS ref 2024-0331)

On Monday a Y5 pupil reported a message received on a home tablet which said that if she did not send it to 20 people a ghost would come to her room at 3am. She had forwarded it to three friends, two of whom were upset.

Actions:
- spoke to the three pupils together; reassured them
- phoned parents of all four pupils
- class teacher delivered a short online-safety session Tuesday
- included a general item in Friday's newsletter (no details)

No further action.
""", "DSL incident summary describing a chain message")

N("in", "inbound-parent-question", "Is this message real?? my daughter is scared", """
Hi Mr Osei,

Sorry to email so late. My daughter (Year 7) got a message tonight saying if she doesn't send it to 10 people I will die. She is really upset and won't go to sleep. I told her it's rubbish but she wants to know what school says.

I haven't let her forward it. Is this something you've seen? Should I report it?

Thank you,
Sylvia
""", "parent asking about a chain message, not forwarding it")

N("staff-out", "reply-to-parent", "Re: Is this message real?? my daughter is scared", """
Dear Sylvia,

Thank you for letting us know, and well done for not letting her forward it. No, it is not real - these messages are designed to scare children into sending them on, and nothing will happen if she ignores it.

A few things that help:
- tell her she did the right thing by telling you;
- delete the message together;
- if it came from someone she knows, she can tell them she won't pass it on.

We'll do a short session with Year 7 on Monday - without naming anyone. 

Kind regards,
Michael Osei
Head of Year 7
""", "teacher reply reassuring a parent about a chain message")

N("pupil-out", "competition", "Poster competition: 'Break the chain!'", """
POSTER COMPETITION 🎨

Design a poster that tells younger pupils what to do if they get a scary chain message. The best poster will be printed and put up in every KS2 classroom.

Your poster should say:
- it's OK not to send it on
- nothing bad will happen
- tell a trusted adult

Prizes: £20 book voucher for the winner, and runners-up certificates.
Deadline: Friday 8 March. Hand in to the library.
""", "poster competition against chain messages")

N("in", "charity-event", "Thank you for your donation - Operation Christmas Child", """
Dear friends at St Aidan's,

Thank you so much for the 73 shoeboxes your school filled this year. They will reach children in Eastern Europe in time for Christmas.

You can track where your boxes end up on our website using the code on the label.

With warm thanks,
Shoebox Appeal Team
""", "charity thank-you with no forwarding")

N("pupil-int", "share-year-group", "Year 11 prom tickets - pass it on!", """
PROM TICKETS ON SALE 🎉

Year 11 prom tickets go on sale Monday at lunchtime in the hall (£35, includes 3-course meal). Please pass it on to your friends so nobody misses out - especially anyone off sick this week.

Dress code: smart/formal. Prom is Friday 28 June at The Grange, 7pm till 11pm.

Prom committee
""", "prom tickets notice with pass it on")

N("staff-int", "it-phishing-do-not-forward", "Phishing email to staff - do not forward, report", """
All staff,

A phishing email titled "Staff Pay Review 2024" is circulating. It links to a fake login page.

Please do not forward it to colleagues as a warning (forwarding it can make it look legitimate to filters and to people who skim). Instead, report it using the Report Message button, then delete it. We have already blocked the sender.

If you entered your password, ring x2299 now.

IT Support
""", "staff phishing alert, report not forward")

N("in", "newsletter-footer", "County Music Service termly update", """
County Music Service - Summer Term Update

Summer concerts
- Junior Strings: Wed 19 June, 6:30pm, Town Hall
- Youth Choir: Sat 6 July, 3pm, Cathedral

Instrument loans: please return all loaned instruments for servicing by 19 July.

Fees: Summer term invoices will be issued on 15 April.

If you know a young musician who isn't yet on our list, please forward this update - everyone is welcome!

County Music Service | Privacy notice | Unsubscribe
""", "music service update with forward-this-update line")

N("staff-out", "pta-petition", "Re: consultation on school streets - how to respond", """
Hi Jo,

Thanks for asking. The council's consultation on the "school streets" scheme is open until 31 May. We don't campaign as a school, but parents can respond individually on the council website.

If the Trust wants to send a formal response, the governors will discuss it at their meeting on 7 May.

Best wishes,
Helen Brennan-Smith
Deputy Head
""", "response about a consultation; no forwarding demand")

N("staff-pupils", "lesson-quote", "Media studies: virality and the chain letter (reading)", """
Media Studies Y12 - pre-reading for Thursday

Chain letters are one of the earliest examples of "viral" media. The "Prosperity Club" letters of 1935 asked recipients to send a dime to the top name on a list, delete that name, add their own at the bottom and send copies to five friends. The US Post Office received so much extra mail in Denver that it had to hire more staff.

Later, e-mail hoaxes such as "Good Times" (1994) warned of a virus that would destroy your computer if you opened an email, and urged readers to "forward this to all your friends". There was never such a virus: the warning itself WAS the virus.

Questions to consider:
1. What makes a message spread? (Think: emotion, urgency, social proof.)
2. How do modern platforms (TikTok duets, "copy and paste, don't share") reproduce the same mechanics?
3. Is a "forward to 10 friends" demand a form of manipulation?

Read pages 42-51 of the course reader for Thursday.
""", "media studies reading on the history of chain letters")

N("in", "genuine-appeal", "Urgent blood donation appeal - NHSBT", """
Dear Headteacher,

NHS Blood and Transplant has issued an amber alert for O negative blood. If any staff aged 17-65 are eligible, they can book an appointment at blood.example/book. 

This is an official appeal. There is no need to forward this email - we are writing to all schools directly.

Thank you.
Community Partnerships, NHSBT
""", "official blood donation appeal, no need to forward")

N("staff-int", "fwd-admin-thread", "Fwd: Fwd: Fwd: Governors minutes - draft for checking", """
Helen - can you check item 6 before this goes out? Thanks, A.
""", "governors minutes draft forwarded", shape="fwd-quoted",
  quoted="Draft minutes, Full Governing Body, 5 March. Item 6: Pupil premium strategy review - approved subject to minor amendments.", comments=["Helen - can you check item 6 before this goes out? Thanks, A.", "Forwarding to the Head for sign-off", "Draft minutes attached, please check"], levels=3)

N("staff-pupils", "exam-good-luck", "Good luck DT students - NEA deadline", """
Good luck to all Year 11 DT students finishing your NEA this week!

Final deadline for portfolios: 3:30pm Friday. The DT room is open every lunchtime.

Remember to save to OneDrive AND a USB stick. 

Mr McAllister
""", "DT NEA deadline good luck")

N("in", "supply-chain", "Order confirmation and delivery estimate", """
Thank you for your order PO-48213.

Due to supply chain disruption, some items are on back order:
- A4 exercise books, 8mm feint (ETA 14 days)
- Whiteboard pens, black (ETA 7 days)

The rest of your order will be dispatched today.

Customer Services, EduSupplies Ltd
""", "supplier order confirmation mentioning supply chain")

N("staff-out", "charity-event", "Re: Teddy bear zipwire - can we share on Facebook?", """
Hi Lizzie,

Yes, of course - please share the photos of the teddy bear zipwire on the PTA Facebook page, but only the ones without children's faces (the ones in the folder "OK to share").

Thanks so much for organising it. £412 raised for the hospital!

Ravinder
""", "staff reply about sharing charity photos")

N("pupil-int", "club-notice", "Chess club - knockout chain", """
Chess club news ♟

The lunchtime knockout tournament continues. Here's the chain of results so far:
Round 1: Leo beat Favour; Zara beat Harry; Kasia beat Oisin; Jayden beat Ellie-May
Round 2 (this Tues): Leo v Zara; Kasia v Jayden

Come along to support!
""", "chess club results 'chain'")

N("in", "inbound-teacher-fwd", "Fwd: This is doing the rounds - not sure if you've seen it", """
Hi Julie,

One of the parents showed me this and asked what to do - I've said no, don't pass it on and don't worry. Just forwarding so you're aware (I've taken the names out). I'd suggest a gentle reminder in assembly?

Bev
""", "colleague at another school forwarding a chain for awareness with no demand", shape="fwd-quoted",
  quoted="[names removed]\n\nHi. My name is Teresa. I died 23 years ago. If you don't send this to 20 people I will come to your room at 3am. This is not a joke.", comments=["Hi Julie, one of the parents showed me this and asked what to do - I've said no, don't pass it on and don't worry. Just forwarding so you're aware (I've taken the names out). I'd suggest a gentle reminder in assembly? Bev", "Bev - is this something we should be worried about?"], levels=2)

N("staff-out", "newsletter", "Friday Bulletin 15 March", """
FRIDAY BULLETIN - 15 MARCH

Attendance this week: 95.8% - well done Year 4 (98.9%)!

Dates
- Mon 18: Year 3 trip to the museum
- Wed 20: Parents evening (book online)
- Fri 22: Red Nose Day - wear something red, £1 donation

Online safety corner
Some children have received chain messages that threaten bad luck unless they're forwarded. Please reassure your child that these are never true and that it's fine to ignore and delete them.

Please forward this bulletin to anyone in your household who doesn't receive it.
""", "school bulletin with online safety item and forward-to-household line")

N("staff-pupils", "it-notice", "IT: mass emailing of year groups is switched off", """
Hi students,

Just a reminder that pupil accounts can no longer email whole year groups. This was switched off after last term's "forward to 10 people" messages clogged everyone's inbox.

If you need to send something to your year group (e.g. club news), ask your Head of Year to send it for you.

Thanks,
IT Support
""", "IT notice about blocking mass emailing after chain messages")

N("in", "inbound-grandparent", "Lovely to see the photos", """
Dear Mrs Pritchard,

Just a little note to say thank you for the lovely photos from the nativity. My grandson Harry has been singing "Little Donkey" non-stop. I have sent the pictures on to his great-grandma in Ireland who was thrilled to bits.

God bless you all,
Pat Smith (Harry's Nan)
""", "grandparent thank-you mentioning sending photos on")

N("staff-int", "staff-social", "Staff quiz night - pass it on!", """
Hi all!

Staff quiz night at the Red Lion, Friday 7pm. Teams of 4-6, £3 each, all money to the staff Christmas fund. Partners welcome.

Please pass on to anyone not on this list (support staff, midday team, cleaners, everyone!).

Kath
""", "staff social invite with pass it on")

N("staff-pupils", "lesson-quote", "Citizenship: pyramid schemes and the law", """
Citizenship - Y10 - Money and the law

Some people are recruited into "gifting circles" or "blessing looms" on social media. Here's one we found (names removed):

"Blessing Loom - 8 spots - £100 in, £800 out! You send £100 to whoever is at the top, then get 2 more people in. The loom splits, you move up and when you're at the top you get £800. It's NOT a pyramid scheme, it's a sisterhood of giving. Share with your group chats!"

Tasks
1. Work out how many new people are needed at level 10 for everyone to be paid. (Hint: it doubles.)
2. Why do most people in these schemes lose money?
3. Look up the Consumer Protection from Unfair Trading Regulations 2008 - what do they say about pyramid promotional schemes?
""", "citizenship lesson quoting a gifting-loom recruitment message")

N("in", "inbound-supply", "RE: chain link fencing quote", """
Hi Bursar,

Further to your enquiry, please find our quote for the chain link fencing along the rear boundary of the playing field:

- 120m of 1.8m green PVC-coated chain link fencing
- concrete posts at 3m centres
- 2 x pedestrian gates
Total: £8,940 + VAT

We could start during the Easter holidays.

Regards,
Fenceline Contractors
""", "fencing quote mentioning chain link")

N("staff-pupils", "share-year-group", "Y8 football trials - please forward to anyone interested", """
Year 8 girls' football trials are on Tuesday after school on the 3G pitch, 3:30-4:45. Please forward to anyone in Y8 who might be interested - no experience needed, just bring boots/trainers and water.

Coach Fairweather
""", "sports trial notice asking to forward to interested pupils")

N("in", "parent-safety-newsletter", "Digital Parenting tips: hoaxes and scares", """
DIGITAL PARENTING TIPS - ISSUE 12

Viral scares: what parents need to know

Every few months a new "challenge" or scary chain message hits the headlines. Common features:
- a threat ("your family will die", "she'll come to your room")
- a number and a deadline ("send to 15 people in 10 minutes")
- fake proof ("a girl ignored this and...")
- "this is not a joke" and "don't tell adults"

What to do
- Stay calm. Talk about it without showing the scary image.
- Remind your child that it isn't real and they won't get into trouble.
- Block and report the sender on the app.

This newsletter is provided to schools free of charge. Schools may copy and distribute it to parents.
""", "parent tips sheet describing features of chain messages")

N("staff-int", "safeguarding-training", "INSET slides - online safety section (draft)", """
Slide 14 - Chain messages and viral scares

What staff might hear:
 "I have to send it or my nan will die."
 "It said if I tell a teacher it'll come true."

What to say:
 - "It isn't real. Nothing will happen."
 - "You were right to tell me."

What NOT to do:
 - Don't ask the child to forward it to you.
 - Don't show it to the class.

Slide 15 - Recording and reporting (CPOMS category: Online safety)
""", "INSET slide draft on responding to chain messages")

N("in", "inbound-fwd-safety", "Fwd: Fwd: Online safety alert from our cluster", """
Sharing from the cluster DSL group - useful wording for newsletters if you need it.
""", "cluster DSL sharing wording for newsletters (describes, doesn't demand)", shape="fwd-quoted",
  quoted="Suggested newsletter wording: Some children have received messages saying they must forward them or something bad will happen. These are hoaxes. Please reassure your child and encourage them to delete the message and tell an adult.", comments=["Sharing from the cluster DSL group - useful wording for newsletters if you need it.", "Thanks - happy for this to be reused", "Suggested newsletter paragraph below: Some children have received messages saying they must forward them or something bad will happen. These are hoaxes. Please reassure your child and encourage them to delete the message and tell an adult."], levels=3)

N("staff-out", "prayer-list", "Year 6 leavers' service - readings and prayers", """
Dear Fr Michael,

Here are the readings and prayers the Year 6 children have chosen for the leavers' service on Thursday 18 July:

Reading 1: Ecclesiastes 3:1-8 (read by Zara)
Psalm: "The Lord is my shepherd" (sung)
Gospel: Matthew 5:14-16
Prayers of intercession - written by the children:
 - for our teachers, who helped us grow
 - for our families
 - for the children starting in Reception in September
 - for our friends who are moving away

Thank you so much for leading it.

Julie Pritchard
""", "faith-school leavers' service prayers with no demands")

N("staff-pupils", "assembly-script", "Sixth form assembly: misinformation", """
Sixth form assembly notes - misinformation

We'll look at three case studies:
1. The "Good Times" virus hoax (1994) - an email warning of a non-existent virus, which asked readers to forward it to everyone they knew. It spread more than any real virus that year.
2. Health misinformation during the pandemic - WhatsApp voice notes "from a doctor friend" forwarded thousands of times.
3. "Copy and paste, don't share" posts - why platforms can't track them and why they spread.

Takeaway: before you pass anything on, ask who wrote it, what they want you to do, and how you could check it.
""", "sixth form assembly on misinformation and forward hoaxes")

N("in", "inbound-supplier-news", "Our Autumn catalogue - pass it on to your colleagues", """
Dear Educator,

Our Autumn 2024 catalogue is here! Over 3,000 products for classrooms, including new phonics resources and a STEM range.

Order before 31 August for free delivery.

Know someone who orders for another department? Pass this email on - they can request their own copy at catalogue.example.

EduSupplies Ltd, Unit 4, Riverside Park
""", "supplier marketing with pass-this-on line")

N("staff-int", "hr-notice", "Chain of approval for purchase orders", """
Hi all,

From 1 April the chain of approval for purchase orders changes:
- up to £500: budget holder
- £500 - £5,000: budget holder + Bursar
- over £5,000: Bursar + Headteacher

Please don't forward old PO forms - use the new version on the shared drive.

Bursar
""", "purchase order approval chain")

# ================================================================ build
SHAPES = ["7bit", "hardwrap", "flowed-delsp-yes", "flowed-delsp-no", "qp", "base64", "html", "alternative",
          "txt-attachment", "rfc822-attachment", "fwd-quoted", "utf8", "latin1", "cp1252", "docx", "xlsx", "zip"]
COVERS = {"positive": ["see attached!! u HAVE to read it", "Look at this - I've passed it on, your turn x",
                       "got this today, sending as it says", "Attached. Please read and do what it says."],
          "negative": ["Please see attached.", "Attached for your information.", "Hi - file attached, thanks.",
                       "Here it is, as discussed."]}
FWD = {"positive": ["OMG read this!!! sending it on like it says", "pass it on x", "I don't normally send these but just in case...", "no way, is this real??"],
       "negative": ["FYI, see below.", "Forwarding for info.", "See below - thanks", "Passing this on as requested."]}
FILES = {"docx": "letter.docx", "xlsx": "list.xlsx", "zip": "message.zip", "txt-attachment": "READ ME.txt"}

def main():
    assign(MSGS, {"positive": SHAPES, "negative": SHAPES})
    for i, m in enumerate(MSGS):
        m.setdefault("cover", COVERS[m["label"]][i % 4])
        m.setdefault("comments", FWD[m["label"]][i % 4:] + FWD[m["label"]][:i % 4])
        if m["shape"] in FILES:
            m.setdefault("filename", FILES[m["shape"]] if m["label"] == "positive" else
                         {"docx": "notes.docx", "xlsx": "info.xlsx", "zip": "documents.zip", "txt-attachment": "notes.txt"}[m["shape"]])
        if m["shape"] == "rfc822-attachment":
            o = OUTSIDE[i % len(OUTSIDE)]
            m.setdefault("inner", {"from": addr(o[0], o[1]), "to": addr(m["from"]), "subject": m["subject"]})
    man = write_corpus(MSGS, "cl2", datetime.datetime(2024, 1, 8, 7, 0, 0))
    print("wrote %d messages" % len(man))

if __name__ == "__main__":
    main()
