#!/usr/bin/env python3
"""Build the HELD-OUT chain-letter corpus (written blind, never tuned on).

Usage:
    python3 build.py            # (re)write positive/, negative/, manifest.jsonl, then verify
    python3 build.py --verify   # only verify existing files against the message specs

Python 3 standard library only.  Output is deterministic (fixed seeds, fixed dates),
so re-running reproduces byte-identical .eml files and the recorded SHA256SUMS.

Shapes (one per message, recorded in the manifest as "shape"):
    7bit               plain us-ascii, long unwrapped paragraph lines
    wrapped            us-ascii hard-wrapped at 66-78 columns
    flowed             format=flowed (RFC 3676), DelSp=no
    flowed-delsp       format=flowed; DelSp=yes
    qp                 utf-8 quoted-printable (smart quotes / emoji), soft breaks mid-word
    base64             utf-8 base64 text/plain
    html               text/html only (entities, &nbsp;, <br>, inline styles)
    alternative        multipart/alternative text/plain + text/html
    txt-attachment     short covering note + the real text in a .txt attachment
    rfc822-attachment  covering note + message/rfc822 forward
    fwd-inline         "---------- Forwarded message ---------" inline forward
    quoted-multilevel  several levels of ">" quoting, re-wrapped
    iso-8859-1         latin-1 quoted-printable
    windows-1252       cp1252 8bit, wrapped
    docx               covering note + minimal .docx attachment
"""
import base64
import datetime
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
import textwrap
import unicodedata
import zipfile
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))

SHAPES = {
    'A': '7bit', 'B': 'wrapped', 'C': 'flowed', 'D': 'flowed-delsp', 'E': 'qp',
    'F': 'base64', 'G': 'html', 'H': 'alternative', 'I': 'txt-attachment',
    'J': 'rfc822-attachment', 'K': 'fwd-inline', 'L': 'quoted-multilevel',
    'M': 'iso-8859-1', 'N': 'windows-1252', 'O': 'docx',
}

# ----------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------
STAFF = [
    ('Jane Smith', 'j.smith'), ('Arjun Patel', 'a.patel'), ('Rachel Okafor', 'r.okafor'),
    ('Huw Williams', 'h.williams'), ("Siobhan O'Brien", 's.obrien'),
    ('Marta Kowalski', 'm.kowalski'), ('Lowri Davies', 'l.davies'),
    ('Thanh Nguyen', 't.nguyen'), ('Claire Hughes', 'c.hughes'), ('Dev Evans', 'd.evans'),
    ('Kiran Ahmed', 'k.ahmed'), ('Emma Thompson', 'e.thompson'), ('Gareth Price', 'g.price'),
    ('Nadia Rahman', 'n.rahman'), ('Tom Fletcher', 't.fletcher'), ('Beth Mason', 'b.mason'),
    ('Paul Greenwood', 'p.greenwood'), ('Yasmin Clarke', 'y.clarke'),
]
PUPILS = [
    'ella.m23', 'jayden.k22', 'amira.h24', 'oliver.b23', 'zara.q22', 'kai.t24',
    'maisie.w23', 'leo.r22', 'freya.s24', 'tyler.j23', 'aisha.n22', 'harvey.c24',
    'poppy.l23', 'reece.d22', 'sofia.g24', 'noah.p23', 'ruby.a24', 'ethan.v22',
]
OUTSIDE = [
    ('Karen Bell', 'karen.bell@example.org'), ('Dave Hollis', 'dave.hollis@example.com'),
    ('Michelle Roper', 'mum.of.three@example.net'), ('Peter Adeyemi', 'p.adeyemi@example.org'),
    ('Ken Walsh', 'grandad.ken@example.net'), ('Lisa Tran', 'lisa.tran@example.com'),
    ('Sam Wright', 'sam.wright@homemail.example'), ('Jo Fairclough', 'jo.fairclough@example.org'),
    ('The Morgans', 'the.morgans@example.net'), ('Fatima Shah', 'fatima.s@example.com'),
    ('Pat Nolan', 'nan.pat@btmail.example'), ('Chris Doyle', 'chris.doyle@example.org'),
    ('Aled Jones', 'aled.j@cymru-mail.example'), ('Becky Stone', 'becky.stone@example.com'),
    ('Gary Lund', 'gary.lund77@example.net'), ('Nina Kaur', 'nina.kaur@outmail.example'),
    ('Sue Parry', 'sue.parry@example.org'), ('Tony Marsh', 'tmarsh@example.com'),
]
ROLE = {
    'office': ('School Office', 'office@school.example'),
    'it': ('IT Support', 'it.support@school.example'),
    'head': ('Mrs H. Aldridge (Headteacher)', 'head@school.example'),
    'chaplain': ('Fr Michael Doran', 'chaplain@school.example'),
    'allstaff': ('All Staff', 'allstaff@school.example'),
    'finance': ('Finance Office', 'finance@school.example'),
    'exams': ('Exams Office', 'exams@school.example'),
    'pshe': ('PSHE Lead', 'pshe@school.example'),
    'dsl': ('Designated Safeguarding Lead', 'safeguarding@school.example'),
    'netmgr': ('Network Manager', 'network.manager@school.example'),
    'pe': ('PE Department', 'pe@school.example'),
    'tutors7': ('Year 7 Tutors', 'y7.tutors@school.example'),
    'computing': ('Computing Department', 'computing@school.example'),
    'science': ('Science Department', 'science@school.example'),
}


def is_internal(addr):
    dom = addr.rsplit('@', 1)[1].lower()
    return dom == 'school.example' or dom.endswith('.school.example')


def resolve(x):
    """'office' -> role tuple; 'Name <a@b>' or 'a@b' -> (name, addr)."""
    if isinstance(x, tuple):
        return x
    if x in ROLE:
        return ROLE[x]
    name, addr = parseaddr(x)
    return (name, addr)


def envelope(spec, rng):
    env = spec['env']
    frm = spec.get('frm')
    to = spec.get('to')
    if frm is None:
        if env in ('so', 'si'):
            n, u = rng.choice(STAFF)
            frm = (n, u + '@school.example')
        elif env in ('pu', 'po'):
            frm = ('', rng.choice(PUPILS) + '@students.school.example')
        else:
            frm = rng.choice(OUTSIDE)
    else:
        frm = resolve(frm)
    if to is None:
        if env in ('so', 'po'):
            to = rng.sample(OUTSIDE, rng.choice([1, 1, 2, 3]))
            to = [t for t in to if t[1] != frm[1]] or [OUTSIDE[0]]
        elif env in ('si', 'in'):
            to = [(n, u + '@school.example') for n, u in rng.sample(STAFF, rng.choice([1, 1, 2, 3]))]
            to = [t for t in to if t[1] != frm[1]] or [('Tom Fletcher', 't.fletcher@school.example')]
        elif env in ('pu', 'ip'):
            to = [('', p + '@students.school.example')
                  for p in rng.sample(PUPILS, 1 if env == 'ip' else rng.choice([1, 2, 3, 4]))]
            to = [t for t in to if t[1] != frm[1]] or [('', 'kai.t24@students.school.example')]
    else:
        to = [resolve(t) for t in to]
    auth = frm[1] if is_internal(frm[1]) else None
    if env in ('in', 'ip'):
        assert auth is None and all(is_internal(t[1]) for t in to), spec['subj']
    else:
        assert auth is not None, spec['subj']
    return frm, to, auth


def fmt_addr(t, charset_ok=True):
    name, addr = t
    if not name:
        return addr
    if re.search(r'[^A-Za-z0-9 !#$%&*+/=?^_`{|}~-]', name):
        name = '"%s"' % name.replace('"', '')
    return '%s <%s>' % (name, addr)


# ----------------------------------------------------------------------------
# Text transforms
# ----------------------------------------------------------------------------
ASCII_MAP = {
    '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u201c': '"', '\u201d': '"',
    '\u201e': '"', '\u2013': '-', '\u2014': '-', '\u2026': '...', '\u00a3': 'GBP ',
    '\u20ac': 'EUR ', '\u2022': '*', '\u00a0': ' ',
}


def to_ascii(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ch in ASCII_MAP:
            out.append(ASCII_MAP[ch])
        else:
            d = unicodedata.normalize('NFKD', ch).encode('ascii', 'ignore').decode()
            out.append(d)
    s = ''.join(out)
    s = re.sub(r'GBP (?=\d)', 'GBP ', s)
    s = re.sub(r'(?<=\S)[ ]{2,}', ' ', s)          # emoji removal leaves double spaces
    s = '\n'.join(l.rstrip() for l in s.split('\n'))
    return s


def to_charset(s, cs):
    """Fold characters the charset cannot carry; keep those it can."""
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in ASCII_MAP:
                out.append(ASCII_MAP[ch])
            else:
                d = unicodedata.normalize('NFKD', ch).encode('ascii', 'ignore').decode()
                out.append(d)
    s = ''.join(out)
    s = re.sub(r'(?<=\S)[ ]{2,}', ' ', s)
    s = '\n'.join(l.rstrip() for l in s.split('\n'))
    return s


def clean(s):
    """Source bodies: strip outer blank lines, dedent."""
    s = textwrap.dedent(s).strip('\n')
    return '\n'.join(l.rstrip() for l in s.split('\n'))


def hard_wrap(text, width):
    out = []
    for line in text.split('\n'):
        if not line.strip():
            out.append('')
            continue
        ind = re.match(r'\s*', line).group(0)
        out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False,
                                 subsequent_indent=ind) or [''])
    return '\n'.join(out)


def stuff(line):
    if line.startswith((' ', '>', 'From ')):
        return ' ' + line
    return line


def flow(text, width, delsp):
    out = []
    for line in text.split('\n'):
        if not line.strip():
            out.append('')
            continue
        chunks = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        for i, c in enumerate(chunks):
            c = stuff(c)
            if i < len(chunks) - 1:
                c = c + ' ' + (' ' if delsp else '')
            out.append(c)
    return '\n'.join(out)


def unflow(text, delsp):
    res = []
    buf = ''
    for line in text.split('\n'):
        if line.startswith(' '):
            line = line[1:]
        if line.endswith(' ') and line != '-- ':
            buf += line[:-1] if delsp else line
        else:
            res.append(buf + line)
            buf = ''
    if buf:
        res.append(buf)
    return '\n'.join(res)


ENT = {'\u00a3': '&pound;', '\u2019': '&rsquo;', '\u2018': '&lsquo;', '\u201c': '&ldquo;',
       '\u201d': '&rdquo;', '\u2013': '&ndash;', '\u2014': '&mdash;', '\u2026': '&hellip;',
       '\u00e9': '&eacute;', '\u20ac': '&euro;'}


def html_escape(s, rng):
    s = html.escape(s, quote=False)
    out = []
    for ch in s:
        if ch in ENT:
            out.append(ENT[ch])
        elif ord(ch) > 127:
            out.append('&#%d;' % ord(ch))
        else:
            out.append(ch)
    s = ''.join(out)
    # some clients turn the space after a full stop into &nbsp;
    if rng.random() < 0.6:
        s = s.replace('. ', '.&nbsp; ')
    s = s.replace('"', '&quot;') if rng.random() < 0.5 else s
    return s


def shouting(line):
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def to_html(text, rng, title=None):
    fonts = ['Arial, Helvetica, sans-serif', 'Calibri, sans-serif', 'Verdana, sans-serif',
             "'Segoe UI', Tahoma, sans-serif", 'Georgia, serif', 'Comic Sans MS, cursive']
    font = rng.choice(fonts)
    size = rng.choice(['10pt', '11pt', '12pt', '14px', '15px'])
    paras = [p for p in text.split('\n\n')]
    body = []
    wrapper_div = rng.random() < 0.5
    for p in paras:
        lines = p.split('\n')
        rendered = []
        for l in lines:
            e = html_escape(l, rng)
            if shouting(l):
                e = '<strong style="color:#c00000">%s</strong>' % e
            rendered.append(e)
        inner = '<br>\n'.join(rendered)
        if rng.random() < 0.7:
            body.append('<p style="margin:0 0 12px 0">%s</p>' % inner)
        else:
            body.append('<div>%s</div>\n<div>&nbsp;</div>' % inner)
    bodyhtml = '\n'.join(body)
    if wrapper_div:
        bodyhtml = '<div style="font-family:%s; font-size:%s; color:#222">\n%s\n</div>' % (
            font, size, bodyhtml)
    doc = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" '
           'content="text/html; charset=utf-8">\n%s</head>\n<body style="font-family:%s">\n%s\n'
           '</body>\n</html>\n') % (
        ('<title>%s</title>\n' % html.escape(title)) if title else '', font, bodyhtml)
    # keep source lines short (HTML is whitespace-insensitive)
    wrapped = []
    for line in doc.split('\n'):
        if len(line) > 76:
            wrapped.extend(textwrap.wrap(line, 76, break_long_words=False, break_on_hyphens=False))
        else:
            wrapped.append(line)
    return '\n'.join(wrapped) + '\n'


# ----------------------------------------------------------------------------
# MIME assembly (hand-built so every byte is under our control)
# ----------------------------------------------------------------------------
def encode_payload(text, charset, cte):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(charset)
    if cte in ('7bit', '8bit'):
        if cte == '7bit':
            assert all(b < 128 for b in raw), 'non-ascii in 7bit part'
        for l in raw.split(b'\n'):
            assert len(l) <= 998, 'line too long'
        return raw
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(text, charset='utf-8', cte=None, subtype='plain', params='', disp=None):
    if cte is None:
        try:
            text.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    hdr = 'Content-Type: text/%s; charset="%s"%s\n' % (subtype, charset, params)
    if disp:
        hdr += disp
    hdr += 'Content-Transfer-Encoding: %s\n' % cte
    return hdr.encode('ascii') + b'\n' + encode_payload(text, charset, cte)


def multipart(subtype, parts, boundary, preamble=True):
    out = b'Content-Type: multipart/%s;\n boundary="%s"\n\n' % (subtype.encode(), boundary.encode())
    if preamble:
        out += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += b'--' + boundary.encode() + b'\n' + p
        if not p.endswith(b'\n'):
            out += b'\n'
        out += b'\n'
    out += b'--' + boundary.encode() + b'--\n'
    return out


def docx_bytes(paragraphs):
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
    ps = []
    for p in paragraphs:
        if not p.strip():
            ps.append('<w:p/>')
            continue
        bold = '<w:rPr><w:b/></w:rPr>' if shouting(p) else ''
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
            bold, html.escape(p, quote=False)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>') % ''.join(ps)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', ct), ('_rels/.rels', rels),
                           ('word/document.xml', doc)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return buf.getvalue()


