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


def dob_for_year(rng, y):
    """Date of birth for a pupil in National Curriculum year y in 2024/25."""
    start = datetime.date(2019 - y, 9, 1)
    return start + datetime.timedelta(days=rng.randint(0, 364))


def adult_dob(rng, y0=1966, y1=1996):
    return make_dob(rng, y0, y1)


def upn_for(rng, dob, la=None):
    la = la or rng.choice(['938', '936', '850', '212', '316', '846', '886'])
    return make_upn(rng, la=la, estab='%04d' % rng.randint(2000, 6999), year='%02d' % ((dob.year + 4) % 100))


XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def make_temp_upn(rng, la='938', estab='6031', year=None):
    """Temporary UPN: 12th character after the check letter is a letter."""
    year = year or '25'
    body = la + estab + year + '%02d' % rng.randint(0, 99) + rng.choice(UPN_ALPHA)
    return upn_check_letter(body) + body

# =================================================================== POSITIVES
def positives():
    L = 'positive'

    # 1 ---------------------------------------------------------------------
    rng = random.Random('pd-p-1')
    rows = [['Surname', 'Forename', 'Preferred name', 'DOB', 'UPN', 'Passport no.', 'Entry', 'House', 'Home city']]
    kids = [('Zhang', 'Yiran', 'Eva', 10, 'Itchen', 'Shanghai'), ('Li', 'Haoyu', 'Henry', 9, 'Arun', 'Hangzhou'),
            ('Chen', 'Siqi', 'Cissy', 12, 'Downs', 'Shenzhen'), ('Wang', 'Zimo', 'Jimmy', 9, 'Meon', 'Suzhou'),
            ('Liu', 'Xinyue', 'Lucy', 12, 'Downs', 'Shanghai'), ('Zhou', 'Junhao', 'Kevin', 10, 'Rother', 'Nanjing')]
    for sn, fn, pn, y, house, city in kids:
        d = dob_for_year(rng, y)
        rows.append([sn.upper(), fn, pn, dmy(d), make_temp_upn(rng), 'E%08d' % rng.randint(10000000, 99999999),
                     'Y%d Sept 2025' % (y + 1 if y < 12 else y + 1), house, city])
    t = """Dear Grace,

Thank you for your patience. As promised, here is the list of your families' children who have accepted places for September 2025, with the details the Home Office sponsorship team will need for the CAS applications. Please check the dates of birth and passport numbers against the copies you hold and let me know of any corrections by Friday.

The UPNs are the temporary ones we have issued, as none of the children has been at school in England before.

Once the CAS numbers are issued I'll send them over separately.

With best wishes,
Harriet

Harriet Lomax
Registrar
Wyvern Hill School"""
    send(L, 1, 'agent-pupil-list', 'att-csv', 'Registrar sends an overseas agent a CSV of incoming pupils with DOBs, UPNs and passport numbers',
         REGISTRAR, [('Grace Zhou', 'grace@brightbridge-edu.example')], 'Sept 2025 entrants - details for CAS', '2025-05-12 10:40:21',
         mixed([plain(t, charset='us-ascii'), text_part(csv_text(rows), subtype='csv', filename='BrightBridge entrants Sept 2025.csv', cte='base64')], 'pd-p-1'),
         cc=[ADMISSIONS])

    # 2 ---------------------------------------------------------------------
    rng = random.Random('pd-p-2')
    d = dob_for_year(rng, 9)
    nhs = make_nhs(rng)
    t = """Dear Sarah,

Handover for Yuna Park (Itchen, Year 9) ahead of her half-term stay with the Hartleys. Could you please pass this on to Mrs Hartley so she has everything she needs?

Full name: Yuna Park
Date of birth: %s
NHS number: %s
Registered GP: Dr Patel, Downs Medical Practice (school doctor)

Medical: Yuna has moderate asthma. She takes Clenil Modulite 100mcg, two puffs morning and evening, and has a blue Salbutamol inhaler to use as needed. She has had two attacks this term needing the Health Centre, the last one on 3 February after cross-country. Please make sure she takes both inhalers with her and that the Hartleys know not to let her run out.

Wellbeing: Yuna has been having panic attacks at night since Christmas, linked to her parents' separation (her father has moved back to Seoul and her mother is in Singapore). She is seeing Mrs Alder, the school counsellor, weekly. She may be tearful over the weekend and she finds it helpful to be allowed to phone her mother at bedtime (Singapore is 8 hours ahead).

She is not to be collected by her father or anyone on his behalf without written permission from her mother - please make sure the Hartleys are aware.

Many thanks,
Jo Barraclough
Housemistress, Itchen""" % (dmy(d), nhs)
    send(L, 2, 'guardian-medical-handover', 'wrapped', 'Housemistress emails guardianship agency a named pupil\'s DOB, NHS number, asthma medication and family/mental-health details',
         ITCHEN_HM, [('Sarah Penhaligon', 'sarah.p@anchorguardians.example')], 'Yuna Park - half-term handover', '2025-02-12 16:48:02',
         plain(wrap(t, 72), charset='us-ascii'))

    # 3 ---------------------------------------------------------------------
    rng = random.Random('pd-p-3')
    hdr = ['Surname', 'First name', 'DOB', 'NHS number', 'Home address', 'Postcode', 'Previous GP', 'Allergies', 'Long-term conditions']
    rows = [hdr]
    ppl = [('ADEBAYO', 'Kemi', 12, '14 Aldwych Crescent, Lekki Phase 1, Lagos', 'n/a', 'Lagoon Hospital', 'None known', 'None'),
           ('BROUGHTON', 'Isla', 7, 'Hollybank Farm, Loxwood', 'RH14 0RJ', 'Loxwood Surgery', 'Penicillin', 'Eczema'),
           ('FONTANA', 'Luca', 10, 'Via dei Serragli 22, Firenze', 'n/a', 'n/a', 'Peanuts (anaphylaxis)', 'EpiPen x2'),
           ('HAMBLING', 'Teddy', 9, '3 Old Rectory Lane, Alresford', 'SO24 9DH', 'Alresford Group Practice', 'None known', 'Type 1 diabetes'),
           ('OGDEN', 'Maisie', 7, '27 Cranmore Road, Guildford', 'GU2 7QE', 'Stoughton Road Surgery', 'None known', 'Asthma'),
           ('RAHMAN', 'Yusuf', 10, 'Flat 8, 19 Lower Sloane Street, London', 'SW1W 8BB', 'Sloane Square Medical', 'None known', 'ADHD - methylphenidate'),
           ('TANAKA', 'Mei', 9, '2-14-6 Jiyugaoka, Meguro-ku, Tokyo', 'n/a', 'n/a', 'Shellfish', 'None')]
    for sn, fn, y, ad, pc, gp, al, lt in ppl:
        d = dob_for_year(rng, y)
        rows.append([sn, fn, dmy(d), make_nhs(rng), ad, pc, gp, al, lt])
    t = """Hi Donna,

Please find attached the new boarders registering with Dr Patel this term. The GMS1 forms are coming over in the post but I thought it would be quicker to send the details so you can start the registrations.

Let me know if any of the NHS numbers don't match.

Thanks,
Bea

Bea Sutton RGN
Health Centre, Wyvern Hill School"""
    send(L, 3, 'gp-registration-list', 'att-xlsx', 'School nurse sends GP practice (outside domain) a spreadsheet of new boarders with DOB, NHS numbers, addresses and conditions',
         NURSE2, [('Donna Reeves', 'registrations@downsmedical-nhs.example')], 'New boarder registrations - September',
         '2024-09-09 11:15:42', mixed([plain(t, charset='us-ascii'), att_part(make_xlsx(rows, sheet='New boarders'), XLSX, 'New boarders GP registration Sept 24.xlsx')], 'pd-p-3'))

    # 4 ---------------------------------------------------------------------
    rng = random.Random('pd-p-4')
    rows = [['Payer', 'Pupil', 'Sort code', 'Account number', 'Account name', 'Monthly amount', 'First collection']]
    payers = [('Mr J Vickery', 'Harriet Vickery'), ('Mrs C Pitt', 'Oliver Pitt'), ('Dr M Okoro', 'Daniel Okoro'),
              ('Mr & Mrs Ridgeway', 'Poppy Ridgeway'), ('Ms L Sandhu', 'Arjun Sandhu'), ('Mr R Ellery', 'Thomas Ellery')]
    for pay, pupil in payers:
        sc, acc = make_sortacc(rng)
        rows.append([pay, pupil, sc, acc, pay.replace('Mr & Mrs ', 'Mr and Mrs ').upper(), '%.2f' % rng.choice([3150.0, 3475.0, 2890.0, 4120.0]), '01/09/2024'])
    t = """Hi Mark,

Please find attached the families joining the monthly fees plan from September. Mandates have all been signed and are in the Fees Office if you need copies.

Could you confirm once they're set up on your side?

Many thanks,
Sandra

Sandra Okafor
Fees Office"""
    send(L, 4, 'direct-debit-list', 'att-csv', 'Fees office sends an outside fees-plan provider parents\' sort codes and account numbers as CSV',
         FEES, [('Mark Lindqvist', 'm.lindqvist@schoolfeesplan.example')], 'Monthly plan - new joiners September',
         '2024-08-20 14:05:33', mixed([plain(t, charset='us-ascii'), text_part(csv_text(rows), subtype='csv', filename='monthly_plan_new_joiners.csv', charset='us-ascii')], 'pd-p-4'))

    # 5 ---------------------------------------------------------------------
    rng = random.Random('pd-p-5')
    card = make_card(rng, '4', 16)
    t = """Dear Mrs Vickery,

Thank you for your email. Unfortunately the card payment was declined again this morning - the bank gave the reason as "expiry date invalid". Could you double-check the details below and let me know? Alternatively a bank transfer is fine.

Kind regards,
Sandra

Sandra Okafor
Fees Office, Wyvern Hill School
01632 960 412

-----Original Message-----
From: Jane Vickery <jane.vickery@example.com>
Sent: 08 January 2025 21:17
To: Fees Office <fees@school.example>
Subject: Harriet Vickery - Lent term extras

Dear Sandra,

Sorry for the delay. Please take the extras for Harriet (Itchen, Year 10) from my card:

Card: %s
Name on card: MRS J A VICKERY
Expiry: 09/27
Security code: %03d

Billing address: The Granary, Church Lane, Bosham, PO18 8HX

Many thanks,
Jane""" % (card, rng.randint(100, 999))
    send(L, 5, 'card-details-reply', 'reply', 'Fees office replies to a parent quoting her full card number, expiry and security code back over email',
         FEES, [('Jane Vickery', 'jane.vickery@example.com')], 'RE: Harriet Vickery - Lent term extras',
         '2025-01-09 09:31:26', plain(t, charset='us-ascii'),
         in_reply_to='<LO2P265MB4471C0A7E1F94B2A8D@LO2P265MB4471.GBRP265.prod.outlook.com>')

    # 6 ---------------------------------------------------------------------
    rng = random.Random('pd-p-6')
    rows = [['Employee', 'Role', 'Start date', 'DOB', 'NI number', 'Address', 'Sort code', 'Account no.', 'Annual salary', 'Tax code']]
    staff = [('Callum Reid', 'Sports Graduate Assistant', '01/09/2024', '12 Pound Street, Petworth GU28 0DX', 14500, '1257L'),
             ('Marta Nowak', 'Housekeeper', '02/09/2024', '6 Rosemary Close, Midhurst GU29 9PN', 21800, '1257L'),
             ('Dr Nadia Farouk', 'Visiting Lecturer', '09/09/2024', '41 Silverdale Road, Hove BN3 1TQ', 8200, 'BR'),
             ('Ellie Maddox', 'Teacher of Chemistry', '01/09/2024', 'Flat 2, 88 North Street, Chichester PO19 1LQ', 38500, '1257L')]
    for n, role, sd, ad, sal, tc in staff:
        sc, acc = make_sortacc(rng)
        rows.append([n, role, sd, dmy(adult_dob(rng, 1975, 2002)), make_nino(rng), ad, sc, acc, sal, tc])
    t = """Hi Priti,

New starters for the September payroll attached - P45s to follow for Marta and Ellie. Callum is on a fixed-term contract to July.

Thanks,
Michelle

Michelle Dunmore
HR Manager"""
    send(L, 6, 'payroll-new-starters', 'att-xlsx', 'HR sends an external payroll bureau new starters with DOB, NI numbers, home addresses and bank details',
         HR, [('Priti Shah', 'priti.shah@ashgrove-payroll.example')], 'New starters - September payroll',
         '2024-09-12 15:22:09', mixed([plain(t, charset='us-ascii'), att_part(make_xlsx(rows, sheet='Starters'), XLSX, 'Sept starters.xlsx')], 'pd-p-6'))

    # 7 ---------------------------------------------------------------------
    rng = random.Random('pd-p-7')
    d = dob_for_year(rng, 10)
    t = """Dear Dr Haverford,

Thank you for agreeing to see Arjun privately over the Easter holidays. As discussed on the phone, here is a summary before you meet him and his mother.

Arjun Sandhu, Year 10, Rother House (boarder)
Date of birth: %s
UPN: %s

Arjun was diagnosed with dyslexia at his prep school in 2021 (report attached to our file, standardised reading score 81). Since September staff have raised concerns about attention and impulsivity, particularly in the boarding house in the evenings. His GP has referred him to CAMHS for an ADHD assessment but the waiting list is over a year, which is why the family has asked for a private assessment.

He currently has 25%% extra time and a laptop in exams. He does not have an EHCP. His mother tells us his father has a diagnosis of ADHD.

Pastorally, Arjun has had two serious sanctions this year (one for vaping in the house and one for leaving the site at night), and he told his housemaster in February that he sometimes feels "like everyone thinks I'm thick".

Please let me know if you need anything else from us.

Kind regards,
Dr Ellen Gwynne
Head of Learning Support (SENCo)""" % (dmy(d), upn_for(rng, d, la='936'))
    send(L, 7, 'ed-psych-referral', 'flowed', 'SENCo sends a private educational psychologist a named pupil\'s DOB, UPN, diagnoses, sanctions and family history',
         SENCO, [('Dr Miriam Haverford', 'miriam.haverford@example.com')], 'Arjun Sandhu - background before assessment',
         '2025-03-27 12:02:47', plain(flow(t), charset='us-ascii', flowed=True), client='thunderbird')

    # 8 ---------------------------------------------------------------------
    rng = random.Random('pd-p-8')
    d = dob_for_year(rng, 8)
    t = """Sending to my home address so I can finish the write-up tonight - please ignore.

---------- Forwarded message ---------
From: Claire Whitlock <c.whitlock@school.example>
Date: Thu, 23 Jan 2025 at 15:12
Subject: CONFIDENTIAL - disclosure from Poppy R
To: Fiona Marchbank <f.marchbank@school.example>

Fiona,

As discussed, my notes from this afternoon. I have written them up straight away.

Pupil: Poppy Ridgeway, Year 8, Adur
DOB: %s

At about 1.40pm Poppy came to the house office and asked to speak to me alone. She said that over Christmas her stepfather, Gavin Ridgeway, had "lost it" with her mother and pushed her against the kitchen door, and that when Poppy tried to stop him he grabbed her by the arm hard enough to leave bruises. She showed me her upper left arm; there were fading yellow bruises, roughly finger-shaped. She said this "happens when he drinks" and that she does not want to go home for exeat on 7 February. She asked me not to tell her mother because "it'll make it worse".

I told her I could not keep it secret and that I would need to pass it on to you. She was tearful but calm. She is in lessons this afternoon and in house tonight.

Claire
""" % dmy(d)
    send(L, 8, 'safeguarding-to-personal', 'fwd-inline', 'DSL forwards a named child\'s safeguarding disclosure to her personal outside email to write up at home',
         DSL, [('', 'fi.marchbank65@example.com')], 'Fwd: CONFIDENTIAL - disclosure from Poppy R', '2025-01-23 17:55:10',
         plain(t, charset='us-ascii'), client='gmail')

    # 9 ---------------------------------------------------------------------
    rng = random.Random('pd-p-9')
    rows = [['Candidate no.', 'Surname', 'Forename', 'DOB', 'ULN', 'Qualification', 'Access arrangements']]
    cands = [('ASANTE', 'Kwame', '25% extra time'), ('BRENNAN', 'Alfie', ''), ('DUNSTAN', 'Amelia', 'Reader; separate room (anxiety)'),
             ('FERRERS', 'Lucy', ''), ('KAPOOR', 'Rohan', 'Word processor'), ('LOCKHART', 'Sebastian', '25% extra time; rest breaks'),
             ('MALIK', 'Zara', ''), ('NWANKWO', 'Chidera', ''), ('STANHOPE', 'Edward', 'Modified paper (visual impairment) - 18pt'),
             ('THACKERAY', 'Rosie', '')]
    for i, (sn, fn, aa) in enumerate(cands):
        rows.append(['%04d' % (4101 + i), sn, fn, dmy(dob_for_year(rng, 12)), make_uln(rng), 'BTEC Nat Ext Cert Sport', aa])
    z = make_zip([('BTEC_Sport_Unit1_candidates.csv', csv_text(rows))], dt=(2025, 1, 6, 14, 30, 0))
    t = """Hi Gill,

As agreed, here are the candidates sitting the BTEC Sport Unit 1 external assessment at your centre on 14 January (our sports hall is being refloored). The file has their ULNs and dates of birth for your register, plus their access arrangements - the reader and the modified paper are the ones to watch.

Our invigilator will bring the papers across at 8.30.

Thanks so much for helping us out.
Linda

Linda Shaw
Exams Officer"""
    send(L, 9, 'candidate-uln-list', 'zip', 'Exams officer sends another centre a zip (no password) of candidates with ULNs, DOBs and access arrangements',
         EXAMS, [('Gill Sampson', 'exams@kestrel-college.example')], 'Unit 1 candidates - 14 January',
         '2025-01-06 14:41:58', mixed([plain(t, charset='us-ascii'), att_part(z, 'application/zip', 'BTEC Unit1 candidates.zip')], 'pd-p-9'))

    # 10 --------------------------------------------------------------------
    rng = random.Random('pd-p-10')
    tab = [['Name', 'DOB', 'Nationality', 'Passport no.', 'Expiry', 'Medical / dietary']]
    tripkids = [('Harriet Vickery', 10, 'British', 'None'), ('Oliver Pitt', 10, 'British', 'Nut allergy - carries EpiPen'),
                ('Sophie Leung', 9, 'British', 'None'), ('Daniel Okoro', 11, 'Nigerian', 'Sickle cell trait; vegetarian'),
                ('Freya Lindqvist', 9, 'Swedish', 'Coeliac - strict gluten free'), ('Max Oyelaran', 9, 'British', 'Epilepsy - Keppra 500mg bd, rescue midazolam'),
                ('Tilly Marsh', 10, 'British', 'Anorexia nervosa (in recovery) - meal plan attached'), ('Callum Rees', 10, 'British', 'None')]
    for n, y, nat, med in tripkids:
        tab.append([n, dmy(dob_for_year(rng, y)), nat, make_passport(rng), '%02d/%02d/20%d' % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(26, 33)), med])
    doc = make_docx(['# Wyvern Hill School - Söll ski trip, February 2025', 'Passenger manifest and medical information (pupils)',
                     'Group leader: Gemma Stroud. Accompanying staff: Ollie Brandreth, Claire Whitlock.'], table=tab, title='Ski manifest')
    t = """Dear Matthias,

Please find attached the passenger manifest for our group, with passport details for the ferry and the hotel registration, and the medical and dietary information for the Gasthof kitchen and the ski school.

Max's epilepsy rescue medication will be carried by Mrs Whitlock at all times; could you make sure the ski school instructor is aware?

Best wishes,
Gemma

Gemma Stroud
Trips & Visits Co-ordinator"""
    send(L, 10, 'trip-manifest', 'att-docx', 'Trips co-ordinator sends tour operator a docx manifest with pupils\' DOBs, passport numbers and medical conditions',
         TRIPS, [('Matthias Gruber', 'groups@alpinecrest-tours.example')], 'Wyvern Hill - Söll Feb 2025 - manifest',
         '2025-01-28 11:11:47', mixed([plain(t), att_part(doc, DOCX, 'Soll 2025 manifest and medical.docx')], 'pd-p-10'))

    # 11 --------------------------------------------------------------------
    rng = random.Random('pd-p-11')
    d = dob_for_year(rng, 8)
    upn = upn_for(rng, d, la='213')
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri, Arial, sans-serif; font-size:11pt">
<p>Dear Khun Nattapong,</p>
<p>Thank you for sending the application for Pim. I have now had the reference back from her current school in London, and I wanted to share the key points with you before the family's interview, as you asked.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Pimchanok (Pim) Wongsakul</td></tr>
<tr><td><b>Date of birth</b></td><td>%s</td></tr>
<tr><td><b>UPN</b></td><td>%s</td></tr>
<tr><td><b>UK address</b></td><td>Flat 14, Marlborough Court, 33 Pembroke Road, London W8 6PW</td></tr>
<tr><td><b>Current school</b></td><td>Kensington Park Prep</td></tr>
</table>
<p>The reference is positive academically (strong in maths, working above expected standard), but the school notes that Pim was diagnosed with <b>type 1 diabetes</b> in October and has had two hypoglycaemic episodes in school, one requiring an ambulance. She now uses an insulin pump. The school also mentions a period of school refusal last spring and that she was referred to the school counsellor for low mood after her grandmother's death.</p>
<p>None of this would stop us offering a place, but our Health Centre would need to put a care plan in place before she boards. Could you discuss this with Mr and Mrs Wongsakul?</p>
<p>Kind regards,<br>Harriet Lomax<br>Registrar</p>
</body></html>
""" % (dmy(d), upn)
    send(L, 11, 'applicant-reference-summary', 'html', 'Registrar emails an overseas agent an applicant\'s DOB, UPN, address, diabetes diagnosis and counselling history',
         REGISTRAR, [('Nattapong Kittisak', 'nattapong@siam-study.example')], 'Pim Wongsakul - reference received',
         '2025-02-04 09:58:38', text_part(h, subtype='html', cte='quoted-printable'))

    # 12 --------------------------------------------------------------------
    rng = random.Random('pd-p-12')
    lines = []
    kids = [('Noah Sitwell', 8, 'None', 'None'), ('Jake Mensah', 8, 'Asthma - Ventolin', 'None'),
            ('Will Cartwright', 8, 'None', 'Wasp/bee sting - anaphylaxis, EpiPen'), ('Louis Fairclough', 8, 'ADHD - Concerta XL 36mg (morning, given by matron)', 'None'),
            ('Rohan Kapoor', 8, 'None', 'Dairy'), ('Alfie Brennan', 8, 'Type 1 diabetes - Libre sensor, insulin pen', 'None'),
            ('Tom Ferrier', 8, 'Bed-wetting (please discreet - pull-ups in his bag)', 'None')]
    for n, y, med, al in kids:
        lines.append('%s - DOB %s - NHS %s\n   Medical: %s\n   Allergies: %s' % (n, dmy(dob_for_year(rng, y)), make_nhs(rng), med, al))
    t = """Hi Jess,

