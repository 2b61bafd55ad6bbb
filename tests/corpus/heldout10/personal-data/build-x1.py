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
# personal-data policy: 30 positive (001-030) + 30 negative (031-060)
# ============================================================================
SD = 'school.example'
ST = 'students.school.example'
CENTRE = '48213'

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

STREETS = ['Tanners Lane', 'Castle Street', 'Mill Lane', 'Orchard Close', 'Meadowbank Road', 'Church Walk',
           'Brinkley Road', 'Hatherton Way', 'Station Road', 'Kingsley Avenue', 'Foxglove Drive', 'The Paddocks',
           'Willow Court', 'Severn View', 'Old Forge Lane', 'Priory Gardens', 'Beech Grove', 'Lydcott Road',
           'Coronation Street', 'Sandpits Lane']
TOWNS = [('Aldermoor', 'SY9'), ('Aldermoor', 'SY9'), ('Brinkley', 'SY7'), ('Hatherton', 'SY15'), ('Lydcott', 'SY5')]
INW = 'ABDEFGHJLNPQRSTUWXYZ'

def postcode(rng, out):
    return '%s %d%s%s' % (out, rng.randint(1, 9), rng.choice(INW), rng.choice(INW))

def address(rng):
    town, out = rng.choice(TOWNS)
    return '%d %s' % (rng.randint(1, 96), rng.choice(STREETS)), town, postcode(rng, out)

def mobile(rng):
    return '07700 900%03d' % rng.randint(0, 999)

def landline(rng):
    return '01632 960%03d' % rng.randint(0, 999)

def student(seed, first, last, y0=2007, y1=2009):
    rng = random.Random('stu|' + first + '|' + last)
    street, town, pc = address(rng)
    return {'first': first, 'last': last, 'name': '%s %s' % (first, last), 'dob': make_dob(rng, y0, y1),
            'upn': make_upn(rng), 'uln': make_uln(rng), 'nhs': make_nhs(rng), 'street': street, 'town': town,
            'pc': pc, 'mob': mobile(rng), 'home': landline(rng), 'sid': '%d%04d' % (rng.choice([24, 25]), rng.randint(100, 9999)),
            'cand': '%04d' % rng.randint(1001, 9899)}

def adult(seed, first, last, y0=1962, y1=1996):
    rng = random.Random('adult|' + first + '|' + last)
    street, town, pc = address(rng)
    sc, acct = make_bank(rng)
    d = '%02d/%02d/%04d' % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1))
    return {'first': first, 'last': last, 'name': '%s %s' % (first, last), 'dob': d, 'nino': make_nino(rng),
            'sc': sc, 'acct': acct, 'street': street, 'town': town, 'pc': pc, 'mob': mobile(rng),
            'nhs': make_nhs(rng), 'card': make_card(rng, '4'), 'empno': '%05d' % rng.randint(120, 990)}

def csv_line(vals):
    out = []
    for v in vals:
        v = str(v)
        if any(c in v for c in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ','.join(out)

def csv_text(rows, eol='\r\n'):
    return eol.join(csv_line(r) for r in rows) + eol

def table_text(rows, pad=2):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(''.join(str(c).ljust(w[i] + pad) for i, c in enumerate(r)).rstrip() for r in rows)

def html_table(rows, style='border-collapse:collapse;font-family:Calibri,sans-serif;font-size:10pt'):
    h = '<table border="1" cellpadding="4" cellspacing="0" style="%s">\n' % style
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        h += '<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(str(c), quote=False), tag) for c in r) + '</tr>\n'
    return h + '</table>\n'

XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

def outlook_alt(seed, text, font='Calibri'):
    return multipart('alternative', [text_part(text, charset='utf-8', cte='quoted-printable'),
                                     text_part(to_html_outlook(text, font), subtype='html', charset='utf-8', cte='quoted-printable')],
                     boundary(seed + 'a', 'outlook'))

SIG_EXAMS = """Gareth Pryce
Exams Officer | Centre %s
Aldermoor Sixth Form College
Meadowbank Road, Aldermoor
01632 960 412""" % CENTRE

# ---------------------------------------------------------------- 001 access arrangements list to awarding body (csv)
def m001():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [('NME Access Arrangements', 'accessarrangements@nme-exams.example')]
    people = [('Harriet', 'Clough', '25% extra time; rest breaks', 'Dyslexia (Ed Psych report 2021); below average processing speed SS 78'),
              ('Noah', 'Fletcher', 'Reader; 25% extra time', 'Visual processing difficulty; below average reading comprehension SS 82'),
              ('Zainab', 'Hussain', 'Separate invigilation; rest breaks', 'Generalised anxiety disorder - CAMHS letter Oct 2025'),
              ('Kieran', 'Walsh', 'Word processor', 'Dyspraxia (DCD) - OT report; illegible handwriting at speed'),
              ('Maisie', 'Doyle', '50% extra time; prompter', 'ADHD combined type - consultant paediatrician letter; on methylphenidate'),
              ('Dylan', 'Hughes', 'Scribe', 'Fractured right wrist (temporary) - fracture clinic letter 02/01/2026')]
    rows = [['Centre', 'Candidate No', 'Surname', 'Forename', 'DOB', 'ULN', 'Arrangement(s)', 'Evidence / condition']]
    for f, l, arr, ev in people:
        s = student('pd001', f, l)
        rows.append([CENTRE, s['cand'], l.upper(), f, s['dob'], s['uln'], arr, ev])
    h, _ = hdrs('outlook', frm, to, 'Centre %s - your query AA/26/11873 - candidate list' % CENTRE, mkdate(2026, 1, 8, 11, 40), 'pd001')
    body = """Dear Access Arrangements team,

Further to your query reference AA/26/11873, please find attached the list of the six candidates we have approved arrangements for in the January series, with their dates of birth, ULNs and the evidence we hold for each. I have included the condition/diagnosis in the final column as requested.

The full assessment reports are held on file in the Exams Office and are available for inspection.

Kind regards,

%s
""" % SIG_EXAMS
    p = multipart('mixed', [outlook_alt('pd001', body),
                            attach(csv_text(rows).encode('utf-8'), 'text/csv', 'AA candidates Jan26 centre %s.csv' % CENTRE)],
                  boundary('pd001', 'outlook'))
    emit(1, 'positive', 'access-arrangements-list', 'attach-csv', email_of(frm), rc(to), email_of(frm),
         'exams officer emails an awarding body a CSV of candidates with DOB, ULN and diagnoses behind their access arrangements', message(h, p))

# ---------------------------------------------------------------- 002 EHCP review to LA (docx)
def m002():
    frm = staff('Rebecca Thorne', 'r.thorne')
    to = [('SEND Casework Team', 'sendcasework@westmereshire.gov.example')]
    cc = [('Kate Iqbal', 'kate.iqbal@westmereshire.gov.example')]
    s = student('pd002', 'Ethan', 'Marsh')
    mum = adult('pd002', 'Claire', 'Marsh')
    d = docx([
        ('h', 'EHCP Annual Review – Post-16 Summary'),
        ('table', [['Student', s['name']], ['Date of birth', s['dob']], ['UPN', s['upn']], ['ULN', s['uln']],
                   ['Address', '%s, %s %s' % (s['street'], s['town'], s['pc'])],
                   ['Parent/carer', 'Claire Marsh (mother) – %s' % mum['mob']],
                   ['Primary need', 'Autism Spectrum Condition (diagnosed age 9)'],
                   ['Secondary needs', 'Anxiety; sensory processing difficulties; low mood (CAMHS open case since 2024)'],
                   ['Course', 'A-level Computer Science, Maths, Physics (Year 12)'],
                   ['Review date', '27 November 2025']]),
        ('b', 'Summary of progress'),
        ('p', 'Ethan has settled better than expected. Attendance is 91%. He uses the quiet room at break and lunch and has a named key worker (Priya Sandhu). He had two panic attacks in October, one during a fire drill, and was collected by his mother.'),
        ('b', 'Health'),
        ('p', 'Ethan takes sertraline 50mg daily (prescribed by CAMHS psychiatrist). He reports poor sleep. Mother reports self-harm (scratching) over the summer, not repeated this term.'),
        ('b', 'Proposed amendments to Section F'),
        ('p', '1. Continue 1:1 key worker check-in daily (15 mins). 2. 25% extra time and a separate room for assessments. 3. Advance warning of fire drills. 4. Transition support for university visits in Year 13.'),
        ('p', 'Parent and student views are attached on the LA template. Parent agrees with all proposed amendments.'),
    ], creator='Rebecca Thorne', title='EHCP annual review - E Marsh', dt=(2025, 11, 28, 15, 10, 0))
    h, _ = hdrs('outlook', frm, to, 'EHCP annual review paperwork - Ethan Marsh', mkdate(2025, 11, 28, 15, 22), 'pd002', cc=cc)
    body = """Hi Kate / SEND casework,

Please find attached the post-16 annual review summary for Ethan Marsh, following his review meeting on 27 November. Mum attended and has seen the summary. I'd be grateful if the amendments to Section F could be considered at the next panel.

Many thanks,

Rebecca Thorne
SENCo / Head of Learning Support
Aldermoor Sixth Form College
"""
    p = multipart('mixed', [outlook_alt('pd002', body), attach(d, DOCX_CT, 'EHCP AR summary - E Marsh.docx')], boundary('pd002', 'outlook'))
    emit(2, 'positive', 'ehcp-review', 'attach-docx', email_of(frm), rc(to, cc), email_of(frm),
         'SENCo sends the local authority an EHCP review document with DOB, UPN, ULN, diagnoses, medication and self-harm history', message(h, p))

# ---------------------------------------------------------------- 003 DSL referral to CAMHS (plain)
def m003():
    frm = staff('Nadia Osei', 'n.osei')
    to = [('CAMHS Single Point of Access', 'camhs.spa@wmpt.nhs.example')]
    s = student('pd003', 'Holly', 'Brennan-Waite')
    h, _ = hdrs('outlook', frm, to, 'Urgent referral - Holly Brennan-Waite', mkdate(2025, 10, 16, 14, 51), 'pd003')
    body = """Dear colleagues,

I'd like to make an urgent referral for one of our students. Her mum is aware and has consented. Details below; I can complete your online form as well if needed but wanted to get this to you today.

Name: Holly Brennan-Waite
DOB: %s
NHS number: %s
Address: %s, %s, %s
Mum: Rachel Waite, %s
GP: Dr Ahmed, Castle Street Surgery, Aldermoor

Concerns: Holly disclosed to her tutor this morning that she has been cutting her arms and thighs most nights since the start of September. Fresh wounds were seen by our first aider, not needing medical attention. She also said she has been restricting food ("one meal every two days") and has lost a lot of weight - her tutor and mum both confirm this. She denied any current plan to end her life but said she "wouldn't mind not waking up". She has a history of low mood in Year 10 (seen by the school counsellor, not CAMHS).

Family context: parents separated in the summer; dad has moved away. Holly is caring for two younger siblings after school while mum works.

Actions taken: safety plan agreed with Holly and mum today, mum collected her at 1pm. We have removed her from PE this week.

Please call me on 01632 960 437 or 07700 900 651 if you need anything further.

Nadia Osei
Designated Safeguarding Lead
Aldermoor Sixth Form College
""" % (s['dob'], s['nhs'], s['street'], s['town'], s['pc'], s['mob'])
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(3, 'positive', 'camhs-referral', 'plain-7bit', email_of(frm), rc(to), email_of(frm),
         'DSL emails CAMHS an unencrypted referral with NHS number, DOB, address and self-harm/eating disclosure', message(h, p))

# ---------------------------------------------------------------- 004 bursary bus pass list to bus company (xlsx)
def m004():
    frm = staff('Sana Mirza', 's.mirza')
    to = [('ADB Passes', 'passes@adbuses.example')]
    people = [('Aisha', 'Begum', 'Care leaver'), ('Tom', 'Pearce', 'FSM/UC'), ('Reece', 'Barker', 'FSM/UC'),
              ('Lacey', 'Whitmore', 'Vulnerable - in receipt of UC in own right'), ('Jordan', 'Kelsall', 'FSM/UC'),
              ('Amira', 'Haddad', 'Looked after child'), ('Ryan', 'Doherty', 'Discretionary - household income under £21k'),
              ('Chloe', 'Sparrow', 'Discretionary - young carer'), ('Mohammed', 'Rafiq', 'FSM/UC')]
    rows = [['Student ID', 'Surname', 'Forename', 'DOB', 'Address', 'Town', 'Postcode', 'Route', 'Bursary category']]
    for f, l, cat in people:
        s = student('pd004', f, l)
        rows.append([s['sid'], l, f, s['dob'], s['street'], s['town'], s['pc'], 'X42' if s['town'] != 'Aldermoor' else '42', cat])
    x = xlsx([('Spring term passes', rows)], dt=(2025, 12, 10, 9, 12, 0))
    h, _ = hdrs('outlook', frm, to, 'Spring term bus passes - bursary students (9)', mkdate(2025, 12, 10, 9, 20), 'pd004')
    body = """Hi Janine,

Attached are the nine bursary students who need a free pass for the spring term (5 Jan - 27 Mar). Same arrangement as before, invoice to the college bursary fund please and quote PO 77120.

I've put their bursary category in the last column in case you need it for your concession reporting.

Thanks,
Sana Mirza
Bursary Officer
"""
    p = multipart('mixed', [outlook_alt('pd004', body), attach(x, XLSX_CT, 'Bursary bus passes spring 26.xlsx')], boundary('pd004', 'outlook'))
    emit(4, 'positive', 'bursary-bus-list', 'attach-xlsx', email_of(frm), rc(to), email_of(frm),
         'bursary officer sends the bus company a spreadsheet of students with DOB, home address and care/benefit status', message(h, p))

# ---------------------------------------------------------------- 005 new starters to payroll bureau (zip)
def m005():
    frm = staff('Joanne Fairweather', 'j.fairweather')
    to = [('Castlegate Payroll - Starters', 'starters@castlegatepayroll.example')]
    people = [('Aisha', 'Rahman', 'Teacher of Mathematics', 'MPS4', '01/09/2025'), ('Owen', 'Llewellyn', 'Learning Support Assistant', 'Grade 3 pt 9', '22/09/2025'),
              ('Katarzyna', 'Wójcik', 'Cleaner (part-time 15 hrs)', 'Grade 1 pt 3', '06/10/2025'), ('Thomas', 'Kellaway', 'Deputy DSL / Pastoral Manager', 'Grade 6 pt 28', '13/10/2025')]
    rows = [['Surname', 'Forename', 'DOB', 'NI number', 'Address', 'Postcode', 'Job title', 'Grade', 'Start date', 'Sort code', 'Account no', 'Tax code', 'Starter decl.']]
    for f, l, job, gr, start in people:
        a = adult('pd005', f, l, 1968, 1999)
        rows.append([l, f, a['dob'], a['nino'], '%s, %s' % (a['street'], a['town']), a['pc'], job, gr, start, a['sc'], a['acct'], '1257L', 'B'])
    z = zipfiles([('October starters/new_starters_oct25.csv', csv_text(rows))], dt=(2025, 10, 15, 16, 40, 0))
    h, _ = hdrs('outlook', frm, to, 'New starters - October payroll', mkdate(2025, 10, 15, 16, 47), 'pd005')
    body = """Hi Michelle,

Please find attached our new starters for the October payroll (4 people). Contracts have been issued and P45s will follow for the two that have them.

Let me know if anything's missing.

Kind regards,
Joanne Fairweather
HR Manager, Aldermoor Sixth Form College
"""
    p = multipart('mixed', [outlook_alt('pd005', body), attach(z, 'application/x-zip-compressed', 'October starters.zip')], boundary('pd005', 'outlook'))
    emit(5, 'positive', 'payroll-new-starters', 'attach-zip', email_of(frm), rc(to), email_of(frm),
         'HR sends the payroll bureau an unencrypted zip of new starters with NI numbers, DOBs, addresses and bank details', message(h, p))

# ---------------------------------------------------------------- 006 bank detail change (qp)
def m006():
    frm = staff('Colin Ashdown', 'c.ashdown')
    to = [('Castlegate Payroll', 'payroll@castlegatepayroll.example')]
    a = adult('pd006', 'Deborah', 'Kaye', 1971, 1985)
    h, _ = hdrs('outlook', frm, to, 'Change of bank details – employee %s' % a['empno'], mkdate(2025, 10, 21, 10, 5), 'pd006')
    body = """Hi Michelle,

Could you please update the bank details for the following employee from the October pay run onwards? She has changed banks following her divorce and the old account is being closed on the 31st.

Employee no: %s
Name: Mrs Deborah Kaye (previously Deborah Ellis)
NI number: %s
Date of birth: %s
New sort code: %s
New account number: %s
Account name: D Kaye

She’s also moved – new address is %s, %s, %s.

I’ve checked the details with her in person against her bank letter.

Thanks,
Colin

Colin Ashdown
Finance Manager
Aldermoor Sixth Form College
""" % (a['empno'], a['nino'], a['dob'], a['sc'], a['acct'], a['street'], a['town'], a['pc'])
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(6, 'positive', 'staff-bank-change', 'qp', email_of(frm), rc(to), email_of(frm),
         'finance manager emails the payroll bureau a staff member\'s new sort code, account, NI number and DOB in clear', message(h, p))

# ---------------------------------------------------------------- 007 WP programme list to university (alternative)
def m007():
    frm = staff('Daniel Whitlock', 'd.whitlock')
    to = [('Pathways Data', 'pathways-data@severnside.ac.example')]
    cc = [staff('Martin Cole', 'm.cole')]
    people = [('Ellie', 'Frampton', 'Y', 'N', 'Y'), ('Josh', 'Kemp', 'Y', 'N', 'Y'), ('Mia', 'Grant', 'N', 'N', 'Y'),
              ('Amira', 'Haddad', 'Y', 'Y', 'Y'), ('Callum', 'Price', 'Y', 'N', 'N'), ('Freya', 'Lawson', 'N', 'N', 'Y'),
              ('Jamal', 'Okafor', 'Y', 'N', 'Y'), ('Sophie', 'Lindqvist', 'N', 'N', 'Y')]
    rows = [['Name', 'DOB', 'ULN', 'Home postcode', 'FSM eligible', 'Care experienced', 'First in family to HE']]
    for f, l, fsm, care, fg in people:
        s = student('pd007', f, l)
        rows.append(['%s %s' % (f, l), s['dob'], s['uln'], s['pc'], fsm, care, fg])
    text = """Dear Pathways team,

As requested for the Pathways to Severnside programme, here are the details of our eight Year 12 participants for your eligibility checks and tracking.

%s

Martin Cole (careers) is cc'd and will be the main contact for the campus visits.

Best wishes,
Daniel Whitlock
Data & MIS Manager
Aldermoor Sixth Form College
""" % table_text(rows)
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">'
             '<p>Dear Pathways team,</p><p>As requested for the Pathways to Severnside programme, here are the details of our eight Year 12 participants for your eligibility checks and tracking.</p>'
             + html_table(rows) +
             '<p>Martin Cole (careers) is cc\'d and will be the main contact for the campus visits.</p>'
             '<p>Best wishes,<br>Daniel Whitlock<br>Data &amp; MIS Manager<br>Aldermoor Sixth Form College</p></body></html>\n')
    h, _ = hdrs('outlook', frm, to, 'Pathways to Severnside - participant details', mkdate(2025, 11, 6, 13, 33), 'pd007', cc=cc)
    p = multipart('alternative', [text_part(text, charset='utf-8', cte='quoted-printable'),
                                  text_part(htmlb, subtype='html', charset='utf-8', cte='quoted-printable')], boundary('pd007', 'outlook'))
    emit(7, 'positive', 'wp-programme-list', 'alternative', email_of(frm), rc(to, cc), email_of(frm),
         'MIS manager sends a university a table of students with DOB, ULN, postcode, FSM and care-experienced flags', message(h, p))

