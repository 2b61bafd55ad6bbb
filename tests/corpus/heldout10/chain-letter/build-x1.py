#!/usr/bin/env python3
# Deterministic generator for writer x1 (stdlib only). Run from inside this policy folder.
# Aldermoor Sixth Form College (invented), Aldermoor, Westmereshire (invented county).
import base64, quopri, hashlib, json, os, io, struct, zlib, zipfile, textwrap, random, html
from datetime import datetime, timezone, timedelta
import email.utils

W = 'x1'
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- dates / ids
def _last_sunday(y, mo):
    d = datetime(y, mo, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d

def mkdate(y, m, d, H, M, S=0):
    dt = datetime(y, m, d, H, M, S)
    off = 1 if _last_sunday(y, 3) <= dt < _last_sunday(y, 10) else 0
    return email.utils.format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=off))))

def _h(*parts):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()

def mkid(seed, domain, style='outlook'):
    h = _h('mid', seed)
    if style == 'outlook':
        return '<%s%s@%s>' % ('AM9P265MB' + str(int(h[:6], 16) % 10000).zfill(4), h[6:30].upper(), domain)
    if style == 'gmail':
        b = base64.b64encode(bytes.fromhex(h[:48])).decode().replace('/', '_').replace('=', '')
        return '<CA%s@mail.%s>' % (b, domain)
    if style == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), domain)
    if style == 'tb':
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    return '<%s.%s@%s>' % (h[:16], h[16:24], domain)

def boundary(seed, style='outlook'):
    h = _h('bnd', seed)
    if style == 'outlook':
        return '_000_%s_' % h[:40].upper()
    if style == 'gmail':
        return '000000000000' + h[:16]
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == 'tb':
        return '------------' + ''.join(c for c in h.upper() if c.isalnum())[:24]
    return '----=_Part_%d_%d.%d' % (int(h[:4], 16), int(h[4:12], 16), int(h[12:20], 16))

# ---------------------------------------------------------------- headers
def _is_ascii(s):
    return all(ord(c) < 128 for c in s)

def enc_words(s, charset='utf-8', mode='B'):
    if _is_ascii(s):
        return s
    out, cur = [], ''
    for ch in s:
        if len((cur + ch).encode(charset)) > 42:
            out.append(cur); cur = ''
        cur += ch
    if cur:
        out.append(cur)
    words = []
    for chunk in out:
        b = chunk.encode(charset)
        if mode == 'B':
            words.append('=?%s?B?%s?=' % (charset, base64.b64encode(b).decode()))
        else:
            q = ''
            for byte in b:
                c = chr(byte)
                if byte == 32:
                    q += '_'
                elif byte < 128 and (c.isalnum() or c in '!*+-/'):
                    q += c
                else:
                    q += '=%02X' % byte
            words.append('=?%s?Q?%s?=' % (charset, q))
    return '\n '.join(words)

def addr(a):
    if isinstance(a, str):
        return a
    name, em = a
    if not name:
        return em
    if not _is_ascii(name):
        return '%s <%s>' % (enc_words(name), em)
    if any(c in name for c in ',.;:@()'):
        return '"%s" <%s>' % (name, em)
    return '%s <%s>' % (name, em)

def addrlist(lst):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ',\n '.join(addr(a) for a in lst) if len(lst) > 2 else ', '.join(addr(a) for a in lst)

def email_of(a):
    return a if isinstance(a, str) else a[1]

def hdrs(client, frm, to, subj, date, seed, cc=None, irt=None, refs=None, extra=(), subj_charset='utf-8'):
    dom = email_of(frm).split('@')[1]
    style = {'outlook': 'outlook', 'gmail': 'gmail', 'iphone': 'apple', 'apple': 'apple',
             'tb': 'tb', 'android': 'other', 'webmail': 'other', 'bulk': 'other'}[client]
    mid = mkid(seed, dom, style)
    S = enc_words(subj, subj_charset, 'Q' if client in ('outlook', 'webmail') else 'B')
    L = []
    if client == 'outlook':
        L += ['From: ' + addr(frm), 'To: ' + addrlist(to)]
        if cc: L.append('CC: ' + addrlist(cc))
        ti = base64.b64encode(bytes.fromhex(_h('ti', seed)[:44])).decode()
        L += ['Subject: ' + S, 'Thread-Topic: ' + S, 'Thread-Index: ' + ti, 'Date: ' + date, 'Message-ID: ' + mid]
        if irt: L.append('In-Reply-To: ' + irt)
        if refs: L.append('References: ' + refs)
        L += ['Accept-Language: en-GB, en-US', 'Content-Language: en-GB', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ']
        L += list(extra)
        L.append('MIME-Version: 1.0')
    elif client == 'gmail':
        L += ['MIME-Version: 1.0', 'Date: ' + date]
        if refs: L.append('References: ' + refs)
        if irt: L.append('In-Reply-To: ' + irt)
        L += ['Message-ID: ' + mid, 'Subject: ' + S, 'From: ' + addr(frm), 'To: ' + addrlist(to)]
        if cc: L.append('Cc: ' + addrlist(cc))
        L += list(extra)
    elif client in ('iphone', 'apple'):
        L += ['From: ' + addr(frm), 'Mime-Version: 1.0 (1.0)' if client == 'iphone' else 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))',
              'Subject: ' + S, 'Date: ' + date, 'Message-Id: ' + mid]
        if refs: L.append('References: ' + refs)
        if irt: L.append('In-Reply-To: ' + irt)
        if cc: L.append('Cc: ' + addrlist(cc))
        L += ['To: ' + addrlist(to)]
        L.append('X-Mailer: iPhone Mail (22B91)' if client == 'iphone' else 'X-Mailer: Apple Mail (2.3826.400.131.1.6)')
        L += list(extra)
    elif client == 'tb':
        L += ['Message-ID: ' + mid, 'Date: ' + date, 'MIME-Version: 1.0',
              'User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB']
        if refs: L.append('References: ' + refs)
        if irt: L.append('In-Reply-To: ' + irt)
        L += ['To: ' + addrlist(to)]
        if cc: L.append('Cc: ' + addrlist(cc))
        L += ['From: ' + addr(frm), 'Subject: ' + S] + list(extra)
    else:  # android / webmail / bulk
        L += ['From: ' + addr(frm), 'To: ' + addrlist(to)]
        if cc: L.append('Cc: ' + addrlist(cc))
        L += ['Subject: ' + S, 'Date: ' + date, 'Message-ID: ' + mid]
        if irt: L.append('In-Reply-To: ' + irt)
        if refs: L.append('References: ' + refs)
        if client == 'webmail': L.append('User-Agent: Roundcube Webmail/1.6.9')
        if client == 'android': L.append('X-Mailer: Samsung Mobile Email')
        L += list(extra)
        L.append('MIME-Version: 1.0')
    return L, mid

# ---------------------------------------------------------------- body helpers
def paras(text):
    return text.strip('\n').split('\n')

def hardwrap(text, width=72):
    out = []
    for line in text.strip('\n').split('\n'):
        if len(line) <= width or line.startswith('>') or line.startswith('  '):
            out.append(line)
        else:
            out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return '\n'.join(out) + '\n'

def flowed(text, width=72):
    out = []
    for line in text.strip('\n').split('\n'):
        if line.startswith('>'):
            out.append(line); continue
        if line.startswith(' ') or line.startswith('From '):
            line = ' ' + line
        if len(line) <= width:
            out.append(line.rstrip(' ')); continue
        ws = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out += [w + ' ' for w in ws[:-1]] + [ws[-1]]
    return '\n'.join(out) + '\n'

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))

def to_html_outlook(text, font='Calibri'):
    ps = []
    for p in text.strip('\n').split('\n'):
        if p.strip() == '':
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(p, quote=False))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (font, '\n'.join(ps))

def to_html_gmail(text):
    ps = []
    for p in text.strip('\n').split('\n'):
        ps.append('<div>%s</div>' % (html.escape(p, quote=False) if p.strip() else '<br>'))
    return '<div dir="ltr">' + ''.join(ps) + '</div>\n'

def to_html_simple(text):
    blocks = [b for b in text.strip('\n').split('\n\n')]
    return '<html><body>\n' + '\n'.join('<p>%s</p>' % html.escape(b, quote=False).replace('\n', '<br>\n') for b in blocks) + '\n</body></html>\n'

# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of str
        self.body = body            # bytes (already encoded), LF line ends

def _encode(text, charset, cte):
    if cte in ('7bit', '8bit'):
        b = text.encode(charset)
        return b if b.endswith(b'\n') else b + b'\n'
    if cte == 'quoted-printable':
        return quopri.encodestring(text.encode(charset))
    if cte == 'base64':
        return base64.encodebytes(text.replace('\n', '\r\n').encode(charset))
    raise ValueError(cte)

def text_part(text, subtype='plain', charset='utf-8', cte='7bit', flow=False, delsp=False, extra=()):
    ct = 'Content-Type: text/%s; charset="%s"' % (subtype, charset) if subtype == 'html' or charset != 'us-ascii' else 'Content-Type: text/%s; charset=%s' % (subtype, charset)
    if flow:
        ct = 'Content-Type: text/%s; charset=%s; format=flowed%s' % (subtype, charset, '; delsp=yes' if delsp else '')
    return Part([ct, 'Content-Transfer-Encoding: ' + cte] + list(extra), _encode(text, charset, cte))

def b64wrap(data):
    return base64.encodebytes(data)

def attach(data, ctype, filename, inline=False, extra=()):
    disp = 'inline' if inline else 'attachment'
    return Part(['Content-Type: %s; name="%s"' % (ctype, filename),
                 'Content-Description: %s' % filename,
                 'Content-Disposition: %s; filename="%s"; size=%d' % (disp, filename, len(data)),
                 'Content-Transfer-Encoding: base64'] + list(extra), b64wrap(data))

def attach_plain(data, ctype, filename):  # gmail/tb style, fewer headers
    return Part(['Content-Type: %s; name="%s"' % (ctype, filename),
                 'Content-Disposition: attachment; filename="%s"' % filename,
                 'Content-Transfer-Encoding: base64'], b64wrap(data))

def rfc822_part(msgbytes, filename=None):
    h = ['Content-Type: message/rfc822' + ('; name="%s"' % filename if filename else '')]
    if filename:
        h.append('Content-Disposition: attachment; filename="%s"' % filename)
    return Part(h, msgbytes if msgbytes.endswith(b'\n') else msgbytes + b'\n')

