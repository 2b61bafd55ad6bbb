#!/usr/bin/env python3
# build-w1.py - personal-data corpus generator, writer w1. Run from inside personal-data/.
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

# ---------------------------------------------------------------------------
# identifier generators (real check-digit algorithms, implemented here)
# ---------------------------------------------------------------------------
UPN_L = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check(body12):
    t = sum((int(c) if c.isdigit() else UPN_L.index(c)) * i for i, c in enumerate(body12, 2))
    return UPN_L[t % 23]


def upn_ok(s):
    if len(s) != 13 or s[0] not in UPN_L or not s[1:12].isdigit() or not (s[12].isdigit() or s[12] in UPN_L):
        return False
    return upn_check(s[1:]) == s[0]


def make_upn(key, la=860, estab=3312, yr=18):
    body = "%03d%04d%02d%03d" % (la, estab, yr, 1 + H(key + "upn", 240))
    return upn_check(body) + body


def bad_upn(key, la=860, estab=3312, yr=18):
    u = make_upn(key, la, estab, yr)
    wrong = UPN_L[(UPN_L.index(u[0]) + 5) % 23]
    return wrong + u[1:]


def _w10(d9):
    return sum(int(d9[i]) * (10 - i) for i in range(9))


def nhs_ok(s):
    s = s.replace(" ", "")
    if len(s) != 10 or not s.isdigit():
        return False
    c = 11 - _w10(s) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])


def make_nhs(key):
    i = 0
    while True:
        d9 = "%d%08d" % (4 + H(key + "nhs%d" % i, 3), H(key + "nhsb%d" % i, 10 ** 8))
        c = 11 - _w10(d9) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = d9 + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])
        i += 1


def uln_ok(s):
    if len(s) != 10 or not s.isdigit() or s[0] == "0":
        return False
    c = 10 - _w10(s) % 11
    return c == int(s[9])


def make_uln(key):
    i = 0
    while True:
        d9 = "%d%08d" % (1 + H(key + "uln%d" % i, 9), H(key + "ulnb%d" % i, 10 ** 8))
        c = 10 - _w10(d9) % 11
        if c != 10:
            return d9 + str(c)
        i += 1


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "")
    return (len(s) == 9 and s[0] not in "DFIQUV" and s[1] not in "DFIOQUV" and s[:2] not in NINO_BAD_PREFIX
            and s[:2].isalpha() and s[2:8].isdigit() and s[8] in "ABCD")


def make_nino(key, spaced=True):
    ok1 = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    ok2 = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    i = 0
    while True:
        p = ok1[H(key + "n1%d" % i, len(ok1))] + ok2[H(key + "n2%d" % i, len(ok2))]
        if p not in NINO_BAD_PREFIX:
            break
        i += 1
    dg = "%06d" % H(key + "nd", 10 ** 6)
    sfx = "ABCD"[H(key + "ns", 4)]
    s = p + dg + sfx
    assert nino_ok(s)
    return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8]) if spaced else s


def luhn_ok(s):
    s = s.replace(" ", "").replace("-", "")
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        t += d
    return t % 10 == 0


def make_card(key, prefix="4"):
    body = prefix + "".join(str(H(key + "c%d" % i, 10)) for i in range(15 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            s = body + c
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


# sort code / account: sort codes 010004-016715 use standard MOD11, weights 8 7 6 5 4 3 2 1 on the account
MOD11_W = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]


def sca_ok(sc, acc):
    d = [int(c) for c in (sc.replace("-", "") + acc)]
    return sum(a * b for a, b in zip(MOD11_W, d)) % 11 == 0


def make_bank(key):
    i = 0
    while True:
        sc = 10004 + H(key + "sc%d" % i, 16715 - 10004)
        scs = "%06d" % sc
        acc7 = "%07d" % H(key + "acc%d" % i, 10 ** 7)
        t = sum(a * int(b) for a, b in zip([8, 7, 6, 5, 4, 3, 2], acc7))
        d = (-t) % 11
        if d < 10:
            acc = acc7 + str(d)
            assert sca_ok(scs, acc)
            return "%s-%s-%s" % (scs[:2], scs[2:4], scs[4:]), acc
        i += 1


# postcodes (valid shape; inward letters avoid C I K M O V)
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(key, district="DE13"):
    return "%s %d%s%s" % (district, 7 + H(key + "ps", 2), PC_IN[H(key + "p1", 20)], PC_IN[H(key + "p2", 20)])


GIRLS = ["Amelia", "Olivia", "Isla", "Ava", "Freya", "Lily", "Ivy", "Poppy", "Evie", "Sophia", "Grace", "Millie", "Aisha", "Zara",
         "Maya", "Hannah", "Ruby", "Phoebe", "Harriet", "Nia", "Amara", "Zuzanna", "Layla", "Sienna", "Esme", "Maryam", "Jasmine",
         "Tillie", "Rosie", "Imogen", "Darcey", "Elsie", "Orla", "Fatima", "Hollie"]
BOYS = ["Oliver", "Harry", "Jack", "George", "Noah", "Leo", "Alfie", "Charlie", "Oscar", "Archie", "Freddie", "Theo", "Arlo", "Kai",
        "Reggie", "Tommy", "Mason", "Ibrahim", "Yusuf", "Jayden", "Callum", "Lewis", "Riley", "Finley", "Dexter", "Ollie", "Harvey",
        "Rohan", "Kacper", "Toby", "Albie", "Elliot", "Hamza", "Jenson", "Rory"]
SURN = ["Hughes", "Bradbury", "Wainwright", "Ashby", "Fernyhough", "Poxon", "Birch", "Mellor", "Cartwright", "Bourne", "Salt",
        "Plant", "Harrison", "Ahmed", "Gill", "Bains", "Nowak", "Okafor", "Whieldon", "Lockett", "Brindley", "Gibbs", "Mountford",
        "Chell", "Till", "Booth", "Sutton", "Sherratt", "Pickering", "Kowalczyk", "Begum", "Hussain", "Chadwick", "Roobottom",
        "Alcock", "Deakin", "Finney", "Goodwin", "Jervis", "Lovatt", "Malpass", "Nixon", "Orme", "Riley", "Shenton", "Thorley",
        "Udall", "Vernon", "Wardle", "Yates", "Bailey", "Dhillon", "Iqbal", "Moss", "Perkin", "Rigby", "Stubbs"]
ADULT_F = ["Claire", "Emma", "Gemma", "Kelly", "Laura", "Stacey", "Rebecca", "Naomi", "Samina", "Jodie", "Lisa", "Agnieszka", "Chloe", "Kirsty", "Rachel", "Hayley"]
ADULT_M = ["Daniel", "Craig", "Mark", "Lee", "James", "Imran", "Gareth", "Wayne", "Paul", "Tomasz", "Ben", "Adam", "Scott", "Chris"]
STREETS = ["Mill Street", "Church Lane", "Fradley Road", "The Paddocks", "Willow Close", "Station Road", "Orchard Way",
           "Kings Bromley Road", "Tamworth Road", "Barley Croft", "Ridgeway", "Hawthorn Drive", "Bagot Close", "Trent View",
           "Canal Side", "Ashby Court", "Post Office Road", "Brook End", "Meadow Rise", "Chestnut Grove"]
YEAR_START = {"N": 2020, "R": 2019, "1": 2018, "2": 2017, "3": 2016, "4": 2015, "5": 2014, "6": 2013}   # 2024/25 academic year
CLASSES = {"N": ("Acorns", "Conkers"), "R": ("Acorns", "Conkers"), "1": ("Robins", "Wrens"), "2": ("Oak", "Elm"), "3": ("Hazel", "Rowan"),
           "4": ("Swifts", "Swallows"), "5": ("Owls", "Herons"), "6": ("Kestrels", "Falcons")}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def make_dob(key, year_group):
    start = datetime.date(YEAR_START[year_group], 9, 1)
    return start + datetime.timedelta(days=H(key + "dob", 365))


def adult_dob(key, lo=1972, hi=1998):
    return datetime.date(lo, 1, 1) + datetime.timedelta(days=H(key + "adob", (hi - lo) * 365))


def dmy(d):
    return d.strftime("%d/%m/%Y")


def long_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


_used_names = set()


class Pupil:
    def __init__(self, key, yg):
        i = 0
        while True:
            g = H(key + "g%d" % i, 2)
            first = (GIRLS if g else BOYS)[H(key + "f%d" % i, 35)]
            last = SURN[H(key + "l%d" % i, len(SURN))]
            if (first, last) not in _used_names:
                break
            i += 1
        _used_names.add((first, last))
        self.first, self.last, self.gender = first, last, ("F" if g else "M")
        self.yg = yg
        self.cls = CLASSES[yg][H(key + "cls", 2)]
        self.dob = make_dob(key, yg)
        self.upn = make_upn(key, yr=(YEAR_START[yg] + 5) % 100)
        self.nhs = make_nhs(key)
        self.house = 1 + H(key + "hn", 88)
        self.street = STREETS[H(key + "st", len(STREETS))]
        self.town = "Wrensford" if H(key + "tw", 4) else "Alrewas Moor"
        self.postcode = make_postcode(key)
        pf = ADULT_F[H(key + "pf", len(ADULT_F))]
        pm = ADULT_M[H(key + "pm", len(ADULT_M))]
        self.parent = ("%s %s" % (pf, last)) if H(key + "pp", 3) else ("%s %s" % (pm, last))
        self.parent_title = "Mrs" if self.parent.split()[0] in ADULT_F else "Mr"
        self.phone = "07700 900%03d" % H(key + "ph", 1000)

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def address(self):
        return "%d %s, %s, Staffordshire %s" % (self.house, self.street, self.town, self.postcode)


class Adult:
    def __init__(self, key, first=None, last=None, female=None):
        if female is None:
            female = bool(H(key + "sex", 3))
        self.first = first or (ADULT_F if female else ADULT_M)[H(key + "af", 14)]
        self.last = last or SURN[H(key + "al", len(SURN))]
        self.dob = adult_dob(key)
        self.nino = make_nino(key)
        self.sc, self.acc = make_bank(key)
        self.house = 1 + H(key + "hn", 120)
        self.street = STREETS[H(key + "st", len(STREETS))]
        self.town = ["Wrensford", "Lichfield", "Burton upon Trent", "Alrewas", "Rugeley", "Tamworth"][H(key + "tw", 6)]
        self.postcode = make_postcode(key, ["DE13", "WS13", "DE14", "DE13", "WS15", "B79"][H(key + "tw", 6)])
        self.phone = "07700 900%03d" % H(key + "ph", 1000)

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def address(self):
        return "%d %s, %s %s" % (self.house, self.street, self.town, self.postcode)


def pupils(key, yg, n):
    return [Pupil("%s-%d" % (key, i), yg) for i in range(n)]


# ---- encrypted containers (for negatives) --------------------------------
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
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _crc(self, c, b):
        return (c >> 8) ^ _CRCT[(c ^ b) & 0xFF]

    def _upd(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self._upd(p)
        return bytes(out)


def encrypted_zip(files, password, key, dt=ZDT):
    """traditional PKWARE (ZipCrypto) password-protected zip, deflated"""
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    local, central, off = b"", b"", 0
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        nm = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(password.encode())
        hdr = hbytes(key + name, 11) + bytes([crc >> 24])
        encd = zc.enc(hdr + comp)
        flags = 0x0001 | (0x0800 if any(ch > 127 for ch in nm) else 0)
        lh = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dostime, dosdate, crc, len(encd), len(data), len(nm), 0) + nm
        ch = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dostime, dosdate, crc, len(encd), len(data),
                         len(nm), 0, 0, 0, 0, 0o644 << 16, off) + nm
        local += lh + encd
        central += ch
        off += len(lh) + len(encd)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), len(local), 0)
    return local + central + eocd


