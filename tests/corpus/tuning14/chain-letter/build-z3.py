#!/usr/bin/env python3
# Deterministic generator for writer z3 (stdlib only).
# Run from inside the policy folder:  python3 build-z3.py
import base64
import binascii
import hashlib
import html as htmllib
import io
import json
import os
import quopri
import re
import struct
import textwrap
import zipfile
import zlib

W = "z3"
ORG_DOMAINS = ("school.example", "students.school.example")

# ---------------------------------------------------------------- check digits

def uln(stem9):
    """ULN: 9 digits + check; weights 10..2, check = 10 - (sum mod 11)."""
    s = str(stem9)
    assert len(s) == 9 and s[0] != "0"
    tot = sum(int(d) * w for d, w in zip(s, range(10, 1, -1)))
    c = 10 - (tot % 11)
    if c == 10:
        return None
    return s + str(c)


def uln_from(seed):
    n = int(hashlib.sha256(("uln" + str(seed)).encode()).hexdigest(), 16)
    while True:
        stem = str(100000000 + n % 900000000)
        v = uln(stem)
        if v:
            return v
        n += 7


def uln_valid(s):
    s = s.replace(" ", "")
    return len(s) == 10 and s.isdigit() and s[0] != "0" and uln(s[:9]) == s


def nhs(stem9):
    s = str(stem9)
    tot = sum(int(d) * w for d, w in zip(s, range(10, 1, -1)))
    c = 11 - (tot % 11)
    if c == 11:
        c = 0
    if c == 10:
        return None
    return s + str(c)


def nhs_from(seed):
    n = int(hashlib.sha256(("nhs" + str(seed)).encode()).hexdigest(), 16)
    while True:
        stem = str(400000000 + n % 300000000)
        v = nhs(stem)
        if v:
            return v
        n += 3


def nhs_valid(s):
    s = re.sub(r"[ -]", "", s)
    return len(s) == 10 and s.isdigit() and nhs(s[:9]) == s


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(body12):
    """UPN: check letter + 12 chars; weights 2..13 on chars 2-13 mod 23."""
    tot = 0
    for i, ch in enumerate(body12):
        w = i + 2
        if ch.isdigit():
            v = int(ch)
        else:
            v = UPN_LETTERS.index(ch)
        tot += v * w
    return UPN_LETTERS[tot % 23] + body12


def upn_valid(s):
    if not re.fullmatch(r"[A-Z]\d{11}[0-9A-Z]", s):
        return False
    if s[0] not in UPN_LETTERS or (s[12].isalpha() and s[12] not in UPN_LETTERS):
        return False
    return upn(s[1:]) == s


NINO_BAD1 = set("DFIQUV")
NINO_BAD2 = set("DFIOQUV")
NINO_BADPRE = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(s):
    s = re.sub(r"[ -]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    if s[0] in NINO_BAD1 or s[1] in NINO_BAD2 or s[:2] in NINO_BADPRE:
        return False
    return True


def nino_from(seed, spaced=False):
    h = hashlib.sha256(("ni" + str(seed)).encode()).hexdigest()
    n = int(h, 16)
    letters = "ABCEGHJKLMNOPRSTWXYZ"
    while True:
        a = letters[n % len(letters)]
        b = letters[(n // 31) % len(letters)]
        pre = a + b
        if a not in NINO_BAD1 and b not in NINO_BAD2 and pre not in NINO_BADPRE:
            break
        n += 1
    digits = "%06d" % ((n // 1000) % 1000000)
    suf = "ABCD"[(n // 7) % 4]
    v = pre + digits + suf
    assert nino_valid(v)
    if spaced:
        return "%s %s %s %s %s" % (pre, digits[:2], digits[2:4], digits[4:], suf)
    return v


def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_from(seed, prefix="4", length=16):
    n = int(hashlib.sha256(("card" + str(seed)).encode()).hexdigest(), 16)
    body = prefix + "".join(str((n >> (4 * i)) % 10) for i in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group4(num):
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


SC_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 1)


def bank_ok(sort_code, account):
    sc = int(re.sub(r"\D", "", sort_code))
    acc = re.sub(r"\D", "", account)
    if not (10004 <= sc <= 16715) or len(acc) != 8:
        return False
    return sum(int(d) * w for d, w in zip(acc, SC_WEIGHTS)) % 11 == 0


def bank_from(seed):
    """Sort code in 01-00-04..01-67-15 with a standard modulus-11 valid account."""
    n = int(hashlib.sha256(("bank" + str(seed)).encode()).hexdigest(), 16)
    sc = 10004 + n % (16715 - 10004)
    sc_s = "%06d" % sc
    sc_s = "%s-%s-%s" % (sc_s[:2], sc_s[2:4], sc_s[4:])
    m = n >> 20
    while True:
        acc = "%08d" % (m % 100000000)
        if bank_ok(sc_s, acc):
            return sc_s, acc
        m += 1


# driving licence (DVLA) number from surname, initials, dob (y, m, d), sex
def dvla(surname, initials, y, m, d, female=False, tail="9AB"):
    s = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
    mm = m + 50 if female else m
    ini = (initials.upper() + "9")[:2]
    return "%s%d%02d%02d%d%s%s" % (s, (y // 10) % 10, mm, d, y % 10, ini, tail)


# ---------------------------------------------------------------- bytes helpers

def prng(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def enc_word(s):
    if all(ord(c) < 128 for c in s):
        return s
    return "=?UTF-8?B?%s?=" % base64.b64encode(s.encode("utf-8")).decode()


def addr(name, email):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:@()<>"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc_word(name), email)


def fold_list(items):
    """Fold an address list over several lines."""
    out = ""
    line = ""
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line and len(line) + len(piece) + 1 > 70:
            out += line + "\n "
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    return out + line


def fold_subject(s):
    s = enc_word(s)
    if len(s) < 70 or s.startswith("=?"):
        if s.startswith("=?") and len(s) > 70:
            # split encoded word into several encoded words
            raw = s[10:-2]
            data = base64.b64decode(raw).decode("utf-8")
            parts = []
            cur = ""
            for ch in data:
                if len((cur + ch).encode("utf-8")) > 36:
                    parts.append(cur)
                    cur = ch
                else:
                    cur += ch
            parts.append(cur)
            return "\n ".join(enc_word(p) if not all(ord(c) < 128 for c in p) else
                              "=?UTF-8?B?%s?=" % base64.b64encode(p.encode()).decode()
                              for p in parts)
        return s
    words = s.split(" ")
    lines = []
    cur = ""
    for w_ in words:
        if cur and len(cur) + len(w_) + 1 > 72:
            lines.append(cur)
            cur = w_
        else:
            cur = (cur + " " + w_) if cur else w_
    lines.append(cur)
    return "\n ".join(lines)


# ---------------------------------------------------------------- text shaping

def hard_wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)", line)
        quote = m.group(1)
        rest = line[len(quote):]
        m2 = re.match(r"^(\s*(?:[-*]|\d+[.)])?\s*)", rest)
        lead = m2.group(1) if m2 else ""
        wrapped = textwrap.wrap(rest, width=width - len(quote), subsequent_indent=" " * len(lead),
                                break_long_words=False, break_on_hyphens=False)
        out.extend(quote + w_ for w_ in wrapped)
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed encoding (DelSp=No)."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        m = re.match(r"^(>+ ?)", line)
        q = ""
        body = line
        if m:
            q = m.group(1).replace(" ", "")
            body = line[len(m.group(1)):]
            q = q + " "
        if body.startswith(" ") or body.startswith("From ") or (not q and body.startswith(">")):
            body = " " + body
        if len(q) + len(body) <= width:
            out.append((q + body).rstrip() if not body.endswith(" ") else q + body.rstrip())
            continue
        words = body.split(" ")
        cur = ""
        chunks = []
        for wd in words:
            if cur and len(q) + len(cur) + len(wd) + 1 > width:
                chunks.append(cur + " ")
                cur = wd
            else:
                cur = (cur + " " + wd) if cur else wd
        chunks.append(cur)
        for c in chunks:
            out.append(q + c)
    return "\n".join(out)


def html_to_text(h):
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h\d|tr|li|table)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "  * ", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmllib.unescape(t)
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


# ---------------------------------------------------------------- MIME parts
# A part is (list_of_header_lines, body_bytes)

def text_part(body, subtype="plain", charset="utf-8", cte="7bit", flowed=False,
              disposition=None, filename=None, wrap=None):
    if wrap:
        body = hard_wrap(body, wrap)
    if flowed:
        body = flow(body)
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if subtype == "html" and charset == "utf-8" and False else charset)
    if flowed:
        ct += "; format=flowed"
    if filename and not disposition:
        ct += '; name="%s"' % filename
    raw = body.encode(charset)
    if cte == "7bit":
        assert all(b < 128 for b in raw), "non-ascii in 7bit part"
        data = raw
    elif cte == "8bit":
        data = raw
    elif cte == "quoted-printable":
        data = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if disposition:
        d = disposition
        if filename:
            d += '; filename="%s"' % filename
        hdrs.append("Content-Disposition: " + d)
    if not data.endswith(b"\n"):
        data += b"\n"
    return hdrs, data


def attach(data, ctype, filename, inline=False):
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            'Content-Disposition: %s; filename="%s"' % ("inline" if inline else "attachment", filename),
            "Content-Transfer-Encoding: base64"]
    return hdrs, base64.encodebytes(data)


def text_attach(text, filename, subtype="plain", charset="utf-8", cte="base64"):
    return text_part(text, subtype=subtype, charset=charset, cte=cte,
                     disposition="attachment", filename=filename)


def rfc822_part(msg_bytes, filename=None):
    hdrs = ["Content-Type: message/rfc822" + ('; name="%s"' % filename if filename else "")]
    if any(b > 127 for b in msg_bytes):
        hdrs.append("Content-Transfer-Encoding: 8bit")
    else:
        hdrs.append("Content-Transfer-Encoding: 7bit")
    if filename:
        hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    return hdrs, msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n"


def multipart(subtype, parts, boundary, params=""):
    hdrs = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary)]
    out = b""
    if subtype == "mixed":
        out = b"This is a multi-part message in MIME format.\n\n"
    elif subtype == "encrypted":
        out = b"This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n"
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += ("\n".join(ph) + "\n\n").encode()
        out += pb
        if not pb.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return hdrs, out


def bnd(tag):
    return "----=_Part_%s_%s" % (hashlib.md5(tag.encode()).hexdigest()[:10],
                                  hashlib.md5((tag + "x").encode()).hexdigest()[:8])


def bnd_apple(tag):
    h = hashlib.md5(tag.encode()).hexdigest().upper()
    return "Apple-Mail-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:28])


def bnd_ol(tag):
    return "_000_%s_" % hashlib.sha1(tag.encode()).hexdigest()[:36].upper()


def bnd_gm(tag):
    return "000000000000%s" % hashlib.md5(tag.encode()).hexdigest()[:16]


def message(frm, to, subject, date, msgid, part, cc=None, extra=None, reply_to=None,
            in_reply_to=None, references=None, mime=True):
    h = []
    h.append("From: " + frm)
    h.append("To: " + fold_list(to if isinstance(to, list) else [to]))
    if cc:
        h.append("Cc: " + fold_list(cc if isinstance(cc, list) else [cc]))
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("Subject: " + fold_subject(subject))
    h.append("Date: " + date)
    h.append("Message-ID: " + msgid)
    if in_reply_to:
        h.append("In-Reply-To: " + in_reply_to)
    if references:
        h.append("References: " + references)
    for e in (extra or []):
        h.append(e)
    if mime:
        h.append("MIME-Version: 1.0")
    ph, pb = part
    h.extend(ph)
    return ("\n".join(h) + "\n\n").encode() + pb


# ---------------------------------------------------------------- office files

ZDT = (2024, 9, 2, 9, 0, 0)


def _zip(files, dt=ZDT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def make_zip(files, dt=ZDT):
    return _zip(files, dt)


def _x(s):
    return htmllib.escape(str(s), quote=False)


def make_docx(blocks, title="Document", author="Heartland Skills"):
    """blocks: list of str (paragraph), ('h', str) heading, or ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>'
                                '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % "".join(body))
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '</cp:coreProperties>' % (_x(title), _x(author)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    """rows: list of lists; str -> shared string, int/float -> number."""
    sst = []
    idx = {}
    xr = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri + 1)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                v = str(v)
                if v not in idx:
                    idx[v] = len(sst)
                    sst.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, idx[v]))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
               % (len(sst), len(sst), "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in sst)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml),
                 ("xl/sharedStrings.xml", sst_xml)])


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- encryption look-alikes

def _crc_table():
    t = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


_CRCT = _crc_table()


def _crc1(crc, b):
    return _CRCT[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _ZC:
    def __init__(self, pw):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for c in pw.encode():
            self.upd(c)

    def upd(self, c):
        self.k0 = _crc1(self.k0, c)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc1(self.k2, (self.k1 >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            k = (self.k2 | 2) & 0xFFFF
            out.append(p ^ (((k * (k ^ 1)) >> 8) & 0xFF))
            self.upd(p)
        return bytes(out)


def make_encrypted_zip(files, password, seed, dt=ZDT):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated zip."""
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    out = b""
    central = b""
    for i, (name, data) in enumerate(files):
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZC(password)
        head = prng("%s-%d" % (seed, i), 11) + bytes([(crc >> 24) & 0xFF])
        enc = zc.enc(head + comp)
        nb = name.encode()
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc,
                         len(enc), len(data), len(nb), 0)
        off = len(out)
        out += lh + nb + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 1, 8, dostime,
                               dosdate, crc, len(enc), len(data), len(nb), 0, 0, 0, 0,
                               0o100644 << 16, off) + nb
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central),
                      len(out), 0)
    return out + central + end


def _der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    elif n < 256:
        ln = bytes([0x81, n])
    elif n < 65536:
        ln = bytes([0x82, n >> 8, n & 0xFF])
    else:
        ln = bytes([0x83, n >> 16, (n >> 8) & 0xFF, n & 0xFF])
    return bytes([tag]) + ln + content


def _oid(dotted):
    p = [int(x) for x in dotted.split(".")]
    b = bytes([40 * p[0] + p[1]])
    for v in p[2:]:
        enc = [v & 0x7F]
        v >>= 7
        while v:
            enc.append(0x80 | (v & 0x7F))
            v >>= 7
        b += bytes(reversed(enc))
    return _der(0x06, b)


def _name(cn, o, c="GB"):
    def rdn(oid, val, tag=0x13):
        return _der(0x31, _der(0x30, _oid(oid) + _der(tag, val.encode())))
    return _der(0x30, rdn("2.5.4.6", c) + rdn("2.5.4.10", o, 0x0C) + rdn("2.5.4.3", cn, 0x0C))


def make_cms_enveloped(seed, plain_len, issuer_cn, issuer_o):
    serial = prng(seed + "serial", 16)
    serial = bytes([serial[0] & 0x7F]) + serial[1:]
    ktri = _der(0x30, _der(0x02, b"\x00") +
                _der(0x30, _name(issuer_cn, issuer_o) + _der(0x02, serial)) +
                _der(0x30, _oid("1.2.840.113549.1.1.1") + b"\x05\x00") +
                _der(0x04, prng(seed + "key", 256)))
    clen = (plain_len // 16 + 1) * 16
    eci = _der(0x30, _oid("1.2.840.113549.1.7.1") +
               _der(0x30, _oid("2.16.840.1.101.3.4.1.42") + _der(0x04, prng(seed + "iv", 16))) +
               _der(0x80, prng(seed + "ct", clen)))
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


def make_pgp_armored(seed, plain_len):
    keyid = prng(seed + "kid", 8)
    mpi = prng(seed + "mpi", 256)
    mpi = bytes([mpi[0] | 0x80]) + mpi[1:]
    pkesk_body = b"\x03" + keyid + b"\x01" + struct.pack(">H", 2048) + mpi
    pkesk = bytes([0xC1, 0xFF]) + struct.pack(">I", len(pkesk_body)) + pkesk_body
    seipd_body = b"\x01" + prng(seed + "data", plain_len + 60)
    seipd = bytes([0xD2, 0xFF]) + struct.pack(">I", len(seipd_body)) + seipd_body
    data = pkesk + seipd
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    crc = base64.b64encode(struct.pack(">I", _crc24(data))[1:]).decode()
    return ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc +
            "\n-----END PGP MESSAGE-----\n")


def smime_part(seed, plain_len, issuer_cn="Heartland Skills Issuing CA", issuer_o="Heartland Skills Ltd"):
    der = make_cms_enveloped(seed, plain_len, issuer_cn, issuer_o)
    hdrs = ['Content-Type: application/pkcs7-mime; smime-type=enveloped-data;\n name="smime.p7m"',
            "Content-Transfer-Encoding: base64",
            'Content-Disposition: attachment; filename="smime.p7m"',
            "Content-Description: S/MIME Encrypted Message"]
    return hdrs, base64.encodebytes(der)


def pgp_part(seed, plain_len, boundary):
    p1 = (["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"],
          b"Version: 1\n")
    p2 = (['Content-Type: application/octet-stream; name="encrypted.asc"',
           "Content-Description: OpenPGP encrypted message",
           'Content-Disposition: inline; filename="encrypted.asc"'],
          make_pgp_armored(seed, plain_len).encode())
    return multipart("encrypted", [p1, p2], boundary, params=' protocol="application/pgp-encrypted";')


# ---------------------------------------------------------------- output

MESSAGES = []


def add(label, num, family, shape, mail_from, rcpt, auth_user, note, data):
    fname = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    MESSAGES.append({"file": fname, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                     "auth_user": auth_user, "shape": shape, "family": family, "note": note,
                     "_data": data})


def write_all(manifest_name):
    for d in ("positive", "negative"):
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith(W + "-") and f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    with open(manifest_name, "w", encoding="utf-8") as mf:
        for m in sorted(MESSAGES, key=lambda x: (x["label"] != "positive", x["file"])):
            data = m["_data"].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            with open(m["file"], "wb") as fh:
                fh.write(data)
            rec = {k: m[k] for k in ("file", "label", "mail_from", "rcpt", "auth_user", "shape",
                                     "family", "note")}
            mf.write(json.dumps(rec, ensure_ascii=False) + "\n")




# ---------------------------------------------------------------- dates and ids
import datetime as _dt

_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _last_sunday(y, m):
    d = _dt.date(y, m, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def date(y, m, d, hh, mm, ss=0):
    day = _dt.date(y, m, d)
    bst = _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (_WD[day.weekday()], d, _MO[m - 1], y, hh, mm, ss,
                                               "+0100" if bst else "+0000")


def mid(seed, domain, style="plain"):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return "<%s%s@%s>" % ("LO2P265MB" + h[:4].upper(), h[4:12].upper() + "." + h[12:16].upper(),
                              "LO2P265MB" + h[16:20].upper() + ".GBRP265.PROD.OUTLOOK." + domain.upper())
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                        h[16:20].upper(), h[20:32].upper(), domain)
    if style == "gmail":
        return "<CA%s%s@mail.%s>" % (base64.b64encode(bytes.fromhex(h[:24])).decode().replace("/", "_"),
                                     h[24:30], domain)
    if style == "tb":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], domain)
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)

