"""UK identifier check digits and generators for the heldout2 personal-data corpus.

Stdlib only.  Every validator here is checked against the shared test vectors
(/work/shared/reference/vectors/*.json) by verify_vectors() before build.py
writes a single message; generators only return values their own validator
accepts (or, for the *_invalid generators, values every validator rejects).
"""

import datetime
import json
import os
import re

# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------

UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"  # A-Z without I, O, S (23 letters)


def _digits(s):
    return re.sub(r"[ \-]", "", s)


def upn_check_letter(body12):
    """Check letter for the 12 characters after it (positions 2..13, weights 2..13)."""
    total = 0
    for pos, ch in enumerate(body12, start=2):
        if ch.isdigit():
            v = int(ch)
        else:
            v = UPN_ALPHA.index(ch)
        total += v * pos
    return UPN_ALPHA[total % 23]


def upn_valid(s):
    s = s.strip().upper()
    if not re.fullmatch(r"[A-Z][0-9]{11}[0-9A-Z]", s):
        return False
    if s[0] not in UPN_ALPHA or (s[12].isalpha() and s[12] not in UPN_ALPHA):
        return False
    return upn_check_letter(s[1:]) == s[0]


def nhs_valid(s):
    s = s.strip()
    # accept unformatted or consistent 3-3-4 grouping only
    if not re.fullmatch(r"[0-9]{10}|[0-9]{3}([ -])[0-9]{3}\1[0-9]{4}", s):
        return False
    d = [int(c) for c in _digits(s)]
    total = sum(d[i] * (10 - i) for i in range(9))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    if chk == 10:
        return False
    return chk == d[9]


def uln_valid(s):
    s = s.strip()
    if not re.fullmatch(r"[1-9][0-9]{9}", s):
        return False
    d = [int(c) for c in s]
    return (sum(d[i] * (10 - i) for i in range(9)) + d[9]) % 11 == 10


NINO_FIRST = set("ABCEGHJKLMNOPRSTWXYZ")      # not D F I Q U V
NINO_SECOND = set("ABCEGHJKLMNPRSTWXYZ")      # not D F I Q U V O
NINO_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "OO", "CR", "FY", "MW", "NC", "PP"}


def nino_valid(s):
    s = s.strip().upper()
    m = re.fullmatch(r"([A-Z]{2})[ -]?([0-9]{2})[ -]?([0-9]{2})[ -]?([0-9]{2})[ -]?([A-D])", s)
    if not m:
        return False
    p = m.group(1)
    return p[0] in NINO_FIRST and p[1] in NINO_SECOND and p not in NINO_BANNED


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card_iin_ok(d):
    n = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
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


def card_valid(s):
    s = s.strip()
    if not re.fullmatch(r"[0-9](?:[ -]?[0-9]){11,18}", s):
        return False
    d = _digits(s)
    return luhn_ok(d) and card_iin_ok(d)


# Pay.UK modulus subset used by the shared vectors
_MOD11_W = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
_DBLAL_W = [2, 1] * 7


def sortcode_account_valid(s):
    m = re.fullmatch(r"([0-9]{2})-?([0-9]{2})-?([0-9]{2}) ([0-9]{8})", s.strip())
    if not m:
        return False
    sc = m.group(1) + m.group(2) + m.group(3)
    d = [int(c) for c in sc + m.group(4)]
    if 10004 <= int(sc) <= 16715:
        return sum(w * x for w, x in zip(_MOD11_W, d)) % 11 == 0
    if sc == "499273":
        return sum(sum(int(c) for c in str(w * x)) for w, x in zip(_DBLAL_W, d)) % 10 == 0
    return False


_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def dob_parse(s, today=datetime.date(2026, 12, 1)):
    """Return a date for a UK-style date string, or None."""
    s = s.strip()
    m = re.fullmatch(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4}|[0-9]{2})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        y = int(y) if len(y) == 4 else 2000 + int(y) if int(y) <= today.year % 100 else 1900 + int(y)
    else:
        m = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = re.fullmatch(r"([0-9]{1,2})(st|nd|rd|th)? ([A-Za-z]+)\.? ([0-9]{4})", s)
            if not m:
                return None
            d, suf, mon, y = int(m.group(1)), m.group(2), m.group(3).lower(), int(m.group(4))
            if suf:
                want = "st" if d % 10 == 1 and d != 11 else "nd" if d % 10 == 2 and d != 12 else \
                    "rd" if d % 10 == 3 and d != 13 else "th"
                if suf != want:
                    return None
            if mon[:3] not in _MONTHS or not re.fullmatch(
                    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
                    r"sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?", mon):
                return None
            mo = _MONTHS[mon[:3]]
    if not 1900 <= y <= today.year:
        return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# vectors
