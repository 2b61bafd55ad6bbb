#!/usr/bin/env python3
# Writer z1 - deterministic generator for a blind test corpus (stdlib only).
# Run from inside the policy folder: python3 build-z1.py
# Persona: Larkspur Green School, a special school for pupils aged 3-19 with
# complex needs (internal domains school.example / students.school.example).
import base64
import datetime
import hashlib
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
from email.header import Header
from email.utils import formataddr

W = "z1"
INTERNAL = ("school.example", "students.school.example")
ZIP_TIME = (2025, 1, 6, 9, 30, 0)


def is_internal(email):
    dom = email.rsplit("@", 1)[1].lower()
    return dom in INTERNAL


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- addresses
def fmt_addr(a):
    if isinstance(a, str):
        return a
    name, email = a
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def addr_email(a):
    return a if isinstance(a, str) else a[1]


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- dates/ids
def fmt_date(s):
    # s = "2025-01-14 08:12" (UK local time); BST between late March and late October
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = int(h(s)[:2], 16) % 60
    dt = dt.replace(second=sec)
    bst = (dt.month > 3 and dt.month < 10) or (dt.month == 3 and dt.day >= 30) or (dt.month == 10 and dt.day < 27)
    tz = "+0100" if bst else "+0000"
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def msgid(seed, client, domain):
    x = h(seed)
    if client in ("outlook", "owa"):
        box = "LO%dP%dMB%s" % (2 + int(x[0], 16) % 5, 120 + int(x[1:3], 16), str(int(x[3:7], 16))[:4])
        return "<%s%s@%s.GBRP%s.PROD.OUTLOOK.COM>" % (box, x[8:40].upper(), box, box[4:7])
    if client == "gmail":
        b = base64.b64encode(bytes.fromhex(x[:54])).decode().replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % b
    if client in ("iphone", "applemail"):
        u = x.upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[0:8], u[8:12], u[12:16], u[16:20], u[20:32], domain)
    if client == "android":
        return "<%s.%s@email.android.com>" % (x[:16], x[16:24])
    if client == "yahoo":
        return "<%s.%s@mail.yahoo.com>" % (int(x[:12], 16), int(x[12:20], 16))
    return "<%s-%s-%s-%s-%s@%s>" % (x[0:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)


def boundary(seed, client):
    x = h("b" + seed)
    if client in ("outlook", "owa"):
        return "_000_%s_" % x[:40].upper()
    if client == "gmail":
        return "000000000000%s" % x[:12]
    if client in ("iphone", "applemail"):
        u = x.upper()
        return "Apple-Mail-%s-%s-%s-%s-%s" % (u[0:8], u[8:12], u[12:16], u[16:20], u[20:32])
    return "------------%s" % x[:24]


CLIENT_HDRS = {
    "outlook": ["X-MS-Has-Attach: {att}", "X-MS-TNEF-Correlator:", "Content-Language: en-GB",
                "Thread-Topic: {topic}", "Thread-Index: {tindex}"],
    "owa": ["Content-Language: en-GB", "X-MS-Has-Attach: {att}", "Thread-Topic: {topic}"],
    "gmail": [],
    "iphone": ["X-Mailer: iPhone Mail (21F90)"],
    "applemail": ["X-Mailer: Apple Mail (2.3774.500.171.1.1)"],
    "android": ["User-Agent: K-9 Mail for Android"],
    "yahoo": ["X-Mailer: WebService/1.1.22806 YMailNorrin"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird 115.6.0"],
}


# ---------------------------------------------------------------- text shaping
def hard_wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= 76:
            out.append(line)
            continue
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix and line.startswith(" "):
            prefix += " "
            line = line[1:]
        out.extend(prefix + l for l in textwrap.wrap(line, width - len(prefix), break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix and line.startswith(" "):
            prefix += " "
            line = line[1:]
        if line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        if not prefix and (line.startswith(" ") or line.startswith("From ")):
            line = " " + line
        if len(prefix) + len(line) <= 78:
            out.append(prefix + line)
            continue
        parts = textwrap.wrap(line, width - len(prefix), break_long_words=False, break_on_hyphens=False)
        for i, p in enumerate(parts):
            out.append(prefix + p + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out)


def to_html(text, client="outlook"):
    paras = text.strip("\n").split("\n\n")
    bits = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines):
            inner = "<br>\n".join(l[4:].lstrip() for l in lines)
            bits.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            bits.append("<p>%s</p>" % "<br>\n".join(lines))
    body = "\n".join(bits)
    if client in ("outlook", "owa"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + body.replace("<p>", '<p class="MsoNormal">') + '\n</div>\n</body>\n</html>\n')
    if client == "gmail":
        return '<div dir="ltr">' + body.replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>\n"
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + body + "\n</body></html>\n"


# ---------------------------------------------------------------- MIME parts
def encode_body(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
        for l in raw.split(b"\n"):
            assert len(l) < 990, "7bit line too long"
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset)
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    return (hdrs, encode_body(text, charset, cte))


def attach_part(data, ctype, filename, inline=False):
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            'Content-Description: %s' % filename,
            'Content-Disposition: %s; filename="%s"; size=%d' % ("inline" if inline else "attachment", filename, len(data)),
            "Content-Transfer-Encoding: base64"]
    return (hdrs, base64.encodebytes(data))


def text_attach(text, filename, ctype="text/plain", charset="utf-8"):
    data = text.replace("\n", "\r\n").encode(charset)
    hdrs = ['Content-Type: %s; charset="%s"; name="%s"' % (ctype, charset, filename),
            'Content-Disposition: attachment; filename="%s"' % filename,
            "Content-Transfer-Encoding: base64"]
    return (hdrs, base64.encodebytes(data))


def rfc822_part(msg_bytes, filename=None):
    hdrs = ["Content-Type: message/rfc822" + ('; name="%s"' % filename if filename else "")]
    if filename:
        hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    return (hdrs, msg_bytes)


def multipart(subtype, parts, bnd, extra_ct=""):
    hdrs = ['Content-Type: multipart/%s;%s boundary="%s"' % (subtype, extra_ct, bnd)]
    out = []
    for ph, pb in parts:
        out.append(("--%s\n" % bnd).encode() + "\n".join(ph).encode() + b"\n\n" + pb.rstrip(b"\n") + b"\n")
    body = b"".join(out) + ("--%s--\n" % bnd).encode()
    return (hdrs, body)


def serialize(headers, part):
    ph, pb = part
    return ("\n".join(headers + ph)).encode("ascii") + b"\n\n" + pb


# ---------------------------------------------------------------- office files
def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_zip(files):
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in files])


def x(s):
    return htmlmod.escape(str(s), quote=False)


def make_docx(paragraphs, table=None, title="Document"):
    """paragraphs: list of str (a str starting with '# ' is a bold heading);
    table inserted after paragraph index table[0]: (index, rows)."""
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(t[2:])
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(t)

    def tbl(rows):
        trs = []
        for r in rows:
            tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % x(c) for c in r)
            trs.append("<w:tr>%s</w:tr>" % tcs)
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                '</w:tblPr>%s</w:tbl>' % "".join(trs))
    body = []
    for i, p in enumerate(paragraphs):
        body.append(para(p))
        if table and table[0] == i:
            body.append(tbl(table[1]))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % "".join(body))
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Larkspur Green School</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:30:00Z</dcterms:created></cp:coreProperties>' % x(title))
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    srows = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, x(v)))
        srows.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(srows))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % x(sheet))
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
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\n".join(out) + "\n"


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- message assembly
MANIFEST = []


def build(n, label, family, shape, frm, to, subject, body, note, date, cc=(), client=None,
          attachments=(), html=None, inner=None, in_reply_to=None, auth="auto",
          charset=None, cte=None, mail_from=None, extra=(), bcc=(), wrap_body=None, body_part=None):
    """attachments: list of ready MIME parts (hdrs, body)."""
    fname = "%s/%s-%03d-%s.eml" % (label, W, n, family)
    frm_email = addr_email(frm)
    if client is None:
        client = "outlook" if is_internal(frm_email) else "gmail"
    dom = frm_email.rsplit("@", 1)[1]
    mid = msgid(fname, client, dom)
    hdrs = []
    if client in ("outlook", "owa"):
        hdrs += ["From: " + fmt_addr(frm), "To: " + ", ".join(fmt_addr(a) for a in to)]
        if cc:
            hdrs.append("CC: " + ", ".join(fmt_addr(a) for a in cc))
        hdrs += ["Subject: " + enc_subject(subject), "Date: " + fmt_date(date), "Message-ID: " + mid]
    else:
        hdrs += ["Date: " + fmt_date(date), "From: " + fmt_addr(frm), "To: " + ", ".join(fmt_addr(a) for a in to)]
        if cc:
            hdrs.append("Cc: " + ", ".join(fmt_addr(a) for a in cc))
        hdrs += ["Subject: " + enc_subject(subject), "Message-ID: " + mid]
    if in_reply_to:
        hdrs += ["In-Reply-To: " + in_reply_to, "References: " + in_reply_to]
    hdrs += list(extra)
    has_att = bool(attachments) or inner is not None
    for ch in CLIENT_HDRS.get(client, []):
        hdrs.append(ch.format(att="yes" if has_att else "no", topic=enc_subject(subject.split(": ", 1)[-1] if subject.lower().startswith(("re:", "fw:", "fwd:")) else subject),
                              tindex=base64.b64encode(bytes.fromhex(h("ti" + fname)[:44])).decode()))
    hdrs.append("MIME-Version: 1.0" if client not in ("iphone", "applemail") else "Mime-Version: 1.0 (1.0)")

    # main text part according to shape
    if body_part is not None:
        main = body_part
    else:
        text = body.strip("\n") + "\n"
        if shape == "wrapped" or wrap_body == "hard":
            main = text_part(hard_wrap(text), charset=charset or "us-ascii", cte=cte or "7bit")
        elif shape == "flowed" or wrap_body == "flowed":
            cs = charset or "utf-8"
            try:
                text.encode("ascii")
                c = cte or "7bit"
            except UnicodeEncodeError:
                c = cte or "8bit"
            main = text_part(flow(text), charset=cs, cte=c, flowed=True)
        elif shape == "plain":
            main = text_part(text, charset=charset or "us-ascii", cte=cte or "7bit")
        elif shape == "qp":
            main = text_part(text, charset=charset or "utf-8", cte="quoted-printable")
        elif shape == "base64":
            main = text_part(text, charset=charset or "utf-8", cte="base64")
        elif shape == "latin1":
            main = text_part(text, charset="iso-8859-1", cte=cte or "8bit")
        elif shape == "cp1252":
            if client in ("outlook", "owa") and html is not False:
                main = multipart("alternative", [text_part(text, charset="windows-1252", cte="quoted-printable"),
                                                 text_part(to_html(text, client).replace("charset=utf-8", "charset=windows-1252"), "html", "windows-1252", "quoted-printable")],
                                 boundary(fname + "alt", client))
            else:
                main = text_part(text, charset="windows-1252", cte=cte or "quoted-printable")
        elif shape == "html":
            main = text_part(html or to_html(text, client), "html", charset or "utf-8", cte or "quoted-printable")
        elif shape == "mobile":
            try:
                text.encode("ascii")
                main = text_part(text, charset=charset or "us-ascii", cte=cte or "7bit")
            except UnicodeEncodeError:
                main = text_part(text, charset=charset or "utf-8", cte=cte or "quoted-printable")
        elif shape in ("alt",) or (client in ("outlook", "owa", "gmail") and shape not in ("reply",) and not cte):
            main = multipart("alternative", [text_part(text, charset=charset or "utf-8", cte="quoted-printable"),
                                             text_part(html or to_html(text, client), "html", charset or "utf-8", "quoted-printable")],
                             boundary(fname + "alt", client))
        else:
            main = text_part(text, charset=charset or "utf-8", cte=cte or "quoted-printable")
    parts = [main]
    if inner is not None:
        parts.append(inner)
    parts += list(attachments)
    top = multipart("mixed", parts, boundary(fname, client)) if len(parts) > 1 else main
    data = serialize(hdrs, top)
    os.makedirs(label, exist_ok=True)
    with open(fname, "wb") as f:
        f.write(data)
    rcpt = [addr_email(a) for a in list(to) + list(cc) + list(bcc)]
    if auth == "auto":
        auth = frm_email if is_internal(frm_email) else None
    MANIFEST.append({"file": fname, "label": label, "mail_from": mail_from or frm_email, "rcpt": rcpt,
                     "auth_user": auth, "shape": shape, "family": family, "note": note})
    return mid