def multipart(subtype, parts, bnd, params='', preamble=None):
    body = b''
    if preamble:
        body += preamble.encode() + b'\n'
    for p in parts:
        body += b'\n--' + bnd.encode() + b'\n' + '\n'.join(p.headers).encode() + b'\n\n' + p.body.rstrip(b'\n') + b'\n'
    body += b'\n--' + bnd.encode() + b'--\n'
    return Part(['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, bnd)], body.lstrip(b'\n') if not preamble else body)

def message(headers, part):
    if 'multipart/mixed' in part.headers[0] and 'X-MS-Has-Attach: ' in headers:
        headers = [('X-MS-Has-Attach: yes' if x == 'X-MS-Has-Attach: ' else x) for x in headers]
    return ('\n'.join(headers) + '\n' + '\n'.join(part.headers) + '\n\n').encode('ascii') + part.body

def finish(raw):
    raw = raw.replace(b'\r\n', b'\n')
    return raw.replace(b'\n', b'\r\n')

# ---------------------------------------------------------------- office files
ZDT = (2025, 10, 1, 9, 0, 0)

def _zip(files, dt=ZDT, compress=True):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return buf.getvalue()

def _x(s):
    return html.escape(str(s), quote=False)

def docx(blocks, creator='Aldermoor Sixth Form College', dt=ZDT, title=''):
    body = []
    for b in blocks:
        kind = b[0]
        if kind == 'h':
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif kind == 'p':
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif kind == 'b':
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif kind == 'table':
            rows = []
            for r in b[1]:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl><w:p/>' % ''.join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>') % ''.join(body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    stamp = '%04d-%02d-%02dT%02d:%02d:00Z' % dt[:5]
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>') % (_x(title), _x(creator), _x(creator), stamp, stamp)
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', core), ('word/document.xml', doc)], dt)

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(sheets, dt=ZDT):
    """sheets: list of (name, rows); a cell that is int/float is numeric, else inline string."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == '':
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        files.append(('xl/worksheets/sheet%d.xml' % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % ''.join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join(ct_over) + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % ''.join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wb_rels))
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbr)] + files, dt)

def zipfiles(files, dt=ZDT):
    return _zip(files, dt)

# ZipCrypto (traditional PKWARE) encryption, written out by hand
_CRCT = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)

class _ZC:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for ch in pw:
            self._upd(ch)
    def _upd(self, b):
        k = self.k
        k[0] = (k[0] >> 8) ^ _CRCT[(k[0] ^ b) & 0xFF]
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = (k[2] >> 8) ^ _CRCT[(k[2] ^ ((k[1] >> 24) & 0xFF)) & 0xFF]
    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(p)
        return bytes(out)

def zip_encrypted(files, password, seed, dt=ZDT):
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    out, central = b'', b''
    for n, (name, data) in enumerate(files):
        data = data if isinstance(data, bytes) else data.encode('utf-8')
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr12 = bytes.fromhex(_h('zc', seed, n)[:22]) + bytes([(crc >> 24) & 0xFF])
        z = _ZC(password.encode())
        enc = z.enc(hdr12 + comp)
        fn = name.encode()
        lh = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data), len(fn), 0) + fn
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x0314, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data), len(fn), 0, 0, 0, 0, 0o644 << 16, len(out)) + fn
        out += lh + enc
    eocd = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), len(out), 0)
    return out + central + eocd

# ---------------------------------------------------------------- crypto-looking blobs
def _prand(seed, n):
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s:%d' % (seed, i)).encode()).digest()
        i += 1
    return out[:n]

def smime_blob(seed, n=2600):
    body = _prand(seed, n)
    inner = bytes.fromhex('06092a864886f70d010703') + b'\xa0\x82' + struct.pack('>H', n + 4) + b'\x30\x82' + struct.pack('>H', n) + body
    return b'\x30\x82' + struct.pack('>H', len(inner)) + inner

def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF

def pgp_armor(seed, n=1400):
    data = b'\x85\x01\x0c\x03' + _prand(seed, 8) + b'\x01\x0b\xff' + _prand(seed + 'k', 262) + b'\xd2' + _prand(seed + 'd', n)
    b = base64.b64encode(data).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(struct.pack('>I', _crc24(data))[1:]).decode()
    return '-----BEGIN PGP MESSAGE-----\n\n' + '\n'.join(lines) + '\n=' + crc + '\n-----END PGP MESSAGE-----\n'

# ---------------------------------------------------------------- identifiers (own implementations)
UPN_L = 'ABCDEFGHJKLMNPQRTUVWXYZ'

def upn_letter(d12):
    return UPN_L[sum(int(c) * (i + 2) for i, c in enumerate(d12)) % 23]

def upn_valid(s):
    s = s.strip().upper()
    return len(s) == 13 and s[1:].isdigit() and s[0] == upn_letter(s[1:])

def make_upn(rng, la='884', yr=None):
    est = '%04d' % rng.choice([2031, 2047, 2105, 2213, 3018, 3306, 2260, 2119])
    yr = yr or '%02d' % rng.choice([10, 11, 12, 13, 14])
    d12 = la + est + yr + '%03d' % rng.randint(1, 999)
    return upn_letter(d12) + d12

def uln_check(d9):
    r = sum(int(c) * (10 - i) for i, c in enumerate(d9)) % 11
    return None if r == 0 else 10 - r

def uln_valid(s):
    return len(s) == 10 and s.isdigit() and s[0] != '0' and uln_check(s[:9]) == int(s[9])

def make_uln(rng):
    while True:
        d9 = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(d9)
        if c is not None:
            return d9 + str(c)

def nhs_check(d9):
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d9)) % 11
    if c == 11:
        c = 0
    return None if c == 10 else c

def nhs_valid(s):
    s = s.replace(' ', '').replace('-', '')
    return len(s) == 10 and s.isdigit() and nhs_check(s[:9]) == int(s[9])

def make_nhs(rng, spaced=True):
    while True:
        d9 = str(rng.choice([4, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(d9)
        if c is not None:
            s = d9 + str(c)
            return '%s %s %s' % (s[:3], s[3:6], s[6:]) if spaced else s

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def make_card(rng, prefix='4', length=16):
    while True:
        body = prefix + ''.join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in '0123456789':
            if luhn_ok(body + c):
                s = body + c
                return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

NINO_BAD1 = set('DFIQUV')
NINO_BAD2 = set('DFIOQUV')
NINO_BADP = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}

def nino_valid(s):
    s = s.replace(' ', '').upper()
    return (len(s) == 9 and s[:2].isalpha() and s[2:8].isdigit() and s[8] in 'ABCD'
            and s[0] not in NINO_BAD1 and s[1] not in NINO_BAD2 and s[:2] not in NINO_BADP)

def make_nino(rng, spaced=True):
    while True:
        p = rng.choice('ABCEGHJKLMNOPRSTWXYZ') + rng.choice('ABCEGHJKLMNPRSTWXYZ')
        if p in NINO_BADP:
            continue
        d = ''.join(str(rng.randint(0, 9)) for _ in range(6))
        s = p + d + rng.choice('ABCD')
        return '%s %s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:8], s[8]) if spaced else s

# NatWest range 010004-016715: MOD11 weights 8 7 6 5 4 3 2 1 on the account number
def acct_ok_natwest(acct):
    return sum(int(c) * w for c, w in zip(acct, [8, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0

def make_bank(rng):
    sc = '01%02d%02d' % (rng.randint(1, 66), rng.randint(10, 99))
    while True:
        a7 = ''.join(str(rng.randint(0, 9)) for _ in range(7))
        for c in '0123456789':
            if acct_ok_natwest(a7 + c):
                return '%s-%s-%s' % (sc[:2], sc[2:4], sc[4:]), a7 + c

def make_dob(rng, y0=2007, y1=2009, m0=9):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        if (y == y0 and m < m0) or (y == y1 and m >= 9):
            continue
        d = rng.randint(1, 28)
        return '%02d/%02d/%04d' % (d, m, y)

# ---------------------------------------------------------------- output
ENTRIES = []

def emit(num, label, family, shape, mail_from, rcpt, auth, note, raw):
    fn = '%s/%s-%03d-%s.eml' % (label, W, num, family)
    os.makedirs(os.path.join(HERE, label), exist_ok=True)
    with open(os.path.join(HERE, fn), 'wb') as f:
        f.write(finish(raw))
    ENTRIES.append({'file': fn, 'label': label, 'mail_from': mail_from, 'rcpt': rcpt,
                    'auth_user': auth, 'shape': shape, 'family': family, 'note': note})

def write_manifest():
    with open(os.path.join(HERE, 'manifest-%s.jsonl' % W), 'w') as f:
        for e in ENTRIES:
            f.write(json.dumps(e, ensure_ascii=False) + '\n')


# ============================================================================
# chain-letter policy: 30 positive (001-030) + 30 negative (031-060)
# ============================================================================
SD = 'school.example'
ST = 'students.school.example'

def staff(name, user):
    return (name, '%s@%s' % (user, SD))

def stu(name, user):
    return (name, '%s@%s' % (user, ST))

def rc(*lists):
    out = []
    for l in lists:
        if l is None:
            continue
        if isinstance(l, (str, tuple)):
            l = [l]
        out += [email_of(a) for a in l]
    return out

ALLSTAFF = ('All Staff', 'allstaff@school.example')
TUTORS = ('Tutors', 'tutors@school.example')

# ---------------------------------------------------------------- 001 good-luck (mobile)
def m001():
    frm = stu('Jade Hart', 'jhart24')
    to = [stu('', 'mgrant24'), stu('', 'ecooper24'), stu('', 'ndoyle24'), stu('', 'sbegum25')]
    h, _ = hdrs('iphone', frm, to, 'read this!!! dont ignore', mkdate(2025, 10, 2, 22, 47), 'cl001')
    body = """ok so i normally dont do these but my cousin sent it and 2 days later she got the job she wanted so

THIS IS THE LUCKY 12. read it all the way to the bottom or it doesnt count

send this to 12 people in the next 12 minutes and something you have been waiting for will happen at exactly 12:12 tomorrow. if you only send it to 5 you get small luck. if you send it to nobody you get 12 years of bad luck starting with your mocks

a girl in my cousins year laughed at it and failed her driving test 3 times in a row. not even joking

DONT BREAK IT
xx

Sent from my iPhone"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(1, 'positive', 'good-luck-chain', 'mobile', email_of(frm), rc(to), email_of(frm),
         'student sends a 12-people-in-12-minutes luck chain with bad-luck threat to classmates', message(h, p))

# ---------------------------------------------------------------- 002 prayer chain (flowed)
def m002():
    frm = staff('Maureen Pike', 'm.pike')
    to = [staff('Carol Denby', 'c.denby'), staff('Bernadette Quinn', 'b.quinn'), staff('Sharon Blythe', 's.blythe'),
          staff('Lisa Brennan', 'l.brennan'), staff('Dave Tranter', 'd.tranter')]
    h, _ = hdrs('tb', frm, to, 'Novena - please keep it going', mkdate(2025, 10, 8, 7, 12), 'cl002')
    body = """Dear all,

I don't usually send these on but with everything that's been going on for a lot of us this term I felt I should. Please don't be offended if it's not your thing, just delete it.

Love Maureen

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

O Holy St Jude, apostle and martyr, helper of the hopeless, I place my trust in you. Pray for me in my hour of need and bring comfort to those I love.

Say this prayer nine times a day for nine days. By the ninth day your prayer will be answered. It has never been known to fail, but you must promise to pass it on.

Send this to nine people within nine days. Do NOT break the chain. A lady in Galway who sent it on had her son come home after four years without a word. A man who laughed at it and deleted it lost his house within the month.

This chain started in 1952 and has gone around the world many times. Whoever breaks it brings sorrow on themselves. Keep it moving and you will receive a blessing on the ninth day.

Thank you St Jude.
"""
    p = text_part(flowed(body), charset='UTF-8', cte='8bit', flow=True)
    emit(2, 'positive', 'prayer-chain', 'flowed', email_of(frm), rc(to), email_of(frm),
         'catering manager forwards a nine-days novena chain with promised blessing and threat for breaking it', message(h, p))

# ---------------------------------------------------------------- 003 virus hoax (qp)
def m003():
    frm = staff('Steve Haddon', 's.haddon')
    h, _ = hdrs('outlook', frm, [ALLSTAFF], 'URGENT – virus warning – please read and pass on', mkdate(2025, 10, 14, 8, 3), 'cl003')
    body = """Morning all – just had this from my brother-in-law who works in IT for the council so I think it’s genuine. Worth a read.

Steve

-----

VERY URGENT – PLEASE SEND TO ALL YOUR CONTACTS

In the next few days DO NOT open any message with an attachment called “Invitation – Prize Giving 2025”, no matter who sends it. It is a virus that opens an Olympic torch which burns the whole hard disc C of your computer. It comes from someone you know who has your address in their contacts list, which is why you must send this warning to ALL your contacts.

It is better to receive this message 25 times than to get the virus and open it. If you receive a mail called “Invitation – Prize Giving 2025”, even from a friend, do not open it and shut down your computer immediately.

It is the worst virus announced by CNN. It has been classified by Microsoft as the most destructive virus ever. It was discovered yesterday afternoon by McAfee and there is no repair yet for this kind of virus. It simply destroys the Zero Sector of the hard disc.

COPY THIS E-MAIL AND SEND IT TO ALL YOUR FRIENDS. REMEMBER: IF YOU SEND IT TO THEM, YOU WILL BENEFIT ALL OF US.
"""
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(3, 'positive', 'virus-hoax', 'qp', email_of(frm), rc(ALLSTAFF), email_of(frm),
         'teacher forwards a burning-hard-disc virus hoax to all staff, asks everyone to send to all contacts', message(h, p))

# ---------------------------------------------------------------- 004 sick-child donate-per-share (html-only)
def m004():
    frm = stu('Ruby Castle', 'rcastle25')
    to = [stu('', 'tosborne25'), stu('', 'lcooper25'), stu('', 'zhussain25'), stu('', 'maisie.doyle25'), stu('', 'ffletcher25')]
    h, _ = hdrs('webmail', frm, to, 'PLEASE DONT SCROLL PAST 💔', mkdate(2025, 11, 3, 16, 21), 'cl004')
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,sans-serif">
<p style="font-size:20px;color:#c0006a"><b>PLEASE DONT SCROLL PAST THIS 💔💔</b></p>
<p>This is little Amelia. She is 4 and she has a brain tumour the size of a golf ball. The doctors here have given up but there is an operation in America that costs <b>£250,000</b>.</p>
<p>Facebook and the <b>Make It Happen Foundation</b> have agreed to donate <b>£1 for every time this message is forwarded</b> and 50p for every reply!! The message has a tracking code in it so they can count every one.</p>
<p>It literally takes 2 seconds. Forward it to <u>everyone</u> you know. Imagine if it was your little sister 😢</p>
<p style="color:#888">Ignoring this = one less chance for Amelia. Dont be that person.</p>
<p>🙏🙏🙏 share share share 🙏🙏🙏</p>
</body></html>
"""
    p = text_part(html_, subtype='html', charset='UTF-8', cte='quoted-printable')
    emit(4, 'positive', 'sick-child-appeal', 'html-only', email_of(frm), rc(to), email_of(frm),
         'student forwards a sick-child appeal claiming a donation per forward and reply', message(h, p))

# ---------------------------------------------------------------- 005 privacy-notice hoax (cp1252)
def m005():
    frm = staff('Lisa Brennan', 'l.brennan')
    to = [staff('Sue Walcott', 's.walcott'), staff('Colin Ashdown', 'c.ashdown'), ('Karen Brennan', 'karen.brennan1970@homemail.example')]
    h, _ = hdrs('outlook', frm, to, 'Do this before Monday!!', mkdate(2025, 11, 7, 12, 38), 'cl005')
    body = """Hiya,

My sister says everyone needs to do this before Meta\u2019s new rules come in on Monday, otherwise they can use all our photos and messages. You have to copy and paste it, sharing doesn\u2019t count apparently. I\u2019ve done mine on Facebook too x

\u201cI do not give Meta, Facebook, Instagram, WhatsApp or any companies connected to them permission to use my pictures, information, messages or posts, past or future. With this statement I give notice that it is strictly forbidden to disclose, copy, distribute or take any other action against me based on this profile and its contents. Breach of privacy can be punished by law (UCC 1-308 and the Rome Statute).

NOTE: Meta is now a public company. Everyone must post a note like this. If you do not publish a statement at least once it will be taken as permission for the use of your photos and the information in your status updates. DO NOT SHARE \u2013 you MUST copy and paste.\u201d

Channel 4 News were talking about it apparently. Pass it on to everyone you know!!

Lisa
Finance Office \u2013 ext 2231
"""
    p = text_part(body, charset='windows-1252', cte='8bit')
    emit(5, 'positive', 'privacy-notice-hoax', 'cp1252', email_of(frm), rc(to), email_of(frm),
         'finance assistant spreads the copy-and-paste Meta privacy statement hoax to colleagues and family', message(h, p))

# ---------------------------------------------------------------- 006 missing-child hoax (alternative)
def m006():
    frm = stu('Tyler Osborne', 'tosborne25')
    to = [('Year 12 2025-26', 'year12@students.school.example')]
    h, _ = hdrs('gmail', frm, to, 'SHARE PLEASE missing girl', mkdate(2025, 11, 12, 19, 5), 'cl006')
    body = """guys please share this everywhere!!!

MISSING: Lacey-Mae, 14, from the Aldermoor area. Last seen Friday night getting into a silver car outside the Co-op on Station Road. Her mum is going out of her mind. Police say the first 48 hours are the most important so the more people who see this the better.

PLEASE COPY AND FORWARD TO EVERYONE IN YOUR CONTACTS. Dont just read it, it literally takes 2 seconds. If it was your sister you would want people to share.

(copied it from a post. someone in my sisters group chat said its been going round since the summer but better safe than sorry??)
"""
    bnd = boundary('cl006', 'gmail')
    p = multipart('alternative', [text_part(body, charset='UTF-8', cte='7bit'),
                                  text_part(to_html_gmail(body), subtype='html', charset='UTF-8', cte='quoted-printable')], bnd)
    emit(6, 'positive', 'missing-child-hoax', 'alternative', email_of(frm), rc(to), email_of(frm),
         'student mails the whole year group a copy-and-forward missing-girl post that is admitted to be months old', message(h, p))

# ---------------------------------------------------------------- 007 gift circle (hard-wrapped)
def m007():
    frm = staff('Kerry Tomlin', 'k.tomlin')
    to = [staff('Amy Lund', 'a.lund'), staff('Priya Sandhu', 'p.sandhu'), staff('Gemma Lowry', 'g.lowry'),
          staff('Jess Armitage', 'j.armitage'), ('Nic', 'nicola.tomlin@mailbox.example')]
    h, _ = hdrs('webmail', frm, to, 'The flower - details as promised', mkdate(2025, 11, 18, 20, 14), 'cl007')
    body = """Hi ladies,

A few of you asked me about the flower after I mentioned it in the staffroom, so here are the details properly. Please keep it to people you trust!

How it works: every flower has 15 places. 8 "petals" on the outside, 4 "leaves", 2 "stems" and 1 "seed" in the middle. Each petal gifts £150 to the seed. When all 8 petals are in, the seed receives £1,200 and leaves. The flower then splits into two new flowers and everyone moves one step closer to the middle. When you reach the centre, you receive your gift of £1,200 from your 8 new petals.

To move up, each of us needs to bring in 2 new people. That's all! The more people we invite, the faster it goes round. I'm a stem at the moment and my friend Nic got her £1,200 last month (paid for her holiday).

It is NOT a pyramid scheme. It's a gifting circle and gifts are completely legal up to £3,000 a year, so no tax either. Nobody loses anything as long as we all keep inviting people. It's women helping women.

Please pass this on to anyone you think would want to join, your sisters, mums, friends from other schools. Just reply to me before Friday so I can add you to the WhatsApp. Don't leave it too long as places go fast!

Kerry x
"""
    p = text_part(hardwrap(body, 72), charset='UTF-8', cte='8bit')
    emit(7, 'positive', 'gift-circle-pyramid', 'hard-wrapped', email_of(frm), rc(to), email_of(frm),
         'exams assistant recruits colleagues and a friend into a 1200-pound gifting flower that needs two new members each', message(h, p))

# ---------------------------------------------------------------- 008 friendship chain (base64)
def m008():
    frm = stu('Lily-Mae Cooper', 'lcooper25')
    to = [stu('', 'rcastle25'), stu('', 'mia.grant25'), stu('', 'ffletcher25'), stu('', 'eroww25'), stu('', 'slindqvist25'),
          stu('', 'aisha.begum25'), stu('', 'hwaters25')]
    h, _ = hdrs('android', frm, to, '💕 friendship test 💕 u have to do it', mkdate(2025, 11, 21, 23, 9), 'cl008')
    body = """💕💕 FRIENDSHIP TEST 💕💕

send this to 10 ppl u love incl the person who sent it to u!!

if u get 0 back = u need better friends lol
3 back = ur loved
5 back = ur literally the best friend anyone could have
10 back = everyone wants to be u 👑

if u break the chain u will be single for 5 years and at the next sleepover u go to someone will cry. im not saying who 👀

SEND IT NOW dont overthink it 😘
love u all see u at mias on sat

Sent from my Galaxy"""
    p = text_part(body, charset='UTF-8', cte='base64')
    emit(8, 'positive', 'friendship-chain', 'base64', email_of(frm), rc(to), email_of(frm),
         'student sends a send-to-10-friends friendship test with a single-for-five-years curse', message(h, p))

# ---------------------------------------------------------------- 009 forward-only petition (inline forward)
def m009():
    frm = staff('Jonathan Reese', 'j.reese')
    to = [staff('Fiona Blake', 'f.blake'), staff('Chris Oduya', 'c.oduya'), staff('Leanne Shaw', 'l.shaw'), staff('Owen Price', 'o.price')]
    h, _ = hdrs('gmail', frm, to, 'Fwd: PLEASE SIGN AND SEND ON - stop cosmetic testing', mkdate(2025, 11, 25, 17, 51), 'cl009')
    names = ['Patricia Hale, Chester', 'Dawn Mercer, Wrexham', 'Anil Kapoor, Crewe', 'Sue Lightfoot, Nantwich',
             'Margaret Cobb, Shrewsbury', 'Rhian Pugh, Welshpool', 'Geoff Pugh, Welshpool', 'Lorraine Fisk, Telford',
             'Bev Atherton, Telford', 'Paul Hinds, Ludlow', 'Marion Yates, Ludlow', 'Chloe Yates, Hereford',
             'Janet Rudd, Leominster', 'Kath Downes, Aldermoor', 'Jonathan Reese, Aldermoor']
    nl = '\n'.join('%d. %s' % (i + 1, n) for i, n in enumerate(names))
    body = """Done my bit, added my name (no. 15). Pass it on if you can, it's for a good cause.

J

---------- Forwarded message ---------
From: Kath Downes <kathdownes@homemail.example>
Date: Mon, 24 Nov 2025 at 21:07
Subject: Fw: PLEASE SIGN AND SEND ON - stop cosmetic testing
To: <jon.reese.home@mailbox.example>


PLEASE DO NOT JUST DELETE THIS!!

The EU is about to allow cosmetic companies to go back to testing on animals. This petition is being sent around the world by email so governments can see how many people care.

Copy this whole message into a new email, ADD YOUR NAME AND TOWN to the bottom of the list, and send it to at least 20 people you know. Please do not just forward it or the list gets lost.

When the list reaches 500 names, please send it to petitions@eu-animal-voice.example. If you are number 500, you will be sent a certificate of thanks.

If you don't want to sign, please at least send it on so someone else can. It takes one minute!!

%s
""" % nl
    p = text_part(body, charset='UTF-8', cte='7bit')
    emit(9, 'positive', 'forward-petition', 'inline-forward', email_of(frm), rc(to), email_of(frm),
         'teacher forwards an add-your-name-and-send-to-20 email petition with a growing list of names', message(h, p))

# ---------------------------------------------------------------- 010 Microsoft pays per forward (latin1)
def m010():
    frm = staff('Dave Tranter', 'd.tranter')
    to = [staff('Site Team', 'siteteam'), staff('Carol Denby', 'c.denby'), staff('Maureen Pike', 'm.pike')]
    h, _ = hdrs('outlook', frm, to, 'FW: this is for real lads', mkdate(2025, 12, 1, 6, 55), 'cl010', subj_charset='iso-8859-1')
    body = """This one is for real, my mate Tony got a cheque for about £600 last year off it. Costs nothing to try.

Dave

________________________________
From: Tony Marsh
Sent: 30 November 2025 19:44
Subject: this is for real lads

Friends, please don't bin this as junk mail. It is being run by Microsoft and AOL together.

Microsoft and AOL are testing a new e-mail tracking system and to promote it they are paying people who help. When you forward this message to your friends, Microsoft can follow it (if you use Windows) for two weeks. For every person you send it to, Microsoft will pay you £180. For every person who forwards it on from you, you will get another £90, and for every third-generation person, £45. Within two weeks Microsoft will contact you for your address and send you a cheque.

I thought this was a scam myself, but my brother-in-law's cousin works for Microsoft in Reading and he showed me the cheque he got for £3,450.

The more people you send it to, the more you get. Send it to everyone in your address book NOW before the trial ends!!!
"""
    p = text_part(body, charset='iso-8859-1', cte='8bit')
    emit(10, 'positive', 'pay-per-forward-hoax', 'latin1', email_of(frm), rc(to), email_of(frm),
         'site manager forwards the Microsoft/AOL pays-per-forward tracking hoax to colleagues', message(h, p))

# ---------------------------------------------------------------- 011 urban legend (inline forward)
def m011():
    frm = staff('Carol Denby', 'c.denby')
    h, _ = hdrs('outlook', frm, [ALLSTAFF], 'FW: Warning for the ladies - please read', mkdate(2025, 12, 3, 13, 26), 'cl011')
    body = """Hi everyone, saw this on the Aldermoor Mums page last night and thought you'd want to know, especially those of you who park at the retail park after work. Please pass it on to your wives/daughters/mums etc.

Carol
Reception

---------- Forwarded message ---------
From: Jackie Hobbs <jackie.hobbs@mailbox.example>
Date: Tue, 2 Dec 2025 at 22:10
Subject: Warning for the ladies - please read
To: Carol Denby <caroldenby@homemail.example>

LADIES PLEASE READ AND PASS ON

A man approaches you in a car park and asks if you would like to smell a free sample of perfume. He is very friendly and well dressed. IT IS NOT PERFUME, it's ether. You will pass out and they will take your purse, your car or worse.

This happened to a friend of my sister's at the Meadowbank Retail Park last Thursday. The police know about it but say they can't do anything until it happens to more people.

Please copy this and send it to every woman you know. If you don't pass it on and something happens to someone you love you will never forgive yourself.
"""
    p = text_part(body, charset='utf-8', cte='7bit')
    emit(11, 'positive', 'urban-legend-warning', 'inline-forward', email_of(frm), rc(ALLSTAFF), email_of(frm),
         'receptionist forwards the perfume-sample-is-ether car park legend to all staff asking them to pass it on', message(h, p))

# ---------------------------------------------------------------- 012 phone scam hoax inbound (plain)
def m012():
    frm = ('Gary Whitfield', 'g.whitfield77@example.net')
    to = [staff('Student Services', 'studentservices')]
    h, _ = hdrs('webmail', frm, to, 'Please pass on to all parents and students', mkdate(2025, 12, 5, 9, 41), 'cl012')
    body = """Hello,

Can you please put this in the next newsletter to all the parents and students. I am sending it to everyone I know.

If you get a call from someone saying they are from BT or your mobile network doing a "line test" and they ask you to press #90 or #09, DON'T. This gives them access to your SIM and they can make calls charged to your account.

Also DO NOT answer or call back any number starting +375, +371 or +381. They ring once and hang up. If you call back they charge 15 quid a minute AND copy all your contacts and banking apps within 3 seconds.

This has been confirmed by Vodafone and O2 and was on the news.

PLEASE FORWARD THIS TO ALL YOUR CONTACTS, and the students, the more people who know the better.

Regards
Gary Whitfield
(dad of Connor, Year 13)
"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(12, 'positive', 'scam-hoax', 'plain-7bit', email_of(frm), rc(to), None,
         'parent asks student services to circulate a phone/SIM-cloning hoax and forward it to all contacts', message(h, p))

