"""Quarantine end to end: real Postfix -> real aup-milter -> durable store -> aupctl -> SMTP sink.

A member of staff sends learner data out unencrypted: the client gets 250, nothing reaches the
recipient, the exact message is in the store, the sender gets a notice that says what was
stopped and how to fix it, and `aupctl quarantine release` delivers the original bytes through the
milter (the release listener keeps it): a genuine X-AUP-Released token lets it pass, and is
stripped before delivery; a token lifted onto another message is ignored. A store that cannot
write answers 451 4.7.1.
Run through ctest (integration.quarantine), which sets AUP_MILTER_BIN and AUPCTL_BIN; needs root.
"""

import json
import os
import subprocess
import sys
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gateway_tokens  # noqa: E402
from harness import Harness, SharedHarnessTest, unique  # noqa: E402

STAFF = "j.smith@school.example"
PARENT = "parent.one@example.org"
OUTSIDER_ADDR = "203.0.113.7"
ULN = "1000000043"  # passes the ULN check digit
RELEASE_KEY = "5f0c3a0e9d2b4c7e8a1f6b3d2c9e0a7b"


def learner_data_message(subject):
    text = ("From: J Smith <j.smith@school.example>\r\nTo: parent.one@example.org\r\n"
            "Subject: %s\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
            "Message-ID: <%s@client.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Hello,\r\n\r\nHere are the details for the transfer form.\r\n"
            "Learner: Alice Example, date of birth 04/05/2012\r\n"
            "ULN: %s\r\n\r\nThanks,\r\nJ Smith\r\n") % (subject, uuid.uuid4().hex, ULN)
    return text.encode("utf-8")


def anonymous_inbound_message(subject, extra_header=""):
    text = ("To: teacher@school.example\r\nSubject: %s\r\n%s"
            "Message-ID: <%s@outside.test>\r\n\r\nWho am I? %s\r\n") % (subject, extra_header, uuid.uuid4().hex,
                                                                      uuid.uuid4().hex)
    return text.encode("utf-8")


