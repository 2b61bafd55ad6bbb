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
# identifiers (own implementations of the published algorithms)
# =====================================================================
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check(body12):
    total = 0
    for i, ch in enumerate(body12):
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        total += v * (i + 2)
    return UPN_LETTERS[total % 23]


def make_upn(rng, la=None, estab=None, year=None):
    la = la or rng.choice(["384", "383", "370"])
    estab = estab or "7023"
    year = year or "%02d" % rng.randint(9, 23)
    serial = "%03d" % rng.randint(1, 999)
    body = la + estab + year + serial
    return upn_check(body) + body


def nhs_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def make_nhs(rng):
    while True:
        d9 = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(d9)
        if c is not None:
            return d9 + str(c)


def fmt_nhs(n):
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


def uln_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = 10 - s % 11
    return None if c == 10 else c


def make_uln(rng):
    while True:
        d9 = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(d9)
        if c is not None:
            return d9 + str(c)


def luhn_ok(num):
    digits = [int(c) for c in num]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def make_card(rng, prefix="4"):
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
        for c in range(10):
            if luhn_ok(body + str(c)):
                return body + str(c)


def fmt_card(c):
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "")
    if len(s) != 9:
        return False
    a, b, digits, suf = s[0], s[1], s[2:8], s[8]
    return (a.isalpha() and b.isalpha() and a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND
            and a + b not in NINO_BAD_PREFIX and digits.isdigit() and suf in "ABCD")


def make_nino(rng):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        s = rng.choice(letters) + rng.choice(letters) + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")
        if nino_ok(s):
            return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])


SC_WEIGHTS = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]


def bank_ok(sc, acc):
    d = [int(c) for c in (sc.replace("-", "") + acc)]
    return sum(a * b for a, b in zip(d, SC_WEIGHTS)) % 11 == 0


def make_bank(rng):
    sc = "01-%02d-%02d" % (rng.randint(30, 59), rng.randint(10, 99))
    while True:
        acc = "".join(str(rng.randint(0, 9)) for _ in range(8))
        if bank_ok(sc, acc):
            return sc, acc


def dob(rng, y0, y1):
    start = datetime.date(y0, 9, 1).toordinal()
    end = datetime.date(y1, 8, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def make_postcode(rng):
    out = rng.choice(["WF1", "WF2", "WF3", "WF4", "WF5", "WF6", "WF10", "WF12", "LS26", "LS27", "HD6", "BD19"])
    inward = str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out + " " + inward


def make_mobile(rng):
    return "07700 900%03d" % rng.randint(0, 999)


# =====================================================================
# look-alike encrypted containers (random payloads, real framing)
# =====================================================================
def _der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content


def _oid(dotted):
    parts = [int(p) for p in dotted.split(".")]
    out = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return _der(0x06, out)


def smime_blob(seed, plain_len, issuer_cn):
    rng = random.Random(seed)
    name = _der(0x30, _der(0x31, _der(0x30, _oid("2.5.4.6") + _der(0x13, b"GB")))
                + _der(0x31, _der(0x30, _oid("2.5.4.10") + _der(0x0C, b"Westmere Health and Care Partnership")))
                + _der(0x31, _der(0x30, _oid("2.5.4.3") + _der(0x0C, issuer_cn.encode()))))
    serial = _der(0x02, b"\x00" + rng.randbytes(15))
    ktri = _der(0x30, _der(0x02, b"\x00") + _der(0x30, name + serial)
                + _der(0x30, _oid("1.2.840.113549.1.1.1") + b"\x05\x00") + _der(0x04, rng.randbytes(256)))
    enc_len = (plain_len // 16 + 1) * 16
    eci = _der(0x30, _oid("1.2.840.113549.1.7.1")
               + _der(0x30, _oid("2.16.840.1.101.3.4.1.42") + _der(0x04, rng.randbytes(16)))
               + _der(0x80, rng.randbytes(enc_len)))
    env = _der(0x30, _der(0x02, b"\x00") + _der(0x31, ktri) + eci)
    return _der(0x30, _oid("1.2.840.113549.1.7.3") + _der(0xA0, env))


def smime_part(seed, plain_len, issuer_cn="Westmere Secure Mail Issuing CA 2"):
    blob = smime_blob(seed, plain_len, issuer_cn)
    hdrs = ['Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
            "Content-Transfer-Encoding: base64",
            'Content-Disposition: attachment; filename="smime.p7m"',
            "Content-Description: S/MIME Encrypted Message"]
    return (hdrs, base64.encodebytes(blob))


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_part(seed, plain_len, bnd):
    rng = random.Random(seed)
    mpi = rng.randbytes(384)
    mpi = bytes([mpi[0] | 0x80]) + mpi[1:]
    pkesk_body = b"\x03" + rng.randbytes(8) + b"\x01" + struct.pack(">H", 3072) + mpi
    pkesk = b"\xc1" + bytes([0xC0 + ((len(pkesk_body) - 192) >> 8), (len(pkesk_body) - 192) & 0xFF]) + pkesk_body
    seipd_body = b"\x01" + rng.randbytes(plain_len // 2 + 60)
    seipd = b"\xd2\xff" + struct.pack(">I", len(seipd_body)) + seipd_body
    data = pkesk + seipd
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    armor = ("-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n="
             + base64.b64encode(crc24(data).to_bytes(3, "big")).decode() + "\n-----END PGP MESSAGE-----\n")
    p1 = (["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"], b"Version: 1\n")
    p2 = (['Content-Type: application/octet-stream; name="encrypted.asc"', "Content-Description: OpenPGP encrypted message",
           'Content-Disposition: inline; filename="encrypted.asc"'], armor.encode())
    return multipart("encrypted", [p1, p2], bnd, extra_ct=' protocol="application/pgp-encrypted";')


def _crc_upd(crc, b):
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self.upd(c)

    def upd(self, c):
        k = self.k
        k[0] = _crc_upd(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.upd(p)
        return bytes(out)


def make_encrypted_zip(files, password, seed):
    """Traditional PKWARE (ZipCrypto) password-protected zip, deflated."""
    rng = random.Random(seed)
    y, mo, d, hh, mi, ss = ZIP_TIME
    dtime = (hh << 11) | (mi << 5) | (ss // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = io.BytesIO()
    central = []
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(password.encode())
        header = rng.randbytes(11) + bytes([crc >> 24])
        enc = zc.enc(header + comp)
        nb = name.encode()
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dtime, ddate, crc, len(enc), len(data), len(nb), 0))
        out.write(nb)
        out.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 1, 8, dtime, ddate, crc, len(enc),
                                   len(data), len(nb), 0, 0, 0, 0, 0o100644 << 16, off) + nb)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(cd), cd_off, 0))
    return out.getvalue()


# =====================================================================
# personal-data policy
# =====================================================================
S = "school.example"
RNG = random.Random(90311)

FIRST = ["Leo", "Amal", "Evie", "Zain", "Harvey", "Jayden", "Freddie", "Maisie", "Oliver", "Nadia", "Kacper", "Reuben",
         "Tobias", "Tayo", "Ibrahim", "Ellis", "Skye", "Bilal", "Mohammed", "Theo", "Hollie", "Imogen", "Precious", "Dexter",
         "Aaliyah", "Finley", "Isabelle", "Lacey", "Lexi", "Callum", "Maya", "Kian", "Ava-Rose", "Ruby", "Safiya",
         "Jenson", "Lottie", "Arlo", "Poppy", "Rhys"]
AGES = [13, 9, 8, 7, 6, 11, 10, 12, 12, 7, 11, 9, 14, 15, 10, 4, 17, 8, 16, 12, 17, 12, 18, 15, 16, 13, 17, 10, 18, 18,
        13, 14, 12, 17, 5, 16, 18, 3, 8, 11]
SURN = ["Sandford", "Hassan", "Whitworth", "Shah", "Wilde", "Boyd", "Rose", "Kettering", "Mahmood", "Brennan", "Nowicki",
        "Garside", "Okonkwo", "Pearce", "Adeyemi", "Holroyd", "Lindqvist", "Iqbal", "Marsh-Tate", "Dunmore", "Varley",
        "Quinn", "Mensah", "Ashby", "Rahman", "Greenhalgh", "Fenwick", "Begum", "Oduya", "Stott", "Cavendish", "Malik",
        "Pritchard", "Yilmaz", "Kaur", "Doherty", "Ambrose", "Farooq", "Lister", "Rowbotham"]
PARENT_F = ["Sarah", "Aisha", "Claire", "Nasreen", "Joanne", "Chantelle", "Kelly", "Rukhsana", "Emma", "Agnieszka",
            "Lisa", "Folake", "Hayley", "Samina", "Rachel", "Donna", "Katarzyna", "Michelle", "Gemma", "Yasmin"]
STREETS = ["Larch Close", "Mill Lane", "Canal Street", "Beech Grove", "Thornhill Road", "Priory Walk", "Station Road",
           "Orchard Way", "Heath View", "Calder Terrace", "Willow Crescent", "Moorside Avenue", "Church Lane",
           "Park Drive", "Ashfield Court", "Holme Rise", "Brook Street", "Victoria Road", "Kirkgate", "Spring Gardens"]
DIAG = [("Cerebral palsy (spastic quadriplegia, GMFCS V), epilepsy", ["Sodium valproate 300mg BD", "Baclofen 10mg TDS", "Buccal midazolam 10mg PRN (seizure > 5 min)"]),
        ("Autism, severe learning disability, non-verbal", ["Melatonin 3mg at night", "Risperidone 0.5mg BD"]),
        ("Rett syndrome, epilepsy, gastrostomy", ["Levetiracetam 500mg BD via PEG", "Omeprazole 10mg OD via PEG", "Buccal midazolam 7.5mg PRN"]),
        ("Down syndrome, hypothyroidism, repaired AVSD", ["Levothyroxine 50mcg OD"]),
        ("Lennox-Gastaut syndrome, PMLD", ["Clobazam 10mg BD", "Rufinamide 200mg BD", "Buccal midazolam 5mg PRN"]),
        ("Duchenne muscular dystrophy", ["Deflazacort 18mg OD", "Ramipril 1.25mg OD"]),
        ("Global developmental delay, PEG fed, reflux", ["Gaviscon infant sachets", "Movicol paediatric 1 sachet OD"]),
        ("22q11.2 deletion syndrome, anxiety", ["Sertraline 25mg OD"]),
        ("CHARGE syndrome, deafblind, tracheostomy", ["Salbutamol nebs PRN", "Glycopyrronium 1mg TDS"]),
        ("Spina bifida, VP shunt, intermittent catheterisation", ["Oxybutynin 2.5mg BD", "Trimethoprim 100mg at night"]),
        ("Spinal muscular atrophy type 2, non-invasive ventilation at night", ["Risdiplam (home only)", "Salbutamol inhaler PRN"]),
        ("Angelman syndrome, epilepsy, sleep disorder", ["Sodium valproate 200mg BD", "Melatonin 4mg at night", "Buccal midazolam 5mg PRN"]),
        ("Autism, ADHD, moderate learning difficulties", ["Methylphenidate XL 18mg mornings"]),
        ("PMLD, cortical visual impairment, dystonia", ["Trihexyphenidyl 2mg TDS", "Gabapentin 100mg TDS"]),
        ("Foetal alcohol spectrum disorder, attachment difficulties", ["Melatonin 2mg at night"])]
CLASSES = [(3, 4, "Acorn"), (5, 7, "Willow"), (8, 9, "Maple"), (10, 11, "Birch"), (12, 13, "Oak"), (14, 15, "Rowan"),
           (16, 16, "Elm"), (17, 18, "Sycamore (Post-16)")]


