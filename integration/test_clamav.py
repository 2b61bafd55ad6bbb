"""ClamAV and dangerous attachments end to end: real Postfix -> real aup-milter (libclamav with the
bundled test database) -> SMTP sink.

An EICAR attachment is refused with 550 5.7.1 naming the signature and the file, and reaches
nobody; a clean attachment is delivered; a double-extension program is refused naming the file.
Run through ctest (integration.clamav), which sets AUP_MILTER_BIN; needs root.
"""

import base64
import os
import sys
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import Harness  # noqa: E402

STAFF = "j.smith@school.example"
OUTSIDER = "sender@example.net"
# Assembled at run time so no EICAR file sits in the repository.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def with_attachment(subject, filename, payload, content_type="application/octet-stream"):
    boundary = "b-" + uuid.uuid4().hex
    return ("From: J Smith <j.smith@school.example>\r\nTo: friend@example.net\r\nSubject: %s\r\n"
            "Date: Sun, 22 Nov 2026 10:00:00 +0000\r\nMessage-ID: <%s@client.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n--%s\r\nContent-Type: text/plain\r\n\r\n"
            "Please see the attached file.\r\n--%s\r\nContent-Type: %s; name=\"%s\"\r\n"
            "Content-Disposition: attachment; filename=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            % (subject, uuid.uuid4().hex, boundary, boundary, boundary, content_type, filename, filename)
            ).encode() + base64.encodebytes(payload).replace(b"\n", b"\r\n") + ("\r\n--%s--\r\n" % boundary).encode()


class ClamavThroughPostfix(unittest.TestCase):
    harness = None

    @classmethod
    def setUpClass(cls):
        cls.harness = Harness().start()

    @classmethod
    def tearDownClass(cls):
        if cls.harness is not None:
            cls.harness.stop()

    def delivered(self, subject, timeout=30):
        return self.harness.delivered(subject, timeout=timeout)

    def test_eicar_from_staff_is_rejected_naming_the_signature(self):
        subject = "eicar " + uuid.uuid4().hex[:8]
        outcome = self.harness.send(with_attachment(subject, "invoice.bin", EICAR), STAFF, ["friend@example.net"],
                                    login=STAFF)
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("5.7.1", outcome.text)
        self.assertIn("Test.EICAR", outcome.text)
        self.assertIn("invoice.bin", outcome.text)
        self.assertIsNone(self.delivered(subject, timeout=3), "infected mail reached the sink")

    def test_eicar_from_outside_is_rejected_too(self):
        subject = "eicar-in " + uuid.uuid4().hex[:8]
        outcome = self.harness.send(with_attachment(subject, "scan.bin", EICAR), OUTSIDER, [STAFF],
                                    client_addr="203.0.113.7")
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("Test.EICAR", outcome.text)

    def test_clean_attachment_is_delivered(self):
        subject = "clean " + uuid.uuid4().hex[:8]
        outcome = self.harness.send(with_attachment(subject, "minutes.txt", b"Minutes of the governors' meeting\n",
                                                    "text/plain"), STAFF, ["friend@example.net"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        received = self.delivered(subject)
        self.assertIsNotNone(received, self.harness.diagnostics())
        self.assertTrue(received.header("X-AUP-Verdict").startswith("accept"))

    def test_double_extension_program_is_rejected_naming_the_file(self):
        subject = "program " + uuid.uuid4().hex[:8]
        program = b"MZ" + b"\x90" * 62 + b"PE\0\0" + b"\0" * 200
        outcome = self.harness.send(with_attachment(subject, "report.pdf.exe", program), STAFF,
                                    ["friend@example.net"], login=STAFF)
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("report.pdf.exe", outcome.text)
        self.assertIn("dangerous-attachment", outcome.text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
