#!/usr/bin/env python3
# build-w1.py - chain-letter corpus generator, writer w1. Run from inside chain-letter/.
# ---------------------------------------------------------------------------
# w1 shared helpers (stdlib only).  Everything here is deterministic.
# ---------------------------------------------------------------------------
import base64, quopri, zipfile, io, json, os, hashlib, textwrap, zlib, struct
import datetime
from email.utils import format_datetime, formataddr, parseaddr
from email.header import Header

NL = "\n"           # all .eml files use LF line endings


def H(key, n):
    """deterministic 'random' int in [0, n) from a string key"""
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % n


def hbytes(key, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256((key + ":" + str(i)).encode()).digest()
        i += 1
    return out[:n]


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"@'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def _bst(y, mo, d, h):
    def last_sun(m):
        dt = datetime.date(y, m, 31)
        return dt - datetime.timedelta(days=(dt.weekday() + 1) % 7)
    x = datetime.date(y, mo, d)
    return last_sun(3) <= x < last_sun(10)


def when(y, mo, d, h, mi, off=None):
    if off is None:
        off = 1 if _bst(y, mo, d, h) else 0
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, H("%d%d%d%d%d" % (y, mo, d, h, mi), 60), tzinfo=tz))


def wrap(text, width=72):
    """hard wrap every paragraph; keeps blank lines and lines starting with > or - or spaces"""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line.startswith("  "):
            out.append(line)
        else:
            ind = ""
            if line[:2] in ("- ", "* ") or (line[:1].isdigit() and line[1:3] == ". "):
                ind = "   " if line[1:3] == ". " else "  "
            out.extend(textwrap.wrap(line, width, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed encoding (soft breaks = trailing space)"""
    out = []
    for line in text.split("\n"):
        depth = 0
        while line.startswith(">"):
            depth += 1
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        prefix = ">" * depth + (" " if depth else "")
        line = line.rstrip(" ")
        if line == "-- ":
            out.append(prefix + line)
            continue
        if len(line) + len(prefix) <= width:
            pieces = [line]
        else:
            words = line.split(" ")
            pieces, cur = [], ""
            for w in words:
                if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                    pieces.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w) if cur else w
            pieces.append(cur)
        for i, p in enumerate(pieces):
            if not depth and (p.startswith(" ") or p.startswith("From ") or p.startswith(">")):
                p = " " + p
            if i < len(pieces) - 1:
                p += " "
            out.append(prefix + p)
    return "\n".join(out)


def b64lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return NL.join("%s: %s" % hv for hv in self.headers) + NL + NL + self.body


def text(body, subtype="plain", charset="utf-8", cte="auto", flowed_fmt=False, extra=None):
    if cte == "auto":
        cte = "7bit" if all(ord(c) < 128 for c in body) else "quoted-printable"
    if cte in ("7bit", "8bit"):
        payload = body
        if cte == "7bit":
            body.encode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(body.encode(charset)).decode("ascii")
    elif cte == "base64":
        payload = b64lines(body.encode(charset))
    else:
        raise ValueError(cte)
    ct = "text/%s; charset=\"%s\"" % (subtype, charset)
    if flowed_fmt:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    if not payload.endswith("\n"):
        payload += "\n"
    return Part(hs, payload)


def multipart(subtype, parts, key, extra_params=""):
    b = "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:24]
    if subtype == "alternative":
        b = "_000_%s_" % hashlib.md5(key.encode()).hexdigest()[:28].upper()
    body = "This is a multi-part message in MIME format." + NL + NL
    for p in parts:
        body += "--" + b + NL + p.render()
        if not body.endswith(NL):
            body += NL
        body += NL
    body += "--" + b + "--" + NL
    return Part([("Content-Type", "multipart/%s;%s boundary=\"%s\"" % (subtype, extra_params, b))], body)


def attachment(filename, data, ctype, cte="base64", charset=None):
    ct = ctype + (("; charset=\"%s\"" % charset) if charset else "") + "; name=\"%s\"" % filename
    hs = [("Content-Type", ct), ("Content-Disposition", "attachment; filename=\"%s\"" % filename)]
    if cte == "base64":
        payload = b64lines(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii")
    hs.append(("Content-Transfer-Encoding", cte))
    return Part(hs, payload + NL)


def rfc822(inner_text, filename=None):
    hs = [("Content-Type", "message/rfc822" + (("; name=\"%s\"" % filename) if filename else ""))]
    if filename:
        hs.append(("Content-Disposition", "attachment; filename=\"%s\"" % filename))
    return Part(hs, inner_text)


def fold_list(xs):
    out, line = [], ""
    for x in xs:
        if line and len(line) + len(x) + 2 > 72:
            out.append(line + ",")
            line = x
        else:
            line = (line + ", " + x) if line else x
    out.append(line)
    return "\n ".join(out)


def message(frm, to, subject, date, part, key, cc=None, extra=None, mid_host=None, reply_to=None):
    hs = [("From", frm), ("To", fold_list(to))]
    if cc:
        hs.append(("Cc", fold_list(cc)))
    hs.append(("Subject", enc_subject(subject)))
    hs.append(("Date", date))
    host = mid_host or frm.split("@")[-1].rstrip(">")
    hs.append(("Message-ID", "<%s@%s>" % (hashlib.sha1(key.encode()).hexdigest()[:20].upper(), host)))
    if reply_to:
        hs += reply_to
    if extra:
        hs += extra
    hs.append(("MIME-Version", "1.0"))
    return NL.join("%s: %s" % hv for hv in hs) + NL + part.render()


# ---- HTML helpers ---------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_doc(paras, style="font-family:Calibri,sans-serif;font-size:11pt", outlook=True):
    body = ""
    for p in paras:
        if p.startswith("<"):
            body += p + "\n"
        elif p == "":
            body += "<p class=\"MsoNormal\">&nbsp;</p>\n" if outlook else "<br>\n"
        else:
            body += ("<p class=\"MsoNormal\">%s</p>\n" if outlook else "<div>%s</div>\n") % esc(p)
    head = "<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
    if outlook:
        head += "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n--></style>\n"
    head += "</head>\n<body lang=\"EN-GB\" style=\"%s\">\n<div class=\"WordSection1\">\n" % style
    return head + body + "</div>\n</body>\n</html>\n"


def html_table(rows, header=True):
    out = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n"
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out += "<tr>" + "".join("<%s>%s</%s>" % (tag, esc(str(c)), tag) for c in r) + "</tr>\n"
    return out + "</table>"


# ---- Office documents -----------------------------------------------------
ZDT = (2025, 1, 14, 9, 30, 0)


def _zip(files, dt=ZDT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def zip_files(files, dt=ZDT):
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in files], dt)


def xesc(s):
    return esc(str(s)).replace('"', "&quot;")


def docx(paragraphs, table=None, table_after=None):
    """paragraphs: list of str; table: list of rows inserted after paragraph index table_after"""
    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return "<w:p><w:r>%s<w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (rpr, xesc(t))
    body = []
    for i, p in enumerate(paragraphs):
        bold = p.startswith("**")
        body.append(para(p.strip("*"), bold))
        if table is not None and table_after == i:
            tb = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
            for r in table:
                tb += "<w:tr>" + "".join("<w:tc><w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p></w:tc>" % xesc(c) for c in r) + "</w:tr>"
            tb += "</w:tbl>"
            body.append(tb)
    doc = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
           + "".join(body) + "<w:sectPr/></w:body></w:document>")
    ctypes = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              "</Types>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            "</Relationships>")
    return zip_files([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    sd = ""
    for ri, r in enumerate(rows, 1):
        sd += "<row r=\"%d\">" % ri
        for ci, c in enumerate(r):
            sd += "<c r=\"%s%d\" t=\"inlineStr\"><is><t>%s</t></is></c>" % (_col(ci), ri, xesc(c))
        sd += "</row>"
    ws = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
          + sd + "</sheetData></worksheet>")
    wb = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<sheets><sheet name=\"%s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" % xesc(sheet))
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
    return zip_files([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_bytes(rows, crlf=True):
    def q(c):
        c = str(c)
        return '"%s"' % c.replace('"', '""') if any(x in c for x in ',"\n') else c
    sep = "\r\n" if crlf else "\n"
    return (sep.join(",".join(q(c) for c in r) for r in rows) + sep).encode("utf-8")


# ---- shared writer --------------------------------------------------------
class Corpus:
    def __init__(self, tag):
        self.tag = tag
        self.items = []

    def add(self, label, family, shape, mail_from, rcpt, auth_user, note, raw):
        n = len(self.items) + 1
        fn = "%s/%s-%03d-%s.eml" % (label, self.tag, n, family)
        self.items.append(dict(file=fn, label=label, mail_from=mail_from, rcpt=rcpt,
                               auth_user=auth_user, shape=shape, family=family, note=note, raw=raw))

    def write(self):
        for d in ("positive", "negative"):
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                if f.startswith(self.tag + "-") and f.endswith(".eml"):
                    os.remove(os.path.join(d, f))
        with open("manifest-%s.jsonl" % self.tag, "w", encoding="utf-8") as mf:
            for it in self.items:
                raw = it["raw"]
                if not raw.endswith("\n"):
                    raw += "\n"
                with open(it["file"], "wb") as f:
                    f.write(raw.encode("utf-8"))
                rec = {k: it[k] for k in ("file", "label", "mail_from", "rcpt", "auth_user", "shape", "family", "note")}
                mf.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("wrote", len(self.items), "messages")

# ---- common signatures / client headers ----------------------------------
OUTLOOK = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-GB")]


def outlook_hdrs(subject, key, attach=False):
    ti = base64.b64encode(hbytes(key + "ti", 22)).decode()
    return [("Thread-Topic", enc_subject(subject)), ("Thread-Index", ti),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]


def iphone_hdrs(ver="iPhone Mail (21F90)"):
    return [("X-Mailer", ver)]

SIG_SCHOOL = "St Chad's CE (VC) Primary School\nChurch Lane, Wrensford, Staffordshire\nTel 01632 960417"

# ===========================================================================
# chain-letter corpus, writer w1
# St Chad's CE (VC) Primary, Wrensford - a two-form-entry C of E primary
# ===========================================================================
C = Corpus("w1")
S = "school.example"
P = "students.school.example"

# staff
OFFICE = ("Karen Bellamy", "k.bellamy@" + S)
HEAD = ("Andrew Pryce", "a.pryce@" + S)
SENCO = ("Jo Whitlock", "j.whitlock@" + S)
Y6T = ("Tom Ashdown", "t.ashdown@" + S)
Y2T = ("Hannah Doyle", "h.doyle@" + S)
Y4T = ("Priya Sandhu", "p.sandhu@" + S)
Y5T = ("Lewis Kirkby", "l.kirkby@" + S)
RECT = ("Denise Farr", "d.farr@" + S)
BURSAR = ("Sue Hartley", "s.hartley@" + S)
TA = ("Lorraine Coles", "l.coles@" + S)
MDSA = ("Bev Tranter", "b.tranter@" + S)
IT = ("IT Support", "itsupport@" + S)
DDSL = ("Rachel Onions", "r.onions@" + S)
PTA = ("St Chad's PTA", "pta@" + S)
ALLSTAFF = "allstaff@" + S


def A(p):
    return addr(*p)


def E(p):
    return p[1]


def add(label, family, shape, frm, to, auth, note, subject, date, part, cc=None, extra=None, envelope_to=None):
    key = "cl-%s-%s-%d" % (label, family, len(C.items))
    raw = message(A(frm), [A(t) if isinstance(t, tuple) else t for t in to], subject, date, part, key,
                  cc=[A(t) if isinstance(t, tuple) else t for t in (cc or [])] or None, extra=extra)
    rc = envelope_to or [E(t) if isinstance(t, tuple) else parseaddr(t)[1] for t in to + (cc or [])]
    assert all(r and "@" in r and "<" not in r for r in rc), rc
    C.add(label, family, shape, E(frm), rc, auth, note, raw)


def iphone(body, charset="utf-8"):
    return text(body, charset=charset, cte="quoted-printable")


def outlook_alt(plain, paras, key):
    return multipart("alternative", [text(plain, charset="us-ascii" if all(ord(c) < 128 for c in plain) else "utf-8", cte="quoted-printable"),
                                     text(html_doc(paras), "html", "utf-8", "quoted-printable")], key)


# ---------------------------------------------------------------------------
# POSITIVES
# ---------------------------------------------------------------------------

# P1 good-luck chain from a Y6 pupil on an iPad/iPhone
a = ("Maisie Hughes", "maisie.hughes@" + P)
body = """READ THIS ALL THE WAY TO THE END!!! \U0001F340\U0001F340

this is a real luck chain it started in 1998 and has never been broken. you have to send it to 15 people in the next 15 minutes and tomorrow will be the best day of your life. if you dont send it you will have bad luck for 7 YEARS and your phone will break

a girl called jess didnt send it and she fell off her trampoline the same day

send to 15 = amazing luck
send to 10 = good luck
send to 5 = ok luck
send to 0 = 7 years bad luck \U0001F480

I sent it so dont blame me lol

Sent from my iPad"""
add("positive", "good-luck-chain", "mobile", a,
    ["ruby.k@" + P, "ava.birch@" + P, "lily-may.p@" + P, "harper.t@" + P, "isla.g@" + P],
    E(a), "Y6 pupil sends classic 'send to 15 in 15 minutes or 7 years bad luck' chain to classmates",
    "dont ignore this \U0001F340", when(2024, 11, 14, 19, 42), iphone(body), extra=iphone_hdrs("iPad Mail (21F90)"))

# P2 curse chain (ghost girl) HTML from pupil webmail
a = ("Kayden Morris", "kayden.morris@" + P)
paras = ["<div style=\"font-family:Arial;font-size:14px\">",
         "<b style=\"color:red\">DO NOT STOP READING OR SHE WILL KNOW</b><br><br>",
         "There was a girl called Emily Rose who lived near a canal. Her step dad pushed her in and she drowned and nobody ever found her. Now every time someone reads this message Emily is told their name.<br><br>",
         "If you send this to 20 people before midnight she will leave you alone. If you send it to less than 20 she will come to your bedroom window at 3am and knock three times. If you dont send it at all she will stand at the end of your bed.<br><br>",
         "A boy in Birmingham laughed at this and deleted it. He was found in the morning with wet footprints next to his bed.<br><br>",
         "THIS IS NOT A JOKE. copy and send it to everyone in your class<br><br>",
         "sorry i had to send it to you",
         "</div>"]
h = "<html><head><meta charset=\"utf-8\"></head><body>" + "\n".join(paras) + "</body></html>\n"
add("positive", "curse-chain", "html", a,
    ["y6kestrels@" + P], E(a),
    "pupil sends a ghost-girl curse chain ('send to 20 before midnight or she comes') to the class group",
    "READ BEFORE MIDNIGHT", when(2025, 1, 22, 20, 17),
    text(h, "html", "utf-8", "quoted-printable"))

# P3 friendship chain, sloppy 7bit
a = ("Ruby Kaur", "ruby.k@" + P)
body = """hiya

ok so this is a friendship test. send this to all your friends and me back. if you get 3 back your a good friend, if you get 6 back your a BEST friend and if you get 10 back everyone loves you!!

if you dont send it on it means you dont care about your friends and you will lose your best friend by friday

send it back to me if your my friend :) :) 

