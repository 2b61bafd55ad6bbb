"""Decision lines in the mail log: aup-milter sends one syslog line per decision (facility mail),
keyed by the Postfix queue id, to a unix datagram socket this test binds itself (standing in for
/dev/log); known mail goes through the real Postfix and each line is read back by queue id and
compared with the audit record.

Run through ctest (integration.mail_log), which sets AUP_MILTER_BIN; needs root.
"""

import os
import re
import socket
import sys
import threading
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import SharedHarnessTest, unique, wait_until  # noqa: E402

MAIL_FACILITY = 2
# RFC 3164 as aup-milter sends it to a local socket: <PRI>Mmm dd hh:mm:ss ident[pid]: message
RFC3164 = re.compile(r"^<(\d+)>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d ([^\[\s]+)\[(\d+)\]: (.*)$")


class SyslogListener:
    """A unix datagram socket standing in for /dev/log; keeps every datagram it receives."""

    def __init__(self, path):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        os.chmod(path, 0o666)
        self.sock.settimeout(0.2)
        self.datagrams = []
        self.lock = threading.Lock()
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while self.running:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                return
            with self.lock:
                self.datagrams.append(data.decode("utf-8", errors="replace"))

    def lines_for(self, queue_id):
        """Parsed (priority, ident, pid, message) of every datagram whose message starts with `queue_id: `."""
        with self.lock:
            datagrams = list(self.datagrams)
        out = []
        for d in datagrams:
            m = RFC3164.match(d)
            if m and m.group(4).startswith(queue_id + ": "):
                out.append((int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)))
        return out

    def close(self):
        self.running = False
        self.thread.join(timeout=5)
        self.sock.close()


def message(subject, from_header="J Smith <j.smith@school.example>"):
    lines = ([("From: " + from_header)] if from_header else []) + [
        "To: friend@example.net", "Subject: " + subject, "Date: Sun, 22 Nov 2026 10:00:00 +0000",
        "Message-ID: <%s@client.test>" % uuid.uuid4().hex]
    return ("\r\n".join(lines) + "\r\n\r\nHello.\r\n").encode()


def staff_address():
    """A sender of its own per test, to find the audit record of a rejected message (no queue id in the reply)."""
    return "syslog.%s@school.example" % uuid.uuid4().hex[:8]


class MailLogTest(SharedHarnessTest):

    @classmethod
    def prepare(cls, harness):
        cls.socket_path = os.path.join(harness.root, "devlog.sock")
        cls.listener = SyslogListener(cls.socket_path)
        harness.log_toml = 'syslog = true\nsyslog_socket = "%s"\nsyslog_ident = "aup-milter"\n' % cls.socket_path

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.listener.close()

    def line_for(self, queue_id):
        lines = wait_until(lambda: self.listener.lines_for(queue_id), timeout=20)
        self.assertEqual(1, len(lines), "want one decision line for %s, got %r\n%s"
                         % (queue_id, lines, self.harness.diagnostics()))
        priority, ident, pid, text = lines[0]
        self.assertEqual(MAIL_FACILITY, priority // 8, "facility mail")
        self.assertEqual("aup-milter", ident)
        self.assertEqual(self.harness.milter.pid, pid)
        return text

    def audit_for(self, predicate):
        records = self.harness.wait_for_audit(predicate, timeout=20)
        self.assertEqual(1, len(records), self.harness.diagnostics())
        return records[0]

    def test_accepted_mail_has_an_accept_line_under_its_queue_id(self):
        sender = staff_address()
        outcome = self.harness.send(message(unique("syslog accept"), "J Smith <%s>" % sender), sender,
                                    ["friend@example.net"], login=sender)
        self.assertTrue(outcome.accepted, outcome)
        text = self.line_for(outcome.queue_id)
        self.assertEqual("%s: accept: action=accept from=<%s> to=<friend@example.net> direction=outbound"
                         % (outcome.queue_id, sender), text)

    def expected_line(self, record):
        """The line the audit record says should be there (its decisive reasons, envelope, ids)."""
        decisive = [r for r in record["reasons"] if r["action"] == record["action"]]
        line = "%s: %s:" % (record["queue_id"], record["action"])
        if decisive:
            line += " policy=%s rule=%s" % (",".join(r["policy"] for r in decisive), ",".join(r["rule"] for r in decisive))
        line += " from=<%s> to=<%s> direction=%s" % (record["mail_from"], ">,<".join(record["rcpts"]), record["direction"])
        if record.get("quarantine_id"):
            line += " quarantine_id=" + record["quarantine_id"]
        return line

    def test_rejected_mail_has_a_reject_line_naming_policy_and_rule(self):
        sender = staff_address()
        outcome = self.harness.send(message(unique("syslog reject"), from_header=None), sender,
                                    ["friend@example.net", "other@example.org"], login=sender)
        self.assertEqual(550, outcome.code, outcome)
        record = self.audit_for(lambda r: r.get("mail_from") == sender)
        self.assertEqual("reject", record["action"])
        self.assertTrue(record["queue_id"])
        text = self.line_for(record["queue_id"])
        self.assertRegex(text, r"^\S+: reject: policy=(\S+,)?anonymous(,\S+)? rule=(\S+,)?missing-from(,\S+)? ")
        self.assertIn(" to=<friend@example.net>,<other@example.org> direction=outbound", text)
        self.assertEqual(self.expected_line(record), text)  # the audit record's envelope, field for field

    def test_held_mail_names_its_quarantine_id(self):
        outcome = self.harness.send(message(unique("syslog held"), from_header=None), "someone@example.net",
                                    ["teacher@school.example"], client_addr="203.0.113.7")
        self.assertTrue(outcome.accepted, outcome)
        record = self.audit_for(lambda r: r.get("queue_id") == outcome.queue_id)
        self.assertEqual("quarantine", record["action"])
        text = self.line_for(outcome.queue_id)
        self.assertTrue(text.startswith("%s: quarantine: policy=" % outcome.queue_id), text)
        self.assertTrue(text.endswith(" direction=inbound quarantine_id=%s" % record["quarantine_id"]), text)
        self.assertEqual(self.expected_line(record), text)

    def test_a_missing_syslog_socket_does_not_stop_mail(self):
        self.harness.log_toml = 'syslog = true\nsyslog_socket = "%s"\n' % os.path.join(self.harness.root, "no-such.sock")
        self.harness.write_milter_config(self.harness.milter_config())
        self.harness.restart_milter()  # [log] settings take effect at a restart
        try:
            for _ in range(2):
                subject = unique("syslog missing")
                outcome = self.harness.send(message(subject), "j.smith@school.example", ["friend@example.net"],
                                            login="j.smith@school.example")
                self.assertTrue(outcome.accepted, outcome)
                self.assertIsNotNone(self.delivered(subject))
            self.assertTrue(self.harness.milter.wait_for_log("syslog: cannot send to"), self.harness.diagnostics())
            self.assertEqual(1, self.harness.milter.log_text().count("syslog: cannot send to"),
                             "said once, not per message")
        finally:
            self.harness.log_toml = 'syslog = true\nsyslog_socket = "%s"\n' % self.socket_path
            self.harness.write_milter_config(self.harness.milter_config())
            self.harness.restart_milter()


if __name__ == "__main__":
    unittest.main(verbosity=2)