# ---------------------------------------------------------------- 013 curse chain (mobile)
def m013():
    frm = stu('Callum Price', 'cprice25')
    to = [stu('', 'nfletcher25'), stu('', 'ben.atkins25'), stu('', 'dhughes25'), stu('', 'jkemp25'), stu('', 'rbarker25')]
    h, _ = hdrs('android', frm, to, 'dont read this at night', mkdate(2025, 12, 9, 23, 52), 'cl013')
    body = """dont read this at night.

a girl called Aimee Rowntree was killed on the A49 in 2009 walking home from a party. nobody stopped to help her. if you dont copy this to 20 people in the next hour she will be standing at the end of your bed tonight at 3:04am

my mates brother ignored it and woke up with 3 scratches on his back. its not a joke

send it on. sorry lads but i aint risking it

Sent from my Galaxy"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(13, 'positive', 'curse-chain', 'mobile', email_of(frm), rc(to), email_of(frm),
         'student sends a ghost-at-3am curse chain demanding 20 copies within the hour', message(h, p))

# ---------------------------------------------------------------- 014 X donates per forward (alternative)
def m014():
    frm = staff('Ellie Prentice', 'e.prentice')
    to = [staff('Health and Social Care', 'hsc-team'), staff('Ruth Ainsley', 'r.ainsley'), staff('Hannah Greaves', 'h.greaves')]
    h, _ = hdrs('outlook', frm, to, 'FW: Grace - please forward, it costs nothing', mkdate(2025, 12, 11, 15, 2), 'cl014')
    body = """I know we get loads of these but this one is for a child with leukaemia and the company counts every forward, so please don't break it! It's costing you nothing.

Ellie

From: Lynne Prentice
Sent: 10 December 2025 21:16
Subject: Grace - please forward, it costs nothing

Hello, my name is Daniel Wright and I'm the father of Grace, who is 7 and has leukaemia. She needs treatment that the NHS can't fund.

BrightPath Telecom have very kindly agreed to give 10p to Grace's treatment fund every time this email is sent on. There is a tracking code in this message so they can count exactly how many times it has been forwarded.

Please, please forward it to everyone you know. It doesn't cost you a penny but it could save my little girl's life. Don't delete it – imagine if it was your child.

Thank you from the bottom of my heart,
Daniel
"""
    bnd = boundary('cl014', 'outlook')
    p = multipart('alternative', [text_part(body, charset='utf-8', cte='quoted-printable'),
                                  text_part(to_html_outlook(body), subtype='html', charset='utf-8', cte='quoted-printable')], bnd)
    emit(14, 'positive', 'donate-per-forward', 'alternative', email_of(frm), rc(to), email_of(frm),
         'teacher forwards a company-will-donate-10p-per-forward sick-child email to colleagues', message(h, p))

# ---------------------------------------------------------------- 015 copy-paste "I know who will" (flowed)
def m015():
    frm = staff('Fiona Blake', 'f.blake')
    to = [staff('Gemma Lowry', 'g.lowry'), staff('Jess Armitage', 'j.armitage'), ('Rach', 'rachel.okon@example.com'),
          ('Mum', 'pat.blake@homemail.example'), ('Helen Spry', 'h.spry@example.org')]
    h, _ = hdrs('apple', frm, to, 'Copy and paste, don\'t just read x', mkdate(2025, 10, 10, 7, 31), 'cl015')
    body = """It's World Mental Health Day today. I'd like to ask my friends, wherever you are, to copy and paste this message (not forward, COPY AND PASTE).

Most people won't. I know which of my friends will actually read this and copy it. It's a simple way of showing that you care about the people around you, that nobody is alone and that your door is always open.

Let's see who bothers! Send it to at least 10 people in your contacts and back to me so I know you did it. Apparently 93% of people won't, but the 7% that do are the ones who really matter.