ruby xx"""
add("positive", "friendship-chain", "7bit", a,
    ["maisie.hughes@" + P, "ava.birch@" + P, "sophie.ward@" + P, "grace.oakley@" + P, "tilly.m@" + P, "amara.o@" + P],
    E(a), "Y6 pupil friendship chain: send to all your friends, count how many come back",
    "ur my friend?? send back", when(2024, 10, 3, 16, 55), text(body))

# P4 sleepover/crush chain, base64
a = ("Lily-May Price", "lily-may.p@" + P)
body = """OMG this actually works!!! \U0001F497

Make a wish about your crush and then scroll down....








send this to 8 people in the next 10 mins and your crush will ask you to dance at the Y6 disco!!!!

if you send it to 4 people they will talk to you tomorrow

if you break the chain they will start liking your worst enemy \U0001F62D\U0001F62D

i sent it to 8 so it better work lol. dont tell the boys about this

LMx"""
add("positive", "crush-chain", "base64", a,
    ["ruby.k@" + P, "isla.g@" + P, "poppy.w@" + P, "harper.t@" + P, "maya.s@" + P, "evie.c@" + P, "ava.birch@" + P, "sophie.ward@" + P],
    E(a), "pupil crush/disco wish chain: send to 8 in 10 minutes or your crush likes your enemy",
    "make a wish \U0001F497\U0001F497", when(2025, 3, 6, 18, 3), text(body, cte="base64"))

# P5 virus hoax forwarded inline by a TA to all staff
a = TA
body = """Just passing this on to be on the safe side - my sister in law works at the council and sent it round. Be careful everyone!!

Lorraine

________________________________
From: Debbie Coles <debbiecoles63@example.com>
Sent: 09 December 2024 21:14
To: undisclosed-recipients:
Subject: Fw: VIRUS WARNING - PLEASE READ AND PASS ON

PLEASE READ - THIS IS VERY SERIOUS

If you get an email titled "CHRISTMAS GREETINGS FROM A FRIEND" do NOT open it. It contains a virus called the Silent Santa which will wipe your whole hard drive and steal all your passwords and banking information the moment you open it. There is no way to repair it once it is on your computer.

This was announced this morning by Microsoft and Norton and was on the BBC news. It is the worst virus ever discovered and has already hit over 2 million computers.

Send this warning to EVERYONE in your contacts list NOW - the more people who know the safer we all are. Don't just delete it, share it!!

Thank you x"""
add("positive", "virus-hoax", "inline-forward", a, [ALLSTAFF], E(a),
    "TA forwards 'Christmas greetings' wipe-your-hard-drive virus hoax to all staff, 'send to everyone in your contacts'",
    "FW: VIRUS WARNING - PLEASE READ AND PASS ON", when(2024, 12, 10, 7, 48),
    text(body, charset="us-ascii", cte="7bit"), extra=outlook_hdrs("VIRUS WARNING - PLEASE READ AND PASS ON", "p5"))

# P6 video hack hoax from a parent, latin-1 quoted printable
a = ("Mrs D Flint", "dawn.flint@example.net")
body = """Hi Mrs Bellamy

Sorry to email the office with this but I think all the parents need to know it and you have all their emails. My friend sent me this today, could you send it out to everyone on the parents list please? Some of the kids have phones now.

"URGENT. Tell your kids, family and friends NOT to open a video on WhatsApp, TikTok or Messenger called 'The Dancing Llama'. It hacks your phone in 10 seconds and nothing can stop it. They can then see your camera and your bank app. It was on the radio today. Please pass this message on to everyone you know, it's very important. Forward to all your groups!!"

Thanks ever so much, it's better to be safe than sorry.

Dawn Flint (mum of Charlie in Year 3 and Evie in Year 1)
Sent from Yahoo Mail for Android"""
add("positive", "video-hack-hoax", "latin1", a, [A(OFFICE)], None,
    "parent emails the office the 'Dancing Llama video hacks your phone, forward to all' hoax and asks it be sent to all parents",
    "Warning for all parents - please send round", when(2025, 2, 4, 13, 20),
    text(body, charset="iso-8859-1", cte="quoted-printable"), envelope_to=[E(OFFICE)])

# P7 fake missing child appeal, PTA volunteer (outside) forwards as attachment to pta@
inner = message(addr("Shaz Whitworth", "shaz.w84@example.com"),
                [addr("Wrensford Mums Chat", "wrensfordmums@example.org")],
                "PLEASE SHARE - little girl missing from Tamworth", when(2025, 3, 15, 10, 5),
                text("""*** PLEASE SHARE - MISSING ***

This little girl is called Macy, she is 7 and she went missing from the Ventura retail park in Tamworth at about 11 this morning. She was wearing a pink coat and sparkly trainers. Her mum is absolutely beside herself.

Police have said the more people share this the better chance they have of finding her so PLEASE don't just scroll past - copy this and send it to everyone you know, every group you are in. It takes 2 seconds. Imagine if it was your child.

If you see her call 999.

PLEASE DONT BREAK THE CHAIN, share share share \U0001F64F\U0001F494""", cte="quoted-printable"),
                "p7inner")
a = ("Gemma Lowe", "gemma.lowe@example.org")
body = """Hi PTA people,

can we put this on the school Facebook and send it round the class reps? Its going all round the mums groups this morning. Horrible. Every share helps apparently.

Gem"""
add("positive", "missing-child-hoax", "rfc822-forward", a, [A(PTA)], None,
    "PTA volunteer forwards a 'missing 7 year old, police say share share share' appeal (as attached message) asking it be circulated",
    "Fw: PLEASE SHARE - little girl missing from Tamworth", when(2025, 3, 15, 11, 40),
    multipart("mixed", [text(body), rfc822(inner, "PLEASE SHARE - little girl missing.eml")], "p7"),
    envelope_to=[E(PTA)])

# P8 sick child per-forward donation, staff to friends outside, windows-1252 QP
a = MDSA
body = """Girls, please please take 30 seconds to forward this. It costs nothing.

\u2018My name is Jayden and I am 6 years old. I have a brain tumour and the doctors say I have 3 months to live. My mummy and daddy can\u2019t afford the operation in America.\u2019

Cancer Research UK and the AOL Foundation have agreed to give 15p to Jayden\u2019s operation for EVERY person this email is sent to. They track it with a special code so they know how many times it has been forwarded. Last week it raised \u00a34,000.

Please don\u2019t delete it \u2013 if you have a heart, forward it to everyone in your address book. It might be your child one day.

Bev x"""
add("positive", "sick-child-donation-hoax", "cp1252", a,
    ["tracey.tranter@example.com", "sam.hollins@example.net", "jackie_w@example.org", A(TA)], E(a),
    "midday supervisor sends the 'Jayden has 3 months, 15p donated per forward' hoax to friends and a colleague",
    "Please forward for little Jayden - it costs nothing", when(2024, 9, 26, 12, 51),
    text(body, charset="windows-1252", cte="quoted-printable"))

# P9 'Microsoft pays per forward', hard-wrapped, from grandad to teacher
a = ("Ron Ashdown", "ron.ashdown@example.net")
body = wrap("""Tom, this came from Brian at the bowls club. He says it is genuine, his nephew got a cheque for over five hundred pounds. Worth a go.

