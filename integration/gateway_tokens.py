"""An independent Python signer for the gateway's X-AUP-Released / X-AUP-Notice tokens (v2, as
specified in decision/release_token.h), so tests can play an attacker who holds a genuine token:
the C++ verifier is checked against a second implementation of the same specification."""

import hashlib
import hmac
import re


def _sha(data):
    return hashlib.sha256(data).hexdigest()


def _headers(message):
    head = re.split(rb"\r?\n\r?\n", message, maxsplit=1)[0].decode("utf-8", "replace")
    fields = []
    for line in re.split(r"\r?\n", head):
        if line[:1] in (" ", "\t") and fields:
            fields[-1][1] += " " + line
        elif ":" in line:
            name, value = line.split(":", 1)
            fields.append([name.strip(), value.strip()])
    return fields


def _fold(value):
    return " ".join(value.split())


def header_digest(message):
    joined = ""
    for name in ("Subject", "From", "Content-Type", "Content-Transfer-Encoding"):
        joined += name.lower() + ":"
        for n, v in _headers(message):
            if n.lower() == name.lower():
                joined += _fold(v) + "\x1f"
        joined += "\n"
    return _sha(joined.encode("utf-8"))


def body_digest(message):
    parts = re.split(rb"\r?\n\r?\n", message, maxsplit=1)
    body = parts[1] if len(parts) == 2 else b""
    body = body.replace(b"\r", b"").rstrip(b"\n")
    return _sha(body)


def recipient_digest(recipients):
    return _sha("".join(r + "\n" for r in sorted({r.lower() for r in recipients})).encode())


def sign(kind, quarantine_id, message, recipients, issued_at, key):
    fields = [quarantine_id or "-", str(issued_at), recipient_digest(recipients), header_digest(message),
              body_digest(message)]
    mac = hmac.new(key.encode(), ("%s|v2|" % kind + "|".join(fields)).encode(), hashlib.sha256).hexdigest()
    return "v2; id=%s; t=%s; rcpt=%s; hdr=%s; body=%s; mac=%s" % tuple(fields + [mac])