Here are the details for the Arun Year 8 boys coming on Saturday's activity day (high ropes and kayaking). Dates of birth and NHS numbers are included in case anyone needs treatment.

%s

Staff: Mr Devereux and Mr Brandreth. We'll arrive at about 9.15am.

Thanks – looking forward to it!
Simon

Simon Devereux
Housemaster, Arun""" % '\n\n'.join(lines)
    send(L, 12, 'activity-centre-list', 'qp', 'Housemaster sends an activity centre boys\' DOBs, NHS numbers, medication and sensitive medical notes',
         ARUN_HM, [('Jess Tulloch', 'bookings@chalkhill-adventure.example')], 'Arun Y8 - Saturday 17 May - medical details',
         '2025-05-14 21:04:13', plain(t, cte='quoted-printable'))

    # 13 --------------------------------------------------------------------
    rng = random.Random('pd-p-13')
    recs = []
    intl = [('Daniel Okoro', 11, 'Nigerian', '12 Bourdillon Road, Ikoyi, Lagos', 'Dr & Mrs M. Okoro', '+234 803 555 0142'),
            ('Luca Fontana', 10, 'Italian', 'Via dei Serragli 22, 50124 Firenze', 'Sig. & Sig.ra Fontana', '+39 333 555 0199'),
            ('Mei Tanaka', 9, 'Japanese', '2-14-6 Jiyugaoka, Meguro-ku, Tokyo 152-0035', 'Mr & Mrs K. Tanaka', '+81 90 5550 3321'),
            ('Yuna Park', 9, 'South Korean', '88 Orchard Boulevard #14-02, Singapore 248646', 'Mrs S. Park (mother only)', '+65 9555 0187')]
    for n, y, nat, ad, par, ph in intl:
        recs.append('Name: %s\nDOB: %s\nNationality: %s\nPassport: %s\nVisa / BRP: Child Student, BRP ZR%07d\nHome address: %s\nParents: %s, %s\n' % (
            n, dmy(dob_for_year(rng, y)), nat, rng.choice(['P', 'YA', 'M', 'TK']) + '%07d' % rng.randint(0, 9999999), rng.randint(0, 9999999), ad, par, ph))
    t = """Dear Ruth,