# ---------------------------------------------------------------- 008 work experience medical (hard-wrapped)
def m008():
    frm = staff('Steve Haddon', 's.haddon')
    to = [('Rachel Ingham', 'r.ingham@brindleyprecision.example')]
    s = student('pd008', 'Tyler', 'Osborne')
    h, _ = hdrs('webmail', frm, to, 'Tyler Osborne - work experience w/c 23 Feb - medical info', mkdate(2026, 2, 16, 16, 12), 'pd008')
    body = """Hi Rachel,

Thanks again for taking Tyler next week. As promised, here is the medical information for your first aider and his supervisor. Mum is happy for me to share it.

Full name: Tyler James Osborne
DOB: %s
Home address: %s, %s, %s
NHS number: %s (in case he needs to go to A&E)

Tyler has epilepsy (tonic-clonic seizures). He takes lamotrigine 100mg twice a day and his last seizure was in August. If he has a seizure lasting more than 5 minutes he needs buccal midazolam (he will have it in his bag, in a blue wallet) and you should call 999. Triggers are lack of sleep and flashing lights, so he shouldn't be near the welding bays.

Emergency contacts:
Mum - Karen Osborne - %s
Nan - Pat Osborne - %s

Please don't hesitate to ring me if you have any questions.

Steve Haddon
Tutor 12D, Aldermoor Sixth Form College
""" % (s['dob'], s['street'], s['town'], s['pc'], s['nhs'], s['mob'], s['home'])
    p = text_part(hardwrap(body, 72), charset='utf-8', cte='8bit')
    emit(8, 'positive', 'work-experience-medical', 'hard-wrapped', email_of(frm), rc(to), email_of(frm),
         'tutor emails an employer a student\'s epilepsy details, medication, NHS number, DOB and address', message(h, p))

# ---------------------------------------------------------------- 009 ed psych assessment request (flowed)
def m009():
    frm = staff('Priya Sandhu', 'p.sandhu')
    to = [('Maple Assessment Services', 'bookings@mapleassess.example')]
    cc = [staff('Rebecca Thorne', 'r.thorne')]
    s = student('pd009', 'Jordan', 'Kelsall')
    h, _ = hdrs('tb', frm, to, 'Assessment booking - Jordan Kelsall', mkdate(2025, 11, 19, 15, 37), 'pd009', cc=cc)
    body = """Dear Dr Pemberton,

Further to our phone call, please could you book an assessment for the following student. We'd like to know whether he meets the criteria for extra time and a reader in his summer exams, and any wider recommendations.

Name: Jordan Kelsall
Date of birth: %s
ULN: %s
Address: %s, %s %s
Parent: Mrs Denise Kelsall, %s

Background: Jordan was diagnosed with dyslexia in Year 4 and had 25%% extra time at GCSE. His GCSE results were lower than predicted (English 4, Maths 5). In our in-house screening this term his reading speed was 92 wpm, single word reading standard score 81, and his working memory looked very weak. He is also awaiting an ADHD assessment through his GP and has told his tutor he struggles to sleep and is often anxious before tests. His dad died in 2023 and he had bereavement counselling at school.

He is studying A-level Biology, Psychology and BTEC Sport.

We have availability on Tuesdays and Thursdays. Invoice to the college please (PO to follow).

Kind regards,
Priya Sandhu
Learning Support Co-ordinator
Aldermoor Sixth Form College
""" % (s['dob'], s['uln'], s['street'], s['town'], s['pc'], s['mob'])
    p = text_part(flowed(body), charset='UTF-8', cte='7bit', flow=True)
    emit(9, 'positive', 'ed-psych-referral', 'flowed', email_of(frm), rc(to, cc), email_of(frm),
         'learning support sends a private assessor a student\'s DOB, ULN, address, diagnoses, test scores and bereavement history', message(h, p))

# ---------------------------------------------------------------- 010 transfer candidate to another centre (latin1)
def m010():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [('Exams Office, Hatherton College', 'exams@hatherton-college.example')]
    s = student('pd010', 'Chloé', 'Durand')
    h, _ = hdrs('outlook', frm, to, 'Transferred candidate - Chloé Durand (confidential)', mkdate(2026, 3, 4, 9, 2), 'pd010', subj_charset='iso-8859-1')
    body = """Dear Lorraine,

Thank you for your call yesterday. As agreed, here are the details for Chloé, who is moving to you as a transferred candidate for the summer series.

Name: Chloé Marie Durand
DOB: %s
ULN: %s
Our candidate number: %s (centre %s)
Entries: A-level French (9FR0), English Literature (9ET0), Sociology (7192)

Access arrangements: 25%% extra time and a reader/computer reader, on the basis of nystagmus and reduced visual acuity (consultant ophthalmologist letter dated 12/05/2025, copy will follow by post). Modified enlarged papers (A3, 18pt) were ordered for the summer; please re-order under your centre.

For your information and in confidence: Chloé and her mother have moved into the Westmere women's refuge after a domestic abuse incident in February, which is why she is transferring. Her father must not be given any information about her whereabouts or her exams. Our DSL, Nadia Osei, will call your DSL.

Kind regards,
Gareth
""" % (s['dob'], s['uln'], s['cand'], CENTRE)
    p = text_part(body, charset='iso-8859-1', cte='8bit')
    emit(10, 'positive', 'candidate-transfer', 'latin1', email_of(frm), rc(to), email_of(frm),
         'exams officer emails another centre a candidate\'s DOB, ULN, medical access needs and refuge/domestic abuse situation', message(h, p))

# ---------------------------------------------------------------- 011 medical register to school nursing (xlsx)
def m011():
    frm = staff('Amy Lund', 'a.lund')
    to = [('School Nursing Team', 'schoolnursing@wmpt.nhs.example')]
    people = [('Imogen', 'Tate', 'Type 1 diabetes', 'Insulin pump; hypo kit in Student Services'),
              ('Bilal', 'Chaudhry', 'Anaphylaxis (peanut, tree nut)', '2 x EpiPen carried + 1 in Student Services'),
              ('Grace', 'Holloway', 'Asthma (severe)', 'Salbutamol + Fostair; hospital admission Oct 2025'),
              ('Tyler', 'Osborne', 'Epilepsy', 'Lamotrigine; buccal midazolam rescue'),
              ('Leah', 'Morrow', 'Anorexia nervosa (under CAMHS ED team)', 'Weekly weigh-in at GP; meal plan'),
              ('Harvey', 'Nolan', 'Crohn\'s disease', 'Azathioprine; toilet pass'),
              ('Precious', 'Adeyemi', 'Sickle cell disease', 'Penicillin V; avoid cold/dehydration'),
              ('Ollie', 'Franks', 'Type 1 diabetes', 'Multiple daily injections')]
    rows = [['Surname', 'Forename', 'DOB', 'NHS number', 'Condition', 'Medication / plan', 'IHP in place']]
    for f, l, cond, med in people:
        s = student('pd011', f, l)
        rows.append([l, f, s['dob'], s['nhs'], cond, med, 'Yes'])
    x = xlsx([('Medical register', rows)], dt=(2025, 9, 30, 12, 0, 0))
    h, _ = hdrs('outlook', frm, to, 'Medical conditions register - Aldermoor SFC - Sept 2025', mkdate(2025, 9, 30, 12, 14), 'pd011')
    body = """Hi Sam,

As discussed at the health drop-in planning meeting, please find attached our current register of students with significant medical conditions and individual healthcare plans. It would be great if you could check it against your records before your visit on 14 October.

Thanks,
Amy Lund
Student Services Manager
"""
    p = multipart('mixed', [outlook_alt('pd011', body), attach(x, XLSX_CT, 'Medical register Sept 2025.xlsx')], boundary('pd011', 'outlook'))
    emit(11, 'positive', 'medical-register', 'attach-xlsx', email_of(frm), rc(to), email_of(frm),
         'student services sends the school nursing team a spreadsheet of students with DOB, NHS numbers and medical conditions', message(h, p))