def smime_part(key, size=2900):
    # DER-shaped CMS EnvelopedData wrapper around opaque (pseudo-random) ciphertext
    inner = hbytes(key + "smime", size)
    oid = bytes.fromhex("06092A864886F70D010703")
    content = b"\xa0\x82" + struct.pack(">H", len(inner)) + inner
    body = oid + content
    der = b"\x30\x82" + struct.pack(">H", len(body)) + body
    return Part([("Content-Type", "application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\""),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", "attachment; filename=\"smime.p7m\"")], b64lines(der) + NL)


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_mime(key, size=2200):
    pkt = b"\x85\x01\x0c\x03" + hbytes(key + "pgp", size)
    arm = base64.b64encode(pkt).decode()
    lines = "\n".join(arm[i:i + 64] for i in range(0, len(arm), 64))
    crc = base64.b64encode(struct.pack(">I", _crc24(pkt))[1:]).decode()
    armored = "-----BEGIN PGP MESSAGE-----\n\n" + lines + "\n=" + crc + "\n-----END PGP MESSAGE-----\n"
    p1 = Part([("Content-Type", "application/pgp-encrypted"), ("Content-Description", "PGP/MIME version identification")], "Version: 1\n")
    p2 = Part([("Content-Type", "application/octet-stream; name=\"encrypted.asc\""),
               ("Content-Description", "OpenPGP encrypted message"),
               ("Content-Disposition", "inline; filename=\"encrypted.asc\"")], armored)
    mp = multipart("encrypted", [p1, p2], key + "pgp", " protocol=\"application/pgp-encrypted\";")
    mp.body = mp.body.replace("This is a multi-part message in MIME format.", "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)")
    return mp


def pupil_of(key, yg, gender):
    i = 0
    while True:
        k = "%s~%d" % (key, i)
        g = H(k + "g0", 2)
        if ("F" if g else "M") == gender:
            return Pupil(k, yg)
        i += 1

# ===========================================================================
# personal-data corpus, writer w1
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
    key = "pd-%s-%s-%d" % (label, family, len(C.items))
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



SIG_K = "Karen Bellamy\nOffice Manager\n" + SIG_SCHOOL
SIG_J = "Jo Whitlock\nSENCo\n" + SIG_SCHOOL
ALLERGY = ["Peanut & tree nut - EpiPen x2 (in bag + office)", "Asthma - blue inhaler", "Dairy intolerance", "None", "None", "Egg allergy - antihistamine",
           "Type 1 diabetes - insulin pump, care plan", "None", "Epilepsy - buccal midazolam, care plan", "None", "Coeliac - gluten free", "None"]

# ---------------------------------------------------------------------------
# POSITIVES (outbound, unencrypted, confidential personal data)
# ---------------------------------------------------------------------------

# P1 residential trip list CSV to outdoor centre
ps = pupils("pp1", "6", 14)
rows = [["Surname", "Forename", "DOB", "Gender", "Class", "NHS number", "Medical / allergies", "Dietary", "Emergency contact", "Contact phone"]]
for i, p in enumerate(ps):
    rows.append([p.last, p.first, dmy(p.dob), p.gender, p.cls, p.nhs, ALLERGY[i % len(ALLERGY)],
                 ["None", "Vegetarian", "Halal", "None", "No pork"][i % 5], p.parent, p.phone])
body = """Hi Dan,

Please find attached the medical and contact list for our Year 6 group arriving Monday 16th June (Kestrels - first group of 14, Falcons list to follow once I've chased the last two forms). Dietary requirements are in there too for the kitchen.

Any problems give me a ring.

Many thanks
""" + SIG_K
add("positive", "trip-medical-list", "csv-attach", OFFICE, [("Dan Mycock", "bookings@whitemoor-outdoor.example")], E(OFFICE),
    "office sends Y6 residential centre a CSV of pupils with DOB, NHS number, medical conditions and parent phones",
    "St Chad's Y6 residential 16-18 June - medical & contacts list", when(2025, 6, 2, 11, 24),
    multipart("mixed", [text(body), attachment("Kestrels residential medical list.csv", csv_bytes(rows), "text/csv")], "pp1"),
    cc=[A(Y6T)], extra=outlook_hdrs("St Chad's Y6 residential 16-18 June - medical & contacts list", "pp1", True))

# P2 SENCo to EP service, QP body
p = Pupil("pp2", "3")
body = """Dear Dr Hammersley,

Request for consultation - %s (Year 3, %s class)

DOB: %s   UPN: %s   NHS no: %s
Home address: %s
Parent/carer: %s %s

As discussed at our planning meeting, I'd be grateful if %s could be prioritised for your visit on 12th February. %s is currently on SEN Support (cognition and learning / SEMH). Reading age is around 5y10m against a chronological age of 7y8m and phonics has stalled at Phase 4 despite daily 1:1 intervention since September.

Since October we have seen a marked change in behaviour: refusing to come into class, hiding under tables and two incidents of running out of the building. Mum has shared that %s's father left the family home in the summer and there has been police involvement (Operation Encompass notifications x3 this term, held on CPOMS). The GP has referred to the community paediatrician for an ADHD assessment but the waiting list is currently 18 months.

Mum has given consent for the referral (form signed 20/01). Previous assessments and the current provision map are attached to the referral on the portal.

Many thanks,
%s""" % (p.name, p.cls, dmy(p.dob), p.upn, p.nhs, p.address, p.parent_title, p.parent, p.first, p.first, p.first, SIG_J)
add("positive", "sen-referral", "qp", SENCO, [("Dr Claire Hammersley", "claire.hammersley@eps.staffordshire-cc.example")], E(SENCO),
    "SENCo emails the EP service a consultation request with pupil DOB, UPN, NHS number, address, SEMH and domestic abuse history",
    "Consultation request - %s (Y3)" % p.name, when(2025, 1, 27, 16, 8),
    text(body, cte="quoted-printable"), extra=outlook_hdrs("Consultation request - %s (Y3)" % p.name, "pp2"))

# P3 payroll new starters with NINO and bank details (xlsx)
staff = [Adult("pp3-%d" % i) for i in range(4)]
roles = ["Teaching Assistant (Level 2)", "Midday Supervisor", "Class Teacher (MPS2)", "Cleaner"]
rows = [["Surname", "Forename", "DOB", "NI number", "Address", "Role", "Start date", "Sort code", "Account number", "Hours/wk"]]
for s_, r in zip(staff, roles):
    rows.append([s_.last, s_.first, dmy(s_.dob), s_.nino, s_.address, r, "01/09/2024", s_.sc, s_.acc,
                 {"Teaching Assistant (Level 2)": "32.5", "Midday Supervisor": "7.5", "Class Teacher (MPS2)": "32.5", "Cleaner": "12.5"}[r]])
body = """Hi Mandeep,

New starters for September attached - 4 this time. P45s to follow in the post for the two that have them, the other two have done starter checklists (statement B).

Could you confirm they'll make the 25th September pay run?

Thanks
Sue

Sue Hartley
School Business Manager
St Chad's CE (VC) Primary School"""
add("positive", "payroll-starters", "xlsx-attach", BURSAR, [("EduPay Payroll Team", "payroll@edupay-services.example")], E(BURSAR),
    "business manager sends payroll bureau a spreadsheet of new staff with DOB, NI numbers, home addresses, sort codes and account numbers",
    "New starters Sept 2024 - St Chad's (3312)", when(2024, 9, 4, 10, 52),
    multipart("mixed", [text(body), attachment("New starters Sept 24.xlsx", xlsx(rows, "Starters"), XLSX_CT)], "pp3"),
    extra=outlook_hdrs("New starters Sept 2024 - St Chad's (3312)", "pp3", True))

# P4 teacher zips class data to personal email
ps = pupils("pp4", "6", 16)
sen = ["", "K", "", "E", "", "", "K", "", "", "", "K", "", "", "", "", ""]
rows1 = [["Name", "DOB", "UPN", "SEN", "PP", "FSM", "EAL", "Reading age", "Notes"]]
for i, p in enumerate(ps[:8]):
    rows1.append([p.name, dmy(p.dob), p.upn, sen[i], "Y" if i % 3 == 0 else "", "Y" if i % 3 == 0 else "", "Y" if i == 5 else "",
                  "%dy%dm" % (8 + i % 4, (i * 5) % 12), ["", "CP plan - see DSL", "dyslexia screening", "EHCP - ASD", "", "LAC (foster)", "", "anxiety, CAMHS"][i]])
rows2 = [["Name", "DOB", "UPN", "SEN", "PP", "Reading age"]] + [[p.name, dmy(p.dob), p.upn, sen[8 + i], "Y" if i % 4 == 0 else "", "%dy%dm" % (9 + i % 3, i)] for i, p in enumerate(ps[8:])]
z = zip_files([("Kestrels tracking.xlsx", xlsx(rows1, "Kestrels")), ("Falcons tracking.csv", csv_bytes(rows2))])
body = """sending to myself to work on over half term as the VPN keeps dropping out at home"""
add("positive", "data-to-personal-email", "zip-attach", Y6T, ["tom.ashdown79@example.com"], E(Y6T),
    "Y6 teacher emails himself at a personal address a zip of class tracking data with DOB, UPN, SEN, PP/FSM, CP/LAC notes",
    "Y6 data", when(2025, 2, 14, 17, 2),
    multipart("mixed", [text(body), attachment("Y6 data.zip", z, "application/x-zip-compressed")], "pp4"))

# P5 parent card details to PTA treasurer personal email, 7bit
card = make_card("pp5card")
par = Adult("pp5", female=True)
body = """Hi Lou,

Mrs %s rang the office this morning to pay for 4 tickets for the Summer Ball (2 adults + 2 at the staff rate) but we can't take card payments for the PTA over the phone on our machine. She said to pass it on to you to put through on the PTA SumUp:

Name on card: MRS %s %s
Card: %s
Expiry: 08/27   CVV: %03d
Amount: £110.00
Address: %s

Can you let her know when it's done? Her mobile is %s.

Thanks!
Karen""" % (par.last, par.first[0], par.last.upper(), card, H("cvv", 1000), par.address, par.phone)
add("positive", "card-details", "7bit", OFFICE, [("Louise Hayes", "lou.hayes@example.org")], E(OFFICE),
    "office emails a parent's full card number, expiry and CVV to the PTA treasurer's personal address",
    "Ball tickets - card payment for you to put through", when(2025, 5, 14, 10, 3),
    text(body, cte="quoted-printable"))

