"""tuning7 chain-letter corpus builder (python3, stdlib only, deterministic).

MIME helpers adapted from tests/corpus/tuning5/mimeshapes.py; message texts below.
Run: python3 build.py  (rewrites positive/, negative/ and manifest.jsonl in this folder)
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
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    style = int(h[30:32], 16) % 5
    if style == 0:
        return "000000000000" + h[:12]
    if style == 1:
        return "_000_%s%s_" % (h[:20].upper(), "SCHOOLEXAMPLE")
    if style == 2:
        return "----=_Part_%d_%d.%d" % (int(h[:5], 16), int(h[5:13], 16), 1760000000000 + int(h[13:19], 16))
    if style == 3:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    return "------------%s" % h[:24]


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
            '<dc:creator>User</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">'
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
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:16],
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

# ---------------------------------------------------------------------------
# tuning7 framework: specs -> .eml files + manifest
# ---------------------------------------------------------------------------

import html as _html
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = []


def _h(seed, n=40):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def st(first, last, alias=None):
    """A staff address at school.example."""
    local = alias or "%s.%s" % (first[0].lower(), last.lower().replace(" ", "").replace("'", ""))
    return ("%s@%s" % (local, STAFF_DOMAIN), "%s %s" % (first, last))


def pu(first, last, yr=23):
    """A pupil address at students.school.example."""
    return ("%d%s.%s@%s" % (yr, last.lower().replace(" ", "").replace("'", ""), first[0].lower(), PUPIL_DOMAIN),
            "%s %s" % (first, last))


def ex(addr, name=None):
    return (addr, name)


def P(family, shape, frm, to, subject, text, note, **kw):
    SPECS.append(dict(label="positive", family=family, shape=shape, frm=frm, to=to,
                      subject=subject, text=text, note=note, **kw))


def N(family, shape, frm, to, subject, text, note, **kw):
    SPECS.append(dict(label="negative", family=family, shape=shape, frm=frm, to=to,
                      subject=subject, text=text, note=note, **kw))


# --- extra attachment builders ---------------------------------------------

def make_pdf(text, title="Document"):
    """A small valid PDF (uncompressed content stream, Helvetica, latin-1 text)."""
    lines = []
    for para in text.split("\n"):
        para = latin1ify(para)
        if not para.strip():
            lines.append("")
            continue
        lines.extend(textwrap.wrap(para, 88) or [""])
    pages = [lines[i:i + 60] for i in range(0, max(len(lines), 1), 60)] or [[]]
    objs = []

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (Microsoft Word) /CreationDate (D:20261014093000Z) >>"
                 % esc(latin1ify(title))).encode("latin-1"))
    for i, pg in enumerate(pages):
        content = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in pg:
            content.append("(%s) Tj T*" % esc(ln))
        content.append("ET")
        stream = "\n".join(content).encode("latin-1")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     "/Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = m.group(1).decode("latin-1")
        s = re.sub(r"\\(.)", r"\1", s)
        out.append(s)
    return "\n".join(out)


def make_png(seed, w=48, h=16):
    rnd = random.Random(seed)
    col = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
    raw = b"".join(b"\x00" + bytes(col) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --- clients, ids, dates ---------------------------------------------------

CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "owa": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "yahoo": [("X-Mailer", "WebService/1.1.22645 YMailNorrin")],
    "android": [("X-Mailer", "Samsung Email")],
    "bulk": [("List-Unsubscribe", None), ("Precedence", "bulk")],
}


def pick_client(spec, seed):
    if spec.get("client"):
        return spec["client"]
    addr = spec["frm"][0]
    dom = addr.split("@")[1]
    if dom == STAFF_DOMAIN:
        return _pick(seed + "c", ["outlook", "outlook", "owa", "iphone", "outlook"])
    if dom == PUPIL_DOMAIN:
        return _pick(seed + "c", ["owa", "android", "iphone", "owa"])
    return _pick(seed + "c", ["gmail", "gmail", "iphone", "apple", "yahoo", "outlook", "thunderbird", "android"])


def make_msgid(client, seed, addr):
    h = _h(seed + "mid", 64)
    dom = addr.split("@")[1]
    if client in ("outlook", "owa"):
        tag = "LO%dP%03dMB%04d" % (2 + int(h[0], 16) % 4, int(h[1:4], 16) % 1000, int(h[4:8], 16) % 10000)
        return "<%s%s@%s.GBRP%03d.PROD.OUTLOOK.COM>" % (tag, h[8:24].upper(), tag, int(h[24:27], 16) % 1000)
    if client == "gmail":
        b = base64.urlsafe_b64encode(bytes.fromhex(h[:60])).decode().rstrip("=")
        return "<CA%s@mail.gmail.com>" % b[:44]
    if client in ("iphone", "apple"):
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), dom)
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (int(h[:6], 16), int(h[6:13], 16), 1700000000000 + int(h[13:20], 16))
    return "<%s.%s@%s>" % (h[:14], h[14:22], "mx." + dom)


BST = datetime.timezone(datetime.timedelta(hours=1))
GMT = datetime.timezone.utc


def make_date(seed):
    h = int(_h(seed + "date", 16), 16)
    day = datetime.date(2026, 9, 3) + datetime.timedelta(days=h % 85)
    minute = 7 * 60 + (h >> 8) % (15 * 60)
    tz = BST if day < datetime.date(2026, 10, 25) else GMT
    return datetime.datetime(day.year, day.month, day.day, minute // 60, minute % 60, (h >> 20) % 60, tzinfo=tz)


# --- rendering ------------------------------------------------------------

def render_body(spec, seed, when):
    shape = spec["shape"]
    text = spec["text"]
    base = shape.split("+")[0]
    cover = spec.get("cover")
    name = spec.get("attach_name")
    if base == "docx-attachment":
        paras = [p.replace("\n", " ") if not p.startswith(">") else p for p in text.split("\n\n")]
        data = make_docx(paras, title=spec.get("doc_title", "Document"))
        return body_for(shape, text, seed, cover=cover, attach_name=name or "Document.docx",
                        attach_bytes=data, attach_ctype=DOCX_TYPE)
    if base == "pdf-attachment":
        data = make_pdf(text, title=spec.get("doc_title", "Document"))
        cp = text_part(cover or "Please see attached.\n",
                       cte="7bit" if all(ord(c) < 128 for c in (cover or "")) else "quoted-printable")
        return multipart("mixed", [cp, binary_part(data, "application/pdf", name or "document.pdf")], seed)
    if base == "html-related":
        img = make_png(seed)
        cid = "image001.png@01DB%s" % _h(seed + "cid", 12).upper()
        h = spec["html"].replace("CID", cid)
        alt = multipart("alternative", [text_part(spec.get("plain_alt", "\n"), cte="7bit"),
                                        text_part(h, subtype="html", cte="quoted-printable")], seed + "alt")
        ip = binary_part(img, "image/png", "image001.png", disposition="inline")
        ip["Content-ID"] = "<%s>" % cid
        parts = [alt, ip]
        return multipart("related", parts, seed, extra_params='; type="multipart/alternative"')
    if base == "rfc822-forward":
        i = spec["inner"]
        inner = inner_message(i["frm"], i["to"], i["subject"], when - datetime.timedelta(minutes=90 + int(_h(seed + "lag", 6), 16) % 4000), i["text"],
                              seed, cc=i.get("cc", ()), shape=i.get("shape", "qp"), html=i.get("html"))
        return body_for(shape, text, seed, cover=cover, inner=inner, attach_name=name)
    if base == "zip-attachment" and spec.get("zip_members"):
        data = make_zip([(n, d.encode("utf-8")) for n, d in spec["zip_members"]])
        return body_for(shape, text, seed, cover=cover, attach_name=name, attach_bytes=data)
    return body_for(shape, text, seed, cover=cover, html=spec.get("html"), attach_name=name)


def build_one(spec, fname):
    seed = "%s|%s|%s" % (spec["frm"][0], spec["subject"], spec["text"][:300])
    frm = spec["frm"]
    to = list(spec["to"])
    cc = list(spec.get("cc", ()))
    bcc = list(spec.get("bcc", ()))
    rcpts = [a for a, _ in to + cc + bcc]
    sender = frm[0]
    if not is_internal(sender):
        assert all(is_internal(r) for r in rcpts), (sender, rcpts)
        auth = None
    else:
        auth = sender
    client = pick_client(spec, seed)
    when = make_date(seed)
    body = render_body(spec, seed, when)
    root = Message()
    root["Return-Path"] = "<%s>" % (spec.get("envelope") or sender)
    root["From"] = fmt_addr(*frm)
    root["To"] = ", ".join(fmt_addr(a, nm) for a, nm in to) if to else "undisclosed-recipients:;"
    if cc:
        root["Cc"] = ", ".join(fmt_addr(a, nm) for a, nm in cc)
    subj = spec["subject"]
    root["Subject"] = encode_subject(subj, *spec["subj_enc"]) if spec.get("subj_enc") else subj
    root["Date"] = format_datetime(when)
    root["Message-ID"] = make_msgid(client, seed, sender)
    if spec.get("reply"):
        ref = make_msgid(client, seed + "ref", spec["to"][0][0] if spec["to"] else sender)
        root["In-Reply-To"] = ref
        root["References"] = ref
    if client in ("outlook", "owa"):
        root["Thread-Topic"] = re.sub(r"^((RE|FW|Fwd|FWD|Re|Fw):\s*)+", "", subj)
        root["Thread-Index"] = base64.b64encode(bytes.fromhex(_h(seed + "ti", 44))).decode()
        root["Content-Language"] = "en-GB"
    for k, v in CLIENTS.get(client, []):
        if k == "List-Unsubscribe":
            v = "<mailto:unsubscribe@%s>" % sender.split("@")[1]
        root[k] = v
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
    data = buf.getvalue()
    with open(os.path.join(HERE, fname), "wb") as fh:
        fh.write(data)
    shape = spec["shape"] + ("+rfc2047" if spec.get("subj_enc") or any(ord(c) > 127 for c in subj) else "")
    return {"file": fname, "label": spec["label"], "mail_from": sender, "rcpt": rcpts,
            "auth_user": auth, "shape": shape, "family": spec["family"], "note": spec["note"]}


def _norm(s):
    return re.sub(r"[\s>]+", "", s)


def extracted_text(path):
    msg, t = all_text(path)
    extra = []
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            extra.append(pdf_text(part.get_payload(decode=True)))
        if part.get_content_type() == "text/plain" and "flowed" in part.get("Content-Type", ""):
            extra.append(unflow(part.get_content(), "delsp=yes" in part.get("Content-Type", "").replace(" ", "")))
        if part.get_content_type() == "text/html":
            h = part.get_content()
            extra.extend(_html.unescape(a) for a in re.findall(r'alt="([^"]*)"', h))
            extra.append(_html.unescape(re.sub(r"<[^>]+>", " ", h)))
    return msg, t + "\n" + "\n".join(extra)


def check(spec, fname):
    path = os.path.join(HERE, fname)
    with open(path, "rb") as fh:
        data = fh.read()
    assert len(data) < 200 * 1024, fname
    msg, t = extracted_text(path)
    assert msg["Subject"] is not None and str(msg["Subject"]).strip() == spec["subject"].strip().replace("\n", " ") or spec.get("subj_enc"), (fname, str(msg["Subject"]))
    if spec.get("subj_enc"):
        assert str(msg["Subject"]) == spec["subject"], (fname, str(msg["Subject"]))
    base = spec["shape"].split("+")[0]
    want = spec["text"]
    if base == "7bit":
        want = asciify(want)
    elif base == "latin1":
        want = latin1ify(want)
    elif base == "cp1252":
        want = cp1252ify(want)
    elif base == "pdf-attachment":
        want = latin1ify(want)
    elif base == "docx-attachment":
        want = re.sub(r"(^|\n\n)# ", r"\1", want)
    checks = spec.get("expect") or ([want] if base not in ("html-related",) and not spec.get("html") else [])
    nt = _norm(t)
    for w in checks:
        assert _norm(w) in nt, (fname, w[:80])
    for w in spec.get("expect_also", ()):
        assert _norm(w) in nt, (fname, w[:80])
    if base == "rfc822-forward":
        assert _norm(spec["inner"]["text"]) in nt, fname


def main():
    random.seed(0)
    for sub in ("positive", "negative"):
        d = os.path.join(HERE, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    counts = {"positive": 0, "negative": 0}
    rows = []
    for spec in SPECS:
        counts[spec["label"]] += 1
        slug = re.sub(r"[^a-z0-9]+", "-", spec["shape"].lower()).strip("-")
        fname = "%s/%03d-%s.eml" % (spec["label"], counts[spec["label"]], slug)
        rows.append(build_one(spec, fname))
        check(spec, fname)
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", counts)


# ---------------------------------------------------------------------------
# people and small text helpers
# ---------------------------------------------------------------------------

HEAD = st("Harriet", "Osei-Bonsu")
IT = st("Paul", "Gethin")
OFFICE = st("Denise", "Albright")
DSL = st("Nadia", "Karim")
CHAPLAIN = st("Martin", "Ashdown")
BURSAR = st("Graham", "Tulley")
ENG = st("Sam", "Whitaker")
WELSH = st("Bronwen", "Rees")
PE = st("Kieran", "Doyle")
TA = st("Lorraine", "Pike")
Y7 = st("Emma", "Finch")
SCI = st("Tariq", "Mahmood")
PTA = st("Clare", "Dobson")
COMP = st("Jenny", "Lo")
SITE = st("Steve", "Haddon")
SENCO = st("Ruth", "Ebbs")
DEP = st("Phil", "Norris")
RECEP = st("Yvonne", "Clarke")
HIST = st("Mike", "Stanton")
PRIM = st("Gwen", "Parry")
GEOG = st("Liam", "Brennan")
MATHS = st("Shazia", "Iqbal")
DRAMA = st("Ollie", "Grant")
POL = st("Agnieszka", "Wrobel")
MFL = st("Lucia", "Fernandez")
NURSE = st("Gemma", "Hurst")
ART = st("Dawn", "Maxwell")
ALLSTAFF = ("allstaff@school.example", "All Staff")
TEACHING = ("teaching-staff@school.example", "Teaching Staff")
Y9TUTORS = ("y9-tutors@school.example", "Year 9 Tutors")

JADE = pu("Jade", "Kirby", 23)
TOMASZ = pu("Tomasz", "Zielinski", 24)
AALIYAH = pu("Aaliyah", "Hussain", 22)
BEN = pu("Ben", "Carter", 25)
KAYDEN = pu("Kayden", "Moss", 24)
FREYA = pu("Freya", "Wilson", 23)
IMOGEN = pu("Imogen", "Shaw", 22)
RYAN = pu("Ryan", "Doherty", 25)
ZARA = pu("Zara", "Ahmed", 24)
KYLE = pu("Kyle", "Baxter", 23)
LILY = pu("Lily-Mae", "Price", 25)
OLIWIA = pu("Oliwia", "Kowalczyk", 24)
BILAL = pu("Bilal", "Rashid", 22)
SUMMER = pu("Summer", "Jones", 23)
HARVEY = pu("Harvey", "Cole", 25)
AVA = pu("Ava", "Nguyen", 24)
MASON = pu("Mason", "Lloyd", 25)
CERYS = pu("Cerys", "Howells", 23)
AMIR = pu("Amir", "Qadri", 22)
EVIE = pu("Evie", "Marsh", 24)


def quote_reply(text, who, when):
    return "On %s, %s wrote:\n%s" % (when, who, quote(text))


def hop(text, kind, comment, frm, when, subject, to):
    if kind == "quote":
        block = quote_reply(text, frm, when)
    else:
        block = FORWARD_STYLES[kind](text, frm, when, subject, to)
    return (comment + "\n\n" + block) if comment else block


def zw(s):
    """Put zero-width spaces between the letters of every word longer than 3."""
    return re.sub(r"[A-Za-z]{4,}", lambda m: "\u200b".join(m.group(0)), s)


# ===========================================================================
# POSITIVES, batch A: luck chains, prayer chains, virus hoaxes
# ===========================================================================

P("luck-chain", "7bit", JADE, [FREYA, SUMMER, KYLE, IMOGEN, ZARA],
  "read this its actually scary",
  """ok so i dont normally send these but my cousin sent it me and the same night my phone screen cracked so...

This message has been going round since 2009. It was started by a girl called Hayley who was ignored by everyone at her school. If you read this far you have to send it to 10 people in the next 15 minutes. If you do, tomorrow the person you fancy will message you first. If you send it to 5 you will have a good week. If you send it to nobody you will have 7 years of bad luck starting from tonight.

Dont break the chain. Kelsey from Year 10 deleted it and she broke her wrist at trampolining. NOT JOKING.

send it back to me so i know u did it xx""",
  "pupil forwards a 'send to 10 people in 15 minutes or 7 years bad luck' chain to friends")

P("luck-chain", "wrap72", ex("brenda.hollis@example.net", "Brenda Hollis"), [TA],
  "Fw: The Luck of the Irish - do not delete!!",
  """Hi Lorraine love, Brenda here. Got this from Pat at bingo, had to pass it on, I know you like these.

-------------------------------------------------------

THIS IS THE ORIGINAL IRISH LUCK CHARM. It has been sent around the world nine times and has now come to you. The luck has been brought to you. You will receive good luck within four days of receiving this message - PROVIDED you in turn send it on.

This is no joke. You will receive it in the post, or in your inbox. Send copies to people you think need good luck. Do not send money, as fate has no price. Do not keep this message. It must leave your hands within 96 hours.

An RAF officer received $470,000. Joe Elliot received $40,000 and lost it because he broke the chain. While in the Philippines, Gene Welch lost his wife 51 days after receiving this letter. He had failed to circulate it. However, before her death he had received $7,755,000.

Please send twenty copies and see what happens in four days. The chain comes from Venezuela and was written by Saul Anthony de Groot, a missionary from South America. Since the copy must tour the world, you must make twenty copies and send them to your friends and associates. After a few days you will get a surprise. This is true even if you are not superstitious.

Do note the following: Constantine Dias received the chain in 1953. He asked his secretary to make twenty copies and send them out. A few days later he won a lottery of two million dollars. Carlo Daddit, an office employee, received the letter and forgot it had to leave his hands within 96 hours. He lost his job. Later, after finding the letter again, he mailed twenty copies. A few days later he got a better job.

Dalan Fairchild received the letter, and not believing, threw it away. Nine days later he died.

REMEMBER: SEND NO MONEY. DO NOT IGNORE THIS. IT WORKS.

-------------------------------------------------------

xx Bren""",
  "inbound: relative forwards the classic 'Irish luck charm / Saul Anthony de Groot' twenty-copies chain")

P("luck-chain", "qp", KYLE, [BEN, RYAN, HARVEY, MASON],
  "🍀 pass it on 🍀",
  """🍀🍀🍀🍀🍀🍀🍀🍀🍀🍀
this is the lucky clover. it only gets sent to 1 in every 1000 people.
u have been chosen!!!
send to 7 ppl in the next hour n u will get good news on friday 🙏
if u ignore it ur gonna lose something important this week 😬
🍀🍀🍀🍀🍀🍀🍀🍀🍀🍀
i sent it to u so u better send it on lol""",
  "pupil sends an emoji 'lucky clover, send to 7 in an hour' chain")

P("luck-chain", "flowed", ex("m.okonjo@example.com", "Maurice Okonjo"), [HIST],
  "Fwd: Money Angel - keep it moving",
  """Mike - you will laugh but humour me, I have had a rubbish month.

The Money Angel has chosen you. Within the next 24 hours copy this message and send it to 8 people you care about. Money will come to you from an unexpected source: people have found notes in old coats, had refunds from the tax office and had bills cancelled.

The angel does not work for people who keep her to themselves. One lady in Leeds kept the message and her boiler broke the same week. Do not let her down.

Send it on. Don't keep it. 8 people. 24 hours.

Cheers mate
Mo""",
  "inbound: friend forwards a 'money angel, send to 8 people in 24 hours' chain to a teacher")

P("luck-chain", "cp1252", DRAMA, [st("Hannah", "Becket"), st("Chris", "Yeo"), st("Priya", "Doshi"), st("Rob", "Fielding")],
  "FW: Friday's lucky email – have a read!",
  """Morning all – couldn't resist, it's been that kind of week. Sorry!!

________________________________
From: Anita Goode
Sent: 08 October 2026 07:41
To: Ollie Grant
Subject: Friday's lucky email – have a read!

This is the Friday Lucky Email. Once you have read it, don’t close it – forward it to at least 6 colleagues before 12 o’clock.
You'll see it working by the end of the day: people who passed it on last week had parking spaces appear, meetings cancelled and the photocopier worked first time.

Those who deleted it? Ask the man whose lunch was taken from the staffroom fridge. Don’t be that person.
Forward before midday – six people – no exceptions!""",
  "staff member forwards an office 'forward to 6 colleagues before noon or bad luck' chain internally")

P("luck-chain", "alternative", ex("sunnyside.gran@example.org", "Joyce Pellow"), [SUMMER],
  "FW: FW: FW: Make a wish!!!",
  """Sweetheart, Nana sent this to me so now I'm sending it to you. Love Nan xxx

> > > Make a wish before you scroll down!!!
> > >
> > > Go on, think of a wish...
> > >
> > >
> > >
> > >
> > > Now send this to 15 people within the hour and your wish will come
> > > true on Tuesday. Send it to 10 and it will come true within a month.
> > > Send it to none and your wish will be reversed.
> > >
> > > I'm sorry, I don't make the rules!! Please don't break it!!""",
  "inbound: grandmother forwards a 'make a wish, send to 15 within the hour' chain to a pupil")

# --- prayer chains -----------------------------------------------------------

P("prayer-chain", "wrap72", ex("pastor.gideon@newhope-fellowship.example", "Gideon Mbeki"), [CHAPLAIN],
  "Fw: Prayer of the Holy Cross - please do not break",
  """Beloved in Christ,

This prayer was found in the year 1505 and has been sent to you for blessing. Say it once a day for nine days and it will be answered, however impossible it looks. Never known to fail.

O Lord, in your holy cross I place my hope. Shelter me, my family and all whom I love from every harm, and grant this my petition (state your request). Amen.

Within nine days you must send this prayer to 13 people. Do not keep it. Those who have passed it on have received healing, a job and the return of lost children. A woman who threw this prayer away lost everything she had within the year. Do not laugh at it. God sees.

Please copy and pass to 13 people you love.

Blessings
Pastor Gideon""",
  "inbound: 'prayer found in 1505, send to 13 people within nine days' chain sent to the school chaplain")

P("prayer-chain", "utf8-8bit", LILY, [CERYS, EVIE, AVA],
  "Don't scroll past 🙏",
  """God said: "If you are not ashamed of me I will not be ashamed of you before my Father."

If you love Jesus, send this to 12 friends. If you don't, just delete it and you will know what you chose.

97% of people will not send this. Be the 3%. 

Tonight at 11:11 something you've been praying for will happen if you forward this before then. 🙏❤️✝️""",
  "pupil sends '97% won't send this, forward to 12 if you love Jesus' chain")

P("prayer-chain", "html-only", ex("yolanda.freitas@example.com", "Yolanda Freitas"), [RECEP, OFFICE],
  "Fw: Angel Prayer - 4 Minutes",
  """There are angels that watch over you. Tonight, take this angel prayer and pass it to 4 people within 4 minutes.

Lord, let your angels guard the ones reading this and keep them from harm. Give them strength tomorrow. Amen.

In 4 minutes an angel will visit you and something good will come on the fourth day. This is not a game. If you stop this chain your angel will walk away. Pass it on in 4 minutes, that's all it takes.""",
  "inbound: 'angel prayer, pass to 4 people in 4 minutes' chain to school reception",
  html="""<html><body style="background:#fff8f0">
<div style="text-align:center;font-family:'Comic Sans MS',cursive;color:#6a3d9a">
<p style="font-size:22px"><b>&#128519; There are angels that watch over you &#128519;</b></p>
<p>Tonight, take this angel prayer and pass it to <span style="color:red;font-size:20px"><b>4 people within 4 minutes</b></span>.</p>
<p><i>Lord, let your angels guard the ones reading this and keep them from harm. Give them strength tomorrow. Amen.</i></p>
<p>In 4 minutes an angel will visit you and something good will come on the fourth day.<br>
This is <u>not a game</u>. If you stop this chain your angel will walk away.</p>
<p style="font-size:18px;color:#c00"><b>Pass it on in 4 minutes, that's all it takes.</b></p>
</div></body></html>""",
  expect=["pass it to", "4 people within 4 minutes", "If you stop this chain your angel will walk away"])

P("prayer-chain", "text-attachment", st("Rita", "Vaughan"), [CHAPLAIN, TA, RECEP, SENCO],
  "prayer for the week - please pass it on",
  """St Jude Novena - to be passed on

May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. Sacred Heart of Jesus pray for us. St Jude, worker of miracles, pray for us. St Jude, helper of the hopeless, pray for us.

Say this prayer nine times a day. By the eighth day your prayer will be answered. It has never been known to fail. You must promise publication, or pass it on to nine others. Do not break this novena.

Thank you St Jude. R.V.""",
  "staff member sends a 'pass this St Jude novena to nine others, never known to fail' prayer chain as a .txt",
  cover="I was sent this and it has been such a comfort. Opened attachment – please say it and pass to nine of your own. Rita\n",
  attach_name="St Jude Novena.txt")

P("prayer-chain", "latin1", ex("famille.dubois@example.fr", "Sandrine Dubois"), [MFL],
  "TR: Chaîne de prière - ne la cassez pas",
  """Lucia,

Je t'envoie ça de la part de ma mère, désolée, tu sais comment elle est...

Cette prière vient de Lourdes. Elle a fait le tour du monde. Récite-la et envoie-la à 10 personnes dans les 48 heures. Une femme de Toulouse l'a envoyée et trois jours plus tard son fils est sorti de l'hôpital. Un homme l'a jetée et il a perdu son travail.

Sainte Marie, Mère de Dieu, protège ma famille et ceux que j'aime. Amen.

Ne cassez pas la chaîne ! Envoyez-la à 10 personnes.

Bises, Sandrine""",
  "inbound: French prayer chain 'send to 10 people within 48 hours' sent to the languages teacher")

# --- virus hoaxes --------------------------------------------------------------

