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


def make_dl(last, first, middle, dob, sex, rng):
    s = ''.join(c for c in last.upper() if c.isalpha())
    if s.startswith('MAC'):
        s = 'MC' + s[3:]
    s = (s[:5] + '99999')[:5]
    month = dob.month + (50 if sex == 'F' else 0)
    ini = first[0].upper() + (middle[0].upper() if middle else '9')
    return '%s%d%02d%02d%d%s9%s%s' % (s, (dob.year // 10) % 10, month, dob.day, dob.year % 10, ini,
                                      rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ'), rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ'))

# =========================================================================== personal-data messages
# Organisation imagined: Calderbrook College (FE college + apprenticeship provider).
# staff @school.example, learners @students.school.example, everyone else outside.
# All people, identifiers, addresses and organisations are invented. Identifiers are generated
# with the real check-digit rules implemented above (ULN, NHS mod 11, UPN check letter, Luhn,
# NINO prefix rules, modulus-11 bank account for 01-xx-xx sort codes).

def P(lst):
    return [addr(n, e) for n, e in lst], [e for n, e in lst]


def csv_line(vals):
    out = []
    for v in vals:
        v = str(v)
        if any(c in v for c in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ','.join(out)


def bad_uln(rng):
    while True:
        d9 = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        c = uln_check(d9)
        wrong = [x for x in range(10) if x != c]
        s = d9 + str(rng.choice(wrong))
        if nhs_check(s[:9]) != int(s[9]):
            return s


def bad_ten(rng):
    """10-digit number that is neither a valid ULN nor a valid NHS number."""
    while True:
        s = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(9))
        if uln_check(s[:9]) != int(s[9]) and nhs_check(s[:9]) != int(s[9]):
            return s


COLLEGE_SIG = 'Calderbrook College | Skircoat Road, Halifax HX1 2RF | 01632 960000'