# ======================================================================
# chain-letter policy  (writer z3: Heartland Skills & Training, Midlands)
# ======================================================================

ST = "school.example"
LS = "students.school.example"

# staff
MARCUS = ("Marcus Thorne", "m.thorne@" + ST)
GURP = ("Gurpreet Sahota", "g.sahota@" + ST)
KERRY = ("Kerry Walton", "k.walton@" + ST)
HELEN = ("Helen Dunmore", "h.dunmore@" + ST)
BEV = ("Bev Marsh", "b.marsh@" + ST)
SHAUN = ("Shaun Okafor", "s.okafor@" + ST)
NADIA = ("Nadia Rahman", "n.rahman@" + ST)
TARIQ = ("Tariq Hussain", "t.hussain@" + ST)
RYAN = ("Ryan Ashworth", "r.ashworth@" + ST)
LISA = ("Lisa Kavanagh", "l.kavanagh@" + ST)
DAWN = ("Dawn Fellows", "d.fellows@" + ST)
COLIN = ("Colin Birch", "c.birch@" + ST)
JO = ("Jo Pritchard", "j.pritchard@" + ST)
IT = ("Heartland IT Support", "itsupport@" + ST)


def A(p):
    return addr(p[0], p[1])


def L(first, last, user=None):
    return ("%s %s" % (first, last), (user or ("%s.%s" % (first, last)).lower().replace("'", "").replace(" ", "")) + "@" + LS)


def emails(*ps):
    return [p[1] for p in ps]


SIG_MARCUS = "Marcus Thorne\nEngineering Tutor / Assessor\nHeartland Skills & Training\nM: 07700 900418"
SIG_HELEN = "Helen Dunmore\nAdult & Community Learning Coordinator\nHeartland Skills & Training | Wolverhampton centre\nT: 0121 496 0233"
SIG_KERRY = "Kerry\n\nKerry Walton | Bookings & Admin\nHeartland Skills & Training\n0121 496 0200"


def iphone(extra=None):
    return ["X-Mailer: iPhone Mail (21F90)"] + (extra or [])


OUTLOOK = ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: en-GB"]
OUTLOOK_ATT = ["X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator: ", "Content-Language: en-GB"]
TB = ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"]


def html_wrap(inner, outlook=True):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body>\n' + inner + '\n</body></html>\n')


def P(*paras):
    return "\n".join('<p class="MsoNormal">%s</p>' % p if p else '<p class="MsoNormal">&nbsp;</p>' for p in paras)


# ---------------------------------------------------------------- positives

