#!/usr/bin/env python3
"""Build the heldout2 personal-data corpus (written blind to the detection rules).

python3, stdlib only, deterministic: fixed seed, fixed dates, fixed Message-IDs,
fixed MIME boundaries and zip timestamps.  Run from anywhere:

    python3 tests/corpus/heldout2/personal-data/build.py

It writes positive/*.eml, negative/*.eml and manifest.jsonl next to this file,
then re-reads every .eml and checks it (parses cleanly, direction rules, the
identifiers each positive is meant to carry are present and pass their check
digits, hard negatives carry no check-digit-valid identifier).
SHA256SUMS is written separately:  sha256sum positive/*.eml negative/*.eml > SHA256SUMS
"""

import collections
import datetime
import email
import email.policy
import io
import json
import os
import random
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import mimeshapes as M  # noqa: E402  (../mimeshapes.py)
import identifiers as ID  # noqa: E402
import pdcommon as C  # noqa: E402
import texts_positive  # noqa: E402
import texts_positive2  # noqa: E402
import texts_negative  # noqa: E402
import texts_negative2  # noqa: E402

SEED = 20261014
START = datetime.datetime(2026, 9, 7, 7, 45, tzinfo=C.UTC1)

# negatives in these families deliberately carry valid identifiers (the data is
# real; what makes them negative is direction or encryption)
DATA_BEARING_NEGATIVES = {"internal-only", "inbound", "encrypted"}
ID_KINDS = {"upn", "nhs", "uln", "nino", "card"}
ATTACH_KINDS = {"csv": ("text/csv", "text/tab-separated-values"), "xlsx": (M.XLSX_TYPE,),
                "docx": (M.DOCX_TYPE,), "zip": ("application/zip",)}


def collect():
    rng = random.Random(SEED)
    pos, neg = [], []
    for fn in texts_positive.ALL + texts_positive2.ALL:
        pos.extend(fn(rng))
    for fn in texts_negative.ALL + texts_negative2.ALL:
        neg.extend(fn(rng))
    # interleave so that the Date header does not separate the labels
    out = []
    for i in range(max(len(pos), len(neg))):
        if i < len(pos):
            out.append(pos[i])
        if i < len(neg):
            out.append(neg[i])
    return out


def build():
    nvec = ID.verify_vectors()
    specs = collect()
    corpus = M.Corpus(HERE, "pd", START)
    for k, s in enumerate(specs):
        if not s["subject"].isascii() and not s.get("subj_enc"):
            # a non-ASCII Subject is always sent as RFC 2047; say so in the shape
            cs = {"latin1": "iso-8859-1", "cp1252": "windows-1252"}.get(s["shape"], "utf-8")
            try:
                s["subject"].encode({"iso-8859-1": "latin-1", "windows-1252": "cp1252"}.get(cs, cs))
            except UnicodeEncodeError:
                cs = "utf-8"
            s["subj_enc"] = (cs, "Q")
        seed = "pd2/%d/%s/%s" % (k, s["family"], s["shape"])
        body = C.render(s, seed)
        fname = corpus.add(s["label"], s["family"], s["shape"], s["note"], s["direction"],
                           s["frm"], s["to"], s["subject"], body, cc=s.get("cc", ()),
                           subj_enc=s.get("subj_enc"), extra_headers=s.get("headers", ()))
        s["file"] = fname
    corpus.write_manifest()
    return specs, nvec


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------

def _zip_texts(data, out):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for n in z.namelist():
            raw = z.read(n)
            if n.endswith(".xml"):
                out.append(re.sub(r"<[^>]+>", "\n", raw.decode("utf-8")))
            elif n.endswith((".txt", ".csv", ".tsv", ".htm", ".html")):
                out.append(raw.decode("utf-8"))
            elif n.endswith((".zip", ".docx", ".xlsx")):
                _zip_texts(raw, out)