def inner_msg(frm, to, subject, date, body, client="gmail", cc=(), html_alt=False, charset="utf-8"):
    """A complete message used as an attached message/rfc822 part."""
    seed = "inner" + subject + date
    frm_email = addr_email(frm)
    dom = frm_email.rsplit("@", 1)[1]
    hdrs = ["Date: " + fmt_date(date), "From: " + fmt_addr(frm), "To: " + ", ".join(fmt_addr(a) for a in to)]
    if cc:
        hdrs.append("Cc: " + ", ".join(fmt_addr(a) for a in cc))
    hdrs += ["Subject: " + enc_subject(subject), "Message-ID: " + msgid(seed, client, dom), "MIME-Version: 1.0"]
    text = body.strip("\n") + "\n"
    if html_alt:
        part = multipart("alternative", [text_part(text, charset=charset, cte="quoted-printable"),
                                         text_part(to_html(text, client), "html", charset, "quoted-printable")], boundary(seed, client))
    else:
        part = text_part(text, charset=charset, cte="quoted-printable")
    return serialize(hdrs, part)


def finish():
    MANIFEST.sort(key=lambda m: m["file"])
    with open("manifest-%s.jsonl" % W, "w") as f:
        for m in MANIFEST:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    files = sorted(m["file"] for m in MANIFEST if m["label"] == "positive") + sorted(m["file"] for m in MANIFEST if m["label"] == "negative")
    lines = []
    for fn in files:
        with open(fn, "rb") as fh:
            lines.append("%s  %s\n" % (hashlib.sha256(fh.read()).hexdigest(), fn))
    with open("SHA256SUMS-%s" % W, "w") as f:
        f.writelines(lines)
    from collections import Counter
    print(Counter(m["label"] for m in MANIFEST))
    print(sorted(Counter(m["shape"] for m in MANIFEST).items()))



# =====================================================================
# chain-letter policy
# =====================================================================
S = "school.example"
P = "students.school.example"
BEV = ("Bev Hollins", "b.hollins@" + S)
SAM = ("Sam Ogden", "s.ogden@" + S)
KAREN = ("Karen Ashworth", "k.ashworth@" + S)
JULIE = ("Julie Marsh", "j.marsh@" + S)
LEE = ("Lee Dawson", "l.dawson@" + S)
ITS = ("Larkspur Green IT Support", "itsupport@" + S)
GARETH = ("Gareth Pryce", "g.pryce@" + S)
EMMA = ("Emma Fairbairn", "e.fairbairn@" + S)
JOSH = ("Josh Kerr", "j.kerr@" + S)
DENISE = ("Denise Clarke", "d.clarke@" + S)
SIOBHAN = ("Siobhan Kelly", "s.kelly@" + S)
HANNAH = ("Hannah Whitlock", "h.whitlock@" + S)
RUTH = ("Ruth Okafor", "r.okafor@" + S)
MARTIN = ("Martin Fell", "m.fell@" + S)
LAURA = ("Laura Pinto", "l.pinto@" + S)
MARIE = ("Marie Doyle", "m.doyle@" + S)
TOMASZ = ("Tomasz Nowak", "t.nowak@" + S)
ADE = ("Ade Balogun", "a.balogun@" + S)
ALLSTAFF = ("All Staff", "allstaff@" + S)
TAS = ("Teaching Assistants", "teaching-assistants@" + S)
OFFICE = ("Larkspur Green Office", "office@" + S)
KAYDEN = ("Kayden Brooks", "kayden.brooks@" + P)
ELLIE = ("Ellie Marsden", "ellie.marsden@" + P)
TJ = ("TJ Watson", "tj.watson@" + P)
AISHA = ("Aisha Karim", "aisha.karim@" + P)
RYAN = ("Ryan Porter", "ryan.porter@" + P)
MOLLIE = ("Mollie Hart", "mollie.hart@" + P)
CONNOR = ("Connor Flynn", "connor.flynn@" + P)
SIXTH = ("Sixth Form Students", "sixthform@" + P)

SIG_BEV = "Bev Hollins\nTeaching Assistant, Willow Class\nLarkspur Green School"
SIG_KAREN = "Karen Ashworth\nOffice Manager\nLarkspur Green School | 01632 960418"
SIG_LEE = "Lee Dawson\nIT Technician\nLarkspur Green School\nIT helpdesk: ext 230 / itsupport@school.example"
SIG_GARETH = "Gareth Pryce\nDeputy Headteacher and Designated Safeguarding Lead\nLarkspur Green School"
SIG_DENISE = "Denise Clarke\nFamily Liaison Officer\nLarkspur Green School\nMobile (work): 07700 900614"
SIG_JULIE = "Julie Marsh\nTransport Coordinator\nLarkspur Green School\nDirect line 01632 960422"
SIG_SIOBHAN = "Siobhan Kelly RGN\nSchool Nurse\nLarkspur Green School"