Welcome aboard! As Weald Guardianship is taking over from Anchor for these four pupils from the summer term, here are their details for your files. I've included their passport and visa details as you'll need them for the Easter travel letters.

%s
Please note that Yuna's father must NOT be given any information about her; there is a court order in Singapore and her mother has sole custody.

Best wishes,
Harriet Lomax
Registrar""" % '\n'.join(recs)
    send(L, 13, 'guardianship-transfer', 'base64', 'Registrar sends a new guardianship agency international pupils\' DOBs, passports, BRPs, addresses and a custody note (base64 body)',
         REGISTRAR, [('Ruth Pemberton', 'placements@wealdguardianship.example')], 'Transfer of guardianship - pupil details',
         '2025-03-31 10:12:55', plain(t, cte='base64'))

    # 14 --------------------------------------------------------------------
    rng = random.Random('pd-p-14')
    t = """Dear Ms Cartwright,

Reference request: Mr Stephen Colquhoun

Thank you for your request of 2 June. I can confirm the following from our records:

Name: Stephen Andrew Colquhoun
Date of birth: %s
National Insurance number: %s
Employed: 1 September 2019 to 31 August 2024
Post: Teacher of Physics; resident tutor in Meon House (2019-2022)

Sickness absence in the final two years of employment: 43 days, including a period of 28 days (January-February 2023) certified as work-related stress and depression, and 9 days following a back operation.

Disciplinary: Mr Colquhoun received a first written warning in March 2022 for failing to follow the school's procedure on one-to-one online contact with pupils (he had messaged two Year 11 pupils on a personal social media account about coursework). The warning expired in March 2023. There were no safeguarding allegations against him.

He resigned to relocate to Scotland.

I am happy to discuss further by phone.

Yours sincerely,
Michelle Dunmore
HR Manager, Wyvern Hill School""" % (dmy(adult_dob(rng, 1980, 1990)), make_nino(rng))
    send(L, 14, 'staff-reference', '7bit', 'HR sends another school a reference with a former teacher\'s DOB, NI number, sickness and disciplinary record',
         HR, [('Alison Cartwright', 'hr@strathallan-academy.example')], 'Reference - Stephen Colquhoun',
         '2025-06-04 11:27:30', plain(t, charset='us-ascii'))

    # 15 --------------------------------------------------------------------
    rng = random.Random('pd-p-15')
    sc1, acc1 = make_sortacc(rng)
    t = """Dear Mr Hobday,

Bursary application – Thomas Ellery (entry to Year 9, September 2025)

Please find below the information from the family’s application for your assessment and home-visit report.

Pupil: Thomas James Ellery, DOB %s
Parent 1: Richard Ellery, DOB %s, NI %s – self-employed builder; 2023/24 taxable profit £31,420
Parent 2: Katherine Ellery, DOB %s, NI %s – part-time teaching assistant; salary £14,880
Other children: Grace (14), at Midhurst Rother College
Home: 7 Hampers Lane, Storrington, RH20 3HZ – mortgage outstanding £212,000
Savings: £3,150 (joint account %s %s)
Other: Mrs Ellery had treatment for breast cancer in 2023, which reduced her hours; the family also supports Mr Ellery’s mother, who has dementia.

They are asking for a 70%% bursary. Your visit is provisionally booked for Tuesday 18 March at 4pm.

With thanks,
Julian Pettifer
Bursar""" % (dmy(dob_for_year(rng, 8)), dmy(adult_dob(rng, 1975, 1982)), make_nino(rng), dmy(adult_dob(rng, 1976, 1984)), make_nino(rng), sc1, acc1)
    send(L, 15, 'bursary-assessment', 'cp1252', 'Bursar sends an outside assessor a family\'s NI numbers, DOBs, incomes, bank account and health details',
         BURSAR, [('Keith Hobday', 'k.hobday@familyfinance-assess.example')], 'Bursary assessment - Ellery family',
         '2025-03-06 16:40:02', plain(t, charset='windows-1252', cte='quoted-printable'))

    # 16 --------------------------------------------------------------------
    rng = random.Random('pd-p-16')
    d = dob_for_year(rng, 11)
    t = """Dear Shona,

Thank you for calling back. As discussed, here is the information for the urgent referral for Bella Stirling.

Name: Isabella (Bella) Stirling
DOB: %s
NHS number: %s
House: Cuckmere (boarder), Lower Sixth... sorry, Fifth Form
Parents: Mr and Mrs D. Stirling, currently posted in Dubai; UK guardian Mrs Anne Tolland

Bella came to the Health Centre on Sunday night with superficial cuts to both forearms, which she said she had done with a pencil-sharpener blade. She has disclosed self-harming since October and says she has thought about ending her life "but wouldn't do it". She has been losing weight (down 6kg since September). The school doctor started her on sertraline 50mg on 3 March.

She is currently sleeping in the Health Centre under observation. Her parents are flying back on Thursday.

Could you let us know when the first CAMHS appointment will be?

Many thanks,
Sister Anne Kowalczyk
Lead Nurse, Wyvern Hill Health Centre""" % (dmy(d), make_nhs(rng))
    send(L, 16, 'camhs-referral', 'alternative', 'Lead nurse emails CAMHS worker (outside domain, unencrypted) a pupil\'s NHS number, DOB, self-harm and medication',
         NURSE, [('Shona Blackwood', 'shona.blackwood@sussexcamhs-nhs.example')], 'Urgent referral - Bella Stirling',
         '2025-03-17 08:22:10', alt(t, 'pd-p-16'))

    # 17 --------------------------------------------------------------------
    rng = random.Random('pd-p-17')
    blocks = []
    for n, ad, med in [('Zara Malik', '19 Kingsway, Hove, BN3 2WF', 'aucun (none)'),
                       ('Hugo de Vries', 'Keizersgracht 412, 1016 GC Amsterdam', 'Épilepsie - traitement: lamotrigine 100 mg'),
                       ('Inès Moreau-Whitfield', '3 Chemin des Écoles, 74000 Annecy', 'Asthme, allergie aux arachides')]:
        blocks.append('- %s, née/né le %s, n° NI %s\n  Adresse: %s\n  Santé: %s' % (n, dmy(dob_for_year(rng, 12)), make_nino(rng), ad, med))
    t = """Chère Madame Lebrun,

Suite à notre conversation, voici les renseignements concernant les trois élèves qui feront leur stage à l'Hôtel Lebrun du 7 au 18 juillet:

%s

Merci de bien vouloir transmettre les informations médicales à leur tuteur de stage.

Bien cordialement,
Martin Heale
Head of Careers, Wyvern Hill School""" % '\n'.join(blocks)
    send(L, 17, 'work-placement-details', 'latin1', 'Careers lead sends a French employer (in French) sixth-formers\' DOBs, NI numbers, addresses and medical conditions',
         CAREERS, [('Sophie Lebrun', 'direction@hotel-lebrun-annecy.example')], 'Stage juillet - élèves de Wyvern Hill',
         '2025-06-09 14:45:00', plain(t, charset='iso-8859-1', cte='quoted-printable'))

    # 18 --------------------------------------------------------------------
    rng = random.Random('pd-p-18')
    lines = ['SPECIAL DIETS - BOARDING HOUSES - SUMMER TERM 2025', '',
             '%-24s %-11s %-9s %s' % ('NAME', 'DOB', 'HOUSE', 'CONDITION / ACTION')]
    diets = [('Luca Fontana', 10, 'Arun', 'Peanut/tree nut ANAPHYLAXIS - EpiPen in house + on person'),
             ('Freya Lindqvist', 9, 'Cuckmere', 'Coeliac disease (biopsy-confirmed) - no gluten, separate toaster'),
             ('Tilly Marsh', 10, 'Cuckmere', 'Eating disorder - supervised meal plan, do not comment on portions'),
             ('Daniel Okoro', 11, 'Downs', 'Vegetarian; sickle cell trait - extra fluids'),
             ('Mei Tanaka', 9, 'Itchen', 'Shellfish allergy (urticaria)'),
             ('Alfie Brennan', 8, 'Arun', 'Type 1 diabetes - carb counts on menu please'),
             ('Rohan Kapoor', 8, 'Arun', 'Dairy allergy (non-anaphylactic)')]
    for n, y, h, c in diets:
        lines.append('%-24s %-11s %-9s %s' % (n, dmy(dob_for_year(rng, y)), h, c))
    t = """Hi Nicola,