def cp001():
    body = """Morning all,

My brother in law is a special constable over in Stoke and he sent this round last night. Worth knowing as most of us are on the road in the dark now the clocks have gone back. Please pass it on.

Marcus

*** POLICE WARNING - PLEASE READ AND PASS ON ***

If you are driving after dark and you see a car coming towards you with NO HEADLIGHTS ON, DO NOT FLASH YOUR LIGHTS AT IT!!

This is the new "lights out" initiation that gangs are using in the West Midlands and Staffordshire. New members have to drive round with their lights off and the FIRST car that flashes them becomes their target. They turn round, follow you home and attack you or your family to prove themselves to the gang.

Three people have already been hurt this month near Walsall and Cannock and the police are keeping it quiet so as not to cause panic.

This information has come from West Midlands Police and they are asking that it is sent to as many people as possible. Please pass this to EVERY DRIVER YOU KNOW - your partner, your kids, your mates, your work colleagues. Don't just delete it. If something happened to someone you know and you hadn't sent it on you would never forgive yourself.

Copy and send to everyone in your contacts.

-- 
""" + SIG_MARCUS + "\n"
    part = text_part(body, cte="7bit")
    to = ["assessors@" + ST]
    msg = message(A(MARCUS), ["Assessors <assessors@%s>" % ST], "FW: PLEASE READ - warning for anyone driving at night",
                  date(2024, 11, 4, 7, 42, 11), mid("cp001", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 1, "road-safety-myth", "plain", MARCUS[1], to, MARCUS[1],
        "Tutor forwards the no-headlights gang initiation myth to the assessor team, pass to every driver", msg)


def cp002():
    inner = P("Hi all,",
              "",
              "Our finance director has just sent this round to everyone at Brindley, please be careful and share it with your staff and learners too.",
              "",
              "Sandra",
              "",
              '<b><span style="color:red;font-size:14.0pt">URGENT FRAUD ALERT &#8211; PLEASE FORWARD</span></b>',
              "",
              "If you get an automated phone call saying it is from your bank&#8217;s fraud department and it asks you to <b>PRESS 9</b> to speak to an advisor, <b><u>DO NOT PRESS 9!!</u></b>",
              "",
              "Pressing 9 on your keypad gives the scammers a direct link into your bank account and also charges &#163;1,500 to your phone bill. Once you have pressed it there is nothing your bank can do to get the money back.",
              "",
              "This was on Midlands Today last night and Lloyds, Barclays, NatWest and HSBC have all confirmed it is happening. One lady in Tamworth lost her entire savings.",
              "",
              '<b>PLEASE FORWARD THIS TO EVERYONE IN YOUR CONTACTS &#8211; especially older relatives and neighbours. The more people who know, the fewer victims there will be.</b>',
              "",
              "Sandra Pike<br>HR &amp; Training Manager<br>Brindley Foods Ltd, Halesowen")
    h = html_wrap(inner)
    part = text_part(h, subtype="html", cte="quoted-printable")
    frm = ("Sandra Pike", "sandra.pike@brindleyfoods.example")
    rc = [GURP[1], "payroll@brindleyfoods.example", "j.owusu@example.com"]
    msg = message(A(frm), [A(GURP), "payroll@brindleyfoods.example", "j.owusu@example.com"],
                  "FW: URGENT - do NOT press 9 !!!", date(2025, 2, 12, 10, 5, 44),
                  mid("cp002", "brindleyfoods.example", "outlook"), part, extra=OUTLOOK)
    add("positive", 2, "bank-scam-hoax", "html", frm[1], rc, None,
        "Employer HR contact sends the 'press 9 and they empty your account' hoax, forward to everyone in contacts (HTML only)", msg)


def cp003():
    me = L("Chelsea", "Whitmore")
    body = ("omg read this it actually works!!! my auntie did it last month and won £200 on a "
            "scratchcard 2 days later 😳😳 just send it on its nothing to lose\n\n"
            "👼💷 This is the MONEY ANGEL 💷👼\n"
            "She has picked you today. Send her to 12 people in the next 24 hours and money will "
            "come to you by Friday!!\n"
            "Tracey from Dudley sent her to 12 people and got £3,000 from an old PPI claim she forgot about.\n"
            "Mark deleted her and his car failed its MOT the next morning.\n"
            "DON'T BREAK THE CHAIN 🙏🙏\n\n"
            "Sent from my iPhone\n")
    part = text_part(body, cte="quoted-printable")
    rcpts = [L("Amber", "Fox"), L("Jade", "Kaur", "jade.kaur2"), L("Mollie", "Haynes"),
             L("Destiny", "Oakes"), L("Leah", "Pritchard")]
    msg = message(A(me), [p[1] for p in rcpts], "Fwd: 👼 money angel", date(2025, 1, 23, 22, 14, 2),
                  mid("cp003", LS, "apple"), part, extra=iphone())
    add("positive", 3, "lucky-money-chain", "mobile", me[1], [p[1] for p in rcpts], me[1],
        "Hairdressing learner sends a 'money angel' chain from her phone: send to 12 in 24 hours or bad luck", msg)


def cp004():
    me = L("Patricia", "Osei")
    body = """Dear classmates,

My sister at church sent me this yesterday and I am sharing it with you all because we all need blessings with our Unit 7 assignments due next week. Please do not ignore it.

NOVENA TO SAINT JUDE

May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. Sacred Heart of Jesus, have mercy on us. Saint Jude, worker of miracles, pray for us. Saint Jude, helper of the hopeless, pray for us.

Say this prayer nine times a day. By the eighth day your prayer will be answered. It has never been known to fail.

You MUST send this prayer to 13 people within 9 days after you first read it. A lady in Leicester sent it on and her son got the apprenticeship he had been waiting for. A man who laughed at it and deleted it lost his job the same week. Do not break this chain, St Jude is watching.

God bless you all and see you on Thursday.

Patricia
Level 3 Health & Social Care (Thursday group)
"""
    part = text_part(body, cte="7bit", flowed=True)
    rc = [NADIA[1], "hsc-thursday@" + LS]
    msg = message(A(me), [A(NADIA), "HSC Thursday group <hsc-thursday@%s>" % LS],
                  "Prayer for all of us - please read", date(2025, 3, 3, 19, 31, 50),
                  mid("cp004", LS, "tb"), part, extra=TB)
    add("positive", 4, "religious-chain", "flowed", me[1], rc, me[1],
        "Adult learner sends a St Jude novena chain to her class list: send to 13 people or misfortune", msg)


def cp005():
    me = L("Jordan", "McIntyre")
    body = ("is this legit?? my mum says she got hers already so might as well share it lol\n\n"
            "🎉🎉 TESCO 100 YEARS CELEBRATION 🎉🎉\n\n"
            "To say THANK YOU for 100 years Tesco is giving away a £500 gift card to every household "
            "in the UK!!! 🛒🛒\n\n"
            "All you need to do is:\n"
            "1) Forward this email to 20 friends or family\n"
            "2) Click the link below and enter your details\n"
            "3) Your £500 card will arrive in 3-5 working days\n\n"
            "👉 tesco-100-years-giveaway.example/claim 👈\n\n"
            "HURRY only 1,000 cards left in your area!!! Share share share!!!\n\n"
            "Jordan\nL3 Business Admin apprentice @ Castlegate Motors\n")
    part = text_part(body, cte="quoted-printable")
    rc = [KERRY[1], "cohort-badmin-sept24@" + LS]
    msg = message(A(me), [A(KERRY), "cohort-badmin-sept24@" + LS], "FW: Tesco £500 giveaway 🎉",
                  date(2025, 4, 8, 12, 47, 9), mid("cp005", LS, "outlook"), part,
                  extra=OUTLOOK)
    add("positive", 5, "share-to-win", "qp", me[1], rc, me[1],
        "Business admin apprentice forwards a fake Tesco £500 voucher giveaway: forward to 20 friends", msg)


def cp006():
    frm = ("Gary Wenlock", "g.wenlock@wenlockhaulage.example")
    body = """Marcus / Gurpreet

Had this from one of our drivers, please pass on to your apprentices and anyone else who uses email.

Gary

********************************************
VIRUS WARNING \u2013 PLEASE PASS ON TO ALL YOUR CONTACTS!!!!
********************************************

In the next few days DO NOT open any email with an attachment called \u201cINVITATION\u201d or \u201cPOSTCARD FROM HALLMARK\u201d, no matter who sends it to you. It is a virus which opens an Olympic torch that burns the whole hard disc C: of your computer.

This virus will come from someone who has your email address in their contact list, which is why you must send this warning to ALL your contacts. It is better to receive this message 25 times than to receive the virus and open it.

If you receive a mail called \u201cINVITATION\u201d, even if sent by a friend, do not open it and shut down your computer immediately.

This is the worst virus announced by CNN, it has been classified by Microsoft as the most destructive virus ever. It was discovered yesterday afternoon by McAfee and there is no repair yet for this kind of virus. It simply destroys the Zero Sector of the hard disc where the vital information is kept.

SEND THIS EMAIL TO ALL YOUR FRIENDS AND CONTACTS \u2013 COPY IT AND SEND IT NOW!!!

Gary Wenlock
Transport Manager
Wenlock Haulage Ltd \u2013 Burton upon Trent
"""
    part = text_part(body, charset="windows-1252", cte="8bit")
    rc = [MARCUS[1], GURP[1]]
    msg = message(A(frm), [A(MARCUS), A(GURP)], "FW: VIRUS WARNING pass on to all contacts",
                  date(2024, 9, 19, 8, 3, 27), mid("cp006", "wenlockhaulage.example", "outlook"),
                  part, extra=OUTLOOK)
    add("positive", 6, "virus-hoax", "cp1252", frm[1], rc, None,
        "Employer transport manager sends the 'Invitation' Olympic-torch virus hoax, send to all contacts (windows-1252)", msg)


def cp007():
    body = """Hi everyone,

Not sure if this is true but better safe than sorry!! Takes 2 mins x

Kerry

-----

Dear Outlook / Microsoft 365 user,

Because of the huge number of inactive accounts on our servers, Microsoft will start charging \u00a32.99 a month from the 1st of next month for every mailbox that is not "active".

To show that your account is active you MUST forward this message to at least 15 people in your contact list. When you have done this your name will turn GREEN in Outlook and you will not be charged. If you do not forward it your account will be charged and deleted after 30 days.

This message comes from Satya, CEO of Microsoft. We are sorry for the inconvenience but this is the only way to keep the service free.

Please forward to 15 people NOW.
"""
    part = text_part(body, cte="base64")
    msg = message(A(KERRY), ["All Staff <allstaff@%s>" % ST], "FW: FW: Outlook will start charging - please forward!!",
                  date(2024, 10, 1, 9, 12, 40), mid("cp007", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 7, "email-charging-hoax", "base64", KERRY[1], ["allstaff@" + ST], KERRY[1],
        "Admin forwards to all staff the 'Outlook will charge inactive accounts unless you forward to 15' hoax (base64 body)", msg)


def cp008():
    me = L("Ryan", "Pugh")
    body = """Please read this its so sad and it only takes a second to send on

----

Hi, my name is Emma Caldwell and I live in Nuneaton. My 6 year old daughter Amelia was diagnosed with a rare brain tumour in the summer. The doctors at Birmingham Children's have done everything they can but the only treatment that will save her is in America and it costs over 400,000 pounds.

Cancer Research UK and BBC Children in Need have agreed to donate 10p towards Amelia's treatment for EVERY TIME this email is forwarded. They are using special software to count the emails so it must be forwarded, not copied.

Please, please don't delete this. It costs you nothing but it could save my little girl's life. Forward it to everyone in your address book and ask them to do the same.

Thank you from the bottom of my heart,
Emma (Amelia's mum)

x x x
"""
    part = text_part(body, cte="7bit", wrap=72)
    rc = [NADIA[1], "fs-english-l2-tue@" + LS]
    msg = message(A(me), [A(NADIA), "fs-english-l2-tue@" + LS], "FW: please help amelia",
                  date(2024, 11, 26, 16, 20, 5), mid("cp008", LS, "outlook"), part, extra=OUTLOOK)
    add("positive", 8, "sick-child-appeal", "wrapped", me[1], rc, me[1],
        "Functional skills learner forwards a fake sick-child appeal: charity pays 10p per forward (hard-wrapped)", msg)


def cp009():
    notice = ("I do not give Microsoft, Meta, Facebook, Instagram or any entity associated with them "
              "permission to use my pictures, information, messages or posts, past or future. By this "
              "statement I give notice to them that it is strictly forbidden to disclose, copy, distribute "
              "or take any other action against me based on this profile and/or its contents. The content "
              "of this profile is private and confidential information. Violation of privacy can be "
              "punished by law (UCC 1-308 - 1-308 1-103 and the Rome Statute).")
    note2 = ("NOTE: Meta is now a public entity. All members must post a note like this. If you prefer, "
             "you can copy and paste this version. If you do not publish a statement at least once, it "
             "will be tacitly allowing the use of your photos as well as the information in your status "
             "updates. DO NOT SHARE. You have to COPY AND PASTE.")
    txt = ("Hi all,\n\nSaw this on Facebook this morning and apparently it covers Microsoft 365 as well now "
           "the new terms start on Monday. Everyone in my family has done it. I've copied it below - "
           "might be worth pasting it into your email signature too just in case.\n\nHelen\n\n"
           + notice + "\n\n" + note2 + "\n\n-- \n" + SIG_HELEN + "\n")
    inner = P("Hi all,", "",
              "Saw this on Facebook this morning and apparently it covers Microsoft 365 as well now the new terms start on Monday. Everyone in my family has done it. I&#8217;ve copied it below &#8211; might be worth pasting it into your email signature too just in case.",
              "", "Helen", "",
              "<i>" + htmllib.escape(notice) + "</i>", "",
              "<b>" + htmllib.escape(note2) + "</b>", "",
              htmllib.escape(SIG_HELEN).replace("\n", "<br>"))
    b = bnd_ol("cp009")
    part = multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                     text_part(html_wrap(inner), subtype="html", cte="quoted-printable")], b)
    rc = ["adultlearning@" + ST]
    msg = message(A(HELEN), ["Adult Learning Team <adultlearning@%s>" % ST],
                  "Privacy notice - copy and paste (new terms Monday)", date(2025, 1, 9, 8, 55, 31),
                  mid("cp009", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 9, "privacy-notice-hoax", "alternative", HELEN[1], rc, HELEN[1],
        "Coordinator circulates the 'I do not give Meta/Microsoft permission' copy-and-paste notice to her team", msg)


def cp010():
    frm = ("Lorraine Bickley", "l.bickley@ashfordcare.example")
    body = """Kerry, can you put this round all your learners please, one of our carers in Walsall sent it. Heartbreaking.

Lorraine

---------- Forwarded message ---------
From: Donna Rigby <donnarigby1978@example.com>
Date: Sun, 16 Mar 2025 at 21:02
Subject: MISSING CHILD PLEASE SHARE
To: 

\u203c\ufe0f MISSING \u203c\ufe0f PLEASE SHARE \u203c\ufe0f

Lily-Mae, aged 7, went missing from outside the Asda in Walsall town centre at about 2pm today. She was wearing a pink puffer coat and leggings and has long blonde hair in two plaits.

Police have said the first 24 hours are critical and have asked everyone to share this as far and wide as they can. Please DO NOT delete this - copy it and forward it to everyone in your address book. Someone somewhere must have seen her.

Her mum is beside herself. Please share, it takes 2 seconds. If it was your child you would want everyone to share.

\U0001f64f\U0001f64f\U0001f64f
"""
    part = text_part(body, cte="quoted-printable")
    rc = [KERRY[1]]
    msg = message(A(frm), [A(KERRY)], "Fwd: MISSING CHILD PLEASE SHARE", date(2025, 3, 17, 7, 38, 0),
                  mid("cp010", "ashfordcare.example", "gmail"), part)
    add("positive", 10, "missing-child-hoax", "fwd-inline", frm[1], rc, None,
        "Care-home employer forwards an undated 'missing 7 year old, share with everyone' appeal to the bookings team", msg)


def cp011():
    me = L("Danielle", "Ferris")
    body = """Hi girls,

You know I don't normally do these things but this one is actually legit, my cousin in Derby has done 2 rounds and received her £400 both times.

It's called the BLESSING LOOM (some people call it the flower). It's NOT a pyramid scheme, it's a gifting circle between women supporting women. Gifts up to £3,000 are tax free so it's completely legal.

How it works:
- There are 15 places on the flower. 8 on the outside petals (fire), 4 in the middle (air), 2 inner (earth) and 1 in the centre (water).
- You join on the outside by gifting £50 to the lady in the centre.
- Every time 8 new ladies join, the flower splits and everyone moves in one row.
- When you reach the centre, you receive 8 x £50 = £400!!!

I've got 2 petals left on my flower so message me on WhatsApp if you want in. Then all you have to do is find 2 ladies yourself and send them this message. It only stops working if people break the circle so please don't leave anyone hanging.

Love and blessings
Danielle xx

(Beauty Therapy L2, Tuesday and Weds)
"""
    part = text_part(body, charset="iso-8859-1", cte="8bit")
    rcs = [L("Shannon", "Gill"), L("Roxanne", "Dale"), L("Aaliyah", "Brown", "aaliyah.brown3"), L("Georgia", "Lunt")]
    msg = message(A(me), [A(p) for p in rcs], "the blessing loom - read this before tues",
                  date(2025, 2, 2, 20, 41, 17), mid("cp011", LS, "tb"), part, extra=TB)
    add("positive", 11, "gift-circle", "latin1", me[1], [p[1] for p in rcs], me[1],
        "Beauty learner recruits classmates into a 'blessing loom' gifting circle, find 2 more and send on (iso-8859-1)", msg)


def cp012():
    me = L("Marcia", "Brown")
    inner_body = """Dear Sister,

You have been INVITED to the Abundance Dinner.

The Abundance Dinner is a private circle of women who believe in lifting each other up. Our table is made of 15 plates:

  8 x Appetiser
  4 x Soup
  2 x Salad
  1 x Dessert

To take your seat at the Appetiser course, you bring a gift of GBP 1,000 to the lady who is sitting at Dessert. When all 8 Appetiser plates are filled, the table splits in two and everyone moves up a course. When you reach Dessert, you receive 8 gifts - that's GBP 8,000 - to spend however you wish.

All you have to do after you take your seat is invite 2 women you trust to the table, and forward this invitation to every woman you know who deserves abundance. The dinner only works while the invitations keep moving so please don't let this stop with you.

This is a gift, not an investment. Nobody is selling anything.

With love,
The Sisters of Abundance
"""
    inner = message(addr("Sisters of Abundance", "abundance.circle@example.net"),
                    ["undisclosed-recipients:;"], "You are invited to the Abundance Dinner",
                    date(2025, 5, 10, 11, 2, 0), mid("cp012i", "example.net", "gmail"),
                    text_part(inner_body, cte="7bit"))
    note = """Hi Nadia and ladies,

I've attached an email a friend from church sent me. I have taken a seat already and I've only got one place to fill on my side. Let me know on Thursday if you want in, and send it on to any women you know who would want it.

Marcia
"""
    part = multipart("mixed", [text_part(note, cte="7bit"), rfc822_part(inner, "You are invited to the Abundance Dinner.eml")],
                     bnd("cp012"))
    rcs = [NADIA[1], "esol-e3-thursday@" + LS]
    msg = message(A(me), [A(NADIA), "esol-e3-thursday@" + LS], "Fw: You are invited to the Abundance Dinner",
                  date(2025, 5, 11, 9, 16, 44), mid("cp012", LS, "plain"), part,
                  extra=["X-Mailer: Microsoft Outlook 16.0"])
    add("positive", 12, "gift-circle", "fwd-rfc822", me[1], rcs, me[1],
        "ESOL learner forwards, as an attached message, an 'Abundance Dinner' £1,000 gifting pyramid invitation", msg)


def cp013():
    body = """Cheers Marcus, never heard of this one. Sent it to the missus and the lads at football. Everyone pass it on!!

Shaun

-----Original Message-----
From: Marcus Thorne <m.thorne@school.example>
Sent: 21 January 2025 08:12
To: Assessors <assessors@school.example>; Gurpreet Sahota <g.sahota@school.example>
Subject: NEW CARJACKING TRICK - pass to every driver

> Morning, one for all of you on the A38 / M6 going out to employers.
>
> NEW CARJACKING TRICK - PLEASE READ
>
> If you are driving at night and eggs are thrown at your windscreen, DO
> NOT put your wipers on and DO NOT spray any water. Egg mixed with water
> turns milky and blocks your vision by up to 92.5%. You are then forced
> to pull over onto the hard shoulder and you become the next victim.
>
> This is the new technique gangs are using on the A38, the M6 toll and
> the M42. The police have asked for this to be circulated to all
> drivers.
>
> Please inform your family and friends. FORWARD THIS TO EVERY DRIVER YOU
> KNOW. You might save someone's life.
>
> Marcus
"""
    part = text_part(body, cte="7bit")
    rcs = [MARCUS[1], "assessors@" + ST, GURP[1]]
    msg = message(A(SHAUN), [A(MARCUS), "Assessors <assessors@%s>" % ST, A(GURP)],
                  "RE: NEW CARJACKING TRICK - pass to every driver", date(2025, 1, 21, 8, 40, 3),
                  mid("cp013", ST, "outlook"), part, extra=OUTLOOK,
                  in_reply_to=mid("cp013o", ST, "outlook"), references=mid("cp013o", ST, "outlook"))
    add("positive", 13, "road-safety-myth", "reply-quoted", SHAUN[1], rcs, SHAUN[1],
        "Reply-all that endorses and re-circulates the quoted 'eggs on your windscreen' carjacking myth", msg)


def cp014():
    me = L("Tyrone", "Bailey")
    rows = [["WHEEL OF DREAMS - BOARD 14", "", ""],
            ["", "", ""],
            ["POSITION", "NAME", "STATUS"],
            ["DREAMER (centre) - receives", "Dev P", "waiting for 8 gifts"],
            ["ROW 2", "Tyrone B", "gifted"],
            ["ROW 2", "Sukh", "gifted"],
            ["ROW 3", "Kieran", "gifted"],
            ["ROW 3", "Macca", "gifted"],
            ["ROW 3", "Jamal", "gifted"],
            ["ROW 3", "Lewis W", "gifted"],
            ["ROW 4 (new)", "YOUR NAME HERE", "open"],
            ["ROW 4 (new)", "YOUR NAME HERE", "open"],
            ["ROW 4 (new)", "YOUR NAME HERE", "open"],
            ["ROW 4 (new)", "YOUR NAME HERE", "open"],
            ["", "", ""],
            ["HOW IT WORKS", "", ""],
            ["1. Gift \u00a3150 to the DREAMER in the centre (bank transfer, ask for details)", "", ""],
            ["2. Put your name on the next free ROW 4 slot", "", ""],
            ["3. Send this sheet to 2 mates who want to make money", "", ""],
            ["4. When ROW 4 is full the wheel splits and you move up", "", ""],
            ["5. When you reach the centre you get 8 x \u00a3150 = \u00a31,200", "", ""],
            ["DO NOT BREAK THE WHEEL - if it stops everyone loses", "", ""]]
    x = make_xlsx(rows, "Board 14")
    body = ("lads this is the board for the thing I was on about in the canteen. put your name down in "
            "a row 4 slot and send it to 2 mates, when it fills up you move up and when you hit the "
            "middle you get 1200 quid. im already on row 2. dont leave it too long\n\nTy\n")
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(x, XLSX_CT, "wheel of dreams board 14.xlsx")],
                     bnd_gm("cp014"))
    rcs = [L("Callum", "Whitehouse"), L("Reece", "Mander"), L("Josh", "Bevan", "josh.bevan07")]
    msg = message(A(me), [p[1] for p in rcs], "the wheel", date(2024, 10, 17, 13, 2, 55),
                  mid("cp014", LS, "gmail"), part)
    add("positive", 14, "pyramid-scheme", "attach-xlsx", me[1], [p[1] for p in rcs], me[1],
        "Engineering apprentice sends a 'wheel of dreams' gifting board spreadsheet: add your name, send to 2 mates", msg)


