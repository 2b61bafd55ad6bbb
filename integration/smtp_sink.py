"""A small SMTP sink: accepts every message and keeps it (envelope + bytes) for assertions.

Postfix relays to it through `relayhost = [127.0.0.1]:PORT`. Python stdlib only.
"""

import socketserver
import threading
import time


class ReceivedMessage:
    """One delivered message: envelope sender, recipients and the exact DATA bytes."""

    def __init__(self, mail_from, rcpts, data):
        self.mail_from = mail_from
        self.rcpts = rcpts
        self.data = data

    def header(self, name):
        """Value of the first header `name` (case-insensitive, unfolded), or None."""
        head = self.data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
        current = None
        for line in head.split("\r\n"):
            if line[:1] in (" ", "\t") and current is not None:
                current[1] += " " + line.strip()
                continue
            if current is not None and current[0].lower() == name.lower():
                return current[1]
            key, _, value = line.partition(":")
            current = [key, value.strip()]
        if current is not None and current[0].lower() == name.lower():
            return current[1]
        return None

    def __repr__(self):
        return "ReceivedMessage(from=%r, rcpts=%r, %d bytes)" % (self.mail_from, self.rcpts, len(self.data))


class _Handler(socketserver.StreamRequestHandler):
    timeout = 60

    def reply(self, text):
        self.wfile.write(text.encode("ascii") + b"\r\n")
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink.test ESMTP aup-sink")
        mail_from, rcpts = None, []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 sink.test")
            elif verb == "MAIL":
                mail_from, rcpts = _path(command), []
                self.reply("250 2.1.0 Ok")
            elif verb == "RCPT":
                rcpts.append(_path(command))
                self.reply("250 2.1.5 Ok")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = self._read_data()
                self.server.sink._store(ReceivedMessage(mail_from, rcpts, data))
                self.reply("250 2.0.0 Ok: stored")
                mail_from, rcpts = None, []
            elif verb == "RSET":
                mail_from, rcpts = None, []
                self.reply("250 2.0.0 Ok")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            else:
                self.reply("250 2.0.0 Ok")

    def _read_data(self):
        chunks = []
        while True:
            line = self.rfile.readline()
            if not line or line in (b".\r\n", b".\n"):
                break
            if line.startswith(b".."):
                line = line[1:]
            chunks.append(line)
        return b"".join(chunks)


def _path(command):
    """The address inside <...> of a MAIL/RCPT command ("" for <>)."""
    start, end = command.find("<"), command.find(">")
    return command[start + 1:end] if start >= 0 and end > start else ""


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class SmtpSink:
    """Threaded SMTP server on 127.0.0.1:<free port>; `messages` holds what arrived."""

    def __init__(self):
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.sink = self
        self.port = self._server.server_address[1]
        self._lock = threading.Condition()
        self.messages = []
        self._thread = threading.Thread(target=self._server.serve_forever, name="smtp-sink", daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def _store(self, message):
        with self._lock:
            self.messages.append(message)
            self._lock.notify_all()

    def clear(self):
        with self._lock:
            self.messages = []

    def wait_for(self, predicate, timeout=30.0):
        """Waits until a message satisfying predicate(message) arrives; returns it or None."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for message in self.messages:
                    if predicate(message):
                        return message
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._lock.wait(remaining)

    def find(self, predicate):
        with self._lock:
            return [m for m in self.messages if predicate(m)]