P("virus-hoax", "7bit", ex("dereks.pc.help@example.net", "Derek Sillitoe"), [SITE],
  "FW: URGENT VIRUS WARNING!!! PLEASE READ",
  """Steve, had this from my brother in law who works in computers. Worth sending round your lot at the school.

>>> PLEASE FORWARD THIS TO EVERYONE IN YOUR CONTACT LIST!!!
>>>
>>> If you receive an email titled "Postcard from Hallmark" DO NOT OPEN IT.
>>> It will erase your whole C drive and there is NO CURE. This was
>>> announced by CNN yesterday and confirmed by Microsoft and McAfee as the
>>> most destructive virus ever. It was discovered yesterday afternoon.
>>>
>>> SEND THIS TO ALL YOUR FRIENDS. The more people know the fewer will be
>>> hit. It is better to receive this message 25 times than to receive the
>>> virus and open it.
>>>
>>> If someone sends you a "Postcard from Hallmark", even if it is from a
>>> friend, do not open it!!! Shut down your computer immediately.""",
  "inbound: caretaker's relative forwards the 'Postcard from Hallmark erases your C drive' hoax")

P("virus-hoax", "qp", GEOG, [ALLSTAFF],
  "FW: Warning – do NOT accept 'Jayden K Smith'",
  """Hi everyone, just had this from a friend – better safe than sorry!

Please tell all the contacts in your messenger list not to accept Jayden K. Smith's friendship request. He is a hacker and has the system connected to your Facebook account. If one of your contacts accepts it, you will also be hacked, so make sure that all your friends know it. Thanks. Forwarded as received.

Hold your finger on the message. At the bottom in the middle it will say forward. Hit that and then click on the names of those in your list and it will send to them.

Liam""",
  "staff member forwards the 'Jayden K Smith hacker friend request' hoax to all staff")

P("virus-hoax", "base64", ex("no-reply-alerts@secure-info.example", "Security Team"), [st("Hannah", "Becket"), PE, DRAMA],
  "IMPORTANT: new WhatsApp Gold threat",
  """*** IMPORTANT ***

Radio news said this morning: there is a video going round on WhatsApp called "Dance of the Pope". Do not open it, it hacks your phone and there is no fix. Also, if someone invites you to upgrade to WhatsApp Gold, DO NOT DO IT!!! This is serious, the police have confirmed it.

Please share with all your contacts now. Send it to everyone you know, don't keep it to yourself!""",
  "inbound: 'Dance of the Pope / WhatsApp Gold' phone-hack hoax asking to share with all contacts")

P("virus-hoax", "flowed", SCI, [st("Ian", "Rowe"), st("Megan", "Tate"), st("Colin", "Ash"), MATHS],
  "Fwd: Virus alert - tell everyone in your address book",
  """Forwarding in case - Tariq

---------- Forwarded message ---------
From: Sue Mahmood <sue.m@example.com>
Date: Tue, 15 Sept 2026 at 19:02
Subject: Virus alert - tell everyone in your address book
To: Tariq Mahmood <tariq.m@example.com>

Hi, everyone who has me in their address book: I may have caught a virus and so may you. It is called jdbgmgr.exe and has a little teddy bear icon. It is not detected by Norton or McAfee. It sits quietly for 14 days and then destroys the whole system. It spreads automatically through your address book.

To remove it:
1. Go to Start, then Find/Search
2. Type jdbgmgr.exe
3. If you find a teddy bear icon DELETE IT, then empty the recycle bin.

If you find the virus you must contact EVERYONE in your address book so they can delete it too. I'm very sorry to have passed this on.

Sue""",
  "staff member forwards the 'jdbgmgr.exe teddy bear icon, tell everyone in your address book' hoax")

P("virus-hoax", "alternative", BILAL, [pu("Noah", "Fenn", 22), pu("Isaac", "Wade", 22), AMIR],
  "READ ASAP!!! instagram hack",
  """READ THIS BEFORE TOMORROW

From tomorrow at 6pm instagram is going to make every DM public and anyone will be able to see your messages unless you repost this. It was on the news. Some ppl already got hacked by the account @lovely.kitty.x92 if she follows u DONT follow back she is a hacker and she can get ur camera.

Copy and send this to all ur contacts and tell them to send it on 2. It has to go to everyone before 6pm.""",
  "pupil sends an 'instagram will make DMs public / hacker account' warning to copy and send to all contacts")

P("virus-hoax", "rfc822-forward", ex("k.bamber@example.org", "Keith Bamber"), [BURSAR],
  "Fw: Warning from BT - pass this on",
  "",
  "inbound: forward-as-attachment of the '90# phone scam / tell everyone' hoax",
  cover="Graham, see attached, had this from the golf club. Thought you should tell the staff and all the parents. Keith\n",
  inner=dict(frm=("secretary@golfclub-wolds.example", "Wolds Golf Club Secretary"), to=[("k.bamber@example.org", "Keith Bamber")],
             subject="Warning from BT - pass this on", shape="wrap72",
             text="""Dear Members,

I have been told by a friend at BT that there is a new scam. You get a call from someone saying they are an engineer checking your line and they ask you to press 9, 0 and # and hang up. DO NOT DO IT. This gives them full access to your line and they can make calls at your expense, and now they can also empty your bank account through it. This has been verified by BT and the police.

PLEASE PASS THIS ON TO EVERYONE YOU KNOW. Send it to all your friends and family, as many as possible.

Regards
The Secretary"""))

P("virus-hoax", "html-only", ex("arlene.cheung@example.com", "Arlene Cheung"), [Y7, PRIM],
  "Fw: SPIDER WARNING - pass on to all",
  """Please pass this warning on to everyone on your list. Three women in Chicago turned up at hospitals over a five-day period, all with the same symptoms. A spider called the Blush Spider (arachnius gluteus) was found under toilet seats in a restaurant. Pass this on to everyone you know. The more people know, the safer everyone will be.""",
  "inbound: the 'two-striped telamonia / blush spider under toilet seats' hoax, HTML-only",
  html="""<div dir="ltr"><div style="font-family:arial,sans-serif"><font size="4" color="#cc0000"><b>PLEASE PASS THIS WARNING ON TO EVERYONE ON YOUR LIST!!!</b></font><br><br>
Three women in Chicago turned up at hospitals over a five-day period, all with the same symptoms: fever, chills and vomiting, followed by muscular collapse, paralysis and finally death. There were no outward signs of trauma.<br><br>
Autopsy results showed toxicity in the blood. The women did not know each other, but it was discovered they had all visited the same restaurant. A spider called the <b>Blush Spider</b> (<i>arachnius gluteus</i>) was found under the toilet seats.<br><br>
This was on the news. <u>Pass this on to everyone you know.</u> The more people know, the safer everyone will be.<br><br>
<span style="background:yellow">DO NOT DELETE - SEND TO ALL YOUR CONTACTS</span></div></div>""",
  expect=["Blush Spider", "Pass this on to everyone you know.", "SEND TO ALL YOUR CONTACTS"])

P("virus-hoax", "wrap72", KAYDEN, [TOMASZ, OLIWIA, ZARA, AVA, MASON, EVIE],
  "snapchat closing!!!!",
  """Snapchat is going to start charging £2.99 a month from monday. If you send this to 20 people your logo will turn blue and you will stay free forever. If you dont, your account gets deleted and you lose your streaks. This is real it is from the snapchat team, they are doing it because there are too many accounts.

SEND TO 20 PEOPLE TO KEEP YOUR ACCOUNT FREE.""",
  "pupil forwards 'Snapchat will charge unless you send this to 20 people, logo turns blue' hoax")

# ===========================================================================
# POSITIVES, batch B: charity hoaxes, corporate giveaways, petition chains
# ===========================================================================

P("charity-hoax", "qp", ex("tina.marwood@example.com", "Tina Marwood"), [PTA],
  "Fw: Little Amy needs your help - please forward",
  """Clare can you send this round to the parents list? It only takes a second and it costs nothing!!

Please don't delete this. Little Amy Bruce is 7 years old and has a tumour in her lungs and brain. Her parents can't afford the operation. The Make-A-Wish Foundation has agreed to donate 7p towards her treatment every time this email is forwarded.

Please forward it to everyone you know. If you delete it you have no heart.

For every person this is sent to, 7p goes to Amy. Please, it only takes a minute. 😢""",
  "inbound: parent asks PTA liaison to spread the 'Amy Bruce, 7p per forward' sick-child hoax")

P("charity-hoax", "wrap72", IMOGEN, [AALIYAH, BILAL, AMIR, pu("Sophie", "Dale", 22)],
  "pls this is so sad",
  """This is a boy called Rhys. He is 6 and he has cancer. Facebook and a hospital in America have said that for every share or forward this gets they will give 1 dollar towards his chemo. He has been in hospital for 3 years and his mum says he only wants to go home.

It takes 2 seconds to help him. Dont scroll past. Forward this to all your friends even if you dont know them very well, the more it goes round the more money he gets.

If you dont send this you are heartless. Amen for Rhys 🙏""",
  "pupil sends a 'Facebook will pay $1 per forward for sick boy's chemo' appeal")

P("charity-hoax", "alternative", ex("rotary.maisie@example.org", "Maisie Holt"), [HEAD],
  "Fwd: Cancer research - one email, 3p",
  """Dear Mrs Osei-Bonsu,

I hope you don't mind me sending this to you; I thought the school community could help.

---------- Forwarded message ---------
From: Barbara Ince
Subject: Cancer research - one email, 3p

The American Cancer Society (and Cancer Research UK) will donate 3 pence to cancer research for every person that you send this email to. This is the story of a young girl, Jessica Mydek, who was diagnosed with an aggressive cancer at the age of 7. Before she died she wrote a letter asking people to help other children like her.

Please send it on to everyone in your address book and ask them to do the same. The companies track the emails through a special code, so every forward counts. Do not break the chain - this costs you nothing.

Kind regards,
Maisie Holt""",
  "inbound: the 'Jessica Mydek - 3p per email forwarded to cancer research' hoax sent to the head")

P("charity-hoax", "html-only", ex("greenpaws.rescue@example.net", "Greenpaws Animal Friends"), [Y7, st("Megan", "Tate"), ART],
  "PLEASE SHARE!!! every email saves a dog",
  """A big pet food company will give one bowl of food to a rescue shelter for every time this email is forwarded. Send it to all your contacts. They count the forwards. Don't break the chain, a dog goes hungry every time someone deletes this.""",
  "inbound: 'pet food company donates a bowl for every forward' chain, styled HTML with image", client="bulk",
  html="""<table width="600" align="center" style="border:3px dashed #ff69b4"><tr><td style="padding:12px;font-family:Verdana">
<h2 style="color:#ff1493;text-align:center">&#128054; EVERY EMAIL FEEDS A DOG &#128054;</h2>
<p>A big pet food company will give <b>one bowl of food</b> to a rescue shelter for every time this email is forwarded.</p>
<p style="text-align:center;font-size:20px"><b>Send it to all your contacts.</b><br>They count the forwards!</p>
<p style="color:#888">Don't break the chain &ndash; a dog goes hungry every time someone deletes this &#128546;</p>
</td></tr></table>""",
  expect=["one bowl of food", "Send it to all your contacts.", "a dog goes hungry every time someone deletes this"])

P("charity-hoax", "cp1252", TA, [SENCO, st("Becky", "Lomax"), st("Julie", "Thorn")],
  "FW: please read – poor little lad",
  """Girls, I know it's probably one of them things but just in case it's true?? xx

Subject: poor little lad

This is Ali, he is 11 months old and was burned in a house fire in Bradford. His mum cannot afford the skin grafts. Mr Tesco and Asda have said they will pay 50p for each time this is sent on – they can track it. PLEASE DON’T IGNORE THIS. Send it to as many people as you can, it’s a baby’s life!!!""",
  "TA forwards a 'supermarkets pay 50p each time this is sent on for burned baby' hoax to colleagues")

P("charity-hoax", "flowed-delsp", ex("danni.r@mailbox.example", "Danielle Rourke"), [st("Hannah", "Becket")],
  "Fwd: Help Katie walk again",
  """Hi Han, you know I don't normally do these but this one got me.

Katie is 9 and was hit by a drunk driver outside her school in Swindon. She needs surgery in Germany. The BBC have teamed up with a charity and every email that is forwarded with Katie's name in the subject line gives 10p. Please don't change the subject or it won't be counted!!! Pass it to everyone you know, it's free and it could let her walk again.

Dan xx""",
  "inbound: 'BBC gives 10p per forward, don't change the subject line' sick-child chain")

# --- corporate giveaways ------------------------------------------------------

P("corporate-giveaway", "7bit", ex("gary.knowles@example.com", "Gary Knowles"), [COMP],
  "FW: Bill Gates is sharing his fortune!!",
  """Jenny you're the computer one, this looks legit? Sending anyway!!

>Dear Friends,
>
>Please do not dismiss this mail as a joke. Bill Gates is sharing his fortune. If you ignore this you will repent later. Microsoft and AOL are now the largest internet companies and in an effort to make sure Internet Explorer remains the most widely used program, Microsoft and AOL are running an e-mail beta test.
>
>When you forward this e-mail to friends, Microsoft can and will track it (if you are a Microsoft Windows user) for a two-week time period.
>
>For every person that you forward this e-mail to, Microsoft will pay you $245.00. For every person that you sent it to that forwards it on, Microsoft will pay you $243.00 and for every third person that receives it, you will be paid $241.00. Within two weeks, Microsoft will contact you for your address and then send you a cheque.
>
>I thought this was a scam myself, but two weeks after receiving this e-mail and forwarding it on, Microsoft contacted me for my address and within days I received a cheque for $24,800.00.
>
>Forward this to as many people as possible.""",
  "inbound: the classic 'Microsoft / Bill Gates pays $245 for every forward' hoax")

P("corporate-giveaway", "utf8-8bit", ZARA, [KAYDEN, TOMASZ, OLIWIA, LILY, HARVEY, BEN, RYAN],
  "free £250 primark voucher 😍😍",
  """OMG it actually works!!!! Primark are giving a £250 voucher to everyone who sends this to 20 people to celebrate their 55th birthday 🎉🎉 You have to forward this message to 20 friends then click the link and it gives u the code.

primark-55th-birthday.example/voucher

my sister did it and got hers. hurry it ends on sunday!!!""",
  "pupil forwards 'Primark £250 voucher if you send to 20 friends' giveaway chain")

P("corporate-giveaway", "base64", ex("disney.free.trip@example.net", "Walt Disney Jr"), [PE, DRAMA, HIST],
  "Disney Trip for You and Family - FORWARD THIS",
  """Hello Disney fans,

My name is Walt Disney Jr. Here at Disney we are working with Microsoft, which has just compiled an email tracing program that tracks everyone to whom this message is forwarded. It does this through a unique IP (Internet Protocol) address log book database.

We are experimenting with this and need your help. Forward this to everyone you know and if it reaches 13,000 people, 1,300 of the people on the list will receive $5,000, and the rest will receive a free trip for two to Disney World for one week during the summer of 2027 at our expense. Enjoy.

Note: Duplicate entries will not be counted. You will be notified by email with further instructions once this email has reached 13,000 people.

Your friends,
Walt Disney Jr., Disney, and Bill Gates & The Microsoft Development Team""",
  "inbound: the 'Walt Disney Jr / free trip if forwarded to 13,000 people' hoax")

P("corporate-giveaway", "qp", st("Chris", "Yeo"), [st("Hannah", "Becket"), PE, SCI, GEOG, MATHS, DRAMA],
  "FW: Nokia are giving away free phones?!",
  """Lads — probably nonsense but it costs nothing to forward, right?

________________________________
From: Pete Yeo <peteyeo@example.com>
Sent: 17 September 2026 18:22
Subject: Nokia are giving away free phones?!

Nokia and Ericsson are giving away free phones to promote their new merger. All you need to do is forward this email to 8 friends. After 2 weeks they will send you a brand-new phone. If you send it to 20 people, you get the top model.

This is not a joke – a lad at my work got his yesterday. Remember to CC: nokia.promotion@nokia-free.example so they can track the forwards.""",
  "staff member forwards the 'Nokia/Ericsson free phone for forwarding to 8 friends' hoax internally")

P("corporate-giveaway", "alternative", ex("promo.update@supermarket-rewards.example", "Rewards Team"), [RECEP, OFFICE, BURSAR],
  "You qualify: £100 supermarket card – pass to 10 to unlock",
  """Congratulations!

As part of our birthday celebrations, every customer who passes this message to 10 contacts will get a £100 gift card. Your card is waiting but it only unlocks when 10 of your friends open this email. Forward now – the counter below updates every hour.

Forwards so far: 3 of 10

Don't keep this to yourself – the more you share, the more you save!""",
  "inbound: supermarket gift card 'unlocks when 10 friends open this, forward now' giveaway chain", client="bulk")

P("corporate-giveaway", "docx-attachment", FREYA, [CERYS, SUMMER, JADE, EVIE],
  "FREE AIRPODS read the doc!!",
  """APPLE 50th ANNIVERSARY GIVEAWAY

Apple are giving away 10,000 pairs of AirPods to celebrate 50 years. To enter you just need to send this document to 15 people and then email your name to the address at the bottom.

Apple can tell who forwarded it because the document has a tracker in it. If you only send it to 14 it will not count.

Send to 15 people. Closing date 31 October.

airpods-anniversary@apple-giveaways.example""",
  "pupil sends a .docx 'Apple AirPods giveaway, send this document to 15 people' chain",
  cover="my mum said this is real. open the attachment and send it to 15 ppl!!\n",
  attach_name="AIRPODS GIVEAWAY.docx", doc_title="Apple Giveaway")

# --- petition chains ------------------------------------------------------------

P("petition-chain", "wrap72", ex("lisa.farrow@example.org", "Lisa Farrow"), [PRIM, Y7],
  "Fw: PLEASE SIGN - save the school nurses",
  """This is a petition to stop the government cutting school nurses. When it reaches 500 names it will be sent to the Secretary of State. Please add your name to the bottom of the list, then forward it to everyone you know. If you are number 100, 200, 300, 400 or 500 please also send a copy to savenurses@campaign-mail.example so they can keep count.

DON'T just reply to me - copy the whole list, add your name and send it on. Do not break the chain or the names will be lost.

1. Mary Ellison, Darlington
2. Jo Patel, Reading
3. Annette Crowley, Sligo
4. Peter Hale, Norwich
5. Susan Kerr, Cardiff
6. Valerie Okoye, London
7. Dee Whitlam, Stockport
8. Fran Blunt, York
9. Nadine Osborne, Bath
10. Lisa Farrow, Chesterfield""",
  "inbound: email 'petition' with a numbered list of names, 'add your name and forward to everyone'")

P("petition-chain", "7bit", SUMMER, [FREYA, IMOGEN, LILY, CERYS, AVA],
  "sign this for the bees!!!!!",
  """the bees are dying and the government wont do anything about it. this petition goes to parliament when it gets 1000 names. copy it, put your name at the bottom and send it to 10 people. DONT send it back to the person who sent it you.

1. Hollie W - Bristol
2. Megan P - Wigan
3. Tia - Swansea
4. Caitlin R - Hull
5. Jess - Hull
6. Summer J - Year 9

if you dont send it on all the names get lost so PLEASE dont break it""",
  "pupil sends a 'save the bees' list-of-names petition to copy, sign and send to 10 people")

P("petition-chain", "latin1", ex("vigilance.femmes@example.fr", "Collectif Vigilance"), [MFL],
  "Pétition - ajoutez votre nom et faites suivre",
  """Bonjour à toutes et à tous,

Les Nations Unies préparent un vote sur les droits des femmes en Afghanistan. Nous devons recueillir le plus de noms possible. Ajoutez votre nom à la liste ci-dessous puis faites suivre ce message à toutes vos connaissances. Si vous êtes le numéro 50, 100, 150 ou 200, envoyez une copie à l'adresse en bas.

NE RÉPONDEZ PAS à l'expéditeur : copiez la liste, ajoutez votre nom, et renvoyez-la.

51) Anne-Sophie Leroy, Lyon
52) Marie Chevalier, Brest
53) Hélène Garnier, Lille
54) Sandrine Dubois, Toulouse

Merci de ne pas briser la chaîne.""",
  "inbound: French 'add your name and forward' petition chain with a numbered list")

P("petition-chain", "qp", st("Becky", "Lomax"), [TA, st("Julie", "Thorn"), SENCO, st("Amanda", "Greer"), st("Kate", "Ibbotson")],
  "FW: Support teaching assistants pay – add your name!",
  """Ladies – I've added mine (number 38). Please do the same and pass it on to every TA you know 😊

-----Original Message-----
From: Carol Dent <caroldent@example.com>
Subject: Support teaching assistants pay – add your name!

Teaching assistants deserve a proper wage. We are collecting 1,000 signatures by email to take to Downing Street. Scroll to the bottom, add your name and school, then FORWARD to at least 15 people. DO NOT reply to me, I will get swamped – the person who adds number 1,000 sends it to the address at the top.

1. Carol Dent – Oldham
…
35. Sue Pickering – Leigh
36. Nora Flynn – Bolton
37. Deb Ashworth – Bury
38. Becky Lomax – Year 3""",
  "TA forwards a 'TA pay' chain petition internally after adding her name to the numbered list")

P("petition-chain", "html-attachment", ex("cllr.nettie.b@example.net", "Nettie Bramall"), [HEAD, PTA],
  "Fw: PETITION - keep our libraries open - please add name",
  """KEEP OUR LIBRARIES OPEN

Libraries in our county are being closed to save money. This petition will be handed to the council leader. Please add your name and town to the bottom of the list and forward to as many people as you can. When you reach a multiple of 100, send a copy to the organiser. Please do not start a new list - copy the whole message so no names are lost.

101. J. Proctor, Matlock
102. W. Hine, Bakewell
103. R. Castle, Buxton
104. N. Bramall, Wirksworth""",
  "inbound: library petition chain as an .htm attachment with 'add your name and forward to as many as you can'",
  cover="Dear all, please see the petition attached, add your name and forward it on to the parents. Thank you, Nettie\n",
  attach_name="Library petition.htm",
  expect=["Please add your name and town to the bottom of the list and forward to as many people as you can", "N. Bramall, Wirksworth"])

# ===========================================================================
# POSITIVES, batch C: copy-and-paste warnings, pyramid schemes, pupil curses
# ===========================================================================

P("copy-paste-warning", "7bit", ex("bev.tranter@example.com", "Bev Tranter"), [RECEP],
  "Fw: copy and paste before tomorrow!!",
  """Yvonne - saw this on Facebook, safer to do it on email too I suppose!

Deadline tomorrow! Everything you've ever posted becomes public from tomorrow. Even messages that have been deleted or the photos not allowed. It doesn't cost anything for a simple copy and paste, better safe than sorry. Channel 13 News was just talking about this change in Facebook's privacy policy.

I do not give Facebook or any entities associated with Facebook permission to use my pictures, information, messages or posts, both past and future. By this statement, I give notice to Facebook it is strictly forbidden to disclose, copy, distribute, or take any other action against me based on this profile and/or its contents. Violation of privacy can be punished by law (UCC 1-308-1 1-308-103 and the Rome Statute).

NOTE: Facebook is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once it will be tacitly allowing the use of your photos. DO NOT SHARE. You MUST copy and paste.""",
  "inbound: the 'I do not give Facebook permission / Rome Statute' copy-and-paste notice")

P("copy-paste-warning", "qp", st("Anne", "Marie Lyle", alias="a.lyle"), [ALLSTAFF],
  "IMPORTANT - new WhatsApp rules from tomorrow",
  """From tomorrow 🇬🇧 all calls are recorded. All phone call recordings saved. WhatsApp is monitored. Twitter is monitored. Facebook is monitored. All social media and forums are monitored.

Inform those who do not know. Your devices are connected to ministry systems. Be careful not to send unnecessary messages. Tell your children, relatives and friends to take care.

✔ = message sent
✔✔ = message delivered
Two blue ✔✔ = message read
Three blue ✔✔✔ = the government has noted your message
Two blue and one red = the government may take action against you
One blue and two red = the government is checking your data
Three red = the government has started proceedings against you and you will receive a summons

Be a responsible citizen and pass this on to everyone. Don't keep it to yourself!!""",
  "staff member sends the 'new communication rules, three blue ticks = government' WhatsApp hoax to all staff")

P("copy-paste-warning", "utf8-8bit", OLIWIA, [TOMASZ, ZARA, AVA, EVIE, KAYDEN],
  "copy n paste this to ur story + send to 10",
  """‼️ WARNING ‼️
There is a man in a white van driving round the estates near school asking kids if they want to see puppies. He has already taken a girl in Wolverhampton. The police won't say anything because they don't want people to panic.

COPY AND PASTE THIS. DO NOT SHARE, COPY AND PASTE so it doesn't get taken down. Send to 10 people and tell your mum.""",
  "pupil sends 'white van man / puppies' scare to copy and paste and send to 10 people")

P("copy-paste-warning", "flowed", ex("sallyann.grieve@example.net", "Sally-Ann Grieve"), [Y7],
  "Re: Year 7 parents – message going round, please pass on",
  """Mrs Finch, this is going round the parents' WhatsApp groups. Can the school send it out? Everyone needs to pass it on.

"Message from a police officer: this Saturday night there will be a new 'game' called Momo on YouTube Kids. A doll with big eyes appears in the middle of cartoons and tells children to hurt themselves and not tell their parents. This has been confirmed. Please copy this message and pass it to every parent you know. Do not share the picture. Copy and paste only. Thank you, pass it on."

Sally-Ann""",
  "inbound: parent asks head of year to spread a 'Momo on YouTube Kids, copy and pass to every parent' hoax")

P("copy-paste-warning", "alternative", DRAMA, [st("Rob", "Fielding"), st("Priya", "Doshi"), st("Chris", "Yeo")],
  "Fwd: LinkedIn copy and paste (do we need to?)",
  """Not sure if this is a thing but apparently everyone needs to do it by Friday:

"Due to the new rules from Meta and LinkedIn, I hereby declare that I do not authorise LinkedIn, Meta, or any AI system to use my profile, posts, pictures or data to train models. This is a legally binding notice. Copy and paste this on your own profile and send it to all your contacts. If you just press share it won't count. Deadline Friday midnight."

Copy + paste and pass on to as many as you can, it doesn't work unless everyone does it.""",
  "staff member forwards an 'I do not authorise AI training, copy and paste and send to all contacts' notice")