# ---------------------------------------------------------------- 012 bursary audit sample (cp1252)
def m012():
    frm = staff('Sana Mirza', 's.mirza')
    to = [('Pemberton Audit', 'fieldwork@pemberton-audit.example')]
    cc = [staff('Colin Ashdown', 'c.ashdown')]
    people = [('Aisha', 'Begum', 'Vulnerable - care leaver', '£1,200'), ('Tom', 'Pearce', 'Discretionary - UC', '£640'),
              ('Lacey', 'Whitmore', 'Vulnerable - UC in own right', '£1,200'), ('Ryan', 'Doherty', 'Discretionary - income £18,400', '£480'),
              ('Chloe', 'Sparrow', 'Discretionary - young carer', '£560')]
    lines = []
    for f, l, cat, amt in people:
        s = student('pd004', f, l)
        payee = adult('pd012', f if 'Vulnerable' in cat else 'Parent', l)
        lines.append('%s %s, DOB %s, student ID %s\n   Category: %s. Paid to date: %s\n   Paid to: %s, sort code %s, account %s' %
                     (f, l, s['dob'], s['sid'], cat, amt, 'student\'s own account' if 'Vulnerable' in cat else 'parent\'s account', payee['sc'], payee['acct']))
    h, _ = hdrs('outlook', frm, to, 'Bursary sample for audit testing – 5 cases', mkdate(2026, 1, 29, 14, 45), 'pd012', cc=cc)
    body = """Hi Gemma,

Here are the five cases you picked for the 16–19 Bursary sample test. Evidence (UC statements, care leaver letters, carer’s assessment) is in the folders in the finance office for your visit on Tuesday.

%s

Payments go out fortnightly by BACS from the bursary bank account. Let me know if you need the full payment history for any of them.

Thanks,
Sana
""" % '\n\n'.join(lines)
    p = text_part(body, charset='windows-1252', cte='8bit')
    emit(12, 'positive', 'bursary-audit-sample', 'cp1252', email_of(frm), rc(to, cc), email_of(frm),
         'bursary officer emails external auditors students\' DOBs, benefit/care status and payees\' sort codes and account numbers', message(h, p))

# ---------------------------------------------------------------- 013 NEET tracking leavers (csv)
def m013():
    frm = staff('Martin Cole', 'm.cole')
    to = [('Westmereshire Tracking Team', 'post16tracking@westmereshire.gov.example')]
    people = [('Kyle', 'Preece', 'Not known - left course 03/10/2025', 'Young carer; mum has MS'),
              ('Shannon', 'Hartigan', 'Left - pregnant, due March', 'Referred to FNP'),
              ('Bradley', 'Oakes', 'Left - moved to Hatherton College', ''),
              ('Dominika', 'Nowak', 'Left - employment (no training)', 'EAL; family returning to Poland summer'),
              ('Connor', 'Whitfield', 'Not known - not attending since Nov', 'Police involvement - youth justice worker J. Ames'),
              ('Leah', 'Morrow', 'Withdrawn - medical', 'Inpatient CAMHS ED unit')]
    rows = [['UPN', 'Surname', 'Forename', 'DOB', 'Address', 'Postcode', 'Status', 'Notes']]
    for f, l, st_, note in people:
        s = student('pd013', f, l)
        rows.append([s['upn'], l, f, s['dob'], '%s, %s' % (s['street'], s['town']), s['pc'], st_, note])
    h, _ = hdrs('gmail', frm, to, 'Autumn term leavers / risk of NEET - Aldermoor SFC', mkdate(2025, 12, 12, 10, 18), 'pd013')
    body = """Hi Jas,

Please find attached our autumn term leavers and students at risk of NEET, as per the monthly return. I've added notes where I thought it would help your advisers.

Kyle and Connor are the ones I'm most worried about.

Martin Cole
Careers Adviser (Level 6)
Aldermoor Sixth Form College
"""
    bnd = boundary('pd013', 'gmail')
    p = multipart('mixed', [multipart('alternative', [text_part(body, charset='UTF-8', cte='7bit'),
                                                      text_part(to_html_gmail(body), subtype='html', charset='UTF-8', cte='quoted-printable')],
                                      boundary('pd013a', 'gmail')),
                            attach_plain(csv_text(rows, '\n').encode('utf-8'), 'text/csv', 'leavers_dec25.csv')], bnd)
    emit(13, 'positive', 'neet-tracking-return', 'attach-csv', email_of(frm), rc(to), email_of(frm),
         'careers adviser sends the LA a CSV of leavers with UPN, DOB, address and sensitive notes (pregnancy, police, inpatient)', message(h, p))

# ---------------------------------------------------------------- 014 DBS umbrella reply (reply-quoted)
def m014():
    frm = staff('HR', 'hr')
    to = [('ClearCheck DBS', 'applications@clearcheck-dbs.example')]
    a = adult('pd014', 'Marcus', 'Delaney', 1980, 1990)
    prev = adult('pd014b', 'x', 'y')
    h, _ = hdrs('webmail', frm, to, 'Re: Application ref CC-118402 - missing information', mkdate(2025, 9, 10, 11, 26), 'pd014',
                irt=mkid('pd014o', 'clearcheck-dbs.example', 'other'), refs=mkid('pd014o', 'clearcheck-dbs.example', 'other'))
    body = """Hello,

Please see the missing details below, taken from Marcus's ID documents which I verified in person on 8 September.

Full name: Marcus Anthony Delaney
Previous names: none
Date of birth: %s
Place of birth: Wolverhampton
NI number: %s
Current address: %s, %s, %s (since 03/2022)
Previous address: %s, Dudley DY2 8QT (06/2019 - 03/2022)
Previous address: Flat 4, 22 Holloway Street, Wolverhampton WV1 4ET (09/2015 - 06/2019)

He has declared a caution from 2011 (possession of cannabis) on his self-declaration form, which we will discuss with him if it appears on the certificate.

Regards,
Joanne Fairweather
HR Manager, Aldermoor Sixth Form College

On 09/09/2025 16:02, ClearCheck DBS wrote:
> Dear Applicant Manager,
>
> Application reference CC-118402 (Enhanced with Children's Barred List)
> cannot be submitted because the following information is missing:
>
> - applicant's date of birth
> - National Insurance number
> - full five-year address history
>
> Please reply to this email with the information above.
>
> ClearCheck DBS Processing Team
""" % (a['dob'], a['nino'], a['street'], a['town'], a['pc'], prev['street'])
    p = text_part(body, charset='UTF-8', cte='7bit')
    emit(14, 'positive', 'dbs-application-details', 'reply-quoted', email_of(frm), rc(to), email_of(frm),
         'HR replies to a DBS umbrella body with a new employee\'s DOB, NI number, address history and a declared caution', message(h, p))

# ---------------------------------------------------------------- 015 safeguarding chronology to personal address (inline fwd)
def m015():
    frm = staff('Maria Kowalczyk', 'm.kowalczyk')
    to = [('Maria K', 'maria.k.home@mailbox.example')]
    s = student('pd015', 'Kacper', 'Nowicki')
    h, _ = hdrs('gmail', frm, to, 'Fwd: Kacper N - chronology for Thursday\'s meeting', mkdate(2026, 1, 14, 17, 58), 'pd015')
    body = """to finish at home

---------- Forwarded message ---------
From: Tom Kellaway <t.kellaway@school.example>
Date: Wed, 14 Jan 2026 at 15:20
Subject: Kacper N - chronology for Thursday's meeting
To: Maria Kowalczyk <m.kowalczyk@school.example>
Cc: Nadia Osei <n.osei@school.example>


Hi Maria,

Here's what we have so far for the strategy meeting on Thursday. Could you add anything from your tutor notes, especially the conversations in Polish?

Kacper Nowicki, DOB %s, UPN %s
%s, %s %s
Lives with mum (Agnieszka) and her partner (Darren Vickers). Younger sister Zofia, 9, at St Mary's Primary.

08/10/25 - Kacper arrived without a coat in heavy rain, said there was no money for one. Breakfast given.
21/10/25 - Bruise on left cheek. Said he walked into a door. Logged.
04/11/25 - Told tutor (in Polish) that Darren "goes crazy when he drinks" and that he sleeps at a friend's when it happens.
13/11/25 - Police attended home address overnight (domestic incident, Operation Encompass notification received).
02/12/25 - Attendance 71%%. Mum did not attend parents' evening.
09/01/26 - Kacper said he had not eaten since lunch the previous day. Referral made to Children's Services (MASH) - ref 26/00173.

Tom
""" % (s['dob'], s['upn'], s['street'], s['town'], s['pc'])
    bnd = boundary('pd015', 'gmail')
    p = multipart('alternative', [text_part(body, charset='UTF-8', cte='quoted-printable'),
                                  text_part(to_html_gmail(body), subtype='html', charset='UTF-8', cte='quoted-printable')], bnd)
    emit(15, 'positive', 'safeguarding-to-personal', 'inline-forward', email_of(frm), rc(to), email_of(frm),
         'tutor forwards a safeguarding chronology (DOB, UPN, address, domestic abuse, MASH ref) to her personal webmail', message(h, p))

# ---------------------------------------------------------------- 016 card refund details to travel company (plain)
def m016():
    frm = staff('Lisa Brennan', 'l.brennan')
    to = [('Horizon School Travel - Accounts', 'accounts@horizonschooltravel.example')]
    s = student('pd016', 'Tom', 'Pearce')
    a = adult('pd016', 'Joanne', 'Pearce')
    exp = '%02d/%02d' % (random.Random('pd016e').randint(1, 12), 28)
    h, _ = hdrs('outlook', frm, to, 'Berlin trip HST-BER-26-0419 - refund for one student', mkdate(2026, 2, 4, 11, 3), 'pd016')
    body = """Hello,

One of our students has had to withdraw from the Berlin trip (booking HST-BER-26-0419) for medical reasons - he is having surgery on his knee on 16 March. As agreed with Darren on the phone, please could you refund the balance directly to the parent's card, as she paid you directly online.

Student: Tom Pearce, DOB %s
Parent: Mrs Joanne Pearce
Card: %s
Expiry: %s
Amount: 385.00

Please confirm once done so I can let her know.

Thanks,
Lisa Brennan
Finance Assistant
Aldermoor Sixth Form College
01632 960 431
""" % (s['dob'], a['card'], exp)
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(16, 'positive', 'card-details-refund', 'plain-7bit', email_of(frm), rc(to), email_of(frm),
         'finance assistant emails a travel company a parent\'s full card number and expiry plus a student\'s DOB and surgery', message(h, p))

# ---------------------------------------------------------------- 017 extenuating circumstances to university (html-only)
def m017():
    frm = staff('Fiona Blake', 'f.blake')
    to = [('Undergraduate Admissions', 'ugadmissions@kingsbridge.ac.example')]
    s = student('pd017', 'Olivia', 'Bennett')
    rng = random.Random('pd017ucas')
    ucas = '%03d-%03d-%04d' % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 9999))
    h, _ = hdrs('webmail', frm, to, 'Extenuating circumstances - applicant Olivia Bennett (%s)' % ucas, mkdate(2026, 1, 22, 16, 40), 'pd017')
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Admissions Tutor,</p>
<p>I am writing, with Olivia's permission, to give further context to her application for Medicine (A100).</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td><b>Applicant</b></td><td>Olivia Grace Bennett</td></tr>
<tr><td><b>UCAS Personal ID</b></td><td>%s</td></tr>
<tr><td><b>Date of birth</b></td><td>%s</td></tr>
<tr><td><b>ULN</b></td><td>%s</td></tr>
</table>
<p>In February of Year 12 Olivia was diagnosed with Crohn's disease and spent eleven days in the Royal Westmere Hospital, followed by a further admission in May. She missed around six weeks of teaching. During the same period her father was diagnosed with terminal cancer; he died in September 2025, a fortnight before her UCAS deadline.</p>
<p>Olivia has also been seen by CAMHS for anxiety and panic attacks since the summer and is currently on a waiting list for CBT. She has 25%% extra time and rest breaks in exams.</p>
<p>Despite this she is on track for A*AA. I would ask that her circumstances are taken into account when considering her interview performance and any offer.</p>
<p>Yours faithfully,</p>
<p>Fiona Blake<br>Senior Tutor (UCAS), Aldermoor Sixth Form College<br>01632 960 418</p>
</body></html>
""" % (ucas, s['dob'], s['uln'])
    p = text_part(html_, subtype='html', charset='UTF-8', cte='quoted-printable')
    emit(17, 'positive', 'ucas-extenuating-circumstances', 'html-only', email_of(frm), rc(to), email_of(frm),
         'senior tutor emails a university an applicant\'s DOB, ULN, UCAS ID, Crohn\'s diagnosis, bereavement and CAMHS history', message(h, p))

# ---------------------------------------------------------------- 018 seating plan with medical notes to invigilation agency (txt)
def m018():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [('Invigilate Direct', 'bookings@invigilate-direct.example')]
    people = [('Imogen', 'Tate', 'Type 1 diabetic - may test blood sugar / eat. Hypo kit on desk.'),
              ('Zainab', 'Hussain', 'Separate room (R2). Anxiety - rest breaks, may leave with invigilator.'),
              ('Ollie', 'Franks', 'Type 1 diabetic - pump alarm may sound.'),
              ('Harvey', 'Nolan', 'Crohn\'s - toilet breaks, seat near door, do not stop the clock.'),
              ('Alfie', 'Rudd', 'Tourette\'s syndrome - vocal tics, separate room (R3).'),
              ('Maisie', 'Doyle', 'ADHD - 50% extra time, prompter.')]
    lines = ['ALDERMOOR SFC - CENTRE %s - MON 19 JAN 2026 AM - SPORTS HALL / R2 / R3' % CENTRE, '',
             'Cand  Name                 DOB         ULN         Seat  Notes',
             '----  -------------------  ----------  ----------  ----  -----']
    for i, (f, l, note) in enumerate(people):
        s = student('pd018', f, l)
        lines.append('%s  %-19s  %s  %s  %-4s  %s' % (s['cand'], '%s %s' % (f, l), s['dob'], s['uln'], 'A%d' % (i + 3) if 'R2' not in note and 'R3' not in note else '-', note))
    att = '\r\n'.join(lines) + '\r\n'
    h, _ = hdrs('outlook', frm, to, 'Monday 19 Jan - candidates with arrangements (for your invigilators)', mkdate(2026, 1, 15, 15, 55), 'pd018')
    body = """Hi Paula,

For Monday morning, attached is the list of candidates with arrangements or medical needs that your three invigilators need to know about. Please make sure they read it before they arrive - I'll brief them at 8.30 as well.

Thanks,

%s
""" % SIG_EXAMS
    p = multipart('mixed', [outlook_alt('pd018', body), attach(att.encode('utf-8'), 'text/plain', 'Mon 19 Jan AM - arrangements.txt')], boundary('pd018', 'outlook'))
    emit(18, 'positive', 'exam-seating-medical', 'attach-txt', email_of(frm), rc(to), email_of(frm),
         'exams officer sends an invigilation agency a .txt of candidates with DOB, ULN and medical conditions', message(h, p))

# ---------------------------------------------------------------- 019 SEN transport to taxi firm (alternative)
def m019():
    frm = staff('Rebecca Thorne', 'r.thorne')
    to = [('Aldermoor Cars Bookings', 'bookings@aldermoorcars.example')]
    people = [('Ethan', 'Marsh', 'Autistic. Needs the same driver each day if at all possible; please don\'t rush him or play the radio.'),
              ('Sophie', 'Kirkbride', 'Wheelchair user (cerebral palsy) - needs WAV with ramp and clamps. Her PA travels with her.'),
              ('Callum', 'Reid', 'Epilepsy - buccal midazolam in his bag. Call 999 if seizure > 5 mins.')]
    rows = [['Student', 'DOB', 'Pick-up address', 'Parent contact', 'Needs']]
    for f, l, need in people:
        s = student('pd019', f, l)
        rows.append(['%s %s' % (f, l), s['dob'], '%s, %s %s' % (s['street'], s['town'], s['pc']), s['mob'], need])
    text = """Hi Gary,

