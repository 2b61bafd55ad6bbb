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

# ================================================================ identifiers (detection-notes section 1)
UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"

def uln_ok(s):
    return bool(re.fullmatch(r"[1-9][0-9]{9}", s)) and (sum(int(s[i]) * (10 - i) for i in range(9)) + int(s[9])) % 11 == 10

def nhs_ok(s):
    if re.fullmatch(r"[0-9]{3} [0-9]{3} [0-9]{4}|[0-9]{3}-[0-9]{3}-[0-9]{4}", s):
        s = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"[0-9]{10}", s):
        return False
    c = 11 - sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])

def _upn_val(ch):
    return int(ch) if ch.isdigit() else UPN_ALPHA.index(ch)

def upn_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]", s):
        return False
    return UPN_ALPHA[sum(_upn_val(s[i]) * (i + 1) for i in range(1, 13)) % 23] == s[0]

def nino_ok(s):
    s = re.sub(r"[ -]", "", s.upper())
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", s):
        return False
    return s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "OO", "CR", "FY", "MW", "NC", "PP")

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"[ -]", "", s)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0

def card_ok(s):
    n = re.sub(r"[ -]", "", s)
    if not luhn_ok(n):
        return False
    L = len(n)
    return ((n[0] == "4" and L in (13, 16, 19)) or (51 <= int(n[:2]) <= 55 and L == 16) or
            (2221 <= int(n[:4]) <= 2720 and L == 16) or (n[:2] in ("34", "37") and L == 15))

def sortacct_ok(sc, acct):
    sc = sc.replace("-", "").replace(" ", "")
    if not (re.fullmatch(r"[0-9]{6}", sc) and re.fullmatch(r"[0-9]{8}", acct)):
        return False
    if 10004 <= int(sc) <= 16715:
        w = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
        return sum(int(c) * x for c, x in zip(sc + acct, w)) % 11 == 0
    if sc == "499273":
        w = [2, 1] * 7
        return sum(sum(int(t) for t in str(int(c) * x)) for c, x in zip(sc + acct, w)) % 10 == 0
    return False

def dvla_ok(s):
    if not re.fullmatch(r"[A-Z9]{5}[0-9][0156][0-9][0-3][0-9][0-9][A-Z9]{2}[0-9][A-Z0-9]{2}", s):
        return False
    if re.search(r"9[A-Z]", s[:5]) or s[0] == "9" or (s[11] == "9" and s[12] != "9"):
        return False
    mm = int(s[6:8]); mm = mm - 50 if mm > 50 else mm
    dd = int(s[8:10])
    try:
        datetime.date(1900 + int(s[5]) * 10 + int(s[10]), mm, dd)
    except ValueError:
        return False
    return True

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def uln(self):
        while True:
            b = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
            rem = sum(int(b[i]) * (10 - i) for i in range(9)) % 11
            if rem == 0:
                continue
            s = b + str(10 - rem)
            if len(s) == 10 and uln_ok(s):
                return s

    def nhs(self, fmt=" "):
        while True:
            b = "".join(str(self.r.randint(0, 9)) for _ in range(9))
            if b[0] == "0":
                continue
            c = 11 - sum(int(b[i]) * (10 - i) for i in range(9)) % 11
            if c == 10:
                continue
            s = b + str(0 if c == 11 else c)
            assert nhs_ok(s)
            return s if not fmt else "%s%s%s%s%s" % (s[:3], fmt, s[3:6], fmt, s[6:])

    def upn(self, la=None, temp=False):
        la = la or self.r.choice(["801", "937", "204", "330", "886", "919", "312"])
        est = "%04d" % self.r.randint(2000, 4999)
        yr = "%02d" % self.r.randint(10, 20)
        if temp:
            tail = "%02d" % self.r.randint(0, 99) + self.r.choice(UPN_ALPHA)
        else:
            tail = "%03d" % self.r.randint(1, 999)
        body = la + est + yr + tail
        s = UPN_ALPHA[sum(_upn_val(body[i - 1]) * (i + 1) for i in range(1, 13)) % 23] + body
        assert upn_ok(s), s
        return s

    def nino(self, fmt="spaced"):
        while True:
            p = self.r.choice("ABCEGHJKLMNPRSTWXYZ") + self.r.choice("ABCEGHJKLMNPRSTWXYZ")
            s = p + "".join(str(self.r.randint(0, 9)) for _ in range(6)) + self.r.choice("ABCD")
            if nino_ok(s):
                break
        if fmt == "spaced":
            return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
        return s

    def card(self, brand="visa", grouped=True):
        prefix = {"visa": "4", "mc": str(self.r.randint(51, 55)), "amex": self.r.choice(["34", "37"])}[brand]
        L = 15 if brand == "amex" else 16
        while True:
            b = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(L - len(prefix) - 1))
            for c in "0123456789":
                if card_ok(b + c):
                    n = b + c
                    break
            else:
                continue
            break
        if not grouped:
            return n
        if brand == "amex":
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    def bank(self):
        while True:
            sc = "%06d" % self.r.randint(10004, 16715)
            a = "".join(str(self.r.randint(0, 9)) for _ in range(7))
            w = [8, 7, 6, 5, 4, 3, 2]
            rem = sum(int(c) * x for c, x in zip(a, w)) % 11
            last = (11 - rem) % 11
            if last == 10:
                continue
            acct = a + str(last)
            assert sortacct_ok(sc, acct)
            return "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), acct

    def passport(self):
        return "%d" % self.r.randint(100000000, 999999999)

    def dvla(self, surname, dob, initials, female):
        s = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
        mm = dob.month + (50 if female else 0)
        ini = re.sub(r"[^A-Z]", "", initials.upper())[:2].ljust(2, "9")
        x = s + str(dob.year // 10 % 10) + "%02d" % mm + "%02d" % dob.day + str(dob.year % 10) + ini + "9" + \
            self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        assert dvla_ok(x), x
        return x

    def dob(self, lo=2006, hi=2017):
        while True:
            try:
                return datetime.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 31))
            except ValueError:
                pass

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))

def fmt_date(d, style):
    if style == "long":
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if style == "dmy2":
        return d.strftime("%d/%m/%y")
    if style == "iso":
        return d.isoformat()
    if style == "dots":
        return "%d.%d.%d" % (d.day, d.month, d.year)
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "short":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "dash":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    raise ValueError(style)

DSTYLES = ["long", "dmy2", "iso", "dots", "dmy", "short", "dash"]

NAMES = [("Amara", "Okonkwo", "F"), ("Jakub", "Wiśniewski", "M"), ("Siobhán", "O'Connell", "F"), ("Mohammed", "Al-Rashid", "M"),
         ("Mei Ling", "Chen", "F"), ("Oliver", "Smith-Jones", "M"), ("Zoë", "Lefèvre", "F"), ("Aarav", "Patel", "M"),
         ("Freya", "McKenzie", "F"), ("Ibrahim", "Yılmaz", "M"), ("Chloé", "Dubois", "F"), ("Kacper", "Nowakowski", "M"),
         ("Nia", "Williams", "F"), ("Darius", "Ghorbani", "M"), ("Ellis-Rae", "Thompson", "F"), ("Fatima Zahra", "Benali", "F"),
         ("Tomás", "Ó Briain", "M"), ("Lily-Rose", "D'Souza", "F"), ("Kwame", "Mensah", "M"), ("Anya", "Kowalczyk", "F"),
         ("Björn", "Eriksson", "M"), ("Hamza", "Qureshi", "M"), ("Grace", "Nakamura", "F"), ("Ruairi", "MacLeod", "M"),
         ("Precious", "Adeyemi", "F"), ("Harvey", "Smith", "M"), ("Jessica", "Brown", "F"), ("Callum", "Reid", "M"),
         ("Maryam", "Hussain", "F"), ("Dylan", "Evans", "M"), ("Sofia", "Rossi", "F"), ("Nathaniel", "Okafor", "M")]

