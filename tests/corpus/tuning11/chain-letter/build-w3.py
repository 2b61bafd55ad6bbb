#!/usr/bin/env python3
# Deterministic generator for writer w3 (stdlib only).
# Run from inside the policy folder:  python3 build-w3.py
import base64, re, datetime, io, json, os, quopri, random, struct, textwrap, zipfile, zlib, hashlib
from email.header import Header
from email.utils import format_datetime

W = 'w3'
ENTRIES = []

# ----------------------------------------------------------------- headers

def hdr_text(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email):
    if not name:
        return email
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return Header(name, 'utf-8').encode() + ' <' + email + '>'
    if any(c in name for c in ',.()"@:;'):
        return '"' + name.replace('"', '') + '" <' + email + '>'
    return name + ' <' + email + '>'


def mkdate(y, mo, d, h, mi, s=0, tz=0):
    dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(dt)


def msgid(rng, style, domain='school.example'):
    hx = '0123456789abcdef'
    def h(n):
        return ''.join(rng.choice(hx) for _ in range(n))
    if style == 'tb':
        return '<%s-%s-%s-%s-%s@%s>' % (h(8), h(4), h(4), h(4), h(12), domain)
    if style == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (h(8).upper(), h(4).upper(), h(4).upper(), h(4).upper(), h(12).upper(), domain)
    if style == 'outlook':
        box = 'LO%dP265MB%04d' % (rng.randint(2, 9), rng.randint(1000, 7999))
        return '<%s%s@%s.GBRP265.PROD.OUTLOOK.COM>' % (box, h(22).upper(), box)
    if style == 'gmail':
        al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-'
        return '<CA%s@mail.gmail.com>' % ''.join(rng.choice(al) for _ in range(44))
    if style == 'news':
        return '<%s.%s@%s>' % (h(16), h(10), domain)
    return '<%s.%s@%s>' % (h(12), h(8), domain)


def thread_index(rng):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()

# ----------------------------------------------------------------- text handling

def _wrap_line(line, width):
    if len(line) <= width:
        return [line]
    prefix = ''
    body = line
    while body.startswith('>'):
        prefix += '>'
        body = body[1:]
    if prefix:
        if body.startswith(' '):
            body = body[1:]
        prefix += ' '
        return [prefix + x for x in textwrap.wrap(body, width - len(prefix), break_long_words=False,
                                                  break_on_hyphens=False)]
    ind = ''
    for b in ('- ', '* ', '  ', '\u2022 '):
        if line.startswith(b):
            ind = ' ' * len(b)
            break
    m = re.match(r'^\d+[.)] ', line)
    if m:
        ind = ' ' * len(m.group(0))
    return textwrap.wrap(line, width, subsequent_indent=ind, break_long_words=False,
                         break_on_hyphens=False)