# ---------------------------------------------------------------------------

VECTOR_DIR = "/work/shared/reference/vectors"

_CHECKS = {
    "upn": upn_valid, "nhs_number": nhs_valid, "uln": uln_valid, "nino": nino_valid,
    "payment_card": card_valid, "sort_code_account": sortcode_account_valid,
    "date_of_birth": lambda s: dob_parse(s) is not None,
}


def verify_vectors(vector_dir=VECTOR_DIR):
    """Assert every validator agrees with the shared vectors.  Returns the number checked."""
    n = 0
    for name, fn in _CHECKS.items():
        with open(os.path.join(vector_dir, name + ".json"), encoding="utf-8") as fh:
            vec = json.load(fh)
        for v in vec["valid"]:
            assert fn(v), "%s should be valid: %r" % (name, v)
            n += 1
        for v in vec["invalid"]:
            assert not fn(v), "%s should be invalid: %r" % (name, v)
            n += 1
    return n


# ---------------------------------------------------------------------------
# generators (all take a random.Random)
# ---------------------------------------------------------------------------

LA_CODES = [801, 937, 204, 330, 886, 919, 352, 873, 856, 340]
SCHOOL_ESTAB = "4127"     # the fictional school's DfE establishment number
SCHOOL_LA = 886


def gen_upn(rng, la=None, estab=None, year=None, temporary=False):
    la = la or SCHOOL_LA
    estab = estab or SCHOOL_ESTAB
    year = year if year is not None else rng.randrange(12, 23)
    if temporary:
        tail = "%02d%s" % (rng.randrange(100), rng.choice(UPN_ALPHA))
    else:
        tail = "%03d" % rng.randrange(1, 1000)
    body = "%03d%s%02d%s" % (la, estab, year, tail)
    upn = upn_check_letter(body) + body
    assert upn_valid(upn)
    return upn


def gen_nhs(rng):
    while True:
        d = [rng.choice([4, 4, 4, 6, 7])] + [rng.randrange(10) for _ in range(8)]
        chk = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        s = "".join(map(str, d + [chk]))
        assert nhs_valid(s)
        return s


def gen_uln(rng):
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
        r = sum(d[i] * (10 - i) for i in range(9)) % 11
        if r == 0:
            continue
        s = "".join(map(str, d + [10 - r]))
        assert uln_valid(s) and not nhs_valid(s)
        return s


def gen_nino(rng):
    first = sorted(NINO_FIRST)
    second = sorted(NINO_SECOND)
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p in NINO_BANNED:
            continue
        s = "%s%06d%s" % (p, rng.randrange(1000000), rng.choice("ABCD"))
        assert nino_valid(s)
        return s