Following the council's approval, here are the three students for the new SEN contract from Monday 3 November. Pick-ups 8.10-8.25, drop-off at the college main entrance; return 15.45 from the same place.

%s

Please ring me if there's any problem.

Rebecca Thorne
SENCo, Aldermoor Sixth Form College
""" % '\n'.join('%s | %s | %s | %s | %s' % tuple(r) for r in rows)
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<p class="MsoNormal">Hi Gary,</p><p class="MsoNormal">Following the council\'s approval, here are the three students for the new SEN contract from Monday 3 November. Pick-ups 8.10-8.25, drop-off at the college main entrance; return 15.45 from the same place.</p>'
             + html_table(rows) + '<p class="MsoNormal">Please ring me if there\'s any problem.</p><p class="MsoNormal">Rebecca Thorne<br>SENCo, Aldermoor Sixth Form College</p></body></html>\n')
    h, _ = hdrs('outlook', frm, to, 'SEN transport from 3 Nov - 3 students', mkdate(2025, 10, 29, 12, 6), 'pd019')
    p = multipart('alternative', [text_part(text, charset='utf-8', cte='quoted-printable'),
                                  text_part(htmlb, subtype='html', charset='utf-8', cte='base64')], boundary('pd019', 'outlook'))
    emit(19, 'positive', 'sen-transport', 'alternative', email_of(frm), rc(to), email_of(frm),
         'SENCo sends a taxi firm students\' DOBs, home addresses, parent phones and disability/medical needs', message(h, p))

# ---------------------------------------------------------------- 020 missing student to police (base64)
def m020():
    frm = staff('Nadia Osei', 'n.osei')
    to = [('Missing Persons Unit', 'missingpersons@westmereshire.police.example')]
    s = student('pd020', 'Lacey', 'Whitmore')
    h, _ = hdrs('outlook', frm, to, 'Missing student - Lacey Whitmore - further information (your ref WP-26-04418)', mkdate(2026, 2, 19, 21, 14), 'pd020')
    body = """PC Dhillon,

Further to our call this evening, here is the information I have for Lacey.

Name: Lacey Jade Whitmore
DOB: %s
NHS number: %s
Home address: %s, %s, %s (lives with her grandmother, Mrs Irene Whitmore, special guardianship order)
Lacey's mobile: %s
Grandmother: %s

Description: white, 5'4", slim, long dyed red hair, nose piercing. Last seen leaving college at 13:10 today wearing a black North Face puffer and grey joggers.

Concerns: Lacey has been open to Children's Services (CSE risk) since last year. Staff have seen her being collected by older males in a grey Audi; one is known to her as "Kaz". She has self-harmed in the past and takes fluoxetine. She has gone missing twice before (October and December) and was found in Birmingham on both occasions.

Friends at college: Shannon Hartigan, Kyle Preece.

I'm on my mobile all night: 07700 900 651.

Nadia Osei
Designated Safeguarding Lead, Aldermoor Sixth Form College
""" % (s['dob'], s['nhs'], s['street'], s['town'], s['pc'], s['mob'], s['home'])
    p = text_part(body, charset='utf-8', cte='base64')
    emit(20, 'positive', 'missing-student-police', 'base64', email_of(frm), rc(to), email_of(frm),
         'DSL emails police unencrypted details of a missing student: DOB, NHS number, address, CSE concerns, medication', message(h, p))

# ---------------------------------------------------------------- 021 MIS export to software vendor (zip)
def m021():
    frm = staff('Daniel Whitlock', 'd.whitlock')
    to = [('Ledgerline Support', 'support@ledgerline.example')]
    people = [('Ava', 'Thornton', 'F', 'WBRI'), ('Bilal', 'Chaudhry', 'M', 'APKN'), ('Chloe', 'Sparrow', 'F', 'WBRI'),
              ('Dominika', 'Nowak', 'F', 'WPOL'), ('Ethan', 'Marsh', 'M', 'WBRI'), ('Funmi', 'Adebayo', 'F', 'BAFR'),
              ('George', 'Ashby', 'M', 'WBRI'), ('Hana', 'Yilmaz', 'F', 'WTUR'), ('Isaac', 'Morley', 'M', 'MWBC'),
              ('Jasmine', 'Clarke', 'F', 'WBRI'), ('Kacper', 'Nowicki', 'M', 'WPOL'), ('Layla', 'Hussain', 'F', 'APKN')]
    rows = [['UPN', 'ULN', 'Surname', 'Forename', 'DOB', 'Gender', 'Ethnicity', 'SEN', 'Date', 'AM', 'PM', 'Error']]
    rng = random.Random('pd021')
    for f, l, g, e in people:
        s = student('pd021', f, l)
        rows.append([s['upn'], s['uln'], l, f, s['dob'], g, e, rng.choice(['N', 'N', 'K', 'E']), '2026-02-09', rng.choice(['/', 'N', 'M']), rng.choice(['\\', 'N', 'L']), 'ERR_442 duplicate mark'])
    z = zipfiles([('case88213/failing_rows_2026-02-09.csv', csv_text(rows)),
                  ('case88213/import.log', 'IMPORT attendance 2026-02-09 08:14:22\r\n12 rows rejected: ERR_442 duplicate mark for session\r\n')],
                 dt=(2026, 2, 10, 9, 30, 0))
    h, _ = hdrs('outlook', frm, to, 'Case 88213 - attendance import failing (sample rows attached)', mkdate(2026, 2, 10, 9, 41), 'pd021')
    body = """Hi,

Following up case 88213. The overnight attendance import has rejected the same 12 rows three nights running with ERR_442. I've zipped up the failing rows straight from the export and the import log so you can reproduce it.

Could you let me know today if possible? We have our census return due.

Thanks,
Daniel Whitlock
Data & MIS Manager
Aldermoor Sixth Form College
"""
    p = multipart('mixed', [outlook_alt('pd021', body), attach(z, 'application/x-zip-compressed', 'case88213.zip')], boundary('pd021', 'outlook'))
    emit(21, 'positive', 'mis-export-to-vendor', 'attach-zip', email_of(frm), rc(to), email_of(frm),
         'MIS manager sends a software vendor a zip of real student rows with UPN, ULN, DOB, ethnicity and SEN codes', message(h, p))

# ---------------------------------------------------------------- 022 occupational health referral (qp)
def m022():
    frm = staff('Joanne Fairweather', 'j.fairweather')
    to = [('Clearview OH Referrals', 'referrals@clearview-oh.example')]
    a = adult('pd022', 'Graham', 'Stokes', 1966, 1975)
    h, _ = hdrs('outlook', frm, to, 'Management referral – Graham Stokes', mkdate(2026, 3, 2, 14, 20), 'pd022')
    body = """Dear Clearview team,

Please accept this management referral. Graham is aware of and has consented to the referral.

Employee: Graham Stokes
Date of birth: %s
NI number: %s
Home address: %s, %s, %s
Mobile: %s
Role: Technician (Science), 37 hours, employed since 2004

Absence: 47 working days in the last 12 months – 12 days (lumbar disc surgery, June 2025), 35 days (depression and anxiety, fit notes since 12 January 2026, currently signed off until 16 March).

Graham has told his line manager he is taking sertraline and has been referred to talking therapies by his GP. He also mentioned that his marriage has broken down and he is sleeping at his brother’s.

Questions for OH:
1. Is he fit to return to work, and when?
2. Are any adjustments recommended (phased return, reduced lifting)?
3. Is the condition likely to be considered a disability under the Equality Act?

Kind regards,
Joanne Fairweather
HR Manager
""" % (a['dob'], a['nino'], a['street'], a['town'], a['pc'], a['mob'])
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(22, 'positive', 'occupational-health-referral', 'qp', email_of(frm), rc(to), email_of(frm),
         'HR sends an occupational health provider a staff member\'s DOB, NI number, address and mental/physical health history', message(h, p))

# ---------------------------------------------------------------- 023 special consideration (flowed)
def m023():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [('NME Special Consideration', 'specialconsideration@nme-exams.example')]
    a = student('pd023', 'Bethany', 'Cartwright')
    b = student('pd023', 'Samir', 'Qureshi')
    h, _ = hdrs('tb', frm, to, 'Special consideration - centre %s - 2 candidates (Jan series)' % CENTRE, mkdate(2026, 1, 23, 12, 30), 'pd023')
    body = """Dear Special Consideration team,

The online portal is down this morning so, as advised on your helpline, I am sending these two applications by email.

1. Bethany Cartwright, candidate %s, ULN %s, DOB %s
Unit: Psychology paper 1 (sat 14 January)
Bethany's mother died suddenly on 11 January, three days before the exam. She chose to sit the paper. Death certificate seen by the centre. Requesting the maximum allowance (5%%).

2. Samir Qureshi, candidate %s, ULN %s, DOB %s
Unit: Maths Pure 1 (sat 19 January)
Samir was taken ill during the exam with severe abdominal pain and left after 50 minutes. He was admitted to Royal Westmere Hospital the same afternoon and had his appendix removed. Hospital discharge letter held on file.

Both candidates' tutors and the Head of Centre have signed the forms.

Regards,
%s
""" % (a['cand'], a['uln'], a['dob'], b['cand'], b['uln'], b['dob'], SIG_EXAMS)
    p = text_part(flowed(body), charset='UTF-8', cte='8bit', flow=True)
    emit(23, 'positive', 'special-consideration', 'flowed', email_of(frm), rc(to), email_of(frm),
         'exams officer emails an awarding body two special consideration cases with ULN, DOB, bereavement and hospital details', message(h, p))

# ---------------------------------------------------------------- 024 foodbank / community pantry referral (hard-wrapped)
def m024():
    frm = staff('Amy Lund', 'a.lund')
    to = [('Community Pantry Referrals', 'referrals@aldermoorpantry.example')]
    p1 = adult('pd024', 'Kelly', 'Sparrow', 1983, 1988)
    kid1 = student('pd024', 'Chloe', 'Sparrow')
    r = random.Random('pd024k')
    kid2 = '%02d/%02d/%d' % (r.randint(1, 28), r.randint(1, 12), 2014)
    kid3 = '%02d/%02d/%d' % (r.randint(1, 28), r.randint(1, 12), 2019)
    h, _ = hdrs('webmail', frm, to, 'Referral - Sparrow family', mkdate(2025, 12, 17, 10, 44), 'pd024')
    body = """Hi Bev,

I'd like to refer one of our families for emergency food parcels over Christmas, and for the debt advice drop-in if there are still places. Mum has given consent.

Parent: Kelly Sparrow, DOB %s, NI %s
Address: %s, %s, %s
Phone: %s

Children in household:
- Chloe Sparrow, DOB %s (our student, Year 12, young carer)
- Mason Sparrow, DOB %s (Brinkley Primary)
- Evie-Rose Sparrow, DOB %s

Circumstances: Kelly left her partner in October following domestic abuse (police and IDVA involved, he has a non-molestation order). She is waiting for her Universal Credit to be switched to a single claim and currently has about £40 a week after rent. She has rent arrears of £1,150 and a gas debt. Kelly has MS and Chloe does most of the caring and shopping. Chloe has been coming in without lunch.

Please don't send anything to the old address and don't leave messages with anyone other than Kelly.

Many thanks,
Amy Lund
Student Services Manager
Aldermoor Sixth Form College
01632 960 402
""" % (p1['dob'], p1['nino'], p1['street'], p1['town'], p1['pc'], p1['mob'], kid1['dob'], kid2, kid3)
    p = text_part(hardwrap(body, 74), charset='UTF-8', cte='quoted-printable')
    emit(24, 'positive', 'foodbank-referral', 'hard-wrapped', email_of(frm), rc(to), email_of(frm),
         'student services refers a family to a community pantry with parent NI number, children\'s DOBs, abuse and health details', message(h, p))

# ---------------------------------------------------------------- 025 reply to parent disclosing another student (reply-quoted)
def m025():
    frm = staff('Chris Oduya', 'c.oduya')
    to = [('Leanne Buckley', 'leanneb82@mailbox.example')]
    d = student('pd025', 'Dylan', 'Hughes')
    h, _ = hdrs('gmail', frm, to, 'Re: Incident in the canteen yesterday', mkdate(2026, 3, 11, 18, 2), 'pd025',
                irt=mkid('pd025o', 'mailbox.example', 'other'), refs=mkid('pd025o', 'mailbox.example', 'other'))
    body = """Dear Mrs Buckley,

Thank you for your email and I'm sorry Mollie was so upset.

I can reassure you we are taking it seriously. To give you some context, Dylan Hughes (DOB %s) has ADHD and an EHCP, and he is on a reduced timetable at the moment while his medication (Elvanse) is reviewed. Things at home are very difficult for him - his mum is in hospital and he is staying with his aunt - which I think explains a lot of his behaviour this week. He has a history of outbursts but has never been physical before.

He has been removed from the canteen at lunchtime for the rest of the term and will eat in the Learning Support base. Mollie won't need to see him in her lessons.

Please do ring me if you want to talk it through.

Kind regards,
Chris Oduya
Tutor 12C

