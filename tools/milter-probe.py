#!/usr/bin/env python3
"""milter-probe - speak the milter protocol to a running aup-milter, as Postfix would, and print
its answer. For admins checking a milter without touching Postfix, and for tests and benchmarks.

    tools/milter-probe.py unix:/run/aup-milter/milter.sock message.eml \
        --mail-from t@school.example --rcpt parent@example.org [--auth-user t@school.example]
"""
import argparse
import socket
import struct
import sys

# Protocol flags (libmilter mfdef.h) the milter may ask us, the MTA, to honour.
NO_REPLY = {"C": 0x1000, "H": 0x2000, "M": 0x4000, "R": 0x8000, "T": 0x10000, "N": 0x40000, "B": 0x80000, "L": 0x80}
SKIP_STEP = {"C": 0x1, "H": 0x2, "M": 0x4, "R": 0x8, "B": 0x10, "L": 0x20, "N": 0x40, "T": 0x200}
HDR_LEADSPC = 0x100000
ALL_ACTIONS = 0x1FF
ALL_PROTOCOL = 0x1FFFFF


class MilterClient:
    def __init__(self, spec, timeout):
        if spec.startswith(("unix:", "local:")):
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.sock.settimeout(timeout)
            self.sock.connect(spec.split(":", 1)[1])
        elif spec.startswith("inet:"):
            port, _, host = spec[5:].partition("@")
            self.sock = socket.create_connection((host or "127.0.0.1", int(port)), timeout)
        else:
            raise SystemExit(f"milter-probe: unsupported socket spec {spec!r}")
        self.protocol = 0
        self.modifications = []

    def send(self, cmd, data=b""):
        self.sock.sendall(struct.pack(">I", len(data) + 1) + cmd.encode() + data)

    def read(self):
        header = self._exact(5)
        length, cmd = struct.unpack(">I", header[:4])[0], chr(header[4])
        return cmd, self._exact(length - 1)

    def _exact(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("milter closed the connection")
            buf += chunk
        return buf

    def negotiate(self):
        self.send("O", struct.pack(">III", 6, ALL_ACTIONS, ALL_PROTOCOL))
        cmd, data = self.read()
        if cmd != "O":
            raise ConnectionError(f"unexpected negotiation reply {cmd!r}")
        _, _, self.protocol = struct.unpack(">III", data[:12])

    def step(self, cmd, data=b""):
        """Sends one step; returns None to continue, or the final (code, text)."""
        if self.protocol & SKIP_STEP.get(cmd, 0):
            return None
        self.send(cmd, data)
        if self.protocol & NO_REPLY.get(cmd, 0):
            return None
        while True:
            reply, payload = self.read()
            if reply in "+-hmi":  # modifications before the final answer
                self.modifications.append((reply, payload.rstrip(b"\0").replace(b"\0", b":").decode(errors="replace")))
            elif reply == "p":  # progress: keep waiting
                continue
            elif reply == "c":
                return None
            elif reply == "y":
                return "reply", payload.rstrip(b"\0").decode(errors="replace")
            else:
                return {"a": "accept", "r": "reject", "t": "tempfail", "d": "discard", "q": "quarantine",
                        "s": "skip"}.get(reply, reply), payload.rstrip(b"\0").decode(errors="replace")


def macro(stage, pairs):
    return stage.encode() + b"".join(k.encode() + b"\0" + v.encode() + b"\0" for k, v in pairs)


def split_message(raw):
    head, sep, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    headers = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and headers:
            headers[-1][1] += b"\r\n" + line
        elif b":" in line:
            name, _, value = line.partition(b":")
            headers.append([name, value])
    return headers, body.replace(b"\n", b"\r\n")


def probe(args):
    raw = open(args.message, "rb").read()
    client = MilterClient(args.socket, args.timeout)
    client.negotiate()
    family_port = b"4" + struct.pack(">H", 25) + args.client_ip.encode() + b"\0"
    steps = [("C", b"client.example\0" + family_port), ("H", b"probe.example\0")]
    mail_macros = [("i", "PROBE")] + ([("{auth_authen}", args.auth_user)] if args.auth_user else [])
    steps.append(("DM", macro("M", mail_macros)))
    steps.append(("M", b"<" + args.mail_from.encode() + b">\0"))
    for rcpt in args.rcpt:
        steps.append(("R", b"<" + rcpt.encode() + b">\0"))
    steps.append(("T", b""))
    headers, body = split_message(raw)
    for name, value in headers:
        if not client.protocol & HDR_LEADSPC:
            value = value.lstrip(b" ")
        steps.append(("L", name + b"\0" + value + b"\0"))
    steps.append(("N", b""))
    for i in range(0, len(body), 65535):
        steps.append(("B", body[i:i + 65535]))
    steps.append(("DE", macro("E", [("i", "PROBE")])))
    steps.append(("E", b""))
    for cmd, data in steps:
        if cmd.startswith("D"):
            client.send("D", data)
            continue
        result = client.step(cmd, data)
        if result is not None:
            break
    else:
        result = ("accept", "")
    client.send("Q")
    for kind, text in client.modifications:
        print({"+": "add recipient", "h": "add header", "m": "change header", "i": "insert header",
               "-": "delete recipient"}[kind] + ": " + text)
    print(f"{result[0]}: {result[1]}" if result[1] else result[0])
    return 0 if result[0] in ("accept", "reply", "reject", "tempfail", "quarantine") else 1


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("socket", help='"unix:/path" or "inet:PORT@HOST"')
    p.add_argument("message", help="RFC 5322 message file")
    p.add_argument("--mail-from", default="sender@example.org")
    p.add_argument("--rcpt", action="append", default=[])
    p.add_argument("--auth-user", default="")
    p.add_argument("--client-ip", default="203.0.113.7")
    p.add_argument("--timeout", type=float, default=30)
    args = p.parse_args()
    if not args.rcpt:
        args.rcpt = ["recipient@example.org"]
    return probe(args)


if __name__ == "__main__":
    sys.exit(main())