Dad

>>> Dear Friends,
>>> Please do not dismiss this as a joke. Bill Gates is sharing his fortune. Microsoft is running a test of its new email tracking system and for every person you forward this email to, Microsoft will pay you $245. For every person that receives it from them, you get $243, and for every third person you get $241. Within two weeks Microsoft will contact you for your address and send you a cheque.
>>> I thought it was a scam too but my solicitor's brother did it and got $4,324.44. This is NOT a hoax. Microsoft's lawyers have checked it. Forward it to as many people as possible - it has to be at least 10 for it to register.""", 74)
add("positive", "money-per-forward-hoax", "wrapped", a, [A(Y6T)], None,
    "teacher's father sends the old 'Microsoft/Bill Gates will pay $245 per forward' hoax",
    "Fw: Fwd: Fw: MICROSOFT PAYOUT - NOT A JOKE", when(2024, 10, 20, 9, 12), text(body), envelope_to=[E(Y6T)])

# P10 privacy-notice hoax, staff to outside friends, multipart/alternative
a = Y4T
plain = """Doing this just in case! Copy and paste it, don't forward/share it apparently.

"I do NOT give Meta, Facebook, Instagram or any of their associates permission to use my pictures, information, messages or posts, both past and future. By this statement I notify them that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile and its contents. The violation of privacy can be punished by law (UCC 1-308-11 308-103 and the Rome Statute).

NOTE: Meta is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once it will be tacitly allowed the use of your photos as well as the information contained in the profile status updates. DO NOT SHARE. You have to copy and paste."

Send it on to everyone before the new rules come in on Monday!
P x"""
paras = ["Doing this just in case! Copy and paste it, don\u2019t forward/share it apparently.", "",
         "\u201cI do NOT give Meta, Facebook, Instagram or any of their associates permission to use my pictures, information, messages or posts, both past and future. By this statement I notify them that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile and its contents. The violation of privacy can be punished by law (UCC 1-308-11 308-103 and the Rome Statute).",
         "NOTE: Meta is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once it will be tacitly allowed the use of your photos as well as the information contained in the profile status updates. DO NOT SHARE. You have to copy and paste.\u201d", "",
         "Send it on to everyone before the new rules come in on Monday!", "P x"]
add("positive", "privacy-notice-hoax", "alternative", a,
    ["anita.sandhu@example.com", "kerry.blythe@example.org", "rashpal.k@example.net"], E(a),
    "teacher sends the 'I do not give Meta permission' copy-and-paste privacy-notice hoax to friends",
    "new facebook rules from Monday!!", when(2025, 1, 9, 21, 30),
    outlook_alt(plain, paras, "p10"), extra=outlook_hdrs("new facebook rules from Monday!!", "p10"))

# P11 novena prayer chain, format=flowed, inbound from church friend
a = ("Margaret Ellison", "margaret.ellison@example.org")
body = flowed("""Dear Sue,

God bless you. Please don't break this, it came to me from Father Michael's sister and I have never broken one.

+++ NOVENA TO ST JUDE +++

May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. St Jude, worker of miracles, pray for us. St Jude, helper of the hopeless, pray for us.

Say this prayer 9 times a day and by the 8th day your prayer will be answered. It has never been known to fail. You MUST send this prayer to 12 people within 96 hours.

A woman in Leek received this and sent it on and won £15,000 two days later. A man in Stoke threw it away and within a week he had lost his job and his wife was taken ill. This chain has been around the world 9 times. It is not a coincidence.

Do not keep this prayer. Send it on and see what happens on the 4th day.

With love in Christ,
Margaret""")
add("positive", "prayer-chain", "flowed", a, [A(BURSAR)], None,
    "bursar receives a St Jude novena chain ('send to 12 people within 96 hours', man who broke it lost his job)",
    "Novena - please do not break", when(2024, 11, 2, 8, 5), text(body, flowed_fmt=True, cte="8bit"),
    envelope_to=[E(BURSAR)])

# P12 gifting circle pyramid, staff mobile to colleagues
a = TA
body = """Morning ladies \U0001F338 

Not sure if any of you would be interested but I've been invited into a Blessing Loom / womens gifting circle and there's a space on my board. You gift £80 into the circle and when your name moves into the middle you receive £640 from the 8 new ladies that join! It's all about women empowering women and lifting each other up \U0001F4AB

All you have to do is gift in and then invite 2 more ladies. It's not a scam, my cousin has just received hers twice. Please keep it to yourselves tho, its invite only. Message me if you want in and pass it to anyone you think would be up for it xx

Sent from my iPhone"""
add("positive", "gifting-circle-pyramid", "mobile", a, [A(MDSA), A(Y2T), ("Sharon Bickley", "s.bickley@" + S)], E(a),
    "TA invites colleagues into a 'Blessing Loom' gifting circle (gift £80, receive £640, recruit 2 more)",
    "Blessing loom - space on my board xx", when(2025, 2, 18, 7, 22), iphone(body), extra=iphone_hdrs())

# P13 book exchange chain, staff to friends outside, instructions as .txt attachment
a = RECT
body = """Hi all! I've been sent this by a friend from uni and it sounds fun - who's in?? Full instructions are in the attachment. Just need 6 of you to say yes so I can put your names on and send it on xx

Denise"""
att = """BOOK EXCHANGE - KIDS EDITION

We are looking for 6 grown-ups to join a children's book exchange! You only have to buy ONE new book (about £5-£8) and you will receive up to 36 books back for your little ones!

1. Send one new children's book to the person in position 1 below. Don't write in it.
2. Move the name in position 2 up to position 1 and put your name and address in position 2.
3. Send this letter on to 6 friends within 5 days.
4. If you can't do it within 5 days please let me know so the chain doesn't break - it's not fair on the people who have already sent books.

1. Vicky Rowe, 14 Cherry Tree Close, Burton upon Trent
2. Denise Farr

Turnaround is quick and lots of people have done this. Please don't join if you can't follow through!"""
add("positive", "book-exchange-chain", "txt-attach", a,
    ["lucy.farr@example.com", "hannah.hirst@example.org", "kim.barlow@example.net", "jen.allsopp@example.com", "claire.fenn@example.org", "naz.begum@example.com"], E(a),
    "reception teacher forwards a children's book-exchange chain (send 1 book, get 36, send to 6 friends in 5 days) to friends",
    "Book exchange - buy one get 36!", when(2024, 10, 11, 20, 44),
    multipart("mixed", [text(body), attachment("Book exchange - read me.txt", att.replace("\n", "\r\n").encode(), "text/plain", charset="utf-8")], "p13"))

# P14 secret sister gift exchange with CSV list
a = ("Sharon Bickley", "s.bickley@" + S)
body = """Hi girls

Secret Sister gift exchange is back for Christmas! Buy ONE gift worth £10 for the person at the top of the list in the attached and you'll get up to 36 gifts back from all over the country.

Add yourself at number 2, take the top one off, then send it on to 6 ladies you know in the next 3 days. Please only join if you are going to send a gift, no-one likes to be let down at Christmas! I've already done mine so the chain is up to you now \U0001F381

Shaz xx"""
rows = [["Position", "Name", "Address"],
        ["1", "Jodie Price", "7 Mill Lane, Uttoxeter"],
        ["2", "Sharon Bickley", "(address on request)"]]
add("positive", "secret-sister-chain", "csv-attach", a,
    ["mandy.b@example.com", "clare.riley@example.net", "tina.ollerenshaw@example.org", A(TA), A(MDSA)], E(a),
    "admin assistant sends a Secret Sister gift-exchange chain (send one £10 gift, get 36, send to 6 in 3 days) with list as CSV",
    "Secret Sister \U0001F381 only 3 days!", when(2024, 11, 25, 19, 58),
    multipart("mixed", [text(body, cte="quoted-printable"), attachment("secret sister list.csv", csv_bytes(rows), "text/csv")], "p14"))

# P15 pupil petition that only exists to be forwarded, xlsx attached
a = ("Josh Fletcher", "josh.fletcher@" + P)
body = """SIGN THIS PETITION!!!!!

we want longer dinnertimes and no homework on fridays. put your name in the spreadsheet and send it to 10 more people. when it gets to 500 names the last person has to send it to the prime minister and he HAS to read it out in parliament its the law

DONT DELETE IT just add ur name and send

josh (number 17)"""
rows = [["No.", "Name", "School"]] + [[str(i + 1), n, "St Chads"] for i, n in enumerate(
    ["Callum", "Alfie B", "Leo", "Tyler", "Mason W", "Finley", "Archie", "Reggie", "Olly", "Noah T", "Kai", "jacob", "Harry S", "Ethan", "Zayn", "Theo", "Josh F"])]
add("positive", "forward-petition", "xlsx-attach", a,
    ["ethan.m@" + P, "zayn.a@" + P, "theo.b@" + P, "kai.r@" + P, "leo.d@" + P, "archie.h@" + P, "finley.s@" + P, "noah.t@" + P, "harry.s@" + P, "reggie.j@" + P],
    E(a), "Y6 pupil spreads a fake 'petition' that must be sent to 10 more people until 500 names",
    "PETITION sign and send!!!", when(2025, 5, 1, 17, 35),
    multipart("mixed", [text(body), attachment("petition.xlsx", xlsx(rows, "Petition"), XLSX_CT)], "p15"))

# P16 copy-and-paste cancer awareness, staff to staff, alternative
a = Y5T
plain = """Not normally one for these but this one got me.

------
Cancer doesn't care how old you are, where you live or how much money you have. I bet only 3% of people will copy and paste this. Most will scroll past, but I know who my real friends are. In honour of someone who lost their fight, or is still fighting, copy and paste this (don't share it) and send it to 10 people who you care about. Let's see who actually reads to the end. I know who will. ❤️
------

Lewis"""
paras = ["Not normally one for these but this one got me.", "",
         "<p class=\"MsoNormal\" style=\"color:#7030A0\"><i>Cancer doesn\u2019t care how old you are, where you live or how much money you have. I bet only 3% of people will copy and paste this. Most will scroll past, but I know who my real friends are. In honour of someone who lost their fight, or is still fighting, copy and paste this (don\u2019t share it) and send it to 10 people who you care about. Let\u2019s see who actually reads to the end. I know who will. \u2764\ufe0f</i></p>",
         "", "Lewis"]
add("positive", "copy-paste-awareness", "alternative", a,
    [A(Y6T), A(Y4T), A(Y2T), A(RECT), A(TA), A(DDSL), A(SENCO), ("Chloe Barton", "c.barton@" + S), ("Ian Hulme", "i.hulme@" + S), ("Naomi Heath", "n.heath@" + S)], E(a),
    "teacher copy-pastes an 'only 3% will copy and paste this, send to 10 people' cancer text to colleagues",
    "I know who will...", when(2025, 2, 4, 20, 2), outlook_alt(plain, paras, "p16"), extra=outlook_hdrs("I know who will...", "p16"))

# P17 urban legend perfume scam, office manager forwards to parents
a = OFFICE
body = """Dear Parents,

I have been asked by a few of you to pass this on. Please read and share with family and friends.

Mrs Bellamy
School Office

---------- Forwarded message ---------
From: Julie Stanley <julie.stanley@example.org>
Date: Tue, 8 Oct 2024 at 18:21
Subject: WARNING LADIES!!! PLEASE READ
To: 