On Tue, 10 Mar 2026 at 21:14, Leanne Buckley <leanneb82@mailbox.example> wrote:
> Mr Oduya,
>
> Mollie came home in tears again today. That boy Dylan shouted in her
> face in the canteen and threw her tray on the floor. This is the third
> time. What are you going to do about it? I want to know why he is
> still allowed near her.
>
> Leanne Buckley
""" % d['dob']
    p = text_part(body, charset='UTF-8', cte='7bit')
    emit(25, 'positive', 'third-party-disclosure', 'reply-quoted', email_of(frm), rc(to), email_of(frm),
         'tutor replies to a parent disclosing another student\'s DOB, ADHD, EHCP, medication and family situation', message(h, p))

# ---------------------------------------------------------------- 026 FSM + allergy list to catering contractor (docx)
def m026():
    frm = staff('Sana Mirza', 's.mirza')
    to = [('Greenleaf Catering - Site Manager', 'aldermoor.site@greenleafcatering.example')]
    people = [('Aisha', 'Begum', 'Care leaver', 'None'), ('Tom', 'Pearce', 'Universal Credit', 'Coeliac - strict gluten free'),
              ('Bilal', 'Chaudhry', 'Universal Credit', 'ANAPHYLAXIS peanut & tree nut - EpiPen'),
              ('Amira', 'Haddad', 'Looked after (Westmereshire CC)', 'Halal'),
              ('Mohammed', 'Rafiq', 'Universal Credit', 'Halal'), ('Reece', 'Barker', 'Universal Credit', 'None'),
              ('Precious', 'Adeyemi', 'Universal Credit', 'Sickle cell - must have water available'),
              ('Jordan', 'Kelsall', 'Universal Credit', 'Lactose intolerant')]
    rows = [['Name', 'DOB', 'Student ID', 'Eligibility', 'Dietary / medical']]
    for f, l, el, diet in people:
        s = student('pd004', f, l)
        rows.append(['%s %s' % (f, l), s['dob'], s['sid'], el, diet])
    d = docx([('h', 'Free meals – eligible students – spring term 2026'),
              ('p', 'Daily allowance £3.05 loaded to ID card. Please do not discuss eligibility with students at the till.'),
              ('table', rows)], creator='Sana Mirza', title='Free meals spring 2026', dt=(2026, 1, 5, 8, 40, 0))
    h, _ = hdrs('outlook', frm, to, 'Free meals list for spring term', mkdate(2026, 1, 5, 8, 52), 'pd026')
    body = """Morning Dawn,

Updated free meals list for the spring term attached – there are two new students (Precious and Jordan). I've put allergy and dietary info in the last column so your team can check at the till.

Thanks,
Sana
"""
    p = multipart('mixed', [outlook_alt('pd026', body), attach(d, DOCX_CT, 'Free meals list - spring 2026.docx')], boundary('pd026', 'outlook'))
    emit(26, 'positive', 'free-meals-list', 'attach-docx', email_of(frm), rc(to), email_of(frm),
         'bursary officer sends the catering contractor a Word list of free-meals students with DOB, eligibility reason and allergies', message(h, p))

# ---------------------------------------------------------------- 027 placement list to employer network (cp1252 qp)
def m027():
    frm = staff('Martin Cole', 'm.cole')
    to = [('Westmere Chamber Placements', 'placements@westmere-chamber.example')]
    people = [('Harriet', 'Clough', 'Hartwell Foods (Quality lab)', 'Dyslexia. Mild asthma – inhaler.'),
              ('Josh', 'Kemp', 'Brindley Precision', 'None'),
              ('Grace', 'Holloway', 'Aldermoor Vets', 'Severe asthma – hospital admission Oct; needs inhaler on her at all times.'),
              ('Amira', 'Haddad', 'Westmere Housing (office)', 'Looked after child – social worker must approve any change of placement.'),
              ('Jamal', 'Okafor', 'Severn Valley Radio', 'Type 2 diabetes.')]
    lines = []
    for f, l, emp, med in people:
        s = student('pd027', f, l)
        lines.append('• %s %s (DOB %s), %s, %s %s – %s\n   Medical/other: %s\n   Emergency contact: %s' %
                     (f, l, s['dob'], s['street'], s['town'], s['pc'], emp, med, s['mob']))
    h, _ = hdrs('outlook', frm, to, 'Work experience week 23–27 Feb – student details', mkdate(2026, 2, 9, 15, 31), 'pd027')
    body = """Hi Sarah,

As requested for the Chamber’s insurance and health & safety checks, here are the students placed through the scheme for the week of 23 February.

%s

I’ll send the signed parental consent forms in the post.

Many thanks,
Martin Cole
Careers Adviser
""" % '\n\n'.join(lines)
    p = text_part(body, charset='windows-1252', cte='quoted-printable')
    emit(27, 'positive', 'placement-student-details', 'cp1252', email_of(frm), rc(to), email_of(frm),
         'careers adviser emails an employer network students\' DOBs, home addresses, medical and looked-after status', message(h, p))

# ---------------------------------------------------------------- 028 pension enrolment forwarded as attachment (rfc822)
def m028():
    frm = staff('Joanne Fairweather', 'j.fairweather')
    to = [('EPA Enrolments', 'enrolments@epa-pensions.example')]
    people = [('Aisha', 'Rahman', 'Teacher', '£36,413'), ('Thomas', 'Kellaway', 'Pastoral Manager', '£31,020'),
              ('Owen', 'Llewellyn', 'LSA (0.8 FTE)', '£19,870')]
    lines = []
    for f, l, job, sal in people:
        a = adult('pd005', f, l, 1968, 1999)
        lines.append('%s %s - DOB %s - NI %s - %s - salary %s - %s, %s %s' % (f, l, a['dob'], a['nino'], job, sal, a['street'], a['town'], a['pc']))
    inner_h, _ = hdrs('outlook', staff('Karen Holt', 'k.holt'), [staff('Joanne Fairweather', 'j.fairweather')],
                      'Pension enrolment - autumn starters', mkdate(2025, 11, 3, 11, 15), 'pd028in')
    inner_body = """Hi Jo,

Here are the autumn starters who need enrolling in the pension scheme (none opted out):

%s

Can you pass these on to EPA?

Karen
Payroll & HR Assistant
""" % '\n'.join(lines)
    inner = message(inner_h, text_part(inner_body, charset='utf-8', cte='quoted-printable'))
    h, _ = hdrs('outlook', frm, to, 'FW: Pension enrolment - autumn starters', mkdate(2025, 11, 3, 14, 2), 'pd028')
    body = """Hello,

Please see attached enrolment details for three new members of staff at Aldermoor Sixth Form College (employer ref AL-0447).

Regards,
Joanne Fairweather
HR Manager
"""
    p = multipart('mixed', [outlook_alt('pd028', body), rfc822_part(inner, 'Pension enrolment - autumn starters.msg.eml')], boundary('pd028', 'outlook'))
    emit(28, 'positive', 'pension-enrolment', 'rfc822-forward', email_of(frm), rc(to), email_of(frm),
         'HR forwards to a pension administrator an attached internal email with staff DOBs, NI numbers, salaries and addresses', message(h, p))

# ---------------------------------------------------------------- 029 "anonymised" dataset that is not (html-only)
def m029():
    frm = staff('Daniel Whitlock', 'd.whitlock')
    to = [('Dr Helen Voss', 'h.voss@severnside.ac.example')]
    people = [('Ava', 'Thornton', 'N', 'N', 'Withdrawn', 'Mental health'), ('Connor', 'Whitfield', 'Y', 'N', 'Withdrawn', 'Attendance / police'),
              ('Leah', 'Morrow', 'N', 'K', 'Withdrawn', 'Medical (eating disorder)'), ('Kyle', 'Preece', 'Y', 'N', 'Withdrawn', 'Caring responsibilities'),
              ('Shannon', 'Hartigan', 'Y', 'N', 'Withdrawn', 'Pregnancy'), ('Isaac', 'Morley', 'N', 'E', 'Retained', ''),
              ('Hana', 'Yilmaz', 'N', 'N', 'Retained', ''), ('Funmi', 'Adebayo', 'Y', 'K', 'Retained', '')]
    rows = [['Student', 'ULN', 'DOB', 'FSM', 'SEN', 'Outcome', 'Withdrawal reason']]
    for f, l, fsm, sen, out, why in people:
        s = student('pd013' if l in ('Whitfield', 'Morrow', 'Preece', 'Hartigan') else 'pd021', f, l)
        rows.append(['%s %s' % (f, l), s['uln'], s['dob'], fsm, sen, out, why])
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Helen,</p>
<p>Here's the first extract for the retention study as discussed &ndash; I've pasted it in rather than attaching because our system blocks .csv attachments to external addresses. It's the anonymised version (no addresses or phone numbers). Full cohort to follow once you've confirmed the format is OK.</p>
%s
<p>SEN codes: K = SEN support, E = EHCP, N = none.</p>
<p>Cheers,<br>Dan</p>
<p style="font-size:9pt;color:#666">Daniel Whitlock | Data &amp; MIS Manager | Aldermoor Sixth Form College</p>
</body></html>
""" % html_table(rows)
    h, _ = hdrs('outlook', frm, to, 'Retention study - first extract (anonymised)', mkdate(2026, 3, 19, 16, 25), 'pd029')
    p = text_part(html_, subtype='html', charset='utf-8', cte='quoted-printable')
    emit(29, 'positive', 'pseudo-anonymised-extract', 'html-only', email_of(frm), rc(to), email_of(frm),
         'MIS manager sends a researcher an "anonymised" table that still has names, ULNs, DOBs, SEN and withdrawal reasons', message(h, p))

# ---------------------------------------------------------------- 030 hospital school handover (mobile)
def m030():
    frm = staff('Ellie Prentice', 'e.prentice')
    to = [('Rowan House Education', 'teachers@rowanhouse.sch.example')]
    s = student('pd030', 'Jess', 'Marlow')
    h, _ = hdrs('iphone', frm, to, 'Jess Marlow', mkdate(2026, 4, 24, 7, 26), 'pd030')
    body = """Hi Sue, quick one before I go into lessons. Jess Marlow DOB %s, NHS %s is being discharged from the unit on Tuesday and will do mornings with you for 2 weeks before coming back to us. She's on sertraline 50mg and mum says she's still barely eating and cutting again. Can you keep an eye and let me know how she is? Her mum's number is %s.

Thanks so much
Ellie

Sent from my iPhone""" % (s['dob'], s['nhs'], s['mob'])
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(30, 'positive', 'hospital-school-handover', 'mobile', email_of(frm), rc(to), email_of(frm),
         'teacher emails a hospital school from her phone with a student\'s DOB, NHS number, medication and self-harm', message(h, p))

# ============================================================================ negatives 031-060
def m031():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [staff('Rebecca Thorne', 'r.thorne')]
    cc = [staff('Priya Sandhu', 'p.sandhu')]
    people = [('Harriet', 'Clough', '25% extra time; rest breaks', 'Dyslexia'), ('Noah', 'Fletcher', 'Reader; 25% extra time', 'Visual processing'),
              ('Zainab', 'Hussain', 'Separate invigilation', 'Anxiety (CAMHS)'), ('Kieran', 'Walsh', 'Word processor', 'DCD'),
              ('Maisie', 'Doyle', '50% extra time; prompter', 'ADHD'), ('Dylan', 'Hughes', 'Scribe', 'Broken wrist (temp)'),
              ('Imogen', 'Tate', 'Supervised rest breaks', 'Type 1 diabetes')]
    rows = [['Candidate No', 'Surname', 'Forename', 'DOB', 'ULN', 'Arrangement(s)', 'Basis']]
    for f, l, arr, b in people:
        s = student('pd001', f, l) if l != 'Tate' else student('pd011', f, l)
        rows.append([s['cand'], l.upper(), f, s['dob'], s['uln'], arr, b])
    h, _ = hdrs('outlook', frm, to, 'AA list for Jan series - please check before I submit', mkdate(2026, 1, 6, 9, 15), 'pd031', cc=cc)
    body = """Hi Rebecca,

Before I submit the applications on the portal, could you and Priya check the attached list against your records? In particular I haven't got a Form 8 for Dylan yet (temporary injury) and I wasn't sure whether Imogen needs anything formal.

Thanks,
Gareth
"""
    p = multipart('mixed', [outlook_alt('pd031', body), attach(csv_text(rows).encode('utf-8'), 'text/csv', 'AA list Jan26 - check.csv')], boundary('pd031', 'outlook'))
    emit(31, 'negative', 'internal-aa-list', 'attach-csv', email_of(frm), rc(to, cc), email_of(frm),
         'internal only: exams officer sends the SENCo the access arrangements CSV with DOB, ULN and conditions', message(h, p))

def m032():
    frm = staff('Nadia Osei', 'n.osei')
    to = [staff('Tom Kellaway', 't.kellaway')]
    s = student('pd015', 'Kacper', 'Nowicki')
    h, _ = hdrs('outlook', frm, to, 'Kacper N - update after strategy meeting', mkdate(2026, 1, 16, 16, 48), 'pd032')
    body = """Tom,

Quick update for CPOMS after today's strategy meeting (I'll add the minutes when they arrive).

Kacper Nowicki, DOB %s, UPN %s.

- Section 47 enquiry agreed. Social worker is Lorna Beck (Westmereshire CSC, 01632 960 772).
- Darren Vickers has agreed to move out while the enquiry takes place. Police to check.
- We are to provide breakfast daily and a check-in with you every morning.
- Maria to keep a note of anything Kacper says in Polish and log it the same day.
- Next review: 30 January.

Please can you make sure his tutor-group teachers know he may be late and not to challenge it publicly.

Thanks,
Nadia
""" % (s['dob'], s['upn'])
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(32, 'negative', 'internal-safeguarding', 'plain-7bit', email_of(frm), rc(to), email_of(frm),
         'internal only: DSL updates the deputy DSL about a section 47 enquiry for a named student with DOB and UPN', message(h, p))

def m033():
    frm = ('Dr Abena Mensah', 'abena.mensah@wmpt.nhs.example')
    to = [staff('Nadia Osei', 'n.osei')]
    s = student('pd003', 'Holly', 'Brennan-Waite')
    h, _ = hdrs('outlook', frm, to, 'Discharge from CAMHS - Holly Brennan-Waite', mkdate(2026, 4, 14, 11, 9), 'pd033')
    body = """Dear Ms Osei,

I am writing with Holly's and her mother's consent to let you know that Holly has been discharged from the CAMHS Community Team following her final review on 10 April.

Name: Holly Brennan-Waite
DOB: %s
NHS number: %s

Holly engaged well with 12 sessions of CBT. She has not self-harmed since January and her weight has returned to the healthy range. She will continue to see her GP monthly for a medication review (fluoxetine 20mg). If there are any further concerns, the college can re-refer through the Single Point of Access.

Her relapse prevention plan is attached to her GP letter; Holly is happy for you to have a copy if you ask her.

Kind regards,

Dr Abena Mensah
Clinical Psychologist, CAMHS Community Team
Westmere Partnership NHS Trust
""" % (s['dob'], s['nhs'])
    p = multipart('alternative', [text_part(body, charset='utf-8', cte='quoted-printable'),
                                  text_part(to_html_outlook(body, 'Arial'), subtype='html', charset='utf-8', cte='quoted-printable')], boundary('pd033', 'outlook'))
    emit(33, 'negative', 'inbound-camhs-letter', 'alternative', email_of(frm), rc(to), None,
         'inbound: CAMHS clinician tells the DSL a student has been discharged, with NHS number and DOB', message(h, p))