def age_on(d, ref=datetime.date(2024, 9, 1)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def make_pupils(n):
    out = []
    for i in range(n):
        first, sur = FIRST[i], SURN[i]
        a = AGES[i]
        d = datetime.date.fromordinal(RNG.randint(datetime.date(2023 - a, 9, 2).toordinal(), datetime.date(2024 - a, 9, 1).toordinal()))
        assert age_on(d) == a
        cls = next(c for lo, hi, c in CLASSES if lo <= a <= hi) if a >= 3 else "Acorn"
        diag, meds = DIAG[{17: 1, 20: 10}.get(i, i % len(DIAG))]
        pc = make_postcode(RNG)
        out.append({
            "first": first, "sur": sur, "name": first + " " + sur, "dob": d, "dobs": d.strftime("%d/%m/%Y"),
            "age": a, "class": cls, "upn": make_upn(RNG, year="%02d" % min(24, d.year + 4 - 2000)), "nhs": make_nhs(RNG), "uln": make_uln(RNG) if a >= 14 else "",
            "addr": "%d %s" % (RNG.randint(1, 140), STREETS[i % len(STREETS)]), "town": RNG.choice(["Westmere", "Heybridge", "Calderton", "Westmere"]),
            "pc": pc, "parent": "%s %s" % (PARENT_F[i % len(PARENT_F)], sur.split("-")[0]), "phone": make_mobile(RNG),
            "diag": diag, "meds": meds,
            "wt": round(8 + a * 2.6 + RNG.randint(-3, 6), 1),
        })
    return out


PUP = make_pupils(40)


def full_addr(p):
    return "%s, %s %s" % (p["addr"], p["town"], p["pc"])


# staff
PRIYA = ("Priya Raman", "p.raman@" + S)
NAVEED = ("Naveed Akhtar", "n.akhtar@" + S)
GEMMA = ("Gemma Lowe", "g.lowe@" + S)
MARTIN = ("Martin Fell", "m.fell@" + S)
KAREN = ("Karen Ashworth", "k.ashworth@" + S)
JULIE = ("Julie Marsh", "j.marsh@" + S)
SIOBHAN = ("Siobhan Kelly", "s.kelly@" + S)
HANNAH = ("Hannah Whitlock", "h.whitlock@" + S)
TOMASZ = ("Tomasz Nowak", "t.nowak@" + S)
ADE = ("Ade Balogun", "a.balogun@" + S)
DENISE = ("Denise Clarke", "d.clarke@" + S)
GARETH = ("Gareth Pryce", "g.pryce@" + S)
RUTH = ("Ruth Okafor", "r.okafor@" + S)
EMMA = ("Emma Fairbairn", "e.fairbairn@" + S)
JOSH = ("Josh Kerr", "j.kerr@" + S)
LAURA = ("Laura Pinto", "l.pinto@" + S)
LEE = ("Lee Dawson", "l.dawson@" + S)
DATAM = ("Anita Sorensen", "a.sorensen@" + S)
HEAD_CC = ("Ruth Okafor", "r.okafor@" + S)
OFFICE = ("Larkspur Green Office", "office@" + S)

# outside
LA_CASE = ("Rebecca Holt", "rebecca.holt@westmere-council.example")
LA_SEND = ("SEND Casework Team", "send.casework@westmere-council.example")
LA_ADMIT = ("SEND Admissions", "send.admissions@westmere-council.example")
LA_DATA = ("Education Data Team", "edudata@westmere-council.example")
LA_FIN = ("Schools Finance", "schools.finance@westmere-council.example")
SOCW = ("Olu Adebayo", "olu.adebayo@westmere-council.example")
PAED = ("Dr Fiona McLeod", "fiona.mcleod@westmere-nhs.example")
WCHAIR = ("Westmere Wheelchair Service", "wheelchairs@westmere-nhs.example")
CAMHS = ("CAMHS Single Point of Access", "camhs.spa@westmere-nhs.example")
SNT = ("0-19 School Nursing Team", "immunisations@westmere-nhs.example")
AAC = ("Regional AAC Hub", "aac.referrals@northern-aac-hub.example")
GP = ("Millbrook Surgery", "reception@millbrook-surgery.example")
PHARM = ("Parkside Pharmacy", "orders@parkside-pharmacy.example")
TAXI = ("Brightway Travel Bookings", "bookings@brightway-travel.example")
ESCORTS = ("Carefirst Escorts", "office@carefirst-escorts.example")
PAYROLL = ("EduPay Payroll Services", "newstarters@edupay-services.example")
OCCH = ("WorkWell Occupational Health", "referrals@workwell-oh.example")
EP = ("Dr Simon Greer", "simon@greer-psychology.example")
OUTDOOR = ("Whinfell Outdoor Centre", "bookings@whinfell-outdoors.example")
RESPITE = ("Hollyhock House", "manager@hollyhock-shortbreaks.example")
EQUIP = ("KidsMobility Orders", "orders@kidsmobility.example")
HOSPSCH = ("Westmere Hospital School", "admin@westmere-hospital-school.example")
POLICE = ("PC Dan Whitely", "dan.whitely@westmere-police.example")
COLLEGE = ("Westmere College Admissions", "admissions@westmere-college.example")
MISVENDOR = ("Scholaris MIS Support", "support@scholaris-mis.example")
FOODBANK = ("Westmere Food Bank", "referrals@westmere-foodbank.example")
BOOKKEEP = ("Ledgerwise Accounts", "accounts@ledgerwise.example")
CATERING = ("Fresh Start School Meals", "accounts@freshstart-meals.example")
OTHERSCH = ("HR - Calder Valley Academy", "hr@caldervalley-academy.example")

EMAIL_FOOTER = ("Larkspur Green School, Thornhill Road, Westmere WF2 7LG | 01632 960400\n"
                "This email and any attachments are intended for the named recipient only.")


def pd():
    # ------------------------------------------------------------ POSITIVES
    rows = [["Route", "Pupil", "DOB", "Home address", "Postcode", "Parent/carer", "Contact", "Seating", "Medical / notes"]]
    rte = [("LG04", 0), ("LG04", 4), ("LG04", 10), ("LG07", 2), ("LG07", 11), ("LG07", 13), ("LG11", 5), ("LG11", 1)]
    notes = {0: "Wheelchair (tie-downs), rescue med in red bag - buccal midazolam 10mg, escort trained",
             4: "Epilepsy - buccal midazolam 5mg, seizure plan in bag. Sits behind driver",
             10: "Powerchair, NIV machine travels with him", 2: "PEG - no food or drink on bus. Rescue med 7.5mg",
             11: "Epilepsy, sleep disorder - may sleep on journey, do not wake", 13: "Dystonia, special seat (Recaro), 5-point harness",
             5: "Steroids - immunosuppressed, tell school if anyone on bus unwell", 1: "Autism - ear defenders, same seat every day, dislikes radio"}
    for r, i in rte:
        p = PUP[i]
        rows.append([r, p["name"], p["dobs"], "%s, %s" % (p["addr"], p["town"]), p["pc"], p["parent"], p["phone"],
                     "Wheelchair" if i in (0, 10, 13) else "Seat", notes[i]])
    build(61, "positive", "transport-route-list", "att-csv", JULIE, [TAXI], "Spring term route lists - LG04, LG07, LG11",
          """Hi Leanne,

As promised, attached are the updated route lists for LG04, LG07 and LG11 from Monday 6 January, with addresses, parent contacts and medical notes for each child. Could you make sure the drivers and escorts have these before Monday and that the old sheets are shredded?

Two new starters on LG07 (%s and %s); please can the escort read the seizure plans in their bags before the first journey.

Thanks,
Julie

Julie Marsh
Transport Coordinator
Larkspur Green School
Direct line 01632 960422""" % (PUP[11]["first"], PUP[13]["first"]),
          "Transport coordinator emails taxi firm a CSV of pupils' names, DOBs, home addresses, parent phones and medical needs",
          "2025-01-02 11:20", attachments=[text_attach(csv_text(rows), "Routes LG04 LG07 LG11 spring.csv", "text/csv")])

    p = PUP[2]
    build(62, "positive", "nhs-medical-update", "wrapped", SIOBHAN, [PAED],
          "%s - seizure activity in school, request for medication review" % p["name"],
          """Dear Dr McLeod,

Re: %s   DOB %s   NHS No %s
Address: %s

I am writing as %s's school nurse to update you before her clinic appointment on 21 January. Since returning in September we have recorded 14 seizures in school, compared with 5 in the whole of the summer term. Three of these lasted more than five minutes and required buccal midazolam 7.5mg; on 9 December she needed a second dose and an ambulance was called (she was discharged from Westmere General the same evening).

Current medication given in school via PEG: %s. Her mother, %s, tells me the levetiracetam was increased at home in November but we have not yet received an updated care plan or MAR chart.

Mum has also mentioned weight loss - we weighed her in school last week at %s kg.

Could you please send an updated epilepsy emergency plan to school once you have seen her? The seizure log is summarised below.

  02/10  tonic-clonic   3 min   recovered in class
  17/10  tonic-clonic   6 min   midazolam given, recovered 20 min
  14/11  cluster x3     2 min each
  09/12  tonic-clonic   7 min   midazolam x2, 999, A&E

Kind regards,

Siobhan Kelly RGN
School Nurse, Larkspur Green School
01632 960431""" % (p["name"], p["dobs"], fmt_nhs(p["nhs"]), full_addr(p), p["first"], ", ".join(p["meds"]), p["parent"], p["wt"]),
          "School nurse emails community paediatrician a pupil's NHS number, DOB, address, seizure log and medication",
          "2025-01-08 15:42", cc=[HEAD_CC])

    p = PUP[7]
    ar = make_docx([
        "# EHCP Annual Review - summary of outcomes and recommendations",
        "Name: %s     Date of birth: %s     UPN: %s" % (p["name"], p["dobs"], p["upn"]),
        "NHS number: %s     Class: %s     Review date: 12 February 2025" % (fmt_nhs(p["nhs"]), p["class"]),
        "Home address: %s" % full_addr(p),
        "Parent/carer: %s (mother, parental responsibility). Father has no contact - court order in place, do not share information." % p["parent"],
        "Primary need: Severe learning difficulty. Secondary: Social, emotional and mental health.",
        "Diagnoses: %s. Diagnosed with ADHD by CAMHS in October 2024." % p["diag"],
        "Section B update: Maisie's anxiety has increased since her older brother was taken into local authority care in the summer. She is now supported by a key adult at all unstructured times.",
        "Section F recommendations: increase 1:1 support from 20 to 27.5 hours; weekly ELSA; termly SaLT review; Educational Psychology reassessment.",
        "Social care: Child in Need plan (social worker Olu Adebayo). Early Help closed.",
        "Attendance this year: 81.4%. Part-time timetable agreed from 4 November, reviewed fortnightly.",
        "Parent's view: Mum feels the school placement is right but wants more help with toileting and sleep at home.",
    ], title="Annual review %s" % p["name"])
    build(63, "positive", "ehcp-annual-review", "att-docx", PRIYA, [LA_CASE],
          "Annual review paperwork - %s (%s)" % (p["name"], p["upn"]),
          """Hi Rebecca,

Please find attached the annual review summary for %s following Wednesday's meeting. We are requesting an increase in Section F support, as discussed, and Mum has agreed to everything in the report.

I've included the social care update because it's relevant to the increased support - please treat with care.

Many thanks,
Priya

Priya Raman
Assistant Headteacher / SENCo
Larkspur Green School""" % p["name"],
          "SENCo sends LA caseworker an annual review docx with UPN, NHS number, DOB, diagnoses, social-care and court-order details",
          "2025-02-14 16:05", cc=[HEAD_CC], attachments=[attach_part(ar, CT_DOCX, "AR summary %s Feb 2025.docx" % p["name"])])

    p = PUP[14]
    build(64, "positive", "safeguarding-referral", "flowed", DENISE, [SOCW],
          "Concern - %s (DOB %s) - home visit today" % (p["name"], p["dobs"]),
          """Hi Olu,

Following our phone call, here is a written summary of my home visit this afternoon to %s's family at %s.

%s (DOB %s, %s class, NHS no. %s) has foetal alcohol spectrum disorder and attachment difficulties and is known to you on a Child in Need plan.

When I arrived, Mum (%s) had a visible bruise to her left cheek and was tearful. She told me her ex-partner, Craig Lister (DOB 03/07/1988), had been at the house on Saturday night despite the non-molestation order, and that he had "thrown a mug" in front of the children. %s's younger sister, Aimee (DOB 22/05/2019), was present. Mum says she has not reported this to the police because she is frightened he will find out.

%s himself came into school this morning with no coat, unwashed, and said "Craig was shouting at mummy". He has been very unsettled and hit out at two staff today, which is not typical for him.

Mum agreed to a referral to the Domestic Abuse Hub and gave consent for me to share this with you. Gareth (DSL) has logged this on CPOMS and will make a MASH referral if you think it appropriate.

Mum's mobile is %s. She is at home tomorrow morning.

Thanks,
Denise

Denise Clarke
Family Liaison Officer
Larkspur Green School""" % (p["first"], full_addr(p), p["name"], p["dobs"], p["class"], fmt_nhs(p["nhs"]), p["parent"], p["first"], p["first"], p["phone"]),
          "Family liaison officer emails a social worker a domestic-abuse disclosure with names, DOBs, address, NHS number",
          "2024-11-12 17:28", cc=[GARETH])

    p = PUP[13]
    mh = make_docx([
        "# Moving and Handling Plan",
        "Name: %s     DOB: %s     NHS number: %s" % (p["name"], p["dobs"], fmt_nhs(p["nhs"])),
        "Address: %s     Parent: %s, %s" % (full_addr(p), p["parent"], p["phone"]),
        "Diagnosis: %s. Weight %s kg (December 2024). Height 142cm." % (p["diag"], p["wt"]),
        "Medication: " + "; ".join(p["meds"]) + ". Allergic to penicillin (rash) and latex.",
        "Transfers: Full hoist for all transfers. Two staff. Arjo Maxi Move hoist, Medium in-situ quick-fit sling (purple), loop configuration: shoulder green, leg blue.",
        "Positioning: Sleep system at night (home). In school, standing frame 30 mins x2 daily, side-lying on wedge after lunch.",
        "Personal care: Changing bed, two staff. Pads size 6. Skin check for pressure areas on sacrum - reddened area noted 16/12/24, Mum aware.",
        "Dystonic spasms: do not resist, support limbs, wait for spasm to pass before continuing the transfer.",
        "Communication: eye pointing and Big Mack switch. Says 'no' by turning head left.",
        "Completed by Ade Balogun (Physiotherapist) and Tomasz Nowak (OT), January 2025. Review January 2026.",
    ], title="M&H plan")
    build(65, "positive", "moving-handling-plan", "att-docx", ADE, [RESPITE],
          "M&H plan for %s - short break stays" % p["name"],
          """Hi Jan,

As requested, here's %s's up-to-date moving and handling plan ahead of his first overnight stay with you on the 24th. It includes his sling sizes and loop settings, so your staff can match what we do in school.

Any questions, give me a ring. Happy to come over and do a joint handling session if that would help.

Best wishes,
Ade

Ade Balogun MCSP
Physiotherapist, Larkspur Green School""" % p["first"],
          "Physio sends a short-breaks provider a moving-and-handling plan with DOB, NHS number, address, diagnosis, skin condition",
          "2025-01-15 13:14", cc=[TOMASZ], attachments=[attach_part(mh, CT_DOCX, "Moving and handling plan - %s.docx" % p["name"])])

    p = PUP[0]
    build(66, "positive", "wheelchair-referral", "qp", ADE, [WCHAIR],
          "Re-referral – %s, NHS %s – urgent seating review" % (p["name"], fmt_nhs(p["nhs"])),
          """Dear colleagues,

I’d like to re-refer the following young person for an urgent seating review.

Name: %s
DOB: %s
NHS number: %s
Address: %s
Parent/carer: %s – %s
GP: Dr Ahmed, Millbrook Surgery

Diagnosis: %s. Weight %s kg.

Reason for referral: %s’s scoliosis has progressed significantly since his spinal X-ray in March (Cobb angle now reported at 48°) and he is sliding and leaning to the right in his current chair (Invacare Rea Azalea, issued 2022). He is developing a red mark on his right hip, and staff are having to reposition him every 20 minutes. He also had a hip subluxation on the left identified by orthopaedics in October.

Mum is happy to attend clinic with him in school time; transport can be arranged through us.

Kind regards,
Ade Balogun MCSP
Physiotherapist
Larkspur Green School""" % (p["name"], p["dobs"], fmt_nhs(p["nhs"]), full_addr(p), p["parent"], p["phone"], p["diag"], p["wt"], p["first"]),
          "Physio re-refers a pupil to the NHS wheelchair service with NHS number, DOB, address, diagnosis and clinical details",
          "2024-11-26 10:37")

    staff_rows = [["Surname", "Forename", "DOB", "NI number", "Address", "Postcode", "Sort code", "Account no", "Post", "Start date", "Hours"]]
    new_staff = [("Okoye", "Chidinma", "TA3 (Willow)"), ("Brierley", "Mark", "Site assistant"), ("Nowak", "Ewa", "Midday supervisor"),
                 ("Henshaw", "Kirsty", "TA2 (Acorn)"), ("Quayle", "Tom", "Minibus driver")]
    for sur, fn, post in new_staff:
        sc, acc = make_bank(RNG)
        d = dob(RNG, 1966, 2002)
        staff_rows.append([sur, fn, d.strftime("%d/%m/%Y"), make_nino(RNG), "%d %s, Westmere" % (RNG.randint(1, 90), RNG.choice(STREETS)),
                           make_postcode(RNG), sc, acc, post, "06/01/2025", RNG.choice([32.5, 25, 10, 37, 27.5])])
    build(67, "positive", "payroll-new-starters", "att-xlsx", GEMMA, [PAYROLL],
          "New starters January - Larkspur Green (school 7023)",
          """Hi,

Please find attached the new starter details for January payroll. Contracts have been signed and DBS checks are clear for all five.

Ewa Nowak also has a second post with the council, so please check her tax code.

Kind regards,
Gemma

Gemma Lowe
HR and Personnel Officer
Larkspur Green School""",
          "HR sends payroll provider spreadsheet of new staff with NI numbers, DOBs, home addresses, sort codes and account numbers",
          "2024-12-16 11:50", cc=[MARTIN], attachments=[attach_part(make_xlsx(staff_rows, "New starters"), CT_XLSX, "New starters Jan 2025.xlsx")])

    card = make_card(RNG, "4")
    p = PUP[31]
    build(68, "positive", "card-details-phone-payment", "mobile", KAREN, [OUTDOOR],
          "Payment for %s's place" % p["first"],
          """Hi Sophie, %s %s's dad rang the office to pay the balance for the residential as he can't get the online link to work. Can you take it from this card please:

Card: %s
Exp 09/27  CVV 418
Name on card: MR D %s
Amount 145.00

Billing address %s, %s

Thanks, Karen

Sent from my iPhone""" % (p["first"], p["sur"], fmt_card(card), p["sur"].upper(), p["addr"], p["pc"]),
          "Office manager emails an outdoor centre a parent's full card number, expiry and CVV from her phone",
          "2025-03-19 16:03", client="iphone")

    rows = [["ULN", "UPN", "Surname", "Forename", "DOB", "Gender", "Qualification", "Access arrangements"]]
    for i in (16, 20, 22, 24, 28, 33, 36):
        q = PUP[i]
        if not q["uln"]:
            q["uln"] = make_uln(RNG)
        rows.append([q["uln"], q["upn"], q["sur"], q["first"], q["dobs"], RNG.choice(["M", "F"]),
                     RNG.choice(["Entry Level 2 Functional Skills Maths", "Entry Level 3 ICT", "Personal Progress (Award)"]),
                     RNG.choice(["Reader, scribe, 25% extra time", "Prompter, separate room", "Word processor, rest breaks", "Communication professional (BSL)"])])
    build(69, "positive", "learner-entries-uln", "att-csv", NAVEED, [COLLEGE],
          "Link programme - learner details for enrolment",
          """Hi Jo,

For the Tuesday link course starting after half term, here are the seven learners' details so you can get them enrolled on your system before the first session. I've included their access arrangements as you asked.

Best,
Naveed

Naveed Akhtar
Post-16 Coordinator and Exams Officer
Larkspur Green School""",
          "Post-16 coordinator sends a college a CSV of learners' ULNs, UPNs, DOBs and access arrangements",
          "2025-02-07 09:18", cte="quoted-printable",
          attachments=[text_attach(csv_text(rows), "link_course_learners.csv", "text/csv")])

    p = PUP[8]
    build(70, "positive", "aac-referral", "html", HANNAH, [AAC],
          "Referral: %s (NHS %s)" % (p["name"], fmt_nhs(p["nhs"])), "",
          "SaLT sends HTML referral to a regional AAC hub with NHS number, DOB, address, diagnosis, tracheostomy details",
          "2025-03-10 14:44",
          html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Aptos,sans-serif;font-size:11pt">
<p>Dear AAC Hub team,</p>
<p>Please accept this referral for a specialist AAC assessment.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>%s</td></tr>
<tr><td><b>Date of birth</b></td><td>%s</td></tr>
<tr><td><b>NHS number</b></td><td>%s</td></tr>
<tr><td><b>Address</b></td><td>%s</td></tr>
<tr><td><b>Parent/carer</b></td><td>%s (%s)</td></tr>
<tr><td><b>Diagnosis</b></td><td>%s</td></tr>
</table>
<p>Oliver has a tracheostomy and is deafblind. He currently uses objects of reference and some on-body signing, and has shown he can use a single switch reliably with his right hand. He is becoming frustrated and self-injuring (biting his wrist) when he cannot make himself understood, and we feel he may be ready for a simple voice output device.</p>
<p>Hearing: bilateral cochlear implants (Manchester), only right implant currently working. Vision: coloboma both eyes, some light perception.</p>
<p>Parents are keen and have signed the consent form (attached separately by post).</p>
<p>Kind regards,<br>Hannah Whitlock<br>Specialist Speech and Language Therapist<br>Larkspur Green School</p>
</div></body></html>
""" % (p["name"], p["dobs"], fmt_nhs(p["nhs"]), full_addr(p), p["parent"], p["phone"], p["diag"]))

    mar = [["Pupil", "DOB", "NHS number", "Medication", "Dose", "Time", "Allergies"]]
    for i in (0, 2, 3, 4, 9, 11, 12, 13):
        q = PUP[i]
        for m in q["meds"]:
            mar.append([q["name"], q["dobs"], q["nhs"], m.split(" ")[0], " ".join(m.split(" ")[1:]), "School day", RNG.choice(["NKDA", "Penicillin", "NKDA", "Latex", "Nuts"])])
    build(71, "positive", "medication-list-pharmacy", "zip", SIOBHAN, [PHARM],
          "Repeat supply - school stock list",
          """Hi Raj,

As discussed, here is our current list of pupils' medication held in school (zipped, as it's quite big). Could you check it against the repeat prescriptions you've been sending so we can line up the end dates? Several families are running short.

Thank you!
Siobhan

Siobhan Kelly RGN
School Nurse""",
          "Nurse sends a pharmacy a zipped CSV of pupils' names, DOBs, NHS numbers, medications and allergies",
          "2025-01-20 12:11", cte="7bit", charset="us-ascii",
          attachments=[attach_part(make_zip([("school_medication_list_jan25.csv", csv_text(mar))]), "application/x-zip-compressed", "medication list.zip")])

    p = PUP[18]
    build(72, "positive", "forward-to-personal-email", "fwd-inline", GARETH, [("Gareth Pryce", "gareth.pryce73@example.com")],
          "FW: Chronology - %s" % p["name"],
          """to finish at home tonight

---------- Forwarded message ---------
From: Denise Clarke <d.clarke@school.example>
Date: Thu, 23 Jan 2025 at 15:52
Subject: Chronology - %s
To: Gareth Pryce <g.pryce@school.example>


Gareth, here's the chronology for the strategy meeting tomorrow. I've pulled everything from CPOMS since September.

%s, DOB %s, UPN %s, %s class. Address: %s. Mum: %s. Stepdad: Liam Crossley.

12/09/24 - Arrived with a burn on his forearm, said "Liam's cigarette". Mum said it was an accident with the oven. Logged, parent spoken to.
30/09/24 - Disclosed to TA that he is "not allowed" in the kitchen after 6pm and is hungry. Referral to MASH (ref 24-118823).
15/10/24 - Strategy discussion. Section 47 enquiry started. Social worker: Olu Adebayo.
04/11/24 - Missed 3 days, no contact. Police welfare check.
09/12/24 - Child protection conference: placed on CP plan under neglect and physical abuse.
21/01/25 - Said Liam "took his tablet and locked it in the car" when he wet the bed. Bruising to upper arm (photo on CPOMS).

Denise""" % (p["name"], p["name"], p["dobs"], p["upn"], p["class"], full_addr(p), p["parent"]),
          "DSL forwards a child-protection chronology (names, DOB, UPN, address, abuse details) to his personal email address",
          "2025-01-23 18:47", cte="quoted-printable")

    esc = [("Lorraine", "Pickersgill"), ("Stephen", "Mallinder"), ("Bushra", "Anwar")]
    lines = []
    for fn, sur in esc:
        d = dob(RNG, 1962, 1995)
        lines.append("%s %s, born %s, NI %s, DBS certificate 0016%08d (issued %s), lives at %d %s, Westmere %s" % (
            fn, sur, d.strftime("%d/%m/%Y"), make_nino(RNG), RNG.randint(10000000, 99999999), "0%d/2024" % RNG.randint(1, 9),
            RNG.randint(1, 80), RNG.choice(STREETS), make_postcode(RNG)))
    build(73, "positive", "escort-staff-details", "latin1", JULIE, [ESCORTS],
          "Escort details for council check - routes LG02 / LG09",
          """Dear Marion,

The council's passenger transport team have asked that you hold the details of our three school-employed escorts who will now travel on your vehicles, so that your insurers can add them. Details below as requested:

%s

Bushra has a medical exemption from lifting over 15kg (back injury in 2023) so please don't put her on the wheelchair route. Stephen is on a final written warning for timekeeping - I'd be grateful if you'd let me know if he is late.

Their hourly rate (£11.89) is paid by us, not by you.

Regards,
Julie Marsh
Transport Coordinator, Larkspur Green School""" % "\n".join(lines),
          "Transport coordinator sends an escort agency staff names, DOBs, NI numbers, DBS numbers, addresses, health and disciplinary notes",
          "2024-10-03 10:21", cte="quoted-printable")

    tlines = []
    for i in (1, 6, 17, 27, 14):
        q = PUP[i]
        tlines.append("%s (%s, DOB %s) – %s. Meds: %s. Allergies: %s." % (q["name"], q["class"], q["dobs"], q["diag"], ", ".join(q["meds"]),
                                                                       RNG.choice(["none known", "peanuts/tree nuts – EpiPen 0.3mg", "egg", "none known", "ibuprofen"])))
    build(74, "positive", "respite-allergy-list", "cp1252", DENISE, [RESPITE],
          "Half-term holiday club – children’s details",
          """Dear Jan,

Thank you for offering places to five of our families over February half term. Here are the children’s details as requested, so your staff know what to expect:

%s

Please note – %s’s parents are separated and only Mum (%s) may collect; there is a court order, and Dad’s new address is not to be disclosed. %s is looked after by Westmere Council and lives with foster carers (Mr and Mrs Halloran); the social worker must be told of any incident.

I’ll send the consent forms separately.

Warm wishes,
Denise

Denise Clarke – Family Liaison Officer
Larkspur Green School""" % ("\n".join(tlines), PUP[17]["first"], PUP[17]["parent"], PUP[27]["first"]),
          "FLO sends a respite provider children's DOBs, diagnoses, medication, allergies, court-order and looked-after status",
          "2025-02-05 14:36")

    trip = [["Name", "DOB", "NHS number", "Medical conditions", "Medication on trip", "Dietary", "Emergency contact", "Phone"]]
    for i in (18, 20, 22, 24, 26, 29, 33, 35):
        q = PUP[i]
        trip.append([q["name"], q["dobs"], fmt_nhs(q["nhs"]), q["diag"], "; ".join(q["meds"]), RNG.choice(["None", "Halal", "Gluten free", "IDDSI level 5 minced", "Vegetarian", "None"]),
                     q["parent"], q["phone"]])
    build(75, "positive", "residential-trip-medical", "att-xlsx", JOSH, [OUTDOOR],
          "Sycamore group residential 24-26 March - participant medical forms",
          """Hi Sophie,

Ahead of our Post-16 residential, please find attached the participant list with medical details, medication and emergency contacts for the eight young people coming. Your first aider asked for NHS numbers in case anyone needs to go to A&E.

We'll bring the medication in labelled boxes, with MAR sheets. Two of the group need overnight checks (Callum and Precious) - I've flagged this with your night team.

Cheers,
Josh

Josh Kerr
Post-16 Teacher, Sycamore class""",
          "Teacher sends an outdoor centre a spreadsheet of students' DOBs, NHS numbers, medical conditions, medication and parent phones",
          "2025-03-06 13:05", cc=[SIOBHAN], attachments=[attach_part(make_xlsx(trip, "Participants"), CT_XLSX, "Sycamore residential medical.xlsx")])

    sd = dob(RNG, 1978, 1990)
    ni = make_nino(RNG)
    build(76, "positive", "staff-reference-sickness", "base64", GEMMA, [OTHERSCH],
          "Reference request - Danielle Whitfield",
          """Dear Mrs Greenwood,

Thank you for your reference request for Danielle Whitfield (DOB %s, NI number %s), who has applied for the post of HLTA with you.

Danielle has worked at Larkspur Green as a Teaching Assistant (Level 3) since September 2019. Her current salary is Grade 5, point 11.

Sickness absence in the last two years: 34 days over 6 occasions. 19 of these days (March-April 2024) were for anxiety and depression following a bereavement; she was referred to occupational health and a phased return was agreed. She has had no further absence since May 2024.

Disciplinary: a first written warning was issued in November 2022 for a breach of the mobile phone policy; this is now spent.

Safeguarding: there have been no safeguarding allegations against Danielle.

She is a kind and capable practitioner and I am happy to discuss by phone.

Yours sincerely,
Gemma Lowe
HR and Personnel Officer, Larkspur Green School""" % (sd.strftime("%d/%m/%Y"), ni),
          "HR emails another school a staff reference with DOB, NI number, mental-health sickness absence and disciplinary history",
          "2025-05-12 10:48")

    p = PUP[23]
    orig = msgid("ep-orig-77", "applemail", "greer-psychology.example")
    build(77, "positive", "ep-assessment-reply", "reply", PRIYA, [EP],
          "Re: Statutory advice - %s" % p["first"],
          """Hi Simon,

Thanks for this. Answers in line below. I've attached nothing - all in the email for speed.

Priya

On 3 Jun 2025, at 09:12, Simon Greer <simon@greer-psychology.example> wrote:

> Priya - to complete the statutory EP advice for Dexter I need a few details confirmed:
> 1. Full name, DOB and UPN as on your MIS
%s, %s, UPN %s

> 2. Current diagnoses and any medication
%s. Meds: %s. Also awaiting a sleep study at Sheffield Children's - Mum asked that we don't mention it to Dad yet.

> 3. Home address for the report
%s (with Mum, %s). Dad lives in Bradford, alternate weekends.

> 4. Any safeguarding involvement?
Early Help plan closed in March. Previously CIN 2022-23 due to parental substance misuse (Dad).

> Thanks, Simon""" % (p["name"], p["dobs"], p["upn"], p["diag"], ", ".join(p["meds"]), full_addr(p), p["parent"]),
          "SENCo replies to an independent educational psychologist with DOB, UPN, diagnoses, medication, address and safeguarding history",
          "2025-06-03 11:30", in_reply_to=orig, cte="quoted-printable")

    p = PUP[9]
    inner = inner_msg(("Emma Fairbairn", "e.fairbairn@school.example"), [("Siobhan Kelly", "s.kelly@school.example")],
                      "%s - catheter and UTI" % p["first"], "2025-03-24 10:02",
                      """Hi Siobhan,

%s (DOB %s, NHS %s) has been really unwell today - temperature 38.6, cloudy urine when Bev did her intermittent catheter at 10, and she's complaining of tummy pain. Mum (%s, %s) says she finished trimethoprim on Friday. Her shunt site looks OK but she's very sleepy, which worries me given the VP shunt.

Could you have a look before lunch?

Emma""" % (p["name"], p["dobs"], fmt_nhs(p["nhs"]), p["parent"], p["phone"]), client="outlook")
    build(78, "positive", "forward-medical-to-gp", "fwd-rfc822", SIOBHAN, [GP],
          "FW: %s - catheter and UTI" % p["first"],
          """Dear Dr Ahmed,

Please see the attached message from %s's class teacher. I saw %s at 11.15: temp 38.4, urine dip positive for nitrites and leucocytes, no signs of shunt malfunction. Mum is collecting her and would like an appointment today - could the duty doctor call her?

Kind regards,
Siobhan Kelly RGN, School Nurse
Larkspur Green School""" % (p["first"], p["first"]),
          "Nurse forwards an internal email about a pupil's UTI, catheter and shunt (with DOB, NHS number) to a GP surgery as an attachment",
          "2025-03-24 11:40", cte="7bit", inner=rfc822_part(inner, "%s - catheter and UTI.eml" % p["first"]))

    p = PUP[10]
    build(79, "positive", "equipment-order-personal", "plain", TOMASZ, [EQUIP],
          "Order - bespoke bath seat for %s" % p["name"],
          """Hi Karl,

Please can you go ahead with the Otter bath seat (size 3, with head support and lateral supports) for home delivery. Funding has been agreed by the council's children's disability team (order ref OT/25/0192).

Delivery and fitting details:
Child: %s, DOB %s
Address: %s
Parent: %s, mobile %s
Weight: %s kg, height 138cm
Diagnosis: %s. He has very limited head control and becomes breathless when lying flat, so please ensure the backrest can be set at 45 degrees or more.

Mum works Tuesdays and Thursdays so please deliver on a Monday, Wednesday or Friday. There is a key safe at the back door (code 2716) if nobody answers - the family are happy for your fitter to use it.

Thanks
Tomasz Nowak
Occupational Therapist
Larkspur Green School""" % (p["name"], p["dobs"], full_addr(p), p["parent"], p["phone"], p["wt"], p["diag"]),
          "OT emails an equipment supplier a child's DOB, address, weight, diagnosis, parent mobile and key-safe code",
          "2025-02-11 09:55")

    sc, acc = make_bank(RNG)
    p = PUP[25]
    build(80, "positive", "parent-refund-bank-details", "latin1", MARTIN, [BOOKKEEP],
          "Refund to parent - cancelled residential",
          """Hi Bev,

Please could you process a refund of £210.00 to the parent below. Finley's place on the Whinfell residential was cancelled on medical grounds (he was admitted to hospital with pneumonia and won't be well enough to go - consultant letter on file).

