#!/usr/bin/env python3
"""Build the heldout5 chain-letter corpus (blind, hand-written).

python3 build.py  -> writes positive/*.eml, negative/*.eml, manifest.jsonl
Deterministic: fixed seeds, fixed dates, no clock or environment input.
Stdlib only; the MIME is assembled by hand (no email.mime / email.generator).
"""
import base64, datetime, html, io, json, os, quopri, random, re, sys, textwrap, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
STAFF = [("Helen","Carver"),("Rachel","Nkemelu"),("Simon","Threlfall"),("Priya","Mistry"),("Gareth","Lloyd"),
         ("Karen","Bowyer"),("Julie","Marsh"),("Tom","Ashworth"),("Noor","Rahman"),("Siân","Pritchard"),
         ("Liz","Gallagher"),("Marcia","Bennett"),("Dominic","Fry"),("Anna","Whitby"),("Joe","Kaminski"),
         ("Zoë","Hartley"),("Paula","Greaves"),("Martin","Osei"),("Bex","Colley"),("Ciarán","Doyle"),
         ("Fiona","McLeod"),("Imogen","Tate"),("Kwame","Boateng"),("Louise","Pike"),("Nicola","Farr")]
PUPILS = [("Josh","Tebbutt"),("Kayla","Reid"),("Amelia","Okafor"),("Ollie","Grant"),("Maisie","Cole"),
          ("Tia","Morgan"),("Jayden","Brooks"),("Lacey","Hunt"),("Summer","Price"),("Harvey","Lees"),
          ("Amira","Haddad"),("Niamh","Kelly"),("Kai","Wong"),("Oliwia","Nowak"),("Rhys","Evans"),
          ("Isla","Fraser"),("Zain","Akhtar"),("Bella","Stone"),("Hannah","Wright"),("Ebony","Clarke"),
          ("Leo","Marsh"),("Chloé","Durand"),("Mo","Abdi"),("Ruby","Parker"),("Ayesha","Begum")]
OUTSIDE = [("Janet","Hollings","btinternet.example"),("Bev","Slater","sky.example"),("Pauline","Wragg","talktalk.example"),
           ("Linda","Crossley","gmail.example"),("Jean","Furness","ymail.example"),("Shelley","Rowe","outlook.example"),
           ("Debbie","Marr","hotmail.example"),("Graham","Tuck","example.net"),("Mags","O'Rourke","gmail.example"),
           ("Kevin","Amos","virginmedia.example"),("Sandra","Lyle","example.com"),("Tasha","Greer","icloud.example"),
           ("Rich","Haworth","gmail.example"),("Carol","Simms","aol.example"),("Maureen","Platt","btinternet.example"),
           ("Jordan","Wyatt","gmail.example"),("Leanne","Booth","outlook.example"),("Fatima","Nasser","example.org"),
           ("Alan","Priestley","plus.example"),("Yvonne","Adeyemi","hotmail.example"),("Sue","Kitchen","example.org"),
           ("Chris","Beddow","sky.example"),("Aunty","Deb","yahoo.example")]
HEAD = ("Mrs D. Hollis", "headteacher@school.example")
TITLES = {"Mr","Mrs","Ms","Miss","Dr","Sir","Fr","Fr.","Auntie","Aunty","From","Love","Thanks","Cheers","Regards","Best","Yours","Hi","Dear"}
ROLEWORDS = {"Dept","Team","Services","Office","Group","Manager","Lead","Head","Leader","Librarian","Secretary",
             "Chaplain","Teacher","Support","Committee","Site","Tutor","Year","Trip","Headteacher","Deputy"}
SURN = ["Ellis","Hart","Roper","Vaughan","Iqbal","Lister","Mensah","Quinn","Sadler","Town","Wilde","Yeo","Barker","Dunn"]

def slug(s):
    return re.sub(r"[^a-z]", "", s.lower().replace("ë","e").replace("â","a").replace("á","a").replace("é","e"))

def staff_addr(first, last):
    return f"{slug(first)[0]}.{slug(last)}@school.example"

def pupil_addr(first, last, rng):
    style = rng.randrange(3)
    yy = rng.choice([19, 20, 21, 22, 23, 24])
    if style == 0:
        return f"{yy}{slug(last)}{slug(first)[0]}@students.school.example"
    if style == 1:
        return f"{slug(first)}.{slug(last)}{yy}@students.school.example"
    return f"{slug(first)[0]}{slug(last)}{rng.randrange(10,99)}@students.school.example"

def outside_addr(first, last, dom, rng):
    st = rng.randrange(4)
    if st == 0: lp = f"{slug(first)}.{slug(last)}"
    elif st == 1: lp = f"{slug(first)}{slug(last)}{rng.randrange(1,99)}"
    elif st == 2: lp = f"{slug(first)[0]}{slug(last)}"
    else: lp = f"{slug(first)}_{slug(last)[:4]}{rng.randrange(60,99)}"
    return f"{lp}@{dom}"

def sig_name(body):
    lines = [l.strip() for l in body.strip().split("\n") if l.strip()]
    for l in reversed(lines[-3:]):
        m = re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z]\. )?([A-Z][a-z'-]+)", l)
        if m:
            return None, m.group(1)
        m = re.fullmatch(r"([A-ZÀ-Ý][a-zà-ÿ']+)(?: ([A-ZÀ-Ý][a-zà-ÿ'-]+))?", l)
        if m and m.group(1) not in TITLES and m.group(1) not in ROLEWORDS and (m.group(2) or "") not in ROLEWORDS:
            return m.group(1), m.group(2)
    return None

# ---------------------------------------------------------------- shapes
SHAPES = ["plain", "wrapped", "flowed", "flowed-delsp", "qp", "base64", "html", "alt",
          "att-txt", "att-html", "att-docx", "att-pdf", "att-zip", "rfc822",
          "fwd-outlook", "fwd-gmail", "reply", "latin1", "cp1252", "ewsubj"]

MONTHS = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
DAYS = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
LONGMONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
LONGDAYS = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]

def rand_date(rng):
    start = datetime.datetime(2025, 9, 1, 0, 0, 0)
    d = start + datetime.timedelta(days=rng.randrange(0, 450))
    hour = rng.choice([6,7,7,8,8,9,10,11,12,12,13,14,15,15,16,17,18,19,20,21,22,23])
    d = d.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
    bst = (d.month > 3 and d.month < 10) or (d.month == 3 and d.day >= 29) or (d.month == 10 and d.day < 26)
    return d, ("+0100" if bst else "+0000")

def fmt_date(d, tz):
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M:%S} {tz}"

def hexs(rng, n, up=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if up else s

def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

def uuid(rng):
    h = hexs(rng, 32, True)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

def msgid(client, rng, dom):
    if client == "outlook":
        p = rng.choice(["LO2P265MB", "CWLP265MB", "DB9PR02MB", "AM0PR10MB", "LO4P123MB"])
        n = rng.randrange(1000, 9999)
        return f"<{p}{n}{hexs(rng,12,True)}@{p}{n}.{p[:4]}{p[4:8]}.PROD.OUTLOOK.COM>"
    if client == "gmail":
        return f"<CA{alnum(rng,2)}{alnum(rng,38)}@mail.gmail.com>"
    if client == "apple":
        return f"<{uuid(rng)}@{dom}>"
    if client == "thunderbird":
        return f"<{hexs(rng,8)}-{hexs(rng,4)}-{hexs(rng,4)}-{hexs(rng,4)}-{hexs(rng,12)}@{dom}>"
    return f"<{rng.randrange(10**9,10**10)}.{rng.randrange(1000,99999)}.{alnum(rng,10)}@mx{rng.randrange(1,9)}.{dom}>"

def boundary(client, rng):
    if client == "outlook":
        return f"_{rng.randrange(100):03d}_{rng.choice(['LO2P265MB','CWLP265MB','DB9PR02MB'])}{rng.randrange(1000,9999)}{hexs(rng,12,True)}_"
    if client == "gmail":
        return "0000000000" + hexs(rng, 18)
    if client == "apple":
        return f"Apple-Mail={uuid(rng)}"
    if client == "thunderbird":
        return "------------" + alnum(rng, 24)
    return f"----=_Part_{rng.randrange(10000,999999)}_{rng.randrange(10**8,10**9)}.{rng.randrange(10**12,10**13)}"

# ---------------------------------------------------------------- encoders
def enc_word(s, rng, force=False):
    try:
        s.encode("ascii")
        if not force:
            return s
    except UnicodeEncodeError:
        pass
    b = s.encode("utf-8")
    out = []
    if rng.random() < 0.5:
        chunks, cur = [], b""
        for ch in s:
            cb = ch.encode("utf-8")
            if len(cur) + len(cb) > 39:
                chunks.append(cur); cur = b""
            cur += cb
        chunks.append(cur)
        out = ["=?UTF-8?B?" + base64.b64encode(c).decode() + "?=" for c in chunks if c]
    else:
        chunks, cur = [], ""
        for ch in s:
            if ch == " ":
                e = "_"
            elif re.fullmatch(r"[A-Za-z0-9!*+\-/]", ch):
                e = ch
            else:
                e = "".join(f"={x:02X}" for x in ch.encode("utf-8"))
            if len(cur) + len(e) > 45:
                chunks.append(cur); cur = ""
            cur += e
        chunks.append(cur)
        out = ["=?utf-8?Q?" + c + "?=" for c in chunks if c]
    return "\n ".join(out)

def addr_hdr(name, addr, rng):
    if not name:
        return addr
    if re.search(r"[^\x00-\x7f]", name):
        return f"{enc_word(name, rng)} <{addr}>"
    if re.search(r"[.,()&@]", name):
        return f"\"{name}\" <{addr}>"
    return f"{name} <{addr}>"

def qp(b):
    return quopri.encodestring(b).decode("ascii")

def b64(b):
    return base64.encodebytes(b).decode("ascii")

LAT1_MAP = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "..."}

def to_charset(text, cs):
    out = []
    for ch in text:
        if cs == "iso-8859-1" and ch in LAT1_MAP:
            ch = LAT1_MAP[ch]
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in LAT1_MAP:
                out.append(LAT1_MAP[ch])
            # emoji and other symbols are dropped, as many old clients do
    s = "".join(out)
    s = re.sub(r" +\n", "\n", s)
    s = re.sub(r"[ \t]+$", "", s, flags=re.M)
    return s

def smart_quotes(text):
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r'"(\S[^"\n]*?)"', "\u201c\\1\u201d", text)
    return text.replace(" - ", " \u2013 ")

def wrap_lines(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

def flowed(text, delsp, width=70):
    out = []
    for line in text.split("\n"):
        line = line.rstrip()
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False) if len(line) > width else [line]
        for i, p in enumerate(parts):
            if p.startswith((" ", ">", "From ")):
                p = " " + p
            if i < len(parts) - 1:
                p += "  " if delsp else " "
            out.append(p)
    return "\n".join(out)

def quote(text):
    out = []
    for line in wrap_lines(text, 70).split("\n"):
        out.append(">" if not line else "> " + line)
    return "\n".join(out)

def is_ascii(s):
    try:
        s.encode("ascii"); return True
    except UnicodeEncodeError:
        return False

def text_part(text, charset="utf-8", cte=None, subtype="plain", extra_ct=""):
    """Return (headers, body) for a single text part."""
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64(raw)
    else:
        body = text
    ct = f'text/{subtype}; charset="{charset}"{extra_ct}'
    return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body

def to_html(text, style, rng):
    paras = text.split("\n\n")
    esc = lambda s: html.escape(s, quote=False).replace("\n", "<br>\n")
    if style == "outlook":
        inner = "\n".join(f'<p class="MsoNormal">{esc(p)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                f'<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        inner = "<div><br></div>".join(f"<div>{esc(p)}</div>" for p in paras)
        return f'<div dir="ltr">{inner}</div>\n'
    font = rng.choice(["Arial", "Verdana", "Comic Sans MS", "Georgia", "Tahoma"])
    colour = rng.choice(["#000000", "#1f3864", "#7030a0", "#c00000", "#222222"])
    inner = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:{font}; color:{colour}; font-size:14px">\n'
            f"{inner}\n</body></html>\n")

# ---------------------------------------------------------------- attachments
def make_docx(title, text, dt):
    def x(s): return html.escape(s, quote=False)
    paras = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{x(title)}</w:t></w:r></w:p>']
    for line in text.split("\n"):
        paras.append(f'<w:p><w:r><w:t xml:space="preserve">{x(line)}</w:t></w:r></w:p>' if line else "<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(paras) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
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
            f'<dc:title>{x(title)}</dc:title><dc:creator>User</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{dt:%Y-%m-%dT%H:%M:00Z}</dcterms:created></cp:coreProperties>')
    return make_zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc),
                     ("docProps/core.xml", core)], dt)

