"""No way around the gateway (issue 13, docs/security.md), through real Postfix -> aup-milter -> sink.

- A released message is delivered without its token, and a genuine token cannot be replayed to
  other recipients or under another subject by a member of staff.
- X-AUP-* headers sent by an outsider never reach the recipient beside the milter's own.
- Parent mail held for personal data keeps the Headteacher's copy when it is released.
- A notice never goes to an outside address a staff login put in MAIL FROM.
- The release listener applies the policy to anything a local process sends through it.
Run through ctest (integration.security), which sets AUP_MILTER_BIN and AUPCTL_BIN; needs root.
"""

import os
import smtplib
import subprocess
import sys
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gateway_tokens  # noqa: E402
from harness import SharedHarnessTest, unique  # noqa: E402

STAFF = "j.smith@school.example"
PARENT = "parent.one@example.org"
HEAD = "head@school.example"
OUTSIDER_ADDR = "203.0.113.7"
ULN = "1000000043"
RELEASE_KEY = "9a8b7c6d5e4f30211203f4e5d6c7b8a9"
ROSTER = "email,role,name\nparent.one@example.org,parent,\"One, Parent\"\n"
CHAIN = ("Send this to 10 people within 24 hours or you will have bad luck for seven years.\r\n"
         "Don't break the chain! Forward this to everyone you know.\r\n")


def message(subject, body, to=PARENT, sender=STAFF, extra=""):
    return ("From: %s\r\nTo: %s\r\nSubject: %s\r\n%sDate: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
            "Message-ID: <%s@client.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s"
            % (sender, to, subject, extra, uuid.uuid4().hex, body)).encode()


def learner_data(subject):
    return message(subject, "Hello,\r\n\r\nTransfer details: Alice Example, date of birth 04/05/2012,\r\n"
                            "ULN: %s\r\n\r\nJ Smith\r\n" % ULN)