P("copy-paste-warning", "cp1252", ex("gail.henshaw@example.com", "Gail Henshaw"), [st("Julie", "Thorn")],
  "FW: Don’t answer calls from these numbers!!!",
  """Jules – pass this on to all the girls at work and your mum.

DO NOT ANSWER calls from these numbers: +375, +371, +381 or any number starting with 0800 14. If you answer, they copy your SIM card in 3 seconds and can get into your bank. It’s been on BBC Watchdog. It happened to a lady in Bolton and she lost £14,000.

Please copy this and send it to all your contacts. One of them might not know!!!""",
  "inbound: 'don't answer +375 numbers, they copy your SIM in 3 seconds, send to all contacts' hoax")

# --- pyramid / money chains -----------------------------------------------------

P("pyramid", "wrap72", ex("opportunity.4u@example.net", "Lenny Rook"), [BURSAR],
  "£5 turned into £18,000 - read this completely",
  """READ THIS COMPLETELY - IT IS NOT A SCAM, IT IS PERFECTLY LEGAL.

Six months ago I was behind on my mortgage. Then someone sent me this letter. I followed the instructions and 60 days later I had received £18,450 in the post. This is how it works.

1. Send £5 in an envelope to the person at No.1 on the list below, with a note saying "Please add me to your list". That is all - it is a service, and so it is legal.
2. Take No.1 off the list. Move everyone up one place and put your own name and address at No.5.
3. Send this letter to at least 200 people. Email makes it free.

THE LIST:
1. D. Wright, 14 Orchard Close, Kettering
2. B. Sandhu, Flat 3, 22 Station Road, Luton
3. P. Morley, 9 The Crescent, Whitby
4. A. Kane, 41 Ash Grove, Stoke
5. L. Rook, 7 Kiln Lane, Redruth

When your name reaches No.1 you will be receiving £5 notes from thousands of people. Out of 200 letters, if just 10 people reply, at level 5 that is 100,000 people sending you £5.

DO NOT BREAK THE CHAIN. People who broke it have regretted it.""",
  "inbound: 'send £5 to No.1 on the list, add your name at No.5, send to 200' money chain")

P("pyramid", "7bit", RYAN, [HARVEY, MASON, BEN, KYLE, pu("Josh", "Lamb", 25)],
  "make money easy 100% works",
  """right so this is how u get rich. u send £2 on paypal to the top name then take them off and put ur name at the bottom and send this to 10 ppl. when ur name gets to the top u get like 1000s of people sending u £2

1. kaiden_b_07
2. jjones2011
3. rydoherty25

(i put mine at the bottom) do it by tonight or it doesnt work. dont tell sir""",
  "pupil sends a 'send £2 on PayPal to the top name, put yours at the bottom, send to 10' scheme")

P("pyramid", "html-only", ex("abundance.circle@example.org", "Women Helping Women"), [st("Kate", "Ibbotson"), st("Amanda", "Greer")],
  "🌸 Blessing Loom - you have been invited 🌸",
  """You have been invited into a Blessing Loom. Gift 20 pounds to the person in the centre. Invite 2 friends to gift to you. When the flower is full you receive 160 pounds. This is a gifting circle, not a pyramid. Please pass this invitation on to women you trust.""",
  "inbound: 'blessing loom' gifting-circle money chain, styled HTML",
  html="""<div style="font-family:Georgia;color:#7b2c5a;max-width:560px">
<p style="font-size:24px;text-align:center">&#127800; You have been invited into a <b>Blessing Loom</b> &#127800;</p>
<p>Women lifting women! It works like this:</p>
<ol><li><b>Gift &pound;20</b> to the sister in the centre of the flower (details when you say YES).</li>
<li>Invite <b>2 friends</b> to gift to you.</li>
<li>When the flower is full, you move to the centre and receive <b>&pound;160</b>!</li></ol>
<p>This is a gifting circle, not a pyramid &#128150; It only works if we keep it moving.</p>
<p style="text-align:center"><b>Please pass this invitation on to women you trust.</b></p>
<p style="font-size:11px">Sent with love. Do not let the flower wilt.</p></div>""",
  expect=["Blessing Loom", "to the sister in the centre of the flower", "Please pass this invitation on to women you trust."])

P("pyramid", "pdf-attachment", ex("financialfreedom@homebiz.example", "Home Business Network"), [SITE, RECEP],
  "The letter that changed my life (PDF attached)",
  """THE LETTER THAT CHANGED MY LIFE

Dear friend, my name is Dave. In 2024 I lost my job. Then I received this letter. I did not believe it either, but within 90 days I had more than 40,000 pounds.

HOW IT WORKS
Step 1: Send 5 pounds (cash, wrapped in paper) to each of the 4 names below, with a note: "Please put me on your mailing list". This makes it legal.
Step 2: Remove the name at position 1. Move the others up. Put your own name and address at position 4.
Step 3: Email this letter to as many people as you can - at least 100.

1. Mrs K. Hollis, 5 Ferry Road, Hull
2. Mr T. Banner, 2 Church Walk, Ely
3. Ms R. Dyer, 18 Willow Way, Wrexham
4. Mr D. Pell, 30 Marsh Lane, Preston

Keep the chain going - if you break it, you will not receive anything and the others lose too.""",
  "inbound: classic money chain letter in a PDF attachment ('send 5 pounds to each of the 4 names')",
  cover="Please read the attached letter carefully. It works if you follow it exactly. Print it or forward it to 100 people.\n",
  attach_name="letter.pdf", doc_title="The Letter")

P("pyramid", "zip-attachment", KAYDEN, [RYAN, HARVEY, MASON],
  "robux method (read txt)",
  """FREE ROBUX METHOD - WORKS 2026

1. send 100 robux to the FIRST user on the list
2. delete the first user and add urs to the bottom
3. copy this whole txt and send to 10 friends

when ur at the top u get 100 robux from every1 who joins = like 10,000 robux

LIST
1. xXshadowXx_2012
2. bl0xy_kay24
3. ryanpro_yt

DONT SKIP STEP 3 or it breaks""",
  "pupil sends a zipped .txt 'send robux to the first name, add yours at the bottom, send to 10' chain",
  cover="unzip it and do it quick\n", attach_name="robux_method.txt")

# --- pupil curse chains (teen slang) -------------------------------------------

P("curse-chain", "7bit", CERYS, [EVIE, AVA, LILY, JADE, FREYA, SUMMER, IMOGEN],
  "dont read this at night",
  """ok dont read this at night

there was a girl called Clarissa who died in 2007 because her friends left her in the woods at a sleepover. now if u read this she will come to ur bedroom at 3am and stand next to ur bed. the only way to stop her is to send this to 15 people. a girl in scotland didnt and they found her in the woods a week later.

im so sorry i had to send it to u i didnt want to die 😭😭 SEND IT""",
  "pupil sends a 'ghost girl will come at 3am unless you send this to 15 people' curse chain")

P("curse-chain", "utf8-8bit", BEN, [MASON, KYLE, RYAN, HARVEY],
  "ngl this is creepy",
  """bro dont laugh this is actually real

☠️ if u are reading this u have been cursed ☠️
u have 5 mins to send this to 10 ppl
if u dont ur mum will die in 6 years
if u do u will get a gf/bf tomorrow
dont believe me?? a kid called josh ignored it and his dog got run over the next day

i aint risking it so here u go 💀💀""",
  "pupil sends a '5 minutes to send to 10 or your mum dies' curse chain")

P("curse-chain", "qp", AALIYAH, [IMOGEN, pu("Sophie", "Dale", 22), pu("Grace", "Tully", 22)],
  "Fwd: Fwd: Fwd: Fwd: READ OR UR CURSED",
  """srry

> > > > 
> > > > READ OR UR CURSED
> > > >
> > > > Hi my name is Teresa Fidalgo. 26 years ago I was killed in a car crash on a
> > > > road near Sintra. If you don't send this to 20 people I will sleep next to you
> > > > forever. If you don't believe me look me up. Send this to 20 people. A boy
> > > > didn't believe it and his mum died 29 days later.
> > > >
> > > > send to 20 ppl now""",
  "pupil forwards the 'Teresa Fidalgo' curse chain, quoted four levels deep")

P("curse-chain", "alternative", TOMASZ, [KAYDEN, pu("Filip", "Nowicki", 24), ZARA],
  "przeczytaj / read this",
  """ok this is in english AND polish so u cant say u didnt understand lol

EN: If you stop reading this you will have bad luck for 10 years. Send to 10 people in 10 minutes or tomorrow something bad happens at school.

PL: Jeśli przestaniesz to czytać, będziesz mieć pecha przez 10 lat. Wyślij to do 10 osób w ciągu 10 minut, bo jutro w szkole stanie się coś złego.

no joke. wyślij!!!""",
  "pupil sends a bilingual English/Polish 'send to 10 people in 10 minutes' bad-luck chain")

P("curse-chain", "flowed", SUMMER, [CERYS, pu("Ella", "Brook", 23), pu("Maisie", "Cope", 23)],
  "dont be mad but u have to send this",
  """Hiii sorry sorry sorry

Here's the thing. This is the curse of the red mirror. Once you read the words "red mirror" you have exactly 24 hours to send this message to 12 people. If you do, nothing happens and your crush will text you within a week. If you don't, every time you look in a mirror you'll see her standing behind you.

it's not a joke my friend's friend didn't send it and she heard knocking on her wardrobe every night for a month

send it!!! 12 people!!! love u xx""",
  "pupil sends 'red mirror' curse chain, 24 hours to send to 12 people")

P("curse-chain", "base64", HARVEY, [MASON, BEN],
  "LOL send it",
  """if u dont send this to 5 ppl u will fail all ur mocks.
its a real curse a year 11 didnt send it last year and got all U's.
5 ppl. tonite.""",
  "very short pupil 'send to 5 or you fail your mocks' curse chain, base64 body")

P("curse-chain", "wrap72", EVIE, [AVA, OLIWIA, ZARA, JADE],
  "FW: the 11:11 wish",
  """so u have to read all of this ok

1. make a wish
2. say your crush's name 3 times
3. send this to 11 people before 11:11 tonight

if you do, your crush will ask you out by the end of the week. if you send it to 5, they will think about you. if you send it to nobody, they will start liking your best friend instead and you will be single till you are 25.

this was sent to me at 10:02 so i have to hurry!!! don't break it 💕""",
  "pupil sends an '11:11 wish, send to 11 people before 11:11 tonight' chain")

# ===========================================================================
# POSITIVES, batch D: sentimental chains, school rumours, other languages
# ===========================================================================

P("sentimental", "wrap72", ex("auntie.pam@example.org", "Pam Fairley"), [KYLE],
  "Fw: A rose for you",
  """Kyle darling, this is lovely, have a read and send it on like it says. Auntie Pam

@}-,-'-,-- @}-,-'-,-- @}-,-'-,--

A friend is someone who knows the song in your heart and sings it back to you when you forget the words.

This rose is sent to you because you are special. Pass it on to 10 people you think are special, including the person who sent it to you if you think they are special too. If you get 3 back, you are loved. If you get 5 back, you are truly a good friend. If you get none back, the rose will wilt and your friendships will fade.

Don't break the chain of friendship!

@}-,-'-,-- @}-,-'-,-- @}-,-'-,--""",
  "inbound: relative sends 'a rose for you, pass to 10 special people' friendship chain to a pupil")

P("sentimental", "html-only", ex("carole.mcbride@example.com", "Carole McBride"), [TA, st("Julie", "Thorn")],
  "Fw: Mothers",
  """Mothers are angels on earth. Send this to every mother you know, and to your own. If you love your mum send it to 10 women and something good will happen to you by Sunday. If you don't pass it on, you will regret it.""",
  "inbound: sentimental 'send to every mother you know, 10 women by Sunday' chain with pastel HTML",
  html="""<html><body bgcolor="#fdf0f5"><center>
<font face="Monotype Corsiva" size="6" color="#b03060">For Mothers Everywhere</font><br><br>
<font face="Georgia" size="3">A mother's arms are made of tenderness,<br>and children sleep soundly in them.<br><br>
<i>Mothers are angels on earth.</i><br><br>
Send this to every mother you know, and to your own.<br>
If you love your mum send it to <b>10 women</b> and something good will happen to you by Sunday.<br><br>
<font color="red">If you don't pass it on, you will regret it.</font></font>
</center></body></html>""",
  expect=["Mothers are angels on earth.", "Send this to every mother you know, and to your own.", "If you don't pass it on, you will regret it."])

P("sentimental", "qp", AVA, [EVIE, ZARA, OLIWIA, LILY, CERYS, AALIYAH],
  "💖 send this to ur besties 💖",
  """💖💖💖 this is a friendship test 💖💖💖
send this to all ur friends including the person who sent it to u
if u get it back 1 time = ur just friends
2 times = good friends
4 times = best friends
7 times = BFF 4 LIFE
if u don't send it on ur gonna lose ur best friend this year 😭
i love u all sm 💕💕 send it back!!!!""",
  "pupil sends an emoji friendship-test chain, 'send to all your friends or lose your best friend'")

P("sentimental", "flowed", st("Ken", "Whitlow"), [st("Hannah", "Becket"), BURSAR, SITE, OFFICE],
  "Fw: A story worth reading to the end",
  """Thought you'd all like this one. Ken

An old man was walking along a beach covered with thousands of starfish washed up by the tide. A boy was throwing them back one by one. "You'll never make a difference," said the man. The boy threw another one in and said, "I made a difference to that one."

You are someone's starfish. Today, pass this to 7 people who made a difference to you. Within 7 days you will find out how much you matter. If you keep it to yourself, the starfish stays on the sand. Don't let the kindness stop with you. Send it to seven!""",
  "staff member sends a starfish parable chain 'pass to 7 people within 7 days' to colleagues")

P("sentimental", "cp1252", ex("nanna.irene@example.net", "Irene Boulter"), [SUMMER],
  "FW: FW: FW: FW: Grandparents",
  """> > > > For all the grandchildren out there…
> > > >
> > > > A grandmother is a little bit parent, a little bit teacher and a little bit
> > > > best friend. Send this to your grandparents and everyone who loves you.
> > > >
> > > > If you forward this to 8 people in the next 20 minutes, someone who loves
> > > > you will ring you this week. If you don’t, you’ll miss the call.
> > > >
> > > > Don’t break the chain – it has gone round the world 3 times!!!
> > 
> > Irene this made me cry
> 
> Me too send it to your grandchildren
 
Love you my darling, send it on xxx Nanna""",
  "inbound: grandparent forwards a 'send to 8 in 20 minutes' grandparents chain with layered quoting")

P("sentimental", "alternative", FREYA, [JADE],
  "u r my best friend",
  """Jade this is for you!!!!

Friends are like stars, you don't always see them but you know they're always there. ⭐

If you are my friend you will send this back to me. Then send it to 12 of your friends. If they send it back you will know who your real friends are. If you get it back from 12 you will be happy for the rest of your life!!! Don't break it!!!""",
  "pupil sends a 'friends are like stars, send to 12 and back to me' chain")

# --- school rumour hoaxes ---------------------------------------------------------

P("school-rumour", "qp", ZARA, [KAYDEN, TOMASZ, OLIWIA, AVA, EVIE, pu("Filip", "Nowicki", 24)],
  "FWD FROM MR NORRIS!!!",
  """THIS IS FROM MR NORRIS HE SAID TO FORWARD IT TO EVERYONE IN YEAR 10

School is shut on Friday because of the boiler. DONT COME IN. Mr Norris said to send this to everyone in your year and tell them to send it to their friends because the school computers are broken and they cant send it.

send it to everyone u know in yr 10 and 11 quick!!!!""",
  "pupil forwards a fake 'school shut Friday, Mr Norris says forward to everyone' rumour")

P("school-rumour", "wrap72", ex("concerned.parent.2026@example.com", "A Parent"), [PTA, Y7, st("Sasha", "Bloom")],
  "Fw: URGENT from the head - pass to ALL parents",
  """PLEASE READ AND FORWARD TO EVERY PARENT YOU KNOW

The head teacher has told us that from next week all pupils will have their phones taken off them at the gate and they will NOT be given back until the end of term. Parents will be fined £50 if their child brings a phone. This is coming from the council. The school has been told not to write to parents about it because it is a trial.

The head said "make sure every parent knows". Forward this to the whole class WhatsApp and every parent in your contacts. If enough of us complain they will have to stop.

SEND TO EVERYONE. DON'T LET IT STOP WITH YOU.""",
  "inbound: fake 'head says forward to all parents: phones confiscated, £50 fines' rumour chain")

P("school-rumour", "7bit", HARVEY, [MASON, BEN, RYAN, KYLE, pu("Josh", "Lamb", 25), pu("Reece", "Blyth", 25)],
  "no school monday?!?!",
  """boys my brother said the head sent a secret email to teachers saying there is no school monday cos of a staff strike. they aint telling us until sunday night. send this to everyone in our year so nobody goes in!!! if everyone knows they cant give us detentions. FORWARD IT""",
  "pupil spreads a 'secret email says no school Monday, forward it to everyone' rumour")

P("school-rumour", "alternative", ex("kwalsh.family@example.org", "Kerry Walsh"), [DSL],
  "Fwd: Man outside the school gates - PLEASE share",
  """I don't know if this has reached you yet but I thought the school should know and send it round to everyone.

---------- Forwarded message ---------
From: Lou Carver
Subject: Man outside the school gates - PLEASE share

Mrs Osei-Bonsu has apparently told some parents that a man in a silver car has been trying to lure children from outside the school at home time. She said to pass this on to every parent because the school isn't allowed to put it in writing. Apparently it has happened at three other schools in the county.

PLEASE COPY AND SEND THIS TO EVERY PARENT IN EVERY YEAR. Do not post it publicly, just forward. The more parents know the better.""",
  "inbound: second-hand 'head says pass this on to every parent' stranger-danger rumour chain")

P("school-rumour", "flowed", st("Dean", "Sowerby"), [TEACHING],
  "FW: Ofsted Monday?? pass it on",
  """Heard from a mate at St Anne's - apparently Ofsted are coming in to us on Monday and the head already knows but doesn't want to panic anyone. He says pass it round all teaching staff and to anyone you know at the other schools in the trust too, they're doing all of us in the same week.

Please don't reply all, just forward on quietly to whoever you trust.""",
  "staff member spreads an unfounded 'Ofsted Monday, forward quietly to everyone' rumour to teaching staff")

P("school-rumour", "text-attachment", MASON, [HARVEY, BEN, KYLE, RYAN],
  "leaked letter from school (open txt)",
  """LETTER FROM THE HEADTEACHER - NOT FOR PUPILS

Dear Parents,
From January the school day will finish at 4.30pm and Saturday detentions will start. Year 10 and 11 will have lessons in half term.

(the teachers dont want u to see this so send it to every1 in the school, if every1 sees it they cant do it. forward to at least 20 people)""",
  "pupil circulates a fake 'leaked letter from the head' txt asking to forward to 20 people",
  cover="got this off someone in yr 11. send the attachment to every1\n", attach_name="letter_from_head.txt")

# --- other languages ----------------------------------------------------------------

P("foreign-language", "utf8-8bit", CERYS, [pu("Megan", "Griffiths", 23), pu("Osian", "Pritchard", 23), pu("Elin", "Rowlands", 23)],
  "paid ag anwybyddu hwn!!",
  """Helo bawb,

Os wyt ti'n darllen hwn mae'n rhaid i ti ei anfon ymlaen at 10 o bobl o fewn awr. Os wnei di, fe gei di newyddion da yfory. Os na wnei di, fe gei di saith mlynedd o anlwc.

Mae hyn yn wir!! Wnaeth merch yn Aberystwyth ddim ei anfon a thorrodd hi ei choes.

Paid â thorri'r gadwyn! Anfona fe nawr 🏴󠁧󠁢󠁷󠁬󠁳󠁿""",
  "pupil sends a Welsh-language 'send to 10 people within an hour or seven years bad luck' chain")

P("foreign-language", "latin1", ex("abuela.carmen@example.es", "Carmen Ruiz"), [MFL],
  "RV: Cadena de la suerte - no la rompas",
  """Lucía, hija, te mando esto que me mandó tu tía. Léelo entero.

Esta cadena viene de Venezuela y ha dado la vuelta al mundo nueve veces. La suerte te ha sido enviada. Recibirás buena suerte dentro de cuatro días a partir de hoy, siempre que la envíes a otras veinte personas.

No es una broma. No mandes dinero. Un señor de Valencia la recibió, la envió a veinte amigos y a los pocos días le tocó la lotería. Una mujer de Sevilla la rompió y perdió su trabajo.

Envíala a 20 personas en 96 horas. No rompas la cadena.

Besos, tu abuela""",
  "inbound: Spanish 'cadena de la suerte, envíala a 20 personas en 96 horas' luck chain from a grandmother")

P("foreign-language", "qp", OLIWIA, [TOMASZ, pu("Filip", "Nowicki", 24), pu("Julia", "Mazur", 24)],
  "Przeczytaj do końca!!!",
  """Hej,

To jest łańcuszek szczęścia. Jeśli go przeczytasz, musisz wysłać go do 15 osób w ciągu 24 godzin. Wtedy spełni się twoje największe marzenie. Jeśli go zignorujesz, przez rok będziesz miał pecha.

Dziewczyna z Krakowa go usunęła i następnego dnia zgubiła telefon. To prawda!!!

Nie przerywaj łańcuszka 🙏 wyślij do 15 osób""",
  "pupil sends a Polish 'łańcuszek szczęścia, wyślij do 15 osób w ciągu 24 godzin' chain",
  subj_enc=("utf-8", "Q"))

P("foreign-language", "7bit", BILAL, [AMIR, AALIYAH, pu("Hamza", "Aziz", 22), pu("Safa", "Begum", 22)],
  "zaroor parho aur aage bhejo",
  """Assalam o alaikum sab ko,

Ye message Madinah se aya hai. Jo isko parh kar 11 logon ko aage bhejega usko 3 din mein khushkhabri milegi. Ek aadmi ne isko delete kar diya tha aur uska nuksaan ho gaya. Ek aurat ne isko 11 logon ko bheja aur uske bete ko naukri mil gayi.

Isko mazaak mat samjho. Abhi 11 logon ko forward karo. Aage nahi bheja to gunah hoga.

JazakAllah""",
  "pupil forwards an Urdu-transliterated 'message from Madinah, forward to 11 people' chain")

P("foreign-language", "wrap72", ex("teresa.kaminska@example.pl", "Teresa Kamińska"), [POL],
  "Fw: Modlitwa - prześlij dalej",
  """Agnieszko,

Przesyłam Ci modlitwę, którą dostałam od siostry.

Ta modlitwa przyszła z Częstochowy. Odmów ją i w ciągu 9 dni prześlij do 9 osób. Twoja prośba zostanie wysłuchana. Kto przerwie ten łańcuch, ten ściągnie na siebie nieszczęście. Pani z Radomia przerwała i zachorowała.

Matko Boża, opiekuj się moją rodziną. Amen.

Nie przerywaj! Prześlij 9 osobom.

Teresa""",
  "inbound: Polish prayer chain 'prześlij do 9 osób w ciągu 9 dni' sent to a staff member",
  subj_enc=None)

# ===========================================================================
# POSITIVES, batch E: obfuscated chains
# ===========================================================================

P("obfuscated", "7bit", RYAN, [HARVEY, MASON, BEN],
  "r34d th1s",
  """y0 1f u r34d th1s u h4v3 2 s3nd 1t 2 10 p30pl3 1n 10 m1n5 0r u g3t 7 y34r5 b4d luck. n0t j0k1ng. s3nd 1t 0n 4nd d0nt br34k th3 ch41n. 1 d1d 1t s0 n0w u h4v3 2""",
  "pupil sends a l33tspeak 'send to 10 people in 10 mins or 7 years bad luck' chain")

P("obfuscated", "qp", JADE, [FREYA, IMOGEN, SUMMER],
  "s e n d   t h i s",
  """S E N D   T H I S   T O   1 0   P E O P L E

o r   y o u   w i l l   h a v e   b a d   l u c k   f o r   a   y e a r

i t ' s   n o t   a   j o k e   d o n ' t   b r e a k   t h e   c h a i n

f o r w a r d   i t   n o w   x x""",
  "pupil sends a chain written in spaced-out letters")

P("obfuscated", "utf8-8bit", KYLE, [BEN, pu("Josh", "Lamb", 25), pu("Reece", "Blyth", 25)],
  "👀👀👀",
  """📩➡️👥🔟 ⏰5️⃣ min
❌📩 = 😱💀 7️⃣ 📅
✅📩 = 🍀💰😎
🔗⛓️ don't 💔 it""",
  "pupil sends an almost all-emoji 'forward to 10 in 5 min or die in 7 days' chain (emoji rebus)")

P("obfuscated", "qp", SUMMER, [CERYS, pu("Ella", "Brook", 23), pu("Maisie", "Cope", 23)],
  "omg read",
  zw("""There is a curse on this message. If you read it you must forward it to ten people before midnight or something terrible will happen to your family. Someone deleted it last week and her house flooded. Forward it now and do not break the chain."""),
  "pupil sends a curse chain with zero-width spaces inside every longer word")

P("obfuscated", "html-only", ex("news.flash99@example.net", "Alert"), [SITE, RECEP, OFFICE],
  "Re: the letter",
  """An old letter of fortune. Copy it and send it to 20 people within 4 days. A man who ignored it lost his house. Do not break the chain.""",
  "inbound: HTML-only chain where the key words are split into styled spans and letters",
  html="""<html><body><div style="font-family:Tahoma;font-size:15px">
<p>This <span style="color:#900">is</span> an <b>old</b> letter of fo<span>r</span>tune. It has circled the globe since 1979.</p>
<p><span style="font-size:22px;color:red"><b>C</b><b>o</b><b>p</b><b>y</b></span> it and <span style="color:red"><b>s</b><b>e</b><b>n</b><b>d</b></span> it to <span style="font-size:28px">2</span><span style="font-size:28px">0</span> p<span>e</span>ople within <u>4 days</u>.</p>
<p>A man who ig<span style="display:inline">n</span>ored it lost his house.</p>
<p style="text-align:center;letter-spacing:6px"><b>D O &nbsp; N O T &nbsp; B R E A K &nbsp; T H E &nbsp; C H A I N</b></p>
</div></body></html>""",
  expect=["A man who ig", "4 days"])