As requested for the new menu cycle, the updated special diets list is attached. Please make sure the chefs on the weekend shift see it - Tilly's note in particular.

Thanks,
Darren"""
    send(L, 18, 'special-diets-list', 'att-txt', 'Catering manager sends the outside catering contractor a list of named boarders with DOBs and medical/eating-disorder notes',
         CATER, [('Nicola Forde', 'n.forde@sodalis-catering.example')], 'Special diets list - summer term',
         '2025-04-22 10:03:19', mixed([plain(t, charset='us-ascii'), text_part('\n'.join(lines) + '\n', filename='special_diets_summer25.txt', charset='us-ascii')], 'pd-p-18'))

    # 19 --------------------------------------------------------------------
    rng = random.Random('pd-p-19')
    t = """Hi, following my call just now - the boy coming in by ambulance is Tom Achterberg, DOB %s, NHS %s. Allergic to penicillin. Suspected broken wrist + possible concussion (rugby). Parents are in Dubai (+971 50 555 0173), UK guardian Mrs Anne Tolland 07700 900 318. Housemaster Nick Osei is following the ambulance.

Rob Teague
Deputy Head

Sent from my iPhone""" % (dmy(dob_for_year(rng, 11)), make_nhs(rng))
    send(L, 19, 'hospital-details-mobile', 'mobile', 'Deputy head emails hospital from his phone with a pupil\'s DOB, NHS number and allergy',
         DEPHEAD, [('', 'ed.admin@strichards-nhs.example')], 'Tom Achterberg - coming in by ambulance', '2025-02-01 15:48:37',
         plain(t, charset='us-ascii'), client='iphone')

    # 20 --------------------------------------------------------------------
    rng = random.Random('pd-p-20')
    card = make_card(rng, '5' + str(rng.randint(1, 5)), 16)
    inner = """Dear Mr Devereux,

Please can you charge Luca's share of the Paris trip (£385) and the house hoodie (£32) to my card, as the online payment page isn't working from Italy:

Mastercard %s
Exp 04/28, CVC %03d
Name: Giulia Fontana

Grazie mille,
Giulia Fontana""" % (card, rng.randint(100, 999))
    im = inner_msg(('Giulia Fontana', 'giulia.fontana@example.it'), [ARUN_HM], 'Payment for Paris trip - Luca Fontana',
                   '2025-03-02 19:22:10', inner, client='apple', seed='pd-p-20-inner')
    t = """Kate - can you put this through on the card machine at home tonight? I can't get into the house office till Monday. It's the Fontana payment.

S"""
    send(L, 20, 'forward-card-to-personal', 'fwd-rfc822', 'Housemaster forwards (as attachment) a parent\'s card number and CVC to his wife\'s personal address',
         ARUN_HM, [('Kate Devereux', 'kate.devereux@example.net')], 'FW: Payment for Paris trip - Luca Fontana',
         '2025-03-02 20:05:44', mixed([plain(t, charset='us-ascii'), rfc822_part(im, 'Payment for Paris trip - Luca Fontana.eml')], 'pd-p-20'))

    # 21 --------------------------------------------------------------------
    rng = random.Random('pd-p-21')
    rows = [['adno', 'upn', 'legal_surname', 'legal_forename', 'dob', 'gender', 'address_1', 'town', 'postcode', 'sen_status', 'eal', 'boarder']]
    pupils = [('ASTON', 'Frederick', 9, 'M', 'The Coach House, Bepton Road', 'Midhurst', 'GU29 9RB', 'N', 'N', 'Y'),
              ('BHATT', 'Arjun', 10, 'M', '22 Shepherds Way', 'Liphook', 'GU30 7HH', 'K', 'N', 'Y'),
              ('CARROW', 'Ivy', 9, 'F', 'Windyridge, Hill Brow Road', 'Liss', 'GU33 7PS', 'N', 'N', 'Y'),
              ('DUNSTAN', 'Amelia', 12, 'F', '5 Tennyson Avenue', 'Rustington', 'BN16 2PB', 'K', 'N', 'N'),
              ('LEUNG', 'Sophie', 9, 'F', '81 Oakhill Road', 'Putney', 'SW15 2QJ', 'N', 'Y', 'Y'),
              ('PILKINGTON', 'Jonah', 10, 'M', 'Orchard Cottage, The Street', 'Bramley', 'GU5 0HX', 'E', 'N', 'Y'),
              ('QUENNELL', 'Lara', 8, 'F', '14 Priory Road', 'Chichester', 'PO19 1NS', 'N', 'N', 'Y')]
    for i, (sn, fn, y, g, a1, town, pc, sen, eal, b) in enumerate(pupils):
        d = dob_for_year(rng, y)
        rows.append([str(20190 + i * 7), upn_for(rng, d), sn, fn, d.isoformat(), g, a1, town, pc, sen, eal, b])
    z = make_zip([('pupil_export_20250115.csv', csv_text(rows)), ('import_log.txt', 'ERROR row 7: postcode lookup failed\r\nERROR row 4: duplicate adno\r\n')],
                 dt=(2025, 1, 15, 9, 50, 0))
    t = """Hi,

Ticket ref 448213. As asked by your support engineer on the phone, attached is a sample of the pupil export that's failing to import into the new timetabling module, along with the import log. It's the first few rows only.

Cheers,
Gareth

Gareth Pryce
Network Manager, Wyvern Hill School"""
    send(L, 21, 'mis-export-to-vendor', 'zip', 'Network manager sends a software vendor\'s support desk a zip of real pupil records (UPN, DOB, address, SEN status)',
         ITMGR, [('Scholaris Support', 'support@scholaris-mis.example')], 'RE: Ticket 448213 - import failing',
         '2025-01-15 10:02:31', mixed([plain(t, charset='us-ascii'), att_part(z, 'application/x-zip-compressed', 'pupil_export_sample.zip')], 'pd-p-21'))

    # 22 --------------------------------------------------------------------
    rng = random.Random('pd-p-22')
    lines = []
    for n, y, cons in [('Ava Pennington', 8, 'Consent given'), ('Sophie Leung', 9, 'Consent given'),
                       ('Grace Whitlow', 7, 'Refused - parent wants GP to do it'), ('Maisie Ogden', 7, 'Consent given'),
                       ('Sofia Ricci', 7, 'No form returned'), ('Daisy Kerr', 7, 'Consent given - has needle phobia')]:
        lines.append('%s, %s, NHS %s - %s' % (n, dmy(dob_for_year(rng, y)), make_nhs(rng, fmt='plain'), cons))
    t = """Hi Carol,

Here's the list for the HPV catch-up on Wednesday - names, dates of birth and NHS numbers as you asked, with consent status:

%s

Daisy may need a bit of time - her mum says she fainted at her last jab. We'll have her go first.

Best wishes,
Bea

On Mon, 10 Feb 2025 at 14:06, Carol Meadows <c.meadows@sussex-imms-nhs.example> wrote:
> Hi Bea, for Wednesday's session can you send me the names, DOBs and NHS numbers of the girls still outstanding, plus consent status? Thanks, Carol
""" % '\n'.join(lines)
    send(L, 22, 'immunisation-list-reply', 'reply', 'Nurse replies to the immunisation team with girls\' names, DOBs, NHS numbers and consent status',
         NURSE2, [('Carol Meadows', 'c.meadows@sussex-imms-nhs.example')], 'Re: HPV catch-up Wednesday',
         '2025-02-10 15:30:00', plain(t, charset='us-ascii'), client='gmail',
         in_reply_to='<CAF3q8pZ1imms0210@mail.gmail.com>')

    # 23 --------------------------------------------------------------------
    rng = random.Random('pd-p-23')
    recs = []
    for n, prev, ad in [('Ellie Maddox', 'Maddox', 'Flat 2, 88 North Street, Chichester, PO19 1LQ'),
                        ('Ryan Cheung', 'Cheung', '17 Cedar Drive, Chichester, PO19 3EL'),
                        ('Marta Nowak', 'Kowalska', '6 Rosemary Close, Midhurst, GU29 9PN')]:
        recs.append('%s (birth surname %s)\n  DOB %s | NI %s | Passport %s\n  Address: %s (since 2021)' % (
            n, prev, dmy(adult_dob(rng, 1978, 2001)), make_nino(rng), make_passport(rng), ad))
    t = """Hello,

Please could you process enhanced DBS checks (child workforce, barred list) for the following new staff. ID has been verified in person by me.

%s

Invoice to the Bursary as usual.

Thank you,
Michelle Dunmore
HR Manager""" % '\n\n'.join(recs)
    send(L, 23, 'dbs-applications', 'alternative', 'HR sends an outside DBS umbrella body new staff DOBs, NI numbers, passport numbers and addresses',
         HR, [('ClearPath Checks', 'checks@clearpath-dbs.example')], 'Enhanced DBS - three new applicants',
         '2024-08-29 13:33:21', alt(t, 'pd-p-23'))

    # 24 --------------------------------------------------------------------
    rng = random.Random('pd-p-24')
    d = dob_for_year(rng, 11)
    t = """Prezado Sr. Araújo Neto,

Conforme solicitado, seguem os dados do seu filho para o pedido de renovação do visto:

Nome completo: João Vitor Araújo Lima
Data de nascimento: %s
Passaporte: FX%06d (validade 14/08/2030)
CAS number: E4G7%s
Número UPN: %s
Endereço no Reino Unido: Rother House, Wyvern Hill School, Petworth, GU28 0WH
Responsável no Reino Unido: Sra. Ângela Costa Ribeiro, 27 Lavender Hill, London SW11 5RQ

Observação médica: João faz tratamento para diabetes tipo 1 (insulina).

Atenciosamente,
Harriet Lomax
Registrar""" % (dmy(d), rng.randint(0, 999999), '%07d' % rng.randint(0, 9999999), upn_for(rng, d, la='938'))
    send(L, 24, 'visa-consultant-details', 'latin1', 'Registrar sends a Brazilian visa consultant (in Portuguese) a pupil\'s DOB, passport, CAS, UPN and medical condition',
         REGISTRAR, [('Paulo Araújo Neto', 'consultoria@vistos-brasil.example')], 'Dados para renovação do visto - João Vitor',
         '2025-04-03 12:20:45', plain(t, charset='iso-8859-1', cte='8bit'))

    # 25 --------------------------------------------------------------------
    rng = random.Random('pd-p-25')
    sc, acc = make_sortacc(rng)
    card = make_card(rng, '4', 16)
    t = """Dear Mr Quinlan,

Further to our call, please open a recovery case for the following account.

Debtor: Mr Gavin and Mrs Louise Ridgeway
Address: Larkspur House, 4 Downview Road, Findon, BN14 0UE
Pupil: Poppy Ridgeway (Year 8), DOB %s
Outstanding: £18,462.50 (Michaelmas and Lent terms 2024/25)

The family paid by direct debit until September from the account below, which was then cancelled:
Sort code %s, account %s (Mr G Ridgeway)

They also paid a deposit by card in 2023 - card on file %s, exp 11/26.

Please note there are ongoing safeguarding concerns in the family and social care are involved; please contact me before making any home visit.