def name_fmt(first, last, style):
    if style == 0:
        return "%s %s" % (first, last)
    if style == 1:
        return "%s, %s" % (last.upper(), first)
    if style == 2:
        return "%s %s" % (last, first)
    if style == 3:
        return "%s. %s" % (first[0].lower(), last.lower())
    if style == 4:
        return "%s, %s." % (last, first[0])
    return "%s %s" % (first, last.upper())

# ================================================================ PERSONAL-DATA POSITIVES
g = Gen("tuning2-personal-data")
_ni = [0]

def pupil(sex=None, lo=2007, hi=2017):
    first, last, sx = NAMES[_ni[0] % len(NAMES)]
    _ni[0] += 1
    d = g.dob(lo, hi)
    return dict(first=first, last=last, sex=sx, dob=d, uln=g.uln(), upn=g.upn(), nhs=g.nhs(" " if _ni[0] % 3 else ""),
                nino=g.nino("spaced" if _ni[0] % 2 else "")) 

def pupils(n, **kw):
    return [pupil(**kw) for _ in range(n)]

def P(*a, **k): M("positive", "staff-out", *a, **k)

# --- several named people each with a DOB, varying date formats
for k in range(4):
    ps = pupils(3 + k)
    st = DSTYLES[k * 2 % 7]
    lines = "\n".join("%s - %s" % (name_fmt(p["first"], p["last"], k), fmt_date(p["dob"], DSTYLES[(k + i) % 7])) for i, p in enumerate(ps))
    P("dob-list", ["Names and birthdays for the party booking", "ice rink group booking", "Re: insurance for the trip - who's coming", "swimming gala entries"][k],
      [f"""Hi there,

As requested, here are the children coming on Saturday with their dates of birth so you can check the age bands:

{lines}

Any problems give me a shout.
Thanks""",
       f"""hi, party of {len(ps)} for the rink on the 12th. they need DOBs for the under-12 rate so:
{lines}
cheers""",
       f"""Dear Mr Achebe,

Further to our call, the insurer needs full names and dates of birth for every child travelling. These are:

{lines}

I would be grateful if you could confirm cover by return.

Yours sincerely""",
       f"""Entries for the County Swimming Gala (age group is worked out from birth date on 31 Dec):

{lines}

All entered in 50m freestyle and 25m backstroke."""][k],
      "several named pupils each with a date of birth, sent outside (%d people)" % len(ps))

# --- ULN lists (FE/post-16)
for k in range(3):
    ps = pupils(4 + k, lo=2005, hi=2008)
    rows = "\n".join("| %s | %s | %s |" % (p["last"].upper(), p["first"], p["uln"]) for p in ps)
    P("uln-list", ["ULNs for the college link course", "Learner numbers for the apprenticeship provider", "ULN check"][k], f"""
Morning Jo,

These are the Y11 learners starting the link course at the college on Wednesday afternoons. I've included the ULNs so your admissions team can match them up on the LRS.

| Surname | Forename | ULN |
|---|---|---|
{rows}

Let me know if any don't match.

Ravinder
""" if k != 2 else "ULNs for the ones you asked about:\n" + "\n".join("%s %s %s" % (p["first"], p["last"], p["uln"]) for p in ps) + "\nta", "table of learners with valid ULNs sent to outside provider")

# --- UPN table with no keyword at all
for k in range(3):
    ps = pupils(5)
    if k == 0:
        body = "Hi,\n\n" + "\n".join("%-22s %s  %s" % (name_fmt(p["first"], p["last"], 1), p["upn"], fmt_date(p["dob"], "dmy")) for p in ps) + "\n\nThanks\nKath"
    elif k == 1:
        body = "| Name | Ref | Born |\n|---|---|---|\n" + "\n".join("| %s | %s | %s |" % (name_fmt(p["first"], p["last"], 2), p["upn"], fmt_date(p["dob"], "iso")) for p in ps)
    else:
        body = "\n".join("%s\t%s" % (p["upn"], name_fmt(p["first"], p["last"], 4)) for p in ps)
    P("upn-table", ["as discussed", "list", "the five"][k], body, "table of pupils with valid UPNs and no keyword, to outside address")

# --- NHS number + medical detail
for k in range(3):
    p = pupil()
    P("nhs-medical", ["Referral - %s %s" % (p["first"], p["last"]), "school nurse follow up", "Epipen training - child details"][k], [f"""
Dear Dr Lennox,

I am writing on behalf of the school regarding {p['first']} {p['last']} (DOB {fmt_date(p['dob'], 'dmy')}, NHS number {p['nhs']}), who has had three seizures in school this term. Parents have consented to this referral.

The most recent episode (Tuesday, during PE) lasted approximately two minutes. We followed the care plan and called 999.

Kind regards,
Senco
""", f"""hi Gill

following up re {name_fmt(p['first'], p['last'], 3)} - nhs no {p['nhs']}. type 1 diabetic, been having hypos after lunch 3x this week. mum says insulin ratio changed last month. can u look at it?

thx
""", f"""Hello,

For the Epipen refresher on Friday, the child we're training for is:

Name: {p['last'].upper()}, {p['first']}
Date of birth: {fmt_date(p['dob'], 'long')}
NHS No: {p['nhs']}
Allergy: peanut and tree nut (anaphylaxis). Two auto-injectors kept in the office.

See you Friday,
Office
"""][k], "named pupil with NHS number and medical condition sent outside")

# --- NINO (staff / apprentice / parent)
for k in range(3):
    first, last, sx = NAMES[(k * 5 + 3) % len(NAMES)]
    d = g.dob(1965, 1995)
    ni = g.nino("spaced" if k != 1 else "")
    P("nino", ["New starter details for payroll", "Re: DBS form", "Apprentice paperwork"][k], [f"""
Hi Lisa,

Details for the new cleaner who starts Monday:

Name: {first} {last}
DOB: {fmt_date(d, 'dmy')}
NI number: {ni}
Start date: 15 April, 20 hrs/week

Thanks
Bursar
""", f"""sorry forgot to add - her national insurance no is {ni}, dob {fmt_date(d, 'short')}. {first} {last}""", f"""Dear Training Provider,

Please find below details for our new Level 3 apprentice.

Apprentice: {name_fmt(first, last, 1)}
Date of birth: {fmt_date(d, 'iso')}
National Insurance: {ni}
ULN: {g.uln()}

Regards"""][k], "person's National Insurance number (and DOB) sent outside unencrypted")