def pd_main():
    os.makedirs('positive', exist_ok=True)
    os.makedirs('negative', exist_ok=True)

    # ================================================================== POSITIVES
    # ------------------------------------------------------------------ 1 employer progress review, docx
    n = 1; rng = R(n)
    me = 'g.pryce@school.example'
    to_h, to_e = P([('Paul Greenwood', 'paul.greenwood@hollins-motors.example')])
    a = make_person(rng, 2005, 2006, 'M')
    doc = docx_bytes([
        ('h', 'Apprenticeship Progress Review - 12 week'),
        ('table', [['Apprentice', a['name']], ['Date of birth', dob_s(a)], ['ULN', a['uln']],
                   ['NI number', fmt_nino(a['nino'])], ['Home address', a['address'] + ' ' + a['postcode']],
                   ['Employer', 'Hollins Motors Ltd'], ['Standard', 'Motor Vehicle Service and Maintenance Technician (L3)'],
                   ['Start date', '02/09/2024'], ['Review date', '09/12/2024']]),
        ('b', 'Progress'),
        ('p', '%s is on track with 31%% of off-the-job hours completed. Strong practical work on brakes and '
              'suspension units. Needs to complete the MOT preparation log before the next review.' % a['first']),
        ('b', 'Additional learning support / wellbeing'),
        ('p', 'Diagnosed dyslexia (assessed at school, report on file): 25%% extra time and coloured overlay in '
              'assessments, weekly 1:1 with ALS. %s told me he has been struggling with anxiety since his dad '
              'moved out in October and is waiting for a CAMHS appointment. I have referred him to the college '
              'counselling service with his consent. Please keep this confidential within the workplace.'
              % a['first']),
        ('b', 'Targets'),
        ('p', '1. Complete MOT preparation log by 20/12.\n2. Upload 3 job cards with mentor witness statements.\n'
              '3. Attend Maths Level 2 session on Thursdays.'),
        ('p', 'Signed (assessor): G. Pryce      Signed (employer): ______________'),
    ], title='Progress review')
    a_fn = a['first'] + ' ' + a['last']
    text = ("Hi Paul,\n\nPlease find attached %s's 12-week progress review from Monday. Could you read it through, "
            "sign the employer box and send it back to me by Friday? There's a bit in the wellbeing section I'd "
            "like you to be aware of - happy to talk it through on the phone.\n\nThanks\nGareth\n\n-- \n"
            "Gareth Pryce\nAssessor - Engineering & Construction Apprenticeships\n%s\n" % (a['first'], COLLEGE_SIG))
    # keep the narrative name consistent with the generated person
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('Progress review - %s - Dec 24.docx' % a_fn, doc, DOCX)],
                     '------------3Zb8Yc1Nw7Qp4Tx0Lm6Rk2Vd', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Gareth Pryce', me), to_h, 'Progress review for signing - %s' % a['first'],
                  mkdate(2024, 12, 10, 16, 22, 41), part, rng)
    emit(n, 'positive', 'employer-progress-review', 'att-docx',
         'assessor emails an employer a progress review .docx with apprentice DOB, ULN, NINO, address, dyslexia and mental health notes',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 2 awarding body registrations, csv
    n = 2; rng = R(n)
    me = 'p.raman@school.example'
    to_h, to_e = P([('Registrations Team', 'registrations@northern-awards.example')])
    rows = [['CentreNo', 'Surname', 'Forename', 'DOB', 'Sex', 'ULN', 'QualNo', 'Access arrangement']]
    for i in range(14):
        p = make_person(rng, 2006, 2008)
        aa = rng.choice(['', '', '', '', '25% extra time (dyslexia)', 'Reader (visual impairment)',
                         'Separate room (anxiety - medical evidence held)', 'Rest breaks (type 1 diabetes)'])
        rows.append(['58213', p['last'].upper(), p['first'], dob_s(p), p['sex'], p['uln'], '603/7420/1', aa])
    csv = '\r\n'.join(csv_line(r) for r in rows) + '\r\n'
    text = ("Good morning,\n\nPlease find attached the late registrations for centre 58213 for the Level 2 "
            "Certificate in Health and Social Care (603/7420/1), January series. The portal was timing out "
            "when I tried to upload the file this morning, so I'm sending it by email as your helpdesk suggested.\n\n"
            "The last column shows the access arrangements we have approved so you can flag the papers.\n\n"
            "Kind regards\nPriya Raman\nExams Officer\n" + COLLEGE_SIG + "\n")
    part = multipart('mixed', [textpart(text, cte='quoted-printable'),
                               attachment('58213_late_regs_HSC_Jan25.csv', csv.encode(), 'text/csv', cte='base64')],
                     '_003_LO3P265MB2045B9A1C8D7E6F50412ABCDLO3P265MB2045GBRP_')
    msg = message('outlook', addr('Priya Raman', me), to_h, 'Late registrations - centre 58213 - HSC L2',
                  mkdate(2024, 11, 4, 9, 18, 30), part, rng)
    emit(n, 'positive', 'awarding-body-registrations', 'att-csv',
         'exams officer emails an awarding body a CSV of candidates with DOB, ULN and medical access arrangements',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 3 bursary bank details, xlsx
    n = 3; rng = R(n)
    me = 'b.holloway@school.example'
    to_h, to_e = P([('Ledgerline Payments', 'payments@ledgerline-bureau.example')])
    rows = [['Student ID', 'Surname', 'First name', 'DOB', 'Sort code', 'Account no', 'Amount', 'Award type']]
    for i in range(11):
        p = make_person(rng, 2006, 2008)
        sc, ac = make_bank(rng)
        rows.append([p['sid'], p['last'], p['first'], dob_s(p), sc, ac,
                     rng.choice(['120.00', '85.00', '85.00', '240.00', '60.00']),
                     rng.choice(['Discretionary', 'Discretionary', 'Vulnerable - care leaver',
                                 'Vulnerable - in receipt of UC in own right', 'Discretionary - childcare'])])
    x = xlsx_bytes([('Bursary Dec 24', rows)])
    text = ("Hi,\n\nPlease find attached the 16-19 Bursary payment run for December. 11 payees, total as per "
            "the sheet. Could these go out on the 13th please so they land before the holidays?\n\n"
            "Thanks\nBev\n\nBev Holloway\nFinance Assistant - Learner Support\n")
    part = multipart('mixed', [textpart(text), attachment('Bursary payments Dec 2024.xlsx', x, XLSX)],
                     '_004_LO2P265MB0987A7B6C5D4E3F2019283ABLO2P265MB0987GBRP_')
    msg = message('outlook', addr('Bev Holloway', me), to_h, 'Bursary payment run - December',
                  mkdate(2024, 12, 9, 11, 3, 27), part, rng)
    emit(n, 'positive', 'bursary-bank-details', 'att-xlsx',
         'finance assistant sends an outside payments bureau a spreadsheet of learners with DOB, sort codes and account numbers',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 4 safeguarding referral to MASH, hard-wrapped
    n = 4; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('MASH', 'mash@wessexshire-council.example')])
    cc_h, cc_e = P([('Yasmin Rashid', 'y.rashid@school.example')])
    k = make_person(rng, 2008, 2008, 'F')
    body = ("Dear MASH team,\n\n"
            "Further to my phone call with the duty social worker at 10:20 this morning, please find the written "
            "referral below.\n\n"
            "Young person: %s\n"
            "DOB: %s (age 16)\n"
            "Address: %s, %s\n"
            "Lives with: mother (Michelle %s) and two younger siblings\n"
            "Mobile: %s\n"
            "Course: Level 2 Hair and Beauty, Calderbrook College\n\n"
            "Concerns: Over the past four weeks %s has been collected from college by a man she describes as her "
            "boyfriend, who she says is 24 and drives a black Audi (partial reg seen by staff). She has arrived "
            "with a new phone and expensive clothes and has missed 11 sessions. Today she disclosed to her tutor "
            "that she has stayed at his flat 'with his mates' and that he gets angry if she doesn't reply. She "
            "has marks on her wrist which she said were from a bracelet. Mother says she is 'out of control' and "
            "has reported her missing twice (police ref. 13240987117 on 2 November).\n\n"
            "We are concerned about child sexual exploitation. %s is aware we are making this referral and "
            "did not want her mum told about the boyfriend.\n\n"
            "Kind regards\n\n"
            "Helen Ashworth\n"
            "Designated Safeguarding Lead, Calderbrook College\n"
            "01632 960250 (direct) | 07700 900412 (out of hours)\n"
            % (k['name'], dob_s(k, 'long'), k['address'], k['postcode'], k['last'], k['mobile'], k['first'],
               k['first']))
    msg = message('tb', addr('Helen Ashworth', me), to_h, 'Referral - %s - CSE concerns' % k['name'],
                  mkdate(2024, 11, 19, 11, 5, 13), textpart(hardwrap(body, 72)), rng, cc=cc_h)
    emit(n, 'positive', 'safeguarding-referral', 'wrapped',
         'DSL emails a CSE referral to the council MASH unencrypted: name, DOB, address, mobile, disclosure details',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 5 EHCP review summary, qp
    n = 5; rng = R(n)
    me = 'k.osei@school.example'
    to_h, to_e = P([('SEN Assessment Team', 'sen.team@wessexshire-council.example')])
    l = make_person(rng, 2007, 2007, 'M')
    body = ("Dear colleagues,\n\n"
            "Please find below our contribution to the annual review of %s's EHCP, ahead of the meeting on "
            "Thursday.\n\n"
            "Name: %s\n"
            "Date of birth: %s\n"
            "UPN (from Brooksbank School): %s\n"
            "Programme: Supported Internship (year 1)\n\n"
            "Needs: Autism spectrum condition and ADHD (diagnosed 2016), generalised anxiety disorder. Takes "
            "methylphenidate 36mg each morning \u2013 college holds a care plan. Two episodes of self-harm in "
            "the autumn term, both followed up with his CAMHS worker.\n\n"
            "Current support: 1:1 job coach for 15 hours per week, quiet room at break and lunch, visual "
            "timetable, travel training (now travelling independently on the 576).\n\n"
            "We would like to request that element 3 funding continues at the current band (Band 4, "
            "\u00a39,850) and that Section F is updated to include the job coach hours.\n\n"
            "Kind regards\n"
            "Kwame Osei\n"
            "Additional Learning Support Coordinator\n"
            % (l['first'], l['name'], dob_s(l, 'long'), l['upn']))
    msg = message('outlook', addr('Kwame Osei', me), to_h, 'Annual review - %s - college contribution' % l['name'],
                  mkdate(2025, 2, 24, 15, 12, 9), textpart(body, cte='quoted-printable'), rng)
    emit(n, 'positive', 'ehcp-review', 'qp',
         'ALS coordinator sends the local authority an EHCP review summary with DOB, UPN, diagnoses, medication, self-harm history',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 6 trip medical list, html
    n = 6; rng = R(n)
    me = 's.clegg@school.example'
    to_h, to_e = P([('High Crag Bookings', 'bookings@highcrag-outdoor.example')])
    conds = [('Asthma', 'Salbutamol inhaler (carries own)'), ('None', '-'), ('Type 1 diabetes', 'Insulin pump, CGM'),
             ('Nut allergy - anaphylaxis', '2 x EpiPen'), ('None', '-'), ('Epilepsy (absence seizures)', 'Lamotrigine'),
             ('None', '-'), ('ADHD', 'Elvanse 50mg (staff to hold)'), ('Coeliac', 'Gluten-free diet')]
    trs = []
    for c, med in conds:
        p = make_person(rng, 2006, 2008)
        trs.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (
            esc(p['name']), dob_s(p), fmt_nhs(p['nhs']), esc(c), esc(med), p['mobile']))
    inner = ('<p>Hi Jenny,</p><p>As requested, here are the medical details for our group arriving on '
             'Wednesday 2 April (Uniformed Public Services, 9 learners + 2 staff). Parent/carer contact numbers '
             'are in the last column.</p>'
             '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
             '<tr style="background:#d9e2f3"><th>Name</th><th>DOB</th><th>NHS number</th><th>Condition</th>'
             '<th>Medication</th><th>Emergency contact</th></tr>' + ''.join(trs) + '</table>'
             '<p>Consent forms for treatment are signed and with me. Let me know if you need anything else for '
             'the risk assessment.</p><p>Thanks,<br>Steve Clegg<br>Lecturer, Uniformed Public Services</p>')
    msg = message('outlook', addr('Steve Clegg', me), to_h, 'Calderbrook group 2-3 April - medical info',
                  mkdate(2025, 3, 25, 13, 44, 8), textpart(outlook_html(inner), subtype='html', cte='quoted-printable'),
                  rng)
    emit(n, 'positive', 'trip-medical-list', 'html',
         'lecturer sends an outdoor centre an HTML table of learners with DOB, NHS number, conditions and medication',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 7 parent card details relayed, iPhone
    n = 7; rng = R(n)
    me = 'c.booth@school.example'
    to_h, to_e = P([('Dean @ Suntrail', 'groups@suntrail-travel.example')])
    card = make_card(rng, '4', 16)
    p = make_person(rng, 2007, 2007, 'F')
    body = ("Hi Dean, Mrs %s just rang me with the balance for %s's Barcelona place as she couldn't get through "
            "to you. Can you take \u00a3285 please:\n\n"
            "Visa %s\nExp 08/27\nCVV 319\nName on card: MRS J %s\nBilling address %s %s\n\n"
            "%s's passport no is 5%08d, exp 2031 if you still need it. Thanks!\n\nCarol\n\nSent from my iPhone\n"
            % (p['last'], p['first'], fmt_card(card), p['last'].upper(), p['address'], p['postcode'], p['first'],
               rng.randint(10000000, 99999999)))
    msg = message('apple', addr('Carol Booth', me), to_h, "Barcelona balance - %s" % p['name'],
                  mkdate(2025, 3, 3, 12, 58, 40), textpart(body, cte='quoted-printable'), rng)
    emit(n, 'positive', 'card-details-relayed', 'mobile',
         'course admin emails a travel company a parent\'s full card number, expiry and CVV plus the learner\'s passport number',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 8 new starters to payroll bureau, 7bit
    n = 8; rng = R(n)
    me = 's.kearney@school.example'
    to_h, to_e = P([('Ledgerline Payroll', 'payroll@ledgerline-bureau.example')])
    lines = []
    for role, grade in [('Assessor - Adult Care', 'Support Staff Grade 6'), ('Lecturer - Electrical', 'Lecturer Pt 4'),
                        ('Cleaner (0.5 FTE)', 'Support Staff Grade 1')]:
        s = make_person(rng, 1968, 1996)
        sc, ac = make_bank(rng)
        lines.append("%s\nRole: %s (%s), start 06/01/2025\nDOB: %s   NI: %s\nAddress: %s, %s\n"
                     "Bank: %s / %s\nTax code: 1257L   Student loan: %s\n"
                     % (s['name'], role, grade, dob_s(s), s['nino'], s['address'], s['postcode'], sc, ac,
                        rng.choice(['None', 'Plan 2', 'Plan 1'])))
    body = ("Hi Ledgerline team,\n\nPlease set up the following new starters for the January payroll. Contracts "
            "and starter checklists to follow in the post.\n\n" + '\n'.join(lines) +
            "\nAny problems give me a ring.\n\nSiobhan Kearney\nHR Adviser, Calderbrook College\n01632 960144\n")
    msg = message('gen', addr('Siobhan Kearney', me), to_h, 'New starters - January payroll',
                  mkdate(2024, 12, 18, 10, 40, 0), textpart(body), rng, extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'positive', 'staff-new-starters-payroll', '7bit',
         'HR adviser sends new staff members\' DOB, NI numbers, home addresses and bank details to an outsourced payroll',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 9 DBS applications, flowed
    n = 9; rng = R(n)
    me = 's.kearney@school.example'
    to_h, to_e = P([('ClearPath DBS', 'checks@clearpath-dbs.example')])
    blocks = []
    for _ in range(2):
        s = make_person(rng, 1972, 1994)
        mid = rng.choice(['Anne', 'James', '', 'Louise', 'Mark'])
        dl = make_dl(s['last'], s['first'], mid, s['dob'], s['sex'], rng)
        blocks.append("Full name: %s%s %s\nDate of birth: %s\nPlace of birth: %s\nNI number: %s\n"
                      "Driving licence: %s\nCurrent address (since 2019): %s, %s\n"
                      "Previous address: %d %s, Leeds LS%d %d%s%s\n"
                      % (s['first'], (' ' + mid) if mid else '', s['last'], dob_s(s, 'long'),
                         rng.choice(['Halifax', 'Bradford', 'Wakefield', 'Oldham']), fmt_nino(s['nino']), dl,
                         s['address'], s['postcode'], rng.randint(2, 90), rng.choice(STREETS), rng.randint(6, 17),
                         rng.randint(1, 9), rng.choice(INCODE), rng.choice(INCODE)))
    body = ("Hello,\n\nPlease could you process enhanced DBS checks with children's and adults' barred list "
            "checks for our two new assessors below. ID documents were verified in person by me on 3 September "
            "(passport + utility bill in both cases).\n\n" + '\n'.join(blocks) +
            "\nInvoice to Calderbrook College, account CBC-0117 as usual.\n\nMany thanks\nSiobhan\n\n-- \n"
            "Siobhan Kearney\nHR Adviser\nCalderbrook College\n")
    msg = message('tb', addr('Siobhan Kearney', me), to_h, 'Enhanced DBS x2 - new assessors',
                  mkdate(2024, 9, 4, 9, 27, 51, 1), textpart(body, flowed=True, cs_upper=True), rng)
    emit(n, 'positive', 'dbs-application-details', 'flowed',
         'HR sends an umbrella DBS body two staff members\' DOB, place of birth, NI number, driving licence and address history',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 10 transition list back to school, txt
    n = 10; rng = R(n)
    me = 'g.holroyd@school.example'
    to_h, to_e = P([('Mrs Sutcliffe (SENCo)', 'senco@ryburn-high.example')])
    lines = ['UPN\tSurname\tForename\tDOB\tCourse\tSEND / notes']
    for _ in range(9):
        p = make_person(rng, 2008, 2008)
        lines.append('\t'.join([make_upn(rng, la='384', estab='4105', year='12'), p['last'], p['first'],
                                dob_s(p), rng.choice(['L2 Construction', 'L3 Applied Science', 'L1 Vocational Studies',
                                                      'L3 Creative Media', 'L2 Health & Social Care']),
                                rng.choice(['', '', 'EHCP - ASD', 'SEN support - dyslexia', 'Young carer',
                                            'CP plan closed Jun 24', 'Medical - epilepsy'])]))
    txt = '\r\n'.join(lines) + '\r\n'
    text = ("Hi Claire,\n\nLovely to see you at the transition evening. As promised, here's the list of your "
            "Year 11 leavers who have enrolled with us this September, with UPNs so you can match them up for "
            "your destinations return. I've added the SEND notes we received so you can check we've got "
            "everything.\n\nBest wishes\nGemma\n\nGemma Holroyd\nSchools Liaison & Transition Officer\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('Ryburn leavers enrolled Sept 2024.txt', txt.encode(), 'text/plain',
                                          charset='UTF-8', cte='base64')],
                     '------------Qz7Wm2Xc9Bv4Nl1Ks8Jd5Hf0', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Gemma Holroyd', me), to_h, 'Year 11 leavers enrolled with us', mkdate(2024, 10, 1, 14, 4, 2, 1),
                  part, rng)
    emit(n, 'positive', 'transition-list-upn', 'att-txt',
         'transition officer sends a partner school a tab-separated list of enrolled leavers with UPN, DOB and SEND/CP notes',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 11 access arrangements to invigilation agency, base64
    n = 11; rng = R(n)
    me = 'p.raman@school.example'
    to_h, to_e = P([('Invigilate Pro', 'bookings@invigilate-pro.example')])
    arr = [('25% extra time, word processor', 'dyslexia - assessed 12/09/2024'),
           ('Reader and scribe', 'visual impairment (registered partially sighted)'),
           ('Separate room, rest breaks', 'PTSD - under CAMHS, letter from psychiatrist'),
           ('Rest breaks, snacks permitted', 'type 1 diabetes'),
           ('Prompter', 'ADHD'), ('Separate room', 'Tourette\'s syndrome')]
    lines = []
    for a_, why in arr:
        p = make_person(rng, 2006, 2008)
        lines.append('- %s (DOB %s, cand. no. %04d): %s - reason: %s' % (p['name'], dob_s(p, 'dot'),
                                                                          rng.randint(1000, 9999), a_, why))
    body = ("Hi Lynne,\n\nThanks for confirming the four invigilators for the June series. For the access "
            "arrangement rooms, here are the candidates and what they need, so your staff can prepare:\n\n"
            + '\n'.join(lines) +
            "\n\nThe reader/scribe candidate will also need the enlarged (A3) papers, which I'll have ready.\n\n"
            "Best wishes\nPriya\n\nPriya Raman | Exams Officer | Calderbrook College\n")
    msg = message('gen', addr('Priya Raman', me), to_h, 'June series - access arrangement candidates',
                  mkdate(2025, 5, 28, 10, 12, 17, 1), textpart(body, cte='base64'), rng,
                  extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'positive', 'access-arrangements-agency', 'base64',
         'exams officer emails an invigilation agency candidates\' names, DOBs and medical/SEN reasons for access arrangements',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 12 forward of class list to personal address, inline
    n = 12; rng = R(n)
    me = 'd.whitlock@school.example'
    to_h, to_e = P([('', 'danwhitlock71@example.com')])
    rows = []
    for _ in range(10):
        p = make_person(rng, 2007, 2008)
        flag = rng.choice(['', '', '', 'LAC', 'CP plan', 'EHCP', 'Young carer', 'High needs', 'Free meals'])
        rows.append('%-22s %s  %s  %s' % (p['name'], dob_s(p), p['uln'], flag))
    body = ("for marking at home over half term\n\n"
            "---------- Forwarded message ---------\n"
            "From: MIS Team <mis@school.example>\n"
            "Date: Fri, 14 Feb 2025 at 11:52\n"
            "Subject: HSC L3 Y1 group profile\n"
            "To: Dan Whitlock <d.whitlock@school.example>\n\n\n"
            "Hi Dan,\n\nGroup profile for HSC L3 Y1 as requested. Please do not share outside college systems; "
            "flags are confidential.\n\n"
            "Name                   DOB         ULN         Flag\n" + '\n'.join(rows) + "\n\nMIS Team\n")
    msg = message('tb', addr('Dan Whitlock', me), to_h, 'Fwd: HSC L3 Y1 group profile', mkdate(2025, 2, 14, 16, 30, 3),
                  textpart(body, cs_upper=True), rng)
    emit(n, 'positive', 'forward-to-personal-email', 'fwd-inline',
         'tutor forwards an MIS group profile (names, DOB, ULN, LAC/CP/EHCP flags) to his personal webmail',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 13 subcontractor learner list, zip
    n = 13; rng = R(n)
    me = 'f.mcbride@school.example'
    to_h, to_e = P([('Steelbridge Training contracts', 'contracts@steelbridge-training.example')])
    rows = [['LearnRefNumber', 'ULN', 'Surname', 'Forename', 'DOB', 'NINumber', 'Postcode', 'Employer', 'StdCode']]
    for i in range(12):
        p = make_person(rng, 1990, 2005)
        rows.append(['CBC%05d' % rng.randint(10000, 99999), p['uln'], p['last'], p['first'], dob_s(p, 'iso'),
                     p['nino'], p['postcode'], rng.choice(['Castlegate Care', 'Moorview Lodge', 'Hebble Homecare']),
                     'ST0005'])
    csv = '\r\n'.join(csv_line(r) for r in rows) + '\r\n'
    readme = ("Steelbridge subcontract - Adult Care L2 cohort Jan 2025\r\n"
              "learners.csv = learners to be enrolled on your system. Please return the signed ILP for each learner\r\n"
              "within 10 working days.\r\n")
    z = zip_bytes([('Steelbridge Jan25/learners.csv', csv), ('Steelbridge Jan25/README.txt', readme)])
    text = ("Hi Dave,\n\nAttached is the January cohort for the Adult Care subcontract - 12 learners. I've zipped "
            "it as the file's a bit big for your system apparently!\n\nAny questions let me know.\n\nFiona\n\n"
            "Fiona McBride\nHead of Apprenticeships\n")
    part = multipart('mixed', [textpart(text), attachment('Steelbridge Jan25.zip', z, 'application/x-zip-compressed')],
                     '_006_LO6P265MB3312C0FFEE11B2A4D5E6F7A8LO6P265MB3312GBRP_')
    msg = message('outlook', addr('Fiona McBride', me), to_h, 'Adult Care subcontract - Jan cohort',
                  mkdate(2025, 1, 13, 14, 7, 55), part, rng)
    emit(n, 'positive', 'subcontractor-learner-list', 'zip',
         'head of apprenticeships sends a subcontractor an (unencrypted) zip with learners\' ULN, DOB, NINO and postcode',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 14 NEET tracking list, alternative
    n = 14; rng = R(n)
    me = 'o.brandt@school.example'
    to_h, to_e = P([('Youth Tracking Team', 'tracking@wessexshire-council.example')])
    notes = ['Withdrew Oct - mental health, GP aware', 'Pregnant, due March; wants to return Sept',
             'Moved to Bradford with dad', 'Not responding to calls', 'Custodial sentence (YOT aware)',
             'Left to work cash-in-hand, family says']
    rows = []
    for nt in notes:
        p = make_person(rng, 2007, 2008)
        rows.append((p['name'], dob_s(p), p['address'] + ', ' + p['postcode'], p['mobile'], nt))
    text = ("Hi Sue,\n\nHere are our 16-17 year old leavers since September whose destination we don't know or "
            "who we think are now NEET, for your tracking return.\n\n" +
            '\n'.join('%s | %s | %s | %s | %s' % r for r in rows) +
            "\n\nThanks\nOllie Brandt\nMIS Officer\n")
    html = outlook_html('<p class="MsoNormal">Hi Sue,</p><p class="MsoNormal">Here are our 16-17 year old leavers '
                        'since September whose destination we don\'t know or who we think are now NEET, for your '
                        'tracking return.</p><table border="1" cellspacing="0" cellpadding="3">'
                        '<tr><th>Name</th><th>DOB</th><th>Address</th><th>Mobile</th><th>Notes</th></tr>' +
                        ''.join('<tr>' + ''.join('<td>%s</td>' % esc(c) for c in r) + '</tr>' for r in rows) +
                        '</table><p class="MsoNormal">Thanks<br>Ollie Brandt<br>MIS Officer</p>')
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(html, subtype='html', cte='quoted-printable')],
                     '_000_LO4P265MB1029ABCDEF0123456789ABCDLO4P265MB1029GBRP_')
    msg = message('outlook', addr('Ollie Brandt', me), to_h, 'Leavers - unknown destinations (Q2)',
                  mkdate(2025, 1, 28, 10, 50, 31), part, rng)
    emit(n, 'positive', 'neet-tracking-list', 'alternative',
         'MIS officer sends the council tracking team leavers\' names, DOB, addresses, mobiles and sensitive notes (pregnancy, custody)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 15 reply to police information request
    n = 15; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('PC 4471 Gary Hirst', 'gary.hirst@westvale-police.example')])
    p = make_person(rng, 2007, 2007, 'M')
    irt = '<DB9PR08MB7123F4A1B2C3D4E5F6A7B8C9D0E1@DB9PR08MB7123.eurprd08.prod.outlook.example>'
    body = ("Dear PC Hirst,\n\n"
            "Thank you for the signed Schedule 2 form. The information you asked for is below.\n\n"
            "Name: %s\nDOB: %s\nHome address held: %s, %s\nMobile held: %s\n"
            "Next of kin: mother, Mrs A %s, 07700 900%03d\n"
            "Attendance w/c 10 March: Mon present 09:00-15:30, Tue absent (unauthorised), Wed present 09:00-12:00.\n"
            "%s is known to CAMHS and has a diagnosis of ADHD; he has a support plan with us.\n\n"
            "Regards\nHelen Ashworth\nDesignated Safeguarding Lead\n\n"
            "On 17/03/2025 09:41, Gary Hirst wrote:\n"
            "> Good morning,\n"
            ">\n"
            "> Further to our call, please could you provide the home address, contact numbers and attendance for "
            "the student named on the attached DP form for Tuesday 11 March. This is in connection with an "
            "ongoing investigation.\n"
            ">\n"
            "> PC 4471 Hirst\n"
            "> Westvale Police - Calder North NPT\n"
            % (p['name'], dob_s(p), p['address'], p['postcode'], p['mobile'], p['last'], rng.randint(0, 999),
               p['first']))
    msg = message('tb', addr('Helen Ashworth', me), to_h, 'Re: Information request - Schedule 2 DPA',
                  mkdate(2025, 3, 17, 11, 26, 4), textpart(body, flowed=True, cs_upper=True), rng, in_reply_to=irt)
    emit(n, 'positive', 'police-information-request', 'reply',
         'DSL replies by ordinary email to a police data request with a learner\'s DOB, address, mobile, attendance and diagnosis',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 16 occupational health referral, attached rfc822
    n = 16; rng = R(n)
    me = 's.kearney@school.example'
    to_h, to_e = P([('WorkWell OH Referrals', 'referrals@workwell-oh.example')])
    s = make_person(rng, 1970, 1980, 'F')
    inner_body = ("Siobhan,\n\nAs discussed, can you refer %s to OH please.\n\n"
                  "%s (DOB %s, NI %s, staff no. E%05d) has been off since 6 January with what her fit notes say is "
                  "'stress at work' and lower back pain following her spinal surgery last year. She told me on the "
                  "phone she has been prescribed sertraline and is seeing a counsellor, and that she's struggling "
                  "to sleep. She's had 34 days' absence in the last 12 months (Bradford score 1,156).\n\n"
                  "Questions for OH: is she fit to return on a phased basis, and would a sit-stand desk and "
                  "reduced teaching hours help?\n\nThanks\nMarcus\n"
                  % (s['first'], s['name'], dob_s(s), fmt_nino(s['nino']), rng.randint(10000, 99999)))
    inner = message('outlook', addr('Marcus Adeyemi', 'm.adeyemi@school.example'),
                    [addr('Siobhan Kearney', 's.kearney@school.example')], 'OH referral - %s' % s['name'],
                    mkdate(2025, 2, 3, 9, 2, 40), textpart(inner_body, cte='quoted-printable'), random.Random('w3-pd16i'))
    text = ("Good afternoon,\n\nPlease see the attached referral from the line manager for an OH assessment "
            "(telephone is fine). Home address: %s, %s. Mobile %s.\n\nKind regards\nSiobhan Kearney\nHR Adviser\n"
            % (s['address'], s['postcode'], s['mobile']))
    part = multipart('mixed', [textpart(text), rfc822part(inner, 'OH referral - %s.eml' % s['name'])],
                     '_007_LO2P265MB7781AA11BB22CC33DD44EE55LO2P265MB7781GBRP_')
    msg = message('outlook', addr('Siobhan Kearney', me), to_h, 'FW: OH referral - %s' % s['name'],
                  mkdate(2025, 2, 3, 14, 19, 12), part, rng)
    emit(n, 'positive', 'occupational-health-referral', 'fwd-rfc822',
         'HR forwards (as attached .eml) a manager\'s OH referral with a staff member\'s DOB, NINO, medication and absence record',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 17 apprentice bank details to employer, iPhone
    n = 17; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('Karen Shaw', 'karen.shaw@castlegate-care.example')])
    p = make_person(rng, 2006, 2006, 'F')
    sc, ac = make_bank(rng)
    body = ("Hi Karen, %s asked me to pass these on for her wages as she hasn't got her work email set up yet:\n\n"
            "%s\nSort code %s\nAccount %s\nNI no %s\nDOB %s\n\nThanks, Nadia\n\nSent from my iPhone\n"
            % (p['first'], p['name'], sc, ac, fmt_nino(p['nino']), dob_s(p, 'short')))
    msg = message('apple', addr('Nadia Qureshi', me), to_h, '%s - bank details' % p['first'],
                  mkdate(2024, 9, 12, 8, 14, 56, 1), textpart(body), rng)
    emit(n, 'positive', 'apprentice-bank-details', 'mobile',
         'ELO emails an employer an apprentice\'s sort code, account number, NINO and DOB from her phone',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 18 free meals + allergies to caterer, xlsx
    n = 18; rng = R(n)
    me = 'y.rashid@school.example'
    to_h, to_e = P([('Fresh Plate accounts', 'accounts@fresh-plate-catering.example')])
    cc_h, cc_e = P([('Bev Holloway', 'b.holloway@school.example')])
    fm = [['Student ID', 'Name', 'DOB', 'Eligibility', 'Daily allowance']]
    al = [['Student ID', 'Name', 'DOB', 'Allergy / medical diet', 'Notes']]
    for i in range(10):
        p = make_person(rng, 2006, 2008)
        fm.append([int(p['sid']), p['name'], dob_s(p), rng.choice(['Universal Credit', 'Universal Credit',
                                                                    'Care leaver', 'Asylum seeker - NASS support']),
                   '\u00a33.90'])
        if i % 3 == 0:
            al.append([int(p['sid']), p['name'], dob_s(p),
                       rng.choice(['Peanut/tree nut - anaphylaxis', 'Coeliac disease', 'Sesame - anaphylaxis']),
                       rng.choice(['Carries 2 x EpiPen', 'Eating disorder - monitored by nurse', '']) ])
    x = xlsx_bytes([('Free meals', fm), ('Allergies', al)])
    text = ("Hi both,\n\nUpdated free meals list for spring term attached so the tills can be set up before "
            "Monday, plus the allergy sheet for the kitchen at Skircoat Road.\n\nThanks\nYasmin\n")
    part = multipart('mixed', [textpart(text, cte='7bit'), attachment('FM and allergies spring 25.xlsx', x, XLSX)],
                     '_008_LO4P265MB8890F1E2D3C4B5A69788AB12LO4P265MB8890GBRP_')
    msg = message('outlook', addr('Yasmin Rashid', me), to_h, 'Free meals list + allergies - spring term',
                  mkdate(2025, 1, 2, 15, 33, 20), part, rng, cc=cc_h)
    emit(n, 'positive', 'free-meals-allergies', 'att-xlsx',
         'student services sends the catering contractor a workbook of learners\' DOB, benefit/asylum status and medical allergies',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 19 ILR extract to consultant, txt
    n = 19; rng = R(n)
    me = 'o.brandt@school.example'
    to_h, to_e = P([('Jon Ackroyd', 'jon@fe-data-consulting.example')])
    lines = ['LearnRefNumber|ULN|FamilyName|GivenNames|DateOfBirth|Sex|Ethnicity|LLDDHealthProb|NINumber|PostcodePrior|Postcode']
    for _ in range(15):
        p = make_person(rng, 1985, 2007)
        lines.append('|'.join(['CBC%06d' % rng.randint(100000, 999999), p['uln'], p['last'], p['first'],
                               dob_s(p, 'iso'), p['sex'], str(rng.choice([31, 31, 31, 34, 35, 42, 43])),
                               str(rng.choice([1, 2, 2, 2])), p['nino'], make_postcode(rng), p['postcode']]))
    txt = '\n'.join(lines) + '\n'
    text = ("Hi Jon,\n\nAs discussed on Teams, here's the extract of the apprenticeship learners that are failing "
            "the R06 validation (mostly DateOfBirth / ULN mismatches with the LRS). Could you have a look before "
            "Wednesday's submission?\n\nCheers\nOllie\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('R06_failures_extract.txt', txt.encode(), 'text/plain', charset='UTF-8',
                                          cte='7bit')],
                     '------------Nb4Vg8Rt1Yc6Hx3Pk9Mz2Ls7', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Ollie Brandt', me), to_h, 'R06 validation failures extract', mkdate(2025, 1, 31, 16, 5, 44),
                  part, rng)
    emit(n, 'positive', 'ilr-extract-consultant', 'att-txt',
         'MIS officer sends an external data consultant a pipe-delimited ILR extract with ULN, DOB, NINO, ethnicity, LLDD',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 20 employment reference, hard-wrapped
    n = 20; rng = R(n)
    me = 'j.tranter@school.example'
    to_h, to_e = P([('Brightwell Recruitment', 'recruitment@brightwell-engineering.example')])
    p = make_person(rng, 1986, 1992, 'F')
    body = ("Dear Ms Kowalczyk,\n\n"
            "Re: %s\nDate of birth: %s\nNI number: %s\n\n"
            "I am happy to provide a reference for %s, who studied the AAT Level 3 Diploma in Accounting with us "
            "part-time from September 2023 to June 2025.\n\n"
            "%s was a conscientious and capable learner who achieved a merit overall. Her attendance was 81%%; "
            "most of her absence was due to hospital appointments and two flare-ups of her Crohn's disease, for "
            "which she had surgery in spring 2024. She always caught up on missed work promptly.\n\n"
            "As you asked for her current address for your right-to-work checks, we hold: %s, %s.\n\n"
            "Please don't hesitate to contact me if you need anything further.\n\n"
            "Yours sincerely\n\nJo Tranter\nLecturer, Business Administration & Accounting\nCalderbrook College\n"
            % (p['name'], dob_s(p, 'long'), fmt_nino(p['nino']), p['name'], p['first'], p['address'], p['postcode']))
    msg = message('tb', addr('Jo Tranter', me), to_h, 'Reference - %s' % p['name'], mkdate(2025, 7, 2, 13, 15, 2, 1),
                  textpart(hardwrap(body, 76)), rng)
    emit(n, 'positive', 'reference-with-health', 'wrapped',
         'lecturer emails an employer a reference containing an adult learner\'s DOB, NINO, address and Crohn\'s disease history',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 21 hardship application to charity, qp cp1252
    n = 21; rng = R(n)
    me = 'b.holloway@school.example'
    to_h, to_e = P([('Calder Community Trust grants', 'grants@calder-community-trust.example')])
    p = make_person(rng, 1996, 2001, 'F')
    sc, ac = make_bank(rng)
    body = ("Dear grants team,\n\n"
            "I am writing in support of an emergency grant application for one of our adult learners.\n\n"
            "Applicant: %s\nDate of birth: %s\nAddress: %s, %s\nNI number: %s\n"
            "Course: Access to HE Diploma (Nursing)\n\n"
            "Circumstances: %s is a single parent of two children (aged 4 and 7). Her mother, who provided "
            "childcare, was diagnosed with terminal cancer in November and %s is now her main carer. Household "
            "income is Universal Credit of \u00a31,312 per month and she has rent arrears of \u00a3640. She has "
            "already received the maximum from our Discretionary Learner Support fund (\u00a3500).\n\n"
            "We would be grateful if you could consider a grant of \u00a3400 towards childcare and travel so "
            "that she can complete her course. If approved, payment can go directly to her account:\n"
            "Sort code %s \u2013 Account %s (%s)\n\n"
            "Yours faithfully\n\n"
            "Bev Holloway\nFinance Assistant \u2013 Learner Support\nCalderbrook College\n"
            % (p['name'], dob_s(p), p['address'], p['postcode'], p['nino'], p['first'], p['first'], sc, ac,
               p['name']))
    msg = message('outlook', addr('Bev Holloway', me), to_h, 'Emergency grant application - %s' % p['name'],
                  mkdate(2025, 1, 16, 12, 2, 11), textpart(body, charset='windows-1252', cte='quoted-printable'), rng)
    emit(n, 'positive', 'hardship-application-charity', 'qp',
         'finance assistant emails a charity a hardship application with a learner\'s DOB, NINO, bank details and family illness',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 22 counselling referral, html
    n = 22; rng = R(n)
    me = 'g.sykes@school.example'
    to_h, to_e = P([('MindSpace Referrals', 'referrals@mindspace-counselling.example')])
    p = make_person(rng, 2007, 2007, 'F')
    inner = ('<p>Hello,</p><p>Please accept this referral for counselling. The young person has consented.</p>'
             '<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">'
             '<tr><td><b>Name</b></td><td>%s</td></tr><tr><td><b>DOB</b></td><td>%s</td></tr>'
             '<tr><td><b>NHS number</b></td><td>%s</td></tr><tr><td><b>Address</b></td><td>%s, %s</td></tr>'
             '<tr><td><b>GP</b></td><td>Dr Naylor, Rosegarth Surgery</td></tr>'
             '<tr><td><b>Presenting issues</b></td><td>Low mood since bereavement (older brother died by suicide, '
             'August 2024). Has been self-harming (cutting, upper arms) roughly weekly; told me on 4 Feb she has '
             'had thoughts of ending her life but no plan. Risk assessment completed; safety plan in place; '
             'mum informed.</td></tr>'
             '<tr><td><b>Other services</b></td><td>On CAMHS waiting list (referred Nov 24). School nurse involved.'
             '</td></tr></table><p>Many thanks,<br>Gemma Sykes<br>Wellbeing Practitioner, Calderbrook College'
             '<br>01632 960266</p>' % (esc(p['name']), dob_s(p), fmt_nhs(p['nhs']), esc(p['address']),
                                       p['postcode']))
    msg = message('gen', addr('Gemma Sykes', me), to_h, 'Referral for counselling - %s' % p['first'],
                  mkdate(2025, 2, 5, 10, 44, 19), textpart(tb_html(inner), subtype='html', cte='quoted-printable'), rng,
                  extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'positive', 'counselling-referral', 'html',
         'wellbeing practitioner sends an external counselling service a referral with NHS number, DOB, address and self-harm risk',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 23 T Level placement details, alternative
    n = 23; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('Dr Anjali Mehta', 'practice.manager@pennine-dental.example')])
    p = make_person(rng, 2007, 2007, 'F')
    dbs = '00%010d' % rng.randint(1000000000, 9999999999)
    text = ("Dear Anjali,\n\nThank you for hosting our T Level Health student for her industry placement from "
            "Monday 24 February. Her details for your induction:\n\n"
            "Name: %s\nDOB: %s\nHome address: %s, %s\nMobile: %s\nEnhanced DBS certificate no.: %s (issued "
            "11/10/2024, clear)\n\nMedical: %s has epilepsy (tonic-clonic, last seizure August 2024). Her "
            "seizure plan is attached to her placement file - if a seizure lasts more than 5 minutes, call 999. "
            "She takes levetiracetam twice daily.\n\nEmergency contact: mum, Mrs L %s, 07700 900%03d\n\n"
            "Best wishes\nNadia Qureshi\nEmployer Liaison Officer\n"
            % (p['name'], dob_s(p), p['address'], p['postcode'], p['mobile'], dbs, p['first'], p['last'],
               rng.randint(0, 999)))
    html = outlook_html(outlook_paras(text))
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(html, subtype='html', cte='quoted-printable')],
                     '_000_LO3P265MB6677D2E3F4A5B6C7D8E9F0A1LO3P265MB6677GBRP_')
    msg = message('outlook', addr('Nadia Qureshi', me), to_h, 'T Level placement - student details',
                  mkdate(2025, 2, 19, 16, 1, 9), part, rng)
    emit(n, 'positive', 't-level-placement-details', 'alternative',
         'ELO sends a placement host a student\'s DOB, address, DBS number and epilepsy medication details',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 24 PEP update to virtual school + carer, flowed
    n = 24; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('Virtual School', 'virtual.school@wessexshire-council.example')])
    cc_h, cc_e = P([('Karen (foster carer)', 'karen.fosterhome@example.com')])
    p = make_person(rng, 2008, 2008, 'M')
    body = ("Dear all,\n\n"
            "Ahead of Friday's PEP meeting, here is the college update for %s.\n\n"
            "Full name: %s\nDOB: %s\nUPN: %s\nLegal status: Section 31 care order\n"
            "Placement: with foster carer (Karen) at %s, %s\n"
            "Social worker: Dean Farrar, Children's Social Care North\n\n"
            "Attendance 88%%. Settling well on Level 2 Carpentry; tutor reports good practical skills. He has "
            "told his tutor that his birth mother has been messaging him on Snapchat despite the contact "
            "restriction - I've logged this and informed Dean. PP+ request: \u00a3300 for a laptop and \u00a3120 "
            "for PPE boots.\n\n"
            "Kind regards\nHelen Ashworth\nDesignated Safeguarding Lead / Designated Teacher for Looked After "
            "Children\n"
            % (p['first'], p['name'], dob_s(p, 'long'), p['upn'], p['address'], p['postcode']))
    msg = message('tb', addr('Helen Ashworth', me), to_h, 'PEP update - %s' % p['first'], mkdate(2025, 3, 12, 15, 48, 27),
                  textpart(body, flowed=True, cs_upper=True), rng, cc=cc_h)
    emit(n, 'positive', 'pep-looked-after-child', 'flowed',
         'designated teacher emails a looked-after learner\'s PEP update (DOB, UPN, legal status, placement address) to LA and carer',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 25 reply to employer insurer request
    n = 25; rng = R(n)
    me = 'f.mcbride@school.example'
    to_h, to_e = P([('Lisa Ridings', 'ops@ridings-fabrication.example')])
    irt = '<CAF5x9Lq2ZtR7mWn1pKc8Hd3Vb0Ys4Gj6Ue2Xa9Qo1Tf7Nk@mail.gmail.com>'
    rows = []
    for _ in range(4):
        p = make_person(rng, 2005, 2007, 'M')
        rows.append('%s, DOB %s, NI %s' % (p['name'], dob_s(p), fmt_nino(p['nino'])))
    body = ("Hi Lisa,\n\nNo problem - here you go:\n\n" + '\n'.join(rows) +
            "\n\nAll four are on the Level 2 Fabrication and Welding standard, due to finish July 2026.\n\n"
            "Fiona\n\n"
            "-----Original Message-----\n"
            "From: Lisa Ridings <ops@ridings-fabrication.example>\n"
            "Sent: 08 October 2024 14:02\n"
            "To: Fiona McBride <f.mcbride@school.example>\n"
            "Subject: Apprentices - insurance renewal\n\n"
            "Hi Fiona\n\n"
            "Our insurers want the full names, dates of birth and NI numbers of the apprentices for the renewal. "
            "Can you send them over as I can't find Steve's file.\n\n"
            "Thanks, Lisa\n")
    msg = message('outlook', addr('Fiona McBride', me), to_h, 'RE: Apprentices - insurance renewal',
                  mkdate(2024, 10, 8, 15, 37, 59, 1), textpart(body, cte='quoted-printable'), rng, in_reply_to=irt)
    emit(n, 'positive', 'employer-insurance-request', 'reply',
         'head of apprenticeships replies to an employer with four apprentices\' names, DOBs and NI numbers',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 26 bus passes, qp latin-1
    n = 26; rng = R(n)
    me = 'a.firth@school.example'
    to_h, to_e = P([('Redline Buses - Student Passes', 'passes@redline-buses.example')])
    rows = []
    for i in range(8):
        p = make_person(rng, 2007, 2008)
        if i == 2:
            p['first'], p['name'] = 'Zo\xeb', 'Zo\xeb ' + p['last']
        if i == 5:
            p['first'], p['name'] = 'Ren\xe9e', 'Ren\xe9e ' + p['last']
        rows.append('%s  |  %s  |  %s, %s  |  %s  |  photo: %s.jpg' % (
            p['name'], dob_s(p), p['address'], p['postcode'], rng.choice(['Free (bursary)', 'Free (bursary)',
                                                                            '\xa3190 term pass']), p['sid']))
    body = ("Hello,\n\nPlease issue term passes for the students below (name | DOB | home address | pass type | "
            "photo file). Photos are in the shared folder you set up for us last term.\n\n" + '\n'.join(rows) +
            "\n\nPlease post the passes to the college, FAO Student Services.\n\nMany thanks\nAlison Firth\n"
            "Student Services\n")
    msg = message('tb', addr('Alison Firth', me), to_h, 'Student bus passes - batch 7', mkdate(2024, 10, 9, 10, 21, 32, 1),
                  textpart(body, charset='iso-8859-1', cte='quoted-printable', cs_upper=True), rng)
    emit(n, 'positive', 'bus-pass-list', 'qp',
         'student services sends a bus company learners\' names, DOBs and home addresses (iso-8859-1, quoted-printable)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 27 disciplinary case to external HR advisers, rfc822
    n = 27; rng = R(n)
    me = 's.kearney@school.example'
    to_h, to_e = P([('HR Partners advice line', 'advice@hr-partners.example')])
    s = make_person(rng, 1965, 1985, 'M')
    inner_body = ("Siobhan\n\nNotes from today's investigation meeting with %s (staff no. E%05d, DOB %s, NI %s, "
                  "home %s, %s).\n\n"
                  "- Admitted he had been drinking before the 1pm workshop on 14 Nov; said he has 'a problem "
                  "with alcohol' since his divorce and is on antidepressants.\n"
                  "- Two learners complained he smelt of alcohol; one (a 16 year old) said he shouted at her.\n"
                  "- He has a previous written warning (2023) for lateness.\n"
                  "- He asked whether this could be dealt with under capability rather than conduct.\n\nMarcus\n"
                  % (s['name'], rng.randint(10000, 99999), dob_s(s), s['nino'], s['address'], s['postcode']))
    inner = message('tb', addr('Marcus Adeyemi', 'm.adeyemi@school.example'),
                    [addr('Siobhan Kearney', 's.kearney@school.example')], 'Investigation meeting notes - %s' % s['last'],
                    mkdate(2024, 11, 20, 16, 40, 0), textpart(inner_body, flowed=True, cs_upper=True),
                    random.Random('w3-pd27i'))
    text = ("Hi,\n\nCould one of your advisers give me a call about the attached? We need advice on whether to "
            "proceed under the disciplinary or the capability policy given the disclosure of alcohol dependency.\n\n"
            "Thanks\nSiobhan Kearney\nHR Adviser, Calderbrook College\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               rfc822part(inner, 'Investigation meeting notes.eml')],
                     '------------Dp6Wq1Zx8Cv3Bn5Mk0Lj2Hg7', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Siobhan Kearney', me), to_h, 'Fwd: Investigation meeting notes - %s' % s['last'],
                  mkdate(2024, 11, 21, 9, 12, 30), part, rng)
    emit(n, 'positive', 'disciplinary-to-external-hr', 'fwd-rfc822',
         'HR forwards investigation notes (staff DOB, NINO, address, alcohol dependency, medication) to an external HR advice line',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 28 monthly reports zip, 3 docx
    n = 28; rng = R(n)
    me = 'g.pryce@school.example'
    to_h, to_e = P([('Brightwell Training', 'training@brightwell-engineering.example')])
    files = []
    for i in range(3):
        p = make_person(rng, 2005, 2007, rng.choice('MF'))
        d = docx_bytes([
            ('h', 'Monthly apprentice report - February 2025'),
            ('table', [['Name', p['name']], ['DOB', dob_s(p)], ['ULN', p['uln']], ['Standard', 'Engineering Technician L3'],
                       ['Attendance (college)', '%d%%' % rng.randint(72, 99)],
                       ['Support', rng.choice(['Dyscalculia - maths support 1:1', 'None', 'Hearing impairment - radio aid',
                                               'Anxiety - wellbeing check-ins fortnightly'])]]),
            ('p', 'Progress: on track. Next review booked for March.')], title='Monthly report')
        files.append(('Brightwell Feb 25/%s %s.docx' % (p['last'], p['first']), d))
    z = zip_bytes(files)
    text = ("Hi Maria,\n\nFebruary reports for your three apprentices attached as a zip.\n\nGareth\n\n-- \n"
            "Gareth Pryce\nAssessor - Engineering & Construction Apprenticeships\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('Brightwell Feb 25 reports.zip', z, 'application/zip')],
                     '------------Xr3Yt8Ua1Sb6Dc4Fe9Gh2Ij0', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Gareth Pryce', me), to_h, 'Monthly reports - Feb', mkdate(2025, 3, 3, 8, 31, 20), part, rng)
    emit(n, 'positive', 'employer-monthly-reports-zip', 'zip',
         'assessor sends an employer an unencrypted zip of three .docx reports with apprentices\' DOB, ULN and support needs',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 29 adult learner card payment to processor, base64
    n = 29; rng = R(n)
    me = 'l.pettit@school.example'
    to_h, to_e = P([('FeesDirect processing', 'processing@fees-direct.example')])
    p = make_person(rng, 1970, 1990, 'M')
    card = make_card(rng, '5' + str(rng.randint(1, 5)), 16)
    body = ("Hi,\n\nCould you process the following course fee payment please, the learner paid over the phone "
            "as our card machine is down.\n\n"
            "Learner: %s (DOB %s)\nCourse: Level 2 Award in Food Safety + Level 3 Award in Education and "
            "Training\nAmount: \u00a3495.00\n\n"
            "Mastercard: %s\nExpiry: 11/26   Security code: 072\nCardholder address: %s, %s\n\n"
            "Receipt to the learner at his home address please.\n\nThanks\nLorraine Pettit\nAdult Learning "
            "Administrator\n" % (p['name'], dob_s(p), fmt_card(card), p['address'], p['postcode']))
    msg = message('gen', addr('Lorraine Pettit', me), to_h, 'Card payment to process - %s' % p['last'],
                  mkdate(2025, 4, 9, 11, 50, 5, 1), textpart(body, cte='base64'), rng,
                  extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'positive', 'adult-learner-card-payment', 'base64',
         'adult learning admin emails a payment processor a learner\'s full Mastercard number, expiry, CVV, DOB and address',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 30 site induction, 7bit short
    n = 30; rng = R(n)
    me = 'm.adeyemi@school.example'
    to_h, to_e = P([('Dave (site manager)', 'site.manager@keystone-builders.example')])
    ps = [make_person(rng, 2007, 2008, 'M') for _ in range(2)]
    body = ("Dave\n\nThe two lads starting with you on Monday for their work experience:\n\n"
            "%s - DOB %s - NI %s - asthma, carries blue inhaler\n"
            "%s - DOB %s - NI %s - no medical, but has ADHD so short clear instructions please\n\n"
            "Emergency contacts are their mums: %s / %s\n\n"
            "Can you get them booked on the site induction at 7:30. Cheers\n\nMarcus\n"
            % (ps[0]['name'], dob_s(ps[0]), ps[0]['nino'], ps[1]['name'], dob_s(ps[1]), ps[1]['nino'],
               '07700 900%03d' % rng.randint(0, 999), '07700 900%03d' % rng.randint(0, 999)))
    msg = message('gen', addr('Marcus Adeyemi', me), to_h, 'Work experience Monday', mkdate(2025, 6, 20, 15, 59, 41, 1),
                  textpart(body), rng, extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'positive', 'site-induction-details', '7bit',
         'curriculum manager sends a building site two 16-17 year olds\' DOB, NI numbers, medical/ADHD notes and parents\' mobiles',
         msg, me, to_e, me)

    # ================================================================== NEGATIVES
    # ------------------------------------------------------------------ 31 internal MIS ULN list, csv
    n = 31; rng = R(n)
    me = 'o.brandt@school.example'
    to_h, to_e = P([('Marcus Adeyemi', 'm.adeyemi@school.example'), ('Fiona McBride', 'f.mcbride@school.example')])
    rows = [['StudentID', 'Surname', 'Forename', 'DOB', 'ULN', 'Course', 'LRS status']]
    for _ in range(12):
        p = make_person(rng, 2006, 2008)
        rows.append([p['sid'], p['last'], p['first'], dob_s(p), p['uln'], rng.choice(['CON2B', 'ELEC3A', 'CARP2']),
                     rng.choice(['Verified', 'Verified', 'Verified', 'DOB mismatch', 'Not found'])])
    csv = '\r\n'.join(csv_line(r) for r in rows) + '\r\n'
    text = ("Hi both,\n\nULN check results for Construction attached. The 'DOB mismatch' and 'Not found' ones need "
            "checking with the learner against their ID - please update on ProSolution, not on this sheet.\n\n"
            "Ollie\nMIS\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('Construction ULN check.csv', csv.encode(), 'text/csv', cte='base64')],
                     '------------Wm5Nq2Xs7Rt0Yb3Kv8Lz1Gc4', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Ollie Brandt', me), to_h, 'ULN check - Construction', mkdate(2024, 10, 2, 11, 1, 22, 1),
                  part, rng)
    emit(n, 'negative', 'internal-uln-list', 'att-csv',
         'MIS sends two internal managers a CSV of learners with DOB and ULN - all recipients inside the college',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 32 internal safeguarding note, wrapped
    n = 32; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('Yasmin Rashid', 'y.rashid@school.example')])
    cc_h, cc_e = P([('Gemma Sykes', 'g.sykes@school.example')])
    p = make_person(rng, 2007, 2007, 'F')
    body = ("Yasmin, Gemma,\n\n"
            "Handover for tomorrow while I'm at the Partnership meeting.\n\n"
            "%s (DOB %s, %s) - disclosed to her tutor today that her stepdad hit her mum at the weekend and "
            "she's scared to go home. MASH contacted, ref 240-77812, social worker to ring back by 10am. She's "
            "staying at her nan's tonight (%s). Please check she's in and keep her in the Hub if she wants.\n\n"
            "Everything is on CPOMS; this is just so you have it in one place.\n\n"
            "Helen\n"
            % (p['name'], dob_s(p), p['sid'], p['address']))
    msg = message('tb', addr('Helen Ashworth', me), to_h, 'Safeguarding handover - tomorrow',
                  mkdate(2025, 1, 27, 17, 20, 44), textpart(hardwrap(body, 72)), rng, cc=cc_h)
    emit(n, 'negative', 'internal-safeguarding-handover', 'wrapped',
         'DSL sends a safeguarding handover with a learner\'s DOB and disclosure to two colleagues - internal only',
         msg, me, to_e + cc_e, me)

    # ------------------------------------------------------------------ 33 inbound employer new apprentice details, 7bit
    n = 33; rng = R(n)
    frm = 'karen.shaw@castlegate-care.example'
    to_h, to_e = P([('Nadia Qureshi', 'n.qureshi@school.example')])
    p = make_person(rng, 1995, 2004, 'F')
    body = ("Hi Nadia\n\nDetails for our new starter who wants to do the Level 3 Adult Care:\n\n"
            "%s\nDOB %s\nNI %s\n%s, %s\nMobile %s\nStart date with us 03/03/2025, 37.5 hrs\n\n"
            "She has a previous Level 2 from 2021 so hopefully that helps with the initial assessment.\n\n"
            "Karen Shaw\nRegistered Manager, Castlegate Care Home\n"
            % (p['name'], dob_s(p), fmt_nino(p['nino']), p['address'], p['postcode'], p['mobile']))
    msg = message('gen', addr('Karen Shaw', frm), to_h, 'New apprentice', mkdate(2025, 2, 20, 13, 5, 30), textpart(body), rng,
                  mid_domain='castlegate-care.example', extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'inbound-employer-apprentice', '7bit',
         'inbound: employer sends the ELO a new apprentice\'s DOB, NINO and address (auth_user null)',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 34 inbound school transition list, xlsx
    n = 34; rng = R(n)
    frm = 'senco@ryburn-high.example'
    to_h, to_e = P([('Kwame Osei', 'k.osei@school.example')])
    rows = [['UPN', 'Surname', 'Forename', 'DOB', 'SEN status', 'Primary need', 'Notes']]
    for _ in range(7):
        p = make_person(rng, 2009, 2009)
        rows.append([make_upn(rng, la='384', estab='4105', year='13'), p['last'], p['first'], dob_s(p),
                     rng.choice(['EHCP', 'SEN support', 'SEN support']),
                     rng.choice(['ASD', 'SpLD', 'SEMH', 'HI', 'SLCN']), rng.choice(['', 'Exam access: reader',
                                                                                     'Anxiety - part-time timetable Y11'])])
    x = xlsx_bytes([('Y11 SEND transition', rows)])
    text = ("Dear Kwame,\n\nAs agreed at the transition meeting, attached are the Year 11 students with SEND who "
            "have applied to Calderbrook. Please keep this on your secure system.\n\nKind regards\nClaire Sutcliffe\n"
            "SENCo, Ryburn High School\n")
    part = multipart('mixed', [textpart(text, cte='7bit'), attachment('Y11 SEND transition to Calderbrook.xlsx', x, XLSX)],
                     '_009_AM9PR01MB7744D1C2B3A4958675F4E3D2AM9PR01MB7744eurp_')
    msg = message('gen', addr('Claire Sutcliffe', frm), to_h, 'SEND transition information - Y11',
                  mkdate(2025, 6, 16, 10, 2, 3, 1), part, rng, mid_domain='ryburn-high.example',
                  extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'inbound-school-transition', 'att-xlsx',
         'inbound: a partner school sends the college a SEND transition workbook with UPNs and DOBs (auth_user null)',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 35 inbound LA EHCP consultation, html
    n = 35; rng = R(n)
    frm = 'sen.team@wessexshire-council.example'
    to_h, to_e = P([('Kwame Osei', 'k.osei@school.example')])
    p = make_person(rng, 2009, 2009, 'M')
    inner = ('<p>Dear Mr Osei,</p><p><b>Consultation under section 39 of the Children and Families Act 2014</b></p>'
             '<p>We are consulting Calderbrook College about naming it in Section I of the EHC plan for:</p>'
             '<p>%s<br>Date of birth: %s<br>UPN: %s<br>Home address: %s, %s</p>'
             '<p>Primary need: Social, emotional and mental health (diagnosed attachment disorder and PTSD). '
             'He is a looked-after child placed out of area. The draft plan and latest educational psychology '
             'report are available in the secure portal.</p>'
             '<p>Please respond within 15 days.</p><p>SEN Assessment and Review Team<br>Wessexshire Council</p>'
             % (esc(p['name']), dob_s(p, 'long'), p['upn'], esc(p['address']), p['postcode']))
    msg = message('gen', addr('SEN Assessment and Review Team', frm), to_h, 'Consultation - %s' % p['name'],
                  mkdate(2025, 3, 3, 9, 30, 0), textpart(tb_html(inner), subtype='html', cte='quoted-printable'), rng,
                  mid_domain='wessexshire-council.example')
    emit(n, 'negative', 'inbound-ehcp-consultation', 'html',
         'inbound: council SEN team consults the college about a learner, with DOB, UPN, address and diagnoses (auth_user null)',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 36 S/MIME encrypted registrations (Thunderbird)
    n = 36; rng = R(n)
    me = 'p.raman@school.example'
    to_h, to_e = P([('Registrations Team', 'registrations@northern-awards.example')])
    blob = smime_blob(rng, 3100)
    part = (['Content-Type: application/pkcs7-mime; name="smime.p7m"; smime-type=enveloped-data',
             'Content-Transfer-Encoding: base64',
             'Content-Disposition: attachment; filename="smime.p7m"',
             'Content-Description: S/MIME Encrypted Message'], base64.encodebytes(blob))
    msg = message('tb', addr('Priya Raman', me), to_h, 'Late registrations - centre 58213 - Functional Skills',
                  mkdate(2025, 3, 10, 9, 45, 12), part, rng)
    emit(n, 'negative', 'smime-encrypted-registrations', 'smime',
         'exams officer sends candidate registrations to an awarding body S/MIME-encrypted (application/pkcs7-mime)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 37 PGP/MIME referral to MASH
    n = 37; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('MASH', 'mash@wessexshire-council.example')])
    arm = pgp_armor(rng, 1400)
    parts = [(['Content-Type: application/pgp-encrypted', 'Content-Description: PGP/MIME version identification'],
              b'Version: 1\n'),
             (['Content-Type: application/octet-stream; name="encrypted.asc"',
               'Content-Description: OpenPGP encrypted message', 'Content-Disposition: inline; filename="encrypted.asc"'],
              arm.encode())]
    part = multipart('encrypted', parts, '------------enc7Hq2Lw9Zx4Rv1Tb6Nm3Kp',
                     preamble='This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)',
                     extra=' protocol="application/pgp-encrypted";')
    msg = message('tb', addr('Helen Ashworth', me), to_h, '...', mkdate(2025, 4, 1, 12, 3, 50, 1), part, rng)
    emit(n, 'negative', 'pgp-encrypted-referral', 'pgp',
         'DSL sends a MASH referral PGP/MIME-encrypted (multipart/encrypted, subject hidden)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 38 password-protected zip to payroll
    n = 38; rng = R(n)
    me = 's.kearney@school.example'
    to_h, to_e = P([('Ledgerline Payroll', 'payroll@ledgerline-bureau.example')])
    inner_rows = ['Name,DOB,NI,Sort code,Account']
    for _ in range(3):
        s = make_person(rng, 1970, 1995)
        sc, ac = make_bank(rng)
        inner_rows.append(','.join([s['name'], dob_s(s), s['nino'], sc, ac]))
    z = encrypted_zip([('Feb25_new_starters.csv', '\r\n'.join(inner_rows) + '\r\n')], 'Kestrel-Moor-8841', rng)
    text = ("Hi,\n\nFebruary new starters attached in a password-protected zip. I'll text the password to "
            "Andrea's mobile as usual.\n\nThanks\nSiobhan\n")
    part = multipart('mixed', [textpart(text), attachment('Feb25_new_starters.zip', z, 'application/x-zip-compressed')],
                     '_010_LO2P265MB5566A0B1C2D3E4F5061728AALO2P265MB5566GBRP_')
    msg = message('outlook', addr('Siobhan Kearney', me), to_h, 'February new starters (encrypted)',
                  mkdate(2025, 2, 17, 10, 9, 33), part, rng)
    emit(n, 'negative', 'password-zip-payroll', 'zip-encrypted',
         'HR sends payroll new-starter data inside a ZipCrypto password-protected zip, password sent separately',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 39 invoice with college bank details, alternative
    n = 39; rng = R(n)
    me = 'finance@school.example'
    to_h, to_e = P([('Accounts Payable', 'accounts@brightwell-engineering.example')])
    sc, ac = make_bank(random.Random('w3-college-bank'))
    text = ("Dear Sir/Madam,\n\n"
            "Please find below invoice INV-24-03817 for employer co-investment contributions.\n\n"
            "Invoice no:      INV-24-03817\n"
            "Invoice date:    31/10/2024\n"
            "Your PO:         PO-BW-77120\n"
            "Description:     Employer contribution (5%%) - Engineering Technician L3, 3 apprentices, Q1\n"
            "Amount:          \u00a31,350.00 (VAT exempt - education)\n"
            "Payment terms:   30 days\n\n"
            "Please pay by BACS to:\n"
            "Account name:    Calderbrook College Corporation\n"
            "Sort code:       %s\n"
            "Account number:  %s\n"
            "Reference:       INV-24-03817\n\n"
            "Remittances to finance@school.example. Queries: 01632 960100.\n\n"
            "Calderbrook College Finance\n" % (sc, ac))
    text = text.replace('%%', '%')
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt"><pre style="font-family:Consolas,monospace">'
            + esc(text) + '</pre></body></html>\n')
    part = multipart('alternative', [textpart(text, cte='quoted-printable'),
                                     textpart(html, subtype='html', cte='quoted-printable')],
                     '----=_NextPart_000_0041_01DB2B6A.6F3C1D20')
    msg = message('gen', addr('Calderbrook College Finance', me), to_h, 'Invoice INV-24-03817 from Calderbrook College',
                  mkdate(2024, 10, 31, 16, 0, 7), part, rng, extra=['X-Mailer: Unit4 ERP Mailer'])
    emit(n, 'negative', 'invoice-college-bank-details', 'alternative',
         'finance emails an employer an invoice showing the college\'s own sort code and account number',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 40 order confirmation with phone numbers, 7bit
    n = 40; rng = R(n)
    me = 'w.dyson@school.example'
    to_h, to_e = P([('Pennine Motor Factors', 'orders@pennine-motor-factors.example')])
    body = ("Hi Sam,\n\nConfirming order PO 2025-00417 against your quote Q-88213 (timing chain kits x2, gaskets x2, "
            "5W-20 x3, filters x4). Delivery to Goods In, Calderbrook College, Skircoat Road, Halifax HX1 2RF, "
            "any weekday 8-4.\n\n"
            "If the driver can't find us, ring the workshop on 01632 960533 or my mobile 07700 900861.\n\n"
            "Invoice to accounts payable quoting PO 2025-00417.\n\n"
            "Thanks\nWayne Dyson\nWorkshop Technician\n")
    msg = message('gen', addr('Wayne Dyson', me), to_h, 'Order PO 2025-00417', mkdate(2025, 2, 13, 9, 10, 0), textpart(body),
                  rng, extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'order-confirmation-phone', '7bit',
         'technician confirms a parts order to a supplier with PO/quote numbers and work phone numbers only',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 41 helpdesk ticket numbers to vendor, qp
    n = 41; rng = R(n)
    me = 'o.brandt@school.example'
    to_h, to_e = P([('ProSolution Support', 'support@edu-mis-software.example')])
    t1, t2, t3 = bad_ten(rng), bad_ten(rng), bad_ten(rng)
    body = ("Hello,\n\n"
            "Following up on our open cases - we still can't run the funding report after the 4.12 update.\n\n"
            "Case %s - Funding Summary report times out after 300 seconds (opened 03/02/2025)\n"
            "Case %s - ILR export drops the LearnDelFAM rows for ACT=1 learners\n"
            "Case %s - closed in error, please reopen\n\n"
            "Server build: 4.12.0.2291, SQL 2019 CU28. Our licence number is CBC-LIC-55014.\n\n"
            "Error in the event log: 'Timeout expired. The timeout period elapsed prior to completion of the "
            "operation' (SqlException 0x80131904).\n\n"
            "Could someone call me on 01632 960172 today if possible?\n\n"
            "Thanks\nOllie Brandt \u2013 MIS Officer, Calderbrook College\n" % (t1, t2, t3))
    msg = message('gen', addr('Ollie Brandt', me), to_h, 'Open cases %s / %s' % (t1, t2), mkdate(2025, 2, 10, 9, 52, 16),
                  textpart(body, cte='quoted-printable'), rng, extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'vendor-ticket-numbers', 'qp',
         'MIS officer chases a software vendor about 10-digit case numbers (not valid ULN/NHS numbers), build numbers and phone',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 42 aggregate achievement stats, csv outbound
    n = 42; rng = R(n)
    me = 'o.brandt@school.example'
    to_h, to_e = P([('Calder Skills Partnership', 'data@calder-skills-partnership.example')])
    rows = [['Sector subject area', 'Leavers', 'Achievers', 'Achievement rate %', 'National rate %', 'Female %',
             'LLDD %', 'Age 16-18 %']]
    for ssa in ['Health, Public Services and Care', 'Engineering and Manufacturing', 'Construction',
                'Retail and Commercial Enterprise', 'Business, Administration and Law', 'ICT']:
        lv = rng.randint(40, 240)
        ach = int(lv * rng.uniform(0.58, 0.82))
        rows.append([ssa, lv, ach, '%.1f' % (100.0 * ach / lv), '%.1f' % rng.uniform(58, 66),
                     '%.0f' % rng.uniform(10, 80), '%.0f' % rng.uniform(12, 30), '%.0f' % rng.uniform(20, 70)])
    csv = '\r\n'.join(csv_line(r) for r in rows) + '\r\n'
    text = ("Hi Rachel,\n\nAs requested for the Local Skills Improvement Plan, our 2023/24 apprenticeship "
            "achievement rates by sector subject area are attached. These are aggregate figures from the "
            "published QAR; cells under 5 learners have been suppressed.\n\nBest wishes\nOllie\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('CBC_QAR_2324_by_SSA.csv', csv.encode(), 'text/csv', cte='7bit')],
                     '------------Tg4Hy9Uj2Ik7Ol0Pm5Nb8Vc3', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Ollie Brandt', me), to_h, 'QAR 2023/24 by SSA for LSIP', mkdate(2025, 4, 2, 14, 21, 9, 1),
                  part, rng)
    emit(n, 'negative', 'aggregate-achievement-stats', 'att-csv',
         'MIS sends a skills partnership aggregate achievement-rate statistics by sector (no individuals)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 43 blank enrolment form, docx
    n = 43; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('Paul Greenwood', 'paul.greenwood@hollins-motors.example')])
    doc = docx_bytes([
        ('h', 'Apprenticeship Enrolment Form 2025/26'),
        ('p', 'Please complete in BLOCK CAPITALS and return to the college by hand or via the secure upload link. '
              'Do not email completed forms.'),
        ('table', [['Surname', ''], ['First name(s)', ''], ['Date of birth', '__ __ / __ __ / __ __ __ __'],
                   ['National Insurance number', '__ __   __ __   __ __   __ __   __'],
                   ['Unique Learner Number (if known)', '__________'], ['Home address and postcode', ''],
                   ['Emergency contact name and phone', ''], ['Do you consider yourself to have a learning difficulty, '
                                                              'disability or health problem?', 'Yes / No / Prefer not to say']]),
        ('p', 'Privacy notice: the information on this form is used by Calderbrook College and the Department for '
              'Education to administer your apprenticeship. See www.school.example/privacy.'),
    ], title='Enrolment form')
    text = ("Hi Paul,\n\nHere's the blank enrolment form for your two new apprentices starting in September. "
            "Please ask them to fill it in and bring it to their induction on 8 September - please don't email "
            "completed forms back, as they contain personal details; there's a secure upload link on the form "
            "if they'd rather do it online.\n\nThanks\nNadia\n")
    part = multipart('mixed', [textpart(text, cte='quoted-printable'),
                               attachment('Apprenticeship enrolment form 2025-26 (blank).docx', doc, DOCX)],
                     '_011_LO4P265MB9012ABCD0123EF4567890ABCLO4P265MB9012GBRP_')
    msg = message('outlook', addr('Nadia Qureshi', me), to_h, 'Enrolment form for September starters',
                  mkdate(2025, 7, 15, 11, 40, 2, 1), part, rng)
    emit(n, 'negative', 'blank-enrolment-form', 'att-docx',
         'ELO sends an employer a blank enrolment form template (empty DOB/NI/ULN boxes) and says not to email it back completed',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 44 data protection policy to subcontractor, docx
    n = 44; rng = R(n)
    me = 'dpo@school.example'
    to_h, to_e = P([('Dave Nuttall', 'contracts@steelbridge-training.example')])
    doc = docx_bytes([
        ('h', 'Calderbrook College - Data Protection Policy (v4.1, approved by Corporation March 2025)'),
        ('b', '1. Purpose'),
        ('p', 'This policy sets out how the College complies with the UK GDPR and the Data Protection Act 2018 when '
              'processing personal data about learners, apprentices, staff, employers and visitors.'),
        ('b', '2. Special category data'),
        ('p', 'Health, SEN, ethnicity and safeguarding information is special category data and must only be '
              'shared on a lawful basis and through approved secure channels (the secure portal, encrypted email, '
              'or the DfE Submit Learner Data service). It must never be sent by ordinary email.'),
        ('b', '3. Subcontractors'),
        ('p', 'Subcontractors act as processors and must sign the College\'s data sharing agreement, hold Cyber '
              'Essentials certification and report any personal data breach to the College DPO within 24 hours.'),
        ('b', '4. Retention'),
        ('p', 'Learner records are kept for six years after the end of the funding year, or as required by the '
              'European Social Fund / DfE audit rules, and then securely destroyed.'),
    ], title='Data Protection Policy')
    text = ("Dear Dave,\n\nAs part of the subcontractor due diligence, please find attached our Data Protection "
            "Policy. Could you confirm that you have read it and return the signed data sharing agreement "
            "(sent separately) by 31 May?\n\nKind regards\nRuth Lumb\nData Protection Officer\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('CBC Data Protection Policy v4.1.docx', doc, DOCX)],
                     '------------Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Ruth Lumb (DPO)', me), to_h, 'Data Protection Policy - subcontractor due diligence',
                  mkdate(2025, 5, 6, 10, 15, 0, 1), part, rng)
    emit(n, 'negative', 'data-protection-policy-doc', 'att-docx',
         'DPO sends a subcontractor the college data protection policy document (no personal data)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 45 open evening dates, alternative
    n = 45; rng = R(n)
    me = 'g.holroyd@school.example'
    to_h, to_e = P([('Careers Leads', 'careers.leads@calder-schools-network.example')])
    text = ("Dear careers leads,\n\n"
            "Our 2025/26 open events for Year 10 and 11 students and their families:\n\n"
            "Thursday 9 October 2025, 5pm-7.30pm - Skircoat Road campus\n"
            "Saturday 15 November 2025, 10am-1pm - all campuses\n"
            "Wednesday 28 January 2026, 5pm-7pm - Apprenticeships evening, Engineering Centre\n"
            "Tuesday 17 March 2026, 4.30pm-6.30pm - SEND transition open evening (quieter event)\n\n"
            "Address for sat navs: Skircoat Road, Halifax HX1 2RF. Free parking on site.\n"
            "Booking isn't essential, but groups of more than 10 please ring Schools Liaison on 01632 960310.\n\n"
            "Posters are attached to the online version of this email.\n\n"
            "Gemma Holroyd\nSchools Liaison & Transition Officer\n")
    html = outlook_html(outlook_paras(text))
    part = multipart('alternative', [textpart(text, cte='7bit'), textpart(html, subtype='html', cte='quoted-printable')],
                     '_000_LO6P265MB4455AABBCCDDEEFF00112233LO6P265MB4455GBRP_')
    msg = message('outlook', addr('Gemma Holroyd', me), to_h, 'Calderbrook open events 2025/26 - dates for your calendar',
                  mkdate(2025, 6, 24, 9, 5, 0, 1), part, rng)
    emit(n, 'negative', 'open-event-dates', 'alternative',
         'schools liaison sends careers leads open-event dates, times, the college postcode and switchboard number',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 46 test data with invalid identifiers, txt
    n = 46; rng = R(n)
    me = 'o.brandt@school.example'
    to_h, to_e = P([('ProSolution Support', 'support@edu-mis-software.example')])
    lines = ['LearnRefNumber|ULN|FamilyName|GivenNames|DateOfBirth|NINumber']
    bad_prefix = ['QQ', 'TN', 'BG', 'ZZ', 'GB', 'NK']
    for i in range(6):
        lines.append('|'.join(['TEST%04d' % (i + 1), bad_uln(rng), 'TESTLEARNER', 'Dummy%02d' % (i + 1),
                               '2000-01-01', '%s%06d%s' % (bad_prefix[i], 123456, 'ABCD'[i % 4])]))
    txt = '\n'.join(lines) + '\n'
    text = ("Hi,\n\nTo reproduce case %s, here is the synthetic test file we used on the TRAINING database. "
            "All records are dummy learners: the ULNs deliberately fail the check digit and the NI numbers use "
            "prefixes HMRC never issues, so the validator should reject every row - but 4.12 accepts them.\n\n"
            "Ollie\n" % bad_ten(rng))
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('synthetic_test_learners.txt', txt.encode(), 'text/plain', charset='UTF-8',
                                          cte='7bit')],
                     '------------Qa2Ws3Ed4Rf5Tg6Yh7Uj8Ik9', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Ollie Brandt', me), to_h, 'Test file for ULN validation bug', mkdate(2025, 2, 12, 15, 0, 38),
                  part, rng)
    emit(n, 'negative', 'synthetic-test-data', 'att-txt',
         'MIS sends a vendor synthetic test learners whose ULNs fail the check digit and NI prefixes are never issued',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 47 employer meeting notes, flowed
    n = 47; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('Rachel Pickersgill', 'r.pickersgill@northgate-distribution.example')])
    body = ("Hi Rachel,\n\n"
            "Thanks for showing me round the Brighouse site today. Notes from our meeting:\n\n"
            "- Site: Northgate Distribution, Unit 4 Armytage Road, Brighouse HD6 1QF. Visitors to sign in at "
            "Gatehouse B; main office 01632 960745.\n"
            "- Three team leader roles identified for the Supply Chain Practitioner apprenticeship; you'll confirm "
            "names by 20 October.\n"
            "- Off-the-job training: Wednesday mornings preferred (quiet shift pattern).\n"
            "- Next steps: I'll send the employer agreement and commitment statement template; Fiona will "
            "join the kick-off on 4 November at 10:00.\n\n"
            "Any questions, my direct line is 01632 960377.\n\n"
            "Nadia\n")
    msg = message('tb', addr('Nadia Qureshi', me), to_h, 'Notes from today - Supply Chain apprenticeships',
                  mkdate(2024, 10, 10, 17, 2, 55, 1), textpart(body, flowed=True, cs_upper=True), rng)
    emit(n, 'negative', 'employer-meeting-notes', 'flowed',
         'ELO sends an employer meeting notes with the business address, postcode, phone numbers and dates',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 48 UKPRN, qualification numbers, wrapped
    n = 48; rng = R(n)
    me = 'p.raman@school.example'
    to_h, to_e = P([('Centre Approvals', 'approvals@northern-awards.example')])
    body = ("Dear Centre Approvals,\n\n"
            "We would like to add the following qualifications to our centre approval.\n\n"
            "Centre name: Calderbrook College\n"
            "Centre number: 58213\n"
            "UKPRN: 10001234\n"
            "URN: 130567\n\n"
            "Qualifications:\n"
            "- Level 2 Certificate in Plumbing Studies (603/3881/6)\n"
            "- Level 3 Diploma in Electrical Installation (603/5982/0)\n"
            "- Level 1 Award in Employability (601/7756/2)\n\n"
            "Our EQA visit is booked for 12 March; the invoice (ref NA-INV-2025-0912) has been paid.\n\n"
            "Kind regards\n"
            "Priya Raman\n"
            "Exams Officer\n")
    msg = message('tb', addr('Priya Raman', me), to_h, 'Centre 58213 - additional qualification approval',
                  mkdate(2025, 2, 6, 11, 30, 0), textpart(hardwrap(body, 72)), rng)
    emit(n, 'negative', 'centre-and-qualification-numbers', 'wrapped',
         'exams officer sends an awarding body centre number, UKPRN, URN and qualification numbers (organisation identifiers)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 49 internal HR reply with NINO
    n = 49; rng = R(n)
    me = 's.kearney@school.example'
    to_h, to_e = P([('Payroll', 'payroll@school.example')])
    s = make_person(rng, 1975, 1990, 'F')
    irt = '<LO2P265MB3344A1B2C3D4E5F6A7B8C9D0E1F2@LO2P265MB3344.GBRP265.PROD.OUTLOOK.COM>'
    body = ("Hi Debbie,\n\nYes, it's %s. I've checked her P45 and the NI number is %s - the one on the system was "
            "missing the suffix letter. DOB is %s. I've updated iTrent.\n\nSiobhan\n\n"
            "-----Original Message-----\nFrom: Payroll <payroll@school.example>\nSent: 22 January 2025 10:15\n"
            "To: Siobhan Kearney <s.kearney@school.example>\nSubject: NI query - new lecturer\n\n"
            "Hi Siobhan, HMRC have rejected the FPS for the new Childcare lecturer - can you check her NI number "
            "and DOB for me?\n\nDebbie\n" % (s['name'], fmt_nino(s['nino']), dob_s(s)))
    msg = message('outlook', addr('Siobhan Kearney', me), to_h, 'RE: NI query - new lecturer',
                  mkdate(2025, 1, 22, 11, 2, 10), textpart(body, cte='quoted-printable'), rng, in_reply_to=irt)
    emit(n, 'negative', 'internal-hr-nino-reply', 'reply',
         'HR replies to the internal payroll mailbox with a staff member\'s NI number and DOB - internal only',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 50 inbound parent forwards GP letter
    n = 50; rng = R(n)
    frm = 'lisa.hartley1982@example.com'
    to_h, to_e = P([('Gareth Pryce', 'g.pryce@school.example')])
    p = make_person(rng, 2006, 2006, 'M')
    p['first'], p['last'] = 'Ethan', 'Hartley'
    p['name'] = 'Ethan Hartley'
    body = ("Hi Mr Pryce, this is the letter from the GP about Ethan's hand so you know why he can't do the welding "
            "practicals for a few weeks. Thanks, Lisa (Ethan's mum)\n\n"
            "---------- Forwarded message ---------\n"
            "From: Rosegarth Surgery <rosegarth.surgery@nhs-mail.example>\n"
            "Date: Mon, 13 Jan 2025 at 14:20\n"
            "Subject: Letter\n"
            "To: <lisa.hartley1982@example.com>\n\n\n"
            "To whom it may concern\n\n"
            "Re: %s, DOB %s, NHS No. %s\n"
            "%s, %s\n\n"
            "This young man sustained a fracture of the fifth metacarpal of his right hand on 9 January 2025. "
            "He should avoid heavy manual work and use of power tools for six weeks.\n\n"
            "Dr S Naylor\nRosegarth Surgery\n"
            % (p['name'], dob_s(p), fmt_nhs(p['nhs']), p['address'], p['postcode']))
    msg = message('gen', addr('Lisa Hartley', frm), to_h, 'Fwd: Letter', mkdate(2025, 1, 13, 19, 48, 2),
                  textpart(body, cte='quoted-printable'), rng, mid=msgid(rng, 'gmail'))
    emit(n, 'negative', 'inbound-parent-gp-letter', 'fwd-inline',
         'inbound: a parent forwards a GP letter with her son\'s NHS number and DOB to his assessor (auth_user null)',
         msg, frm, to_e, None)

    # ------------------------------------------------------------------ 51 anonymised case study, html
    n = 51; rng = R(n)
    me = 'k.osei@school.example'
    to_h, to_e = P([('Conference team', 'speakers@fe-inclusion-conference.example')])
    inner = ('<p>Hi Abi,</p><p>Here is the 300-word case study for the conference booklet. Everything has been '
             'anonymised and the learner and family have agreed to it being used.</p>'
             '<blockquote><p><b>Learner A</b> joined our Supported Internship aged 17 with an EHC plan. A '
             'previously disrupted school history meant A had very low confidence travelling and speaking to '
             'unfamiliar adults. Over the year A completed travel training, then a 12-week placement in a hospital '
             'catering team. By the end of the programme A was working four shifts a week independently and was '
             'offered a part-time paid role.</p><p>What made the difference: a consistent job coach, a visual '
             'task plan agreed with the employer, and gradually fading support.</p></blockquote>'
             '<p>Our session is the Thursday 11:15 slot. Slides to follow next week.</p><p>Kwame Osei<br>'
             'Additional Learning Support Coordinator</p>')
    msg = message('gen', addr('Kwame Osei', me), to_h, 'Case study for conference booklet',
                  mkdate(2025, 4, 23, 12, 12, 12, 1), textpart(tb_html(inner), subtype='html', cte='quoted-printable'), rng,
                  extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'anonymised-case-study', 'html',
         'ALS coordinator sends a conference an anonymised learner case study (no name, DOB or identifiers)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 52 internal bursary bank details, xlsx
    n = 52; rng = R(n)
    me = 'b.holloway@school.example'
    to_h, to_e = P([('Finance Team', 'finance.team@school.example')])
    rows = [['Student ID', 'Name', 'Sort code', 'Account', 'Amount']]
    for _ in range(9):
        p = make_person(rng, 2006, 2008)
        sc, ac = make_bank(rng)
        rows.append([p['sid'], p['name'], sc, ac, '85.00'])
    x = xlsx_bytes([('BACS run 14 Mar', rows)])
    text = ("Hi all,\n\nBursary BACS file for the 14 March run attached for authorisation. It's on the finance "
            "drive too (Bursary > 2024-25 > March).\n\nBev\n")
    part = multipart('mixed', [textpart(text), attachment('Bursary BACS 14 Mar.xlsx', x, XLSX)],
                     '_012_LO2P265MB1122B1C2D3E4F5A6B7C8D9E0LO2P265MB1122GBRP_')
    msg = message('outlook', addr('Bev Holloway', me), to_h, 'Bursary BACS 14 March for authorisation',
                  mkdate(2025, 3, 11, 9, 59, 1), part, rng)
    emit(n, 'negative', 'internal-bursary-bacs', 'att-xlsx',
         'finance assistant sends the internal finance team a bursary BACS sheet with bank details - internal only',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 53 secure portal notification, mobile
    n = 53; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('MASH', 'mash@wessexshire-council.example')])
    body = ("Hi, I've just submitted the referral we discussed at 3.15 through the secure portal (our ref "
            "CBC-SG-0419). Please ring me on 01632 960250 if you can't access it.\n\nHelen\n\nSent from my iPhone\n")
    msg = message('apple', addr('Helen Ashworth', me), to_h, 'Referral submitted via portal', mkdate(2025, 5, 8, 15, 40, 9, 1),
                  textpart(body), rng)
    emit(n, 'negative', 'secure-portal-notification', 'mobile',
         'DSL tells MASH a referral has been submitted through the secure portal; no personal details in the email',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 54 safeguarding policy + training notes, zip
    n = 54; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('Dave Nuttall', 'contracts@steelbridge-training.example')])
    d1 = docx_bytes([
        ('h', 'Safeguarding and Child Protection Policy 2024-25'),
        ('p', 'Calderbrook College is committed to safeguarding and promoting the welfare of all learners, including '
              'apprentices aged 16-18 and adults at risk.'),
        ('b', 'Designated Safeguarding Lead'),
        ('p', 'The DSL and deputies can be contacted through the safeguarding team mailbox or main switchboard. '
              'Concerns are recorded on CPOMS.'),
        ('b', 'Subcontracted provision'),
        ('p', 'Subcontractors must have their own safeguarding policy, ensure staff are trained to the required '
              'level, and report concerns about Calderbrook learners to the College DSL the same day.'),
        ('b', 'Information sharing'),
        ('p', 'Safeguarding information is shared on a need-to-know basis and only via secure channels.'),
    ], title='Safeguarding policy')
    t2 = ("Safeguarding refresher for subcontractor staff - trainer notes\r\n\r\n"
          "Slide 1: Keeping Children Safe in Education - what applies to FE and apprenticeships\r\n"
          "Slide 2: Signs of exploitation (CSE, CCE, county lines)\r\n"
          "Slide 3: Prevent duty - recognising radicalisation\r\n"
          "Slide 4: How to record and report - 'if in doubt, shout'\r\n"
          "Slide 5: Case scenarios (fictional) for group discussion\r\n")
    z = zip_bytes([('Safeguarding pack/Safeguarding Policy 2024-25.docx', d1),
                   ('Safeguarding pack/Trainer notes.txt', t2)])
    text = ("Dear Dave,\n\nAs promised, our safeguarding policy and the refresher training notes for your "
            "assessors are in the attached zip. Happy to deliver the session in person on 20 May.\n\n"
            "Kind regards\nHelen Ashworth\nDesignated Safeguarding Lead\n")
    part = multipart('mixed', [textpart(text, flowed=True, cs_upper=True),
                               attachment('Safeguarding pack.zip', z, 'application/zip')],
                     '------------Zx9Cv8Bn7Mm6Ll5Kk4Jj3Hh2', preamble='This is a multi-part message in MIME format.')
    msg = message('tb', addr('Helen Ashworth', me), to_h, 'Safeguarding policy + training pack',
                  mkdate(2025, 5, 1, 13, 33, 47, 1), part, rng)
    emit(n, 'negative', 'safeguarding-policy-pack', 'zip',
         'DSL sends a subcontractor a zip with the safeguarding policy and training notes (no personal data)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 55 internal forward of employer email, rfc822
    n = 55; rng = R(n)
    me = 'n.qureshi@school.example'
    to_h, to_e = P([('Gareth Pryce', 'g.pryce@school.example')])
    p = make_person(rng, 2006, 2006, 'M')
    inner_body = ("Hi Nadia\n\nOur new lad for the Engineering Technician apprenticeship:\n%s, DOB %s, NI %s, "
                  "ULN %s (from his school). Address %s, %s.\n\nSteve\n"
                  % (p['name'], dob_s(p), p['nino'], p['uln'], p['address'], p['postcode']))
    inner = message('outlook', addr('Steve Ridings', 'steve.ridings@ridings-fabrication.example'),
                    [addr('Nadia Qureshi', 'n.qureshi@school.example')], 'New starter',
                    mkdate(2024, 9, 2, 8, 1, 10, 1), textpart(inner_body), random.Random('w3-pd55i'))
    text = ("Gareth - Steve's new starter, see attached. Can you book the initial assessment?\n\nN\n")
    part = multipart('mixed', [textpart(text), rfc822part(inner, 'New starter.eml')],
                     '_013_LO4P265MB2299FF00EE11DD22CC33BB44LO4P265MB2299GBRP_')
    msg = message('outlook', addr('Nadia Qureshi', me), to_h, 'FW: New starter', mkdate(2024, 9, 2, 9, 15, 0, 1), part, rng)
    emit(n, 'negative', 'internal-forward-employer-email', 'fwd-rfc822',
         'ELO forwards an employer\'s email (apprentice DOB, NINO, ULN) as an attachment to a colleague - internal only',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 56 speaker timetable, mobile
    n = 56; rng = R(n)
    me = 'd.whitlock@school.example'
    to_h, to_e = P([('Sam Okafor', 'sam@youthvoice-theatre.example')])
    body = ("Hi Sam, all set for Tues 18/03. You're in the Main Hall 10:30-12:00 then room B214 13:15-14:45. "
            "Parking is in the visitor bays by reception, just give your name at the desk (01632 960000). "
            "I'll meet you at 10:10. Thanks! Dan\n\nSent from my iPhone\n")
    msg = message('apple', addr('Dan Whitlock', me), to_h, 'Tuesday', mkdate(2025, 3, 14, 17, 2, 30), textpart(body), rng)
    emit(n, 'negative', 'speaker-timetable', 'mobile',
         'tutor confirms times, rooms and the reception number to a visiting speaker from his phone',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 57 masked card receipt, qp cp1252
    n = 57; rng = R(n)
    me = 'r.clegg@school.example'
    to_h, to_e = P([('Catering Supplies Direct', 'sales@catering-supplies-direct.example')])
    body = ("Hello,\n\n"
            "I placed order CSD-2025-118274 on your website this morning using the college purchasing card "
            "(Visa ending 4417) \u2013 the confirmation shows \u00a3612.40 but the quote (Q-5521) was \u00a3578.90 "
            "including delivery. Could you refund the \u00a333.50 difference to the same card?\n\n"
            "Delivery address: Hospitality & Catering, Calderbrook College, Skircoat Road, Halifax HX1 2RF.\n\n"
            "Many thanks\nRob Clegg\nLecturer, Hospitality & Catering\n")
    msg = message('outlook', addr('Rob Clegg', me), to_h, 'Order CSD-2025-118274 - price difference',
                  mkdate(2025, 1, 21, 10, 44, 0), textpart(body, charset='windows-1252', cte='quoted-printable'), rng)
    emit(n, 'negative', 'masked-card-order-query', 'qp',
         'lecturer queries a supplier order quoting only the last four digits of the college purchasing card',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 58 S/MIME (Outlook smime.p7m) to police
    n = 58; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('PC 4471 Gary Hirst', 'gary.hirst@westvale-police.example')])
    blob = smime_blob(rng, 2600)
    part = (['Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
             'Content-Disposition: attachment; filename="smime.p7m"',
             'Content-Transfer-Encoding: base64'], base64.encodebytes(blob))
    msg = message('outlook', addr('Helen Ashworth', me), to_h, 'RE: Information request - Schedule 2 DPA',
                  mkdate(2025, 4, 14, 10, 2, 33, 1), part, rng,
                  in_reply_to='<DB9PR08MB7123AA00BB11CC22DD33EE44FF55@DB9PR08MB7123.eurprd08.prod.outlook.example>')
    emit(n, 'negative', 'smime-encrypted-police-reply', 'smime',
         'DSL replies to a police information request with an S/MIME encrypted message (Outlook smime.p7m)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 59 anonymised safeguarding stats, base64
    n = 59; rng = R(n)
    me = 'h.ashworth@school.example'
    to_h, to_e = P([('Clerk to the Corporation', 'clerk@governance-services.example')])
    body = ("Dear Margaret,\n\n"
            "For the Quality & Standards Committee papers, the Term 1 safeguarding summary (numbers only, no "
            "individual cases):\n\n"
            "Concerns logged on CPOMS: 214 (same term last year: 187)\n"
            "  - mental health / self-harm: 71\n"
            "  - domestic abuse: 29\n"
            "  - online safety: 24\n"
            "  - exploitation (CSE/CCE): 9\n"
            "  - Prevent: 2\n"
            "Referrals to children's social care / MASH: 18\n"
            "Referrals to adult social care: 3\n"
            "Staff completing annual safeguarding training: 96%\n\n"
            "I'll talk the committee through the trends on 3 December.\n\n"
            "Kind regards\nHelen Ashworth\nDesignated Safeguarding Lead\n")
    msg = message('gen', addr('Helen Ashworth', me), to_h, 'Safeguarding summary Term 1 - committee papers',
                  mkdate(2024, 11, 25, 16, 10, 0), textpart(body, cte='base64'), rng,
                  extra=['X-Mailer: Microsoft Outlook 16.0'])
    emit(n, 'negative', 'aggregate-safeguarding-stats', 'base64',
         'DSL sends the external clerk to governors termly safeguarding numbers only (no individuals)',
         msg, me, to_e, me)

    # ------------------------------------------------------------------ 60 inbound awarding body results with ULNs, csv
    n = 60; rng = R(n)
    frm = 'results@northern-awards.example'
    to_h, to_e = P([('Exams Office', 'exams@school.example')])
    rows = [['CentreNo', 'CandidateNo', 'ULN', 'Surname', 'Forename', 'DOB', 'QualNo', 'Grade']]
    for _ in range(10):
        p = make_person(rng, 2006, 2008)
        rows.append(['58213', '%04d' % rng.randint(1000, 9999), p['uln'], p['last'].upper(), p['first'],
                     dob_s(p), '603/7420/1', rng.choice(['Pass', 'Merit', 'Distinction', 'Distinction*', 'Fail'])])
    csv = '\r\n'.join(csv_line(r) for r in rows) + '\r\n'
    text = ("Dear Exams Officer,\n\nProvisional results for centre 58213 (January series) are attached and are "
            "also available on the secure centre portal. Results are embargoed until 08:00 on Thursday.\n\n"
            "Northern Awards Results Team\n")
    part = multipart('mixed', [textpart(text), attachment('58213_results_Jan25.csv', csv.encode(), 'text/csv',
                                                          cte='base64')],
                     '=_nab_results_6c1f0e2d9a')
    msg = message('gen', addr('Northern Awards Results', frm), to_h, 'Provisional results - centre 58213',
                  mkdate(2025, 3, 4, 7, 0, 0), part, rng, mid_domain='northern-awards.example')
    emit(n, 'negative', 'inbound-awarding-body-results', 'att-csv',
         'inbound: awarding body sends the exams office a results CSV with ULNs and DOBs (auth_user null)',
         msg, frm, to_e, None)

    write_manifest()


if __name__ == '__main__':
    pd_main()