CARD_PREFIXES = [("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16),
                 ("2221", 16), ("2720", 16), ("37", 15), ("34", 15), ("6011", 16), ("3530", 16),
                 ("4", 13), ("36", 14), ("675", 16)]


def _luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def gen_card(rng, prefix=None, length=None):
    if prefix is None:
        prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    s = _luhn_complete(body)
    assert card_valid(s), s
    return s


def gen_sortcode_account(rng):
    """A (sort code 'NN-NN-NN', 8-digit account) pair that passes the MOD11 subset."""
    while True:
        sc = rng.randrange(10004, 16716)
        acc7 = [rng.randrange(10) for _ in range(7)]
        s7 = sum(w * x for w, x in zip(_MOD11_W[6:13], acc7))
        last = (-s7) % 11
        if last == 10:
            continue
        sc_s = "%06d" % sc
        acc = "".join(map(str, acc7 + [last]))
        pretty = "%s-%s-%s" % (sc_s[:2], sc_s[2:4], sc_s[4:])
        assert sortcode_account_valid(pretty + " " + acc)
        return pretty, acc


def gen_dob(rng, year_from, year_to):
    start = datetime.date(year_from, 9, 1)
    end = datetime.date(year_to, 8, 31)
    return start + datetime.timedelta(days=rng.randrange((end - start).days + 1))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def fmt_date(d, style):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "slash-short":
        return "%d/%d/%s" % (d.day, d.month, d.strftime("%y"))
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return "%d-%d-%d" % (d.day, d.month, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS_LONG[d.month - 1], d.year)
    if style == "ordinal":
        return "%s %s %d" % (ordinal(d.day), MONTHS_LONG[d.month - 1][:3], d.year)
    raise ValueError(style)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def fmt_nhs(s, style="334"):
    return {"334": group(s, (3, 3, 4)), "334-": group(s, (3, 3, 4), "-"), "plain": s}[style]


def fmt_nino(s, style="spaced"):
    if style == "spaced":
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if style == "dashed":
        return "%s-%s-%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if style == "lower":
        return s.lower()
    return s


def fmt_card(s, style="4444"):
    if style == "plain":
        return s
    if len(s) == 15:
        return group(s, (4, 6, 5), " " if style != "dash" else "-")
    if len(s) == 14:
        return group(s, (4, 6, 4), " " if style != "dash" else "-")
    sizes = [4] * (len(s) // 4) + ([len(s) % 4] if len(s) % 4 else [])
    return group(s, sizes, "-" if style == "dash" else " ")


# --- values that must NOT validate as anything -------------------------------

def any_identifier_valid(token):
    """True if the token (digits/letters with optional separators) passes any validator."""
    t = token.strip()
    d = _digits(t)
    if d.isdigit():
        if len(d) == 10 and (nhs_valid(d) or uln_valid(d)):
            return True
        if 12 <= len(d) <= 19 and luhn_ok(d) and card_iin_ok(d):
            return True
    if len(d) == 13 and upn_valid(d):
        return True
    if len(d) == 9 and nino_valid(d):
        return True
    return False


def gen_10digit_invalid(rng, first=None):
    """A 10-digit number that is neither a valid NHS number nor a valid ULN."""
    while True:
        s = (first or str(rng.randrange(1, 10))) + "".join(str(rng.randrange(10)) for _ in range(9))
        if not any_identifier_valid(s):
            return s


def gen_upn_invalid(rng):
    """A correctly shaped UPN whose check letter is wrong."""
    good = gen_upn(rng)
    bad = rng.choice([c for c in UPN_ALPHA if c != good[0]])
    s = bad + good[1:]
    assert not upn_valid(s)
    return s


def gen_nhs_invalid(rng):
    """Digits in NHS shape that fail mod 11 (and are not a ULN either)."""
    while True:
        good = gen_nhs(rng)
        s = good[:9] + str((int(good[9]) + rng.randrange(1, 10)) % 10)
        if not any_identifier_valid(s):
            return s


def gen_card_invalid(rng, prefix="4", length=16):
    """IIN-plausible card digits that fail Luhn."""
    good = gen_card(rng, prefix, length)
    s = good[:-1] + str((int(good[-1]) + rng.randrange(1, 10)) % 10)
    assert not luhn_ok(s)
    return s


# ---------------------------------------------------------------------------
# a crude scanner for the build's own self-checks (not the product's rules)
# ---------------------------------------------------------------------------

_GROUPS = re.compile(r"[0-9]+(?:[ \-][0-9]+)*")
_UPN_RE = re.compile(r"\b[A-Za-z][0-9]{11}[0-9A-Za-z]\b")
_NINO_RE = re.compile(r"\b[A-Za-z]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[A-Da-d]\b")


def find_valid_identifiers(text):
    """Every validated identifier in text, looking at each run of digit groups
    (split on single spaces/hyphens) and every contiguous sub-run of groups."""
    found = set()
    for m in _GROUPS.finditer(text):
        groups = re.split(r"[ \-]", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if len(acc) == 10 and nhs_valid(acc):
                    found.add(("nhs", acc))
                if len(acc) == 10 and uln_valid(acc):
                    found.add(("uln", acc))
                if 12 <= len(acc) <= 19 and luhn_ok(acc) and card_iin_ok(acc):
                    found.add(("card", acc))
    for m in _UPN_RE.finditer(text):
        if upn_valid(m.group(0)):
            found.add(("upn", m.group(0).upper()))
    for m in _NINO_RE.finditer(text):
        if nino_valid(m.group(0)):
            found.add(("nino", _digits(m.group(0)).upper()))
    return found