# --- payment card with expiry
for k in range(3):
    card = g.card(["visa", "mc", "amex"][k])
    first, last, sx = NAMES[(k * 7 + 2) % len(NAMES)]
    P("payment-card", ["Card payment for the ski trip balance", "booking - pls take payment", "Re: payment for coach"][k], [f"""
Hello,

Mrs {last} has asked me to pass on her card details to pay the balance for her son's place on the ski trip as she can't get through on the phone.

Name on card: MRS {first[0]} {last.upper()}
Card number: {card}
Expiry: 08/27
Security code: she'll ring with that.

Amount: £385.00

Thanks,
School Office
""", f"""pls take the deposit on this card: {card} exp 11/26 cvv 4xx (will text u the rest). name {first} {last}""", f"""Hi Sam,

Use the school's Amex for the coach:
{card}  expires 03/28
Cardholder: {first} {last}

Thanks
"""][k], "payment card number with expiry/card context sent outside")

# --- sort code and account number
for k in range(3):
    sc, acct = g.bank()
    first, last, sx = NAMES[(k * 3 + 9) % len(NAMES)]
    P("bank-details", ["Refund for cancelled trip", "Bank details change - urgent", "salary details"][k], [f"""
Dear Finance Team,

Please could you process a refund of £120 to the following parent for the cancelled Year 8 trip:

Account name: {first} {last}
Sort code: {sc}
Account number: {acct}

Many thanks
""", f"""Hi - {first} {last} has changed bank. New details: {sc} {acct} (Nationwide). Please update before the March run. Thanks!""", f"""Payroll bureau - please set up the following new staff member:
{name_fmt(first, last, 1)}   S/C {sc}   A/C {acct}   NI {g.nino()}
"""][k], "individual's sort code and account number sent outside")

# --- passports for trips
for k in range(3):
    ps = pupils(3 + k, lo=2006, hi=2012)
    lines = "\n".join("%d. %s  passport %s  exp %s  DOB %s" % (i + 1, name_fmt(p["first"], p["last"], k + 1), g.passport(), "%02d/%d" % (g.r.randint(1, 12), g.r.randint(2026, 2033)), fmt_date(p["dob"], DSTYLES[i % 7])) for i, p in enumerate(ps))
    P("passport", ["Paris trip - passport details", "Passport numbers for the ferry manifest", "Re: Re: passports!!"][k], f"""
Hi Claire,

Here are the passport details for the Paris trip group, as requested by the ferry company:

{lines}

I'll send the rest once parents have sent copies in.

Best
Sylwia
""", "pupils' passport numbers with DOBs sent to travel company")

# --- driving licences (minibus drivers)
for k in range(2):
    rows = []
    for j in range(2 + k):
        first, last, sx = NAMES[(j * 4 + k + 1) % len(NAMES)]
        d = g.dob(1968, 1992)
        lic = g.dvla(last, d, first[0] + (last[0] if j % 2 else ""), sx == "F")
        rows.append("| %s %s | %s | %s |" % (first, last, fmt_date(d, "dmy"), lic))
    P("driving-licence", ["Minibus drivers - licence details for insurance", "D1 check"][k], "Hi,\n\nFor the minibus insurance renewal, here are the staff who'll be driving:\n\n| Name | DOB | Licence number |\n|---|---|---|\n" + "\n".join(rows) + "\n\nThanks\nBursar", "staff driving licence numbers with DOB sent to insurer")

# --- SEN / safeguarding detail with DOB or identifier
SEN = [
    ("sen-detail", "EHCP annual review paperwork", "{n} (DOB {d}, UPN {upn}) has an EHCP for autism and speech, language and communication needs. Current provision: 15 hrs 1:1 TA support, weekly SALT. Recent concerns: increased meltdowns at transitions, two exclusions this term."),
    ("safeguarding", "CP conference - school report", "Child: {n}\nDate of birth: {d}\nThe school has concerns about neglect: {f} often arrives hungry and in unwashed uniform, attendance 81%. Disclosure on 5 March that mum's partner 'shouts and throws things'. Referral made to Children's Services on 6 March."),
    ("sen-detail", "Transition info for your SENCo", "Hi, ahead of September here's the info on {n}, born {d}. Dyslexia and ADHD (diagnosed 2022, on methylphenidate). Needs a reader and extra time in tests. Anxious in busy corridors. ULN {uln}."),
    ("medical-detail", "care plan", "{n} ({d}) - asthma, severe. 2 puffs salbutamol as needed, spacer in office. Admitted to hospital Jan. NHS {nhs}."),
    ("safeguarding", "Re: info sharing request", "As requested by your team:\n\n{n}, {d}\nCurrently on a Child in Need plan. Young carer for mum (MS). Self-harm disclosure to form tutor on 12 Feb, seen by school counsellor. Attends CAMHS.\n\nPlease treat as strictly confidential."),
    ("sen-detail", "Ed Psych referral", "Referral for educational psychology assessment\nPupil: {n}   DOB: {d}   UPN: {upn}\nPresenting needs: working memory well below age-related, reading age 7.2 (chronological age 11). Social and emotional: withdrawn, few friendships. Previous input: none."),
    ("medical-detail", "medication on the trip", "Medications for the residential:\n- {n} ({d}): sertraline 50mg at breakfast, diagnosed anxiety/depression - very private, please don't mention in front of others\n- plus inhalers as per list"),
    ("safeguarding", "fyi - looked after child", "just so you know before she joins you - {n}, dob {d}, is a looked after child (placed with foster carers since Oct). birth dad must NOT collect under any circumstances - there's a court order. upn {upn}"),
]
for k, (fam, subj, tmpl) in enumerate(SEN):
    p = pupil()
    n = name_fmt(p["first"], p["last"], [0, 1, 0, 5, 2, 1, 0, 3][k])
    txt = tmpl.format(n=n, f=p["first"], d=fmt_date(p["dob"], DSTYLES[k % 7]), upn=p["upn"], uln=p["uln"], nhs=p["nhs"])
    P(fam, subj, txt, "named pupil with %s detail plus DOB/identifier sent outside" % fam.split("-")[0])

# --- spreadsheet-ish exports (CSV / XLSX / ZIP / DOCX content)
def csv_of(ps, cols):
    hdr = {"name": "Name", "first": "Forename", "last": "Surname", "dob": "DOB", "upn": "UPN", "uln": "ULN", "nhs": "NHSNo",
           "sen": "SEN", "fsm": "FSM", "yr": "Year"}
    out = [",".join(hdr[c] for c in cols)]
    for i, p in enumerate(ps):
        vals = []
        for c in cols:
            if c == "dob":
                vals.append(fmt_date(p["dob"], "dmy"))
            elif c == "name":
                vals.append('"%s, %s"' % (p["last"], p["first"]))
            elif c == "sen":
                vals.append(["N", "K", "E", "N"][i % 4])
            elif c == "fsm":
                vals.append(["Y", "N"][i % 2])
            elif c == "yr":
                vals.append(str(7 + i % 5))
            else:
                vals.append(p[c])
        out.append(",".join(vals))
    return "\n".join(out)