Regards,
Julian Pettifer
Bursar""" % (dmy(dob_for_year(rng, 8)), sc, acc, card)
    send(L, 25, 'debt-recovery-referral', 'qp', 'Bursar refers a family to a debt collector with bank details, card number, child DOB and a safeguarding note',
         BURSAR, [('Declan Quinlan', 'cases@meridian-recoveries.example')], 'New instruction - Ridgeway',
         '2025-05-02 11:45:18', plain(t, cte='quoted-printable'))

    # 26 --------------------------------------------------------------------
    rng = random.Random('pd-p-26')
    rows = []
    for n, y, diag, score in [('Kwame Asante', 12, 'Dyslexia (diagnosed 2019)', 'Below-average processing speed SS 78'),
                              ('Amelia Dunstan', 12, 'Generalised anxiety disorder - under CAMHS', 'Reading comprehension SS 104'),
                              ('Sebastian Lockhart', 12, 'Dyspraxia / DCD', 'Handwriting speed 11 wpm'),
                              ('Edward Stanhope', 12, 'Keratoconus - visual impairment', 'N/A - modified papers'),
                              ('Rohan Kapoor', 12, 'Autism spectrum condition', 'Processing speed SS 82')]:
        rows.append('- %s (DOB %s, cand. %d): %s; %s' % (n, dmy(dob_for_year(rng, y)), rng.randint(4100, 4199), diag, score))
    t = """Dear Jenny,

Thank you for fitting us in before the JCQ deadline. Below are the Lower Sixth candidates for your visit on 21 November, with their diagnoses and the scores from our screening so you can decide which tests to run:

%s

Amelia's mother has asked that her CAMHS involvement is not mentioned in the report if possible.

Many thanks,
Ellen

Dr Ellen Gwynne
SENCo""" % '\n'.join(rows)
    send(L, 26, 'access-arrangements-assessor', 'flowed', 'SENCo sends an external access-arrangements assessor pupils\' DOBs, diagnoses and test scores',
         SENCO, [('Jenny Barlow', 'jbarlow.assessor@example.com')], 'Access arrangements visit 21 Nov - candidates',
         '2024-11-11 17:03:02', plain(flow(t), flowed=True), client='apple')

    # 27 --------------------------------------------------------------------
    rng = random.Random('pd-p-27')
    d = dob_for_year(rng, 10)
    t = """Dear Ms Al-Hashimi,

Transfer of pupil information: Jake Mensah

Further to your request, here is the information for Jake's transfer to your school from the summer term.

Full name: Jacob (Jake) Kofi Mensah
Date of birth: %s
UPN: %s
Home address (until 30 March): 9 Barn Owl Close, Southwater, Horsham, RH13 9GE
SEN: SEN Support - specific learning difficulty (dyslexia); 25%% extra time
Medical: Asthma (Ventolin as needed)

Safeguarding: Jake was subject to a Child in Need plan with West Sussex Children's Services from 2021 to 2023 following domestic abuse at home; the case is now closed. His father has no contact and must not be given any information. The full safeguarding file will be sent by our DSL via secure transfer.

Kind regards,
Harriet Lomax
Registrar, Wyvern Hill School""" % (dmy(d), upn_for(rng, d, la='938'))
    send(L, 27, 'pupil-transfer-abroad', '7bit', 'Registrar emails a school in Dubai a pupil\'s DOB, UPN, address, SEN, medical and Child in Need history in plain text',
         REGISTRAR, [('Rania Al-Hashimi', 'registrar@dunes-international.example')], 'Transfer information - Jake Mensah',
         '2025-03-20 09:05:12', plain(t, charset='us-ascii'))

    # 28 --------------------------------------------------------------------
    rng = random.Random('pd-p-28')
    sc, acc = make_sortacc(rng)
    t = """Hi Tariq,

Please can you process the refund below in GBP. The family's forwarded request is underneath with their bank details.

Thanks,
Sandra

---------- Forwarded message ---------
From: Fees Office <fees@school.example>
Date: Tue, 15 Jul 2025 at 10:02
Subject: FW: Deposit refund - Noah Sitwell
To: Sandra Okafor <s.okafor@school.example>

---------- Forwarded message ---------
From: Andrew Sitwell <andrew.sitwell@example.co.uk>
Date: Mon, 14 Jul 2025 at 18:40
Subject: Deposit refund - Noah Sitwell

Dear Fees Office,

As Noah (DOB %s) is leaving at the end of this term, please refund his deposit of £2,500 to:

Account name: A J & R M Sitwell
Sort code: %s
Account number: %s
Bank: NatWest, Haslemere

Our new address is 16 Rue des Tanneurs, 1204 Geneva.

Andrew Sitwell
""" % (dmy(dob_for_year(rng, 8)), sc, acc)
    send(L, 28, 'refund-bank-details-fwd', 'fwd-inline', 'Fees office forwards a parent\'s sort code, account number and child DOB to an outside FX payments provider',
         FEES, [('Tariq Hussain', 'payments@globalfx-transfers.example')], 'Fwd: FW: Deposit refund - Noah Sitwell',
         '2025-07-15 11:18:00', plain(t), client='gmail')

    # 29 --------------------------------------------------------------------
    rng = random.Random('pd-p-29')
    t = """Dear Ms Harcourt,

Referral to the LADO: allegation against a member of staff

Staff member: Mr Liam Pascoe, Graduate Sports Assistant (resident in Arun House)
Date of birth: %s
NI number: %s
Home address: Staff flat 2, Arun House, Wyvern Hill School

Pupil concerned: Louis Fairclough, Year 8, Arun, DOB %s

On Sunday 18 May Louis told his matron that Mr Pascoe had been sending him private messages on Snapchat late at night, including one asking him to "keep our chats between us", and had given him vapes. Louis showed the matron his phone; screenshots have been preserved. Mr Pascoe has been suspended pending your advice and has not been told the detail of the allegation.

Louis has ADHD and is described by staff as vulnerable and keen for adult approval. His parents have been informed.

Please advise on next steps.

Rob Teague
Deputy Head (Pastoral) and Deputy DSL""" % (dmy(adult_dob(rng, 1999, 2003)), make_nino(rng), dmy(dob_for_year(rng, 8)))
    send(L, 29, 'lado-referral', 'base64', 'Deputy head emails the county LADO (unencrypted) an allegation naming a staff member (DOB, NI) and a pupil',
         DEPHEAD, [('Karen Harcourt', 'lado@westdowns-council.example')], 'LADO referral - allegation against staff member',
         '2025-05-19 08:14:40', plain(t, charset='us-ascii', cte='base64'))

    # 30 --------------------------------------------------------------------
    rng = random.Random('pd-p-30')
    rows = [['Surname', 'Forenames', 'DOB', 'NI number', 'Gender', 'Address', 'Postcode', 'Contract start', 'FTE', 'Salary']]
    for sn, fn, g, ad, pc, sal in [('MADDOX', 'Eleanor Jane', 'F', 'Flat 2, 88 North Street, Chichester', 'PO19 1LQ', 38500),
                                   ('CHEUNG', 'Ryan Wai-Kit', 'M', '17 Cedar Drive, Chichester', 'PO19 3EL', 41200),
                                   ('FAROUK', 'Nadia', 'F', '41 Silverdale Road, Hove', 'BN3 1TQ', 18900),
                                   ('OSEI', 'Nicholas Kwabena', 'M', 'Downs House, Wyvern Hill School, Petworth', 'GU28 0WH', 52750)]:
        rows.append([sn, fn, dmy(adult_dob(rng, 1970, 1999)), make_nino(rng, fmt='plain'), g, ad, pc, '01/09/2024', 1.0 if sal > 30000 else 0.4, sal])
    t = """Good afternoon,

Please find attached the new member notifications for September for our establishment (employer no. 9381604). Please let me know if you need anything further.

Kind regards,
Michelle Dunmore
HR Manager, Wyvern Hill School"""
    send(L, 30, 'pension-new-members', 'att-xlsx', 'HR sends pension scheme administrator new members\' DOBs, NI numbers, addresses and salaries in xlsx',
         HR, [('Employer Services', 'employer.services@tp-admin.example')], 'New member notifications - September 2024',
         '2024-10-01 14:10:10', mixed([plain(t, charset='us-ascii'), att_part(make_xlsx(rows, sheet='New members'), XLSX, 'New members Sept 2024.xlsx')], 'pd-p-30'))

# =================================================================== NEGATIVES
def bad_luhn(rng):
    while True:
        s = '%016d' % rng.randint(10 ** 15, 10 ** 16 - 1)
        if not luhn_ok(s) and s[0] in '3456':
            return s


def negatives():
    L = 'negative'

    # 1 ---------------------------------------------------------------------
    rng = random.Random('pd-n-1')
    rows = [['Surname', 'Forename', 'DOB', 'UPN', 'Year (Sept 25)', 'House', 'Boarding', 'EAL']]
    for sn, fn, y, h, b, e in [('ZHANG', 'Yiran', 10, 'Itchen', 'Full', 'Y'), ('LI', 'Haoyu', 9, 'Arun', 'Full', 'Y'),
                               ('CHEN', 'Siqi', 12, 'Downs', 'Full', 'Y'), ('WANG', 'Zimo', 9, 'Meon', 'Full', 'Y'),
                               ('ASHBY', 'Florence', 8, 'Cuckmere', 'Weekly', 'N'), ('NORTHCOTE', 'Alexander', 8, 'Rother', 'Flexi', 'N')]:
        d = dob_for_year(rng, y)
        rows.append([sn, fn, dmy(d), upn_for(rng, d), y + 1, h, b, e])
    t = """Dear Houseparents,

Attached is the list of new boarders joining in September, with dates of birth and UPNs for setting up the house records. Please don't save it outside the Boarding area of SharePoint.

With thanks,
Harriet"""
    send(L, 1, 'internal-entrants-list', 'att-csv', 'Registrar sends houseparents (all internal) a CSV of new boarders with DOBs and UPNs',
         REGISTRAR, [HOUSEPARENTS], 'New boarders September 2025', '2025-06-20 12:00:41',
         mixed([plain(t, charset='us-ascii'), text_part(csv_text(rows), subtype='csv', filename='new_boarders_sept25.csv', cte='base64')], 'pd-n-1'),
         cc=[DEPHEAD])

    # 2 ---------------------------------------------------------------------
    rng = random.Random('pd-n-2')
    h = """<div dir="ltr"><p>Dear Mrs Lomax,</p>
<p>Please find the information for our student who has accepted the offer for Year 12:</p>
<p>Name: CHEN Siqi (Cissy)<br>
Date of birth: %s<br>
Passport: E%08d, expires 2032<br>
Home address: Room 2203, Block 5, Shenzhen Bay Garden, Nanshan District, Shenzhen<br>
Father: CHEN Wei, mobile +86 139 5550 2211<br>
Mother: HUANG Lili, mobile +86 138 5550 7304</p>
<p>Cissy has a mild allergy to penicillin. Her IELTS result is 7.0.</p>
<p>Please let me know what else you need for the CAS.</p>
<p>Best regards,<br>Grace Zhou<br>BrightBridge Education, Shanghai</p></div>
""" % (dmy(dob_for_year(rng, 12)), rng.randint(10000000, 99999999))
    send(L, 2, 'inbound-agent-passport', 'html', 'Inbound: overseas agent sends the registrar a new pupil\'s passport number, DOB and address',
         ('Grace Zhou', 'grace@brightbridge-edu.example'), [REGISTRAR], 'Chen Siqi - documents for CAS', '2025-05-08 04:12:19',
         text_part(h, subtype='html', cte='base64'), client='gmail')

    # 3 ---------------------------------------------------------------------
    rng = random.Random('pd-n-3')
    t = """Hi Sandra, here are my card details for Ollie's music lessons, sorry for the delay!