# P6 safeguarding concern to social worker, base64
p = pupil_of("pp6", "5", "M")
body = """Dear Ms Okoro,

Further to my call to the duty desk this afternoon, here is the written information you asked for.

Child: %s   DOB: %s   Year 5 (%s)
Address: %s
Mother: %s (lives at home). Mother's partner: Jason Finney (not the child's father), moved in around November.

This morning %s arrived without a coat and with a bruise to the left cheekbone, approx 3cm. When the TA asked about it %s said "Jason pushed me into the door because I didn't put the Xbox away" and then became very upset and said mum would be angry with him for telling. He asked if he had to go home tonight.

This is the third concern logged on CPOMS this term (previous: unexplained marks to upper arm 14/01, and disclosure of shouting/being locked in bedroom 04/02). He is on the SEN register (SEMH) and attendance this term is 86%%.

He is currently with me in the office. We have not spoken to mum as advised.

Rachel Onions
Deputy Designated Safeguarding Lead
St Chad's CE (VC) Primary School""" % (p.name, dmy(p.dob), p.cls, p.address, p.parent if p.parent_title == "Mrs" else ADULT_F[3] + " " + p.last, p.first, p.first)
add("positive", "safeguarding-referral", "base64", DDSL, [("Abimbola Okoro", "a.okoro@childrensservices.staffordshire-cc.example")], E(DDSL),
    "deputy DSL emails children's social care, unencrypted, a disclosure of physical abuse with child's name, DOB, address and history",
    "Referral - %s DOB %s" % (p.name, dmy(p.dob)), when(2025, 2, 26, 14, 37),
    text(body, cte="base64"), cc=[A(HEAD)], extra=outlook_hdrs("Referral - %s" % p.name, "pp6"))

# P7 Reception immunisation list zipped CSV to school nursing
ps = pupils("pp7", "R", 18)
rows = [["Forename", "Surname", "DOB", "NHS Number", "Address", "Postcode", "Parent/Carer", "Consent"]]
for i, p in enumerate(ps):
    rows.append([p.first, p.last, dmy(p.dob), p.nhs.replace(" ", ""), "%d %s, %s" % (p.house, p.street, p.town), p.postcode, p.parent,
                 ["Y", "Y", "N", "Y", "not returned"][i % 5]])
z = zip_files([("Reception flu cohort St Chads.csv", csv_bytes(rows))])
body = """Hi,

Please see attached our Reception cohort for the flu immunisation session on Tuesday 26th November (Acorns and Conkers). I've added the consent column from the paper slips we got back. Zipped it because the file was too big last time.

Kind regards
Karen"""
add("positive", "immunisation-list", "zip-attach", OFFICE, [("School Nursing Team East Staffs", "schoolnursing.eaststaffs@mpft-nhs.example")], E(OFFICE),
    "office sends school nursing team a zipped CSV of Reception children with DOB, NHS numbers, addresses and parent names",
    "Flu immunisation 26/11 - Reception list St Chad's", when(2024, 11, 12, 13, 40),
    multipart("mixed", [text(body), attachment("Reception flu list.zip", z, "application/zip")], "pp7"))

# P8 Y6 transition docx to secondary school
ps = pupils("pp8", "6", 6)
table = [["Name", "UPN", "DOB", "SEN", "Medical", "Safeguarding / notes"]]
notes = [("EHCP (ASD)", "", "Needs visual timetable; dad has no contact (court order)"),
         ("SEN Support - dyslexia", "Asthma", ""),
         ("", "Type 1 diabetes", "CP plan (neglect) - social worker Sian Barlow"),
         ("SEN Support - SEMH", "", "Young carer for mum (MS)"),
         ("", "Nut allergy - EpiPen", ""),
         ("", "", "Previously LAC, now SGO with grandparents")]
for p, (s_, m_, n_) in zip(ps, notes):
    table.append([p.name, p.upn, dmy(p.dob), s_, m_, n_])
d = docx(["**St Chad's CE (VC) Primary - Year 6 to Year 7 transition information**", "Prepared by: Jo Whitlock (SENCo) and Tom Ashdown (Y6)",
          "Pupils transferring to Wrensford Academy, September 2025:", "CONFIDENTIAL"], table, 3)
body = """Hi Mrs Sheldon,

Lovely to meet you at the transition evening. As promised, attached is our information on the six children moving up to you who we think will need a bit of extra thought in September. Full CTFs will go across via S2S in July as usual, but this has the softer information that doesn't go in the CTF.

Happy to chat through any of them - I'm in school Mon-Thurs.

Jo
""" + SIG_J
add("positive", "transition-info", "docx-attach", SENCO, [("Helen Sheldon", "h.sheldon@wrensfordacademy.example")], E(SENCO),
    "SENCo sends the secondary school a Word document of Y6 pupils with UPN, DOB, SEN, medical and child-protection notes",
    "Transition info - St Chad's Y6 to Wrensford Academy", when(2025, 6, 12, 15, 55),
    multipart("mixed", [text(body), attachment("St Chads Y6 transition 2025.docx", d, DOCX_CT)], "pp8"),
    cc=[A(Y6T)], extra=outlook_hdrs("Transition info - St Chad's Y6 to Wrensford Academy", "pp8", True))

# P9 allergy list txt to caterer
ps = pupils("pp9", "2", 3) + pupils("pp9b", "4", 3) + pupils("pp9c", "1", 2)
lines = ["ST CHAD'S - PUPILS WITH MEDICAL DIETS (updated 06/01/2025)", ""]
allerg = ["Peanut/tree nut (anaphylaxis) - EpiPen in office", "Coeliac disease - strict gluten free", "Cows milk protein allergy",
          "Egg allergy - carries antihistamine", "Sesame (anaphylaxis) - EpiPen", "Type 1 diabetes - carb counts needed with menu",
          "Kiwi & banana", "Fish/shellfish"]
for p, a_ in zip(ps, allerg):
    lines.append("%-22s %-9s DOB %s  NHS %s  %s" % (p.name, p.cls, dmy(p.dob), p.nhs, a_))
lines += ["", "Photos are on the kitchen noticeboard. Please do not display this list where children can see it."]
body = """Hi Joanne,

Updated medical diets list attached for the kitchen, two new ones since Christmas (both Robins). Can you make sure Tina gets it before Monday?

Thanks
Karen"""
add("positive", "medical-diet-list", "txt-attach", OFFICE, [("Joanne Tatton", "orders@meadowfare-catering.example")], E(OFFICE),
    "office sends catering contractor a text file of pupils with DOB, NHS numbers and allergy/medical conditions",
    "Updated medical diets - St Chad's", when(2025, 1, 6, 14, 12),
    multipart("mixed", [text(body), attachment("medical diets Jan 25.txt", "\n".join(lines).encode(), "text/plain", charset="utf-8")], "pp9"))

# P10 FSM eligibility check with parent NINOs, cp1252
rows = []
for i in range(5):
    p = Pupil("pp10-%d" % i, ["R", "1", "3", "4", "6"][i])
    par = Adult("pp10par-%d" % i, last=p.last, female=(i != 2))
    rows.append("%s %s (DOB %s, %s) \u2013 parent: %s, DOB %s, NI %s" % (p.first, p.last, dmy(p.dob), p.cls, par.name, dmy(par.dob), par.nino))
body = """Hello FSM team,

Please could you run eligibility checks for the following families who have applied to us on paper this week (they don\u2019t have internet access at home so couldn\u2019t use the portal):

""" + "\n".join(rows) + """

All have said they receive Universal Credit. Two of them (the %s and %s families) have just moved from Derbyshire so may not show yet.

Many thanks
Karen Bellamy
Office Manager, St Chad\u2019s CE (VC) Primary""" % (rows[1].split(" (")[0].split()[-1], rows[3].split(" (")[0].split()[-1])
add("positive", "fsm-eligibility", "cp1252", OFFICE, [("Free School Meals Team", "fsm@staffordshire-cc.example")], E(OFFICE),
    "office emails LA free school meals team parent names, DOBs and NI numbers with their children's details for eligibility checks",
    "FSM eligibility checks \u2013 5 families", when(2024, 9, 19, 11, 30),
    text(body, charset="windows-1252", cte="quoted-printable"))

# P11 DBS renewals csv to umbrella body
staff = [Adult("pp11-%d" % i) for i in range(5)]
rows = [["Title", "Forename", "Surname", "Previous surname(s)", "DOB", "NI number", "Current address", "Role", "Position type"]]
for i, s_ in enumerate(staff):
    rows.append([["Mrs", "Mr", "Miss", "Ms", "Mrs"][i], s_.first, s_.last, ["Heath", "", "", "O'Neill", ""][i], dmy(s_.dob), s_.nino.replace(" ", ""),
                 s_.address, ["TA", "Caretaker", "Teacher", "Volunteer reader", "MDSA"][i], "Child workforce - enhanced + barred list"])
body = """Hi Craig,

Batch of DBS renewals for St Chad's (3-year rechecks). Details attached as requested on your template. Original ID has been seen and checked by me for all five.

Sue Hartley
School Business Manager"""
add("positive", "dbs-renewals", "csv-attach", BURSAR, [("Craig Nuttall", "applications@clearcheck-dbs.example")], E(BURSAR),
    "business manager sends DBS umbrella body a CSV of staff with previous names, DOB, NI numbers and home addresses",
    "DBS renewals batch - St Chad's Primary", when(2025, 3, 18, 9, 48),
    multipart("mixed", [text(body), attachment("DBS renewals March 2025.csv", csv_bytes(rows), "text/csv")], "pp11"))

# P12 after-school club register to sports coaching company, html
ps = pupils("pp12", "3", 5) + pupils("pp12b", "4", 5)
meds = ["", "Asthma - inhaler in bag", "", "", "ADHD - may need movement breaks", "", "Nut allergy - EpiPen", "", "Hearing aid (left)", ""]
rows = [["Child", "Class", "DOB", "Medical / SEN", "Emergency contact", "Phone"]] + \
       [[p.name, p.cls, dmy(p.dob), m_, p.parent, p.phone] for p, m_ in zip(ps, meds)]
h = html_doc(["Hi Ryan,", "", "Here\u2019s the register for Tuesday multi-sports (Years 3 & 4) for this half term, including medical info and emergency contacts. Please let me know if anyone doesn\u2019t turn up.", "",
              html_table(rows), "", "Thanks,", "Karen"])
add("positive", "club-register", "html", OFFICE, [("Ryan Deakin", "ryan@activekidz-coaching.example")], E(OFFICE),
    "office sends an HTML table of club children with DOB, medical/SEN info and parent phone numbers to an external coaching company",
    "Tuesday multi-sports register + medical info", when(2025, 4, 22, 12, 15),
    text(h, "html", "utf-8", "quoted-printable"), extra=outlook_hdrs("Tuesday multi-sports register + medical info", "pp12"))

# P13 staff sickness case to HR provider, alternative
st = Adult("pp13", female=True)
plain = """Hi Gill,

I'd like some advice on a sickness absence case please, and an OH referral.

Employee: %s, Class Teacher (UPS1)
DOB: %s   NI number: %s
Home: %s

%s has had 27 days' absence in the last 12 months across 4 episodes. Fit notes cite work-related stress and anxiety; the latest (from 10th March, 4 weeks) says "depression - under GP review, started sertraline". She has also disclosed to me that she is going through IVF treatment and a divorce. This now triggers stage 2 of our attendance policy.

I'm keen to support her back but also need to think about cover for her Year 4 class through to Easter. Could you advise on next steps and set up the OH referral?

Thanks
Andrew

Andrew Pryce
Headteacher""" % (st.name, dmy(st.dob), st.nino, st.address, st.first)
paras = plain.split("\n")
add("positive", "staff-health-hr", "alternative", HEAD, [("Gill Mason", "gill.mason@schoolspeople-hr.example")], E(HEAD),
    "head emails external HR adviser a teacher's DOB, NI number, home address, sickness record, diagnosis, medication and IVF/divorce",
    "Advice + OH referral - staff absence", when(2025, 3, 12, 18, 20),
    outlook_alt(plain, paras, "pp13"), extra=outlook_hdrs("Advice + OH referral - staff absence", "pp13"))

