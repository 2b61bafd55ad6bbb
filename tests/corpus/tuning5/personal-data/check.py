#!/usr/bin/env python3
"""Self-checks for the tuning5 personal-data corpus (python3, stdlib only).

- every file in the manifest exists, every .eml is in the manifest;
- every .eml parses with the email module (compat32 and default policies), every
  leaf decodes, every zip/docx/xlsx opens and passes testzip();
- directions agree with auth_user and the internal domains;
- positives: every identifier-shaped token found in the decoded text is scanned with
  ukids.py; the script reports how many valid ones each positive holds and any
  identifier-shaped token that fails its check;
- negatives sent outbound without encryption: reports any token that validates
  (the organisation's own bank accounts are expected and listed separately).
"""

import collections
import datetime
import email
import email.policy
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import extract3  # noqa: E402
import ukids  # noqa: E402

INTERNAL = ("school.example", "students.school.example")
ORG_BANKS = {ukids.make_bank(random.Random(s)) for s in ("school-account", "pta-account", "trust-account")}


def internal(a):
    return a.rsplit("@", 1)[1].lower() in INTERNAL


RE_UPN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]\d{11}[0-9A-Za-z](?![A-Za-z0-9])")
RE_10 = re.compile(r"(?<![\d-])(\d{10}|\d{3}[ -]\d{3}[ -]\d{4})(?![\d])")
RE_NINO = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?([A-Za-z])(?![A-Za-z0-9])")
RE_CARD = re.compile(r"(?<![\d-])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4}|3[47]\d{2}([ -]?)\d{6}\3\d{5}|\d{13,19})(?![\d])")
RE_BANK = re.compile(r"(?<![\w-])(\d{2}[- ]?\d{2}[- ]?\d{2})(?![\w])(.{0,60}?)(?<![\d])(\d{8})(?![\d])", re.S)
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
RE_LDATE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[ -]((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)[ -](\d{4}|\d{2})(?!\d)", re.I)
RE_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?![\d/])")


