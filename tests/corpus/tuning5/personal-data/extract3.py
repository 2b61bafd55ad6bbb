"""Read an .eml back into plain text (for the corpus self-checks only)."""

import email
import email.policy
import html
import io
import re
import zipfile


def _unflow(text, delsp):
    out, cur = [], ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            cur += line[:-1] if delsp else line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


def _html_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def _from_zip(data, texts, names):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for n in z.namelist():
            names.append(n)
            raw = z.read(n)
            if n.endswith(".xml"):
                t = raw.decode("utf-8")
                t = re.sub(r"</w:p>|</row>|</si>", "\n", t)
                t = re.sub(r"</w:tc>|</c>", "\t", t)
                texts.append(html.unescape(re.sub(r"<[^>]+>", "", t)))
            elif n.endswith((".txt", ".csv", ".tsv")):
                texts.append(raw.decode("utf-8", "replace").replace("\r\n", "\n"))
            elif n.endswith((".htm", ".html")):
                texts.append(_html_text(raw.decode("utf-8", "replace")))
            elif n.endswith((".zip", ".docx", ".xlsx")):
                _from_zip(raw, texts, names)


def extract(path):
    """Returns (message, list of (content-type, decoded text))."""
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            t = part.get_content().replace("\r\n", "\n")
            if ctype == "text/plain" and part.get_param("format", "").lower() == "flowed":
                t = _unflow(t, part.get_param("delsp", "").lower() == "yes")
            if ctype == "text/html":
                t = _html_text(t)
            out.append((ctype, t))
        elif ctype in ("application/zip", "application/x-zip-compressed") or ctype.startswith(
                "application/vnd.openxmlformats"):
            texts, names = [], []
            _from_zip(part.get_payload(decode=True), texts, names)
            out.extend((ctype, t) for t in texts)
        else:
            part.get_payload(decode=True)
    # headers of the outer message count as text too (subjects)
    return msg, out