Payee: %s
Sort code: %s
Account number: %s
Reference: FINLEY %s WHINFELL

Parent's address for the remittance: %s.

Thanks,
Martin

Martin Fell
School Business Manager""" % (p["parent"], sc, acc, p["sur"].upper(), full_addr(p)),
          "Business manager sends an external bookkeeper a parent's sort code, account number, address and child's hospital admission",
          "2025-03-12 15:20", cte="quoted-printable")

    admits = []
    for i in (34, 37, 38, 39):
        q = PUP[i]
        admits.append("%-20s %s  %s  %-7s %s, %s" % (q["name"], q["dobs"], q["upn"], q["class"], q["addr"], q["pc"]))
    build(81, "positive", "new-admissions-list", "cp1252", KAREN, [LA_ADMIT],
          "Admissions confirmed – starting after Easter",
          """Dear SEND Admissions,

Following the consultation responses, I can confirm the following pupils will be admitted to Larkspur Green on Tuesday 22 April. Details from our MIS:

Name                 DOB         UPN            Class   Address
%s

Safiya Kaur’s family are in temporary accommodation (Westmere Housing Options are aware) so her address may change – please use the mobile number on her EHCP.
Rhys Rowbotham is subject to a child protection plan; his social worker is copied into all correspondence from the council.