def decoded(path):
    """(message, [content types], decoded text of every readable leaf)."""
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    old = email.message_from_bytes(raw)  # compat32 as well
    assert old.get("Message-ID") == msg.get("Message-ID")
    types, texts = [], []
    for part in msg.walk():
        assert not part.defects, (path, part.defects)
        types.append(part.get_content_type())
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_param("format") == "flowed":
                t = M.unflow(t, (part.get_param("delsp") or "").lower() == "yes")
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ")
            texts.append(t)
        elif ct in ("application/zip", M.DOCX_TYPE, M.XLSX_TYPE):
            _zip_texts(part.get_payload(decode=True), texts)
        else:
            part.get_payload(decode=True)
    return msg, types, "\n".join(texts)


def _outside_ok(addr):
    dom = addr.rsplit("@", 1)[1].lower()
    return dom in ("example.org", "example.com", "example.net") or dom.endswith(
        (".example", ".example.org", ".example.com", ".example.net"))


def check(specs):
    problems = []
    rows = [json.loads(l) for l in open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8")]
    assert len(rows) == len(specs)
    seen_ids = set()
    for s, row in zip(specs, rows):
        path = os.path.join(HERE, row["file"])
        msg, types, text = decoded(path)
        mid = msg["Message-ID"]
        assert mid not in seen_ids
        seen_ids.add(mid)
        for a in [row["mail_from"]] + row["rcpt"]:
            assert M.is_internal(a) or _outside_ok(a), (row["file"], a)
        for k in ("file", "label", "mail_from", "rcpt", "auth_user", "shape", "family", "note"):
            assert k in row and (row[k] or k == "auth_user"), (row["file"], k)
        flat = re.sub(r"\s+", " ", text)
        strict = ID.find_valid_identifiers(text)
        # positives may split an identifier across a line end on purpose: also look
        # at the text with all whitespace collapsed
        found = strict | ID.find_valid_identifiers(flat)
        kinds = {k for k, _ in found}
        if row["label"] == "positive":
            assert row["auth_user"] == row["mail_from"]
            assert any(not M.is_internal(r) for r in row["rcpt"])
            assert not any(t in ("multipart/encrypted", "application/pkcs7-mime") for t in types)
            for e in s.get("expect", ()):
                if e in ID_KINDS and e not in kinds:
                    problems.append("%s: expected a valid %s, found %s" % (row["file"], e, sorted(kinds)))
                if e in ATTACH_KINDS and not any(t in ATTACH_KINDS[e] for t in types):
                    problems.append("%s: expected a %s attachment" % (row["file"], e))
        else:
            fam = row["family"]
            if fam not in DATA_BEARING_NEGATIVES and strict:
                problems.append("%s: hard negative carries valid identifiers %s" % (row["file"], sorted(strict)))
            if fam == "encrypted":
                assert any(t in ("multipart/encrypted", "application/pkcs7-mime") for t in types) or \
                    "-----BEGIN PGP MESSAGE-----" in text, row["file"]
            if fam == "internal-only":
                assert all(M.is_internal(r) for r in row["rcpt"]) and row["auth_user"]
            if fam == "inbound":
                assert row["auth_user"] is None and not M.is_internal(row["mail_from"])
        for e in s.get("expect_text", ()):
            if e not in flat:
                problems.append("%s: missing text %r" % (row["file"], e))
    return rows, problems


def report(rows, nvec):
    by_label = collections.Counter(r["label"] for r in rows)
    print("vectors checked: %d" % nvec)
    print("messages: %s" % dict(by_label))
    for label in ("positive", "negative"):
        fam = collections.Counter(r["family"] for r in rows if r["label"] == label)
        print("%s families: %s" % (label, dict(sorted(fam.items()))))
    shapes = collections.defaultdict(collections.Counter)
    for r in rows:
        shapes[r["shape"].split("+")[0]][r["label"]] += 1
    print("shape                 pos  neg")
    for sh in sorted(shapes):
        print("%-20s %4d %4d" % (sh, shapes[sh]["positive"], shapes[sh]["negative"]))
    print("rfc2047 subjects: pos %d, neg %d" % tuple(
        sum(1 for r in rows if r["label"] == l and "+rfc2047" in r["shape"]) for l in ("positive", "negative")))


def main():
    specs, nvec = build()
    rows, problems = check(specs)
    report(rows, nvec)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