WARNING LADIES, in the Asda car park in Burton a man came up to my friend's daughter and asked if she wanted to smell a new perfume sample. It wasn't perfume it was ETHER and she passed out. Luckily someone saw and shouted and the man ran off. The police said this is happening all over the Midlands and it's a gang who kidnap women and children.

The police can't put out a warning because it would cause panic so they are asking people to pass this on by email and Facebook. Send this to every woman you know, and to every mum at your child's school. PLEASE DON'T BREAK THE CHAIN IT COULD SAVE A LIFE!!!!"""
add("positive", "urban-legend-warning", "inline-forward", a,
    ["undisclosed-recipients:;"], E(a),
    "office manager forwards the 'perfume sample is ether, police say pass it on' urban legend to all parents (bcc)",
    "Fwd: WARNING LADIES!!! PLEASE READ", when(2024, 10, 9, 10, 14),
    text(body, cte="quoted-printable", charset="utf-8"),
    envelope_to=["parents-list@" + S, "sarah.wilde@example.com", "m.kowalski@example.net", "dawn.flint@example.net"])

# P18 'Outlook will delete inactive accounts' - pupil
a = ("Tyler Brookes", "tyler.b@" + P)
body = """Hi this is a message from the OUTLOOK TEAM. We are running out of space on our servers because there are too many accounts. We will be DELETING all accounts that are not active. To show us your account is active you MUST forward this email to EVERYONE in your contacts. If you dont forward it within 48 hours your account will be DELETED and all your stuff will be gone forever and you will have to pay £5 a month to get a new one.

This is real my brother said it is.

Outlook Team Microsoft 2025
(forward to everyone in your address book)"""
add("positive", "account-deletion-hoax", "qp", a,
    ["josh.fletcher@" + P, "kai.r@" + P, "leo.d@" + P, "callum.v@" + P, "mason.w@" + P, "t.ashdown@" + S], E(a),
    "pupil forwards an 'Outlook will delete your account unless you forward to all contacts' hoax to classmates and teacher",
    "FW: IMPORTANT from outlook team FORWARD OR ACCOUNT DELETED", when(2025, 1, 28, 16, 12),
    text(body, cte="quoted-printable"))

# P19 phone number hoax, inbound 7bit
a = ("Colin Pryce", "c.pryce1958@example.net")
body = """Andrew

pass this on at work. Its on the news apparently.

****
DO NOT answer any calls from numbers starting +375, +371 or 0800 909 if they ring and then hang up. If you ring back or answer and say YES they record your voice and within 20 seconds they have cloned your SIM card and can get into your bank. BT have confirmed this. Forward this to all your family, friends and colleagues. The more people who get this the less money these criminals will make.
****

Love to Jo and the girls
Dad"""
add("positive", "phone-scam-hoax", "7bit", a, [A(HEAD)], None,
    "head teacher's father sends 'answer and your SIM is cloned in 20 seconds, forward to everyone' hoax, asks him to pass it on at work",
    "Fw: phone scam warning pass on", when(2024, 9, 15, 11, 30), text(body), envelope_to=[E(HEAD)])

# P20 toys-at-traffic-lights kidnappers, cp1252 base64, class rep parent to office
a = ("Sarah Wilde", "sarah.wilde@example.com")
body = """Hi,

Please could this go out to all the parents on Parentmail? It's been going round on WhatsApp and I think everyone should see it.

\u201cPlease warn everyone. Gangs are leaving soft toys and kids\u2019 car seats on the side of the road and on the A38 roundabouts. When a mum stops and gets out to look, they grab her kids from the back seat or take the car. It\u2019s happened in Lichfield and Tamworth already this month. Staffordshire Police know about it but aren\u2019t telling the public. SHARE WITH EVERY PARENT YOU KNOW \u2013 don\u2019t let it be your family \U0001F494\u201d

Many thanks
Sarah (class rep, Year 2 Oak)"""
add("positive", "urban-legend-warning", "cp1252", a, [A(OFFICE)], None,
    "class rep emails the office a 'gangs leave toys on roundabouts to snatch children, share with every parent' legend for circulation",
    "Safety warning \u2013 please send to all parents", when(2025, 4, 29, 21, 7),
    text(body.replace("\U0001F494", ":("), charset="windows-1252", cte="base64"), envelope_to=[E(OFFICE)])

# P21 pupil scary chain, flowed (iPad)
a = ("Harper Tomlinson", "harper.t@" + P)
body = flowed("""ok so i dont want to send this but i have to.

hi my name is Midnight Mary. i am 11 years old. i died in 2009 when i went to school and never came home. if you don't send this to 15 people i will find you. i know where you live. i will be under your bed tonight. this is not a joke. someone called Ellie didn't send this and the next morning her mum found her bed empty.

send to 15 people and Mary wont come. send to 5 and she will only watch you. send to nobody and she will come at 3:33.

sorry everyone i just dont want her to come""")
add("positive", "curse-chain", "flowed", a,
    ["maisie.hughes@" + P, "ruby.k@" + P, "isla.g@" + P, "evie.c@" + P, "poppy.w@" + P, "grace.oakley@" + P, "amara.o@" + P, "sophie.ward@" + P, "tilly.m@" + P, "maya.s@" + P,
     "ava.birch@" + P, "lily-may.p@" + P, "freya.n@" + P, "ellie.j@" + P, "zara.h@" + P], E(a),
    "pupil passes on a 'Midnight Mary will come at 3:33 unless you send to 15 people' scare chain",
    "sorry i have to send this", when(2025, 3, 20, 21, 51),
    text(body, flowed_fmt=True, cte="8bit"), extra=iphone_hdrs("iPad Mail (21F90)"))

# P22 angel chain, html from lunchtime supervisor
a = MDSA
h = html_doc(["<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\"><span style=\"font-size:16pt;color:#C00000\">\u2728 An Angel Has Been Sent To You \u2728</span></p>",
              "",
              "<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\">This angel has been sent to watch over you. She has travelled around the world and now she has chosen YOU.<br>Within 7 minutes send her to 7 people you love and you will receive a miracle within 7 days.<br>Send her to 3 and something good will happen to you tomorrow.<br>Don\u2019t send her on and she will have to fly away, and your luck will go with her.</p>",
              "",
              "<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\">Whoever sent you this loves you \U0001F495 Please don\u2019t break the circle.</p>",
              "", "Bev xx"])
add("positive", "angel-luck-chain", "html", a,
    [A(TA), A(OFFICE), "pat.tranter@example.org", "leanne.mcgowan@example.com", A(RECT), A(Y2T), "gran.susan@example.net"], E(a),
    "lunchtime supervisor sends an 'angel sent to watch over you, send to 7 people in 7 minutes' luck chain",
    "An angel for you \U0001F495", when(2024, 12, 20, 15, 33), text(h, "html", "utf-8", "quoted-printable"),
    extra=outlook_hdrs("An angel for you \U0001F495", "p22"))

# P23 money chain letter, zipped document
a = ("Opportunity Circle", "circle.admin@prosperity-network.example")
body = """Good afternoon,

You have been personally recommended by a friend to join a proven mutual-help income programme. Please open the attached letter and read it carefully to the end. It explains how a £5 contribution can grow into £50,000 or more within 90 days, 100% legally.

Do not delete this until you have read it. Kind regards"""
letter = """THE £5 LETTER - READ IT TWICE

Dear friend, this is not junk mail. A few years ago I was £20,000 in debt. Then I received this letter. I followed the instructions exactly and within 60 days I had received £48,700 in cash.

HOW IT WORKS
1. Send £5 by bank transfer or PayPal to EACH of the 5 names on the list below, with a note saying "Please add me to your mailing list". This is what makes it legal - you are buying a service.
2. Remove the name at number 1, move the others up, and put YOUR name at number 5.
3. Forward this letter to at least 200 people. Email addresses can be bought cheaply online, or simply use everyone in your address book, work colleagues and family.
4. Within weeks the money will start to arrive.

If just 10 of your 200 reply, and 10 of theirs reply, you will receive £50,000 when your name reaches number 1.

DO NOT BREAK THE CHAIN. People who have broken it have reported that the money stopped coming. It WORKS when you follow it.

1. R. Hamid
2. J. O'Keefe
3. P. Dhillon
4. L. Marsh
5. T. Okafor"""
z = zip_files([("The £5 letter - READ.txt", letter.replace("\n", "\r\n"))])
add("positive", "money-chain-letter", "zip-attach", a, [A(BURSAR), A(OFFICE), A(HEAD)], None,
    "inbound 'send £5 to each of 5 names, add yours, forward to 200 people' money chain letter inside a zip",
    "Your personal invitation - please read to the end", when(2025, 6, 10, 14, 2),
    multipart("mixed", [text(body), attachment("letter.zip", z, "application/x-zip-compressed")], "p23"),
    envelope_to=[E(BURSAR), E(OFFICE), E(HEAD)])

# P24 blessing loom via PTA mailbox to parents, base64
a = PTA
body = """Hi lovely mums \U0001F33C

A few of us from the PTA have started a Sisterhood Gifting Circle and we'd love you to join! It's a really simple way to give and receive. You gift £50 to the lady in the centre (bank transfer) and then you invite two friends. Once our flower has 8 petals the centre lady receives £400 and the flower splits in two, and everyone moves closer to the middle. Before long it's YOUR turn to receive £400!

It isn't a pyramid scheme, it's a gift, so it is completely legal and tax free. Everyone gets their turn as long as nobody breaks the chain, so please do invite 2 friends straight away.

Reply to this email with a yes and we'll add you to the WhatsApp group \U0001F496

Nic, Lou & Kelly x"""
add("positive", "gifting-circle-pyramid", "base64", a,
    ["undisclosed-recipients:;"], E(a),
    "PTA mailbox invites parents into a 'Sisterhood Gifting Circle' (gift £50, receive £400, invite 2 friends)",
    "Join our Sisterhood Gifting Circle \U0001F33C", when(2025, 1, 31, 20, 40),
    text(body, cte="base64"),
    envelope_to=["nicola.brammer@example.com", "lou.hayes@example.org", "kelly.b@example.net", "sarah.wilde@example.com", "m.kowalski@example.net"])

# P25 mobile forward 'WhatsApp will charge' with personal note
a = Y2T
body = """Saw this on the mums group, thought you'd want to know before it happens! x

> Tomorrow at 6pm WhatsApp will start charging 37p per message. If you have at least 10 contacts send them this message and the logo will turn blue which means you are a user who will stay free. If you don't send it WhatsApp will start charging you. It was on the news. Send to 10 people NOW!! \U0001F4F1

Sent from my iPhone"""
add("positive", "app-charging-hoax", "mobile", a,
    ["mum.doyle@example.com", "becky.doyle@example.net", A(TA)], E(a),
    "teacher forwards from iPhone the 'WhatsApp will charge 37p unless you send this to 10 contacts' hoax to family",
    "Fwd: WhatsApp charging from tomorrow!!", when(2024, 10, 17, 22, 3), iphone(body), extra=iphone_hdrs())

