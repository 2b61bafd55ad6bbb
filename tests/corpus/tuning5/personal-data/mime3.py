"""MIME helpers for the tuning5 personal-data messages (wrappers over ../mimeshapes.py)."""

import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import mimeshapes as ms  # noqa: E402

UTC = datetime.timezone.utc


def _core_props(title):
    """docProps/core.xml as Office writes it (replaces the helper's version, which names heldout2)"""
    from xml.sax.saxutils import escape
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
            'dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
            '<dc:creator>Kingsmead Staff</dc:creator><cp:lastModifiedBy>Kingsmead Staff</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-14T09:30:00Z</dcterms:created>'
            '</cp:coreProperties>' % escape(title))


ms._core_props = _core_props


# ------------------------------------------------------------------ MIME helpers
def body(shape, text, seed, html=None):
    """single-entity body shapes from mimeshapes.body_for"""
    return ms.body_for(shape, text, seed, html=html)


def cover_part(text, cte=None):
    ascii_ok = all(ord(c) < 128 for c in text)
    return ms.text_part(text, cte=cte or ("7bit" if ascii_ok else "quoted-printable"))


def mixed(parts, seed):
    return ms.multipart("mixed", parts, seed)


def alt(text, html, seed, text_cte=None, html_cte="quoted-printable"):
    ascii_ok = all(ord(c) < 128 for c in text)
    return ms.multipart("alternative", [
        ms.text_part(text, cte=text_cte or ("7bit" if ascii_ok else "quoted-printable")),
        ms.text_part(html, subtype="html", cte=html_cte)], seed)


def att_csv(name, text, cte="base64"):
    return ms.text_part(text, subtype="csv", filename=name, cte=cte)


def att_text(name, text, cte="base64", subtype="plain"):
    return ms.text_part(text, subtype=subtype, filename=name, cte=cte)


def att_html(name, html, cte="base64"):
    return ms.text_part(html, subtype="html", filename=name, cte=cte)


def att_xlsx(name, rows, sheet="Sheet1", date_columns=()):
    return ms.binary_part(ms.make_xlsx(rows, sheet_name=sheet, date_columns=date_columns), ms.XLSX_TYPE, name)


def att_docx(name, paragraphs, tables=(), title="Document"):
    return ms.binary_part(ms.make_docx(paragraphs, tables=tables, title=title), ms.DOCX_TYPE, name)


def att_zip(name, members, ctype="application/zip"):
    return ms.binary_part(ms.make_zip([(n, d.encode("utf-8") if isinstance(d, str) else d)
                                       for n, d in members]), ctype, name)


def att_pdf_stub(name, seed, text="Policy document"):
    """a tiny, valid-looking PDF holding only a title (no personal data)"""
    stream = "BT /F1 18 Tf 72 760 Td (%s) Tj ET" % text.replace("(", "[").replace(")", "]")
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return ms.binary_part(out.encode("latin-1"), "application/pdf", name)


def fwd822(frm, to, subject, date, text, seed, shape="qp", html=None, cc=()):
    return ms.rfc822_part(ms.inner_message(frm, to, subject, date, text, seed, cc=cc, shape=shape, html=html),
                          filename=re.sub(r"[^A-Za-z0-9 ]+", "", subject)[:40].strip() + ".eml")


def signed(part, seed):
    return ms.smime_signed(part, seed)


def enveloped(seed, size=1600):
    return ms.smime_enveloped(seed, size)


def pgp_mime(seed):
    return ms.pgp_encrypted(seed)


def pgp_inline(seed, before="", after=""):
    return ms.text_part(before + ms.pgp_armor(seed) + after, cte="7bit")


def D(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=UTC)


