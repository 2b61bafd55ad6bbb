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
# personal-data policy  (writer z3: Heartland Skills & Training, Midlands)
# ======================================================================

ST = "school.example"
LS = "students.school.example"

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
ALS = ("Additional Learning Support", "als@" + ST)
BOOK = ("Heartland Bookings", "bookings@" + ST)

OUTLOOK = ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: en-GB"]
OUTLOOK_ATT = ["X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator: ", "Content-Language: en-GB"]
TB = ["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"]


def A(p):
    return addr(p[0], p[1])


def html_wrap(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'table.grid td, table.grid th {border:1px solid #999; padding:2pt 5pt; font-size:10.0pt;}\n--></style>\n'
            '</head>\n<body lang="EN-GB">\n<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def P(*paras):
    return "\n".join('<p class="MsoNormal">%s</p>' % p if p else '<p class="MsoNormal">&nbsp;</p>' for p in paras)


def table_html(rows):
    out = ['<table class="grid" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmllib.escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


SIG = {
    "marcus": "Marcus Thorne\nEngineering Tutor / Assessor\nHeartland Skills & Training\nM: 07700 900418",
    "gurp": "Gurpreet Sahota\nSupply Chain & Logistics Assessor\nHeartland Skills & Training\nM: 07700 900562",
    "kerry": "Kerry Walton | Bookings & Admin\nHeartland Skills & Training\n0121 496 0200",
    "helen": "Helen Dunmore\nAdult & Community Learning Coordinator\nHeartland Skills & Training\nT: 0121 496 0233",
    "bev": "Bev Marsh\nFinance Officer - Learner Support Fund\nHeartland Skills & Training\nT: 0121 496 0218",
    "shaun": "Shaun Okafor\nEPA Coordinator\nHeartland Skills & Training\nT: 0115 496 0371",
    "lisa": "Lisa Kavanagh\nDesignated Safeguarding Lead\nHeartland Skills & Training\nT: 0121 496 0245",
    "dawn": "Dawn Fellows\nFunding & Compliance Manager\nHeartland Skills & Training\nT: 0121 496 0207",
    "jo": "Jo Pritchard\nHR Officer\nHeartland Skills & Training\nT: 0121 496 0212",
    "nadia": "Nadia Rahman\nFunctional Skills Tutor\nHeartland Skills & Training",
}

# ---------------------------------------------------------------- invented learners
# key: (first, last, (y, m, d), sex, street, town, postcode, phone)
_R = {
    "jade": ("Jade", "Kaur", (2005, 6, 14), "F", "27 Cartwright Street", "Wolverhampton", "WV2 3BQ", "07700 900731"),
    "kyle": ("Kyle", "Barnes", (2007, 2, 9), "M", "14 Lichfield Road", "Walsall", "WS3 2PL", "07700 900152"),
    "jordan": ("Jordan", "McIntyre", (2006, 8, 21), "M", "9 Holly Bank", "Cannock", "WS11 4DG", "07700 900288"),
    "liam": ("Liam", "Brennan", (2004, 11, 30), "M", "61 Gorsebrook Road", "Wolverhampton", "WV6 0NH", "07700 900614"),
    "owen": ("Owen", "Slater", (2006, 4, 3), "M", "3 Birchfield Close", "Long Eaton", "NG10 3FJ", "07700 900947"),
    "ayesha": ("Ayesha", "Begum", (1996, 1, 25), "F", "112 Soho Road", "Birmingham", "B21 9BX", "07700 900805"),
    "zoe": ("Zo\u00eb", "Barnsley", (2003, 9, 17), "F", "5 Church Lane", "Burton upon Trent", "DE13 0HB", "07700 900376"),
    "tanya": ("Tanya", "O'Neill", (2002, 12, 4), "F", "Flat 4, Malvern House, Dudley Road", "Tipton", "DY4 8EW", "07700 900123"),
    "kamal": ("Kamal", "Rashid", (1988, 5, 19), "M", "40 Bearwood Road", "Smethwick", "B66 4HN", "07700 900640"),
    "amir": ("Amir", "Khan", (2005, 3, 7), "M", "18 Bloxwich Road", "Walsall", "WS2 8DX", "07700 900219"),
    "kayleigh": ("Kayleigh", "Moss", (2004, 7, 28), "F", "7 Armitage Lane", "Rugeley", "WS15 2QA", "07700 900503"),
    "bradley": ("Bradley", "Moore", (2006, 10, 12), "M", "22 Weeping Cross", "Stafford", "ST17 0DG", "07700 900482"),
    "jess": ("Jess", "Baxter", (2005, 1, 16), "F", "11 Chase Road", "Burntwood", "WS7 0EA", "07700 900396"),
    "connor": ("Connor", "Price", (2007, 5, 2), "M", "88 Trent Valley Road", "Lichfield", "WS13 6EZ", "07700 900811"),
    "sophie": ("Sophie", "Kelsall", (2006, 12, 19), "F", "4 Longford Road", "Cannock", "WS11 1QN", "07700 900275"),
    "ellie": ("Ellie-Mae", "Turner", (2008, 3, 11), "F", "30 Bescot Crescent", "Walsall", "WS1 4NW", "07700 900934"),
    "reece": ("Reece", "Mander", (2006, 6, 6), "M", "15 Coseley Road", "Bilston", "WV14 6JD", "07700 900167"),
    "callum": ("Callum", "Whitehouse", (2005, 9, 23), "M", "2 Hagley Road", "Stourbridge", "DY8 1QH", "07700 900358"),
    "denise": ("Denise", "Hollis", (1971, 4, 14), "F", "47 Park Hall Road", "Walsall", "WS5 3HF", "07700 900688"),
    "patricia": ("Patricia", "Osei", (1979, 8, 2), "F", "19 Gough Road", "Wolverhampton", "WV4 5LT", "07700 900442"),
    "marcia": ("Marcia", "Brown", (1965, 11, 27), "F", "8 Villiers Street", "Willenhall", "WV13 1DT", "07700 900910"),
    "danielle": ("Danielle", "Ferris", (1992, 2, 20), "F", "66 Brierley Hill Road", "Wordsley", "DY8 5SP", "07700 900571"),
    "sharon": ("Sharon", "Doyle", (1974, 7, 9), "F", "13 Halesowen Road", "Netherton", "DY2 9PY", "07700 900237"),
    "grace": ("Grace", "Adeyemi", (1990, 10, 31), "F", "5 Tettenhall Road", "Wolverhampton", "WV3 9NB", "07700 900774"),
    "tomasz": ("Tomasz", "Wi\u015bniewski", (1985, 3, 4), "M", "21 Derby Road", "Stapleford", "NG9 7AS", "07700 900856"),
    "leah": ("Leah", "Pritchard", (2007, 9, 5), "F", "17 Wood Lane", "Pelsall", "WS3 4AJ", "07700 900318"),
    "ethan": ("Ethan", "Coley", (2006, 1, 29), "M", "3 Hawthorn Drive", "Nuneaton", "CV11 6GW", "07700 900195"),
    "mollie": ("Mollie", "Haynes", (2007, 11, 8), "F", "52 Sedgley Street", "Wolverhampton", "WV2 3AL", "07700 900520"),
    "harvey": ("Harvey", "Lunn", (2005, 5, 27), "M", "9 Abbey Road", "Coalville", "LE67 4UH", "07700 900463"),
    "priya": ("Priya", "Mistry", (2004, 2, 13), "F", "71 Narborough Road", "Leicester", "LE3 0BR", "07700 900697"),
    "dean": ("Dean", "Fairclough", (1983, 12, 1), "M", "28 Ashby Road", "Hinckley", "LE10 1SN", "07700 900741"),
    "shannon": ("Shannon", "Gill", (1998, 4, 18), "F", "10 Bridgnorth Road", "Wombourne", "WV5 0AQ", "07700 900389"),
}


class Lr:
    def __init__(self, key):
        f, l, dob, sex, street, town, pc, ph = _R[key]
        self.key, self.first, self.last, self.dob, self.sex = key, f, l, dob, sex
        self.street, self.town, self.pc, self.phone = street, town, pc, ph
        self.name = "%s %s" % (f, l)
        self.uln = uln_from("z3-" + key)
        self.ni = nino_from("z3-" + key)
        self.ni_sp = nino_from("z3-" + key, spaced=True)
        self.email = ("%s.%s@%s" % (f, l, LS)).lower().replace("'", "").replace("\u00eb", "e").replace("\u015b", "s")

    def dob_s(self, style="dmy"):
        y, m, d = self.dob
        if style == "dmy":
            return "%02d/%02d/%04d" % (d, m, y)
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if style == "long":
            return "%d %s %d" % (d, ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"][m - 1], y)
        if style == "dot":
            return "%02d.%02d.%04d" % (d, m, y)
        if style == "short":
            return "%02d/%02d/%02d" % (d, m, y % 100)

    def address(self):
        return "%s, %s %s" % (self.street, self.town, self.pc)


def lr(k):
    return Lr(k)


# ---------------------------------------------------------------- positives

def pp001():
    keys = ["liam", "amir", "kayleigh", "jess", "callum", "harvey", "priya", "reece"]
    std = {"liam": "ST0419 Engineering Fitter L3", "amir": "ST0259 Supply Chain Warehouse Operative L2",
           "kayleigh": "ST0070 Business Administrator L3", "jess": "ST0135 Early Years Educator L3",
           "callum": "ST0419 Engineering Fitter L3", "harvey": "ST0259 Supply Chain Warehouse Operative L2",
           "priya": "ST0070 Business Administrator L3", "reece": "ST0419 Engineering Fitter L3"}
    emp = {"liam": "Gresley Joinery Ltd", "amir": "Brindley Foods Ltd", "kayleigh": "Castlegate Motors",
           "jess": "Little Acorns Day Nursery", "callum": "Trentside Engineering", "harvey": "Brindley Foods Ltd",
           "priya": "Ashford Care Group", "reece": "Trentside Engineering"}
    adj = {"jess": "25% extra time (dyslexia)", "harvey": "Reader for knowledge test", "priya": ""}
    lines = ["Apprentice name,Date of birth,ULN,Standard,Employer,Gateway date,Reasonable adjustments"]
    for i, k in enumerate(keys):
        L = lr(k)
        lines.append("%s,%s,%s,%s,%s,%s,%s" % (L.name, L.dob_s(), L.uln, std[k], emp[k],
                                              "%02d/06/2025" % (2 + i), adj.get(k, "")))
    csv = "\r\n".join(lines) + "\r\n"
    body = """Hi team,

Please find attached our gateway list for June. All eight apprentices have had their gateway meetings and the employer declarations are signed - I'll upload those separately through the portal.

Two have reasonable adjustments noted (Jess and Harvey). The evidence for both is on file if you need it.

Could you let me know provisional dates for the knowledge tests by the end of next week?

Many thanks
""" + SIG["shaun"] + "\n"
    part = multipart("mixed", [text_part(body, cte="7bit"),
                               text_attach(csv, "Heartland gateway June 2025.csv", subtype="csv", cte="base64")],
                     bnd_ol("pp001"))
    rc = ["epa.bookings@nationalepa.example"]
    msg = message(A(SHAUN), ["EPA Bookings <epa.bookings@nationalepa.example>"], "Gateway list - June 2025",
                  date(2025, 5, 28, 11, 20, 0), mid("pp001", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 1, "epa-gateway-list", "attach-csv", SHAUN[1], rc, SHAUN[1],
        "EPA coordinator sends EPAO a CSV of 8 apprentices with DOB, ULN and reasonable adjustments, unencrypted", msg)


def pp002():
    L = lr("jade")
    body = """Hi Sandra,

Thanks for your time at Jade's progress review on Tuesday. As requested, here are the details your HR system needs for her apprenticeship record:

Name: {name}
Date of birth: {dob}
ULN: {uln}
NI number: {ni}
Home address: {addr}

Progress: Jade is on track with her Business Administrator standard (62% of KSBs evidenced) and her off-the-job hours are up to date.

One thing to flag in confidence: at her initial assessment Jade declared dyslexia and she is now getting additional learning support from our ALS team every fortnight (a support worker helps her structure written work). She has also mentioned that she struggles with anxiety when she's put on the spot in meetings, so if her line manager could give her agendas in advance that would really help.

Next review is booked for 16 September.

Kind regards

{sig}
""".format(name=L.name, dob=L.dob_s(), uln=L.uln, ni=L.ni_sp, addr=L.address(), sig=SIG["gurp"])
    part = text_part(body, cte="7bit")
    rc = ["sandra.pike@brindleyfoods.example"]
    msg = message(A(GURP), ["Sandra Pike <sandra.pike@brindleyfoods.example>"], "Jade Kaur - review follow up and HR details",
                  date(2025, 6, 19, 16, 2, 0), mid("pp002", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 2, "employer-progress-review", "plain", GURP[1], rc, GURP[1],
        "Assessor emails employer HR a learner's DOB, ULN, NI number, address and her dyslexia/anxiety support", msg)


def pp003():
    keys = ["tanya", "ayesha", "kamal", "danielle", "sharon", "grace", "marcia", "denise", "shannon"]
    types = ["Childcare", "Travel", "Travel", "Childcare", "Hardship", "Travel", "Travel", "Course materials", "Childcare"]
    amts = [120.00, 34.50, 28.00, 120.00, 75.00, 41.20, 22.80, 18.99, 96.00]
    rows = [["Learner Support Fund - BACS run 14/03/2025", "", "", "", "", ""],
            ["Payee name", "Sort code", "Account number", "Amount", "Support type", "Reference"]]
    for i, (k, t, a) in enumerate(zip(keys, types, amts)):
        L = lr(k)
        sc, acc = bank_from("z3-pp003-" + k)
        rows.append([L.name, sc, acc, a, t, "HSLSF%04d" % (311 + i)])
    rows.append(["", "", "TOTAL", round(sum(amts), 2), "", ""])
    x = make_xlsx(rows, "BACS 14-03-25")
    body = """Hi Michelle,

Attached is this fortnight's learner support BACS file - 9 payments, total \u00a3{t:.2f}. Could you get these into Friday's run please?

Tanya O'Neill's bank details have changed since last time (new account), so please update her payee record rather than using the old one.

Thanks
{sig}
""".format(t=sum(amts), sig=SIG["bev"])
    part = multipart("mixed", [text_part(body, cte="quoted-printable"), attach(x, XLSX_CT, "LSF BACS 14-03-2025.xlsx")],
                     bnd_ol("pp003"))
    rc = ["michelle@ledgerlinebureau.example"]
    msg = message(A(BEV), ["Michelle Tranter <michelle@ledgerlinebureau.example>"], "LSF BACS file 14/03",
                  date(2025, 3, 12, 10, 41, 0), mid("pp003", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 3, "learner-bank-details", "attach-xlsx", BEV[1], rc, BEV[1],
        "Finance sends an external payroll bureau a spreadsheet of learners' sort codes and account numbers", msg)


def pp004():
    L = lr("denise")
    card = card_from("z3-pp004", "4", 16)
    body = """Hi Raj,

Mrs Denise Hollis rang our office this morning to book onto the First Aid at Work course you're hosting for us at the Walsall campus (3-5 March). As agreed, your finance team is taking the payment for this one, so here are the details she gave over the phone:

Name on card: MRS D HOLLIS
Card number: {card}
Expiry: 08/27
Security code: 417
Amount: \u00a3245.00 (course fee incl. certificate)
Billing address: {addr}
Date of birth (for the certificate): {dob}
Phone: {ph}

She has asked for a receipt by post rather than email. She also mentioned she has a heart condition and may need to sit out the floor-based CPR practice - could you make sure the trainer knows?

Thanks
{sig}
""".format(card=group4(card), addr=L.address(), dob=L.dob_s("long"), ph=L.phone, sig=SIG["kerry"])
    part = text_part(body, cte="quoted-printable", wrap=72)
    rc = ["raj.patel@walsallcommunitycollege.example"]
    msg = message(A(KERRY), ["Raj Patel <raj.patel@walsallcommunitycollege.example>"], "Booking - First Aid at Work 3-5 March - D Hollis",
                  date(2025, 2, 18, 9, 52, 0), mid("pp004", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 4, "card-booking-details", "wrapped", KERRY[1], rc, KERRY[1],
        "Bookings officer emails a partner college a learner's full card number, expiry, CVV, DOB and health note (hard-wrapped QP)", msg)


def pp005():
    L = lr("kyle")
    body = """Hi Darren,

As discussed on Friday, see below from our ALS team about Kyle. He's happy for you to know so you can put the adjustments in place before he starts in the workshop.

Marcus

---------- Forwarded message ---------
From: Additional Learning Support <als@school.example>
Date: Mon, 1 Sept 2025 at 14:05
Subject: Kyle Barnes - ALS summary
To: Marcus Thorne <m.thorne@school.example>

Hi Marcus,

Summary for your records:

Learner: {name}
DOB: {dob}
ULN: {uln}
Home: {addr}

Declared at enrolment:
- Autism spectrum condition (diagnosed 2019, CAMHS Walsall)
- ADHD - takes methylphenidate (Concerta XL 36mg) each morning, may need a quiet space around midday when it wears off
- Had an EHCP at school (Walsall LA), plan ceased when he left but recommendations still relevant
- Social anxiety; finds loud, busy environments difficult. Ear defenders help.

Agreed support: 1 hour/week with LSA Carol in centre, visual task lists, advance notice of any change to routine.

Thanks
ALS Team
""".format(name=L.name, dob=L.dob_s(), uln=L.uln, addr=L.address())
    part = text_part(body, cte="7bit")
    rc = ["darren.webb@castlegatemotors.example"]
    msg = message(A(MARCUS), ["Darren Webb <darren.webb@castlegatemotors.example>"], "Fwd: Kyle Barnes - ALS summary",
                  date(2025, 9, 2, 8, 15, 0), mid("pp005", ST, "gmail"), part)
    add("positive", 5, "disability-declaration", "fwd-inline", MARCUS[1], rc, MARCUS[1],
        "Tutor forwards an internal ALS summary (autism, ADHD medication, EHCP, DOB, ULN, address) to the employer", msg)


def pp006():
    staff = [("Nadia Rahman", (1987, 4, 22), "001784563209", "12/01/2023", "Yes"),
             ("Tariq Hussain", (1991, 9, 3), "001902273415", "05/09/2022", "Yes"),
             ("Paula Rowley", (1969, 2, 14), "001655190872", "21/03/2024", "No"),
             ("Helen Dunmore", (1975, 12, 8), "001823645011", "30/06/2023", "Yes")]
    rows = [["Name", "Date of birth", "NI number", "DBS certificate no.", "Issue date", "Update Service"]]
    for n, dob, cert, iss, upd in staff:
        rows.append([n, "%02d/%02d/%04d" % (dob[2], dob[1], dob[0]), nino_from("z3-staff-" + n, True), cert, iss, upd])
    inner = P("Dear Mrs Aldridge,", "",
              "Further to your request, please find below the DBS details for the Heartland staff who will be delivering the Level 3 Teaching Assistant course sessions at St Chad&#8217;s from 10 March. All four certificates are Enhanced with Children&#8217;s Barred List checks and all came back clear.",
              "") + "\n" + table_html(rows) + "\n" + P("",
              "Paula Rowley is not on the Update Service, so we have asked her to bring her original certificate on the first day for your single central record.",
              "", "Kind regards", "", htmllib.escape(SIG["jo"]).replace("\n", "<br>"))
    part = text_part(html_wrap(inner), subtype="html", cte="quoted-printable")
    rc = ["office@stchadsprimary.example"]
    msg = message(A(JO), ["St Chad's Primary Office <office@stchadsprimary.example>"], "DBS details for Heartland tutors",
                  date(2025, 3, 4, 13, 36, 0), mid("pp006", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 6, "staff-dbs-details", "html", JO[1], rc, JO[1],
        "HR sends a school staff DOBs, NI numbers and DBS certificate numbers in an HTML table", msg)


def pp007():
    L = lr("leah")
    txt = """URGENT - SAFEGUARDING REFERRAL

To: Black Country MASH
From: Lisa Kavanagh, DSL, Heartland Skills & Training (0121 496 0245)

Young person: {name}
DOB: {dob} (age 17)
Address: {addr}
ULN: {uln}
Lives with: mother (Michelle Pritchard) and mother's partner (known as "Gaz", surname not known); younger brother Tyler, aged 9, attends Pelsall Village School.

Concern:
This morning Leah disclosed to her childcare tutor that her mother's partner hit her across the face on Saturday night after an argument about money. There was visible bruising to her left cheekbone. She said this has happened "a few times" and that he also shouts at Tyler. She said she does not want to go home tonight and asked if she could stay with her nan (Pat Hollins, 4 Station Road, Pelsall).

Leah is on a Level 3 Early Years apprenticeship at Little Acorns Day Nursery, Walsall. She has told us she has been self-harming (cutting) since Christmas and takes sertraline prescribed by her GP (Dr Anand, Pelsall Medical Centre).

Actions taken: spoken to Leah, injury photographed per policy, she is safe at the centre with me. I have not contacted mum as Leah is scared of the reaction.

Please call me as soon as possible.

Lisa Kavanagh
""".format(name=L.name, dob=L.dob_s(), addr=L.address(), uln=L.uln)
    html = html_wrap(P(*[htmllib.escape(x) if x else "" for x in txt.split("\n")]))
    part = multipart("alternative", [text_part(txt, cte="7bit"), text_part(html, subtype="html", cte="quoted-printable")],
                     bnd_ol("pp007"))
    rc = ["mash@blackcountry-council.example"]
    msg = message(A(LISA), ["Black Country MASH <mash@blackcountry-council.example>"], "URGENT safeguarding referral - Leah Pritchard",
                  date(2025, 1, 13, 11, 48, 0), mid("pp007", ST, "outlook"), part, extra=OUTLOOK,
                  cc=["Colin Birch <c.birch@%s>" % ST])
    add("positive", 7, "safeguarding-referral", "alternative", LISA[1], rc + [COLIN[1]], LISA[1],
        "DSL sends a named safeguarding referral (abuse disclosure, self-harm, medication, family details) to the council by plain email", msg)


def pp008():
    keys = ["jade", "kyle", "jordan", "liam", "owen", "amir", "kayleigh", "bradley", "jess", "connor", "sophie", "callum"]
    eth = ["34", "31", "31", "31", "31", "39", "31", "31", "31", "35", "31", "31"]
    llddc = ["1;17", "", "", "", "11", "", "", "", "12", "", "4", ""]
    lines = ["LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,Sex,NINumber,PostcodePrior,Postcode,Ethnicity,LLDDHealthProb,LLDDCat"]
    for i, k in enumerate(keys):
        L = lr(k)
        lines.append("HS%06d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s" % (
            4100 + i * 7, L.uln, L.last, L.first, L.dob_s("iso"), L.sex, L.ni, L.pc, L.pc, eth[i],
            "1" if llddc[i] else "2", llddc[i]))
    csv = "\n".join(lines) + "\n"
    z = make_zip([("ILR_R10_extract/learners_R10.csv", csv),
                  ("ILR_R10_extract/notes.txt", "Extract run 18/05/2025 09:12 from MIS. Apprenticeship learners, funding model 36 only. 12 records.\n")],
                 dt=(2025, 5, 18, 9, 20, 0))
    body = """Hi Sam,

As discussed, here's the R10 extract for the apprenticeship learners so you can have a look at the validation errors before we submit. It's the full learner table including the LLDD fields, since that's where most of the errors are.

Let me know if you need the learning delivery table as well.

Thanks
{sig}
""".format(sig=SIG["dawn"])
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(z, "application/x-zip-compressed", "ILR_R10_extract.zip")],
                     bnd_ol("pp008"))
    rc = ["sam.oyelaran@fundingdata-consulting.example"]
    msg = message(A(DAWN), ["Sam Oyelaran <sam.oyelaran@fundingdata-consulting.example>"], "R10 extract for validation check",
                  date(2025, 5, 18, 9, 31, 0), mid("pp008", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 8, "ilr-extract", "zip", DAWN[1], rc, DAWN[1],
        "Compliance manager zips an ILR learner extract (ULN, NI, DOB, ethnicity, LLDD) to an external consultant, no password", msg)


def pp009():
    L = lr("jordan")
    body = """Hi Nicola,

Here you go:

Full name: Jordan Lee McIntyre
Date of birth: {dob}
ULN: {uln}
NI number: {ni}
Home address: {addr}
Mobile: {ph}

Start date on programme is 2 September. Let me know once he's showing on your apprenticeship service account and I'll send the commitment over.

{sig}

-----Original Message-----
From: Nicola Ward <nicola.ward@castlegatemotors.example>
Sent: 27 August 2025 15:10
To: Kerry Walton <k.walton@school.example>
Subject: New apprentice - Jordan

> Hi Kerry
>
> Could you send me Jordan's details (DOB, NI number, ULN and address)
> so I can set him up on payroll and add him to our levy account before
> he starts?
>
> Thanks
> Nicola
> HR Administrator, Castlegate Motors
""".format(dob=L.dob_s("long"), uln=L.uln, ni=L.ni, addr=L.address(), ph=L.phone, sig=SIG["kerry"])
    part = text_part(body, cte="7bit")
    rc = ["nicola.ward@castlegatemotors.example"]
    msg = message(A(KERRY), ["Nicola Ward <nicola.ward@castlegatemotors.example>"], "RE: New apprentice - Jordan",
                  date(2025, 8, 28, 9, 3, 0), mid("pp009", ST, "outlook"), part, extra=OUTLOOK,
                  in_reply_to=mid("pp009o", "castlegatemotors.example", "outlook"),
                  references=mid("pp009o", "castlegatemotors.example", "outlook"))
    add("positive", 9, "employer-starter-details", "reply-quoted", KERRY[1], rc, KERRY[1],
        "Reply to employer HR giving a new apprentice's DOB, ULN, NI number, address and mobile, quoting the request", msg)


def pp010():
    L = lr("liam")
    body = ("Hi Phil, Liam's details for your induction form - NI {ni}, DOB {dob}, ULN {uln}. "
            "His next of kin is his mum Karen, 07700 900651. He's asthmatic, carries an inhaler. "
            "See you Thurs\n\nMarcus\n\nSent from my iPhone\n").format(ni=L.ni_sp, dob=L.dob_s(), uln=L.uln)
    part = text_part(body, cte="7bit")
    rc = ["phil.gresley@gresleyjoinery.example"]
    msg = message(A(MARCUS), ["phil.gresley@gresleyjoinery.example"], "Liam details",
                  date(2024, 9, 10, 17, 26, 0), mid("pp010", ST, "apple"), part, extra=["X-Mailer: iPhone Mail (21G93)"])
    add("positive", 10, "learner-ids-mobile", "mobile", MARCUS[1], rc, MARCUS[1],
        "Assessor texts-style email from his phone to an employer with an apprentice's NI, DOB, ULN and medical note", msg)


def pp011():
    L = lr("owen")
    body = """Hi Angela,

Ahead of Owen starting on the shop floor on Monday, here is the information from his enrolment that you asked for your H&S risk assessment. Owen and his mum have agreed we can share it with you.

Apprentice: {name}, DOB {dob}
Home address: {addr}

Medical: Owen has epilepsy (generalised tonic\u2013clonic seizures). He takes lamotrigine 100mg twice daily. His last seizure was in November. Triggers are lack of sleep and flashing lights, and he should not work at height or operate the CNC lathe unsupervised until his consultant (Dr Farouk, QMC neurology) reviews him in the spring.

If he has a seizure: time it, move hazards away, don't restrain him, recovery position afterwards. Call 999 if it lasts more than 5 minutes. He has buccal midazolam in the front pocket of his bag \u2013 only a trained first aider should give it.

Emergency contact: Karen Slater (mum) \u2013 07700 900926.

Please keep this with his personnel file rather than on the shared H&S drive.

Many thanks
{sig}
""".format(name=L.name, dob=L.dob_s("long"), addr=L.address(), sig=SIG["gurp"])
    part = text_part(body, cte="quoted-printable")
    rc = ["angela.moss@trentsideengineering.example"]
    msg = message(A(GURP), ["Angela Moss <angela.moss@trentsideengineering.example>"], "Owen Slater - medical info for risk assessment",
                  date(2025, 1, 9, 14, 10, 0), mid("pp011", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 11, "medical-care-plan", "qp", GURP[1], rc, GURP[1],
        "Assessor sends employer an apprentice's epilepsy care plan, medication, DOB and address (QP)", msg)


def pp012():
    keys = ["kamal", "ayesha", "grace", "tomasz", "dean", "sharon"]
    lines = []
    for k in keys:
        L = lr(k)
        lines.append("%-22s %-11s %-11s %s" % (L.name, L.dob_s(), L.uln, "M" if L.sex == "M" else "F"))
    body = """Dear Registrations Team,

Please register the following candidates for Functional Skills English Level 2 (on-demand, paper-based) at centre 61842, Heartland Skills & Training, Wolverhampton. Exam dates: reading and writing 11 March, speaking & listening assessed internally.

Name                   DOB         ULN         Sex
{rows}

Tomasz Wi\u015bniewski needs a bilingual dictionary (Polish-English) as an access arrangement, and Ayesha Begum has approved 25% extra time (form 8 on file, diagnosed dyslexia).

Kind regards
{sig}
""".format(rows="\n".join(lines), sig=SIG["nadia"])
    part = text_part(body, cte="base64")
    rc = ["registrations@skillsawards.example"]
    msg = message(A(NADIA), ["Registrations <registrations@skillsawards.example>"], "FS English L2 registrations - centre 61842",
                  date(2025, 2, 10, 10, 4, 0), mid("pp012", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 12, "awarding-body-registration", "base64", NADIA[1], rc, NADIA[1],
        "Tutor registers six adult learners with an awarding body: names, DOB, ULN, sex, access arrangements (base64 body)", msg)


def pp013():
    L = lr("zoe")
    body = """Dear Adjustments Team,

I am writing to request reasonable adjustments for the end-point assessment of the following apprentice:

Apprentice: Zoë Barnsley
Date of birth: {dob}
ULN: {uln}
Standard: Business Administrator L3 (ST0070)
Employer: Burton Brewing Supplies Ltd

Zoë was assessed by an educational psychologist (Dr M. Léger) in 2019, who diagnosed dyslexia and dyspraxia. Her below-average processing speed (4th percentile) and working memory (9th percentile) scores are in the report, which I can send on request.

She has also been diagnosed with generalised anxiety disorder and is currently under the care of the Burton community mental health team. She has told us that unfamiliar rooms and being watched while she writes make her anxiety much worse.

We are requesting:
 - 25% extra time for the knowledge test
 - a reader for the knowledge test
 - the professional discussion to be held remotely from her employer's premises, where she feels safe
 - rest breaks as needed

Her usual way of working at the centre already reflects all of these.

Kind regards
{sig}
""".format(dob=L.dob_s("dot"), uln=L.uln, sig=SIG["shaun"])
    part = text_part(body, charset="iso-8859-1", cte="8bit")
    rc = ["adjustments@nationalepa.example"]
    msg = message(A(SHAUN), ["Adjustments Team <adjustments@nationalepa.example>"], "Reasonable adjustment request - Z Barnsley",
                  date(2025, 4, 23, 15, 30, 0), mid("pp013", ST, "tb"), part, extra=TB)
    add("positive", 13, "access-arrangements", "latin1", SHAUN[1], rc, SHAUN[1],
        "EPA coordinator sends EPAO an apprentice's diagnoses, percentile scores, mental health details, DOB and ULN (iso-8859-1)", msg)


def pp014():
    L = lr("tanya")
    sc, acc = bank_from("z3-pp014")
    body = """Hi Lorna,

Could you set up a new regular payment from the learner support account please?

Payee: Ms Tanya O\u2019Neill
Sort code: {sc}
Account number: {acc}
Amount: \u00a330.00 per week (childcare \u2013 discretionary bursary) from 6 January until 28 March
Reference: LSF-TON-CC

For your notes: Tanya is a care leaver (she was in foster care with Sandwell until she was 18) so she also qualifies for the vulnerable bursary of \u00a31,200, which we\u2019ll pay in three instalments \u2013 I\u2019ll send that separately. Her DOB is {dob} and her address is {addr} in case the bank asks.

Thanks
{sig}
""".format(sc=sc, acc=acc, dob=L.dob_s(), addr=L.address(), sig=SIG["bev"])
    part = text_part(body, charset="windows-1252", cte="8bit")
    rc = ["lorna@hollybushbookkeeping.example"]
    msg = message(A(BEV), ["Lorna Hadley <lorna@hollybushbookkeeping.example>"], "New LSF payee - T O'Neill",
                  date(2025, 1, 3, 10, 17, 0), mid("pp014", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 14, "learner-bank-details", "cp1252", BEV[1], rc, BEV[1],
        "Finance emails an external bookkeeper a care leaver's sort code, account number, DOB and address (windows-1252)", msg)


def pp015():
    L = lr("dean")
    d = make_docx([("h", "Individual Learning Plan and Initial Assessment"),
                   ("table", [["Learner name", L.name],
                              ["Date of birth", L.dob_s()],
                              ["ULN", L.uln],
                              ["National Insurance number", L.ni_sp],
                              ["Address", L.address()],
                              ["Telephone", L.phone],
                              ["Employment status", "Unemployed, 12+ months. Universal Credit claimant (work coach referral)."],
                              ["Prior attainment", "GCSE English D, Maths E (2000). No level 2 qualifications."],
                              ["LLDD declaration", "Yes - dyscalculia; hearing impairment (left ear, wears hearing aid)."],
                              ["Criminal convictions", "Declared: driving offence 2021 (spent)."],
                              ["Course", "Counterbalance Forklift (B1) - Novice, 5 days"],
                              ["Initial assessment", "Maths E2, English E3. Needs support with reading the theory paper."]]),
                   "Support agreed: reader for theory test; trainer to face learner when giving instructions; written copies of all safety briefings.",
                   "Learner signature: D Fairclough    Date: 14/10/2024"],
                  title="ILP - D Fairclough", author="Helen Dunmore")
    body = """Hi Wayne,

Attached is the ILP and initial assessment for Dean Fairclough, who starts with you on Monday on the B1 novice course. Please note his hearing impairment and the reading support he needs for the theory paper.

Thanks
{sig}
""".format(sig=SIG["helen"])
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(d, DOCX_CT, "ILP - Dean Fairclough.docx")], bnd_ol("pp015"))
    rc = ["wayne@blackcountryforklift.example"]
    msg = message(A(HELEN), ["Wayne Darby <wayne@blackcountryforklift.example>"], "ILP for Monday's B1 novice starter",
                  date(2024, 10, 16, 12, 0, 0), mid("pp015", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 15, "learning-plan", "attach-docx", HELEN[1], rc, HELEN[1],
        "Coordinator sends a subcontractor a learner's ILP (.docx) with NI, ULN, DOB, benefits, LLDD and convictions", msg)


def pp016():
    keys = ["denise", "patricia", "marcia", "sharon", "grace", "kamal"]
    notes = {"denise": "Angina - GTN spray in handbag", "marcia": "Type 1 diabetic - may need to eat in class",
             "grace": "Pregnant (due June) - no heavy lifting", "kamal": "Epilepsy - controlled"}
    ec = {"denise": "Roy Hollis (husband) 07700 900687", "patricia": "Kwame Osei (husband) 07700 900443",
          "marcia": "Leon Brown (son) 07700 900911", "sharon": "Tina Mansell (friend) 07700 900238",
          "grace": "Tunde Adeyemi (partner) 07700 900775", "kamal": "Noor Rashid (wife) 07700 900641"}
    out = ["HEARTLAND SKILLS & TRAINING - COURSE REGISTER",
           "Course: Emergency First Aid at Work (1 day)  Venue: St Mark's Community Centre, Pennfields",
           "Date: Saturday 12 April 2025, 9.00-16.30", "",
           "%-18s %-11s %-40s %-13s" % ("Name", "DOB", "Address", "Mobile")]
    for k in keys:
        L = lr(k)
        out.append("%-18s %-11s %-40s %-13s" % (L.name, L.dob_s(), L.address(), L.phone))
    out += ["", "EMERGENCY CONTACTS / MEDICAL"]
    for k in keys:
        L = lr(k)
        out.append("%s: EC %s. %s" % (L.name, ec[k], notes.get(k, "No medical issues declared.")))
    txt = "\r\n".join(out) + "\r\n"
    body = """Hi Bernadette,

Register for Saturday's first aid course attached, so your caretaker knows who to expect and has the emergency contacts in case anything happens while our trainer is busy. Please keep it in the office and shred it afterwards.

Thanks
{sig}
""".format(sig=SIG["helen"])
    part = multipart("mixed", [text_part(body, cte="7bit"), text_attach(txt, "register 12-04-25.txt", cte="quoted-printable")],
                     bnd_ol("pp016"))
    rc = ["bookings@stmarkscommunitycentre.example"]
    msg = message(A(HELEN), ["St Mark's Community Centre <bookings@stmarkscommunitycentre.example>"], "Register for Saturday first aid",
                  date(2025, 4, 10, 15, 45, 0), mid("pp016", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 16, "course-register", "attach-txt", HELEN[1], rc, HELEN[1],
        "Course register (.txt) with adult learners' DOBs, addresses, mobiles, emergency contacts and medical notes sent to a community venue", msg)


def pp017():
    L = lr("ayesha")
    inner_body = """Nadia,

Thanks for passing on your concerns about Ayesha Begum (DOB {dob}, ULN {uln}).

I spoke to her this afternoon. She told me she has been self-harming again since her divorce was finalised in January, and that she has had thoughts of ending her life but has no plan. She is on fluoxetine 20mg from her GP (Dr Chaudhry, Soho Health Centre) and has been referred to the Birmingham Healthy Minds service, but the waiting list is 14 weeks.

She has agreed to a referral to an external counsellor and to us sharing this information with them. I've given her the Samaritans and Forward Thinking Birmingham numbers. Her sister Rubina (07700 900806) is her emergency contact.

Please keep this between us, and don't record it in her portfolio.

Lisa
""".format(dob=L.dob_s(), uln=L.uln)
    inner = message(A(LISA), [A(NADIA)], "Ayesha B - confidential", date(2025, 3, 6, 16, 40, 0), mid("pp017i", ST, "outlook"),
                    text_part(inner_body, cte="7bit"), extra=OUTLOOK)
    note = """Hi Jenny,

Please see Lisa's note attached about Ayesha, who has agreed to the referral we talked about. Her address is {addr} and her mobile is {ph}.

She is free on Tuesday and Thursday afternoons.

Thanks
{sig}
""".format(addr=L.address(), ph=L.phone, sig=SIG["nadia"])
    part = multipart("mixed", [text_part(note, cte="7bit"), rfc822_part(inner, "Ayesha B - confidential.eml")], bnd_ol("pp017"))
    rc = ["jenny.cole@heartsease-wellbeing.example"]
    msg = message(A(NADIA), ["Jenny Cole <jenny.cole@heartsease-wellbeing.example>"], "FW: Ayesha B - confidential",
                  date(2025, 3, 7, 9, 2, 0), mid("pp017", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 17, "safeguarding-forward", "fwd-rfc822", NADIA[1], rc, NADIA[1],
        "Tutor forwards the DSL's confidential note (self-harm, suicidal thoughts, medication, DOB, ULN) as an attachment to an outside counsellor", msg)


def pp018():
    ni = nino_from("z3-royle", True)
    body = """Dear Ms Clarke,

Reference: Mr Daniel Royle

Thank you for your request. I can confirm that Daniel Royle (date of birth 19/06/1984, NI number {ni}) was employed by Heartland Skills & Training as an Engineering Tutor from 4 September 2018 to 31 January 2025.

You asked specifically about attendance and conduct. In the last 12 months of his employment Daniel had 23 days of sickness absence, of which 17 were a single period of stress-related absence following a bereavement. He was referred to occupational health, who recommended a phased return, which went well.

In March 2023 he received a first written warning for failing to complete learner progress reviews on time. The warning has since expired and there were no further issues.

Daniel's teaching observations were consistently graded "good". Learners liked him and he was well organised in the workshop. We would re-employ him.

This reference is given in confidence and for the purpose of your recruitment only.

Yours sincerely
{sig}
""".format(ni=ni, sig=SIG["jo"])
    part = text_part(body, cte="7bit", flowed=True)
    rc = ["hr@acornlearning.example"]
    msg = message(A(JO), ["Acorn Learning HR <hr@acornlearning.example>"], "Reference - Daniel Royle",
                  date(2025, 2, 20, 11, 5, 0), mid("pp018", ST, "tb"), part, extra=TB)
    add("positive", 18, "staff-reference", "flowed", JO[1], rc, JO[1],
        "HR sends an outside employer a reference with a former tutor's DOB, NI number, sickness and disciplinary history (flowed)", msg)


def pp019():
    keys = ["kyle", "jordan", "kayleigh", "reece"]
    otj = [41, 66, 88, 12]
    prog = ["28%", "11%", "54%", "35%"]
    rows = [["Apprentice", "ULN", "DOB", "OTJ hours (to date)", "Progress", "RAG"]]
    for k, o, p in zip(keys, otj, prog):
        L = lr(k)
        rows.append([L.name, L.uln, L.dob_s(), o, p, "Red" if k == "reece" else "Green"])
    inner = P("Hi Darren,", "", "Monthly report for your apprentices below.", "") + "\n" + table_html(rows) + "\n" + P(
        "", "<b>Reece Mander</b> &#8211; as you know, Reece has been off since 3 March. His GP has signed him off with depression and he told me he is on the waiting list for talking therapy. We have put him on a break in learning from 3 March so his funding isn&#8217;t affected. I&#8217;ve given him the details of the Access to Work mental health support service and suggested he also speaks to your EAP.",
        "", "<b>Kyle Barnes</b> &#8211; OTJ is a bit behind because of his ADHD medication review in February; we&#8217;ve agreed a catch-up plan.",
        "", "Any questions give me a ring.", "", htmllib.escape(SIG["marcus"]).replace("\n", "<br>"))
    part = text_part(html_wrap(inner), subtype="html", cte="quoted-printable")
    rc = ["darren.webb@castlegatemotors.example", "nicola.ward@castlegatemotors.example"]
    msg = message(A(MARCUS), ["Darren Webb <darren.webb@castlegatemotors.example>"], "Monthly apprentice report - March",
                  date(2025, 3, 31, 16, 40, 0), mid("pp019", ST, "outlook"), part,
                  cc=["Nicola Ward <nicola.ward@castlegatemotors.example>"], extra=OUTLOOK)
    add("positive", 19, "employer-monthly-report", "html", MARCUS[1], rc, MARCUS[1],
        "Monthly employer report (HTML) with apprentices' ULN/DOB and one apprentice's depression and break in learning", msg)


def pp020():
    bookings = [("grace", "Level 2 Award in Food Safety", "95.00", "54"),
                ("tomasz", "Level 2 Award in Food Safety", "95.00", "4"),
                ("danielle", "Level 3 Award in Education and Training", "520.00", "52"),
                ("shannon", "Emergency First Aid at Work", "85.00", "4")]
    rows = [["Booking ref", "Name", "Course", "Amount", "Card number", "Expiry", "CV2"]]
    txtrows = []
    for i, (k, c, a, kind) in enumerate(bookings):
        L = lr(k)
        cn = card_from("z3-pp020-" + k, kind, 16)
        exp = "%02d/%02d" % (3 + i * 2, 26 + i % 3)
        cv = "%03d" % (211 + i * 137)
        ref = "WEB-%05d" % (20411 + i * 3)
        rows.append([ref, L.name, c, "\u00a3" + a, group4(cn), exp, cv])
        txtrows.append("%s  %s  %s  \u00a3%s  %s  exp %s  cv2 %s" % (ref, L.name, c, a, group4(cn), exp, cv))
    txt = """Hi Gemma,

Here are the four website bookings from last week where the online payment failed. The learners filled in the card details on the booking form instead, so can you put them through your terminal as before?

""" + "\n".join(txtrows) + """

Thanks, and let me know if any are declined.

""" + SIG["kerry"] + "\n"
    html = html_wrap(P("Hi Gemma,", "",
                       "Here are the four website bookings from last week where the online payment failed. The learners filled in the card details on the booking form instead, so can you put them through your terminal as before?",
                       "") + "\n" + table_html(rows) + "\n" + P("", "Thanks, and let me know if any are declined.", "",
                                                               htmllib.escape(SIG["kerry"]).replace("\n", "<br>")))
    part = multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                     text_part(html, subtype="html", cte="quoted-printable")], bnd_ol("pp020"))
    rc = ["gemma@midlandslearningpartnership.example"]
    msg = message(A(KERRY), ["Gemma Lowe <gemma@midlandslearningpartnership.example>"], "Failed web payments - please process",
                  date(2025, 3, 24, 10, 30, 0), mid("pp020", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 20, "card-booking-details", "alternative", KERRY[1], rc, KERRY[1],
        "Bookings officer sends a partner four learners' full card numbers, expiry dates and CV2 codes (text+HTML)", msg)


def pp021():
    keys = ["ellie", "leah", "mollie", "connor", "kyle", "sophie", "bradley"]
    lines = ["Surname,Forename,Date of birth,Address,Postcode,ULN,Free meals eligible,Photo ref"]
    for i, k in enumerate(keys):
        L = lr(k)
        lines.append('%s,%s,%s,"%s, %s",%s,%s,%s,IMG_%04d' % (L.last, L.first, L.dob_s(), L.street, L.town, L.pc, L.uln,
                                                               "Y" if i % 3 == 0 else "N", 3310 + i))
    csv = "\r\n".join(lines) + "\r\n"
    body = """Hi Travel Team,

Please find attached our 16-18 learners applying for the discounted student travel pass for the autumn term. Photos will follow in a separate email.

Kind regards
{sig}
""".format(sig=SIG["kerry"])
    part = multipart("mixed", [text_part(body, cte="7bit"),
                               text_attach(csv, "Heartland 16-18 travel pass applications.csv", subtype="csv", cte="quoted-printable")],
                     bnd_ol("pp021"))
    rc = ["studentpasses@wmtransit.example"]
    msg = message(A(KERRY), ["Student Passes <studentpasses@wmtransit.example>"], "16-18 travel pass applications - Heartland Skills",
                  date(2025, 9, 8, 11, 12, 0), mid("pp021", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 21, "travel-pass-list", "attach-csv", KERRY[1], rc, KERRY[1],
        "CSV of 16-17-year-old learners' names, DOB, home addresses, ULNs and free-meals eligibility sent to a transport operator", msg)


def pp022():
    keys = ["jade", "kyle", "jordan", "liam", "owen", "amir", "kayleigh", "bradley", "jess", "callum"]
    emp = ["Brindley Foods Ltd", "Castlegate Motors", "Castlegate Motors", "Gresley Joinery Ltd", "Trentside Engineering",
           "Brindley Foods Ltd", "Castlegate Motors", "Wenlock Haulage Ltd", "Little Acorns Day Nursery", "Trentside Engineering"]
    rows = [["Funding audit sample - apprenticeships 2024/25", "", "", "", "", "", "", ""],
            ["Learner", "ULN", "NI number", "Date of birth", "Start date", "Employer", "Hourly wage", "Contracted hrs"]]
    for i, k in enumerate(keys):
        L = lr(k)
        rows.append([L.name, int(L.uln), L.ni, L.dob_s(), "%02d/09/2024" % (2 + i), emp[i], round(6.40 + (i % 4) * 1.35, 2),
                     30 + (i % 3) * 5])
    x = make_xlsx(rows, "Sample")
    body = """Hi Priyanka,

Attached is the sample of 10 learners you selected for the funding audit, with the ULN, NI, DOB, start date and wage information from our MIS. Evidence packs will be on the SharePoint site by Wednesday.

Regards
{sig}
""".format(sig=SIG["dawn"])
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(x, XLSX_CT, "Audit sample 2024-25.xlsx")], bnd_ol("pp022"))
    rc = ["priyanka.desai@kpw-assurance.example"]
    msg = message(A(DAWN), ["Priyanka Desai <priyanka.desai@kpw-assurance.example>"], "Audit sample - learner data",
                  date(2025, 7, 7, 14, 20, 0), mid("pp022", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 22, "audit-sample", "attach-xlsx", DAWN[1], rc, DAWN[1],
        "Spreadsheet of 10 apprentices with ULN, NI number, DOB and wages sent to an external auditor, unencrypted", msg)


def pp023():
    L = lr("liam")
    port = make_docx([("h", "EPA Gateway Portfolio - Engineering Fitter L3"),
                      ("table", [["Apprentice", L.name], ["DOB", L.dob_s()], ["ULN", L.uln], ["NI number", L.ni_sp],
                                 ["Employer", "Gresley Joinery Ltd, Kidderminster"], ["Line manager", "Phil Gresley"]]),
                      ("h", "Employer witness statement"),
                      "Liam has worked in our machine shop for three years. He sets up and maintains the CNC router and the panel saw and carries out planned maintenance to our schedule.",
                      "He had some time off in 2024 for an operation on his knee (six weeks) but caught up quickly.",
                      ("h", "Evidence index"),
                      "E1 PPM records; E2 Fault-finding on extraction fan; E3 Toolbox talk delivered; E4 Risk assessment for router maintenance."],
                     title="Gateway portfolio - L Brennan", author="Marcus Thorne")
    idx = "Evidence index - Liam Brennan (ULN %s)\r\nE1 PPM records (photos)\r\nE2 Fault-finding report\r\nE3 Toolbox talk\r\nE4 Risk assessment\r\n" % L.uln
    z = make_zip([("Brennan_L_gateway/portfolio.docx", port), ("Brennan_L_gateway/evidence_index.txt", idx)],
                 dt=(2025, 6, 11, 10, 0, 0))
    body = """Hi Alun,

As the upload to the Hub keeps failing, here is Liam Brennan's gateway portfolio zipped up for his professional discussion on the 24th.

Cheers
{sig}
""".format(sig=SIG["shaun"])
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(z, "application/zip", "Brennan_L_gateway.zip")], bnd_ol("pp023"))
    rc = ["alun.morgan.epa@example.com"]
    msg = message(A(SHAUN), ["Alun Morgan <alun.morgan.epa@example.com>"], "Liam Brennan portfolio for 24 June",
                  date(2025, 6, 11, 10, 12, 0), mid("pp023", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 23, "evidence-portfolio", "zip", SHAUN[1], rc, SHAUN[1],
        "Zipped gateway portfolio with an apprentice's DOB, ULN, NI number and health note sent to an assessor's personal address", msg)


def pp024():
    L = lr("danielle")
    sc, acc = bank_from("z3-pp024")
    body = """Hi Margaret,

Following our phone call, here is the email from the learner I mentioned. She has given permission for me to pass it on for the emergency hardship grant.

Helen

---------- Forwarded message ---------
From: {name} <{em}>
Date: Tue, 21 Jan 2025 at 22:48
Subject: help with money
To: Helen Dunmore <h.dunmore@school.example>

Hi Helen,

Sorry to bother you. Since I left my partner in November I've been behind on my rent and I got a letter from the housing association saying they might start eviction. My Universal Credit got sanctioned for 4 weeks because I missed an appointment when my daughter was in hospital with her asthma. I've got £11 until the 3rd.

If there is anything from the hardship fund my bank details are:
Name: Danielle Ferris
Sort code: {sc}
Account: {acc}

My address is {addr}. My DOB is {dob} if you need it.

Thank you so much
Danielle
""".format(name=L.name, em=L.email, sc=sc, acc=acc, addr=L.address(), dob=L.dob_s())
    part = text_part(body, cte="8bit")
    rc = ["grants@bccommunityfoundation.example"]
    msg = message(A(HELEN), ["Margaret Ince <grants@bccommunityfoundation.example>"], "Fwd: help with money",
                  date(2025, 1, 22, 9, 40, 0), mid("pp024", ST, "gmail"), part)
    add("positive", 24, "learner-bank-details", "fwd-inline", HELEN[1], rc, HELEN[1],
        "Coordinator forwards a learner's hardship email (sanction, eviction, bank details, DOB) to an outside charity", msg)


def pp025():
    L = lr("harvey")
    body = """Hello Mr Qureshi,

Thank you for agreeing to help Harvey with his Access to Work application. As requested, here are his details:

Name: {name}
Date of birth: {dob}
National Insurance number: {ni}
Address: {addr}
Mobile (text only): {ph}

Employer: Brindley Foods Ltd (Coalville site), Warehouse Operative apprentice, 37.5 hours a week.

Condition: Harvey is profoundly deaf (bilateral sensorineural hearing loss since birth) and uses British Sign Language as his first language. He has a cochlear implant on the right side, which helps in quiet rooms only.

Support he needs at work: a BSL interpreter for team briefings, inductions and training (about 6 hours a week), a vibrating pager linked to the fire alarm, and deaf awareness training for his team.

He would like communication by text or email, not by phone.

Kind regards
{sig}
""".format(name=L.name, dob=L.dob_s("long"), ni=L.ni_sp, addr=L.address(), ph=L.phone, sig=SIG["gurp"])
    part = text_part(body, cte="quoted-printable")
    rc = ["i.qureshi@workability-services.example"]
    msg = message(A(GURP), ["Imran Qureshi <i.qureshi@workability-services.example>"], "Access to Work - Harvey Lunn",
                  date(2024, 11, 4, 13, 25, 0), mid("pp025", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 25, "access-to-work", "qp", GURP[1], rc, GURP[1],
        "Assessor sends an outside support service a deaf apprentice's NI number, DOB, address and disability details (QP)", msg)


def pp026():
    keys = ["tomasz", "dean", "kamal", "grace", "shannon"]
    lines = []
    for k in keys:
        L = lr(k)
        lines.append("%s | ULN %s | DOB %s | %s | LLDD: %s" % (
            L.name, L.uln, L.dob_s("iso"), L.pc,
            {"tomasz": "none", "dean": "dyscalculia, hearing", "kamal": "epilepsy",
             "grace": "none", "shannon": "mental health difficulty (anxiety)"}[k]))
    body = """Hi Wayne,

Here are the five learners we've allocated to your March B1 counterbalance course through the adult skills fund. You'll need the ULN and DOB for your registration with the awarding body.

{rows}

All five are on Universal Credit and were referred by the Jobcentre in Stapleford and Smethwick, so please let me know straight away if anyone doesn't turn up - we have to report non-attendance to their work coach.

Thanks
{sig}
""".format(rows="\n".join(lines), sig=SIG["helen"])
    part = text_part(body, cte="8bit", flowed=True)
    rc = ["wayne@blackcountryforklift.example"]
    msg = message(A(HELEN), ["Wayne Darby <wayne@blackcountryforklift.example>"], "March B1 allocations",
                  date(2025, 2, 26, 10, 0, 0), mid("pp026", ST, "tb"), part, extra=TB)
    add("positive", 26, "subcontractor-learner-list", "flowed", HELEN[1], rc, HELEN[1],
        "Learner list with ULNs, DOBs, postcodes, LLDD conditions and benefit status sent to a subcontractor (flowed)", msg)


def pp027():
    L = lr("priya")
    inner_body = """Hi Kerry,

Here are my details for the enrolment form as you asked:

Full name: Priya Mistry
DOB: {dob}
NI: {ni}
Address: {addr}
Phone: {ph}
Emergency contact: Hema Mistry (mum) 07700 900698

I need to declare I have an unspent conviction - a caution for shoplifting in 2023. I told my manager at interview. I'm also under the eating disorders service at the Brandon Unit, which is why I might need some time off for appointments.

Thanks
Priya
""".format(dob=L.dob_s(), ni=L.ni_sp, addr=L.address(), ph=L.phone)
    inner = message(addr(L.name, L.email), [A(KERRY)], "my details", date(2025, 4, 2, 19, 14, 0),
                    mid("pp027i", LS, "apple"), text_part(inner_body, cte="7bit"), extra=["X-Mailer: iPhone Mail (22D72)"])
    note = "Hi Sandra,\n\nPriya's enrolment details attached for your HR file as requested.\n\n" + SIG["kerry"] + "\n"
    part = multipart("mixed", [text_part(note, cte="7bit"), rfc822_part(inner, "my details.eml")], bnd_ol("pp027"))
    rc = ["sandra.pike@brindleyfoods.example"]
    msg = message(A(KERRY), ["Sandra Pike <sandra.pike@brindleyfoods.example>"], "FW: my details",
                  date(2025, 4, 3, 8, 50, 0), mid("pp027", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 27, "enrolment-details-forward", "fwd-rfc822", KERRY[1], rc, KERRY[1],
        "Admin forwards, as an attached message, a learner's NI, DOB, conviction and health disclosure to her employer", msg)


def pp028():
    L = lr("liam")
    card = card_from("z3-pp028", "53", 16)
    body = ("Hi, Liam Brennan (ULN {uln}) is paying his own resit fee for the knowledge test, £95. "
            "Card {card} exp 11/27 cvv 582, name on card MR L BRENNAN. Can you take it today please, "
            "he's booked for the 9th\n\nShaun\n\nSent from my iPhone\n").format(uln=L.uln, card=card)
    part = text_part(body, cte="quoted-printable")
    rc = ["finance@nationalepa.example"]
    msg = message(A(SHAUN), ["finance@nationalepa.example"], "Resit fee Liam Brennan",
                  date(2025, 7, 1, 12, 44, 0), mid("pp028", ST, "apple"), part, extra=["X-Mailer: iPhone Mail (22F76)"])
    add("positive", 28, "card-number-mobile", "mobile", SHAUN[1], rc, SHAUN[1],
        "EPA coordinator emails from his phone an apprentice's full card number, expiry and CVV to the EPAO finance team", msg)


def pp029():
    L = lr("ellie")
    body = """Dear Lorraine,

Thank you for offering Ellie-Mae Turner a placement for her Level 2 Adult Care apprenticeship. Before she starts on 7 April I need to share some confidential information with you as her placement manager.

Ellie-Mae (DOB {dob}, age 17) is a looked-after child in the care of Walsall Council under a full care order. She lives with foster carers, Mr and Mrs Jukes, at {addr}. Her social worker is Anita Green, Walsall Children's Services, 0121 496 0791.

IMPORTANT: her birth father is subject to a non-molestation order and must not be given any information about where Ellie-Mae works or lives. If anyone phones or turns up asking for her, please do not confirm she works there and call me straight away.

She has a history of going missing from care (the last episode was in October) and she has PTSD. She sees a therapist at CAMHS on Wednesday afternoons.

Her personal adviser is Zoë Ward (leaving care team).

Kind regards
{sig}
""".format(dob=L.dob_s(), addr=L.address(), sig=SIG["lisa"])
    part = text_part(body, charset="iso-8859-1", cte="quoted-printable")
    rc = ["l.bickley@ashfordcare.example"]
    msg = message(A(LISA), ["Lorraine Bickley <l.bickley@ashfordcare.example>"], "Confidential - E Turner placement",
                  date(2025, 3, 27, 14, 0, 0), mid("pp029", ST, "outlook"), part, extra=OUTLOOK)
    add("positive", 29, "looked-after-child", "latin1", LISA[1], rc, LISA[1],
        "DSL tells an employer a 17-year-old's looked-after status, foster address, court order and mental health (iso-8859-1 QP)", msg)


def pp030():
    people = [("Marcus", "Thorne", (1978, 5, 12), False, "MT", "WV58 KTF", "SP30 (3 points, 2023)"),
              ("Gurpreet", "Sahota", (1986, 11, 2), True, "GS", "DE19 XHA", "None"),
              ("Shaun", "Okafor", (1990, 7, 25), False, "SO", "NG70 BLD", "None"),
              ("Helen", "Dunmore", (1975, 12, 8), True, "HD", "WV17 RZP", "SP50 (3 points, 2024)"),
              ("Paula", "Rowley", (1969, 2, 14), True, "PR", "WS66 MNE", "None")]
    rows = [["Name", "Date of birth", "Driving licence number", "Vehicle reg", "Endorsements", "Business cover seen"]]
    tails = ["9KT", "9AB", "9RW", "9JD", "9LP"]
    for i, (f, l, dob, fem, ini, reg, end) in enumerate(people):
        lic = dvla(l, ini, dob[0], dob[1], dob[2], fem, tails[i])
        rows.append(["%s %s" % (f, l), "%02d/%02d/%04d" % (dob[2], dob[1], dob[0]), lic, reg, end, "Yes"])
    d = make_docx([("h", "Grey fleet driver declaration - Heartland Skills & Training"),
                   "Staff who use their own vehicle for business travel (assessor visits). Checked against DVLA View Driving Licence, June 2025.",
                   ("table", rows),
                   "Helen Dunmore has declared type 2 diabetes (tablet-controlled) to the DVLA."],
                  title="Grey fleet declaration", author="Jo Pritchard")
    body = """Hi Ben,

For the renewal of our business travel cover, please find attached the grey fleet declaration for our five assessors who drive their own cars on company business, including licence numbers and endorsements.

Regards
{sig}
""".format(sig=SIG["jo"])
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(d, DOCX_CT, "Grey fleet declaration June 2025.docx")], bnd_ol("pp030"))
    rc = ["ben.hale@midshiresinsurance.example"]
    msg = message(A(JO), ["Ben Hale <ben.hale@midshiresinsurance.example>"], "Grey fleet declaration for renewal",
                  date(2025, 6, 16, 11, 30, 0), mid("pp030", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("positive", 30, "staff-driving-licences", "attach-docx", JO[1], rc, JO[1],
        "HR sends an insurer a .docx of staff DOBs, driving licence numbers, endorsements and a medical condition", msg)


# ---------------------------------------------------------------- negatives: encrypted

def _smime_msg(num, frm, to_disp, rc, subject, dt, seed, note, family):
    part = smime_part("z3-" + seed, 2400 + num * 37)
    msg = message(A(frm), to_disp, subject, dt, mid(seed, ST, "outlook"), part, extra=["Content-Language: en-GB"])
    add("negative", num, family, "smime", frm[1], rc, frm[1], note, msg)


def pn001():
    _smime_msg(1, SHAUN, ["EPA Bookings <epa.bookings@nationalepa.example>"], ["epa.bookings@nationalepa.example"],
               "Gateway list - July 2025 [encrypted]", date(2025, 6, 25, 10, 5, 0), "pn001",
               "Gateway list with ULNs/DOBs sent to the EPAO S/MIME-encrypted (application/pkcs7-mime)", "epa-gateway-list")


def pn002():
    _smime_msg(2, BEV, ["Michelle Tranter <michelle@ledgerlinebureau.example>"], ["michelle@ledgerlinebureau.example"],
               "LSF BACS file 28/03", date(2025, 3, 26, 10, 30, 0), "pn002",
               "Learner support BACS file with bank details sent to the payroll bureau S/MIME-encrypted", "learner-bank-details")


def pn003():
    _smime_msg(3, LISA, ["Black Country MASH <mash@blackcountry-council.example>"], ["mash@blackcountry-council.example"],
               "Safeguarding referral - HS/SG/25/014", date(2025, 2, 11, 12, 15, 0), "pn003",
               "Named safeguarding referral to the council MASH sent S/MIME-encrypted", "safeguarding-referral")


def _pgp_msg(num, frm, to_disp, rc, subject, dt, seed, note, family):
    part = pgp_part("z3-" + seed, 3000 + num * 53, "------------enig" + hashlib.md5(seed.encode()).hexdigest()[:24].upper())
    msg = message(A(frm), to_disp, subject, dt, mid(seed, ST, "tb"), part, extra=TB)
    add("negative", num, family, "pgp", frm[1], rc, frm[1], note, msg)


def pn004():
    _pgp_msg(4, JO, ["Ben Hale <ben.hale@midshiresinsurance.example>"], ["ben.hale@midshiresinsurance.example"],
             "Grey fleet declaration for renewal", date(2025, 6, 17, 9, 0, 0), "pn004",
             "Staff driving-licence declaration sent to the insurer as PGP/MIME multipart/encrypted", "staff-driving-licences")


def pn005():
    _pgp_msg(5, DAWN, ["Sam Oyelaran <sam.oyelaran@fundingdata-consulting.example>"], ["sam.oyelaran@fundingdata-consulting.example"],
             "R11 extract for validation check", date(2025, 6, 16, 9, 40, 0), "pn005",
             "ILR learner extract sent to the external consultant PGP/MIME-encrypted", "ilr-extract")


def pn006():
    _pgp_msg(6, MARCUS, ["Darren Webb <darren.webb@castlegatemotors.example>"], ["darren.webb@castlegatemotors.example"],
             "Monthly apprentice report - April", date(2025, 4, 30, 16, 20, 0), "pn006",
             "Monthly employer report with health details sent PGP/MIME-encrypted", "employer-monthly-report")


def _enczip_msg(num, frm, to_disp, rc, subject, dt, seed, body, files, zname, note, family):
    z = make_encrypted_zip(files, "Hs!" + hashlib.sha1(seed.encode()).hexdigest()[:10], seed)
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(z, "application/x-zip-compressed", zname)], bnd_ol(seed))
    msg = message(A(frm), to_disp, subject, dt, mid(seed, ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", num, family, "zip-encrypted", frm[1], rc, frm[1], note, msg)


def pn007():
    L = lr("callum")
    port = make_docx([("h", "EPA Gateway Portfolio - Engineering Fitter L3"),
                      ("table", [["Apprentice", L.name], ["DOB", L.dob_s()], ["ULN", L.uln], ["NI number", L.ni_sp]])],
                     title="Gateway portfolio", author="Marcus Thorne")
    body = """Hi Alun,

Callum Whitehouse's gateway portfolio for 1 July is attached as a password-protected zip. I'll text you the password from my work mobile - it won't be in any email.

Cheers
""" + SIG["shaun"] + "\n"
    _enczip_msg(7, SHAUN, ["Alun Morgan <alun.morgan.epa@example.com>"], ["alun.morgan.epa@example.com"],
                "Callum Whitehouse portfolio for 1 July", date(2025, 6, 20, 10, 0, 0), "pn007", body,
                [("Whitehouse_C_gateway/portfolio.docx", port)], "Whitehouse_C_gateway.zip",
                "Gateway portfolio with DOB/ULN/NI sent as a ZipCrypto password-protected zip, password by text", "evidence-portfolio")


def pn008():
    lines = ["Payee,Sort code,Account,Amount"]
    for k in ["tanya", "grace", "sharon"]:
        L = lr(k)
        sc, acc = bank_from("z3-pn008-" + k)
        lines.append("%s,%s,%s,30.00" % (L.name, sc, acc))
    body = """Hi Lorna,

This week's LSF payments are in the attached zip, protected with the password we agreed on the phone in January (same one as usual).

Thanks
""" + SIG["bev"] + "\n"
    _enczip_msg(8, BEV, ["Lorna Hadley <lorna@hollybushbookkeeping.example>"], ["lorna@hollybushbookkeeping.example"],
                "LSF payments w/c 20 Jan", date(2025, 1, 20, 9, 15, 0), "pn008", body,
                [("LSF_payments_20-01-25.csv", "\r\n".join(lines) + "\r\n")], "LSF_payments_20-01-25.zip",
                "Learner bank details CSV inside a password-protected zip, password agreed by phone", "learner-bank-details")


def pn009():
    L = lr("tomasz")
    d = make_docx([("h", "ALS declaration"), ("table", [["Learner", L.name], ["DOB", L.dob_s()], ["NI", L.ni_sp],
                                                         ["Declared need", "Dyslexia; anxiety"]])], title="ALS", author="Helen Dunmore")
    body = """Hi Wayne,

ALS declarations for next month's starters attached in an encrypted zip. I'll ring you with the password this afternoon.

Thanks
""" + SIG["helen"] + "\n"
    _enczip_msg(9, HELEN, ["Wayne Darby <wayne@blackcountryforklift.example>"], ["wayne@blackcountryforklift.example"],
                "ALS declarations - April starters", date(2025, 3, 18, 11, 0, 0), "pn009", body,
                [("ALS_April/ALS_T_Wisniewski.docx", d)], "ALS_April_starters.zip",
                "Additional learning support declarations sent to a subcontractor in a password-protected zip", "disability-declaration")


# ---------------------------------------------------------------- negatives: internal

def pn010():
    keys = ["jade", "kyle", "jordan", "liam", "owen", "amir", "kayleigh"]
    lines = ["Learner,ULN,NI number,DOB,Missing evidence"]
    miss = ["Signed commitment statement", "Proof of ID", "", "Employer wage evidence", "ILP signature", "", "Prior learning record"]
    for k, m in zip(keys, miss):
        L = lr(k)
        lines.append("%s,%s,%s,%s,%s" % (L.name, L.uln, L.ni, L.dob_s(), m or "none"))
    body = """Hi both,

Before the audit team arrive, here's the list of files from our own sample that still have missing evidence. Could you chase the employers and get them sorted by Friday?

Dawn
"""
    part = multipart("mixed", [text_part(body, cte="7bit"),
                               text_attach("\r\n".join(lines) + "\r\n", "missing evidence.csv", subtype="csv", cte="base64")],
                     bnd_ol("pn010"))
    rc = [GURP[1], MARCUS[1]]
    msg = message(A(DAWN), [A(GURP), A(MARCUS)], "Missing evidence before audit", date(2025, 6, 30, 9, 0, 0),
                  mid("pn010", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 10, "internal-learner-list", "attach-csv", DAWN[1], rc, DAWN[1],
        "Internal only: compliance manager sends two assessors a CSV with ULN, NI and DOB", msg)


def pn011():
    body = """Nadia,

Thanks for passing on your concerns about Ayesha Begum. I spoke to her this afternoon. She has told me she has been self-harming again since her divorce was finalised, and she is on fluoxetine from her GP. She has agreed to a referral to our counselling partner and I'll make that through the secure portal, not by email.

Please keep an eye on her in Thursday's class, and let me know straight away if anything else comes up.

Lisa
"""
    part = text_part(body, cte="7bit")
    msg = message(A(LISA), [A(NADIA)], "Ayesha B - confidential", date(2025, 3, 6, 16, 40, 0), mid("pn011", ST, "outlook"),
                  part, extra=OUTLOOK)
    add("negative", 11, "internal-safeguarding", "plain", LISA[1], [NADIA[1]], LISA[1],
        "Internal only: DSL updates the tutor about a learner's self-harm disclosure", msg)


def pn012():
    L = lr("shannon")
    sc, acc = bank_from("z3-pn012")
    body = ("hi bev its shannon gill from the tues L3 group, heres my details for the bursary form. "
            "NI {ni}, sort code {sc} acc {acc}. dob {dob}. thanks so much\n\nSent from my iPhone\n").format(
        ni=L.ni_sp, sc=sc, acc=acc, dob=L.dob_s())
    part = text_part(body, cte="7bit")
    msg = message(addr(L.name, L.email), [A(BEV)], "bursary details", date(2025, 1, 14, 21, 3, 0), mid("pn012", LS, "apple"),
                  part, extra=["X-Mailer: iPhone Mail (22C152)"])
    add("negative", 12, "learner-own-details", "mobile", L.email, [BEV[1]], L.email,
        "Internal only: a learner sends her own NI and bank details to the finance officer from her phone", msg)


def pn013():
    rows = [["Payee", "Sort code", "Account", "Amount", "Type"]]
    for k, a in [("tanya", 120.0), ("ayesha", 34.5), ("kamal", 28.0), ("grace", 41.2)]:
        L = lr(k)
        sc, acc = bank_from("z3-pn013-" + k)
        rows.append([L.name, sc, acc, a, "LSF"])
    x = make_xlsx(rows, "BACS")
    body = "Dawn - draft BACS run for your sign-off before it goes to the bureau (encrypted). Bev\n"
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(x, XLSX_CT, "LSF BACS draft.xlsx")], bnd_ol("pn013"))
    msg = message(A(BEV), [A(DAWN)], "BACS draft for sign-off", date(2025, 3, 11, 15, 0, 0), mid("pn013", ST, "outlook"),
                  part, extra=OUTLOOK_ATT)
    add("negative", 13, "internal-bank-details", "attach-xlsx", BEV[1], [DAWN[1]], BEV[1],
        "Internal only: finance sends the manager a spreadsheet of learner bank details for sign-off", msg)


def pn014():
    L = lr("zoe")
    body = """Thanks Carol - yes, please go ahead and book the reader for her knowledge test. I'll let Shaun know so he can put in the adjustment request through the EPA Hub.

Helen

-----Original Message-----
From: Additional Learning Support <als@school.example>
Sent: 14 April 2025 11:02
To: Helen Dunmore <h.dunmore@school.example>
Subject: Zoe Barnsley - LDD declaration

> Hi Helen,
>
> Zoë Barnsley (DOB {dob}, ULN {uln}) has now given us a copy of her
> educational psychologist's report - dyslexia and dyspraxia, processing
> speed 4th percentile. She also disclosed generalised anxiety disorder.
> Can we book a reader and 25% extra time for her EPA knowledge test?
>
> Carol
""".format(dob=L.dob_s(), uln=L.uln)
    part = text_part(body, cte="8bit")
    rc = [ALS[1], SHAUN[1]]
    msg = message(A(HELEN), [A(ALS)], "RE: Zoe Barnsley - LDD declaration", date(2025, 4, 14, 11, 30, 0),
                  mid("pn014", ST, "outlook"), part, cc=[A(SHAUN)], extra=OUTLOOK,
                  in_reply_to=mid("pn014o", ST, "outlook"), references=mid("pn014o", ST, "outlook"))
    add("negative", 14, "internal-ldd", "reply-quoted", HELEN[1], rc, HELEN[1],
        "Internal only: reply quoting the ALS team's note about a learner's diagnoses, DOB and ULN", msg)


def pn015():
    L = lr("amir")
    body = """Gurpreet - see below from Brindley, can you pick this up at Amir's review on Thursday?

Kerry

---------- Forwarded message ---------
From: Sandra Pike <sandra.pike@brindleyfoods.example>
Date: Mon, 10 Feb 2025 at 09:12
Subject: Amir Khan
To: Kerry Walton <k.walton@school.example>

Hi Kerry,

Just to let you know Amir ({name}, DOB {dob}, NI {ni}) has been off for two weeks with a back injury from a fall outside work. His fit note runs to 21 February. Could his assessor check whether he needs to pause his apprenticeship?

Sandra
""".format(name=L.name, dob=L.dob_s(), ni=L.ni)
    part = text_part(body, cte="7bit")
    msg = message(A(KERRY), [A(GURP)], "Fwd: Amir Khan", date(2025, 2, 10, 9, 30, 0), mid("pn015", ST, "gmail"), part)
    add("negative", 15, "internal-forward", "fwd-inline", KERRY[1], [GURP[1]], KERRY[1],
        "Internal only: admin forwards an employer's email about an apprentice's injury, DOB and NI to his assessor", msg)


def pn016():
    staff = [("Nadia Rahman", (1987, 4, 22), "001784563209", "12/01/2023"),
             ("Marcus Thorne", (1978, 5, 12), "001560038271", "03/02/2022"),
             ("Paula Rowley", (1969, 2, 14), "001655190872", "21/03/2024")]
    rows = [["Name", "DOB", "DBS no.", "Issued", "Renewal due"]]
    for n, dob, cert, iss in staff:
        rows.append([n, "%02d/%02d/%04d" % (dob[2], dob[1], dob[0]), cert, iss, iss[:6] + str(int(iss[6:]) + 3)])
    inner = P("Hi Colin,", "", "DBS renewals coming up under our 3-year rule:", "") + "\n" + table_html(rows) + "\n" + P(
        "", "I&#8217;ll send them the online application links this week.", "", "Jo")
    part = text_part(html_wrap(inner), subtype="html", cte="quoted-printable")
    msg = message(A(JO), [A(COLIN)], "DBS renewals due", date(2025, 1, 6, 10, 0, 0), mid("pn016", ST, "outlook"), part,
                  extra=OUTLOOK)
    add("negative", 16, "internal-dbs-list", "html", JO[1], [COLIN[1]], JO[1],
        "Internal only: HR sends the MD a table of staff DOBs and DBS certificate numbers due for renewal", msg)


# ---------------------------------------------------------------- negatives: inbound

def pn017():
    L = lr("bradley")
    frm = ("Gary Wenlock", "g.wenlock@wenlockhaulage.example")
    body = """Hi Kerry,

Our new starter for the warehouse apprenticeship is Bradley Moore. Details for your enrolment:

DOB: {dob}
NI number: {ni}
Address: {addr}
Mobile: {ph}

He starts with us on the 1st. Can you book him in for his induction?

Thanks
Gary Wenlock
Transport Manager, Wenlock Haulage Ltd
""".format(dob=L.dob_s(), ni=L.ni_sp, addr=L.address(), ph=L.phone)
    part = text_part(body, cte="7bit", flowed=True)
    msg = message(A(frm), [A(KERRY)], "New starter - Bradley Moore", date(2024, 8, 22, 14, 5, 0),
                  mid("pn017", "wenlockhaulage.example", "tb"), part, extra=TB)
    add("negative", 17, "inbound-starter-details", "flowed", frm[1], [KERRY[1]], None,
        "Inbound: employer sends the provider a new apprentice's DOB, NI number and address", msg)


def pn018():
    keys = ["amir", "harvey", "kayleigh", "priya"]
    grades = ["Pass", "Merit", "Distinction", "Pass"]
    lines = ["ULN,Apprentice,DOB,Standard,Overall grade,Date"]
    for k, g in zip(keys, grades):
        L = lr(k)
        lines.append("%s,%s,%s,%s,%s,%s" % (L.uln, L.name, L.dob_s(), "ST0259" if k in ("amir", "harvey") else "ST0070", g, "19/05/2025"))
    z = make_zip([("results_heartland_may25.csv", "\r\n".join(lines) + "\r\n")], dt=(2025, 5, 23, 8, 0, 0))
    frm = ("National EPA Results", "results@nationalepa.example")
    body = """Dear Shaun,

Please find attached the EPA results for your apprentices assessed in May. Certificates will be requested automatically.

Results Team
National EPA Services
"""
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(z, "application/zip", "results_heartland_may25.zip")], bnd("pn018"))
    msg = message(A(frm), [A(SHAUN)], "EPA results - May 2025", date(2025, 5, 23, 8, 10, 0), mid("pn018", "nationalepa.example"),
                  part)
    add("negative", 18, "inbound-epa-results", "zip", frm[1], [SHAUN[1]], None,
        "Inbound: EPAO sends a zipped results CSV with ULNs and DOBs to the provider", msg)


def pn019():
    L = lr("dean")
    frm = ("Dean Fairclough", "deanfairclough83@example.com")
    card = card_from("z3-pn019", "4", 16)
    body = """Hello,

I want to book on the forklift refresher on 3rd May. Your website wouldn't take my payment so here are my card details:

Card: {card}
Expiry: 04/28
Name: D FAIRCLOUGH

My date of birth is {dob}.

Thanks
Dean
""".format(card=group4(card), dob=L.dob_s())
    part = text_part(body, cte="7bit")
    msg = message(A(frm), [A(BOOK)], "booking forklift refresher", date(2025, 4, 14, 20, 11, 0), mid("pn019", "example.com", "gmail"), part)
    add("negative", 19, "inbound-card-details", "plain", frm[1], [BOOK[1]], None,
        "Inbound: a member of the public emails their own card number to the bookings mailbox", msg)


def pn020():
    L = lr("ellie")
    frm = ("Anita Green", "anita.green@walsall-childrens.example")
    body = """Dear Lisa,

Thank you for meeting Ellie-Mae and me on Friday. As promised, here is the information for your records.

Ellie-Mae Turner, DOB {dob}, is looked after by Walsall Council under a full care order and lives with foster carers at {addr}. Her birth father is subject to a non-molestation order \u2013 please do not share any information about her with him.

She has a diagnosis of PTSD and sees CAMHS weekly. If she goes missing, please call the emergency duty team on 0121 496 0900.

Kind regards
Anita Green
Social Worker, Children in Care Team
""".format(dob=L.dob_s(), addr=L.address())
    part = text_part(body, cte="quoted-printable")
    msg = message(A(frm), [A(LISA)], "Ellie-Mae Turner - information for college", date(2025, 3, 24, 13, 0, 0),
                  mid("pn020", "walsall-childrens.example", "outlook"), part, extra=OUTLOOK)
    add("negative", 20, "inbound-lac-info", "qp", frm[1], [LISA[1]], None,
        "Inbound: a social worker sends the DSL a looked-after young person's details (QP)", msg)


def pn021():
    frm = ("Rebecca Holt", "rebecca.holt86@example.net")
    ni = nino_from("z3-holt", True)
    d = make_docx([("h", "Rebecca Holt - Curriculum Vitae"),
                   "Address: 14 Oak Tree Lane, Sedgley, Dudley DY3 1HT    Mobile: 07700 900582",
                   "Date of birth: 02/05/1986    NI number: " + ni,
                   ("h", "Experience"),
                   "2019-present: Assessor, Level 2/3 Adult Care, Black Country Care Academy.",
                   "2012-2019: Senior care assistant, Wrens Nest Care Home.",
                   ("h", "Qualifications"),
                   "CAVA assessor award; Level 5 Diploma in Leadership for Health and Social Care; Level 3 Award in Education and Training."],
                  title="CV", author="Rebecca Holt")
    body = """Dear Hiring Manager,

Please find attached my CV for the Health & Social Care Assessor vacancy (ref HS-0425).

Kind regards
Rebecca Holt
"""
    part = multipart("mixed", [text_part(body, cte="7bit"), attach(d, DOCX_CT, "Rebecca Holt CV.docx")], bnd_gm("pn021"))
    rc = ["jobs@" + ST]
    msg = message(A(frm), ["jobs@" + ST], "Application - H&SC Assessor (HS-0425)", date(2025, 4, 29, 19, 40, 0),
                  mid("pn021", "example.net", "gmail"), part)
    add("negative", 21, "inbound-cv", "attach-docx", frm[1], rc, None,
        "Inbound: job applicant sends her CV (.docx) including her own DOB and NI number", msg)


def pn022():
    L = lr("owen")
    inner_body = """Angela,

Owen Slater (DOB {dob}) has handed in a fit note - not fit for work from 3 to 17 March, "post-seizure recovery, medication review". Please update his absence record and tell his training provider.

Karen
Occupational Health, Trentside Engineering
""".format(dob=L.dob_s())
    inner = message(addr("Karen Nuttall", "oh@trentsideengineering.example"), ["Angela Moss <angela.moss@trentsideengineering.example>"],
                    "Fit note - O Slater", date(2025, 3, 3, 10, 0, 0), mid("pn022i", "trentsideengineering.example", "outlook"),
                    text_part(inner_body, cte="7bit"), extra=OUTLOOK)
    frm = ("Angela Moss", "angela.moss@trentsideengineering.example")
    note = "Hi Gurpreet,\n\nFYI - see attached from our OH team about Owen.\n\nAngela\n"
    part = multipart("mixed", [text_part(note, cte="7bit"), rfc822_part(inner, "Fit note - O Slater.eml")], bnd_ol("pn022"))
    msg = message(A(frm), [A(GURP)], "FW: Fit note - O Slater", date(2025, 3, 3, 11, 20, 0),
                  mid("pn022", "trentsideengineering.example", "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 22, "inbound-fit-note", "fwd-rfc822", frm[1], [GURP[1]], None,
        "Inbound: employer forwards, as an attached message, an apprentice's fit note to the assessor", msg)


# ---------------------------------------------------------------- negatives: look-alikes outbound

def pn023():
    sc, acc = bank_from("z3-heartland-own")
    body = """Dear Accounts Payable,

Please find below our invoice for apprenticeship co-investment.

INVOICE HS-INV-2025-0418
Invoice date: 01/07/2025    Due: 31/07/2025
Your PO: 4500198735

Description: 5% employer co-investment, Level 3 Maintenance & Operations Engineering Technician, 2 apprentices, quarter April\u2013June 2025
Net: \u00a3675.00    VAT: exempt    Total due: \u00a3675.00

Please pay by BACS to:
Heartland Skills & Training Ltd
Sort code: {sc}
Account number: {acc}
Reference: HS-INV-2025-0418

Company registration 08814276. Any queries please call the finance office on 0121 496 0218.

Kind regards
Bev Marsh
Finance Officer
""".format(sc=sc, acc=acc)
    part = text_part(body, charset="windows-1252", cte="8bit")
    rc = ["accounts.payable@trentsideengineering.example"]
    msg = message(A(BEV), ["Accounts Payable <accounts.payable@trentsideengineering.example>"], "Invoice HS-INV-2025-0418",
                  date(2025, 7, 1, 9, 0, 0), mid("pn023", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 23, "invoice-own-bank-details", "cp1252", BEV[1], rc, BEV[1],
        "Outbound invoice to an employer quoting the provider's own sort code and account, PO and invoice numbers (windows-1252)", msg)


def pn024():
    case = "1100482936"
    assert not uln_valid(case)
    body = """Hi,

Following up on case {case} (logged 12 June): the three replacement laptops from order SO-7741902 arrived, but one has a faulty keyboard.

Details:
  Model: ProBook 450 G10
  Serial: 5CD3481KQZ
  Asset tag: HS-LT-0419
  Order line: 3 of 3, part no. 86Q47ET#ABU
  Delivery note: DN 60021844173

Could you arrange a collection from our Derby centre (unit 4, Pride Park) and a swap? Best contact number is the IT office on 0115 496 0374, Monday to Thursday.

Thanks
Ryan Ashworth
IT Systems Officer, Heartland Skills & Training
""".format(case=case)
    part = text_part(body, cte="7bit", wrap=72)
    rc = ["support@techsupplydirect.example"]
    msg = message(A(RYAN), ["support@techsupplydirect.example"], "Case %s - faulty keyboard on SO-7741902" % case,
                  date(2025, 6, 17, 14, 30, 0), mid("pn024", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 24, "supplier-ticket", "wrapped", RYAN[1], rc, RYAN[1],
        "Outbound IT support ticket with case, order, serial and delivery-note numbers and an office phone (hard-wrapped)", msg)


def pn025():
    body = """Dear Marie,

As requested for the LSIP skills board, here are our headline figures for 2023/24. All figures are aggregated and no individual learners can be identified; categories with fewer than 5 learners are suppressed.

Apprenticeships (all standards)
  Leavers: 214
  Achievement rate: 63.1% (national rate 60.5%)
  Retention: 68.7%

By sector
  Engineering & manufacturing: 71 leavers, 66.2% achieved
  Supply chain & logistics: 58 leavers, 60.3% achieved
  Business & admin: 49 leavers, 65.3% achieved
  Health, care & early years: 36 leavers, 58.3% achieved

Adult skills (classroom)
  Enrolments: 1,146
  Achievement rate: 88.4%
  Learners declaring a learning difficulty or disability: 17.9%
  Learners from the 20% most deprived postcodes: 41.2%

Happy to talk through any of these at the board on the 18th.

Dawn Fellows
Funding & Compliance Manager
"""
    part = text_part(body, cte="base64")
    rc = ["marie.clement@blackcountry-lsip.example"]
    msg = message(A(DAWN), ["Marie Clement <marie.clement@blackcountry-lsip.example>"], "Heartland 2023/24 achievement figures",
                  date(2025, 2, 3, 11, 10, 0), mid("pn025", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 25, "aggregate-statistics", "base64", DAWN[1], rc, DAWN[1],
        "Outbound anonymised achievement and retention statistics for a skills board (base64 body)", msg)


def pn026():
    form = """HEARTLAND SKILLS & TRAINING - APPRENTICE ENROLMENT FORM (v7, 2025/26)

Please complete in BLOCK CAPITALS and return to your assessor at the sign-up meeting.
Do NOT email the completed form - your assessor will collect it or upload it through the secure portal.

SECTION 1 - PERSONAL DETAILS
Surname: ______________________   First name(s): ______________________
Date of birth: __ __ / __ __ / __ __ __ __
National Insurance number: __ __  __ __  __ __  __ __  __
Unique Learner Number (ULN), if known: __________
Home address: ____________________________________________________
Postcode: ________   Mobile: ______________   Email: __________________

SECTION 2 - EMERGENCY CONTACT
Name: ______________________   Relationship: ______________   Phone: ______________

SECTION 3 - LEARNING DIFFICULTIES, DISABILITIES AND HEALTH
Do you consider yourself to have a learning difficulty, disability or health problem?  YES / NO
If yes, please give details: ________________________________________

SECTION 4 - BANK DETAILS (learner support applicants only)
Account name: ______________________
Sort code: __ __ - __ __ - __ __     Account number: __ __ __ __ __ __ __ __

SECTION 5 - DECLARATION
I confirm the information above is correct.  Signed: ____________  Date: __________
"""
    body = """Hi Nicola,

As requested, here is a blank copy of our enrolment form so your HR team can see what we'll ask new apprentices for. Please don't fill it in and send it back by email - the assessor will complete it with the apprentice at the sign-up meeting.

Kind regards
""" + SIG["kerry"] + "\n"
    part = multipart("mixed", [text_part(body, cte="7bit"), text_attach(form, "Enrolment form v7 BLANK.txt", cte="7bit")], bnd_ol("pn026"))
    rc = ["nicola.ward@castlegatemotors.example"]
    msg = message(A(KERRY), ["Nicola Ward <nicola.ward@castlegatemotors.example>"], "Blank enrolment form",
                  date(2025, 7, 22, 10, 5, 0), mid("pn026", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 26, "blank-form", "attach-txt", KERRY[1], rc, KERRY[1],
        "Outbound blank enrolment form template (.txt) with placeholder boxes for DOB, NI, ULN and bank details", msg)


def pn027():
    body = """Dear employer partners,

Under our data sharing agreement we are required to remind you each year how we handle personal data about the apprentices we train together. A summary is below; the full privacy notice is on our website.

What we collect: identity and contact details, date of birth, National Insurance number, Unique Learner Number, prior attainment, equality information, and any learning difficulty, disability or health information the apprentice chooses to declare.

Why: to enrol and fund the apprenticeship (ESFA/DfE), to arrange end-point assessment, and to support the apprentice.

How we share with you: only what you need to support the apprentice at work. Sensitive information (health, disability, safeguarding) is only shared with the apprentice's consent, or where there is a safeguarding risk, and always through our secure portal or encrypted email - never in a plain email or on paper left on site.

What we ask of you: please do not send apprentices' personal details to us by ordinary email. Use the portal upload or ring your assessor. If you think personal data has been lost or sent to the wrong person, tell us within 24 hours on 0121 496 0207.

Data Protection Officer: dpo@school.example

Kind regards
Dawn Fellows
Funding & Compliance Manager (on behalf of the DPO)
"""
    part = text_part(body, cte="base64")
    rc = ["employer-partners@" + ST, "hr@castlegatemotors.example", "sandra.pike@brindleyfoods.example"]
    msg = message(A(DAWN), ["Employer partners <employer-partners@%s>" % ST],
                  "Annual reminder - how we handle apprentices' personal data", date(2025, 5, 12, 9, 30, 0),
                  mid("pn027", ST, "outlook"), part, cc=["hr@castlegatemotors.example", "sandra.pike@brindleyfoods.example"],
                  extra=OUTLOOK)
    add("negative", 27, "data-protection-notice", "base64", DAWN[1], rc, DAWN[1],
        "Outbound data-protection reminder to employers listing categories of data, with no personal data (base64 body)", msg)


def pn028():
    bad_uln = ["1234567890", "2000000017", "9876543219"]
    for u in bad_uln:
        assert not uln_valid(u) and not nhs_valid(u), u
    bad_ni = ["QQ 12 34 56 C", "TN 01 01 90 A", "ZZ 99 99 99 D"]
    for n in bad_ni:
        assert not nino_valid(n), n
    body = """Hello Support,

Ticket 44812: ILR export validation in our TRAINING environment (not live).

When we export the test learners below, the validator gives error ULN_03 and NINumber_01 for all three. This is expected because they are dummy records set up by your consultant during training, but since the 25/26 update the export stops completely instead of just listing the errors.

  Testlearner Alpha  ULN {u0}  NI {n0}  DOB 01/01/1990
  Testlearner Bravo  ULN {u1}  NI {n1}  DOB 01/01/1990
  Testlearner Charlie ULN {u2}  NI {n2}  DOB 01/01/1990

These are not real people and none of the numbers are valid - could you check whether the export is meant to stop on a check-digit failure in the training environment? Our live export works fine.

Dawn Fellows
Heartland Skills & Training (UKPRN 10049821)
""".format(u0=bad_uln[0], u1=bad_uln[1], u2=bad_uln[2], n0=bad_ni[0], n1=bad_ni[1], n2=bad_ni[2])
    part = text_part(body, charset="iso-8859-1", cte="quoted-printable")
    rc = ["support@learnmis.example"]
    msg = message(A(DAWN), ["LearnMIS Support <support@learnmis.example>"], "Ticket 44812 - training environment export",
                  date(2025, 8, 5, 11, 45, 0), mid("pn028", ST, "tb"), part, extra=TB)
    add("negative", 28, "synthetic-test-records", "latin1", DAWN[1], rc, DAWN[1],
        "Outbound MIS ticket quoting dummy test learners with deliberately invalid ULNs and NI numbers (iso-8859-1)", msg)


def pn029():
    body = """Dear employers,

You\u2019re invited to the Heartland Apprenticeship Celebration 2025!

Date: Thursday 10 July 2025, 6.00\u20139.00pm
Venue: The Mount Hotel, Tettenhall Wood, Wolverhampton WV6 8HL
Booking reference for your table: HSC-2025-0147 (please quote when you RSVP)

Tables seat 10. Please let us know by 20 June how many of your team and apprentices will attend, and any dietary requirements.

Parking is free on site. The nearest station is Wolverhampton (15 minutes by taxi) \u2013 our preferred taxi firm on 0121 496 0555 or the hotel reception on 0121 496 0321.

Any questions, ring Kerry on 0121 496 0200 or reply to this email.

We look forward to celebrating with you!

Colin Birch
Managing Director
"""
    part = text_part(body, charset="windows-1252", cte="quoted-printable")
    rc = ["employer-partners@" + ST, "angela.moss@trentsideengineering.example", "darren.webb@castlegatemotors.example"]
    msg = message(A(COLIN), ["Employer partners <employer-partners@%s>" % ST, "Angela Moss <angela.moss@trentsideengineering.example>",
                             "Darren Webb <darren.webb@castlegatemotors.example>"],
                  "Invitation: Heartland Apprenticeship Celebration 2025", date(2025, 5, 20, 10, 0, 0),
                  mid("pn029", ST, "outlook"), part, extra=OUTLOOK)
    add("negative", 29, "event-invitation", "cp1252", COLIN[1], rc, COLIN[1],
        "Outbound event invitation with dates, booking reference, postcode of venue and phone numbers (windows-1252 QP)", msg)


def pn030():
    dist = [("WV1", 18), ("WV2", 26), ("WV3", 14), ("WV4", 21), ("WV6", 9), ("WV10", 34), ("WV11", 22), ("WV13", 17),
            ("WV14", 29), ("WS1", 12), ("WS2", 24), ("WS3", 19), ("WS11", 11), ("DY1", 8), ("DY4", 16), ("B66", 13),
            ("B71", 7), ("other", "<5 each")]
    lines = ["Learners enrolled 2024/25 by home postcode district (aggregated counts, districts <5 suppressed)", "",
             "%-8s %s" % ("District", "Learners")]
    for d_, n in dist:
        lines.append("%-8s %s" % (d_, n))
    lines += ["", "Total enrolments: 336", "Source: Heartland MIS, R12 2024/25."]
    txt = "\r\n".join(lines) + "\r\n"
    body = """Hi Tom,

For the community skills fund bid, here's the breakdown of our learners by postcode district that you asked for. It's counts only - no individual data.

Best wishes
""" + SIG["helen"] + "\n"
    part = multipart("mixed", [text_part(body, cte="7bit"), text_attach(txt, "learners by postcode district 2024-25.txt", cte="7bit")],
                     bnd_ol("pn030"))
    rc = ["tom.ferris@wolverhampton-cvs.example"]
    msg = message(A(HELEN), ["Tom Ferris <tom.ferris@wolverhampton-cvs.example>"], "Postcode breakdown for the bid",
                  date(2025, 9, 15, 14, 15, 0), mid("pn030", ST, "outlook"), part, extra=OUTLOOK_ATT)
    add("negative", 30, "aggregate-postcode-counts", "attach-txt", HELEN[1], rc, HELEN[1],
        "Outbound aggregated learner counts by postcode district (.txt), no individuals", msg)


for _f in [pp001, pp002, pp003, pp004, pp005, pp006, pp007, pp008, pp009, pp010, pp011, pp012, pp013, pp014, pp015,
           pp016, pp017, pp018, pp019, pp020, pp021, pp022, pp023, pp024, pp025, pp026, pp027, pp028, pp029, pp030,
           pn001, pn002, pn003, pn004, pn005, pn006, pn007, pn008, pn009, pn010, pn011, pn012, pn013, pn014, pn015,
           pn016, pn017, pn018, pn019, pn020, pn021, pn022, pn023, pn024, pn025, pn026, pn027, pn028, pn029, pn030]:
    _f()

if __name__ == "__main__":
    write_all("manifest-%s.jsonl" % W)
    print("wrote", len(MESSAGES), "messages")