%s
exp 06/27  cvv %03d
Caroline Pitt

Sent from my iPhone""" % (make_card(rng, '4', 16), rng.randint(100, 999))
    send(L, 3, 'inbound-parent-card', 'mobile', 'Inbound: parent emails the fees office her card number from her phone',
         ('Caroline Pitt', 'caroline.pitt@example.co.uk'), [FEES], 'Music lessons payment', '2025-01-19 21:33:05',
         plain(t, charset='us-ascii'), client='iphone')

    # 4 ---------------------------------------------------------------------
    send(L, 4, 'smime-gp-registrations', 'smime', 'Outbound S/MIME-encrypted message from the nurse to the GP practice (registrations list)',
         NURSE2, [('Donna Reeves', 'registrations@downsmedical-nhs.example')], 'New boarder registrations - January',
         '2025-01-08 10:20:11', smime_part('pd-n-4', 4200))

    # 5 ---------------------------------------------------------------------
    send(L, 5, 'pgp-lado-referral', 'pgp', 'Outbound PGP/MIME-encrypted referral from the deputy head to the LADO',
         DEPHEAD, [('Karen Harcourt', 'lado@westdowns-council.example')], 'Referral - please see encrypted message',
         '2025-05-19 08:30:02', pgp_mime('pd-n-5', bnd('pd-n-5', 'thunderbird'), 2200), client='thunderbird')

    # 6 ---------------------------------------------------------------------
    rng = random.Random('pd-n-6')
    rows = [['Employee', 'NI number', 'Change', 'Effective']]
    for n, ch in [('Callum Reid', 'Leaver - final pay'), ('Marta Nowak', 'Hours 30 -> 37.5'), ('Ellie Maddox', 'TLR 2b added'),
                  ('Ryan Cheung', 'New bank details'), ('Tracey Ball', 'Maternity leave start')]:
        rows.append([n, make_nino(rng), ch, '01/07/2025'])
    z = make_encrypted_zip([('June payroll changes.xlsx', make_xlsx(rows, sheet='Changes'))], 'Wy-Hill!June25', 'pd-n-6', dt=(2025, 6, 16, 9, 0, 0))
    t = """Hi Priti,

June changes attached in the usual password-protected file. I'll phone you with the password this afternoon as always - please don't reply to this email with it.

Thanks,
Michelle"""
    send(L, 6, 'password-zip-payroll', 'zip-encrypted', 'HR sends payroll bureau the payroll changes inside a password-protected zip; password by phone',
         HR, [('Priti Shah', 'priti.shah@ashgrove-payroll.example')], 'June payroll changes (encrypted)', '2025-06-16 09:12:45',
         mixed([plain(t, charset='us-ascii'), att_part(z, 'application/zip', 'June payroll changes.zip')], 'pd-n-6'))

    # 7 ---------------------------------------------------------------------
    rng = random.Random('pd-n-7')
    sc, acc = make_sortacc(rng)
    t = """Dear Mr and Mrs Vickery,

Please find below your invoice for the Summer Term 2025.

Invoice number: WH-INV-25-004187
Account reference: VIC0412
Pupil: Harriet Vickery (Itchen, Year 10)

Boarding fee, Summer Term 2025 ......... £16,495.00
Music tuition (10 lessons, flute) ....... £390.00
Less: sibling discount (5%%) ............ -£824.75
VAT at 20%% on fees .................... £3,299.00
TOTAL DUE by 1 April 2025 .............. £19,359.25

How to pay: by bank transfer to Wyvern Hill School Trust Ltd, sort code %s, account number %s, quoting your account reference VIC0412. Our bank details have not changed and we will never ask you to pay into a different account by email.

With best wishes,
Fees Office
Wyvern Hill School, Petworth, West Sussex GU28 0WH""" % (sc, acc)
    send(L, 7, 'invoice-school-bank', 'alternative', 'Fees office invoice to parents with the school\'s own sort code and account number',
         FEESBOX, [('Jane Vickery', 'jane.vickery@example.com')], 'Summer Term 2025 invoice - WH-INV-25-004187',
         '2025-03-10 08:00:00', alt(t, 'pd-n-7'))

    # 8 ---------------------------------------------------------------------
    t = """Hi Kelly,

Please could you confirm the following order for delivery to the Catering Stores, Wyvern Hill School, GU28 0WH on Tuesday 10 September between 7am and 11am.

Our PO number: PO-2024-118357
Your quote ref: QT/55291/B

Qty  Code        Description
 40  DW-771402   Commercial dishwasher detergent 20L
 25  RA-300915   Rinse aid 5L
 12  GL-100045   Nitrile gloves (L) box of 100
 12  GL-100046   Nitrile gloves (M) box of 100
  6  MP-220877   Colour-coded mop heads, red
  6  MP-220878   Colour-coded mop heads, blue

Please quote the PO number on the invoice and delivery note. Deliveries via the service road only - the main drive is closed for resurfacing.

Delivery queries: Catering Stores 01632 960 471.

Thanks,
Darren Foxley
Catering Manager"""
    send(L, 8, 'purchase-order', '7bit', 'Catering manager sends a supplier a purchase order with PO, quote and product codes',
         CATER, [('Kelly Amos', 'orders@hygiene-direct.example')], 'Order - PO-2024-118357', '2024-09-04 09:12:03',
         plain(t, charset='us-ascii'))

    # 9 ---------------------------------------------------------------------
    rows = [['Wyvern Hill School - A level results 2024 (anonymised)', '', '', ''],
            ['Grade', 'Entries', '% of entries', 'Cumulative %'],
            ['A*', 61, 19.4, 19.4], ['A', 88, 28.0, 47.4], ['B', 86, 27.4, 74.8], ['C', 50, 15.9, 90.7],
            ['D', 21, 6.7, 97.4], ['E', 7, 2.2, 99.6], ['U', 1, 0.3, 100.0],
            ['Total entries', 314, '', ''], ['Candidates', 108, '', ''], ['Average UCAS points', 139.6, '', '']]
    t = """Dear Ms Oduya,

As requested, please find attached our 2024 A level results summary for the guide. All figures are aggregate; no individual results are included.

Best wishes,
Linda Shaw
Exams Officer"""
    send(L, 9, 'aggregate-results', 'att-xlsx', 'Exams officer sends a schools guide aggregate, anonymised A level grade statistics',
         EXAMS, [('Temi Oduya', 'data@independent-schools-guide.example')], '2024 A level results - Wyvern Hill',
         '2024-09-18 13:45:22', mixed([plain(t, charset='us-ascii'), att_part(make_xlsx(rows, sheet='A level 2024'), XLSX, 'WH A level 2024 summary.xlsx')], 'pd-n-9'))

    # 10 --------------------------------------------------------------------
    d = make_docx(['# Wyvern Hill School Health Centre - Confidential Medical Questionnaire',
                   'To be completed by the parent or guardian of every new pupil and returned before the first day of term.',
                   'Pupil\'s full name: ______________________________',
                   'Date of birth: ____ / ____ / ________',
                   'NHS number (if registered in the UK): ___ ___ ____',
                   'Home GP name and address: ______________________________',
                   'Allergies (medicines, foods, other) and reaction: ______________________________',
                   'Current medication, dose and times: ______________________________',
                   'Immunisations: please attach a copy of the immunisation record.',
                   'Consent: I consent to the Health Centre staff giving the following household remedies (tick): paracetamol [ ] ibuprofen [ ] antihistamine [ ]',
                   'Signed: ____________________ Relationship to pupil: __________ Date: __________',
                   'Please return this form via the secure upload on the Parent Portal, not by email.'], title='Medical questionnaire')
    t = """Dear Parents,

Welcome to Wyvern Hill! Attached is a blank copy of our medical questionnaire, which every new pupil needs before the start of term. Please complete it and upload it through the secure Parent Portal (Forms > Health Centre); please don't email it back to us.

If you have any questions, the Health Centre is staffed 24 hours a day on 01632 960 455.

With best wishes,
Sister Anne Kowalczyk
Lead Nurse"""
    send(L, 10, 'blank-medical-form', 'att-docx', 'Health Centre sends new parents a blank medical questionnaire template (no data filled in)',
         NURSE, [HEALTH], 'Medical questionnaire for new pupils', '2025-07-01 10:05:30',
         mixed([plain(t, charset='us-ascii'), att_part(d, DOCX, 'Medical questionnaire (blank).docx')], 'pd-n-10'),
         bcc=[('', 'giulia.fontana@example.it'), ('', 'andrew.sitwell@example.co.uk'), ('', 'grace@brightbridge-edu.example')])

    # 11 --------------------------------------------------------------------
    t = """Dear Mr Faulkner,

Ahead of next week’s audit, here is the relevant section of our Data Protection Policy (approved by Governors, November 2024) as you asked. The full document is on the school website.

—

7. Special category and high-risk personal data

7.1 The School processes special category data (including health, SEN, religious belief and ethnicity) and other high-risk data such as safeguarding records, National Insurance numbers, NHS numbers, passport details and bank details only where necessary and lawful.

7.2 Such data must never be sent by ordinary, unencrypted email to anyone outside the School. Staff must use the secure file transfer service, the Parent Portal, or an encrypted email (S/MIME or a password-protected file, with the password sent by a different route).

7.3 Lists of pupils containing dates of birth, UPNs or ULNs are treated as high-risk when combined with names.

7.4 Any suspected breach must be reported to the Data Protection Lead within 24 hours using the breach form.

—

Kind regards,
Julian Pettifer
Bursar and Data Protection Lead"""
    send(L, 11, 'data-protection-policy', 'qp', 'Bursar sends an outside auditor an extract of the data protection policy (no personal data)',
         BURSAR, [('Neil Faulkner', 'n.faulkner@compliance-partners.example')], 'Data Protection Policy - section 7',
         '2025-02-25 15:55:55', plain(t, cte='quoted-printable'))

    # 12 --------------------------------------------------------------------
    t = """Dear Coach Barnes,

Thank you for running the holiday hockey camp on site over Easter. As a visiting organisation working with our pupils, please make sure all of your coaches have read the summary of our Child Protection procedures below before the camp starts.

- All adults must hold a current enhanced DBS certificate, which you have confirmed in writing.
- Never be alone with a child out of sight of other adults; use open doors and open spaces.
- Do not contact pupils through personal phones or social media, and do not take photographs of pupils on personal devices.
- If a child tells you something that worries you, listen, do not promise to keep it secret, write down what was said in their words, and tell our Designated Safeguarding Lead the same day.
- Our DSL is Mrs Fiona Marchbank, contactable through the school switchboard on 01632 960 400 at any time.

The full Safeguarding and Child Protection Policy is available on our website.