EXPORTS = [
    ("csv-export", "census export", "Here's the export you wanted from SIMS. Let me know if you need more columns.", ["upn", "last", "first", "dob", "sen", "fsm"], "csv-attachment", "census_extract.csv"),
    ("csv-export", "data for the research project", "Hi Prof. Baines, attached is the pupil data for the study. I've not had a chance to anonymise it yet, sorry!", ["name", "dob", "yr", "sen", "fsm"], "csv-attachment", "pupils_y7-11.csv"),
    ("zip-export", "files", "zipped up the year 9 list, it was too big to send otherwise", ["uln", "first", "last", "dob"], "zip", "y9.zip"),
    ("zip-export", "MIS migration test data", "Test data for the migration (real records - you said that's fine for the dry run).", ["upn", "last", "first", "dob", "nhs"], "zip", "migration_sample.zip"),
    ("xlsx-export", "Group list for the outdoor centre", "Dear Outdoor Centre team, please find the group list with medical info attached.", ["first", "last", "dob", "nhs"], "xlsx", "group_list.xlsx"),
    ("xlsx-export", "free school meals list", "FSM list for your records", ["upn", "name", "dob", "fsm"], "xlsx", "FSM_2024.xlsx"),
    ("xlsx-export", "exam access arrangements", "Hi Jan, the access arrangements list for your centre (our pupils sitting with you).", ["last", "first", "dob", "uln", "sen"], "xlsx", "AA_list.xlsx"),
]
for k, (fam, subj, cover, cols, shape, fn) in enumerate(EXPORTS):
    ps = pupils(6 + k)
    csvtxt = csv_of(ps, cols)
    P(fam, subj, csvtxt, "pupil data export as %s sent outside" % shape, cover=cover, csv=csvtxt, shape=shape, filename=fn,
      zip_inner=fn.replace(".zip", ".csv"))

# --- DOCX reports with data
for k in range(3):
    p = pupil()
    body = f"""PUPIL PROFILE - CONFIDENTIAL

Name: {p['first']} {p['last']}
Date of birth: {fmt_date(p['dob'], ['long', 'dmy', 'short'][k])}
UPN: {p['upn']}
NHS number: {p['nhs']}

Needs
- {['Autism spectrum condition', 'Hearing impairment (bilateral aids)', 'Social, emotional and mental health'][k]}
- {['Sensory breaks every lesson', 'Radio aid to be worn by teacher', 'Key adult check-in am/pm'][k]}

Contact: see MIS."""
    P("docx-profile", ["pupil profile", "Re: transfer info", "One page profile for the holiday club"][k], body,
      "pupil profile with DOB, UPN and NHS number in a .docx attachment sent outside", shape="docx",
      cover=["Hi - profile attached as promised.", "Attached is the transfer document.", "here you go"][k], filename="%s_profile.docx" % p["last"].replace("'", "").replace(" ", ""))

# --- data only in the HTML alternative
for k in range(3):
    ps = pupils(4)
    tbl = "| Pupil | DOB | NHS number |\n|---|---|---|\n" + "\n".join("| %s | %s | %s |" % (name_fmt(p["first"], p["last"], k), fmt_date(p["dob"], "dmy"), p["nhs"]) for p in ps)
    P("alt-html-only", ["Flu vaccine list", "Immunisation catch-up list", "hearing screen list"][k], "Dear Immunisation Team,\n\nThe children below still need the nasal flu vaccine:\n\n" + tbl + "\n\nKind regards,\nOffice",
      "pupil names, DOBs and NHS numbers only in the HTML alternative", shape="alt-one-part",
      stub=["Please see the list below.", "List below - thanks.", "(HTML message)"][k])

# --- attached rfc822 containing the data
for k in range(3):
    ps = pupils(3)
    inner = "Hi,\n\nAs requested:\n" + "\n".join("%s  born %s  ULN %s" % (name_fmt(p["first"], p["last"], k + 1), fmt_date(p["dob"], "long"), p["uln"]) for p in ps) + "\n\nExams"
    P("rfc822-data", ["ULNs for the resits", "candidate info", "Fw: learner list"][k], inner, "staff forward as attached message containing learner DOB and ULN, to outside",
      shape="rfc822-attachment", cover=["Forwarding the list from our exams officer.", "see the attached email", "FYI below/attached"][k],
      inner={"from": "Exams Office <exams@school.example>", "to": "j.pritchard@school.example", "subject": "ULNs for the resits"})

# --- data in the Subject line
for k in range(4):
    p = pupil()
    subj = ["%s %s DOB %s NHS %s - missed appt" % (p["first"], p["last"], fmt_date(p["dob"], "dmy"), p["nhs"]),
            "UPN %s %s (born %s) - leaving date" % (p["upn"], name_fmt(p["first"], p["last"], 1), fmt_date(p["dob"], "iso")),
            "re %s ULN %s dob %s" % (name_fmt(p["first"], p["last"], 3), p["uln"], fmt_date(p["dob"], "dots")),
            "%s NI %s" % (name_fmt(p["first"], p["last"], 0), p["nino"])][k]
    P("subject-line", subj, ["See subject. Can you call me?", "as above, thanks", "pls update ur records", "for the payroll form"][k],
      "personal identifiers placed in the Subject header", shape="subject")

# --- chatty / long / reply-chain messages
for k in range(4):
    ps = pupils(2)
    a, b = ps
    body = [f"""Hiya Mand!!

Sooo sorry it's taken me ages, it's been mad here with Ofsted 🙈 Anyway the two you asked about for the summer scheme:

{a['first']} {a['last']} - born {fmt_date(a['dob'], 'long')} - she's lovely, bit shy, has an EpiPen (nuts)
{b['first']} {b['last']} - born {fmt_date(b['dob'], 'long')} - ADHD, on meds in the morning only

Catch up soon!!! xx""",
            f"""> Could you send me the names and birthdays of the two new starters?
>> Hi, we have two new children joining you in Y3.

Of course!
{name_fmt(a['first'], a['last'], 1)} ... {fmt_date(a['dob'], 'dmy2')}
{name_fmt(b['first'], b['last'], 1)} ... {fmt_date(b['dob'], 'dmy2')}
UPNs: {a['upn']}, {b['upn']}""",
            f"""Dear Sir,

I am writing to you about two children of my class, for the exchange programme. Please find the informations:

1) {a['last']} {a['first']}, birth date {fmt_date(a['dob'], 'dots')}, passport number {g.passport()}
2) {b['last']} {b['first']}, birth date {fmt_date(b['dob'], 'dots')}, passport number {g.passport()}

Thank you very much for your kindly help.
Best regard,
Sylwia Nowak""",
            f"""RE: EXCLUSION - {a['last'].upper()}

Further to the fixed-term exclusion of {a['first']} {a['last']} (DOB {fmt_date(a['dob'], 'dmy')}, UPN {a['upn']}) for 5 days following the assault on another pupil ({b['first']} {b['last']}, DOB {fmt_date(b['dob'], 'dmy')}), please find the details below for your records.

Incident: 14 March, period 4, science corridor. Injury: cut lip, first aid given, parents informed.

Please treat this as confidential."""][k]
    P(["dob-list", "upn-table", "passport", "exclusion-detail"][k], ["summer scheme", "Re: Re: new starters", "Exchange students informations", "Exclusion notification"][k], body,
      "named pupils with DOB and identifiers in an informal/long message sent outside")