def scan(text):
    found = collections.defaultdict(list)   # kind -> [(token, valid)]
    for m in RE_UPN.finditer(text):
        t = m.group(0)
        found["upn"].append((t, ukids.upn_valid(t)))
    for m in RE_10.finditer(text):
        t = m.group(1)
        if t.startswith("0"):
            continue
        found["uln/nhs"].append((t, ukids.uln_valid(t) or ukids.nhs_valid(t)))
    for m in RE_NINO.finditer(text):
        t = "".join(m.groups())
        if not t[-1].upper() in "ABCDE" or not re.fullmatch(r"[A-Za-z]{2}\d{6}[A-Za-z]", t):
            continue
        found["nino"].append((m.group(0), ukids.nino_valid(t)))
    for m in RE_CARD.finditer(text):
        t = m.group(1)
        d = re.sub(r"[ -]", "", t)
        if len(d) == 10:
            continue
        found["card"].append((t, ukids.card_valid(d)))
    for m in RE_BANK.finditer(text):
        s, a = m.group(1), m.group(3)
        if not re.search(r"sort|s/c|bank|account|a/c|acc|compte", text, re.I):
            continue
        sd = re.sub(r"\D", "", s)
        found["bank"].append(((sd[:2] + "-" + sd[2:4] + "-" + sd[4:], a), ukids.bank_valid(s, a)))
    for m in RE_DATE.finditer(text):
        d, mo, y = (int(x) for x in m.groups())
        if y < 100:
            y += 2000
        try:
            datetime.date(y, mo, d)
            ok = True
        except ValueError:
            ok = False
        found["date"].append((m.group(0), ok))
    for m in RE_LDATE.finditer(text):
        d, mon, y = int(m.group(1)), MONTHS.index(m.group(2)[:3].lower()) + 1, int(m.group(3))
        if y < 100:
            y += 2000
        try:
            datetime.date(y, mon, d)
            ok = True
        except ValueError:
            ok = False
        found["date"].append((m.group(0), ok))
    return found


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8")]
    files = {r["file"] for r in rows}
    on_disk = {"%s/%s" % (d, f) for d in ("positive", "negative") for f in os.listdir(os.path.join(HERE, d)) if f.endswith(".eml")}
    problems = []
    if files != on_disk:
        problems.append("manifest/disk mismatch: %s" % sorted(files ^ on_disk))
    notes = collections.Counter(r["note"] for r in rows)
    problems += ["duplicate note: %s" % n for n, k in notes.items() if k > 1]
    bodies = collections.Counter()
    per_label = collections.Counter()
    fam = collections.Counter()
    shape = collections.Counter()
    pos_without_ids = []
    neg_flags = []
    org_bank_hits = 0
    for r in rows:
        path = os.path.join(HERE, r["file"])
        raw = open(path, "rb").read()
        bodies[raw.split(b"\n\n", 1)[1] if b"\n\n" in raw else raw] += 1
        m32 = email.message_from_bytes(raw, policy=email.policy.compat32)
        for part in m32.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
        if m32.defects:
            problems.append("%s: defects %s" % (r["file"], m32.defects))
        msg, parts = extract3.extract(path)
        for part in msg.walk():
            if part.defects:
                problems.append("%s: part defects %s" % (r["file"], part.defects))
        per_label[r["label"]] += 1
        fam[(r["label"], r["family"])] += 1
        shape[(r["label"], r["shape"])] += 1
        # direction sanity
        rc = r["rcpt"]
        if r["auth_user"] is None:
            d = "inbound"
            if internal(r["mail_from"]) or not all(internal(x) for x in rc):
                problems.append("%s: inbound direction wrong" % r["file"])
        else:
            if r["auth_user"] != r["mail_from"] or not internal(r["mail_from"]):
                problems.append("%s: auth_user mismatch" % r["file"])
            d = "outbound" if any(not internal(x) for x in rc) else "internal"
        ctype = msg.get_content_type()
        encrypted = ctype in ("multipart/encrypted", "application/pkcs7-mime") or any(
            "BEGIN PGP MESSAGE" in t for _, t in parts)
        if r["label"] == "positive" and (d != "outbound" or encrypted):
            problems.append("%s: positive not outbound/unencrypted" % r["file"])
        text = "\n".join(t for _, t in parts)
        found = scan(text)
        if r["label"] == "positive":
            nvalid = sum(1 for k, v in found.items() if k != "date" for _, ok in v if ok)
            bad = [(k, t) for k, v in found.items() if k not in ("date",) for t, ok in v if not ok]
            bad_dates = [t for t, ok in found.get("date", []) if not ok]
            if bad:
                problems.append("%s: identifier-shaped token failing its check: %s" % (r["file"], bad[:4]))
            if bad_dates:
                problems.append("%s: impossible dates %s" % (r["file"], bad_dates))
            if nvalid == 0:
                pos_without_ids.append((r["file"], len(found.get("date", []))))
        elif d == "outbound" and not encrypted:
            for k, v in found.items():
                if k == "date":
                    continue
                for t, ok in v:
                    if not ok:
                        continue
                    if k == "uln/nhs" and t == "9999999999":
                        continue   # ILR temporary-ULN placeholder, deliberately present (it passes NHS mod 11)
                    if k == "bank" and t in ORG_BANKS:
                        org_bank_hits += 1
                        continue
                    neg_flags.append((r["file"], k, t))
    dup = [b for b, k in bodies.items() if k > 1]
    if dup:
        problems.append("%d duplicated bodies" % len(dup))
    print("labels:", dict(per_label))
    print("positives holding no check-digit identifier (content-only: DOB lists, SEN, medical, safeguarding):", len(pos_without_ids))
    for f, nd in pos_without_ids:
        print("   %s (dates found: %d)" % (f, nd))
    print("outbound unencrypted negatives with a validating identifier:", neg_flags or "none")
    print("organisation bank accounts seen in negatives:", org_bank_hits)
    print("families:")
    for (l, f), k in sorted(fam.items()):
        print("   %-8s %-22s %d" % (l, f, k))
    print("shapes:")
    for (l, s), k in sorted(shape.items()):
        print("   %-8s %-34s %d" % (l, s, k))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