def m034():
    frm = ('Dawn Hollis', 'dawn.hollis@example.org')
    to = [staff('Bursary Office', 'bursary')]
    a = adult('pd034', 'Dawn', 'Hollis')
    h, _ = hdrs('iphone', frm, to, 'Bank details for Josh', mkdate(2025, 10, 1, 20, 41), 'pd034')
    body = """Hi, you asked for my bank details for Josh Hollis's bursary payments (12F). They are

Name: Mrs D Hollis
Sort code: %s
Account: %s

Thanks
Dawn

Sent from my iPhone""" % (a['sc'], a['acct'])
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(34, 'negative', 'inbound-parent-bank-details', 'mobile', email_of(frm), rc(to), None,
         'inbound: a parent emails her own sort code and account number to the bursary office', message(h, p))

def m035():
    frm = staff('Joanne Fairweather', 'j.fairweather')
    to = [('Castlegate Payroll - Starters', 'starters@castlegatepayroll.example')]
    h, _ = hdrs('outlook', frm, to, 'New starters - November payroll', mkdate(2025, 11, 14, 15, 30), 'pd035')
    h = [('X-MS-Has-Attach: yes' if x.startswith('X-MS-Has-Attach') else x) for x in h]
    part = Part(['Content-Type: application/pkcs7-mime; smime-type=enveloped-data;\n\tname="smime.p7m"',
                 'Content-Disposition: attachment; filename="smime.p7m"',
                 'Content-Transfer-Encoding: base64'], b64wrap(smime_blob('pd035', 3100)))
    emit(35, 'negative', 'smime-payroll', 'smime', email_of(frm), rc(to), email_of(frm),
         'HR sends new starter details to the payroll bureau S/MIME-encrypted (body only readable by recipient)', message(h, part))

def m036():
    frm = staff('Nadia Osei', 'n.osei')
    to = [('Westmereshire MASH', 'mash.secure@westmereshire.gov.example')]
    h, _ = hdrs('tb', frm, to, 'Referral - Aldermoor SFC - 09/01/2026', mkdate(2026, 1, 9, 13, 2), 'pd036')
    bnd = boundary('pd036', 'tb')
    p = multipart('encrypted', [
        Part(['Content-Type: application/pgp-encrypted', 'Content-Description: PGP/MIME version identification'], b'Version: 1\n'),
        Part(['Content-Type: application/octet-stream; name="encrypted.asc"', 'Content-Description: OpenPGP encrypted message',
              'Content-Disposition: inline; filename="encrypted.asc"'], pgp_armor('pd036', 1900).encode())],
        bnd, params=' protocol="application/pgp-encrypted";', preamble='This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)')
    emit(36, 'negative', 'pgp-mash-referral', 'pgp', email_of(frm), rc(to), email_of(frm),
         'DSL sends a MASH referral PGP/MIME-encrypted to the local authority', message(h, p))

def m037():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [('NME Access Arrangements', 'accessarrangements@nme-exams.example')]
    people = [('Harriet', 'Clough', 'Dyslexia; processing SS 78'), ('Noah', 'Fletcher', 'Visual processing; SS 82'),
              ('Maisie', 'Doyle', 'ADHD; consultant letter')]
    rows = [['Candidate No', 'Name', 'DOB', 'ULN', 'Evidence']]
    for f, l, ev in people:
        s = student('pd001', f, l)
        rows.append([s['cand'], '%s %s' % (f, l), s['dob'], s['uln'], ev])
    z = zip_encrypted([('AA evidence inspection %s.csv' % CENTRE, csv_text(rows))], 'Fh7!qLw2-Aldm', 'pd037', dt=(2026, 2, 2, 10, 5, 0))
    h, _ = hdrs('outlook', frm, to, 'Centre %s - inspection sample AA/26/12044 (password protected)' % CENTRE, mkdate(2026, 2, 2, 10, 11), 'pd037')
    body = """Dear Access Arrangements team,

Please find attached the inspection sample you requested under reference AA/26/12044. The file is password protected. I will phone your team on 01632 960 900 with the password this afternoon, as agreed with your colleague.

Kind regards,

%s
""" % SIG_EXAMS
    p = multipart('mixed', [outlook_alt('pd037', body), attach(z, 'application/x-zip-compressed', 'AA sample 12044.zip')], boundary('pd037', 'outlook'))
    emit(37, 'negative', 'password-zip-awarding-body', 'zip-encrypted', email_of(frm), rc(to), email_of(frm),
         'exams officer sends candidate evidence to an awarding body in a ZipCrypto password-protected zip, password by phone', message(h, p))

def m038():
    frm = staff('Finance Office', 'finance')
    to = [('Aldermoor Judo Club', 'treasurer@aldermoorjudo.example')]
    rng = random.Random('pd038college')
    sc, acct = make_bank(rng)
    rows = [['Date', 'Description', 'Hours', 'Rate', 'Amount'],
            ['06/01/2026', 'Sports Hall hire (Tues 18:00-21:00)', '3', '£32.00', '£96.00'],
            ['13/01/2026', 'Sports Hall hire (Tues 18:00-21:00)', '3', '£32.00', '£96.00'],
            ['20/01/2026', 'Sports Hall hire (Tues 18:00-21:00)', '3', '£32.00', '£96.00'],
            ['27/01/2026', 'Sports Hall hire (Tues 18:00-21:00)', '3', '£32.00', '£96.00'],
            ['', '', '', 'VAT exempt', '£0.00'], ['', '', '', 'TOTAL DUE', '£384.00']]
    text = """Dear Mr Halstead,

Please find below invoice INV-2026-00318 for hire of the Sports Hall in January 2026.

%s

Payment terms: 30 days. Please pay by BACS quoting INV-2026-00318 as the reference:

Account name: Aldermoor Sixth Form College
Sort code: %s
Account number: %s

Any queries, please contact the Finance Office on 01632 960 430.

Finance Office
Aldermoor Sixth Form College, Meadowbank Road, Aldermoor SY9 4DL
""" % (table_text(rows), sc, acct)
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">'
             '<p>Dear Mr Halstead,</p><p>Please find below invoice <b>INV-2026-00318</b> for hire of the Sports Hall in January 2026.</p>'
             + html_table(rows) +
             '<p>Payment terms: 30 days. Please pay by BACS quoting INV-2026-00318 as the reference:</p>'
             '<p>Account name: Aldermoor Sixth Form College<br>Sort code: %s<br>Account number: %s</p>'
             '<p>Any queries, please contact the Finance Office on 01632 960 430.</p>'
             '<p>Finance Office<br>Aldermoor Sixth Form College, Meadowbank Road, Aldermoor SY9 4DL</p></body></html>\n') % (sc, acct)
    h, _ = hdrs('outlook', frm, to, 'Invoice INV-2026-00318 - Sports Hall hire January', mkdate(2026, 2, 2, 12, 15), 'pd038')
    p = multipart('alternative', [text_part(text, charset='utf-8', cte='quoted-printable'),
                                  text_part(htmlb, subtype='html', charset='utf-8', cte='quoted-printable')], boundary('pd038', 'outlook'))
    emit(38, 'negative', 'invoice-own-bank-details', 'alternative', email_of(frm), rc(to), email_of(frm),
         'finance office invoices a sports club for hall hire, showing the college\'s own sort code and account', message(h, p))

def m039():
    frm = staff('Kerry Tomlin', 'k.tomlin')
    to = [('Penfold Office Supplies', 'orders@penfold-supplies.example')]
    h, _ = hdrs('outlook', frm, to, 'Order - PO 77341 - exams stationery', mkdate(2026, 4, 13, 10, 40), 'pd039')
    body = """Hello,

Please could we order the following on account 40-ALD-0192, PO 77341:

PEN-BK-50    Black ballpoint pens, box of 50       x 12
PCL-CLR-A5   Clear pencil cases A5                 x 200
ENV-C4-WIN   C4 window envelopes, box of 250       x 4
LAB-L7160    Address labels 21 per sheet, 100 sh   x 2
CLK-WALL-30  30cm silent wall clock                x 3

Delivery to: Exams Office (E1), Aldermoor Sixth Form College, Meadowbank Road, Aldermoor SY9 4DL. Goods in is open 8am-3pm. Please call 01632 960 414 on arrival.

We need the clocks before 5 May if at all possible.

Thanks,
Kerry Tomlin
Exams Assistant
"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(39, 'negative', 'supplier-order', 'plain-7bit', email_of(frm), rc(to), email_of(frm),
         'exams assistant orders stationery with account, PO, product codes and the college phone number', message(h, p))

def m040():
    frm = staff('Daniel Whitlock', 'd.whitlock')
    to = [('Post-16 Data Team', 'post16data@westmereshire.gov.example')]
    subs = [('Biology', 84, 21.4, 52.4, 96.4), ('Business', 61, 13.1, 41.0, 98.4), ('Chemistry', 57, 26.3, 56.1, 94.7),
            ('Computer Science', 33, 18.2, 45.5, 93.9), ('English Literature', 48, 22.9, 60.4, 100.0), ('History', 52, 19.2, 55.8, 98.1),
            ('Mathematics', 96, 34.4, 61.5, 96.9), ('Psychology', 112, 15.2, 44.6, 97.3), ('Sociology', 74, 12.2, 47.3, 98.6)]
    rows = [['Subject', 'Entries', '% A*-A', '% A*-B', '% A*-E']] + [list(x) for x in subs]
    summary = [['Measure', '2024', '2025'], ['A-level entries', 598, 617], ['Average point score per entry', 34.6, 35.2],
               ['% students achieving AAB+ (2 facilitating)', 18.9, 20.3], ['Retention (%)', 93.1, 94.0],
               ['Students with SEN support (count)', 142, 151], ['Disadvantaged students (count)', 311, 326]]
    x = xlsx([('By subject 2025', rows), ('Headline', summary)], dt=(2025, 10, 22, 9, 0, 0))
    h, _ = hdrs('outlook', frm, to, 'Aldermoor SFC - 2025 results return (aggregate)', mkdate(2025, 10, 22, 9, 14), 'pd040')
    body = """Hi Jas,

Attached is our aggregate 2025 results return, by subject and headline measures, for the county post-16 report. No individual student data is included; subjects with fewer than 10 entries have been removed.

Regards,
Daniel Whitlock
Data & MIS Manager
"""
    p = multipart('mixed', [outlook_alt('pd040', body), attach(x, XLSX_CT, 'ASFC 2025 results aggregate.xlsx')], boundary('pd040', 'outlook'))
    emit(40, 'negative', 'aggregate-results', 'attach-xlsx', email_of(frm), rc(to), email_of(frm),
         'MIS manager sends the LA an aggregate results spreadsheet by subject with no individual data', message(h, p))

def m041():
    frm = staff('Priya Sandhu', 'p.sandhu')
    to = [('Mr and Mrs Adeyemi', 'adeyemi.family@example.com')]
    d = docx([('h', 'Access Arrangements – Candidate Consent and Data Protection Notice'),
              ('p', 'Aldermoor Sixth Form College – Learning Support'),
              ('table', [['Candidate full name', ''], ['Date of birth', '____ / ____ / ________'], ['ULN (if known)', ''],
                         ['Course(s)', ''], ['Arrangement(s) proposed', ''], ['Parent/carer name', ''], ['Contact telephone', '']]),
              ('b', 'Data protection'),
              ('p', 'To apply for access arrangements, the college must share some personal data about the candidate with the awarding bodies, including name, date of birth, and details of the difficulty or condition that the arrangement is based on. This information is processed through the secure awarding body portal and is not sent by email.'),
              ('p', 'I consent to the college processing this information for the purpose of applying for access arrangements.'),
              ('p', 'Candidate signature: ________________________   Date: ____________'),
              ('p', 'Please return this form in person to Learning Support (room L2), not by email.')],
             creator='Learning Support', title='AA consent form (blank)', dt=(2025, 9, 1, 12, 0, 0))
    h, _ = hdrs('outlook', frm, to, 'Access arrangements consent form for Precious', mkdate(2025, 11, 25, 15, 4), 'pd041')
    body = """Dear Mr and Mrs Adeyemi,

Thank you for coming in today. As promised, here is the blank consent form for Precious's access arrangements. Please could she complete and sign it and bring it to Learning Support (L2) by Friday? Please don't email it back, as it will contain medical information - just hand it in.

Kind regards,
Priya Sandhu
Learning Support Co-ordinator
"""
    p = multipart('mixed', [outlook_alt('pd041', body), attach(d, DOCX_CT, 'AA consent form (blank).docx')], boundary('pd041', 'outlook'))
    emit(41, 'negative', 'blank-consent-form', 'attach-docx', email_of(frm), rc(to), email_of(frm),
         'learning support sends a parent a blank access-arrangements consent form (no personal data filled in)', message(h, p))

def m042():
    frm = staff('Data Protection Officer', 'dpo')
    to = [('Lorraine Haig', 'dpo@hatherton-college.example')]
    att = """ALDERMOOR SIXTH FORM COLLEGE
GUIDANCE: SENDING PERSONAL INFORMATION BY EMAIL (v3.1, September 2025)

1. Purpose
This guidance explains how staff must handle personal data when using email, in line with UK GDPR and the Data Protection Act 2018.

2. What counts as sensitive personal data
Special category data includes health information (physical and mental), SEN and EHCP details, ethnicity, religion and sexual orientation. In addition, the college treats the following as high-risk identifiers: NHS numbers, National Insurance numbers, Unique Pupil Numbers (UPN), Unique Learner Numbers (ULN), bank sort codes and account numbers, payment card numbers, passport numbers, and safeguarding information of any kind.

3. Rules
3.1 Never send high-risk identifiers or special category data to an external address by ordinary email.
3.2 Use the approved secure routes: the awarding body portals, the LA's secure file transfer, Egress-style encrypted mail, or S/MIME/PGP where the recipient supports it.
3.3 If you must send a file, use a password-protected archive and give the password by phone, never in the same email.
3.4 Internal email between college accounts is acceptable for operational purposes, but keep it to the minimum necessary and do not forward it to personal accounts.
3.5 Check recipients carefully. Turn off autocomplete for external addresses where possible.