# --- misc single identifiers with strong context
for k in range(5):
    p = pupil(lo=2003, hi=2008)
    body = [f"Hi, the learner's ULN is {p['uln']} ({p['first']} {p['last']}, {fmt_date(p['dob'], 'dmy')}). Can you check her achievement record?",
            f"NHS number for {name_fmt(p['first'], p['last'], 4)} is {p['nhs'].replace(' ', '')} - date of birth {fmt_date(p['dob'], 'long')}. Thanks",
            f"Former pupil {p['first']} {p['last']} ({fmt_date(p['dob'], 'iso')}) UPN {p['upn']} - yes she was on roll here 2019-2023, reference attached.",
            f"UPN: {p['upn'].lower()}\nNAME: {p['last'].upper()} {p['first'].upper()}\nDOB: {fmt_date(p['dob'], 'dmy')}\nCIN: Y\nREASON FOR LEAVING: moved LA",
            f"Dear Sir/Madam,\n\nI confirm that {p['first']} {p['last']}, date of birth {fmt_date(p['dob'], 'short')}, National Insurance number {p['nino']}, attended this school from September 2017 to July 2022.\n\nYours faithfully,\nHeadteacher"][k]
    P(["uln-list", "nhs-medical", "upn-table", "ctf-detail", "nino"][k], ["ULN query", "NHS no.", "reference request", "CTF info", "Confirmation of attendance"][k], body,
      "single learner with identifier and DOB sent outside")

# --- extra tables and lists
for k in range(3):
    ps = pupils(4 + k)
    body = ["Year 10 group for Tuesday:\n\n" + "\n".join("%s | %s | %s | %s" % (p["upn"], p["last"], p["first"], fmt_date(p["dob"], "dmy")) for p in ps),
            "Prénom / Nom / Né(e) le\n" + "\n".join("%s / %s / %s" % (p["first"], p["last"], fmt_date(p["dob"], "dots")) for p in ps) + "\n\nMerci, à bientôt !\nChloé (assistante de français)",
            "Pupil premium cohort (confidential)\n\n" + "\n".join("  * %s (%s) - PP, LAC=%s, UPN %s" % (name_fmt(p["first"], p["last"], 2), fmt_date(p["dob"], "short"), "Y" if i == 0 else "N", p["upn"]) for i, p in enumerate(ps))][k]
    P(["upn-table", "dob-list", "pupil-premium"][k], ["Tues group", "liste des élèves - échange", "PP list for the tutoring company"][k], body,
      "list of pupils with DOBs and/or UPNs to outside")

for k in range(2):
    ps = pupils(5)
    body = "Dear School Nursing Team,\n\nHere are the Reception children for the height and weight programme:\n\n" + "\n".join(
        "%s\t%s\t%s" % (p["nhs"], name_fmt(p["first"], p["last"], 1), fmt_date(p["dob"], "dmy")) for p in ps) + "\n\nMany thanks,\nOffice"
    P("nhs-medical", ["NCMP list", "Reception height/weight - children list"][k], body, "NHS numbers, names and DOBs to NHS team at an outside address (unencrypted)")

for k in range(2):
    c = g.card("visa" if k == 0 else "mc", grouped=(k == 0))
    first, last, sx = NAMES[(k + 20) % len(NAMES)]
    P("payment-card", ["Fw: music lessons payment", "Card details for the uniform order"][k],
      f"Hi, parent rang the office and asked us to pass this on to you for the lessons invoice.\n\nCardholder: {first} {last}\nLong number: {c}\nValid to: {['09/26', '1/27'][k]}\nBilling postcode: B33 8TH\n\nThey said to ring for the 3 digits on the back.",
      "parent's card number with expiry passed on to outside supplier")

p = pupil()
P("safeguarding", "Fwd: MASH referral - for your info", f"""Hi Jo (personal email as work one is down),

Copy of what I sent to MASH this morning:

> Child: {p['first']} {p['last']}
> DOB: {fmt_date(p['dob'], 'long')}
> UPN: {p['upn']}
> Concern: bruising to upper arm noticed in PE, child said "dad grabbed me". Second similar mark this half term.
> Parents not informed per LADO/MASH advice.

Will update you tomorrow.
DSL""", "DSL forwarding a safeguarding referral with DOB and UPN to a personal outside address")

# ================================================================ PERSONAL-DATA NEGATIVES
gn = Gen("tuning2-personal-data-negatives")

def N(kind, *a, **k): M("negative", kind, *a, **k)

def bad_uln():
    s = gn.uln()
    t = s[:9] + str((int(s[9]) + 3) % 10)
    assert not uln_ok(t)
    return t

def bad_nhs():
    s = gn.nhs("")
    t = s[:9] + str((int(s[9]) + 4) % 10)
    assert not nhs_ok(t)
    return t

def bad_upn():
    s = gn.upn()
    t = UPN_ALPHA[(UPN_ALPHA.index(s[0]) + 5) % 23] + s[1:]
    assert not upn_ok(t)
    return t

def _np(i):
    f, l, s = NAMES[(i * 5 + 7) % len(NAMES)]
    return f, l

# --- invalid check digits
for k in range(6):
    f, l = _np(k)
    d = gn.dob()
    body = [f"Hi, the ULN we've got on file for {f} {l} is {bad_uln()} - the LRS keeps rejecting it. Can you tell me where to find the right one? Thanks",
            f"Quick one: is {bad_nhs()} the right format for an NHS number? System says invalid check digit. (Not a real pupil - it's off a training handout.)",
            f"The UPN on the CTF is {bad_upn()} and it fails the check letter validation in our MIS, so it can't be imported. Could you look at your export settings?",
            f"Refs for the trial import:\n" + "\n".join(bad_uln() for _ in range(4)) + "\nAll fail validation, as expected for the dummy set.",
            f"Hi,\n\nThe exam board portal bounced these ULNs as invalid:\n {bad_uln()}\n {bad_uln()}\nWe're re-keying from the original forms.\n\nExams",
            f"NHS number field test cases for the new form (must be rejected): {bad_nhs()}, {bad_nhs()}, {bad_nhs()}."][k]
    N("staff-out", "invalid-check-digit", ["ULN rejected", "NHS number format?", "CTF import failing", "dummy ULNs", "ULN bounce", "validation tests"][k], body,
      "identifier-shaped numbers that fail their check digit")

# --- phone numbers
PH = ["07700 900123", "020 7946 0123", "0113 496 0999", "+44 7700 900456", "0161 496 0000", "01632 960001", "07700 900789", "+44 (0)7700 900789"]
for k in range(4):
    body = [f"Hi Dave,\n\nThe new number for the minibus hire desk is {PH[0]}, or the depot on {PH[1]}.\n\nRegards, Bursar",
            f"Contact numbers for the trip:\nTrip leader mobile: {PH[2]}\nHotel reception: {PH[3]}\nEmergency school line: {PH[4]}",
            f"Please ring the office on {PH[5]} between 8:30 and 4pm, or text the absence line on {PH[6]}.",
            f"|Service|Number|\n|---|---|\n|Reception|{PH[4]}|\n|Attendance|{PH[5]}|\n|Finance|{PH[1]}|\n|Out of hours site team|{PH[7]}|"][k]
    N(["staff-out", "staff-out", "in", "staff-out"][k], "phone-numbers", ["new numbers", "Trip contacts", "How to report an absence", "School contact numbers"][k], body, "telephone numbers only, no personal data")

