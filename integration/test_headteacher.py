"""Headteacher copy end to end: real Postfix -> real aup-milter -> SMTP sink.

A member of staff (XCLIENT LOGIN) writing to a parent on the roster: in add mode the message
reaches the sink for both the parent and the Headteacher, with the Headteacher in Cc: and an
X-AUP-Headteacher-Copy header; in reject mode the sender gets 550 5.7.1 with the explanation.
Run through ctest (integration.headteacher), which sets AUP_MILTER_BIN; needs root.
"""

import os
import sys
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import Harness, SharedHarnessTest, unique, wait_until  # noqa: E402

STAFF = "j.smith@school.example"
HEAD = "head@school.example"
PARENT = "parent.one@example.org"
OUTSIDER_ADDR = "203.0.113.7"
ROSTER = (
    "email,role,name\r\n"
    "parent.one@example.org,parent,\"One, Parent\"\r\n"
    "chair@example.net,governor,Chair\r\n"
    "@council.example.org,agency,County Council\r\n"
    "broken row\r\n"
)


def message(subject, to=PARENT, cc=None, from_header="J Smith <j.smith@school.example>", body=None):
    lines = ["From: " + from_header, "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines += ["Subject: " + subject, "Date: Sun, 22 Nov 2026 10:00:00 +0000",
              "Message-ID: <%s@client.test>" % uuid.uuid4().hex, "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=utf-8"]
    text = "\r\n".join(lines) + "\r\n\r\n" + (body or "Dear parent,\r\nthe trip leaves at nine.\r\n")
    return text.encode("utf-8")