P("obfuscated", "html-related", ex("sunshine.shares@example.com", "Sunshine Shares"), [TA, st("Julie", "Thorn")],
  "💛 for you 💛",
  "",
  "inbound: chain whose whole text is only in an image's alt text (HTML body is an image)",
  html="""<html><body style="margin:0"><center>
<img src="cid:CID" width="480" height="640" alt="THIS IS A GOOD LUCK SUNFLOWER. Send it to 12 friends in the next 12 hours and the luck will come to you on the 12th day. If you keep it you will have 12 months of bad luck. Don't break the chain!">
</center></body></html>""",
  plain_alt="\n",
  expect=["Send it to 12 friends in the next 12 hours", "Don't break the chain!"])

P("obfuscated", "alternative", MASON, [HARVEY, RYAN],
  "ignore the top bit",
  """homework for maths is page 42 q 1-10






















(ok the real bit) if you scroll to here you have to send this to 8 people by tonight or you get bad luck till christmas. seriously send it on.""",
  "pupil hides the chain ask far below a decoy homework line")

P("obfuscated", "base64", ex("r.eynolds1948@example.org", "Ron Reynolds"), [HIST],
  "FWD: read to the end",
  """Mike

sorry for the caps, the grandson set it up

THIS IS AN  ANCIENT  TIBETAN  MANTRA.  P L E A S E  read  to  the  end.

1. Give people more than they expect and do it cheerfully.
2. Marry a man/woman you love to talk to.
3. Don't believe all you hear, spend all you have or sleep all you want.
4. When you say "I love you", mean it.
5. Never laugh at anyone's dreams.
6. Remember that great love and great achievements involve great risk.

THIS  MANTRA  MUST  BE  S.E.N.T.  TO  AT  LEAST  F.I.V.E  PEOPLE  OR  YOUR  WISH  WILL  NOT  COME  TRUE. Send it within 96 hours and you will get a pleasant surprise.

Do not keep this message. The mantra must leave your hands within 96 hours.

Ron""",
  "inbound: 'ancient Tibetan mantra' chain with dotted and double-spaced words, base64")

P("obfuscated", "html-only", OLIWIA, [AVA, ZARA, EVIE],
  "😳😳",
  """send this to 9 people""",
  "pupil sends a chain using white-on-white hidden text around a visible emoji line",
  html="""<div dir="ltr">&#128563;&#128563;&#128563; look what happens at the end<br><br>
<span style="color:#ffffff;font-size:1px">padding padding padding</span>
<p>If you got this you are the <b>9th</b> person. The chain started in 2011.<br>
Now <span style="color:#ff00ff;font-weight:bold">s&#8203;e&#8203;n&#8203;d</span> this to <span style="color:#ff00ff">9 people</span> in 9 minutes or you will have 9 years of bad luck.</p>
<p>Don&#39;t b&#8203;r&#8203;e&#8203;a&#8203;k the chain &#128148;</p></div>""",
  expect=["this to", "9 people", "in 9 minutes or you will have 9 years of bad luck."])

P("obfuscated", "utf8-8bit", AMIR, [BILAL, pu("Hamza", "Aziz", 22)],
  "𝐫𝐞𝐚𝐝 𝐭𝐡𝐢𝐬",
  """𝗧𝗵𝗶𝘀 𝗶𝘀 𝗮 𝗰𝘂𝗿𝘀𝗲𝗱 𝗺𝗲𝘀𝘀𝗮𝗴𝗲.
𝙎𝙚𝙣𝙙 𝙞𝙩 𝙩𝙤 𝟭𝟬 𝙥𝙚𝙤𝙥𝙡𝙚 𝙤𝙧 𝙮𝙤𝙪 𝙬𝙞𝙡𝙡 𝙝𝙖𝙫𝙚 𝙗𝙖𝙙 𝙡𝙪𝙘𝙠 𝙛𝙤𝙧 𝟱 𝙮𝙚𝙖𝙧𝙨.
ᴅᴏɴ'ᴛ ʙʀᴇᴀᴋ ᴛʜᴇ ᴄʜᴀɪɴ""",
  "pupil sends a curse chain in Unicode mathematical bold/italic and small-caps letters",
  subj_enc=("utf-8", "B"))

P("obfuscated", "docx-attachment", ex("mandy.c.69@example.com", "Mandy Corbett"), [st("Kate", "Ibbotson")],
  "open this - so true",
  """The Ten Rules of Life

1. Smile at strangers.
2. Say thank you.
3. Call your mum.
4. Forgive quickly.
5. Laugh until it hurts.
6. Never go to bed angry.
7. Dance when nobody is watching.
8. Keep your promises.
9. Give more than you take.
10. Send this document to 10 friends before the end of today.

Rule number 10 is the most important. Those who kept the rules had good luck in love and money. A woman who broke rule 10 lost her husband within the year. Forward this now - do not save it.""",
  "inbound: 'ten rules of life' chain whose ask is hidden as rule 10 in a .docx",
  cover="xx read it all the way down xx\n", attach_name="Rules of Life.docx", doc_title="Rules of Life")

P("obfuscated", "flowed-delsp", ZARA, [AVA, OLIWIA],
  "srsly",
  """ok so. basically. a girl died. in 1998. in a fire. at a sleepover. and now. if u read this. she will visit u. unless. u send. this. to 10. people. before. midnight. its real. ask anyone. dont. break. it. 😭""",
  "pupil curse chain written in fragment style, format=flowed delsp")

# ===========================================================================
# POSITIVES, batch F: more hoaxes, exchange chains, long/short, nested forwards
# ===========================================================================

P("virus-hoax", "cp1252", st("Amanda", "Greer"), [ex("s.greer@example.com", "Steve Greer"), ex("lizzie.greer@example.org", "Lizzie Greer"), ex("maggie.w@example.net", "Maggie Wray")],
  "FW: Please warn everyone – email account closures",
  """Forwarding as asked – please do the same!! A x

From: Maggie Wray
Sent: 22 October 2026 20:15
Subject: Please warn everyone – email account closures

Message from the Hotmail/Outlook team: because of too many accounts we are closing all inactive ones. To show your account is active you must forward this email to at least 10 other users. If you don’t, your account will be deleted and you will lose all your emails and contacts. Forwarding this message shows us your account is in use. Your account will be shown in blue if it is active.

Please forward this to everyone you know who uses Outlook or Hotmail!""",
  "staff member forwards the 'Hotmail/Outlook closing inactive accounts unless you forward to 10' hoax to family outside")

P("virus-hoax", "wrap72", SCI, [ex("parentforum@example.org", "Parent Forum"), HEAD],
  "Please share - needles in cinema seats",
  """Dear all,

I was sent this by a friend who is a nurse and I think every parent needs to know, especially with half term coming up and the children going to the cinema.

Police have reported that people are hiding needles infected with HIV in cinema seats and petrol pump handles. A note is attached saying "Welcome to the real world, you are now HIV positive." Several people in the Midlands have already been infected. This has been confirmed by the police.

Please check seats before you sit down and pass this warning on to every parent and family you know. Forward to everyone in your address book.

Tariq Mahmood""",
  "staff member sends the 'HIV needles in cinema seats' hoax outbound to a parent forum")

P("virus-hoax", "qp", ex("pcsupport.tony@example.com", "Tony Ledger"), [COMP, IT],
  "FW: New phone explodes at petrol station – SHARE",
  """Please pass this on to all the staff and the pupils' families.

Shell have released a warning after three incidents where mobile phones ignited petrol fumes while people were filling up. In one case a man lost his face and hands. The phone rang and the spark set off the fumes.

Please forward this to everyone in your address book. Share with as many people as you can — family, friends, work. Especially anyone who drives!

Tony""",
  "inbound: 'mobile phones ignite petrol at filling stations' hoax asking IT staff to forward to all")

P("virus-hoax", "alternative", ex("nhs-updates@health-alert.example", "Health Alert"), [NURSE, DSL],
  "Fwd: Lemons and hot water cure - tell all your contacts",
  """Fwd from my sister who works for the hospital:

A message from a professor at Johns Hopkins: cancer cells cannot survive in an alkaline body. Hot lemon water in the morning kills cancer cells. This has been hidden because the drug companies would lose billions. It also prevents viruses from replicating.

Forward this to everyone you know. Doctors are not allowed to say this so it has to be spread by us. Share with at least 10 people, you might save a life.""",
  "inbound: health-misinformation 'hot lemon water kills cancer, forward to at least 10' chain")

P("virus-hoax", "latin1", ex("jacques.berger@example.fr", "Jacques Berger"), [MFL],
  "TR: ALERTE VIRUS - à faire suivre à tous vos contacts",
  """Lucia, je fais suivre, on ne sait jamais...

ATTENTION ! Si vous recevez un message intitulé « Une carte pour vous », ne l'ouvrez surtout pas ! C'est le virus le plus destructeur jamais vu, il efface le disque dur. Microsoft et la police l'ont confirmé ce matin à la radio.

Envoyez ce message à tous vos contacts le plus vite possible ! Il vaut mieux le recevoir 25 fois que d'ouvrir le virus.""",
  "inbound: French 'une carte pour vous' virus hoax asking to send to all contacts")

P("charity-hoax", "wrap72", ex("nora.kettle@example.org", "Nora Kettle"), [RECEP],
  "Fw: Please send a get well card",
  """Yvonne, could you put this up in the staffroom and send it round the school? Bless him.

Craig is a 9-year-old boy dying of cancer. His dream is to get into the Guinness Book of Records for the most get-well cards received. Please send a card, and also a business card, to: Craig, c/o Children's Wish Foundation, Atlanta, Georgia.

Please pass this letter on to at least 10 other companies or people and ask them to do the same. Don't break the chain - he only has a few weeks left.

Nora""",
  "inbound: the long-dead 'Craig Shergold get-well cards, pass to 10 companies' appeal")

P("charity-hoax", "base64", FREYA, [CERYS, SUMMER, ex("megsfriend.tia@example.com", "Tia")],
  "MISSING - please forward!!!!!!",
  """PLEASE FORWARD THIS TO EVERYONE!!!

This girl went missing 3 days ago. Her name is Lucy Harrington, she is 13, she was last seen at Meadowhall wearing a grey hoodie. Her mum is going out of her mind. The police say it helps if the picture gets around as much as possible.

Don't just read it. Send it to everyone in your contacts. Just a forward could bring her home.""",
  "pupil forwards an unsourced, undated 'missing girl, send to everyone in your contacts' chain, including to an outsider")

P("exchange-chain", "7bit", ex("bookclub.bev@example.net", "Beverley Shaw"), [ENG, st("Hannah", "Becket")],
  "Book exchange - you're in!",
  """Hi lovely,

You've been invited to a book exchange! It's a bit of fun and you'll get up to 36 books back. Just send ONE book (your favourite, it doesn't have to be new) to the person in position 1 below, then move position 2 into position 1 and put your name in position 2. Send this email to 6 friends within 5 days.

1. Carly Denton, 22 Mill Lane, Frome BA11
2. Beverley Shaw, 6 Pond Street, Yeovil BA20

If you can't do it within 5 days please let me know so it isn't fair on the others - don't break the chain!

Bev x""",
  "inbound: 'book exchange' chain: send one book to position 1, add your name, email to 6 friends")

P("exchange-chain", "cp1252", st("Julie", "Thorn"), [TA, st("Becky", "Lomax"), st("Amanda", "Greer"), SENCO, RECEP, st("Kate", "Ibbotson")],
  "Secret Sister gift exchange – who's in? 🎁",
  """Hiya ladies!! I've been added to a Secret Sister gift exchange and I need 6 of you – it's sooo much fun!

Buy ONE gift worth about £10 and send it to the sister at the top of the list. Then take her name off, move my name to the top and add yours second. Send this to 6 other women. You'll get between 6 and 36 gifts back!!!

1. Shelley Madden, 4 Brook Terrace, Crewe CW1
2. Julie Thorn, c/o the school office

Please only join if you'll follow through – it ruins it for everyone if the chain breaks 💕""",
  "TA forwards a 'Secret Sister' gift-exchange chain internally ('send to 6 women, get 36 gifts')",
  subj_enc=("utf-8", "B"))

P("exchange-chain", "flowed", ex("rachel.ng@example.com", "Rachel Ng"), [MATHS],
  "Recipe exchange 🍝",
  """Hi Shazia!

I've been invited to a recipe exchange and I've picked you because you're a great cook. Please send a recipe to the person whose name is in position 1 - it should be something quick and easy that you know by heart. After you've sent it, copy this letter, put my name in position 1 and your name in position 2. Send it to 20 friends. Don't feel bad if you can't, but let me know so I can find somebody else - the chain breaks if you don't.

1. Alison Hurd - alisonh@example.org
2. Rachel Ng - rachel.ng@example.com

You should receive 36 recipes! It's fun!""",
  "inbound: 'recipe exchange' chain, send a recipe to position 1 and copy the letter to 20 friends")

P("luck-chain", "7bit", KYLE, [BEN],
  "fw",
  """send this to 10 ppl or bad luck for a yr""",
  "very short pupil one-liner 'send to 10 or bad luck for a year'")

P("luck-chain", "qp", pu("Reece", "Blyth", 25), [HARVEY, MASON],
  "Fwd: Fwd:",
  """pass it on x

> send to 5 mates in 5 mins or ur gonna get dumped 💔
> pass it on x""",
  "very short forwarded pupil chain 'send to 5 mates in 5 mins'")

P("prayer-chain", "alternative", ex("intercessors.uk@example.org", "Intercessors"), [CHAPLAIN, RECEP, st("Rachel", "Inman")],
  "Fw: Pray and send 🙏",
  """Dear friends,

Do not delete. God has sent this to you for a reason.

Today is Divine Mercy week. Jesus said to a holy sister that every person who spreads this devotion will be shielded at the hour of death. Say "Jesus, I trust in You" three times and send this to 20 people. Within 20 minutes you will feel His peace. In 20 days a long prayer will be answered.

If you are ashamed of Jesus, delete this. If you are not, pass it on to 20 people. Let us see how many we can reach by Sunday!""",
  "inbound: Divine Mercy 'send to 20 people, if you are ashamed delete this' prayer chain (literal encoded-looking subject)")

P("sentimental", "wrap72", pu("Grace", "Tully", 22), [AALIYAH, IMOGEN],
  "teachers appreciation chain",
  """This is for all the teachers out there who work so hard! 🍎

A teacher takes a hand, opens a mind and touches a heart. 

If you had a teacher that changed your life, send this to 5 people and to that teacher. Then they will know. If you get it back from 3 people this week you will have a really good report!!!

Don't stop the chain, teachers deserve it 🍎🍎""",
  "pupil sends a teacher-appreciation chain 'send to 5 people and to that teacher'")

P("sentimental", "html-attachment", ex("loveyoulots.ivy@example.net", "Ivy Nakamura"), [st("Priya", "Doshi")],
  "a gift for you",
  """Slow Dance

Have you ever watched kids on a merry-go-round, or listened to the rain slapping on the ground? Ever followed a butterfly's erratic flight, or gazed at the sun into the fading night?

You better slow down. Don't dance so fast. Time is short. The music won't last.

This poem was written by a girl dying of cancer in a New York hospital. Please send it to everyone you know. Her dying wish was for this poem to go round the world. Send it to at least 12 people - and remember to slow down.""",
  "inbound: 'Slow Dance' poem chain ('dying girl's wish, send to at least 12 people') in an .html attachment",
  cover="Priya - this made me cry. Open the attachment and send it to everyone xx\n", attach_name="slowdance.html")

P("corporate-giveaway", "html-only", ex("cadbury-club@sweet-rewards.example", "Cadbury Club"), [pu("Ella", "Brook", 23), CERYS],
  "🍫 FREE hamper for you and 5 friends",
  """Cadbury is giving a free chocolate hamper to everyone who forwards this email to 10 friends. Your hamper will be sent when your 10th friend opens it. Hurry, only 500 hampers left!""",
  "inbound: fake 'Cadbury hamper when 10 friends open this' giveaway to pupils", client="bulk",
  html="""<div style="background:#4b0082;color:#fff;padding:20px;font-family:Arial">
<h1 style="text-align:center">&#127851; Cadbury is 200 years old! &#127851;</h1>
<p style="font-size:16px">To celebrate, Cadbury is giving a <b>FREE chocolate hamper</b> to everyone who forwards this email to <b>10 friends</b>.</p>
<p>Your hamper will be sent when your 10th friend opens it.</p>
<p style="text-align:center;background:#ffd700;color:#4b0082;padding:10px"><b>Hurry, only 500 hampers left!</b></p></div>""",
  expect=["FREE chocolate hamper", "10 friends", "Your hamper will be sent when your 10th friend opens it."])

P("corporate-giveaway", "rfc822-forward", MATHS, [ex("naz.iqbal@example.com", "Naz Iqbal")],
  "Fw: Emirates 2 free tickets",
  "",
  "staff member forwards-as-attachment an 'Emirates free tickets if you share with 20 friends' chain to a relative",
  cover="Naz is this real?? Sending to you anyway like it says\n",
  inner=dict(frm=("shafiq.kh@example.net", "Shafiq"), to=[("s.iqbal@school.example", "Shazia Iqbal")],
             subject="Emirates 2 free tickets", shape="qp",
             text="""Emirates is celebrating its anniversary with 2 free tickets to every family!!

Just answer 3 questions and forward this message to 20 friends or 5 groups. When you have forwarded it, the free tickets are sent to your email within 48 hours. I have already received mine ✈️

Don't keep it to yourself – share with 20 people now!"""))

P("petition-chain", "qp", ex("nhsvoices@example.org", "NHS Voices"), [NURSE],
  "Fw: Add your name - stop the NHS sell-off",
  """We need 10,000 names by Christmas. This email petition will go to the Health Secretary.

INSTRUCTIONS: Select all, copy, paste into a NEW email. Add your name at the end of the list. Send it to everyone you know. If you are number 500, 1000, 1500 etc, send a copy to the organiser so we can keep track. Please don't sign twice and don't just forward to me!

288. Angela Moore, Gateshead
289. Christine Pell, Consett
290. Bob Tarrant, Durham
291. Marcia Lowe, Sunderland
292. Jean Hughes, Blyth

Thank you – keep the chain going!""",
  "inbound: NHS email petition chain with numbered names and copy/paste/add-your-name instructions")

# ===========================================================================
# POSITIVES, batch G: long chains, deep forwards, outbound, fake IT notices
# ===========================================================================

_long_testimonials = "\n\n".join([
    "Testimonial %d: %s" % (i + 1, t) for i, t in enumerate([
        "Marjorie from Carlisle sent this to 25 people. On the third day her son, who had not spoken to her for eleven years, knocked on her door with flowers.",
        "A bus driver in Leicester laughed at the letter and put it in the bin. That week his car was written off in the depot car park. He fished the letter out, sent it to 25 people and his insurance paid double.",
        "Father O'Keefe in Galway read it from the pulpit and asked the whole parish to pass it on. The church roof appeal reached its target in a fortnight.",
        "A student nurse in Cardiff forwarded it to everyone in her group chat. She passed every exam that year with distinction.",
        "A man in Hull kept it in his drawer meaning to send it later. He forgot, and his wife left him at Christmas. Later he found it, sent it, and she came back in the spring.",
        "Two sisters in Aberdeen who had argued for years both received it on the same day. Each sent it on; each phoned the other that night.",
        "A shop owner in Luton printed 25 copies and left them on the counter. His takings trebled within the month.",
        "A grandmother in Truro, who does not use email, had her granddaughter send it for her. She won a hamper in the church raffle the following Sunday.",
    ])])

P("luck-chain", "wrap72", ex("harold.pymm@example.org", "Harold Pymm"), [BURSAR, SITE, OFFICE, RECEP],
  "Fw: Fw: Fw: Fw: Fw: Fw: THE CHAIN OF ST ANTHONY (long but read it all)",
  """Dear all, I am sending this to the school because I have known you all for years. Please read right to the bottom. Harold

THE CHAIN OF ST ANTHONY

This chain was started by a monk in Padua and has been around the world more than a hundred times. It does not ask for money. It asks only for faith and for you to pass it on.

You must send 25 copies of this letter within 96 hours of reading it. You may send it by post or email, but it must go to 25 different people, and you must not send it back to the person who sent it to you. Within a week of sending it on, you will receive something you have been hoping for.

Here is what has happened to others:

""" + _long_testimonials + """

There are many, many more stories like these. We have not printed the bad ones because there are too many, but we will say this: the chain has never been broken without consequence.

Why 25? Because St Anthony was said to have healed 25 people on the road to Padua. Why 96 hours? Because the chain must keep moving; it cannot rest in one house for more than four days or the luck goes out of it.

Instructions, once more:
- Do not keep this letter.
- Do not send money.
- Make 25 copies (email is fine).
- Send them to 25 different people within 96 hours.
- Do not send it back to the person who sent it to you.
- Put your own initials at the bottom so we can see how far it goes.

Initials so far: M.P., D.O'B., S.K., T.R., A.L., P.W., J.McG., R.D., C.H., B.F., H.P.

Please, please don't break it. God bless you all.""",
  "inbound: very long 'Chain of St Anthony' luck chain with many testimonials, '25 copies in 96 hours'")

_deep = """Don't ask me, just do it!!!

IMPORTANT: this is the luck of the cat. A ginger cat crossed the path of a Buddhist monk in 1912 and he blessed the next 100 people who would send this message on. Send it to 8 people today and you will have luck for 8 years. Ignore it and the cat will cross YOUR path. Ha ha but seriously send it."""
_deep = hop(_deep, "outlook", "", "Denise Platt", "18 September 2026 09:02", "cat luck", "Ann Fryer")
_deep = hop(_deep, "outlook", "lol Ann xx", "Ann Fryer", "18 September 2026 10:14", "FW: cat luck", "Lorraine Pike; Jean Ellis; Sandra Moult")
_deep = hop(_deep, "quote", "not taking any chances!! x", "Ann Fryer <ann.fryer@example.com>", "18 Sept 2026, at 10:14", "FW: FW: cat luck", "")
_deep = hop(_deep, "outlook", "Sending to my lovely team 😺", "Lorraine Pike", "18 September 2026 12:40", "RE: FW: FW: cat luck", "Ruth Ebbs; Becky Lomax")

P("luck-chain", "qp", TA, [SENCO, st("Becky", "Lomax"), st("Julie", "Thorn"), st("Kate", "Ibbotson")],
  "FW: RE: FW: FW: cat luck",
  _deep,
  "TA forwards a 'luck of the cat, send to 8 people today' chain buried under four forward/reply layers")

P("luck-chain", "zip-attachment", ex("bigsis.ronnie@example.com", "Ronnie Carter"), [BEN],
  "for u little bro",
  "",
  "inbound: zip holding a .docx and .txt of a 'send to 10 or bad luck' chain",
  cover="mum says send this to your mates lol. its in the zip\n",
  attach_name="chain.txt",
  zip_members=[("READ ME.txt", """THE LUCKY PENNY

A lucky penny has been sent to you. Keep it close and send this to 10 people before the sun sets.
If you do, money will find you this week. If you don't, you will lose something that matters to you.
Do not break the chain!!!
"""), ("luckypenny-copy.txt", """THE LUCKY PENNY (copy for forwarding)
Send this to 10 people before the sun sets. Do not break the chain.
""")],
  expect=["Send this to 10 people before the sun sets", "Do not break the chain"])

P("fake-it-notice", "html-only", ex("it-helpdesk@school-support.example", "IT Helpdesk"), [ALLSTAFF],
  "MAILBOX NOTICE: Forward to all staff to avoid deletion",
  """Dear staff, due to a server migration all mailboxes not confirmed will be deleted on Friday. To confirm your mailbox simply forward this email to 10 colleagues. This message must be forwarded by every member of staff. Do not reply to IT.""",
  "inbound: fake 'IT notice' saying forward this to 10 colleagues or your mailbox is deleted",
  html="""<table style="font-family:Segoe UI,Arial;font-size:14px;border:1px solid #0078d4" width="100%"><tr><td style="background:#0078d4;color:#fff;padding:8px"><b>IT Services &mdash; Mailbox Notice</b></td></tr>
<tr><td style="padding:12px">Dear staff,<br><br>Due to a server migration all mailboxes not confirmed will be deleted on <b>Friday</b>.<br><br>
To confirm your mailbox simply <b>forward this email to 10 colleagues</b>. This message must be forwarded by every member of staff so that the system can see which mailboxes are active.<br><br>
<i>Do not reply to IT.</i> Confirmed mailboxes turn green on Monday.<br><br>IT Services</td></tr></table>""",
  expect=["forward this email to 10 colleagues", "This message must be forwarded by every member of staff"])

P("fake-it-notice", "qp", st("Dean", "Sowerby"), [TEACHING],
  "FW: Microsoft Teams – forward to keep your account",
  """Not sure if this is one of Paul's but better do it!!

-----Original Message-----
From: Microsoft Teams <teams-noreply@ms-teams-update.example>
Subject: Microsoft Teams – forward to keep your account

Microsoft Teams is moving to a new platform. Users who don't forward this notice to at least 15 contacts will lose all chats and files on 1 December. Forwarding lets the system know you are an active user. Please ensure all colleagues receive this notice – it cannot be sent automatically.""",
  "staff member forwards a fake 'Microsoft Teams: forward to 15 contacts or lose chats' hoax to teaching staff")

P("virus-hoax", "7bit", HIST, [ex("parents.y8@example.org", "Y8 Parents Group"), HEAD],
  "Fw: Please pass on - headlights warning",
  """Dear parents,

This came from a friend in the police. I thought I should pass it on to you all.

NEW GANG INITIATION: If you are driving after dark and see a car with no headlights on, DO NOT FLASH YOUR LIGHTS AT THEM. This is a gang initiation. The gang members follow the first car that flashes them and attack the driver. This weekend is "Blood Initiation Night" and every new member has to do this.

Please forward this to every driver you know, especially your teenage sons and daughters. Pass it on to as many people as you can.

Mike Stanton
History""",
  "staff member forwards the 'don't flash your headlights, gang initiation' hoax outbound to a parents' group")

