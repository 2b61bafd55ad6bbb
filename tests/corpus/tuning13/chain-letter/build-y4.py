#!/usr/bin/env python3
# -*- coding: utf-8 -*-
#
# Writer y4 -- blind held-out corpus generator (python3, standard library only).
# Run from inside this policy folder:  python3 build-y4.py
# Writes positive/*.eml, negative/*.eml and manifest-y4.jsonl deterministically.
# All people, schools, numbers and organisations are invented.
#
import base64
import datetime
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
from email.utils import formataddr, format_datetime

W = "y4"
SCHOOL = "Kingsmead High School & Sixth Form"

# ---------------------------------------------------------------- headers

def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def A(name, email):
    """Format one address, RFC 2047-encoding a non-ASCII display name."""
    if not name:
        return email
    if is_ascii(name):
        return formataddr((name, email))
    return formataddr((name, email), charset="utf-8")


def H(s, charset="utf-8"):
    """Encode a header value (subject) if it is not plain ASCII."""
    if is_ascii(s):
        return s
    return Header(s, charset).encode()


GMT = datetime.timezone.utc
BST = datetime.timezone(datetime.timedelta(hours=1))


def D(y, mo, d, h, mi, s=0, tz=None):
    if tz is None:
        # crude UK clock: BST between April and October
        tz = BST if 4 <= mo <= 10 else GMT
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def MID(key, domain):
    h = hashlib.sha1((W + key).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def fold_addrs(addrs):
    return ",\n ".join(addrs)

# ---------------------------------------------------------------- bodies

def hardwrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        # keep list indentation
        stripped = line.lstrip(" ")
        indent = line[: len(line) - len(stripped)]
        sub = ""
        if stripped[:2] in ("- ", "* ", "o "):
            sub = "  "
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=indent + sub,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks end in a space, space-stuffing."""
    out = []
    for para in text.split("\n"):
        if para == "-- ":
            out.append(para)
            continue
        quote = ""
        body = para
        while body.startswith(">"):
            quote += ">"
            body = body[1:]
        if quote and body.startswith(" "):
            body = body[1:]
            quote += " "
        body = body.rstrip(" ")
        words = body.split(" ")
        lines = []
        cur = ""
        for w in words:
            if cur and len(quote) + len(cur) + 1 + len(w) > width:
                lines.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        for ln in lines:
            if not quote and (ln.startswith(" ") or ln.startswith("From ") or ln.startswith(">")):
                ln = " " + ln
            out.append(quote + ln)
    return "\n".join(out)


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")  # must be clean
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="7bit", fmt=None,
              quote_charset=True, disposition=None, filename=None):
    cs = ('"%s"' % charset) if quote_charset else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if fmt == "flowed":
        ct += "; format=flowed"
    elif fmt == "flowed-delsp":
        ct += "; format=flowed; delsp=yes"
    if filename:
        ct += '; name="%s"' % filename
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if disposition or filename:
        d = disposition or "attachment"
        if filename:
            d += '; filename="%s"' % filename
        hdrs.append("Content-Disposition: " + d)
    return (hdrs, encode_body(text, charset, cte))


def attach(data, ctype, filename, disposition="attachment", extra=None):
    if is_ascii(filename):
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disposition, filename)
    else:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"))
        ct = '%s; name="%s"' % (ctype, H(filename))
        cd = "%s; filename*=utf-8''%s" % (disposition, q)
    hdrs = ["Content-Type: " + ct, "Content-Disposition: " + cd,
            "Content-Transfer-Encoding: base64"]
    if extra:
        hdrs += extra
    return (hdrs, base64.encodebytes(data))


def boundary(key):
    h = hashlib.md5((W + "b" + key).encode()).hexdigest()
    return h


def multipart(subtype, parts, bnd, preamble="This is a multi-part message in MIME format.",
              params=""):
    hdrs = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, bnd)]
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for ph, pb in parts:
        if not pb.endswith(b"\n"):
            pb += b"\n"
        body += b"\n--" + bnd.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
    body += b"\n--" + bnd.encode() + b"--\n"
    return (hdrs, body)


def rfc822_part(msg_bytes, filename=None):
    ct = "message/rfc822"
    hdrs = []
    if filename:
        ct += '; name="%s"' % filename
    hdrs.append("Content-Type: " + ct)
    if filename:
        hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    else:
        hdrs.append("Content-Disposition: inline")
    return (hdrs, msg_bytes)


def message(frm, to, subject, date, key, part, cc=None, domain=None, extra=None,
            mime_version="1.0", reply_to=None):
    if domain is None:
        domain = frm.split("@")[-1].rstrip(">")
    lines = ["From: " + frm]
    if to:
        lines.append("To: " + fold_addrs(to))
    if cc:
        lines.append("Cc: " + fold_addrs(cc))
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("Subject: " + H(subject))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + MID(key, domain))
    if extra:
        lines += extra
    lines.append("MIME-Version: " + mime_version)
    ph, pb = part
    lines += ph
    return "\n".join(lines).encode("ascii") + b"\n\n" + pb


def html_doc(inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n<div style="%s">\n%s\n</div>\n</body>\n</html>\n' % (style, inner))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_to_html(text):
    out = []
    for block in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def html_table(rows, header=True, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

# ---------------------------------------------------------------- office files

ZDT = (2025, 1, 20, 9, 0, 0)


def _zip(files, dt=ZDT):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def make_zip(files, dt=ZDT):
    return _zip(files, dt)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def make_docx(blocks, dt=ZDT):
    """blocks: list of str (paragraph), ('h', str) heading, ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == "table":
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                 '</w:tblBorders></w:tblPr>']
            for row in b[1]:
                t.append("<w:tr>" + "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                    for c in row) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % "".join(body))
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
            '<dc:creator>Kingsmead</dc:creator></cp:coreProperties>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)], dt)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, dt=ZDT):
    """sheets: list of (name, rows). Numbers (int/float) stored as numbers, all else inline strings."""
    files = []
    wb_sheets = []
    wb_rels = []
    overrides = []
    for idx, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
        files.append(("xl/worksheets/sheet%d.xml" % idx, sheet))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), idx, idx))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (idx, idx))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % idx)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % "".join(wb_rels))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '%s</Types>' % "".join(overrides))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr)] + files, dt)


def make_csv(rows, bom=False, sep=","):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in (sep, '"', "\n")):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    data = "\r\n".join(out) + "\r\n"
    raw = data.encode("utf-8")
    return (b"\xef\xbb\xbf" + raw) if bom else raw

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- output

MANIFEST = []


def emit(label, num, family, shape, note, mail_from, rcpt, auth_user, data):
    assert label in ("positive", "negative")
    fn = "%s/%s-%03d-%s.eml" % (label, W, num, family)
    assert b"\r" not in data, fn
    with open(fn, "wb") as f:
        f.write(data)
    MANIFEST.append({"file": fn, "label": label, "mail_from": mail_from, "rcpt": rcpt,
                     "auth_user": auth_user, "shape": shape, "family": family, "note": note})


def write_manifest():
    with open("manifest-%s.jsonl" % W, "w", encoding="utf-8") as f:
        for m in MANIFEST:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")


def clean_dirs():
    for d in ("positive", "negative"):
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.startswith(W + "-") and fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))

# mail client flavours
X_OUTLOOK = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtQk2x1c2VhYm9vbGluZw=="]
X_IPHONE = ["X-Mailer: iPhone Mail (21G93)"]
X_TB = ["User-Agent: Mozilla Thunderbird"]
X_ANDROID = ["X-Mailer: Outlook for Android"]
X_GMAIL = []

# ====================================================================
# POLICY: chain-letter
# ====================================================================

S = "school.example"
P = "students.school.example"

def st(local):
    return local + "@" + S

def pu(local):
    return local + "@" + P

ALLSTAFF = "allstaff@school.example"