def cp015():
    me = L("Kieran", "Doherty")
    body = """With love all things are possible.

This letter has been sent to you for good luck. The original copy is kept in New England. It has now been around the world nine times and the luck has been passed on to you. You will receive good luck within four days of getting this letter - PROVIDED that you send it on. This is not a joke. You will receive it in the post or by email.

Do not send money, fate has no price. Do not keep this letter. It has to leave your hands within 96 hours.

An RAF officer received 470,000 pounds. Joe Elliott won 40,000 and then lost it all because he broke the chain. While he was working abroad, Gene Welch lost his wife six days after getting this letter because he did not send it on. Before she died she had received 7,755 pounds.

Please send 20 copies and see what happens in four days. The chain comes from Venezuela and was written by Saul Anthony de Groof, a missionary from South America. Since the copies must go round the world you must make 20 copies and send them to your friends and colleagues. After a few days you will get a surprise. This is true even if you are not superstitious.

Note the following: Constantine Dias received the chain in 1953. He asked his secretary to make 20 copies and send them out. A few days later he won the lottery. Carlo Daddit, an office worker, received the letter and forgot it had to leave his hands within 96 hours. He lost his job. Later, after finding the letter again, he sent 20 copies. A few days later he got a better job.

Do not ignore this. It works.
"""
    part = text_part(body, cte="7bit")
    rcs = [L("Liam", "Brennan"), L("Owen", "Slater"), L("Ethan", "Coley"), MARCUS]
    msg = message(A(me), [A(p) for p in rcs], "FW: FW: FW: good luck (96 hours)",
                  date(2024, 12, 2, 11, 30, 14), mid("cp015", LS, "outlook"), part, extra=OUTLOOK)
    add("positive", 15, "good-luck-chain", "plain", me[1], [p[1] for p in rcs], me[1],
        "Apprentice forwards the classic 'been round the world nine times, send 20 copies in 96 hours' luck/curse chain", msg)


def cp016():
    frm = ("Kev Oldham", "kevin.oldham@example.net")
    inner = ('<div dir="ltr"><p>Dear friends,</p>'
             '<p>Please do not think this is a junk letter! Bill Gates is sharing his fortune and if you ignore this you will regret it later.</p>'
             '<p>Microsoft is running a test of its new Copilot email tracking system. When you forward this email to your friends, Microsoft can and will track it (if you use Outlook or Windows) for a <b>two week</b> period.</p>'
             '<p>For every person you forward this email to, Microsoft will pay you <b>&#163;190</b>. For every person that you sent it to that forwards it on, Microsoft will pay you &#163;95, and for every third person that receives it you will be paid &#163;45. Within two weeks Microsoft will contact you for your address and then send you a cheque.</p>'
             '<p>I thought this was a scam myself, but two weeks after forwarding this my brother-in-law in Redditch got a cheque for &#163;4,300. It really works!!</p>'
             '<p><b><span style="color:#1F4E79">FORWARD THIS TO AS MANY PEOPLE AS YOU CAN. YOU HAVE NOTHING TO LOSE.</span></b></p>'
             '<p>Kev</p></div>')
    part = text_part(html_wrap(inner.replace("</p>", "</p>\n"), outlook=False), subtype="html", cte="7bit")
    rcs = [TARIQ[1], "dave.oldham@example.org", "kirsty.m@example.com"]
    msg = message(A(frm), [A(TARIQ), "dave.oldham@example.org", "kirsty.m@example.com"],
                  "Fwd: Fw: Microsoft pays for forwarding - THIS IS REAL", date(2025, 6, 14, 18, 9, 40),
                  mid("cp016", "example.net", "gmail"), part)
    add("positive", 16, "forward-for-money", "html", frm[1], rcs, None,
        "Outsider sends tutor the 'Microsoft/Bill Gates pays you per forward' hoax (HTML only)", msg)


def cp017():
    txt = """Girls - Claire in payroll got hers yesterday!!! Worth a go x

Bev

--------
ASDA REWARDS - CELEBRATING OUR NEW APP

To celebrate the launch of the new Asda Rewards app, Asda are giving away 5,000 vouchers worth £250 each!

To enter:
  1. Forward this email to 10 friends
  2. Click CLAIM below and enter the code ASDA250
  3. Your voucher will be loaded onto your Asda Rewards account

You MUST forward before midnight on Sunday or your code will expire. Only one voucher per household.

>> CLAIM MY £250 VOUCHER <<
"""
    html = html_wrap(P("Girls &#8211; Claire in payroll got hers yesterday!!! Worth a go x", "", "Bev", "",
                       '<span style="color:#78BE20;font-size:16.0pt"><b>ASDA REWARDS &#8211; CELEBRATING OUR NEW APP</b></span>',
                       "To celebrate the launch of the new Asda Rewards app, Asda are giving away 5,000 vouchers worth <b>&#163;250</b> each!",
                       "To enter:",
                       "1. Forward this email to <b>10 friends</b><br>2. Click CLAIM below and enter the code ASDA250<br>3. Your voucher will be loaded onto your Asda Rewards account",
                       "<b>You MUST forward before midnight on Sunday or your code will expire.</b> Only one voucher per household.",
                       '<a href="http://asda-rewards-250.example/claim">&gt;&gt; CLAIM MY &#163;250 VOUCHER &lt;&lt;</a>'))
    part = multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                     text_part(html, subtype="html", cte="quoted-printable")], bnd_ol("cp017"))
    rcs = [KERRY[1], JO[1], "a.coley@" + ST]
    msg = message(A(BEV), [A(KERRY), A(JO), "Amanda Coley <a.coley@%s>" % ST], "FW: £250 Asda voucher - forward by Sunday!!",
                  date(2025, 5, 29, 14, 25, 0), mid("cp017", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 17, "share-to-win", "alternative", BEV[1], rcs, BEV[1],
        "Finance officer passes round a fake Asda £250 voucher: forward to 10 friends before Sunday", msg)


def cp018():
    frm = ("Angela Moss", "angela.moss@trentsideengineering.example")
    body = """Hi,

We\u2019ve sent this round to all our staff and I thought your assessors would want it as they\u2019re in their cars so much. Please share.

Angela Moss
HR Advisor \u2013 Trentside Engineering, Long Eaton

__________________________________________

PLEASE READ \u2013 DON\u2019T DRINK WATER FROM BOTTLES LEFT IN THE CAR!

A nurse at the Queen\u2019s Medical Centre has told us that leaving bottles of water in a hot car is one of the main causes of breast cancer. When the plastic heats up it releases DIOXIN into the water, which is highly poisonous and causes cancer. The same happens if you freeze water in plastic bottles.

Sheryl Crow has said her oncologist told her this was the cause of her cancer. The same warning has now been confirmed by Johns Hopkins and the NHS.

Use stainless steel or glass bottles instead.

Information like this needs to be passed on. Please send this to EVERYONE you care about \u2013 your wife, your mum, your daughters, your friends. Don\u2019t let it stop with you.
"""
    part = text_part(body, charset="windows-1252", cte="quoted-printable")
    rcs = [GURP[1], SHAUN[1], MARCUS[1]]
    msg = message(A(frm), [A(GURP), A(SHAUN), A(MARCUS)], "FW: Please read - water bottles in cars",
                  date(2024, 7, 11, 13, 51, 26), mid("cp018", "trentsideengineering.example", "outlook"), part,
                  extra=OUTLOOK)
    add("positive", 18, "health-hoax", "cp1252", frm[1], rcs, None,
        "Employer HR sends the 'dioxin in water bottles left in the car' cancer hoax, send to everyone you care about (cp1252 QP)", msg)


def cp019():
    me = L("Kamal", "Rashid")
    body = """Thought this was worth knowing!!!

If you are ever forced by a robber to take money out of a cash machine, DON'T argue or resist. Just put your PIN in BACKWARDS. So if your PIN is 1254 you type 4521.

The machine will still give you the money like normal, but it will also send a silent alarm to the police who will come straight to the machine without the robber knowing.

Every cash machine in the UK has this feature built in but the banks don't advertise it. It was on Crimewatch.

Please pass this on to everyone you know - it could save someone's life one day.

Kamal
(Level 2 Warehousing, Tues group)
"""
    part = text_part(body, cte="7bit", flowed=True)
    rcs = ["warehousing-l2@" + LS, SHAUN[1]]
    msg = message(A(me), ["warehousing-l2@" + LS, A(SHAUN)], "useful to know (cash machines)",
                  date(2025, 6, 3, 21, 7, 2), mid("cp019", LS, "apple"), part,
                  extra=["X-Mailer: Apple Mail (2.3774.600.62)"])
    add("positive", 19, "urban-legend", "flowed", me[1], rcs, me[1],
        "Warehousing learner circulates the 'enter your PIN backwards to call the police' legend, pass to everyone (flowed)", msg)


def cp020():
    me = L("Ellie-Mae", "Turner", "elliemae.turner")
    body = ("send this to 10 ppl u love including me 💕💕 if u get 3 back ur loved, 5 ur really loved, "
            "10 ur the best friend anyone could have!! 🥰\n"
            "if u break the chain u will have bad luck in love for 7 years 😭😭\n"
            "lol just send it x\n\n"
            "Sent from my iPhone\n")
    part = text_part(body, cte="quoted-printable")
    rcs = [L("Kacey", "Morris"), L("Lacey", "Edwards"), L("Ruby", "Nash"), L("Evie", "Partridge"),
           L("Holly", "Brook"), L("Maisie", "Craddock"), L("Tia", "Grant")]
    msg = message(A(me), [p[1] for p in rcs], "💕💕💕", date(2024, 11, 15, 23, 48, 30),
                  mid("cp020", LS, "apple"), part, extra=iphone())
    add("positive", 20, "friendship-chain", "mobile", me[1], [p[1] for p in rcs], me[1],
        "16-year-old childcare apprentice sends a 'send to 10 you love or bad luck in love' friendship chain from her phone", msg)


def cp021():
    body = """Sending this to you all as I think we could all do with an angel at the moment xx

\U0001f47c This is a very powerful angel \U0001f47c

Your guardian angel has been watching over you and has chosen today to send you a message. Whatever you are worrying about, it will be taken care of.

Within the next 7 MINUTES send this to 7 people and tomorrow you will receive the best news you have had all year. Do not ignore this. The angel was sent to you for a reason and breaking the chain means turning your back on your blessing.

Amen \U0001f64f

Jo
"""
    part = text_part(body, cte="quoted-printable")
    rcs = [DAWN[1], BEV[1], KERRY[1], LISA[1], HELEN[1], "a.coley@" + ST, "p.rowley@" + ST]
    msg = message(A(JO), [A(DAWN), A(BEV), A(KERRY), A(LISA), A(HELEN), "a.coley@" + ST, "p.rowley@" + ST],
                  "For you x", date(2025, 3, 14, 12, 3, 18), mid("cp021", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 21, "prayer-chain", "qp", JO[1], rcs, JO[1],
        "HR officer sends colleagues a guardian-angel chain: send to 7 people within 7 minutes (QP)", msg)


def cp022():
    frm = ("Phil Gresley", "phil.gresley@gresleyjoinery.example")
    body = """Marcus,

For your info and pass it round to your lads on the scheme.

Phil

> I received a call yesterday from someone saying they were a BT engineer checking the lines in our area. He asked me to press 9, 0, # and then hang up. Luckily I was suspicious and refused.
>
> Apparently by pressing 90# you give the caller full access to your phone line. They can then make international and premium calls that are all charged to your bill. BT and the police have confirmed this is happening all over the West Midlands at the moment, to homes and businesses.
>
> DO NOT PRESS 90# FOR ANYONE!!
>
> PLEASE PASS THIS ON TO EVERYONE YOU KNOW.

Phil Gresley
Gresley Joinery Ltd, Kidderminster
"""
    part = text_part(body, cte="7bit", wrap=74)
    msg = message(A(frm), [A(MARCUS)], "FW: phone scam - please pass on", date(2024, 8, 28, 16, 30, 49),
                  mid("cp022", "gresleyjoinery.example", "plain"), part,
                  extra=["X-Mailer: Microsoft Outlook 16.0"])
    add("positive", 22, "phone-scam-hoax", "wrapped", frm[1], [MARCUS[1]], None,
        "Employer forwards the '90# gives scammers your phone line' hoax asking tutor to pass it on (hard-wrapped quoting)", msg)


def cp023():
    me = L("Sophie", "Kelsall")
    body = """APPRENTICE PAY PETITION \u2013 PLEASE ADD YOUR NAME AND SEND ON

The government is planning to CUT the apprentice minimum wage again and let employers pay first year apprentices less than \u00a35 an hour. We need to show them we won't accept it!!

Copy and paste this whole email into a new one, add your name and town to the bottom of the list and send it on to everyone you know. PLEASE DON'T just forward it, copy and paste it so the list stays together.

When the list reaches 500 names, whoever is number 500 please email it to the Department for Education so it gets read out in Parliament.

If you just delete it, it doesn't count. Don't break the chain!!

1. Lucy Harrington, Stafford
2. Bradley Moore, Stafford
3. Kayleigh Moss, Rugeley
4. Amir Khan, Walsall
5. Jess Baxter, Burntwood
6. Connor Price, Lichfield
7. Sophie Kelsall, Cannock
8.
"""
    part = text_part(body, cte="base64")
    rcs = ["cohort-childcare-jan25@" + LS, "cohort-badmin-sept24@" + LS, HELEN[1], KERRY[1]]
    msg = message(A(me), rcs, "PETITION add your name and send on!!!", date(2025, 2, 19, 15, 52, 7),
                  mid("cp023", LS, "outlook"), part, extra=OUTLOOK)
    add("positive", 23, "chain-petition", "base64", me[1], rcs, me[1],
        "Apprentice mass-mails a copy-and-paste 'add your name, send on, number 500 emails it to DfE' petition (base64)", msg)


def cp024():
    inner = P("Hi all,", "",
              "Thought this was worth sharing with your drivers before the summer holidays &#8211; a lot of our apprentices drive to work now.",
              "",
              '<b>NEW DRIVING RULES &#8211; FLIP FLOPS</b>',
              "From next month the police can give you a <b>&#163;5,000 fine and 9 penalty points</b> for driving in flip flops, sliders, high heels or barefoot. It comes in under the new Highway Code rules and the cameras on the motorways will be able to see your feet.",
              "Most people have no idea this is changing. <b>Pass this to every driver you know</b> &#8211; your staff, your family, your kids who&#8217;ve just passed their test. Please share before the holidays!",
              "",
              "Kind regards,", "",
              htmllib.escape(SIG_MARCUS).replace("\n", "<br>"))
    part = text_part(html_wrap(inner), subtype="html", cte="quoted-printable")
    rcs = ["angela.moss@trentsideengineering.example", "phil.gresley@gresleyjoinery.example",
           "g.wenlock@wenlockhaulage.example", "assessors@" + ST]
    msg = message(A(MARCUS), ["Angela Moss <angela.moss@trentsideengineering.example>",
                              "Phil Gresley <phil.gresley@gresleyjoinery.example>",
                              "Gary Wenlock <g.wenlock@wenlockhaulage.example>"],
                  "Flip flop driving fines - please share", date(2025, 7, 2, 9, 44, 10),
                  mid("cp024", ST, "outlook"), part, cc=["Assessors <assessors@%s>" % ST], extra=OUTLOOK)
    add("positive", 24, "road-safety-myth", "html", MARCUS[1], rcs, MARCUS[1],
        "Tutor sends employer contacts the '£5,000 flip-flop driving fine' myth, pass to every driver (HTML only, outbound)", msg)


def cp025():
    me = L("Sharon", "Doyle")
    body = """Ladies please read, my friend from work sent me this and it's frightening.

A man or woman comes up to you in the car park at Merry Hill or at the petrol station on the Birmingham New Road and offers to sell you perfume at a cheap price - £10 for a big bottle of designer stuff. They ask you to smell a sample first.

DON'T. It is NOT perfume, it is ether. You pass out within seconds and they take your purse, your car keys and your car, or worse.

This has happened to two women in Dudley this month and it was on the local news.

Please forward this to every woman you know - your mum, your sisters, your daughters, your friends at work. It might save someone's life.

Sharon x
(Customer Service L2, Monday evenings)
"""
    part = text_part(body, charset="iso-8859-1", cte="quoted-printable")
    rcs = [L("Tina", "Mansell"), L("Michelle", "Round"), L("Paula", "Jeavons"), L("Ayesha", "Begum", "ayesha.begum4")]
    msg = message(A(me), [A(p) for p in rcs], "ladies PLEASE READ - perfume samples", date(2024, 10, 8, 18, 2, 33),
                  mid("cp025", LS, "tb"), part, extra=TB)
    add("positive", 25, "urban-legend", "latin1", me[1], [p[1] for p in rcs], me[1],
        "Evening-class learner spreads the 'perfume sample is ether' car-park legend to every woman she knows (iso-8859-1 QP)", msg)


def cp026():
    inner_body = """Please tell all the contacts in your list not to accept any email, Teams chat or friend request from JAYDEN K SMITH. He is a hacker and has the system connected to your account. If one of your contacts accepts it, you will also be hacked, so make sure ALL your friends and colleagues know.

Thanks. Forwarded as received.

Hold your finger down on the message or click forward and send it to everyone on your list.
"""
    inner = message(addr("Julie Dunmore", "julie.dunmore62@example.com"), [A(HELEN)],
                    "Fw: Warning!!", date(2025, 4, 27, 20, 11, 0), mid("cp026i", "example.com", "gmail"),
                    text_part(inner_body, cte="7bit"))
    note = "Please see attached from my sister, she works for the council. Don't accept anything from this person on Teams or email!!!\n\nH\n\n-- \n" + SIG_HELEN + "\n"
    part = multipart("mixed", [text_part(note, cte="7bit"), rfc822_part(inner, "Warning!!.eml")], bnd_ol("cp026"))
    rcs = ["tutors@" + ST]
    msg = message(A(HELEN), ["All Tutors <tutors@%s>" % ST], "FW: Warning!! - do not accept", date(2025, 4, 28, 8, 2, 19),
                  mid("cp026", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 26, "hacker-hoax", "fwd-rfc822", HELEN[1], rcs, HELEN[1],
        "Coordinator forwards as an attachment the 'Jayden K Smith is a hacker, tell all your contacts' hoax to all tutors", msg)


def cp027():
    frm = ("Nicky Starr", "nicky.b.starr@example.com")
    csv = ("EIGHT QUEENS CIRCLE - BOARD 3 (Midlands),,,\r\n"
           "Level,Role,Name,Gift sent\r\n"
           "1,Queen (receives),Bernie,\r\n"
           "2,Princess,Nicky S,yes\r\n"
           "2,Princess,Carol,yes\r\n"
           "3,Lady,Danielle F,yes\r\n"
           "3,Lady,Jas,yes\r\n"
           "3,Lady,Mo,yes\r\n"
           "3,Lady,Shell,yes\r\n"
           "4,Starter,,\r\n4,Starter,,\r\n4,Starter,,\r\n4,Starter,,\r\n"
           "4,Starter,,\r\n4,Starter,,\r\n4,Starter,,\r\n4,Starter,,\r\n"
           ",,,\r\n"
           "RULES,,,\r\n"
           "1. Starters gift \u00a3100 to the Queen on the day you join,,,\r\n"
           "2. Each starter must bring in 2 new ladies and pass this board on to them,,,\r\n"
           "3. When all 8 starter places fill the board splits and everybody moves up,,,\r\n"
           "4. Queen receives 8 x \u00a3100 = \u00a3800 and leaves the board,,,\r\n"
           "\"Gifting, not selling. Keep it moving, do not let the board die with you\",,,\r\n")
    body = """Hiya ladies!

Danielle said you might be interested so here's the board for our circle. 8 starter spaces left on board 3. Have a look at the rules at the bottom of the sheet, it's really simple.

Once you're on, forward this email and the board to at least 2 ladies you trust. If everybody does their 2 we split within a fortnight.

Gifting not selling! xx

Nicky
"""
    part = multipart("mixed", [text_part(body, cte="7bit"),
                               text_attach(csv, "board3_midlands.csv", subtype="csv", charset="utf-8")],
                     bnd_gm("cp027"))
    rcs = [L("Danielle", "Ferris")[1], L("Shannon", "Gill")[1], L("Georgia", "Lunt")[1]]
    msg = message(A(frm), rcs, "Board 3 - spaces left!!", date(2025, 2, 5, 19, 20, 12),
                  mid("cp027", "example.com", "gmail"), part)
    add("positive", 27, "gift-circle", "attach-csv", frm[1], rcs, None,
        "Outsider sends learners an 'Eight Queens' gifting board as CSV: gift £100, pass board on to 2 ladies", msg)


def cp028():
    d = make_docx([("h", "THE ANGEL OF LUCK"),
                   "This Angel of Luck has been sent to you. She has been to every continent and now she has reached your desk.",
                   "Within 9 days of receiving her, make 20 copies and pass them to colleagues and friends you think need a bit of luck. Do not send money - luck has no price.",
                   "Constance from Coventry made her 20 copies on the office photocopier and won \u00a312,000 on the Lotto the following Saturday.",
                   "Carlos, a warehouse supervisor, put her in his drawer and forgot about her. Within the week he lost his job. When he found her again he made his 20 copies and was offered a better position three days later.",
                   "Do not keep this Angel. Do not throw her away. She must leave your hands within 9 days.",
                   "PASS HER ON."],
                  title="Angel of Luck", author="kwalton")
    body = "Bit of fun for a Friday - print it off and pass it round your teams! You've got 9 days ;-)\n\n" + SIG_KERRY + "\n"
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(d, DOCX_CT, "Angel of Luck.docx")], bnd_ol("cp028"))
    rcs = ["admin-team@" + ST, BEV[1], JO[1]]
    msg = message(A(KERRY), ["Admin Team <admin-team@%s>" % ST, A(BEV), A(JO)], "Angel of Luck :-)",
                  date(2024, 9, 13, 10, 16, 0), mid("cp028", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 28, "good-luck-chain", "attach-docx", KERRY[1], rcs, KERRY[1],
        "Admin sends an 'Angel of Luck' docx to be printed and passed to 20 colleagues within 9 days", msg)


def cp029():
    me = L("Bradley", "Moore")
    txt = """*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*
      SANTA'S LUCKY CHRISTMAS CHAIN
*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*~*

Ho ho ho! One of Santa's elves has picked YOU.

Send this to 12 friends before the 12th day of Christmas and Santa will bring you the thing you wished for most this year.

Send it to 6 and you'll get a nice surprise.
Send it to 1 and you'll get socks.
Send it to NOBODY and you get coal, no presents, and bad luck all through next year.

Santa is watching. Don't break the chain!!!

Merry Christmas xx
"""
    body = "merry xmas everyone!!! dont break it lol\n\nBrad\n"
    part = multipart("mixed", [text_part(body, cte="7bit"),
                               text_attach(txt, "Santas lucky chain.txt", cte="7bit")], bnd_gm("cp029"))
    rcs = ["cohort-childcare-jan25@" + LS, HELEN[1]]
    msg = message(A(me), rcs, "santa's lucky chain 🎅", date(2024, 12, 12, 17, 33, 41), mid("cp029", LS, "gmail"), part)
    add("positive", 29, "good-luck-chain", "attach-txt", me[1], rcs, me[1],
        "Apprentice emails his cohort a Christmas chain as a .txt: send to 12 friends or get coal and bad luck", msg)


def cp030():
    frm = ("Reg Stanton", "reg@stantonlandscapes.example")
    w = """WARNING - PLEASE READ AND PASS ON

If you receive a video on WhatsApp, Teams or email called "MARTINELLI" or "Dance of the Pope", DO NOT OPEN IT. It hacks your phone in 10 seconds and it cannot be stopped in any way.

Also if you get a message saying WhatsApp/Outlook is going to start charging, or a message called "Argentina is doing it", do not open it.

This was announced on the radio today. IT departments at big companies have confirmed it.

PASS THIS INFORMATION ON TO YOUR FAMILY, FRIENDS AND ALL YOUR STAFF. SEND IT TO EVERYONE IN YOUR CONTACTS!!
"""
    z = make_zip([("IMPORTANT - READ AND PASS ON/Warning.txt", w.replace("\n", "\r\n")),
                  ("IMPORTANT - READ AND PASS ON/Warning.docx",
                   make_docx([("h", "WARNING - PLEASE READ AND PASS ON")] + [p for p in w.split("\n\n")[1:]],
                             title="Warning", author="Reg"))], dt=(2025, 1, 30, 7, 50, 0))
    body = "Hello,\n\nPlease read the attached it is very important, send to all your staff and learners.\n\nRegards\nReg Stanton\nStanton Landscapes\n"
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(z, "application/x-zip-compressed", "IMPORTANT_READ_AND_PASS_ON.zip")],
                     bnd("cp030"))
    rcs = [GURP[1], "info@" + ST]
    msg = message(A(frm), [A(GURP), "info@" + ST], "IMPORTANT - READ AND PASS ON", date(2025, 1, 30, 7, 58, 12),
                  mid("cp030", "stantonlandscapes.example", "plain"), part, extra=["X-Mailer: Microsoft Outlook 16.0"])
    add("positive", 30, "virus-hoax", "zip", frm[1], rcs, None,
        "Landscaping employer sends a zip containing the 'Martinelli video' WhatsApp virus hoax to pass to all staff and learners", msg)


