#!/usr/bin/env python3
"""Build the held-out personal-data corpus for aup-milter.

Python 3 standard library only; deterministic (fixed seed).
Usage:  python3 build.py     rebuild positive/, negative/, manifest.jsonl (deterministic), then verify every
                             file: parse with email.policy.default, headers == envelope, identifiers in
                             positives validate and are present, near-misses fail, negatives scan clean.
Written blind: no rule or scanner source was consulted.  Every identifier placed in a
positive message is generated here with the published check-digit algorithm and
re-validated on the finished file; every near-miss number in a negative is built to fail.
"""
import base64, calendar, datetime as dt, html, io, json, os, quopri, random, re, struct, sys
import textwrap, unicodedata, zipfile, zlib
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SCHOOL = "school.example"

# ----------------------------------------------------------------------------------------
# Validators (section 1 of the detection notes)
# ----------------------------------------------------------------------------------------
UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"          # 23 letters, no I O S


def _digits(s):
    return re.sub(r"[\s\-]", "", s)


def uln_ok(s):
    d = _digits(s)
    if not re.fullmatch(r"[1-9]\d{9}", d):
        return False
    return (sum(int(d[i]) * (10 - i) for i in range(9)) + int(d[9])) % 11 == 10


def nhs_ok(s):
    m = re.fullmatch(r"(\d{3})([ \-]?)(\d{3})\2(\d{4})", s.strip())
    if not m:
        return False
    n = m.group(1) + m.group(3) + m.group(4)
    c = 11 - sum(int(n[i]) * (10 - i) for i in range(9)) % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(n[9])


def nhs_digits_ok(d):          # lenient: any 10 digits, separators ignored
    return len(d) == 10 and d.isdigit() and nhs_ok(d)


def upn_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]\d{11}[0-9A-Z]", s) or s[0] not in UPN_ALPHA:
        return False
    total = 0
    for pos, ch in enumerate(s[1:], start=2):
        if ch.isdigit():
            v = int(ch)
        elif pos == 13 and ch in UPN_ALPHA:
            v = UPN_ALPHA.index(ch)
        else:
            return False
        total += v * pos
    return UPN_ALPHA[total % 23] == s[0]


NINO_1 = set("ABCEGHJKLMNOPRSTWXYZ")
NINO_2 = set("ABCEGHJKLMNPRSTWXYZ")
NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "OO", "CR", "FY", "MW", "NC", "PP"}


def nino_ok(s):
    t = _digits(s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", t)
    return bool(m) and m.group(1) in NINO_1 and m.group(2) in NINO_2 and \
        (m.group(1) + m.group(2)) not in NINO_BAD


def luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_ok(s):
    d = _digits(s)
    if not d.isdigit() or not luhn(d):
        return False
    n, p2, p3, p4, p6 = len(d), int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925:
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19
    if 300 <= p3 <= 305 or p2 in (36, 38, 39):
        return 14 <= n <= 19
    if p2 == 50 or 56 <= p2 <= 69:
        return 12 <= n <= 19
    return False


def sc_ok(sc, acc):
    sc, acc = _digits(sc), _digits(acc)
    if not (re.fullmatch(r"\d{6}", sc) and re.fullmatch(r"\d{8}", acc)):
        return False
    digits = [int(c) for c in sc + acc]
    if 10004 <= int(sc) <= 16715:
        w = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
        return sum(a * b for a, b in zip(w, digits)) % 11 == 0
    if sc == "499273":
        w = [2, 1] * 7
        return sum(sum(map(int, str(a * b))) for a, b in zip(w, digits)) % 10 == 0
    return False


def dvla_ok(s):
    s = s.upper().replace(" ", "")
    m = re.fullmatch(r"([A-Z9]{5})(\d)([0156]\d)([0-3]\d)(\d)([A-Z9]{2})(\d)([A-Z0-9]{2})", s)
    if not m or not re.fullmatch(r"[A-Z]+9*", m.group(1)):
        return False
    if not re.fullmatch(r"[A-Z][A-Z9]", m.group(6)):
        return False
    month, day = int(m.group(3)), int(m.group(4))
    if month > 50:
        month -= 50
    if not 1 <= month <= 12:
        return False
    yy = int(m.group(2) + m.group(5))
    return any(1 <= day <= calendar.monthrange(c + yy, month)[1] for c in (1900, 2000))


def mrz_ok(s):
    if not re.fullmatch(r"[0-9A-Z<]{9}[0-9]", s):
        return False
    val = lambda c: 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
    return sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s[:9])) % 10 == int(s[9])


def passport_fmt_ok(s):
    return bool(re.fullmatch(r"\d{9}", s))


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def date_ok(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        y = int(y) if len(y) == 4 else 2000 + int(y)
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            y, mo, d = map(int, m.groups())
        else:
            m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)? ([A-Za-z]+)\.? (\d{4})", s)
            if not m:
                return False
            d, y = int(m.group(1)), int(m.group(4))
            suf = m.group(2)
            if suf and suf != {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th"):
                return False
            word = m.group(3).lower()
            if word[:3] not in MONTHS or not (word in ("sept",) or calendar.month_name[MONTHS.index(word[:3]) + 1].lower().startswith(word)):
                return False
            mo = MONTHS.index(word[:3]) + 1
    if not (1900 <= y <= 2025 and 1 <= mo <= 12):
        return False
    return 1 <= d <= calendar.monthrange(y, mo)[1]


# ----------------------------------------------------------------------------------------
# Generators (valid and deliberately invalid)
# ----------------------------------------------------------------------------------------
def uln_make(g):
    while True:
        d = [g.randint(1, 9)] + [g.randint(0, 9) for _ in range(8)]
        r = sum(d[i] * (10 - i) for i in range(9)) % 11
        if r:
            return "".join(map(str, d)) + str(10 - r)


def nhs_make(g):
    while True:
        d = [g.choice([4, 4, 4, 6, 6, 7])] + [g.randint(0, 9) for _ in range(8)]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        if c == 11:
            c = 0
        if c != 10:
            return "".join(map(str, d)) + str(c)


def upn_make(g, la=None, estab=None, temp=False):
    la = la or g.choice(["330", "336", "886", "937", "801", "204", "919", "373", "340", "855"])
    estab = estab or "%04d" % g.choice([4012, 4021, 4157, 5402, 6905, 4630])
    yr = "%02d" % g.randint(12, 21)
    body = la + estab + yr + ("%02d" % g.randint(0, 99) + g.choice(UPN_ALPHA) if temp else "%03d" % g.randint(1, 260))
    total = 0
    for pos, ch in enumerate(body, start=2):
        total += (int(ch) if ch.isdigit() else UPN_ALPHA.index(ch)) * pos
    return UPN_ALPHA[total % 23] + body


def nino_make(g):
    while True:
        p = g.choice(sorted(NINO_1)) + g.choice(sorted(NINO_2))
        if p not in NINO_BAD:
            return p + "%06d" % g.randint(0, 999999) + g.choice("ABCD")


def card_make(g, prefix, length=16):
    while True:
        body = prefix + "".join(str(g.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn(body + c):
                return body + c


def sc_make(g):
    while True:
        sc = "%06d" % g.randint(10004, 16715)
        acc = "%08d" % g.randint(10000000, 99999999)
        if sc_ok(sc, acc):
            return sc, acc


def passport_make(g):
    return str(g.randint(1, 5)) + "".join(str(g.randint(0, 9)) for _ in range(8))


def mrz_docnum(num9):
    val = lambda c: 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
    return num9 + str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(num9)) % 10)


def dvla_make(g, surname, dob, sex, initials):
    s = re.sub(r"[^A-Z]", "", unicodedata.normalize("NFKD", surname).encode("ascii", "ignore").decode().upper())
    s = (s + "99999")[:5]
    month = dob.month + (50 if sex == "F" else 0)
    ini = (initials.upper() + "9")[:2]
    return "%s%d%02d%02d%d%s9%s" % (s, (dob.year // 10) % 10, month, dob.day, dob.year % 10, ini,
                                   g.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + g.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))


def bad10(g, first=None):
    """10 digits that fail ULN, NHS and MRZ doc-number checks."""
    while True:
        d = str(first or g.randint(1, 9)) + "".join(str(g.randint(0, 9)) for _ in range(9))
        if not uln_ok(d) and not nhs_ok(d) and not mrz_ok(d):
            return d


def bad_upn(g):
    v = upn_make(g)
    wrong = g.choice([c for c in UPN_ALPHA if c != v[0]])
    return wrong + v[1:]


def bad_card(g, prefix="4", length=16):
    v = card_make(g, prefix, length)
    return v[:-1] + str((int(v[-1]) + g.randint(1, 9)) % 10)


# ----------------------------------------------------------------------------------------
# Scanner used only for self-verification of the finished files
# ----------------------------------------------------------------------------------------
RUN = re.compile(r"\d+(?:[ \-]\d+)*")
RE_UPN = re.compile(r"(?i)\b[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]\b")
RE_NINO = re.compile(r"(?i)\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \-]?[0-9]{2}[ \-]?[0-9]{2}[ \-]?[0-9]{2}[ \-]?[A-D]\b")
RE_DVLA = re.compile(r"(?i)\b[A-Z9]{5}[0-9][0156][0-9][0-3][0-9][0-9][A-Z9]{2}[0-9][A-Z0-9]{2}\b")
RE_MRZ = re.compile(r"\b[0-9A-Z<]{9}[0-9<]")


def scan(text):
    """Return a list of (kind, token) for every VALID strong identifier (conservative)."""
    hits = []
    for m in RUN.finditer(text):
        chunks = re.split(r"[ \-]", m.group(0))
        starts, pos = [], m.start()
        for ch in chunks:
            starts.append(pos)
            pos += len(ch) + 1
        wordch = lambda k: 0 <= k < len(text) and (text[k].isalnum() or text[k] == "_")
        for i in range(len(chunks)):
            if wordch(starts[i] - 1):
                continue
            for j in range(i, len(chunks)):
                if wordch(starts[j] + len(chunks[j])):
                    continue
                d = "".join(chunks[i:j + 1])
                if len(d) > 20:
                    break
                if len(d) == 10 and (uln_ok(d) and j == i):
                    hits.append(("uln", d))
                if len(d) == 10 and nhs_digits_ok(d):
                    hits.append(("nhs", d))
                if len(d) == 10 and j == i and mrz_ok(d):
                    hits.append(("mrz", d))
                if 12 <= len(d) <= 19 and d[0] in "23456" and card_ok(d):
                    hits.append(("card", d))
                if len(d) == 14 and sc_ok(d[:6], d[6:]):
                    hits.append(("sortcode", d))
    for m in RE_UPN.finditer(text):
        if upn_ok(m.group(0)):
            hits.append(("upn", m.group(0)))
    for m in RE_NINO.finditer(text):
        if nino_ok(m.group(0)):
            hits.append(("nino", m.group(0)))
    for t in (text, re.sub(r"(?<=[A-Za-z0-9]) (?=[A-Za-z0-9])", "", text)):
        for m in RE_DVLA.finditer(t):
            if dvla_ok(m.group(0)):
                hits.append(("dvla", m.group(0)))
    for m in re.finditer(r"\b\d{9}\b", text):
        lo = max(0, m.start() - 300)
        if "passport" in text[lo:m.end() + 300].lower():
            hits.append(("passport", m.group(0)))
    return hits


# ----------------------------------------------------------------------------------------
# Text helpers
# ----------------------------------------------------------------------------------------
SMART = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
         "\u2026": "...", "\u00a0": " ", "\u2022": "*", "\u20ac": "EUR"}


def fit(text, charset):
    """Make text encodable in charset the way a mail client would (fold what cannot be sent)."""
    cs = charset.lower()
    if cs == "utf-8":
        return text
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            rep = SMART.get(ch)
            if rep is None:
                rep = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?"
            out.append(rep)
    return "".join(out)


KEY_PHRASES = ["dates of birth", "date of birth", "National Insurance", "NHS number", "NHS numbers",
               "sort code", "account number", "card number", "passport number", "passport numbers",
               "driving licence", "learner number", "pupil number", "Child Protection", "child protection",
               "medical needs", "data protection", "Data Protection", "safeguarding concern", "special educational"]


def wrap_paras(text, width):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith((" ", "\t", "|", ">")) or "  " in para.strip():
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def wrap_split(text, g):
    """Hard-wrap at a width in 66..78 chosen so that a key phrase straddles a line break if possible."""
    widths = list(range(66, 79))
    g.shuffle(widths)
    for w in widths:
        t = wrap_paras(text, w)
        for ph in KEY_PHRASES:
            pat = r"\s+".join(map(re.escape, ph.split(" ")))
            for m in re.finditer(pat, t):
                if "\n" in m.group(0):
                    return t, w
    return wrap_paras(text, widths[0]), widths[0]


def flowed(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith((" ", "\t", "|")) or "  " in para.strip():
            lines = [para.rstrip()]
        else:
            words = textwrap.wrap(para, width - 1, break_long_words=False, break_on_hyphens=False)
            lines = [w + " " for w in words[:-1]] + [words[-1]]
        for ln in lines:
            if ln.startswith((" ", ">", "From ")):
                ln = " " + ln
            out.append(ln)
    return "\n".join(out)


def table_text(tbl, style):
    hdr, rows = tbl["hdr"], tbl["rows"]
    if style == "aligned":
        w = [max(len(str(r[i])) for r in [hdr] + rows) for i in range(len(hdr))]
        lines = ["  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in [hdr] + rows]
        lines.insert(1, "  ".join("-" * x for x in w))
        return "\n".join(lines)
    if style == "tabs":
        return "\n".join("\t".join(map(str, r)) for r in [hdr] + rows)
    if style == "pipe":
        return "\n".join("| " + " | ".join(map(str, r)) + " |" for r in [hdr] + rows)
    if style == "lines":
        return "\n".join(" - ".join(map(str, r)) for r in rows)
    if style == "commas":
        return "\n".join(", ".join(map(str, r)) for r in rows)
    if style == "numbered":
        return "\n".join("%d. %s" % (i + 1, ", ".join(map(str, r))) for i, r in enumerate(rows))
    if style == "kv":
        return "\n\n".join("\n".join("%s: %s" % (h, c) for h, c in zip(hdr, r)) for r in rows)
    raise ValueError(style)


def csv_text(tbl, header=True):
    def q(c):
        c = str(c)
        return '"%s"' % c.replace('"', '""') if any(x in c for x in ',"\n') else c
    rows = ([tbl["hdr"]] if header else []) + tbl["rows"]
    return "\r\n".join(",".join(q(c) for c in r) for r in rows) + "\r\n"


def html_escape(s, g=None, nbsp=False):
    s = html.escape(s, quote=False).replace("'", "&#8217;" if g and g.random() < .5 else "&#39;")
    s = s.replace("\u00a3", "&pound;").replace("\u2019", "&rsquo;").replace("\u2013", "&ndash;")
    if g is not None:
        s = "".join(("&%s;" % html.entities.codepoint2name[ord(c)]) if ord(c) > 127 and ord(c) in html.entities.codepoint2name and g.random() < .6 else c for c in s)
    if nbsp:
        s = s.replace(" ", "&nbsp;")
    return s


import html.entities  # noqa: E402  (used above)


# ----------------------------------------------------------------------------------------
# MIME assembly
# ----------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body          # headers: list of (k, v); body: bytes

    def bytes(self):
        return "".join("%s: %s\n" % kv for kv in self.headers).encode("ascii") + b"\n" + self.body


def encode_body(raw, cte):
    if cte == "7bit":
        assert all(b < 128 for b in raw), "non-ascii in 7bit"
        assert all(len(l) <= 998 for l in raw.split(b"\n"))
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "8bit":
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(raw if raw.endswith(b"\n") else raw + b"\n")
        return out
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="7bit", extra_params="", disp=None):
    text = fit(text, charset)
    if cte == "7bit":
        charset = "us-ascii" if all(ord(c) < 128 for c in text) else charset
        if charset != "us-ascii":
            cte = "quoted-printable"
    raw = text.encode(charset)
    if subtype == "plain" and cte in ("7bit", "8bit") and "\r\n" in text:
        pass
    hdrs = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, extra_params)),
            ("Content-Transfer-Encoding", cte)]
    if disp:
        hdrs.append(("Content-Disposition", disp))
    return Part(hdrs, encode_body(raw, cte))


def file_part(data, ctype, filename, cte="base64", inline=False):
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Transfer-Encoding", cte),
            ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename))]
    return Part(hdrs, encode_body(data, cte))


def boundary(g, style=None):
    style = style if style is not None else g.randint(0, 3)
    h = "%032x" % g.getrandbits(128)
    return ["----=_NextPart_000_%s_%s.%s" % (h[:4], h[4:12], h[12:20]),
            "_%s_" % h[:24], "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper()),
            "=-%s" % h[:20]][style]


def multipart(subtype, parts, g, params=""):
    b = boundary(g)
    body = b"This is a multi-part message in MIME format.\n\n" if g.random() < .5 else b""
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, params))], body)


def message_bytes(hdrs, root):
    """hdrs: ordered list of (k, v) for the message; root: Part whose headers are appended."""
    out = "".join("%s: %s\n" % kv for kv in hdrs)
    out += "MIME-Version: 1.0\n"
    return out.encode("ascii") + root.bytes()


def enc_addr(name, addr):
    return formataddr((name, addr), charset="utf-8") if name else addr


def enc_subject(s):
    if all(ord(c) < 128 for c in s):
        # fold long subjects the usual way
        return s
    from email.header import Header
    return Header(s, "utf-8", header_name="Subject").encode()


# ----------------------------------------------------------------------------------------
# Office documents and archives built with zipfile
# ----------------------------------------------------------------------------------------
ZDATE = (2025, 3, 3, 9, 14, 0)


def _zadd(z, name, data):
    zi = zipfile.ZipInfo(name, ZDATE)
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, data)


