#!/usr/bin/env python3
# -*- coding: utf-8 -*-
#
# Writer x4 - deterministic generator for a blind held-out corpus.
# Setting: Kestrel Bridge UTC (an invented university technical college,
# ages 14-19, engineering and health sciences, evening adult courses,
# exchange students). Everything here is invented.
#
# Run from inside the policy folder:  python3 build-x4.py
# Standard library only. Output is deterministic (seeded RNG, fixed dates).

import base64
import binascii
import hashlib
import io
import json
import os
import quopri
import random
import struct
import textwrap
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr
from html import escape as _esc

W = "x4"
ORG = ("school.example", "students.school.example")


# ----------------------------------------------------------------- randomness
def R(key):
    """A private, deterministic RNG for one message / one purpose."""
    return random.Random(int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16))


# ------------------------------------------------------------------ addresses
def A(name, email):
    return (name, email)


def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, email = a
    if not name:
        return email
    return formataddr((name, email))


def fold_list(addrs):
    items = [fmt_addr(a) for a in addrs]
    out, line = [], ""
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if line and len(line) + 1 + len(piece) > 74:
            out.append(line)
            line = piece
        else:
            line = (line + " " + piece) if line else piece
    out.append(line)
    return "\n\t".join(out)


def email_of(a):
    return a if isinstance(a, str) else a[1]


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        if len(s) < 900:
            return s
    except UnicodeEncodeError:
        pass
    return Header(s, charset).encode(linesep="\n", maxlinelen=76)


# ------------------------------------------------------------------ msg-ids
def msgid(rng, style, domain):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    H = lambda n: "".join(rng.choice("0123456789ABCDEF") for _ in range(n))
    if style == "outlook":
        host = "LO%dP%dMB%04d" % (rng.choice([2, 4, 6]), rng.choice([123, 265, 302]), rng.randrange(10000))
        return "<%s%s@%s.GBRP%s.PROD.OUTLOOK.COM>" % (host, H(8), host, rng.choice(["123", "265", "302"]))
    if style in ("gmail", "android"):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
        return "<CA%s@mail.gmail.com>" % "".join(rng.choice(alnum) for _ in range(50))
    if style in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (H(8), H(4), H(4), H(4), H(12), domain)
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h(8), h(4), h(4), h(4), h(12), domain)
    if style == "samsung":
        return "<%s.%s@email.android.com>" % (h(16), rng.randrange(10 ** 12))
    return "<%s.%s@%s>" % (h(12), rng.randrange(10 ** 9), domain)


# ------------------------------------------------------------- text shaping
def hard_wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = ""
        stripped = line
        while stripped.startswith(">"):
            prefix += ">"
            stripped = stripped[1:]
        if prefix:
            prefix += " "
            stripped = stripped.lstrip()
        lead = len(stripped) - len(stripped.lstrip(" "))
        ind = " " * lead
        out.extend(textwrap.wrap(stripped, width=width - len(prefix),
                                 initial_indent=prefix + ind,
                                 subsequent_indent=prefix + ind,
                                 break_long_words=False, break_on_hyphens=False)
                   or [prefix.rstrip()])
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed (DelSp=No): soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        q = ""
        body = line
        while body.startswith(">"):
            q += ">"
            body = body[1:]
        if q and body.startswith(" "):
            body = body[1:]
        if q and not body:
            out.append(q)
            continue
        lead = (q + " ") if q else ""
        if not q and (body.startswith(" ") or body.startswith("From ")):
            body = " " + body
        if len(lead + body) <= width:
            out.append(lead + body)
            continue
        words = body.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(lead + cur + w) > width:
                chunks.append(cur)
                cur = ""
            cur += w + " "
        chunks.append(cur.rstrip(" "))
        for c in chunks:
            out.append(lead + c)
    return "\n".join(out)


def html_doc(text, style="gmail", font=None):
    """Turn plain paragraphs into the HTML a mail client would write."""
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        ps = []
        for p in paras:
            for ln in p.split("\n"):
                ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_esc(ln) or "&nbsp;"))
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (font or "Aptos", "\n".join(ps))
    if style == "apple":
        body = "".join('<div>%s</div><div><br></div>' % "<br>".join(_esc(l) for l in p.split("\n")) for p in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s</body></html>\n') % body
    if style == "plainish":
        body = "\n".join("<p>%s</p>" % "<br>\n".join(_esc(l) for l in p.split("\n")) for p in paras)
        return "<html>\n<body%s>\n%s\n</body>\n</html>\n" % (
            (' style="font-family: %s"' % font) if font else "", body)
    # gmail
    body = "<div><br></div>".join("<div>%s</div>" % "<br>".join(_esc(l) for l in p.split("\n")) for p in paras)
    return '<div dir="ltr">%s</div>\n' % body


# ---------------------------------------------------------------- MIME parts
def _enc(data, cte):
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in data), "non-ascii in 7bit part"
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data if data.endswith(b"\n") else data + b"\n")
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text_part(text, subtype="plain", cs="utf-8", cte="7bit", fmt_flowed=False,
              quoted_cs=False, extra=(), cte_case=None):
    data = text.encode(cs)
    body = _enc(data, cte)
    csv = ('"%s"' % cs) if quoted_cs else cs
    ct = "text/%s; charset=%s" % (subtype, csv)
    if fmt_flowed:
        ct += "; format=flowed"
    hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + (cte_case or cte)]
    return (hs + list(extra), body)


def attach(data, ctype, filename, cte="base64", inline=False, extra=()):
    disp = "inline" if inline else "attachment"
    hs = ['Content-Type: %s;\n\tname="%s"' % (ctype, filename),
          'Content-Disposition: %s;\n\tfilename="%s"' % (disp, filename),
          "Content-Transfer-Encoding: " + cte]
    return (hs + list(extra), _enc(data, cte))


def multipart(sub, parts, boundary, preamble=None, params=""):
    b = boundary.encode()
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for hs, body in parts:
        out += b"\n--" + b + b"\n" + "\n".join(hs).encode("ascii") + b"\n\n" + body.rstrip(b"\n") + b"\n"
    out += b"\n--" + b + b"--\n"
    if not preamble:
        out = out[1:]
    return (['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary)], out)


def rfc822_part(inner, filename=None):
    hs = ["Content-Type: message/rfc822"]
    if filename:
        hs.append('Content-Disposition: attachment;\n\tfilename="%s"' % filename)
    return (hs, inner if inner.endswith(b"\n") else inner + b"\n")


def boundary(rng, style="gmail"):
    if style == "outlook":
        return "_%03d_%s%s_" % (rng.randrange(1000), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20)), "LO2P265MB5231GBRP")
    if style == "apple":
        return "Apple-Mail=_%s" % "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    if style == "thunderbird":
        return "------------%s" % "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(24))
    return "000000000000%s" % "".join(rng.choice("0123456789abcdef") for _ in range(16))


# ---------------------------------------------------------------- messages
def thread_index(rng):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()


def build(style, frm, to, subject, date, part, rng, cc=(), bcc_hdr=None,
          irt=None, refs=None, extra=(), domain=None, reply_to=None, mid=None):
    """Assemble a complete message with client-typical header order."""
    to = list(to)
    cc = list(cc)
    domain = domain or email_of(frm).split("@")[1]
    mid = mid or msgid(rng, style, domain)
    H = []
    S = subj(subject)
    ct_lines = "\n".join(part[0])

    def common_addr():
        out = [("From", fmt_addr(frm))]
        if to:
            out.append(("To", fold_list(to)))
        if cc:
            out.append(("Cc", fold_list(cc)))
        return out

    if style == "outlook":
        H += common_addr()
        if reply_to:
            H.append(("Reply-To", fmt_addr(reply_to)))
        H.append(("Subject", S))
        H.append(("Thread-Topic", S))
        H.append(("Thread-Index", thread_index(rng)))
        H.append(("Date", date))
        H.append(("Message-ID", mid))
        if refs:
            H.append(("References", refs))
        if irt:
            H.append(("In-Reply-To", irt))
        H.append(("Accept-Language", "en-GB, en-US"))
        H.append(("Content-Language", "en-GB"))
        H.append(("X-MS-Has-Attach", "yes" if "mixed" in ct_lines else ""))
        H.append(("X-MS-TNEF-Correlator", ""))
        H += list(extra)
        H.append(("MIME-Version", "1.0"))
        return _render(H, part, content_first=False)
    if style in ("gmail", "android"):
        H.append(("MIME-Version", "1.0"))
        if refs:
            H.append(("References", refs))
        if irt:
            H.append(("In-Reply-To", irt))
        H.append(("From", fmt_addr(frm)))
        H.append(("Date", date))
        H.append(("Message-ID", mid))
        H.append(("Subject", S))
        if to:
            H.append(("To", fold_list(to)))
        if cc:
            H.append(("Cc", fold_list(cc)))
        if reply_to:
            H.append(("Reply-To", fmt_addr(reply_to)))
        H += list(extra)
        return _render(H, part, content_first=False)
    if style in ("apple", "iphone"):
        H.append(("From", fmt_addr(frm)))
        H.append(("Mime-Version", "1.0 (1.0)" if style == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
        H.append(("Subject", S))
        H.append(("Date", date))
        H.append(("Message-Id", mid))
        if refs:
            H.append(("References", refs))
        if cc:
            H.append(("Cc", fold_list(cc)))
        if irt:
            H.append(("In-Reply-To", irt))
        if to:
            H.append(("To", fold_list(to)))
        H.append(("X-Mailer", "iPhone Mail (21E236)" if style == "iphone" else "Apple Mail (2.3774.600.62)"))
        H += list(extra)
        return _render(H, part, content_first=True)
    if style == "thunderbird":
        H.append(("Message-ID", mid))
        H.append(("Date", date))
        H.append(("MIME-Version", "1.0"))
        H.append(("User-Agent", "Mozilla Thunderbird"))
        if refs:
            H.append(("References", refs))
        if irt:
            H.append(("In-Reply-To", irt))
        H.append(("Content-Language", "en-GB"))
        if to:
            H.append(("To", fold_list(to)))
        if cc:
            H.append(("Cc", fold_list(cc)))
        H.append(("From", fmt_addr(frm)))
        H.append(("Subject", S))
        H += list(extra)
        return _render(H, part, content_first=False)
    if style == "samsung":
        H.append(("Date", date))
        H.append(("Subject", S))
        H.append(("Message-ID", mid))
        if irt:
            H.append(("In-Reply-To", irt))
        H.append(("X-Mailer", "Samsung Mobile"))
        H.append(("From", fmt_addr(frm)))
        if to:
            H.append(("To", fold_list(to)))
        if cc:
            H.append(("Cc", fold_list(cc)))
        H.append(("MIME-Version", "1.0"))
        H += list(extra)
        return _render(H, part, content_first=False)
    # generic webmail / roundcube-ish
    H += common_addr()
    H.append(("Subject", S))
    H.append(("Date", date))
    H.append(("Message-ID", mid))
    if irt:
        H.append(("In-Reply-To", irt))
    if refs:
        H.append(("References", refs))
    H.append(("MIME-Version", "1.0"))
    H.append(("X-Mailer", "Roundcube Webmail/1.6.9" if style == "webmail" else style))
    H += list(extra)
    return _render(H, part, content_first=False)


def _render(H, part, content_first):
    hdr = "\n".join("%s: %s" % (k, v) for k, v in H)
    ct = "\n".join(part[0])
    if content_first:
        head = ct + "\n" + hdr
    else:
        head = hdr + "\n" + ct
    head.encode("ascii")
    return head.encode("ascii") + b"\n\n" + part[1]


# ------------------------------------------------------------- office files
FIXED_DT = (2025, 1, 6, 9, 30, 0)


def _zip(entries, dt=FIXED_DT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_zip(files, dt=FIXED_DT):
    return _zip(files, dt)


def _x(s):
    return _esc(str(s), quote=False)


def make_docx(paragraphs, tables=(), title="Document", author="Kestrel Bridge UTC"):
    """paragraphs: list of str or ('h', str) for a heading; tables: list of
    (index_after_paragraph, rows)."""
    tables = dict(tables)
    body = []

    def para(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", ('<w:sz w:val="%d"/>' % size) if size else "")
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))

    def table(rows):
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
        for r in rows:
            out.append("<w:tr>" + "".join(
                '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(c) for c in r) + "</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    if -1 in tables:
        body.append(table(tables[-1]))
    for i, p in enumerate(paragraphs):
        if isinstance(p, tuple):
            body.append(para(p[1], bold=True, size=28))
        else:
            body.append(para(p))
        if i in tables:
            body.append(table(tables[i]))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % "".join(body)
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:30:00Z</dcterms:created>'
            '</cp:coreProperties>') % (_x(title), _x(author))
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", shared=False):
    """rows: list of lists. Ints/floats become numbers, everything else text."""
    sst = []
    sidx = {}
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            elif shared:
                if v not in sidx:
                    sidx[v] = len(sst)
                    sst.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sidx[v]))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<sheetData>%s</sheetData></worksheet>') % "".join(xr)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % _x(sheet)
    wbrels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>']
    overrides = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>']
    files = []
    if shared:
        sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>') % (
            len(sst), len(sst), "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in sst))
        wbrels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
        overrides.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        files.append(("xl/sharedStrings.xml", sst_xml))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>%s</Types>') % "".join(overrides)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>') % "".join(wbrels)
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr), ("xl/worksheets/sheet1.xml", sheet_xml)] + files)