Please update your records and let Julie in transport know the pick-up addresses.

Kind regards,
Karen Ashworth
Office Manager – Larkspur Green School""" % "\n".join(admits),
          "Office manager emails LA admissions a list of new pupils with DOBs, UPNs, home addresses, housing and child-protection status",
          "2025-04-01 11:12", cc=[PRIYA])

    p = PUP[5]
    build(82, "positive", "food-bank-referral", "flowed", DENISE, [FOODBANK],
          "Food bank referral - %s family" % p["sur"],
          """Hello,

I'd like to refer the following family for a food parcel this week, please. They have agreed to the referral.

Parent: %s
Address: %s
Phone: %s
Children: Jayden %s (DOB %s, attends Larkspur Green), Tia %s (DOB 14/06/2016), Mason %s (DOB 02/11/2020)

Reason: Mum's Universal Credit was stopped in January after a missed appointment (she was at Alder Hey with Jayden, who has Duchenne muscular dystrophy and is on daily steroids). The family is in rent arrears and has had the gas disconnected. They are open to children's social care (Child in Need) and the social worker is aware of this referral.

Dietary needs: Jayden is on a low-salt diet because of his heart medication. Mason has a cow's milk protein allergy.

Mum doesn't drive - could the parcel be delivered?

Thank you,
Denise Clarke
Family Liaison Officer, Larkspur Green School""" % (p["parent"], full_addr(p), p["phone"], p["sur"], p["dobs"], p["sur"], p["sur"]),
          "FLO refers a family to a food bank with names, DOBs, address, benefits, diagnosis and social-care involvement",
          "2025-02-18 12:20")

    p = PUP[21]
    build(83, "positive", "hospital-school-handover", "base64", LAURA, [HOSPSCH],
          "Handover for %s – admitted to Ward 6" % p["name"],
          """Dear colleagues,

