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

# ================================================================ chain-letter: POSITIVES
P = "positive"

# 001 -------------------------------------------------------------
t = """omg i just got this and im not risking it \U0001F633\U0001F633

READ THIS ALL THE WAY TO THE END OR U WILL REGRET IT!!! this has been going round since 2009 and it has never been broken. send it to 15 people in the next 15 minutes and at 10:10 tomorrow something u have wanted for ages will happen. if u ignore it u will have bad luck for 10 years. my cousins friend ignored it and she broke her arm the same week no joke

DO NOT BREAK THE CHAIN

Sent from my iPhone"""
send(1, P, "good-luck-chain", "mobile", "pupil forwards a 15-people-in-15-minutes good-luck chain with a bad-luck threat to classmates",
     addr("Lacey Brennan", "21lbrennan@students.school.example"),
     ["21kshaw@students.school.example", "21mtaylor@students.school.example", "21holuwole@students.school.example", "22ebarnes@students.school.example"],
     "READ THIS NOW!!!!!", D("2025-01-14 21:47:09"), mid("iphone", "c1", "students.school.example"),
     iphone_text(t), extra=["Content-Language: en-GB", UA_IPHONE])

# 002 -------------------------------------------------------------
t = """ok so this is actually real, my brother showed me

There was a girl called Rosie Kettle who lived by the old quarry and in 2004 she went missing. They found her three weeks later at the bottom of the quarry and nobody ever found out who did it. Now she comes to anyone who reads this message and doesnt pass it on.

A boy called Tyler read it and laughed and didnt send it, that night he heard scratching on his window and in the morning his dog was gone and there was mud on his carpet.

If you send this to 20 people Rosie will leave you alone forever.
If you send it to 10 she will only visit you in your dreams.
If you send it to nobody she will be standing at the end of your bed at 3am tonight.

You have 1 hour. Sorry i had to send it to you i dont want her coming to mine"""
send(2, P, "curse-chain", "plain", "pupil sends a ghost-story curse chain demanding it be sent to 20 people within an hour",
     addr("Jake Whitfield", "22jwhitfield@students.school.example"),
     ["22rbutler@students.school.example", "22tnowak@students.school.example", "22cparry@students.school.example",
      "23lhughes@students.school.example", "22amensah@students.school.example"],
     "dont read this at night", D("2024-10-29 19:12:44"), mid("roundcube", "c2", "students.school.example"),
     text_entity(t, charset="us-ascii", cslabel="us-ascii"), extra=[UA_RC])

# 003 -------------------------------------------------------------
t = """Dear friends,

I received this from my sister at church and I felt led to share it with you. Please take a moment to read it.

"Lord, I ask You to bless the person reading this, their family and their work. Keep them safe, heal what is broken and provide what is lacking. Amen."

This prayer chain started in 1998 and it has never been broken. Within 12 hours send it to 12 people and you will receive a blessing within 4 days. Please do not keep it in your inbox. One lady who received it deleted it and within a week she lost her job. A gentleman sent it on to 12 friends and his son, who had been ill for months, recovered completely. Do not ask why, just pass it on. God sees everything.

Thank you and God bless you all

Grace Ogunleye
Volunteer reader, The Harbour"""
send(3, P, "prayer-chain", "flowed", "volunteer reader sends a prayer chain (send to 12 within 12 hours, blessing or misfortune) to staff",
     GRACE, [KEYW, DONNA, MAUREEN, VOLC, BEV],
     "Prayer chain - please do not break", D("2025-02-02 07:31:18"), mid("roundcube", "c3"),
     rc_text(t), extra=[UA_RC])

# 004 -------------------------------------------------------------
inner = """PLEASE FORWARD THIS WARNING TO ALL YOUR FRIENDS, FAMILY AND CONTACTS!!!

Over the next few days be very careful. Do NOT open any email with an attachment called "Your Parcel Photos", even if it comes from someone you know. It is a virus that wipes your whole hard drive and steals your bank passwords in under 30 seconds. It was announced on the radio this morning and Microsoft have said there is NO CURE yet. McAfee are calling it the most destructive virus ever.

Send this to everyone in your contact list RIGHT NOW. Better to get it 25 times than to miss it!!!"""
t = "Just in case! My sister sent me this, she works in a bank so she would know. Bev x\n\n" + \
    gmail_fwd_header("Julie Mulligan", "jules.m74@example.com", "Sun, 9 Feb 2025 at 20:41", "WARNING!!! VERY URGENT", "") + "\n\n" + inner
send(4, P, "virus-hoax", "fwd-inline", "TA forwards a 'Your Parcel Photos' virus hoax to all staff with a note, asking to send to every contact",
     BEV, [ALLSTAFF], "Fw: WARNING!!! VERY URGENT - PLEASE READ", D("2025-02-10 07:58:02"), mid("roundcube", "c4"),
     text_entity(wrap(t, 76), charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# 005 -------------------------------------------------------------
t = """Hello Miss

Please can you send this to all the parents in the class and the school so no one lose there whatsapp. My sister send me this morning. Thank you

Nazia (Ayaan mum)

***
Message from WhatsApp team: Hello, we are informing you that from Monday WhatsApp will cost \u00a30.01 per message. Forward this message to 10 contacts and your logo will turn BLUE which means you are a free user forever. If you don\u2019t forward, your account will be deleted within 48 hours and all your photos will be lost. This is official \u2013 ask your friends. We are sorry for the inconvenience. \u2013 WhatsApp CEO
***"""
send(5, P, "whatsapp-hoax", "cp1252", "parent (EAL) sends the 'WhatsApp will charge, forward to 10 contacts' hoax asking school to send it to all parents",
     addr("Nazia Begum", "nazia.begum84@example.net"), [PSHE], "Important please share to all parents",
     D("2025-03-06 08:12:55"), mid("outlook", "c5"),
     text_entity(t, charset="windows-1252", cslabel='"windows-1252"', cte="8bit"), cc=[OFFICE], auth=False, extra=[UA_OUTLOOK])

# 006 -------------------------------------------------------------
h = """<html><body>
<div style="font-family:Arial;font-size:14px">
<p><b><span style="color:#cc0000;font-size:20px">PLEASE PLEASE SHARE!!!!</span></b></p>
<p>This is Leo he is 6 years old and he was taken from the Asda car park on Ferry Road about an hour ago by a man in a grey hoodie driving a silver car. His mum only turned round for a second to put the shopping in the boot.</p>
<p>She is beside herself. The police have said the first 3 hours are the most important so <b>PLEASE forward this to everyone in your contacts, every school, every group you are in</b>. It takes 2 seconds. If it was your child you would want people to share!!!</p>
<p>Do not let this message stop with you. Copy and forward.</p>
<p>&nbsp;</p>
<p>Can the school send this out to all the parents please xx</p>
<p>Moorside Mums</p>
</div>
</body></html>
"""
send(6, P, "missing-child-hoax", "html", "outside community group sends an undated, unsourced 'child taken from car park, forward to everyone' appeal",
     addr("Moorside Mums Network", "moorside.mums@example.com"), [OFFICE], "PLEASE SHARE URGENT - little boy missing",
     D("2025-04-26 13:03:40"), mid("outlook", "c6"),
     text_entity(h, subtype="html", charset="utf-8", cslabel='"utf-8"', cte="quoted-printable"), auth=False)

# 007 -------------------------------------------------------------
t = """Bit of a tearjerker this one. Doesn't cost anything to forward so I've sent it on.

O

-------- Original Message --------
Subject: Please help Maisie \u2013 it costs nothing
Date: 2025-01-19 18:22
From: Debbie Price <debsprice@example.org>

Hi everyone,

This is Maisie. She is 4 years old and has a brain tumour the size of a tennis ball. Her parents can't afford the treatment in America. Cancer Research and Children in Need have agreed to donate 5p to her treatment fund for EVERY time this email is forwarded. The email is tracked so they know how many times it has been sent.

Please don't delete it \u2013 it only takes a second of your time and it could save a little girl's life. Forward to as many people as you can.

Thank you xx"""
send(7, P, "donate-per-forward", "qp", "teacher forwards a sick-child 'charities donate 5p per forward' hoax to colleagues",
     SCI, [ART, EXAMS, KERRY, addr("Dan Okoro", "d.okoro@school.example"), addr("Lou Penrose", "l.penrose@school.example")],
     "Fwd: Please help Maisie \u2013 it costs nothing", D("2025-01-20 08:05:31"), mid("roundcube", "c7"),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="quoted-printable"), extra=[UA_RC])

# 008 -------------------------------------------------------------
t = """Kerry - I know these are normally rubbish but my brother in law says his mate got a cheque for over 800 quid off this one so worth a go!! Mick

-----Original Message-----
Dear friends,
Please don't take this for junk. Microsoft and Outlook are testing a new email tracking system and they need people to help. When you forward this email, Microsoft can track it for two weeks. For every person you forward it to, Microsoft will pay you \u00a3150. For every person they send it on to you get another \u00a375, and for every third-generation forward \u00a330.

Within two weeks Microsoft will contact you for your address and send you a cheque. I was sceptical too but a friend of mine who is a solicitor got a cheque for \u00a33,860 last month. This is NOT a joke.

Forward to as many people as you can - the more you send the more you get!"""
send(8, P, "money-bounty-hoax", "base64", "outside friend sends a 'Microsoft pays per forward' bounty hoax to a TA",
     addr("Mick Donnelly", "mick.donnelly@example.net"), [KERRY], "FW: this is real!! Microsoft paying out",
     D("2024-11-17 16:40:12"), "<%s@mail.example.net>" % det_hex("c8", 20),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="base64"), auth=False)

