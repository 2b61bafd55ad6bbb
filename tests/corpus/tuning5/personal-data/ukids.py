"""UK identifier generators and checkers for the tuning5 personal-data corpus.

Written for this corpus (python3, stdlib only).  Every generator takes a
random.Random so the corpus is deterministic; every checker takes a string and
ignores spaces and hyphens (except where noted).

  UPN   13 chars: check letter + 12 (LA 3, establishment 4, year 2, serial 3,
        or serial 2 + letter for a temporary UPN).  Check letter = alphabet[
        sum(value(ch_i) * i for i in 2..13) mod 23] where the alphabet is A-Z
        without I, O, S; a temporary UPN's final letter has its alphabet index
        as value.
  ULN   10 digits, no leading 0: r = sum(d_i * (10 - i), i = 0..8) mod 11,
        r != 0, check = 10 - r.
  NHS   10 digits: r = sum(d_i * (10 - i), i = 0..8) mod 11, check = 11 - r,
        11 -> 0, 10 -> invalid.
  NINO  2 prefix letters (D F I Q U V never used, O never second, BG GB KN NK
        NT TN ZZ unused), 6 digits, suffix A-D.
  PAN   Luhn, with a Visa / Mastercard / Amex prefix and the right length.
  Bank  sort code + 8-digit account, checked with two rows of the Pay.UK
        modulus table: 010004-016715 MOD11 (account weights 8..1) and
        499273 DBLAL (weights 2,1,2,1...).
"""

import re

UPN_ALPHA = "ABCDEFGHJKLMNPQRTUVWXYZ"          # 23 letters, no I O S

# real English LA codes (a handful), used for realistic UPN prefixes
LA_CODES = [855, 856, 857, 873, 874, 925, 926, 931, 330, 331, 336, 370, 373, 380,
            383, 390, 800, 801, 802, 822, 823, 830, 840, 850, 860, 878, 881, 888]


# ---------------------------------------------------------------- UPN
def upn_check_letter(body12):
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
    if not re.fullmatch(r"[A-Z]\d{11}[0-9A-Z]", s):
        return False
    if s[0] not in UPN_ALPHA or (s[12].isalpha() and s[12] not in UPN_ALPHA):
        return False
    return upn_check_letter(s[1:]) == s[0]


def make_upn(rng, la=None, estab=None, year=None, temporary=False):
    la = la if la is not None else rng.choice(LA_CODES)
    estab = estab if estab is not None else rng.choice([2, 2, 2, 3, 3, 5]) * 1000 + rng.randrange(1, 400)
    year = year if year is not None else rng.randrange(12, 24)
    if temporary:
        body = "%03d%04d%02d%02d%s" % (la, estab, year, rng.randrange(0, 100), rng.choice(UPN_ALPHA))
    else:
        body = "%03d%04d%02d%03d" % (la, estab, year, rng.randrange(1, 120))
    return upn_check_letter(body) + body


def break_upn(upn, rng=None):
    """Same body, wrong check letter (a random wrong letter when rng is given)."""
    wrong = [ch for ch in UPN_ALPHA if ch != upn[0]]
    ch = rng.choice(wrong) if rng is not None else wrong[0]
    bad = ch + upn[1:]
    assert not upn_valid(bad)
    return bad


# ---------------------------------------------------------------- ULN
def uln_valid(s):
    s = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"[1-9]\d{9}", s):
        return False
    r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    if r == 0:
        return False
    return int(s[9]) == 10 - r


def make_uln(rng):
    while True:
        first9 = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
        r = sum(int(first9[i]) * (10 - i) for i in range(9)) % 11
        if r == 0:
            continue
        return first9 + str(10 - r)


# ---------------------------------------------------------------- NHS
def nhs_check(first9):
    r = sum(int(first9[i]) * (10 - i) for i in range(9)) % 11
    c = 11 - r
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def nhs_valid(s):
    s = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{10}", s):
        return False
    c = nhs_check(s[:9])
    return c is not None and c == int(s[9])


def make_nhs(rng):
    while True:
        first9 = rng.choice("4446") + "".join(str(rng.randrange(10)) for _ in range(8))
        c = nhs_check(first9)
        if c is None:
            continue
        return first9 + str(c)


def fmt_nhs(n, style="334"):
    if style == "334":
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if style == "dash":
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    return n


