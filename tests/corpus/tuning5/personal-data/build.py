#!/usr/bin/env python3
"""Build the tuning5 personal-data corpus (python3, stdlib only).

    python3 build.py        # writes positive/*.eml, negative/*.eml, manifest.jsonl

Deterministic: fixed dates, Message-IDs, MIME boundaries and zip timestamps; the
pupil data comes from seeded random.Random instances (ukids.py, data3.py).
The messages themselves are in pos_*.py and neg_*.py.
"""

import datetime
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import mimeshapes as ms  # noqa: E402
from email.generator import BytesGenerator  # noqa: E402
from email.message import Message  # noqa: E402
from email.utils import format_datetime  # noqa: E402

import data3  # noqa: E402
import extract3  # noqa: E402
import ukids  # noqa: E402

UTC = datetime.timezone.utc


class Corpus3:
    def __init__(self, folder):
        self.folder = folder
        self.counts = {"positive": 0, "negative": 0}
        self.total = 0
        self.manifest = []
        self.start = datetime.datetime(2026, 11, 2, 7, 41, 0, tzinfo=UTC)
        self.step = datetime.timedelta(minutes=83)
        self.notes = set()
        for sub in ("positive", "negative"):
            os.makedirs(os.path.join(folder, sub), exist_ok=True)
            for f in os.listdir(os.path.join(folder, sub)):
                if f.endswith(".eml"):
                    os.remove(os.path.join(folder, sub, f))

    def add(self, label, family, shape, note, direction, frm, to, subject, body,
            cc=(), bcc=(), ctx=None, subj_enc=None, extra_headers=(), ids_expected=True):
        assert label in ("positive", "negative")
        assert note not in self.notes, note
        self.notes.add(note)
        rcpts = [a for a, _ in list(to) + list(cc) + list(bcc)]
        sender = frm[0]
        if direction == "inbound":
            assert not ms.is_internal(sender), (sender, note)
            assert rcpts and all(ms.is_internal(r) for r in rcpts), (rcpts, note)
            auth_user = None
        elif direction == "outbound":
            assert ms.is_internal(sender) and any(not ms.is_internal(r) for r in rcpts), (sender, rcpts, note)
            auth_user = sender
        elif direction == "internal":
            assert ms.is_internal(sender) and all(ms.is_internal(r) for r in rcpts), (sender, rcpts, note)
            auth_user = sender
        else:
            raise ValueError(direction)
        if label == "positive":
            assert direction == "outbound", note

        self.counts[label] += 1
        self.total += 1
        n = self.counts[label]
        if subj_enc is None and any(ord(ch) > 127 for ch in subject):
            subj_enc = ("utf-8", "Q" if self.total % 2 else "B")
        if subj_enc:
            shape = shape + "+rfc2047"
        slug = re.sub(r"[^a-z0-9]+", "-", "%s-%s" % (family, shape.replace("+", "-"))).strip("-")
        fname = "%s/%03d-%s.eml" % (label, n, slug)
        when = self.start + self.step * self.total
        host = "school.example" if ms.is_internal(sender) else sender.split("@")[1]
        msgid = "<%s.%s%03d.hx3@mail.%s>" % (when.strftime("%Y%m%d%H%M%S"), label[:3], n, host)

        root = Message()
        root["Return-Path"] = "<%s>" % sender
        root["From"] = ms.fmt_addr(*frm)
        root["To"] = ", ".join(ms.fmt_addr(a, nm) for a, nm in to) if to else "undisclosed-recipients:;"
        if cc:
            root["Cc"] = ", ".join(ms.fmt_addr(a, nm) for a, nm in cc)
        root["Subject"] = ms.encode_subject(subject, *subj_enc) if subj_enc else subject
        root["Date"] = format_datetime(when)
        root["Message-ID"] = msgid
        for k, v in extra_headers:
            root[k] = v
        root["MIME-Version"] = "1.0"
        for k, v in body.items():
            root[k] = v
        root.set_payload(body._payload)
        root.preamble = body.preamble
        root.epilogue = body.epilogue

        buf = io.BytesIO()
        ms.BytesGenerator(buf, mangle_from_=False, policy=ms.OUT_POLICY).flatten(root)
        path = os.path.join(self.folder, fname)
        with open(path, "wb") as fh:
            fh.write(buf.getvalue())

        # self-check: every identifier recorded for a positive is in the decoded text, intact
        if label == "positive" and ctx is not None:
            _, parts = extract3.extract(path)
            alltext = "\n".join(t for _, t in parts)
            if ids_expected:
                assert ctx.ids, ("positive without recorded identifiers", note)
            for kind, val in ctx.ids:
                vals = val if isinstance(val, tuple) else (val,)
                for v in vals:
                    pat = r"[ \-.]?".join(re.escape(ch) for ch in v.replace("-", ""))
                    assert re.search(r"(?<![0-9A-Za-z])" + pat + r"(?![0-9A-Za-z])", alltext, re.I), (
                        fname, kind, v)
        self.manifest.append({
            "file": fname, "label": label, "mail_from": sender, "rcpt": rcpts,
            "auth_user": auth_user, "shape": shape, "family": family, "note": note,
        })
        return fname

    def write_manifest(self):
        with open(os.path.join(self.folder, "manifest.jsonl"), "w", encoding="utf-8") as fh:
            for row in self.manifest:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------ main
def main():
    c = Corpus3(HERE)
    import pos_a
    import pos_b
    import pos_c
    import neg_a
    import neg_b
    import neg_c
    for mod in (pos_a, pos_b, pos_c, neg_a, neg_b, neg_c):
        mod.build(c)
    c.write_manifest()
    print("positive %d, negative %d" % (c.counts["positive"], c.counts["negative"]))


if __name__ == "__main__":
    main()