def build():
    clean_dirs()
    pos = lambda *a: emit("positive", *a)
    neg = lambda *a: emit("negative", *a)

    # ------------------------------------------------------------ P001
    frm = pu("24clarkej")
    to = [pu("24hussainz"), pu("24patelr"), pu("24wrightm"), pu("24zielinskao")]
    body = (
        "READ THIS ALL THE WAY OR U WILL REGRET IT\n\n"
        "in 2019 a girl called Lily Summers was 12 and she got this message and laughed at it "
        "and deleted it. that night her mum heard her screaming and when she went in lily was "
        "gone and the window was open and there was writing on the mirror that said U DIDNT SEND IT\n\n"
        "u have to send this to 15 people in the next 10 minutes or lily will come to ur house "
        "at 3:33am and stand next to ur bed \U0001F47B if u send it to 15 ppl u get good luck and "
        "ur crush will ask u out tomorow\n\n"
        "im so sorry i had to send it to u i didnt want to \U0001F62D\U0001F62D dont break it\n\n"
        "Sent from my iPhone")
    msg = message(A("Jayden Clarke", frm), to, "DONT IGNORE \U0001F631\U0001F631\U0001F631",
                  D(2024, 11, 7, 21, 48, 2), "cl-p1",
                  text_part(body, charset="utf-8", cte="quoted-printable", quote_charset=False),
                  extra=X_IPHONE, mime_version="1.0 (1.0)")
    pos(1, "curse-chain", "mobile",
        "Year 7 pupil's iPhone curse chain: send to 15 people in 10 minutes or a dead girl appears at 3:33am",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P002
    frm = pu("23hassana")
    to = [pu("23turnere"), pu("23begumf"), pu("23okonkwoj"), pu("23brownz"), pu("23lewisk")]
    body = (
        "ok so my cousin sent me this and i didnt believe it but my lights flickered last night "
        "so im not risking it\n\n"
        "There was a girl called Rosie who lived in an old house in Manchester. Every night at "
        "12 she heard footsteps going up the stairs but nobody was there. One night she opened "
        "her door and saw a lady in a long grey coat standing on the top step with no face. The "
        "lady said \"who did you tell\". Rosie ran to her mums room but her mum wasnt there. They "
        "found Rosie the next morning and she could never talk again, she just kept writing the "
        "same three words: PASS IT ON.\n\n"
        "Now you have read this the lady knows your name. To make her go away you have to copy "
        "and paste this to 10 people before midnight. If you send it to 10 she goes to someone "
        "elses house. If you send it to 5 she will only stand outside your window. If you send it "
        "to nobody... well you will find out at 12:00\n\n"
        "this is NOT a joke my friend in year 9 didnt send it and her mirror cracked the same "
        "night\n\n"
        "send it back to me so i know ur safe x\n")
    msg = message(A("Amira Hassan", frm), to, "the lady on the stairs (read b4 bed lol)",
                  D(2025, 1, 16, 19, 2, 41), "cl-p2",
                  text_part(body, charset="us-ascii", cte="7bit"),
                  extra=["X-Mailer: Microsoft Outlook 16.0"])
    pos(2, "ghost-story-chain", "plain",
        "Year 8 pupil's ghost story: copy and paste to 10 people before midnight or the faceless lady comes",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P003
    frm = "dorota.nowak84@example.com"
    to = [st("g.pryce")]
    body = (
        "Dear Mr Pryce,\n\n"
        "This was put in the Year 9 parents WhatsApp this morning. I am very worried, Kacper is "
        "always on his phone. Can the school send this to every parent please? I think everybody "
        "must know.\n\n"
        "Thank you,\n"
        "Dorota Nowak (mum of Kacper 9P)\n\n"
        "---------- Forwarded message ---------\n"
        "From: Marzena K <marzena.k.home@example.net>\n"
        "Date: Mon, 3 Feb 2025 at 07:12\n"
        "Subject: URGENT please share with all parents\n"
        "To: \n\n"
        "\u203c\ufe0f WARNING TO ALL PARENTS \u203c\ufe0f\n\n"
        "There is a new game going round called the \"Hollow Doll Challenge\". A doll with black "
        "eyes pops up in the middle of kids videos on YouTube Kids and Roblox and tells children to "
        "do 50 tasks. The last task is to hurt themselves or their family and NOT tell their "
        "parents or the doll will \"visit\" them. Two children in Spain are already in hospital.\n\n"
        "Police are saying it is real. PLEASE SHARE THIS WITH EVERY PARENT YOU KNOW AND EVERY "
        "GROUP YOU ARE IN. Do not let your children watch YouTube alone. Copy and paste, don't just "
        "press forward, so it doesn't get blocked.\n\n"
        "The more people who see this the more children are safe \U0001F64F\U0001F64F\n")
    alt_html = html_doc(paras_to_html(body), "font-family:Arial,sans-serif;font-size:small")
    msg = message(A("Dorota Nowak", frm), to, "Fwd: URGENT please share with all parents",
                  D(2025, 2, 3, 8, 5, 17), "cl-p3",
                  multipart("alternative", [
                      text_part(body, charset="UTF-8", cte="quoted-printable", quote_charset=False),
                      text_part(alt_html, "html", charset="UTF-8", cte="quoted-printable", quote_charset=False)],
                      "000000000000" + boundary("p3")[:16], preamble=None),
                  domain="mail.example.com")
    pos(3, "challenge-hoax", "fwd-inline",
        "Parent forwards a 'Hollow Doll Challenge' scare from a parents' WhatsApp, asking school to send it to every parent",
        frm, to, None, msg)

    # ------------------------------------------------------------ P004
    frm = pu("21bennettt")
    to = [pu("21ahmedy"), pu("21collinsj"), pu("21popai"), pu("21reidc"), pu("21dossantosl"),
          pu("21hughesb")]
    body = (
        "hey guys this is real i checked\n\n"
        "Hi I am Lucas from the Snapchat team. Snapchat is getting too full and we need to delete "
        "inactive accounts. To prove your account is active you must send this message to 20 "
        "people in your contacts. If you do not send it your account will be deleted on Saturday "
        "and you will lose all your streaks and memories. If you want to make a new one it will "
        "cost \u00a34.99 a month.\n\n"
        "When you have sent it to 20 people your Snap logo will turn gold \U0001F7E1 this is how we "
        "know you are active.\n\n"
        "Thank you from Snapchat team \U0001F47B\n\n"
        "(my 400 day streak is NOT going anywhere so im sending it just incase)\n")
    msg = message(A("Tyler Bennett", frm), to, "fwd this or ur snap gets deleted!!",
                  D(2024, 10, 12, 11, 30, 9), "cl-p4",
                  text_part(body, charset="utf-8", cte="quoted-printable"))
    pos(4, "account-deletion-hoax", "qp",
        "Year 10 pupil spreads a fake Snapchat notice: forward to 20 contacts or lose the account",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P005
    frm = pu("22reidc")
    to = [pu("22akhtarh"), pu("22nowakk"), pu("22morrisd"), pu("22kaurs"), pu("22evansl"),
          pu("22wisniewskam")]
    inner = (
        '<div style="text-align:center;font-family:Arial Black,Arial,sans-serif">\n'
        '<h1 style="color:#e4002b">\U0001F389 NIKE IS GIVING AWAY 500 PAIRS OF AIR MAX \U0001F389</h1>\n'
        '<h3>To celebrate 50 years we are giving trainers to 500 lucky UK teens!!</h3>\n'
        '<p style="font-size:16px">To enter:<br>\n'
        '1. <b>FORWARD this email to 20 friends</b> (we can track it)<br>\n'
        '2. Reply to <a href="mailto:claim@nike-giveaway-uk.example">claim@nike-giveaway-uk.example</a> '
        'with your shoe size and home address<br>\n'
        '3. Your trainers will be posted within 14 days</p>\n'
        '<p style="color:red;font-size:20px"><b>ONLY 137 PAIRS LEFT!!!</b></p>\n'
        '<p>If you do not forward it to 20 people your entry will not count.</p>\n'
        '</div>\n'
        '<p>i already done it, my cousin got his last week \U0001F45F\U0001F45F</p>\n')
    msg = message(A("Callum Reid", frm), to, "FREE AIR MAX \U0001F45F\U0001F45F real",
                  D(2025, 3, 1, 16, 12, 55), "cl-p5",
                  text_part(html_doc(inner, "font-family:Arial"), "html", charset="utf-8",
                            cte="quoted-printable"))
    pos(5, "fake-giveaway", "html",
        "Year 9 pupil forwards an HTML-only fake Nike trainer giveaway that requires forwarding to 20 friends",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P006
    frm = st("l.hughes")
    to = [ALLSTAFF]
    txt = (
        "Hi all, my sister sent me this last night. Please, please share it as widely as you can "
        "\u2013 every parent group, Facebook, everyone in your phone. Imagine if it was one of ours.\n\n"
        "Lisa x\n"
        "(TA, Learning Support)\n\n"
        "MISSING: Kayla Brennan, 14. Last seen leaving her school in Bradford on Tuesday at 3.15pm "
        "wearing black school trousers and a grey puffer coat. She has long brown hair and a small "
        "scar above her left eye. Her mum is absolutely devastated.\n\n"
        "The police won't do anything until she has been gone 48 hours so it is up to US. The "
        "first 72 hours are the most important.\n\n"
        "PLEASE SHARE THIS AS FAR AS IT CAN GO. It only takes a second. If you scroll past, ask "
        "yourself why. Someone somewhere knows something. Let's get Kayla home \U0001F494\n")
    html = html_doc(
        "<p>Hi all, my sister sent me this last night. Please, please share it as widely as you can "
        "&ndash; every parent group, Facebook, everyone in your phone. Imagine if it was one of ours.</p>\n"
        "<p>Lisa x<br>(TA, Learning Support)</p>\n"
        '<div style="border:2px solid #c00;padding:8px">\n'
        '<p style="color:#c00;font-size:16pt"><b>MISSING: Kayla Brennan, 14</b></p>\n'
        "<p>Last seen leaving her school in Bradford on Tuesday at 3.15pm wearing black school "
        "trousers and a grey puffer coat. She has long brown hair and a small scar above her left "
        "eye. Her mum is absolutely devastated.</p>\n"
        "<p>The police won't do anything until she has been gone 48 hours so it is up to US. The "
        "first 72 hours are the most important.</p>\n"
        "<p><b>PLEASE SHARE THIS AS FAR AS IT CAN GO.</b> It only takes a second. If you scroll past, "
        "ask yourself why. Someone somewhere knows something. Let's get Kayla home &#128148;</p>\n"
        "</div>")
    msg = message(A("Lisa Hughes", frm), to, "PLEASE SHARE - missing girl Kayla, 14",
                  D(2025, 1, 22, 7, 41, 30), "cl-p6",
                  multipart("alternative", [
                      text_part(txt, charset="utf-8", cte="quoted-printable"),
                      text_part(html, "html", charset="utf-8", cte="quoted-printable")],
                      "_000_" + boundary("p6")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(6, "missing-child-appeal", "alternative",
        "Teaching assistant sends all staff an unverified 'share as far as it can go' missing-girl appeal",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P007
    frm = st("m.ellison")
    to = [st("k.fenwick"), st("a.boateng"), st("j.tiller"), st("r.mcguire"), st("s.ahmed")]
    body = (
        "Only takes a second folks, I've done mine.\n\n"
        "Mark\n\n"
        "-----Original Message-----\n"
        "From: Carol Ellison <carol.ellison@example.net>\n"
        "Sent: 04 March 2025 21:16\n"
        "To: undisclosed-recipients\n"
        "Subject: Little Amelia - every forward counts\n\n"
        "Hello everyone. My name is Jenny and my daughter Amelia is 6 years old. She has a very "
        "rare kind of brain tumour and the doctors have told us there is nothing more they can do "
        "for her here. There is a treatment in America but it costs over 400,000 pounds.\n\n"
        "A big children's charity has agreed to donate 10p to Amelia's treatment fund every time "
        "this email is forwarded. They are tracking it with a special code so please DO NOT change "
        "the subject line or delete any of the text.\n\n"
        "Please forward this to everyone in your contacts. It costs you nothing but it could save "
        "my little girl's life. Please don't be the person who breaks the chain.\n\n"
        "God bless you all\n"
        "Jenny and Amelia x\n")
    msg = message(A("Mark Ellison", frm), to, "FW: Little Amelia - every forward counts",
                  D(2025, 3, 5, 8, 2, 0), "cl-p7",
                  text_part(hardwrap(body, 72), charset="us-ascii", cte="7bit"),
                  extra=X_OUTLOOK)
    pos(7, "sick-child-hoax", "wrapped",
        "DT teacher forwards a 'charity donates 10p per forward' sick-child chain to colleagues",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P008
    frm = "grace.mensah@example.org"
    to = [st("office")]
    body = (
        "Good morning,\r\n\r\n"
        "I am sending this to the school because you look after our children every day and you "
        "deserve a blessing. Please share it with all the teachers.\r\n\r\n"
        "\u201cA Prayer of Favour\u201d\r\n"
        "Lord, open the doors that no one can shut, and let every person who reads these words "
        "receive the favour they have been waiting for. Amen.\r\n\r\n"
        "This prayer has never been known to fail. It was given to a nun in 1952 and has travelled "
        "all over the world. You must send it to 9 people within 3 days of receiving it. On the 4th "
        "day you will receive your miracle \u2013 big or small. Do not keep this prayer. A lady in "
        "Lagos received it and put it in her drawer \u2013 she lost her job within the week. A man in "
        "Leeds sent it on the same day and his son got the university place he had been praying for.\r\n\r\n"
        "Do NOT break this chain. Send it to 9 people today and watch what God will do\u2026\r\n\r\n"
        "God bless,\r\n"
        "Mrs G. Mensah\r\n"
        "(mum of Esther, 8K)\r\n").replace("\r\n", "\n")
    msg = message(A("Grace Mensah", frm), to,
                  "Blessing for all at Kingsmead \u2013 please don\u2019t break it",
                  D(2025, 2, 9, 6, 55, 12), "cl-p8",
                  text_part(body, charset="windows-1252", cte="8bit"),
                  extra=["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"])
    pos(8, "prayer-chain", "cp1252",
        "Parent emails the school office a prayer chain: send to 9 people within 3 days or lose your luck",
        frm, to, None, msg)

    # ------------------------------------------------------------ P009
    frm = st("p.garside")
    to = [ALLSTAFF]
    body = (
        "Morning all, my husband got this from someone at his work, please be careful!! Pass it "
        "on to anyone you email.\n\n"
        "Pauline\n"
        "Reprographics\n\n"
        "---------- Forwarded message ---------\n"
        "From: Derek Garside <d.garside62@example.net>\n"
        "Date: Sun, 24 Nov 2024 at 19:40\n"
        "Subject: Fw: VIRUS WARNING - please read!!!\n"
        "To: Pauline <pgarside@example.net>\n\n"
        "PLEASE READ AND PASS ON!!!\n\n"
        "If you receive an email with the subject \"Your Ofsted Inspection Outcome\" or "
        "\"Updated Pay Scales 2025\" DO NOT OPEN IT. It contains a virus called BLACK TUESDAY that "
        "will wipe everything on your hard drive and steal every password saved on your computer. "
        "Once it is opened it cannot be removed.\n\n"
        "This was confirmed by Microsoft yesterday and was on the BBC. Norton say it is the most "
        "destructive virus they have ever seen and there is no fix yet.\n\n"
        "FORWARD THIS TO EVERYONE IN YOUR ADDRESS BOOK. Better to receive it 25 times than not at "
        "all!!!\n")
    msg = message(A("Pauline Garside", frm), to, "FW: VIRUS WARNING - please read!!!",
                  D(2024, 11, 25, 7, 58, 40), "cl-p9",
                  text_part(body, charset="us-ascii", cte="7bit"), extra=X_OUTLOOK)
    pos(9, "virus-hoax", "fwd-inline",
        "Reprographics staff forwards a 'Black Tuesday' virus hoax to all staff, 'forward to everyone in your address book'",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P010
    frm = pu("19fitzgeraldl")
    to = [pu("19sharmap"), pu("19nguyenma"), pu("19osullivanc"), pu("19adeyemit")]
    body = (
        "everyone do this the new rules start tomorrow!!\n\n"
        "From tomorrow Meta's new terms mean every photo, DM and even deleted posts can be used in "
        "adverts and sold to other companies. The only way to protect yourself is to put a notice "
        "on your account. Sharing doesn't count, it has to be copied and pasted.\n\n"
        "\"I hereby declare that I do NOT give Instagram, Meta or any company connected to them "
        "permission to use, sell or copy my photos, messages or personal information, now or in "
        "the future. Anyone who does so is breaking the law under the Data Protection Act.\"\n\n"
        "Apparently lawyers said it's legally binding and it was on Sky News. If you don't post "
        "it by midnight you've agreed to the new rules automatically.\n\n"
        "copy it to everyone in ur contacts n put it on ur story xx\n\n"
        "Leah\n")
    msg = message(A("Leah Fitzgerald", frm), to, "copy n paste!!! new instagram rule",
                  D(2024, 9, 29, 22, 14, 3), "cl-p10",
                  text_part(flowed(body), charset="UTF-8", cte="7bit", fmt="flowed",
                            quote_charset=False),
                  extra=X_TB)
    pos(10, "privacy-notice-hoax", "flowed",
        "Sixth former circulates a copy-and-paste Instagram privacy declaration hoax to friends",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P011
    frm = pu("24zielinskao")
    to = [pu("24clarkej"), pu("24hussainz"), pu("24patelr"), pu("24okoroe"), pu("24dabrowskan")]
    body = (
        "send this to 10 people u love including me \U0001F495 if u get\n"
        "0 back = ur not loved \U0001F622\n"
        "1-3 back = ur liked\n"
        "4-6 back = ur loved \U0001F970\n"
        "7+ back = everyone loves u \U0001F60D\n"
        "if u dont send it u will have bad luck in love for 7 years!!! no joke\n\n"
        "Get Outlook for Android\n")
    msg = message(A("Oliwia Zieli\u0144ska", frm), to, "\U0001F495\U0001F495 send back!!!",
                  D(2025, 2, 14, 17, 3, 22), "cl-p11",
                  text_part(body, charset="utf-8", cte="base64"), extra=X_ANDROID)
    pos(11, "friendship-chain", "mobile",
        "Year 7 pupil's 'send to 10 people you love or 7 years bad luck' friendship chain from a phone",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P012
    frm = pu("23begumf")
    to = [pu("23turnere"), pu("23hassana"), pu("23lewisk"), pu("23santosg"), pu("23yilmazk"),
          pu("23brownz")]
    body = (
        "copy this, delete my answers, put urs and send it to me and 6 other people. if u break "
        "the chain u wont get invited to a sleepover for a whole year \U0001F62D\n\n"
        "name: Fatima\n"
        "age: 12 (13 in march!!)\n"
        "fav colour: lilac\n"
        "fav teacher: mrs okafor shes so nice\n"
        "crush: \U0001F910\U0001F910\U0001F910\n"
        "bff: ella-rose obvs\n"
        "fav snack: takis\n"
        "dream job: dentist or youtuber\n"
        "would u rather fly or be invisible: fly\n\n"
        "NOW UR TURN \U0001F338 send to 7 people in 5 minutes and ur crush will text u tonight. if "
        "u ignore this ur phone will break by friday\n")
    msg = message(A("Fatima Begum", frm), to, "BESTIE QUIZ \U0001F338 fill in + send on",
                  D(2025, 1, 11, 15, 40, 10), "cl-p12",
                  text_part(body, charset="utf-8", cte="base64"))
    pos(12, "sleepover-chain", "base64",
        "Year 8 pupil's 'bestie quiz' that must be sent to 7 people or no sleepovers for a year",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P013
    frm = st("s.pike")
    to = [st("t.rowley"), st("n.begum"), st("j.marsden"), st("k.fenwick"), st("d.kaur"),
          st("b.tranter")]
    body = (
        "Hi ladies (and gents!)\n\n"
        "Some of you know I joined a Blessing Circle last summer \u2013 honestly it changed my year, "
        "I received \u00a33,200 just before Christmas. It's a gifting community, not a scheme, "
        "everybody helps each other.\n\n"
        "How it works: each flower has 15 places \u2013 1 Water in the middle, 2 Earth, 4 Air and 8 "
        "Fire on the outside. You join on Fire by gifting \u00a3400 to the Water in the centre. As new "
        "Fires join, the flower splits and you move in towards the middle. When you reach Water "
        "you receive \u00a3400 from each of the 8 new Fires = \u00a33,200!!\n\n"
        "We only need 3 more Fires and our flower splits this weekend. I've attached the "
        "spreadsheet so you can see who's already in (all genuine, lovely people). Please forward "
        "this to anyone who could do with a blessing \u2013 friends, family, your book club. The more "
        "people we bring in, the faster everyone moves up.\n\n"
        "It's totally legal because it's a gift. Message me before Friday!\n\n"
        "Sharon x\n"
        "Cover Supervisor\n")
    rows = [["Flower 12 \u2013 Spring", "", ""], ["Position", "Name", "Gifted?"],
            ["WATER", "Tina R.", "receiving"],
            ["EARTH", "Michelle P.", "yes"], ["EARTH", "Sharon P.", "yes"],
            ["AIR", "Donna W.", "yes"], ["AIR", "Lorraine K.", "yes"], ["AIR", "Bev H.", "yes"],
            ["AIR", "Carly S.", "yes"],
            ["FIRE", "Jo M.", "yes"], ["FIRE", "Angie T.", "yes"], ["FIRE", "Nic F.", "yes"],
            ["FIRE", "Sam L.", "yes"], ["FIRE", "Kerry D.", "yes"],
            ["FIRE", "** YOUR NAME HERE **", ""], ["FIRE", "** YOUR NAME HERE **", ""],
            ["FIRE", "** YOUR NAME HERE **", ""],
            ["", "", ""],
            ["Gift \u00a3400 to WATER by bank transfer, reference BLESSING", "", ""],
            ["Please pass this on \u2013 the flower only moves when it is full", "", ""]]
    msg = message(A("Sharon Pike", frm), to, "Blessing Circle - 3 places left in our flower \U0001F338",
                  D(2025, 3, 11, 16, 22, 8), "cl-p13",
                  multipart("mixed", [
                      text_part(body, charset="utf-8", cte="quoted-printable"),
                      attach(make_xlsx([("Flower 12", rows)]), XLSX, "Blessing Flower 12.xlsx")],
                      "_004_" + boundary("p13")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(13, "gift-circle", "attach-xlsx",
        "Cover supervisor recruits colleagues into a 'Blessing Circle' gifting pyramid with an .xlsx flower chart",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P014
    frm = pu("21popai")
    to = [pu("21bennettt"), pu("21ahmedy"), pu("21collinsj"), pu("21reidc"), pu("21dossantosl"),
          pu("21hughesb"), pu("21khanm"), pu("21wrightl"), pu("21szaboa"), pu("21osei-bonsum")]
    body = (
        "WE WANT 1 HOUR LUNCH\n\n"
        "open the file, add ur name + form to the bottom, save it and forward it to at least 10 "
        "people in the school. DONT delete anyone. when it gets to 500 names we send it to Mr "
        "Harrow and they legally have to have a meeting about it (my brother said its the law "
        "for petitions)\n\n"
        "DONT BREAK THE CHAIN or it wont work. we are at 63 already \U0001F525\U0001F525\n")
    first = ["Ionu\u021b", "Tyler", "Yusuf", "Jack", "Callum", "Leo", "Bethany", "Maryam",
             "Liam", "Anna", "Michael", "Priya", "Sofia", "Kai", "Ruby", "Ellie", "Adam",
             "Grace", "Zain", "Olivia", "Harvey", "Chloe", "Ali", "Mia", "Reece"]
    sur = ["P", "B", "A", "C", "R", "D", "H", "K", "W", "S", "O", "M", "N", "T", "L", "G",
           "F", "E", "J", "V", "Q", "Y", "Z", "I", "U"]
    forms = ["10M", "10B", "10K", "10S", "10P", "10W"]
    rows = [["No", "Name", "Form"]]
    for i in range(63):
        rows.append([str(i + 1), "%s %s" % (first[i % 25], sur[(i * 7) % 25]), forms[(i * 5) % 6]])
    msg = message(A("Ionu\u021b Popa", frm), to, "PETITION longer lunch!!! add ur name + send on",
                  D(2025, 3, 19, 12, 51, 33), "cl-p14",
                  multipart("mixed", [
                      text_part(body, charset="utf-8", cte="quoted-printable"),
                      attach(make_csv(rows), "text/csv; charset=utf-8", "petition_longer_lunch.csv")],
                      "----=_Part_" + boundary("p14")[:20]))
    pos(14, "forwarding-petition", "attach-csv",
        "Year 10 pupil's 'petition' CSV that must be signed and forwarded to 10 people until 500 names",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P015
    frm = "patmorgan1952@example.com"
    to = [pu("19morganr")]
    inner_body = (
        "Dear friends,\n\n"
        "Please do not delete this as a hoax. I am a retired solicitor and I was sceptical too.\n\n"
        "Microsoft are testing a new email tracking program and they need ordinary people to "
        "help. For every person you forward this email to, Microsoft will pay you 185 pounds. For "
        "every person THEY forward it to you get 120 pounds more, and 80 pounds for the third "
        "generation. When the test ends Microsoft will email you asking for your address and send "
        "you a cheque.\n\n"
        "My friend's sister forwarded it to 30 people and received 4,300 pounds last month. This is "
        "NOT a chain letter, it is a genuine test of the tracking software so please forward it "
        "to as many people as you can. The more people, the bigger your cheque!\n\n"
        "Regards,\n"
        "Shirley\n")
    inner = message(A("Shirley Baxter", "shirleyb@example.org"), ["undisclosed-recipients:;"],
                    "FW: FW: FW: Microsoft email beta test - GET PAID",
                    D(2025, 1, 27, 10, 14, 0), "cl-p15-inner",
                    text_part(inner_body, charset="us-ascii", cte="7bit"))
    body = (
        "Rhys love, your Grandad says this is a load of rubbish but Shirley from bingo says her "
        "nephew got a cheque. Worth a go!! Send it to all your friends at school, the more the "
        "better apparently.\n\n"
        "Love Nan xxx\n")
    msg = message(A("Pat Morgan", frm), to, "Fw: Microsoft will pay you!!",
                  D(2025, 1, 27, 14, 2, 51), "cl-p15",
                  multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                                      rfc822_part(inner, "Microsoft email beta test.eml")],
                            "------------" + boundary("p15")[:24], preamble=None),
                  domain="example.com")
    pos(15, "pay-per-forward-hoax", "fwd-rfc822",
        "Grandparent sends a pupil the 'Microsoft pays per forward' hoax as an attached message",
        frm, to, None, msg)

    # ------------------------------------------------------------ P016
    frm = st("j.marsden")
    to = [A("Sue Collins", st("s.collins"))]
    cc = [st("office"), st("r.fairbanks"), st("b.tranter"), st("n.begum")]
    body = (
        "Thanks Sue, that's terrifying. I've sent it to both my girls and my mum. Copying in the "
        "rest of the office \u2013 ladies please pass it on to every woman you know!\n\n"
        "Julie\n\n"
        "On Thu, 10 Oct 2024 at 12:18, Sue Collins <s.collins@school.example> wrote:\n"
        "> Ladies PLEASE read this and send it to every woman you know.\n"
        ">\n"
        "> A man came up to a friend of my cousin in the Asda car park in Stockport and asked if\n"
        "> she wanted to try a free perfume sample. She sniffed it and woke up in the back of a\n"
        "> van with no idea how she got there. The \"perfume\" is a chemical that knocks you out.\n"
        "> It's a new way gangs are picking out women for trafficking and the police told her it\n"
        "> is happening at supermarkets all over the north west.\n"
        ">\n"
        "> NEVER accept anything from a stranger in a car park. Forward this to your daughters,\n"
        "> sisters, mums and friends. It could save a life.\n"
        ">\n"
        "> Sue\n")
    msg = message(A("Julie Marsden", frm), to, "Re: Please read ladies - car park warning",
                  D(2024, 10, 10, 12, 44, 19), "cl-p16",
                  text_part(body, charset="utf-8", cte="quoted-printable"), cc=cc,
                  extra=["In-Reply-To: " + MID("cl-p16-orig", S),
                         "References: " + MID("cl-p16-orig", S)])
    pos(16, "urban-legend-warning", "reply-quote",
        "Office staff reply-all quoting a 'perfume sample in the car park' urban legend, urging everyone to pass it on",
        frm, [st("s.collins")] + [st("office"), st("r.fairbanks"), st("b.tranter"), st("n.begum")],
        frm, msg)

    # ------------------------------------------------------------ P017
    frm = pu("23brownz")
    to = [pu("23hassana"), pu("23turnere"), pu("23begumf"), pu("23lewisk"), pu("23santosg"),
          pu("23kowalskip"), pu("23ibrahima"), pu("23jonest")]
    body = (
        "ATTENTION ALL STUDENTS\n\n"
        "This is from the IT office. Because the school server is nearly full, any student email "
        "account that is not active will be deleted on Friday at 3pm and all your work on OneDrive "
        "will go with it.\n\n"
        "To keep your account you MUST forward this email to at least 10 other students so the "
        "system can see you are active. Accounts that forward it will be marked safe "
        "automatically.\n\n"
        "Mr Ellery said this is real, my sister in Year 11 asked him.\n\n"
        "PASS IT ON!!! dont let ur coursework get deleted \u00bb\u00bb\u00bb\n\n"
        "Zo\u00eb 8B :)\n")
    msg = message(A("Zo\u00eb Brown", frm), to, "IMPORTANT school email accounts being deleted!!",
                  D(2024, 12, 3, 13, 9, 47), "cl-p17",
                  text_part(body, charset="iso-8859-1", cte="quoted-printable"))
    pos(17, "account-deletion-hoax", "latin1",
        "Year 8 pupil spreads a fake 'forward to 10 students or your school account is deleted' notice",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P018
    frm = pu("20alim")
    to = [pu("20demira"), pu("20khant"), pu("20robertsj"), pu("20mensahe"), pu("20iqbals"),
          pu("20parkerd"), pu("20lopezm")]
    body = (
        "PLEASE TELL EVERYONE!!\n\n"
        "If someone called jess_monroe_07 adds you on insta or snap DO NOT ACCEPT. She is a "
        "hacker and if you accept she gets into your phone and can see all your pics and your bank "
        "app and then she hacks everyone in your contacts. It was on the news.\n\n"
        "Copy this and send it to EVERYONE in your contact list because if one of your friends "
        "accepts her you get hacked too!!!\n\n"
        "send to everyone pls\n"
        "Mo\n")
    msg = message(A("Mohammed Ali", frm), to, "DONT ACCEPT jess_monroe_07 !!!!!",
                  D(2024, 10, 2, 20, 26, 14), "cl-p18",
                  text_part(body, charset="us-ascii", cte="7bit"))
    pos(18, "hacker-warning-hoax", "plain",
        "Year 11 pupil spreads the 'don't accept this hacker's friend request, send to all contacts' hoax",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P019
    frm = pu("23turnere")
    to = [pu("23begumf"), pu("23hassana"), pu("23santosg"), pu("23lewisk"), pu("23yilmazk")]
    body = (
        "DO NOT DELETE THIS. READ IT ALL. I'M SERIOUS.\n\n"
        "This letter started in 1998 and has been sent all round the world. It's not a joke, you "
        "can look up the people in it.\n\n"
        "Carla was 13. She read this letter and said it was stupid and deleted it. Seven days "
        "later her house burned down while she was asleep upstairs. They said it was an electrical "
        "fault but the only thing that didn't burn was her laptop with this email still open on "
        "the screen.\n\n"
        "Jamal was 15. He sent this to 20 people within 24 hours. A month later his dad won "
        "50,000 pounds on a scratchcard and they moved to a big house with a pool.\n\n"
        "Kiera only sent it to 5 people because she thought that was enough. The next day she "
        "broke her arm in two places at netball.\n\n"
        "You have 24 hours. Send this to 20 people and something amazing will happen to you on "
        "Friday. Send it to less than 20 and you will have 10 years of bad luck. Send it to nobody "
        "and you will end up like Carla.\n\n"
        "I'm sorry, I don't want to end up like Carla.\n\n"
        "Ella-Rose 8T\n")
    msg = message(A("Ella-Rose Turner", frm), to, "dont delete!!!! read all of it",
                  D(2025, 2, 26, 18, 36, 58), "cl-p19",
                  text_part(hardwrap(body, 74), charset="us-ascii", cte="7bit",
                            quote_charset=False),
                  extra=X_TB)
    pos(19, "curse-chain", "wrapped",
        "Year 8 pupil's long curse letter with stories of people who broke or kept the chain; send to 20 in 24h",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P020
    frm = "tgallagher@example.net"
    to = [A("Chlo\u00e9 Martin", st("c.martin"))]
    body = (
        "Dear Miss Martin,\n\n"
        "Thank you for all your help with Niamh\u2019s French this year. My sister sent me this "
        "and I thought of you \u2013 Niamh said you\u2019re going for the Head of Department job! "
        "Don\u2019t laugh :-)\n\n"
        "Teresa Gallagher\n\n"
        "\u2014\u2014\u2014\u2014\u2014\n\n"
        "With this letter comes good fortune. The original is kept in a monastery in the "
        "Pyrenees. It has been around the world eleven times. Good luck has now been sent to you "
        "\u2013 you will receive it within four days of receiving this letter, provided you send it on. "
        "This is no joke.\n\n"
        "Send copies to people you think need good luck. Do not send money, as fate has no price. "
        "Do not keep this letter. It must leave your hands within 96 hours.\n\n"
        "While in Portugal, a teacher, Sra. Concei\u00e7\u00e3o Almeida, received the letter and passed "
        "it on; four days later she was made head of her school. Mr Desmond Hardy received it, "
        "asked his secretary to make twenty copies, and a week later won a holiday for two. "
        "Another man threw it away and within nine days lost his job. He later found the letter, "
        "sent twenty copies, and a week after that was offered a better position.\n\n"
        "Please send twenty copies and see what happens in four days. Remember: send no money. "
        "Do not ignore this. It works.\n\n"
        "\u2018Fortune favours the one who passes it on.\u2019\n")
    msg = message(A("Teresa Gallagher", frm), to, "For you Miss Martin \u2013 good luck!",
                  D(2025, 4, 28, 20, 11, 5), "cl-p20",
                  text_part(body, charset="windows-1252", cte="quoted-printable"),
                  extra=X_OUTLOOK)
    pos(20, "good-luck-letter", "cp1252",
        "Parent sends a teacher the classic 'around the world eleven times, send twenty copies in 96 hours' luck letter",
        frm, [st("c.martin")], None, msg)

    # ------------------------------------------------------------ P021
    frm = st("d.kaur")
    to = [st("t.rowley"), st("a.boateng"), st("g.pryce"), st("h.okafor"), st("c.martin")]
    body = (
        "I got this from Nadia in Science this morning and it made me smile \u2013 you're on my list "
        "of five! Open the attachment, add your name, and send it to five colleagues who make your "
        "week better. Rules are in the doc.\n\n"
        "Don't be the one who breaks it, apparently the last person who did got the Ofsted phone "
        "call the next morning \U0001F602\n\n"
        "Deb\n"
        "English\n")
    docx = make_docx([
        ("h", "THE KINDNESS CHAIN \u2013 staffroom edition"),
        "This chain began in a primary school in Cumbria in 2011 and has now been passed between "
        "more than 40,000 teachers. It has never been broken.",
        "THE RULES",
        "1. Within 24 hours of receiving this, add your name to the list below.",
        "2. Send it to FIVE colleagues who make your working week better.",
        "3. Do not send it back to the person who sent it to you.",
        "4. Do not keep it. It has to keep moving.",
        "WHAT HAPPENS",
        "A teacher in Carlisle passed it on the same day and was offered her dream job within the "
        "week. A head of maths in Preston deleted it and had three fire alarms, a burst pipe and a "
        "mock exam paper go missing in the same fortnight. A deputy head in Hull ignored it, then "
        "remembered on day six and sent it on \u2013 that Friday his school was graded Outstanding.",
        "Kindness only works when it is passed on. Don't be the one who stops it!",
        "NAMES SO FAR",
        ("table", [["#", "Name", "School"], ["1", "Jen", "St Bega's, Cumbria"],
                   ["...", "...", "..."], ["38,412", "Nadia H.", "Kingsmead"],
                   ["38,413", "Deb K.", "Kingsmead"], ["38,414", "", ""]]),
    ])
    msg = message(A("Deb Kaur", frm), to, "Pass it on!! Staffroom kindness chain \U0001F49B",
                  D(2025, 5, 16, 12, 37, 0), "cl-p21",
                  multipart("mixed", [
                      text_part(body, charset="utf-8", cte="quoted-printable"),
                      attach(docx, DOCX, "Kindness Chain - PASS IT ON.docx")],
                      "_005_" + boundary("p21")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(21, "kindness-chain", "attach-docx",
        "English teacher passes on a staff 'kindness chain' .docx: add your name, send to five colleagues in 24h",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P022
    frm = st("d.whitlock")
    to = ["8W-tutorgroup@students.school.example"]
    rcpt22 = [pu(x) for x in ("23turnere", "23begumf", "23jonest", "23ibrahima", "23santosg",
                              "23kowalskip", "23yilmazk", "23lewisk")]
    txt = (
        "Morning 8W,\n\n"
        "Someone in my family sent me this and I thought we could do something nice as a form. "
        "If you've got a minute, please forward it to everyone you know \u2013 family too \u2013 and add "
        "8W to the bottom so Kieran can see it.\n\n"
        "Mr W\n\n"
        "-------- Forwarded Message --------\n"
        "Subject: Kieran's wish - PLEASE FORWARD\n\n"
        "Kieran Doyle is 9 years old and has an inoperable brain tumour. His last wish is to get "
        "into the record books for receiving the most emails ever. He has 2.4 million so far and "
        "the record is 3 million. Please forward this message to everyone in your address book "
        "and add your name to the list, so his mum can show him how many people care about him.\n\n"
        "Every forward gets him closer! Don't let it stop with you.\n\n"
        "- Sandra, Wigan\n"
        "- Pete and Lyn, Preston\n"
        "- Auntie Jo xx\n"
        "- The Whitlocks, Ossett\n")
    html = html_doc(paras_to_html(txt).replace("<p>-------- Forwarded Message --------",
                                               '<p style="color:#555">-------- Forwarded Message --------'))
    msg = message(A("Dan Whitlock", frm), to, "Let's help Kieran \u2013 8W please read",
                  D(2025, 3, 24, 8, 17, 44), "cl-p22",
                  multipart("alternative", [
                      text_part(txt, charset="utf-8", cte="quoted-printable"),
                      text_part(html, "html", charset="utf-8", cte="quoted-printable")],
                      "_000_" + boundary("p22")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(22, "sick-child-hoax", "alternative",
        "Form tutor forwards a 'dying boy wants a record number of emails' chain to his tutor group",
        frm, rcpt22, frm, msg)

    # ------------------------------------------------------------ P023
    frm = "a.dabrowska.home@example.org"
    to = [st("office")]
    body = (
        "Hello,\n\n"
        "Could this go in the newsletter or on the school Facebook please? A lot of people would "
        "see it.\n\n"
        "Thank you,\n"
        "Aleksandra D\u0105browska (mum of Natalia 7A)\n\n"
        "URGENT!!! A 7 year old boy at Alder Hey needs B-negative blood for an operation on "
        "Thursday. He has leukaemia and they cannot find a match. If you are B negative please "
        "ring 07700 900417 straight away. Even if you are not, PLEASE FORWARD TO ALL YOUR CONTACTS, "
        "it costs nothing and someone you know might be a match. Don't let this message stop with "
        "you. God bless \U0001F64F\n")
    msg = message(A("Aleksandra D\u0105browska", frm), to, "Please share in newsletter - urgent blood",
                  D(2025, 5, 6, 21, 3, 31), "cl-p23",
                  text_part(flowed(body), charset="UTF-8", cte="8bit", fmt="flowed",
                            quote_charset=False),
                  extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"])
    pos(23, "blood-appeal-hoax", "flowed",
        "Parent asks the office to put an unverified 'B-negative blood needed, forward to all contacts' appeal in the newsletter",
        frm, to, None, msg)

    # ------------------------------------------------------------ P024
    frm = "samir.haddad@example.com"
    to = [st("d.whitlock")]
    body = (
        "Sorry if you already had this! Please tell the other teachers\n\n"
        "Samir (Yusuf's dad)\n\n"
        "Begin forwarded message:\n\n"
        "WARNING \u26a0\ufe0f Do NOT answer any calls from numbers starting +375, +371 or +381. These "
        "are a gang in Eastern Europe. If you answer even for 3 seconds they copy all your contacts "
        "and get into your bank app. It was on BBC this morning. Tell all your friends and family. "
        "Forward to everyone on your list NOW \U0001F6A8\n\n"
        "Sent from my iPhone\n")
    msg = message(A("Samir Haddad", frm), to, "Fwd: Warning phone calls",
                  D(2025, 4, 2, 7, 12, 6), "cl-p24",
                  text_part(body, charset="utf-8", cte="quoted-printable", quote_charset=False),
                  extra=X_IPHONE, mime_version="1.0 (1.0)")
    pos(24, "phone-scam-hoax", "mobile",
        "Parent's iPhone forward of a '+375 calls clone your phone, forward to everyone' hoax to a tutor",
        frm, to, None, msg)

    # ------------------------------------------------------------ P025
    frm = st("n.walsh")
    to = [A("Kwame Asante", st("k.asante"))]
    inner_txt = (
        "\u26a0\ufe0f PARENTS PLEASE SHARE \u26a0\ufe0f\n\n"
        "A white van with no back windows and a 'Fresh Fish' sign has been seen outside 3 schools "
        "in the area this week. A man got out and tried to get a little girl to help him look for "
        "his puppy. Police are aware but have said they can't do anything until something "
        "actually happens.\n\n"
        "Please share this to EVERY parent you know and every group chat, the more people know "
        "the safer our kids are. Don't just read it \u2013 SHARE!! \U0001F64F\n")
    inner = message(A("Kerry Dunn", "kerry.dunn@example.com"), [A("Noreen Walsh", "noreenwalsh@example.net")],
                    "PLEASE SHARE white van near schools", D(2025, 6, 9, 21, 52, 40), "cl-p25-inner",
                    text_part(inner_txt, charset="utf-8", cte="quoted-printable"))
    body = (
        "Hi Mr Asante,\n\n"
        "One of the mums sent me this last night, I thought the school should send it round to all "
        "the Year 7 parents just in case. I've already put it on my street's group.\n\n"
        "Noreen\n"
        "(lunchtime supervisor)\n")
    msg = message(A("Noreen Walsh", frm), to, "Fw: share with all parents!! white van",
                  D(2025, 6, 10, 11, 48, 15), "cl-p25",
                  multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                                      rfc822_part(inner, "PLEASE SHARE white van near schools.eml")],
                            "_006_" + boundary("p25")[:24] + "_"),
                  extra=X_OUTLOOK)
    pos(25, "abduction-warning-hoax", "fwd-rfc822",
        "Lunchtime supervisor forwards (as attachment) a 'white van outside schools, share with every parent' scare to the Head of Year",
        frm, [st("k.asante")], frm, msg)

    # ------------------------------------------------------------ P026
    frm = pu("19morganr")
    to = [pu("19sharmap"), pu("19fitzgeraldl"), pu("19nguyenma"), pu("20adeyemit"),
          pu("20clarkes"), pu("20rahmanf"), pu("19osullivanc")]
    body = (
        "Ngl I thought it was a scam but my mate at college made like 800 quid off it. Read the "
        "attached and do it properly, don't skip anyone. It only works if everyone sends it on.\n\n"
        "Rhys\n")
    txt = (
        "MAKE 1000s IN 30 DAYS - 100% LEGAL\r\n"
        "==================================\r\n\r\n"
        "This is NOT a chain letter. It is a completely legal way to use the power of sharing to "
        "make money, and it has been checked by a lawyer.\r\n\r\n"
        "HOW IT WORKS\r\n"
        "1. Send GBP 5 by PayPal or bank transfer to the person at number 1 with the note "
        "\"please add me to your list\". This is what makes it legal - you are buying a place on a list.\r\n"
        "2. Delete number 1, move everybody up one place and put YOUR name at number 5.\r\n"
        "3. Send this letter to at least 200 people. Use your school email, Insta, anything.\r\n\r\n"
        "THE MATHS\r\n"
        "If only 10 of your 200 join, you are at number 4 with 10 people behind you. By the time "
        "your name reaches number 1 you will have received GBP 78,125!!!\r\n\r\n"
        "DO NOT BREAK THE CHAIN. People who skipped the 5 pound payment had their names removed "
        "and got nothing. One guy in Cardiff kept the letter and didn't send it and lost his job "
        "the same month.\r\n\r\n"
        "THE LIST\r\n"
        "1. Dean W    - dean.w.money@example.com\r\n"
        "2. Shannon T - shan.t.2006@example.net\r\n"
        "3. Kyle B    - kyleb.uni@example.org\r\n"
        "4. Tom H     - tomh_finance@example.com\r\n"
        "5. Rhys M    - rhysm.2007@example.com\r\n")
    msg = message(A("Rhys Morgan", frm), to, "legit way to make money before uni (read the txt)",
                  D(2025, 2, 2, 23, 7, 30), "cl-p26",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(txt.encode("ascii"), "text/plain", "MAKE MONEY - READ.txt")],
                      "000000000000" + boundary("p26")[:16], preamble=None))
    pos(26, "money-chain", "attach-txt",
        "Year 13 pupil sends a '5 pounds to number 1, add your name, send to 200 people' money chain as .txt",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P027
    frm = st("m.higgs")
    to = [st("p.garside"), st("j.marsden"), st("s.collins"), st("n.walsh"), st("l.hughes"),
          st("b.tranter"), st("t.duarte")]
    body = (
        "An angel has been sent to watch over you today \U0001F607\n\n"
        "She saw how hard you work,\n"
        "how much you give and how little you ask,\n"
        "and she asked me to pass her on\n"
        "to someone who deserves a little light.\n\n"
        "Send this to 7 special people within the next hour, and include me, the one who sent it "
        "to you. If you do, something you have been waiting for will happen tomorrow. If you break "
        "it, the angel will fly away and take your luck with her.\n\n"
        "I sent it to you because you are one of my 7 \U0001F495\n\n"
        "Maureen\n"
        "Exams Invigilator\n")
    msg = message(A("Maureen Higgs", frm), to, "An angel for you \U0001F607",
                  D(2025, 1, 9, 15, 55, 1), "cl-p27",
                  text_part(body, charset="utf-8", cte="quoted-printable"),
                  extra=X_OUTLOOK)
    pos(27, "angel-chain", "qp",
        "Invigilator sends colleagues an 'angel' poem chain: send to 7 within the hour or your luck flies away",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P028
    frm = "ewa.wojcik@example.org"
    to = [A("Agnieszka Kowalczyk", st("a.kowalczyk"))]
    body = (
        "Pani Agnieszko,\n\n"
        "dosta\u0142am to od siostry i wysy\u0142am Pani, bo jest Pani dla nas zawsze taka dobra. "
        "Prosz\u0119 wys\u0142a\u0107 dalej!\n\n"
        "Ewa W\u00f3jcik (mama Kuby, 10K)\n\n"
        "---------- Wiadomo\u015b\u0107 przekazana ----------\n\n"
        "TO JEST \u0141A\u0143CUSZEK SZCZ\u0118\u015aCIA. Przeszed\u0142 ju\u017c 14 razy dooko\u0142a \u015bwiata. "
        "Musisz wys\u0142a\u0107 go do 10 os\u00f3b w ci\u0105gu 24 godzin, a w ci\u0105gu 4 dni spotka Ci\u0119 "
        "wielkie szcz\u0119\u015bcie.\n\n"
        "Pewna kobieta z Krakowa wys\u0142a\u0142a go tego samego dnia i wygra\u0142a w Lotto. M\u0119\u017cczyzna "
        "z Gda\u0144ska go wyrzuci\u0142 i w ci\u0105gu tygodnia straci\u0142 prac\u0119.\n\n"
        "Nie zatrzymuj tego listu u siebie! Nie przerywaj \u0142a\u0144cuszka!\n")
    msg = message(A("Ewa W\u00f3jcik", frm), to,
                  "Fwd: \u0141a\u0144cuszek szcz\u0119\u015bcia \u2013 nie przerywaj!",
                  D(2025, 3, 8, 9, 30, 44), "cl-p28",
                  text_part(body, charset="utf-8", cte="base64"),
                  domain="poczta.example.org")
    pos(28, "good-luck-letter", "base64",
        "Polish-speaking parent forwards a Polish-language luck chain (send to 10 people in 24h) to the attendance officer",
        frm, [st("a.kowalczyk")], None, msg)

    # ------------------------------------------------------------ P029
    frm = pu("22nowakk")
    to = [pu("22reidc"), pu("22morrisd"), pu("22akhtarh"), pu("22evansl"), pu("22santosr"),
          pu("22osullivanj")]
    body = (
        "dont open the txt at night. after u read it u have to send the zip to 10 people or it "
        "happens to u. im not even joking \U0001F47B\n")
    story = (
        "READ AT YOUR OWN RISK\r\n\r\n"
        "Daniel was in Year 9. One night someone sent him this file. He read it, laughed, and "
        "deleted it without sending it on.\r\n\r\n"
        "The next morning in registration there was an empty chair in the back row that nobody "
        "had seen before. Every lesson, every room, there was an empty chair at the back. Nobody "
        "else could see it.\r\n\r\n"
        "On the seventh day Daniel sat in it.\r\n\r\n"
        "He has not been seen since. His form tutor still marks him absent every morning.\r\n\r\n"
        "Now you have read this, the chair is waiting for you too. Send this zip to 10 people "
        "within 1 hour. If you do, the chair follows one of them instead. If you don't, check the "
        "back row tomorrow.\r\n\r\n"
        "Sent it on? Good. Now DON'T look behind you.\r\n")
    z = make_zip([("READ_AT_YOUR_OWN_RISK.txt", story.encode("ascii"))])
    msg = message(A("Kacper Nowak", frm), to, "open it if u dare \U0001F47B",
                  D(2024, 10, 30, 21, 14, 2), "cl-p29",
                  multipart("mixed", [
                      text_part(body, charset="utf-8", cte="quoted-printable"),
                      attach(z, "application/zip", "dont_open.zip")],
                      "----=_Part_" + boundary("p29")[:20]))
    pos(29, "ghost-story-chain", "zip",
        "Year 9 pupil sends a zipped ghost story that must be sent to 10 people within an hour",
        frm, to, frm, msg)

    # ------------------------------------------------------------ P030
    frm = "kelly.osborne@example.net"
    to = [st("office"), "lauren.pickering@example.com", "m.hussain77@example.org",
          "debbie.lowe@example.net"]
    inner = (
        '<div style="font-family:Arial;font-size:14px">\n'
        "<p>Ladies, is this right?? Saw it on Facebook. Forwarding to the office too so they can confirm.</p>\n"
        "<p>Kelly</p>\n"
        "<hr>\n"
        '<p style="font-size:18px"><b>\U0001F6A8 OFFICIAL: ALL NORTHFIELD SECONDARY SCHOOLS CLOSED '
        "MONDAY \U0001F6A8</b></p>\n"
        "<p>The council has confirmed that every secondary school in Northfield will be closed this "
        "Monday because of the teachers' strike and a heating fault affecting the school network. "
        "Schools will NOT be sending letters because of data protection, so it is up to parents to "
        "spread the word.</p>\n"
        "<p><b>PLEASE SHARE WITH EVERY PARENT YOU KNOW</b> and copy into every class group chat. "
        "Don't let anyone send their kids in for nothing!!</p>\n"
        "<p>Shared 14,000 times already \U0001F440</p>\n"
        "</div>\n")
    msg = message(A("Kelly Osborne", frm), to, "FW: OFFICIAL all schools closed Monday - PLEASE SHARE",
                  D(2025, 1, 17, 19, 45, 33), "cl-p30",
                  text_part(html_doc(inner, "font-family:Arial"), "html", charset="utf-8",
                            cte="base64"),
                  domain="example.net")
    pos(30, "fake-closure-hoax", "html",
        "Parent forwards a fake 'official' all-schools-closed notice (share with every parent) to the office and other parents",
        frm, [st("office"), "lauren.pickering@example.com", "m.hussain77@example.org",
              "debbie.lowe@example.net"], None, msg)

    # ================================================================ NEGATIVES

    # ------------------------------------------------------------ N031
    frm = st("k.asante")
    to = [A("Year 7 Parents and Carers", "year7parents@school.example")]
    rcpt = ["ahmed.family@example.com", "j.ocallaghan@example.org", "the.patels@example.net",
            "dorota.nowak84@example.com", "a.dabrowska.home@example.org"]
    body = (
        "Dear Parents and Carers of Year 7,\n\n"
        "Settling-in Evening - Thursday 3 October, 5.30pm to 7pm, Main Hall\n\n"
        "We would like to invite you to our Year 7 Settling-in Evening. This is a relaxed chance "
        "to meet your child's form tutor, hear how the first month has gone, and ask any questions "
        "about homework, Satchel One, lunch money or the bus.\n\n"
        "Interpreters for Polish, Urdu, Romanian and Arabic will be available on the night. If you "
        "need another language, please let the office know by Monday.\n\n"
        "We know that not every family has been receiving our emails yet because some contact "
        "details are still being updated. If you are in a class WhatsApp group, we would be very "
        "grateful if you could pass this information on to other parents in your child's form, "
        "so that nobody misses out. The same letter is on the school website under Parents > "
        "Letters Home.\n\n"
        "Please reply to this email or use the slip on the website to tell us how many people "
        "will be coming.\n\n"
        "Kind regards,\n\n"
        "Mr K. Asante\n"
        "Head of Year 7\n"
        "Kingsmead High School & Sixth Form\n")
    msg = message(A("Kwame Asante", frm), to, "Year 7 Settling-in Evening - Thursday 3 October",
                  D(2024, 9, 23, 15, 20, 0), "cl-n31",
                  text_part(body, charset="us-ascii", cte="7bit"), extra=X_OUTLOOK)
    neg(31, "parent-letter-pass-on", "plain",
        "Head of Year 7 invites parents to a settling-in evening and asks them to pass the details on to other parents in the form",
        frm, rcpt, frm, msg)

    # ------------------------------------------------------------ N032
    frm = st("itsupport")
    to = [ALLSTAFF, "allstudents@students.school.example"]
    inner = (
        '<table width="100%" cellpadding="10" style="background:#fff4e5;border-left:6px solid #f59e0b">'
        "<tr><td>\n"
        '<p style="font-size:16px"><b>&#9888; Phishing alert: "Your password expires today"</b></p>\n'
        "<p>This morning a number of staff and students received an email that appears to come "
        "from &quot;Kingsmead IT Services&quot; with the subject <b>Your password expires today "
        "&ndash; action required</b>. It asks you to click a link and sign in to &quot;keep your "
        "current password&quot;.</p>\n"
        "<p><b>This email is not from us.</b> The link goes to a fake login page that steals your "
        "password.</p>\n"
        "<p>If you have received it:</p>\n"
        "<ul><li><b>Do not click the link</b> and do not reply.</li>\n"
        "<li><b>Do not forward it</b> to colleagues or students, even to warn them &ndash; this "
        "only spreads the link further. We have already blocked it for everyone.</li>\n"
        "<li>Use <b>Report &gt; Phishing</b> in Outlook, then delete it.</li></ul>\n"
        "<p>If you did click the link and enter your password, please change your password "
        "straight away at any school PC (Ctrl+Alt+Del &gt; Change a password) and ring IT on "
        "extension 2210.</p>\n"
        "<p>We will never ask you for your password by email.</p>\n"
        "<p>Rob Ellery<br>Network Manager</p>\n"
        "</td></tr></table>\n")
    msg = message(A("Kingsmead IT Support", frm), to, "Phishing alert - do NOT click or forward",
                  D(2024, 11, 19, 9, 12, 0), "cl-n32",
                  text_part(html_doc(inner), "html", charset="utf-8", cte="quoted-printable"),
                  extra=X_OUTLOOK)
    neg(32, "phishing-warning", "html",
        "Network manager's genuine phishing alert to staff and students: do not click, do not forward, report and delete",
        frm, [ALLSTAFF, "allstudents@students.school.example"], frm, msg)

    # ------------------------------------------------------------ N033
    frm = st("j.barraclough")
    to = ["tutors-ks3@school.example"]
    body = (
        "Hi all,\n\n"
        "Attached is next Wednesday's tutor-time PSHE session for Years 7-9: \"Chain messages, "
        "scary challenges and how to spot them\". It takes about 25 minutes.\n\n"
        "Please read through beforehand. The example message in Activity 1 is deliberately "
        "written to look like the ones pupils get on WhatsApp and Snapchat - it's there to be "
        "picked apart, so please don't email it out or put it on the screen on its own without "
        "the discussion slide. There's a note on what to do if a pupil becomes upset or tells you "
        "something worrying (log it on CPOMS as usual).\n\n"
        "Thanks,\n"
        "Jo\n\n"
        "Jo Barraclough\n"
        "PSHE & RSE Lead\n")
    docx = make_docx([
        ("h", "Tutor time PSHE - Chain messages, scary challenges and how to spot them"),
        "Years 7-9 | 25 minutes | Online safety strand, Spring 2",
        "Learning objectives: to recognise the features of chain messages and hoax 'challenges'; "
        "to understand why they are designed to make us anxious; to know who to talk to.",
        ("h", "Starter (5 min)"),
        "Ask: Has anyone ever received a message that said something bad would happen if you "
        "didn't send it on? How did it make you feel? (Hands up only - no names of who sent it.)",
        ("h", "Activity 1 - Spot the tricks (10 min)"),
        "Read out the made-up example below. In pairs, pupils underline every 'pressure trick' "
        "they can find.",
        "EXAMPLE (invented for this lesson): \"Send this to 15 people in the next 10 minutes or "
        "the girl in the photo will visit you tonight. A boy in Year 8 ignored it and broke his "
        "leg. If you send it you'll have good luck for a year.\"",
        "Tricks to draw out: a deadline; a number of people; a threat; a reward; a 'true story' "
        "that can't be checked; guilt about breaking the chain.",
        ("h", "Activity 2 - What should you do? (7 min)"),
        "Agree as a class: you do not have to send it on; nothing will happen if you don't; "
        "delete it or screenshot it and show a trusted adult; you can mute or leave group chats "
        "that keep sending them.",
        ("h", "Plenary (3 min)"),
        "Each pupil writes one sentence they could send back to a friend who sends them one, "
        "e.g. 'These aren't real, I'm not sending it on :)'.",
        "Safeguarding note: if a pupil discloses that a message involved self-harm instructions, "
        "threats or images, follow the usual procedure and inform the DSL the same day.",
    ])
    msg = message(A("Jo Barraclough", frm), to, "PSHE tutor time Wed - chain messages & hoax challenges",
                  D(2025, 2, 27, 16, 5, 0), "cl-n33",
                  multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                                      attach(docx, DOCX, "PSHE Y7-9 Chain messages lesson plan.docx")],
                            "_007_" + boundary("n33")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(33, "pshe-lesson-plan", "attach-docx",
        "PSHE lead sends tutors a lesson plan that quotes and dissects an invented chain message",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N034
    frm = st("b.tranter")
    to = [A("Gary Holt", "g.holt@northern-catering-supplies.example")]
    cc = [st("catering")]
    body = (
        "Dear Gary,\n\n"
        "Thank you for your call this morning. I understand that the supply chain problems with "
        "your chilled dairy and bakery lines are expected to continue for at least another two "
        "weeks because of the depot move in Wakefield.\n\n"
        "To keep the canteen running we would like to make the following temporary changes to "
        "our standing order from Monday 13 January:\n\n"
        "- Replace the 1 litre semi-skimmed cartons (code DY1042) with 2 litre bottles, same total volume.\n"
        "- Bread rolls: reduce to 240 per day and add 60 wraps (code BK2210).\n"
        "- Yoghurt pots: pause until supply is back to normal.\n\n"
        "Could you confirm the revised prices in writing, and let us know if any other lines in "
        "the chain are likely to be affected? Our catering manager, Mrs Oduya, is copied in and "
        "will be the day-to-day contact.\n\n"
        "Our account number with you remains KHS-00417 and purchase orders will follow the usual "
        "format.\n\n"
        "Kind regards,\n\n"
        "Bev Tranter\n"
        "Finance Officer\n"
        "Kingsmead High School & Sixth Form\n"
        "Tel 01924 496000 ext 2104\n")
    msg = message(A("Bev Tranter", frm), to, "Supply chain disruption - temporary changes to our standing order",
                  D(2025, 1, 8, 11, 42, 0), "cl-n34",
                  text_part(hardwrap(body, 72), charset="us-ascii", cte="7bit"), cc=cc,
                  extra=X_OUTLOOK)
    neg(34, "supply-chain", "wrapped",
        "Finance officer writes to a catering supplier about supply chain disruption and standing order changes",
        frm, ["g.holt@northern-catering-supplies.example", st("catering")], frm, msg)

    # ------------------------------------------------------------ N035
    frm = st("r.nair")
    to = ["8x2-science@students.school.example"]
    body = (
        "Hi 8X2,\n\n"
        "Homework for Tuesday (Ecosystems, lesson 4):\n\n"
        "1. Draw a food chain for the woodland on page 86 with at least FOUR links, starting with "
        "a producer. Remember the arrows point the way the energy goes - from the thing being "
        "eaten to the thing that eats it.\n\n"
        "2. Join two or more food chains together to make a food web.\n\n"
        "3. Explain what would happen to the rest of the chain if all the rabbits died from "
        "disease. Use the words predator, prey and population.\n\n"
        "Stretch: why are there usually only four or five links in a food chain? (Hint: think "
        "about how much energy is passed on at each step.)\n\n"
        "If you were absent on Friday, the worksheet is on Satchel One - please pass this on to "
        "anyone in the class who wasn't there.\n\n"
        "Mr Nair\n")
    msg = message(A("Raj Nair", frm), to, "8X2 homework - food chains and webs",
                  D(2025, 3, 14, 15, 33, 10), "cl-n35",
                  text_part(flowed(body), charset="UTF-8", cte="7bit", fmt="flowed",
                            quote_charset=False), extra=X_TB)
    neg(35, "food-chain-homework", "flowed",
        "Science teacher sets Year 8 homework on food chains and asks pupils to pass it on to absentees",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N036
    frm = st("l.ward")
    to = [st("r.ellery")]
    body = (
        "S12 sorted - the two new monitors wouldn't both come on off the one port so I've daisy "
        "chained them with DisplayPort MST instead of the HDMI splitter. Working fine now. Will "
        "do the same in S14 after period 4 if that's ok?\n\n"
        "Lewis\n\n"
        "Sent from Outlook for iOS\n")
    msg = message(A("Lewis Ward", frm), to, "S12 monitors",
                  D(2024, 10, 15, 11, 2, 17), "cl-n36",
                  text_part(body, charset="us-ascii", cte="7bit"),
                  extra=["X-Mailer: Outlook for iOS"])
    neg(36, "daisy-chain-it", "mobile",
        "IT technician's short phone message about daisy-chaining classroom monitors",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N037
    frm = st("h.okafor")
    to = [A("Kingsmead Parents and Carers", "parents@school.example")]
    rcpt = ["parents@school.example"]
    txt = (
        "Dear Parents and Carers,\n\n"
        "Children in Need - non-uniform day, Friday 15 November\n\n"
        "Our Student Council has chosen to support BBC Children in Need again this year. On "
        "Friday 15 November students may come to school in their own clothes (sensible, no "
        "offensive slogans, trainers are fine) in exchange for a donation of \u00a31 on ParentPay.\n\n"
        "There will also be a cake sale run by Year 12 at break and lunch, and the staff "
        "'Pudsey penalty shoot-out' at 3.15pm on the astro - families are welcome to watch.\n\n"
        "If you would like to give a little more, the Student Council's fundraising page is "
        "linked on our website. Please feel free to share the page with family and friends who "
        "might like to support; every pound goes directly to the charity.\n\n"
        "Thank you for your generosity,\n\n"
        "Ms H. Okafor\n"
        "Head of Year 11 and Student Council link\n")
    html = html_doc(
        "<p>Dear Parents and Carers,</p>\n"
        "<p><b>Children in Need &ndash; non-uniform day, Friday 15 November</b></p>\n"
        "<p>Our Student Council has chosen to support BBC Children in Need again this year. On "
        "Friday 15 November students may come to school in their own clothes (sensible, no "
        "offensive slogans, trainers are fine) in exchange for a donation of &pound;1 on ParentPay.</p>\n"
        "<p>There will also be a cake sale run by Year 12 at break and lunch, and the staff "
        "&lsquo;Pudsey penalty shoot-out&rsquo; at 3.15pm on the astro &ndash; families are welcome to watch.</p>\n"
        "<p>If you would like to give a little more, the Student Council's fundraising page is "
        'linked on our <a href="https://www.kingsmead-high.example/cin">website</a>. Please feel free '
        "to share the page with family and friends who might like to support; every pound goes "
        "directly to the charity.</p>\n"
        "<p>Thank you for your generosity,</p>\n"
        "<p>Ms H. Okafor<br>Head of Year 11 and Student Council link</p>")
    msg = message(A("Hannah Okafor", frm), to, "Children in Need non-uniform day - Friday 15 November",
                  D(2024, 11, 8, 14, 0, 0), "cl-n37",
                  multipart("alternative", [
                      text_part(txt, charset="utf-8", cte="quoted-printable"),
                      text_part(html, "html", charset="utf-8", cte="quoted-printable")],
                      "_000_" + boundary("n37")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(37, "charity-event", "alternative",
        "Letter to parents about a Children in Need non-uniform day, inviting them to share the fundraising page",
        frm, rcpt, frm, msg)

    # ------------------------------------------------------------ N038
    frm = st("newsletter")
    to = ["parents@school.example"]
    inner = (
        '<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:14px">\n'
        '<tr><td style="background:#123c69;color:#fff;padding:16px"><h1 style="margin:0">Kingsmead Weekly</h1>'
        "Friday 7 February 2025 &middot; Issue 19</td></tr>\n"
        '<tr><td style="padding:12px"><h2>From the Headteacher</h2>'
        "<p>What a fortnight! Our Year 11s have finished their second round of mocks, the Year 8 "
        "netball team are county finalists, and the new library extension opens after half term. "
        "Thank you to every family who came to Year 9 Options Evening.</p></td></tr>\n"
        '<tr><td style="padding:12px"><h2>Safer Internet Day &ndash; Tuesday 11 February</h2>'
        "<p>This year's theme is about trust and scams online. A few parents have contacted us "
        "about frightening messages doing the rounds on WhatsApp and Snapchat &ndash; the kind "
        "that say something terrible will happen unless your child sends it to 10 or 15 people. "
        "These are chain messages: they are not real, and nothing happens if they are ignored. "
        "The best thing you can do is reassure your child, help them delete the message, and "
        "<b>please don't pass it on to other parents' groups</b>, even to warn people &ndash; that "
        "is exactly how they spread. If a message includes anything about self-harm, please tell "
        "your child's Head of Year.</p></td></tr>\n"
        '<tr><td style="padding:12px"><h2>Dates for your diary</h2><ul>'
        "<li>Mon 10 Feb &ndash; Year 13 parents' evening, 4&ndash;7pm</li>"
        "<li>Thu 13 Feb &ndash; Break up for half term</li>"
        "<li>Mon 24 Feb &ndash; Back to school (Week A)</li></ul></td></tr>\n"
        '<tr><td style="padding:12px"><h2>Sports round-up</h2>'
        "<p>U13 girls' netball beat Ossett Academy 18&ndash;11 to reach the county final. U15 boys' "
        "football drew 2&ndash;2 away at Horbury. Well done all!</p></td></tr>\n"
        '<tr><td style="background:#eee;padding:12px;font-size:12px">Kingsmead High School &amp; '
        "Sixth Form &middot; Mill Lane &middot; 01924 496000</td></tr>\n</table>\n")
    msg = message(A("Kingsmead Newsletter", frm), to, "Kingsmead Weekly - Friday 7 February",
                  D(2025, 2, 7, 16, 30, 0), "cl-n38",
                  text_part(html_doc(inner, "margin:0"), "html", charset="utf-8", cte="quoted-printable"))
    neg(38, "newsletter", "html",
        "HTML weekly newsletter whose e-safety item tells parents not to pass chain messages on",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N039
    frm = pu("19sharmap")
    to = ["allstudents@students.school.example"]
    body = (
        "Hi everyone \U0001F44B\n\n"
        "This is Priya (Chair of Student Council). Lots of you have told us how dangerous the road "
        "outside the Mill Lane gate is at 3.15 \u2013 two Year 7s were nearly hit last month.\n\n"
        "So we're running a proper campaign for a zebra crossing:\n\n"
        "\u2022 We have written to the council's Highways team and to our local councillor, Cllr "
        "Hartley, with the near-miss reports and a traffic count Year 12 Geography did for us.\n"
        "\u2022 The council is running its own public consultation on road safety near schools "
        "until 28 March. Parents and anyone over 16 can respond on the council website \u2013 the "
        "link is on the Student Council noticeboard and on Satchel One.\n"
        "\u2022 Cllr Hartley is coming to speak to us in the library on Thursday 13 March at lunch. "
        "Come along with your questions!\n\n"
        "We're not asking anyone to send chain messages or spam people \u2013 the council only counts "
        "real consultation responses, so the best thing you can do is tell your parents about it.\n\n"
        "Thanks, Priya & the Student Council\n")
    msg = message(A("Priya Sharma", frm), to, "Zebra crossing campaign - how you can help",
                  D(2025, 3, 6, 12, 10, 0), "cl-n39",
                  text_part(body, charset="utf-8", cte="quoted-printable"))
    neg(39, "student-campaign", "qp",
        "Student Council chair explains a genuine road-safety campaign and the council's official consultation",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N040
    frm = st("r.fairbanks")
    to = [ALLSTAFF]
    body = (
        "Dear colleagues,\n\n"
        "As most of you know, Mrs Dunmore retires at the end of this term after 31 years at "
        "Kingsmead (and yes, she taught some of you!).\n\n"
        "Her leaving card is going round the departments this week. It started in Maths this "
        "morning and will be passed on in this order: Maths > Science > English > Humanities > "
        "MFL > PE > Arts > Learning Support > Office & Site > SLT. When your department has "
        "signed, please pass it on to the next one and let me know it has moved so we don't "
        "lose it! It needs to be back with me by Thursday lunchtime.\n\n"
        "The collection envelope is with the card. If you'd rather give online, there is a "
        "collection on the staff Teams channel.\n\n"
        "Her leaving do is on Friday 18 July from 4pm in the staff room - all welcome, including "
        "former staff. Please feel free to pass the date on to anyone who has left but would "
        "like to come.\n\n"
        "Many thanks,\n"
        "Ren\u00e9e\n\n"
        "Ren\u00e9e Fairbanks\n"
        "Office & HR Manager\n")
    msg = message(A("Ren\u00e9e Fairbanks", frm), to, "Mrs Dunmore's leaving card - please pass it on",
                  D(2025, 7, 7, 8, 30, 0), "cl-n40",
                  text_part(body, charset="utf-8", cte="8bit"), extra=X_OUTLOOK)
    neg(40, "thank-you-round-robin", "plain",
        "Office manager organises a retiring teacher's leaving card passed from department to department",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N041
    frm = st("c.whitworth")
    to = [A("Kingsmead Parents and Carers", "parents@school.example")]
    txt = (
        "Dear Parents and Carers,\n\n"
        "We are aware that a message about a so-called online 'challenge' has been shared widely "
        "in parent groups over the weekend, some of it including a frightening image.\n\n"
        "Having checked with our local Police Schools Officer and the UK Safer Internet Centre, "
        "there is no evidence that this 'challenge' exists in the way described. Sadly, stories "
        "like this tend to do the most harm by being passed around: younger children see the "
        "image, become frightened, or go looking for it.\n\n"
        "What we are asking:\n"
        "- Please do NOT share the message or the image any further, including 'to warn others'.\n"
        "- Don't name the challenge to younger children if they haven't heard of it.\n"
        "- Do have a calm, general conversation about what they see online and who they can talk to.\n"
        "- Use parental controls and keep devices out of bedrooms at night where you can.\n\n"
        "If your child has seen something that has upset them, or you have any concern about their "
        "safety, please contact their Head of Year or me directly.\n\n"
        "Yours sincerely,\n\n"
        "Mrs C. Whitworth\n"
        "Deputy Headteacher and Designated Safeguarding Lead\n")
    html = html_doc(paras_to_html(txt))
    msg = message(A("Claire Whitworth", frm), to, "Online 'challenge' messages - advice for parents",
                  D(2025, 2, 3, 13, 15, 0), "cl-n41",
                  multipart("alternative", [
                      text_part(txt, charset="us-ascii", cte="7bit"),
                      text_part(html, "html", charset="us-ascii", cte="7bit")],
                      "_000_" + boundary("n41")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(41, "safeguarding-advice", "alternative",
        "DSL advises parents that a viral 'challenge' is a hoax and asks them NOT to share it further",
        frm, ["parents@school.example"], frm, msg)

    # ------------------------------------------------------------ N042
    frm = st("g.pryce")
    to = [A("Kacper Nowak", pu("22nowakk"))]
    body = (
        "Hi Kacper,\n\n"
        "Thanks for telling me about this - you did exactly the right thing.\n\n"
        "Messages like that are made up to scare people into sending them on. Nothing will "
        "happen to you, your family or anyone else if you don't send it. Please don't forward "
        "it to anyone - just delete it. If the same person keeps sending you things like that, "
        "or it's someone you don't know, come and see me and we'll sort it out together.\n\n"
        "If it's still on your mind tonight, talk to your mum or come to my office before "
        "registration tomorrow.\n\n"
        "Mr Pryce\n\n"
        "On 12/11/2024 20:41, Kacper Nowak wrote:\n"
        "> sir i got a message off a number i dont know saying if i dont send it to 15 people\n"
        "> something will happen to my family tonight. is it real?? i didnt send it\n")
    msg = message(A("Gareth Pryce", frm), to, "Re: is this real",
                  D(2024, 11, 12, 21, 5, 0), "cl-n42",
                  text_part(body, charset="us-ascii", cte="7bit"),
                  extra=["In-Reply-To: " + MID("cl-n42-orig", P),
                         "References: " + MID("cl-n42-orig", P)] + X_OUTLOOK)
    neg(42, "tutor-reassurance", "reply-quote",
        "Head of Year reassures a pupil that a scary forward-or-else message is fake and tells him not to forward it",
        frm, [pu("22nowakk")], frm, msg)

    # ------------------------------------------------------------ N043
    frm = st("t.duarte")
    to = ["year11@students.school.example"]
    body = (
        "Dear Year 11,\n\n"
        "Summer exams start on Thursday 8 May. On Satchel One you "
        "will find the JCQ 'Information for candidates' notices and your personal timetable.\n\n"
        "Please read them carefully and share them with your parents or carers at home \u2013 they "
        "need to know the rules too, especially about mobile phones and smart watches, which must "
        "NOT be in the exam room, not even switched off in your pocket.\n\n"
        "Key points:\n"
        "- Arrive by 8.40am for morning exams and 12.50pm for afternoon exams.\n"
        "- Clear pencil case, black pen, your candidate number card.\n"
        "- If you are ill on the day, your parent must phone the exams office before 8.30am.\n"
        "- Check your name on the timetable is spelled exactly as on your birth certificate or "
        "passport, including accents (Zo\u00eb, Jos\u00e9, In\u00eas, Bj\u00f6rn...) - tell me if not.\n\n"
        "If your timetable shows a clash, come and see me in the exams office (next to "
        "Reprographics).\n\n"
        "Good luck to you all,\n\n"
        "Mr Tiago Duarte\n"
        "Exams Officer\n")
    msg = message(A("Tiago Duarte", frm), to, "Summer exams - information for candidates (please share with home)",
                  D(2025, 4, 25, 10, 0, 0), "cl-n43",
                  text_part(body.replace("\u2013", "-"), charset="iso-8859-1", cte="quoted-printable"),
                  extra=X_OUTLOOK)
    neg(43, "exam-information", "latin1",
        "Exams officer sends Year 11 candidate information and asks them to share it with parents",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N044
    frm = st("r.fairbanks")
    to = [ALLSTAFF]
    body = (
        "Dear all,\n\n"
        "With snow forecast for Thursday and Friday, please check the attached staff cascade. "
        "If we have to close or delay opening, the Head will decide by 6.30am and the cascade "
        "starts straight away:\n\n"
        "1. SLT ring the branch leaders listed in column C.\n"
        "2. Branch leaders ring the people on their branch, in order.\n"
        "3. If you can't get hold of someone after two tries, leave a voicemail, text them, and "
        "move on to the next person - don't let the chain stop with you.\n"
        "4. The last person on each branch texts their branch leader to confirm it's complete.\n\n"
        "The closure notice will also go on the website, the school app and local radio, so "
        "parents do NOT need to be rung by staff.\n\n"
        "Please check your own number is right on the master copy in the office (not in this "
        "file - the file only shows extensions and branch order). Changes to me by Wednesday.\n\n"
        "Thanks,\nRen\u00e9e\n")
    rows = [["Branch", "Order", "Branch leader", "Staff member", "Dept", "Rings next"],
            ["A", 1, "SLT - C Whitworth", "G Pryce", "HoY 9", "A Boateng"],
            ["A", 2, "", "A Boateng", "Science", "R Nair"],
            ["A", 3, "", "R Nair", "Science", "K Fenwick"],
            ["A", 4, "", "K Fenwick", "Science", "(text leader)"],
            ["B", 1, "SLT - S Harrow", "H Okafor", "HoY 11", "D Kaur"],
            ["B", 2, "", "D Kaur", "English", "T Rowley"],
            ["B", 3, "", "T Rowley", "English", "J Tiller"],
            ["B", 4, "", "J Tiller", "English", "(text leader)"],
            ["C", 1, "SLT - I Qureshi", "D Whitlock", "Humanities", "C Martin"],
            ["C", 2, "", "C Martin", "MFL", "O Aydin"],
            ["C", 3, "", "O Aydin", "Maths", "M Ellison"],
            ["C", 4, "", "M Ellison", "DT", "(text leader)"],
            ["D", 1, "Site - P Holroyd", "B Tranter", "Finance", "J Marsden"],
            ["D", 2, "", "J Marsden", "Office", "S Collins"],
            ["D", 3, "", "S Collins", "Office", "(text leader)"]]
    msg = message(A("Ren\u00e9e Fairbanks", frm), to, "Snow - staff phone cascade (check your branch)",
                  D(2025, 1, 6, 15, 45, 0), "cl-n44",
                  multipart("mixed", [
                      text_part(body, charset="utf-8", cte="quoted-printable"),
                      attach(make_csv(rows, bom=True), "text/csv; charset=utf-8", "Staff cascade Jan 2025.csv")],
                      "_008_" + boundary("n44")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(44, "phone-cascade", "attach-csv",
        "Office manager circulates the snow-closure staff phone cascade (ring the next person on your branch)",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N045
    frm = pu("19nguyenma")
    to = [st("f.obi")]
    body = (
        "Hi Ms Obi,\n\n"
        "Here's my draft for the moral panics essay (attached as a txt because Word keeps "
        "crashing on my laptop). I'm not sure if the chain message section is too long compared "
        "to the Cohen part - could you let me know?\n\n"
        "Thanks,\n"
        "Minh Anh (13S)\n")
    essay = (
        "Sociology - Crime and Deviance\r\n"
        "Essay draft: 'Evaluate the view that the media create moral panics' (30 marks)\r\n"
        "Nguyen Minh Anh, 13S\r\n\r\n"
        "Stanley Cohen (1972) argued that the media amplify deviance by presenting a group as a "
        "threat to society's values, which leads to public concern, calls for action and often "
        "more deviance (the deviancy amplification spiral).\r\n\r\n"
        "A modern example is the viral 'challenge' scare. In several recent cases, a warning "
        "message spread through parents' WhatsApp groups claiming that a sinister character was "
        "appearing in children's videos and telling them to harm themselves. The messages "
        "usually ended with an instruction such as 'share this with every parent you know'. "
        "Newspapers then reported the warnings themselves as news, and some schools sent letters "
        "home, even though police and charities later said there was no evidence any child had "
        "been harmed. This fits Cohen's stages: the 'folk devil' (the character and the "
        "anonymous people behind it), moral entrepreneurs (worried parents and columnists), and "
        "a rapid fade once it was exposed as a hoax.\r\n\r\n"
        "However, a postmodernist such as McRobbie and Thornton (1995) would argue that in a "
        "digital age moral panics are less predictable: audiences are fragmented and the same "
        "message is mocked by one group while another forwards it in panic. The chain message "
        "itself is produced by ordinary users, not the mass media, which challenges the idea "
        "that the media 'create' the panic...\r\n\r\n"
        "[conclusion to finish]\r\n")
    msg = message(A("Nguyen Minh Anh", frm), to, "essay draft - moral panics",
                  D(2025, 1, 29, 20, 44, 0), "cl-n45",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(essay.encode("ascii"), "text/plain", "moral_panics_draft.txt")],
                      "000000000000" + boundary("n45")[:16], preamble=None))
    neg(45, "coursework-discussion", "attach-txt",
        "Year 13 sociology essay draft (txt) analysing viral challenge warnings as a moral panic",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N046
    frm = st("a.boateng")
    to = ["12chem-a@students.school.example"]
    body = (
        "Hi 12A Chemistry,\n\n"
        "As promised, here is the summary of today's lesson on alkanes and polymers.\n\n"
        "1. Homologous series: each member differs from the next by CH2. As the carbon chain "
        "gets longer, boiling point increases because there are more London forces between "
        "molecules.\n\n"
        "2. Branched chains have lower boiling points than straight-chain isomers with the same "
        "formula - the molecules can't pack as closely.\n\n"
        "3. Addition polymers (poly(ethene), poly(propene), PVC) form long chains when the C=C "
        "double bond opens up. Chain length and cross-linking change the properties.\n\n"
        "4. Cracking breaks long-chain alkanes into shorter, more useful ones.\n\n"
        "Homework: Exam-style questions 1-6 on page 214, due Monday. Please pass this on to "
        "Ahmed and Sofia who were at the university open day.\n\n"
        "Mr Boateng\n")
    msg = message(A("Andrew Boateng", frm), to, "12A Chemistry - chains, branches and polymers",
                  D(2024, 11, 21, 16, 2, 0), "cl-n46",
                  text_part(body, charset="utf-8", cte="base64"))
    neg(46, "polymer-chains-lesson", "base64",
        "Chemistry teacher's lesson summary on carbon chain length and polymer chains (base64 body)",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N047
    frm = st("k.fenwick")
    to = ["dofe-bronze@students.school.example"]
    body = (
        "Hi all,\n\n"
        "Below is the kit list and timings from Moorland Expeditions for the practice "
        "expedition. PLEASE forward this to your parents/carers tonight so they can help you "
        "pack - lots of the kit needs to be bought or borrowed this weekend.\n\n"
        "Miss Fenwick\n"
        "DofE Coordinator\n\n"
        "---------- Forwarded message ---------\n"
        "From: Moorland Expeditions Bookings <bookings@moorland-expeditions.example>\n"
        "Date: Tue, 22 Apr 2025 at 10:03\n"
        "Subject: Kingsmead Bronze practice - kit list & timings\n"
        "To: Kate Fenwick <k.fenwick@school.example>\n\n"
        "Hi Kate,\n\n"
        "Confirming your Bronze practice expedition on Sat 17 - Sun 18 May (Ilkley Moor "
        "start). Minibus pick-up from school 8.00am Saturday, back approx. 4.30pm Sunday.\n\n"
        "Each participant needs:\n"
        "- 65L rucksack with liner (we can lend 6)\n"
        "- waterproof jacket AND trousers\n"
        "- walking boots, worn in\n"
        "- sleeping bag (3 season), roll mat\n"
        "- 2 x warm layers, hat, gloves, spare socks\n"
        "- water bottles (2 litres total), torch\n"
        "- food for 2 lunches, 1 evening meal, 1 breakfast + snacks\n\n"
        "Tents, stoves and first aid kits are provided. Medication forms must be returned to "
        "the school, not to us.\n\n"
        "Any questions give me a shout.\n\n"
        "Best,\n"
        "Ollie\n"
        "Moorland Expeditions\n")
    msg = message(A("Kate Fenwick", frm), to, "Fwd: Kingsmead Bronze practice - kit list & timings",
                  D(2025, 4, 22, 12, 30, 0), "cl-n47",
                  text_part(body, charset="us-ascii", cte="7bit"))
    neg(47, "dofe-kit-list", "fwd-inline",
        "DofE coordinator forwards an outdoor provider's kit list and asks pupils to forward it to parents",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N048
    frm = st("t.rowley")
    to = ["english-dept@school.example"]
    body = (
        "Hi English team,\r\n\r\n"
        "It\u2019s that time again \u2013 Secret Santa!\r\n\r\n"
        "\u2022 Reply to me by Friday if you\u2019re in.\r\n"
        "\u2022 \u00a310 limit \u2013 I mean it, Dave.\r\n"
        "\u2022 I\u2019ll draw names on Monday and email each of you privately with who you\u2019ve got.\r\n"
        "\u2022 Don\u2019t tell anyone who you\u2019ve got! Presents under the tree in E4 by Wednesday 18th, "
        "opened at the department lunch on the last day.\r\n\r\n"
        "Good luck\u2026 and no more scented candles please.\r\n\r\n"
        "Tom\r\n")
    body = body.replace("\r\n", "\n")
    msg = message(A("Tom Rowley", frm), to, "Secret Santa \u2013 reply by Friday!",
                  D(2024, 11, 29, 12, 20, 0), "cl-n48",
                  text_part(body, charset="windows-1252", cte="quoted-printable"),
                  extra=X_OUTLOOK)
    neg(48, "secret-santa", "cp1252",
        "English department Secret Santa invitation with 'good luck' and 'don't tell anyone' wording",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N049
    frm = st("j.barraclough")
    to = ["tutors@school.example"]
    body = (
        "Dear tutors,\n\n"
        "For Anti-Bullying Week (11-15 November) we're building a KINDNESS CHAIN across the main "
        "hall.\n\n"
        "In tutor time on Monday, every student gets two strips of coloured paper. On one they "
        "write something kind they've seen someone do; on the other, something kind they will do "
        "this week. Please staple each form's strips into a paper chain (loops, like the "
        "Christmas ones) and send it to the hall with a student by Tuesday break.\n\n"
        "The Site team will join all the forms' chains together and hang it round the hall for "
        "Wednesday's assemblies. Last year it was 212 metres - let's beat it!\n\n"
        "Ideas for the 'will do' strip if students get stuck: sit with someone new at lunch, say "
        "thank you to the canteen staff, pass on a compliment, invite someone into your game.\n\n"
        "Paper strips and staplers are in the PSHE office.\n\n"
        "Thanks,\n"
        "Jo\n")
    msg = message(A("Jo Barraclough", frm), to, "Anti-Bullying Week - kindness chain in tutor time",
                  D(2024, 11, 6, 8, 10, 0), "cl-n49",
                  text_part(hardwrap(body, 72), charset="us-ascii", cte="7bit"),
                  extra=X_OUTLOOK)
    neg(49, "paper-kindness-chain", "wrapped",
        "PSHE lead asks tutors to make a paper kindness chain for Anti-Bullying Week",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N050
    frm = st("i.qureshi")
    to = ["year13@students.school.example"]
    inner = (
        "<p>Dear Year 13,</p>\n"
        "<p><b>Give blood at school &ndash; Wednesday 26 March</b></p>\n"
        "<p>NHS Blood and Transplant are bringing a donor session to the sports hall for students "
        "aged 17 and over, staff and families. Blood stocks for some groups, especially O negative "
        "and Ro (a subtype most common in people of Black heritage), are low this spring.</p>\n"
        "<ul>\n<li>You must be 17 or over and weigh over 7st 12lb (50kg).</li>\n"
        "<li>You <b>must book an appointment</b> in advance on the official NHS Give Blood site or "
        "app &ndash; search for the Kingsmead session. There are no walk-ins.</li>\n"
        "<li>Eat a proper breakfast and drink plenty of water beforehand.</li>\n"
        "<li>Bring photo ID.</li>\n</ul>\n"
        "<p>Each appointment takes about an hour and you will be excused from one lesson. If you "
        "are not eligible or would rather not donate, you can still help by volunteering at the "
        "refreshment table &ndash; see Mrs Cole in the sixth-form office.</p>\n"
        "<p>Dr I. Qureshi<br>Head of Sixth Form</p>\n")
    msg = message(A("Imran Qureshi", frm), to, "Give blood at school - Wednesday 26 March",
                  D(2025, 3, 3, 9, 0, 0), "cl-n50",
                  text_part(html_doc(inner), "html", charset="utf-8", cte="7bit"),
                  extra=X_OUTLOOK)
    neg(50, "blood-donation-genuine", "html",
        "Head of Sixth Form promotes a genuine NHS blood donor session booked through the official service",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N051
    frm = st("p.holroyd")
    to = ["tutors@school.example"]
    body = (
        "Found a ginger cat asleep on the crash mats in the sports hall this morning, red collar "
        "no tag. Can tutors ask in forms if anyone knows whose it is? It's in the site office "
        "with some water. Pass it on to anyone who lives near the back gate \U0001F408\n\n"
        "Phil\n"
        "Site Manager\n\n"
        "Sent from my Galaxy\n")
    msg = message(A("Phil Holroyd", frm), to, "cat in sports hall",
                  D(2024, 9, 17, 8, 21, 0), "cl-n51",
                  text_part(body, charset="UTF-8", cte="quoted-printable", quote_charset=False),
                  extra=["X-Mailer: Samsung Mail"])
    neg(51, "lost-and-found", "mobile",
        "Site manager's phone message about a lost cat, asking tutors to pass it on in forms",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N052
    frm = st("h.okafor")
    to = ["year11@students.school.example"]
    body = (
        "Year 11 \U0001F499\n\n"
        "Just a quick one before tomorrow's first English Language paper.\n\n"
        "You have worked SO hard this year. Remember: read the question twice, watch the clock, "
        "and if you get stuck on a question, move on and come back to it.\n\n"
        "Breakfast club is open from 7.45 in the canteen \u2013 free toast, cereal and juice for every "
        "Year 11. Don't sit an exam on an empty stomach!\n\n"
        "Share this with your parents so they know about breakfast club, and get an early night.\n\n"
        "Good luck \u2013 we're all rooting for you \U0001F340\n\n"
        "Ms Okafor\n")
    msg = message(A("Hannah Okafor", frm), to, "Good luck tomorrow Year 11! \U0001F340",
                  D(2025, 5, 21, 18, 0, 0), "cl-n52",
                  text_part(body, charset="utf-8", cte="quoted-printable"), extra=X_OUTLOOK)
    neg(52, "exam-good-luck", "qp",
        "Head of Year 11 wishes pupils good luck and asks them to share breakfast club news with parents",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N053
    frm = st("s.harrow")
    to = ["teachingstaff@school.example"]
    inner_body = (
        "Dear colleague,\n\n"
        "The West Riding Secondary Science Network meets next on Tuesday 4 March, 4.15-5.45pm, "
        "at Horbury Academy. The session is 'Practical work that actually sticks: required "
        "practicals at KS4', led by two Specialist Leaders of Education, with time to share "
        "resources.\n\n"
        "The network is free for all state schools in the area. Please forward this to any "
        "colleagues in your department or trust who might be interested - new and early-career "
        "teachers are especially welcome. Booking is through the network's Eventbrite page so "
        "that we can plan refreshments.\n\n"
        "Best wishes,\n"
        "Dr Alison Pratt\n"
        "Network Coordinator\n"
        "West Riding Science Network\n")
    inner = message(A("West Riding Science Network", "network@wr-science-network.example"),
                    ["undisclosed-recipients:;"], "Science Network - Tuesday 4 March (please share with colleagues)",
                    D(2025, 2, 10, 9, 30, 0), "cl-n53-inner",
                    text_part(inner_body, charset="us-ascii", cte="7bit"))
    body = (
        "Colleagues - forwarding this for anyone in Science (or any ECTs) who might find it "
        "useful. Counts as directed time if you go; let Claire know.\n\n"
        "Stephen\n")
    msg = message(A("Stephen Harrow", frm), to, "FW: Science Network - Tuesday 4 March",
                  D(2025, 2, 10, 12, 5, 0), "cl-n53",
                  multipart("mixed", [text_part(body, charset="us-ascii", cte="7bit"),
                                      rfc822_part(inner, "Science Network - Tuesday 4 March.eml")],
                            "_009_" + boundary("n53")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(53, "cpd-network-forward", "fwd-rfc822",
        "Headteacher forwards (as attachment) a science CPD network invite that asks to be shared with colleagues",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N054
    frm = st("office")
    to = ["kelly.osborne@example.net"]
    body = (
        "Dear Mrs Osborne,\n\n"
        "Thank you for checking with us. That message is not from the school or from the "
        "council, and Kingsmead will be open as normal on Monday.\n\n"
        "We will only ever announce a closure through our website, the school app, a text "
        "message from the school and local radio. If in doubt, please ring the office or check "
        "the website rather than relying on posts shared on social media.\n\n"
        "We'd be grateful if you could let the other parents in your group know that it isn't "
        "genuine.\n\n"
        "Kind regards,\n\n"
        "Sandra Collins\n"
        "Reception\n"
        "Kingsmead High School & Sixth Form\n\n"
        "On Fri, 17 Jan 2025 at 19:45, Kelly Osborne <kelly.osborne@example.net> wrote:\n"
        "> Hi, is it right all the secondaries are shut on Monday? Someone's put it on\n"
        "> Facebook saying the council confirmed it. Thanks Kelly (Reece's mum, 9B)\n")
    msg = message(A("Kingsmead Reception", frm), to, "Re: is school closed Monday?",
                  D(2025, 1, 20, 8, 14, 0), "cl-n54",
                  text_part(body, charset="us-ascii", cte="7bit"),
                  extra=["In-Reply-To: " + MID("cl-n54-orig", "example.net"),
                         "References: " + MID("cl-n54-orig", "example.net")] + X_OUTLOOK)
    neg(54, "hoax-rebuttal-reply", "reply-quote",
        "Office replies to a parent that a 'school closed Monday' social media post is not genuine",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N055
    frm = st("d.whitlock")
    to = ["10geog-set2@students.school.example"]
    body = (
        "Hi 10G2,\n\n"
        "The attached spreadsheet has the data for next lesson's case study: the global supply "
        "chain of a smartphone. Each row is one stage of the chain - where the materials or parts "
        "come from, where they're assembled, and where the phone is sold.\n\n"
        "Before Thursday please:\n"
        "1. Plot each stage on the blank world map (in your books).\n"
        "2. Add up the total distance travelled.\n"
        "3. Pick ONE stage and write a paragraph on the social or environmental impact.\n\n"
        "Mr Whitlock\n")
    rows = [["Stage", "Component / activity", "Country", "Approx. distance to next stage (km)"],
            [1, "Cobalt mining", "DR Congo", 11800],
            [2, "Cobalt refining", "China", 1200],
            [3, "Lithium (battery)", "Chile", 18600],
            [4, "Chips fabricated", "Taiwan", 700],
            [5, "Screens", "South Korea", 1900],
            [6, "Final assembly", "China", 3200],
            [7, "Distribution hub", "Netherlands", 8500],
            [8, "Retail", "United Kingdom", 500],
            [9, "E-waste / recycling", "Ghana", 5100]]
    msg = message(A("Dan Whitlock", frm), to, "10G2 - smartphone supply chain data",
                  D(2025, 1, 14, 15, 50, 0), "cl-n55",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(make_xlsx([("Supply chain", rows)]), XLSX, "smartphone_supply_chain.xlsx")],
                      "_010_" + boundary("n55")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(55, "supply-chain-geography", "attach-xlsx",
        "Geography teacher sends Year 10 an .xlsx of a smartphone's global supply chain for a case study",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N056
    frm = st("o.aydin")
    to = ["13furthermaths@students.school.example"]
    txt = (
        "Hi all,\n\n"
        "Markov chains - follow-up from today.\n\n"
        "Remember a Markov chain has the 'memory-less' property: the next state only depends on "
        "the current state, not on how you got there. We wrote the transition matrix for the "
        "canteen queue example as rows that each add up to 1.\n\n"
        "Homework (due Friday):\n"
        "1. Ex 7C questions 3, 5 and 8.\n"
        "2. Find the steady-state vector for the weather chain in Q8 by solving pP = p.\n"
        "3. Challenge: show that the chain in Q5 is absorbing and find the expected number of "
        "steps to absorption.\n\n"
        "Solutions to 7B are on Teams. Pass this on to Ay\u015fe, she was at her interview.\n\n"
        "Mr Ayd\u0131n\n")
    html = html_doc(paras_to_html(txt))
    msg = message(A("\u00d6mer Ayd\u0131n", frm), to, "Further Maths - Markov chains homework",
                  D(2025, 2, 25, 15, 40, 0), "cl-n56",
                  multipart("alternative", [
                      text_part(txt, charset="utf-8", cte="quoted-printable"),
                      text_part(html, "html", charset="utf-8", cte="quoted-printable")],
                      "_000_" + boundary("n56")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(56, "markov-chain-homework", "alternative",
        "Further maths teacher sets Markov chain homework",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N057
    frm = st("j.barraclough")
    to = ["pshe-team@school.example"]
    body = (
        "Hi team,\n\n"
        "Zipped up the Safer Internet Day pack for next week - lesson plan, a worksheet and the "
        "parent leaflet text. The worksheet has three example messages (a fake giveaway, a scary "
        "chain message and a 'your account will be deleted' hoax) for pupils to pick apart. All "
        "invented, none with real links.\n\n"
        "Please DON'T email the example messages to pupils on their own - they only make sense "
        "with the worksheet questions.\n\n"
        "Jo\n")
    plan = (
        "SAFER INTERNET DAY 2025 - LESSON PLAN (KS3)\r\n"
        "Theme: Too good to be true? Scams, hoaxes and pressure online\r\n\r\n"
        "1. Starter: 'Real or fake?' - show five headlines, vote.\r\n"
        "2. Main: worksheet in pairs - identify pressure tactics (urgency, threats, rewards, "
        "fake authority, 'forward to N people').\r\n"
        "3. Discussion: why do people forward these even when they don't believe them?\r\n"
        "4. Plenary: write a reply you could send a friend who forwards one.\r\n")
    sheet = (
        "WORKSHEET - Spot the tricks\r\n\r\n"
        "Example A (invented): 'Congratulations! You've been picked for a free games console. "
        "Forward this to 20 friends to claim it.'\r\n"
        "Q: What is the trick? Who benefits?\r\n\r\n"
        "Example B (invented): 'If you don't send this to 10 people by midnight something bad "
        "will happen.'\r\n"
        "Q: What feeling is this trying to create? What actually happens if you ignore it?\r\n\r\n"
        "Example C (invented): 'Your school account will be deleted unless you forward this.'\r\n"
        "Q: How could you check whether this is true? Who would you ask?\r\n")
    leaflet = (
        "Parent leaflet text\r\n\r\n"
        "Chain messages and hoax warnings spread because people forward them 'just in case'. "
        "If your child receives one, reassure them, help them delete it and do not forward it "
        "to other parents. If anything involves self-harm, threats or images, contact school.\r\n")
    z = make_zip([("SID2025/01_lesson_plan.txt", plan), ("SID2025/02_worksheet.txt", sheet),
                  ("SID2025/03_parent_leaflet.txt", leaflet)])
    msg = message(A("Jo Barraclough", frm), to, "Safer Internet Day pack (zip)",
                  D(2025, 2, 4, 17, 2, 0), "cl-n57",
                  multipart("mixed", [
                      text_part(body, charset="us-ascii", cte="7bit"),
                      attach(z, "application/x-zip-compressed", "SID2025_pack.zip")],
                      "_011_" + boundary("n57")[:24] + "_"),
                  extra=X_OUTLOOK)
    neg(57, "esafety-resources", "zip",
        "PSHE lead shares a zipped Safer Internet Day pack whose worksheet quotes invented hoax messages",
        frm, to, frm, msg)

    # ------------------------------------------------------------ N058
    frm = st("d.whitlock")
    to = [A("Year 9 Berlin Trip Parents", "berlin2025@school.example")]
    rcpt = ["samir.haddad@example.com", "dorota.nowak84@example.com", "the.patels@example.net",
            "j.ocallaghan@example.org", "m.hussain77@example.org"]
    body = (
        "Dear Parents and Carers,\n\n"
        "Year 9 History & German trip to Berlin, 7-11 July 2025\n\n"
        "Thank you for your child's place on the trip. The final itinerary, kit list and the "
        "consent and medical form are now on ParentPay under 'Trips'. Forms must be completed "
        "online by Friday 6 June.\n\n"
        "Where a child has more than one person with parental responsibility, please forward "
        "this email to the other parent or carer as well, so that everyone has the same "
        "information. We are also happy to send it to a second address if you reply with it.\n\n"
        "The parents' information evening is on Tuesday 17 June at 6pm in the library. The "
        "balance of \u00a3485 is due by 1 May.\n\n"
        "Kind regards,\n\n"
        "Mr D. Whitlock\n"
        "Trip Leader\n")
    msg = message(A("Dan Whitlock", frm), to, "Year 9 Berlin trip - forms and information evening",
                  D(2025, 4, 1, 16, 0, 0), "cl-n58",
                  text_part(flowed(body), charset="UTF-8", cte="8bit", fmt="flowed",
                            quote_charset=False), extra=X_TB)
    neg(58, "trip-letter", "flowed",
        "Trip letter asking parents to forward it to the other parent with parental responsibility",
        frm, rcpt, frm, msg)

    # ------------------------------------------------------------ N059
    frm = st("t.duarte")
    to = ["invigilators@school.example"]
    cc = [st("s.harrow")]
    body = (
        "Dear invigilators,\n\n"
        "Ahead of the summer series, a reminder of how we keep the chain of custody for exam "
        "scripts unbroken. JCQ inspectors check this.\n\n"
        "1. Question paper packets stay in the secure room until 15 minutes before the start. "
        "Two people (me and a senior invigilator) open the secure room and sign the log.\n"
        "2. The lead invigilator signs for the packets at the exam room door and checks the seals "
        "with a second invigilator before opening in front of candidates.\n"
        "3. At the end, scripts are counted against the attendance register in the room, placed in "
        "the script envelope in candidate number order, and signed for by both invigilators.\n"
        "4. Scripts come straight back to the exams office - no stopping in the staff room - and "
        "are signed into the secure room.\n"
        "5. Scripts leave only in the Parcelforce sacks, which I seal and sign for.\n\n"
        "If there is ANY gap in the chain (unsigned handover, a packet left unattended) it must "
        "be reported to me the same day.\n\n"
        "Thank you,\n"
        "Tiago\n")
    msg = message(A("Tiago Duarte", frm), to, "Chain of custody for exam scripts - summer series",
                  D(2025, 4, 30, 14, 10, 0), "cl-n59",
                  text_part(body, charset="us-ascii", cte="7bit"), cc=cc, extra=X_OUTLOOK)
    neg(59, "chain-of-custody", "plain",
        "Exams officer explains the secure chain of custody for exam scripts to invigilators",
        frm, [st("invigilators"), st("s.harrow")], frm, msg)

    # ------------------------------------------------------------ N060
    frm = st("c.martin")
    to = ["9fr1@students.school.example"]
    cc = ["m.leblanc@college-saint-exupery.example"]
    body = (
        "Bonjour 9Fr1 !\n\n"
        "Great news: our partner class at the Coll\u00e8ge Saint-Exup\u00e9ry in Chamb\u00e9ry have "
        "replied. Madame Leblanc (copied in) is sending their letters by post this week.\n\n"
        "What happens next - notre \u00ab cha\u00eene de lettres \u00bb :\n"
        "- In Monday's lesson you'll each get a letter from your French correspondant(e).\n"
        "- Write your reply in French (\u00e0 peu pr\u00e8s 120 mots) using the checklist: "
        "pr\u00e9sente-toi, ta famille, ton coll\u00e8ge, tes loisirs, une question.\n"
        "- I'll collect the replies on the 14th and post them back together.\n\n"
        "Please do NOT add your correspondant(e) on social media without checking with your "
        "parents and me first.\n\n"
        "\u00c0 lundi !\n"
        "Mlle Martin\n")
    msg = message(A("Chlo\u00e9 Martin", frm), to, "9Fr1 - lettres de nos correspondants",
                  D(2025, 3, 3, 17, 25, 0), "cl-n60",
                  text_part(body, charset="iso-8859-1", cte="8bit"), cc=cc, extra=X_TB)
    neg(60, "pen-pal-exchange", "latin1",
        "French teacher organises a pen-pal letter exchange ('chaine de lettres') with a partner school",
        frm, ["9fr1@students.school.example", "m.leblanc@college-saint-exupery.example"], frm, msg)


if __name__ == "__main__":
    build()
    write_manifest()
    print("wrote %d messages" % len(MANIFEST))
