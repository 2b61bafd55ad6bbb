#!/usr/bin/env python3
"""Builds the blind held-out personal-data (dlp-unencrypted) corpus tuning7.

python3, stdlib only, deterministic.  The first half is a copy of the shared MIME
helpers (tests/corpus/tuning5/mimeshapes.py) with neutral boundaries; the second
half builds the messages.  Run: python3 build.py"""

import base64
import datetime
import email
import email.policy
import hashlib
import io
import json
import os
import quopri
import random
import re
import textwrap
import zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from xml.sax.saxutils import escape as xml_escape

STAFF_DOMAIN = "school.example"
PUPIL_DOMAIN = "students.school.example"
INTERNAL_DOMAINS = (STAFF_DOMAIN, PUPIL_DOMAIN)

OUT_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)

# Fixed timestamp for every zip member (docx/xlsx/zip attachments).
ZIP_TIME = (2026, 10, 14, 9, 30, 0)


def is_internal(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    return dom in INTERNAL_DOMAINS


def _boundary(seed):
    h = hashlib.sha1(("bnd:" + seed).encode("utf-8")).hexdigest()
    style = int(h[:2], 16) % 5
    if style == 0:
        return "000000000000" + h[2:18]
    if style == 1:
        return "_000_%s%s_" % (h[2:14].upper(), "GBRP123MB" + h[14:18].upper())
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[2:10].upper(), h[10:14].upper(), h[14:18].upper(), h[18:22].upper(), h[22:34].upper())
    if style == 3:
        return "----=_Part_%d_%d.%d" % (int(h[2:6], 16), int(h[6:14], 16), 1760000000000 + int(h[14:20], 16))
    return "------------%s" % "".join(str(int(c, 16) % 10) for c in h[2:26])


# ---------------------------------------------------------------------------
# text transforms
# ---------------------------------------------------------------------------

_QUOTE_RE = re.compile(r"^((?:> ?)+)")