# P26 white van abduction alert, qp, inbound from parent
a = ("Marta Kowalski", "m.kowalski@example.net")
body = """Dear Mr Pryce

I'm sure you have seen this already but please can you make all the parents aware and tell them to share it, my neighbour said it came from a police officer.

-------- Original message --------
ATTENTION ALL PARENTS IN THE WRENSFORD, ALREWAS AND BARTON AREA!!! A white van with no back windows has been seen outside schools trying to lure children with puppies and sweets. It has already tried to take 3 children this week. The police know and they have told schools but schools have been told to keep it quiet. Please share this with every parent you know, copy and paste into all your groups. Keep your children close!! SHARE SHARE SHARE

Thank you
Marta Kowalski (Zuzanna's mum, Year 4)"""
add("positive", "abduction-scare-chain", "qp", a, [A(HEAD)], None,
    "parent sends head an unverified 'white van luring children, schools told to keep it quiet, share share share' copy-paste scare",
    "White van near schools - please share with parents", when(2025, 5, 13, 8, 2), text(body, cte="quoted-printable"),
    envelope_to=[E(HEAD)])

# P27 get-well-cards record chain as docx
a = ("Chloe Barton", "c.barton@" + S)
body = """Hi all - I know these things go round but this little lad is real, please read the attachment and pass it on to as many people as you can, he's trying to get into the Guinness Book of Records before his operation.

Chloe"""
d = docx(["**PLEASE READ AND PASS ON**",
          "Little Ben is 7 years old and has an inoperable tumour. His last wish is to get into the Guinness Book of Records for receiving the most get well emails and cards in the world.",
          "Please send Ben a get well message at getwell.ben@hopeforben.example and then forward this letter to everyone you know. Please also ask your children's school to send a card from every class.",
          "It only takes a minute and it will make a dying boy very happy. Don't let this chain stop with you!",
          "Thank you and God bless."])
add("positive", "sick-child-record-chain", "docx-attach", a,
    [ALLSTAFF, "kate.barton@example.com"], E(a),
    "HLTA forwards a 'dying boy wants a world record for get-well emails, forward to everyone' chain as a Word document",
    "Please pass on - get well wishes for little Ben", when(2025, 3, 3, 12, 40),
    multipart("mixed", [text(body), attachment("Please read and pass on.docx", d, DOCX_CT)], "p27"),
    extra=outlook_hdrs("Please pass on - get well wishes for little Ben", "p27", True))

# P28 Cadbury free hamper share hoax, pupil, html
a = ("Callum Vickers", "callum.v@" + P)
h = """<html><body>
<div>OMG look free chocolate!!!</div>
<div><br></div>
<div style="background:#4b0082;color:white;padding:8px">
<b>CADBURY 200 YEAR CELEBRATION</b><br>
Cadbury are giving away a FREE chocolate hamper to everyone who sends this to 20 friends!!<br>
Step 1. Forward this to 20 people<br>
Step 2. Click the link and put in your address<br>
<a href="http://cadbury-200-free.gift-claims.example/claim">cadbury-200-free.gift-claims.example/claim</a><br>
Only 5000 hampers left so be quick!!
</div>
<div><br></div>
<div>i already did it, my hamper is coming friday</div>
</body></html>
"""
add("positive", "free-gift-share-hoax", "html", a,
    ["josh.fletcher@" + P, "tyler.b@" + P, "mason.w@" + P, "kai.r@" + P, "leo.d@" + P, "olly.p@" + P, "reggie.j@" + P], E(a),
    "pupil forwards a fake 'Cadbury free hamper if you send to 20 friends' share scam to classmates",
    "FREE CADBURY HAMPER \U0001F36B\U0001F36B", when(2025, 4, 2, 17, 8), text(h, "html", "utf-8", "quoted-printable"))

# P29 Tibetan good-luck chain forwarded as attachment to teacher's mum
inner = message(addr("Sian Kirkby", "sian.kirkby@example.org"), [addr("Priya Sandhu", "p.sandhu@" + S)],
                "Fw: Tibetan good luck totem - do not break", when(2025, 1, 14, 19, 0),
                text(wrap("""This is a Tibetan good luck totem. It has been sent to you for good luck. The original is in New England. It has been sent around the world nine times. The luck has been sent to you. You will receive good luck within four days of receiving this letter, providing you in turn send it on.

THIS IS NO JOKE. Send copies to people you think need good luck. Do not send money as fate has no price. Do not keep this message. It must leave your hands within 96 hours.

An RAF officer received $470,000. Joe Elliot received $40,000 and lost it because he broke the chain. While in the Philippines, Gene Welch lost his wife 51 days after receiving this letter. He had failed to circulate it.

Please send 20 copies and see what happens in four days. The chain comes from Venezuela and was written by Saul Anthony De Groof, a missionary from South America.

Remember: send no money, and do not ignore this. It works.""", 74)), "p29inner")
a = Y4T
body = """Mum - saw this and thought of you lol. Sian sent it me at work. You always said you got these through the post in the 80s! Send it to Auntie Raj, she'll definitely do it \U0001F602 Love P xx"""
add("positive", "good-luck-chain", "rfc822-forward", a, ["kamaljit.sandhu@example.com"], E(a),
    "teacher forwards (as attachment) a Tibetan good-luck totem chain letter to her mum, suggesting she pass it on",
    "Fw: Tibetan good luck totem - do not break", when(2025, 1, 15, 7, 55),
    multipart("mixed", [text(body, cte="quoted-printable"), rfc822(inner, "Fw Tibetan good luck totem - do not break.eml")], "p29"),
    extra=outlook_hdrs("Fw: Tibetan good luck totem - do not break", "p29", True))

# P30 reply-all in a chain thread, passing it on
a = Y5T
body = """Done! Sent it on to 10 of mine. Need all the luck I can get with Ofsted due \U0001F605

Lewis

-----Original Message-----
From: Naomi Heath <n.heath@school.example>
Sent: 06 March 2025 16:12
To: Lewis Kirkby <l.kirkby@school.example>; Ian Hulme <i.hulme@school.example>; Chloe Barton <c.barton@school.example>
Subject: RE: FW: FW: FW: FW: the luckiest email in the world

Sorry, I'm not usually a chain person but I couldn't risk it!!

> This is the LUCKIEST EMAIL IN THE WORLD. It has been sent to you because someone thinks you deserve good luck.
> Within the next 24 hours forward it to 10 people and you will get a piece of good news on Friday. In 2019 a teacher in Derby sent it to 10 colleagues and the next day she won £1,000 on a scratchcard. A man who deleted it had his car broken into the same night.
> Do not break the chain. Forward to 10 now!"""
add("positive", "good-luck-chain", "reply-quote", a,
    [("Naomi Heath", "n.heath@" + S), ("Ian Hulme", "i.hulme@" + S), A(Y6T), A(Y4T), A(Y2T), A(RECT), A(TA), A(SENCO), ("Chloe Barton", "c.barton@" + S), "dan.kirkby@example.com"], E(a),
    "teacher replies in a FW: FW: thread, passing the 'luckiest email in the world - forward to 10' chain on to ten people",
    "RE: FW: FW: FW: FW: the luckiest email in the world", when(2025, 3, 6, 16, 40),
    text(body, cte="quoted-printable"), extra=outlook_hdrs("the luckiest email in the world", "p30"))

# ---------------------------------------------------------------------------
# NEGATIVES
# ---------------------------------------------------------------------------

# N1 open mornings - please pass this on (wrapped)
a = OFFICE
body = wrap("""Dear Parents and Carers,

Starting school in September 2025? Open mornings for Reception

We will be holding open mornings for families of children due to start Reception in September 2025 on Tuesday 12th November and Thursday 21st November, 9.30-10.30am. Mr Pryce will give a short talk and Year 6 pupils will take visitors on a tour of the school, including Acorns and Conkers classes and our outdoor area.

If you have friends, neighbours or family with a child born between 1st September 2020 and 31st August 2021, please do pass this information on to them. There is no need to book - just come to the main office. Applications must be made through the County Council admissions website by 15th January 2026.

Many thanks for your help in spreading the word.

Mrs K Bellamy
Office Manager
""" + SIG_SCHOOL, 74)
add("negative", "pass-it-on-letter", "wrapped", a, ["undisclosed-recipients:;"], E(a),
    "school letter about Reception open mornings asking parents to pass the information to families with pre-school children",
    "Reception open mornings - please pass on to friends and family", when(2024, 11, 4, 9, 2), text(body),
    envelope_to=["parents-list@" + S, "sarah.wilde@example.com", "m.kowalski@example.net", "lou.hayes@example.org"])

# N2 IT warning about real phishing, multipart/alternative
a = IT
plain = """Hi all,

A number of staff have this morning received an email that looks like it comes from "Staffordshire Schools Payroll" with the subject "Action required: confirm your salary details before 25th". It is a phishing email. The link goes to a fake Microsoft sign-in page.

If you have received it:
- do NOT click the link or open the attachment
- do NOT forward it to colleagues to warn them - this just spreads it
- use the Report button in Outlook (or forward it as an attachment to itsupport@school.example), then delete it

If you have already clicked the link and entered your password, please tell me straight away (ext 214) so I can reset your account. Nobody is in trouble, it's easily done.

Thanks
Gary
IT Support"""
paras = ["Hi all,", "",
         "A number of staff have this morning received an email that looks like it comes from \u201cStaffordshire Schools Payroll\u201d with the subject \u201cAction required: confirm your salary details before 25th\u201d. It is a phishing email. The link goes to a fake Microsoft sign-in page.", "",
         "<p class=\"MsoNormal\"><b>If you have received it:</b></p>",
         "<ul><li>do <b>NOT</b> click the link or open the attachment</li><li>do <b>NOT</b> forward it to colleagues to warn them \u2013 this just spreads it</li><li>use the Report button in Outlook (or forward it as an attachment to itsupport@school.example), then delete it</li></ul>",
         "If you have already clicked the link and entered your password, please tell me straight away (ext 214) so I can reset your account. Nobody is in trouble, it\u2019s easily done.", "",
         "Thanks", "Gary", "IT Support"]
add("negative", "it-phishing-warning", "alternative", a, [ALLSTAFF], E(a),
    "IT support warns staff about a real payroll phishing email: do not click, do not forward, report and delete",
    "Phishing email - 'confirm your salary details' - DO NOT CLICK", when(2024, 11, 20, 9, 41),
    outlook_alt(plain, paras, "n2"), extra=outlook_hdrs("Phishing email - 'confirm your salary details' - DO NOT CLICK", "n2"))

# N3 PSHE lesson plan quoting a chain message (docx)
a = Y5T
body = """Hi both,

Attached is my plan for Wednesday's PSHE (online safety - "pressure to pass it on"). I've used a made-up chain message as the stimulus so the kids can pick apart how it tries to scare them. Have a look and pinch anything useful for your classes. I've deliberately kept it mild for Y5 - no ghost stories!

Lewis"""
d = docx(["**Year 5 PSHE - Online Safety: Chain messages and pressure to pass it on**",
          "Learning objective: To recognise chain messages and explain why we don't have to forward them.",
          "Starter (5 mins): Show the example message on the board. Ask: how does this message make you feel? What does it want you to do?",
          "Example message (invented for this lesson): \"Send this to 10 friends in 10 minutes or you will have bad luck for a year! If you send it to 5 your wish will come true.\"",
          "Main activity (20 mins): In pairs, children highlight the 'pressure words' (deadlines, threats, promises, 'don't break the chain'). Discuss: can a message really bring luck? Who benefits when it spreads?",
          "Plenary: Agree class rules - we don't forward chain messages; we show a trusted adult; we can delete or block. Link to our school AUP and the Be Internet Legends 'Be Internet Sharp' materials.",
          "Safeguarding note: if a child is upset by something they have received, follow the usual procedure and log on CPOMS."])