def hardwrap(text, width=72):
    out = []
    for line in text.split('\n'):
        if line.strip() == '':
            out.append('')
        else:
            out.extend(_wrap_line(line.rstrip(), width))
    return '\n'.join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed encoding."""
    out = []
    for line in text.split('\n'):
        if line == '-- ':
            out.append(line)
            continue
        line = line.rstrip()
        q = ''
        body = line
        while body.startswith('>'):
            q += '>'
            body = body[1:]
        if q:
            if body.startswith(' '):
                body = body[1:]
            pre = q + ' '
        else:
            pre = ''
        if body == '':
            out.append(q)
            continue
        segs = textwrap.wrap(body, width - len(pre), break_long_words=False, break_on_hyphens=False,
                             drop_whitespace=True) if len(body) > width - len(pre) else [body]
        for i, s in enumerate(segs):
            if not q and (s.startswith(' ') or s.startswith('From ') or s.startswith('>')):
                s = ' ' + s
            out.append(pre + s + (' ' if i < len(segs) - 1 else ''))
    return '\n'.join(out)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def paras_html(text):
    out = []
    for p in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(esc(l) for l in p.split('\n')) + '</p>')
    return '\n'.join(out)


def outlook_html(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n@font-face {font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')


def outlook_paras(text):
    out = []
    for p in text.strip('\n').split('\n\n'):
        for l in p.split('\n'):
            out.append('<p class="MsoNormal">' + (esc(l) if l else '<o:p>&nbsp;</o:p>') + '<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return '\n'.join(out)


def tb_html(inner):
    return ('<!DOCTYPE html>\n<html>\n  <head>\n'
            '    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
            '  </head>\n  <body>\n' + inner + '\n  </body>\n</html>\n')


def apple_html(inner):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + inner + '</body></html>\n')

# ----------------------------------------------------------------- MIME parts
# A part is (list_of_header_lines, body_bytes).

def textpart(text, charset='utf-8', cte=None, flowed=False, subtype='plain', cs_upper=False, delsp=False):
    if flowed:
        text = flow(text)
    raw = text.encode(charset)
    if cte is None:
        try:
            raw.decode('ascii')
            cte = '7bit'
        except UnicodeDecodeError:
            cte = '8bit'
    if cte in ('7bit', '8bit'):
        body = raw
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw.replace(b'\n', b'\r\n'))
    else:
        raise ValueError(cte)
    cs = charset.upper() if cs_upper else charset
    ct = 'text/%s; charset=%s' % (subtype, cs)
    if flowed:
        ct += '; format=flowed'
        if delsp:
            ct += '; delsp=yes'
    return (['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + cte], body)


def multipart(subtype, parts, boundary, preamble=None, extra=''):
    b = boundary.encode()
    out = b''
    if preamble:
        out += preamble.encode() + b'\n'
    for h, body in parts:
        out += b'--' + b + b'\n' + '\n'.join(h).encode() + b'\n\n' + body
        if not body.endswith(b'\n'):
            out += b'\n'
    out += b'--' + b + b'--\n'
    ct = 'Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, extra, boundary)
    return ([ct], out)


def attachment(filename, data, ctype, cte='base64', disp='attachment', charset=None, extra_hdrs=()):
    ct = ctype
    if charset:
        ct += '; charset=' + charset
    h = ['Content-Type: %s; name="%s"' % (ct, filename),
         'Content-Disposition: %s; filename="%s"' % (disp, filename),
         'Content-Transfer-Encoding: ' + cte]
    h.extend(extra_hdrs)
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
    return (h, body)


def rfc822part(inner_bytes, filename=None):
    h = ['Content-Type: message/rfc822' + ('; name="%s"' % filename if filename else '')]
    if filename:
        h.append('Content-Disposition: attachment; filename="%s"' % filename)
    try:
        inner_bytes.decode('ascii')
        h.append('Content-Transfer-Encoding: 7bit')
    except UnicodeDecodeError:
        h.append('Content-Transfer-Encoding: 8bit')
    return (h, inner_bytes)


def message(client, frm, to, subject, date, part, rng, cc=None, reply_to=None, in_reply_to=None,
            references=None, extra=(), mid=None, mid_domain='school.example', subj_charset='utf-8'):
    """Assemble a full message in the header order a given client uses."""
    ph, body = part
    to_s = ', '.join(to) if isinstance(to, (list, tuple)) else to
    cc_s = (', '.join(cc) if isinstance(cc, (list, tuple)) else cc) if cc else None
    subj = hdr_text(subject, subj_charset)
    H = []
    if client == 'tb':
        mid = mid or msgid(rng, 'tb', mid_domain)
        H += ['Message-ID: ' + mid, 'Date: ' + date, 'MIME-Version: 1.0',
              'User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB']
        if in_reply_to:
            H += ['In-Reply-To: ' + in_reply_to, 'References: ' + (references or in_reply_to)]
        H += ['To: ' + to_s]
        if cc_s:
            H += ['Cc: ' + cc_s]
        H += ['From: ' + frm]
        if reply_to:
            H += ['Reply-To: ' + reply_to]
        H += ['Subject: ' + subj]
        H += list(extra)
        H += ph
    elif client == 'apple':
        mid = mid or msgid(rng, 'apple', mid_domain)
        H += ph
        H += ['From: ' + frm, 'Mime-Version: 1.0 (1.0)', 'Subject: ' + subj, 'Date: ' + date,
              'Message-Id: ' + mid]
        if in_reply_to:
            H += ['References: ' + (references or in_reply_to), 'In-Reply-To: ' + in_reply_to]
        if cc_s:
            H += ['Cc: ' + cc_s]
        H += ['To: ' + to_s]
        H += list(extra)
        if not any(e.startswith('X-Mailer:') for e in extra):
            H += ['X-Mailer: iPhone Mail (%s)' % rng.choice(['21F90', '21G93', '22A3354', '22B91', '22C152'])]
    elif client == 'outlook':
        mid = mid or msgid(rng, 'outlook')
        H += ['From: ' + frm, 'To: ' + to_s]
        if cc_s:
            H += ['CC: ' + cc_s]
        topic = subject
        for p in ('RE: ', 'Re: ', 'FW: ', 'Fwd: ', 'FW:', 'RE:'):
            if topic.startswith(p):
                topic = topic[len(p):]
        H += ['Subject: ' + subj, 'Thread-Topic: ' + hdr_text(topic), 'Thread-Index: ' + thread_index(rng),
              'Date: ' + date, 'Message-ID: ' + mid]
        if in_reply_to:
            H += ['References: ' + (references or in_reply_to), 'In-Reply-To: ' + in_reply_to]
        if reply_to:
            H += ['Reply-To: ' + reply_to]
        H += ['Accept-Language: en-GB, en-US', 'Content-Language: en-GB',
              'X-MS-Has-Attach: ' + ('yes' if 'multipart/mixed' in ph[0] else ''),
              'X-MS-TNEF-Correlator: ']
        H += list(extra)
        H += ph
        H += ['MIME-Version: 1.0']
    else:  # generic / webmail / newsletter tool
        mid = mid or msgid(rng, 'gen', mid_domain)
        H += ['From: ' + frm, 'To: ' + to_s]
        if cc_s:
            H += ['Cc: ' + cc_s]
        if reply_to:
            H += ['Reply-To: ' + reply_to]
        H += ['Subject: ' + subj, 'Date: ' + date, 'Message-ID: ' + mid]
        if in_reply_to:
            H += ['In-Reply-To: ' + in_reply_to, 'References: ' + (references or in_reply_to)]
        H += list(extra)
        H += ['MIME-Version: 1.0']
        H += ph
    H = [fold(h) for h in H]
    return '\n'.join(H).encode() + b'\n\n' + body


def fold(h, width=76):
    if all(len(x) <= 78 for x in h.split('\n')):
        return h
    out = []
    for phys in h.split('\n'):
        if len(phys) <= 78:
            out.append(phys)
            continue
        toks = phys.split(' ')
        cur = toks[0]
        for t in toks[1:]:
            if len(cur) + 1 + len(t) > width and cur.strip():
                out.append(cur)
                cur = ' ' + t
            else:
                cur += ' ' + t
        out.append(cur)
    return '\n'.join(out)

# ----------------------------------------------------------------- office files

ZDT = (2025, 1, 6, 9, 0, 0)


def zip_bytes(files, dt=ZDT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def docx_bytes(items, title=''):
    """items: ('h', text) | ('p', text) | ('table', rows)."""
    body = []
    for it in items:
        kind = it[0]
        if kind in ('p', 'h', 'b'):
            rpr = '<w:rPr><w:b/></w:rPr>' if kind in ('h', 'b') else ''
            ppr = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if kind == 'h' else ''
            lines = it[1].split('\n')
            runs = []
            for i, l in enumerate(lines):
                if i:
                    runs.append('<w:r>%s<w:br/></w:r>' % rpr)
                runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(l)))
            body.append('<w:p>%s%s</w:p>' % (ppr, ''.join(runs)))
        elif kind == 'table':
            rows = []
            for r in it[1]:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>'
                                '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        '</w:tblBorders></w:tblPr>%s</w:tbl>' % ''.join(rows))
            body.append('<w:p/>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % ''.join(body))
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
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Calderbrook College</dc:creator></cp:coreProperties>' % xesc(title))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', core),
                      ('word/document.xml', doc)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets):
    """sheets: list of (name, rows); ints become numeric cells, everything else inline strings."""
    files = []
    ov = []
    wb_sheets = []
    wb_rels = []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri)
                if isinstance(v, int) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%d</v></c>' % (ref, v))
                elif v is None or v == '':
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
        files.append(('xl/worksheets/sheet%d.xml' % si, ws))
        ov.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join(ov) + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % ''.join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % ''.join(wb_rels))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                      ('xl/_rels/workbook.xml.rels', wbr)] + files)


DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

# ----------------------------------------------------------------- traditional PKWARE (ZipCrypto) zip

def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRCT = _crc_table()


def _crc_upd(crc, b):
    return _CRCT[(crc ^ b) & 0xff] ^ (crc >> 8)


class _ZC:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.upd(c)

    def upd(self, c):
        k = self.k
        k[0] = _crc_upd(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xff)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self.upd(p)
        return bytes(out)


def encrypted_zip(files, password, rng, dt=ZDT):
    pwd = password.encode()
    dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    out = b''
    central = b''
    for name, data in files:
        if isinstance(data, str):
            data = data.encode('utf-8')
        nb = name.encode()
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZC(pwd)
        hdr12 = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xff])
        enc = zc.enc(hdr12) + zc.enc(comp)
        off = len(out)
        lh = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 1, 8, dostime, dosdate, crc, len(enc), len(data), len(nb), 0)
        out += lh + nb + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e, 20, 1, 8, dostime, dosdate, crc,
                               len(enc), len(data), len(nb), 0, 0, 0, 0, 0o100644 << 16, off) + nb
    eocd = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), len(out), 0)
    return out + central + eocd

# ----------------------------------------------------------------- crypto-looking blobs

def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(rng, n=900):
    data = bytes([0x85, 0x02, 0x0c, 0x03]) + bytes(rng.randrange(256) for _ in range(n))
    b64 = base64.b64encode(data).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    c = base64.b64encode(crc24(data).to_bytes(3, 'big')).decode()
    return '-----BEGIN PGP MESSAGE-----\n\n' + '\n'.join(lines) + '\n=' + c + '\n-----END PGP MESSAGE-----\n'


def smime_blob(rng, n=2400):
    body = bytes([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03, 0xa0, 0x82]) + \
        (n - 17).to_bytes(2, 'big') + bytes(rng.randrange(256) for _ in range(n - 17))
    return bytes([0x30, 0x82]) + len(body).to_bytes(2, 'big') + body

# ----------------------------------------------------------------- identifiers (own implementations)

UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'


def upn_check(body12):
    s = 0
    for i, ch in enumerate(body12):
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        s += v * (i + 2)
    return UPN_LETTERS[s % 23]


def make_upn(rng, la=None, estab=None, year=None):
    la = la or str(rng.choice([370, 380, 381, 382, 383, 384, 872, 873, 874, 916]))
    estab = estab or '%04d' % rng.choice([4001, 4012, 4063, 4105, 4127, 5401, 5412])
    year = year or '%02d' % rng.randint(10, 15)
    body = la + estab + year + '%03d' % rng.randint(1, 299)
    return upn_check(body) + body


def uln_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    r = 10 - (s % 11)
    return None if r == 10 else r


def make_uln(rng):
    while True:
        d9 = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(d9)
        if c is not None:
            return d9 + str(c)


def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    r = 11 - (s % 11)
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def make_nhs(rng):
    while True:
        d9 = str(rng.choice([4, 4, 4, 6, 7])) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(d9)
        if c is not None:
            return d9 + str(c)


def fmt_nhs(n):
    return '%s %s %s' % (n[:3], n[3:6], n[6:])


NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
NINO_BAD = {'BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'}


def nino_ok(s):
    s = s.replace(' ', '').replace('-', '')
    return (len(s) == 9 and s[0] in NINO_FIRST and s[1] in NINO_SECOND and s[:2] not in NINO_BAD
            and s[2:8].isdigit() and s[8] in 'ABCD')


def make_nino(rng):
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in NINO_BAD:
            return p + ''.join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice('ABCD')


def fmt_nino(n):
    return '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def make_card(rng, prefix='4', length=16):
    while True:
        body = prefix + ''.join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for c in '0123456789':
            if luhn_ok(body + c):
                return body + c


def fmt_card(n):
    return ' '.join(n[i:i + 4] for i in range(0, len(n), 4))


# Sort codes 01-00-04 .. 01-67-15 use the standard modulus 11 weights 8 7 6 5 4 3 2 1 on the account number.
def acct_ok(acct):
    return sum(int(c) * w for c, w in zip(acct, [8, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0


def make_bank(rng):
    sc = rng.randint(10004, 16715)
    sc = '%06d' % sc
    while True:
        a = ''.join(str(rng.randint(0, 9)) for _ in range(8))
        if acct_ok(a):
            return '%s-%s-%s' % (sc[:2], sc[2:4], sc[4:]), a


INCODE = 'ABDEFGHJLNPQRSTUWXYZ'


def make_postcode(rng, area=None):
    area = area or rng.choice(['HX1', 'HX3', 'HX6', 'HD1', 'HD3', 'BD13', 'OL14', 'HX7', 'BD19', 'HD6'])
    return '%s %d%s%s' % (area, rng.randint(1, 9), rng.choice(INCODE), rng.choice(INCODE))


FIRST_M = ['Callum', 'Tyler', 'Kyle', 'Mason', 'Bilal', 'Reece', 'Harvey', 'Jayden', 'Ollie', 'Kacper', 'Ethan',
           'Declan', 'Ibrahim', 'Louis', 'Rhys', 'Aaron', 'Josh', 'Zain', 'Connor', 'Liam', 'Dominik', 'Finley']
FIRST_F = ['Chloe', 'Amelia', 'Keira', 'Maisie', 'Aaliyah', 'Ellie', 'Jasmine', 'Lacey', 'Zara', 'Ruby', 'Hollie',
           'Niamh', 'Sophie', 'Maryam', 'Lily-Mae', 'Courtney', 'Oliwia', 'Esme', 'Tegan', 'Demi', 'Hafsa', 'Kelsey']
LAST = ['Hartley', 'Sutcliffe', 'Akhtar', 'Brearley', 'Greenwood', 'Mahmood', 'Crowther', 'Nowak', 'Dyson',
        'Pickles', 'Haigh', 'Iqbal', 'Whiteley', 'Barraclough', 'Kowalski', 'Ramsden', 'Hussain', 'Walsh', 'Firth',
        'Lumb', 'Ackroyd', 'Begum', 'Ogunleye', 'Holroyd', 'Shaw', 'Wadsworth', 'Farrar', 'Nuttall', 'Rashid',
        'Booth', 'Clegg', 'Ambler', 'Kaur', 'Marsden', 'Tordoff', 'Mitchell']
STREETS = ['Moorside Road', 'Bank Top', 'Wheatley Lane', 'Queens Road', 'Pellon Lane', 'Victoria Street',
           'Savile Park Road', 'Hebble Row', 'Booth Town Road', 'Lightcliffe Road', 'Copley Terrace', 'Mill Fold',
           'Haugh Shaw Road', 'Stoney Lane', 'Chapel Street', 'Carr Green Avenue', 'Birch Close', 'Well Royd Avenue']
TOWNS = ['Halifax', 'Sowerby Bridge', 'Brighouse', 'Elland', 'Hebden Bridge', 'Todmorden', 'Huddersfield',
         'Queensbury']


def make_person(rng, age_from=2006, age_to=2008, sex=None):
    sex = sex or rng.choice('MF')
    first = rng.choice(FIRST_M if sex == 'M' else FIRST_F)
    last = rng.choice(LAST)
    y = rng.randint(age_from, age_to)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return {
        'first': first, 'last': last, 'name': first + ' ' + last, 'sex': sex,
        'dob': datetime.date(y, m, d), 'uln': make_uln(rng), 'nino': make_nino(rng), 'nhs': make_nhs(rng),
        'upn': make_upn(rng), 'postcode': make_postcode(rng),
        'address': '%d %s, %s' % (rng.randint(2, 140), rng.choice(STREETS), rng.choice(TOWNS)),
        'sid': '%d%05d' % (rng.choice([23, 24]), rng.randint(100, 99999)),
        'mobile': '07700 900%03d' % rng.randint(0, 999),
    }


def dob_s(p, style='slash'):
    d = p['dob']
    if style == 'slash':
        return d.strftime('%d/%m/%Y')
    if style == 'iso':
        return d.isoformat()
    if style == 'long':
        return '%d %s %d' % (d.day, d.strftime('%B'), d.year)
    if style == 'short':
        return d.strftime('%d/%m/%y')
    if style == 'dot':
        return d.strftime('%d.%m.%Y')
    return str(d)

# ----------------------------------------------------------------- output

def emit(num, label, family, shape, note, data, mail_from, rcpt, auth_user):
    fn = '%s/%s-%03d-%s.eml' % (label, W, num, family)
    data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(fn, 'wb') as f:
        f.write(data)
    ENTRIES.append({'file': fn, 'label': label, 'mail_from': mail_from, 'rcpt': list(rcpt),
                    'auth_user': auth_user, 'shape': shape, 'family': family, 'note': note})


def write_manifest():
    ENTRIES.sort(key=lambda e: e['file'].split('/')[1])
    with open('manifest-%s.jsonl' % W, 'w') as f:
        for e in ENTRIES:
            f.write(json.dumps(e, ensure_ascii=False) + '\n')


def R(n):
    return random.Random('%s-%d' % (W, n))

# =========================================================================== chain-letter messages
# Organisation imagined: Calderbrook College (FE college + apprenticeship provider).
# staff @school.example, learners @students.school.example, everyone else outside.

def P(lst):
    """[(name, email)] -> (header strings, envelope addresses)"""
    return [addr(n, e) for n, e in lst], [e for n, e in lst]


def cl_main():
    os.makedirs('positive', exist_ok=True)
    os.makedirs('negative', exist_ok=True)

    # ------------------------------------------------------------------ 1 good-luck chain, iPhone
    n = 1; rng = R(n)
    me = 'tyler.beckett@students.school.example'
    to_h, to_e = P([('', 'kacper.nowak@students.school.example'), ('', 'reece.haigh@students.school.example'),
                    ('', 'jasmine.iqbal@students.school.example'), ('', 'ellie.farrar@students.school.example')])
    body = ("omg read this \U0001F633 dont break it\n\n"
            "This is the Lucky Owl \U0001F989 he only comes round once every 6 years. Send him to 12 people in the "
            "next 20 minutes and something amazing will happen to you tomorrow. Ignore him and you get 6 YEARS of bad luck.\n\n"
            "My cousin ignored it and failed her driving test 3 times in a row. NOT JOKING\n\n"
            "\U0001F989\U0001F989\U0001F989 send send send \U0001F989\U0001F989\U0001F989\n\n"
            "Sent from my iPhone\n")
    msg = message('apple', addr('Tyler Beckett', me), to_h, 'read this b4 u go to sleep \U0001F989',
                  mkdate(2024, 10, 3, 22, 41, 7, 1), textpart(body, cte='quoted-printable'), rng)
    emit(n, 'positive', 'good-luck-chain', 'mobile',
         'student forwards a "send to 12 people in 20 minutes or 6 years bad luck" owl chain to classmates from a phone',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 2 curse chain, html only
    n = 2; rng = R(n)
    me = 'keira.dyson@students.school.example'
    to_h, to_e = P([('Maisie Crowther', 'maisie.crowther@students.school.example'),
                    ('Lacey Pickles', 'lacey.pickles@students.school.example'),
                    ('Zara Hussain', 'zara.hussain@students.school.example'),
                    ('Tegan Ramsden', 'tegan.ramsden@students.school.example'),
                    ('Hollie Whiteley', 'hollie.whiteley@students.school.example')])
    inner = ('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0,0,0);">'
             '<p>sorry guys i didnt want to risk it \U0001F62D\U0001F62D</p>'
             '<p><b>DONT IGNORE THIS!!!!</b></p>'
             '<p>My name is Abigail Thorne. In 2009 I was 16 and I was walking home from college along Skircoat Moor Road '
             'when a car hit me and drove off. Nobody stopped. Nobody ever found out who did it.</p>'
             '<p>Now I go looking for the people who ignore me. If you read this and you do not send it on to '
             '<b>20 people</b> before midnight I will be standing at the end of your bed at 3:07am. '
             'You will hear tyres screeching first.</p>'
             '<p>A girl in Leeds called Hannah read this and laughed and deleted it. That night her mum heard a noise '
             'and when she went in Hannah was gone and the window was open.</p>'
             '<p>A lad called Josh sent it to 20 people and the next day he found \u00a320 on the bus.</p>'
             '<p style="color:red;"><b>DO NOT BREAK THE CHAIN. SEND TO 20 PEOPLE NOW. YOU HAVE BEEN WARNED</b></p>'
             '</div>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="ltr">' + inner + '</body></html>\n')
    msg = message('outlook', addr('Keira Dyson', me), to_h, 'FW: dont ignore this seriously',
                  mkdate(2024, 11, 14, 23, 5, 51), textpart(html, subtype='html', cte='quoted-printable'), rng)
    emit(n, 'positive', 'curse-chain', 'html',
         'student forwards a ghost-story curse chain ("send to 20 people before midnight or...") to friends, HTML only',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 3 prayer chain, inline forward
    n = 3; rng = R(n)
    me = 'l.pettit@school.example'
    to_h, to_e = P([('Kelly Ambler', 'k.ambler@school.example'), ('Bev Holloway', 'b.holloway@school.example'),
                    ('Sandra Tordoff', 's.tordoff@school.example'), ('Anne Marsden', 'a.marsden@school.example'),
                    ('Yasmin Rashid', 'y.rashid@school.example'), ('Carol Booth', 'c.booth@school.example')])
    body = ("Morning ladies,\n\n"
            "My auntie sent me this last night. I know it's not everybody's cup of tea but I didn't want to be the "
            "one who broke it, we've had enough going on this year! Please send it on x\n\n"
            "Lorraine\n\n"
            "-------- Forwarded Message --------\n"
            "Subject: \tFw: Fw: Fw: St Anthony Novena - PLEASE DONT BREAK\n"
            "Date: \tSun, 9 Feb 2025 21:14:36 +0000\n"
            "From: \tMaureen Pettit <mo.pettit@example.net>\n"
            "To: \tlorraine.pettit64@example.com\n\n\n"
            "This novena has been around the world nine times. It was started by a nun in Galway and has never been "
            "broken.\n\n"
            "Say the prayer below once, then send this message to NINE people within NINE hours. Do not keep it. "
            "Within nine days something you have been praying for will come to you.\n\n"
            "   Dear St Anthony, you are the patron of the lost and found,\n"
            "   look kindly on me and on those I love,\n"
            "   and bring back to us what has gone astray. Amen.\n\n"
            "Mrs D. from Wigan sent it on the same day and her son was offered a job he had been after for two years. "
            "A man in Bolton laughed and deleted it and within a week he was in hospital.\n\n"
            "This is not a joke. Nine people, nine hours. God bless.\n")
    msg = message('tb', addr('Lorraine Pettit', me), to_h, 'Fwd: Fw: Fw: Fw: St Anthony Novena - PLEASE DONT BREAK',
                  mkdate(2025, 2, 10, 8, 2, 19), textpart(body, flowed=True, cs_upper=True), rng)
    emit(n, 'positive', 'prayer-chain', 'fwd-inline',
         'admin forwards a "send to nine people within nine hours" novena chain from her aunt to six colleagues',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 4 virus hoax, inbound, qp cp1252
    n = 4; rng = R(n)
    frm = 'steve.ridings@ridings-fabrication.example'
    to_h, to_e = P([('Gareth Pryce', 'g.pryce@school.example')])
    cc_h, cc_e = P([('Office', 'office@ridings-fabrication.example')])
    body = ("Gareth \u2013 thought you\u2019d want this for the college, our IT lad says it\u2019s genuine.\n\n"
            "Steve\n\n"
            "*** VIRUS WARNING *** VIRUS WARNING *** VIRUS WARNING ***\n\n"
            "If you receive an email titled \u201cApprenticeship Levy Update\u201d from ANYONE, even someone you know, "
            "DO NOT OPEN IT. Delete it straight away.\n\n"
            "It contains a virus called \u2018Black Tulip\u2019 which wipes the whole of your C drive and sends "
            "your passwords to hackers. Microsoft and Norton confirmed it on Sky News this morning and said it is the "
            "most destructive virus ever seen. There is NO repair for it yet.\n\n"
            "PLEASE FORWARD THIS TO EVERYONE IN YOUR ADDRESS BOOK. Better to get it 25 times than not at all!!\n\n"
            "Steve Ridings\nWorkshop Manager\nRidings Fabrication Ltd\n")
    msg = message('outlook', addr('Steve Ridings', frm), to_h, 'FW: VIRUS WARNING - please pass on',
                  mkdate(2024, 9, 18, 11, 37, 2, 1), textpart(body, charset='windows-1252', cte='quoted-printable'),
                  rng, cc=cc_h)
    emit(n, 'positive', 'virus-hoax', 'qp',
         'employer sends an assessor a "Black Tulip" virus hoax asking him to forward it to his whole address book',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 5 whatsapp video hoax, hard-wrapped
    n = 5; rng = R(n)
    me = 'g.pryce@school.example'
    to_h, to_e = P([('', 'callum.sutcliffe@students.school.example'), ('', 'harvey.clegg@students.school.example'),
                    ('', 'dominik.kowalski@students.school.example'), ('', 'aaron.booth@students.school.example'),
                    ('', 'rhys.firth@students.school.example')])
    cc_h, cc_e = P([('Marcus Adeyemi', 'm.adeyemi@school.example')])
    body = ("Lads,\n\n"
            "This came round on the site WhatsApp this morning. Worth you knowing, pass it on to your mates and "
            "family.\n\n"
            "Gareth\n\n"
            "----\n"
            "PLEASE READ!! Tomorrow a video is going round on WhatsApp and Facebook called \"Scaffold Fail 2025\". "
            "DO NOT OPEN IT. It hacks your phone in 10 seconds and it cannot be stopped, it takes your banking "
            "apps and all your photos. Sgt Michael Harris from the police said on Radio Leeds that it's the worst "
            "one yet. Tell all your contacts NOT to open it. Forward this to everyone you know, if you get it twice "
            "it doesn't matter, just send it.\n"
            "----\n\n"
            "--\n"
            "Gareth Pryce\n"
            "Assessor - Engineering & Construction Apprenticeships\n"
            "Calderbrook College\n")
    msg = message('tb', addr('Gareth Pryce', me), to_h, 'Fwd: DONT OPEN - pass this on',
                  mkdate(2025, 3, 4, 7, 48, 12), textpart(hardwrap(body, 72)), rng, cc=cc_h)
    emit(n, 'positive', 'video-hack-hoax', 'wrapped',
         'assessor passes a WhatsApp "video hacks your phone in 10 seconds" hoax to his apprentices, telling them to forward it',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 6 missing child hoax, alternative
    n = 6; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('All Staff', 'allstaff@school.example')])
    text = ("Sorry to use the all staff list but please look at this, it's been shared loads on Facebook.\n\n"
            "URGENT - PLEASE SHARE\n\n"
            "5 year old Ava-Rose was taken from outside Primark at the White Rose Centre about an hour ago. "
            "She was wearing a pink puffer coat and unicorn trainers. A man in a grey hoodie was seen walking "
            "off with her towards the car park. Police are saying to share this as far and wide as possible.\n\n"
            "Please don't scroll past, it could be your child. Copy and send this to everyone you know, even if "
            "you don't live round here. It only takes a second!!\n\n"
            "Nadia Qureshi\nEmployer Liaison Officer\nCalderbrook College\n")
    html = outlook_html(outlook_paras(text))
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(html, subtype='html', cte='quoted-printable')],
                     '_000_LO4P265MB6012A3C1F2B7E9D0A4C1BA8E9LO4P265MB6012GBRP_')
    msg = message('outlook', addr('Nadia Qureshi', me), to_h, 'PLEASE SHARE - little girl missing',
                  mkdate(2024, 12, 7, 15, 26, 44), part, rng)
    emit(n, 'positive', 'missing-child-hoax', 'alternative',
         'ELO sends an undated "5 year old taken from shopping centre, police say share" appeal to all staff asking everyone to copy it on',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 7 sick child per-forward donation, inbound base64
    n = 7; rng = R(n)
    frm = 'jan.crowther54@example.com'
    to_h, to_e = P([('Bev Holloway', 'b.holloway@school.example')])
    body = ("Hi Bev\n\nSorry to send to your work one, I couldn't find your other address. Please pass it round the "
            "office, it's for a little girl.\n\nJan xx\n\n"
            ">>> Please don't delete this, it only takes a minute.\n\n"
            "My name is Daniel and my little sister Grace is 6. She has leukaemia and the doctors say she needs "
            "an operation in America that costs more than we could ever raise.\n\n"
            "The Make A Smile Trust and Vodafone have agreed to give 7p towards Grace's treatment for EVERY "
            "time this email is forwarded. They can track it so you must FORWARD it, don't copy it.\n\n"
            "If you delete this you are saying no to a 6 year old. Please send it to as many people as you can. "
            "Thank you and God bless you.\n")
    msg = message('gen', addr('Janet Crowther', frm), to_h, 'Fw: please read for little Grace \u2764\ufe0f',
                  mkdate(2025, 1, 22, 19, 55, 3), textpart(body, cte='base64'), rng, mid_domain='example.com',
                  extra=['X-Mailer: WebMail 6.3'])
    emit(n, 'positive', 'sick-child-per-forward', 'base64',
         'friend of a finance assistant sends a "company gives 7p for every forward" sick-child appeal to her work account',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 8 money per forward, 7bit
    n = 8; rng = R(n)
    me = 'darren.holroyd@students.school.example'
    to_h, to_e = P([('', 'access.he.science@students.school.example'), ('', 'kelsey.brearley@students.school.example'),
                    ('', 'bilal.akhtar@students.school.example')])
    body = ("All, I know this sounds daft but my brother in law swears it's real so what have we got to lose\n\n"
            "Dear friends, please do not take this for junk mail. Bill Gates is sharing his fortune. If you ignore "
            "this you will regret it later. Microsoft and AOL are now the largest internet company and in an effort "
            "to make sure Outlook remains the most widely used program, Microsoft is running a beta test.\n\n"
            "When you forward this email to friends, Microsoft can and will track it (if you are a Microsoft Windows "
            "user) for a two week time period. For every person that you forward this to, Microsoft will pay you "
            "\xa3190. For every person that you sent it to that forwards it on, Microsoft will pay you \xa3140, and for "
            "every third person that receives it you will be paid \xa375. Within two weeks Microsoft will contact you "
            "for your address and then send you a cheque.\n\n"
            "I thought this was a scam myself, but two weeks after forwarding it my aunt in Burnley got a cheque "
            "for \xa34,220.18 in the post. Send it on and see!!\n\n"
            "Darren\n")
    msg = message('gen', addr('Darren Holroyd', me), to_h, 'FW: Bill Gates - worth a go',
                  mkdate(2024, 10, 21, 20, 12, 40, 1), textpart(body, charset='iso-8859-1', cte='8bit'), rng,
                  extra=['X-Mailer: Microsoft Outlook Web App'])
    emit(n, 'positive', 'money-per-forward', '8bit-latin1',
         'adult Access learner forwards the "Microsoft pays you for every forward" hoax to his class list (8bit latin-1)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 9 privacy notice hoax, format=flowed
    n = 9; rng = R(n)
    me = 'j.tranter@school.example'
    to_h, to_e = P([('Business & Professional team', 'business.team@school.example')])
    body = ("Hi all,\n\n"
            "Not sure if this is true but there's no harm doing it. You have to copy and paste it into a new email, "
            "apparently forwarding doesn't count.\n\n"
            "Jo\n\n"
            "NOTICE: From tomorrow Microsoft 365 is changing its terms so that all emails, photos and attachments "
            "can be read and sold to other companies. Anything you have ever sent will become public. The deadline "
            "is midnight tonight.\n\n"
            "I hereby declare that I do NOT give Microsoft, Apple, Google or any company connected to them "
            "permission to read, copy, publish or sell my emails, photographs or personal information, past or "
            "future. This is protected under the Data Protection Act 1998, the Berne Convention and UCC 1-308.\n\n"
            "Copy and paste this message into a NEW email and send it to all of your contacts. If you do not, "
            "you will be deemed to have given permission. Those who forward it only will not be protected.\n\n"
            "-- \n"
            "Jo Tranter\nLecturer, Business Administration\nCalderbrook College\n")
    msg = message('tb', addr('Jo Tranter', me), to_h, 'Microsoft privacy - copy and paste before midnight',
                  mkdate(2025, 1, 14, 13, 20, 9), textpart(body, flowed=True, cs_upper=True), rng)
    emit(n, 'positive', 'privacy-notice-hoax', 'flowed',
         'lecturer sends the "I do not give Microsoft permission... copy and paste to all contacts" notice to her team',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 10 friendship chain, html
    n = 10; rng = R(n)
    me = 'maisie.crowther@students.school.example'
    names = ['keira.dyson', 'lacey.pickles', 'demi.ackroyd', 'ruby.shaw', 'oliwia.nowak', 'hafsa.begum',
             'courtney.walsh', 'esme.lumb']
    to_h, to_e = P([('', x + '@students.school.example') for x in names])
    inner = ('<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt; color: #c2185b;">'
             '<p>\U0001F495\U0001F495 FRIENDSHIP TEST \U0001F495\U0001F495</p>'
             '<p>send this to 10 ppl INCLUDING ME!!! if u dont send it back ur not my friend lol</p>'
             '<p>0 back = ur a hater \U0001F612<br>3 back = ur loved<br>5 back = ur popular<br>'
             '10 back = ur the best friend EVER \U0001F451</p>'
             '<p>answer these then send:<br>1. fave colour?<br>2. who do u fancy (initials)?<br>'
             '3. best memory of me?<br>4. would u go to prom with me??</p>'
             '<p>if u break this chain u will have no friends by the end of the year. not my rules sorry xx</p>'
             '</div>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="ltr">' + inner + '</body></html>\n')
    msg = message('outlook', addr('Maisie Crowther', me), to_h, 'friendship test \U0001F495 send back!!',
                  mkdate(2025, 3, 27, 16, 44, 2), textpart(html, subtype='html', cte='base64'), rng)
    emit(n, 'positive', 'friendship-chain', 'html',
         '16-18 student sends a "send to 10 people including me, how many come back" friendship chain, HTML base64',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 11 book exchange pyramid, alternative
    n = 11; rng = R(n)
    me = 'k.ambler@school.example'
    to_h, to_e = P([('Sandra Tordoff', 's.tordoff@school.example'), ('Yasmin Rashid', 'y.rashid@school.example'),
                    ('Anne Marsden', 'a.marsden@school.example'), ('Louise', 'louise.greenwood@example.org'),
                    ('Gemma Farrar', 'gemfarrar@example.net'), ('Tash', 'tash.begum88@example.com')])
    text = ("Hi lovely ladies!\n\n"
            "I've joined a Secret Sister Book Exchange and I need 6 of you to keep it going - it's so much fun and "
            "you only spend a tenner!\n\n"
            "1. Buy ONE book (about \u00a310) and post it to the person in position 1 below.\n"
            "2. Move my name up to position 1 and put YOUR name and address in position 2.\n"
            "3. Send this email to 6 friends within 5 days.\n\n"
            "Position 1: Debbie Whitworth, 17 Lowfield Avenue, Morley\n"
            "Position 2: Kelly Ambler (that's me!)\n\n"
            "If everyone plays you'll get up to 36 books through the door. Please don't drop out, it breaks the "
            "chain for everyone under you. Let me know if you're in and I'll send you my address x\n\n"
            "Kelly\n")
    html = outlook_html(outlook_paras(text))
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(html, subtype='html', cte='quoted-printable')],
                     '_000_LO2P265MB3318F2C0A97D3E1B5C6A4D2ELO2P265MB3318GBRP_')
    msg = message('outlook', addr('Kelly Ambler', me), to_h, 'Secret Sister book exchange - are you in?? \U0001F4DA',
                  mkdate(2024, 11, 2, 10, 3, 55), part, rng)
    emit(n, 'positive', 'book-exchange-pyramid', 'alternative',
         'learning support assistant sends a "post a book to position 1, add your name, send to 6 friends" exchange to colleagues and friends',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 12 gifting circle, inbound html
    n = 12; rng = R(n)
    frm = 'dawn@abundance-sisters.example'
    to_h, to_e = P([('Fiona McBride', 'f.mcbride@school.example')])
    inner = ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#fdf6ff;"><tr><td align="center">'
             '<table width="600" cellpadding="20" style="font-family:Georgia,serif;color:#4a2a5a;">'
             '<tr><td><h2 style="color:#8e44ad;">\U0001F338 The Abundance Flower is opening \U0001F338</h2>'
             '<p>Dear Fiona,</p>'
             '<p>A friend of yours suggested you\u2019d be a wonderful addition to our circle of women lifting each '
             'other up.</p>'
             '<p>Each flower has 15 places: 1 Water in the centre, 2 Earth, 4 Air and 8 Fire. You join on the Fire '
             'petal by gifting <b>\u00a3500</b> to the sister at the centre. As new sisters join, the flower splits '
             'and you move inwards. When you reach Water you receive <b>\u00a34,000</b> from your 8 new Fire '
             'sisters.</p>'
             '<p>This is NOT a pyramid scheme, it\u2019s a gifting circle, and gifts between friends are completely '
             'legal and tax free. All we ask is that you invite two women of your own and pass this message on so the '
             'flower keeps blooming.</p>'
             '<p>Only a few Fire places left this month \u2013 reply to me quickly!</p>'
             '<p>Love and light,<br>Dawn \U0001F33C</p></td></tr></table></td></tr></table>')
    html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' + inner + '</body></html>\n'
    msg = message('gen', addr('Dawn Marsh', frm), to_h, 'Fiona, a place in the Abundance Flower \U0001F338',
                  mkdate(2025, 4, 8, 9, 12, 31, 1), textpart(html, subtype='html', cte='quoted-printable'), rng,
                  mid_domain='abundance-sisters.example')
    emit(n, 'positive', 'gifting-circle', 'html',
         'outside sender recruits a manager into a "gift \u00a3500, receive \u00a34,000, invite two and pass on" flower gifting circle',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 13 money chain letter, txt attachment
    n = 13; rng = R(n)
    me = 'shane.walsh@students.school.example'
    to_h, to_e = P([('', 'liam.ogunleye@students.school.example'), ('', 'connor.marsden@students.school.example'),
                    ('', 'josh.farrar@students.school.example'), ('', 'zain.rashid@students.school.example')])
    txt = ("THIS REALLY WORKS - READ IT ALL THE WAY TO THE END\r\n\r\n"
           "I was skint and sceptical like you. I followed the instructions below and within 3 weeks I had made "
           "over \xa31,800. It is 100% legal because you are SELLING A SERVICE (putting people on a mailing list).\r\n\r\n"
           "STEP 1: Send \xa35 by bank transfer or PayPal to EACH of the 6 names below with the note "
           "\"please add me to your mailing list\".\r\n"
           "STEP 2: Remove the name at No.1, move everyone up one place, and put YOUR name at No.6.\r\n"
           "STEP 3: Send this letter to at least 200 people. Email, college accounts, Facebook groups, anything.\r\n\r\n"
           "1. M. Darby  (paypal: mdarby.pay@example.com)\r\n"
           "2. K. Oyelaran  (paypal: kayo.cash@example.net)\r\n"
           "3. S. Hirst  (paypal: stuhirst76@example.com)\r\n"
           "4. P. Lund  (paypal: lundypete@example.org)\r\n"
           "5. R. Ashworth  (paypal: robash.money@example.com)\r\n"
           "6. S. Walsh  (paypal: shane.w.2001@example.com)\r\n\r\n"
           "If only 10% reply to your 200 and they each send 200, by the time your name is at No.1 you will have "
           "received \xa350,000. DO NOT BREAK THE CHAIN. People who broke it lost out and regretted it.\r\n")
    part = multipart('mixed', [textpart("Read the attachment lads, it's legit, I've had \xa360 back already\n\nShane\n",
                                        charset='iso-8859-1', cte='quoted-printable'),
                               attachment('THIS REALLY WORKS.txt', txt.encode('cp1252'), 'text/plain',
                                          charset='windows-1252', cte='base64')],
                     '------------0nW8sT4pQ2xRcL1vY7hB3mK9')
    msg = message('gen', addr('Shane Walsh', me), to_h, 'make money quick',
                  mkdate(2024, 12, 2, 14, 50, 17), part, rng, extra=['X-Mailer: Microsoft Outlook Web App'])
    emit(n, 'positive', 'money-chain-letter', 'att-txt',
         'learner attaches a classic "send \u00a35 to each of the 6 names, add yours at No.6, send to 200 people" letter',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 14 forward-only petition, docx
    n = 14; rng = R(n)
    me = 'd.whitlock@school.example'
    to_h, to_e = P([('Health & Social Care', 'hsc.team@school.example'), ('', 'clare.whitlock@example.org')])
    doc = docx_bytes([
        ('h', 'SAVE CALDER VALLEY MATERNITY UNIT - PEOPLE\'S PETITION'),
        ('p', 'They want to close our maternity unit and make mums travel 40 minutes in labour. Add your name to the '
              'bottom of the list, then FORWARD this document to at least 10 people you know. '
              'Please do not start a new list - only add to this one.'),
        ('p', 'When you are name number 250, 500, 750 or 1000 please email the document to your MP. '
              'If this chain breaks, the unit closes. It is that simple.'),
        ('table', [['No.', 'Name', 'Town'], ['1', 'Pauline H.', 'Todmorden'], ['2', 'Gill Spencer', 'Hebden Bridge'],
                   ['3', 'Andy & Sue Crossley', 'Mytholmroyd'], ['4', 'Mo Rafiq', 'Halifax'],
                   ['5', 'Clare Whitlock', 'Sowerby Bridge'], ['6', 'Dan Whitlock', 'Sowerby Bridge'],
                   ['7', '', ''], ['8', '', '']]),
        ('p', 'Keep it going! Every name counts.'),
    ], title='Petition')
    text = ("Hi all,\n\nMy wife sent me this - add your name to the table in the attachment and send it on to at "
            "least 10 people. It only works if it keeps moving so please don't sit on it!\n\nCheers\nDan\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('Maternity unit petition - ADD YOUR NAME.docx', doc, DOCX)],
                     '------------Lk2x9TgqHnVw1Zp0aF3cRbYd', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Dan Whitlock', me), to_h, 'Fwd: petition - add your name and pass on',
                  mkdate(2025, 5, 13, 12, 31, 8, 1), part, rng)
    emit(n, 'positive', 'forward-petition', 'att-docx',
         'tutor circulates a "add your name and forward to 10 people, if the chain breaks the unit closes" petition as a .docx',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 15 phone-line hoax, inline forward qp latin-1
    n = 15; rng = R(n)
    me = 'a.firth@school.example'
    to_h, to_e = P([('All Staff', 'allstaff@school.example')])
    body = ("Good afternoon everyone,\n\n"
            "A member of the public rang reception about this and asked us to pass it on, so please read and share "
            "with your families.\n\n"
            "Alison Firth\nStudent Services Reception\n\n"
            "---------- Forwarded message ---------\n"
            "From: Pat Nuttall <pat.nuttall@example.net>\n"
            "Date: Wed, 5 Mar 2025 at 12:02\n"
            "Subject: PHONE SCAM WARNING\n"
            "To: <studentservices@school.example>\n\n\n"
            "PLEASE PASS THIS ON TO EVERYONE YOU KNOW\n\n"
            "If you get a call from someone saying they are an engineer from BT checking your line, and they ask "
            "you to press 9, 0 and then the # key, HANG UP IMMEDIATELY. Pressing 90# gives them full access to "
            "your line and they can make calls to premium numbers abroad that will cost you \xa3100s on your bill.\n\n"
            "This has been confirmed by West Yorkshire Police and by BT. My neighbour's daughter lost \xa3600.\n\n"
            "Forward this to everyone in your address book - your family, friends and work colleagues. The more "
            "people who know the better!!\n")
    msg = message('tb', addr('Alison Firth', me), to_h, 'Fwd: PHONE SCAM WARNING',
                  mkdate(2025, 3, 5, 13, 47, 22), textpart(body, charset='iso-8859-1', cte='quoted-printable',
                                                           cs_upper=True), rng)
    emit(n, 'positive', 'phone-line-hoax', 'fwd-inline',
         'receptionist forwards the "press 9-0-# and they take over your line" hoax to all staff asking them to share it',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 16 headlights legend, reply
    n = 16; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('Paul Greenwood', 'paul.greenwood@hollins-motors.example')])
    cc_h, cc_e = P([('', 'ethan.hartley@students.school.example'), ('', 'mason.ramsden@students.school.example'),
                    ('', 'louis.akhtar@students.school.example'), ('Gareth Pryce', 'g.pryce@school.example')])
    irt = '<CAJq7d2X9m1ZtWuH4rkP0vQ8yN5b6sLc+E3fA2gDhTjR1oUw@mail.gmail.com>'
    body = ("Thanks Paul, I've added your three apprentices so they see it.\n\n"
            "Lads - please read Paul's message below and send it on to your friends and family, especially anyone "
            "who drives at night.\n\n"
            "Nadia\n\n"
            "On 20/11/2024 08:15, Paul Greenwood wrote:\n"
            "> Morning Nadia, can you get this out to the college lot as well.\n"
            ">\n"
            "> POLICE WARNING - NEW GANG INITIATION\n"
            ">\n"
            "> This weekend a gang is doing an initiation where new members drive\n"
            "> round at night with NO HEADLIGHTS ON. The first car to flash its lights\n"
            "> at them gets followed home and the driver is attacked. Two families in\n"
            "> Bradford have already been targeted. DO NOT FLASH YOUR LIGHTS at any car\n"
            "> without headlights.\n"
            ">\n"
            "> This came from a friend whose husband is in the police. Forward to as\n"
            "> many people as you can, you could save a life.\n"
            ">\n"
            "> Paul\n")
    msg = message('tb', addr('Nadia Qureshi', me), to_h, 'Re: gang warning pass on please',
                  mkdate(2024, 11, 20, 9, 3, 50), textpart(body, cs_upper=True), rng, cc=cc_h, in_reply_to=irt)
    emit(n, 'positive', 'urban-legend-warning', 'reply',
         'ELO replies to an employer and copies apprentices, telling them to forward the "flash your headlights and the gang follows you" legend',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 17 telemarketing hoax, iPhone
    n = 17; rng = R(n)
    me = 'm.adeyemi@school.example'
    to_h, to_e = P([('Construction Team', 'construction.team@school.example')])
    body = ("Heads up everyone - from 1st Feb all mobile numbers are being released to call centres and you'll "
            "start getting sales calls on your mobile. To stop it text the word STOP to 85095 from your phone "
            "before the end of the month and you're blocked for 5 years.\n\n"
            "Pass it on to everyone in your contacts!!\n\n"
            "Sent from my iPhone\n")
    msg = message('apple', addr('Marcus Adeyemi', me), to_h, 'Mobile numbers - do this before end of month',
                  mkdate(2025, 1, 17, 17, 22, 5), textpart(body, cte='7bit'), rng)
    emit(n, 'positive', 'telemarketing-hoax', 'mobile',
         'curriculum manager forwards from his phone the "mobile numbers released to call centres, pass it on" hoax',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 18 angel chain, html
    n = 18; rng = R(n)
    me = 'sharon.lumb@students.school.example'
    to_h, to_e = P([('', 'esol.entry3@students.school.example'), ('', 'tracey.lumb@example.com'),
                    ('', 'janine.haigh@example.net')])
    inner = ('<div style="text-align:center;font-family:Comic Sans MS,cursive;font-size:16px;color:#1a237e;">'
             '<p>\U0001F47C\u2728\U0001F47C\u2728\U0001F47C</p>'
             '<p>This little angel has been sent to watch over you.</p>'
             '<p>Make a wish now. Don\u2019t tell anyone.</p>'
             '<p>Send this angel to <b>13 people</b> within <b>13 minutes</b> and your wish will come true before '
             'Sunday.</p>'
             '<p>Send to 5 and something nice will happen.<br>Send to nobody and you will have 13 years of bad luck. '
             'Angels do not like being ignored.</p>'
             '<p>I got this from my sister and I am sending it to my lovely class \U0001F496</p>'
             '<p>\U0001F47C\u2728\U0001F47C\u2728\U0001F47C</p></div>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + inner + '</body></html>\n')
    msg = message('gen', addr('Sharon Lumb', me), to_h, '\U0001F47C An angel for you - dont break',
                  mkdate(2025, 2, 23, 11, 8, 36), textpart(html, subtype='html', cte='quoted-printable'), rng,
                  extra=['X-Mailer: Microsoft Outlook Web App'])
    emit(n, 'positive', 'angel-chain', 'html',
         'adult ESOL learner sends an angel wish chain ("13 people in 13 minutes or 13 years bad luck") to class and family',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 19 women chain, flowed
    n = 19; rng = R(n)
    me = 's.kearney@school.example'
    to_h, to_e = P([('Yasmin Rashid', 'y.rashid@school.example'), ('Priya Raman', 'p.raman@school.example'),
                    ('Helen Ashworth', 'h.ashworth@school.example'), ('Fiona McBride', 'f.mcbride@school.example'),
                    ('Kelly Ambler', 'k.ambler@school.example'), ('Bev Holloway', 'b.holloway@school.example'),
                    ('Jo Tranter', 'j.tranter@school.example'), ('Anne Marsden', 'a.marsden@school.example')])
    body = ("I don't normally do these but it's been a long week and this made me smile.\n\n"
            "Siobhan x\n\n"
            "~*~*~*~ FOR THE WOMEN WHO HOLD IT ALL TOGETHER ~*~*~*~\n\n"
            "Today is the day we tell the women in our lives how much they mean. Send this to 8 wonderful women "
            "you know, and to the one who sent it to you.\n\n"
            "If it comes back to you 3 times, you are a true friend.\n"
            "If it comes back 5 times, you are loved more than you know.\n"
            "If it comes back 8 times, you are someone who changes lives.\n\n"
            "Don't keep it to yourself - the women who break this chain will have a year of heartache. "
            "Send it within the hour and tomorrow you will get good news. xx\n")
    msg = message('tb', addr('Siobhan Kearney', me), to_h, 'Fwd: For the women who hold it all together \u2665',
                  mkdate(2025, 3, 7, 16, 58, 11), textpart(body, flowed=True, cs_upper=True), rng)
    emit(n, 'positive', 'women-appreciation-chain', 'flowed',
         'HR adviser sends an "send to 8 wonderful women within the hour or a year of heartache" chain to colleagues',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 20 recipe legend, 7bit
    n = 20; rng = R(n)
    me = 'r.clegg@school.example'
    to_h, to_e = P([('Hospitality & Catering staff', 'catering.staff@school.example'),
                    ('Andrea Clegg', 'andreaclegg@example.org')])
    body = ("Don't know how true this is but the recipe is a good one, I've tried it! Pass it round.\n\n"
            "Rob\n\n"
            "--------\n"
            "My friend's daughter and her mum had a coffee and a chocolate brownie at a well known department "
            "store cafe in Leeds. They loved it and asked for the recipe. The waitress said it would be 'two fifty' "
            "so they said add it to the bill. When the card statement came it was 250 pounds, not 2.50! The store "
            "refused to refund so she is getting her own back by giving the recipe away free.\n\n"
            "PLEASE pass this on to everyone you know so nobody ever has to pay for it again.\n\n"
            "225g butter, 300g caster sugar, 4 eggs, 75g cocoa, 100g plain flour, 200g dark choc, "
            "pinch salt. 180C for 25 mins.\n\n"
            "Send to as many people as you can - let's make it the most shared recipe in the country!\n")
    msg = message('gen', addr('Rob Clegg', me), to_h, 'FW: The 250 pound brownie - pass it on',
                  mkdate(2024, 9, 26, 15, 5, 0, 1), textpart(body), rng, extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'positive', 'recipe-legend', '7bit',
         'catering lecturer forwards the "store charged \u00a3250 for the brownie recipe, pass it on to everyone" urban legend',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 21 email charging hoax, base64
    n = 21; rng = R(n)
    me = 'jayden.mahmood@students.school.example'
    to_h, to_e = P([('', x + '@students.school.example') for x in
                    ['ibrahim.rashid', 'finley.shaw', 'kyle.whiteley', 'rhys.dyson', 'bilal.iqbal', 'callum.booth']])
    body = ("FROM THE OUTLOOK TEAM\n\n"
            "Dear Outlook users,\n\n"
            "Due to the huge number of accounts we have to start charging \xa32.50 for every email sent from "
            "1st April. Accounts that are ACTIVE will stay free. To show your account is active forward this "
            "message to at least 18 people. We count every forward.\n\n"
            "If you do not forward this your account will be charged or deleted.\n\n"
            "Sorry for the inconvenience.\n"
            "Outlook Team Director\n\n"
            "(sending this to u lot just in case lol)\n")
    msg = message('outlook', addr('Jayden Mahmood', me), to_h, 'FW: Outlook charging - forward to stay free',
                  mkdate(2025, 3, 24, 12, 18, 40), textpart(body, cte='base64'), rng)
    emit(n, 'positive', 'email-charging-hoax', 'base64',
         'student forwards the "Outlook will charge per email unless you forward to 18 people" hoax (base64 text)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 22 kidney theft legend, hard wrapped, to parents
    n = 22; rng = R(n)
    me = 'c.booth@school.example'
    to_h, to_e = P([('Travel & Tourism L3', 'tt.level3@students.school.example')])
    cc_h, cc_e = P([('', 'sarah.whiteley@example.com'), ('', 'mrandmrsdyson@example.net'),
                    ('', 'kate.ackroyd@example.org')])
    body = ("Hi everyone,\n\n"
            "With the Barcelona trip coming up I think everyone needs to see this. A friend of mine sent it me and "
            "it's frightening. Please share with every young person you know going abroad this summer.\n\n"
            "A British girl of 18 on holiday in Magaluf accepted a drink from a man in a club. She woke up the "
            "next morning in a hotel bath full of ice with a note taped to the wall saying CALL 112 OR YOU WILL "
            "DIE. When the ambulance came they found both her kidneys had been removed. The police say there is "
            "a gang selling organs and they target British students. It has happened to 6 girls this year.\n\n"
            "Forward this to every student and parent you know. Don't let it happen to anyone else.\n\n"
            "Carol Booth\n"
            "Course Administrator, Travel & Tourism\n"
            "Calderbrook College\n")
    msg = message('tb', addr('Carol Booth', me), to_h, 'IMPORTANT for anyone going abroad - please share',
                  mkdate(2025, 5, 22, 10, 40, 3, 1), textpart(hardwrap(body, 74)), rng, cc=cc_h)
    emit(n, 'positive', 'organ-theft-legend', 'wrapped',
         'course admin sends students and parents the "woke in a bath of ice, kidneys removed" legend, asks them to forward to everyone',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 23 teacher appreciation chain, alternative
    n = 23; rng = R(n)
    me = 'f.mcbride@school.example'
    to_h, to_e = P([('Apprenticeship Delivery Team', 'appdelivery@school.example')])
    text = ("Team - a lovely one from an old colleague at my last college.\n\n"
            "Fiona\n\n"
            "WHY WE TEACH\n\n"
            "Somewhere there is a learner who stayed on because of you. Somewhere there is an apprentice who "
            "finished because you rang them one more time.\n\n"
            "Forward this to 5 teachers, trainers or assessors who made a difference. If it comes back to you "
            "three times, you are a legend in your staffroom. If you keep it, the next Ofsted will land on your "
            "birthday!\n\n"
            "Don't break the chain - pass it on before the end of the day \U0001F34E\n")
    html = ('<div dir="ltr"><p>Team - a lovely one from an old colleague at my last college.</p><p>Fiona</p>'
            '<hr><h3 style="color:#2e7d32">WHY WE TEACH</h3>'
            '<p>Somewhere there is a learner who stayed on because of you. Somewhere there is an apprentice who '
            'finished because you rang them one more time.</p>'
            '<p><b>Forward this to 5 teachers, trainers or assessors who made a difference.</b> If it comes back to '
            'you three times, you are a legend in your staffroom. If you keep it, the next Ofsted will land on your '
            'birthday!</p><p>Don\u2019t break the chain \u2013 pass it on before the end of the day \U0001F34E</p></div>')
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(apple_html(html), subtype='html', cte='quoted-printable')],
                     'Apple-Mail=_4E7C1D2A-9B3F-4A61-8C0E-5D2B7F3A9E10')
    msg = message('apple', addr('Fiona McBride', me), to_h, 'Fwd: Why we teach \U0001F34E',
                  mkdate(2024, 10, 4, 18, 31, 27, 1), part, rng, extra=['X-Mailer: Apple Mail (2.3826.300.87.4)'])
    emit(n, 'positive', 'teacher-appreciation-chain', 'alternative',
         'head of apprenticeships forwards a "send to 5 teachers, don\'t break the chain" appreciation chain to her team',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 24 account deletion hoax, wrapped
    n = 24; rng = R(n)
    me = 'ollie.crowther@students.school.example'
    to_h, to_e = P([('', x + '@students.school.example') for x in
                    ['harvey.dyson', 'declan.walsh', 'kacper.kowalski', 'tegan.firth', 'courtney.hartley',
                     'ruby.nuttall', 'zain.hussain']])
    body = ("this was on the college teams chat someone said its from IT\n\n"
            "---\n"
            "ATTENTION ALL STUDENTS. The college email system is FULL and IT need to get rid of inactive accounts. "
            "Any account that has not sent this message to at least 20 people by Friday 4pm will be DELETED along "
            "with all your coursework and OneDrive. This is the only way we can tell which accounts are being used.\n"
            "Forward to 20 people NOW.\n"
            "- College IT Department\n"
            "---\n\n"
            "dont want to lose my coursework so sending it just in case\n")
    msg = message('gen', addr('Ollie Crowther', me), to_h, 'FW: college emails getting deleted friday!!',
                  mkdate(2025, 2, 5, 11, 2, 33), textpart(hardwrap(body, 72)), rng,
                  extra=['X-Mailer: Microsoft Outlook Web App'])
    emit(n, 'positive', 'account-deletion-hoax', 'wrapped',
         'student forwards a fake "IT will delete accounts that don\'t forward this to 20 people" message to classmates',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 25 drug sweets hoax, attached rfc822
    n = 25; rng = R(n)
    me = 'y.rashid@school.example'
    to_h, to_e = P([('Personal Tutors', 'tutors@school.example')])
    inner_body = ("WARNING TO ALL PARENTS AND CARERS\n\n"
                  "Drug dealers are handing out sweets outside schools and colleges that look like popping candy. "
                  "They are called STRAWBERRY QUICK and are laced with crystal meth. Children are being told it is a "
                  "free sample. Two teenagers in Wakefield were rushed to hospital last week.\n\n"
                  "Please copy and paste this and send it to every parent you know. Tell your kids not to take "
                  "anything from strangers. Don't just read it - SHARE IT. If it saves one child it is worth it.\n")
    inner = message('gen', addr('Parents Watch Calder', 'parentswatch.calder@example.com'),
                     ['"Calderbrook College" <enquiries@school.example>'], 'URGENT - SHARE WITH ALL PARENTS',
                     mkdate(2025, 4, 28, 7, 12, 45, 1), textpart(inner_body), random.Random('w3-25i'),
                     mid_domain='example.com')
    outer = ("Dear all,\n\nThis came into the enquiries inbox this morning. Please share with your tutor groups "
             "and send it to parents/carers where you have them.\n\nThanks\nYasmin\n\n"
             "Yasmin Rashid\nStudent Services Manager\n")
    part = multipart('mixed', [textpart(outer, cte='7bit'), rfc822part(inner, 'URGENT - SHARE WITH ALL PARENTS.eml')],
                     '_004_LO6P265MB7100C1E0D8B2A9F34E2A7C31LO6P265MB7100GBRP_')
    msg = message('outlook', addr('Yasmin Rashid', me), to_h, 'FW: URGENT - SHARE WITH ALL PARENTS',
                  mkdate(2025, 4, 28, 9, 4, 12, 1), part, rng)
    emit(n, 'positive', 'drug-sweets-hoax', 'fwd-rfc822',
         'student services manager forwards (as attached .eml) a "meth-laced strawberry sweets, copy and send to every parent" hoax for tutors to share',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 26 petrol pump needle legend, inbound qp cp1252
    n = 26; rng = R(n)
    frm = 'karen.shaw@castlegate-care.example'
    to_h, to_e = P([('Nadia Qureshi', 'n.qureshi@school.example'), ('Helen Ashworth', 'h.ashworth@school.example')])
    body = ("Hi Nadia / Helen,\n\n"
            "Our area manager sent this round and asked us to share it with everyone we work with, so I\u2019m passing "
            "it to you for your learners.\n\n"
            "\u201cPLEASE READ \u2013 Police are warning that used needles are being taped under the handles of "
            "petrol pumps at supermarket garages. People are being pricked and some have tested positive for HIV "
            "and Hepatitis. Always check the pump handle before you pick it up. A lady in Huddersfield was "
            "infected last month. Send this to everyone in your contacts \u2013 men and women \u2013 it could save "
            "someone\u2019s life.\u201d\n\n"
            "Kind regards\n"
            "Karen Shaw\nRegistered Manager\nCastlegate Care Home\n")
    msg = message('outlook', addr('Karen Shaw', frm), to_h, 'FW: FW: Needles on petrol pumps - please share',
                  mkdate(2024, 10, 15, 14, 9, 58, 1), textpart(body, charset='windows-1252', cte='quoted-printable'),
                  rng)
    emit(n, 'positive', 'needle-legend', 'qp',
         'care-home employer forwards the "HIV needles under petrol pump handles, send to everyone" legend to ELO and DSL',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 27 wish chain, Outlook for Android
    n = 27; rng = R(n)
    me = 'hollie.whiteley@students.school.example'
    to_h, to_e = P([('', x + '@students.school.example') for x in
                    ['niamh.barraclough', 'amelia.tordoff', 'lily-mae.farrar', 'chloe.wadsworth', 'esme.ambler']])
    body = ("make a wish \u2B50\n\n\u2B07\ufe0f\n\u2B07\ufe0f\n\u2B07\ufe0f\n\u2B07\ufe0f\n\n"
            "ok now u have 5 mins to send this to 15 ppl or ur wish wont come true. if u send it to 15 the "
            "person u like will text u tonight. honestly it worked for me last time\n\n"
            "Get Outlook for Android\n")
    msg = message('gen', addr('Hollie Whiteley', me), to_h, 'make a wish!!',
                  mkdate(2025, 1, 30, 21, 33, 7), textpart(body, cte='quoted-printable'), rng,
                  extra=['X-Mailer: Outlook for Android'], mid=msgid(rng, 'outlook'))
    emit(n, 'positive', 'wish-chain', 'mobile',
         'student sends a short "make a wish, send to 15 people in 5 minutes" chain from Outlook for Android',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 28 copy-paste share, reply in a staff thread
    n = 28; rng = R(n)
    me = 't.shaw@school.example'
    to_h, to_e = P([('Andrew Lyle', 'a.lyle@school.example')])
    cc_h, cc_e = P([('All Staff', 'allstaff@school.example')])
    irt = '<LO4P265MB5520E9D1AF33C7B28A61E4D2B9@LO4P265MB5520.GBRP265.PROD.OUTLOOK.COM>'
    body = ("Thanks Andrew, good to see us doing this again.\n\n"
            "I'll probably get told off but I'm adding this as I think it's fitting:\n\n"
            "I bet most of you won't copy and paste this. Our soldiers don't get the respect they deserve. If you "
            "are proud of our armed forces, copy this (don't forward it) and send it to 10 people. I know who will "
            "and who won't. Only 3% will - let's see who really reads to the end.\n\n"
            "Tony\n\n"
            "From: Andrew Lyle <a.lyle@school.example>\n"
            "Sent: 06 November 2024 08:30\n"
            "To: All Staff <allstaff@school.example>\n"
            "Subject: Remembrance - two minute silence Monday 11th\n\n"
            "Dear colleagues,\n\n"
            "We will hold the two minute silence at 11:00 on Monday 11th November. Please pause teaching and "
            "support learners to observe it. Poppies are available from main reception and the LRC; the Royal "
            "British Legion collection tin will be in the atrium all week.\n\n"
            "Andrew Lyle\nPrincipal\n")
    msg = message('outlook', addr('Tony Shaw', me), to_h, 'RE: Remembrance - two minute silence Monday 11th',
                  mkdate(2024, 11, 6, 10, 14, 26), textpart(body, cte='quoted-printable'), rng, cc=cc_h,
                  in_reply_to=irt)
    emit(n, 'positive', 'copy-paste-share', 'reply',
         'staff member replies-all to a Remembrance notice adding a "bet you won\'t copy this and send to 10 people" text',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 29 get-to-know-me chain, qp
    n = 29; rng = R(n)
    me = 'lacey.pickles@students.school.example'
    to_h, to_e = P([('', x + '@students.school.example') for x in
                    ['keira.dyson', 'maisie.crowther', 'ruby.shaw', 'demi.ackroyd', 'jasmine.iqbal', 'zara.hussain',
                     'tegan.ramsden', 'oliwia.nowak', 'kelsey.begum', 'hollie.whiteley']])
    body = ("GET TO KNOW ME!! \U0001F60A\n"
            "copy this into a new email, delete my answers, put urs in and send it to 10 people including the "
            "person who sent it u. if u dont ur gonna have a rubbish summer \U0001F648\n\n"
            "name: Lacey\n"
            "course: hair & beauty lvl 2\n"
            "fave colour: lilac\n"
            "crush: not telling \U0001F92D\n"
            "fave food: nandos obvs\n"
            "dream job: my own salon\n"
            "best friend: keira \U0001F495\n"
            "tiktok or insta: tiktok\n\n"
            "NOW SEND IT ON!!! 10 people \u23F0\n")
    msg = message('gen', addr('Lacey Pickles', me), to_h, 'get to know me \U0001F60A',
                  mkdate(2025, 6, 12, 19, 2, 14, 1), textpart(body, cte='quoted-printable'), rng,
                  extra=['X-Mailer: Microsoft Outlook Web App'])
    emit(n, 'positive', 'get-to-know-me-chain', 'qp',
         'student sends a copy-and-paste "get to know me, send to 10 people or rubbish summer" chain',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 30 blessing pack zip, inbound
    n = 30; rng = R(n)
    frm = 'bernadette.okafor@example.net'
    to_h, to_e = P([('Kwame Osei', 'k.osei@school.example')])
    t1 = ("MIRACLE CHAIN - READ WITHIN 24 HOURS\r\n\r\n"
          "This chain was started in 1953 by a missionary in Venezuela. It has been round the world 40 times.\r\n"
          "Whoever receives it will be blessed within 4 days, but ONLY if it is passed on.\r\n\r\n"
          "Print it, or forward it, to 20 people within 24 hours.\r\n\r\n"
          "Constantine received it and asked his secretary to make 20 copies; 9 days later he won \xa3700,000.\r\n"
          "An office worker forgot to send it on and lost his job. He found it again, sent 20 copies, and got a\r\n"
          "better job within a week.\r\n\r\n"
          "Do not send money. Do not ignore it. It works.\r\n")
    t2 = docx_bytes([('h', 'The Power of Prayer'),
                     ('p', 'Lord, bless whoever is reading this right now. Open the doors that have been closed.'),
                     ('p', 'Pass this blessing to 12 people in the next hour and watch what happens tomorrow. If you '
                           'are ashamed to share it, He will be ashamed of you.'),
                     ('p', 'Amen - now SEND IT ON.')], title='Power of Prayer')
    z = zip_bytes([('Blessings/Miracle Chain - read within 24hrs.txt', t1.encode('cp1252')),
                   ('Blessings/Power of Prayer.docx', t2)])
    part = multipart('mixed', [textpart("Dear brother Kwame\n\nPlease open and read both and pass them on today "
                                        "\U0001F64F Dont break it.\n\nBernadette\n", cte='quoted-printable'),
                               attachment('Blessings.zip', z, 'application/zip')],
                     '000000000000f3a1c2062b4e9d17')
    msg = message('gen', addr('Bernadette Okafor', frm), to_h, 'Blessings for you - pass on today',
                  mkdate(2025, 1, 5, 8, 40, 19), part, rng, mid=msgid(rng, 'gmail'))
    emit(n, 'positive', 'blessing-chain-zip', 'zip',
         'acquaintance sends a staff member a zip of miracle/prayer chain texts ("forward to 20 people within 24 hours")',
         msg, frm, to_e, None)

    # ====================================================================================== NEGATIVES
    # ------------------------------------------------------------------ 31 pass info to line manager, wrapped outbound
    n = 31; rng = R(n)
    me = 'g.pryce@school.example'
    to_h, to_e = P([('Paul Greenwood', 'paul.greenwood@hollins-motors.example'),
                    ('Steve Ridings', 'steve.ridings@ridings-fabrication.example'),
                    ('Maria Kowalczyk', 'hr@brightwell-engineering.example')])
    body = ("Dear all,\n\n"
            "End-point assessment gateway meetings for the Level 3 Engineering Technician cohort will take place "
            "in the week beginning 12 May. I will contact each of you individually to book a slot.\n\n"
            "Could you please pass this information on to your apprentice's line manager or workplace mentor, "
            "as we need them to attend the gateway meeting (about 45 minutes, on site or on Teams) and sign the "
            "employer declaration.\n\n"
            "Before the meeting it would help if the line manager could:\n"
            "- check the apprentice's portfolio has been signed off on the e-portfolio;\n"
            "- confirm the apprentice has had their off-the-job hours recorded up to the end of April;\n"
            "- think about any reasonable adjustments the apprentice might need for the EPA.\n\n"
            "If you're not the right person to receive these, please let me know who is and I'll update my list.\n\n"
            "Many thanks,\n\n"
            "--\n"
            "Gareth Pryce\n"
            "Assessor - Engineering & Construction Apprenticeships\n"
            "Calderbrook College | 01632 960418\n")
    msg = message('tb', addr('Gareth Pryce', me), to_h, 'EPA gateway meetings w/c 12 May - please pass on to line managers',
                  mkdate(2025, 4, 14, 9, 20, 2, 1), textpart(hardwrap(body, 72)), rng)
    emit(n, 'negative', 'pass-on-to-line-manager', 'wrapped',
         'assessor asks employers to pass EPA gateway information on to apprentices\' line managers',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 32 IT phishing warning, alternative
    n = 32; rng = R(n)
    me = 't.kettering@school.example'
    to_h, to_e = P([('All Staff', 'allstaff@school.example')])
    text = ("Dear colleagues,\n\n"
            "This morning a number of staff received an email with the subject \"Payroll: Action Required - "
            "December Salary Adjustment\". It appears to come from HR but it does NOT. The link leads to a fake "
            "Microsoft sign-in page designed to steal your password.\n\n"
            "If you have received it:\n"
            "- do not click the link or open the attachment;\n"
            "- do not forward it to colleagues to warn them - we have already blocked it for everyone;\n"
            "- use the 'Report' button in Outlook, then delete it.\n\n"
            "If you have already entered your password, please ring the IT Service Desk on ext. 2200 straight "
            "away so we can reset it and check your account. You will not be in trouble - the quicker we know, "
            "the easier it is to fix.\n\n"
            "Tom Kettering\nIT Services Manager\n")
    html = outlook_html(outlook_paras(text).replace('NOT', '<b>NOT</b>'))
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(html, subtype='html', cte='quoted-printable')],
                     '_000_LO3P265MB2281A7E4C0B9D6F5E12C88A1LO3P265MB2281GBRP_')
    msg = message('outlook', addr('Tom Kettering', me), to_h,
                  'Phishing alert: "Payroll: Action Required" email - do not click, do not forward',
                  mkdate(2024, 12, 11, 10, 6, 48), part, rng, extra=['Importance: high'])
    emit(n, 'negative', 'it-phishing-warning', 'alternative',
         'IT manager warns staff about a live phishing email: do not click, do not forward, report and delete',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 33 IT hoax notice to students, alternative
    n = 33; rng = R(n)
    me = 'itservicedesk@school.example'
    au = me
    to_h, to_e = P([('All Students', 'allstudents@students.school.example')])
    text = ("Hello everyone,\n\n"
            "Some of you have received a message saying that college email accounts will be deleted on Friday "
            "unless you forward it to 20 people. That message is a hoax. It did not come from IT Services.\n\n"
            "Nobody's account, coursework or OneDrive is being deleted. Please don't forward the message - just "
            "delete it. Sending it on only fills up everyone's inbox and makes it harder for genuine messages "
            "from your tutors to get through.\n\n"
            "If you're ever unsure whether an email from 'IT' is real, ask at the LRC help desk or check the "
            "IT page on the student intranet.\n\n"
            "Thanks,\nIT Service Desk\n")
    html = ('<div style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">' + paras_html(text) + '</div>')
    part = multipart('alternative', [textpart(text, cte='7bit'),
                                     textpart(outlook_html(html), subtype='html', cte='quoted-printable')],
                     '_000_LO6P265MB6987B1D2E3F4A5968776C1D2LO6P265MB6987GBRP_')
    msg = message('outlook', addr('IT Service Desk', me), to_h, 'That "accounts deleted on Friday" email is a hoax',
                  mkdate(2025, 2, 5, 14, 30, 0), part, rng)
    emit(n, 'negative', 'it-hoax-notice', 'alternative',
         'IT Service Desk tells students the "forward to 20 or your account is deleted" message is a hoax and to delete it',
         msg, au, to_e, au)

    # ------------------------------------------------------------------ 34 lesson plan quoting chain letter, docx
    n = 34; rng = R(n)
    me = 'd.whitlock@school.example'
    to_h, to_e = P([('Personal Development Tutors', 'pd.tutors@school.example')])
    doc = docx_bytes([
        ('h', 'Tutorial 9: Fake news, hoaxes and chain messages (60 mins)'),
        ('p', 'Learning outcomes: by the end of the session learners can identify common features of hoax and chain '
              'messages; explain why people share them; choose a sensible response (check, report, delete).'),
        ('b', 'Starter (10 mins)'),
        ('p', 'Show slide 2, which reproduces a real chain message learners may recognise:'),
        ('p', '"Send this to 15 people in the next 10 minutes or you will have 7 years of bad luck. A girl who '
              'ignored it lost her phone the next day."'),
        ('p', 'In pairs: what makes this message persuasive? (Deadline, threat, a \'proof\' story, social pressure.)'),
        ('b', 'Main activity (30 mins)'),
        ('table', [['Message type', 'Example feature', 'What to do'],
                   ['Chain / curse message', 'Threat if you don\'t forward', 'Don\'t forward. Delete or block.'],
                   ['Hoax warning', '"Police/Microsoft confirmed" with no source', 'Check a trusted site first.'],
                   ['Fake appeal', 'No date, no named police force', 'Check the police force\'s own page.'],
                   ['Scam', 'Asks for money or login details', 'Report to tutor / IT; delete.']]),
        ('b', 'Plenary (10 mins)'),
        ('p', 'Exit ticket: "One thing I will do next time I get a message telling me to pass it on..."'),
        ('p', 'Safeguarding note: if a learner discloses that messages like this are being used to pressure or '
              'frighten them, follow the usual reporting procedure to the safeguarding team.'),
    ], title='Tutorial 9')
    text = ("Hi all,\n\nAttached is next week's tutorial on hoaxes and chain messages. The starter quotes a typical "
            "'send to 15 people' message so learners can pick it apart - please don't be alarmed if your tutees "
            "recognise it! Slides are on the PD Teams channel.\n\nAny tweaks, let me know by Friday.\n\nDan\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('Tutorial 9 - hoaxes and chain messages.docx', doc, DOCX)],
                     '------------a7Gq0PzW3nXcR5tLb2YhK8vE', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Dan Whitlock', me), to_h, 'Tutorial 9 lesson plan - hoaxes and chain messages',
                  mkdate(2025, 1, 8, 15, 44, 30), part, rng)
    emit(n, 'negative', 'lesson-plan-quotes-chain', 'att-docx',
         'PD lead shares a tutorial plan that quotes a "send to 15 people" chain message for learners to analyse',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 35 supply chain apprenticeship, flowed outbound
    n = 35; rng = R(n)
    me = 'f.mcbride@school.example'
    to_h, to_e = P([('Rachel Pickersgill', 'r.pickersgill@northgate-distribution.example')])
    body = ("Dear Rachel,\n\n"
            "Thank you for your time on Tuesday. As promised, here's a summary of the Level 3 Supply Chain "
            "Practitioner apprenticeship we discussed for your warehouse team leaders.\n\n"
            "The programme is 18 months plus end-point assessment. Off-the-job training covers the end-to-end "
            "supply chain, inventory control, customer service, health and safety in the warehouse, and how "
            "disruption in one link of the chain (for example a supplier delay or a port closure) affects "
            "everyone downstream. Apprentices complete a work-based project, which many employers use to "
            "tackle a real problem - last year one of our apprentices redesigned a returns process and cut "
            "handling time by a third.\n\n"
            "Funding: as a levy payer you would pay from your levy account; the cost for this standard is "
            "covered in full by the funding band.\n\n"
            "If you're happy to go ahead, the next step is a short employer agreement and a call with each "
            "prospective apprentice. I'll ask my colleague Nadia to arrange those.\n\n"
            "Kind regards,\n\n"
            "Fiona McBride\nHead of Apprenticeships\nCalderbrook College\n")
    msg = message('tb', addr('Fiona McBride', me), to_h, 'Level 3 Supply Chain Practitioner - summary',
                  mkdate(2024, 10, 10, 16, 2, 41, 1), textpart(body, flowed=True, cs_upper=True), rng)
    emit(n, 'negative', 'supply-chain-apprenticeship', 'flowed',
         'head of apprenticeships summarises a Supply Chain Practitioner programme for an employer',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 36 food chain homework, qp
    n = 36; rng = R(n)
    me = 'h.ogunleye@school.example'
    to_h, to_e = P([('Access to HE Science 2024-25', 'accesshe.science@students.school.example')])
    body = ("Hi all,\n\n"
            "Reminder that the Unit 7 (Ecology) assignment is due on Monday 24 March at 5pm via Moodle.\n\n"
            "Task 2 asks you to draw a food web for a freshwater ecosystem with at least three trophic levels "
            "and explain what happens to energy as you move along each food chain. Remember:\n"
            "\u2022 producers \u2192 primary consumers \u2192 secondary consumers \u2192 tertiary consumers\n"
            "\u2022 only about 10% of energy passes from one level to the next\n"
            "\u2022 use the River Calder data from our field trip, not a textbook example\n\n"
            "For the merit/distinction criteria you need to evaluate the effect of removing one species from "
            "the chain (e.g. what happens to the mayfly nymph population if brown trout are over-fished?).\n\n"
            "Drop-in support is Thursday 1-3pm in S204.\n\n"
            "Hannah Ogunleye\nLecturer, Access to HE (Science)\n")
    msg = message('gen', addr('Hannah Ogunleye', me), to_h, 'Unit 7 Ecology - food chains assignment reminder',
                  mkdate(2025, 3, 18, 8, 55, 10), textpart(body, cte='quoted-printable'), rng,
                  extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'food-chain-assignment', 'qp',
         'Access to HE lecturer reminds learners about a food chain / food web ecology assignment',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 37 daisy chain extension leads, wrapped
    n = 37; rng = R(n)
    me = 'estates@school.example'
    au = me
    to_h, to_e = P([('All Staff', 'allstaff@school.example')])
    body = ("Dear all,\n\n"
            "During last week's fire safety walk-round we found several 'daisy chains' of extension leads - one "
            "four-way plugged into another, plugged into another - in offices in B Block and the Engineering "
            "workshop.\n\n"
            "Please do not daisy-chain extension leads or plug one multi-socket adaptor into another. It "
            "overloads the first socket and is one of the most common causes of electrical fires in offices.\n\n"
            "If you need more sockets, log a job on the Estates helpdesk and we'll look at a permanent fix. "
            "Any leads that have not been PAT tested (green sticker dated 2024 or 2025) must not be used.\n\n"
            "Thank you for your help keeping everyone safe.\n\n"
            "Phil Barraclough\n"
            "Estates & Health and Safety Manager\n")
    msg = message('tb', addr('Estates Team', me), to_h, 'Fire safety: please do not daisy-chain extension leads',
                  mkdate(2024, 11, 26, 12, 1, 37), textpart(hardwrap(body, 74)), rng)
    emit(n, 'negative', 'daisy-chain-safety', 'wrapped',
         'estates manager tells staff not to daisy-chain extension leads after a fire safety walk-round',
         msg, au, to_e, au)

    # ------------------------------------------------------------------ 38 charity per lap, html
    n = 38; rng = R(n)
    me = 'studentunion@school.example'
    au = me
    to_h, to_e = P([('All Students', 'allstudents@students.school.example')])
    inner = ('<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
             '<h2 style="color:#f7a600">Pudsey Lap-a-thon \U0001F43B</h2>'
             '<p>Hi everyone!</p>'
             '<p>On <b>Friday 15 November</b> the Student Union is running a lap-a-thon round the sports hall for '
             'Children in Need. Come along in fancy dress (or just trainers) between 10am and 2pm.</p>'
             '<p>For every lap completed, the SU will donate <b>\u00a31</b> from our fundraising budget, up to '
             '\u00a3500. You can also ask friends and family to sponsor you using the form at the SU office.</p>'
             '<p>There\u2019s a prize for the tutor group with the most laps and for the best Pudsey outfit.</p>'
             '<p>See you there!<br>Amira, SU President</p></div>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + inner + '</body></html>\n')
    msg = message('gen', addr('Calderbrook Student Union', me), to_h,
                  'Pudsey Lap-a-thon - \u00a31 for every lap \U0001F43B',
                  mkdate(2024, 11, 8, 12, 15, 0), textpart(html, subtype='html', cte='quoted-printable'), rng,
                  extra=['X-Mailer: Microsoft Outlook Web App'])
    emit(n, 'negative', 'charity-per-lap', 'html',
         'Student Union invites students to a Children in Need lap-a-thon where the SU donates \u00a31 per lap',
         msg, au, to_e, au)

    # ------------------------------------------------------------------ 39 employer newsletter with forward-to-a-friend footer
    n = 39; rng = R(n)
    me = 'employers@school.example'
    bounce = me
    au = me
    to_h, to_e = P([('', 'hr@brightwell-engineering.example')])
    cc_none = None
    text = ("CALDERBROOK COLLEGE - EMPLOYER BULLETIN, SPRING 2025\n\n"
            "Apprenticeship funding changes from April\n"
            "From April the government is introducing foundation apprenticeships for 16-21 year olds in "
            "construction, engineering and hospitality. We'll be running two short briefings for employers "
            "(online) - book via the link below.\n\n"
            "Celebrating our apprentices\n"
            "Congratulations to the 47 apprentices who completed their end-point assessment this term, 19 of "
            "them with a distinction.\n\n"
            "National Apprenticeship Week round-up\n"
            "Thank you to the 22 employers who opened their doors to our school-leavers in February.\n\n"
            "Book a briefing: https://www.school.example/employers/briefings\n\n"
            "--\n"
            "Know someone who'd find this useful? Forward this email to a colleague: "
            "https://mail.school.example/fwd?c=2209\n"
            "You are receiving this because you are an employer partner of Calderbrook College.\n"
            "Unsubscribe: https://mail.school.example/u?c=2209&e=hr%40brightwell-engineering.example\n")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Employer Bulletin</title></head>'
            '<body style="margin:0;background:#eef1f4">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#fff;'
            'font-family:Helvetica,Arial,sans-serif;color:#1d2733">'
            '<tr><td style="background:#00594f;color:#fff"><h1 style="margin:0;font-size:22px">Employer Bulletin'
            '</h1><p style="margin:0">Spring 2025</p></td></tr>'
            '<tr><td><h2 style="font-size:18px">Apprenticeship funding changes from April</h2>'
            '<p>From April the government is introducing foundation apprenticeships for 16-21 year olds in '
            'construction, engineering and hospitality. We\u2019ll be running two short online briefings for '
            'employers.</p><p><a href="https://www.school.example/employers/briefings" style="background:#f39200;'
            'color:#fff;padding:10px 18px;text-decoration:none">Book a briefing</a></p>'
            '<h2 style="font-size:18px">Celebrating our apprentices</h2><p>Congratulations to the 47 apprentices '
            'who completed their end-point assessment this term, 19 of them with a distinction.</p>'
            '<h2 style="font-size:18px">National Apprenticeship Week round-up</h2><p>Thank you to the 22 '
            'employers who opened their doors to our school-leavers in February.</p></td></tr>'
            '<tr><td style="font-size:12px;color:#66707a;border-top:1px solid #dde">'
            '<a href="https://mail.school.example/fwd?c=2209">Forward to a colleague</a> | '
            '<a href="https://mail.school.example/u?c=2209&amp;e=hr%40brightwell-engineering.example">Unsubscribe</a>'
            '<br>You are receiving this because you are an employer partner of Calderbrook College.</td></tr>'
            '</table></td></tr></table></body></html>\n')
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(html, subtype='html', cte='quoted-printable')],
                     '=_b7e2c1f0a39d4e55a1c2')
    msg = message('gen', addr('Calderbrook College Employer Team', me), to_h, 'Employer Bulletin - Spring 2025',
                  mkdate(2025, 3, 12, 10, 0, 0), part, rng, mid_domain='mail.school.example',
                  extra=['List-Unsubscribe: <https://mail.school.example/u?c=2209&e=hr%40brightwell-engineering.example>',
                         'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'X-Mailer: Newsletterly 4.2',
                         'Precedence: bulk'])
    emit(n, 'negative', 'newsletter-forward-to-colleague', 'alternative',
         'HTML employer newsletter from a bulk mailing tool with a standard "forward to a colleague" footer link',
         msg, bounce, to_e, au)

    # ------------------------------------------------------------------ 40 genuine petition, base64
    n = 40; rng = R(n)
    me = 'su.president@students.school.example'
    to_h, to_e = P([('All Students', 'allstudents@students.school.example')])
    cc_h, cc_e = P([('Student Voice', 'studentvoice@school.example')])
    body = ("Hi everyone,\n\n"
            "As lots of you told us in the student survey, the 582 bus from Todmorden and Hebden Bridge is being "
            "cut to one an hour from September, which means many of you would arrive after 9am.\n\n"
            "The Student Union has started a petition on the county council's official e-petitions site asking "
            "the council to keep the half-hourly morning service during term time. If it reaches 1,000 "
            "signatures by 28 February it will be debated at the full council meeting in March.\n\n"
            "You can sign it here: https://petitions.wessexshire-council.example/582-bus\n\n"
            "You'll need to give your name and postcode to the council's site (not to us). If you don't want to "
            "sign, that's absolutely fine - we're also collecting comments for our written response, which you "
            "can drop in to the SU office.\n\n"
            "Thanks,\nAmira Hussain\nStudent Union President\n")
    msg = message('gen', addr('Amira Hussain', me), to_h, 'Save the 582 bus - council petition',
                  mkdate(2025, 1, 20, 12, 40, 51), textpart(body, cte='base64'), rng, cc=cc_h,
                  extra=['X-Mailer: Microsoft Outlook Web App'])
    emit(n, 'negative', 'genuine-petition', 'base64',
         'SU president links to a real council e-petition about a bus route, no forwarding quota',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 41 round-robin leaving card, mobile
    n = 41; rng = R(n)
    me = 'a.marsden@school.example'
    to_h, to_e = P([('Finance Team', 'finance.team@school.example'), ('MIS Team', 'mis@school.example')])
    body = ("Hi all, Margaret's leaving card is on my desk in the finance office. Please sign it and pass the "
            "envelope on to the next person on the list stuck to the front - last person back to me by Weds "
            "please! Collection for her present is in the envelope too, any amount x\n\n"
            "Anne\n\nSent from my iPhone\n")
    msg = message('apple', addr('Anne Marsden', me), to_h, "Margaret's card",
                  mkdate(2025, 6, 30, 7, 51, 2, 1), textpart(body), rng)
    emit(n, 'negative', 'round-robin-card', 'mobile',
         'finance officer asks colleagues to sign a leaving card and pass the envelope to the next name on the list',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 42 chain of command, txt attachment
    n = 42; rng = R(n)
    me = 's.clegg@school.example'
    to_h, to_e = P([('Public Services L3 Year 2', 'ps.l3y2@students.school.example')])
    cc_h, cc_e = P([('Marcus Adeyemi', 'm.adeyemi@school.example')])
    brief = ("UNIFORMED PUBLIC SERVICES - RESIDENTIAL BRIEFING\r\n"
             "Catterick Garrison visit, Wed 2 - Thu 3 April 2025\r\n\r\n"
             "1. Chain of command\r\n"
             "   Trip leader: Mr S Clegg. Deputy: Ms T Lumb. Section leaders: learners as allocated on day 1.\r\n"
             "   Any problem goes to your section leader first, then up the chain to staff. On the ranges you follow\r\n"
             "   the range conducting officer's instructions at all times.\r\n\r\n"
             "2. Kit list\r\n"
             "   Boots, waterproofs, 2x PT kit, sleeping bag, wash kit, water bottle, packed lunch for day 1.\r\n\r\n"
             "3. Timings\r\n"
             "   0730 Meet at main car park. 0745 Coach departs. Return approx 1700 Thursday.\r\n\r\n"
             "4. Assessment\r\n"
             "   Unit 5 (Teamwork, leadership and communication) - evidence from the command tasks.\r\n")
    part = multipart('mixed', [textpart("Hi all,\n\nBriefing for Catterick attached - read it before Monday's "
                                        "session. Consent forms back to me by Friday please.\n\nMr Clegg\n"),
                               attachment('Catterick briefing.txt', brief.encode(), 'text/plain', charset='us-ascii',
                                          cte='7bit')],
                     '------------K9d3Xw0Lr6YpT2nBq5HsJ8fA', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Steve Clegg', me), to_h, 'Catterick residential - briefing', mkdate(2025, 3, 21, 14, 5, 9),
                  part, rng, cc=cc_h)
    emit(n, 'negative', 'chain-of-command', 'att-txt',
         'public services lecturer sends a residential briefing (chain of command, kit list) as a text attachment',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 43 timing chain parts list, csv
    n = 43; rng = R(n)
    me = 'w.dyson@school.example'
    to_h, to_e = P([('Parts Desk', 'parts@pennine-motor-factors.example')])
    csv = ("part_no,description,qty,unit_price_gbp,vehicle\r\n"
           "TCK-2201,Timing chain kit incl. tensioner and guides,2,148.50,Ford 1.0 EcoBoost (training rig)\r\n"
           "GSK-0415,Cam cover gasket,2,12.90,Ford 1.0 EcoBoost (training rig)\r\n"
           "OIL-5W20-5L,Engine oil 5W-20 5L,3,27.40,Workshop stock\r\n"
           "FLT-0088,Oil filter,4,6.15,Workshop stock\r\n"
           "CHN-LUBE,Chain lube spray 400ml,6,4.99,Motorcycle bay\r\n"
           "DRV-CHN-520,Drive chain 520 x 120 links,1,39.00,Motorcycle bay\r\n")
    text = ("Hi,\n\nPlease can you quote for the attached for our Level 2 Light Vehicle workshop - it's for the "
            "timing chain replacement practical after half term. Account no. CAL0031, PO to follow once we have "
            "the quote.\n\nThanks\nWayne Dyson\nWorkshop Technician, Motor Vehicle\nCalderbrook College\n")
    part = multipart('mixed', [textpart(text), attachment('parts_request_MV_Feb25.csv', csv.encode(), 'text/csv',
                                                          cte='quoted-printable')],
                     '_002_LO2P265MB1187F0E9D8C7B6A54321FEDCLO2P265MB1187GBRP_')
    msg = message('outlook', addr('Wayne Dyson', me), to_h, 'Quote request - timing chain kits etc',
                  mkdate(2025, 2, 11, 11, 12, 3), part, rng)
    emit(n, 'negative', 'timing-chain-parts', 'att-csv',
         'motor vehicle technician asks a supplier to quote for timing chain kits (CSV parts list)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 44 prayer room, html
    n = 44; rng = R(n)
    me = 'chaplaincy@school.example'
    au = me
    to_h, to_e = P([('All Staff', 'allstaff@school.example'), ('All Students', 'allstudents@students.school.example')])
    inner = ('<p>Dear all,</p>'
             '<p>The refurbished <b>multi-faith prayer and quiet room</b> (A015, next to the LRC) reopens on '
             'Monday 3 March, just in time for Ramadan.</p>'
             '<ul><li>Open 8am-6pm, Monday to Friday.</li>'
             '<li>Separate wudu/washing area now has hot water.</li>'
             '<li>Friday prayer (Jumu\u2019ah) is at 12:45; the Christian Union prayer group meets Thursdays at 12:30.</li>'
             '<li>Anyone is welcome to use the room for quiet reflection - please keep phones on silent.</li></ul>'
             '<p>If your classes clash with prayer times, speak to your tutor and we\u2019ll help sort it out.</p>'
             '<p>Ramadan Mubarak to all who are fasting.</p>'
             '<p>Rizwan Mahmood<br>Chaplaincy &amp; Faith Coordinator</p>')
    msg = message('outlook', addr('Chaplaincy', me), to_h, 'Prayer & quiet room reopens Monday',
                  mkdate(2025, 2, 27, 15, 30, 20), textpart(outlook_html(inner), subtype='html',
                                                             cte='quoted-printable'), rng)
    emit(n, 'negative', 'prayer-room-notice', 'html',
         'chaplaincy announces the reopened multi-faith prayer room and prayer group times',
         msg, au, to_e, au)

    # ------------------------------------------------------------------ 45 exam good luck, 7bit
    n = 45; rng = R(n)
    me = 'j.tranter@school.example'
    to_h, to_e = P([('', x + '@students.school.example') for x in
                    ['niamh.barraclough', 'bilal.akhtar', 'oliwia.nowak', 'kyle.whiteley', 'demi.ackroyd',
                     'ibrahim.rashid', 'esme.lumb']])
    body = ("Hi everyone,\n\nJust a quick one to wish you all the best of luck for tomorrow's Functional Skills "
            "English reading exam. You've worked really hard and you're ready.\n\n"
            "Remember: 9:15 in the Sports Hall, bring a black pen and your student ID. No phones on the desk.\n\n"
            "I've only got the addresses for some of the group, so if you see anyone from class today please pass "
            "the message on.\n\nGood luck!\nJo\n")
    msg = message('gen', addr('Jo Tranter', me), to_h, 'Good luck tomorrow!', mkdate(2025, 5, 7, 16, 1, 15, 1),
                  textpart(body), rng, extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'exam-good-luck', '7bit',
         'tutor wishes learners good luck for an exam and asks them to pass the details to classmates not on the list',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 46 missing learner internal, qp
    n = 46; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('Health & Social Care', 'hsc.team@school.example'), ('Student Services', 'studentservices@school.example')])
    body = ("Colleagues,\n\n"
            "Police have asked us to help with enquiries about a Level 2 Health & Social Care learner who did not "
            "return home last night. The family and police are aware and the safeguarding team are working "
            "with them.\n\n"
            "If the learner attends college today, or if any learner tells you anything about where they might "
            "be, please contact me or the duty DSL on ext. 2250 IMMEDIATELY. Do not question learners yourself.\n\n"
            "Please do NOT share this message, post about it on social media, or discuss it with learners. The "
            "police will decide whether a public appeal is needed. Details of the learner are on the CPOMS alert "
            "for staff who teach them.\n\n"
            "Thank you\nHelen Ashworth\nDesignated Safeguarding Lead\n")
    msg = message('outlook', addr('Helen Ashworth', me), to_h, 'CONFIDENTIAL - safeguarding: learner not returned home',
                  mkdate(2025, 3, 11, 8, 12, 34), textpart(body, cte='quoted-printable'), rng,
                  extra=['Importance: high', 'Sensitivity: company-confidential'])
    emit(n, 'negative', 'missing-learner-internal', 'qp',
         'DSL tells teaching staff about a learner who has not returned home and explicitly asks them NOT to share it',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 47 real malware advisory, inline forward
    n = 47; rng = R(n)
    me = 't.kettering@school.example'
    to_h, to_e = P([('IT Services', 'itservices@school.example')])
    body = ("Team,\n\nFYI - advisory from our network provider this morning. I've added the sender domains to "
            "the block list and set a transport rule to quarantine .iso and .img attachments. Please keep an eye "
            "on the quarantine and let me know if anything legitimate gets caught. No need to forward this to "
            "staff, I'll do a short all-staff note this afternoon.\n\nTom\n\n"
            "---------- Forwarded message ---------\n"
            "From: Security Operations Centre <soc@edunet-services.example>\n"
            "Date: Tue, 22 Oct 2024 at 07:41\n"
            "Subject: [TLP:AMBER] Malspam campaign targeting FE and HE - fake invoice ISO attachments\n"
            "To: <security-contacts@edunet-services.example>\n\n\n"
            "Summary: Since 21 October we have observed a malspam campaign against colleges and universities. "
            "Emails claim to be overdue invoices from suppliers and carry an .iso attachment "
            "(\"Invoice_INV-48817.iso\") containing a shortcut that launches a loader.\n\n"
            "Indicators:\n"
            "  Subject patterns: \"Overdue invoice INV-48xxx\", \"Remittance advice 22/10\"\n"
            "  Attachment types: .iso, .img\n"
            "  Sender domains: accounts-remit.example, invoicing-portal.example\n\n"
            "Recommended actions: block or quarantine disk image attachments; alert finance teams; hunt for "
            "execution of .lnk files from mounted images.\n\n"
            "Please limit distribution to your security and IT teams.\n")
    msg = message('tb', addr('Tom Kettering', me), to_h,
                  'Fwd: [TLP:AMBER] Malspam campaign targeting FE and HE - fake invoice ISO attachments',
                  mkdate(2024, 10, 22, 8, 29, 50, 1), textpart(body), rng)
    emit(n, 'negative', 'malware-advisory', 'fwd-inline',
         'IT manager forwards a genuine network-provider malware advisory to the IT team only, saying not to forward it on',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 48 safeguarding partnership advice, inbound alternative
    n = 48; rng = R(n)
    frm = 'bulletin@calder-safeguarding-partnership.example'
    to_h, to_e = P([('Helen Ashworth', 'h.ashworth@school.example')])
    text = ("Calder Safeguarding Children Partnership - Education Bulletin\n\n"
            "Viral online 'challenges' and scare stories\n\n"
            "We are aware of messages circulating among parents about a dangerous online 'challenge' "
            "supposedly targeting teenagers. At present there is no evidence of any young person in the area being "
            "harmed.\n\n"
            "Our advice to designated safeguarding leads:\n"
            "- Do not name the 'challenge' in whole-college communications or forward the warning messages to "
            "parents and learners. Amplifying scare stories can make young people curious and cause "
            "unnecessary anxiety.\n"
            "- Do continue to talk generally about online safety, peer pressure and where to get help.\n"
            "- Respond to individual concerns in the normal way and refer where there is risk of harm.\n\n"
            "Further guidance is available on the Partnership website.\n")
    html = ('<html><body style="font-family:Arial,sans-serif"><h2>Education Bulletin</h2>'
            + paras_html(text) + '</body></html>\n')
    part = multipart('alternative', [textpart(text, cte='7bit'), textpart(html, subtype='html', cte='quoted-printable')],
                     '----=_Part_55821_1193044677.1730890312088')
    msg = message('gen', addr('Calder Safeguarding Children Partnership', frm), to_h,
                  'Education Bulletin: viral "challenges" and scare stories', mkdate(2024, 11, 6, 10, 51, 52), part, rng,
                  mid_domain='calder-safeguarding-partnership.example')
    emit(n, 'negative', 'safeguarding-bulletin-viral-scare', 'alternative',
         'inbound safeguarding partnership bulletin advising DSLs NOT to forward viral challenge scare messages',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 49 secret santa, flowed
    n = 49; rng = R(n)
    me = 'o.brandt@school.example'
    to_h, to_e = P([('MIS Team', 'mis@school.example')])
    body = ("Hi team,\n\n"
            "Secret Santa time! I've put everyone's names in a hat (well, a random number generator, we are MIS "
            "after all) and you should each have had a Teams message from me telling you who you're buying "
            "for.\n\n"
            "- Budget \u00a310, please stick to it\n"
            "- Presents under the tree in the office by Wednesday 18th\n"
            "- We'll open them at the team lunch on Thursday 19th\n\n"
            "If you'd rather not take part that's fine, just tell me and I'll quietly redraw.\n\n"
            "Ollie\n")
    msg = message('tb', addr('Ollie Brandt', me), to_h, 'Secret Santa 2024 \U0001F381',
                  mkdate(2024, 12, 2, 9, 30, 0), textpart(body, flowed=True, cs_upper=True), rng)
    emit(n, 'negative', 'secret-santa', 'flowed',
         'MIS team lead organises a Secret Santa with a \u00a310 budget',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 50 cascade from principal, html
    n = 50; rng = R(n)
    me = 'a.lyle@school.example'
    to_h, to_e = P([('Managers', 'managers@school.example')])
    inner = outlook_paras(
        "Dear colleagues,\n\n"
        "We received notification this afternoon that Ofsted will carry out a monitoring visit on 4 and 5 "
        "February, focusing on apprenticeships and provision for learners with high needs.\n\n"
        "Please cascade this to your teams before the end of tomorrow, in person where you can rather than by "
        "forwarding this email. Key messages for staff are:\n"
        "1. Carry on as normal - inspectors want to see everyday practice.\n"
        "2. Make sure registers and progress reviews are up to date on ProMonitor.\n"
        "3. Wear your ID badge at all times.\n\n"
        "A briefing for all staff will take place in the Main Hall at 8:30am on Monday.\n\n"
        "Thank you, as ever, for everything you do.\n\n"
        "Andrew Lyle\nPrincipal and Chief Executive")
    msg = message('outlook', addr('Andrew Lyle', me), to_h, 'Ofsted monitoring visit - please cascade to your teams',
                  mkdate(2025, 1, 29, 16, 40, 2), textpart(outlook_html(inner), subtype='html', cte='quoted-printable'),
                  rng, extra=['Importance: high'])
    emit(n, 'negative', 'cascade-to-teams', 'html',
         'principal asks managers to cascade news of an Ofsted monitoring visit to their teams',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 51 refer-a-business scheme, alternative outbound
    n = 51; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('Karen Shaw', 'karen.shaw@castlegate-care.example')])
    text = ("Hi Karen,\n\n"
            "Thanks again for taking on two more Adult Care apprentices this year - they're both doing brilliantly.\n\n"
            "I wanted to let you know about our new employer referral scheme. If you recommend another care "
            "provider who goes on to start an apprentice with us before 31 July, we'll send you a \u00a350 "
            "voucher for your staff social fund, and the same to them.\n\n"
            "If you know anyone in the other homes in your group who might be interested, feel free to pass my "
            "details on, or send me their contact and I'll get in touch. No obligation at all.\n\n"
            "Best wishes,\nNadia\n\n"
            "Nadia Qureshi | Employer Liaison Officer | Calderbrook College | 01632 960377\n")
    html = outlook_html(outlook_paras(text))
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(html, subtype='html', cte='quoted-printable')],
                     '_000_LO4P265MB3054D6A9F2E1C0B78B55E3F1LO4P265MB3054GBRP_')
    msg = message('outlook', addr('Nadia Qureshi', me), to_h, 'Employer referral scheme', mkdate(2025, 4, 3, 11, 25, 40, 1),
                  part, rng)
    emit(n, 'negative', 'employer-referral-scheme', 'alternative',
         'ELO tells an employer about a referral voucher scheme and invites her to pass on contact details',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 52 ESOL reading pack with historic chain letter, zip
    n = 52; rng = R(n)
    me = 't.lumb@school.example'
    to_h, to_e = P([('ESOL Team', 'esol.team@school.example')])
    w1 = ("ESOL Level 1 Reading - Persuasive texts\r\n\r\n"
          "Text C (historical source): a 'luck' chain letter posted in England in 1925.\r\n\r\n"
          "  \"This chain was started by an American officer. It must go round the world. Copy it and send it to\r\n"
          "  nine people who you wish good luck. Do not break the chain.\"\r\n\r\n"
          "Questions\r\n"
          "1. Who is the writer trying to persuade? How do you know?\r\n"
          "2. Find two words that make the reader feel worried.\r\n"
          "3. Why do you think people in 1925 sent it on?\r\n"
          "4. Compare Text C with Text D (a modern text message). What is the same? What is different?\r\n")
    w2 = ("Teacher notes\r\n\r\nLearners should NOT be asked to send or copy the letter. The aim is to spot "
          "persuasive features (imperatives, threats, vague authority). Extension: write a reply explaining why "
          "you will not pass it on.\r\n")
    z = zip_bytes([('ESOL L1 Persuasive Texts/Worksheet - Text C.txt', w1),
                   ('ESOL L1 Persuasive Texts/Teacher notes.txt', w2)])
    part = multipart('mixed', [textpart("Hi all,\n\nHere's the persuasive texts pack for week 14 - worksheet plus "
                                        "teacher notes. Text C is the 1920s luck letter from the local archive.\n\n"
                                        "Tracy\n", flowed=True, cs_upper=True),
                               attachment('ESOL L1 Persuasive Texts.zip', z, 'application/zip')],
                     '------------x1YpB7cE4sN0mQ6rL3kT9vW2', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Tracy Lumb', me), to_h, 'Week 14 reading pack', mkdate(2025, 1, 24, 13, 10, 5),
                  part, rng)
    emit(n, 'negative', 'esol-reading-pack', 'zip',
         'ESOL teacher shares a zipped reading pack using a 1925 luck chain letter as a historical source text',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 53 is-this-real reply from IT
    n = 53; rng = R(n)
    me = 'itservicedesk@school.example'
    au = me
    to_h, to_e = P([('Carol Booth', 'c.booth@school.example')])
    irt = '<1f4a9b2c-7d3e-4a10-9c8b-52e6a1d0f3b7@school.example>'
    body = ("Hi Carol,\n\n"
            "Thanks for checking with us before sending it on - that's exactly the right thing to do.\n\n"
            "It's a hoax that's been going round in various forms for years. There's no gang, no note and no "
            "police warning; the 'kidney theft' story has been checked and debunked many times. Please don't "
            "forward it to learners or parents, just delete it. If you'd like something to share with the "
            "Barcelona group, the Foreign Office travel advice page for Spain and the college's trip safety "
            "briefing are the places to go.\n\n"
            "Kind regards,\nKamran\nIT Service Desk (ext. 2200)\n\n"
            "On 21/05/2025 16:03, Carol Booth wrote:\n"
            "> Hi IT, a friend sent me this about students abroad and their organs being stolen. Is it real? I "
            "was going to send it to the Travel and Tourism group before Barcelona.\n"
            ">\n"
            "> Carol\n")
    msg = message('tb', addr('IT Service Desk', me), to_h, 'Re: is this real?', mkdate(2025, 5, 22, 9, 2, 44, 1),
                  textpart(body, flowed=True, cs_upper=True), rng, in_reply_to=irt)
    emit(n, 'negative', 'it-debunks-hoax-reply', 'reply',
         'IT desk replies to a staff query, confirming a forwarded warning is a hoax and telling her not to forward it',
         msg, au, to_e, au)

    # ------------------------------------------------------------------ 54 pyramid scheme lesson, attached rfc822 from trading standards
    n = 54; rng = R(n)
    me = 'j.tranter@school.example'
    to_h, to_e = P([('Business & Professional team', 'business.team@school.example')])
    inner_body = ("Dear Ms Tranter,\n\n"
                  "Thank you for your enquiry. As requested, here is some information you may use with your "
                  "Level 3 Business learners for the consumer law unit.\n\n"
                  "Pyramid and 'gifting' schemes: under the Consumer Protection from Unfair Trading Regulations "
                  "2008 it is an offence to promote a scheme where a consumer pays to join and the return comes "
                  "mainly from introducing new participants rather than from selling goods or services. "
                  "Typical warning signs are: an up-front payment; promises of large returns; pressure to "
                  "recruit friends and family; and claims that the scheme is 'legal because it is a gift'.\n\n"
                  "Legitimate multi-level marketing is different: income must come from retail sales to real "
                  "customers, and there are cooling-off rights.\n\n"
                  "Our officer would be happy to speak to your group in the spring term.\n\n"
                  "Regards,\nConsumer Advice Team\nWessexshire Trading Standards\n")
    inner = message('gen', addr('Trading Standards Consumer Advice', 'consumeradvice@wessexshire-council.example'),
                    [addr('Jo Tranter', 'j.tranter@school.example')], 'RE: Resources for consumer law unit',
                    mkdate(2024, 11, 19, 14, 2, 11), textpart(inner_body, cte='quoted-printable'),
                    random.Random('w3-54i'), mid_domain='wessexshire-council.example')
    text = ("Hi all,\n\nUseful reply from Trading Standards attached for Unit 8 (consumer law) - good explanation "
            "of pyramid/gifting schemes vs legitimate MLM. They've also offered a guest speaker, I'll book it "
            "for February.\n\nJo\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               rfc822part(inner, 'RE Resources for consumer law unit.eml')],
                     '------------H2tQ8wZ5nR1xV7bM4cY0pK3s', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Jo Tranter', me), to_h, 'Fwd: RE: Resources for consumer law unit',
                  mkdate(2024, 11, 20, 8, 45, 12), part, rng)
    emit(n, 'negative', 'pyramid-scheme-lesson', 'fwd-rfc822',
         'lecturer forwards (as attached .eml) Trading Standards advice explaining pyramid/gifting schemes for a lesson',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 55 sponsored walk justgiving, mobile
    n = 55; rng = R(n)
    me = 'k.osei@school.example'
    to_h, to_e = P([('ALS Team', 'als.team@school.example')])
    body = ("Hi all, thank you so much to everyone who's sponsored me for the Yorkshire Three Peaks on Saturday - "
            "we're at \u00a3640 for the Calderdale Autism Support group! If you'd still like to donate the page is "
            "https://www.justgiving.example/page/kwame-three-peaks and if you want to share it with family that "
            "would be lovely, but no pressure at all. Photos on Monday (if my legs survive) \U0001F604\n\n"
            "Kwame\n\nSent from my iPhone\n")
    msg = message('apple', addr('Kwame Osei', me), to_h, 'Three Peaks - thank you!', mkdate(2025, 6, 5, 19, 7, 28, 1),
                  textpart(body, cte='quoted-printable'), rng)
    emit(n, 'negative', 'sponsored-walk', 'mobile',
         'staff member thanks colleagues for sponsoring a charity walk and shares the fundraising page, no pressure',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 56 snow closure phone tree, xlsx
    n = 56; rng = R(n)
    me = 'm.adeyemi@school.example'
    to_h, to_e = P([('Construction Team', 'construction.team@school.example')])
    x = xlsx_bytes([('Phone tree', [
        ['Calderbrook College - Construction: severe weather contact cascade 2024-25'],
        [],
        ['Level', 'Calls', 'Who', 'Work ext.'],
        [1, 'Marcus Adeyemi (CM)', 'Programme leads below', 2301],
        [2, 'Brickwork PL', 'Brickwork lecturers + technician', 2314],
        [2, 'Carpentry PL', 'Carpentry lecturers + technician', 2318],
        [2, 'Electrical PL', 'Electrical lecturers', 2322],
        [2, 'Plumbing PL', 'Plumbing lecturers', 2327],
        [3, 'Each lecturer', 'Posts on their class Teams channel', ''],
        [],
        ['Closure decision is made by SLT by 06:30 and published on the website and socials.'],
    ])])
    text = ("Morning all,\n\nWith snow forecast for Thursday, here's the phone tree for the department. If the "
            "college closes, I'll ring the programme leads, they ring their teams, and lecturers put a post on "
            "their class Teams channels - please pass it down the chain rather than waiting for an email. Your "
            "mobile numbers are on the HR system, not in this sheet.\n\nMarcus\n")
    part = multipart('mixed', [textpart(text, cte='7bit'),
                               attachment('Construction phone tree 2024-25.xlsx', x, XLSX)],
                     '_005_LO2P265MB4410A1B2C3D4E5F60718293ALO2P265MB4410GBRP_')
    msg = message('outlook', addr('Marcus Adeyemi', me), to_h, 'Snow closure phone tree', mkdate(2025, 1, 7, 7, 40, 12),
                  part, rng)
    emit(n, 'negative', 'snow-phone-tree', 'att-xlsx',
         'curriculum manager circulates a severe-weather phone tree; "pass it down the chain" of programme leads',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 57 pass on to HR colleagues, qp cp1252 outbound
    n = 57; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('Maria Kowalczyk', 'hr@brightwell-engineering.example')])
    body = ("Dear Maria,\n\n"
            "I hope you\u2019re well. We still have a handful of places on our free \u201cLeading People\u201d "
            "short course for new supervisors (three Wednesday mornings from 7 May, fully funded through the Adult "
            "Skills Fund for eligible staff).\n\n"
            "If there\u2019s anyone in your production or HR team who might benefit, please feel free to forward "
            "this to them \u2013 they can book directly on 01632 960377 or reply to me.\n\n"
            "Kind regards,\n"
            "Nadia Qureshi\nEmployer Liaison Officer\n")
    msg = message('outlook', addr('Nadia Qureshi', me), to_h, 'Free "Leading People" course for supervisors',
                  mkdate(2025, 4, 17, 10, 5, 3, 1), textpart(body, charset='windows-1252', cte='quoted-printable'), rng)
    emit(n, 'negative', 'course-offer-pass-on', 'qp',
         'ELO offers an employer a funded supervisor course and says she may forward it to colleagues',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 58 SU elections, html newsletter
    n = 58; rng = R(n)
    me = 'studentunion@school.example'
    au = me
    to_h, to_e = P([('All Students', 'allstudents@students.school.example')])
    inner = ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f8"><tr><td align="center">'
             '<table width="560" cellpadding="18" style="background:#ffffff;font-family:Verdana,sans-serif;'
             'font-size:14px;color:#202040">'
             '<tr><td style="background:#5b2c83;color:#fff"><b>SU ELECTIONS 2025</b></td></tr>'
             '<tr><td><p>Voting is open! \U0001F5F3\ufe0f</p>'
             '<p>Eight candidates are standing for President, Vice-President (Apprentices) and Wellbeing Officer. '
             'Read their manifestos and vote on the Student Hub before <b>4pm Friday 21 March</b>.</p>'
             '<p>Every vote counts \u2013 tell your friends and classmates to have their say too.</p>'
             '<p><a href="https://hub.school.example/su/elections">Vote now</a></p>'
             '<p>Results will be announced in the Atrium at 12:30 on Monday.</p></td></tr></table></td></tr></table>')
    html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' + inner + '</body></html>\n'
    msg = message('gen', addr('Calderbrook Student Union', me), to_h, 'Voting is open - SU Elections 2025',
                  mkdate(2025, 3, 17, 9, 0, 0), textpart(html, subtype='html', cte='base64'), rng,
                  extra=['X-Mailer: Newsletterly 4.2'])
    emit(n, 'negative', 'su-elections', 'html',
         'Student Union newsletter-style election notice saying "tell your friends to vote"',
         msg, au, to_e, au)

    # ------------------------------------------------------------------ 59 exam paper chain of custody, base64 latin-1
    n = 59; rng = R(n)
    me = 'p.raman@school.example'
    to_h, to_e = P([('Invigilators', 'invigilators@school.example')])
    body = ("Dear invigilators,\n\n"
            "Ahead of the summer series, a reminder about the chain of custody for question papers and scripts:\n\n"
            "1. Papers stay in the secure store until 30 minutes before the start time.\n"
            "2. The lead invigilator signs them out on the custody log and checks the seals with a second "
            "invigilator.\n"
            "3. After the exam, scripts are counted against the attendance register, sealed in the board's "
            "envelope and signed back in before you leave the room.\n"
            "4. Dispatch is by the Exams Office only - never leave scripts in a pigeonhole or at reception.\n\n"
            "Any break in the chain (a missing signature, an opened seal) must be reported to me the same day.\n\n"
            "Invigilator training: Tuesday 29 April, 10:00, Exams Office. Tea and biscuits provided.\n\n"
            "Many thanks,\nPriya Raman\nExams Officer\n")
    msg = message('gen', addr('Priya Raman', me), to_h, 'Summer series - chain of custody reminder',
                  mkdate(2025, 4, 22, 14, 20, 0, 1), textpart(body, charset='iso-8859-1', cte='base64'), rng,
                  extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'exam-chain-of-custody', 'base64',
         'exams officer reminds invigilators of the chain-of-custody procedure for papers and scripts',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 60 kindness calendar, 7bit
    n = 60; rng = R(n)
    me = 'wellbeing@school.example'
    au = me
    to_h, to_e = P([('All Staff', 'allstaff@school.example')])
    body = ("Hello everyone,\n\n"
            "To mark World Kindness Day on 13 November the Wellbeing Group is running a 'kindness week'. There's "
            "nothing to sign up to and nothing to send on - just a few ideas if you fancy joining in:\n\n"
            "Mon - say thank you to someone whose work usually goes unnoticed\n"
            "Tue - leave a positive post-it on a colleague's desk\n"
            "Wed - free tea and toast in the staff room, 8-9am\n"
            "Thu - take a proper lunch break away from your screen\n"
            "Fri - share a kind word about a learner with their tutor\n\n"
            "Thanks for all you do.\n"
            "Gill Mitchell, on behalf of the Staff Wellbeing Group\n")
    msg = message('gen', addr('Staff Wellbeing', me), to_h, 'Kindness week 11-15 November', mkdate(2024, 11, 8, 13, 0, 0),
                  textpart(body), rng, extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'kindness-week', '7bit',
         'wellbeing group suggests kindness-week activities, explicitly nothing to send on',
         msg, au, to_e, au)

    write_manifest()


if __name__ == '__main__':
    cl_main()
