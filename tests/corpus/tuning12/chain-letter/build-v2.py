#!/usr/bin/env python3
# build-v2.py -- deterministic generator for writer v2 (stdlib only).
# Run from inside the policy folder:  python3 build-v2.py
# Writes positive/*.eml, negative/*.eml and manifest-v2.jsonl.
import base64, binascii, datetime, hashlib, io, json, os, quopri, random
import struct, textwrap, zipfile, zlib
from email.header import Header

W = 'v2'
SCHOOL = 'Wyvern Hill School'

# ----------------------------------------------------------------- check digits
UPN_ALPHA = 'ABCDEFGHJKLMNPQRTUVWXYZ'          # 23 letters, no I O S


def upn_check_letter(body12):
    """body12: the 12 characters after the check letter (last may be a letter)."""
    total = 0
    for i, ch in enumerate(body12):
        if ch.isdigit():
            v = int(ch)
        else:
            v = UPN_ALPHA.index(ch)
        total += v * (i + 2)
    return UPN_ALPHA[total % 23]


def make_upn(rng, la='938', estab=None, year=None):
    estab = estab or '%04d' % rng.randint(6000, 6999)
    year = year or '%02d' % rng.randint(7, 14)
    serial = '%03d' % rng.randint(1, 999)
    body = la + estab + year + serial
    return upn_check_letter(body) + body


def uln_ok(s):
    d = [int(c) for c in s]
    if len(d) != 10 or d[0] == 0:
        return False
    t = sum(a * w for a, w in zip(d[:9], range(10, 1, -1)))
    r = t % 11
    return r != 0 and 10 - r == d[9]


def make_uln(rng):
    while True:
        first = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        t = sum(a * w for a, w in zip(first, range(10, 1, -1)))
        r = t % 11
        if r == 0:
            continue
        return ''.join(map(str, first)) + str(10 - r)


def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10:
        return False
    t = sum(a * w for a, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - t % 11
    if c == 11:
        c = 0
    return c != 10 and c == d[9]


def make_nhs(rng, fmt='spaced'):
    while True:
        first = [rng.choice([4, 4, 4, 6, 7])] + [rng.randint(0, 9) for _ in range(8)]
        t = sum(a * w for a, w in zip(first, range(10, 1, -1)))
        c = 11 - t % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = ''.join(map(str, first)) + str(c)
        if fmt == 'spaced':
            return '%s %s %s' % (s[:3], s[3:6], s[6:])
        return s


NINO_BAD_FIRST = set('DFIQUV')
NINO_BAD_SECOND = set('DFIOQUV')
NINO_BAD_PREFIX = {'BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'}


def nino_ok(s):
    s = ''.join(c for c in s if c.isalnum()).upper()
    if len(s) != 9:
        return False
    a, b = s[0], s[1]
    if not (a.isalpha() and b.isalpha() and s[2:8].isdigit() and s[8] in 'ABCD'):
        return False
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and s[:2] not in NINO_BAD_PREFIX


def make_nino(rng, fmt='spaced'):
    letters = 'ABCEGHJKLMNOPRSTWXYZ'
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        if p[1] == 'O' or p in NINO_BAD_PREFIX:
            continue
        break
    d = '%06d' % rng.randint(0, 999999)
    s = p + d + rng.choice('ABCD')
    if fmt == 'spaced':
        return '%s %s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    return s


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, v in enumerate(reversed(d)):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def make_card(rng, prefix='4', length=16, fmt='groups'):
    while True:
        body = prefix + ''.join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in '0123456789':
            if luhn_ok(body + c):
                s = body + c
                break
        if fmt == 'groups' and length == 16:
            return ' '.join(s[i:i + 4] for i in range(0, 16, 4))
        if fmt == 'groups' and length == 15:
            return '%s %s %s' % (s[:4], s[4:10], s[10:])
        return s


SC_WEIGHTS = [0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1]


def sortacc_ok(sort, acc):
    d = [int(c) for c in sort + acc if c.isdigit()]
    return len(d) == 14 and sum(a * w for a, w in zip(d, SC_WEIGHTS)) % 11 == 0


def make_sortacc(rng):
    while True:
        sort = '01-%02d-%02d' % (rng.randint(10, 99), rng.randint(10, 99))
        acc = '%08d' % rng.randint(10000000, 99999999)
        if sortacc_ok(sort, acc):
            return sort, acc


def make_passport(rng):
    return '%09d' % rng.randint(100000000, 999999999)


def make_dob(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return datetime.date(y, m, d)


def dmy(d):
    return d.strftime('%d/%m/%Y')


def wrong_check(s):
    """Flip the last digit so that a check-digit scheme fails."""
    last = s[-1]
    return s[:-1] + str((int(last) + 3) % 10)

# ------------------------------------------------------------------ text shaping


def wrap(text, width=72):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
            continue
        pre = ''
        i = 0
        while i < len(line) and line[i] in '> ':
            i += 1
        pre = line[:i]
        if pre and not pre.endswith(' '):
            pre += ' '
        body = line[i:]
        # keep list-style hanging indent
        sub = ''
        for mark in ('- ', '* ', '• '):
            if body.startswith(mark):
                sub = ' ' * len(mark)
        for n in range(1, 4):
            for dig in range(1, 40):
                m = '%d. ' % dig
                if body.startswith(m):
                    sub = ' ' * len(m)
        lines = textwrap.wrap(body, width=width - len(pre), break_long_words=False,
                              break_on_hyphens=False, subsequent_indent=sub)
        out.extend(pre + x for x in lines)
    return '\n'.join(out)


def flow(text, width=72):
    """Encode as format=flowed (RFC 3676): soft breaks end with a space."""
    out = []
    for line in text.split('\n'):
        if line == '-- ':
            out.append(line)
            continue
        q = 0
        while q < len(line) and line[q] == '>':
            q += 1
        body = line[q:]
        if q:
            body = body[1:] if body.startswith(' ') else body
            pre = '>' * q + ' '
        else:
            pre = ''
        body = body.rstrip(' ')
        if len(pre) + len(body) <= width:
            chunks = [body]
        else:
            chunks = textwrap.wrap(body, width=width - len(pre) - 1, break_long_words=False,
                                   break_on_hyphens=False, drop_whitespace=True)
        for k, ch in enumerate(chunks):
            if not pre and (ch.startswith(' ') or ch.startswith('From ') or ch.startswith('>')):
                ch = ' ' + ch
            soft = ' ' if k < len(chunks) - 1 else ''
            out.append(pre + ch + soft)
    return '\n'.join(out)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def to_html(text, font='Calibri, Arial, Helvetica, sans-serif', size='11pt', style='outlook'):
    """Turn simple paragraphs into the sort of HTML a mail client emits."""
    paras = text.split('\n\n')
    body = []
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('- ') for l in lines if l):
            body.append('<ul>' + ''.join('<li>%s</li>' % html_escape(l[2:]) for l in lines if l) + '</ul>')
        else:
            inner = '<br>\n'.join(html_escape(l) for l in lines)
            if style == 'outlook':
                body.append('<p class="MsoNormal" style="margin:0 0 10pt 0">%s</p>' % inner)
            elif style == 'gmail':
                body.append('<div>%s</div><div><br></div>' % inner)
            else:
                body.append('<p>%s</p>' % inner)
    if style == 'outlook':
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:%s; font-family:%s;}\n--></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' % (size, font))
        tail = '\n</div>\n</body>\n</html>\n'
    elif style == 'gmail':
        head = '<div dir="ltr">'
        tail = '</div>\n'
    else:
        head = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '</head>\n<body style="font-family:%s; font-size:%s">\n' % (font, size))
        tail = '\n</body>\n</html>\n'
    return head + '\n'.join(body) + tail

# ------------------------------------------------------------------- MIME nodes


def enc_header(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8', maxlinelen=74).encode()


def fmt_addr(name, email):
    if not name:
        return email
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, 'utf-8').encode(), email)
    if any(c in name for c in '(),.:;<>@[]"\''):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def addr_list(lst):
    return ', '.join(fmt_addr(n, e) for n, e in lst)


def encode_body(raw, cte):
    if cte in ('7bit', '8bit'):
        return raw
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(text, subtype='plain', charset='utf-8', cte=None, flowed=False,
              filename=None, disposition=None, delsp=False):
    raw = text.encode(charset)
    if cte is None:
        try:
            text.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    if cte == '7bit':
        text.encode('ascii')  # must be ascii
        if charset not in ('us-ascii',) and charset.lower() != 'utf-8' and charset.lower() != 'iso-8859-1':
            pass
    ct = 'text/%s; charset="%s"' % (subtype, charset) if subtype == 'html' else 'text/%s; charset=%s' % (subtype, charset)
    if flowed:
        ct += '; format=flowed'
        if delsp:
            ct += '; delsp=yes'
    if filename:
        ct += '; name="%s"' % filename
    h = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if filename or disposition:
        d = disposition or 'attachment'
        if filename:
            d += '; filename="%s"' % filename
        h.append(('Content-Disposition', d))
    return {'h': h, 'b': encode_body(raw, cte)}


def att_part(data, mimetype, filename, disposition='attachment'):
    h = [('Content-Type', '%s; name="%s"' % (mimetype, filename)),
         ('Content-Description', filename),
         ('Content-Disposition', '%s; filename="%s"; size=%d' % (disposition, filename, len(data))),
         ('Content-Transfer-Encoding', 'base64')]
    return {'h': h, 'b': base64.encodebytes(data)}


def rfc822_part(msg_bytes, filename=None):
    h = [('Content-Type', 'message/rfc822' + ('; name="%s"' % filename if filename else ''))]
    if filename:
        h.append(('Content-Disposition', 'attachment; filename="%s"' % filename))
    try:
        msg_bytes.decode('ascii')
    except UnicodeDecodeError:
        h.append(('Content-Transfer-Encoding', '8bit'))
    return {'h': h, 'b': msg_bytes}


def multipart(subtype, parts, boundary, params=''):
    return {'h': [('Content-Type', 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary))],
            'parts': parts, 'boundary': boundary}


def render_node(node):
    out = b''.join(('%s: %s\n' % (k, v)).encode('ascii') for k, v in node['h'])
    out += b'\n'
    if 'parts' in node:
        bd = node['boundary'].encode()
        if node.get('preamble'):
            out += node['preamble'].encode() + b'\n'
        for p in node['parts']:
            out += b'--' + bd + b'\n' + render_node(p)
            if not out.endswith(b'\n'):
                out += b'\n'
        out += b'--' + bd + b'--\n'
    else:
        out += node['b']
        if not out.endswith(b'\n'):
            out += b'\n'
    return out


def bst(dtm):
    """True if a naive datetime falls in British Summer Time."""
    y = dtm.year

    def last_sunday(month):
        d = datetime.date(y, month, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)
    start = datetime.datetime.combine(last_sunday(3), datetime.time(1, 0))
    end = datetime.datetime.combine(last_sunday(10), datetime.time(1, 0))
    return start <= dtm < end


def date_hdr(s):
    dtm = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    off = '+0100' if bst(dtm) else '+0000'
    return '%s, %d %s' % (dtm.strftime('%a'), dtm.day, dtm.strftime('%b %Y %H:%M:%S ')) + off


def mk_msgid(seed, client, domain):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    if client == 'outlook':
        hosts = ['DB9PR02MB', 'AM6PR04MB', 'LO2P265MB', 'CWLP265MB', 'PAXPR06MB', 'AS8PR03MB']
        host = hosts[int(h[0], 16) % len(hosts)] + str(1000 + int(h[1:4], 16) % 9000)
        region = {'LO2P265MB': 'GBRP265', 'CWLP265MB': 'GBRP265'}.get(host[:9], 'eurprd0%d' % (int(h[4], 16) % 6 + 1))
        return '<%s%s@%s.%s.prod.outlook.com>' % (host, h[5:33], host, region)
    if client == 'gmail':
        b = base64.b64encode(bytes.fromhex(h[:36])).decode().replace('/', '_').rstrip('=')
        return '<CA%s=%s@mail.gmail.com>' % (b[:30], b[30:40])
    if client in ('apple', 'iphone'):
        u = h[:8] + '-' + h[8:12] + '-' + h[12:16] + '-' + h[16:20] + '-' + h[20:32]
        return '<%s@%s>' % (u, domain)
    if client == 'android':
        return '<%s.%s@email.android.com>' % (h[:10].lower(), h[10:20].lower())
    if client == 'thunderbird':
        u = h[:8] + '-' + h[8:12] + '-' + h[12:16] + '-' + h[16:20] + '-' + h[20:32]
        return '<%s@%s>' % (u.lower(), domain)
    return '<%s.%s@%s>' % (h[:16].lower(), h[16:24].lower(), domain)


CLIENT_HEADERS = {
    'outlook': [('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB')],
    'apple': [('X-Mailer', 'Apple Mail (2.3774.600.62)')],
    'iphone': [('X-Mailer', 'iPhone Mail (21F90)')],
    'android': [('X-Mailer', 'Android Mail')],
    'thunderbird': [('User-Agent', 'Mozilla Thunderbird')],
    'gmail': [],
    'web': [('X-Mailer', 'Roundcube Webmail/1.6.6')],
}