# P14 reply to parent asking for class list for party invites
ps = pupils("pp14", "2", 10)
listing = "\n".join("%s - %s - birthday %s" % (p.name, p.address.split(", Staffordshire")[0], long_date(p.dob)) for p in ps)
body = """Hi Mrs %s,

Of course, no problem at all! Here's the Oak class list with addresses so you can drop the invitations round, and I've put birthdays on too as you asked for the party bags. I've left off the ones who aren't allowed to be contacted.

%s

Hope Ruby has a fab party!
Miss Doyle

-----Original Message-----
From: Stacey Gibbs <stacey.gibbs@example.com>
Sent: 02 March 2025 20:41
To: Hannah Doyle <h.doyle@school.example>
Subject: class list for party?

Hi Miss Doyle, sorry to bother you on a Sunday! Ruby is having a party for her 7th and wants to invite the whole class but I don't have everyone's addresses. Is there any way you could send me a list with their addresses? And birthdays if possible as I'm doing a birthday board. Thanks so much, Stacey""" % ("Gibbs", listing)
add("positive", "class-list-to-parent", "reply-quote", Y2T, [("Stacey Gibbs", "stacey.gibbs@example.com")], E(Y2T),
    "teacher replies to a parent with classmates' names, home addresses and dates of birth for party invitations",
    "RE: class list for party?", when(2025, 3, 3, 7, 58), text(body), extra=outlook_hdrs("class list for party?", "pp14"))

# P15 forward LA admissions allocation to PTA volunteer personal email (inline)
listing = "\n".join("%s %s  DOB %s  %s  Parent: %s  %s" % (p.upn, p.name, dmy(p.dob), p.address.replace(", Staffordshire", ""), p.parent, p.phone)
                    for p in [Pupil("pp15n-%d" % i, "N") for i in range(12)])
body = """Hi Nic - here's the list of new starters for September so you can do the PTA welcome packs and the teddy bears' picnic invites. Please don't share it anywhere!
Karen

---------- Forwarded message ---------
From: Admissions Team <admissions@staffordshire-cc.example>
Date: Wed, 16 Apr 2025 at 09:02
Subject: Reception offers Sept 2025 - St Chad's CE (VC) Primary (860/3312)
To: <k.bellamy@school.example>

Dear Admissions Contact,

Please find below the children offered a Reception place at your school for September 2025 (national offer day). Pupil UPNs have been allocated where known.

""" + listing + """

Admissions Team
Staffordshire County Council"""
add("positive", "admissions-list-forward", "inline-forward", OFFICE, [("Nicola Brammer", "nicola.brammer@example.com")], E(OFFICE),
    "office forwards the LA's Reception allocation (UPNs, DOBs, addresses, parent phones) to a PTA volunteer's personal email",
    "Fwd: Reception offers Sept 2025 - St Chad's CE (VC) Primary (860/3312)", when(2025, 4, 16, 19, 30),
    text(body))

# P16 SENCo forwards a CAMHS letter as attachment to private tutor
p = Pupil("pp16", "5")
inner = message(addr("CAMHS East Staffordshire", "camhs.eaststaffs@mpft-nhs.example"), [addr("Jo Whitlock", "j.whitlock@school.example")],
                "Clinic letter - %s" % p.name, when(2025, 1, 8, 14, 0),
                text(wrap("""PRIVATE AND CONFIDENTIAL

Re: %s   DOB: %s   NHS No: %s
Address: %s

Dear Mrs Whitlock,

I saw %s in clinic on 6th January with mum. %s meets the criteria for a diagnosis of Autism Spectrum Condition with a co-occurring generalised anxiety disorder. There is also a history of self-harm (scratching arms) over the last three months, which we have discussed with mum and a safety plan is in place.

Recommendations for school: a quiet space at break and lunch, advance warning of changes to routine, access to an exit card, and a named adult to check in with each morning. We will review in 3 months. Medication (fluoxetine 10mg) has been started.

Yours sincerely,
Dr R Malhotra, Consultant Child & Adolescent Psychiatrist""" % (p.name, dmy(p.dob), p.nhs, p.address, p.first, p.first), 74)), "pp16inner")
body = """Hi Becky,

As you're starting 1:1 sessions with %s next week, I thought it would be useful for you to see the CAMHS letter (attached) so you understand where %s is at. Especially the anxiety/self harm bit - please be mindful. Let me know how the first session goes.

Jo""" % (p.first, p.first)
add("positive", "medical-letter-forward", "rfc822-forward", SENCO, [("Becky Lowndes", "becky@brightsparks-tuition.example")], E(SENCO),
    "SENCo forwards a CAMHS clinic letter (NHS no, DOB, ASC diagnosis, self-harm, medication) as attachment to a private tutor",
    "FW: Clinic letter - %s" % p.name, when(2025, 1, 24, 16, 44),
    multipart("mixed", [text(body), rfc822(inner, "Clinic letter - %s.eml" % p.name)], "pp16"),
    extra=outlook_hdrs("Clinic letter - %s" % p.name, "pp16", True))

# P17 tutoring list in wrapped plain text
ps = pupils("pp17", "6", 6)
items = []
for i, p in enumerate(ps):
    items.append("%d. %s (%s), DOB %s, UPN %s - %s" % (i + 1, p.name, p.cls, dmy(p.dob), p.upn,
                 ["Pupil Premium, SEN support (dyscalculia), working towards in maths",
                  "Pupil Premium, LAC - virtual school funding, needs a consistent tutor",
                  "SEN support (speech & language), EAL (Polish), working towards in reading",
                  "Pupil Premium, frequent absence (mum's mental health), gaps in fractions",
                  "EHCP (moderate learning difficulties), 1:1 TA in mornings",
                  "Service child, dad deployed until May, emotional support needed"][i]))
body = wrap("""Hi Sam,

Thanks for the call. Here are the six Year 6 pupils we'd like to start on the small-group SATs tutoring after half term (Tues and Thurs, 3.15-4.15). I've put their needs so your tutors can plan:

""" + "\n".join(items) + """

Parents have agreed. Could you send over the DBS details for the tutors before the first session?

Jo Whitlock
SENCo""", 74)
add("positive", "tutoring-referral", "wrapped", SENCO, [("Sam Ridgway", "sam.ridgway@tutor-up.example")], E(SENCO),
    "SENCo sends a tutoring company a list of Y6 pupils with DOB, UPN, Pupil Premium, SEN, LAC and family circumstances",
    "Y6 tutoring group - pupil details", when(2025, 2, 5, 13, 10), text(body))

# P18 TA apprentice details with ULN to training provider, flowed
ap = Adult("pp18", female=True)
uln = make_uln("pp18uln")
body = flowed("""Hi Marcus,

Here are the details for our new Level 3 Teaching Assistant apprentice so you can get her registered before the induction on the 30th:

Name: %s
Date of birth: %s
ULN: %s
NI number: %s
Home address: %s
Mobile: %s
Prior quals: GCSE English grade 4, Maths grade 3 (resit booked)
Learning support: she's told us she has dyslexia and was statemented at school, so will need extra time in assessments.
Employer contact: me (Karen Bellamy), 01632 960417

Let me know if you need anything else.

Thanks
Karen""" % (ap.name, dmy(ap.dob), uln, ap.nino, ap.address, ap.phone))
add("positive", "apprentice-details", "flowed", OFFICE, [("Marcus Lees", "m.lees@midlands-apprenticeships.example")], E(OFFICE),
    "office sends an apprenticeship provider a TA apprentice's DOB, ULN, NI number, address and disability information",
    "New TA apprentice - registration details", when(2024, 9, 23, 15, 2),
    text(body, flowed_fmt=True, cte="7bit"), extra=iphone_hdrs("iPad Mail (21F90)"))

# P19 PTA refunds with bank details to treasurer, latin-1
refs = []
for i in range(4):
    pa = Adult("pp19-%d" % i, female=bool(i % 2 == 0))
    refs.append("%s - %s %s - \u00a3%d.00 (%s)" % (pa.name, pa.sc, pa.acc, [12, 24, 12, 36][i],
                ["1 ticket", "2 tickets", "1 ticket", "3 tickets"][i]))
body = """Hi Lou,

The families below paid for the disco by bank transfer before we cancelled it (boiler). They've sent me their bank details for refunds so I've listed them here for you to pay from the PTA account:

""" + "\n".join(refs) + """

Total \u00a384. Could you do them this week? Thanks!

Nic
St Chad's PTA"""
add("positive", "refund-bank-details", "latin1", PTA, [("Louise Hayes", "lou.hayes@example.org")], E(PTA),
    "PTA mailbox sends the treasurer's personal address a list of parents' names, sort codes and account numbers for refunds",
    "Disco refunds - bank details", when(2025, 2, 10, 20, 16),
    text(body, charset="iso-8859-1", cte="quoted-printable"))

# P20 mobile: teacher on trip sends pupil NHS number & DOB to TA's personal email
p = pupil_of("pp20", "4", "M")
body = """Lorraine - can you ring ahead to Queens A&E and tell them we're on our way? It's %s from Swallows, fell off the climbing frame at the park, think wrist is broken. DOB %s, NHS no %s, address %s. Mum is %s %s, I can't get through to her. He has asthma too. Thanks xx

Sent from my iPhone""" % (p.name, dmy(p.dob), p.nhs, p.address, p.parent, p.phone)
add("positive", "pupil-medical-mobile", "mobile", Y4T, ["lorraine.coles@example.net"], E(Y4T),
    "teacher on a trip emails a pupil's DOB, NHS number, address, injury and asthma to a TA's personal email from her iPhone",
    "%s - hospital" % p.first, when(2025, 6, 18, 11, 47), iphone(body), extra=iphone_hdrs())

# P21 suspension details to governors' personal emails, base64
p = Pupil("pp21", "6")
body = """Dear Governors,

As required, I'm notifying the Pupil Discipline Committee of a suspension.

Pupil: %s (Year 6, %s)
DOB: %s    UPN: %s
SEN: EHCP (SEMH / ADHD). Open to Early Help. Pupil Premium.
Suspension: 3 days, 11-13 November 2024

Reason: physical assault against an adult. On Friday %s threw a chair which struck a TA (Mrs Coles) on the arm and then kicked a member of staff during the restraint (Team Teach, logged). %s had not taken their ADHD medication that morning according to mum. This is the second suspension this academic year; the total is now 5 days.

A reintegration meeting is booked for Thursday 14th at 9am with mum, the LA inclusion officer and the EP. Please keep this confidential.

Andrew Pryce
Headteacher""" % (p.name, p.cls, dmy(p.dob), p.upn, p.first, p.first)
add("positive", "suspension-notice", "base64", HEAD, [("Pupil Discipline Committee", "governors@" + S), "chair.governors@example.org", "david.moss65@example.net"], E(HEAD),
    "head notifies governors (two at personal addresses) of a suspension with pupil DOB, UPN, EHCP/ADHD and incident details",
    "Confidential - suspension notification", when(2024, 11, 11, 8, 30),
    text(body, cte="base64"))