def wrap(text, width=72):
    """Hard-wrap every line at `width`, keeping '> ' quote prefixes."""
    out = []
    for line in text.split("\n"):
        line = line.rstrip()
        m = _QUOTE_RE.match(line)
        prefix = m.group(1) if m else ""
        rest = line[len(prefix):]
        if len(line) <= width or not rest.strip():
            out.append(line)
            continue
        out.extend(textwrap.wrap(rest, width=max(20, width - len(prefix)),
                                 initial_indent=prefix, subsequent_indent=prefix,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flow(text, width=72, delsp=False):
    """Encode text as RFC 3676 format=flowed.

    Without delsp the soft breaks fall after a space (the space stays at the end
    of the line).  With delsp=yes the soft breaks fall at a fixed column, often
    inside a word, and a space is added that the reader must delete.
    Lines starting with '>' are left as quoted lines; lines starting with a space
    or 'From ' are space-stuffed.
    """
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ")
        if line.startswith(">"):
            out.append(line)
            continue
        if len(line) <= width:
            chunks = [line]
        elif not delsp:
            chunks = []
            cur = ""
            for word in line.split(" "):
                cand = (cur + " " + word) if cur else word
                if len(cand) > width - 1 and cur:
                    chunks.append(cur + " ")
                    cur = word
                else:
                    cur = cand
            chunks.append(cur)
        else:
            step = width - 1
            pieces = [line[i:i + step] for i in range(0, len(line), step)]
            chunks = [p + " " for p in pieces[:-1]] + [pieces[-1]]
        for c in chunks:
            if c.startswith(" ") or c.startswith("From ") or c.startswith(">"):
                c = " " + c
            out.append(c)
    return "\n".join(out)


def text_to_html(text, title=None, style="plain"):
    """A simple HTML rendering of a text body (paragraphs, quotes, lists kept)."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    body = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(xml_escape(_QUOTE_RE.sub("", l)) for l in lines)
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                        'padding-left:1ex">%s</blockquote>' % inner)
        elif all(re.match(r"^\s*([-*\u2022]|\d+[.)])\s", l) for l in lines):
            items = "".join("<li>%s</li>" % xml_escape(re.sub(r"^\s*([-*\u2022]|\d+[.)])\s+", "", l))
                            for l in lines)
            body.append("<ul>%s</ul>" % items)
        else:
            inner = "<br>\n".join(xml_escape(l) for l in lines)
            if style == "outlook":
                body.append('<p class="MsoNormal"><span style="font-family:Calibri,sans-serif">'
                            '%s</span></p>' % inner)
            else:
                body.append("<p>%s</p>" % inner)
    head = "<head><meta charset=\"utf-8\">%s</head>" % (
        "<title>%s</title>" % xml_escape(title) if title else "")
    return "<!DOCTYPE html>\n<html>%s<body>\n%s\n</body></html>\n" % (head, "\n".join(body))


# ---------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------

def _encode_payload(raw, cte):
    if cte == "7bit":
        raw.decode("ascii")  # must be ascii
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte=None, flowed=False,
              delsp=False, filename=None, disposition=None, name=None):
    """A text/* leaf part.  cte defaults to 7bit for ascii, else quoted-printable."""
    codec = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
             "us-ascii": "ascii"}[charset]
    raw = text.encode(codec)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "quoted-printable"
    p = Message()
    ctype = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ctype += "; format=flowed"
        if delsp:
            ctype += "; delsp=yes"
    if name or filename:
        ctype += '; name="%s"' % (name or filename)
    p["Content-Type"] = ctype
    p["Content-Transfer-Encoding"] = cte
    if filename:
        p["Content-Disposition"] = '%s; filename="%s"' % (disposition or "attachment", filename)
    elif disposition:
        p["Content-Disposition"] = disposition
    p.set_payload(_encode_payload(raw, cte))
    return p


def binary_part(data, ctype, filename, disposition="attachment"):
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    p["Content-Transfer-Encoding"] = "base64"
    p["Content-Disposition"] = '%s; filename="%s"' % (disposition, filename)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def multipart(subtype, parts, seed, extra_params="", preamble=None):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"%s' % (subtype, _boundary(seed + subtype), extra_params)
    m.preamble = preamble if preamble is not None else (
        "This is a multi-part message in MIME format." if subtype == "mixed" else None)
    for p in parts:
        m.attach(p)
    return m


def rfc822_part(inner, filename=None):
    p = Message()
    p["Content-Type"] = "message/rfc822" + ('; name="%s"' % filename if filename else "")
    p["Content-Disposition"] = ('attachment; filename="%s"' % filename) if filename else "inline"
    p.attach(inner)
    return p


def make_zip(members):
    """members: list of (name, bytes).  Deterministic (fixed timestamps, DEFLATE)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return buf.getvalue()


# --- minimal OOXML -----------------------------------------------------------

def make_docx(paragraphs, tables=(), title="Document"):
    """A minimal but valid WordprocessingML package.

    paragraphs: list of strings (a string starting with '# ' becomes bold).
    tables: list of row lists (each row a list of cell strings), appended after the
    paragraphs.
    """
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for ptxt in paragraphs:
        if ptxt.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % xml_escape(ptxt[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_escape(ptxt))
    for rows in tables:
        t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
             '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
             '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
             '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
             '</w:tblPr><w:tblGrid>']
        t.extend('<w:gridCol w:w="2000"/>' for _ in rows[0])
        t.append("</w:tblGrid>")
        for row in rows:
            t.append("<w:tr>")
            for cell in row:
                t.append('<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r>'
                         '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xml_escape(cell))
            t.append("</w:tr>")
        t.append("</w:tbl>")
        body.append("".join(t))
        body.append("<w:p/>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
                'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/'
        'vnd.openxmlformats-package.core-properties+xml"/>'
        '</Types>')
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        'metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
    return make_zip([
        ("[Content_Types].xml", content_types.encode()),
        ("_rels/.rels", rels.encode()),
        ("docProps/core.xml", _core_props(title).encode()),
        ("word/document.xml", document.encode("utf-8")),
        ("word/_rels/document.xml.rels", doc_rels.encode()),
    ])


def _core_props(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
            'dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">'
            '2026-10-14T09:30:00Z</dcterms:created></cp:coreProperties>' % (xml_escape(title), _pick(title, ["Office User", "staff", "Windows User", "admin"])))


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet_name="Sheet1", date_columns=()):
    """A minimal valid SpreadsheetML package with a sharedStrings table.

    rows: list of lists; str cells go to sharedStrings, int/float cells are numbers.
    date_columns: column indexes whose int values are Excel date serials
    (rendered with the built-in d/m/yyyy style, numFmtId 14).
    """
    strings, index = [], {}
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, val in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(val, str):
                if val not in index:
                    index[val] = len(strings)
                    strings.append(val)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[val]))
            else:
                style = ' s="1"' if c in date_columns and r > 1 else ""
                cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, style, val))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    total = sum(1 for row in rows for v in row if isinstance(v, str))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
           'uniqueCount="%d">%s</sst>' % (total, len(strings), "".join(
               '<si><t xml:space="preserve">%s</t></si>' % xml_escape(s) for s in strings)))
    dim = "A1:%s%d" % (_col(max(len(r) for r in rows) - 1), len(rows))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="%s"/><sheetData>%s</sheetData></worksheet>' % (dim, "".join(sheet_rows)))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
                % xml_escape(sheet_name))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '</cellXfs></styleSheet>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/sharedStrings" Target="sharedStrings.xml"/>'
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/styles" Target="styles.xml"/>'
               '</Relationships>')
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/'
        'vnd.openxmlformats-package.core-properties+xml"/>'
        '</Types>')
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
        'metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
    return make_zip([
        ("[Content_Types].xml", content_types.encode()),
        ("_rels/.rels", rels.encode()),
        ("docProps/core.xml", _core_props(sheet_name).encode()),
        ("xl/workbook.xml", workbook.encode("utf-8")),
        ("xl/_rels/workbook.xml.rels", wb_rels.encode()),
        ("xl/worksheets/sheet1.xml", sheet.encode("utf-8")),
        ("xl/sharedStrings.xml", sst.encode("utf-8")),
        ("xl/styles.xml", styles.encode()),
    ])


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --- crypto-looking envelopes (opaque, deterministic bytes) --------------------

def _prng_bytes(seed, n):
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, counter)).encode()).digest()
        counter += 1
    return out[:n]


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _cms(oid_bytes, seed, n):
    inner = b"\x30" + _der_len(n) + _prng_bytes(seed, n)        # opaque content
    explicit = b"\xa0" + _der_len(len(inner)) + inner
    oid = b"\x06" + _der_len(len(oid_bytes)) + oid_bytes
    body = oid + explicit
    return b"\x30" + _der_len(len(body)) + body


OID_ENVELOPED = bytes.fromhex("2a864886f70d010703")   # 1.2.840.113549.1.7.3
OID_SIGNED = bytes.fromhex("2a864886f70d010702")      # 1.2.840.113549.1.7.2


def smime_enveloped(seed, size=1400):
    p = Message()
    p["Content-Type"] = 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'
    p["Content-Transfer-Encoding"] = "base64"
    p["Content-Disposition"] = 'attachment; filename="smime.p7m"'
    p["Content-Description"] = "S/MIME Encrypted Message"
    p.set_payload(base64.encodebytes(_cms(OID_ENVELOPED, seed, size)).decode("ascii"))
    return p


def smime_signed(content_part, seed):
    sig = Message()
    sig["Content-Type"] = 'application/pkcs7-signature; name="smime.p7s"'
    sig["Content-Transfer-Encoding"] = "base64"
    sig["Content-Disposition"] = 'attachment; filename="smime.p7s"'
    sig["Content-Description"] = "S/MIME Cryptographic Signature"
    sig.set_payload(base64.encodebytes(_cms(OID_SIGNED, seed, 900)).decode("ascii"))
    return multipart("signed", [content_part, sig], seed,
                     extra_params='; protocol="application/pkcs7-signature"; micalg=sha-256',
                     preamble="This is a cryptographically signed message in MIME format.")


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(seed, size=700):
    # new-format PKESK packet (tag 1) then an SEIPD packet (tag 18); opaque bodies
    pkesk_body = b"\x03" + _prng_bytes(seed + "k", 8) + b"\x01" + _prng_bytes(seed + "m", 130)
    seipd_body = b"\x01" + _prng_bytes(seed + "d", size)
    data = (b"\xc1" + bytes([len(pkesk_body)]) + pkesk_body +
            b"\xd2" + b"\xff" + len(seipd_body).to_bytes(4, "big") + seipd_body)
    b64 = base64.b64encode(data).decode("ascii")
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    crc = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode("ascii")
    return "-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % ("\n".join(lines), crc)


def pgp_encrypted(seed):
    ver = Message()
    ver["Content-Type"] = "application/pgp-encrypted"
    ver["Content-Description"] = "PGP/MIME version identification"
    ver.set_payload("Version: 1\n")
    enc = Message()
    enc["Content-Type"] = 'application/octet-stream; name="encrypted.asc"'
    enc["Content-Description"] = "OpenPGP encrypted message"
    enc["Content-Disposition"] = 'inline; filename="encrypted.asc"'
    enc.set_payload(pgp_armor(seed))
    return multipart("encrypted", [ver, enc], seed,
                     extra_params='; protocol="application/pgp-encrypted"',
                     preamble="This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)")


# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------

def encode_subject(subject, charset="utf-8", enc="B"):
    """RFC 2047 encode a Subject, folded into several encoded-words if long."""
    codec = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}[charset]
    words = []
    chunk = ""
    # keep each encoded-word under ~70 chars by encoding ~30-char slices
    for ch in subject:
        if len((chunk + ch).encode(codec)) > 30:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(codec)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset.upper(), base64.b64encode(raw).decode()))
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if b == 0x20:
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset.upper(), q))
    return "\n ".join(out)


def fmt_addr(addr, name=None):
    if not name:
        return addr
    if re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', name):
        name = '"%s"' % name.replace('"', "")
    return "%s <%s>" % (name, addr)


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# reading back (self-checks)
# ---------------------------------------------------------------------------

def all_text(path):
    """Parse an .eml and return (message, decoded text of every text-like leaf,
    including zip/docx/xlsx members and message/rfc822 bodies)."""
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    texts = []

    def from_zip(data):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None
            for n in z.namelist():
                raw = z.read(n)
                if n.endswith(".xml"):
                    t = re.sub(r"<[^>]+>", " ", raw.decode("utf-8"))
                    texts.append(t)
                elif n.endswith((".txt", ".csv", ".tsv", ".htm", ".html")):
                    texts.append(raw.decode("utf-8", "replace"))
                elif n.endswith((".zip", ".docx", ".xlsx")):
                    from_zip(raw)

    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
        elif ctype in ("application/zip", DOCX_TYPE, XLSX_TYPE):
            from_zip(part.get_payload(decode=True))
    return msg, "\n".join(texts)


def unflow(text, delsp):
    out, cur = [], ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line.strip() != "-- ":
            cur += line[:-1] if delsp else line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# one entry point: text -> MIME body of a given shape
# ---------------------------------------------------------------------------

_ASCII_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "--",
    "\u2026": "...", "\u00a0": " ", "\u00a3": "GBP ", "\u20ac": "EUR ", "\u2022": "*",
}


def asciify(text):
    for k, v in _ASCII_FOLD.items():
        text = text.replace(k, v)
    return text.encode("ascii", "ignore").decode("ascii")


def latin1ify(text):
    for k, v in _ASCII_FOLD.items():
        if k not in "\u00a3\u00a0":
            text = text.replace(k, v)
    return text.encode("latin-1", "ignore").decode("latin-1")


def cp1252ify(text):
    return text.encode("cp1252", "ignore").decode("cp1252")


def _pick(seed, options):
    return options[int(hashlib.md5(seed.encode()).hexdigest(), 16) % len(options)]


def inner_message(frm, to, subject, date, text, seed, cc=(), shape="qp", html=None):
    """A complete RFC 822 message (for message/rfc822 forwards)."""
    body = body_for(shape, text, seed + "inner", html=html)
    m = Message()
    m["From"] = fmt_addr(*frm)
    m["To"] = ", ".join(fmt_addr(a, n) for a, n in to)
    if cc:
        m["Cc"] = ", ".join(fmt_addr(a, n) for a, n in cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid_neutral(seed + "inner", frm[0])
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m.set_payload(body._payload)
    m.preamble = body.preamble
    return m


def body_for(shape, text, seed, cover=None, html=None, attach_name=None, inner=None,
             attach_bytes=None, attach_ctype=None):
    """Build the top-level MIME entity for `shape`.

    text: the main content (for attachment shapes it is the attachment's content,
    and `cover` is the short visible body).  html: optional hand-written HTML
    (else generated from text).  inner: for rfc822-forward, a Message from
    inner_message().  attach_bytes/attach_ctype: ready-made binary attachment
    (csv/docx/xlsx) for the attachment shapes.
    """
    base = shape.split("+")[0]
    ascii_ok = all(ord(c) < 128 for c in text)
    if base == "7bit":
        return text_part(asciify(text), charset="us-ascii", cte="7bit")
    if base == "wrap72":
        t = wrap(text, 72)
        return text_part(t, cte="7bit" if ascii_ok else "8bit")
    if base in ("flowed", "flowed-delsp"):
        delsp = base == "flowed-delsp"
        t = flow(text, 72 if not delsp else _pick(seed, [66, 72, 76]), delsp=delsp)
        return text_part(t, cte="7bit" if ascii_ok else "8bit", flowed=True, delsp=delsp)
    if base == "qp":
        return text_part(text, cte="quoted-printable")
    if base == "base64":
        return text_part(text, cte="base64")
    if base == "utf8-8bit":
        return text_part(text, cte="8bit")
    if base == "latin1":
        return text_part(latin1ify(text), charset="iso-8859-1",
                         cte=_pick(seed, ["8bit", "quoted-printable"]))
    if base == "cp1252":
        return text_part(cp1252ify(text), charset="windows-1252",
                         cte=_pick(seed, ["8bit", "quoted-printable"]))
    if base == "html-only":
        h = html or text_to_html(text, style=_pick(seed, ["plain", "outlook"]))
        return text_part(h, subtype="html", cte=_pick(seed, ["quoted-printable", "base64", "quoted-printable"]))
    if base == "alternative":
        h = html or text_to_html(text, style=_pick(seed, ["plain", "outlook"]))
        return multipart("alternative", [
            text_part(text, cte="quoted-printable" if not ascii_ok else "7bit"),
            text_part(h, subtype="html", cte="quoted-printable")], seed)
    if base == "smime-signed":
        return smime_signed(text_part(text, cte="quoted-printable"), seed)
    # attachment shapes
    cover_part = text_part(cover or "Please see attached.\n",
                           cte="7bit" if all(ord(c) < 128 for c in (cover or "")) else "quoted-printable")
    if base == "text-attachment":
        att = text_part(text, filename=attach_name or "message.txt",
                        cte=_pick(seed, ["base64", "quoted-printable", "base64"]))
    elif base == "html-attachment":
        h = html or text_to_html(text, title=attach_name)
        att = text_part(h, subtype="html", filename=attach_name or "message.htm", cte="base64")
    elif base == "zip-attachment":
        member = (attach_name or "message.txt")
        zname = re.sub(r"\.[a-z]+$", "", member) + ".zip"
        data = attach_bytes if attach_bytes is not None else make_zip([(member, text.encode("utf-8"))])
        att = binary_part(data, "application/zip", zname)
    elif base == "rfc822-forward":
        att = rfc822_part(inner, filename=attach_name)
    elif base in ("csv-attachment", "docx-attachment", "xlsx-attachment"):
        if base == "csv-attachment" and attach_bytes is None:
            att = text_part(text, subtype="csv", filename=attach_name or "list.csv",
                            cte=_pick(seed, ["base64", "quoted-printable", "7bit" if ascii_ok else "base64"]))
        else:
            att = binary_part(attach_bytes, attach_ctype, attach_name)
    else:
        raise ValueError(shape)
    return multipart("mixed", [cover_part, att], seed)


# ---------------------------------------------------------------------------
# forwarded / quoted text blocks (as mail clients write them)
# ---------------------------------------------------------------------------

def quote(text, depth=1, style="> "):
    pre = style * depth
    return "\n".join((pre + l) if l.strip() else pre.rstrip() for l in text.split("\n"))


def fwd_gmail(text, frm, date, subject, to):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, date, subject, to, text))


def fwd_outlook(text, frm, date, subject, to):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, date, to, subject, text))


def fwd_apple(text, frm, date, subject, to):
    head = "From: %s\nSubject: %s\nDate: %s\nTo: %s\n\n" % (frm, subject, date, to)
    return "Begin forwarded message:\n\n" + quote(head + text)


def fwd_yahoo(text, frm, date, subject, to):
    return ("----- Forwarded Message -----\nFrom: %s\nTo: %s\nSent: %s\nSubject: %s\n\n%s"
            % (frm, to, date, subject, text))


FORWARD_STYLES = {"gmail": fwd_gmail, "outlook": fwd_outlook, "apple": fwd_apple, "yahoo": fwd_yahoo}


# ===========================================================================
# corpus-specific code (everything below was written for this held-out set)
# ===========================================================================
import zlib
import struct
import binascii

OUT = os.path.dirname(os.path.abspath(__file__))
EPOCH = datetime.datetime(2026, 9, 7, 7, 42, 0, tzinfo=datetime.timezone.utc)


def H(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def make_msgid_neutral(seed, addr):
    h = hashlib.sha256(("mid:" + seed).encode()).hexdigest()
    dom = addr.rsplit("@", 1)[-1]
    st = int(h[:2], 16) % 5
    if st == 0:
        return "<%s%s@%s>" % (h[2:14].upper(), h[14:22].upper(), "EX" + h[22:24].upper() + "." + dom)
    if st == 1:
        return "<CA%s%s@mail.%s>" % (base64.b64encode(bytes.fromhex(h[2:40])).decode().replace("/", "_").replace("+", "-").rstrip("="), "", dom)
    if st == 2:
        return "<%s-%s-%s-%s-%s@%s>" % (h[2:10].upper(), h[10:14].upper(), h[14:18].upper(), h[18:22].upper(), h[22:34].upper(), dom)
    if st == 3:
        return "<%s.%s@%s>" % (int(h[2:10], 16), h[10:20], dom)
    return "<%s$%s@smtp.%s>" % (h[2:12], h[12:20], dom)


# ---------------------------------------------------------------------------
# identifiers (check digits computed here)
# ---------------------------------------------------------------------------

UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_letter(body12):
    return UPN_ALPHA[sum(int(c) * (i + 2) for i, c in enumerate(body12)) % 23]


def upn_ok(u):
    return len(u) == 13 and u[1:].isdigit() and upn_letter(u[1:]) == u[0]


def make_upn(rng, la="380", estab="4127"):
    yr = "%02d" % rng.randint(14, 21)
    body = la + estab + yr + "%03d" % rng.randint(1, 240)
    return upn_letter(body) + body


def bad_upn(rng, lead=None):
    while True:
        body = "".join(str(rng.randint(0, 9)) for _ in range(12))
        good = upn_letter(body)
        letter = lead or rng.choice([c for c in UPN_ALPHA if c != good])
        if letter != good:
            return letter + body


def nhs_check(d9):
    s = sum(int(d) * (10 - i) for i, d in enumerate(d9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs_ok(n):
    n = re.sub(r"\D", "", n)
    return len(n) == 10 and nhs_check(n[:9]) == int(n[9])


def uln_check(d9):
    r = sum(int(d) * (10 - i) for i, d in enumerate(d9)) % 11
    return None if r == 0 else 10 - r


def uln_ok(n):
    return len(n) == 10 and n.isdigit() and uln_check(n[:9]) == int(n[9])


def make_nhs(rng):
    while True:
        d = str(rng.choice([4, 4, 4, 6, 7, 4])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(d)
        if c is not None:
            return d + str(c)


def make_uln(rng):
    while True:
        d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(d)
        if c is not None:
            return d + str(c)


def luhn_ok(s):
    s = re.sub(r"\D", "", s)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def bad10(rng, first=None):
    """10 digits that fail the NHS, ULN and Luhn checks."""
    while True:
        d = (first or str(rng.randint(1, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(first or "") + 0))
        d = d[:10]
        if len(d) < 10:
            d = d + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(d)))
        if not nhs_ok(d) and not uln_ok(d) and not luhn_ok(d):
            return d


def badn(rng, n, prefix=""):
    """n digits failing Luhn (and NHS/ULN when n == 10)."""
    while True:
        d = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix)))
        if luhn_ok(d):
            continue
        if n == 10 and (nhs_ok(d) or uln_ok(d)):
            continue
        return d


def make_card(rng, prefix="4"):
    while True:
        d = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
        for c in "0123456789":
            if luhn_ok(d + c):
                return d + c


NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
NINO_B = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_nino(rng):
    while True:
        p = rng.choice(NINO_A) + rng.choice(NINO_B)
        if p not in NINO_BAD_PREFIX:
            return p + "%06d" % rng.randint(10000, 999999) + rng.choice("ABCD")


def fmt_nino(n, st):
    if st == 1:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == 2:
        return "%s %s" % (n[:8], n[8])
    if st == 3:
        return n.lower()
    return n


def fmt_nhs(n, st):
    if st == 1:
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if st == 2:
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if st == 3:
        return "%s.%s.%s" % (n[:3], n[3:6], n[6:])
    return n


# sort code / account pairs whose modulus check passes (from the shared test vectors)
SORT_ACC = [("49-92-73", "12345678"), ("01-33-11", "35231262"), ("01-32-29", "35529822"),
            ("01-59-87", "56958013"), ("01-38-27", "94151660"), ("01-34-21", "31758312"),
            ("01-49-41", "05062519")]


def mrz_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        tot += v * w[i % 3]
    return str(tot % 10)


def make_passport(rng):
    return str(rng.randint(1, 5)) + "%08d" % rng.randint(0, 99999999)


def make_dl(surname, initials, dob, female, tail="AB"):
    s = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
    y, m, d = dob.year, dob.month, dob.day
    mm = m + (50 if female else 0)
    ini = (initials.upper() + "99")[:2]
    return "%s%d%02d%02d%d%s9%s" % (s, (y // 10) % 10, mm, d, y % 10, ini, tail)


def rand_date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(d, st):
    if st == 1:
        return d.strftime("%d.%m.%Y")
    if st == 2:
        return d.isoformat()
    if st == 3:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if st == 4:
        return "%d%s %s %d" % (d.day, ORD.get(d.day, "th"), MONTHS[d.month - 1][:3], d.year)
    if st == 5:
        return "%d/%d/%02d" % (d.day, d.month, d.year % 100)
    return d.strftime("%d/%m/%Y")


def excel_serial(d):
    return (d - datetime.date(1899, 12, 30)).days


POSTCODES = ["LS6 2QT", "LS8 1PR", "LS7 3HB", "LS17 5DN", "LS12 4EJ", "BD10 8AS", "LS16 6NW",
             "LS9 7RF", "LS28 5LY", "LS13 2DT", "WF3 1QB", "LS19 6HP", "LS14 1JA", "LS5 3BE"]
STREETS = ["Ashfield Road", "Kirkstall Lane", "Brudenell Grove", "Harehills Avenue", "Otley Old Road",
           "Cardigan Terrace", "Stainbeck Close", "Wensley Drive", "Moor Crescent", "Tong Road",
           "Bramley Fold", "Sandhill Mount", "Gledhow Park View", "Raynville Way"]

FIRST_F = ["Mia", "Ellie", "Ruby", "Amara", "Leah", "Isla", "Sofia", "Poppy", "Hana", "Maryam",
           "Zoë", "Freya", "Aaliyah", "Chloé", "Niamh", "Ava", "Grace", "Lily", "Fatima", "Esme",
           "Olivia", "Kayla", "Jess", "Maisie"]
FIRST_M = ["Kacper", "Zain", "Oscar", "Callum", "Finley", "Tyler", "Ethan", "Jayden", "Alfie",
           "Logan", "Reuben", "Dylan", "Musa", "Jack", "Harvey", "Kieran", "Noah", "Theo", "Ibrahim",
           "Lewis", "Mason", "Rory", "Seán", "Bradley"]
SURN = ["Okafor", "Nowak", "Thornton", "Hussain", "Fairclough", "Lindqvist", "Nwosu", "Reid",
        "Patel", "Hughes", "MacDonald", "Greaves", "Marques", "Chowdhury", "Wainwright", "Brooks",
        "Sato", "Dunn", "Ali", "Pritchard", "Kaur", "O'Neill", "Walsh", "Bennett", "Ahmed",
        "Kowalczyk", "Haigh", "Sutcliffe", "Mahmood", "Crowther", "Lister", "Mensah", "Atkinson",
        "Byrne", "Dobson", "Ramsden", "Iqbal", "Popescu", "Moreno", "Holroyd"]

CONDITIONS = ["asthma (blue inhaler)", "nut allergy - carries EpiPen", "type 1 diabetes",
              "epilepsy", "eczema", "coeliac disease", "anaphylaxis to wasps - 2 x adrenaline pens",
              "ADHD - takes methylphenidate at lunch", "hay fever", "migraines",
              "sickle cell trait", "dairy intolerance", "heart murmur - no strenuous exercise",
              "anxiety - may need time out", "hearing impairment (left ear)"]
SEN_NEEDS = ["dyslexia", "ASD", "ADHD", "speech and language difficulties", "dyscalculia",
             "moderate learning difficulties", "SEMH", "visual impairment", "DCD/dyspraxia",
             "working memory difficulties"]

STAFF = [
    ("Joanne", "Hartley", "Year 9 tutor"), ("Marcus", "Osei", "Head of Science"),
    ("Priya", "Raman", "SENCo"), ("Gareth", "Pugh", "Deputy Head"),
    ("Helen", "Whitcombe", "School Business Manager"), ("Tom", "Bradshaw", "PE teacher"),
    ("Aisha", "Begum", "Designated Safeguarding Lead"), ("Lewis", "McAllister", "IT Manager"),
    ("Caroline", "Fenwick", "Headteacher"), ("Daniel", "Kowalski", "Maths teacher"),
    ("Sian", "Llewellyn", "Office Manager"), ("Rebecca", "Stone", "Exams Officer"),
    ("Farhan", "Qureshi", "Head of Year 11"), ("Nicola", "Dunmore", "School Nurse"),
    ("Owen", "Trelawney", "History teacher"), ("Grace", "Adeyemi", "English teacher"),
    ("Mark", "Ellery", "Geography teacher"), ("Beth", "Carrick", "Teaching Assistant"),
    ("Imran", "Haq", "Attendance Officer"), ("Kerry", "Doyle", "HR Officer"),
    ("Yusuf", "Demir", "Computing teacher"), ("Lucy", "Varga", "Trips co-ordinator"),
    ("Dominic", "Yeadon", "Careers adviser"), ("Sarah", "Ngozi", "Pastoral manager"),
]
ROLE = {s[2]: i for i, s in enumerate(STAFF)}


def staff(role_or_i):
    i = ROLE[role_or_i] if isinstance(role_or_i, str) else role_or_i % len(STAFF)
    f, l, _ = STAFF[i]
    return ("%s.%s@%s" % (f[0].lower(), l.lower(), STAFF_DOMAIN), "%s %s" % (f, l))


def staff_role(addr):
    for f, l, r in STAFF:
        if addr.startswith("%s.%s@" % (f[0].lower(), l.lower())):
            return r
    return ""


def first(addr_name):
    return addr_name[1].split()[0]


def personal(addr_name, rng, i=0):
    """the staff member's own personal mailbox outside"""
    f, l = addr_name[1].split()[0], addr_name[1].split()[-1]
    dom = ["gmail.example", "hotmail.example", "outlook.example", "btinternet.example", "icloud.example",
           "yahoo.example", "sky.example"][(len(f) + i) % 7]
    local = ["%s.%s", "%s%s", "%s_%s%d", "%s%s%d"][(len(l) + i) % 4]
    if local.count("%") == 3:
        local = local % (f.lower(), l.lower(), 70 + (i * 7) % 29)
    else:
        local = local % (f.lower(), l.lower())
    return ("%s@%s" % (local, dom), addr_name[1])


def pupil_mail(p):
    return ("%d%s.%s@%s" % (p["yr"] + 15, re.sub(r"[^a-z]", "", p["last"].lower()), p["first"][0].lower(),
                            PUPIL_DOMAIN), p["name"])


class Pupils:
    def __init__(self, rng):
        self.rng = rng

    def one(self, year=None):
        rng = self.rng
        female = rng.random() < 0.5
        fn = rng.choice(FIRST_F if female else FIRST_M)
        ln = rng.choice(SURN)
        yr = year or rng.randint(7, 11)
        byear = 2026 - yr - 4  # Year 7 in 2026/27: born 1 Sep 2014 - 31 Aug 2015
        dob = datetime.date.fromordinal(rng.randint(datetime.date(byear - 1, 9, 1).toordinal(),
                                                    datetime.date(byear, 8, 31).toordinal()))
        form = "%d%s" % (yr, rng.choice("HKLNRW"))
        p = {
            "first": fn, "last": ln, "name": "%s %s" % (fn, ln), "female": female,
            "gender": "F" if female else "M", "yr": yr, "form": form, "dob": dob,
            "upn": make_upn(rng), "nhs": make_nhs(rng), "uln": make_uln(rng),
            "cand": "%04d" % rng.randint(1001, 9899),
            "cond": rng.choice(CONDITIONS), "sen": rng.choice(SEN_NEEDS),
            "addr": "%d %s, Leeds %s" % (rng.randint(2, 180), rng.choice(STREETS), rng.choice(POSTCODES)),
            "parent": "%s %s" % (rng.choice(["Mrs", "Mr", "Ms", "Miss"]), ln),
            "phone": "07700 900%03d" % rng.randint(0, 999),
            "fsm": rng.random() < 0.35,
        }
        return p

    def many(self, n, year=None):
        out, seen = [], set()
        while len(out) < n:
            p = self.one(year)
            if p["name"] in seen:
                continue
            seen.add(p["name"])
            out.append(p)
        return sorted(out, key=lambda p: (p["last"], p["first"]))


OUTSIDE_ORGS = {
    "tutor": [("Sarah Benton", "sarah@bentontuition.example"), ("Dave Kerr", "dave.kerr@example.net"),
              ("Jo Marsh", "jo@brightsparks-tutors.example"), ("Angela Moss", "angela.moss@example.org")],
    "tutorco": [("Bookings", "bookings@topgrade-tutoring.example"), ("Laura Pimm", "laura.pimm@elevate-learning.example"),
                ("Schools team", "schools@tutorhub.example")],
    "accountant": [("Ian Fairweather", "ian@fairweather-accounts.example"), ("Payroll team", "payroll@northledger.example"),
                   ("Nasreen Akhtar", "n.akhtar@akhtar-co.example")],
    "payroll": [("Payroll Bureau", "schools.payroll@payserv.example"), ("Rhys Pryce", "rhys.pryce@edupay.example")],
    "trip": [("Adventure Bookings", "groups@peakadventure.example"), ("Gloria Mensah", "gloria@lakesoutdoor.example"),
             ("Trips desk", "trips@eurotravel-schools.example")],
    "provider": [("Wendy Ashby", "wendy.ashby@counselling-space.example"), ("Pete Gowan", "pete@kickstart-mentoring.example")],
    "employer": [("Maureen Tulloch", "m.tulloch@tullochengineering.example"), ("HR", "hr@greenleaf-garden-centre.example")],
    "school2": [("Admissions", "admissions@oakwood-academy.example"), ("Mr B Ilie", "b.ilie@riverside-high.example")],
    "caterer": [("Chloe Redfern", "chloe@redfern-catering.example"), ("Orders", "orders@schoolfoodco.example")],
}


def org(kind, i):
    lst = OUTSIDE_ORGS[kind]
    n, a = lst[i % len(lst)]
    return (a, n)


def sign(frm, style=0):
    name = frm[1]
    role = staff_role(frm[0])
    if style == 1:
        return "\n\nThanks\n%s" % name.split()[0]
    if style == 2:
        return "\n\n%s\nSent from my iPhone" % name.split()[0][0]
    if style == 3:
        return "\n\nKind regards,\n\n%s\n%s\nOakfield High School\n0113 496 0250" % (name, role)
    return "\n\nMany thanks,\n%s\n%s" % (name, role)


# ---------------------------------------------------------------------------
# tables and documents
# ---------------------------------------------------------------------------

def table_text(rows, st):
    rows = [[str(c) for c in r] for r in rows]
    if st == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if st == "comma":
        return "\n".join(", ".join(r) for r in rows)
    if st == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    if st == "dash":
        return "\n".join(" - ".join(r) for r in rows[1:])
    if st == "lines":
        hdr = rows[0]
        blocks = []
        for r in rows[1:]:
            blocks.append("\n".join("%s: %s" % (h, v) for h, v in zip(hdr, r)))
        return "\n\n".join(blocks)
    if st == "numbered":
        return "\n".join("%d. %s" % (i, ", ".join(r)) for i, r in enumerate(rows[1:], 1))
    # aligned
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def csv_text(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c:
                c = '"%s"' % c.replace('"', '""')
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def html_table(rows):
    h = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, xml_escape(str(c)), tag) for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def html_doc(parts_html, style):
    if style == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB"><div class="WordSection1">')
        tail = "</div></body></html>\n"
    else:
        head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><div dir="ltr">'
        tail = "</div></body></html>\n"
    return head + "\n".join(parts_html) + tail


def para_html(text, style):
    out = []
    for p in re.split(r"\n\s*\n", text.strip("\n")):
        inner = "<br>\n".join(xml_escape(l) for l in p.split("\n"))
        if style == "outlook":
            out.append('<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>' % inner)
        else:
            out.append("<div>%s</div><div><br></div>" % inner)
    return "\n".join(out)


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Document", compress=False):
    ops = ["BT", "/F1 10 Tf", "12 TL", "40 800 Td"]
    for l in lines:
        ops.append("(%s) '" % _pdf_esc(l))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1", "replace")
    if compress:
        stream = zlib.compress(stream, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        sdict = "<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft: Print To PDF) /CreationDate (D:20261014093000Z) >>" % _pdf_esc(title)).encode("latin-1", "replace"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


# --- traditional PKWARE (ZipCrypto) encrypted zip, stored ----------------------

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def _crc_byte(crc, b):
    return _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)


def zipcrypto_encrypt(data, password, header_seed):
    k = [0x12345678, 0x23456789, 0x34567890]

    def upd(b):
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xFF)

    def kb():
        t = (k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    for b in password.encode():
        upd(b)
    crc = binascii.crc32(data) & 0xFFFFFFFF
    hdr = bytearray(_prng_bytes(header_seed, 11)) + bytes([(crc >> 24) & 0xFF])
    out = bytearray()
    for b in bytes(hdr) + data:
        c = b ^ kb()
        upd(b)
        out.append(c)
    return bytes(out), crc


def make_encrypted_zip(members, password, seed):
    dos_time = (ZIP_TIME[3] << 11) | (ZIP_TIME[4] << 5) | (ZIP_TIME[5] // 2)
    dos_date = ((ZIP_TIME[0] - 1980) << 9) | (ZIP_TIME[1] << 5) | ZIP_TIME[2]
    out = b""
    central = b""
    for name, data in members:
        enc, crc = zipcrypto_encrypt(data, password, seed + name)
        fn = name.encode("utf-8")
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0001, 0, dos_time, dos_date, crc,
                           len(enc), len(data), len(fn), 0) + fn + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0x0001, 0, dos_time, dos_date,
                               crc, len(enc), len(data), len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_off, 0)
    return out


def att_part(data, ctype, fname, seed, text_charset=None):
    """An attachment leaf; non-ascii filenames get RFC 2231 or RFC 2047 (Outlook) encoding."""
    p = Message()
    ascii_name = all(ord(c) < 128 for c in fname)
    if ascii_name:
        p["Content-Type"] = '%s; name="%s"' % (ctype, fname) + ('; charset="%s"' % text_charset if text_charset else "")
        p["Content-Disposition"] = 'attachment; filename="%s"' % fname
    elif _pick(seed + "fn", [0, 1]) == 0:
        q = "".join(c if (c.isalnum() and ord(c) < 128) or c in ".-_" else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in fname)
        p["Content-Type"] = '%s; name*=utf-8\'\'%s' % (ctype, q) + ('; charset="%s"' % text_charset if text_charset else "")
        p["Content-Disposition"] = "attachment; filename*=utf-8''%s" % q
    else:
        ew = "=?utf-8?B?%s?=" % base64.b64encode(fname.encode("utf-8")).decode()
        p["Content-Type"] = '%s; name="%s"' % (ctype, ew) + ('; charset="%s"' % text_charset if text_charset else "")
        p["Content-Disposition"] = 'attachment; filename="%s"' % ew
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


# ---------------------------------------------------------------------------
# shapes
# ---------------------------------------------------------------------------

BODY_SHAPES = ["7bit", "wrap72", "flowed", "flowed-delsp", "qp", "base64", "utf8-8bit", "latin1", "cp1252",
               "html-only", "alternative"]
ATT_SHAPES = ["text-attachment", "html-attachment", "csv-attachment", "tsv-attachment", "xlsx-attachment",
              "docx-attachment", "pdf-attachment", "zip-attachment", "zip-xlsx", "two-attachments"]
FWD_SHAPES = ["rfc822-forward", "fwd-inline", "quoted-reply"]
ENC_SHAPES = ["smime-enveloped", "pgp-encrypted", "pgp-inline", "zip-encrypted"]


def full_text(spec, with_sig=True, tstyle=None):
    parts = [spec["intro"].rstrip("\n")]
    if spec.get("rows"):
        parts.append(table_text(spec["rows"], tstyle or spec.get("tstyle", "aligned")))
    if spec.get("outro"):
        parts.append(spec["outro"].rstrip("\n"))
    t = "\n\n".join(parts)
    if with_sig:
        t += spec.get("sig", "")
    return t + "\n"


def full_html(spec, style):
    parts = [para_html(spec["intro"], style)]
    if spec.get("rows"):
        parts.append(html_table(spec["rows"]))
    if spec.get("outro"):
        parts.append(para_html(spec["outro"], style))
    if spec.get("sig"):
        parts.append(para_html(spec["sig"].strip("\n"), style))
    return html_doc(parts, style)


def doc_lines(spec):
    lines = []
    if spec.get("doc_title"):
        lines.append(spec["doc_title"])
        lines.append("")
    if spec.get("rows"):
        lines.extend(table_text(spec["rows"], "aligned").split("\n"))
    else:
        lines.extend(spec["intro"].split("\n"))
        if spec.get("outro"):
            lines.extend([""] + spec["outro"].split("\n"))
    return lines


def attachment_for(kind, spec, seed):
    base = spec.get("attname", "list")
    rows = spec.get("rows")
    if kind == "text":
        txt = "\n".join(doc_lines(spec)) + "\n"
        return att_part(txt.encode("utf-8"), "text/plain", base + ".txt", seed, "utf-8")
    if kind == "html":
        if rows:
            h = html_doc([("<h3>%s</h3>" % xml_escape(spec.get("doc_title", ""))) if spec.get("doc_title") else "",
                          html_table(rows)], "plain")
        else:
            h = html_doc([para_html(spec["intro"] + "\n\n" + spec.get("outro", ""), "plain")], "plain")
        return att_part(h.encode("utf-8"), "text/html", base + ".htm", seed, "utf-8")
    if kind in ("csv", "tsv"):
        r = rows or [[l] for l in doc_lines(spec)]
        data = csv_text(r, "," if kind == "csv" else "\t")
        enc = "utf-8-sig" if _pick(seed + "bom", [0, 0, 1]) else "utf-8"
        ctype = _pick(seed + "ct", ["text/csv", "application/vnd.ms-excel", "text/csv"]) if kind == "csv" else "text/tab-separated-values"
        return att_part(data.encode(enc), ctype, base + "." + kind, seed)
    if kind == "xlsx":
        r = rows or [[l] for l in doc_lines(spec)]
        return att_part(make_xlsx(spec.get("xrows", r), sheet_name=spec.get("sheet", "Sheet1"),
                                  date_columns=spec.get("xdatecols", ())), XLSX_TYPE, base + ".xlsx", seed)
    if kind == "docx":
        if rows:
            data = make_docx([("# " + spec["doc_title"]) if spec.get("doc_title") else ""], tables=[rows],
                             title=(spec.get("doc_title") or base))
        else:
            paras = ([("# " + spec["doc_title"])] if spec.get("doc_title") else []) + \
                (spec["intro"] + "\n\n" + spec.get("outro", "")).split("\n")
            data = make_docx(paras, title=(spec.get("doc_title") or base))
        return att_part(data, DOCX_TYPE, base + ".docx", seed)
    if kind == "pdf":
        data = make_pdf(doc_lines(spec), title=(spec.get("doc_title") or base), compress=_pick(seed + "pdf", [False, True]))
        return att_part(data, "application/pdf", base + ".pdf", seed)
    if kind == "zip":
        r = rows or [[l] for l in doc_lines(spec)]
        data = make_zip([(base + ".csv", csv_text(r).encode("utf-8"))])
        return att_part(data, _pick(seed + "zc", ["application/zip", "application/x-zip-compressed"]), base + ".zip", seed)
    if kind == "zip-xlsx":
        r = rows or [[l] for l in doc_lines(spec)]
        inner = make_xlsx(spec.get("xrows", r), sheet_name=spec.get("sheet", "Sheet1"), date_columns=spec.get("xdatecols", ()))
        data = make_zip([(base + ".xlsx", inner), ("readme.txt", b"Exported from MIS. Do not edit column order.\r\n")])
        return att_part(data, "application/zip", base + ".zip", seed)
    raise ValueError(kind)


def cover_part(spec, seed, shape):
    t = spec.get("cover", "Please see attached.") + spec.get("sig", "") + "\n"
    if _pick(seed + "cov", [0, 1, 2]) == 2:
        st = _pick(seed + "cst", ["plain", "outlook"])
        return multipart("alternative", [
            text_part(t, cte=None if any(ord(c) > 127 for c in t) else "7bit"),
            text_part(html_doc([para_html(t, st)], st), subtype="html", cte="quoted-printable")], seed + "cov")
    return text_part(t, cte=_pick(seed + "cte", [None, "quoted-printable", "8bit" if any(ord(c) > 127 for c in t) else "7bit"]))


def render(shape, spec, seed, when):
    """Return (body Message, subject_override or None)."""
    base = shape
    txt = full_text(spec)
    if base == "7bit":
        return text_part(asciify(txt), charset="us-ascii", cte="7bit"), None
    if base == "wrap72":
        t = wrap(txt, _pick(seed, [72, 76, 70]))
        return text_part(t, cte="7bit" if all(ord(c) < 128 for c in t) else "8bit"), None
    if base in ("flowed", "flowed-delsp"):
        delsp = base == "flowed-delsp"
        t = flow(txt, 72 if not delsp else _pick(seed, [66, 72, 76]), delsp=delsp)
        return text_part(t, cte="7bit" if all(ord(c) < 128 for c in t) else "8bit", flowed=True, delsp=delsp), None
    if base == "qp":
        return text_part(txt, cte="quoted-printable"), None
    if base == "base64":
        return text_part(txt, cte="base64"), None
    if base == "utf8-8bit":
        return text_part(txt, cte="8bit"), None
    if base == "latin1":
        return text_part(latin1ify(txt), charset="iso-8859-1", cte=_pick(seed, ["8bit", "quoted-printable"])), None
    if base == "cp1252":
        return text_part(cp1252ify(txt), charset="windows-1252", cte=_pick(seed, ["8bit", "quoted-printable"])), None
    if base == "html-only":
        st = _pick(seed, ["plain", "outlook"])
        return text_part(full_html(spec, st), subtype="html", cte=_pick(seed + "h", ["quoted-printable", "base64", "quoted-printable"])), None
    if base == "alternative":
        st = _pick(seed, ["plain", "outlook"])
        plain = full_text(spec, tstyle=_pick(seed + "ts", ["tab", "aligned", "lines"]))
        return multipart("alternative", [
            text_part(plain, cte="quoted-printable" if any(ord(c) > 127 for c in plain) else _pick(seed + "c", ["7bit", "quoted-printable"])),
            text_part(full_html(spec, st), subtype="html", cte=_pick(seed + "hc", ["quoted-printable", "base64"]))], seed), None
    if base == "smime-signed":
        return smime_signed(text_part(txt, cte="quoted-printable"), seed), None
    kinds = {"text-attachment": ["text"], "html-attachment": ["html"], "csv-attachment": ["csv"],
             "tsv-attachment": ["tsv"], "xlsx-attachment": ["xlsx"], "docx-attachment": ["docx"],
             "pdf-attachment": ["pdf"], "zip-attachment": ["zip"], "zip-xlsx": ["zip-xlsx"],
             "two-attachments": ["docx", "csv"]}
    if base in kinds:
        parts = [cover_part(spec, seed, shape)]
        for k in kinds[base]:
            s2 = dict(spec)
            if base == "two-attachments" and k == "docx":
                s2 = dict(spec, rows=None, attname=spec.get("attname2", "covering note"),
                          intro=spec.get("note2", "See the attached list."), outro="", doc_title=spec.get("doc_title"))
            parts.append(attachment_for(k, s2, seed + k))
        return multipart("mixed", parts, seed), None
    if base in ("rfc822-forward", "fwd-inline", "quoted-reply"):
        ofrm = spec.get("orig_from")
        oto = spec.get("orig_to")
        osub = spec.get("orig_subject", spec["subject"])
        odate = when - datetime.timedelta(hours=3 + int(H(seed, 2), 16) % 40)
        if base == "rfc822-forward":
            inner = inner_message(ofrm, oto, osub, odate, txt, seed, shape=_pick(seed, ["qp", "alternative"]))
            if _pick(seed + "alt", [0, 1]) == 1:
                ib = multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                               text_part(full_html(spec, "outlook"), subtype="html", cte="quoted-printable")], seed + "in")
                for k in list(inner.keys()):
                    if k.lower().startswith("content-"):
                        del inner[k]
                for k, v in ib.items():
                    inner[k] = v
                inner.set_payload(ib._payload)
            return multipart("mixed", [cover_part(spec, seed, shape), rfc822_part(inner, filename=re.sub(r"[^\w .-]", "", osub)[:40] + ".eml")], seed), "Fwd: " + osub
        fdate = odate.strftime("%a, %d %b %Y at %H:%M")
        if base == "fwd-inline":
            style = _pick(seed, ["gmail", "outlook", "apple", "yahoo"])
            fwd = FORWARD_STYLES[style](txt, fmt_addr(*ofrm), fdate, osub, ", ".join(fmt_addr(*a) for a in oto))
            t = spec.get("cover", "") + spec.get("sig", "") + "\n\n" + fwd
            return text_part(t, cte=_pick(seed + "e", ["quoted-printable", "8bit" if any(ord(c) > 127 for c in t) else "7bit", "base64"])), ("Fw: " if style == "outlook" else "Fwd: ") + osub
        # quoted reply: the sender follows up their own earlier message; the data sits in the quote
        ofrm, oto = spec["frm"], spec["to"]
        t = _pick(seed + "fu", ["Just checking this reached you?", "Resending as I haven't heard back - did this come through OK?",
                                "Any update on the below?", "Sorry, meant to add: sessions start at 9:15. See below."]) + spec.get("sig", "") + "\n\nOn %s, %s wrote:\n%s\n" % (fdate, fmt_addr(*ofrm), quote(txt))
        if _pick(seed + "f", [0, 1]):
            return text_part(flow(t, 72), cte="8bit" if any(ord(c) > 127 for c in t) else "7bit", flowed=True), "Re: " + osub
        return text_part(t, cte="quoted-printable"), "RE: " + osub
    if base == "smime-enveloped":
        return smime_enveloped(seed, size=1200 + int(H(seed, 3), 16) % 3000), None
    if base == "pgp-encrypted":
        return pgp_encrypted(seed), None
    if base == "pgp-inline":
        return text_part(pgp_armor(seed, size=500 + int(H(seed, 3), 16) % 1500), cte="7bit"), None
    if base == "zip-encrypted":
        r = spec.get("rows") or [[l] for l in doc_lines(spec)]
        members = [(spec.get("attname", "list") + ".csv", csv_text(r).encode("utf-8"))]
        if spec.get("extra_member"):
            members.append(spec["extra_member"])
        data = make_encrypted_zip(members, "Oak" + H(seed, 6) + "!", seed)
        return multipart("mixed", [cover_part(spec, seed, shape),
                                   att_part(data, "application/zip", spec.get("attname", "list") + ".zip", seed)], seed), None
    raise ValueError(shape)


# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------

XMAILERS = [("X-Mailer", "Microsoft Outlook 16.0"), ("User-Agent", "Mozilla Thunderbird 128.3.1"),
            ("X-Mailer", "iPhone Mail (22A3354)"), None, ("X-Mailer", "Microsoft Outlook 16.0"), None,
            ("User-Agent", "Roundcube Webmail/1.6.9")]


class Writer:
    def __init__(self, folder):
        self.folder = folder
        self.manifest = []
        self.counts = {"positive": 0, "negative": 0}
        for sub in ("positive", "negative"):
            os.makedirs(os.path.join(folder, sub), exist_ok=True)
            for f in os.listdir(os.path.join(folder, sub)):
                if f.endswith(".eml"):
                    os.remove(os.path.join(folder, sub, f))

    def write(self, item, when):
        label, spec, shape = item["label"], item["spec"], item["shape"]
        seed = "%s/%s/%s" % (spec["family"], shape, item["k"])
        body, subj_over = render(shape, spec, seed, when)
        frm, to, cc, bcc = spec["frm"], spec["to"], spec.get("cc", []), spec.get("bcc", [])
        rcpts = [a for a, _ in list(to) + list(cc) + list(bcc)]
        d = spec["direction"]
        if d == "inbound":
            assert not is_internal(frm[0]) and all(is_internal(r) for r in rcpts), seed
            auth = None
        elif d == "outbound":
            assert is_internal(frm[0]) and any(not is_internal(r) for r in rcpts), seed
            auth = frm[0]
        else:
            assert is_internal(frm[0]) and all(is_internal(r) for r in rcpts), seed
            auth = frm[0]
        subject = subj_over or spec["subject"]
        mshape = shape
        if spec.get("subj_enc"):
            mshape += "+rfc2047"
        if shape in ATT_SHAPES and any(ord(c) > 127 for c in spec.get("attname", "")):
            mshape += "+rfc2231" if "filename*=" in body.as_string() else "+ew-filename"
        self.counts[label] += 1
        n = self.counts[label]
        slug = re.sub(r"[^a-z0-9]+", "-", "%s-%s" % (spec["family"], mshape)).strip("-")
        fname = "%s/%03d-%s.eml" % (label, n, slug)
        root = Message()
        if d != "inbound" or _pick(seed + "rp", [0, 1]):
            root["Return-Path"] = "<%s>" % frm[0]
        if d == "inbound":
            root["Received"] = ("from mail.%s (mail.%s [192.0.2.%d]) by mx1.school.example (Postfix) with ESMTPS id %s "
                                "for <%s>; %s" % (frm[0].split("@")[1], frm[0].split("@")[1], 10 + int(H(seed, 2), 16) % 200,
                                                  H(seed + "q", 10).upper(), rcpts[0], format_datetime(when)))
        root["From"] = fmt_addr(*frm)
        root["To"] = ", ".join(fmt_addr(a, nm) for a, nm in to) if to else "undisclosed-recipients:;"
        if cc:
            root["Cc"] = ", ".join(fmt_addr(a, nm) for a, nm in cc)
        root["Subject"] = encode_subject(subject, *spec["subj_enc"]) if spec.get("subj_enc") else subject
        root["Date"] = format_datetime(when)
        root["Message-ID"] = make_msgid_neutral(seed, frm[0])
        if subj_over and subj_over.lower().startswith("re:"):
            root["In-Reply-To"] = make_msgid_neutral(seed + "orig", spec["orig_from"][0])
            root["References"] = root["In-Reply-To"]
        xm = _pick(seed + "xm", XMAILERS)
        if xm:
            root[xm[0]] = xm[1]
        if _pick(seed + "cl", [0, 1, 1]):
            root["Content-Language"] = "en-GB"
        for k, v in spec.get("headers", ()):
            root[k] = v
        root["MIME-Version"] = "1.0"
        for k, v in body.items():
            root[k] = v
        root.set_payload(body._payload)
        root.preamble = body.preamble
        root.epilogue = body.epilogue
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=OUT_POLICY).flatten(root)
        with open(os.path.join(self.folder, fname), "wb") as fh:
            fh.write(buf.getvalue())
        self.manifest.append({"file": fname, "label": label, "mail_from": frm[0], "rcpt": rcpts,
                              "auth_user": auth, "shape": mshape, "family": spec["family"], "note": spec["note"]})
        return fname


# ---------------------------------------------------------------------------
# families.  Each returns a spec; `mode` is "out" (leaves the organisation),
# "int" (stays inside) or "enc" (outbound, but sent encrypted).
# ---------------------------------------------------------------------------

def colleague(rng, exclude):
    while True:
        s = staff(rng.randrange(len(STAFF)))
        if s[0] != exclude[0]:
            return s


def fam_classlist(k, rng, P, mode):
    frm = staff(rng.choice([0, 9, 14, 15, 16, 5, 21, 10]))
    ps = P.many(rng.randint(5, 28), year=rng.randint(7, 11))
    cols = k % 3
    if cols == 0:
        rows = [["Surname", "Forename", "Form", "DOB", "UPN"]] + [[p["last"], p["first"], p["form"], fmt_date(p["dob"], 0), p["upn"]] for p in ps]
    elif cols == 1:
        rows = [["Name", "UPN", "Gender", "Date of Birth", "SEN"]] + [[p["name"], p["upn"], p["gender"], fmt_date(p["dob"], k % 6), "K" if rng.random() < .2 else "N"] for p in ps]
    else:
        rows = [["Pupil", "Form", "UPN", "ULN", "KS2 scaled"]] + [[p["name"], p["form"], p["upn"], p["uln"], str(rng.randint(96, 118))] for p in ps]
    if mode == "out":
        to = [personal(frm, rng, k)]
        intro = rng.choice([
            "Sending this to myself so I can do the seating plans and reports over half term at home - SIMS won't load on the laptop.",
            "Note to self: class list for %s so I can finish the mark book tonight." % ps[0]["form"],
            "Forwarding the list to my home account, the VPN keeps dropping out.",
            "For home. Need to get the report comments done by Friday.",
        ])
        outro = "Print one copy for the cover folder."
    else:
        to = [colleague(rng, frm)]
        intro = rng.choice([
            "Hi %s, here's the %s list you asked for, with UPNs so you can match them in the tracker." % (first(to[0]), ps[0]["form"]),
            "%s - updated class list after the timetable change. Two new starters at the bottom." % first(to[0]),
            "Here's the list for the moderation sample, %s." % first(to[0]),
        ])
        outro = "Let me know if anyone is missing."
    return dict(family="classlist", frm=frm, to=to, subject=rng.choice(["class list", "%s list" % ps[0]["form"], "mark book - names", "Seating plan data", "list for home" if mode == "out" else "updated list", "Year %d group" % ps[0]["yr"]]),
                intro=intro, rows=rows, outro=outro, cover=intro, attname=rng.choice(["%s class list" % ps[0]["form"], "ClassList_%s" % ps[0]["form"], "export", "names_upn"]),
                tstyle=rng.choice(["tab", "aligned", "comma"]), sig=sign(frm, k % 4),
                note="class list with UPNs/DOBs (%d pupils) %s" % (len(ps), "to teacher's personal mailbox" if mode == "out" else "to colleague"))


def fam_sen(k, rng, P, mode):
    frm = staff(rng.choice(["SENCo", "Teaching Assistant", "SENCo"]))
    ps = P.many(rng.randint(1, 4))
    lines = []
    for p in ps:
        ehcp = rng.random() < 0.5
        lines.append("%s (%s, DOB %s) - %s%s. %s" % (
            p["name"], p["form"], fmt_date(p["dob"], rng.randint(0, 4)), p["sen"],
            ", has an EHCP (annual review due %s)" % MONTHS[rng.randint(0, 11)] if ehcp else ", SEN support",
            rng.choice(["Reading age about %d. Needs instructions chunked and a reader in tests." % rng.randint(7, 10),
                        "Struggles with transitions; mum reports meltdowns at home after school.",
                        "Has a scribe for exams. Processing speed score below 1st percentile.",
                        "Was referred to CAMHS in the summer, still on the waiting list.",
                        "Uses a laptop in lessons; very anxious about being singled out."])))
    if rng.random() < 0.5:
        lines = [l + " UPN %s." % p["upn"] for l, p in zip(lines, ps)]
    if mode == "out":
        to = [org("tutor", k)]
        intro = "Hi %s,\n\nAs discussed, here's some background on the %s you'll be working with from next week, so you can plan:" % (
            to[0][1].split()[0], "pupil" if len(ps) == 1 else "pupils")
        outro = "Please keep this to yourself - parents know you're coming in but not all the detail."
    else:
        to = [colleague(rng, frm)]
        intro = "Hi %s,\n\nSEN information for your new group so you can update your provision map:" % first(to[0])
        outro = "All of this is on the SEN register too."
    return dict(family="sen-details", frm=frm, to=to, subject=rng.choice(["Background info", "SEN info for sessions", "pupils - needs", "Your group from Monday", "EHCP summaries"]),
                intro=intro + "\n\n" + "\n\n".join(lines), outro=outro, cover="Background attached as discussed.",
                attname=rng.choice(["SEN summary", "pupil profiles", "One page profiles"]), doc_title="Pupil profiles - confidential",
                sig=sign(frm, k % 4), note="SEN/EHCP details of %d named pupil(s) %s" % (len(ps), "to outside tutor" if mode == "out" else "to colleague"))


def fam_safeguarding(k, rng, P, mode):
    frm = staff(rng.choice(["Designated Safeguarding Lead", "Head of Year 11", "Pastoral manager", "Year 9 tutor"]))
    p = P.one()
    concern = rng.choice([
        "%s came in this morning with bruising to the left forearm and said it happened when mum's partner grabbed her. She was reluctant to say more." ,
        "%s disclosed to a TA at lunch that there is often no food in the house and that they are left alone overnight with two younger siblings.",
        "%s has missed 14 sessions this half term and was seen getting into a car with older males outside the gates on Tuesday. Possible CSE indicators.",
        "%s told her form tutor she has been self-harming and showed cuts on her upper arm. Dad is aware; mum is not.",
        "%s made comments in RE about travelling abroad to join family 'fighting for the cause'. Prevent referral being considered.",
    ]) % p["name"]
    body = ("Concern raised %s about %s (%s, DOB %s), home address %s.\n\n%s\n\n"
            "Previous: known to social care in 2023 (section 17). Parent/carer: %s, tel %s." % (
                fmt_date(datetime.date(2026, rng.randint(9, 11), rng.randint(1, 28)), 0), p["name"], p["form"],
                fmt_date(p["dob"], rng.randint(0, 5)), p["addr"], concern, p["parent"], p["phone"]))
    if mode == "out":
        wrong = rng.choice([("a.begum.dsl@gmail.example", "Aisha Begum"), ("mash.referrals@leeds-council.example", "MASH"),
                            ("duty.social.worker@example.org", "Duty Social Worker"), ("aisha.begum@school-example.org", "Aisha Begum"),
                            ("sarah.ngozi@hotmail.example", "Sarah Ngozi")])
        to = [wrong]
        intro = rng.choice(["Aisha - logging this here as CPOMS is down, please add when you can.",
                            "Please see below, I need advice today.", "Referral information as requested on the phone."])
    else:
        to = [staff("Designated Safeguarding Lead")] if frm[0] != staff("Designated Safeguarding Lead")[0] else [staff("Headteacher")]
        intro = "%s - logging this with you as CPOMS is down, please add when you can." % first(to[0])
    return dict(family="safeguarding", frm=frm, to=to, subject=rng.choice(["Concern - %s" % p["name"], "urgent - safeguarding", "CP concern today", "Referral", "%s %s" % (p["first"], p["form"])]),
                intro=intro + "\n\n" + body, outro="", cover="See below / attached.", attname="concern form", doc_title="Record of concern",
                orig_subject="concern - %s" % p["first"], sig=sign(frm, k % 4),
                note="safeguarding concern about a named child %s" % ("sent to an outside address" if mode == "out" else "to the DSL internally"))


def fam_health_nhs(k, rng, P, mode):
    frm = staff(rng.choice(["School Nurse", "Office Manager", "School Nurse"]))
    ps = P.many(rng.randint(4, 30), year=rng.choice([8, 9, 10]))
    st = k % 4
    rows = [["Name", "DOB", "NHS Number", "Year", "Consent"]] + [
        [p["name"], fmt_date(p["dob"], k % 6), fmt_nhs(p["nhs"], st), str(p["yr"]), rng.choice(["Y", "Y", "N", "Y"])] for p in ps]
    xrows = [["Name", "DOB", "NHS Number", "Year", "Consent"]] + [
        [p["name"], excel_serial(p["dob"]), int(p["nhs"]), p["yr"], r[4]] for p, r in zip(ps, rows[1:])]
    if mode == "out":
        to = [rng.choice([("immunisations@healthpartners-ltd.example", "School Immunisation Team"),
                          ("n.dunmore@outlook.example", "Nicola Dunmore"), ("vaccs@bookmyjab.example", "Vaccination bookings"),
                          ("dentalscreening@smileclinic.example", "Smile Clinic")])]
        intro = "Hi,\n\nAttached/below is the list for the HPV session on %s, with NHS numbers and dates of birth as you asked." % fmt_date(datetime.date(2026, 11, rng.randint(2, 27)), 3)
    else:
        to = [colleague(rng, frm)]
        intro = "Hi %s,\n\nList for the HPV session so you can sort the rooming - NHS numbers on there for the nurses on the day." % first(to[0])
    return dict(family="health-nhs", frm=frm, to=to, subject=rng.choice(["HPV list", "Immunisation list Y%d" % ps[0]["yr"], "vacc session - names", "Consent list + NHS nos"]),
                intro=intro, rows=rows, xrows=xrows, xdatecols=(1,), outro="Three consent forms still outstanding.",
                cover=intro, attname=rng.choice(["HPV Y%d" % ps[0]["yr"], "immunisation_list", "Vacc list %s" % MONTHS[10]]), sheet="Y%d" % ps[0]["yr"],
                tstyle=rng.choice(["tab", "aligned", "pipe"]), sig=sign(frm, k % 4),
                note="%d pupils with DOB and NHS numbers for immunisation session %s" % (len(ps), "sent outside" if mode == "out" else "internal"))


def staff_people(rng, n):
    out = []
    off = rng.randrange(len(SORT_ACC))
    for i in range(n):
        female = rng.random() < 0.6
        fn = rng.choice(FIRST_F if female else FIRST_M)
        ln = rng.choice(SURN)
        dob = rand_date(rng, 1962, 1999)
        out.append({"name": "%s %s" % (fn, ln), "first": fn, "last": ln, "female": female, "dob": dob,
                    "nino": make_nino(rng), "sc": SORT_ACC[(off + i) % len(SORT_ACC)],
                    "salary": rng.choice([24500, 28312, 31650, 36400, 38810, 41333, 46720, 52100]),
                    "role": rng.choice(["Teacher", "TA", "Cleaner", "Cover supervisor", "Admin", "Technician", "Midday supervisor"]),
                    "addr": "%d %s, Leeds %s" % (rng.randint(1, 99), rng.choice(STREETS), rng.choice(POSTCODES)),
                    "passport": make_passport(rng)})
    return out


def fam_nino(k, rng, P, mode):
    frm = staff(rng.choice(["School Business Manager", "HR Officer"]))
    ss = staff_people(rng, rng.randint(1, 9))
    rows = [["Employee", "NI number", "DOB", "Role", "Salary"]] + [[s["name"], fmt_nino(s["nino"], k % 4), fmt_date(s["dob"], 0), s["role"], "%d" % s["salary"]] for s in ss]
    if mode == "out":
        to = [org("accountant", k)]
        intro = "Hi %s,\n\nNew starters and changes for this month's P11D/RTI, with NI numbers." % to[0][1].split()[0]
    else:
        to = [colleague(rng, frm)] if frm[1] != "Kerry Doyle" else [staff("School Business Manager")]
        intro = "Hi %s,\n\nNew starters for this month with NI numbers, for the single central record." % first(to[0])
    return dict(family="staff-nino", frm=frm, to=to, subject=rng.choice(["New starters", "NI numbers", "RTI changes %s" % MONTHS[rng.randint(8, 11)], "Staff changes this month"]),
                intro=intro, rows=rows, outro="Any queries let me know.", cover=intro, attname=rng.choice(["starters", "NI list", "Staff changes"]),
                tstyle=rng.choice(["aligned", "tab", "lines"]), sig=sign(frm, k % 4),
                note="%d staff with National Insurance numbers %s" % (len(ss), "to external accountant" if mode == "out" else "internal HR"))


def fam_bank(k, rng, P, mode):
    frm = staff(rng.choice(["HR Officer", "School Business Manager"]))
    ss = staff_people(rng, rng.randint(1, 6))
    def sc(s):
        c, a = s["sc"]
        v = k % 3
        return (c if v == 0 else c.replace("-", "") if v == 1 else c.replace("-", " ")), a
    rows = [["Name", "Sort code", "Account no", "Effective"]] + [[s["name"], sc(s)[0], sc(s)[1], "01/%02d/2026" % rng.randint(9, 12)] for s in ss]
    if mode == "out":
        to = [org("payroll", k)]
        intro = "Hello,\n\nPlease update bank details for the following before the %s payroll run:" % MONTHS[rng.randint(8, 11)]
    else:
        to = [colleague(rng, frm)]
        intro = "%s, bank detail changes for the payroll return, can you check against the forms in the safe?" % first(to[0])
    return dict(family="bank-details", frm=frm, to=to, subject=rng.choice(["Bank detail changes", "Payroll - bank changes", "change of bank", "updates for payroll"]),
                intro=intro, rows=rows, outro="Forms signed by each member of staff are on file.", cover=intro,
                attname=rng.choice(["bank changes", "payroll_updates", "Bank details %s" % MONTHS[rng.randint(8, 11)]]),
                tstyle=rng.choice(["aligned", "tab", "dash", "lines"]), sig=sign(frm, k % 4),
                note="%d staff sort codes and account numbers %s" % (len(ss), "to payroll bureau" if mode == "out" else "internal"))


def fam_exam_uln(k, rng, P, mode):
    frm = staff(rng.choice(["Exams Officer", "Head of Year 11", "Maths teacher"]))
    ps = P.many(rng.randint(3, 20), year=11)
    rows = [["Cand No", "Name", "ULN", "Tier", "Target"]] + [[p["cand"], p["name"], p["uln"], rng.choice(["F", "H"]), str(rng.randint(3, 8))] for p in ps]
    if mode == "out":
        to = [org("tutorco", k)]
        intro = "Hi,\n\nHere are the Year 11s for the NTP maths catch-up block. Candidate numbers and ULNs included so you can log them on your portal."
    else:
        to = [colleague(rng, frm)]
        intro = "%s, intervention group with candidate numbers and ULNs for the mock entries." % first(to[0])
    return dict(family="exam-uln", frm=frm, to=to, subject=rng.choice(["Y11 intervention group", "Tutoring - pupil list", "candidates for sessions", "Catch-up cohort"]),
                intro=intro, rows=rows, outro="Sessions start after October half term.", cover=intro, attname=rng.choice(["Y11 cohort", "tutoring list", "candidates"]),
                tstyle=rng.choice(["aligned", "tab", "comma"]), sig=sign(frm, k % 4),
                note="%d Year 11 candidates with candidate numbers and ULNs %s" % (len(ps), "to tutoring company" if mode == "out" else "internal"))


def fam_fsm(k, rng, P, mode):
    frm = staff(rng.choice(["Office Manager", "Pastoral manager", "School Business Manager"]))
    ps = [p for p in P.many(rng.randint(6, 25))]
    rows = [["Name", "Year", "DOB", "FSM", "PP", "UPN"]] + [[p["name"], str(p["yr"]), fmt_date(p["dob"], 0), "Yes", rng.choice(["Yes", "Yes", "No"]), p["upn"]] for p in ps]
    if k % 2:
        rows = [r[:4] + r[5:] for r in rows]
    if mode == "out":
        to = [rng.choice([org("caterer", k), ("hafplaces@funclub-leeds.example", "HAF holiday club"), ("sales@uniformdirect.example", "Uniform Direct")])]
        intro = "Hi,\n\nAs requested, the children eligible for free school meals, for the %s." % rng.choice(["holiday club places", "uniform grant vouchers", "breakfast scheme"])
    else:
        to = [colleague(rng, frm)]
        intro = "%s, current FSM list for the kitchen and the Pupil Premium tracker." % first(to[0])
    return dict(family="fsm-list", frm=frm, to=to, subject=rng.choice(["FSM list", "Free school meals pupils", "eligible children", "FSM/PP list"]),
                intro=intro, rows=rows, outro="Please don't share this list further.", cover=intro, attname=rng.choice(["FSM", "fsm_pupils", "Eligible list"]),
                tstyle=rng.choice(["aligned", "tab", "numbered"]), sig=sign(frm, k % 4),
                note="free-school-meals list of %d named pupils %s" % (len(ps), "to an outside organisation" if mode == "out" else "internal"))


def fam_trip_medical(k, rng, P, mode):
    frm = staff(rng.choice(["Trips co-ordinator", "PE teacher", "Geography teacher"]))
    ps = P.many(rng.randint(4, 24), year=rng.choice([7, 8, 10]))
    rows = [["Name", "DOB", "Medical / dietary", "NHS no.", "Emergency contact"]] + [
        [p["name"], fmt_date(p["dob"], k % 5), p["cond"] if rng.random() < .7 else "none", fmt_nhs(p["nhs"], k % 4), "%s %s" % (p["parent"], p["phone"])] for p in ps]
    if k % 3 == 2:
        rows = [[r[0], r[1], r[2], r[4]] for r in rows]
    if mode == "out":
        to = [org("trip", k)]
        intro = "Hello,\n\nAhead of our residential on %s, here are the medical details and emergency contacts for the group." % fmt_date(datetime.date(2027, rng.randint(3, 6), rng.randint(1, 28)), 3)
    else:
        to = [colleague(rng, frm)]
        intro = "%s, medical info for the residential - please keep a copy in the first aid bag." % first(to[0])
    return dict(family="trip-medical", frm=frm, to=to, subject=rng.choice(["Residential - medical info", "Group medical details", "Trip medical forms", "Medical & dietary - Y%d visit" % ps[0]["yr"]]),
                intro=intro, rows=rows, outro="Two pupils carry their own inhalers.", cover=intro, attname=rng.choice(["medical info", "Trip medical", "group_details"]),
                tstyle=rng.choice(["lines", "tab", "aligned"]), sig=sign(frm, k % 4),
                note="medical conditions and emergency contacts for %d pupils %s" % (len(ps), "to trip provider" if mode == "out" else "internal"))


def fam_parent_contact(k, rng, P, mode):
    frm = staff(rng.choice(["Office Manager", "PE teacher", "Year 9 tutor", "English teacher"]))
    p = P.one()
    txt = rng.choice([
        "Hi %s,\n\nThe parent who wants to help with the club is %s, %s. Address is %s, mobile %s. Their son %s is in %s. Mum works nights so best after 4.",
        "%s - here are the contact details you wanted for the lift share: %s (mum of %s), %s, phone %s. Her son %s is in my form (%s).",
        "Hi %s,\n\nCan you drop the kit round to %s? She lives at %s. Phone %s if no answer. It's %s's, form %s.",
    ])
    to = [rng.choice([("coach.dave@sportsclub.example", "Dave Kerr"), ("rachel.fiddes@example.com", "Rachel Fiddes"),
                      ("gary@gm-plumbing.example", "Gary McKenna"), ("tanya.osborne@fastmail.example", "Tanya Osborne")])] if mode == "out" else [colleague(rng, frm)]
    fn = to[0][1].split()[0]
    if txt.startswith("Hi %s,\n\nThe"):
        t = txt % (fn, p["parent"], "parent of " + p["first"], p["addr"], p["phone"], p["first"], p["form"])
    elif txt.startswith("%s - here"):
        t = txt % (fn, p["parent"], p["first"], p["addr"], p["phone"], p["first"], p["form"])
    else:
        t = txt % (fn, p["parent"], p["addr"], p["phone"], p["first"], p["form"])
    return dict(family="parent-contact", frm=frm, to=to, subject=rng.choice(["contact details", "Parent details", "address", "lift share", "kit drop off"]),
                intro=t, outro="", cover="", sig=sign(frm, k % 4), orig_subject="parent contact",
                note="a parent's home address and phone with child's name %s" % ("sent outside" if mode == "out" else "internal"))


def fam_passport(k, rng, P, mode):
    frm = staff(rng.choice(["Trips co-ordinator", "History teacher", "Deputy Head"]))
    ps = P.many(rng.randint(3, 16), year=rng.choice([9, 10]))
    rows = [["Surname", "Forenames", "DOB", "Nationality", "Passport no", "Expiry"]] + [
        [p["last"].upper(), p["first"], fmt_date(p["dob"], 0), rng.choice(["British", "British", "Polish", "British", "Irish"]),
         make_passport(rng), fmt_date(datetime.date(rng.randint(2028, 2034), rng.randint(1, 12), rng.randint(1, 28)), 0)] for p in ps]
    if mode == "out":
        to = [org("trip", k + 2)]
        intro = "Hi,\n\nPassport details for the Berlin trip party for the ferry manifest:"
    else:
        to = [colleague(rng, frm)]
        intro = "%s - passport details for the Berlin trip so you can check expiry dates." % first(to[0])
    return dict(family="passport-trip", frm=frm, to=to, subject=rng.choice(["Passport details - Berlin", "Manifest details", "Trip passports"]),
                intro=intro, rows=rows, outro="Staff details to follow.", cover=intro, attname=rng.choice(["passport list", "Manifest Berlin"]),
                tstyle=rng.choice(["aligned", "tab"]), sig=sign(frm, k % 4),
                note="passport numbers and DOBs of %d pupils %s" % (len(ps), "to travel company" if mode == "out" else "internal"))


def fam_health_initials(k, rng, P, mode):
    frm = staff(rng.choice(["PE teacher", "Trips co-ordinator", "Teaching Assistant"]))
    ps = P.many(rng.randint(3, 8))
    use_init = k % 2 == 0
    lines = ["%s - %s" % (("%s%s" % (p["first"][0], p["last"][0])) if use_init else "%s %s." % (p["first"], p["last"][0]),
                          rng.choice(["type 1 diabetes, needs to eat at 10:30", "epilepsy - rescue meds in the red bag", "severe peanut allergy, EpiPen",
                                      "asthma, inhaler", "anxiety and panic attacks", "ADHD, on medication", "self-harm history - keep an eye",
                                      "eating disorder, under CAMHS", "coeliac", "Crohn's disease - needs toilet access"])) for p in ps]
    to = [rng.choice([("coach@riverside-canoe.example", "River Canoe Centre"), ("instructors@climbwall.example", "Climbing Wall"),
                      ("info@farmvisit.example", "Meadow Farm")])] if mode == "out" else [colleague(rng, frm)]
    intro = "Hi,\n\nMedical things to know for %s's session (%s %s):" % (rng.choice(["Thursday", "Friday", "Monday"]), ps[0]["form"], rng.choice(["group", "set"]))
    return dict(family="health-initials", frm=frm, to=to, subject=rng.choice(["medical - our group", "things to know", "Group info", "Medical needs"]),
                intro=intro + "\n\n" + "\n".join(lines), outro="Any problems ring me on the school number.", cover="Medical info attached.",
                attname="group medical", sig=sign(frm, k % 4),
                note="health conditions of %d pupils identified by %s %s" % (len(ps), "initials" if use_init else "first name + initial", "to activity provider" if mode == "out" else "internal"))


def fam_circumstances(k, rng, P, mode):
    frm = staff(rng.choice(["Pastoral manager", "Year 9 tutor", "Head of Year 11", "Teaching Assistant"]))
    p = P.one()
    t = rng.choice([
        "I'm worried about %(n)s in my form. Dad left in the summer, mum has been signed off with depression and %(f)s is basically looking after the two little ones. They've been evicted and are in a B&B on %(s)s. %(f)s hasn't got a uniform that fits and told me on Friday they'd had no tea.",
        "Quick update on %(n)s (%(fo)s). Mum's boyfriend is back living there even though there's a non-molestation order. %(f)s has been turning up late, smelling of cannabis, and said he doesn't want to go home. Social worker is aware.",
        "Re %(n)s - the family are asylum seekers from Eritrea, currently housed at %(a)s. %(f)s has PTSD symptoms and flashbacks when there are loud noises. Dad is in detention. Please be gentle in the first sessions.",
        "%(n)s's parents are going through a very messy divorce, there is a court order saying dad can't collect, and %(f)s has started self-harming. Her attendance has dropped to 81%%.",
    ]) % {"n": p["name"], "f": p["first"], "s": p["addr"].split(",")[0], "fo": p["form"], "a": p["addr"]}
    to = [rng.choice([org("provider", k), ("kate.hollis@gmail.example", "Kate Hollis"), ("mentor.j.lamb@example.net", "Jon Lamb")])] if mode == "out" else [colleague(rng, frm)]
    return dict(family="child-circumstances", frm=frm, to=to, subject=rng.choice(["%s" % p["first"], "worried about one of mine", "update", "Re: referral", "background"]),
                intro="Hi %s,\n\n%s" % (to[0][1].split()[0], t), outro="Let's talk next week.", cover="Forwarding so you have the background before you meet.",
                attname="background", orig_subject="%s - update" % p["first"], sig=sign(frm, k % 4),
                note="free-text description of a named child's family circumstances %s" % ("to an outside person" if mode == "out" else "internal"))


def fam_official(k, rng, P, mode):
    frm = staff(rng.choice(["Designated Safeguarding Lead", "Deputy Head", "Headteacher"]))
    p = P.one()
    marker = rng.choice(["OFFICIAL-SENSITIVE", "OFFICIAL - SENSITIVE: PERSONAL", "Confidential - pupil data", "CONFIDENTIAL"])
    t = ("%s\n\nChild Protection Conference - school report\n\nChild: %s   DOB: %s   UPN: %s\nAddress: %s\n\n"
         "Attendance this year %d%%. %s presents as withdrawn and hungry. Disclosure on %s of domestic abuse at home (see CPOMS). "
         "School supports a plan under the category of neglect.\n\n%s") % (
        marker, p["name"], fmt_date(p["dob"], 0), p["upn"], p["addr"], rng.randint(71, 89), p["first"],
        fmt_date(datetime.date(2026, 10, rng.randint(1, 28)), 3), marker)
    to = [rng.choice([("a.begum@outlook.example", "Aisha Begum"), ("c.fenwick.home@btinternet.example", "Caroline Fenwick"),
                      ("childprotection.conf@leeds-council.example", "Conference Admin")])] if mode == "out" else [staff("Headteacher") if "Fenwick" not in frm[1] else staff("Deputy Head")]
    return dict(family="marked-sensitive", frm=frm, to=to, subject=rng.choice(["[%s] conference report" % marker, "Report for Thursday", marker + " - report"]),
                intro=t, outro="", cover="Report attached for Thursday. %s" % marker, attname="CP conference report", doc_title=marker,
                sig=sign(frm, k % 4), note="child protection report marked %s %s" % (marker, "sent outside" if mode == "out" else "internal"))


def fam_single(k, rng, P, mode):
    frm = staff(rng.choice(["School Nurse", "Office Manager", "Exams Officer", "HR Officer", "Careers adviser", "Attendance Officer"]))
    p = P.one()
    v = k % 6
    if v == 0:
        t = "Hi,\n\nThe pupil we spoke about is %s, date of birth %s, NHS number %s. Could you book the physio assessment?" % (p["name"], fmt_date(p["dob"], 3), fmt_nhs(p["nhs"], 1))
        to = ("referrals@physio-first.example", "Physio First")
    elif v == 1:
        t = "%s's UPN is %s - that should let you find her on the portal. DOB %s." % (p["name"], p["upn"], fmt_date(p["dob"], 0))
        to = ("support@edtech-app.example", "Support")
    elif v == 2:
        s = staff_people(rng, 1)[0]
        t = "Hi, my colleague %s's NI number is %s, date of birth %s, for the pension transfer form." % (s["name"], fmt_nino(s["nino"], 1), fmt_date(s["dob"], 0))
        to = ("enquiries@pensionadmin.example", "Pension enquiries")
    elif v == 3:
        t = "ULN for %s is %s (born %s) - could you add him to the apprenticeship application?" % (p["name"], p["uln"], fmt_date(p["dob"], 1))
        to = ("apprenticeships@buildtrain.example", "Build Train")
    elif v == 4:
        t = "Mrs %s rang and asked us to pass on her son's details: %s, %s, NHS No. %s, so the clinic can send the appointment." % (p["last"], p["name"], fmt_date(p["dob"], 4), fmt_nhs(p["nhs"], 2))
        to = ("appointments@leedsortho.example", "Appointments")
    else:
        t = "Pupil %s, UPN %s, ULN %s, DOB %s - 18 sessions missed, attendance 84%%." % (p["name"], p["upn"], p["uln"], fmt_date(p["dob"], 0))
        to = ("attendance.team@edwelfare-services.example", "Attendance Team")
    to = [to] if mode == "out" else [colleague(rng, frm)]
    return dict(family="single-identifier", frm=frm, to=to, subject=rng.choice(["details", "as requested", "pupil details", "info", "Re: query"]),
                intro=t, outro="Thanks", cover="", sig=sign(frm, k % 4), note="one person's identifier(s) %s" % ("sent outside" if mode == "out" else "internal"))


def fam_split(k, rng, P, mode):
    frm = staff(rng.choice(["School Nurse", "SENCo", "Office Manager"]))
    ps = P.many(3)
    t = ("Hi,\n\nFollowing our call this morning I am just confirming the three children who will be seen by the community paediatrician next week, "
         "in order: %s (born %s) whose NHS number is %s and who will need an interpreter, %s (born %s) NHS number %s who has the "
         "ongoing toileting issue, and finally %s, born %s, NHS %s, who is being assessed for autism following the EHCP request.") % (
        ps[0]["name"], fmt_date(ps[0]["dob"], 3), fmt_nhs(ps[0]["nhs"], 1), ps[1]["name"], fmt_date(ps[1]["dob"], 3), fmt_nhs(ps[1]["nhs"], 1),
        ps[2]["name"], fmt_date(ps[2]["dob"], 3), fmt_nhs(ps[2]["nhs"], 1))
    to = [("paediatrics.admin@children-health.example", "Paediatric admin")] if mode == "out" else [colleague(rng, frm)]
    return dict(family="wrapped-identifiers", frm=frm, to=to, subject="children to be seen next week", intro=t, outro="Parents have consented.",
                sig=sign(frm, k % 4), note="three pupils' NHS numbers (spaced) in one long paragraph, wrapping across lines %s" % ("sent outside" if mode == "out" else "internal"))


def fam_workexp(k, rng, P, mode):
    frm = staff(rng.choice(["Careers adviser"]))
    p = P.one(year=10)
    t = ("Work experience placement %s\n\nStudent: %s\nDate of birth: %s\nULN: %s\nHome address: %s\nParent/carer: %s, %s\n"
         "Medical: %s\nSEN: %s\n\nThe student will arrive 8:45 each day.") % (
        fmt_date(datetime.date(2027, 6, 28), 3), p["name"], fmt_date(p["dob"], k % 6), p["uln"], p["addr"], p["parent"], p["phone"], p["cond"], p["sen"])
    to = [org("employer", k)] if mode == "out" else [colleague(rng, frm)]
    return dict(family="work-experience", frm=frm, to=to, subject=rng.choice(["Work experience student details", "Placement - student info", "WEX student"]),
                intro=t, outro="", cover="Student details for the placement attached.", attname="placement details", doc_title="Work experience",
                sig=sign(frm, k % 4), note="work-experience student's DOB, ULN, address, medical and SEN %s" % ("to employer" if mode == "out" else "internal"))


def fam_transfer(k, rng, P, mode):
    frm = staff(rng.choice(["Office Manager", "Attendance Officer", "SENCo"]))
    p = P.one()
    rows = [["Field", "Value"], ["Surname", p["last"]], ["Forename", p["first"]], ["DOB", fmt_date(p["dob"], 2)], ["UPN", p["upn"]],
            ["Former UPN", ""], ["Address", p["addr"]], ["SEN status", "E - EHCP (%s)" % p["sen"]], ["Attendance 2025/26", "%d.%d%%" % (rng.randint(79, 96), rng.randint(0, 9))],
            ["Exclusions", "1 suspension (2 days) March 2026"], ["Contact 1", "%s %s" % (p["parent"], p["phone"])], ["Medical", p["cond"]]]
    to = [org("school2", k)] if mode == "out" else [colleague(rng, frm)]
    return dict(family="pupil-transfer", frm=frm, to=to, subject=rng.choice(["Pupil transfer - %s" % p["last"], "Records for %s" % p["first"], "In-year transfer"]),
                intro="Hi,\n\nAs the CTF upload failed, here is the pupil record for %s who starts with you on Monday:" % p["name"], rows=rows,
                outro="SEN file to follow by post.", cover="Pupil record attached as the CTF upload failed.", attname="%s record" % p["last"], tstyle="aligned",
                sig=sign(frm, k % 4), note="pupil record (UPN, DOB, SEN, exclusions) %s" % ("to another school by plain email" if mode == "out" else "internal"))


def fam_card(k, rng, P, mode):
    frm = staff(rng.choice(["Office Manager", "Trips co-ordinator"]))
    p = P.one()
    card = make_card(rng, rng.choice(["4", "5"]))
    cf = [card, " ".join(card[i:i + 4] for i in range(0, 16, 4)), "-".join(card[i:i + 4] for i in range(0, 16, 4))][k % 3]
    t = ("Hi,\n\n%s (parent of %s, %s) rang to pay the balance for the ski trip and asked me to pass her card on to you:\n\n"
         "Name on card: %s\nCard number: %s\nExpiry %02d/%d  CVV %03d\nAmount: \u00a3%d.00\n\nBilling address %s") % (
        p["parent"], p["first"], p["form"], p["parent"].split()[0] + " " + p["first"][0] + " " + p["last"], cf, rng.randint(1, 12), rng.randint(27, 30),
        rng.randint(100, 999), rng.randint(120, 450), p["addr"])
    to = [org("trip", k + 1)] if mode == "out" else [staff("School Business Manager")]
    return dict(family="payment-card", frm=frm, to=to, subject=rng.choice(["payment for balance", "Card payment - ski trip", "parent card details"]),
                intro=t, outro="", cover="", sig=sign(frm, k % 4), orig_from=("bursar@school.example", "Bursar"),
                note="a parent's full card number, expiry and CVV %s" % ("sent outside" if mode == "out" else "internal"))


def fam_licence(k, rng, P, mode):
    frm = staff(rng.choice(["School Business Manager", "PE teacher"]))
    ss = staff_people(rng, rng.randint(2, 6))
    rows = [["Driver", "DOB", "Licence number", "D1 entitlement"]]
    for s in ss:
        ini = s["first"][0] + rng.choice("ABCDEJLMR")
        rows.append([s["name"], fmt_date(s["dob"], 0), make_dl(s["last"], ini, s["dob"], s["female"], rng.choice(["AB", "JK", "XY", "PQ", "DF"]) ), rng.choice(["Yes", "No (MiDAS)"])])
    to = [rng.choice([("fleet@minibus-hire.example", "Minibus Hire"), ("schools@insure-direct.example", "Insure Direct")])] if mode == "out" else [colleague(rng, frm)]
    return dict(family="driving-licence", frm=frm, to=to, subject=rng.choice(["Minibus drivers", "Named drivers", "Driver details for the policy"]),
                intro="Hi,\n\nNamed drivers for the minibus policy:", rows=rows, outro="Please add from 1st of next month.", cover="Named drivers list attached.",
                attname="drivers", tstyle="aligned", sig=sign(frm, k % 4),
                note="%d staff driving licence numbers and DOBs %s" % (len(ss), "to insurer/hire firm" if mode == "out" else "internal"))


def fam_attendance(k, rng, P, mode):
    frm = staff(rng.choice(["Attendance Officer", "Deputy Head", "Head of Year 11"]))
    ps = P.many(rng.randint(4, 12))
    rows = [["Pupil", "Form", "DOB", "Attendance %", "Unauth", "Suspensions"]] + [
        [p["name"], p["form"], fmt_date(p["dob"], 0), "%d.%d" % (rng.randint(55, 89), rng.randint(0, 9)), str(rng.randint(3, 40)), str(rng.randint(0, 3))] for p in ps]
    to = [rng.choice([("info@attendance-solutions.example", "Attendance Solutions"), ("g.pugh@gmail.example", "Gareth Pugh"), ("consultant@schoolimprove.example", "School Improvement")])] if mode == "out" else [colleague(rng, frm)]
    return dict(family="attendance-exclusions", frm=frm, to=to, subject=rng.choice(["persistent absence list", "PA cohort", "attendance concerns"]),
                intro="Hi,\n\nHere's the persistent absence cohort with suspensions:", rows=rows, outro="", cover="PA list attached.", attname="PA cohort",
                tstyle=rng.choice(["tab", "aligned"]), sig=sign(frm, k % 4),
                note="named pupils' attendance and suspension data %s" % ("sent outside" if mode == "out" else "internal"))


def fam_reports(k, rng, P, mode):
    frm = staff(rng.choice(["Maths teacher", "English teacher", "History teacher", "Computing teacher"]))
    ps = P.many(rng.randint(8, 25))
    rows = [["UPN", "Name", "Working at", "Effort", "Comment"]] + [[p["upn"], p["name"], str(rng.randint(2, 8)), rng.choice(["1", "2", "3"]),
                                                              rng.choice(["Good progress", "Needs to revise", "Behaviour concerns", "Excellent", "Missing homework"])] for p in ps]
    to = [personal(frm, rng, k + 3)] if mode == "out" else [colleague(rng, frm)]
    return dict(family="report-grades", frm=frm, to=to, subject=rng.choice(["grades", "report data", "data drop"]),
                intro="Data drop export - finish at home.", rows=rows, outro="", cover="Export for the data drop.", attname=rng.choice(["data drop", "export (1)", "report_grades"]),
                tstyle="tab", sig=sign(frm, k % 4), note="grades with UPNs %s" % ("to teacher's own personal mailbox" if mode == "out" else "internal"))


def fam_newstaff(k, rng, P, mode):
    frm = staff("HR Officer")
    s = staff_people(rng, 1)[0]
    t = ("New starter for DBS check:\n\nName: %s\nDate of birth: %s\nNational Insurance: %s\nPassport: %s\nHome address: %s\nPrevious address: %d %s, Bradford BD10 8AS\n"
         "Role: %s, start %s") % (s["name"], fmt_date(s["dob"], 3), fmt_nino(s["nino"], k % 3), s["passport"], s["addr"], rng.randint(1, 99),
                                  rng.choice(STREETS), s["role"], fmt_date(datetime.date(2026, 11, 2), 0))
    to = [("checks@dbs-umbrella.example", "DBS Umbrella Service")] if mode == "out" else [staff("School Business Manager")]
    return dict(family="staff-id-check", frm=frm, to=to, subject=rng.choice(["DBS application", "New starter - checks", "ID for DBS"]),
                intro=t, outro="", cover="DBS details attached.", attname="DBS details", sig=sign(frm, k % 4),
                note="new staff member's NINO, passport number, DOB and addresses %s" % ("to DBS umbrella body" if mode == "out" else "internal"))


# ---------------------------------------------------------------------------
# negative-only families
# ---------------------------------------------------------------------------

def fam_encrypted(base_fn, kind):
    def f(k, rng, P, mode):
        s = base_fn(k, rng, P, "out")
        covers = {
            "zip-encrypted": ["The attached zip is password protected - I'll text you the password separately.",
                              "Encrypted zip attached (AES). Password by phone as agreed.",
                              "List attached in a password-protected file as per our data protection policy. Password to follow in a separate message."],
        }
        if kind == "zip-encrypted":
            s["cover"] = rng.choice(covers[kind])
        s["family"] = "encrypted-" + s["family"]
        s["note"] = s["note"] + "; sent %s" % {"smime-enveloped": "S/MIME encrypted", "pgp-encrypted": "PGP/MIME encrypted",
                                               "pgp-inline": "as an inline PGP message", "zip-encrypted": "in a password-protected (ZipCrypto) zip"}[kind]
        return s
    return f


def fam_orders(k, rng, P, mode):
    frm = staff(rng.choice(["School Business Manager", "Head of Science", "IT Manager", "Office Manager"]))
    v = k % 6
    to = [rng.choice([("accounts@edusupplies.example", "Accounts"), ("orders@labkit-direct.example", "Lab Kit Direct"),
                      ("customerservice@parcelfast.example", "ParcelFast"), ("credit.control@printwise.example", "Credit Control")])]
    if v == 0:
        rows = [["Invoice", "PO", "Date", "Amount"]] + [[badn(rng, 10, "4"), "PO-%06d" % rng.randint(1000, 99999), fmt_date(datetime.date(2026, rng.randint(6, 10), rng.randint(1, 28)), 0),
                                                         "\u00a3%d.%02d" % (rng.randint(20, 900), rng.randint(0, 99))] for _ in range(rng.randint(4, 9))]
        intro = "Hi,\n\nRemittance for the following invoices paid by BACS today:"
    elif v == 1:
        rows = [["Parcel", "Tracking number", "Delivered"]] + [["Box %d" % i, badn(rng, 10, "6") if i % 2 else "JD%018d" % rng.randint(0, 10 ** 17), "No"] for i in range(1, 5)]
        intro = "Hello,\n\nNone of these have arrived at reception. Can you chase?"
    elif v == 2:
        rows = [["Item", "Cat no", "Qty", "Order ref"]] + [[rng.choice(["Beaker 250ml", "Bunsen burner", "Test tube rack", "pH paper", "Goggles"]), "%06d" % rng.randint(0, 999999),
                                                           str(rng.randint(1, 40)), badn(rng, 10, "7")] for _ in range(5)]
        intro = "Hi,\n\nPlease can you confirm these order refs - the delivery note doesn't match."
    elif v == 3:
        rows = [["Account ref", "Meter", "Reading", "Date"]] + [[badn(rng, 10, "9"), badn(rng, 13, "1"), str(rng.randint(10000, 99999)), fmt_date(datetime.date(2026, 10, rng.randint(1, 28)), 0)] for _ in range(3)]
        intro = "Hi,\n\nMeter readings for the main site and sports hall:"
    elif v == 4:
        rows = [["Card (gift voucher)", "Value"]] + [[" ".join(badn(rng, 16, "6")[i:i + 4] for i in range(0, 16, 4)), "\u00a325"] for _ in range(4)]
        intro = "Hi,\n\nThese voucher codes for the reading prizes all say invalid at the till - can you check them?"
    else:
        rows = [["Device", "Serial", "Asset tag", "Fault"]] + [[rng.choice(["Chromebook", "iPad", "Projector"]), "%s%s" % (rng.choice(["5CD", "DMPX", "C02"]), badn(rng, 7)),
                                                             bad_upn(rng), rng.choice(["screen", "won't charge", "keyboard"])] for _ in range(4)]
        intro = "Hi,\n\nRepair batch collection on Tuesday:"
    return dict(family="reference-numbers", frm=frm, to=to, subject=rng.choice(["remittance", "missing deliveries", "order query", "meter readings", "vouchers not working", "repair batch"]),
                intro=intro, rows=rows, outro="Thanks", cover=intro, attname=rng.choice(["remittance", "refs", "orders"]), tstyle=rng.choice(["aligned", "tab"]), sig=sign(frm, k % 4),
                note="invoice/tracking/order/meter/voucher/asset numbers shaped like identifiers whose check digits fail")


def isbn13(rng):
    while True:
        d = "978" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
        return d + str(c)


def isbn10_bad(rng):
    """ISBN-10 whose check character is X (a numeric ISBN-10 always satisfies the NHS
    mod-11 rule, so only X-checked ones are used here)."""
    while True:
        d = "0" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        s = sum(int(x) * (10 - i) for i, x in enumerate(d))
        if (11 - s % 11) % 11 == 10:
            return "%s-%s-%s-X" % (d[0], d[1:4], d[4:9])


def fam_isbn(k, rng, P, mode):
    frm = staff(rng.choice(["English teacher", "History teacher", "Primary phase lead" if False else "Office Manager"]))
    books = ["Of Mice and Men", "An Inspector Calls", "Macbeth (Cambridge)", "Blood Brothers", "A Christmas Carol", "Animal Farm", "The Woman in Black"]
    rows = [["Title", "ISBN", "Qty"]] + [[b, isbn13(rng) if (i + k) % 3 else isbn10_bad(rng), str(rng.randint(15, 60))] for i, b in enumerate(rng.sample(books, 5))]
    return dict(family="isbn-order", frm=frm, to=[("schools@bookseller-direct.example", "Bookseller Direct")], subject="Book order for Year 10",
                intro="Hi,\n\nPlease could you quote for the following class sets:", rows=rows, outro="Delivery to main reception please. Our account number is ACC-%d." % rng.randint(1000, 9999),
                cover="Order attached.", attname="book order", tstyle="aligned", sig=sign(frm, 3), note="book order with ISBN-10/13 numbers (not personal data)")


def fam_exam_codes(k, rng, P, mode):
    frm = staff(rng.choice(["Exams Officer", "Deputy Head"]))
    rows = [["Date", "Session", "Board", "Paper code", "Title", "Room"]] + [
        [fmt_date(datetime.date(2026, 11, 3 + i), 0), rng.choice(["AM", "PM"]), b, c, t, rng.choice(["Sports Hall", "Hall B", "S12", "Library"])]
        for i, (b, c, t) in enumerate([("AQA", "8300/1H", "Maths Paper 1 Higher"), ("Pearson", "1MA1/2F", "Maths Paper 2 Foundation"),
                                       ("OCR", "J560/04", "Maths Paper 4"), ("AQA", "8461/1H", "Biology 1H"), ("AQA", "8700/1", "English Language 1"),
                                       ("WJEC", "C720U10-1", "English Lit Comp 1"), ("AQA", "8035/1", "Geography 1")])]
    to = [rng.choice([("invigilation@examstaffing.example", "Exam Staffing Ltd"), ("j.marsh@example.org", "Jo Marsh")])]
    intro = "Hi,\n\nNovember resit/mock timetable for the invigilators. Centre number 36%03d. Timetable codes: 11X/Ma1, 11Y/Ma2, 10Z/Sc3." % rng.randint(100, 999)
    return dict(family="exam-codes", frm=frm, to=to, subject=rng.choice(["Invigilation timetable", "November exams - rooms", "Mock timetable"]),
                intro=intro, rows=rows, outro="Candidates: %d in the hall, %d in access arrangements rooms." % (rng.randint(150, 200), rng.randint(10, 25)), cover=intro,
                attname="exam timetable", tstyle=rng.choice(["aligned", "tab"]), sig=sign(frm, 3), note="exam timetable with paper codes, centre number and timetable codes (no pupil data)")


def fam_aggregate(k, rng, P, mode):
    frm = staff(rng.choice(["Deputy Head", "Headteacher", "SENCo", "Attendance Officer", "Head of Year 11"]))
    rows = [["Year", "Pupils", "FSM %", "SEN support %", "EHCP", "Attendance %", "PA %"]] + [
        [str(y), str(rng.randint(170, 240)), "%d.%d" % (rng.randint(18, 38), rng.randint(0, 9)), "%d.%d" % (rng.randint(9, 19), rng.randint(0, 9)),
         str(rng.randint(2, 11)), "%d.%d" % (rng.randint(89, 96), rng.randint(0, 9)), "%d.%d" % (rng.randint(12, 28), rng.randint(0, 9))] for y in range(7, 12)]
    intro = rng.choice([
        "Dear all,\n\nAhead of the governors' meeting, the headline figures for this half term are below. 32% of Year 9 pupils are eligible for FSM; 4 pupils in Year 7 have an EHCP; persistent absence is down 3.1 points on last year.",
        "Hi,\n\nFor the trust's termly return, our anonymised cohort summary (no pupil-level data) is below.",
        "Hello,\n\nAs requested for your research project, aggregate figures only - no names or identifiers.",
    ])
    to = [rng.choice([("clerk.governors@example.org", "Clerk to Governors"), ("data@oak-trust.example", "Trust data team"),
                      ("research@university-ed.example", "Research team"), ("chair.governors@example.com", "Chair of Governors")])]
    return dict(family="aggregate-stats", frm=frm, to=to, cc=[staff("Headteacher")] if "Fenwick" not in frm[1] else [],
                subject=rng.choice(["Headline data", "Cohort summary", "Termly figures", "Data for governors"]),
                intro=intro, rows=rows, outro="Numbers under 5 have been suppressed in the published version.", cover=intro.split("\n\n")[-1],
                attname="cohort summary", tstyle=rng.choice(["aligned", "tab", "pipe"]), sig=sign(frm, 3), note="aggregate/anonymised statistics, no individual data")


def fam_template(k, rng, P, mode):
    frm = staff(rng.choice(["Office Manager", "Trips co-ordinator", "HR Officer", "School Nurse", "Careers adviser"]))
    v = k % 5
    forms = [
        ("Medical consent form", ["Pupil name: ______________________", "Date of birth: ___/___/______", "NHS number: ____ ____ ____",
                                  "UPN (school use): _____________", "Medical conditions: ____________________", "Medication: ____________________",
                                  "Emergency contact name and phone: ____________________", "Parent signature: ______________"]),
        ("New starter form", ["Full name:", "National Insurance number (e.g. QQ 12 34 56 C):", "Date of birth (DD/MM/YYYY):", "Bank sort code: __-__-__",
                              "Account number: ________", "Passport number:", "Home address and postcode:"]),
        ("Work experience student form", ["Student name", "ULN (10 digits)", "Date of birth", "Emergency contact", "Any medical needs", "Any SEN"]),
        ("Trip passport form", ["Surname (as in passport)", "Forenames", "Nationality", "Passport number (9 digits)", "Expiry date", "GHIC number"]),
        ("Admissions form", ["Child's legal name", "Date of birth", "Previous school and UPN if known", "Home address", "Parent/carer phone", "Free school meals eligible? Y / N"]),
    ]
    title, fields = forms[v]
    to = [rng.choice([("enquiries@printshop.example", "Print Shop"), ("office@oakwood-academy.example", "Oakwood Academy Office"),
                      ("angela.moss@example.org", "Angela Moss"), ("parentforum@example.com", "Parent Forum")])]
    return dict(family="blank-template", frm=frm, to=to, subject=rng.choice(["%s - blank" % title, "template", "form for printing", title]),
                intro="Hi,\n\nHere's our blank %s for you to adapt/print (%d copies). Nothing filled in yet." % (title.lower(), rng.choice([50, 120, 200])),
                rows=[["Field", "Response"]] + [[f, ""] for f in fields], outro="", cover="Blank %s attached." % title.lower(),
                attname=title, doc_title=title, tstyle="lines", sig=sign(frm, 3), note="blank %s: field labels only, no data" % title.lower())


def fam_contact(k, rng, P, mode):
    frm = staff(rng.choice(["Office Manager", "Headteacher", "IT Manager"]))
    t = ("Oakfield High School\n123 Oakfield Lane\nLeeds LS6 2AB\nTel: 0113 496 0250\nAttendance line: 0113 496 0251\nEmail: office@school.example\n"
         "Headteacher: Mrs C Fenwick\nDfE number: 380/4127   URN 108%03d\nUKPRN 1001%04d") % (rng.randint(100, 999), rng.randint(1000, 9999))
    to = [rng.choice([("listings@localdirectory.example", "Local Directory"), ("events@leedsmuseum.example", "Museum bookings"),
                      ("adverts@yorkshirepost.example", "Adverts")])]
    return dict(family="published-contact", frm=frm, to=to, subject=rng.choice(["Our details", "School contact details", "Listing update"]),
                intro="Hi,\n\nOur details for the listing/booking are below:\n\n" + t, outro="", cover="Our school details attached.", attname="school details",
                sig=sign(frm, 3), note="the school's own published address, phone numbers, DfE number/URN/UKPRN")


def fam_gdpr(k, rng, P, mode):
    frm = staff(rng.choice(["School Business Manager", "Headteacher", "IT Manager", "Deputy Head"]))
    t = rng.choice([
        "Data Protection - what counts as personal data\n\nPersonal data includes a pupil's name, date of birth, Unique Pupil Number (UPN), Unique Learner Number (ULN), NHS number, home address and photographs. "
        "Special category data includes health, SEN, ethnicity and religion. Staff records include National Insurance numbers, bank sort codes and account numbers, and passport numbers for right-to-work checks.\n\n"
        "Never email any of these outside school unencrypted. Use Egress/S/MIME or the secure portal. A UPN is 13 characters and an NHS number is 10 digits - if you see either in an email you are about to send outside, stop.",
        "Privacy notice (pupils)\n\nWe collect and hold: personal identifiers and contacts (such as name, unique pupil number, contact details and address); characteristics (such as ethnicity, language, and free school meal eligibility); "
        "safeguarding information; special educational needs; medical and administration (such as doctors' information, child health, NHS number, allergies, medication and dietary requirements); attendance; assessment and attainment. "
        "We share data with the Department for Education under regulation 5 of The Education (Information About Individual Pupils) (England) Regulations 2013.",
        "GDPR training - quiz answers\n\n1. Is a date of birth personal data? Yes.\n2. Can you email a class list with UPNs to your home account? No.\n3. What is an NHS number? A 10-digit number identifying a patient.\n"
        "4. What is a ULN? The 10-digit Unique Learner Number from the Learning Records Service.\n5. What should you do if you send personal data to the wrong person? Report it to the DPO within 24 hours.",
    ])
    to = [rng.choice([("dpo@schools-dpo-service.example", "DPO Service"), ("governor.j.pimm@example.com", "Laura Pimm"), ("training@hr-partner.example", "HR Partner"),
                      ("clerk.governors@example.org", "Clerk to Governors")])]
    return dict(family="gdpr-document", frm=frm, to=to, cc=[staff("Headteacher")] if "Fenwick" not in frm[1] else [],
                subject=rng.choice(["Draft data protection guidance", "Privacy notice for review", "GDPR training materials", "Policy review"]),
                intro=t, outro="Comments welcome before it goes to governors.", cover="Draft for review attached.", attname=rng.choice(["Data protection guidance v3", "Privacy notice 2026", "GDPR quiz"]),
                doc_title="DRAFT", sig=sign(frm, 3), note="policy/guidance text that names identifier types (UPN, NHS number, NI number) but contains none")


def fam_newsletter(k, rng, P, mode):
    frm = staff(rng.choice(["Headteacher", "Office Manager", "PE teacher"]))
    ps = P.many(6)
    t = ("Oakfield News - %s\n\nWell done to %s and %s (Year %d) who reached the regional final of the maths challenge, and to %s for the county cross-country title. "
         "Our Year 8 netball team (captained by %s) are unbeaten this term. %s's poem has been published in the Young Writers anthology, and %s raised \u00a3340 for the food bank.\n\n"
         "Dates: parents' evening %s, INSET day %s. Please remember the school office number is 0113 496 0250.") % (
        MONTHS[rng.randint(8, 11)], ps[0]["name"], ps[1]["name"], ps[0]["yr"], ps[2]["name"], ps[3]["first"], ps[4]["first"], ps[5]["name"],
        fmt_date(datetime.date(2026, 11, rng.randint(2, 27)), 3), fmt_date(datetime.date(2027, 1, 4), 3))
    to = [("newsletter-list@school-parents.example", "Parents")]
    return dict(family="newsletter", frm=frm, to=to, bcc=[("editor@leeds-news.example", "Local paper")] if k % 2 else [], cc=[staff("Headteacher")] if "Fenwick" not in frm[1] else [],
                subject=rng.choice(["Oakfield News", "Newsletter - celebrating success", "This week at Oakfield"]),
                intro=t, outro="", cover="This week's newsletter is attached.", attname="Newsletter", doc_title="Oakfield News", sig=sign(frm, 3),
                note="newsletter naming pupils for achievements only (no identifiers or sensitive data)")


def fam_inbound(k, rng, P, mode):
    p = P.one()
    v = k % 10
    s = staff_people(rng, 1)[0]
    if v == 0:
        frm, to = ("%s.%s@gmail.example" % (p["parent"].split()[1].lower(), rng.randint(70, 99)), p["parent"]), [staff("School Nurse")]
        t = "Hello,\n\n%s's details for the vaccination: DOB %s, NHS number %s. She has %s.\n\nThanks, %s" % (p["first"], fmt_date(p["dob"], 0), fmt_nhs(p["nhs"], 1), p["cond"], p["parent"])
        sub = "%s - vaccination form" % p["first"]
    elif v == 1:
        frm, to = ("sen.casework@leeds-council.example", "SEN Casework"), [staff("SENCo")]
        t = "Dear SENCo,\n\nDraft EHCP for %s (DOB %s, UPN %s), %s. Needs: %s. Please return comments within 15 days.\n\nSEN Casework Team" % (p["name"], fmt_date(p["dob"], 0), p["upn"], p["addr"], p["sen"])
        sub = "Draft EHC plan - %s" % p["last"]
    elif v == 2:
        frm, to = ("payslips@payserv.example", "Payroll Bureau"), [staff("HR Officer")]
        t = "Payroll report for Oakfield High:\n\n%s  NI %s  Sort code %s  Acc %s  Net pay \u00a3%d.%02d" % (s["name"], fmt_nino(s["nino"], 0), s["sc"][0], s["sc"][1], rng.randint(1400, 3000), rng.randint(0, 99))
        sub = "Payroll exceptions report"
    elif v == 3:
        ps = P.many(6, year=11)
        frm, to = ("results@examboard.example", "Results Service"), [staff("Exams Officer")]
        rows = [["Cand", "Name", "ULN", "Grade"]] + [[x["cand"], x["name"], x["uln"], str(rng.randint(3, 9))] for x in ps]
        return dict(family="inbound-data", frm=frm, to=to, subject="Post-results service outcome", intro="Dear Exams Officer,\n\nOutcomes of reviews of marking:", rows=rows,
                    outro="Results Service", cover="Outcomes attached.", attname="RoM outcomes", tstyle="aligned", direction="inbound", sig="",
                    note="inbound: exam board sends candidates' ULNs to the school")
    elif v == 4:
        frm, to = ("dr.patel@leedsgp-surgery.example", "Dr R Patel"), [staff("School Nurse")]
        t = "Re: %s, DOB %s, NHS No %s, %s\n\nThis child has been diagnosed with %s. Please ensure an individual healthcare plan is in place.\n\nDr R Patel" % (p["name"], fmt_date(p["dob"], 3), fmt_nhs(p["nhs"], 0), p["addr"], p["cond"])
        sub = "Healthcare plan - %s" % p["last"]
    elif v == 5:
        frm, to = ("duty.team@childrens-services.example", "Duty Team"), [staff("Designated Safeguarding Lead")]
        t = "OFFICIAL-SENSITIVE\n\nStrategy meeting outcome for %s (DOB %s), %s. Section 47 enquiry to proceed. Mother %s, tel %s. Please do not share with the family." % (p["name"], fmt_date(p["dob"], 0), p["addr"], p["parent"], p["phone"])
        sub = "OFFICIAL-SENSITIVE: strategy meeting"
    elif v == 6:
        ps = P.many(8)
        frm, to = ("groups@peakadventure.example", "Adventure Bookings"), [staff("Trips co-ordinator")]
        rows = [["Name", "DOB", "Medical", "NHS"]] + [[x["name"], fmt_date(x["dob"], 0), x["cond"], fmt_nhs(x["nhs"], 1)] for x in ps]
        return dict(family="inbound-data", frm=frm, to=to, subject="Your group list - please check", intro="Hi,\n\nPlease check the details we hold for your group:", rows=rows,
                    outro="Adventure Bookings", cover="Group list attached for checking.", attname="group list", tstyle="tab", direction="inbound", sig="",
                    note="inbound: trip provider sends the group's medical list back to the school")
    elif v == 7:
        frm, to = ("ian@fairweather-accounts.example", "Ian Fairweather"), [staff("School Business Manager")]
        t = "Helen,\n\nP60 query - %s, NI %s, DOB %s. Can you confirm the leaving date?\n\nIan" % (s["name"], fmt_nino(s["nino"], 1), fmt_date(s["dob"], 0))
        sub = "P60 query"
    elif v == 8:
        frm, to = ("%s.%s@hotmail.example" % (p["first"].lower(), p["last"].lower()), p["parent"]), [staff("Office Manager"), staff("Year 9 tutor")]
        t = "Hi,\n\nWe've moved. New address: %s. My new mobile is %s. %s (%s) will now get the 42 bus.\n\nAlso her UPN from her old school was %s if you need it." % (p["addr"], p["phone"], p["first"], p["form"], p["upn"])
        sub = "change of address"
    else:
        frm, to = ("referrals@camhs-leeds.example", "CAMHS Referrals"), [staff("SENCo"), staff("Pastoral manager")]
        t = "Referral acknowledgement: %s, DOB %s, NHS %s. The young person is on the waiting list (approx. 18 weeks). Presenting need: anxiety and self-harm." % (p["name"], fmt_date(p["dob"], 3), fmt_nhs(p["nhs"], 2))
        sub = "Referral received"
    return dict(family="inbound-data", frm=frm, to=to, subject=sub, intro=t, outro="", cover="Please see attached.", attname="letter", direction="inbound", sig="",
                note="inbound: outside sender sends personal data to school staff (not leaving)")


def fam_anon_case(k, rng, P, mode):
    frm = staff(rng.choice(["SENCo", "Pastoral manager", "Deputy Head"]))
    t = rng.choice([
        "Case study for the conference (fully anonymised - no names, initials or dates):\n\nA pupil in Key Stage 3 with a diagnosis of autism was struggling with unstructured times. We introduced a lunchtime club and a visual timetable. Over two terms, incidents fell from eleven to two.",
        "For the training slides - an anonymised example: a Year 10 learner with caring responsibilities whose attendance fell below 85%. With a young carers' group referral and a flexible start time, attendance recovered to 95% by the summer.",
        "Anonymised summary for the trust: across the school, 14 pupils were supported through the bereavement programme this year; all are anonymised in our report and none is identifiable.",
    ])
    to = [rng.choice([("conference@sendnetwork.example", "SEND Network"), ("training@hr-partner.example", "HR Partner"), ("data@oak-trust.example", "Trust data team")])]
    return dict(family="anonymised-case", frm=frm, to=to, subject=rng.choice(["case study", "anonymised example", "Conference submission"]),
                intro=t, outro="", cover="Case study attached.", attname="case study", doc_title="Case study", sig=sign(frm, 3),
                note="anonymised case study (no names, initials, dates or identifiers)")


def fam_dates(k, rng, P, mode):
    frm = staff(rng.choice(["PE teacher", "Trips co-ordinator", "Office Manager"]))
    rows = [["Date", "Fixture", "Meet", "Return"]] + [[fmt_date(datetime.date(2026, rng.randint(9, 12), rng.randint(1, 28)), k % 5), "v %s" % rng.choice(["Oakwood", "Riverside", "St Mary's", "Allerton"]),
                                                    "%02d:%02d" % (rng.randint(12, 15), rng.choice([0, 15, 30])), "%02d:%02d" % (rng.randint(16, 18), rng.choice([0, 30]))] for _ in range(6)]
    to = [rng.choice([("bookings@coachhire.example", "Coach Hire"), ("pe@oakwood-academy.example", "Oakwood PE")])]
    return dict(family="dates-not-dob", frm=frm, to=to, subject=rng.choice(["Autumn fixtures", "Coach bookings", "fixtures list"]),
                intro="Hi,\n\nOur autumn fixtures - coach for 16 each time please:", rows=rows, outro="Invoice to the school office, order no. %s." % badn(rng, 10, "3"), cover="Fixtures attached.",
                attname="fixtures", tstyle="aligned", sig=sign(frm, 3), note="fixture dates, times and an order number (no personal data)")


def fam_stafflist(k, rng, P, mode):
    frm = staff(rng.choice(["Office Manager", "Headteacher"]))
    rows = [["Name", "Role", "Email"]] + [["%s %s" % (f, l), r, "%s.%s@school.example" % (f[0].lower(), l.lower())] for f, l, r in STAFF[:10]]
    to = [("info@schoolsdirectory.example", "Schools Directory")]
    return dict(family="published-staff-list", frm=frm, to=to, subject="Staff list for the website", intro="Hi,\n\nThe staff list as published on our website:", rows=rows,
                outro="", cover="Staff list attached.", attname="staff list", tstyle="aligned", sig=sign(frm, 3), note="published staff names, roles and work email addresses")


def fam_int_pupil(k, rng, P, mode):
    """exams officer emails a pupil (students.school.example) their own candidate number and ULN"""
    frm = staff("Exams Officer")
    p = P.one(year=11)
    t = ("Hi %s,\n\nYour candidate number is %s and your ULN is %s. Your name on the entries is %s, date of birth %s - please check these are correct and "
         "reply by Friday. Bring your candidate number to every exam.") % (p["first"], p["cand"], p["uln"], p["name"], fmt_date(p["dob"], 0))
    return dict(family="internal-to-pupil", frm=frm, to=[pupil_mail(p)], cc=[staff("Head of Year 11")] if k % 2 else [],
                subject=rng.choice(["Your exam details", "Candidate number", "Check your entries"]), intro=t, outro="", cover="Your details attached.", attname="your entries",
                sig=sign(frm, 0), note="pupil's own candidate number/ULN/DOB sent to their school pupil mailbox")


# ---------------------------------------------------------------------------
# the plan
# ---------------------------------------------------------------------------

POS_PLAN = [
    (fam_classlist, ["csv-attachment", "xlsx-attachment", "7bit", "alternative", "zip-xlsx", "wrap72", "fwd-inline", "latin1"]),
    (fam_sen, ["flowed", "qp", "docx-attachment", "html-only", "pdf-attachment", "cp1252", "quoted-reply"]),
    (fam_safeguarding, ["qp", "wrap72", "flowed-delsp", "base64", "rfc822-forward", "alternative"]),
    (fam_health_nhs, ["xlsx-attachment", "csv-attachment", "zip-attachment", "tsv-attachment", "pdf-attachment", "html-attachment", "two-attachments"]),
    (fam_nino, ["xlsx-attachment", "7bit", "docx-attachment", "qp", "text-attachment", "smime-signed"]),
    (fam_bank, ["csv-attachment", "alternative", "pdf-attachment", "utf8-8bit", "fwd-inline", "zip-attachment"]),
    (fam_exam_uln, ["xlsx-attachment", "csv-attachment", "wrap72", "html-only", "tsv-attachment", "docx-attachment"]),
    (fam_fsm, ["csv-attachment", "7bit", "html-only", "xlsx-attachment", "latin1", "flowed"]),
    (fam_trip_medical, ["xlsx-attachment", "docx-attachment", "csv-attachment", "alternative", "qp", "pdf-attachment", "zip-xlsx", "cp1252"]),
    (fam_parent_contact, ["7bit", "flowed", "qp", "html-only", "quoted-reply"]),
    (fam_passport, ["xlsx-attachment", "csv-attachment", "7bit", "docx-attachment", "alternative"]),
    (fam_health_initials, ["7bit", "flowed", "html-only", "text-attachment", "wrap72"]),
    (fam_circumstances, ["flowed-delsp", "qp", "base64", "utf8-8bit", "alternative", "rfc822-forward"]),
    (fam_official, ["docx-attachment", "pdf-attachment", "qp", "html-only", "smime-signed"]),
    (fam_single, ["7bit", "qp", "flowed", "wrap72", "cp1252", "base64"]),
    (fam_split, ["wrap72", "flowed", "flowed-delsp", "qp"]),
    (fam_workexp, ["docx-attachment", "qp", "xlsx-attachment", "alternative", "latin1"]),
    (fam_transfer, ["csv-attachment", "text-attachment", "zip-attachment", "pdf-attachment"]),
    (fam_card, ["7bit", "fwd-inline", "html-only"]),
    (fam_licence, ["csv-attachment", "7bit", "xlsx-attachment"]),
    (fam_attendance, ["tsv-attachment", "alternative", "html-attachment", "quoted-reply"]),
    (fam_reports, ["xlsx-attachment", "7bit", "rfc822-forward"]),
    (fam_newstaff, ["qp", "docx-attachment", "flowed"]),
]

# recipient tricks on positives: (family, shape, trick)
POS_TRICKS = [(fam_classlist, "qp", "bcc-personal"), (fam_sen, "flowed", "cc-outside"),
              (fam_nino, "csv-attachment", "lookalike-domain"), (fam_health_nhs, "alternative", "mixed-to")]

NEG_INTERNAL = [
    (fam_classlist, ["csv-attachment", "xlsx-attachment", "7bit", "alternative", "zip-xlsx", "wrap72", "fwd-inline", "latin1"]),
    (fam_sen, ["flowed", "docx-attachment", "qp", "html-only", "cp1252"]),
    (fam_safeguarding, ["qp", "rfc822-forward", "wrap72", "alternative"]),
    (fam_health_nhs, ["xlsx-attachment", "csv-attachment", "zip-attachment", "pdf-attachment"]),
    (fam_nino, ["xlsx-attachment", "7bit", "smime-signed"]),
    (fam_bank, ["csv-attachment", "alternative", "utf8-8bit"]),
    (fam_trip_medical, ["docx-attachment", "qp", "zip-xlsx"]),
    (fam_fsm, ["html-only", "tsv-attachment"]),
    (fam_circumstances, ["flowed-delsp", "base64"]),
    (fam_official, ["pdf-attachment", "qp"]),
    (fam_single, ["7bit", "cp1252", "flowed"]),
    (fam_split, ["wrap72", "flowed-delsp"]),
    (fam_passport, ["xlsx-attachment"]),
    (fam_card, ["7bit"]),
    (fam_int_pupil, ["qp", "7bit", "html-only", "flowed"]),
]

NEG_ENCRYPTED = [
    ("smime-enveloped", [fam_classlist, fam_health_nhs, fam_nino, fam_safeguarding, fam_trip_medical]),
    ("pgp-encrypted", [fam_sen, fam_bank, fam_exam_uln]),
    ("pgp-inline", [fam_circumstances, fam_fsm]),
    ("zip-encrypted", [fam_health_nhs, fam_classlist, fam_bank, fam_passport, fam_trip_medical, fam_exam_uln]),
]

NEG_OTHER = [
    (fam_orders, ["7bit", "csv-attachment", "qp", "xlsx-attachment", "html-only", "wrap72", "zip-attachment"]),
    (fam_isbn, ["alternative", "csv-attachment", "latin1"]),
    (fam_exam_codes, ["xlsx-attachment", "html-only", "tsv-attachment", "pdf-attachment"]),
    (fam_aggregate, ["qp", "xlsx-attachment", "alternative", "docx-attachment", "html-only", "flowed"]),
    (fam_template, ["docx-attachment", "pdf-attachment", "html-only", "xlsx-attachment", "text-attachment", "csv-attachment"]),
    (fam_contact, ["7bit", "alternative", "cp1252"]),
    (fam_gdpr, ["docx-attachment", "pdf-attachment", "flowed", "qp", "html-attachment", "utf8-8bit"]),
    (fam_newsletter, ["html-only", "pdf-attachment", "alternative", "docx-attachment"]),
    (fam_inbound, ["qp", "alternative", "7bit", "xlsx-attachment", "pdf-attachment", "qp", "csv-attachment", "flowed", "html-only", "base64",
                   "docx-attachment", "zip-attachment", "latin1", "wrap72", "two-attachments"]),
    (fam_anon_case, ["qp", "docx-attachment", "flowed-delsp"]),
    (fam_dates, ["7bit", "xlsx-attachment", "alternative"]),
    (fam_stafflist, ["html-only", "csv-attachment"]),
]


def apply_trick(spec, trick, rng, k):
    frm = spec["frm"]
    if trick == "bcc-personal":
        spec["bcc"] = [personal(frm, rng, k + 11)]
        spec["to"] = [colleague(rng, frm)]
        spec["note"] += "; To: a colleague, Bcc: sender's personal mailbox"
    elif trick == "cc-outside":
        spec["cc"] = spec["to"]
        spec["to"] = [colleague(rng, frm)]
        spec["note"] += "; To: colleague, Cc: the outside recipient"
    elif trick == "lookalike-domain":
        spec["to"] = [("kerry.doyle@school-example.org", "Kerry Doyle")]
        spec["note"] += "; recipient at a lookalike outside domain"
    elif trick == "mixed-to":
        spec["to"] = [colleague(rng, frm), spec["to"][0]]
        spec["note"] += "; To: one colleague and one outside address"
    spec["family"] = spec["family"]


def build_items():
    items = []

    def mk(label, fn, shape, k, mode, trick=None, enc=None):
        rng = random.Random("%s|%s|%d|%s|%s" % (fn.__name__, shape, k, mode, trick))
        P = Pupils(rng)
        spec = (fam_encrypted(fn, enc) if enc else fn)(k, rng, P, mode)
        spec.setdefault("direction", {"out": "outbound", "int": "internal", "enc": "outbound"}[mode] if fn not in NEG_ONLY else spec.get("direction", "outbound"))
        if trick:
            apply_trick(spec, trick, rng, k)
        if _pick("subj%s%s%d" % (fn.__name__, shape, k), range(7)) == 0:
            spec["subj_enc"] = (_pick("cs" + shape + str(k), ["utf-8", "utf-8", "iso-8859-1"]), _pick("bq" + shape + str(k), ["B", "Q"]))
            spec["subject"] = spec["subject"] + " \u2013 " + rng.choice(["w/c 9th", "v2", "update", "Oakfield", "Autumn"]) if spec["subj_enc"][0] == "utf-8" else "Y%d \u00b7 " % rng.randint(7, 11) + spec["subject"]
        if shape in ATT_SHAPES and _pick("fn%s%s%d" % (fn.__name__, shape, k), range(9)) == 0:
            spec["attname"] = spec.get("attname", "list") + " \u2013 " + rng.choice(["Oakfield", "v2", "final", "Autumn"])
        if shape in FWD_SHAPES or shape == "card":
            pass
        spec.setdefault("orig_from", colleague(random.Random("o" + spec["frm"][0] + str(k)), spec["frm"]))
        spec.setdefault("orig_to", [spec["frm"]])
        items.append({"label": label, "spec": spec, "shape": shape, "k": "%s%d%s" % (mode, k, trick or "")})

    for fn, shapes in POS_PLAN:
        for k, sh in enumerate(shapes):
            mk("positive", fn, sh, k, "out")
    for fn, sh, trick in POS_TRICKS:
        mk("positive", fn, sh, 50, "out", trick=trick)
    for fn, shapes in NEG_INTERNAL:
        for k, sh in enumerate(shapes):
            mk("negative", fn, sh, k + 100, "int")
    for kind, fns in NEG_ENCRYPTED:
        for k, fn in enumerate(fns):
            mk("negative", fn, kind, k + 200, "enc", enc=kind)
    for fn, shapes in NEG_OTHER:
        for k, sh in enumerate(shapes):
            mk("negative", fn, sh, k, "out")
    return items


NEG_ONLY = set()


def main():
    NEG_ONLY.update(f for f, _ in NEG_OTHER)
    items = build_items()
    order = list(range(len(items)))
    random.Random(20261202).shuffle(order)
    w = Writer(OUT)
    t = EPOCH
    r = random.Random(77)
    for idx in order:
        t = t + datetime.timedelta(minutes=r.randint(37, 400))
        if t.hour >= 21:
            t = t + datetime.timedelta(hours=10)
        w.write(items[idx], t)
    w.manifest.sort(key=lambda m: m["file"])
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in w.manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(w.counts)


if __name__ == "__main__":
    main()