def message(seed, frm, to, subject, date, body, cc=None, client='outlook',
            in_reply_to=None, extra=None):
    h = []
    h.append(('From', fmt_addr(*frm)))
    h.append(('To', addr_list(to)))
    if cc:
        h.append(('Cc', addr_list(cc)))
    h.append(('Subject', enc_header(subject)))
    if client == 'outlook':
        h.append(('Thread-Topic', enc_header(subject.split(': ', 1)[-1] if subject[:3].upper() in ('RE:', 'FW:') else subject)))
        ti = base64.b64encode(hashlib.md5(seed.encode()).digest() + hashlib.md5(seed[::-1].encode()).digest()[:6]).decode()
        h.append(('Thread-Index', ti))
    h.append(('Date', date_hdr(date)))
    dom = frm[1].split('@')[1]
    h.append(('Message-ID', mk_msgid(seed, client, dom)))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
        h.append(('References', in_reply_to))
    h.extend(CLIENT_HEADERS.get(client, []))
    if extra:
        h.extend(extra)
    h.append(('MIME-Version', '1.0'))
    node = dict(body)
    node['h'] = list(body['h'])
    top = b''.join(('%s: %s\n' % (k, v)).encode('ascii') for k, v in h)
    return top + render_node(node)

# ------------------------------------------------------------- office documents

ZDT = (2025, 1, 1, 9, 0, 0)


def _zip(files, dt=ZDT):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def make_zip(files, dt=ZDT):
    return _zip([(n, d if isinstance(d, bytes) else d.encode('utf-8')) for n, d in files], dt)


def xml_esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def make_docx(paragraphs, table=None, dt=ZDT, title=None):
    """paragraphs: list of strings (a leading '# ' makes a heading).
    table: optional list of rows (list of str) appended after the paragraphs."""
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    body = []
    for p in paragraphs:
        if p.startswith('# '):
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p))
    if table:
        rows = []
        for r in table:
            cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>'
                            '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xml_esc(c) for c in r)
            rows.append('<w:tr>%s</w:tr>' % cells)
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                    '</w:tblPr>%s</w:tbl><w:p/>' % ''.join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
           'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>' % (ns, ''.join(body)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>'
            % (xml_esc(title or ''), SCHOOL))
    return make_zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                     ('docProps/core.xml', core), ('word/document.xml', doc)], dt)


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet='Sheet1', dt=ZDT):
    """rows: list of lists; ints/floats become numbers, everything else inline strings."""
    xr = []
    for i, r in enumerate(rows):
        cells = []
        for j, v in enumerate(r):
            ref = '%s%d' % (_col(j), i + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (i + 1, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return make_zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                     ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                     ('xl/worksheets/sheet1.xml', sheet_xml)], dt)


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(x in c for x in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(','.join(cells))
    return '\r\n'.join(out) + '\r\n'

# ---------------------------------------------------- encrypted containers


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRCT = _crc_table()


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xff]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.update(c)

    def update(self, c):
        k = self.k
        k[0] = _crc_byte(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xff)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            ks = ((t * (t ^ 1)) >> 8) & 0xff
            out.append(p ^ ks)
            self.update(p)
        return bytes(out)


def make_encrypted_zip(files, password, seed, dt=ZDT):
    """Traditional PKWARE (ZipCrypto) password-protected zip, deflated."""
    rng = random.Random(seed)
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    out = io.BytesIO()
    central = []
    for name, data in files:
        if isinstance(data, str):
            data = data.encode('utf-8')
        crc = binascii.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(password.encode())
        hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = zc.enc(hdr + comp)
        fn = name.encode()
        off = out.tell()
        out.write(struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 1, 8, dostime, dosdate, crc,
                              len(enc), len(data), len(fn), 0))
        out.write(fn)
        out.write(enc)
        central.append(struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 1, 8, dostime, dosdate,
                                   crc, len(enc), len(data), len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn)
    cd_off = out.tell()
    cd = b''.join(central)
    out.write(cd)
    out.write(struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(cd), cd_off, 0))
    return out.getvalue()


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(seed, size=1400):
    rng = random.Random(seed)
    keyid = bytes(rng.randrange(256) for _ in range(8))
    sess = b'\x85\x02\x0c\x03' + keyid + b'\x01\x0f\xff' + bytes(rng.randrange(256) for _ in range(512))
    sed = b'\xd2\xc0' + bytes([rng.randrange(256)]) + b'\x01' + bytes(rng.randrange(256) for _ in range(size))
    raw = sess + sed
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    ck = base64.b64encode(_crc24(raw).to_bytes(3, 'big')).decode()
    return '-----BEGIN PGP MESSAGE-----\n\n' + '\n'.join(lines) + '\n=' + ck + '\n-----END PGP MESSAGE-----\n'


def pgp_mime(seed, boundary, size=1400):
    ver = {'h': [('Content-Type', 'application/pgp-encrypted'),
                 ('Content-Description', 'PGP/MIME version identification')], 'b': b'Version: 1\n'}
    enc = {'h': [('Content-Type', 'application/octet-stream; name="encrypted.asc"'),
                 ('Content-Description', 'OpenPGP encrypted message'),
                 ('Content-Disposition', 'inline; filename="encrypted.asc"')],
           'b': pgp_armor(seed, size).encode()}
    node = multipart('encrypted', [ver, enc], boundary, params=' protocol="application/pgp-encrypted";')
    node['preamble'] = 'This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)'
    return node


def smime_part(seed, size=3000):
    rng = random.Random(seed)
    body = bytes(rng.randrange(256) for _ in range(size))
    der = b'\x30\x82' + struct.pack('>H', size + 15) + b'\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03' \
        + b'\xa0\x82' + struct.pack('>H', size) + body
    return {'h': [('Content-Type', 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"'),
                  ('Content-Disposition', 'attachment; filename="smime.p7m"'),
                  ('Content-Transfer-Encoding', 'base64'),
                  ('Content-Description', 'S/MIME Encrypted Message')],
            'b': base64.encodebytes(der)}

# ------------------------------------------------------------------ output

MANIFEST = []


def bnd(seed, style='outlook'):
    h = hashlib.md5(seed.encode()).hexdigest()
    if style == 'outlook':
        return '_000_%s%s_' % (h[:20].upper(), 'DB9PR02MB')
    if style == 'gmail':
        return '000000000000%s' % h[:16]
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == 'thunderbird':
        return '------------%s' % h[:24]
    return '=_%s' % h[:28]


def emit(label, num, family, shape, mail_from, rcpt, auth_user, note, data):
    fn = '%s/%s-%03d-%s.eml' % (label, W, num, family)
    os.makedirs(label, exist_ok=True)
    data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(fn, 'wb') as f:
        f.write(data)
    MANIFEST.append({'file': fn, 'label': label, 'mail_from': mail_from, 'rcpt': rcpt,
                     'auth_user': auth_user, 'shape': shape, 'family': family, 'note': note})


def write_manifest():
    MANIFEST.sort(key=lambda m: m['file'])
    with open('manifest-%s.jsonl' % W, 'w') as f:
        for m in MANIFEST:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')

# ---------------------------------------------------------------- people
S = 'school.example'
P = 'students.school.example'
HEAD = ('Dr Catherine Ashdown', 'head@' + S)
BURSAR = ('Julian Pettifer', 'j.pettifer@' + S)
FEES = ('Sandra Okafor', 's.okafor@' + S)
FEESBOX = ('Fees Office', 'fees@' + S)
REGISTRAR = ('Harriet Lomax', 'h.lomax@' + S)
ADMISSIONS = ('Admissions', 'admissions@' + S)
DEPHEAD = ('Rob Teague', 'r.teague@' + S)
DSL = ('Fiona Marchbank', 'f.marchbank@' + S)
NURSE = ('Anne Kowalczyk', 'a.kowalczyk@' + S)
NURSE2 = ('Bea Sutton', 'b.sutton@' + S)
HEALTH = ('Health Centre', 'healthcentre@' + S)
ITMGR = ('Gareth Pryce', 'g.pryce@' + S)
ITDESK = ('IT Services', 'itservices@' + S)
EXAMS = ('Linda Shaw', 'l.shaw@' + S)
HR = ('Michelle Dunmore', 'm.dunmore@' + S)
SENCO = ('Dr Ellen Gwynne', 'e.gwynne@' + S)
CATER = ('Darren Foxley', 'd.foxley@' + S)
CHAPLAIN = ('Revd Mark Ollerenshaw', 'm.ollerenshaw@' + S)
ARUN_HM = ('Simon Devereux', 's.devereux@' + S)
ARUN_HM2 = ('Kate Devereux', 'k.devereux@' + S)
ROTHER_HM = ('Tom Hallett', 't.hallett@' + S)
MEON_HM = ('Andrew Fairlie', 'a.fairlie@' + S)
CUCK_HM = ('Priya Nandra', 'p.nandra@' + S)
ITCHEN_HM = ('Jo Barraclough', 'j.barraclough@' + S)
ADUR_HM = ('Claire Whitlock', 'c.whitlock@' + S)
DOWNS_HM = ('Nick Osei', 'n.osei@' + S)
MATRON_ADUR = ('Bernie Clough', 'b.clough@' + S)
MATRON_ROTHER = ('Wendy Pask', 'w.pask@' + S)
PSHE = ('Hannah Greatorex', 'h.greatorex@' + S)
BIO = ('Dr Sam Ingleby', 's.ingleby@' + S)
ENG = ('Laura Menzies', 'l.menzies@' + S)
ECON = ('James Whitcombe', 'j.whitcombe@' + S)
LIB = ('Rosalind Pye', 'r.pye@' + S)
ESTATES = ('Estates & Compliance', 'estates@' + S)
ESTMGR = ('Phil Dando', 'p.dando@' + S)
GROUNDS = ('Kev Mulvaney', 'k.mulvaney@' + S)
CARE = ('Julie Hemsworth', 'j.hemsworth@' + S)
DOMESTIC = ('Tracey Ball', 't.ball@' + S)
MFL = ('Isabel Carrasco', 'i.carrasco@' + S)
PE = ('Ollie Brandreth', 'o.brandreth@' + S)
GAPASSIST = ('Callum Reid', 'c.reid@' + S)
CAREERS = ('Martin Heale', 'm.heale@' + S)
TRIPS = ('Gemma Stroud', 'g.stroud@' + S)
HISTORY = ('Dominic Ashworth', 'd.ashworth@' + S)
ALLSTAFF = ('All Staff', 'allstaff@' + S)
ROTHER_PARENTS = ('Rother House Parents', 'rother-parents@' + S)
CUCK_GIRLS = ('Cuckmere Boarders', 'cuckmere-boarders@' + S)
MEON_BOYS = ('Meon House', 'meon-all@' + S)
ROTHER_BOYS = ('Rother Boarders', 'rother-boarders@' + S)
HOUSEPARENTS = ('Houseparents', 'houseparents@' + S)
TUTORS = ('Tutors', 'tutors@' + S)
SIXTH = ('Sixth Form', 'sixthform@' + P)
Y9SET = ('9B2 Biology', '9b2-biology@' + P)
Y8SET = ('8E3 English', '8e3-english@' + P)
HODS = ('Heads of Department', 'hods@' + S)
PARENTREPS = ('Parent Reps', 'parent-reps@' + S)


def internal(email):
    d = email.split('@')[1]
    return d in ('school.example', 'students.school.example')


def send(label, num, family, shape, note, frm, to, subject, date, body, cc=None, bcc=None,
         client='outlook', in_reply_to=None, extra=None):
    seed = '%s-%s-%03d' % (W, label, num)
    data = message(seed, frm, to, subject, date, body, cc=cc, client=client,
                   in_reply_to=in_reply_to, extra=extra)
    rcpt = [e for _, e in to] + [e for _, e in (cc or [])] + [e for _, e in (bcc or [])]
    auth = frm[1] if internal(frm[1]) else None
    emit(label, num, family, shape, frm[1], rcpt, auth, note, data)


def plain(text, charset='utf-8', cte=None, flowed=False):
    return text_part(text, charset=charset, cte=cte, flowed=flowed)


def alt(text, seed, style='outlook', html=None, cte_text=None, cte_html='quoted-printable'):
    h = html if html is not None else to_html(text, style=style)
    return multipart('alternative', [text_part(text, cte=cte_text),
                                     text_part(h, subtype='html', cte=cte_html)], bnd(seed + 'alt', style))


def mixed(parts, seed, style='outlook'):
    return multipart('mixed', parts, bnd(seed + 'mix', style))


def inner_msg(frm, to, subject, date, text, client='outlook', seed='inner', charset='utf-8', cte=None, cc=None):
    return message(seed, frm, to, subject, date, text_part(text, charset=charset, cte=cte), cc=cc, client=client)


def fwd_block(frm, date_str, subject, to, text, cc=None, style='gmail'):
    if style == 'gmail':
        s = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n' % (
            fmt_addr(*frm), date_str, subject, addr_list(to))
        if cc:
            s += 'Cc: %s\n' % addr_list(cc)
        return s + '\n' + text
    s = '________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\n' % (
        frm[0], frm[1], date_str, '; '.join(n or e for n, e in to))
    if cc:
        s += 'Cc: %s\n' % '; '.join(n or e for n, e in cc)
    s += 'Subject: %s\n' % subject
    return s + '\n' + text