# P22 photographer list with do-not-photograph safeguarding flags, qp
ps = pupils("pp22", "1", 4) + pupils("pp22b", "3", 4)
flags = ["DO NOT PHOTOGRAPH - adopted, birth family must not locate", "Individual only - no class photo (child protection, court order v father)",
         "DO NOT PHOTOGRAPH - looked after child, foster placement", "Sibling photo with brother in Year 5",
         "Uses wheelchair - needs ground floor set-up", "DO NOT PHOTOGRAPH - family in domestic abuse refuge, now using mum's maiden name",
         "Individual only", "Sibling photo with sister in Reception"]
lines = "\n".join("%s (%s, DOB %s) - %s" % (p.name, p.cls, dmy(p.dob), f) for p, f in zip(ps, flags))
body = """Hi Jess,

Ahead of photo day on Thursday here are the children with special instructions. Please make sure the photographers know, especially the DO NOT PHOTOGRAPH ones \u2013 these are really important.

%s

Everyone else in the usual alphabetical order by class. See you at 8.15!
Karen""" % lines
add("positive", "photo-consent-flags", "qp", OFFICE, [("Jess Pountney", "jess@snapshot-school-photos.example")], E(OFFICE),
    "office sends school photographer named children with DOB and 'do not photograph' reasons (adoption, fostering, refuge, court order)",
    "Photo day Thursday - special instructions", when(2024, 10, 1, 9, 15),
    text(body, cte="quoted-printable"))

# P23 staff reference docx to another school
st = Adult("pp23", female=False)
d = docx(["**CONFIDENTIAL REFERENCE**",
          "Candidate: %s    Date of birth: %s    NI number: %s" % (st.name, dmy(st.dob), st.nino),
          "Post applied for: Key Stage 2 Class Teacher, Fradley Park Primary",
          "Current post: Class Teacher, Year 5, St Chad's CE (VC) Primary since September 2021.",
          "Sickness absence in the last two years: 19 days (2 episodes: 12 days back surgery, 7 days stress-related).",
          "Disciplinary: a first written warning was issued in March 2024 (inappropriate use of social media - personal messages to a parent), now spent in June 2025.",
          "Safeguarding: I am not aware of any allegations or concerns other than the above.",
          "Signed: Andrew Pryce, Headteacher"])
body = """Dear Mrs Boulton,

Please find attached my reference for %s. Apologies it's a day late.

Kind regards
Andrew Pryce
Headteacher, St Chad's CE (VC) Primary""" % st.name
add("positive", "staff-reference", "docx-attach", HEAD, [("Karen Boulton", "headteacher@fradleypark.example")], E(HEAD),
    "head sends a staff reference with the teacher's DOB, NI number, sickness absence reasons and disciplinary history",
    "Reference - %s" % st.name, when(2025, 5, 20, 17, 45),
    multipart("mixed", [text(body), attachment("Reference %s.docx" % st.name, d, DOCX_CT)], "pp23"),
    extra=outlook_hdrs("Reference - %s" % st.name, "pp23", True))

# P24 persistent absence referrals to EWO, cp1252
ps = [Pupil("pp24-%d" % i, ["2", "4", "5", "6"][i]) for i in range(4)]
reasons = ["mum reports child has anxiety about leaving her, awaiting CAMHS", "term-time holidays x2, penalty notice issued 2023",
           "older sibling excluded, family in temporary accommodation", "chronic illness (Crohn\u2019s) \u2013 some authorised, but pattern of Mondays"]
lines = "\n\n".join("%s \u2013 DOB %s \u2013 Year %s\nAddress: %s\nParent: %s\nAttendance: %d%%\nReason/context: %s" %
                    (p.name, dmy(p.dob), p.yg, p.address, p.parent, [71, 84, 78, 80][i], reasons[i]) for i, p in enumerate(ps))
body = """Hi Debbie,

As agreed at our attendance meeting, here are the four children I\u2019d like to refer for your next visit:

%s

Let me know which dates you can do home visits.

Karen Bellamy
Office Manager / Attendance Lead""" % lines
add("positive", "attendance-referral", "cp1252", OFFICE, [("Debbie Plant", "debbie.plant@attendance-traded.example")], E(OFFICE),
    "office sends a traded education welfare service pupils' DOB, addresses, attendance and health/family circumstances",
    "Attendance referrals \u2013 St Chad\u2019s", when(2025, 1, 15, 12, 40),
    text(body, charset="windows-1252", cte="quoted-printable"))

# P25 census extract to MIS migration company, zipped CSV
ps = [Pupil("pp25-%d" % i, str((i % 6) + 1)) for i in range(20)]
eth = ["WBRI", "WBRI", "APKN", "WPOL", "WBRI", "BAFR", "MWBC", "AIND", "WBRI", "WBRI"]
rows = [["UPN", "Legal surname", "Legal forename", "DOB", "Gender", "Year", "Ethnicity", "FSM", "SEN provision", "Home postcode"]]
for i, p in enumerate(ps):
    rows.append([p.upn, p.last, p.first, p.dob.isoformat(), p.gender, p.yg, eth[i % 10], "Y" if i % 4 == 0 else "N",
                 ["N", "K", "N", "E", "N"][i % 5], p.postcode])
z = zip_files([("census_extract_3312_sample.csv", csv_bytes(rows))])
body = """Hi Priyanka,

As requested for the migration testing, attached is a sample extract (20 pupils) from our current MIS in the census format. Full file to follow once you confirm the columns look right.

Sue"""
add("positive", "mis-migration-extract", "zip-attach", BURSAR, [("Priyanka Rao", "migrations@cloudmis-onboarding.example")], E(BURSAR),
    "business manager sends an MIS supplier a zipped census extract with UPN, DOB, ethnicity, FSM, SEN and postcode",
    "Migration - sample census extract", when(2025, 3, 27, 14, 20),
    multipart("mixed", [text(body), attachment("St Chads sample extract.zip", z, "application/zip")], "pp25"))

# P26 EHCP annual review summary to LA caseworker + parent, alternative
p = Pupil("pp26", "4")
plain = """Dear Mr Bourne and Mrs %s,

Please find below a summary of %s's EHCP annual review held on 4th March 2025, ahead of the full paperwork.

Name: %s   DOB: %s   UPN: %s   NHS: %s
Primary need: Autism Spectrum Condition; secondary: Speech, Language and Communication Needs.
Medical: Epilepsy (absence seizures) - buccal midazolam care plan; melatonin at home for sleep.
Progress: %s has made good progress with communication (using PECS and now short sentences). Toileting accidents continue 2-3 times a week.
Parental views: Mum feels the current 25 hours of 1:1 is not enough, especially at lunchtime, and has asked that a specialist placement be considered for Year 7.
Outcome: school recommends the plan is amended to increase support to full time 1:1 and that a specialist setting is named for secondary transfer.

Kind regards
Jo Whitlock
SENCo""" % (p.last, p.first, p.name, dmy(p.dob), p.upn, p.nhs, p.first)
add("positive", "ehcp-review", "alternative", SENCO,
    [("Adam Bourne (SEN Caseworker)", "adam.bourne@sen.staffordshire-cc.example"), ("%s %s" % (p.parent_title, p.parent), "%s.%s@example.net" % (p.parent.split()[0].lower(), p.last.lower()))], E(SENCO),
    "SENCo emails an EHCP annual review summary with DOB, UPN, NHS number, diagnoses and medication to the LA caseworker and parent",
    "EHCP annual review summary - %s" % p.name, when(2025, 3, 6, 16, 22),
    outlook_alt(plain, plain.split("\n"), "pp26"), extra=outlook_hdrs("EHCP annual review summary - %s" % p.name, "pp26"))

# P27 private SALT referral, latin-1
p = pupil_of("pp27", "1", "M")
body = """Dear Ms Ferrari,

Mum (%s %s) has asked me to send you some background before %s's first private speech and language assessment with you.

%s, DOB %s, NHS number %s, address %s.

%s is in Year 1 (%s). He was born at 29 weeks and had a hearing loss identified at 18 months (grommets fitted 2022). Speech is largely unintelligible to unfamiliar adults and he is very frustrated - lots of hitting out at peers. NHS SALT discharged him in October due to non-attendance (mum says she couldn't get the appointments with her shift pattern). Dad is in prison and there is no contact.

I've attached nothing else for now but happy to share our provision map.

Best wishes
Jo Whitlock
SENCo, St Chad's CE (VC) Primary""" % (p.parent_title, p.parent.split()[-1], p.first, p.name, dmy(p.dob), p.nhs, p.address, p.first, p.cls)
add("positive", "salt-referral", "latin1", SENCO, [("Francesca Ferrari", "francesca@chatterbox-salt.example")], E(SENCO),
    "SENCo emails a private speech therapist a pupil's DOB, NHS number, address, medical history and family (prison) details",
    "Background for assessment - %s" % p.first, when(2024, 11, 28, 15, 50),
    text(body, charset="iso-8859-1", cte="quoted-printable"))

# P28 staff list with home addresses/DOB to PTA volunteer, html
staff = [Adult("pp28-%d" % i) for i in range(8)]
rows = [["Name", "Home address", "Mobile", "Birthday"]] + [[s_.name, s_.address, s_.phone, long_date(s_.dob)] for s_ in staff]
h = html_doc(["Hi Gemma!", "", "Thanks so much for organising the taxis for the staff do. Here are everyone\u2019s home addresses and mobiles so you can sort pick-ups \u2013 I\u2019ve put birthdays on too for the staff birthday cards you kindly offered to do!", "",
              html_table(rows), "", "Karen x"])
add("positive", "staff-addresses", "html", OFFICE, [("Gemma Lowe", "gemma.lowe@example.org")], E(OFFICE),
    "office emails a parent volunteer staff names, home addresses, mobile numbers and full dates of birth",
    "Staff Christmas do - addresses for taxis", when(2024, 12, 3, 16, 5),
    text(h, "html", "utf-8", "quoted-printable"))

# P29 music hub direct debits: pupils + parent bank details, xlsx
rows = [["Pupil", "DOB", "Class", "Instrument", "Parent/payer", "Sort code", "Account no", "Monthly £"]]
for i in range(7):
    p = Pupil("pp29-%d" % i, ["4", "5", "6"][i % 3])
    pa = Adult("pp29p-%d" % i, last=p.last)
    rows.append([p.name, dmy(p.dob), p.cls, ["Violin", "Guitar", "Drums", "Flute", "Keyboard", "Cornet", "Cello"][i], pa.name, pa.sc, pa.acc,
                 ["18.50", "18.50", "22.00", "18.50", "18.50", "0.00 (PP funded)", "18.50"][i]])
body = """Hi Music Service team,

Attached are the direct debit details for our new instrumental pupils for the summer term, as collected on the paper forms. The one on PP is funded by school.

Thanks
Karen"""
add("positive", "music-direct-debits", "xlsx-attach", OFFICE, [("Music Hub Admin", "admin@staffs-music-hub.example")], E(OFFICE),
    "office sends the music hub a spreadsheet of pupils (DOB, class) with parents' sort codes and account numbers",
    "Summer term instrumental pupils - DD details", when(2025, 4, 24, 10, 0),
    multipart("mixed", [text(body), attachment("St Chads instrumental DD summer 25.xlsx", xlsx(rows, "DD"), XLSX_CT)], "pp29"))