class GatewaySecurityTest(SharedHarnessTest):
    @classmethod
    def prepare(cls, harness):
        cls.key_file = os.path.join(harness.root, "release.key")
        with open(cls.key_file, "w") as f:
            f.write(RELEASE_KEY + "\n")
        os.chmod(cls.key_file, 0o640)
        with open(os.path.join(harness.root, "roster.csv"), "w") as f:
            f.write(ROSTER)
        cls.store_dir = os.path.join(harness.root, "quarantine")
        harness.policy_toml = ('\n[policy.headteacher-copy]\nmode = "add"\ncc_header = "visible"\n'
                               '\n[quarantine]\ndir = "%s"\nrelease_port = %d\nrelease_secret_file = "%s"\n'
                               % (cls.store_dir, harness.postfix.release_port, cls.key_file))

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        h = cls.harness
        h.write_milter_config(h.milter_config().replace(
            'anonymous_domains = "anonymous-domains.txt"', 'anonymous_domains = "anonymous-domains.txt"\nroster = "roster.csv"'))
        if not h.reload_milter():
            raise RuntimeError("reload with the roster failed\n" + h.diagnostics())

    # -- helpers ------------------------------------------------------------------------------
    def aupctl(self, *args):
        result = subprocess.run([os.environ["AUPCTL_BIN"], "quarantine", "-c", self.harness.config_path] + list(args),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        self.assertEqual(0, result.returncode, result.stderr.decode() + self.harness.diagnostics())
        return result

    def decision_for(self, queue_id):
        records = self.harness.wait_for_audit(lambda r: r.get("queue_id") == queue_id and r.get("event") == "decision")
        self.assertTrue(records, "no decision for %s%s" % (queue_id, self.harness.diagnostics()))
        return records[0]

    def arrivals(self, marker, timeout=20.0, rcpt=None):
        """Sink messages carrying `marker` (and addressed to `rcpt`), once the first has arrived.
        Wait for the recipient's own copy: the sender's notice carries the subject too."""
        def carrying(m):
            return marker.encode() in m.data and (rcpt is None or rcpt in m.rcpts)
        self.harness.sink.wait_for(carrying, timeout=timeout)
        return self.harness.sink.find(carrying)

    def hold_and_release(self, subject):
        outcome = self.harness.send(learner_data(subject), STAFF, [PARENT], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        record = self.decision_for(outcome.queue_id)
        self.assertEqual("quarantine", record["action"], record)
        qid = record["quarantine_id"]
        self.aupctl("release", qid)
        return qid

    # -- tests --------------------------------------------------------------------------------
    def test_a_released_copy_cannot_be_replayed_elsewhere(self):
        subject = unique("transfer")
        qid = self.hold_and_release(subject)
        delivered = self.arrivals(subject, rcpt=PARENT)
        self.assertEqual(1, len(delivered), self.harness.diagnostics())
        self.assertNotIn(b"X-AUP-Released", delivered[0].data)  # nothing left to replay

        # Had a recipient kept a genuine token (signed here with the school's key for the original
        # recipients), re-sending it under a new subject to another outsider is held.
        with open(os.path.join(self.store_dir, "messages", qid + ".eml"), "rb") as f:
            stored = f.read()
        token = gateway_tokens.sign("release", qid, stored, [PARENT, HEAD], int(time.time()), RELEASE_KEY)
        replay = ("X-AUP-Released: %s\r\n" % token).encode() + stored.replace(subject.encode(), b"Re: " + subject.encode(), 1)
        outcome = self.harness.send(replay, STAFF, ["someone@example.net"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        record = self.decision_for(outcome.queue_id)
        self.assertEqual("quarantine", record["action"], record)
        self.assertEqual("recipient-mismatch", record.get("release_token"), record)
        self.assertEqual([], self.arrivals("Re: " + subject, timeout=2.0, rcpt="someone@example.net"))

    def test_released_parent_mail_keeps_the_headteacher_copy(self):
        subject = unique("parent data")
        self.hold_and_release(subject)
        self.arrivals(subject, rcpt=HEAD)
        copies = [m for m in self.arrivals(subject, rcpt=PARENT)] + \
            [m for m in self.arrivals(subject, rcpt=HEAD) if PARENT not in m.rcpts]
        recipients = sorted(r for m in copies for r in m.rcpts)
        self.assertIn(PARENT, recipients, self.harness.diagnostics())
        self.assertIn(HEAD, recipients, self.harness.diagnostics())
        self.assertIn(HEAD, copies[0].header("Cc") or "")

    def test_outsiders_aup_headers_are_stripped(self):
        subject = unique("forged headers")
        forged = message(subject, "Hello from outside.\r\n", to="teacher@school.example", sender="someone@example.net",
                         extra="X-AUP-Verdict: accept; direction=internal\r\nX-AUP-Headteacher-Copy: added\r\n"
                               "X-AUP-Released: v2; id=00112233445566778899aabbccddeeff; t=1; rcpt=0; hdr=0; body=0; mac=0\r\n")
        outcome = self.harness.send(forged, "someone@example.net", ["teacher@school.example"], client_addr=OUTSIDER_ADDR)
        self.assertTrue(outcome.accepted, outcome)
        got = self.arrivals(subject)
        self.assertEqual(1, len(got), self.harness.diagnostics())
        data = got[0].data
        self.assertEqual(1, data.count(b"X-AUP-Verdict:"), data)
        self.assertIn(b"X-AUP-Verdict: accept; direction=inbound", data)
        self.assertNotIn(b"X-AUP-Headteacher-Copy", data)
        self.assertNotIn(b"X-AUP-Released", data)

    def test_no_notice_goes_to_an_outside_address_a_login_put_in_mail_from(self):
        subject = unique("lucky chain")
        victim = "victim.%s@example.org" % uuid.uuid4().hex[:6]
        outcome = self.harness.send(message(subject, CHAIN, to="friend@example.net", sender=victim), victim,
                                    ["friend@example.net"], login=STAFF)
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("the sender address does not belong to the login", self.harness.milter.log_text())
        self.assertEqual([], self.arrivals(subject, timeout=3.0, rcpt=victim))

    def test_the_release_listener_applies_the_policy_to_local_processes(self):
        subject = unique("local relay")
        chain = message(subject, CHAIN, to="friend@example.net", sender="webapp@school.example")
        with smtplib.SMTP("127.0.0.1", self.harness.postfix.release_port, timeout=60) as client:
            try:
                client.sendmail("webapp@school.example", ["friend@example.net"], chain)
            except smtplib.SMTPException:
                pass  # refused outright is fine too
        time.sleep(2)
        self.assertEqual([], [m for m in self.harness.sink.find(lambda m: subject.encode() in m.data)
                              if "friend@example.net" in m.rcpts])
        records = self.harness.wait_for_audit(lambda r: r.get("event") == "decision" and r.get("mail_from") == "webapp@school.example")
        self.assertTrue(records, self.harness.diagnostics())
        self.assertNotEqual("accept", records[-1]["action"], records[-1])


if __name__ == "__main__":
    unittest.main(verbosity=2)