%s (DOB %s, NHS %s) from my class was admitted to Ward 6 yesterday after a prolonged seizure and I understand she may be with you for several weeks. Here’s a handover so your teachers can pick up where we left off.

Home address: %s. Mum: %s (%s).

Diagnosis: %s. Medication: %s. She is PEG fed and nil by mouth except for tastes on a spoon.

Learning: working at Engagement Model level; loves sensory stories and music. She uses an eye-gaze computer (Tobii) – we can bring it in.

Behaviour: may pull hair when distressed; a firm hand-on-hand “gentle hands” prompt works.

Please note: %s’s dad is not allowed to visit school or hospital (injunction). Ward staff have been told.

Thank you,
Laura Pinto
Class teacher, Oak class, Larkspur Green School""" % (p["first"], p["dobs"], fmt_nhs(p["nhs"]), full_addr(p), p["parent"], p["phone"], p["diag"], ", ".join(p["meds"]), p["first"]),
          "Teacher emails a hospital school a handover with DOB, NHS number, address, diagnosis, medication and injunction",
          "2025-05-20 08:40")

    p = PUP[12]
    build(84, "positive", "camhs-referral", "alt", GARETH, [CAMHS],
          "Urgent referral - %s, DOB %s" % (p["name"], p["dobs"]),
          """Dear CAMHS SPA,

I am making an urgent referral for %s (DOB %s, NHS number %s, UPN %s), %s class.

Address: %s
Parent: %s, %s
GP: Millbrook Surgery

%s has autism, ADHD and moderate learning difficulties. Over the last three weeks he has told three members of staff that he "wants to be dead" and on Monday he was found tying his school tie around his neck in the toilets. He says he is being bullied online by older boys from his estate, who have shared a video of him. Police are aware (ref WY-2025-041197).

His methylphenidate was stopped by the paediatrician in April because of weight loss. Mum is struggling and told me she has not slept.

We have put a safety plan in place in school. Please contact me on 01632 960402 if you need anything further.

Gareth Pryce
Deputy Headteacher and Designated Safeguarding Lead""" % (p["name"], p["dobs"], fmt_nhs(p["nhs"]), p["upn"], p["class"], full_addr(p), p["parent"], p["phone"], p["first"]),
          "DSL sends CAMHS a referral about a pupil's suicidal statements with DOB, NHS number, UPN, address and police reference",
          "2025-05-07 12:03", cc=[PRIYA])

    d = dob(RNG, 1970, 1985)
    ni = make_nino(RNG)
    oh = """OCCUPATIONAL HEALTH REFERRAL - MANAGEMENT REFERRAL

Employee: Sharon Vickers
Date of birth: %s
NI number: %s
Home address: 47 Moorside Avenue, Calderton %s
Personal mobile: %s
Job title: Teaching Assistant (Level 2), Willow class
Contracted hours: 32.5 per week, term time

Reason for referral:
Sharon has had 41 days of absence in the current academic year. She has told her line manager that she has been diagnosed with fibromyalgia and is awaiting a rheumatology appointment. She is also taking sertraline for depression. She has said she struggles with the physical demands of her role, particularly hoisting and personal care, and has had two falls at work (accident book 14/10/24 and 03/02/25).

Questions for OH:
1. Is Sharon fit to carry out her full role, including moving and handling?
2. Are any adjustments recommended (hours, duties, equipment)?
3. Is her condition likely to be covered by the Equality Act 2010?
4. Is a return to full duties likely within the next three months?

Referring manager: Gemma Lowe, HR, on behalf of the Headteacher.
Employee has been informed of this referral and consents.
""" % (d.strftime("%d/%m/%Y"), ni, make_postcode(RNG), make_mobile(RNG))
    build(85, "positive", "occupational-health-referral", "att-txt", GEMMA, [OCCH],
          "OH management referral - S Vickers",
          """Hello,

Please find attached a management referral for one of our teaching assistants. Her consent form is signed and she is available for a telephone appointment any morning.

Kind regards,
Gemma Lowe
HR and Personnel Officer
Larkspur Green School""",
          "HR emails an occupational health provider a referral with a staff member's DOB, NI number, address and health conditions",
          "2025-02-20 09:31", cte="7bit", charset="us-ascii",
          attachments=[text_attach(oh, "OH referral S Vickers.txt")])

    census = [["UPN", "Surname", "Forename", "DOB", "Gender", "SEN provision", "Primary need", "FSM", "Ethnicity", "Postcode", "In care"]]
    for q in PUP[:24]:
        census.append([q["upn"], q["sur"], q["first"], q["dob"].isoformat(), RNG.choice(["M", "F"]), "E", RNG.choice(["SLD", "PMLD", "ASD", "PD", "SLCN", "MSI"]),
                       RNG.choice(["Y", "N"]), RNG.choice(["WBRI", "APKN", "BAFR", "WPOL", "MWBA", "AIND"]), q["pc"], RNG.choice(["N", "N", "N", "Y"])])
    build(86, "positive", "mis-export-to-vendor", "zip", DATAM, [MISVENDOR],
          "RE: Case 00482913 - census validation error 1520",
          """Hi,

As requested by your support analyst on the phone, I've zipped up the pupil export that triggers validation error 1520 when we run the spring census. It's the full on-roll file, so you should be able to reproduce it. The error appears on about a third of the records.

Please let me know as soon as you can - the census deadline is Thursday.

Thanks,
Anita Sorensen
Data Manager, Larkspur Green School (DfE 384/7023)""",
          "Data manager sends the MIS vendor a zipped pupil export with UPNs, DOBs, ethnicity, FSM, SEN need and in-care flags",
          "2025-01-14 14:18",
          attachments=[attach_part(make_zip([("census_export_spring25.csv", csv_text(census)), ("readme.txt", "Exported from MIS 14/01/2025 14:02 by asorensen. On-roll pupils only.\r\n")]),
                                   "application/x-zip-compressed", "census_export.zip")])

    p = PUP[6]
    build(87, "positive", "transport-new-pupil-mobile", "mobile", JULIE, [("Dave (Brightway driver)", "dave.brightway.lg04@example.com")],
          "New one on your route from Mon",
          """Dave - new lad on LG04 from Monday. Gave you the sheet but here it is again:

%s, DOB %s
%s
Mum %s %s

Tube fed (PEG), NOTHING by mouth. Has seizures - midazolam in the red bag, escort has the plan. Wheelchair, needs the tracking clamps. Pick up 8.05.

Ring me if any probs
Julie

Sent from my iPhone""" % (p["name"], p["dobs"], full_addr(p), p["parent"], p["phone"]),
          "Transport coordinator texts-by-email a driver's personal address with a new pupil's DOB, home address, parent phone and medical needs",
          "2025-03-07 17:22", client="iphone")

    imm = [["Surname", "Forename", "DOB", "NHS number", "Year group", "Consent", "Notes"]]
    for i in range(14, 34):
        q = PUP[i]
        imm.append([q["sur"], q["first"], q["dobs"], q["nhs"], "Y%d" % max(1, min(13, q["age"] - 4)), RNG.choice(["Yes", "Yes", "Yes", "No", "Not returned"]),
                    RNG.choice(["", "", "Egg allergy", "Needle phobic - needs own TA", "Immunosuppressed - check with consultant", "Previous faint"])])
    build(88, "positive", "immunisation-list", "att-csv", SIOBHAN, [SNT],
          "HPV / Td/IPV session 11 March - class lists",
          """Hi team,

Ahead of your visit on 11 March, attached are the lists for the secondary and post-16 classes with consent status and notes. Could the team bring the small needles for the two wheelchair users? We'll use the quiet room off the hall.

Thanks,
Siobhan

Siobhan Kelly RGN
School Nurse""",
          "Nurse sends the NHS immunisation team a CSV of pupils' names, DOBs, NHS numbers and medical notes by ordinary email",
          "2025-02-27 10:10", cte="quoted-printable",
          attachments=[text_attach(csv_text(imm), "imms_list_11March.csv", "text/csv")])

    p = PUP[19]
    build(89, "positive", "police-disclosure", "plain", GARETH, [POLICE],
          "Information for your enquiry - %s" % p["name"],
          """Dan,

As discussed on the phone this morning, here is the information you asked for about %s.

Full name: %s
DOB: %s
Address: %s (lives with grandmother, special guardianship order since 2021)
Mother: Kelly Varley, DOB 11/08/1991, last known address Flat 12, Ashfield Court, Westmere (no contact order)

