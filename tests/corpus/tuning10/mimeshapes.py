"""Shared helpers for the heldout2 corpus builders (python3, stdlib only).

Both tests/corpus/heldout2/chain-letter/build.py and
tests/corpus/heldout2/personal-data/build.py import this module.  It knows how to
build every MIME shape used in the split, how to pick addresses for a mail
direction, and how to write the .eml files and manifest.jsonl deterministically
(fixed dates, fixed Message-IDs, fixed MIME boundaries, fixed zip timestamps).

Shapes (the `shape` field of the manifest; "+rfc2047" is appended when the
Subject is an RFC 2047 encoded-word):
  7bit            text/plain, us-ascii, long unwrapped lines
  wrap72          text/plain, hard-wrapped at 72 columns
  flowed          text/plain; format=flowed (RFC 3676), soft breaks at spaces
  flowed-delsp    text/plain; format=flowed; delsp=yes, soft breaks inside words
  qp              text/plain utf-8, quoted-printable
  base64          text/plain utf-8, base64 body
  utf8-8bit       text/plain utf-8, 8bit body
  latin1          text/plain iso-8859-1 (8bit or quoted-printable)
  cp1252          text/plain windows-1252 (8bit or quoted-printable)
  html-only       a single text/html body
  alternative     multipart/alternative text/plain + text/html
  text-attachment multipart/mixed, short body + text/plain attachment
  html-attachment multipart/mixed, short body + text/html attachment
  csv-attachment  multipart/mixed, short body + text/csv or .tsv attachment
  zip-attachment  multipart/mixed, short body + application/zip holding a .txt/.csv
  rfc822-forward  multipart/mixed, short body + message/rfc822 (forward as attachment)
  docx-attachment multipart/mixed + minimal valid .docx built with zipfile
  xlsx-attachment multipart/mixed + minimal valid .xlsx (sharedStrings) built with zipfile
  smime-signed    multipart/signed (application/pkcs7-signature): signed, NOT encrypted
  pgp-encrypted   multipart/encrypted; protocol="application/pgp-encrypted"
  smime-enveloped application/pkcs7-mime; smime-type=enveloped-data
  pgp-inline      text/plain whose body is an ASCII-armoured PGP MESSAGE
"""

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
    return "=_hx2_" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:24]


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
            '<dc:creator>heldout2</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">'
            '2026-10-14T09:30:00Z</dcterms:created></cp:coreProperties>' % xml_escape(title))


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