P("charity-hoax", "docx-attachment", ex("sandra.mills@example.org", "Sandra Mills"), [PTA],
  "Fw: PLEASE HELP - forward the attached",
  """LITTLE LEO'S LAST WISH

Leo is 5 and has only weeks to live. His only wish is to see how many people in the world care about him. His family are counting the emails.

Every time this document is forwarded, a children's hospital in Manchester receives 20p from a sponsor. It has already raised over £40,000 and been to 31 countries.

Please send this to every parent in your school and ask them to send it on. Don't delete it - it costs you nothing and could mean everything to Leo.""",
  "inbound: sick-child '20p per forward of this document' appeal in a .docx, asked to go to every school parent",
  cover="Clare, please can you get this to all the parents? It's so sad. Sandra\n", attach_name="Leo.docx", doc_title="Leo")

P("school-rumour", "cp1252", ex("g.whittaker@example.com", "Gina Whittaker"), [PRIM, st("Sasha", "Bloom")],
  "FW: FW: Year 5 trip cancelled?? – pass on",
  """Forwarding – not sure who started it!

> -----Original Message-----
> From: Lena Morrow
> Subject: FW: Year 5 trip cancelled?? – pass on
>
> >> Heard from a TA that the Year 5 residential is cancelled and the
> >> school is keeping the deposits. The school won't admit it till after
> >> half term. PLEASE pass this to every Year 5 parent so we can all ask
> >> for our money back. Send it to everyone – the more of us the better!!
> >> Don’t reply to the school, just pass it round.""",
  "inbound: parents' forwarded rumour that the Year 5 residential is cancelled, 'pass this to every Year 5 parent'")

P("petition-chain", "text-attachment", AVA, [ZARA, OLIWIA, EVIE, pu("Julia", "Mazur", 24)],
  "sign + send on!! (new uniform)",
  """PETITION AGAINST THE NEW UNIFORM

we the students think the new blazers are too expensive and itchy. put your name and form at the bottom and send this file to 10 more people. when we get 300 names someone will take it to the head.

DONT delete names and DONT send it back to who sent it you or it restarts

1. Ava N 10K
2. Zara A 10K
3. Mia T 10P
4. Leon F 10P""",
  "pupil sends a 'sign and send this file to 10 more people' uniform petition chain as .txt",
  cover="open it and add ur name\n", attach_name="petition.txt")

P("sentimental", "base64", ex("mum.sharon@example.net", "Sharon Moss"), [KAYDEN],
  "Fw: A poem from a mother",
  """My darling Kayden, Grandad sent this to me, it made me think of you. Mum xxx

There's a special kind of love between a mother and her son,
It starts the day he's born and it is never, ever done.

Send this to every son you know, and every mother too.
If it comes back to you by Friday, your wish will come true.
Don't let it stop with you, my love - send it on to 10.""",
  "inbound: parent sends a 'send to every son you know, 10 people, wish comes true by Friday' poem chain to pupil")

P("copy-paste-warning", "wrap72", st("Anne", "Marie Lyle", alias="a.lyle"), [ex("lyle.family@example.com", "Lyle Family")],
  "Please read and send to everyone",
  """Hi all,

Message from the police: from tonight there are gangs going door to door pretending to be from the gas company, offering to check your boiler for free. They spray something in your face that makes you pass out and then rob the house. They have been seen in our area.

Please don't just share, copy and paste this into a new message and send it to everyone you know, especially elderly relatives.

Anne""",
  "staff member sends an unverified 'gas-company gang sprays people' warning to copy and send to everyone (outbound)")

P("copy-paste-warning", "qp", KAYDEN, [pu("Filip", "Nowicki", 24), TOMASZ],
  "❗RT❗ tiktok",
  """❗❗ TIKTOK IS GETTING BANNED ON FRIDAY ❗❗
the only way to keep ur account is to copy and paste this to 15 ppl. the app checks who sent it. if u dont ur account and all ur drafts get deleted. i already sent it to 15. DO IT NOW""",
  "pupil sends 'TikTok banned Friday, copy to 15 people to keep your account' hoax")

P("pyramid", "cp1252", ex("sue.abbey@example.com", "Sue Abbey"), [st("Becky", "Lomax")],
  "Re: our Christmas savings circle 🎄",
  """Hiya Becky,

As promised, the Christmas Circle! It's a gifting thing not a scheme, totally above board.

Each new member gifts £50 to the person at the top of the list and then brings in TWO new ladies. When you reach the top (usually 6–8 weeks) you get gifted £400 – just in time for Christmas!

Current list:
1. Tracey H (gets gifts this week)
2. Donna L
3. Sue A
4. (you!)

Please forward this to two friends who'd like a bit extra for Christmas. The circle only works if everyone brings in two – don't be the one who breaks it! 😘""",
  "inbound: 'Christmas circle' gifting scheme, gift £50 to the top name and bring in two new members")

P("luck-chain", "alternative", ex("daveandkaz@example.com", "Kaz Lister"), [ENG],
  "Fwd: don't laugh at me 😂",
  """I know, I know, you teach English, you'll hate the grammar!! But it's tradition now 😂

>> The Friday Dragon
>> 
>> Once a year the Friday Dragon passes through every inbox in the world.
>> If you got this, the dragon chose you. Pass him on to 9 people you care
>> about before Saturday and he will guard your home for a year. If he stops
>> with you he gets hungry and eats your luck 🐉🐉🐉
>> 
>> 9 people. Before Saturday. Go!""",
  "inbound: friend forwards a 'Friday Dragon, pass to 9 people before Saturday' luck chain")

P("prayer-chain", "rfc822-forward", PRIM, [ex("gwen.parry.home@example.net", "Gwen Parry"), ex("ffion.parry@example.org", "Ffion Parry")],
  "Fwd: Gweddi / prayer",
  "",
  "staff member forwards-as-attachment a bilingual Welsh/English prayer chain to family outside",
  cover="Mam sent this – passing on as she asked. G x\n",
  inner=dict(frm=("mam.parry@example.net", "Eirlys Parry"), to=[("g.parry@school.example", "Gwen Parry")],
             subject="Gweddi / prayer", shape="utf8-8bit",
             text="""Annwyl bawb,

Dyma weddi i'w hanfon ymlaen at 7 o bobl o fewn 7 diwrnod. Peidiwch â thorri'r gadwyn.

Arglwydd, bendithia'r teulu hwn a chadw ni'n ddiogel. Amen.

(English) Send this prayer to 7 people within 7 days and a blessing will come to your home. Please do not break the chain - Mam"""))

P("virus-hoax", "pdf-attachment", ex("chris.h@example.com", "Chris Hallam"), [IT],
  "FW: SERIOUS - print and share",
  """SERIOUS WARNING - PLEASE SHARE

A new text message is circulating: "Your parcel could not be delivered, call 0905..." If you call back you will be charged 350 pounds and the virus will copy your contacts and send itself to them.

This was confirmed by Ofcom and Trading Standards. Print this and put it up at work, and forward it to everyone in your address book today.

(Please keep this going - tell everyone you know.)""",
  "inbound: premium-rate callback virus hoax in a PDF, 'forward it to everyone in your address book'",
  cover="Paul - put this up in the staffroom and send round the school. Chris\n", attach_name="WARNING.pdf", doc_title="Warning")

P("curse-chain", "latin1", ex("sofi.luna@example.es", "Sofía Luna"), [pu("Sofia", "Marin", 24)],
  "no lo leas de noche",
  """Sofía, esto me lo mandó mi prima, lo siento!!!

Hace 7 años una niña llamada Ana murió en un incendio. Si lees esto y no lo envías a 15 personas, esta noche a las 3:00 Ana estará en tu habitación. Una chica de Madrid no lo envió y la encontraron en su armario.

Envíalo a 15 personas AHORA. No es broma.""",
  "inbound: Spanish curse chain to a pupil, 'envíalo a 15 personas ahora'")

P("petition-chain", "html-only", FREYA, [ex("freya.w.home@example.com", "Freya W"), IMOGEN, LILY],
  "SAVE THE OCEAN petition 🌊 add ur name",
  """Scroll down, add your name to the list, and forward to 10 friends. Don't start a new list!""",
  "pupil sends an HTML ocean-plastics petition chain with a list of names, to school and personal addresses",
  html="""<div style="font-family:Arial">
<h2 style="color:#0077be">&#127754; SAVE THE OCEAN &#127754;</h2>
<p>Every minute a truck-load of plastic goes into the sea. This petition will be sent to the UN when it has <b>1,000 names</b>.</p>
<p><b>Scroll down, add your name to the list, and forward to 10 friends. Don't start a new list!</b></p>
<ol start="61"><li>Maya (Leeds)</li><li>Ollie T (Bradford)</li><li>Chloe (Harrogate)</li><li>Freya W (Yr 9)</li></ol>
<p style="color:#999">if nobody sends it on all the names are lost!!</p></div>""",
  expect=["add your name to the list, and forward to 10 friends", "Freya W (Yr 9)"])

P("charity-hoax", "flowed", RECEP, [ALLSTAFF],
  "FW: please forward - Anna's bone marrow",
  """Sorry for the all-staff but I think this is important – Yvonne

-------- Forwarded Message --------
Subject: please forward - Anna's bone marrow
From: Teresa Brennan <tbrennan@example.net>

Anna is 4 and she has leukaemia. She needs a bone marrow donor urgently with blood type O negative. Please forward this to everyone you know, even if you are not a match. If this reaches 10,000 people a donor will be found. Anna's family are begging you: send this email on. Don't let it die in your inbox.""",
  "receptionist forwards an undated, unsourced 'bone marrow donor, forward to everyone' appeal to all staff")

P("luck-chain", "base64", TOMASZ, [OLIWIA],
  "pls",
  """zrob to bo inaczej pech / do it or bad luck

wyslij do 5 osob / send to 5 ppl""",
  "very short bilingual pupil chain, base64")

# ===========================================================================
# POSITIVES, batch H: last few
# ===========================================================================

P("virus-hoax", "latin1", ex("bernard.crowe@example.net", "Bernard Crowe"), [GEOG],
  "Fw: Don't accept the £5 note - pass it on!",
  """Liam, from my neighbour who's a retired copper. Pass it round.

Criminals are handing out £5 notes soaked in a drug at car boot sales and petrol stations. When you handle the note you feel dizzy within minutes and they rob you. Three people in Doncaster have been taken to hospital. The police are keeping it quiet.

Forward this to everybody in your address book. Tell your mum, your sister, your friends. It only takes a second to pass on!""",
  "inbound: 'drugged banknotes' hoax, 'forward to everybody in your address book'",
  subj_enc=("iso-8859-1", "Q"))

P("sentimental", "cp1252", st("Rachel", "Inman"), [ex("bethan.inman@example.com", "Bethan Inman"), ex("ruthie.k@example.org", "Ruth Kendall"), ex("jo.bright@example.net", "Jo Bright")],
  "FW: Sisters – send to yours!!",
  """Had to send to you two & Jo!!! Rach xx

A sister is a gift to the heart, a friend to the spirit, a golden thread to the meaning of life.

Send this to all your sisters and women you love – including the one who sent it to you. If you get 6 back you are truly loved. If you break it, you’ll have bad luck in friendship for 6 years. Don’t break it!!""",
  "staff member sends a 'send to all your sisters, 6 back means loved, break it for 6 years bad luck' chain outbound",
  subj_enc=("windows-1252", "Q"))

P("school-rumour", "html-attachment", ex("ps.parentvoice@example.com", "Parent Voice"), [HEAD, PTA, Y7],
  "Read this and forward to all parents",
  """IMPORTANT - PLEASE READ AND SEND TO ALL PARENTS

We have been told by someone at the council that the school is going to merge with the academy across town next September and pupils will be split between the two sites. Nobody has been told officially. The head has said privately that parents should "spread the word" because she is not allowed to.

Please forward this to every parent at the school. Forward it to every parent you know at other schools too. Don't reply to the school about it - just pass it on.""",
  "inbound: unsigned 'merger rumour, head says spread the word, forward to every parent' chain in an .html attachment",
  cover="see the attached - PLEASE forward to every parent.\n", attach_name="read_me.html")

P("obfuscated", "alternative", BEN, [HARVEY, KYLE, RYAN],
  "5 3 N D",
  """ѕеnd thіѕ tо 10 реорlе оr уоu wіll hаvе bаd luсk fоr а уеаr. dоn't brеаk thе сhаіn.""",
  "pupil sends a chain written with Cyrillic look-alike letters (homoglyphs)")

# ===========================================================================
# NEGATIVES, batch A: IT security notices, safeguarding briefings, lessons
# ===========================================================================

N("it-security-warning", "alternative", IT, [ALLSTAFF],
  "Phishing alert: fake 'payroll update' emails today – please tell colleagues",
  """Hi all,

This morning several staff have received an email that claims to come from "Payroll Services" asking you to "confirm your bank details before the October pay run". It is a phishing email. The link goes to a fake Microsoft sign-in page.

What to do:
- Do not click the link or open the attachment.
- If you have already entered your password, change it now at the staff portal and ring me on ext. 214.
- Use the "Report phishing" button in Outlook, then delete it.

Please tell colleagues who may not read email today (site team, lunchtime supervisors, supply staff) – a quick word in the staffroom is fine. Please do NOT forward the phishing email itself to anyone.

Thanks,
Paul Gethin
IT Manager""",
  "IT manager warns all staff about a real phishing campaign and asks them to tell colleagues")

N("it-security-warning", "7bit", IT, [TEACHING],
  "Reminder: chain letters and hoax warnings",
  """Hi all,

A couple of hoax "virus warnings" have been going round staff inboxes this week (the "Postcard from Hallmark" one and a "forward this to 10 colleagues or your mailbox will be deleted" one). Neither is real.

Please don't forward messages that ask you to send them on to everyone you know, even if they look helpful. Our acceptable use policy asks us not to send chain letters. If you're unsure whether a warning is genuine, forward it to ithelp@school.example (and only to us) and we'll check.

Genuine IT warnings will only ever come from me or the helpdesk, will never ask you to forward them to a set number of people, and will always be on the staff bulletin as well.

Paul""",
  "IT manager reminds staff not to forward chain letters, naming two hoaxes")

N("it-security-warning", "qp", COMP, [Y9TUTORS],
  "Could you mention this in tutor time? (Instagram scam DMs)",
  """Hi Year 9 tutors,

A few pupils have told me they've had Instagram DMs from "friends" asking them to vote in a competition by sending back a 6-digit code. It's an account-takeover scam — the code is the Instagram password reset code.

Could you mention this in tutor time this week? Key message: never share a code that's been texted to you, even with a friend, and tell an adult if an account starts messaging oddly. There's a short slide in the shared drive (Pastoral > Tutor time > Online safety) if you want it.

Thanks — Jenny (Computing)""",
  "computing teacher asks tutors to pass on an Instagram code-scam warning to pupils")

N("it-security-warning", "html-only", ex("security-notices@trust-it.example", "Trust IT Security"), [IT, BURSAR, HEAD],
  "Security advisory: invoice fraud targeting schools",
  """Security advisory for school business managers. Criminals are impersonating a known supplier and asking for bank details to be changed. Always confirm changes by phone using a number you already hold. Please share this advisory with finance staff in your school.""",
  "inbound: academy trust IT security advisory on invoice fraud, 'please share with finance staff'",
  html="""<html><body style="font-family:Arial;font-size:14px">
<table width="640" style="border-collapse:collapse"><tr><td style="background:#1f3864;color:#fff;padding:10px"><b>Trust IT &ndash; Security advisory SA-2026-17</b></td></tr>
<tr><td style="padding:12px">
<p><b>Audience:</b> School business managers and finance staff</p>
<p>Over the last fortnight two schools in the trust have received emails from a lookalike domain impersonating a known catering supplier and asking for bank details to be changed before the next invoice.</p>
<p><b>Action:</b> Always confirm changes to supplier bank details by phone using a number you already hold &ndash; never one in the email. Report any such request to trust-it@trust-it.example.</p>
<p>Please share this advisory with finance staff in your school. This advisory is also published on the trust intranet.</p>
<p>Trust IT Security Team</p></td></tr></table></body></html>""",
  expect=["Always confirm changes to supplier bank details by phone", "Please share this advisory with finance staff in your school."])

N("it-security-warning", "wrap72", IT, [OFFICE, RECEP, BURSAR],
  "Fake DfE email about free school meal funding",
  """Denise, Yvonne, Graham,

Heads-up: the National Cyber Security Centre has flagged a scam email pretending to be from the Department for Education, telling schools they need to "re-register for free school meal funding" via a link. It isn't from the DfE. If it comes in to the office inbox, please don't click it - just report it with the phishing button.

If parents ring up having had something similar, please reassure them that the school would never ask for bank details by email. You don't need to email this round - I've put a line in tomorrow's bulletin.

Paul""",
  "IT manager warns office staff about a fake DfE email, tells them not to email it round")

N("it-security-warning", "flowed", ex("alerts@examplebank.example", "Example Bank"), [BURSAR],
  "Protect yourself from 'safe account' scams",
  """Dear customer,

We are seeing more reports of criminals phoning customers and claiming to be from our fraud team. They say your account is at risk and ask you to move money into a "safe account".

We will never ask you to move money to keep it safe. If you get a call like this, hang up and call us on the number on the back of your card.

You might want to share this with family and friends, especially older relatives who may be targeted.

This is a service message. You are receiving it because you bank with us.""",
  "inbound: bank service message warning about safe-account scams, 'you might want to share with family'")

N("it-security-warning", "qp", DSL, [ALLSTAFF],
  "FW: Police alert – courier fraud in the area",
  """All,

Sharing this from our Police Schools Liaison Officer as several staff have elderly relatives locally. Please feel free to let family know.

Nadia

________________________________
From: PC Jess Harland <jess.harland@police.example>
Sent: 04 November 2026 11:20
To: Nadia Karim
Subject: Police alert – courier fraud in the area

Hi Nadia,

We've had three reports this week of courier fraud in the town: someone rings claiming to be a police officer and says the victim's bank card has been cloned, then sends a "courier" to collect the card. The police will never ask for your PIN or send someone to collect your card.

Happy for this to go in the staff bulletin or parent newsletter.

Jess Harland
Police Schools Liaison Officer""",
  "DSL forwards a genuine police courier-fraud alert to staff with an Outlook forward header")

N("it-security-warning", "text-attachment", IT, [ALLSTAFF],
  "How to spot a hoax warning (one-page guide attached)",
  """HOW TO SPOT A HOAX OR CHAIN EMAIL – 1-page guide

Signs that a message is a hoax or chain letter:
1. It asks you to "forward this to everyone in your address book" or to a set number of people.
2. It threatens bad luck, or promises money or prizes for forwarding.
3. It names a big company (Microsoft, BT, the BBC) or "the police" with no link to an official page.
4. It has no date, so it can circulate for years.
5. It says "this is not a hoax".

What to do: don't forward it. If you think it might be real, check the organisation's own website, or send it to ithelp@school.example.

Examples we've seen this term: "Postcard from Hallmark", "Jayden K Smith", "WhatsApp Gold".""",
  "IT manager sends all staff a one-page guide (txt) on spotting hoaxes and chain letters",
  cover="Hi all – a short guide is attached for the staffroom noticeboard. Paul\n", attach_name="spot-a-hoax.txt")

N("it-security-warning", "base64", ex("noreply@m365-status.example", "Microsoft 365 Message center"), [IT],
  "Major update: Changes to external sender tagging",
  """Message ID: MC891442

We're updating how Outlook shows the External tag on messages from outside your organisation. This change will begin rolling out on 16 November 2026.

How this will affect your organisation:
Users will see a more prominent External label. No action is required.

What you need to do to prepare:
You may want to notify your users about this change and update your training and documentation as appropriate.

Learn more: Message center in the Microsoft 365 admin center.""",
  "inbound: Microsoft 365 admin message-centre notice 'you may want to notify your users'")

N("it-security-warning", "cp1252", IT, [ex("itnetwork@schools-it.example", "Schools IT Network")],
  "Re: anyone else seeing the 'mailbox full – forward to 10' hoax?",
  """Hi all,

Yes, we've had it here too – came in to about 40 staff on Monday. It's the old “forward this to 10 colleagues to keep your mailbox” chain with a fake IT Services banner. No link, no payload, it just spreads by people forwarding it.

We blocked the subject line at the gateway and put a note in the bulletin explaining it's a hoax. I'd recommend the same – don't reply-all to warn people, as that just adds to the noise.

Paul Gethin
IT Manager""",
  "IT manager replies on an external IT network list describing a 'forward to 10' hoax and how it was handled")

# --- safeguarding briefings about viral hoaxes --------------------------------

N("safeguarding-briefing", "alternative", HEAD, [ex("parents@school.example", "Parents and Carers")], 
  "Online safety update: viral 'challenge' messages",
  """Dear Parents and Carers,

You may have seen messages on social media or WhatsApp warning about a frightening "challenge" character that supposedly appears in children's videos and tells them to harm themselves. Messages like this are often shared with good intentions, but the police and the UK Safer Internet Centre advise that these stories are largely hoaxes, and that spreading them can frighten children and even send them looking for the content.

Our advice:
- Please don't forward these warnings or show the images to your child.
- Talk to your child generally about what they see online and who to tell if something upsets them.
- Keep devices in shared rooms for younger children and use parental controls.

If you have a specific concern about something your child has seen, please contact Mrs Karim, our Designated Safeguarding Lead.

Yours sincerely,
Harriet Osei-Bonsu
Headteacher""",
  "headteacher's letter to parents explaining that a viral 'challenge' warning is a hoax and asking them not to forward it")

N("safeguarding-briefing", "wrap72", DSL, [TEACHING, st("Becky", "Lomax"), TA],
  "Briefing: the 'ghost girl' chain message going round Year 7",
  """Dear colleagues,

Several Year 7 pupils have been upset by a chain message going round by email and Snapchat. It tells them that a girl who "died in a fire" will come to their bedroom at 3am unless they send the message to 15 people. Two children were too frightened to sleep.

Please:
1. Reassure any pupil who mentions it that it is made up, and that nothing will happen if they don't send it on.
2. Do not read it aloud in class or put it on a board - talk about it in general terms.
3. Log any pupil who seems very distressed on CPOMS.
4. Remind pupils that sending these messages on from a school account breaks the pupil AUP.

Mrs Finch is doing an assembly on Thursday about chain messages.

Nadia Karim
Designated Safeguarding Lead""",
  "DSL briefs staff about a curse chain upsetting Year 7, describing it without the text")

N("safeguarding-briefing", "html-only", ex("newsletter@saferinternet-hub.example", "Safer Internet Hub"), [DSL, COMP],
  "Professionals' briefing: responding to viral scare stories",
  """When a viral scare story appears, schools often feel pressure to warn parents. Our advice is not to name or share the challenge. Focus on general online safety messages. Please share this briefing with your safeguarding team.""",
  "inbound: e-safety organisation briefing on not spreading viral scare stories",
  html="""<html><body style="font-family:Helvetica,Arial;color:#222">
<h2 style="color:#00558c">Responding to viral scare stories</h2>
<p>When a viral scare story appears, schools often feel pressure to warn parents quickly. Experience shows that naming a so-called challenge can drive curiosity and searches among children.</p>
<ul>
<li><b>Check first:</b> is there evidence of harm in your area, or is this a forwarded warning?</li>
<li><b>Don't name or share</b> the challenge, and never share images.</li>
<li><b>Focus on general online safety messages</b> &ndash; who to talk to, how to report, privacy settings.</li>
</ul>
<p>Please share this briefing with your safeguarding team.</p>
<p style="font-size:11px;color:#777">You receive this because you subscribed to professional briefings. <a href="https://saferinternet-hub.example/unsubscribe">Unsubscribe</a></p>
</body></html>""",
  expect=["Don't name or share", "Focus on general online safety messages", "Please share this briefing with your safeguarding team."])

N("safeguarding-briefing", "qp", Y7, [ex("y7parents@school.example", "Year 7 Parents"), HEAD],
  "Year 7: messages asking children to 'send to 10 people'",
  """Dear Year 7 parents and carers,

Some of our Year 7 students have received chain messages on their phones and school email – the kind that say "send this to 10 people in 10 minutes or something bad will happen". A few children have been genuinely worried.

It may help to talk to your child about these messages at home. You might explain that:
• they are made up and nothing happens if you don't pass them on;
• it's fine to delete them, and they can show an adult;
• passing them on just worries other children.

We'll be covering this in tutor time this week. Thank you for your support.

Mrs E Finch
Head of Year 7""",
  "head of year writes to parents about chain messages frightening pupils, quoting the typical wording")

N("safeguarding-briefing", "docx-attachment", DSL, [ex("dsl-network@localauthority.example", "LA DSL Network"), HEAD],
  "Case note for network meeting – chain message incident (anonymised)",
  """Case note - chain message incident (anonymised)

Context: In October a 'curse' chain message spread among Year 8 pupils by school email. It threatened bad luck or harm to family members unless forwarded to 15 people within 24 hours.

Response: The message was blocked at the mail gateway. Pupils were reassured in tutor time. Parents received a short letter. No pupils were named in whole-school communications.

Learning: Pupils were more worried than staff realised; some had forwarded the message out of fear rather than mischief. A short, calm explanation worked better than sanctions.

For discussion at the November network meeting.""",
  "DSL sends an anonymised case note about a chain-message incident to the local authority network",
  cover="Hi all, our anonymised note for Thursday is attached. Nadia\n", attach_name="Chain message case note.docx", doc_title="Case note")

N("safeguarding-briefing", "flowed", PRIM, [ex("reception.parents@school.example", "Reception Parents")],
  "A note about scary messages on the parents' WhatsApp",
  """Dear Reception families,

A few of you have asked us about a message on a parents' WhatsApp group saying that a man has been trying to lure children outside the school gates. We have checked with the police and with our site team: there have been no reports of this at our school, and the message appears to be one that has circulated in other towns for several years.

We completely understand why it was shared. If you ever see something that worries you, please ring the school office first rather than forwarding it on - that way we can check it quickly and let everyone know.

Miss Parry
Primary Phase Lead""",
  "primary lead reassures parents that a forwarded 'man at the gates' message is an old hoax")

N("safeguarding-briefing", "7bit", ex("lado@localauthority.example", "LADO Office"), [DSL, HEAD],
  "Advice note: hoax 'challenge' messages - no need to cascade",
  """Dear DSLs,

We are aware of a message currently circulating among parents about a new online "challenge". Having spoken with colleagues regionally, there is no evidence of harm linked to this. Please do NOT cascade warnings about it to parents; this tends to amplify the hoax.

If a specific incident occurs in your setting, follow your usual safeguarding procedures.

Regards
Local Authority Designated Officer team""",
  "inbound: LA advice note telling DSLs not to cascade a hoax challenge warning")