def enc_subject(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def rand_date(rng):
    start = datetime.datetime(2024, 9, 3, 0, 0)
    d = start + datetime.timedelta(days=rng.randrange(0, 300), hours=rng.randrange(7, 23),
                                   minutes=rng.randrange(60), seconds=rng.randrange(60))
    off = 1 if 4 <= d.month <= 10 and not (d.month == 10 and d.day > 26) else 0
    if d.month == 3 and d.day >= 30:
        off = 1
    d = d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    return d


def gmail_date(d):
    return d.strftime('%a, %-d %b %Y at %H:%M')


# ----------------------------------------------------------------------------
# Message specs
# ----------------------------------------------------------------------------
MSGS = []


def P(fam, shape, env, subj, note, body, **kw):
    MSGS.append(dict(label='positive', fam=fam, shape=shape, env=env, subj=subj, note=note,
                     body=clean(body), **kw))


def N(fam, shape, env, subj, note, body, **kw):
    MSGS.append(dict(label='negative', fam=fam, shape=shape, env=env, subj=subj, note=note,
                     body=clean(body), **kw))

# ============================================================================
# POSITIVE: luck-chain (classic luck / curse / prayer / friendship / angel)
# ============================================================================
F = 'luck-chain'
P(F, 'A', 'in', 'FW: read this all the way down - its true', 'classic luck chain from a parent, 10 people / 4 days or misfortune', """
    Hi, I dont normally do these but this one came from my sister and I wasnt going to risk it.

    This letter started in a monastery in Portugal in 1887 and has gone around the world eleven times. Good fortune has now been passed to YOU. Within four days of reading it something good will happen, but only if you send it on to ten people. This is not a joke and you must not keep it.

    A bus driver in Kent received this letter and sent it to ten friends. Three days later he won 6,000 pounds on a scratchcard. A woman in Dundee threw it in the bin and within a week her car was written off and her cat went missing. Another man laughed at it, did not pass it on, and lost his job the next Monday.

    Do not send money. Do not ignore it. Just copy it to 10 people within 96 hours and watch what happens. The chain must not be broken!!
""", frm='Karen Bell <karen.bell@example.org>', to=['h.williams@school.example'])

P(F, 'B', 'so', 'Prayer to St Jude - please do not break', 'prayer chain demanding 12 copies within the hour with a curse for breaking it', """
    Dear friends, I was sent this beautiful novena this morning and I promised I would keep it going.

    Most holy St Jude, faithful servant and friend, helper of the hopeless, I place my intentions in your hands and trust that you will bring them before the Lord. Amen.

    Say the prayer once, then within ONE HOUR send it on to twelve people who need a blessing. Do not keep it to yourself. On the fourth day something you have been waiting for will arrive. Mary in Ohio sent it on and her son came home after two years away. A man who deleted it was in hospital within the month.

    Whatever you do, do not break the chain. It has been unbroken since 1953 and the blessing goes with it. God bless, xx
""", to=['Sue Parry <sue.parry@example.org>', 'Nina Kaur <nina.kaur@outmail.example>', 'Pat Nolan <nan.pat@btmail.example>'])

P(F, 'C', 'si', 'A friend is like a star...', 'friendship chain: send to 10 including me or 7 years of bad friendship luck', """
    A friend is like a star. You don't always see them, but you know they're there.

    I'm sending this to the people I think of as real friends. If you get this, it means you are one of mine! Now send it on to ten friends, and include me in them. If you get three or more back, you are truly loved. If you get none back, well... maybe you need to be a better friend?

    WARNING: Whoever breaks this friendship chain will have seven years of friendless luck. It's happened to people I know. Don't be the one who lets it die!

    Love you all, have a lovely half term xxx
""", frm=('Lowri Davies', 'l.davies@school.example'), to=['c.hughes@school.example', 'b.mason@school.example', 'y.clarke@school.example'])

P(F, 'D', 'in', 'Your guardian angel has chosen you', 'angel chain: 8 people in 8 minutes for a wish; deleting it makes the angel leave', """
    Your guardian angel has been waiting for the right moment to reach you, and it is now. Angels are all around us and one has chosen this message to find you today.

    Close your eyes and make a wish. Now, within the next EIGHT minutes, send this message to eight people you care about. Your angel will grant your wish before the end of the week.

    If you delete this message or keep it, your angel will leave you and you will be unprotected for a full year. Someone who read this and did nothing lost her house in a fire a month later.

    Angels never forget the ones who share their light. Please don't ignore this. 8 people, 8 minutes.
""", frm='Michelle Roper <mum.of.three@example.net>', to=['reception.cover@school.example'])

P(F, 'E', 'so', '🍀🍀 Lucky clover - 7 people, 7 minutes 🍀🍀', 'emoji lucky-clover chain, 7 in 7 minutes or bad luck for 7 weeks', """
    🍀 This is the lucky four-leaf clover! 🍀

    It’s been going round since last spring and it’s been “proven” to work — my neighbour sent it on and got the house she’d been bidding on the very same week!! 🏡✨

    👉 Send it to 7 people in the next 7 minutes and you’ll have good luck for 7 years.
    👉 Send it to 3 people and you’ll have a bit of luck.
    👉 Send it to NOBODY and you’ll have bad luck for 7 weeks 😬😬

    It isn’t my rule, I’m just passing it on! Don’t let the clover wither 🍀💚
""", to=['Becky Stone <becky.stone@example.com>', 'Fatima Shah <fatima.s@example.com>'])

P(F, 'F', 'in', 'Instructions for a better life (read to the end!)', 'life-advice list with a sting: forward count decides your luck; base64 text', """
    Wise words, passed on from a Tibetan teacher. Read slowly.

    1. Give people more than they expect and do it cheerfully.
    2. Remember that not getting what you want can be a stroke of luck.
    3. When you lose, don't lose the lesson.
    4. Spend some time alone every day.
    5. Judge your success by what you had to give up to achieve it.
    6. Be gentle with the earth.

    Now the important part. Do not keep this message. It has to leave you within 96 hours. Send it to:
    0-4 people: your life will get slightly better.
    5-9 people: your life will improve to your taste.
    10-14 people: you will have at least five surprises in the next three weeks.
    15 or more: your life will change completely and everything you ever dreamed of will start to take shape.

    Whoever ignores this will have bad luck. It's true even if you are not superstitious. Don't keep it!
""", frm='Pat Nolan <nan.pat@btmail.example>', to=['g.price@school.example'])

P(F, 'G', 'in', 'The Money Tree of Good Fortune', 'HTML "tree of good fortune" luck chain, 20 copies in 4 days, anecdotes of luck and misfortune', """
    THE TREE OF GOOD FORTUNE

    This message was started by a missionary in South America and has now been sent around the world at least fifteen times. It brings good fortune to everyone who keeps it moving.

    You must make 20 copies and send them to friends and colleagues within FOUR days. You will receive a surprise, even if you are not a believer.

    In 2019, a nurse in Cardiff received the message, sent out 20 copies, and nine days later her premium bond came up. A headmaster in Yorkshire forgot to pass it on and within the week he had a broken wrist and a leaking roof. When he finally sent his 20 copies, everything turned around.

    Please remember: no money is needed, only the 20 copies. Do not break the tree of good fortune. It works!
""", frm='Gary Lund <gary.lund77@example.net>', to=['p.greenwood@school.example', 'n.rahman@school.example'])

P(F, 'H', 'si', 'Light a candle for your wish 🕯️', 'wishing-candle chain to 13 colleagues, multipart/alternative', """
    Before you read any further, think of one wish and keep it in your head.

    This is the Wishing Candle. 🕯️ It has been lit by thousands of people and every single one who passed it to thirteen others saw their wish come true within a fortnight.

    Pass it to 13 people today — you can include the person who sent it to you. Don't read it twice and don't save it in a folder, that puts the flame out.

    Those who let the candle go out will find their wish turned upside down. Please don't risk it, it only takes a minute! xx
""", frm=('Yasmin Clarke', 'y.clarke@school.example'), to=['allstaff'])

P(F, 'I', 'so', 'the thing from Auntie Val', 'birthday lucky-number chain in a .txt attachment with an innocent covering note', """
    YOUR LUCKY NUMBER

    Take the day of the month you were born on. Add 4. Multiply it by 2. Now take away the first number you thought of. That number is your lucky number for the whole year, and the magic only works if you pass this on!!

    Send this to 6 people within 6 hours. Your lucky number will bring you money within 6 days.

    If you keep it to yourself, your lucky number turns into your unlucky number for 6 years.

    I didn't believe it either. Then I got a rebate from the council the same week. Send it on!
""", cover="""
    Hiya, Auntie Val sent me this and made me promise to send it on, so I've attached it. Ignore if you like! See you at netball on Saturday.
""", fname='lucky number.txt', to=['Jo Fairclough <jo.fairclough@example.org>'])

P(F, 'J', 'in', 'Fwd: An Irish blessing for you', 'Irish blessing chain forwarded as a message/rfc822 attachment, 15 people in 96 hours', """
    May the road rise up to meet you,
    May the wind be always at your back,
    May the sun shine warm upon your face,
    And rain fall soft upon your fields.

    This blessing comes from County Mayo and has been passed on since 1931. It has now reached you and cannot stop with you.

    Within 96 hours, send it on to fifteen people. Good fortune will arrive by post.

    Constance from Galway was given it and put it in a drawer. She was made redundant nine days later. She found it again, sent it on to fifteen people, and was offered a better job the following week.

    Do not keep this blessing. It must travel.
""", cover="""
    Hi Marta, my phone won't forward it properly so I've attached it. My mother-in-law swears by these!
""", orig='Aled Jones <aled.j@cymru-mail.example>', frm='Sam Wright <sam.wright@homemail.example>', to=['m.kowalski@school.example'])

P(F, 'K', 'so', 'Fwd: BLUE MOON TONIGHT - make a wish', 'blue moon wish chain forwarded inline, 11 people before midnight', """
    Tonight there is a blue moon on a Friday, which won't happen again for 800 years. The ancient Chinese called it the Night of Silver Wishes.

    Make a wish before midnight and send this to 11 people. Your wish will come true by the next full moon.

    If you don't pass it on, the wish is cancelled and the next one you make won't come true either.

    It's been checked and it really is 800 years. Don't miss it!
""", cover="""
    Sorry to fill your inbox, Sue swears this works, so here you go!
""", orig='Sue Parry <sue.parry@example.org>', to=['Lisa Tran <lisa.tran@example.com>', 'Tony Marsh <tmarsh@example.com>'])

P(F, 'L', 'si', 'Fwd: Fwd: Fwd: good luck cat', 'good luck cat chain, several levels of quoting with short comments', """
    =^.^= THIS IS THE GOOD LUCK CAT =^.^=

    The good luck cat has been sent to you because somebody cares about you. He has been passed from inbox to inbox since 2003.

    Send him on to nine people within ninety minutes and you will have good luck in love, money and health for a year.

    If you delete him he will stay in your house and knock things over for the next year. Don't be mean to the kitty!
""", mid=['Never normally send these but it has been a rough week so just in case!',
         'passing it on, sorry, he is quite cute though'],
    cover='Ha, this has been round half the science department, your turn Arjun.',
    frm=('Thanh Nguyen', 't.nguyen@school.example'), to=['a.patel@school.example'])
# ============================================================================
# POSITIVE: virus-hoax
# ============================================================================
F = 'virus-hoax'
P(F, 'D', 'in', 'URGENT VIRUS WARNING pass on', 'birthday-photos virus hoax, CNN/Microsoft "confirmed", forward to all contacts', """
    PLEASE READ AND PASS ON TO ALL YOUR CONTACTS!!

    If you get an email with the title BIRTHDAY PHOTOS, do not open it under any circumstances. It doesn't matter who sends it, even your best friend. It contains a virus that burns the whole C drive of your computer and there is no repair.

    This was announced on CNN yesterday morning and Microsoft have said it is the most destructive virus ever seen. It spreads by sending itself to everyone in your address book.

    If you receive it, delete it straight away without opening it. Then send this warning to EVERYONE you know so they can be protected. The more people who know, the safer we all are.
""", frm='Ken Walsh <grandad.ken@example.net>', to=['d.evans@school.example'])

P(F, 'E', 'so', '⚠️ Don’t open the “Dance of the Pope” video ⚠️', 'WhatsApp video virus hoax in email, police "confirmed", forward to everyone', """
    ⚠️⚠️ IMPORTANT — PLEASE SHARE ⚠️⚠️

    If anyone sends you a video called “Dance of the Pope”, do NOT open it!! It hacks your phone in ten seconds and there is no way to stop it. It was on the radio this morning and the police have confirmed it’s real 👮‍♀️

    It also gets into your laptop if your phone is connected to the same wifi 😱

    Please forward this to everyone you know — family, friends, the school mums — we need to stop it spreading. Better safe than sorry!! 🙏
""", to=['Becky Stone <becky.stone@example.com>', 'Karen Bell <karen.bell@example.org>', 'Fatima Shah <fatima.s@example.com>'])

P(F, 'F', 'in', 'Fw: WORST VIRUS EVER - Microsoft', 'parcel-waiting virus hoax destroying "sector zero", Norton has no fix; base64', """
    Do not open any email that says YOUR PARCEL IS WAITING. Microsoft confirmed yesterday that it is the worst virus ever found. It destroys Sector Zero of your hard disc, where the vital information is kept, and your computer will never turn on again.

    Norton and McAfee have not got a fix yet.

    This information came out yesterday morning from IBM. Please send a copy of this email to everybody in your address book. It is much better to receive it 25 times than never.

    Pass this on to your family, friends and work colleagues NOW.
""", frm='Tony Marsh <tmarsh@example.com>', to=['e.thompson@school.example', 'k.ahmed@school.example'])

P(F, 'G', 'in', 'PLEASE WARN YOUR KIDS - hacker Jordan Lyle', 'HTML hacker friend-request hoax telling parents to forward to every contact', """
    Please tell your children, and forward to every contact you have!

    If somebody called Jordan Lyle sends you a friend request or an email, do NOT accept it. He is a hacker and he links himself to your computer. Once you accept him he can see everything, including your bank details and your children's photographs.

    If one of your contacts accepts him, you will get the hacker too, so everyone on your list must be told. Copy this message and send it to everyone.

    Facebook and the police have confirmed this on the news. It is NOT a hoax.
""", frm='Chris Doyle <chris.doyle@example.org>', to=['office'])

P(F, 'H', 'si', 'virus that hides on your computer - check now', 'sulfnbk/teddy-bear-icon style hoax telling staff to delete a system file and warn everyone', """
    Hi all, I have just been told about this and checked my own laptop, and it WAS there!

    A virus can sit on your computer for two weeks before it activates, and the antivirus programs can't find it. It is a file called winhlpsvc.exe with a little teddy bear icon.

    To check: click Start, type winhlpsvc.exe into the search box, and if it appears DO NOT OPEN IT. Right click and delete it, then empty your recycle bin.

    Because it spreads through your address book, you need to tell everyone you have emailed recently. I had to send this to all my contacts, sorry. Please do the same.
""", frm=('Emma Thompson', 'e.thompson@school.example'), to=['allstaff'])

P(F, 'I', 'so', 'pls read attached - phone warning', 'phone-call SIM cloning hoax in a .txt attachment, "confirmed by BT"', """
    PHONE WARNING - PASS IT ON

    If your mobile rings and the number starts #90 or 0900, DO NOT ANSWER IT and don't ring back. The second you pick up, they copy your SIM card and can make calls on your account. It happened to a man in Swindon and he had a bill for 3,000 pounds.

    This has been confirmed by BT and by the police.

    Tell everybody in your contacts. Pass this on as much as you can!!!!
""", cover="""
    Hi both, I thought I'd better pass this on to the group, it's in the attached note. Hope you're keeping well.
""", fname='phone warning.txt', to=['Dave Hollis <dave.hollis@example.com>', 'Peter Adeyemi <p.adeyemi@example.org>'])

P(F, 'J', 'in', 'FW: Is this true?', 'Hallmark-postcard virus hoax forwarded as message/rfc822, McAfee "says" worst ever', """
    Hi everyone. If you receive an email called A POSTCARD FROM HALLMARK, do not open it!! It is a virus that opens a postcard picture while it burns the whole hard disc of your machine.

    McAfee said yesterday it is the most damaging virus they have ever classified. There is no cure yet.

    If you receive this email, just delete it. Forward this to your friends, your family and every contact you have. Help keep everyone safe.
""", cover="""
    Is this real? Forwarding it just in case, mine came from my brother.
""", isubj='Fwd: VERY URGENT!!!! please read', orig='Gary Lund <gary.lund77@example.net>', frm='Jo Fairclough <jo.fairclough@example.org>', to=['it.support@school.example'])

P(F, 'K', 'pu', 'Fwd: DONT OPEN FREE ROBUX EMAIL', 'pupil forwards a "free robux" virus hoax to classmates, send to everyone', """
    GUYS READ THIS!!! if you get an email called FREE ROBUX dont open it!!! its a virus and it hacks your account AND your parents bank. my cousins friend opened it and they lost everything and the police came to there house.

    it was on the news apparently. roblox has said its real.

    SEND THIS TO EVERYONE YOU KNOW so nobody gets hacked. if u dont send it and your friend gets hacked its your fault
""", cover="""
    omg read this everyone
""", orig='tyler.j23@students.school.example', frm=('', 'poppy.l23@students.school.example'), to=['maisie.w23@students.school.example', 'freya.s24@students.school.example', 'aisha.n22@students.school.example'])

P(F, 'L', 'si', 'Fwd: Fwd: Fwd: Scotland Yard warning to teachers', 'school-closure-notice webcam virus hoax citing Scotland Yard, quoted multi-level', """
    WARNING FROM SCOTLAND YARD CYBER CRIME UNIT

    An email is going round with the subject SCHOOL CLOSURE NOTICE. If you open the attachment it takes control of your webcam and records you. It targets teachers especially.

    Scotland Yard have confirmed it is real and it cannot be detected by any anti-virus software.

    Please forward this to every teacher you know, in every school. Don't wait for your IT department, they won't tell you in time.
""", mid=['My friend at St Aidan\'s sent me this, might be worth sending round',
         'Forwarding to you all in case'],
    cover='Have you seen this? Should I send it to the whole department?',
    frm=('Gareth Price', 'g.price@school.example'), to=['r.okafor@school.example', 's.obrien@school.example'])

P(F, 'M', 'in', 'Mobile phone virus - smiling baby video', 'latin-1 smiling-baby video virus hoax, "Vodafone confirmed on the BBC", pass on', """
    Please pass this on to everyone in your address book.

    If you get a video message of a smiling baby, delete it without opening. It is a virus that wipes all of your contacts and photos and then sends itself to everyone on your phone. Vodafone confirmed it on the BBC this morning.

    They say it is the worst one ever. It costs £200 to get your phone fixed and even then most of the pictures are gone.

    Please send this to as many friends as possible and don't break it - everyone needs to be warned.
""", frm='Nina Kaur <nina.kaur@outmail.example>', to=['t.fletcher@school.example'])

P(F, 'N', 'so', 'FW: DO NOT OPEN "Life is beautiful"', 'cp1252 "Life is beautiful" PowerPoint virus hoax forwarded to friends', """
    Hi all – this has just come through from a friend at work so I’m passing it on.

    If you receive an email with a PowerPoint called “Life is beautiful.pps”, DO NOT OPEN IT. Delete it straight away. If you open it a message appears saying “It’s too late now, your life is no longer beautiful” and you lose everything on your computer. The person who sent it will get your name, email and password.

    This is a new virus which started circulating on Saturday afternoon. AOL has already said it is very dangerous and there is no remedy at the moment.

    Please send this to everyone you know, they’ll thank you for it!
""", to=['Lisa Tran <lisa.tran@example.com>', 'Nina Kaur <nina.kaur@outmail.example>'])

P(F, 'O', 'in', 'Computer security notice from my work', 'smart-meter-update virus hoax in a .docx, Dell and Microsoft "confirm", forward to everyone', """
    COMPUTER SECURITY WARNING – PLEASE CIRCULATE

    A new virus called SMART METER UPDATE is being sent by email. When you open it, it takes over your computer and changes your electricity account so your bills go up.

    Dell and Microsoft have both confirmed this is the most serious virus they have seen this year. Even the best anti-virus can’t catch it.

    DO NOT OPEN the email. Forward this warning to everyone you know: friends, family, colleagues and your children’s school. The more people we tell the quicker it will be stopped.
""", cover="""
    Dear Sir/Madam, this was given out at my work and I think the school should see it and send it to the parents. Kind regards, Peter Adeyemi (dad of Tolu, Year 4)
""", fname='SECURITY WARNING.docx', frm='Peter Adeyemi <p.adeyemi@example.org>', to=['office'])
# ============================================================================
# POSITIVE: giveaway-hoax (company "tracks forwards" and pays out)
# ============================================================================
F = 'giveaway-hoax'
P(F, 'G', 'in', 'Cadbury are giving away hampers - forward this!!', 'HTML Cadbury hamper giveaway hoax, tracking forwards', """
    Hi everyone!! This is not a joke, my sister-in-law got hers last week.

    Cadbury are celebrating 200 years and they are trialling a new email tracking system. Every time this email is forwarded, their system logs it. When you have sent it to 20 people, you will receive a luxury Easter hamper worth £75 delivered to your door.

    If it gets to 50 people you get TWO hampers. Their marketing department confirmed it on the phone.

    Please make sure you copy the email in, not just the link, or the tracker won't count it. Good luck and happy Easter!
""", frm='Karen Bell <karen.bell@example.org>', to=['j.smith@school.example', 'h.williams@school.example'])

P(F, 'H', 'so', 'Tesco vouchers - it really works!', 'Tesco anniversary £500 voucher per-forward hoax sent by staff to friends', """
    I know these normally aren't real, but this one has been checked by a friend who works in head office.

    For their anniversary Tesco are giving a £500 gift card to anyone who forwards this email to at least 20 people. They have a new programme that follows the email as it is sent round, and after two weeks they post the voucher to everyone on the chain.

    My neighbour sent it to 23 people and her envelope came yesterday. It was genuinely £500!!

    Just forward it - it costs nothing. Make sure you CC me so I get credited too xx
""", to=['Fatima Shah <fatima.s@example.com>', 'Sam Wright <sam.wright@homemail.example>'])

P(F, 'I', 'pu', 'free nike trainers', 'pupil sends Nike free-trainers forwarding hoax as a .txt attachment', """
    NIKE ARE GIVING FREE TRAINERS!!!!

    nike are giving a free pair of air max to the first 1000 people who send this to 15 people. they track it with a code in the email so they know who sent it. my friend in year 10 at another school got hers on friday.

    you have to send it to 15 people TODAY or it doesnt count
""", cover="""
    lol check the file, pass it on
""", fname='nike.txt', to=['reece.d22@students.school.example', 'leo.r22@students.school.example'])

P(F, 'J', 'in', 'Fwd: Apple free iPhone - could the school share?', 'Apple free-iPhone per-forward hoax forwarded as attachment by a parent asking school to share', """
    Apple are giving away 1,500 brand new iPhone 16s to celebrate the launch. This is a promotion they are running via email, and Apple's tracking software counts every forward.

    To qualify, forward this email to at least 10 people. After 10 days Apple will email you with a code to collect your new phone from your nearest Apple store.

    This is completely legitimate. Their head of marketing said in an interview that it's cheaper than advertising on TV!
""", cover="""
    Hi, my cousin sent me this. Could the school share it with all the parents so everyone gets a chance? Thanks, Becky
""", isubj='FW: FREE iPhone 16 - forward to 10 people', orig='Gary Lund <gary.lund77@example.net>', frm='Becky Stone <becky.stone@example.com>', to=['office'])

P(F, 'K', 'si', 'Fwd: M&S gift card - worth a go!', 'Marks & Spencer tracker gift card per-forward hoax forwarded inline between staff', """
    Marks and Spencer are beta-testing a new email tracker. It records everybody who receives this email and who they pass it to. For every forward you make, M&S will add £5 to a gift card in your name, up to £250.

    My cousin's wife is a solicitor and she checked it out for us. It's real! She forwarded it to 50 people and got the maximum £250 gift card in the post.

    Do it now. It has to be forwarded before the end of the month. Remember to keep the original text in or they can't track it.
""", cover="""
    Worth a try?! Nothing to lose
""", orig='Sue Parry <sue.parry@example.org>', frm=('Beth Mason', 'b.mason@school.example'), to=['c.hughes@school.example', 'l.davies@school.example'])

P(F, 'L', 'so', 'Fwd: Fwd: Fwd: Emirates free tickets!!', 'Emirates free flights for 12 forwards, quoted multi-level', """
    EMIRATES 40TH ANNIVERSARY GIVEAWAY

    Emirates is giving TWO free return tickets to anywhere they fly to every person who forwards this email to 12 people. They have a staff member who can see the whole chain because of the special tracking code in this message.

    You will be contacted within 14 days to choose your destination. Don't delete the chain below or they can't see who passed it to you.
""", mid=['Got this from my brother, fingers crossed!!', 'Dubai here we come :-)'],
    cover='Sending to you as I need twelve and you two love a holiday!',
    to=['Ken Walsh <grandad.ken@example.net>', 'Pat Nolan <nan.pat@btmail.example>'])

P(F, 'M', 'in', 'LEGO birthday gift for every family', 'latin-1 Lego free set per 20 forwards hoax', """
    LEGO are 90 this year and they want to say thank you to families.

    Their software counts how many times this e-mail is sent. Every family that sends it to 20 other people will be posted a free LEGO set worth up to £80, chosen for your child's age.

    It has to be forwarded, not copied, or it won't count. Please pass it to all the mums and dads you know. My nephew's arrived on Tuesday!
""", frm='Lisa Tran <lisa.tran@example.com>', to=['reception@school.example'])

P(F, 'N', 'po', 'free xbox from microsoft!!!', 'cp1252 pupil forwards free Xbox per-forward hoax to outside friend', """
    hey!! microsoft are giving away free xbox series x’s if you send this to 25 people. they can see who you send it to because of a code at the bottom. my brothers friend got one through the post last week, it was real.

    you have to send it to 25 people in 2 days. DON’T DELETE IT
""", to=['Tony Marsh <tmarsh@example.com>'])

P(F, 'O', 'in', 'attached - free sausage rolls letter', 'Greggs free sausage rolls for a year per-forward hoax in a .docx', """
    GREGGS – FREE SAUSAGE ROLLS FOR A YEAR

    Greggs are launching a loyalty scheme by email. Forward this email to 15 friends and you will receive a card giving you one free sausage roll every day for a year.

    Greggs can follow the email through their system and will send the card to every person who forwarded it. Closing date is the end of this month.

    This is not a scam, it was in the paper on Tuesday.
""", cover="""
    Hi, attached is the letter that's going round our nursery parents. Thought the staff room might like it! Aled
""", fname='Greggs.docx', frm='Aled Jones <aled.j@cymru-mail.example>', to=['staffroom@school.example'])

P(F, 'A', 'si', 'Costa free coffee for a year', 'Costa per-forward payout hoax with fake lawyer endorsement, 7bit', """
    Hello team,

    My friend is a paralegal and she checked this one out - it is legitimate.

    Costa Coffee are testing an email tracking system. For every person you forward this to, you get a voucher for a free drink. If it reaches 100 people you get free coffee for a year. Costa's lawyers have confirmed they are legally bound to honour it because it was sent out by them.

    I know it sounds too good to be true, but my friend has already had her first batch of vouchers. Forward it quickly before they stop it!
""", frm=('Kiran Ahmed', 'k.ahmed@school.example'), to=['t.nguyen@school.example', 'e.thompson@school.example'])

P(F, 'B', 'ip', 'Roblox 10,000 Robux for you', 'outside sender to pupil: Roblox robux per-forward hoax, hard-wrapped', """
    Hey Roblox player!

    To celebrate 300 million players, the Roblox team are giving 10,000 Robux to every player who forwards this email to 15 friends. We can see everyone you send it to through our special tracker.

    When you have sent it to 15 friends your Robux will appear in your account within 48 hours. Don't forget to send it to 15 friends or you won't get anything.

    Thanks for playing!
    Roblox Rewards Team
""", frm='Roblox Rewards <rewards@robux-gifts.example>', to=['harvey.c24@students.school.example'])

P(F, 'C', 'so', 'British Airways free flights', 'British Airways free flights for 30 forwards within 48 hours, format=flowed', """
    This is real, not a chain letter!!

    To celebrate their centenary British Airways are giving away free return flights to anybody who forwards this message to 30 people within 48 hours. BA has installed a new tracker on their email system so they know who forwards it and to how many.

    My friend's husband works at Heathrow and he said it's definitely real. Just send it on and wait for your confirmation email!

    Hope you all get your holiday :)
""", to=['Jo Fairclough <jo.fairclough@example.org>', 'Becky Stone <becky.stone@example.com>'])
# ============================================================================
# POSITIVE: sympathy-appeal (sick / missing child, "each forward = a donation")
# ============================================================================
F = 'sympathy-appeal'
P(F, 'J', 'in', 'FW: please read, so sad', 'sick-girl appeal where a charity "donates 7p per forward", as message/rfc822', """
    Hi, my name is Chloe Marsh and I am 7 years old. I live in Leeds and I have a brain tumour. The doctors say I only have a few months to live.

    My mummy has asked the children's cancer charity to help and they have promised to give 7p for every time this email is forwarded. If lots of people send it on they will have enough money to pay for my operation in America.

    Please don't delete this. If you have a heart, send it to everyone you know. It only takes a minute and it could save my life.

    Love, Chloe xxx
""", cover="""
    This is so sad, please read and send it on.
""", isubj='Little Chloe needs your help', orig='Michelle Roper <mum.of.three@example.net>', frm='Pat Nolan <nan.pat@btmail.example>', to=['chaplain'])

P(F, 'K', 'so', 'Fwd: MISSING - please forward', 'missing-boy appeal with no date or police reference, forward to everyone, inline forward', """
    PLEASE FORWARD TO EVERYONE!!!

    This little boy went missing from the car park at Tesco in Bristol yesterday afternoon. His name is Harrison and he is 4 years old. He was wearing a red coat and blue wellies.

    His mum is absolutely desperate. Please don't just read this, forward it to everybody in your contacts. If everyone sends it to 10 people the whole country will be looking for him in a couple of hours.

    Don't let this stop with you.
""", cover="""
    Please send on to everyone, I can't imagine what they're going through.
""", orig='Becky Stone <becky.stone@example.com>', to=['Sue Parry <sue.parry@example.org>', 'Ken Walsh <grandad.ken@example.net>'])

P(F, 'L', 'si', 'Fwd: Fwd: baby Isla', 'sick-baby appeal, telecoms firm donates 3p per forward, quoted multi-level', """
    Baby Isla was born with a hole in her heart and needs an operation which costs £90,000. Her parents cannot afford it.

    BT and Facebook have agreed to donate 3p every time this message is forwarded. Please, it costs you nothing. Just forward it to everyone in your address book and tell them to do the same.

    PLEASE DON'T DELETE - YOU COULD BE THE ONE WHO SAVES HER LIFE.
""", mid=['Sent from my sister, please help if you can', 'Done mine, please do yours x'],
    cover='Hi Claire, I know you have a big contacts list, could you send this on?',
    frm=('Lowri Davies', 'l.davies@school.example'), to=['c.hughes@school.example'])

P(F, 'M', 'in', 'A dying boy has one wish', 'latin-1 dying boy wants a record number of emails; forward to everyone', """
    This is a message about Liam, a 14-year-old boy from Sunderland who has leukaemia and has been told he has weeks to live.

    His final wish is to be in the record books for receiving the most e-mails ever. His mum is counting every one. Please send this e-mail to everybody you know and add your name to the bottom.

    It doesn't cost you anything but it means the world to him. Don't let his last wish go unanswered. Merci, thank you, diolch - from all of us.
""", frm='Aled Jones <aled.j@cymru-mail.example>', to=['g.price@school.example'])

P(F, 'N', 'po', 'pls send this on', 'cp1252 pupil forwards bullying-victim appeal, "NSPCC gives £1 per share"', """
    this boy in america got bullied so bad he is in hospital and cant talk. the NSPCC said they will give £1 to his family for everyone who sends this to their friends.

    if you scroll past this you are basically a bully too. i sent it to 20 people, please send it to everyone, it’s literally free and it helps him!!!!
""", frm=('', 'jayden.k22@students.school.example'), to=['Gary Lund <gary.lund77@example.net>'])

P(F, 'O', 'in', 'Appeal for baby Noah - church email', 'baby-Noah operation appeal, "hospital gets 10p per forward", in a .docx', """
    APPEAL FOR BABY NOAH

    Baby Noah is 9 months old and needs a liver transplant. The hospital has agreed that for every time this letter is emailed on, 10p will be given towards his care by a group of businesses.

    Please forward this letter to at least 10 people. Ask them to forward it to 10 more. The businesses can see how many times it has been sent.

    Don't let it stop with you. Noah's family are praying for a miracle and you can be part of it.
""", cover="""
    Dear Father Michael, our church group sent this round and I said I'd pass it on to the school. Attaching it here. God bless, Maureen
""", fname='Baby Noah appeal.docx', frm='Maureen Quinn <m.quinn@parish-mail.example>', to=['chaplain'])

P(F, 'A', 'in', 'MISSING GIRL Abbie age 12 PLEASE FORWARD', 'missing-girl hoax appeal with no date, mother begging for forwarding, 7bit', """
    PLEASE PLEASE READ AND FORWARD

    My friend's daughter Abbie (12) has been missing since yesterday. She was last seen near the shopping centre wearing a black puffer jacket. Her mum is begging for everyone to forward this message to as many people as possible across the UK.

    Please forward this to EVERYONE in your contacts. If we all send it on someone will see her. It will only take you a few seconds.

    Do not break this chain, a child's life is at stake.
""", frm='Gary Lund <gary.lund77@example.net>', to=['pastoral@school.example', 'office@school.example'])

P(F, 'B', 'so', 'Urgent - O negative blood needed', 'undated urgent blood-donor appeal for a sick child, forward to everyone, hard-wrapped', """
    URGENT - PLEASE FORWARD TO EVERYONE

    A little girl at Great Ormond Street needs O negative blood urgently for an operation. If you are O negative please call the number below. If you are not, please forward this to everyone in your address book as quickly as you can.

    Contact: 07700 900123

    It doesn't matter if you don't know her. Time is running out. Forward this to everyone you can think of, it could save her life.
""", to=['Lisa Tran <lisa.tran@example.com>', 'Dave Hollis <dave.hollis@example.com>', 'Chris Doyle <chris.doyle@example.org>'])

P(F, 'C', 'si', 'Sky News will donate for every email', 'burns-victim girl appeal, TV channel donates per forward, format=flowed', """
    Hi all, I've just had this from my mum and I couldn't not send it.

    Amelia is 6 and was badly burnt in a house fire. She needs several operations. Sky News have promised to donate 50p for every email that is forwarded with her story, and they are counting them all.

    Please just take two seconds to send this to everyone on your list. If we all do it we could raise thousands for her by the weekend.

    Thank you so much xx
""", frm=('Beth Mason', 'b.mason@school.example'), to=['allstaff'])

P(F, 'D', 'in', 'Please dont delete - a 6 year old needs this', 'kidney-transplant boy appeal, Cancer Research "5p per forward", DelSp=yes', """
    Please don't delete this email. A six-year-old boy's life depends on it.

    Oliver needs a kidney transplant and his family cannot pay for the travel and the hospital stay. Cancer Research UK have promised to give 5p every time this email is forwarded to somebody new.

    If you delete this, you are choosing not to help. If you forward it, you are giving Oliver a chance. Please send it to everybody you know today.
""", frm='Sam Wright <sam.wright@homemail.example>', to=['j.smith@school.example'])

P(F, 'E', 'pu', '😢😢 pls dont ignore this', 'pupil emoji chain: girl hit by car, hospital gets $1 per send, "heartless" if ignored; QP', """
    😢😢😢 a girl in year 8 in america got hit by a car on the way to school and she’s in a coma. for every person you send this to her hospital gets $1 from facebook!!!

    if you don’t send it you’re literally heartless 💔 it takes 2 seconds

    send to 10 ppl 🙏🙏🙏 i did mine
""", to=['sofia.g24@students.school.example', 'ruby.a24@students.school.example', 'kai.t24@students.school.example'])

P(F, 'F', 'so', 'missing toddler - police asking everyone to circulate', 'missing toddler hoax saying police want mass forwarding, guilt-trip if deleted; base64', """
    This is Mia, she is 2 and was taken from a park in Malaga while on holiday with her parents. The police have asked for this to be sent to as many people as possible because she may have been brought back to the UK.

    Please take a moment and forward this email to everyone you know. Ask them to do the same. The more people who forward it, the more chance there is of finding her.

    If you delete this you could be the person who could have helped and didn't. Please pass it on.
""", to=['Karen Bell <karen.bell@example.org>', 'Michelle Roper <mum.of.three@example.net>'])
# ============================================================================
# POSITIVE: pass-it-on (petitions by chain, WhatsApp / social-media copy-paste chains)
# ============================================================================
F = 'pass-it-on'
P(F, 'M', 'in', 'Petition - please add your name and forward', 'latin-1 email petition: add name at bottom, forward, 500th signer sends it in', """
    PETITION TO THE UNITED NATIONS - GIRLS' EDUCATION

    Girls in several countries are being banned from going to school. The UN is collecting names and will act if enough people show their support.

    Please COPY (don't forward) this email, add your name to the bottom of the list and send it to everyone you know. If you are number 500, please send the completed list to un.petition@example.net.

    Even if you decide not to sign, please don't break the chain - pass it on to someone who will.

    1. Annette Leclerc, Lyon
    2. Jean-Michel Duvall, Paris
    3. Helen Ross, Perth
    4. Marc Ødegaard, Bergen
    5. Susan O'Neill, Cork
    6. Jo Fairclough, Bolton
""", frm='Jo Fairclough <jo.fairclough@example.org>', to=['n.rahman@school.example'])

P(F, 'N', 'so', 'Fw: Facebook privacy notice - copy and paste', 'cp1252 Meta "I do not give permission" copy-paste notice, do not just share', """
    Important – please don’t just hit share, copy and paste it!

    As of tomorrow, Meta will be allowed to use all your photos and messages. The deadline is today. I hereby state that I do NOT give Meta or any entities associated with Meta permission to use my pictures, information, messages or posts, past and future. By this statement I give notice that it is strictly forbidden to disclose, copy, distribute or take any other action against me.

    If you do not publish a statement at least once, it will be technically understood that you are allowing the use of your photos.

    Copy and paste this into your own email and send it to all your contacts. A lawyer advised us to do this.
""", to=['Tony Marsh <tmarsh@example.com>', 'Sam Wright <sam.wright@homemail.example>'])

P(F, 'O', 'in', 'please get this round the parents', 'phone-tax chain petition in a .docx: add your name and send to 20 people', """
    STOP THE NEW MOBILE PHONE TAX

    From next year the Government plans to charge 5p on every text message and 1p per minute on all calls, to pay for the new networks. Our MP has confirmed it.

    To stop it, we need 1 million names. Add your name and town at the end of this list and email it to at least 20 people. Whoever is number 1,000 must post the list to Downing Street.

    Don't let this stop with you – everyone will pay if we do nothing!

    1. Debbie Harland, Wigan
    2. Owen Rees, Swansea
    3. Fatima Shah, Preston
""", cover="""
    Hi, Lisa in Year 3 asked me to get this round to the parents, I've attached it as a Word file. Can the office send it out? Fatima
""", fname='phone tax petition.docx', frm='Fatima Shah <fatima.s@example.com>', to=['office'])

P(F, 'A', 'si', 'copy and paste - dont just forward', 'mental-health "97% won\'t copy this" copy-paste chain between staff, 7bit', """
    I know some of you will not read this. Mental health is something none of us should be ashamed of, and some of the people around you are struggling quietly.

    97% of people won't copy and paste this. Will you be one of the 3% who will? Please don't just forward it, copy and paste it into a new email and send it to everyone you care about. I want to see who really reads my emails.

    I did it for a friend and now I'm asking you to do it for me.
""", frm=('Dev Evans', 'd.evans@school.example'), to=['t.fletcher@school.example', 'p.greenwood@school.example', 'k.ahmed@school.example'])

P(F, 'B', 'po', 'whatsapp message going round', 'WhatsApp "you will be charged unless you forward to 10 contacts" chain pasted into email by pupil', """
    this is the message everyone is getting on whatsapp:

    "Hello, I am Marco, the manager of WhatsApp. This message is to inform all users that WhatsApp will start charging 1p per message from Monday. To keep your account free, send this message to 10 contacts. When you have done this, your WhatsApp logo will turn blue. If you do not forward it, your account will be charged and later deleted. This is not a joke."

    so send it on to 10 people or u get charged
""", frm=('', 'zara.q22@students.school.example'), to=['Nina Kaur <nina.kaur@outmail.example>'])

P(F, 'C', 'in', 'Pass this to all the mums please!', 'new communication rules chain (calls recorded, messages monitored), pass to all contacts; flowed', """
    Please pass this to all the mums you know, I got it from my cousin who works for the council.

    NEW COMMUNICATION RULES FROM TOMORROW:
    All calls are recorded. All WhatsApp messages are monitored. All Facebook and Instagram accounts are watched. Your devices are connected to government systems. Do not send anything about the government or the royal family.

    Inform all your contacts, parents and friends. It's very important. Forward it to every group you are in!!
""", frm='Michelle Roper <mum.of.three@example.net>', to=['l.davies@school.example', 'office@school.example'])

P(F, 'D', 'so', 'Light a candle - pass it on', 'candle-of-remembrance chain to see how far it travels, do not break; DelSp=yes', """
    This is a candle of remembrance for everyone we have lost this year.

    Please keep it lit by passing it on. Add the name of someone you are remembering and send it to everyone on your contact list. Let's see how far round the world it can travel before Christmas.

    Please don't break this chain - somebody out there needs to know they are not alone.

    Lit by: Marion (Swindon), Abdul (Oldham), Jenny (Crewe), Claire (Rugby)
""", to=['Pat Nolan <nan.pat@btmail.example>', 'Sue Parry <sue.parry@example.org>', 'Ken Walsh <grandad.ken@example.net>'])

P(F, 'E', 'ip', '💙 Stand against bullying – send to 10 💙', 'outside sender to pupil: anti-bullying chain, deleting it = supporting bullies; QP with emoji', """
    💙 If you are AGAINST bullying, send this to 10 people. 💙

    If you delete it, it means you are fine with people being bullied. Let’s see how many schools this reaches before the end of term! 🏫🏫🏫

    It started at a school in Manchester and it’s already been to 4,000 schools!!! Keep it going ➡️➡️ 10 people, right now.
""", frm='Becky Stone <becky.stone@example.com>', to=['ruby.a24@students.school.example'])

P(F, 'F', 'si', 'Save the bees - UN petition', 'save-the-bees numbered-list petition chain, sign and forward; base64', """
    Bees are dying out and if they disappear we will only have four years left. The European Parliament is voting next month on banning the chemicals that are killing them.

    Add your name to the list below, then send this to everyone in your address book. When the list reaches 1,000 names it will be presented to the European Parliament. Please do not start a new list, just keep this one going.

    1. Joanne Platt, Leeds
    2. Dr R. Singh, Leicester
    3. Angela Burke, Dublin
    4. Pete Frost, Ipswich
    5. Huw Williams, Aberystwyth
""", frm=('Huw Williams', 'h.williams@school.example'), to=['g.price@school.example', 'science'])

P(F, 'G', 'in', 'Instagram new rules tomorrow - copy this!', 'HTML Instagram "all posts become public" copy-paste chain', """
    Tomorrow Instagram's new rule starts where they can use your photos. Don't forget the deadline is today!

    Everything you have ever posted becomes public from tomorrow. Even messages that have been deleted, or the photos not permitted. It costs nothing to simply copy and paste this.

    Channel 13 News talked about the change in privacy policy. Copy and paste this into a new email and send it to all your contacts, and put it on your story. If you do not, you will be tacitly allowing the use of your elements such as photos as well as the information contained in your status updates.
""", frm='Nina Kaur <nina.kaur@outmail.example>', to=['y.clarke@school.example'])

P(F, 'H', 'so', 'Teacher appreciation email - sign and send on!', 'travelling "teacher appreciation" chain: sign name and place, forward to every teacher you know', """
    This email is travelling around the world to thank teachers everywhere!

    Please add your name and where you live at the bottom, then forward it to every teacher you know. Let's see how many countries it reaches. It started in New Zealand in September.

    When you get it, don't break the chain, and please don't delete anyone's names. Teachers deserve this!

    Mrs Pohatu - Auckland, New Zealand
    Mr Nel - Durban, South Africa
    Miss Fernandes - Goa, India
    Mrs Smith - Dorset, UK
""", frm=('Jane Smith', 'j.smith@school.example'), to=['Sue Parry <sue.parry@example.org>', 'Aled Jones <aled.j@cymru-mail.example>'])

P(F, 'I', 'pu', 'READ THIS WHATSAPP IS DELETING ACCOUNTS', 'pupil pastes "official WhatsApp" delete-your-account chain into a .txt attachment', """
    Official message from WhatsApp: We are having too many users and we are going to delete inactive accounts. Send this message to ALL of your contacts so we know you are using the app. If you do not send this message within 48 hours your account will be deleted and you will have to pay to get it back.

    Signed Jim Balsamic, WhatsApp CEO.

    ⬆️ that's the message. FORWARD IT to everyone in our year or you lose your account
""", cover="""
    copied it into a file cos it was too long, read it
""", fname='whatsapp.txt', to=['noah.p23@students.school.example', 'ella.m23@students.school.example'])
# ============================================================================
# POSITIVE: pupil-chain (kids' scare / curse / crush chains)
# ============================================================================
F = 'pupil-chain'
P(F, 'A', 'pu', 'sorry i had to send this', 'pupil curse chain: 15 people in 10 mins or your mum will die tonight; 7bit', """
    im sorry i had to send this i didnt want to

    if u dont send this to 15 ppl in the next 10 mins ur mum will die tonight at 3am. a girl called jessica didnt send it and her mum got hit by a bus the next morning. this is real. her best friend sent it and won 100 pounds.

    dont tell anyone about this message or it wont work. send it NOW
""", to=['leo.r22@students.school.example', 'aisha.n22@students.school.example', 'harvey.c24@students.school.example', 'zara.q22@students.school.example'])

P(F, 'B', 'pu', 'MOMO', 'Momo scare chain: send to 20 contacts or Momo appears in your room; hard-wrapped', """
    MOMO IS WATCHING YOU. She knows where you live and she knows who you are. She has already got 3 kids in our county.

    Send this message to 20 contacts or Momo will appear in your bedroom at 3am tonight and take you. Don't turn your light off. If you tell your parents she will come sooner.

    I sent mine. Your turn. You have 1 hour.
""", to=['kai.t24@students.school.example', 'sofia.g24@students.school.example'])

P(F, 'C', 'pu', 'dont read this at night', 'Bloody Mary ghost story ending with send to 5 or she comes to your mirror; format=flowed', """
    A long time ago there was a girl called Mary who lived in a big house by the woods. She was really pretty and she loved looking in her mirror. One night there was a fire and her face got burned and she died in front of the mirror screaming her own name three times.

    Now she lives in mirrors. If you say her name three times in the dark she will come out and scratch your face. Lots of kids have seen her. A boy in Wales said it as a joke and in the morning there were scratches all down his arms.

    Now that you have read this, Mary knows your name. To stop her coming, you have to send this to 5 people before you go to sleep. If you don't, look in your bathroom mirror tonight and you will see her behind you.
""", to=['ruby.a24@students.school.example'])

P(F, 'D', 'pu', 'crush chain xx', 'crush/love chain: send to 10 and your crush asks you out; 0 = single forever; DelSp=yes', """
    Think of your crush right now. Don't tell anyone who it is!!

    Now send this to 10 people. Tomorrow your crush will ask you out or tell you they like you.
    5 people = they will talk to you this week
    1 person = they will look at you in class
    0 people = you will be single FOREVER and your crush will go out with your best friend

    It actually worked for my cousin xx
""", to=['maisie.w23@students.school.example', 'poppy.l23@students.school.example', 'ella.m23@students.school.example'])

P(F, 'E', 'pu', '😱😱 read till the end', 'Teresa-style ghost chain with emoji: copy or she will sit on your bed; QP', """
    😱 Hi I’m Teresa. I’m 7 years old and I have no face 😱

    I died in a car crash on a country road in Portugal. If you don’t send this to 20 people I will be sitting on the end of your bed tonight at midnight. 🛏️

    One boy ignored me. Three days later he was found in his room with no face 💀💀 Don’t be like him.

    Copy and send, don’t just forward. 👻👻👻
""", to=['tyler.j23@students.school.example', 'noah.p23@students.school.example'])

P(F, 'F', 'po', 'dont be mad', 'pupil forwards faceless-girl curse chain to an outside friend; base64', """
    ok dont be mad at me but i had to send this to 12 people and your one of them

    theres a girl with no face who comes to your window if you dont send it. she knocks 3 times and if you open the curtain you die. my friend at my old school didnt send it and her window cracked that night

    send it to 12 people by 10pm or she comes to you. i'm sorry!!!
""", frm=('', 'freya.s24@students.school.example'), to=['Gary Lund <gary.lund77@example.net>'])

P(F, 'G', 'pu', 'are you a REAL friend??', 'HTML friendship test chain: send to 7 and back to me or 10 years bad luck', """
    ARE YOU A REAL FRIEND?!

    Send this to 7 friends AND back to me. If I get it back I'll know you're my bestie forever. If I don't get it back, I'll know you don't really care about me.

    Whoever breaks this chain gets 10 years of bad luck and all your friends will fall out with you.

    Love ya!! xoxo
""", to=['amira.h24@students.school.example', 'ruby.a24@students.school.example', 'sofia.g24@students.school.example'])

P(F, 'H', 'pu', 'HUGGY WUGGY IS REAL', 'Huggy Wuggy scare chain: pass on by midnight or he comes for you; multipart/alternative', """
    Huggy Wuggy is REAL. My brother saw him outside our school. He hugs you until you can't breathe.

    He goes to the houses of kids who don't pass this on before midnight. Pass it on to 10 kids in your school and he will go somewhere else.

    If you show this to a teacher he comes first to YOU. Don't ignore this.
""", to=['harvey.c24@students.school.example', 'kai.t24@students.school.example'])

P(F, 'I', 'pu', 'creepy', 'clown-at-the-window scare chain in a .txt with a short pupil covering note', """
    THE CLOWN AT THE WINDOW

    There is a clown that walks around at night looking for kids who are still awake. If you see him at your window don't look at his eyes.

    He only goes to the houses where someone broke this chain. You have to send this to 8 people before tomorrow. A boy in year 6 in Leicester broke it and the clown took his dog.

    Don't stop the chain. He is watching who reads this.
""", cover="""
    read the file its so creepy
""", fname='read this.txt', to=['reece.d22@students.school.example', 'ethan.v22@students.school.example'])

P(F, 'J', 'pu', 'Fwd: is this real??', 'Carmen-style sewer ghost chain forwarded as message/rfc822 by pupil', """
    Carmen was a girl who was pushed down a drain by her classmates and she died. Nobody said sorry. Now she haunts people who don't pass this on.

    Send this to 15 people. If you don't she will come up through the toilet or plughole and pull you in. A boy in Birmingham got this and laughed at it, and they found him in the drain outside his house.

    If you send it to 15 people in 1 hour you are safe. If you send it to 30 you will also have good luck.
""", cover="""
    my cousin sent me this is it real?? i sent it to u just in case sorry
""", isubj='READ THIS OR CARMEN WILL GET YOU', orig='Jade <jade.k2011@example.com>', frm=('', 'ella.m23@students.school.example'), to=['poppy.l23@students.school.example'])

P(F, 'K', 'pu', 'Fwd: GCSE luck chain', 'grades chain: send to 8 for 9s in GCSEs, ignore and fail maths; inline forward by pupil', """
    This is the GCSE luck chain. Send this to 8 people and you will get 9s in all of your GCSEs.

    Send it to 4 people and you will pass everything.

    If you ignore it you will fail maths and have to resit it. This happened to my sister's friend and it's true!!!

    It has been sent round every school in England, don't be the one to break it.
""", cover="""
    dont be mad but i HAD to send this
""", orig='reece.d22@students.school.example', frm=('', 'aisha.n22@students.school.example'), to=['ethan.v22@students.school.example', 'jayden.k22@students.school.example', 'zara.q22@students.school.example'])

P(F, 'L', 'pu', 'Fwd: Fwd: Fwd: he is watching', 'Slenderman-style chain: add your name, send to 10, multi-level quoted pupil forwards', """
    The Slender Man has been sent to 200 people. He finds anyone who reads this and doesn't pass it on.

    Put your name at the bottom of the list and send this to 10 people in 10 minutes. If you don't, he will be standing behind you in the woods by the school field.

    1. Ellie
    2. Mason
    3. Kayden
    4. Lily-Mae
""", mid=['ugh sending just incase', 'pls dont ignore i actually got scared'],
    cover='omg i got this too, sending to u',
    frm=('', 'oliver.b23@students.school.example'), to=['tyler.j23@students.school.example', 'noah.p23@students.school.example'])
# ============================================================================
# POSITIVE: money-chain (pyramid letters, gifting circles, gift exchanges)
# ============================================================================
F = 'money-chain'
P(F, 'D', 'in', 'Blessing Loom - you have been invited!', 'blessing-loom pyramid: send £5 to the name at the top, add yours at the bottom; DelSp=yes', """
    You have been invited into the Blessing Loom!

    This is a giving circle, not a scam. Send £5 to the person at number 1 below. Then take them off the list, move everyone up one place, and put your own name and bank details at number 6.

    Send the new list to 10 friends. When your name reaches the top you will have been sent £5 by up to 100,000 people. It works because everybody gives and everybody receives.

    Please don't break the loom. Everyone on it is trusting you.

    1. Tina R - sort code 11-22-33 acct 12345678
    2. Carl M - sort code 20-40-60 acct 87654321
    3. Shona P - PayPal shona.p@example.net
    4. Bev A - PayPal bev.a@example.com
    5. Dawn H - PayPal dawnh@example.org
    6. Michelle R - PayPal mum.of.three@example.net
""", frm='Michelle Roper <mum.of.three@example.net>', to=['m.kowalski@school.example', 'b.mason@school.example'])

P(F, 'E', 'si', '💰 Sister Gift Circle 💰', 'gifting circle where newcomers pay £20 to the "dessert" position; QP with emoji', """
    Hi ladies 💕

    I’ve been invited into a gifting circle and I need 8 more people to join so it can “split”. It’s all completely legal because gifts under £3,000 aren’t taxed!! 🎁

    How it works: you gift £20 to the woman in the centre (the “dessert”). When 8 new people have joined, the circle splits in two and everyone moves up one place. When you reach the centre you receive £160 💷💷

    Just reply to me and send on to anyone who might want to join. The more we bring in, the faster it moves ✨
""", frm=('Claire Hughes', 'c.hughes@school.example'), to=['y.clarke@school.example', 'l.davies@school.example', 'n.rahman@school.example'])

P(F, 'F', 'so', 'Make money fast - its legal!', 'classic "send £1 to each of 5 names, remove the top, add yours, send to 200" letter; base64', """
    MAKE £50,000 IN 90 DAYS!!!

    This really works and it is completely legal. I checked with the Post Office before I started.

    Send £1 to each of the five people on the list below, wrapped in a sheet of paper with the words "please add me to your mailing list". Then remove the name at number 1, move the others up, and add your own name at number 5.

    Send this letter to at least 200 people. Within two months your name will be at the top and you will have thousands of pounds coming in.

    1. J. Horton, 4 Elm Close, Bury
    2. K. Dhillon, 22 Hill Road, Slough
    3. P. Tiernan, 9 Marsh Lane, Hull
    4. S. Webb, 81 Kings Way, Poole
    5. R. Okafor, 3 Willow Ct, Derby
""", frm=('Rachel Okafor', 'r.okafor@school.example'), to=['Tony Marsh <tmarsh@example.com>', 'Chris Doyle <chris.doyle@example.org>'])

P(F, 'G', 'in', 'book exchange - you will get 36 books!', 'HTML book-exchange pyramid: send a book to name 1, forward to 6, receive 36', """
    Hello, I'm doing a book exchange and wondered if you would like to join in!

    You only need to send ONE book to the person at the top of the list. Then take their name off, put yours at the bottom, and send this email to six friends. If everyone joins in you will get 36 books back.

    1. Rachel Taylor, 12 Oak Street, Chorley
    2. Nina Kaur, 7 Birch Avenue, Leicester

    Please let me know in 3 days if you're in. Don't break the chain, everyone is relying on you to keep it going!
""", frm='Nina Kaur <nina.kaur@outmail.example>', to=['library@school.example', 'e.thompson@school.example'])

P(F, 'H', 'ip', 'earn pocket money - easy!!', 'outside sender to pupil: send £2 by PayPal to the first name and recruit friends', """
    Want to earn loads of pocket money without doing anything??

    All you do is send £2 on PayPal to the first person on this list. Then move everyone up, put your name at the bottom and send this to 10 friends from your school. When you get to the top you'll get £2 from hundreds of people!

    1. Kayla - paypal kaylaz@example.net
    2. Dylan - paypal dylanb@example.com
    3. Keira - paypal keira.x@example.org

    It's legit, my mate got £300!
""", frm='Kayla Z <kaylaz@example.net>', to=['sofia.g24@students.school.example'])

P(F, 'I', 'in', 'letter I was sent', '"Pound a Week Club" pyramid typed up in a .txt attachment by a parent', """
    THE POUND A WEEK CLUB

    Dear friend, you have been chosen to join the Pound a Week Club. There are no fees, just kindness.

    Send a £1 coin each week for 6 weeks to the first name on the list. Then cross off that name, add yours at the bottom, and post 12 copies of this letter to people you trust. In 8 weeks you will get £1 from up to 1,728 people every week.

    Those who have broken this chain have had nothing but bad luck. Please keep it going.

    1. Mrs D. Pearce, Carlisle
    2. Mr A. Igwe, Northampton
    3. Mrs L. Tran, Reading
""", cover="""
    Dear Mrs Davies, I received this in the post and typed it up - I am not sure whether it is something the PTA should be worried about, as it came via another parent. Lisa Tran
""", fname='pound a week club.txt', frm='Lisa Tran <lisa.tran@example.com>', to=['l.davies@school.example'])

P(F, 'J', 'so', 'Fwd: Circle of Generosity', 'Circle of Generosity £50 pyramid forwarded as message/rfc822', """
    THE CIRCLE OF GENEROSITY

    There are 8 places on the outer ring. Each new member gives £50 to the person at the centre. When all 8 places are filled the centre receives £400 and leaves, and the circle splits into two new circles.

    Everyone moves closer to the centre with every split. Invite at least two friends to make sure your circle keeps moving. If you bring nobody, your circle will stall and everyone loses their place.

    There is NO risk as long as everyone keeps inviting.
""", cover="""
    Dad's friend sent me this, what do you reckon? It sounds a bit off to me.
""", isubj='Circle of Generosity - places available', orig='Gary Lund <gary.lund77@example.net>', frm=('Paul Greenwood', 'p.greenwood@school.example'), to=['Sam Wright <sam.wright@homemail.example>'])

P(F, 'K', 'si', 'Fwd: Wine exchange - 36 bottles!', 'wine-exchange gift pyramid forwarded inline between staff', """
    WINE EXCHANGE 🍷

    Send one bottle of wine (about £10) to person 1 below. Then move person 2 into the top spot, add yourself as person 2 and send this to 6 friends.

    If everyone joins in, you'll receive 36 bottles of wine! Please don't join unless you're happy to send one - we don't want to break the chain.

    1. Carol Finch, 27 Meadow View, Stafford
    2. Sue Parry, 5 Church Row, Ludlow
""", cover="""
    Ha, anyone up for this? I need six of you!
""", orig='Sue Parry <sue.parry@example.org>', frm=('Nadia Rahman', 'n.rahman@school.example'), to=['allstaff'])

P(F, 'L', 'in', 'Fwd: Fwd: Secret Santa for kids', 'children\'s Secret Santa pyramid, £10 gift to top child, get up to 36; quoted multi-level', """
    SECRET SANTA FOR KIDS

    Buy one gift worth £10 for the child at the top of the list and post it. Then move child 2 to the top, add your child's name and address as child 2, and send this to 6 parents you know.

    Your child could get up to 36 presents for Christmas! Please only join if you will definitely send a present, a child is relying on you.

    1. Mason (age 7), 14 Park Road, Bolton
    2. Evie (age 5), 3 Ash Grove, Wakefield
""", mid=['Not sure about these but the kids would love it!', 'Joined! sending on to a few of the school mums xx'],
    cover='Hi Jane, would the school let me send this round the class list? Becky',
    frm='Becky Stone <becky.stone@example.com>', to=['j.smith@school.example'])

P(F, 'M', 'in', 'This is NOT a scam - Lucky Pound', 'latin-1 "Lucky Pound" pyramid: send £1 to each of 6 addresses, 20 copies', """
    THIS IS NOT A SCAM. I was sceptical too but I have already received £612 in 6 weeks.

    Step 1: Put a £1 coin in an envelope for each of the 6 names below.
    Step 2: Delete the top name, move the rest up one and put your own name at number 6.
    Step 3: Send this e-mail to at least 20 people.

    That's it. The maths says you'll receive thousands. Do not change the list or you will not get paid - the system only works if everybody is honest.

    1. A. Pérez, Bristol
    2. G. Lund, Hull
    3. T. O'Rourke, Sligo
    4. V. Ramsey, Luton
    5. F. Kovács, Dover
    6. N. Crane, Newark
""", frm='Gary Lund <gary.lund77@example.net>', to=['d.evans@school.example', 'finance'])

P(F, 'N', 'pu', 'easy money', 'cp1252 pupil pyramid: send £1 on PayPal to top name, recruit 5 from our year', """
    send £1 on paypal to the top person on the list then take them off and put your name at the bottom. then send this to 5 people in our year. when your name gets to the top you get like £100 it’s actually real

    1. liam - paypal liamz@example.com
    2. chloe - paypal chloebee@example.net
    3. reece - paypal reeced@example.org

    don’t break it or everyone loses their money
""", frm=('', 'reece.d22@students.school.example'), to=['ethan.v22@students.school.example', 'leo.r22@students.school.example', 'jayden.k22@students.school.example'])

P(F, 'O', 'in', 'gifting circle info from the gym', '"Women Empowering Women" £1,000 gifting pyramid in a .docx', """
    WOMEN EMPOWERING WOMEN

    This is a gifting circle for women who want to lift each other up. You gift £1,000 to the woman at the centre of the flower. She receives £8,000.

    When you join you start on the outside as a "fire" petal. As new women join, you move inwards through earth, air and water until you reach the centre and receive your gift.

    The only thing you must do is invite two women you trust. If you do not invite, the flower does not bloom. This is a gift, so it is not taxed and completely legal.

    Please keep this private and only share it with women who will commit.
""", cover="""
    Hi Yasmin, attached the info from the ladies at the gym about the gifting circle. Let me know if you're in! Jo x
""", fname='WEW flower.docx', frm='Jo Fairclough <jo.fairclough@example.org>', to=['y.clarke@school.example'])
# ============================================================================
# NEGATIVE: parent-letter (school letters asking to forward / share / pass on)
# ============================================================================
F = 'parent-letter'
N(F, 'A', 'so', 'Year 6 residential - consent needed by 14 March', 'residential trip letter asking parents to forward it to the other parent/carer', """
    Dear Parents and Carers,

    Year 6 will be going on their residential visit to Kingswood, Dearne Valley, from Wednesday 7 May to Friday 9 May. The total cost is £245, which can be paid in instalments through ParentPay.

    Please complete the consent and medical form on ParentPay by Friday 14 March. If your child lives between two households, please forward this email to your child's other parent or carer so that both of you have the dates and the kit list. We only hold one email address for some families.

    There will be an information evening in the school hall on Tuesday 25 March at 6pm.

    Kind regards,
    Mrs J. Smith
    Year 6 Team Leader
""", frm=('Jane Smith', 'j.smith@school.example'), to=['year6.parents@lists.school-comms.example'])

N(F, 'B', 'so', 'Newsletter - Friday 4 October', 'weekly newsletter with "please share with grandparents", good luck to netball team; hard-wrapped', """
    Dear families,

    What a busy week it has been! Year 3 visited the Roman museum on Tuesday and came back full of facts about hypocausts and chain mail. Thank you to the parent volunteers who came along.

    Good luck to our netball team, who play in the county semi-final on Saturday morning at Riverside Leisure Centre. Spectators are very welcome.

    Harvest Festival is on Thursday 17 October at 2pm. Grandparents are very welcome, so please share this newsletter with them. Donations of tins and packets will go to the Foodbank in town.

    Reminder: the school gates open at 8.40am. Please do not park on the zigzag lines outside the main entrance.

    Have a lovely weekend,
    Mr Price
""", frm=('Gareth Price', 'g.price@school.example'), to=['parents@lists.school-comms.example'])

N(F, 'C', 'so', 'Parents evening booking now open', 'parents evening booking; asks to pass the information to anyone else with parental responsibility; flowed', """
    Dear Parent/Carer,

    Booking for Year 9 parents' evening on Thursday 21 November is now open on SchoolCloud. Appointments are five minutes long and will take place by video call from 4pm to 7pm.

    If there is someone else with parental responsibility who would like to join the call, please pass this information on to them. Both parents can join the same appointment using the link that is sent to the person who books it.

    If you are having trouble logging in, please contact the school office and we will be happy to help.

    Yours faithfully,
    Mr H. Williams
    Head of Year 9
""", frm=('Huw Williams', 'h.williams@school.example'), to=['Peter Adeyemi <p.adeyemi@example.org>', 'Chris Doyle <chris.doyle@example.org>'])

N(F, 'D', 'so', 'Year 9 options form - deadline Friday', 'options form reminder: pass the form on if care is shared; DelSp=yes', """
    Dear Mr and Mrs Morgan,

    This is a quick reminder that Ffion's GCSE options form needs to be returned to her tutor by this Friday, 28 February. We haven't yet received it.

    As we understand that Ffion spends weekdays with her dad, could you please pass the form on to him if he would like to add his signature? We are happy to accept two separate forms if that is easier.

    If you would like to talk through any of the subject choices, Mrs Okafor is available on Wednesday after school.

    Best wishes,
    Claire Hughes
    Deputy Head (Curriculum)
""", frm=('Claire Hughes', 'c.hughes@school.example'), to=['The Morgans <the.morgans@example.net>'])

N(F, 'E', 'so', 'Spring Newsletter 🌸', 'spring newsletter with smart quotes and emoji: thanks for sharing, good luck, forward to friends considering Reception; QP', """
    Dear families,

    Spring has definitely arrived 🌸 and the children have loved planting sunflowers in the school garden. Thank you to everyone who shared photos of their “Book Day” costumes — the hall display looks brilliant!

    Reception 2025: if you know a family who is thinking about applying for a Reception place, please do forward them the details of our open morning on Tuesday 12 November at 9.30am. Visitors don’t need to book.

    Finally, we’d like to wish the very best of luck to Mrs Evans, who is running the London Marathon for the children’s hospice. 🏃‍♀️ You can sponsor her through the link on our website.

    With warm wishes,
    Mrs H. Aldridge
    Headteacher
""", frm='head', to=['parents@lists.school-comms.example'])

N(F, 'F', 'so', 'Chickenpox in Reception', 'health letter about a virus in Reception; asks to forward to childminders/grandparents; base64', """
    Dear Parents and Carers,

    We have had two confirmed cases of chickenpox in Reception class this week. Chickenpox is a common childhood virus and most children recover quickly, but it can be serious for pregnant women, newborn babies and people with weakened immune systems.

    Children can return to school once all the spots have crusted over, which is usually five days after the spots first appeared.

    If your child is looked after by a childminder or grandparents, please forward this letter to them so they are aware. If you have any concerns, please speak to your GP or call NHS 111.

    Thank you,
    Mrs Rahman
    School Business Manager
""", frm=('Nadia Rahman', 'n.rahman@school.example'), to=['reception.parents@lists.school-comms.example'])

N(F, 'G', 'so', 'School closed today - snow', 'HTML snow closure notice asking parents to share with class WhatsApp groups', """
    Dear Parents and Carers,

    Due to heavy snow overnight and the condition of the roads and the school site, the school will be CLOSED today, Thursday 9 January.

    We know not everyone checks their email first thing, so please share this message in your class WhatsApp groups and with any neighbours who have children at the school. The closure has also been posted on the school website and the county closures page.

    Work will be set on Google Classroom by 10am. We will update you by 3pm about tomorrow.

    Stay safe and warm,
    Mrs H. Aldridge
""", frm='head', to=['parents@lists.school-comms.example'])

N(F, 'H', 'so', 'PTA - volunteers needed for the Christmas Fair', 'PTA appeal for helpers, pass on to friends and family who might help; multipart/alternative', """
    Dear all,

    The Christmas Fair is on Saturday 7 December from 11am to 2pm and the PTA needs your help! We are looking for volunteers to run the tombola, the cake stall and Santa's grotto. Even an hour makes a huge difference.

    If you have friends or relatives who might like to lend a hand, please pass this on to them. Helpers don't need to be parents at the school, but they will need to sign in at reception on the day.

    Reply to this email or add your name to the sign-up sheet in the playground.

    Thank you!
    Kim, Nadia and the PTA committee
""", frm=('Nadia Rahman', 'n.rahman@school.example'), to=['Karen Bell <karen.bell@example.org>', 'Fatima Shah <fatima.s@example.com>', 'Lisa Tran <lisa.tran@example.com>'])

N(F, 'I', 'so', 'Year 8 Brecon trip - kit list', 'kit list as .txt attachment; please forward to whoever is packing the bag', """
    YEAR 8 BRECON BEACONS TRIP - KIT LIST

    - Waterproof jacket and trousers (essential)
    - Walking boots, worn in before the trip
    - Two warm layers (fleece or jumper)
    - Hat, gloves and a spare pair of socks
    - Packed lunch for Day 1 and a refillable water bottle
    - Any medication, clearly labelled with your child's name, handed to Mr Fletcher at the coach

    Please no energy drinks, no aerosols and no valuables.

    Coaches leave from the bus bay at 7.45am on Monday 16 June and return at approximately 5pm on Wednesday 18 June.
""", cover="""
    Dear parents, please find attached the kit list for the Year 8 Brecon trip. Do forward it to whoever will be packing the bag! Tom Fletcher
""", fname='Y8 Brecon kit list.txt', frm=('Tom Fletcher', 't.fletcher@school.example'), to=['year8.parents@lists.school-comms.example'])

N(F, 'J', 'si', 'FW: letters to both parents please', 'office forwards as attachment a separated parent\'s request to copy both parents in', """
    Dear Mrs Hughes,

    Since my separation from Kai's mother last year I have not been receiving letters from the school. I'd be grateful if you could add my email address to the contact list so that I get the same information as her, including reports and trip letters.

    I have parental responsibility and there is no court order limiting contact. If you need to see any paperwork, please let me know.

    Many thanks,
    Dave Hollis
""", cover="""
    Hi Claire, forwarding Mr Hollis's email as an attachment as you asked. I've checked the MIS and there are no restrictions recorded, so I'll add him as a second contact unless you say otherwise. Thanks, Office
""", isubj='Kai Hollis Year 7 - contact details', orig='Dave Hollis <dave.hollis@example.com>', frm='office', to=['c.hughes@school.example'])

N(F, 'K', 'so', 'Fwd: County Music Service - instrument lessons', 'teacher forwards a music-service letter inline to a parent, mentions sharing it', """
    Dear parent/carer,

    The County Music Service is offering small-group instrumental lessons in school from January. Lessons take place during the school day on a rotating timetable so that children do not miss the same subject every week.

    Instruments available this term: violin, cello, clarinet, flute, trumpet and guitar. Instruments can be loaned free of charge for the first term.

    The cost is £84 per term. Families eligible for free school meals can apply for full remission. To register, please complete the online form by 6 December.

    County Music Service
""", cover="""
    Dear Ms Kaur, as discussed at pick-up, here is the music service information. Feel free to share it with Arjun's grandparents if they are helping with the fees. Best wishes, Mr Patel
""", orig='County Music Service <lessons@countymusic.example>', frm=('Arjun Patel', 'a.patel@school.example'), to=['Nina Kaur <nina.kaur@outmail.example>'])

N(F, 'L', 'so', 'Re: Re: medication form', 'quoted thread with a parent about passing a medication form on to the childminder', """
    Dear Mrs Nolan,

    Please find attached the medication consent form for Leo's inhaler. We need it signed before staff can give the inhaler in school. The inhaler should be in its original box with the pharmacy label on.

    Regards,
    School Office
""", mid=['Hi, thanks for this. Could I forward it to our childminder? She does the morning drop-off and could fill it in and bring it in. Pat Nolan'],
    who=['School Office <office@school.example>', 'Pat Nolan <nan.pat@btmail.example>'],
    cover="""
    Thank you, Mrs Nolan. Yes, please do pass the form on to the childminder - she can hand it in at reception on Monday morning and we will check it with her there.

    Kind regards,
    Mr K. Ahmed
""", frm=('Kiran Ahmed', 'k.ahmed@school.example'), to=['Pat Nolan <nan.pat@btmail.example>'])

N(F, 'M', 'so', 'Year 11 mock exams - good luck!', 'latin-1 Head of Year letter about mocks, good luck wishes, share timetable with family', """
    Dear Parents and Carers,

    Year 11 mock examinations begin on Monday 2 December and finish on Friday 13 December. The full timetable has been shared with students on Teams and is attached to this e-mail. Please share it with anyone at home who helps your child with revision.

    Students must bring a clear pencil case, black pens, a calculator and a protractor. Mobile phones must be handed in before every exam.

    We know this is a nerve-wracking time. Please pass on our very best wishes and good luck to your son or daughter - they have worked extremely hard this term.

    Kind regards,
    Mrs R. Okafor
    Head of Year 11
""", frm=('Rachel Okafor', 'r.okafor@school.example'), to=['year11.parents@lists.school-comms.example'])

N(F, 'N', 'so', 'Transition day – Friday 4 July', 'cp1252 transition day letter, share with childminder / other carers, luck for new class', """
    Dear Parents and Carers,

    On Friday 4 July all children will spend the morning with their new teacher for September. It’s a chance for them to see their new classroom, meet any new staff and ask lots of questions.

    Pick-up will be at the usual time. If someone other than you collects your child – a childminder or grandparent, for example – please share this letter with them so they know the arrangements.

    We wish all of our children the best of luck as they move up – we’re very proud of them.

    Kind regards,
    Mrs L. Davies
    Assistant Head
""", frm=('Lowri Davies', 'l.davies@school.example'), to=['parents@lists.school-comms.example'])

N(F, 'O', 'so', 'Consent letter - Year 10 work experience', 'work experience consent letter in .docx; please pass a copy to anyone else with parental responsibility', """
    Dear Parent/Carer,

    Year 10 Work Experience: Monday 30 June to Friday 4 July

    Your child has been offered a placement at the employer named on the enclosed form. Please read the health and safety information and sign the consent section.

    If another adult holds parental responsibility for your child, please pass a copy of this letter on to them.

    Forms should be returned to Mr Evans by Friday 9 May. Students will not be able to attend their placement without a signed form.

    Yours sincerely,
    Mr D. Evans
    Careers Leader
""", cover="""
    Dear parents, please find attached the consent letter for Year 10 work experience. Let me know if you can't open the Word file and I'll send a paper copy home. Dev Evans
""", fname='Y10 work experience consent.docx', frm=('Dev Evans', 'd.evans@school.example'), to=['year10.parents@lists.school-comms.example'])

N(F, 'A', 'in', 'Newsletter to both email addresses please', 'inbound parent request: forward newsletters to a new address and to her partner', """
    Hello,

    I've changed my email address - please could you use this one from now on instead of the old Hotmail one? Also, could you forward the newsletters and any letters to my partner, Tony Marsh (tmarsh@example.com)? He does the school run on Tuesdays and Thursdays and keeps missing things like non-uniform days.

    Our daughter is Ruby in Year 2 (Hazel class).

    Thank you,
    Becky Stone
""", frm='Becky Stone <becky.stone@example.com>', to=['office'])

N(F, 'B', 'so', 'Online safety: scary messages being shared', 'letter to parents about scare chain messages: do not forward, talk to your child; hard-wrapped', """
    Dear Parents and Carers,

    We have been made aware that some children have been receiving frightening messages on phones and games consoles. The messages usually tell the child that something bad will happen to them or their family unless they send the message on to a number of other people.

    These messages are not real and nothing will happen if they are deleted. However, they can be very upsetting, especially at bedtime. Please do not forward the messages to other parents as a warning, as this only spreads them further and can frighten more children.

    Instead, we would encourage you to talk calmly with your child, remind them that they can always tell a trusted adult, and block and report the sender. The NSPCC website has helpful advice.

    If your child is worried, please let their class teacher know.

    Kind regards,
    Mr K. Ahmed
    Designated Safeguarding Lead
""", frm=('Kiran Ahmed', 'k.ahmed@school.example'), to=['parents@lists.school-comms.example'])
# ============================================================================
# NEGATIVE: it-security-notice (IT's own hoax/phishing warnings, genuine security mail)
# ============================================================================
F = 'it-security-notice'
N(F, 'A', 'si', 'Hoax email about mailbox deletion - please delete, do not forward', 'IT warns staff about a forward-to-10-colleagues hoax: do NOT forward it, delete it', """
    Dear colleagues,

    Several of you have told us about an email claiming that Microsoft will delete your mailbox unless you forward the message to ten colleagues. This is a hoax. Microsoft does not do this and your mailbox is not at risk.

    Please do NOT forward it to anyone, including to warn people - that is exactly how these messages spread. Just delete it. If you have already forwarded it, don't worry, but please don't reply-all to ask about it.

    If you are ever unsure about an email, use the Report button in Outlook or ring us on extension 214.

    Thanks,
    IT Support
""", frm='it', to=['allstaff'])

N(F, 'B', 'si', 'Phishing alert: fake DocuSign payroll email', 'IT phishing alert about a fake payroll DocuSign message, report don\'t click; hard-wrapped', """
    Dear all,

    This morning a number of staff received an email that appears to come from DocuSign, with the subject "Payroll update - action required". It asks you to log in to view a document about your salary. It is a phishing attempt designed to steal your school password.

    If you clicked the link and typed your password, please change it straight away from the staff portal and let us know, so that we can check your account for any unusual sign-ins.

    The payroll team never send salary information through DocuSign. Please report suspicious messages using the Report Phishing button rather than forwarding them round the staffroom.

    Many thanks,
    Network Manager
""", frm='netmgr', to=['allstaff'])

N(F, 'C', 'si', 'Antivirus update and restart tonight', 'routine notice: virus definitions update, leave PCs on, forward to cover staff; flowed', """
    Hi everyone,

    Tonight from 6pm we will be pushing an update to the antivirus software on all staff and classroom PCs. Please save your work and leave your computer switched on at the end of the day so it can install the update and restart.

    Laptops that go home should be connected to the school wifi at least once before Friday so they receive the update too.

    Please forward this to any cover or supply staff who are using a classroom PC this week, as they will not be on the all-staff list.

    Thanks,
    IT Support
""", frm='it', to=['allstaff'])

N(F, 'D', 'so', 'Warning: scam texts claiming to be from the school', 'network manager warns parents about scam payment texts; genuine contact details; DelSp=yes', """
    Dear Parents and Carers,

    We have been told that some parents have received a text message claiming to be from the school, asking them to pay an outstanding dinner money balance through a link. This message did not come from us.

    The school will only ever ask for payments through ParentPay, and we will never send you a link asking for your bank card details by text.

    If you have received one of these texts, please delete it and do not click the link. If you have entered card details, contact your bank immediately. You do not need to forward the text to us; you can report it free of charge by forwarding it to 7726.

    Thank you,
    Mr P. Greenwood
    Network Manager
""", frm='netmgr', to=['parents@lists.school-comms.example'])

N(F, 'E', 'si', '⚠️ Chain email “Urgent from Microsoft Teams” – please ignore', 'IT notice about a chain email; do not pass it on "just in case"; QP with smart quotes/emoji', """
    Hi all,

    A chain email titled “Urgent from Microsoft Teams” is doing the rounds. It says Teams will stop working for anyone who doesn’t send it to twenty people by Friday. ⚠️

    It is not genuine. Teams is fine and nobody’s account will be switched off. Please don’t pass it on “just in case” — that’s exactly what it relies on. Just delete it.

    If you’ve already sent it on, no harm done; you could send a quick note to the people you forwarded it to so they know to ignore it. 👍

    Thanks for your vigilance,
    Paul (IT)
""", frm=('Paul Greenwood', 'p.greenwood@school.example'), to=['allstaff'])

N(F, 'F', 'si', 'Cyber security bulletin - October', 'monthly security bulletin: MFA, password managers, hoax warnings; base64', """
    CYBER SECURITY BULLETIN - OCTOBER

    1. Multi-factor authentication
    From 1 November, MFA will be required for all staff accounts when logging in from outside school. Please set up the Authenticator app before then. Instructions are on the staff intranet.

    2. Passwords
    Use a passphrase of three random words. Do not reuse your school password on any other website.

    3. Hoaxes and chain emails
    We still see emails warning about a "terrible virus" and asking you to tell everyone you know. Real warnings come from IT Support and never ask you to forward them. If in doubt, delete.

    4. Reporting
    If you think you have clicked on something you shouldn't have, tell us straight away. You will not be in trouble. Speed matters.

    IT Support
""", frm='it', to=['allstaff'])

N(F, 'G', 'si', 'Re: Martinelli video warning - what to tell parents', 'HTML guidance from IT: a WhatsApp video virus warning is a hoax; reply to parents, don\'t forward', """
    Dear Heads of Year,

    A few parents have emailed asking whether they should worry about the "Martinelli" video message, which claims that a video will hack your phone in ten seconds and tells people to warn all their contacts.

    This is a long-running hoax. There is no such video virus. If a parent asks, you can reassure them and suggest they delete the message and do not forward it on to other parents.

    Please don't forward the original message to colleagues to "check" - just send me a screenshot if you see a new version.

    Thanks,
    Paul Greenwood
    Network Manager
""", frm=('Paul Greenwood', 'p.greenwood@school.example'), to=['h.williams@school.example', 'r.okafor@school.example', 'm.kowalski@school.example'])

N(F, 'H', 'so', 'Online safety: fake "virus found" pop-ups', 'genuine parent notice about fake virus pop-ups that ask people to phone a number; multipart/alternative', """
    Dear Parents and Carers,

    We have had reports from families of a scam where a web page suddenly fills the screen with a warning that the computer has a virus, often with a loud alarm. It asks you to ring a "Microsoft support" number to fix it.

    This is a scam. Microsoft will never put a phone number in a warning. Close the browser (or restart the device) and do not ring the number or allow anyone remote access.

    If you would like help with parental controls or filtering at home, our IT team will run a drop-in session on Wednesday 5 February at 3.30pm in the library.

    Kind regards,
    Network Manager
""", frm='netmgr', to=['parents@lists.school-comms.example'])

N(F, 'I', 'si', 'Incident summary - phishing, 12 March', 'incident summary in a .txt attachment to SLT about a phishing attempt', """
    INCIDENT SUMMARY - PHISHING ATTEMPT, WEDNESDAY 12 MARCH

    What happened: At 09:14, 63 staff received an email pretending to be from the Finance Office, asking them to "confirm bank details for the pay increase".

    Impact: Two members of staff entered their passwords. Both accounts were reset by 09:40. No evidence of mailbox rules being created or of data being accessed.

    Actions taken: Sender domain blocked. Message purged from all mailboxes. Both staff members reminded of the reporting procedure.

    Recommendations: Run a short refresher in the next staff briefing. Continue the rollout of multi-factor authentication.
""", cover="""
    Dear Mrs Aldridge, attached is the incident summary from Wednesday's phishing attempt, for the governors' report. Paul
""", fname='incident summary 12-03.txt', frm=('Paul Greenwood', 'p.greenwood@school.example'), to=['head'])

N(F, 'J', 'so', 'Phishing sample for analysis (ticket 48213)', 'IT sends a credential-phishing sample as message/rfc822 to the managed service provider', """
    Dear user,

    Your mailbox has exceeded its storage limit of 50GB. To avoid losing incoming mail, you must verify your account within 24 hours.

    Click here to verify: http://mailbox-verify.example/login

    Failure to do so will result in your account being suspended.

    Mail Administrator
""", cover="""
    Hi, as requested on the phone, here is the original phishing message attached with full headers so you can add the sender to the block list. Ticket ref 48213. Thanks, Paul Greenwood, Network Manager
""", isubj='Mailbox storage limit exceeded', orig='Mail Administrator <admin@mailbox-verify.example>', frm=('Paul Greenwood', 'p.greenwood@school.example'), to=['Service Desk <servicedesk@edutech-msp.example>'])

N(F, 'K', 'si', 'Fwd: NCSC advisory - fake voucher scams', 'IT forwards a national cyber security advisory inline about fake voucher scams', """
    Advisory: fake supermarket voucher messages

    We are aware of a rise in messages offering free supermarket vouchers in return for completing a short survey or sharing the message with friends. These messages lead to fake websites designed to collect personal and payment details.

    Genuine retailers do not give away large-value vouchers for sharing a message. Do not click links in unexpected messages. Suspicious emails can be reported to report@phishing.gov.uk.
""", cover="""
    FYI - worth reading. We've had a couple of these reported from staff this week. No need to forward this on, I'll include it in Monday's bulletin. Paul
""", orig='NCSC Alerts <alerts@ncsc-alerts.example>', frm=('Paul Greenwood', 'p.greenwood@school.example'), to=['allstaff'])

N(F, 'L', 'si', 'Re: Fwd: is this real?', 'quoted thread: teacher asks if a "forward to everyone" virus warning is real, IT says hoax, delete', """
    Hi IT, my neighbour forwarded me a warning saying not to open anything called "Birthday photos" and to tell everyone I know. Is this something we need to send round school?

    Beth
""", mid=['Sorry, me again - two of my tutees have mentioned it as well. Should I warn my tutor group? Beth'],
    who=['Beth Mason <b.mason@school.example>', 'Beth Mason <b.mason@school.example>'],
    cover="""
    Hi Beth,

    Good question - no, this one is an old hoax and there's nothing to worry about. Please don't forward it to your tutor group or anyone else; just delete it. Our filters and antivirus handle real threats, and genuine warnings will always come from us.

    Thanks for checking first!
    IT Support
""", frm='it', to=['b.mason@school.example'])

N(F, 'M', 'si', 'Antivirus licence renewal and weekend scan', 'latin-1 notice: antivirus licence renewed, full scan at weekend, pass to part-time colleagues', """
    Dear colleagues,

    Our antivirus licence has been renewed for another three years at a cost of £4,380, which is slightly less than last time.

    A full virus scan will run on every school computer this Saturday. Please leave all desktops switched on but logged out when you leave on Friday.

    Please pass this message on to part-time colleagues who are not in school until next week.

    Many thanks,
    IT Support
""", frm='it', to=['allstaff'])

N(F, 'N', 'so', 'E-safety: fake “free voucher” forwards', 'cp1252 e-safety note to parents quoting a giveaway hoax so they can recognise it, asks them not to forward', """
    Dear Parents and Carers,

    You may have seen messages going round saying that a supermarket or airline is giving away vouchers or flights to anyone who forwards the message to 20 people, because “they are tracking the email”.

    These messages are hoaxes. No company can track who you forward an email to, and no one will receive a prize. Some versions link to websites that collect personal details.

    We’d ask you not to forward them to other parents, including to the class WhatsApp groups. If your child has received one, it’s a good opportunity to talk about how to spot things online that are too good to be true.

    Kind regards,
    Mrs N. Rahman
    Online Safety Lead
""", frm=('Nadia Rahman', 'n.rahman@school.example'), to=['parents@lists.school-comms.example'])

N(F, 'O', 'si', 'Updated staff email guidance (acceptable use)', 'updated AUP in .docx including a section telling staff not to forward chain emails or virus warnings', """
    STAFF EMAIL AND INTERNET GUIDANCE – 2024/25

    1. Use of school email
    School email should be used for school business. Personal use should be kept to a minimum and never interfere with your work.

    2. Chain emails and hoaxes
    Do not forward chain emails, virus warnings, charity appeals that ask to be passed on, or any message that asks you to send it to everyone you know. Report them to IT Support and delete them.

    3. Sharing information
    Only share pupil information with people who need it. Use secure email for anything containing sensitive personal data.

    4. Reporting concerns
    If you receive anything offensive or suspicious, report it to IT Support or the DSL as appropriate.
""", cover="""
    Dear all, attached is the updated email and internet guidance. Please read it before the INSET day and sign the form in the staffroom. Thanks, IT Support
""", fname='Staff email guidance 2024-25.docx', frm='it', to=['allstaff'])

N(F, 'C', 'in', 'Advisory: hoax warning circulating in schools', 'inbound from managed IT provider: hoax warning circulating, block rule added, no action needed; flowed', """
    Dear IT contact,

    We are seeing a chain email circulating between schools in the region. It claims to be a warning from the police about a webcam virus and urges recipients to forward it to every teacher they know.

    This is a hoax. No such virus exists. We have added a rule to our filtering service that will place these messages into quarantine, so no action is needed at your end.

    If staff ask, please advise them to delete the message and not forward it.

    Regards,
    EduTech Managed Services
    Security Operations Team
""", frm='EduTech Security <security@edutech-msp.example>', to=['it'])

N(F, 'D', 'pu', 'email saying my account will be deleted', 'pupil asks IT whether a "forward or your account is deleted" message is real; DelSp=yes', """
    Hi Sir,

    I got an email today saying my account will be deleted unless I forward it to 10 people. I didn't send it to anyone because I thought it might be fake. Is it real? I don't want to lose my coursework.

    Thanks,
    Harvey (8C)
""", frm=('', 'harvey.c24@students.school.example'), to=['it'])
# ============================================================================
# NEGATIVE: chain-vocabulary (supply/food/daisy chain, chain of command, Fwd: admin)
# ============================================================================
F = 'chain-vocabulary'
N(F, 'A', 'si', 'Y10 Business - supply chain case study', 'Business teacher shares a chocolate supply chain case study with colleagues; 7bit', """
    Hi both,

    For the Year 10 supply chain unit I've put together a case study on how a chocolate bar gets from cocoa farms in Ghana to the corner shop. It covers each link in the chain: farmers, co-operatives, shipping, processing, manufacturing, wholesale and retail.

    There's a card sort where students put the stages in order and work out who takes the biggest share of the price. It works well as a starter for the Fairtrade lesson.

    It's on the shared drive under Business > Y10 > Supply chains. Please pass it on to Sam when he starts covering 10B2 next week.

    Cheers,
    Arjun
""", frm=('Arjun Patel', 'a.patel@school.example'), to=['d.evans@school.example', 'k.ahmed@school.example'])

N(F, 'B', 'so', 'Year 4 homework - food chains', 'science homework letter about food chains, asks families to share photos; hard-wrapped', """
    Dear Year 4 families,

    This half term in science we are learning about food chains and food webs. The children have learnt that every food chain starts with a producer, usually a green plant, and that energy is passed on to the consumers that eat it.

    For homework, we would like each child to go on a minibeast hunt in the garden or the park and draw a food chain using at least three living things they found, for example: leaf - caterpillar - blackbird.

    Please share any photos of your minibeast hunt on Seesaw so that we can put them on our class display. Homework is due on Wednesday 22 January.

    Thank you,
    Miss Clarke
""", frm=('Yasmin Clarke', 'y.clarke@school.example'), to=['year4.parents@lists.school-comms.example'])

N(F, 'C', 'si', 'Daisy-chained extension leads in DT', 'DT/site safety note: daisy-chained extension leads must go; PAT testing; flowed', """
    Hi all,

    During this week's PAT testing the contractor found several extension leads daisy-chained together in D3 and D4, including one that was feeding two soldering stations and a kettle. Daisy chaining leads like this is a fire risk and isn't allowed under our electrical safety policy.

    I have removed the chained leads and ordered two more wall-mounted sockets. In the meantime please only plug one lead into each wall socket.

    Please pass this on to the technicians who weren't in today.

    Thanks,
    Marta (Site Manager)
""", frm=('Marta Kowalski', 'm.kowalski@school.example'), to=['dt.department@school.example'])

N(F, 'D', 'si', 'Reminder: chain of command for safeguarding concerns', 'DSL reminder about who to pass concerns on to; chain of command; DelSp=yes', """
    Dear colleagues,

    Following Monday's training, here is a reminder of the chain of command for safeguarding concerns.

    1. Record the concern on CPOMS the same day, in the child's own words where possible.
    2. Pass it on in person to the DSL (Mr Ahmed) or a deputy DSL if it is urgent.
    3. If none of the DSL team is available and a child is at immediate risk, contact the MASH directly on the number in the staff handbook.
    4. If your concern is about a member of staff, go to the Headteacher; if it is about the Headteacher, go to the Chair of Governors.

    Nobody should ever sit on a concern because they are unsure whether it is serious enough. Pass it on and let us decide.

    Kiran Ahmed, DSL
""", frm='dsl', to=['allstaff'])

N(F, 'E', 'si', 'Fwd: Fwd: Fwd: parents evening room bookings', 'Fwd: Fwd: internal forward of normal admin mail about room bookings; QP', """
    Hi Lowri,

    Here’s the latest version of the room bookings for parents’ evening. Maths will be in the hall, English in the library, and science in S1–S3. I’ve put the PE staff in the sports hall foyer as they asked.

    Can you forward this to the heads of department so they can check it? If anyone needs a change, they should email me by Wednesday.

    Thanks,
    Emma
""", frm=('Emma Thompson', 'e.thompson@school.example'), to=['l.davies@school.example'])

N(F, 'F', 'in', 'Supply chain delay - exercise books order 55109', 'inbound supplier notice of supply chain delay on exercise books; base64', """
    Dear Customer,

    Thank you for your order 55109 for 4,000 A4 exercise books (8mm feint and margin).

    Unfortunately, due to ongoing supply chain disruption at our paper mill, part of your order will be delayed. We will deliver 2,500 books on Friday 6 September and the remaining 1,500 by Friday 20 September.

    We apologise for any inconvenience. If you would like to change the order or cancel the back-ordered items, please reply to this email quoting your order number and we will pass your request to the sales team.

    Kind regards,
    Customer Services
    EduSupplies Direct
""", frm='EduSupplies Direct <orders@edusupplies.example>', to=['finance'])

N(F, 'G', 'si', 'A-level Maths: chain rule revision session', 'HTML maths dept note: chain rule revision session for Y12, pass on to pupils', """
    Hi team,

    I'll be running an after-school revision session on the chain rule, product rule and quotient rule for Year 12 next Tuesday in M4, 3.30 to 4.30.

    We'll start with the chain rule for composite functions like sin(3x^2) and (2x+1)^5, then move on to connected rates of change. I'll have worked examples and a mixed exam question set.

    Please pass this on to your Year 12 groups and encourage anyone who struggled on the last assessment to come along.

    Thanks,
    Thanh
""", frm=('Thanh Nguyen', 't.nguyen@school.example'), to=['maths.department@school.example'])

N(F, 'H', 'so', 'Bike maintenance club starts Thursday', 'PE letter to parents about bike club: chain oiling, puncture repair; multipart/alternative', """
    Dear Parents and Carers,

    Our new bike maintenance club starts this Thursday after school and runs for six weeks. Children will learn how to check their brakes, fix a puncture, adjust their saddle and clean and oil their bike chain.

    Please send your child in with their bike and helmet on Thursdays. A chain that hasn't been cleaned for a while can be very greasy, so old clothes are a good idea!

    The club is free, but places are limited to 15. Please reply to this email to book a place.

    Best wishes,
    Mr T. Fletcher
    PE Department
""", frm='pe', to=['Dave Hollis <dave.hollis@example.com>', 'Sam Wright <sam.wright@homemail.example>'])

N(F, 'I', 'si', 'KS3 food webs plan', 'KS3 science lesson plan on food chains and webs in a .txt attachment', """
    KS3 SCIENCE - LESSON 4: FOOD CHAINS AND FOOD WEBS

    Learning objectives:
    - Describe a food chain using the terms producer, primary consumer, secondary consumer and apex predator.
    - Explain what the arrows in a food chain represent (the transfer of energy).
    - Predict the effect on a food web of removing one species.

    Starter (5 min): show a picture of a rock pool and ask students to list what eats what.
    Main (30 min): build a food web from cards; then remove the crabs and discuss what happens to the chain.
    Plenary (10 min): exit ticket - "why are there rarely more than five links in a food chain?"
""", cover="""
    Hi, I've attached the KS3 plan for food chains and webs as a text file. Let me know if you want the card sort too. Huw
""", fname='KS3 food webs lesson 4.txt', frm=('Huw Williams', 'h.williams@school.example'), to=['science'])

N(F, 'J', 'si', 'FW: minutes - curriculum committee', 'internal forward of governors curriculum committee minutes as message/rfc822', """
    Minutes of the Curriculum Committee, 14 January

    Present: Mrs Aldridge (Head), Mr Doyle (Chair), Mrs Hughes, Dr Singh

    1. The committee reviewed the new Key Stage 3 computing curriculum. Mrs Hughes explained the changes to the online safety units.

    2. Attendance data for the autumn term was noted. Persistent absence has fallen from 14% to 11%.

    3. Mr Doyle asked for the Year 11 mock results to be shared at the next meeting.

    Next meeting: 11 March, 5pm.
""", cover="""
    Claire - forwarding the minutes as requested, sorry for the delay. Please pass them on to the Heads of Department once you've checked item 1. Thanks, Gareth
""", isubj='Curriculum committee minutes 14 Jan', orig='Clerk to Governors <clerk@governor-services.example>', frm=('Gareth Price', 'g.price@school.example'), to=['c.hughes@school.example'])

N(F, 'K', 'si', 'Fwd: catering numbers for Year 7 trip', 'inline forward of catering admin, "Fwd" chain of normal mail', """
    Hi Tom,

    For the Year 7 trip on 14 May we can provide 96 packed lunches from the kitchen. Please let us know by Friday how many children need a halal, vegetarian or allergy meal, and whether any need a gluten-free option.

    Lunches will be ready to collect from the kitchen hatch at 8.15am.

    Thanks,
    Catering Team
""", cover="""
    Hi Beth, can you send me the dietary numbers for your tutor group by Thursday? Forwarding the catering email below. Tom
""", orig='Catering Team <catering@school.example>', frm=('Tom Fletcher', 't.fletcher@school.example'), to=['b.mason@school.example'])

N(F, 'L', 'si', 'Fwd: Fwd: Re: cover rota for Thursday', 'internal multi-level forward of a cover rota request, pass it on to the rest of the department', """
    Hi all,

    Thursday's cover: Mrs Davies is out on the Year 9 trip, so her lessons P2 (9X3), P4 (7Y1) and P5 (8Z2) need cover. Work is on the shared drive.

    Thanks,
    Cover Manager
""", mid=['Forwarding to Rachel as she has P4 free. Can you take 7Y1?',
         'Yes, I can do P4. Passing on to Kiran in case he can take P5.'],
    who=['Cover Manager <cover@school.example>', 'Dev Evans <d.evans@school.example>', 'Rachel Okafor <r.okafor@school.example>'],
    cover="""
    Kiran - Rachel's got P4. Any chance of P5? Please pass it on to the rest of the department if not. Dev
""", frm=('Dev Evans', 'd.evans@school.example'), to=['k.ahmed@school.example'])

N(F, 'M', 'so', 'Choir concert - rounds and chain singing', 'latin-1 music letter: rounds and chain singing (Frère Jacques) at the spring concert', """
    Dear Parents and Carers,

    The school choir will be performing at the spring concert on Thursday 3 April at 6.30pm in St Mary's church.

    This year the theme is "Rounds from around the world". The children will be singing rounds in several languages, including Frère Jacques in French, and a piece of "chain singing", where each group takes up the tune from the one before so the melody travels round the church.

    Tickets are £3 for adults and free for children, available from the school office. Please share the date with family members who may like to come along.

    With thanks,
    Mrs S. O'Brien
    Music Coordinator
""", frm=("Siobhan O'Brien", 's.obrien@school.example'), to=['choir.parents@lists.school-comms.example'])

N(F, 'N', 'si', 'History resources – chain of events to 1914', 'cp1252 History dept resources on the chain of events leading to WW1', """
    Hi all,

    I’ve uploaded the new Year 9 resources on the causes of the First World War. The main activity is a “chain of events” timeline, starting with the assassination in Sarajevo and working through the alliances and ultimatums to the British declaration of war on 4 August 1914.

    There is also a sorting task on long-term and short-term causes, and a source pack on the Schlieffen Plan.

    Please pass on any feedback before we use it with Year 9 after half term – I’m especially keen to know if the reading level is right for the lower sets.

    Best,
    Gareth
""", frm=('Gareth Price', 'g.price@school.example'), to=['history.department@school.example'])

N(F, 'O', 'si', 'Carbon chains worksheet - Y11 organic chemistry', 'chemistry worksheet on carbon chains and polymers in a .docx', """
    ORGANIC CHEMISTRY – CARBON CHAINS

    1. Draw the displayed formula of propane, butane and pentane. What happens to the boiling point as the carbon chain gets longer? Explain why.

    2. Name the alkene with a chain of four carbon atoms and one double bond.

    3. Ethene molecules can join together to make a long chain called poly(ethene). Draw the repeating unit.

    4. Extension: explain why long-chain hydrocarbons are cracked into shorter, more useful molecules.
""", cover="""
    Hi Rachel, here's the carbon chains worksheet I mentioned for Y11 - feel free to adapt. Huw
""", fname='Y11 carbon chains worksheet.docx', frm=('Huw Williams', 'h.williams@school.example'), to=['r.okafor@school.example'])

N(F, 'E', 'in', 'Mayor’s visit – chain of office', 'inbound from the town council: Mayor will wear chain of office at prize-giving; QP', """
    Dear Mrs Aldridge,

    Thank you for inviting the Mayor to your prize-giving on Wednesday 16 July. I’m pleased to confirm that Councillor Bev Akintola will attend and present the awards.

    The Mayor will wear the chain of office, and the children are very welcome to ask about it afterwards — it dates back to 1888! Please let us know where we should park and who will meet the Mayor on arrival.

    Please pass on the Mayor’s good wishes to all the prize winners.

    Kind regards,
    Mayor’s Secretary
    Town Council
""", frm="Mayor's Office <mayors.office@towncouncil.example>", to=['head'])

N(F, 'F', 'si', 'Flu immunisation day - forward planning', 'school nurse: flu vaccine (virus) day planning, cold chain, pass on consent reminders; base64', """
    Hi everyone,

    The school immunisation team will be in on Tuesday 15 October to give the nasal flu vaccine to Years 7 to 11. The flu virus changes every year, so children who had the vaccine last year still need it again.

    For forward planning: we will need the drama studio from 8am, with access to a fridge so the team can keep the vaccines in the cold chain. Students will be called out of lessons by tutor group.

    Please pass on a reminder to your tutor groups that consent forms must be submitted online by Friday 4 October. No consent, no vaccine.

    Thank you,
    Jo (School Nurse)
""", frm=('Jo Whitfield', 'j.whitfield@school.example'), to=['allstaff'])
# ============================================================================
# NEGATIVE: lesson-about-chains (PSHE / computing / assemblies quoting chain letters)
# ============================================================================
F = 'lesson-about-chains'
N(F, 'A', 'si', 'Tutor time activity: spot the chain letter', 'PSHE lead sends tutors an activity quoting a chain letter for discussion; 7bit', """
    Dear Year 7 tutors,

    For Wednesday's tutor time, please use the "spot the chain letter" activity. Read the example below aloud (or put it on the board) and ask the questions underneath.

    Example: "This letter has been round the world nine times. Send it to ten people within four days and you will have good luck. A man who ignored it lost his job."

    Discussion questions:
    1. What is the message trying to make you feel?
    2. How could anybody know what happened to people who did or didn't send it?
    3. What would happen if everyone really sent it to ten people?
    4. What should you do if you receive one? (Answer: don't send it on; delete it or show a trusted adult.)

    Slides are in the PSHE folder. Thanks,
    Jane (PSHE Lead)
""", frm=('Jane Smith', 'j.smith@school.example'), to=['tutors7'])

N(F, 'B', 'si', 'Y7 computing lesson plan - hoaxes', 'computing lesson plan on hoax virus warnings quoting one; hard-wrapped', """
    Lesson 5 - Hoaxes, chain messages and fake virus warnings

    Objective: students can explain why hoax virus warnings spread and how to check whether a warning is genuine.

    Starter: show this (made-up) message on the board: "WARNING!! Do not open the email called BIRTHDAY PHOTOS, it wipes your hard drive. Microsoft confirmed it. Forward this to everyone you know!"

    Ask students to highlight the features that suggest a hoax: capital letters and exclamation marks, a big company named without a link to a source, a claim that nothing can fix it, and the demand to forward it to everyone.

    Main task: in pairs, use the checklist to decide whether four example messages are real or hoaxes. Then write advice for a younger sibling.

    Plenary: "If you got this at home, what would you do?" Expected answer: don't forward it, check with an adult or a trusted website.
""", frm='computing', to=['t.nguyen@school.example', 'p.greenwood@school.example'])

N(F, 'C', 'si', 'KS2 assembly script - scary messages', 'KS2 assembly script about Momo-style scare chains, quoting one; flowed', """
    KS2 Assembly: "It's OK to tell"

    Good morning everyone. Today I want to talk about something that some children have been worried about.

    Sometimes people send messages that say something like: "If you don't send this to ten people, a scary character will come to your house tonight." Has anybody ever seen a message like that? (Don't say what it was called.)

    Those messages are made up. They are designed to frighten you so that you send them on. Nothing happens if you don't send them, and you are never in trouble for showing a grown-up.

    So, if you ever get a message that makes you feel scared or worried, what should you do? That's right: don't send it on, and tell a grown-up you trust.

    Let's finish with our calm breathing...
""", frm=('Lowri Davies', 'l.davies@school.example'), to=['ks2.staff@school.example'])

N(F, 'D', 'so', 'What Year 5 learnt about chain messages this week', 'letter to parents describing an online safety lesson that analysed a quoted chain message; DelSp=yes', """
    Dear Year 5 families,

    In computing this week we looked at chain messages. The children were shown an example that said: "Send this to 15 friends in 10 minutes or you will have bad luck for 10 years."

    They were brilliant at spotting the tricks: the time limit to rush you, the threat, and the fact that nobody could ever know whether you sent it. We agreed as a class that the right thing to do with a message like this is to not send it on and to tell an adult if it upsets you.

    You might like to ask your child what they remember. Thank you for your support with online safety at home.

    Mr Nguyen
""", frm=('Thanh Nguyen', 't.nguyen@school.example'), to=['year5.parents@lists.school-comms.example'])

N(F, 'E', 'si', 'Y8 English - persuasive techniques in chain letters', 'English lesson using a chain letter (emoji, smart quotes) as a text to analyse; QP', """
    Hi all,

    For the Year 8 persuasive writing unit, lesson 3 uses a chain letter as the “text of the week”. Students annotate it for persuasive techniques. Here’s the extract:

    “🍀 This is the lucky clover! Send it to 7 people in 7 minutes and you’ll have 7 years of luck. Ignore it and your luck runs out 😬”

    They should find: direct address, the rule of three, a deadline to create urgency, emotive threat and emoji to make it look friendly. Then they write a paragraph explaining why it works — and why nobody should actually send it on.

    The worksheet is in the Y8 folder.

    Thanks, Siobhan
""", frm=("Siobhan O'Brien", 's.obrien@school.example'), to=['english.department@school.example'])

N(F, 'F', 'si', 'Maths starter: how fast would a chain letter spread?', 'maths starter using chain-letter growth to teach powers of 10; base64', """
    Hi maths team,

    Here is a starter for next week's indices topic that went down really well with 9X2.

    "A chain letter says: send this to 10 people. Suppose everybody who receives it does exactly that. Round 1: 10 people. Round 2: 100 people. How many rounds until more people receive it than live on Earth (about 8 billion)?"

    Answer: 10 rounds gives 10^10 = 10 billion, so fewer than 10 rounds. Students are usually shocked. It leads nicely into a discussion of why chain letters "promising" luck can't possibly be true, and into exponential growth in general.

    Thanh
""", frm=('Thanh Nguyen', 't.nguyen@school.example'), to=['maths.department@school.example'])

N(F, 'G', 'si', 'Citizenship: fake giveaway analysis worksheet', 'HTML citizenship worksheet quoting a fake "forward to 20 for a voucher" giveaway for analysis', """
    Media literacy - lesson 2: "Too good to be true?"

    Read the message below and answer the questions.

    "Tesco are giving a £500 voucher to anyone who forwards this email to 20 people. Their system tracks every forward. My neighbour got hers!"

    1. Who is supposed to have written this message? How can you tell?
    2. Is it possible for a company to track who you forward an email to?
    3. Why might somebody create a message like this?
    4. Where could you check whether the offer is real?
    5. Write a short reply to a friend who has sent it to you, explaining kindly why you will not be passing it on.
""", frm=('Dev Evans', 'd.evans@school.example'), to=['citizenship@school.example'])

N(F, 'H', 'si', 'CPD briefing: when a pupil shows you a scary chain message', 'staff CPD note on responding to pupils upset by chain messages, with an example; multipart/alternative', """
    Dear colleagues,

    A reminder from Monday's briefing about how to respond if a pupil shows you a frightening chain message, for example: "If you don't send this to 20 people she will be at the end of your bed tonight."

    1. Stay calm and take the child's worry seriously.
    2. Reassure them clearly that the message is made up and nothing will happen.
    3. Don't ask them to forward it to you and don't share it with other pupils or staff. A description is enough.
    4. Log it on CPOMS if the child was distressed or if the message came from a known person.
    5. Let the DSL know if several pupils mention the same message so we can address it in assemblies.

    Thanks,
    Kiran Ahmed, DSL
""", frm='dsl', to=['allstaff'])

N(F, 'I', 'si', 'Thursday PSHE drop-down - pyramid schemes', 'PSHE/economics lesson plan on pyramid schemes quoting a money chain, in a .txt attachment', """
    PSHE DROP-DOWN DAY - SESSION 3: PYRAMID SCHEMES AND MONEY CHAINS (YEAR 10)

    Aim: students understand how pyramid schemes work and why most people in them lose money.

    1. Hook: show a typical money chain: "Send £1 to the person at the top of the list, add your name at the bottom, and send this to 10 friends. When you reach the top you will receive thousands!"

    2. Activity: students model the scheme with sticky notes. After six levels, how many people are needed? (10^6 = one million.) Who actually gets paid?

    3. Discussion: why are these illegal in the UK? How do "gifting circles" on social media disguise the same idea?

    4. Plenary: where to get help if you or a family member has been drawn in - Citizens Advice, Action Fraud.
""", cover="""
    Hi all, lesson plan attached for Thursday's PSHE drop-down, session 3. Resources are in the shared folder. Jane
""", fname='PSHE dropdown session 3 pyramid schemes.txt', frm=('Jane Smith', 'j.smith@school.example'), to=['year10.tutors@school.example'])

N(F, 'J', 'si', 'Example for the online safety assembly (anonymised)', 'DSL forwards an anonymised pupil chain message as message/rfc822 for planning an assembly; clearly not for circulation', """
    if u dont send this to 10 ppl a girl with no face will come to ur window tonight. my friend didnt send it and her window cracked. send it now

    (sender name removed)
""", cover="""
    Hi Lowri, this is the message a Year 6 child brought in on Monday - I've removed the names. Could we use it (read aloud, not displayed) in next week's online safety assembly to reassure the children it's made up? Please don't forward it to pupils or parents. Kiran
""", isubj='scary message', orig='Parent (name removed) <redacted@example.org>', frm='dsl', to=['l.davies@school.example'])

N(F, 'K', 'si', 'Fwd: LA briefing - viral scare challenges', 'DSL forwards a local-authority online safety briefing about viral scare chains', """
    Online safety briefing for schools: viral scare challenges

    From time to time, stories about frightening "challenges" or chain messages spread quickly among parents and in the media. Often the warnings spread much further than the original content.

    We advise schools NOT to name the challenge or show images to pupils, and not to send warnings to parents that include the content. Instead, focus on general messages: nothing bad happens if you don't pass a message on; tell a trusted adult if something worries you; block and report.

    Local Authority Safeguarding Team
""", cover="""
    Dear all, please read the LA briefing below before Friday's year group assemblies. Key point: we don't name it and we don't pass the message on to parents. Kiran
""", orig='LA Safeguarding <safeguarding@county-council.example>', frm='dsl', to=['allstaff'])

N(F, 'L', 'si', 'Re: Re: chain letter lesson for Y6?', 'teachers planning a lesson on chain letters in a quoted thread', """
    Hi both, I'm planning a Y6 lesson on chain letters before they get phones at secondary. Has anyone got a good example we could use? I was thinking of something like "send this to 5 friends or you'll have bad luck".
""", mid=['I used a made-up one last year: "This message has been around the world 7 times. Send it to 7 people and your wish comes true." The kids loved pulling it apart.',
         'That\'s a good one. You could also show them a fake prize one, like the "free trainers if you forward this" type.'],
    who=['Yasmin Clarke <y.clarke@school.example>', 'Beth Mason <b.mason@school.example>', 'Claire Hughes <c.hughes@school.example>'],
    cover="""
    Brilliant, thank you both - I'll use both examples and have them sort real and fake messages. I'll share the slides when they're done. Yasmin
""", frm=('Yasmin Clarke', 'y.clarke@school.example'), to=['b.mason@school.example', 'c.hughes@school.example'])

N(F, 'M', 'si', 'History: the 1935 "send a dime" chain letter craze', 'latin-1 history enrichment lesson on the Depression-era Prosperity Club chain letters', """
    Hi all,

    For the Year 9 Depression-era enrichment lesson I've written a short reading on the 1935 chain letter craze in Denver. The "Prosperity Club" letter told people to send a dime to the name at the top of a list of six, add their own name at the bottom, and send copies to five friends. The post office in Denver was overwhelmed with tens of thousands of letters a day.

    Students work out why the scheme had to collapse (after 13 rounds you'd need more people than were alive in the USA), and then discuss why desperate people believed it. It links well to the unit on the Wall Street Crash.

    The reading and questions are on the shared drive. The sheet uses a few French terms because it compares the US with France's économie at the time.

    Gareth
""", frm=('Gareth Price', 'g.price@school.example'), to=['history.department@school.example'])

N(F, 'N', 'so', 'Computing Corner: chain messages', 'cp1252 newsletter column for parents explaining what pupils learn about chain messages', """
    COMPUTING CORNER

    This term in Year 3 we’ve been learning how to be smart online. One of the things the children talked about was chain messages – the kind that say “send this to 10 people or something bad will happen”.

    The children learnt three golden rules:
    – Chain messages are never true, even if they say they are.
    – You don’t have to send anything on, and you won’t be in trouble for deleting it.
    – If a message makes you feel scared, tell a grown-up you trust.

    You can help at home by asking your child to explain the rules to you. They love being the expert!

    Mr Nguyen, Computing Lead
""", frm=('Thanh Nguyen', 't.nguyen@school.example'), to=['year3.parents@lists.school-comms.example'])

N(F, 'O', 'si', 'Year 4 worksheet: real or chain?', 'Year 4 worksheet in .docx quoting short chain messages for pupils to classify', """
    REAL OR CHAIN? – YEAR 4 ONLINE SAFETY

    Read each message. Circle REAL or CHAIN. Then explain your answer.

    A. “Send this to 10 friends or you will have bad luck forever.”   REAL / CHAIN
    B. “Reminder: swimming kit needed on Tuesday. Mrs Davies.”   REAL / CHAIN
    C. “A famous toy shop will give you a free toy if you forward this to 20 people!”   REAL / CHAIN
    D. “Grandma says happy birthday! See you Sunday.”   REAL / CHAIN

    What should you do if you get a chain message? ________________________
""", cover="""
    Hi Beth, here's the worksheet for Year 4 for next week's online safety lesson, as a Word file so you can edit it. Lowri
""", fname='Y4 real or chain worksheet.docx', frm=('Lowri Davies', 'l.davies@school.example'), to=['b.mason@school.example'])

N(F, 'G', 'pu', 'Homework - why chain letters are not true', 'HTML pupil homework essay explaining why chain letters are false, quoting one', """
    Why chain letters are not true
    by Amira, 7H

    A chain letter is a message that tells you to send it to lots of people. For example, one I have seen says "send this to 15 people or you will have bad luck for a year".

    Chain letters are not true because a message can't know if you sent it or not. Also if everyone sent it to 15 people, after only a few goes there would be more messages than people in the world.

    People make them to scare you or to trick you. The best thing to do is delete it and not send it on. If it is scary you should tell an adult.

    Thank you for reading my homework, Miss.
""", frm=('', 'amira.h24@students.school.example'), to=['j.smith@school.example'])

N(F, 'H', 'si', 'Drama script draft: "Send It On"', 'drama department script about peer pressure where a character receives a chain message; multipart/alternative', """
    SEND IT ON - a short play for Year 9 (draft 2)

    SCENE 1. A bedroom. JESS (14) is lying on the bed scrolling her phone. It buzzes.

    JESS: (reading aloud) "Send this to 20 people or your family will have bad luck for a year." (pause) That's stupid. (pause) Isn't it?

    Her phone buzzes again. It's MAYA.

    MAYA: (voice-over) Did you get it? I sent mine. Just send it, it's easier.

    JESS: (puts phone down, picks it up again) I'm not sending it. I'm going to ask Mum.

    SCENE 2. The kitchen. MUM is making tea...

    Notes for directors: the point of the scene is Jess's choice. The audience should see that not sending it on is the brave, sensible thing to do.
""", frm=('Emma Thompson', 'e.thompson@school.example'), to=['drama@school.example'])
# ============================================================================
# NEGATIVE: charity-faith-admin (sponsored events, prayer, good luck, admin "forward to office")
# ============================================================================
F = 'charity-faith-admin'
N(F, 'A', 'so', 'Sponsored walk for the hospice - Saturday 17 May', 'sponsored walk letter: share JustGiving page with family; no forwarding demand; 7bit', """
    Dear Parents and Carers,

    On Saturday 17 May the school will be holding a sponsored walk along the canal towpath in aid of St Cuthbert's Children's Hospice. The route is 5km and suitable for all ages. Families are welcome to walk with their children.

    Each class has its own JustGiving page. You are welcome to share the link with grandparents, aunts and uncles if they would like to sponsor your child, but there is no target and no pressure to raise a particular amount.

    We will meet at the school gates at 10am. Please bring water and suitable footwear.

    Thank you for your support,
    Mrs B. Mason
    Charity Coordinator
""", frm=('Beth Mason', 'b.mason@school.example'), to=['parents@lists.school-comms.example'])

N(F, 'B', 'si', 'Prayer intentions for this week', 'faith-school chaplain: prayer intentions, keep someone in your prayers, no chain demand; hard-wrapped', """
    Dear colleagues,

    Our prayer intentions for this week are below. Please use them in form time prayers and at the start of staff briefing on Wednesday.

    - For Mr Evans's father, who is recovering from heart surgery. Dev has asked that we keep him in our prayers.
    - For our Year 11 and 13 students as they prepare for their examinations.
    - For the people of the communities affected by the recent flooding.
    - For all those who have died this month, and for their families.

    Mass for the feast of St Joseph will be at 9am on Wednesday in the chapel. All are welcome.

    God bless,
    Fr Michael
""", frm='chaplain', to=['allstaff'])

N(F, 'C', 'so', 'Good luck, Year 11!', 'Head\'s good luck message before GCSEs; flowed', """
    Dear Year 11,

    Tomorrow your GCSE exams begin, and I wanted to wish every one of you the very best of luck.

    You have worked incredibly hard, and your teachers are proud of you whatever happens. Get a good night's sleep, eat some breakfast, and arrive at school by 8.30am. Bring your black pens, your calculator and a clear pencil case.

    If you feel anxious, remember that Mrs Okafor and the pastoral team are here for you every day of the exam season.

    Good luck, and go for it!
    Mrs H. Aldridge
    Headteacher
""", frm='head', to=['year11@students.school.example'])

N(F, 'D', 'si', 'Timesheets - please forward to the office by Friday', 'office admin: forward your timesheets to the office by Friday; DelSp=yes', """
    Hello all,

    A quick reminder that timesheets for additional hours and after-school clubs in March need to be forwarded to the office by 12 noon this Friday so they can go through payroll on time.

    Please forward them to office@school.example, not to Nadia directly, and make sure your line manager has signed them first. Late timesheets will roll over to April's pay.

    Many thanks,
    School Office
""", frm='office', to=['allstaff'])

N(F, 'E', 'so', 'PTA petition for a crossing on Mill Lane', 'PTA petition for a zebra crossing, sign on council site, share with neighbours; QP with smart quotes', """
    Dear families,

    As many of you know, crossing Mill Lane at drop-off is dangerous — cars come round the bend very quickly and there’s no crossing between the roundabout and the church.

    The PTA has started a petition on the county council’s website asking for a zebra crossing outside the school. If it gets 500 signatures it will be discussed at the next Highways Committee meeting.

    You can sign it at: www.county-council.example/petitions/mill-lane-crossing

    Please feel free to share the link with neighbours who also use the road. The petition closes on 31 January.

    Thank you,
    Karen Bell (PTA Chair) and the PTA committee
""", frm='office', to=['parents@lists.school-comms.example'])

N(F, 'F', 'in', 'Prayers for my dad', 'inbound parent asks the faith school to pray for her father, no chain; base64', """
    Dear Father Michael,

    I hope you don't mind me emailing. My dad, Tomasz, was taken into hospital on Sunday with a stroke. He is stable but still very poorly. Ola and Kuba are very upset and may be quiet in class this week.

    Would it be possible for the school to remember him in your prayers at Mass on Friday? The children would find that a great comfort.

    Thank you for everything you do.
    Marta Nowak
""", frm='Marta Nowak <marta.nowak@example.com>', to=['chaplain'])

N(F, 'G', 'so', 'Red Nose Day non-uniform - Friday 21 March', 'HTML charity non-uniform day letter for Comic Relief', """
    Dear Parents and Carers,

    On Friday 21 March we are holding a non-uniform day for Red Nose Day. Children can come to school in red clothes or wear a red nose, in return for a donation of £1 to Comic Relief.

    Donations can be made on ParentPay or in cash on the day. Please don't feel you have to buy anything new for the day - a red T-shirt or a pair of red socks is perfect.

    The School Council will also be running a joke competition at lunchtime, and the best jokes will be read out in Friday's assembly!

    Thank you for your generosity,
    The School Council
""", frm='office', to=['parents@lists.school-comms.example'])

N(F, 'H', 'si', 'Congratulations and good luck to the U15 netball squad', 'staff good-luck message for a school team, pass on congratulations; multipart/alternative', """
    Hi everyone,

    Great news - our Under 15 netball squad won the county tournament on Saturday and have qualified for the regional finals in Wolverhampton next Saturday!

    Please pass on congratulations to the girls if you teach them this week, and wish them good luck for the finals. We'll be running a minibus, leaving at 7am.

    Big thanks to Mrs Mason for all the extra training sessions.

    Tom
""", frm=('Tom Fletcher', 't.fletcher@school.example'), to=['allstaff'])

N(F, 'I', 'so', 'Carol service - order of service', 'carol service order of service (with prayers) in a .txt attachment', """
    ST MARY'S CHURCH - SCHOOL CAROL SERVICE
    Thursday 19 December, 6pm

    Welcome - Mrs H. Aldridge
    Carol: Once in Royal David's City
    First reading: Isaiah 9 - read by a Year 6 pupil
    Carol: O Little Town of Bethlehem (Year 3 and 4)
    Second reading: Luke 2 - read by the Chair of Governors
    Carol: Hark! The Herald Angels Sing
    Prayers - Fr Michael Doran
    The Lord's Prayer
    Blessing
    Carol: O Come, All Ye Faithful

    A retiring collection will be taken for the Foodbank.
""", cover="""
    Dear families, attached is the order of service for Thursday's carol service at St Mary's. We look forward to seeing you there. School Office
""", fname='Carol service order of service.txt', frm='office', to=['parents@lists.school-comms.example'])

N(F, 'J', 'si', 'FW: Foodbank appeal - collection in school', 'Head forwards a genuine food bank appeal as an attachment; collection in school, no forwarding demand', """
    Dear friends,

    Thank you once again for your support. Demand at the Foodbank this winter is the highest it has ever been, and our shelves are running low.

    We are particularly short of: tinned meat and fish, long-life milk, tinned tomatoes, toiletries and nappies (sizes 4 and 5).

    If your school is able to hold a collection, we can pick up donations from you on Friday 13 December.

    With gratitude,
    Town Foodbank
""", cover="""
    Dear all, the Foodbank's appeal is attached. We'll hold a collection in the main reception until Thursday 12th. There's no need to forward this on - I'll put a note in the newsletter. Thank you! Helen
""", isubj='Winter appeal', orig='Town Foodbank <info@townfoodbank.example>', frm='head', to=['allstaff'])

N(F, 'K', 'so', 'Fwd: County cross-country championships', 'PE forwards county athletics event info inline to selected parents, good luck', """
    County Schools Cross-Country Championships

    Date: Saturday 25 January
    Venue: Harewood Park
    Races start at 10.30am (Year 7 girls) and run every 20 minutes.

    Parents should collect race numbers from the school team manager. Spikes are allowed but not essential. Spectators should stay behind the tape.
""", cover="""
    Dear parents, congratulations - your child has been selected to run for the school at the county championships. Details are forwarded below. We'll meet at the registration tent at 9.45. Good luck to them! Mr Fletcher
""", orig='County Schools Athletics <events@county-athletics.example>', frm=('Tom Fletcher', 't.fletcher@school.example'), to=['Dave Hollis <dave.hollis@example.com>', 'Fatima Shah <fatima.s@example.com>', 'Aled Jones <aled.j@cymru-mail.example>'])

N(F, 'L', 'in', 'Re: Re: missing PE bag', 'quoted thread between a parent and the office about a missing PE bag (lost property)', """
    Hello, Jacob's PE bag has gone missing since Tuesday's lesson. It's a navy drawstring bag with his name on the label. Could you pass this on to the PE staff? Thanks, Chris Doyle
""", mid=['Dear Mr Doyle, thank you - I have passed this on to the PE department and checked lost property, but no luck yet. We will let you know if it turns up. School Office'],
    who=['Chris Doyle <chris.doyle@example.org>', 'School Office <office@school.example>'],
    cover="""
    Thanks so much, it turned up in his friend's locker! Sorry for the bother.

    Chris
""", frm='Chris Doyle <chris.doyle@example.org>', to=['office'])

N(F, 'M', 'so', 'Macmillan coffee morning', 'latin-1 Macmillan coffee morning invitation; donations, share with friends', """
    Dear Parents and Carers,

    We are holding a Macmillan coffee morning in the school hall on Friday 27 September from 9am to 10.30am, straight after drop-off. Cakes are £1, tea and coffee 50p, and all money raised goes to Macmillan Cancer Support.

    If you enjoy baking, we would love donations of cakes (please label any containing nuts) - they can be dropped at the office on Thursday afternoon.

    Friends and neighbours are welcome too, so please do let them know.

    Thank you,
    Mrs C. Hughes
""", frm=('Claire Hughes', 'c.hughes@school.example'), to=['parents@lists.school-comms.example'])

N(F, 'N', 'so', 'Ramadan and Eid arrangements', 'cp1252 Ramadan arrangements: prayer room, iftar event, Eid wishes', """
    Dear Parents and Carers,

    Ramadan is expected to begin on or around Saturday 1 March. We want to support all students who are fasting.

    – The prayer room (E12) will be open at lunchtime for Dhuhr prayer, supervised by Mr Ahmed.
    – Students who are fasting may use the library instead of the canteen at lunchtime.
    – PE staff will adapt activities for fasting students – please let your child’s PE teacher know.

    We will hold a community iftar in the school hall on Thursday 20 March. All families are welcome; please let the office know numbers by 14 March.

    We wish everyone celebrating a blessed Ramadan and, in advance, Eid Mubarak.

    Mrs H. Aldridge
""", frm='head', to=['parents@lists.school-comms.example'])

N(F, 'O', 'so', 'Readathon sponsorship form', 'Y7 readathon sponsorship form in .docx; pass it to relatives who want to sponsor', """
    YEAR 7 READATHON – SPONSORSHIP FORM

    From 3 to 28 February Year 7 are reading as many books as they can to raise money for the school library and for Book Aid International.

    Name: ____________________   Tutor group: ______

    Sponsor name | Amount per book | Total | Paid (tick)
    ______________________________________________
    ______________________________________________
    ______________________________________________

    Please return this form with any money collected to your English teacher by Friday 7 March.
""", cover="""
    Dear Year 7 parents, attached is the readathon sponsorship form. Please feel free to pass it to any relatives who would like to sponsor, or print more copies. Thank you! Mrs O'Brien
""", fname='Readathon sponsorship form.docx', frm=("Siobhan O'Brien", 's.obrien@school.example'), to=['year7.parents@lists.school-comms.example'])

N(F, 'I', 'si', 'Lent 24-hour prayer chain - rota', 'faith school 24-hour prayer chain rota (staff sign-up slots) in a .txt attachment; no forwarding demand', """
    LENT 24-HOUR PRAYER CHAIN - STAFF ROTA
    Chapel, from 3pm Thursday 3 April to 3pm Friday 4 April

    The prayer chain is a way for our community to pray through a full day and night, with each person taking a half-hour slot. You can pray silently, read scripture or use the prayer cards in the chapel.

    3.00-3.30pm   Fr Michael
    3.30-4.00pm   Mrs Hughes
    4.00-4.30pm   Mr Price
    4.30-5.00pm   (available)
    5.00-5.30pm   (available)

    Evening and overnight slots will be covered by the parish team. Please add your name to an available slot on the sheet in the staffroom.
""", cover="""
    Dear colleagues, attached is the rota for this year's Lent prayer chain in the chapel. There are still a few afternoon slots free if you'd like one. Fr Michael
""", fname='Lent prayer chain rota.txt', frm='chaplain', to=['allstaff'])


# ============================================================================
# NEGATIVE: extra inbound and pupil-sent hard negatives (balance the envelopes)
# ============================================================================
N('charity-faith-admin', 'J', 'in', 'Fwd: Deanery prayer vigil for peace', 'parish office forwards a diocesan prayer vigil notice to the chaplain as message/rfc822', """
    Dear Fathers, Sisters and school chaplains,

    The Deanery will hold a prayer vigil for peace in St Anne's church on Friday 22 November, from 7pm until 9pm. There will be Exposition of the Blessed Sacrament, quiet prayer and music from the Deanery youth choir.

    Schools are warmly invited to bring a small group of older students to read the intercessions. Please let the Deanery office know by 15 November if you would like to take part.

    With every blessing,
    Deanery Office
""", cover="""
    Dear Fr Michael, the Deanery asked us to make sure this reached the school chaplaincy, so I've attached their message. Mary, Parish Office
""", isubj='Prayer vigil for peace - 22 November', orig='Deanery Office <office@deanery.example>', frm='Parish Office <parish.office@stannes-parish.example>', to=['chaplain'])

N('it-security-notice', 'K', 'in', 'Fwd: Action Fraud alert - WhatsApp "forward this" messages', 'trust central IT forwards an Action Fraud style alert inline to the school IT team', """
    Alert: messages asking you to forward to all contacts

    Action Fraud has received reports of WhatsApp and email messages claiming that accounts will be closed or charged unless the message is forwarded to a number of contacts. Some versions contain a link asking the reader to "verify" their account.

    These messages are false. WhatsApp does not contact users in this way. Do not forward them and do not click any links. Report suspicious messages to report@phishing.gov.uk.
""", cover="""
    Hi school IT leads, sharing this for awareness. No need to send it to all staff unless you've had reports locally. Trust IT Team
""", orig='Action Fraud Alerts <alerts@actionfraud-alerts.example>', frm='Trust IT Team <it.team@learning-trust.example>', to=['it', 'netmgr'])

N('parent-letter', 'L', 'in', 'Re: Fwd: newsletter for grandparents', 'grandmother asks to join the newsletter list after her daughter forwarded it; quoted thread', """
    Dear parents, this week's newsletter is attached. Highlights include the Year 2 trip to the seaside, our new reading corner and the date of the summer fair. Please share it with anyone at home who would like to read it.

    School Office
""", mid=['Mum - here is the newsletter I mentioned, Sophie is in the photo on page 2! Love Jo x'],
    who=['School Office <office@school.example>', 'Jo Fairclough <jo.fairclough@example.org>'],
    cover="""
    Good morning,

    My daughter forwarded me your lovely newsletter. Would it be possible to add me to the mailing list so I receive it directly? I'm Sophie Fairclough's grandma and I collect her on Wednesdays.

    Kind regards,
    Pat Nolan
""", frm='Pat Nolan <nan.pat@btmail.example>', to=['office'])

N('lesson-about-chains', 'M', 'in', 'Workshop booking: Victorian post and the Penny Black', 'latin-1 museum education booking for a postal history workshop that touches on early chain letters', """
    Dear Mr Price,

    Thank you for booking our "Victorian Post and the Penny Black" workshop for Year 9 on Tuesday 11 March at 10am. The cost is £4.50 per pupil, and we have 32 pupils and 4 adults on our booking.

    The session covers the introduction of the Penny Post in 1840, how letters were carried and sorted, and, in the final part, how cheap postage led to the first "chain letters" of the 1890s, which promised good luck to anyone who copied them. Pupils compare some of these with the hoax messages they see online today and discuss why people passed them on.

    Please arrive 15 minutes early to hang up coats. Lunch can be eaten in our café's picnic room.

    Best wishes,
    Learning Team, Postal Heritage Museum
""", frm='Learning Team <learning@postalmuseum.example>', to=['g.price@school.example'])

N('chain-vocabulary', 'N', 'in', 'Delivery changes – chilled goods and the cold chain', 'cp1252 catering supplier notice about cold chain temperature checks on deliveries', """
    Dear Catering Manager,

    From Monday 6 January our drivers will record the temperature of all chilled and frozen goods on delivery, so that we can show an unbroken cold chain from our depot to your kitchen.

    Please make sure a member of your team is available to sign the delivery note and check the temperature log. If goods arrive above 8°C (chilled) or above –15°C (frozen), you should reject them and we will replace them the same day.

    Please forward this notice to anyone who may receive deliveries on your behalf, including site staff on early shifts.

    Kind regards,
    Fresh Direct Foods – Schools Team
""", frm='Fresh Direct Foods <schools@freshdirectfoods.example>', to=['catering@school.example'])

N('parent-letter', 'O', 'in', 'Letter for the class about Zain\'s allergy', 'parent sends a .docx allergy letter asking the teacher to pass it on to supply staff', """
    Dear Mrs Davies,

    As you know, Zain has a severe nut allergy and carries two adrenaline pens in his bag. His care plan is on file at the office.

    Next week he will have a supply teacher while you are on the Year 6 trip. Please could you pass this letter on to the supply teacher and the lunchtime supervisors so that they know what to look out for and where his pens are kept?

    Thank you very much,
    Fatima Shah
""", cover="""
    Hi Mrs Davies, I've attached a short letter about Zain's allergy. Thank you for passing it on while you're away - good luck with the trip! Fatima
""", fname='Zain allergy letter.docx', frm='Fatima Shah <fatima.s@example.com>', to=['l.davies@school.example'])

N('it-security-notice', 'A', 'in', 'Security reminder: we will never ask you to forward emails', 'payments provider security reminder to the finance office; 7bit', """
    Dear Finance Team,

    This is a routine security reminder from your school payments provider.

    We will never ask you to forward one of our emails to other people, to confirm your password by email, or to change bank details over the phone. If you receive a message like this that appears to be from us, please do not reply and do not pass it on. Forward it only to our security team at security@schoolpay.example and then delete it.

    You can check the status of our services at any time at status.schoolpay.example.

    Kind regards,
    SchoolPay Security Team
""", frm='SchoolPay Security <security@schoolpay.example>', to=['finance'])

N('charity-faith-admin', 'B', 'in', 'Thank you from St Cuthbert\'s Hospice', 'hospice thanks the school for sponsored walk money; pass on thanks to children; hard-wrapped', """
    Dear Mrs Mason,

    On behalf of everyone at St Cuthbert's Children's Hospice, thank you so much for the wonderful sum of £2,316.40 raised by your sponsored walk. We were amazed to hear that over 300 children and parents took part despite the rain!

    Your donation will pay for a full week of our music therapy programme. Please pass on our heartfelt thanks to the children, their families and all the staff who helped on the day.

    We would love to send one of our nurses to talk about how the money is spent at a future assembly, if that would be helpful.

    With warmest wishes,
    Community Fundraising Team
""", frm="St Cuthbert's Hospice <fundraising@stcuthberts-hospice.example>", to=['b.mason@school.example'])

N('lesson-about-chains', 'C', 'in', 'Parent online safety evening - confirmation', 'external speaker confirms a parent workshop covering chain messages and hoaxes; flowed', """
    Dear Mr Ahmed,

    I am delighted to confirm the parent online safety evening on Thursday 6 February, 6pm to 7.15pm, in your school hall.

    As agreed, the session will cover gaming and chat, screen time, and the chain messages and scary "challenges" that worry so many parents. I will show a couple of typical examples, such as "send this to 10 friends or something bad will happen", and explain why the best response is not to forward warnings to other parents but to talk calmly with children.

    I will need a projector and a microphone. My invoice will follow after the session.

    Best wishes,
    Helen Marsh
    Online Safety Consultant
""", frm='Helen Marsh <helen@safeonline-training.example>', to=['dsl'])

N('chain-vocabulary', 'D', 'in', 'Careers week - logistics and supply chain talk', 'parent offers a careers talk about working in supply chain logistics; DelSp=yes', """
    Hello Mr Evans,

    I saw in the newsletter that you are looking for parents to speak at careers week. I'm a supply chain manager for a large retailer and I'd be happy to give a talk about how products get from factories to shop shelves, and the kinds of jobs involved - from warehouse operations to data analysis and planning.

    I could do a 20-minute talk plus questions on any morning during that week. I'm happy to tailor it for Year 9 or Year 10.

    Please pass my details on to whoever is organising the timetable.

    Best wishes,
    Peter Adeyemi
""", frm='Peter Adeyemi <p.adeyemi@example.org>', to=['d.evans@school.example'])

N('parent-letter', 'E', 'in', 'Please pass on our thanks 💐', 'parent thank-you with emoji asking office to pass thanks on and wishing luck; QP', """
    Hello,

    Could you please pass on a huge thank you to Mrs Okafor and the Year 11 team? 💐 Our son has had a really tough year and they’ve gone above and beyond to support him. He walked out of his last exam smiling yesterday, which we didn’t think would be possible in September.

    We’d also like to wish everyone the best of luck with the new building works over the summer!

    With thanks,
    Lisa and Minh Tran
""", frm='Lisa Tran <lisa.tran@example.com>', to=['office'])

N('it-security-notice', 'F', 'in', 'Schools IT bulletin: hoax "account closure" emails', 'local authority schools IT bulletin about a hoax account-closure chain; base64', """
    SCHOOLS IT BULLETIN - HOAX ALERT

    A number of schools have reported emails telling staff that their school account will be closed this week unless they forward the message to colleagues. Some pupils have received a similar message.

    This message is a hoax and does not come from the local authority or from Microsoft. Accounts are not being closed.

    Please remind staff and pupils to delete the message and not to forward it. If you use our filtering service, these messages are already being quarantined.

    County Schools ICT Service
""", frm='County Schools ICT <ict.bulletin@county-council.example>', to=['it'])

N('lesson-about-chains', 'G', 'pu', 'My poster for the online safety competition', 'HTML pupil entry for an online safety poster competition: "Don\'t pass it on!"', """
    DON'T PASS IT ON!

    Got a message that says "send this to 20 people or you'll have bad luck"? It's a chain message and it is NOT real.

    Three steps:
    1. STOP - don't send it to anyone.
    2. DELETE it or block the person if it's from a stranger.
    3. TELL a grown-up if it scared you.

    Nothing bad will happen. Chains only work if you keep them going!

    By Kai T, Year 7
""", frm=('', 'kai.t24@students.school.example'), to=['n.rahman@school.example'])

N('charity-faith-admin', 'H', 'pu', 'School council bake sale - please share with your form', 'school council pupil asks tutors to share bake sale info with their forms; multipart/alternative', """
    Dear Tutors,

    The School Council is holding a bake sale on Friday at break time in the canteen to raise money for the local animal shelter. Everything will cost 50p or £1.

    Please could you share this with your form during registration and remind them to bring some change? If anyone wants to bake something, they can drop it off at the library before school on Friday.

    Thank you!
    Ruby A (School Council Secretary, 7B)
""", frm=('', 'ruby.a24@students.school.example'), to=['tutors7'])

N('chain-vocabulary', 'I', 'pu', 'food chain coursework', 'pupil submits biology write-up on food chains as a .txt attachment', """
    Food chains in the school pond - Year 8 biology write-up

    In our pond survey we found pondweed, water fleas, mayfly nymphs, water boatmen and a frog. We made this food chain:

    pondweed -> water flea -> mayfly nymph -> water boatman -> frog

    The pondweed is the producer because it makes its own food by photosynthesis. The frog is the top predator in our chain. If the water fleas died out, the mayfly nymphs would have less food and their numbers would go down, so there would be less food for the animals further up the chain.
""", cover="""
    Hi Sir, here is my food chain write-up, sorry its late I was off on Monday. Noah 8P
""", fname='noah food chains.txt', frm=('', 'noah.p23@students.school.example'), to=['h.williams@school.example'])

N('charity-faith-admin', 'A', 'pu', 'good luck tomorrow!!', 'pupil-to-pupil good luck message before a maths exam, passing on revision notes; 7bit', """
    hey everyone, good luck for the maths mock tomorrow!! you'll all smash it

    i've put my revision notes for circle theorems and simultaneous equations on the class team, miss said we can share them. can someone pass them on to ethan as hes not on the team yet

    see you at 8:45 outside the hall
""", frm=('', 'aisha.n22@students.school.example'), to=['zara.q22@students.school.example', 'leo.r22@students.school.example', 'reece.d22@students.school.example'])


# ============================================================================
# Rendering
# ============================================================================
MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774.500.171.1.1)', 'Thunderbird 128.3.1',
           'iPhone Mail (21F90)', 'Roundcube Webmail/1.6.9', None, None, None]


