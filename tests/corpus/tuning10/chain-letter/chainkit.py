"""Small helpers for the chain-letter builder (python3, stdlib only).

The heavy lifting (MIME shapes, forwards, People, Corpus) lives in ../mimeshapes.py,
which this module imports and re-exports as `ms`.  Everything here is specific to
the chain-letter folder: address selectors, layered forwards, recipient dumps and
the spec helper `M()` that the text modules use.
"""

import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import mimeshapes as ms  # noqa: E402

# Group and role addresses inside the organisation, plus a few named outsiders.
SPECIAL = {
    "allstaff": ("allstaff@school.example", "All Staff"),
    "teaching": ("teachingstaff@school.example", "Teaching Staff"),
    "hods": ("heads-of-department@school.example", "Heads of Department"),
    "office": ("office@school.example", "School Office"),
    "it": ("itsupport@school.example", "IT Support"),
    "head": ("c.fenwick@school.example", "Caroline Fenwick"),
    "dsl": ("a.begum@school.example", "Aisha Begum"),
    "y7": ("year7@students.school.example", "Year 7"),
    "y9": ("year9@students.school.example", "Year 9"),
    "y10": ("year10@students.school.example", "Year 10"),
    "y11": ("year11@students.school.example", "Year 11"),
    "council": ("schoolcouncil@students.school.example", "School Council"),
    "10b": ("form10b@students.school.example", "10B"),
    "8s": ("8s-science@students.school.example", "8S Science"),
    "news": ("newsletter@school.example", "Hillside School Newsletter"),
    "pta": ("chair@friendsofhillside.example", "Friends of Hillside (PTA)"),
    "parish": ("office@stcuthbertsparish.example", "St Cuthbert's Parish Office"),
    "trustit": ("servicedesk@northvale-trust.example", "Northvale Trust IT Service Desk"),
    "lscp": ("bulletins@lscp-northvale.example", "Northvale Safeguarding Partnership"),
    "publisher": ("hello@brightbooks-education.example", "BrightBooks Education"),
    "diocese": ("schools@diocese-northvale.example", "Diocesan Schools Team"),
}


def who(sel):
    """Selector -> (addr, name).  'sN' staff, 'pN' pupil, 'oN' outsider, a SPECIAL
    key, or a literal (addr, name) tuple."""
    if isinstance(sel, tuple):
        return sel
    if sel in SPECIAL:
        return SPECIAL[sel]
    kind, n = sel[0], int(sel[1:])
    return {"s": ms.People.staff_addr, "p": ms.People.pupil_addr,
            "o": ms.People.outside_addr}[kind](n)


def disp(sel):
    """'Name <addr>' as a forwarded header would show it."""
    a, n = who(sel)
    return "%s <%s>" % (n, a)


def fwd(body, *layers):
    """Apply forward wrappers, innermost first.

    Each layer: (style, from, date, subject, to) or (style, from, date, subject,
    to, note) where `note` is the forwarder's own words written above the block.
    style is one of gmail / outlook / apple / yahoo (from mimeshapes).
    """
    for layer in layers:
        style, frm, date, subj, to = layer[:5]
        note = layer[5] if len(layer) > 5 else ""
        body = ms.FORWARD_STYLES[style](body, frm, date, subj, to)
        if note:
            body = note.rstrip("\n") + "\n\n" + body
    return body


_FIRST = ["jackie", "bev", "sandra", "tony", "mo", "lisa", "gaz", "kath", "dean", "shaz",
          "pauline", "craig", "nadia", "trev", "rosie", "mick", "jas", "linda", "terry", "hayley",
          "des", "carol", "vik", "jen", "sue", "rob", "tash", "bill", "marg", "kelly"]
_DOMS = ["example.com", "example.net", "example.org", "homemail.example", "inbox.example",
         "mailbox.example", "fastmail.example", "btclick.example", "virginlive.example"]


def dump(seed, n):
    """A deterministic list of n outside addresses, as earlier forwarders' To: lines show."""
    h = hashlib.sha256(seed.encode()).digest()
    out = []
    for i in range(n):
        f = _FIRST[(h[i % 32] + i * 7) % len(_FIRST)]
        d = _DOMS[(h[(i * 3) % 32] + i) % len(_DOMS)]
        num = (h[(i * 5) % 32] % 90) + 10
        style = (h[(i * 11) % 32] + i) % 3
        local = [f + str(num), f + "." + _FIRST[(i * 13) % len(_FIRST)], f + "_x" + str(num)][style]
        out.append("%s@%s" % (local, d))
    # unique, order kept
    seen, res = set(), []
    for a in out:
        if a not in seen:
            seen.add(a)
            res.append(a)
    return "; ".join(res)


def M(label, family, shape, direction, frm, to, subject, note, text, **kw):
    """One message spec.  Extra keys understood by build.py:
    cc, bcc, cover, attach_name, html, subj_enc, headers, inner_from, inner_to,
    inner_subject, inner_date, inner_shape, docx_title.
    """
    if isinstance(subject, tuple):  # (subject, charset, 'B'|'Q') -> RFC 2047 Subject
        subject, cs, enc = subject
        kw["subj_enc"] = (cs, enc)
    d = dict(label=label, family=family, shape=shape, direction=direction, frm=frm,
             to=list(to), subject=subject, note=note, text=text)
    d.update(kw)
    return d


def P(*a, **kw):
    return M("positive", *a, **kw)


def N(*a, **kw):
    return M("negative", *a, **kw)


def tweak(messages, changes):
    """Apply per-message header variety added after the texts were written.

    changes: {1-based number as in the '# N' comments: dict of spec keys}.  A
    'headers' value is appended to any headers already in the spec.
    """
    for num, kw in changes.items():
        spec = messages[num - 1]
        for k, v in kw.items():
            if k == "headers":
                spec["headers"] = list(spec.get("headers", [])) + list(v)
            else:
                spec[k] = v


def reply_headers(tag):
    """In-Reply-To / References pointing at an earlier (not included) message."""
    h = hashlib.sha1(tag.encode()).hexdigest()
    mid = "<%s.%s@mail.%s>" % (h[:12].upper(), h[12:20], tag.split("@")[-1])
    return [("In-Reply-To", mid), ("References", mid)]