def make_pdf(lines, title="Document"):
    """A one-page, uncompressed PDF with Helvetica text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 %d Td" % y]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Microsoft\\256 Word for Microsoft 365) >>" % esc(title)).encode("latin-1"),
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


# ----------------------------------------------------------------- output
MANIFEST = []


def emit(label, num, family, shape, note, mail_from, rcpt, auth, data):
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    with open(fn, "wb") as f:
        f.write(data)
    MANIFEST.append({"file": fn, "label": label, "mail_from": mail_from,
                     "rcpt": [email_of(r) for r in rcpt], "auth_user": auth,
                     "shape": shape, "family": family, "note": note})


def finish():
    nums = [m["file"] for m in MANIFEST]
    assert len(nums) == len(set(nums)), "duplicate file name"
    with open("manifest-%s.jsonl" % W, "w", encoding="utf-8") as f:
        for m in MANIFEST:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    pos = sum(1 for m in MANIFEST if m["label"] == "positive")
    neg = sum(1 for m in MANIFEST if m["label"] == "negative")
    print("wrote %d positive, %d negative" % (pos, neg))


def prep_dirs():
    for d in ("positive", "negative"):
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.startswith(W + "-") and fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))


# ------------------------------------------------------------------- dates
import datetime as _dt

_BST = {2024: ((3, 31), (10, 27)), 2025: ((3, 30), (10, 26)), 2026: ((3, 29), (10, 25))}
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(s, pad=False, tz=None):
    """'2025-03-04 09:12:33' -> RFC 5322 date in UK local time."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = _dt.datetime.strptime(s, fmt)
    if tz is None:
        a, b = _BST[d.year]
        tz = "+0100" if _dt.date(d.year, *a) <= d.date() < _dt.date(d.year, *b) else "+0000"
    day = ("%02d" % d.day) if pad else str(d.day)
    return "%s, %s %s %d %02d:%02d:%02d %s" % (_DAYS[d.weekday()], day, _MONS[d.month - 1], d.year,
                                             d.hour, d.minute, d.second, tz)


def longdate(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d


def gmail_fwd_date(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return "%s, %d %s %d at %02d:%02d" % (_DAYS[d.weekday()], d.day, _MONS[d.month - 1], d.year, d.hour, d.minute)


def outlook_sent(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    full = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    return "%s, %d %s %d %02d:%02d" % (full[d.weekday()], d.day, months[d.month - 1], d.year, d.hour, d.minute)


def on_wrote(s, who):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return "On %s, %d %s %d at %02d:%02d, %s wrote:" % (_DAYS[d.weekday()], d.day, _MONS[d.month - 1], d.year,
                                                       d.hour, d.minute, who)


def quote(text):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in text.split("\n"))


# ------------------------------------------------------------- convenience
def mk(num, label, family, shape, note, style, frm, to, subject, date, part, cc=(), bcc=(),
       env_from=None, **kw):
    key = "%s-%s-%03d" % (W, label, num)
    rng = R(key)
    data = build(style, frm, to, subject, date, part, rng, cc=cc, **kw)
    sender = env_from or email_of(frm)
    dom = sender.split("@")[1]
    auth = sender if dom in ORG else None
    emit(label, num, family, shape, note, sender, list(to) + list(cc) + list(bcc), auth, data)
    return data


def rng_b(num, label, salt="b"):
    return R("%s-%s-%03d-%s" % (W, label, num, salt))


# =====================================================================
#  chain-letter policy : 30 positive, 30 negative
# =====================================================================
S = "school.example"
P = "students.school.example"

# staff
okafor = A("Dr Helen Okafor", "h.okafor@" + S)
wisniewski = A("Tomasz Wiśniewski", "t.wisniewski@" + S)
raman = A("Priya Raman", "p.raman@" + S)
llewellyn = A("Gareth Llewellyn", "g.llewellyn@" + S)
brennan = A("Aoife Brennan", "a.brennan@" + S)
chauhan = A("Dev Chauhan", "d.chauhan@" + S)
pike = A("Joanne Pike", "j.pike@" + S)
fenwick = A("Marcus Fenwick", "m.fenwick@" + S)
ashby = A("Lorraine Ashby", "l.ashby@" + S)
holt = A("Sandra Holt", "s.holt@" + S)
exams = A("Exams Office", "exams@" + S)
morgan = A("Bethan Morgan", "b.morgan@" + S)
adeyemi = A("Ruth Adeyemi", "r.adeyemi@" + S)
ferreira = A("Isabel Ferreira", "i.ferreira@" + S)
hartley = A("Sheila Hartley", "s.hartley@" + S)
kettle = A("Rob Kettle", "r.kettle@" + S)
itserv = A("IT Services", "itservices@" + S)
walsh = A("Debbie Walsh", "d.walsh@" + S)
thornton = A("Lee Thornton", "l.thornton@" + S)
pryce = A("Carol Pryce", "c.pryce@" + S)
dobson = A("Mick Dobson", "m.dobson@" + S)
lowe = A("Hannah Lowe", "h.lowe@" + S)
firth = A("Janet Firth", "j.firth@" + S)
oduya = A("Ben Oduya", "b.oduya@" + S)
kendrick = A("Sophie Kendrick", "s.kendrick@" + S)
news = A("Kestrel Bridge UTC", "news@" + S)
allstaff = A("All Staff", "allstaff@" + S)
y10tutors = A("Year 10 Tutors", "y10tutors@" + S)
tutors = A("All Tutors", "tutors@" + S)
reception = A("Reception", "reception@" + S)
dunmore = A("Claire Dunmore", "c.dunmore@" + S)
grimshaw = A("Paul Grimshaw", "p.grimshaw@" + S)
mensah = A("Kwame Mensah", "k.mensah@" + S)
qureshi = A("Yasmin Qureshi", "y.qureshi@" + S)
marsden = A("Gail Marsden", "g.marsden@" + S)      # lunchtime supervisor
invig = A("Invigilators", "invigilators@" + S)
engstaff = A("Engineering Team", "engineering@" + S)
healthstaff = A("Health Sciences Team", "healthsci@" + S)
socialcttee = A("Staff Social Committee", "social@" + S)
hosts_list = A("Host Families", "hostfamilies@" + S)   # internal list address, recipients bcc'd


def st(name, user):
    return A(name, user + "@" + P)


# students
kayla = st("Kayla Brooks", "kbrooks24")
amber = st("Amber Nwosu", "anwosu24")
jess = st("Jess Whitaker", "jwhitaker24")
tia = st("Tia Marshall", "tmarshall24")
ruby = st("Ruby Clegg", "rclegg24")
harvey = st("Harvey Dyson", "hdyson24")
leo = st("Leo Fairbairn", "lfairbairn24")
maisie = st("Maisie Holroyd", "mholroyd24")
imogen = st("Imogen Batty", "ibatty24")
zara = st("Zara Hussain", "zhussain23")
ellie = st("Ellie Crowther", "ecrowther23")
freya = st("Freya Stansfield", "fstansfield23")
connor = st("Connor Rhodes", "crhodes23")
josh = st("Josh Pickles", "jpickles23")
kai = st("Kai Oyelaran", "koyelaran23")
ollie = st("Ollie Firth", "ofirth22")
nadia = st("Nadia Begum", "nbegum22")
lucia = st("Lucía Fernández", "lfernandez24")
jonas = st("Jonas Bergmann", "jbergmann24")
mateus = st("Mateus Oliveira", "moliveira24")
camille = st("Camille Roussel", "croussel24")
wiktoria = st("Wiktoria Nowak", "wnowak23")
kacper = st("Kacper Zieliński", "kzielinski22")
adultA = st("Tracey Ogden", "togden.ae")
adultB = st("Mandy Clough", "mclough.ae")
adultC = st("Steve Earnshaw", "searnshaw.ae")
adultD = st("Paula Greenwood", "pgreenwood.ae")
adultE = st("Rashid Mahmood", "rmahmood.ae")
y10all = A("Year 10 (all)", "year10@" + P)

# outside
parent1 = A("Nicola Brook", "nicola.brook@example.com")
parent2 = A("Darren Haigh", "dhaigh74@example.net")
parent3 = A("Sarah Varley", "sarah.varley@mailbox.example")
parent4 = A("Andrea Sutcliffe", "andrea.sutcliffe@example.org")
parent5 = A("Lisa Mitchell", "lisamitchell1980@example.com")
hostmum = A("Karen Ackroyd", "karen.ackroyd@example.net")
friend_ext = A("Jackie Pearson", "jackiep@example.org")
friend_ext2 = A("Angela Briggs", "angela.briggs@example.com")
moneyman = A("Opportunity Team", "wealthcircle@fastcash-network.example")


def fwd_block_gmail(frm, date, subject, to, body):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (fmt_addr(frm) if not isinstance(frm, str) else frm, gmail_fwd_date(date), subject,
               ", ".join(fmt_addr(t) for t in to), body))


def fwd_block_outlook(frm, date, subject, to, body):
    f = "%s <%s>" % frm if not isinstance(frm, str) else frm
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (f, outlook_sent(date), "; ".join(t[0] if not isinstance(t, str) else t for t in to), subject, body))