def quote_lines(lines, style):
    out = []
    for l in lines:
        if style == 'spaced':
            out.append('>' + (' ' + l if l else ''))
        else:
            if not l:
                out.append('>')
            elif l.startswith('>'):
                out.append('>' + l)
            else:
                out.append('> ' + l)
    # re-wrap over-long quoted lines the way a client does: continuation keeps the prefix
    res = []
    for l in out:
        if len(l) > 76:
            m = re.match(r'^((?:> ?)+)', l)
            pre = m.group(1) if m else ''
            res.extend(textwrap.wrap(l[len(pre):], 76 - len(pre), break_long_words=False,
                                     break_on_hyphens=False, initial_indent=pre,
                                     subsequent_indent=pre))
        else:
            res.append(l)
    return res


def render(spec, num):
    label, fam, shape = spec['label'], spec['fam'], spec['shape']
    sname = SHAPES[shape]
    fname = '%s/%03d-%s-%s.eml' % (label, num, fam, sname)
    rng = random.Random('heldout-chain-letter|%s|%d|%s' % (label, num, spec['subj']))
    frm, to, auth = envelope(spec, rng)
    date = rand_date(rng)

    if shape in 'AB':
        fx = to_ascii
    elif shape == 'M':
        fx = lambda s: to_charset(s, 'iso-8859-1')
    elif shape == 'N':
        fx = lambda s: to_charset(s, 'cp1252')
    else:
        fx = lambda s: s
    body = fx(spec['body'])
    cover = fx(clean(spec['cover'])) if spec.get('cover') else None
    mids = [fx(clean(m)) for m in spec.get('mid', [])]
    subj = spec['subj']
    if shape in 'IJKLO':
        assert cover, fname
    expect = {'body': body, 'cover': cover, 'mids': mids}

    boundary = '----=_Part_%s' % hashlib.sha1(fname.encode()).hexdigest()[:24]

    if shape == 'A':
        root = text_part(body, 'us-ascii', '7bit')
    elif shape == 'B':
        w = rng.randint(66, 78)
        root = text_part(hard_wrap(body, w), 'us-ascii', '7bit')
        expect['width'] = w
    elif shape in 'CD':
        delsp = shape == 'D'
        w = rng.randint(64, 74)
        t = flow(body, w, delsp)
        try:
            t.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = '8bit'
        params = '; format=flowed' + ('; delsp=yes' if delsp else '')
        root = text_part(t, 'utf-8', cte, params=params)
    elif shape == 'E':
        root = text_part(body, 'utf-8', 'quoted-printable')
    elif shape == 'F':
        root = text_part(body, 'utf-8', 'base64')
    elif shape == 'G':
        root = text_part(to_html(body, rng, title=subj if rng.random() < 0.3 else None),
                         'utf-8', '7bit', subtype='html')
    elif shape == 'H':
        plain = text_part(body, 'utf-8', 'quoted-printable')
        htm = text_part(to_html(body, rng), 'utf-8', rng.choice(['base64', 'quoted-printable']),
                        subtype='html')
        root = multipart('alternative', [plain, htm], boundary)
    elif shape == 'I':
        an = spec['fname']
        try:
            body.encode('ascii')
            cte = rng.choice(['7bit', 'base64'])
        except UnicodeEncodeError:
            cte = rng.choice(['base64', 'quoted-printable'])
        att = text_part(body, 'utf-8', cte, params='; name="%s"' % an,
                        disp='Content-Disposition: attachment; filename="%s"\n' % an)
        root = multipart('mixed', [text_part(cover, 'utf-8'), att], boundary)
    elif shape == 'J':
        orig = resolve(spec.get('orig') or rng.choice(OUTSIDE))
        idate = date - datetime.timedelta(hours=rng.randint(2, 60), minutes=rng.randint(0, 59))
        isubj = spec.get('isubj') or re.sub(r'^(?:(?:FW|Fwd|Fw):\s*)+', '', subj, flags=re.I)
        try:
            body.encode('ascii')
            icte = '7bit'
        except UnicodeEncodeError:
            icte = 'quoted-printable'
        inner = ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\n' % (
            fmt_addr(orig), fmt_addr(frm), enc_subject(isubj), format_datetime(idate),
            hashlib.sha1((fname + 'inner').encode()).hexdigest()[:18], orig[1].split('@')[1])
        ).encode('ascii') + text_part(body, 'utf-8', icte)
        fwd = (b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="%s.eml"\n'
               b'Content-Transfer-Encoding: 7bit\n\n' % re.sub(r'[^A-Za-z0-9 ._-]', '', isubj)[:40].strip().encode())
        root = multipart('mixed', [text_part(cover, 'utf-8'), fwd + inner], boundary)
        expect['isubj'] = isubj
    elif shape == 'K':
        orig = resolve(spec.get('orig') or rng.choice(OUTSIDE))
        idate = date - datetime.timedelta(hours=rng.randint(1, 40), minutes=rng.randint(0, 59))
        isubj = spec.get('isubj') or re.sub(r'^(?:(?:FW|Fwd|Fw):\s*)+', '', subj, flags=re.I)
        t = ('%s\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n'
             'To: %s\n\n%s\n') % (cover, fmt_addr(orig), gmail_date(idate), isubj, fmt_addr(frm), body)
        root = text_part(t, 'utf-8')
    elif shape == 'L':
        levels = len(mids) + 1
        who = spec.get('who')
        if who is None:
            pool = OUTSIDE if rng.random() < 0.5 else [(n, u + '@school.example') for n, u in STAFF]
            who = [fmt_addr(x) for x in rng.sample(pool, levels)]
        assert len(who) == levels, fname
        style = rng.choice(['spaced', 'compact'])
        w0 = rng.randint(66, 76)
        d = date - datetime.timedelta(days=rng.randint(1, 6))
        inner = hard_wrap(body, w0).split('\n')
        for i in range(levels - 1):
            att = 'On %s, %s wrote:' % (gmail_date(d), who[i])
            d = d + datetime.timedelta(hours=rng.randint(1, 20))
            inner = (hard_wrap(mids[i], rng.randint(66, 76)).split('\n') + ['', att, '']
                     + quote_lines(inner, style))
        att = 'On %s, %s wrote:' % (gmail_date(d), who[-1])
        t = '\n'.join(hard_wrap(cover, 74).split('\n') + ['', att, ''] + quote_lines(inner, style))
        try:
            t.encode('ascii')
            root = text_part(t, 'utf-8', '7bit')
        except UnicodeEncodeError:
            # non-ascii: send as 8bit rather than QP so the quoting stays visible
            root = text_part(t, 'utf-8', '8bit')
    elif shape == 'M':
        fx = lambda s: to_charset(s, 'iso-8859-1')
    elif shape == 'N':
        fx = lambda s: to_charset(s, 'cp1252')
    else:
        fx = lambda s: s
    body = fx(spec['body'])
    cover = fx(clean(spec['cover'])) if spec.get('cover') else None
    mids = [fx(clean(m)) for m in spec.get('mid', [])]
    subj = spec['subj']
    if shape in 'IJKLO':
        assert cover, fname
    expect = {'body': body, 'cover': cover, 'mids': mids}

    boundary = '----=_Part_%s' % hashlib.sha1(fname.encode()).hexdigest()[:24]

    if shape == 'A':
        root = text_part(body, 'us-ascii', '7bit')
    elif shape == 'B':
        w = rng.randint(66, 78)
        root = text_part(hard_wrap(body, w), 'us-ascii', '7bit')
        expect['width'] = w
    elif shape in 'CD':
        delsp = shape == 'D'
        w = rng.randint(64, 74)
        t = flow(body, w, delsp)
        try:
            t.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = '8bit'
        params = '; format=flowed' + ('; delsp=yes' if delsp else '')
        root = text_part(t, 'utf-8', cte, params=params)
    elif shape == 'E':
        root = text_part(body, 'utf-8', 'quoted-printable')
    elif shape == 'F':
        root = text_part(body, 'utf-8', 'base64')
    elif shape == 'G':
        root = text_part(to_html(body, rng, title=subj if rng.random() < 0.3 else None),
                         'utf-8', '7bit', subtype='html')
    elif shape == 'H':
        plain = text_part(body, 'utf-8', 'quoted-printable')
        htm = text_part(to_html(body, rng), 'utf-8', rng.choice(['base64', 'quoted-printable']),
                        subtype='html')
        root = multipart('alternative', [plain, htm], boundary)
    elif shape == 'I':
        an = spec['fname']
        try:
            body.encode('ascii')
            cte = rng.choice(['7bit', 'base64'])
        except UnicodeEncodeError:
            cte = rng.choice(['base64', 'quoted-printable'])
        att = text_part(body, 'utf-8', cte, params='; name="%s"' % an,
                        disp='Content-Disposition: attachment; filename="%s"\n' % an)
        root = multipart('mixed', [text_part(cover, 'utf-8'), att], boundary)
    elif shape == 'J':
        orig = resolve(spec.get('orig') or rng.choice(OUTSIDE))
        idate = date - datetime.timedelta(hours=rng.randint(2, 60), minutes=rng.randint(0, 59))
        isubj = spec.get('isubj') or re.sub(r'^(?:(?:FW|Fwd|Fw):\s*)+', '', subj, flags=re.I)
        try:
            body.encode('ascii')
            icte = '7bit'
        except UnicodeEncodeError:
            icte = 'quoted-printable'
        inner = ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\n' % (
            fmt_addr(orig), fmt_addr(frm), enc_subject(isubj), format_datetime(idate),
            hashlib.sha1((fname + 'inner').encode()).hexdigest()[:18], orig[1].split('@')[1])
        ).encode('ascii') + text_part(body, 'utf-8', icte)
        fwd = (b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="%s.eml"\n'
               b'Content-Transfer-Encoding: 7bit\n\n' % re.sub(r'[^A-Za-z0-9 ._-]', '', isubj)[:40].strip().encode())
        root = multipart('mixed', [text_part(cover, 'utf-8'), fwd + inner], boundary)
        expect['isubj'] = isubj
    elif shape == 'K':
        orig = resolve(spec.get('orig') or rng.choice(OUTSIDE))
        idate = date - datetime.timedelta(hours=rng.randint(1, 40), minutes=rng.randint(0, 59))
        isubj = spec.get('isubj') or re.sub(r'^(?:(?:FW|Fwd|Fw):\s*)+', '', subj, flags=re.I)
        t = ('%s\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n'
             'To: %s\n\n%s\n') % (cover, fmt_addr(orig), gmail_date(idate), isubj, fmt_addr(frm), body)
        root = text_part(t, 'utf-8')
    elif shape == 'L':
        levels = len(mids) + 1
        who = spec.get('who')
        if who is None:
            pool = OUTSIDE if rng.random() < 0.5 else [(n, u + '@school.example') for n, u in STAFF]
            who = [fmt_addr(x) for x in rng.sample(pool, levels)]
        assert len(who) == levels, fname
        style = rng.choice(['spaced', 'compact'])
        w0 = rng.randint(66, 76)
        d = date - datetime.timedelta(days=rng.randint(1, 6))
        inner = hard_wrap(body, w0).split('\n')
        for i in range(levels - 1):
            att = 'On %s, %s wrote:' % (gmail_date(d), who[i])
            d = d + datetime.timedelta(hours=rng.randint(1, 20))
            inner = (hard_wrap(mids[i], rng.randint(66, 76)).split('\n') + ['', att, '']
                     + quote_lines(inner, style))
        att = 'On %s, %s wrote:' % (gmail_date(d), who[-1])
        t = '\n'.join(hard_wrap(cover, 74).split('\n') + ['', att, ''] + quote_lines(inner, style))
        root = text_part(t, 'utf-8', None if rng.random() < 0.5 else None)
        if not re.match(rb'(?i)^content-transfer-encoding: 7bit', root.split(b'\n')[1]):
            # non-ascii: send as 8bit rather than QP so the quoting stays visible
            try:
                t.encode('ascii')
            except UnicodeEncodeError:
                root = text_part(t, 'utf-8', '8bit')
    elif shape == 'M':
        root = text_part(body, 'iso-8859-1', 'quoted-printable')
    elif shape == 'N':
        w = rng.randint(70, 76)
        root = text_part(hard_wrap(body, w), 'windows-1252', '8bit')
    elif shape == 'O':
        an = spec['fname']
        data = docx_bytes(body.split('\n'))
        att = ('Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n'
               ' name="%s"\nContent-Disposition: attachment; filename="%s"\n'
               'Content-Transfer-Encoding: base64\n\n' % (an, an)).encode() + base64.encodebytes(data)
        root = multipart('mixed', [text_part(cover, 'utf-8'), att], boundary)
    else:
        raise ValueError(shape)

    to_hdr = ', '.join(fmt_addr(t) for t in to)
    if len(to_hdr) > 70:
        to_hdr = ',\n '.join(fmt_addr(t) for t in to)
    dom = frm[1].split('@')[1]
    mid_ = '<%s.%d@%s>' % (hashlib.sha1(fname.encode()).hexdigest()[:20], int(date.timestamp()), dom)
    hdr = ['From: %s' % fmt_addr(frm), 'To: %s' % to_hdr, 'Subject: %s' % enc_subject(subj),
           'Date: %s' % format_datetime(date), 'Message-ID: %s' % mid_]
    mailer = rng.choice(MAILERS)
    if mailer:
        hdr.append('X-Mailer: %s' % mailer)
    hdr.append('MIME-Version: 1.0')
    raw = ('\n'.join(hdr) + '\n').encode('ascii') + root
    man = {'file': fname, 'label': label, 'mail_from': frm[1], 'rcpt': [t[1] for t in to],
           'auth_user': auth, 'shape': sname, 'family': fam, 'note': spec['note']}
    return fname, raw, man, expect