class QuarantineTest(SharedHarnessTest):
    @classmethod
    def prepare(cls, harness):
        cls.key_file = os.path.join(harness.root, "release.key")
        with open(cls.key_file, "w") as f:
            f.write(RELEASE_KEY + "\n")
        os.chmod(cls.key_file, 0o640)  # aup-milter refuses a key others can read
        cls.store_dir = os.path.join(harness.root, "quarantine")
        harness.policy_toml = ('\n[quarantine]\ndir = "%s"\nrelease_port = %d\nrelease_secret_file = "%s"\n'
                               % (cls.store_dir, harness.postfix.release_port, cls.key_file))

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        root = cls.harness.root
        # An admin config that re-injects through the milter's own listener (to test the token).
        cls.through_milter_config = os.path.join(root, "aupctl-through-milter.toml")
        with open(cls.harness.config_path) as f:
            text = f.read()
        with open(cls.through_milter_config, "w") as f:
            f.write(text.replace("release_port = %d" % cls.harness.postfix.release_port,
                                 "release_port = %d" % cls.harness.postfix.smtpd_port))

    # -- helpers ------------------------------------------------------------------------------
    def aupctl(self, *args, config=None, check=True):
        result = subprocess.run([os.environ["AUPCTL_BIN"], "quarantine", "-c", config or self.harness.config_path]
                                + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        if check:
            self.assertEqual(0, result.returncode, "aupctl %s: %s%s" % (args, result.stderr.decode(),
                                                                         self.harness.diagnostics()))
        return result

    def held(self, **filters):
        args = ["list", "--json"]
        for key, value in filters.items():
            args += ["--" + key, value]
        return json.loads(self.aupctl(*args).stdout)

    def decision_for(self, queue_id, timeout=10.0):
        records = self.harness.wait_for_audit(
            lambda r: r.get("queue_id") == queue_id and r.get("event") == "decision", timeout=timeout)
        if not records:
            self.fail("no audit record for %s%s" % (queue_id, self.harness.diagnostics()))
        return records[0]

    def sink_messages(self, marker, timeout=20.0):
        """Every sink message carrying `marker`, once the first has arrived (or [] at timeout)."""
        def carrying(m):
            return marker.encode() in m.data
        self.harness.sink.wait_for(carrying, timeout=timeout)
        return self.harness.sink.find(carrying)

    def stored_bytes(self, quarantine_id):
        with open(os.path.join(self.store_dir, "messages", quarantine_id + ".eml"), "rb") as f:
            return f.read()

    # -- tests --------------------------------------------------------------------------------
    def test_held_then_noticed_then_released_with_the_original_bytes(self):
        subject = unique("transfer form")
        original = learner_data_message(subject)
        outcome = self.harness.send(original, STAFF, [PARENT], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)  # accepted for review: the client must not retry
        record = self.decision_for(outcome.queue_id)
        self.assertEqual("quarantine", record["action"], record)
        quarantine_id = record["quarantine_id"]
        self.assertRegex(quarantine_id, r"^[0-9a-f]{32}$")
        self.assertNotIn(ULN, json.dumps(record))  # evidence in the audit log is masked

        # Held, not delivered: the only thing at the sink for this subject is the staff notice.
        notices = self.sink_messages(quarantine_id)
        self.assertEqual(1, len(notices), self.harness.diagnostics())
        notice = notices[0]
        self.assertEqual([STAFF], notice.rcpts)
        self.assertEqual("postmaster@school.example", notice.mail_from)
        body = notice.data.decode("utf-8", "replace")
        self.assertIn("dlp-unencrypted", body)
        self.assertIn("transfer form", body)  # the subject, with identifier-like runs masked
        self.assertNotIn(ULN, body)  # a notice never carries the full identifier
        delivered = [m for m in list(self.harness.sink.messages) if PARENT in m.rcpts and subject.encode() in m.data]
        self.assertEqual([], delivered)

        # The store holds the message exactly as Postfix passed it: its body byte for byte.
        stored = self.stored_bytes(quarantine_id)
        self.assertEqual(original.split(b"\r\n\r\n", 1)[1], stored.split(b"\r\n\r\n", 1)[1])
        rows = self.held(policy="dlp-unencrypted", sender="j.smith")
        row = [r for r in rows if r["id"] == quarantine_id]
        self.assertEqual(1, len(row), rows)
        self.assertEqual("held", row[0]["state"])
        show = self.aupctl("show", quarantine_id).stdout.decode()
        self.assertIn(subject, show)

        # Release: the original recipient receives the stored bytes, plus the release token.
        self.aupctl("release", quarantine_id)
        # Wait for the parent's copy itself: the notice to the sender also carries the subject.
        def to_parent(m):
            return PARENT in m.rcpts and subject.encode() in m.data
        self.assertIsNotNone(self.harness.sink.wait_for(to_parent, timeout=30), self.harness.diagnostics())
        released = self.harness.sink.find(to_parent)
        self.assertEqual(1, len(released), self.harness.diagnostics())
        # It passed the milter on a genuine token, which was stripped so the copy cannot be replayed.
        self.assertNotIn(b"X-AUP-Released", released[0].data)
        self.assertIn(b"quarantine/released", released[0].data)
        self.assertIn(original.split(b"\r\n\r\n", 1)[1], released[0].data)
        # The notice passed the milter too, on its own token.
        notice_records = [r for r in self.harness.audit_records()
                          if r.get("event") == "decision" and r.get("notice_token") == "valid"]
        self.assertTrue(notice_records, self.harness.diagnostics())
        self.assertEqual("released", [r for r in self.held(state="released") if r["id"] == quarantine_id][0]["state"])
        admin = [r for r in self.harness.audit_records() if r.get("event") == "admin" and r.get("quarantine_id") == quarantine_id]
        self.assertTrue(any(r.get("action") == "release" for r in admin), admin)

    def test_released_mail_passing_the_milter_again_is_not_held_again(self):
        subject = unique("anon inbound")
        outcome = self.harness.send(anonymous_inbound_message(subject), "someone@example.net",
                                    ["teacher@school.example"], client_addr=OUTSIDER_ADDR)
        self.assertTrue(outcome.accepted, outcome)
        quarantine_id = self.decision_for(outcome.queue_id)["quarantine_id"]
        self.assertEqual([], self.sink_messages(subject, timeout=1.0))

        # Re-inject through the milter's listener: the genuine token lets it through.
        self.aupctl("release", quarantine_id, config=self.through_milter_config)
        delivered = self.sink_messages(subject)
        self.assertEqual(1, len(delivered), self.harness.diagnostics())
        self.assertIn(b"quarantine/released", delivered[0].data)  # X-AUP-Verdict names the release

        # A genuine token (signed here with the school's key, as the release was) copied onto a
        # different message is ignored: that message is held.
        stored = self.stored_bytes(quarantine_id)
        token = "X-AUP-Released: " + gateway_tokens.sign("release", quarantine_id, stored, ["teacher@school.example"],
                                                          int(time.time()), RELEASE_KEY)
        other = unique("lifted token")
        outcome = self.harness.send(anonymous_inbound_message(other, token + "\r\n"), "someone@example.net",
                                    ["teacher@school.example"], client_addr=OUTSIDER_ADDR)
        self.assertTrue(outcome.accepted, outcome)
        record = self.decision_for(outcome.queue_id)
        self.assertEqual("quarantine", record["action"], record)
        self.assertTrue(record.get("quarantine_id"))
        self.assertEqual([], self.sink_messages(other, timeout=1.0))
        self.assertIn("ignoring X-AUP-Released header: body-mismatch", self.harness.milter.log_text())

    def test_a_store_that_cannot_write_answers_451_and_keeps_nothing_half_done(self):
        before = len(self.held())
        # Writes go through tmp/: make it a file so every write fails (root ignores permissions).
        tmp = os.path.join(self.store_dir, "tmp")
        os.rename(tmp, tmp + ".away")
        with open(tmp, "w") as f:
            f.write("not a directory\n")
        try:
            subject = unique("store broken")
            outcome = self.harness.send(anonymous_inbound_message(subject), "someone@example.net",
                                        ["teacher@school.example"], client_addr=OUTSIDER_ADDR)
        finally:
            os.remove(tmp)
            os.rename(tmp + ".away", tmp)
        self.assertEqual(451, outcome.code, outcome)
        self.assertIn("4.7.1", outcome.text)
        self.assertIn("the quarantine store failed", self.harness.milter.log_text())
        self.assertEqual(before, len(self.held()))
        self.assertTrue(self.harness.milter.running())
        self.assertEqual([], self.sink_messages(subject, timeout=1.0))
        # Once the store can write again, the sender's retry is held normally.
        retry = self.harness.send(anonymous_inbound_message(subject), "someone@example.net",
                                  ["teacher@school.example"], client_addr=OUTSIDER_ADDR)
        self.assertTrue(retry.accepted, retry)
        self.assertEqual(before + 1, len(self.held()))

class FullDiskTest(unittest.TestCase):
    """The store on a small tmpfs made by the test, filled to the last byte: 451, nothing lost."""
    harness = None
    mount_point = None

    @classmethod
    def setUpClass(cls):
        harness = Harness()
        mount_point = os.path.join(harness.root, "small-disk")
        os.makedirs(mount_point)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", mount_point],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        if mounted.returncode != 0:
            harness.stop()
            raise unittest.SkipTest("cannot mount a tmpfs here (%s); the tmp/-is-a-file case above still "
                                    "covers the 451" % mounted.stdout.decode().strip())
        cls.mount_point = mount_point
        cls.harness = harness
        harness.policy_toml = '\n[quarantine]\ndir = "%s/quarantine"\n' % mount_point
        try:
            harness.start()
        except Exception:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.harness is not None:
            try:
                cls.harness.postfix.stop()
                cls.harness.milter.stop()
            finally:
                if cls.mount_point:
                    subprocess.run(["umount", cls.mount_point], timeout=30)
                cls.harness.stop()

    def send_anonymous(self, subject):
        return self.harness.send(anonymous_inbound_message(subject), "someone@example.net",
                                 ["teacher@school.example"], client_addr=OUTSIDER_ADDR)

    def test_a_full_disk_answers_451_and_the_retry_is_held_once_there_is_room(self):
        filler = os.path.join(self.mount_point, "filler")
        with open(filler, "wb") as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
            except OSError:
                pass  # ENOSPC: the disk is full
        subject = unique("disk full")
        try:
            outcome = self.send_anonymous(subject)
        finally:
            os.remove(filler)
        self.assertEqual(451, outcome.code, outcome)
        self.assertIn("4.7.1", outcome.text)
        self.assertIn("the quarantine store failed", self.harness.milter.log_text())
        self.assertTrue(self.harness.milter.running())
        retry = self.send_anonymous(subject)
        self.assertTrue(retry.accepted, retry)
        messages = os.listdir(os.path.join(self.mount_point, "quarantine", "messages"))
        self.assertEqual(1, len(messages), messages)


if __name__ == "__main__":
    unittest.main(verbosity=2)