# 009 -------------------------------------------------------------
t = """Hi all \u2013 sorry for the random email but loads of us have school stuff and our kids on Facebook so thought I'd better pass this on. Apparently the new rules come in tomorrow!!

-----
Goodbye Meta. As of tomorrow Meta can use ALL your photos, messages and deleted posts, including pictures of your children, and sell them. The deadline is TODAY.

I hereby state that I do NOT give Meta, Facebook, Instagram or any related entities permission to use my pictures, information, messages or posts, past or future. By this statement I notify Meta that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile. Violation of privacy can be punished by law (UCC 1-308-1 1-103 and the Rome Statute).

NOTE: Meta is now an open capital entity. Do NOT share this \u2013 you must COPY AND PASTE it onto your own wall. If you don't post it at least once it will be assumed you are allowing the use of your photos.
-----

Please pass on to everyone you know who has their kids on their page!!

Sam"""
send(9, P, "privacy-notice-hoax", "alternative", "art teacher emails colleagues and friends the 'I do not give Meta permission' copy-and-paste hoax",
     ART, [KERRY, BEV, PSHE, addr("Hannah Achterberg", "hannah.ach@example.org")],
     "EVERYONE do this before midnight!!", D("2025-01-08 22:14:06"), mid("roundcube", "c9"),
     alt(t, "c9"), extra=[UA_RC])

# 010 -------------------------------------------------------------
t = """send this to 10 people u care about INCLUDING ME \u2764\ufe0f

if u get 5 or more back ur really loved
3-4 ur liked
1-2 ur ok i guess
0 = nobody likes u :(

if u break this chain u will lose ur best friend within a week!!! i got 6 back last time. love u guys xx

Sent from my Galaxy"""
send(10, P, "friendship-chain", "mobile", "pupil sends a friendship chain (send to 10 incl me, score how loved you are)",
     addr("Maryam Khan", "23mkhan@students.school.example"),
     ["23jsmith@students.school.example", "23lhughes@students.school.example", "23fali@students.school.example",
      "23pkowalski@students.school.example", "22ebarnes@students.school.example", "23sdixon@students.school.example"],
     "ur my bestie <3", D("2025-02-14 17:22:51"), mid("android", "c10"),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="base64"), extra=[UA_SAMSUNG])