# ============================================================================
# Verification
# ============================================================================
def html_text(s):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.out = []
            self.skip = False

        def handle_starttag(self, tag, attrs):
            if tag in ('title', 'style', 'script'):
                self.skip = True
            if tag in ('p', 'div', 'br', 'li', 'tr'):
                self.out.append('\n')

        def handle_endtag(self, tag):
            if tag in ('title', 'style', 'script'):
                self.skip = False
            if tag in ('p', 'div'):
                self.out.append('\n')

        def handle_data(self, d):
            if not self.skip:
                self.out.append(d)
    p = P()
    p.feed(s)
    p.close()
    return ''.join(p.out)


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        assert {'[Content_Types].xml', '_rels/.rels', 'word/document.xml'} <= names
        xml = z.read('word/document.xml').decode('utf-8')
    paras = re.findall(r'<w:p(?:/>|>.*?</w:p>)', xml)
    out = []
    for p in paras:
        out.append(''.join(html.unescape(t) for t in re.findall(r'<w:t[^>]*>(.*?)</w:t>', p)))
    return '\n'.join(out)


def extract(msg):
    texts = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        if ct == 'text/plain':
            t = part.get_content()
            if (part.get_param('format') or '').lower() == 'flowed':
                t = unflow(t, (part.get_param('delsp') or '').lower() == 'yes')
            texts.append(t)
        elif ct == 'text/html':
            texts.append(html_text(part.get_content()))
        elif ct.endswith('wordprocessingml.document'):
            texts.append(docx_text(part.get_content()))
        else:
            raise AssertionError('unexpected part ' + ct)
    return texts


