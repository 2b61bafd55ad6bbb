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
#  identifier generators (real check-digit algorithms, invented values)
# =====================================================================
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check(body12):
    tot = 0
    for ch, w in zip(body12, range(2, 14)):
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        tot += v * w
    return UPN_LETTERS[tot % 23]


def upn(r, la, estab, year):
    body = "%03d%04d%02d%03d" % (la, estab, year, r.randrange(1000))
    return upn_check(body) + body


def upn_valid(s):
    return len(s) == 13 and s[0] in UPN_LETTERS and s[1:12].isdigit() and \
        (s[12].isdigit() or s[12] in UPN_LETTERS) and upn_check(s[1:]) == s[0]


def uln(r):
    while True:
        d = str(r.randint(1, 9)) + "".join(str(r.randrange(10)) for _ in range(8))
        rem = sum(int(c) * w for c, w in zip(d, range(10, 1, -1))) % 11
        if rem == 0:
            continue
        return d + str(10 - rem)


def uln_valid(s):
    if len(s) != 10 or not s.isdigit() or s[0] == "0":
        return False
    rem = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1))) % 11
    return rem != 0 and (10 - rem) == int(s[9])


def nhs(r):
    while True:
        d = r.choice("4467") + "".join(str(r.randrange(10)) for _ in range(8))
        c = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return d + str(c)


def nhs_valid(s):
    s = s.replace(" ", "").replace("-", "")
    if len(s) != 10 or not s.isdigit():
        return False
    c = 11 - sum(int(x) * w for x, w in zip(s[:9], range(10, 1, -1))) % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])


def nhs_fmt(s):
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def luhn_ok(s):
    s = s.replace(" ", "").replace("-", "")
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(r, prefix, length=16):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_fmt(s):
    if len(s) == 15:
        return "%s %s %s" % (s[:4], s[4:10], s[10:])
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(s):
    s = s.replace(" ", "").replace("-", "").upper()
    return (len(s) == 9 and s[:2].isalpha() and s[2:8].isdigit() and s[8] in "ABCD"
            and s[0] not in NINO_BAD_FIRST and s[1] not in NINO_BAD_SECOND and s[:2] not in NINO_BAD_PAIRS)


def nino(r):
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if p in NINO_BAD_PAIRS:
            continue
        s = p + "".join(str(r.randrange(10)) for _ in range(6)) + r.choice("ABCD")
        assert nino_valid(s)
        return s


def nino_fmt(s, style=0):
    if style == 1:
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    return s


_W_MOD11 = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
_W_MOD10 = [0, 0, 0, 0, 0, 0, 7, 1, 3, 7, 1, 3, 7, 1]
_W_DBLAL = [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]


def bank_ok(sc, acc):
    d = [int(c) for c in (sc + acc)]
    if sum(a * b for a, b in zip(d, _W_MOD11)) % 11:
        return False
    if sum(a * b for a, b in zip(d, _W_MOD10)) % 10:
        return False
    tot = 0
    for a, b in zip(d, _W_DBLAL):
        p = a * b
        tot += p // 10 + p % 10
    return tot % 10 == 0


def bank(r, sc_prefix=None):
    """A sort code and an account number that passes the standard
    (default-weight) MOD11, MOD10 and double-alternate checks."""
    sc = sc_prefix or "%02d" % r.choice([20, 30, 40, 60, 77, 83, 9, 11, 16, 23, 52, 56])
    while len(sc) < 6:
        sc += str(r.randrange(10))
    while True:
        acc = "".join(str(r.randrange(10)) for _ in range(8))
        if bank_ok(sc, acc):
            return sc, acc


def sc_fmt(sc):
    return "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])


def _mrz_val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_check(s):
    w = [7, 3, 1]
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_td3(doc_type, state, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = (doc_type + "<" + state + surname.upper().replace(" ", "<") + "<<" +
          given.upper().replace(" ", "<"))[:44].ljust(44, "<")
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcheck = mrz_check(pers) if personal else "<"
    part = num + mrz_check(num) + nat + dob + mrz_check(dob) + sex + expiry + mrz_check(expiry) + pers + pcheck
    comp = (part[0:10] + part[13:20] + part[21:43])
    return l1, part + mrz_check(comp)


def dob(r, y0, y1):
    import datetime as dt
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(start, end))


def d_uk(d):
    return d.strftime("%d/%m/%Y")


def d_iso(d):
    return d.isoformat()


def d_long(d):
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


def wrong_check(valid, kind):
    """Return the same identifier with a deliberately wrong check digit."""
    if kind == "upn":
        for L in UPN_LETTERS:
            if L != valid[0]:
                return L + valid[1:]
    if kind in ("uln", "nhs"):
        for c in "0123456789":
            cand = valid[:9] + c
            if cand != valid and not (uln_valid(cand) if kind == "uln" else nhs_valid(cand)):
                return cand
    raise ValueError(kind)


# =====================================================================
#  encrypted containers (for the encrypted negatives)
# =====================================================================
def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRCT = _crc_table()


class _ZipCrypto:
    """Traditional PKWARE encryption, as written by Windows 'Send to zip'
    tools, 7-Zip (ZipCrypto) and most 'password protected zip' helpers."""

    def __init__(self, pw):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pw:
            self._upd(b)

    def _upd(self, b):
        self.k0 = _CRCT[(self.k0 ^ b) & 0xFF] ^ (self.k0 >> 8)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _CRCT[(self.k2 ^ (self.k1 >> 24)) & 0xFF] ^ (self.k2 >> 8)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k2 | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(p)
        return bytes(out)


def make_zip_encrypted(files, password, rng, dt=FIXED_DT):
    y, mo, d, h, mi, s = dt
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = b""
    central = b""
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        nb = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        enc = _ZipCrypto(password.encode()).enc(hdr + comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dtime, ddate, crc, len(enc), len(data), len(nb), 0)
        out += nb + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 1, 8, dtime, ddate, crc, len(enc),
                               len(data), len(nb), 0, 0, 0, 0, 0o100644 << 16, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return out


def smime_blob(rng, size):
    """Opaque CMS EnvelopedData (random payload behind a real-looking header)."""
    body = bytes(rng.randrange(256) for _ in range(size))
    inner = bytes.fromhex("06092a864886f70d010703") + b"\xa0\x82" + struct.pack(">H", size + 4) + \
        b"\x30\x82" + struct.pack(">H", size) + body
    return b"\x30\x82" + struct.pack(">H", len(inner)) + inner


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(rng, size, version="GnuPG v2"):
    keyid = bytes(rng.randrange(256) for _ in range(8))
    pkesk = b"\x03" + keyid + b"\x12" + bytes(rng.randrange(256) for _ in range(94))
    pkt = b"\xc1" + bytes([len(pkesk)]) + pkesk
    data = bytes(rng.randrange(256) for _ in range(size))
    pkt += b"\xd2\xed" + bytes([1]) + data
    b64 = base64.b64encode(pkt).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    crc = base64.b64encode(struct.pack(">I", _crc24(pkt))[1:]).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP MESSAGE-----\n"


# =====================================================================
#  personal-data policy : 30 positive, 30 negative
# =====================================================================
S = "school.example"
P = "students.school.example"

okafor = A("Dr Helen Okafor", "h.okafor@" + S)
wisniewski = A("Tomasz Wiśniewski", "t.wisniewski@" + S)
raman = A("Priya Raman", "p.raman@" + S)
llewellyn = A("Gareth Llewellyn", "g.llewellyn@" + S)
fenwick = A("Marcus Fenwick", "m.fenwick@" + S)
ashby = A("Lorraine Ashby", "l.ashby@" + S)
mensah = A("Kwame Mensah", "k.mensah@" + S)
holt = A("Sandra Holt", "s.holt@" + S)
exams = A("Exams Office", "exams@" + S)
morgan = A("Bethan Morgan", "b.morgan@" + S)
deputy_dsl = A("Craig Sunderland", "c.sunderland@" + S)
adeyemi = A("Ruth Adeyemi", "r.adeyemi@" + S)
ferreira = A("Isabel Ferreira", "i.ferreira@" + S)
barraclough = A("Neil Barraclough", "n.barraclough@" + S)
qureshi = A("Yasmin Qureshi", "y.qureshi@" + S)
ellery = A("Sam Ellery", "s.ellery@" + S)
finance = A("Finance Office", "finance@" + S)
dunmore = A("Claire Dunmore", "c.dunmore@" + S)
hr = A("HR", "hr@" + S)
grimshaw = A("Paul Grimshaw", "p.grimshaw@" + S)
mis = A("MIS", "mis@" + S)
mcallister = A("Fiona McAllister", "f.mcallister@" + S)
hartley = A("Sheila Hartley", "s.hartley@" + S)
lowe = A("Hannah Lowe", "h.lowe@" + S)
kettle = A("Rob Kettle", "r.kettle@" + S)
welfare = A("Student Welfare", "welfare@" + S)
firstaid = A("Jo Beaumont", "j.beaumont@" + S)
chauhan = A("Dev Chauhan", "d.chauhan@" + S)
kendrick = A("Sophie Kendrick", "s.kendrick@" + S)
governors_clerk = A("Clerk to Governors", "clerk@" + S)

# outside
arden_hr = A("Jill Moorhouse", "j.moorhouse@arden-precision.example")
arden_sup = A("Phil Greaves", "p.greaves@arden-precision.example")
epao = A("TechQual EPA Registrations", "registrations@techqual-epa.example")
assessor = A("Dr Rhiannon Price", "rhiannon@price-assessments.example")
mash = A("Ashworth MASH", "mash@ashworth.gov.example")
sw = A("Kirsty Lumb", "kirsty.lumb@ashworth.gov.example")
visa = A("Femi Adebayo", "femi.adebayo@fairway-immigration.example")
host_kaur = A("Preet and Daljit Kaur", "p.kaur@mailbox.example")
host_ackroyd = A("Karen Ackroyd", "karen.ackroyd@example.net")
payroll = A("Ledgerline Payroll", "payroll@ledgerline.example")
payroll_aisha = A("Aisha Rahman", "aisha.rahman@ledgerline.example")
ohp = A("HealthWorks OH Referrals", "referrals@healthworks-oh.example")
vendor = A("Scholaris Support", "support@scholaris-mis.example")
nhs_place = A("Gemma Holdsworth", "gemma.holdsworth@calderaire.nhs.example")
nhs_oh = A("Occupational Health", "occhealth@calderaire.nhs.example")
uni_dis = A("Disability Advice Team", "disability@northfield.ac.example")
travel = A("Sian Roberts", "sian.roberts@edutravel-tours.example")
psp = A("PaySure Merchant Support", "merchants@paysure.example")
gareth_home = A("Gareth Llewellyn", "gareth.llewellyn77@mailbox.example")
sfc_exams = A("Exams Office", "exams@calderdale-sfc.example")
westbrook_dsl = A("Marie Ogunleye", "m.ogunleye@westbrook-college.example")
employer_mgr = A("Steve Marsh", "steve.marsh@pennine-hvac.example")
employer_payroll = A("Donna Hirst", "payroll@pennine-hvac.example")
la_fsm = A("Free School Meals Team", "fsm@ashworth.gov.example")
la_nccis = A("Youth Participation Team", "nccis@ashworth.gov.example")
counselling = A("Open Road Counselling - Referrals", "referrals@openroad-counselling.example")
thornhill = A("Recruitment", "recruitment@thornhill-academy.example")
sharedsvc = A("Accounts Payable", "ap@pennine-learning-trust.example")
parent_whitaker = A("Gemma Whitaker", "gemma.whitaker@example.com")
hhg = A("Matthias Krause", "m.krause@hhg-bochum.example")
highdale = A("Highdale Outdoor Centre", "bookings@highdale-outdoor.example")
insurer = A("Emergency Assistance", "assist@schooltrip-cover.example")
auditor = A("Tom Brodie", "t.brodie@brodie-whitley.example")
governor_ext = A("Rev. Andrew Castle", "andrew.castle@example.org")
itsupplier = A("Coretech Service Desk", "servicedesk@coretech-it.example")
labsupplier = A("Orders", "orders@scilab-supplies.example")
recruit_agency = A("Hannah Bibby", "hannah@eduhire-recruitment.example")
uni_research = A("Dr Olu Adeniran", "o.adeniran@northfield.ac.example")
esfa = A("ESFA Provider Funding", "funding.returns@esfa.gov.example")
parent_a = A("Michelle Dyson", "michelle.dyson@example.org")
parent_b = A("Jason Holroyd", "jholroyd@example.net")
learner_ext = A("Paula Greenwood", "paula.greenwood61@example.com")
moderator = A("Keith Ambler", "k.ambler@nexus-awards.example")
agency_emp = A("Emma Walsh", "e.walsh@calder-care.example")


def fwd_gmail(frm, date, subject, to, body, cc=None):
    cc_line = ("\nCc: %s" % ", ".join(fmt_addr(c) for c in cc)) if cc else ""
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s%s\n\n%s"
            % (fmt_addr(frm), gmail_fwd_date(date), subject, ", ".join(fmt_addr(t) for t in to), cc_line, body))