add("negative", "pshe-lesson-plan", "docx-attach", a, [A(Y6T), ("Naomi Heath", "n.heath@" + S)], E(a),
    "internal: PSHE online-safety lesson plan that quotes an invented chain message in order to teach pupils not to forward it",
    "PSHE plan - chain messages (Weds)", when(2025, 2, 3, 17, 5),
    multipart("mixed", [text(body), attachment("Y5 PSHE chain messages plan.docx", d, DOCX_CT)], "n3"),
    extra=outlook_hdrs("PSHE plan - chain messages (Weds)", "n3", True))

# N4 pupil sends food chain homework to teacher, 7bit
a = ("Amara Okafor", "amara.o@" + P)
body = """Dear Mrs Sandhu

here is my food chain homework. I did a woodland one.

sun -> oak leaves -> caterpillar -> blue tit -> sparrowhawk

the producer is the oak leaves because they make there own food from sunlight. the caterpillar is the prey and the sparrowhawk is the top predator. if all the blue tits disappeared the caterpillars would go up and the sparrowhawks would go down.

I also did a pond one on paper, I will bring it in tomorow.

From Amara"""
add("negative", "food-chain-homework", "7bit", a, [A(Y4T)], E(a),
    "internal: Year 4 pupil emails her food chain science homework to her teacher",
    "my food chain homework", when(2025, 1, 16, 18, 22), text(body))

# N5 daisy chains, mobile
a = RECT
body = """Hi Lorraine, if the sun stays out tomorrow can we take Acorns onto the top field after snack for daisy chains + minibeast hunt instead of the carpet session? Field's been cut round the edges but loads of daisies left in the middle. I'll bring the magnifiers. Can you grab the big mat from the shed? Ta xx

Sent from my iPhone"""
add("negative", "daisy-chain", "mobile", a, [A(TA)], E(a),
    "internal: Reception teacher asks TA to take class out to make daisy chains on the field",
    "tomorrow - field?", when(2025, 5, 19, 18, 47), iphone(body), extra=iphone_hdrs())

# N6 supply chain delays from catering supplier, latin-1
a = ("Meadowfare School Catering", "orders@meadowfare-catering.example")
body = """Dear Mrs Hartley,

Menu changes w/c 3rd March due to supply chain disruption

We have been advised by our wholesaler of continuing supply chain problems affecting some fresh produce (tomatoes, peppers and cucumber) following poor weather in southern Europe. To avoid disappointment we will make the following substitutions at St Chad's for the week commencing 3rd March:

- Tuesday: tomato pasta bake will be served as cheese & broccoli pasta bake
- Thursday: salad bar will offer carrot sticks, sweetcorn and coleslaw

All allergen information has been updated on the portal. Prices are unchanged (£2.60 per meal for paid meals).

Please share this with your kitchen team and let us know if you have any concerns.

Kind regards,
Joanne Tatton
Account Manager, Meadowfare School Catering Ltd
Tel 0121 496 0572"""
add("negative", "supply-chain", "latin1", a, [A(BURSAR)], None,
    "inbound: catering contractor explains menu substitutions due to supply chain disruption",
    "Menu substitutions w/c 3 March - supply chain", when(2025, 2, 26, 14, 15),
    text(body, charset="iso-8859-1", cte="quoted-printable"), envelope_to=[E(BURSAR)])

# N7 sponsored walk, sponsor form xlsx
a = PTA
body = """Dear Parents and Carers,

Our Spring Sponsored Walk is on Friday 28th March! Every class will walk a lap of the village (Reception and KS1 will do the shorter loop round the church and back). Money raised will go towards new playground equipment and 10% will go to the Wrensford Food Bank.

A sponsor form is attached, and paper copies are in book bags. Please return forms and money to the class teacher by Friday 11th April. You can also donate online via ParentPay under "PTA Sponsored Walk".

Thank you for your amazing support as always!
St Chad's PTA"""
rows = [["St Chad's PTA Sponsored Walk 2025", "", "", ""], ["Child's name:", "", "Class:", ""], ["Sponsor name", "Amount per lap / total", "Paid (tick)", "Gift Aid (tick)"]] + [["", "", "", ""] for _ in range(12)]
add("negative", "charity-sponsored-walk", "xlsx-attach", a, ["undisclosed-recipients:;"], E(a),
    "PTA letter about a sponsored walk for playground equipment with a blank sponsor form spreadsheet",
    "Spring Sponsored Walk - Friday 28th March", when(2025, 3, 7, 15, 30),
    multipart("mixed", [text(body), attachment("Sponsor form.xlsx", xlsx(rows, "Sponsor form"), XLSX_CT)], "n7"),
    envelope_to=["parents-list@" + S, "nicola.brammer@example.com", "gemma.lowe@example.org"])

# N8 HTML newsletter with scam texts item
a = HEAD
h = html_doc(["<h2 style=\"color:#1F4E79\">St Chad's Weekly News \u2013 Friday 15th November</h2>",
              "<p class=\"MsoNormal\"><b>Anti-Bullying Week</b><br>This week the children have been thinking about \u201cChoose Respect\u201d. Thank you to everyone who wore odd socks on Monday!</p>",
              "<p class=\"MsoNormal\"><b>Children in Need</b><br>We raised \u00a3312.40 from our spotty non-uniform day. Pudsey would be proud.</p>",
              "<p class=\"MsoNormal\"><b>A word about scam messages</b><br>A few parents have mentioned texts and WhatsApp messages claiming to be from the school asking for payment by bank transfer. We will never ask you to pay this way \u2013 all payments go through ParentPay. Please don\u2019t reply to these messages or send them on to other parents; just delete them. If you are unsure, ring the office.</p>",
              "<p class=\"MsoNormal\"><b>Dates for your diary</b><br>Tue 26 Nov \u2013 Flu immunisation (Reception\u2013Year 6)<br>Fri 6 Dec \u2013 Christmas Fair, 3.15pm<br>Wed 11 Dec \u2013 KS1 Nativity at St Chad\u2019s Church, 2pm</p>",
              "<p class=\"MsoNormal\">Have a lovely weekend,<br>Mr Pryce</p>"])
add("negative", "newsletter", "html", a, ["undisclosed-recipients:;"], E(a),
    "HTML weekly newsletter incl. an item telling parents not to reply to or pass on scam payment texts",
    "St Chad's Weekly News - 15th November", when(2024, 11, 15, 15, 45), text(h, "html", "utf-8", "quoted-printable"),
    envelope_to=["parents-list@" + S, "governors@" + S, "sarah.wilde@example.com"])

# N9 20mph consultation - genuine campaign, wrapped
a = HEAD
body = wrap("""Dear Parents and Carers,

Proposed 20mph zone on Church Lane and Mill Street - have your say

As many of you know, the school has been working with the Parish Council and our Year 5 School Council for over a year to make the roads around school safer at drop-off and pick-up. Staffordshire County Council has now opened a formal consultation on a 20mph limit and a new zebra crossing outside the church.

The consultation closes on Friday 21st March. Responses from local families carry real weight, so if you would like to support (or comment on) the proposal, please respond directly to the County Council using the online form on their website, or pick up a paper copy from the school office. Each household can respond.

The School Council will present their traffic survey results at the Parish Council meeting on 4th March at 7pm in the village hall - all are welcome.

Thank you,
Andrew Pryce
Headteacher""", 72)
add("negative", "genuine-campaign", "wrapped", a, ["undisclosed-recipients:;"], E(a),
    "head asks parents to respond to a real County Council 20mph consultation (no forwarding quota)",
    "Have your say - 20mph zone outside school", when(2025, 2, 24, 12, 5), text(body),
    envelope_to=["parents-list@" + S, "clerk@wrensford-pc.example"])

# N10 thank-you round robin reply-all
a = Y2T
body = """Just want to add my thanks too - the Christmas Fair was brilliant and Oak class are still talking about the reindeer! Huge thanks to Karen for the raffle and to the PTA mums for the tombola.

Hannah

From: Andrew Pryce <a.pryce@school.example>
Sent: 07 December 2024 09:15
To: All Staff <allstaff@school.example>
Subject: Thank you!

Dear all,

What a day yesterday. The fair raised £2,146 for the PTA, which is a record. Thank you to every single one of you for staying late, running stalls, making cakes and for keeping 400 very excited children calm(ish).

Andrew

> From: Karen Bellamy
> Raffle total £488 - thanks all who sold tickets!"""
add("negative", "thank-you-round-robin", "reply-quote", a, [ALLSTAFF], E(a),
    "internal: reply-all thank-you after the Christmas Fair, quoting the head's thanks",
    "RE: Thank you!", when(2024, 12, 7, 11, 2), text(body, cte="quoted-printable"),
    extra=outlook_hdrs("Thank you!", "n10"))

# N11 advent paper chain, flowed
a = Y6T
body = flowed("""Hi Year 6 families,

Just a quick one - in class this week we're making a giant Advent paper chain to go round the classroom. Each child is writing a kind act on each link (e.g. "hold the door for someone", "help tidy the hall") and we'll tear one off each morning and actually do it.

If you have any old wrapping paper, coloured paper or card at home we'd love some. Please send it in by Wednesday. No glitter please - Mr Hulme is still finding it from last year!

Thanks,
Mr Ashdown""")
add("negative", "paper-chain-activity", "flowed", a, ["undisclosed-recipients:;"], E(a),
    "Year 6 teacher asks families for spare paper for a class Advent paper chain of kind acts",
    "Advent paper chain - spare paper please!", when(2024, 11, 27, 16, 20), text(body, flowed_fmt=True, cte="7bit"),
    envelope_to=["y6parents@" + S, "sarah.wilde@example.com"])

# N12 parish prayer chain (genuine), latin-1, inbound from vicar
a = ("Revd Helen Mottram", "vicar@wrensford-parish.example")
body = """Dear Andrew,

Thank you for your email. Of course - with the family's permission I have added their request to our parish prayer chain this morning, so the volunteers on the prayer chain rota will be holding them in their prayers this week. No further details have been shared beyond what Mrs Dale was happy for us to say.

I will come into collective worship on Thursday as planned and we can light a candle with the children if you think that's appropriate. Do let me know if there is anything else the church can do, including practical help with meals.

With every blessing,
Helen

Revd Helen Mottram
Vicar, St Chad's Wrensford with Alrewas Moor
The Vicarage, Church Lane"""
add("negative", "parish-prayer-chain", "latin1", a, [A(HEAD)], None,
    "inbound: vicar confirms a family's request was added (with permission) to the parish prayer chain rota - a real prayer network",
    "Re: prayer request - Dale family", when(2025, 1, 20, 10, 35),
    text(body, charset="iso-8859-1", cte="quoted-printable"), envelope_to=[E(HEAD)])