def norm(s):
    s = s.replace('\r', '')
    s = '\n'.join(re.sub(r'^(?:\s*>)+ ?', '', l) for l in s.split('\n'))
    return ' '.join(s.split())


def verify(results):
    errors = 0
    for fname, raw, man, expect in results:
        path = os.path.join(HERE, fname)
        with open(path, 'rb') as f:
            data = f.read()
        if data != raw:
            print('DIFFERS FROM BUILD:', fname)
            errors += 1
        msg = BytesParser(policy=policy.default).parsebytes(data)
        if msg.defects:
            print('defects', fname, msg.defects)
            errors += 1
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                print('missing header', h, fname)
                errors += 1
        if msg['From'].addresses[0].addr_spec != man['mail_from']:
            print('From mismatch', fname)
            errors += 1
        if [a.addr_spec for a in msg['To'].addresses] != man['rcpt']:
            print('To mismatch', fname)
            errors += 1
        for part in msg.walk():
            for d in part.defects:
                print('part defect', fname, d)
                errors += 1
        texts = extract(msg)
        alltext = norm('\n'.join(texts))
        for key in ('body', 'cover'):
            if expect[key] and norm(expect[key]) not in alltext:
                print('%s text not recovered: %s' % (key, fname))
                errors += 1
        for m in expect['mids']:
            if norm(m) not in alltext:
                print('mid text not recovered:', fname)
                errors += 1
        # strict checks for single text part shapes
        sh = man['shape']
        if sh in ('7bit', 'qp', 'base64', 'iso-8859-1', 'flowed', 'flowed-delsp'):
            got = texts[0].rstrip('\n')
            if got != expect['body']:
                print('strict mismatch', fname)
                errors += 1
        if sh in ('wrapped', 'windows-1252'):
            got = texts[0]
            if any(len(l) > 78 for l in got.split('\n')):
                print('wrapped line too long', fname)
                errors += 1
    return errors


