#!/usr/bin/env python3
# Deterministic generator, standard library only. Run from inside this folder.
import base64, binascii, datetime, hashlib, json, os, quopri, re, struct, textwrap, zipfile, zlib

W = "w4"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- utilities
def det_bytes(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]

def det_hex(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def D(s):
    """'2025-03-04 09:12:33' -> RFC 5322 date, UK local offset (BST roughly Apr-Oct)."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    bst = (3 < dt.month < 10) or (dt.month == 3 and dt.day >= 30) or (dt.month == 10 and dt.day < 26)
    off = "+0100" if bst else "+0000"
    return dt.strftime("%a, ") + str(dt.day) + dt.strftime(" %b %Y %H:%M:%S ") + off

def D2(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return dt

def enc_word(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 45:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)

def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_word(name), email)
    if re.search(r'[(),.:;<>@\[\]"\']', name):
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)

def just_email(a):
    m = re.search(r"<([^>]+)>", a)
    return m.group(1) if m else a.strip()

def mid(style, seed, domain="school.example"):
    h = hashlib.sha256(seed.encode()).hexdigest()
    if style == "roundcube":
        return "<%s@%s>" % (h[:32], domain)
    if style == "gmail":
        b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().replace("+", "x").replace("/", "y").rstrip("=")
        return "<CA%s@mail.gmail.com>" % b[:44]
    if style == "outlook":
        return "<DB9PR06MB%s%s@DB9PR06MB%s.eurprd06.prod.outlook.com>" % (h[:4].upper(), h[4:20].upper(), h[:4].upper())
    if style == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), domain)
    if style == "android":
        return "<%s@email.android.com>" % h[:24]
    if style == "tbird":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], domain)
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)

# ---------------------------------------------------------------- text shaping
def wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line.startswith(" ") or "  " in line or "\t" in line:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if line.strip() != "-- " and line != "-- " else line)
        else:
            parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            for p in parts[:-1]:
                out.append(p + " ")
            out.append(parts[-1])
    return "\n".join(out)

def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def to_html(text, style="roundcube"):
    paras = text.strip("\n").split("\n\n")
    if style == "gmail":
        inner = "".join('<div>%s</div><div><br></div>' % "<br>".join(html_escape(l) for l in p.split("\n")) for p in paras)
        return '<div dir="ltr">%s</div>\n' % inner
    if style == "outlook":
        inner = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % "<br>\n".join(html_escape(l) for l in p.split("\n")) for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head><body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n' % inner)
    inner = "\n".join("<p>%s</p>" % "<br />\n".join(html_escape(l) for l in p.split("\n")) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n%s\n</body></html>\n' % inner)

# ---------------------------------------------------------------- MIME entities
# an entity is (list_of_header_lines, body_bytes)
def text_entity(text, subtype="plain", charset="utf-8", cte="7bit", flowed=False, cslabel=None, delsp=False):
    raw = text.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
        body = raw
    elif cte == "8bit":
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    label = cslabel or charset
    ct = "Content-Type: text/%s; charset=%s" % (subtype, label)
    if flowed:
        ct += "; format=flowed" + ("; delsp=yes" if delsp else "")
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte]
    if not body.endswith(b"\n"):
        body += b"\n"
    return (hdrs, body)

def att_entity(filename, data, ctype, inline=False, extra=None):
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            'Content-Disposition: %s; filename="%s"' % ("inline" if inline else "attachment", filename),
            "Content-Transfer-Encoding: base64"]
    if extra:
        hdrs.extend(extra)
    return (hdrs, base64.encodebytes(data))

def rfc822_entity(msg_bytes, filename=None):
    hdrs = ["Content-Type: message/rfc822" + ('; name="%s"' % filename if filename else "")]
    if filename:
        hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    hdrs.append("Content-Transfer-Encoding: 8bit" if re.search(rb"[\x80-\xff]", msg_bytes) else "Content-Transfer-Encoding: 7bit")
    if not msg_bytes.endswith(b"\n"):
        msg_bytes += b"\n"
    return (hdrs, msg_bytes)

def multipart(subtype, children, boundary, params="", preamble=None):
    ct = 'Content-Type: multipart/%s;%s boundary="%s"' % (subtype, params, boundary)
    chunks = []
    if preamble:
        chunks.append(preamble.encode() + b"\n")
    for h, b in children:
        chunks.append(b"--" + boundary.encode() + b"\n" + serialize((h, b)))
        if not chunks[-1].endswith(b"\n"):
            chunks[-1] += b"\n"
    chunks.append(b"--" + boundary.encode() + b"--\n")
    return ([ct], b"".join(chunks))

def serialize(entity):
    h, b = entity
    return ("\n".join(h) + "\n\n").encode("ascii") + b

def bnd(seed, style="roundcube"):
    h = hashlib.md5(seed.encode()).hexdigest()
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_000_" + h[:20].upper() + "_"
    if style == "apple":
        return "Apple-Mail-" + h[:8].upper() + "-" + h[8:12].upper()
    return "=_" + h[:32]

def build_message(frm, to, subject, date, msgid, entity, cc=None, extra=None, in_reply_to=None, references=None, mime_version=True):
    lines = []
    lines.append("Date: " + date)
    lines.append("From: " + frm)
    if to:
        lines.append("To: " + ",\n ".join(to))
    else:
        lines.append("To: undisclosed-recipients:;")
    if cc:
        lines.append("Cc: " + ",\n ".join(cc))
    lines.append("Subject: " + enc_word(subject))
    lines.append("Message-ID: " + msgid)
    if in_reply_to:
        lines.append("In-Reply-To: " + in_reply_to)
        lines.append("References: " + (references or in_reply_to))
    if mime_version:
        lines.append("MIME-Version: 1.0")
    for e in (extra or []):
        lines.append(e)
    h, b = entity
    return ("\n".join(lines + h) + "\n\n").encode("ascii") + b

# ---------------------------------------------------------------- office files
ZDT = (2025, 2, 3, 9, 0, 0)

def make_zip(files, dt=ZDT):
    bio = io_bytes()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def io_bytes():
    import io
    return io.BytesIO()

def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def core_xml(title, author, when="2025-02-03T09:00:00Z"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>' % (xml_esc(title), xml_esc(author), xml_esc(author), when, when))

def make_docx(blocks, title="", author=""):
    """blocks: list of str (paragraph), ('h', str) heading, ('table', rows)"""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(b))
        elif b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(b[1]))
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xml_esc(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body))
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
    return make_zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("word/document.xml", doc), ("docProps/core.xml", core_xml(title, author))])

def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1", title="", author=""):
    xr = []
    for ri, r in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (col_letter(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return make_zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                     ("xl/worksheets/sheet1.xml", sheet_xml), ("docProps/core.xml", core_xml(title, author))])

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
    return "\r\n".join(out) + "\r\n"

MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- registry / writer
MANIFEST = []

def emit(num, label, family, shape, note, msg_bytes, mail_from, rcpt, auth_user):
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    os.makedirs(os.path.join(HERE, label), exist_ok=True)
    with open(os.path.join(HERE, fn), "wb") as f:
        f.write(msg_bytes)
    MANIFEST.append({"file": fn, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                     "auth_user": auth_user, "shape": shape, "family": family, "note": note})

def finish():
    MANIFEST.sort(key=lambda m: m["file"])
    with open(os.path.join(HERE, "manifest-%s.jsonl" % W), "w") as f:
        for m in MANIFEST:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")

def send(num, label, family, shape, note, frm, to, subject, date, msgid, entity,
         cc=None, bcc=None, extra=None, in_reply_to=None, references=None, auth=True, envelope_from=None):
    fa = just_email(frm)
    rcpt = [just_email(a) for a in (to or []) + (cc or []) + (bcc or [])]
    msg = build_message(frm, to, subject, date, msgid, entity, cc=cc, extra=extra,
                        in_reply_to=in_reply_to, references=references)
    emit(num, label, family, shape, note, msg, envelope_from or fa, rcpt, fa if auth else None)

# ---------------------------------------------------------------- people (all invented)
HEAD = addr("Dr Helen Okafor", "h.okafor@school.example")
DSL = addr("Marcus Reid", "m.reid@school.example")
SENCO = addr("Priya Shah", "p.shah@school.example")
APLEAD = addr("Dean Kowalczyk", "d.kowalczyk@school.example")
KEYW = addr("Shannon Doyle", "s.doyle@school.example")
FLO = addr("Amira Haddad", "a.haddad@school.example")
BM = addr("Gill Thornton", "g.thornton@school.example")
OFFICE = addr("Ashgrove Park School Office", "office@school.example")
KAREN = addr("Karen Pike", "k.pike@school.example")
IT = addr("IT Support", "itsupport@school.example")
TOM = addr("Tom Ellery", "t.ellery@school.example")
SALT = addr("Rhiannon Evans", "r.evans@school.example")
PSHE = addr("Chloe Ng", "c.ng@school.example")
SCI = addr("Owen Price", "o.price@school.example")
BEV = addr("Bev Mulligan", "b.mulligan@school.example")
ART = addr("Sam Achterberg", "s.achterberg@school.example")
KERRY = addr("Kerry Lomas", "k.lomas@school.example")
ATT = addr("Lesley Marsh", "l.marsh@school.example")
EXAMS = addr("Ian Fairweather", "i.fairweather@school.example")
HR = addr("Nadia Parvez", "n.parvez@school.example")
NURSE = addr("Joanne Lee", "j.lee@school.example")
VOLC = addr("Ruth Ansell", "r.ansell@school.example")
SITE = addr("Phil Grady", "p.grady@school.example")
DONNA = addr("Donna Kerr", "d.kerr@school.example")
MAUREEN = addr("Maureen Tipping", "m.tipping@school.example")
GRACE = addr("Grace Ogunleye", "g.ogunleye@school.example")
OT = addr("Joe Baptiste", "j.baptiste@school.example")
ALLSTAFF = addr("All Staff", "allstaff@school.example")
HARBOUR = addr("Harbour Team", "harbour-team@school.example")

UA_RC = "User-Agent: Roundcube Webmail/1.6.6"
UA_IPHONE = "X-Mailer: iPhone Mail (22D82)"
UA_IPAD = "X-Mailer: iPad Mail (22D82)"
UA_OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
UA_TB = "User-Agent: Mozilla Thunderbird"
UA_SAMSUNG = "X-Mailer: Samsung Mobile"

def rc_text(text, width=72):
    """Roundcube-style plain body: format=flowed, 7bit if ascii else QP utf-8."""
    t = flow(text, width)
    try:
        t.encode("ascii")
        return text_entity(t, charset="us-ascii", cslabel="US-ASCII", cte="7bit", flowed=True)
    except UnicodeEncodeError:
        return text_entity(t, charset="utf-8", cslabel="UTF-8", cte="quoted-printable", flowed=True)

def iphone_text(text):
    try:
        text.encode("ascii")
        return text_entity(text, charset="us-ascii", cslabel="us-ascii", cte="7bit")
    except UnicodeEncodeError:
        return text_entity(text, charset="utf-8", cslabel="utf-8", cte="quoted-printable")

def alt(text, seed, style="roundcube", html=None, cte="quoted-printable", flowed=False):
    h = html if html is not None else to_html(text, style)
    tp = text_entity(flow(text) if flowed else text, charset="utf-8", cslabel="UTF-8" if style == "roundcube" else '"utf-8"', cte=cte, flowed=flowed)
    hp = text_entity(h, subtype="html", charset="utf-8", cslabel="UTF-8" if style == "roundcube" else '"utf-8"', cte=cte)
    return multipart("alternative", [tp, hp], bnd(seed, style))

def gmail_fwd_header(name, email, date, subject, to):
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n" % (name, email, date, subject, to))

def rc_fwd_header(subject, date, frm, to):
    return ("-------- Original Message --------\nSubject: %s\nDate: %s\nFrom: %s\nTo: %s\n" % (subject, date, frm, to))

def outlook_fwd_header(frm, sent, to, subject):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, sent, to, subject))

def quote(text, level=1, width=72):
    pre = ">" * level
    out = []
    for l in text.split("\n"):
        if not l:
            out.append(pre)
        elif l.startswith(">"):
            out.append(pre + l)
        else:
            for w in textwrap.wrap(l, width - level - 1, break_long_words=False, break_on_hyphens=False) or [""]:
                out.append(pre + " " + w)
    return "\n".join(out)

# ---------------------------------------------------------------- identifiers (own implementations)
import random
UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn_check(body12):
    vals = []
    for i, c in enumerate(body12):
        vals.append(int(c) if c.isdigit() else UPN_ALPHA.index(c))
    return UPN_ALPHA[sum(v * w for v, w in zip(vals, range(2, 14))) % 23]

def upn_ok(s):
    if len(s) != 13 or not s[1:12].isdigit():
        return False
    if not (s[12].isdigit() or s[12] in UPN_ALPHA):
        return False
    return s[0] == upn_check(s[1:])

def make_upn(rng, la="384", estab="7021"):
    body = la + estab + "%02d" % rng.randint(13, 21) + "%03d" % rng.randint(1, 999)
    return upn_check(body) + body

def w_sum(s):
    return sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))

def uln_ok(s):
    if not re.fullmatch(r"[1-9]\d{9}", s):
        return False
    c = 10 - w_sum(s) % 11
    return c < 10 and c == int(s[9])

def make_uln(rng):
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = 10 - w_sum(s) % 11
        if c < 10:
            return s + str(c)

def nhs_ok(s):
    s = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    c = 11 - w_sum(s) % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])

def make_nhs(rng, sep=" "):
    while True:
        s = str(rng.randint(4, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = 11 - w_sum(s) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = s + str(c)
            return s[:3] + sep + s[3:6] + sep + s[6:] if sep is not None else s

NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}

def nino_ok(s):
    s = s.replace(" ", "").replace("-", "")
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and (a + b) not in NINO_BAD_PREFIX

def make_nino(rng, spaced=False):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        if p in NINO_BAD_PREFIX or p[1] in NINO_BAD_SECOND:
            continue
        d = "".join(str(rng.randint(0, 9)) for _ in range(6))
        s = p + d + rng.choice("ABCD")
        assert nino_ok(s)
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8]) if spaced else s

def luhn_ok(s):
    s = s.replace(" ", "").replace("-", "")
    if not s.isdigit():
        return False
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0

def make_card(rng, prefix="4", n=16):
    while True:
        s = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(s + c):
                s = s + c
                return " ".join(s[i:i + 4] for i in range(0, n, 4))

W_MOD11 = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
W_DBLAL = [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]

def bank_ok(sc, acc):
    d = [int(c) for c in (sc.replace("-", "") + acc)]
    if len(d) != 14:
        return False
    m11 = sum(a * b for a, b in zip(d, W_MOD11)) % 11 == 0
    dbl = sum(sum(divmod(a * b, 10)) for a, b in zip(d, W_DBLAL)) % 10 == 0
    return m11 and dbl

def make_bank(rng):
    sc = "01-%02d-%02d" % (rng.randint(30, 59), rng.randint(10, 99))
    while True:
        acc = "".join(str(rng.randint(0, 9)) for _ in range(8))
        if bank_ok(sc, acc):
            return sc, acc

def is_any_valid10(s):
    return nhs_ok(s) or uln_ok(s)

def make_bad10(rng, first=None):
    while True:
        s = (first or str(rng.randint(1, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(first or "x")))
        if not nhs_ok(s) and not uln_ok(s):
            return s

def make_bad_card(rng, prefix="4"):
    while True:
        s = prefix + "".join(str(rng.randint(0, 9)) for _ in range(16 - len(prefix)))
        if not luhn_ok(s):
            return s

def dob(y, m, d, style=0):
    dt = datetime.date(y, m, d)
    if style == 0:
        return dt.strftime("%d/%m/%Y")
    if style == 1:
        return "%d %s %d" % (d, dt.strftime("%B"), y)
    if style == 2:
        return dt.isoformat()
    if style == 3:
        return dt.strftime("%d.%m.%Y")
    if style == 4:
        return "%d %s %d" % (d, dt.strftime("%b"), y)
    if style == 5:
        return dt.strftime("%d/%m/%y")

# ---------------------------------------------------------------- roster (invented)
_R = random.Random(4004)
PUPILS = {}
def _p(key, first, last, sex, y, m, d, addr1, town, pc, need, year):
    PUPILS[key] = dict(first=first, last=last, name=first + " " + last, sex=sex, dob=(y, m, d), addr=addr1, town=town, pc=pc,
                       need=need, year=year, upn=make_upn(_R), uln=make_uln(_R), nhs=make_nhs(_R))
_p("kai", "Kai", "Morrison", "M", 2012, 7, 3, "41 Larkhill Road", "Moorside", "BD7 2QN", "ASD / DLD", "Y7")
_p("tyler", "Tyler", "Harrop", "M", 2010, 9, 14, "8 Fieldhead Close", "Northmoor", "BD6 3LT", "SEMH", "Y9")
_p("ayaan", "Ayaan", "Chowdhury", "M", 2013, 1, 19, "112 Manningham Walk", "Northmoor", "BD8 7HJ", "MLD", "Y6")
_p("zofia", "Zofia", "W\u00f3jcik", "F", 2011, 3, 22, "Flat 4, 19 Oak Lane", "Northmoor", "BD9 4RS", "SLCN", "Y8")
_p("reece", "Reece", "Fenwick", "M", 2009, 11, 30, "27 Cobden Street", "Moorside", "BD7 1PE", "SEMH", "Y10")
_p("mason", "Mason", "Atherton", "M", 2010, 1, 17, "3 Rook Lane", "Moorside", "BD4 6DW", "SEMH / ADHD", "Y10")
_p("leah", "Leah-Marie", "Dunn", "F", 2009, 5, 8, "56 Harewood Avenue", "Ferrybridge", "WF11 8EF", "SEMH", "Y11")
_p("oliwer", "Oliwer", "Nowicki", "M", 2013, 2, 11, "9 Albion Court", "Northmoor", "BD3 9NB", "ASD", "Y6")
_p("destiny", "Destiny", "Mensah", "F", 2011, 8, 29, "22 Thornbury Crescent", "Northmoor", "BD3 8AW", "PD / sickle cell", "Y8")
_p("harley", "Harley", "Brookes", "M", 2008, 12, 5, "71 Tong Street", "Northmoor", "BD4 9QY", "MLD", "Y12")
_p("ruby", "Ruby-Mae", "Sutcliffe", "F", 2012, 10, 19, "15 Ivy Bank", "Moorside", "BD7 4HA", "SLD / epilepsy", "Y7")
_p("callum", "Callum", "Ridley", "M", 2009, 4, 2, "5 Tanner Row", "Moorside", "BD7 2JG", "SEMH", "Y11")
_p("amani", "Amani", "Farouk", "F", 2014, 6, 25, "30 Cecil Avenue", "Northmoor", "BD8 9DP", "ASD", "Y5")
_p("jack", "Jack", "Whitworth", "M", 2010, 7, 7, "64 Tyersal Lane", "Northmoor", "BD4 8EU", "ASD / anxiety", "Y10")
_p("sienna", "Sienna", "Lowe", "F", 2013, 9, 3, "2 Maple Grove", "Moorside", "BD7 3NU", "SLD", "Y6")
_p("ibrahim", "Ibrahim", "Noori", "M", 2012, 1, 30, "14 Fernbank Road", "Northmoor", "BD3 0RL", "SLCN / EAL", "Y8")
_p("lewis", "Lewis", "Carrick", "M", 2008, 10, 12, "90 Wibsey Park Avenue", "Northmoor", "BD6 3QA", "ASD", "Y12")
_p("precious", "Precious", "Adeyemi", "F", 2009, 2, 26, "18 Ripley Street", "Northmoor", "BD5 7JR", "MLD", "Y11")
_p("finley", "Finley", "Shaw", "M", 2011, 11, 11, "7 Beacon Place", "Moorside", "BD6 1EX", "ADHD / SpLD", "Y8")
_p("maddison", "Maddison", "Grice", "F", 2010, 3, 15, "(placement address held by LA)", "", "", "SEMH", "Y9")
_p("ethan", "Ethan", "Wilde", "M", 2015, 5, 20, "33 Horton Grange Road", "Northmoor", "BD7 2DN", "ASD", "Y4")
_p("hamza", "Hamza", "Iqbal", "M", 2008, 6, 18, "126 Little Horton Lane", "Northmoor", "BD5 0HU", "MLD / HI", "Y12")
_p("tia", "Tia", "Bramley", "F", 2012, 12, 1, "48 Holme Wood Road", "Moorside", "BD4 9EJ", "SEMH", "Y7")
_p("corey", "Corey", "Ingham", "M", 2009, 8, 9, "11 Delph Hill", "Moorside", "BD6 2SQ", "SEMH", "Y11")
for _k, _v in PUPILS.items():
    assert upn_ok(_v["upn"]) and uln_ok(_v["uln"]) and nhs_ok(_v["nhs"]), _k

def P_(k):
    return PUPILS[k]

def pdob(k, style=0):
    y, m, d = PUPILS[k]["dob"]
    return dob(y, m, d, style)

def paddr(k):
    p = PUPILS[k]
    return "%s, %s %s" % (p["addr"], p["town"], p["pc"]) if p["town"] else p["addr"]

# ---------------------------------------------------------------- encryption look-alikes
def smime_entity(seed, size=2400):
    blob = bytes.fromhex("3082") + struct.pack(">H", size - 4) + bytes.fromhex("06092a864886f70d010703a0") + det_bytes(seed, size - 17)
    return (['Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
             "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename="smime.p7m"',
             "Content-Description: S/MIME Encrypted Message"], base64.encodebytes(blob))

def pgp_entity(seed, size=1800):
    data = b"\x85\x02\x0c" + det_bytes(seed, size)
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    crc &= 0xFFFFFF
    armor = "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + base64.b64encode(crc.to_bytes(3, "big")).decode() + "\n-----END PGP MESSAGE-----\n"
    b = bnd(seed + "pgp", "roundcube")
    return multipart("encrypted", [(["Content-Type: application/pgp-encrypted", "Content-Description: PGP/MIME version identification"], b"Version: 1\n"),
                                   (['Content-Type: application/octet-stream; name="encrypted.asc"', "Content-Description: OpenPGP encrypted message",
                                     'Content-Disposition: inline; filename="encrypted.asc"'], armor.encode())],
                     b, params=' protocol="application/pgp-encrypted";',
                     preamble="This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)")

_CRCT = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)

class _ZC:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for ch in pw:
            self.upd(ch)
    def upd(self, c):
        k = self.k
        k[0] = (k[0] >> 8) ^ _CRCT[(k[0] ^ c) & 0xFF]
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = (k[2] >> 8) ^ _CRCT[(k[2] ^ (k[1] >> 24)) & 0xFF]
    def enc(self, data):
        out = bytearray()
        for c in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(c ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.upd(c)
        return bytes(out)

def make_encrypted_zip(files, password, seed, dt=ZDT):
    """Traditional PKWARE (ZipCrypto) password-protected zip, deflated."""
    pw = password.encode()
    dost = ((dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2))
    dosd = (((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2])
    local, central, off = b"", b"", 0
    for i, (name, data) in enumerate(files):
        nb = name.encode()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        z = _ZC(pw)
        hdr = bytearray(det_bytes(seed + name, 11)) + bytes([(crc >> 24) & 0xFF])
        encd = z.enc(bytes(hdr) + comp)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 1, 8, dost, dosd, crc, len(encd), len(data), len(nb), 0) + nb
        cd = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 1, 8, dost, dosd, crc, len(encd), len(data), len(nb), 0, 0, 0, 0, 0o644 << 16, off) + nb
        local += lh + encd
        central += cd
        off += len(lh) + len(encd)
    eocd = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(files), len(files), len(central), off, 0)
    return local + central + eocd

# ================================================================ personal-data: POSITIVES (outbound, unencrypted)
P = "positive"
RNG = random.Random(44)
LA_SEN = addr("Joanne Whitaker", "j.whitaker@northmoor-council.example")
WAYPOINT_REF = addr("Tariq Mahmood", "t.mahmood@waypoint-mentoring.example")
CENTRE = addr("Claire Hutton", "bookings@highfell-outdoor.example")

# 001 -------------------------------------------------------------
rows = [("kai", 0), ("oliwer", 0), ("tia", 0), ("finley", 0), ("jack", 0)]
tbl = "Name                 DOB         UPN            Year  Primary need\n" + "\n".join(
    "%-20s %-11s %-14s %-5s %s" % (P_(k)["name"], pdob(k), P_(k)["upn"], P_(k)["year"], P_(k)["need"]) for k, _ in rows)
t = """Hi Joanne,

Following panel on Thursday, here are the five pupils we're proposing to move to part-time placements at The Harbour from after half term, as you asked. All five have EHCPs with Northmoor as the maintaining authority.

""" + tbl + """

Jack's annual review is overdue (last one was March 2024) so we'd like to hold it before the move if possible. Finley's mum has asked for the Harbour placement to be named in section I - I've told her that would need to go through the amendment process.

Can you let me know which of these you'd like paperwork for first?

Thanks
Priya

Priya Shah
SENCO, Ashgrove Park School"""
send(1, P, "sen-transfer-list", "plain", "SENCO emails the LA SEN team five pupils' names, DOBs, UPNs and primary needs ahead of an AP move",
     SENCO, [LA_SEN], "Pupils proposed for Harbour placements", D("2025-02-10 09:41:26"), mid("roundcube", "p1"),
     text_entity(t, charset="us-ascii", cslabel="US-ASCII"), cc=[HEAD], extra=[UA_RC])

# 002 -------------------------------------------------------------
r = P_("reece")
t = """Hi Tariq,

Referral for a mentor as discussed at the partnership meeting.

Name: Reece Fenwick
DOB: %s
Address: %s
Lives with: mum (Tanya Fenwick) and two younger half-siblings (aged 6 and 3)
Mum's mobile: 07700 900318

Background: Reece has been on a Child Protection Plan under the category of neglect since September. Social worker is Jo Cartwright at Northmoor Children's Services. He attends The Harbour four mornings a week.

Since Christmas we've had growing concerns about criminal exploitation - he has been seen getting into cars with older males outside the unit, came in twice with over 200 pounds in cash and a second phone, and was reported missing overnight on 18 January (found in Ferrybridge). Police are aware.

He has a diagnosis of ADHD and takes methylphenidate (Concerta XL 36mg) in the morning. He responds well to adults who are calm and consistent and he loves anything to do with motorbikes.

He has said he would like a male mentor. Mum has consented to the referral.

Thanks
Dean

Dean Kowalczyk
Head of The Harbour""" % (pdob("reece", 0), paddr("reece"))
send(2, P, "mentoring-referral", "flowed", "AP lead refers a pupil to the mentoring charity with DOB, address, CP plan category, exploitation concerns and medication",
     APLEAD, [WAYPOINT_REF], "Mentor referral - Reece F", D("2025-01-27 16:02:11"), mid("roundcube", "p2"),
     rc_text(t), cc=[HEAD], extra=[UA_RC])

# 003 -------------------------------------------------------------
trows = [["Pupil", "DOB", "Address", "Postcode", "Pick-up", "Parent/carer", "Contact", "Notes"],
         [P_("ruby")["name"], pdob("ruby", 0), P_("ruby")["addr"] + ", " + P_("ruby")["town"], P_("ruby")["pc"], "08:05", "Paula Sutcliffe", "07700 900522",
          "Epilepsy - buccal midazolam in red bag, escort must be trained. Wheelchair (folding)."],
         [P_("kai")["name"], pdob("kai", 0), P_("kai")["addr"] + ", " + P_("kai")["town"], P_("kai")["pc"], "08:15", "Lisa Morrison", "07700 900147",
          "Autistic - must sit in front, no radio, same driver where possible"],
         [P_("sienna")["name"], pdob("sienna", 0), P_("sienna")["addr"] + ", " + P_("sienna")["town"], P_("sienna")["pc"], "08:20", "Gareth Lowe", "07700 900763",
          "Car seat with harness. Non-verbal, uses PECS"],
         [P_("ethan")["name"], pdob("ethan", 0), P_("ethan")["addr"] + ", " + P_("ethan")["town"], P_("ethan")["pc"], "08:25", "Michelle Wilde", "07700 900904",
          "Nut allergy (EpiPen in bag)"],
         [P_("amani")["name"], pdob("amani", 0), P_("amani")["addr"] + ", " + P_("amani")["town"], P_("amani")["pc"], "08:30", "Rasha Farouk", "07700 900288",
          "Mum speaks limited English - text in Arabic if possible"]]
t = """Hi Gav,

Updated list for the Moorside route from Monday 3 March attached. Sienna is new to the route. Please make sure the escort has the notes for Ruby-Mae in particular.

Thanks
Karen"""
ent = multipart("mixed", [rc_text(t), att_entity("Moorside route from 3 March.csv", csv_text(trows).encode("utf-8"), "text/csv")], bnd("p3"))
send(3, P, "transport-list", "attach-csv", "office sends the taxi firm a CSV of pupils with DOBs, home addresses, parent phones and medical needs",
     KAREN, [addr("Gavin Shore", "bookings@swiftcars-northmoor.example")], "Moorside route - updated list", D("2025-02-27 11:20:08"),
     mid("roundcube", "p3"), ent, extra=[UA_RC])

# 004 -------------------------------------------------------------
starters = [("Lauren", "Bickerstaff", (1994, 4, 12), "17 Westfield Terrace, Northmoor", "BD6 2HS", "Teaching Assistant L3", "Grade 4"),
            ("Marek", "Zieli\u0144ski", (1988, 9, 3), "Flat 12, Carlton House, Moorside", "BD7 1AZ", "Teaching Assistant L2", "Grade 3"),
            ("Olu", "Bankole", (1991, 1, 28), "5 Greenside Lane, Northmoor", "BD5 8QP", "Learning Mentor (Harbour)", "Grade 5")]
rows = [["Forename", "Surname", "DOB", "NI number", "Address", "Postcode", "Sort code", "Account no", "Start date", "Post", "Grade"]]
for f, s, d, a, pc, post, g in starters:
    sc, acc = make_bank(RNG)
    rows.append([f, s, dob(*d, 0), make_nino(RNG), a, pc, sc, acc, "01/04/2025", post, g])
t = """Hi,

Please find attached the new starter details for April payroll. Contracts and P46/starter checklists to follow in the post.

Any problems let me know.

Gill Thornton
School Business Manager"""
ent = multipart("mixed", [alt(t, "p4a", "outlook"), att_entity("New starters April 2025.xlsx", make_xlsx(rows, "Starters", "New starters", "Gill Thornton"), MIME_XLSX)],
                bnd("p4", "outlook"))
send(4, P, "payroll-new-starters", "attach-xlsx", "business manager sends the external payroll bureau new starters' DOB, NI numbers and bank details in a spreadsheet",
     BM, [addr("EduPay Starters", "starters@edupay-services.example")], "New starters - April payroll", D("2025-03-18 14:31:55"),
     mid("outlook", "p4"), ent, extra=[UA_OUTLOOK])

# 005 -------------------------------------------------------------
card = make_card(RNG, "4")
t = """Hi Claire

Mrs Noori has asked me to pay the \u00a360 deposit for Ibrahim's place on the June residential on her card as she can't manage the online form. She's happy for you to take it.

Card: %s
Exp: 08/27
Security code: 381
Name on card: MRS S NOORI
Billing address: 14 Fernbank Road, Northmoor BD3 0RL

Ibrahim Noori, DOB %s. Thanks!
Amira

Sent from my iPhone""" % (card, pdob("ibrahim", 5))
send(5, P, "card-details-trip", "mobile", "family liaison texts-style emails a parent's full card number, expiry and CVV to the outdoor centre",
     FLO, [CENTRE], "Deposit - Ibrahim Noori", D("2025-03-11 13:07:40"), mid("iphone", "p5"), iphone_text(t), extra=[UA_IPHONE])

# 006 -------------------------------------------------------------
rows = [["Surname", "Forename", "DOB", "ULN", "UPN", "EHCP", "Primary need", "Course applied for"]]
for k, course in [("harley", "Entry 3 Vocational Studies"), ("lewis", "Level 1 IT"), ("hamza", "Entry 3 Catering"),
                  ("precious", "Level 1 Health & Social Care"), ("corey", "Entry 3 Construction Multi-skills"), ("leah", "Level 1 Art & Design")]:
    p = P_(k)
    rows.append([p["last"], p["first"], pdob(k, 2), p["uln"], p["upn"], "Y", p["need"], course])
t = """Dear Sandeep,

As promised, here is the transition data for our six students with conditional offers for September. I've included ULNs so you can pull their PLRs.

Hamza's HI support (radio aid) will need to be in place from induction day - his QTVI will be in touch.

Kind regards,
Ian Fairweather
Exams & Data Officer"""
ent = multipart("mixed", [text_entity(wrap(t, 72), charset="us-ascii", cslabel="us-ascii"),
                          att_entity("Ashgrove leavers 2025 - transition.csv", csv_text(rows).encode(), "text/csv; charset=us-ascii")], bnd("p6", "apple"))
send(6, P, "uln-transition", "attach-csv", "exams officer sends the FE college a CSV of leavers with DOB, ULN, UPN and SEN need",
     EXAMS, [addr("Sandeep Gill", "transition@northmoor-college.example")], "Transition data - Sept 2025 starters", D("2025-05-22 10:15:33"),
     mid("tbird", "p6"), ent, extra=[UA_TB])

# 007 -------------------------------------------------------------
l = P_("leah")
t = """Dear colleagues,

I would like to make a referral to CAMHS for the following young person. Mum (Karen Dunn, 07700 900655) is aware and has consented.

Name: Leah-Marie Dunn
DOB: %s
NHS number: %s
Address: %s
GP: Dr A. Rahman, Ferrybridge Health Centre

Reason for referral: on Tuesday Leah-Marie disclosed to her key worker that she has been cutting the tops of her thighs \u201cmost nights\u201d since before Christmas. The key worker saw fresh wounds, which were cleaned by our first aider. She said she has thought about \u201cnot being here\u201d but has no plan. She was known to CAMHS in 2022 (low mood, discharged after six sessions).

She is in Year 11 at The Harbour and her attendance has dropped to 71%% this term. There are also concerns about an older boyfriend (19), which we have shared with children\u2019s social care.

Please contact me if you need anything further.

Marcus Reid
Deputy Headteacher & Designated Safeguarding Lead""" % (pdob("leah", 3), l["nhs"], paddr("leah"))
send(7, P, "camhs-referral", "qp", "DSL emails CAMHS a self-harm referral with NHS number, DOB, address and disclosure details",
     DSL, [addr("CAMHS Single Point of Access", "camhs.spa@moorside-nhs.example")], "CAMHS referral \u2013 L-M Dunn",
     D("2025-01-16 15:48:02"), mid("roundcube", "p7"), text_entity(t, charset="utf-8", cslabel="UTF-8", cte="quoted-printable"), extra=[UA_RC])

# 008 -------------------------------------------------------------
k = P_("kai")
doc = make_docx([("h", "Speech and Language Therapy Report"),
                 ("table", [["Name", "Kai Morrison"], ["Date of birth", pdob("kai", 1)], ["NHS number", k["nhs"]], ["School", "Ashgrove Park School (Year 7)"],
                            ["Diagnoses", "Autism Spectrum Condition (2017); Developmental Language Disorder (2019)"],
                            ["EHCP", "Yes \u2013 Northmoor; primary need ASD"]]),
                 "Summary: Kai has significant difficulties with understanding spoken language in busy environments. Receptive vocabulary (BPVS-3) standard score 71. He uses short, learnt phrases when anxious and may appear to understand more than he does.",
                 "Sensory profile: Kai is highly sensitive to noise and touch. Toileting accidents have increased this term when he is dysregulated; mum reports he is not sleeping more than 5 hours a night.",
                 "Recommendations: visual timetable, processing time of 10 seconds, reduced language, OT assessment for sensory integration (referral requested).",
                 "Rhiannon Evans, Speech and Language Therapist (HCPC SL12345)"], "SaLT report - Kai Morrison", "Rhiannon Evans")
t = """Hi Kate,

Lovely to speak earlier. As agreed, here's my latest report on Kai so you have the background before your assessment on the 14th. Mum is happy for me to share it.

Best wishes
Rhiannon"""
ent = multipart("mixed", [rc_text(t), att_entity("Kai Morrison SaLT report Feb 2025.docx", doc, MIME_DOCX)], bnd("p8"))
send(8, P, "salt-report-to-ot", "attach-docx", "school SaLT sends an independent OT a report (docx) naming a pupil with DOB, NHS number and diagnoses",
     SALT, [addr("Kate Lindqvist", "kate@sensoryot-practice.example")], "Kai M - SaLT report", D("2025-02-06 17:22:45"), mid("roundcube", "p8"),
     ent, extra=[UA_RC])

# 009 -------------------------------------------------------------
inner = """Helen,

As requested, a summary for the LA ahead of the hearing.

Maddison Grice, DOB %s, UPN %s. Looked after (s.31 care order, 2021). Current foster placement with Mr and Mrs Holroyd, Moorside - address not to be shared with birth family.

Chronology (this academic year):
12/09/24 - Birth mother (Stacey Grice) waited at the Harbour gate at 3.15pm. Maddison very distressed afterwards. Reported to SW.
03/10/24 - Maddison disclosed that her mother's partner had sent her Snapchat messages asking to meet. Screenshots passed to police (ref given to SW).
21/11/24 - Self-harm (scratching forearms) seen by TA. First aid given, carers informed.
15/01/25 - Missing from placement overnight; returned by police 07:40. Said she had been at a party in Ferrybridge.
06/02/25 - Disclosure to key worker of unwanted sexual contact at the party. Strategy meeting held 07/02/25.

Marcus""" % (pdob("maddison", 0), P_("maddison")["upn"])
t = "Rukhsana,\n\nAs discussed on the phone, please see Marcus's summary below ahead of the hearing on the 3rd. Shout if you need anything else.\n\nHelen\n\n" + \
    gmail_fwd_header("Marcus Reid", "m.reid@school.example", "Mon, 17 Feb 2025 at 08:12", "Maddison - summary for LA", "Helen Okafor <h.okafor@school.example>") + "\n" + inner
send(9, P, "safeguarding-chronology-fwd", "fwd-inline", "head forwards the DSL's safeguarding chronology about a looked-after child to the council's legal team",
     HEAD, [addr("Rukhsana Bhatti", "r.bhatti@northmoor-council.example")], "Fwd: Maddison - summary for LA", D("2025-02-17 09:05:12"),
     mid("roundcube", "p9"), text_entity(wrap(t, 76), charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# 010 -------------------------------------------------------------
c = P_("callum")
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">
<p>Hi Jo,</p>
<p>Update on <b>Callum Ridley</b> (DOB %s) and his sister <b>Kayla Ridley</b> (DOB 14/08/2013, Year 6 at Moorside Primary), 5 Tanner Row, Moorside BD7 2JG.</p>
<ul>
<li><b>Mon 10 March</b> &#8211; Callum arrived with bruising to his left cheekbone. When asked he said &#8220;Darren did it cos I wouldn&#8217;t give him my phone&#8221;. Darren Pollard is mum&#8217;s partner. Body map completed.</li>
<li><b>Tue 11 March</b> &#8211; Callum refused to go home at 3pm and stayed in the Harbour until 5.30. Mum collected, smelled strongly of alcohol.</li>
<li><b>Wed 12 March</b> &#8211; Kayla&#8217;s school has also logged a concern (she said there was &#8220;shouting and the police came&#8221;).</li>
</ul>
<p>Callum&#8217;s EHCP review is on the 25th. Can we speak before then? I&#8217;m in all day tomorrow.</p>
<p>Marcus Reid<br />DSL, Ashgrove Park School</p>
</body></html>
""" % pdob("callum", 0)
send(10, P, "social-care-update", "html", "DSL emails a social worker named siblings' DOBs, home address and injury/disclosure details in HTML",
     DSL, [addr("Jo Cartwright", "j.cartwright@northmoor-council.example")], "Callum and Kayla R - update", D("2025-03-12 16:55:03"),
     mid("roundcube", "p10"), text_entity(h, subtype="html", charset="utf-8", cslabel="UTF-8", cte="7bit"), extra=[UA_RC])

# 011 -------------------------------------------------------------
t = """Good morning,

Please could you process an enhanced DBS (child workforce, with barred list) for a new volunteer mentor at The Harbour. I have seen his original ID documents.

Full name: Colin James Ashby
Date of birth: %s
Place of birth: Halifax
NI number: %s
Driving licence: ASHBY506128CJ9XK
Current address: 23 Heather View, Moorside BD7 3PL (since 2016)
Previous address: 4 Kings Road, Halifax HX1 2QT (2004-2016)
Mobile: 07700 900129

He has disclosed a caution from 1994 for possession of cannabis.

Our organisation reference is APS-VOL-0417.

Kind regards
Ruth Ansell
Volunteer Coordinator""" % (dob(1958, 6, 12, 1), make_nino(RNG, spaced=True))
send(11, P, "volunteer-dbs", "base64", "volunteer coordinator emails the DBS umbrella body a volunteer's DOB, NI number, driving licence and address history",
     VOLC, [addr("ClearCheck DBS", "checks@clearcheck-dbs.example")], "Enhanced DBS - new volunteer", D("2025-04-08 09:12:19"),
     mid("roundcube", "p11"), text_entity(t, charset="utf-8", cslabel="UTF-8", cte="base64"), extra=[UA_RC])

# 012 -------------------------------------------------------------
rows = [["Name", "DOB", "UPN", "SEN", "EHCP", "FSM", "CLA", "Reading age", "Notes for report"]]
for k, sen, fsm, cla, ra, note in [("tyler", "K", "N", "N", "9y4m", "behaviour improving"), ("maddison", "E", "Y", "Y", "10y1m", "SW visits weds - don't mention mum"),
                                   ("mason", "E", "Y", "N", "8y0m", "ADHD meds changed Jan"), ("zofia", "K", "N", "N", "7y6m", "EAL - Polish, use simple English in report"),
                                   ("destiny", "E", "Y", "N", "11y2m", "sickle cell - lots of absence"), ("finley", "K", "N", "N", "9y9m", "")]:
    rows.append([P_(k)["name"], pdob(k, 0), P_(k)["upn"], sen, "Y" if sen == "E" else "N", fsm, cla, ra, note])
z = make_zip([("8P reports data.xlsx", make_xlsx(rows, "8P", "8P reports", "Owen Price"))])
t = "Sending to myself so I can do reports over half term.\n"
ent = multipart("mixed", [rc_text(t), att_entity("8P.zip", z, "application/zip")], bnd("p12"))
send(12, P, "markbook-to-home", "zip", "teacher emails a zipped class spreadsheet (DOB, UPN, SEN, FSM, CLA, notes) to his personal address",
     SCI, [addr("Owen Price", "owen.price.home@example.com")], "reports", D("2025-02-14 16:40:27"), mid("roundcube", "p12"),
     ent, extra=[UA_RC])

# 013 -------------------------------------------------------------
lines = []
for k, pct, note in [("tyler", "68.2%", "Mum says anxiety \u2013 no medical evidence provided. Home visit 14/11, no answer."),
                     ("corey", "54.9%", "Suspected caring for mum (MS). Sibling Jade (Y9, other school) also low."),
                     ("jack", "72.5%", "School refusal since Oct, CAMHS waiting list. Dad works away."),
                     ("precious", "79.1%", "Extended holiday to Nigeria not authorised (4 wks)."),
                     ("tia", "61.3%", "Known to EH. Mum\u2019s new partner \u2013 DV concerns shared with social care.")]:
    p = P_(k)
    lines.append("%s \u2013 DOB %s \u2013 UPN %s\n%s\nAttendance %s. %s" % (p["name"], pdob(k, 0), p["upn"], paddr(k), pct, note))
t = """Hi Mark,

Here are our referrals for persistent absence for the autumn term. I\u2019ve sent the individual attendance certificates through the post.

""" + "\n\n".join(lines) + """

Let me know when you\u2019re next in and I\u2019ll book the meeting room.

Thanks
Lesley Marsh
Attendance Officer"""
send(13, P, "attendance-ews", "cp1252", "attendance officer emails Education Welfare a list of pupils with DOB, UPN, addresses and family circumstances",
     ATT, [addr("Mark Oduya", "ews@northmoor-council.example")], "PA referrals \u2013 autumn term", D("2024-12-09 10:02:48"), mid("outlook", "p13"),
     text_entity(t, charset="windows-1252", cslabel='"Windows-1252"', cte="8bit"), extra=[UA_OUTLOOK])

# 014 -------------------------------------------------------------
inner_t = """Hi Shannon,

Medical info for the Highfell group as requested. Care plans are in the red folder.

Ruby-Mae Sutcliffe (DOB %s), NHS %s
 - Epilepsy (tonic-clonic). Buccal midazolam 10mg if seizure lasts >5 mins, call 999. Keppra 250mg twice daily (8am/8pm).

Destiny Mensah (DOB %s), NHS %s
 - Sickle cell disease. Must stay warm and hydrated, no swimming in cold water. Penicillin V 250mg twice daily. Any fever or chest pain = A&E.

Hamza Iqbal (DOB %s), NHS %s
 - Type 1 diabetes. Insulin pump (Omnipod). Carb counting at every meal. Hypo kit in his rucksack.

Jo""" % (pdob("ruby", 0), P_("ruby")["nhs"], pdob("destiny", 0), P_("destiny")["nhs"], pdob("hamza", 0), P_("hamza")["nhs"])
inner = build_message(NURSE, [KEYW], "Highfell - medical", D("2025-06-05 12:11:09"), mid("roundcube", "p14i"),
                      text_entity(inner_t, charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])
t = "Hi Claire,\n\nForwarding Jo's email with the medical information for next week's group so your instructors have it. Any questions just ring.\n\nShannon"
ent = multipart("mixed", [rc_text(t), rfc822_entity(inner, "Highfell - medical.eml")], bnd("p14"))
send(14, P, "care-plans-fwd", "fwd-rfc822", "key worker forwards (as attached .eml) the nurse's medical details with NHS numbers to the outdoor centre",
     KEYW, [CENTRE], "Fwd: Highfell - medical", D("2025-06-05 14:30:51"), mid("roundcube", "p14"), ent, extra=[UA_RC])

# 015 -------------------------------------------------------------
rows = [["Mentee", "DOB", "Address", "Risk flags", "Police/agency involvement", "Key contact"]]
for k, flags, pol, kc in [("reece", "CCE; missing x2; cash/2nd phone", "Police aware, NRM referral made 02/25", "Tanya Fenwick (mum) 07700 900318"),
                          ("corey", "Young carer; substance misuse (cannabis)", "Early Help", "Gran - Maureen Ingham 07700 900871"),
                          ("leah", "Self-harm; older boyfriend (19) - CSE concern", "CAMHS referral; social care", "Karen Dunn (mum) 07700 900655"),
                          ("callum", "DV at home; YOT order", "YOT - Ryan Lowther; SW Jo Cartwright", "Lisa Ridley (mum) 07700 900402")]:
    rows.append([P_(k)["name"], pdob(k, 0), paddr(k), flags, pol, kc])
notes = "Please keep these with your mentor files. Not to be shared with the young people.\n"
z = make_zip([("Harbour mentees - risk summaries.csv", csv_text(rows).encode()), ("README.txt", notes.encode())])
t = """Hi Tariq,

As agreed at the partnership meeting, here are the risk summaries for the four Harbour young people currently matched with Waypoint mentors, so your mentors are aware before the Easter activity days.

Dean"""
ent = multipart("mixed", [rc_text(t), att_entity("Harbour mentees.zip", z, "application/x-zip-compressed")], bnd("p15"))
send(15, P, "risk-summaries-to-charity", "zip", "AP lead sends the charity a zip with mentees' DOBs, addresses and exploitation/self-harm risk flags",
     APLEAD, [WAYPOINT_REF], "Harbour mentees - risk summaries", D("2025-03-28 15:17:36"), mid("roundcube", "p15"), ent, extra=[UA_RC])

# 016 -------------------------------------------------------------
rows = [["Parent/carer", "Pupil", "Sort code", "Account number", "Amount", "Reason"]]
for par, pup, amt in [("Paula Sutcliffe", "Ruby-Mae Sutcliffe", "85.00"), ("Lisa Morrison", "Kai Morrison", "85.00"),
                      ("Sayed Noori", "Ibrahim Noori", "60.00"), ("Tanya Fenwick", "Reece Fenwick", "42.50"),
                      ("Grace Mensah", "Destiny Mensah", "85.00"), ("Sam Whitworth", "Jack Whitworth", "85.00")]:
    sc, acc = make_bank(RNG)
    rows.append([par, pup, sc, acc, amt, "Blackpool trip cancelled 14/03"])
t = """Hi Dawn,

Could you set up BACS refunds for the cancelled Blackpool trip please? Parents' bank details are in the attached - they've all confirmed by phone.

Thanks
Gill"""
ent = multipart("mixed", [text_entity(t, charset="us-ascii", cslabel="us-ascii"),
                          att_entity("Blackpool refunds.csv", csv_text(rows).encode(), "text/csv")], bnd("p16", "outlook"))
send(16, P, "parent-bank-refunds", "attach-csv", "business manager sends external accountants parents' sort codes and account numbers for trip refunds",
     BM, [addr("Dawn Hartley", "accounts@hartleybrook-accountants.example")], "Refunds - Blackpool trip", D("2025-03-20 11:04:23"),
     mid("outlook", "p16"), ent, extra=[UA_OUTLOOK])

# 017 -------------------------------------------------------------
q = """Dear Priya,

Ahead of my visit on Thursday, could you send me dates of birth, UPNs, a brief summary of current needs and any cognitive or attainment data you have for Ruby-Mae and Finley? It saves time on the day.

Best wishes
Fiona

Dr Fiona McAllister
Educational Psychologist, EP Associates"""
t = """Hi Fiona,

Here you go:

Ruby-Mae Sutcliffe - DOB %s - UPN %s
SLD with epilepsy (tonic-clonic, on Keppra). Seizures have increased since January and she has lost some skills (was signing 20+ Makaton signs, now about 8). Parents separated last summer; dad has supervised contact only following a DV incident, and mum is struggling. P-scales equivalent: pre-key stage 2.

Finley Shaw - DOB %s - UPN %s
ADHD (diagnosed 2019, on Elvanse 40mg), dyslexia. WISC-V from 2022: VCI 94, VRI 98, WMI 72, PSI 76. Reading age 9y9m. Excluded for 2 days in February for throwing a chair. Older brother is in custody and Finley is finding this hard.

See you Thursday - I've booked the small meeting room from 9.

Priya

On 2025-03-03 14:20, Fiona McAllister wrote:
""" % (pdob("ruby", 0), P_("ruby")["upn"], pdob("finley", 0), P_("finley")["upn"]) + quote(q)
send(17, P, "ep-reply", "reply-quoted", "SENCO replies to the EP with two pupils' DOBs, UPNs, diagnoses, cognitive scores and family circumstances",
     SENCO, [addr("Dr Fiona McAllister", "f.mcallister@ep-associates.example")], "Re: Visit Thursday - info", D("2025-03-04 08:17:50"),
     mid("roundcube", "p17"), rc_text(t), extra=[UA_RC], in_reply_to="<%s@ep-associates.example>" % det_hex("p17q", 24))

# 018 -------------------------------------------------------------
t = """Hi, re the referral we discussed on the phone

Kai Morrison DOB %s
NHS no %s
Autistic, very anxious with dentist, won't open mouth. Needs GA assessment. Mum Lisa 07700 900147

Thanks Jo

Sent from my iPhone""" % (pdob("kai", 5), P_("kai")["nhs"].replace(" ", ""))
send(18, P, "dental-referral", "mobile", "school nurse emails a community dental clinic a pupil's DOB, NHS number and needs from her phone",
     NURSE, [addr("Community Dental Referrals", "referrals@moorside-dental.example")], "Kai M referral", D("2025-04-23 12:44:02"),
     mid("iphone", "p18"), iphone_text(t), extra=[UA_IPHONE])

# 019 -------------------------------------------------------------
t = """Dear Occupational Health team,

Management referral - please treat as confidential.

Employee: Stephen Marsden
Date of birth: %s
NI number: %s
Job title: Class Teacher (KS4), Ashgrove Park School
Salary: \u00a341,333 (MPS6)

Mr Marsden has been absent since 6 January with anxiety and depression (GP fit notes attached separately). In a welfare meeting on 10 February he disclosed that he has been drinking heavily since his divorce and that this has affected his sleep. He moves to \u00bd pay on 1 March.

We would like advice on: fitness to return, any adjustments (phased return, reduced timetable), and whether the Equality Act is likely to apply.

Mr Marsden has consented to this referral and to the report being shared with me.

Regards
Nadia Parvez
HR Officer""" % (dob(1979, 2, 14, 0), make_nino(RNG))
send(19, P, "occupational-health", "latin1", "HR sends an occupational health provider a staff member's DOB, NI number, mental health and alcohol disclosures",
     HR, [addr("WellWork OH Referrals", "referrals@wellwork-oh.example")], "OH referral - S Marsden", D("2025-02-12 10:30:00"),
     mid("tbird", "p19"), text_entity(t, charset="iso-8859-1", cslabel="ISO-8859-1", cte="8bit"), extra=[UA_TB])

# 020 -------------------------------------------------------------
staff = [("MARSDEN", "STEPHEN", (1979, 2, 14)), ("BICKERSTAFF", "LAUREN", (1994, 4, 12)), ("THORNTON", "GILLIAN", (1971, 11, 2)),
         ("MULLIGAN", "BEVERLEY", (1968, 5, 30)), ("GRADY", "PHILIP", (1965, 8, 21)), ("KERR", "DONNA", (1983, 12, 9)),
         ("TIPPING", "MAUREEN", (1961, 3, 17)), ("BANKOLE", "OLUWASEUN", (1991, 1, 28))]
lines = ["EMPLOYER 4127  ASHGROVE PARK SCHOOL  MONTHLY RETURN MAR-2025", "",
         "%-13s %-11s %-10s %-10s %-6s %10s" % ("SURNAME", "FORENAME", "NINO", "DOB", "FTE", "PENS PAY")]
for s, f, d in staff:
    lines.append("%-13s %-11s %-10s %-10s %-6s %10s" % (s, f, make_nino(RNG), dob(*d, 0), RNG.choice(["1.00", "0.80", "0.60", "0.53"]),
                                                        "%.2f" % RNG.uniform(1100, 3600)))
att = "\n".join(lines) + "\n"
t = """Hi,

March monthly return attached. Mr Marsden is on half pay from 01/03 - please apply the assumed pensionable pay rules.

Gill Thornton
School Business Manager"""
ent = multipart("mixed", [rc_text(t), att_entity("4127_MAR25_return.txt", att.encode(), "text/plain; charset=us-ascii")], bnd("p20"))
send(20, P, "pension-return", "attach-txt", "business manager sends the pension fund a text return of staff NI numbers, DOBs and pay",
     BM, [addr("Employer Returns", "employer.returns@westmoor-pensions.example")], "Monthly return - employer 4127 - March", D("2025-04-03 09:55:17"),
     mid("roundcube", "p20"), ent, extra=[UA_RC])

# 021 -------------------------------------------------------------
t = """Hi Ryan,

Information for Callum Ridley's pre-sentence report, as requested.

Callum Ridley, DOB %s, UPN %s, 5 Tanner Row, Moorside BD7 2JG.

Callum has been at The Harbour since October 2023 on a part-time timetable (four mornings). His attendance this year is 62%%. He has an EHCP (SEMH) and a diagnosis of ADHD, but stopped taking his medication in the autumn. He had two fixed-term suspensions this year (assault on a peer, damage to property).

He works best one to one and has made real progress in the bike workshop. He tells staff he is scared of his mum's partner, Darren Pollard, and there is an open social care assessment (SW Jo Cartwright). We believe some of the offending is linked to older peers in Ferrybridge.

Happy to attend court if that would help.

Shannon Doyle
Key Worker, The Harbour""" % (pdob("callum", 4), P_("callum")["upn"])
send(21, P, "yot-info", "wrapped", "key worker sends the youth offending team a pupil's DOB, UPN, address, EHCP/ADHD and family concerns",
     KEYW, [addr("Ryan Lowther", "yot.north@northmoor-council.example")], "Callum R - info for PSR", D("2025-03-17 13:26:44"),
     mid("roundcube", "p21"), text_entity(wrap(t, 72), charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# 022 -------------------------------------------------------------
rows = [["Candidate", "DOB", "ULN", "Diagnosis / history of need", "Scores", "Arrangements requested"]]
for k, dx, sc, arr in [("precious", "MLD; slow processing", "TOWRE SS 74; DASH SS 6", "25% extra time, reader"),
                       ("corey", "SEMH; ADHD", "Symbol digit SS 78", "Rest breaks, separate room"),
                       ("leah", "Anxiety (CAMHS); self-harm", "n/a", "Separate room, prompter"),
                       ("callum", "ADHD; SEMH", "CTOPP RAN SS 79", "25% extra time, rest breaks")]:
    rows.append([P_(k)["name"], pdob(k, 0), P_(k)["uln"], dx, sc, arr])
doc = make_docx([("h", "Access arrangements \u2013 Summer 2025 candidates (Ashgrove Park / The Harbour)"), ("table", rows),
                 "Form 8 history of need completed for all four. Teacher evidence on file."], "Access arrangements", "Priya Shah")
t = """Hi Alison,

As discussed, here are the four Harbour candidates we'd like you to assess for access arrangements when you come in on the 20th. I've put ULNs in so you can fill in the Form 8s.

Thanks
Priya"""
ent = multipart("mixed", [rc_text(t), att_entity("Access arrangements candidates.docx", doc, MIME_DOCX)], bnd("p22"))
send(22, P, "access-arrangements", "attach-docx", "SENCO sends an external assessor a docx of exam candidates with DOB, ULN and diagnoses",
     SENCO, [addr("Alison Dunmore", "a.dunmore@specialist-assess.example")], "Access arrangements - candidates for 20th", D("2025-01-09 12:05:58"),
     mid("roundcube", "p22"), ent, cc=[EXAMS], extra=[UA_RC])

# 023 -------------------------------------------------------------
t = """Hello,

I would like to book a Dari interpreter (face to face, female if possible) for an Initial Child Protection Conference.

Date: Wednesday 2 April 2025, 10.00am \u2013 12.30pm
Venue: Northmoor Council, Britannia House, Room 4

Child: Ibrahim Noori, DOB %s
Parents: Mr Sayed Noori and Mrs Shabnam Noori
Home address: 14 Fernbank Road, Northmoor BD3 0RL
Mum\u2019s mobile: 07700 900590 (Mrs Noori does not read English)

Background for the interpreter: the conference follows Ibrahim telling his teacher that his father hits him with a cable when he is \u201cbad\u201d, and bruising was seen on his back. The family arrived from Afghanistan in 2022. Please can the interpreter not be from the local Afghan community association, as Mr Noori is on the committee.

Invoice to Ashgrove Park School, PO 25-0311.

Many thanks
Amira Haddad
Family Liaison Officer""" % pdob("ibrahim", 1)
send(23, P, "interpreter-booking", "alternative", "family liaison books an interpreter, sharing the child's DOB, parents, address and abuse allegation",
     FLO, [addr("LingoLink Bookings", "bookings@lingolink-interpreting.example")], "Interpreter booking \u2013 ICPC 2 April (Dari)",
     D("2025-03-24 09:48:30"), mid("roundcube", "p23"), alt(t, "p23"), extra=[UA_RC])

# 024 -------------------------------------------------------------
rws = []
for par, pdb, kid in [("Nazia Begum", (1984, 7, 2), "ayaan"), ("Agnieszka W\u00f3jcik", (1987, 10, 15), "zofia"),
                      ("Rasha Farouk", (1990, 1, 9), "amani"), ("Tanya Fenwick", (1989, 4, 27), "reece")]:
    rws.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        html_escape(par), dob(*pdb, 0), make_nino(RNG), html_escape(P_(kid)["name"]), pdob(kid, 0)))
h = """<div dir="ltr"><div>Hi FSM team,</div><div><br></div>
<div>Please could you run eligibility checks for the following families who have applied through us this week. All have signed the consent section of the form.</div><div><br></div>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr><th>Parent/carer</th><th>DOB</th><th>NI number</th><th>Child</th><th>Child DOB</th></tr>
%s
</table><div><br></div>
<div>Thanks,</div><div>Karen Pike<br>Office Manager, Ashgrove Park School</div></div>
""" % "\n".join(rws)
send(24, P, "fsm-eligibility", "html", "office sends the council's FSM team parents' DOBs and NI numbers with children's names and DOBs in an HTML table",
     KAREN, [addr("Free School Meals", "fsm@northmoor-council.example")], "FSM eligibility checks", D("2025-01-22 14:12:06"),
     mid("roundcube", "p24"), text_entity(h, subtype="html", charset="utf-8", cslabel='"UTF-8"', cte="quoted-printable"), extra=[UA_RC])

# 025 -------------------------------------------------------------
rows = [["Name", "DOB", "NHS number", "Medical", "Medication", "Allergies/diet", "Emergency contact", "Phone"]]
for k, med, meds, al, ec, ph in [("ruby", "Epilepsy", "Keppra 250mg bd; buccal midazolam PRN", "None", "Paula Sutcliffe (mum)", "07700 900522"),
                                 ("destiny", "Sickle cell", "Penicillin V 250mg bd", "None", "Grace Mensah (mum)", "07700 900633"),
                                 ("hamza", "Type 1 diabetes", "Insulin pump", "Halal", "Tariq Iqbal (dad)", "07700 900214"),
                                 ("ibrahim", "None", "None", "Halal", "Shabnam Noori (mum) - Dari", "07700 900590"),
                                 ("jack", "Anxiety", "Sertraline 50mg am", "Coeliac - gluten free", "Sam Whitworth (dad)", "07700 900348"),
                                 ("precious", "Asthma", "Salbutamol inhaler", "Peanuts - EpiPen x2", "Bisi Adeyemi (mum)", "07700 900451")]:
    rows.append([P_(k)["name"], pdob(k, 0), P_(k)["nhs"], med, meds, al, ec, ph])
t = """Hi Claire,

Final group list for 9-11 June attached with medical and dietary info and emergency contacts.

Shannon"""
ent = multipart("mixed", [rc_text(t), att_entity("Highfell June - group info.xlsx", make_xlsx(rows, "Group", "Highfell June", "Shannon Doyle"), MIME_XLSX)], bnd("p25"))
send(25, P, "trip-medical-sheet", "attach-xlsx", "key worker sends the residential centre a spreadsheet with pupils' DOBs, NHS numbers, medication and emergency contacts",
     KEYW, [CENTRE], "Highfell June group - final list", D("2025-05-30 15:40:12"), mid("roundcube", "p25"), ent, extra=[UA_RC])

# 026 -------------------------------------------------------------
inner = """Shannon,

Background on Reece for the mentor, as requested. Please use your judgement on what to pass on.

Reece Fenwick, DOB %s, UPN %s. EHCP (SEMH) since 2021. ADHD - Concerta XL 36mg.
Child Protection Plan (neglect) since September 2024. Mum Tanya has longstanding alcohol misuse and has been in and out of rehab; the younger two have a different father who has no contact. Reece often cares for his siblings in the evenings.
Police intelligence suggests he is being used to carry drugs between Moorside and Ferrybridge. NRM referral submitted in February.
Triggers: being touched on the shoulder, raised voices, being asked about his dad (in prison).

Priya""" % (pdob("reece", 0), P_("reece")["upn"])
t = "Hi Bernie,\n\nHere's the background I mentioned so you're up to speed before Thursday. Obviously keep it to yourself!\n\nShannon\n\n" + \
    rc_fwd_header("Reece - background for mentor", "2025-03-04 11:31", "Priya Shah <p.shah@school.example>", "Shannon Doyle <s.doyle@school.example>") + "\n" + inner
send(26, P, "ehcp-summary-to-volunteer", "fwd-inline", "key worker forwards a pupil's EHCP/CP background to a volunteer mentor's personal webmail address",
     KEYW, [addr("Bernie Walsh", "bernie.walsh67@example.com")], "Fwd: Reece - background for mentor", D("2025-03-04 18:02:45"),
     mid("roundcube", "p26"), rc_text(t), extra=[UA_RC])

# 027 -------------------------------------------------------------
a = P_("amani")
form = """NORTHMOOR MULTI-AGENCY SAFEGUARDING HUB - REQUEST FOR SUPPORT

Referrer: Marcus Reid, DSL, Ashgrove Park School, 0113 496 0712
Date: 05/06/2025

CHILD
Name:        Amani Farouk
DOB:         %s
NHS number:  %s
UPN:         %s
Address:     %s
Language:    Arabic (mum); Amani is autistic and minimally verbal

HOUSEHOLD
Mother:      Rasha Farouk, DOB 09/01/1990
Father:      Khalid Farouk, DOB 22/07/1984
Siblings:    Yusuf Farouk (DOB 03/03/2017)

CONCERN
On 04/06/2025 Amani arrived with a burn (approx 3cm) on the back of her right hand. Using her communication board she indicated "Dad" and "hot". Mum said Amani touched the iron. This is the second unexplained injury this term (bruised upper arm 12/03/2025, recorded on CPOMS).

Parents aware of referral: No - we are concerned informing them may place Amani at risk.
""" % (pdob("amani", 0), a["nhs"], a["upn"], paddr("amani"))
t = "Please find attached a request for support. I have also phoned the duty line (spoke to Alex).\n\nMarcus Reid\nDSL"
ent = multipart("mixed", [rc_text(t), att_entity("MASH referral - A Farouk.txt", form.encode(), "text/plain; charset=us-ascii")], bnd("p27"))
send(27, P, "mash-referral", "attach-txt", "DSL emails the MASH a plain-text referral with the child's DOB, NHS number, UPN, address and injury details",
     DSL, [addr("MASH", "mash@northmoor-council.example")], "MASH referral", D("2025-06-05 09:21:33"), mid("roundcube", "p27"), ent, extra=[UA_RC])

# 028 -------------------------------------------------------------
mc = make_card(RNG, "53")
t = """Hi both,

Mr Whitworth rang this morning to top up Jack's dinner account as ParentPay keeps rejecting his card. He's asked if you can take the payment manually. Details below:

Amount: 45.00
Pupil: Jack Whitworth (Year 10, Harbour)
Cardholder: Mr Samuel Whitworth
Card number: %s
Expiry: 11/26   CVC: 702
Billing address: 64 Tyersal Lane, Northmoor BD4 8EU

Could you confirm once it's gone through so I can let him know.

Thanks
Karen Pike
Office Manager""" % mc
send(28, P, "dinner-money-card", "wrapped", "office manager emails the catering contractor a parent's full card number, expiry and CVC for a dinner-money top-up",
     KAREN, [addr("Fresh Start Accounts", "accounts@fresh-start-catering.example")], "Dinner money top up - J Whitworth",
     D("2025-01-29 10:44:07"), mid("roundcube", "p28"), text_entity(wrap(t, 72), charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# 029 -------------------------------------------------------------
t = """Hi Debbie,

Here are the details for our two Level 3 Teaching Assistant apprentices starting with you in May.

1) Lauren Bickerstaff
DOB: %s
NI number: %s
ULN: %s
Address: 17 Westfield Terrace, Northmoor BD6 2HS
Highest qualification: Level 2 Children's Care (2013)

2) Marek Zieli\u0144ski
DOB: %s
NI number: %s
ULN: %s
Address: Flat 12, Carlton House, Moorside BD7 1AZ
Highest qualification: degree (Poland) - needs NARIC statement
Marek has dyslexia and has asked for extra time in functional skills tests.

Line manager for both will be Priya Shah (SENCO).

Thanks
Nadia""" % (dob(1994, 4, 12, 0), make_nino(RNG), make_uln(RNG), dob(1988, 9, 3, 0), make_nino(RNG), make_uln(RNG))
send(29, P, "apprentice-enrolment", "flowed", "HR sends a training provider two staff apprentices' DOBs, NI numbers, ULNs, addresses and a disability",
     HR, [addr("Debbie Crossley", "enrolments@skillsbridge-training.example")], "TA apprentices - enrolment details", D("2025-04-14 11:58:31"),
     mid("roundcube", "p29"), rc_text(t), extra=[UA_RC])

# 030 -------------------------------------------------------------
lines = []
for k in ["ethan", "amani", "ayaan", "oliwer", "sienna", "kai", "ruby"]:
    lines.append("%-18s %-10s %-4s %s" % (P_(k)["name"], pdob(k, 0), P_(k)["year"], paddr(k)))
t = """Hi Paul,

Here's the list for the lower school for Tuesday's sibling and individual photos, with home addresses for the parents who've ordered home delivery.

""" + "\n".join(lines) + """

Please DO NOT photograph Maddison Grice (Year 9) - she is looked after and there is a court order. Sienna has no parental consent for the group photo either. Kai may need to be photographed in the quiet room.

Karen"""
send(30, P, "photographer-list", "plain", "office sends the school photographer pupils' names, DOBs and home addresses plus a looked-after child's status",
     KAREN, [addr("Paul Brightwell", "orders@brightsmile-photography.example")], "Photo day Tuesday - lower school list",
     D("2024-10-04 15:22:10"), mid("roundcube", "p30"), text_entity(t, charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# ================================================================ personal-data: NEGATIVES
N = "negative"
NRNG = random.Random(4040)
PARENTS = ["nazia.begum84@example.net", "aga.wojcik@example.com", "mrs.osei@example.net", "paulandjo.kerr@example.com",
           "t.mensah@example.org", "sam.whitworth@example.net", "rfarouk@example.org", "paula.sutcliffe@example.com"]

# --- internal only -------------------------------------------------
# 031
rows = [["Name", "DOB", "UPN", "Year", "Need", "Key strategies"]]
for k, s in [("kai", "Visual timetable; 10s processing time; ear defenders in hall"), ("ruby", "Seizure care plan in class; Makaton"),
             ("ayaan", "Pre-teach vocabulary; word mats"), ("oliwer", "Social stories before changes; quiet start"),
             ("sienna", "PECS; intensive interaction"), ("ethan", "Movement breaks every 20 mins"), ("amani", "Communication board; female staff for personal care")]:
    rows.append([P_(k)["name"], pdob(k, 0), P_(k)["upn"], P_(k)["year"], P_(k)["need"], s])
t = """Hi all,

Updated SEN register for the lower school attached, ready for the supply staff briefing on Monday. Please don't print it - keep it on the shared drive or in your school email only.

Priya"""
ent = multipart("mixed", [rc_text(t), att_entity("Lower school SEN register Spring 2.csv", csv_text(rows).encode(), "text/csv")], bnd("q31"))
send(31, N, "internal-sen-register", "attach-csv", "SENCO shares the SEN register (DOB, UPN, needs) with internal staff only",
     SENCO, [addr("Lower School Team", "lowerschool@school.example"), HEAD], "SEN register - lower school (Spring 2)",
     D("2025-02-21 16:10:45"), mid("roundcube", "q31"), ent, extra=[UA_RC])

# 032
l = P_("leah")
t = """Dean, Helen,

For your information \u2013 CAMHS referral made today for Leah-Marie Dunn (Y11, DOB %s, NHS %s). She disclosed self-harm (cutting thighs) to Shannon on Tuesday; wounds seen and cleaned. Mum informed and consented. Also concerns re 19-year-old boyfriend \u2013 shared with social care, awaiting a call back.

Please can Harbour staff keep a close eye, and make sure she isn\u2019t left alone in the toilets for long periods. Logged on CPOMS.

Marcus""" % (pdob("leah", 0), l["nhs"])
send(32, N, "internal-dsl-update", "qp", "DSL updates the head and AP lead internally about a self-harm disclosure with the pupil's NHS number",
     DSL, [APLEAD, HEAD], "Leah-Marie D \u2013 CAMHS referral (confidential)", D("2025-01-16 16:20:19"), mid("roundcube", "q32"),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="quoted-printable"), extra=[UA_RC])

# 033
rows = [["Name", "DOB", "NI number", "Sort code", "Account", "Start"]]
for nm, d in [("Lauren Bickerstaff", (1994, 4, 12)), ("Marek Zieli\u0144ski", (1988, 9, 3)), ("Olu Bankole", (1991, 1, 28))]:
    sc, acc = make_bank(NRNG)
    rows.append([nm, dob(*d, 0), make_nino(NRNG), sc, acc, "01/04/2025"])
t = """Nadia,

Starters for April attached so you can set up the personnel files in SIMS. I'll send the payroll bureau version through their secure portal.

Gill"""
ent = multipart("mixed", [alt(t, "q33a", "outlook"), att_entity("starters April - HR copy.xlsx", make_xlsx(rows, "Starters", "Starters", "Gill Thornton"), MIME_XLSX)],
                bnd("q33", "outlook"))
send(33, N, "internal-hr-starters", "attach-xlsx", "business manager sends HR (internal) new starters' NI numbers and bank details",
     BM, [HR], "Starters April - HR copy", D("2025-03-18 14:02:11"), mid("outlook", "q33"), ent, extra=[UA_OUTLOOK])

# 034
lines = ["%-20s %-11s %s" % (P_(k)["name"], pdob(k, 0), P_(k)["uln"]) for k in ["harley", "lewis", "hamza", "precious", "corey", "leah", "callum"]]
t = """Priya,

ULNs for the Year 11/12 entries, so you can check them against the access arrangements list before I submit. Callum's ULN only came through from the LRS yesterday.

""" + "\n".join(lines) + """

Ian"""
send(34, N, "internal-exam-ulns", "plain", "exams officer sends the SENCO (internal) a list of candidates with DOB and ULN",
     EXAMS, [SENCO], "ULNs for entries", D("2025-02-03 08:55:40"), mid("roundcube", "q34"),
     text_entity(t, charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# 035
inner = """Medical info for the Highfell group:

Ruby-Mae Sutcliffe (DOB %s) NHS %s - epilepsy, buccal midazolam 10mg if seizure > 5 mins.
Destiny Mensah (DOB %s) NHS %s - sickle cell, keep warm and hydrated.
Hamza Iqbal (DOB %s) NHS %s - Type 1 diabetes, insulin pump.

Jo""" % (pdob("ruby", 0), P_("ruby")["nhs"], pdob("destiny", 0), P_("destiny")["nhs"], pdob("hamza", 0), P_("hamza")["nhs"])
t = "Dean - forwarding so you've got it too as trip leader. Don't send it on to Highfell please, I'll give Claire the care plans on the day.\n\nShannon\n\n" + \
    outlook_fwd_header("Joanne Lee <j.lee@school.example>", "05 June 2025 12:11", "Shannon Doyle <s.doyle@school.example>", "Highfell - medical") + "\n" + inner
send(35, N, "internal-medical-fwd", "fwd-inline", "key worker forwards the nurse's medical note with NHS numbers to the internal trip leader",
     KEYW, [APLEAD], "FW: Highfell - medical", D("2025-06-05 13:02:33"), mid("roundcube", "q35"),
     text_entity(t, charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# --- inbound ------------------------------------------------------
# 036
k = P_("kai")
doc = make_docx([("h", "DRAFT Education, Health and Care Plan"),
                 ("table", [["Child", "Kai Morrison"], ["Date of birth", pdob("kai", 1)], ["UPN", k["upn"]], ["NHS number", k["nhs"]],
                            ["Home address", paddr("kai")], ["Parent", "Lisa Morrison"]]),
                 "Section B \u2013 Special educational needs: Kai has a diagnosis of autism and developmental language disorder...",
                 "Section I \u2013 Placement: Ashgrove Park School (special, 4\u201319)."], "Draft EHCP", "Northmoor SEN Team")
t = """Dear Priya,

Please find attached the draft amended EHCP for Kai Morrison following his annual review. Parents have 15 days to comment. Could you check sections F and I and let me know of any factual errors by 28 February.

Kind regards

Joanne Whitaker
SEN Caseworker, Northmoor Council"""
ent = multipart("mixed", [text_entity(t, charset="us-ascii", cslabel='"us-ascii"'),
                          att_entity("DRAFT EHCP Kai Morrison.docx", doc, MIME_DOCX)], bnd("q36", "outlook"))
send(36, N, "inbound-ehcp-draft", "attach-docx", "LA caseworker sends the SENCO a draft EHCP with DOB, UPN and NHS number (inbound)",
     LA_SEN, [SENCO], "Draft amended EHCP - Kai Morrison", D("2025-02-13 11:39:54"), mid("outlook", "q36"), ent, auth=False)

# 037
c = P_("callum")
t = """Dear Marcus,

Notes of the strategy discussion held 13/03/2025 (Callum Ridley, DOB %s, and Kayla Ridley, DOB 14/08/2013, of 5 Tanner Row, Moorside).

Present: Jo Cartwright (SW), DS Helen Firth (Northmoor Police), Marcus Reid (school DSL), Dr S. Banerjee (Moorside Primary nurse).

Outcome: threshold for s.47 enquiries met. Joint visit to take place 14/03. Darren Pollard not to have unsupervised contact with either child pending the outcome. School to report any further injuries immediately.

Regards
Jo Cartwright
Social Worker, Children's Services""" % pdob("callum", 0)
send(37, N, "inbound-strategy-notes", "base64", "social worker sends the DSL strategy meeting notes naming children with DOBs (inbound)",
     addr("Jo Cartwright", "j.cartwright@northmoor-council.example"), [DSL], "Strategy discussion notes - Ridley",
     D("2025-03-13 17:05:30"), mid("outlook", "q37"), text_entity(t, charset="utf-8", cslabel='"utf-8"', cte="base64"), auth=False)

# 038
t = """Hi Jo its Paula, Ruby-Mae's mum. Her NHS number is %s if you need it for the form. Neurologist has put her Keppra up to 250mg twice a day from today.

Thanks x""" % P_("ruby")["nhs"]
send(38, N, "inbound-parent-medical", "mobile", "parent sends the school nurse her child's NHS number and medication change from her phone (inbound)",
     addr("Paula Sutcliffe", "paula.sutcliffe@example.com"), [NURSE], "Ruby-Mae", D("2025-01-31 19:22:08"), mid("android", "q38"),
     text_entity(t, charset="us-ascii", cslabel="us-ascii"), auth=False, extra=[UA_SAMSUNG])

# 039
t = """Hi Dean,

Quick update on Reece Fenwick (DOB %s) after his first three sessions with Bernie.

He's engaging well - they've been to the motorbike museum and spent a session fixing a bike at the Pedal Project. Reece mentioned he has been staying at his nan's (22 Parkside, Ferrybridge) more often, which Bernie has logged. He also said an older lad had "asked him to do a favour" - Bernie followed our procedure and I have already passed this to Jo Cartwright.

Next review with you on the 24th.

Tariq Mahmood
Referrals & Partnerships, Waypoint Youth Mentoring""" % pdob("reece", 0)
send(39, N, "inbound-mentor-update", "alternative", "mentoring charity sends the AP lead an update about a named mentee with DOB and an address (inbound)",
     WAYPOINT_REF, [APLEAD], "Reece F - mentoring update", D("2025-03-14 12:30:02"), mid("gmail", "q39"), alt(t, "q39", "gmail"), auth=False)

# 040
sc, acc = make_bank(NRNG)
nino = make_nino(NRNG)
h = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Olu,</p>
<p>Thank you for completing your new starter form. Please check the details we hold for you:</p>
<table border="0" cellpadding="3">
<tr><td>Employee number</td><td>APS-00871</td></tr>
<tr><td>National Insurance number</td><td>%s</td></tr>
<tr><td>Date of birth</td><td>28/01/1991</td></tr>
<tr><td>Bank sort code</td><td>%s</td></tr>
<tr><td>Account number</td><td>%s</td></tr>
<tr><td>Tax code</td><td>1257L</td></tr>
</table>
<p>If anything is wrong, please reply before 15 April so your first pay on 25 April is correct.</p>
<p>EduPay Payroll Services</p>
</body></html>
""" % (nino, sc, acc)
send(40, N, "inbound-payroll-confirmation", "html", "payroll bureau sends a new staff member a confirmation of their NI number and bank details (inbound)",
     addr("EduPay Payroll", "noreply@edupay-services.example"), [addr("Olu Bankole", "o.bankole@school.example")], "Your new starter details - please check",
     D("2025-04-04 08:00:12"), mid("other", "q40", "edupay-services.example"),
     text_entity(h, subtype="html", charset="utf-8", cslabel="UTF-8", cte="quoted-printable"), auth=False)

# --- outbound but encrypted --------------------------------------
# 041
send(41, N, "smime-to-la", "smime", "SENCO sends the LA SEN team annual review paperwork as an S/MIME encrypted message",
     SENCO, [LA_SEN], "Annual review paperwork - K.M.", D("2025-02-24 10:14:40"), mid("tbird", "q41"), smime_entity("q41", 3100),
     extra=[UA_TB])

# 042
send(42, N, "pgp-to-charity", "pgp", "AP lead sends the mentoring charity a referral as a PGP/MIME encrypted message",
     APLEAD, [WAYPOINT_REF], "Referral (encrypted)", D("2025-01-27 16:30:05"), mid("roundcube", "q42"), pgp_entity("q42", 2200),
     extra=[UA_RC])

# 043
chron = ("Chronology - Maddison Grice, DOB %s, UPN %s\n12/09/24 birth mother at gate...\n03/10/24 disclosure re Snapchat messages...\n"
         % (pdob("maddison", 0), P_("maddison")["upn"])).encode()
doc = make_docx([("h", "Safeguarding chronology"), chron.decode()], "Chronology", "Marcus Reid")
z = make_encrypted_zip([("Chronology MG Feb 2025.docx", doc)], "Kestrel-4471-Moor", "q43")
t = """Hi Rukhsana,

Chronology attached as a password-protected zip, as agreed. I'll text you the password on the number you gave me this morning - it won't be sent by email.

Marcus Reid
DSL"""
ent = multipart("mixed", [rc_text(t), att_entity("Chronology_MG.zip", z, "application/zip")], bnd("q43"))
send(43, N, "password-zip-to-legal", "zip-encrypted", "DSL sends the council's legal team a chronology inside a password-protected zip, password by text",
     DSL, [addr("Rukhsana Bhatti", "r.bhatti@northmoor-council.example")], "Chronology (password protected)", D("2025-02-17 10:40:21"),
     mid("roundcube", "q43"), ent, extra=[UA_RC])

# 044
send(44, N, "smime-to-camhs", "smime", "school nurse sends CAMHS an S/MIME encrypted update",
     NURSE, [addr("CAMHS Single Point of Access", "camhs.spa@moorside-nhs.example")], "Update re referral 16/01", D("2025-02-04 13:50:33"),
     mid("outlook", "q44"), smime_entity("q44", 2600), extra=[UA_OUTLOOK])

# 045
rows = [["Name", "NI number", "Sort code", "Account"]]
for nm in ["Lauren Bickerstaff", "Marek Zielinski", "Olu Bankole"]:
    sc, acc = make_bank(NRNG)
    rows.append([nm, make_nino(NRNG), sc, acc])
z = make_encrypted_zip([("starters_apr25.xlsx", make_xlsx(rows, "Starters", "Starters", "Gill Thornton"))], "Thornton!Apr25#", "q45")
t = """Hi,

Starter details for April attached in an encrypted zip. I'll phone your office with the password this afternoon.

Regards
Gill Thornton
School Business Manager"""
ent = multipart("mixed", [text_entity(t, charset="us-ascii", cslabel="us-ascii"),
                          att_entity("starters_apr25.zip", z, "application/x-zip-compressed")], bnd("q45", "outlook"))
send(45, N, "password-zip-to-payroll", "zip-encrypted", "business manager sends payroll a password-protected zip of starter bank details, password by phone",
     BM, [addr("EduPay Starters", "starters@edupay-services.example")], "April starters - encrypted", D("2025-03-18 14:45:10"),
     mid("outlook", "q45"), ent, extra=[UA_OUTLOOK])

# --- outbound look-alikes (no personal data) ----------------------
# 046
sc_school, acc_school = make_bank(NRNG)
t = """Dear Parent/Carer,

HIGHFELL RESIDENTIAL, 9-11 JUNE 2025 - BALANCE DUE

Thank you for paying the deposit. The balance of 120.00 is due by Friday 16 May. You can pay through ParentPay, or by bank transfer to the school fund:

Account name: Ashgrove Park School Fund
Sort code: %s
Account number: %s
Reference: HIGHFELL + your child's initials (e.g. HIGHFELL AB)

Invoice number: INV-2025-0412
Kit list and timings will follow in May. If cost is a barrier, please speak to Amira Haddad in confidence - nobody will miss out.

Kind regards
Karen Pike
Office Manager
Ashgrove Park School, Moor Lane, Northmoor BD7 4AP
0113 496 0712""" % (sc_school, acc_school)
send(46, N, "school-bank-details", "alternative", "office writes to parents with the school fund's own sort code and account for a trip balance",
     KAREN, [KAREN], "Highfell residential - balance due", D("2025-04-28 12:00:41"), mid("roundcube", "q46"), alt(t, "q46"),
     bcc=PARENTS[:5], extra=[UA_RC])

# 047
cust = make_bad10(NRNG, "4")
rows = [["PO number", "Supplier code", "Description", "Qty", "Unit price", "Line total"]]
items = [("SEN-20431", "Ear defenders, child, navy", 12, 8.95), ("SEN-11872", "Weighted lap pad 1.5kg", 4, 34.50),
         ("ART-40021", "Poster paint 600ml assorted (12)", 3, 21.99), ("GEN-00917", "Laminating pouches A4 (100)", 10, 6.49),
         ("SEN-77310", "Visual timetable kit", 2, 48.00)]
for code, desc, q, p in items:
    rows.append(["PO-25-0418", code, desc, q, "%.2f" % p, "%.2f" % (q * p)])
rows.append(["", "", "", "", "Net", "%.2f" % sum(q * p for _, _, q, p in items)])
t = """Hi,

Please find attached purchase order PO-25-0418. Our customer account number is %s. Please deliver to the Harbour site (Mill Street), not main reception.

Invoice to accounts@school.example quoting the PO number.

Thanks
Gill Thornton
School Business Manager
0113 496 0715""" % cust
ent = multipart("mixed", [text_entity(t, charset="us-ascii", cslabel="us-ascii"),
                          att_entity("PO-25-0418.csv", csv_text(rows).encode(), "text/csv")], bnd("q47", "outlook"))
send(47, N, "purchase-order", "attach-csv", "business manager sends a supplier a purchase order with product codes and a 10-digit account number",
     BM, [addr("Sales Orders", "orders@sensoryworld-supplies.example")], "Purchase order PO-25-0418", D("2025-04-22 09:31:14"),
     mid("outlook", "q47"), ent, extra=[UA_OUTLOOK])

# 048
t = """Dear Parents and Carers,

Term dates for 2025-26 have now been confirmed by governors:

Autumn term: Wednesday 3 September 2025 - Friday 19 December 2025
  (half term: Monday 27 October - Friday 31 October)
Spring term: Monday 5 January 2026 - Friday 27 March 2026
  (half term: Monday 16 February - Friday 20 February)
Summer term: Monday 13 April 2026 - Tuesday 21 July 2026
  (half term: Monday 25 May - Friday 29 May)

INSET days (school closed to pupils): 1 and 2 September 2025, 6 January 2026, 22 May 2026, 20 July 2026.

Main office: 0113 496 0712
Harbour office: 0113 496 0719
Absence line (24 hours): 0113 496 0799
Transport queries: Northmoor Council 0113 496 0200

Kind regards
Karen Pike"""
send(48, N, "term-dates", "plain", "office sends parents next year's term dates and phone numbers",
     KAREN, [KAREN], "Term dates 2025-26", D("2025-05-09 14:14:14"), mid("roundcube", "q48"),
     text_entity(t, charset="us-ascii", cslabel="US-ASCII"), bcc=PARENTS, extra=[UA_RC])

# 049
rows = [["Ashgrove Park School - summary data, Spring 2025 (no pupil-level data)"], [],
        ["Year group", "Pupils on roll", "Attendance %", "Persistent absence %", "Suspensions (days)"],
        ["KS2 (Y3-6)", 38, 93.1, 10.5, 0], ["KS3 (Y7-9)", 52, 89.4, 21.2, 6], ["KS4 (Y10-11)", 47, 84.7, 31.9, 14],
        ["Post-16 (Y12-14)", 29, 90.2, 17.2, 0], ["The Harbour (AP)", 24, 71.8, 58.3, 11], [],
        ["Primary need (EHCP)", "Count"], ["ASD", 61], ["SLD", 22], ["MLD", 31], ["SEMH", 48], ["SLCN", 12], ["PMLD", 6], ["PD", 4], ["HI/VI", 6],
        [], ["FSM eligible %", 47.6], ["EAL %", 18.1], ["Looked after", "fewer than 5 (suppressed)"]]
t = """Dear Ravi,

As requested for the school improvement visit, here's our summary data for the spring term. Figures are aggregated by key stage and small numbers are suppressed.

Best wishes
Helen"""
ent = multipart("mixed", [rc_text(t), att_entity("APS summary data Spring 2025.xlsx", make_xlsx(rows, "Summary", "Summary data", "Helen Okafor"), MIME_XLSX)], bnd("q49"))
send(49, N, "aggregate-statistics", "attach-xlsx", "head sends the LA school improvement adviser aggregate attendance and SEN statistics with no pupil data",
     HEAD, [addr("Ravi Chandra", "r.chandra@northmoor-council.example")], "Summary data for visit", D("2025-04-01 17:02:36"),
     mid("roundcube", "q49"), ent, extra=[UA_RC])

# 050
doc = make_docx([("h", "Residential visit \u2013 medical and consent form (BLANK TEMPLATE)"),
                 ("table", [["Pupil name", "________________________"], ["Date of birth", "__ / __ / ____"], ["NHS number", "___ ___ ____"],
                            ["GP name and surgery", "________________________"], ["Medical conditions", ""], ["Medication (name, dose, times)", ""],
                            ["Allergies / dietary needs", ""], ["Emergency contact 1 (name, relationship, phone)", ""],
                            ["Emergency contact 2", ""]]),
                 "I consent to my child taking part in the activities listed and to staff seeking emergency medical treatment if I cannot be contacted.",
                 "Signed: ______________________   Date: ____________"], "Consent form template", "Shannon Doyle")
t = """Hi Claire,

Here's the blank version of our medical and consent form as you asked, so you can check it covers everything your instructors need. We'll bring the completed ones with us on the day rather than emailing them.

Shannon"""
ent = multipart("mixed", [rc_text(t), att_entity("Residential consent form TEMPLATE.docx", doc, MIME_DOCX)], bnd("q50"))
send(50, N, "blank-consent-form", "attach-docx", "key worker sends the outdoor centre a blank medical consent form template",
     KEYW, [CENTRE], "Blank consent form", D("2025-05-06 10:26:07"), mid("roundcube", "q50"), ent, extra=[UA_RC])

# 051
t = """Hi Tariq,

Thanks for sending over your draft data sharing agreement. I've been through it with our DPO hat on and have a few comments before it goes to our governors.

1. Categories of data (section 3): we'd share name, date of birth, home address, parent/carer contact details, and where relevant SEN status and safeguarding concerns. We would NOT share UPNs, NHS numbers or full EHCPs - you don't need them for mentoring and it reduces the risk if anything goes wrong.

2. Method (section 5): referrals must come through your secure partner portal or by encrypted email (we can do S/MIME). Please add a line saying plain email attachments are not acceptable for referral forms.

3. Retention (section 7): we suggest 12 months after the mentoring ends, then secure deletion, unless there is an open safeguarding concern.

4. Breach reporting (section 9): within 24 hours to each other, so either of us can meet the 72-hour ICO deadline.

Happy to meet to go through it. Our data protection policy and privacy notice for pupils are on the school website if your trustees want to compare.

Gill Thornton
School Business Manager & Data Protection Lead"""
send(51, N, "data-sharing-agreement", "flowed", "business manager comments on the charity's data sharing agreement, naming data categories but no actual data",
     BM, [WAYPOINT_REF], "Re: Draft data sharing agreement", D("2025-01-15 15:33:48"), mid("roundcube", "q51"), rc_text(t), cc=[HEAD], extra=[UA_RC])

# 052
tk, sn1, sn2 = make_bad10(NRNG, "5"), make_bad10(NRNG, "7"), make_bad10(NRNG, "6")
t = """Hello,

Following up our ticket %s (logged 14/03). Two of the classroom touchscreens at our Harbour site are still failing to register after the firmware update.

Panel 1 serial: %s, asset tag APS-IT-0231, room H2
Panel 2 serial: %s, asset tag APS-IT-0237, room H4
Firmware: 3.14.2091 (both)
Licence key for the management console: 7KQ4-M2XP-99RD-B3TT

We have tried a factory reset and re-enrolment as per your knowledge base article KB-000412. The panels show error code 0x80070643 at the final step.

Could an engineer attend? The site is open 8am-4pm, call me on 0113 496 0714 beforehand.

Thanks
Tom Ellery
IT Support, Ashgrove Park School""" % (tk, sn1, sn2)
send(52, N, "helpdesk-ticket", "wrapped", "IT technician chases a vendor about a ticket, quoting 10-digit ticket and serial numbers that are not personal data",
     TOM, [addr("Support", "support@clearview-displays.example")], "Ticket %s - panels not enrolling" % tk, D("2025-03-21 11:07:55"),
     mid("roundcube", "q52"), text_entity(wrap(t, 74), charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# 053
def bad_upn(rng):
    while True:
        body = "384" + "9999" + "%02d" % rng.randint(10, 24) + "%03d" % rng.randint(1, 999)
        for L in UPN_ALPHA:
            if L != upn_check(body):
                return L + body
b1, b2, b3 = bad_upn(NRNG), bad_upn(NRNG), bad_upn(NRNG)
u1, u2 = make_bad10(NRNG, "9"), make_bad10(NRNG, "8")
n1 = make_bad10(NRNG, "4")
t = """Hi Rob,

Re case 00481923 \u2013 the census import is rejecting records that it shouldn\u2019t. To reproduce it without sending you any real pupil data, I\u2019ve created three dummy records on our test database (names TESTPUPIL ONE/TWO/THREE). The identifiers were made up and deliberately have the wrong check characters, so the validator ought to reject all three \u2013 instead it accepts the first and crashes on the other two:

TESTPUPIL ONE     UPN %s   ULN %s
TESTPUPIL TWO     UPN %s   ULN %s
TESTPUPIL THREE   UPN %s   NHS %s %s %s

Error log extract: \u201cValidationException at row 2: object reference not set\u201d.

We\u2019re on version 25.1.3. Can you pass this to the development team?

Cheers
Tom""" % (b1, u1, b2, u2, b3, n1[:3], n1[3:6], n1[6:])
send(53, N, "dummy-invalid-identifiers", "cp1252", "IT sends the MIS vendor dummy test records whose UPN/ULN/NHS numbers deliberately fail their check digits",
     TOM, [addr("Rob Meakin", "rob.meakin@schoolmis-support.example")], "Case 00481923 \u2013 import validation", D("2025-01-07 14:48:31"),
     mid("outlook", "q53"), text_entity(t, charset="windows-1252", cslabel='"windows-1252"', cte="8bit"), extra=[UA_OUTLOOK])

# 054
t = """Hi Steve, just confirming the 17 seater for Fri 6th June, pick up 8.45 from Mill St, back by 3. Booking ref MB-55210. Driver can ring me on 07700 900812 if he can't find us. Cheers Dean

Sent from my iPhone"""
send(54, N, "minibus-booking", "mobile", "AP lead confirms a minibus booking reference, times and his phone number",
     APLEAD, [addr("Steve Rigg", "hire@moorsidecoaches.example")], "Minibus Fri 6th", D("2025-05-29 07:41:28"), mid("iphone", "q54"),
     iphone_text(t), extra=[UA_IPHONE])

# 055
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">
<p>Hi Nia,</p>
<p>Here's the short case study for the annual report. It's been anonymised &#8211; no names, and we've changed a couple of details so the young person can't be identified. Mum and the young person have both read it and are happy.</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">
<p><i>&#8220;Pupil A&#8221;, aged 14, joined The Harbour after a long period out of school. At first A would only attend for an hour a day. A was matched with a Waypoint mentor who shared an interest in fixing bikes. Over two terms A&#8217;s attendance rose from 30% to 86%, A completed a Level 1 bike maintenance award, and now helps younger pupils in the workshop. A says: &#8220;My mentor didn&#8217;t give up on me.&#8221;</i></p>
</blockquote>
<p>Let me know if you need a photo &#8211; we can do one of the workshop without any faces.</p>
<p>Dean</p>
</body></html>
"""
send(55, N, "anonymised-case-study", "html", "AP lead sends the charity an anonymised case study ('Pupil A, aged 14') for its annual report",
     APLEAD, [addr("Nia Rowlands", "events@waypoint-mentoring.example")], "Case study for annual report", D("2025-07-02 16:12:44"),
     mid("roundcube", "q55"), text_entity(h, subtype="html", charset="utf-8", cslabel="UTF-8", cte="7bit"), extra=[UA_RC])

# 056
t = """Dear Entries Team,

Centre number 38417 \u2013 Summer 2025 entries amendment.

Please amend our order as follows (order reference ORD-2025-118842):

  Entry Level Certificate Maths (component 1):  entries 14 -> 16
  Entry Level Certificate English:              entries 12 -> 12 (no change)
  Functional Skills Maths Level 1:              entries 9 -> 7
  Functional Skills English Level 1:            entries 9 -> 8

Late entry fees of \u00a318.50 per candidate can be invoiced to the centre in the usual way. Candidate details will be submitted through the secure extranet, not by email.

Regards
Ian Fairweather
Exams Officer, Ashgrove Park School"""
send(56, N, "exam-entry-amendment", "latin1", "exams officer amends entry counts with the board using centre and order numbers only",
     EXAMS, [addr("Entries Team", "entries@awarding-body.example")], "Centre 38417 - entries amendment", D("2025-02-20 10:10:25"),
     mid("tbird", "q56"), text_entity(t.replace("\u2013", "-"), charset="iso-8859-1", cslabel="ISO-8859-1", cte="8bit"), extra=[UA_TB])

# 057
t = """Dear friends of Ashgrove Park and The Harbour,

Thank you! The Harbour Hike on 9 May raised \u00a33,412.60 for Waypoint Youth Mentoring (registered charity no. 1123456), and Whitlow Motors' fun run sponsorship added another \u00a3500.

That is enough to train 17 new volunteer mentors this autumn. 42 pupils and 19 staff walked the full 10 miles; the youngest walker was 8.

Dates for next year: Harbour Hike, Friday 8 May 2026; Fun Run, Friday 26 June 2026.

With thanks
Dr Helen Okafor
Headteacher"""
send(57, N, "fundraising-thanks", "base64", "head thanks supporters with fundraising totals, a charity number and future dates",
     HEAD, [HEAD], "Thank you - Harbour Hike total", D("2025-06-30 16:45:00"), mid("roundcube", "q57"),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="base64"),
     bcc=["gary@whitlow-motors.example", "t.mahmood@waypoint-mentoring.example", "friendsofashgrove@example.org", "workshop@pedalproject.example"] + PARENTS[:3],
     extra=[UA_RC])

# 058
inner_t = """Dear colleagues,

Northmoor Council's Information Governance team is running free data protection refresher sessions for schools and voluntary sector partners:

- Tuesday 4 February 2025, 3.45-5.15pm, Britannia House (Room 2)
- Thursday 13 February 2025, 3.45-5.15pm, online
- Wednesday 5 March 2025, 9.30-11am, Moorside Library

Topics: lawful bases for sharing, secure email (Egress and S/MIME), subject access requests, breach reporting within 72 hours, and retention.

Book by emailing ig.training@northmoor-council.example or calling 0113 496 0266.

Information Governance Team
Northmoor Council"""
inner = build_message(addr("Information Governance", "ig.training@northmoor-council.example"), [addr("Schools DPO list", "school-dpos@northmoor-council.example")],
                      "Data protection refresher sessions - spring term", D("2025-01-20 09:00:00"), "<%s@northmoor-council.example>" % det_hex("q58i", 20),
                      text_entity(inner_t, charset="us-ascii", cslabel="us-ascii"))
t = "Tariq - this might be useful for your staff and trustees, it's open to voluntary sector partners too. I'm going to the 13th.\n\nGill"
ent = multipart("mixed", [rc_text(t), rfc822_entity(inner, "Data protection refresher sessions.eml")], bnd("q58"))
send(58, N, "dp-training-fwd", "fwd-rfc822", "business manager forwards (as .eml) a council data protection training invitation to the charity",
     BM, [WAYPOINT_REF], "Fwd: Data protection refresher sessions - spring term", D("2025-01-21 08:30:16"), mid("roundcube", "q58"), ent, extra=[UA_RC])

# 059
q = """Dear Priya,

Ahead of my visit on Thursday, could you send me dates of birth, UPNs, a brief summary of current needs and any cognitive or attainment data you have for the two pupils we discussed? It saves time on the day.

Best wishes
Fiona"""
t = """Hi Fiona,

Thanks - I've uploaded everything for both pupils to your EP Associates secure portal this morning rather than sending it by email. You should have had a notification; shout if not.

See you Thursday at 9 - I've booked the small meeting room.

Priya

On 2025-03-03 14:20, Fiona McAllister wrote:
""" + quote(q)
send(59, N, "reply-via-secure-portal", "reply-quoted", "SENCO replies to the EP that requested pupil data has gone via the secure portal, not email",
     SENCO, [addr("Dr Fiona McAllister", "f.mcallister@ep-associates.example")], "Re: Visit Thursday - info", D("2025-03-04 08:20:03"),
     mid("roundcube", "q59"), rc_text(t), extra=[UA_RC], in_reply_to="<%s@ep-associates.example>" % det_hex("q59q", 24))

# 060
prosp = make_docx([("h", "Welcome to Ashgrove Park School and The Harbour"),
                   "Ashgrove Park is a special school for pupils aged 4 to 19 with autism, learning difficulties and social, emotional and mental health needs. The Harbour is our alternative provision centre on Mill Street.",
                   "Our therapy team includes speech and language therapists, an occupational therapist and a school nurse. We work closely with Waypoint Youth Mentoring.",
                   "Admissions are through the EHCP process. Please contact the office on 0113 496 0712 to arrange a visit."], "Prospectus", "Ashgrove Park School")
dates = "TERM DATES 2025-26\nAutumn: 3 Sep - 19 Dec 2025\nSpring: 5 Jan - 27 Mar 2026\nSummer: 13 Apr - 21 Jul 2026\n"
prices = csv_text([["Item", "Size", "Price"], ["Sweatshirt (navy)", "Age 7-8", "12.50"], ["Sweatshirt (navy)", "Adult S", "15.00"],
                   ["Polo shirt (white)", "Age 9-10", "7.50"], ["Harbour hoodie", "Adult M", "18.00"]])
z = make_zip([("Prospectus 2025.docx", prosp), ("Term dates 2025-26.txt", dates.encode()), ("Uniform price list.csv", prices.encode())])
t = """Dear Mr and Mrs Okonkwo,

Thank you for your call this morning. As promised I've attached our information pack (prospectus, term dates and uniform price list) in one zip file.

We look forward to seeing you at the open morning.

Kind regards
Karen Pike
Office Manager"""
ent = multipart("mixed", [rc_text(t), att_entity("Ashgrove Park information pack.zip", z, "application/zip")], bnd("q60"))
send(60, N, "info-pack-zip", "zip", "office sends a prospective family a zip of prospectus, term dates and uniform prices",
     KAREN, [addr("Chidi Okonkwo", "c.okonkwo@example.net")], "Information pack", D("2025-03-05 12:36:09"), mid("roundcube", "q60"), ent, extra=[UA_RC])

finish()