With thanks,
Rob Teague
Deputy Head (Pastoral)"""
    send(L, 12, 'child-protection-summary', 'flowed', 'Deputy head sends a visiting sports coach a summary of child protection procedures (no personal data)',
         DEPHEAD, [('Steve Barnes', 'steve@southern-hockey-camps.example')], 'Easter hockey camp - child protection summary',
         '2025-03-31 09:41:26', plain(flow(t), charset='us-ascii', flowed=True), client='thunderbird')

    # 13 --------------------------------------------------------------------
    t = """Dear Joanne,

As requested, here are the school numbers your drivers may need on Speech Day:

Main reception / switchboard ........ 01632 960 400
Estates duty phone ................... 07700 900 221
Security lodge (main gate) ........... 01632 960 409
Health Centre (24 hours) ............. 01632 960 455
Catering Stores (deliveries) ......... 01632 960 471
Transport office (Gemma Stroud) ...... 01632 960 438

Coaches should arrive via the North Lodge entrance (postcode GU28 0WJ) and park on the Long Field. Please avoid the main drive between 1pm and 2.30pm.

Our booking reference with you is SDC-48812.

Thanks,
Phil Dando
Estates Manager"""
    send(L, 13, 'phone-list', 'wrapped', 'Estates manager sends a coach company the school\'s department phone numbers and a booking reference',
         ESTMGR, [('Joanne Whitley', 'bookings@southdowncoaches.example')], 'Speech Day - contact numbers',
         '2025-06-24 11:02:05', plain(wrap(t, 74), charset='us-ascii'))

    # 14 --------------------------------------------------------------------
    t = """Dear Partners,

Please find below the key dates for the 2025/26 academic year, for sharing with families who are planning travel. Flights should not be booked to leave before the end of term time shown.

MICHAELMAS TERM 2025
New boarders arrive ............. Tuesday 2 September, 2.00pm
Returning boarders arrive ....... Wednesday 3 September, 6.00pm
Exeat ........................... Friday 26 September – Sunday 28 September
Half term ....................... Friday 17 October, 4.00pm – Sunday 2 November, 7.00pm
Exeat ........................... Friday 21 November – Sunday 23 November
Term ends ....................... Friday 12 December, 12.00 noon

LENT TERM 2026
Boarders return ................. Tuesday 6 January, 6.00pm
Half term ....................... Friday 13 February – Sunday 22 February
Term ends ....................... Friday 27 March, 12.00 noon

SUMMER TERM 2026
Boarders return ................. Tuesday 14 April, 6.00pm
Half term ....................... Friday 22 May – Sunday 31 May
Speech Day ...................... Saturday 27 June
Term ends ....................... Saturday 4 July after Speech Day

Best wishes,
Admissions Office"""
    send(L, 14, 'term-dates-calendar', 'latin1', 'Admissions sends agents the term dates and travel calendar (dates only, no personal data)',
         ADMISSIONS, [('Grace Zhou', 'grace@brightbridge-edu.example'), ('Nattapong Kittisak', 'nattapong@siam-study.example'),
                      ('Paulo Araújo Neto', 'consultoria@vistos-brasil.example')],
         'Term dates 2025/26', '2025-05-30 14:00:00', plain(t.replace('–', '-'), charset='iso-8859-1', cte='8bit'))

    # 15 --------------------------------------------------------------------
    rng = random.Random('pd-n-15')
    rows = [['test_id', 'surname', 'forename', 'year', 'upn', 'uln', 'expected_result']]
    for i in range(1, 9):
        d = dob_for_year(rng, 10)
        good = upn_for(rng, d)
        bad_upn = UPN_ALPHA[(UPN_ALPHA.index(good[0]) + 5) % 23] + good[1:]
        u = make_uln(rng)
        rows.append(['T%02d' % i, 'TESTPUPIL', 'Case%02d' % i, 10, bad_upn, wrong_check(u), 'REJECT - check digit'])
    t = """Hi Scholaris team,

Re ticket 448530 - the validation question. Attached are eight synthetic test records (no real pupils; the names are all TESTPUPIL) in which we have deliberately corrupted the UPN check letter and the ULN check digit. The importer accepted all eight on our test instance, whereas I'd expect it to reject them. Could you confirm whether check-digit validation is switched on in version 4.12?

Thanks,
Gareth Pryce
Network Manager"""
    send(L, 15, 'test-ids-bad-checkdigits', 'att-csv', 'IT sends vendor synthetic TESTPUPIL records whose UPN/ULN check digits are deliberately wrong',
         ITMGR, [('Scholaris Support', 'support@scholaris-mis.example')], 'Ticket 448530 - check digit validation',
         '2025-02-03 16:16:16', mixed([plain(t, charset='us-ascii'), text_part(csv_text(rows), subtype='csv', filename='checkdigit_tests.csv', charset='us-ascii')], 'pd-n-15'))

    # 16 --------------------------------------------------------------------
    rng = random.Random('pd-n-16')
    rows = [['Employee', 'DOB', 'NI number', 'Sort code', 'Account', 'Note']]
    for n, note in [('Ryan Cheung', 'New bank details from 1 July'), ('Ellie Maddox', 'TLR from September'), ('Marta Nowak', 'Hours change')]:
        sc, acc = make_sortacc(rng)
        rows.append([n, dmy(adult_dob(rng, 1980, 2000)), make_nino(rng), sc, acc, note])
    t = """Julian,

For your sign-off before I send the changes to the bureau (encrypted, as usual). Internal only please.

Michelle"""
    send(L, 16, 'internal-payroll-signoff', 'att-xlsx', 'HR sends the bursar internally a spreadsheet with staff NI numbers and bank details for sign-off',
         HR, [BURSAR], 'Payroll changes for sign-off', '2025-06-13 16:44:09',
         mixed([plain(t, charset='us-ascii'), att_part(make_xlsx(rows, sheet='Changes'), XLSX, 'Payroll changes June.xlsx')], 'pd-n-16'))

    # 17 --------------------------------------------------------------------
    rng = random.Random('pd-n-17')
    lines = []
    for n, y, h, c in [('Luca Fontana', 10, 'Arun', 'Peanut/tree nut anaphylaxis - 2 EpiPens'),
                       ('Alfie Brennan', 8, 'Arun', 'Type 1 diabetes - hypo box in house office'),
                       ('Max Oyelaran', 9, 'Meon', 'Epilepsy - buccal midazolam, care plan on file'),
                       ('Yuna Park', 9, 'Itchen', 'Asthma - preventer + reliever'),
                       ('Bella Stirling', 11, 'Cuckmere', 'Under Health Centre review - see Sister Anne before exeat')]:
        lines.append('- %s (%s, DOB %s, NHS %s): %s' % (n, h, dmy(dob_for_year(rng, y)), make_nhs(rng), c))
    t = """Dear Houseparents,

Ahead of the new term, here is the summary of boarders with significant medical needs. Full care plans are on the medical tab in the MIS. Please make sure your duty staff and gap assistants know where the emergency medication is kept.

%s

Please do not print this list or forward it outside the school.

Anne

Sister Anne Kowalczyk
Lead Nurse""" % '\n'.join(lines)
    send(L, 17, 'internal-medical-summary', 'alternative', 'Lead nurse sends houseparents (internal) named boarders\' medical needs with NHS numbers',
         NURSE, [HOUSEPARENTS], 'Boarders with significant medical needs - Lent term', '2025-01-06 12:30:00',
         alt(t, 'pd-n-17'), cc=[NURSE2])

    # 18 --------------------------------------------------------------------
    rng = random.Random('pd-n-18')
    t = """DISCHARGE NOTIFICATION - St Richard's Hospital, Emergency Department

To: Health Centre, Wyvern Hill School (registered practice: Downs Medical Practice)

Patient: Thomas ACHTERBERG
DOB: %s      NHS No: %s
Attended: 01/02/2025 16:05   Discharged: 01/02/2025 21:40

Presenting complaint: fall during rugby, left wrist pain, brief loss of consciousness.
Diagnosis: undisplaced fracture of left distal radius; minor head injury.
Treatment: backslab applied. CT head not indicated (Canadian CT head rule).
Allergies: penicillin.

Follow-up: fracture clinic Thursday 6 February, 10:20. Head injury advice given to accompanying adult (housemaster). No contact sport for six weeks.

This is an automated notification. Please do not reply to this address.""" % (dmy(dob_for_year(rng, 11)), make_nhs(rng))
    send(L, 18, 'inbound-discharge', 'wrapped', 'Inbound: hospital sends the Health Centre a discharge notification with NHS number and DOB',
         ('ED Notifications', 'ed-discharge@strichards-nhs.example'), [HEALTH], 'Discharge notification - ACHTERBERG T',
         '2025-02-01 22:02:41', plain(wrap(t, 76), charset='us-ascii'), client='web')

    # 19 --------------------------------------------------------------------
    rng = random.Random('pd-n-19')
    t = """Dear Mr Osei,

New guardian details - Daniel Okoro (Downs, Lower Sixth)

From 1 April Daniel's guardian family will be:
Mr and Mrs Paul and Esther Adjei, 58 Woodlands Avenue, Worthing, BN13 3AF
Home: 01632 960 733   Mobile: 07700 900 512

For your records:
Daniel Okoro, DOB %s
Passport: A%08d (Nigeria), expires 11/2029
Student visa BRP: ZR%07d

Please update SchoolBase and let the Health Centre know. Mrs Adjei is a nurse and is happy to be contacted about any health matters.

Kind regards,
Ruth Pemberton
Weald Guardianship""" % (dmy(dob_for_year(rng, 12)), rng.randint(10000000, 99999999), rng.randint(0, 9999999))
    send(L, 19, 'inbound-guardian-details', 'base64', 'Inbound: guardianship agency sends housemaster new guardian contacts and pupil passport/DOB',
         ('Ruth Pemberton', 'placements@wealdguardianship.example'), [DOWNS_HM], 'New guardian details - Daniel Okoro',
         '2025-03-28 13:20:00', plain(t, charset='us-ascii', cte='base64'))

    # 20 --------------------------------------------------------------------
    rows = [['ISBN', 'Title', 'Author', 'Qty', 'Fund code']]
    for isbn, title, au, q in [('9780141439518', 'Pride and Prejudice (Penguin Classics)', 'Austen', 12),
                               ('9780571191475', 'Lord of the Flies', 'Golding', 30),
                               ('9780099549482', 'The Curious Incident of the Dog in the Night-Time', 'Haddon', 8),
                               ('9780241341650', 'Homo Deus', 'Harari', 2),
                               ('9781408855652', 'Harry Potter and the Philosopher\'s Stone', 'Rowling', 3),
                               ('9780552779777', 'Noughts & Crosses', 'Blackman', 10)]:
        rows.append([isbn, title, au, q, 'LIB-2425-ENG'])
    t = """Dear Sales team,

Please find attached our order for the Summer term. Our account number with you is 00471923 and the order reference is WHS-LIB-0419.

Please invoice the school, not individual departments.

Kind regards,
Rosalind Pye
Librarian"""
    send(L, 20, 'library-order', 'att-csv', 'Librarian sends a book supplier an order CSV of ISBNs with account and order numbers',
         LIB, [('Sales', 'schools@peartree-books.example')], 'Library order WHS-LIB-0419', '2025-04-02 11:11:20',
         mixed([plain(t, charset='us-ascii'), text_part(csv_text(rows), subtype='csv', filename='WHS-LIB-0419.csv', charset='us-ascii')], 'pd-n-20'))

    # 21 --------------------------------------------------------------------
    t = """Dear Mrs Pitt,