def build(write=True):
    results = []
    counts = {}
    for spec in MSGS:
        counts[spec['label']] = counts.get(spec['label'], 0) + 1
        results.append(render(spec, counts[spec['label']]))
    if write:
        for sub in ('positive', 'negative'):
            d = os.path.join(HERE, sub)
            os.makedirs(d, exist_ok=True)
            for old in os.listdir(d):
                if old.endswith('.eml'):
                    os.remove(os.path.join(d, old))
        for fname, raw, man, expect in results:
            with open(os.path.join(HERE, fname), 'wb') as f:
                f.write(raw)
        with open(os.path.join(HERE, 'manifest.jsonl'), 'w', encoding='utf-8') as f:
            for _, _, man, _ in results:
                f.write(json.dumps(man, ensure_ascii=False) + '\n')
    return results


def main():
    only_verify = '--verify' in sys.argv
    results = build(write=not only_verify)
    errs = verify(results)
    # manifest check
    with open(os.path.join(HERE, 'manifest.jsonl'), encoding='utf-8') as f:
        lines = [json.loads(l) for l in f if l.strip()]
    files = sorted('%s/%s' % (d, n) for d in ('positive', 'negative')
                   for n in os.listdir(os.path.join(HERE, d)) if n.endswith('.eml'))
    if sorted(l['file'] for l in lines) != files or len(lines) != len(files):
        print('manifest does not match files')
        errs += 1
    from collections import Counter
    print('messages:', Counter(l['label'] for l in lines))
    print('errors:', errs)
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