Theo (%s) uses a small number of Makaton signs and objects of reference. On Friday at 14:20 he signed "man" and "hurt" and pointed to his bottom during personal care. His TA, Sam Ogden, recorded this verbatim on CPOMS. There was no visible injury. Grandma says he was with his mother on an unsupervised contact visit at the weekend, arranged by the family without telling social care.

Social worker: Olu Adebayo (Westmere CSC). The LADO has not been involved as no staff member is implicated.

Let me know if you need to arrange an ABE interview with an intermediary - we can host it in school.

Gareth Pryce
DSL, Larkspur Green School""" % (p["first"], p["name"], p["dobs"], full_addr(p), p["diag"]),
          "DSL emails a police officer details of a possible sexual-abuse disclosure with the pupil's DOB, address and mother's details",
          "2025-06-16 12:48")

    cls_rows = [["Child", "DOB", "Allergies / medical", "Medication in school", "Who collects", "Notes"]]
    for i in (0, 7, 8, 19, 21, 25, 30, 32):
        q = PUP[i]
        cls_rows.append([q["name"], q["dobs"], q["diag"], "; ".join(q["meds"]), q["parent"],
                         RNG.choice(["", "CP plan - only Mum to collect", "Looked after child", "Dad not to collect - court order", "", "Hearing aids"])])
    build(90, "positive", "parent-list-wrong-attachment", "att-xlsx", LAURA,
          [("Oak class parents", "l.pinto@" + S)],
          "Oak class - trip to the farm on Friday",
          """Dear Oak class families,

Just a reminder that we are off to Hollins Farm on Friday! Please send your child in with a waterproof coat and wellies if they have them. Packed lunches will be provided by school.

I've attached the trip list so you can see the plan for the day.

Thanks,
Miss Pinto""",
          "Teacher emails all class parents (Bcc) a 'trip list' spreadsheet that actually contains every child's DOB, diagnosis, medication and custody notes",
          "2025-06-10 15:35",
          bcc=[("", "kellie.w@example.org"), ("", "mrs.d.ahmed@example.com"), ("", "jasonreilly1982@example.net"), ("", "folake.adeyemi@example.com"),
               ("", "r.marsh-tate@example.org")],
          attachments=[attach_part(make_xlsx(cls_rows, "Oak"), CT_XLSX, "Oak trip list.xlsx")])

    # ------------------------------------------------------------ NEGATIVES
    p = PUP[4]
    hcp = """INDIVIDUAL HEALTHCARE PLAN - EPILEPSY

Name: %s          DOB: %s
NHS number: %s     Class: %s
Parent: %s  %s
Diagnosis: %s
Medication in school: %s

Seizure type: tonic-clonic, usually on waking or when tired. Aura: stares and lip-smacks.
Action: time the seizure, protect head, recovery position after jerking stops.
Give buccal midazolam 5mg if seizure lasts 5 minutes. Call 999 if it lasts 10 minutes after midazolam, if breathing is compromised, or if a second seizure follows.
Post-ictal: sleeps 1-2 hours. Needs a quiet space and to be checked every 15 minutes.
Trained staff: Bev Hollins, Nikki Farrar, Emma Fairbairn, Sam Ogden.
""" % (p["name"], p["dobs"], fmt_nhs(p["nhs"]), p["class"], p["parent"], p["phone"], p["diag"], ", ".join(p["meds"]))
    build(91, "negative", "internal-healthcare-plan", "att-txt", SIOBHAN, [EMMA, ("Bev Hollins", "b.hollins@" + S), ("Nikki Farrar", "n.farrar@" + S)],
          "Updated IHP - %s" % p["first"],
          """Hi all,

%s's healthcare plan has been updated after his clinic appointment - the midazolam dose is unchanged but the 999 criteria have changed. Please read it and initial the paper copy in the class medical file by Friday.

Siobhan""" % p["first"],
          "Internal: nurse sends class team an updated healthcare plan (NHS number, DOB, meds) - all recipients internal",
          "2025-01-13 08:50", cte="7bit", charset="us-ascii", attachments=[text_attach(hcp, "IHP %s Jan25.txt" % p["name"])])

    rows = [["Route", "Pupil", "DOB", "Address", "Postcode", "Parent phone", "Medical"]]
    for r, i in (("LG02", 15), ("LG02", 18), ("LG09", 22), ("LG09", 27)):
        q = PUP[i]
        rows.append([r, q["name"], q["dobs"], "%s, %s" % (q["addr"], q["town"]), q["pc"], q["phone"], q["diag"]])
    build(92, "negative", "internal-route-list", "att-csv", JULIE, [GARETH, ("Larkspur Green Office", "office@" + S)],
          "Route lists LG02/LG09 for the office file",
          """Hi both,

Updated route lists for LG02 and LG09 attached for the office file and the emergency grab folder. Old versions can be shredded.

Julie""",
          "Internal: transport coordinator sends route CSV with pupil addresses and DOBs to DSL and office (internal only)",
          "2025-01-03 09:12", attachments=[text_attach(csv_text(rows), "LG02_LG09_routes.csv", "text/csv")])

    sched = [["UPN", "Pupil", "DOB", "Class", "Review date", "Caseworker", "Key info"]]
    for i in range(0, 12):
        q = PUP[i]
        sched.append([q["upn"], q["name"], q["dobs"], q["class"], "%02d/%02d/2025" % (RNG.randint(1, 28), RNG.randint(2, 6)),
                      RNG.choice(["R Holt", "S Jabeen", "M Tranter"]), q["diag"]])
    build(93, "negative", "internal-ehcp-schedule", "att-xlsx", PRIYA, [("Class team leaders", "classleads@" + S)],
          "Annual review schedule spring/summer 2025",
          """Hi all,

Here's the annual review schedule for the rest of the year. Reports are due to me two weeks before each review. Please keep this in the SEN folder on the staff drive rather than saving it to your desktop.

Thanks,
Priya""",
          "Internal: SENCo shares annual review schedule with UPNs, DOBs and diagnoses with class leads (internal only)",
          "2025-01-30 16:30", attachments=[attach_part(make_xlsx(sched, "Reviews"), CT_XLSX, "AR schedule 2025.xlsx")])

    lines = []
    for fn, sur in (("Chidinma", "Okoye"), ("Kirsty", "Henshaw")):
        sc, acc = make_bank(RNG)
        lines.append("%s %s - NI %s - bank %s / %s - DOB %s" % (fn, sur, make_nino(RNG), sc, acc, dob(RNG, 1975, 2000).strftime("%d/%m/%Y")))
    build(94, "negative", "internal-hr-to-finance", "att-txt", GEMMA, [MARTIN],
          "Corrections for payroll file",
          """Martin,

Two of the new starters gave us the wrong bank details on their forms. Corrected details in the attached note for you to check before I upload them to the payroll portal (not by email).

Gemma""",
          "Internal: HR sends the business manager corrected staff NI and bank details (internal only)",
          "2025-01-07 10:40", cte="7bit", charset="us-ascii",
          attachments=[text_attach("CORRECTED STARTER DETAILS\n\n" + "\n".join(lines) + "\n\nChecked against original forms by GL 07/01/25.\n", "payroll corrections.txt")])

    p = PUP[11]
    PAR11 = (p["parent"], p["parent"].lower().replace(" ", ".") + "86@example.com")
    build(95, "negative", "inbound-parent-medication", "mobile", PAR11, [SIOBHAN],
          "%s new meds" % p["first"],
          """Hi Siobhan, %s saw Dr McLeod yesterday and she's changed his valproate to 250mg twice a day and added clobazam 5mg at night (we'll do that one at home). His NHS number is %s if you need to ring the clinic. New letter coming in his bag. He had 2 seizures at the weekend so he might be tired. Thanks, %s

Sent from my iPhone""" % (p["first"], fmt_nhs(p["nhs"]), p["parent"].split()[0]),
          "Inbound: parent emails the nurse about medication changes and gives her child's NHS number",
          "2025-02-04 07:21", client="iphone")

    p = PUP[16]
    draft = make_docx([
        "# DRAFT Education, Health and Care Plan",
        "Name: %s     Date of birth: %s     UPN: %s" % (p["name"], p["dobs"], p["upn"]),
        "Address: %s" % full_addr(p),
        "Section B - Special educational needs: %s. Requires a highly structured environment with a high staff ratio." % p["diag"],
        "Section C - Health needs: Medication - %s." % ", ".join(p["meds"]),
        "Section F - Provision: 1:1 support throughout the day; SaLT programme delivered daily; OT sensory diet.",
        "Section I - Placement: Larkspur Green School (consultation).",
    ], title="Draft EHCP")
    build(96, "negative", "inbound-la-draft-ehcp", "att-docx", LA_CASE, [PRIYA],
          "Consultation - draft EHCP %s" % p["name"],
          """Dear Ms Raman,

Under Section 39 of the Children and Families Act 2014 the local authority is consulting Larkspur Green School about a placement for the young person named in the attached draft EHC plan. Please respond within 15 days stating whether the school can meet the young person's needs.

Kind regards,
Rebecca Holt
SEND Casework Officer, Westmere Council""",
          "Inbound: LA caseworker sends a draft EHCP (UPN, DOB, address, diagnosis) to the school for consultation",
          "2025-03-04 11:05", client="outlook", attachments=[attach_part(draft, CT_DOCX, "DRAFT EHCP %s.docx" % p["name"])])

    p = PUP[3]
    inner = inner_msg(("Paediatric Secretaries", "paeds.secretaries@westmere-nhs.example"), [("School Nurse", "s.kelly@school.example")],
                      "Clinic letter - %s" % p["name"], "2025-02-26 15:10",
                      """Dear Nurse Kelly,

Please find below a copy of the clinic letter for your records.

Re: %s, DOB %s, NHS %s
Diagnosis: %s
Plan: continue levothyroxine, increase to 75mcg daily. TFTs in 3 months. Cardiology review at Leeds in the summer. Weight 31.2kg.

Dr F McLeod, Consultant Community Paediatrician""" % (p["name"], p["dobs"], fmt_nhs(p["nhs"]), p["diag"]), client="thunderbird")
    build(97, "negative", "internal-forward-clinic-letter", "fwd-rfc822", SIOBHAN, [("Bev Hollins", "b.hollins@" + S), EMMA],
          "FW: Clinic letter - %s" % p["name"],
          """FYI - %s's levothyroxine has gone up. No change to anything in school, just for your class notes.

Siobhan""" % p["first"],
          "Internal: nurse forwards an NHS clinic letter (DOB, NHS number, diagnosis) as an attachment to the class team",
          "2025-02-27 08:35", cte="7bit", inner=rfc822_part(inner, "Clinic letter.eml"))

    p = PUP[18]
    orig98 = msgid("sw-orig98", "outlook", S)
    build(98, "negative", "inbound-social-worker-reply", "reply", SOCW, [GARETH],
          "RE: Strategy meeting - %s" % p["name"],
          """Hi Gareth,

Thanks for this. I've added the school's information to the strategy minutes. Outcome: Section 47 to continue, ICPC to be held on 6 February. Liam Crossley has agreed to leave the family home pending the outcome and is staying at 3 Holme Rise. Mum has agreed to a written agreement.

Could Denise continue the weekly check-ins with %s and let me know of any further disclosures?

Olu

Olu Adebayo
Social Worker, Assessment and Intervention Team
Westmere Council Children's Social Care

-----Original Message-----
From: Gareth Pryce <g.pryce@school.example>
Sent: 24 January 2025 09:10
To: Olu Adebayo <olu.adebayo@westmere-council.example>
Subject: Strategy meeting - %s