class HeadteacherCopyTest(SharedHarnessTest):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        with open(os.path.join(cls.harness.root, "roster.csv"), "w", newline="") as f:
            f.write(ROSTER)
        cls.configure("add")

    @classmethod
    def config_text(cls, mode, milter_toml=""):
        """The harness config with [organisation] roster set and the given mode."""
        text = cls.harness.milter_config(milter_toml=milter_toml).replace(
            'anonymous_domains = "anonymous-domains.txt"', 'anonymous_domains = "anonymous-domains.txt"\nroster = "roster.csv"')
        return text + '\n[policy.headteacher-copy]\nmode = "%s"\ncc_header = "visible"\n' % mode

    @classmethod
    def configure(cls, mode):
        """Points [organisation] at the roster and sets the mode; reloads with SIGHUP."""
        h = cls.harness
        h.write_milter_config(cls.config_text(mode))
        if not h.reload_milter():
            raise RuntimeError("reload to mode %s failed\n%s" % (mode, h.diagnostics()))

    def write_roster(self, text):
        """Replaces the roster atomically (write + rename), as an MIS export job should."""
        path = os.path.join(self.harness.root, "roster.csv")
        with open(path + ".tmp", "w", newline="") as f:
            f.write(text)
        os.replace(path + ".tmp", path)

    def delivered_rcpts(self, subject, expected, timeout=30.0):
        """Waits until the sink holds copies of `subject` for every address in `expected`; returns (rcpts, messages)."""
        def copies():
            found = self.harness.sink.find(lambda m: m.header("Subject") == subject)
            return sorted(r.lower() for m in found for r in m.rcpts), found

        wait_until(lambda: set(expected) <= set(copies()[0]), timeout=timeout)
        return copies()

    def test_staff_mail_to_parent_reaches_parent_and_headteacher_with_cc(self):
        subject = unique("trip")
        outcome = self.harness.send(message(subject), STAFF, [PARENT], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        rcpts, found = self.delivered_rcpts(subject, [PARENT, HEAD])
        self.assertEqual([HEAD, PARENT], rcpts)
        for received in found:
            self.assertEqual(HEAD, received.header("Cc"))
            self.assertEqual("added", received.header("X-AUP-Headteacher-Copy"))
            self.assertIn("headteacher-copy/roster-recipient", received.header("X-AUP-Verdict") or "")
        records = [r for r in self.harness.audit_records() if r.get("queue_id") == outcome.queue_id]
        self.assertEqual(1, len(records), self.harness.audit_records())
        self.assertEqual("accept", records[0]["action"])
        reasons = [x for x in records[0]["reasons"] if x["policy"] == "headteacher-copy"]
        self.assertEqual(1, len(reasons), records[0])
        self.assertEqual("parent p***@example.org", reasons[0]["evidence"])
        self.assertNotIn("One, Parent", str(records[0]))  # roster names never reach the log

    def test_existing_cc_header_gets_the_headteacher_appended(self):
        subject = unique("cc")
        outcome = self.harness.send(message(subject, cc="Class Teacher <t.jones@school.example>"), STAFF,
                                    [PARENT, "t.jones@school.example"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        rcpts, found = self.delivered_rcpts(subject, [PARENT, HEAD, "t.jones@school.example"])
        self.assertEqual([HEAD, PARENT, "t.jones@school.example"], rcpts)
        self.assertEqual("Class Teacher <t.jones@school.example>, head@school.example", found[0].header("Cc"))

    def test_mail_already_copied_to_head_is_unchanged(self):
        subject = unique("bcc-head")
        outcome = self.harness.send(message(subject), STAFF, [PARENT, HEAD], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        rcpts, found = self.delivered_rcpts(subject, [PARENT, HEAD])
        self.assertEqual([HEAD, PARENT], rcpts)  # not twice
        for received in found:
            self.assertIsNone(received.header("Cc"))
            self.assertIsNone(received.header("X-AUP-Headteacher-Copy"))

    def test_inbound_mail_from_parent_is_not_copied(self):
        subject = unique("from-parent")
        outcome = self.harness.send(message(subject, to=STAFF, from_header="Parent <parent.one@example.org>"),
                                    PARENT, [STAFF], client_addr=OUTSIDER_ADDR)
        self.assertTrue(outcome.accepted, outcome)
        rcpts, found = self.delivered_rcpts(subject, [STAFF])
        self.assertEqual([STAFF], rcpts)
        self.assertIsNone(found[0].header("X-AUP-Headteacher-Copy"))

    def test_reject_mode_tells_sender_to_copy_the_headteacher(self):
        self.addCleanup(self.configure, "add")
        self.configure("reject")
        subject = unique("reject")
        outcome = self.harness.send(message(subject), STAFF, [PARENT, "officer@council.example.org"], login=STAFF)
        self.assertEqual("data", outcome.stage, outcome)
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("5.7.1", outcome.text)
        self.assertIn("copied to the Headteacher (head@school.example)", outcome.text)
        self.assertIn("Add head@school.example to Cc", outcome.text)
        self.assertIn("parent p***@example.org", outcome.text)
        self.assertIn("agency o***@council.example.org", outcome.text)
        self.assertNotIn(PARENT, outcome.text)
        time.sleep(1.0)
        self.assertEqual([], self.harness.sink.find(lambda m: m.header("Subject") == subject))
        # The same message with the Headteacher copied goes through.
        subject = unique("reject-then-copied")
        outcome = self.harness.send(message(subject, cc=HEAD), STAFF, [PARENT, HEAD], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)

    def test_bad_roster_rows_are_logged_with_file_and_line(self):
        self.assertIn("roster.csv:5: roster: row skipped", self.harness.milter.log_text())

    def test_roster_change_takes_effect_on_sighup(self):
        newcomer = "new.parent@example.net"
        self.addCleanup(self._restore_roster)
        self.write_roster(ROSTER + newcomer + ",carer,New\r\n")
        self.assertTrue(self.harness.reload_milter(), self.harness.milter.log_tail())
        subject = unique("new-carer")
        outcome = self.harness.send(message(subject, to=newcomer), STAFF, [newcomer], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        rcpts, _ = self.delivered_rcpts(subject, [newcomer, HEAD])
        self.assertEqual([HEAD, newcomer], rcpts)

    def test_roster_change_is_picked_up_without_a_signal(self):
        h = self.harness
        self.addCleanup(self._restore_roster_and_restart)
        h.write_milter_config(self.config_text("add", milter_toml='file_check_interval = "1s"'))
        h.restart_milter()
        newcomer = "nightly.export@example.net"
        log = h.milter.log_text()
        watched, reloaded = log.count("file-change: reloading"), log.count("configuration reloaded")
        self.write_roster(ROSTER + newcomer + ",parent,Nightly\r\n")
        self.assertTrue(h.milter.wait_for_log("file-change: reloading", count=watched + 1), h.milter.log_tail())
        self.assertTrue(h.milter.wait_for_log("configuration reloaded", count=reloaded + 1), h.milter.log_tail())
        subject = unique("nightly")
        outcome = h.send(message(subject, to=newcomer), STAFF, [newcomer], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        rcpts, _ = self.delivered_rcpts(subject, [newcomer, HEAD])
        self.assertEqual([HEAD, newcomer], rcpts)

    def _restore_roster(self):
        self.write_roster(ROSTER)
        self.harness.reload_milter()

    def _restore_roster_and_restart(self):
        self.write_roster(ROSTER)
        self.harness.write_milter_config(self.config_text("add"))
        self.harness.restart_milter()


if __name__ == "__main__":
    unittest.main(verbosity=2)