# P30 insurance claim with pupil medical details and parent bank details, 7bit
p = Pupil("pp30", "6")
pa = Adult("pp30p", last=p.last, female=True)
body = """Dear Claims Team,

Policy: SCH/RPA-TRIP/2024/0917
Claim: cancellation of residential place due to illness

Pupil: %s, DOB %s, Year 6
The pupil was admitted to Queen's Hospital Burton on 14/06/2025 with appendicitis (discharge letter attached to the portal; NHS number %s) and was unable to attend the Year 6 residential 16-18 June. Parent has paid GBP 265 in full.

Please make the refund directly to the parent:
Account name: %s
Sort code: %s
Account number: %s
Address: %s

Kind regards
Karen Bellamy
Office Manager""" % (p.name, dmy(p.dob), p.nhs, pa.name, pa.sc, pa.acc, pa.address)
add("positive", "insurance-claim", "7bit", OFFICE, [("Trip Claims", "claims@schooltravel-insure.example")], E(OFFICE),
    "office emails an insurer a pupil's DOB, hospital admission and NHS number with the parent's sort code, account number and address",
    "Claim - residential cancellation %s" % p.name, when(2025, 6, 20, 9, 35), text(body))

# ---------------------------------------------------------------------------
# NEGATIVES
# ---------------------------------------------------------------------------
def not_id(key, n=10):
    """digit string of length n that is NOT a valid NHS number, ULN or Luhn number"""
    i = 0
    while True:
        s = "%d" % (1 + H(key + "ni%d" % i, 9)) + "".join(str(H(key + "nd%d-%d" % (i, j), 10)) for j in range(n - 1))
        if not nhs_ok(s) and not uln_ok(s) and not luhn_ok(s):
            return s
        i += 1


def bad_nhs(key):
    s = make_nhs(key).replace(" ", "")
    for d in "0123456789":
        t = s[:9] + d
        if not nhs_ok(t) and not uln_ok(t) and not luhn_ok(t):
            return "%s %s %s" % (t[:3], t[3:6], t[6:])


def bad_uln(key):
    s = make_uln(key)
    for d in "0123456789":
        t = s[:9] + d
        if not uln_ok(t) and not nhs_ok(t) and not luhn_ok(t):
            return t


# N1 internal SATs registration list (csv)
ps = pupils("pn1", "6", 12)
rows = [["UPN", "Surname", "Forename", "DOB", "Class", "Access arrangements"]]
for i, p in enumerate(ps):
    rows.append([p.upn, p.last, p.first, dmy(p.dob), p.cls, ["", "25% extra time", "", "reader", "", "", "separate room", "", "", "scribe", "", ""][i]])
body = """Hi Tom and Naomi,

Attached is the list I'm going to use for the KS2 SATs registration on the NCA Tools site - can you both check the names/DOBs/UPNs and the access arrangements column against your records and tell me by Friday if anything's wrong?

Thanks
Karen"""
add("negative", "internal-pupil-list", "csv-attach", OFFICE, [A(Y6T), ("Naomi Heath", "n.heath@" + S)], E(OFFICE),
    "internal: office sends Y6 teachers the SATs registration list (UPN, DOB, access arrangements) to check",
    "SATs registration - please check", when(2025, 1, 20, 10, 11),
    multipart("mixed", [text(body), attachment("KS2 SATs registration check.csv", csv_bytes(rows), "text/csv")], "pn1"),
    extra=outlook_hdrs("SATs registration - please check", "pn1", True))

# N2 internal SENCo -> TAs, pupil passports (docx)
ps = pupils("pn2", "3", 4)
table = [["Pupil", "DOB", "Need", "What helps me"]] + [[p.name, dmy(p.dob), n, w] for p, n, w in zip(ps,
         ["ASC (diagnosed 2023)", "Dyslexia; anxiety", "Hearing impairment - hearing aids", "ADHD (medicated)"],
         ["Ear defenders in assembly, now/next board", "Coloured overlay, extra processing time", "Sit near the front, check radio aid is on", "Movement break every 20 mins, fiddle toy"])]
d = docx(["**Hazel & Rowan - pupil passports (summary)**", "For TAs supporting in Year 3. Please keep in the class SEN folder, not on display."], table, 1)
body = """Hi ladies - updated pupil passports for the Y3 children you're supporting. Please have a read before Monday. Any questions pop in and see me.
Jo"""
add("negative", "internal-sen-info", "docx-attach", SENCO, [A(TA), ("Sharon Bickley", "s.bickley@" + S), ("Ann Jervis", "a.jervis@" + S)], E(SENCO),
    "internal: SENCo sends TAs pupil passports with diagnoses and DOBs",
    "Y3 pupil passports", when(2024, 9, 12, 16, 30),
    multipart("mixed", [text(body), attachment("Y3 pupil passports Sept 24.docx", d, DOCX_CT)], "pn2"))

# N3 internal bursar -> head: staff bank/NI changes (xlsx)
staff = [Adult("pn3-%d" % i) for i in range(3)]
rows = [["Name", "NI number", "Change", "New sort code", "New account"]] + [[s_.name, s_.nino, "Bank details", s_.sc, s_.acc] for s_ in staff]
body = """Andrew - three bank detail changes for this month's payroll, need your sign-off before I upload to EduPay on the secure portal. Sheet attached.
Sue"""
add("negative", "internal-staff-bank", "xlsx-attach", BURSAR, [A(HEAD)], E(BURSAR),
    "internal: business manager sends head staff bank-detail changes with NI numbers for sign-off",
    "Payroll changes for sign-off", when(2025, 2, 11, 8, 55),
    multipart("mixed", [text(body), attachment("Payroll changes Feb.xlsx", xlsx(rows, "Changes"), XLSX_CT)], "pn3"))

# N4 internal mobile: office sends teacher a pupil's NHS number & DOB
p = pupil_of("pn4", "5", "F")
body = """Lewis, %s's details for the asthma clinic form: DOB %s, NHS %s. GP is Wrensford Surgery. Mum says the inhaler in her bag is the new one. K

Sent from my iPhone""" % (p.name, dmy(p.dob), p.nhs)
add("negative", "internal-medical", "mobile", OFFICE, [A(Y5T)], E(OFFICE),
    "internal: office manager texts-by-email a pupil's DOB and NHS number to her class teacher",
    "%s asthma form" % p.first, when(2025, 3, 4, 8, 12), iphone(body), extra=iphone_hdrs())

# N5 internal safeguarding note to DSL, alternative
p = pupil_of("pn5", "2", "F")
plain = """Andrew,

Logged on CPOMS but flagging with you directly: %s (Oak, DOB %s) told Miss Doyle this morning that she "sleeps on the sofa because the bedroom has mushrooms on the wall" and that there was no tea last night. Uniform unwashed for the 4th day. Family address %s. I'm going to ring mum at lunch and suggest the Early Help assessment again - are you happy with that?

Rachel""" % (p.name, dmy(p.dob), p.address)
add("negative", "internal-safeguarding", "alternative", DDSL, [A(HEAD)], E(DDSL),
    "internal: deputy DSL flags a neglect concern about a named child to the DSL",
    "Concern - %s" % p.name, when(2025, 1, 29, 10, 2),
    outlook_alt(plain, plain.split("\n"), "pn5"), extra=outlook_hdrs("Concern - %s" % p.name, "pn5"))

# N6 internal reply-quote about medical list
ps = pupils("pn6", "4", 3)
quoted = "\n".join("> %s - DOB %s - %s - NHS %s" % (p.name, dmy(p.dob), m, p.nhs) for p, m in zip(ps, ["EpiPen (peanut)", "Asthma", "Type 1 diabetes"]))
body = """Thanks Karen, all correct for Swallows. The EpiPen one's expiry is next month - have we asked mum for a new one?

Priya

-----Original Message-----
From: Karen Bellamy <k.bellamy@school.example>
Sent: 10 September 2024 09:12
To: Priya Sandhu <p.sandhu@school.example>
Subject: medical list - Swallows

Morning, can you check these for your class before I print the medical cards?

""" + quoted + """

Karen"""
add("negative", "internal-medical", "reply-quote", Y4T, [A(OFFICE)], E(Y4T),
    "internal: teacher replies to office confirming class medical list (DOB, NHS numbers, conditions)",
    "RE: medical list - Swallows", when(2024, 9, 10, 12, 30), text(body), extra=outlook_hdrs("medical list - Swallows", "pn6"))

# N7 internal governors (school accounts only), flowed
p = Pupil("pn7", "6")
body = flowed("""Dear Committee members,

Notification of a one-day suspension: %s, Year 6 (%s), DOB %s, UPN %s. On SEN support (SEMH). The suspension followed a serious incident of racist abuse towards another pupil on Tuesday; full details are in the confidential folder on Governor Hub. Parents have been informed and a reintegration meeting is booked.

Please only reply using your school governor accounts.

Andrew""" % (p.name, p.cls, dmy(p.dob), p.upn))
add("negative", "internal-governors", "flowed", HEAD, [("Pupil Discipline Committee", "governors@" + S), ("David Moss", "d.moss@" + S)], E(HEAD),
    "internal: head notifies governors (school accounts only) of a suspension with DOB and UPN",
    "Confidential - suspension notification", when(2025, 5, 7, 17, 10), text(body, flowed_fmt=True, cte="7bit"))

# N8 internal forward as attachment: parent email to SENCo
p = pupil_of("pn8", "1", "M")
inner = message(addr("%s %s" % (p.parent_title, p.parent), "%s.%s@example.com" % (p.parent.split()[0].lower(), p.last.lower())), [addr("St Chad's Office", "office@" + S)],
                "%s - diagnosis" % p.first, when(2025, 2, 20, 21, 4),
                text("""Hi, just to let school know %s was diagnosed with ADHD at his paediatric appointment today and will be starting medication (methylphenidate) after half term. His NHS number is %s if you need it for the medical form. Could this go to Mrs Whitlock please? Thanks""" % (p.first, p.nhs)), "pn8inner")
body = "Jo - for you, from %s's mum. I've updated the medical record. K" % p.first
add("negative", "internal-forward", "rfc822-forward", OFFICE, [A(SENCO)], E(OFFICE),
    "internal: office forwards (as attachment) a parent's email with child's ADHD diagnosis and NHS number to the SENCo",
    "FW: %s - diagnosis" % p.first, when(2025, 2, 21, 8, 30),
    multipart("mixed", [text(body), rfc822(inner, "%s - diagnosis.eml" % p.first)], "pn8"),
    extra=outlook_hdrs("%s - diagnosis" % p.first, "pn8", True))

# N9 inbound: LA in-year admissions (csv)
ps = [Pupil("pn9-%d" % i, ["2", "4", "5"][i]) for i in range(3)]
rows = [["UPN", "Name", "DOB", "Year", "Address", "Parent", "Start date"]] + [[p.upn, p.name, dmy(p.dob), p.yg, p.address, p.parent, "03/03/2025"] for p in ps]
body = """Dear Mrs Bellamy,

Please find attached details of three in-year admissions to St Chad's CE (VC) Primary starting Monday 3rd March. The CTFs will follow from the previous schools.

Regards,
In-Year Admissions Team
Staffordshire County Council"""
add("negative", "inbound-admissions", "csv-attach", ("In-Year Admissions", "inyear.admissions@staffordshire-cc.example"), [A(OFFICE)], None,
    "inbound: LA sends the school a CSV of in-year admissions with UPN, DOB and address",
    "In-year admissions - St Chad's - w/c 3 March", when(2025, 2, 24, 11, 5),
    multipart("mixed", [text(body), attachment("inyear_3312_0303.csv", csv_bytes(rows), "text/csv")], "pn9"))