def ref10(lo, hi):
    """a 10-digit reference number that is deliberately not a valid ULN or NHS number"""
    while True:
        v = str(gn.r.randint(lo, hi))
        if not uln_ok(v) and not nhs_ok(v):
            return v

# --- order / invoice / ISBN / candidate / centre numbers
for k in range(6):
    body = [f"Dear Accounts,\n\nPlease find our remittance for invoice INV-{gn.r.randint(100000, 999999)} and order {ref10(4000000000, 4999999999)}, total £1,482.60.\n\nBursar",
            f"Book order for Year 8:\n- Of Mice and Men, ISBN 978-0-14-017739-8, qty 30\n- Holes, ISBN 978-0-7475-4459-6, qty 30\n- Noughts & Crosses, ISBN 9781405283519, qty 32\nPO number {ref10(1000000000, 1999999999)}",
            f"Centre number {gn.r.randint(10000, 79999)}. Our candidate numbers for the summer series run 0001 to 0184; the entry reference for the batch is {ref10(1000000000, 9999999999)}.",
            f"Tracking: your parcel {ref10(1000000000, 9999999999)} (consignment {gn.r.randint(100000000000, 999999999999)}) will arrive Tuesday between 10:00 and 12:00.",
            f"Ticket ref {ref10(1000000000, 9999999999)} - your IT support request about the projector in Room 14 has been resolved. Asset tag {gn.r.randint(100000, 999999)}.",
            f"Hi, the VAT number is GB {gn.r.randint(100, 999)} {gn.r.randint(1000, 9999)} {gn.r.randint(10, 99)} and our company registration number is {gn.r.randint(1000000, 9999999)}. Licence key: {gn.r.randint(1000, 9999)}-{gn.r.randint(1000, 9999)}-{gn.r.randint(1000, 9999)}-{gn.r.randint(1000, 9999)}."][k]
    N(["staff-out", "staff-out", "staff-out", "in", "in", "staff-out"][k], "reference-numbers", ["Remittance advice", "English book order", "Summer entries", "Your delivery", "Ticket resolved", "Supplier setup"][k], body,
      "order/invoice/ISBN/candidate/centre/tracking numbers, not personal identifiers")

# --- event and term dates next to names of events
for k in range(5):
    body = ["Term dates 2024-25\n\nAutumn term: Tuesday 3 September 2024 - Friday 20 December 2024\nHalf term: 28/10/2024 - 01/11/2024\nSpring term: 06/01/2025 - 04/04/2025\nSummer term: 22/04/2025 - 22/07/2025\nINSET days: 2nd September 2024, 3rd January 2025",
            "Diary dates:\n- Harvest Festival - 4th October 2024\n- Year 3 trip to Chester Zoo - 15.10.2024\n- Christmas Fair - 2024-12-06\n- Nativity (Reception) - 11/12/24",
            "Hi Coach Pete - fixtures for the U11s: Sat 14 September 2024 v Rovers (home), Sat 21/09/2024 v Town Juniors (away), Sat 28.9.2024 cup round 1.",
            "Mock exams run from 25/11/2024 to 06/12/2024. Results day for mocks is 17th January 2025. GCSE results day is 21 August 2025.",
            "Upcoming: Jubilee Street Party - 3rd June 2022 (photos on website); Founders' Day - 1 March 1887 is when the school opened; Anniversary dinner - 01/03/2025."][k]
    N(["staff-out", "staff-out", "staff-out", "staff-pupils", "in"][k], "event-dates", ["Term dates", "Autumn diary", "U11 fixtures", "Mocks", "Anniversary events"][k], body,
      "dates next to names of events, not people's dates of birth")

# --- staff member's own details in their signature
SIGS = [("Julie Pritchard", "Year 6 Team Leader", "0113 496 0999"), ("Peter Oyelaran", "Business Manager", "07700 900456"),
        ("Dr A. Lindqvist", "Headteacher", "020 7946 0123"), ("Tom O'Neill", "Teacher, Class 3", "01632 960001")]
for k, (n, role, ph) in enumerate(SIGS):
    body = ["Hi Karen,\n\nThanks for the invite - I'll be there on the 12th.\n\n", "Dear Dave,\n\nPlease find the signed contract attached to follow.\n\n",
            "Dear Councillor,\n\nThank you for visiting on Friday; the children loved showing you the garden.\n\n", "Hi Coach - Harry can't make Saturday, sorry!\n\n"][k] + \
        f"""Kind regards,

{n}
{role}
Hillside Primary School, Hollins Road, Leeds LS1 1AA
T: {ph}  |  E: {['j.pritchard', 'p.oyelaran', 'headteacher', "t.o'neill"][k]}@school.example

----------------------------------------------------------------
CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may contain personal data. If you have received it in error, please notify the sender and delete it. Hillside Primary School is part of Brightwater Multi-Academy Trust, a company limited by guarantee registered in England and Wales (No. 01234567). Please consider the environment before printing this email."""
    N("staff-out", "staff-signature", ["Re: invite", "contract", "Thank you for your visit", "Saturday"][k], body, "staff member's own contact details and a long disclaimer in the signature")

# --- school's bank details for paying trip money
for k in range(3):
    sc, acct = gn.bank()
    body = [f"Dear Parents,\n\nIf you are unable to use ParentPay, you may pay the Year 5 residential balance (£210) by bank transfer to the school account:\n\nAccount name: Hillside Primary School Fund\nSort code: {sc}\nAccount number: {acct}\nReference: your child's name + RES\n\nMany thanks, School Office",
            f"Our bank details for the invoice: Brightwater MAT, {sc} {acct}. Please quote the invoice number as the reference.",
            f"PTA summer fair stallholders - pitch fees (£15) can be paid to the PTA account, sort code {sc}, account {acct}, ref STALL + your name."][k]
    N("staff-out", "school-bank-details", ["Residential payment", "Re: invoice 2291", "Summer fair pitches"][k], body, "the school's/PTA's own bank details for payments")

# --- same data sent internally (auth_user set, internal recipients)
for k in range(6):
    p = pupil()
    q = pupil()
    body = [f"Hi Senco,\n\n{p['first']} {p['last']} (DOB {fmt_date(p['dob'], 'dmy')}, UPN {p['upn']}) - mum has asked for an EHCP assessment. Can we discuss at Thursday's meeting?",
            f"NHS numbers for the flu list (internal only):\n{p['first']} {p['last']} {p['nhs']} {fmt_date(p['dob'], 'long')}\n{q['first']} {q['last']} {q['nhs']} {fmt_date(q['dob'], 'long')}",
            f"ULN check for exams: {name_fmt(p['first'], p['last'], 1)} {p['uln']}; {name_fmt(q['first'], q['last'], 1)} {q['uln']}. Both born {p['dob'].year}.",
            f"DSL - logged on CPOMS but flagging: {p['first']} {p['last']} ({fmt_date(p['dob'], 'iso')}) disclosed at break that she's scared to go home. Can you see her before 3?",
            "UPN,Surname,Forename,DOB\n" + "\n".join("%s,%s,%s,%s" % (x['upn'], x['last'], x['first'], fmt_date(x['dob'], 'dmy')) for x in (p, q)),
            "Payroll (internal): %s %s new bank details %s %s, NI %s." % ((p['first'], p['last']) + gn.bank() + (p['nino'],))][k]
    N("staff-int", "internal-same-data", ["EHCP request", "flu list", "ULNs", "urgent - disclosure", "new starters list", "payroll change"][k], body,
      "personal data sent staff-to-staff inside the organisation")