> Olu, for the strategy meeting: %s (DOB %s) arrived with bruising to his upper arm on 21/01 and said his stepdad had locked his tablet in the car after he wet the bed. Photo and body map on file. Mum (%s) is aware we are sharing this.
> Gareth""" % (p["first"], p["name"], p["first"], p["dobs"], p["parent"]),
          "Inbound: social worker replies to the DSL with strategy meeting outcome, quoting the school's disclosure",
          "2025-01-24 16:40", cc=[DENISE], client="outlook", in_reply_to=orig98, cte="quoted-printable")

    rows = [["Run", "Passenger", "Address", "Pick up", "Drop off", "Escort", "Notes"]]
    for i in (1, 5, 7, 20):
        q = PUP[i]
        rows.append(["LG11", q["name"], "%s %s" % (q["addr"], q["pc"]), "08:%02d" % RNG.randint(0, 40), "Larkspur Green", "Mrs Bushra A", q["diag"].split(",")[0]])
    build(99, "negative", "inbound-taxi-route-sheet", "att-csv", ("Leanne Brightwell", "bookings@brightway-travel.example"), [JULIE],
          "LG11 revised run sheet",
          """Hi Julie,

Revised run sheet for LG11 attached with the new pick up times after the Mill Lane roadworks. Can you check the addresses are right before we send it to the council?

Thanks
Leanne
Brightway Travel""",
          "Inbound: taxi firm sends the transport coordinator a run sheet with pupils' addresses for checking",
          "2025-03-02 18:30", client="outlook",
          attachments=[text_attach(csv_text(rows), "LG11 run sheet.csv", "text/csv")])

    # encrypted outbound
    def enc_msg(n, family, shape, frm, to, subject, note, date, kind, plain_len, cc=(), issuer="Westmere Health and Care Partnership CA"):
        fname = "negative/%s-%03d-%s.eml" % (W, n, family)
        if kind == "smime":
            part = smime_part(fname, plain_len, issuer)
            extra = []
        else:
            part = pgp_part(fname, plain_len, "------------enig" + h(fname)[:24].upper())
            extra = []
        build(n, "negative", family, shape, frm, to, subject, "", note, date, cc=cc, client="outlook" if kind == "smime" else "thunderbird",
              body_part=part, extra=extra)

    enc_msg(100, "smime-to-nhs", "smime", SIOBHAN, [PAED], "Seizure log and care plan - encrypted",
            "Outbound S/MIME-encrypted message from the nurse to a paediatrician (health details inside the encrypted envelope)",
            "2025-01-09 12:20", "smime", 4200)
    enc_msg(101, "pgp-to-la", "pgp", PRIYA, [LA_CASE], "Annual review paperwork (encrypted)",
            "Outbound PGP/MIME-encrypted annual review paperwork to the LA caseworker",
            "2025-02-17 09:03", "pgp", 9100)

    p = PUP[23]
    pw = "Dex-Feb25!Greer"
    ez = make_encrypted_zip([("%s - school information for EP advice.docx" % p["name"], make_docx([
        "School information for EP advice", "Name: %s  DOB: %s  UPN: %s" % (p["name"], p["dobs"], p["upn"]),
        "Diagnosis: %s" % p["diag"], "Address: %s" % full_addr(p)], title="EP info"))], pw, "ez102")
    build(102, "negative", "password-zip-to-ep", "zip-encrypted", PRIYA, [EP],
          "School information for Dexter's EP advice (password protected)",
          """Hi Simon,

Please find attached the school information for Dexter's statutory EP advice. The zip file is password protected - I'll text you the password separately on your work mobile as usual.

Thanks,
Priya""",
          "Outbound password-protected (ZipCrypto) zip containing pupil information; password sent by a separate channel",
          "2025-06-04 10:12", attachments=[attach_part(ez, "application/x-zip-compressed", "Dexter EP info.zip")])

    enc_msg(103, "smime-to-payroll", "smime", GEMMA, [PAYROLL], "Starter forms - February",
            "Outbound S/MIME-encrypted new-starter forms to the payroll provider",
            "2025-02-03 14:02", "smime", 15800, cc=[MARTIN], issuer="EduPay Secure Exchange CA")

    cz = make_encrypted_zip([("school_census_spring25.csv", csv_text(census))], "Wm-Census#384-7023", "ez104")
    build(104, "negative", "password-zip-census", "zip-encrypted", DATAM, [LA_DATA],
          "Spring census early return file - 384/7023",
          """Dear Education Data Team,

As requested, attached is our spring census pupil file for the early data quality check. It is in an encrypted zip; the password has been sent to you through the secure portal message centre as agreed.

Kind regards,
Anita Sorensen
Data Manager""",
          "Outbound password-protected zip of the census pupil file to the LA data team, password via separate channel",
          "2025-01-15 09:40", cte="7bit", charset="us-ascii",
          attachments=[attach_part(cz, "application/zip", "LG_census_spring25.zip")])

    enc_msg(105, "pgp-to-social-care", "pgp", GARETH, [SOCW], "Chronology for ICPC",
            "Outbound PGP/MIME-encrypted child-protection chronology to the social worker",
            "2025-02-03 16:55", "pgp", 6300)

    # look-alikes, outbound
    inv = make_xlsx([
        ["LARKSPUR GREEN SCHOOL - INVOICE", "", "", ""],
        ["Invoice no", "LG-INV-2025-0147", "Date", "31/03/2025"],
        ["Customer", "Westmere Council - SEND Commissioning", "PO number", "4500318226"],
        ["", "", "", ""],
        ["Description", "Quantity", "Unit price", "Total"],
        ["Outreach SaLT sessions to mainstream schools (spring term)", 24, 95, 2280],
        ["Outreach OT assessments", 6, 180, 1080],
        ["Training: Team Teach foundation (2 days, 12 delegates)", 1, 1450, 1450],
        ["", "", "Total", 4810],
        ["", "", "", ""],
        ["Payment by BACS to: Larkspur Green School General Account", "", "", ""],
        ["Sort code 30-94-57", "Account 00781244", "", ""],
        ["VAT registration not applicable (maintained school). Payment terms 30 days.", "", "", ""],
    ], "Invoice")
    build(106, "negative", "invoice-school-bank", "att-xlsx", MARTIN, [LA_FIN],
          "Invoice LG-INV-2025-0147 - outreach services spring term",
          """Dear Schools Finance,

Please find attached invoice LG-INV-2025-0147 for outreach therapy and training delivered in the spring term under PO 4500318226. Payment details are on the invoice.

Kind regards,
Martin Fell
School Business Manager""",
          "Outbound invoice to the LA with invoice/PO numbers and the school's own bank details - no personal data",
          "2025-03-31 12:30", attachments=[attach_part(inv, CT_XLSX, "LG-INV-2025-0147.xlsx")])

    build(107, "negative", "equipment-order-no-pii", "plain", TOMASZ, [EQUIP],
          "Order 24118 - class equipment",
          """Hi Karl,

Please could you process the following for school stock (our account LARK-0043, PO 7023-0911):

  2 x  Otter bath seat size 2 (code OT-BS2)            @ 412.00
  1 x  Leckey Squiggles+ seat, size 1 (code LK-SQ1)    @ 1,689.00
  3 x  Wedge 45cm foam, wipe-clean blue (code WDG-45B) @ 64.50
  1 x  Spare harness pads for Firefly GoTo (FF-HP1)    @ 38.00

Please deliver to the main school reception, Thornhill Road, WF2 7LG, Monday to Friday 8.30-3.30. Ask for me or ring the therapy office on 01632 960436.

Invoice to the school business manager, finance@school.example, quoting the PO number.

Thanks
Tomasz Nowak
Occupational Therapist""",
          "Outbound equipment order with account, PO and product codes, school address and phone - no personal data",
          "2025-02-12 11:22")

    stats = csv_text([
        ["Primary need", "EYFS", "KS1-2", "KS3-4", "Post-16", "Total"],
        ["SLD", 3, 21, 24, 14, 62],
        ["PMLD", 2, 9, 8, 6, 25],
        ["ASD", 4, 14, 12, 7, 37],
        ["PD", 0, 3, 4, 2, 9],
        ["SLCN", 1, 2, 1, 0, 4],
        ["MSI", 0, 1, 1, 1, 3],
        ["Total", 10, 50, 50, 30, 140],
    ])
    build(108, "negative", "anonymised-statistics", "zip", PRIYA, [LA_SEND],
          "Place planning return - numbers by primary need",
          """Hi,

For the high needs place planning exercise, attached is our breakdown of pupils on roll by primary need and key stage as at the January census (numbers only, no names). I've also included the projected leavers and known admissions for September as a separate sheet.

Any questions let me know.

Priya""",
          "Outbound aggregate counts of pupils by primary need (zipped CSVs) to the LA - anonymised, no personal data",
          "2025-02-10 15:15", cte="7bit", charset="us-ascii",
          attachments=[attach_part(make_zip([("numbers_by_need_jan25.csv", stats),
                                             ("projections_sept25.csv", csv_text([["Key stage", "Projected leavers", "Known admissions"], ["EYFS", 0, 6], ["KS1-2", 2, 3], ["KS3-4", 3, 2], ["Post-16", 9, 4]]))]),
                                   "application/x-zip-compressed", "place_planning_jan25.zip")])

    form = make_docx([
        "# Parental consent for the administration of medicine",
        "The school will not give your child medicine unless you complete and sign this form.",
        "Name of child: ______________________    Date of birth: ___ / ___ / ______",
        "Class: ______________    NHS number (optional): __________________",
        "Medical condition or illness: ____________________________________________",
        "Name/type of medicine (as described on the container): ______________________",
        "Dosage and method: ______________    Timing: ______________",
        "Special precautions / side effects: ______________________________________",
        "Parent/carer name: ______________________    Daytime telephone: ______________",
        "I understand that I must deliver the medicine personally to the school nurse or office, and that I must notify the school in writing of any changes.",
        "Signature: ______________________    Date: ______________",
    ], title="Medicine consent form")
    build(109, "negative", "blank-consent-form", "att-docx", SIOBHAN, [PAR11],
          "Medicine consent form",
          """Hi %s,

Thanks for letting me know about %s's new medication. As he'll need a lunchtime dose of the new one from next week, please could you fill in the attached consent form and send it back in his bag with the medicine in its pharmacy box?