N("safeguarding-briefing", "cp1252", DEP, [ALLSTAFF],
  "Assembly notes – 'think before you forward'",
  """Hi all,

For tutors who missed it, here are the key points from this morning’s assembly:

• Chain messages (“send this to 10 people or…”) are designed to make you anxious. Nothing happens if you delete them.
• Fake warnings about viruses, hackers or strangers spread because kind people forward them without checking.
• Before you forward anything, ask: Who wrote this? Is there a date? Can I check it on an official website?
• If something online worries you, tell an adult – don’t pass it on.

Please reinforce this if it comes up in tutor time. Thanks!

Phil Norris
Deputy Head""",
  "deputy head summarises a 'think before you forward' assembly for staff")

N("safeguarding-briefing", "pdf-attachment", DSL, [ex("parents@school.example", "Parents and Carers"), HEAD],
  "Parent guide: chain messages and online scares",
  """PARENT GUIDE: CHAIN MESSAGES AND ONLINE SCARES

What are they? Messages that tell the reader to pass them on - often with a threat ("or you will have bad luck", "or your account will be deleted") or a reward ("Microsoft will pay you", "your wish will come true").

Why do children forward them? Usually because they are frightened. Younger children can believe the threats.

What can you do?
- Reassure your child that nothing happens if they delete the message.
- Don't forward scare messages yourself, even with a warning attached.
- Check stories with the school or an official source.

Who can help? Mrs Karim (DSL) or your child's tutor.""",
  "DSL sends parents a PDF guide to chain messages and online scares",
  cover="Dear Parents and Carers,\n\nPlease find attached our short guide on chain messages and online scares, which we mentioned in this week's newsletter.\n\nMrs N Karim, Designated Safeguarding Lead\n",
  attach_name="Parent guide - chain messages.pdf", doc_title="Parent guide")

# --- lessons about chain letters -------------------------------------------------

N("lesson-about-chains", "wrap72", ENG, [ex("y8eng@students.school.example", "8E2 English"), pu("Mia", "Trent", 24)],
  "8E2 homework: persuasive language in chain messages",
  """Hi 8E2,

As discussed today, your homework is to analyse the persuasive techniques in the chain letter we read in class. Here is the extract again:

"This letter has been sent around the world nine times. You must send twenty copies within 96 hours. An office worker forgot to send it and lost his job; when he found it again and sent it, he got a better job."

Write 300 words on:
1. How the writer creates urgency (look at numbers and deadlines).
2. How the anecdotes are used as "evidence".
3. Why readers might feel they have to forward it, even if they don't believe it.

Please do NOT send the letter to anyone - we're studying it, not spreading it! Due next Tuesday on Teams.

Mr Whitaker""",
  "English teacher sets homework analysing the persuasive language of a quoted chain letter")

N("lesson-about-chains", "docx-attachment", COMP, [TEACHING, IT],
  "Y8 digital literacy lesson plan - hoaxes and chain letters",
  """# Year 8 Digital Literacy - Lesson 4: Hoaxes and chain letters

Learning objectives: identify features of hoax messages; explain why they spread; know how to respond.

Starter (5 min): Show the "Bill Gates will pay you $245 for every forward" email. Ask: would you forward it? Why/why not?

Main (30 min): In groups, sort 8 example messages into "genuine", "hoax" and "chain letter". Examples include a real school closure text, a "forward to 10 people or bad luck" message, a WhatsApp Gold warning and a genuine bank alert.

Discussion: What makes the hoaxes convincing? (Authority, urgency, fear, reward, no date.)

Plenary (10 min): Pupils write a three-step rule for what to do when they get a chain message: don't forward, tell an adult if worried, delete.

Homework: find one example of a hoax debunked on a fact-checking site.""",
  "computing teacher shares a lesson plan (docx) on hoaxes and chain letters with quoted examples",
  cover="Hi all, lesson plan attached in case it's useful for PSHE too. Jenny\n", attach_name="Y8 DL L4 Hoaxes.docx", doc_title="Lesson 4")

N("lesson-about-chains", "qp", HIST, [ex("y10hist@students.school.example", "10H1 History")],
  "10H1: source analysis – the 'Chain Prayer' letters of the 1900s",
  """Good afternoon 10H1,

For Thursday's source work, read the two transcripts below. Both are early 20th-century "chain prayer" postcards, which were such a nuisance that the Church and newspapers of the time printed warnings against them.

Source A (1905): "Copy this prayer and send it to nine persons. He who neglects it will meet with some misfortune. Do not break the chain."

Source B (1917, newspaper): "The Bishop begs the faithful to destroy the so-called chain prayers and on no account to send them on."

Questions: What does Source A tell us about popular beliefs at the time? How useful is Source B for understanding how the authorities responded? (8 marks)

Mr Stanton""",
  "history teacher sets source analysis on early 20th-century chain prayers, quoting one")

