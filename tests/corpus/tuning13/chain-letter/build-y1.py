#!/usr/bin/env python3
# Deterministic generator for writer y1 (blind held-out corpus).
# Standard library only. Run from inside the policy folder: python3 build-y1.py
# Everything below the "MESSAGES" marker is the content; the helpers above it
# are shared between the chain-letter and personal-data builders.

import base64
import datetime
import html as htmlmod
import io
import json
import os
import quopri
import random
import struct
import textwrap
import zipfile
import zlib

W = "y1"
ORG = "Ravensmoor College"

# ---------------------------------------------------------------- identifiers

def uln_check(first9):
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 10 - (s % 11)
    return None if c == 10 else c


def make_uln(rng):
    while True:
        first9 = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(first9)
        if c is not None:
            return first9 + str(c)


def bad_uln(rng):
    """A 10-digit number that FAILS the ULN check."""
    while True:
        first9 = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(first9)
        last = rng.randint(0, 9)
        if c is None or last != c:
            return first9 + str(last)


def nhs_check(first9):
    s = sum(int(d) * w for d, w in zip(first9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def make_nhs(rng, spaced=True):
    while True:
        first9 = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(first9)
        if c is not None:
            n = first9 + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check(rest12):
    s = 0
    for i, ch in enumerate(rest12):
        w = i + 2
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        s += v * w
    return UPN_LETTERS[s % 23]


def make_upn(rng, la, estab, year):
    serial = "%03d" % rng.randint(1, 999)
    rest = "%03d%04d%02d%s" % (la, estab, year % 100, serial)
    return upn_check(rest) + rest


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def make_nino(rng, spaced=False):
    letters = "ABCEGHJKLMNOPRSTWXYZ"
    while True:
        a, b = rng.choice(letters), rng.choice(letters)
        if a in NINO_BAD_FIRST or b in NINO_BAD_SECOND or (a + b) in NINO_BAD_PREFIX:
            continue
        d = "".join(str(rng.randint(0, 9)) for _ in range(6))
        s = rng.choice("ABCD")
        if spaced:
            return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"
        return f"{a}{b}{d}{s}"


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, prefix, length=16):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in range(10):
            if luhn_ok(body + str(c)):
                n = body + str(c)
                return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def acct_ok_0101(acct):
    # modulus 11 with weights 8..1 over the account number (sort codes 01-xx-xx)
    return sum(int(d) * w for d, w in zip(acct, range(8, 0, -1))) % 11 == 0


def make_bank(rng):
    while True:
        sc = "01-%02d-%02d" % (rng.randint(10, 59), rng.randint(10, 99))
        acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
        if acct[0] != "0" and acct_ok_0101(acct):
            return sc, acct


# ---------------------------------------------------------------- dates / ids

def _last_sunday(year, month):
    d = datetime.date(year, month, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


_SECS = random.Random("y1-seconds")


def maildate(y, m, d, hh, mm, ss=None):
    if ss is None:
        ss = _SECS.randint(0, 59)
    day = datetime.date(y, m, d)
    bst = _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    off = "+0100" if bst else "+0000"
    dt = datetime.datetime(y, m, d, hh, mm, ss)
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + off


def hexs(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def msgid(rng, client, domain):
    if client in ("outlook", "owa", "outlook-ios", "outlook-android"):
        pfx = rng.choice(["LO2P265", "LO4P265", "CWLP265", "LO0P265", "DB9P265"])
        box = pfx + "MB" + str(rng.randint(1000, 9999))
        return f"<{box}{hexs(rng, 26)}@{box}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "gmail":
        alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        return "<CA" + "".join(rng.choice(alph) for _ in range(44)) + "@mail.gmail.com>"
    if client in ("iphone", "apple"):
        return f"<{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}@{domain}>"
    if client == "thunderbird":
        h = hexs(rng, 32).lower()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if client == "yahoo":
        return f"<{rng.randint(100000000, 999999999)}.{rng.randint(1000000, 9999999)}.{rng.randint(1700000000000, 1760000000000)}@mail.yahoo.example>"
    return f"<{rng.randint(10**11, 10**12)}.{hexs(rng, 10).lower()}@{domain}>"


CLIENT_HEADERS = {
    "outlook": [("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "owa": [("Content-Language", "en-GB")],
    "outlook-ios": [("X-Mailer", "Outlook for iOS")],
    "outlook-android": [],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "yahoo": [("X-Mailer", "WebService/1.1.22077 YMailNorrin")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
}

# ---------------------------------------------------------------- encodings

def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded-word if needed."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    raw = text.encode(charset)
    if enc == "B":
        out = []
        # keep encoded-words short enough
        chunk = b""
        pieces = []
        for ch in text:
            b = ch.encode(charset)
            if len(chunk) + len(b) > 45:
                pieces.append(chunk)
                chunk = b""
            chunk += b
        if chunk:
            pieces.append(chunk)
        for p in pieces:
            out.append(f"=?{charset}?B?{base64.b64encode(p).decode()}?=")
        return "\n ".join(out)
    q = ""
    for b in raw:
        c = chr(b)
        if c == " ":
            q += "_"
        elif c.isalnum() and b < 128:
            q += c
        else:
            q += "=%02X" % b
    return f"=?{charset}?Q?{q}?="


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()@"'):
            n = '"' + name.replace('"', '\\"') + '"'
        else:
            n = name
    except UnicodeEncodeError:
        n = ew(name, charset, "Q" if charset != "utf-8" else "B")
    return f"{n} <{email}>"


def addrlist(lst, charset="utf-8"):
    items = [addr(n, e, charset) for n, e in lst]
    return ",\n ".join(items)


def qp_encode(data: bytes) -> str:
    s = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return s


def b64_encode(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def wrap_text(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        pre = ""
        while line.startswith(">"):
            pre += ">"
            line = line[1:]
        if pre:
            pre += " "
            line = line.lstrip(" ")
        lead = len(line) - len(line.lstrip(" "))
        ind = " " * lead
        # list items keep a hanging indent
        hang = ind
        stripped = line.lstrip(" ")
        for marker in ("- ", "* ", "o "):
            if stripped.startswith(marker):
                hang = ind + "  "
        if stripped[:3].rstrip(".) ").isdigit() and stripped[1:3] in (". ", ") ") or stripped[2:4] in (". ", ") "):
            hang = ind + "   "
        w = textwrap.wrap(stripped, width=width - len(pre), initial_indent=ind,
                          subsequent_indent=hang, break_long_words=False,
                          break_on_hyphens=False)
        out.extend(pre + x for x in w)
    return "\n".join(out)


def flow_text(text, width=72):
    """format=flowed: soft line breaks end in a space."""
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" ")
        pre = ""
        while line.startswith(">"):
            pre += ">"
            line = line[1:]
        if pre:
            line = line.lstrip(" ")
            pre += " "
        if line.startswith(" ") or line.startswith("From ") or line == "-- ":
            line = " " + line if not pre else line
        if len(pre) + len(line) <= width:
            out.append(pre + line)
            continue
        words = line.split(" ")
        cur = ""
        segs = []
        for wd in words:
            if cur and len(pre) + len(cur) + len(wd) + 1 > width:
                segs.append(cur + " ")
                cur = wd
            else:
                cur = wd if not cur else cur + " " + wd
        segs.append(cur)
        out.extend(pre + s for s in segs)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts
# A part is (headers: list[(name, value)], body: bytes)

def hdr_bytes(headers):
    return "".join(f"{k}: {v}\n" for k, v in headers).encode("utf-8")


def ser(part):
    h, b = part
    if not b.endswith(b"\n"):
        b += b"\n"
    return hdr_bytes(h) + b"\n" + b


def text_part(text, charset="utf-8", cte=None, subtype="plain", flowed=False, extra=None):
    data = text.encode(charset)
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
            if charset == "utf-8" and subtype == "plain":
                charset = "us-ascii" if not flowed else "utf-8"
        except UnicodeEncodeError:
            cte = "8bit"
    ct = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        ct = f"text/{subtype}; charset={charset}; format=flowed; delsp=no"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        headers += extra
    if cte == "quoted-printable":
        body = qp_encode(data).encode("ascii")
    elif cte == "base64":
        body = b64_encode(data).encode("ascii")
    else:
        body = data
    return (headers, body)


def attach_part(filename, ctype, data, disposition="attachment", cte="base64"):
    headers = [("Content-Type", f"{ctype}; name=\"{filename}\""),
               ("Content-Disposition", f"{disposition}; filename=\"{filename}\""),
               ("Content-Transfer-Encoding", cte)]
    if cte == "base64":
        body = b64_encode(data).encode("ascii")
    elif cte == "quoted-printable":
        body = qp_encode(data).encode("ascii")
    else:
        body = data
    return (headers, body)


def multipart(subtype, parts, boundary, params="", preamble=True):
    ct = f"multipart/{subtype};\n boundary=\"{boundary}\"" + params
    out = b""
    if preamble and subtype == "mixed":
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n".encode() + ser(p)
        if not out.endswith(b"\n\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode()
    return ([("Content-Type", ct)], out)


def rfc822_part(msg_bytes, filename=None):
    h = [("Content-Type", "message/rfc822" + (f"; name=\"{filename}\"" if filename else ""))]
    if filename:
        h.append(("Content-Disposition", f"attachment; filename=\"{filename}\""))
    return (h, msg_bytes)


def boundary(rng, style="outlook"):
    if style == "outlook":
        return "_000_" + hexs(rng, 30) + "_"
    if style == "gmail":
        return "000000000000" + hexs(rng, 12).lower()
    if style == "apple":
        return "Apple-Mail=_" + f"{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}"
    if style == "thunderbird":
        return "------------" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(24))
    return "----=_Part_" + str(rng.randint(100000, 999999)) + "_" + str(rng.randint(10**8, 10**9)) + "." + str(rng.randint(10**12, 10**13))


def message(headers, part):
    h = list(headers) + [("MIME-Version", "1.0")] + part[0]
    return hdr_bytes(h) + b"\n" + (part[1] if part[1].endswith(b"\n") else part[1] + b"\n")


# ---------------------------------------------------------------- HTML

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink
	{{color:#467886;
	text-decoration:underline;}}
.MsoChpDefault
	{{font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def esc(s):
    return htmlmod.escape(s, quote=False)


def html_from_text(text, style="outlook", charset="utf-8"):
    lines = text.split("\n")
    if style == "outlook":
        out = [OUTLOOK_HEAD.format(cs=charset)]
        for ln in lines:
            if ln.strip() == "":
                out.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n")
            else:
                out.append(f"<p class=\"MsoNormal\">{esc(ln)}<o:p></o:p></p>\n")
        out.append("</div>\n</body>\n</html>\n")
        return "".join(out)
    if style == "gmail":
        out = ["<div dir=\"ltr\">"]
        for ln in lines:
            out.append("<div><br></div>" if ln.strip() == "" else f"<div>{esc(ln)}</div>")
        out.append("</div>\n")
        return "\n".join(out)
    # generic
    paras = "\n".join(lines).split("\n\n")
    out = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\"></head>",
           "<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px;\">"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>\n")
    return "\n".join(out)


def html_part(html, charset="utf-8", cte="quoted-printable"):
    return text_part(html, charset=charset, cte=cte, subtype="html")


# ---------------------------------------------------------------- office files

FIXED_ZIP_TIME = (2025, 1, 6, 9, 30, 0)


def zip_bytes(files, date_time=FIXED_ZIP_TIME):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx_bytes(paragraphs, table=None, title=None):
    """paragraphs: list of str; table: list of rows (list of str) placed after paragraphs."""
    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f"<w:r>{rpr}<w:t xml:space=\"preserve\">{esc(t)}</w:t></w:r>"
    body = []
    if title:
        body.append(f"<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>{run(title, True)}</w:p>")
    for p in paragraphs:
        bold = p.startswith("**")
        t = p.strip("*")
        body.append(f"<w:p>{run(t, bold)}</w:p>")
    if table:
        rows = []
        for i, r in enumerate(table):
            cells = "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr><w:p>{run(c, i == 0)}</w:p></w:tc>" for c in r)
            rows.append(f"<w:tr>{cells}</w:tr>")
        body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + "".join(rows) + "</w:tbl><w:p/>")
    doc = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
           + "".join(body) +
           "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>")
    ctypes = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
              "</Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            "</Relationships>")
    core = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            f"<dc:title>{esc(title or '')}</dc:title><dc:creator>{ORG}</dc:creator></cp:coreProperties>")
    return zip_bytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                      ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Sheet1"):
    xr = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri + 1}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f"<c r=\"{ref}\"><v>{v}</v></c>")
            else:
                cells.append(f"<c r=\"{ref}\" t=\"inlineStr\"><is><t>{esc(str(v))}</t></is></c>")
        xr.append(f"<row r=\"{ri + 1}\">" + "".join(cells) + "</row>")
    sheet_xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                 + "".join(xr) + "</sheetData></worksheet>")
    wb = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          f"<sheets><sheet name=\"{esc(sheet)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
    wbrels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              "</Relationships>")
    ctypes = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              "</Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            "</Relationships>")
    return zip_bytes([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                      ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                      ("xl/worksheets/sheet1.xml", sheet_xml)])


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- encryption look-alikes

def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRC = _crc_table()


def _crc_upd(crc, b):
    return _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pw:
            self.upd(b)

    def upd(self, b):
        k = self.k
        k[0] = _crc_upd(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self.upd(p)
        return bytes(out)


def encrypted_zip_bytes(files, password, rng, date_time=FIXED_ZIP_TIME):
    """Traditional PKWARE (ZipCrypto) password-protected zip, deflated."""
    y, mo, d, h, mi, s = date_time
    dostime = (h << 11) | (mi << 5) | (s // 2)
    dosdate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(password.encode())
        hdr = bytes(rng.randint(0, 255) for _ in range(11)) + bytes([crc >> 24])
        encd = zc.enc(hdr + comp)
        fname = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate,
                           crc, len(encd), len(data), len(fname), 0) + fname + encd
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate,
                               crc, len(encd), len(data), len(fname), 0, 0, 0, 0,
                               0o644 << 16, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                       len(central), cd_off, 0)
    return bytes(out)


def fake_smime_der(rng, size):
    # ContentInfo SEQUENCE { OID envelopedData, [0] { ... } } followed by opaque bytes
    inner = bytes(rng.randint(0, 255) for _ in range(size))
    oid = bytes.fromhex("06092a864886f70d010703")
    a0 = b"\xa0\x82" + struct.pack(">H", len(inner)) + inner
    seq_body = oid + a0
    return b"\x30\x82" + struct.pack(">H", len(seq_body)) + seq_body


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def fake_pgp_armor(rng, size):
    pkt = bytes([0x85, 0x01, 0x0C, 0x03]) + bytes(rng.randint(0, 255) for _ in range(size))
    b = base64.b64encode(pkt).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    c = base64.b64encode(struct.pack(">I", crc24(pkt))[1:]).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + c + "\n-----END PGP MESSAGE-----\n"


# ---------------------------------------------------------------- builder

INTERNAL = ("school.example", "students.school.example")


def is_internal(a):
    return a.lower().split("@")[-1] in INTERNAL


class Corpus:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.entries = []

    def add(self, n, label, family, shape, frm, to, subject, date, part, client="outlook",
            cc=None, auth=True, note="", extra_headers=None, reply_to=None, in_reply_to=None,
            charset="utf-8", envelope_from=None):
        rng = self.rng
        domain = frm[1].split("@")[1]
        mid = msgid(rng, client, domain)
        h = [("From", addr(frm[0], frm[1], charset))]
        h.append(("To", addrlist(to, charset)))
        if cc:
            h.append(("Cc", addrlist(cc, charset)))
        if reply_to:
            h.append(("Reply-To", reply_to))
        h.append(("Subject", ew(subject, charset, "Q" if charset != "utf-8" else "B")))
        if client in ("outlook", "owa"):
            h.append(("Thread-Topic", ew(subject.replace("RE: ", "").replace("FW: ", ""), charset, "Q" if charset != "utf-8" else "B")))
            h.append(("Thread-Index", base64.b64encode(bytes(rng.randint(0, 255) for _ in range(22))).decode()))
        h.append(("Date", date))
        h.append(("Message-ID", mid))
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
            h.append(("References", in_reply_to))
        for k, v in CLIENT_HEADERS.get(client, []):
            if k == "X-MS-Has-Attach":
                v = "yes" if "mixed" in part[0][0][1] else ""
            h.append((k, v))
        if extra_headers:
            h += extra_headers
        raw = message(h, part)
        assert b"\r" not in raw
        folder = "positive" if label == "positive" else "negative"
        fname = f"{folder}/{W}-{n:03d}-{family}.eml"
        os.makedirs(folder, exist_ok=True)
        with open(fname, "wb") as f:
            f.write(raw)
        rcpt = [e for _, e in to] + [e for _, e in (cc or [])]
        self.entries.append({
            "file": fname, "label": label,
            "mail_from": envelope_from or frm[1], "rcpt": rcpt,
            "auth_user": frm[1] if auth else None,
            "shape": shape, "family": family, "note": note,
        })
        return mid

    def inner(self, frm, to, subject, date, part, client="outlook", cc=None, charset="utf-8"):
        """Build bytes of a message to be attached/forwarded (no file written)."""
        rng = self.rng
        domain = frm[1].split("@")[1]
        h = [("From", addr(frm[0], frm[1], charset)), ("To", addrlist(to, charset))]
        if cc:
            h.append(("Cc", addrlist(cc, charset)))
        h += [("Subject", ew(subject, charset)), ("Date", date), ("Message-ID", msgid(rng, client, domain))]
        return message(h, part)

    def finish(self, manifest):
        with open(manifest, "w") as f:
            for e in self.entries:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")


def fwd_block(frm, date_str, subject, to, cc=None, style="gmail"):
    """Header block of an inline forward."""
    if style == "gmail":
        s = "---------- Forwarded message ---------\n"
        s += f"From: {frm[0]} <{frm[1]}>\n" if frm[0] else f"From: <{frm[1]}>\n"
        s += f"Date: {date_str}\n"
        s += f"Subject: {subject}\n"
        s += "To: " + ", ".join(f"{n} <{e}>" if n else f"<{e}>" for n, e in to) + "\n"
        if cc:
            s += "Cc: " + ", ".join(f"{n} <{e}>" for n, e in cc) + "\n"
        return s
    if style == "outlook":
        s = "________________________________\n"
        s += f"From: {frm[0]} <{frm[1]}>\n" if frm[0] else f"From: {frm[1]}\n"
        s += f"Sent: {date_str}\n"
        s += "To: " + "; ".join(f"{n} <{e}>" if n else e for n, e in to) + "\n"
        if cc:
            s += "Cc: " + "; ".join(f"{n} <{e}>" for n, e in cc) + "\n"
        s += f"Subject: {subject}\n"
        return s
    if style == "apple":
        s = "Begin forwarded message:\n\n"
        s += f"From: {frm[0]} <{frm[1]}>\n"
        s += f"Subject: {subject}\n"
        s += f"Date: {date_str}\n"
        s += "To: " + ", ".join(f"{n} <{e}>" for n, e in to) + "\n"
        return s
    s = "-------- Original Message --------\n"
    s += f"Subject: {subject}\nDate: {date_str}\nFrom: {frm[0]} <{frm[1]}>\n"
    s += "To: " + ", ".join(f"{n} <{e}>" for n, e in to) + "\n"
    return s


def quote(text):
    return "\n".join((">" + ln if ln.startswith(">") else ("> " + ln if ln else ">")) for ln in text.split("\n"))


def alt(rng, text, html, bstyle="outlook", tcte=None, hcte="quoted-printable", charset="utf-8"):
    return multipart("alternative", [text_part(text, charset=charset, cte=tcte),
                                     html_part(html, charset=charset, cte=hcte)],
                     boundary(rng, bstyle))


def mixed(rng, parts, bstyle="outlook"):
    return multipart("mixed", parts, boundary(rng, bstyle))


# ================================================================ MESSAGES

# ---------------------------------------------------------------- people

S = "school.example"
L = "students.school.example"


def st(name, user):
    return (name, f"{user}@{S}")


def lr(name, num):
    return (name, f"{num}@{L}")


def body_for(c, shape, text, client="outlook", html=None, charset=None, cte=None):
    rng = c.rng
    bst = {"outlook": "outlook", "owa": "outlook", "gmail": "gmail", "iphone": "apple",
           "apple": "apple", "thunderbird": "thunderbird"}.get(client, "other")
    if shape == "plain":
        return text_part(text, charset=charset or "utf-8", cte=cte)
    if shape == "wrapped":
        return text_part(wrap_text(text, 72), charset=charset or "utf-8", cte=cte)
    if shape == "flowed":
        return text_part(flow_text(text, 72), charset=charset or "utf-8", cte=cte, flowed=True)
    if shape == "qp":
        return text_part(text, charset=charset or "utf-8", cte="quoted-printable")
    if shape == "base64":
        return text_part(text, charset=charset or "utf-8", cte="base64")
    if shape == "latin1":
        return text_part(text, charset="iso-8859-1", cte=cte or "quoted-printable")
    if shape == "cp1252":
        return text_part(text, charset="windows-1252", cte=cte or "quoted-printable")
    if shape == "html":
        h = html or html_from_text(text, "outlook" if client in ("outlook", "owa") else ("gmail" if client == "gmail" else "generic"), charset or "utf-8")
        return html_part(h, charset=charset or "utf-8", cte=cte or "quoted-printable")
    if shape == "alternative":
        h = html or html_from_text(text, "outlook" if client in ("outlook", "owa") else ("gmail" if client == "gmail" else "generic"), charset or "utf-8")
        tcte = "quoted-printable"
        return alt(rng, text, h, bst, tcte=tcte, charset=charset or "utf-8")
    if shape == "mobile":
        if client == "iphone":
            return text_part(text, charset="utf-8", cte="quoted-printable")
        if client == "outlook-android":
            return text_part(text, charset="utf-8", cte="base64")
        return text_part(flow_text(text, 72), charset="utf-8", cte=cte, flowed=True)
    raise ValueError(shape)


def with_attachments(c, text_part_, atts, client="outlook"):
    bst = {"outlook": "outlook", "owa": "outlook", "gmail": "gmail", "iphone": "apple",
           "apple": "apple", "thunderbird": "thunderbird"}.get(client, "other")
    parts = [text_part_] + [attach_part(fn, ct, data) for fn, ct, data in atts]
    return mixed(c.rng, parts, bst)


SIG_OUTLOOK_FOOT = ("\n\nRavensmoor College | Northgate Campus | Ravensmoor | HX1 4QB\n"
                    "Switchboard: 0113 496 0700 | www.ravensmoor-college.example\n"
                    "This email and any files transmitted with it are intended solely for the\n"
                    "addressee. If you have received it in error please notify the sender and\n"
                    "delete it. Views expressed are not necessarily those of Ravensmoor College.")

# ================================================================ chain-letter content

def build():
    c = Corpus("y1-chain-letter-2025")
    rng = c.rng

    # ----- people
    wendy = st("Wendy Pollard", "w.pollard")
    lisa = st("Lisa Greenwood", "l.greenwood")
    hmarsden = st("Helen Marsden", "h.marsden")
    debbie = st("Debbie Firth", "d.firth")
    dmellor = st("Darren Mellor", "d.mellor")
    julie = st("Julie Rushworth", "j.rushworth")
    tariq = st("Tariq Mahmood", "t.mahmood")
    sarahk = st("Sarah Kaye", "s.kaye")
    craig = st("Craig Naylor", "c.naylor")
    dave = st("Dave Barker", "d.barker")
    andrea = st("Andrea Walsh", "a.walsh")
    bev = st("Bev Stansfield", "b.stansfield")
    jo = st("Jo Binns", "j.binns")
    steveh = st("Steve Holdsworth", "s.holdsworth")
    margaret = st("Margaret Haigh", "m.haigh")
    nadia = st("Nadia Sharif", "n.sharif")
    chrisw = st("Chris Whiteley", "c.whiteley")
    itsd = ("IT Service Desk", f"itservicedesk@{S}")
    asif = st("Asif Hussain", "a.hussain")
    rachel = st("Rachel Tordoff", "r.tordoff")
    paul = st("Paul Dewhirst", "p.dewhirst")
    adebayo = st("Adebayo Ogunleye", "a.ogunleye")
    gemma = st("Gemma Hollings", "g.hollings")
    karen = st("Karen Wadsworth", "k.wadsworth")
    lorraine = st("Lorraine Fieldhouse", "l.fieldhouse")
    mark = st("Mark Thewlis", "m.thewlis")
    kath = st("Kath Ogden", "k.ogden")
    principal = st("Angela Priestley", "a.priestley")
    allstaff = ("All Staff", f"allstaff@{S}")

    sharon = lr("Sharon Midgley", "24110562")
    bevh = lr("Bev Hainsworth", "24107734")
    kieran = lr("Kieran Holroyd", "24031187")
    chloe = lr("Chloe Sutcliffe", "24033410")
    reece = lr("Reece Haigh", "24035521")
    amira = lr("Amira Begum", "24030968")
    ellie = lr("Ellie-Mae Barraclough", "23019842")
    jordan = lr("Jordan Whitworth", "23017756")
    gary = lr("Gary Pickles", "24112209")
    pat = lr("Pat Sugden", "24114480")
    andrzej = lr("Andrzej Wiśniewski", "24113307")
    nasreen = lr("Nasreen Kauser", "24109961")
    su_pres = lr("Habiba Rahman (SU President)", "23016620")

    def learners(prefix, n, start):
        return [("", f"{start + i * 7}@{L}") for i in range(n)]

    # =========================================================== POSITIVES

    # 1 ---------------------------------------------------------------
    orig = ("PLEASE READ AND PASS ON!!!\n\n"
            "HMRC and the Department for Energy have quietly confirmed that every household in council tax bands A to D is owed a £475 winter energy rebate but THEY WILL NOT CONTACT YOU. You have to claim it yourself before the 30th of this month or it goes back to the Treasury. My neighbour's friend works at HMRC and she said only 1 in 5 people have claimed because it has been kept out of the news on purpose.\n\n"
            "All you need is your bank details and your National Insurance number. Fill it in at www.energy-rebate-claim.example/uk and it's in your account in 3 to 5 working days.\n\n"
            "Don't let them keep YOUR money. Copy and send this to everyone in your contacts, especially older people who aren't on Facebook. The more people who claim the more they have to pay out!!!\n\n"
            "Share before it gets taken down.")
    text = ("Hiya everyone, my sister in law sent me this last night and she reckons her mum has already had hers!! Worth a go with the heating bills how they are. Pass it on to anyone you know who's on UC or pension credit xx\n\n"
            "Sharon\n\n"
            + fwd_block(("Denise Midgley", "dee.midgley71@example.com"), "14 November 2024 22:41",
                        "Fw: ENERGY REBATE - CLAIM BEFORE 30TH!!!",
                        [("", "sharon.m.1974@example.net")], style="outlook")
            + "\n" + orig)
    c.add(1, "positive", "hmrc-rebate-hoax", "fwd-inline", sharon,
          [("Access to HE Evening Group", f"accesshe-eve-2425@{L}")], "FW: ENERGY REBATE - CLAIM BEFORE 30TH!!!",
          maildate(2024, 11, 15, 7, 12), body_for(c, "qp", text, "owa"), client="owa", cc=[hmarsden],
          note="adult learner forwards 'HMRC £475 energy rebate, send to everyone in your contacts' hoax to her class and tutor")

    # 2 ---------------------------------------------------------------
    text = ("Hi all,\n\n"
            "Not sure how true this is but Kelly at the nursery placement said to do it and I'd rather be safe than sorry! You have to copy it into a new email yourself, forwarding doesn't count apparently.\n\n"
            "Wendy\n\n"
            "--------------------------------------\n"
            "As of tomorrow Microsoft and Meta will be allowed to read and publish every email, photo and attachment you have ever sent, including ones with children in them. This was on the news tonight. The deadline is midnight.\n\n"
            "I DO NOT give Microsoft, Meta, Outlook or any associated companies permission to use my pictures, information, messages or posts, both past and future. By this statement I give notice that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this account and/or its contents. Violation of privacy can be punished by law (UCC 1-308-1 1-103 and the Rome Statute).\n\n"
            "NOTE: Microsoft is now a public entity. All users must post a note like this. If you do not send a statement at least once it will be tacitly allowed to use your photos and information. DO NOT FORWARD. You have to copy and paste it into a new email to ALL your contacts.\n")
    c.add(2, "positive", "privacy-notice-hoax", "plain", wendy,
          [st("Louise Crossley", "l.crossley"), st("Naomi Hartley", "n.hartley"), st("Shabana Akhtar", "s.akhtar"), st("Trish Bentley", "t.bentley")],
          "Microsoft privacy - copy and paste before midnight", maildate(2025, 1, 21, 20, 47),
          body_for(c, "plain", text), note="childcare lecturer sends 'I do not give Microsoft/Meta permission' copy-and-paste privacy hoax to colleagues")

    # 3 ---------------------------------------------------------------
    text = ("I know most of you won't do this, but I'm hoping a few of my friends will...\n\n"
            "Let's see who actually reads to the end. Some of us are fighting battles nobody knows anything about - depression, grief, money worries, being a carer, doing a course at 40-odd with three kids and a job. Nobody sees it.\n\n"
            "I'm doing this for anyone who is struggling in silence. Could one of you COPY and PASTE this (not forward - copy and paste) and send it on as your own? I want to see who I can count on, even if it's just for a minute.\n\n"
            "Mental health is not a joke. \U0001F499\n\n"
            "I know who will do it and I know who won't. Copy it, don't forward it, and send it to everyone you care about.\n\n"
            "Bev x\n\n"
            "Sent from my iPad")
    c.add(3, "positive", "solidarity-copy-paste", "flowed", bevh,
          [nasreen, sharon, gary, pat, ("", f"24108812@{L}"), ("", f"24110017@{L}")],
          "I know who will read this...", maildate(2025, 2, 2, 23, 5), body_for(c, "flowed", text, "apple"),
          client="apple", note="adult learner sends 'copy and paste, don't forward, I know who will' solidarity chain to classmates")

    # 4 ---------------------------------------------------------------
    text = ("Ladies,\n\n"
            "I don’t normally send these round but this one came from my cousin’s friend who’s a PCSO in Halifax so I thought it was worth it.\n\n"
            "“This is happening in supermarket car parks at Asda, Morrisons and the White Rose Centre. A man or woman will come up to you while you are putting your shopping in the boot and ask if you’d like to smell a perfume sample they are selling cheap. It is NOT perfume – it’s ether. You will pass out within seconds and they will take your car keys, your purse and worse. Several women have been found in the back of their own cars.\n\n"
            "Also – if you find a £5 or £10 note stuck under your windscreen wiper when you get back to your car DO NOT get out to remove it. They wait until you get out and then drive off in your car with your bag inside.”\n\n"
            "Please forward this to every woman you know – your mum, your sisters, your daughters, your friends, the girls in your classes. It takes ten seconds and it could save someone’s life. Don’t be the one who didn’t pass it on.\n\n"
            "Stay safe everyone xx\n"
            "Lisa\n\n"
            "Lisa Greenwood\nStudent Services Assistant\nRavensmoor College")
    c.add(4, "positive", "women-safety-myth", "qp", lisa,
          [("Women's Staff Network", f"womensnetwork@{S}")], "PLEASE READ – passed on from a friend in the police",
          maildate(2024, 10, 8, 12, 31), body_for(c, "qp", text), cc=[nadia],
          note="student services assistant sends perfume-sample/ether and money-under-wiper myth to women's network, 'forward to every woman you know'")

    # 5 ---------------------------------------------------------------
    text = ("Dear Margaret,\n\n"
            "Sending this to you because you have always been so kind to our Kayleigh at the college. Please don't break it.\n\n"
            "May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. Sacred Heart of Jesus pray for us. St Jude, worker of miracles, pray for us. St Jude, help of the hopeless, pray for us. Amen.\n\n"
            "This novena has never been known to fail. Say it nine times a day for nine days and send it on to 13 people. By the ninth day your prayer will be answered. It has been round the world eleven times and was started by a priest in Fátima.\n\n"
            "A man in Preston received it and sent it on the same day and four days later he won £18,000. A woman in Cork laughed at it and threw it away and within the week her husband had a stroke. Do NOT ignore this. Copies must leave your hands within 96 hours. Do not send money, faith has no price.\n\n"
            "God bless you and yours,\n"
            "Maureen O'Donnell")
    c.add(5, "positive", "prayer-chain", "latin1", ("Maureen O'Donnell", "m.odonnell48@example.org"),
          [margaret], "Fw: Novena to St Jude - please don't break", maildate(2025, 3, 11, 9, 54),
          body_for(c, "latin1", text, cte="8bit"), client="yahoo", auth=False, charset="iso-8859-1",
          note="inbound St Jude novena prayer chain, 'send to 13 people within 96 hours', luck and curse anecdotes")

    # 6 ---------------------------------------------------------------
    text = ("Hi ladies (and Gary lol),\n\n"
            "As promised in class here’s the info about the Blessing Loom I’m in. It’s NOT a pyramid scheme, it’s a gifting circle – completely legal because it’s a gift not an investment!!\n\n"
            "How it works:\n"
            "– You “gift” £80 to the person in the centre (the Blessing)\n"
            "– Once 8 new people have joined underneath you, you move to the centre\n"
            "– You receive 8 x £80 = £640 in about a week\n"
            "– Then the loom splits and you start two new ones\n\n"
            "I got £640 last month and paid off my catalogue. My friend in Keighley has been round three times.\n\n"
            "I need 2 more people to fill my bottom row by Friday or my loom collapses and we all lose out, so please please don’t leave me hanging. Forward this to anyone you know who could do with a bit extra before Christmas – the more people you bring in the faster you move up!!\n\n"
            "Message me on WhatsApp 07700 900318 and I’ll add you to the group chat.\n\n"
            "Trace x")
    c.add(6, "positive", "gifting-circle", "cp1252", ("Tracey Dyson", "trace.dyson@example.net"),
          [sharon, bevh, nasreen, gary, ("", f"24108812@{L}")], "Blessing Loom – 2 places left!!!",
          maildate(2024, 11, 26, 21, 18), body_for(c, "cp1252", text), client="webmail", auth=False,
          charset="windows-1252",
          note="inbound 'Blessing Loom' gifting-circle pyramid (£80 in, £640 out) sent to adult learners, asking them to forward and recruit")

    # 7 ---------------------------------------------------------------
    text = ("please dont scroll past this \U0001F622\n\n"
            "this is Isla she is 4 and has a brain tumour and needs an operation in America that the NHS wont pay for. Facebook and Microsoft have agreed to donate 45p to her family every time this message is forwarded. they can track it through the email so it has to be forwarded not copied.\n\n"
            "it costs you NOTHING to forward this. if you delete it you obviously have no heart.\n\n"
            "forward to at least 10 people. i did \U0001F607\n\n"
            "#prayforisla\n\n"
            "Ellie")
    c.add(7, "positive", "sick-child-hoax", "base64", ellie,
          [("", f"23019911@{L}"), ("", f"23020154@{L}"), ("", f"23018803@{L}"), jordan, ("", f"23021677@{L}")],
          "pls read this is so sad \U0001F622", maildate(2025, 1, 14, 13, 2), body_for(c, "base64", text),
          client="outlook-android", note="apprentice forwards 'Facebook donates 45p per forward' sick-child hoax to her cohort")

    # 8 ---------------------------------------------------------------
    text = ("Can everyone pass this on please just seen it on fb\n\n"
            "MISSING!! 3 yr old boy taken from outside Morrisons in Huddersfield this morning by a man in a grey hoodie. His mum is going out of her mind. Blonde hair, blue Paw Patrol coat. Police have been told but they say they cant do anything for 24 hours!!! PLEASE SHARE to everyone you know it takes 2 seconds. If it was your child you would want everyone sharing.\n\n"
            "Sent from my iPhone")
    c.add(8, "positive", "missing-child-hoax", "mobile", debbie,
          [st("Karen Ramsden", "k.ramsden"), st("Jackie Lord", "j.lord"), st("Mandy Spencer", "m.spencer"), tariq],
          "PLEASE SHARE - little boy missing", maildate(2025, 5, 17, 10, 23), body_for(c, "mobile", text, "iphone"),
          client="iphone", note="catering supervisor shares unsourced 'missing 3 yr old, police won't act for 24 hours, please share' hoax from iPhone")

    # 9 ---------------------------------------------------------------
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif\">\n"
            "<p>Please send to all your contacts!!</p>\n"
            "<p style=\"color:#ff0000;font-size:20px\"><b>URGENT VIRUS WARNING</b></p>\n"
            "<p>In the next few days you may receive an email titled <b>&quot;Your parcel could not be delivered &ndash; DPD&quot;</b>. "
            "<u>DO NOT OPEN IT</u> no matter who it comes from. It contains a virus which opens a &lsquo;flame&rsquo; that burns the whole hard disc of your computer and it cannot be repaired. "
            "It was announced this morning by Microsoft and it is the most destructive virus ever &ndash; McAfee and Norton have no fix for it yet.</p>\n"
            "<p>The virus spreads through your contacts list, which is why you <b>MUST send this warning to everyone on your list</b>. "
            "It&rsquo;s better to receive this 25 times than to lose your computer.</p>\n"
            "<p style=\"color:#0000ff\">Verified by Snopes.com</p>\n"
            "<p>Thanks, Carol</p>\n"
            "<p style=\"font-size:11px;color:#777\">Carol Ibbotson | Office Manager | Pennine Fabrications Ltd | 01632 960588</p>\n"
            "</body></html>\n")
    c.add(9, "positive", "virus-hoax", "html", ("Carol Ibbotson", "c.ibbotson@pennine-fabrications.example"),
          [dmellor, ("Sales", "sales@calder-steel.example"), ("Mike Rhodes", "mike.rhodes@example.com"), ("Accounts", "accounts@brighouse-laser.example")],
          "FW: VIRUS WARNING - VERY URGENT!!!!!", maildate(2024, 12, 3, 8, 47), body_for(c, "html", "", html=html),
          auth=False, note="inbound from employer partner: 'DPD parcel email burns your hard disc, send to all contacts, verified by Snopes' virus hoax")

    # 10 --------------------------------------------------------------
    text = ("Guys my nan sent me this so its proper.\n\n"
            "If you know anyone using WhatsApp pass this on: tomorrow a video will come out on WhatsApp called \"Martinelli\" DO NOT open it, it hacks your phone in 10 secs and nothing can stop it. Also dont open anything called \"Argentina is doing this\". Pass the info on to family and friends. It was on the radio this morning.\n\n"
            "ALSO WhatsApp is going to start charging 99p a message from Saturday unless you forward this to 10 people, then your logo turns blue and it stays free for you. Ive done it and mine has gone blue already!!!\n\n"
            "Forward it to all your contacts or you will have to pay \U0001F644\n\n"
            "Kieran")
    c.add(10, "positive", "whatsapp-hoax", "alternative", kieran,
          [chloe, reece, amira, ("", f"24032266@{L}"), ("", f"24034109@{L}"), ("", f"24031590@{L}")],
          "read this b4 tmrw!!!!", maildate(2025, 3, 4, 16, 40), body_for(c, "alternative", text, "outlook"),
          note="16-18 learner sends 'Martinelli video' and 'WhatsApp will charge unless you forward to 10' hoaxes to classmates")

    # 11 --------------------------------------------------------------
    text = ("sorry i had to send it i got it off jade lol\n\n"
            "read this all the way down or u will have bad luck\n\n"
            "ok so in 10 mins the person u fancy will realise they like u back. but u have to send this to 10 people in the next 10 minutes.\n\n"
            "5 people = someone will ask u out this week\n"
            "10 people = ur crush will message u tonight\n"
            "15 people = u will pass ALL ur exams\n"
            "0 people = 7 years bad luck and u will fail ur maths resit AGAIN\n\n"
            "this is not a joke it actually worked for my cousin. DONT BREAK THE CHAIN\n\n"
            "xx chlo")
    c.add(11, "positive", "good-luck-chain", "plain", chloe,
          [amira, kieran, ("", f"24033501@{L}"), ("", f"24033774@{L}"), ("", f"24032218@{L}"), ("", f"24034432@{L}"),
           ("", f"24030771@{L}"), ("", f"24031946@{L}"), ("", f"24033058@{L}"), ("", f"24032995@{L}")],
          "dont ignore!!!!!!!", maildate(2025, 2, 11, 11, 58), body_for(c, "plain", text),
          note="16 year old learner sends 'send to 10 people in 10 minutes or 7 years bad luck' chain to ten classmates")

    # 12 --------------------------------------------------------------
    orig = ("Hello. My name is Ellie Doyle. I was 14 when I died on the A62 in 2009. The driver never stopped and he was never found.\n\n"
            "If you are reading this you have to send it to 20 people before midnight tonight. If you do, I will leave you alone. If you don't, I will be stood at the end of your bed at 3am and you will never sleep again.\n\n"
            "A lad from Batley read this and ignored it. He was found dead a week later with scratches on his arms. His friend sent it on and nothing happened to her.\n\n"
            "THIS IS NOT A JOKE. Send it to 20 people. Don't tell anyone why.")
    text = ("omg not being funny but im sending it on just in case \U0001F62C\U0001F62C\n\n"
            + fwd_block(("Tyler B", f"24035598@{L}"), "Thursday, January 9, 2025 9:14 PM", "dont read this at night",
                        [("Reece Haigh", f"24035521@{L}")], style="outlook") + "\n" + orig)
    c.add(12, "positive", "curse-chain", "fwd-inline", reece,
          [("", f"24035630@{L}"), ("", f"24035077@{L}"), ("", f"24034841@{L}"), chloe, ("", f"24036013@{L}")],
          "Fwd: dont read this at night", maildate(2025, 1, 9, 21, 37), body_for(c, "plain", text), client="owa",
          note="learner forwards ghost-curse chain ('send to 20 people before midnight or I'll be at the end of your bed')")

    # 13 --------------------------------------------------------------
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body>\n<div style=\"font-family:Comic Sans MS,cursive;font-size:16px;color:#c2185b;text-align:center\">\n"
            "<p>\U0001F495\U0001F495 FRIENDSHIP TEST \U0001F495\U0001F495</p>\n"
            "<p>send this to 10 friends INCLUDING ME if ur a real friend!!</p>\n"
            "<p>if u get 3 back = ur popular<br>5 back = ur loved<br>10 back = ur everyones bestie \U0001F451</p>\n"
            "<p>if u dont send it back to me then i know u dont care about our friendship \U0001F494</p>\n"
            "<p>lets see who my real friends are... u have 24 hours!!</p>\n"
            "<p>love amira xxx</p>\n</div>\n</body></html>\n")
    c.add(13, "positive", "friendship-chain", "html", amira,
          [chloe, ("", f"24030912@{L}"), ("", f"24031125@{L}"), ("", f"24032003@{L}"), ("", f"24030644@{L}"), ("", f"24033617@{L}")],
          "friendship test \U0001F495 send back!!", maildate(2024, 10, 17, 19, 22), body_for(c, "html", "", "owa", html=html),
          client="owa", note="learner sends 'send this to 10 friends including me, if you get 3 back you're popular' friendship chain")

    # 14 --------------------------------------------------------------
    inner_text = ("Dear friends,\n\n"
                  "Please do not take this for a junk letter. Bill Gates is sharing his fortune. If you ignore this you will repent later. Microsoft and AOL are now the largest Internet companies and in an effort to make sure that Internet Explorer remains the most widely used program, Microsoft and AOL are running an e-mail beta test.\n\n"
                  "When you forward this e-mail to friends, Microsoft can and will track it (if you are a Microsoft Windows user) for a two week time period. For every person that you forward this e-mail to, Microsoft will pay you $245.00. For every person that you sent it to that forwards it on, Microsoft will pay you $243.00 and for every third person that receives it, you will be paid $241.00. Within two weeks, Microsoft will contact you for your address and then send you a cheque.\n\n"
                  "I thought this was a scam myself, but two weeks after receiving this e-mail and forwarding it on, Microsoft contacted me for my address and within days I received a cheque for $24,800.00. You need to respond before the end of the beta testing.\n\n"
                  "Forward this to as many people as you can. It is real.\n\n"
                  "Regards,\nCharles S. Bailey\nGeneral Manager Field Operations\n")
    inner = c.inner(("Ron Holdsworth", "ronholdsworth@example.net"),
                    [("", "steve.holdsworth@example.com"), ("", "bjw1958@example.org")],
                    "FW: FW: FW: Microsoft beta test - THIS IS REAL", "Sun, 12 Jan 2025 18:02:11 +0000",
                    text_part(inner_text), client="other")
    note = text_part("Lads,\n\nMy dad sent me this, he swears blind it's genuine. Probably nonsense but if Bill Gates wants to pay for my holiday I'm not going to stop him. Forward it on to everyone you know and we'll all be quids in. Attached as it came.\n\nSteve\n\n--\nSteve Holdsworth\nEngineering Technician, Lowfold Engineering Centre\n")
    part = mixed(rng, [note, rfc822_part(inner, "FW FW FW Microsoft beta test - THIS IS REAL.eml")])
    c.add(14, "positive", "microsoft-beta-hoax", "fwd-rfc822", steveh,
          [mark, st("Jason Firth", "j.firth"), st("Ian Collier", "i.collier"), st("Kyle Ambler", "k.ambler")],
          "FW: FW: FW: Microsoft beta test - THIS IS REAL", maildate(2025, 1, 13, 8, 15), part,
          note="engineering technician forwards (as attached .eml) the 'Microsoft pays $245 per forward' beta-test hoax to his team")

    # 15 --------------------------------------------------------------
    text = ("Dear all,\n\n"
            "Please read this and add your name at the bottom, then forward it to as many people as you can. This is the only way we will get the government to listen!!\n\n"
            "They are planning to stop ALL free courses for adults over 24 from next September, including maths, English and computer classes. If you have ever done a course to better yourself you will know how important this is. Our class at Weavers Yard would not exist.\n\n"
            "HOW TO SIGN: Copy this whole email, add your name and town to the bottom of the list and send it on to at least 20 people. Please don't just reply to me or the list gets lost. Whoever adds name number 500, please send the whole thing to petitions@parliament-uk.example and copy in the Prime Minister's office.\n\n"
            "DO NOT BREAK THE LIST. Every name counts.\n\n"
            "1. Joan Brearley, Todmorden\n2. Ian Crabtree, Elland\n3. Sue Haworth, Sowerby Bridge\n4. Kath Nuttall, Mytholmroyd\n"
            "5. Bilal Rashid, Halifax\n6. Dorothy Kershaw, Hebden Bridge\n7. Trevor Lumb, Ravensmoor\n8. Pat Sugden, Ravensmoor\n\n"
            "Thank you all, and see you Thursday,\nPat")
    c.add(15, "positive", "forward-only-petition", "wrapped", pat,
          [rachel, ("", f"24114512@{L}"), ("", f"24114593@{L}"), ("", f"24113866@{L}"), ("", f"24115021@{L}")],
          "PETITION - keep free adult classes - please sign and pass on", maildate(2025, 4, 7, 14, 26),
          body_for(c, "wrapped", text), note="adult learner circulates a name-list 'petition' whose only mechanism is add your name and forward to 20 people")

    # 16 --------------------------------------------------------------
    text = ("Hi all,\n\n"
            "You’ve been invited to a recipe exchange! I picked people I thought would enjoy being part of it \U0001F370\n\n"
            "Please send ONE recipe to the person whose name is in position 1 below. It should be your favourite – nothing fancy, a quick and easy one. Don’t agonise over it!\n\n"
            "After you’ve sent it, copy this email, move my name to position 1 and put your name in position 2. Only my name and yours should show when you send it out. Send it to 20 friends (BCC please!). If you can’t do it within 5 days, let me know so it’s fair to those taking part.\n\n"
            "You should receive 36 recipes back. It’s fun to see where they come from! The turnaround is quick as there are only 2 names on the list and you only do it once.\n\n"
            "1. Julie Rushworth – j.rushworth@school.example\n"
            "2. Anne-Marie Clegg – amclegg62@example.com\n\n"
            "Please don’t break the chain, it’s such a lovely thing to do xx\n\n"
            "Julie")
    to16 = [st(n, u) for n, u in [("Carol Broadbent", "c.broadbent"), ("Sue Tattersall", "s.tattersall"),
                                  ("Dawn Holt", "d.holt"), ("Kerry Ashworth", "k.ashworth"), ("Fiona Lister", "f.lister"),
                                  ("Michelle Dean", "m.dean"), ("Ruth Oldroyd", "r.oldroyd"), ("Claire Pearson", "c.pearson")]]
    c.add(16, "positive", "recipe-exchange-chain", "qp", julie, to16,
          "Recipe swap – please join in!! \U0001F370", maildate(2025, 6, 3, 12, 49), body_for(c, "qp", text),
          note="finance assistant starts a recipe-exchange chain: move names, send to 20 friends, receive 36 recipes, don't break the chain")

    # 17 --------------------------------------------------------------
    paras = ["**SECRET SISTER GIFT EXCHANGE 2024**",
             "Christmas is coming and we are doing a Secret Sister gift exchange! You only need to buy ONE gift worth £10 or more and you will receive up to 36 gifts in return!",
             "**HOW IT WORKS**",
             "1. Send ONE gift (£10 or more) to the sister in position 1 below. It can be anything – candles, bath stuff, chocolates, a book.",
             "2. Remove the sister in position 1, move position 2 up, and put your own name and address in position 2.",
             "3. Send this letter to 6 ladies within 3 days. BCC or print it and hand it out at work.",
             "4. When your name reaches position 1 you will receive 36 gifts!",
             "Position 1: Jodie Kitson, 14 Mill Lane, Sowerby Bridge",
             "Position 2: Gemma Wood, 3 Hollin Close, Brighouse",
             "If you join you MUST commit. Please do not join if you cannot follow through, it breaks the chain for everyone and lets the other sisters down.",
             "Love and Christmas wishes x"]
    doc = docx_bytes(paras, title="Secret Sister")
    body = text_part("Hiya!\n\nAttached is the info for Secret Sister this year. Print it or forward it, whatever's easiest. You need to pass it on to 6 ladies by Sunday or it won't work!\n\nGem x\n")
    part = with_attachments(c, body, [("Secret Sister 2024.docx", DOCX, doc)], "gmail")
    c.add(17, "positive", "secret-sister-pyramid", "attachment-docx", ("Gemma Wood", "gemwood88@example.com"),
          [wendy, ("", "dawnmarie.h@example.net"), sarahk, ("", "kirsty.oates@example.org")],
          "Secret Sister \U0001F381 deadline Sunday!!", maildate(2024, 11, 19, 20, 3), part, client="gmail", auth=False,
          note="inbound 'Secret Sister' gift-exchange pyramid in a .docx: buy one gift, receive 36, send to 6 ladies in 3 days")

    # 18 --------------------------------------------------------------
    text = ("Sorry for the all-staff email but I thought this was important enough.\n\n"
            "“URGENT – BLOOD DONORS NEEDED. A 6 year old boy at Leeds General Infirmary has leukaemia and urgently needs B negative blood. If you are B negative or know anyone who is, please contact Dr Kamal Hussein on 07700 900511 any time day or night. Please forward this to as many people as you can – even if you aren’t a match, someone you know might be. Don’t just delete it, it could save his life.”\n\n"
            "Please pass this on to your friends and family.\n\n"
            "Thanks\nTariq\n\n"
            "Tariq Mahmood\nEstates Supervisor – Northgate Campus")
    c.add(18, "positive", "blood-appeal-hoax", "cp1252", tariq, [allstaff],
          "FW: URGENT – blood donors needed for little boy", maildate(2025, 2, 19, 7, 52),
          body_for(c, "cp1252", text), charset="windows-1252",
          note="estates supervisor sends an unsourced 'B negative blood for 6 year old, forward to as many people as you can' appeal to all staff")

    # 19 --------------------------------------------------------------
    text = ("Tell ur fams!! if u get a call and they say \"can you hear me\" DONT say yes they record it and sign u up for stuff. "
            "Also if u get a call from a number starting +375 or +371 and u press #90 or #09 they take over ur SIM and put calls on ur bill. "
            "Police said its happening round here this week. FORWARD TO EVERYONE in ur contacts\n\n"
            "Get Outlook for Android")
    c.add(19, "positive", "phone-scam-hoax", "mobile", jordan,
          [ellie, ("", f"23019911@{L}"), ("", f"23021677@{L}"), kath],
          "WARNING phone calls", maildate(2025, 4, 23, 12, 11), body_for(c, "mobile", text, "outlook-android"),
          client="outlook-android", note="apprentice sends 'can you hear me' / press #90 phone-scam hoax telling everyone to forward to all contacts")

    # 20 --------------------------------------------------------------
    text = ("Hi all,\n\n"
            "Got this off my auntie, she says her friend has already had hers.\n\n"
            "The government is giving a one off £500 cost of living payment to every family with someone in education or training. It doesn't matter if you work or not. BUT the claim only activates once you've shared the message with 15 people or groups, that's how they make sure it's spread fairly round the country. Once you've shared it the link unlocks and you put your details in.\n\n"
            "Link: www.costofliving-support.example/claim\n\n"
            "Closes Sunday at midnight!!! Don't say I never tell you owt \U0001F609\n\n"
            "Kev")
    text = text.replace("\U0001F609", ";-)")
    c.add(20, "positive", "cost-of-living-hoax", "latin1", ("Kev Lumb", "kev.lumb@example.net"),
          [gary, sharon, ("", f"24112290@{L}"), ("", f"24111873@{L}")],
          "£500 cost of living payment - share to claim", maildate(2025, 1, 30, 18, 20),
          body_for(c, "latin1", text), client="thunderbird", auth=False, charset="iso-8859-1",
          note="inbound '£500 cost of living payment unlocks once you share with 15 people' hoax sent to adult learners")

    # 21 --------------------------------------------------------------
    text = ("Hi everyone,\n\n"
            "Amazon is celebrating 30 years and is giving away £250 vouchers to the first 5,000 people who forward this email to 20 friends. Once your forwards reach 20 you get an email with your code. I've done mine!!\n\n"
            "It has to be 20 or it doesn't count, so send it to your whole address book to be safe. Closes Sunday.\n\n"
            "Don't miss out, it's just in time for Christmas.\n\n"
            "Gary")
    c.add(21, "positive", "gift-voucher-hoax", "base64", gary,
          [sharon, bevh, nasreen, pat, ("", f"24112290@{L}"), ("", f"24111873@{L}"), ("", f"24110905@{L}"), jo],
          "FREE £250 Amazon voucher - forward to 20!!", maildate(2024, 12, 5, 19, 44), body_for(c, "base64", text),
          client="owa", note="adult learner forwards 'Amazon £250 voucher for forwarding to 20 friends' hoax to class and tutor")

    # 22 --------------------------------------------------------------
    text = ("Girls only!!! \U0001F49C\n\n"
            "It's October so it's Breast Cancer Awareness month. Last year the game was where you keep your handbag and it drove the men mad for weeks! This year it's your favourite biscuit and how long you've been single or not...\n\n"
            "Custard cream = 1 year, Hobnob = 2 years, Jaffa Cake = 5 years, Bourbon = 10 years+ etc. Put it in your Teams status, e.g. \"Hobnob, 2 years\". DON'T tell the men what it means! It's to raise awareness.\n\n"
            "Copy this and send it to all the women in your contacts. Don't reply to me with your answer, just pass it on.\n\n"
            "Sarah x")
    c.add(22, "positive", "awareness-game-chain", "flowed", sarahk,
          [st("Liz Armitage", "l.armitage"), st("Joanne Crabtree", "j.crabtree"), st("Priya Mistry", "p.mistry"), lisa, wendy, gemma],
          "Awareness month - girls only!", maildate(2024, 10, 2, 13, 15), body_for(c, "flowed", text, "thunderbird"),
          client="thunderbird", note="lecturer sends 'girls only' breast cancer awareness status game, 'copy and send to all the women in your contacts'")

    # 23 --------------------------------------------------------------
    text = ("FW: EuroMillions winners sharing their jackpot!!\n\n"
            "Frances and Patrick Connolly from Northern Ireland won £114 million and they are giving £5,000 to the first 1,000 people who share this message. You just forward it to 10 people and you are entered. I have done mine, it was on the BBC so it's real!!!\n\n"
            "They've said they just want to make people happy before they die. Forward it on and good luck to all of you!\n\n"
            "Jackie xx")
    c.add(23, "positive", "jackpot-sharing-hoax", "alternative", ("Jackie Pickersgill", "jackiep@example.org"),
          [wendy, ("", "m.stott@example.com"), ("", "heather.b@example.net"), ("", "lyndsey.w@example.org")],
          "FW: EuroMillions winners sharing their jackpot!!", maildate(2025, 3, 23, 10, 8),
          body_for(c, "alternative", text, "yahoo"), client="yahoo", auth=False,
          note="inbound 'lottery winners giving £5,000 to the first 1,000 who forward to 10 people' hoax")

    # 24 --------------------------------------------------------------
    orig = ("POLICE WARNING - PLEASE PASS ON\n\n"
            "New gang initiation: gang members are driving around at night with their headlights OFF. When you flash your lights to tell them, you become their target. As part of the initiation they have to follow you home and attack you or your family.\n\n"
            "This has been reported in Leeds, Bradford and Manchester in the last fortnight. Please pass this on to all the drivers you know, especially your partners and kids who have just passed their test.\n\n"
            "Information from West Yorkshire Police. Do not reply to this message, just forward it.")
    quoted_text = ("Cheers Craig, didn't know about this. Passing it on to the evening class lads as well - everyone forward it round, especially the apprentices who've just passed their tests.\n\n"
                   "Dave\n\n"
                   "On Mon, 25 Nov 2024 at 16:52, Craig Naylor <c.naylor@school.example> wrote:\n"
                   + quote("Just had this from the wife, be careful driving home lads\n\n" + orig))
    c.add(24, "positive", "urban-legend-headlights", "reply", dave,
          [craig, ("Construction Staff", f"construction-staff@{S}"), ("Evening Class Tutors", f"eveningtutors@{S}")],
          "Re: FW: POLICE WARNING - PLEASE PASS ON", maildate(2024, 11, 26, 8, 3), body_for(c, "plain", quoted_text),
          client="thunderbird", in_reply_to="<" + hexs(rng, 16).lower() + "@school.example>",
          note="technician reply-alls to a colleague's 'headlights off gang initiation' police-warning hoax, adding lists and urging everyone to forward")

    # 25 --------------------------------------------------------------
    orig = ("Check your payslip!!!\n\n"
            "If your tax code is 1257L you have probably been overcharged for the last 3 years. HMRC owe most people around £1,800 back but they won't tell you unless you ask. Ring them and quote 'Tax Code Review 2025' and they have to look into it.\n\n"
            "Deadline is 5th April, after that it's gone. Forward this to every working person you know - HMRC are counting on people not finding out!")
    text = ("Ooh thanks Bev! Just checked mine and it's 1257L so I'm ringing them tomorrow. I've added the rest of the office - send it on to your other halves too, it's free money!!\n\n"
            "Andrea\n\n"
            "On Wed, 19 Mar 2025 at 10:14, Bev Stansfield <b.stansfield@school.example> wrote:\n"
            + quote("Saw this on a group chat, might be worth a look ladies\n\n" + orig))
    c.add(25, "positive", "tax-code-hoax", "reply", andrea,
          [bev, st("Marion Swift", "m.swift"), st("Kelly Noble", "k.noble"), st("Rizwana Bibi", "r.bibi"), st("Janet Hirst", "j.hirst")],
          "Re: Fw: Check your payslip!!!", maildate(2025, 3, 19, 10, 41), body_for(c, "qp", text),
          client="thunderbird", in_reply_to="<" + hexs(rng, 16).lower() + "@school.example>",
          note="admin replies to a 'tax code 1257L, HMRC owes you £1,800, forward to every working person' hoax and widens it to the office")

    # 26 --------------------------------------------------------------
    angel = ("ANGELS AMONG US\n\n"
             "An angel has been sent to watch over you today.\n"
             "Angels are around us all the time, in the people we love and in the strangers who smile at us.\n\n"
             "Read this slowly. Make a wish before you get to the bottom.\n\n"
             "...\n\n"
             "This angel has been passed from person to person for 14 years. Send this to 7 people you care about within 7 minutes and your angel will grant your wish within 7 days.\n\n"
             "Send it to 3 people and your life will improve slightly.\n"
             "Send it to 0 people and you will spend 7 years without your angel.\n\n"
             "Pauline in Sheffield sent it to 7 people and her son came home after 2 years.\n"
             "Derek in Wigan deleted it and lost his job the next day.\n\n"
             "Do not keep this to yourself. Your angel is waiting.\n")
    z = zip_bytes([("Angels Among Us/Angels Among Us.txt", angel.replace("\n", "\r\n")),
                   ("Angels Among Us/READ ME FIRST.txt", "Open the other file and read it to the end. Then pass it on within 7 minutes xx\r\n")])
    body = text_part("Such a beautiful message, it made me cry. Please open it and pass it on, don't let your angel down.\n\nLove Brenda x\n")
    part = with_attachments(c, body, [("Angels Among Us.zip", "application/zip", z)], "other")
    c.add(26, "positive", "angel-chain", "zip", ("Brenda Firth", "brenda.firth@example.com"),
          [debbie, nadia, ("", "carolann.w@example.net"), ("", "pauline.k@example.org")],
          "An angel for you xx", maildate(2025, 5, 11, 15, 33), part, client="other", auth=False,
          note="inbound angel good-luck chain inside a zip: send to 7 people within 7 minutes or 7 years without your angel")

    # 27 --------------------------------------------------------------
    howit = ["**THE DINNER PARTY – Women Empowering Women**",
             "This is not a pyramid scheme. It is a gifting community of women lifting women up.",
             "Every table has 15 seats: 1 Dessert, 2 Entrées, 4 Soups and 8 Appetisers.",
             "You join as an Appetiser by gifting £1,000 to the Dessert. When all 8 Appetiser seats are filled the Dessert leaves the table with £8,000 and the table splits in two. Everyone moves up one course.",
             "By the time you are the Dessert you will have been gifted £8,000.",
             "It only works if you bring in new women. Each of us needs to invite at least two.",
             "Keep it among trusted women only. Never put it on Facebook. Never call it an investment."]
    board = ("DESSERT: Lorraine H\n"
             "ENTREES: Michelle D, Sam K\n"
             "SOUPS: Tash R, Bernie C, Kath O, (space)\n"
             "APPETISERS: Nicky P, (space), (space), (space), (space), (space), (space), (space)\n")
    z = zip_bytes([("Dinner Party explained.docx", docx_bytes(howit, title="The Dinner Party")),
                   ("table_march.txt", board)], date_time=(2025, 3, 1, 20, 11, 0))
    body = text_part("Hi girls,\n\nHere's the info for the dinner party I mentioned at break. Read it properly before you say it's a scam!! Gift £1,000, come out with £8,000. I need two more starters by the 20th or our table stalls.\n\nPass this on to anyone you trust but keep it off Facebook.\n\nNicky x\n\nSent from my Galaxy\n")
    part = with_attachments(c, body, [("dinner party.zip", "application/x-zip-compressed", z)], "other")
    c.add(27, "positive", "gifting-pyramid", "zip", ("Nicky Pullan", "nickypullan@example.com"),
          [bevh, nasreen, sharon, ("", f"24109220@{L}")],
          "dinner party info - read before you say no!!", maildate(2025, 3, 2, 21, 40), part, client="other", auth=False,
          note="inbound 'Dinner Party / Women Empowering Women' £1,000-in £8,000-out gifting pyramid, zip with docx + board, recruit two")

    # 28 --------------------------------------------------------------
    inner_text = ("MESSAGE FROM THE MICROSOFT OUTLOOK TEAM\n\n"
                  "Due to overcrowding of our mail servers, Outlook will be closing inactive accounts from next week and introducing a charge of £3.50 per month for others.\n\n"
                  "To show that you are an ACTIVE user, forward this message to at least 15 people. Your account will then be marked as active and will stay free. The counter at the bottom of this message is checked automatically.\n\n"
                  "If you do not forward this message, your account will be deleted within 48 hours and you will lose all your emails and contacts.\n\n"
                  "This is not a joke. Please forward to everyone you know.\n\n"
                  "Counter: 1,482,617\n\nThe Outlook Team")
    inner = c.inner(("Irena Kowalska", "irena.kowalska@example.org"), [("", "andrzej.w.1979@example.net")],
                    "Fwd: IMPORTANT outlook accounts closing", "Mon, 10 Feb 2025 17:22:09 +0000",
                    text_part(inner_text), client="other")
    note = text_part("Hello Rachel and everyone,\n\nIs this true? My cousin sent it. I forward it to you all just in case so your college emails do not close. Please forward to your friends also.\n\nAndrzej\n")
    part = mixed(rng, [note, rfc822_part(inner, "IMPORTANT outlook accounts closing.eml")])
    c.add(28, "positive", "account-closure-hoax", "fwd-rfc822", andrzej,
          [rachel, ("ESOL Entry 3 Tuesday", f"esol-e3-tue@{L}")], "FW: IMPORTANT outlook accounts closing",
          maildate(2025, 2, 11, 9, 5), part, client="owa",
          note="ESOL learner forwards as attachment the 'forward to 15 people or Outlook deletes your account' hoax to tutor and class")

    # 29 --------------------------------------------------------------
    text = ("Morning lovely people,\n\n"
            "This came to me from an old colleague at my last college and it made me smile so I'm passing it on.\n\n"
            "A TEACHER'S PRAYER. Teachers are the angels who don't get the wings. They give up their evenings, their weekends and their sanity for other people's children and ask for nothing back. Send this to 10 teachers who have made a difference to you.\n\n"
            "If you get 3 back, you're a great teacher. If you get 5 back, you're an amazing teacher. If you get 10 back, you're a LEGEND! Send it to every teacher who's made a difference before Friday. Whatever you do, don't break it - or you'll have Ofsted at the door within the month! (I'm not taking the risk!)\n\n"
            "Jo\n\n"
            "Jo Binns\nLecturer - English & Maths (Adult)\nRavensmoor College")
    to29 = [st(n, u) for n, u in [("Rachel Tordoff", "r.tordoff"), ("Helen Marsden", "h.marsden"), ("Neil Shackleton", "n.shackleton"),
                                  ("Yasmin Ali", "y.ali"), ("Grace Okafor", "g.okafor"), ("Rob Ingham", "r.ingham"),
                                  ("Lynne Dobson", "l.dobson"), ("Faisal Karim", "f.karim"), ("Anna Whiteley", "a.whiteley"), ("Simon Hey", "s.hey")]]
    c.add(29, "positive", "teacher-chain", "wrapped", jo, to29,
          "Fw: A teacher's prayer - send to 10 teachers who make a difference", maildate(2025, 3, 14, 7, 41),
          body_for(c, "wrapped", text), note="maths/English lecturer sends 'send to 10 teachers, if you get 3 back you're great, don't break it' chain to colleagues")

    # 30 --------------------------------------------------------------
    poem = ("FOOTPRINTS\n\n"
            "One night I dreamed a dream. I was walking along the beach with my Lord.\n"
            "Across the dark sky flashed scenes from my life.\n"
            "For each scene, I noticed two sets of footprints in the sand,\n"
            "one belonging to me and one to my Lord...\n"
            "\"My precious child, I love you and will never leave you.\n"
            "During your times of trial and suffering,\n"
            "when you saw only one set of footprints,\n"
            "it was then that I carried you.\"\n\n"
            "**********************************************\n"
            "THIS POEM HAS BEEN SENT TO YOU FOR GOOD LUCK.\n"
            "It has been around the world 9 times. Send 12 copies to people you think need good luck within 12 hours.\n"
            "Do not send money. Do not keep this message.\n"
            "In 4 days you will receive a surprise.\n"
            "A nurse in Rotherham received 2,000 pounds after sending it on.\n"
            "A man in Oldham ignored it and his house flooded 6 days later.\n"
            "This is true even if you are not superstitious.\n"
            "**********************************************\n")
    body = text_part("Hi Helen,\n\nRead the attached when you get a minute, I had to pass it on, it's lovely. I've sent it to some of the others in the group too.\n\nNasreen\n")
    part = with_attachments(c, body, [("pass it on.txt", "text/plain", poem.encode("utf-8"))], "outlook")
    c.add(30, "positive", "poem-luck-chain", "attachment-txt", nasreen,
          [hmarsden, bevh, ("", f"24108812@{L}"), ("", f"24110017@{L}")], "something lovely for you", maildate(2025, 4, 28, 8, 2),
          part, client="owa", note="adult learner attaches a 'Footprints' poem luck chain: send 12 copies within 12 hours, surprise in 4 days, curse if ignored")

    # =========================================================== NEGATIVES

    # 31 --------------------------------------------------------------
    text = ("Dear colleagues,\n\n"
            "This morning a number of staff received an email that appears to come from \"Ravensmoor Payroll\" with the subject \"Pay award – confirm your details by 5pm\". It asks you to open a link and sign in with your college username and password.\n\n"
            "This email did NOT come from Payroll. It is a phishing attempt designed to steal your college login.\n\n"
            "What to do:\n"
            "- Do not click the link or open any attachment.\n"
            "- Do not forward it to colleagues to \"warn them\" - this spreads the link further. We have already blocked it at the gateway.\n"
            "- Use the Report button in Outlook (or Report > Phishing on the web), then delete it.\n"
            "- If you have already entered your password, change it immediately at https://password.ravensmoor-college.example and ring the Service Desk on ext. 4357.\n\n"
            "Payroll will never ask you to confirm bank or login details by email.\n\n"
            "Thank you,\nChris Whiteley\nCyber Security Officer, IT Services")
    html = html_from_text(text, "outlook")
    c.add(31, "negative", "it-phishing-warning", "alternative", chrisw, [allstaff],
          "Phishing alert: fake \"Pay award\" email - do not click, do not forward", maildate(2025, 1, 28, 10, 6),
          body_for(c, "alternative", text, html=html), cc=[itsd],
          note="IT security warning about a real payroll phishing email: report and delete, explicitly do not forward")

    # 32 --------------------------------------------------------------
    text = ("Hello everyone,\n\n"
            "A few of you have asked the Service Desk about a message going round that says HMRC will pay a £475 “energy rebate” to households in council tax bands A–D if you enter your bank details and National Insurance number on a website, and that you should “send this to everyone in your contacts”.\n\n"
            "This is a hoax and the website is a scam. HMRC and the energy regulator do not contact people this way and there is no such rebate. We have blocked the website on the college network.\n\n"
            "Please don’t pass the message on to colleagues or learners. If you’ve already sent it to people, there’s no need to panic – just let them know it isn’t genuine. If you entered any details on the site, contact your bank straight away and report it to Action Fraud.\n\n"
            "Tutors: a number of adult learners have been sharing it in class groups. There is a short slide on spotting hoax messages on the Staff Hub under Digital Skills if you’d like to use it in a tutorial.\n\n"
            "Thanks,\nIT Service Desk\next. 4357")
    c.add(32, "negative", "it-hoax-advisory", "qp", itsd, [allstaff, ("Adult and Community Tutors", f"acl-tutors@{S}")],
          "Advice: “£475 energy rebate” message is a hoax", maildate(2024, 11, 15, 14, 22), body_for(c, "qp", text),
          note="IT Service Desk advisory explaining the energy-rebate chain message is a hoax and asking staff not to pass it on")

    # 33 --------------------------------------------------------------
    plan = ["**Personal Development Tutorial – Week 14: Misinformation, hoaxes and chain messages**",
            "Group: Level 2 and Level 3 tutor groups (16-18). Duration: 50 minutes.",
            "**Learning outcomes**",
            "By the end of the session learners will be able to: recognise common features of chain messages and hoaxes; explain why they spread; check a claim using at least two reliable sources; know how to report a scam.",
            "**Starter (10 mins)**",
            "Show the anonymised example on slide 3 (\"send this to 10 people in 10 minutes or 7 years bad luck\") and the WhatsApp 'Martinelli video' warning. Ask: who has received something like this? How did it make you feel? Did you send it on?",
            "**Main activity (25 mins)**",
            "In pairs, learners sort 8 message cards into 'genuine' and 'hoax' and highlight the warning signs: urgency, threats or promises, 'forward to everyone', no source, 'it was on the news', 'verified by Snopes' with no link.",
            "Discuss why fake charity and missing-child messages cause real harm (waste police time, distress families, spread personal data).",
            "**Plenary (10 mins)**",
            "Exit ticket: one sign that a message is a hoax, and one thing you would do instead of forwarding it.",
            "**Safeguarding note**",
            "Some curse-style chain messages frighten younger or vulnerable learners. If a learner is distressed, follow the usual wellbeing referral route. Do not ask learners to bring real chain messages from their phones into class.",
            "Resources: slides (Teams > PD Tutorials > Week 14), card sort, exit tickets."]
    doc = docx_bytes(plan, title="PD Tutorial Week 14")
    body = text_part("Hi tutors,\n\nAttached is next week's PD tutorial plan on misinformation and chain messages. Slides and the card sort are in the Teams folder. Please read the safeguarding note before delivering.\n\nAny questions, give me a shout.\n\nGemma\n\nGemma Hollings\nTutorial & Personal Development Lead\n")
    part = with_attachments(c, body, [("PD Tutorial Wk14 - Misinformation and chain messages.docx", DOCX, doc)])
    c.add(33, "negative", "lesson-plan-misinformation", "attachment-docx", gemma,
          [("Personal Tutors", f"personaltutors@{S}")], "PD tutorial plan - week 14 (misinformation and chain messages)",
          maildate(2025, 1, 8, 15, 30), part, note="tutorial lead sends a lesson plan that quotes chain-message wording to teach learners to spot hoaxes")

    # 34 --------------------------------------------------------------
    text = ("Dear Parent/Carer,\n\n"
            "Parents' and Carers' Evening - Level 2 and Level 3 Study Programmes\n\n"
            "We would like to invite you to our Parents' and Carers' Evening on Thursday 28 November 2024 between 4.30pm and 7.30pm at the Northgate Campus. This is an opportunity to meet your young person's personal tutor and subject lecturers and to talk about their progress, attendance and next steps.\n\n"
            "Appointments can be booked through the Parent Portal from Monday 18 November. If you have more than one young person at the college, please book each appointment separately.\n\n"
            "Many of our learners live with more than one parent or carer. If there is someone else who shares care of your young person and who may not have received this letter, please pass this information on to them so that they can book too. Carers and social workers of looked-after young people are very welcome.\n\n"
            "Free parking is available in the main car park (entrance on Wakefield Road). If you need an interpreter or have access needs, please contact Student Services on 0113 496 0731 and we will do our best to help.\n\n"
            "We look forward to seeing you.\n\n"
            "Yours faithfully,\n\n"
            "Angela Priestley\nPrincipal and Chief Executive")
    c.add(34, "negative", "parent-letter-pass-on", "wrapped", principal,
          [("Parents and Carers 16-18", f"parents1618@{S}")], "Parents' and Carers' Evening - Thursday 28 November",
          maildate(2024, 11, 11, 16, 0), body_for(c, "wrapped", text),
          note="principal's letter to parents about parents' evening, asks them to pass it on to other carers; genuine, no chain mechanics")

    # 35 --------------------------------------------------------------
    text = ("Hi all,\n\n"
            "Assignment brief for Unit 7 Supply Chain Management is now on Moodle. Hand-in date is Friday 14 March, 4pm, through Turnitin.\n\n"
            "Task 1 (P1, P2): describe the main stages of a supply chain for a product of your choice. Most of you picked the Hollins Bakery chain we visited in January - that's fine.\n"
            "Task 2 (M1): analyse how a disruption at one link in the chain (e.g. the Suez Canal blockage, a driver shortage, a supplier going bust) affects everyone further down.\n"
            "Task 3 (D1): evaluate two ways an organisation could make its supply chain more resilient - dual sourcing, holding buffer stock, nearshoring, better demand forecasting.\n\n"
            "Remember to reference properly (Harvard). No more than 2,500 words in total.\n\n"
            "Drop-in support Wednesdays 1-2pm in B214.\n\n"
            "Asif\n\n"
            "Asif Hussain\nLecturer - Business, Logistics & Supply Chain")
    c.add(35, "negative", "supply-chain-assignment", "plain", asif,
          [("L3 Business Year 2", f"l3business-y2@{L}")], "Unit 7 Supply Chain Management - assignment brief",
          maildate(2025, 2, 24, 9, 15), body_for(c, "plain", text),
          note="lecturer sends supply chain management assignment brief to learners")

    # 36 --------------------------------------------------------------
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<p>Dear colleagues,</p>\n"
            "<p>During this term's electrical safety walk-round we found several rooms where extension leads had been <b>daisy-chained</b> &ndash; one extension lead plugged into another, and in one case a four-way block feeding a second four-way block feeding a kettle, a heater and a laminator.</p>\n"
            "<p>Please don't do this. Daisy-chaining extension leads overloads the first lead and the wall socket and is a real fire risk. It also invalidates the PAT test on the equipment.</p>\n"
            "<ul>\n<li>Use one extension lead per wall socket, plugged directly into the wall.</li>\n"
            "<li>Never plug heaters or kettles into an extension lead.</li>\n"
            "<li>If a room doesn't have enough sockets, log a job on the Estates Helpdesk and we'll look at adding more.</li>\n</ul>\n"
            "<p>The same applies to USB hubs and monitor cables in the IT suites &ndash; please leave the daisy-chained DisplayPort monitors as IT set them up and don't add extra hubs.</p>\n"
            "<p>Thanks for your help,<br>Tariq Mahmood<br>Estates Supervisor &ndash; Northgate Campus<br>Health &amp; Safety Committee</p>\n"
            "</body></html>\n")
    c.add(36, "negative", "daisy-chain-safety", "html", tariq, [allstaff], "Fire safety: please don't daisy-chain extension leads",
          maildate(2025, 3, 6, 11, 40), body_for(c, "html", "", html=html), note="estates health and safety notice about daisy-chained extension leads")

    # 37 --------------------------------------------------------------
    text = ("Hi everyone,\n\n"
            "For Thursday's Biology session we're moving on to ecosystems. Please read pages 112-118 in the Access to HE Science workbook before the session.\n\n"
            "We will be looking at:\n"
            "- food chains and food webs (producers, primary, secondary and tertiary consumers)\n"
            "- why energy is lost at each step of a food chain and why chains rarely have more than 4 or 5 links\n"
            "- pyramids of number and biomass\n"
            "- bioaccumulation of toxins along a chain (the DDT and birds of prey example)\n\n"
            "Homework: draw a food web for Ogden Water using at least 8 organisms and label one food chain within it. Bring it on Thursday for peer marking.\n\n"
            "If you missed last week, the slides on photosynthesis are on Moodle.\n\n"
            "Helen")
    c.add(37, "negative", "food-chain-lesson", "flowed", hmarsden, [("Access to HE Science 24-25", f"accesshe-sci-2425@{L}")],
          "Thursday Biology - food chains and food webs", maildate(2025, 2, 4, 17, 45), body_for(c, "flowed", text, "thunderbird"),
          client="thunderbird", note="Access to HE tutor sets reading on food chains and food webs")

    # 38 --------------------------------------------------------------
    text = ("Hi all,\n\n"
            "As some of you know, four of us from Engineering are doing the Yorkshire Three Peaks on Saturday 14 June for Macmillan Cancer Support, in memory of our colleague Brian who many of you worked with for years.\n\n"
            "If you'd like to sponsor us, our JustGiving page is: https://www.justgiving.example/page/ravensmoor-three-peaks\n\n"
            "Every pound helps, and please don't feel any pressure at all. If you'd like to share the link with friends and family who knew Brian, that would be lovely.\n\n"
            "We'll also have a bucket and a cake stall in the Lowfold canteen on Friday 13 June.\n\n"
            "Thanks,\nMark, Steve, Kyle and Ian")
    html = html_from_text(text, "outlook")
    c.add(38, "negative", "charity-sponsorship", "alternative", mark, [allstaff], "Three Peaks for Macmillan - sponsorship",
          maildate(2025, 5, 20, 12, 5), body_for(c, "alternative", text, html=html),
          note="staff charity challenge with a JustGiving link; optional sharing, no forwarding quota or threats")

    # 39 --------------------------------------------------------------
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"margin:0;padding:0;background:#f2f2f2\">\n"
            "<table width=\"640\" align=\"center\" cellpadding=\"16\" style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:14px\">\n"
            "<tr><td style=\"background:#4b2a6b;color:#fff\"><h1 style=\"margin:0\">Staff Bulletin</h1><p style=\"margin:0\">Week commencing 10 March 2025</p></td></tr>\n"
            "<tr><td><h2>Principal's update</h2><p>Thank you to everyone involved in last week's monitoring visit. The feedback on our apprenticeship provision was very positive.</p></td></tr>\n"
            "<tr><td><h2>Science Week: chain reaction challenge</h2><p>The Engineering and Science teams are building a Rube Goldberg &lsquo;chain reaction&rsquo; machine in the Atrium on Wednesday. Bring your tutor groups along from 12.15.</p></td></tr>\n"
            "<tr><td><h2>Lost property</h2><p>A set of car keys on a Leeds Rhinos keychain was handed in to Northgate reception. Please collect with ID.</p></td></tr>\n"
            "<tr><td><h2>Staff wellbeing</h2><p>Free chair yoga, Thursday 4.15pm, Weavers Yard studio. No booking needed.</p></td></tr>\n"
            "<tr><td><h2>Dates for your diary</h2><ul><li>17 March &ndash; ILR R08 data return deadline</li><li>21 March &ndash; Red Nose Day (non-uniform for staff, &pound;2)</li><li>4 April &ndash; Last day of spring term</li></ul></td></tr>\n"
            "<tr><td style=\"font-size:12px;color:#666\">Staff Bulletin is produced by Marketing &amp; Communications. Items for next week by Thursday noon to bulletin@school.example.</td></tr>\n"
            "</table></body></html>\n")
    c.add(39, "negative", "staff-newsletter", "html", ("Marketing & Communications", f"bulletin@{S}"), [allstaff],
          "Staff Bulletin - w/c 10 March", maildate(2025, 3, 10, 8, 0), body_for(c, "html", "", html=html),
          note="weekly staff bulletin mentioning a 'chain reaction' machine and a lost keychain")

    # 40 --------------------------------------------------------------
    text = ("Hi everyone,\n\n"
            "The Students' Union is asking Kirkdale Council and the bus operators to bring back the under-19 college travel pass that was cut last year. Over 40% of our 16-18 learners travel more than 5 miles to get here and some of you are paying over £20 a week.\n\n"
            "If you agree, please sign our petition using the form on the SU page of the Learner Hub (you'll need to log in with your college account so we can show the council that every signature is a real Ravensmoor learner). You only need to sign once. There's no need to forward this email - every learner has received it.\n\n"
            "We'll present the petition at the council's Transport Scrutiny Committee on 22 May. If you want to come along and speak, email su@school.example.\n\n"
            "Thanks,\nHabiba Rahman\nSU President 2024-25")
    c.add(40, "negative", "su-petition-genuine", "base64", su_pres,
          [("All Learners", f"alllearners@{L}")], "Bring back the college bus pass - sign the SU petition",
          maildate(2025, 4, 29, 12, 30), body_for(c, "base64", text), client="owa",
          note="Students' Union genuine petition via authenticated form with real purpose, explicitly no need to forward")

    # 41 --------------------------------------------------------------
    orig = ("Hi all,\n\nJust a quick thank you to everyone who helped out during enrolment week. We enrolled just over 2,300 learners in five days, and the feedback from families about how welcoming everyone was has been brilliant.\n\n"
            "Special thanks to the MIS team who kept the systems running, Estates for the signage, and to all the lecturers who came down to do interviews on their PPA time.\n\nNadia")
    text = ("Thanks Nadia - and a massive thank you to Student Services and the Admissions team too, you were the ones on the front line from 8am every day! Cakes are on us in the MIS office on Friday.\n\n"
            "Imran\n\n"
            "From: Nadia Sharif <n.sharif@school.example>\n"
            "Sent: 13 September 2024 16:21\n"
            "To: Enrolment Team <enrolment-team@school.example>\n"
            "Subject: Thank you!\n\n" + orig)
    quoted_text = ("Thanks Nadia - and a massive thank you to Student Services and the Admissions team too, you were the ones on the front line from 8am every day! Cakes are on us in the MIS office on Friday.\n\n"
                   "Imran\n\n"
                   "On Fri, 13 Sept 2024 at 16:21, Nadia Sharif <n.sharif@school.example> wrote:\n" + quote(orig))
    c.add(41, "negative", "thank-you-round-robin", "reply", st("Imran Qureshi", "i.qureshi"),
          [nadia, ("Enrolment Team", f"enrolment-team@{S}")], "Re: Thank you!", maildate(2024, 9, 13, 16, 48),
          body_for(c, "plain", quoted_text), client="thunderbird", in_reply_to="<" + hexs(rng, 16).lower() + "@school.example>",
          note="reply-all thank-you round robin after enrolment week")

    # 42 --------------------------------------------------------------
    text = ("Hi all, Pat's leaving card and collection envelope are in the HE staffroom in the top drawer. Can you sign it and pass it along to the next person on the list on the front? Needs to be back with me by Weds. Don't let Pat see!!\n\n"
            "Thanks, Kath\n\nSent from my iPhone")
    c.add(42, "negative", "leaving-card", "mobile", kath,
          [("Apprenticeship Team", f"apprenticeships@{S}")], "Pat's card", maildate(2025, 7, 14, 8, 12),
          body_for(c, "mobile", text, "iphone"), client="iphone", note="short mobile message asking staff to sign a leaving card and pass it along")

    # 43 --------------------------------------------------------------
    text = ("Dear colleagues and learners,\n\n"
            "Ramadan is expected to begin on or around Saturday 1 March. During Ramadan the prayer room at Northgate (room G12) will be open from 7.30am until 7pm, and the quiet room at Lowfold (L1.04) is available for prayer throughout the day.\n\n"
            "Iftar: the Students' Union and the Chaplaincy are hosting a community iftar open to everyone, of any faith or none, on Thursday 20 March in the Atrium from 5.45pm. Food is free but please book on the Learner Hub so we know numbers.\n\n"
            "Staff may like to bear in mind that some learners will be fasting and may be tired in afternoon sessions, especially on practical courses. Please speak to Student Services if you'd like guidance.\n\n"
            "Ramadan Mubarak to all who are observing. The multi-faith calendar for the year (including Lent, Passover, Vaisakhi and Diwali) is on the Staff Hub.\n\n"
            "With best wishes,\n"
            "Revd. Anne Clough and Imam Yusuf Patel\nRavensmoor College Chaplaincy - Réunion des fois")
    text = text.replace(" - Réunion des fois", "")
    text = text.replace("of any faith or none", "of any faith or none - à tout le monde, as our French learners say")
    c.add(43, "negative", "chaplaincy-notice", "latin1", ("Chaplaincy", f"chaplaincy@{S}"), [allstaff, ("All Learners", f"alllearners@{L}")],
          "Ramadan 2025 - prayer rooms and community iftar", maildate(2025, 2, 26, 10, 0), body_for(c, "latin1", text),
          charset="iso-8859-1", note="chaplaincy notice about prayer rooms and a community iftar; religious but not a chain")

    # 44 --------------------------------------------------------------
    text = ("Hi everyone,\n\n"
            "It’s that time of year again! Health & Social Care are doing Secret Santa.\n\n"
            "– £10 limit (please stick to it!)\n"
            "– Reply to me by Friday 29 November if you want to take part\n"
            "– I’ll draw names and email everyone privately who they’re buying for\n"
            "– Presents under the tree in the staffroom by Wednesday 18 December, we’ll open them at the team lunch\n\n"
            "If you don’t want to join in, that’s absolutely fine – nobody will know, and you’re still very welcome at the lunch.\n\n"
            "Sarah \U0001F384".replace("\U0001F384", ":)"))
    c.add(44, "negative", "secret-santa", "cp1252", sarahk, [("Health & Social Care Team", f"hsc-team@{S}")],
          "Secret Santa 2024 – opt in by Friday", maildate(2024, 11, 25, 13, 37), body_for(c, "cp1252", text),
          charset="windows-1252", note="department Secret Santa, opt-in, organiser draws names; no chain mechanics")

    # 45 --------------------------------------------------------------
    text = ("Dear colleagues,\n\n"
            "Safeguarding briefing: sextortion and threatening chain messages\n\n"
            "The National Crime Agency has issued an alert about a rise in financially motivated sexual extortion (\"sextortion\") targeting 16-18 year olds, particularly boys. We have had two disclosures this half term.\n\n"
            "Typical pattern: a learner is contacted on social media by someone posing as a young person, is persuaded to share an image, and is then threatened: pay money (often £50 to £500) or the image will be sent to all your contacts. Some versions are sent as mass messages claiming \"your device has been hacked\" and demanding payment, or telling the learner to forward the message to others.\n\n"
            "What to tell learners:\n"
            "- Don't pay, don't engage, don't forward anything.\n"
            "- Keep the evidence (screenshots), block the account and report it.\n"
            "- Tell a trusted adult. It is not their fault and they won't be in trouble.\n"
            "- Report Remove (Childline/IWF) can help get images taken down.\n\n"
            "What to do as staff: do not view, copy or forward any image. Record the disclosure on MyConcern and contact the DSL team on ext. 4400 the same day.\n\n"
            "A short briefing for tutorials is on the Safeguarding page of the Staff Hub.\n\n"
            "Paul Dewhirst\nDesignated Safeguarding Lead")
    c.add(45, "negative", "safeguarding-briefing", "latin1", paul, [allstaff], "Safeguarding briefing - sextortion and threatening messages",
          maildate(2025, 2, 10, 8, 30), body_for(c, "latin1", text, cte="8bit"), charset="iso-8859-1",
          note="DSL briefing on sextortion messages that threaten to send images to contacts; tells staff not to forward anything")

    # 46 --------------------------------------------------------------
    orig = ("Apprenticeship funding rules 2025 to 2026 - what's changing\n\n"
            "The apprenticeship funding rules for 2025 to 2026 have now been published. Key changes for employers:\n\n"
            "- Minimum duration of some apprenticeships reduced from 12 to 8 months from August 2025.\n"
            "- Foundation apprenticeships for 16-21 year olds in selected sectors, with a £2,000 employer incentive.\n"
            "- English and maths requirements for apprentices aged 19+ now set by the employer and provider.\n\n"
            "Providers should share this update with their employer partners.\n\n"
            "Employer Partnerships Newsletter - Northern Skills Network")
    text = ("Hi Kath, Darren,\n\n"
            "Worth having this to hand when you do your employer reviews next month, especially the foundation apprenticeship incentive - Pennine Fabrications and Hollins Bakery were both asking about it.\n\n"
            "Mark\n\n"
            + fwd_block(("Northern Skills Network", "newsletter@northernskills.example"), "Wed, 2 Jul 2025 at 09:00",
                        "Apprenticeship funding rules 2025 to 2026 - what's changing", [("Mark Thewlis", "m.thewlis@school.example")])
            + "\n" + orig)
    c.add(46, "negative", "employer-newsletter-forward", "fwd-inline", mark, [kath, dmellor],
          "Fwd: Apprenticeship funding rules 2025 to 2026 - what's changing", maildate(2025, 7, 2, 11, 25),
          body_for(c, "plain", text), client="other",
          note="curriculum manager forwards a funding-rules newsletter to two assessors with a personal note")

    # 47 --------------------------------------------------------------
    text = ("Hi all,\n\n"
            "The staff EuroMillions syndicate is starting a new round from 1 April. It's £2 a week per person, paid monthly (£8 or £10 depending on the month) to me in cash or by bank transfer - details on the form in the Finance office.\n\n"
            "Same rules as before:\n"
            "- numbers are the same every week and are pinned on the Finance office noticeboard\n"
            "- if you're not paid up by the first draw of the month, you're out for that month\n"
            "- any winnings are split equally between everyone paid up for that draw\n"
            "- I'll email a copy of every ticket on the day of the draw\n\n"
            "Last round we won a grand total of £14.30 so don't give up the day job.\n\n"
            "If you want in, reply to me by 28 March.\n\n"
            "Julie")
    c.add(47, "negative", "staff-lottery-syndicate", "plain", julie, [allstaff], "Staff lottery syndicate - new round from April",
          maildate(2025, 3, 17, 12, 55), body_for(c, "plain", text),
          note="genuine staff EuroMillions syndicate admin email; lottery wording but no chain or pyramid")

    # 48 --------------------------------------------------------------
    inner_text = ("Pennine Police - Community Messaging\n\n"
                  "Bicycle thefts - Ravensmoor town centre\n\n"
                  "We have seen an increase in bicycle thefts from racks around Ravensmoor town centre, including near the bus station and the college's Northgate Campus. Most bikes were secured with cable locks, which can be cut in seconds.\n\n"
                  "Crime prevention advice:\n"
                  "- use a D-lock as well as a cable lock\n"
                  "- register your bike free at BikeRegister\n"
                  "- take a photo of your bike and note its frame number\n\n"
                  "If you have information, call 101 quoting reference 13250215471, or contact Crimestoppers anonymously.\n\n"
                  "PC 2714 Hannah Greaves, Ravensmoor Neighbourhood Policing Team\n"
                  "You are receiving this message because you are registered with Pennine Community Messaging.")
    inner = c.inner(("Pennine Community Messaging", "noreply@penninecommunitymessaging.example"),
                    [("", f"estates@{S}")], "Bicycle thefts - Ravensmoor town centre", "Mon, 17 Feb 2025 14:03:55 +0000",
                    text_part(inner_text), client="other")
    note = text_part("Hi all,\n\nForwarding the police alert below for information. We've had three bikes taken from the Northgate racks this month. The covered cycle store by the sports hall has CCTV and is free to use - ask at reception for a key fob.\n\nTariq\n")
    part = mixed(rng, [note, rfc822_part(inner, "Bicycle thefts - Ravensmoor town centre.eml")])
    c.add(48, "negative", "police-alert-forward", "fwd-rfc822", tariq, [allstaff, ("All Learners", f"alllearners@{L}")],
          "FW: Bicycle thefts - Ravensmoor town centre", maildate(2025, 2, 18, 9, 2), part,
          note="estates forwards (as attachment) a genuine police community alert about bike thefts, with a real reference")

    # 49 --------------------------------------------------------------
    inner_html = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Dear Session Organiser,</p>"
                  "<p>Thank you for hosting a blood donation session at <b>Ravensmoor College, Northgate Campus (Sports Hall)</b> on <b>Tuesday 8 April 2025, 1.00pm&ndash;7.30pm</b>.</p>"
                  "<p>Appointments can be booked online or through the GiveBlood app. New donors are very welcome &ndash; eligible donors are aged 17 to 65, weigh over 7st 12lbs and are in good health.</p>"
                  "<p>Please feel free to tell your staff, learners and local community about the session. Posters are attached to our previous email.</p>"
                  "<p>Kind regards,<br>Donor Sessions Team<br>Blood and Transplant Service</p></body></html>\n")
    inner = c.inner(("Blood Donor Sessions", "sessions@blood-donation.example"), [paul],
                    "Confirmed: donor session at Ravensmoor College, 8 April", "Thu, 13 Mar 2025 11:20:41 +0000",
                    html_part(inner_html), client="other")
    note = text_part("Hi all,\n\nPlease see the confirmation below. The donor session is back on 8 April in the sports hall. If you've thought about giving blood, this is a really easy way to do it - book a slot on the app. Learners aged 17 and over can donate too, so tutors please mention it.\n\nThanks,\nPaul\n")
    part = mixed(rng, [note, rfc822_part(inner)])
    c.add(49, "negative", "blood-donation-session", "fwd-rfc822", paul, [allstaff, ("Personal Tutors", f"personaltutors@{S}")],
          "FW: Confirmed: donor session at Ravensmoor College, 8 April", maildate(2025, 3, 13, 14, 10), part,
          note="forwarded confirmation of a genuine on-campus blood donation session")

    # 50 --------------------------------------------------------------
    text = ("Dear Adult Learners,\n\n"
            "Help with energy and living costs this winter\n\n"
            "We know many of you are juggling study with work, family and rising bills. Here’s a reminder of genuine support you may be entitled to:\n\n"
            "• Warm Home Discount – £150 off your electricity bill, usually paid automatically if you get certain benefits. Check with your supplier.\n"
            "• Household Support Fund – Kirkdale Council has a small amount of help with food and energy. Apply on the council website.\n"
            "• Learner Support Fund – the college can help with travel, childcare and course costs. Ask Student Services.\n\n"
            "A word of warning: there are messages going round on WhatsApp and email promising rebates or “cost of living payments” if you share them with 15 people or enter your bank details on a website. These are scams. Real government support never asks you to forward a message to claim it. If in doubt, ask us.\n\n"
            "Student Services – Weavers Yard, open Monday to Thursday 9am–6pm\n"
            "Tel: 0113 496 0744")
    c.add(50, "negative", "cost-of-living-guidance", "cp1252", ("Student Services", f"studentservices@{S}"),
          [("Adult Learners", f"adultlearners@{L}")], "Help with energy and living costs – and a scam warning",
          maildate(2024, 12, 2, 10, 15), body_for(c, "cp1252", text), charset="windows-1252",
          note="student services signposts genuine cost-of-living support and warns about share-to-claim scam messages")

    # 51 --------------------------------------------------------------
    text = ("Quick one for tutors - there's a screenshot going round TikTok claiming to be tomorrow's GCSE maths paper. It's fake (it's last year's specimen). Please tell your groups not to share it and not to panic. Anyone worried can come to the exams office.\n\n"
            "Lorraine\n\nSent from Outlook for iOS")
    c.add(51, "negative", "exam-rumour-warning", "mobile", lorraine, [("Personal Tutors", f"personaltutors@{S}")],
          "Fake 'leaked paper' on TikTok", maildate(2025, 5, 15, 19, 32), body_for(c, "mobile", text, "outlook-ios"),
          client="outlook-ios", note="exams officer tells tutors a 'leaked paper' rumour is fake and asks them to tell learners not to share it")

    # 52 --------------------------------------------------------------
    lecture = ("Unit 11 Cyber Security - Week 6: Malware that spreads by email\n"
               "====================================================\n\n"
               "1. ILOVEYOU (2000)\n"
               "   Arrived as LOVE-LETTER-FOR-YOU.TXT.vbs. When opened, the VBScript mailed itself to every\n"
               "   contact in the victim's Outlook address book, so each victim became a sender.\n\n"
               "2. Melissa (1999)\n"
               "   A Word macro virus that emailed itself to the first 50 contacts in the address book.\n\n"
               "3. Email hoaxes vs email worms\n"
               "   A hoax (e.g. 'forward this warning to everyone you know') has no code at all: the human\n"
               "   does the spreading. Discuss: which is harder to stop, and why?\n\n"
               "Lab task (pairs): in the isolated lab VM, examine the de-fanged ILOVEYOU script in\n"
               "lab06/iloveyou_defanged.txt. Identify (a) the payload, (b) the propagation routine,\n"
               "(c) two controls that would have stopped it (attachment filtering, macro policy, user training).\n")
    z = zip_bytes([("week06/lecture_notes.txt", lecture),
                   ("week06/lab06_worksheet.txt", "Name:\nGroup:\n\nQ1 What file extension trick did ILOVEYOU use?\nQ2 Which Outlook object gave it access to the address book?\nQ3 Suggest two technical controls.\n"),
                   ("week06/lab06/iloveyou_defanged.txt", "' De-fanged for teaching. All file, registry and mail calls removed.\n' Original propagation routine replaced with comments.\n' For Ravensmoor College lab VM use only.\n")])
    body = text_part("Hi all,\n\nMaterials for week 6 (email-borne malware) are attached as a zip and are also on Moodle. Please read the lecture notes before Tuesday. The lab VM is isolated - don't copy the script anywhere else.\n\nAdebayo\n")
    part = with_attachments(c, body, [("Unit11_Week06.zip", "application/zip", z)])
    c.add(52, "negative", "computing-lecture-worms", "zip", adebayo, [("L3 Computing Year 2", f"l3computing-y2@{L}")],
          "Unit 11 week 6 materials - email worms", maildate(2025, 1, 31, 16, 5), part,
          note="computing lecturer sends zipped lecture notes on ILOVEYOU/Melissa and how hoaxes spread by forwarding")

    # 53 --------------------------------------------------------------
    text = ("Dear Heads of Department,\n\n"
            "Please cascade the following to your teams before the end of the week.\n\n"
            "1. Staff development day, Friday 3 January: the programme is now on the Staff Hub. Morning sessions are cross-college (safeguarding update, AI in assessment, EDI). The afternoon is for departmental planning.\n\n"
            "2. Learner voice survey: runs from 13 to 24 January during tutorials. Please make sure every tutor group has a slot.\n\n"
            "3. Attendance: the college target remains 90%. Registers must be marked within 15 minutes of the start of each session; unmarked registers will be chased by the MIS team from next week.\n\n"
            "4. Christmas closure: the college closes at 4pm on Friday 20 December and reopens on Thursday 2 January for staff.\n\n"
            "Thank you for your support this term.\n\n"
            "Rob Ingham\nVice Principal - Curriculum and Quality")
    c.add(53, "negative", "cascade-to-teams", "wrapped", st("Rob Ingham", "r.ingham"), [("Heads of Department", f"hods@{S}")],
          "Please cascade: end of term information", maildate(2024, 12, 9, 17, 20), body_for(c, "wrapped", text),
          note="vice principal asks heads of department to cascade end-of-term information to their teams")

    # 54 --------------------------------------------------------------
    text = ("Hello everyone,\n\n"
            "Next week is Kindness Week and the Wellbeing Group would love you to get involved.\n\n"
            "The idea is simple: do one small kind thing for someone - make a brew for the team, leave a thank-you note for the cleaners, hold the door, let someone go ahead of you in the canteen queue - and \"pay it forward\". There's a Kindness Wall in the staffroom at Northgate and Lowfold where you can pin a note about something kind a colleague did.\n\n"
            "There's no sign-up, no sponsorship and nothing to forward - just be nice to each other!\n\n"
            "Free tea, coffee and biscuits in both staffrooms all week, courtesy of the Wellbeing Group.\n\n"
            "Claire\nStaff Wellbeing Group")
    c.add(54, "negative", "kindness-week", "flowed", st("Claire Pearson", "c.pearson"), [allstaff], "Kindness Week - pay it forward",
          maildate(2025, 2, 7, 13, 0), body_for(c, "flowed", text, "apple"), client="apple",
          note="staff wellbeing 'pay it forward' kindness week, nothing to forward")

    # 55 --------------------------------------------------------------
    text = ("Hi all,\n\n"
            "The SU's Christmas foodbank appeal for Ravensmoor Community Pantry starts today. Donation boxes are at Northgate reception, Lowfold canteen and Weavers Yard.\n\n"
            "Most needed this year:\n"
            "- tinned meat and fish\n- UHT milk\n- tea and coffee\n- toiletries and sanitary products\n- selection boxes for children\n\n"
            "Please no fresh food or anything past its date. The Level 1 Business learners will collect and sort the boxes on Tuesday 17 December and the Pantry's van will take everything that afternoon.\n\n"
            "Thank you - last year you filled 41 crates!\n\n"
            "Students' Union")
    c.add(55, "negative", "foodbank-appeal", "base64", ("Students' Union", f"su@{S}"), [allstaff, ("All Learners", f"alllearners@{L}")],
          "Christmas foodbank appeal", maildate(2024, 12, 2, 9, 0), body_for(c, "base64", text),
          note="Students' Union foodbank donation appeal")

    # 56 --------------------------------------------------------------
    orig = ("Hi Darren,\n\n"
            "We're taking on two more Level 3 Maintenance & Operations Engineering Technician apprentices from September. Starting salary £18,500 rising to £22,000 after year 1, Monday to Friday days, based at our Brighouse site. Driving licence helpful but not essential.\n\n"
            "Could you share this with any of your Level 2 engineering learners who might be interested? Applications via our website by 30 June, or they can drop me a CV.\n\n"
            "Thanks,\nCarol\n\nCarol Ibbotson | Office Manager | Pennine Fabrications Ltd")
    text = ("Hi both,\n\n"
            "Vacancy below from Pennine Fabrications - can you mention it to your L2 Engineering groups and put it on the Careers board? Good employer, we've had several apprentices with them.\n\n"
            "Darren\n\n"
            + fwd_block(("Carol Ibbotson", "c.ibbotson@pennine-fabrications.example"), "10 June 2025 14:02",
                        "Apprentice vacancies - Maintenance Technician", [("Darren Mellor", "d.mellor@school.example")], style="outlook")
            + "\n" + orig)
    c.add(56, "negative", "vacancy-share", "fwd-inline", dmellor, [mark, st("Careers Team", "careers")],
          "FW: Apprentice vacancies - Maintenance Technician", maildate(2025, 6, 11, 8, 44), body_for(c, "qp", text),
          note="assessor forwards an employer's apprenticeship vacancy asking colleagues to share with suitable learners")

    # 57 --------------------------------------------------------------
    text = ("Hi all,\n\n"
            "Just a reminder for Level 3 Early Years learners on placement at Little Acorns and Ravensmoor Community Nursery next week:\n\n"
            "Activity planning task – \"Festive paper chains”. Please plan a 20‑minute adult-led activity for 3–4 year olds making paper chains, linking it to at least two areas of the EYFS (e.g. fine motor skills, counting links, colour patterns, talking about celebrations – Christmas, Hanukkah, Diwali).\n\n"
            "Remember your risk assessment (child‑safe scissors, glue sticks not PVA for under‑3s) and get your placement supervisor to sign the observation sheet.\n\n"
            "Wendy")
    c.add(57, "negative", "paper-chain-activity", "qp", wendy, [("L3 Early Years", f"l3earlyyears@{L}")],
          "Placement task – festive paper chains", maildate(2024, 12, 4, 15, 20), body_for(c, "qp", text),
          note="early years lecturer sets a nursery placement activity making paper chains")

    # 58 --------------------------------------------------------------
    rows = [["Date", "Series", "Paper / component", "Packets received", "Received by", "Stored (safe ref)", "Opened (time)", "Opened by (2 signatures)", "Scripts despatched", "Tracking ref"],
            ["12/05/2025", "June 2025", "GCSE Maths 1MA1/1F", 3, "LF", "Safe A shelf 2", "08:55 15/05", "LF / KO", "16/05", "RC-0516-0142"],
            ["12/05/2025", "June 2025", "GCSE Maths 1MA1/1H", 1, "LF", "Safe A shelf 2", "08:55 15/05", "LF / KO", "16/05", "RC-0516-0143"],
            ["13/05/2025", "June 2025", "GCSE English Lang 8700/1", 4, "LF", "Safe A shelf 1", "08:50 22/05", "LF / MS", "23/05", "RC-0523-0311"],
            ["", "", "", "", "", "", "", "", "", ""]]
    x = xlsx_bytes(rows, "Chain of custody")
    body = text_part("Hi Kath,\n\nThanks for covering the paper opening on Thursday. Attached is the chain of custody log for the June series so far - please fill in the 'opened by' and despatch columns when you do the English paper, and keep the signed paper copy in the safe folder. The JCQ inspector may ask to see both.\n\nLorraine\n\nLorraine Fieldhouse\nExams Officer\n")
    part = with_attachments(c, body, [("Chain of custody log June 2025.xlsx", XLSX, x)])
    c.add(58, "negative", "exam-chain-of-custody", "attachment-xlsx", lorraine, [kath], "Chain of custody log - June series",
          maildate(2025, 5, 19, 16, 40), part, note="exams officer sends the secure exam-paper chain of custody log")

    # 59 --------------------------------------------------------------
    text = ("Hi Debbie,\n\n"
            "I'd hold off sending that one round - I had a look and it's an old hoax. The same post has been going round since about 2018 with different towns and shops swapped in, and the local police Facebook page says they haven't had any report like it. Full Fact did a piece on it.\n\n"
            "If a child really does go missing the police put out an appeal themselves, with a photo and a number to call. Best thing is just to delete it.\n\n"
            "Karen\n\n"
            "On 17 May 2025, at 10:23, Debbie Firth <d.firth@school.example> wrote:\n"
            + quote("Can everyone pass this on please just seen it on fb"))
    c.add(59, "negative", "reply-hoax-debunk", "reply", st("Karen Ramsden", "k.ramsden"), [debbie],
          "Re: PLEASE SHARE - little boy missing", maildate(2025, 5, 17, 10, 51), body_for(c, "flowed", text, "iphone"),
          client="iphone", in_reply_to="<" + hexs(rng, 8) + "-" + hexs(rng, 4) + "@school.example>",
          note="colleague replies privately that a shared missing-child post is a known hoax and should be deleted, not forwarded")

    # 60 --------------------------------------------------------------
    tmpl = ("Name:\nPayroll number:\nDepartment:\nWeek commencing:\n\n"
            "Day,Start,Finish,Break (mins),Hours,Activity/course code\n"
            "Mon,,,,,\nTue,,,,,\nWed,,,,,\nThu,,,,,\nFri,,,,,\nSat,,,,,\n\n"
            "Total hours:\nSigned (employee):\nSigned (line manager):\n")
    z = zip_bytes([("Timesheets 2025-26/Sessional timesheet template.csv", tmpl),
                   ("Timesheets 2025-26/Guidance for sessional staff.txt",
                    "1. Complete one timesheet per week.\n2. Ask your line manager to approve it.\n3. Forward approved timesheets to payroll@school.example by the 10th of the month.\n4. Late timesheets will be paid the following month.\n")])
    body = text_part("Hi all,\n\nNew timesheet templates for 2025-26 are attached (zipped). Please ask your sessional and hourly-paid staff to forward their approved timesheets to payroll@school.example by the 10th of each month. Timesheets received after the 10th will go into the following month's pay run.\n\nThanks,\nSteve Balmforth\nPayroll Officer\n")
    part = with_attachments(c, body, [("Timesheets 2025-26.zip", "application/zip", z)])
    c.add(60, "negative", "timesheet-reminder", "zip", st("Steve Balmforth", "s.balmforth"), [("Line Managers", f"linemanagers@{S}")],
          "Timesheets 2025-26 - templates and deadlines", maildate(2025, 8, 28, 11, 10), part,
          note="payroll sends zipped timesheet templates and asks for approved timesheets to be forwarded to payroll by the 10th")

    c.finish(f"manifest-{W}.jsonl")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    build()