# N10 inbound mobile parent -> office with NHS number & allergy
p = pupil_of("pn10", "R", "F")
body = """Hi it's %s's mum (Acorns). For the new medical form, her NHS number is %s and DOB %s. She's allergic to penicillin and has eczema, cream is in her bag. Sorry I forgot to fill that bit in! %s

Sent from my iPhone""" % (p.first, p.nhs, dmy(p.dob), p.parent.split()[0])
add("negative", "inbound-parent-medical", "mobile", (p.parent, "%s.%s@example.net" % (p.parent.split()[0].lower(), p.last.lower())), [("St Chad's Office", "office@" + S)], None,
    "inbound: parent emails the office her child's NHS number, DOB and allergies from her phone",
    "%s %s medical form" % (p.first, p.last), when(2024, 9, 9, 19, 33), iphone(body), extra=iphone_hdrs())

# N11 inbound parent bank details for refund, cp1252
pa = Adult("pn11", female=True)
body = """Hi Mrs Bellamy,

Thanks for letting me know about the refund for the cancelled Year 3 trip. My bank details are:

Name: %s
Sort code: %s
Account: %s

Thank you \u2013 and sorry it\u2019s taken me a week to reply!
%s""" % (pa.name, pa.sc, pa.acc, pa.first)
add("negative", "inbound-parent-bank", "cp1252", (pa.name, "%s%s@example.org" % (pa.first.lower(), pa.last.lower())), [A(OFFICE)], None,
    "inbound: parent sends the school her bank details for a trip refund",
    "Re: Year 3 trip refund", when(2025, 5, 2, 20, 50), text(body, charset="windows-1252", cte="quoted-printable"))

# N12 inbound hospital clinic letter html
p = Pupil("pn12", "2")
h = html_doc(["<p class=\"MsoNormal\"><b>University Hospitals of Derby and Burton \u2013 Paediatric Diabetes Team</b></p>", "",
              "Dear Mrs Whitlock,", "",
              "Re: %s, DOB %s, NHS No %s" % (p.name, dmy(p.dob), p.nhs), "",
              "Following %s\u2019s recent diagnosis of type 1 diabetes, please find the individual healthcare plan and carbohydrate counting guidance for school. Our specialist nurse will visit on Wednesday 15th January at 1.30pm to train staff." % p.first, "",
              "Kind regards,", "Paediatric Diabetes Specialist Nursing Team"])
add("negative", "inbound-clinic-letter", "html", ("Paediatric Diabetes Team", "paeds.diabetes@uhdb-nhs.example"), [A(SENCO)], None,
    "inbound: hospital diabetes team sends SENCo a letter with a pupil's NHS number, DOB and diagnosis",
    "Individual healthcare plan - %s" % p.name, when(2025, 1, 9, 10, 20), text(h, "html", "utf-8", "quoted-printable"))

# N13 inbound previous school transfer notes, docx
p = Pupil("pn13", "4")
up = make_upn("pn13x", la=830, estab=2107, yr=19)
d = docx(["**Pupil transfer information**", "Name: %s   DOB: %s   UPN: %s" % (p.name, dmy(p.dob), up),
          "SEN: SEN Support (literacy). Medical: none. Attendance 2024-25: 93.4%.",
          "Safeguarding: no concerns. CPOMS file transferred separately via secure transfer.",
          "Notes: a lovely, sociable girl who loves art and football."])
body = """Dear St Chad's,

%s is joining you after half term. Her CTF has been uploaded to S2S; please see attached our transfer notes.

Best wishes
Office, Hilton Brook Primary (Derbyshire)""" % p.name
add("negative", "inbound-transfer", "docx-attach", ("Hilton Brook Primary Office", "office@hiltonbrook-primary.example"), [("St Chad's Office", "office@" + S)], None,
    "inbound: previous school sends transfer notes with pupil DOB and UPN",
    "Pupil transfer - %s" % p.name, when(2025, 2, 12, 14, 0),
    multipart("mixed", [text(body), attachment("Transfer notes %s.docx" % p.name, d, DOCX_CT)], "pn13"))

# N14 inbound new staff member's details from personal email, latin-1 wrapped
st = Adult("pn14", female=True)
body = wrap("""Dear Mrs Hartley,

Thank you for the offer, I'm really looking forward to starting in September! As requested, here are my details for payroll:

Full name: %s
Date of birth: %s
National Insurance number: %s
Address: %s
Bank: sort code %s, account %s

I'll bring my passport and birth certificate in on my induction day for the right to work and DBS checks.

Kind regards,
%s""" % (st.name, dmy(st.dob), st.nino, st.address, st.sc, st.acc, st.first), 72)
add("negative", "inbound-new-starter", "latin1", (st.name, "%s.%s@example.com" % (st.first.lower(), st.last.lower())), [A(BURSAR)], None,
    "inbound: new TA emails her own NI number, DOB, address and bank details to the business manager from a personal account",
    "New starter details - %s" % st.name, when(2024, 8, 20, 13, 16), text(body, charset="iso-8859-1", cte="quoted-printable"))

# N15 internal forward of payroll provider query (inline)
st = Adult("pn15", female=False)
body = """Andrew - see below from EduPay, are you ok for me to confirm the back pay? Sue

-----Original Message-----
From: EduPay Payroll Team <payroll@edupay-services.example>
Sent: 21 October 2024 15:40
To: Sue Hartley <s.hartley@school.example>
Subject: Query - %s (NI %s)

Hi Sue,

We've received the TLR change for %s (NI %s, DOB %s) backdated to 1st September. Please confirm you'd like the arrears of \u00a3612.40 paid in October, and that the new TLR2b is permanent.

Thanks
Mandeep""" % (st.name, st.nino, st.name, st.nino, dmy(st.dob))
add("negative", "internal-forward", "inline-forward", BURSAR, [A(HEAD)], E(BURSAR),
    "internal: business manager forwards a payroll query containing a teacher's NI number and DOB to the head",
    "FW: Query - %s" % st.name, when(2024, 10, 22, 8, 5), text(body, cte="quoted-printable"))

# N16 S/MIME to children's social care
add("negative", "encrypted-smime", "smime", DDSL, [("Abimbola Okoro", "a.okoro@childrensservices.staffordshire-cc.example")], E(DDSL),
    "outbound referral to children's social care sent S/MIME encrypted (application/pkcs7-mime enveloped-data)",
    "Referral follow-up (encrypted)", when(2025, 2, 27, 9, 15), smime_part("pn16", 3400),
    extra=outlook_hdrs("Referral follow-up (encrypted)", "pn16", True))

# N17 PGP/MIME to EP service
add("negative", "encrypted-pgp", "pgp", SENCO, [("Dr Claire Hammersley", "claire.hammersley@eps.staffordshire-cc.example")], E(SENCO),
    "outbound consultation paperwork to the EP service sent as PGP/MIME multipart/encrypted",
    "Consultation paperwork", when(2025, 1, 28, 11, 40), pgp_mime("pn17", 2600),
    extra=[("User-Agent", "Mozilla Thunderbird")])

# N18 password zip to secondary school
ps = pupils("pn18", "6", 8)
rows = [["Name", "UPN", "DOB", "SEN", "Medical", "Notes"]] + [[p.name, p.upn, dmy(p.dob), "", "", ""] for p in ps]
z = encrypted_zip([("Y6 transition - CONFIDENTIAL.xlsx", xlsx(rows, "Transition"))], "Kestrel-Falcon-2025", "pn18")
body = """Hi Helen,

Attached is the transition spreadsheet for our Year 6 children joining you in September. The file is password protected - I'll text you the password separately on your work mobile, as agreed.

Best wishes
Jo

Jo Whitlock
SENCo"""
add("negative", "encrypted-zip", "zip-encrypted", SENCO, [("Helen Sheldon", "h.sheldon@wrensfordacademy.example")], E(SENCO),
    "outbound transition data in a password-protected (ZipCrypto) zip, password sent by text",
    "Y6 transition spreadsheet (password protected)", when(2025, 6, 13, 9, 5),
    multipart("mixed", [text(body), attachment("Y6 transition.zip", z, "application/x-zip-compressed")], "pn18"),
    extra=outlook_hdrs("Y6 transition spreadsheet (password protected)", "pn18", True))

# N19 S/MIME to payroll bureau
add("negative", "encrypted-smime", "smime", BURSAR, [("EduPay Payroll Team", "payroll@edupay-services.example")], E(BURSAR),
    "outbound new starter details to payroll bureau sent S/MIME encrypted",
    "New starters Jan 2025 [encrypted]", when(2025, 1, 7, 10, 30), smime_part("pn19", 5200),
    extra=outlook_hdrs("New starters Jan 2025 [encrypted]", "pn19", True))

# N20 password zip to residential centre
ps = pupils("pn20", "6", 10)
rows = [["Name", "DOB", "NHS", "Medical", "Contact"]] + [[p.name, dmy(p.dob), p.nhs, "", p.phone] for p in ps]
z = encrypted_zip([("Falcons residential medical list.csv", csv_bytes(rows))], "WhitemoorJune25", "pn20")
body = """Hi Dan,

Here's the Falcons medical/contacts list, same format as Kestrels. It's in a password-protected zip this time (sorry, should have done that with the first one!). I'll ring you with the password.

Karen"""
add("negative", "encrypted-zip", "zip-encrypted", OFFICE, [("Dan Mycock", "bookings@whitemoor-outdoor.example")], E(OFFICE),
    "outbound residential medical list inside a password-protected zip, password given by phone",
    "Falcons medical list - password protected", when(2025, 6, 4, 14, 2),
    multipart("mixed", [text(body), attachment("Falcons medical list.zip", z, "application/zip")], "pn20"))

# N21 PGP to school nursing team
add("negative", "encrypted-pgp", "pgp", OFFICE, [("School Nursing Team East Staffs", "schoolnursing.eaststaffs@mpft-nhs.example")], E(OFFICE),
    "outbound Year 6 height/weight cohort list to school nursing sent as PGP/MIME encrypted",
    "NCMP cohort list", when(2025, 3, 3, 13, 0), pgp_mime("pn21", 3100),
    extra=[("User-Agent", "Mozilla Thunderbird")])

# N22 invoice with school's own bank details, qp
sc, acc = make_bank("school-own-account")
inv = "SC-%04d" % (1000 + H("inv", 9000))
body = """Dear Kirsty,

Please find below the invoice for hire of the school hall for Zumba Kids, summer term 2025.

INVOICE %s
Date: 28/04/2025
Hire of hall, Wednesdays 3.30-4.30pm, 23/04/2025 - 16/07/2025 (13 sessions @ \u00a322.00)
Total due: \u00a3286.00
Payment terms: 30 days

Please pay by BACS to:
St Chad's CE (VC) Primary School - School Fund
Sort code: %s
Account number: %s
Reference: %s

Any questions, please call the office on 01632 960417.

Sue Hartley
School Business Manager""" % (inv, sc, acc, inv)
add("negative", "school-invoice", "qp", BURSAR, [("Kirsty Heath", "kirsty@zumbakidz-staffs.example")], E(BURSAR),
    "outbound invoice to a hall hirer showing the school's own sort code and account number and an invoice number",
    "Invoice %s - hall hire summer term" % inv, when(2025, 4, 28, 11, 0), text(body, cte="quoted-printable"))