# =================================================================== POSITIVES
def positives():
    L = 'positive'

    # 1 ---------------------------------------------------------------------
    t = """omg ok so Jess sent me this in prep and now ur all getting it. sorry not sorry

THE LUCKY CHAIN OF SAINT RUBY
it started in 2009 and it has NEVER been broken.

send this to 12 people in the next 15 mins and tomorrow the person u fancy will message u first
send to 5 people = good mark in ur next test
send it to NOBODY = 7 yrs bad luck and ur phone gets confiscated at lights out (literally happened to Ella in Adur)

DONT BREAK IT!!!

Sent from my iPhone"""
    send(L, 1, 'good-luck-chain', 'mobile', 'Year 9 boarder sends a good-luck chain to friends in her house (forward to 12 in 15 minutes)',
         ('Millie Hardcastle', 'millie.hardcastle@' + P),
         [('', 'ava.pennington@' + P), ('', 'sophie.leung@' + P), ('', 'tilly.marsh@' + P),
          ('', 'hana.okonkwo@' + P), ('', 'isla.broughton@' + P)],
         'READ THIS!!!! dont break it', '2024-10-03 21:47:10', plain(t), client='iphone')

    # 2 ---------------------------------------------------------------------
    t = """do NOT delete this before u read it. I'm serious

In 1974 there was a boy in Meon called Edward Lisle. He was in the Shell and the older boys locked him in the top dorm bathroom (the one by the fire door) over an exeat weekend as a joke and forgot about him. Nobody found him till the Monday.

Ever since then Edward walks the top corridor looking for the ones who didn't help. Every time someone deletes this message without sending it on, he gets one room closer.

You have ONE HOUR to send this to 10 people in Meon. If you don't, at 3.07am tonight you will hear three knocks on your door. Do not open it.

Harry W in the Shell deleted it last term and his bed was soaking wet in the morning and his window was open even though matron locks them. Ask him.

If you send it to 10 people Edward will leave you alone forever.

This is NOT a joke. Send it."""
    send(L, 2, 'curse-chain', '7bit', 'Boarder sends a ghost-story curse chain round his house: forward to 10 in an hour or three knocks at 3.07am',
         ('Freddie Aston', 'freddie.aston@' + P),
         [('', 'oscar.blaydon@' + P), ('', 'leo.marchetti@' + P), ('', 'arjun.bhatt@' + P),
          ('', 'teddy.hambling@' + P), ('', 'max.oyelaran@' + P), ('', 'kit.ransome@' + P)],
         'the ghost of meon top corridor (its real)', '2024-11-12 20:15:33', plain(t, charset='us-ascii'),
         client='web')

    # 3 ---------------------------------------------------------------------
    t = """Sorry to send this round on the work email ladies, my sister Maureen sent it to me and I couldn't be the one to let it drop. Bless you all x

Bernie

-----Original Message-----

Dear Lord, I ask you to bless every person who reads these words. Lift the burdens from their shoulders, heal what is broken in their families and bring them peace in their homes. Amen.

This prayer has travelled round the world more than eighty times. It was started by a nun in Lourdes who asked that it never be stopped. Within four days of receiving it, you will receive a miracle, as long as you pass it on.

Please send it to seven people you love within the hour. DO NOT keep this to yourself.

A lady in Cork read it and put it aside and her husband lost his job the same week. When she found it again and sent it on, he was offered a better one within three days.

Whoever you are, God has not forgotten you. Keep the chain going.
"""
    send(L, 3, 'prayer-chain', 'flowed', 'Boarding-house matron forwards a prayer chain to colleagues: send to seven people within the hour, miracle in four days',
         MATRON_ADUR, [CARE, DOMESTIC, MATRON_ROTHER, ('Sue Harrop', 's.harrop@' + S), ('Linda Gage', 'l.gage@' + S)],
         'Fw: please dont break this one x', '2025-02-06 14:02:48', plain(flow(t), flowed=True), client='thunderbird')

    # 4 ---------------------------------------------------------------------
    t = """Hi all,

My husband got this at his work this morning (he works for an insurance company so they know about these things) so I thought I’d better send it round before anyone gets caught out. Please pass it on to anyone you email!

Sandra

**********************************************************************

PLEASE READ – VIRUS WARNING – THIS IS NOT A HOAX

If you receive an email titled “Your invitation to Speech Day” or “Invitation – Olympic Torch”, DO NOT OPEN IT under any circumstances. It contains a virus that opens an Olympic torch and burns the whole hard disc of your computer, including everything on OneDrive.

This virus will be received from someone you have in your contacts, which is why you should send this warning to ALL your contacts. It is better to receive this message 25 times than to receive the virus and open it.

McAfee and Microsoft have confirmed this morning that it is the most destructive virus ever. There is NO repair yet. It was announced on BBC Radio 4.

SEND THIS TO EVERYONE IN YOUR ADDRESS BOOK.

**********************************************************************
"""
    send(L, 4, 'virus-hoax', 'qp', 'Fees office colleague forwards the "Olympic torch" virus hoax to all staff asking everyone to send it to all contacts',
         FEES, [ALLSTAFF], 'VIRUS WARNING - please read and pass on to everyone!!', '2025-03-04 09:12:05',
         plain(t, cte='quoted-printable'))

    # 5 ---------------------------------------------------------------------
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial, sans-serif; font-size:14px">
<p>Dear Mr Hallett,</p>
<p>I know this isn't really school business but we are all parents. Please could you pass it to every family in Rother, and perhaps read it out to the boys? It could be any of our children.</p>
<p>Fiona (Ollie H's mum)</p>
<hr>
<p style="color:#c00000; font-size:20px"><b>PLEASE SHARE – MISSING CHILD – GATWICK SOUTH TERMINAL</b></p>
<p>This is Olivia. She is six years old and went missing in the South Terminal at about 4pm yesterday afternoon while her mum was at the check-in desk. She was wearing a pink Frozen coat and sparkly trainers.</p>
<p>The airport have not put out an announcement and the police are saying the more people who see her face the better the chance of finding her. <b>Her mum is begging everyone to forward this to every person in their contacts.</b></p>
<p>Please don't just delete it. It takes two seconds to forward. If it was your child you would want the whole country looking.</p>
<p><b>FORWARD TO EVERYONE YOU KNOW</b> – it has already been shared 40,000 times.</p>
</body></html>
"""
    send(L, 5, 'missing-child-hoax', 'html', 'Parent sends housemaster a fake missing-child appeal (Gatwick) asking him to forward it to every family',
         ('Fiona Harrowby', 'fiona.harrowby@example.com'), [ROTHER_HM],
         'PLEASE SHARE - little girl missing at Gatwick', '2024-09-22 08:31:40',
         text_part(h, subtype='html', cte='quoted-printable'), client='apple')

    # 6 ---------------------------------------------------------------------
    t = """Dear Teachers,

Good evening from Abuja. A friend in my church sent me this and it touched my heart so I am sending it to all of you because you are kind people. Please do not ignore it.

Adaeze Nwankwo (mother of Chidera, Lower Sixth)

––––––––––––––––––––––––––––––––––––––––––

PLEASE HELP LITTLE CHLOE – “IT COSTS YOU NOTHING”

Chloe is three years old and has a tumour behind her eye. The doctors say she needs an operation in America but her family cannot pay for it.

Cancer Research UK and Vodafone have agreed that for EVERY time this email is forwarded they will donate 10p to Chloe’s operation. They are counting the forwards with a special tracking system.

Please don’t be heartless. Forwarding costs nothing but it can save a little girl’s sight. Send it to everybody on your list – family, work, church, everybody.

God bless you.
"""
    send(L, 6, 'sick-child-hoax', 'cp1252', 'International parent forwards sick-child hoax to teachers: charity "donates 10p per forward"',
         ('Adaeze Nwankwo', 'adaeze.nwankwo@example.net'),
         [DOWNS_HM, ('Helen Ruddock', 'h.ruddock@' + S), ('Dr Sam Ingleby', 's.ingleby@' + S)],
         'Fw: Please help baby Chloe – every share counts', '2024-11-28 19:55:02',
         plain(t, charset='windows-1252', cte='8bit'), client='web')

    # 7 ---------------------------------------------------------------------
    t = """Probably a load of rubbish but nothing to lose eh. Keep it going lads and if it works first round at the Angel is on me.

Kev

-----Original Message-----
From: Gary Tombs
Subject: FW: FW: Microsoft email tracking - this is real

My brother in law in IT checked this and says it's legit, he got a cheque last year.

> Microsoft and AOL are now the biggest internet companies in the world and, to make sure Outlook stays the most widely used email program, Microsoft is running an email beta test. When you forward this message to your friends, Microsoft can and will track it (if you are a Windows user) for a two week period.
>
> For every person that you forward this email to, Microsoft will pay you GBP 195. For every person you sent it to that forwards it on, Microsoft will pay you GBP 130, and for every third person that receives it, you will be paid GBP 80. Within two weeks Microsoft will contact you for your address and send you a cheque.
>
> I thought this was a scam myself, but two weeks after forwarding it my aunt in Worthing received a cheque for GBP 4,650. Forward it to as many people as you can - Microsoft needs a big enough sample for the test to work.
"""
    send(L, 7, 'per-forward-payment', 'wrapped', 'Groundsman forwards the Microsoft "email beta test pays per forward" hoax to colleagues and outside mates',
         GROUNDS, [('Dean Whitby', 'd.whitby@' + S), ('Mick Farraday', 'm.farraday@' + S),
                   ('', 'gazza.tombs@example.com'), ('', 'steve.p.lambert@example.org')],
         'FW: FW: FW: Microsoft email tracking - free money!!', '2024-10-17 12:41:19',
         plain(wrap(t, 72), charset='us-ascii'))

    # 8 ---------------------------------------------------------------------
    t = """Colleagues,

Apparently Microsoft's new terms for Outlook and Teams come in on Monday and unless you post the notice below they will be able to use all our emails, photos and lesson resources (including anything in our OneDrive). Better safe than sorry!

It has to be COPIED AND PASTED, not forwarded - forwarding apparently doesn't count. Please paste it into an email and send it to all your contacts before midnight on Sunday.

-----

I do NOT give Microsoft, Outlook, Teams or any entity associated with Microsoft permission to use my pictures, information, messages or files, both past and future. By this statement I give notice to Microsoft that it is strictly forbidden to disclose, copy, distribute, or take any other action against me based on this profile and/or its contents. The content is private and confidential. Violation of privacy can be punished by law (UCC 1-308-11 308-103 and the Rome Statute).

NOTE: Microsoft is now a public entity. All members must post a note like this. If you prefer, you can copy and paste this version. If you do not publish a statement at least once it will be tactically allowing the use of your photos, as well as the information contained in your emails.

-----

Dominic"""
    send(L, 8, 'privacy-notice-hoax', 'alternative', 'History teacher circulates the "I do not give Microsoft permission" copy-and-paste privacy-notice hoax to department',
         HISTORY, [('Humanities', 'humanities@' + S)], 'IMPORTANT - copy this before Monday (Microsoft terms)',
         '2025-01-24 16:20:54', alt(t, 'cl-p-8'))

    # 9 ---------------------------------------------------------------------
    t = """heyyy 💕 if ur getting this it means ur my friend!!

send this to 10 friends INCLUDING ME and see how many u get back 👀

0 back = ur lonely lol 💀
3 back = u have a few real ones
5 back = ur so loved 🥰
10+ back = ur literally the most popular girl in Itchen

if u break it u will lose ur best friend in the next 10 days 😬 (no pressure)

love u all, see u at tea xx
Lara 🌸"""
    send(L, 9, 'friendship-chain', 'base64', 'Year 8 boarder sends friendship chain: send to 10 friends including me, break it and lose your best friend',
         ('Lara Quennell', 'lara.quennell@' + P),
         [('', 'amelia.dunstan@' + P), ('', 'chloe.fairbairn@' + P), ('', 'yuna.park@' + P),
          ('', 'bea.halloran@' + P), ('', 'niamh.costello@' + P), ('', 'poppy.ridgeway@' + P)],
         'friendship test 💕 send it back!!', '2025-01-15 18:03:27', plain(t, cte='base64'), client='gmail')

    # 10 --------------------------------------------------------------------
    h = """<div dir="ltr"><div style="font-family:comic sans ms,sans-serif;color:#9900ff">
<h2>🛏️ THE SLEEPOVER CHAIN 🛏️</h2>
<p>fill it in, send it back to me AND to 8 girls from our year!!</p>
<ol>
<li>name: Ivy</li>
<li>house: Cuckmere obvs</li>
<li>fav matron: ...no comment</li>
<li>crush: not telling 🙈</li>
<li>best tuck: haribo tangfastics</li>
<li>who do u want to share a dorm with next year: ???</li>
</ol>
<p><b>RULES</b>: if u dont pass it on in 1 day ur next sleepover will be RUINED and someone will read ur diary.<br>
if u send it to 8 people someone will ask u to the summer ball 💃<br>
if u send to 15 people ur crush will sit next to u in chapel 😍</p>
<p>DON'T BREAK THE CHAIN!!!</p>
</div></div>
"""
    send(L, 10, 'sleepover-chain', 'html', 'Year 9 boarder sends "sleepover chain" questionnaire: pass to 8 girls or your next sleepover is ruined',
         ('Ivy Carrow', 'ivy.carrow@' + P),
         [('', 'freya.lindqvist@' + P), ('', 'jess.amoah@' + P), ('', 'ella.brightwell@' + P), ('', 'mei.tanaka@' + P)],
         'SLEEPOVER CHAIN 🛏️ fill in and pass it on', '2025-03-09 16:44:12',
         text_part(h, subtype='html', cte='quoted-printable'), client='gmail')

    # 11 --------------------------------------------------------------------
    t = """Hi ladies,

After the last board worked out so brilliantly for Kerry (she got her £2,000 in under three weeks!!) we're starting a brand new Blessing Circle and I wanted to give my work girls first dibs before I put it on Facebook.

How it works - see the board attached:
- 15 places. 8 Fire on the outside, 4 Air, 2 Earth and 1 Water in the middle.
- You come in as a Fire and gift £250 to the Water in the centre.
- When all 8 Fire places are filled the board splits in two and everyone moves one step closer to the middle.
- When you reach Water you receive 8 x £250 = £2,000 gifted to you. Then you can come back in again!

It is NOT a pyramid scheme, it's women lifting each other up - gifting is completely legal as long as it's a gift.

We need our 8 new Fires by Friday so PLEASE share this with your mums, sisters, daughters, neighbours - anybody you think deserves a blessing. The more of us who share it the faster the board moves.

Tracey x
Housekeeping, Adur/Cuckmere"""
    x = make_xlsx([['BLESSING CIRCLE - BOARD 7', '', '', ''],
                   ['WATER', 'Donna H', '', ''],
                   ['EARTH', 'Kerry B', 'Jackie M', ''],
                   ['AIR', 'Tracey B', 'Mandy F', 'Sharon L'],
                   ['AIR', 'Lou T', '', ''],
                   ['FIRE', '(open)', '(open)', '(open)'],
                   ['FIRE', '(open)', '(open)', '(open)'],
                   ['FIRE', '(open)', '(open)', ''],
                   ['Gift per Fire', 250, '', ''], ['Water receives', 2000, '', ''],
                   ['Share with 8 women you trust!', '', '', '']], sheet='Board 7')
    send(L, 11, 'gift-circle-pyramid', 'att-xlsx', 'Housekeeping staff member recruits colleagues into a "Blessing Circle" gifting pyramid (£250 in, £2,000 out), board in xlsx',
         DOMESTIC, [('Sue Harrop', 's.harrop@' + S), ('Linda Gage', 'l.gage@' + S), MATRON_ADUR, ('Marta Nowak', 'm.nowak@' + S)],
         'Blessing Circle - new board, only 8 places!!', '2025-04-29 13:10:44',
         mixed([plain(t), att_part(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Blessing Circle board 7.xlsx')], 'cl-p-11'))

    # 12 --------------------------------------------------------------------
    t = """Just bumping this up! Still need 4 more lovely mums, it only takes a minute and who doesn't want 36 presents in the post?? 🎁

Gemma x

On 2 Nov 2024, at 21:14, Gemma Prosser <gemma.prosser@example.com> wrote:

> Hi lovely Rother mums (and dads!) 😊
>
> I'm doing a Secret Sister gift exchange and I'm looking for 6 people to join in. It's such a fun way to get some post that isn't bills!
>
> All you do is buy ONE gift worth about £10 and send it to the person in position 1 below. Then remove her name, move my name up to position 1 and put yours in position 2, and send this email to 6 friends. By the time your name gets to the top you should get 36 gifts!!
>
> 1. Lisa Morrow, 14 Chantry Lane, Storrington
> 2. Gemma Prosser, The Old Forge, Bury
>
> Please don't join if you're not going to send a gift, it ruins it for everyone. And please don't be the one who breaks it - the last one went round 300 mums!
>
> xx
"""
    send(L, 12, 'secret-sister-exchange', 'reply', 'Parent bumps her "Secret Sister" gift-exchange chain (send to 6, receive 36 gifts) to house parent list and houseparent',
         ('Gemma Prosser', 'gemma.prosser@example.com'), [ROTHER_HM, ('Rother House Parents', 'rother-parents@' + S)],
         'Re: Secret Sister gift exchange 🎁 only need 6!', '2024-11-05 10:22:30', plain(t),
         client='iphone', in_reply_to='<5E1D0C7A-22B1-4C0B-9A8E-0D11F3A7C2E4@example.com>')

    # 13 --------------------------------------------------------------------
    t = """Dear Mr Pettifer,

I thought the Bursary would want to see this. Do please add your name and pass it round the staff, every signature counts.

Kind regards
Richard Ellery

---------- Forwarded message ---------
From: Nicola Baird <nicola.baird@example.org>
Date: Sun, 12 Jan 2025 at 18:03
Subject: PETITION - Stop VAT on school fees - ADD YOUR NAME AND SEND ON
To: undisclosed-recipients:;

This petition will be handed to the Chancellor when it reaches 10,000 names. The signature list is attached - please open it, ADD YOUR NAME AND TOWN at the bottom, save it and forward this email to everyone you know.

If you are number 500, 1000, 1500 etc please also send a copy to the organiser at vatpetition.collate@example.net so we can keep count.

PLEASE DO NOT START A NEW LIST - always copy the whole list or the names will be lost. It only works if it keeps moving, so send it on TODAY.
"""
    c = csv_text([['No.', 'Name', 'Town'], [1, 'J. Markham', 'Haslemere'], [2, 'P. Markham', 'Haslemere'],
                  [3, 'S. Dowding', 'Petersfield'], [4, 'A. Chaudhry', 'Guildford'], [5, 'C. Lyle', 'Midhurst'],
                  [6, 'T. & M. Fenwick', 'Alton'], [7, 'H. Rasmussen', 'Chichester'], [8, 'N. Baird', 'Liphook'],
                  [9, 'R. Ellery', 'Pulborough'], ['', '*** add your name above this line and send on ***', '']])
    send(L, 13, 'forward-petition', 'att-csv', 'Parent forwards a chain petition against VAT on fees: add your name to the attached list and forward to everyone',
         ('Richard Ellery', 'richard.ellery@example.org'), [BURSAR],
         'Fwd: PETITION - Stop VAT on school fees - ADD YOUR NAME AND SEND ON', '2025-01-13 07:58:11',
         mixed([plain(t), text_part(c, subtype='csv', filename='petition_names.csv', cte='base64')], 'cl-p-13', 'gmail'),
         client='gmail')

    # 14 --------------------------------------------------------------------
    t = """I'm trying an experiment.

Most people won't copy and paste this but I know a few of my friends actually will. I want to see who reads my stuff and who just scrolls past. I'm not forwarding it - you have to COPY AND PASTE it and send it to 10 people, including me, so I know you read it.

Mental health matters. Somebody in your dorm might be having the worst week of their life and smiling anyway. Be kind ❤️

I know the ones who will do it. Let's see 👀

x

Sent from my iPhone"""
    send(L, 14, 'copy-paste-chain', 'mobile', 'Sixth-form boarder sends "copy and paste this to 10 people, I know who will" chain to friends',
         ('Kemi Adebayo', 'kemi.adebayo@' + P),
         [('', 'rosie.thackeray@' + P), ('', 'zara.malik@' + P), ('', 'hugo.de.vries@' + P), ('', 'sanjay.pillai@' + P)],
         "not forwarding this, copy and paste it", '2025-05-14 22:37:51', plain(t), client='iphone')

    # 15 --------------------------------------------------------------------
    t = """Dear Rother parents,

I have been sent the warning below by a good friend whose brother-in-law is a serving officer with Sussex Police, and I felt duty bound to pass it on, particularly to those of you who will be driving to the big supermarkets around Chichester and Crawley when collecting the boys for exeat.

Please do read it, and forward it to every woman you know - the police have asked for it to be shared as widely as possible.

With best wishes,
Tom Hallett
Housemaster, Rother

"Two men have been approaching women in supermarket and service-station car parks across Sussex and Hampshire, offering a 'free sample' of designer perfume at a very good price. It is NOT perfume. It is ether, or a similar knock-out spray, and once you have sniffed it you will pass out. When you wake up your car, your handbag, your phone and your bank cards will all be gone.

This is not a joke. It has happened to three women in the last fortnight but the supermarkets are keeping it quiet because of bad publicity.

Please forward this to every woman in your address book. If it saves one person it is worth it."
"""
    send(L, 15, 'urban-legend-warning', 'wrapped', 'Housemaster passes the "perfume sample knock-out spray" car-park legend on to parents, asking them to forward to every woman they know',
         ROTHER_HM, [ROTHER_HM], 'A warning from a friend at Sussex Police - please read', '2025-02-14 17:45:09',
         plain(wrap(t, 74), charset='us-ascii'),
         bcc=[('', 'jane.vickery@example.com'), ('', 'm.okoro@example.net'), ('', 'fiona.harrowby@example.com'),
              ('', 'l.sandhu@example.org'), ('', 'caroline.pitt@example.co.uk')])

    # 16 --------------------------------------------------------------------
    t = """guys read this its from whatsapp

Message from Jan Koltersen, director of WhatsApp:
We have had an overusage of user names on WhatsApp Messenger. We are requesting all users to forward this message to their entire contact list. If you do not forward this message, we will take it as your account is invalid and it will be deleted within the next 48 hours.

From Monday WhatsApp will charge 37p per message unless you are a frequent user. If you have at least 10 contacts send this SMS and the logo will turn BLUE which means you are a frequent user and it stays free.

forward it to 10 people or ur account is getting deleted. i'm not risking it lol"""
    send(L, 16, 'service-charge-hoax', '7bit', 'Pupil forwards the "WhatsApp will charge unless you forward to 10 contacts" hoax by school email',
         ('Ben Ashworth-Lee', 'ben.ashworthlee@' + P),
         [('', 'tom.ferrier@' + P), ('', 'jake.mensah@' + P), ('', 'alfie.brennan@' + P), ('', 'noah.sitwell@' + P),
          ('', 'louis.fairclough@' + P), ('', 'rohan.kapoor@' + P), ('', 'will.cartwright@' + P)],
         'FWD whatsapp getting charged from monday!!', '2024-09-30 19:26:44', plain(t, charset='us-ascii'), client='web')

    # 17 --------------------------------------------------------------------
    t = """Hey all - my cousin at Exeter sent me this, apparently it's been going round the uni. Worth doing just in case, I can't lose my UCAS stuff

Hugo

From: Ottilie de Vries <ottie.dv@example.com>
Sent: 19 March 2025 20:11
Subject: FW: FW: FW: Outlook accounts being DELETED

> PLEASE READ!!!
>
>> pls do this
>>
>>> ATTENTION ALL OUTLOOK AND HOTMAIL USERS
>>>
>>> Due to overcrowding of the Outlook servers, Microsoft will be deleting inactive accounts at the end of this month. To show that your account is active, forward this email to at least 15 other Outlook users. Accounts of users who do not forward this message will be closed on the 1st and cannot be recovered.
>>>
>>> This includes school and university accounts.
>>>
>>> -- The Outlook Team
"""
    send(L, 17, 'account-deletion-hoax', 'reply', 'Sixth former forwards "Outlook will delete your account unless you forward to 15 users" hoax with nested quoting',
         ('Hugo de Vries', 'hugo.de.vries@' + P),
         [SIXTH], 'FW: FW: FW: FW: Outlook accounts being DELETED', '2025-03-19 21:02:13', plain(t))

    # 18 --------------------------------------------------------------------
    t = """Hi Jan,

Saw this and thought of you straight away - you've had such a rotten term with your mum, and I know you believe in these things more than I do. The angel's in the attachment. Don't let it stop with you!

Love Claire x

Claire Whitlock
Housemistress, Adur"""
    a = """    *   *   *   YOUR GUARDIAN ANGEL   *   *   *

This angel has been sent to you because someone loves you.

She has already flown around the world twelve times, bringing
healing to the sick and comfort to the lonely. Now it is your turn.

Within 24 hours you must send this angel on to 9 people who
need her. Do not keep her for yourself - an angel that is not
passed on cannot stay.

  If you send her to 9 people, a worry you have carried for a long
  time will be lifted within a week.

  If you send her to 3 people, something you have lost will return.

  If you break the chain, the angel will leave you and take her
  blessings with her.

Somebody once deleted this angel and laughed at it. Within the
month he lost everything. Please do not be the one who breaks it.

    *   *   *   Pass her on today   *   *   *
"""
    send(L, 18, 'angel-chain', 'att-txt', 'Housemistress forwards a "guardian angel" chain (send to 9 within 24 hours) to a friend outside, with a personal note',
         ADUR_HM, [('Jan Fenwick', 'jan.fenwick@example.org')], 'An angel for you x', '2025-03-21 22:08:56',
         mixed([plain(t), text_part(a, filename='guardian angel.txt', cte='7bit', charset='us-ascii')], 'cl-p-18'))

    # 19 --------------------------------------------------------------------
    t = """Dear Friend,

THIS REALLY WORKS - AND IT IS 100% LEGAL!!!

My name is Gordon Keyworth. Two years ago I was made redundant and was about to lose my house. Then a friend sent me this letter. I followed the instructions and within 90 days I had received £47,600 in cash through the post. I have paid off my mortgage and now I help others to do the same.

HERE IS WHAT YOU DO:

1. Send a £5 note to EACH of the five names on the list below, wrapped in a sheet of paper with the words "PLEASE ADD ME TO YOUR LIST". This is a legal service - you are buying a place on a mailing list.
2. Remove the name in position 1, move the others up one place and put your own name and address in position 5.
3. Send this letter to at least 200 people. Your school, your club, your church - email is free!

When your name reaches position 1 you will receive thousands of £5 notes. Out of 200 letters, even if only 10 people take part you will receive £50,000 or more.

1. D. Morley, PO Box 118, Swindon
2. K. Ahmed, 22 Vale Road, Leicester
3. S. Pryor, 9 Ferncombe Close, Truro
4. J. Castellan, 41 Hill Street, Perth
5. G. Keyworth, Flat 3, 77 Marine Parade, Brighton

DO NOT BREAK THE CHAIN. One man kept the money and sent nothing on. He received only £30.

Yours in prosperity,
Gordon
"""
    send(L, 19, 'money-chain', 'latin1', 'Outside sender mails the bursary a classic "send £5 to each of five names, forward to 200" money chain',
         ('Gordon Keyworth', 'g.keyworth1966@example.net'), [BURSAR, FEESBOX],
         'Turn £25 into £50,000 - LEGAL and GUARANTEED', '2025-06-02 03:14:55',
         plain(t, charset='iso-8859-1', cte='8bit'), client='web')

    # 20 --------------------------------------------------------------------
    inner = """Forwarded from the Old Wyvernians group - PLEASE READ

I received a phone call last night from someone who said they were an engineer from BT checking the line. He asked me to press 9, 0 and then the hash key (#) to complete the test. Luckily I had heard about this.

By pressing 90# you give them full access to your SIM card and they can make calls and run up bills on your account. Vodafone and O2 have confirmed this is happening in the UK right now. It was also on Watchdog.

PLEASE FORWARD THIS TO EVERYONE IN YOUR CONTACTS, your children and your elderly parents especially. The more people who know the better.

Pat
"""
    im = inner_msg(('Pat Rowlinson', 'pat.rowlinson@example.org'), [('Old Wyvernians', 'ow-chat@groups.example.org')],
                   'URGENT phone scam - do NOT press 90#', '2024-10-08 08:05:00', wrap(inner, 74), client='apple',
                   seed='cl-p-20-inner', charset='us-ascii')
    t = """All,

Passing this on from the OW group - might be worth warning your boarders too as they're always on their phones. Please send it on to your own contacts as it asks.

Phil

Phil Dando
Estates Manager"""
    send(L, 20, 'phone-scam-hoax', 'fwd-rfc822', 'Estates manager attaches and passes on the "press 90# and they take your SIM" hoax, asking all staff to send it on',
         ESTMGR, [ALLSTAFF], 'FW: URGENT phone scam - do NOT press 90#', '2024-10-08 10:33:27',
         mixed([plain(t), rfc822_part(im, 'URGENT phone scam - do NOT press 90#.eml')], 'cl-p-20'))

    # 21 --------------------------------------------------------------------
    t = """Dear Mrs Nandra and Miss Barraclough,

Thank you for taking such good care of our daughters. My mother sends you this good luck from Bangkok for the new year. Please open the file and follow what it says, it is very lucky!

Best regards,
Nattaya Srisawat"""
    a = """THE GOOD LUCK OF TIBET

This good luck has been sent to you. It has travelled around the world nine times. The luck has now been sent to you and you will receive good luck within four days of receiving it - provided you send it on.

This is no joke. You will receive good luck in the post. Send no money. Send copies to people you think need good luck. Do not keep this message. It must leave your hands within 96 hours.

An officer in the army received 70,000 dollars. Don Elliot received 60,000 dollars but lost it because he broke the chain. While in the Philippines, General Welch lost his life six days after receiving this letter because he failed to circulate it. However, before his death he received 7,755,000 dollars.

Please send 20 copies and see what happens in four days. The chain comes from Venezuela and was written by a missionary from South America.

Do note the following: Constantine Diaz received the chain in 1953. He asked his secretary to make 20 copies and send them out. A few days later he won a lottery of two million dollars. Carl Dodit, an office employee, received the letter and forgot it had to leave his hands within 96 hours. He lost his job. Later, after finding the letter again, he mailed 20 copies. A few days later he got a better job.

Remember: send no money. Do not ignore this. IT WORKS.
"""
    z = make_zip([('Good Luck of Tibet.txt', a.replace('\n', '\r\n'))], dt=(2024, 12, 30, 11, 2, 0))
    send(L, 21, 'good-luck-chain', 'zip', 'Parent in Bangkok sends houseparents the "Good Luck of Tibet" chain (20 copies in 96 hours) inside a zip',
         ('Nattaya Srisawat', 'nattaya.s@siam-mail.example'), [CUCK_HM, ITCHEN_HM],
         'Good luck for new year from Thailand', '2024-12-31 04:17:22',
         mixed([plain(t, charset='us-ascii'), att_part(z, 'application/zip', 'GoodLuck.zip')], 'cl-p-21', 'apple'),
         client='apple')

    # 22 --------------------------------------------------------------------
    t = """Estimada Sra. Lomax,

Please could you share this important safety information with all of the Spanish and Latin American pupils at Wyvern Hill, and with their houseparents? Many families here have sent it to me and I think everybody should know it. Few people know this trick!

Un saludo muy cordial,
María José Fernández Ibáñez
Directora - Estudiar en Inglaterra, Madrid

**********

IMPORTANT - PLEASE SEND TO ALL YOUR FRIENDS

If a thief ever forces you to take money from a cash machine (ATM), do not argue. Just enter your PIN number BACKWARDS. For example if your PIN is 1234 you type 4321.

The machine will give the money as normal, but it sends a silent alarm to the police, who will come immediately. This system is in every cash machine in Europe and America but the banks do not advertise it.

Please forward this to everyone you know. It could save a life. I only learned it yesterday from a policeman.

**********
"""
    send(L, 22, 'urban-legend-warning', 'latin1', 'Admissions agent in Madrid asks registrar to share the "enter your PIN backwards" ATM legend with all pupils and forward to everyone',
         ('María José Fernández', 'mjfernandez@estudiar-inglaterra.example'), [REGISTRAR],
         'Información importante / please share with your students', '2025-01-29 11:49:03',
         plain(t, charset='iso-8859-1', cte='quoted-printable'), client='web')

    # 23 --------------------------------------------------------------------
    t = """☀️ THE FRIDAY SUNSHINE CHAIN ☀️

You've been sent this because you make the staff room a brighter place!

Now it's your turn: send this on to FIVE colleagues who make you smile, and make sure one of them is the person who sent it to you. See how many times it comes back to you before the end of the day!

1 back – you're lovely
3 back – you're a ray of sunshine
5 back – you are officially a legend and you're buying the cakes

Whatever you do, DON'T BREAK THE CHAIN – the last person who did got a full week of Saturday detention duty and a wet Wednesday games cover. 😉

Happy Friday!
Hannah x"""
    send(L, 23, 'kindness-chain', 'alternative', 'PSHE teacher starts a "Friday sunshine chain": send to five colleagues, don\'t break the chain or bad luck follows',
         PSHE, [ENG, BIO, ('Rachel Kimber', 'r.kimber@' + S), ('Tom Hallett', 't.hallett@' + S), ('Isabel Carrasco', 'i.carrasco@' + S)],
         '☀️ Friday sunshine chain – pass it on!', '2025-05-16 07:58:03', alt(t, 'cl-p-23', cte_text='quoted-printable'))

    # 24 --------------------------------------------------------------------
    t = """GUYS THIS IS ACTUALLY LEGIT I CHECKED

Disney World and Microsoft are testing a new email tracking program and they're giving away FREE trips to Florida to the first 1,000 people who forward this to 25 people. Your email gets tracked and when it's got to enough people you get an email from Disney with your tickets and flights for you + 3 mates.

my cousin's friend did it last year and went to Orlando for a week for free

Walt Disney Jr. is doing it to celebrate the new park. forward forward forward!!! i want to go to florida in summer hols

— Dev"""
    send(L, 24, 'prize-forward-hoax', 'qp', 'Year 10 boarder forwards "Disney gives free Florida holidays for forwarding to 25 people" hoax',
         ('Dev Raghunathan', 'dev.raghunathan@' + P),
         [('', 'callum.rees@' + P), ('', 'seb.lockhart@' + P), ('', 'arjun.bhatt@' + P), ('', 'luca.fontana@' + P)],
         'FREE DISNEY HOLIDAY (not a scam)', '2025-02-27 17:31:48', plain(t, cte='quoted-printable'), client='gmail')

    # 25 --------------------------------------------------------------------
    t = """Tom please share this with all the Rother parents and tell the boys!! Copied from a friends fb page

*** WARNING ALL PARENTS ***
A man in a white van has been trying to get children into his van outside schools in Chichester, Midhurst and Petworth this week. He says their mum has been in an accident and he has to take them to hospital. Police have confirmed it and asked EVERYONE to share this as widely as possible as the schools aren't allowed to say anything. PLEASE COPY AND SHARE to every parent you know. Do NOT just like it - share it!!

Sent from my Galaxy"""
    send(L, 25, 'urban-legend-warning', 'mobile', 'Parent on phone forwards unverified "white van man outside schools, police say share" scare to housemaster for all parents',
         ('Lisa Sandhu', 'l.sandhu@example.org'), [ROTHER_HM], 'Please share!!', '2025-06-11 07:12:36',
         plain(t, charset='us-ascii'), client='android')

    # 26 --------------------------------------------------------------------
    t = """✨ MAKE A WISH ✨

close your eyes and make a wish now... 🙏

ok done? now you HAVE to send this to 15 people in 15 minutes or your wish will not come true.

if u send it to 15 ppl in 15 mins ur wish comes true on the next full moon 🌕
if u send it to 10 it comes true in a year
if u send it to less than 5 it will never come true and u'll have bad luck in ur exams

sorry but it's the rules!! i did mine 🤞

Anya"""
    send(L, 26, 'wish-chain', 'base64', 'Year 7 boarder sends "make a wish, send to 15 in 15 minutes or bad luck in exams" chain',
         ('Anya Petrovska', 'anya.petrovska@' + P),
         [('', 'grace.whitlow@' + P), ('', 'maisie.ogden@' + P), ('', 'liv.harker@' + P), ('', 'sofia.ricci@' + P), ('', 'daisy.kerr@' + P)],
         'make a wish ✨✨', '2025-05-04 20:58:14', plain(t, cte='base64'), client='iphone')

    # 27 --------------------------------------------------------------------
    t = """Everyone pls read and send on, Rafi got this from his brother

---------- Forwarded message ---------
From: Rafi Haddad <rafi.haddad@students.school.example>
Date: Wed, 8 Jan 2025 at 21:40
Subject: Fwd: hacker warning!!!!
To: Jonah Pilkington <jonah.pilkington@students.school.example>

---------- Forwarded message ---------
From: Sami Haddad <sami.h.2006@example.com>
Date: Wed, 8 Jan 2025 at 19:12
Subject: hacker warning!!!!

Please tell everyone in your contacts NOT to accept a friend request or follow request from "sammy_r3dd" on Snapchat or Instagram. He is a hacker and has a system connected to your account. If one of your contacts accepts him, you will also be hacked, so make sure ALL your friends know.

Copy and forward this to EVERYONE. If you see someone on your list has accepted him, unfollow them immediately.

THIS WAS ON THE NEWS
"""
    send(L, 27, 'hacker-friend-hoax', 'fwd-inline', 'Pupil forwards the "don\'t accept friend requests from X, he is a hacker, forward to everyone" hoax to house group',
         ('Jonah Pilkington', 'jonah.pilkington@' + P), [ROTHER_BOYS],
         'Fwd: Fwd: hacker warning!!!!', '2025-01-08 22:05:41', plain(t, charset='us-ascii'), client='gmail')

    # 28 --------------------------------------------------------------------
    t = """Bros this is real, my mate at Cranleigh got his trainers last week.

Nike is celebrating 50 years and to get more people to know about their new free-shipping website they are giving away one pair of Air Max to everyone who forwards this email to 20 people. They track it with a tracker they put in the email.

Once you've sent it to 20 you get an email with a code within a week. It doesn't work if you send it to the same people twice so make sure it's 20 different people.

It doesn't cost anything so just do it lol. 20 people. go!!

Josh"""
    send(L, 28, 'prize-forward-hoax', 'flowed', 'Pupil forwards "Nike gives free trainers if you forward to 20 people" tracking hoax',
         ('Josh Okoye-Baird', 'josh.okoyebaird@' + P),
         [('', 'finn.halloway@' + P), ('', 'charlie.mbeki@' + P), ('', 'ed.stanhope@' + P), ('', 'yusuf.rahman@' + P)],
         'free air maxes if u forward this', '2024-12-02 18:20:05', plain(flow(t), flowed=True), client='thunderbird')

    # 29 --------------------------------------------------------------------
    t = """Dear Revd Ollerenshaw and Mrs Whitlock,

I send this Novena to you because you are people of faith who care for my son Tobi. Please pass it on as it says. God is faithful.

Mrs Folasade Ogunleye

“May the Sacred Heart of Jesus be adored, glorified, loved and preserved throughout the world now and forever. Sacred Heart of Jesus, pray for us. St Jude, worker of miracles, pray for us. St Jude, helper of the hopeless, pray for us.”

Say this prayer nine times a day for nine days, and on the ninth day your prayer will be answered. It has never been known to fail.

You must send it to nine people within nine days. Do not keep it. A man in Ibadan received it and threw it away and within nine days his business collapsed. A woman in Port Harcourt sent it to nine people and she received the visa she had waited two years for.

Do not break this chain. The Novena must go round the world.
"""
    send(L, 29, 'prayer-chain', 'cp1252', 'Parent in Nigeria sends chaplain and housemistress a St Jude novena chain: send to nine people or misfortune',
         ('Folasade Ogunleye', 'f.ogunleye@example.com'), [CHAPLAIN, ADUR_HM],
         'St Jude Novena - please pass it on', '2024-10-27 06:44:18',
         plain(t, charset='windows-1252', cte='quoted-printable'), client='web')

    # 30 --------------------------------------------------------------------
    t = """Hi all (and a few of my non-school mates on bcc!),

I've joined this a few weeks ago and it's honestly changed how I think about money. Flyer attached with all the details. It's basically a community gifting circle - you put in once, you bring in two friends, they each bring in two, and when your level cycles out you receive 8x what you put in.

There are only a few spots on the current wheel so the quicker you get back to me the better. Please also pass it on to anyone you think might be up for it - the more people we share it with the quicker everyone gets paid.

Cheers,
Callum
(Sports Graduate Assistant)"""
    d = make_docx(['# PROSPERITY WHEEL - Community Gifting Circle',
                   'Financial freedom is a team sport!',
                   'How it works:',
                   '1. Gift £500 to the member at the centre of your wheel.',
                   '2. Invite TWO friends to join below you - that\'s all you have to do!',
                   '3. Each of them invites two. When your wheel fills (8 new members), it splits and you move to the centre.',
                   '4. At the centre you receive 8 x £500 = £4,000. Then join again and repeat.',
                   'This is a GIFT between friends, not an investment, so there is no tax and nothing to declare.',
                   'Forward this flyer to everyone you know - the wheel only moves if everyone shares it.',
                   'Don\'t miss out. Spots on Wheel 12 are filling fast.'], title='Prosperity Wheel')
    send(L, 30, 'gifting-pyramid', 'att-docx', 'Graduate assistant recruits colleagues and outside friends into a £500 "Prosperity Wheel" gifting pyramid (docx flyer)',
         GAPASSIST, [PE, ('Ellie Maddox', 'e.maddox@' + S), ('Ryan Cheung', 'r.cheung@' + S)],
         'Something a bit different - Prosperity Wheel', '2025-04-07 20:30:40',
         mixed([plain(t), att_part(d, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Prosperity Wheel - how it works.docx')], 'cl-p-30'),
         bcc=[('', 'jamie.kerr94@example.com'), ('', 'ross.mcphail@example.net')])

# =================================================================== NEGATIVES
def negatives():
    L = 'negative'

    # 1 ---------------------------------------------------------------------
    t = """Dear Parents and Guardians,

Half-term exeat: Friday 14 February to Sunday 23 February

Houses close at 4.00pm on Friday 14 February after the last lesson, and reopen at 6.00pm on Sunday 23 February. Boarders should be back in house by 8.00pm at the latest.

Coaches to Heathrow and Gatwick will leave from the Chapel car park at 4.30pm. Please book places through the Travel page on the Parent Portal by Friday 7 February; we cannot add names after that date.

If your child's education guardian or a family friend will be collecting, please pass this information on to them, and let the houseparent know in writing who will be collecting and when. We will not release a boarder to an adult whose name we have not been given.

Please also make sure that travel documents (passports and, where relevant, BRPs or eVisa share codes) go home with your child, not left in the house safe.

With thanks and best wishes,

Harriet Lomax
Registrar
Wyvern Hill School"""
    send(L, 1, 'parent-letter-pass-on', 'wrapped', 'Registrar\'s half-term exeat letter asks parents to pass the arrangements on to their child\'s guardian',
         REGISTRAR, [REGISTRAR], 'Half-term exeat arrangements - February', '2025-01-30 15:02:11',
         plain(wrap(t, 72), charset='us-ascii'),
         bcc=[('', 'adaeze.nwankwo@example.net'), ('', 'nattaya.s@siam-mail.example'), ('', 'richard.ellery@example.org'),
              ('', 'office@anchorguardians.example')])

    # 2 ---------------------------------------------------------------------
    t = """Dear colleagues and students,

Several accounts have received a phishing email this morning claiming to come from "Wyvern Hill Fees Office" with the subject "Outstanding invoice - action required". It comes from an outside address (wyvernhi11-fees.example - note the two number ones) and asks you to log in to "view the invoice".

Please do NOT click the link, do NOT forward it to anyone, and do NOT reply. Just delete it, and then empty your Deleted Items.

If you have already clicked the link or typed in your password:
- change your password straight away at the usual self-service page, and
- ring the IT Service Desk on extension 2240 so that we can check your account.

There is no need to forward the email to us to report it - use the "Report" button in Outlook, which sends us the full headers. Forwarding it round the school just spreads the link.

The Fees Office never sends invoices with a login link.

Thank you,
Gareth Pryce
Network Manager, IT Services"""
    send(L, 2, 'it-phishing-warning', 'alternative', 'IT warns staff and pupils about a real phishing email: do not click, do not forward, delete it',
         ITMGR, [ALLSTAFF, ('All Students', 'allstudents@' + P)], 'Phishing email - please delete, do not forward',
         '2025-02-11 10:18:40', alt(t, 'cl-n-2'))

    # 3 ---------------------------------------------------------------------
    t = """Hi tutors,

Attached is the plan for next Tuesday's PSHE session with Year 8 (tutor time, 25 minutes). It's on chain messages and online pressure - a few houses have had ghost-story chains going round on the school email this term, so it's timely.

The plan quotes a couple of made-up chain messages for the pupils to pick apart. Please don't send them round as examples - just show them on the board from the slides.

Any questions, grab me at break.

Hannah

Hannah Greatorex
Head of PSHE"""
    d = make_docx(['# Year 8 PSHE - Chain messages, hoaxes and pressure',
                   'Learning objectives: recognise the features of a chain message; explain why they are designed to make us anxious; know what to do when one arrives.',
                   'Starter (5 mins): show slide 2. Ask: "Have you ever received a message that told you to send it on?" Hands up only, no names.',
                   'Main activity (12 mins): in pairs, look at the three example messages on slide 3 and highlight the tricks they use:',
                   'Example A: "Send this to 10 people in 10 minutes or you will have bad luck for 10 years."',
                   'Example B: "A girl died in this dorm. If you don\'t forward this she will visit you tonight."',
                   'Example C: "If you get 5 back you are really popular."',
                   'Tricks to spot: a deadline, a threat or a reward, an impossible claim, pressure to involve friends, no way to check it.',
                   'Plenary (8 mins): agree as a form what to do - don\'t forward, delete, and tell your houseparent or tutor if it frightened you. Nobody will be in trouble for receiving one.',
                   'Safeguarding note: if a pupil is genuinely distressed, refer to the houseparent on the same day.'],
                  title='Y8 PSHE chain messages')
    send(L, 3, 'pshe-lesson-plan', 'att-docx', 'PSHE lead sends tutors a lesson plan that quotes example chain messages for pupils to analyse',
         PSHE, [TUTORS], 'Y8 PSHE Tuesday - chain messages lesson plan', '2024-11-14 12:40:05',
         mixed([plain(t), att_part(d, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Y8 PSHE - chain messages.docx')], 'cl-n-3'))

    # 4 ---------------------------------------------------------------------
    t = """Hi all,

Quick one for houseparents and matrons: our dairy supplier has warned us about supply chain problems for the next fortnight (a haulage issue at their depot near Reading), so oat milk and lactose-free milk may be short in the house kitchens.

I've ordered extra UHT oat milk as a stop-gap; it'll come up with Thursday's house delivery. If any boarder on a dairy-free diet for medical reasons runs out, please don't substitute – ring the kitchen on 2310 and we'll send some over from the main stores.

Normal service should resume by the 21st.

Thanks,
Darren

Darren Foxley
Catering Manager"""
    send(L, 4, 'supply-chain', 'qp', 'Catering manager warns houseparents about supply chain shortages of oat milk',
         CATER, [HOUSEPARENTS], 'Supply chain issue - oat & lactose-free milk', '2025-03-05 11:26:17',
         plain(t, cte='quoted-printable'))

    # 5 ---------------------------------------------------------------------
    t = """Dear Houseparents and Matrons,

During last week's fire-safety walk-round we found several extension leads "daisy-chained" together in boarders' rooms - in one case four leads plugged into one another to reach a desk on the far side of the room, with a kettle, a hair straightener and a games console all running off the end.

Daisy-chaining extension leads overloads the first socket and is one of the commonest causes of electrical fires in boarding houses. Please could you:

- remind boarders at house meeting that only ONE extension lead (fused, with surge protection) is allowed per room, plugged straight into the wall;
- remove any chained leads you find and leave them in the house office for collection at the end of term;
- report any room where there genuinely aren't enough sockets, so we can look at adding more over the summer.

Kettles and toasters remain banned in rooms, as per the boarders' handbook.

Many thanks,
Phil Dando
Estates Manager"""
    send(L, 5, 'daisy-chain-safety', 'flowed', 'Estates manager warns houseparents about daisy-chained extension leads in boarders\' rooms',
         ESTMGR, [HOUSEPARENTS], 'Fire safety - daisy-chained extension leads', '2024-10-02 09:15:38',
         plain(flow(t), charset='us-ascii', flowed=True), client='thunderbird')

    # 6 ---------------------------------------------------------------------
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri, Arial, sans-serif; font-size:11pt">
<p>Dear Rother families,</p>
<p>On Saturday 22 March the boys of Rother will be swimming a relay marathon in the school pool – 12 hours, 5,000 lengths between them – to raise money for <b>Chestnut Tree House</b>, the children's hospice near Arundel.</p>
<p>If you would like to sponsor the house, our fundraising page is here: <a href="https://fundraise.example.org/rother-swim-2025">fundraise.example.org/rother-swim-2025</a>. Grandparents, godparents and old Rotherites are very welcome to support too, so do feel free to share the link with family if you think they would like to.</p>
<p>Spectators are welcome in the gallery from 8am. The Lower Sixth will be running a cake stall in the foyer, and there will be a bacon-roll stand from 10am.</p>
<p>Thank you for your support,</p>
<p>Tom Hallett<br>Housemaster, Rother<br>Wyvern Hill School</p>
</body></html>
"""
    send(L, 6, 'charity-sponsorship', 'html', 'Housemaster asks parents to sponsor the house swimathon and optionally share the fundraising link with family',
         ROTHER_HM, [ROTHER_PARENTS], 'Rother Swimathon for Chestnut Tree House - 22 March', '2025-03-03 18:05:50',
         text_part(h, subtype='html', cte='quoted-printable'))

    # 7 ---------------------------------------------------------------------
    t = """THE WYVERN WEEK - Friday 28 March 2025

From the Head
What a week: the Upper Sixth have finished their mocks, the Fourth Form have come back from the Brecon Beacons with only mild blisters, and the Chapel Choir sang Evensong in Chichester Cathedral on Wednesday. Thank you to everyone who came along.

House Music
Congratulations to Cuckmere, winners of the House Music competition with a spine-tingling arrangement of "Both Sides Now". Meon took the part-song cup.

Exeat and travel
The Easter holidays begin at 12.30pm on Friday 4 April. Coach bookings for Heathrow and Gatwick close on Monday.

From the Health Centre
Hay fever season is upon us. If your child needs antihistamines in house, please update their consent on the Parent Portal.

Subscribing
Grandparents and guardians can receive The Wyvern Week directly - please forward this email to them and they can sign up using the link at the bottom, or email communications@school.example.

With best wishes for the weekend,
Catherine Ashdown
Head"""
    send(L, 7, 'newsletter', 'alternative', 'Weekly school newsletter to parents; invites them to forward it to grandparents so they can subscribe',
         HEAD, [('Communications', 'communications@' + S)], 'The Wyvern Week - 28 March 2025', '2025-03-28 16:00:00',
         alt(t, 'cl-n-7', style='html'),
         bcc=[('', 'gemma.prosser@example.com'), ('', 'f.ogunleye@example.com'), ('', 'jane.vickery@example.com'),
              ('', 'l.sandhu@example.org'), ('', 'm.okoro@example.net')])

    # 8 ---------------------------------------------------------------------
    t = """Hi everyone,

The School Council has agreed to run a petition asking the Senior Management Team to keep the tuck shop open on Sunday afternoons during the winter term (it currently closes at the end of October).

The petition sheets are on the table outside the Dining Hall until Friday lunchtime. Please sign in person - one signature each, with your house and year group. We'll count them at Monday's Council meeting and Mr Teague has promised to discuss it at SMT if we get more than 200 names.

Please don't sign for other people - anything that looks fake gets crossed off.

Thanks!
Amara Eze (Head of School Council, U6)"""
    send(L, 8, 'school-petition', '7bit', 'School Council asks pupils to sign an in-person petition outside the Dining Hall (no forwarding)',
         ('Amara Eze', 'amara.eze@' + P), [('All Students', 'allstudents@' + P)],
         'Tuck shop petition - sign outside the Dining Hall', '2024-11-04 13:02:56', plain(t, charset='us-ascii'))

    # 9 ---------------------------------------------------------------------
    t = """Hi Darren

This is from all of us in Upper Sixth - we're leaving on Friday and wanted to say thank you to you and the whole kitchen team before we go. We did a round robin card but we weren't sure it would get to everyone so here it is by email too:

"Thank you for 1,000+ breakfasts, the best Sunday roasts in Sussex, the birthday cakes you never forgot, and for feeding us at 10pm during revision week. You're the real MVPs." - Sanjay, Zara, Rosie, Kemi, Hugo, Amara, Jonah, Ines, Kwame, Bella, Theo, Laila + the rest of U6

Please pass it on to the team, especially Maria and Ade on the breakfast shift. We'll miss you!!

Sent from my iPhone"""
    send(L, 9, 'thank-you-round-robin', 'mobile', 'Upper Sixth leaver sends catering manager a round-robin thank-you from the year group',
         ('Sanjay Pillai', 'sanjay.pillai@' + P), [CATER], 'Thank you from U6!!', '2025-05-21 12:14:08',
         plain(t, charset='us-ascii'), client='iphone')

    # 10 --------------------------------------------------------------------
    t = """Dear 9B2,

Prep for Thursday (30 minutes):

1. Using your notes from today, draw a food chain for the school pond with at least four links: start with a producer and end with a top predator. Label each organism as producer, primary consumer, secondary consumer or tertiary consumer.

2. Turn your chain into a pyramid of numbers and a pyramid of biomass. Explain in two or three sentences why the pyramid of biomass is always the right way up, even when the pyramid of numbers isn't.

3. Extension: if the heron population in the Wey valley collapsed, what would happen to the numbers of sticklebacks and water fleas? Use the words "energy transfer" in your answer.

Upload to Teams by 8am Thursday. Boarders, remember the Science block is open for prep until 8.30pm on Wednesdays if you want to use the library books.

Dr Ingleby"""
    send(L, 10, 'food-chain-prep', 'wrapped', 'Biology teacher sets prep on food chains and pyramids of numbers/biomass',
         BIO, [Y9SET], 'Prep for Thursday - food chains and pyramids', '2025-01-21 14:52:26',
         plain(wrap(t, 72), charset='us-ascii'))

    # 11 --------------------------------------------------------------------
    t = """Hi Gemma,

Yes, that's fine - I've moved the Arun booking to the 15-seater and you can have the 17-seater for the Chichester trip. See the chain below for what Simon originally asked for. I've updated the transport calendar.

Keys from reception as usual from 7.45am; please make sure it comes back with at least half a tank.

Thanks
Phil

From: Gemma Stroud <g.stroud@school.example>
Sent: 04 March 2025 08:41
To: Phil Dando <p.dando@school.example>
Subject: RE: Minibus Saturday 8 March

Morning Phil - sorry to add to the chain. Is there any chance of swapping? I've got 16 for the Chichester Festival Theatre matinee now.

Gemma

> From: Simon Devereux <s.devereux@school.example>
> Sent: 03 March 2025 17:20
> Subject: Minibus Saturday 8 March
>
> Hi Phil, could Arun have a minibus on Saturday 8th for the climbing wall trip, 10am-4pm? 12 boys plus two staff.
> Cheers, Simon
"""
    send(L, 11, 'email-chain-reply', 'reply', 'Estates manager replies in a minibus-booking email thread ("see the chain below")',
         ESTMGR, [TRIPS], 'RE: Minibus Saturday 8 March', '2025-03-04 09:07:12', plain(t, charset='us-ascii'),
         cc=[ARUN_HM], in_reply_to='<DB9PR02MB7731A1C0F2B5E0E4D3A1B9C0@DB9PR02MB7731.eurprd02.prod.outlook.com>')

    # 12 --------------------------------------------------------------------
    t = """Dear Parents,

Ski Trip to Söll, Austria – February half-term

With six weeks to go, here is the final kit list and some practical information.

Travel: the coach leaves from the Chapel car park at 5.00am on Saturday 15 February and returns at about 9.00pm on Sunday 23 February. The coach company carries snow chains and the drivers are experienced on Alpine roads, so please don't worry if you see snow on the forecast for the Tyrol.

Kit: salopettes, waterproof ski jacket, two pairs of ski socks, thermals, helmet (can be hired in resort – tick the box on the form), goggles, gloves (plus a spare pair), sun cream, lip balm, and a small rucksack. No hairdryers please – the Gasthof Bräuhaus provides them.

Money: we suggest 80-100 euros spending money, in cash. Pupils may bring a prepaid travel card; please do not send a personal credit card.

Documents: passport valid until at least May 2025, GHIC card, and the signed medical form if you haven't already returned it.

Best wishes,
Gemma Stroud
Trips & Visits Co-ordinator"""
    send(L, 12, 'snow-chains-ski-trip', 'latin1', 'Trips co-ordinator sends ski trip kit list to parents, mentions the coach carries snow chains',
         TRIPS, [TRIPS], 'Ski trip to Söll - final kit list', '2025-01-06 10:10:10',
         plain(t.replace('–', '-').replace('€', 'EUR '), charset='iso-8859-1', cte='8bit'),
         bcc=[('', 'jane.vickery@example.com'), ('', 'caroline.pitt@example.co.uk'), ('', 'h.vonbraun@example.org')])

    # 13 --------------------------------------------------------------------
    t = """has anyone seen my keys?? on a red Arsenal key chain with a little padlock and my locker key. think i left them in the common room or the prep room after tea. pls hand in to Mr Fairlie if found, thanks

Sent from my iPhone"""
    send(L, 13, 'lost-key-chain', 'mobile', 'Boarder asks his house if anyone has found his keys on a red key chain',
         ('Oscar Blaydon', 'oscar.blaydon@' + P), [MEON_BOYS], 'lost keys!!', '2024-12-03 19:48:22',
         plain(t, charset='us-ascii'), client='iphone')

    # 14 --------------------------------------------------------------------
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia, serif; font-size:12pt">
<h2 style="color:#1f3864">Economics &amp; Business Society – Thursday Lecture</h2>
<p><b>"Blockchains, Bubbles and Pyramids: why too-good-to-be-true usually is"</b><br>
Speaker: Dr Nadia Farouk, Senior Lecturer in Financial Economics<br>
Thursday 6 February, 7.15pm, Lecture Theatre (after supper)</p>
<p>Dr Farouk will explain how a blockchain actually works, what happened in the crypto crashes of 2018 and 2022, and how to tell the difference between a genuine investment and a Ponzi or pyramid scheme. She will also talk about "gifting circles" and "blessing looms", which have been circulating on social media, and why they are illegal in the UK under the Consumer Protection from Unfair Trading Regulations.</p>
<p>Open to the Fifth Form and Sixth Form. Boarders: the lecture finishes at 8.15pm, in time for house prep. Please sign up on the Society Teams channel so we know numbers for refreshments.</p>
<p>Mr Whitcombe<br>Head of Economics</p>
</body></html>
"""
    send(L, 14, 'society-lecture', 'html', 'Economics society lecture notice on blockchains and why pyramid schemes and gifting circles are illegal',
         ECON, [SIXTH, ('Fifth Form', 'fifthform@' + P)], 'Econ Soc lecture - Blockchains, Bubbles and Pyramids',
         '2025-01-31 12:00:33', text_part(h, subtype='html', cte='quoted-printable'))

    # 15 --------------------------------------------------------------------
    t = """Dear Parents and Guardians,

You may have seen a frightening message doing the rounds on WhatsApp and Facebook this week, claiming that a "challenge" character is telling children to harm themselves and that parents must forward the warning to everyone they know.

The police and the UK Safer Internet Centre have confirmed that this is a hoax. These scare messages spread because each person who forwards them adds to the panic, and the publicity itself can upset younger children.

What we would ask:
- please do not forward the message, or show the images to your child;
- talk calmly with your child about what they see online, and remind them they can always speak to their houseparent, tutor or any member of staff;
- if your child is upset, let their houseparent know and we will follow it up in house.

Our boarders have talked about hoaxes and online pressure in PSHE this term. If you have any concerns about your child's wellbeing, please contact me directly.

With best wishes,
Fiona Marchbank
Designated Safeguarding Lead"""
    send(L, 15, 'safeguarding-hoax-advice', 'base64', 'DSL advises parents that a viral scare message is a hoax and asks them NOT to forward it',
         DSL, [DSL], 'Online safety - a message circulating this week', '2025-02-20 17:22:09', plain(t, cte='base64'),
         bcc=[('', 'fiona.harrowby@example.com'), ('', 'gemma.prosser@example.com'), ('', 'adaeze.nwankwo@example.net'),
              ('', 'richard.ellery@example.org')])

    # 16 --------------------------------------------------------------------
    t = """Dear colleagues,

Our prayers in Chapel this week:

- for Mrs Pask, recovering at home after her operation - cards can be left in the Common Room pigeonhole;
- for the Upper Sixth as they begin their public examinations;
- for the family of Mr Geoffrey Tulley, our former Head of Classics, whose funeral is on Thursday at St Mary's, Petworth at 2pm (all are welcome);
- for the people of Myanmar after last week's earthquake, and for our Burmese boarders and their families.

Compline will be said in the Lady Chapel at 9.15pm on Wednesday and is open to staff and boarders.

If there is someone you would like us to remember in prayer, please drop me a line in confidence.

Every blessing,
Mark

Revd Mark Ollerenshaw
Chaplain"""
    send(L, 16, 'chaplaincy-prayer-list', 'flowed', 'Chaplain\'s weekly Chapel prayer intentions for staff (no forwarding)',
         CHAPLAIN, [ALLSTAFF], 'Chapel prayers this week', '2025-04-07 08:30:01', plain(flow(t), flowed=True),
         client='thunderbird')

    # 17 --------------------------------------------------------------------
    t = """Gentlemen,

A grey Lenovo school laptop has gone missing from the Rother prep room some time between 7.30pm and 9.00pm on Tuesday. It has an asset tag (WH-04417) on the underside and a Chelsea sticker on the lid.

If you borrowed it by mistake, or you know where it is, please return it to the house office or speak to me or Mrs Pask - no questions asked if it's back by Friday.

Please remember to lock your own laptops in your lockers when you leave the prep room. The prep room is not supervised after 9pm.

Mr Hallett"""
    send(L, 17, 'missing-laptop', '7bit', 'Housemaster tells his boarders a school laptop is missing from the prep room',
         ROTHER_HM, [ROTHER_BOYS], 'Missing laptop - Rother prep room', '2025-01-16 08:05:44', plain(t, charset='us-ascii'))

    # 18 --------------------------------------------------------------------
    t = """Dear all,

Macmillan Coffee Morning – Friday 27 September, 10.30am–12 noon, Common Room

The Parents' Association is hosting our annual Macmillan coffee morning during the long break. For every cake sold, the PA will donate an extra £1 to Macmillan Cancer Support on top of what we take on the day, up to £500.

Cakes (home-made or shop-bought – we're not judging!) can be dropped at Reception from 8am on the day. Please label anything containing nuts, and anything that is gluten-free or vegan.

Boarders are very welcome to bake in the house kitchens on Thursday evening with their houseparent's permission.

Thank you!
Julie Hemsworth
On behalf of the Wyvern Hill Parents' Association"""
    send(L, 18, 'charity-coffee-morning', 'qp', 'Parents\' Association coffee morning: "for every cake sold the PA will donate £1" to Macmillan',
         CARE, [ALLSTAFF, HOUSEPARENTS], 'Macmillan Coffee Morning - Friday 27th', '2024-09-19 12:30:55',
         plain(t, cte='quoted-printable'))

    # 19 --------------------------------------------------------------------
    t = """Hello everyone,

It’s that time of year again! The Common Room Secret Santa draw is now open.

How it works:
• Put your name on the list on the Common Room noticeboard by Friday 29 November.
• On Monday 2 December I’ll draw names out of the (Christmas) hat and put a slip in each person’s pigeonhole.
• Spend limit £10 – something fun, not something expensive.
• Wrap it, write the recipient’s name on it (not yours!) and put it in the sack by the coffee machine by Thursday 12 December.

Presents will be handed out at the staff Christmas lunch on Friday 13 December.

Any allergies or “please no smellies” requests – let me know and I’ll pass them on discreetly.

Ho ho ho,
Laura (English Dept)"""
    send(L, 19, 'secret-santa', 'cp1252', 'Staff Common Room Secret Santa draw, £10 limit, names drawn from a hat',
         ENG, [ALLSTAFF], 'Secret Santa 2024 🎅'.replace(' 🎅', ''), '2024-11-20 13:45:29',
         plain(t, charset='windows-1252', cte='8bit'))

    # 20 --------------------------------------------------------------------
    t = """Dear Sixth Formers,

HUMAN CHAIN - Saturday 10 May, 9.30am-12.30pm

As you know, the new Library opens after half-term. Rather than box everything up, we would like to move the reference and fiction collections (about 4,000 books) from the old Library to the new building the old-fashioned way: with a human chain, passing the books hand to hand across the Quad.

We need around 150 volunteers in shifts of an hour. The rota is attached - please put your name in a free slot and save it back to the shared drive, or email me and I'll add you. Volunteering counts towards your Community Service hours, and there will be bacon rolls.

If it rains, we'll move into the Cloisters and use trolleys.

With many thanks,
Mrs Pye
Librarian"""
    x = make_xlsx([['Human chain rota - Saturday 10 May', '', '', ''],
                   ['Shift', 'Quad (old Library end)', 'Quad (middle)', 'New Library end'],
                   ['09:30-10:30', '', '', ''], ['10:30-11:30', '', '', ''], ['11:30-12:30', '', '', ''],
                   ['Target per shift', 50, '', ''], ['Contact', 'r.pye@school.example', 'ext 2205', '']], sheet='Rota')
    send(L, 20, 'human-chain-volunteers', 'att-xlsx', 'Librarian asks Sixth Form volunteers for a human chain to move books to the new library; rota xlsx',
         LIB, [SIXTH], 'Volunteers needed - human chain to the new Library', '2025-04-24 10:47:31',
         mixed([plain(t, charset='us-ascii'), att_part(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Human chain rota.xlsx')], 'cl-n-20'))

    # 21 --------------------------------------------------------------------
    t = """Dear colleagues,

I'm delighted to share the dates of our Open Mornings and Taster Days for 2025 entry into Year 9 and the Sixth Form. I'd be very grateful if you could share this information with families in your region who may be interested in Wyvern Hill; the attached PDF flyer is also available in Mandarin, Thai, Spanish and Russian on request.

Open Morning: Saturday 4 October, 9.30am
Sixth Form Open Evening: Thursday 16 October, 6.00pm
Boarding Taster Weekend (Years 8 and 9): 14-16 November
Online Q&A with the Head and the Head of Boarding: Wednesday 22 October, 9.00am UK time (suitable for families in Asia)

Registration for any of these is through the Admissions page of our website. Families who cannot travel can book an individual virtual tour with one of my team.

As always, please get in touch if you have any questions about scholarships or bursaries.

With best wishes,
Harriet Lomax
Registrar"""
    send(L, 21, 'agent-please-share', 'alternative', 'Registrar asks overseas agents to share open-day dates with interested families in their region',
         REGISTRAR, [('Grace Zhou', 'grace@brightbridge-edu.example'), ('Nattapong K.', 'nattapong@siam-study.example'),
                     ('María José Fernández', 'mjfernandez@estudiar-inglaterra.example')],
         'Wyvern Hill open days 2025 - please share with families', '2025-09-01 09:30:00', alt(t, 'cl-n-21'),
         cc=[ADMISSIONS])

    # 22 --------------------------------------------------------------------
    inner = """Dear Miss Nandra,

Re: Mei Tanaka (Cuckmere, Year 9) - half-term arrangements

We confirm that Mei will be staying with her guardian family, Mr and Mrs Hartley in Horsham, over half-term. Mrs Hartley will collect her from Cuckmere at 5pm on Friday and return her on Sunday 23rd by 7pm.

Please forward this email to the matron on duty so that she has the details, and let us know if any arrangements change.

Kind regards,
Sarah Penhaligon
Student Services Coordinator, Anchor Guardians"""
    im = inner_msg(('Sarah Penhaligon', 'sarah.p@anchorguardians.example'), [CUCK_HM],
                   'Mei Tanaka - half-term collection', '2025-02-10 11:00:00', wrap(inner, 74), seed='cl-n-22-inner',
                   charset='us-ascii')
    t = """Bernie - see attached from the guardianship agency, as requested. Mei is being collected by Mrs Hartley on Friday at 5. Can you put it in the duty book please?

Thanks, Priya"""
    send(L, 22, 'guardian-forward-request', 'fwd-rfc822', 'Housemistress forwards (as attachment) a guardianship agency\'s collection email to the duty matron, as the agency asked',
         CUCK_HM, [MATRON_ADUR], 'FW: Mei Tanaka - half-term collection', '2025-02-10 12:14:03',
         mixed([plain(t, charset='us-ascii'), rfc822_part(im, 'Mei Tanaka - half-term collection.eml')], 'cl-n-22'))

    # 23 --------------------------------------------------------------------
    t = """Dear colleagues,

From Monday 13 January, automatic forwarding of school email to outside addresses (for example a personal Gmail or Hotmail account) will be switched off for all staff mailboxes, in line with the School's Data Protection Policy and advice from our cyber insurers.

What this means for you:
- Any forwarding rule you have set up in Outlook to send mail to an outside address will stop working. You'll get a one-off notification when this happens.
- You can still forward individual messages to outside recipients by hand when there's a work reason to do so.
- Forwarding within the school (for example to a colleague or a shared mailbox while you're away) is unaffected.

If you rely on forwarding because you can't get to Outlook on your phone, please come and see us - we can set up the Outlook app on your phone in about five minutes.

Thanks,
IT Services"""
    send(L, 23, 'it-forwarding-policy', '7bit', 'IT announces that automatic forwarding to outside addresses will be disabled',
         ITDESK, [ALLSTAFF], 'Automatic forwarding to external addresses - changes from 13 January', '2025-01-06 08:45:00',
         plain(t, charset='us-ascii'))

    # 24 --------------------------------------------------------------------
    t = """Dear Parents and Guardians,

Protecting you from invoice fraud

We have been made aware that families at several independent schools have recently received convincing emails, apparently from a school's bursary, saying that the school has changed its bank and asking for the next term's fees to be paid into a "new account".

Wyvern Hill School will never change its bank details by email. If you receive any message – even one that appears to come from a school address – asking you to pay fees into a different account, please:

• do not pay, reply or click any link in it;
• do not forward it on to other parents (this can spread the fraudulent details);
• ring the Fees Office on 01632 960 412 during office hours so that we can confirm and investigate.

Our bank details have not changed and remain as printed on your termly invoice.

With thanks,
Julian Pettifer
Bursar"""
    send(L, 24, 'fees-fraud-warning', 'qp', 'Bursar warns parents about fee invoice fraud: school never changes bank details by email, do not forward',
         BURSAR, [FEESBOX], 'Important: protecting you from invoice fraud', '2025-04-14 15:33:12',
         plain(t, cte='quoted-printable'),
         bcc=[('', 'richard.ellery@example.org'), ('', 'adaeze.nwankwo@example.net'), ('', 'gemma.prosser@example.com'),
              ('', 'nattaya.s@siam-mail.example')])

    # 25 --------------------------------------------------------------------
    t = """Hi 8E3,

Our new writing unit starts on Monday: Urban Legends and the Art of Suspense.

An urban legend is a story that is passed from person to person as if it were true – it always happened to "a friend of a friend", it's usually set somewhere ordinary (a car park, a motorway, a school dorm!) and it often ends with a twist or a warning. Before Monday, please:

1. Ask someone at home – or your houseparent! – if they know an urban legend, and jot it down in a few lines.
2. Read the two examples on Teams: "The Hook" and "The Vanishing Hitchhiker".
3. Think about why these stories spread. What makes people want to pass them on?

Over the unit you'll write your own 800-word suspense story using the features of an urban legend. The best ones will be read aloud at the Halloween House Supper.

Ms Menzies"""
    send(L, 25, 'urban-legend-lesson', 'base64', 'English teacher introduces a creative-writing unit on urban legends to Year 8',
         ENG, [Y8SET], 'New unit: Urban Legends', '2024-10-10 16:12:40', plain(t, cte='base64'))

    # 26 --------------------------------------------------------------------
    t = """Dear Parents and Guardians,

Please find attached a letter from the UK Health Security Agency about a confirmed case of measles in a pupil at the School. The pupil is recovering at home.

Please read the letter carefully and share it with your child's guardian and anyone else who looks after your child, so that they know the symptoms to look out for. If your child has not had two doses of the MMR vaccine, the letter explains how to arrange a catch-up dose through your GP; boarders registered with our school doctor can have this at the Health Centre.

If you are unsure of your child's vaccination status, please check their Red Book or contact the Health Centre on 01632 960 455.

With best wishes,
Sister Anne Kowalczyk
Lead Nurse, Health Centre"""
    a = """UK Health Security Agency - South East Health Protection Team

To: Parents and carers of pupils at Wyvern Hill School

Date: 12 March 2025

Dear Parent or Carer,

Re: Measles

We have been informed of a confirmed case of measles in a pupil at the school. Measles is a highly infectious viral illness. Symptoms usually begin 10 to 12 days after exposure and include a high temperature, a runny or blocked nose, sneezing, a cough and red, sore, watery eyes, followed a few days later by a rash.

The best protection is two doses of the MMR vaccine. If your child has not had two doses, please contact your GP practice to arrange vaccination.

If your child develops symptoms, please keep them at home and telephone your GP or NHS 111 before attending, so that arrangements can be made to avoid infecting others.

Please share this letter with anyone else who cares for your child.

Yours faithfully,

Health Protection Team
"""
    send(L, 26, 'health-letter-share', 'att-txt', 'Health Centre forwards UKHSA measles letter to parents asking them to share it with guardians and carers',
         NURSE, [HEALTH], 'Measles - letter from UKHSA', '2025-03-12 14:20:00',
         mixed([plain(t, charset='us-ascii'), text_part(wrap(a, 74), filename='UKHSA measles letter.txt', charset='us-ascii')], 'cl-n-26'),
         bcc=[('', 'jane.vickery@example.com'), ('', 'm.okoro@example.net'), ('', 'office@anchorguardians.example')])

    # 27 --------------------------------------------------------------------
    t = """Hi Teddy,

Thanks for telling me - that was exactly the right thing to do, and no, you're not in any trouble.

The "ghost of the top corridor" message is made up. There has never been a pupil called Edward Lisle at Wyvern Hill (I checked with the Archivist) and nobody died in Meon. Somebody wrote it to scare people into sending it on. Please don't forward it, just delete it. I'm going to talk to the whole house about it at house meeting tonight, without mentioning who told me.

If you're finding it hard to get to sleep, come and knock on the flat door or find Mrs Fairlie - we're around all evening.

Mr Fairlie

On Tue, 12 Nov 2024 at 20:41, Teddy Hambling <teddy.hambling@students.school.example> wrote:
> Sir, I got this email about a ghost in Meon and some of the Shell boys are really scared, is it true?? Harry says his bed was wet. Sorry if I'm not meant to send it to you.
"""
    send(L, 27, 'housemaster-reassures', 'reply', 'Housemaster replies to a worried boarder: the ghost chain is made up, don\'t forward it (does not reproduce it)',
         MEON_HM, [('Teddy Hambling', 'teddy.hambling@' + P)], 'Re: is this true??', '2024-11-12 21:06:30',
         plain(t, charset='us-ascii'), in_reply_to='<CAK7x9Fq0pZ4=meonghost@mail.gmail.com>', client='gmail')

    # 28 --------------------------------------------------------------------
    t = """Hi all,

Attached are the fixtures for the inter-house tennis round robin, which starts on Monday. Every house plays every other house once in its group; top two from each group go through to the finals on Speech Day weekend.

Matches are best of three tie-break sets, on the Astro courts, 4.30-6pm. Please make sure your house captain has your team sheet to me by Friday. If a fixture clashes with a cricket match, let me know and I'll move it.

Ollie Brandreth
Director of Tennis"""
    c = csv_text([['Round', 'Date', 'Court', 'Home', 'Away'],
                  [1, '12/05/2025', 1, 'Arun', 'Meon'], [1, '12/05/2025', 2, 'Rother', 'Downs'],
                  [1, '12/05/2025', 3, 'Cuckmere', 'Itchen'], [2, '14/05/2025', 1, 'Arun', 'Rother'],
                  [2, '14/05/2025', 2, 'Meon', 'Downs'], [2, '14/05/2025', 3, 'Adur', 'Cuckmere'],
                  [3, '19/05/2025', 1, 'Arun', 'Downs'], [3, '19/05/2025', 2, 'Meon', 'Rother'],
                  [3, '19/05/2025', 3, 'Itchen', 'Adur']])
    send(L, 28, 'round-robin-fixtures', 'att-csv', 'Director of Tennis sends inter-house round robin fixtures as CSV',
         PE, [HOUSEPARENTS, ('House Captains', 'housecaptains@' + P)], 'Inter-house tennis round robin - fixtures',
         '2025-05-08 17:11:11',
         mixed([plain(t, charset='us-ascii'), text_part(c, subtype='csv', filename='tennis_round_robin.csv', charset='us-ascii')], 'cl-n-28'))

    # 29 --------------------------------------------------------------------
    t = """Dear Heads of Department,

Please see below from the exam board - the Spanish and Religious Studies papers on 2 June have been swapped. I've updated the internal timetable and the candidate statements will be reissued on Monday. Please let your Upper Sixth know and check for any new clashes.

Linda

---------- Forwarded message ---------
From: Exams Operations <operations@awarding-body.example>
Date: Thu, 27 Mar 2025 at 15:40
Subject: Notice to centres: change to summer 2025 timetable
To: Exams Officer <l.shaw@school.example>

Dear Exams Officer,

Please note the following change to the published summer 2025 timetable. GCE A level Spanish Paper 1 will now take place on Monday 2 June (afternoon) and GCE A level Religious Studies Paper 2 on Monday 2 June (morning). All other papers are unchanged.

Please inform your candidates and review any clashes arising. The updated timetable is available on the secure centre portal.

Kind regards,
Exams Operations
"""
    send(L, 29, 'forwarded-exam-notice', 'fwd-inline', 'Exams officer forwards an awarding body timetable change notice to heads of department',
         EXAMS, [HODS], 'Fwd: Notice to centres: change to summer 2025 timetable', '2025-03-27 16:22:18',
         plain(t, charset='us-ascii'), client='gmail')

    # 30 --------------------------------------------------------------------
    t = """Dear Parent Reps,

With snow forecast for next week, here is a reminder of how we let families know if the school has to close or delay the start of term.

1. The decision is made by 6.30am and posted on the website, the Parent Portal and by text to every parent.
2. As a back-up, each Parent Rep phones the families on their section of the house telephone tree. The instructions and a blank tree are in the attached zip - please fill in your own section from the house contact list on the Parent Portal and keep it at home; please don't email the completed tree around.
3. Day pupils should not set off until they have heard. Boarders stay in house and the day runs as a "house day".

Thank you for helping us make sure that nobody makes a dangerous journey.

Rob Teague
Deputy Head (Pastoral)"""
    instr = """TELEPHONE TREE - INSTRUCTIONS FOR PARENT REPS

1. When you receive the closure text (or call from the Deputy Head's office), phone the first
   family on your list. If there is no answer, leave a message and move on to the next.
2. Each family on your list is only phoned by you; they do not phone anyone else.
3. When you have finished, text the Deputy Head's office on the duty number to say your
   section is complete.
4. Never give out another family's number.
"""
    blank = csv_text([['Section', 'Rep name', 'Family 1', 'Family 2', 'Family 3', 'Family 4', 'Family 5'],
                      ['A', '', '', '', '', '', ''], ['B', '', '', '', '', '', ''], ['C', '', '', '', '', '', '']])
    z = make_zip([('Telephone tree instructions.txt', instr.replace('\n', '\r\n')), ('Telephone tree - blank.csv', blank)],
                 dt=(2025, 1, 3, 16, 0, 0))
    send(L, 30, 'telephone-tree', 'zip', 'Deputy head reminds parent reps of the snow-closure telephone tree; blank tree and instructions in a zip',
         DEPHEAD, [DEPHEAD], 'Snow closures - telephone tree reminder', '2025-01-03 16:25:00',
         mixed([plain(t, charset='us-ascii'), att_part(z, 'application/x-zip-compressed', 'Telephone tree.zip')], 'cl-n-30'),
         bcc=[('', 'jane.vickery@example.com'), ('', 'caroline.pitt@example.co.uk'), ('', 'l.sandhu@example.org')])


if __name__ == '__main__':
    positives()
    negatives()
    write_manifest()