# N13 kindness chain class project, qp
a = Y2T
body = """Dear Oak Class families,

This half term Oak Class are building a "kindness chain" across the classroom. Every time someone in class notices a friend being kind, they write it on a paper link and add it to the chain. It's already reached the door!

Our target is to reach all the way round the room by Easter, and when we do there will be a class party. You can help by chatting at home about kind things your child has done or seen - they love telling us on a Monday.

Thanks so much,
Miss Doyle \u2013 Oak Class"""
add("negative", "kindness-chain-project", "qp", a, ["undisclosed-recipients:;"], E(a),
    "Year 2 teacher tells families about a classroom 'kindness chain' of paper links",
    "Our Kindness Chain \U0001F49B", when(2025, 2, 28, 15, 10), text(body, cte="quoted-printable"),
    envelope_to=["y2parents@" + S, "sarah.wilde@example.com"])

# N14 LA 'please cascade to all staff', inline forward
a = HEAD
body = """All,

Please see below from the LA - training places for the new online safety module. Ideally everyone who hasn't done it since 2022. Sign-up link is on the LA learning portal, deadline 31st Jan. Karen will cover any clashes.

Andrew

-----Original Message-----
From: Schools Safeguarding Team <safeguarding.schools@staffordshire-cc.example>
Sent: 13 January 2025 16:02
To: Headteachers (Primary) <primaryheads@staffordshire-cc.example>
Subject: Online safety training spring 2025 - please cascade to all staff

Dear Headteacher,

Please cascade this message to all staff in your school.

The Local Authority is offering free twilight sessions on "Online Safety in Primary: Keeping Up With What Children See" on 4th, 11th and 25th February, 3.45-5.15pm, via Teams. The session covers current apps and games, image sharing, scams and hoaxes aimed at children, and how to respond to disclosures. It counts towards annual safeguarding update training.

Booking is via the Learning Portal. Places are limited to 60 per session.

Kind regards,
Schools Safeguarding Team"""
add("negative", "cascade-request", "inline-forward", a, [ALLSTAFF], E(a),
    "internal: head forwards an LA 'please cascade to all staff' safeguarding training email",
    "FW: Online safety training spring 2025 - please cascade to all staff", when(2025, 1, 14, 8, 10),
    text(body, charset="us-ascii"), extra=outlook_hdrs("Online safety training spring 2025 - please cascade to all staff", "n14"))

# N15 PTA raffle - please share with your class parents, base64
a = PTA
body = """Hi class reps!

Thank you all so much for your help this year. Could you please share the attached Summer Fair raffle poster in your class WhatsApp groups? Prizes this year include a family ticket to Drayton Manor, a signed Burton Albion shirt and a hamper from the Co-op.

Tickets are £1 each or 6 for £5, available from the office or on the gate at pick-up. The draw is at 4.30pm on the day of the fair (Saturday 28th June).

Thanks, you're all stars \u2B50
Nic (PTA Chair)"""
add("negative", "pta-share-request", "base64", a,
    ["sarah.wilde@example.com", "gemma.lowe@example.org", "lou.hayes@example.org", "m.kowalski@example.net"], E(a),
    "PTA asks class reps to share a raffle poster in their class groups",
    "Summer Fair raffle poster - please share in class groups", when(2025, 6, 9, 19, 12), text(body, cte="base64"))

# N16 DSL forwards genuine police alert as attachment
inner = message(addr("Staffordshire Police Schools Liaison", "schools.liaison@staffordshire-police.example"),
                [addr("Designated Safeguarding Leads", "dsl-network@staffordshire-cc.example")],
                "Community message: courier fraud targeting older residents - Lichfield & East Staffs", when(2025, 3, 10, 11, 0),
                text(wrap("""Dear colleague,

We have received a number of reports of courier fraud in the Lichfield and East Staffordshire area over the past fortnight. Offenders telephone older residents pretending to be police officers or bank staff and persuade them to withdraw cash or hand over bank cards to a "courier".

Police and banks will never ask you to withdraw money or hand over your card or PIN. If you receive a call like this, hang up, wait five minutes (or use a different phone) and call 101, or 999 if a crime is in progress.

Schools may find it useful to include this advice in newsletters so that families can talk to older relatives. Please use this wording only; do not share screenshots of individual cases.

PC 4471 Hannah Birch
Schools Liaison Officer""", 74)), "n16inner")
a = DDSL
body = """Hi Andrew,

This came through the DSL network today - genuine, from our schools liaison officer (I checked with Hannah by phone). Shall I put the wording in next Friday's newsletter? Lots of our families have grandparents doing pick-up.

Rachel"""
add("negative", "verified-police-alert", "rfc822-forward", a, [A(HEAD)], E(a),
    "internal: deputy DSL forwards a verified police community message about courier fraud, proposing newsletter wording",
    "FW: Community message: courier fraud - newsletter?", when(2025, 3, 10, 15, 50),
    multipart("mixed", [text(body), rfc822(inner, "Community message courier fraud.eml")], "n16"),
    extra=outlook_hdrs("Community message: courier fraud - newsletter?", "n16", True))

# N17 Race for Life staff team, cp1252
a = SENCO
body = """Hi everyone,

A few of us are doing Race for Life 5K at Cannock Chase on Sunday 6th July as \u201cTeam St Chad\u2019s\u201d \u2013 in memory of Pat, who so many of you worked with. Walkers, joggers and proper runners all welcome! Entry is \u00a317.99 and you sign up on the Cancer Research UK site and join our team.

If you can\u2019t take part but would like to sponsor us, the team page link is on the staffroom noticeboard. No pressure at all \u2013 I know it\u2019s an expensive time of year.

Jo x"""
add("negative", "charity-event", "cp1252", a, [ALLSTAFF], E(a),
    "internal: SENCo invites staff to join a Race for Life team in memory of a colleague",
    "Race for Life \u2013 Team St Chad\u2019s", when(2025, 4, 23, 16, 30),
    text(body, charset="windows-1252", cte="quoted-printable"))

# N18 Y6 English hoax-email unit planning doc
a = Y6T
body = """Naomi - here's the medium term plan for the "Is it true?" unit after half term. Weeks 2-3 use fake emails and hoax warnings as the texts for the persuasive/biased writing work, then they write a balanced report about why hoaxes spread. I've written all the example texts myself so nothing real and nothing scary. Shout if you want changes before I copy it.

Tom"""
d = docx(["**Year 6 English - Spring 2: \"Is it true?\" (Persuasion, bias and hoaxes)**",
          "Week 1: Reading - newspaper reports vs opinion columns. Fact and opinion sorting.",
          "Week 2: Reading - three invented hoax messages (a fake 'free trainers' competition, a 'this app will cost money unless you forward this' message and a made-up virus warning). Children identify persuasive devices: urgency, authority ('experts say'), threats, 'send this to everyone'.",
          "Week 3: Grammar - modal verbs and conditionals ('If you don't send this...'). Rewrite a hoax as an honest, factual message.",
          "Week 4-5: Writing - balanced report: 'Why do hoaxes spread so fast?' Research using BBC Bitesize and Newsround.",
          "Assessment: balanced report (independent write), moderated with Falcons class.",
          "Links: PSHE online safety, Computing (E-safety: evaluating online content)."])
add("negative", "hoax-teaching-unit", "docx-attach", a, [("Naomi Heath", "n.heath@" + S)], E(a),
    "internal: Y6 English medium-term plan using invented hoax messages to teach persuasion and bias",
    "Spring 2 English MTP - hoaxes unit", when(2025, 2, 12, 19, 40),
    multipart("mixed", [text(body), attachment("Y6 Spring 2 English MTP.docx", d, DOCX_CT)], "n18"))

# N19 chain reaction machines, txt attachment kit list
a = ("Ian Hulme", "i.hulme@" + S)
body = """Hi all,

For Science Week every class is having a go at a Chain Reaction machine (Rube Goldberg style) on Friday afternoon - dominoes, marble runs, toy cars, ramps etc. The aim is a chain of at least 5 steps that rings the bell at the end. Kit list per class is in the attached. I'll set out trays in the hall Thursday after school.

Ian (Science lead)"""
att = """SCIENCE WEEK - CHAIN REACTION CHALLENGE - KIT PER CLASS
- 1 box dominoes (approx 100)
- marble run set + 10 marbles
- 3 toy cars
- 4 ramps (A3 card or wooden planks)
- string, masking tape, paper cups
- 1 bell (in the music cupboard)
Safety: no water, no fire, no standing on tables. KS1 adults to handle string and scissors.
Judging: most steps / most creative / best teamwork."""
add("negative", "chain-reaction-science", "txt-attach", a, [ALLSTAFF], E(a),
    "internal: science lead plans a Science Week domino 'chain reaction' challenge with kit list attached",
    "Science Week - chain reaction challenge", when(2025, 3, 5, 12, 30),
    multipart("mixed", [text(body), attachment("chain reaction kit list.txt", att.encode(), "text/plain", charset="us-ascii")], "n19"))

# N20 IT: genuine phishing, please forward copies to IT as attachment
a = IT
body = """Hello everyone,

Quick follow-up on this morning's "Your mailbox is full - verify now" email. It is definitely a phish. Microsoft 365 never asks you to log in through a link to keep your mailbox.

I've blocked the sender and pulled most copies out of mailboxes, but if you still have one:
  1. Don't click anything in it.
  2. Please forward it to me as an attachment (in Outlook: More > Forward as attachment) so I can check the headers. Please don't forward it to anyone else.
  3. Then delete it.

Cheers
Gary"""
add("negative", "it-phishing-warning", "7bit", a, [ALLSTAFF], E(a),
    "internal: IT asks staff to forward copies of a real phish to IT only, as an attachment, then delete",
    "RE: 'Your mailbox is full' - phishing, please send copies to IT", when(2025, 1, 30, 11, 5), text(body))

# N21 IT replies to teacher who reported a chain message (quoting it)
a = IT
body = """Hi Priya,

Thanks for sending this to me rather than on to anyone else - that's exactly the right thing to do. It's an old hoax (variations of it have been going round since the 2000s) and there's no danger to your computer. I've set a rule so any more copies from that address go to junk. Just delete yours.

Gary

-----Original Message-----
From: Priya Sandhu <p.sandhu@school.example>
Sent: 22 January 2025 08:31
To: IT Support <itsupport@school.example>
Subject: is this real??

Hi Gary, a parent emailed this to me and a few other staff last night. Is it a real thing? I haven't sent it on.

> WARNING!! If you receive an email called "Photos from the Christmas party" DO NOT OPEN IT. It will wipe your hard drive. Forward this to everyone you know.

Thanks, Priya"""
add("negative", "chain-reported-to-it", "reply-quote", a, [A(Y4T)], E(a),
    "internal: IT thanks a teacher for reporting (not forwarding) a virus-hoax chain and confirms it's a hoax",
    "RE: is this real??", when(2025, 1, 22, 9, 2), text(body), extra=outlook_hdrs("is this real??", "n21"))

