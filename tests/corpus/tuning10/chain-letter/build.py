#!/usr/bin/env python3
"""Build the heldout2 chain-letter corpus (python3, stdlib only, deterministic).

    python3 build.py            # writes positive/*.eml, negative/*.eml, manifest.jsonl
    python3 build.py --check    # also re-parses every .eml and prints a summary

Message texts live in texts_pos_*.py and texts_neg_*.py; the MIME shapes come from
../mimeshapes.py (through chainkit.py).  Positives and negatives are interleaved so
the Date header does not predict the label, and the Message-ID written by
mimeshapes.Corpus (which carries the label letter) is replaced by a label-neutral one.
"""

import collections
import datetime
import email
import email.policy
import hashlib
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from chainkit import ms, who  # noqa: E402
import texts_pos_a  # noqa: E402
import texts_pos_b  # noqa: E402
import texts_pos_c  # noqa: E402
import texts_neg_a  # noqa: E402
import texts_neg_b  # noqa: E402
import texts_neg_c  # noqa: E402

BST = datetime.timezone(datetime.timedelta(hours=1))
START = datetime.datetime(2026, 9, 7, 7, 40, 0, tzinfo=BST)
INNER_DATE = datetime.datetime(2026, 8, 30, 21, 13, 0, tzinfo=BST)

MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla Thunderbird 115.3.1"),
    ("X-Mailer", "iPhone Mail (21A351)"),
    None,
    ("User-Agent", "Roundcube Webmail/1.6.5"),
    ("X-Mailer", "Apple Mail (2.3731.700.6)"),
    None,
    ("X-Mailer", "Microsoft Outlook for Android"),
]


class ChainCorpus(ms.Corpus):
    """Corpus whose Message-IDs do not carry the label."""

    def add(self, *a, **kw):
        fname = super().add(*a, **kw)
        path = os.path.join(self.folder, fname)
        with open(path, "rb") as fh:
            data = fh.read()
        m = re.search(rb"^Message-ID: <hx2\.[^@>]*@([^>]+)>", data, re.M)
        assert m, fname
        local = hashlib.sha1(("cl2/" + fname.split("/", 1)[1]).encode()).hexdigest()
        newid = ("<%s.%s@%s>" % (local[:12].upper(), local[12:20], m.group(1).decode())).encode()
        data = data[:m.start()] + b"Message-ID: " + newid + data[m.end():]
        with open(path, "wb") as fh:
            fh.write(data)
        return fname


def mailer_for(seed):
    return MAILERS[int(hashlib.md5(seed.encode()).hexdigest(), 16) % len(MAILERS)]


def emit(corpus, spec, seed):
    shape = spec["shape"]
    text = spec["text"]
    frm = who(spec["frm"])
    to = [who(x) for x in spec["to"]]
    cc = [who(x) for x in spec.get("cc", [])]
    bcc = [who(x) for x in spec.get("bcc", [])]
    subject = spec["subject"]
    if not spec.get("subj_enc"):
        subject.encode("ascii")  # raw Subject headers must be ascii
    cover = spec.get("cover")
    attach_name = spec.get("attach_name")
    if shape in ("text-attachment", "html-attachment", "zip-attachment",
                 "rfc822-forward", "docx-attachment"):
        assert cover, (shape, spec["note"])

    if shape == "rfc822-forward":
        inner = ms.inner_message(
            who(spec["inner_from"]), [who(x) for x in spec.get("inner_to", [spec["frm"]])],
            spec["inner_subject"], spec.get("inner_date", INNER_DATE), text, seed,
            shape=spec.get("inner_shape", "qp"), html=spec.get("html"))
        body = ms.body_for(shape, text, seed, cover=cover, inner=inner, attach_name=attach_name)
    elif shape == "docx-attachment":
        paras = [p.replace("\n", " ") for p in re.split(r"\n\s*\n", text.strip())]
        data = ms.make_docx(paras, title=spec.get("docx_title", "Document"))
        body = ms.body_for(shape, text, seed, cover=cover, attach_bytes=data,
                           attach_ctype=ms.DOCX_TYPE, attach_name=attach_name or "document.docx")
    else:
        body = ms.body_for(shape, text, seed, cover=cover, html=spec.get("html"),
                           attach_name=attach_name)

    headers = []
    mailer = mailer_for(seed)
    if mailer:
        headers.append(mailer)
    headers.extend(spec.get("headers", []))
    return corpus.add(spec["label"], spec["family"], shape, spec["note"], spec["direction"],
                      frm, to, subject, body, cc=cc, bcc=bcc, subj_enc=spec.get("subj_enc"),
                      extra_headers=headers)


def check(folder, manifest):
    by = collections.Counter()
    for row in manifest:
        path = os.path.join(folder, row["file"])
        msg, txt = ms.all_text(path)
        assert msg["From"] and msg["Message-ID"] and msg["Date"], path
        assert txt.strip(), path
        assert "hx2." not in msg["Message-ID"], path
        by[(row["label"], row["shape"].split("+")[0])] += 1
    return by


def main():
    pos = texts_pos_a.MESSAGES + texts_pos_b.MESSAGES + texts_pos_c.MESSAGES
    neg = texts_neg_a.MESSAGES + texts_neg_b.MESSAGES + texts_neg_c.MESSAGES
    for s in pos:
        assert s["label"] == "positive", s["note"]
    for s in neg:
        assert s["label"] == "negative", s["note"]
    order = []
    for i in range(max(len(pos), len(neg))):
        if i < len(pos):
            order.append(pos[i])
        if i < len(neg):
            order.append(neg[i])
    corpus = ChainCorpus(HERE, "cl", START, step_minutes=397)
    for n, spec in enumerate(order):
        emit(corpus, spec, "cl2-%04d-%s" % (n, spec["family"]))
    corpus.write_manifest()
    print("positive %d, negative %d" % (corpus.counts["positive"], corpus.counts["negative"]))
    if "--check" in sys.argv:
        by = check(HERE, corpus.manifest)
        shapes = sorted({s for _, s in by})
        for s in shapes:
            print("  %-16s pos %3d  neg %3d" % (s, by[("positive", s)], by[("negative", s)]))
        fam = collections.Counter((r["label"], r["family"]) for r in corpus.manifest)
        for (lab, f), c in sorted(fam.items()):
            print("  %s %-32s %d" % (lab[:3], f, c))
        dirs = collections.Counter((r["label"], "inbound" if r["auth_user"] is None else
                                    ("internal" if all(ms.is_internal(x) for x in r["rcpt"])
                                     else "outbound")) for r in corpus.manifest)
        print("  directions:", dict(sorted(dirs.items())))


if __name__ == "__main__":
    main()