4. Breaches
Report any suspected breach to the DPO within 24 hours (dpo@school.example, ext 2205). The DPO will decide whether the ICO must be notified within 72 hours.

5. Review
This guidance will be reviewed in September 2026.
"""
    h, _ = hdrs('outlook', frm, to, 'Our email guidance, as promised', mkdate(2025, 10, 3, 11, 50), 'pd042')
    body = """Hi Lorraine,

Good to see you at the DPO network meeting. As promised, here's our staff guidance on sending personal information by email - feel free to adapt it. It's had a few outings since the ULN incident last year!

Best wishes,
Simon Achebe
Data Protection Officer
Aldermoor Sixth Form College
"""
    p = multipart('mixed', [outlook_alt('pd042', body), attach(att.encode('utf-8'), 'text/plain', 'Email guidance v3.1.txt')], boundary('pd042', 'outlook'))
    emit(42, 'negative', 'data-protection-guidance', 'attach-txt', email_of(frm), rc(to), email_of(frm),
         'DPO shares the college\'s data protection email guidance with another college; it names identifier types but holds no data', message(h, p))

def m043():
    frm = staff('Amy Lund', 'a.lund')
    to = [('ADB Customer Services', 'customerservices@adbuses.example')]
    h, _ = hdrs('outlook', frm, to, 'Pass order ADB-2026-118204 – query', mkdate(2026, 1, 12, 14, 26), 'pd043')
    body = """Hello,

I’m chasing our student pass order ADB-2026-118204 (120 x term passes for routes 42/X42, spring term). The order confirmation said they would be with us by 2 January but nothing has arrived yet.

Our account number with you is 7720-ALD and the invoice number on the confirmation is 4411839.

Could someone ring me on 01632 960 402 or our main reception on 01632 960 400? Until they arrive students are showing their old autumn passes and the drivers have been really good about it.

Many thanks,
Amy Lund
Student Services Manager
Aldermoor Sixth Form College
"""
    p = text_part(body, charset='windows-1252', cte='8bit')
    emit(43, 'negative', 'supplier-order-query', 'cp1252', email_of(frm), rc(to), email_of(frm),
         'student services chases a bus-pass order quoting order, account, invoice and phone numbers (no personal data)', message(h, p))

def m044():
    frm = staff('Gareth Pryce', 'g.pryce')
    to = [('NME Entries', 'entries@nme-exams.example')]
    h, _ = hdrs('outlook', frm, to, 'Centre %s – June 2026 entry amendments (numbers only)' % CENTRE, mkdate(2026, 2, 20, 12, 33), 'pd044')
    body = """Dear Entries team,

Please could you confirm the following changes to our June 2026 entry totals before the late entry deadline? Individual candidate amendments have been made on Centre Portal; this is just so your team can check the totals match.

Spec   Qualification                Previous   Revised
9MA0   A-level Mathematics             96         98
9FM0   A-level Further Mathematics     14         13
9PS0   A-level Psychology             112        110
8BS0   AS Business                     12          9
H240   A-level Physics (option B)      36         38

Centre number: %s
Series: June 2026
Portal amendment batch: 2026-06-AM-0041

Kind regards,

%s
""" % (CENTRE, SIG_EXAMS)
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(44, 'negative', 'entry-totals', 'qp', email_of(frm), rc(to), email_of(frm),
         'exams officer confirms aggregate entry totals with spec codes and a centre number, no candidate data', message(h, p))

def _bad_upn(d12):
    good = upn_letter(d12)
    return UPN_L[(UPN_L.index(good) + 5) % 23] + d12

def _bad_uln(d9):
    c = uln_check(d9)
    return d9 + str(((c if c is not None else 0) + 3) % 10)

def _bad_nhs(d9):
    c = nhs_check(d9)
    bad = ((c if c is not None else 0) + 4) % 10
    s = d9 + str(bad)
    return '%s %s %s' % (s[:3], s[3:6], s[6:])

def m045():
    frm = staff('Daniel Whitlock', 'd.whitlock')
    to = [('Ledgerline Support', 'support@ledgerline.example')]
    tu1, tu2 = _bad_upn('884999901001'), _bad_upn('884999901002')
    tl1, tl2 = _bad_uln('999900011'), _bad_uln('999900027')
    tn1 = _bad_nhs('999000111')
    assert not upn_valid(tu1) and not upn_valid(tu2) and not uln_valid(tl1) and not uln_valid(tl2) and not nhs_valid(tn1)
    h, _ = hdrs('outlook', frm, to, 'Case 88307 - validation not rejecting bad check digits', mkdate(2026, 2, 25, 11, 2), 'pd045')
    body = """Hi,

Raising a separate case from 88213. On our TEST site (not live), the new-student screen is accepting identifiers that fail their check digits. I set up two dummy students, "Test Student-One" and "Test Student-Two", and typed in deliberately wrong numbers to see what would happen:

UPN: %s and %s  (check letter deliberately wrong)
ULN: %s and %s  (check digit deliberately wrong)
NHS no: %s  (fails mod 11)

All five were saved without any warning. In version 7.3 the same screen rejected them with "Invalid check character". None of these relate to real people - they are made-up test values on the test database, which has no live data.

Steps to reproduce:
1. Admissions > New applicant > Identifiers tab
2. Enter any of the values above
3. Save - no validation error

Thanks,
Daniel Whitlock
Data & MIS Manager, Aldermoor Sixth Form College
""" % (tu1, tu2, tl1, tl2, tn1)
    p = text_part(body, charset='utf-8', cte='base64')
    emit(45, 'negative', 'invalid-test-identifiers', 'base64', email_of(frm), rc(to), email_of(frm),
         'MIS manager reports a vendor bug using made-up test identifiers that deliberately fail their check digits', message(h, p))

def m046():
    frm = staff('Joanne Fairweather', 'j.fairweather')
    to = [staff('Ruth Ainsley', 'r.ainsley')]
    a = adult('pd022', 'Graham', 'Stokes', 1966, 1975)
    h, _ = hdrs('tb', frm, to, 'Graham - return to work meeting', mkdate(2026, 3, 12, 9, 48), 'pd046')
    body = """Hi Ruth,

Graham's OH report came back yesterday. Summary for you as his line manager (please keep it to yourself):

- Fit to return on a phased basis from 16 March: 3 days a week for the first two weeks, then 4, then full time by 13 April.
- Depression and anxiety are improving with medication; OH think it is likely to count as a disability under the Equality Act, so we should treat adjustments on that basis.
- No lifting over 10kg for three months following his back surgery - can the other technicians cover the deliveries?
- Fortnightly catch-ups with you for the first two months.

His employee number is %s if you need it for the timesheets. I'll set up the return to work meeting for Monday at 9 in my office - can you make that?

Jo
""" % a['empno']
    p = text_part(flowed(body), charset='UTF-8', cte='7bit', flow=True)
    emit(46, 'negative', 'internal-hr-health', 'flowed', email_of(frm), rc(to), email_of(frm),
         'internal only: HR briefs a line manager on a staff member\'s OH report and health-related adjustments', message(h, p))

def m047():
    frm = staff('Student Services', 'studentservices')
    to = [staff('Steve Haddon', 's.haddon')]
    s = student('pd047', 'Imogen', 'Tate')
    h, _ = hdrs('outlook', frm, to, 'FW: Imogen Tate - new insulin pump', mkdate(2025, 10, 13, 9, 22), 'pd047')
    body = """Hi Steve,

Forwarding this from Imogen's mum for your information as her tutor. I've updated her healthcare plan and the medical register.

Amy

---------- Forwarded message ---------
From: Helen Tate <helen.tate@example.com>
Date: Sun, 12 Oct 2025 at 19:30
Subject: Imogen Tate - new insulin pump
To: Student Services <studentservices@school.example>

Hello,

Just to let you know Imogen (12D, DOB %s, NHS no %s) has been switched to an insulin pump by the diabetes team at Royal Westmere. It may alarm in lessons - please don't ask her to turn it off. She may need to leave lessons to check her levels for the first few weeks. Her hypo kit is now in a red bag in her rucksack and a spare is at Student Services.

Her consultant is Dr Farooq if you need anything.

Thanks,
Helen Tate
%s
""" % (s['dob'], s['nhs'], s['mob'])
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(47, 'negative', 'internal-forward-medical', 'inline-forward', email_of(frm), rc(to), email_of(frm),
         'internal only: student services forwards a parent\'s email with DOB, NHS number and diabetes details to the tutor', message(h, p))

def m048():
    frm = ('Kingsbridge University Admissions', 'ugadmissions@kingsbridge.ac.example')
    to = [staff('Martin Cole', 'm.cole')]
    s = student('pd017', 'Olivia', 'Bennett')
    rng = random.Random('pd017ucas')
    ucas = '%03d-%03d-%04d' % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 9999))
    html_ = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr Cole,</p>
<p>Thank you for the additional information provided by your college. We are pleased to confirm that the following applicant has been made a conditional offer.</p>
<table style="font-size:13px" cellpadding="3">
<tr><td>Applicant</td><td><b>Olivia Grace Bennett</b></td></tr>
<tr><td>UCAS Personal ID</td><td>%s</td></tr>
<tr><td>Date of birth</td><td>%s</td></tr>
<tr><td>Course</td><td>A100 Medicine (5 years)</td></tr>
<tr><td>Conditions</td><td>A*AA to include Chemistry and Biology; satisfactory enhanced DBS and occupational health clearance</td></tr>
</table>
<p>The applicant's extenuating circumstances have been noted and will be considered at confirmation in August.</p>
<p>Kind regards,<br>Undergraduate Admissions Office<br>Kingsbridge University</p>
</body></html>
""" % (ucas, s['dob'])
    h, _ = hdrs('bulk', frm, to, 'Conditional offer confirmation - %s' % ucas, mkdate(2026, 2, 27, 14, 10), 'pd048')
    p = text_part(html_, subtype='html', charset='utf-8', cte='quoted-printable')
    emit(48, 'negative', 'inbound-university-offer', 'html-only', email_of(frm), rc(to), None,
         'inbound: a university confirms an applicant\'s conditional offer with UCAS ID and DOB to the careers adviser', message(h, p))

def m049():
    frm = ('Castlegate Payroll', 'payroll@castlegatepayroll.example')
    to = [staff('HR', 'hr'), staff('Colin Ashdown', 'c.ashdown')]
    people = [('Aisha', 'Rahman', '3034.42', '2291.18'), ('Thomas', 'Kellaway', '2585.00', '2012.66'),
              ('Owen', 'Llewellyn', '1655.83', '1441.20'), ('Katarzyna', 'Wójcik', '632.50', '632.50'),
              ('Deborah', 'Kaye', '2251.60', '1802.37'), ('Graham', 'Stokes', '2180.44', '1760.09')]
    rows = [['Emp No', 'Surname', 'Forename', 'NI number', 'Gross', 'Net', 'Sort code', 'Account']]
    for f, l, g, n in people:
        a = adult('pd005' if l in ('Rahman', 'Kellaway', 'Llewellyn', 'Wójcik') else ('pd006' if l == 'Kaye' else 'pd022'), f, l,
                  *((1968, 1999) if l in ('Rahman', 'Kellaway', 'Llewellyn', 'Wójcik') else ((1971, 1985) if l == 'Kaye' else (1966, 1975))))
        rows.append([a['empno'], l, f, a['nino'], g, n, a['sc'], a['acct']])
    h, _ = hdrs('outlook', frm, to, 'Aldermoor SFC - October 2025 payroll - exceptions report', mkdate(2025, 10, 24, 16, 2), 'pd049')
    body = """Dear Joanne and Colin,

Please find attached the exceptions report for the October 2025 payroll (new starters, changes of bank details and adjustments). The BACS file will be submitted on 27 October for payment on 30 October.

Please let us know of any corrections by 12 noon on Monday.

Kind regards,
Michelle Ward
Payroll Officer, Castlegate Payroll Bureau
"""
    p = multipart('mixed', [outlook_alt('pd049', body), attach(csv_text(rows).encode('utf-8'), 'text/csv', 'ASFC_Oct25_exceptions.csv')], boundary('pd049', 'outlook'))
    emit(49, 'negative', 'inbound-payroll-report', 'attach-csv', email_of(frm), rc(to), None,
         'inbound: payroll bureau sends HR a CSV with staff NI numbers and bank details', message(h, p))

def m050():
    frm = staff('Admissions', 'admissions')
    to = [('Heads of Year 11', 'hoy11@brinkley-academy.example'), ('Year 11 Office', 'year11@hatherton-high.example'),
          ('Careers Lead', 'careers@lydcott-school.example')]
    h, _ = hdrs('webmail', frm, to, 'Aldermoor SFC - key dates for Year 11 applicants 2025/26', mkdate(2025, 9, 22, 10, 30), 'pd050')
    body = """Dear colleagues,

Please find below our key dates for Year 11 students applying to Aldermoor Sixth Form College for September 2026. We would be grateful if you could share these with your Year 11 tutors.

Thursday 6 November 2025, 5.30-8.00pm - Open Evening (Main Hall, no booking needed)
Saturday 15 November 2025, 10.00am-12.30pm - Open Morning
Friday 30 January 2026 - Priority application deadline
February-March 2026 - Guidance interviews (in your school or at the college)
Tuesday 23 June 2026 - Taster Day (rooms will be confirmed nearer the time; Science in S1-S4, Arts in the Studio Block)
Thursday 20 August 2026 - GCSE results day: enrolment 10.00am-4.00pm
Thursday 3 September 2026 - Induction

For school visits and assemblies please contact Helen Rigby on 01632 960 401 or admissions@school.example. Our transport line is 01632 960 402.

With thanks,
Admissions Team
Aldermoor Sixth Form College
"""
    p = text_part(hardwrap(body, 72), charset='us-ascii', cte='7bit')
    emit(50, 'negative', 'event-dates', 'hard-wrapped', email_of(frm), rc(to), email_of(frm),
         'admissions sends partner schools a list of event dates, rooms and phone numbers (no personal data)', message(h, p))