# N22 please pass on to anyone who collects your child - alternative
a = OFFICE
plain = """Dear Parents and Carers,

New collection arrangements from Monday 2nd June

From Monday, anyone collecting a child who is not a parent/carer named on our records (for example a grandparent, neighbour or childminder) will need to give the class teacher your family's collection password. You will have received this by text message this afternoon.

Please pass this information on to anyone who regularly collects your child so they aren't caught out at the gate. If you need to change your password or add someone to your child's collection list, please ring the office.

Thank you for helping us keep everyone safe.

Mrs Bellamy
Office Manager"""
paras = ["Dear Parents and Carers,", "", "<p class=\"MsoNormal\"><b>New collection arrangements from Monday 2nd June</b></p>",
         "From Monday, anyone collecting a child who is not a parent/carer named on our records (for example a grandparent, neighbour or childminder) will need to give the class teacher your family\u2019s collection password. You will have received this by text message this afternoon.", "",
         "Please pass this information on to anyone who regularly collects your child so they aren\u2019t caught out at the gate. If you need to change your password or add someone to your child\u2019s collection list, please ring the office.", "",
         "Thank you for helping us keep everyone safe.", "", "Mrs Bellamy", "Office Manager"]
add("negative", "pass-it-on-letter", "alternative", a, ["undisclosed-recipients:;"], E(a),
    "school letter about new collection passwords asking parents to pass the info to grandparents/childminders who collect",
    "New collection arrangements - please pass on to anyone who collects", when(2025, 5, 22, 14, 10),
    outlook_alt(plain, paras, "n22"), extra=outlook_hdrs("New collection arrangements - please pass on to anyone who collects", "n22"),
    envelope_to=["parents-list@" + S, "lou.hayes@example.org", "m.kowalski@example.net"])

# N23 preloved uniform and costume swap, wrapped
a = ("Nicola Brammer", "nicola.brammer@example.com")
body = wrap("""Hi Karen,

Could you add this to Friday's newsletter please? Thanks!

PRE-LOVED UNIFORM AND WORLD BOOK DAY COSTUME SWAP
Thursday 27th February, 3.15-4pm, school hall

Bring any outgrown uniform (clean, school logo or plain) and World Book Day costumes and swap them for something that fits. Everything left over goes to the uniform rail in the office or to Bags2School. Take as much as you need - no money, no questions. If you know families at other schools or nurseries who might want costumes, feel free to tell them, everyone is welcome.

Nic (PTA)""", 72)
add("negative", "uniform-swap", "wrapped", a, [A(OFFICE)], None,
    "inbound: PTA chair asks for a pre-loved uniform and costume swap notice in the newsletter",
    "newsletter item - uniform & costume swap", when(2025, 2, 17, 21, 15), text(body), envelope_to=[E(OFFICE)])

# N24 staff Secret Santa sign-up, xlsx
a = ("Chloe Barton", "c.barton@" + S)
body = """Ho ho ho \U0001F385

Staff Secret Santa is on again! £5 limit, presents under the tree in the staffroom by Wednesday 18th Dec and we'll open them at the staff lunch. If you want to take part, put your name in the attached sheet (or on the staffroom door) by Friday and I'll draw names out of Hannah's Christmas jumper hat on Monday and let you know privately who you've got.

Chloe"""
rows = [["Name", "Taking part? (Y/N)", "Any allergies / no-go gifts"]] + [[n, "", ""] for n in
        ["Andrew", "Karen", "Jo W", "Tom", "Hannah", "Priya", "Lewis", "Denise", "Sue", "Lorraine", "Bev", "Rachel", "Ian", "Naomi", "Chloe", "Sharon", "Gary"]]
add("negative", "staff-secret-santa", "xlsx-attach", a, [ALLSTAFF], E(a),
    "internal: staff Secret Santa (£5 limit, names drawn from a hat) sign-up sheet - not a gift-exchange chain",
    "Staff Secret Santa \U0001F385", when(2024, 12, 2, 12, 20),
    multipart("mixed", [text(body, cte="quoted-printable"), attachment("Secret Santa sign up.xlsx", xlsx(rows, "Sign up"), XLSX_CT)], "n24"))

# N25 harvest food bank list, csv
a = ("Revd Helen Mottram", "vicar@wrensford-parish.example")
body = """Dear Karen,

Thank you for agreeing to collect for the food bank again at Harvest. Attached is the list of what they are shortest of this year - it would be wonderful if each class could take one or two items. The Harvest service is at church on Friday 4th October at 2pm and the food bank van will collect from school on the Monday afterwards.

Please do pass the list to the class teachers.

Helen"""
rows = [["Item", "Suggested class"], ["Tinned meat / fish", "Year 6"], ["Long-life milk", "Year 5"], ["Tinned tomatoes", "Year 4"],
        ["UHT custard / rice pudding", "Year 3"], ["Tea bags & coffee", "Year 2"], ["Tinned fruit", "Year 1"], ["Pasta sauce", "Reception"], ["Toiletries (deodorant, toothpaste)", "Staff"]]
add("negative", "harvest-food-bank", "csv-attach", a, [A(OFFICE)], None,
    "inbound: vicar sends the food bank's harvest shortages list and asks it be passed to class teachers",
    "Harvest 2024 - food bank list", when(2024, 9, 17, 10, 44),
    multipart("mixed", [text(body, charset="iso-8859-1", cte="quoted-printable"), attachment("foodbank harvest list 2024.csv", csv_bytes(rows), "text/csv")], "n25"),
    envelope_to=[E(OFFICE)])

# N26 Ofsted letter & report in zip - share the good news
a = HEAD
body = """Dear Governors,

I'm delighted to attach the final Ofsted report, which will be published on the Ofsted website on Thursday, and my draft letter to parents. The zip has both as Word documents. Please keep the report confidential until Thursday morning; after that you are very welcome to share the good news with anyone and everyone!

Andrew"""
rep = docx(["**Ofsted inspection report - St Chad's CE (VC) Primary School**", "Inspection dates: 11 and 12 March 2025",
            "The quality of education: Good. Behaviour and attitudes: Outstanding. Personal development: Outstanding. Leadership and management: Good. Early years provision: Good.",
            "What is it like to attend this school? Pupils are proud of their school and say it is 'like a big family'..."])
let = docx(["Dear Parents and Carers,", "I am very pleased to share with you the outcome of our recent Ofsted inspection...", "Please do share this news with family and friends - we are very proud of our children.", "Andrew Pryce, Headteacher"])
z = zip_files([("Ofsted report FINAL.docx", rep), ("Letter to parents - Ofsted.docx", let)])
add("negative", "good-news-share", "zip-attach", a, ["governors@" + S, "chair.governors@example.org"], E(a),
    "head sends governors the Ofsted report and parent letter (zip), inviting them to share the good news after publication",
    "Ofsted report - embargoed until Thursday", when(2025, 4, 14, 18, 0),
    multipart("mixed", [text(body), attachment("Ofsted documents.zip", z, "application/x-zip-compressed")], "n26"),
    extra=outlook_hdrs("Ofsted report - embargoed until Thursday", "n26", True))

# N27 Year 6 leavers hoodie order, csv; pass on to anyone who hasn't ordered
a = Y6T
body = """Hi all,

Final call for Year 6 leavers' hoodies! The attached list shows the orders we've had so far (initials and sizes only). If your child isn't on it and you want one, please order via ParentPay by Friday 16th May - the supplier needs 3 weeks. Please pass this on to any Y6 parents you know who might have missed it.

Hoodies are navy, £18.50, with "St Chad's Leavers 2025" and all the first names on the back.

Mr Ashdown"""
rows = [["Initials", "Class", "Size"], ["A.B.", "Kestrels", "11-12"], ["J.F.", "Kestrels", "12-13"], ["M.H.", "Kestrels", "11-12"],
        ["R.K.", "Falcons", "9-11"], ["H.T.", "Falcons", "Adult S"], ["T.B.", "Falcons", "12-13"], ["L.P.", "Kestrels", "11-12"]]
add("negative", "leavers-order", "csv-attach", a, ["undisclosed-recipients:;"], E(a),
    "Year 6 teacher chases leavers' hoodie orders (initials and sizes list), asks parents to pass it on to others who missed it",
    "Y6 leavers hoodies - final call", when(2025, 5, 8, 15, 25),
    multipart("mixed", [text(body), attachment("hoodie orders so far.csv", csv_bytes(rows, crlf=False), "text/csv", cte="quoted-printable")], "n27"),
    envelope_to=["y6parents@" + S, "sarah.wilde@example.com"])

# N28 parent worried child got scary chain; teacher replies (reply-quote)
a = Y6T
body = """Dear Mrs Tomlinson,

Thank you for letting me know, and please tell Harper she did exactly the right thing by showing you. These messages are designed to frighten children into sending them on - there is no "Midnight Mary" and nothing will happen. I've let Mrs Onions know so we can do a short online safety reminder with the class tomorrow (without mentioning Harper), and IT are checking the pupil accounts.

If she's still worried tonight, it can help to delete it together and talk about why people make these up. Do pop in at pick-up if you'd like a chat.

Kind regards,
Tom Ashdown
Year 6 Kestrels

On 20 Mar 2025, at 22:10, Joanne Tomlinson <jo.tomlinson@example.net> wrote:

> Hi Mr Ashdown, sorry to email so late. Harper has got herself really upset tonight over a message that's been sent round some of the girls on their school emails, about a girl who will come to your room if you don't send it to 15 people. She sent it on because she was scared and now feels awful. Is there anything school can do? She doesn't want to get anyone in trouble.
> Thanks, Jo"""
add("negative", "parent-concern-reply", "reply-quote", a, [("Joanne Tomlinson", "jo.tomlinson@example.net")], E(a),
    "teacher reassures a parent whose child was frightened by a chain message (chain described, not forwarded)",
    "Re: Harper - upsetting message", when(2025, 3, 21, 7, 45), text(body), cc=[A(DDSL)])

# N29 NCSC cyber training reminder, 7bit -> use qp? keep as base64? use 'txt-attach'
a = BURSAR
body = """Hi all,

Reminder that everyone needs to complete the annual cyber security training for schools before the end of term - it's a requirement of our RPA insurance cover this year. It takes about 40 minutes and covers phishing, passwords, hoaxes and chain emails, and what to do if you think you've clicked something you shouldn't.

Instructions and the completion form are in the attached note. Please send me your certificate when done.

Thanks
Sue"""
att = """CYBER SECURITY TRAINING 2024-25 - HOW TO COMPLETE
1. Go to the NCSC 'Cyber security training for school staff' page (search 'NCSC school staff training').
2. Work through the slides or video (approx 40 minutes).
3. Download or screenshot your completion page.
4. Email it to s.hartley@school.example by Friday 18 July 2025.
Questions: Gary (IT) ext 214."""
add("negative", "security-training", "txt-attach", a, [ALLSTAFF], E(a),
    "internal: bursar reminds staff to complete cyber security training (mentions hoaxes and chain emails)",
    "Cyber security training - due by 18 July", when(2025, 6, 23, 9, 12),
    multipart("mixed", [text(body), attachment("How to complete training.txt", att.encode(), "text/plain", charset="us-ascii")], "n29"))

# N30 padlock chain on the gate, mobile
a = ("Steve Brough", "s.brough@" + S)
body = """Karen the chain on the back field gate has snapped, think someone's had a go at it overnight. I've put a cable tie on for now but it wont hold. Can you order a new chain + padlock from Screwfix on the school account? Heavy duty one about 1.5m. I'll fit it tomorrow.

Steve

Sent from my iPhone"""
add("negative", "gate-chain", "mobile", a, [A(OFFICE)], E(a),
    "internal: site manager reports the padlock chain on the field gate has snapped",
    "back gate chain", when(2025, 4, 28, 7, 5), iphone(body), extra=iphone_hdrs())

C.write()