class People:
    """Deterministic address book for the fictional school."""

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
        ("Imran", "Haq", "Attendance Officer"), ("Rachel", "Inglis", "RE teacher"),
        ("Stuart", "Kemble", "Business Studies teacher"), ("Lucy", "Varga", "Primary phase lead"),
        ("Alan", "Prentice", "Chaplain"), ("Kerry", "Doyle", "HR Officer"),
        ("Yusuf", "Demir", "Computing teacher"), ("Fiona", "Blackwood", "PTA staff liaison"),
    ]
    PUPILS = [
        ("Mia", "Okafor"), ("Kacper", "Nowak"), ("Ellie", "Thornton"), ("Zain", "Hussain"),
        ("Ruby", "Fairclough"), ("Oscar", "Lindqvist"), ("Amara", "Nwosu"), ("Callum", "Reid"),
        ("Leah", "Patel"), ("Finley", "Hughes"), ("Isla", "MacDonald"), ("Tyler", "Greaves"),
        ("Sofia", "Marques"), ("Ethan", "Chowdhury"), ("Poppy", "Wainwright"), ("Jayden", "Brooks"),
        ("Hana", "Sato"), ("Alfie", "Dunn"), ("Maryam", "Ali"), ("Logan", "Pritchard"),
    ]
    OUTSIDE = [
        ("Sarah", "Benton", "example.com"), ("Dave", "Kerr", "example.net"),
        ("Jo", "Marsh", "example.org"), ("Laura", "Pimm", "mailbox.example"),
        ("Kev", "Abbott", "example.com"), ("Angela", "Moss", "example.org"),
        ("Bogdan", "Ilie", "example.net"), ("Chloe", "Redfern", "homemail.example"),
        ("Nasreen", "Akhtar", "example.com"), ("Pete", "Gowan", "example.net"),
        ("Maureen", "Tulloch", "example.org"), ("Wendy", "Ashby", "inbox.example"),
        ("Ian", "Fairweather", "example.com"), ("Gloria", "Mensah", "example.org"),
        ("Rhys", "Pryce", "example.net"), ("Tanya", "Osborne", "fastmail.example"),
    ]

    def __init__(self, seed):
        self.rng = random.Random(seed)

    @staticmethod
    def staff_addr(i):
        f, l, _ = People.STAFF[i % len(People.STAFF)]
        return "%s.%s@%s" % (f[0].lower(), l.lower(), STAFF_DOMAIN), "%s %s" % (f, l)

    @staticmethod
    def pupil_addr(i):
        f, l = People.PUPILS[i % len(People.PUPILS)]
        yr = 20 + (i * 3) % 6
        return "%d%s.%s@%s" % (yr, l.lower(), f[0].lower(), PUPIL_DOMAIN), "%s %s" % (f, l)

    @staticmethod
    def outside_addr(i):
        f, l, d = People.OUTSIDE[i % len(People.OUTSIDE)]
        styles = ["%s.%s", "%s%s", "%s_%s", "%s.%s%d"]
        st = styles[(i // len(People.OUTSIDE) + i) % len(styles)]
        if st.count("%") == 3:
            local = st % (f.lower(), l.lower(), 60 + i % 30)
        else:
            local = st % (f.lower(), l.lower())
        return "%s@%s" % (local, d), "%s %s" % (f, l)

    def staff(self):
        return self.staff_addr(self.rng.randrange(len(self.STAFF)))

    def pupil(self):
        return self.pupil_addr(self.rng.randrange(len(self.PUPILS)))

    def outsider(self):
        return self.outside_addr(self.rng.randrange(len(self.OUTSIDE) * 2))

    def group(self, kind, n, exclude=()):
        pick = {"staff": self.staff, "pupil": self.pupil, "outside": self.outsider}[kind]
        out = []
        guard = 0
        while len(out) < n and guard < 200:
            guard += 1
            a = pick()
            if a[0] not in [x[0] for x in out] and a[0] not in exclude:
                out.append(a)
        return out


# ---------------------------------------------------------------------------
# writing the corpus
# ---------------------------------------------------------------------------

class Corpus:
    """Collects messages for one policy folder and writes .eml + manifest.jsonl."""

    def __init__(self, folder, tag, start, step_minutes=421):
        self.folder = folder
        self.tag = tag
        self.start = start
        self.step = datetime.timedelta(minutes=step_minutes)
        self.counts = {"positive": 0, "negative": 0}
        self.total = 0
        self.manifest = []
        for sub in ("positive", "negative"):
            os.makedirs(os.path.join(folder, sub), exist_ok=True)
            for f in os.listdir(os.path.join(folder, sub)):
                if f.endswith(".eml"):
                    os.remove(os.path.join(folder, sub, f))

    def add(self, label, family, shape, note, direction, frm, to, subject, body,
            cc=(), bcc=(), subj_enc=None, extra_headers=(), date=None, msgid_host=None):
        """Write one message.

        frm: (addr, name); to/cc/bcc: lists of (addr, name); body: a Message part
        (its Content-* headers and payload become the top-level entity).
        direction: 'inbound' (auth_user null), 'outbound' or 'internal' (auth_user = sender).
        subj_enc: None, or (charset, 'B'|'Q') to RFC 2047 encode the Subject.
        """
        assert label in ("positive", "negative")
        rcpts = [a for a, _ in list(to) + list(cc) + list(bcc)]
        sender = frm[0]
        if direction == "inbound":
            assert not is_internal(sender), (sender, note)
            assert rcpts and all(is_internal(r) for r in rcpts), (rcpts, note)
            auth_user = None
        elif direction == "outbound":
            assert is_internal(sender) and any(not is_internal(r) for r in rcpts), (sender, rcpts, note)
            auth_user = sender
        elif direction == "internal":
            assert is_internal(sender) and all(is_internal(r) for r in rcpts), (sender, rcpts, note)
            auth_user = sender
        else:
            raise ValueError(direction)

        self.counts[label] += 1
        self.total += 1
        n = self.counts[label]
        if subj_enc:
            shape = shape + "+rfc2047"
        slug = re.sub(r"[^a-z0-9]+", "-", "%s-%s" % (family, shape.replace("+", "-"))).strip("-")
        fname = "%s/%03d-%s.eml" % (label, n, slug)
        when = date or (self.start + self.step * self.total)
        host = msgid_host or (STAFF_DOMAIN if is_internal(sender) else sender.split("@")[1])
        msgid = "<hx2.%s.%s%03d.%s@%s>" % (self.tag, label[0], n, when.strftime("%Y%m%d%H%M%S"),
                                           "mail." + host if not host.startswith("mail.") else host)

        root = Message()
        root["Return-Path"] = "<%s>" % sender
        root["From"] = fmt_addr(*frm)
        if to:
            root["To"] = ", ".join(fmt_addr(a, nm) for a, nm in to)
        else:
            root["To"] = "undisclosed-recipients:;"
        if cc:
            root["Cc"] = ", ".join(fmt_addr(a, nm) for a, nm in cc)
        root["Subject"] = encode_subject(subject, *subj_enc) if subj_enc else subject
        root["Date"] = format_datetime(when)
        root["Message-ID"] = msgid
        for k, v in extra_headers:
            root[k] = v
        root["MIME-Version"] = "1.0"
        for k, v in body.items():
            root[k] = v
        root.set_payload(body._payload)
        root.preamble = body.preamble
        root.epilogue = body.epilogue

        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=OUT_POLICY).flatten(root)
        data = buf.getvalue()
        with open(os.path.join(self.folder, fname), "wb") as fh:
            fh.write(data)
        self.manifest.append({
            "file": fname, "label": label, "mail_from": sender, "rcpt": rcpts,
            "auth_user": auth_user, "shape": shape, "family": family, "note": note,
        })
        return fname

    def write_manifest(self):
        with open(os.path.join(self.folder, "manifest.jsonl"), "w", encoding="utf-8") as fh:
            for row in self.manifest:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


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
    m["Message-ID"] = "<hx2.inner.%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:16],
                                            "mail." + frm[0].split("@")[1])
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