# --- same data arriving inbound (auth_user null)
for k in range(6):
    p = pupil()
    body = [f"Dear School,\n\nMy son {p['first']} {p['last']} (date of birth {fmt_date(p['dob'], 'long')}, NHS number {p['nhs']}) has been diagnosed with coeliac disease. Please can the kitchen be told.\n\nThanks, his mum",
            f"Hello, we are the new school for {p['first']} {p['last']}, DOB {fmt_date(p['dob'], 'dmy')}, UPN {p['upn']}. Please send the CTF via S2S.",
            f"Hi - here's my card for the trip: {gn.card('visa')} exp 10/27. Can you take £45? Thanks, {p['last']} family",
            f"Dear Headteacher,\n\nStrategy meeting outcome for {name_fmt(p['first'], p['last'], 1)} ({fmt_date(p['dob'], 'dmy2')}): section 47 enquiry to proceed. Social worker: A. Graves.\n\nLA Children's Social Care",
            f"Learner: {p['first']} {p['last']}\nULN: {p['uln']}\nDOB: {fmt_date(p['dob'], 'iso')}\nStatus: enrolled (college confirmation)",
            f"hi its {p['first']}s dad, my NI is {p['nino']} if you need it for the free school meals form. dob {fmt_date(gn.dob(1975, 1990), 'dots')}"][k]
    N("in", "inbound-same-data", ["Dietary needs", "Pupil transfer", "trip payment", "Strategy meeting outcome", "Enrolment confirmation", "FSM form"][k], body,
      "personal data arriving from outside (inbound, not sent by staff)")

# --- encrypted: S/MIME, PGP/MIME, password-protected zip (data would be positive if sent in clear)
for k in range(4):
    ps = pupils(4)
    body = "\n".join("%s,%s,%s,%s" % (p["upn"], p["last"], p["first"], fmt_date(p["dob"], "dmy")) for p in ps)
    N("staff-out", "smime-encrypted", ["Confidential: transfer records", "Encrypted: EHCP papers", "secure - CP records", "S/MIME: census"][k], body,
      "S/MIME enveloped-data message (DER EnvelopedData, base64) carrying pupil data", shape="smime")
for k in range(4):
    ps = pupils(3)
    body = "\n".join("%s %s %s %s" % (p["first"], p["last"], p["nhs"], fmt_date(p["dob"], "long")) for p in ps)
    N("staff-out", "pgp-encrypted", ["[encrypted] referral", "PGP: school nurse list", "encrypted - info sharing", "Encrypted message"][k], body,
      "PGP/MIME multipart/encrypted with complete armoured block", shape="pgp")
for k in range(4):
    ps = pupils(6)
    csvtxt = csv_of(ps, ["upn", "last", "first", "dob", "nhs"])
    N("staff-out", "zip-encrypted", ["Data for the LA (password to follow by phone)", "pupil list - protected", "Transition data", "audit sample"][k], csvtxt,
      "pupil data CSV inside a password-protected (ZipCrypto) zip; password sent separately", shape="zip-encrypted",
      cover=["Hi, the file is password protected - I'll phone you with the password.", "Protected zip attached, password via text.",
             "Attached (encrypted). Password will come separately as agreed.", "As per the DPA, attached encrypted; password by phone."][k],
      csv=csvtxt, filename=["LA_return.zip", "list.zip", "transition_2024.zip", "audit.zip"][k], zip_inner="data.csv", password="Tr0ut-%d-Gate" % k)

# --- policies / newsletters mentioning sensitive topics with no data
POL = [("Data protection policy (draft v3)", """DATA PROTECTION POLICY

1. Purpose
This policy sets out how the school collects and processes personal data, including special category data such as health information, in line with UK GDPR and the Data Protection Act 2018.

2. Data we hold
We hold pupils' names, addresses, dates of birth, UPNs, NHS numbers where supplied for medical purposes, attendance, assessment and SEN information, and safeguarding records.

3. Sending personal data
Staff must not email personal data outside the organisation unless it is encrypted. Use Egress or S2S. Never include a pupil's full name and date of birth in an email subject line. Confidential information must be marked CONFIDENTIAL.

4. Breaches
Report any suspected breach to the DPO within 24 hours."""),
       ("Safeguarding policy - section 7 (records)", """7. Records and information sharing
7.1 Concerns are recorded on CPOMS. Records include the child's name, date of birth and a chronology.
7.2 Child protection files are transferred separately from the main pupil file, by secure means, within 5 days of the child starting at a new school.
7.3 Confidential information is shared on a need-to-know basis. Staff must never promise a child confidentiality.
7.4 NHS numbers and medical information are held by the school nurse and the office only."""),
       ("GDPR training - key points", "Reminder from Tuesday's training:\n* date of birth + name = personal data\n* NHS number, health, SEN, ethnicity = special category or sensitive\n* 'confidential' in the subject line does NOT make email secure\n* use encrypted email for anything going outside\n* if in doubt, ask the DPO"),
       ("Privacy notice for parents", "How we use pupil information\n\nThe categories of pupil information that we collect, hold and share include: personal identifiers and contacts (such as name, unique pupil number, contact details and address); characteristics (such as ethnicity, language, and free school meal eligibility); safeguarding information; special educational needs; medical and administration (such as doctors' information, child health, NHS number, allergies, medication and dietary requirements); attendance; assessment and attainment.\n\nWe do not share information about our pupils with anyone without consent unless the law and our policies allow us to do so."),
       ("Information security: sending files", "How to send a file securely\n\n1. Is it personal data? (names with dates of birth, identifiers such as UPN, ULN, National Insurance number, passport or driving licence numbers, bank details, health)\n2. If yes and it's going outside school: use Egress, or a password-protected zip with the password sent by phone.\n3. Never send a card number or CVV by email.\n4. Double-check the recipient.")]
for k, (subj, body) in enumerate(POL):
    N(["staff-int", "staff-out", "staff-int", "staff-out", "staff-int"][k], "policy-document", subj, body, "policy/guidance mentioning DOB, NHS number, confidential as topics; no data")

NEWS = ["PARENT NEWSLETTER\n\nKeeping your data safe\nWe will never ask you to email us your bank details, card number or your child's NHS number. If you get an email that looks like it's from us asking for these, it's a scam - please call the office.\n\nUpdating your details\nPlease check the contact details and medical information on the data collection sheet coming home this week.",
        "Trust bulletin: Data Protection Day\n\nThis year's theme is 'think before you send'. Over half of reported breaches in schools involve email sent to the wrong person, often containing names and dates of birth of pupils. Our DPO will run drop-in sessions on 28 January.",
        "Dear Parents,\n\nWe are required by the DfE to collect your child's date of birth, ethnicity and first language for the school census. This information is confidential and stored securely. You don't need to do anything unless your details have changed.",
        "Sixth Form news: UCAS tips\n- your personal statement is confidential - don't share drafts in group chats\n- you'll need your passport or driving licence as ID for exams at other centres\n- keep your UCAS ID and password private"]