Fi x
"""
    p = text_part(flowed(body), charset='utf-8', cte='7bit', flow=True)
    emit(15, 'positive', 'copy-paste-chain', 'flowed', email_of(frm), rc(to), email_of(frm),
         'tutor sends the 93-percent-won\'t copy-and-paste mental health chain to colleagues and friends outside', message(h, p))

# ---------------------------------------------------------------- 016 money chain letter inbound (hard-wrapped)
def m016():
    frm = ('Prosperity Circle UK', 'opportunity@prosperity-circle.example')
    to = [staff('Bursary Office', 'bursary')]
    h, _ = hdrs('bulk', frm, to, 'THIS REALLY WORKS - please read to the end', mkdate(2025, 12, 15, 3, 17), 'cl016')
    body = """Dear Friend,

THIS REALLY WORKS. Please read all of it before you decide.

My name is Angela. Two years ago I was £14,000 in debt, my car had been taken back and I was working nights in a care home to pay the rent. A friend sent me this letter and, like you, I nearly threw it away. Six weeks later I had received £41,900 in cash through the post. I have now paid off everything and I am sending this letter to help people like me.

HOW IT WORKS

1. Put a £5 note in a folded sheet of paper (so it cannot be seen through the envelope) and post one to EACH of the five people on the list below, with a note saying "Please add me to your mailing list". This is what makes it legal - you are buying a service.

2. Cross out name number 1, move everyone else up one place and put your own name and address at number 5.

3. Send this letter, with the new list, to at least 200 people. Email is fine. Your workplace address book is the quickest way to do it.

By the time your name reaches number 1 you will have been sent thousands of £5 notes. The maths is simple: 200 x 200 x 200...

IS IT LEGAL? Yes. I checked with a solicitor and with the Post Office. Because you are paying for a mailing list it is a legitimate business.

DO NOT BREAK THE CHAIN. A man in Doncaster received this letter, kept the money and did not send it on. Within two months he had lost his job. A lady in Swindon sent out 300 copies and received £52,000.

THE LIST

1. R. Petrie, 41 Ashgrove Terrace, Kirkby
2. M. Okonjo, Flat 3, 18 Queen Street, Dudley
3. S. Hartley, 7 The Spinney, Barnstaple
4. D. Whelan, 112 Moorside Road, Burnley
5. A. Knowles, 9 Canal Walk, Stourport

Remember: you have nothing to lose but £25 and everything to gain. Act within 7 days.

God bless,
Angela
"""
    p = text_part(hardwrap(body, 74), charset='iso-8859-1', cte='8bit')
    emit(16, 'positive', 'money-chain-letter', 'hard-wrapped', email_of(frm), rc(to), None,
         'inbound junk chain letter to the bursary mailbox: send a fiver to five names and mail 200 people', message(h, p))

# ---------------------------------------------------------------- 017 angel luck inbound (html-only)
def m017():
    frm = ('Teresa Nowak', 'tnowak@mailbox.example')
    to = [staff('Maria Kowalczyk', 'm.kowalczyk')]
    h, _ = hdrs('webmail', frm, to, 'Anioł szczęścia ✨ the angel of luck has visited you', mkdate(2026, 1, 6, 18, 2), 'cl017')
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="text-align:center;font-family:Georgia,serif;color:#4b2e83">
<p>Marysiu kochana, to dla Ciebie! xx T.</p>
<p style="font-size:22px">✨👼 <b>The Angel of Luck has visited you</b> 👼✨</p>
<p>This angel was sent to you because someone loves you. Within <b>4 days</b> of receiving this you must send it to <b>8 people</b> you care about. Do not keep it for yourself!</p>
<p><i>The Angel's rules for a happy life:</i><br>
Give more than you take.<br>Forgive quickly.<br>Say thank you every day.<br>Call your mother.<br>Never go to sleep angry.<br>
Smile at a stranger.<br>Remember that the best things are not things.</p>
<p>Barbara from Kraków forwarded the angel and three days later her daughter announced she was pregnant.<br>
Jerzy deleted the angel and lost his wallet with 800 zł the same afternoon.</p>
<p style="font-size:18px;color:#b00"><b>Do not break the chain. The angel is watching. 👼</b></p>
<p>Send it now – 8 people – 4 days.</p>
</div></body></html>
"""
    p = text_part(html_, subtype='html', charset='UTF-8', cte='base64')
    emit(17, 'positive', 'good-luck-chain', 'html-only', email_of(frm), rc(to), None,
         'inbound angel-of-luck chain from a friend to a member of staff: send to 8 people in 4 days', message(h, p))

# ---------------------------------------------------------------- 018 Teams-call hoax (qp)
def m018():
    frm = stu('Zainab Hussain', 'zhussain25')
    to = [stu('', 'tosborne25'), stu('', 'rcastle25'), stu('', 'hwaters25'), stu('', 'dhughes25'), stu('', 'aisha.begum25'),
          staff('Chris Oduya', 'c.oduya')]
    h, _ = hdrs('outlook', frm, to, 'WARNING!! pass this on to everyone', mkdate(2026, 1, 13, 8, 20), 'cl018')
    body = """WARNING – please pass on to EVERYONE in your contacts!!

Someone called “Olivia Grant-Holmes” is adding people on Teams and calling them. If you answer the call your camera turns on automatically and she records you, then she hacks your account and gets all your files and your college email. It was on the news in Birmingham and 2 colleges have had it.

Block her and send this to everyone you know so they don’t accept it. Copy and paste it to all your contacts, forward it to as many people as possible!!!! If you got this from me it means I care about you 🙂
"""
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(18, 'positive', 'hacker-hoax', 'qp', email_of(frm), rc(to), email_of(frm),
         'student forwards a fake Teams-caller-hacks-you warning to tutor group and tutor, asks for mass forwarding', message(h, p))

# ---------------------------------------------------------------- 019 "new communication rules" hoax (cp1252)
def m019():
    frm = staff('Sharon Blythe', 's.blythe')
    to = [ALLSTAFF]
    h, _ = hdrs('outlook', frm, to, 'New communication rules from tomorrow – please read', mkdate(2026, 1, 20, 16, 44), 'cl019')
    body = """Hi all, this was sent to me this afternoon – please read and share.

Sharon (LRC)

NEW COMMUNICATION RULES FROM TOMORROW:
1. All calls are recorded.
2. All phone call recordings are saved.
3. WhatsApp is monitored.
4. X (Twitter) is monitored.
5. Facebook is monitored.
6. All social media and forums are monitored.

Inform those who do not know. Your devices are connected to ministry systems. Take care not to send unnecessary messages. Inform your children, relatives and friends.

Don’t forward any posts or videos about politics or the present situation regarding the Government or the Prime Minister. Police have put out a notification termed ‘cyber crime’ and action will be taken. Writing or forwarding any message on a political or religious debate is now an offence. Arrest without warrant.

Please inform your group members, relatives and friends. Share this with all your groups and contacts.
"""
    p = text_part(body, charset='windows-1252', cte='8bit')
    emit(19, 'positive', 'surveillance-hoax', 'cp1252', email_of(frm), rc(to), email_of(frm),
         'library staff member circulates the all-calls-recorded new rules hoax to all staff asking them to share with every group', message(h, p))

# ---------------------------------------------------------------- 020 blood donor appeal (rfc822 attached)
def m020():
    frm = staff('Ian Ferris', 'i.ferris')
    to = [staff('Business Dept', 'business-dept'), staff('Paul Gurney', 'p.gurney')]
    inner_h, inner_mid = hdrs('webmail', ('Stella Ferris', 'stella.ferris@homemail.example'), [('Ian', 'ianferris63@mailbox.example')],
                             'Fwd: URGENT!!! little boy needs O neg blood', mkdate(2026, 1, 27, 20, 3), 'cl020in')
    inner_body = """Please send this on Ian, everyone you know!!

---------- Forwarded message ----------
URGENT!!! A 6 year old boy called Kai is in the Royal Westmere Hospital with leukaemia and needs O-negative blood, they have run out and he has days left.

If you are O-negative please ring his dad on 07700 900418.

Even if you are not O neg, PLEASE FORWARD THIS TO EVERYONE YOU KNOW. Someone you know will be. It only takes one second to forward and it could save a little boy's life. Don't be the one who let it stop with you.

THANK YOU xx
"""
    inner = message(inner_h, text_part(inner_body, charset='UTF-8', cte='7bit'))
    h, _ = hdrs('outlook', frm, to, 'FW: URGENT!!! little boy needs O neg blood', mkdate(2026, 1, 28, 7, 48), 'cl020')
    note = """Not sure if this is genuine but in case it helps anyone – see attached from my sister. Please send it on.

Ian
"""
    bnd = boundary('cl020', 'outlook')
    p = multipart('mixed', [text_part(note, charset='utf-8', cte='quoted-printable'),
                            rfc822_part(inner, 'URGENT!!! little boy needs O neg blood.eml')], bnd)
    emit(20, 'positive', 'sick-child-appeal', 'rfc822-forward', email_of(frm), rc(to), email_of(frm),
         'business teacher forwards as an attachment a forward-to-everyone blood-donor appeal for a sick child', message(h, p))

# ---------------------------------------------------------------- 021 book exchange (base64)
def m021():
    frm = staff('Gemma Lowry', 'g.lowry')
    to = [staff('Fiona Blake', 'f.blake'), staff('Leanne Shaw', 'l.shaw'), ('Sian', 'sian.morgan@example.com'),
          ('Beth Kaye', 'bethkaye@mailbox.example'), ('Claire', 'claire.dunmore@example.org'), ('Anna P', 'annapritchard@homemail.example')]
    h, _ = hdrs('outlook', frm, to, 'Secret Sister Book Exchange 📚', mkdate(2026, 2, 2, 21, 30), 'cl021')
    body = """Hi lovelies! 📚

I've been invited to a book exchange and I'd love you to join in. It's really simple:

1. Buy ONE book (£10 or less – your favourite, or one you think they'll love) and post it to the person in position 1 below.
2. Remove their name, move me up to position 1 and put YOUR name in position 2.
3. Copy this email to 6 bookish friends.

If nobody breaks the chain you'll end up receiving up to 36 books! 😍

Please only say yes if you can commit – it only works if everyone does their part. Reply within 3 days and I'll send you the address.

1. Carly Ruston
2. Gemma Lowry

Happy reading! Gem xx
"""
    p = text_part(body, charset='utf-8', cte='base64')
    emit(21, 'positive', 'gift-exchange-chain', 'base64', email_of(frm), rc(to), email_of(frm),
         'English teacher sends a Secret Sister book exchange (buy one, receive 36, copy to 6 friends)', message(h, p))

# ---------------------------------------------------------------- 022 viral scare to parents (latin1)
def m022():
    frm = staff('Kerry Tomlin', 'k.tomlin')
    to = [('Dawn Hollis', 'dawn.hollis@example.org'), ('Mark & Jo Pearce', 'pearcefamily@example.net'),
          ('Sunita Rao', 's.rao@example.com'), ('Leanne Buckley', 'leanneb82@mailbox.example')]
    h, _ = hdrs('outlook', frm, to, 'Please read - warning for parents of younger children', mkdate(2026, 2, 10, 19, 22), 'cl022', subj_charset='iso-8859-1')
    body = """Dear all,

I've been asked to pass this on, please forward it to every parent you know, especially anyone with younger brothers and sisters at home.

There is a character called "Mr Giggles" (a clown face with a long grey neck) being cut into cartoons on YouTube Kids and TikTok. Halfway through the video he appears and tells children to take their parents' tablets and not tell anyone, or he will come for their family.

Apparently 3 children in the Midlands have ended up in hospital already. The police are aware. I don't know a lot about it but better safe than sorry!

Please copy this into all your parent WhatsApp groups and send it to everyone in your contacts. The more parents who know, the fewer children will see it.

Kerry
"""
    p = text_part(body, charset='iso-8859-1', cte='quoted-printable')
    emit(22, 'positive', 'viral-scare-hoax', 'latin1', email_of(frm), rc(to), email_of(frm),
         'staff member sends parents a Momo-style viral scare and asks them to forward to every parent they know', message(h, p))

# ---------------------------------------------------------------- 023 "done, passed it on" reply (reply-quoted)
def m023():
    frm = staff('Paul Gurney', 'p.gurney')
    orig = staff('Sue Walcott', 's.walcott')
    to = [orig, staff('Owen Price', 'o.price'), staff('Ian Ferris', 'i.ferris'), staff('Rob Lacey', 'r.lacey'),
          staff('Tom Kellaway', 't.kellaway'), staff('Jess Armitage', 'j.armitage'), staff('Gareth Pryce', 'g.pryce')]
    quoted = """SEVEN DAY BLESSING

This blessing has been around the world nine times. It was started by a missionary in 1987.

On the seventh day after you send this to seven people, something you have been hoping for will come to you. Don't keep it to yourself and don't break it. A woman who sent it on got the all-clear from the hospital. A man who deleted it had his car written off a week later.

Send it to 7 people in the next 7 days and see what happens. God bless xx

Sue"""
    h, _ = hdrs('gmail', frm, to, 'Re: Seven day blessing xx', mkdate(2026, 2, 12, 12, 41), 'cl023',
                irt=mkid('cl023o', SD, 'outlook'), refs=mkid('cl023o', SD, 'outlook'))
    body = """Done! Sent to my 7 🙂 Anyone on here who hasn't had it yet, it's below. Seven people in seven days, don't break it.

Paul

On Wed, 11 Feb 2026 at 20:03, Sue Walcott <s.walcott@school.example> wrote:

%s
""" % quote(quoted)
    p = text_part(body, charset='UTF-8', cte='quoted-printable')
    emit(23, 'positive', 'blessing-chain', 'reply-quoted', email_of(frm), rc(to), email_of(frm),
         'maths teacher replies-all to a seven-day blessing chain, confirming he has passed it on and quoting it for others', message(h, p))