def main():
    prep_dirs()
    pos, neg = "positive", "negative"

    # ------------------------------------------------------------- P001
    t = ("ok this is so weird but my cousin sent me this and the last time i ignored one i "
         "failed my theory test lol so im not risking it\n\n"
         "THIS IS THE LUCKY STAR \u2b50 it has been round the world 9 times. send it to 12 people "
         "in the next hour and something you have been waiting for will happen by friday. "
         "if you delete it you get 3 years bad luck. a girl in leeds deleted it and her phone got "
         "nicked the next day!!! DONT BREAK THE STAR \u2b50\u2b50\u2b50\n\n"
         "Sent from my iPhone")
    mk(1, pos, "good-luck-chain", "mobile",
       "Y10 pupil passes on a 'lucky star' send-to-12 good-luck chain to friends from her phone",
       "iphone", kayla, [amber, jess, tia, ruby, maisie, imogen, zara],
       "Fwd: dont break it!!!", D("2024-11-14 21:47:09"),
       text_part(t, cs="utf-8", cte="quoted-printable"))

    # ------------------------------------------------------------- P002
    h = ('<div style="font-family: Comic Sans MS, cursive; font-size: 14pt; color: #7a0000">'
         '<p><b>READ THIS ALL THE WAY TO THE END OR SHE WILL FIND YOU</b></p>'
         '<p>Hi. My name is Clara. I was 14 when I went missing on the moors near Hebden Bridge in 2009. '
         'Nobody ever found me. I am still looking for friends.</p>'
         '<p>If you have read this far you have to send this to <u>15 people</u> before midnight. '
         'If you do, I will leave you alone. If you don\'t, I will be standing at the end of your bed at 3:00am '
         'tonight and you will hear me scratching on the wardrobe.</p>'
         '<p>Josh from Halifax said it was fake and deleted it. 3 days later his mum heard him screaming '
         'and he has not spoken since.</p>'
         '<p style="color:#000000">im sorry im only sending it cos im scared!!!! pls send it on</p>'
         '<p>&#128123;&#128123;&#128123;</p></div>')
    mk(2, pos, "curse-chain", "html-only",
       "Pupil sends a ghost-story curse chain (send to 15 people by midnight or 'Clara' comes) to classmates",
       "webmail", harvey, [leo, connor, josh, kai, ollie, jess, y10all],
       "READ IT TO THE END", D("2025-01-22 19:03:41"),
       text_part(h, subtype="html", cs="utf-8", cte="7bit"))

    # ------------------------------------------------------------- P003
    inner = ("Dear Friend,\n\nThis prayer has been sent to you for good luck. The original is in "
             "New England. It has been around the world nine times.\n\n"
             "O Holy St Jude, Apostle and Martyr, great in virtue and rich in miracles, near kinsman "
             "of Jesus Christ, faithful intercessor of all who invoke your special patronage in time of "
             "need, I have recourse to you from the depths of my heart...\n\n"
             "Within four days of sending this on to 13 people, you will receive a blessing. This is "
             "true even if you are not religious. Mary in Cork sent it on and won the lottery prize the "
             "same week. A man in Dundalk kept it and lost his job within the month.\n\n"
             "Please do not keep this message. It must leave your hands within 96 hours.\n"
             "DO NOT BREAK THIS CHAIN.\n\nGod bless xx")
    t = ("Morning all,\n\nNot something I'd normally send round but this one came from my auntie and it "
         "really touched me, especially with everything that's gone on this term. Please don't break "
         "it, it only takes a minute.\n\nCarol x\n\n" +
         fwd_block_outlook(("Maureen Pryce", "mo.pryce@example.net"), "2025-02-09 22:15",
                           "FW: St Jude prayer - PLEASE DONT BREAK", [("Carol", "")], inner))
    mk(3, pos, "prayer-chain", "inline-forward",
       "Teaching assistant forwards a St Jude prayer chain (send to 13 people in 96 hours) to colleagues",
       "outlook", pryce, [pike, lowe, marsden, walsh, firth, oduya],
       "FW: St Jude prayer - PLEASE DONT BREAK", D("2025-02-10 07:52:18"),
       text_part(t, cs="utf-8", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- P004
    t = ("Hi everyone,\n\n"
         "Please read this, I got it from my brother-in-law who works in IT for the council so it "
         "is genuine. Apologies if you have already had it.\n\n"
         "Lee\n\n"
         "*** URGENT VIRUS WARNING ***\n\n"
         "If you receive an email with the title \"Invitation - Christmas Card Photo\" DO NOT OPEN IT "
         "under any circumstances. It contains a virus that opens an animated Christmas card and, "
         "while you are watching it, burns the whole hard disc C: of your computer. It cannot be "
         "stopped by any anti-virus. Microsoft and McAfee have confirmed this is the most "
         "destructive virus ever and it was announced on BBC News this morning.\n\n"
         "It comes from somebody who has your address in their contacts, so it will look like it "
         "is from someone you know.\n\n"
         "SEND THIS TO EVERYONE IN YOUR ADDRESS BOOK. It is better to receive this message 25 times "
         "than to receive the virus and open it!!!\n\n"
         "--\nLee Thornton\nEngineering Technician\nKestrel Bridge UTC")
    mk(4, pos, "virus-hoax", "hard-wrapped",
       "Technician forwards the 'Christmas card photo burns hard disc C' virus hoax to all staff",
       "thunderbird", thornton, [allstaff],
       "URGENT!! virus warning - please read", D("2024-12-03 08:14:55"),
       text_part(hard_wrap(t, 72), cs="us-ascii", cte="7bit"))

    # ------------------------------------------------------------- P005
    t = ("Hi Mrs Brennan,\n\nSorry to send this to your school email but I know you do the health "
         "course with Ellie and I thought the students might want to help. My sister sent it me and "
         "it's broke my heart. It doesn't cost anything.\n\nNicola (Ellie Crowther's mum)\n\n"
         "----------\n"
         "PLEASE DON'T DELETE THIS!!\n\n"
         "Little Amy-Leigh is 6 years old and has a rare brain tumour. The doctors at Sheffield "
         "Children's say there is nothing more they can do. Her family cannot afford to take her "
         "for treatment in America.\n\n"
         "Facebook and the Make-A-Wish Foundation have agreed to donate 10p to Amy-Leigh's "
         "treatment fund EVERY TIME this email is forwarded. They track the emails so they know "
         "how many times it has been sent.\n\n"
         "So please, PLEASE forward it to everyone you know. If you delete it you have no heart. "
         "It takes 30 seconds.\n\nGod bless Amy-Leigh \u2764\ufe0f")
    r = rng_b(5, pos)
    b = boundary(r, "gmail")
    part = multipart("alternative", [text_part(t, cs="UTF-8", cte="quoted-printable"),
                                     text_part(html_doc(t, "gmail"), subtype="html", cs="UTF-8",
                                               cte="quoted-printable")], b)
    mk(5, pos, "per-forward-donation", "multipart-alternative",
       "Parent sends a teacher the 'Make-A-Wish donates 10p per forward' sick-child hoax asking students to pass it on",
       "android", parent1, [brennan], "please read and pass on x", D("2025-03-02 13:28:04"), part)

    # ------------------------------------------------------------- P006
    t = ("PLEASE SHARE!!!! \U0001F6A8\U0001F6A8\n\n"
         "4 year old Poppy went missing from the Asda in Ashworth at 11 this morning. Blonde hair, "
         "pink coat, unicorn wellies. Her mum is going out of her mind. Police are looking but they "
         "say the first hours are the most important.\n\n"
         "Don't just scroll past, SHARE it with everyone you know, it could be your child. Copy and "
         "send it on, don't keep it to yourself.\n\n"
         "Sent from my Galaxy")
    mk(6, pos, "missing-child-appeal", "mobile",
       "Receptionist passes on an unverified 'missing 4-year-old, share with everyone' appeal to the staff list from her phone",
       "samsung", walsh, [allstaff], "Please share - little girl missing", D("2025-04-26 12:31:10"),
       text_part(t, cs="UTF-8", cte="base64"))

    # ------------------------------------------------------------- P007
    t = ("Just to be safe, I've copied and pasted this off my sister's page.\n\n"
         "Deadline tomorrow!!! Everything you've ever posted becomes public from tomorrow. Even "
         "messages that have been deleted or the photos not allowed. It costs nothing to copy and "
         "paste.\n\n"
         "I do not give Microsoft, Outlook, Meta or any entities associated with them permission "
         "to use my pictures, information, messages or posts, both past and future. By this "
         "statement, I give notice to them it is strictly forbidden to disclose, copy, distribute, "
         "or take any other action against me based on this profile and/or its contents. The "
         "content of this profile is private and confidential information. The violation of "
         "privacy can be punished by law (UCC 1-308- 1 1 308-103 and the Rome Statute).\n\n"
         "NOTE: Outlook is now a public entity. All members must post a note like this. If you "
         "prefer, you can copy and paste this version. If you do not publish a statement at least "
         "once, it will be tacitly allowing the use of your photos, as well as the information "
         "contained in your messages.\n\n"
         "DO NOT SHARE. You have to copy and paste it and send it to all your contacts.\n\n"
         "Tracey\n(Tues night Health & Social Care L2)")
    mk(7, pos, "privacy-notice-hoax", "plain-7bit",
       "Evening-class adult learner sends the 'I do not give permission' privacy-notice copy-paste hoax to classmates",
       "webmail", adultA, [adultB, adultC, adultD, adultE, hartley],
       "IMPORTANT copy and paste before tomorrow", D("2025-01-07 23:02:17"),
       text_part(t, cs="us-ascii", cte="7bit"))

    # ------------------------------------------------------------- P008
    t = ("\u26a0\ufe0f\u26a0\ufe0f READ THIS \u26a0\ufe0f\u26a0\ufe0f\n\n"
         "Hello, I am Marcus Jenkins, director of WhatsApp. This message is to inform all of our "
         "users that we only have 53 million accounts left available for new phones. Our servers "
         "have recently been very congested, so we are asking for your help to solve this problem. "
         "We need our active users to forward this message to each of the people in their contact "
         "list to confirm they are active.\n\n"
         "If you do not send this message to all your contacts, WhatsApp will start to charge you "
         "\u00a30.01 per message and your account will become inactive within 48 hours.\n\n"
         "Forward to at least 10 contacts and your logo will turn BLUE \U0001F535 to show you are "
         "an active user.\n\n"
         "(my mum got it on whatsapp so im sending it on email as well just in case school "
         "accounts count lol)")
    mk(8, pos, "charging-hoax", "qp",
       "Pupil emails round the 'WhatsApp will charge you unless you forward to 10 contacts' hoax",
       "gmail", connor, [josh, kai, harvey, leo, ollie],
       "Fw: whatsapp is going to start charging", D("2024-10-09 17:44:26"),
       text_part(t, cs="UTF-8", cte="quoted-printable"))

    # ------------------------------------------------------------- P009
    t = ("\U0001F485\U0001F485 SLEEPOVER CHAIN \U0001F485\U0001F485\n\n"
         "send this to every girl you would invite to your sleepover \U0001F6CF\ufe0f\u2728 "
         "if you get it back:\n"
         "0 = nobody likes u sorry \U0001F62D\n"
         "1-2 = u have a couple of real ones\n"
         "3-5 = ur pretty popular\n"
         "6+ = EVERYONE wants to be ur bestie \U0001F451\n\n"
         "if you dont send it back to the person who sent it you are NOT their bff and you will "
         "have a nightmare tonight\n\n"
         "send it in 10 minutes or it doesnt count!!!!\n\n"
         "love u girls \U0001F495\U0001F495 send it back to me or else \U0001F440")
    mk(9, pos, "friendship-chain", "base64",
       "Y10 girl sends a 'sleepover chain - send back or you're not my bff' to friends",
       "gmail", ruby, [kayla, amber, jess, tia, maisie, imogen],
       "\U0001F485 sleepover chain \U0001F485 DONT IGNORE", D("2025-03-21 20:12:44"),
       text_part(t, cs="UTF-8", cte="base64"))

    # ------------------------------------------------------------- P010
    t = ("Hiya ladies \u2013 some of you have asked me about this so I thought I\u2019d just put it in "
         "one email.\n\n"
         "It\u2019s called a Blessing Loom (some people call it a flower or a mandala). It\u2019s "
         "basically women helping women. You gift \u00a3100 to the person in the middle of the flower "
         "and then you invite two friends to join. When your row fills up you move to the middle "
         "and you receive \u00a3800 from the 8 new ladies on the outside. It\u2019s NOT a pyramid "
         "scheme because everybody moves to the centre eventually and it\u2019s a gift not an "
         "investment so there\u2019s no tax.\n\n"
         "I\u2019ve already had two friends go through and both got their \u00a3800 in less than 6 "
         "weeks. The only way it fails is if people don\u2019t pass it on, so please forward this to "
         "any friends or family you trust and get them to message me.\n\n"
         "There are only 3 spaces left on my flower! First come first served \U0001F338\n\n"
         "Gail x")
    mk(10, pos, "gift-circle", "windows-1252",
       "Lunchtime supervisor invites colleagues into a 'Blessing Loom' gifting pyramid (gift \u00a3100, get \u00a3800, pass it on)",
       "outlook", marsden, [pryce, walsh, firth, lowe],
       "Blessing Loom - the info as promised", D("2025-05-12 16:40:03"),
       text_part(t.replace("\U0001F338", ":)"), cs="windows-1252", cte="quoted-printable"))

    # ------------------------------------------------------------- P011
    t = ("DEAR FRIEND,\n\n"
         "YOU CAN TURN \u00a330 INTO \u00a350,000 IN 90 DAYS - LEGALLY!\n\n"
         "My name is Dave and in 2019 I was made redundant with \u00a32,000 of debt. Then I "
         "received this letter. I thought it was rubbish but I had nothing to lose. Within 3 "
         "months I had received over \u00a347,000 in cash and cheques!\n\n"
         "HOW IT WORKS:\n"
         "1. Send \u00a35 by bank transfer to EACH of the 6 people on the list below, with the "
         "reference \"PLEASE ADD ME TO YOUR MAILING LIST\". This makes it a legal service.\n"
         "2. Remove the name at number 1. Move everyone up one place and put YOUR name at number "
         "6.\n"
         "3. Send this letter to at least 200 people. Use your address book, work email, "
         "anything.\n\n"
         "THE LIST:\n"
         "1. J. Carter, Preston\n"
         "2. M. Osei, Croydon\n"
         "3. R. Whitlam, Stoke\n"
         "4. S. Dunne, Limerick\n"
         "5. P. Ahmed, Luton\n"
         "6. D. Farrow, Bradford\n\n"
         "If only 10% of the 200 people reply and they do the same, by the time your name reaches "
         "number 1 you will get over 10,000 payments of \u00a35!\n\n"
         "DO NOT BREAK THE CHAIN. People who broke it lost everything. Follow the rules and it "
         "WORKS.\n\n"
         "Yours in prosperity,\nDave")
    mk(11, pos, "money-pyramid", "iso-8859-1",
       "Inbound 'send \u00a35 to each of the 6 names and add yours' money chain letter to the finance mailbox",
       "webmail", moneyman, [A("Finance", "finance@" + S)],
       "RE: Your \u00a350,000 opportunity", D("2025-02-18 03:17:52"),
       text_part(hard_wrap(t, 76), cs="iso-8859-1", cte="8bit"))

    # ------------------------------------------------------------- P012
    names = ["Jean Pollard, Todmorden", "Eileen Firth, Elland", "Bob Stansfield, Hebden Bridge",
             "M\u00e1ire N\u00ed Bhriain, Galway", "Sandra Kowalski, Huddersfield",
             "Ren\u00e9e Dupr\u00e9, Skipton", "Deborah Lund, Keighley", "Pat Holroyd, Brighouse",
             "Gwen Pryce, Swansea", "Angela Briggs, Morley", "Jackie Pearson, Batley",
             "Carol Pryce, Ashworth"]
    lst = "\n".join("%d. %s" % (i + 411, n) for i, n in enumerate(names))
    t = ("Please add your name to the bottom and send on - I've signed, Carol\n\n"
         "PETITION: KEEP HOSPITAL PARKING FREE FOR NHS NURSES\n\n"
         "The Government is planning to bring back car parking charges for nurses and carers. "
         "Nurses will have to pay up to \u00a3600 a year to park at work. This petition will be "
         "sent to the Health Secretary when it reaches 1,000 names.\n\n"
         "HOW TO SIGN: Copy this whole email, add your name and town at the bottom of the list, "
         "then forward it to everyone you know. Please do not just reply to the sender as the list "
         "will be lost. If you are number 500 or 1000 please send a copy to "
         "savenursesparking@petitionlist.example.\n\n"
         "It only works if it keeps moving. Thank you!\n\n" + lst + "\n")
    mk(12, pos, "forwarded-petition", "qp",
       "Staff member forwards an 'add your name at the bottom and forward to everyone' email petition",
       "outlook", pryce, [raman, brennan, healthstaff, friend_ext2],
       "FW: FW: FW: Petition - please add your name and send on!!", D("2025-03-11 12:05:27"),
       text_part(t, cs="iso-8859-1", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- P013
    t = ("Dear parents and carers of 10HL,\n\n"
         "I don't normally send this kind of thing but a friend who works for the police passed "
         "this on and I thought it was too important not to share, especially for anyone who does "
         "late shopping.\n\n"
         "Apparently there are men in supermarket car parks (Morrisons and Tesco have both been "
         "mentioned) approaching women and offering to sell them cheap perfume. They ask you to "
         "sniff a sample. It is not perfume - it is ether, and you pass out within seconds. They "
         "then take your purse, your car keys, or worse.\n\n"
         "Please, please forward this to every woman you know - your mums, sisters, daughters, "
         "friends. The more people who see it the safer we all are. Don't let it stop with you.\n\n"
         "Best wishes,\n"
         "Miss Lowe\nHead of Year 10")
    mk(13, pos, "urban-legend-warning", "flowed",
       "Head of Year sends parents the 'perfume sample is ether' car-park urban legend asking them to forward to every woman they know",
       "apple", lowe, [lowe], "Please read - safety warning", D("2024-11-27 20:41:11"),
       text_part(flowed(t), cs="us-ascii", cte="7bit", fmt_flowed=True),
       bcc=[parent1, parent3, parent5, A("", "jo.ramsden@example.org"), A("", "mark.ellis@btmail.example")])

    # ------------------------------------------------------------- P014
    t = ("if someone called jayden kerr adds u on snap or emails u from school DONT accept or "
         "open it!!! hes a hacker and he can see ur camera and get all ur pics. tell everyone in "
         "ur contacts!! copy and paste dont forward or he can see who sent it\n\n"
         "sent from my phone")
    mk(14, pos, "hacker-warning-hoax", "mobile",
       "Pupil spreads the 'don't accept X, he's a hacker - tell everyone in your contacts' hoax",
       "android", maisie, [ruby, imogen, tia, kayla, amber, jess, harvey],
       "WARNING pass it on", D("2025-06-03 16:20:33"),
       text_part(t, cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- P015
    t = ("Hello lovely people!\n\n"
         "I know this looks like a chain letter (it sort of is!) but it's a nice one and I've "
         "decided to take part. It's a holiday book exchange.\n\n"
         "You only need to send ONE book (a new paperback, your favourite, about \u00a310) to the "
         "person in position 1 below. Then move my name up to position 1 and put your own name in "
         "position 2, and send this email on to 6 friends. If everyone joins in, you'll get up to "
         "36 books back in the post!\n\n"
         "Please let me know within the week if you're in so I can tell the person above me. "
         "Only say yes if you'll actually send a book - it ruins it for everyone otherwise.\n\n"
         "1. Helen Durkin, 14 Beck Road, Ossett\n"
         "2. Ben Oduya, c/o English dept, Kestrel Bridge UTC\n\n"
         "Happy reading!\nBen")
    r = rng_b(15, pos)
    b = boundary(r, "outlook")
    part = multipart("alternative", [text_part(t, cs="utf-8", cte="quoted-printable", quoted_cs=True),
                                     text_part(html_doc(t, "outlook"), subtype="html", cs="utf-8",
                                               cte="quoted-printable", quoted_cs=True)], b)
    mk(15, pos, "book-exchange-chain", "multipart-alternative",
       "English teacher sends the 'send one book, get 36 back' book-exchange chain to colleagues and friends",
       "outlook", oduya, [pike, lowe, llewellyn, chauhan, friend_ext, friend_ext2],
       "Holiday book exchange - are you in?", D("2024-12-10 18:22:40"), part)

    # ------------------------------------------------------------- P016
    t = ("sorry its in spanish, my abuela sent it to the family whatsapp and she will be upset if "
         "i break it!! just send it to 20 people please \U0001F64F\n\n"
         "-------\n\n"
         "CON AMOR TODO ES POSIBLE\n\n"
         "Esta carta viene de los Pa\u00edses Bajos y ha dado nueve veces la vuelta al mundo. "
         "La suerte te ha sido enviada. Recibir\u00e1s buena suerte dentro de cuatro d\u00edas "
         "despu\u00e9s de recibir esta carta, siempre y cuando la env\u00edes. Esto no es una "
         "broma.\n\n"
         "Env\u00eda copias a 20 personas que t\u00fa creas que necesitan buena suerte. No "
         "env\u00edes dinero. No guardes esta carta: debe salir de tus manos dentro de 96 "
         "horas.\n\n"
         "Constantino D\u00edas recibi\u00f3 la carta en 1953, pidi\u00f3 a su secretaria que "
         "hiciera 20 copias y a los nueve d\u00edas gan\u00f3 la loter\u00eda. Un empleado de "
         "oficina la recibi\u00f3, olvid\u00f3 que ten\u00eda que enviarla y perdi\u00f3 su "
         "trabajo. Encontr\u00f3 la carta, la envi\u00f3 y a los pocos d\u00edas encontr\u00f3 un "
         "trabajo mejor.\n\n"
         "\u00a1No rompas la cadena!\n\nLuc\u00eda")
    mk(16, pos, "good-luck-chain", "qp",
       "Spanish exchange student forwards her grandmother's 'send to 20 people in 96 hours' good-luck chain in Spanish",
       "gmail", lucia, [camille, jonas, mateus, nadia, zara],
       "cadena de la suerte \u2013 no la rompas!!", D("2024-10-20 22:09:58"),
       text_part(t.replace("\U0001F64F", ":)"), cs="ISO-8859-1", cte="quoted-printable"))

    # ------------------------------------------------------------- P017
    t = ("Hej, to od mojej kuzynki, wiem \u017ce to g\u0142upie ale nie chc\u0119 ryzykowa\u0107 "
         "\U0001F605\n\n"
         "To jest \u0142a\u0144cuszek szcz\u0119\u015bcia. Wy\u015blij go do 10 os\u00f3b w "
         "ci\u0105gu 24 godzin, a w poniedzia\u0142ek spotka ci\u0119 co\u015b wspania\u0142ego. "
         "Je\u015bli go przerwiesz, przez siedem lat b\u0119dziesz mie\u0107 pecha. Pewna "
         "dziewczyna z Krakowa go zignorowa\u0142a i nast\u0119pnego dnia z\u0142ama\u0142a "
         "nog\u0119. Ch\u0142opak z Gda\u0144ska wys\u0142a\u0142 go dalej i zda\u0142 wszystkie "
         "egzaminy.\n\n"
         "NIE PRZERYWAJ \u0141A\u0143CUSZKA!!!\n\n"
         "(for the english people: its a luck chain, send it to 10 people in 24 hours or you get 7 "
         "years bad luck, sorry \U0001F602)\n\n"
         "Wiktoria")
    mk(17, pos, "good-luck-chain", "base64",
       "Polish student sends a Polish '\u0142a\u0144cuszek szcz\u0119\u015bcia' (send to 10 in 24h or 7 years bad luck) with English gloss",
       "android", wiktoria, [kacper, nadia, zara, freya, ellie],
       "\u0142a\u0144cuszek \U0001F340 nie przerywaj!", D("2025-02-02 18:55:12"),
       text_part(t, cs="UTF-8", cte="base64"))

    # ------------------------------------------------------------- P018
    t = ("Gente, a minha m\u00e3e mandou isto e disse que \u00e9 s\u00e9rio kkkk \U0001F605\n\n"
         "CORRENTE DA SORTE DE SANTO ANT\u00d4NIO\n\n"
         "Esta corrente foi iniciada por um mission\u00e1rio em 1912 e j\u00e1 deu a volta ao "
         "mundo 33 vezes. Quem a recebe tem que a repassar para 15 pessoas em at\u00e9 3 dias. "
         "Um empres\u00e1rio de S\u00e3o Paulo repassou e recebeu uma promo\u00e7\u00e3o em uma "
         "semana. Uma mulher do Recife riu e jogou fora, e teve 10 anos de azar.\n\n"
         "N\u00e3o quebre a corrente! Repasse agora e fa\u00e7a um pedido.\n\n"
         "Mateus\n(translation for my host brother: send to 15 people in 3 days or 10 years bad "
         "luck!!)")
    r = rng_b(18, pos)
    b = boundary(r, "apple")
    part = multipart("alternative", [text_part(t.replace("\U0001F605", ";)"), cs="windows-1252",
                                               cte="quoted-printable"),
                                     text_part(html_doc(t.replace("\U0001F605", ";)"), "apple"), subtype="html",
                                               cs="windows-1252", cte="quoted-printable")], b)
    mk(18, pos, "good-luck-chain", "windows-1252",
       "Brazilian exchange student forwards a Portuguese 'corrente da sorte' (pass to 15 people in 3 days)",
       "apple", mateus, [lucia, camille, jonas, A("Oliver Ackroyd", "oackroyd23@" + P), kai],
       "Corrente - n\u00e3o quebre!!", D("2024-11-02 15:33:21"), part)

    # ------------------------------------------------------------- P019
    h = ('<html><body style="background-color:#fff6fb">'
         '<center><font face="Georgia" size="5" color="#b0307a">\u2728 An Angel Has Been Sent To You \u2728</font>'
         '<br><br><font face="Georgia" size="3" color="#6b2a50">'
         'This angel has been sent to watch over you.<br>'
         'Make a wish now, before you read any further.<br><br>'
         'Now send this angel to <b>12 people in the next 12 minutes</b>,<br>'
         'including the person who sent it to you.<br><br>'
         'If you do, your wish will come true within 12 days.<br>'
         'If you break the circle, your wish will never come true<br>'
         'and your angel will leave you.<br><br>'
         '\U0001F47C\U0001F47C\U0001F47C<br><br>'
         'Angels do not judge you. But please don\'t be the one who stops this.<br></font>'
         '<br><font face="Arial" size="2" color="#333333">sending to all my lovely work family - '
         'Gail xx</font></center></body></html>')
    mk(19, pos, "angel-chain", "html-only",
       "Lunchtime supervisor sends an 'angel has been sent to you - send to 12 people in 12 minutes' chain",
       "outlook", marsden, [pryce, walsh, firth, dobson, reception, pike],
       "\U0001F47C for you \U0001F47C", D("2025-01-30 12:58:09"),
       text_part(h, subtype="html", cs="utf-8", cte="base64"))

    # ------------------------------------------------------------- P020
    t = ("WARNING!!!! (not from IT but my brother saw it on tiktok and its real)\n\n"
         "There is a file going round on Teams and school email called \"Homework Help.zip\". DO "
         "NOT open it. It wipes your laptop AND your OneDrive so all your coursework is gone, and "
         "then it sends your photos to everyone in your contacts. IT cant stop it because its "
         "too new.\n\n"
         "Its already happened to someone at Calder High.\n\n"
         "Send this to everyone in your year and everyone in your contacts so nobody opens it. "
         "The more people who know the less people get hacked!!!!\n\n"
         "Josh")
    mk(20, pos, "virus-hoax", "plain-7bit",
       "Pupil sends the whole year group an invented 'Homework Help.zip wipes your OneDrive, send to everyone' virus hoax",
       "webmail", josh, [y10all], "WARNING DO NOT OPEN HOMEWORK HELP!!!!", D("2025-05-06 08:02:49"),
       text_part(t, cs="us-ascii", cte="7bit"))

    # ------------------------------------------------------------- P021
    att = ("REMINDER......\n\n"
           "ALL MOBILE PHONE NUMBERS ARE BEING RELEASED TO CALL CENTRES AND TELEMARKETING "
           "COMPANIES NEXT MONTH!!\n\n"
           "This means you will start to receive sales calls on your mobile and YOU WILL BE "
           "CHARGED FOR THEM.\n\n"
           "To prevent this, ring 0345 070 0707 from your mobile. It is the National Do Not Call "
           "list. It takes about a minute and blocks your number for 5 years.\n\n"
           "You MUST call from the mobile you want to register.\n\n"
           "Please pass this on to ALL your friends and family, and anyone else in your address "
           "book. The deadline is the end of the month!!\n").replace("\n", "\r\n")
    t = ("Hi both,\n\nSee attached - got this from my neighbour. Worth doing I think, I've done "
         "mine already. Pass it round the department!\n\nMick")
    r = rng_b(21, pos)
    b = boundary(r, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(att.encode("ascii"), "text/plain", "MOBILE NUMBERS WARNING.txt")], b)
    mk(21, pos, "telemarketing-hoax", "attachment-txt",
       "Site manager forwards the 'all mobile numbers released to call centres, pass it to everyone' hoax as a .txt attachment",
       "outlook", dobson, [thornton, walsh], "FW: mobile numbers - read this", D("2025-03-18 10:44:12"), part)

    # ------------------------------------------------------------- P022
    t = ("I was sent this and I\u2019m not ashamed to pass it on.\n\n"
         "\u2018Wear RED on Friday\u2019\n\n"
         "Very soon you will see a great many people wearing red every Friday. The reason? We "
         "want our service men and women to know they have not been forgotten. Most of us have "
         "never known a war. The least we can do is wear red and PASS THIS ON.\n\n"
         "I bet 97% of people won\u2019t have the guts to forward this. If you are proud of our "
         "troops, send this to everyone you know. If you are not, just delete it and carry on "
         "with your day \u2013 we will know who you are.\n\n"
         "Mick Dobson\nSite Manager")
    mk(22, pos, "forward-if-you-care", "windows-1252",
       "Site manager forwards a 'Red Friday - 97% won't have the guts to forward this' guilt chain to all staff",
       "outlook", dobson, [allstaff], "FW: Red Friday - pass it on", D("2024-11-08 07:31:45"),
       text_part(t, cs="windows-1252", cte="8bit", quoted_cs=True))

    # ------------------------------------------------------------- P023
    t = ("Isabel,\n\nMy husband says this is nonsense but what's the harm! Apparently Bill Gates "
         "is giving away his fortune and if we all forward it we get something. Could you send it "
         "on to the other host families? Anything to help with the heating bills ha.\n\n"
         "Karen\n\n"
         "> Dear Friends,\n"
         "> Please do not dismiss this e-mail. Bill Gates is sharing his fortune. If you ignore "
         "this you will repent later. Microsoft is the most widely used e-mail program and they "
         "are running a beta test of their tracking software. When you forward this e-mail to "
         "friends, Microsoft can and will track it for a two week time period.\n"
         "> For every person that you forward this e-mail to, Microsoft will pay you \u00a3190. "
         "For every person that you sent it to that forwards it on, Microsoft will pay you "
         "\u00a360, and for every third person that receives it, you will be paid \u00a340. Within "
         "two weeks, Microsoft will contact you for your address and then send you a cheque.\n"
         "> I thought this was a scam myself, but two weeks after forwarding this my aunt "
         "received a cheque for \u00a34,324.44.\n"
         "> Forward to as many people as you can.")
    r = rng_b(23, pos)
    b = boundary(r, "gmail")
    part = multipart("alternative", [text_part(t, cs="UTF-8", cte="quoted-printable"),
                                     text_part(html_doc(t, "gmail"), subtype="html", cs="UTF-8",
                                               cte="quoted-printable")], b)
    mk(23, pos, "per-forward-payment", "multipart-alternative",
       "Host mum forwards the 'Microsoft/Bill Gates pays you per forward' hoax and asks the coordinator to send it to all host families",
       "gmail", hostmum, [ferreira], "Fwd: Bill Gates sharing his fortune!!!", D("2024-10-28 09:17:30"), part)

    # ------------------------------------------------------------- P024
    att = ("~*~*~ THE FOUR LEAF CLOVER ~*~*~\n\n"
           "this clover has been passed from friend to friend for 4 years\n"
           "whoever gets it must send it to 7 friends within 7 hours.\n\n"
           "7 friends = you will get a text from your crush\n"
           "4 friends = something good will happen on your birthday\n"
           "1-3 friends = nothing happens\n"
           "0 friends = 7 years of bad luck starting TOMORROW\n\n"
           "this is NOT a joke. rachel ignored it and she failed her mocks.\n"
           "open the file, read it, send it on!!! \U0001F340\n")
    t = "open the file and read it!!! dont ignore it x"
    r = rng_b(24, pos)
    b = boundary(r, "gmail")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit"),
                               attach(att.encode("utf-8"), 'text/plain; charset="UTF-8"', "clover.txt")], b)
    mk(24, pos, "good-luck-chain", "attachment-txt",
       "Pupil attaches a four-leaf-clover 'send to 7 friends in 7 hours' chain as clover.txt",
       "gmail", imogen, [maisie, ruby, amber, kayla, tia, jess, zara], "\U0001F340", D("2025-04-29 19:41:06"), part)

    # ------------------------------------------------------------- P025
    innertxt = ("To all the amazing women in my life\n\n"
                "This is a kindness chain for strong women. You were sent this because someone "
                "thinks you are a strong, beautiful woman.\n\n"
                "Send it to 7 women you admire in the next 24 hours, including the one who sent it "
                "to you. Something wonderful will happen to you on the 7th day.\n\n"
                "If you break the chain you are telling the woman who sent it that you don't care "
                "about her. Don't be that woman!\n\n"
                "\U0001F338 Women supporting women \U0001F338\n")
    ri = rng_b(25, pos, "inner")
    inner = build("gmail", friend_ext, [A("", "jan.firth@example.net")], "\U0001F338 Kindness chain - don't break it \U0001F338",
                  D("2025-03-07 21:10:15"), text_part(innertxt, cs="UTF-8", cte="quoted-printable"), ri)
    t = ("Thought you'd all want this one :) it's a nice one for International Women's Day! "
         "Don't break it girls!!\n\nJan\n\nJanet Firth\nHR Assistant | Kestrel Bridge UTC")
    r = rng_b(25, pos)
    b = boundary(r, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               rfc822_part(inner, "Kindness chain - don't break it.eml")], b)
    mk(25, pos, "kindness-chain", "rfc822-forward",
       "HR assistant forwards (as an attached message) a 'send to 7 women in 24h or you don't care' chain to female colleagues",
       "outlook", firth, [dunmore, qureshi, walsh, pryce, marsden, raman],
       "FW: Kindness chain - don't break it", D("2025-03-08 08:26:54"), part)

    # ------------------------------------------------------------- P026
    inner = ("URGENT URGENT URGENT\n\n"
             "A 3 year old boy at Great Ormond Street needs B NEGATIVE blood urgently for an "
             "operation. The hospital has run out. If you are B negative please call Dr Raymond "
             "Akers on 07700 900418.\n\n"
             "Even if you are not B negative PLEASE FORWARD THIS to everyone you know. You never "
             "know who might be able to help. It takes a second to forward and it could save his "
             "life.\n\n"
             "Please don't break the chain.")
    t = ("Hi all,\n\nAnyone know their blood group? This came to me from a friend who is a nurse. "
         "Please forward it to as many people as you can - family, friends, everyone.\n\n"
         "Ms Raman\n\n" +
         fwd_block_gmail(A("Sunita K", "sunita.k1987@example.com"), "2025-01-13 22:40",
                         "Fwd: Fwd: URGENT blood needed for little boy", [A("Priya Raman", "priya.raman.home@example.org")],
                         inner))
    mk(26, pos, "blood-appeal-hoax", "inline-forward",
       "Health lecturer forwards a stale 'B negative blood needed, forward to everyone' appeal to her students",
       "gmail", raman, [zara, ellie, freya, nadia, A("Health L3 Group", "health-l3@" + P)],
       "Fwd: URGENT blood needed for little boy", D("2025-01-14 07:18:22"),
       text_part(t, cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- P027
    t = ("Hello,\n\n"
         "Please can you send this to all the parents at the college, I think everyone needs to "
         "know before the summer.\n\n"
         "My friend's car caught fire on the Asda car park last week because she left a bottle "
         "of hand sanitiser on the dashboard in the sun. The alcohol in it heats up and it can "
         "set fire to your car in minutes. The fire brigade said they see it all the time now.\n\n"
         "Also don't leave water bottles in the car as the plastic leaks chemicals that cause "
         "cancer.\n\n"
         "PLEASE FORWARD THIS TO EVERYONE YOU KNOW, especially anyone with kids. Don't let it "
         "stop with you.\n\n"
         "Thanks\nSarah Varley (Freya's mum, Year 12)")
    mk(27, pos, "urban-legend-warning", "base64",
       "Parent asks reception to forward a 'hand sanitiser sets cars on fire - forward to everyone' urban legend to all parents",
       "webmail", parent3, [reception], "Please send to all parents!!", D("2025-06-14 10:02:38"),
       text_part(t, cs="utf-8", cte="base64"))

    # ------------------------------------------------------------- P028
    h = ("<p>Hi all (and some of our Y10 parents - hope you don't mind me adding you),</p>"
         "<p><b>PLEASE READ AND SHARE WITH EVERY PARENT YOU KNOW.</b></p>"
         "<p>There is a new 'challenge' going round called the <b>Blue Doll</b>. It is hidden inside "
         "children's videos on YouTube Kids and TikTok. A creepy doll pops up half way through a "
         "cartoon and tells children to hurt themselves and not tell their parents, and then "
         "threatens their family if they don't. Several children in the north-west have already "
         "been hospitalised.</p>"
         "<p>YouTube are refusing to take it down. The only way to stop it is if every parent "
         "knows about it.</p>"
         "<p style=\"color:red\"><b>Copy this and send it to everyone in your contacts - don't be "
         "the one who ignores it.</b></p>"
         "<p>Debbie</p>")
    mk(28, pos, "scare-hoax", "html-only",
       "Receptionist circulates a made-up 'Blue Doll challenge' scare to staff and some parents, asking all to forward to every parent",
       "outlook", walsh, [allstaff], "PLEASE READ - new challenge aimed at kids", D("2025-02-26 14:49:50"),
       text_part("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
                 "<body style=\"font-family:Calibri,sans-serif\">\n" + h + "\n</body>\n</html>\n",
                 subtype="html", cs="utf-8", cte="quoted-printable", quoted_cs=True),
       cc=[parent4, parent2])

    # ------------------------------------------------------------- P029
    orig = ("send this to 10 people and in 4 days the person you like will message you first. if "
            "you dont, they will start liking someone else. it works i swear it happened to my "
            "cousin. dont break it!!!!!!!!\n"
            "x Ellie")
    t = ("omg ok done, sending it to all of you now because I am NOT risking it \U0001F602\U0001F602 "
         "send it on!!\n\n" + on_wrote("2025-02-13 21:04", "Ellie Crowther <ecrowther23@students.school.example>")
         + "\n\n" + quote(orig))
    mk(29, pos, "crush-chain", "reply-quoted",
       "Pupil reply-alls to a 'send to 10 people and your crush will message you' chain and sends it on to more friends",
       "gmail", freya, [ellie, zara, nadia, kai, connor, josh, A("Lily Whiteley", "lwhiteley23@" + P)],
       "Re: dont break it \u2764\ufe0f", D("2025-02-13 21:17:31"),
       text_part(t, cs="UTF-8", cte="quoted-printable"),
       irt="<CAPx9d3kLr8_valentine-chain@mail.gmail.com>", refs="<CAPx9d3kLr8_valentine-chain@mail.gmail.com>")

    # ------------------------------------------------------------- P030
    t = ("GET TO KNOW YOUR FRIENDS!!!\n"
         "copy this, delete my answers, put yours in and send it to 10 people INCLUDING me. the "
         "person who gets the most back by sunday wins. if you dont send it on you'll have no "
         "luck in your exams lol\n\n"
         "1. name: kai\n"
         "2. nickname: k / kaiboy\n"
         "3. fave lesson: engineering obvs\n"
         "4. worst lesson: maths (sorry sir)\n"
         "5. dream car: r34 skyline\n"
         "6. crush?: not telling\n"
         "7. pineapple on pizza: yes\n"
         "8. what are u scared of: spiders and clara lol\n"
         "9. last thing u ate: greggs\n"
         "10. tag 10 people to do it: everyone in the To box\n\n"
         "SEND IT BACK!!!")
    mk(30, pos, "survey-chain", "hard-wrapped",
       "Pupil sends a copy-your-answers 'send to 10 people including me or no luck in exams' questionnaire chain",
       "thunderbird", kai, [connor, josh, harvey, leo, ollie, freya, ellie, zara, nadia, A("Sam Lister", "slister23@" + P)],
       "get to know you chain!!", D("2024-12-19 13:11:02"),
       text_part(hard_wrap(t, 72), cs="UTF-8", cte="7bit"))

    # =============================================================== negatives
    # ------------------------------------------------------------- N031
    t = ("Dear colleagues and students,\n\n"
         "This morning a number of you received an email that appears to come from "
         "\"Kestrel Bridge IT Helpdesk\" with the subject \"Mailbox storage full - action "
         "required\". It says your mailbox will be deleted unless you verify your account within "
         "24 hours, and it links to a fake Microsoft sign-in page.\n\n"
         "This is a phishing email. It did not come from us.\n\n"
         "What to do:\n"
         "  - Do NOT click the link or enter your password.\n"
         "  - Do NOT forward it to colleagues or friends to 'warn' them - that just spreads the "
         "link further. We will do the warning.\n"
         "  - Report it with the Report Message button in Outlook, then delete it.\n"
         "  - If you have already entered your password, change it straight away at "
         "https://passwords.school.example and ring us on extension 2240.\n\n"
         "We have blocked the sending address and the link, and removed most copies from "
         "mailboxes. A few may still have got through.\n\n"
         "Thanks for your vigilance - several of you reported it within minutes, which really "
         "helps.\n\n"
         "Rob Kettle\nNetwork Manager, IT Services")
    r = rng_b(31, neg)
    b = boundary(r, "outlook")
    part = multipart("alternative", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                                     text_part(html_doc(t, "outlook"), subtype="html", cs="us-ascii",
                                               cte="quoted-printable", quoted_cs=True)], b)
    mk(31, neg, "phishing-warning", "multipart-alternative",
       "IT Services warns staff and students about a real phishing email: don't click, don't forward, report and delete",
       "outlook", kettle, [allstaff, A("All Students", "allstudents@" + P)],
       "Phishing email this morning - please do not click or forward", D("2025-01-15 10:12:05"), part)

    # ------------------------------------------------------------- N032
    doc = make_docx([
        ("h", "PSHE Year 10 - Lesson 4: Hoaxes, chain messages and pressure online"),
        "Duration: 50 minutes. Resources: slides 1-12, example cards (printed), sticky notes.",
        "Learning objectives: recognise the features of a chain message or hoax; understand why they "
        "spread (fear, guilt, reward); know how to respond and who to tell.",
        "Starter (5 min): show the example card below on the board and ask students what they would do.",
        "Example card (fictional): \"Send this to 10 people in 10 minutes or you'll have 7 years of bad "
        "luck. A girl who ignored it broke her leg the next day. DON'T BREAK THE CHAIN!\"",
        "Main activity (20 min): in pairs, students highlight the pressure tactics - threats, deadlines, "
        "made-up stories about 'a girl in Leeds', promises of money or luck, and the instruction to "
        "forward. Feed back to whole class.",
        "Discussion (15 min): Why do people pass these on even when they know they are fake? How does it "
        "feel to receive a 'you're not my friend unless you send it back' message? Link to the "
        "college's acceptable use policy - chain messages must not be sent on college email.",
        "Plenary (10 min): each student writes one sentence of advice to a younger pupil on a sticky note. "
        "Key message: you do not have to pass it on, nothing bad will happen, and if a message scares "
        "you, talk to your tutor or the welfare team.",
        "Safeguarding note: if any student discloses distress caused by a message, follow the usual "
        "procedure and log on CPOMS.",
    ], title="Y10 PSHE L4 Hoaxes and chain messages", author="Joanne Pike")
    t = ("Hi all,\n\n"
         "Attached is the plan for next Thursday's PSHE lesson (Lesson 4 - hoaxes and chain "
         "messages). We've had a lot of the 'send this to 10 people' ones going round Year 10 "
         "lately so the timing is good.\n\n"
         "The example on the starter card is made up, please don't use a real one from a "
         "student's inbox. Slides are in the shared drive under PSHE > Y10 > Autumn 2.\n\n"
         "Any questions give me a shout.\n\nJo")
    r = rng_b(32, neg)
    b = boundary(r, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      "Y10 PSHE L4 Hoaxes and chain messages.docx")], b)
    mk(32, neg, "pshe-lesson", "attachment-docx",
       "PSHE lead sends tutors a lesson plan on hoaxes and chain messages that quotes an invented example",
       "outlook", pike, [y10tutors], "PSHE L4 plan - hoaxes and chain messages", D("2024-11-21 15:36:48"), part)

    # ------------------------------------------------------------- N033
    h = ('<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">'
         '<tr><td style="background:#00344f;color:#ffffff;padding:16px"><h2 style="margin:0">Kestrel Bridge UTC - '
         'Parent Newsletter</h2><p style="margin:0">Spring Term, issue 3</p></td></tr>'
         '<tr><td style="padding:16px">'
         '<h3>Open Evening - Thursday 6 March, 5.30-8pm</h3>'
         '<p>Our doors are open to families of Year 9 and Year 11 pupils thinking about joining us in '
         'September. Visitors can try the CNC machines, the mock hospital ward and the robotics lab. '
         '<b>If you know a family who might be interested, please pass this newsletter on to them</b> - '
         'word of mouth is still how most of our students find us.</p>'
         '<h3>Year 13 mock results</h3><p>Reports will go home on Friday 28 February.</p>'
         '<h3>Adult evening courses</h3><p>Enrolment for the summer block of Level 2 Electrical '
         'Installation and Introduction to Counselling Skills opens on 3 March.</p>'
         '<h3>Term dates</h3><p>Half term: 17-21 February. Easter break: 7-21 April.</p>'
         '<p>Thank you for your support,<br>Dr Helen Okafor, Principal</p>'
         '</td></tr></table>')
    mk(33, neg, "parent-newsletter", "html-only",
       "Newsletter to parents with open evening details and 'please pass this on to families who might be interested'",
       "webmail", news, [A("Parents and Carers", "parents@" + S)], "Parent Newsletter - Spring 3",
       D("2025-02-07 16:00:00"), text_part(h, subtype="html", cs="utf-8", cte="quoted-printable"),
       bcc=[parent1, parent2, parent3, parent4, parent5])

    # ------------------------------------------------------------- N034
    t = ("Hi L3 Engineering,\n\n"
         "As promised, here's the brief for Unit 14 Assignment 2 - Supply Chain Resilience.\n\n"
         "Scenario: Arden Precision Engineering makes hydraulic fittings for agricultural "
         "machinery. Last winter a fire at a single Tier 2 supplier of brass bar stopped their "
         "production line for eleven days.\n\n"
         "Task 1 (P3, P4): Map Arden's supply chain from raw material to end customer. Identify "
         "each tier and the single points of failure.\n"
         "Task 2 (M2): Compare just-in-time and just-in-case stock policies for Arden. Use the "
         "lead-time data on page 3 of the case study.\n"
         "Task 3 (D1): Recommend and justify a resilience plan - dual sourcing, safety stock, "
         "nearshoring or a mix - with costs.\n\n"
         "Hand-in: Friday 14 March via Teams. No extensions without talking to me first.\n\n"
         "We'll have a visit from Arden's supply chain manager in the lesson on 27 February, so "
         "come with questions.\n\n"
         "Mr W")
    mk(34, neg, "supply-chain-assignment", "hard-wrapped",
       "Engineering lecturer sends L3 students an assignment brief on supply chain resilience",
       "thunderbird", wisniewski, [A("L3 Engineering 2024-26", "eng-l3@" + P)],
       "Unit 14 Assignment 2 - Supply Chain Resilience", D("2025-02-17 09:05:37"),
       text_part(hard_wrap(t, 74), cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- N035
    orig = ("Rob, the second screen in D14 has stopped working again - the PC only has one "
            "DisplayPort. Is there any way to get both monitors running before period 3?\n\n"
            "Thanks, Dev")
    t = ("Yes - those Dell monitors support DisplayPort MST, so you can daisy-chain them. Run a "
         "DP cable from the PC to monitor 1, then from monitor 1's DP-out to monitor 2. You'll "
         "need to turn on MST in the first monitor's menu (Display > DP 1.2). I'll bring a cable "
         "up at break.\n\nRob\n\n" + on_wrote("2025-03-05 09:41", "Dev Chauhan <d.chauhan@school.example>")
         + "\n" + quote(orig))
    mk(35, neg, "daisy-chain-monitors", "reply-quoted",
       "Network manager replies to a teacher explaining how to daisy-chain two monitors via DisplayPort",
       "thunderbird", kettle, [chauhan], "Re: D14 second screen", D("2025-03-05 09:58:12"),
       text_part(flowed(t), cs="UTF-8", cte="7bit", fmt_flowed=True),
       irt="<5c1e2a9f-1d7b-4c55-9a0e-d14screen@school.example>", refs="<5c1e2a9f-1d7b-4c55-9a0e-d14screen@school.example>")

    # ------------------------------------------------------------- N036
    t = ("Hi Year 10 Combined Science,\n\n"
         "Homework for Monday: food chains and food webs.\n\n"
         "1. Draw a food chain for the rock pool we looked at on the field trip, with at least "
         "four links (e.g. seaweed -> limpet -> dog whelk -> crab -> gull).\n"
         "2. Label the producer, primary consumer, secondary consumer and apex predator.\n"
         "3. Explain in 3-4 sentences what would happen to the chain if the limpets were wiped "
         "out by pollution.\n"
         "4. Extension: why is energy 'lost' at each link? Mention respiration and heat.\n\n"
         "Upload a photo of your work to Teams. If you missed the trip, use the picture on slide "
         "6.\n\n"
         "Mrs Brennan")
    mk(36, neg, "food-chain-homework", "plain-7bit",
       "Biology teacher sets Year 10 homework on food chains and food webs",
       "webmail", brennan, [A("10B Combined Science", "10b-science@" + P)], "Homework - food chains (due Monday)",
       D("2024-10-04 14:25:10"), text_part(t, cs="us-ascii", cte="7bit"))

    # ------------------------------------------------------------- N037
    t = ("Dear all,\n\n"
         "On Saturday 17 May our Health & Social Care students are walking the 12 miles of the "
         "Calder Valley Greenway to raise money for the children's ward at Calder & Aire "
         "Hospitals, where many of them do their placements.\n\n"
         "You can sponsor the team on our JustGiving page: "
         "https://www.justgiving.example/kbutc-greenway-walk\n\n"
         "Staff, parents and friends are welcome to walk with us - meet at Sowerby Bridge "
         "station at 9am. Please wear sensible shoes and bring water. Let Ms Raman know by 9 May "
         "if you are coming so we can plan the minibus back.\n\n"
         "Feel free to share the JustGiving link with family and friends who might like to "
         "support us. Every pound goes to the ward's play-and-sensory room appeal.\n\n"
         "Thank you!\nPriya Raman\nHealth Sciences Lead")
    r = rng_b(37, neg)
    b = boundary(r, "gmail")
    part = multipart("alternative", [text_part(t, cs="UTF-8", cte="7bit"),
                                     text_part(html_doc(t, "gmail"), subtype="html", cs="UTF-8",
                                               cte="quoted-printable")], b)
    mk(37, neg, "charity-walk", "multipart-alternative",
       "Health lead announces a sponsored walk for the hospital children's ward with a JustGiving link to share",
       "gmail", raman, [allstaff], "Sponsored Greenway walk - Sat 17 May", D("2025-04-23 11:47:22"), part,
       cc=[parent3, parent4])

    # ------------------------------------------------------------- N038
    t = ("Dear staff,\n\n"
         "The Student Council has started a petition asking Ashworth Council to put a "
         "pedestrian crossing on Ferry Lane outside the main gate. Since September there have "
         "been two near misses involving Year 10 students at home time.\n\n"
         "You can sign at reception, or online via the council's e-petition page "
         "(https://democracy.ashworth.gov.example/epetitions/ferry-lane). We have 212 signatures "
         "so far. Cllr Mahmood has agreed to receive it at the Highways Committee on 12 March, "
         "and two of us will speak for three minutes each.\n\n"
         "If you've seen any incidents on Ferry Lane, we'd really like a short written account "
         "(no names of students needed) to include with the petition.\n\n"
         "Thank you,\nNadia Begum and Kacper Zieli\u0144ski\nStudent Council co-chairs")
    mk(38, neg, "genuine-petition", "flowed",
       "Student council asks staff to sign a real council e-petition for a crossing, to be presented at committee",
       "thunderbird", nadia, [allstaff], "Student Council petition - Ferry Lane crossing",
       D("2025-02-24 12:40:18"), text_part(flowed(t), cs="UTF-8", cte="8bit", fmt_flowed=True), cc=[kacper, okafor])

    # ------------------------------------------------------------- N039
    t = ("Hi everyone,\n\n"
         "As most of you know, Gwen from the canteen is retiring at Easter after 23 years with us "
         "(and the old school before that!).\n\n"
         "There's a card going round - it's in the staffroom pigeon hole marked 'GWEN' at the "
         "moment. Please sign it and pass it on to the next department on the list taped to the "
         "front, so it gets everywhere without her seeing it. Last stop is Reception by Wednesday "
         "2 April.\n\n"
         "There's also a collection for a gift (she's mentioned a garden bench...). Cash in the "
         "envelope with the card, or give it to me.\n\n"
         "Thanks!\nDebbie")
    mk(39, neg, "leaving-card", "qp",
       "Receptionist asks staff to sign a retirement card and pass it on to the next department",
       "outlook", walsh, [allstaff], "Gwen's leaving card - please sign and pass on", D("2025-03-24 08:58:40"),
       text_part(t, cs="utf-8", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- N040
    t = ("Dear parents and carers,\n\n"
         "Some of you will have seen a message shared on WhatsApp and Facebook this week about a "
         "so-called 'Blue Doll challenge' that supposedly appears in children's videos. We have "
         "checked with the police schools liaison officer and the UK Safer Internet Centre: "
         "there is no evidence that this exists. It follows the same pattern as earlier hoaxes.\n\n"
         "We would ask you NOT to forward the message or show it to your children. Warnings like "
         "this can frighten young people and make them curious enough to go looking. If you "
         "have already shared it, there is no need to worry - simply don't pass it on further.\n\n"
         "What does help is talking to your child about what they watch, keeping devices out "
         "of bedrooms at night, and reminding them they can always tell you, their tutor, or our "
         "welfare team if something online upsets them.\n\n"
         "Useful guidance for parents: https://www.saferinternet.example/parents\n\n"
         "Yours sincerely,\n\n"
         "Bethan Morgan\nDesignated Safeguarding Lead")
    mk(40, neg, "hoax-debunk-letter", "flowed",
       "DSL writes to parents that a circulating 'challenge' is a hoax and asks them not to forward it",
       "apple", morgan, [A("Parents and Carers", "parents@" + S)], "A message about an online 'challenge'",
       D("2025-02-27 15:20:09"), text_part(flowed(t), cs="us-ascii", cte="7bit", fmt_flowed=True),
       bcc=[parent1, parent2, parent3, parent4, parent5], cc=[okafor])

    # ------------------------------------------------------------- N041
    t = ("Dear tutors,\n\n"
         "The following students have not yet confirmed their exam entry statements for the "
         "summer series, which means I can't check their tiers or options are right:\n\n"
         "  12KT: 4 students   12RA: 2 students   13HB: 7 students   13MF: 1 student\n\n"
         "The individual names are on the Exams tab in the tutor tracker.\n\n"
         "Could you please forward this email to anyone in your group who hasn't confirmed, or "
         "remind them in tutor time? They just need to open the statement in their Exams folder "
         "on Teams, check it, and click 'Confirm'. Deadline is Friday 31 January - after that late "
         "entry fees apply (\u00a325-\u00a345 per paper) and will be charged to the student.\n\n"
         "Many thanks,\nSandra\n\nSandra Holt\nExams Officer\nKestrel Bridge UTC")
    mk(41, neg, "exams-forward-request", "qp",
       "Exams officer asks tutors to forward a reminder about entry statements to students who haven't confirmed",
       "outlook", holt, [tutors], "Entry statements - please forward to students who haven't confirmed",
       D("2025-01-20 13:34:56"), text_part(t, cs="iso-8859-1", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- N042
    h = ('<html><body style="font-family:Calibri,Arial;font-size:11pt">'
         '<p>Hi Marcus,</p>'
         '<p>Hope you\'re well. We\'ve got three <b>Level 3 Engineering Technician apprenticeship</b> '
         'vacancies starting in September (two in maintenance, one in quality). Could you share them '
         'with your Year 13s and any Year 12s on the T Level who might want to switch?</p>'
         '<ul><li>Salary: &pound;17,500 rising to &pound;22,000 in year 3</li>'
         '<li>Day release to Kestrel Bridge UTC</li>'
         '<li>Closing date: 30 April</li>'
         '<li>Apply: <a href="https://careers.northgate-robotics.example/apprentices">careers.northgate-robotics.example/apprentices</a></li></ul>'
         '<p>Happy to come in for an assembly or a careers lunchtime if that helps - just let me know a date.</p>'
         '<p>Kind regards,<br>Dawn Illingworth<br>Early Careers Partner<br>Northgate Robotics Ltd<br>'
         'T: 0113 496 0721</p></body></html>')
    mk(42, neg, "employer-share-vacancy", "html-only",
       "Employer partner asks the placement coordinator to share apprenticeship vacancies with students",
       "outlook", A("Dawn Illingworth", "dawn.illingworth@northgate-robotics.example"), [fenwick],
       "Apprenticeship vacancies - please share with your students", D("2025-03-13 11:22:47"),
       text_part(h, subtype="html", cs="iso-8859-1", cte="quoted-printable", quoted_cs=True),
       cc=[ashby])

    # ------------------------------------------------------------- N043
    t = ("Hi all,\n\n"
         "NHS Blood and Transplant's mobile team are coming to the sports hall on Wednesday 9 "
         "April, 10am-3pm. This is open to staff, adult learners and students aged 17 and over.\n\n"
         "Book a slot at https://www.blood.example/book (search 'Kestrel Bridge'). Walk-ins are "
         "possible but not guaranteed.\n\n"
         "They are particularly short of O negative and B negative donors, and of younger "
         "donors generally - so if you've never given before this is a good chance. Tell "
         "friends and family who live locally; the session is open to the public too.\n\n"
         "Eat a proper breakfast and drink plenty of water before you come. Our Level 3 Health "
         "students will be helping at the refreshments table as part of their volunteering "
         "hours.\n\n"
         "Priya")
    mk(43, neg, "blood-donation-session", "base64",
       "Health lead announces a real NHS blood donation session at the college and invites friends and family",
       "webmail", raman, [allstaff, A("L3 Health", "health-l3@" + P)], "Blood donation session - Wed 9 April",
       D("2025-03-26 10:07:33"), text_part(t, cs="utf-8", cte="base64"))

    # ------------------------------------------------------------- N044
    innertxt = ("Hi Mrs Lowe\n\n"
                "Send this to 10 people in the next hour or you will have bad luck in your "
                "exams. A boy from Brighouse deleted it and failed all his GCSEs. DON'T BREAK THE "
                "CHAIN!!\n\n"
                "sorry miss loads of people in my form have got this and some of the year 10s are "
                "really worried about it\n\nMaisie")
    ri = rng_b(44, neg, "inner")
    inner = build("android", maisie, [lowe], "Fwd: exam luck chain", D("2025-05-13 08:11:20"),
                  text_part(innertxt, cs="UTF-8", cte="7bit"), ri)
    t = ("Hi Rob,\n\n"
         "Reporting this as per the policy - a couple of my Y10s have had it from an address "
         "outside college and it's upsetting some of them before exams. Maisie forwarded it to me "
         "to ask what to do (attached).\n\n"
         "Is there any way to block it coming in? I'll speak to the year group in assembly "
         "tomorrow and tell them to delete it and not pass it on.\n\n"
         "Thanks,\nHannah")
    r = rng_b(44, neg)
    b = boundary(r, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               rfc822_part(inner, "Fwd exam luck chain.eml")], b)
    mk(44, neg, "report-to-it", "rfc822-forward",
       "Head of Year reports a chain letter to IT as an attached message, asking for it to be blocked",
       "outlook", lowe, [itserv], "Chain email going round Y10 - can it be blocked?", D("2025-05-13 09:02:16"),
       part, cc=[kettle])

    # ------------------------------------------------------------- N045
    t = ("Dear invigilators,\n\n"
         "A reminder about chain of custody for the summer series, following the JCQ inspection "
         "last year.\n\n"
         "1. Question paper packets stay sealed in the secure room until 30 minutes before the "
         "start. Two people (one from the exams office) open the secure room and sign the log.\n"
         "2. The lead invigilator signs for each packet against the seating plan, and the packets "
         "are carried straight to the exam room - no stopping at the staffroom.\n"
         "3. Packets are opened in the exam room, in front of candidates, at the start time.\n"
         "4. Completed scripts are counted, sealed in the return envelopes and brought straight "
         "back to the secure room. The time and signature go in the log.\n"
         "5. Any break in the chain (a packet left unattended, a seal broken early, a delay) "
         "must be reported to me the same day.\n\n"
         "Training refresher: Tuesday 29 April, 3.45pm, room G12.\n\n"
         "Sandra Holt\nExams Officer")
    mk(45, neg, "chain-of-custody", "hard-wrapped",
       "Exams officer reminds invigilators of the chain-of-custody procedure for exam papers",
       "outlook", holt, [invig], "Chain of custody - summer series reminder", D("2025-04-22 16:15:02"),
       text_part(hard_wrap(t, 72), cs="us-ascii", cte="7bit", quoted_cs=True))

    # ------------------------------------------------------------- N046
    t = ("Hi Mr Chauhan,\n\n"
         "Here is my answer for the blockchain homework question, I wasn't sure if it was long "
         "enough.\n\n"
         "Q: Explain how a blockchain makes it hard to change old records.\n\n"
         "A blockchain is a list of blocks where each block stores some transactions, a "
         "timestamp and the hash of the block before it. A hash is like a fingerprint - if you "
         "change even one character in the block, the hash changes completely. So if someone "
         "edits an old block, its hash no longer matches the one stored in the next block, which "
         "breaks the chain from that point onwards. To cover it up they would have to recalculate "
         "every block after it, and with proof of work that takes a huge amount of computing "
         "power, faster than the rest of the network. Also lots of computers keep a copy so "
         "they would all disagree with the changed version.\n\n"
         "Is that ok? I can add a diagram if needed.\n\nThanks,\nLeo")
    mk(46, neg, "blockchain-homework", "base64",
       "Student sends his computing teacher a homework answer explaining how blocks are chained by hashes",
       "webmail", leo, [chauhan], "blockchain homework", D("2025-01-27 20:44:51"),
       text_part(t, cs="utf-8", cte="base64"))

    # ------------------------------------------------------------- N047
    t = ("Hi all,\n\n"
         "We\u2019ve entered a staff team for Race for Life at Roundhay Park on Sunday 15 June "
         "(5k \u2013 walk, jog or run, all welcome). Team name: \u201cKestrel Bridge Bionic Legs\u201d.\n\n"
         "Sign-up is \u00a318.99 per person on the Cancer Research site \u2013 choose \u2018join a "
         "team\u2019 and search for us. There are 9 of us so far.\n\n"
         "If you know anyone else who\u2019d like to join \u2013 partners, friends, former "
         "colleagues \u2013 feel free to forward this on to them. We\u2019ll share lifts on the day.\n\n"
         "Claire")
    mk(47, neg, "race-for-life", "windows-1252",
       "HR manager invites colleagues to join a staff Race for Life team and says they can forward it to friends",
       "outlook", dunmore, [allstaff], "Race for Life team - join us!", D("2025-04-02 12:18:30"),
       text_part(t, cs="windows-1252", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- N048
    orig = ("THIS IS THE LUCKY STAR it has been round the world 9 times. send it to 12 people in "
            "the next hour and something you have been waiting for will happen by friday. if you "
            "delete it you get 3 years bad luck.")
    t = ("Hi Kayla,\n\n"
         "Thanks for being honest that you sent this round - I know you didn't mean any harm. "
         "But please don't send it on to anyone else. Messages like this are made up. Nobody "
         "gets bad luck for deleting an email, and some of the younger students find them "
         "genuinely frightening.\n\n"
         "The college email rules also say no chain letters, so if you get another one just "
         "delete it (or show me if it's worrying you).\n\n"
         "See you in tutor time,\nMiss Lowe\n\n" +
         on_wrote("2024-11-15 08:03", "Kayla Brooks <kbrooks24@students.school.example>") + "\n"
         "> sorry miss i sent this to people last night, is it real??\n>\n" + quote(orig))
    mk(48, neg, "teacher-reply-hoax", "reply-quoted",
       "Head of Year replies to a pupil, quoting the chain she sent, telling her it's fake and not to pass it on",
       "apple", lowe, [kayla], "Re: dont break it!!!", D("2024-11-15 12:47:03"),
       text_part(flowed(t), cs="us-ascii", cte="7bit", fmt_flowed=True),
       irt="<9A41C0DE-22B1-4F0E-9C8B-3D5E1F0A7B21@students.school.example>",
       refs="<9A41C0DE-22B1-4F0E-9C8B-3D5E1F0A7B21@students.school.example>")

    # ------------------------------------------------------------- N049
    t = ("Dear host families,\n\n"
         "Thank you all for a brilliant autumn term - our exchange students from Spain, "
         "Germany, France and Brazil have settled in so well and that is down to you.\n\n"
         "A few dates for your diary:\n"
         "  - Host family coffee morning: Saturday 18 January, 10.30am, college caf\u00e9\n"
         "  - Spring arrivals (6 students from our partner school in Bochum): Sunday 23 February\n"
         "  - Host payments for January will be made on 31 January\n\n"
         "We are looking for four more families for the spring. If you have friends, neighbours "
         "or family who might enjoy hosting a 16-17 year old for 6-12 weeks, please pass this on "
         "and ask them to contact me. Hosts need a spare bedroom, a DBS check (we arrange it) "
         "and a sense of humour.\n\n"
         "Warm wishes and happy new year,\n\n"
         "Isabel Ferreira\nInternational Coordinator")
    r = rng_b(49, neg)
    b = boundary(r, "outlook")
    part = multipart("alternative", [text_part(t, cs="utf-8", cte="quoted-printable", quoted_cs=True),
                                     text_part(html_doc(t, "outlook"), subtype="html", cs="utf-8",
                                               cte="quoted-printable", quoted_cs=True)], b)
    mk(49, neg, "host-family-newsletter", "multipart-alternative",
       "International coordinator's host-family newsletter asking them to pass it to friends who might host",
       "outlook", ferreira, [hosts_list], "Host family update - January", D("2025-01-06 17:30:44"), part,
       bcc=[hostmum, A("", "the.ramsdens@example.org"), A("", "p.kaur@mailbox.example")])

    # ------------------------------------------------------------- N050
    pdf = make_pdf([
        "KESTREL BRIDGE UTC - ENGINEERING WORKSHOP SAFETY NOTICE",
        "",
        "Chain slings and lifting accessories - LOLER inspection",
        "",
        "All chain slings, shackles and eyebolts in workshops W1-W3 were thoroughly",
        "examined on 10 March 2025 by the insurer's engineer.",
        "",
        "Results: 14 items passed. 2 items FAILED and have been quarantined:",
        "  - 2-leg chain sling, tag CS-07 (stretched link, elongation over 5%)",
        "  - Bow shackle, tag SH-22 (bent pin)",
        "",
        "Before every lift: check the tag is in date, look for nicks, stretch or",
        "twisted links, and never shorten a chain by knotting it.",
        "",
        "Next thorough examination due: September 2025.",
        "Questions: Lee Thornton, Engineering Technician, ext 2213",
    ], title="Workshop safety notice - chain slings")
    t = ("Hi all,\n\nResults of last week's LOLER inspection attached. Two items failed and are "
         "now locked in the red cage in W2 - please make sure nobody borrows them. Please print "
         "and pin the notice up in W1-W3.\n\nLee")
    r = rng_b(50, neg)
    b = boundary(r, "thunderbird")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit", fmt_flowed=True),
                               attach(pdf, "application/pdf", "Workshop safety notice - chain slings.pdf")], b,
                     preamble="This is a multi-part message in MIME format.")
    mk(50, neg, "chain-sling-safety", "attachment-pdf",
       "Technician circulates a PDF safety notice about failed chain slings after a LOLER inspection",
       "thunderbird", thornton, [engstaff], "LOLER inspection - chain slings (2 failed)", D("2025-03-17 08:40:22"), part)

    # ------------------------------------------------------------- N051
    inner = ("Dear Heads of Department,\n\n"
             "With snow forecast for Thursday, a reminder of how the phone cascade works if I "
             "decide to close the college. I will make the decision by 6.30am.\n\n"
             "1. I ring each Head of Department.\n"
             "2. You ring the two people directly under you on your department list.\n"
             "3. Each of them rings the two people under them. If someone can't be reached, leave "
             "a voicemail AND send a text, then ring the next person down as well so the cascade "
             "doesn't stop.\n"
             "4. The last person on each branch texts their Head of Department to say it's done.\n\n"
             "Closure will also be on the website, the college X account and local radio by "
             "7.15am. Students and parents are told by text and email, not by the cascade.\n\n"
             "Helen")
    t = ("Hi team - see Helen's note below. Our branches are:\n\n"
         "  Priya -> Aoife, Carol\n"
         "  Aoife -> Naomi, Jas\n"
         "  Carol -> Mel, Tony\n\n"
         "Home numbers are on the sheet in the department office; please check yours is up to "
         "date before Thursday.\n\nPriya\n\n" +
         fwd_block_gmail(okafor, "2025-01-08 14:12", "Snow closure - phone cascade reminder",
                         [A("Heads of Department", "hods@school.example")], inner))
    mk(51, neg, "phone-cascade", "inline-forward",
       "Department head forwards the Principal's snow-closure phone cascade (each person rings the next two)",
       "gmail", raman, [healthstaff], "Fwd: Snow closure - phone cascade reminder", D("2025-01-08 16:02:14"),
       text_part(t, cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- N052
    h = ('<div style="font-family:Verdana,sans-serif;font-size:10pt">'
         '<p>&#127876; <b>Staff Secret Santa 2024</b> &#127876;</p>'
         '<p>It\'s back! If you\'d like to take part, add your name to the sign-up sheet in the '
         'staffroom (or reply to this email) by <b>Friday 29 November</b>.</p>'
         '<p>Names will be drawn on Monday 2 December and you\'ll get a slip in your pigeon hole. '
         'Spend limit is &pound;10. Presents under the tree in the staffroom by Thursday 19 December '
         'and we\'ll open them at the staff lunch.</p>'
         '<p>No pressure to join in - and if you\'ve got any ideas for the staff lunch, let us '
         'know!</p><p>The Social Committee &#127873;</p></div>')
    mk(52, neg, "secret-santa", "html-only",
       "Staff social committee's Secret Santa sign-up with a spend limit and dates",
       "outlook", socialcttee, [allstaff], "Secret Santa 2024 - sign up!", D("2024-11-18 12:30:00"),
       text_part(h, subtype="html", cs="us-ascii", cte="7bit", quoted_cs=True), env_from="s.kendrick@" + S)

    # ------------------------------------------------------------- N053
    t = ("Hello,\n\n"
         "Thank you for studying with us this year. Our summer evening courses are now open for "
         "enrolment:\n\n"
         "  * Level 2 Electrical Installation (Tues & Thurs, 6-9pm, 10 weeks)\n"
         "  * Introduction to Counselling Skills (Mon, 6.30-8.30pm, 8 weeks)\n"
         "  * Essential Digital Skills (Wed, 6-8pm, free for eligible learners)\n"
         "  * First Aid at Work refresher (two Saturdays)\n\n"
         "REFER A FRIEND: if a friend enrols on any fee-paying course and gives your name, you'll "
         "both get 10% off your next course fee. There's no limit on the number of friends you "
         "can refer.\n\n"
         "Enrol online at https://www.school.example/adult or call the adult education office on "
         "0113 496 0588.\n\n"
         "Best wishes,\nSheila Hartley\nAdult Education Coordinator\n\n"
         "You are receiving this because you enrolled on an adult course in 2024-25. To stop "
         "receiving course updates, reply with 'unsubscribe'.")
    r = rng_b(53, neg)
    b = boundary(r, "gmail")
    part = multipart("alternative", [text_part(t, cs="UTF-8", cte="7bit"),
                                     text_part(html_doc(t, "gmail"), subtype="html", cs="UTF-8",
                                               cte="quoted-printable")], b)
    mk(53, neg, "refer-a-friend", "multipart-alternative",
       "Adult education course mailing with a refer-a-friend 10% discount offer",
       "gmail", hartley, [A("Adult learners", "adult-learners@" + S)], "Summer evening courses - enrol now",
       D("2025-04-07 17:05:11"), part,
       bcc=[A("", "m.oconnell@example.com"), A("", "bev.thackray@example.net"), A("", "stuart.h@mailbox.example")])

    # ------------------------------------------------------------- N054
    t = ("Dear colleague,\n\n"
         "Northfield University's School of Engineering is running a free Year 13 \"Engineering "
         "Taster Day\" on Wednesday 2 July, 9.30am-3pm. Students will take part in a bridge-"
         "building challenge, tour our wind tunnel and hear from current students about "
         "applications and finance.\n\n"
         "We would be very grateful if you could circulate this to your Year 12 and Year 13 "
         "students studying Maths, Physics or Engineering. Places are limited to 60 and will be "
         "allocated first come, first served, with priority for students who would be the first "
         "in their family to go to university.\n\n"
         "Booking: https://www.northfield.ac.example/engineering-taster\n"
         "Travel bursaries are available for schools more than 20 miles away.\n\n"
         "With best wishes,\n\n"
         "Dr Anjali Menon\nOutreach Officer, School of Engineering\nNorthfield University")
    mk(54, neg, "university-outreach", "hard-wrapped",
       "University outreach officer asks the college to circulate an engineering taster day to students",
       "thunderbird", A("Dr Anjali Menon", "a.menon@northfield.ac.example"), [fenwick, wisniewski],
       "Year 13 Engineering Taster Day - please circulate", D("2025-05-20 10:31:57"),
       text_part(hard_wrap(t, 72), cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- N055
    att = ("CENTRE UPDATE 2025/07\n"
           "Subject: Changes to evidence requirements for T Level Health occupational specialisms\n\n"
           "From 1 September 2025, centres must upload the employer observation record for each "
           "practical assessment within 10 working days of the assessment date. Records uploaded "
           "after this date will be held for review and may delay certification.\n\n"
           "A revised template (OSR-4 v3) is available in the Centre Portal under Forms.\n\n"
           "Centres are asked to cascade this update to all assessors, internal quality assurers "
           "and exams staff involved in delivering the qualification.\n")
    t = ("Dear Exams Officer,\n\n"
         "Please find attached Centre Update 2025/07. We'd be grateful if you could cascade it to "
         "all relevant staff in your centre.\n\n"
         "If you have any questions please contact the Centre Support team on 0161 496 0450.\n\n"
         "Regards,\nCentre Support\nNexus Awards\n\n"
         "This email and any attachments are confidential and intended solely for the addressee.")
    r = rng_b(55, neg)
    b = boundary(r, "gmail")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit"),
                               attach(att.encode("ascii"), 'text/plain; charset="us-ascii"', "Centre Update 2025-07.txt",
                                      cte="7bit")], b)
    mk(55, neg, "awarding-body-cascade", "attachment-txt",
       "Awarding body sends a centre update asking the exams officer to cascade it to assessors",
       "webmail", A("Nexus Awards Centre Support", "centresupport@nexus-awards.example"), [exams],
       "Centre Update 2025/07 - please cascade", D("2025-06-05 14:00:03"), part)

    # ------------------------------------------------------------- N056
    t = ("Liebe Frau Ferreira,\n\n"
         "vielen Dank f\u00fcr Ihre E-Mail. Anbei die wichtigsten Informationen zum Austausch im "
         "Fr\u00fchjahr:\n\n"
         "- Ankunft: Sonntag, 23. Februar, Flughafen Manchester, 14:35 Uhr (Eurowings EW 9342)\n"
         "- Begleitlehrerin: Frau J\u00fcrgens (Englisch/Biologie)\n"
         "- R\u00fcckflug: Samstag, 5. April\n\n"
         "K\u00f6nnten Sie diese Informationen bitte an die Gastfamilien weiterleiten? Die "
         "Sch\u00fcler freuen sich schon sehr.\n\n"
         "(In English, in case it helps the families: arrival Sunday 23 Feb, Manchester Airport "
         "14:35, flight EW 9342; teacher Frau J\u00fcrgens; return Saturday 5 April. Could you "
         "please forward this to the host families?)\n\n"
         "Mit freundlichen Gr\u00fc\u00dfen\n\n"
         "Matthias Krause\nKoordinator Internationale Beziehungen\nHeinrich-Hertz-Gymnasium Bochum")
    mk(56, neg, "partner-school-forward", "iso-8859-1",
       "German partner school sends arrival details in German and asks for them to be forwarded to host families",
       "thunderbird", A("Matthias Krause", "m.krause@hhg-bochum.example"), [ferreira],
       "Austausch Fr\u00fchjahr 2025 \u2013 Ankunft", D("2025-01-29 11:48:26"),
       text_part(t.replace("\u2013", "-"), cs="ISO-8859-1", cte="quoted-printable"))

    # ------------------------------------------------------------- N057
    t = ("Dear students,\n\n"
         "Tomorrow the summer exam season properly begins, and I wanted to wish every one of you "
         "the very best of luck.\n\n"
         "To our Year 11s starting GCSEs, our Year 13s sitting their final A levels and T Level "
         "papers, and our Level 3 apprentices heading into end-point assessment: you have worked "
         "incredibly hard, and your teachers are proud of you.\n\n"
         "A few reminders: check your timetable the night before, bring two black pens and your "
         "candidate number, and arrive 20 minutes early. Breakfast is free in the canteen from "
         "8am on every exam day.\n\n"
         "If you're feeling anxious, the welfare team are in room G04 all day, every day.\n\n"
         "Good luck - and remember that one exam doesn't define you.\n\n"
         "Dr Helen Okafor\nPrincipal")
    r = rng_b(57, neg)
    b = boundary(r, "apple")
    part = multipart("alternative", [text_part(flowed(t), cs="us-ascii", cte="7bit", fmt_flowed=True),
                                     text_part(html_doc(t, "apple"), subtype="html", cs="us-ascii",
                                               cte="quoted-printable")], b)
    mk(57, neg, "good-luck-exams", "flowed",
       "Principal wishes all students good luck for the summer exams",
       "apple", okafor, [A("All Students", "allstudents@" + P)], "Good luck!", D("2025-05-11 18:00:42"), part)

    # ------------------------------------------------------------- N058
    t = ("CYBER AWARENESS - 5 MINUTE BRIEFING FOR STAFF (January)\n"
         "Topic: How to spot hoaxes, scams and chain emails\n\n"
         "Each month we're sharing one short topic from the staff cyber training. This month: "
         "hoaxes.\n\n"
         "Warning signs:\n"
         "  - It asks you to forward it to \"everyone in your address book\" or \"10 people\".\n"
         "  - It claims a big company (Microsoft, Facebook, WhatsApp) will pay, donate or "
         "charge you depending on how many people you send it to. They won't.\n"
         "  - It threatens bad luck, a virus that \"burns your hard disk\", or losing your "
         "account if you don't pass it on.\n"
         "  - It has no date, no named source you can check, and lots of capitals and "
         "exclamation marks.\n"
         "  - It says \"this is not a hoax\" or \"my friend in the police confirmed it\".\n\n"
         "What to do: don't forward it (even to warn people), check a fact-checking site if "
         "you're unsure, and report anything that contains a link or attachment using the Report "
         "Message button. If students bring one to you, reassure them and remind them not to "
         "send it on.\n\n"
         "Next month: QR code scams.\n\n"
         "IT Services")
    mk(58, neg, "cyber-awareness", "hard-wrapped",
       "IT's monthly staff cyber briefing describing the warning signs of hoaxes and chain emails",
       "webmail", itserv, [allstaff], "Cyber awareness: spotting hoaxes and chain emails",
       D("2025-01-24 08:30:00"), text_part(hard_wrap(t, 76), cs="us-ascii", cte="7bit"), env_from="r.kettle@" + S)

    # ------------------------------------------------------------- N059
    t = ("Dear tutors,\n\n"
         "For Anti-Bullying Week we're making a Kindness Chain \u2013 a paper chain that will "
         "hang across the atrium by Friday.\n\n"
         "In Tuesday's tutor time, please give each student two coloured strips (in the box in "
         "your pigeon hole). On one they write something kind about someone in the group (first "
         "names only, nothing personal about appearance); on the other, one thing they'll do this "
         "week to make someone's day better. Staple the links into a chain for your group and "
         "pass it on to the Head of Year by Wednesday lunchtime \u2013 we'll join all the tutor "
         "groups' chains together.\n\n"
         "\U0001F517 Theme this year: \u201cChoose respect\u201d.\n\n"
         "Thank you!\nJo & the PSHE team")
    mk(59, neg, "kindness-paper-chain", "qp",
       "PSHE lead explains an anti-bullying week paper 'kindness chain' activity for tutor groups",
       "gmail", pike, [tutors], "Anti-Bullying Week - Kindness Chain (Tues tutor time)",
       D("2024-11-08 13:55:19"), text_part(t, cs="UTF-8", cte="quoted-printable"))

    # ------------------------------------------------------------- N060
    t = ("hi all, reminder Christian Union is on thurs lunch in G07 as normal, bring food. "
         "this week Mrs Brennan is talking about being a nurse and her faith. "
         "if u have a prayer request u can put it in the box on the door (no names needed) "
         "or tell me or Ellie. see u there \U0001F60A\n\nNadia\n\nSent from my iPhone")
    mk(60, neg, "faith-society", "mobile",
       "Student society reminder with a prayer-request box - no chain elements",
       "iphone", nadia, [A("Christian Union", "cu@" + P)], "CU thursday",
       D("2025-03-04 21:26:45"), text_part(t, cs="utf-8", cte="quoted-printable"))

    finish()


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