Thanks,
Siobhan
School Nurse""" % (PAR11[0].split()[0], PUP[11]["first"]),
          "Outbound reply to a parent attaching a blank medicine consent form template - no personal data",
          "2025-02-04 10:15", attachments=[attach_part(form, CT_DOCX, "Medicine consent form (blank).docx")])

    build(110, "negative", "data-protection-policy-governors", "html", RUTH,
          [("Cllr Dawn Fairclough", "dawn.fairclough@example.org"), ("Rev Peter Hale", "peterhale@example.net"), ("Mr Imran Qureshi", "imran.q.governor@example.com")],
          "Data protection policy for approval at FGB", "",
          "Outbound to governors' personal addresses: summary of the data protection policy for approval - no personal data",
          "2025-03-20 17:45", cc=[("Clerk to Governors", "clerk@" + S)],
          html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div style="font-family:Aptos,sans-serif;font-size:11pt">
<p>Dear governors,</p>
<p>Ahead of the full governing body meeting on 27 March, here is a summary of the changes to our <b>Data Protection Policy</b> for approval. The full policy is on GovernorHub.</p>
<ol>
<li><b>Special category data.</b> Health, SEN and safeguarding information about pupils will only be shared with external agencies through the council's secure portal, NHS secure mail or encrypted email. Ordinary email must not be used for this information.</li>
<li><b>Subject access requests.</b> Our response time is one calendar month; the data manager logs every request.</li>
<li><b>Retention.</b> Pupil files for children with EHCPs are kept until the pupil's 31st birthday, in line with IRMS guidance.</li>
<li><b>Breaches.</b> Any suspected breach must be reported to the DPO within 24 hours; the DPO decides within 72 hours whether to report to the ICO.</li>
<li><b>Photos.</b> Consent is reviewed annually, and staff must not use personal devices.</li>
</ol>
<p>Our DPO (provided by the council's Schools Data Protection Service) has reviewed the draft.</p>
<p>With thanks,<br>Ruth Okafor<br>Headteacher</p>
</div></body></html>
""")

    build(111, "negative", "training-booking-refs", "qp", PRIYA, [("Team Teach Bookings", "bookings@teamteach-north.example")],
          "Booking ref TT-58213 – Foundation course 13–14 May",
          """Hello,

I’d like to confirm booking TT-58213 for the two-day foundation course at our school on 13–14 May 2025 (8:45am–3:30pm), for 12 delegates.

Venue: Larkspur Green School hall, Thornhill Road, Westmere WF2 7LG. Parking is available in the staff car park; please sign in at reception.

Please invoice the school (PO 7023-1184) for £1,450. Our contact on the day will be our deputy head, Gareth Pryce, on 01632 960402.

Could you confirm whether the trainer needs a projector and whether the certificates will be emailed or posted?

Thanks,
Priya Raman
Assistant Headteacher""",
          "Outbound booking confirmation with booking reference, PO, dates, school phone - no personal data",
          "2025-04-07 13:02")

    orig112 = msgid("vendor-orig112", "outlook", "scholaris-mis.example")
    build(112, "negative", "vendor-ticket-no-pii", "reply", DATAM, [MISVENDOR],
          "RE: Case 00482913 - census validation error 1520",
          """Hi Jordan,

Thanks - I've installed patch 24.3.7 and re-run the census validation. Error 1520 has cleared, but we now get 14 instances of query 1605Q ("Pupil's date of birth is unusual for their NC year"). These are all expected for a special school (pupils taught outside their chronological year group) so I'll add the standard note to each.

No need to send you any data - I think we're sorted. You can close the case.

Thanks for your help,
Anita Sorensen
Data Manager

-----Original Message-----
From: Scholaris MIS Support <support@scholaris-mis.example>
Sent: 15 January 2025 10:02
To: Anita Sorensen <a.sorensen@school.example>
Subject: Case 00482913 - census validation error 1520

> Hi Anita,
> We have identified a known issue with error 1520 in version 24.3.6 affecting schools with pupils in enrolment status "Guest". Please install patch 24.3.7 (release notes KB-77120) and re-run validation. Please do not send us pupil data; if the error persists we can arrange a remote session.
> Kind regards, Jordan
> Scholaris MIS Support - Case 00482913""",
          "Outbound reply to MIS vendor quoting case number, error and patch codes - no pupil data",
          "2025-01-15 11:48", in_reply_to=orig112, cte="quoted-printable")

    build(113, "negative", "trip-booking-aggregate", "flowed", JOSH, [OUTDOOR],
          "Booking WH-2025-0318 - final numbers",
          """Hi Sophie,

Final numbers for our residential (booking WH-2025-0318, 24-26 March):

- 8 students (5 male, 3 female), aged 16-19
- 6 staff (3 male, 3 female) plus our school nurse for the first night
- 2 wheelchair users - please could we have the two ground-floor accessible rooms with ceiling hoists as discussed
- 3 students need a modified-texture diet (IDDSI level 5 and 6); we will send the detail securely once you have set up the portal access
- 1 halal, 1 vegetarian, 1 gluten free

We'll arrive about 11am on the 24th in two school minibuses (WX19 KTE and WX21 LRA).

The deposit has been paid; I understand the balance invoice (INV 55210) is due on 10 March.

Thanks,
Josh""",
          "Outbound trip booking with booking and invoice numbers and aggregate counts only - medical details to follow via portal",
          "2025-02-25 12:44")

    def bad(idfun, rng_):
        v = idfun(rng_)
        last = v[-1]
        return v[:-1] + str((int(last) + 3) % 10)

    def bad_upn(rng_):
        u = make_upn(rng_)
        letters = [c for c in UPN_LETTERS if c != u[0]]
        return rng_.choice(letters) + u[1:]
    brng = random.Random(114)
    dummy = [["UPN", "Legal surname", "Forename", "DOB", "NHS number", "ULN", "Notes"]]
    for k in range(1, 9):
        dummy.append([bad_upn(brng), "TESTPUPIL", "Dummy%02d" % k, "01/09/20%02d" % (10 + k), bad(make_nhs, brng), bad(make_uln, brng), "training record - not a real pupil"])
    build(114, "negative", "dummy-training-data", "att-csv", DATAM, [("Scholaris Training", "training@scholaris-mis.example")],
          "Import template for Thursday's training session",
          """Hi Marcus,

For Thursday's import training I've made up a dummy file in the format we use, so the office team can practise. All names are "TESTPUPIL" and the numbers are made up - they won't pass the check digits, which is actually handy because it lets us show the validation errors.

Thanks,
Anita""",
          "Outbound dummy training import file with obviously fake names and identifiers that fail their check digits",
          "2025-03-11 09:05", cte="quoted-printable",
          attachments=[text_attach(csv_text(dummy), "dummy_import_template.csv", "text/csv")])

    build(115, "negative", "parent-dates-phones", "cp1252", OFFICE, [("Parents and carers", "office@" + S)],
          "Summer term dates and contact numbers",
          """Dear parents and carers,

Here are the key dates and numbers for the summer term.

• Tue 22 April – pupils return
• Mon 5 May – bank holiday, school closed
• 26–30 May – half term
• Mon 2 June – INSET day, school closed to pupils
• Thu 17 July – sports day (sensory and wheelchair-friendly events, all welcome from 1pm)
• Tue 22 July – last day of term, 1.30pm finish

Useful numbers:
Office: 01632 960400
Transport line (by 7.30am): 01632 960422
School nurse: 01632 960431
Family liaison: 07700 900614

Wishing you all a restful Easter break.

Larkspur Green School Office""",
          "Outbound term-dates letter with dates and school phone numbers only",
          "2025-04-04 13:20", bcc=[("", "kellie.w@example.org"), ("", "mrs.d.ahmed@example.com"), ("", PAR11[1])])

    build(116, "negative", "job-advert-figures", "latin1", GEMMA, [("Schools Jobs Westmere", "adverts@westmere-schooljobs.example")],
          "Advert for publication - ref LG/TA3/25/04",
          """Hello,

Please could you publish the following advert on the Westmere schools jobs board from Monday until the closing date.

Teaching Assistant Level 3 - Larkspur Green School
Ref: LG/TA3/25/04
Grade 5, points 7-11: £24,790 - £26,403 pro rata (actual £20,411 - £21,739)
32.5 hours per week, term time only, permanent
Start: 1 September 2025

Larkspur Green is a special school for 140 pupils aged 3-19 with severe, profound and multiple learning difficulties and autism. We are looking for a caring, resilient teaching assistant to join our Post-16 team. Experience of personal care, moving and handling and PEG feeding is desirable; full training is provided.

Closing date: 9am, Monday 12 May. Interviews: w/c 19 May.
Visits welcome - contact the school office on 01632 960400.

This post is subject to an enhanced DBS check with barred list. We are committed to safeguarding and promoting the welfare of children.

Thanks,
Gemma Lowe
HR and Personnel Officer""",
          "Outbound job advert with reference, salary figures and phone number - no personal data",
          "2025-04-23 14:10", cte="8bit")

    cpdoc = make_docx([
        "# Child Protection and Safeguarding Policy 2024-25 (extract for consultation)",
        "Designated Safeguarding Lead: the Deputy Headteacher. Deputy DSLs: the Headteacher, the Family Liaison Officer and the Assistant Headteacher (SENCo).",
        "1. Disabled children are at greater risk of abuse. Staff must not assume that indicators such as mood, behaviour or injury relate only to a child's disability.",
        "2. Communication: staff must be alert to non-verbal disclosures, including signs, symbols, eye gaze and changes in behaviour, and record them verbatim.",
        "3. Intimate care is carried out in line with the intimate care policy; two staff for hoisting, and children are told what is happening at every step.",
        "4. All concerns are recorded on the electronic safeguarding system the same day. Records are never sent by ordinary email.",
        "5. Allegations against staff are reported to the Headteacher and the LADO within one working day.",
        "6. Information sharing follows HM Government guidance (2024): share with consent where possible, but never let consent delay protecting a child.",
    ], title="CP policy extract")
    build(117, "negative", "cp-policy-to-consultant", "att-docx", GARETH, [("Jo Ransome", "jo@ransome-safeguarding.example")],
          "Safeguarding policy review - draft for your comments",
          """Hi Jo,

As agreed for the safeguarding audit next month, attached is the extract of our draft child protection policy (the sections specific to disabled children and communication). There's no case information in it - I'll show you anonymised records on the day.

Thanks,
Gareth""",
          "Outbound child-protection policy extract to an external consultant - no personal data",
          "2025-05-01 16:20", attachments=[attach_part(cpdoc, CT_DOCX, "CP policy extract DRAFT.docx")])

    build(118, "negative", "school-bank-details-parent", "base64", KAREN, [("Michelle Doherty", "michelle.doherty@example.net")],
          "Paying for the Whinfell residential by bank transfer",
          """Dear Mrs Doherty,

Thank you for letting us know you can't use the online payment system. You are very welcome to pay by bank transfer instead. Our school bank details are:

Account name: Larkspur Green School
Sort code: 30-94-57
Account number: 00781244
Reference: WHINFELL + your child's initials (please don't include the full name)

The balance of £145 is due by 14 March. If it's easier to pay in instalments, just let me know – that's absolutely fine.

Kind regards,
Karen Ashworth
Office Manager
Larkspur Green School""",
          "Outbound reply giving a parent the school's own bank details for a trip payment - not personal data",
          "2025-02-28 09:47")

    build(119, "negative", "appointment-times-parent", "wrapped", HANNAH, [("Folake Adeyemi", "folake.adeyemi@example.com")],
          "Communication Week drop-in - Wednesday 4 June",
          """Dear Folake,

Thank you for signing up for the "Using symbols at home" drop-in. It runs on Wednesday 4 June from 2pm to 3pm in the Hub, and you're welcome to bring younger children.

If you can't make it, the session will be repeated on Tuesday 10 June at 9.15am, or I can call you instead - just reply with a couple of times that suit you.

Parking: the visitor spaces by the main entrance are usually free after 1.30pm. If you need the accessible bay, please ring reception on 01632 960400 on the day.

Best wishes,
Hannah Whitlock
Speech and Language Therapist""",
          "Outbound to a parent about drop-in session times and phone numbers - no personal data",
          "2025-05-30 11:25")

    inner = inner_msg(("Martin Fell", "m.fell@school.example"), [("Ruth Okafor", "r.okafor@school.example")],
                      "Top-up funding summary 2025-26", "2025-03-25 16:10",
                      """Ruth,

Summary for the budget meeting (totals only):

Band   Pupils   Rate per place   Total
B3       38        £9,850       £374,300
B4       56       £13,400       £750,400
B5       32       £18,750       £600,000
B6       14       £26,200       £366,800
Total   140                   £2,091,500

Place funding (140 x £10,000): £1,400,000

Martin""", client="outlook")
    build(120, "negative", "aggregate-funding-forward", "fwd-rfc822", MARTIN, [LA_FIN],
          "FW: Top-up funding summary 2025-26",
          """Dear Schools Finance,

As requested at the high needs forum, I've attached our summary of top-up funding by band for 2025-26 (totals only, no individual pupil information), so you can reconcile it against the council's figures before the April payment run.

Kind regards,
Martin Fell
School Business Manager""",
          "Outbound forward (attached message) of aggregate top-up funding totals by band to the LA - no personal data",
          "2025-03-26 09:15", cc=[RUTH], cte="7bit", inner=rfc822_part(inner, "Top-up funding summary 2025-26.eml"))


if __name__ == "__main__":
    pd()
    finish()