def make_zip(members, dt):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(dt.year, dt.month, dt.day, dt.hour, dt.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return bio.getvalue()

def pdf_esc(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def make_pdf(title, text):
    lines = [title, ""] + wrap_lines(text, 88).split("\n")
    pages = [lines[i:i+56] for i in range(0, len(lines), 56)] or [[""]]
    objs = {}
    n_pages = len(pages)
    kids = []
    for i, pl in enumerate(pages):
        pid, cid = 4 + 2*i, 5 + 2*i
        kids.append(pid)
        stream = b"BT\n/F1 10 Tf\n13 TL\n56 790 Td\n" + b"".join(b"(" + pdf_esc(l) + b") Tj T*\n" for l in pl) + b"ET\n"
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[pid] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)

def fname_from(subject, hint, rng):
    base = hint or re.sub(r"^(re|fw|fwd)\s*:\s*", "", subject, flags=re.I)
    base = re.sub(r"[^A-Za-z0-9 '\-]", "", base).strip()[:40].strip() or "message"
    style = rng.randrange(4)
    if style == 0: return base
    if style == 1: return base.replace(" ", "_")
    if style == 2: return base.lower().replace(" ", "-")
    return base.title()

def attach_part(ctype, filename, data, rng, inline=False):
    disp = "inline" if inline else "attachment"
    fn = filename if is_ascii(filename) else enc_word(filename, rng)
    hdrs = [("Content-Type", f'{ctype}; name="{fn}"'), ("Content-Disposition", f'{disp}; filename="{fn}"'),
            ("Content-Transfer-Encoding", "base64")]
    return hdrs, b64(data).encode("ascii")
# ---------------------------------------------------------------- positives
# (family, direction, subject, note, body[, opts])
POS = [
("luck-chain", "pp", "dont break it!!!!", "pupil good-luck chain with 7 day deadline",
"""hiya!! this is the lucky owl 🦉 he has been going round since 2009 and never been broken

if you send him to 12 people in the next 7 days you will get a text from your crush and good news on a friday. if you send to 5 you get good news but not as much. if you send to nobody you get 7 years of nothing going right

my cousin ignored it and her phone fell down the toilet the SAME day 😭

so send him on. dont be the one that breaks it"""),

("luck-chain", "is", "Fw: The Monks of Kathmandu", "inbound luck chain from a relative with money promise",
"""This came to me from my sister in Leeds and I'm sending it on to you because I think you are a good person.

This prayer tree was started by a monastery in the mountains in 1974 and has gone round the world eleven times. The luck has now been sent to you. You will receive good fortune within four days of receiving this letter, PROVIDED you in turn send it on.

Mrs Delia Farnham of Swindon kept a copy and sent it to 20 friends. Within the week she won £2,000 on a scratchcard. Mr G. of Cardiff threw it in the bin and lost his job that same month. It is not superstition, it simply works.

Do not keep this message. It must leave you within 96 hours. Send 20 copies and see what happens on the fourth day.

Love, Auntie Jan x"""),

("luck-chain", "ss", "a little something for the end of term", "staff-to-staff luck chain framed as positivity",
"""Hi all,

Not normally one for these but it's been a long half term and this made me smile.

This is a Luck Candle. 🕯 It has been lit in 64 countries. Whoever receives it must pass it to 10 colleagues before Friday so the light keeps going. Within a week something you have been waiting for will finally happen. People who let it go out say the following month is the worst they've had.

So - over to you! Pass it on and keep it lit.

Lou"""),

("luck-chain", "ip", "u have been chosen", "inbound anonymous-sounding bad-luck chain to pupil",
"""You have been chosen by the Black Cat.

Read all of this or it counts as ignoring it.

In 2016 a boy called Ryan got this message and laughed. That night his lights flickered and he heard scratching at his window. In the morning his cat was gone and never came back.

To stop the Black Cat visiting you, forward this to 15 people before midnight tomorrow. If you do, you will have luck in your exams. If you dont, he will know.

Sorry i had to send it to u i didnt want him to come to me"""),

("luck-chain", "so", "Fwd: St Jude's four leaf clover", "staff forwards luck chain to personal friends outside",
"""Sending this your way, Bev - you know how my luck's been!

***
This four-leaf clover was found in Ireland by a nun and has been circulating since the 1950s. Do not break the chain. Make 13 copies and send them to the people you love within three days.

- A woman in Dublin sent it on and got an unexpected cheque.
- A teacher in Ohio ignored it and within the week broke her wrist.

It doesn't matter whether you believe. Just send it.
***

x"""),

("luck-chain", "pp", "READ TILL THE END", "pupil chain with demand at start and wish-granting",
"""FORWARD THIS TO 10 PEOPLE IN 10 MINUTES OR U WILL HAVE BAD LUCK FOR 10 YEARS. im not joking it happend to my freind.

ok now make a wish......

done?

now scroll down

.

.

.

.

.

.

if you sent it to 10 people your wish will come true tomoz. if you sent to 3 it will come true in a month. if you sent it to no one it will NEVER come true and you will get the opposite"""),

("luck-chain", "ps", "for Miss :)", "pupil sends a good-luck chain to a teacher",
"""Hi Miss, sorry if this is weird but you said we could email you. My mum said it is lucky.

It is a rainbow chain. Every person who gets it has to send it to 6 people they care about and then your best day happens in the next 6 days. If it stops with you the rainbow goes grey and everyone that sent it before loses there luck. So please send it on Miss!!! 🌈🌈

From Kayla 8RB"""),

("luck-chain", "is", "Something good is on its way to you...", "inbound money-luck chain from an old friend, HTML-friendly styling",
"""Dear friend,

The Money Tree of Fortune has landed in your inbox. 🌳💷

It has been handed from person to person for over thirty years. Everyone who forwards it to 9 friends within 24 hours notices money coming to them from unexpected places: a forgotten refund, a bonus, a win. It has never been known to fail for those who share it promptly.

A gentleman in Harrogate deleted it, saying it was rubbish. Three days later his car failed its MOT and his boiler packed up.

Don't let the tree wither. Nine friends. Twenty four hours.

With warm wishes,
Pauline"""),

# prayer chains
("prayer-chain", "is", "PRAYER REQUEST - PLEASE DO NOT DELETE", "inbound prayer chain with guilt clause",
"""Please do not delete this. Jesus knows if you do.

Dear brothers and sisters, a little girl in Nigeria has been given only weeks to live. Her pastor has asked that a prayer chain circle the earth for her. Every time this is forwarded she receives one more prayer.

Lord, please touch this child with your healing hand. Amen.

Now send this to everyone in your address book. If you are not ashamed of your Lord you will pass it on. If you delete it, ask yourself why you were too embarrassed to share your faith.

God bless you."""),

("prayer-chain", "ss", "Fw: Angel prayer", "staff forwards angel prayer chain internally",
"""Thought of you all when I got this. Xx

An angel has been sent to watch over you. She is now sitting on your shoulder.

Say this little prayer: "Guardian angel, bring peace and healing to everyone I love."

Within the hour, send this to 7 people, including the one who sent it to you. The angel will stay with you and your family for a year. If you keep her to yourself she must return to heaven and the blessing goes with her.

Please don't break it - there are people on this list who really need it."""),

("prayer-chain", "ip", "Pray for this", "inbound prayer chain to pupil with count-the-prayers claim",
"""Pray for this baby. Every share counts as 1 prayer.

This baby was born with her heart outside her body. The doctors said she would not live but her parents say she is a fighter. They said that if this message reaches 1 million people she will get the operation for free.

Amen = 1 prayer
Ignore = you're heartless

Send it to all your contacts and dont stop it."""),

("prayer-chain", "so", "The Blessing Prayer - 4 minutes", "staff outbound prayer chain with timed deadline",
"""Hello ladies,

This was shared in my house group and I felt moved to pass it on.

"Father, I ask You to bless my friends reading this right now. Where there is pain give them peace. Where there is doubt release confidence. Amen."

When you receive this, say the prayer. That is all. Then within four minutes send it to eight people. You will see your biggest problem resolved by Thursday. This is not a joke - it has worked for Joyce twice.

Don't think about it too much, just do it!

Siân"""),

("prayer-chain", "pp", "Jesus loves u", "pupil prayer chain with name list",
"""If you love Jesus put your name at the bottom and send to 12 people. if you dont send it it means you are ashamed of him. my nan says this is real

1. Grace
2. Tia M
3. Daniella
4. Precious
5. Oliwia
6. Jayden
7. Esther O
8.

DONT DELETE ANYONE'S NAME JUST ADD YOURS"""),

("prayer-chain", "is", "Novena - must be sent on", "inbound novena chain with publication demand",
"""This novena to St Anthony has never been known to fail.

Say it for nine days, and on the ninth day your favour will be granted however impossible it seems. You must promise to pass it on - leave 9 copies in a church or send to 9 people - as soon as your favour is granted.

One woman kept a copy for herself and her request went unanswered. When she finally sent it on, her son came home.

St Anthony, pray for us.

Please send within nine days, no later."""),

("prayer-chain", "ss", "Re: the prayer list", "reply-all on staff prayer chain telling everyone to keep it going",
"""Brilliant, thanks Marcia! I've sent it to 10 and added my mum to the list.

Everyone on here - remember the rule is it needs to go to ten more before Sunday or the circle breaks. Just forward it on from here and add your own name at the bottom.

Circle of prayer so far:
Marcia (Lewisham)
Diane (Hove)
Roz (school)
"""),

# virus hoaxes
("virus-hoax", "is", "URGENT!!! VIRUS WARNING - PASS THIS ON", "inbound classic virus hoax naming fake file",
"""PLEASE READ IMMEDIATELY AND FORWARD TO ALL YOUR CONTACTS!!!!

If you receive an email titled "Season's Greetings From Us" do NOT open it. It contains a virus that erases your whole hard drive and steals your passwords. It was announced by Microsoft yesterday and even Norton cannot fix it. This is the worst virus ever and there is NO cure.

It arrives from someone in your address book so you will think it is safe.

Send this to everyone you know. Better to get 25 copies than none."""),

("virus-hoax", "ss", "FW: WARNING - do not accept the Teams invite", "staff forwards fake Teams virus hoax to whole staff",
"""Passing on just in case!! Please be careful everyone.

---
Do not accept any Teams or Zoom invite from someone called "Maria Dawes". It is a hacker who will get into your files and your bank account the minute you click. The police have confirmed it was on the news in Wales. If somebody on your contact list accepts it, you are infected too because the accounts are linked.

Tell all your contacts NOW. Copy this and send it to everyone in your list."""),

("virus-hoax", "pp", "hacker warning!!!!!!", "pupil virus/hacker hoax spread among classmates",
"""DONT ACCEPT A FRIEND REQUEST FROM "xXJakeBlakeXx" on roblox or snapchat he is a hacker and he can see your camera and your address. if one of your friends adds him he hacks you to.

tell everyone in your contacts!!!! copy it and send it dont just forward it or they wont believe u

pls this is serious its been on tiktok"""),

("virus-hoax", "is", "Virus alert from a friend in IT", "inbound hoax claiming IT credentials, instructs deleting a system file",
"""My friend's husband works in IT at a big bank and he says this is genuine.

A virus called "jdbgmgr" sits silently on your computer for 14 days then destroys everything. You have probably already got it because it spreads through address books. To check: search your computer for the file with a little teddy bear icon. If you find it DELETE IT immediately, then empty the recycle bin.

Then email everyone in your address book and tell them to check too, because if you have it, they do. I found it on mine!!"""),

("virus-hoax", "so", "Please read - photo virus", "staff outbound hoax about a WhatsApp/email photo virus",
"""Hi both, sending to all my family and friends as asked.

Apparently a video called "Dancing Pope" is being sent round and it hacks your phone in ten seconds. Also any picture sent with the caption "have you seen this of you?" - don't open. It's on BBC Radio 2 this morning apparently.

They say please send this to as many people as you can.

Sorry if you've already had it x"""),

("virus-hoax", "ip", "dont open the video of the girl crying", "inbound scary virus hoax to pupil",
"""If somebody sends you a video of a girl crying in a room dont watch it. It is a virus and if you watch till the end your phone will get hacked and your photos will be sent to everyone.

A year 9 at my school opened it and now her pics are everywhere.

Send this on to all ur contacts so nobody else opens it. ❌❌❌"""),

("virus-hoax", "ss", "Life is beautiful - don't open", "staff internal hoax with powerpoint title",
"""Everyone please be aware. From my husband's work:

There is a PowerPoint going round called LIFE IS BEAUTIFUL.pps. If you receive it do NOT open it under any circumstances, delete it immediately. If you open it a message comes up "It's too late now, your life is no longer beautiful" and you lose everything on your computer, and the person who sent it gets access to your name, email and password.

AOL confirmed it is the worst ever. Please forward to all your contacts."""),

("virus-hoax", "po", "WARN EVERYONE U KNOW", "pupil outbound hoax about webcam virus",
"""Hey guys this is real!! there is a thing where when u get an email that says "Your free Fortnite skin is here" and u open it, the hackers turn on ur webcam and record u. my brother's friend had it.

copy and paste this to every1 u know. we have to stop it spreading."""),

# scam-warning hoaxes (warning-style chains with a warn-everyone demand)
("scam-warning-hoax", "is", "Fwd: PLEASE WARN YOUR FAMILY - phone scam", "inbound fake phone-scam warning with forward demand",
"""I had this from the Neighbourhood Watch lady and it is worth knowing.

If you get a call from a number starting 0843 and someone asks "can you hear me?" DO NOT say yes. They record you saying "yes" and use it to sign you up to loans and take money out of your account. Just hang up.

A man in our town lost £8,000 this way.

Please pass this to everyone you know, especially older relatives. Copy and forward."""),

("urban-legend", "ss", "FW: Staff car park warning", "staff internal fake car-park scam warning",
"""From Jo in Finance - please read!!

Apparently gangs are leaving a £5 note under the back windscreen wiper of cars in supermarket and school car parks. When you get out to get it, they jump in and drive off with your car - with your bag and keys in it. This has happened in Solihull and Derby this month.

If you see money on your windscreen DRIVE OFF and get it later.

Please forward to all your female colleagues and friends - it could save someone's life."""),

("scam-warning-hoax", "so", "warning about the doorstep charity people", "staff outbound fake doorstep warning",
"""Mum, this was put round at work, please send it to your friends on the close.

Men are going door to door pretending to be from the water board and asking to test the taps. While one of them is upstairs the other one marks your house with a chalk symbol for the burglars to come back. A triangle means a woman living alone. A circle means nothing worth taking.

Please tell everyone you know, print it and put it through doors. The police don't want this going round because they don't want people panicking."""),

("urban-legend", "is", "Re: Sainsbury's car park - warn your daughters", "inbound reply-chain of a stranger-danger hoax",
"""Thank you for this Linda, absolutely terrifying, sending to all my girls now.

> A young woman in Bristol found a leaflet stuck on her driver's window. When she got out to remove it a man grabbed her. Police are saying the leaflets have chloroform on them.
> If you see a paper on your window DO NOT get out. Drive away and remove it later.
> Send this to every woman you know. Don't just read it - share it. It takes 2 seconds and could save a life."""),

("scam-warning-hoax", "pp", "new scam on tiktok", "pupil internal fake scam warning",
"""there is a new thing where people message u saying they are from tiktok and that u won £500 and they need ur password to send it. thats a scam BUT if u reply "no" they hack you anyway cos it activates a code.

tell EVERYONE in year 8 and 9. send this on"""),

("scam-warning-hoax", "is", "Warning about the 'Deliveroo' text - this is real", "inbound delivery-text scam hoax with magic number",
"""To everyone in my contacts -

If you get a text saying your parcel couldn't be delivered and asking you to text back "1" - do not reply. Just by replying they can clone your whole phone within 60 seconds. Ofcom has verified this.

Forward this to EVERYONE you know. I've done my bit."""),

("urban-legend", "ss", "FW: PLEASE READ - perfume samples", "staff internal perfume-sample urban scam warning",
"""Please read - sent round by a friend who is a nurse.

If you are approached in a car park or shopping centre by someone offering you a perfume sample to smell, DO NOT. It's not perfume, it's ether. You pass out and they take your purse, your car, or worse.

Three women in Kent have already gone missing this way.

Please copy and send to all women you know."""),
# sick-child appeals
("sick-child", "is", "please share for little Ellie-May", "inbound fake sick-child appeal, share-for-pennies claim",
"""Hi all,

This is Ellie-May. She is 4 and has a tumour the size of a tennis ball behind her eye. 💔

Her family cannot afford the treatment in America. A large company has promised to donate 10p for every time this email is forwarded. Please take two seconds to send it on. It costs you nothing.

Don't scroll past. She could be your daughter.

Forward to everyone please."""),

("sick-child", "ss", "FW: Amy Bruce", "staff forwards old sick-child hoax",
"""Hi everyone, I know we get a lot of these but this one is genuine, my cousin checked.

Amy is 7 years old and she has lung cancer from second-hand smoke. She also has a large tumour in her brain. The doctors say she will die soon. Her family cannot afford the operation so the Make-A-Wish Foundation has agreed to donate 7 pence every time this is sent.

For those of you who just delete this, you have no heart.

Please send it to all the people on your list."""),

("sick-child", "ip", "share for baby Theo", "inbound sick-baby chain to a pupil",
"""baby theo needs a new heart and his mum said if this gets 50000 shares the hospital will do it for free

every time u send this one pound goes to his family

if u scroll past u are literally so selfish

send to 20 people"""),

("sick-child", "so", "This boy's last wish", "staff outbound sick-child last-wish chain",
"""Sharing this for Callum, as asked.

Callum is 9. He is dying of leukaemia and his final wish is to receive as many emails as possible before Christmas so he knows people care. He wants to get into the record books.

Please forward to everyone on your list and ask them to do the same. Don't break the chain - it's the least we can do for him.

Thanks
Dom"""),

("sick-child", "pp", "PLEASE READ", "pupil internal sick-child chain with curse tail",
"""There is a girl called Lily she is 11 and she has a rare illness where she cant eat. apparently snapchat will give her family 5p for every time this gets sent.

if you don't send this lily will die and it will be your fault

i sent it to 15 people. please send it"""),

("sick-child", "is", "A mother's plea", "inbound mother's-plea chain",
"""My name is Rebecca and my son Joshua is 6. He has a rare form of leukaemia and needs a bone marrow donor within two weeks.

Blood type O negative. If you are O negative please ring the hospital. But even if you aren't, please forward this email to everyone you know. Somewhere out there is Joshua's match.

Don't just delete it - please keep it going. One of your contacts could be the one.

Thank you from the bottom of my heart."""),

# missing-child hoaxes
("missing-child", "is", "MISSING - PLEASE SHARE!!", "inbound fake missing-child alert with no source",
"""MISSING!!! Please, please share this.

A 3 year old girl was taken from outside Asda about an hour ago. She was wearing a pink coat and pink wellies. A man in a white van was seen speeding off.

The police are not doing anything because it's not been 24 hours.

Please send this to everyone you know. The more people see it the more chance she has. I'd rather 100 people sent me this than none."""),

("missing-child", "pp", "missing girl", "pupil internal missing-child hoax",
"""this girl is missing her name is Kerry-Ann she is 13 and from near us. she went missing on her way home from school 2 days ago

her mum is begging everyone to send this to everyone they know

send to ur whole contacts PLS"""),

("missing-child", "ss", "FW: Please forward - missing lad", "staff forwards unverified missing-child plea",
"""This came round from a friend. Don't know the family but worth sharing.

Ethan Morris, aged 12, has been missing since Saturday. Last seen in a grey hoodie near the retail park. His family have no photos on the news because the police haven't released it yet.

Please forward to everyone you know. Even if you don't live near here - he could be anywhere."""),

("missing-child", "is", "Fwd: child trafficking warning - PLEASE READ", "inbound trafficking-style missing child hoax",
"""Please share with all mums!!!!

A lady at IKEA had her little boy go missing for just 3 minutes. Staff shut the doors and found him in the toilets with his hair already cut and dyed and his clothes changed. The traffickers are working in all major stores.

Keep your children close. Send this to every parent you know."""),

("missing-child", "po", "please pass on", "pupil outbound missing-child hoax to relatives",
"""Auntie Sue can you send this to your friends, its really sad

a boy called Mason went missing in the park near Leicester. he was 5. his mum has asked everyone to pass it on even if you dont live there because they think he could have been taken anywhere in the country

pls send it to at least 10 people x"""),

# fake giveaways
("fake-giveaway", "is", "Free flights!!! 2 tickets each", "inbound fake airline giveaway, share-to-enter",
"""I know it sounds fake but I checked it!!! ✈️

British Airways are celebrating their anniversary by giving two free return tickets to anyone in the world. All you have to do is forward this email to 15 friends and the tickets will arrive in your inbox within 48 hours. They track it through an email tracking program.

My friend got hers on Tuesday. Hurry, there are only 3000 pairs!"""),

("fake-giveaway", "pp", "FREE AIRPODS!!!", "pupil fake tech giveaway",
"""Apple are giving away 500 AirPods to celebrate the new iPhone!! you just have to forward this to 10 people and then click the link they send u

i did it and mine are coming on monday

forward it FAST before they run out 🎧🎧🎧"""),

("fake-giveaway", "ss", "FW: Tesco £500 voucher - genuine!", "staff forwards supermarket voucher hoax",
"""Not sure but someone in the office says it's legit!

Tesco are giving away £500 vouchers to the first 2,000 people to share this, as they are celebrating 100 years. Send to 20 colleagues and you'll get a code within a day.

Go go go!!"""),

("fake-giveaway", "is", "Bill Gates is sharing his fortune", "inbound classic email-tracking money hoax",
"""Dear Friends,

Please do not take this for a junk letter. Bill Gates is sharing his fortune. If you ignore this you will repent later. Microsoft and AOL are now the largest internet companies and to make sure that Internet Explorer remains the most widely used program, they are running an e-mail beta test.

When you forward this email to friends, Microsoft can and will track it for a two week period. For every person that you forward this email to, Microsoft will pay you $245. For every person that you sent it to that forwards it on, Microsoft will pay you $243.

I thought this was a scam myself, but two weeks after receiving this email and forwarding it on, I received a cheque for $24,800."""),

("fake-giveaway", "ip", "free robux", "inbound fake game-currency giveaway to pupil",
"""roblox are giving 10000 free robux to anyone who sends this to 20 people!!!! its for there birthday

it works i got mine yesterday

dont tell an adult or it wont count"""),

("fake-giveaway", "so", "Fwd: Cadbury free hamper", "staff outbound fake chocolate giveaway",
"""Haha, here you go girls, no harm trying!

Cadbury are celebrating their anniversary by giving every family a hamper of chocolates worth £50. Just share this with 10 friends and fill in your address on the form.

xx"""),

("fake-giveaway", "pp", "samsung are giving away phones", "pupil internal phone giveaway chain",
"""Samsung are giving 1 free Galaxy to each school in the uk that gets this email to everyone. if it gets to all of year 10 we win. send to ur whole class NOW

i'm not lying my sisters school got one"""),

("fake-giveaway", "is", "Holiday voucher giveaway - share quickly", "inbound travel-company giveaway hoax",
"""Jet2 have had to cancel lots of holidays so they are giving away the spare packages! ☀️

To enter: forward this email to 12 people and reply with your name and the words "done x". Winners announced on Friday.

I've already done mine, good luck!!"""),

# name-list petitions
("name-list-petition", "is", "Petition - add your name and send on", "inbound email petition with name list",
"""Please add your name to the bottom of this list and send it to everyone you know. When it reaches 500 names, send it to petition.animals@example.org.

We are protesting about the cruel treatment of donkeys in holiday resorts. Please don't break the list - if you delete it, all the names are lost.

1. Patricia Norman, Cheltenham
2. Gail Simmonds, Derby
3. Hameed Aziz, Slough
4. Ruth Okafor, Walsall
5. K. Dunbar, Perth
6. Sue White, Poole
7. """),

("name-list-petition", "ss", "FW: Support our troops petition", "staff forwards name-list petition",
"""Please read and sign. Copy the whole message, add your name at the end, and send to all your contacts. If you're number 100 please send a copy to the email at the top.

We want a national day for our armed forces to be made a bank holiday.

71. Ken Pollard
72. Bryony Pollard
73. M Rees
74. Jackie H
75. Graham Swift
76. Tom Yates
77. Faye Yates
78."""),

("name-list-petition", "pp", "save year 8 trip", "pupil name-list petition with send demand",
"""put ur name on it and send it on to everyone we need 300 names to save the trip!!!!

1 Lacey
2 Mo A
3 Ruby P
4 harvey
5 Amira
6

when it gets to 300 whoever is last sends it to the head"""),

("name-list-petition", "is", "Ban the new pet tax - names needed", "inbound name-list petition about fake law",
"""The government wants to introduce a £100 a year tax on every dog and cat. Please add your name below and forward to 10 others.

Do not start a new list - it must keep going as it is.

421. Shirley Pike
422. Alfie Dorsett
423. N. Blackmore
424. Emma & Dave G
425. """),

("name-list-petition", "so", "Fw: Keep Christmas", "staff outbound name-list petition",
"""Please sign, copy and pass this around.

Some councils want to change Christmas to Winterval. Add your name and send it to as many people as you can. When your number ends in 50 send a copy to the address below.

246. Dawn Kitchen
247. Stephen Kitchen
248. """),
# copy-paste status warnings
("copy-paste-status", "ss", "don't share - copy and paste", "staff internal copy-paste status warning",
"""Don't share this, COPY AND PASTE it.

Tomorrow starts the new rule where all your messages and photos can be used by the company. Even messages you've deleted. It's on the news. To stop this you must post the following:

"I do not give permission for my personal data, photos or messages to be used. Any use is strictly forbidden under the Rome Statute."

If you don't copy and paste it, you have agreed to it. Forwarding won't work, it has to be pasted."""),

("copy-paste-status", "pp", "copy and paste dont forward", "pupil copy-paste challenge",
"""ok so im seeing who actually reads my emails. copy and paste this to everyone and change the name to yours. if u just forward it doesnt count

- Lola ✅
- Kai ✅
- Niamh ✅
- 

if u dont do it ur not a true friend and i will know"""),

("copy-paste-status", "is", "I was asked to copy this", "inbound copy-paste-to-see-who-reads message",
"""I'm doing this for a friend who lost her mum to cancer. I know most of you won't copy and paste this, but I'm asking for just one hour. Copy, don't share. I'd like to see who actually reads these. 

Please paste it into a new email to your friends, don't forward. I did it. Will you?"""),

("copy-paste-status", "so", "please copy - message from Facebook", "staff outbound copy-paste hoax",
"""Hello all - as requested, pasted rather than shared:

"Facebook has informed me that from Monday my friends list will be cut to 25 people. I would like to keep in touch with you, so please copy this and paste it into your own message so the algorithm sees we interact."

It only works if you copy it yourself."""),

("copy-paste-status", "ps", "pls sir", "pupil sends copy-paste challenge to teacher",
"""sir my friend said to send this to my teachers to, copy and paste it to all ur teacher friends and dont forward or the count dosent go up. if 20 teachers do it we get no homework for a week

love from ur fav tutor group 9K"""),

# money pyramids / gifting circles
("money-pyramid", "is", "You can turn £10 into £10,000 - completely legal", "inbound classic pyramid letter with name list",
"""THIS REALLY WORKS AND IT IS 100% LEGAL!

Below is a list of four people. Here's what you do:

1. Send £5 in an envelope to the person at number 1 with a note saying "Please add me to your mailing list".
2. Delete name 1, move everyone up one, and put your name at number 4.
3. Send this email to at least 200 people.

1. A. Marsh, 14 Cedar Road, Wolverhampton
2. Lorraine P, 3 Falcon Close, Neath
3. D. Kennedy, Flat 2, 88 Queens Rd, Hull
4. T. Singh, 21 Poplar Ave, Luton

By the time your name reaches number 1, you will have received £5 from thousands of people. I was sceptical too but I got £3,400 in my first month.

Do not break the chain. Honesty makes it work."""),

("money-pyramid", "ss", "Blessing circle - 2 spaces left!", "staff internal gifting circle recruitment",
"""Hi ladies! 🌸

I've just joined a Blessing Loom and there are two spaces left in the Fire position. It's all about women supporting women - you gift £50 to the person in the centre (Water), then you invite 2 friends to gift you, and when you reach the middle you receive £400.

It is NOT a pyramid, it's a circle and everyone gets blessed as long as they bring two people. Please share this with two friends who need a boost this month and message me.

Lucy x"""),

("money-pyramid", "is", "Christmas cash chain", "inbound cash-chain letter",
"""Send £10 to the first name on the list using the account details below. Then take the first name off and add yours at the bottom. Forward to 30 friends.

In 6 weeks you'll have enough for Christmas!!

1. Kerry - sort code 20-**-**, acc ending 4412
2. Sandra - ask me for details
3. Bev P
4. Jen M

It only fails if someone breaks it. Don't be that person."""),

("money-pyramid", "so", "Fw: Money Circle - Flower", "staff outbound flower money chain",
"""Hi Shelley,

You asked about the Flower. Here it is. You put £20 in to the person at the centre, then you bring in 4 new "petals". When your ring reaches the centre you get £640.

The key is we MUST keep passing it on or the flower dies for everyone. Send to anyone you think would be up for it.

Cx"""),

("money-pyramid", "ip", "make money fast 4 teens", "inbound pyramid pitch to a pupil",
"""Want to make £200 before summer??

Send £2 to the first person on the list by PayPal. Put your name at the bottom. Then send this to 10 friends.

1 - @jordz99
2 - @lilz_xo
3 - @ben_tenn
4 - @ruuubyy

When ur at the top everyone sends u money!! its not a scam its maths"""),

("money-pyramid", "is", "Book Exchange Plus - cash version", "inbound cash gifting hybrid",
"""I'm starting the gifting tree. Super easy.

Gift £30 to the person at the top (details below), then pass this on to SIX women. They each gift the person at the top of their list. In 3 weeks you'll receive 36 gifts.

Please don't break it - three of us have already been blessed. Reply with your PayPal and I'll add you."""),

# secret sister / book / recipe exchanges
("gift-exchange", "ss", "Secret Sister gift exchange!", "staff internal secret-sister exchange chain",
"""Hi all! 💝

I'm looking for 6 or more women to join a Secret Sister gift exchange. You only need to buy ONE gift worth £10 and send it to your secret sister, and you will receive 6-36 gifts in return!

Let me know if you are in and I'll send you the info. Please don't ask if you're not going to follow through. Copy this to 6 friends and send them my details.

Kirsty"""),

("gift-exchange", "is", "Book exchange - you'll get 36 books!", "inbound book exchange chain with two names",
"""Hello!

You've been invited into a book exchange! All you need to do is send ONE book to the person at position 1 below (a favourite of yours). Then remove their name, move 2 up to 1, and add your own name at 2. Send this on to 6 friends.

1. Mrs E. Wakefield, 12 Brook Lane, Truro
2. Fatima Nasser, 7 Alder Road, Bolton

You should receive up to 36 books! Please only join if you can commit - it's no fun if someone breaks it. 📚"""),

("gift-exchange", "ip", "recipe swap - just send 1 recipe", "inbound recipe exchange chain to a pupil",
"""Hi hun

I've been asked to be in a recipe exchange. Please send a recipe to the person in number 1 position below, even if it is just toast 😂 It's better to send something quick and easy. 

Then copy this letter, put my name in position 1, your name in position 2, and only the names in positions 1 and 2 show when you send it. Send to 20 friends.

1. Carol Simms
2. Debs (your aunty!)

The turnaround is pretty quick as there are only 2 names - you should get 36 recipes!"""),

("gift-exchange", "pp", "secret santa chain for us", "pupil internal gift exchange chain",
"""Hi!! so there is this secret sister thing going round. you buy one present for under £5 for the person at the top and then send this to 6 girls and u get 36 presents back!!!

1. Maisie 9J
2. Ella 8T

take maisie off, put ella at 1, put u at 2. send to 6 and dont break it 🎁"""),

("gift-exchange", "so", "Wine swap?! 🍷", "staff outbound wine-swap chain",
"""I'm hosting a wine exchange! You only need to buy one bottle (£10-£15) and send it to 1 person. You'll receive between 6 and 36 bottles depending on how many people join.

Let me know if you want in and I'll send you the address. Please pass to anyone who might like it.

Nic x"""),

("gift-exchange", "ss", "Mug exchange - staff edition", "staff internal mug exchange chain",
"""I'm in a Secret Mug swap. ☕ Buy ONE mug and post it to the name I give you. Then pass this on to six friends.

Everyone who joins gets up to 36 mugs back!! Takes 10 seconds, please don't break it - I've promised I'd get 6 of you.

Anyone?"""),
# friendship / love chains
("friendship-chain", "pp", "ur a true friend 💕", "pupil friendship chain with scoring",
"""a true friend is someone who knows ur weird and stays anyway 💕

send this to 10 true friends including me. if u get 3 back ur loved, if u get 5 back ur really loved, if u get 10 back ur the best friend ever

if u dont send it u will lose ur best friend in the next month"""),

("friendship-chain", "ss", "FW: Friends are angels", "staff internal friendship chain poem",
"""Friends are angels who lift us to our feet
When our wings have trouble remembering how to fly.

You are one of mine. Send this to all the friends who make your life better - and back to me if I'm one of yours! If you get 4 back, you're blessed.

Don't keep it to yourself, the world needs more of it."""),

("friendship-chain", "ip", "your crush will ask u out", "inbound love chain to pupil with crush promise",
"""Say your crush's name out loud 3 times.

Now think of a number between 1 and 10.

Send this to that many people. On the 5th day your crush will ask u out. If u break it your crush will start dating your best friend.

dont laugh it worked for my sister"""),

("friendship-chain", "is", "For all my special friends", "inbound women's friendship chain",
"""This is for all my wonderful women friends.

A smile can last a second, but the memory lasts a lifetime. Send this to 12 special women in your life. You'll get a lovely surprise within three days. If you don't send it on you will have sadness for a year - I don't want that for you!

Much love
Maureen xx"""),

("friendship-chain", "pp", "the heart chain", "pupil heart chain",
"""❤️ if u get this u r loved
🧡 send it to every1 u love
💛 including the person who sent it
💚 if u get 5 back ur popular
💙 if u get 0 back no one loves u
💜 dont break it

love u all"""),

("friendship-chain", "so", "Friendship tea light", "staff outbound friendship chain to family",
"""Dear Mum and Carol,

A friend sent me this lovely thought. Imagine lighting a tea light for each person who has made a difference. You're two of mine.

The idea is to pass the light to 5 people you're grateful for within a day, otherwise the flame goes out for everyone who passed it before you. I know it's silly but humour me 😊

Love Bex"""),

("friendship-chain", "po", "you and me", "pupil outbound love chain to friend at another school",
"""hey so this is a kissing chain 😘 read it then send it to 15 people. tomorrow the person you like will tell you they like you back. if you dont send it you will get dumped or ignored by ur crush for a whole year

already did mine, 15 done"""),

# pupil dares, curses, ghost stories with a send-on demand
("pupil-curse", "pp", "Mary Jane", "pupil ghost-story chain curse",
"""Hi my name is Mary Jane. I am 12. I died in 2007 when someone pushed me in a river at a sleepover. Nobody ever found who did it.

Now you have read this I know where you live.

Send this to 15 people in the next hour or I will be standing at the end of your bed tonight at 3am. A girl called Chloe didn't send it. They found her bed empty with water on the floor.

If you send it I will leave you alone forever."""),

("pupil-curse", "pp", "dare", "pupil dare chain",
"""this is a dare chain

i dare u to send this to 8 people. if u dont u have to say "i love mr hodges" in his lesson tomorrow

ha ha no backing out, the chain knows"""),

("pupil-curse", "pp", "DONT READ AT NIGHT", "pupil curse chain with midnight deadline",
"""DO NOT READ THIS AT NIGHT

there was a boy called Lucas who lived by himself with his dad. one night he got this email and didnt send it. at 12:00 he heard a knock on his bedroom door. his dad was asleep. when he opened it nobody was there but his mirror said "you should of sent it"

SEND THIS TO 20 PEOPLE BEFORE 12:00 TONIGHT OR YOU WILL HEAR THE KNOCK

i am sorry i had to send it"""),

("pupil-curse", "ps", "is this real?? (don't be mad)", "pupil sends curse chain on to teacher with demand intact",
"""hi Mr Osei, sorry i know this is silly but i'm scared so i'm sending it to u as well. u have to send it to 5 people or the shadow girl comes.

"I am the shadow girl. I was trapped in a phone. If you read this you have to send me on. 5 people in 5 minutes or I come out of yours."

please send it sir 😟"""),

("pupil-curse", "po", "momo is real", "pupil outbound 'challenge' hoax with send demand",
"""momo is real and she gets into your phone at night. if you dont send this to 10 ppl she will call you at 3am. if u answer u have to do what she says.

send it to ur cousins and everyone cos she is in the uk now. i'm not joking"""),

("pupil-curse", "pp", "i'm sorry", "pupil curse with apology opener",
"""im sorry I had to do this but I dont want to die

This is the Teddy Girl. If you dont send this to 10 people, tonight when you go to sleep she will be sitting on your bed holding your teddy. She will stare at you and in the morning your teddy will have one eye.

10 people 10 minutes go

(in case u think its fake my mates teddy actually lost an eye)"""),

("pupil-curse", "ip", "ur next", "inbound curse chain to a pupil from outside address",
"""this girl called Anna got killed by her step dad and now her ghost goes round the internet looking for people who dont care about her.

if u dont forward this to 13 people she will find u. she found a boy in Manchester and he was never seen again.

reply "i care" and send it on"""),

("pupil-curse", "pp", "the floor is lava chain", "pupil playful dare chain",
"""THE FLOOR IS LAVA CHAIN 🔥

u have 30 secs to stand on a chair. if u didnt, ur out.

now send this to 6 ppl or ur chair turns to lava tomorrow during maths. no one has survived breaking this

hehehe"""),

("pupil-curse", "pp", "Fwd: Fwd: Fwd: dont delete", "pupil multiple-forward curse chain",
"""do not delete this, it has been forwarded 84 times

if u delete this your mum will die in 5 days. i know its horrible but a boy called Tyler deleted it and 5 days later his mum had a car crash

send to 10 people to stop it"""),

# fake school notices
("fake-school-notice", "pp", "SCHOOL SHUT TOMORROW!!!", "pupil-circulated fake closure notice",
"""The head has sent this to all parents. School will be CLOSED tomorrow because of a gas leak in the science block.

Do not come in. Send this to everyone in your year so nobody turns up.

(my mum got the text)"""),

("fake-school-notice", "pp", "NEW RULE from monday", "pupil fake rule notice with pass-on demand",
"""from monday the school are banning all phones completely and if they see it they will keep it till the end of the YEAR. they will also be checking bags at the gate.

pass this on to everyone so they know. the teachers arent allowed to tell us till friday"""),

("fake-school-notice", "is", "Fw: message from the school - please read", "inbound to staff: parent forwards fake notice circulating in parent groups",
"""Hi, is this true? It's being shared in the Year 7 parents' chat.

"Dear Parents, due to new government guidance, all pupils must bring a photo ID on Monday or they will not be allowed into the exam hall. Please share this with all parents in your child's year."

It says to send it to everyone so I'm passing it on."""),

("fake-school-notice", "ss", "FW: free school meals for all - pass on", "staff internal fake free-meals notice chain",
"""Hi all,

Someone in the parents' WhatsApp sent this - apparently from Tuesday every child in the county gets free school dinners and parents need to email the council with their child's name to claim. Please send this to all the parents you know so they don't miss out.

Anyone know if it's real? Sending on anyway."""),

("fake-school-notice", "pp", "non uniform friday!!", "pupil fake non-uniform day chain",
"""it's non uniform this friday for charity!!! no need to bring money

send to ur whole form and other forms. the more people who send it the more official it is lol"""),

("fake-school-notice", "ps", "miss did u get this", "pupil forwards fake no-homework notice to teacher",
"""miss my friend sent me this:

"IMPORTANT: The government have said that from next week schools are not allowed to set homework to year 8 or 9. Send this to every teacher you know so they know the law. If they give you homework they could be fined."

so no homework pls 😇 i have to send it to 5 teachers sorry"""),
# urban legends
("urban-legend", "is", "Needles in cinema seats - be careful", "inbound needle urban legend",
"""Please read and pass on to everyone you know.

A woman sat down in a cinema seat in Birmingham and felt a sharp prick. When she stood up there was a needle stuck in the seat with a note: "Welcome to the world of HIV". This has now happened in Manchester and Glasgow too, and at petrol pump handles.

Always check your seat. Please send this to all your loved ones - the police say it's too widespread to warn everyone themselves."""),

("urban-legend", "ss", "FW: Don't use your phone at the petrol station", "staff internal petrol-station phone legend",
"""Sent to me by a friend in the fire service - please forward to family and friends!!

A man was using his mobile while filling his car and a spark from the phone set the fumes alight. He was badly burned. Shell have confirmed there have been 4 fires this year caused like this.

Also NEVER get back into your car while fuelling - static.

Please pass this on to everyone you know."""),

("urban-legend", "is", "The shopping trolley warning", "inbound trolley-theft legend",
"""Warning for ladies: new trick in supermarket car parks!

When you put your shopping in the car and take the trolley back, someone slips into the passenger side and hides in the back. Always check your back seat!!

One woman in Reading drove home with a man in the back. The only reason she survived was the car behind flashing their lights at her.

Forward to all the women you care about."""),

("urban-legend", "so", "Kidney thieves - please pass on", "staff outbound kidney-theft legend",
"""Hi Rich, I know you're going to Prague next month so please read and forward to the lads.

A group of men were out in Prague when one of them was offered a drink by a stranger. He woke up the next day in a bath of ice with a note saying "Call 112 or you will die". His kidneys had been taken.

This is happening all over Europe now. Pass it on to anyone travelling."""),

("urban-legend", "pp", "the clown", "pupil creepy-clown sighting legend with pass-on",
"""there is a clown hiding in the woods behind the leisure centre. he chases kids and has a knife. my brothers friend saw him last night

tell everyone so nobody walks that way. send it to everyone in ur contacts"""),

# privacy hoaxes
("privacy-hoax", "is", "Facebook will start charging - read this", "inbound Facebook-will-charge hoax",
"""It's official. It was even on the news. Facebook will start charging £4.99 a month from next Monday. To keep your account free, paste this message into an email and send it to at least 10 people. Your account will then be marked as a founding member and stay free.

If you don't do this, your account will be changed to a paid one automatically.

This has been confirmed by Sky News."""),

("privacy-hoax", "ss", "WhatsApp going paid", "staff internal WhatsApp-charging hoax",
"""Hi team - this came through on the family group. 

"Hi, I'm David Morrison, WhatsApp director. Tomorrow at 6pm WhatsApp will start charging. If you have at least 10 contacts send this to them and your logo will turn blue, indicating you are a frequent user. If you don't, WhatsApp will charge you £0.37 a message."

I'm forwarding just in case!"""),

("privacy-hoax", "pp", "instagram new rule", "pupil Instagram privacy hoax",
"""deadline today!!! instagram is going to make all your deleted photos public tomorrow. to stop it copy this into an email and send it to 15 people

"I do not give instagram or anyone permission to use my pictures, information or messages"

if u dont they will be visible to everyone. its on the news"""),

("privacy-hoax", "so", "Re: hotmail account closing", "staff outbound Hotmail account-closure hoax",
"""Thanks Jean, just forwarded to everyone!

> Hotmail is overloaded and will delete accounts that aren't being used. To show you are an active user, forward this to every person in your contacts. If you do not forward it, we will take it that you are not using your account and it will be deleted.
> Signed, The Hotmail Team"""),

("privacy-hoax", "is", "Your Outlook account - 10 friends needed", "inbound email-provider chain",
"""Dear valued user,

Due to an increase in inactive accounts, Outlook will be removing email addresses that are not in regular use. To keep your email address, forward this message to 10 people. Your account will then be flagged as active.

Please do this within 3 days.

Microsoft Support Team"""),

# fake government / bank warnings with forward demand
("fake-official-warning", "is", "HMRC warning - tell your friends", "inbound fake HMRC warning chain",
"""Important message from HMRC.

From 1st April anyone who receives more than £100 into their account from a friend will be taxed 40% on it. This includes birthday money and payments for selling old things online. HMRC have been given new powers to look into everyone's bank.

The newspapers won't report this so please share with everyone you know."""),

("fake-official-warning", "ss", "FW: message from Barclays security", "staff internal fake bank-security chain",
"""From my brother-in-law who works at Barclays, please read.

Barclays, Lloyds, HSBC and Santander have all warned that fraudsters are taking money using contactless cards from inside your bag. Wrap your card in tin foil. The banks won't refund you if it happens.

The banks have asked that this is shared with as many people as possible. Please forward to all your contacts."""),

("fake-official-warning", "is", "POLICE WARNING - pass this on", "inbound fake police chain, no force named",
"""POLICE WARNING!!!!

Please be aware there is a gang of men in a black Audi pretending to be plain-clothes police. They stop lone women drivers and ask to see their licence. DO NOT stop - put your hazards on and drive to a petrol station. Real police won't mind.

This has come from a sergeant in the Met. Forward to all the women you know."""),

("fake-official-warning", "so", "DVLA new law from tomorrow", "staff outbound fake DVLA law chain",
"""Hi all, please make sure everyone knows:

From tomorrow it is illegal to drive with your phone anywhere in the car unless it's in the glovebox. £1,000 fine and 6 points, and they're doing spot checks. DVLA haven't publicised it.

Please tell everyone you know - forward this on to all the drivers you know."""),

("fake-official-warning", "ip", "message from the government", "inbound fake government chain to pupil",
"""the government have said that from next month anyone under 16 who plays video games after 9pm will be banned from online games and their parents fined.

forward this to 10 people so everyone knows before its too late"""),

("fake-official-warning", "is", "NHS warning about new virus - forward now", "inbound fake NHS health warning chain",
"""An NHS doctor has confirmed there is a new virus on the way that spreads through dry throats. Drink warm water every 15 minutes to wash it into your stomach where the acid kills it.

Please send this to your family and friends. Everyone should know. Do not keep it to yourself."""),

("luck-chain", "pp", "CHAIN LETTER (dont ignore)", "pupil chain letter with self-labelling and threat in P.S.",
"""hi this is a chain letter.

i wasnt going to send it but my mate said it actually works. so now you have it. basically you get something good on your birthday if you keep it going. thats it.

love from Summer

P.S. you have to send it to 9 people today or you get 9 years of bad luck. sorry x"""),
]
# ---------------------------------------------------------------- negatives
NEG = [
# genuine LA / police safety alerts
("la-safety-alert", "is", "Safeguarding alert: approach to pupils near Fernhill Road", "inbound genuine LA safeguarding alert asking schools to inform parents",
"""Dear Headteacher,

Westmere Police have asked us to share the following with all schools in the Fernhill and Abbotsmead area.

On Tuesday 14 October at about 15:40, a Year 6 pupil walking home along Fernhill Road was approached by a man in a silver hatchback who offered her a lift. She refused and told her parent, who reported it straight away. Officers are making enquiries and patrols near schools have been increased this week.

We would be grateful if you could include a short, calm message to parents in your usual communication, reminding them to talk to children about walking home in pairs and not accepting lifts. A suggested paragraph is below; please adapt it as you see fit.

Any information should be reported to police on 101 quoting reference WP-25-118402, not to the local authority.

Kind regards

Angela Ferris
Education Safeguarding Lead
Westmere County Council""", {"frm": ("Angela Ferris", "angela.ferris@westmere.gov.example")}),

("la-safety-alert", "is", "Trading Standards: counterfeit vapes seized in the area", "inbound trading standards alert for schools",
"""To: Headteachers and DSLs, secondary and special schools

Trading Standards officers have seized a quantity of counterfeit vapes from two shops in the town centre. Testing found some contained far more nicotine than the legal limit and one batch contained THC.

What we are asking of schools:
- share the attached parent information sheet through your normal channels this week
- report any incidents to your named Trading Standards contact

This is a one-off notification. There is no need to send it on beyond your own school community.

Westmere Trading Standards""", {"frm": ("Westmere Trading Standards", "tradingstandards@westmere.gov.example")}),

("la-safety-alert", "is", "Police update - incident near Kingsway, no ongoing risk", "inbound police community update, tells school no need to forward widely",
"""Good afternoon,

Following reports circulating on social media about a man "trying to snatch children" on Kingsway this morning, we can confirm that officers attended and spoke to the man concerned. He was a delivery driver asking for directions. There is no ongoing risk.

We would ask schools, if parents raise it, to reassure them and discourage the sharing of unverified posts. Please do not forward the social media posts themselves.

PC 4471 Dan Whitlock
Neighbourhood Policing Team, Westmere South""", {"frm": ("Dan Whitlock", "dan.whitlock@westmere.police.example")}),

("la-safety-alert", "ss", "FW: LA alert - please add to Friday bulletin", "staff forwards genuine LA alert to comms officer",
"""Hi Priya,

Could you add a short version of the note below to Friday's parent bulletin please? Just the two bullet points, not the whole email. I've checked with the LA that it's fine to share.

Thanks, Rachel

-----
From: Education Safeguarding Team
Subject: Reminder - water safety during the warm spell

With the warm weather forecast to continue, the fire service has asked schools to remind families of the dangers of open water, particularly the quarry at Hollins Edge and the canal basin.
- Cold water shock can affect strong swimmers
- Children should never swim in open water without an adult

Thank you for your support."""),

("la-safety-alert", "is", "Urgent: power cut affecting schools in NE Westmere", "inbound council operational alert",
"""Dear colleagues,

Western Power have told us there will be a planned outage between 08:00 and 12:00 on Thursday affecting schools with postcodes WM7 and WM8. A list of affected schools is attached.

Please make your own decision about opening and let parents know through your usual systems. The Local Authority does not need a reply unless you intend to close.

Schools Operations Team
Westmere County Council""", {"frm": ("Schools Operations", "schools.ops@westmere.gov.example")}),

("la-safety-alert", "is", "Online safety alert: 'blackout' challenge", "inbound LA online-safety briefing, explicitly says don't share the video",
"""Dear DSLs,

We have had reports from two schools of pupils discussing a dangerous online challenge. We are sending this so that you are prepared, not to alarm anyone.

Our advice, in line with the UK Council for Internet Safety:
- Do not name the challenge to pupils or share screenshots or videos; this tends to spread it.
- Focus on general messages about online pressure and telling a trusted adult.
- If you wish to update parents, please use the template letter on the Safeguarding Hub rather than forwarding this email.

Kind regards,
Marcus Obi
Online Safety Adviser""", {"frm": ("Marcus Obi", "marcus.obi@westmere.gov.example")}),

("la-safety-alert", "ss", "Note for tutors: scooter thefts", "DSL internal note to tutors based on police info",
"""Dear Tutors,

The local police team have let us know about several thefts of e-scooters and bikes near the leisure centre after school. Please mention it briefly in tomorrow's tutor time and remind pupils that bikes must be locked in the cage.

There's no need to send anything to parents - Mrs Grant is covering it in the newsletter.

Thanks,
Tom (DSL)"""),

("la-safety-alert", "so", "Re: dog on the school field", "staff outbound reply to a council officer about a real incident",
"""Hi Gemma,

Thanks for your quick response. We've informed parents of the two children involved directly and let the rest of the school community know via the weekly letter that the council is dealing with it. We haven't shared any names.

Could you let me know once the fencing repair is booked?

Best wishes,
Jon Pearce
Business Manager"""),

# school cascades / phone trees
("school-cascade", "ss", "Snow closure cascade - please check your list", "staff internal phone-tree instructions",
"""Morning all,

Ahead of this week's weather warning, a reminder of the closure cascade:

1. The Head decides by 06:30 and texts SLT.
2. Each SLT member phones the five staff on their list (attached).
3. Those staff do not phone anyone else - the Office updates the website and sends the parent text.

Please check your number on the attached sheet and let Karen know if it's wrong. Do not forward the sheet to personal accounts, as it contains phone numbers.

Thanks
Simon"""),

("school-cascade", "sp", "Sports day moved to Friday", "staff to pupils: tell your parents",
"""Hi 7C,

Because of the forecast, Sports Day has moved from Wednesday to Friday. Your parents are getting a text from the office this afternoon, but please tell them tonight too.

Bring your PE kit on Friday as normal.

Mr Dhillon"""),

("school-cascade", "is", "PTA class reps - message for your class WhatsApp", "inbound PTA chair asks class reps to post message",
"""Hi class reps,

Could you each post the message below into your class WhatsApp group please? It's just the one message - no need for parents to pass it on.

"The Christmas Fair is on Saturday 6 December, 11-2. We need donations for the tombola by Wednesday 3rd - please send them in a bag marked TOMBOLA. Thank you!"

Thanks so much,
Harriet (PTA chair)""", {"frm": ("Harriet Lowe", "harriet.lowe@btinternet.example")}),

("school-cascade", "ss", "FW: Cover for Thursday - pass to your department", "staff cascade of cover info to heads of department",
"""Heads of Department,

Please pass the following to your teams: due to the training day at the MAT, Thursday periods 3-5 will be covered by supply staff. Set work should be on Teams by Wednesday 4pm.

Thanks,
Julie Marsh
Cover Manager"""),

("school-cascade", "so", "Trip return time - please let other parents know", "staff outbound to parent group lead about trip delay",
"""Dear Mrs Adeyemi,

As the Year 8 parent rep, could you let the other parents in the group chat know that the coach from the Science Museum is running about 45 minutes late due to traffic on the M1? We now expect to arrive back at school at about 5:15pm.

We have also sent a text to all parents via the school system.

Many thanks,
Mr A. Nowak
Trip Leader""", {"cc_head": True}),

("school-cascade", "ss", "Lockdown drill - cascade roles", "staff internal lockdown procedure cascade",
"""Dear all,

We will run an unannounced lockdown drill later this half term. Please re-read the procedure in the staff handbook, section 4.

Each Head of Year will cascade the signal to their corridor. Please don't tell pupils the date.

Regards,
Deputy Head"""),

("school-cascade", "ps", "message for the class from Mrs Hart", "pupil passes on teacher's message to teacher as requested",
"""Hi Miss,

Mrs Hart asked me to tell everyone in the debate club that the meeting is moved to Tuesday lunchtime in room 14. I have told everyone in person except the year 10s. Could you tell them at registration?

Thanks,
Ayesha"""),

# newsletters / "please share with families"
("newsletter", "is", "Westmere Libraries: half-term events - please share with families", "inbound library newsletter, please share with families",
"""Hello schools!

Our half-term programme is out. Please feel free to share the attached poster with your families.

- Lego Club, Tuesday 10:30 - all ages
- Author visit: Joanna Reece, Wednesday 2pm
- Comic drawing workshop, Thursday (age 9+), booking required

All free. Booking on our website.

Best wishes,
Westmere Libraries Outreach""", {"frm": ("Westmere Libraries", "outreach@westmerelibraries.example"), "att": "poster"}),

("newsletter", "so", "Weekly letter to parents - week 9", "staff outbound weekly newsletter with share request",
"""Dear Parents and Carers,

What a busy week! Year 5 visited the Roman fort, our netball team reached the county semi-final and Reception planted their bulb garden.

Dates for your diary
- Thu 20 Nov: Flu vaccinations
- Fri 28 Nov: Children in Need - wear something spotty
- Tue 2 Dec: Nativity dress rehearsal

If you know a family looking for a Reception place for next September, please do share our open morning details - tours run every Tuesday at 9:30.

With best wishes,
Mrs D. Hollis
Headteacher""", {"cc_head": True}),

("newsletter", "is", "Healthy Schools bulletin - autumn", "inbound health bulletin",
"""Dear colleagues,

Welcome to the autumn Healthy Schools bulletin. In this edition:

* new free PSHE resources on sleep
* the school nursing drop-in timetable
* a reminder about the dental health survey for Year 6

Please share the parent section (page 3) with families in your usual newsletter.

Healthy Schools Team""", {"frm": ("Healthy Schools Team", "healthyschools@westmere.gov.example"), "att": "bulletin"}),

("newsletter", "ss", "Staff bulletin 14", "internal staff bulletin",
"""STAFF BULLETIN

Well done to the Year 11 team for a smooth mocks week.

Reminders:
- Reports window closes Monday 5pm
- Please forward any parent queries about mocks to Mr Baines rather than replying directly
- The staff room fridge will be cleared on Friday!

Have a good weekend."""),

("newsletter", "is", "Scout group open evening - share with pupils?", "inbound community group newsletter asking to share",
"""Hello,

3rd Westmere Scouts are holding an open evening for new Cubs and Scouts (age 8-14) on Thursday 23 October, 6:30-8pm at the Scout Hut on Mill Lane.

We'd be very grateful if you could mention it in your newsletter or pass the attached flyer to families. We have around 12 places.

Yours,
Dave Pritchard
Group Scout Leader""", {"frm": ("Dave Pritchard", "gsl@3rdwestmerescouts.example"), "att": "flyer"}),

("newsletter", "sp", "Year 10 news - careers fair", "staff to pupils year newsletter",
"""Hi Year 10,

The careers fair is on Thursday in the sports hall. 22 employers and colleges are coming, including the hospital, the fire service and two engineering firms.

Please tell your parents - they are very welcome to come along from 4pm.

Ms Kowalczyk
Head of Year 10"""),

("newsletter", "is", "Dance school summer showcase", "inbound dance school flyer for families",
"""Hi there,

We're holding our summer showcase at the Arts Centre on 12 July and would love your pupils' families to come. Tickets £6 / £4 children.

If it's not against your policy, we'd be grateful if you could share the poster with families. If not, no problem at all.

Thank you,
Kerry, Step Up Dance""", {"frm": ("Step Up Dance", "hello@stepupdance.example")}),

# missing pet / lost property
("lost-found", "ss", "Lost: navy North Face coat, staff room", "staff lost-property notice",
"""Hi all,

Has anyone seen a navy North Face coat left in the staff room on Tuesday? My car keys are in the pocket 🙈

If you spot it please let me know or leave it with reception.

Thanks!
Anna (English)"""),

("lost-found", "pp", "lost my calculator", "pupil lost item message",
"""has anyone got my calculator?? its a casio with my name on the back in sharpie. i think i left it in maths room 12 on monday. i need it for the test on friday

thanks
Ollie"""),

("lost-found", "is", "Missing cat - Ashdown Close", "inbound genuine missing-pet notice from neighbour",
"""Dear School,

Sorry to trouble you. Our cat Biscuit (ginger, white paws, blue collar) has been missing since Saturday from Ashdown Close, right behind your playing field. Could your site team have a quick look in the sheds or the boiler room?

My number is on the attached poster. If you're able to put it on the noticeboard that would be wonderful, but please don't worry if not.

Many thanks,
Gill Saunders""", {"frm": ("Gill Saunders", "gill.saunders@sky.example"), "att": "poster"}),

("lost-found", "sp", "Found: water bottles and PE kit", "staff to pupils lost property round-up",
"""Hello everyone,

Lost property is overflowing again! We have 14 water bottles, 6 PE tops and a pair of trainers (size 5, white). Everything unnamed will go to the charity shop at half term.

Have a look at the table outside the PE office at lunch.

Mrs Booth"""),

("lost-found", "ps", "my dog is lost", "pupil emails teacher about their missing dog",
"""Hi Miss Quinn,

Sorry I wasn't in registration today. Our dog Pepper got out last night and we were looking for her this morning. She is a black cockapoo. Mum has put it on the local lost dogs page.

If anyone in the class sees her could you let me know? I'll be in period 2.

Thanks
Isla"""),

("lost-found", "is", "Lost purse found - is it one of your staff?", "inbound shop finds staff purse",
"""Hello,

A purse was handed in at our shop this morning with a library card from your school in it (name: A. Trent). We'll keep it behind the counter until Friday.

Kind regards,
Corner Shop Manager, Station Road""", {"frm": ("Station Road Stores", "stationroadstores@talktalk.example")}),

("lost-found", "ss", "Missing tortoise (really)", "staff internal light-hearted lost science tortoise",
"""Hi all,

Shelly, the Year 7 science tortoise, was last seen heading for the radiator in S3 during period 4. If you find her, please take her back to S3 - she's harmless but slow.

Thanks,
Science Dept"""),
# charity events
("charity-event", "is", "Macmillan coffee morning - can your pupils help?", "inbound charity coffee morning invitation",
"""Hello,

We're holding our annual coffee morning at St Luke's Hall on Friday 26 September from 10am. Last year we raised £640 for Macmillan.

Would any of your Year 10 pupils be able to help serve as part of their volunteering hours? Please let me know by the 19th.

Warmly,
Sheila Dunmore
St Luke's Friendship Group""", {"frm": ("Sheila Dunmore", "sheila.dunmore@btinternet.example")}),

("charity-event", "ss", "Children in Need - bake sale rota", "staff internal bake sale rota",
"""Hi team,

Bake sale for Children in Need is Friday break and lunch. Rota attached - please swap with someone directly if you can't make your slot.

All money to Lorna in the office by 3pm please.

Cakes welcome!! 🍰"""),

("charity-event", "so", "Fun run sponsorship - thank you", "staff outbound thanks to sponsors",
"""Dear friends,

Thank you so much to everyone who sponsored me for the Westmere 10k last weekend. I finished in 58 minutes (a personal best!) and we raised £1,130 for the children's hospice.

The JustGiving page is open for another week if anyone still wants to donate, but absolutely no pressure.

With thanks,
Cath"""),

("charity-event", "sp", "Sponsored silence - forms", "staff to pupils: sponsored silence forms",
"""Hi 9L,

Sponsor forms for the sponsored silence are attached and paper copies are in the form room. Please only ask family and people you know - no door-to-door collecting.

Money in by 14 March.

Mr Hale"""),

("charity-event", "is", "Thank you from the food bank", "inbound thanks from food bank",
"""Dear staff and pupils,

A heartfelt thank you for the 43 crates of food you collected for our harvest appeal. This will help around 120 local families this month.

If you'd like to share this thank-you with your families, please do.

Best wishes,
Westmere Food Bank""", {"frm": ("Westmere Food Bank", "info@westmerefoodbank.example")}),

("charity-event", "pp", "are u doing the sponsored walk", "pupil internal chat about charity walk",
"""are u doing the sponsored walk on saturday? my mum says she can drive us. i have 8 sponsors so far lol mostly my nan

let me know by tonight so she knows how many seats"""),

# staff forwarding ordinary email
("staff-forward", "ss", "FW: Room booking for parents' evening", "staff forwards room booking confirmation",
"""FYI - booking confirmed for the hall. Can you set up the tables on the day?

________________________________
From: Facilities
Sent: 03 November 2025 10:12
Subject: Room booking confirmation

Your booking for Main Hall, Thursday 13 November 15:30-19:30 is confirmed. Please return the hall to its normal layout afterwards."""),

("staff-forward", "ss", "Fwd: Exam board update", "staff forwards exam board note to department",
"""See below from the board - please read before Thursday's meeting.

---------- Forwarded message ---------
From: AQA Centre Services
Subject: Update to NEA deadlines

The deadline for submission of marks has moved to 15 May. Sample requests will be issued on 16 May. Please ensure candidate record forms are signed."""),

("staff-forward", "so", "FW: invoice 4417", "staff outbound forwards invoice query to supplier",
"""Hi Mark,

Forwarding the query from our finance office below. Could you resend with the PO number?

Thanks,
Liz

-----Original Message-----
From: Finance Office
Subject: invoice 4417

We can't process this invoice without a purchase order number. Please ask the supplier to reissue."""),

("staff-forward", "ss", "FW: Training - Thursday twilight", "staff forwards CPD twilight details",
"""Passing this on as mentioned in briefing. Worth going if you're new to the EHCP process.

-----
Twilight session: Understanding EHCPs
Thursday 4pm, Library
Led by the SENCo. Drinks and biscuits provided."""),

("staff-forward", "so", "Fwd: Parent query - homework club", "staff outbound forwards query to club provider",
"""Hi Sam,

A parent has asked the below - could you reply to them directly? I've copied the Head as per our policy.

Thanks,
Noor

---------- Forwarded message ---------
Is the after-school homework club running next term and is there a cost? My son would like to join on Tuesdays.""", {"cc_head": True}),

("staff-forward", "ss", "Fw: Minibus availability", "staff forwards minibus availability",
"""Forwarding - looks like the minibus is free on the 18th after all.

> The minibus is now available on 18 June from 8am. Please book through the usual form and make sure the driver has a valid D1 check."""),

("staff-forward", "ss", "FW: FW: FW: catering for governors meeting", "multiple-forward ordinary admin thread",
"""Sorry - this got lost in my inbox! Can you confirm numbers with catering?

-----Original Message-----
From: Catering
Subject: FW: FW: catering for governors meeting

We need final numbers by Monday. Sandwiches for 14 as before?

-----Original Message-----
From: Clerk to Governors
Subject: FW: catering for governors meeting

Please can we have sandwiches and tea for the meeting on the 22nd. 14 attending."""),

("staff-forward", "ss", "FW: the thing from Dave", "casual internal forward",
"""Here's that spreadsheet template Dave made for tracking reading ages. Copy it into your own folder rather than editing the master.

Ta, K"""),

# teachers discussing hoaxes / chain letters
("hoax-discussion", "ss", "Chain message going round Year 7", "head of year warns tutors about chain message without reproducing it",
"""Dear Year 7 tutors,

A couple of pupils came to me upset about a "curse" message going round that tells them something bad will happen if they don't send it on. Please could you reassure your forms tomorrow that these messages are made up, that nothing will happen, and that they should not send it on but show a trusted adult and delete it.

I'm not circulating the message itself - no need to read it out.

Thanks,
Mrs Ibe
Head of Year 7"""),

("hoax-discussion", "sp", "PSHE: chain letters and hoaxes lesson", "staff to pupils lesson instructions on spotting hoaxes",
"""Hi 8F,

For Thursday's PSHE lesson we're looking at online hoaxes and chain messages. Before the lesson, think about:

1. Why do chain messages often have a deadline or a threat?
2. How could you check whether a warning is real?
3. Who would you tell if a message scared you?

There's no need to bring examples in - I'll provide some made-up ones in class.

Miss Achebe"""),

("hoax-discussion", "ss", "Re: is this Teams virus thing real?", "IT technician replies that a warning is a hoax",
"""Hi Gareth,

No, it's a hoax - it's been around in various forms for years with different names. There's no virus that spreads by accepting a contact. Please don't forward it on; just delete it. If anyone else asks, point them to me.

Cheers,
Ryan (IT)"""),

("hoax-discussion", "so", "Re: worried about a message Jack received", "staff outbound reassures parent about chain message",
"""Dear Mrs Walsh,

Thank you for letting us know. The message Jack received is a well-known chain letter that has been circulating for several years, and there is no truth in it. We have spoken to the tutor group about it today and reminded pupils not to send such messages on.

Please do let me know if Jack is still worried.

Kind regards,
Mr P. Rowe
Head of Year 8""", {"cc_head": True}),

("hoax-discussion", "ss", "Article on viral hoaxes for the staff library", "teacher shares an article on why hoaxes spread",
"""Hi all,

I came across a really interesting piece on why scare messages spread so fast - it's the combination of urgency, fear, and a simple action (forward this). Good for anyone teaching media literacy. The link is on the staff drive in CPD > Digital.

Maddie"""),

("hoax-discussion", "ps", "that message", "pupil reports chain message to teacher without spreading",
"""Hi Sir,

Someone sent a scary message to a lot of people in our year saying you have to send it on or your family gets hurt. I didn't send it on. My little sister is really scared though. I've deleted it. Can you tell people it's not real?

From Rhys"""),

("hoax-discussion", "is", "Digital Parenting: spotting hoaxes and chain messages", "inbound e-safety newsletter about hoaxes",
"""Dear schools,

This term's Digital Parenting newsletter focuses on hoaxes, scare messages and chain letters. It explains why children feel pressure to pass them on and offers simple scripts parents can use.

Our advice to families is always: don't pass it on, talk about it, and report anything upsetting.

Please share the attached newsletter with families if useful.

Online Safety Partnership""", {"frm": ("Online Safety Partnership", "news@onlinesafetypartnership.example"), "att": "newsletter"}),

("hoax-discussion", "ss", "English - persuasive techniques in chain letters", "English teacher plans a lesson analysing chain-letter language",
"""Hi Dan,

For Year 9 persuasive writing I'm thinking of using a couple of old chain letters (the 1990s paper ones) as examples of manipulative language - emotive anecdotes, false authority, fake urgency. Pupils annotate them, then write a rebuttal.

Happy to share the worksheet once it's done. Does that sound OK for the unit?

Sophie"""),

# pupils' creative writing about curses (clearly assignments)
("creative-writing", "ps", "Horror story homework - Harriet 9Q", "pupil submits horror story assignment about a cursed letter",
"""Dear Mr Carr,

Here is my horror story for homework. The title is "The Last Name on the List". It's 612 words.

The Last Name on the List

The envelope had no stamp. Inside was a sheet of paper with eleven names, each crossed through in a different ink, and a line at the bottom: "Add yours." Mia laughed and put it in the drawer. That night the kitchen tap dripped eleven times and stopped. In the morning, the twelfth line was filled in - in her own handwriting.

(the rest is in the attached doc)

Thanks,
Harriet""", {"att": "story"}),

("creative-writing", "ps", "English - Gothic opening", "pupil Gothic story opening mentioning a curse",
"""Sir here is my gothic opening paragraph for the assessment.

The house at the end of Carrow Street had been cursed since 1893, or so Grandma said. Anyone who took a brick from its wall, she told us, would hear the bells at midnight until they returned it. I did not believe her. I took two.

Word count 53. I know it's short, I'll add more in the lesson.

Zain 10R"""),

("creative-writing", "sp", "Creative writing prompts - urban legends", "staff gives pupils urban-legend story prompts",
"""Hi Year 8,

Here are the prompts for your urban legend story (choose one):

- A message that arrives with no sender
- The school's old bell tower
- A photograph that changes every time you look

Remember, we're practising building tension. 400-600 words, due Friday.

Ms Ferreira"""),

("creative-writing", "ps", "my story for the competition", "pupil sends ghost story for writing competition",
"""Hi Miss,

This is my entry for the 500 word ghost story competition. It's called "Reply All".

In my story, Sam gets an email that says it was sent by someone who died a year ago. Every time Sam deletes it, it comes back with one more word. By the end it spells out where the girl is buried. 

I put the full story in the attachment.

From Tilly 7P""", {"att": "story"}),

("creative-writing", "ps", "Drama script - The Curse of Room 9", "pupil drama script draft",
"""Sir, this is our group's draft script. We still need an ending.

SCENE 1. Classroom, after school.
JESS: Did you hear? Anyone who sits in the back seat of Room 9 fails everything.
AMIR: That's just a story Year 11s tell to scare us.
JESS: Then sit there.
(AMIR hesitates. Lights flicker.)

We want to finish with it being a prank by the caretaker.

Group 3 (Amir, Jess, Nathan, Evie)"""),

("creative-writing", "ps", "Poem - The Chain", "pupil poem about friendship called The Chain",
"""Miss this is my poem for the anthology.

The Chain

We passed a note along the row,
from Jade to Sam to Kai to Mo,
it didn't say a single thing
but somehow made the whole class sing.

Is that OK for the theme of "connection"?

Bella 8S"""),
# organised book clubs / recipe swaps
("organised-swap", "ss", "Staff book swap - sign up by Friday", "named organiser runs staff book swap with sign-up form",
"""Hi everyone,

I'm running a staff book swap before the holidays. Bring one book you've enjoyed (wrapped, with a note about why you liked it) to the staff room by 12 December, and you'll take one home on the 16th.

Sign-up form: the Staff Social Team on the shared drive, "Book swap 2025". I need numbers by Friday so I can match people up.

Thanks!
Jenny Oduya (Library)"""),

("organised-swap", "is", "PTA recipe book - send us your favourite!", "inbound PTA recipe book collection",
"""Dear families and staff,

The PTA is putting together a school recipe book to sell at the summer fair. Please send one favourite family recipe using the online form by 31 March. Each recipe will be credited to the family that sent it.

Any questions, email me directly.

Thank you!
Claire Bennett, PTA Secretary""", {"frm": ("Claire Bennett", "pta.secretary@outlook.example")}),

("organised-swap", "sp", "Year 7 Reading Buddies - book exchange", "librarian organises pupil book exchange",
"""Hi Year 7,

Reading Buddies is back! Bring one book you have finished with to the library on Monday lunchtime and swap it for one on the table. Books must be suitable for your age - I'll check them.

Sign up on the sheet on the library door.

Mrs Chadha, Librarian"""),

("organised-swap", "ss", "Secret Santa 2025 - names drawn!", "staff Secret Santa with named organiser and fixed budget",
"""Hello all,

Thanks to the 38 of you who signed up. Names have been drawn and you should have a separate email telling you who you're buying for. Budget is £10. Presents under the tree in the staff room by 17 December.

If you didn't sign up, that's totally fine - no pressure!

Ho ho ho,
Pete (Social Committee)"""),

("organised-swap", "is", "Book club - November pick", "inbound community book club, organiser named",
"""Hi all,

Our November book is "The Thursday Murder Club". We meet at the Red Lion on 20 November at 7:30. Please RSVP to me so I can book the back room.

Looking forward to it,
Margaret""", {"frm": ("Margaret Hewson", "m.hewson@ymail.example")}),

("organised-swap", "so", "Re: uniform swap shop", "staff outbound reply organising uniform swap",
"""Hi Jo,

Yes, happy for the uniform swap shop to run in the hall on the 4th. Please use the booking form on the website so we can confirm numbers, and we'll put a note in the newsletter.

Thanks for organising!
Mrs Lyle""", {"cc_head": True}),

# IT warnings about real scams
("it-scam-warning", "ss", "Phishing email - 'Payroll update' - please delete", "IT warns staff about real phishing campaign",
"""Dear all,

This morning a number of staff received an email titled "Payroll update - action required" asking you to log in via a link. It is a phishing email. It did not come from HR or payroll.

If you received it: please delete it. Do not forward it to colleagues to warn them - we have already blocked the sender and removed copies where we can.

If you clicked the link and entered your password, change it now and call the IT helpdesk on ext. 240.

Thanks,
IT Services"""),

("it-scam-warning", "sp", "Fake 'free Robux' websites", "IT/online safety lead warns pupils about real scam sites",
"""Hi everyone,

Some pupils have been sent links to websites promising free Robux or V-Bucks. These are scams to steal your account. Games companies never give away currency like this.

If you've entered your password anywhere like that, tell a teacher or the IT office today and change it.

Mr Bhatt
Online Safety Lead"""),

("it-scam-warning", "is", "NCSC alert: invoice fraud targeting schools", "inbound genuine cyber alert from regional body",
"""Dear Business Managers,

We have been made aware of invoice fraud targeting schools in the region. Fraudsters send emails appearing to come from a known supplier saying their bank details have changed.

Please ensure that any change of bank details is verified by phone using a number you already hold - not the one in the email.

This alert is for school finance staff; please don't circulate it widely.

Regional Cyber Crime Unit""", {"frm": ("Regional Cyber Crime Unit", "protect@rccu.police.example")}),

("it-scam-warning", "ss", "Heads up: fake 'Headteacher' gift-card emails", "IT warns of CEO fraud gift-card scam",
"""Hi all,

A few of you have had emails claiming to be from the Head asking you to buy gift cards urgently. They come from a Gmail address. The Head will never ask you to buy gift cards.

Please just delete them and report using the Report button in Outlook.

Cheers,
Ryan"""),

("it-scam-warning", "so", "Re: suspicious text claiming to be from school", "staff outbound tells parent a text was not from school",
"""Dear Mr Haddad,

Thank you for forwarding the text. I can confirm it did not come from us - our texts always come from "WESTMERE HS" and never ask for payment by link. Please don't click it. We've reported it to our provider.

Kind regards,
School Office""", {"cc_head": True}),

("it-scam-warning", "ss", "Password reset scam reminder", "IT reminder about MFA fatigue attacks",
"""Reminder: if you get a Microsoft Authenticator prompt that you didn't request, press Deny and tell IT. Attackers send repeated prompts hoping you'll approve one.

No need to reply to this.

IT Services"""),

("it-scam-warning", "is", "Action Fraud: courier fraud in your area", "inbound Action Fraud community message",
"""Action Fraud have received reports of courier fraud in the Westmere area. Fraudsters phone older people pretending to be police or bank staff and ask them to hand over cards or cash to a courier.

Police and banks will never ask you to do this.

You're receiving this because you subscribed to Westmere Community Messaging. To unsubscribe, use the link in your account settings.""", {"frm": ("Westmere Community Messaging", "alerts@westmere-communitymessaging.example")}),

("it-scam-warning", "ss", "FW: Real example of the parcel scam text", "IT forwards example scam to staff for training",
"""For the cyber awareness session next week - here's a real example someone brought in (links removed). Notice the urgency, the unfamiliar number and the odd link. Please don't send it on outside the session.

> Royal Mail: your parcel has a £1.45 unpaid shipping fee. Pay within 24h or it will be returned."""),

# faith-school prayer requests
("faith-prayer", "ss", "Prayer intention for this week", "chaplain shares weekly prayer intention",
"""Dear colleagues,

This week in our staff prayers we hold in our hearts Mrs Pearson and her family following the death of her father. Please keep them in your thoughts. A card is in the staff room for anyone who wishes to sign it.

Our Thursday Mass will be offered for him.

Fr. Michael
School Chaplain"""),

("faith-prayer", "sp", "Advent prayer for form time", "staff sends advent prayer to form",
"""Hi 10H,

Here's our Advent prayer for this week, which we'll say together in form time:

"Lord, as we wait for Christmas, help us to notice those who are lonely and to be kind. Amen."

If anyone would like to lead it one morning, let me know.

Mrs Doyle"""),

("faith-prayer", "is", "Diocese: prayer for schools in exam season", "inbound diocesan resources",
"""Dear Headteachers,

As the exam season approaches, please find attached a short prayer resource for staff and pupils, which you are welcome to use in collective worship.

With every blessing,
Diocesan Education Office""", {"frm": ("Diocesan Education Office", "education@dioceseofwestmere.example"), "att": "prayer"}),

("faith-prayer", "ss", "Prayers for Bernadette", "staff asks chaplaincy group to pray for colleague, no chain",
"""Hi chaplaincy team,

Bernadette has asked me to let you know that her surgery is on Thursday, and she'd value your prayers. She's happy for this to be shared within the chaplaincy group but not beyond, please.

Thank you,
Ciara"""),

("faith-prayer", "ps", "prayer for my nan", "pupil asks chaplain to include nan in prayers",
"""Hi Father Michael,

My nan is in hospital and my mum said I could ask if she could be in the prayers at Mass on Friday. Her name is Teresa.

Thank you,
Niall 8D"""),

("faith-prayer", "is", "Ramadan information for school", "inbound mosque liaison information",
"""Dear Head,

Ramadan is expected to begin on or around 18 February. We'd be happy to come into school to speak to pupils about fasting if that's helpful. We also have an information sheet for staff.

With thanks,
Imran Siddiqui
Westmere Central Mosque - Education Liaison""", {"frm": ("Imran Siddiqui", "education@westmerecentralmosque.example")}),

("faith-prayer", "sp", "Reflection for Remembrance", "staff shares reflection with pupils",
"""Good morning all,

Our reflection for this week is the poem "In Flanders Fields". We'll hold a two-minute silence at 11am on Tuesday. Please be in your form rooms by 10:55.

Mr Quigley
Head of RE"""),

# refer-a-friend marketing
("refer-a-friend", "is", "Give £20, get £20 - share with friends", "inbound bank refer-a-friend marketing",
"""Hi Alex,

Love banking with us? Refer a friend and you'll both get £20 when they open an account and pay in £500.

Your personal link: example.com/r/ALEX2941

Terms apply. You can refer up to 10 friends per year.

You're receiving this because you opted in to marketing. Unsubscribe.""", {"frm": ("Monzello", "hello@monzello.example")}),

("refer-a-friend", "is", "Invite a school, get a free term", "inbound edtech referral offer",
"""Hi there,

Know another school that would love SpellWise? Refer them and when they subscribe, you'll get a free term for your school.

Just forward the invite link in your dashboard.

Team SpellWise""", {"frm": ("SpellWise", "team@spellwise.example")}),

("refer-a-friend", "is", "Your friend Kim thinks you'll love us", "inbound meal-kit referral email",
"""Hi!

Your friend Kim has sent you 50% off your first box of Fresh Plate. Use code KIM50 at checkout.

Offer valid for 14 days, new customers only.

Fresh Plate""", {"frm": ("Fresh Plate", "offers@freshplate.example")}),

("refer-a-friend", "is", "Bring a friend to swim club - trial session free", "inbound sports club bring-a-friend offer",
"""Hi Westmere High swimmers!

This month, bring a friend to training and they can try a session free. Just let the coach know on the night.

See you at the pool,
Westmere Otters""", {"frm": ("Westmere Otters", "club@westmereotters.example"), "to_pupil": True}),

("refer-a-friend", "is", "Refer a teacher - £100 bonus", "inbound supply agency refer-a-friend",
"""Dear Mrs Carver,

We're always looking for great supply teachers. If you know someone who'd be a good fit, refer them using the form below and you'll receive a £100 voucher after they complete 10 days.

Best,
Brightside Education Recruitment""", {"frm": ("Brightside Education", "referrals@brightside-edu.example")}),

("refer-a-friend", "is", "Share the love - 15% off for you and a friend", "inbound retailer share-with-friend offer",
"""Share the love this autumn 🍂

Send your unique code to a friend. When they spend £30, you both get 15% off your next order.

Your code: SHARE-7Q2M

Maple & Thread""", {"frm": ("Maple & Thread", "news@mapleandthread.example")}),
# genuine petitions / consultations
("consultation", "is", "School streets consultation - please share with parents", "inbound council consultation asking schools to share",
"""Dear Headteacher,

Westmere County Council is consulting on a School Street scheme for Abbotsmead Road, which would close the road to through-traffic at drop-off and pick-up times.

The consultation is open until 30 January. We would be grateful if you could share the link with your parents and staff through your usual channels. Responses are anonymous and only one per household is needed.

Highways Consultation Team""", {"frm": ("Highways Consultation", "consultation@westmere.gov.example")}),

("consultation", "so", "Parent forum survey on homework", "staff outbound survey to parent forum",
"""Dear Parent Forum members,

Thank you for Tuesday's meeting. As discussed, here is the link to the short homework survey. Please complete it yourselves by Friday; we're sending it to all parents separately next week, so there's no need to forward it.

Kind regards,
Mrs Y. Stokes
Deputy Head""", {"cc_head": True}),

("consultation", "ss", "Staff voice - canteen survey", "staff internal survey request",
"""Hi all,

Catering would like staff feedback on the new lunch menu. The survey takes 2 minutes. Closes Friday.

Thanks,
Paula (Business Manager)"""),

("consultation", "pp", "school council petition for water fountains", "pupil school council collecting signatures via form",
"""Hi 9B,

School council is asking for more water fountains. If you agree, please sign the form on the school council page (you need your school login so we know it's one per person). We're giving the results to Mr Dale on the 20th.

Thanks,
Ebony (9B rep)"""),

("consultation", "is", "Youth Parliament ballot - encourage pupils to vote", "inbound youth parliament ballot info",
"""Dear Schools,

The Make Your Mark ballot opens on Monday. We'd love as many young people as possible aged 11-18 to vote on the issues that matter to them. Teacher guidance and the ballot link are on our website.

Westmere Youth Voice""", {"frm": ("Westmere Youth Voice", "youthvoice@westmere.gov.example")}),

# genuine giveaways / competitions
("genuine-competition", "is", "Young Writers competition - win book tokens", "inbound legitimate writing competition",
"""Dear English teachers,

The Westmere Young Writers Award is open to pupils aged 11-16. Entries of up to 500 words on the theme "Home" should be submitted by the teacher via our website by 28 February. Prizes: £50 book tokens and publication in our anthology.

Full rules on our website.

Westmere Literary Festival""", {"frm": ("Westmere Literary Festival", "schools@westmerelitfest.example")}),

("genuine-competition", "sp", "Raffle tickets - summer fair", "staff to pupils raffle ticket info",
"""Hi all,

Raffle tickets for the summer fair are on sale at lunchtimes in the canteen, £1 each. Prizes include a bike, a hamper and a family cinema pass. Draw at 3pm on the day.

Mr Lowe"""),

("genuine-competition", "is", "Congratulations - your school has won a visit", "inbound genuine prize notification with contact",
"""Dear Ms Patel,

Congratulations! Your Year 9 STEM team's entry has won first prize in the regional Bridge Building Challenge. The prize is a funded visit to the Engineering Centre for up to 30 pupils.

Please contact me to arrange a date. There is nothing to pay and no personal details are needed at this stage.

Dr Liam Fairweather
Engineering Centre Outreach""", {"frm": ("Liam Fairweather", "l.fairweather@engineeringcentre.example")}),

("genuine-competition", "ss", "Staff bake off - entries please!", "staff internal bake-off competition",
"""Hi all,

Staff Bake Off returns on 12 March! Bring your best bake to the staff room by 8:30am, judging at break. Winner gets a golden spatula and eternal glory.

Tell me by Friday if you're entering.

Lou"""),

# genuine urgent notices with "pass on"
("urgent-notice", "sp", "Water off - bring a bottle tomorrow", "staff to pupils about real water outage",
"""Hi everyone,

Severn Trent are working on the mains tomorrow morning, so the water fountains will be off until lunchtime. Please bring a full water bottle. Please let your parents know too - a text is also going out.

Mrs Gill (Site)"""),

("urgent-notice", "so", "Reminder: school closed Monday (INSET)", "staff outbound INSET reminder",
"""Dear Parents and Carers,

A quick reminder that school is closed to pupils on Monday 5 January for staff training. We look forward to seeing everyone on Tuesday.

Kind regards,
School Office""", {"cc_head": True}),

("urgent-notice", "ss", "Fire alarm test moved", "staff internal notice",
"""The weekly fire alarm test has moved to Wednesday 10:15 this week only. Please let your classes know so no one panics.

Site Team"""),

("urgent-notice", "is", "Bus route 24 diverted from Monday", "inbound bus company notice to schools",
"""Dear school,

From Monday 3 November, route 24 will be diverted via Station Road for four weeks due to roadworks. The stop outside the school will not be served; the nearest stop is on Lime Street.

We'd be grateful if you could let pupils who use this route know.

Westmere Buses""", {"frm": ("Westmere Buses", "customer.services@westmerebuses.example")}),

("urgent-notice", "ss", "Snow - school open but late start", "head's internal message on snow day",
"""Dear all,

School will open at 10am today. The office is texting parents now. If you can't get in safely, call the absence line as usual.

Take care on the roads.

Helen"""),

("urgent-notice", "pp", "bus is cancelled", "pupil telling friends a real bus cancellation",
"""the 7:45 bus is cancelled tomorrow because of the roadworks, my mum saw it on the bus company website. we'll have to get the 7:30 from the co-op instead. tell Leo if u see him"""),

# wellbeing / kindness (organised, no chain)
("kindness-campaign", "sp", "Kindness Week - write a note", "staff runs kindness week",
"""Hi Year 8,

It's Kindness Week! In form time on Wednesday, everyone will write a short kind note to someone in the class (we'll draw names from a hat so nobody is left out). Notes go in the box and we'll hand them out on Friday.

Mrs Hussain"""),

("kindness-campaign", "ss", "Staff shout-outs", "staff wellbeing shout-out board",
"""Hi all,

We're starting a shout-out board in the staff room. If a colleague has helped you out this week, write it on a sticky note. No obligation, just a nice thing to do.

Wellbeing Group"""),

("kindness-campaign", "is", "Anti-Bullying Week resources", "inbound anti-bullying resources",
"""Dear colleagues,

Anti-Bullying Week runs from 10-14 November. This year's theme is "Choose Respect". Free assembly slides and lesson plans are available to download from our site.

Anti-Bullying Alliance schools team""", {"frm": ("Anti-Bullying Alliance", "schools@antibullyingalliance.example")}),

("kindness-campaign", "ps", "thank you note", "pupil thanks teacher",
"""Hi Miss,

Thank you for helping me with my maths this term. I got a 6 in the mock! I was really nervous but you made it make sense.

From Lucy"""),

# ordinary pupil social / revision notes
("pupil-social", "pp", "revision notes for chem", "pupil shares revision notes with friends",
"""here are my chemistry notes for the test on thursday. feel free to send them to anyone in our set who wants them, i dont mind

good luck!!
Hannah"""),

("pupil-social", "pp", "party saturday?", "pupil party invite",
"""hi!! it's my birthday on saturday and we're going bowling at 2. can u come? my mum needs to know by wednesday. dont tell everyone tho cos i can only invite 8 people 🎳"""),

("pupil-social", "pp", "group project", "pupil group project coordination",
"""hey so for the geography project i'll do the intro and the map, can you do the data section? Daniel said he'll do the conclusion. let's meet in the library at lunch tomorrow

send me ur bit by thursday pls"""),

# parent contact (ordinary)
("parent-contact", "so", "Year 9 options evening", "staff outbound options evening invitation",
"""Dear Parents and Carers of Year 9,

Our Options Evening is on Thursday 22 January from 6pm. You'll hear from subject leaders and have a chance to ask questions about GCSE choices. Please reply to let us know how many will attend.

Kind regards,
Mr J. Osei
Head of Year 9""", {"cc_head": True}),

("parent-contact", "is", "Re: Oscar's absence", "inbound parent reply",
"""Hi Mrs Tran,

Thanks for your message. Oscar has a dentist appointment at 11 tomorrow and will be back in for period 4. Sorry for the short notice.

Best,
Rachel Moss""", {"frm": ("Rachel Moss", "rachel.moss@gmail.example")}),

("parent-contact", "so", "Re: Harvest festival donations", "staff outbound reply to parent about donations",
"""Dear Mr Wallace,

Thank you for offering to drop off the tins from your allotment group. Reception is open from 8am, so any time before the festival on Thursday is fine. We'll pass everything on to the food bank on Friday.

Kind regards,
Mrs K. Bowyer
Office Manager""", {"cc_head": True}),

("parent-contact", "is", "Help with the Year 6 leavers' hoodies", "inbound parent organising leavers hoodies",
"""Hi Mr Dean,

I've offered to coordinate the Year 6 leavers' hoodies. I'll collect names and sizes through a Google form and send one order to the supplier. Could you let me know the deadline for the names list?

Thanks,
Amy (Poppy's mum)""", {"frm": ("Amy Kerr", "amy.kerr@outlook.example")}),
]

# ---------------------------------------------------------------- assembly
FWD_COMMON = ["", "FYI", "See below."]
FWD_POS = ["Passing this on as asked.", "saw this and thought i should send it on", "Not sure if it's true but better safe than sorry!",
           "Please read!!", "This came to me today - doing my bit.", "sending to everyone x"]
FWD_NEG = ["FYI - see below.", "Forwarding as discussed.", "See below, thanks.", "For info.", "Could you pick this up please?",
           "Forwarding in case it's useful."]
RE_POS = ["Done!! Sent it to 10 more x", "omg thank u, sending it on now", "Thanks for sending, I've passed it to everyone in my contacts.",
          "sent it 2 ppl already lol", "Thank you - forwarded to the whole family."]
RE_NEG = ["Thanks, that's really helpful.", "Thanks - noted.", "Great, will do. Thanks for letting us know.",
          "Thank you, I'll mention it at briefing.", "thanks!!"]
ATT_NOTES = ["See attached.", "Please see the attached.", "Attached x", "Have a read of the attachment.", "Here it is - attached.",
             "Sending this as an attachment as it wouldn't paste properly.", "Please read the attached, thanks.", "", "Attached as promised.",
             "I've put it in a document so it's easier to print."]
RFC_NOTES = ["Forwarded as an attachment.", "See the attached message.", "", "Forwarding the original email (attached).", "fyi - original attached"]

def leaf(hdrs, body_bytes):
    return ("leaf", hdrs, body_bytes)

def tpart(text, charset="utf-8", cte=None, subtype="plain", extra_ct=""):
    h, b = text_part(text, charset, cte, subtype, extra_ct)
    return leaf(h, b.encode(charset) if h[1][1] == "8bit" else b.encode("ascii"))

def multi(sub, bnd, parts):
    return ("multi", sub, bnd, parts)

def render(p, top_hdrs=None):
    top_hdrs = top_hdrs or []
    out = bytearray()
    if p[0] == "leaf":
        hdrs = top_hdrs + p[1]
        for k, v in hdrs:
            out += f"{k}: {v}\n".encode("ascii")
        out += b"\n" + p[2]
        if not out.endswith(b"\n"):
            out += b"\n"
        return bytes(out)
    if p[0] == "rfc822":
        hdrs = top_hdrs + [("Content-Type", "message/rfc822")] + p[1]
        for k, v in hdrs:
            out += f"{k}: {v}\n".encode("ascii")
        out += b"\n" + p[2]
        return bytes(out)
    _, sub, bnd, parts = p
    hdrs = top_hdrs + [("Content-Type", f'multipart/{sub};\n boundary="{bnd}"')]
    for k, v in hdrs:
        out += f"{k}: {v}\n".encode("ascii")
    out += b"\n"
    if top_hdrs:
        out += b"This is a multi-part message in MIME format.\n"
    for sp in parts:
        out += f"\n--{bnd}\n".encode("ascii") + render(sp)
    out += f"\n--{bnd}--\n".encode("ascii")
    return bytes(out)

def person_for(kind, rng, used, sig=None):
    for _ in range(50):
        if kind == "staff":
            f, l = rng.choice(STAFF)
            if sig: f, l = sig[0] or f, sig[1] or rng.choice(SURN)
            a = staff_addr(f, l)
        elif kind == "pupil":
            f, l = rng.choice(PUPILS)
            if sig: f, l = sig[0] or f, sig[1] or rng.choice(SURN)
            a = pupil_addr(f, l, rng)
        else:
            f, l, d = rng.choice(OUTSIDE)
            if sig: f, l = sig[0] or f, sig[1] or rng.choice(SURN)
            a = outside_addr(f, l, d, rng)
        if a not in used and f"{f} {l}" not in used:
            used.add(a); used.add(f"{f} {l}")
            return (f"{f} {l}", a)
        sig = None
    raise RuntimeError("people pool exhausted")

DIRS = {"pp": ("pupil", "pupil"), "ps": ("pupil", "staff"), "ss": ("staff", "staff"), "sp": ("staff", "pupil"),
        "so": ("staff", "outside"), "po": ("pupil", "outside"), "is": ("outside", "staff"), "ip": ("outside", "pupil")}
DIR_NAME = {"pp": "internal", "ps": "internal", "ss": "internal", "sp": "internal", "so": "outbound", "po": "outbound",
            "is": "inbound", "ip": "inbound"}
GROUPS = {"staff": [("All Staff", "allstaff@school.example"), ("Teaching Staff", "teachingstaff@school.example"),
                    ("Tutors", "tutors@school.example")],
          "pupil": [("Year 8", "year8@students.school.example"), ("Year 10", "year10@students.school.example"),
                    ("9K Tutor Group", "tg9k@students.school.example")]}

def fmt_long(d):
    return f"{LONGDAYS[d.weekday()]}, {d.day} {LONGMONTHS[d.month-1]} {d.year} {d:%H:%M}"

def build_one(label, item, shape, rng):
    fam, dirn, subject, note, body = item[:5]
    opts = item[5] if len(item) > 5 else {}
    if opts.get("to_pupil"):
        dirn = "ip"
    skind, rkind = DIRS[dirn]
    used = set()
    sig = sig_name(body) if "frm" not in opts else None
    relayed = shape in ("reply", "fwd-outlook", "fwd-gmail", "rfc822")
    if "frm" in opts:
        sender = opts["frm"]; used.add(sender[1]); used.add(sender[0])
    else:
        sender = person_for(skind, rng, used, None if relayed else sig)
    nrc = rng.choice([1, 1, 1, 2, 2, 3, 4, 6]) if rkind != "outside" else rng.choice([1, 1, 2, 3, 5])
    to = []
    if rkind in GROUPS and dirn in ("ss", "sp") and rng.random() < 0.25:
        to = [rng.choice(GROUPS[rkind])]
    else:
        to = [person_for(rkind, rng, used) for _ in range(nrc)]
    cc = [HEAD] if opts.get("cc_head") else []
    if dirn in ("ss", "pp", "ps", "so") and rng.random() < 0.15:
        cc.append(person_for("staff" if dirn == "ps" else skind, rng, used))
    auth = sender[1] if DIR_NAME[dirn] != "inbound" else None
    undisclosed = DIR_NAME[dirn] == "inbound" and rng.random() < 0.2

    # client
    if shape in ("fwd-outlook",): client = "outlook"
    elif shape in ("fwd-gmail", "reply"): client = "gmail"
    elif shape == "flowed": client = "thunderbird"
    elif shape == "flowed-delsp": client = "apple"
    elif sender[1].endswith("school.example"):
        client = rng.choice(["outlook", "outlook", "outlook", "apple", "gmail"])
    else:
        client = rng.choice(["gmail", "apple", "outlook", "thunderbird", "generic"])
    dom = sender[1].split("@")[1]
    d, tz = rand_date(rng)
    comment_pool = FWD_COMMON + (FWD_POS if label == "positive" else FWD_NEG)
    base_subj = subject
    expected = body
    title = re.sub(r"^(re|fw|fwd)\s*:\s*", "", subject, flags=re.I)
    signoff = "\n\n" + sender[0].split()[0] if rng.random() < 0.5 else ""
    hint = opts.get("att")

    def relay_origin():
        nonlocal sender
        if "frm" in opts:   # a colleague at the same outside organisation relays the original
            orig = sender
            fn, ln = rng.choice([o for o in OUTSIDE if o[0] != "Aunty"])[:2]
            sender = (f"{fn} {ln}", f"{slug(fn)}.{slug(ln)}@{orig[1].split('@')[1]}")
            return orig
        if DIR_NAME[dirn] == "inbound":
            k = "outside"
        elif label == "negative":
            k = skind
        else:
            k = rng.choice([skind, "outside"])
        return person_for(k, rng, used, sig)

    def note_alt(text):
        if client in ("outlook", "gmail") and rng.random() < 0.6:
            return multi("alternative", boundary(client, rng), [tpart(text, cte="quoted-printable"),
                         tpart(to_html(text, client, rng), cte="quoted-printable", subtype="html")])
        return tpart(text)

    if shape == "plain":
        root = tpart(body, cte="7bit" if is_ascii(body) else "8bit")
    elif shape == "wrapped":
        w = wrap_lines(body, rng.choice([72, 76, 70]))
        root = tpart(w, cte="7bit" if is_ascii(w) else rng.choice(["8bit", "quoted-printable"]))
    elif shape in ("flowed", "flowed-delsp"):
        delsp = shape == "flowed-delsp"
        f = flowed(body, delsp)
        root = tpart(f, cte="7bit" if is_ascii(f) else "8bit",
                     extra_ct="; format=flowed" + ("; delsp=yes" if delsp else ""))
    elif shape == "qp":
        root = tpart(body, cte="quoted-printable")
    elif shape == "base64":
        root = tpart(body, cte="base64")
    elif shape == "html":
        root = tpart(to_html(body, rng.choice([client, "generic"]), rng), subtype="html",
                     cte=rng.choice(["quoted-printable", "base64"]))
    elif shape == "alt":
        root = multi("alternative", boundary(client, rng), [tpart(body, cte="quoted-printable"),
                     tpart(to_html(body, client if client in ("outlook", "gmail") else "generic", rng),
                           subtype="html", cte=rng.choice(["quoted-printable", "base64"]))])
    elif shape.startswith("att-"):
        noteb = (rng.choice(ATT_NOTES) + signoff).strip() + "\n"
        fn = fname_from(subject, hint, rng)
        if shape == "att-txt":
            cs = rng.choice(["utf-8", "windows-1252"])
            t = to_charset(body, cs) if cs != "utf-8" else body
            expected = t
            data = (to_charset(title, cs) + "\n\n" + t + "\n").encode(cs)
            ap = attach_part(f"text/plain; charset={cs}", fn + ".txt", data, rng)
        elif shape == "att-html":
            data = to_html(title + "\n\n" + body, "generic", rng).encode("utf-8")
            ap = attach_part("text/html; charset=utf-8", fn + ".html", data, rng)
        elif shape == "att-docx":
            data = make_docx(title, body, d)
            ap = attach_part("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn + ".docx", data, rng)
        elif shape == "att-pdf":
            expected = to_charset(body, "cp1252")
            data = make_pdf(to_charset(title, "cp1252"), expected)
            ap = attach_part("application/pdf", fn + ".pdf", data, rng)
        else:
            members = [(fn + ".txt", (title + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8"))]
            if rng.random() < 0.5:
                members.append((fn + ".docx", make_docx(title, body, d)))
            data = make_zip(members, d)
            ap = attach_part("application/zip", fn + ".zip", data, rng)
        root = multi("mixed", boundary(client, rng), [note_alt(noteb), leaf(*ap)])
    elif shape == "rfc822":
        orig = relay_origin()
        od, otz = rand_date(rng)
        ih = [("From", addr_hdr(orig[0], orig[1], rng)), ("To", addr_hdr(sender[0], sender[1], rng)),
              ("Subject", enc_word(title, rng)), ("Date", fmt_date(od, otz)),
              ("Message-ID", msgid(rng.choice(["gmail", "apple", "generic"]), rng, orig[1].split("@")[1])),
              ("MIME-Version", "1.0")]
        inner = render(tpart(body, cte="7bit" if is_ascii(body) else "quoted-printable"), ih)
        rp = ("rfc822", [("Content-Disposition", f'attachment; filename="{fname_from(subject, None, rng)}.eml"')]
              if rng.random() < 0.6 else [("Content-Disposition", "inline")], inner)
        root = multi("mixed", boundary(client, rng), [note_alt((rng.choice(RFC_NOTES) + signoff).strip() + "\n"), rp])
        subject = rng.choice(["Fwd: ", "FW: ", "Fw: "]) + title
    elif shape in ("fwd-outlook", "fwd-gmail"):
        orig = relay_origin()
        od = d - datetime.timedelta(hours=rng.randrange(2, 60))
        c = rng.choice(comment_pool)
        if shape == "fwd-outlook":
            hdr = ("________________________________\n" if rng.random() < 0.6 else "-----Original Message-----\n")
            hdr += f"From: {orig[0]} <{orig[1]}>\nSent: {fmt_long(od)}\nTo: {sender[0]} <{sender[1]}>\nSubject: {title}\n\n"
            subject = "FW: " + title
        else:
            hdr = (f"---------- Forwarded message ---------\nFrom: {orig[0]} <{orig[1]}>\n"
                   f"Date: {DAYS[od.weekday()]}, {od.day} {MONTHS[od.month-1]} {od.year} at {od:%H:%M}\n"
                   f"Subject: {title}\nTo: <{sender[1]}>\n\n\n")
            subject = "Fwd: " + title
        full = (c + signoff + "\n\n" if (c or signoff) else "") + hdr + body
        root = multi("alternative", boundary(client, rng), [tpart(full, cte="quoted-printable"),
                     tpart(to_html(full, client, rng), subtype="html", cte="quoted-printable")])
    elif shape == "reply":
        if rkind in GROUPS and to[0][1] in [g[1] for g in GROUPS[rkind]]:
            to = [person_for(rkind, rng, used, sig)]
        elif sig:
            to[0] = person_for(rkind, rng, used, sig)
        orig = to[0]
        od = d - datetime.timedelta(hours=rng.randrange(1, 30))
        c = rng.choice(RE_POS if label == "positive" else RE_NEG)
        if "frm" in opts:   # follow-up to one's own earlier message
            orig = sender
            od = d - datetime.timedelta(days=rng.randrange(2, 6))
            c = rng.choice(["Just a reminder about the below.", "Resending in case this was missed.", "Gentle reminder - see below."])
        full = (f"{c}{signoff}\n\nOn {DAYS[od.weekday()]}, {od.day} {MONTHS[od.month-1]} {od.year} at {od:%H:%M}, "
                f"{orig[0]} <{orig[1]}> wrote:\n" + quote(body) + "\n")
        root = tpart(full, cte="7bit" if is_ascii(full) else rng.choice(["8bit", "quoted-printable"]))
        subject = "Re: " + title
    elif shape == "latin1":
        t = to_charset(body, "iso-8859-1"); expected = t
        root = tpart(t, charset="iso-8859-1", cte=rng.choice(["quoted-printable", "8bit"]))
    elif shape == "cp1252":
        t = to_charset(smart_quotes(body), "windows-1252"); expected = t
        root = tpart(t, charset="windows-1252", cte=rng.choice(["quoted-printable", "8bit"]))
    elif shape == "ewsubj":
        root = tpart(body, cte=rng.choice(["quoted-printable", "base64", "8bit"]))
    else:
        raise ValueError(shape)

    subj_hdr = enc_word(subject, rng, force=(shape == "ewsubj"))
    to_hdr = "undisclosed-recipients:;" if undisclosed else ",\n ".join(addr_hdr(n, a, rng) for n, a in to)
    mid = msgid(client, rng, dom if client != "outlook" else dom)
    H = {"From": addr_hdr(sender[0], sender[1], rng), "To": to_hdr, "Subject": subj_hdr, "Date": fmt_date(d, tz),
         "Message-ID": mid, "MIME-Version": "1.0"}
    if cc:
        H["Cc"] = ", ".join(addr_hdr(n, a, rng) for n, a in cc)
    if client == "outlook":
        order = ["From", "To", "Cc", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                 "Accept-Language", "Content-Language", "X-MS-Has-Attach", "MIME-Version"]
        H["Thread-Topic"] = enc_word(title, rng)
        H["Thread-Index"] = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        H["Accept-Language"] = "en-GB, en-US"; H["Content-Language"] = "en-GB"
        H["X-MS-Has-Attach"] = "yes" if root[0] == "multi" and root[1] == "mixed" else ""
    elif client == "gmail":
        order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc"]
        if shape == "reply":
            ref = msgid(rng.choice(["gmail", "apple", "outlook"]), rng, to[0][1].split("@")[1])
            H["References"] = ref; H["In-Reply-To"] = ref
    elif client == "apple":
        order = ["From", "Mime-Version", "Subject", "Message-Id", "Date", "Cc", "To", "X-Mailer"]
        H["Mime-Version"] = H.pop("MIME-Version"); H["Message-Id"] = H.pop("Message-ID")
        H["X-Mailer"] = rng.choice(["Apple Mail (2.3774.300.61.1.2)", "iPhone Mail (21F90)", "iPad Mail (20H240)"])
    elif client == "thunderbird":
        order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "Cc", "From", "Subject"]
        H["User-Agent"] = rng.choice(["Mozilla Thunderbird", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0"])
        H["Content-Language"] = "en-GB"
    else:
        order = ["Date", "From", "To", "Cc", "Subject", "Message-ID", "X-Mailer", "MIME-Version"]
        H["X-Mailer"] = rng.choice(["Roundcube Webmail/1.6.6", "Yahoo Mail for iPhone", "WebService/1.1.21952 AolMailNorrin"])
    hdrs = [(k, H[k]) for k in order if k in H]
    eml = render(root, hdrs)
    row = {"label": label, "mail_from": sender[1], "rcpt": [a for _, a in to] + [a for _, a in cc],
           "auth_user": auth, "shape": shape, "family": fam, "note": note}
    return eml, row, expected, subject, DIR_NAME[dirn]

# ---------------------------------------------------------------- verification
def norm(s):
    s = s.replace(">", " ")   # quote markers may sit anywhere once HTML is flattened
    return " ".join(s.split())

def extract_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        fn = (part.get_filename() or "").lower()
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
            continue
        data = part.get_payload(decode=True)
        out.extend(binary_text(fn, data))
    return "\n".join(out)

def binary_text(fn, data):
    out = []
    if fn.endswith(".docx"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            x = z.read("word/document.xml").decode("utf-8")
        out.append(html.unescape(re.sub(r"<[^>]+>", " ", x)))
    elif fn.endswith(".pdf"):
        for m in re.finditer(rb"\(((?:[^\\()]|\\.)*)\) Tj", data):
            out.append(re.sub(rb"\\(.)", rb"\1", m.group(1)).decode("cp1252"))
    elif fn.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for n in z.namelist():
                if n.endswith(".txt"):
                    out.append(z.read(n).decode("utf-8"))
                else:
                    out.extend(binary_text(n.lower(), z.read(n)))
    return out

def verify(path, expected, subject):
    import email, email.policy
    data = open(path, "rb").read()
    assert len(data) < 200 * 1024, (path, "too big")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert str(msg["subject"]) == subject, (path, str(msg["subject"]), subject)
    assert msg["from"] is not None and msg["message-id"] and msg["date"]
    for part in msg.walk():
        assert not part.defects, (path, part.defects)
    txt = extract_text(msg)
    assert norm(expected) in norm(txt), (path, "body not found")

# ---------------------------------------------------------------- main
def main():
    entries = []
    for label, items in (("positive", POS), ("negative", NEG)):
        srng = random.Random(f"shapes-{label}-5")
        shapes = (SHAPES * 10)[:len(items)]
        srng.shuffle(shapes)
        for i, it in enumerate(items):
            entries.append((label, i, it, shapes[i]))
    order = list(range(len(entries)))
    random.Random("numbering-5").shuffle(order)
    rows = []
    for num, k in enumerate(order, 1):
        label, i, it, shape = entries[k]
        rng = random.Random(f"msg-{label}-{i}-v5")
        eml, row, expected, subject, dname = build_one(label, it, shape, rng)
        fn = f"{label}/{num:03d}-{shape}.eml"
        os.makedirs(os.path.join(HERE, label), exist_ok=True)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(eml)
        verify(os.path.join(HERE, fn), expected, subject)
        rows.append((num, dict(file=fn, **row), dname))
    rows.sort()
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for _, r, _ in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        for lab in ("positive", "negative"):
            rs = [(r, dn) for _, r, dn in rows if r["label"] == lab]
            print(lab, len(rs))
            print("  dir", dict(Counter(dn for _, dn in rs)))
            print("  shape", dict(sorted(Counter(r["shape"] for r, _ in rs).items())))
            print("  family", dict(sorted(Counter(r["family"] for r, _ in rs).items())))
    print(f"wrote {len(rows)} messages; all parsed and verified")

if __name__ == "__main__":
    main()
