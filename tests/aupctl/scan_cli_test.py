#!/usr/bin/env python3
"""`aupctl scan` end to end: one JSON object on stdout, exit 0, the documented keys, for the
shipped demo config (which falls back to the bundled ClamAV test database offline)."""
import base64
import json
import os
import subprocess
import sys
import tempfile
import unittest

AUPCTL = os.environ["AUPCTL_BIN"]
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def scan(message, *args):
    with tempfile.NamedTemporaryFile("wb", suffix=".eml", delete=False) as f:
        f.write(message)
    try:
        out = subprocess.run([AUPCTL, "scan", "--config", os.path.join(REPO, "config", "aup-milter.toml"), *args, f.name],
                             capture_output=True, timeout=300)  # a hang guard; a sanitizer build needs ~25 s a scan
    finally:
        os.unlink(f.name)
    return out


class ScanCli(unittest.TestCase):
    def test_clean_staff_mail_is_accepted_with_documented_shape(self):
        out = scan(open(os.path.join(REPO, "tests/data/mail/clean-outbound.eml"), "rb").read(),
                   "--mail-from", "j.smith@school.example", "--rcpt", "parent@example.org",
                   "--auth-user", "j.smith@school.example")
        self.assertEqual(out.returncode, 0, out.stderr)
        verdict = json.loads(out.stdout)  # stdout holds exactly one JSON object: logs go to stderr
        for key in ("action", "direction", "reasons", "added_rcpts", "added_headers", "reply"):
            self.assertIn(key, verdict)
        self.assertEqual(verdict["action"], "accept")
        self.assertEqual(verdict["direction"], "outbound")

    def test_anonymous_staff_mail_is_rejected_with_explanation(self):
        out = scan(open(os.path.join(REPO, "tests/data/mail/anonymous-outbound.eml"), "rb").read(),
                   "--mail-from", "j.smith@school.example", "--rcpt", "parent@example.org",
                   "--auth-user", "j.smith@school.example")
        verdict = json.loads(out.stdout)
        self.assertEqual(verdict["action"], "reject")
        self.assertTrue(verdict["reply"].startswith("550 5.7.1 "), verdict["reply"])
        self.assertIn("anonymous-name", [r["rule"] for r in verdict["reasons"]])

    def test_eicar_attachment_is_rejected_naming_the_signature(self):
        message = (b"From: J Smith <j.smith@school.example>\r\nTo: p@example.org\r\nSubject: f\r\n"
                   b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                   b"Content-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/octet-stream\r\n"
                   b"Content-Disposition: attachment; filename=x.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                   + base64.b64encode(EICAR) + b"\r\n--b--\r\n")
        verdict = json.loads(scan(message, "--mail-from", "j.smith@school.example", "--rcpt", "p@example.org",
                                  "--auth-user", "j.smith@school.example").stdout)
        self.assertEqual(verdict["action"], "reject")
        virus = [r for r in verdict["reasons"] if r["policy"] == "virus"]
        self.assertTrue(virus and virus[0]["evidence"].startswith("Test.EICAR"), verdict)

    def test_null_sender_is_accepted_on_the_command_line(self):
        out = scan(b"From: x@example.net\r\nAuto-Submitted: auto-replied\r\nSubject: away\r\n\r\nout\r\n",
                   "--mail-from", "<>", "--rcpt", "j.smith@school.example")
        self.assertEqual(json.loads(out.stdout)["action"], "accept")

    def test_unreadable_message_file_is_a_clear_error(self):
        out = subprocess.run([AUPCTL, "scan", "--mail-from", "a@b.example", "--rcpt", "c@d.example", "/nonexistent.eml"],
                             capture_output=True, timeout=300)  # a hang guard; a sanitizer build needs ~25 s a scan
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"cannot read message file /nonexistent.eml", out.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