def xlsx_bytes(tbl, sheet="Sheet1", numeric_cols=()):
    rows = [tbl["hdr"]] + tbl["rows"]
    strings, idx = [], {}

    def si(s):
        if s not in idx:
            idx[s] = len(strings)
            strings.append(s)
        return idx[s]
    colname = lambda i: "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, val in enumerate(row):
            ref = "%s%d" % (colname(c), r)
            val = str(val)
            if r > 1 and c in numeric_cols and re.fullmatch(r"\d+", val):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, val))
            else:
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, si(val)))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s %s><sheetData>%s</sheetData></worksheet>'
                 % (ns, rns, "".join(xml_rows)))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">%s</sst>'
           % (ns, len(strings), len(strings),
              "".join("<si><t>%s</t></si>" % html.escape(s, quote=False) for s in strings)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s %s><sheets>'
          '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rns, html.escape(sheet)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zadd(z, "[Content_Types].xml", ct)
        _zadd(z, "_rels/.rels", rels)
        _zadd(z, "xl/workbook.xml", wb)
        _zadd(z, "xl/_rels/workbook.xml.rels", wbrels)
        _zadd(z, "xl/worksheets/sheet1.xml", sheet_xml)
        _zadd(z, "xl/sharedStrings.xml", sst)
    return buf.getvalue()


def docx_bytes(blocks):
    """blocks: list of str (paragraph) or dict table {'hdr','rows'} or ('h', heading)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, html.escape(t, quote=False))
    body = []
    for b in blocks:
        if isinstance(b, dict):
            rows = []
            for i, r in enumerate([b["hdr"]] + b["rows"]):
                rows.append("<w:tr>%s</w:tr>" % "".join("<w:tc>%s</w:tc>" % para(str(c), bold=(i == 0)) for c in r))
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        elif isinstance(b, tuple):
            body.append(para(b[1], bold=True))
        else:
            for line in b.split("\n"):
                body.append(para(line))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zadd(z, "[Content_Types].xml", ct)
        _zadd(z, "_rels/.rels", rels)
        _zadd(z, "word/document.xml", doc)
    return buf.getvalue()


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            _zadd(z, name, data)
    return buf.getvalue()


def encrypted_zip_bytes(g, names_sizes):
    """A ZipCrypto-style archive written by hand: general-purpose flag bit 0 (encrypted) set,
    12-byte encryption header + random ciphertext per member.  Nothing readable inside."""
    out, central = io.BytesIO(), io.BytesIO()
    dtime = (9 << 11) | (14 << 5)
    ddate = ((2025 - 1980) << 9) | (3 << 5) | 3
    for name, size in names_sizes:
        fn = name.encode()
        comp = bytes(g.getrandbits(8) for _ in range(12 + size))
        crc = g.getrandbits(32)
        usize = int(size * g.uniform(2.2, 3.4))
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0001, 8, dtime, ddate, crc, len(comp), usize, len(fn), 0))
        out.write(fn)
        out.write(comp)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0x0001, 8, dtime, ddate, crc,
                                  len(comp), usize, len(fn), 0, 0, 0, 0, 0o100644 << 16, off))
        central.write(fn)
    cd = central.getvalue()
    cd_off = out.tell()
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names_sizes), len(names_sizes), len(cd), cd_off, 0))
    return out.getvalue()


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armour(g, nbytes):
    keyid = bytes(g.getrandbits(8) for _ in range(8))
    data = bytes([0x85, 0x02, 0x0C, 0x03]) + keyid + bytes([0x01, 0x0F, 0xFF]) + \
        bytes(g.getrandbits(8) for _ in range(512)) + bytes([0xD2, 0xE0 | 0x0B]) + bytes(g.getrandbits(8) for _ in range(nbytes))
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    ck = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + ck + "\n-----END PGP MESSAGE-----\n"


def smime_der(g, nbytes):
    # ContentInfo { contentType envelopedData (1.2.840.113549.1.7.3), [0] EnvelopedData ... } + random
    inner = bytes(g.getrandbits(8) for _ in range(nbytes))
    env = b"\x30\x82" + struct.pack(">H", len(inner) + 4) + b"\x02\x01\x00\x31\x82" + inner[:0] + inner
    a0 = b"\xa0\x82" + struct.pack(">H", len(env)) + env
    oid = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03"
    return b"\x30\x82" + struct.pack(">H", len(oid) + len(a0)) + oid + a0


# ----------------------------------------------------------------------------------------
# People, places and formats (all fictional)
# ----------------------------------------------------------------------------------------
FN_F = ["Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Poppy", "Evie", "Sienna", "Rosie",
        "Harper", "Willow", "Daisy", "Erin", "Niamh", "Aimée", "Zoë", "Chloé", "Siân", "Maisie", "Imogen",
        "Esme", "Ruby", "Layla", "Amara", "Priya", "Hafsa", "Ellie", "Megan", "Leah", "Tilly", "Orla",
        "Renée", "Noémie", "Anaïs", "Keira", "Jasmine", "Bethany"]
FN_M = ["Oliver", "Noah", "George", "Leo", "Arthur", "Oscar", "Harry", "Jack", "Theo", "Finley", "Alfie",
        "Reuben", "Seán", "Rhys", "Callum", "Kai", "Ibrahim", "Yusuf", "Rohan", "Tomasz", "Kacper", "Dylan",
        "Ethan", "Mason", "Tyler", "Jayden", "Louis", "Jenson", "Ollie", "Ewan", "Owen", "José", "Zain",
        "Bradley", "Corey", "Aaron", "Lewis", "Harvey"]
SURN = ["Ashworth", "Bramley", "Cartwright", "Dunmore", "Ellison", "Fairclough", "Gresham", "Holloway",
        "Ingram", "Jarvis", "Kettering", "Lomax", "Marchetti", "Nuttall", "Okonkwo", "Pennington", "Quayle",
        "Radcliffe", "Sowerby", "Thackeray", "Upton", "Varley", "Whitlock", "Yardley", "Abbott", "Brennan",
        "Chowdhury", "Denholm", "Eastwood", "Fenwick", "Gallagher", "Hussain", "Iqbal", "Kowalski",
        "Lindqvist", "McAllister", "Nowak", "O'Donnell", "Patel", "Rahman", "Shaw", "Tierney", "Lefèvre",
        "Mbeki", "Ó Briain", "Haworth", "Sutcliffe", "Greenhalgh", "Boothroyd", "Pickles", "Hartley",
        "Ackroyd", "Mistry", "Begum", "Kaczmarek", "Dobrev", "Crowther", "Wadsworth", "Ogunleye"]
STREETS = ["Mill Lane", "Beech Grove", "Chapel Street", "Moorside Road", "Hollins Close", "Victoria Terrace",
           "Albert Road", "Brook Street", "Kestrel Drive", "Cemetery Road", "Ashfield Avenue", "Lark Rise"]
TOWNS = [("Westbury", "WB4"), ("Westbury", "WB7"), ("Hollinfield", "HF2"), ("Hollinfield", "HF3"),
         ("Castleford Bridge", "CB9"), ("Westbury", "WB11")]
SCHOOL_NAME = "Ashgrove Academy"
SCHOOL_ADDR = "Ashgrove Academy, Mill Lane, Westbury, WB4 7QT"

STAFF = {
    "hoy7": ("Helen Carter", "h.carter", "Head of Year 7"),
    "trips": ("Mark Dobson", "m.dobson", "Educational Visits Coordinator"),
    "senco": ("Priya Natarajan", "p.natarajan", "SENCo"),
    "exams": ("Gareth Lloyd", "g.lloyd", "Exams Officer"),
    "dsl": ("Sarah Whitfield", "s.whitfield", "Designated Safeguarding Lead"),
    "hr": ("Joanne Pike", "j.pike", "HR and Payroll Officer"),
    "fin": ("Daniel Okafor", "d.okafor", "Finance Officer"),
    "att": ("Rachel Beaumont", "r.beaumont", "Attendance Officer"),
    "pe": ("Tom Harrington", "t.harrington", "Head of PE"),
    "careers": ("Claire Moss", "c.moss", "Careers Lead"),
    "data": ("Anita Sharma", "a.sharma", "Data Manager"),
    "tutor": ("Neil Fraser", "n.fraser", "Year 9 Form Tutor"),
    "sbm": ("Louise Grant", "l.grant", "School Business Manager"),
    "music": ("Kevin Marsh", "k.marsh", "Head of Music"),
    "pastoral": ("Bethan Rees", "b.rees", "Pastoral Support Worker"),
    "office": ("Hannah Levy", "h.levy", "School Office Manager"),
    "dep": ("Simon Clarke", "s.clarke", "Deputy Headteacher"),
    "asenco": ("Fiona McBride", "f.mcbride", "Assistant SENCo"),
    "it": ("Owen Price", "o.price", "Network Manager"),
    "head": ("Julia Stevens", "j.stevens", "Headteacher"),
    "sixth": ("Ian Woodward", "i.woodward", "Head of Sixth Form"),
    "lib": ("Emma Thornton", "e.thornton", "Librarian"),
    "sci": ("Zara Ahmed", "z.ahmed", "Head of Science"),
    "hist": ("Paul Bennett", "p.bennett", "Head of History"),
    "hoy10": ("Dominic Varga", "d.varga", "Head of Year 10"),
    "nurse": ("Gemma Hollis", "g.hollis", "Welfare Officer"),
    "clerk": ("Margaret Booth", "m.booth", "Clerk to the Governors"),
    "reception": ("Kirsty Lowe", "k.lowe", "Receptionist"),
}
EXT_PHONE = 0


def staff(key, g=None, phone=False):
    name, local, role = STAFF[key]
    addr = "%s@%s" % (local, SCHOOL)
    sig = "%s\n%s\n%s" % (name, role, SCHOOL_NAME)
    if phone:
        sig += "\nTel: 0161 496 0%03d" % (100 + sum(map(ord, local)) % 800)
    return {"name": name, "addr": addr, "role": role, "sig": sig, "first": name.split()[0]}


def person(g, year=None, used=None, adult=False, sex=None):
    used = used if used is not None else set()
    while True:
        sex_ = sex or g.choice("FM")
        first = g.choice(FN_F if sex_ == "F" else FN_M)
        last = g.choice(SURN)
        if (first, last) not in used and last not in {u[1] for u in used}:
            used.add((first, last))
            break
    if adult:
        dob = dt.date(g.randint(1966, 1996), g.randint(1, 12), 1)
        dob = dob.replace(day=g.randint(1, calendar.monthrange(dob.year, dob.month)[1]))
        year = None
    else:
        start = dt.date(2019 - year, 9, 1)
        dob = start + dt.timedelta(days=g.randint(0, 364))
    return {"first": first, "last": last, "name": "%s %s" % (first, last), "sex": sex_, "dob": dob,
            "year": year, "form": "%s%s" % (year, g.choice("ABCDEGKLRS")) if year else None}


def people(g, n, year, **kw):
    used = set()
    return [person(g, year, used, **kw) for _ in range(n)]


MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


def dob_fmt(d, style):
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy2":
        return d.strftime("%d/%m/%y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%d %s %d" % (d.day, calendar.month_name[d.month], d.year)
    if style == "ord":
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
        return "%d%s %s %d" % (d.day, suf, MON_ABBR[d.month - 1], d.year)
    if style == "dash":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    raise ValueError(style)


def nhs_fmt(n, style):
    return {"plain": n, "space": "%s %s %s" % (n[:3], n[3:6], n[6:]), "dash": "%s-%s-%s" % (n[:3], n[3:6], n[6:])}[style]


def nino_fmt(n, style):
    return {"plain": n, "space": "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
            "dash": "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
            "lower": n.lower()}[style]


def card_fmt(c, style):
    return {"plain": c, "space": " ".join(c[i:i + 4] for i in range(0, len(c), 4)),
            "dash": "-".join(c[i:i + 4] for i in range(0, len(c), 4))}[style]


def sc_fmt(sc, style):
    return {"dash": "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "plain": sc,
            "space": "%s %s %s" % (sc[:2], sc[2:4], sc[4:])}[style]


def address(g):
    town, pc_out = g.choice(TOWNS)
    pc = "%s %d%s%s" % (pc_out, g.randint(1, 9), g.choice("ABDEFGHJLNPQRSTUWXYZ"), g.choice("ABDEFGHJLNPQRSTUWXYZ"))
    return "%d %s, %s %s" % (g.randint(2, 140), g.choice(STREETS), town, pc)


def C(**kw):
    base = {"cc": [], "greet": "", "intro": "", "data": None, "data_style": "aligned", "outro": "", "sign": "",
            "att_name": "details", "att_intro": None, "ids": [], "bad": [], "subject_data": None,
            "numeric_cols": (), "xlsx_sheet": "Sheet1", "csv_header": True, "doc_blocks": None, "inreply": False}
    base.update(kw)
    return base


def ext(name, addr):
    return {"name": name, "addr": addr}


# ----------------------------------------------------------------------------------------
# POSITIVE content (mode "out"); most also work as INTERNAL negatives (mode "internal")
# ----------------------------------------------------------------------------------------
def colleague(key):
    s = staff(key)
    return {"name": s["name"], "addr": s["addr"], "first": s["first"]}


def p_trip_dob(g, mode):
    s = staff(g.choice(["trips", "hoy7"]))
    year = g.choice([6, 7, 8])
    kids = people(g, g.randint(7, 11), year)
    style = g.choice(["dmy", "dot", "long", "ord", "dmy2"])
    notes = ["None", "None", "None", "Nut allergy - EpiPen x2 in bag", "Asthma - blue inhaler",
             "Vegetarian", "Halal", "Coeliac - gluten free", "Type 1 diabetes - insulin pen, see care plan",
             "Travel sick - parent has given Kwells", "Lactose intolerant", "None known"]
    rows = [[k["name"], dob_fmt(k["dob"], style), g.choice(notes)] for k in kids]
    ids = [("dob", r[1]) for r in rows]
    centre = ext("Bookings Team", "bookings@highmoor-outdoor.example")
    to = [centre] if mode == "out" else [colleague("hoy7" if s["addr"].startswith("m.") else "trips")]
    greet = "Hello," if mode == "out" else "Hi %s," % to[0]["name"].split()[0]
    intro = ("As requested on the booking form, here are the names and dates of birth for the Year %d group "
             "coming to Highmoor on the residential next month, plus anything your instructors need to know "
             "about allergies or medication. I've put the details {w}." % year)
    if mode == "internal":
        intro = ("Before I send this over to Highmoor, could you run your eye down the list for the Year %d "
                 "residential? Names, dates of birth and medical bits are {w}. Shout if anything is out of date." % year)
    return C(sender=s, to=to, subject="Year %d residential - group list and DOBs" % year, greet=greet,
             intro=intro, data={"hdr": ["Name", "DOB", "Medical / dietary"], "rows": rows},
             data_style=g.choice(["aligned", "lines", "tabs"]),
             outro="Two staff (me and one other) will hold the medication. Let me know if you need anything else before we arrive.",
             sign="Thanks,\n" + s["sig"], att_name="Y%d_residential_list" % year, ids=ids)


def p_exam_access(g, mode):
    s = staff("exams")
    kids = people(g, g.randint(5, 8), 11)
    arr = ["25% extra time", "Reader", "Scribe", "Word processor", "25% extra time, separate room",
           "Rest breaks", "Modified paper (A3 enlarged)"]
    rows = []
    ids = []
    for k in kids:
        u = uln_make(g)
        cand = "%04d" % g.randint(1001, 1290)
        d = dob_fmt(k["dob"], "dmy")
        rows.append([cand, k["last"].upper(), k["first"], d, u, g.choice(arr)])
        ids += [("uln", u), ("dob", d)]
    board = ext("Access Arrangements", "access.arrangements@northern-exams.example")
    to = [board] if mode == "out" else [colleague("senco")]
    intro = ("Centre 47213. Our online portal login has been locked since Monday so I'm sending the access "
             "arrangement applications for this summer by email as your helpdesk suggested. Candidate number, "
             "name, date of birth and ULN for each learner are {w}, along with the arrangement we are requesting.")
    if mode == "internal":
        intro = ("Priya - this is what I'm planning to put into the exam board portal for access arrangements. "
                 "Candidate numbers, DOBs and ULNs are {w}; can you confirm the arrangements match your Form 8s?")
    return C(sender=s, to=to, subject="Access arrangements - centre 47213 - summer series",
             greet="Dear colleague," if mode == "out" else "Hi,", intro=intro,
             data={"hdr": ["Cand no", "Surname", "Forename", "DOB", "ULN", "Arrangement"], "rows": rows},
             data_style=g.choice(["aligned", "pipe", "tabs"]),
             outro="Evidence of need is held in school and is available for inspection.",
             sign="Regards,\n" + s["sig"], att_name="access_arrangements_47213", ids=ids, numeric_cols=(4,))


def p_college_uln(g, mode):
    s = staff(g.choice(["careers", "hoy10"]))
    kids = people(g, g.randint(6, 9), 11)
    course = ["Level 3 Engineering", "Level 2 Hair and Beauty", "A levels", "Level 3 Health and Social Care",
              "Level 2 Construction", "Level 3 Art and Design", "T Level Digital", "Level 1 Motor Vehicle"]
    rows, ids = [], []
    for k in kids:
        u = uln_make(g)
        rows.append([k["name"], u, g.choice(course), g.choice(["", "", "SEN support", "EHCP", "", "FSM"])])
        ids.append(("uln", u))
    to = [ext("Schools Liaison", "transition@riverside-college.example")] if mode == "out" else [colleague("careers") if s["addr"][0] == "d" else colleague("hoy10")]
    return C(sender=s, to=to, subject="Transition info - Ashgrove Y11 applicants",
             greet="Hi Jas," if mode == "out" else "Hi,",
             intro=("Following our meeting, here is the transition information for our Year 11 students who have "
                    "conditional offers with you for September. I've included their unique learner numbers so your "
                    "admissions team can match them up, and flagged anyone with additional needs. Details are {w}."),
             data={"hdr": ["Student", "ULN", "Course", "Needs"], "rows": rows},
             data_style=g.choice(["aligned", "commas"]),
             outro="Happy to talk through any of the students with EHCPs on the phone.",
             sign="Best wishes,\n" + s["sig"], att_name="Y11_transition", ids=ids, numeric_cols=(1,))


def p_upn_la(g, mode):
    s = staff("data")
    kids = people(g, g.randint(5, 7), g.choice([7, 8, 9]))
    rows, ids = [], []
    la = "886"
    for k in kids:
        u = upn_make(g, la=la, estab="4012")
        d = dob_fmt(k["dob"], "dmy")
        rows.append([k["last"], k["first"], d, u, k["form"]])
        ids += [("upn", u), ("dob", d)]
    to = [ext("Pupil Tracking Team", "pupil.tracking@westshire-council.example")] if mode == "out" else [colleague("att")]
    return C(sender=s, to=to, subject="Pupils missing from your January return",
             greet="Hi Marcus," if mode == "out" else "Hi Rachel,",
             intro=("The pupils {w} appear on our roll but your tracking report says you can't find them on the "
                    "LA system. I've checked the UPNs in our MIS and they look right to me - could you have another "
                    "look your end? Surname, forename, DOB, UPN and tutor group for each."),
             data={"hdr": ["Surname", "Forename", "DOB", "UPN", "Tutor group"], "rows": rows},
             data_style=g.choice(["aligned", "tabs", "pipe"]),
             outro="Thanks for your help with this.", sign="Anita\n" + s["sig"], att_name="missing_pupils", ids=ids)


def p_transfer(g, mode):
    s = staff(g.choice(["hoy7", "data", "pastoral"]))
    k = person(g, g.choice([7, 8, 9]))
    u = upn_make(g)
    d = dob_fmt(k["dob"], g.choice(["dmy", "long"]))
    addr = address(g)
    par = person(g, adult=True, sex="F")
    prose = ("Pupil: %s\nDate of birth: %s\nUPN: %s\nAddress: %s\nParent/carer: %s (mum), mobile 07700 900%03d\n"
             "Needs: SEN support (literacy) - reading age approx two years below chronological age. Has a "
             "laptop for extended writing. No medical needs recorded. Previously open to Early Help; case closed in October."
             % (k["name"], d, u, addr, par["first"] + " " + k["last"], g.randint(100, 999)))
    other = ext("Admissions", "admissions@st-aidans-high.example")
    to = [other] if mode == "out" else [colleague("senco")]
    return C(sender=s, to=to, subject="In-year transfer - %s (Year %d)" % (k["name"], k["year"]),
             subject_data="Transfer: %s DOB %s UPN %s" % (k["name"], d, u),
             greet="Dear Mrs Oduya," if mode == "out" else "Hi,",
             intro=("%s is moving to you after half term because the family are relocating. The CTF upload keeps "
                    "failing, so in the meantime here is the basic information you asked for:" % k["first"]),
             data=prose, outro="I'll send the full pupil file by post once the move is confirmed.",
             sign="Kind regards,\n" + s["sig"], att_name="transfer_%s" % k["last"].replace(" ", "").replace("'", ""),
             ids=[("upn", u), ("dob", d)])


def p_imms_nhs(g, mode):
    s = staff(g.choice(["nurse", "office"]))
    kids = people(g, g.randint(6, 9), 8)
    st = g.choice(["space", "plain", "dash"])
    rows, ids = [], []
    for k in kids:
        n = nhs_fmt(nhs_make(g), st)
        d = dob_fmt(k["dob"], "dmy")
        rows.append([k["name"], d, n, g.choice(["Consent given", "Consent given", "Declined", "No response"])])
        ids += [("nhs", n), ("dob", d)]
    to = [ext("Immunisation Team", "sais.westshire@westshire-nhs.example")] if mode == "out" else [colleague("hoy7")]
    return C(sender=s, to=to, subject="Y8 HPV catch-up session - consent list",
             greet="Hi team," if mode == "out" else "Hi Helen,",
             intro=("Ahead of Thursday's catch-up session, here are the Year 8 pupils who missed the first dose. "
                    "I've added NHS numbers where parents gave them on the paper forms, and the consent status "
                    "as it stands today. List {w}."),
             data={"hdr": ["Name", "DOB", "NHS No.", "Consent"], "rows": rows},
             data_style=g.choice(["aligned", "lines"]),
             outro="We'll have the sports hall ready from 9am.", sign="Thanks\n" + s["sig"], att_name="HPV_catchup", ids=ids)


def p_camhs(g, mode):
    s = staff(g.choice(["senco", "pastoral", "dsl"]))
    k = person(g, g.choice([9, 10, 11]))
    n = nhs_fmt(nhs_make(g), g.choice(["space", "plain"]))
    d = dob_fmt(k["dob"], g.choice(["dmy", "long", "ord"]))
    he = "she" if k["sex"] == "F" else "he"
    prose = ("Name: %s\nD.O.B. %s\nNHS no: %s\nGP: Moorside Medical Practice\n\n"
             "Since Christmas %s has disclosed thoughts of self-harm to two members of staff and has fresh cuts on "
             "both forearms, which were seen by our welfare officer on 4 February. %s was prescribed sertraline "
             "50mg in November by the GP and mum reports %s is not always taking it. Attendance has dropped to "
             "71%% and %s is now avoiding lessons by staying in the toilets." % (k["name"], d, n, k["first"], he.capitalize(), he, he))
    to = [ext("CAMHS Single Point of Access", "camhs.spa@westshire-nhs.example")] if mode == "out" else [colleague("dsl" if s["addr"][0] != "s" else "senco")]
    return C(sender=s, to=to, subject="Referral - urgent - Y%d student" % k["year"],
             subject_data="CAMHS referral %s DOB %s" % (k["name"], d),
             greet="Dear SPA team," if mode == "out" else "Hi,",
             intro=("I'm following up my phone call this morning with the written referral for a student we are "
                    "very worried about. Mum is aware and consents to the referral."),
             data=prose, outro="I can be reached on the school number any time today.",
             sign="Kind regards,\n" + s["sig"], att_name="CAMHS_referral", ids=[("nhs", n), ("dob", d)])


def p_payroll(g, mode):
    s = staff("hr")
    p = person(g, adult=True)
    ni = nino_fmt(nino_make(g), g.choice(["space", "plain", "dash"]))
    sc, acc = sc_make(g)
    scs = sc_fmt(sc, g.choice(["dash", "plain", "space"]))
    d = dob_fmt(p["dob"], "dmy")
    prose = ("Name: %s\nRole: Teaching Assistant (Level 2), 32.5 hrs, term time only\nStart date: 24/02/2025\n"
             "DOB: %s\nNI number: %s\nAddress: %s\nBank: sort code %s, account no %s\nStudent loan: Plan 2\nP45 to follow."
             % (p["name"], d, ni, address(g), scs, acc))
    to = [ext("Payroll Services", "schools.payroll@payroll-partners.example")] if mode == "out" else [colleague("sbm")]
    return C(sender=s, to=to, subject="New starter for February payroll",
             greet="Hi Karen," if mode == "out" else "Hi Louise,",
             intro=("Please could you set up the following new starter for the February run? The signed contract "
                    "is on its way but I wanted to get the details to you before the cut-off."),
             data=prose, outro="Many thanks.", sign=s["sig"], att_name="new_starter",
             ids=[("nino", ni), ("sc", scs + " " + acc), ("dob", d)])


def p_supply_nino(g, mode):
    s = staff(g.choice(["hr", "dep"]))
    p = person(g, adult=True)
    ni = nino_fmt(nino_make(g), g.choice(["space", "plain", "lower"]))
    kw = g.choice(["NINo", "NI no.", "National Insurance no", "NI number"])
    to = [ext("Bookings", "bookings@classcover-agency.example")] if mode == "out" else [colleague("sbm")]
    return C(sender=s, to=to, subject="Timesheet query - %s" % p["name"],
             greet="Hi Leanne,",
             intro=("%s has been with us covering Science since January and tells me she hasn't been paid for the "
                    "week beginning 10 March. I've signed the timesheet on your portal. In case it helps you find her "
                    "record, her details from our single central record are:" % p["first"] if p["sex"] == "F" else
                    "%s has been covering Geography for us since January and says the week beginning 10 March is "
                    "missing from his pay. The timesheet is signed on the portal. To help you find his record, from "
                    "our single central record:" % p["first"]),
             data="%s - %s %s, DOB %s, DBS certificate 0017%08d" % (p["name"], kw, ni, dob_fmt(p["dob"], "dmy"), g.randint(0, 99999999)),
             outro="Can you let me know once it's sorted?", sign="Thanks,\n" + s["sig"], ids=[("nino", ni)])


def p_card_parent(g, mode):
    s = staff(g.choice(["office", "reception", "fin"]))
    par = person(g, adult=True)
    brand = g.choice([("4", 16, "Visa"), ("5", 16, "Mastercard"), ("4", 16, "Visa debit")])
    pre = brand[0] + (str(g.randint(1, 5)) if brand[0] == "5" else str(g.randint(0, 9)))
    c = card_fmt(card_make(g, pre, brand[1]), g.choice(["space", "plain", "dash"]))
    exp = "%02d/%02d" % (g.randint(1, 12), g.randint(26, 29))
    kid = person(g, 10)
    kw = g.choice(["card no.", "Card number", "long number", "card"])
    to = [ext("Alpine School Tours", "accounts@alpine-school-tours.example")] if mode == "out" else [colleague("fin")]
    return C(sender=s, to=to, subject="Balance payment - Ashgrove ski trip - %s" % kid["name"],
             greet="Hello,",
             intro=("%s's mum phoned the school office this morning because she couldn't get your online payment "
                    "page to work. She has asked us to pass on her %s details so you can take the final balance of "
                    "\u00a3640 for the Austria trip:" % (kid["first"], brand[2])),
             data="Name on card: %s\n%s %s\nExpiry %s   CVV %03d\nBilling postcode as per booking form."
             % (par["first"][0] + " " + kid["last"], kw.capitalize() if kw[0].islower() else kw, c, exp, g.randint(100, 999)),
             outro="Please confirm to her directly once it has gone through.", sign="Many thanks\n" + s["sig"],
             ids=[("card", c)])


def p_card_school(g, mode):
    s = staff(g.choice(["sbm", "trips"]))
    c = card_fmt(card_make(g, "4" + str(g.randint(0, 9)), 16), g.choice(["space", "plain"]))
    exp = "%02d/%02d" % (g.randint(1, 12), g.randint(26, 28))
    to = [ext("Valley Coaches", "hire@valley-coaches.example")] if mode == "out" else [colleague("fin")]
    return C(sender=s, to=to, subject="Coach deposit - booking for 14 May",
             greet="Hi Steve,",
             intro=("Thanks for the quote for the 53-seater on 14 May. Your card machine line was engaged all "
                    "afternoon so here are the details of the school purchasing card to take the \u00a3150 deposit. "
                    "The card is in my name."),
             data="%s, Visa %s, exp %s, security code %03d, registered to the school address." % (s["name"], c, exp, g.randint(100, 999)),
             outro="Please send the receipt to this address.", sign="Thanks,\n" + s["sig"], ids=[("card", c)])


def p_refund_bank(g, mode):
    s = staff("fin")
    kid = person(g, g.choice([7, 8, 9, 10]))
    par = person(g, adult=True)
    sc, acc = sc_make(g)
    scs = sc_fmt(sc, g.choice(["dash", "space", "plain"]))
    kw = g.choice([("s/c", "a/c no"), ("sort code", "acc no."), ("S/C", "A/C"), ("sort", "account")])
    to = [ext("Schools Finance", "schoolsfinance@ledgerline.example")] if mode == "out" else [colleague("sbm")]
    return C(sender=s, to=to, subject="Refund to parent - cancelled Y%d theatre trip" % kid["year"],
             greet="Hi Paul,",
             intro=("Could you add one more refund to this week's BACS run please? The parent below paid twice for "
                    "the theatre trip that was cancelled and would like the \u00a332.50 back to her account rather "
                    "than held as credit."),
             data="Payee: Mrs %s %s (parent of %s, %s)\n%s %s   %s %s\nReference: ASH-THEATRE-%s"
             % (par["first"], kid["last"], kid["name"], kid["form"], kw[0], scs, kw[1], acc, kid["last"].upper().replace(" ", "").replace("'", "")),
             outro="Authorised by Louise Grant (SBM).", sign="Dan\n" + s["sig"], ids=[("sc", scs + " " + acc)])


def p_passport_trip(g, mode):
    s = staff("trips")
    kids = people(g, g.randint(5, 8), g.choice([9, 10]))
    rows, ids = [], []
    for k in kids:
        pn = passport_make(g)
        exp = dob_fmt(dt.date(g.randint(2026, 2034), g.randint(1, 12), g.randint(1, 28)), "dmy")
        d = dob_fmt(k["dob"], "dmy")
        rows.append([k["last"].upper(), k["first"], d, pn, exp, "British"])
        ids += [("passport", pn), ("dob", d)]
    to = [ext("Groups Team", "groups@alpine-school-tours.example")] if mode == "out" else [colleague("dep")]
    return C(sender=s, to=to, subject="Ski trip Feb - passport details for flight manifest",
             greet="Hi Anna,",
             intro=("Here are the passport details for the first batch of students on the February ski trip so you "
                    "can book the flights. Surname, forename, date of birth, passport number and expiry date are {w}. "
                    "The rest will follow once parents have sent copies in."),
             data={"hdr": ["Surname", "Forename", "DOB", "Passport no", "Expiry", "Nationality"], "rows": rows},
             data_style=g.choice(["aligned", "tabs"]),
             outro="Staff passport details will come separately.", sign="Cheers,\n" + s["sig"],
             att_name="ski_trip_passports", ids=ids, numeric_cols=(3,))


def p_mrz(g, mode):
    s = staff("trips")
    k = person(g, 10)
    pn = passport_make(g)
    full = mrz_docnum(pn)
    sur = re.sub(r"[^A-Z]", "", unicodedata.normalize("NFKD", k["last"]).encode("ascii", "ignore").decode().upper())
    line1 = ("P<GBR%s<<%s" % (sur, k["first"].upper().encode("ascii", "ignore").decode())).ljust(44, "<")[:44]
    dob = k["dob"].strftime("%y%m%d")
    ck = lambda t: mrz_docnum(t.rjust(9, "<"))[-1] if len(t) <= 9 else "0"
    line2 = full + "GBR" + dob + ck(dob) + ("F" if k["sex"] == "F" else "M") + "310614" + ck("310614") + "<" * 14 + "<0"
    to = [ext("Groups Team", "groups@alpine-school-tours.example")] if mode == "out" else [colleague("dep")]
    return C(sender=s, to=to, subject="Re: missing passport - %s" % k["name"], inreply=True,
             greet="Hi Anna,",
             intro=("Sorry, the photocopy of %s's passport was too faint to read. Dad has copied the two lines from "
                    "the bottom of the photo page for me instead, so the passport number is in there:" % k["first"]),
             data=line1 + "\n" + line2 + "\n\nPassport no. %s, expires 14/06/2031." % pn,
             outro="Shout if you need anything else for the manifest.", sign=s["sig"],
             ids=[("passport", pn), ("mrz", full)])


def p_dvla(g, mode):
    s = staff(g.choice(["sbm", "pe"]))
    used = set()
    drivers = [person(g, used=used, adult=True) for _ in range(g.randint(3, 5))]
    rows, ids = [], []
    for p in drivers:
        ini = p["first"][0] + g.choice(["", "J", "A", "M", ""])
        lic = dvla_make(g, p["last"], p["dob"], p["sex"], ini)
        if g.random() < .3:
            lic_s = "%s %s %s" % (lic[:5], lic[5:11], lic[11:])
        else:
            lic_s = lic
        d = dob_fmt(p["dob"], "dmy")
        rows.append([p["name"], d, lic_s, g.choice(["D1 (pre-1997)", "B + MiDAS", "D1 (pre-1997)"])])
        ids += [("dvla", lic_s), ("dob", d)]
    to = [ext("Fleet Desk", "fleet@minibus-insure.example")] if mode == "out" else [colleague("sbm") if s["addr"][0] != "l" else colleague("pe")]
    return C(sender=s, to=to, subject="Named drivers - policy renewal",
             greet="Hi,",
             intro=("For the renewal of our minibus policy, here are the staff who will be driving from September. "
                    "Full name, date of birth and driving licence number for each are {w}, with their entitlement."),
             data={"hdr": ["Driver", "DOB", "Licence number", "Entitlement"], "rows": rows},
             data_style=g.choice(["aligned", "lines"]),
             outro="All have completed the MiDAS refresher.", sign="Regards\n" + s["sig"], att_name="minibus_drivers", ids=ids)


def p_ehcp(g, mode):
    s = staff(g.choice(["senco", "asenco"]))
    k = person(g, g.choice([5, 6, 7, 8]))
    u = upn_make(g)
    d = dob_fmt(k["dob"], g.choice(["dmy", "long"]))
    he, his = ("she", "her") if k["sex"] == "F" else ("he", "his")
    prose = ("%s (%s), DOB %s, UPN %s\n"
             "Primary need: Autism (diagnosed 2019, community paediatrics); secondary: ADHD, takes methylphenidate "
             "18mg each morning.\n"
             "Current provision: 15 hours 1:1 TA support, daily sensory breaks, social communication group twice a "
             "week, visual timetable. %s finds unstructured times very hard and there have been three incidents of "
             "%s running out of the building this term." % (k["name"], k["form"], d, u, he.capitalize(), "her" if he == "she" else "him"))
    to = [ext("Dr Sophie Kerr", "s.kerr@westshire-council.example")] if mode == "out" else [colleague("dep")]
    return C(sender=s, to=to, subject="Annual review prep - %s" % k["first"],
             greet="Hi Sophie," if mode == "out" else "Hi Simon,",
             intro=("Ahead of %s's EHCP annual review on the 19th, here is the summary I promised so you can "
                    "prepare your EP advice. Parents are happy for this to be shared with you." % k["first"]),
             data=prose,
             outro="The full review paperwork will come through the SEN portal. Let me know if you want to observe %s in class first." % ("her" if he == "she" else "him"),
             sign="Best wishes,\n" + s["sig"], att_name="annual_review_summary", ids=[("upn", u), ("dob", d)])


def p_mash(g, mode):
    s = staff("dsl")
    k = person(g, g.choice([3, 4, 5, 7, 8]))
    d = dob_fmt(k["dob"], g.choice(["dmy", "dot", "long"]))
    sib = person(g, k["year"] + 2 if k["year"] < 10 else 11)
    he, his = ("she", "her") if k["sex"] == "F" else ("he", "his")
    prose = ("Child: %s, DOB %s, Year %d\nAddress: %s\nSibling at this school: %s %s, Year %d\n"
             "Mother: %s %s. Mother's partner: 'Dean' (surname not known).\n\n"
             "Concern: At 8.50 this morning %s told the class teacher that Dean \"grabbed %s neck\" last night "
             "because %s spilt a drink. Staff saw a red mark approximately 4cm across on the left side of %s neck. "
             "%s was quiet but calm and did not want to go home. This is the second disclosure this half term "
             "(first logged 14 January - bruise to upper arm, explained by mum as a fall)."
             % (k["name"], d, k["year"], address(g), sib["first"], k["last"], sib["year"], g.choice(FN_F), k["last"],
                k["first"], his, he, his, k["first"]))
    to = [ext("Westshire MASH", "mash@childrens-services.westshire.example")] if mode == "out" else [colleague("head")]
    return C(sender=s, to=to, subject="Safeguarding referral - CP concern",
             subject_data="CP concern: %s DOB %s" % (k["name"], d),
             greet="Dear MASH team," if mode == "out" else "Julia,",
             intro=("Following my call to the front door at 10.15 today, please find the details of the referral "
                    "below. I have not informed mum as we believe this could place the child at further risk."
                    if mode == "out" else "For your information - copy of what I am about to phone through to MASH. Logged on CPOMS as well."),
             data=prose, outro="I'm available on the school number until 6pm.",
             sign="Sarah Whitfield\nDesignated Safeguarding Lead\nAshgrove Academy", att_name="referral", ids=[("dob", d)])


def p_medical_tournament(g, mode):
    s = staff("pe")
    kids = people(g, g.randint(8, 10), g.choice([7, 8]), sex=g.choice(["F", "M"]))
    conds = ["Asthma - inhaler in kit bag", "", "", "", "Epilepsy - buccal midazolam, care plan attached",
             "Severe peanut allergy - 2 x EpiPen", "", "Type 1 diabetes - checks BG at half time", "Hayfever", ""]
    style = g.choice(["dmy", "iso", "dot"])
    rows, ids = [], []
    for k in kids:
        d = dob_fmt(k["dob"], style)
        rows.append([k["name"], d, g.choice(conds) or "-"])
        ids.append(("dob", d))
    to = [ext("Mr Ahmed", "pe@hollinfield-high.example")] if mode == "out" else [colleague("trips")]
    return C(sender=s, to=to, subject="U13 tournament Saturday - team sheet",
             greet="Hi Imran,",
             intro=("Our squad for Saturday is {w}. Dates of birth are there for the age check, and I've listed the "
                    "medical conditions your first aider should know about."),
             data={"hdr": ["Player", "D.O.B.", "Medical"], "rows": rows},
             data_style=g.choice(["aligned", "numbered"]),
             outro="We should arrive about 9.15.", sign="Tom\n" + s["sig"], att_name="U13_team_sheet", ids=ids)


def p_register_home(g, mode):
    s = staff(g.choice(["tutor", "hoy10", "hist"]))
    year = g.choice([9, 10])
    kids = people(g, g.randint(10, 14), year)
    form = kids[0]["form"]
    rows, ids = [], []
    for k in kids:
        u = upn_make(g, la="937", estab="4157")
        d = dob_fmt(k["dob"], "dmy")
        rows.append([k["last"], k["first"], form, d, u, g.choice(["N", "N", "N", "K", "E"]), g.choice(["N", "N", "Y"])])
        ids += [("upn", u), ("dob", d)]
    home = ext(s["name"], "%s%d@example.com" % (s["name"].lower().replace(" ", "."), g.randint(70, 92)))
    to = [home] if mode == "out" else [colleague("hoy10") if s["addr"][0] != "d" else colleague("tutor")]
    return C(sender=s, to=to, subject=g.choice(["form list", "for home", "%s" % form, "export"]),
             greet="", intro=g.choice(["", "for tonight", "as discussed"]),
             data={"hdr": ["Legal Surname", "Legal Forename", "Reg", "DOB", "UPN", "SEN", "PP"], "rows": rows},
             data_style="tabs", outro="", sign="Sent from my iPhone" if g.random() < .4 else "",
             att_name="%s_export" % form, ids=ids, csv_header=g.random() < .6)


def p_edtech(g, mode):
    s = staff(g.choice(["it", "data", "sci"]))
    year = g.choice([7, 8])
    kids = people(g, g.randint(8, 12), year)
    rows, ids = [], []
    for k in kids:
        u = upn_make(g)
        email = "%d%s.%s@students.school.example" % (k["dob"].year % 100, k["first"][0].lower(),
                                                     re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", k["last"]).encode("ascii", "ignore").decode().lower()))
        rows.append([u, k["first"], k["last"], k["form"], email, dob_fmt(k["dob"], "iso")])
        ids += [("upn", u), ("dob", rows[-1][5])]
    to = [ext("Onboarding", "onboarding@mathsquest.example")] if mode == "out" else [colleague("data") if s["addr"][0] != "a" else colleague("it")]
    return C(sender=s, to=to, subject="Rostering file for Year %d" % year,
             greet="Hi,",
             intro="Here is the Year %d file for our trial ({w}); columns are in the order your template asked for." % year,
             att_intro="Here is the Year %d file for our trial, in your template's column order." % year,
             data={"hdr": ["upn", "first_name", "last_name", "class", "email", "dob"], "rows": rows},
             data_style="commas", outro="Could you confirm when the accounts are live?", sign=s["sig"],
             att_name="roster_Y%d" % year, ids=ids)


def p_photo_upn(g, mode):
    s = staff(g.choice(["office", "data"]))
    kids = people(g, g.randint(10, 13), 7)
    rows, ids = [], []
    for k in kids:
        u = upn_make(g, la="330", estab="5402")
        rows.append([k["form"], k["last"], k["first"], u])
        ids.append(("upn", u))
    rows.sort()
    to = [ext("Bright Lens Photography", "schools@brightlens-photography.example")] if mode == "out" else [colleague("hoy7")]
    return C(sender=s, to=to, subject="Ashgrove - Y7 photo day data",
             greet="Hi Jo,", intro="Data for the Year 7 individual photos on the 3rd is {w}.",
             att_intro="Data for the Year 7 individual photos on the 3rd.",
             data={"hdr": ["Form", "Surname", "Forename", "Admission ref"], "rows": rows}, data_style="aligned",
             outro="", sign="Thanks\nHannah" if s["addr"][0] == "h" else "Thanks\nAnita", att_name="Y7_photo_data", ids=ids)


def p_tutoring(g, mode):
    s = staff(g.choice(["dep", "asenco"]))
    kids = people(g, g.randint(6, 8), g.choice([8, 9, 10]))
    style = g.choice(["dmy", "dmy2", "long"])
    rows, ids = [], []
    for k in kids:
        d = dob_fmt(k["dob"], style)
        rows.append([k["name"], d, g.choice(["K - dyslexia", "K - SLCN", "E - ASD", "-", "-", "K - SEMH"]),
                     g.choice(["PP", "PP", "", "LAC"])])
        ids.append(("dob", d))
    to = [ext("Tutor Trust", "schools@tutortrust-partners.example")] if mode == "out" else [colleague("senco")]
    return C(sender=s, to=to, subject="Maths tutoring cohort - spring",
             greet="Dear Ella,",
             intro=("Our spring tutoring cohort is {w}. I've included dates of birth because your registration "
                    "form asks for them, and SEN status and disadvantage flags so tutors can pitch the sessions."),
             data={"hdr": ["Pupil", "Date of birth", "SEN", "Flags"], "rows": rows},
             data_style=g.choice(["aligned", "pipe"]), outro="Sessions to start week commencing 3 March please.",
             sign="Kind regards\n" + s["sig"], att_name="tutoring_cohort", ids=ids)


def p_fsm(g, mode):
    s = staff(g.choice(["office", "fin"]))
    fams = []
    ids = []
    for _ in range(g.randint(3, 4)):
        par = person(g, adult=True)
        kid = person(g, g.choice([7, 8, 9]))
        kid["last"] = par["last"]
        ni = nino_fmt(nino_make(g), g.choice(["plain", "space"]))
        d = dob_fmt(kid["dob"], "dmy")
        fams.append([par["first"] + " " + par["last"], ni, dob_fmt(par["dob"], "dmy"), kid["first"] + " " + kid["last"], d])
        ids += [("nino", ni), ("dob", d)]
    to = [ext("Free School Meals", "fsm.checks@westshire-council.example")] if mode == "out" else [colleague("sbm")]
    return C(sender=s, to=to, subject="Eligibility checks - 4 new applications",
             greet="Hello,",
             intro=("Please can you run eligibility checks for the families {w}? Parents completed paper forms in "
                    "the office. Columns: parent name, NI no., parent DOB, child and child's DOB."),
             data={"hdr": ["Parent", "NINO", "Parent DOB", "Child", "Child DOB"], "rows": fams},
             data_style="aligned", outro="Thank you.", sign=s["sig"], att_name="fsm_checks", ids=ids)


def p_ap_referral(g, mode):
    s = staff(g.choice(["dep", "hoy10"]))
    k = person(g, g.choice([9, 10]), sex="M")
    u = upn_make(g)
    d = dob_fmt(k["dob"], "dmy")
    prose = ("Student: %s   UPN: %s   D.O.B %s\n"
             "Suspensions this year: 4 (21 days in total) - persistent disruption, one physical assault on a peer.\n"
             "Open to children's social care (Child in Need plan since November). Known to the youth offending "
             "service. Diagnosed ADHD, not currently medicated. Reading age 9y 4m." % (k["name"], u, d))
    to = [ext("Referrals", "referrals@pathways-ap.example")] if mode == "out" else [colleague("dsl")]
    return C(sender=s, to=to, subject="AP referral - Y%d boy" % k["year"],
             greet="Hi Tariq,",
             intro="As discussed at the panel, here is the background for the student we would like to place with you for a six-week intervention.",
             data=prose, outro="Mum has agreed to a visit next week.", sign="Regards\n" + s["sig"],
             att_name="AP_referral", ids=[("upn", u), ("dob", d)])


def p_salt(g, mode):
    s = staff(g.choice(["senco", "asenco"]))
    k = person(g, g.choice([6, 7]))
    n = nhs_fmt(nhs_make(g), "space")
    d = dob_fmt(k["dob"], g.choice(["dmy", "ord"]))
    to = [ext("Children's Speech and Language Therapy", "slt.referrals@westshire-nhs.example")] if mode == "out" else [colleague("senco") if s["addr"][0] == "f" else colleague("asenco")]
    return C(sender=s, to=to, subject="SLT re-referral",
             subject_data="SLT re-referral - %s, NHS %s" % (k["name"], n),
             greet="Dear SLT team,",
             intro="I would like to re-refer a pupil who was discharged from your service in Year 4.",
             data=("%s, born %s, NHS number %s, currently in %s. Stammer has become much more noticeable since the "
                   "move to secondary; %s now refuses to read aloud and has stopped answering the register. On the "
                   "SEN register at SEN support for speech, language and communication needs."
                   % (k["name"], d, n, k["form"], "she" if k["sex"] == "F" else "he")),
             outro="Parental consent form is signed and I can post it.", sign="Many thanks,\n" + s["sig"],
             att_name="SLT_referral", ids=[("nhs", n), ("dob", d)])


def p_work_exp(g, mode):
    s = staff("careers")
    kids = people(g, g.randint(3, 5), 10)
    rows, ids = [], []
    for k in kids:
        d = dob_fmt(k["dob"], "long")
        rows.append([k["name"], d, g.choice(["None", "Asthma (inhaler)", "Anxiety - may need quiet space", "None", "Mild hearing loss, left ear"]),
                     "07700 900%03d" % g.randint(100, 999)])
        ids.append(("dob", d))
    to = [ext("Mrs Dawson", "hr@kestrel-engineering.example")] if mode == "out" else [colleague("hoy10")]
    return C(sender=s, to=to, subject="Work experience w/c 7 July",
             greet="Dear Mrs Dawson,",
             intro=("Thank you again for taking students for work experience. As your health and safety form asks, "
                    "their dates of birth, any medical needs and an emergency contact number are {w}."),
             data={"hdr": ["Student", "Born", "Medical", "Emergency contact"], "rows": rows}, data_style="kv",
             outro="They will arrive at 8.45 on the Monday.", sign="Kind regards,\n" + s["sig"],
             att_name="work_experience_students", ids=ids)


def p_music_hub(g, mode):
    s = staff("music")
    kids = people(g, g.randint(6, 9), g.choice([7, 8, 9]))
    inst = ["Violin", "Drum kit", "Flute", "Guitar", "Trumpet", "Clarinet", "Voice", "Keyboard"]
    style = g.choice(["dmy", "dmy2"])
    rows, ids = [], []
    for k in kids:
        d = dob_fmt(k["dob"], style)
        rows.append([k["name"], k["form"], d, g.choice(inst), g.choice(["Full", "Remitted (FSM)", "Full"])])
        ids.append(("dob", d))
    to = [ext("Music Hub", "lessons@westshire-music-hub.example")] if mode == "out" else [colleague("fin")]
    return C(sender=s, to=to, subject="Summer term lesson sign-ups",
             greet="Hi Beth,",
             intro="New sign-ups for instrumental lessons this term are {w} (D.O.B.s included for your system).",
             data={"hdr": ["Name", "Form", "D.O.B.", "Instrument", "Fees"], "rows": rows},
             data_style=g.choice(["aligned", "lines"]), outro="", sign="Kev\n" + s["sig"], att_name="music_signups", ids=ids)


def p_nurse_subject(g, mode):
    s = staff(g.choice(["nurse", "pastoral", "hoy7"]))
    k = person(g, g.choice([7, 8, 9]))
    n = nhs_fmt(nhs_make(g), g.choice(["space", "plain"]))
    d = dob_fmt(k["dob"], "dmy")
    to = [ext("School Nurse Team", "schoolnurses.west@westshire-nhs.example")] if mode == "out" else [colleague("nurse") if s["addr"][0] != "g" else colleague("pastoral")]
    return C(sender=s, to=to, subject="Enuresis / continence advice",
             subject_data="%s %s DOB %s NHS %s - continence" % (k["first"], k["last"], d, n),
             greet="Hi,",
             intro=("Could someone from the team contact mum about continence support? %s has had several "
                    "accidents in school this month and is being teased. Mum has given consent for the referral "
                    "and says the GP suggested school nursing first." % k["first"]),
             data="Name: %s\nDOB: %s\nNHS no: %s" % (k["name"], d, n),
             outro="Thank you.", sign=s["sig"], att_name="referral", ids=[("nhs", n), ("dob", d)])


def p_reference_uln(g, mode):
    s = staff("sixth")
    k = person(g, 13)
    u = uln_make(g)
    d = dob_fmt(k["dob"], "long")
    to = [ext("Admissions Office", "admissions@northbridge-university.example")] if mode == "out" else [colleague("careers")]
    return C(sender=s, to=to, subject="Reference and exam results - %s" % k["name"],
             greet="Dear Admissions Officer,",
             intro=("Further to your request, I can confirm the following for our former student, who left the "
                    "sixth form last summer."),
             data=("%s (date of birth %s), unique learner number %s, achieved A*AB (Biology, Chemistry, "
                   "Psychology). %s missed most of Year 12 through illness (chronic fatigue syndrome) and was "
                   "supported with a reduced timetable; the grades should be read in that light."
                   % (k["name"], d, u, "She" if k["sex"] == "F" else "He")),
             outro="Please contact me if you need anything further.", sign="Yours faithfully,\n" + s["sig"],
             ids=[("uln", u), ("dob", d)])


def p_fpn(g, mode):
    s = staff("att")
    rows, ids = [], []
    for _ in range(g.randint(3, 5)):
        k = person(g, g.choice([8, 9, 10]))
        u = upn_make(g, la="886", estab="4012")
        d = dob_fmt(k["dob"], "dmy")
        rows.append([k["name"], d, u, g.choice(FN_F + FN_M) + " " + k["last"], address(g), "%d.%d%%" % (g.randint(61, 84), g.randint(0, 9))])
        ids += [("upn", u), ("dob", d)]
    to = [ext("Attendance Support", "attendance.legal@westshire-council.example")] if mode == "out" else [colleague("dep")]
    return C(sender=s, to=to, subject="Penalty notice requests - spring 1",
             greet="Hi Lisa,",
             intro=("Please find {w} the pupils we are requesting penalty notices for after unauthorised term-time "
                    "holidays. Warning letters were sent for all of them."),
             data={"hdr": ["Pupil", "DOB", "UPN", "Parent", "Address", "Attendance"], "rows": rows},
             data_style="kv", outro="Registers are available on request.", sign="Thanks\n" + s["sig"],
             att_name="penalty_notice_requests", ids=ids)


def p_counselling(g, mode):
    s = staff(g.choice(["pastoral", "dsl"]))
    k = person(g, g.choice([8, 9, 10, 11]))
    d = dob_fmt(k["dob"], g.choice(["dmy", "long"]))
    he = "she" if k["sex"] == "F" else "he"
    to = [ext("Riverbank Counselling", "intake@riverbank-counselling.example")] if mode == "out" else [colleague("dsl") if s["addr"][0] != "s" else colleague("pastoral")]
    return C(sender=s, to=to, subject="New referral for school-based counselling",
             greet="Hi Naomi,",
             intro="Here are the details of the young person I mentioned on the phone.",
             data=("%s, %s, born %s. Dad died suddenly in September and %s has been struggling since. Disclosed "
                   "to %s form tutor that %s has been making %s sick after meals; GP is aware and %s is on the "
                   "waiting list for the eating disorders service."
                   % (k["name"], k["form"], d, he, "her" if he == "she" else "his", he,
                      "herself" if he == "she" else "himself", he)),
             outro="Mum's preferred contact is by phone after 3pm.", sign="Best,\n" + s["sig"], ids=[("dob", d)])


def p_careers_uln(g, mode):
    s = staff("careers")
    kids = people(g, g.randint(8, 11), 11)
    rows, ids = [], []
    for k in kids:
        u = uln_make(g)
        rows.append([u, k["last"], k["first"], g.choice(["Sixth form", "College - Level 3", "Apprenticeship", "Unknown", "College - Level 2", "NEET risk"])])
        ids.append(("uln", u))
    to = [ext("Future Paths", "data@futurepaths-careers.example")] if mode == "out" else [colleague("hoy10")]
    return C(sender=s, to=to, subject="Intended destinations Y11",
             greet="Hi Sam,",
             intro="Latest intended destinations for the guidance interviews are {w}, with ULNs to match to your records.",
             att_intro="Latest intended destinations for the guidance interviews.",
             data={"hdr": ["ULN", "Surname", "Forename", "Intended destination"], "rows": rows},
             data_style="tabs", outro="", sign="Claire", att_name="Y11_destinations", ids=ids, numeric_cols=(0,))


def p_sports_league(g, mode):
    s = staff("pe")
    kids = people(g, g.randint(10, 12), 9, sex=g.choice(["F", "M"]))
    rows, ids = [], []
    for k in kids:
        d = dob_fmt(k["dob"], "dmy")
        rows.append([k["first"], k["last"], d])
        ids.append(("dob", d))
    to = [ext("County Schools FA", "registrations@westshire-sfa.example")] if mode == "out" else [colleague("dep")]
    return C(sender=s, to=to, subject="U14 cup registrations",
             greet="Hi,", intro="Player registrations for the U14 county cup:",
             att_intro="Player registrations for the U14 county cup attached.",
             data={"hdr": ["First name", "Last name", "Date of birth"], "rows": rows},
             data_style=g.choice(["commas", "aligned"]), outro="", sign="Tom Harrington\nAshgrove Academy PE",
             att_name="U14_registrations", ids=ids)


def p_occ_health(g, mode):
    s = staff("hr")
    p = person(g, adult=True)
    ni = nino_fmt(nino_make(g), "space")
    d = dob_fmt(p["dob"], "dmy")
    to = [ext("OH Referrals", "referrals@workwell-oh.example")] if mode == "out" else [colleague("head")]
    return C(sender=s, to=to, subject="Management referral",
             greet="Dear OH team,",
             intro="Please accept this management referral for a member of our teaching staff.",
             data=("Employee: %s\nDate of birth: %s\nNational Insurance no: %s\nJob title: Teacher of English\n"
                   "Absent since 6 January with work-related stress and depression (fit note to 28 February). "
                   "Is taking citalopram and seeing a counsellor privately. We would like advice on a phased "
                   "return and any adjustments." % (p["name"], d, ni)),
             outro="The employee has seen and agreed to this referral.", sign="Regards,\n" + s["sig"],
             att_name="OH_referral", ids=[("nino", ni), ("dob", d)])


# ----------------------------------------------------------------------------------------
# INBOUND content (negatives: from outside, auth_user null, to staff)
# ----------------------------------------------------------------------------------------
def i_la_ehcp(g):
    k = person(g, g.choice([4, 6, 7]))
    u = upn_make(g)
    d = dob_fmt(k["dob"], "dmy")
    return C(sender=ext("Amy Brook", "amy.brook@westshire-council.example"), to=[colleague("senco")],
             subject="Draft EHCP for comment - %s" % k["name"], greet="Dear Priya,",
             intro="Please find below the key sections of the draft plan for your comments within 15 days.",
             data=("Child: %s  DOB: %s  UPN: %s\nSection B (needs): significant difficulties with expressive "
                   "language and working memory; sensory processing differences; anxiety in crowded spaces.\n"
                   "Section F (provision): 20 hours per week additional adult support; weekly SALT programme." % (k["name"], d, u)),
             outro="Kind regards", sign="Amy Brook\nSEN Casework Officer\nWestshire Council",
             att_name="draft_EHCP", ids=[("upn", u), ("dob", d)])


def i_examboard_uln(g):
    kids = people(g, 5, 11)
    rows, ids = [], []
    for k in kids:
        u = uln_make(g)
        rows.append(["%04d" % g.randint(1001, 1290), k["name"], u])
        ids.append(("uln", u))
    return C(sender=ext("Entries Support", "entries@northern-exams.example"), to=[colleague("exams")],
             subject="Centre 47213 - ULN mismatches on summer entries", greet="Dear Exams Officer,",
             intro="Our records show the candidates {w} with ULNs that do not match the Learning Records Service. Please check and amend by 21 February.",
             data={"hdr": ["Candidate", "Name", "ULN held"], "rows": rows}, data_style="aligned",
             outro="Regards,", sign="Entries Support Team\nNorthern Examinations Board", att_name="uln_mismatch", ids=ids)


def i_imms_return(g):
    kids = people(g, 6, 8)
    rows, ids = [], []
    for k in kids:
        n = nhs_make(g)
        rows.append([k["name"], dob_fmt(k["dob"], "dmy"), nhs_fmt(n, "space"), g.choice(["Vaccinated", "Vaccinated", "Absent", "Refused on day"])])
        ids.append(("nhs", rows[-1][2]))
    return C(sender=ext("Westshire SAIS", "sais.westshire@westshire-nhs.example"), to=[colleague("nurse")],
             subject="Outcome of HPV session", greet="Hi Gemma,",
             intro="Thanks for hosting us. Outcomes for the pupils on your list are {w} for your records.",
             data={"hdr": ["Name", "DOB", "NHS number", "Outcome"], "rows": rows}, data_style="tabs",
             outro="We will return on 12 June for the absentees.", sign="Best wishes\nJackie\nSchool Age Immunisation Service",
             att_name="HPV_outcomes", ids=ids)


def i_prev_school(g):
    k = person(g, 8)
    u = upn_make(g, la="204")
    d = dob_fmt(k["dob"], "long")
    return C(sender=ext("Mrs Oduya", "admissions@st-aidans-high.example"), to=[colleague("data")],
             subject="Incoming pupil - %s" % k["name"], greet="Dear Anita,",
             intro="As promised on the phone, the details of the pupil joining you on Monday:",
             data="%s, born %s, UPN %s. Attendance 94%%. No SEN. Free school meals eligible. Last school report to follow by post." % (k["name"], d, u),
             outro="Kind regards,", sign="Grace Oduya\nAdmissions Officer\nSt Aidan's High School",
             ids=[("upn", u), ("dob", d)])


def i_social_care(g):
    k = person(g, g.choice([5, 8]))
    d = dob_fmt(k["dob"], "dmy")
    return C(sender=ext("Chris Naylor", "chris.naylor@childrens-services.westshire.example"), to=[colleague("dsl")],
             subject="Strategy discussion outcome", greet="Hi Sarah,",
             intro="Thanks for joining the strategy discussion this afternoon. For your records:",
             data=("Child: %s (DOB %s). Outcome: proceed to section 47 enquiry. Police will not be taking further "
                   "action at this stage. Initial child protection conference to be held within 15 working days; "
                   "school is asked to provide a report and to monitor attendance and presentation daily." % (k["name"], d)),
             outro="Please call me with any new information.", sign="Chris Naylor\nSocial Worker\nAssessment Team",
             ids=[("dob", d)])


def i_parent_medical(g):
    k = person(g, g.choice([7, 8]))
    n = nhs_fmt(nhs_make(g), "space")
    mum = person(g, adult=True, sex="F")
    return C(sender=ext(mum["first"] + " " + k["last"], "%s.%s@example.net" % (mum["first"].lower()[:4], k["last"].lower().replace(" ", "").replace("'", ""))),
             to=[colleague("nurse")], subject="%s - new medication" % k["first"], greet="Hi Mrs Hollis,",
             intro="Just to let you know the consultant has changed %s's epilepsy medication." % k["first"],
             data=("%s is now on levetiracetam 250mg twice a day (morning and evening, so nothing needed in school). "
                   "The rescue medication stays the same. NHS number is %s if the school nurse needs it for the care plan." % (k["first"], n)),
             outro="Thanks so much,", sign=mum["first"], ids=[("nhs", n)])


def i_centre_rooming(g):
    kids = people(g, 8, 7)
    rows, ids = [], []
    for i, k in enumerate(kids):
        d = dob_fmt(k["dob"], "dmy")
        rows.append(["Room %d" % (i // 4 + 1), k["name"], d])
        ids.append(("dob", d))
    return C(sender=ext("Highmoor Bookings", "bookings@highmoor-outdoor.example"), to=[colleague("trips")],
             subject="Rooming list confirmation", greet="Hi Mark,",
             intro="We've put your group into rooms as below - please check names and dates of birth are correct for our insurers.",
             data={"hdr": ["Room", "Name", "DOB"], "rows": rows}, data_style="aligned",
             outro="See you on the 12th!", sign="Becky\nHighmoor Outdoor Centre", att_name="rooming", ids=ids)


def i_payroll_query(g):
    p = person(g, adult=True)
    ni = nino_fmt(nino_make(g), "plain")
    return C(sender=ext("Karen Lyle", "schools.payroll@payroll-partners.example"), to=[colleague("hr")],
             subject="P45 query", greet="Hi Joanne,",
             intro="We can't process the P45 for your new starter yet:",
             data="%s, NI number %s - the leaving date on the P45 is after your start date. Could you check with her previous employer?" % (p["name"], ni),
             outro="Thanks", sign="Karen\nPayroll Partners", ids=[("nino", ni)])


def i_parent_card(g):
    kid = person(g, 10)
    c = card_fmt(card_make(g, "4" + str(g.randint(0, 9))), "space")
    return C(sender=ext("Lee " + kid["last"], "lee.%s@example.org" % kid["last"].lower().replace(" ", "").replace("'", "")),
             to=[colleague("office")], subject="ski trip payment", greet="Hi,",
             intro="Can't get ParentPay to work so here are my card details for the ski trip balance for %s." % kid["first"],
             data="Card number %s exp 11/27 cvv %03d" % (c, g.randint(100, 999)), outro="Cheers", sign="Lee",
             ids=[("card", c)])


def i_gp_letter(g):
    k = person(g, g.choice([9, 10]))
    n = nhs_fmt(nhs_make(g), "space")
    d = dob_fmt(k["dob"], "dmy")
    return C(sender=ext("Moorside Medical Practice", "admin.moorside@westshire-nhs.example"), to=[colleague("senco")],
             subject="Letter re: patient", greet="Dear Ms Natarajan,",
             intro="With the consent of the patient's parent:",
             data="Re: %s, DOB %s, NHS No. %s. This young person has been diagnosed with hypermobility syndrome and should be excused from contact sports; a lift pass would help." % (k["name"], d, n),
             outro="Yours sincerely,", sign="Dr R. Mensah\nMoorside Medical Practice", ids=[("nhs", n), ("dob", d)])


def i_college_return(g):
    kids = people(g, 6, 12)
    rows, ids = [], []
    for k in kids:
        u = uln_make(g)
        rows.append([k["name"], u, g.choice(["Enrolled", "Enrolled", "Withdrawn"])])
        ids.append(("uln", u))
    return C(sender=ext("Jas Kaur", "transition@riverside-college.example"), to=[colleague("careers")],
             subject="Enrolment status of your former Y11s", greet="Hi Claire,",
             intro="For your destinations return, here is where your ex-students are up to:",
             data={"hdr": ["Name", "ULN", "Status"], "rows": rows}, data_style="aligned", outro="", sign="Jas",
             att_name="enrolments", ids=ids, numeric_cols=(1,))


def i_agency_staff(g):
    p = person(g, adult=True)
    ni = nino_fmt(nino_make(g), "space")
    return C(sender=ext("Leanne", "bookings@classcover-agency.example"), to=[colleague("hr")],
             subject="Candidate profile for Monday", greet="Hi Joanne,",
             intro="Profile for the supply teacher starting with you on Monday:",
             data="%s, DOB %s, NI %s, enhanced DBS issued 02/10/2024 (update service), QTS 2016, right to work checked." % (p["name"], dob_fmt(p["dob"], "dmy"), ni),
             outro="Thanks,", sign="Leanne\nClassCover", ids=[("nino", ni)])


def i_la_attendance(g):
    kids = people(g, 8, g.choice([8, 9]))
    rows, ids = [], []
    for k in kids:
        u = upn_make(g, la="886", estab="4012")
        rows.append([u, k["last"], k["first"], dob_fmt(k["dob"], "dmy"), "%d.%d" % (g.randint(60, 89), g.randint(0, 9))])
        ids.append(("upn", u))
    return C(sender=ext("Attendance Support", "attendance.legal@westshire-council.example"), to=[colleague("att")],
             subject="Persistent absence list - spring", greet="Hi Rachel,",
             intro="Your persistent absentees from our data are {w} - please check before the meeting.",
             data={"hdr": ["UPN", "Surname", "Forename", "DOB", "Attendance %"], "rows": rows},
             outro="Lisa", sign="Attendance Support Team", att_name="PA_list", ids=ids)


def i_parent_bank(g):
    kid = person(g, 9)
    sc, acc = sc_make(g)
    scs = sc_fmt(sc, "dash")
    return C(sender=ext("Mr " + kid["last"], "d.%s@example.com" % kid["last"].lower().replace(" ", "").replace("'", "")),
             to=[colleague("fin")], subject="Refund for %s" % kid["first"], greet="Hello,",
             intro="Re the cancelled trip refund - my details are:",
             data="Sort code %s, account number %s, name D %s" % (scs, acc, kid["last"]), outro="Thank you",
             sign="Darren", ids=[("sc", scs + " " + acc)])


# ----------------------------------------------------------------------------------------
# NEAR-MISS / topical content (negatives, outbound staff -> outside, no personal data)
# ----------------------------------------------------------------------------------------
def n_invoice(g):
    s = staff(g.choice(["fin", "sbm"]))
    invs = [bad10(g) for _ in range(3)]
    po = "%09d" % g.randint(100000000, 999999999)
    rows = [[i, dob_fmt(dt.date(2025, g.randint(1, 3), g.randint(1, 28)), "dmy"), "\u00a3%d.%02d" % (g.randint(40, 900), g.randint(0, 99))] for i in invs]
    return C(sender=s, to=[ext("Credit Control", "credit.control@edusupplies-direct.example")],
             subject="Statement query - account ASH004",
             greet="Hello,", intro=("Your statement shows three invoices as overdue that we believe were paid by BACS "
                                    "on 28 February against purchase order %s. Details {w}." % po),
             data={"hdr": ["Invoice no.", "Invoice date", "Amount"], "rows": rows}, data_style="aligned",
             outro="Could you check your remittances and confirm?", sign="Kind regards,\n" + s["sig"],
             att_name="statement_query", bad=[("ten", i) for i in invs])


def n_courier(g):
    s = staff(g.choice(["reception", "office", "it"]))
    cons = [bad10(g) for _ in range(2)]
    cons_s = ["%s %s %s" % (c[:3], c[3:6], c[6:]) for c in cons]
    return C(sender=s, to=[ext("Customer Service", "help@swiftparcel.example")],
             subject="Missing deliveries - consignments %s and %s" % (cons_s[0], cons_s[1]),
             greet="Hi,", intro="Two parcels shown as delivered to us yesterday have not arrived.",
             data=("Consignment %s - 2 boxes, signed for by 'SCHOOL' at 14:02\nConsignment %s - 1 box, no signature"
                   % tuple(cons_s)),
             outro="Nobody at reception signed for either. Our delivery address is %s, goods entrance off Beech Grove." % SCHOOL_ADDR,
             sign="Thanks,\n" + s["sig"], bad=[("ten", c) for c in cons_s])


def isbn13(g):
    while True:
        body = "978" + "".join(str(g.randint(0, 9)) for _ in range(9))
        ck = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        i = body + str(ck)
        if not scan(i) and not scan("%s-%s-%s-%s-%s" % (i[:3], i[3], i[4:7], i[7:12], i[12])):
            return i


def n_isbn(g):
    s = staff(g.choice(["lib", "hist", "sci"]))
    titles = ["Of Mice and Men (class set)", "An Inspector Calls - revision guide", "GCSE Combined Science workbook",
              "The Boy at the Back of the Class", "Holes", "A Christmas Carol (annotated)", "Macbeth - graphic novel",
              "Oxford Atlas for Key Stage 3"]
    rows = []
    hy = g.random() < .5
    for t in g.sample(titles, 5):
        i = isbn13(g)
        rows.append([t, "%s-%s-%s-%s-%s" % (i[:3], i[3], i[4:7], i[7:12], i[12]) if hy else i, str(g.choice([1, 5, 15, 30, 32]))])
    return C(sender=s, to=[ext("School Orders", "schools@pageturner-books.example")],
             subject="Order for Ashgrove Academy - account 20417",
             greet="Hello,", intro="Please could you supply the books listed {w}, invoicing the school as usual.",
             data={"hdr": ["Title", "ISBN", "Qty"], "rows": rows}, data_style="aligned",
             outro="Delivery to the library, " + SCHOOL_ADDR + ".", sign="Many thanks,\n" + s["sig"],
             att_name="book_order")


def n_exam_timetable(g):
    s = staff("exams")
    papers = [("8461/1H", "Biology Paper 1 (H)", "12/05/2025", "AM", "Sports Hall"),
              ("8700/1", "English Language Paper 1", "23/05/2025", "AM", "Sports Hall"),
              ("8300/2F", "Mathematics Paper 2 (F)", "04/06/2025", "AM", "Main Hall"),
              ("8035/1", "Geography Paper 1", "15/05/2025", "PM", "Room S12"),
              ("8145/1B", "History Paper 1", "02/06/2025", "AM", "Sports Hall"),
              ("8658/LF", "French Listening (F)", "21/05/2025", "AM", "Room L4")]
    rows = [[p[0], p[1], p[2], p[3], p[4], "Candidates %04d-%04d" % (a, a + g.randint(20, 180))] for p, a in zip(g.sample(papers, 5), [1001, 1040, 1101, 1150, 1201])]
    return C(sender=s, to=[ext("Invigilation Bookings", "bookings@invigilate-uk.example")],
             subject="Summer 2025 invigilator requirements",
             greet="Hi Debbie,", intro=("Our main sessions for the summer series are {w}, with the room and the candidate "
                                        "number range seated in each, so you can work out invigilator numbers (1 per 30)."),
             data={"hdr": ["Code", "Paper", "Date", "Session", "Room", "Seating"], "rows": rows}, data_style="aligned",
             outro="AM sessions start at 9.00, please arrive by 8.30.", sign="Gareth\n" + s["sig"], att_name="invigilation_2025")


def n_term_dates(g):
    s = staff(g.choice(["office", "head"]))
    data = ("Autumn term 2025: Wednesday 3 September to Friday 19 December\n"
            "  Half term: Monday 27 October - Friday 31 October\n"
            "Spring term 2026: Monday 5 January to Friday 27 March\n"
            "  Half term: Monday 16 February - Friday 20 February\n"
            "Summer term 2026: Monday 13 April to Wednesday 22 July\n"
            "  Bank holiday Monday 4 May; half term Monday 25 May - Friday 29 May\n"
            "INSET days: 1 and 2 September, 24 October, 5 January, 1 June")
    return C(sender=s, to=[ext("Friends of Ashgrove", "chair@friends-of-ashgrove.example"),
                           ext("Lorna Patel", "lorna.p@example.org")],
             subject="Term dates 2025-26 for the PTA calendar",
             greet="Hi Lorna and all,", intro="Here are the confirmed term dates for next year so you can plan the PTA events around them:",
             data=data, outro="Dates of the summer fair and quiz night can go in the newsletter once you've chosen them.",
             sign="Best wishes,\n" + s["sig"])


def n_fixtures(g):
    s = staff("pe")
    rows = [["Tue 14 Jan", "U13 Girls netball", "Home", "3.45pm"], ["Thu 23 Jan", "U14 Boys football", "Away", "3.30pm"],
            ["Wed 5 Feb", "U15 Girls football", "Home", "3.45pm"], ["Sat 8 Feb", "U12 Mixed cross country", "Away", "10.00am"],
            ["Tue 25 Feb", "U13 Boys rugby", "Home", "3.45pm"]]
    return C(sender=s, to=[ext("Mr Ahmed", "pe@hollinfield-high.example")], subject="Spring fixtures v Hollinfield",
             greet="Hi Imran,", intro="Here's what I've got in the diary for our fixtures against you this term - can you check it matches yours?",
             data={"hdr": ["Date", "Team", "Venue", "Start"], "rows": rows}, data_style="aligned",
             outro="Main office number is 0161 496 0100 if anything changes on the day.", sign="Tom\n" + s["sig"], att_name="fixtures")


def n_cover_codes(g):
    s = staff(g.choice(["dep", "sci"]))
    rows = [["P1", "10X/Sc1", "S4", "Chemistry - rates of reaction, worksheet on desk"],
            ["P2", "7K/Sc3", "S2", "Cells - textbook p.34-37"], ["P3", "Free", "-", "-"],
            ["P4", "9R/Sc2", "S4", "Electricity quiz on Teams"], ["P5", "11B/Sc5", "Lab S1", "Past paper 8464/P/1H, Q1-6"]]
    return C(sender=s, to=[ext("Bookings", "bookings@classcover-agency.example")], subject="Cover required Thursday 6 March",
             greet="Hi Leanne,", intro="We need a science teacher for Thursday 6 March. The timetable they'll be covering is {w}:",
             data={"hdr": ["Period", "Class", "Room", "Work set"], "rows": rows}, data_style="aligned",
             outro="Please ask them to sign in at reception by 8.15.", sign="Thanks,\n" + s["sig"], att_name="cover_Thursday")


def n_hmrc_nino(g):
    s = staff("hr")
    ex = g.choice(["QQ 12 34 56 C", "QQ123456C"])
    return C(sender=s, to=[ext("Applicant", "r.okafor.teach@example.net")], subject="Your starter paperwork",
             greet="Dear Rhiannon,",
             intro=("Thank you for returning your contract. When you fill in the new starter checklist, your "
                    "National Insurance number goes in box 4 - it has two letters, six numbers and a final letter, "
                    "like the example printed on the form (%s). Please do not email it to us; bring the "
                    "form and your passport or birth certificate to HR on your first morning for the right-to-work check." % ex),
             outro="We look forward to welcoming you in April.", sign="Kind regards,\n" + s["sig"],
             bad=[("ninobad", ex)])


def n_card_warning(g):
    s = staff(g.choice(["fin", "office"]))
    v = bad_card(g, "4" + str(g.randint(0, 9)))
    vs = card_fmt(v, "space")
    return C(sender=s, to=[ext("Mrs Iqbal", "s.iqbal@example.org")], subject="Re: paying for the ski trip", inreply=True,
             greet="Dear Mrs Iqbal,",
             intro=("Thank you for your message. For your security please never send card numbers by email - the "
                    "school cannot accept payment that way. You can pay the balance through ParentPay, or by card "
                    "over the phone with the finance office."),
             data=("The gift voucher you mentioned (number %s) can't be used for trip payments, I'm afraid, as it "
                   "was issued by the PTA for the summer fair." % vs),
             outro="Kind regards,", sign=s["sig"], bad=[("card16", vs)])


def n_upn_booking(g):
    s = staff(g.choice(["trips", "hist"]))
    ref = bad_upn(g)
    return C(sender=s, to=[ext("Group Sales", "groups@grand-theatre-westbury.example")], subject="Group booking %s - numbers" % ref,
             greet="Hello,", intro=("Regarding our group booking (reference %s) for the matinee of An Inspector Calls on "
                                    "Wednesday 12 March: we now need 46 student tickets and 5 staff, rather than 40 + 4." % ref),
             outro="Two wheelchair spaces are no longer needed. Please invoice the balance to the school.",
             sign="Many thanks,\n" + s["sig"], bad=[("upnbad", ref)])


def n_energy(g):
    s = staff("sbm")
    acc = bad10(g)
    return C(sender=s, to=[ext("Business Accounts", "business@brightspark-energy.example")],
             subject="Account %s - estimated bills" % acc, greet="Hello,",
             intro=("We have received estimated bills on account %s for the last three quarters although the meter is "
                    "read every month. Latest readings for meter serial K12D34567:" % acc),
             data="01/01/2025  184,220 kWh\n01/02/2025  196,913 kWh\n01/03/2025  207,448 kWh",
             outro="Please re-issue the bills on actual readings.", sign="Regards,\n" + s["sig"], bad=[("ten", acc)])


def n_famous(g):
    s = staff(g.choice(["sci", "hist"]))
    rows = [["Isaac Newton", "25 December 1642", "Gravity, laws of motion"],
            ["Mary Anning", "21 May 1799", "Fossils at Lyme Regis"],
            ["Charles Darwin", "12 February 1809", "Natural selection"],
            ["Ada Lovelace", "10 December 1815", "First computer program"],
            ["Rosalind Franklin", "25 July 1920", "Structure of DNA"],
            ["Alan Turing", "23 June 1912", "Codebreaking and computing"]]
    return C(sender=s, to=[ext("Learning Team", "learning@westbury-science-museum.example")],
             subject="Year 8 visit - scientists trail",
             greet="Dear Learning Team,",
             intro=("Ahead of our Year 8 visit on 19 March, the students have been researching these scientists, "
                    "including when each was born, for a timeline activity. Would your galleries trail be able to "
                    "include any of them? Our list is {w}."),
             data={"hdr": ["Scientist", "Born", "Known for"], "rows": rows}, data_style="aligned",
             outro="We will be 58 students and 6 staff, arriving by coach around 10am.", sign="Best wishes,\n" + s["sig"],
             att_name="scientists_timeline")


def n_phone_dir(g):
    s = staff("office")
    data = ("Main office / switchboard: 0161 496 0100\nAttendance line (24h answerphone): 0161 496 0101\n"
            "Finance office: 0161 496 0102\nSixth form office: 0161 496 0115\nSEN department: 0161 496 0120\n"
            "Out-of-hours site emergency: 07700 900001\n" + SCHOOL_ADDR)
    return C(sender=s, to=[ext("School Contacts", "school.contacts@westshire-council.example")],
             subject="Updated contact numbers for Ashgrove", greet="Hello,",
             intro="Please update the LA directory with our new department numbers following the phone system change:",
             data=data, outro="The old 01632 960 numbers will stop working at Easter.", sign="Thanks,\n" + s["sig"])


def n_own_phone(g):
    s = staff(g.choice(["trips", "pe", "hoy7"]))
    return C(sender=s, to=[ext("Mr Gallagher", "p.gallagher@example.com")], subject="Re: pick-up time on Friday", inreply=True,
             greet="Dear Mr Gallagher,",
             intro=("The coach is due back at school at about 5.30pm on Friday, but it depends on traffic on the M62. "
                    "I'll post updates on the school app. If you need to reach me on the day, my work mobile is "
                    "07700 900%03d and my direct line is 0161 496 0%03d." % (g.randint(100, 999), g.randint(200, 399))),
             outro="Kind regards,", sign=s["sig"])


def n_address(g):
    s = staff(g.choice(["office", "dep"]))
    return C(sender=s, to=[ext("Westbury Cricket Club", "secretary@westbury-cc.example")], subject="Parking for parents' evening",
             greet="Dear Mr Hollis,",
             intro=("We have parents' evening on Thursday 20 March from 4pm to 7.30pm and are expecting around 300 "
                    "families. Would the club be willing to let parents use your car park, as you kindly did last year? "
                    "We would of course put a note in the newsletter thanking the club."),
             outro="Our postal address, for the letter of thanks, is:\n" + SCHOOL_ADDR.replace(", ", "\n"),
             sign="Yours sincerely,\n" + s["sig"])


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. "
    "They are intended solely for the addressee. If you have received this email in error please notify the "
    "sender and delete it. Ashgrove Academy processes personal data in accordance with the UK GDPR and the Data "
    "Protection Act 2018; our privacy notice is on the school website.",
    "This message is confidential and intended for the named recipient(s) only. Any views expressed are those "
    "of the author and not necessarily those of Ashgrove Academy Trust. The Trust is a company limited by "
    "guarantee registered in England and Wales, company number 07654321. Registered office: Mill Lane, "
    "Westbury, WB4 7QT.",
    "Please consider the environment before printing. The information in this e-mail is confidential. If you "
    "are not the intended recipient, any disclosure, copying or distribution is prohibited. Emails are scanned "
    "for viruses; we cannot accept liability for any damage caused.",
]


def n_disclaimer(g):
    s = staff(g.choice(["it", "sbm", "sci", "lib"]))
    body = g.choice([
        ("Quote for replacement projector lamps",
         "Thanks for the quote. Please go ahead with 6 x replacement lamps for the Epson units in the science block, "
         "to be delivered to reception before the Easter holidays. Our PO number will follow from the finance office."),
        ("Meeting next week", "Tuesday at 2pm works for me. I'll meet you at reception and we can walk round the "
         "site to look at where the new fencing would go. Please bring the revised drawings."),
        ("Re: catering tender", "Apologies for the delay - the governors' finance committee meets on 11 March and "
         "we will let all bidders know the outcome the following week."),
    ])
    return C(sender=s, to=[ext("", g.choice(["sales@projectorparts.example", "j.marsden@fencing-contractors.example", "bids@freshplate-catering.example"]))],
             subject=body[0], greet="Hi,", intro=body[1], outro="Regards,",
             sign=s["sig"] + "\n\n" + g.choice(DISCLAIMERS))


def n_minibus(g):
    s = staff(g.choice(["sbm", "trips"]))
    ref = bad10(g, first=g.choice([3, 5, 6]))
    return C(sender=s, to=[ext("Hire Desk", "hire@westbury-van-hire.example")], subject="Minibus hire 2-4 April (ref %s)" % ref,
             greet="Hi,", intro=("Thanks for the quote (ref %s). We'd like to confirm both 17-seat minibuses for 2-4 April. "
                                 "All our drivers hold D1 entitlement or have passed the MiDAS assessment, and we "
                                 "check every driving licence with the DVLA before each trip, so we won't need your "
                                 "licence check service." % ref),
             outro="Please send the hire agreement for signature.", sign="Thanks,\n" + s["sig"], bad=[("ten", ref)])


def n_passport_reminder(g):
    s = staff("trips")
    return C(sender=s, to=[ext("Parents", "parents-y9-paris@lists.example.org")], subject="Paris trip - passports and consent forms",
             greet="Dear Parents and Carers,",
             intro=("With the Year 9 Paris trip now eight weeks away, please check that your child's passport is valid "
                    "until at least 30 September 2025 and has been issued within the last ten years. The consent form "
                    "asks for your child's full name exactly as it appears in the passport, their date of birth and "
                    "passport number - please hand it in at the office in a sealed envelope rather than emailing it. "
                    "A GHIC card is also strongly recommended."),
             outro="The final payment of \u00a3120 is due by Friday 28 February.", sign="Many thanks,\n" + s["sig"])


def n_uln_placeholder(g):
    s = staff(g.choice(["data", "sixth"]))
    return C(sender=s, to=[ext("Support", "support@mis-vendor.example")], subject="ILR export error - ticket 882145",
             greet="Hi,",
             intro=("Our ILR export is rejecting every learner who hasn't yet been given a ULN. The export writes them "
                    "out with the temporary ULN (ten nines), but validation rule ULN_03 fails on that value. Our UKPRN "
                    "is 10012345 and we're on version 7.214.3 of the module."),
             outro="Is there a patch for this? The return is due on the 6th.", sign="Thanks,\n" + s["sig"],
             )


def n_candidate_rooms(g):
    s = staff("exams")
    data = ("Sports Hall: candidates 4001-4186 (desks A1-H24)\nMain Hall: candidates 4187-4240\nRoom S12: access "
            "arrangements (25% extra time) - 14 candidates\nRoom L4: readers/scribes - 6 candidates\nRoom 0.14: rest breaks - 3 candidates")
    return C(sender=s, to=[ext("Debbie", "bookings@invigilate-uk.example")], subject="Mock exam seating - week of 24 Feb",
             greet="Hi Debbie,", intro="For the Year 11 mocks, rooms are set out like this each morning:", data=data,
             outro="Seating plans will be on the door of each room.", sign="Gareth", att_name="mock_rooms")


def n_licence_keys(g):
    s = staff("it")
    keys = ["%s-%s-%s-%s" % tuple("".join(g.choice("ABCDEFGHJKMNPQRSTVWXYZ23456789") for _ in range(5)) for _ in range(4)) for _ in range(3)]
    return C(sender=s, to=[ext("Licensing", "licensing@softwareshop-edu.example")], subject="Licence transfer for order %s" % bad10(g, 8),
             greet="Hello,", intro="Three of our CAD licences were activated on PCs that have since been replaced. The keys are:",
             data="\n".join(keys), outro="Could you reset the activations so we can move them to the new suite in IT3?",
             sign="Thanks,\n" + s["sig"])


def n_la_stats(g):
    s = staff("senco")
    return C(sender=s, to=[ext("SEN Team", "sen.team@westshire-council.example")], subject="SEN data for the autumn return",
             greet="Dear colleagues,",
             intro=("As requested, our headline special educational needs figures as at the January census: 23 pupils "
                    "with an EHCP (2.1% of roll), 141 on SEN support (12.9%). Primary need breakdown for SEN support: "
                    "SLCN 34, SEMH 41, SpLD 38, MLD 16, ASD 9, other 3. Four EHCP needs assessments are in progress."),
             outro="No individual pupil data is included; please let me know if you need the school-level breakdown by year group.",
             sign="Best wishes,\n" + s["sig"])


def n_newsletter(g):
    s = staff(g.choice(["head", "office"]))
    text = ("HEADTEACHER'S NEWS - Spring 2\n\n"
            "Safeguarding: our Designated Safeguarding Lead is Mrs Whitfield. If you are ever worried about a child, "
            "please speak to her or call the MASH. Our Child Protection policy is on the website.\n\n"
            "Data protection: we have updated our privacy notice to explain how we use pupil information. You can "
            "ask our Data Protection Officer any questions at dpo@school.example.\n\n"
            "Admissions for September: applications for Year 7 places close on 31 October. You will need your "
            "child's date of birth and current school when you apply online through the council.\n\n"
            "SEN coffee morning: Mrs Natarajan, our SENCo, is hosting a drop-in on Wednesday 26 March at 9am for "
            "parents of children with special educational needs.\n\n"
            "Dates for the diary: Year 10 parents' evening 20 March; Easter holidays begin 4 April.")
    return C(sender=s, to=[ext("Parents", "ashgrove-parents@lists.example.org")], subject="Ashgrove newsletter - March",
             greet="Dear Parents and Carers,", intro="", data=text, outro="", sign="Mrs J Stevens\nHeadteacher",
             att_name="newsletter_March", doc_blocks=[("h", "Ashgrove Academy Newsletter"), text])


def policy_doc(kind):
    if kind == "safeguarding":
        return [("h", "Ashgrove Academy - Child Protection and Safeguarding Policy 2025-26"),
                "1. Purpose. This policy sets out how the school meets its duties under Keeping Children Safe in Education. "
                "It applies to all staff, governors, volunteers and contractors.",
                "2. Roles. The Designated Safeguarding Lead (DSL) has overall responsibility for child protection. Deputy DSLs "
                "act in the DSL's absence. The nominated governor for safeguarding reports to the full governing board each term.",
                "3. Recording concerns. Staff record any safeguarding concern the same day on the school's secure system, "
                "stating facts, the child's words and the time. Child protection records are confidential and are kept "
                "separately from the main pupil file.",
                "4. Information sharing. Personal data such as a child's name, date of birth and address is shared with "
                "children's social care or the police only where necessary and proportionate, using secure (encrypted) email.",
                "5. Training. All staff complete child protection training at induction and annual updates.",
                {"hdr": ["Review", "Date", "Approved by"], "rows": [["Annual review", "September 2025", "Full Governing Board"]]}]
    if kind == "dataprotection":
        return [("h", "Data Protection Policy"),
                "The school is a data controller under the UK GDPR. We collect personal data about pupils, parents and "
                "staff, including special category data such as health and SEN information, only for the purposes set out "
                "in our privacy notices.",
                "Staff must not send personal data outside the school by ordinary email. Where sharing is necessary it "
                "must be sent by secure encrypted email or through an approved portal.",
                "Data breaches must be reported to the Data Protection Officer within 24 hours. The DPO will decide "
                "whether the ICO needs to be told within 72 hours.",
                "Retention: pupil records are kept until the pupil's 25th birthday; child protection files are retained in "
                "line with the IRMS toolkit."]
    if kind == "sen":
        return [("h", "SEN Information Report 2024-25"),
                "What kinds of special educational needs do we provide for? We support pupils with cognition and "
                "learning, communication and interaction, social, emotional and mental health, and sensory or physical needs.",
                "How do we identify needs? Through transition information, termly assessment, reading age tests and "
                "concerns raised by parents or staff. The SENCo co-ordinates the graduated approach (assess, plan, do, review).",
                "How do we involve parents? Parents of pupils with an EHCP are invited to an annual review; pupils on SEN "
                "support have termly review meetings with their key worker.",
                {"hdr": ["Category", "Pupils (%)"], "rows": [["EHCP", "2.1"], ["SEN support", "12.9"]]}]
    if kind == "medical":
        return [("h", "Supporting Pupils with Medical Conditions - policy (draft)"),
                "Individual healthcare plans (IHPs) are written with parents and the school nursing team for pupils "
                "with long-term conditions such as asthma, diabetes, epilepsy and anaphylaxis.",
                "Medicines are stored in the medical room in a locked cabinet, except emergency inhalers and adrenaline "
                "auto-injectors, which travel with the pupil.",
                "Staff who administer medication record the dose, time and their initials on the pupil's record sheet.",
                "On trips, the trip leader carries copies of IHPs and the medication, and at least one first aider attends."]
    raise ValueError(kind)


def n_policy(kind):
    def f(g):
        if kind == "safeguarding":
            s = staff("clerk")
            to = [ext("Cllr Angela Moss", "angela.moss@example.org"), ext("Rev. David Pryce", "david.pryce@example.net")]
            subj, intro = "Child Protection and Safeguarding policy for approval", (
                "Ahead of the full governing board on 25 March, please find attached the revised Child Protection and "
                "Safeguarding policy for approval. Changes from last year are minor and reflect the updated statutory guidance.")
            name = "Safeguarding_Policy_2025"
        elif kind == "dataprotection":
            s = staff("sbm")
            to = [ext("DPO Service", "dpo@schools-dpo-service.example")]
            subj, intro = "CONFIDENTIAL - draft data protection policy for review", (
                "As part of our annual review, here is our draft Data Protection policy. Could you check it against "
                "the current ICO guidance before it goes to governors? There's no personal data in it.")
            name = "Data_Protection_Policy_draft"
        elif kind == "sen":
            s = staff("senco")
            to = [ext("Local Offer Team", "localoffer@westshire-council.example")]
            subj, intro = "SEN Information Report for the Local Offer", (
                "Please find attached our SEN Information Report for publication on the Local Offer website.")
            name = "SEN_Information_Report"
        else:
            s = staff("nurse")
            to = [ext("School Nurse Team", "schoolnurses.west@westshire-nhs.example")]
            subj, intro = "Medical conditions policy - comments please", (
                "We're updating our policy on supporting pupils with medical needs. Would you be able to read the "
                "draft and let me know if anything is out of step with your advice on healthcare plans?")
            name = "Medical_Conditions_Policy"
        blocks = policy_doc(kind)
        return C(sender=s, to=to, subject=subj, greet="Dear all," if len(to) > 1 else "Hello,", intro=intro,
                 data="\n\n".join(b if isinstance(b, str) else (b[1] if isinstance(b, tuple) else table_text(b, "aligned")) for b in blocks),
                 outro="Many thanks,", sign=s["sig"], att_name=name, doc_blocks=blocks)
    f.__name__ = "n_policy_" + kind
    return f


def n_gov_agenda(g):
    s = staff("clerk")
    data = ("CONFIDENTIAL - Finance and Resources Committee, Tuesday 11 March 2025, 5.30pm, Library\n"
            "1. Apologies and declarations of interest\n2. Minutes of the meeting on 14 January 2025\n"
            "3. Budget monitoring to end of February\n4. Three-year budget forecast and staffing structure (confidential item)\n"
            "5. Catering contract tender - recommendation\n6. Risk register\n7. Date of next meeting: 13 May 2025")
    return C(sender=s, to=[ext("Mr K Osei", "kwame.osei@example.com"), ext("Mrs L Hart", "lhart.governor@example.org")],
             subject="Finance committee papers - 11 March (confidential)", greet="Dear Governors,",
             intro="Please find the agenda for next week's Finance and Resources Committee below. Papers for item 4 will be tabled on the night.",
             data=data, outro="Kind regards,", sign=s["sig"], att_name="FR_agenda_March",
             doc_blocks=[("h", "Finance and Resources Committee"), data])


def n_cp_training(g):
    s = staff("dsl")
    return C(sender=s, to=[ext("Safeguarding Training", "training@safeguarding-trainers.example")],
             subject="Child Protection training - INSET 1 September", greet="Hi Caroline,",
             intro=("We'd like to book your whole-staff Child Protection and safeguarding update for our INSET day on "
                    "Monday 1 September, 9am to 12 noon, for about 120 staff in the main hall. Could you also run the "
                    "Level 3 DSL refresher for our four deputy DSLs on Thursday 16 October? Please cover the changes to "
                    "Keeping Children Safe in Education, online safety and how we record concerns."),
             outro="Please send an invoice to the finance office.", sign="Thanks,\n" + s["sig"])


def n_nhs_consent_info(g):
    s = staff("nurse")
    return C(sender=s, to=[ext("Parents", "ashgrove-parents@lists.example.org")], subject="Flu vaccinations - online consent",
             greet="Dear Parents and Carers,",
             intro=("The school immunisation team will be in on Tuesday 7 October to offer the nasal flu vaccine to all "
                    "pupils in Years 7 to 11. Please complete the online consent form by 30 September using the school "
                    "code WB4012. The form asks for your child's name, date of birth, NHS number (if you know it) and "
                    "GP surgery. If you have questions, call the team on 0161 496 0877."),
             outro="Thank you.", sign=s["sig"])


def n_dvla_serial(g):
    s = staff("it")
    serial = g.choice(["EPSNX713226KQ9L4", "HPLJT813095XR9M2", "LNVTB772291AB9Q7"])
    return C(sender=s, to=[ext("Repairs", "repairs@projectorcare.example")], subject="Warranty repair - serial %s" % serial,
             greet="Hi,", intro=("The projector in room S12 (serial number %s) has a failed colour wheel. It is still under "
                                 "the three-year warranty - invoice and photos to follow." % serial),
             outro="Can you arrange collection from reception?", sign="Thanks,\n" + s["sig"], bad=[("dvlabad", serial)])


def n_card_ref(g):
    s = staff(g.choice(["trips", "sbm"]))
    ref = bad_card(g, "5" + str(g.randint(1, 5)))
    refs = card_fmt(ref, g.choice(["space", "plain"]))
    return C(sender=s, to=[ext("Rail Groups", "groups@northern-rail-travel.example")], subject="Group travel booking",
             greet="Hello,",
             intro=("Please could you amend our group booking (booking reference %s) for Wednesday 19 March from 58 to "
                    "61 passengers? Travelling Westbury to Manchester Piccadilly, 08:47 out and 15:12 return." % refs),
             outro="Thank you.", sign=s["sig"], bad=[("card16", refs)])


def n_dob_range(g):
    s = staff(g.choice(["office", "data"]))
    return C(sender=s, to=[ext("School Transport", "transport@westshire-council.example")], subject="Transport eligibility - September intake",
             greet="Hi,",
             intro=("For the September intake, pupils with dates of birth between 1 September 2013 and 31 August 2014 will "
                    "join Year 7. We expect around 210 new starters, of whom roughly 40 live more than three miles "
                    "away. Could you confirm when the application window for free home-to-school transport opens?"),
             outro="Thanks in advance.", sign=s["sig"])


def n_results_day(g):
    s = staff(g.choice(["exams", "sixth"]))
    data = ("A level results: Thursday 14 August 2025, 8am-11am, Sixth Form Centre\n"
            "GCSE results: Thursday 21 August 2025, 9am-11am, Main Hall\n"
            "Deadline for reviews of marking (priority, A level): 21 August 2025\n"
            "Deadline for reviews of marking (all other): 25 September 2025")
    return C(sender=s, to=[ext("Parents", "ashgrove-parents@lists.example.org")], subject="Results days 2025",
             greet="Dear Parents and Carers,", intro="Please note the key dates for this summer's results:", data=data,
             outro="Students who want someone else to collect their results must give written consent in advance.",
             sign=s["sig"])


def n_itinerary(g):
    s = staff("trips")
    data = ("Fri 4 April: depart school 04:30, flight EZY2041 Manchester 07:15 - Geneva 10:25\n"
            "Transfer to Hotel Les Sapins, +33 4 50 00 00 00\nSat 5 - Wed 9 April: ski school 09:30-12:30 and 14:00-16:00\n"
            "Thu 10 April: flight EZY2042 Geneva 11:05 - Manchester 12:10; back at school approx 15:00")
    return C(sender=s, to=[ext("Parents", "parents-ski@lists.example.org")], subject="Ski trip itinerary", greet="Dear Parents,",
             intro="Here is the final itinerary for the ski trip:", data=data,
             outro="Emergency contact during the trip: 07700 900123 (school trip phone).", sign=s["sig"])


def n_wifi_vouchers(g):
    s = staff("it")
    codes = ["%s%04d" % ("".join(g.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)), g.randint(0, 9999)) for _ in range(6)]
    return C(sender=s, to=[ext("Events Team", "events@westbury-leisure.example")], subject="Guest Wi-Fi for the careers fair",
             greet="Hi Sam,", intro="Here are six guest Wi-Fi voucher codes for your exhibitors at Thursday's careers fair (valid 8am-6pm only):",
             data="  ".join(codes), outro="Network name is ASH-GUEST.", sign=s["sig"])


def n_order(g):
    s = staff(g.choice(["sci", "it"]))
    ords = [bad10(g, first=g.choice([2, 3, 4])) for _ in range(2)]
    return C(sender=s, to=[ext("Customer Services", "orders@labsupplies-uk.example")], subject="Orders %s and %s" % tuple(ords),
             greet="Hi,", intro=("Order %s arrived with two broken conical flasks (item 250ml, code FL-2250) and order %s has "
                                 "not arrived at all. Please send replacements." % tuple(ords)),
             outro="Prep room direct line is 0161 496 0188.", sign="Thanks,\n" + s["sig"], bad=[("ten", o) for o in ords])


# ----------------------------------------------------------------------------------------
# Rendering a content dict into one of the MIME shapes
# ----------------------------------------------------------------------------------------
WHERE = {"csv": "in the attached file", "xlsx": "in the attached spreadsheet", "zip-csv": "in the attached zip file",
         "docx": "in the attached document", "txt": "in the attached text file"}
ATT_SHAPES = ("csv", "txt", "xlsx", "docx", "zip-csv")


def protect(text, c):
    """Keep spaced identifiers and long-form dates on one line when wrapping."""
    for kind, v in c["ids"] + c["bad"]:
        if " " in v:
            text = text.replace(v, v.replace(" ", "\u00a0"))
    return text


def unprotect(text):
    return text.replace("\u00a0", " ")


def data_text(c):
    d = c["data"]
    if d is None:
        return ""
    return d if isinstance(d, str) else table_text(d, c["data_style"])


def compose(c, where="below", with_data=True, att=False):
    intro = (c["att_intro"] if att and c["att_intro"] else c["intro"]).replace("{w}", where)
    blocks = [c["greet"], intro]
    if with_data:
        blocks.append(data_text(c))
    blocks += [c["outro"], c["sign"]]
    return "\n\n".join(b for b in blocks if b) + "\n"


def compose_html(c, g, where="below", with_data=True, att=False):
    intro = (c["att_intro"] if att and c["att_intro"] else c["intro"]).replace("{w}", where)
    out = []

    def prose(t):
        for para in t.split("\n\n"):
            out.append("<p>" + "<br>\n".join(html_escape(l, g) for l in para.split("\n")) + "</p>")
    for b in [c["greet"], intro]:
        if b:
            prose(b)
    if with_data and c["data"] is not None:
        d = c["data"]
        if isinstance(d, str):
            prose(d)
        else:
            nb = g.random() < .6
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:11pt">')
            out.append("<tr>" + "".join("<th>%s</th>" % html_escape(h, g) for h in d["hdr"]) + "</tr>")
            for r in d["rows"]:
                out.append("<tr>" + "".join("<td>%s</td>" % (html_escape(str(x), g, nbsp=nb) if str(x) else "&nbsp;") for x in r) + "</tr>")
            out.append("</table>")
    for b in [c["outro"], c["sign"]]:
        if b:
            prose(b)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n<div>\n' + "\n".join(out) +
            "\n</div>\n</body>\n</html>\n")


def html_part(c, g, charset, cte=None, where="below", with_data=True, att=False):
    h = compose_html(c, g, where, with_data, att).replace("%CS%", charset)
    cte = cte or g.choice(["quoted-printable", "quoted-printable", "base64", "7bit"])
    if cte == "7bit" and not all(ord(ch) < 128 for ch in fit(h, charset)):
        cte = "quoted-printable"
    return text_part(h, "html", charset, cte)


def attachment_part(c, shape, g):
    base = c["att_name"]
    d = c["data"]
    if shape == "csv":
        return file_part(csv_text(d, c["csv_header"]).encode("utf-8" if g.random() < .5 else "windows-1252", "replace"),
                         g.choice(["text/csv", "application/vnd.ms-excel", "text/comma-separated-values"]), base + ".csv",
                         cte=g.choice(["base64", "base64", "quoted-printable"]))
    if shape == "txt":
        t = d if isinstance(d, str) else table_text(d, g.choice(["aligned", "tabs"]))
        cs = g.choice(["utf-8", "windows-1252"])
        p = text_part(fit(t, cs) + "\n", "plain", cs, g.choice(["base64", "quoted-printable"]),
                      extra_params='; name="%s.txt"' % base, disp='attachment; filename="%s.txt"' % base)
        return p
    if shape == "xlsx":
        return file_part(xlsx_bytes(d, c["xlsx_sheet"], c["numeric_cols"]),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base + ".xlsx")
    if shape == "docx":
        blocks = c["doc_blocks"] or ([("h", c["subject"]), d] if isinstance(d, dict) else [d])
        return file_part(docx_bytes(blocks), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", base + ".docx")
    if shape == "zip-csv":
        z = zip_bytes([(base + ".csv", csv_text(d, c["csv_header"]).encode("utf-8"))])
        return file_part(z, g.choice(["application/zip", "application/x-zip-compressed"]), base + ".zip")
    raise ValueError(shape)


def body_part(c, shape, g, charset):
    """Return the root Part for the given shape (no message headers)."""
    if shape == "plain":
        return text_part(unprotect(compose(c)), "plain", "us-ascii", "7bit")
    if shape == "wrapped":
        t, _w = wrap_split(protect(compose(c), c), g)
        return text_part(unprotect(t), "plain", "us-ascii", "7bit")
    if shape == "flowed":
        t = unprotect(flowed(protect(compose(c), c)))
        cs = charset
        return text_part(t, "plain", cs, "8bit" if any(ord(ch) > 127 for ch in fit(t, cs)) else "7bit",
                         extra_params="; format=flowed" + ("; delsp=no" if g.random() < .5 else ""))
    if shape == "qp":
        return text_part(compose(c), "plain", charset, "quoted-printable")
    if shape == "8bit":
        return text_part(compose(c), "plain", charset, "8bit")
    if shape == "base64":
        return text_part(compose(c), "plain", charset, "base64")
    if shape == "html":
        return html_part(c, g, charset)
    if shape in ("alt", "alt-html-data", "alt-text-data"):
        td = shape != "alt-html-data"
        hd = shape != "alt-text-data"
        if not td:
            ttxt = compose(c, with_data=False)
            if g.random() < .5:
                ttxt = "This message contains formatted content. If it does not display correctly, please view it in an HTML-capable mail program.\n\n" + ttxt
        else:
            ttxt = compose(c)
        tp = text_part(ttxt, "plain", charset, g.choice(["quoted-printable", "7bit", "base64"]))
        hp = html_part(c, g, charset, with_data=hd)
        return multipart("alternative", [tp, hp], g)
    if shape in ATT_SHAPES:
        where = WHERE[shape]
        if g.random() < .6:
            bp = text_part(compose(c, where, with_data=False, att=True), "plain", charset, g.choice(["quoted-printable", "7bit"]))
        else:
            bp = multipart("alternative", [text_part(compose(c, where, with_data=False, att=True), "plain", charset, "quoted-printable"),
                                           html_part(c, g, charset, where=where, with_data=False, att=True)], g)
        return multipart("mixed", [bp, attachment_part(c, shape, g)], g)
    if shape == "subject":
        return text_part(compose(c, with_data=False), "plain", charset, g.choice(["7bit", "quoted-printable"]))
    raise ValueError(shape)


def addr_list(lst):
    return ", ".join(enc_addr(x["name"], x["addr"]) for x in lst)


def msg_headers(c, subject, date, msgid, g, inreply=False):
    h = [("From", enc_addr(c["sender"]["name"], c["sender"]["addr"])), ("To", addr_list(c["to"]))]
    if c["cc"]:
        h.append(("Cc", addr_list(c["cc"])))
    h += [("Subject", enc_subject(subject)), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    if inreply:
        ref = "<%016x@%s>" % (g.getrandbits(64), c["to"][0]["addr"].split("@")[1])
        h += [("In-Reply-To", ref), ("References", ref)]
    ua = g.choice([None, "Microsoft Outlook 16.0", "Mozilla Thunderbird", "Apple Mail (2.3774.500.171.1.1)", None])
    if ua:
        h.append(("X-Mailer" if "Outlook" in ua or "Apple" in ua else "User-Agent", ua))
    return h


def mk_msgid(g, c):
    return "<%s.%s@%s>" % ("%012x" % g.getrandbits(48), "%06x" % g.getrandbits(24), c["sender"]["addr"].split("@")[1])


def build_eml(c, shape, charset, date, g):
    subject = c["subject"]
    if c["inreply"] and not subject.startswith("Re:"):
        subject = "Re: " + subject
    if shape == "subject":
        subject = c["subject_data"]
    if shape in ("rfc822", "inline-fwd"):
        earlier = date - dt.timedelta(days=g.randint(1, 9), hours=g.randint(0, 5))
        if shape == "rfc822":
            inner_shape = g.choice(["plain", "qp", "alt", "base64"])
            inner_hdrs = msg_headers(c, subject, earlier, mk_msgid(g, c), g)
            inner = message_bytes(inner_hdrs, body_part(c, inner_shape, g, charset))
            cover = text_part("%s\n\nResending my message from %s (attached) as you said it hadn't come through.\n\n%s\n"
                              % (c["greet"] or "Hi,", earlier.strftime("%A %d %B"), c["sender"]["name"].split()[0]),
                              "plain", charset, "7bit")
            att = Part([("Content-Type", 'message/rfc822; name="%s.eml"' % re.sub(r"[^A-Za-z0-9 _-]", "", c["subject"])[:40].strip()),
                        ("Content-Disposition", 'attachment; filename="%s.eml"' % re.sub(r"[^A-Za-z0-9 _-]", "", c["subject"])[:40].strip())],
                       inner if inner.endswith(b"\n") else inner + b"\n")
            root = multipart("mixed", [cover, att], g)
            subject = "Fw: " + subject
        else:
            inner_text = unprotect(compose(c))
            quoted = "\n".join(("> " + l) if l else ">" for l in inner_text.rstrip("\n").split("\n"))
            attrib = "On %s, %s <%s> wrote:" % (earlier.strftime("%d %b %Y, at %H:%M"), c["sender"]["name"], c["sender"]["addr"])
            text = ("%s\n\nCopying my earlier message below in case it went astray.\n\n%s\n\n%s\n%s\n"
                    % (c["greet"] or "Hi,", c["sender"]["name"].split()[0], attrib, quoted))
            root = text_part(text, "plain", charset, g.choice(["quoted-printable", "8bit", "7bit"]))
            subject = "Fwd: " + subject
        return message_bytes(msg_headers(c, subject, date, mk_msgid(g, c), g), root), subject
    if shape in ("smime", "pgp", "enc-zip"):
        plain = compose(c).encode("utf-8")
        if shape == "smime":
            der = smime_der(g, (len(plain) + 700) // 16 * 16 + g.randint(300, 900))
            root = Part([("Content-Type", 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                         ("Content-Transfer-Encoding", "base64"),
                         ("Content-Disposition", 'attachment; filename="smime.p7m"'),
                         ("Content-Description", "S/MIME Encrypted Message")], base64.encodebytes(der))
        elif shape == "pgp":
            arm = pgp_armour(g, len(plain) + g.randint(40, 400))
            b = boundary(g, 1)
            v = Part([("Content-Type", "application/pgp-encrypted"), ("Content-Description", "PGP/MIME version identification")], b"Version: 1\n")
            e = Part([("Content-Type", 'application/octet-stream; name="encrypted.asc"'),
                      ("Content-Description", "OpenPGP encrypted message"),
                      ("Content-Disposition", 'inline; filename="encrypted.asc"')], arm.encode())
            body = b"This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n"
            for p in (v, e):
                body += b"--" + b.encode() + b"\n" + p.bytes()
            body += b"--" + b.encode() + b"--\n"
            root = Part([("Content-Type", 'multipart/encrypted; protocol="application/pgp-encrypted"; boundary="%s"' % b)], body)
        else:
            fname = c["att_name"] + (".csv" if isinstance(c["data"], dict) else ".docx")
            z = encrypted_zip_bytes(g, [(fname, len(plain) // 2 + g.randint(200, 900))])
            cover = text_part("%s\n\nThe information you asked for is in the attached zip file, which is password protected. "
                              "I'll phone you with the password separately.\n\n%s\n" % (c["greet"] or "Hi,", c["sign"]),
                              "plain", charset, "quoted-printable")
            root = multipart("mixed", [cover, file_part(z, "application/zip", c["att_name"] + ".zip")], g)
        return message_bytes(msg_headers(c, subject, date, mk_msgid(g, c), g), root), subject
    root = body_part(c, shape, g, charset)
    return message_bytes(msg_headers(c, subject, date, mk_msgid(g, c), g, c["inreply"]), root), subject


# ----------------------------------------------------------------------------------------
# Corpus specification
# ----------------------------------------------------------------------------------------
POS_FAMILY = {
    p_trip_dob: ("dob-list", "residential trip list: pupil names, dates of birth and medical notes"),
    p_exam_access: ("uln", "access-arrangement applications: candidates with ULN and DOB"),
    p_college_uln: ("uln", "Year 11 transition list with ULNs and SEN flags"),
    p_upn_la: ("upn", "pupils with UPN and DOB sent to LA pupil tracking"),
    p_transfer: ("upn", "in-year transfer: one pupil's UPN, DOB, address, SEN notes"),
    p_imms_nhs: ("nhs", "HPV catch-up list: names, DOB, NHS numbers"),
    p_camhs: ("sen-health", "CAMHS referral: self-harm, medication, NHS number, DOB"),
    p_payroll: ("nino", "new starter: NI number, DOB, sort code and account number"),
    p_supply_nino: ("nino", "supply teacher's NI number and DBS number to agency"),
    p_card_parent: ("card", "parent's card number, expiry and CVV relayed to tour operator"),
    p_card_school: ("card", "purchasing card number, expiry and security code to coach firm"),
    p_refund_bank: ("bank", "parent's sort code and account number for a refund"),
    p_passport_trip: ("passport", "ski trip passport numbers with DOBs"),
    p_mrz: ("passport", "passport MRZ lines and passport number for a pupil"),
    p_dvla: ("driving-licence", "staff driving licence numbers and DOBs to insurer"),
    p_ehcp: ("sen-health", "EHCP annual review summary: diagnosis, medication, UPN, DOB"),
    p_mash: ("safeguarding", "child protection referral with DOB, address and disclosure"),
    p_medical_tournament: ("dob-list", "team sheet with DOBs and medical conditions"),
    p_register_home: ("pupil-table", "form export with UPNs and DOBs sent to a home address, no explanation"),
    p_edtech: ("pupil-table", "rostering file with UPNs, DOBs, pupil emails to vendor"),
    p_photo_upn: ("pupil-table", "photo-day data: names with UPNs under a vague column name"),
    p_tutoring: ("dob-list", "tutoring cohort: names, DOBs, SEN status, PP/LAC flags"),
    p_fsm: ("nino", "FSM eligibility checks: parents' NI numbers, children's DOBs"),
    p_ap_referral: ("safeguarding", "alternative provision referral: UPN, DOB, suspensions, CIN plan"),
    p_salt: ("sen-health", "speech and language re-referral with NHS number and DOB"),
    p_work_exp: ("dob-list", "work experience: DOBs, medical needs, emergency numbers"),
    p_music_hub: ("dob-list", "instrumental lesson sign-ups with D.O.B.s and FSM remission"),
    p_nurse_subject: ("sen-health", "school nurse referral: continence issue, NHS number, DOB"),
    p_reference_uln: ("uln", "ex-student reference with ULN, DOB and health history"),
    p_fpn: ("upn", "penalty notice requests: pupils with UPN, DOB, parent, address"),
    p_counselling: ("safeguarding", "counselling referral: bereavement, eating disorder, DOB"),
    p_careers_uln: ("uln", "careers destinations list with ULNs, no keyword in body"),
    p_sports_league: ("dob-list", "cup registrations: names and dates of birth"),
    p_occ_health: ("nino", "occupational health referral: NI number, DOB, mental health"),
}
INB_NOTE = {
    i_la_ehcp: "LA caseworker sends draft EHCP (UPN, DOB) to SENCo",
    i_examboard_uln: "exam board sends ULN mismatch list to exams officer",
    i_imms_return: "immunisation team returns outcomes with NHS numbers",
    i_prev_school: "previous school sends incoming pupil's UPN and DOB",
    i_social_care: "social worker sends strategy discussion outcome to DSL",
    i_parent_medical: "parent sends own child's medication change and NHS number",
    i_centre_rooming: "outdoor centre returns rooming list with DOBs",
    i_payroll_query: "payroll provider queries a starter's P45 with NI number",
    i_parent_card: "parent emails own card details to the school office",
    i_gp_letter: "GP practice letter with NHS number and diagnosis",
    i_college_return: "college returns enrolment status with ULNs",
    i_agency_staff: "supply agency sends teacher profile with NI number",
    i_la_attendance: "LA sends persistent absence list with UPNs",
    i_parent_bank: "parent sends own bank details for a refund",
}
NEG_NOTE = {
    n_invoice: ("check-digit-fail", "supplier statement query: 10-digit invoice numbers failing ULN/NHS checks, 9-digit PO"),
    n_courier: ("check-digit-fail", "courier consignment numbers grouped 3-3-4 that fail the NHS check"),
    n_isbn: ("reference-numbers", "book order with ISBNs"),
    n_exam_timetable: ("exam-dates", "invigilation needs: paper codes, exam dates, rooms, candidate number ranges"),
    n_term_dates: ("event-dates", "term and INSET dates for the PTA"),
    n_fixtures: ("event-dates", "sports fixtures with dates, school switchboard number"),
    n_cover_codes: ("timetable-codes", "cover request with class codes and rooms"),
    n_hmrc_nino: ("check-digit-fail", "starter guidance quoting the HMRC example NINO QQ 12 34 56 C (invalid prefix)"),
    n_card_warning: ("check-digit-fail", "reply telling parent not to email card numbers; PTA voucher number fails Luhn"),
    n_upn_booking: ("check-digit-fail", "theatre booking reference shaped like a UPN with a wrong check letter"),
    n_energy: ("check-digit-fail", "energy account number failing ULN/NHS checks, meter readings"),
    n_famous: ("event-dates", "historical scientists with birth dates for a museum visit"),
    n_phone_dir: ("phone-numbers", "department phone numbers and school address to LA directory"),
    n_own_phone: ("phone-numbers", "staff member's own work mobile and direct line to a parent"),
    n_address: ("school-address", "school postal address and postcode in a letter to a club"),
    n_disclaimer: ("disclaimer", "ordinary supplier message with a confidentiality disclaimer footer"),
    n_minibus: ("check-digit-fail", "minibus hire quote reference; mentions licence checks with no numbers"),
    n_passport_reminder: ("topic-only", "trip letter asking for passport details to be handed in, no data"),
    n_uln_placeholder: ("check-digit-fail", "ILR export bug about the 9999999999 temporary ULN, UKPRN"),
    n_candidate_rooms: ("room-candidate", "mock exam rooms with candidate number ranges"),
    n_licence_keys: ("reference-numbers", "software licence keys and an order number"),
    n_la_stats: ("topic-only", "aggregate SEN statistics for the LA, no individuals"),
    n_newsletter: ("policy-newsletter", "parent newsletter mentioning safeguarding, DPO, date of birth, SEN"),
    n_gov_agenda: ("policy-newsletter", "CONFIDENTIAL finance committee agenda with no personal data"),
    n_cp_training: ("policy-newsletter", "booking Child Protection training for INSET"),
    n_nhs_consent_info: ("topic-only", "flu vaccine consent info mentioning NHS number and date of birth generically"),
    n_dvla_serial: ("check-digit-fail", "projector serial shaped like a licence number with an impossible month"),
    n_card_ref: ("check-digit-fail", "rail group booking reference of 16 digits failing Luhn"),
    n_dob_range: ("topic-only", "dates-of-birth range for the Year 7 intake, no individuals"),
    n_results_day: ("exam-dates", "results days and review deadlines"),
    n_itinerary: ("event-dates", "ski trip itinerary with flight numbers and trip phone"),
    n_wifi_vouchers: ("reference-numbers", "guest Wi-Fi voucher codes"),
    n_order: ("check-digit-fail", "lab supplies order numbers failing ULN/NHS checks"),
}
for _k in ("safeguarding", "dataprotection", "sen", "medical"):
    NEG_NOTE[n_policy(_k)] = None
POLICY_NOTES = {"safeguarding": "Child Protection and Safeguarding policy to governors (.docx etc), no personal data",
                "dataprotection": "CONFIDENTIAL draft data protection policy to DPO service, no personal data",
                "sen": "SEN information report for the Local Offer, no personal data",
                "medical": "medical conditions policy draft to school nurse team, no personal data"}

SHAPES = ["plain", "wrapped", "flowed", "qp", "8bit", "base64", "html", "alt", "alt-html-data", "alt-text-data",
          "csv", "txt", "xlsx", "docx", "zip-csv", "rfc822", "inline-fwd", "subject"]
NEEDS_TABLE = {"csv", "xlsx", "zip-csv"}
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252"]


def compatible(c, shape):
    if shape in NEEDS_TABLE and not isinstance(c["data"], dict):
        return False
    if shape == "subject" and not c["subject_data"]:
        return False
    if shape in ("alt-html-data", "alt-text-data") and c["data"] is None:
        return False
    if shape == "docx" and c["data"] is None:
        return False
    if shape == "txt" and c["data"] is None:
        return False
    return True


def assign_shapes(items, g, quota=None):
    """items: list of content dicts; returns list of shapes, spreading SHAPES evenly."""
    n = len(items)
    counts = {s: 0 for s in SHAPES}
    out = [None] * n
    order = list(range(n))
    g.shuffle(order)
    for shape, k in (quota or {}).items():
        fns = set()
        for i in order:
            if counts[shape] < k and compatible(items[i], shape) and items[i]["_fn"] not in fns:
                out[i] = shape
                counts[shape] += 1
                fns.add(items[i]["_fn"])
        order = [i for i in order if out[i] is None]
    # most constrained items first
    order.sort(key=lambda i: sum(compatible(items[i], s) for s in SHAPES))
    for i in order:
        opts = [s for s in SHAPES if compatible(items[i], s) and s not in items[i].get("_avoid", ())]
        best = min(counts[s] for s in opts)
        pick = g.choice([s for s in opts if counts[s] == best])
        counts[pick] += 1
        out[i] = pick
    return out


def is_internal(a):
    d = a.split("@")[1].lower()
    return d == SCHOOL or d == "students." + SCHOOL


def school_dates(g, n):
    out = []
    while len(out) < n:
        day = dt.date(2024, 9, 4) + dt.timedelta(days=g.randint(0, 316))
        if day.weekday() >= 5 or (dt.date(2024, 12, 21) <= day <= dt.date(2025, 1, 5)) or \
                (dt.date(2025, 4, 5) <= day <= dt.date(2025, 4, 21)):
            continue
        bst = dt.date(2024, 10, 27) > day or day >= dt.date(2025, 3, 30)
        tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
        out.append(dt.datetime(day.year, day.month, day.day, g.randint(7, 18), g.randint(0, 59), g.randint(0, 59), tzinfo=tz))
    return sorted(out)


def build():
    g = random.Random(20250311)
    records = []          # (label, family, shape, note, content, kind)

    # ---------------- positives ----------------
    pos_fns = list(POS_FAMILY)
    extra = [p_trip_dob, p_register_home, p_mash, p_card_parent, p_imms_nhs, p_payroll]
    pos = []
    for f in pos_fns + pos_fns + extra:
        c = f(g, "out")
        c["_fn"] = f
        pos.append(c)
    shapes = assign_shapes(pos, g, {"subject": 4})
    # the same scenario should not get the same shape twice
    for _ in range(3):
        seen = {}
        for i, c in enumerate(pos):
            key = (c["_fn"], shapes[i])
            if key in seen:
                c["_avoid"] = (shapes[i],)
            seen[key] = i
        if not any("_avoid" in c for c in pos):
            break
        shapes = assign_shapes(pos, g, {"subject": 4})
        for c in pos:
            c.pop("_avoid", None)
    for c, s in zip(pos, shapes):
        if s == "subject":
            c["ids"] = [x for x in c["ids"] if x[1] in c["subject_data"]]
        fam, note = POS_FAMILY[c["_fn"]]
        records.append(("positive", fam, s, note, c, "out"))

    # ---------------- negatives ----------------
    neg = []
    near = [f for f in NEG_NOTE]
    near_twice = [n_invoice, n_courier, n_disclaimer, n_disclaimer, n_isbn, n_exam_timetable, n_card_warning,
                  n_upn_booking, n_own_phone, n_famous, n_newsletter, near[-4]]   # near[-4] = safeguarding policy
    for f in near + near_twice:
        c = f(g)
        c["_fn"] = f
        if c["bad"] and c["subject"] and re.search(r"\d{6}|[A-Z]\d{12}|[A-Z]{5}\d", c["subject"]):
            c["subject_data"] = c["subject"]
        if f.__name__.startswith("n_policy_"):
            fam, note = "policy-newsletter", POLICY_NOTES[f.__name__[9:]]
        else:
            fam, note = NEG_NOTE[f]
        neg.append((c, fam, note, "out"))
    internal_fns = [p_trip_dob, p_ehcp, p_register_home, p_mash, p_payroll, p_imms_nhs, p_passport_trip, p_exam_access,
                    p_card_parent, p_refund_bank, p_dvla, p_tutoring, p_fsm, p_camhs, p_nurse_subject]
    for f in internal_fns:
        c = f(g, "internal")
        c["_fn"] = f
        neg.append((c, "internal", "INTERNAL copy (staff to staff): " + POS_FAMILY[f][1], "internal"))
    for f in INB_NOTE:
        c = f(g)
        c["_fn"] = f
        neg.append((c, "inbound", "INBOUND from outside: " + INB_NOTE[f], "inbound"))
    neg_shapes = assign_shapes([x[0] for x in neg], g)
    for (c, fam, note, kind), s in zip(neg, neg_shapes):
        if s == "subject":
            c["ids"] = [x for x in c["ids"] if x[1] in c["subject_data"]]
            c["bad"] = [x for x in c["bad"] if x[1] in c["subject_data"]]
        records.append(("negative", fam, s, note, c, kind))
    enc = [("smime", p_ehcp), ("smime", p_payroll), ("smime", p_mash), ("smime", p_exam_access), ("smime", p_fsm),
           ("pgp", p_camhs), ("pgp", p_upn_la), ("pgp", p_passport_trip), ("pgp", p_refund_bank), ("pgp", p_ap_referral),
           ("enc-zip", p_register_home), ("enc-zip", p_fpn), ("enc-zip", p_imms_nhs), ("enc-zip", p_occ_health)]
    for s, f in enc:
        c = f(g, "out")
        c["_fn"] = f
        fam = {"smime": "smime-encrypted", "pgp": "pgp-encrypted", "enc-zip": "encrypted-zip"}[s]
        records.append(("negative", fam, s, "ENCRYPTED outbound, data only inside ciphertext: " + POS_FAMILY[f][1], c, "out"))

    # ---------------- write ----------------
    for lab in ("positive", "negative"):
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))
    dates = school_dates(g, len(records))
    order = list(range(len(records)))
    g.shuffle(order)
    date_of = {i: dates[k] for k, i in enumerate(sorted(order))}
    manifest = []
    counters = {"positive": 0, "negative": 0}
    cs_i = 0
    for i, (label, fam, shape, note, c, kind) in enumerate(records):
        counters[label] += 1
        cs = CHARSETS[cs_i % 3]
        cs_i += 1
        raw, subject = build_eml(c, shape, cs, date_of[i], g)
        fname = "%s/%03d-%s-%s.eml" % (label, counters[label], fam, shape)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        rc = [x["addr"] for x in c["to"] + c["cc"]]
        is_inb = kind == "inbound"
        from email import message_from_bytes, policy as _pol
        _css = []
        for _p in message_from_bytes(raw, policy=_pol.default).walk():
            if _p.get_content_maintype() == "text" and _p.get_content_charset() and _p.get_content_charset() not in _css:
                _css.append(_p.get_content_charset())
        charset_note = " [charset %s]" % ", ".join(_css) if _css else ""
        manifest.append({"file": fname, "label": label, "mail_from": c["sender"]["addr"], "rcpt": rc,
                         "auth_user": None if is_inb else c["sender"]["addr"], "shape": shape, "family": fam,
                         "note": note + charset_note,
                         "_ids": c["ids"], "_bad": c["bad"], "_kind": kind})
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps({k: v for k, v in m.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    return manifest


# ----------------------------------------------------------------------------------------
# Verification of the written files
# ----------------------------------------------------------------------------------------
def _strip_xml(b):
    t = b.decode("utf-8", "replace")
    t = re.sub(r"</(w:p|row|si|w:tc)>", "\n", t)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))


def extract(msg, out, notes):
    from email.message import EmailMessage  # noqa: F401
    out.append(str(msg.get("Subject", "")))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "multipart/encrypted":
                notes.append("pgp")
            continue
        if ct == "message/rfc822":
            inner = part.get_content()
            extract(inner, out, notes)
            continue
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t.replace("\u00a0", " "))
            continue
        data = part.get_payload(decode=True) or b""
        if ct == "application/pkcs7-mime":
            notes.append("smime")
            continue
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for zi in z.infolist():
                    if zi.flag_bits & 1:
                        notes.append("encrypted-zip")
                        continue
                    b = z.read(zi)
                    if zi.filename.endswith(".xml"):
                        out.append(_strip_xml(b))
                    else:
                        try:
                            out.append(b.decode("utf-8"))
                        except UnicodeDecodeError:
                            out.append(b.decode("windows-1252"))
        elif ct not in ("application/pgp-encrypted", "application/octet-stream"):
            try:
                out.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(data.decode("windows-1252"))


VALIDATE = {"uln": uln_ok, "nhs": nhs_ok, "upn": upn_ok, "nino": nino_ok, "card": card_ok,
            "sc": lambda v: sc_ok(v.rsplit(" ", 1)[0], v.rsplit(" ", 1)[1]),
            "passport": passport_fmt_ok, "dvla": dvla_ok, "dob": date_ok, "mrz": mrz_ok}
MUST_FAIL = {"ten": lambda v: uln_ok(v) or nhs_ok(v) or mrz_ok(_digits(v)) or nhs_digits_ok(_digits(v)),
             "card16": card_ok, "upnbad": upn_ok, "ninobad": nino_ok, "dvlabad": dvla_ok}


def verify(manifest, records_ids):
    from email import policy
    from email.parser import BytesParser
    errors = []
    files = sorted(os.listdir(os.path.join(HERE, "positive"))) + sorted(os.listdir(os.path.join(HERE, "negative")))
    with open(os.path.join(HERE, "manifest.jsonl")) as fh:
        lines = [json.loads(l) for l in fh]
    if len(lines) != len(files) or len({l["file"] for l in lines}) != len(lines):
        errors.append("manifest/file count mismatch")
    keys = {"file", "label", "mail_from", "rcpt", "auth_user", "shape", "family", "note"}
    for m in lines:
        if set(m) != keys:
            errors.append("%s: manifest keys %s" % (m["file"], sorted(m)))
        path = os.path.join(HERE, m["file"])
        if not os.path.exists(path) or not m["file"].startswith(m["label"] + "/"):
            errors.append("%s: missing or misfiled" % m["file"])
            continue
        raw = open(path, "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                errors.append("%s: no %s" % (m["file"], h))
        if msg.defects:
            errors.append("%s: defects %s" % (m["file"], msg.defects))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: part defects %s" % (m["file"], part.defects))
        frm = msg["From"].addresses[0].addr_spec
        rc = [a.addr_spec for h in ("To", "Cc") if msg[h] for a in msg[h].addresses]
        if frm != m["mail_from"] or sorted(rc) != sorted(m["rcpt"]):
            errors.append("%s: headers do not match envelope" % m["file"])
        text, notes = [], []
        extract(msg, text, notes)
        blob = "\n".join(text)
        flat = re.sub(r"[ \t]+", " ", blob)
        ids, bad, kind = records_ids[m["file"]]
        outbound = m["auth_user"] is not None and any(not is_internal(r) for r in m["rcpt"])
        if m["label"] == "positive":
            if not (outbound and is_internal(m["mail_from"]) and m["auth_user"] == m["mail_from"]):
                errors.append("%s: positive is not outbound staff mail" % m["file"])
            if not ids:
                errors.append("%s: positive without identifiers" % m["file"])
            for k, v in ids:
                if not VALIDATE[k](v):
                    errors.append("%s: %s %s does not validate" % (m["file"], k, v))
                probe = v if k != "sc" else v.rsplit(" ", 1)[1]
                if probe not in blob and probe not in flat and re.sub(r"\s+", " ", probe) not in flat:
                    errors.append("%s: %s %s not found in decoded text" % (m["file"], k, v))
            if notes:
                errors.append("%s: positive is encrypted?" % m["file"])
        else:
            for k, v in bad:
                if MUST_FAIL[k](v):
                    errors.append("%s: near-miss %s %s validates!" % (m["file"], k, v))
                if v not in blob:
                    errors.append("%s: near-miss %s not in text" % (m["file"], v))
            if kind == "internal":
                if not all(is_internal(r) for r in m["rcpt"] + [m["mail_from"]]) or m["auth_user"] is None:
                    errors.append("%s: internal negative is not internal" % m["file"])
            elif kind == "inbound":
                if m["auth_user"] is not None or is_internal(m["mail_from"]) or not all(is_internal(r) for r in m["rcpt"]):
                    errors.append("%s: inbound negative is not inbound" % m["file"])
            else:
                hits = scan(blob)
                if hits:
                    errors.append("%s: negative contains valid identifiers %s" % (m["file"], hits))
                if m["shape"] in ("smime", "pgp", "enc-zip") and not notes:
                    errors.append("%s: encryption not detected" % m["file"])
                if m["shape"] in ("smime", "pgp", "enc-zip") and len(blob) > 2000:
                    errors.append("%s: too much visible text" % m["file"])
                if not outbound:
                    errors.append("%s: near-miss negative should be outbound" % m["file"])
    return errors


def main():
    manifest = build()
    rec = {m["file"]: (m["_ids"], m["_bad"], m["_kind"]) for m in manifest}
    errs = verify(manifest, rec)
    from collections import Counter
    print("files:", len(manifest), dict(Counter(m["label"] for m in manifest)))
    for lab in ("positive", "negative"):
        print(lab, "families:", dict(sorted(Counter(m["family"] for m in manifest if m["label"] == lab).items())))
        print(lab, "shapes:", dict(sorted(Counter(m["shape"] for m in manifest if m["label"] == lab).items())))
    for e in errs:
        print("ERROR:", e)
    print("verification:", "OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