# ---------------------------------------------------------------- 024 friend-request hoax (mobile)
def m024():
    frm = staff('Rob Lacey', 'r.lacey')
    to = [staff('PE Department', 'pe-dept'), ('Gaz', 'garylacey@mailbox.example')]
    h, _ = hdrs('iphone', frm, to, 'Check your accounts', mkdate(2026, 2, 17, 21, 58), 'cl024')
    body = """Hi, I actually got another friend request from you yesterday which I ignored so you may want to check your account. Hold your finger on the message until the forward button appears then hit forward and all the people you want to forward to.... I had to do them one at a time. PS don't accept a new friend request from me at the moment either!!

Forward this to all your contacts

Sent from my iPhone"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(24, 'positive', 'account-clone-hoax', 'mobile', email_of(frm), rc(to), email_of(frm),
         'PE teacher forwards the cloned-account friend-request hoax asking everyone to forward to all contacts', message(h, p))

# ---------------------------------------------------------------- 025 remembrance guilt chain (alternative)
def m025():
    frm = staff('Margaret Ellwood', 'm.ellwood')
    to = [ALLSTAFF]
    h, _ = hdrs('outlook', frm, to, 'Light a candle 🕯 - don\'t break the chain', mkdate(2025, 11, 10, 10, 2), 'cl025')
    body = """In November we remember.

🕯 Light a candle for our troops, past and present. 🕯

Please forward this to everyone you know. If you delete it, you are saying you don't care about the men and women who gave everything so we could be free.

I'm not ashamed to send this on. Are you?

Let's see how many people will forward it. It takes five seconds. Don't break the chain of remembrance.

Margaret
Clerk to the Corporation
"""
    bnd = boundary('cl025', 'outlook')
    htmlb = to_html_outlook(body, 'Aptos').replace('In November we remember.', '<b><span style="font-size:16pt;color:#8B0000">In November we remember.</span></b>')
    p = multipart('alternative', [text_part(body, charset='utf-8', cte='base64'),
                                  text_part(htmlb, subtype='html', charset='utf-8', cte='base64')], bnd)
    emit(25, 'positive', 'guilt-chain', 'alternative', email_of(frm), rc(to), email_of(frm),
         'clerk sends all staff a light-a-candle forward-or-you-don\'t-care remembrance chain', message(h, p))

# ---------------------------------------------------------------- 026 crush chain (html-only)
def m026():
    frm = stu('Maisie Doyle', 'maisie.doyle25')
    to = [stu('', 'rcastle25'), stu('', 'lcooper25'), stu('', 'mia.grant25'), stu('', 'hwaters25'), stu('', 'eroww25'), stu('', 'jbright25'), stu('', 'kaur.s25')]
    h, _ = hdrs('gmail', frm, to, 'OMG do this before 7!!!', mkdate(2026, 2, 24, 18, 49), 'cl026')
    html_ = """<div dir="ltr"><div><font size="4" color="#ff00ff"><b>OMG this actually worked for me last time 😳😳</b></font></div><div><br></div>
<div>Send this to <b>7 people in 7 minutes</b> and at <b>7:00 tonight</b> the person you like will message you!!!</div><div><br></div>
<div>If you send it to 3 they will be thinking about you all night 🥺</div>
<div>If you dont send it your crush will start going out with your best friend 💔💔</div><div><br></div>
<div><font size="5">STARTTT NOWWW ⏰⏰⏰</font></div></div>
"""
    p = text_part(html_, subtype='html', charset='UTF-8', cte='quoted-printable')
    emit(26, 'positive', 'good-luck-chain', 'html-only', email_of(frm), rc(to), email_of(frm),
         'student sends a 7-people-in-7-minutes crush chain with a heartbreak threat', message(h, p))

# ---------------------------------------------------------------- 027 voucher share chain (qp)
def m027():
    frm = stu('Reece Barker', 'rbarker25')
    to = [stu('', 'cprice25'), stu('', 'dhughes25'), stu('', 'jkemp25'), stu('', 'nfletcher25'), stu('', 'ben.atkins25'),
          ('mum', 'tracy.barker@example.net')]
    h, _ = hdrs('outlook', frm, to, 'FW: £500 voucher for everyone!!', mkdate(2026, 3, 3, 15, 55), 'cl027')
    body = """is this legit?? fwding anyway just in case lol

________________________________
From: Aldgrove Rewards <birthday@aldgrove-rewards-uk.example>
Subject: £500 voucher for everyone!!

🎉 Aldgrove Supermarkets is 105 years old today! 🎉

To celebrate we are giving a £500 gift card to EVERYONE who shares this message with 20 friends before midnight.

1️⃣ Forward this to 20 friends or groups
2️⃣ Click here to claim: http://aldgrove-105-birthday.example/claim
3️⃣ Enter your details and your card will arrive in 3 days

⚠️ Only 2,000 cards left! Don't miss out. I got mine!!
"""
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(27, 'positive', 'share-for-reward-scam', 'qp', email_of(frm), rc(to), email_of(frm),
         'student forwards a share-with-20-friends supermarket voucher chain to friends and his mum', message(h, p))

# ---------------------------------------------------------------- 028 prayer chain attachment (attach-txt)
def m028():
    frm = staff('Bernadette Quinn', 'b.quinn')
    to = [staff('Maureen Pike', 'm.pike'), staff('Carol Denby', 'c.denby'), staff('Domestic Team', 'cleaning-team'),
          ('Siobhan Quinn', 'siobhanq@example.com')]
    h, _ = hdrs('outlook', frm, to, 'Tree of Life prayer - beautiful, please pass on', mkdate(2026, 3, 9, 6, 40), 'cl028')
    body = """Morning, please read the attached, it is beautiful. You need to pass it to 10 people x

Bernie
"""
    att = """THE TREE OF LIFE PRAYER\r
\r
Lord, plant me by the water like the tree of life,\r
let my roots go deep and my branches give shade,\r
let my leaves not wither in the dry season,\r
and let all who rest under me find peace.\r
\r
-----------------------------------------------\r
\r
This prayer has been sent to you for good fortune. The original is kept in a convent in Portugal. It has now been round the world 15 times. The luck has been sent to you - you will receive good luck within four days of receiving this, provided you in turn send it on.\r
\r
This is no joke. You will receive good luck in the post. Send copies to 10 people you think need good luck. Do not send money, as fate has no price. Do not keep this prayer. It must leave your hands within 96 hours.\r
\r
An officer in the RAF received £47,000 after sending it on. Joe Elliott received £25,000 and lost it because he broke the chain. Constance Duffy received the prayer, asked her secretary to send copies, and won a prize on the lottery. Carl Dodds threw it away and days later his house flooded.\r
\r
Please send 10 copies and see what happens on the fourth day.\r
"""
    bnd = boundary('cl028', 'outlook')
    p = multipart('mixed', [
        multipart('alternative', [text_part(body, charset='us-ascii', cte='7bit'),
                                  text_part(to_html_outlook(body), subtype='html', charset='us-ascii', cte='quoted-printable')], boundary('cl028a', 'outlook')),
        attach(att.encode('utf-8'), 'text/plain', 'Tree of Life prayer.txt')], bnd)
    p.headers = [p.headers[0].replace('multipart/mixed;', 'multipart/mixed;')]
    emit(28, 'positive', 'prayer-chain', 'attach-txt', email_of(frm), rc(to), email_of(frm),
         'cleaning supervisor sends a good-fortune prayer chain as a .txt attachment: send 10 copies within 96 hours', message(h, p))

# ---------------------------------------------------------------- 029 virus hoax docx (attach-docx)
def m029():
    frm = staff('Yvonne Marsh', 'y.marsh')
    to = [ALLSTAFF]
    h, _ = hdrs('outlook', frm, to, 'VIRUS WARNING - please read attached and pass to your families', mkdate(2026, 3, 17, 9, 14), 'cl029')
    body = """Hi all,

A friend who works at County Hall sent me the attached this morning. I thought it best to share. Please read and pass on to your families and friends.

Thanks
Yvonne Marsh
Invigilation Co-ordinator
"""
    d = docx([
        ('h', 'VIRUS WARNING – PLEASE READ AND FORWARD'),
        ('p', 'A new virus is going round on WhatsApp, Facebook and email. It is a video called “The Dancing Pensioner”.'),
        ('p', 'DO NOT OPEN IT. It hacks your phone in 10 seconds and cannot be stopped. It steals your bank details and sends itself to everyone in your contacts.'),
        ('p', 'This was announced on BBC Radio this morning and has been confirmed by Microsoft, Samsung and Apple.'),
        ('b', 'Please forward this warning to ALL your contacts, friends and family straight away. If you do not forward it and they open the video it will be too late.'),
        ('p', 'Tell everyone! Share share share!'),
    ], creator='Yvonne Marsh', title='VIRUS WARNING')
    bnd = boundary('cl029', 'outlook')
    p = multipart('mixed', [
        multipart('alternative', [text_part(body, charset='us-ascii', cte='7bit'),
                                  text_part(to_html_outlook(body), subtype='html', charset='us-ascii', cte='quoted-printable')], boundary('cl029a', 'outlook')),
        attach(d, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'VIRUS WARNING - PLEASE READ.docx')], bnd)
    emit(29, 'positive', 'virus-hoax', 'attach-docx', email_of(frm), rc(to), email_of(frm),
         'invigilation co-ordinator circulates a Word document with a forward-to-all-contacts phone virus hoax', message(h, p))

# ---------------------------------------------------------------- 030 teachers appreciation chain inbound (inline forward, nested)
def m030():
    frm = ('Jan Pollard', 'jan.pollard@homemail.example')
    to = [staff('Ruth Ainsley', 'r.ainsley')]
    h, _ = hdrs('webmail', frm, to, 'FW: FW: Fwd: FW: To all the teachers we love!!', mkdate(2026, 3, 23, 11, 5), 'cl030')
    body = """Thought of you straight away Ruthie!! Hope you're surviving exam season. Jan x

-----Original Message-----
From: Linda Pollard <lindapollard@mailbox.example>
Sent: Sunday, March 22, 2026 8:41 PM
Subject: FW: Fwd: FW: To all the teachers we love!!

> -----Original Message-----
> From: Ray & Val <rayval@example.net>
> Subject: Fwd: FW: To all the teachers we love!!
>
> > TO ALL THE TEACHERS WE LOVE
> >
> > Teachers are the unsung heroes of this country. They get up in the
> > dark, they mark until midnight, they buy pens with their own money
> > and they never get a thank you.
> >
> > Send this to 10 teachers you know within the hour. If you get 5
> > back, you are a teacher who is truly appreciated. If you get 10
> > back, you have changed lives!
> >
> > If you don't send it on, it means you don't really appreciate the
> > teachers in your life. Don't be the one who breaks it!!
> >
> > FORWARD TO EVERY TEACHER IN YOUR ADDRESS BOOK
"""
    p = text_part(hardwrap(body, 74), charset='us-ascii', cte='7bit')
    emit(30, 'positive', 'appreciation-chain', 'inline-forward', email_of(frm), rc(to), None,
         'inbound nested FW: FW: teachers-appreciation chain from a friend: send to 10 teachers within the hour', message(h, p))

# ============================================================================ negatives 031-060
def m031():
    frm = staff('IT Services', 'itsupport')
    h, _ = hdrs('outlook', frm, [ALLSTAFF], 'Phishing alert: fake "Payroll update" emails - please delete, do not forward', mkdate(2025, 10, 6, 10, 17), 'cl031')
    body = """Dear colleagues,

Since about 9am a number of staff have received an email that claims to come from "Castlegate Payroll" with the subject "Action required: payroll details update October". It is a phishing email. It did not come from our payroll bureau.

How to spot it:
- the sender address ends in @castlegate-payroll-portal.example, not our bureau's real address
- the "Update details" button goes to a site that asks for your college username and password
- it says your pay will be "suspended" if you don't act within 24 hours

What to do:
- Do not click the link and do not reply.
- Please do NOT forward it to colleagues to warn them - forwarding spreads the link. Just delete it.
- If you have already clicked and entered your password, ring the IT helpdesk on ext 2240 straight away so we can reset it.

We have blocked the sending domain and are pulling the remaining copies out of mailboxes. Payroll will never ask you to confirm bank details by email.

Thanks,
Kev Barlow
IT Services, Aldermoor Sixth Form College
"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(31, 'negative', 'it-phishing-warning', 'plain-7bit', email_of(frm), rc(ALLSTAFF), email_of(frm),
         'IT services warns all staff about a real phishing email and tells them to delete, not forward it', message(h, p))