# ---------------------------------------------------------------- negatives

def cn001():
    txt = """Dear employer partners,

Welcome to the spring edition of the Heartland employer update.

NEW: LEVEL 3 MAINTENANCE AND OPERATIONS ENGINEERING TECHNICIAN
We have been approved to deliver the revised Level 3 standard from September. The new version has a shorter knowledge module and the end-point assessment now includes a structured discussion instead of the old workplace project. If you currently have Level 2 apprentices approaching completion, this could be their next step.

Please pass this update on to your line managers and to any apprentices at your site who might be interested - we are running two open evenings at the Wolverhampton centre on 14 and 22 May, 5.30-7.30pm. Apprentices are welcome to bring a parent or partner.

OFF-THE-JOB TRAINING LOGS
A reminder that from this term all off-the-job hours should be logged on the portal by the apprentice and signed off by the line manager each month. Your assessor can show you how.

FUNDING UPDATE
Co-investment for non-levy employers stays at 5% for apprentices aged 22 and over. Apprentices aged 16-21 remain fully funded for small employers.

If you have any questions please get in touch with your account manager or reply to this email.

Kind regards

Dawn Fellows
Funding & Compliance Manager
Heartland Skills & Training
"""
    html = html_wrap(P("Dear employer partners,", "", "Welcome to the spring edition of the Heartland employer update.", "",
                       "<b>NEW: LEVEL 3 MAINTENANCE AND OPERATIONS ENGINEERING TECHNICIAN</b>",
                       "We have been approved to deliver the revised Level 3 standard from September. The new version has a shorter knowledge module and the end-point assessment now includes a structured discussion instead of the old workplace project. If you currently have Level 2 apprentices approaching completion, this could be their next step.",
                       "", "Please pass this update on to your line managers and to any apprentices at your site who might be interested &#8211; we are running two open evenings at the Wolverhampton centre on 14 and 22 May, 5.30&#8211;7.30pm. Apprentices are welcome to bring a parent or partner.",
                       "", "<b>OFF-THE-JOB TRAINING LOGS</b>",
                       "A reminder that from this term all off-the-job hours should be logged on the portal by the apprentice and signed off by the line manager each month. Your assessor can show you how.",
                       "", "<b>FUNDING UPDATE</b>",
                       "Co-investment for non-levy employers stays at 5% for apprentices aged 22 and over. Apprentices aged 16&#8211;21 remain fully funded for small employers.",
                       "", "If you have any questions please get in touch with your account manager or reply to this email.",
                       "", "Kind regards", "", "Dawn Fellows<br>Funding &amp; Compliance Manager<br>Heartland Skills &amp; Training"))
    part = multipart("alternative", [text_part(txt, cte="7bit"), text_part(html, subtype="html", cte="quoted-printable")],
                     bnd_ol("cn001"))
    rcs = ["employer-partners@" + ST]
    msg = message(A(DAWN), ["Employer partners <employer-partners@%s>" % ST], "Heartland employer update - spring",
                  date(2025, 4, 15, 11, 0, 0), mid("cn001", ST, "outlook"), part,
                  extra=OUTLOOK)
    add("negative", 1, "employer-newsletter", "alternative", DAWN[1], rcs, DAWN[1],
        "Employer bulletin asking partners to pass details of a new standard and open evenings on to apprentices", msg)