def m051():
    frm = staff('Rebecca Thorne', 'r.thorne')
    to = [('NASEN-style Conference Submissions', 'submissions@post16-send-conference.example')]
    h, _ = hdrs('outlook', frm, to, 'Workshop proposal - anonymised case study', mkdate(2026, 1, 30, 17, 5), 'pd051', subj_charset='iso-8859-1')
    body = """Dear conference committee,

Please find below our workshop proposal for the Post-16 SEND Conference in June. The case study is fully anonymised: "Student A" is a composite of several learners and no names, dates of birth, identifiers or locations are included.

Title: "It's the little things" - transition into sixth form for autistic learners

Case study: Student A joined us at 16 with an EHCP for autism and anxiety. In the first half term their attendance fell to around 70%. Small adjustments made the biggest difference: a named key worker, a quiet room at break, advance warning of fire drills and timetable changes, and a "leave card" for lessons. By the spring term attendance was above 90% and Student A had joined the film club.

Workshop outline (45 mins): what we changed; what didn't work; a practical toolkit delegates can take away; Q&A.

Presenters: Rebecca Thorne (SENCo) and Priya Sandhu (Learning Support Co-ordinator).

Kind regards,
Rebecca Thorne
SENCo, Aldermoor Sixth Form College
"""
    p = text_part(body, charset='iso-8859-1', cte='quoted-printable')
    emit(51, 'negative', 'anonymised-case-study', 'latin1', email_of(frm), rc(to), email_of(frm),
         'SENCo submits a conference proposal with a fully anonymised composite case study', message(h, p))

def m052():
    frm = staff('Leanne Shaw', 'l.shaw')
    to = [('Darren Pope', 'darren.pope@horizonschooltravel.example')]
    cc = [staff('Lisa Brennan', 'l.brennan')]
    h, _ = hdrs('gmail', frm, to, 'Re: Berlin 2026 - final numbers and balance', mkdate(2026, 2, 9, 16, 44), 'pd052', cc=cc,
                irt=mkid('pd052o', 'horizonschooltravel.example', 'other'), refs=mkid('pd052o', 'horizonschooltravel.example', 'other'))
    body = """Hi Darren,

Thanks for this. Final numbers are 31 students and 4 staff (one student withdrew - Lisa in our finance office has been in touch about that separately). Room split is 8 x quad rooms for students, 4 x singles for staff.

The balance of £9,145.00 will be paid by BACS from the college account this week, quoting HST-BER-26-0419.

Flights are fine. We'd like the coach to pick up at 03:30 from the college car park, not the bus station.

Thanks,
Leanne

On Fri, 6 Feb 2026 at 10:12, Darren Pope <darren.pope@horizonschooltravel.example> wrote:
> Dear Leanne,
>
> Booking HST-BER-26-0419 - Berlin, 26-30 March 2026
>
> Please confirm final numbers and rooming by 13 February. The balance
> of £9,145.00 is due by 20 February.
>
> Outbound: BHX 07:05 - BER 09:50, flight ref HS4471
> Return: BER 18:20 - BHX 19:10, flight ref HS4472
>
> Kind regards,
> Darren Pope, Group Travel Co-ordinator
"""
    p = text_part(body, charset='UTF-8', cte='8bit')
    emit(52, 'negative', 'trip-booking', 'reply-quoted', email_of(frm), rc(to, cc), email_of(frm),
         'trip leader confirms group numbers, booking reference and balance to a travel company; no individual data', message(h, p))

def m053():
    frm = staff('Daniel Whitlock', 'd.whitlock')
    to = [('Tutors', 'tutors@school.example')]
    groups = [('12C', [('Callum', 'Price'), ('Zainab', 'Hussain'), ('Tyler', 'Osborne'), ('Ruby', 'Castle'), ('Dylan', 'Hughes')]),
              ('12D', [('Imogen', 'Tate'), ('Ethan', 'Marsh'), ('Jordan', 'Kelsall'), ('Holly', 'Brennan-Waite')])]
    sheets = []
    for g, ppl in groups:
        rows = [['Surname', 'Forename', 'DOB', 'UPN', 'ULN', 'SEN', 'Bursary', 'Home phone']]
        for f, l in ppl:
            s = student('pd053', f, l)
            rows.append([l, f, s['dob'], s['upn'], s['uln'], random.Random(f + l).choice(['N', 'K', 'E']), random.Random(l + f).choice(['Y', 'N']), s['home']])
        sheets.append((g, rows))
    x = xlsx(sheets, dt=(2025, 9, 8, 8, 0, 0))
    h, _ = hdrs('outlook', frm, to, 'Tutor group lists - 12C and 12D (internal use only)', mkdate(2025, 9, 8, 8, 12), 'pd053')
    body = """Morning,

Updated tutor group lists for 12C and 12D after the enrolment changes, one sheet per group. Please save to your OneDrive, don't print, and don't forward outside the college.

Dan
"""
    p = multipart('mixed', [outlook_alt('pd053', body), attach(x, XLSX_CT, 'Tutor lists 12C 12D.xlsx')], boundary('pd053', 'outlook'))
    emit(53, 'negative', 'internal-mis-export', 'attach-xlsx', email_of(frm), rc(to), email_of(frm),
         'internal only: MIS sends tutors group lists with DOB, UPN, ULN, SEN and bursary flags', message(h, p))

def m054():
    frm = staff('Sana Mirza', 's.mirza')
    to = [staff('Colin Ashdown', 'c.ashdown')]
    cc = [staff('Lisa Brennan', 'l.brennan')]
    people = [('Aisha', 'Begum', '60.00'), ('Tom', 'Pearce', '40.00'), ('Lacey', 'Whitmore', '60.00'),
              ('Ryan', 'Doherty', '30.00'), ('Chloe', 'Sparrow', '35.00'), ('Josh', 'Hollis', '40.00')]
    lines = []
    for f, l, amt in people:
        payee = adult('pd054', f, l)
        lines.append([payee['sc'].replace('-', ''), payee['acct'], '%s %s' % (f[0], l.upper())[:18], amt, 'ASFC BURSARY'])
    z = zipfiles([('bursary_bacs_2025-11-14.csv', csv_text(lines))], dt=(2025, 11, 13, 15, 20, 0))
    h, _ = hdrs('outlook', frm, to, 'Bursary BACS run 14/11 for approval', mkdate(2025, 11, 13, 15, 28), 'pd054', cc=cc)
    body = """Hi Colin,

Bursary BACS file for Friday's run attached (6 payments, £265.00 total). Can you approve and upload before 3pm tomorrow please?

Thanks
Sana
"""
    p = multipart('mixed', [outlook_alt('pd054', body), attach(z, 'application/x-zip-compressed', 'bursary_bacs_2025-11-14.zip')], boundary('pd054', 'outlook'))
    emit(54, 'negative', 'internal-bacs-file', 'attach-zip', email_of(frm), rc(to, cc), email_of(frm),
         'internal only: bursary officer sends finance a zipped BACS file with payees\' sort codes and account numbers', message(h, p))

def m055():
    frm = staff('Nadia Osei', 'n.osei')
    to = [('Safeguarding, Hatherton College', 'dsl@hatherton-college.example')]
    h, _ = hdrs('outlook', frm, to, 'Child protection file transfer - C. Durand', mkdate(2026, 3, 5, 10, 31), 'pd055')
    part = Part(['Content-Type: application/pkcs7-mime;\n\tsmime-type=enveloped-data;\n\tname="smime.p7m"',
                 'Content-Disposition: attachment;\n\tfilename="smime.p7m"',
                 'Content-Transfer-Encoding: base64'], b64wrap(smime_blob('pd055', 5200)))
    emit(55, 'negative', 'smime-cp-transfer', 'smime', email_of(frm), rc(to), email_of(frm),
         'DSL transfers a child protection file to another college\'s DSL as an S/MIME-encrypted message', message(h, part))

def m056():
    frm = ('Westmereshire Virtual School', 'virtualschool@westmereshire.gov.example')
    to = [staff('Amy Lund', 'a.lund')]
    s = student('pd004', 'Amira', 'Haddad')
    inner_h, _ = hdrs('outlook', ('Jo Whitworth', 'jo.whitworth@westmereshire.gov.example'), [('Virtual School', 'virtualschool@westmereshire.gov.example')],
                      'PEP - Amira Haddad - spring term', mkdate(2026, 1, 21, 10, 2), 'pd056in')
    inner_body = """Hi,

Amira's spring term PEP took place on 20 January. Summary for the designated teacher at Aldermoor:

Amira Haddad, DOB %s, UPN %s
Placement: foster placement (Hatherton), stable since 2023. Social worker: Jo Whitworth.
Attendance 96%%. Working at target in Biology and Chemistry, below in Maths.
Targets: weekly maths tutoring (PP+ funded), UCAS preparation, driving lessons funded via the care leaver fund from her 17th birthday.
Health: annual health assessment up to date; counselling through the Looked After Children health team.

Jo Whitworth
Social Worker, Children in Care Team
""" % (s['dob'], s['upn'])
    inner = message(inner_h, text_part(inner_body, charset='utf-8', cte='quoted-printable'))
    h, _ = hdrs('outlook', frm, to, 'FW: PEP - Amira Haddad - spring term', mkdate(2026, 1, 22, 9, 15), 'pd056')
    body = """Dear Amy,

Please see the attached PEP summary from Amira's social worker for your records as designated teacher. The full PEP is on the ePEP system.

Kind regards,
Westmereshire Virtual School for Children in Care
"""
    p = multipart('mixed', [outlook_alt('pd056', body, 'Arial'), rfc822_part(inner, 'PEP - Amira Haddad - spring term.eml')], boundary('pd056', 'outlook'))
    emit(56, 'negative', 'inbound-virtual-school-pep', 'rfc822-forward', email_of(frm), rc(to), None,
         'inbound: the LA virtual school forwards (as attachment) a looked-after student\'s PEP summary with DOB and UPN', message(h, p))

def m057():
    frm = staff('Helen Marchbank', 'h.marchbank')
    to = [('Mark Brindley', 'mark.brindley@brindleyprecision.example')]
    h, _ = hdrs('outlook', frm, to, 'Thank you – Engineering Centre donation', mkdate(2026, 3, 20, 12, 1), 'pd057')
    body = """Dear Mark,

On behalf of everyone at Aldermoor Sixth Form College, thank you for Brindley Precision’s generous donation of £12,500 towards the new Engineering Centre, and for the loan of the two CNC training lathes.

Your donation has been received by the Aldermoor Sixth Form College Foundation (registered charity no. 1184302, company no. 11873305). Your receipt number is FDN-2026-0057 and a formal receipt is in the post.

We would love you and your team to join us for the opening on Friday 15 May at 2pm; the students will be demonstrating their first projects. Please let my PA, Julie, know numbers on 01632 960 405.

With warmest thanks,

Dr Helen Marchbank
Principal
"""
    p = text_part(body, charset='utf-8', cte='quoted-printable')
    emit(57, 'negative', 'donor-thank-you', 'qp', email_of(frm), rc(to), email_of(frm),
         'principal thanks a company for a donation, quoting charity, company and receipt numbers (no personal data)', message(h, p))

def m058():
    frm = staff('Martin Cole', 'm.cole')
    to = [('Rachel Ingham', 'r.ingham@brindleyprecision.example')]
    h, _ = hdrs('iphone', frm, to, 'Numbers for the assessment day', mkdate(2026, 1, 20, 12, 47), 'pd058')
    body = """Hi Rachel, rough numbers for you: 12 of ours have applied, 7 for the technician route and 5 for maintenance. 4 are Y13, rest Y12. I'll send names once they've each said they're happy for me to. Minibus booked for the 11th.

Martin

Sent from my iPhone"""
    p = text_part(body, charset='us-ascii', cte='7bit')
    emit(58, 'negative', 'aggregate-counts', 'mobile', email_of(frm), rc(to), email_of(frm),
         'careers adviser texts-style email to an employer giving only aggregate applicant counts', message(h, p))

def m059():
    frm = staff('Jonathan Reese', 'j.reese')
    to = [staff('Priya Sandhu', 'p.sandhu')]
    cc = [staff('Rebecca Thorne', 'r.thorne')]
    s = student('pd002', 'Ethan', 'Marsh')
    h, _ = hdrs('tb', frm, to, 'Re: Ethan Marsh - fire drill next week', mkdate(2026, 1, 28, 12, 20), 'pd059', cc=cc,
                irt=mkid('pd059o', SD, 'outlook'), refs=mkid('pd059o', SD, 'outlook'))
    body = """Thanks Priya, that's really helpful. I'll tell him on Monday at the start of Physics and let him sit by the door on Wednesday. I'd noticed he's been very quiet since Christmas - is the sertraline dose still the same, or should I be watching for anything in particular?

Jon

On 28/01/2026 10:05, Priya Sandhu wrote:
> Hi Jon,
>
> Just a heads up - there's a planned fire drill next Wednesday at
> 11.15, which is in your Physics lesson with Ethan Marsh (12D, DOB
> %s, UPN %s). As per his EHCP he needs advance warning,
> so please let him know privately on Monday and let him leave a minute
> early with me when the alarm goes. He had a panic attack at the last one.
>
> Priya
""" % (s['dob'], s['upn'])
    p = text_part(body, charset='UTF-8', cte='7bit')
    emit(59, 'negative', 'internal-ehcp-reply', 'reply-quoted', email_of(frm), rc(to, cc), email_of(frm),
         'internal only: physics teacher replies to learning support about a student\'s EHCP needs, quoting DOB and UPN', message(h, p))

def m060():
    frm = staff('Nadia Osei', 'n.osei')
    to = [('Missing Persons Unit', 'missingpersons@westmereshire.police.example')]
    h, _ = hdrs('tb', frm, to, 'Return interview information - your ref WP-26-04418', mkdate(2026, 2, 23, 15, 40), 'pd060')
    bnd = boundary('pd060', 'tb')
    p = multipart('encrypted', [
        Part(['Content-Type: application/pgp-encrypted', 'Content-Description: PGP/MIME version identification'], b'Version: 1\n'),
        Part(['Content-Type: application/octet-stream; name="encrypted.asc"', 'Content-Description: OpenPGP encrypted message',
              'Content-Disposition: inline; filename="encrypted.asc"'], pgp_armor('pd060', 1400).encode())],
        bnd, params=' protocol="application/pgp-encrypted";', preamble='This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)')
    emit(60, 'negative', 'pgp-police', 'pgp', email_of(frm), rc(to), email_of(frm),
         'DSL sends return-interview information to police PGP/MIME-encrypted', message(h, p))

for _n in range(1, 61):
    globals()['m%03d' % _n]()
write_manifest()
print('wrote', len(ENTRIES), 'messages')