def m032():
    frm = staff('Hannah Greaves', 'h.greaves')
    h, _ = hdrs('outlook', frm, [TUTORS], 'Tutorial 7 – hoaxes, chain messages and digital wellbeing', mkdate(2025, 10, 9, 14, 5), 'cl032')
    body = """Hi all,

Attached is the plan for next Tuesday’s tutorial (Tutorial 7: Hoaxes, chain messages and digital wellbeing). It’s about 25 minutes and there’s nothing to print – the example messages are on the slides in the shared PSHE folder.

The example chain messages in the plan are ones I wrote for the lesson, so please don’t worry if they look familiar – that’s the point! Please don’t send them round as examples by email though, just use the slides.

Any questions, shout.

Hannah
PSHE & Enrichment Co-ordinator
"""
    d = docx([
        ('h', 'Tutorial 7: Hoaxes, chain messages and digital wellbeing (Year 12)'),
        ('b', 'Learning objectives'),
        ('p', '1. Recognise the features of chain messages and online hoaxes.'),
        ('p', '2. Understand why people forward them (fear, guilt, hope of reward, wanting to help).'),
        ('p', '3. Know what to do instead: check, do not forward, talk to someone if worried.'),
        ('b', 'Starter (5 mins)'),
        ('p', 'Show slide 2, a made-up example: “Send this to 10 friends in 10 minutes or you will have bad luck for a year. If you get 3 back you are loved.” Ask: how does this make you feel? Who would forward it and why?'),
        ('b', 'Main activity (12 mins)'),
        ('p', 'In pairs, students sort six example messages (slide 3) into “genuine” and “hoax/chain”. Examples include a real college message about a timetable change, a fake missing-child appeal, a “company will donate 10p per share” message and a privacy-statement hoax.'),
        ('p', 'Feedback: pick out the warning signs – deadlines, threats, rewards, “forward to everyone”, no source, can’t be checked.'),
        ('b', 'Discussion (5 mins)'),
        ('p', 'Why is forwarding a fake missing-child appeal harmful? (wastes police time, distresses families, can spread personal details.)'),
        ('b', 'Plenary (3 mins)'),
        ('p', 'Students write one sentence: “Next time I get a chain message I will…”. Remind them: if something online worries or upsets them, speak to their tutor or Student Services.'),
        ('table', [['Resource', 'Where'], ['Slides', 'Staff Shared > PSHE > Y12 > Tutorial 7'], ['Card sort', 'Slide 3 (project it)']]),
    ], creator='Hannah Greaves', title='Tutorial 7 plan')
    bnd = boundary('cl032', 'outlook')
    p = multipart('mixed', [
        multipart('alternative', [text_part(body, charset='utf-8', cte='quoted-printable'),
                                  text_part(to_html_outlook(body), subtype='html', charset='utf-8', cte='quoted-printable')], boundary('cl032a', 'outlook')),
        attach(d, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Tutorial 7 - hoaxes and chain messages.docx')], bnd)
    emit(32, 'negative', 'pshe-lesson-plan', 'attach-docx', email_of(frm), rc(TUTORS), email_of(frm),
         'PSHE co-ordinator sends tutors a lesson plan that quotes made-up chain messages for discussion', message(h, p))

def m033():
    frm = staff('Admissions', 'admissions')
    to = [('Parents and carers', 'admissions@school.example')]
    bcc = ['d.fairbrother@example.org', 'k.nwosu@example.com', 'the.hendersons@example.net', 'pmcgrath@mailbox.example']
    h, _ = hdrs('outlook', frm, to, 'Open Evening – Thursday 6 November, 5.30–8pm', mkdate(2025, 10, 20, 12, 0), 'cl033')
    body = """Dear parents and carers,

Thank you for your interest in Aldermoor Sixth Form College. Our Open Evening for students starting in September 2026 takes place on Thursday 6 November from 5.30pm to 8pm.

There is no need to book. Talks from the Principal, Dr Helen Marchbank, take place in the Main Hall at 6pm and 7pm, and subject staff will be in their departments throughout the evening to answer questions. Student Services, the Bursary team and our Learning Support team will also be available in the Library.

Parking is limited, so please use the Meadowbank Road car park if you can. The number 42 and X42 buses stop outside the college.

If you know other families whose children are thinking about sixth form and who may not have received this letter, please feel free to pass the details on – everyone is welcome.

We look forward to meeting you.

Admissions Team
Aldermoor Sixth Form College
01632 960 400
"""
    bnd = boundary('cl033', 'outlook')
    p = multipart('alternative', [text_part(body, charset='utf-8', cte='quoted-printable'),
                                  text_part(to_html_outlook(body), subtype='html', charset='utf-8', cte='quoted-printable')], bnd)
    emit(33, 'negative', 'parent-letter-pass-on', 'alternative', email_of(frm), rc(to) + bcc, email_of(frm),
         'admissions open-evening letter to parents (bcc) inviting them to pass details to other families', message(h, p))

def m034():
    frm = staff('Ian Ferris', 'i.ferris')
    to = [('Y13 Business A-level', 'y13-business@students.school.example')]
    h, _ = hdrs('webmail', frm, to, 'Unit 3 case study - supply chain disruption (due 28 Nov)', mkdate(2025, 11, 4, 16, 32), 'cl034')
    body = """Hi all,

As promised, here is the brief for the Unit 3 case study. The full pack is on Teams but I know some of you prefer it in your inbox.

Case: Hartwell Foods Ltd, a mid-sized ready-meal manufacturer in the West Midlands, relies on a single supplier for its packaging trays. In March the supplier's factory closes for six weeks after a fire. Hartwell's supply chain is lean (just-in-time, two days of stock) and its main customer is a national supermarket chain with strict penalty clauses.

Tasks:
1. Draw Hartwell's supply chain from raw materials to the end consumer. Label where the weak links are. (6 marks)
2. Analyse two advantages and two disadvantages of just-in-time stock control for Hartwell. (10 marks)
3. Evaluate whether Hartwell should move to multiple suppliers for critical inputs, considering cost, quality and resilience. (20 marks)

Use the supply chain resilience reading from lesson 12 and at least one real-world example (the 2021 shipping container shortage, the semiconductor shortage, etc.).

Deadline: Friday 28 November, 4pm, on Teams. Drafts to me by Friday 21st if you want feedback.

Mr Ferris
"""
    p = text_part(hardwrap(body, 72), charset='us-ascii', cte='7bit')
    emit(34, 'negative', 'supply-chain-coursework', 'hard-wrapped', email_of(frm), rc(to), email_of(frm),
         'business teacher sends a supply chain case study brief to a Year 13 class', message(h, p))

def m035():
    frm = staff('Ruth Ainsley', 'r.ainsley')
    to = [('Y12 Biology', 'y12-biology@students.school.example')]
    h, _ = hdrs('tb', frm, to, 'Revision session Weds P5 - food chains & energy transfer', mkdate(2025, 11, 10, 17, 3), 'cl035')
    body = """Hi Year 12,

Reminder that there is an optional revision session this Wednesday, period 5, in S3, before the ecology test on the 20th.

We'll go over:
- food chains and food webs (producers, primary/secondary/tertiary consumers, decomposers)
- why food chains rarely have more than 4 or 5 trophic levels
- pyramids of numbers, biomass and energy, and when each is useful
- calculating the efficiency of energy transfer between trophic levels (e.g. 1,800 kJ to 162 kJ is 9%)

Please bring a calculator and your ecology booklet. If you can't make it, the worked examples will be on Teams afterwards.

Dr Ainsley
"""
    p = text_part(flowed(body), charset='UTF-8', cte='7bit', flow=True)
    emit(35, 'negative', 'food-chain-lesson', 'flowed', email_of(frm), rc(to), email_of(frm),
         'biology teacher advertises a revision session on food chains and energy transfer', message(h, p))

def m036():
    frm = staff('Kev Barlow', 'k.barlow')
    to = [staff('Owen Price', 'o.price')]
    h, _ = hdrs('iphone', frm, to, 'Re: C12 monitors', mkdate(2025, 11, 13, 12, 9), 'cl036',
                irt=mkid('cl036o', SD, 'outlook'), refs=mkid('cl036o', SD, 'outlook'))
    body = """Yeah the Dells in C12 will daisy chain off the DP out, but only 2 per port before it gets flaky. I'll bring the short DP cables over after lunch and sort it. Don't try chaining the old Iiyamas they haven't got MST.

Kev

Sent from my iPhone"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(36, 'negative', 'daisy-chain-it', 'mobile', email_of(frm), rc(to), email_of(frm),
         'IT technician replies from his phone about daisy-chaining classroom monitors', message(h, p))

def m037():
    frm = stu('Olivia Bennett', 'obennett25')
    to = [('Year 12 2025-26', 'year12@students.school.example'), ('Year 13 2025-26', 'year13@students.school.example')]
    h, _ = hdrs('webmail', frm, to, 'Children in Need – Pyjama Day + Bake Sale this Friday! 🧁', mkdate(2025, 11, 11, 8, 15), 'cl037')
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Verdana,sans-serif">
<h2 style="color:#0b5394">🐻 Children in Need – Friday 14 November 🐻</h2>
<p>Hi everyone! The Student Union is running <b>Pyjama Day</b> this Friday – come in your PJs (sensible ones please!) for a <b>£1 donation</b> at the door of the Atrium.</p>
<p>There's also a <b>bake sale</b> at lunch in the Atrium, 12.30–1.30. Cakes 50p–£1. If you'd like to bake something, drop it at Student Services by 9am Friday with a list of ingredients (allergies!).</p>
<p>Last year we raised £612 – let's beat it. Please spread the word and tell your friends 💛</p>
<p>Olivia Bennett<br>Student Union President</p>
</body></html>
"""
    p = text_part(html_, subtype='html', charset='UTF-8', cte='quoted-printable')
    emit(37, 'negative', 'charity-event', 'html-only', email_of(frm), rc(to), email_of(frm),
         'student union president advertises a Children in Need pyjama day and bake sale', message(h, p))

def m038():
    frm = staff('Student Services', 'studentservices')
    to = [('All Students', 'allstudents@students.school.example')]
    h, _ = hdrs('outlook', frm, to, 'Student Services Bulletin – w/c 17 November', mkdate(2025, 11, 17, 8, 30), 'cl038')
    body = """Good morning everyone, here’s what’s happening this week.

1. BURSARY – DEADLINE FRIDAY
If you have applied for the 16–19 Bursary and still need to send evidence (for example your family’s Universal Credit statement), the deadline is this Friday, 21 November. Bring it to the Bursary Office (A14) – please don’t email bank statements.

2. WELLBEING DROP-IN
Our counsellors run a drop-in every Tuesday and Thursday, 12.30–1.30, in Student Services. No appointment needed.

3. VOLUNTEERING FAIR
Wednesday lunchtime in the Atrium: Aldermoor Community Pantry, St Luke’s Hospice shops, Westmere Wildlife Trust, Age UK and more. Great for your personal statement. If you have friends who might be interested, please forward this to them!

4. BUS PASSES
Replacement passes for the 42/X42 are £10 from Reception. Please don’t lend your pass to anyone – the drivers do check.

5. LOST PROPERTY
Two coats, a PE bag and a very nice umbrella are waiting for their owners at Reception. Anything unclaimed by 12 December will go to charity.

Have a good week!
Student Services
"""
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(38, 'negative', 'newsletter', 'qp', email_of(frm), rc(to), email_of(frm),
         'weekly student services bulletin to all students, includes "forward to friends" for a volunteering fair', message(h, p))

def m039():
    frm = stu('Kieran Walsh', 'kwalsh24')
    to = [('All Students', 'allstudents@students.school.example')]
    cc = [staff('Amy Lund', 'a.lund')]
    h, _ = hdrs('gmail', frm, to, 'Bring back the 7.20 X42 – sign the council petition', mkdate(2025, 11, 26, 12, 44), 'cl039', cc=cc)
    body = """Hi everyone,

Since September the 7.20 X42 from Brinkley and Hatherton has been cut, which means about 90 of us either get to college at 8.45 and miss period 1, or pay for lifts. The Student Union has been talking to the bus company and they say it's down to the county council's subsidy.

So we've started an official e-petition on the Westmereshire County Council website asking the council to restore funding for the early X42. If it gets 500 signatures from people who live, work or study in Westmereshire, it has to be debated at full council on 12 February.

How to sign: go to the council website, search "e-petitions", and find "Restore the 07:20 X42 service". Please only sign once and only if you live or study in the county, otherwise they will discount signatures.

The closing date is 30 January. Ms Lund in Student Services has kindly agreed to check our wording before we present it.

Thanks!
Kieran Walsh
SU Transport Rep
"""
    bnd = boundary('cl039', 'gmail')
    p = multipart('alternative', [text_part(body, charset='UTF-8', cte='7bit'),
                                  text_part(to_html_gmail(body), subtype='html', charset='UTF-8', cte='quoted-printable')], bnd)
    emit(39, 'negative', 'genuine-petition', 'alternative', email_of(frm), rc(to, cc), email_of(frm),
         'student union rep promotes a real council e-petition with a clear purpose and no send-to-N instruction', message(h, p))

def m040():
    frm = staff('Fiona Blake', 'f.blake')
    h, _ = hdrs('outlook', frm, [ALLSTAFF], 'Bob Hartley - card and collection (shh!)', mkdate(2025, 12, 1, 13, 10), 'cl040')
    body = """Hi all,

As most of you know, Bob Hartley is retiring at Christmas after 31 years in the Geography department (and 28 years of running the Year 12 field trip to Slapton!).

There's a card in my pigeonhole in the staffroom - please sign it and put it back. If you'd like to contribute to his present, there's an envelope with Sue in the finance office. We're thinking a decent pair of walking boots and a voucher for the Lake District.

Deadline is Friday 12 December, and the presentation will be at the staff briefing on the 19th.

Please keep it quiet - he thinks we've forgotten.

Thanks,
Fiona
"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(40, 'negative', 'leaving-card', 'plain-7bit', email_of(frm), rc(ALLSTAFF), email_of(frm),
         'tutor organises a card and collection for a retiring colleague', message(h, p))

def m041():
    frm = staff('Nadia Osei', 'n.osei')
    to = [ALLSTAFF]
    h, _ = hdrs('tb', frm, to, 'Safeguarding briefing: "Mr Giggles" message - it is a hoax', mkdate(2026, 2, 11, 8, 5), 'cl041')
    body = """Dear colleagues,

Some students (and, I gather, some parents) have been sharing a message about a character called "Mr Giggles" who supposedly appears in children's videos and tells them to harm themselves or take medication. You may already have seen it. It typically ends with something like "send this to 10 people or he'll visit you tonight" or "forward to every parent you know".

This is a hoax, in the same family as the "Momo" scare a few years ago. There is no evidence of such videos, and the police and the UK Safer Internet Centre have both said so. The real risk is the message itself: it frightens younger children and invites them to go looking.

What I am asking:
- Please don't show the images or repeat the details in lessons.
- Please don't forward the message to parents or colleagues, even as a warning.
- If a student mentions it, reassure them calmly and explain it isn't real.
- If a student seems genuinely distressed or you're worried about their wellbeing more generally, log it on CPOMS as usual and I or Tom will follow up.

Our general online safety advice for parents is in this week's newsletter, which does not mention the hoax by name.

Thanks,
Nadia Osei
Designated Safeguarding Lead
"""
    p = text_part(hardwrap(body, 72), charset='UTF-8', cte='7bit')
    emit(41, 'negative', 'safeguarding-hoax-briefing', 'hard-wrapped', email_of(frm), rc(to), email_of(frm),
         'DSL briefs staff that a viral scare message is a hoax and asks them not to forward it (quotes its wording)', message(h, p))

def m042():
    frm = staff('Chris Oduya', 'c.oduya')
    to = [stu('Callum Price', 'cprice25')]
    h, _ = hdrs('outlook', frm, to, 'RE: dont read this at night', mkdate(2025, 12, 10, 8, 47), 'cl042',
                irt=mkid('cl013', ST, 'other'), refs=mkid('cl013', ST, 'other'))
    body = """Hi Callum,

I know you meant it as a bit of a laugh, but please don't send these round the tutor group. None of it is true (there's no "Aimee", no 3.04am) but a couple of people in 12C found it genuinely upsetting, and one of them didn't sleep.

You're not in trouble. Just delete them when they turn up, and if anyone sends you one that worries you, come and talk to me.

Cheers,
Mr Oduya

-----Original Message-----
> From: Callum Price <cprice25@students.school.example>
> Sent: 09 December 2025 23:52
> Subject: dont read this at night
>
> dont read this at night.
>
> a girl called Aimee Rowntree was killed on the A49 in 2009 walking home
> from a party. [...] if you dont copy this to 20 people in the next hour
> she will be standing at the end of your bed tonight at 3:04am
"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(42, 'negative', 'tutor-discourages-chain', 'reply-quoted', email_of(frm), rc(to), email_of(frm),
         'tutor replies privately to a student asking him to stop sending a curse chain, quoting a fragment of it', message(h, p))

def m043():
    frm = stu('Ben Atkins', 'ben.atkins25')
    to = [('Christian Union', 'christian-union@students.school.example')]
    cc = [staff('Rev Alison Marsh', 'a.marsh')]
    h, _ = hdrs('outlook', frm, to, 'CU - exam season prayer rota + Thursday', mkdate(2026, 4, 20, 16, 2), 'cl043', cc=cc, subj_charset='iso-8859-1')
    body = """Hi all,

Hope the Easter break was good. A couple of things for this half term:

1) Thursday lunchtime meetings carry on as normal in the Chaplaincy (B4). This week Rev Alison is talking about dealing with stress, and there will be doughnuts (£2 in the kitty if you can).

2) Like last year we're doing a prayer rota for exam season. There's a sheet on the Chaplaincy door with 15-minute slots from 8am to 5pm each day of the exam period. Put your name in a slot if you'd like to pray for everyone sitting exams that day - at home, in the Chaplaincy, wherever. You don't need to be a CU member to sign up and you don't need to tell anyone what you prayed.

3) If you're sitting exams and would like us to pray for something specific, there's a box for anonymous notes on the same door.

Café social after the last exam - details nearer the time.

Ben (CU leader)
"""
    p = text_part(body, charset='iso-8859-1', cte='8bit')
    emit(43, 'negative', 'prayer-rota', 'latin1', email_of(frm), rc(to, cc), email_of(frm),
         'Christian Union leader explains an exam-season prayer rota sign-up sheet (no chain mechanics)', message(h, p))

def m044():
    frm = ('Aldermoor & District Buses', 'operations@adbuses.example')
    to = [staff('Student Services', 'studentservices')]
    h, _ = hdrs('outlook', frm, to, 'Service 42/X42 – timetable change from Monday 5 January', mkdate(2025, 12, 16, 11, 22), 'cl044')
    body = """Dear Student Services team,

Please note the following changes to services 42 and X42 from Monday 5 January 2026, following roadworks on the A458 at Hatherton Bridge (expected to last 10 weeks):

• X42 07:35 from Brinkley will run 10 minutes earlier (07:25) and will not serve Hatherton Bridge. Passengers for Hatherton should use the temporary stop on Mill Lane.
• 42 16:10 from the College stop will depart at 16:20 to allow students finishing Period 5 to catch it.
• All other journeys run as normal.

We would be grateful if you could pass this on to any students who use these services. The updated timetable is on our website and on the shelter at the College stop.

Student passes remain valid and no action is needed by passholders.

Kind regards,

Janine Cartwright
Operations Controller
Aldermoor & District Buses
01632 960 711
"""
    p = text_part(body, charset='windows-1252', cte='8bit')
    emit(44, 'negative', 'bus-service-notice', 'cp1252', email_of(frm), rc(to), None,
         'inbound bus company timetable change asking the college to pass it on to students', message(h, p))

def m045():
    frm = ('Sam Hollis', 'samhollis84@example.org')
    to = [staff('Student Services', 'studentservices')]
    h, _ = hdrs('android', frm, to, 'Josh Hollis 12F', mkdate(2026, 1, 14, 7, 52), 'cl045')
    body = """Hi, could you forward this to Miss Blake please as I don't have her email. Josh has a dentist appt Thurs at 10 so will miss period 2 and be back for period 3. Sorry for short notice.

Thanks
Sam Hollis

Sent from my Galaxy"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(45, 'negative', 'parent-forward-request', 'mobile', email_of(frm), rc(to), None,
         'parent asks student services to forward a dental appointment note to the tutor', message(h, p))

def m046():
    frm = ('Severnside University Outreach', 'outreach@severnside.ac.example')
    to = [staff('Martin Cole', 'm.cole')]
    h, _ = hdrs('bulk', frm, to, 'Summer Schools 2026 – applications now open (please share with Year 12)', mkdate(2026, 1, 19, 10, 0), 'cl046')
    html_ = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Severnside Outreach</title></head>
<body style="margin:0;background:#f3f3f3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#00355f;color:#fff;padding:18px;font-size:20px">Severnside University – Schools &amp; Colleges Bulletin</td></tr>
<tr><td style="padding:18px">
<p>Dear colleague,</p>
<p><b>Applications for our 2026 residential Summer Schools are now open.</b> Year 12 students spend four days on campus (13–16 July) taking taster lectures, working with current undergraduates and staying in halls. Places are free, including travel, for students who meet our widening participation criteria.</p>
<p>Subjects this year include Engineering, Medicine &amp; Health, Law, Computer Science, English, and Creative Industries.</p>
<p><b>Deadline:</b> 6 March 2026. Students apply online through our website; teachers will be asked to confirm eligibility.</p>
<p>We'd be very grateful if you could share this with your Year 12 students and tutors. Printable posters are available on request.</p>
<p>Best wishes,<br>Schools &amp; Colleges Liaison Team</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">You are receiving this because your centre is registered with our schools liaison service. To unsubscribe, reply with UNSUBSCRIBE in the subject line.</td></tr>
</table></td></tr></table></body></html>
"""
    p = text_part(html_, subtype='html', charset='utf-8', cte='quoted-printable')
    emit(46, 'negative', 'university-outreach', 'html-only', email_of(frm), rc(to), None,
         'inbound university outreach bulletin asking careers staff to share summer school details with students', message(h, p))

def m047():
    frm = staff('Paul Gurney', 'p.gurney')
    to = [('Maths Department', 'maths-dept@school.example')]
    h, _ = hdrs('tb', frm, to, 'Re: Re: Re: Y13 mock papers - where we\'ve landed', mkdate(2026, 1, 22, 17, 35), 'cl047',
                irt=mkid('cl047o', SD, 'outlook'), refs=mkid('cl047o', SD, 'outlook'))
    body = """Sorry everyone, this email chain has got a bit long, so here's where I think we've landed:

- Paper 1 (pure): Aisha's version, with Q7 swapped for the integration by parts question.
- Paper 2 (stats/mechanics): last year's paper with new numbers, Owen to update the mark scheme.
- Mocks in the week of 9 March, marking back by 20 March.
- Grade boundaries from the 2024 series.

If I've got any of that wrong, shout by Friday. Otherwise I'll send it to Gareth for printing.

Paul

On 22/01/2026 14:02, Aisha Rahman wrote:
> Happy with that, but can we swap Q7? It's too close to what they did
> in the December assessment.
>
> On 22/01/2026 11:40, Owen Price wrote:
>> I can do the new mark scheme for P2 if someone else checks it.
>>
>> On 21/01/2026 16:15, Paul Gurney wrote:
>>> Does anyone have strong views on which papers we use for the March
>>> mocks?
"""
    p = text_part(hardwrap(body, 72), charset='UTF-8', cte='7bit')
    emit(47, 'negative', 'email-chain-summary', 'reply-quoted', email_of(frm), rc(to), email_of(frm),
         'head of maths summarises a long email chain about mock papers, with quoted earlier replies', message(h, p))

def m048():
    frm = staff('Owen Price', 'o.price')
    to = [('Y13 Computer Science', 'y13-compsci@students.school.example')]
    h, _ = hdrs('outlook', frm, to, 'Homework: build a hash chain (blockchain basics)', mkdate(2026, 1, 26, 15, 48), 'cl048')
    body = """Hi Year 13,

Following today's lesson on hashing, your homework is to build a very simple hash chain in Python.

1. Create a Block class with: index, timestamp, data, previous_hash and hash.
2. The hash should be the SHA-256 of index + timestamp + data + previous_hash (use hashlib).
3. Create a genesis block with previous_hash "0", then add five more blocks.
4. Write a function is_chain_valid() that walks the chain and checks each block's previous_hash matches the hash of the block before.
5. Change the data in block 3 and show that is_chain_valid() now returns False. Explain in two or three sentences why.

Extension: add a simple proof-of-work (find a nonce so the hash starts with "0000") and time how long it takes.

Due next Monday. Upload your .py file and a screenshot of the output to Teams.

Mr Price
"""
    p = text_part(body, charset='utf-8', cte='base64')
    emit(48, 'negative', 'blockchain-homework', 'base64', email_of(frm), rc(to), email_of(frm),
         'computer science homework on building a hash chain / blockchain in Python', message(h, p))

def m049():
    frm = staff('Martin Cole', 'm.cole')
    to = [TUTORS]
    h, _ = hdrs('outlook', frm, to, 'FW: Engineering apprenticeships 2026 - Brindley Precision', mkdate(2025, 12, 2, 11, 6), 'cl049')
    body = """Hi all,

Could you pass this on to any students in your groups who have mentioned engineering or manufacturing apprenticeships? Brindley are a good local employer and we've had three students go there in the last two years. Deadline 16 January. Happy to help anyone with their application – they can book in with me via Student Services.

Thanks,
Martin Cole
Careers Adviser

---------- Forwarded message ---------
From: Rachel Ingham <r.ingham@brindleyprecision.example>
Date: Mon, 1 Dec 2025 at 15:20
Subject: Engineering apprenticeships 2026 - Brindley Precision
To: Martin Cole <m.cole@school.example>

Dear Martin,

We're recruiting six Level 3 Engineering Technician apprentices to start in September 2026 at our Aldermoor site (CNC machining, quality inspection and maintenance). Applicants need, or expect, at least grade 5 in GCSE maths and a science, and we welcome students currently studying A-levels or T-levels.

Applications close on 16 January 2026 through our website. Assessment days will be held in February, and we offer a paid week of work experience for shortlisted applicants.

I'd be grateful if you could share this with any interested students and their tutors.

Kind regards,
Rachel Ingham
Early Careers Co-ordinator, Brindley Precision Engineering
"""
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(49, 'negative', 'careers-opportunity', 'inline-forward', email_of(frm), rc(to), email_of(frm),
         'careers adviser forwards an employer apprenticeship vacancy to tutors asking them to pass it on to interested students', message(h, p))

def m050():
    frm = staff('Jess Armitage', 'j.armitage')
    h, _ = hdrs('apple', frm, [ALLSTAFF], 'Running the Westmere Half for Macmillan 🏃‍♀️', mkdate(2026, 3, 2, 19, 40), 'cl050')
    body = """Hi everyone,

Some of you know my mum was looked after brilliantly by the Macmillan nurses last year, so on Sunday 19 April I'm running the Westmere Half Marathon to raise money for them. I have never run further than 10k so this is going to hurt!

My fundraising page is here: https://www.justgiving.example/page/jess-runs-westmere

I'll also be bringing in a cake tin on Friday 10 April (staffroom, all day, honesty box).

No pressure at all, and thank you to everyone who has already given. If you know someone who'd like to support, feel free to pass the link on.

Jess (Psychology)
"""
    p = text_part(flowed(body), charset='utf-8', cte='quoted-printable', flow=True)
    emit(50, 'negative', 'sponsorship-request', 'flowed', email_of(frm), rc(ALLSTAFF), email_of(frm),
         'teacher asks colleagues to sponsor her charity half marathon via a fundraising page', message(h, p))

def m051():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [TUTORS]
    cc = [staff('Exams Office', 'exams')]
    h, _ = hdrs('outlook', frm, to, 'ACTION: please forward to your tutor groups – phones & watches in January exams', mkdate(2026, 1, 5, 8, 10), 'cl051', cc=cc)
    body = """Dear tutors,

The January series starts next Monday (12 Jan). Please make sure every candidate in your tutor group sees the message below before then – the easiest way is to forward this email to your group’s Teams channel or mailing list, and mention it in tutorial.

----
To all candidates sitting exams in January:

• Mobile phones, smartwatches, fitness trackers and earbuds must NOT be taken into the exam room, even if switched off. Put them in your bag at the back of the room or leave them in your locker.
• Having one on you during an exam is malpractice, even if you don’t use it. The awarding body can disqualify you from the paper or the whole qualification.
• Arrive 15 minutes early. Check your seat number on the board outside the Sports Hall.
• Clear pencil cases only. Black pen.

Your personal timetable and candidate number are on the student portal.
----

Thanks for your help.
Gareth Pryce
Exams Officer
"""
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(51, 'negative', 'exams-notice-cascade', 'qp', email_of(frm), rc(to, cc), email_of(frm),
         'exams officer asks tutors to forward a genuine exam-room phones notice to their groups', message(h, p))

def m052():
    frm = staff('Maria Kowalczyk', 'm.kowalczyk')
    to = [staff('IT Services', 'itsupport')]
    inner_h, _ = hdrs('bulk', ('IT Service Desk', 'helpdesk@mail-quota-check.example'), [staff('Maria Kowalczyk', 'm.kowalczyk')],
                     'Your mailbox has exceeded its storage limit', mkdate(2026, 2, 3, 6, 12), 'cl052in')
    inner_body = """Dear user,

Your mailbox has exceeded the storage limit of 50 GB set by your administrator. You may not be able to send or receive new messages until you re-validate your mailbox.

To avoid loss of messages, click below to re-validate:

VALIDATE MAILBOX: http://mailbox-revalidate.example/owa/login

Failure to validate within 24 hours will result in suspension of your account.

IT Service Desk
"""
    inner = message(inner_h, text_part(inner_body, charset='us-ascii', cte='7bit'))
    h, _ = hdrs('outlook', frm, to, 'Suspicious email - attached as you asked', mkdate(2026, 2, 3, 8, 34), 'cl052')
    body = """Hi Kev,

Got this overnight, looks dodgy (I didn't click anything). Attaching it as an attachment like you said last time so you can see the headers.

Maria (Languages)
"""
    bnd = boundary('cl052', 'outlook')
    p = multipart('mixed', [text_part(body, charset='us-ascii', cte='7bit'),
                            rfc822_part(inner, 'Your mailbox has exceeded its storage limit.eml')], bnd)
    emit(52, 'negative', 'phishing-report', 'rfc822-forward', email_of(frm), rc(to), email_of(frm),
         'teacher reports a suspicious mailbox-quota phishing email to IT as an attached message', message(h, p))

def m053():
    frm = staff('Leanne Shaw', 'l.shaw')
    to = [('Y13 Sociology', 'y13-sociology@students.school.example')]
    h, _ = hdrs('outlook', frm, to, 'Reading for Thursday - moral panics and viral hoaxes', mkdate(2026, 2, 26, 13, 17), 'cl053')
    body = """Hi all,

Attached is the reading for Thursday's lesson on the media, moral panics and viral hoaxes. Please read it and make notes on the three questions at the end. It's short!

Ms Shaw
"""
    att = """Media and Crime - Moral panics in the digital age

Stanley Cohen's idea of a moral panic describes how the media can amplify a perceived threat: a "folk devil" is identified, the story is exaggerated, moral entrepreneurs call for action, and public anxiety spirals before dying away.

Viral hoaxes and chain messages follow a similar pattern, but the "media" is now ordinary people forwarding messages. A typical chain message has a recognisable structure. Consider this invented example:

    "WARNING!!! A stranger is approaching children outside schools.
     Police have confirmed it. Forward this to every parent you know.
     If you don't share it and something happens, you'll never forgive
     yourself."

Notice the features: urgency (capital letters, exclamation marks), an appeal to authority that cannot be checked ("police have confirmed"), an instruction to spread the message, and a guilt trap for anyone who does not.

Sociologists such as Jewkes argue that news values like immediacy, risk and children make some stories far more likely to spread. Online, the gatekeeping role of journalists is removed, so amplification can be faster.

Questions
1. Apply the stages of a moral panic to a viral hoax you have heard of.
2. Why might parents be especially likely to forward a warning message?
3. Evaluate whether social media makes moral panics more or less likely.
"""
    bnd = boundary('cl053', 'outlook')
    p = multipart('mixed', [text_part(body, charset='us-ascii', cte='7bit'),
                            attach(att.encode('utf-8'), 'text/plain', 'Moral panics and viral hoaxes - reading.txt')], bnd)
    emit(53, 'negative', 'sociology-resource', 'attach-txt', email_of(frm), rc(to), email_of(frm),
         'sociology reading on moral panics that analyses an invented chain message', message(h, p))

def m054():
    frm = stu('Freya Lawson', 'flawson25')
    to = [stu('Evie Rowe', 'eroww25')]
    h, _ = hdrs('gmail', frm, to, 'hey', mkdate(2026, 3, 5, 21, 13), 'cl054')
    body = """Hey Evie,

Saw you were having a rough week, hope you're ok. No pressure to reply.

I went to the wellbeing drop-in in Student Services last term and it actually helped, it's Tues and Thurs 12.30-1.30 and you don't need an appointment. And if it's late at night you can text SHOUT to 85258, it's free and they're really nice.

Pass it on to anyone else who might need it too.

Want to get a hot chocolate after Psych tomorrow?

F x
"""
    p = text_part(body, charset='UTF-8', cte='7bit')
    emit(54, 'negative', 'peer-support-message', 'plain-7bit', email_of(frm), rc(to), email_of(frm),
         'student sends a friend wellbeing drop-in and helpline details with a sincere pass-it-on', message(h, p))

def m055():
    frm = ('NME Centre Support', 'centre-news@nme-exams.example')
    to = [staff('Exams Office', 'exams')]
    h, _ = hdrs('bulk', frm, to, 'Centre News 2026/07: NEA submission dates and moderation sample requests', mkdate(2026, 3, 10, 14, 0), 'cl055')
    body = """Dear Exams Officer,

Please circulate this notice to all relevant staff in your centre, including heads of department for subjects with non-exam assessment (NEA).

1. Submission of NEA marks for the June 2026 series

The deadline for submission of NEA marks through Centre Portal is 15 May 2026 for all subjects except Art and Design (31 May). Centres should not send candidate work unless it is requested as part of the moderation sample.

2. Moderation samples

Sample requests will be generated automatically when marks are submitted. Samples must be despatched within three working days of the request using the tracked labels provided.

3. Authentication

Candidate and teacher authentication statements must be completed for all candidates and retained by the centre until 30 November 2026.

4. Contact

Questions should be raised through the Centre Portal messaging service or by phone on 01632 960 900.

Northern & Midland Examinations
Centre Support Team

This is a service message sent to registered exams officers. Please do not reply to this address.
"""
    p = text_part(hardwrap(body, 76), charset='us-ascii', cte='7bit')
    emit(55, 'negative', 'awarding-body-notice', 'hard-wrapped', email_of(frm), rc(to), None,
         'inbound awarding body service notice asking the exams officer to circulate it to relevant staff', message(h, p))

def m056():
    frm = ('Westmereshire School Transport', 'schooltransport@westmereshire.gov.example')
    to = [staff('Student Services', 'studentservices')]
    h, _ = hdrs('outlook', frm, to, 'Post-16 transport 2026/27 – please cascade to parents and carers', mkdate(2026, 2, 23, 9, 30), 'cl056')
    body = """Dear colleague,

Applications for post-16 travel assistance for the 2026/27 academic year open on Monday 2 March 2026.

We would be grateful if you could cascade the information below to the parents and carers of your current Year 12 students and to incoming students as part of your enrolment communications.

• Students aged 16–19 who live more than 3 miles from their nearest suitable post-16 provider may be eligible for a subsidised travel pass.
• Students with an Education, Health and Care Plan should apply through the SEND transport route; their family will be contacted separately.
• The parental contribution for 2026/27 is £540 per year, payable in instalments. Reduced rates apply to families receiving certain benefits.
• Applications received by 31 May 2026 will be processed in time for the start of term.

Parents and carers can apply online on the council website (search “post-16 transport”) or request a paper form by calling 01632 960 555.

Kind regards,

School Transport Team
Westmereshire County Council
"""
    bnd = boundary('cl056', 'outlook')
    p = multipart('alternative', [text_part(body, charset='utf-8', cte='quoted-printable'),
                                  text_part(to_html_outlook(body, 'Arial'), subtype='html', charset='utf-8', cte='quoted-printable')], bnd)
    emit(56, 'negative', 'la-cascade-notice', 'alternative', email_of(frm), rc(to), None,
         'inbound local authority asks the college to cascade post-16 transport information to parents', message(h, p))

def m057():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [('Invigilators', 'invigilators@school.example')]
    cc = [staff('Yvonne Marsh', 'y.marsh')]
    h, _ = hdrs('outlook', frm, to, 'Chain of custody – January series question papers', mkdate(2026, 1, 7, 15, 5), 'cl057', cc=cc)
    body = """Dear all,

A reminder of how the chain of custody works for question papers this series – the inspector may visit without notice, so please follow it exactly.

1. Papers arrive by Parcelforce and are signed for by Reception, who call the Exams Office immediately. Packets are never left in Reception.
2. The Exams Office checks each packet against the delivery note and logs it in the secure storage register (date, time, name, packet number, condition).
3. Packets go straight into the safe in E1. Only Gareth, Yvonne and Dr Marchbank hold keys.
4. On the day, papers are removed no earlier than 60 minutes before the start, signed out by two people, and carried to the exam room in the locked case.
5. Packets are opened in the exam room in front of candidates, no earlier than 15 minutes before the start.
6. Scripts are signed back in after the exam, packed and stored in the safe until the Parcelforce collection.

If there is ANY break in the chain – a packet that looks tampered with, a missing signature, a late collection – tell me straight away. Don’t try to fix it yourself.

Thanks,
Gareth
"""
    p = text_part(body, charset='windows-1252', cte='quoted-printable')
    emit(57, 'negative', 'exam-chain-of-custody', 'cp1252', email_of(frm), rc(to, cc), email_of(frm),
         'exams officer reminds invigilators of the chain-of-custody procedure for question papers', message(h, p))

def m058():
    frm = staff('Staff Social Committee', 'staffsocial')
    h, _ = hdrs('outlook', frm, [ALLSTAFF], '🎄 Christmas jumper day, Secret Santa & the staff do', mkdate(2025, 11, 24, 12, 50), 'cl058')
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p style="font-size:18pt;color:#1e6b30"><b>🎄 Festive bits from the Social Committee 🎄</b></p>
<p><b>Christmas Jumper Day – Friday 19 December.</b> £2 in the bucket in the staffroom, all proceeds to Save the Children.</p>
<p><b>Secret Santa.</b> If you'd like to take part, fill in the form on the staff SharePoint by Friday 5 December. We'll draw names at random and email you your person on Monday 8th. £10 limit, gifts under the tree in the staffroom by Wednesday 17th, opening at the briefing on the 19th.</p>
<p><b>Staff Christmas meal.</b> The Royal Oak, Thursday 18 December, 7pm. £28 for three courses – menu choices and a £10 deposit to Sue in Finance by 28 November.</p>
<p>Any questions, grab one of us.<br>Jo, Dave, Ellie and Sue 🎅</p>
</body></html>
"""
    p = text_part(html_, subtype='html', charset='utf-8', cte='quoted-printable')
    emit(58, 'negative', 'staff-social', 'html-only', email_of(frm), rc(ALLSTAFF), email_of(frm),
         'staff social committee announces jumper day, a randomly drawn Secret Santa and the Christmas meal', message(h, p))

def m059():
    frm = stu('Sophie Lindqvist', 'slindqvist25')
    to = [stu('Olivia Bennett', 'obennett25'), stu('Kieran Walsh', 'kwalsh24'), stu('Noah Fletcher', 'nfletcher25'),
          stu('Aisha Begum', 'aisha.begum25')]
    cc = [staff('Amy Lund', 'a.lund')]
    h, _ = hdrs('outlook', frm, to, 'Spring raffle - stall rota attached', mkdate(2026, 3, 12, 18, 25), 'cl059', cc=cc)
    body = """Hi SU committee,

I've put the rota for the raffle stall in the attached spreadsheet, please check your slots and tell me by Monday if you can't do one.

Tickets are £1 each or 6 for £5, the draw is at lunch on Friday 27 March. Prizes so far are in the second tab. Could everyone show the poster in their tutor group this week? Ms Lund has put it on the screens too.

Thanks!
Sophie (SU Treasurer)
"""
    x = xlsx([('Stall rota', [['Day', 'Slot', 'Name', 'Location'],
                              ['Mon 23 Mar', '12.30-13.00', 'Sophie', 'Atrium'],
                              ['Mon 23 Mar', '13.00-13.30', 'Kieran', 'Atrium'],
                              ['Tue 24 Mar', '12.30-13.00', 'Olivia', 'Atrium'],
                              ['Tue 24 Mar', '13.00-13.30', 'Noah', 'Library foyer'],
                              ['Wed 25 Mar', '12.30-13.00', 'Aisha', 'Atrium'],
                              ['Wed 25 Mar', '13.00-13.30', 'Sophie', 'Atrium'],
                              ['Thu 26 Mar', '12.30-13.30', 'Olivia + Kieran', 'Atrium']]),
              ('Prizes', [['Prize', 'Donated by', 'Value (£)'],
                          ['Afternoon tea for two', 'The Copper Kettle', 30],
                          ['Cinema tickets x2', 'Aldermoor Picturehouse', 20],
                          ['Hamper', 'Staff Social Committee', 45],
                          ['Driving lesson', 'Castle Driving School', 35]])])
    bnd = boundary('cl059', 'outlook')
    p = multipart('mixed', [text_part(body, charset='utf-8', cte='quoted-printable'),
                            attach(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Raffle rota.xlsx')], bnd)
    emit(59, 'negative', 'su-raffle', 'attach-xlsx', email_of(frm), rc(to, cc), email_of(frm),
         'student union treasurer shares a raffle stall rota and prize list spreadsheet', message(h, p))

def m060():
    frm = staff('Paul Gurney', 'p.gurney')
    to = [('Maths Department', 'maths-dept@school.example')]
    h, _ = hdrs('outlook', frm, to, 'Y12 Core Maths L14 – exponential growth (chain letters & pyramid schemes)', mkdate(2026, 3, 16, 12, 20), 'cl060')
    body = """Hi all,

Resources for Core Maths lesson 14 are in the attached zip: the lesson notes and a small CSV for the spreadsheet task.

The hook is a chain letter: if everyone who receives it sends it to 6 people, how many people are involved after 10 rounds? Students model it in a spreadsheet and find that by round 13 you'd need more people than there are on Earth – which leads nicely into why pyramid and "gifting" schemes always collapse and most people lose money. It went down really well with 12C last week.

Paul
"""
    notes = """CORE MATHS L14 - EXPONENTIAL GROWTH\r
\r
Starter (5 min): "A chain letter asks you to send it to 6 friends. Each of them sends it to 6 more." Ask: after 5 rounds, how many letters? Take guesses before calculating.\r
\r
Main (25 min):\r
1. Open generations.csv. Column B is people reached in that round (6^n). Column C is the running total.\r
2. Students extend to 15 rounds and plot round against total.\r
3. At which round does the total exceed the UK population (69 million)? The world population (8.1 billion)?\r
4. Adapt: in a "gifting circle" each new member must pay in and recruit 2 others to get paid. What fraction of all members are still waiting to be paid when recruitment stops?\r
\r
Plenary (5 min): Why do these schemes always collapse? Who loses? (Most of the people who joined last.) Link to financial literacy - see MoneyHelper resources.\r
"""
    csv_ = 'round,reached,total\r\n' + ''.join('%d,%d,%d\r\n' % (n, 6 ** n, sum(6 ** k for k in range(1, n + 1))) for n in range(1, 6))
    z = zipfiles([('L14 exponential growth/L14 lesson notes.txt', notes), ('L14 exponential growth/generations.csv', csv_)], dt=(2026, 3, 16, 11, 58, 0))
    bnd = boundary('cl060', 'outlook')
    p = multipart('mixed', [text_part(body, charset='utf-8', cte='quoted-printable'),
                            attach(z, 'application/x-zip-compressed', 'L14 exponential growth.zip')], bnd)
    emit(60, 'negative', 'maths-lesson-exponential', 'attach-zip', email_of(frm), rc(to), email_of(frm),
         'maths lesson resources (zip) using a chain letter to teach exponential growth and why pyramid schemes collapse', message(h, p))

for _n in range(1, 61):
    globals()['m%03d' % _n]()
write_manifest()
print('wrote', len(ENTRIES), 'messages')