N("lesson-about-chains", "html-only", ENG, [TEACHING],
  "Book club: 'The Luck Letter' short story",
  """This month's staff book club story is about a woman who receives a chain letter. The narrator wonders whether to forward it. Meet Thursday in the library.""",
  "English teacher invites staff book club to discuss a short story about a chain letter",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi all,</p>
<p>This month's staff book club story is <i>The Luck Letter</i>, a short piece about a woman who receives a chain letter that says she must &ldquo;send twenty copies within four days or lose what she loves most&rdquo;. The narrator wonders whether to forward it &ndash; and the whole story hangs on what she decides.</p>
<p>It's only 12 pages. Copies are in the library. Meet Thursday at 3.45 in the library &ndash; biscuits provided.</p>
<p>Sam</p></div>""",
  expect=["The Luck Letter", "The narrator wonders whether to forward it", "Meet Thursday at 3.45 in the library"])

N("lesson-about-chains", "7bit", pu("Mia", "Trent", 24), [ENG],
  "my homework - persuasive techniques in chain letters",
  """Hi Mr Whitaker,

Here is my homework, sorry it is in the email not on Teams, Teams was not working.

The chain letter uses lots of techniques to persuade the reader to forward it. Firstly it uses big numbers like "nine times around the world" and "twenty copies" to make it seem important and popular. Secondly it uses a deadline of 96 hours which creates urgency so the reader does not have time to think. Thirdly it uses anecdotes, for example the office worker who lost his job, to scare the reader. These are not real evidence because there are no names you could check.

I think people forward chain letters because they think "what if it is true" even if they do not really believe it.

Mia""",
  "pupil emails her homework analysing persuasive techniques in a chain letter to her teacher")

N("lesson-about-chains", "alternative", pu("Jonah", "Pell", 25), [COMP],
  "Computing project – hoax detector idea",
  """Hi Miss Lo,

For my NEA I want to write a program that spots hoax emails. It would look for things like "forward this to everyone", "send to 10 people", "Microsoft will pay you", threats of bad luck and no date. It could give a score and tell the user whether it's probably a hoax.

Is that OK as a project? I was going to test it with examples from fact-checking websites (not real people's emails).

Thanks,
Jonah""",
  "pupil proposes a coursework project to detect hoax and chain emails, listing typical phrases")

N("lesson-about-chains", "utf8-8bit", MFL, [ex("y9spanish@students.school.example", "9S Spanish")],
  "Deberes 9S: cadenas de mensajes 📱",
  """¡Hola 9S!

Para el viernes: leed el texto de la página 34, "Las cadenas de mensajes", y contestad las preguntas 1–5 en español.

Vocabulario útil:
• una cadena = a chain (message)
• reenviar = to forward
• la mala suerte = bad luck
• "envíalo a diez personas" = "send it to ten people"
• un bulo = a hoax

¡No reenviéis cadenas de verdad! 😉

Señora Fernández""",
  "Spanish teacher sets homework on a textbook text about chain messages with vocabulary list")

N("lesson-about-chains", "flowed", st("Joe", "Quarmby"), [TEACHING],
  "PSHE resource: 'Would you forward it?' card sort",
  """Hi everyone,

For next week's PSHE on online influence, I've put a card sort in the shared drive. Pupils get 12 messages and decide whether they'd forward them. Some are genuine (a school snow-closure text, a library reminder) and some are hoaxes or chain messages ("If you don't send this to 5 friends you'll have bad luck", "WhatsApp is going to start charging").

The teacher notes explain the giveaway features of each one. Please keep the cards in the classroom - they're designed to look realistic!

Joe (PSHE lead)""",
  "PSHE lead describes a card-sort resource mixing genuine and chain messages")

N("lesson-about-chains", "zip-attachment", ENG, [st("Grace", "Adeyemi"), st("Hannah", "Becket")],
  "Y9 media unit - resources (zip)",
  "",
  "English teacher shares a zip of media-literacy resources including an annotated chain letter",
  cover="Hi both, here are the Y9 media unit resources zipped up. The annotated chain letter is in there for lesson 3. Sam\n",
  attach_name="Y9 media unit.txt",
  zip_members=[("L3 annotated chain letter.txt", """LESSON 3 - ANNOTATED EXAMPLE

[Claim of age and reach] "This letter has been around the world nine times."
[Instruction + number + deadline] "Send it to twenty people within 96 hours."
[Fear anecdote] "A man who threw it away died nine days later."
[Reward anecdote] "A woman who sent it won the lottery."

Teacher note: ask pupils which features are persuasive and which make it unbelievable. Do not ask pupils to forward anything.
"""), ("L4 fake news checklist.txt", """LESSON 4 - FAKE NEWS CHECKLIST
Who made it? When? Where is the evidence? Who benefits if I share it?
""")],
  expect=["Send it to twenty people within 96 hours.", "Do not ask pupils to forward anything."])

# ===========================================================================
# NEGATIVES, batch B: newsletters, fundraisers, phone trees, PTA petitions
# ===========================================================================

N("newsletter-share", "alternative", ex("newsletter@school.example", "School Newsletter"), [ex("parents@school.example", "Parents and Carers")],
  "Friday Bulletin – 16 October",
  """FRIDAY BULLETIN – 16 October

Headteacher's welcome
What a fortnight! Year 11 were brilliant at the careers fair, and our Year 7s have settled in so well.

Open Evening – Thursday 22 October, 5–8pm
If you know families with children in Year 5 or 6, please share this date with them – word of mouth from our current parents is the best advert we have. Tours leave from reception every 15 minutes.

Harvest Collection
Thank you for the tins and packets! Everything goes to the town food bank on Monday.

Dates for your diary
• 23 Oct – Break up for half term
• 2 Nov – INSET day (school closed to pupils)
• 3 Nov – Pupils return

Please share this bulletin with anyone at home who doesn't receive our emails.""",
  "school weekly bulletin (sent via an internal list) asking parents to share the open-evening date with friends")

N("newsletter-share", "html-only", ex("hello@parentzone-mag.example", "ParentZone Magazine"), [PTA],
  "October issue: screen time, sleep and half-term ideas",
  """Inside this issue: screen time and sleep, half-term ideas, and our reader survey. Know a parent who'd like this? Forward this email to a friend. They can sign up at parentzone-mag.example.""",
  "inbound: parenting magazine newsletter with a 'forward to a friend' footer",
  html="""<html><body style="margin:0;background:#f3f3f3"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="padding:20px"><h1 style="color:#e8572a">ParentZone &ndash; October</h1>
<h3>Screen time and sleep</h3><p>Why a phone-free bedroom helps teens sleep &ndash; and how to negotiate it without a row.</p>
<h3>Half-term ideas under &pound;10</h3><p>Woodland walks, library trails and a rainy-day science kit.</p>
<h3>Reader survey</h3><p>Tell us what you want more of &ndash; takes 3 minutes.</p></td></tr>
<tr><td style="padding:12px;background:#fafafa;font-size:12px;color:#555;text-align:center">Know a parent who'd like this? <a href="https://parentzone-mag.example/fwd">Forward this email to a friend</a>. They can sign up at parentzone-mag.example.<br>
You are receiving this because you subscribed. <a href="https://parentzone-mag.example/unsub">Unsubscribe</a></td></tr></table></body></html>""",
  expect=["Screen time and sleep", "Forward this email to a friend", "Unsubscribe"], client="bulk")

N("newsletter-share", "wrap72", PTA, [ex("pta-committee@example.org", "PTA Committee"), HEAD],
  "PTA news - Christmas Fair and how you can help",
  """Dear all,

Our Christmas Fair is on Saturday 5 December, 11am-2pm in the school hall. We need:
- tombola prizes (bottles, smellies, chocolates) to the school office by 1 December;
- volunteers for the grotto, cake stall and raffle (sign-up sheet in reception);
- cakes on the morning!

Please share this message with other parents in your class WhatsApp groups - the more helpers we have, the shorter the shifts!

Last year we raised £2,340, which paid for the new reading books for Key Stage 2. Thank you!

Clare Dobson
PTA Staff Liaison""",
  "PTA liaison sends Christmas fair news asking parents to share it in class groups")

N("newsletter-share", "latin1", WELSH, [ex("rhieni@school.example", "Rhieni / Parents")],
  "Newyddion Adran Gymraeg / Welsh Department news",
  """Annwyl rieni a gofalwyr,

Llongyfarchiadau i bawb a gystadlodd yn Eisteddfod yr Ysgol! Roedd y safon yn arbennig.

Bydd y Clwb Cymraeg yn cwrdd bob dydd Mercher amser cinio. Mae croeso i bawb - rhannwch y neges hon gyda'ch ffrindiau, os gwelwch yn dda.

Dear parents and carers,

Congratulations to everyone who competed in the School Eisteddfod! The standard was excellent.

Welsh Club meets every Wednesday lunchtime. Everyone is welcome - please share this message with friends.

Mrs B. Rees
Pennaeth Adran / Head of Welsh""",
  "bilingual Welsh/English department newsletter asking families to share the club details")

N("newsletter-share", "qp", ex("news@county-libraries.example", "County Libraries"), [ENG, PRIM],
  "Summer Reading Challenge results – thank you, schools!",
  """Dear colleagues,

This summer 4,812 children in the county took part in the Summer Reading Challenge – our highest number ever. 61% completed all six books. Thank you for promoting the challenge in your assemblies and newsletters.

Coming up: the Winter Mini Challenge starts on 1 December. Posters and digital assets are on our website. We'd be grateful if you could share the details with families in your newsletter or on your school's social media.

With thanks,
Schools Liaison Team
County Libraries""",
  "inbound: library service thanks schools and asks them to share the winter reading challenge with families")

N("newsletter-share", "base64", ex("comms@academytrust.example", "Trust Communications"), [ALLSTAFF],
  "Trust Staff News – November",
  """TRUST STAFF NEWS – NOVEMBER

CEO update: thank you for everything you've done this half term.

Wellbeing: the Employee Assistance Programme is free and confidential, 24/7 on 0800 000 0000. Please remind colleagues who may not read this email – especially part-time and support staff.

Vacancies: we're recruiting cover supervisors and a trust data manager. If you know someone who'd be great, please pass the vacancies on – our refer-a-friend scheme pays £250 when a referred candidate completes probation.

CPD: leadership programme applications close 30 November.""",
  "inbound: trust staff newsletter with a refer-a-friend scheme and 'please remind colleagues'")

N("newsletter-share", "cp1252", st("Neil", "Barraclough"), [ex("alumni@example.org", "Alumni")],
  "Old Students’ Association – reunion and call for stories",
  """Dear former students,

We’re holding a reunion for anyone who left between 1996 and 2006 on Saturday 14 November in the school hall, 7pm. Tickets £12 including a hot buffet.

We’re also collecting memories for the school’s 75th anniversary book – if you have photos or stories, please reply to this email.

Many of our old students have lost touch – please pass this on to anyone from your year you’re still in contact with.

Neil Barraclough
Alumni Officer""",
  "alumni officer announces a reunion and asks former students to pass it on to classmates")

N("newsletter-share", "flowed", PE, [ex("sports-parents@example.org", "Sports Parents"), HEAD],
  "Fixtures update and kit reminder",
  """Hi all,

Quick update for football, netball and cross-country families:

- U13 football v Hillside moved to Wednesday 4pm (home).
- Netball squads are on the PE noticeboard and Teams.
- County cross-country: meet at the minibus 8.15am Saturday.

Please make sure kit is named. If you're in touch with other team parents who aren't on this list, please pass this on so nobody misses the change of date.

Mr Doyle
PE""",
  "PE teacher sends fixtures update asking parents to pass it on to other team parents")

# --- charity fundraisers -------------------------------------------------------------

N("charity-fundraiser", "alternative", SCI, [ALLSTAFF],
  "I'm running the Great North Run for the children's hospice 🏃",
  """Hi everyone,

On 13 September I'm running the Great North Run for St Cuthbert's Children's Hospice, who looked after my nephew last year. It's my first half marathon and I'm terrified!

If you're able to sponsor me, even £2, my page is here:
https://www.justgiving.example/page/tariq-runs-gnr

No pressure at all – and thank you to everyone who has already given. There's also a sponsorship form in the staffroom if you'd rather pay cash.

Tariq""",
  "staff member shares his JustGiving-style sponsorship page for a charity run")

N("charity-fundraiser", "7bit", ex("events@childrens-hospice.example", "St Cuthbert's Hospice"), [PTA, HEAD],
  "Thank you for your school's Christmas jumper day!",
  """Dear Clare and Mrs Osei-Bonsu,

Thank you so much to everyone at your school for taking part in our Christmas Jumper Day. Your pupils raised an amazing GBP 1,127.45, which will fund two nights of respite care for a family.

If you'd like to share our thank-you certificate with pupils and parents, it is available at childrens-hospice.example/schools.

With warmest wishes,
Kirsty Lowe
Community Fundraising Manager""",
  "inbound: hospice thanks the school for a fundraising day and offers a certificate to share")

N("charity-fundraiser", "html-only", ex("noreply@giving-platform.example", "GivingPlatform"), [SCI],
  "You've raised £640! Share your page to reach your target",
  """Great news, Tariq! You have raised £640 of your £800 target. Share your page with friends to reach your target. Thank you for fundraising with us.""",
  "inbound: fundraising platform notification encouraging the fundraiser to share his page",
  html="""<table width="560" align="center" style="font-family:Arial"><tr><td style="padding:16px">
<h2 style="color:#7a0c8a">Great news, Tariq!</h2>
<p>You have raised <b>&pound;640</b> of your <b>&pound;800</b> target for St Cuthbert's Children's Hospice.</p>
<div style="background:#eee;height:12px;width:100%"><div style="background:#7a0c8a;height:12px;width:80%"></div></div>
<p>Share your page with friends to reach your target &ndash; pages shared on social media raise on average three times as much.</p>
<p><a href="https://www.justgiving.example/page/tariq-runs-gnr" style="background:#7a0c8a;color:#fff;padding:10px 16px;text-decoration:none">Share my page</a></p>
<p style="font-size:11px;color:#888">Thank you for fundraising with us. Manage your notification settings.</p></td></tr></table>""",
  expect=["of your", "Share your page with friends to reach your target", "Thank you for fundraising with us."], client="bulk")

N("charity-fundraiser", "qp", HEAD, [ex("parents@school.example", "Parents and Carers")],
  "Supporting the Hughes family",
  """Dear Parents and Carers,

Many of you will know that the Hughes family, whose children attend our school, lost their home in a fire last weekend. Thankfully everyone is safe.

Several parents have asked how they can help. The family have agreed that a fundraising page set up by a close family friend can be shared: https://www.gofund.example/hughes-family-fire. The school has checked this with the family directly.

Donations of school uniform can be left at reception. Please do not send clothing or toys to the family's relatives' address.

Thank you for your kindness.

Harriet Osei-Bonsu
Headteacher""",
  "headteacher shares a verified fundraising page for a family who lost their home")

N("charity-fundraiser", "wrap72", SUMMER, [CERYS, pu("Ella", "Brook", 23), pu("Maisie", "Cope", 23), FREYA],
  "bake sale friday for children in need!!",
  """hiii so me and Cerys are doing a bake sale on friday break in the canteen for children in need. Miss Finch said its ok. can u bring cakes or cookies?? and tell everyone in ur form to bring money!! everything is 50p or £1

thank u xx Summer""",
  "pupil asks friends to bring cakes to a teacher-approved charity bake sale and tell their forms")

N("charity-fundraiser", "utf8-8bit", ex("hello@foodbank-town.example", "Town Foodbank"), [RECEP, PTA],
  "Winter appeal – our shelves are empty 🥫",
  """Dear friends at the school,

Our shelves are emptier than we've ever seen them going into winter. We particularly need:
• tinned meat and fish
• long-life milk
• toiletries and sanitary products
• small bags of rice and pasta

Collection points are listed on our website. If you can, please mention the appeal in your school newsletter – schools are one of our biggest sources of donations.

Thank you,
Town Foodbank""",
  "inbound: foodbank winter appeal asking the school to mention it in the newsletter")

N("charity-fundraiser", "flowed", DRAMA, [ALLSTAFF],
  "Movember – sponsor my dodgy moustache",
  """Morning all,

Against my better judgement I'm growing a moustache for Movember, raising money for men's mental health and prostate cancer charities. Photos will be posted weekly in the staffroom, whether you want them or not.

Sponsor page: https://movember.example/mo/ollie-grant

Any amount is hugely appreciated. And if any of the other blokes want to join the team, reply to me (not all!) and I'll add you.

Ollie""",
  "drama teacher's Movember sponsorship email to all staff")

N("charity-fundraiser", "pdf-attachment", PTA, [ex("parents@school.example", "Parents and Carers"), HEAD],
  "Sponsored walk – form attached",
  """SPONSORED WALK - Saturday 17 October

In aid of the school library and the Air Ambulance.

Route: 5km around the country park (buggy-friendly). Start 10am from the visitor centre.

Please collect sponsors from family and friends using this form and return the money to the school office by 6 November. Online sponsorship: https://www.justgiving.example/team/school-walk-2026

Name: ______________  Class: ______

Sponsor name | Amount | Paid
____________ | ______ | ____""",
  "PTA sends a sponsored-walk sponsor form (PDF) asking families to collect sponsors",
  cover="Dear families, the sponsor form for the walk is attached. Thank you! PTA\n", attach_name="Sponsored walk form.pdf", doc_title="Sponsored walk")

N("charity-fundraiser", "cp1252", ex("martha.cole@example.com", "Martha Cole"), [HARVEY],
  "Nan’s 10k for the stroke charity",
  """Hi Harvey love,

I’ve done it! I signed up for the 10k walk for the Stroke Association in memory of Grandad. Could you ask your teachers if they’d put my page on the school board? Only if they’re allowed.

https://www.justgiving.example/page/martha-walks-for-bill

Lots of love
Nan x""",
  "inbound: grandmother asks pupil whether school will display her sponsorship page")

# --- phone trees / cascades ---------------------------------------------------

N("phone-tree", "7bit", DEP, [ALLSTAFF],
  "Snow closure phone tree - please check your details",
  """Hi all,

With the forecast looking wintry, here is how the emergency closure cascade works this year.

1. The head decides by 6.30am and texts the Leadership Team.
2. Each Leadership Team member phones the first person on their list below.
3. When you get the call, you phone the NEXT person on your list. If you can't reach them after two tries, leave a message and phone the person after them.
4. The last person on each list texts their team leader to confirm the list is complete.

Please pass the message on to the next person on the list - do NOT text the whole staff group, as it causes confusion.

Lists are on the staff noticeboard and in the Staff Handbook, section 9. Please tell Denise by Friday if your phone number has changed.

Phil Norris
Deputy Head""",
  "deputy head explains the staff snow-closure phone tree, 'pass the message on to the next person'")

N("phone-tree", "alternative", RECEP, [st("Becky", "Lomax"), TA, st("Julie", "Thorn")],
  "Cascade: school closed tomorrow (heating failure)",
  """Hi Becky,

Confirmed by Mrs Osei-Bonsu: the school will be CLOSED to pupils tomorrow (Tuesday) because the boiler has failed. Parents have been told by text and on the website.

You're next on the support staff cascade - please ring Lorraine, and Lorraine please ring Julie. Julie, please text me when you've got it so I know it's gone all the way round.

Staff: work from home; the building is open from 10am if you need to collect anything.

Yvonne""",
  "receptionist starts a genuine closure cascade for support staff, naming the next person on the list")

N("phone-tree", "wrap72", ex("chair@tenantsassoc.example", "Jean Weller"), [SITE],
  "Residents' cascade - water off Thursday",
  """Dear Steve,

Severn Water have told us the water will be off in Alder Close and Birch Way from 9am to 3pm on Thursday for pipe repairs. Bottled water will be at the community centre.

As you are our street contact for Birch Way, please could you let the houses on your list know (especially the Morrises at no. 12, who don't use email). Thank you for being a street contact!

Jean Weller
Chair, Tenants' and Residents' Association""",
  "inbound: residents' association asks its street contact (the caretaker) to tell neighbours about a water shut-off")

N("phone-tree", "qp", ex("coach.dale@juniorfc.example", "Dale Mercer"), [PE],
  "Sunday fixture off – please pass on to your players",
  """Hi all coaches,

Sunday's fixtures at the rec are OFF – the pitches are waterlogged and the council have closed them. Please pass this on to your players' parents today. If you're in touch with the referees' secretary please let her know too.

Training on Wednesday goes ahead as normal on the 3G.

Cheers,
Dale
Fixtures Secretary""",
  "inbound: junior football fixtures secretary asks coaches to pass a cancellation on to parents")

N("phone-tree", "flowed-delsp", Y7, [Y9TUTORS, ex("y7tutors@school.example", "Year 7 Tutors")],
  "Trip delayed – please pass on to your tutor group at registration",
  """Morning all,

The Year 7 trip coach has broken down on the M1 and will now arrive at 9.45 rather than 8.30. Could you please let your tutor group know at registration and pass the message on to any Year 7 colleagues who are teaching period 1 - they'll need to keep the trip pupils until the coach arrives.

Parents have been texted.

Thanks, Emma""",
  "head of year asks tutors to pass on a trip delay to pupils and colleagues")

N("phone-tree", "cp1252", ex("fiona@cricketclub.example", "Fiona Hardcastle"), [MATHS],
  "Presentation evening – ring round",
  """Hi Shazia,

Could you do the ring round for the U11s for the presentation evening? It’s Friday 27th at 7pm in the pavilion – trophies, buffet and a quiz. Your list: Ahmeds, Barkers, Coopers, Dixons, Evans.

If you can’t get hold of anyone just text me and I’ll try them. Thanks so much!

Fiona""",
  "inbound: cricket club asks a parent volunteer (a teacher) to ring round a named list of families")

N("phone-tree", "base64", HEAD, [ex("governors@school.example", "Governors")],
  "Emergency contact arrangements for governors",
  """Dear Governors,

As part of our critical incident plan, please note that in an emergency affecting the school I will phone the Chair, who will then phone the Vice-Chair and committee chairs, who will each contact the governors on their committee. Please make sure your contact numbers with the clerk are up to date.

Please do not forward any emergency information beyond the governing body unless asked - all public communication will come from the school.

Harriet Osei-Bonsu
Headteacher""",
  "headteacher explains the governors' emergency contact cascade")

# --- PTA petitions (single, genuine) ------------------------------------------------

N("pta-petition", "alternative", PTA, [ex("parents@school.example", "Parents and Carers"), HEAD],
  "Petition to the council: crossing patrol on Mill Road",
  """Dear Parents and Carers,

The PTA is asking the County Council to reinstate the school crossing patrol on Mill Road, which was withdrawn in July. Since then there have been two near misses involving our pupils.

If you agree, you can sign the council's official e-petition here (it closes on 30 November):
https://democracy.county.example/epetitions/mill-road-crossing

You need to live, work or study in the county to sign. Each person signs once, directly on the council's website - there's no need to reply to this email.

Thank you,
Clare Dobson, on behalf of the PTA""",
  "PTA asks parents to sign the council's official e-petition for a crossing patrol (single link, no chain)")

N("pta-petition", "wrap72", ex("pta.chair@example.org", "Helena Voss"), [HEAD, PTA],
  "Draft letter to the council re: school bus route",
  """Dear Mrs Osei-Bonsu and Clare,

Attached below is the draft text of the letter the PTA committee would like to send to the council about the withdrawal of the 42 school bus. We'd like to collect signatures from parents at pick-up next week on a paper sheet, then hand the letter and signatures to our councillor on 20 November.

"We, the undersigned parents and carers, ask the Council to restore the 42 bus service at school times. Since it was withdrawn, many children have a 50-minute walk along an unlit road."

Could you let me know if the school is happy for us to have a table in the playground?

Best wishes,
Helena Voss
PTA Chair""",
  "inbound: PTA chair asks the head's permission to collect signatures for a council letter")

N("pta-petition", "qp", PTA, [ex("pta-committee@example.org", "PTA Committee")],
  "Signature count – bus petition",
  """Hi all,

Fantastic effort at pick-up this week – we now have 386 paper signatures for the bus route letter, plus 212 on the council's e-petition. Helena is handing everything to Cllr Moss on Friday.

Please DON'T start any other lists or email chains with names on – the council won't accept them and it gets confusing. Just point people to the e-petition link if they missed the table.

Clare""",
  "PTA liaison updates the committee on a genuine petition and warns against starting email lists of names")

N("pta-petition", "html-only", ex("noreply@petitions.parliament.example", "Petitions Committee"), [GEOG],
  "Thank you for signing: Fund free school meals for all primary children",
  """Thank you for signing the petition. Please confirm your email address. Share the petition with others if you want to. Each person can only sign once.""",
  "inbound: official petitions site confirmation email to a signatory",
  html="""<div style="font-family:Arial;font-size:15px;max-width:600px">
<p>Dear Liam Brennan,</p>
<p>Thank you for signing the petition &ldquo;Fund free school meals for all primary children&rdquo;.</p>
<p><b>Please confirm your email address</b> by clicking the link below. Your signature will not be counted until you do.</p>
<p><a href="https://petitions.parliament.example/signatures/confirm/8821">Confirm your signature</a></p>
<p>Share the petition with others if you want to. Each person can only sign once.</p>
<p>Petitions Committee</p></div>""",
  expect=["Thank you for signing the petition", "Share the petition with others if you want to.", "Each person can only sign once."], client="bulk")

N("pta-petition", "flowed", ex("d.hemmings@example.com", "Dave Hemmings"), [HEAD],
  "Objection letter – phone mast planning application",
  """Dear Mrs Osei-Bonsu,

I'm one of the parents who organised the objection to the phone mast application next to the playing field (ref 26/01173/FUL). We submitted 140 individual objections through the planning portal before the deadline.

I wondered whether the governors had considered submitting a formal response from the school. The consultation closes on Friday.

Kind regards,
Dave Hemmings (parent of Ava, Year 8)""",
  "inbound: parent asks whether the school will respond to a planning consultation")

N("pta-petition", "7bit", ex("cllr.moss@county.example", "Cllr Angela Moss"), [PTA, HEAD],
  "Re: Mill Road crossing petition",
  """Dear Clare,

Thank you for handing in the petition and letter on Friday. With 598 signatures it qualifies for a response from the Cabinet Member, and I have asked for it to be on the agenda for the Highways Committee on 8 December. You and one other parent are welcome to speak for up to five minutes.

Please pass my thanks on to the parents who signed.

Angela Moss
County Councillor, Mill Ward""",
  "inbound: councillor acknowledges the PTA petition and asks for thanks to be passed on")

# ===========================================================================
# NEGATIVES, batch C: ordinary forwards, prayer lists, collections, reply-alls
# ===========================================================================

N("ordinary-forward", "qp", OFFICE, [BURSAR],
  "FW: FW: FW: Photocopier service visit",
  """Graham – see below, they want to come in half term. Is that OK with you? D

________________________________
From: Service Desk <service@copyserve.example>
Sent: 12 October 2026 14:05
To: Denise Albright
Subject: RE: FW: FW: Photocopier service visit

Hi Denise,

We can send an engineer on Tuesday 27 October between 9 and 12. Please confirm someone will be on site.

Regards, Michelle

________________________________
From: Denise Albright
Sent: 12 October 2026 10:40
To: Service Desk
Subject: FW: FW: Photocopier service visit

Forwarding again as I haven't heard back – the staffroom copier is still jamming on double-sided.

> From: Denise Albright
> Sent: 05 October 2026
> Subject: FW: Photocopier service visit
>
> Please could you book a service visit for machine SN 44Z19021?""",
  "office manager forwards a multi-level FW: FW: thread about a photocopier service visit")

N("ordinary-forward", "rfc822-forward", HEAD, [DEP],
  "Fwd: Year 11 results analysis from the trust",
  "",
  "headteacher forwards the trust's results email as an attached message",
  cover="Phil – this came in from the trust. Can we look at it together on Thursday? H\n",
  inner=dict(frm=("data@academytrust.example", "Trust Data Team"), to=[("h.osei-bonsu@school.example", "Harriet Osei-Bonsu")],
             subject="Year 11 results analysis", shape="alternative",
             text="""Dear Harriet,

Please find the headline Year 11 results analysis for your school below.

Progress 8: +0.21 (provisional)
Attainment 8: 47.3
English and maths grade 5+: 52%

The full report will be available in the data portal from Monday. Please share it with your senior leadership team and governors as you see fit.

Trust Data Team"""))

N("ordinary-forward", "flowed", ex("mark.ellery@example.com", "Mark Ellery"), [GEOG],
  "Fwd: Fieldtrip booking confirmation",
  """Liam, forwarding this to your school address as asked.

---------- Forwarded message ---------
From: Bookings <bookings@fieldstudies.example>
Date: Mon, 12 Oct 2026 at 16:21
Subject: Fieldtrip booking confirmation
To: Mark Ellery <mark.ellery@example.com>

Dear Mr Ellery,

Your booking for 58 students and 5 staff on 14 May 2027 (Coastal Processes, full day) is confirmed. An invoice will follow. Please share the attached risk assessment with all accompanying staff.

Field Studies Bookings""",
  "inbound: a teacher's personal-account forward of a field trip booking confirmation")

N("ordinary-forward", "7bit", SENCO, [TA, st("Becky", "Lomax")],
  "FW: Training: Makaton level 1 places",
  """Hi both - you'd asked about Makaton. Forwarding this from the LA - let me know if you want me to book you on.

-----Original Message-----
From: SEND Training <sendtraining@localauthority.example>
Sent: 14 October 2026 09:12
Subject: Training: Makaton level 1 places

There are still places on Makaton Level 1 (2 sessions, 10 and 17 November, 9.30-3pm). Please forward to any staff in your setting who may be interested. Book through the CPD portal.""",
  "SENCo forwards a training offer that says 'please forward to any staff who may be interested'")

N("ordinary-forward", "alternative", MATHS, [pu("Jonah", "Pell", 25), pu("Priya", "Lal", 25), pu("Tom", "Ashe", 25)],
  "FW: UKMT Senior Maths Challenge – entry confirmed",
  """Hi all,

Forwarding the confirmation below – you're all entered for the Senior Maths Challenge on 5 November, period 1-2 in the library. Bring a pencil and an eraser; no calculators.

Miss Iqbal

-----Original Message-----
From: UKMT Entries <entries@ukmt-entries.example>
Subject: UKMT Senior Maths Challenge – entry confirmed

Your entry for 14 candidates has been confirmed. Papers will be dispatched on 29 October.""",
  "maths teacher forwards a competition entry confirmation to the pupils entered")

N("ordinary-forward", "wrap72", pu("Priya", "Lal", 25), [ex("priya.lal.home@example.com", "Priya Lal")],
  "Fwd: Revision timetable + past papers",
  """sending to my home email so I can print it

---------- Forwarded message ---------
From: Mr Mahmood <t.mahmood@school.example>
Subject: Revision timetable + past papers

Year 11 chemists,

The revision sessions before mocks are Tuesdays 3.15-4.15 in S4. Past papers are on Teams under Files > Mocks. Please tell anyone in your class who was absent today.

Mr M""",
  "pupil forwards a revision timetable to her own home address")

N("ordinary-forward", "base64", ex("reception@dentalpractice.example", "Riverside Dental"), [RECEP],
  "FW: Dental screening letter for parents",
  """Good afternoon,

As discussed on the phone, please find the text of the screening letter below. Could you forward it to the parents of Year 2 through your usual system?

"Dear Parent/Carer, the community dental service will carry out a brief check of children's teeth in school on 19 November. No treatment will be given. If you do not want your child to take part, please tell the school office by 12 November."

Many thanks,
Riverside Dental""",
  "inbound: dental practice asks the school office to forward a screening letter to Year 2 parents")

N("ordinary-forward", "rfc822-forward", OFFICE, [IT],
  "FW: Strange email – is this safe?",
  "",
  "office manager forwards a suspicious email as an attachment to IT to check it (the attached email is a phishing lure, not a chain)",
  cover="Paul, this came to the office inbox. I haven't clicked anything. Is it real? Denise\n",
  inner=dict(frm=("accounts@supplier-invoices.example", "Accounts"), to=[("office@school.example", "School Office")],
             subject="Overdue invoice #88127", shape="qp",
             text="""Dear customer,

Your invoice #88127 is overdue. Please review the document at the link below to avoid a late payment fee.

View invoice

Accounts Department"""))

N("ordinary-forward", "html-only", HIST, [ENG],
  "Fwd: Holocaust Memorial Day speaker",
  """Sam – forwarding this in case English want to join. Mike. A survivor's grandson is offering talks to schools in January. Please share with colleagues who might be interested.""",
  "history teacher forwards a speaker offer to the English teacher (Gmail-style HTML forward)",
  html="""<div dir="ltr">Sam &ndash; forwarding this in case English want to join. Mike<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <b>Education Team</b> &lt;education@hmd-trust.example&gt;<br>Date: Wed, 7 Oct 2026 at 11:03<br>Subject: Holocaust Memorial Day speaker<br></div><br>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">Dear teacher,<br><br>A survivor's grandson is offering talks to schools in January, for Years 9 and above. Talks last an hour and are free. Please share with colleagues who might be interested.<br><br>Education Team</blockquote></div></div>""",
  expect=["forwarding this in case English want to join", "A survivor's grandson is offering talks to schools in January", "Please share with colleagues who might be interested."])

N("ordinary-forward", "latin1", MFL, [HEAD, DEP],
  "FW: Échange scolaire - confirmation du collège Saint-Exupéry",
  """Harriet, Phil – good news from our partner school. Translation underneath. Lucía

-----Message d'origine-----
De : Mme Garnier
Objet : Échange scolaire

Chère Lucía,

Je vous confirme que nous accueillerons 24 élèves et 3 professeurs du 12 au 19 mars. Les familles d'accueil sont presque toutes trouvées. Pouvez-vous faire suivre le programme aux parents ?

Cordialement,
Hélène Garnier

(Translation: She confirms they'll host 24 pupils and 3 teachers from 12–19 March. Host families nearly all found. She asks us to pass the programme on to parents.)""",
  "languages teacher forwards a French partner-school exchange confirmation with translation",
  subj_enc=("iso-8859-1", "Q"))

# --- genuine prayer lists (church school) ----------------------------------------

N("prayer-list", "wrap72", CHAPLAIN, [ALLSTAFF],
  "Staff prayer list for this week",
  """Dear colleagues,

Here is this week's staff prayer list. As always, it is entirely voluntary, and names are only included with permission.

- For Karen in the kitchen, whose mother is in hospital after a fall.
- For our Year 11s as they start their mocks.
- For the Hughes family after the fire at their home.
- In thanksgiving for baby Arlo, born to Mr and Mrs Doyle on Sunday!

Staff prayers are on Wednesday at 8.10am in the chapel - all welcome, of any faith or none. If you would like something included next week, please email me directly. Please don't forward this list outside school.

Every blessing,
Martin
Chaplain""",
  "chaplain sends the voluntary weekly staff prayer list, asking that it not be forwarded outside school")

N("prayer-list", "qp", ex("vicar@stmarys-parish.example", "Revd Ruth Ansell"), [CHAPLAIN, HEAD],
  "Parish prayer diary – November",
  """Dear Martin and Harriet,

Attached below is the parish prayer diary for November. On Sunday 15th we'll be praying for the school, its staff and pupils – do let me know if there is anything in particular you'd like us to include.

Please feel free to share the diary with staff who may wish to pray along.

Sunday 1 – All Saints: for those we have loved and lost
Sunday 8 – Remembrance: for peace in our world
Sunday 15 – For our church school: staff, pupils and governors
Sunday 22 – Christ the King: for all in authority
Sunday 29 – Advent Sunday: for hope

With every blessing,
Ruth""",
  "inbound: parish vicar shares the month's prayer diary with the church school")

N("prayer-list", "alternative", CHAPLAIN, [HEAD, DEP],
  "Re: prayers for Kieran's family",
  """Hi both,

Kieran has said he's happy for his family to be included in Wednesday's staff prayers, but he'd rather it wasn't mentioned in the staff bulletin. I'll keep it to the chapel.

Martin

> On 3 Nov 2026, at 16:02, Harriet Osei-Bonsu wrote:
> Martin - would it be appropriate to include Kieran and his dad in Wednesday
> prayers? Please check with him first.
> H""",
  "chaplain replies to the head about including a colleague in staff prayers with consent")

N("prayer-list", "html-only", ex("office@diocese-education.example", "Diocesan Board of Education"), [CHAPLAIN, HEAD],
  "Collective worship resources – Advent",
  """Advent collective worship resources for church schools are now available. Each week has a theme, a Bible reading, a reflection and a prayer. Please share with colleagues who lead collective worship.""",
  "inbound: diocesan education office shares collective-worship resources",
  html="""<p style="font-family:Georgia">Dear colleagues,</p>
<p style="font-family:Georgia">Our <b>Advent collective worship resources</b> for church schools are now available on the Diocesan website. Each week has a theme, a Bible reading, a reflection and a prayer, with ideas for classroom prayer spaces.</p>
<p style="font-family:Georgia">Please share with colleagues who lead collective worship.</p>
<p style="font-family:Georgia">With best wishes,<br>Schools Adviser</p>""",
  expect=["Advent collective worship resources", "Please share with colleagues who lead collective worship."])

N("prayer-list", "7bit", st("Rachel", "Inman"), [CHAPLAIN],
  "prayer request",
  """Hi Martin,

Could my dad be included in Wednesday's prayers please? He has his heart operation on Thursday. Just "Rachel's dad" is fine, I'd rather not give his name.

Thanks so much,
Rachel""",
  "short staff prayer request to the chaplain")

N("prayer-list", "utf8-8bit", ex("imam.yusuf@masjid-centre.example", "Imam Yusuf Patel"), [CHAPLAIN, DSL],
  "Interfaith prayer vigil – Friday",
  """Dear Martin and Nadia,

As-salamu alaykum and peace to you both.

Following the events of last week, the town's faith leaders are holding an interfaith vigil on Friday at 6pm in the market square. We'd be honoured if the school were represented. Please feel free to share this invitation with staff and families who may wish to attend.

With warm regards,
Imam Yusuf Patel""",
  "inbound: imam invites the school to an interfaith vigil, 'please feel free to share this invitation'")

N("prayer-list", "cp1252", CHAPLAIN, [ex("y10re@students.school.example", "10R RE")],
  "Reflection for tomorrow’s form time",
  """Dear 10R,

Tomorrow in form time we’ll have a short reflection on kindness. If anyone would like to write a prayer or a thought to be read out (anonymously if you prefer), put it in the box in the chapel by 8.30.

No one has to take part – it’s a quiet space for whoever wants it.

Rev. Ashdown""",
  "chaplain invites a form group to contribute prayers or thoughts for a reflection")

# --- card / gift collections ------------------------------------------------------

N("card-collection", "qp", OFFICE, [ALLSTAFF],
  "Collection for Lorraine – 25 years! 🎉",
  """Hi all,

Believe it or not, Lorraine has been with us for 25 years this month! There's a card and an envelope in the office if you'd like to contribute – we're getting her a voucher for the garden centre.

Card and envelope will be in the office until Thursday lunchtime. Please don't mention it to her!

Denise""",
  "office manager organises a card and collection for a colleague's 25 years' service")

N("card-collection", "7bit", st("Becky", "Lomax"), [st("Julie", "Thorn"), SENCO, st("Amanda", "Greer")],
  "Re: Lorraine's card - pass it on?",
  """I've signed it and put a fiver in. I've left the card in Julie's pigeonhole - Julie, can you pass it on to Ruth when you've signed, then Ruth to Amanda? Amanda, back to Denise in the office by Thursday please!

Becky""",
  "TA passes a physical card along a named list of colleagues - 'pass it on' about a birthday card")

N("card-collection", "wrap72", HEAD, [ALLSTAFF],
  "Mr Haddon's retirement - card and collection",
  """Dear colleagues,

As most of you know, Steve Haddon retires at Christmas after 31 years as our site manager. There will be a small gathering in the hall after school on Friday 18 December.

Denise has a card and a collection tin in the office. We're also compiling a book of memories - if you have a photo or a story about Steve (repeatable ones!), please send them to Denise by 11 December.

Harriet""",
  "headteacher announces a retirement collection and memory book for the site manager")

N("card-collection", "alternative", JADE, [FREYA, SUMMER, IMOGEN, KYLE],
  "card for Miss Finch!!!!",
  """hi guys so its Miss Finch's last day before she goes on maternity leave on friday. me and freya are getting her a card and some flowers from our form. can everyone bring £1 on thursday and sign the card at break?? its in my bag.

dont tell her!!! xx""",
  "pupil organises a form card and flowers for a teacher going on maternity leave")

N("card-collection", "cp1252", ex("lauren.wade@example.com", "Lauren Wade"), [ex("class4parents@school.example", "Class 4 Parents")],
  "End of term gift for Mrs Parry",
  """Hi everyone,

A few of us are organising a class gift for Mrs Parry and Mrs Pike for the end of term. If you’d like to contribute, it’s completely optional and any amount is fine – you can send cash in an envelope marked “class gift” to me at pick-up, or bank transfer (details on request).

The children will all sign a big card in class – I’ve checked with the office that it’s OK.

Thanks!
Lauren (Ruby’s mum)""",
  "inbound: parent organises an optional end-of-term class gift for teachers")

N("card-collection", "flowed", st("Priya", "Doshi"), [TEACHING],
  "Secret Santa 2026 – sign up by Friday 🎅",
  """Ho ho ho!

The staff Secret Santa is back. £5 limit, gifts under the staffroom tree by 16 December, opened at the Christmas lunch.

Want to join? Reply to ME (not all!) by Friday. I'll draw names and email you privately with your person.

Priya""",
  "staff member organises the staff Secret Santa (names drawn centrally, £5 limit)")

# --- reply-all threads --------------------------------------------------------------

_thread = """Thanks Yvonne - much better now!

Tariq

> On 9 Oct 2026, at 13:05, Yvonne Clarke <y.clarke@school.example> wrote:
>
> The car has been moved. Sorry everyone!
>
>> On 9 Oct 2026, at 12:58, Tariq Mahmood <t.mahmood@school.example> wrote:
>>
>> Also - could whoever owns it move it before 3.15? The minibus needs to get out.
>>
>>> On 9 Oct 2026, at 12:40, Steve Haddon <s.haddon@school.example> wrote:
>>>
>>> Could the owner of the silver Corsa parked across the minibus bay please move it.
>>> Reg ends in KXT. Thanks, Steve"""

N("reply-all", "qp", SCI, [ALLSTAFF],
  "Re: Re: Re: Silver Corsa blocking minibus bay",
  _thread,
  "staff reply-all thread about a car blocking the minibus bay, three levels of quoting",
  reply=True)

N("reply-all", "7bit", GEOG, [ALLSTAFF],
  "RE: Please stop replying all",
  """Sorry - that was meant just for Liz. Please don't reply to this one either!

Liam

-----Original Message-----
From: Liam Brennan
Sent: 20 October 2026 10:11
To: All Staff
Subject: RE: Please stop replying all

Liz - yes, I'll cover your period 3. L

-----Original Message-----
From: Denise Albright
Sent: 20 October 2026 10:02
To: All Staff
Subject: Please stop replying all

Could everyone please stop replying to all on the cover email - the server is struggling. Thanks, Denise""",
  "staff reply-all thread (Outlook-style) about stopping reply-all on the cover email", reply=True)

N("reply-all", "alternative", BURSAR, [TEACHING, OFFICE],
  "RE: Trip payments – new system from November",
  """Thanks all for the questions. To answer the main ones together:

1. Yes, existing trips stay on the old system.
2. Parents will get a text with a link – please don't forward the link to parents yourselves, the system sends it.
3. Cash is still accepted at the office.

Graham

-----Original Message-----
From: Dawn Maxwell
Subject: RE: Trip payments – new system from November

Do we need to send parents the link ourselves?""",
  "bursar replies to all with answers about a new trip payment system", reply=True)

N("reply-all", "wrap72", ex("kate.m@example.org", "Kate Marsden"), [ex("class4parents@school.example", "Class 4 Parents")],
  "Re: Lost: blue lunchbox with dinosaur",
  """Found it! It was in Oliver's bag. Thanks everyone for looking, and sorry for filling your inboxes.

Kate

On Tue, 13 Oct 2026 at 15:40, Sophie Hale <sophie.hale@example.com> wrote:
> Not in ours, sorry! Have you tried the lost property box by the hall?
>
> On Tue, 13 Oct 2026 at 15:12, Kate Marsden <kate.m@example.org> wrote:
>> Hi all, Freddie has lost his blue dinosaur lunchbox. Could you check your
>> child's bag? Please pass the word on if you see it. Thanks!""",
  "inbound: parents' class list reply-all thread about a lost lunchbox", reply=True)

N("reply-all", "flowed", DRAMA, [ALLSTAFF],
  "Re: Christmas production – cast list + rehearsals",
  """Apologies for the second email – the rehearsal schedule had a mistake. Corrected version:

Mon – Act 1 (main cast)
Wed – Act 2 (main cast + chorus)
Thu – Full run (everyone)

Could form tutors please pass this on to any pupils in their forms who are in the cast? The full list is on the drama board.

Ollie

> On 2 Nov 2026, Ollie Grant wrote:
> Hi all, the cast list for the Christmas production is up!""",
  "drama teacher corrects a rehearsal schedule and asks tutors to pass it to cast pupils", reply=True)

N("reply-all", "cp1252", ex("jon.faulkner@example.net", "Jon Faulkner"), [HEAD, ex("governors@school.example", "Governors")],
  "RE: RE: Governors’ meeting date",
  """Tuesday 24th works for me too.

Jon

From: Sarah Kim
Sent: 02 November 2026 19:44
To: Governors
Subject: RE: Governors’ meeting date

Tuesday 24th is fine for me – thanks Harriet.

From: Harriet Osei-Bonsu
Sent: 02 November 2026 16:30
To: Governors
Subject: Governors’ meeting date

Dear Governors, would Tuesday 24 November at 6pm suit for the full governing body meeting?""",
  "inbound: governor's reply-all on a meeting-date thread", reply=True)

N("reply-all", "utf8-8bit", KYLE, [BEN, RYAN, HARVEY, MASON],
  "Re: Re: Re: football after school",
  """im in 👍

> yeh me 2
>> who wants to play football after school on the field? tell the others in 10B""",
  "pupils' short reply-all thread organising football after school", reply=True)

# ===========================================================================
# NEGATIVES, batch D: marketing, research, reports/debunks quoting chains
# ===========================================================================

N("marketing-share", "html-only", ex("offers@schoolwear-direct.example", "Schoolwear Direct"), [OFFICE],
  "Refer a school, get £50 off your next order",
  """Love our uniforms? Refer another school and you both get £50 off your next order. Share your unique code with a friend. Terms apply.""",
  "inbound: uniform supplier's refer-a-school marketing email with share code",
  html="""<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#0a2f5c;color:#fff;padding:18px;text-align:center"><h1>Refer a school, get &pound;50 off</h1></td></tr>
<tr><td style="padding:18px"><p>Love our uniforms? <b>Refer another school</b> and you both get &pound;50 off your next order over &pound;300.</p>
<p style="text-align:center;font-size:22px;border:2px dashed #0a2f5c;padding:8px">Your code: <b>SCHOOL-7QK2</b></p>
<p>Share your unique code with a friend at another school. Terms apply. Offer ends 31 January.</p></td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px;text-align:center">Schoolwear Direct Ltd, Unit 4, Mill Park. <a href="https://schoolwear-direct.example/unsub">Unsubscribe</a></td></tr></table>""",
  expect=["Refer another school", "Share your unique code with a friend at another school."], client="bulk")

N("marketing-share", "alternative", ex("news@edtech-tools.example", "Quizzly for Schools"), [COMP],
  "New: AI question banks + invite colleagues for free Pro",
  """Hi Jenny,

New this term in Quizzly:
- AI-generated question banks aligned to GCSE specs
- Live leaderboards for starters and plenaries
- Improved reports for heads of department

Invite 3 colleagues and you'll all get Pro free until the summer. Just share your invite link: https://quizzly.example/invite/jl-2291

Happy quizzing!
The Quizzly Team

You're receiving this because you have a Quizzly account. Manage preferences.""",
  "inbound: ed-tech product newsletter with an 'invite 3 colleagues for free Pro' referral", client="bulk")

N("marketing-share", "qp", ex("hello@coffeeshop-rewards.example", "Bean There Café"), [DRAMA],
  "☕ Your free coffee is waiting – and one for a friend",
  """Hi Ollie,

You've collected 9 stamps – your 10th coffee is on us!

Bring a friend this week and they get their first drink half price. Just forward this email to them or show the QR code in the app.

See you soon,
Bean There Café

Unsubscribe | Privacy""",
  "inbound: café loyalty email with 'forward this email to a friend for half price'", subj_enc=("utf-8", "B"), client="bulk")

N("marketing-share", "7bit", ex("marketing@theatre-royal.example", "Theatre Royal"), [DRAMA, ENG],
  "Schools matinee: An Inspector Calls - 20% off group bookings",
  """Dear Teacher,

Our schools matinees of An Inspector Calls run 2-6 February. Group bookings of 10+ get 20% off, and one free teacher ticket for every 10 students.

Know a colleague at another school who teaches the play? Please feel free to pass this on.

Book: theatre-royal.example/schools

Theatre Royal Education Team
To stop receiving these emails reply STOP.""",
  "inbound: theatre schools-matinee marketing saying 'please feel free to pass this on'", client="bulk")

N("marketing-share", "base64", ex("deals@travelclub.example", "TravelClub"), [PE],
  "Last chance: ski trip 2027 early-bird (share with your department)",
  """Dear Kieran,

Early-bird prices for school ski trips in February 2027 end on Friday. Lock in 2026 prices with a £50 deposit per student.

Planning a trip with another department or school? Share this offer - each group gets one free staff place per 8 students.

TravelClub Schools
Unsubscribe from marketing emails""",
  "inbound: school-trip operator's early-bird offer encouraging sharing", client="bulk")

N("marketing-share", "cp1252", ex("info@booksfair.example", "Book Fair Team"), [ENG, PRIM, RECEP],
  "Your Book Fair is booked – share the dates with families!",
  """Dear School,

Your Book Fair is confirmed for 16–20 November. Every £1 your families spend earns the school 60p in free books!

We’ve included a ready-made message you can paste into your newsletter or parent app. Please share it with as many families as possible – the more they know, the more books your school earns.

“Our Book Fair is coming 16–20 November! Pop in after school to browse books for all ages.”

Book Fair Team""",
  "inbound: book fair company asks school to share dates with families, includes a paste-in message")

N("marketing-share", "flowed", ex("newsletter@localpaper.example", "The Valley Gazette"), [HEAD],
  "This week in the Valley Gazette",
  """This week's top stories:

- Town centre regeneration plans unveiled
- Schools: a record year for the Valley Schools Music Festival
- Sport: Valley Rovers stay top of the league

Enjoying our newsletter? Forward it to a friend or share it on social media - they can sign up free at valleygazette.example.

Unsubscribe at any time.""",
  "inbound: local newspaper newsletter with 'forward it to a friend' footer", client="bulk")

# --- misinformation research --------------------------------------------------------

N("misinformation-research", "pdf-attachment", ex("j.carr@university.example", "Dr Jo Carr"), [HEAD, DSL],
  "Research summary: how chain messages spread among teenagers",
  """HOW CHAIN MESSAGES SPREAD AMONG TEENAGERS - RESEARCH SUMMARY FOR SCHOOLS

Background: Chain messages instruct readers to forward them to a fixed number of others, often with a threat ("or you will have bad luck") or a reward. They are one of the oldest forms of viral content: paper chain letters circulated in the nineteenth century, email versions in the 1990s, and messaging-app versions today.

Method: We surveyed 1,240 pupils aged 11-16 in 14 schools and analysed 312 chain messages they had received.

Findings:
1. 71% of pupils had received at least one chain message in the past year; 38% had forwarded one.
2. Threat-based messages ("send this to 15 people or she will visit you at 3am") were forwarded more often than reward-based ones.
3. The most common reason for forwarding was anxiety ("just in case"), not belief.
4. Pupils who had discussed chain messages in lessons were half as likely to forward them.

Recommendations: Discuss chain messages calmly in PSHE; avoid naming specific scares in whole-school warnings; reassure pupils that deleting is safe.""",
  "inbound: university researcher sends a PDF research summary on how chain messages spread among teenagers",
  cover="Dear Mrs Osei-Bonsu and Mrs Karim,\n\nThank you again for taking part in our study. A summary of the findings is attached; please share it with staff if useful.\n\nDr Jo Carr\n",
  attach_name="Chain messages research summary.pdf", doc_title="Research summary")

N("misinformation-research", "wrap72", ex("editor@edu-research-digest.example", "Education Research Digest"), [DEP, COMP],
  "Digest #212: misinformation, memory and the 'illusory truth' effect",
  """EDUCATION RESEARCH DIGEST #212

1. Repetition makes falsehoods feel true
A new review confirms the "illusory truth" effect: people rate statements as more accurate simply because they have seen them before. The authors note that hoax warnings and chain letters exploit this, since recipients often see the same message from several friends.

2. Prebunking works better than debunking
Short "inoculation" lessons that show pupils the techniques used in misleading messages - urgency, false authority, emotional stories - reduced sharing of misinformation by about a fifth.

3. Teacher confidence with media literacy
Only a third of surveyed teachers felt confident teaching media literacy.

Know a colleague who'd find this useful? They can subscribe at edu-research-digest.example.""",
  "inbound: research digest summarising studies on misinformation and chain letters", client="bulk")

N("misinformation-research", "alternative", COMP, [DEP, IT],
  "Article: why we still get virus hoaxes in 2026",
  """Phil, Paul - interesting piece I read at the weekend, thought of our hoax problem.

Summary: The author traces email virus hoaxes from "Good Times" (1994) through "jdbgmgr.exe" (2002) to today's WhatsApp warnings. The pattern barely changes: a dramatic claim, a trusted-sounding source (IBM, Microsoft, CNN, "the police"), an instruction to "forward this to everyone you know", and no date. The instruction to forward is the only part that actually spreads anything - the "virus" never existed.

The author's suggestion for organisations: filter obvious chain mail at the gateway, explain why, and give staff one easy place to report suspect warnings.

Link: https://www.securityweekly.example/2026/10/why-hoaxes-persist

Jenny""",
  "computing teacher shares and summarises an article on the history of virus hoaxes")

N("misinformation-research", "docx-attachment", pu("Jonah", "Pell", 25), [COMP],
  "EPQ draft - chapter 2 (literature review)",
  """# Chapter 2: Literature review - chain letters as an early form of viral media

The earliest chain letters were religious. The "Letter from Heaven", which claimed to have been written by Christ, promised protection to those who copied it and warned of misfortune to those who did not. By the 1930s the "Send-a-Dime" letter had turned the chain into a money scheme; so many were posted in Denver in 1935 that the post office had to hire extra staff.

The arrival of email removed the cost of copying. Researchers have compared chain letters to genes: the parts that survive are those that make people copy them - a threat, a promise, a deadline, and an instruction like "send this to ten people".

Today, "copy and paste" warnings on social media follow the same pattern. The key difference is speed.

Word count so far: 1,840.""",
  "pupil submits an EPQ literature-review chapter on the history of chain letters",
  cover="Hi Miss Lo, here is my draft chapter 2 for feedback. Thanks, Jonah\n", attach_name="EPQ chapter 2 draft.docx", doc_title="EPQ chapter 2")

N("misinformation-research", "html-attachment", ex("library@university.example", "University Library"), [ENG],
  "Your requested article: 'Forward to ten friends': folklore of the chain letter",
  """'Forward to ten friends': the folklore of the chain letter

Abstract. This article examines 600 chain letters collected between 1970 and 2020. It argues that the chain letter is a genre of folklore whose key formal features - the instruction to copy, the numerical target, the deadline, and the exemplary tales of reward and punishment - have remained stable across media. We show how email versions adapted older paper letters, and how recipients' replies ("I don't believe in these but...") are part of the genre.

Keywords: folklore, chain letters, digital culture, superstition""",
  "inbound: university library delivers a requested article abstract on the folklore of chain letters (.html attachment)",
  cover="Dear Sam Whitaker,\n\nThe article you requested through document supply is attached.\n\nUniversity Library\n", attach_name="chain-letter-folklore.html")

N("misinformation-research", "flowed", st("Joe", "Quarmby"), [DEP],
  "Notes from the misinformation CPD",
  """Phil,

Notes from yesterday's CPD on misinformation, as promised:

- Most pupils can spot an obvious hoax when asked, but forward them anyway because of social pressure ("everyone else sent it").
- "Chain" messages (send to X people or...) are still the most common kind Year 7 and 8 see.
- The trainer recommended the SIFT method: Stop, Investigate the source, Find better coverage, Trace claims back.
- Suggests we don't do scary assemblies about specific hoaxes.

Happy to run a 20-minute version for staff in January.

Joe""",
  "PSHE lead shares notes from a CPD session on misinformation and chain messages")

# --- reports, complaints and debunks that quote a chain ------------------------

N("report-to-it", "7bit", st("Hannah", "Becket"), [IT],
  "Is this a chain letter? (not forwarding to anyone else)",
  """Hi Paul,

I've had the email below from a friend. Is it genuine? I haven't sent it on to anyone. It says:

"Microsoft and AOL are running an e-mail beta test. For every person you forward this to, Microsoft will pay you $245."

I'm guessing it's nonsense but wanted to check before I reply to her.

Thanks,
Hannah""",
  "staff member asks IT whether a quoted 'Microsoft pays for forwards' message is genuine, having not forwarded it")

N("report-to-it", "rfc822-forward", TA, [IT],
  "Reporting suspicious email",
  "",
  "TA reports a chain letter to IT by attaching it, as the IT reminder asked",
  cover="Hi Paul, as per your email last week I'm sending you this one to check rather than forwarding it round. I think it's a hoax. I haven't sent it to anyone else. Lorraine\n",
  inner=dict(frm=("brenda.hollis@example.net", "Brenda Hollis"), to=[("l.pike@school.example", "Lorraine Pike")],
             subject="FW: important virus warning", shape="7bit",
             text="""If you receive an email called "Postcard from Hallmark" do not open it. It will erase your C drive. Send this to everyone you know."""))

N("parent-complaint", "wrap72", ex("r.haddad@example.com", "Rania Haddad"), [Y7, HEAD],
  "My daughter was sent a frightening message on her school email",
  """Dear Mrs Finch,

I am writing because my daughter Leila (7F) came home very upset last night. Another pupil sent her a message on her school email which said:

"there was a girl who died in 2007 ... if you read this she will come to your bedroom at 3am ... the only way to stop her is to send this to 15 people"

Leila was too scared to sleep and was crying at 1am. She did not send it on, and I told her it was made up, but I am concerned that this was sent through the school's own system. Can you tell me what the school does to stop messages like this?

I'd rather the other child wasn't punished harshly - I'm sure they were frightened too - but I'd like to know it has been dealt with.

Yours sincerely,
Rania Haddad""",
  "inbound: parent complains to the head of year about a curse chain her daughter received, quoting part of it",
  headers=[])

N("debunk-reply", "qp", ENG, [GEOG, ALLSTAFF],
  "RE: Warning – do NOT accept 'Jayden K Smith'",
  """Hi Liam (and all),

I hate to be that person, but this one is a hoax – it's been going round since 2017 and the fact-checkers have covered it many times. Accepting a friend request can't "hack" your account, and there's no Jayden K Smith.

Please don't forward it on – Paul in IT has asked us to send anything like this to him instead.

Sam

-----Original Message-----
From: Liam Brennan
Subject: FW: Warning – do NOT accept 'Jayden K Smith'

Please tell all the contacts in your messenger list not to accept Jayden K. Smith's friendship request...""",
  "staff member replies to all explaining that a forwarded hacker warning is a hoax and asking people not to forward it",
  reply=True)

N("debunk-reply", "alternative", DSL, [ex("sallyann.grieve@example.net", "Sally-Ann Grieve"), Y7, HEAD],
  "Re: Year 7 parents – message going round, please pass on",
  """Dear Mrs Grieve,

Thank you for letting us know about this message – I can understand why it worried you.

We have checked with our police liaison officer and with the UK Safer Internet Centre, and this particular warning has been circulating since 2019. There is no evidence that the character appears in children's videos. For that reason we won't be sending it out to parents: experience shows that these warnings tend to frighten children and lead them to search for the content.

What we will do is include some general online-safety advice in Friday's newsletter. If your own child has seen something upsetting, please do get in touch.

Kind regards,
Nadia Karim
Designated Safeguarding Lead""",
  "DSL replies to a parent declining to pass on a hoax warning, explaining why", reply=True)

N("debunk-reply", "wrap72", ex("dave.sillitoe@example.net", "Dave Sillitoe"), [SITE],
  "Re: FW: URGENT VIRUS WARNING!!! PLEASE READ",
  """Steve,

Ignore Derek's email, that "Postcard from Hallmark" thing is a hoax from about 2006. I looked it up. Don't send it round the school whatever you do, you'll have the IT lad after you!

See you Saturday,
Dave

> PLEASE FORWARD THIS TO EVERYONE IN YOUR CONTACT LIST!!!
> If you receive an email titled "Postcard from Hallmark" DO NOT OPEN IT.""",
  "inbound: relative tells the caretaker that a forwarded virus warning is a hoax, quoting a fragment",
  reply=True)

# ===========================================================================
# NEGATIVES, batch E: other languages, pupils passing on real news, misc
# ===========================================================================

N("foreign-language", "qp", POL, [ex("rodzice.pl@school.example", "Rodzice (Polish-speaking parents)")],
  "Zebranie z rodzicami – czwartek 19.11",
  """Szanowni Państwo,

zapraszamy na zebranie z rodzicami w czwartek 19 listopada o godz. 17:00 w auli szkoły. Tłumacz języka polskiego będzie obecny przez cały wieczór.

Prosimy przekazać tę informację innym polskojęzycznym rodzinom, które mogły nie otrzymać tej wiadomości.

(English: Parents' evening, Thursday 19 November, 5pm in the school hall. A Polish interpreter will be present. Please pass this on to other Polish-speaking families who may not have received it.)

Z poważaniem,
Agnieszka Wróbel""",
  "staff member sends a Polish/English parents' evening notice asking families to pass it on to others",
  subj_enc=("utf-8", "Q"))

N("foreign-language", "7bit", ex("farah.qadri@example.com", "Farah Qadri"), [SCI],
  "Eid Mubarak Sir",
  """Assalam o alaikum Mr Mahmood,

Eid Mubarak aap ko aur aap ki family ko! Amir ne bataya ke aap ne usse science club ke liye bohat help ki. Shukriya.

Agle hafte parents evening pe mulaqat hogi inshaAllah.

Farah Qadri (Amir ki ammi)""",
  "inbound: parent sends Eid greetings in transliterated Urdu thanking a teacher")

N("foreign-language", "latin1", MFL, [ex("familias.intercambio@example.es", "Familias de acogida")],
  "Intercambio marzo - información para las familias",
  """Estimadas familias:

Les escribo para confirmar las fechas del intercambio: nuestros alumnos llegarán el 12 de marzo y volverán el 19. Adjunto el programa de actividades. 

Si conocen a otras familias del instituto que quieran acoger a un alumno, por favor, pásenles este mensaje. Aún necesitamos tres familias más.

Muchas gracias y un saludo cordial,
Lucía Fernández
Departamento de Idiomas""",
  "staff member writes to Spanish host families (outbound) asking them to pass the message to other possible hosts")

N("foreign-language", "utf8-8bit", WELSH, [ALLSTAFF],
  "Diolch! Wythnos Shwmae 🏴",
  """Diolch yn fawr i bawb am gymryd rhan yn Wythnos Shwmae! Roedd hi'n hyfryd clywed cymaint o Gymraeg yn y coridorau.

Thank you all for taking part in Shwmae Week! It was lovely to hear so much Welsh in the corridors. Please pass my thanks on to your tutor groups.

Bronwen""",
  "Welsh teacher thanks staff for Welsh-language week and asks them to pass thanks to tutor groups")

# --- pupils passing on real information --------------------------------------------

N("pupil-pass-on", "7bit", pu("Priya", "Lal", 25), [pu("Jonah", "Pell", 25), pu("Tom", "Ashe", 25), MASON, HARVEY],
  "chem homework deadline moved",
  """Mr Mahmood said the chemistry homework is now due MONDAY not friday because teams was down. tell anyone in 11C who wasnt there pls""",
  "pupil tells classmates a homework deadline has moved and asks them to tell absent pupils")

N("pupil-pass-on", "qp", AALIYAH, [IMOGEN, BILAL, AMIR, pu("Sophie", "Dale", 22)],
  "has anyone seen my coat?? 😭",
  """I left my black puffer coat in the sports hall after PE on Tuesday and now it's gone 😭 it has my name in the label. If anyone sees it please tell me or take it to lost property. Can you ask your forms too? My mum is going to kill me

thank youuu""",
  "pupil asks friends to look out for her lost coat and ask their forms")

N("pupil-pass-on", "alternative", FREYA, [JADE, SUMMER, IMOGEN, CERYS, LILY],
  "my birthday party!! 🎂",
  """Hiiii!! You're invited to my 14th birthday party 🎉

Saturday 7th November, 6–9pm at Bowl World then pizza. My mum will pick us up from the bowling alley.

Please tell me by Wednesday if you can come so my mum can book!! Don't tell everyone though because we can only have 8 people 😬

Freya xx""",
  "pupil invites friends to a birthday party (asks them not to tell everyone)")

N("pupil-pass-on", "wrap72", BILAL, [ex("y8all@students.school.example", "Year 8")],
  "Vote for me for school council!",
  """Hi Year 8,

I'm standing for school council. If I get elected I will:
- ask for more water fountains
- get the library open at lunch on Fridays
- try to get a bike shelter that actually has a roof

Voting is in tutor time on Thursday. Please vote for me and tell your friends about my ideas!

Bilal (8R)""",
  "pupil's school-council election email to his year asking them to tell friends (sent via year list with staff approval)")

N("pupil-reports-chain", "flowed", ZARA, [Y7, st("Sasha", "Bloom")],
  "someone sent me a weird message",
  """Hi Miss,

Someone in another form sent me a message on my school email that says I have to send it to 10 people or something bad will happen to my family. I didn't send it to anyone. It's a bit scary. I've not deleted it in case you need to see it.

Can you tell me what to do?

Zara (10K)""",
  "pupil reports to staff that she received a chain message and did not forward it")

# --- misc tempting legit mail ------------------------------------------------------

N("kindness-week", "html-only", DEP, [ALLSTAFF],
  "Random Acts of Kindness Week – pay it forward! 💛",
  """Random Acts of Kindness Week. Each day has a small challenge: leave a kind note, make someone a cuppa, thank a colleague. If someone does something kind for you, pay it forward! No need to email about it, just do it.""",
  "deputy head launches a staff kindness week with 'pay it forward' challenges",
  html="""<div style="font-family:Calibri,sans-serif;font-size:12pt">
<p>Hi everyone,</p>
<p>Next week is <b>Random Acts of Kindness Week</b> &#128155;. Each day has a small challenge:</p>
<ul><li>Mon &ndash; leave a kind note in a colleague's pigeonhole</li><li>Tue &ndash; make someone a cuppa</li><li>Wed &ndash; thank a member of the support staff</li><li>Thu &ndash; share a resource with another department</li><li>Fri &ndash; cake in the staffroom (thanks, PTA!)</li></ul>
<p>If someone does something kind for you, <b>pay it forward!</b> No need to email about it, just do it.</p>
<p>Phil</p></div>""",
  expect=["Random Acts of Kindness Week", "pay it forward!", "No need to email about it, just do it."])

N("community-notice", "utf8-8bit", ex("jan.fielding@example.org", "Jan Fielding"), [SITE],
  "Missing cat – Birch Way 🐈",
  """Hi Steve,

Sorry to bother you at work – our cat Pickle (black with white paws, blue collar) has been missing since Sunday from no. 14 Birch Way. He's microchipped.

Could you check your garage and shed? And if you could mention it to the neighbours on your side of the road that would be great.

Thanks so much,
Jan (07700 900123)""",
  "inbound: neighbour asks caretaker to check his shed for her missing cat and mention it to neighbours")

N("community-notice", "html-related", ex("events@communityhub.example", "Community Hub"), [PTA, PRIM],
  "Harvest Supper poster – please display",
  "",
  "inbound: community hub sends an image poster (text only in alt text) for the school to display",
  html="""<html><body><p style="font-family:Arial">Hello! Our Harvest Supper poster is below &ndash; we'd be grateful if you could display it or share it with families.</p>
<img src="cid:CID" width="420" height="594" alt="Harvest Supper, Saturday 10 October, 6pm, Community Hub. Tickets 5 pounds adults, children free. All welcome.">
<p style="font-family:Arial">Thank you, Community Hub team</p></body></html>""",
  plain_alt="Hello! Our Harvest Supper poster is attached - we'd be grateful if you could display it or share it with families.\n",
  expect=["Harvest Supper, Saturday 10 October", "share it with families"])

N("community-notice", "qp", ex("schools@blooddonation.example", "Blood Donation Service"), [BURSAR, HEAD],
  "Donor session at your school – 12 November",
  """Dear colleagues,

Thank you for hosting a blood donor session in your sports hall on 12 November, 1.30–7.30pm.

We would be grateful if you could let staff, sixth formers aged 17+, parents and the local community know. A poster and a short message for your newsletter are at blood.example/schools. New donors can book online.

Every donation can help up to three people.

Blood Donation Service – Community Engagement""",
  "inbound: blood service asks the school to tell staff, parents and community about a donor session")

N("community-notice", "text-attachment", Y7, [ex("y7parents@school.example", "Year 7 Parents")],
  "Non-uniform day letter (Friday)",
  """NON-UNIFORM DAY - FRIDAY 13 NOVEMBER

Dear Parents and Carers,

On Friday pupils may come to school in their own clothes in return for a donation of £1 to Children in Need. Please make sure clothing is suitable for school (no offensive slogans, sensible footwear for PE).

Thank you for your support.

Mrs E Finch
Head of Year 7""",
  "head of year sends a non-uniform-day letter as a .txt attachment",
  cover="Dear parents, please see the attached letter. Thank you. Mrs Finch\n", attach_name="Non-uniform day.txt")

N("ordinary-forward", "wrap72", ex("pat.kirby@example.com", "Pat Kirby"), [JADE],
  "Fwd: Fwd: Fwd: Nana's flapjack recipe",
  """Jade love, here's the recipe you asked for. It's been through your auntie and me so ignore all the stuff at the bottom! Mum x

---------- Forwarded message ---------
From: Linda Kirby
Subject: Fwd: Fwd: Nana's flapjack recipe

> ---------- Forwarded message ---------
> From: Sheila Kirby
> Subject: Fwd: Nana's flapjack recipe
>
> > NANA'S FLAPJACK
> > 250g oats, 125g butter, 125g brown sugar, 3 tbsp golden syrup.
> > Melt butter, sugar and syrup. Stir in oats. Press into a tin.
> > 180C for 20 minutes. Cut while warm.""",
  "inbound: parent forwards a thrice-forwarded family recipe to her child")

N("charity-fundraiser", "zip-attachment", ex("schools@shoebox-appeal.example", "Shoebox Appeal"), [PTA, RECEP],
  "Shoebox Appeal 2026 – leaflets and labels (zip)",
  "",
  "inbound: charity shoebox appeal pack (zip with leaflet text and labels) for school to share with families",
  cover="Dear school, thank you for joining the Shoebox Appeal again! The leaflet and labels are in the attached zip. Please feel free to share the leaflet with families.\n",
  attach_name="shoebox pack.txt",
  zip_members=[("leaflet.txt", """FILL A SHOEBOX THIS CHRISTMAS

1. Wrap a shoebox and lid separately.
2. Fill it with gifts for a boy or girl: a toy, school items, hygiene items.
3. Add a 5 pound donation towards delivery.
4. Bring it to school by 20 November.

Tell your friends and family - the more boxes, the more smiles!
"""), ("labels.txt", """BOY 2-4 | GIRL 2-4 | BOY 5-9 | GIRL 5-9 | BOY 10-14 | GIRL 10-14
""")],
  expect=["Fill it with gifts for a boy or girl", "Tell your friends and family - the more boxes, the more smiles!"])

N("exhibition-invite", "alternative", ex("learning@postalmuseum.example", "Postal Museum Learning"), [HIST, ENG],
  "New exhibition for schools: 'Send This To Ten Friends'",
  """Dear teacher,

Our new exhibition, "Send This To Ten Friends: chain letters 1890-2020", opens on 9 January. It traces chain letters from Victorian "prayer chains" and the 1935 "Send-a-Dime" craze to email hoaxes and WhatsApp forwards, with more than 200 original letters.

Free KS3/KS4 workshop: pupils examine real chain letters, identify the persuasive techniques, and design a "myth-buster" poster. Links to English (persuasive writing), History (source analysis) and PSHE (online safety).

Book at postalmuseum.example/schools. Please share with colleagues who might be interested.

Learning Team""",
  "inbound: museum invites schools to an exhibition and workshop about chain letters")

N("it-security-warning", "flowed-delsp", IT, [pu("Jonah", "Pell", 25)],
  "Re: Computing project – hoax detector idea",
  """Hi Jonah,

Miss Lo passed your idea on to me - sounds great. I can't give you real emails from the school system, but I'm happy to talk through how our filtering works in general terms, and you could use published examples from fact-checking sites (Snopes, Full Fact) to build your test set, as you suggested.

Come and find me in the IT office on Wednesday lunchtime.

Mr Gethin""",
  "IT manager replies to a pupil about his hoax-detector project", reply=True)
if __name__ == "__main__":
    main()