def cn002():
    body = """Hi all,

Several of you have received an email this morning that looks like a DocuSign notice, subject "Completed: Heartland - Q3 pay adjustment - please review". It is a phishing email. It was not sent by us or by payroll.

If you have it:
- Do NOT click the "Review document" button.
- Do NOT forward it to colleagues to ask if it's real - that only spreads it further.
- Use the "Report" button in Outlook (or drag it into the phishing@school.example mailbox), then delete it.

If you have already clicked the link and entered your password, please ring me straight away on 0121 496 0210 so we can reset your account and check the sign-in logs. You won't be in trouble - the sooner we know the better.

We've blocked the sending domain at the gateway, so any further copies should be stopped.

Thanks
Ryan

Ryan Ashworth
IT Systems Officer
Heartland Skills & Training
"""
    part = text_part(body, cte="7bit")
    rcs = ["allstaff@" + ST]
    msg = message(A(RYAN), ["All Staff <allstaff@%s>" % ST], "Phishing alert - fake DocuSign 'pay adjustment' email",
                  date(2025, 3, 11, 9, 26, 3), mid("cn002", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 2, "it-phishing-warning", "plain", RYAN[1], rcs, RYAN[1],
        "IT warns all staff about a real phishing email: do not forward, report and delete", msg)


def cn003():
    d = make_docx([("h", "Functional Skills English L1/L2 - Session 9: Persuasive texts"),
                   "Duration: 2.5 hours. Group: Tuesday evening adult English (Walsall centre).",
                   ("table", [["Stage", "Activity", "Time"],
                              ["Starter", "Show three short texts on the board: an advert, a charity appeal and a chain letter. Learners rank them from most to least trustworthy and explain why.", "15 min"],
                              ["Main 1", "Close reading of the example chain letter (handout B). Highlight: urgency ('within 96 hours'), threats of bad luck, invented people as 'evidence', instructions to send to 20 people. Discuss: why does it work on people?", "35 min"],
                              ["Main 2", "Compare with a genuine charity appeal (handout C). Identify what is different: a named, registered charity; a real way to check; no threat; no demand to pass it on.", "30 min"],
                              ["Main 3", "Learners write a 150-word persuasive letter asking the local council to improve a bus route, using at least three persuasive techniques WITHOUT threats or false claims.", "45 min"],
                              ["Plenary", "Peer assessment against the L2 writing criteria. Quick quiz on persuasive devices.", "20 min"]]),
                   "Handout B is a printed, anonymised example only. Do not ask learners to forward or send it anywhere - it stays in the classroom.",
                   "Differentiation: ESOL learners get the glossary sheet (urgency, anecdote, emotive language, rhetorical question).",
                   "Links: online safety unit of the digital skills course - remind learners that most 'send this to everyone' messages are hoaxes and should simply be deleted."],
                  title="FS English session 9", author="Nadia Rahman")
    body = """Hi both,

Attached is my session plan for next Tuesday's persuasive writing session - I'm using a chain letter as the "bad example" and a charity appeal as the comparison. Feel free to borrow it for your groups. Handouts are in the shared drive under English > L1-L2 > Session 9.

Nadia
"""
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(d, DOCX_CT, "FS English S9 persuasive texts.docx")],
                     bnd_ol("cn003"))
    rcs = ["p.rowley@" + ST, HELEN[1]]
    msg = message(A(NADIA), ["Paula Rowley <p.rowley@%s>" % ST, A(HELEN)], "Session plan - persuasive texts (chain letter example)",
                  date(2025, 1, 30, 16, 12, 45), mid("cn003", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 3, "lesson-plan", "attach-docx", NADIA[1], rcs, NADIA[1],
        "Functional skills English session plan that analyses a chain letter as a persuasive-text example", msg)


def cn004():
    body = """Hi all,

Reminder that our next Supply Chain Practitioner workshop is on Wednesday 12 February, 9.30am to 3pm, at the Derby centre (Pride Park). This one covers Module 4: managing risk and disruption in the supply chain.

Morning: mapping your own organisation's supply chain from raw material to end customer - bring a rough sketch of where your site sits in the chain and who your tier 1 and tier 2 suppliers are.

Afternoon: case study on the 2021 Suez Canal blockage and the chip shortage, then a group exercise building a simple business continuity plan for a single-source supplier failure.

Please bring your laptop and your off-the-job log. Lunch is provided - let me know by Friday if you have any dietary requirements.

If your line manager hasn't released you for the day yet, please forward them this email so they have the details, and let me know if there's a problem.

Thanks
Gurpreet

Gurpreet Sahota
Supply Chain & Logistics Assessor
Heartland Skills & Training
"""
    part = text_part(body, cte="7bit", wrap=74)
    rcs = ["scp-l3-cohort2@" + LS]
    msg = message(A(GURP), ["scp-l3-cohort2@" + LS], "Supply Chain L3 - workshop 12 Feb (Module 4)",
                  date(2025, 2, 4, 14, 2, 20), mid("cn004", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 4, "supply-chain-course", "wrapped", GURP[1], rcs, GURP[1],
        "Supply Chain Practitioner workshop reminder; asks apprentices to forward details to their line manager", msg)


def cn005():
    body = """Hi Sandra,

Following our visit on Tuesday, here are the notes on the cold chain section of the Level 2 Food Safety course that your production team asked about.

Cold chain - key points for your goods-in and dispatch staff:
\u2022 Chilled deliveries must be accepted at 8\u00b0C or below (we recommend your own target of 5\u00b0C). Anything above should be rejected and recorded on the goods-in sheet.
\u2022 Frozen deliveries at \u201318\u00b0C; \u201315\u00b0C is the legal maximum at the point of delivery.
\u2022 Probe between packs rather than piercing product, and record every reading.
\u2022 Any break in the cold chain (e.g. a vehicle fridge failure) must be reported to the shift manager before the product is used.

Could you pass this on to your goods-in supervisors and the night-shift team leaders? It matches what we covered in the session so it's a good reminder for anyone who missed it.

The next Level 2 Food Safety course at your site is booked for 6 March. I'll send joining instructions nearer the time.

Best wishes
Gurpreet
"""
    part = text_part(body, cte="quoted-printable")
    rcs = ["sandra.pike@brindleyfoods.example"]
    msg = message(A(GURP), ["Sandra Pike <sandra.pike@brindleyfoods.example>"], "Cold chain notes from Tuesday's session",
                  date(2025, 2, 13, 10, 40, 8), mid("cn005", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 5, "food-safety-course", "qp", GURP[1], rcs, GURP[1],
        "Assessor sends an employer cold-chain temperature notes from a food safety course, asks her to pass them on (QP)", msg)


def cn006():
    body = ("Ryan - at Castlegate Motors today, the apprentice bay has 3 extension leads daisy-chained "
            "off one socket behind the diagnostic bench. Told them to unplug, not safe. Can you email "
            "their workshop manager the H&S note we use so it's on record? Will do the visit write-up later\n\n"
            "Marcus\n\nSent from Outlook for Android\n")
    part = text_part(body, cte="7bit")
    msg = message(A(MARCUS), [A(RYAN)], "daisy chained ext leads at castlegate", date(2024, 11, 20, 11, 5, 51),
                  mid("cn006", ST, "outlook"), part, extra=["X-Mailer: Outlook for Android"])
    add("negative", 6, "daisy-chain-safety", "mobile", MARCUS[1], [RYAN[1]], MARCUS[1],
        "Assessor on the road reports daisy-chained extension leads at an employer site (mobile)", msg)


def cn007():
    inner = P("Hi everyone,", "",
              "On <b>Saturday 17 May</b> a group of us from Heartland are walking the 13 miles of the Cannock Chase Heart of England Way in memory of our colleague Steve Hollis, raising money for Macmillan Cancer Support, who looked after Steve and his family so well.",
              "",
              'Our JustGiving page is here: <a href="https://www.justgiving.example/page/heartland-walk-for-steve">justgiving.example/page/heartland-walk-for-steve</a>',
              "",
              "If you&#8217;d like to sponsor us, that would be wonderful, and you&#8217;re very welcome to share the link with friends and family who knew Steve. If you&#8217;d like to walk with us, let me know by 2 May so I can sort out lifts from the Wolverhampton and Derby centres.",
              "",
              "Thank you &#8211; every pound makes a difference.", "",
              "Jo<br>Jo Pritchard | HR Officer | Heartland Skills &amp; Training")
    part = text_part(html_wrap(inner), subtype="html", cte="quoted-printable")
    rcs = ["allstaff@" + ST]
    msg = message(A(JO), ["All Staff <allstaff@%s>" % ST], "Sponsored walk for Macmillan - 17 May",
                  date(2025, 4, 9, 13, 30, 0), mid("cn007", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 7, "charity-event", "html", JO[1], rcs, JO[1],
        "Staff sponsored walk for Macmillan in memory of a colleague, with a JustGiving link (HTML only)", msg)


def cn008():
    body = """Dear colleagues,

As many of you know, the Department for Education has opened a consultation on changes to the apprenticeship funding bands, including a proposal to reduce the band for the Level 2 Warehouse Operative and Level 3 Team Leader standards. Together these are about a third of our apprenticeship starts, so the outcome matters to us and to our employers.

We will be sending a formal response from Heartland as an organisation. Colin and I would also encourage anyone who wants to respond in a personal capacity to do so - the consultation is open to individuals and closes on 14 March.

To help, we've put a short briefing in the shared drive (Compliance > Consultations > Funding bands 2025) covering:
- what the proposal actually changes
- the evidence we have on delivery costs for these two standards
- the questions in the consultation that are most relevant to providers like us

Please write your response in your own words - identical responses tend to be grouped together and carry less weight. You don't need to tell us whether you've responded.

If you'd like to contribute evidence to the organisational response (for example, examples of where the current funding barely covers delivery), please send it to me by 28 February.

Thanks
Dawn
"""
    part = text_part(body, cte="7bit", flowed=True)
    rcs = ["allstaff@" + ST]
    msg = message(A(DAWN), ["All Staff <allstaff@%s>" % ST], "DfE funding bands consultation - how to respond",
                  date(2025, 2, 17, 12, 15, 0), mid("cn008", ST, "tb"), part, extra=TB)
    add("negative", 8, "genuine-campaign", "flowed", DAWN[1], rcs, DAWN[1],
        "Compliance manager encourages staff to respond in their own words to a real DfE funding consultation (flowed)", msg)


def cn009():
    body = """Thank you all so much for the lovely card, the flowers and the very generous voucher - I was genuinely lost for words on Friday (which anyone who knows me will tell you is a first!).

Twenty-two years, three changes of name, two office moves and more ILR returns than I care to remember. I've been lucky to work with such a brilliant bunch and I'll miss you all. Please keep in touch - you all have my number.

Love
Bev x

From: Jo Pritchard <j.pritchard@school.example>
Sent: 28 March 2025 15:42
To: All Staff <allstaff@school.example>
Subject: Bev's leaving do - thank you!

> Hi all,
>
> Thanks to everyone who signed Bev's card and chipped in - we raised
> enough for the flowers and a spa voucher for her and her sister. If
> anyone missed the collection and still wants to contribute, the envelope
> is in my top drawer until Wednesday.
>
> Jo
"""
    part = text_part(body, cte="7bit")
    rcs = ["allstaff@" + ST]
    msg = message(A(BEV), ["All Staff <allstaff@%s>" % ST], "RE: Bev's leaving do - thank you!",
                  date(2025, 3, 31, 9, 4, 37), mid("cn009", ST, "outlook"), part, extra=OUTLOOK,
                  in_reply_to=mid("cn009o", ST, "outlook"), references=mid("cn009o", ST, "outlook"))
    add("negative", 9, "thank-you-round-robin", "reply-quoted", BEV[1], rcs, BEV[1],
        "Retiring finance officer's reply-all thank-you quoting the leaving collection email", msg)


def cn010():
    body = """Hi all,

With the darker mornings and evenings coming, here's our annual reminder about driving for work. Please pass it on to any new starters in your team who haven't had the induction yet.

1. Mobile phones: it is illegal to hold and use a phone while driving, including when stopped at lights or queuing in traffic. Fines are £200 and 6 penalty points. Hands-free is allowed but please don't take calls about learners while driving - pull over somewhere safe and call back.

2. Business insurance: if you use your own car to visit employers, your insurance must include business use. Please send a copy of your renewal to Jo in HR each year.

3. Licence check: we check licences every 12 months using the DVLA service. Jo will email you a consent form - it takes two minutes.

4. Lone working: log your visits in the shared calendar and text your line manager when you've finished your last visit if it's after 6pm.

5. Weather: if the roads are unsafe, don't go. Ring the employer, rearrange, and tell your line manager. No visit is worth an accident.

Thanks, and drive safely.

Colin

Colin Birch
Managing Director
"""
    part = text_part(body, charset="iso-8859-1", cte="8bit")
    rcs = ["assessors@" + ST, "tutors@" + ST]
    msg = message(A(COLIN), ["Assessors <assessors@%s>" % ST, "All Tutors <tutors@%s>" % ST],
                  "Driving for work - annual reminder", date(2024, 10, 29, 8, 30, 0), mid("cn010", ST, "outlook"),
                  part, extra=OUTLOOK)
    add("negative", 10, "driving-at-work-policy", "latin1", COLIN[1], rcs, COLIN[1],
        "MD's real driving-for-work safety reminder (phones, insurance, licence checks), pass on to new starters (iso-8859-1)", msg)


def cn011():
    body = """Dear colleagues,

Two learners on the Wolverhampton adult courses have told us they received a text message this week that claimed to be from \u201cHeartland Learner Support\u201d. It said their bursary payment was on hold and asked them to reply with their bank card number and the 3-digit code on the back.

This is a scam. It did not come from us.

Please let your learners know at your next session:
\u2022 We never ask for card numbers or security codes by text, email or phone.
\u2022 Learner support payments are only ever paid into the bank account a learner gives us in person on the signed application form.
\u2022 If they have replied with card details, they should ring their bank straight away on the number on the back of their card.
\u2022 They can report the text for free by forwarding it to 7726.

If any learner tells you they have lost money, please let me know so we can note it on their file and support them.

Thanks
Bev

Bev Marsh
Finance Officer \u2013 Learner Support Fund
"""
    part = text_part(body, charset="windows-1252", cte="8bit")
    rcs = ["tutors@" + ST, HELEN[1]]
    msg = message(A(BEV), ["All Tutors <tutors@%s>" % ST, A(HELEN)],
                  "Scam texts to learners about bursary payments", date(2025, 1, 15, 11, 45, 0),
                  mid("cn011", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 11, "real-scam-warning", "cp1252", BEV[1], rcs, BEV[1],
        "Finance warns tutors about real smishing texts targeting learners' bursaries, with specific advice (windows-1252)", msg)


def cn012():
    body = """FYI - please make sure your apprentices who are at gateway know about this. Nothing to forward on to them, just mention it at your next review.

Shaun

---------- Forwarded message ---------
From: EPA Bookings Team <epa.bookings@nationalepa.example>
Date: Wed, 7 May 2025 at 10:14
Subject: Important: fraudulent emails about EPA certificates
To: Training provider contacts <providers@nationalepa.example>

Dear colleague,

We have been made aware that some apprentices have received emails claiming to be from us, asking for a payment of £45 to "release" their apprenticeship certificate.

These emails are fraudulent. We never charge apprentices for certificates. Certificates are requested by the training provider through the apprenticeship service and are posted free of charge.

If an apprentice receives one of these emails, they should not click any links or make any payment. They can report it to Action Fraud, and we would be grateful if you let us know the sender address so we can ask the hosting company to take it down.

Kind regards,
EPA Bookings Team
National EPA Services
"""
    part = text_part(body, cte="8bit")
    rcs = ["assessors@" + ST]
    msg = message(A(SHAUN), ["Assessors <assessors@%s>" % ST], "Fwd: Important: fraudulent emails about EPA certificates",
                  date(2025, 5, 7, 11, 2, 10), mid("cn012", ST, "gmail"), part)
    add("negative", 12, "epao-fraud-notice", "fwd-inline", SHAUN[1], rcs, SHAUN[1],
        "EPA coordinator forwards the EPAO's genuine notice about fake certificate-fee emails to assessors", msg)


def cn013():
    body = """Hi all,

It's Children in Need on Friday so we're doing a LUCKY DIP in the staff room at both centres!

Tickets are a pound each or 6 for a fiver from Kerry (Wolverhampton) or Amanda (Derby). Every ticket wins something - prizes include chocolates, a bottle of fizz, a Costa voucher, and the star prize of a half-day's extra leave kindly donated by Colin.

Non-uniform for staff too - two quid in the Pudsey bucket if you're wearing spots or ears.

All money goes to BBC Children in Need. Draw at 3pm Friday.

Kerry
"""
    part = text_part(body, cte="7bit")
    rcs = ["allstaff@" + ST]
    msg = message(A(KERRY), ["All Staff <allstaff@%s>" % ST], "Children in Need lucky dip - Friday!",
                  date(2024, 11, 12, 9, 10, 0), mid("cn013", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 13, "charity-event", "plain", KERRY[1], rcs, KERRY[1],
        "Staff lucky-dip fundraiser for Children in Need (luck, prizes, money words, no chain)", msg)


def cn014():
    body = """Dear colleagues,

Ramadan is expected to begin on or around Friday 28 February and Eid al-Fitr on or around Sunday 30 March, depending on the sighting of the moon.

A few practical things for the coming month:

- The multi-faith room at the Wolverhampton centre (room G04) will be available all day, and we have set aside room 1.12 at Derby from 12-2pm and at sunset for evening classes.
- Tutors running evening sessions: please build in a short break around sunset so learners who are fasting can break their fast. Water and dates will be available in both staff rooms.
- If you are visiting an apprentice at work who is fasting, please be mindful when scheduling observations straight after lunch or late in the day.
- Anyone who would like to take annual leave for Eid should speak to their line manager as early as possible.

Please share this with any learners on placement who might find it useful, and feel free to pass it on to your employer contacts if they have asked us about supporting fasting apprentices.

Ramadan Mubarak to everyone observing.

Lisa
Lisa Kavanagh
Designated Safeguarding Lead & Equality Champion
"""
    part = text_part(body, cte="base64")
    rcs = ["allstaff@" + ST]
    msg = message(A(LISA), ["All Staff <allstaff@%s>" % ST], "Ramadan and Eid arrangements",
                  date(2025, 2, 24, 10, 0, 0), mid("cn014", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 14, "faith-arrangements", "base64", LISA[1], rcs, LISA[1],
        "Equality lead sets out Ramadan/Eid arrangements and asks staff to share them with learners (base64 body)", msg)


def cn015():
    txt = """Hi everyone,

Our annual learner survey is now open and we'd really like to hear from you - what's working, what isn't, and what we could do better.

It takes about 8 minutes: https://survey.school.example/learner-voice-2025

Everyone who completes the survey by 31 May will be entered into a prize draw for one of three £25 shopping vouchers. Winners will be picked at random and contacted by their tutor.

Your answers are anonymous - we only ask for your name at the end if you want to be entered into the draw, and that bit is stored separately.

Thank you!
The Quality Team
Heartland Skills & Training
"""
    html = html_wrap(P("Hi everyone,", "",
                       "Our annual learner survey is now open and we&#8217;d really like to hear from you &#8211; what&#8217;s working, what isn&#8217;t, and what we could do better.",
                       "", 'It takes about 8 minutes: <a href="https://survey.school.example/learner-voice-2025">Learner Voice 2025</a>',
                       "", "Everyone who completes the survey by <b>31 May</b> will be entered into a prize draw for one of three <b>&#163;25 shopping vouchers</b>. Winners will be picked at random and contacted by their tutor.",
                       "", "Your answers are anonymous &#8211; we only ask for your name at the end if you want to be entered into the draw, and that bit is stored separately.",
                       "", "Thank you!<br>The Quality Team<br>Heartland Skills &amp; Training"))
    part = multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                     text_part(html, subtype="html", cte="quoted-printable")], bnd_ol("cn015"))
    rcs = ["all-learners@" + LS]
    frm = ("Heartland Quality Team", "quality@" + ST)
    msg = message(A(frm), ["All learners <all-learners@%s>" % LS], "Tell us what you think - and win a £25 voucher",
                  date(2025, 5, 6, 9, 0, 0), mid("cn015", ST, "outlook"), part, extra=OUTLOOK,
                  reply_to="quality@" + ST)
    add("negative", 15, "survey-prize-draw", "alternative", "quality@" + ST, rcs, "quality@" + ST,
        "Learner survey with a genuine prize draw, no sharing required", msg)


def cn016():
    inner_body = """Dear Training Provider,

From Monday 2 June all EPA bookings for the standards we assess must be made through the new EPA Hub rather than by email.

What this means for you:
1. Existing bookings are unaffected and will be migrated automatically.
2. New gateway submissions must be uploaded to the Hub with the employer's gateway declaration.
3. Apprentices will receive their assessment joining instructions directly from the Hub, copied to you.

Log-in details for the Hub were sent to your nominated EPA contact on 19 May. Training webinars run on 27 and 29 May at 10am - please book via the link in the Hub.

Please share this with colleagues in your organisation who book EPA, and let your apprentices know they will hear from the Hub directly.

Regards,
Provider Relations
National EPA Services
"""
    inner = message(addr("National EPA Services", "provider.relations@nationalepa.example"),
                    [A(SHAUN)], "Change to EPA booking process from 2 June", date(2025, 5, 20, 14, 0, 0),
                    mid("cn016i", "nationalepa.example", "plain"), text_part(inner_body, cte="7bit"))
    note = """Hi all,

See attached from National EPA - from 2 June we book through their Hub, not by email. Please let your gateway apprentices know to expect emails from the Hub. I'll run a 20-minute walkthrough at the team meeting next Tuesday.

Shaun
"""
    part = multipart("mixed", [text_part(note, cte="7bit"), rfc822_part(inner, "Change to EPA booking process from 2 June.eml")],
                     bnd_ol("cn016"))
    rcs = ["assessors@" + ST, DAWN[1]]
    msg = message(A(SHAUN), ["Assessors <assessors@%s>" % ST, A(DAWN)], "FW: Change to EPA booking process from 2 June",
                  date(2025, 5, 21, 8, 48, 0), mid("cn016", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 16, "epao-process-update", "fwd-rfc822", SHAUN[1], rcs, SHAUN[1],
        "EPA coordinator forwards (as attachment) a real EPAO process change asking providers to share it internally", msg)


def cn017():
    body = """Hi Kerry,

Thanks for checking before sending it on - that's exactly the right thing to do.

Yes, it's a hoax. The "Outlook will start charging inactive accounts unless you forward this to 15 people" message has been going round in one form or another for about twenty years (it used to be Hotmail). Microsoft doesn't charge for accounts this way, names don't "turn green", and no real company asks you to prove you're active by forwarding an email.

Please don't pass it on - just delete it. I've sent a short note to all staff so people know to ignore it, and I've asked for the copies that went out this morning to be pulled from mailboxes.

Ryan

> -----Original Message-----
> From: Kerry Walton <k.walton@school.example>
> Sent: 01 October 2024 09:40
> To: IT Support <itsupport@school.example>
> Subject: is this real?
>
> Hi Ryan, a couple of people have sent me an email saying Outlook is
> going to start charging for accounts unless we forward it - is it
> real? I haven't sent it on to anyone. Thanks, K
"""
    part = text_part(body, cte="7bit")
    msg = message(A(RYAN), [A(KERRY)], "RE: is this real?", date(2024, 10, 1, 10, 5, 12),
                  mid("cn017", ST, "outlook"), part, extra=OUTLOOK,
                  in_reply_to=mid("cn017o", ST, "outlook"), references=mid("cn017o", ST, "outlook"))
    add("negative", 17, "it-hoax-advice", "reply-quoted", RYAN[1], [KERRY[1]], RYAN[1],
        "IT replies that a forwarded 'Outlook will charge' message is a hoax and should be deleted, quoting the question", msg)


def cn018():
    body = """Dear all,

Following the safeguarding audit, here is the updated escalation chain for concerns about a learner. It applies to all staff, including sessional tutors and assessors on employer visits.

1. If a learner is at immediate risk of harm, call 999 first.

2. Report the concern the same day to the Designated Safeguarding Lead, Lisa Kavanagh (0121 496 0245).

3. If Lisa is unavailable, pass the concern to a Deputy DSL: Helen Dunmore (Wolverhampton) or Shaun Okafor (Derby).

4. If none of the above can be reached within the working day, contact Colin Birch (MD) as the board's safeguarding lead.

5. Record the concern on the safeguarding system, not in email, and not in the learner's portfolio.

Please do not pass safeguarding information to employers unless the DSL has agreed it. If an employer raises a concern with you, thank them, take the details, and follow the chain above.

A laminated copy of this chain will go in every assessor's visit pack. Please make sure new starters in your team have seen it.

Lisa
"""
    part = text_part(body, cte="7bit", wrap=72)
    rcs = ["allstaff@" + ST]
    msg = message(A(LISA), ["All Staff <allstaff@%s>" % ST], "Updated safeguarding escalation chain",
                  date(2024, 9, 9, 15, 20, 0), mid("cn018", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 18, "safeguarding-escalation", "wrapped", LISA[1], rcs, LISA[1],
        "DSL circulates the updated safeguarding escalation chain for staff (hard-wrapped)", msg)


def cn019():
    csv = ("Item code,Description,Colour,Quantity,Unit price (GBP),Line total (GBP)\r\n"
           "KC-210,Metal bottle-opener keychain with engraved logo,Gunmetal,300,0.86,258.00\r\n"
           "KC-114,Recycled PET lanyard with safety breakaway,Navy,500,0.49,245.00\r\n"
           "KC-305,Silicone keyring with printed logo,Orange,250,0.38,95.00\r\n"
           "PN-020,Ballpoint pen with stylus tip,White,1000,0.22,220.00\r\n"
           "SETUP,Origination / artwork setup,,1,45.00,45.00\r\n"
           ",,,,Subtotal,863.00\r\n,,,,VAT 20%,172.60\r\n,,,,Total,1035.60\r\n")
    body = """Hi Dean,

As discussed on the phone, please find attached our order for the careers fair merchandise. Artwork is the same as last year's order (ref PRM-48823) but please use the new orange (Pantone 1585C) for the keyrings.

We need delivery to the Wolverhampton centre by Friday 26 September at the latest. Our PO number is HS-PO-24117.

Many thanks
Kerry
"""
    part = multipart("mixed", [text_part(body, cte="7bit"),
                               text_attach(csv, "HS-PO-24117 promo order.csv", subtype="csv", cte="base64")],
                     bnd_ol("cn019"))
    rcs = ["dean@brightpromo.example"]
    msg = message(A(KERRY), ["Dean Foley <dean@brightpromo.example>"], "Order - keychains, lanyards and pens (PO HS-PO-24117)",
                  date(2024, 9, 2, 14, 10, 0), mid("cn019", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 19, "merchandise-order", "attach-csv", KERRY[1], rcs, KERRY[1],
        "Promotional keychain/lanyard order sent to a supplier as a CSV", msg)


def cn020():
    plan = """DIGITAL SKILLS (ESSENTIAL DIGITAL SKILLS ENTRY 3 / L1)
UNIT: STAYING SAFE ONLINE - SESSION 4: SCAMS, HOAXES AND CHAIN MESSAGES

Learning outcomes
By the end of the session learners will be able to:
 - recognise common signs of a scam email or text
 - explain what a chain message is and why it spreads
 - decide what to do with a suspicious message (report, block, delete)

Activity 1 (20 min) - "Real or not?" cards
Learners sort 10 printed message cards into REAL / SCAM / HOAX. Cards include a genuine delivery text, a fake bank text, a fake parcel fee, a "forward this to 10 friends" luck chain and a fake virus warning.

Activity 2 (25 min) - Why chain messages work
Discussion: fear, urgency, guilt, promises of reward, "my friend said it was true". Why do the messages always say "send to everyone"? Who benefits?

Activity 3 (20 min) - What to do
Practise using the Report button in Outlook and the 7726 text service. Agree a simple rule: if a message asks you to pass it on to everyone, don't - check it on a trusted website or ask your tutor.

Assessment: short quiz (quiz4.docx), 8 questions.
"""
    quiz = make_docx([("h", "Session 4 quiz - scams, hoaxes and chain messages"),
                      "1. Name two signs that an email might be a scam.",
                      "2. A message says you'll have bad luck unless you send it to 10 people. What kind of message is this?",
                      "3. Your bank texts asking for your PIN. What should you do?",
                      "4. What number can you forward scam texts to for free?",
                      "5. True or false: a real charity will donate money each time you forward an email.",
                      "6. Why do hoax messages often say 'the police have confirmed this'?",
                      "7. Where could you check whether a warning is true?",
                      "8. What should you do with a chain message you receive at work?"],
                     title="Session 4 quiz", author="Tariq Hussain")
    z = make_zip([("EDS Session 4/session4_plan.txt", plan.replace("\n", "\r\n")),
                  ("EDS Session 4/quiz4.docx", quiz)], dt=(2025, 1, 6, 16, 0, 0))
    body = """Hi Nadia,

As promised, the Session 4 pack for Essential Digital Skills (staying safe online). It's the one with the scams/hoaxes/chain messages sorting activity your Thursday group asked about. The message cards themselves are printed - I'll leave a set in your pigeonhole.

Tariq
"""
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(z, "application/zip", "EDS_Session4_online_safety.zip")],
                     bnd_ol("cn020"))
    msg = message(A(TARIQ), [A(NADIA)], "EDS session 4 pack - scams & chain messages", date(2025, 1, 7, 12, 31, 0),
                  mid("cn020", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 20, "online-safety-lesson", "zip", TARIQ[1], [NADIA[1]], TARIQ[1],
        "Digital skills tutor shares a zipped online-safety lesson pack teaching learners to spot and delete chain messages", msg)


def cn021():
    mins = """HEARTLAND SKILLS & TRAINING
TEAM MEETING - ADULT & COMMUNITY LEARNING
Date: 4 February 2025, 2.00pm, Wolverhampton centre room 2.03 / Teams
Present: HD (chair), NR, TH, PR, KW (notes)
Apologies: SO

1. Actions from last meeting
   - Enrolment packs for spring term printed and in reception - done (KW).
   - New ESOL timetable circulated - done (HD).

2. Learner numbers
   Spring term adult enrolments are 6% up on last year. Evening ESOL E3 group is full; waiting list of 9. HD to ask about a second group.

3. Online safety / acceptable use
   HD reported that a learner had emailed a chain message (a "gifting circle" invitation) to her whole class using the class mailing list. The tutor spoke to the learner, who apologised, and the message was removed. Reminder to all tutors:
   - Chain messages, pyramid schemes and "send this on" messages are not allowed on our systems (learner AUP section 4).
   - If you see one, don't forward it - tell IT (itsupport@) and they will remove it.
   - TH to cover the gifting circle example in the next EDS session on scams.

4. Safeguarding
   No new items. LK's updated escalation chain is now in all visit packs.

5. AOB
   Staff Children in Need fundraising total was £412 - thanks all.

Next meeting: 4 March 2025, 2pm.
"""
    body = "Hi all,\n\nMinutes from Tuesday attached. Please check your actions.\n\nKerry\n"
    part = multipart("mixed", [text_part(body, cte="7bit"),
                               text_attach(mins, "ACL team minutes 2025-02-04.txt", cte="quoted-printable")],
                     bnd_ol("cn021"))
    rcs = ["adultlearning@" + ST]
    msg = message(A(KERRY), ["Adult Learning Team <adultlearning@%s>" % ST], "Minutes - ACL team meeting 4 Feb",
                  date(2025, 2, 6, 15, 5, 0), mid("cn021", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 21, "meeting-minutes", "attach-txt", KERRY[1], rcs, KERRY[1],
        "Team meeting minutes (.txt) recording how a learner's chain message was handled and restating the policy", msg)


def cn022():
    rows = [["Peer mentoring buddy rota - spring term", "", "", ""],
            ["Week commencing", "Buddy (2nd year)", "New apprentice group", "Meeting point"],
            ["06/01/2025", "Liam B", "Engineering L2 Jan starters", "Workshop 1, 12.30"],
            ["13/01/2025", "Owen S", "Engineering L2 Jan starters", "Workshop 1, 12.30"],
            ["20/01/2025", "Kayleigh M", "Business Admin L3", "Canteen, 12.15"],
            ["27/01/2025", "Amir K", "Warehousing L2", "Room 1.04, 12.30"],
            ["03/02/2025", "Jess B", "Childcare L3", "Room 2.01, 12.15"],
            ["10/02/2025", "HALF TERM", "", ""],
            ["17/02/2025", "Liam B", "Engineering L2 Jan starters", "Workshop 1, 12.30"],
            ["", "", "", ""],
            ["Buddies: please pass on anything worrying to your tutor or the safeguarding team the same day.", "", "", ""]]
    x = make_xlsx(rows, "Rota")
    body = """Hi Marcus, Gurpreet,

Here's the buddy rota for the spring term. The 2nd years have all agreed their weeks. Could you let the Jan starters know which lunchtime their buddy will be around?

Thanks
Helen
"""
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(x, XLSX_CT, "Buddy rota spring 2025.xlsx")],
                     bnd_ol("cn022"))
    msg = message(A(HELEN), [A(MARCUS), A(GURP)], "Peer mentoring buddy rota - spring", date(2024, 12, 18, 10, 20, 0),
                  mid("cn022", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 22, "buddy-rota", "attach-xlsx", HELEN[1], [MARCUS[1], GURP[1]], HELEN[1],
        "Peer-mentoring buddy rota spreadsheet sent to tutors", msg)


def cn023():
    me = L("Amir", "Khan")
    body = ("Hi Gurpreet, sorry I'm off sick today got a temperature. Can you pass my apologies on to "
            "the group and let me know what I miss? Will catch up on the portal. Thanks Amir\n\n"
            "Sent from my Galaxy\n")
    part = text_part(body, cte="7bit")
    msg = message(A(me), [A(GURP)], "off today", date(2025, 1, 28, 7, 52, 0), mid("cn023", LS, "plain"), part)
    add("negative", 23, "learner-apology", "mobile", me[1], [GURP[1]], me[1],
        "Learner on his phone asks tutor to pass his apologies on to the group", msg)


def cn024():
    body = """Hi Marcus,

Thanks for flagging it. I've checked with our maintenance contractor - the chain hoist in bay 3 had its six-monthly LOLER thorough examination on 14 August and the report is in the H&S file in the workshop office. The inspection tag on the hook block had fallen off, which is why your apprentice couldn't see it. A new tag is on order.

Until then, the bay 3 hoist is tagged out and the lads are using the gantry in bay 1. I've told Liam and Owen not to use bay 3 until the tag is back on.

Regards
Phil

Phil Gresley
Gresley Joinery Ltd

-----Original Message-----
From: Marcus Thorne <m.thorne@school.example>
Sent: 03 September 2024 16:22
To: Phil Gresley <phil.gresley@gresleyjoinery.example>
Subject: Chain hoist - LOLER inspection

> Hi Phil,
>
> During today's visit Liam mentioned he'd been asked to use the chain
> hoist in bay 3 to lift the oak beam sections. I couldn't see an in-date
> inspection tag on it. Could you confirm when it was last thoroughly
> examined under LOLER? Happy to talk it through next visit.
>
> Marcus
"""
    part = text_part(body, cte="7bit")
    msg = message(addr("Phil Gresley", "phil.gresley@gresleyjoinery.example"), [A(MARCUS)],
                  "RE: Chain hoist - LOLER inspection", date(2024, 9, 4, 9, 11, 0),
                  mid("cn024", "gresleyjoinery.example", "plain"), part, extra=["X-Mailer: Microsoft Outlook 16.0"],
                  in_reply_to=mid("cn024o", ST, "outlook"), references=mid("cn024o", ST, "outlook"))
    add("negative", 24, "workplace-safety", "reply-quoted", "phil.gresley@gresleyjoinery.example", [MARCUS[1]], None,
        "Employer replies about a chain hoist LOLER inspection, quoting the assessor's query", msg)


def cn025():
    d = make_docx([("h", "Digital Marketing L3 - Workshop 7: Blockchain, NFTs and crypto in marketing"),
                   "Aim: give apprentices enough understanding of blockchain to evaluate claims made by clients and vendors, and to spot scams.",
                   ("table", [["Time", "Activity"],
                              ["10:00", "What is a blockchain? Ledger analogy with a shared spreadsheet; blocks, hashes, why records are hard to change."],
                              ["10:40", "Where blockchain is used legitimately: supply-chain provenance, ticketing, loyalty points."],
                              ["11:20", "Break"],
                              ["11:35", "NFT and crypto marketing: case studies of brand campaigns that worked and ones that failed."],
                              ["12:15", "Red flags: guaranteed returns, 'recruit your friends' schemes, celebrity endorsements, pressure to act now."],
                              ["12:45", "Apprentices draft a one-page briefing for their employer on whether blockchain is relevant to their business."]]),
                   "Evidence: the briefing maps to K7 and S11 of the standard. Upload to the portfolio by the following Friday."],
                  title="DM L3 Workshop 7", author="Tariq Hussain")
    body = "Hi Shaun,\n\nWorkshop 7 plan for the digital marketing group attached for the quality file.\n\nTariq\n"
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(d, DOCX_CT, "DM L3 workshop 7 blockchain.docx")],
                     bnd_ol("cn025"))
    msg = message(A(TARIQ), [A(SHAUN)], "DM L3 workshop 7 plan (blockchain)", date(2025, 3, 20, 17, 0, 0),
                  mid("cn025", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 25, "blockchain-lesson", "attach-docx", TARIQ[1], [SHAUN[1]], TARIQ[1],
        "Digital marketing workshop plan on blockchain, including red flags of recruit-your-friends schemes", msg)


def cn026():
    news = make_docx([("h", "The Heartland Herald - Autumn 2024"),
                      ("h", "Pass it on: our new kindness award"),
                      "This term we launched 'Pass the Baton', a peer recognition award. Each month, last month's winner picks a colleague who has gone out of their way to help someone, and passes the baton (an actual relay baton, now slightly battered) to them with a short note about why. September's baton went from Kerry to Gurpreet for covering three extra employer visits in one week.",
                      ("h", "Achievements"),
                      "Our first cohort of Level 3 Supply Chain apprentices completed EPA with 4 distinctions and 6 merits. Well done to everyone involved.",
                      ("h", "Dates for your diary"),
                      "Staff development day: Friday 25 October. Christmas lunch: Friday 13 December at the Mount, Tettenhall.",
                      ("h", "Good luck!"),
                      "Good luck to Tariq, who is running the Birmingham half marathon for the Midlands Air Ambulance."],
                     title="Heartland Herald Autumn 2024", author="Marketing")
    z = make_zip([("Heartland Herald Autumn 2024/Herald_Autumn_2024.docx", news),
                  ("Heartland Herald Autumn 2024/readme.txt",
                   "Print-ready version is on the shared drive under Marketing > Herald.\r\n")], dt=(2024, 10, 3, 12, 0, 0))
    body = """Hi all,

The autumn Herald is attached (zipped as it was too big for some of you last time). Lots in this one - including the first "Pass the Baton" award!

If you've got something for the winter edition, please send it to me by 29 November.

Kerry
"""
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(z, "application/zip", "Heartland_Herald_Autumn_2024.zip")],
                     bnd_ol("cn026"))
    rcs = ["allstaff@" + ST]
    msg = message(A(KERRY), ["All Staff <allstaff@%s>" % ST], "The Heartland Herald - autumn edition", date(2024, 10, 3, 13, 15, 0),
                  mid("cn026", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 26, "staff-newsletter", "zip", KERRY[1], rcs, KERRY[1],
        "Zipped staff newsletter with a 'Pass the Baton' recognition award and good-luck wishes", msg)


def cn027():
    guide = """HOW TO SET UP AUTOMATIC REPLIES AND FORWARDING WHILE YOU ARE ON LEAVE
Heartland IT - guide IT-07 (v3)

1. AUTOMATIC REPLIES (recommended)
   Outlook > File > Automatic Replies. Choose "Send automatic replies", set the dates, and write separate messages for inside and outside the organisation. Give an alternative contact (e.g. your team mailbox), not your mobile number.

2. FORWARDING TO A COLLEAGUE
   Only forward to another @school.example mailbox, and only with your line manager's agreement. Outlook on the web > Settings > Mail > Forwarding. Tick "Keep a copy of forwarded messages".

   IMPORTANT: forwarding to a personal or external address (Gmail, Hotmail, etc.) is blocked and is not allowed under the acceptable use policy. Learner and employer information must stay on our systems.

3. WHEN YOU COME BACK
   Turn forwarding OFF. The system sends a reminder after 30 days if forwarding is still on.

4. SHARED MAILBOXES
   Team mailboxes (e.g. bookings@, epa@) should not be forwarded - add a colleague as a delegate instead. Ask IT.

Questions: itsupport@school.example or ext 210.
"""
    body = "Hi Dawn,\n\nAs requested, here's the guide for setting up auto-replies and forwarding while you're away. Any problems give me a shout before Friday.\n\nRyan\n"
    part = multipart("mixed", [text_part(body, cte="7bit"), text_attach(guide, "IT-07 auto reply and forwarding.txt", cte="7bit")],
                     bnd_ol("cn027"))
    msg = message(A(RYAN), [A(DAWN)], "Auto replies / forwarding guide", date(2024, 7, 22, 11, 40, 0),
                  mid("cn027", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 27, "it-how-to", "attach-txt", RYAN[1], [DAWN[1]], RYAN[1],
        "IT how-to (.txt) on auto-replies and forwarding mail while on leave", msg)


def cn028():
    csv = ("Team,Tickets sold,Amount (GBP)\r\n"
           "Finance & Funding,42,42.00\r\n"
           "Admin & Bookings,65,65.00\r\n"
           "Engineering assessors,38,38.00\r\n"
           "Adult & Community Learning,51,51.00\r\n"
           "Supply chain & logistics,27,27.00\r\n"
           "Senior leadership,30,30.00\r\n"
           "TOTAL,253,253.00\r\n")
    body = """Hi Colin,

Final tally for the Christmas hamper raffle is attached by team - £253 in total, which goes to the Wolverhampton food bank along with the tins from the collection box. Admin & Bookings are the winning team for most tickets sold (no surprise!).

The hamper was won by ticket 187 - Amanda at Derby.

Kerry
"""
    part = multipart("mixed", [text_part(body, cte="8bit"),
                               text_attach(csv, "hamper raffle totals.csv", subtype="csv", cte="7bit")],
                     bnd_ol("cn028"))
    msg = message(A(KERRY), [A(COLIN)], "Hamper raffle - final totals", date(2024, 12, 20, 15, 30, 0),
                  mid("cn028", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 28, "charity-raffle", "attach-csv", KERRY[1], [COLIN[1]], KERRY[1],
        "Christmas hamper raffle totals per team (CSV) for the food bank", msg)


def cn029():
    body = """Hi all,

Lovely message from the West Midlands Apprenticeship Ambassador Network below for anyone with apprentices at EPA this week - please feel free to read it out or pass the good wishes on at your reviews.

Helen

---------- Forwarded message ---------
From: WM Apprenticeship Ambassadors <hello@wm-apprenticeship-ambassadors.example>
Date: Mon, 2 Jun 2025 at 08:00
Subject: Good luck to every apprentice at end-point assessment this month!
To: Helen Dunmore <h.dunmore@school.example>

Hello from the Ambassador Network!

June is always our busiest month for end-point assessment, so we just wanted to say a huge GOOD LUCK to every apprentice taking their EPA in the next few weeks.

A few tips from apprentices who've been there:
- Read your EPA plan so you know exactly what to expect on the day.
- For professional discussions, bring examples from your portfolio - real jobs you've done.
- Get a good night's sleep and eat breakfast!

Whatever happens, you've already achieved something huge by getting to gateway.

Best wishes
The WM Apprenticeship Ambassador Network
"""
    part = text_part(body, cte="7bit")
    rcs = ["assessors@" + ST]
    msg = message(A(HELEN), ["Assessors <assessors@%s>" % ST], "Fwd: Good luck to every apprentice at end-point assessment this month!",
                  date(2025, 6, 2, 9, 12, 0), mid("cn029", ST, "gmail"), part)
    add("negative", 29, "good-luck-message", "fwd-inline", HELEN[1], rcs, HELEN[1],
        "Forwarded ambassador-network good-luck message for apprentices at EPA", msg)


def cn030():
    rows = [["Secret Santa 2024 - sign up", "", ""],
            ["Spend limit: \u00a310.  Names drawn Friday 29 November.  Swap at the Christmas lunch, 13 December.", "", ""],
            ["", "", ""],
            ["Name", "Centre", "Any no-go gifts? (optional)"],
            ["Kerry W", "Wolverhampton", "No candles please!"],
            ["Bev M", "Wolverhampton", ""],
            ["Jo P", "Wolverhampton", "Vegetarian"],
            ["Marcus T", "Wolverhampton", ""],
            ["Amanda C", "Derby", "Not chocolate"],
            ["Shaun O", "Derby", ""],
            ["Gurpreet S", "Derby", "No alcohol"],
            ["Tariq H", "Wolverhampton", ""]]
    x = make_xlsx(rows, "Sign up")
    body = """Hi all,

Secret Santa is back! Add your name to the sheet on the shared drive (or reply to me and I'll add you) by Thursday 28th - the current list is attached so you can see who's in. £10 limit, names drawn on Friday.

Kerry
"""
    part = multipart("mixed", [text_part(body, cte="8bit"), attach(x, XLSX_CT, "Secret Santa 2024.xlsx")],
                     bnd_ol("cn030"))
    rcs = ["allstaff@" + ST]
    msg = message(A(KERRY), ["All Staff <allstaff@%s>" % ST], "Secret Santa 2024 🎅", date(2024, 11, 22, 12, 0, 0),
                  mid("cn030", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 30, "secret-santa", "attach-xlsx", KERRY[1], rcs, KERRY[1],
        "Office Secret Santa sign-up sheet (£10 limit), a gift exchange that is not a chain or gifting circle", msg)


for _f in [cp001, cp002, cp003, cp004, cp005, cp006, cp007, cp008, cp009, cp010, cp011, cp012, cp013, cp014,
           cp015, cp016, cp017, cp018, cp019, cp020, cp021, cp022, cp023, cp024, cp025, cp026, cp027, cp028,
           cp029, cp030,
           cn001, cn002, cn003, cn004, cn005, cn006, cn007, cn008, cn009, cn010, cn011, cn012, cn013, cn014,
           cn015, cn016, cn017, cn018, cn019, cn020, cn021, cn022, cn023, cn024, cn025, cn026, cn027, cn028,
           cn029, cn030]:
    _f()

if __name__ == "__main__":
    write_all("manifest-%s.jsonl" % W)
    print("wrote", len(MESSAGES), "messages")