Thank you - the payment for Oliver's music lessons has gone through. For your security I have deleted your email containing the card details and removed them from the message below; in future please use the Parent Portal, or phone us and we will take the details over the phone.

Payment reference: WH-CP-250120-0733
Invoice settled: WH-INV-25-003902 (£390.00)

Kind regards,
Sandra Okafor
Fees Office

-----Original Message-----
From: Caroline Pitt <caroline.pitt@example.co.uk>
Sent: 19 January 2025 21:33
To: Sandra Okafor <s.okafor@school.example>
Subject: Music lessons payment

Hi Sandra, here are my card details for Ollie's music lessons, sorry for the delay!

[card details removed by Fees Office]

Caroline Pitt"""
    send(L, 21, 'reply-card-redacted', 'reply', 'Fees office confirms payment to a parent with payment/invoice references; the card details are redacted from the quote',
         FEES, [('Caroline Pitt', 'caroline.pitt@example.co.uk')], 'RE: Music lessons payment', '2025-01-20 09:14:51',
         plain(t, charset='iso-8859-1', cte='quoted-printable'), in_reply_to='<9C1E66F2-0B7D-4E0E-8F0A-3C4D2B1A9E77@example.co.uk>')

    # 22 --------------------------------------------------------------------
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial, sans-serif; font-size:11pt">
<p>Dear Parents of Year 9,</p>
<p>GCSE Options Evening takes place on <b>Thursday 23 January</b>. Here is the timetable for the evening:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#1f3864;color:#ffffff"><th>Time</th><th>Event</th><th>Room</th></tr>
<tr><td>18:00</td><td>Welcome from the Head and the Director of Studies</td><td>Great Hall</td></tr>
<tr><td>18:30 – 19:15</td><td>Subject stands: Sciences, Languages, Humanities</td><td>S1–S6, L2, H4</td></tr>
<tr><td>19:15 – 20:00</td><td>Subject stands: Creative Arts, Computing, PE, Classics</td><td>A1, C12, Sports Hall, H9</td></tr>
<tr><td>20:00</td><td>Q&amp;A with the Head of Boarding for boarding parents</td><td>Library</td></tr>
</table>
<p>Options forms will be available on the Parent Portal from 27 January and should be submitted by 14 February. Parents overseas can join the welcome talk live online; the link will be sent on the day.</p>
<p>Kind regards,<br>Dr Patrick Venn<br>Director of Studies</p>
</body></html>
"""
    send(L, 22, 'options-evening-timetable', 'html', 'Director of Studies sends Year 9 parents the options evening timetable (times and rooms)',
         ('Dr Patrick Venn', 'p.venn@' + S), [('Dr Patrick Venn', 'p.venn@' + S)], 'Year 9 GCSE Options Evening - 23 January',
         '2025-01-13 17:00:00', text_part(h, subtype='html', cte='quoted-printable'),
         bcc=[('', 'jane.vickery@example.com'), ('', 'l.sandhu@example.org'), ('', 'nattaya.s@siam-mail.example')])

    # 23 --------------------------------------------------------------------
    t = """Hi Marcus,

Order for the second-hand uniform shop restock, please. Our customer number is C-04418.

Order no. WH-UNI-2025-0061

 Qty  SKU              Item                                  Size
  20  WHS-BLZ-NV-34    Blazer, navy with crest               34"
  20  WHS-BLZ-NV-36    Blazer, navy with crest               36"
  15  WHS-SKT-GR-26    Skirt, grey pleated                   26"
  30  WHS-TIE-HS-ARU   House tie, Arun                       -
  30  WHS-TIE-HS-CUC   House tie, Cuckmere                   -
  40  WHS-SPT-PO-M     Sports polo, Medium                   M

Delivery to the Uniform Shop (via Reception) by 29 August please. Invoice to the Bursary, quoting the order number.

Thanks,
Julie Hemsworth
Uniform Shop"""
    send(L, 23, 'uniform-order', '7bit', 'Uniform shop sends a supplier an order with SKUs, order and customer numbers',
         CARE, [('Marcus Bell', 'trade@schoolwear-south.example')], 'Order WH-UNI-2025-0061', '2025-07-08 10:30:00',
         plain(t, charset='us-ascii'))

    # 24 --------------------------------------------------------------------
    rng = random.Random('pd-n-24')
    sc, acc = make_sortacc(rng)
    t = """Dear Khun Nattapong,

Thank you for asking. For fee payments from overseas, families should use the following details for the School’s account:

Account name: Wyvern Hill School Trust Ltd
Bank: NatWest, Chichester branch
Sort code: %s
Account number: %s
IBAN: GB%02d NWBK %s %s %s
SWIFT/BIC: NWBKGB2L

Please ask families to quote the invoice number (e.g. WH-INV-25-00xxxx) as the payment reference, and to pay any bank charges at their end so that the full amount arrives. We never change these details by email – if anyone receives a message saying otherwise, please ask them to call the Fees Office on +44 1632 960 412.

Kind regards,
Sandra Okafor
Fees Office""" % (sc, acc, rng.randint(10, 99), sc.replace('-', '')[:4], sc.replace('-', '')[4:] + acc[:2], acc[2:])
    send(L, 24, 'school-bank-details', 'cp1252', 'Fees office gives an overseas agent the school\'s own bank account, IBAN and SWIFT for fee payments',
         FEES, [('Nattapong Kittisak', 'nattapong@siam-study.example')], 'Bank details for fee payments',
         '2025-08-12 10:02:02', plain(t, charset='windows-1252', cte='8bit'))

    # 25 --------------------------------------------------------------------
    t = """Dear Dr Mayhew,

Ahead of the Pastoral & Boarding Committee on 4 March, here is the Health Centre activity summary for the Lent half-term, as requested. All figures are totals; no pupils are identified.

Consultations: 612 (Michaelmas comparison: 580)
 - minor illness and injury: 431
 - emotional wellbeing: 96
 - sports injuries: 85
Overnight admissions to the Health Centre: 38
Hospital referrals (A&E or minor injuries): 9
Counselling sessions delivered: 141 (waiting list: 6 pupils)
Flu vaccination uptake (Years 7-11): 78%%
Safeguarding referrals from the Health Centre to the DSL: 4

The main pressure point remains evening demand in the two girls' houses between 9 and 11pm.

Best wishes,
Sister Anne Kowalczyk
Lead Nurse""".replace('%%', '%')
    send(L, 25, 'aggregate-health-stats', 'base64', 'Lead nurse sends an external governor aggregate Health Centre statistics with no pupil identified',
         NURSE, [('Dr Helen Mayhew', 'helen.mayhew@example.org')], 'Health Centre report - Lent half-term',
         '2025-02-26 18:20:00', plain(t, charset='us-ascii', cte='base64'))

    # 26 --------------------------------------------------------------------
    rng = random.Random('pd-n-26')
    inner = """Fiona,

As discussed, my notes from this afternoon.

Pupil: Poppy Ridgeway, Year 8, Adur, DOB %s

At about 1.40pm Poppy came to the house office and asked to speak to me alone. She disclosed that her stepfather had pushed her mother and grabbed Poppy by the arm hard enough to leave bruises. There were fading bruises on her upper left arm. She does not want to go home for exeat on 7 February.

Claire""" % dmy(dob_for_year(rng, 8))
    im = inner_msg(ADUR_HM, [DSL], 'CONFIDENTIAL - disclosure from Poppy R', '2025-01-23 15:12:00', inner, seed='pd-n-26-inner')
    t = """Rob - for you as deputy DSL while I'm at the LSCP meeting tomorrow. I've logged it on MyConcern and called Children's Services. Please keep an eye on Poppy in house tomorrow evening.

Fiona"""
    send(L, 26, 'internal-dsl-forward', 'fwd-rfc822', 'DSL forwards a disclosure note (attached message) to the deputy DSL, internal only',
         DSL, [DEPHEAD], 'FW: CONFIDENTIAL - disclosure from Poppy R', '2025-01-23 17:40:18',
         mixed([plain(t, charset='us-ascii'), rfc822_part(im, 'CONFIDENTIAL - disclosure from Poppy R.eml')], 'pd-n-26'))

    # 27 --------------------------------------------------------------------
    send(L, 27, 'smime-guardianship', 'smime', 'Outbound S/MIME-encrypted message from the registrar to a guardianship agency (passport list)',
         REGISTRAR, [('Ruth Pemberton', 'placements@wealdguardianship.example')], 'Transfer of guardianship - pupil details',
         '2025-03-31 10:30:19', smime_part('pd-n-27', 5100))

    # 28 --------------------------------------------------------------------
    send(L, 28, 'pgp-staff-reference', 'pgp', 'Outbound PGP/MIME-encrypted staff reference from HR to another school',
         HR, [('Alison Cartwright', 'hr@strathallan-academy.example')], 'Reference (encrypted)', '2025-06-04 11:40:00',
         pgp_mime('pd-n-28', bnd('pd-n-28', 'thunderbird'), 1700), client='thunderbird')

    # 29 --------------------------------------------------------------------
    t = """Hi Joanne, confirming coach for Sat 17 May, booking ref SDC-49107. Pick-up 8.15am North Lodge GU28 0WJ, return from Chalk Hill approx 4.30pm. Trip duty phone on the day is 07700 900 247 (me) or 07700 900 221 (estates duty). 16 pupils + 2 staff.

Simon

Sent from my iPhone"""
    send(L, 29, 'coach-booking-mobile', 'mobile', 'Housemaster confirms a coach booking from his phone with booking reference and duty phone numbers',
         ARUN_HM, [('Joanne Whitley', 'bookings@southdowncoaches.example')], 'Sat 17 May coach', '2025-05-12 07:40:11',
         plain(t, charset='us-ascii'), client='iphone')

    # 30 --------------------------------------------------------------------
    rng = random.Random('pd-n-30')
    tickets = ['%s %s %s %s' % tuple(x[i:i + 4] for i in range(0, 16, 4)) for x in (bad_luhn(rng) for _ in range(3))]
    t = """Dear Mr and Mrs Okoro,

Thank you for booking for Speech Day on Saturday 28 June. Your e-tickets are below - please show them on your phone or printed at the Marquee entrance.

Ticket 1 (Adult): %s
Ticket 2 (Adult): %s
Ticket 3 (Lunch, Marquee B): %s

Car park pass: LF-2025-0318 (Long Field, entrance via North Lodge)
Order reference: SPD25-00871

Gates open at 10.00am; the prize-giving begins at 11.30am in the Marquee, followed by lunch at 1.00pm.

With best wishes,
Events Office
Wyvern Hill School""" % tuple(tickets)
    send(L, 30, 'event-tickets', 'qp', 'Events office sends parents Speech Day e-ticket numbers (not card numbers), car park pass and order reference',
         ('Events Office', 'events@' + S), [('Dr M. Okoro', 'm.okoro@example.net')], 'Your Speech Day tickets - SPD25-00871',
         '2025-06-02 12:12:12', plain(t, cte='quoted-printable'))


if __name__ == '__main__':
    positives()
    negatives()
    write_manifest()