def chain_letter():
    # ------------------------------------------------------------ POSITIVES
    build(1, "positive", "privacy-notice-hoax", "fwd-inline", BEV, [TAS],
          "Fwd: new rules from tomorrow - copy and paste!!",
          """Morning all, not sure if this is real but my sister in law works in IT and says do it anyway to be safe. Takes two secs x

Bev

---------- Forwarded message ---------
From: Tracey Hollins <trace.hollins74@example.com>
Date: Sun, 12 Jan 2025 at 21:14
Subject: new rules from tomorrow
To: <b.hollins@school.example>


Don't forget, the deadline is TOMORROW!!! From tomorrow anything you have ever posted can be made public, even the messages you deleted and the photos of your kids you set to private. It was on the news tonight. A copy and paste costs nothing.

I hereby state that I do NOT give Meta, Facebook, Instagram or any company linked to them permission to use my photos, my children's photos, my messages or my posts, past or future. Under the Rome Statute and UCC 1-308 it is strictly forbidden to copy, share or profit from my profile or its contents. Breaking this privacy can be punished by law.

Do not just share this, you MUST copy and paste it onto your wall or it won't count. Then forward it to everyone in your contacts so they are protected too. If you don't post it at least once it's taken as you saying yes to them using your pictures!!!

Tell everyone, especially anyone with children!!""",
          "TA forwards the 'I do not give Facebook permission' copy-paste privacy hoax to all TAs with a note",
          "2025-01-13 07:42")

    build(2, "positive", "prayer-chain", "flowed",
          ("Westmere Special Parents Together", "hello@westmere-sp-together.example"),
          [("Emma Fairbairn", "e.fairbairn@" + S), ("Marie Doyle", "m.doyle@" + S), ("Rachel Tunney", "rachel.tunney@example.org")],
          "PRAYER CHAIN for little Lily - please do not break it",
          """Dear friends,

We have been asked to start a prayer chain for Lily, aged 6, who has Rett syndrome and was taken into intensive care on Friday night. Her mummy says the doctors have done all they can and only a miracle will bring her home.

Please say this prayer and then send this email to twelve people within the hour. Do not break the chain. Last year a lady in our group deleted a prayer chain for a poorly boy and she lost her own mother within the month. We are not saying it is connected but please do not take the risk.

"Lord, hold Lily in the palm of your hand, give strength to her family and wisdom to the nurses. Amen."

When you have sent it on, reply to this email with the word AMEN so we can count how many prayers Lily has had. We are hoping for ten thousand by Sunday.

Twelve people. One hour. It costs you nothing and might save a life.

With love and hugs,
Jackie and the WSPT committee

You are receiving this because you signed up at one of our coffee mornings.""",
          "Inbound parent-support-group prayer chain: send to twelve people within the hour, curse for breaking it",
          "2024-11-18 19:05", client="thunderbird")

    build(3, "positive", "per-forward-donation-hoax", "qp", SAM, [("Willow and Oak class teams", "willow-oak@" + S)],
          "PLEASE SEND ON - Tesco will give 50p for every forward for Alfie's wheelchair",
          """Hiya, I know we get loads of these but this one's for a little boy with cerebral palsy so I'm passing it on. Please read it all! Sam

**********************
Alfie is 4 and has spastic quadriplegic cerebral palsy. His mum and dad can't afford the special power chair he needs (£23,000!!). Tesco and the Daily Mirror have said that they will donate 50p to Alfie's chair fund for EVERY time this email is forwarded. They can track it because of the code in the email.

You don't have to give anything, just hit forward. Send it to everyone you know. 10 people = £5. 100 people = £50. If everyone at your work sends it to 20 people Alfie will have his chair by Christmas.

Please don't delete it, it takes 5 seconds. Imagine it was your child.
**********************

Thank you xx""",
          "TA forwards fake 'Tesco will donate 50p per forward' sick-child appeal to class teams",
          "2024-10-09 12:31")

    build(4, "positive", "virus-hoax", "html", MARIE, [ALLSTAFF],
          "URGENT WARNING - do NOT open any email called 'Annual Review Invite'",
          "",
          "Midday supervisor sends whole-staff virus hoax about an 'Annual Review Invite' email that wipes hard drives, asks all to forward",
          "2025-02-04 13:10",
          html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal"><b><span style="color:red;font-size:16pt">PLEASE READ AND PASS ON!!!</span></b></p>
<p class="MsoNormal">Hi everyone, my friend who works at the council sent me this. Thought I had better warn everyone because we get so many of these annual review emails.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If you get an email with the title <b>&quot;Annual Review Invite&quot;</b> DO NOT OPEN IT. It contains a virus that opens an Olympic torch which burns the whole hard disk C of your computer. It cannot be removed by any antivirus and it will also send itself to everyone in your address book.</p>
<p class="MsoNormal">McAfee and Microsoft have confirmed this is the most destructive virus ever. It was announced yesterday morning on BBC Radio 4.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>FORWARD THIS TO ALL YOUR CONTACTS. It is better to get this 25 times than not at all.</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Marie</p>
<p class="MsoNormal">Midday Supervisor</p>
</div>
</body></html>
""")

    build(5, "positive", "health-scare-hoax", "alt", ("Laura Pinto", "l.pinto@" + S),
          [("Oak Class Parents", "l.pinto@" + S)],
          "Important - please read about the Huggy Wuggy challenge",
          """Dear Oak Class parents and carers,

I've been sent this by a friend and I thought it was really important to pass on straight away. Please read it and share it with every parent you know.

"WARNING TO ALL PARENTS. There is a character called Huggy Wuggy being hidden in the middle of children's cartoons on YouTube Kids. He appears for a few seconds and tells children to hurt themselves and to keep it a secret from mummy. Two children in Manchester have already been hospitalised and the police can't stop it because the videos change every day. Children with autism and learning difficulties are being targeted because they are less likely to tell anyone. DELETE YOUTUBE NOW. Send this to every parent in your contacts - the government won't warn you so we have to warn each other."

Please keep an eye on what your child is watching and pass this on to your family and friends.

Best wishes,
Miss Pinto""",
          "Teacher forwards a viral 'Huggy Wuggy in kids' videos' scare to class parents (Bcc) asking them to share with every parent",
          "2025-03-03 16:48", bcc=[("", "mrs.d.ahmed@example.com"), ("", "jasonreilly1982@example.net"), ("", "kellie.w@example.org"), ("", "grandma.june@example.com")])

    build(6, "positive", "missing-child-hoax", "mobile", ("Kerry Bannister", "kerrybannister86@example.com"),
          [EMMA],
          "Please share",
          """Sorry to email you Mrs F but can you put this on the school facebook page and send it to all the parents?? This is going round everywhere

MISSING!!! Autistic boy aged 9 called Reece went missing from Asda car park in Westmere at 3pm today. He is non verbal and wont answer to his name. Wearing blue hoodie and ear defenders. Mum is beside herself. PLEASE COPY AND PASTE DONT JUST SHARE it gets more views. The police say they cant do anything for 24hrs so its up to us. Send to everyone you know!!!

Kerry (Jayden's mum)

Sent from my iPhone""",
          "Parent asks class teacher to pass on a copy-and-paste 'missing autistic boy' appeal (classic hoax wording: police wait 24 hours)",
          "2024-12-07 18:22", client="iphone")

    build(7, "positive", "good-luck-chain", "plain", KAYDEN,
          [TJ, RYAN, CONNOR, ("Jack Lowther", "jack.lowther@" + P), ("Mason Ellis", "mason.ellis@" + P)],
          "READ THIS NOW or 7 years bad luck",
          """DONT DELETE THIS!!!!!

this is real my cousin deleted it and the next day his xbox broke and he fell of his bike

you have to send this to 10 people in 10 minutes. if you do it something good will happen at 10 o clock tomorrow. if you send it to 5 people you will have an ok week. if you send it to nobody you will have 7 YEARS BAD LUCK

I sent it to you so now its your turn

GO GO GO

kayden""",
          "Sixth-form pupil sends classic 'send to 10 people in 10 minutes or 7 years bad luck' chain to classmates",
          "2025-01-22 10:15", client="owa")

    build(8, "positive", "friendship-chain", "mobile", ELLIE,
          [MOLLIE, AISHA, ("Grace Tindall", "grace.tindall@" + P), ("Poppy Rushworth", "poppy.rushworth@" + P)],
          "if ur my bestie send this back",
          """send this to all ur friends even me!!! if u get 3 back ur liked, 5 ur loved, 8 or more ur the most popular girl in school. if u get 0 back... sorry :(

dont break it its not nice

love ellie <3 <3

Sent from Outlook for Android""",
          "Pupil sends friendship chain 'send back, 3 = liked, 5 = loved' to other pupils from her phone",
          "2025-02-13 20:41", client="android")

    inner9 = inner_msg(("Pauline Ashworth", "pauline.ashworth@example.net"), [("Karen", "k.ashworth@school.example")],
                       "FW: FW: FW: this is real, please forward", "2024-09-28 09:03",
                       """Karen love, your cousin Michelle sent me this, I've checked with Roy and he says it's genuine. Can you send it round your work, there's lots of you. Love Mum x

> This is not a joke. Jessica Moore is a 7 year old girl with a rare bone cancer and has only months to live. Her last wish is to start a chain email that will go round the world.
>
> The Macmillan cancer charity and Microsoft are working together and will donate 10p to Jessica's treatment every time this message is forwarded. Microsoft's tracking software counts every email it goes to. If it reaches 50,000 people Jessica will be flown to America for the operation.
>
> Please, please do not break this chain. If you delete it you are saying Jessica's life isn't worth 10 seconds of your time.
>
> Forward to everyone in your address book. God bless you.""")
    build(9, "positive", "charity-per-forward-hoax", "fwd-rfc822", KAREN, [ALLSTAFF],
          "FW: FW: FW: this is real, please forward",
          """Hi everyone,

My mum has asked me to send this round school. I know we're busy but it's for a little girl so if you could forward it on to your contacts that would be lovely.

Thanks,
""" + SIG_KAREN,
          "Office manager forwards (as attached message) a 'Microsoft will donate 10p per forward' sick-girl chain to all staff",
          "2024-09-30 08:37", inner=rfc822_part(inner9), cte="7bit")

    build(10, "positive", "secret-sister-gift-chain", "latin1", ("Nicola Greaves", "nicola.greaves@example.org"),
          [("Bev Hollins", "b.hollins@" + S), ("Denise Clarke", "d.clarke@" + S), ("Sharon Pike", "spike71@example.com"),
           ("Leanne Okoro", "leanne.okoro@example.net")],
          "Secret Sister Gift Exchange - you could get 36 presents!",
          """Hi ladies!! I've been asked to join a Secret Sister gift exchange and I'm inviting some of my favourite people. You only need to buy ONE gift worth £10 and you'll receive up to 36 in return!

How it works:
1. Send ONE gift (about £10 - candles, bath stuff, chocolates, nothing fancy) to the person in position 1 below.
2. Move my name to position 1 and put your own name and address in position 2.
3. Send this to 6 ladies who'll take part. Please only invite people who will actually do it - it ruins it for everyone when someone drops out!

Position 1: Carol Greaves, 14 Fern Rise, Westmere WF4 7QJ
Position 2: Nicola Greaves, 3 Brook Terrace, Westmere WF2 9LP

You need to confirm within 3 days and send your gift within a week. It's a bit of fun and who doesn't love post that isn't bills?? Café after school to sort it if anyone fancies it.

Nic xx""",
          "Parent invites staff to a 'Secret Sister' gift-pyramid chain (buy one gift, receive 36, invite 6 more)",
          "2024-11-25 21:16", client="yahoo", cte="8bit")

    gift_doc = make_docx([
        "# THE GIFTING FLOWER - Larkspur Circle",
        "Welcome! You have been invited by a friend to join our women's gifting circle. This is NOT a pyramid scheme - it is a gift between friends and gifts are legal in the UK up to £3,000.",
        "HOW IT WORKS",
        "Each flower has 15 places: 1 Water (centre), 2 Earth, 4 Air and 8 Fire. When you join you enter as Fire and gift £500 to the Water person in the centre.",
        "When all 8 Fire places are filled, the Water person receives £4,000 and leaves the flower. The flower then splits into two new flowers and everyone moves one step closer to the centre.",
        "To move up you MUST bring in two new friends. If you don't bring anyone in the flower stops and nobody gets anything, so please only invite people you trust.",
        "Current flower (please do not share this outside the circle):",
        "Water: Joanne P.   Earth: Sam O., Michelle T.   Air: Donna, Kirsty, Lou, Tash   Fire: 3 places left!",
        "To join, reply to the person who sent you this and they will give you the bank details for the Water. Forward this document to at least 2 women you would love to see blessed.",
        "Gifts are given freely with no expectation. By joining you agree you are gifting and not investing.",
    ], title="Gifting Flower")
    build(11, "positive", "gifting-circle-pyramid", "att-docx", SAM, [("Michelle Tate", "m.tate@" + S), ("Donna Shaw", "d.shaw@" + S), ("Kirsty Bell", "k.bell@" + S)],
          "the thing I was telling you about at break",
          """Hi girls,

This is the doc about the gifting flower I mentioned. I know it sounds too good to be true but my cousin got her £4k in March, she showed me her banking app. You just need to get two people each and then it's self running.

Have a read and let me know by Friday, there's only 3 Fire spots left and I want it to be people from here. Please send it on to anyone you think would want in (not management lol).

Sam x""",
          "TA emails colleagues a 'gifting flower' money-circle document asking each to recruit two more",
          "2025-04-29 15:52", attachments=[attach_part(gift_doc, CT_DOCX, "Gifting Flower - how it works.docx")])

    build(12, "positive", "copy-paste-awareness-chain", "cp1252", JOSH, [ALLSTAFF],
          "Autism Acceptance Month – will you copy this?",
          """It’s Autism Acceptance Month. I know that most of you won’t copy and paste this. But, in honour of every child who has ever been stared at in a supermarket, and every parent who has cried in the car park, will a few of my friends copy this – NOT share it – for one hour?

I want to see who actually reads to the end. 93% of people won’t repost this because they think it won’t affect them. I know my real friends will!

Copy it, paste it into an email to everyone you know, and put your name at the bottom so we can see how far it goes…

Josh Kerr
Sarah Kerr
Debbie Moran
Alan Moran""",
          "Post-16 teacher sends a copy-and-paste 'awareness' chain to all staff ('93% won't repost', add your name, send to everyone)",
          "2025-04-02 19:30")

    build(13, "positive", "copy-paste-awareness-chain", "base64", ("Gemma Fairhurst", "gemma.f.fairhurst@example.com"),
          [("Denise Clarke", "d.clarke@" + S)],
          "For you Denise xx",
          """Denise you have been such a support to us this year, I had to send you this one!

🧩 I am a special needs mum. I know the name of every consultant, every medication and every form. I have slept in a hospital chair more times than my own bed. I have fought for every hour of support and every word in an EHCP. 🧩

Most people will scroll past this. But I'd like to see how many special needs mums, grandmas, aunties, TAs and teachers will COPY and PASTE this (not share!) in support of all the warrior mums out there.

Send this on to ten people who understand. If it comes back to you, you know you're loved. 💙 Don't let it stop with you.

Gem x""",
          "Parent sends family liaison officer a 'special needs mum' copy-and-paste chain (send to ten, see if it comes back)",
          "2025-01-29 22:07")

    build(14, "positive", "urban-legend-warning", "wrapped", ADE, [ALLSTAFF],
          "Warning for anyone who parks in the supermarket car parks",
          """Hi all - my wife got this from someone at her work and it's worrying so I wanted to make sure all the women here see it. Please pass it on to your daughters, mums, friends.

"A lady was loading her shopping into her car at the retail park when a man came over offering a free perfume sample. He asked her to smell it and she woke up in a field. The 'perfume' was actually ether. Police have confirmed this is a new gang operating all over the country, they target women on their own and anyone with a disabled child in the car because they are distracted. NEVER accept a sample from anyone in a car park. Send this warning to every woman you know, today. You might save a life."

The Police won't put this out officially as they don't want to cause a panic, so it is up to us to spread the word.

Ade""",
          "Physio sends whole staff the 'perfume sample is ether' car-park urban legend, asking everyone to send it to every woman they know",
          "2024-10-21 11:02", client="outlook")

    build(15, "positive", "blue-badge-law-hoax", "plain", JULIE,
          [("Taxi and minibus escorts", "escorts@" + S)],
          "New Blue Badge law from 1st - pass on to everyone!!",
          """Hi all,

Been sent this on our drivers' WhatsApp, sending it to you all as lots of our families have blue badges. Please forward to anyone you know with a badge.

"From the 1st of next month a NEW LAW comes in: if your Blue Badge is displayed but the badge holder is not in the car at the time you are stopped, you will be fined 1000 pounds on the spot AND your badge will be cancelled for life. This includes parents parked outside schools waiting for their child. The government has quietly passed this without telling anyone. Copy and send to all your contacts so nobody gets caught out. The more people we tell the better."

Julie

""" + SIG_JULIE,
          "Transport coordinator forwards an unverified 'new Blue Badge law, £1,000 fine' copy-and-send chain to escorts",
          "2025-02-26 17:45")

    build(16, "positive", "scam-warning-hoax", "qp", ("Pat Ridley", "patricia.ridley@example.net"),
          [RUTH, ("St Anne's Tuesday group", "tuesdays@stannes-westmere.example")],
          "Fw: IMPORTANT phone warning - please read",
          """Dear Ruth and everyone,

My son sent this to me and I thought I'd better send it on. Please pass to everyone you know especially the older ones and the parents at your school.

-----------------------------------
If your phone rings and the caller says "Can you hear me?" DO NOT SAY YES. They are recording your voice and will use your "yes" to sign you up to contracts and empty your bank account. Also do not answer calls from numbers starting 0843, 0844 or from overseas - just answering will charge you £25 a minute and they can then clone your SIM card.

BT has confirmed this. Forward this message to at least 15 people right now. If you don't you could be the next victim and it will be your fault if your friends lose their money too.
-----------------------------------

God bless,
Pat Ridley (governor 1998-2012!)""",
          "Former governor sends the 'Can you hear me? / answering costs £25 a minute' phone-scam hoax to the head, demanding forward to 15 people",
          "2024-11-05 10:19", client="yahoo")

    build(17, "positive", "whatsapp-charge-hoax", "html", TJ, [SIXTH],
          "WHATSAPP GOING TO CHARGE!!!!",
          "",
          "Pupil sends all sixth-form pupils the 'WhatsApp will start charging unless you forward to 10 contacts' hoax",
          "2025-03-11 12:48", client="owa",
          html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">
<p>just got this from my brother so its defo real</p>
<p style="color:#c00000"><b>Hello, I am Jim Balsamic the director of WhatsApp. WhatsApp will cost £0.01 per message from Saturday. If you have at least 10 contacts send this message to them and your logo will turn BLUE which means you are a free user forever.</b></p>
<p style="color:#c00000"><b>If you do not send this message WhatsApp will delete your account within 48 hours and you will lose all your chats and pictures!!!!!!</b></p>
<p>send it to everyone ur in a group chat with</p>
<p>TJ</p>
</div></body></html>
""")

    build(18, "positive", "email-tracking-money-hoax", "wrapped", ("Derek Oldroyd", "derek.oldroyd@example.org"),
          [JOSH, ("Colin Oldroyd", "colin.oldroyd@example.com"), ("Westmere Bowls Club", "secretary@westmerebowls.example")],
          "FW: Microsoft beta test - they will pay you!",
          """Josh, I know you're the computer man in the family, is this one right? Thought I'd send it to you and your school friends anyway, you can't lose anything.

Derek

-----Original Message-----
Dear friends, please do not dismiss this. Microsoft and AOL are now the largest internet companies and to make sure Internet Explorer stays the most widely used program they are running a beta test. When you forward this email to friends, Microsoft can and will track it (if you are a Windows user) for a two week period.

For every person that you forward this email to, Microsoft will pay you $245.00. For every person that you sent it to that forwards it on, Microsoft will pay you $243.00, and for every third person that receives it, you will be paid $241.00. Within two weeks Microsoft will contact you for your address and then send you a cheque.

My neighbour's son-in-law is a lawyer and he checked it out. It is real. He got a cheque for $4,324.44 last month. Forward it to as many people as you can.""",
          "Relative sends teacher (and others) the old 'Microsoft will pay you per forward' tracking hoax",
          "2025-05-17 09:26", client="thunderbird")

    build(19, "positive", "angel-luck-chain", "alt", BEV, [("Nikki Farrar", "n.farrar@" + S), ("Sue Pendle", "s.pendle@" + S), MARIE, SAM],
          "an angel is watching you today 😇",
          """Girls I know it's daft but I've had a rubbish week and this made me smile so I'm doing it!

😇 An angel has been sent to look after you today. She has been waiting for this moment for a long time. Something you have been hoping for will finally happen this week.

Send this to 7 people you care about in the next 7 minutes and your wish will come true. Send it to 4 and you will have good news by Friday. Do not keep it to yourself - the last person who broke this chain had a terrible year.

Make a wish now before you scroll down...

...

...

...

Now send it on! Don't break the chain 😇💖

Bev xx""",
          "TA sends colleagues an 'angel is watching, send to 7 people in 7 minutes or bad luck' chain",
          "2025-03-21 16:05")

    poem = """A SPECIAL MOTHER

Did you ever wonder how mothers of special children are chosen?
Somewhere up above, the angels sit with a ledger,
and they choose the ones with the softest hands and the strongest backs,
the ones who will learn the words nobody else can understand,
who will sit through the night by the hospital bed and still smile at the school gate.

God said, "Give her a child who needs her more than most.
She does not know it yet, but she will be envied.
She will never take a step, a word, a smile for granted."

---------------------------------------------------

This poem has travelled around the world since 1998. It was started by a mother in Ohio and has been sent to over 4 million special parents.
Pass it to 10 people who have a special child in their lives within 24 hours and you will receive an unexpected blessing.
A woman in Leeds sent it on and her son said his first word the following week.
A man in Cardiff deleted it and lost his job the next day.
DO NOT BREAK THE CHAIN.
"""
    build(20, "positive", "poem-chain", "att-txt", ("Jo Whitcombe", "jowhitcombe@example.com"),
          [("Siobhan Kelly", "s.kelly@" + S), ("Hannah Whitlock", "h.whitlock@" + S), ("Tomasz Nowak", "t.nowak@" + S),
           ("Carla Mendes", "carlam@example.net")],
          "A poem for everyone who looks after our kids",
          """Hi all,

I've attached a poem that was sent to me by another mum from Sunflowers group. It made me cry. You all do so much for Harvey so you are on my list! Please read it and pass it on like it says, we don't want to break it!!

Jo (Harvey W's mum, Maple class)""",
          "Parent sends therapists a 'special mother' poem chain as a .txt attachment (pass to 10 within 24h, blessing/curse)",
          "2025-05-09 20:12", attachments=[text_attach(poem, "Special Mother poem - please pass on.txt")])

    build(21, "positive", "email-petition-chain", "fwd-inline", ("Angela Murray", "angelamurray.home@example.com"),
          [("Denise Clarke", "d.clarke@" + S), ("Gareth Pryce", "g.pryce@" + S)],
          "Fwd: PETITION - stop them cutting DLA for our kids - add your name and pass it on",
          """Hi Denise and Gareth,

Please add your names and send it on. It says it needs to go to as many people as possible before it's sent to Downing Street.

Angie

---------- Forwarded message ---------
From: Sandra Pickup <sandra.pickup@example.org>
Date: Wed, 5 Mar 2025 at 14:02
Subject: Fw: PETITION - stop them cutting DLA for our kids
To: Angela Murray <angelamurray.home@example.com>


PLEASE DO NOT DELETE. The government is planning to stop Disability Living Allowance for all children under 16 from next April. This petition will be handed to the Prime Minister when it reaches 2,000 names.

HOW TO SIGN: Copy this whole email into a new email. Add your name, town and the number at the end of the list. Then send it to at least 20 people. If you are number 500, 1000, 1500 or 2000 please send a copy to dla.petition.uk@example.net so we can keep track.

Please do NOT just reply to the person who sent it to you - that breaks the petition and all the names are lost!

1. Maureen Hatch, Bolton
2. Sandra Pickup, Wigan
3. Darren Pickup, Wigan
4. Claire Hollis, Preston
5. Fiona Hollis, Preston
6. Louise Ward, Chorley
...
181. Tom Shaw, Kendal
182. Sandra Pickup, Wigan (again!)
183. Angela Murray, Westmere""",
          "Parent forwards an email 'petition' that exists only to be copied, signed and sent to 20 people",
          "2025-03-06 08:10")

    orig22 = msgid("chain-sleepover-orig", "owa", P)
    build(22, "positive", "sleepover-chain", "reply", MOLLIE,
          [ELLIE, AISHA, ("Grace Tindall", "grace.tindall@" + P), ("Poppy Rushworth", "poppy.rushworth@" + P), ("Leah Dunn", "leah.dunn@" + P)],
          "RE: sleepover chain DONT IGNORE",
          """done!!!! sending it to 15 now so he better ask me lol

Get Outlook for Android
________________________________
From: Aisha Karim <aisha.karim@students.school.example>
Sent: Friday, May 16, 2025 7:58:22 PM
To: Mollie Hart <mollie.hart@students.school.example>; Ellie Marsden <ellie.marsden@students.school.example>; Grace Tindall <grace.tindall@students.school.example>
Subject: sleepover chain DONT IGNORE

> this is a sleepover chain. tonight at midnight the boy or girl you like will realise they like you back.
> copy this and send it to 15 people in the next 15 minutes and they will ask you out tomorrow.
> if you send it to 5 they will text you but thats it.
> if you ignore it a girl called Sophie will come and stand at the end of your bed at 3am. she was ignored by everyone and now she visits the people who break the chain.
> i didnt believe it either but my friend broke it and she heard scratching on her wall
> SEND IT NOW""",
          "Pupil replies-all to a 'sleepover chain' (send to 15 in 15 minutes or a ghost visits) saying she is sending it on",
          "2025-05-16 20:06", client="android", in_reply_to=orig22, cte="7bit", charset="us-ascii")

    build(23, "positive", "sick-baby-share-hoax", "cp1252", HANNAH, [("Fran Whitlock", "fran.whitlock@example.com"), ("Ollie Bright", "olliebright@example.org"), ("Mia Chen", "mia.chen22@example.net")],
          "Fw: please send on – every share is a prayer for Baby Ruby",
          """Hi Mum, Ollie and Mia – this came from one of the parents at work. It’s so sad. Please forward it on, it doesn’t cost anything.

H x

From: Lucy Ellison
Sent: 20 January 2025 18:40
Subject: please send on – every share is a prayer for Baby Ruby

This is Ruby. She is 11 months old and was born with a hole in her heart and now they’ve found a tumour. The doctors in Alder Hey say there is nothing more they can do. Her mum and dad have asked for this to be sent as far as possible – every time it is forwarded counts as a prayer and the hospital chaplain is keeping count.

1 forward = 1 prayer
10 forwards = a candle lit in the chapel
Ignore = you don’t care

Please don’t scroll past. Send it to everyone you know – Ruby’s family need a miracle…""",
          "Speech therapist forwards (outbound, to family) a 'one forward = one prayer' sick-baby chain that a parent sent",
          "2025-01-21 07:55")

    build(24, "positive", "health-scare-hoax", "latin1", ("Mr & Mrs Kowalczyk", "kowalczyk.family@example.net"),
          [("Siobhan Kelly", "s.kelly@" + S)],
          "Nurse - please share with all the families",
          """Dear Nurse Kelly,

My husband's cousin who is a doctor in Poland sent us this. As you give the children their lunch and medicines we thought you must know. Please share with all the staff and the parents, and they should share with their families too.

"Cardiologists warn: drinking cold water after a meal makes the oils in the food solidify and form a fat layer in the intestine which turns into cancer. Always drink warm water or soup after meals. Also, heart attacks in women do not always come with chest pain - if you feel pain in the jaw, cough hard every two seconds until help comes. A doctor says that every person who gets this and sends it to 10 friends will save at least one life. Please forward it now, it is the most important message you will get this year."

We hope this helps the children. Also please tell the kitchen the water jugs should be kept at 40°C, not cold!

Marek and Zofia Kowalczyk (Adam's parents, class Birch)""",
          "Parents send the nurse the 'cold water after meals causes cancer / cough CPR' health-scare chain asking her to send it to all families",
          "2024-10-02 21:33", client="thunderbird", cte="quoted-printable")

    build(25, "positive", "vaccine-microchip-hoax", "html", ("Concerned Westmere Parents", "concernedparents.westmere@example.com"),
          [("Larkspur Green Office", "office@" + S), ("Ruth Okafor", "r.okafor@" + S)],
          "DO NOT LET THEM VACCINATE YOUR CHILD AT SCHOOL - PLEASE FORWARD",
          "",
          "Inbound mass mail claiming school nasal flu vaccine contains tracking nanochips; asks school to forward it to every family",
          "2024-10-14 06:58", client="gmail",
          html="""<div dir="ltr"><div><font size="4"><b>PARENTS - READ BEFORE THE NURSE COMES TO YOUR CHILD'S SCHOOL</b></font></div>
<div><br></div>
<div>A whistleblower from inside the NHS has revealed that the nasal flu spray being given in schools this term contains <b>nano-particles that can be tracked by 5G masts</b>. Children with SEN and disabilities are being given it first because their parents are &quot;less likely to ask questions&quot;.</div>
<div><br></div>
<div>The mainstream media will NEVER report this. The only way to stop it is for parents to warn each other.</div>
<div><br></div>
<div><b>Forward this email to every parent in your school, your class WhatsApp and your family. Schools: we are asking you to send this to ALL families on your list.</b> If you don't pass it on and a child is harmed, you will have to live with that.</div>
<div><br></div>
<div>Share, share, share. 10 people each and we will reach every parent in the UK in a week.</div>
<div><br></div>
<div>A concerned mum</div>
</div>
""")

    luck_chain = """> Kindly forward to 15 friends within 48 hours.
>
> This letter has been sent to you for good luck. The original is kept in New England. It has been around the world nine times. The luck has now been sent to you. You will receive good luck within four days of receiving this letter, providing you in turn send it on. This is no joke.
>
> Do not send money. Do not keep this letter. It must leave your hands within 96 hours.
>
> An office worker in Swindon received $70,000 after passing it on. A man in Glasgow received the letter and forgot about it; soon after he lost his job. He found the letter, sent out 15 copies and got a better job three days later.
>
> Whilst in the Philippines, Gene Welch lost his wife six days after receiving this letter. He failed to circulate it. However, before her death she won $50,000 in a lottery.
>
> Remember, send no money. Please don't ignore this - it works."""
    orig26 = msgid("chain-luck-orig26", "gmail", "example.com")
    build(26, "positive", "good-luck-chain", "reply", MARTIN, [("Tony Fell", "tony.fell64@example.com")],
          "Re: Fw: Kindly forward within 48 hours",
          """Ha! Haven't seen one of these since about 2003. Not superstitious but I'm not risking it with the Ofsted window open - I've sent it on to the SLT and a few of the lads from five-a-side. You'd better do the same.

Martin

On Mon, 7 Apr 2025 at 19:20, Tony Fell <tony.fell64@example.com> wrote:
> Martin - can't believe people still send these. Don't break the chain haha
>
> ---------- Forwarded message ---------
""" + luck_chain,
          "Business manager replies to his brother's classic 'kept in New England, forward to 15 within 48 hours' luck chain, saying he has sent it on",
          "2025-04-08 07:14", in_reply_to=orig26, cte="7bit", charset="us-ascii")

    recipe = make_xlsx([
        ["RECIPE SWAP - send a recipe to the person in row 2!", "", ""],
        ["Position", "Name", "Email"],
        [1, "Pam Doyle", "pamdoyle@example.com"],
        [2, "Marie Doyle", "m.doyle@school.example"],
        ["", "", ""],
        ["1. Send ONE favourite recipe (something quick!) to the person in position 1.", "", ""],
        ["2. Delete position 1, move position 2 up and put yourself in position 2.", "", ""],
        ["3. Send this spreadsheet to 20 friends. You will get 36 recipes back!", "", ""],
        ["Please don't break the chain - it only works if everyone joins in :)", "", ""],
    ], sheet="Recipe swap")
    build(27, "positive", "recipe-swap-chain", "att-xlsx", MARIE, [ALLSTAFF],
          "Recipe swap!! 36 recipes for 1",
          """Hi all,

My sister started a recipe swap and I've been roped in so I'm roping you in! Details in the spreadsheet. You only have to send ONE recipe and you get loads back. Needs to go to 20 people so I'm sending it to all staff - please join in and send it on to your friends and family too.

Thanks!
Marie (lunchtimes)""",
          "Midday supervisor sends all staff a recipe-swap chain spreadsheet (send one recipe, forward to 20, receive 36)",
          "2025-02-18 14:20", attachments=[attach_part(recipe, CT_XLSX, "Recipe swap.xlsx")])

    postcards = csv_text([
        ["Position", "Child's first name", "Parent name", "Address"],
        ["1", "Isla", "Becky Morrow", "22 Larch Close, Heybridge WF3 5RT"],
        ["2", "Oscar", "Dan Pryor", "Flat 4, 19 Canal Street, Westmere WF1 2XB"],
        ["3", "Evie", "Chantelle Boyd", "7 Mill Lane, Westmere WF6 1DS"],
        ["4", "", "", ""],
        ["", "", "", ""],
        ["RULES", "", "", "Send ONE postcard to the child in position 1. Remove position 1 and move everyone up. Add your child in position 4. Send this file to 6 other parents within 3 days. Your child will get up to 36 postcards from around the world! Please don't break the chain - the kids are counting on it."],
    ])
    build(28, "positive", "postcard-exchange-chain", "att-csv", ("Chantelle Boyd", "chantelleboyd@example.com"),
          [("Emma Fairbairn", "e.fairbairn@" + S)],
          "Postcard swap for the kids - could you send to Willow parents?",
          """Hi Mrs Fairbairn,

Evie loves getting post so we have joined this postcard exchange. I've attached the list. Could you send it round all the Willow class parents for me as I don't have their emails? They each need to send it on to 6 more parents within 3 days or the chain stops.

Thanks so much,
Chantelle (Evie's mum)""",
          "Parent asks teacher to circulate a postcard-exchange pyramid chain CSV (send to 6 parents within 3 days)",
          "2025-06-02 19:47", client="gmail", cte="quoted-printable",
          attachments=[text_attach(postcards, "postcard_swap_list.csv", "text/csv")])

    chain_txt = """READ THIS ALL THE WAY TO THE END!!!!!!

You have been chosen. This message has been sent to 100,000 people and only the ones who pass it on get the surprise.

Monday: someone you like will talk to you
Tuesday: you will get a good mark
Wednesday: you will find money
Thursday: your best friend will do something nice
Friday: the person you like will say they like you

BUT only if you send this file to 12 people before midnight.

If you don't... you will have bad luck for a year and the things on this list will happen to someone else instead.

Rename it and send it on. DONT TELL A TEACHER or it doesnt work.
"""
    zipped = make_zip([("READ ME OR ELSE.txt", chain_txt.replace("\n", "\r\n"))])
    build(29, "positive", "good-luck-chain", "zip", CONNOR, [KAYDEN, TJ, RYAN, ("Jack Lowther", "jack.lowther@" + P), ("Ben Okafor-Smith", "ben.os@" + P)],
          "open it",
          """open the zip and read it then send it on!!!!!!

connor""",
          "Pupil sends a zipped 'send this file to 12 people before midnight, don't tell a teacher' chain to classmates",
          "2025-06-19 12:05", client="owa", cte="7bit", charset="us-ascii",
          attachments=[attach_part(zipped, "application/x-zip-compressed", "surprise.zip")])

    build(30, "positive", "account-closure-hoax", "base64", ("Nikki Farrar", "n.farrar@" + S), [ALLSTAFF],
          "FW: Outlook accounts being deleted - forward to show you're active",
          """Hi all, just in case!! Nikki

From: Mandy Farrar
Sent: 10 June 2025 21:03
Subject: Outlook accounts being deleted

Dear Outlook / Hotmail users,

Due to the huge number of people signing up for Microsoft accounts we are running out of space. We will be closing all accounts that are inactive. To show us that your account is active please forward this email to everyone in your address book. If you do not forward it to at least 18 people your account will be deleted within 7 days and you will lose all your emails, contacts and photos.

This is not a joke. Forward it now.

The Microsoft Outlook Team
(this message is free to forward)""",
          "TA forwards to all staff the 'Outlook is full, forward to 18 people or your account will be deleted' hoax",
          "2025-06-11 08:02")

    # ------------------------------------------------------------ NEGATIVES
    build(31, "negative", "coffee-morning-pass-on", "alt", DENISE, [("Parents and carers", "parents@" + S)],
          "Carers' coffee morning, Thursday 23 January - please pass on",
          """Dear parents and carers,

Our next carers' coffee morning is on Thursday 23 January, 9.15-11am, in the Hub (use the side gate by the sensory garden). This month Amira from Westmere Carers Centre will be talking about carer's assessments and the short breaks offer, and there will be time for a chat afterwards.

Younger siblings under school age are very welcome - we'll have the soft play room open.

If you know other parents, grandparents or foster carers of our pupils who might like to come, please do pass this on to them. No need to book, just turn up.

If you need transport or an interpreter, let me know by Monday and I'll do my best to arrange it.

Warm wishes,

""" + SIG_DENISE,
          "Family liaison officer invites parents to a carers' coffee morning and asks them to pass the invitation on",
          "2025-01-14 15:10", bcc=[("", "parentmail-relay@school.example")])

    build(32, "negative", "phishing-warning", "plain", ITS, [ALLSTAFF],
          "Phishing alert: fake 'Payroll - review your payslip' email - do not forward, delete it",
          """Hi everyone,

Several staff have received an email this morning that appears to come from "Westmere Payroll Services" with the subject "ACTION REQUIRED: review your January payslip". It is a phishing email. The link goes to a fake Microsoft 365 sign-in page designed to steal your password.

What to do:
- Do not click the link or open the attachment.
- Do not forward it to colleagues to "warn" them - that just spreads it. We have warned everyone with this message.
- Use the Report button in Outlook (Report > Phishing), then delete it.
- If you have already clicked the link or typed your password, change your password straight away at the staff portal and ring the helpdesk on ext 230 so we can check your account and sign out other sessions.

The real payroll provider never asks you to log in from an email link; payslips are only available through the usual payroll portal bookmarked on staff laptops.

We have blocked the sender and the web address at the filter, so you shouldn't see any more of these, but please stay alert.

Thanks,
""" + SIG_LEE,
          "IT warns staff about a real payroll phishing email: don't forward, report and delete",
          "2025-01-27 09:41")

    build(33, "negative", "pshe-lesson-chain-letters", "att-docx", JOSH, [("Post-16 team", "post16@" + S)],
          "PSHE resources for week 4 - online pressure and chain messages",
          """Hi team,

Attached is the lesson plan for next week's PSHE session on "pressure messages" online. It uses a couple of made-up chain messages as examples so the students can spot the tricks (threats, time limits, "send to 10 people"). Please don't print the example slide as a handout - we read them together and then practise deleting or showing a trusted adult.

Symbol versions are in the shared drive for Rowan and Elm groups. Hannah has kindly checked the vocabulary for the AAC users.

Shout if you want to talk it through on Monday.

Josh""",
          "Teacher shares a PSHE lesson plan that quotes example chain messages for pupils to recognise",
          "2025-02-21 14:12",
          attachments=[attach_part(make_docx([
              "# PSHE Post-16: Pressure messages and chain messages",
              "Learning intention: I can recognise a message that tries to pressure me, and I know what to do.",
              "Starter (5 min): Show the 'good' message (a birthday invitation) and the 'pressure' message side by side. Ask: how do they make you feel?",
              "Example pressure message (read aloud, do not hand out): 'Send this to 10 friends in 10 minutes or you will have bad luck.'",
              "Example 2: 'If you are my real friend you will send this back. If you don't, you are not my friend.'",
              "Discussion: What is the message trying to make you do? Is it true? Who could you show? (Symbols: STOP - THINK - TELL)",
              "Activity (15 min): Sorting cards - 'safe to reply', 'ask an adult', 'delete'. Use Makaton sign for STOP.",
              "Plenary: Practise the script 'I don't send chain messages. I'm going to delete it.' Role play with staff.",
              "Safeguarding note: if any learner shares a message that frightened them, log on CPOMS and tell the DSL.",
              "Differentiation: Elm group use the symbol cards only; Rowan group write their own 'kind message' to send instead.",
          ], title="PSHE chain messages"), CT_DOCX, "PSHE wk4 - pressure messages.docx")])

    build(34, "negative", "supply-chain-delay", "wrapped", ("Harlow Catering Supplies", "orders@harlowcatering.example"),
          [MARTIN, ("Kitchen", "kitchen@" + S)],
          "Supply chain update - delivery changes w/c 10 February",
          """Dear Customer,

Due to ongoing supply chain disruption at our Doncaster distribution centre, some deliveries in the week commencing 10 February will arrive a day later than usual. Your account (LARK01) is on the Tuesday route, so your order will arrive on Wednesday 12 February between 7am and 10am.

The following lines are currently out of stock and will be substituted with the nearest equivalent unless you tell us otherwise:

  - Gluten-free penne 5kg (code GF2210) - substitute GF2214 fusilli
  - Thickened apple puree IDDSI level 4, 12 x 100g (code TX4401) - no substitute, back in stock 17 Feb
  - Oat milk 1L (code DV0930) - substitute DV0935 barista

We know many of our school customers cater for modified textures and allergies, so please call the order desk if a substitution isn't suitable and we will hold the line.

Apologies for the inconvenience.

Kind regards,
Harlow Catering Supplies - Customer Services
Order desk 0113 496 0720""",
          "Inbound supplier notice about supply-chain delays and substitutions (dysphagia textures)",
          "2025-02-06 16:31", client="thunderbird")

    build(35, "negative", "daisy-chain-craft", "mobile", ("Nikki Farrar", "n.farrar@" + S), [EMMA],
          "daisies",
          """Hi Emma, the field's full of daisies so I'm taking Willow out after lunch to make daisy chains for the spring display if that's ok? Freddie and Amal can do the pressing, I'll bring the big wipe-clean table cloth. Back for 2pm physio.

Nikki

Sent from my iPhone""",
          "TA asks teacher if she can take the class out to make daisy chains for a display",
          "2025-04-24 11:48", client="iphone")

    build(36, "negative", "charity-event", "html", RUTH, [("Parents and carers", "parents@" + S)],
          "Children in Need - Friday 15 November: wear spots and wheel for Pudsey!",
          "",
          "Head's letter to parents about a Children in Need spots day and sponsored 'wheel-a-thon'",
          "2024-11-04 12:00",
          html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1" style="font-family:Aptos,sans-serif;font-size:11pt">
<p><img src="cid:logo" alt="Larkspur Green School" width="180"></p>
<p>Dear families,</p>
<p>On <b>Friday 15 November</b> we will be raising money for BBC Children in Need. Pupils and staff are welcome to come to school wearing something spotty (or yellow) in exchange for a voluntary donation of &pound;1 via the usual online payments system.</p>
<p>In the afternoon the whole school will take part in our <b>Pudsey Wheel-a-thon</b> around the playground &ndash; walking, wheeling, being pushed, on trikes or in the hoist swing, every lap counts! If you would like to sponsor your child, a sponsorship form is in their home-school bag.</p>
<p>Sensory-friendly clothing is absolutely fine &ndash; a spotty sticker on a wheelchair or a yellow ribbon counts too.</p>
<p>Thank you, as always, for your generosity.</p>
<p>Mrs R Okafor<br>Headteacher</p>
</div></body></html>
""")

    build(37, "negative", "newsletter", "alt", OFFICE, [("Parents and carers", "parents@" + S)],
          "Larkspur Green Newsletter - Spring 2 week 3",
          """LARKSPUR GREEN NEWSLETTER - Spring 2, week 3

HEADTEACHER'S MESSAGE
What a fortnight! Our sixth formers came back from their residential at Whinfell full of stories, and Maple class have been busy with their "Seasons" sensory story. Thank you to everyone who came to the parents' evenings.

DATES FOR YOUR DIARY
- Tue 18 March: Sensory garden open afternoon, 1.30-3pm. Please tell friends, family and neighbours - everyone is welcome to come and see what the PTA has built.
- Fri 21 March: Red Nose Day (non-uniform, donations optional)
- Thu 3 April: End of term, early finish 1.30pm - transport has been notified
- Tue 22 April: Pupils return

HYDROTHERAPY
The pool reopens on Monday after its service. Therapy timetables are unchanged.

TRANSPORT REMINDER
If your child will not be travelling on a particular day, please ring the transport line (01632 960422) by 7.30am so the driver isn't sent out.

LOST PROPERTY
We have a silver key chain with a small elephant charm, three pairs of ear defenders and a Peppa Pig lunchbox. Please ask at reception.

With best wishes,
Larkspur Green School Office""",
          "School newsletter; mentions telling friends about an open afternoon and a lost key chain",
          "2025-03-14 15:30")

    build(38, "negative", "school-campaign-consultation", "qp", RUTH, [("Parents and carers", "parents@" + S)],
          "Council consultation on SEND transport – how to respond",
          """Dear parents and carers,

Westmere Council has opened a public consultation on changes to home-to-school transport for children with special educational needs. The proposals include replacing some door-to-door taxis with pick-up points and personal travel budgets for post-16 students.

We know how important safe, reliable transport is for our pupils, many of whom travel with oxygen, suction or rescue medication, and the governing body will be submitting a formal response on behalf of the school.

Your individual views matter too. The consultation closes on 28 February. You can respond:
 • online at the council's Have Your Say page (search "SEND transport consultation")
 • at the drop-in session in our school hall on Wednesday 12 February, 3.30–5.30pm, where council officers will be present
 • on a paper form, available from reception

Denise Clarke, our Family Liaison Officer, is happy to help anyone who would like support to fill in the form.

Thank you,

Mrs Ruth Okafor
Headteacher""",
          "Headteacher explains a real council consultation on SEND transport and how parents can respond; no forwarding chain",
          "2025-01-31 12:15")

    build(39, "negative", "leaving-card-round-robin", "fwd-inline", KAREN, [ALLSTAFF],
          "FW: Pat's retirement - card and collection",
          """Hi all,

Just a reminder that Pat's card is still going round - it's in the staffroom now, so please sign it before Thursday. Collection envelope is in the office.

Karen

---------- Forwarded message ---------
From: Gareth Pryce <g.pryce@school.example>
Date: Mon, 7 Jul 2025 at 08:15
Subject: Pat's retirement - card and collection
To: All Staff <allstaff@school.example>


Dear all,

As you know, Pat Simmonds is retiring on Friday after 27 years as our site manager. There's a card going round each department this week (Early Years first, then Primary, Secondary, Post-16, therapies, then the office) - please pass it along to the next area when your team has signed it.

If you'd like to contribute to a gift, there is an envelope in the office until Thursday lunchtime. No amounts, no pressure.

Pat's leaving do is at the Fleece on Friday from 4pm. All welcome.

Gareth""",
          "Office manager forwards the message about a retirement card going round departments and a collection",
          "2025-07-08 12:40", cte="quoted-printable", charset="utf-8")

    build(40, "negative", "bereavement-notice", "flowed", RUTH, [ALLSTAFF],
          "Sad news - Tyler",
          """Dear colleagues,

It is with great sadness that I have to let you know that Tyler, from Rowan class, passed away peacefully at home on Sunday with his family around him. Many of you knew Tyler from his time in Willow and Oak classes, and I know how much he meant to you.

His family have asked that we let staff who worked with him over the years know, including those who have since moved on. If you are still in touch with former colleagues who knew Tyler, please feel free to tell them personally - please don't post on social media.

The funeral will be held at Westmere Crematorium on Thursday 27 March at 11am. The family would be pleased to see any staff who would like to attend and have asked for bright colours. We will arrange cover.

The Educational Psychology service and our Employee Assistance line (number on the staffroom noticeboard) are available if you would like to talk to someone. My door is open.

Ruth""",
          "Head informs staff of a pupil's death and funeral, invites them to tell former colleagues personally",
          "2025-03-18 08:05")

    build(41, "negative", "medicine-recall-notice", "fwd-rfc822", SIOBHAN, [("Class team leaders", "classleads@" + S)],
          "FW: MHRA Class 2 medicines recall - please check your class medicine boxes",
          """Hi all,

Please see the attached alert. Two of our pupils have this product in their medicine boxes. I will come round this afternoon to check batch numbers and swap them if needed - please don't throw any out yourselves.

This is a genuine recall from the MHRA, not one of the scare emails doing the rounds. No need to forward it to parents; I'm contacting the two families directly.

Thanks
""" + SIG_SIOBHAN,
          "Nurse forwards a genuine MHRA medicines recall alert (attached message) to class leads",
          "2024-09-17 10:22", cte="7bit",
          inner=rfc822_part(inner_msg(("CAS Helpdesk", "noreply@cas-alerts.example"), [("School Nurse", "s.kelly@school.example")],
                                      "Class 2 Medicines Recall: chlorphenamine oral solution 2mg/5ml, specific batches", "2024-09-16 17:02",
                                      """Medicines and Healthcare products Regulatory Agency
Class 2 Medicines Recall - Action Within 48 Hours

Product: Chlorphenamine maleate 2mg/5ml oral solution, 150ml
Batches affected: 24C017, 24C018, 24D003
Reason: Out-of-specification results for a degradation product were observed during stability testing.

Advice for healthcare professionals: Stop supplying the above batches immediately. Quarantine all remaining stock and return it to your supplier.

Advice for patients and carers: Patients do not need to take any action. Speak to your pharmacist if you have any questions. There is no evidence that the affected batches have caused harm.

This alert has been issued through the Central Alerting System. Please do not reply to this email.""", client="thunderbird")))

    build(42, "negative", "safeguarding-scare-advice", "alt", GARETH, [("Parents and carers", "parents@" + S)],
          "Online safety - please don't share scare stories",
          """Dear parents and carers,

Some of you will have seen messages going round social media and WhatsApp this week about a "challenge" supposedly hidden in children's videos, with instructions to "send this to every parent you know".

We have checked with the Local Safeguarding Children Partnership and with the police schools liaison officer. There is no evidence that this is happening, and experts advise that passing these warnings on can actually cause more harm, because it makes children curious and frightened. Please don't forward the message, and please don't show it to your child.

What does help:
- Keep devices in shared spaces where you can see the screen.
- Use the parental controls on YouTube Kids and your broadband router. Denise Clarke can help you set these up.
- If your child is upset by something they have seen, stay calm, let them show you, and tell us.

If you are worried about your child's online safety, please contact me or Mrs Clarke. We would always rather you asked.

Mr G Pryce
Deputy Headteacher and Designated Safeguarding Lead""",
          "DSL advises parents not to forward a viral 'challenge' scare and explains real online-safety steps",
          "2025-03-05 13:30")

    build(43, "negative", "phone-tree-cascade", "plain", ("Claire Benson", "claire.benson@example.org"),
          [("Oak class parents", "claire.benson@example.org")],
          "Snow closures - Oak class phone tree",
          """Hi Oak parents,

As promised at the class coffee morning, here's how the phone tree works if school closes for snow or transport is cancelled. School will text everyone via the app first, but some of you said you don't always get the text.

When the school rings me, I'll ring the two people under my name, and they each ring the two under theirs. If you can't get hold of someone, leave a message and ring the next person on their list so nobody is missed.

Claire -> Femi and Gail
Femi -> Jodie and Paul
Gail -> Ranjit and Tasha
(Mobile numbers are on the paper copy in your child's home book - I haven't put them in an email.)

Hopefully we won't need it!

Claire (Max's mum, class rep)""",
          "Inbound class-rep email explaining the snow-closure phone tree cascade; a genuine cascade, not a chain letter",
          "2024-11-20 20:14", bcc=[("", "f.adeyemi@example.com"), ("", "gailmoss@example.net")], client="thunderbird")

    build(44, "negative", "secret-santa", "qp", ("Sue Pendle", "s.pendle@" + S), [ALLSTAFF],
          "Staff Secret Santa 🎅 – names in by Friday",
          """Hi everyone,

It's that time of year again! If you'd like to join in the staff Secret Santa, pop your name on the sheet on the staffroom fridge by Friday 29 November. I'll draw names next Monday and put them in your pigeonhole in a sealed envelope.

Budget is £5 – homemade, regifted, silly and edible all very welcome. Presents under the tree in the staffroom by Wednesday 18 December and we'll open them at the Christmas lunch.

Totally optional, no hard feelings if you'd rather not!

Sue 🎄""",
          "Staff member organises an internal Secret Santa (names in a hat, £5 budget)",
          "2024-11-22 09:12")

    build(45, "negative", "sponsorship-marathon", "cp1252", TOMASZ, [ALLSTAFF],
          "Running the Westmere 10k for the hospice – sponsorship",
          """Hi all,

On 11 May I’m running the Westmere 10k for Forget-Me-Not Children’s Hospice, who have supported several of our families over the years (and who run the sibling group some of our pupils’ brothers and sisters go to).

I’ve never run further than the bus stop, so any encouragement is welcome! If you’d like to sponsor me there’s a form in the therapy office, or the fundraising page link is on the staff noticeboard. Every £ goes to the hospice.

Dzieki – thank you!

Tomasz
Occupational Therapist""",
          "OT asks colleagues for sponsorship for a charity 10k",
          "2025-04-14 12:05")

    orig46 = msgid("hoax-from-parent46", "gmail", "example.com")
    build(46, "negative", "hoax-debunk-reply", "reply", DENISE, [("Gemma Fairhurst", "gemma.f.fairhurst@example.com")],
          "Re: Please send to all the parents!!",
          """Hi Gemma,

Thank you for thinking of us and for sending this - I can tell it really worried you, and I completely understand why.

I've checked it with our safeguarding lead and the local police and, I'm pleased to say, it isn't true. This exact message has been going round for a few years with different town names in it. So we won't be sending it out to parents, and I'd gently suggest not passing it on either, as it tends to frighten people (and some of our young people) for no reason.

If you ever see someone acting suspiciously near school, do ring us or 101 straight away - that's always the right thing to do.

See you at coffee morning on Thursday,

Denise

""" + SIG_DENISE + """

On Sun, 9 Feb 2025 at 21:40, Gemma Fairhurst <gemma.f.fairhurst@example.com> wrote:
> Denise please can you send this to all the parents, its so scary!!
>
> "Warning: a white van is going round Westmere special schools with men pretending to be from the council taking photos of disabled children. They are selling the photos. Send this to every parent you know."
>
> Gem x""",
          "FLO replies to a parent who sent a scare message, explaining it is a hoax and asking her not to pass it on (quotes it)",
          "2025-02-10 10:26", in_reply_to=orig46, cte="quoted-printable")

    build(47, "negative", "esafety-bulletin-hoax-discussion", "att-txt", LEE, [ALLSTAFF],
          "Staff e-safety bulletin - February",
          """Hi all,

This month's e-safety bulletin is attached as a text file (so it opens fine on the iPads too). Main items: the Facebook "privacy notice" copy-and-paste that's doing the rounds again, two-factor sign-in changes, and a reminder about personal devices in classrooms.

Any questions, give me a shout.

Lee""",
          "IT e-safety bulletin that discusses a Facebook privacy-notice hoax and advises staff not to copy it",
          "2025-02-03 08:30", cte="7bit", charset="us-ascii",
          attachments=[text_attach("""LARKSPUR GREEN STAFF E-SAFETY BULLETIN - FEBRUARY

1. THE "I DO NOT GIVE PERMISSION" POST
You may have seen friends posting a long message saying they "do not give Facebook permission" to use their photos, quoting laws and asking others to copy and paste it. This is a hoax that has been circulating since 2012. Posting it has no legal effect. Your privacy is controlled by your account settings, not by a status update.
What to do: ignore it, don't copy it, and check your privacy settings instead (Settings > Privacy > Privacy Check-up). Remember the staff code of conduct about being friends with pupils or parents online.

2. TWO-FACTOR SIGN-IN
From 17 February you will be asked to approve sign-ins with the Authenticator app when working off site. Lee will be in the staffroom at lunchtime all week to help set it up.

3. PERSONAL DEVICES
Personal phones must not be used to photograph pupils. Use the class iPads; photos sync to the secure drive and are removed from the device overnight.

4. REPORTING
If something looks wrong - a strange email, a pop-up, a message to a pupil - report it to itsupport@school.example or ext 230. You will never be in trouble for reporting.
""", "E-safety bulletin Feb.txt")])

    build(48, "negative", "maths-lesson-exponential", "latin1", ("Priya Raman", "p.raman@" + S), [JOSH, ("Naveed Akhtar", "n.akhtar@" + S)],
          "Functional skills maths - doubling and chain letters idea",
          """Hi both,

For the Entry 3 / Level 1 functional maths group I'm planning a lesson on repeated doubling and "how fast things grow". I thought I'd use the old chain-letter idea as the hook: if one person sends a message to 2 people, and each of them sends it to 2 more, how many people have it after 10 rounds? (1,024 - and after 33 rounds it's more than the population of the world!)

Then we compare it with a savings account at 4% interest and a phone contract that goes up by £2 a month, so they see the difference between doubling, percentages and adding.

Plan:
- Counters and cups for the first five rounds, then the calculator.
- Graph on squared paper (or the interactive whiteboard for Ellis and Nadia).
- Finish with "so why do chain messages always say send to 10 people?" - nice link to the PSHE work Josh is doing.

Could I borrow the big number line from your room on Thursday, Naveed?

Priya""",
          "Assistant head plans a functional-skills maths lesson on doubling using the chain-letter idea as a hook",
          "2025-02-24 17:02", cte="quoted-printable")

    build(49, "negative", "science-food-chains", "att-xlsx", LAURA, [("Secondary team", "secondary@" + S)],
          "Science - food chains unit, resource list",
          """Hi all,

Here's the resource list for the "Food chains and habitats" unit next half term. I've split it by sensory approach so you can pick what suits your groups. The pond-dipping trip to Hollins Wood is booked for 14 May (accessible path, Changing Places toilet at the visitor centre).

Let me know if you need anything ordering - budget deadline is Friday.

Laura""",
          "Teacher shares resource spreadsheet for a science food-chains unit",
          "2025-04-03 15:45",
          attachments=[attach_part(make_xlsx([
              ["Lesson", "Topic", "Sensory resource", "Symbol set", "Order?"],
              [1, "What do animals eat?", "Smell pots (grass, fish, honey)", "Widgit food", "No"],
              [2, "Building a food chain", "Velcro chain strip: sun-grass-rabbit-fox", "Widgit animals", "Yes - 6 strips"],
              [3, "Pond food chains", "Water tray, plastic tadpoles, pike puppet", "Widgit pond", "No"],
              [4, "Trip: pond dipping", "Nets, trays, magnifiers", "Visual timetable", "No"],
              [5, "What happens if one link is missing?", "Jenga tower food web", "Widgit", "Yes - 2 sets"],
              [6, "Assessment", "Photo book and eye-gaze quiz", "Grid 3 page", "No"],
          ], sheet="Food chains"), CT_XLSX, "Food chains resources.xlsx")])

    build(50, "negative", "lost-key-chain", "mobile", ("Amira Shah", "amira.shah88@example.com"), [OFFICE],
          "Lost keys",
          """Hi, I think I dropped my car keys when I picked Zain up for his appointment at 1pm. Black key with a purple key chain (hospital parking token on it). Could someone check by the front ramp or in reception? I'm on 07700 900381. Thanks so much, Amira

Sent from my iPhone""",
          "Inbound parent asks the office to look for car keys on a purple key chain",
          "2025-05-06 14:10", client="iphone")

    build(51, "negative", "transport-pass-on-driver", "base64", JULIE, [("Brightway Travel bookings", "bookings@brightway-travel.example")],
          "Route changes from Monday – please pass on to drivers and escorts",
          """Hi Leanne,

Please can you pass the following on to your drivers and escorts for routes LG07 and LG11 before Monday.

• Route LG07 – the pick-up order changes because of roadworks on Mill Lane. New first pick-up at 07:55, arriving at school by 08:50 as usual. The updated route sheet is on the portal.
• Route LG11 – the vehicle must be the wheelchair-accessible minibus (not the MPV) from Monday, as there will be two wheelchair users on board. Both escorts have done their moving-and-handling refresher.
• All routes – drop-off at the new covered bay by the hydrotherapy entrance from Monday. Please don't use the staff car park.

Many thanks, and have a good weekend.

""" + SIG_JULIE,
          "Transport coordinator asks the taxi firm to pass route changes on to its drivers and escorts (no pupil data)",
          "2025-02-28 14:25")

    build(52, "negative", "parent-survey-share", "wrapped", ("Priya Raman", "p.raman@" + S), [("Parents and carers", "parents@" + S)],
          "Parent and carer voice survey 2025",
          """Dear parents and carers,

Every year we ask families what is working well and what we could do better. This year's survey is open until Friday 16 May.

It takes about ten minutes, and there is an easy-read version with symbols and an audio version. Paper copies are available from reception, and Mrs Clarke can go through it with you over the phone or in a language other than English.

If your child lives between two homes, or has grandparents or foster carers closely involved, please share this with them too - we'd like to hear from every adult who cares for our pupils. Each person can fill it in separately.

The link is on the school app under "Surveys". Responses are anonymous unless you choose to give your name.

Thank you for helping us improve.

Mrs P Raman
Assistant Headteacher (SENCo)""",
          "School sends an annual parent survey and asks parents to share it with other carers in the child's life",
          "2025-04-28 09:00")

    build(53, "negative", "la-cascade-to-sencos", "fwd-inline", ("Priya Raman", "p.raman@" + S), [("Class team leaders", "classleads@" + S)],
          "FW: Please cascade - EHCP annual review paperwork change from 1 April",
          """FYI - please cascade to your teams. The new form is on the shared drive under SEN > Annual reviews > 2025 forms. I'll run a 15-minute briefing at Tuesday's meeting.

Priya

---------- Forwarded message ---------
From: SEND Casework Team <send.casework@westmere-council.example>
Date: Thu, 13 Mar 2025 at 11:02
Subject: Please cascade - EHCP annual review paperwork change from 1 April
To: SENCos - Westmere schools <sencos@westmere-council.example>


Dear SENCos,

From 1 April 2025 all annual review reports for EHCPs must be submitted on the new Westmere annual review form (v4), which now includes a section for the child's or young person's views in their preferred communication method and a preparing-for-adulthood section from Year 9.

Please cascade this information to all staff in your setting who contribute to annual reviews. Reviews held before 1 April can be submitted on the old form until 30 April.

Training sessions are available on 20 and 27 March; booking details are on the Local Offer website.

Kind regards,
SEND Casework Team
Westmere Council""",
          "SENCo forwards a genuine LA 'please cascade' notice about a new EHCP review form",
          "2025-03-13 13:15", cte="quoted-printable", charset="utf-8")

    build(54, "negative", "awareness-week-real", "html", HANNAH, [ALLSTAFF],
          "Makaton Friendly week and 'Sign of the week'",
          "",
          "SaLT announces a real communication-awareness week with activities; no copy-and-paste or forwarding demand",
          "2025-05-29 08:20",
          html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Aptos,sans-serif;font-size:11pt">
<p>Hi everyone,</p>
<p>Next week (2&ndash;6 June) is our <b>Communication Week</b>, and we're joining in with Makaton's national awareness week too. Plan for the week:</p>
<ul>
<li><b>Monday</b> &ndash; whole-school signing assembly (sign of the week: <i>friend</i>)</li>
<li><b>Wednesday</b> &ndash; parents' drop-in, 2&ndash;3pm: &quot;Using symbols at home&quot;</li>
<li><b>Thursday</b> &ndash; AAC showcase in the Hub; the Post-16 students will demonstrate their devices</li>
<li><b>Friday</b> &ndash; wear something blue (optional, no donation needed)</li>
</ul>
<p>The sign videos are on the staff Teams channel. If any class would like a SaLT in for a session, book a slot on the sheet outside the therapy room.</p>
<p>Thanks!<br>Hannah<br>Speech and Language Therapist</p>
</div></body></html>
""")

    build(55, "negative", "shoebox-appeal", "latin1", ("Pastor Wendy Achebe", "wendy.achebe@westmerecommunitychurch.example"),
          [OFFICE],
          "Christmas shoebox appeal - thank you and collection date",
          """Dear friends at Larkspur Green,

Thank you once again for agreeing to be a collection point for our Christmas shoebox appeal. Last year your families filled 62 boxes, which went to children's hospitals and care homes in Romania and Moldova.

Collection will be on Friday 22 November at 2pm. Suggested contents: a soft toy, toiletries, a hat and gloves, pencils and a notebook (please no liquids, sweets past their date, or anything sharp). A £3 donation per box towards shipping is welcome but not essential.

Please feel free to include the leaflet in your newsletter. We're very grateful.

Every blessing,
Wendy Achebe
Westmere Community Church""",
          "Inbound charity thank-you about a Christmas shoebox appeal collection",
          "2024-10-29 11:40", client="thunderbird", cte="8bit")

    build(56, "negative", "concert-thank-you", "flowed", EMMA, [("Willow Class Parents", "e.fairbairn@" + S)],
          "Thank you from Willow class!",
          """Dear Willow families,

What a morning! Thank you so much to everyone who came to our harvest performance. The children were amazing - Freddie played the big drum with real gusto, and Amal used her switch to start every song on time.

Please pass on our thanks to the grandparents and siblings who came along too. The chairs came from Westmere Rotary, who have asked us to say they'd be delighted to lend them again.

The photos that families have given consent for will be on the class page on Tapestry by Friday.

With warm wishes and lots of thanks,

Emma, Nikki, Bev and the Willow team""",
          "Class teacher thanks parents for attending a performance and asks them to pass thanks to grandparents",
          "2024-10-17 15:55", bcc=[("", "jayden.rose.fam@example.com"), ("", "amal.hassan.parents@example.net")])

    build(57, "negative", "pupil-party-invite", "mobile", AISHA, [MOLLIE, ELLIE, ("Grace Tindall", "grace.tindall@" + P)],
          "my party",
          """hi its my 18th on saturday 7th june at Bowl Plus at 2pm, then pizza. my mum says you can all come. tell your mum or dad to ring my mum if you need a lift. please say if you can come by wednesday

aisha :)

Sent from Outlook for iOS""",
          "Pupil invites friends to her birthday party (not a chain)",
          "2025-05-27 19:12", client="iphone")

    build(58, "negative", "medical-escalation-chain", "att-docx", SIOBHAN, [("Class team leaders", "classleads@" + S)],
          "Updated medical emergency escalation chart",
          """Hi all,

Attached is the updated chain of escalation for medical emergencies, following last month's review with the community nursing team. The main change is that the second-on-call nurse now covers the Post-16 building at lunchtime.

Please print it and put it next to the emergency grab bag in your class, replacing the old yellow sheet. I'll check these on my rounds next week.

Thanks,
""" + SIG_SIOBHAN,
          "Nurse circulates an internal 'chain of escalation' chart for medical emergencies",
          "2025-01-09 12:30",
          attachments=[attach_part(make_docx([
              "# Medical emergency - chain of escalation (January 2025)",
              "1. Stay with the pupil. Follow their individual healthcare plan / emergency protocol.",
              "2. Send a runner or use the radio (channel 2): 'Medical emergency, [class], nurse please.'",
              "3. School nurse attends. If nurse unavailable: second-on-call nurse (ext 245), then first-aider on the rota.",
              "4. Call 999 if the protocol says so or if in any doubt. Do not wait for the nurse to arrive.",
              "5. Office informs the parent/carer and meets the ambulance at the main entrance.",
              "6. Deputy head or DSL informed; incident recorded on the medical log the same day.",
              "Lunchtime Post-16 cover: second-on-call nurse based in the Post-16 medical room 12-1.30pm.",
          ], title="Medical escalation"), CT_DOCX, "Medical escalation chart Jan 2025.docx")])

    build(59, "negative", "aup-reminder-chain-emails", "qp", GARETH, [ALLSTAFF],
          "Reminder: chain emails and the staff Acceptable Use Policy",
          """Dear colleagues,

Over the last couple of weeks a few chain emails have been sent to the All Staff list – a "Tesco will donate" appeal and a virus warning. I know these are always forwarded with the best of intentions, so this is a gentle reminder rather than a telling-off.

Our Acceptable Use Policy asks that we don't send or forward chain letters, junk mail or hoax warnings using school email. They fill inboxes, occasionally carry real scams, and the All Staff list is reserved for school business.

If you receive something that worries you – a virus warning, an appeal, a safeguarding scare – please send it to IT Support or to me, and we'll check it out and let everyone know if action is needed. Please don't pass it on yourself.

Thank you all for everything you do.

Gareth""",
          "DSL reminds staff that the AUP forbids forwarding chain emails and hoaxes",
          "2024-10-11 16:00")

    build(60, "negative", "pass-on-newsletter-wheelchair-service", "zip", ADE, [("Parents and carers", "parents@" + S)],
          "Wheelchair service drop-in dates and leaflets",
          """Dear parents and carers,

The Westmere Wheelchair Service will hold two drop-in clinics at school this term for repairs, cushion checks and re-measuring (Tuesday 6 May and Tuesday 17 June, 9.30am-12pm). You don't need to attend, but you're welcome to.

I've attached a zip with the clinic leaflet and the "looking after your wheelchair" guide. If your child has a second carer or respite provider who handles the chair, please pass the guide on to them too.

Best wishes,
Ade Balogun
Physiotherapist""",
          "Physio sends parents a zip of wheelchair-service leaflets and asks them to pass the care guide to other carers",
          "2025-04-25 10:05", cte="7bit", charset="us-ascii",
          attachments=[attach_part(make_zip([
              ("Wheelchair clinic dates.txt", "Westmere Wheelchair Service - school drop-in clinics\r\nTuesday 6 May 2025, 9.30am-12pm, Physio room\r\nTuesday 17 June 2025, 9.30am-12pm, Physio room\r\nRepairs, cushion checks, re-measuring. No appointment needed.\r\n"),
              ("Looking after your wheelchair.txt", "Looking after your wheelchair\r\n\r\n- Check tyre pressures weekly (pneumatic tyres).\r\n- Wipe down the cushion cover and wash at 40C.\r\n- Check brakes before every journey.\r\n- Report any damage to the Wheelchair Service on 0113 496 0455.\r\n- Never lift the chair by the armrests or footplates.\r\n"),
          ]), "application/zip", "Wheelchair service leaflets.zip")])


if __name__ == "__main__":
    chain_letter()
    finish()