for k, body in enumerate(NEWS):
    N(["staff-out", "in", "staff-out", "staff-pupils"][k], "newsletter", ["Newsletter - data safety", "Data Protection Day", "School census", "UCAS tips"][k], body,
      "newsletter discussing personal data topics without any data")

FORMS = ["TRIP CONSENT FORM\n\nChild's full name: ______________________\nDate of birth: ___ / ___ / ______\nNHS number: ____ ____ ____\nMedical conditions: __________________\nEmergency contact: ___________________\nTelephone: __________\n\nSigned (parent/carer): __________",
         "| Field | Value |\n|---|---|\n| Surname | |\n| Forename(s) | |\n| Date of birth (DD/MM/YYYY) | |\n| UPN | |\n| ULN (post-16 only) | |\n| SEN status | |",
         "New staff details form\n\nTitle:\nFull name:\nDate of birth:\nNational Insurance number: __ __ __ __ _\nBank: sort code __-__-__  account number ________\nPassport/driving licence number (for right to work check):",
         "Medical information request\n\nPlease complete and return:\n1. Name of child\n2. Date of birth\n3. GP surgery\n4. NHS number (if known)\n5. Allergies\n6. Medication taken in school (name, dose, time)",
         "Work experience placement form - employer section\n\nStudent name: [  ]\nStudent DOB: [  ]\nULN: [  ]\nPlacement dates: [  ] to [  ]\nSupervisor: [  ]\nEmergency number: [  ]"]
for k, body in enumerate(FORMS):
    N(["staff-out", "staff-out", "staff-out", "staff-out", "in"][k], "blank-form", ["Consent form for Friday", "Template for new starters", "Starter form", "Medical form", "Work experience form"][k], body,
      "blank form with field labels and no data")

# --- near misses: partial card / unnamed DOB ranges / placeholder / school address
N("staff-out", "partial-card", "Refund processed", "Hi, we've refunded £45 to the card ending 4242 used for the booking on 3 March. It should appear within 5 working days.", "masked card number only")
N("in", "partial-card", "Your payment receipt", "Receipt for payment of £12.50 to Hillside Primary School\nCard: Visa **** **** **** 1881\nAuth code: 04722Z\nDate: 06/03/2024 10:14", "receipt with masked card number")
N("staff-out", "dob-range-no-name", "Reception admissions 2025", "Children born between 1 September 2020 and 31 August 2021 are due to start Reception in September 2025. Applications close on 15 January 2025.", "date-of-birth eligibility range with no person")
N("staff-out", "placeholder-ids", "ILR temp ULN", "For learners who don't have a ULN yet, use the temporary value 9999999999 as per the ILR spec and we'll update it once the LRS responds.", "ILR placeholder ULN")
N("staff-out", "school-address", "Delivery address", "Please deliver to: Hillside Primary School, Hollins Road, Leeds LS1 1AA. Site manager: 0113 496 0999. Gates open 7:30.", "school postcode and phone only")
N("staff-pupils", "test-data", "Computing: validating check digits", "Today we'll write a program to check ISBN-13 check digits. Try these: 978-0-306-40615-7 (valid), 978-0-306-40615-8 (invalid). Extension: Luhn algorithm on 4111 1111 1111 1111 - a famous TEST card number which can't be used to buy anything.", "computing lesson with test numbers")

# --- pupil-sent messages (not staff, so outside the staff policy)
N("pupil-out", "pupil-own-details", "registration for summer league", "hi, this is for the U16 summer league sign up. my name is Leo Wong, date of birth 14/06/2008, position midfield. my mum will pay the fee. thanks", "pupil sending their own name and DOB to a club")
N("pupil-int", "pupil-own-details", "group project", "guys for the history project i put our birthdays on the timeline slide lol: me 3rd March 2009, Zara 22/11/08, Harry 2009-01-30. is that ok or too random", "pupils sharing birthdays with classmates internally")

# ================================================================ build
OUTSIDE[:] = [("admissions@northfield-academy.example", "Northfield Admissions"), ("bookings@edutravel.example", "EduTravel Bookings"),
              ("claims@schoolcover-insurance.example", "SchoolCover Claims"), ("payroll@bureau.example", "Payroll Bureau"),
              ("jo.harper@trust.example", "Jo Harper"), ("gill.school.nurse@nhs-trust.example", "Gill (School Nursing)"),
              ("dr.lennox@gp-surgery.example", "Dr Lennox"), ("info@outdoorcentre.example", "Outdoor Centre"),
              ("research@university.example", "Prof. Baines"), ("mandy.p1982@example.com", "Mandy"),
              ("enrolments@college.example", "College Enrolments"), ("lisa@hr-services.example", "Lisa (HR Services)"),
              ("coach.pete@juniorfc.example", "Coach Pete"), ("m.achebe@example.co.uk.example", "M Achebe"),
              ("karen.w1975@example.com", "Karen W"), ("dave.hughes@example.org", "Dave Hughes")]
POS_SHAPES = ["7bit", "hardwrap", "flowed-delsp-yes", "flowed-delsp-no", "qp", "base64", "html", "alternative",
              "txt-attachment", "fwd-quoted", "utf8", "latin1", "cp1252", "docx", "xlsx", "zip", "csv-attachment"]
NEG_SHAPES = POS_SHAPES + ["rfc822-attachment", "alt-one-part"]
COVERS = ["Please see attached.", "Attached as requested.", "Here's the file - shout if any problems.", "Hi, attached. Thanks"]
FWD = {"positive": ["Forwarding as requested - see below.", "Hi, see the thread below with the details.", "FYI", "Can you action the below please?"],
       "negative": ["FYI, see below.", "Forwarding for info.", "See below - thanks", "Passing this on."]}

def main():
    assign(MSGS, {"positive": POS_SHAPES, "negative": NEG_SHAPES})
    for i, m in enumerate(MSGS):
        m.setdefault("cover", COVERS[i % 4])
        m.setdefault("comments", FWD[m["label"]][i % 4:] + FWD[m["label"]][:i % 4])
        sh = m["shape"]
        if sh in ("docx", "xlsx", "zip", "txt-attachment", "csv-attachment"):
            m.setdefault("filename", {"docx": "details.docx", "xlsx": "list.xlsx", "zip": "files.zip",
                                      "txt-attachment": "notes.txt", "csv-attachment": "list.csv"}[sh])
        if sh == "zip":
            m.setdefault("zip_inner", "list.csv" if "csv" in m else "notes.txt")
        if sh == "rfc822-attachment":
            m.setdefault("inner", {"from": "Office <office@school.example>", "to": m["from"], "subject": m["subject"]})
    man = write_corpus(MSGS, "pd2", datetime.datetime(2024, 2, 19, 7, 0, 0))
    print("wrote %d messages" % len(man))

if __name__ == "__main__":
    main()