def fwd_outlook(frm, date, subject, to, body):
    return ("________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm[0], frm[1], outlook_sent(date), "; ".join(t[0] for t in to), subject, body))


def csv_text(rows, crlf=True):
    import csv as _csv
    bio = io.StringIO()
    w = _csv.writer(bio, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def table_text(rows, sep="  "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def main():
    prep_dirs()
    pos, neg = "positive", "negative"

    # ============================================================ POSITIVES
    # ------------------------------------------------------------- 001
    r = rng_b(1, pos, "ids")
    rows = [["Surname", "Forename", "DOB", "T Level", "Placement start", "Emergency contact",
             "Relationship", "Emergency phone", "Medical / allergies", "Support needs"]]
    people = [("Rhodes", "Connor", "Dawn Rhodes", "Mother", "Asthma - carries blue inhaler", ""),
              ("Pickles", "Josh", "Martin Pickles", "Father", "None", "Dyslexia - prefers written instructions"),
              ("Oyelaran", "Kai", "Funmi Oyelaran", "Mother", "Severe nut allergy - EpiPen x2 in bag", ""),
              ("Fairbairn", "Leo", "Joanne Fairbairn", "Mother", "Epilepsy (tonic-clonic), last seizure Jan 2024 - "
               "on lamotrigine. Seizure plan attached to his file.", "Avoid working at height"),
              ("Dyson", "Harvey", "Michelle Dyson", "Mother", "None", "ADHD - short task breakdowns help"),
              ("Firth", "Ollie", "Gary Firth", "Grandfather (guardian)", "Type 1 diabetes - insulin pump", "")]
    for sn, fn, ec, rel, med, sup in people:
        rows.append([sn, fn, d_uk(dob(r, 2007, 2008)), "Engineering: Maintenance, Installation & Repair",
                     "03/03/2025", ec, rel, "07700 900%03d" % r.randrange(1000), med, sup])
    csvdata = csv_text(rows).encode("utf-8")
    t = ("Hi Jill,\n\n"
         "As discussed on the phone, here's the list of our six T Level students starting their "
         "industry placement with you on Monday 3 March, with emergency contacts and medical info "
         "for your induction pack.\n\n"
         "Please make sure Phil and the other supervisors on the shop floor know about Leo's "
         "epilepsy and Kai's nut allergy before day one. Leo's seizure plan is on the second "
         "page of his learner agreement which I'll bring on Monday.\n\n"
         "Any problems, ring me on 0113 496 0342.\n\n"
         "Thanks,\nMarcus\n\n"
         "Marcus Fenwick\nIndustry Placement Coordinator\nKestrel Bridge UTC")
    rb = rng_b(1, pos)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(csvdata, "text/csv", "Arden placement starters March 2025.csv")], b)
    mk(1, pos, "placement-medical-list", "attachment-csv",
       "Placement coordinator emails an employer a CSV of six students with DOBs, emergency contacts and medical conditions",
       "outlook", fenwick, [arden_hr], "Placement starters Monday - contacts and medical info",
       D("2025-02-27 15:42:10"), part, cc=[arden_sup])

    # ------------------------------------------------------------- 002
    r = rng_b(2, pos, "ids")
    rows = [["Apprentice name", "ULN", "Date of birth", "NI number", "Employer", "Standard", "Gateway date"]]
    app = [("Bradley Senior", "Pennine HVAC Ltd"), ("Chloe Armitage", "Arden Precision Engineering"),
           ("Mohammed Iqbal", "Arden Precision Engineering"), ("Ryan Clough", "Northgate Robotics Ltd"),
           ("Sophie Lumb", "Northgate Robotics Ltd"), ("Tyler Bates", "Pennine HVAC Ltd"),
           ("Jordan Wainwright", "Calder Valley Fabrications"), ("Aleksander Nowak", "Calder Valley Fabrications")]
    for n, e in app:
        rows.append([n, uln(r), d_uk(dob(r, 2003, 2006)), nino(r), e,
                     "ST0457 Engineering Technician (L3)", "14/04/2025"])
    x = make_xlsx(rows, sheet="EPA registrations", shared=True)
    t = ("Hi,\n\n"
         "Please find attached the EPA registration details for our next cohort of eight "
         "Engineering Technician apprentices, all due to go through gateway on 14 April.\n\n"
         "I've included ULN, date of birth and NI number as your portal was rejecting the bulk "
         "upload yesterday - hopefully you can register them manually from the spreadsheet.\n\n"
         "Kind regards,\nKwame\n\n"
         "Kwame Mensah | Apprenticeship Skills Coach | Kestrel Bridge UTC")
    rb = rng_b(2, pos)
    b = boundary(rb, "gmail")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit"),
                               attach(x, XLSX, "EPA registrations April 2025.xlsx")], b)
    mk(2, pos, "epa-registration", "attachment-xlsx",
       "Skills coach sends an end-point assessment organisation a spreadsheet of apprentices with ULNs, DOBs and NI numbers",
       "gmail", mensah, [epao], "EPA registrations - Engineering Technician cohort (8)",
       D("2025-03-19 11:05:47"), part, cc=[ashby])

    # ------------------------------------------------------------- 003
    r = rng_b(3, pos, "ids")
    cands = [("Maisie Holroyd", "10", "Dyslexia (diagnosed 2021, Ed Psych)", "Reading speed SS 79; Processing speed SS 81",
              "25% extra time, reader"),
             ("Harvey Dyson", "10", "ADHD (CAMHS 2022), medicated", "Processing speed SS 84",
              "25% extra time, supervised rest breaks, separate room"),
             ("Zara Hussain", "11", "Visual stress; anxiety (GP letter)", "Reading speed SS 83",
              "Coloured overlay, 25% extra time"),
             ("Kacper Zielinski", "13", "English as additional language - no AA, dictionary only",
              "n/a", "Bilingual translation dictionary"),
             ("Lily Whiteley", "11", "Hearing impairment (bilateral, aids)", "n/a",
              "Modified language papers, seat at front")]
    trows = [["Candidate", "Cand no.", "DOB", "Year", "Need / history", "Test scores", "Arrangements requested"]]
    for i, (n, y, need, sc, arr) in enumerate(cands):
        yr = {"10": (2009, 2010), "11": (2008, 2009), "13": (2006, 2007)}[y]
        trows.append([n, "%04d" % (4100 + i * 7), d_uk(dob(r, *yr)), y, need, sc, arr])
    doc = make_docx([("h", "Access arrangements - candidates for assessment, 11 March 2025"),
                     "Centre: Kestrel Bridge UTC. Prepared by S Holt (Exams Officer) with F McAllister (SENCO).",
                     "Please complete Form 8 Part 2 for the first three candidates. Background "
                     "information is from SENCO records and parental letters held on file.",
                     "Harvey's parents have asked that his medication (methylphenidate) is noted in case of "
                     "a change to timings on exam days."],
                    tables=[(2, trows)], title="Access arrangements March 2025", author="Sandra Holt")
    t = ("Hi Rhiannon,\n\n"
         "Thanks for agreeing to come in on Tuesday. Attached is the background for the five "
         "students, with the scores we already have and what we're hoping to apply for. Maisie, "
         "Harvey and Zara need full assessments; the other two are just for your information.\n\n"
         "We'll have G12 set up from 9am.\n\n"
         "Best wishes,\nSandra\n\nSandra Holt\nExams Officer | Kestrel Bridge UTC\n0113 496 0315")
    rb = rng_b(3, pos)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(doc, DOCX, "Access arrangements - candidates March 2025.docx")], b)
    mk(3, pos, "access-arrangements", "attachment-docx",
       "Exams officer sends an external specialist assessor a document of named candidates with diagnoses, DOBs and test scores",
       "outlook", holt, [assessor], "Tuesday's access arrangements assessments", D("2025-03-06 16:21:33"), part,
       cc=[mcallister])

    # ------------------------------------------------------------- 004
    r = rng_b(4, pos, "ids")
    u = upn(r, 384, 2173, 14)
    bd = dob(r, 2009, 2009)
    t = ("Dear MASH team,\n\n"
         "I am making a referral following a disclosure this morning. Our MARF is attached to "
         "the portal but I have been unable to log in, so I am sending the details here as well "
         "so that they are with you today.\n\n"
         "Child: Amber Nwosu\n"
         "DOB: %s   UPN: %s\n"
         "Address: 27 Wheatley Rise, Ashworth, WF3 2LP\n"
         "Lives with: mother Grace Nwosu and mother's partner Dean Collier. Younger brother "
         "Tobi (aged 9) attends St Mary's Primary.\n\n"
         "At 10.20am Amber told her tutor that Dean pushed her against a door on Sunday night "
         "when she tried to stop him shouting at her mum, and that he has hit her mum \"loads "
         "of times\". She showed bruising to her upper left arm. She said she is scared to go "
         "home tonight and that mum has told her not to tell anyone.\n\n"
         "Amber is not currently known to social care as far as we know. Attendance this term "
         "is 81%% and she has seemed withdrawn since October. She has a diagnosis of asthma, "
         "no other medical needs.\n\n"
         "Amber is in college until 3.30pm. We have not contacted mum, on the basis that doing "
         "so may increase the risk. Please advise.\n\n"
         "Bethan Morgan\nDesignated Safeguarding Lead\nKestrel Bridge UTC\n"
         "Direct: 0113 496 0377  Mobile: 07700 900614") % (d_uk(bd), u)
    mk(4, pos, "safeguarding-referral", "hard-wrapped",
       "DSL emails a MASH referral in clear text with a named pupil's DOB, UPN, address and a disclosure of domestic abuse",
       "outlook", morgan, [mash], "URGENT referral - Amber Nwosu - disclosure today", D("2025-01-21 11:08:02"),
       text_part(hard_wrap(t, 74), cs="us-ascii", cte="7bit", quoted_cs=True), cc=[okafor])

    # ------------------------------------------------------------- 005
    r = rng_b(5, pos, "ids")
    l1a, l2a = mrz_td3("P", "IND", "SHARMA", "ANANYA", "W%07d" % r.randrange(10 ** 7), "IND", "080917", "F",
                       "321103")
    l1b, l2b = mrz_td3("P", "CHN", "ZHANG", "YUXIN", "E%08d" % r.randrange(10 ** 8), "CHN", "090224", "F",
                       "330815")
    t = ("Hi Femi,\n\n"
         "Thanks for your help last term. We have two more exchange students for the summer "
         "term who will need Standard Visitor visas. Details below from their passport scans - "
         "I've copied the machine-readable lines in case that's easier for the forms.\n\n"
         "1) Ananya SHARMA\n"
         "   Date of birth: 17/09/2008, Indian national\n"
         "   Passport no: %s, expires 03/11/2032\n"
         "   %s\n   %s\n"
         "   Parents: Rajesh and Meera Sharma, Pune\n"
         "   Host family: Mr and Mrs Kaur, 8 Kingfisher Close, Ashworth, WF3 4RJ\n\n"
         "2) Yuxin ZHANG\n"
         "   Date of birth: 24/02/2009, Chinese national\n"
         "   Passport no: %s, expires 15/08/2033\n"
         "   %s\n   %s\n"
         "   Parents: Zhang Wei and Li Na, Hangzhou\n"
         "   Host family: Mrs Ackroyd, 19 Mill Bank, Ashworth, WF3 1HQ\n\n"
         "Course dates 22 April - 18 July. Both are under 18 so I can provide the parental "
         "consent letters and our letter of acceptance - just tell me what format you need.\n\n"
         "Kind regards,\nIsabel\n\n"
         "Isabel Ferreira\nInternational Coordinator, Kestrel Bridge UTC") % (
        l2a[:9].rstrip("<"), l1a, l2a, l2b[:9].rstrip("<"), l1b, l2b)
    mk(5, pos, "visa-passport-details", "plain-7bit",
       "International coordinator emails an immigration adviser two exchange students' passport numbers, MRZ lines, DOBs and host addresses",
       "thunderbird", ferreira, [visa], "Visitor visas - two summer term students", D("2025-02-11 10:14:39"),
       text_part(hard_wrap(t, 76), cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- 006
    r = rng_b(6, pos, "ids")
    t = ("Dear Preet and Daljit,\n\n"
         "Jonas arrives on Sunday 23 February (Manchester Airport, 14:35). I'll meet him with the "
         "other students and we'll be at yours by about 5pm.\n\n"
         "Here is the information his parents have asked me to share with you before he "
         "arrives:\n\n"
         "Full name: Jonas Maximilian Bergmann\n"
         "Date of birth: 11 June 2008\n"
         "Passport: German, no. C%s (his parents keep a copy)\n"
         "European health card (EHIC) no.: 80276%s\n\n"
         "Medical: Jonas has Type 1 diabetes. He uses a Libre sensor and injects insulin "
         "(NovoRapid with meals, Tresiba at 9pm). If his sugar drops below 4 he needs fast sugar "
         "(he carries glucose tablets) and something to eat after. If he is confused or can't "
         "swallow, ring 999. He also has a peanut allergy and carries an EpiPen.\n\n"
         "He is a bit homesick on the phone according to his mum, but he's a lovely lad and "
         "loves football.\n\n"
         "Parents: Katrin and Stefan Bergmann, +49 151 %07d (Katrin), Lindenstra\u00dfe 14, "
         "44801 Bochum.\n\n"
         "Please keep this safe and let me know if anything worries you.\n\n"
         "Warm wishes,\nIsabel") % (
        "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "".join(str(r.randrange(10)) for _ in range(15)), r.randrange(10 ** 7))
    rb = rng_b(6, pos)
    b = boundary(rb, "outlook")
    part = multipart("alternative", [text_part(t, cs="utf-8", cte="quoted-printable", quoted_cs=True),
                                     text_part(html_doc(t, "outlook"), subtype="html", cs="utf-8",
                                               cte="quoted-printable", quoted_cs=True)], b)
    mk(6, pos, "host-family-medical", "multipart-alternative",
       "International coordinator sends a host family an exchange student's DOB, passport and health card numbers and diabetes/allergy details",
       "outlook", ferreira, [host_kaur], "Jonas - information before Sunday", D("2025-02-19 18:02:55"), part)

    # ------------------------------------------------------------- 007
    r = rng_b(7, pos, "ids")
    rows = [["Employee No", "Surname", "Forename", "NI Number", "DOB", "Sort Code", "Account No",
             "Change", "Effective", "Annual salary", "Tax code"]]
    staff = [("KB0412", "Okoro", "Joseph", "New starter", "01/03/2025", "32,916", "1257L"),
             ("KB0388", "Ramsden", "Louise", "Bank details change", "01/03/2025", "", ""),
             ("KB0217", "Haigh", "Peter", "Increment M4->M5", "01/03/2025", "40,625", "1257L"),
             ("KB0399", "Thackray", "Beverley", "Hours change 0.6 FTE", "01/03/2025", "14,388", "1257L"),
             ("KB0140", "Pryce", "Carol", "Unpaid leave 3 days", "10/03/2025", "", ""),
             ("KB0301", "Achterberg", "Willem", "Leaver", "31/03/2025", "", "")]
    for eno, sn, fn, ch, eff, sal, tc in staff:
        sc, acc = bank(r)
        rows.append([eno, sn, fn, nino(r), d_uk(dob(r, 1962, 1999)), sc_fmt(sc), acc, ch, eff, sal, tc])
    note = ("March changes - Kestrel Bridge UTC\r\n\r\nJoseph Okoro starts 1 March as Teacher of "
            "Engineering (M3). P45 to follow. Student loan Plan 2. Teachers' Pension.\r\n"
            "Louise Ramsden has changed bank - new details in the sheet, please use from March pay.\r\n"
            "Willem Achterberg leaves 31 March, final pay to include 4 days untaken leave.\r\n")
    z = make_zip([("March 2025 changes.csv", csv_text(rows)), ("Notes.txt", note)], dt=(2025, 3, 12, 14, 8, 0))
    t = ("Hi Aisha,\n\nMarch payroll changes attached (zipped as it was too big for your portal "
         "yesterday). Six changes in total including one new starter and a leaver.\n\n"
         "Cut-off is the 14th I think? Let me know if anything's missing.\n\n"
         "Thanks\nNeil\n\n-- \nNeil Barraclough\nFinance Manager\nKestrel Bridge UTC")
    rb = rng_b(7, pos)
    b = boundary(rb, "thunderbird")
    part = multipart("mixed", [text_part(flowed(t), cs="UTF-8", cte="7bit", fmt_flowed=True),
                               attach(z, "application/zip", "March2025_payroll_changes.zip")], b,
                     preamble="This is a multi-part message in MIME format.")
    mk(7, pos, "payroll-changes-zip", "zip",
       "Finance manager sends the payroll bureau an unencrypted zip with staff NI numbers, DOBs and bank details",
       "thunderbird", barraclough, [payroll_aisha], "March payroll changes", D("2025-03-12 14:11:20"), part,
       cc=[dunmore])

    # ------------------------------------------------------------- 008
    r = rng_b(8, pos, "ids")
    sc, acc = bank(r)
    ni = nino(r)
    t = ("Hi Aisha,\n\n"
         "New starter for April please \u2013 details below as his form came through on paper.\n\n"
         "Name: Mr Tobias Achebe-Lund\n"
         "Address: Flat 4, 61 Halifax Road, Brighouse, HD6 2AT\n"
         "Date of birth: 02/12/1994\n"
         "NI number: %s\n"
         "Bank: Nationwide, sort code %s, account %s (name: T Achebe-Lund)\n"
         "Start date: 22 April 2025\n"
         "Post: Science Technician, Grade 4 SCP 7, \u00a325,183 pro rata (0.8 FTE)\n"
         "Pension: LGPS (auto-enrol)\n"
         "Student loan: Plan 2 and Postgraduate loan\n"
         "Starter checklist: statement B\n\n"
         "Thanks,\nClaire\n\nClaire Dunmore\nHR Manager | Kestrel Bridge UTC") % (
        nino_fmt(ni, 1), sc_fmt(sc), acc)
    mk(8, pos, "new-starter-details", "qp",
       "HR manager emails the payroll provider a new starter's address, DOB, NI number and bank details",
       "outlook", dunmore, [payroll_aisha], "New starter April - T Achebe-Lund", D("2025-04-03 09:47:18"),
       text_part(t, cs="utf-8", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- 009
    r = rng_b(9, pos, "ids")
    t = ("OCCUPATIONAL HEALTH REFERRAL\n\n"
         "Employee: Mrs Deborah Lund\n"
         "Date of birth: 23/07/1979\n"
         "NI number: %s\n"
         "Job title: Teacher of Health and Social Care (1.0 FTE)\n"
         "Home address: 12 Sandy Lane, Mirfield, WF14 8DN\n"
         "Mobile: 07700 900288\n\n"
         "Reason for referral:\n"
         "Deborah has been absent since 6 January (currently 23 working days) with anxiety and "
         "depression following the death of her father in November. Her GP fit note says "
         "'stress-related illness' and she has told me she has started sertraline. She also "
         "mentions ongoing lower back pain from a disc problem in 2022 which makes standing to "
         "teach difficult.\n\n"
         "Previous absence: 9 days (back pain) in 2023-24.\n\n"
         "Questions for OH:\n"
         "1. Is Deborah fit to return, and if so when?\n"
         "2. Would a phased return help, and over what period?\n"
         "3. Are any adjustments recommended (e.g. reduced timetable, sit-stand desk)?\n"
         "4. Is her condition likely to be covered by the Equality Act?\n\n"
         "Deborah has consented to this referral and has a copy of this form.\n\n"
         "Claire Dunmore, HR Manager, Kestrel Bridge UTC") % nino(r)
    mk(9, pos, "oh-referral", "base64",
       "HR manager sends an external occupational health provider a referral with a named employee's DOB, NI number and mental/physical health details",
       "webmail", dunmore, [ohp], "OH referral - D Lund", D("2025-02-06 13:30:51"),
       text_part(t, cs="utf-8", cte="base64"))

    # ------------------------------------------------------------- 010
    r = rng_b(10, pos, "ids")
    rows = [["UPN", "ULN", "Surname", "Forename", "DOB", "Gender", "Postcode", "SEN", "FSM", "Ethnicity"]]
    pupils = [("Nwosu", "Amber", "F", "WF3 2LP", "N", "Y", "BAFR"), ("Brooks", "Kayla", "F", "WF3 1JD", "N", "N", "WBRI"),
              ("Whitaker", "Jess", "F", "WF1 5QT", "K", "N", "WBRI"), ("Marshall", "Tia", "F", "WF2 8EX", "N", "Y", "MWBC"),
              ("Clegg", "Ruby", "F", "HD6 3LS", "N", "N", "WBRI"), ("Dyson", "Harvey", "M", "WF3 3BN", "K", "N", "WBRI"),
              ("Fairbairn", "Leo", "M", "LS27 9PQ", "E", "N", "WBRI"), ("Holroyd", "Maisie", "F", "WF3 4RJ", "K", "Y", "WBRI"),
              ("Batty", "Imogen", "F", "WF4 6HT", "N", "N", "WIRI"), ("Oyelaran", "Kai", "M", "WF1 2DR", "N", "N", "BAFR"),
              ("Rhodes", "Connor", "M", "WF3 1HQ", "N", "Y", "WBRI"), ("Pickles", "Josh", "M", "WF2 0AS", "K", "N", "WBRI")]
    for sn, fn, g, pc, sen, fsm, eth in pupils:
        la, est = r.choice([(384, 2173), (384, 2049), (383, 2218), (381, 2011)])
        rows.append([upn(r, la, est, r.choice([13, 14])), uln(r), sn, fn, d_iso(dob(r, 2009, 2010)), g, pc, sen, fsm, eth])
    t = ("Hi,\n\n"
         "Re ticket #48213 - the Year 10 census import is still failing with 'Invalid pupil "
         "record (row 7)' and a few others. I've exported the rows it's rejecting so you can see "
         "what's going on - attached as CSV, straight out of the system.\n\n"
         "As far as I can see the UPNs and dates are fine. Could it be the ethnicity codes?\n\n"
         "Paul\n\nPaul Grimshaw\nMIS Manager\nKestrel Bridge UTC")
    rb = rng_b(10, pos)
    b = boundary(rb, "gmail")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit"),
                               attach(csv_text(rows).encode("utf-8"), 'text/csv; charset="UTF-8"',
                                      "y10_rejected_rows.csv")], b)
    mk(10, pos, "mis-vendor-export", "attachment-csv",
       "MIS manager sends the software vendor's helpdesk a raw export of pupils with UPNs, ULNs, DOBs, SEN and FSM flags",
       "gmail", grimshaw, [vendor], "Re: [Ticket #48213] Census import failing", D("2025-01-14 15:55:09"), part,
       irt="<ticket-48213-2@scholaris-mis.example>", refs="<ticket-48213-1@scholaris-mis.example> <ticket-48213-2@scholaris-mis.example>")

    # ------------------------------------------------------------- 011
    r = rng_b(11, pos, "ids")
    rows = [["Student", "DOB", "NHS number", "DBS certificate no.", "DBS issued", "Hep B", "MMR x2",
             "TB screen", "Declared health conditions"]]
    studs = [("Zara Hussain", "Completed course", "Yes", "Clear", "Anxiety - managed"),
             ("Ellie Crowther", "2 of 3", "Yes", "Clear", ""),
             ("Freya Stansfield", "Completed course", "Yes", "Clear", "Coeliac disease"),
             ("Nadia Begum", "Non-responder - booster booked", "Yes", "Clear", ""),
             ("Lily Whiteley", "Completed course", "Yes", "Clear", "Hearing impairment - hearing aids"),
             ("Aisha Patel", "Completed course", "1 dose only", "Clear", "Eczema (hands) - latex-free gloves")]
    for n, hb, mmr, tb, cond in studs:
        rows.append([n, d_uk(dob(r, 2007, 2008)), nhs_fmt(nhs(r)), "00%010d" % r.randrange(10 ** 10),
                     "%02d/%02d/2024" % (r.randint(1, 28), r.randint(7, 9)), hb, mmr, tb, cond])
    x = make_xlsx(rows, sheet="Clearance")
    t = ("Hi Gemma,\n\n"
         "Placement clearance for the six T Level Health students starting on Ward 14 and the "
         "Day Surgery Unit after Easter. DBS numbers, immunisation status and NHS numbers are "
         "in the attached - Nadia is still waiting for her Hep B booster, the appointment is 8 "
         "April.\n\n"
         "Thanks,\nPriya\n\nPriya Raman\nHealth Sciences Lead\nKestrel Bridge UTC")
    rb = rng_b(11, pos)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(x, XLSX, "T Level Health placement clearance - April.xlsx")], b)
    mk(11, pos, "nhs-placement-clearance", "attachment-xlsx",
       "Health lead sends an NHS trust placement team a spreadsheet of students with NHS numbers, DBS numbers and health conditions",
       "outlook", raman, [nhs_place], "Placement clearance - T Level Health (6 students)", D("2025-03-27 12:39:44"), part)

    # ------------------------------------------------------------- 012
    r = rng_b(12, pos, "ids")
    t = ("Dear Disability Advice Team,\n\n"
         "I'm the SENCO at Kestrel Bridge UTC. One of our Year 13 students, Leah Gartside, has "
         "accepted an unconditional offer for BEng Mechanical Engineering with you for September "
         "and has asked me to share her information so support can be in place from the start.\n\n"
         "Leah Gartside, DOB %s, ULN %s\n"
         "Home address: 3 Cawthorne Court, Ossett, WF5 9LH\n\n"
         "Leah has an EHCP (Ashworth LA) for autism spectrum condition, diagnosed by CAMHS in 2019, "
         "with associated anxiety. She had a period of school refusal in Year 9 and was "
         "hospitalised for two weeks in 2022 following an overdose; she has been well supported "
         "since by CAMHS and currently takes sertraline. She finds unstructured time, crowded "
         "spaces and group work with new people very difficult.\n\n"
         "In college she has: 25%% extra time and a separate room for exams, a named key worker, "
         "advance copies of lecture slides, and a quiet space at lunch.\n\n"
         "Leah is very able (predicted A*AA) and really wants to live in halls - a quiet, "
         "single-sex corridor would help enormously.\n\n"
         "I can send the full EHCP if useful.\n\n"
         "Best wishes,\n"
         "Fiona McAllister\nSENCO, Kestrel Bridge UTC") % (d_uk(dob(r, 2006, 2006)), uln(r))
    mk(12, pos, "ehcp-transition", "flowed",
       "SENCO emails a university disability team a named student's DOB, ULN, autism diagnosis, mental health and overdose history",
       "apple", mcallister, [uni_dis], "Transition information - Leah Gartside (Sept entry)",
       D("2025-06-18 16:08:27"), text_part(flowed(t), cs="us-ascii", cte="7bit", fmt_flowed=True))

    # ------------------------------------------------------------- 013
    r = rng_b(13, pos, "ids")
    rows = [["Name", "DOB", "Nationality", "Passport no.", "Expiry", "Medical / dietary"]]
    tr = [("Connor Rhodes", "British", "Asthma (inhaler)"), ("Josh Pickles", "British", ""),
          ("Kai Oyelaran", "British", "Nut allergy - EpiPen"), ("Ollie Firth", "British", "Type 1 diabetes"),
          ("Kacper Zieli\u0144ski", "Polish", ""), ("Sam Lister", "British", "Vegetarian"),
          ("Nadia Begum", "British", "Halal"), ("Tomasz Wi\u015bniewski (staff)", "British/Polish", ""),
          ("Dev Chauhan (staff)", "British", "Vegetarian")]
    for n, nat, med in tr:
        if nat == "Polish":
            pp = "E" + r.choice("ABCDEFGHJKLMNPRST") + "%07d" % r.randrange(10 ** 7)
        else:
            pp = "%d%08d" % (r.choice([1, 5, 6]), r.randrange(10 ** 8))
        y = (1979, 1990) if "staff" in n else (2006, 2007)
        rows.append([n, d_uk(dob(r, *y)), nat, pp, "%02d/%02d/20%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(27, 34)), med])
    t = ("Dear Sian,\n\n"
         "Please find below the passenger details for our CERN trip (Geneva, 24-27 June), "
         "booking ref EDU-GVA-25-1182, as requested for the flight and hotel names.\n\n" +
         table_text(rows) + "\n\n"
         "Kacper travels on his Polish passport. Please note the medical and dietary needs for "
         "the hotel.\n\n"
         "Many thanks,\n"
         "Tomasz Wi\u015bniewski\nHead of Engineering")
    mk(13, pos, "trip-passport-list", "windows-1252",
       "Trip leader emails a travel agent a passenger list with pupils' DOBs, passport numbers and medical needs",
       "outlook", wisniewski, [travel], "CERN trip June - passenger details (EDU-GVA-25-1182)",
       D("2025-04-30 17:26:03"), text_part(t.replace("\u0144", "n").replace("\u015b", "s"), cs="windows-1252",
                                           cte="quoted-printable", quoted_cs=True), cc=[chauhan])

    # ------------------------------------------------------------- 014
    r = rng_b(14, pos, "ids")
    cn = card(r, "4" + str(r.choice([5, 6, 9])), 16)
    t = ("Hello,\n\n"
         "Our virtual terminal has been down since yesterday (ref case PS-771204) and we have a "
         "learner waiting to be enrolled. She's given me her card details over the phone and is "
         "happy for you to process it - can you take the payment and send us the confirmation?\n\n"
         "Merchant: Kestrel Bridge UTC - Adult Education (MID 4471 9920)\n"
         "Amount: GBP 245.00 (Level 2 Counselling Skills, summer term)\n"
         "Cardholder: Mrs Paula Greenwood\n"
         "Card number: %s\n"
         "Expiry: 09/27\n"
         "Security code: %03d\n"
         "Billing address: 41 Thornhill Road, Dewsbury, WF12 9QB\n\n"
         "Thank you,\nSam Ellery\nFinance Assistant (Adult Education Fees)\n"
         "Kestrel Bridge UTC | 0113 496 0588") % (card_fmt(cn), r.randrange(1000))
    mk(14, pos, "card-details-email", "plain-7bit",
       "Finance assistant emails a payment provider a learner's full card number, expiry and security code",
       "outlook", ellery, [psp], "Manual payment request - VT down (case PS-771204)", D("2025-04-08 10:33:16"),
       text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True))

    # ------------------------------------------------------------- 015
    r = rng_b(15, pos, "ids")
    rows = [["Name", "UPN", "Need", "PP", "KS2", "Target"]]
    grp = [("Harvey Dyson", "ADHD (SEN support)"), ("Maisie Holroyd", "Dyslexia, reader in exams"),
           ("Tia Marshall", "EHCP - SLCN"), ("Jess Whitaker", "Anxiety, CAMHS referral open"),
           ("Josh Pickles", "Dyslexia"), ("Ruby Clegg", "None"), ("Connor Rhodes", "Young carer")]
    for n, need in grp:
        rows.append([n, upn(r, 384, r.choice([2173, 2049, 2230]), 14), need, r.choice(["Y", "N"]),
                     str(r.choice([96, 98, 99, 101, 103])), r.choice(["4", "5", "4/5"])])
    inner = ("Hi Gareth,\n\nHere's the Y11 maths intervention group for Tuesday P5 with the SEN "
             "notes you asked for. Please don't share outside the department.\n\n" + table_text(rows) +
             "\n\nTia's EHCP says instructions should be broken into single steps with visuals.\n\n"
             "Fiona")
    t = ("sending to home so I can plan over half term\n\n" +
         fwd_outlook(mcallister, "2025-02-13 16:40", "Y11 maths intervention - SEN info", [llewellyn], inner))
    mk(15, pos, "forward-to-personal", "inline-forward",
       "Maths teacher forwards an internal SEN/pupil-premium list with UPNs to his personal webmail address",
       "outlook", llewellyn, [gareth_home], "FW: Y11 maths intervention - SEN info", D("2025-02-14 15:58:41"),
       text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True))

    # ------------------------------------------------------------- 016
    r = rng_b(16, pos, "ids")
    t = ("Dear colleague,\n\n"
         "Following our phone call, here are the details of the candidate transferring to you "
         "for the summer series. She has moved house and will sit her papers at your centre as a "
         "transferred candidate.\n\n"
         "Name: Chlo\u00eb Anne Marsden\n"
         "Date of birth: %s\n"
         "ULN: %s\n"
         "Our candidate number: 4187   Our centre: 24613\n"
         "Entries: A level Biology (9BI0), A level Chemistry (9CH0), T Level Health core paper 1\n\n"
         "Access arrangements (approved on Access Arrangements Online): 25%% extra time and use "
         "of a word processor. Basis: diagnosed dyspraxia and anxiety disorder (specialist "
         "assessor report dated 14/10/2024, copy available).\n\n"
         "Chlo\u00eb's mum tells us she is currently under CAMHS and may need a rest room - "
         "worth a conversation with your SENCO.\n\n"
         "Late transfer fees (\u00a312.50 per unit) will be paid by us.\n\n"
         "Regards,\nSandra Holt\nExams Officer, Kestrel Bridge UTC") % (d_uk(dob(r, 2006, 2007)), uln(r))
    mk(16, pos, "candidate-transfer", "iso-8859-1",
       "Exams officer emails another college a transferring candidate's DOB, ULN, entries and health-based access arrangements",
       "thunderbird", holt, [sfc_exams], "Transferred candidate - Chlo\u00eb Marsden", D("2025-04-15 11:52:20"),
       text_part(t, cs="ISO-8859-1", cte="quoted-printable"))

    # ------------------------------------------------------------- 017
    r = rng_b(17, pos, "ids")
    u = upn(r, 383, 2218, 12)
    doc = make_docx([
        ("h", "Child protection transfer record - CONFIDENTIAL"),
        "Name: Tyler James Marsh      DOB: %s      UPN: %s" % (d_uk(dob(r, 2008, 2008)), u),
        "Address: 88 Dale View, Ashworth, WF3 6AG (lives with maternal grandmother, Mrs Irene Marsh, special guardianship order 2021)",
        "Previous status: Child Protection Plan (neglect) March 2020 - June 2021; Child in Need to January 2023. "
        "Closed to social care since. Social worker at closure: Kirsty Lumb, Ashworth Children's Services.",
        "Mother: Kelly Marsh - substance misuse, no contact since 2022; prohibited steps order in place. Father not known.",
        "Concerns 2023-25: two missing episodes (returned same night, police involved 04/2024), suspected association with "
        "older males in the Dale View area - CSE/CCE screening tool completed 05/2024, medium risk.",
        "Health: ADHD (methylphenidate), EHCP for SEMH. Self-harm (cutting) disclosed October 2024, GP aware.",
        "Current plan: weekly check-in with welfare officer; safe adult is Mr Llewellyn (maths).",
        "Full CPOMS chronology can be transferred on request.",
        "Completed by: Bethan Morgan, DSL, Kestrel Bridge UTC, 2 June 2025",
    ], title="CP transfer - T Marsh", author="Bethan Morgan")
    t = ("Dear Marie,\n\n"
         "As discussed, please find attached the CP transfer record for Tyler Marsh, who starts "
         "with you in September. I'd be grateful if you could confirm receipt.\n\n"
         "Happy to talk it through - I'm in all week.\n\n"
         "Kind regards,\nBethan\n\nBethan Morgan\nDesignated Safeguarding Lead")
    rb = rng_b(17, pos)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="utf-8", cte="quoted-printable", quoted_cs=True),
                               attach(doc, DOCX, "CP transfer record - T Marsh.docx")], b)
    mk(17, pos, "cp-file-transfer", "attachment-docx",
       "DSL emails another college a child protection transfer record (DOB, UPN, address, CP history, self-harm) as a plain .docx",
       "outlook", morgan, [westbrook_dsl], "CP transfer - Tyler Marsh", D("2025-06-02 14:25:36"), part)

    # ------------------------------------------------------------- 018
    r = rng_b(18, pos, "ids")
    pdf = make_pdf([
        "APPRENTICE PROGRESS REVIEW - Review 5",
        "",
        "Apprentice: Bradley Senior        DOB: %s" % d_uk(dob(r, 2004, 2004)),
        "ULN: %s                  NI number: %s" % (uln(r), nino_fmt(nino(r), 1)),
        "Employer: Pennine HVAC Ltd        Line manager: Steve Marsh",
        "Standard: ST0457 Engineering Technician (L3)   Review date: 12/02/2025",
        "",
        "Progress: 68% of KSBs evidenced. Off-the-job hours: 212 of 278 planned (behind).",
        "Maths/English: Functional Skills English L2 passed Nov 2024.",
        "",
        "Additional learning support: dyslexia (assessed 2023) - 1:1 study support fortnightly,",
        "coloured paper for written work, extra time in EPA knowledge test to be applied for.",
        "",
        "Wellbeing: Bradley disclosed his dad has been diagnosed with cancer and he is helping",
        "at home. He has been referred to the college counsellor and has a support plan.",
        "Line manager agreed flexibility on Friday starts until Easter.",
        "",
        "Actions: complete project write-up by 14/03; 2 extra OTJ sessions in March.",
        "",
        "Signed: K Mensah (Skills Coach)    B Senior (Apprentice)    S Marsh (Employer)",
    ], title="Progress Review 5 - B Senior")
    t = ("Hi Steve,\n\nAttached is Bradley's review from Wednesday for you to sign. As we "
         "discussed, please keep the wellbeing section between us - he didn't want the rest of "
         "the team to know yet.\n\nThanks,\nLorraine\n\n"
         "Lorraine Ashby\nApprenticeship Manager | Kestrel Bridge UTC")
    rb = rng_b(18, pos)
    b = boundary(rb, "gmail")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit"),
                               attach(pdf, "application/pdf", "Progress Review 5 - B Senior.pdf")], b)
    mk(18, pos, "apprentice-review", "attachment-pdf",
       "Apprenticeship manager sends an employer a progress review PDF with the apprentice's ULN, NI number, DOB, SEN and family health details",
       "gmail", ashby, [employer_mgr], "Bradley - review 5 for signature", D("2025-02-14 09:20:47"), part,
       cc=[mensah])

    # ------------------------------------------------------------- 019
    r = rng_b(19, pos, "ids")
    rows = [["Parent surname", "Parent forename", "Parent DOB", "Parent NI number", "Student name",
             "Student DOB", "Postcode", "Benefit declared"]]
    fams = [("Marshall", "Leanne", "Tia Marshall", "WF2 8EX", "Universal Credit"),
            ("Holroyd", "Jason", "Maisie Holroyd", "WF3 4RJ", "Universal Credit"),
            ("Nwosu", "Grace", "Amber Nwosu", "WF3 2LP", "Universal Credit"),
            ("Rhodes", "Dawn", "Connor Rhodes", "WF3 1HQ", "Income Support"),
            ("Begum", "Shamima", "Nadia Begum", "WF13 3PL", "Universal Credit"),
            ("Kowalczyk", "Agnieszka", "Wiktoria Nowak", "WF1 3EE", "Income-based JSA")]
    for psn, pfn, stn, pc, ben in fams:
        rows.append([psn, pfn, d_uk(dob(r, 1975, 1988)), nino(r), stn, d_uk(dob(r, 2007, 2010)), pc, ben])
    t = ("Hi FSM team,\n\n"
         "Please could you run eligibility checks on the attached six families? They've applied "
         "to us for free meals and the 16-19 bursary this month. I've included parent DOB and NI "
         "number as the ECS needs them.\n\n"
         "Thanks very much,\nYasmin\n\n"
         "Yasmin Qureshi\nBursary & Student Finance Officer\nKestrel Bridge UTC")
    rb = rng_b(19, pos)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(csv_text(rows).encode("ascii"), "application/vnd.ms-excel",
                                      "FSM checks Jan.csv")], b)
    mk(19, pos, "fsm-eligibility-check", "attachment-csv",
       "Bursary officer sends the council a CSV of parents' NI numbers and DOBs with their children's names for FSM checks",
       "outlook", qureshi, [la_fsm], "FSM eligibility checks - 6 families", D("2025-01-23 10:18:05"), part)

    # ------------------------------------------------------------- 020
    r = rng_b(20, pos, "ids")
    lines = ["UPN\tULN\tSurname\tForename\tDOB\tAddress\tPostcode\tDestination Sept 24\tCurrent status\tNotes"]
    leavers = [("Stead", "Kieran", "14 Moor Lane, Ashworth", "WF3 1PA", "L2 Motor Vehicle (Calder College)", "NEET", "Left course Nov; YOT involvement"),
               ("Booth", "Courtney", "2 Elm Gardens, Ashworth", "WF3 5TT", "Apprenticeship - Care", "EET", ""),
               ("Ali", "Hamza", "71 Wakefield Road, Ossett", "WF5 9AA", "Sixth form", "Not known", "Moved address?"),
               ("Jagger", "Liam", "Flat 9 Ridings Court, Ashworth", "WF3 2ZN", "None", "NEET", "Young parent - baby due March"),
               ("Sykes", "Megan", "5 Orchard Way, Mirfield", "WF14 0JJ", "L3 Health (KBUTC)", "EET", "")]
    for sn, fn, ad, pc, dest, stat, note in leavers:
        lines.append("\t".join([upn(r, 384, r.choice([4000, 4021, 4105]), 11), uln(r), sn, fn,
                                d_uk(dob(r, 2007, 2008)), ad, pc, dest, stat, note]))
    att = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    t = ("Hi,\n\nAs requested, here are the Year 11 2024 leavers we have lost track of or who are "
         "NEET, for your January follow-up. Tab-separated so it should open in Excel.\n\n"
         "Paul Grimshaw\nMIS Manager")
    rb = rng_b(20, pos)
    b = boundary(rb, "thunderbird")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit", fmt_flowed=True),
                               attach(att, 'text/plain; charset="UTF-8"', "Y11_2024_NEET_unknown.txt")], b,
                     preamble="This is a multi-part message in MIME format.")
    mk(20, pos, "neet-tracking-list", "attachment-txt",
       "MIS manager sends the council a tab-separated .txt of former pupils with UPNs, ULNs, DOBs, addresses and sensitive notes",
       "thunderbird", grimshaw, [la_nccis], "Y11 2024 leavers - NEET / not known", D("2025-01-09 12:04:33"), part)

    # ------------------------------------------------------------- 021
    r = rng_b(21, pos, "ids")
    rows = [("Young person", "Jess Whitaker"), ("Date of birth", d_long(dob(r, 2009, 2009))),
            ("Address", "19 Carr Gate Avenue, Ashworth, WF2 0QU"), ("Mobile", "07700 900553"),
            ("Parent/carer", "Gemma Whitaker (mother) - aware and consents"),
            ("GP", "Dr Sheikh, Ashworth Health Centre"), ("NHS number", nhs_fmt(nhs(r))),
            ("Presenting issues", "Low mood since summer, panic attacks in lessons, disclosed self-harm "
                                  "(scratching forearms) on 3 Feb. Says her parents' separation and "
                                  "friendship issues are the main triggers."),
            ("Risk", "No suicidal intent disclosed; safety plan in place with college. CAMHS referral "
                     "made by GP on 5 Feb - waiting list 16 weeks."),
            ("Availability", "Tuesday or Thursday after 3.30pm"),
            ("Referrer", "Ruth Adeyemi, Student Welfare Officer, 0113 496 0366")]
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         "<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
         "<p>Hello,</p><p>Please see below a referral for your young people's counselling service. "
         "We'd be grateful if Jess could be seen as soon as possible while she waits for CAMHS.</p>"
         "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">" +
         "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (_esc(a), _esc(b_)) for a, b_ in rows) +
         "</table><p>Many thanks,<br>Ruth</p><p style=\"color:#666666;font-size:9pt\">Ruth Adeyemi | "
         "Student Welfare Officer | Kestrel Bridge UTC</p></body></html>")
    mk(21, pos, "counselling-referral", "html-only",
       "Welfare officer sends an external counselling charity an HTML referral with a pupil's DOB, address, NHS number and self-harm details",
       "outlook", adeyemi, [counselling], "Referral - Jess Whitaker", D("2025-02-07 13:44:12"),
       text_part(h, subtype="html", cs="utf-8", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- 022
    r = rng_b(22, pos, "ids")
    t = ("Dear Ms Iveson,\n\n"
         "Thank you for your reference request for Mr Daniel Crabtree.\n\n"
         "Full name: Daniel Robert Crabtree\n"
         "Date of birth: %s\n"
         "NI number: %s\n"
         "Employed: 1 September 2019 - 31 August 2024, Teacher of Engineering (MPS 4-6)\n\n"
         "Sickness absence in the last two years: 31 days in 3 episodes - 19 days (work-related "
         "stress, Jan-Feb 2023), 8 days (surgery, knee), 4 days (viral).\n\n"
         "Disciplinary: a first written warning was issued in March 2023 for inappropriate "
         "language towards a colleague; this expired in March 2024. There were no safeguarding "
         "concerns or allegations during his employment.\n\n"
         "Daniel was a popular teacher whose Level 3 results were consistently above national "
         "averages. I would re-employ him.\n\n"
         "Yours sincerely,\n\nClaire Dunmore\nHR Manager, Kestrel Bridge UTC") % (
        d_uk(dob(r, 1986, 1986)), nino_fmt(nino(r), 1))
    rb = rng_b(22, pos)
    b = boundary(rb, "outlook")
    part = multipart("alternative", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                                     text_part(html_doc(t, "outlook"), subtype="html", cs="us-ascii",
                                               cte="quoted-printable", quoted_cs=True)], b)
    mk(22, pos, "employment-reference", "multipart-alternative",
       "HR manager emails a reference to another school with a former teacher's DOB, NI number, sickness and disciplinary details",
       "outlook", dunmore, [thornhill], "Reference - Daniel Crabtree", D("2024-11-05 15:02:29"), part)

    # ------------------------------------------------------------- 023
    r = rng_b(23, pos, "ids")
    rows = [["Learner", "Course", "Sort code", "Account no", "Refund"]]
    for n, c, amt in [("Steve Earnshaw", "L2 Electrical Installation (cancelled)", "\u00a3480.00"),
                      ("Rashid Mahmood", "L2 Electrical Installation (cancelled)", "\u00a3480.00"),
                      ("Beverley Thackray", "Intro to BSL (withdrew wk 1)", "\u00a3165.00"),
                      ("Mark O'Connell", "L2 Electrical Installation (cancelled)", "\u00a3240.00"),
                      ("Sin\u00e9ad Gallagher", "First Aid at Work refresher", "\u00a395.00")]:
        sc, acc = bank(r)
        rows.append([n, c, sc_fmt(sc), acc, amt])
    t = ("Hi team,\n\nPlease could you set up the following refunds in this week's BACS run? The "
         "Level 2 Electrical course in February was cancelled (tutor illness) so these learners "
         "are owed their fees. Bank details were confirmed by phone.\n\n" + table_text(rows) +
         "\n\nCost centre ADL-200. Total \u00a31,460.00.\n\nRegards,\nNeil Barraclough\n"
         "Finance Manager, Kestrel Bridge UTC")
    mk(23, pos, "refund-bank-details", "iso-8859-1",
       "Finance manager asks the trust's shared service to pay refunds, listing adult learners' names with sort codes and account numbers",
       "webmail", barraclough, [sharedsvc], "Refunds - adult course cancellations", D("2025-03-04 11:37:58"),
       text_part(t, cs="iso-8859-1", cte="8bit"))

    # ------------------------------------------------------------- 024
    r = rng_b(24, pos, "ids")
    orig = ("Miss Lowe,\n\nI want to know what is being done about the boy who punched Jess on the "
            "bus yesterday. She's got a black eye and she's too scared to come in. Is he being "
            "excluded? I want to know who he is and why he is still in school.\n\nGemma Whitaker")
    t = ("Dear Mrs Whitaker,\n\n"
         "I'm so sorry Jess was hurt, and I completely understand why you're upset. I've spoken "
         "to everyone involved this morning. I've copied the incident log below so you can see "
         "what was recorded:\n\n"
         "  Incident 2025-0219 | 11/03/2025 15:40 | School bus (route 7)\n"
         "  Pupils: Jess Whitaker (10HL, victim), Tyler Marsh (10KT, DOB %s, UPN %s)\n"
         "  Tyler struck JW once in the face after a verbal argument. Witnessed by driver.\n"
         "  Background: TM has an EHCP (SEMH/ADHD), is on a CP plan review with Ashworth CSC, "
         "and lives with his grandmother under an SGO. Medication not taken that morning.\n"
         "  Action: fixed-term suspension 3 days; reintegration meeting with social worker.\n\n"
         "Tyler will not be on the bus for the rest of term. Please let me know when would be a "
         "good time to talk about getting Jess back in.\n\n"
         "Kind regards,\nHannah Lowe\nHead of Year 10\n\n" +
         on_wrote("2025-03-12 07:31", "Gemma Whitaker <gemma.whitaker@example.com>") + "\n" + quote(orig)) % (
        d_uk(dob(r, 2009, 2009)), upn(r, 383, 2218, 14))
    mk(24, pos, "parent-reply-third-party", "reply-quoted",
       "Head of Year replies to a parent's complaint pasting an incident log with another pupil's DOB, UPN, EHCP and social care status",
       "gmail", lowe, [parent_whitaker], "Re: Jess - bus incident", D("2025-03-12 12:15:40"),
       text_part(t, cs="UTF-8", cte="quoted-printable"),
       irt="<CAF3w9fZx2Qb-whitaker-bus@mail.gmail.com>", refs="<CAF3w9fZx2Qb-whitaker-bus@mail.gmail.com>")

    # ------------------------------------------------------------- 025
    r = rng_b(25, pos, "ids")
    rows = [["Name / Name", "Geburtsdatum / DOB", "Reisepass-Nr. / Passport", "Adresse / Home address",
             "Allergien, Medizinisches / Medical", "Notfallkontakt / Emergency contact"]]
    ex = [("Imogen Batty", "4 Priory Walk, Ashworth WF3 3SD", "Hay fever (cetirizine)", "Claire Batty 07700 900145"),
          ("Ruby Clegg", "27 Lidget Street, Brighouse HD6 1NP", "", "Mark Clegg 07700 900872"),
          ("Amber Nwosu", "27 Wheatley Rise, Ashworth WF3 2LP", "Asthma", "Grace Nwosu 07700 900231"),
          ("Zara Hussain", "10 Howard Street, Dewsbury WF13 2HT", "Anxiety - may need quiet space; halal",
           "Tahira Hussain 07700 900917")]
    for n, ad, med, ec in ex:
        rows.append([n, d_uk(dob(r, 2008, 2009)).replace("/", "."), "%d%08d" % (r.choice([1, 5, 6]), r.randrange(10 ** 8)),
                     ad, med, ec])
    x = make_xlsx(rows, sheet="Teilnehmer")
    t = ("Lieber Matthias,\n\n"
         "anbei die Liste unserer vier Sch\u00fclerinnen f\u00fcr den Gegenbesuch in Bochum "
         "(12.-26. Juli) mit Geburtsdaten, Passnummern, Adressen und medizinischen Hinweisen "
         "f\u00fcr die Gastfamilien.\n\n"
         "(Matthias - the list is in English and German, I hope that works for your host "
         "families. Zara's mum has asked that her host family know about the anxiety.)\n\n"
         "Viele Gr\u00fc\u00dfe / best wishes,\nIsabel")
    rb = rng_b(25, pos)
    b = boundary(rb, "apple")
    part = multipart("mixed", [text_part(t, cs="utf-8", cte="quoted-printable"),
                               attach(x, XLSX, "Teilnehmerliste Bochum Juli 2025.xlsx")], b)
    mk(25, pos, "exchange-partner-list", "attachment-xlsx",
       "International coordinator sends a German partner school a bilingual spreadsheet of pupils' DOBs, passport numbers, addresses and medical notes",
       "apple", ferreira, [hhg], "Gegenbesuch Juli \u2013 Teilnehmerliste", D("2025-05-21 20:16:48"), part)

    # ------------------------------------------------------------- 026
    r = rng_b(26, pos, "ids")
    rows = [["Surname", "Forename", "DOB", "NHS number", "Hep B dose 1", "Hep B dose 2", "Hep B dose 3",
             "Anti-HBs", "Varicella history"]]
    for sn, fn in [("Crowther", "Ellie"), ("Stansfield", "Freya"), ("Begum", "Nadia"), ("Patel", "Aisha"),
                   ("Whiteley", "Lily"), ("Hussain", "Zara"), ("Ahmed", "Sana"), ("Lister", "Sam")]:
        rows.append([sn, fn, d_uk(dob(r, 2007, 2008)), nhs(r), "12/09/2024", "14/10/2024",
                     r.choice(["11/03/2025", "", "11/03/2025"]), r.choice([">100", "pending", ">100"]),
                     r.choice(["Yes", "Yes", "No - VZV IgG requested"])])
    doc = make_docx([("h", "Parental consent - occupational health information sharing"),
                     "I consent to Kestrel Bridge UTC sharing my child's immunisation records with the "
                     "Calder & Aire Hospitals occupational health service for the purpose of clinical placement.",
                     "Signed copies for all eight students are on file at the college."],
                    title="OH consent", author="Priya Raman")
    z = make_zip([("OH_immunisation_status_Y12.csv", csv_text(rows)), ("Consent statement.docx", doc)],
                 dt=(2025, 3, 14, 10, 2, 0))
    t = ("Hello OH team,\n\nAs requested, the immunisation status for the Year 12 health "
         "students going on placement in May, with NHS numbers so you can match them to your "
         "system. Zipped because the email bounced yesterday.\n\nPriya Raman\nHealth Sciences Lead")
    rb = rng_b(26, pos)
    b = boundary(rb, "gmail")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit"),
                               attach(z, "application/x-zip-compressed", "OH_Y12_placements.zip")], b)
    mk(26, pos, "oh-immunisation-zip", "zip",
       "Health lead sends an NHS trust OH team an unencrypted zip with students' NHS numbers, DOBs and immunisation records",
       "gmail", raman, [nhs_oh], "Y12 placement students - immunisation status", D("2025-03-14 10:09:31"), part,
       cc=[nhs_place])

    # ------------------------------------------------------------- 027
    r = rng_b(27, pos, "ids")
    rows = [["Student", "DOB", "NHS no.", "Condition / medication", "Dietary"]]
    for n, cond, diet in [("Kayla Brooks", "None", "Vegetarian"),
                          ("Harvey Dyson", "ADHD - methylphenidate 8am (staff to hold)", ""),
                          ("Kai Oyelaran", "Nut allergy - 2x EpiPen", "Nut free"),
                          ("Leo Fairbairn", "Epilepsy - lamotrigine am/pm, buccal midazolam", ""),
                          ("Ollie Firth", "Type 1 diabetes - pump, check BG before activities", ""),
                          ("Tia Marshall", "Asthma - inhaler", "Halal"),
                          ("Maisie Holroyd", "Bedwetting - discreet arrangements please", "")]:
        rows.append([n, d_uk(dob(r, 2009, 2010)), nhs_fmt(nhs(r)), cond, diet])
    innertxt = ("Hi Tomasz,\n\nMedical and dietary list for the Year 10 residential attached below "
                "- parents' forms all in now. Please keep this with the trip first aid kit and "
                "shred after.\n\n" + table_text(rows) + "\n\nRuth")
    ri = rng_b(27, pos, "inner")
    inner = build("outlook", adeyemi, [wisniewski], "Y10 residential - medical & dietary",
                  D("2025-05-28 14:02:11"), text_part(innertxt, cs="us-ascii", cte="7bit", quoted_cs=True), ri)
    t = ("Hi,\n\nForwarding our medical/dietary info for the group arriving on Monday (booking "
         "HOC-3391) so your instructors and kitchen have it.\n\nThanks,\nTomasz")
    rb = rng_b(27, pos)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               rfc822_part(inner, "Y10 residential - medical & dietary.eml")], b)
    mk(27, pos, "trip-medical-forward", "rfc822-forward",
       "Trip leader forwards (as an attached message) the internal medical list with NHS numbers and conditions to an outdoor centre",
       "outlook", wisniewski, [highdale], "FW: Y10 residential - medical & dietary", D("2025-05-29 08:44:30"), part)

    # ------------------------------------------------------------- 028
    r = rng_b(28, pos, "ids")
    sc, acc = bank(r)
    orig = ("Hi Kwame,\n\nWe're setting Mohammed up on our payroll for his first pay on the 28th. "
            "Could you send over his NI number, date of birth and home address please? And his "
            "bank details if you have them from his enrolment form - he keeps forgetting to bring "
            "them in.\n\nThanks\nDonna\nPayroll, Pennine HVAC")
    t = ("Hi Donna,\n\nNo problem, here you go:\n\n"
         "Mohammed Iqbal\n"
         "NI: %s\n"
         "DOB: %s\n"
         "Address: 56 Savile Road, Dewsbury, WF12 8LN\n"
         "Bank: %s / %s (from his enrolment form)\n\n"
         "Kwame\n\n" + on_wrote("2025-01-16 09:12", "Donna Hirst <payroll@pennine-hvac.example>") +
         "\n" + quote(orig)) % (nino(r), d_uk(dob(r, 2006, 2006)), sc_fmt(sc), acc)
    mk(28, pos, "employer-payroll-reply", "reply-quoted",
       "Skills coach replies to an employer's payroll clerk with an apprentice's NI number, DOB, address and bank details",
       "gmail", mensah, [employer_payroll], "Re: New apprentice - payroll details", D("2025-01-16 10:40:07"),
       text_part(t, cs="UTF-8", cte="7bit"),
       irt="<000a01db67f3$9c2e1d40$d48a57c0$@pennine-hvac.example>",
       refs="<000a01db67f3$9c2e1d40$d48a57c0$@pennine-hvac.example>")

    # ------------------------------------------------------------- 029
    r = rng_b(29, pos, "ids")
    t = ("Hi, policy KBU-ST-2025-0612 (Kestrel Bridge UTC, CERN trip). One of our students has "
         "been taken to HUG Geneva with a suspected broken wrist.\n\n"
         "Connor Rhodes, DOB %s\n"
         "Passport %d%08d\n"
         "GHIC %s\n"
         "Asthma, uses salbutamol. No allergies.\n"
         "Mum: Dawn Rhodes 07700 900%03d\n\n"
         "Please call me on this number. Tomasz (trip leader)\n\n"
         "Sent from my iPhone") % (d_uk(dob(r, 2007, 2007)), r.choice([1, 5]), r.randrange(10 ** 8),
                                   "".join(str(r.randrange(10)) for _ in range(20)), r.randrange(1000))
    mk(29, pos, "trip-emergency-mobile", "mobile",
       "Trip leader emails a travel insurer from his phone with a pupil's DOB, passport and GHIC numbers and medical details",
       "iphone", wisniewski, [insurer], "Claim - student injured Geneva", D("2025-06-25 19:52:14"),
       text_part(t, cs="utf-8", cte="7bit"))

    # ------------------------------------------------------------- 030
    r = rng_b(30, pos, "ids")
    rows = [("Student", "DOB", "Household income", "Category", "Sort code", "Account", "Paid YTD")]
    for n, inc, cat, paid in [("Tia Marshall", "\u00a314,200", "Discretionary", "\u00a3640"),
                              ("Connor Rhodes", "\u00a311,850", "Discretionary", "\u00a3640"),
                              ("Liam Jagger", "n/a", "Vulnerable - care leaver", "\u00a31,200"),
                              ("Courtney Booth", "n/a", "Vulnerable - UC in own right", "\u00a31,200"),
                              ("Nadia Begum", "\u00a319,900", "Discretionary", "\u00a3480")]:
        sc, acc = bank(r)
        rows.append((n, d_uk(dob(r, 2006, 2008)), inc, cat, sc_fmt(sc), acc, paid))
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
         "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
         "<p>Hi Tom,</p><p>Here is the 16-19 Bursary sample you asked for (5 cases from the 2024-25 "
         "register) for the audit fieldwork next week. Evidence files are in the finance office.</p>"
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">" +
         "".join("<tr>%s</tr>" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % _esc(c) for c in row)
                 for i, row in enumerate(rows)) +
         "</table><p>Thanks,<br>Yasmin Qureshi<br>Bursary &amp; Student Finance Officer</p></div></body></html>")
    mk(30, pos, "bursary-audit-sample", "html-only",
       "Bursary officer sends external auditors an HTML table of named students with DOBs, household income, care status and bank details",
       "outlook", qureshi, [auditor], "Bursary sample for audit", D("2025-06-10 14:58:21"),
       text_part(h, subtype="html", cs="windows-1252", cte="quoted-printable", quoted_cs=True), cc=[barraclough])

    # ============================================================ NEGATIVES
    # ------------------------------------------------------------- 031 internal CSV
    r = rng_b(31, neg, "ids")
    rows = [["UPN", "ULN", "Surname", "Forename", "DOB", "Tutor group", "Access arrangements"]]
    for sn, fn, tg, aa in [("Holroyd", "Maisie", "10HL", "25% ET, reader"), ("Dyson", "Harvey", "10KT", "25% ET, rest breaks"),
                           ("Hussain", "Zara", "11RA", "Overlay, 25% ET"), ("Whiteley", "Lily", "11RA", "MLP"),
                           ("Marshall", "Tia", "10HL", "Scribe")]:
        rows.append([upn(r, 384, r.choice([2173, 2049]), 14), uln(r), sn, fn, d_uk(dob(r, 2008, 2010)), tg, aa])
    t = ("Hi Sandra,\n\nHere's the export you asked for - everyone with access arrangements on "
         "the system for the mocks, with UPN and ULN for the awarding body portal. I've left it "
         "in the Exams folder on the S: drive too.\n\nPaul")
    rb = rng_b(31, neg)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(csv_text(rows).encode("utf-8"), "text/csv", "AA_export_mocks.csv")], b)
    mk(31, neg, "internal-aa-export", "attachment-csv",
       "MIS manager sends the exams officer (internal only) a CSV of pupils with UPNs, ULNs and access arrangements",
       "outlook", grimshaw, [holt], "AA export for mocks", D("2025-01-28 09:15:42"), part, cc=[mcallister])

    # ------------------------------------------------------------- 032 inbound parent
    r = rng_b(32, neg, "ids")
    t = ("Hi Ruth, as promised here's Harvey's info for the nurse. NHS number is %s, DOB %s. "
         "He takes methylphenidate 18mg in the morning and has had a few nosebleeds since the dose "
         "went up. GP is Dr Sheikh. Thanks for your help today, Michelle\n\nSent from my iPhone") % (
        nhs_fmt(nhs(r)), d_uk(dob(r, 2009, 2009)))
    mk(32, neg, "inbound-parent-medical", "mobile",
       "Inbound: a parent emails the welfare officer her son's NHS number, DOB and medication (auth_user null)",
       "iphone", parent_a, [adeyemi], "Harvey", D("2025-02-04 17:22:58"), text_part(t, cs="utf-8", cte="7bit"))

    # ------------------------------------------------------------- 033 inbound host bank
    r = rng_b(33, neg, "ids")
    sc, acc = bank(r)
    t = ("Hello,\n\n"
         "Isabel said to send our bank details to you for the hosting payments. We've changed "
         "banks since last year.\n\n"
         "Account name: Mrs K Ackroyd\n"
         "Sort code: %s\n"
         "Account number: %s\n\n"
         "We're hosting Yuxin from April. Thanks,\nKaren Ackroyd\n19 Mill Bank, Ashworth") % (sc_fmt(sc), acc)
    mk(33, neg, "inbound-host-bank", "plain-7bit",
       "Inbound: a host family sends the finance office their own bank details for host payments",
       "webmail", host_ackroyd, [finance], "Bank details for hosting payments", D("2025-03-31 20:10:05"),
       text_part(t, cs="us-ascii", cte="7bit"), cc=[ferreira])

    # ------------------------------------------------------------- 034 smime
    rb = rng_b(34, neg)
    blob = smime_blob(rb, 3900)
    part = (['Content-Type: application/pkcs7-mime;\n\tsmime-type=enveloped-data;\n\tname="smime.p7m"',
             'Content-Disposition: attachment;\n\tfilename="smime.p7m"',
             "Content-Transfer-Encoding: base64"], base64.encodebytes(blob))
    mk(34, neg, "smime-encrypted", "smime",
       "S/MIME-encrypted message from the exams officer to the specialist assessor (access arrangements evidence)",
       "outlook", holt, [assessor], "Form 8 evidence - candidates (encrypted)", D("2025-03-13 12:30:55"), part)

    # ------------------------------------------------------------- 035 pgp
    rb = rng_b(35, neg)
    arm = pgp_armor(rb, 2300)
    b = "------------" + "".join(rb.choice("0123456789ABCDEFabcdef") for _ in range(24))
    parts = [(["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"],
              b"Version: 1\n"),
             (['Content-Type: application/octet-stream; name="encrypted.asc"',
               "Content-Description: OpenPGP encrypted message",
               'Content-Disposition: inline; filename="encrypted.asc"'], arm.encode("ascii"))]
    part = multipart("encrypted", parts, b, preamble="This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)",
                     params=' protocol="application/pgp-encrypted";')
    mk(35, neg, "pgp-encrypted", "pgp-mime",
       "PGP/MIME-encrypted update from the DSL to a council social worker",
       "thunderbird", morgan, [sw], "Update re: A.N. (encrypted)", D("2025-01-28 16:47:12"), part)

    # ------------------------------------------------------------- 036 zipcrypto
    r = rng_b(36, neg, "ids")
    rows = [["Employee No", "Surname", "Forename", "NI Number", "Sort Code", "Account No", "Change"]]
    for eno, sn, fn, ch in [("KB0415", "Varley", "Andrew", "New starter"), ("KB0262", "Lund", "Deborah", "SSP from 06/01")]:
        sc, acc = bank(r)
        rows.append([eno, sn, fn, nino(r), sc_fmt(sc), acc, ch])
    z = make_zip_encrypted([("April 2025 changes.csv", csv_text(rows))], "Wh1tby-Abbey-77", r, dt=(2025, 4, 10, 9, 0, 0))
    t = ("Hi Aisha,\n\nApril changes attached in a password-protected zip. I'll ring you with the "
         "password this afternoon (not sending it by email).\n\nThanks,\nNeil")
    rb = rng_b(36, neg)
    b = boundary(rb, "thunderbird")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit", fmt_flowed=True),
                               attach(z, "application/zip", "April2025_changes.zip")], b,
                     preamble="This is a multi-part message in MIME format.")
    mk(36, neg, "encrypted-zip-payroll", "zip-encrypted",
       "Finance manager sends payroll changes to the bureau in a password-protected (ZipCrypto) zip; password by phone",
       "thunderbird", barraclough, [payroll_aisha], "April payroll changes (protected)", D("2025-04-10 09:04:27"), part)

    # ------------------------------------------------------------- 037 invoice, school bank
    pdf = make_pdf([
        "KESTREL BRIDGE UTC - SALES INVOICE",
        "",
        "Invoice no: SI-2025-00418          Date: 07/03/2025",
        "Customer: Calder Care Homes Ltd, Unit 3 Riverside Park, Ashworth WF3 2BB",
        "Customer PO: PO-77120-CC",
        "",
        "Description                                         Qty   Unit      Total",
        "Level 2 Certificate in Adult Care - evening cohort    3   450.00  1,350.00",
        "First Aid at Work (3 day)                             2   185.00    370.00",
        "",
        "Subtotal 1,720.00    VAT exempt (education)    TOTAL DUE GBP 1,720.00",
        "",
        "Payment terms: 30 days. Please quote SI-2025-00418 as your reference.",
        "Pay by BACS to: Kestrel Bridge UTC, sort code 30-94-57, account 00718824",
        "",
        "Kestrel Bridge UTC, Ferry Lane, Ashworth WF3 1KB. Company no. 08123456.",
    ], title="Invoice SI-2025-00418")
    t = ("Dear Emma,\n\nPlease find attached invoice SI-2025-00418 for the adult care and first aid "
         "courses delivered to your staff this term (PO-77120-CC).\n\n"
         "Our bank details for BACS are on the invoice: sort code 30-94-57, account 00718824, "
         "reference SI-2025-00418.\n\n"
         "Kind regards,\nSam Ellery\nFinance Assistant, Kestrel Bridge UTC\n0113 496 0588")
    rb = rng_b(37, neg)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(pdf, "application/pdf", "Invoice SI-2025-00418.pdf")], b)
    mk(37, neg, "invoice-school-bank", "attachment-pdf",
       "Finance assistant sends an employer an invoice carrying the college's own sort code and account number",
       "outlook", ellery, [agency_emp], "Invoice SI-2025-00418", D("2025-03-07 11:26:40"), part)

    # ------------------------------------------------------------- 038 travel booking refs
    t = ("Hi Sian,\n\n"
         "Thanks for the updated quote. Confirming the following for booking EDU-GVA-25-1182:\n\n"
         "  Group: 7 students + 2 staff (9 passengers)\n"
         "  Outbound: 24 June, EZY2143 MAN-GVA dep 06:40\n"
         "  Return:   27 June, EZY2148 GVA-MAN dep 19:25\n"
         "  Hotel: Ibis Geneve Centre Gare, 3 nights, 4 twin + 1 single\n"
         "  CERN visit slot: 25 June 09:30 (ref CERN-VIS-88214)\n\n"
         "Deposit of GBP 1,800.00 paid 12 March under our PO 4500019872; your invoice "
         "INV-77310452 shows a balance of GBP 4,365.00 due 24 May.\n\n"
         "Passenger names will follow via your secure upload link, not by email.\n\n"
         "Best wishes,\nTomasz\n\nTomasz Wisniewski\nHead of Engineering, Kestrel Bridge UTC\n"
         "Tel 0113 496 0301")
    mk(38, neg, "travel-booking-refs", "hard-wrapped",
       "Trip leader confirms flight numbers, booking, PO and invoice references with the travel agent; no personal data",
       "thunderbird", wisniewski, [travel], "Re: CERN trip quote - confirmed", D("2025-03-14 13:05:18"),
       text_part(hard_wrap(t, 72), cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- 039 aggregate stats
    rows = [["Qualification", "Cohort", "Entries", "Pass %", "Merit+ %", "Distinction %", "Achievement rate %",
             "Retention %"],
            ["T Level Engineering (MIR)", "2022-24", 41, 90.2, 51.2, 14.6, 85.4, 92.7],
            ["T Level Health", "2022-24", 28, 92.9, 60.7, 21.4, 89.3, 96.4],
            ["BTEC Ext Cert Engineering", "2022-24", 36, 97.2, 63.9, 25.0, 94.4, 97.2],
            ["A level Maths", "2022-24", 22, 95.5, None, None, 95.5, 100.0],
            ["Adult L2 Electrical", "2023-24", 54, 83.3, None, None, 77.8, 87.0]]
    rows = [[c if c is not None else "" for c in row] for row in rows]
    x = make_xlsx(rows, sheet="Outcomes 2024")
    t = ("Hi Olu,\n\n"
         "Here are our headline outcomes for 2024 for the progression study - aggregate figures "
         "only, as agreed with our DPO. Cohorts under 10 have been suppressed.\n\n"
         "Best,\nPaul\n\nPaul Grimshaw\nMIS Manager")
    rb = rng_b(39, neg)
    b = boundary(rb, "gmail")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit"),
                               attach(x, XLSX, "KBUTC outcomes 2024 (aggregate).xlsx")], b)
    mk(39, neg, "aggregate-outcomes", "attachment-xlsx",
       "MIS manager sends a university researcher aggregate, suppressed results statistics (no individuals)",
       "gmail", grimshaw, [uni_research], "Aggregate outcomes 2024", D("2024-12-04 10:51:36"), part)

    # ------------------------------------------------------------- 040 blank template
    doc = make_docx([("h", "Industry placement - student health and emergency information (TEMPLATE)"),
                     "To be completed by the student and parent/carer and returned to the college, not "
                     "to the employer. The employer receives only the information needed for safe supervision.",
                     "Student name: ______________________    Date of birth: ___/___/______",
                     "Emergency contact name: ______________________    Telephone: ______________",
                     "Relevant medical conditions: ______________________________________________",
                     "Medication carried: ______________________________________________________",
                     "NHS number (optional): ___ ___ ____",
                     "Signature of parent/carer: ______________________    Date: ___/___/______"],
                    title="Placement health info TEMPLATE", author="Marcus Fenwick")
    t = ("Hi Jill,\n\nAs promised, here's the blank template we use for placement health and "
         "emergency information, in case you want to adapt your own induction form. Students "
         "fill it in and return it to us; we then share only what your supervisors need, with "
         "consent.\n\nBest,\nMarcus")
    rb = rng_b(40, neg)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(doc, DOCX, "Placement health info - TEMPLATE.docx")], b)
    mk(40, neg, "blank-health-template", "attachment-docx",
       "Placement coordinator sends an employer a blank health/emergency information template",
       "outlook", fenwick, [arden_hr], "Blank placement health form (template)", D("2025-01-30 11:14:22"), part)

    # ------------------------------------------------------------- 041 DP policy
    t = ("Dear Andrew,\n\n"
         "Ahead of Thursday's Audit & Risk committee, here is a summary of the changes to our "
         "Data Protection Policy (v4.2) for your review. The full policy is in GovernorHub.\n\n"
         "1. Special category data: health, SEN, safeguarding and ethnicity data must never be "
         "sent by ordinary email outside the college. Staff must use Egress secure email or the "
         "relevant portal (CPOMS transfer, AAO, DfE S2S).\n"
         "2. Identifiers: UPNs, ULNs, NHS numbers and National Insurance numbers count as "
         "personal data even without a name, and must not appear in email subject lines.\n"
         "3. Bulk exports from the MIS require the MIS manager's approval and are logged.\n"
         "4. Breaches: staff must report a suspected breach to the DPO within 24 hours; the DPO "
         "decides on ICO notification within 72 hours.\n"
         "5. Training: annual for all staff, plus a new module for trip leaders on sharing "
         "medical information with third parties.\n\n"
         "There were 3 reportable incidents in 2024 (all emails to the wrong recipient) and none "
         "required ICO notification.\n\n"
         "With best wishes,\nHelen\n\nDr Helen Okafor\nPrincipal")
    mk(41, neg, "dp-policy-summary", "flowed",
       "Principal sends an external governor a summary of the data protection policy changes; no personal data",
       "apple", okafor, [governor_ext], "Data Protection Policy v4.2 - summary for A&R committee",
       D("2025-03-03 19:37:51"), text_part(flowed(t), cs="us-ascii", cte="7bit", fmt_flowed=True), cc=[governors_clerk])

    # ------------------------------------------------------------- 042 IT asset refs
    t = ("Hello,\n\n"
         "Please can you log a warranty call for the following (our contract ref CT-EDU-20931):\n\n"
         "1. Dell OptiPlex 7010, service tag 7HX2KQ3, asset KB-PC-01872, room D14 - no POST, "
         "amber light 2-3 pattern.\n"
         "2. HP LaserJet M406dn, serial VNB3R47712, asset KB-PR-00221 - paper jam error 13.B2.D1 "
         "recurring.\n"
         "3. Switch stack in comms room 2, unit 3: Aruba 2930F, serial CN09KP41M2, MAC "
         "94:60:D5:1B:7C:40 - port 44 flapping.\n\n"
         "Previous ticket for the printer was INC0048812 (closed 02/12/2024).\n\n"
         "Site contact: Rob Kettle, 0113 496 0240, available 8am-4.30pm.\n\n"
         "Thanks,\nRob")
    rb = rng_b(42, neg)
    b = boundary(rb, "outlook")
    part = multipart("alternative", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                                     text_part(html_doc(t, "outlook"), subtype="html", cs="us-ascii",
                                               cte="quoted-printable", quoted_cs=True)], b)
    mk(42, neg, "it-warranty-call", "multipart-alternative",
       "Network manager logs a warranty call with asset tags, serial numbers, MAC address and ticket refs",
       "outlook", kettle, [itsupplier], "Warranty call - 3 items (CT-EDU-20931)", D("2025-01-10 08:52:03"), part)

    # ------------------------------------------------------------- 043 contact numbers
    t = ("Hi Jill,\n\n"
         "Here are the direct numbers you asked for, for the placement supervisors\u2019 "
         "contact sheet:\n\n"
         "  Industry placements (Marcus Fenwick)\t0113 496 0342\n"
         "  Engineering office\t\t\t0113 496 0301\n"
         "  Health Sciences office\t\t0113 496 0350\n"
         "  Student welfare (for any concerns)\t0113 496 0366\n"
         "  Main reception\t\t\t0113 496 0200\n"
         "  Out of hours / emergencies\t\t07700 900500\n\n"
         "Our address for post is Kestrel Bridge UTC, Ferry Lane, Ashworth, WF3 1KB.\n\n"
         "Many thanks,\nMarcus")
    mk(43, neg, "contact-numbers", "windows-1252",
       "Placement coordinator sends an employer the college's department phone numbers and postal address",
       "outlook", fenwick, [arden_hr], "Contact numbers for your supervisors", D("2025-02-20 14:06:49"),
       text_part(t, cs="windows-1252", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- 044 synthetic test data
    r = rng_b(44, neg, "ids")
    rows = [["UPN", "ULN", "Surname", "Forename", "DOB", "Gender", "Postcode"]]
    for i, fn in enumerate(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]):
        rows.append([wrong_check(upn(r, 999, 9999, 20), "upn"), wrong_check(uln(r), "uln"),
                     "Testlearner", fn, "2000-01-%02d" % (i + 1), "X", "ZZ99 9ZZ"])
    t = ("Hi,\n\n"
         "For ticket #48377 - rather than sending real data, here's a synthetic file that "
         "reproduces the import error. All records are dummies: UPNs and ULNs deliberately fail "
         "their check digits, LA code 999, postcode ZZ99 9ZZ, and DOBs are all 1 January 2000-ish. "
         "Row 4 is the one that triggers the 'Invalid pupil record' message.\n\n"
         "Paul")
    rb = rng_b(44, neg)
    b = boundary(rb, "gmail")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit"),
                               attach(csv_text(rows).encode("ascii"), "text/csv", "synthetic_test_import.csv")], b)
    mk(44, neg, "synthetic-test-data", "attachment-csv",
       "MIS manager sends the vendor a synthetic test file whose UPNs/ULNs deliberately have wrong check digits",
       "gmail", grimshaw, [vendor], "Re: [Ticket #48377] Import error - synthetic test file", D("2025-02-25 15:33:27"),
       part, irt="<ticket-48377-1@scholaris-mis.example>", refs="<ticket-48377-1@scholaris-mis.example>")

    # ------------------------------------------------------------- 045 lab supplies order
    r = rng_b(45, neg, "ids")

    def not_luhn(prefix):
        while True:
            s = prefix + "".join(str(r.randrange(10)) for _ in range(16 - len(prefix)))
            if not luhn_ok(s):
                return s
    items = [("Disposable nitrile gloves, M, box of 100", not_luhn("4100"), 12, "6.45"),
             ("Sterile dressing pack, large", not_luhn("5012"), 40, "1.10"),
             ("Sphygmomanometer, aneroid, adult cuff", not_luhn("4100"), 4, "27.90"),
             ("Training manikin replacement lungs (pk 10)", not_luhn("5012"), 3, "18.00")]
    h = ("<html><body style=\"font-family:Arial;font-size:10pt\"><p>Hello,</p>"
         "<p>Please supply the following against our purchase order <b>PO 4500020114</b> "
         "(account no. KB-883201). Delivery to Health Sciences, Kestrel Bridge UTC, Ferry Lane, "
         "Ashworth WF3 1KB.</p><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
         "<tr><th>Description</th><th>Cat. no.</th><th>Qty</th><th>Unit &pound;</th></tr>" +
         "".join("<tr><td>%s</td><td>%s</td><td>%d</td><td>%s</td></tr>" % (_esc(d), c, q, p) for d, c, q, p in items) +
         "</table><p>Please confirm the delivery date. Invoices to finance@school.example quoting the PO.</p>"
         "<p>Thanks,<br>Priya Raman<br>Health Sciences Lead<br>0113 496 0350</p></body></html>")
    mk(45, neg, "purchase-order", "html-only",
       "Health lead orders lab supplies; 16-digit catalogue numbers that fail Luhn, PO and account refs only",
       "outlook", raman, [labsupplier], "Order - PO 4500020114", D("2025-02-12 10:29:14"),
       text_part(h, subtype="html", cs="utf-8", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- 046 internal HR->finance
    r = rng_b(46, neg, "ids")
    sc, acc = bank(r)
    t = ("Hi Neil,\n\n"
         "New starter details for April payroll so you can check the budget line before I "
         "send to Ledgerline securely:\n\n"
         "Andrew Varley, Technician (Engineering), Grade 4 SCP 9, start 22/04/2025\n"
         "DOB %s, NI %s\n"
         "Bank %s %s\n\n"
         "Claire") % (d_uk(dob(r, 1990, 1990)), nino(r), sc_fmt(sc), acc)
    mk(46, neg, "internal-hr-finance", "qp",
       "Internal only: HR sends the finance manager a new starter's DOB, NI number and bank details",
       "outlook", dunmore, [barraclough], "New starter - A Varley", D("2025-04-01 15:12:09"),
       text_part(t, cs="utf-8", cte="quoted-printable", quoted_cs=True))

    # ------------------------------------------------------------- 047 internal DSL forward
    r = rng_b(47, neg, "ids")
    inner = ("Dear Ms Morgan,\n\n"
             "Thank you for your referral regarding Amber Nwosu (DOB %s). This has been "
             "allocated to Kirsty Lumb for a strategy discussion. Police (DA team) have been "
             "informed. Please ensure Amber does not leave with Dean Collier.\n\n"
             "Ashworth MASH") % d_uk(dob(r, 2009, 2009))
    t = ("Craig - FYI, MASH outcome below. I'm off site tomorrow so please be point of contact "
         "if Kirsty rings. Amber's file is updated on CPOMS.\n\nBethan\n\n" +
         fwd_gmail(mash, "2025-01-21 15:48", "RE: URGENT referral - Amber Nwosu", [morgan], inner))
    mk(47, neg, "internal-dsl-forward", "inline-forward",
       "Internal only: DSL forwards a MASH outcome about a named pupil to the deputy DSL",
       "gmail", morgan, [deputy_dsl], "Fwd: RE: URGENT referral - Amber Nwosu", D("2025-01-21 16:05:43"),
       text_part(t, cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- 048 inbound NHS list
    r = rng_b(48, neg, "ids")
    rows = [["Student", "DOB", "NHS number", "OH clearance", "Restrictions"]]
    for n in ["Zara Hussain", "Ellie Crowther", "Freya Stansfield", "Nadia Begum", "Lily Whiteley", "Aisha Patel"]:
        rows.append([n, d_uk(dob(r, 2007, 2008)), nhs(r), r.choice(["Cleared", "Cleared", "Cleared - EPP excluded"]), ""])
    rows[4][3] = "Conditional - Hep B booster"
    rows[4][4] = "No exposure-prone procedures until booster"
    x = make_xlsx(rows, sheet="OH outcome")
    t = ("Hi Priya,\n\nOH outcomes for your six students attached. Five are cleared; Nadia is "
         "conditional until her Hep B booster. Please keep this on your secure system.\n\n"
         "Gemma Holdsworth\nPlacement Learning Facilitator\nCalder & Aire Hospitals NHS Trust")
    rb = rng_b(48, neg)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(x, XLSX, "OH outcome - KBUTC T Level Health.xlsx")], b)
    mk(48, neg, "inbound-nhs-clearance", "attachment-xlsx",
       "Inbound: NHS trust sends the college an OH clearance spreadsheet with students' NHS numbers (auth_user null)",
       "outlook", nhs_place, [raman], "OH clearance outcomes - T Level Health", D("2025-04-03 16:40:12"), part)

    # ------------------------------------------------------------- 049 inbound visa reply
    r = rng_b(49, neg, "ids")
    pp = "W%07d" % r.randrange(10 ** 7)
    orig = ("Hi Femi,\n\nCould you confirm what you need for Ananya's application? Her passport "
            "number is %s, DOB 17/09/2008.\n\nIsabel") % pp
    t = ("Hi Isabel,\n\n"
         "Thanks - I've started the application for Ananya Sharma (passport %s, DOB 17/09/2008). "
         "I'll need a scan of the biodata page in colour, the parental consent letter signed by "
         "both parents, and your letter confirming the host family's address. Biometrics "
         "appointment is provisionally 4 March at VFS Pune.\n\n"
         "Kind regards,\nFemi Adebayo\nOISC Level 2 Adviser, Fairway Immigration\n\n" %
         pp + on_wrote("2025-02-12 09:03", "Isabel Ferreira <i.ferreira@school.example>") + "\n" + quote(orig))
    mk(49, neg, "inbound-visa-reply", "reply-quoted",
       "Inbound: immigration adviser replies quoting a student's passport number and DOB (auth_user null)",
       "gmail", visa, [ferreira], "Re: Visitor visas - two summer term students", D("2025-02-12 14:27:36"),
       text_part(t, cs="UTF-8", cte="7bit"),
       irt="<8b1f0c2e-6a55-4e8e-9f1e-33aa8c6d2b10@school.example>",
       refs="<8b1f0c2e-6a55-4e8e-9f1e-33aa8c6d2b10@school.example>")

    # ------------------------------------------------------------- 050 inbound payroll zip
    r = rng_b(50, neg, "ids")
    rows = [["Employee No", "Name", "NI Number", "Gross", "Tax", "NI", "Pension", "Net"]]
    for eno, n in [("KB0412", "J Okoro"), ("KB0388", "L Ramsden"), ("KB0217", "P Haigh"), ("KB0399", "B Thackray")]:
        g = r.randint(1200, 3600)
        rows.append([eno, n, nino(r), "%.2f" % g, "%.2f" % (g * 0.14), "%.2f" % (g * 0.06), "%.2f" % (g * 0.096),
                     "%.2f" % (g * 0.704)])
    z = make_zip([("KBUTC_payroll_summary_Mar25.csv", csv_text(rows))], dt=(2025, 3, 26, 7, 30, 0))
    t = ("Dear Claire,\n\nPlease find attached the March payroll summary for checking before we "
         "submit the FPS on Friday.\n\nKind regards,\nAisha Rahman\nPayroll Administrator, Ledgerline")
    rb = rng_b(50, neg)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(z, "application/zip", "KBUTC_payroll_Mar25.zip")], b)
    mk(50, neg, "inbound-payroll-summary", "zip",
       "Inbound: the payroll bureau sends HR a zip with a payroll summary including NI numbers (auth_user null)",
       "outlook", payroll_aisha, [dunmore], "March payroll summary for approval", D("2025-03-26 07:41:19"), part)

    # ------------------------------------------------------------- 051 anonymised case study
    t = ("Dear Olu,\n\n"
         "As agreed, here are two anonymised case studies for your chapter on T Level transitions. "
         "Names, dates, places and some details have been changed; neither student could be "
         "identified from them.\n\n"
         "Case study A: a female student, aged 16 on entry, who joined from a local 11-16 school "
         "with predicted grades of 4-5. She struggled with attendance in the first term (around "
         "80%) because of caring responsibilities at home. With a bursary, flexible timetabling "
         "and a placement close to home she completed the Health T Level with a Merit and is now "
         "on a nursing apprenticeship.\n\n"
         "Case study B: a male student with a specific learning difficulty who had been "
         "permanently excluded in Year 10. He joined the Engineering pathway, found the practical "
         "workshop environment motivating, and went on to a Level 3 apprenticeship.\n\n"
         "Happy to talk through the themes.\n\nFiona McAllister\nSENCO")
    mk(51, neg, "anonymised-case-study", "base64",
       "SENCO sends a university researcher two anonymised case studies with no identifying details",
       "webmail", mcallister, [uni_research], "Anonymised case studies", D("2025-05-07 16:18:44"),
       text_part(t, cs="utf-8", cte="base64"))

    # ------------------------------------------------------------- 052 ESFA aggregate
    t = ("Dear ESFA Provider Funding,\n\n"
         "UKPRN 10087265 - Kestrel Bridge UTC\n"
         "Contract reference: 16-19-ACAD-2425-0471\n\n"
         "Further to your query (case CAS-412908-Z1Q8), the difference between R06 and R07 is "
         "explained by 14 learners moving from Band 5 to Band 4 after withdrawal from their "
         "non-qualification hours. The net reduction is \u00a328,462.00. High needs element: 11 "
         "places, unchanged. Bursary allocation spent to date: 71%.\n\n"
         "The revised ILR (R07) was submitted on 6 March, file ILR-10087265-2425-20250306-"
         "091522-01.XML.\n\n"
         "Regards,\nPaul Grimshaw\nMIS Manager")
    mk(52, neg, "esfa-funding-query", "iso-8859-1",
       "MIS manager answers an ESFA funding query with UKPRN, contract, case and file refs and aggregate counts only",
       "thunderbird", grimshaw, [esfa], "CAS-412908-Z1Q8 - R07 funding variance", D("2025-03-10 11:43:55"),
       text_part(t, cs="ISO-8859-1", cte="quoted-printable"), cc=[barraclough])

    # ------------------------------------------------------------- 053 fee receipt, last 4
    h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:11pt;color:#222\">"
         "<p>Dear Paula,</p><p>Thank you for your payment. This is your receipt.</p>"
         "<table cellpadding=\"4\" style=\"border:1px solid #ccc\">"
         "<tr><td>Receipt no.</td><td>AE-R-2025-01177</td></tr>"
         "<tr><td>Course</td><td>Introduction to Counselling Skills (summer term)</td></tr>"
         "<tr><td>Start date</td><td>Monday 28 April 2025, 6.30pm, room H03</td></tr>"
         "<tr><td>Amount</td><td>&pound;245.00</td></tr>"
         "<tr><td>Paid by</td><td>Visa debit ending 4417</td></tr>"
         "<tr><td>Transaction ref</td><td>PSR-88310274-0042</td></tr></table>"
         "<p>If you have any questions please call the Adult Education office on 0113 496 0588.</p>"
         "<p>Kind regards,<br>Sam Ellery<br>Finance Assistant</p></body></html>")
    mk(53, neg, "fee-receipt", "html-only",
       "Finance assistant sends an adult learner her own receipt showing only the last four card digits",
       "outlook", ellery, [learner_ext], "Receipt AE-R-2025-01177", D("2025-04-09 09:12:37"),
       text_part(h, subtype="html", cs="us-ascii", cte="7bit", quoted_cs=True))

    # ------------------------------------------------------------- 054 internal rfc822 fwd
    r = rng_b(54, neg, "ids")
    innertxt = ("Dear Ms Adeyemi,\n\n"
                "Jason Holroyd here, Maisie's dad. Just to let you know Maisie has been diagnosed "
                "with coeliac disease. Her NHS number is %s if the college nurse needs it. She "
                "mustn't have anything with gluten, including in food tech.\n\nThanks,\nJason") % nhs_fmt(nhs(r))
    ri = rng_b(54, neg, "inner")
    inner = build("android", parent_b, [adeyemi], "Maisie Holroyd - coeliac", D("2025-02-18 20:03:16"),
                  text_part(innertxt, cs="UTF-8", cte="7bit"), ri)
    t = ("Hi Jo,\n\nForwarding this from Maisie's dad for the medical register and the canteen "
         "allergen list. Can you update her care plan?\n\nThanks,\nRuth")
    rb = rng_b(54, neg)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               rfc822_part(inner, "Maisie Holroyd - coeliac.eml")], b)
    mk(54, neg, "internal-medical-forward", "rfc822-forward",
       "Internal only: welfare officer forwards a parent's email with an NHS number to the college first aider",
       "outlook", adeyemi, [firstaid], "FW: Maisie Holroyd - coeliac", D("2025-02-19 08:31:05"), part)

    # ------------------------------------------------------------- 055 student own bank
    r = rng_b(55, neg, "ids")
    sc, acc = bank(r)
    t = ("hi miss its Connor, here's my bank details for the bursary, sort code %s account %s. "
         "sorry it's late\n\nsent from my phone") % (sc_fmt(sc), acc)
    mk(55, neg, "student-own-bank", "mobile",
       "Internal only: a student emails the bursary officer his own bank details from his phone",
       "android", A("Connor Rhodes", "crhodes23@" + P), [qureshi], "bursary", D("2024-10-15 21:40:22"),
       text_part(t, cs="UTF-8", cte="7bit"))

    # ------------------------------------------------------------- 056 recruitment pack
    doc = make_docx([("h", "Recruitment brief - Teacher of Engineering (ref KB-REC-2025-014)"),
                     "Salary: MPS/UPS (M1-U3), plus TLR 2b \u00a33,214 for the right candidate.",
                     "Contract: permanent, full time, from 1 September 2025.",
                     "Closing date: 12 May 2025. Interviews: w/c 19 May.",
                     "Safer recruitment: shortlisted candidates will be asked for two references and an "
                     "enhanced DBS check. Online searches will be carried out in line with KCSIE.",
                     "Agency fee: as per framework agreement FW-EDU-2023-88 (15% of starting salary)."],
                    title="Recruitment brief KB-REC-2025-014", author="Claire Dunmore")
    t = ("Hi Hannah,\n\nAttached is the brief for our Engineering vacancy (KB-REC-2025-014). "
         "Please send CVs through the portal as usual, not by email.\n\nThanks,\nClaire")
    rb = rng_b(56, neg)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(doc, DOCX, "Recruitment brief KB-REC-2025-014.docx")], b)
    mk(56, neg, "recruitment-brief", "attachment-docx",
       "HR manager sends a recruitment agency a vacancy brief with job reference, pay scale and framework numbers",
       "outlook", dunmore, [recruit_agency], "Vacancy brief - Teacher of Engineering", D("2025-04-14 12:20:10"), part)

    # ------------------------------------------------------------- 057 open evening invite
    t = ("Dear parents and carers,\n\n"
         "You're invited to our Year 9 Options & Open Evening on Thursday 6 March 2025, "
         "5.30-8pm.\n\n"
         "Where: Kestrel Bridge UTC, Ferry Lane, Ashworth, WF3 1KB (free parking on the Ferry "
         "Lane car park; buses 110 and 117 stop outside).\n"
         "Talks: 6pm and 7pm in the Lecture Theatre.\n"
         "Bookings and questions: 0113 496 0200 or admissions@school.example.\n"
         "Accessibility: please call 0113 496 0366 if you need any adjustments.\n\n"
         "We look forward to meeting you.\n\n"
         "Admissions Team")
    rb = rng_b(57, neg)
    b = boundary(rb, "gmail")
    part = multipart("alternative", [text_part(t, cs="UTF-8", cte="7bit"),
                                     text_part(html_doc(t, "gmail"), subtype="html", cs="UTF-8",
                                               cte="quoted-printable")], b)
    mk(57, neg, "open-evening-invite", "multipart-alternative",
       "Admissions invitation to parents with event date, address, postcode and phone numbers only",
       "gmail", A("Admissions", "admissions@" + S), [A("Admissions", "admissions@" + S)],
       "Year 9 Options & Open Evening - Thursday 6 March", D("2025-02-21 16:30:00"), part,
       bcc=[parent_a, parent_b, parent_whitaker, A("", "t.oyelaran@example.net")], env_from="s.kendrick@" + S)

    # ------------------------------------------------------------- 058 smime to NHS
    rb = rng_b(58, neg)
    blob = smime_blob(rb, 5200)
    part = (['Content-Type: application/pkcs7-mime; name=smime.p7m; smime-type=enveloped-data',
             "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename=smime.p7m'], base64.encodebytes(blob))
    mk(58, neg, "smime-encrypted", "smime",
       "S/MIME-encrypted placement clearance list from the health lead to the NHS trust",
       "apple", raman, [nhs_place], "Placement clearance - encrypted", D("2025-03-28 09:17:44"), part)

    # ------------------------------------------------------------- 059 blank bursary form
    pdf = make_pdf([
        "KESTREL BRIDGE UTC - 16-19 BURSARY FUND APPLICATION 2025-26",
        "",
        "Section A - Student",
        "Full name: ____________________________   Date of birth: __ / __ / ____",
        "Course: ______________________________   Student ID: __________",
        "",
        "Section B - Household income (attach evidence)",
        "[ ] Universal Credit   [ ] Income Support   [ ] Care leaver   [ ] In care",
        "Household income: GBP ____________",
        "",
        "Section C - Payment details (student's own account)",
        "Account name: ____________________",
        "Sort code: __ - __ - __     Account number: __ __ __ __ __ __ __ __",
        "",
        "Section D - Declaration",
        "I confirm the information is correct. Signed: ____________  Date: __________",
        "",
        "Return to the Student Finance Office (room A02), not by email.",
    ], title="Bursary application 2025-26")
    t = ("Dear Mrs Dyson,\n\nAs requested, here is a blank bursary application form for next "
         "year. Please return it with evidence to the Student Finance Office (room A02) - "
         "we can't accept it by email, as it asks for bank details.\n\nKind regards,\nYasmin Qureshi")
    rb = rng_b(59, neg)
    b = boundary(rb, "outlook")
    part = multipart("mixed", [text_part(t, cs="us-ascii", cte="7bit", quoted_cs=True),
                               attach(pdf, "application/pdf", "Bursary application 2025-26 (blank).pdf")], b)
    mk(59, neg, "blank-bursary-form", "attachment-pdf",
       "Bursary officer sends a parent a blank bursary application form (placeholder fields only)",
       "outlook", qureshi, [parent_a], "Bursary application form 2025-26", D("2025-06-23 13:48:52"), part)

    # ------------------------------------------------------------- 060 zipcrypto exams
    r = rng_b(60, neg, "ids")
    rows = [["Candidate no", "Name", "DOB", "ULN", "Unit", "Mark"]]
    for i, n in enumerate(["Connor Rhodes", "Josh Pickles", "Kai Oyelaran", "Sam Lister", "Ollie Firth"]):
        rows.append(["%04d" % (4201 + i * 3), n, d_uk(dob(r, 2007, 2008)), uln(r), "Unit 6", str(r.randint(28, 71))])
    doc = make_docx(["Moderation sample - Unit 6 Engineering Principles", "Centre 24613"],
                    title="Moderation sample", author="Sandra Holt")
    z = make_zip_encrypted([("Unit6_sample_marks.csv", csv_text(rows)), ("Sample cover sheet.docx", doc)],
                           "Nexus#24613-Jun", r, dt=(2025, 6, 3, 15, 20, 0))
    t = ("Dear Keith,\n\n"
         "Please find attached the moderation sample for Unit 6 (centre 24613), as an encrypted "
         "zip. The password has been sent to you separately by text message.\n\n"
         "Regards,\nSandra Holt\nExams Officer")
    rb = rng_b(60, neg)
    b = boundary(rb, "gmail")
    part = multipart("mixed", [text_part(t, cs="UTF-8", cte="7bit"),
                               attach(z, "application/x-zip-compressed", "24613_Unit6_sample.zip")], b)
    mk(60, neg, "encrypted-zip-moderation", "zip-encrypted",
       "Exams officer sends a moderator the sample in a password-protected zip; password sent by SMS",
       "gmail", holt, [moderator], "Unit 6 moderation sample - centre 24613", D("2025-06-03 15:31:09"), part)

    finish()


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