# N23 supply order with order / account numbers and phone numbers, 7bit
o1, o2 = not_id("ord1"), not_id("ord2")
cust = "%06d" % H("cust", 10 ** 6)
body = """Hi,

Please could you process the following order for St Chad's CE (VC) Primary, customer account %s.

Our PO number: PO-3312-0418
Your quote ref: Q%s

- 12 x A4 exercise books 8mm ruled (pack of 50), code EB-8MM-A4
- 6 x whiteboard pens assorted (pack of 40), code WBP-40A
- 2 x laminating pouches A4 150mic (box 100)

Please deliver to the school office (main entrance, Church Lane), Mon-Fri 8am-4pm. The previous order %s is still showing as part-delivered on our side, could you check?

Contact: Karen Bellamy, 01632 960417 or 07700 900218.

Thanks
Karen""" % (cust, o1, o2)
add("negative", "supplier-order", "7bit", OFFICE, [("Orders", "orders@classroom-supplies.example")], E(OFFICE),
    "outbound stationery order with customer account, PO, quote and order numbers and phone numbers (no personal data)",
    "Order - St Chad's Primary PO-3312-0418", when(2025, 3, 11, 9, 20), text(body))

# N24 anonymised KS2 stats xlsx to diocese
rows = [["Measure", "School 2024", "School 2025", "LA 2025", "National 2025"],
        ["Cohort size", "58", "60", "", ""],
        ["RWM expected standard %", "64%", "68%", "59%", "61%"],
        ["Reading EXS %", "77%", "80%", "72%", "75%"],
        ["Writing EXS %", "71%", "73%", "69%", "72%"],
        ["Maths EXS %", "72%", "75%", "71%", "74%"],
        ["Disadvantaged pupils RWM EXS % (n=14)", "43%", "50%", "44%", "46%"],
        ["SEN support pupils RWM EXS % (n=9)", "22%", "33%", "", ""],
        ["Average scaled score - reading", "105.1", "105.8", "", "105"]]
body = """Dear Mrs Ward,

Ahead of the SIAMS / school improvement visit, attached are our provisional KS2 outcomes for 2025 compared with last year, LA and national. These are cohort-level figures only.

Kind regards
Andrew Pryce"""
add("negative", "aggregate-stats", "xlsx-attach", HEAD, [("Liz Ward (Diocesan Adviser)", "liz.ward@lichfield-diocese.example")], E(HEAD),
    "outbound aggregate/anonymised KS2 results (percentages, cohort counts) to the diocesan adviser",
    "Provisional KS2 outcomes 2025", when(2025, 7, 10, 16, 0),
    multipart("mixed", [text(body), attachment("KS2 provisional 2025.xlsx", xlsx(rows, "KS2"), XLSX_CT)], "pn24"))

# N25 blank admission form template to enquiring parent
d = docx(["**St Chad's CE (VC) Primary School - In-Year Admission / Pupil Information Form**",
          "Child's legal first name: ____________________   Legal surname: ____________________",
          "Date of birth: __ / __ / ____        Gender: ______",
          "NHS number (if known): ___ ___ ____",
          "UPN (office use only): _____________",
          "Home address: __________________________________________   Postcode: ________",
          "Parent/carer name: ____________________   Relationship: __________   Mobile: ______________",
          "Medical conditions / allergies: _____________________________________________",
          "Does your child have an EHCP or receive SEN support? Yes / No",
          "Please return this form in person to the school office. Please do not email completed forms."])
body = """Dear Mr Iqbal,

Thank you for your enquiry about a place in Year 3. A blank pupil information form is attached - please print it, complete it and bring it to the office with proof of address and your child's birth certificate when you come for your visit on Tuesday. For data protection reasons please don't email the completed form back.

Kind regards
Karen Bellamy
Office Manager"""
add("negative", "blank-form", "docx-attach", OFFICE, [("Imran Iqbal", "imran.iqbal@example.com")], E(OFFICE),
    "outbound blank pupil information form (fields for DOB, NHS number, UPN) to an enquiring parent - no data filled in",
    "Pupil information form", when(2025, 4, 30, 14, 45),
    multipart("mixed", [text(body), attachment("Pupil information form (blank).docx", d, DOCX_CT)], "pn25"))

# N26 data protection policy pack zip to governor personal email
pol = docx(["**St Chad's CE (VC) Primary - Data Protection Policy (draft for review, March 2025)**",
            "1. The school is the data controller for the personal information it holds about pupils, parents, staff, governors and visitors.",
            "2. Personal data, including special category data such as health, SEN and safeguarding records, must not be sent by unencrypted email outside the school. Use the LA secure transfer portal, S2S, encrypted email or a password-protected file with the password sent separately.",
            "3. Data breaches must be reported to the Data Protection Officer within 24 hours.",
            "4. Retention: pupil records are transferred to the next school; SEN records retained until the pupil's 31st birthday.",
            "Data Protection Officer: contact via the school office."])
ret = docx(["**Records retention schedule (summary)**", "Admissions registers: 3 years from last entry.", "Attendance registers: 6 years.",
            "Accident/incident reports (pupils): DOB + 25 years.", "Staff personnel files: termination + 6 years.", "Visitor books: current year + 6."])
z = zip_files([("Data Protection Policy draft 2025.docx", pol), ("Retention schedule summary.docx", ret)])
body = """Hi Fiona,

As discussed at FGB, here's the draft data protection policy and retention summary for you to review as our GDPR link governor. No personal data in them, just the policy documents. Comments by 1st April would be great.

Thanks
Sue"""
add("negative", "policy-document", "zip-attach", BURSAR, [("Fiona Alcock", "fiona.alcock@example.org")], E(BURSAR),
    "outbound data protection policy and retention schedule (no personal data) in a zip to a governor's personal email",
    "Data protection policy - draft for review", when(2025, 3, 14, 12, 10),
    multipart("mixed", [text(body), attachment("DP policy review.zip", z, "application/zip")], "pn26"))

# N27 theatre trip booking refs in txt attachment
ref = "BK%s" % not_id("bk", 8)
att = """BOOKING CONFIRMATION - SCHOOLS MATINEE
Booking reference: %s
Organisation: St Chad's CE (VC) Primary, Wrensford
Performance: The Lion, the Witch and the Wardrobe
Date: Wednesday 11/12/2024, 13:30 (doors 12:45)
Seats: Stalls rows J-N, 62 pupils + 8 adults (70)
Price: 70 x GBP 14.00 = GBP 980.00 (deposit GBP 200.00 paid 02/09/2024)
Coach: Tamworth Travel, pick up 11:15, return approx 16:15, job no. %s
Venue box office: 0121 496 0730""" % (ref, not_id("job", 7))
body = """Hi Gemma at Tamworth Travel,

Attached is the theatre booking confirmation so you have the times for the coach on 11th December. 70 passengers, 2 x 35 seaters as quoted. Please call me if the times don't work.

Karen
01632 960417"""
add("negative", "booking-references", "txt-attach", OFFICE, [("Tamworth Travel Bookings", "bookings@tamworth-travel.example")], E(OFFICE),
    "outbound trip coach booking with theatre booking reference, dates, times, prices and business phone numbers",
    "Coach 11/12 - theatre booking confirmation", when(2024, 11, 18, 10, 25),
    multipart("mixed", [text(body), attachment("Theatre booking confirmation.txt", att.encode(), "text/plain", charset="us-ascii")], "pn27"))

# N28 IT asset list csv to repair supplier
rows = [["Asset tag", "Device", "Serial number", "MAC", "Fault"]]
for i in range(6):
    rows.append(["SC-%04d" % (210 + i * 7), ["Chromebook 11 G9", "Chromebook 11 G9", "iPad 9th gen", "Dell Latitude 3540", "Chromebook 11 G9", "iPad 9th gen"][i],
                 "5CD%s" % not_id("sn%d" % i, 7), ":".join("%02X" % H("mac%d%d" % (i, j), 256) for j in range(6)),
                 ["Cracked screen", "Won't charge", "Home button", "Keyboard keys missing", "Hinge broken", "Battery swelling"][i]])
body = """Hi,

Please find attached the devices for collection on Thursday under our repair contract (contract no. 3312-RC-22). All are wiped and removed from management.

Gary
IT Support, St Chad's"""
add("negative", "it-asset-list", "csv-attach", IT, [("Repairs Desk", "repairs@edutech-repairs.example")], E(IT),
    "outbound list of faulty devices with asset tags, serial numbers and MAC addresses (no personal data)",
    "Repair collection Thursday - 6 devices", when(2025, 1, 13, 15, 30),
    multipart("mixed", [text(body), attachment("repair list.csv", csv_bytes(rows), "text/csv")], "pn28"))

# N29 helpdesk ticket with placeholder ids with WRONG check digits, wrapped
bu, bn, bl = bad_upn("dummy1"), bad_nhs("dummy2"), bad_uln("dummy3")
tk = "CS-%s" % not_id("ticket", 7)
body = wrap("""Hi Support,

Re ticket %s - import validation.

We're testing the new import template with the dummy records you supplied (no real pupils). The import is rejecting the dummy UPN %s and the dummy NHS number %s with "check digit invalid", which is fair enough, but it also rejects the staff test record with ULN %s and then stops the whole file instead of skipping the bad line. Is there a setting so it skips invalid rows and gives us an error log?

We're on version 24.3.1, school DfE number 860/3312.

Thanks
Sue Hartley
School Business Manager""" % (tk, bu, bn, bl), 72)
add("negative", "wrong-check-digits", "wrapped", BURSAR, [("MIS Support", "support@cloudmis-onboarding.example")], E(BURSAR),
    "outbound helpdesk ticket quoting supplier dummy UPN/NHS/ULN values that have invalid check digits (no real people)",
    "RE: %s import validation" % tk, when(2025, 4, 3, 11, 45), text(body))

# N30 PTA card reader payouts with masked card numbers, reply-quote
t1, t2 = not_id("tx1", 10), not_id("tx2", 10)
body = """Hi Martin,

Yes - the two payouts are the card takings from the Summer Fair (SumUp), the rest was cash banked on the Monday. Breakdown from the SumUp report:

Payout 1  30/06/2025  ref %s  GBP 1,214.50  (187 transactions)
Payout 2  01/07/2025  ref %s  GBP 96.00  (11 transactions)

The card numbers only ever show as masked (e.g. **** **** **** 4821) on the report so I can't give you payer names, but the transaction list is on the shared drive if you want to see it when you come in.

Nic
St Chad's PTA

On 14 Jul 2025, at 18:02, Martin Chell <martin@chell-accounts.example> wrote:

> Hi Nic, doing the independent examination now. Can you explain the two SumUp receipts into the PTA account in early July? Thanks, Martin""" % (t1, t2)
add("negative", "masked-card-report", "reply-quote", PTA, [("Martin Chell", "martin@chell-accounts.example")], E(PTA),
    "outbound PTA reply to its independent examiner with payout references and masked card numbers only",
    "Re: PTA accounts - SumUp receipts", when(2025, 7, 14, 20, 30), text(body))

C.write()
