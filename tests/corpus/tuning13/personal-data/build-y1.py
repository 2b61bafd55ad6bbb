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

# ================================================================ personal-data content

TOWNS = {"Halifax": ["HX1 2RT", "HX1 5RH", "HX2 8LW", "HX3 5BN", "HX2 0DL"],
         "Brighouse": ["HD6 3AZ", "HD6 1QS"],
         "Elland": ["HX5 0PG", "HX5 9AW"],
         "Sowerby Bridge": ["HX6 1EF", "HX6 2NB"],
         "Todmorden": ["OL14 5TR", "OL14 7HF"],
         "Ravensmoor": ["HX4 9HY", "HX7 6JD", "HX3 8SW"],
         "Queensbury": ["BD13 4QS"],
         "Huddersfield": ["HD1 4UX", "HD2 1JE"]}
STREETS = ["Clough Lane", "Park Road", "Hebble View", "Moorside Avenue", "Spring Hall Drive", "Wakefield Road",
           "Booth Town Road", "Lee Mount Road", "Ovenden Way", "Shroggs Vue", "King Cross Street", "Pellon Lane",
           "Hanson Lane", "Siddal Top", "Rastrick Common", "Hipperholme Grove"]


def build():
    c = Corpus("y1-personal-data-2025")
    rng = c.rng
    idr = random.Random("y1-personal-data-ids")

    def dob(y1, y2):
        y = idr.randint(y1, y2)
        m = idr.randint(1, 12)
        d = idr.randint(1, 28)
        return datetime.date(y, m, d)

    def fmt(d, style="dmy"):
        if style == "dmy":
            return d.strftime("%d/%m/%Y")
        if style == "iso":
            return d.isoformat()
        if style == "long":
            return f"{d.day} {d.strftime('%B %Y')}"
        return d.strftime("%d.%m.%Y")

    def address():
        town = idr.choice(sorted(TOWNS))
        return f"{idr.randint(1, 120)} {idr.choice(STREETS)}, {town}, {idr.choice(TOWNS[town])}"

    def bad_id():
        # 10 digits failing both the ULN and the NHS number check
        while True:
            n = bad_uln(idr)
            if n[0] != "0" and nhs_check(n[:9]) != int(n[9]):
                return n

    def mobile():
        return "07700 900" + "%03d" % idr.randint(0, 999)

    def person(first, last, y1=2006, y2=2008):
        return {"first": first, "last": last, "name": f"{first} {last}", "dob": dob(y1, y2),
                "uln": make_uln(idr), "ni": make_nino(idr), "nis": None, "ref": str(idr.randint(23010000, 24119999)),
                "addr": address(), "mob": mobile(), "nhs": make_nhs(idr)}

    # ----- staff
    dmellor = st("Darren Mellor", "d.mellor")
    kath = st("Kath Ogden", "k.ogden")
    karen = st("Karen Wadsworth", "k.wadsworth")
    steve = st("Steve Balmforth", "s.balmforth")
    julie = st("Julie Rushworth", "j.rushworth")
    paul = st("Paul Dewhirst", "p.dewhirst")
    yvonne = st("Yvonne Crossland", "y.crossland")
    robs = st("Rob Sykes", "r.sykes")
    nadia = st("Nadia Sharif", "n.sharif")
    lorraine = st("Lorraine Fieldhouse", "l.fieldhouse")
    becky = st("Becky Stansfield", "b.stansfield")
    imran = st("Imran Qureshi", "i.qureshi")
    rachel = st("Rachel Tordoff", "r.tordoff")
    lucy = st("Lucy Barker", "l.barker")
    sarahk = st("Sarah Kaye", "s.kaye")
    wendy = st("Wendy Pollard", "w.pollard")
    mark = st("Mark Thewlis", "m.thewlis")
    adminapp = ("Apprenticeship Admin", f"apprenticeship-admin@{S}")
    dsl_team = ("Safeguarding Team", f"safeguarding@{S}")
    sigfoot = SIG_OUTLOOK_FOOT

    # =========================================================== POSITIVES

    # 1 plain: assessor -> employer, NI + ULN + DOB
    ps = [person("Tyler", "Crowther", 2006, 2007), person("Kacper", "Nowak", 2005, 2007), person("Ben", "Sunderland", 2007, 2007)]
    lines = "\n".join(f"{p['name']}   DOB {fmt(p['dob'])}   NI {p['ni']}   ULN {p['uln']}" for p in ps)
    text = ("Hi Carol,\n\n"
            "As requested, here are the details for the three new starters so you can get them set up on payroll and I can finish the apprenticeship agreements:\n\n"
            + lines + "\n\n"
            "Kacper's address has changed since his application - he's now at " + ps[1]["addr"] + ".\n\n"
            "I'll bring the commitment statements for signing when I come in on the 12th.\n\n"
            "Cheers,\nDarren\n\n"
            "Darren Mellor\nApprenticeship Assessor - Engineering & Manufacturing\nLowfold Engineering Centre | T: 0113 496 0762" + sigfoot)
    c.add(1, "positive", "apprentice-ni-to-employer", "plain", dmellor,
          [("Carol Ibbotson", "c.ibbotson@pennine-fabrications.example")],
          "New starters - details for payroll", maildate(2024, 9, 4, 10, 17), body_for(c, "plain", text),
          note="assessor emails an employer three apprentices' names, DOBs, NI numbers and ULNs in the body")

    # 2 plain: HR -> occupational health referral
    emp = person("Joanne", "Crabtree", 1971, 1976)
    text = ("Hello,\n\n"
            "Please find below a management referral for one of our employees. She has consented to the referral and is aware of its contents.\n\n"
            f"Employee: Mrs {emp['name']}\n"
            f"Date of birth: {fmt(emp['dob'])}\n"
            f"NI number: {emp['ni']}\n"
            f"Home address: {emp['addr']}\n"
            f"Mobile: {emp['mob']}\n"
            "Job title: Learning Support Assistant (0.8 FTE)\n\n"
            "Reason for referral: Joanne has been absent since 6 January with lower back pain. Her GP fit notes say prolapsed disc (L4/L5) and more recently also work-related stress and anxiety. She is on naproxen and sertraline 50mg. Total absence in the last 12 months is 38 working days across three episodes.\n\n"
            "Questions for OH:\n"
            "1. Is she likely to be fit to return in the next 4 weeks, and on what basis (phased return, reduced hours)?\n"
            "2. Are any adjustments recommended for her role, which involves supporting learners with physical disabilities including some lifting?\n"
            "3. Is the condition likely to be covered by the Equality Act?\n\n"
            "Her line manager is Yvonne Crossland, ALS Manager.\n\n"
            "Many thanks,\nKaren Wadsworth\nHR Business Partner\nRavensmoor College")
    c.add(2, "positive", "occupational-health-referral", "plain", karen, [("OH Referrals", "referrals@ohworks-north.example")],
          "Management referral - J Crabtree", maildate(2025, 2, 12, 14, 3), body_for(c, "plain", text),
          note="HR sends an occupational health referral with employee DOB, NI number, address and medical details")

    # 3 wrapped: DSL -> counselling service referral
    lp = person("Leah", "Nuttall", 2007, 2008)
    text = ("Dear Duty Worker,\n\n"
            "I'd like to make a referral to your young people's counselling service. The learner and her mum have both agreed to this.\n\n"
            f"Name: {lp['name']}\n"
            f"DOB: {fmt(lp['dob'])}\n"
            f"Address: {lp['addr']}\n"
            f"Learner mobile: {lp['mob']}\n"
            f"Parent: Michelle Nuttall (mother), {mobile()}\n"
            "GP: Calder Valley Medical Practice\n\n"
            "Leah is studying Level 3 Health and Social Care. Last Tuesday she disclosed to her tutor that she has been self-harming (cutting, upper arms) for around 6 months, and that it has increased since her parents separated in October. She says she has had thoughts of ending her life but no plan. She was on the CAMHS waiting list in 2023 but was discharged when she didn't attend. She was on a child in need plan in Year 9 which closed in 2022.\n\n"
            "We have put a safety plan in place in college and she has weekly check-ins with our wellbeing team, but she needs more specialist support than we can give.\n\n"
            "Please can you let me know the likely waiting time?\n\n"
            "Kind regards,\n\n"
            "Paul Dewhirst\nDesignated Safeguarding Lead\nRavensmoor College | Tel 0113 496 0790")
    c.add(3, "positive", "safeguarding-referral-external", "wrapped", paul,
          [("Duty Worker", "referrals@pennine-youth-counselling.example")], "Referral - Year 13 learner (self-harm)",
          maildate(2025, 1, 20, 11, 28), body_for(c, "wrapped", text),
          note="DSL emails an external counselling service a named 17-year-old's DOB, address and self-harm disclosure in plain text")

    # 4 wrapped: ALS -> LA SEND team (EHCP review)
    op = person("Owen", "Priestley", 2006, 2007)
    upn = make_upn(idr, 381, 4052, 14)
    text = ("Hi Dawn,\n\n"
            "Ahead of the annual review meeting on 3 March, here is our update for Owen's EHCP.\n\n"
            f"Learner: {op['name']}   DOB: {fmt(op['dob'], 'dot')}   UPN: {upn}   ULN: {op['uln']}\n"
            "Course: Level 1 Vehicle Maintenance (Year 2 of post-16)\n\n"
            "Section B (needs): Owen has a diagnosis of autism spectrum condition (2015) and ADHD (2019). He currently takes methylphenidate (Concerta XL 36mg) in the mornings; his mum reports he sometimes misses it which has a clear effect on afternoon sessions. He finds unstructured time very difficult and there have been two incidents this year where he left the workshop without permission after conflict with peers.\n\n"
            "Attendance: 71% (college target 90%). Most absences are Mondays.\n\n"
            "Support in place: 1:1 LSA in practical sessions, quiet room at breaks, visual timetable, 25% extra time.\n\n"
            "Outcomes: he has achieved 6 of 11 units and is on track for Level 1 by July if attendance improves. We'd like to discuss a supported internship for next year.\n\n"
            "Mum (Sharon Priestley) is aware of the content of this update.\n\n"
            "Best wishes,\nYvonne\n\n"
            "Yvonne Crossland\nAdditional Learning Support Manager\nRavensmoor College")
    c.add(4, "positive", "ehcp-review-to-la", "wrapped", yvonne, [("Dawn Greenwood", "dawn.greenwood@kirkdale-council.example")],
          "Owen Priestley - EHCP annual review update", maildate(2025, 2, 24, 16, 12), body_for(c, "wrapped", text),
          note="ALS manager emails the council's SEND officer an EHCP update with DOB, UPN, ULN, diagnoses and medication")

    # 5 flowed: sports lecturer -> outdoor centre
    trip = [("Callum", "Firth", "Asthma - blue inhaler (salbutamol), carries own"),
            ("Demi", "Ackroyd", "Epilepsy (tonic-clonic). Buccal midazolam 10mg held by staff. Last seizure Nov 2024"),
            ("Mohammed", "Iqbal", "Severe peanut allergy - 2x EpiPen, carries one, staff hold spare"),
            ("Lily", "Hirst", "Type 1 diabetes - insulin pump, checks BG before activities, hypo kit in bag"),
            ("Josh", "Sugden", "None"),
            ("Precious", "Adeyemi", "Sickle cell trait - keep warm and hydrated, no altitude issues"),
            ("Connor", "Lumb", "ADHD - medication (Elvanse 50mg) given by staff at breakfast"),
            ("Zainab", "Akhtar", "None. Halal diet")]
    rows = []
    for f_, l_, med in trip:
        p = person(f_, l_, 2007, 2008)
        rows.append(f"{p['name']} - DOB {fmt(p['dob'])} - {med} - Emergency contact {mobile()}")
    text = ("Hi Jenny,\n\n"
            "Here's the participant list for our Level 3 Sport group arriving Monday 9 June (8 learners, 2 staff). I've included medical info and emergency contacts as your booking form asked.\n\n"
            + "\n".join(rows) + "\n\n"
            "Staff: Rob Sykes (trip leader, 07700 900214) and Faisal Karim.\n\n"
            "Demi's parents have asked that she doesn't do the gorge scramble. Happy for her to do everything else with a staff member nearby.\n\n"
            "Thanks,\nRob\n\n"
            "Rob Sykes\nLecturer - Sport & Public Services")
    c.add(5, "positive", "trip-medical-list", "flowed", robs, [("Jenny Hollinsdale", "bookings@hollinsdale-outdoor.example")],
          "Ravensmoor College 9-11 June - participant and medical info", maildate(2025, 5, 28, 15, 47),
          body_for(c, "flowed", text, "thunderbird"), client="thunderbird",
          note="lecturer sends an outdoor centre a list of learners with DOBs, medical conditions, medication and emergency numbers")

    # 6 flowed: student services -> taxi firm
    cf = person("Callum", "Brook", 2007, 2008)
    text = ("Hi Mick,\n\n"
            "Thanks for taking on the college run for Callum from Monday. As discussed on the phone:\n\n"
            f"Learner: {cf['name']}, DOB {fmt(cf['dob'], 'long')}\n"
            f"Pick up: {cf['addr']} at 8.10am, drop at Northgate Campus main entrance by 8.45am\n"
            "Return: 3.30pm from the same entrance (Mon-Thu), 12.30pm Fridays\n"
            f"Mum (Lorraine Brook): {mobile()}\n\n"
            "Medical: Callum has epilepsy and can have absence seizures and occasional tonic-clonic seizures, usually if he's tired. If he has a seizure in the car, please pull over safely, time it, and ring 999 if it goes over 5 minutes. His rescue medication (buccal midazolam) is in the red pouch in his rucksack but your drivers are not trained to give it, so please ring 999 and then his mum. He also has a learning disability and can get anxious if the driver changes without warning, so a regular driver would really help.\n\n"
            "Kind regards,\nNadia\n\n"
            "Nadia Sharif\nStudent Services Manager")
    c.add(6, "positive", "send-transport-details", "flowed", nadia, [("Ravensmoor Private Hire", "bookings@ravensmoor-cars.example")],
          "College transport - Callum from Monday", maildate(2025, 1, 3, 12, 20), body_for(c, "flowed", text, "apple"),
          client="apple", note="student services sends a taxi firm a learner's home address, DOB, parent mobile and epilepsy details")

    # 7 qp: finance -> BACS bureau bursary list
    bur = []
    for f_, l_ in [("Jade", "Armitage"), ("Reece", "Haigh"), ("Fatima", "Shah"), ("Oliver", "Crowther"), ("Amira", "Begum"),
                   ("Liam", "Greenwood"), ("Habiba", "Rahman"), ("Daniel", "Kowalczyk"), ("Courtney", "Bairstow"), ("Ibrahim", "Patel")]:
        p = person(f_, l_, 2006, 2008)
        sc, acct = make_bank(idr)
        bur.append((p, sc, acct, idr.choice(["£45.00", "£60.00", "£90.00", "£120.00", "£35.00"])))
    table = "\n".join(f"{p['name']:<20} {p['ref']}   {sc}   {acct}   {amt}" for p, sc, acct, amt in bur)
    text = ("Hi Sam,\n\n"
            "Please can you process the following 16-19 Bursary payments in the 14 February run? Total £" +
            "%.2f" % sum(float(a[1:]) for _, _, _, a in bur) + ".\n\n"
            "Name                 Learner ref  Sort code  Account    Amount\n" + table + "\n\n"
            "Reference on statements should be RAVCOLL BURSARY.\n\n"
            "Reece's bank details have changed since January – the ones above are the new ones.\n\n"
            "Thanks,\nJulie\n\n"
            "Julie Rushworth\nFinance Assistant – Learner Support Funds")
    c.add(7, "positive", "bursary-bacs-list", "qp", julie, [("Sam Pickard", "sam.pickard@northpay-bureau.example")],
          "Bursary payments – 14 Feb run", maildate(2025, 2, 10, 9, 36), body_for(c, "qp", text),
          note="finance sends a payroll bureau ten learners' names, learner refs, sort codes and account numbers for bursary payments")

    # 8 qp: exams -> awarding body special consideration
    mb = person("Mia", "Brook", 2007, 2007)
    text = ("Dear Special Consideration Team,\n\n"
            "Centre number 38217 – Ravensmoor College\n\n"
            "I am applying for special consideration for the following candidate. The online portal is rejecting the upload so I am emailing as advised by your helpline.\n\n"
            f"Candidate: {mb['name']}\n"
            "Candidate number: 4127\n"
            f"ULN: {mb['uln']}\n"
            f"Date of birth: {fmt(mb['dob'])}\n"
            "Qualification: A level Psychology 7182, papers 1–3\n\n"
            "Reason: Mia’s father died unexpectedly on 3 June 2025, five days before paper 1. She sat all three papers. She has also been under CAMHS for generalised anxiety disorder since 2023 and was prescribed propranolol during the exam period. A letter from her GP and the death certificate are held at the centre.\n\n"
            "Please let me know if you need anything further.\n\n"
            "Yours sincerely,\nLorraine Fieldhouse\nExams Officer, Ravensmoor College")
    c.add(8, "positive", "special-consideration", "qp", lorraine, [("Special Consideration", "specialconsideration@awards-northern.example")],
          "Special consideration – centre 38217 – candidate 4127", maildate(2025, 6, 20, 13, 11), body_for(c, "qp", text),
          note="exams officer emails an awarding body a candidate's ULN, DOB, bereavement and mental health details")

    # 9 base64: MIS officer to her personal address
    rows = []
    for f_, l_ in [("Kieran", "Holroyd"), ("Chloe", "Sutcliffe"), ("Aleena", "Hussain"), ("Bartosz", "Nowak"), ("Ellie", "Barraclough"),
                   ("Sana", "Mahmood"), ("Tomasz", "Zielinski"), ("Leah", "Nuttall"), ("Ryan", "O'Hara"), ("Owen", "Priestley")]:
        p = person(f_, l_, 2006, 2008)
        rows.append(f"{p['ref']}\t{p['uln']}\t{p['last'].upper()}\t{p['first']}\t{fmt(p['dob'], 'iso')}\t{p['addr'].split(', ')[-1]}\t{idr.choice(['1', '2', '9'])}\t{idr.choice(['', '11', '12', '13', '94'])}")
    text = ("Sending to myself so I can finish the R06 reconciliation tonight - these are the ones still failing the postcode/LLDD checks.\n\n"
            "LearnRefNumber\tULN\tFamilyName\tGivenNames\tDateOfBirth\tPostcode\tLLDDHealthProb\tPrimaryLLDD\n"
            + "\n".join(rows) + "\n\nB")
    c.add(9, "positive", "ilr-to-personal-email", "base64", becky, [("", "becky.stansfield84@example.com")],
          "R06 failures", maildate(2025, 1, 30, 17, 52), body_for(c, "base64", text),
          note="MIS officer emails ILR rows (ULN, DOB, postcode, LLDD codes) to her own personal address")

    # 10 base64: HR -> pension fund new joiners
    rows = []
    for f_, l_, role, sal in [("Faisal", "Karim", "Lecturer - Sport", "32,654"), ("Grace", "Okafor", "Learning Support Assistant", "21,108"),
                              ("Neil", "Shackleton", "Technician - Construction", "24,790"), ("Anna", "Whiteley", "Administrator - MIS", "23,114")]:
        p = person(f_, l_, 1968, 1999)
        rows.append(f"{p['name']} | NI {p['ni']} | DOB {fmt(p['dob'])} | {role} | £{sal} FTE | start 01/09/2025 | {p['addr']}")
    text = ("Good afternoon,\n\n"
            "Please find below our new joiners to the Local Government Pension Scheme for September 2025. Contributions will start from the September payroll.\n\n"
            + "\n".join(rows) + "\n\n"
            "Employer reference: RAV0381. Please confirm once they have been added so we can give them their member numbers.\n\n"
            "Kind regards,\nKaren Wadsworth\nHR Business Partner, Ravensmoor College")
    c.add(10, "positive", "pension-new-joiners", "base64", karen, [("New Starters", "employers@westpennine-pensions.example")],
          "LGPS new joiners - Ravensmoor College - Sept 2025", maildate(2025, 9, 15, 15, 2), body_for(c, "base64", text),
          note="HR sends a pension fund new joiners' NI numbers, dates of birth, salaries and home addresses")

    # 11 latin1: ESOL tutor -> refugee support charity
    es = [person("José Manuel", "Álvarez", 1985, 1995), person("Hélène", "Mbaye", 1980, 1990), person("Dawit", "Tesfaye", 1990, 2000)]
    lines = "\n".join(f"- {p['name']}, DOB {fmt(p['dob'])}, NI {p['ni']}, {p['addr']}" for p in es)
    text = ("Dear Marta,\n\n"
            "Thank you for your help with the travel passes. As agreed at our meeting, here are the details for the three learners from your project who have enrolled on ESOL Entry 2 with us this term:\n\n"
            + lines + "\n\n"
            "Hélène has told me she is still waiting for a decision from the Home Office and has no recourse to public funds at the moment, so she may need help with the £2.50 a day bus fare. Dawit is in temporary accommodation and might move again in January.\n\n"
            "Best wishes,\nRachel\n\n"
            "Rachel Tordoff\nESOL Lecturer, Weavers Yard")
    c.add(11, "positive", "esol-learners-to-charity", "latin1", rachel, [("Marta Sokolova", "marta@calder-refugee-support.example")],
          "Travel passes - ESOL learners", maildate(2024, 10, 1, 16, 25), body_for(c, "latin1", text),
          charset="iso-8859-1",
          note="ESOL lecturer sends a charity three adult learners' DOBs, NI numbers, addresses and immigration status (iso-8859-1)")

    # 12 cp1252: payroll -> payroll software support
    ps12 = person("Michelle", "Dean", 1975, 1982)
    sc, acct = make_bank(idr)
    text = ("Hi,\n\n"
            "Ticket 58213 – I’m still getting the wrong net pay for one employee after the pay award back-pay. Details below so you can replicate it:\n\n"
            f"Employee: {ps12['name']} (payroll no. 004512)\n"
            f"NI number: {ps12['ni']}   NI category: A\n"
            f"Date of birth: {fmt(ps12['dob'])}\n"
            "Tax code: 1257L (cumulative)\n"
            "Salary: £27,819 FTE, 0.6 FTE, Grade 5 point 19\n"
            "Student loan: Plan 2; pension: LGPS 6.5% band\n"
            "Attachment of earnings order: £42.00/month (CSA)\n"
            f"Bank: {sc} {acct}\n\n"
            "The back-pay for April–August should be £312.40 gross but the system is calculating £520.67 as if she was full-time.\n\n"
            "Thanks,\nSteve Balmforth\nPayroll Officer – Ravensmoor College")
    c.add(12, "positive", "payroll-support-ticket", "cp1252", steve, [("Payfile Support", "support@payfile-systems.example")],
          "RE: Ticket 58213 – back-pay calculation", maildate(2025, 9, 24, 10, 44), body_for(c, "cp1252", text),
          charset="windows-1252",
          note="payroll officer gives a software vendor's helpdesk a named employee's NI number, DOB, salary, attachment order and bank details")

    # 13 html: assessor -> EPAO gateway list
    gw = []
    for f_, l_, std, emp, adj in [("Jordan", "Whitworth", "Maintenance and Operations Engineering Technician L3", "Pennine Fabrications", "None"),
                                  ("Ellie-Mae", "Barraclough", "Business Administrator L3", "Calder Care Homes", "Dyslexia - 25% extra time, reader"),
                                  ("Kacper", "Nowak", "Engineering Fitter L3", "Brighouse Laser Cutting", "None"),
                                  ("Jade", "Armitage", "Business Administrator L3", "Hollins Bakery", "Anxiety - separate room"),
                                  ("Reece", "Ambler", "Maintenance and Operations Engineering Technician L3", "Pennine Fabrications", "Hearing impairment - BSL interpreter")]:
        p = person(f_, l_, 2003, 2006)
        gw.append((p, std, emp, adj))
    trs = "\n".join(f"<tr><td>{esc(p['name'])}</td><td>{p['uln']}</td><td>{fmt(p['dob'])}</td><td>{esc(std)}</td><td>{esc(emp)}</td><td>{esc(adj)}</td></tr>" for p, std, emp, adj in gw)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">\n"
            "<p>Hi Priya,</p>\n<p>Please find below the apprentices we are putting through gateway in March. Evidence packs will follow through the portal.</p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
            "<tr style=\"background:#d9e2f3\"><th>Apprentice</th><th>ULN</th><th>DOB</th><th>Standard</th><th>Employer</th><th>Reasonable adjustment</th></tr>\n"
            + trs + "\n</table>\n"
            "<p>Jade has asked that her assessor is told about her anxiety beforehand rather than on the day.</p>\n"
            "<p>Thanks,<br>Kath</p>\n<p style=\"color:#595959\">Kath Ogden<br>Apprenticeship Assessor<br>Ravensmoor College</p>\n</body></html>\n")
    c.add(13, "positive", "epa-gateway-list", "html", kath, [("Priya Mistry", "priya.mistry@epa-assess.example")],
          "Gateway - March cohort", maildate(2025, 2, 27, 9, 3), body_for(c, "html", "", html=html),
          note="assessor sends an end-point assessment organisation an HTML table of apprentices with ULN, DOB and disability adjustments")

    # 14 html: transition coordinator -> feeder school, UPNs
    tr = []
    for f_, l_, sen, note_ in [("Aleena", "Hussain", "K", "Dyslexia, FSM"), ("Tomasz", "Zielinski", "E", "EHCP - ASC; transport"),
                               ("Lily", "Hirst", "N", "Type 1 diabetes"), ("Ryan", "O'Hara", "K", "SEMH - previously on CP plan; FSM"),
                               ("Fatima", "Shah", "N", "Young carer")]:
        p = person(f_, l_, 2008, 2009)
        tr.append((p, make_upn(idr, 381, 4021, 13), sen, note_))
    trs = "\n".join(f"<tr><td>{esc(p['name'])}</td><td>{u}</td><td>{fmt(p['dob'])}</td><td>{sen}</td><td>{esc(n_)}</td></tr>" for p, u, sen, n_ in tr)
    html = ("<div dir=\"ltr\"><div>Hi Mrs Lord,</div><div><br></div>"
            "<div>Thanks for the transition meeting yesterday. To check we are talking about the same young people, these are the Year 11s from Hallgate who have accepted places with us for September and who you flagged as needing extra support:</div><div><br></div>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Name</th><th>UPN</th><th>DOB</th><th>SEN status</th><th>Notes</th></tr>\n"
            + trs + "\n</table><div><br></div>"
            "<div>Could you send over Ryan's last safeguarding file summary through the usual route before the summer?</div><div><br></div>"
            "<div>Many thanks,</div><div>Lucy Barker</div><div>Transition Coordinator, Ravensmoor College</div></div>\n")
    c.add(14, "positive", "transition-upn-list", "html", lucy, [("Mrs J Lord (SENCo)", "senco@hallgate-academy.example")],
          "Transition - Hallgate Year 11s", maildate(2025, 6, 25, 12, 39), body_for(c, "html", "", html=html),
          note="transition coordinator emails a feeder school UPNs, DOBs, SEN status and safeguarding/medical notes for five pupils")

    # 15 alternative: exams -> external invigilation agency
    aa = []
    for f_, l_, arr in [("Habiba", "Rahman", "25% extra time, reader - diagnosed dyslexia (assessor report 2024)"),
                        ("Daniel", "Kowalczyk", "Supervised rest breaks - type 1 diabetes, may need to test/eat"),
                        ("Courtney", "Bairstow", "Separate room - PTSD, CAMHS letter on file"),
                        ("Ibrahim", "Patel", "Word processor - dyspraxia"),
                        ("Precious", "Adeyemi", "Rest breaks - sickle cell disease")]:
        p = person(f_, l_, 2006, 2008)
        aa.append((p, idr.randint(4001, 4390), arr))
    text = ("Hi Janet,\n\n"
            "Thanks for supplying the extra invigilators for the summer. Here's the access arrangements list so your team know who needs what in the small rooms:\n\n"
            + "\n".join(f"{n:04d}  {p['name']}  (DOB {fmt(p['dob'])})  - {arr}" for p, n, arr in aa) + "\n\n"
            "Daniel's hypo kit will be on his desk. If he looks unwell please call first aid on ext. 2222 straight away.\n\n"
            "Thanks,\nLorraine")
    c.add(15, "positive", "access-arrangements-agency", "alternative", lorraine, [("Janet Hebblethwaite", "janet@northern-invigilators.example")],
          "Access arrangements - summer series", maildate(2025, 5, 6, 11, 18), body_for(c, "alternative", text),
          note="exams officer sends an invigilation agency candidates' names, DOBs and medical reasons for access arrangements")

    # 16 alternative: HR -> supply agency DBS details
    dbs = []
    for f_, l_, outc in [("Marcus", "Hey", "Clear"), ("Shabana", "Akhtar", "Clear"), ("Gareth", "Lister", "Caution 2016 (theft) - risk assessed and approved by VP")]:
        p = person(f_, l_, 1970, 1995)
        dbs.append((p, "%012d" % idr.randint(10**11, 10**12 - 1), outc))
    text = ("Hi Nikki,\n\n"
            "Following your audit request, here are the DBS details we hold for the three agency staff currently working with us:\n\n"
            + "\n".join(f"{p['name']}, DOB {fmt(p['dob'])}, {p['addr']} - Enhanced DBS {num}, issued 2024, outcome: {o}" for p, num, o in dbs) + "\n\n"
            "As you know we also need sight of the original certificate for Gareth before he starts at Lowfold.\n\n"
            "Regards,\nKaren\n\nKaren Wadsworth\nHR Business Partner")
    c.add(16, "positive", "dbs-details-to-agency", "alternative", karen, [("Nikki Firth", "compliance@teachsupply-north.example")],
          "DBS information - agency staff", maildate(2025, 3, 5, 10, 57), body_for(c, "alternative", text),
          note="HR emails a supply agency three workers' DOBs, home addresses, DBS certificate numbers and a disclosed caution")

    # 17 attach-csv: MIS -> external consultant ILR extract
    hdr = "LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,Ethnicity,Sex,LLDDHealthProb,NINumber,PostcodePrior,Postcode,AddLine1,TelNo"
    names = [("Holroyd", "Kieran"), ("Sutcliffe", "Chloe"), ("Hussain", "Aleena"), ("Nowak", "Bartosz"), ("Greenwood", "Liam"),
             ("Mahmood", "Sana"), ("Armitage", "Jade"), ("Haigh", "Reece"), ("Begum", "Amira"), ("Firth", "Callum"),
             ("Ackroyd", "Demi"), ("O'Hara", "Ryan"), ("Akhtar", "Zainab"), ("Crowther", "Oliver"), ("Rahman", "Habiba"),
             ("Lumb", "Connor"), ("Nuttall", "Leah"), ("Kowalczyk", "Daniel"), ("Brook", "Mia"), ("Patel", "Ibrahim")]
    out = [hdr]
    for ln_, fn_ in names:
        p = person(fn_, ln_, 2006, 2008)
        pc = p["addr"].split(", ")[-1]
        out.append(",".join([p["ref"], p["uln"], ln_, fn_, fmt(p["dob"], "iso"), str(idr.choice([31, 31, 31, 34, 39, 42, 46])),
                             idr.choice("MF"), str(idr.choice([1, 2, 2, 2, 9])), p["ni"] if idr.random() < 0.5 else "",
                             pc, pc, p["addr"].split(", ")[0], p["mob"].replace(" ", "")]))
    csv = ("\r\n".join(out) + "\r\n").encode("utf-8")
    body = text_part("Hi David,\n\nAs discussed, attached is the extract of our 16-18 learners from the R05 ILR so you can look at the funding discrepancies before the audit. It's straight out of the MIS so it has everything in it.\n\nAny questions let me know.\n\nImran\n\nImran Qureshi\nMIS Manager, Ravensmoor College\n")
    part = with_attachments(c, body, [("ILR_R05_1618_extract.csv", "text/csv", csv)])
    c.add(17, "positive", "ilr-extract-to-consultant", "attachment-csv", imran, [("David Kershaw", "d.kershaw@fe-data-consulting.example")],
          "ILR R05 extract", maildate(2025, 1, 16, 14, 21), part,
          note="MIS manager sends an external consultant a CSV ILR extract with ULNs, DOBs, NI numbers, ethnicity, LLDD, addresses")

    # 18 attach-csv: student services -> external wellbeing charity
    out = ["Name,Date of birth,Mobile,Learner ref,Referral reason,Consent"]
    for fn_, ln_, reason in [("Courtney", "Bairstow", "PTSD - domestic abuse at home (police involved 2024)"),
                             ("Oliver", "Crowther", "Low mood, bereavement"), ("Demi", "Ackroyd", "Eating disorder - on CAMHS waiting list"),
                             ("Liam", "Greenwood", "Anxiety, panic attacks"), ("Zainab", "Akhtar", "Depression, self-harm history"),
                             ("Connor", "Lumb", "Anger management, ADHD")]:
        p = person(fn_, ln_, 2006, 2008)
        out.append(f"{p['name']},{fmt(p['dob'])},{p['mob']},{p['ref']},\"{reason}\",Y")
    csv = ("\n".join(out) + "\n").encode("utf-8")
    body = text_part("Hi Lauren,\n\nHere's the list for the 6-week wellbeing group starting on the 4th. All six have agreed to be referred. Can you text them directly to confirm the venue?\n\nThanks,\nNadia\n")
    part = with_attachments(c, body, [("wellbeing group referrals.csv", "text/csv", csv)], "outlook")
    c.add(18, "positive", "wellbeing-referrals-csv", "attachment-csv", nadia, [("Lauren Priestley", "lauren@mindfirst-calderdale.example")],
          "Wellbeing group referrals", maildate(2025, 2, 26, 13, 8), part,
          note="student services sends a charity a CSV of six learners with DOB, mobile and mental-health referral reasons")

    # 19 attach-xlsx: assessor -> employer progress tracker
    rows = [["Apprentice", "ULN", "DOB", "NI number", "Standard", "OTJ hours (plan)", "OTJ hours (actual)", "Attendance", "ALN / notes"]]
    for fn_, ln_, note_ in [("Jade", "Armitage", "Anxiety - check in before assessments"), ("Josh", "Sugden", ""),
                            ("Amira", "Begum", "Dyslexia - coloured overlay, extra time"), ("Owen", "Ramsden", "Recently bereaved (grandfather)")]:
        p = person(fn_, ln_, 2005, 2007)
        rows.append([p["name"], p["uln"], fmt(p["dob"]), p["ni"], "Business Administrator L3", 372, idr.randint(140, 290),
                     f"{idr.randint(78, 99)}%", note_])
    x = xlsx_bytes(rows, "Progress Q2")
    body = text_part("Hi Sandra,\n\nAttached is the Q2 progress tracker for your four apprentices ahead of our review on Thursday. Off-the-job hours are a bit behind for Josh and Owen - can we talk about that?\n\nKath\n\nKath Ogden\nApprenticeship Assessor\n")
    part = with_attachments(c, body, [("Hollins Bakery apprentices Q2.xlsx", XLSX, x)])
    c.add(19, "positive", "apprentice-tracker-xlsx", "attachment-xlsx", kath, [("Sandra Hollins", "sandra@hollinsbakery.example")],
          "Q2 progress tracker", maildate(2025, 1, 27, 16, 2), part,
          note="assessor sends an employer an xlsx with apprentices' ULNs, DOBs, NI numbers and learning-need notes")

    # 20 attach-xlsx: HR -> payroll bureau new starters with bank details
    rows = [["Surname", "Forename", "DOB", "NI number", "Address", "Start date", "Post", "Salary", "Tax code", "Student loan", "Sort code", "Account no"]]
    for fn_, ln_, post, sal in [("Grace", "Okafor", "Learning Support Assistant", 21108), ("Faisal", "Karim", "Lecturer - Sport", 32654),
                                ("Neil", "Shackleton", "Technician - Construction", 24790)]:
        p = person(fn_, ln_, 1968, 1999)
        sc, acct = make_bank(idr)
        rows.append([ln_, fn_, fmt(p["dob"]), p["ni"], p["addr"], "01/09/2025", post, sal, "1257L", idr.choice(["None", "Plan 1", "Plan 2"]), sc, acct])
    x = xlsx_bytes(rows, "New starters")
    body = text_part("Hi Sam,\n\nNew starters for September attached. Neil's P45 is to follow.\n\nKaren\n")
    part = with_attachments(c, body, [("New starters Sept 2025.xlsx", XLSX, x)])
    c.add(20, "positive", "new-starters-to-bureau", "attachment-xlsx", karen, [("Sam Pickard", "sam.pickard@northpay-bureau.example")],
          "New starters September", maildate(2025, 8, 27, 11, 30), part, cc=[steve],
          note="HR sends a payroll bureau an xlsx of new starters with DOB, NI number, home address, salary and bank details")

    # 21 attach-docx: ALS -> placement nursery, learner support plan
    sm = person("Sana", "Mahmood", 2007, 2008)
    paras = ["**Learner Support Plan – CONFIDENTIAL**",
             f"Learner: {sm['name']}    DOB: {fmt(sm['dob'], 'long')}    ULN: {sm['uln']}",
             "Course: Level 3 Early Years Educator (Year 1)",
             "Needs: Moderate bilateral hearing loss (wears hearing aids both ears). Generalised anxiety – currently on sertraline 50mg prescribed by GP.",
             "Triggers: noisy rooms, being asked to speak in front of groups without warning.",
             "Strategies: face Sana when speaking, written instructions for tasks, quiet space for breaks, advance notice of changes.",
             f"Emergency contact: Mr Tariq Mahmood (father) {mobile()}",
             "Agreed with learner: 14 October 2024. Review: February 2025."]
    doc = docx_bytes(paras, title="Learner Support Plan")
    body = text_part("Dear Mrs Wood,\n\nAhead of Sana starting her placement with you on Monday, please find attached her learner support plan so your staff know how best to support her.\n\nKind regards,\nYvonne Crossland\nAdditional Learning Support Manager\n")
    part = with_attachments(c, body, [("Learner Support Plan - S Mahmood.docx", DOCX, doc)])
    c.add(21, "positive", "support-plan-to-placement", "attachment-docx", yvonne, [("Michelle Wood", "manager@littleacorns-nursery.example")],
          "Placement - Sana Mahmood", maildate(2024, 11, 1, 10, 9), part,
          note="ALS manager sends a placement nursery a .docx support plan with DOB, ULN, hearing loss, anxiety and medication")

    # 22 attach-txt: lecturer -> hotel, card number in body + rooming list
    card = make_card(idr, "4")
    rl = ["ROOMING LIST - Ravensmoor College - York 26-27 March 2025", ""]
    for i, (fn_, ln_, g, notes) in enumerate([("Mohammed", "Iqbal", "M", "Severe peanut allergy (EpiPen)"), ("Josh", "Sugden", "M", ""),
                                              ("Lily", "Hirst", "F", "Type 1 diabetes - needs fridge for insulin"),
                                              ("Zainab", "Akhtar", "F", "Halal"), ("Precious", "Adeyemi", "F", ""),
                                              ("Connor", "Lumb", "M", "ADHD medication held by staff")]):
        p = person(fn_, ln_, 2007, 2008)
        rl.append(f"Room {101 + i // 2}  {p['name']:<18} {g}  DOB {fmt(p['dob'])}  {notes}")
    rl += ["", "Staff: Rob Sykes (M) room 110, Faisal Karim (M) room 111"]
    body = text_part("Hi,\n\nPlease find attached the rooming list for our group (8 people) for 26-27 March, booking ref YRK-20931.\n\n"
                     f"For the deposit please use the college card: {card}, expiry 09/27, name on card R SYKES RAVENSMOOR COLLEGE. I'll ring through with the security code.\n\n"
                     "Lily needs a fridge in her room for insulin please.\n\nThanks,\nRob Sykes\nRavensmoor College\n")
    part = with_attachments(c, body, [("rooming list.txt", "text/plain", "\r\n".join(rl).encode("utf-8"))])
    c.add(22, "positive", "card-and-rooming-list", "attachment-txt", robs, [("Group Bookings", "groups@minster-stay-york.example")],
          "Booking YRK-20931 - rooming list and deposit", maildate(2025, 3, 10, 9, 48), part,
          note="lecturer sends a hotel a payment card number and expiry in the body plus a rooming list of learners with DOBs and medical notes")

    # 23 zip: finance -> external auditor, bursary evidence
    out = ["Learner ref,Name,ULN,DOB,Household income,Free meals,Bursary type,Sort code,Account,Total paid 24-25"]
    for fn_, ln_ in [("Jade", "Armitage"), ("Fatima", "Shah"), ("Liam", "Greenwood"), ("Habiba", "Rahman"), ("Courtney", "Bairstow"),
                     ("Ibrahim", "Patel"), ("Ryan", "O'Hara"), ("Zainab", "Akhtar")]:
        p = person(fn_, ln_, 2006, 2008)
        sc, acct = make_bank(idr)
        out.append(",".join([p["ref"], p["name"], p["uln"], fmt(p["dob"]), str(idr.choice([9800, 14200, 18650, 21000, 24300])),
                             idr.choice(["Y", "N"]), idr.choice(["Discretionary", "Vulnerable (care leaver)", "Discretionary"]), sc, acct,
                             "%.2f" % (idr.randint(30, 120) * 10)]))
    notes = docx_bytes(["Sample selection: 8 learners, selected by auditor from the 24-25 bursary list.",
                        "Evidence of eligibility (benefit letters, P60s) is held in the Learner Support Funds SharePoint and can be viewed on site.",
                        "Ryan O'Hara's vulnerable bursary is based on care leaver status confirmed by Kirkdale Leaving Care Team."],
                       title="Bursary audit sample notes")
    z = zip_bytes([("Bursary sample/bursary_sample_2425.csv", "\n".join(out) + "\n"), ("Bursary sample/notes.docx", notes)])
    body = text_part("Hi Phil,\n\nAttached (zipped) is the bursary sample for the funding audit - the spreadsheet and my notes. Let me know if you need anything else before your visit on the 18th.\n\nJulie\n")
    part = with_attachments(c, body, [("Bursary sample 24-25.zip", "application/x-zip-compressed", z)])
    c.add(23, "positive", "bursary-audit-zip", "zip", julie, [("Phil Barraclough", "phil.barraclough@dales-audit.example")],
          "Bursary sample for audit", maildate(2025, 7, 8, 15, 25), part,
          note="finance sends an external auditor an unencrypted zip with learners' ULNs, DOBs, household income, care-leaver status and bank details")

    # 24 zip: HR -> own personal email, DBS + payroll changes
    out = ["Name,DOB,NI,Address,DBS certificate,Issue date,Renewal due"]
    out2 = ["Payroll no,Name,Change,Old,New,Effective"]
    for fn_, ln_ in [("Louise", "Crossley"), ("Naomi", "Hartley"), ("Trish", "Bentley"), ("Rob", "Ingham"), ("Kelly", "Noble")]:
        p = person(fn_, ln_, 1965, 1995)
        out.append(f"{p['name']},{fmt(p['dob'])},{p['ni']},\"{p['addr']}\",{'%012d' % idr.randint(10**11, 10**12 - 1)},{idr.randint(1, 28):02d}/0{idr.randint(1, 9)}/2022,2025")
    for fn_, ln_ in [("Kelly", "Noble"), ("Marion", "Swift")]:
        sc1, a1 = make_bank(idr)
        sc2, a2 = make_bank(idr)
        out2.append(f"00{idr.randint(3000, 4999)},{fn_} {ln_},Bank details,{sc1} {a1},{sc2} {a2},01/03/2025")
    z = zip_bytes([("DBS renewals 2025.csv", "\n".join(out) + "\n"), ("payroll changes March.csv", "\n".join(out2) + "\n")])
    body = text_part("VPN keeps dropping so sending these to myself to work on at home tomorrow.\n\nK\n")
    part = with_attachments(c, body, [("HR work.zip", "application/zip", z)])
    c.add(24, "positive", "hr-data-to-personal-email", "zip", karen, [("", "karen.wadsworth@example.net")],
          "work for tomorrow", maildate(2025, 2, 27, 18, 4), part,
          note="HR officer zips DBS renewal data (DOB, NI, address, certificate numbers) and staff bank-detail changes to her personal address")

    # 25 fwd-inline: lecturer forwards internal ALS note to placement care home
    ab = person("Precious", "Adeyemi", 2006, 2007)
    orig = (f"Hi Sarah,\n\nJust to update you on {ab['first']} ({ab['name']}, DOB {fmt(ab['dob'])}) in your L3 group. "
            "She has sickle cell disease and was admitted to Calderdale Royal last week with a crisis - she's home now but on regular morphine sulphate for pain and will be tired for a couple of weeks. "
            "She's also been referred to the college counsellor as she's been very low since the admission.\n\n"
            "She shouldn't do any heavy lifting or be out in the cold for long. Mum is aware and happy for you to know.\n\nYvonne")
    text = ("Hi Jean,\n\n"
            "Please see below from our learning support team about Precious before she comes back to you on Monday. Could you make sure the other seniors on her shift know?\n\n"
            "Thanks,\nSarah\n\n"
            + fwd_block(yvonne, "12 March 2025 09:31", "Precious - update", [sarahk], style="outlook") + "\n" + orig)
    c.add(25, "positive", "fwd-medical-to-placement", "fwd-inline", sarahk, [("Jean Whitaker", "jean.whitaker@calder-care-homes.example")],
          "FW: Precious - update", maildate(2025, 3, 12, 11, 2), body_for(c, "plain", text),
          note="lecturer forwards an internal learning-support email with a learner's DOB, sickle cell crisis, medication and mental health to a placement")

    # 26 fwd-inline: DSL forwards safeguarding concern to external youth worker
    rh = person("Ryan", "O'Hara", 2007, 2008)
    orig = (f"Paul,\n\nLogging this here as well as on MyConcern. {rh['name']} (DOB {fmt(rh['dob'])}, {rh['addr']}) was collected from the Lowfold gates again today by an older male in a black Audi - third time this month. "
            "Ryan says it's his cousin but his mum says he has no cousins who drive. He has had new trainers and a new phone and has been missing from home overnight twice (police informed 2 Feb). "
            "He's missed 9 of his last 14 sessions. I'm worried about exploitation.\n\nCraig Naylor")
    text = ("Hi Dan,\n\n"
            "As mentioned on the phone - this is the lad I was talking about. Forwarding Craig's note so you've got the details before you try and catch him at the youth centre.\n\n"
            "Paul\n\n"
            + fwd_block(st("Craig Naylor", "c.naylor"), "Thu, 6 Feb 2025 at 15:48", "Ryan O'Hara - concern", [paul]) + "\n" + orig)
    c.add(26, "positive", "fwd-safeguarding-to-youthworker", "fwd-inline", paul, [("Dan Mitchell", "dan.mitchell@ravensmoor-ymca.example")],
          "Fwd: Ryan O'Hara - concern", maildate(2025, 2, 6, 16, 20), body_for(c, "qp", text),
          note="DSL forwards a staff member's exploitation concern (name, DOB, address, missing episodes) to an external youth worker")

    # 27 fwd-rfc822: exams forwards internal list to cover invigilator's personal email
    rows = []
    for fn_, ln_, arr in [("Mia", "Brook", "Separate room, rest breaks - anxiety/bereavement"), ("Daniel", "Kowalczyk", "Rest breaks - T1 diabetes"),
                          ("Callum", "Firth", "Reader - dyslexia; asthma inhaler on desk"), ("Habiba", "Rahman", "25% extra time - dyslexia")]:
        p = person(fn_, ln_, 2006, 2008)
        rows.append(f"{p['name']}, ULN {p['uln']}, DOB {fmt(p['dob'])}: {arr}")
    inner_text = ("Hi all,\n\nSmall room list for Monday's papers:\n\n" + "\n".join(rows) + "\n\nKeys for G14 are in the exams office.\n\nLorraine")
    inner = c.inner(lorraine, [("Exams Team", f"examsteam@{S}")], "Small room list - Monday", "Fri, 16 May 2025 15:10:33 +0100",
                    text_part(inner_text), client="outlook")
    note = text_part("Hi Janet,\n\nThanks so much for covering Monday at short notice. Here's the list I sent the team so you know who's in the small room. See you at 8.30.\n\nLorraine\n")
    part = mixed(rng, [note, rfc822_part(inner, "Small room list - Monday.eml")])
    c.add(27, "positive", "fwd-access-list-personal", "fwd-rfc822", lorraine, [("Janet Hirst", "janet.hirst.invig@example.com")],
          "FW: Small room list - Monday", maildate(2025, 5, 16, 19, 2), part,
          note="exams officer forwards as attachment an internal list of candidates' ULNs, DOBs and medical access arrangements to an invigilator's personal address")

    # 28 reply: assessor replies to employer with NI numbers
    ap = [person("Harvey", "Lister", 2006, 2007), person("Mason", "Crabtree", 2006, 2007)]
    q = ("Hi Darren,\n\nOur accountant needs the NI numbers and dates of birth for the two lads for the apprenticeship incentive claim. Could you send them over? They've lost the forms they filled in.\n\nThanks\nGlen\n\nGlen Rhodes | Director | Brighouse Laser Cutting Ltd")
    text = ("Hi Glen,\n\nNo problem, here you go:\n\n"
            + "\n".join(f"{p['name']} - DOB {fmt(p['dob'])} - NI {p['ni']}" for p in ap) + "\n\n"
            f"Mason's ULN is {ap[1]['uln']} if they need that too.\n\nDarren\n\n"
            "From: Glen Rhodes <glen@brighouse-laser.example>\nSent: 03 October 2024 08:12\nTo: Darren Mellor <d.mellor@school.example>\nSubject: NI numbers\n\n" + q)
    c.add(28, "positive", "reply-ni-to-employer", "reply", dmellor, [("Glen Rhodes", "glen@brighouse-laser.example")],
          "RE: NI numbers", maildate(2024, 10, 3, 9, 40), body_for(c, "plain", text),
          in_reply_to=msgid(random.Random("glen"), "outlook", "brighouse-laser.example"),
          note="assessor replies to an employer's request with two apprentices' DOBs, NI numbers and a ULN")

    # 29 reply: student services replies to careers adviser with NEET-risk list
    nr = [(person("Courtney", "Bairstow", 2007, 2008), "Care leaver (Kirkdale LAC team, PA is Jo Fenton). Attendance 54%."),
          (person("Jade", "Hainsworth", 2006, 2007), "Pregnant - due in March. Wants to defer, not withdraw."),
          (person("Kyle", "Pickles", 2007, 2008), "Youth referral order until June; YOT worker Dean. Excluded from last school.")]
    q = ("Hi Nadia,\n\nAs part of the NEET prevention work, could you send me the names of any of your 16-17s you think are at risk of dropping out this term, with contact details, so we can offer them a careers appointment?\n\nMany thanks,\nAngela Brearley\nCareers Adviser, Kirkdale Futures")
    text = ("Hi Angela,\n\nThanks for this. The three I'm most worried about are:\n\n"
            + "\n\n".join(f"{p['name']}, DOB {fmt(p['dob'])}, {p['addr']}, {p['mob']}\n{n_}" for p, n_ in nr) + "\n\n"
            "All three know we're referring them to you.\n\nNadia\n\n"
            "On 21/01/2025 10:02, Angela Brearley wrote:\n" + quote(q))
    c.add(29, "positive", "reply-neet-list-careers", "reply", nadia, [("Angela Brearley", "a.brearley@kirkdale-futures.example")],
          "Re: NEET risk - term 2", maildate(2025, 1, 22, 14, 15), body_for(c, "wrapped", text), client="thunderbird",
          in_reply_to=msgid(random.Random("angela"), "other", "kirkdale-futures.example"),
          note="student services replies to a careers service with three learners' DOBs, addresses, mobiles, care-leaver, pregnancy and youth-justice details")

    # 30 mobile: assessor -> site manager
    jw = person("Jordan", "Whitworth", 2006, 2006)
    text = (f"Hi Steve, here's Jordan's details for your insurance like you asked. {jw['name']}, DOB {fmt(jw['dob'])}, NI {make_nino(idr, spaced=True)}, ULN {jw['uln']}. "
            "Just so you know he's epileptic, his meds are in the side pocket of his bag and his mum's number is " + mobile() + ". Any probs give me a ring.\n\n"
            "Kath\n\nSent from my iPhone")
    c.add(30, "positive", "mobile-apprentice-details", "mobile", kath, [("Steve Pearson", "steve@calder-builders.example")],
          "Jordan", maildate(2025, 4, 2, 7, 56), body_for(c, "mobile", text, "iphone"), client="iphone",
          note="assessor emails a site manager from her phone with an apprentice's DOB, NI number, ULN, epilepsy and parent's number")

    # =========================================================== NEGATIVES

    # 31 plain internal: MIS -> exams ULN list
    rows = []
    for fn_, ln_ in [("Kieran", "Holroyd"), ("Chloe", "Sutcliffe"), ("Aleena", "Hussain"), ("Bartosz", "Nowak"), ("Sana", "Mahmood"), ("Liam", "Greenwood")]:
        p = person(fn_, ln_, 2007, 2008)
        rows.append(f"{p['ref']}  {p['name']:<18} ULN {p['uln']}  DOB {fmt(p['dob'])}")
    text = ("Hi Lorraine,\n\n"
            "These six GCSE maths resit learners were missing ULNs on the entries file. I've matched them on the LRS and updated the MIS, so they should pull through on tonight's export:\n\n"
            + "\n".join(rows) + "\n\nShout if any still come up blank tomorrow.\n\nImran")
    c.add(31, "negative", "internal-uln-list", "plain", imran, [lorraine], "Missing ULNs - GCSE maths resit entries",
          maildate(2025, 2, 18, 11, 40), body_for(c, "plain", text),
          note="internal only: MIS manager sends the exams officer learners' ULNs and DOBs")

    # 32 wrapped internal: DSL case summary to deputies
    lp2 = person("Leah", "Nuttall", 2007, 2008)
    text = ("Hi both,\n\n"
            "Weekly DSL summary - confidential, please don't forward.\n\n"
            f"1. {lp2['name']} (L3 HSC, DOB {fmt(lp2['dob'])}) - self-harm disclosure last week, referred to Pennine Youth Counselling via the secure portal. Safety plan in place, weekly check-ins with Gemma.\n\n"
            f"2. {rh['name']} (L2 Construction) - possible CCE. Referral to Children's Social Care made 7 Feb, strategy meeting on the 12th. Craig to log any further collections at the gate.\n\n"
            "3. Two new sextortion disclosures - both reported to police, both learners supported.\n\n"
            "Paul")
    c.add(32, "negative", "internal-dsl-summary", "wrapped", paul, [st("Gemma Hollings", "g.hollings"), st("Craig Naylor", "c.naylor")],
          "DSL weekly summary", maildate(2025, 2, 10, 17, 5), body_for(c, "wrapped", text), cc=[dsl_team],
          note="internal only: DSL weekly case summary to deputy DSLs naming learners with safeguarding details")

    # 33 flowed inbound: employer -> assessor with apprentice details
    na = person("Harvey", "Lister", 2006, 2007)
    text = ("Hi Darren,\n\n"
            "Our new apprentice starts on the 1st. Here are his details for your paperwork:\n\n"
            f"{na['name']}\nDOB {fmt(na['dob'])}\nNI {na['ni']}\n{na['addr']}\nMobile {na['mob']}\n\n"
            "He mentioned he's dyslexic and had extra time at school, so he might need a bit of help with the written stuff.\n\n"
            "Thanks\nGlen")
    c.add(33, "negative", "inbound-employer-apprentice", "flowed", ("Glen Rhodes", "glen@brighouse-laser.example"), [dmellor],
          "New apprentice details", maildate(2024, 9, 24, 8, 31), body_for(c, "flowed", text, "apple"), client="apple", auth=False,
          note="inbound: employer sends the assessor an apprentice's DOB, NI number, address and dyslexia")

    # 34 qp inbound: parent -> student services, diabetes + NHS number
    ip = person("Mohammed", "Iqbal", 2008, 2008)
    text = ("Dear Student Services,\n\n"
            f"My son {ip['name']} (date of birth {fmt(ip['dob'])}) starts on the Level 2 IT course in September. He has type 1 diabetes and uses a Libre sensor and insulin pen. His NHS number is {ip['nhs']} if the school nurse needs it.\n\n"
            "He knows how to manage it but sometimes his sugars drop in the afternoon and he needs to eat straight away. Please can his tutors know he must be allowed to eat in class and leave the room if he needs to. His care plan from school is attached to the form I filled in online.\n\n"
            "Our numbers are on the application. Thank you.\n\n"
            "Rukhsana Iqbal")
    c.add(34, "negative", "inbound-parent-medical", "qp", ("Rukhsana Iqbal", "rukhsana.iqbal@example.com"), [("Student Services", f"studentservices@{S}")],
          "My son Mohammed - diabetes", maildate(2025, 8, 20, 21, 14), body_for(c, "qp", text), client="gmail", auth=False,
          note="inbound: parent emails student services about her son's diabetes with DOB and NHS number")

    # 35 base64 internal: HR -> payroll new starter bank details
    nsp = person("Grace", "Okafor", 1985, 1995)
    sc, acct = make_bank(idr)
    text = ("Hi Steve,\n\n"
            f"New starter for September: {nsp['name']}, Learning Support Assistant, 0.8 FTE, Grade 3 point 8, start 1 September.\n"
            f"DOB {fmt(nsp['dob'])}, NI {nsp['ni']}\n"
            f"Bank: {sc} / {acct}\n"
            "Tax code from P45: 1257L. Pension: opt in LGPS.\n\n"
            "Contract and new starter checklist are in her HR file.\n\nKaren")
    c.add(35, "negative", "internal-new-starter-payroll", "base64", karen, [steve], "New starter - G Okafor",
          maildate(2025, 8, 21, 9, 12), body_for(c, "base64", text),
          note="internal only: HR sends payroll a new starter's DOB, NI number and bank details")

    # 36 latin1 inbound: LA SEND officer -> ALS manager
    zp = person("Zoë", "Kowalczyk", 2008, 2009)
    upn2 = make_upn(idr, 381, 4033, 13)
    text = ("Dear Yvonne,\n\n"
            "Re: Consultation - post-16 placement\n\n"
            f"Kirkdale Council is consulting Ravensmoor College under section 39 of the Children and Families Act 2014 about a place for {zp['name']}, date of birth {fmt(zp['dob'])}, UPN {upn2}.\n\n"
            "Zoë has an EHC plan for cerebral palsy (right-sided hemiplegia) and a moderate learning difficulty. She uses a wheelchair for longer distances and needs support with personal care. Her current school is Calder Vale Academy (SENCo Mr Peter Hanson).\n\n"
            "The draft plan and latest reports are in the secure portal. Please respond within 15 days.\n\n"
            "Yours sincerely,\n\nDawn Greenwood\nSEND Officer (Post-16) - Kirkdale Council")
    c.add(36, "negative", "inbound-la-consultation", "latin1", ("Dawn Greenwood", "dawn.greenwood@kirkdale-council.example"), [yvonne],
          "Consultation - post-16 placement - Z Kowalczyk", maildate(2025, 1, 13, 10, 20), body_for(c, "latin1", text), auth=False,
          charset="iso-8859-1", note="inbound: council SEND officer consults the college about a named young person with DOB, UPN and disability (iso-8859-1)")

    # 37 cp1252 outbound: invoice with college's own bank details
    text = ("Dear Carol,\n\n"
            "Please find below our invoice for the forklift and abrasive wheels training delivered to Pennine Fabrications in November.\n\n"
            "Invoice number: SI-0048817\n"
            "Your PO: PF-26-0412\n"
            "Date: 02/12/2024\n"
            "Course: Counterbalance forklift (3 days) x 4 delegates – £1,980.00\n"
            "Course: Abrasive wheels (1 day) x 6 delegates – £720.00\n"
            "Total: £2,700.00 (exempt from VAT)\n\n"
            "Payment terms: 30 days.\n"
            "Pay to: Ravensmoor College – Commercial Income Account\n"
            "Sort code: 01-42-77   Account: 20481098\n"
            "Please quote SI-0048817 as your reference.\n\n"
            "If you have any queries about this invoice, please contact Finance on 0113 496 0715.\n\n"
            "Kind regards,\n"
            "Julie Rushworth\nFinance – Ravensmoor College")
    c.add(37, "negative", "invoice-college-bank", "cp1252", julie, [("Carol Ibbotson", "c.ibbotson@pennine-fabrications.example")],
          "Invoice SI-0048817 – commercial training", maildate(2024, 12, 2, 14, 30), body_for(c, "cp1252", text),
          charset="windows-1252", note="outbound invoice to an employer with the college's own bank details, invoice and PO numbers")

    # 38 html outbound: aggregate statistics to combined authority
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
            "<p>Hi Tom,</p><p>As requested for the Local Skills Improvement Plan, here are our 2023/24 adult skills headline figures. All figures are aggregated; groups under 10 have been suppressed.</p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
            "<tr><th>Sector subject area</th><th>Starts</th><th>Achievement rate</th><th>Progressed to employment</th></tr>\n"
            "<tr><td>Health, public services and care</td><td>412</td><td>88.6%</td><td>41%</td></tr>\n"
            "<tr><td>Engineering and manufacturing</td><td>236</td><td>84.3%</td><td>57%</td></tr>\n"
            "<tr><td>Construction</td><td>188</td><td>81.9%</td><td>49%</td></tr>\n"
            "<tr><td>ICT</td><td>149</td><td>79.2%</td><td>33%</td></tr>\n"
            "<tr><td>Preparation for life and work (ESOL, English, maths)</td><td>1,104</td><td>90.1%</td><td>n/a</td></tr>\n"
            "<tr><td>Total</td><td>2,089</td><td>87.4%</td><td>44%</td></tr>\n</table>\n"
            "<p>By age: 19-23: 18%, 24+: 82%. Learners declaring a learning difficulty or disability: 21%. Learners from the 20% most deprived postcodes: 46%.</p>\n"
            "<p>Best wishes,<br>Imran Qureshi<br>MIS Manager</p></body></html>\n")
    c.add(38, "negative", "aggregate-stats-outbound", "html", imran, [("Tom Ashworth", "tom.ashworth@westpennine-ca.example")],
          "Adult skills 2023/24 - aggregate figures for LSIP", maildate(2025, 3, 3, 12, 7), body_for(c, "html", "", html=html),
          note="outbound aggregate, anonymised achievement statistics with small numbers suppressed")

    # 39 alternative outbound: open event details, phone numbers, booking refs
    text = ("Dear Mrs Lord,\n\n"
            "Thank you for booking a group visit for your Year 10s to our Spring Open Event.\n\n"
            "Booking reference: OE25-0331-HGA\n"
            "Date: Saturday 29 March 2025, 10am - 1pm\n"
            "Arrival: coach drop-off at Northgate Campus, Wakefield Road, HX1 4QB\n"
            "Group size: 42 pupils, 4 staff\n\n"
            "On the day, please ring our Schools Liaison team on 0113 496 0758 or 07700 900642 when you arrive and we will meet you at reception.\n\n"
            "Taster sessions available: Engineering, Health & Social Care, Creative Media, Construction, Public Services.\n\n"
            "Kind regards,\nLucy Barker\nSchools Liaison & Transition Coordinator")
    c.add(39, "negative", "event-booking-confirmation", "alternative", lucy, [("Mrs J Lord", "senco@hallgate-academy.example")],
          "Booking confirmed - Spring Open Event OE25-0331-HGA", maildate(2025, 3, 12, 10, 3), body_for(c, "alternative", text),
          note="outbound event booking confirmation with a booking reference, dates and phone numbers; no personal data")

    # 40 attach-csv outbound: test data with wrong check digits
    out = ["LearnRefNumber,ULN,FamilyName,GivenNames,DateOfBirth,Postcode,Comment"]
    for i in range(1, 9):
        u = bad_id() if i != 5 else "9999999999"
        out.append(f"TEST{i:04d},{u},TESTLEARNER,Case{i:02d},2000-01-01,ZZ99 9ZZ,{'placeholder ULN' if u == '9999999999' else 'expect ULN check-digit error'}")
    csv = ("\n".join(out) + "\n").encode("utf-8")
    body = text_part("Hi,\n\nRe case 00771245: attached is the synthetic test file from our training environment. None of these are real learners - they're the dummy records we use to test validation. Rows 1-4 and 6-8 have deliberately wrong ULN check digits and should fail rule ULN_03, row 5 uses the 9999999999 placeholder. At the moment the import is accepting all eight without an error.\n\nThanks,\nImran Qureshi\nMIS Manager, Ravensmoor College\n")
    part = with_attachments(c, body, [("ULN_validation_test.csv", "text/csv", csv)])
    c.add(40, "negative", "synthetic-test-data", "attachment-csv", imran, [("Support", "support@ilr-software.example")],
          "Case 00771245 - ULN validation not firing", maildate(2025, 4, 8, 13, 26), part,
          note="outbound vendor support case with synthetic test records whose ULNs have deliberately wrong check digits")

    # 41 attach-xlsx internal: learning support register
    rows = [["Learner", "Learner ref", "DOB", "Need", "Support", "Exam access"]]
    for fn_, ln_, need, sup, ex in [("Sana", "Mahmood", "Hearing impairment; anxiety", "Note-taker, radio aid", "Separate room"),
                                    ("Tomasz", "Zielinski", "ASC (EHCP)", "1:1 LSA in practicals", "25% extra time"),
                                    ("Amira", "Begum", "Dyslexia", "Coloured overlays, in-class support", "Reader"),
                                    ("Connor", "Lumb", "ADHD", "Movement breaks", "Rest breaks")]:
        p = person(fn_, ln_, 2007, 2008)
        rows.append([p["name"], p["ref"], fmt(p["dob"]), need, sup, ex])
    x = xlsx_bytes(rows, "ALS register")
    body = text_part("Hi all,\n\nAttached is the updated learning support register for your Level 3 groups. Please keep it in the team's SharePoint rather than saving it locally.\n\nYvonne\n")
    part = with_attachments(c, body, [("ALS register L3 Jan 2025.xlsx", XLSX, x)])
    c.add(41, "negative", "internal-als-register", "attachment-xlsx", yvonne, [sarahk, wendy, st("Adebayo Ogunleye", "a.ogunleye")],
          "ALS register - Level 3", maildate(2025, 1, 10, 12, 44), part,
          note="internal only: ALS manager shares a learning support register with DOBs and needs with lecturers")

    # 42 attach-docx outbound: blank bursary application form
    paras = ["**16-19 Bursary Fund – Application Form 2025/26**",
             "Section 1 – About you",
             "Full name: ____________________    Date of birth: ___/___/______",
             "Learner number: ____________    Course: ____________________",
             "Section 2 – Household income (attach evidence: Universal Credit award letter, P60 or tax credit award)",
             "Total household income: £__________",
             "Section 3 – Bank details for payments (must be in the learner's name)",
             "Account name: ____________________  Sort code: __-__-__  Account number: ________",
             "Section 4 – Declaration",
             "I confirm the information I have given is correct. I understand the college will process my data in line with its privacy notice.",
             "Signed: ____________________  Date: ___________"]
    doc = docx_bytes(paras, title="16-19 Bursary Application 2025-26")
    body = text_part("Hi Mrs Lord,\n\nAs promised at the transition meeting, here is a blank copy of our bursary application form for 2025/26 so you can share it with families of Year 11s who have accepted places. Completed forms should be submitted through the Learner Hub once they have enrolled, not by email.\n\nBest wishes,\nNadia Sharif\nStudent Services Manager\n")
    part = with_attachments(c, body, [("Bursary application form 2025-26 (blank).docx", DOCX, doc)])
    c.add(42, "negative", "blank-bursary-form", "attachment-docx", nadia, [("Mrs J Lord", "senco@hallgate-academy.example")],
          "Bursary application form 2025/26", maildate(2025, 6, 26, 9, 15), part,
          note="outbound blank bursary application template with empty DOB and bank-detail fields")

    # 43 attach-txt inbound: awarding body results file
    rl = ["CENTRE 38217 RAVENSMOOR COLLEGE - PROVISIONAL RESULTS - FUNCTIONAL SKILLS - SERIES 2503", ""]
    for fn_, ln_ in [("Gary", "Pickles"), ("Sharon", "Midgley"), ("Nasreen", "Kauser"), ("Bev", "Hainsworth"), ("Andrzej", "Wisniewski"), ("Pat", "Sugden")]:
        p = person(fn_, ln_, 1960, 1995)
        rl.append(f"{idr.randint(1000, 1999)}  {p['uln']}  {ln_.upper():<12} {fn_:<10} {fmt(p['dob'])}  FSM2  {idr.choice(['PASS', 'PASS', 'PASS', 'FAIL'])}")
    body = text_part("Dear Exams Officer,\n\nProvisional results for your centre are attached. Results must not be released to candidates before the published date.\n\nResults Services\n")
    part = with_attachments(c, body, [("38217_2503_results.txt", "text/plain", "\r\n".join(rl).encode("utf-8"))], "other")
    c.add(43, "negative", "inbound-results-file", "attachment-txt", ("Results Services", "results@awards-northern.example"), [lorraine],
          "Provisional results - centre 38217 - series 2503", maildate(2025, 4, 9, 6, 30), part, client="other", auth=False,
          note="inbound: awarding body sends the exams officer a results file with names, ULNs and DOBs")

    # 44 zip internal: MIS -> finance funding report
    out = ["LearnRefNumber,ULN,Name,DOB,FundLine,Bursary,FSM"]
    for fn_, ln_ in [("Jade", "Armitage"), ("Fatima", "Shah"), ("Liam", "Greenwood"), ("Habiba", "Rahman"), ("Ibrahim", "Patel")]:
        p = person(fn_, ln_, 2006, 2008)
        out.append(f"{p['ref']},{p['uln']},{p['name']},{fmt(p['dob'], 'iso')},16-18 Study Programme,{idr.choice(['Y', 'N'])},{idr.choice(['Y', 'N'])}")
    z = zip_bytes([("Funding R10/bursary_fsm_check.csv", "\n".join(out) + "\n")])
    body = text_part("Hi Julie,\n\nZipped the R10 bursary/free meals cross-check as the full file is too big to attach. Only 5 mismatches this time.\n\nBecky\n")
    part = with_attachments(c, body, [("R10 bursary check.zip", "application/zip", z)])
    c.add(44, "negative", "internal-funding-zip", "zip", becky, [julie], "R10 bursary / FSM check", maildate(2025, 5, 14, 14, 55), part,
          note="internal only: MIS sends finance a zipped CSV with ULNs and DOBs")

    # 45 zip-encrypted outbound: BACS file in password-protected zip
    out = ["Name,Sort code,Account,Amount,Reference"]
    for fn_, ln_ in [("Jade", "Armitage"), ("Reece", "Haigh"), ("Fatima", "Shah"), ("Oliver", "Crowther"), ("Amira", "Begum")]:
        sc, acct = make_bank(idr)
        out.append(f"{fn_} {ln_},{sc},{acct},60.00,RAVCOLL BURSARY")
    z = encrypted_zip_bytes([("bursary_bacs_14mar.csv", "\n".join(out) + "\n")], "Kx7!pLm2-Hebble", idr, date_time=(2025, 3, 10, 9, 0, 0))
    body = text_part("Hi Sam,\n\nBursary payments for the 14 March run are in the attached password-protected zip. I'll phone you with the password as usual - please don't reply with it by email.\n\nThanks,\nJulie\n")
    part = with_attachments(c, body, [("bursary_bacs_14mar.zip", "application/zip", z)])
    c.add(45, "negative", "encrypted-zip-bacs", "zip-encrypted", julie, [("Sam Pickard", "sam.pickard@northpay-bureau.example")],
          "Bursary payments - 14 March run (protected)", maildate(2025, 3, 10, 9, 14), part,
          note="outbound bursary BACS file inside a ZipCrypto password-protected zip, password by phone")

    # 46 zip-encrypted outbound: SCR extract to auditor
    out = ["Name,Role,DOB,DBS number,DBS date,Right to work checked,References"]
    for fn_, ln_ in [("Louise", "Crossley"), ("Naomi", "Hartley"), ("Rob", "Ingham"), ("Grace", "Okafor")]:
        p = person(fn_, ln_, 1965, 1995)
        out.append(f"{p['name']},Staff,{fmt(p['dob'])},{'%012d' % idr.randint(10**11, 10**12 - 1)},2024,Y,2")
    z = encrypted_zip_bytes([("SCR sample.csv", "\n".join(out) + "\n")], "Sample-Audit-2025!", idr, date_time=(2025, 6, 2, 8, 40, 0))
    body = text_part("Dear Phil,\n\nAs requested, the single central record sample for your safeguarding audit is attached as an encrypted zip. The password will follow by text message to the mobile number you gave us.\n\nKind regards,\nKaren Wadsworth\nHR Business Partner\n")
    part = with_attachments(c, body, [("SCR sample June 2025.zip", "application/zip", z)])
    c.add(46, "negative", "encrypted-zip-scr", "zip-encrypted", karen, [("Phil Barraclough", "phil.barraclough@dales-audit.example")],
          "SCR sample - encrypted", maildate(2025, 6, 2, 8, 52), part,
          note="outbound single central record sample in a password-protected zip, password sent by text")

    # 47 smime outbound: exams -> awarding body
    der = fake_smime_der(idr, 3100)
    part = ([("Content-Type", "application/pkcs7-mime; smime-type=enveloped-data;\n name=\"smime.p7m\""),
             ("Content-Disposition", "attachment; filename=\"smime.p7m\""),
             ("Content-Transfer-Encoding", "base64")], b64_encode(der).encode())
    c.add(47, "negative", "smime-special-consideration", "smime", lorraine, [("Special Consideration", "specialconsideration@awards-northern.example")],
          "Special consideration - centre 38217 (encrypted)", maildate(2025, 6, 23, 10, 5), part,
          note="outbound S/MIME enveloped-data (encrypted) message to an awarding body")

    # 48 smime outbound: HR -> OH provider
    der = fake_smime_der(idr, 2400)
    part = ([("Content-Type", "application/pkcs7-mime; name=smime.p7m; smime-type=enveloped-data"),
             ("Content-Disposition", "attachment; filename=smime.p7m"),
             ("Content-Transfer-Encoding", "base64")], b64_encode(der).encode())
    c.add(48, "negative", "smime-oh-referral", "smime", karen, [("OH Referrals", "referrals@ohworks-north.example")],
          "Management referral (encrypted)", maildate(2025, 3, 18, 15, 40), part,
          note="outbound S/MIME encrypted occupational health referral")

    # 49 pgp outbound: MIS -> consultant
    b = boundary(rng, "thunderbird")
    ver = ([("Content-Type", "application/pgp-encrypted"), ("Content-Description", "PGP/MIME version identification")], b"Version: 1\n")
    enc = ([("Content-Type", "application/octet-stream; name=\"encrypted.asc\""), ("Content-Description", "OpenPGP encrypted message"),
            ("Content-Disposition", "inline; filename=\"encrypted.asc\"")], fake_pgp_armor(idr, 4200).encode())
    part = multipart("encrypted", [ver, enc], b, params=";\n protocol=\"application/pgp-encrypted\"", preamble=False)
    part = (part[0], b"This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n" + part[1])
    c.add(49, "negative", "pgp-ilr-extract", "pgp-mime", imran, [("David Kershaw", "d.kershaw@fe-data-consulting.example")],
          "ILR R06 extract", maildate(2025, 2, 20, 16, 33), part, client="thunderbird",
          note="outbound PGP/MIME multipart/encrypted ILR extract to a consultant")

    # 50 pgp outbound: DSL -> LA
    b = boundary(rng, "thunderbird")
    enc = ([("Content-Type", "application/octet-stream; name=\"encrypted.asc\""), ("Content-Description", "OpenPGP encrypted message"),
            ("Content-Disposition", "inline; filename=\"encrypted.asc\"")], fake_pgp_armor(idr, 2600).encode())
    part = multipart("encrypted", [ver, enc], b, params=";\n protocol=\"application/pgp-encrypted\"", preamble=False)
    part = (part[0], b"This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n" + part[1])
    c.add(50, "negative", "pgp-safeguarding-referral", "pgp-mime", paul, [("MASH", "mash@kirkdale-council.example")],
          "Referral - strategy meeting 12 Feb", maildate(2025, 2, 7, 12, 12), part, client="thunderbird",
          note="outbound PGP/MIME encrypted safeguarding referral to the council's MASH")

    # 51 fwd-inline internal: assessor forwards employer's details to admin
    na2 = person("Harvey", "Lister", 2006, 2007)
    orig = (f"Hi Darren,\n\nOur new apprentice starts on the 1st. Details:\n{na2['name']}, DOB {fmt(na2['dob'])}, NI {na2['ni']}, {na2['addr']}\n\nThanks\nGlen")
    text = ("Hi team,\n\nCan you set Harvey up on the MIS and send the ILP paperwork out? Details below from the employer.\n\nDarren\n\n"
            + fwd_block(("Glen Rhodes", "glen@brighouse-laser.example"), "24 September 2024 08:31", "New apprentice details", [dmellor], style="outlook")
            + "\n" + orig)
    c.add(51, "negative", "internal-forward-apprentice", "fwd-inline", dmellor, [adminapp], "FW: New apprentice details",
          maildate(2024, 9, 24, 9, 2), body_for(c, "plain", text),
          note="internal only: assessor forwards an employer's email with an apprentice's DOB and NI number to the admin team")

    # 52 fwd-rfc822 inbound: virtual school forwards PEP email as attachment
    lac = person("Courtney", "Bairstow", 2007, 2008)
    inner_text = (f"Hi Sophie,\n\nPEP for {lac['name']} (DOB {fmt(lac['dob'])}) is due on 4 March. She moved placement in January to a foster carer in Elland and her attendance has dropped to 54%. "
                  "She has been diagnosed with PTSD. Please can the college's designated teacher attend?\n\nJo Fenton\nPersonal Adviser, Leaving Care")
    inner = c.inner(("Jo Fenton", "jo.fenton@kirkdale-council.example"), [("Sophie Ward", "sophie.ward@kirkdale-council.example")],
                    "PEP - C Bairstow", "Mon, 17 Feb 2025 09:41:02 +0000", text_part(inner_text), client="outlook")
    note = text_part("Dear Nadia,\n\nForwarding Jo's email below (attached) as you are the designated teacher for looked-after learners at Ravensmoor. Could you confirm attendance at the PEP?\n\nSophie Ward\nVirtual School, Kirkdale Council\n")
    part = mixed(rng, [note, rfc822_part(inner, "PEP - C Bairstow.eml")])
    c.add(52, "negative", "inbound-forwarded-pep", "fwd-rfc822", ("Sophie Ward", "sophie.ward@kirkdale-council.example"), [nadia],
          "FW: PEP - C Bairstow", maildate(2025, 2, 17, 11, 6), part, auth=False,
          note="inbound: virtual school forwards as attachment an email about a looked-after learner's PEP with DOB and diagnosis")

    # 53 reply outbound: assessor declines to email NI numbers
    q = ("Hi Darren,\n\nOur accountant needs the NI numbers and dates of birth for the two lads for the apprenticeship incentive claim. Could you send them over?\n\nThanks\nGlen")
    text = ("Hi Glen,\n\n"
            "I'm afraid I can't send NI numbers or dates of birth by email - college policy, as it isn't a secure channel. A couple of options:\n\n"
            "1. The lads can give them to you directly (they'll be on their payslips).\n"
            "2. I can upload them to the employer area of our secure portal - you'd get a notification to log in.\n\n"
            "Or give me a ring on 0113 496 0762 and we'll sort it.\n\n"
            "Darren\n\n"
            "On Thu, 3 Oct 2024 at 08:12, Glen Rhodes <glen@brighouse-laser.example> wrote:\n" + quote(q))
    c.add(53, "negative", "reply-decline-to-email-ni", "reply", dmellor, [("Glen Rhodes", "glen@brighouse-laser.example")],
          "RE: NI numbers", maildate(2024, 10, 3, 9, 40), body_for(c, "plain", text), client="thunderbird",
          in_reply_to=msgid(random.Random("glen2"), "outlook", "brighouse-laser.example"),
          note="outbound reply to an employer declining to email NI numbers and offering a secure portal; no personal data")

    # 54 reply internal: lecturer replies about medical plan
    q = ("Hi Rob,\n\nFor the York trip: Lily Hirst (T1 diabetes) will need a fridge for her insulin and Mohammed Iqbal's spare EpiPen is in the first aid cupboard - please sign it out. Connor's Elvanse is in the locked drawer.\n\nYvonne")
    text = ("Thanks Yvonne. I've asked the hotel for a fridge in Lily's room and I'll sign out Mohammed's EpiPen on Tuesday. Faisal is first-aid trained so he'll keep Connor's meds with him.\n\n"
            "Rob\n\nOn 20/03/2025 11:02, Yvonne Crossland wrote:\n" + quote(q))
    c.add(54, "negative", "internal-reply-medical", "reply", robs, [yvonne], "Re: York trip - medical",
          maildate(2025, 3, 20, 12, 30), body_for(c, "flowed", text, "thunderbird"), client="thunderbird",
          in_reply_to=msgid(random.Random("yv"), "outlook", "school.example"),
          note="internal only: reply between staff about learners' medical needs for a trip")

    # 55 mobile outbound: lecturer -> employer, phone numbers and dates
    text = ("Hi Jean, just confirming the L3 HSC placements start Mon 14/04/2025 9am, ref WP-2025-0413. Any problems ring me on 07700 900731 or the office on 0113 496 0745. Thanks, Sarah\n\nSent from Outlook for iOS")
    c.add(55, "negative", "mobile-placement-dates", "mobile", sarahk, [("Jean Whitaker", "jean.whitaker@calder-care-homes.example")],
          "Placements 14 April", maildate(2025, 4, 9, 18, 20), body_for(c, "mobile", text, "outlook-ios"), client="outlook-ios",
          note="outbound mobile note to a placement with dates, a placement reference and phone numbers only")

    # 56 plain outbound: data-sharing guidance to subcontractor, no personal data
    text = ("Dear Helen,\n\n"
            "Ahead of our contract starting in September, here is a summary of what our data sharing agreement will require of your organisation as a subcontractor. The full agreement will follow for signature.\n\n"
            "1. Learner data (including ULNs, dates of birth, NI numbers, bank details and learning difficulty or health information) must only be exchanged through the shared secure SharePoint site or the ILR portal - never by ordinary email.\n"
            "2. Data must be stored on encrypted, password-protected devices and deleted within 6 years of the end of the funding year.\n"
            "3. Any personal data breach must be reported to our Data Protection Officer within 24 hours.\n"
            "4. Safeguarding concerns are reported to our DSL by phone on the same day and recorded on MyConcern.\n"
            "5. Staff working with learners must hold an enhanced DBS check, which you will confirm to us in writing (without certificate numbers).\n\n"
            "Our Data Protection Officer is Gill Firth (dpo@school.example).\n\n"
            "Kind regards,\nImran Qureshi\nMIS Manager")
    c.add(56, "negative", "data-sharing-guidance", "plain", imran, [("Helen Rushton", "helen@pennine-training-partners.example")],
          "Data sharing agreement - key points", maildate(2025, 7, 15, 11, 0), body_for(c, "plain", text),
          note="outbound data protection guidance to a subcontractor, naming data types but containing no personal data")

    # 57 qp outbound: purchasing, order numbers that look like identifiers
    pos = []
    for _ in range(4):
        pos.append(bad_id())
    text = ("Hi Gareth,\n\n"
            "Please could you confirm delivery dates for the following outstanding orders for the Lowfold workshop:\n\n"
            f"PO {pos[0]} – 2 x bench grinder 200mm – ordered 03/02/2025\n"
            f"PO {pos[1]} – 40 x safety glasses EN166 – ordered 10/02/2025\n"
            f"PO {pos[2]} – 1 x MIG welder 250A – ordered 11/02/2025\n"
            f"PO {pos[3]} – 6 x vice 150mm – ordered 17/02/2025\n\n"
            "Our account number with you is RAV-004218 and delivery is to Goods In, Lowfold Engineering Centre, HX2 0DL. Invoices to accounts.payable@school.example quoting the PO number.\n\n"
            "Thanks,\nMark Thewlis\nCurriculum Manager – Engineering")
    c.add(57, "negative", "purchase-order-numbers", "qp", mark, [("Gareth Sykes", "gareth@calder-tools.example")],
          "Outstanding orders – delivery dates", maildate(2025, 3, 3, 8, 55), body_for(c, "qp", text),
          note="outbound supplier chase with 10-digit PO numbers (failing ULN check digits), account number and dates")

    # 58 html inbound: adult learner sends own bank details for bursary
    al = person("Sharon", "Midgley", 1974, 1976)
    sc, acct = make_bank(idr)
    html = ("<div dir=\"ltr\"><div>Hello,</div><div><br></div>"
            f"<div>I was told to email my bank details for the adult learner support fund (travel). My name is {esc(al['name'])}, learner number {al['ref']}, Access to HE evening course.</div><div><br></div>"
            f"<div>Account name: S MIDGLEY</div><div>Sort code: {sc}</div><div>Account number: {acct}</div><div><br></div>"
            "<div>Thank you</div><div>Sharon</div></div>\n")
    c.add(58, "negative", "inbound-learner-bank-details", "html", ("Sharon Midgley", "sharon.m.1974@example.net"), [("Student Services", f"studentservices@{S}")],
          "Bank details for travel support", maildate(2024, 10, 14, 20, 11), body_for(c, "html", "", "gmail", html=html), client="gmail", auth=False,
          note="inbound: adult learner emails her own bank details to student services")

    # 59 wrapped outbound: anonymised case study
    text = ("Hi Rachel,\n\n"
            "Here is the anonymised case study for the Regional Safeguarding in FE conference, as agreed. I've removed names, dates, places and anything that could identify the learner or family, and changed some details.\n\n"
            "Case study: Learner A, aged 17, studying a Level 2 vocational course. Staff noticed a pattern of being collected from college by an older adult, unexplained new possessions and declining attendance. The college worked with children's social care and the police under the local exploitation protocol. Key learning: the value of gate staff and technicians reporting low-level concerns; the importance of a single chronology; and involving the young person in safety planning rather than only restricting them.\n\n"
            "Happy for you to use this in the workshop pack.\n\n"
            "Paul Dewhirst\nDesignated Safeguarding Lead")
    c.add(59, "negative", "anonymised-case-study", "wrapped", paul, [("Rachel Greenhalgh", "rachel@fe-safeguarding-network.example")],
          "Anonymised case study for conference", maildate(2025, 5, 2, 14, 48), body_for(c, "wrapped", text),
          note="outbound anonymised safeguarding case study with no identifying details")

    # 60 alternative outbound: payroll calendar
    text = ("Hi Sam,\n\n"
            "Here are our payroll dates for 2025/26 for your planning:\n\n"
            "Month       Cut-off for changes   Pay date\n"
            "Sep 2025    10/09/2025            26/09/2025\n"
            "Oct 2025    10/10/2025            28/10/2025\n"
            "Nov 2025    10/11/2025            26/11/2025\n"
            "Dec 2025    05/12/2025            19/12/2025\n"
            "Jan 2026    09/01/2026            28/01/2026\n"
            "Feb 2026    10/02/2026            26/02/2026\n"
            "Mar 2026    10/03/2026            26/03/2026\n\n"
            "Our PAYE reference is 120/RA43871 and the BACS service user number stays the same.\n\n"
            "Thanks,\nSteve Balmforth\nPayroll Officer")
    c.add(60, "negative", "payroll-calendar", "alternative", steve, [("Sam Pickard", "sam.pickard@northpay-bureau.example")],
          "Payroll calendar 2025/26", maildate(2025, 8, 5, 10, 22), body_for(c, "alternative", text),
          note="outbound payroll calendar with cut-off and pay dates and employer references; no personal data")

    c.finish(f"manifest-{W}.jsonl")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    build()