# 011 -------------------------------------------------------------
t = """THIS IS THE REAL ONE NOT A FAKE

send this to 8 girls in the next 8 minutes and this friday someone will ask you to a sleepover and your crush will text you first. if you ignore it you will spend your next birthday on your own and no one will come to your party.

Chloe in year 8 did it and got asked to 3 sleepovers in one weekend. dont be the one who breaks it!!!

ps send it back to me so i know you did it"""
send(11, P, "sleepover-chain", "wrapped", "pupil sends a sleepover chain (8 girls in 8 minutes or spend your birthday alone)",
     addr("Abena Osei", "22aosei@students.school.example"),
     ["22cparry@students.school.example", "22fwright@students.school.example", "22gmoss@students.school.example",
      "22isingh@students.school.example", "22kbell@students.school.example"],
     "sleepover chain dont ignore", D("2025-03-19 20:31:27"), mid("roundcube", "c11", "students.school.example"),
     text_entity(wrap(t, 72), charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# 012 -------------------------------------------------------------
t = """Hi ladies (and sorry if this isn't your thing!)

I've been invited into a gifting circle by a friend from my slimming group and honestly I think it's lovely \u2013 a community of women supporting women.

How it works: each flower has 15 places. 1 in the middle (Water), 2 (Earth), 4 (Air) and 8 (Fire). When you join as Fire you gift \u00a3440 to the Water in the centre. Once all 8 Fire places are filled the flower splits in two and everyone moves one step closer to the middle. When you get to Water you receive 8 gifts = \u00a33,520!!

It is NOT a pyramid scheme, nobody is selling anything, it's a gift between friends and gifts are tax free (I checked). The only rule is you have to invite 2 new sisters to keep it blooming, so please pass this on to women you trust.

I've attached the spreadsheet so you can see where the spaces are. Message me on WhatsApp for the Water's bank details.

Kerry x"""
rows = [["Flower 3 \u2013 Circle of Sisters", "", ""], ["Position", "Element", "Sister", "Status"],
        [1, "Water", "Tracey B", "receiving"], [2, "Earth", "Jo M", "gifted"], [3, "Earth", "Kerry L", "gifted"],
        [4, "Air", "Sandra P", "gifted"], [5, "Air", "Mel", "gifted"], [6, "Air", "Leanne W", "gifted"], [7, "Air", "(space)", ""],
        [8, "Fire", "Dawn", "gifted"], [9, "Fire", "Nicola R", "pending"], [10, "Fire", "(space)", ""], [11, "Fire", "(space)", ""],
        [12, "Fire", "(space)", ""], [13, "Fire", "(space)", ""], [14, "Fire", "(space)", ""], [15, "Fire", "(space)", ""],
        [], ["Gift to Water: \u00a3440", "", "Invite 2 sisters to keep the flower blooming!"]]
ent = multipart("mixed", [alt(t, "c12a"), att_entity("Circle of Sisters - flower 3.xlsx",
                make_xlsx(rows, "Flower 3", "Circle of Sisters", "Kerry"), MIME_XLSX)], bnd("c12"))
send(12, P, "gift-circle", "attach-xlsx", "TA invites colleagues and friends into a 'gifting circle' (pay in, recruit 2, move to centre) with the flower spreadsheet",
     KERRY, [BEV, DONNA, MAUREEN, addr("Jo Mercer", "jomercer@example.com"), addr("Leanne W", "leanne.w1990@example.net")],
     "Something lovely for the new year \U0001F338 Circle of Sisters", D("2025-01-04 11:26:43"), mid("roundcube", "c12"),
     ent, extra=[UA_RC])

# 013 -------------------------------------------------------------
t = """This is really important so please read.

The government is planning to let rescue shelters put dogs down after just 7 days if they are not rehomed. We need 50,000 names before it goes to parliament.

HOW TO SIGN: open the attached list, add your name and town at the bottom, save it, and forward the email to at least 10 people. Please DON'T start a new list or all the names are wasted! When the list reaches 1,000 names, whoever adds the 1,000th name please email it to the Prime Minister's office.

Don't let this die with you!!

Pauline"""
names = ["Margaret Ellis", "Steve Ellis", "Jan Cooke", "Sue Brannigan", "Tony Brannigan", "Carol Ince", "Rita Moss", "Jean Holt",
         "Barry Holt", "Diane Webb", "Lorraine Pym", "Angela Crouch", "Pat Walsh", "Elaine Mort", "Christine Ruddock", "Gordon Ruddock",
         "Wendy Fairclough", "Val Haig", "Maxine Dodd", "Brenda Kay", "Sandra Eccles", "Ken Eccles", "Julie Harte", "Gail Senior",
         "Tina Roe", "Denise Lunt", "Paul Lunt", "Yvonne Pratt", "Linda Sharples", "Kath Boyd", "Pauline Reardon"]
towns = ["Bolton", "Bolton", "Wigan", "Chorley", "Chorley", "Leyland", "Preston", "Bury", "Bury", "Ramsbottom", "Darwen", "Blackburn",
         "Accrington", "Burnley", "Nelson", "Nelson", "Clitheroe", "Whalley", "Skipton", "Keighley", "Northmoor", "Northmoor", "Northmoor",
         "Ferrybridge", "Moorside", "Moorside", "Moorside", "Haworth", "Ilkley", "Otley", "Moorside"]
rows = [["No", "Name", "Town"]] + [[i + 939, n, tw] for i, (n, tw) in enumerate(zip(names, towns))]
ent = multipart("mixed", [text_entity(t, charset="us-ascii", cslabel="us-ascii"),
                          att_entity("SIGN AND FORWARD - rescue dogs.csv", csv_text(rows).encode(), "text/csv")], bnd("c13", "gmail"))
send(13, P, "petition-forward", "attach-csv", "outside volunteer circulates a sign-the-list-and-forward-to-10 petition with a csv of accumulated names",
     addr("Pauline Reardon", "pauline.reardon@example.org"), [VOLC, GRACE], "Please sign & pass on - stop the cull of rescue dogs",
     D("2025-02-23 10:48:19"), mid("gmail", "c13"), ent, auth=False)

# 014 -------------------------------------------------------------
t = """I'm trying something. I want to see who actually reads their emails \U0001F49B

For anyone who has ever been through a tough time (and it's more of us than you think) - it's Mental Health Awareness Week. I know some of you won't copy this. But a friend said "I bet you won't", so here I am.

Can I ask the people who read this to COPY AND PASTE it (don't just forward it!) into a new email and send it to 10 people? I'm doing it for someone in my life, I'd like you to do it for someone in yours.

I'll know who read it all the way to the end x

Lesley"""
send(14, P, "copy-paste-share", "flowed", "attendance officer sends a 'copy and paste this to 10 people, I'll know who read it' message to colleagues",
     ATT, [FLO, KAREN, HR, BEV, MAUREEN, addr("Sue Hartley", "s.hartley@school.example")],
     "just seeing who actually reads this", D("2025-05-13 12:41:08"), mid("roundcube", "c14"),
     rc_text(t), extra=[UA_RC])

# 015 -------------------------------------------------------------
t = """Hi all,

With parents evening finishing late tonight I thought I'd better share this. It came through on our village Facebook page from a police officer's wife.

'POLICE WARNING: There is a new gang initiation going round the north. Gang members drive at night with their headlights OFF. If you flash your lights to warn them they turn round and follow you home, because the new member has to attack the first car that flashes them. Two families in Yorkshire have already been attacked. DO NOT FLASH ANY CAR WITH NO LIGHTS ON. This has been confirmed by Northmoor Police. Forward this to every driver you know, male and female, it could save a life.'

Please pass it on to your families too. Drive safe.

Phil
Site Manager"""
send(15, P, "urban-legend", "wrapped", "site manager sends the 'gang initiation, don't flash your headlights' urban legend to all staff, asking them to forward it",
     SITE, [ALLSTAFF], "Driving home tonight - please read", D("2024-11-21 15:02:50"), mid("roundcube", "c15"),
     text_entity(wrap(t, 74), charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

# 016 -------------------------------------------------------------
t = """dont want my account deleted lol so im sending it to everyone \U0001F602

> Dear user,
> Due to the very large number of accounts our servers are now full. We will be closing all accounts that are not active by Friday.
> To show us that you are an active user, forward this email to everyone in your address book. If you do not forward it we will know your account is not being used and it will be deleted with all of your emails and files \u2013 this cannot be undone.
> Thank you for your co-operation,
> Microsoft Outlook Team"""
bcc = ["24jlee@students.school.example", "24oadeyemi@students.school.example", "24tmurphy@students.school.example",
       "24rgill@students.school.example", "24shussain@students.school.example", "24bcrane@students.school.example",
       "24nforde@students.school.example", "24kwalsh@students.school.example"]
send(16, P, "account-closure-hoax", "qp", "pupil forwards an 'accounts deleted unless you forward to your address book' hoax to everyone (Bcc)",
     addr("Ellis Jones", "24ejones@students.school.example"), ["24ejones@students.school.example"],
     "FWD: your account will be deleted!!!", D("2025-03-03 16:18:37"), mid("roundcube", "c16", "students.school.example"),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="quoted-printable"), bcc=bcc, extra=[UA_RC])

# 017 -------------------------------------------------------------
t = """Hi all, just got this from a friend please be careful!!

If you get a missed call from a number starting +375 or +371 DO NOT call it back. As soon as you answer they copy all your contacts, bank details and photos in 3 seconds. It was on the news and the police have confirmed it.

Please pass this on to all your family and friends as quick as you can, the more people who know the better \U0001F64F

Amira

Sent from my iPhone"""
send(17, P, "phone-scam-hoax", "mobile", "family liaison officer forwards from her phone a 'missed call steals your contacts, pass to all family' hoax",
     FLO, [KEYW, KAREN, ATT, addr("Yasmin Haddad", "yasminh@example.com")], "Please read - phone scam!!",
     D("2025-04-02 18:09:14"), mid("iphone", "c17"), iphone_text(t), extra=[UA_IPHONE])

# 018 -------------------------------------------------------------
h = """<div style="font-family: Calibri, Arial, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
PLEASE tell all ur contacts not to accept a friend request from a boy called <b>Jaxon Reeves</b> on snap or insta. He is a hacker and he has a system connected to ur account. if one of ur friends accepts him u will be hacked too!!! he has got loads of peoples pictures already.</div>
<div style="font-family: Calibri, Arial, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Calibri, Arial, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<b><u>COPY AND SEND THIS TO EVERYONE U KNOW</u></b> even ur mum. it was on the news</div>
"""
send(18, P, "hacker-friend-hoax", "html", "pupil sends the 'don't accept a friend request from X, he's a hacker, send to everyone' hoax",
     addr("Tayo Nowak", "22tnowak@students.school.example"),
     ["22jwhitfield@students.school.example", "22rbutler@students.school.example", "22amensah@students.school.example",
      "21kshaw@students.school.example"],
     "plz read and send on", D("2025-05-08 21:55:02"), mid("outlook", "c18"),
     text_entity(h, subtype="html", charset="iso-8859-1", cslabel='"iso-8859-1"', cte="quoted-printable"))

# 019 -------------------------------------------------------------
t = """Dzie\u0144 dobry Pani Amiro,
prosz\u0119 wys\u0142a\u0107 to do innych mam ze szko\u0142y, moja siostra m\u00f3wi \u017ce to naprawd\u0119 dzia\u0142a :)
Aga

----- Wiadomo\u015b\u0107 przekazana -----

Ten \u0142a\u0144cuszek szcz\u0119\u015bcia przyszed\u0142 z Holandii i obieg\u0142 ju\u017c ca\u0142y \u015bwiat 9 razy. Teraz trafi\u0142 do Ciebie. Szcz\u0119\u015bcie przyjdzie do Ciebie w ci\u0105gu 4 dni, ale tylko je\u015bli wy\u015blesz t\u0119 wiadomo\u015b\u0107 dalej.

Wy\u015blij j\u0105 do 10 os\u00f3b w ci\u0105gu 24 godzin. Pewna kobieta z Krakowa wys\u0142a\u0142a j\u0105 do 10 znajomych i wygra\u0142a na loterii. M\u0119\u017cczyzna, kt\u00f3ry j\u0105 zignorowa\u0142, straci\u0142 prac\u0119 po tygodniu.

Nie przerywaj \u0142a\u0144cuszka! Nie wysy\u0142aj pieni\u0119dzy - szcz\u0119\u015bcie nie ma ceny."""
send(19, P, "luck-chain-polish", "base64", "Polish-speaking parent forwards a Polish good-luck chain (send to 10 in 24h) asking it be sent to other mums",
     addr("Agnieszka W\u00f3jcik", "aga.wojcik@example.com"), [FLO],
     "Fwd: \u0141a\u0144cuszek \u2013 przeczytaj do ko\u0144ca!", D("2025-03-27 09:40:33"), "<%s@mail.example.com>" % det_hex("c19", 24),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="base64"), auth=False, extra=["X-Mailer: Poczta Mobile 3.4"])

# 020 -------------------------------------------------------------
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">
<p style="text-align:center"><span style="color:#9933cc;font-size:18pt"><b>An angel has been sent to you</b></span></p>
<p style="text-align:center">This little angel has been sent to watch over you.<br />Angels are all around us, even when we can't see them.</p>
<p style="text-align:center">Send this angel to <b>7 people you love</b> within the next <b>7 minutes</b><br />and something wonderful will happen to you tomorrow.</p>
<p style="text-align:center">If you break the chain the angel will fly away from you.<br />This is not a joke &#8211; my friend kept her and had a week of bad luck.</p>
<p style="text-align:center">Send her back to me too so I know she reached you &#128149;</p>
<p style="text-align:center">Maureen xx</p>
</body></html>
"""
send(20, P, "angel-chain", "html", "lunchtime supervisor sends an 'angel' kindness chain (7 people in 7 minutes or it flies away) to colleagues",
     MAUREEN, [BEV, KERRY, DONNA, GRACE, ATT, KAREN], "An angel has been sent to you", D("2024-12-12 20:03:19"), mid("roundcube", "c20"),
     text_entity(h, subtype="html", charset="utf-8", cslabel="UTF-8", cte="7bit"), extra=[UA_RC])

# 021 -------------------------------------------------------------
t = """AN HONEST WAY TO TURN \u00a330 INTO \u00a350,000 - READ IT FIRST BEFORE YOU DELETE IT!

I know what you are thinking, I thought the same. But a few weeks ago this letter came to me and I decided to give it a go.

HOW IT WORKS:
1. Put \u00a35 in an envelope with a note saying "please add me to your list" and post it to EACH of the 6 names below.
2. Cross off name number 1, move everyone up one place and put YOUR name and address at number 6.
3. Send copies of this letter to at least 200 people. Email is fine and costs nothing.

Within 60 days you will receive \u00a350,000 or more in cash. This is perfectly legal - I rang the Post Office and they told me there is nothing wrong with it as long as you are only asking for a service (adding to a list).

THE LIST
1. J. Fenwick, 14 Cranmore Road, Luton
2. D. Akers, Flat 2, 9 Marsh Lane, Stockport
3. P. Quinlan, 31 Beech Grove, Halifax
4. M. Ostrowski, 77 Albert Street, Rochdale
5. S. Barraclough, 5 The Crescent, Settle
6. R. Hollis, 102 Moorside Avenue, Northmoor

The people who broke the chain got nothing. The ones who followed it are all better off now. Don't be the one who breaks it!"""
send(21, P, "money-chain", "latin1", "outside sender mails the school office a classic send-\u00a35-to-six-names money chain letter",
     addr("R. Hollis", "rhollis1957@example.net"), [OFFICE],
     "AN HONEST WAY TO MAKE \u00a350,000 - read it first!", D("2024-10-08 10:27:51"), "<%s@example.net>" % det_hex("c21", 18),
     text_entity(t, charset="iso-8859-1", cslabel="ISO-8859-1", cte="8bit"), auth=False)

# 022 -------------------------------------------------------------
t = """Hi everyone!

I'm doing a children's book exchange and I'm looking for 6 people to join in \U0001F4DA You only buy ONE book (around \u00a35) and you'll get up to 36 back for your little ones!!

How it works: send one new book to the person in position 1 below. Then move my name up to position 1, put your name in position 2, and send this on to 6 friends. When your name reaches position 1 you'll get books from everyone further down.

1. Lauren (my friend from uni)
2. Chloe (me)

Please only join if you're going to follow through \u2013 it's not fair on the kids otherwise! Reply to me and I'll send you the address. Don't break the chain!

I've done two of these before and got 18 books!!

Chloe x"""
send(22, P, "book-exchange-pyramid", "alternative", "teacher recruits friends and a colleague into a children's book exchange pyramid (buy 1, get 36, send to 6)",
     PSHE, [addr("Sophie Greenhalgh", "sophiegreenhalgh@example.com"), addr("Amy Tran", "amy.tran@example.org"), BEV,
            addr("Ellie Rudd", "ellierudd@example.net")],
     "Children's book exchange!! who's in?", D("2024-11-30 19:44:03"), mid("roundcube", "c22"),
     alt(t, "c22"), extra=[UA_RC])

# 023 -------------------------------------------------------------
inner_t = """Please read this and don't just delete it.

Daniel is 7 and he has leukaemia. The doctors have said it is only weeks now. His last wish is to get into the Guinness Book of Records for the most get well cards ever received by one person.

Please send a card to:
Daniel Marsh
c/o Children's Ward
St Anne's Hospital, Fulwood

AND forward this email to everyone you know. Don't let him down - every single card counts.

God bless xx"""
inner = build_message(addr("Carol Doyle", "caroldoyle61@example.org"), [addr("", "s.doyle@school.example")],
                      "Little Daniel's last wish - please forward", D("2025-02-15 21:09:44"), "<%s@example.org>" % det_hex("c23i", 20),
                      text_entity(inner_t, charset="us-ascii", cslabel="us-ascii"))
outer = "Got this off my mum. Not 100% sure but sharing anyway - might be nice for the kids to do cards in art on Friday? And pass it on. S"
ent = multipart("mixed", [rc_text(outer), rfc822_entity(inner, "Little Daniel's last wish - please forward.eml")], bnd("c23"))
send(23, P, "sick-child-hoax", "fwd-rfc822", "key worker forwards (as attached message) a dying-child get-well-cards appeal asking everyone to forward it",
     KEYW, [HARBOUR], "Fwd: Little Daniel's last wish - please forward", D("2025-02-17 08:20:15"), mid("roundcube", "c23"),
     ent, extra=[UA_RC])

# 024 -------------------------------------------------------------
t = """This candle has been lit for everyone who has lost someone they love.

Please don't let it go out. Pass it on to 10 people who mean something to you, and if it comes back to you, you'll know you have true friends. If you delete it the light goes out, and they say it brings seven years of sadness to the one who lets it go out.

I'm not superstitious but I wasn't taking the chance.

Bernie
Volunteer Mentor, Waypoint"""
send(24, P, "candle-chain", "plain", "charity volunteer sends school staff a memorial candle chain (pass to 10 or seven years of sadness)",
     addr("Bernie Walsh", "bernie.walsh@waypoint-mentoring.example"), [KEYW, APLEAD, VOLC, GRACE],
     "Light a candle for someone you miss", D("2024-11-02 22:38:27"), mid("other", "c24", "waypoint-mentoring.example"),
     text_entity(t, charset="us-ascii", cslabel="us-ascii"), auth=False)

# 025 -------------------------------------------------------------
t = """Hi

Can the school PLEASE forward this to every parent asap. My friend\u2019s cousin is a nurse and she says it\u2019s true.

\u2018URGENT WARNING TO ALL PARENTS \u2013 Dealers are handing out sweets that look like Nerds and Skittles but are laced with meth and fentanyl outside schools. They give them to kids for FREE to get them hooked. A 9 year old in Bradford is in intensive care. Police are saying tell your children NOT to accept ANY sweets off anyone. Share with every parent you know \u2013 copy and paste, don\u2019t just share.\u2019

Please forward to everyone!!!

Kelly (mum of Tyler yr 9)"""
send(25, P, "drug-sweets-legend", "cp1252", "parent asks the school to forward the 'drug-laced sweets outside schools, share with every parent' legend to all parents",
     addr("Kelly Harrop", "kelly.harrop@example.com"), [OFFICE], "PLEASE SEND TO ALL PARENTS \u2013 URGENT",
     D("2025-05-20 07:14:48"), mid("outlook", "c25"),
     text_entity(t, charset="windows-1252", cslabel='"Windows-1252"', cte="8bit"), cc=[HEAD], auth=False)

# 026 -------------------------------------------------------------
t = """it actually worked for my sister!!!

""" + outlook_fwd_header("Ruby Patel <23rpatel@students.school.example>", "Saturday, March 22, 2025 4:12 PM",
                          "Isla Singh <22isingh@students.school.example>", "make a wish!!!! (this actually works)") + """
Make a wish. Go on, close your eyes and make one.

Now keep scrolling...

.

.

.

This message was started by a girl in Australia. Send it to 9 people in the next 9 minutes and your wish will come true on the 9th day. If you don't, the opposite of what you wished for will happen.

IT WORKED FOR ME I GOT THE PUPPY!!!!"""
send(26, P, "wish-chain", "fwd-inline", "pupil forwards a make-a-wish chain (9 people in 9 minutes or the opposite happens) to friends",
     addr("Isla Singh", "22isingh@students.school.example"),
     ["22aosei@students.school.example", "22gmoss@students.school.example", "22kbell@students.school.example",
      "22fwright@students.school.example", "23mkhan@students.school.example"],
     "Fw: make a wish!!!! (this actually works)", D("2025-03-22 16:31:05"), mid("outlook", "c26"),
     text_entity(t, charset="us-ascii", cslabel='"us-ascii"', cte="7bit"))

# 027 -------------------------------------------------------------
t = """Hi all,

My neighbour's son works in IT and sent this round, so I've put it in a Word doc so we can print it off for the staffroom and the parents' noticeboard.

Please also send it on to everyone in your contacts, it's spreading fast.

Thanks
Donna"""
doc = make_docx([("h", "WARNING \u2013 PLEASE READ AND FORWARD TO ALL YOUR CONTACTS"),
                 "If anyone sends you a video called \u201cDancing Grannies\u201d on WhatsApp or Facebook Messenger DO NOT OPEN IT.",
                 "It hacks your phone in 10 seconds and nothing can stop it. It was on Sky News last night.",
                 "Also do NOT open the message \u201cYour friend has tagged you\u201d \u2013 same virus.",
                 "TELL EVERYONE. FORWARD THIS TO EVERY PERSON IN YOUR PHONE. PASS IT ON."], "WARNING", "Donna Kerr")
ent = multipart("mixed", [rc_text(t), att_entity("WARNING - please print and pass on.docx", doc, MIME_DOCX)], bnd("c27"))
send(27, P, "virus-hoax", "attach-docx", "TA attaches a printable 'Dancing Grannies video hacks your phone, forward to everyone' hoax for staff and parents",
     DONNA, [HARBOUR, ALLSTAFF], "Warning for staffroom noticeboard - please print", D("2025-06-04 08:36:22"), mid("roundcube", "c27"),
     ent, extra=[UA_RC])

# 028 -------------------------------------------------------------
t = """if u dont send this to 5 ppl ur crush will never like u back \U0001F494

if u do they will ask u out on friday!!!

this has never been broken since 2011. dont break it

Sent from my iPad"""
send(28, P, "crush-chain", "mobile", "pupil sends a 'send to 5 or your crush will never like you' chain from an iPad",
     addr("Leah McGuire", "23lmcguire@students.school.example"),
     ["23sdixon@students.school.example", "23fali@students.school.example", "23rpatel@students.school.example",
      "23jsmith@students.school.example", "23pkowalski@students.school.example"],
     "dont ignore!!", D("2025-06-11 22:04:40"), mid("iphone", "c28", "students.school.example"),
     iphone_text(t), extra=[UA_IPAD])

# 029 -------------------------------------------------------------
q = """Please read. Baby Zain was born with a hole in his heart and his family can't afford the operation. Facebook and Meta have agreed to pay 10p for every time this message is forwarded.

Please don't just read it and leave it \u2013 FORWARD IT. It takes 2 seconds. Zain's mummy is watching the numbers go up every day.

Tasha xx"""
t = """Done!! Sent it to everyone in my contacts at work as well. Keep it going everyone, it's the least we can do xx

Karen

On Wed, 12 Mar 2025 at 19:03, Tasha Benn <tashab88@example.com> wrote:
""" + quote(q)
send(29, P, "donate-per-forward", "reply-quoted", "office manager replies-all to a 'Meta pays 10p per forward' sick-baby chain saying she forwarded it to all work contacts",
     KAREN, [addr("Tasha Benn", "tashab88@example.com"), addr("Gemma Hurst", "gemhurst@example.net"), addr("Lisa Cole", "lisacole@example.org"),
             ATT, FLO],
     "Re: Baby Zain needs YOU - just forward!!", D("2025-03-13 07:52:30"), mid("roundcube", "c29"),
     rc_text(t), extra=[UA_RC], in_reply_to="<%s@mail.example.com>" % det_hex("c29p", 22))

# 030 -------------------------------------------------------------
t = """Not normally one for these but this one matters. Instructions are in the attachment, just add your name and send it on.

Ian"""
plist = ["Helen Carr, Leeds", "Mark Carr, Leeds", "Janet Ashworth, Halifax", "Dev Mistry, Bradford", "Sarah Wood, Otley",
         "Phil Stott, Keighley", "Amanda Stott, Keighley", "Rob Fielding, Shipley", "Karen Duckworth, Todmorden", "Tom Hardcastle, Hebden Bridge",
         "Liz Pearce, Northmoor", "Graham Pearce, Northmoor", "Anne-Marie Kelly, Moorside", "Ian Fairweather, Northmoor"]
att = """KEEP OUR NHS FREE - PETITION

This petition will be presented to the Secretary of State for Health. We need 500 names to make them listen.

TO SIGN: copy this WHOLE list, paste it into a new email, add your name and town to the bottom and send it to everyone in your address book. If you get it more than once please still sign - every name counts!

When the list gets to 500 names please send it to the Department of Health.

DO NOT DELETE THIS - if you break the chain all these names are lost.

""" + "\n".join("%d. %s" % (i + 1, n) for i, n in enumerate(plist)) + "\n"
ent = multipart("mixed", [rc_text(t), att_entity("PETITION - please add your name.txt", att.encode("ascii"), "text/plain; charset=US-ASCII")], bnd("c30"))
send(30, P, "petition-forward", "attach-txt", "exams officer forwards a copy-the-list-add-your-name-send-to-your-address-book petition as a .txt",
     EXAMS, [SCI, addr("Dan Okoro", "d.okoro@school.example"), addr("Bill Fairweather", "bill.fw@example.org")],
     "Fw: Keep our NHS free - add your name!", D("2025-04-29 17:02:13"), mid("roundcube", "c30"), ent, extra=[UA_RC])

# ================================================================ chain-letter: NEGATIVES
N = "negative"
PARENTS = ["nazia.begum84@example.net", "kelly.harrop@example.com", "aga.wojcik@example.com", "d.fenwick77@example.org",
           "mrs.osei@example.net", "paulandjo.kerr@example.com", "t.mensah@example.org", "hollyb.mum@example.com",
           "sam.whitworth@example.net", "rfarouk@example.org"]

# 031 -------------------------------------------------------------
t = """Dear Parents and Carers,

OPEN MORNING - SATURDAY 15 MARCH, 9.30am to 12 noon

We are holding an open morning for families who are thinking about a place at Ashgrove Park School or at The Harbour, our alternative provision centre on Mill Street.

Visitors will be able to look round both sites, meet the therapy team and our partners from Waypoint Youth Mentoring, and talk to the SENCO about the EHCP and admissions process. Guided tours leave from main reception at 9.30, 10.30 and 11.30.

If you know a family who might be interested - perhaps through a parent support group or your child's previous school - please do pass this information on to them. Booking is not essential, but it helps us plan if people ring the office on 0113 496 0712.

Kind regards

Karen Pike
Office Manager
Ashgrove Park School"""
send(31, N, "parent-letter-pass-on", "plain", "office invites parents to an open morning and asks them to pass the information to interested families",
     OFFICE, [OFFICE], "Open Morning - Saturday 15 March - please pass on", D("2025-02-27 14:05:00"), mid("roundcube", "n31"),
     text_entity(t, charset="us-ascii", cslabel="US-ASCII"), bcc=PARENTS, extra=[UA_RC])

# 032 -------------------------------------------------------------
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">
<p><span style="color:#c00000"><b>PHISHING ALERT &#8211; fake &#8216;Salary adjustment&#8217; email</b></span></p>
<p>Morning all,</p>
<p>Several staff received an email at about 7.40 this morning that looks like it comes from &#8220;Payroll Services&#8221; with the subject <i>Salary adjustment &#8211; action required</i>. It contains a link to a page that looks like our webmail login.</p>
<p><b>This is a phishing email.</b> Please:</p>
<ul>
<li>do NOT click the link or open the attachment</li>
<li>do NOT enter your username or password</li>
<li>do NOT forward it to colleagues to ask if it is genuine &#8211; that just spreads it further</li>
<li>use the <b>Report phishing</b> button in webmail, or if you are on your phone just delete it</li>
</ul>
<p>If you have already typed your password into that page, please ring me on ext 214 straight away and I will reset it and check your account. Nobody will be in trouble &#8211; the quicker we know, the better.</p>
<p>Thanks<br />Tom Ellery<br />IT Support</p>
</body></html>
"""
send(32, N, "it-phishing-warning", "html", "IT warns all staff about a real payroll phishing email: don't click, don't forward, report and delete",
     TOM, [ALLSTAFF], "PHISHING ALERT - fake 'Salary adjustment' email - do not click", D("2025-01-27 08:22:41"), mid("roundcube", "n32"),
     text_entity(h, subtype="html", charset="utf-8", cslabel="UTF-8", cte="7bit"), extra=[UA_RC])

# 033 -------------------------------------------------------------
t = """Hi both,

Here's the draft for next week's online safety session with the Harbour group. I've used a made-up chain message as the starter \u2013 can you have a look and tell me whether it's pitched right for Year 9/10? I've deliberately kept the 'threat' bit tame because of K and R.

Happy to swap the plenary for the role-play if you think it'll land better.

Chloe"""
doc = make_docx([("h", "PSHE \u2013 Online pressure and chain messages (KS3/4, 50 mins)"),
                 "Learning objectives: recognise chain messages, hoaxes and scams; understand how they use fear, guilt and promised rewards to get people to pass them on; know how to respond and who to tell.",
                 "Starter (10 mins): display the example message on the board:",
                 "\u201cSend this to 10 people in 10 minutes or you will have bad luck for a year. If you don\u2019t, someone you love will get hurt.\u201d",
                 "Questions: How does this message make you feel? What does the sender want you to do? Who benefits if you do it? What happens if you don\u2019t? (Answer: nothing.)",
                 "Main activity (25 mins): in pairs, sort the card set into \u2018chain message\u2019, \u2018scam\u2019, \u2018genuine message\u2019. Cards include a fake \u2018WhatsApp will charge\u2019 message, a real school trip reminder, and a \u2018Microsoft will pay you per forward\u2019 message.",
                 "Discussion: why do people forward these even when they don\u2019t believe them? Link to peer pressure and to the friendship chains some of you get on Snapchat.",
                 "Plenary (10 mins): agree a class rule of thumb \u2013 you never have to pass a chain message on. Delete it, don\u2019t forward it, and tell a trusted adult if it frightens you.",
                 "Differentiation: symbol-supported card set for Group B; TA to read aloud. Sensory break available.",
                 "Safeguarding: if a pupil discloses receiving threatening messages, follow the usual procedure and log on CPOMS."], "Online pressure", "Chloe Ng")
ent = multipart("mixed", [rc_text(t), att_entity("PSHE - chain messages lesson plan DRAFT.docx", doc, MIME_DOCX)], bnd("n33"))
send(33, N, "pshe-lesson-plan", "attach-docx", "PSHE lead shares a lesson plan that quotes an example chain message to teach pupils not to forward them",
     PSHE, [APLEAD, KEYW], "Online safety session - chain messages plan (draft)", D("2025-01-30 16:47:12"), mid("roundcube", "n33"),
     ent, extra=[UA_RC])

# 034 -------------------------------------------------------------
t = """Dear Customer,

Due to ongoing supply chain disruption affecting our dairy and frozen lines, the following substitutions will apply to deliveries in the week commencing 10 March:

  Item                         Ordered            Substituted with
  Greek style yoghurt 1kg      GY-1000            Natural yoghurt 1kg (NY-1000)
  Frozen garden peas 2.5kg     FP-2500            Frozen mixed veg 2.5kg (MV-2500)
  Oat milk 1L                  OM-0001            Unavailable - credited

Please note that all substitutes have been checked against our allergen matrix and carry the same allergen profile as the original products, except where marked on the delivery note.

If a substitution is not suitable for any of your menus, please reply to this email or call the customer service team before 2pm the day before delivery and we will do our best to source an alternative.

We apologise for any inconvenience and thank you for your understanding.

Kind regards

Customer Services Team
Greenacre Catering Supplies Ltd"""
send(34, N, "supply-chain", "wrapped", "catering supplier notifies substitutions due to supply chain disruption",
     addr("Greenacre Customer Services", "orders@greenacre-catering.example"), [BM], "Delivery update w/c 10 March - supply chain disruption",
     D("2025-03-05 11:30:02"), mid("other", "n34", "greenacre-catering.example"),
     text_entity(wrap(t, 72), charset="us-ascii", cslabel="us-ascii"), auth=False)

# 035 -------------------------------------------------------------
t = """Hi everyone,

During the PAT testing on Tuesday the contractor found three classrooms (and one office \u2013 you know who you are!) with extension leads plugged into other extension leads. This is called daisy-chaining and it's a real fire risk: the lead at the wall ends up carrying far more current than it's rated for.

Please can you:
\u2022 check under your desks and behind the interactive whiteboards today
\u2022 unplug any daisy-chained leads and let me know if you're short of sockets
\u2022 not bring in extension leads from home \u2013 they won't have been tested

I'll be coming round on Friday afternoon with a few new 6-way surge-protected leads (about \u00a312 each, the budget's covering it) for anyone who genuinely needs more sockets.

Cheers
Phil"""
send(35, N, "daisy-chain-leads", "qp", "site manager tells staff to stop daisy-chaining extension leads after PAT testing",
     SITE, [ALLSTAFF], "Extension leads \u2013 please stop daisy-chaining!", D("2025-02-06 12:15:44"), mid("roundcube", "n35"),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="quoted-printable"), extra=[UA_RC])

# 036 -------------------------------------------------------------
t = """Hi 8P,

Homework for Thursday: draw a food chain from the pond we looked at today. It needs at least four links, starting with a producer. Label each organism as a producer, primary consumer, secondary consumer or top predator.

Draw the arrows in the direction the energy goes (from the thing being eaten TO the thing that eats it - lots of you had them the wrong way round in class!).

Extension: join two or more chains together to make a food web, and write one sentence about what would happen to the web if all the frogs disappeared.

If someone in your group was off today, could you let them know about the homework please.

Mr Price"""
send(36, N, "food-chain-homework", "flowed", "science teacher sets Year 8 food chain homework for the class group",
     SCI, [addr("8P Science", "8p-science@students.school.example")], "Homework - food chains (due Thursday)",
     D("2024-11-12 15:34:29"), mid("roundcube", "n36"), rc_text(t), extra=[UA_RC])

# 037 -------------------------------------------------------------
t = """Dear Parents and Carers,

On Friday 9 May pupils and staff from The Harbour will be walking 10 miles along the canal towpath from Ferrybridge Lock to Moorside to raise money for Waypoint Youth Mentoring, the charity whose mentors work with many of our young people.

Sponsor forms came home in bags today. If you would rather give online, Waypoint have set up a fundraising page for us:
https://give.waypoint-mentoring.example/harbour-hike-2025

Please feel free to share the page with family and friends who would like to support the walk. Every pound goes directly to training new volunteer mentors.

Pupils will need sensible shoes, a waterproof and a packed lunch (the school can provide a packed lunch for pupils who receive free school meals - please let the office know by Wednesday 7 May).

Thank you for your support.

Dean Kowalczyk
Head of The Harbour"""
send(37, N, "sponsored-walk", "alternative", "AP lead asks parents to sponsor a charity walk and share the fundraising page with family",
     APLEAD, [APLEAD], "Harbour Hike for Waypoint \u2013 sponsor forms and fundraising page", D("2025-04-24 15:10:38"), mid("roundcube", "n37"),
     alt(t, "n37"), bcc=PARENTS[:6], cc=[HEAD], extra=[UA_RC])

# 038 -------------------------------------------------------------
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<table width="640" cellpadding="8" style="border-collapse:collapse">
<tr><td style="background:#1d4e89;color:#fff"><h1 style="margin:0;font-size:20pt">Ashgrove Park News</h1><p style="margin:0">Spring Term 2 &#8211; Issue 5</p></td></tr>
<tr><td>
<h2 style="font-size:14pt;color:#1d4e89">From the Headteacher</h2>
<p>What a half term! Our Key Stage 4 pupils completed their Duke of Edinburgh expedition in the rain, the Harbour bike workshop has now repaired 31 bikes for the community, and Class 6 performed beautifully at the Northmoor Music Festival.</p>
<h2 style="font-size:14pt;color:#1d4e89">Dates for your diary</h2>
<ul>
<li>Mon 24 March &#8211; Parents&#8217; evening (Harbour), 3.30&#8211;6pm</li>
<li>Thu 27 March &#8211; World Autism Acceptance Week assembly</li>
<li>Fri 4 April &#8211; Last day of term, 1.30pm finish</li>
<li>Tue 22 April &#8211; Pupils return</li>
</ul>
<h2 style="font-size:14pt;color:#1d4e89">Therapy team corner</h2>
<p>Rhiannon (speech and language) has added new Makaton videos to the website. They are a lovely way for brothers, sisters and grandparents to learn some signs too.</p>
<h2 style="font-size:14pt;color:#1d4e89">Lost property</h2>
<p>We have 14 unnamed coats. Please label everything!</p>
<p style="font-size:10pt;color:#555">Please share this newsletter with grandparents and anyone else who helps look after your child. Translated copies in Polish, Urdu and Arabic are available from Amira Haddad, Family Liaison.</p>
</td></tr></table>
</body></html>
"""
send(38, N, "newsletter", "html", "school newsletter to parents with dates and a note to share it with grandparents",
     OFFICE, [OFFICE], "Ashgrove Park News - Spring 2", D("2025-03-14 13:00:00"), mid("other", "n38"),
     text_entity(h, subtype="html", charset="utf-8", cslabel='"utf-8"', cte="quoted-printable"), bcc=PARENTS, extra=[UA_RC])

# 039 -------------------------------------------------------------
t = """Dear Parents and Carers,

Many of you have told us how worried you are about crossing Moor Lane at the start and end of the day, especially with our younger pupils and those who find busy roads overwhelming.

Governors have decided to support a formal e-petition through Northmoor Council's own petition scheme asking for a signal-controlled crossing outside the school. Under the council's scheme, a petition signed by 500 or more people who live, work or study in Northmoor must be debated at a meeting of the full council.

You can read the wording and sign here:
https://petitions.northmoor-council.example/moor-lane-crossing

The petition closes on 31 March. Please only sign once, and only if you are happy to - nobody will be asked whether they have signed.

We will also be sharing our own traffic survey (carried out with pupils in maths lessons) with the council's highways team.

Thank you

Dr Helen Okafor
Headteacher"""
send(39, N, "genuine-petition", "wrapped", "head asks parents to sign the council's official e-petition for a safe crossing, with a closing date",
     HEAD, [OFFICE], "Safer crossing on Moor Lane - council e-petition", D("2025-03-03 12:02:19"), mid("roundcube", "n39"),
     text_entity(wrap(t, 72), charset="us-ascii", cslabel="US-ASCII"), bcc=PARENTS[3:], extra=[UA_RC])

# 040 -------------------------------------------------------------
q1 = """Hi all,

The card for Pat's retirement is in the staffroom in a big brown envelope. Please sign it and then pass it on to the next person on the list that's clipped to the front, and tick your name off. There's also a collection envelope in there if you'd like to contribute to her present (a garden voucher and the bench plaque).

It needs to be back with me by Thursday lunchtime please!

Karen"""
q2 = """Signed and passed to Owen!

Bev"""
t = """Signed, put a fiver in and passed it on to Priya. Owen, you left it in the science prep room, I rescued it :)

Kerry

On 2025-07-14 10:02, Bev Mulligan wrote:
""" + quote(q2) + """
>
> On 2025-07-14 08:15, Karen Pike wrote:
""" + quote(q1, 2)
send(40, N, "thank-you-round-robin", "reply-quoted", "staff reply-all thread about signing and passing on a retirement card",
     KERRY, [KAREN, BEV, SCI], "Re: Re: Pat's retirement card", D("2025-07-14 13:40:09"), mid("roundcube", "n40"),
     rc_text(t), extra=[UA_RC], in_reply_to=mid("roundcube", "n40p"))

# 041 -------------------------------------------------------------
t = """Dear colleagues,

It is with great sadness that I share the news that Frank Delaney, who volunteered as a reading mentor at The Harbour for the past six years, passed away peacefully at the weekend.

Many of you will remember Frank's patience, his terrible jokes and the biscuits he always brought on a Wednesday. He made a real difference to a lot of young people.

Please keep Frank's wife Maureen and their family in your thoughts and prayers. A book of condolence is in main reception and at the Harbour office until the end of next week, and we will pass it to the family. Pupils who knew Frank may want to make a card or write a message - Shannon and the pastoral team will support them, and Father Michael from St Aidan's has offered to come in if anyone would like to talk.

Funeral details will follow once the family have confirmed them.

With best wishes

Helen"""
send(41, N, "bereavement-prayers", "flowed", "head tells staff of a volunteer's death, asking for thoughts and prayers and pointing to a book of condolence",
     HEAD, [ALLSTAFF], "Sad news - Frank Delaney", D("2025-01-13 07:45:26"), mid("roundcube", "n41"), rc_text(t), extra=[UA_RC])

# 042 -------------------------------------------------------------
t = """Dear Parents and Carers,

Several parents have contacted us this week about a message going round on WhatsApp and by email. It says that WhatsApp will start charging for messages, and that your logo will turn blue if you forward it to 10 contacts.

This message is not true. It is a hoax. WhatsApp is not going to charge you, and nothing will happen to your account if you ignore it.

Please do not forward it \u2013 just delete it. You do not need to reply to the person who sent it to you.

If you ever receive a message that worries you, or a message that asks you for money or bank details, you are welcome to show it to me at the school gate or bring it to a coffee morning and we can look at it together.

If you would like this letter in Urdu, Polish, Arabic or Dari, please reply to this email.

Kind regards

Amira Haddad
Family Liaison Officer"""
send(42, N, "hoax-debunk-letter", "alternative", "family liaison tells parents the 'WhatsApp will charge' message is a hoax and not to forward it",
     FLO, [FLO], "WhatsApp message - this is a hoax, please do not forward", D("2025-03-07 12:48:54"), mid("roundcube", "n42"),
     alt(t, "n42"), bcc=PARENTS, cc=[HEAD], extra=[UA_RC])

# 043 -------------------------------------------------------------
t = """Secret Santa names are in the envelope on my desk in the Harbour office \U0001F385 take one and DON'T tell anyone who you've got!

\u00a310 limit, gifts under the tree in the staffroom by Weds 18th please. We'll open them at the Christmas lunch.

Shan x

Sent from my iPhone"""
send(43, N, "secret-santa", "mobile", "key worker organises the staff Secret Santa from her phone",
     KEYW, [HARBOUR], "Secret Santa!!", D("2024-12-02 07:12:33"), mid("iphone", "n43"), iphone_text(t), extra=[UA_IPHONE])

# 044 -------------------------------------------------------------
t = """Dear Amira,

Thank you again for referring families to us this autumn. As our Christmas appeal starts on Monday we wanted to let schools know what we\u2019re most short of:

\u2022 UHT milk and long-life juice
\u2022 tinned meat and fish
\u2022 toiletries, especially deodorant and sanitary products
\u2022 selection boxes for our children\u2019s hampers (we\u2019re aiming for 300 this year)

Donations can be left at St Aidan\u2019s church hall, Tuesday to Friday, 10am\u20132pm. If it\u2019s easier, we\u2019re happy to collect from the school if you\u2019re running a collection \u2013 just give us a ring.

Please do spread the word among your families and staff. The attached poster can go in your newsletter or on the noticeboard, and vouchers can still be issued by yourself or the Harbour team in the usual way.

With thanks and warm wishes,

Janice Oduya
Volunteer Coordinator
Northmoor Food Bank (Registered Charity 1098765)"""
send(44, N, "food-bank-appeal", "cp1252", "food bank asks family liaison to spread the word about its Christmas appeal",
     addr("Northmoor Food Bank", "hello@northmoorfoodbank.example"), [FLO], "Christmas appeal \u2013 items most needed",
     D("2024-11-22 10:05:17"), mid("outlook", "n44"),
     text_entity(t, charset="windows-1252", cslabel='"windows-1252"', cte="8bit"), auth=False, extra=[UA_OUTLOOK])

# 045 -------------------------------------------------------------
t = """Dear Dr Okafor,

Following my chat with Dean last week, I'm pleased to confirm that Whitlow Motors will sponsor the Harbour fun run on Friday 27 June.

We will donate \u00a32 for every lap completed by each pupil taking part, up to a maximum of \u00a3500 in total, and we'll round it up to the nearest \u00a350. Dean tells me a lap of the field is about 400m, so no pressure on anyone!

If it helps, we can also provide bottled water and a gazebo on the day. One of our apprentices, who was a Harbour pupil himself a few years ago, has asked if he can come along and help with the lap counting.

Please let me know where to send the cheque once the total is in.

Best regards,

Gary Whitlow
Managing Director
Whitlow Motors Ltd, Mill Street, Northmoor"""
send(45, N, "sponsor-per-lap", "latin1", "local business confirms it will donate \u00a32 per lap for the Harbour fun run",
     addr("Gary Whitlow", "gary@whitlow-motors.example"), [HEAD], "Harbour fun run - sponsorship",
     D("2025-06-02 09:18:45"), mid("other", "n45", "whitlow-motors.example"),
     text_entity(t, charset="iso-8859-1", cslabel="ISO-8859-1", cte="8bit"), cc=[APLEAD], auth=False, extra=[UA_TB])

# 046 -------------------------------------------------------------
fw = """Hello everyone,

We're recruiting volunteer mentors for our autumn intake. Mentors meet a young person for two hours a week, usually after school, for at least a year.

You don't need any qualifications - just reliability, patience and a sense of humour. All mentors complete an enhanced DBS check, two references and our four-evening training course (Tuesdays 9, 16, 23 and 30 September, 6-8.30pm at our Kingsway office).

Application forms are on our website, or people can ring Sophie on 0113 496 0558 for an informal chat.

Please pass this on to anyone you think would be a good fit.

Many thanks
Sophie Achebe
Volunteer Recruitment, Waypoint Youth Mentoring"""
t = "Saw this, thought you'd want to know - Waypoint are recruiting mentors again. If you know anyone who'd be good (retired colleagues especially!) please pass it on.\n\nRuth\n\n" + \
    rc_fwd_header("Volunteer mentors needed - autumn intake", "2025-06-16 14:22", "Sophie Achebe <s.achebe@waypoint-mentoring.example>",
                  "partners@waypoint-mentoring.example") + "\n" + fw
send(46, N, "volunteer-recruitment-fwd", "fwd-inline", "volunteer coordinator forwards the charity's mentor recruitment notice to colleagues",
     VOLC, [ALLSTAFF], "Fwd: Volunteer mentors needed - autumn intake", D("2025-06-17 09:03:51"), mid("roundcube", "n46"),
     rc_text(t), extra=[UA_RC])

# 047 -------------------------------------------------------------
t = """Hi all,

For Anti-Bullying Week we're doing a friendship chain again \u2013 it went down really well last year.

Each class gets a pack of coloured paper strips (in your pigeonholes by Monday). Every pupil writes or draws something kind about someone else in their class on a strip \u2013 symbols and photos are absolutely fine for those who need them. Staff join in too!

Loop the strips together to make your class chain. On Friday afternoon bring the chains to the hall and we'll join them all together into one giant friendship chain across the school and the Harbour, and measure it. Last year's was 41 metres.

Please keep an eye out for anyone who might feel left out, and make sure every child has at least one link with their name on it.

Thanks!
Bev"""
send(47, N, "friendship-paper-chain", "qp", "TA explains the Anti-Bullying Week paper friendship chain activity to staff",
     BEV, [ALLSTAFF], "Anti-Bullying Week \u2013 friendship chain", D("2024-11-07 16:20:10"), mid("roundcube", "n47"),
     text_entity(t, charset="utf-8", cslabel="UTF-8", cte="quoted-printable"), extra=[UA_RC])

# 048 -------------------------------------------------------------
t = """Do we have any more coloured strips for the paper chains? Class 4 have used all theirs and now want to make one for the whole corridor lol

Sent from my iPhone"""
send(48, N, "paper-chain", "mobile", "TA asks a teacher for more strips to make Christmas paper chains",
     DONNA, [ART], "paper chains", D("2024-12-05 10:41:56"), mid("iphone", "n48"), iphone_text(t), extra=[UA_IPHONE])

# 049 -------------------------------------------------------------
t = """Hi Jez,

Thanks again for the six bikes you dropped off. The lads in the Harbour have been brilliant with them - two are already back on the road and being used by pupils who cycle in.

Two of the others need new chains (8-speed, I think), and one has a stiff link that keeps jumping. Could we borrow a chain tool and a few quick links next time you're passing? We'd like the pupils to do the work themselves, so if you could spare half an hour to show them how to measure chain wear that would be fantastic.

We're in the workshop Tuesday and Thursday afternoons.

Cheers
Dean"""
send(49, N, "bike-chain-workshop", "plain", "AP lead asks a bike charity for a chain tool and help replacing bike chains",
     APLEAD, [addr("Jez Collier", "workshop@pedalproject.example")], "Bikes - chains and a chain tool?", D("2025-05-06 12:30:24"),
     mid("roundcube", "n49"), text_entity(t, charset="us-ascii", cslabel="US-ASCII"), cc=[HEAD], extra=[UA_RC])

# 050 -------------------------------------------------------------
inner_t = """Dear Headteachers and Designated Safeguarding Leads,

Northmoor Police are aware of a rise in 'Hi Mum' text and WhatsApp scams targeting parents in the area over the last fortnight. The message claims to come from a son or daughter who has lost or broken their phone and asks for money to be sent urgently to a new account.

Please share the following advice with families using your usual channels (newsletter, text service, website):

- If you receive a message like this, call your child on their usual number or speak to them in person before doing anything.
- Never transfer money or share bank details because of a message alone.
- Report scam texts by forwarding them to 7726, and report any losses to Action Fraud.

This alert does not need to be forwarded beyond your school community.

PC Sarah Whitby
Schools and Youth Engagement Officer
Northmoor Police"""
inner = build_message(addr("Schools Liaison - Northmoor Police", "schools.liaison@northmoor-police.example"),
                      [addr("", "m.reid@school.example")], "Scam alert: 'Hi Mum' messages targeting parents",
                      D("2025-02-18 11:04:00"), "<%s@northmoor-police.example>" % det_hex("n50i", 20),
                      text_entity(inner_t, charset="us-ascii", cslabel="us-ascii"))
outer = """Hi all,

Please see the attached alert from PC Whitby. Karen - could this go in Friday's newsletter and on the parent text service please? Amira, could you mention it at Thursday's coffee morning for parents who don't read English easily.

Marcus"""
ent = multipart("mixed", [rc_text(outer), rfc822_entity(inner, "Scam alert Hi Mum messages.eml")], bnd("n50"))
send(50, N, "police-scam-alert", "fwd-rfc822", "DSL forwards (as attachment) a genuine police scam alert for sharing with families",
     DSL, [KAREN, FLO, HEAD], "Fwd: Scam alert: 'Hi Mum' messages targeting parents", D("2025-02-18 12:15:39"), mid("roundcube", "n50"),
     ent, extra=[UA_RC])

# 051 -------------------------------------------------------------
t = """Hi Karen,

Just a reminder about the Friends of Ashgrove cake sale this Friday (28th) after school in the hall \U0001F370

Could you pop it on ParentMail and maybe ask the class reps to mention it on their WhatsApp groups? Donations of cakes would be lovely \u2013 please remind people everything needs to be nut-free and labelled with ingredients. Cakes can be dropped at reception from 8.30 on Friday morning.

All money raised is going towards the new sensory garden.

Thanks so much,
Jen
Friends of Ashgrove Park (PTA)"""
send(51, N, "pta-cake-sale", "base64", "PTA asks the office to publicise a cake sale to parents",
     addr("Friends of Ashgrove Park", "friendsofashgrove@example.org"), [KAREN], "Cake sale Friday",
     D("2025-03-24 20:14:06"), mid("gmail", "n51"), text_entity(t, charset="utf-8", cslabel='"UTF-8"', cte="base64"), auth=False)

# 052 -------------------------------------------------------------
h = """<html><body style="font-family:Verdana,sans-serif;font-size:11pt">
<p>Dear Year 11,</p>
<p>Good luck for your first exams tomorrow! You have worked incredibly hard this year and every one of your teachers is proud of you.</p>
<p>A few reminders:</p>
<ul>
<li>Breakfast club is open from 8am in the dining hall &#8211; toast, cereal and a calm space.</li>
<li>Bring two black pens, a pencil and your water bottle (label removed).</li>
<li>If you have a reader, scribe or rest breaks, Mr Fairweather will meet you in the small exam room.</li>
<li>Mobile phones go in the box at the door.</li>
</ul>
<p>If you are feeling anxious tonight, try to get some fresh air and an early night. You've got this.</p>
<p>Best of luck,<br>Dr Okafor</p>
</body></html>
"""
send(52, N, "good-luck-exams", "html", "head wishes Year 11 pupils good luck for their exams with practical reminders",
     HEAD, [addr("Year 11", "year11@students.school.example")], "Good luck tomorrow!", D("2025-05-11 17:30:00"), mid("roundcube", "n52"),
     text_entity(h, subtype="html", charset="utf-8", cslabel="UTF-8", cte="7bit"), extra=[UA_RC])

# 053 -------------------------------------------------------------
q1 = """Hi Sandra,

Thanks - that's helpful. Could the Harbour route keep the 8.20 pick-up from the Moorside estate until Easter? A couple of our pupils are on part-time timetables and the later pick-up really matters for them.

Karen"""
q2 = """Hi Karen,

Apologies for the delay. The new operator starts on 1 April. I've asked them to keep all current pick-up times for the first half term, but I'll need confirmation from you by Friday of any routes where times must not change.

Sandra Lyle
Home to School Transport, Northmoor Council"""
t = """Hi Karen,

Sorry, I've only just read the whole chain below properly. Yes - the 8.20 pick-up on the Harbour route will stay as it is until at least the May half term. I'll confirm in writing once the operator has signed the route sheet.

Kind regards
Sandra

-----Original Message-----
From: Karen Pike <k.pike@school.example>
Sent: 11 March 2025 09:14
To: Sandra Lyle <sandra.lyle@northmoor-council.example>
Subject: RE: Harbour route - new operator from April

""" + quote(q1) + "\n>\n> -----Original Message-----\n> From: Sandra Lyle\n> Sent: 10 March 2025 16:40\n>\n" + quote(q2, 2)
send(53, N, "email-chain-reply", "reply-quoted", "council transport officer replies to a long email chain about a taxi route",
     addr("Sandra Lyle", "sandra.lyle@northmoor-council.example"), [KAREN], "RE: Harbour route - new operator from April",
     D("2025-03-12 14:27:08"), mid("outlook", "n53"), text_entity(t, charset="us-ascii", cslabel='"us-ascii"'), auth=False,
     in_reply_to=mid("roundcube", "n53p"))

# 054 -------------------------------------------------------------
t = """Hi Miss Achterberg,

Here's our order list for the keychains so far. We've sold 46!! The most popular is the lighthouse one in blue. Mia says we need to order more key rings from the supplier because we've only got 20 left.

We still owe the enterprise fund 12 pounds from the laser cutter acrylic.

Dylan (Y10 enterprise group)"""
rows = [["Order", "Form", "Design", "Colour", "Qty", "Paid"],
        [1, "10K", "Lighthouse", "Blue", 2, "Y"], [2, "10K", "Paw print", "Pink", 1, "Y"], [3, "9M", "Lighthouse", "Blue", 1, "Y"],
        [4, "Staff", "Initial", "Clear", 3, "Y"], [5, "11H", "Football", "Red", 1, "N"], [6, "Harbour", "Lighthouse", "Green", 4, "Y"],
        [7, "8P", "Star", "Yellow", 2, "Y"], [8, "Staff", "Lighthouse", "Blue", 5, "Y"], [9, "10K", "Gaming pad", "Black", 2, "N"],
        [10, "9M", "Paw print", "Blue", 1, "Y"], [11, "Harbour", "Bike", "Orange", 3, "Y"], [12, "Staff", "Star", "Clear", 2, "Y"],
        [13, "11H", "Lighthouse", "Blue", 6, "Y"], [14, "8P", "Football", "Red", 3, "Y"], [15, "Harbour", "Initial", "Green", 10, "N"],
        ["", "", "", "Total", 46, ""]]
ent = multipart("mixed", [text_entity(t, charset="us-ascii", cslabel="US-ASCII", flowed=True),
                          att_entity("keychain orders.csv", csv_text(rows).encode(), "text/csv")], bnd("n54"))
send(54, N, "keychain-fundraiser", "attach-csv", "pupil sends the teacher the enterprise project's keychain order list",
     addr("Dylan Morris", "22dmorris@students.school.example"), [ART], "keychain orders", D("2025-02-11 13:05:42"), mid("roundcube", "n54", "students.school.example"),
     ent, extra=[UA_RC])

# 055 -------------------------------------------------------------
t = """Hi Dean,

As promised, here are the details for Hands Across Northmoor on World Mental Health Day. We're hoping to make a human chain along the riverside path from the Ferry Road bridge to the bandstand - about 600 people if everyone turns up!

Would the Harbour group like to join us? The young people we mentor have been designing the banners. The risk assessment and timings are attached; there's a quiet zone and a first aid point at the bandstand end.

Best wishes
Nia
Events & Fundraising, Waypoint Youth Mentoring"""
att = """HANDS ACROSS NORTHMOOR - Friday 10 October
Timings and risk summary

12.30  Marshals arrive, hi-vis and radios issued
13.00  Groups arrive at allocated sections (schools: sections C and D, bandstand end)
13.30  Human chain forms - two minutes of holding hands along the path
13.35  Balloon-free release of messages (paper, collected afterwards)
13.45  Hot drinks at the bandstand, quiet zone in the scout hut
14.30  Close

Key risks and controls
- Water's edge: marshals every 20m, groups stay on the path side of the railings
- Crowding/sensory overload: quiet zone, ear defenders available, leaders may withdraw groups at any point
- Weather: decision to proceed made by 9am on the day, communicated by text to group leaders
- Lost young person: meeting point at bandstand, leaders hold group lists (not shared with Waypoint)

Contact on the day: event line 07700 900417
"""
ent = multipart("mixed", [rc_text(t), att_entity("Hands Across Northmoor - timings and RA.txt", att.encode(), "text/plain; charset=us-ascii")], bnd("n55"))
send(55, N, "human-chain-event", "attach-txt", "charity invites the AP unit to a human-chain mental health event with timings and risk assessment",
     addr("Nia Rowlands", "events@waypoint-mentoring.example"), [APLEAD], "Hands Across Northmoor - 10 October",
     D("2025-09-15 11:47:20"), mid("roundcube", "n55", "waypoint-mentoring.example"), ent, auth=False, extra=[UA_RC])

# 056 -------------------------------------------------------------
t = """Hi Tariq,

As promised at Tuesday's joint twilight, here are the resources from the session on financial exploitation. Feel free to use them with your mentors - the handout is written so it can go straight to young people aged 14+.

The notes include the section on gifting circles and 'blessing looms' that your volunteers asked about. Please let me know if you'd like us to run the session again for your new intake in September.

Best wishes
Marcus Reid
Deputy Head & DSL"""
doc = make_docx([("h", "Twilight training: financial exploitation of young people"),
                 "1. Money mules: young people are approached on social media and offered cash to let someone else use their bank account. This is a criminal offence and can lead to the account being closed and a CIFAS marker.",
                 "2. Pyramid schemes and gifting circles: 'gifting circles', 'blessing looms' and 'investment clubs' promise a large pay-out if you join with a payment and recruit others. Only the people at the top gain; most lose their money. Running or promoting one is illegal in the UK.",
                 "3. Chain messages that promise money for forwarding are never genuine, but they are often the first contact in a scam.",
                 "4. Signs to look for: new clothes or phones with no explanation, secrecy about money, talk of 'easy money', anxiety about a debt to a friend.",
                 "5. What to do: record, report to the DSL the same day, do not investigate yourself."], "Financial exploitation twilight", "Marcus Reid")
hand = """WHEN 'EASY MONEY' ISN'T

Someone offers you money to use your bank account? Say no. It's called being a money mule and it's a crime.

Asked to 'gift' money and recruit two friends to get more back? That's a pyramid scheme. Most people lose everything.

A message says you'll be paid for forwarding it? It's fake. Delete it.

Worried? Talk to your mentor, your key worker or call Childline on 0800 1111.
"""
z = make_zip([("Financial exploitation - trainer notes.docx", doc), ("Young people handout.txt", hand.encode())])
ent = multipart("mixed", [rc_text(t), att_entity("financial-exploitation-twilight.zip", z, "application/zip")], bnd("n56"))
send(56, N, "safeguarding-training-pack", "zip", "DSL sends the mentoring charity a zipped training pack on financial exploitation covering pyramid schemes",
     DSL, [addr("Tariq Mahmood", "t.mahmood@waypoint-mentoring.example")], "Financial exploitation twilight - resources",
     D("2025-06-26 10:10:10"), mid("roundcube", "n56"), ent, cc=[HEAD], extra=[UA_RC])

# 057 -------------------------------------------------------------
t = """Hello all,

A number of mailboxes are now over 90% of their 2 GB quota and a few have stopped receiving mail altogether.

In nearly every case the cause is the same: long reply-all chains with the same attachments copied into every message, and old forwards of newsletters and photos.

Quick ways to free up space:

  1. Empty your Deleted Items and Junk folders.
  2. Sort your Inbox by size and delete or save old attachments to the shared drive.
  3. When replying to a long thread, remove attachments you don't need to send back.
  4. Please don't reply-all to all-staff emails unless everyone genuinely needs to see your answer.

If you need more space for a good reason, ask and I'll look at it \u2013 but extra storage from our provider costs about \u00a340 per mailbox a year, so the café budget is safer if we tidy up first!

Tom
IT Support"""
t = t.replace("\u2013", "-")
send(57, N, "mailbox-housekeeping", "latin1", "IT asks staff to tidy mailboxes and avoid reply-all chains",
     TOM, [ALLSTAFF], "Mailbox quotas - please have a tidy up", D("2025-04-30 15:55:08"), mid("tbird", "n57"),
     text_entity(t, charset="iso-8859-1", cslabel="ISO-8859-1", cte="8bit"), extra=[UA_TB])

# 058 -------------------------------------------------------------
t = """Dear Kelly,

Thank you for sending this to us \u2013 it's clear you were worried about Tyler and his friends, and we'd always rather hear about these things.

I've checked with our police schools officer this morning. This particular message is a hoax that has been going round in different versions since 2019; there's no record of anything like this happening locally. Because of that we won't be forwarding it to parents, as it would only cause unnecessary worry.

That said, the advice not to accept sweets or anything else from strangers is always sensible, and we cover this regularly in PSHE. If Tyler or any other child is ever offered anything on the way to school, please tell us straight away.

Kind regards

Karen Pike
Office Manager

On 20/05/2025 07:14, Kelly Harrop wrote:
> Hi
>
> Can the school PLEASE forward this to every parent asap. My friend's
> cousin is a nurse and she says it's true.
> [...]"""
send(58, N, "hoax-reply-to-parent", "reply-quoted", "office manager replies to a parent that a forwarded warning is a hoax and won't be sent on",
     KAREN, [addr("Kelly Harrop", "kelly.harrop@example.com")], "Re: PLEASE SEND TO ALL PARENTS \u2013 URGENT", D("2025-05-20 11:32:47"), mid("roundcube", "n58"),
     rc_text(t), cc=[HEAD], extra=[UA_RC], in_reply_to=mid("outlook", "c25"))

# 059 -------------------------------------------------------------
t = """WAYPOINT YOUTH MENTORING - SPRING UPDATE

Hello partners,

Thank you for another brilliant term. Between January and March our volunteers mentored 126 young people across Northmoor, and 88% of mentees reported feeling more confident about the future.

Mentor of the term: Bernie Walsh, who has now clocked up 400 hours with young people from The Harbour and two other schools. Thank you Bernie!

Coming up:
- Partner briefing, Wednesday 14 May, 4-5pm (online)
- New mentor training starts 9 September
- Hands Across Northmoor, 10 October

Know a young person who'd benefit from a mentor? Referrals are made through our secure partner portal - please don't send referral details by email. If you know someone who might like to volunteer, feel free to pass this update on.

Thank you,
The Waypoint team"""
send(59, N, "charity-newsletter", "alternative", "mentoring charity's termly update to partner schools (stats, events, pass it on to potential volunteers)",
     addr("Waypoint Youth Mentoring", "news@waypoint-mentoring.example"), [addr("Waypoint partners", "partners@waypoint-mentoring.example")],
     "Waypoint Spring Update", D("2025-04-07 10:00:00"), mid("other", "n59", "waypoint-mentoring.example"),
     alt(t, "n59", "gmail"), auth=False, envelope_from="bounces@waypoint-mentoring.example")

# 060 -------------------------------------------------------------
t = """Hi 9D,

This half term in DT each group will design and build a chain-reaction machine (sometimes called a Rube Goldberg machine). The idea is that one small action - like a marble rolling down a ramp - sets off a chain of events that ends by doing a simple job, such as ringing a bell or dropping a ball into a cup.

Your machine must have at least six steps, use at least three different mechanisms (levers, pulleys, ramps, dominoes, etc.) and fit on one of the workshop benches.

Week 1: research and sketches
Week 2-4: build and test
Week 5: final run, filmed for your portfolio

Bring in any cardboard tubes, string and old toy cars you have at home. Please don't bring anything with batteries or glass.

Miss Achterberg"""
send(60, N, "chain-reaction-project", "wrapped", "DT teacher introduces a chain-reaction machine project to a pupil class group",
     ART, [addr("9D", "9d@students.school.example")], "DT project - chain reaction machines", D("2025-04-23 09:02:30"), mid("roundcube", "n60"),
     text_entity(wrap(t, 72), charset="us-ascii", cslabel="US-ASCII"), extra=[UA_RC])

finish()