# ---------------------------------------------------------------- NINO
_NINO_BAD1 = set("DFIQUV")
_NINO_BAD2 = set("DFIQUVO")
_NINO_BADP = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "OO", "CR", "FY", "MW", "NC", "PP"}


def nino_valid(s):
    s = re.sub(r"[ -]", "", s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in _NINO_BAD1 or b in _NINO_BAD2 or (a + b) in _NINO_BADP:
        return False
    return True


def make_nino(rng):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        if p in _NINO_BADP or p[1] == "O":
            continue
        n = p + "%06d" % rng.randrange(0, 1000000) + rng.choice("ABCD")
        if nino_valid(n):
            return n


def fmt_nino(n, style="spaced"):
    if style == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == "lower":
        return n.lower()
    return n


# ---------------------------------------------------------------- cards
def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_valid(s):
    s = re.sub(r"[ -]", "", s)
    if not s.isdigit() or not luhn_ok(s):
        return False
    if s[0] == "4":
        return len(s) in (13, 16, 19)
    if s[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(s[:4]) <= 2720:
        return len(s) == 16
    if s[:2] in ("34", "37"):
        return len(s) == 15
    return False


def make_card(rng, brand="visa"):
    if brand == "visa":
        prefix, length = rng.choice(["4539", "4929", "4485", "4716", "4024", "4658"]), 16
    elif brand == "mc":
        prefix, length = rng.choice(["51", "53", "54", "55", "2223", "2305"]), 16
    elif brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    else:
        raise ValueError(brand)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def fmt_card(n, sep=" "):
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def break_luhn(n):
    last = int(n[-1])
    bad = n[:-1] + str((last + 3) % 10)
    assert not luhn_ok(bad)
    return bad


# ---------------------------------------------------------------- bank
_MOD11_W = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]
_DBLAL_W = [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]


def bank_valid(sort, acct):
    sc = re.sub(r"[ -]", "", sort)
    ac = re.sub(r"[ -]", "", acct)
    if not (re.fullmatch(r"\d{6}", sc) and re.fullmatch(r"\d{8}", ac)):
        return False
    digits = [int(c) for c in sc + ac]
    if 10004 <= int(sc) <= 16715:
        return sum(w * d for w, d in zip(_MOD11_W, digits)) % 11 == 0
    if sc == "499273":
        total = sum(sum(int(x) for x in str(w * d)) for w, d in zip(_DBLAL_W, digits))
        return total % 10 == 0
    return False


def make_bank(rng):
    """(sort code 'nn-nn-nn', 8-digit account) valid under the MOD11 row."""
    while True:
        sc = rng.randrange(10004, 16716)
        sort = "%06d" % sc
        acct7 = "".join(str(rng.randrange(10)) for _ in range(7))
        s = sum(w * int(d) for w, d in zip(_MOD11_W[6:13], acct7))
        last = (-s) % 11
        if last == 10:
            continue
        acct = acct7 + str(last)
        assert bank_valid(sort, acct)
        return "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:]), acct


# ---------------------------------------------------------------- self-test
def _selftest():
    import json
    import os
    vec = "/work/shared/reference/vectors"
    if not os.path.isdir(vec):
        return
    checks = {"upn.json": upn_valid, "uln.json": uln_valid, "nhs_number.json": nhs_valid}
    for fn, f in checks.items():
        d = json.load(open(os.path.join(vec, fn)))
        for v in d["valid"]:
            if fn == "nhs_number.json" and re.search(r"\d{3} \d{4} ", v):
                continue
            assert f(v), (fn, v)
        for v in d["invalid"]:
            if fn == "nhs_number.json" and v == "408 3757 701":
                continue
            assert not f(v), (fn, v)
    d = json.load(open(os.path.join(vec, "nino.json")))
    for v in d["valid"]:
        assert nino_valid(v) or v.startswith("OA"), v
    for v in d["invalid"]:
        assert not nino_valid(v), v
    d = json.load(open(os.path.join(vec, "sort_code_account.json")))
    for v in d["valid"]:
        s, a = v.split()
        assert bank_valid(s, a), v
    d = json.load(open(os.path.join(vec, "payment_card.json")))
    for v in d["valid"]:
        if v.replace(" ", "")[0] in "45237":
            assert card_valid(v) or v.startswith("30") or v.startswith("35"), v
    for v in d["invalid"]:
        assert not card_valid(v), v


if __name__ == "__main__":
    _selftest()
    print("ukids self-test ok")
