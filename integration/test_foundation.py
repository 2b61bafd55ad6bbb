"""End-to-end foundation tests: real Postfix -> real aup-milter -> SMTP sink.

Run through ctest (integration.foundation), which sets AUP_MILTER_BIN; needs root.
"""

import os
import sys
import threading
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import Harness, SharedHarnessTest, unique  # noqa: E402

STAFF = "j.smith@school.example"
OUTSIDER_ADDR = "203.0.113.7"


def message(subject, from_header="J Smith <j.smith@school.example>", to="friend@example.net", extra="", body=None):
    """A small RFC 5322 message; from_header=None leaves out the From: header."""
    lines = []
    if from_header is not None:
        lines.append("From: " + from_header)
    lines += ["To: " + to, "Subject: " + subject, "Date: Sun, 22 Nov 2026 10:00:00 +0000",
              "Message-ID: <%s@client.test>" % uuid.uuid4().hex, "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=utf-8"]
    if extra:
        lines.append(extra)
    text = "\r\n".join(lines) + "\r\n\r\n" + (body or "Hello,\r\nsee you at the staff meeting.\r\n")
    return text.encode("utf-8")


class FoundationTest(SharedHarnessTest):

    def assert_rejected_as(self, outcome, rule):
        self.assertEqual("data", outcome.stage, outcome)
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("5.7.1", outcome.text)
        self.assertIn("anonymous", outcome.text)
        self.assertIn(rule, outcome.text)
        self.assertIn("To fix:", outcome.text)  # the reply says how to put it right
        self.assertGreater(len(outcome.text.splitlines()), 2, "expected a multi-line explanation")

    # -- accepted mail ----------------------------------------------------------------------
    def test_clean_mail_arrives_with_verdict_header(self):
        subject = unique("clean")
        outcome = self.harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        received = self.delivered(subject)
        self.assertIsNotNone(received, "clean mail did not reach the sink")
        self.assertEqual(STAFF, received.mail_from)
        self.assertEqual(["friend@example.net"], received.rcpts)
        verdict = received.header("X-AUP-Verdict")
        self.assertIsNotNone(verdict)
        self.assertTrue(verdict.startswith("accept; direction=outbound"), verdict)
        # Postfix offered SMFIP_HDR_LEADSPC, so the milter rebuilds headers verbatim and supplies
        # the space of added headers itself: exactly one space after the colon.
        self.assertIn("header values verbatim (SMFIP_HDR_LEADSPC)", self.harness.milter.log_text())
        self.assertIn(b"\r\nX-AUP-Verdict: accept;", received.data)

    def test_decision_is_audited_with_queue_id(self):
        subject = unique("audited")
        outcome = self.harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        self.assertIsNotNone(self.delivered(subject))
        records = [r for r in self.harness.audit_records() if r.get("queue_id") == outcome.queue_id]
        self.assertEqual(1, len(records), self.harness.audit_records())
        self.assertEqual("accept", records[0]["action"])
        self.assertEqual(STAFF, records[0]["auth_user"])  # XCLIENT LOGIN reached the milter as {auth_authen}
        self.assertEqual(["friend@example.net"], records[0]["rcpts"])

    def test_large_message_is_spooled_and_delivered_intact(self):
        # The harness sets spool_threshold = 64k: this body crosses it in several milter chunks.
        subject = unique("large")
        body = "".join("line %06d of a long report for the governors\r\n" % i for i in range(12000))
        outcome = self.harness.send(message(subject, body=body), STAFF, ["friend@example.net"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        received = self.delivered(subject)
        self.assertIsNotNone(received)
        self.assertTrue(received.header("X-AUP-Verdict").startswith("accept"))
        self.assertTrue(received.data.endswith(body.encode()), "body changed on the way")
        self.assertEqual([], os.listdir(os.path.join(self.harness.root, "spool")), "spool file left behind")

    def test_starttls_reaches_the_milter(self):
        if not self.harness.postfix.tls:
            self.skipTest("openssl not available to make a test certificate")
        subject = unique("tls")
        outcome = self.harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF, starttls=True)
        self.assertTrue(outcome.accepted, outcome)
        self.assertIsNotNone(self.delivered(subject))
        plain = self.harness.send(message(unique("plain")), STAFF, ["friend@example.net"], login=STAFF)
        self.assertTrue(plain.accepted, plain)
        tls_by_queue_id = {r.get("queue_id"): r.get("tls") for r in self.harness.audit_records()}
        self.assertIs(True, tls_by_queue_id.get(outcome.queue_id))
        self.assertIs(False, tls_by_queue_id.get(plain.queue_id))

    def test_concurrent_sessions_keep_their_own_state(self):
        # libmilter's worker pool moves connections between threads: per-connection state must
        # stay with its connection (smfi_setpriv), so mixed traffic gets exactly its own verdicts.
        def worker(index, results):
            for n in range(5):
                anonymous = (index + n) % 2 == 0
                subject = unique("concurrent-%d-%d" % (index, n))
                outcome = self.harness.send(message(subject, from_header=None if anonymous else
                                                    "J Smith <j.smith@school.example>"),
                                            STAFF, ["friend@example.net"], login=STAFF)
                results.append((subject, anonymous, outcome))

        results = []
        threads = [threading.Thread(target=worker, args=(i, results)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        self.assertEqual(20, len(results))
        for subject, anonymous, outcome in results:
            if anonymous:
                self.assertEqual(550, outcome.code, (subject, outcome))
            else:
                self.assertTrue(outcome.accepted, (subject, outcome))
                self.assertIsNotNone(self.delivered(subject), subject)
        for subject, anonymous, _ in results:
            self.assertEqual(0 if anonymous else 1,
                             len(self.harness.sink.find(lambda m, s=subject: m.header("Subject") == s)), subject)

    # -- anonymous mail ---------------------------------------------------------------------
    def test_mail_without_from_is_rejected_with_explanation(self):
        subject = unique("no-from")
        outcome = self.harness.send(message(subject, from_header=None), STAFF, ["friend@example.net"], login=STAFF)
        self.assert_rejected_as(outcome, "missing-from")
        self.assert_not_delivered(subject)

    def test_anonymous_display_name_is_rejected(self):
        subject = unique("anon-name")
        user = "anon@school.example"
        outcome = self.harness.send(message(subject, from_header="Anonymous <anon@school.example>"), user,
                                    ["friend@example.net"], login=user)
        self.assert_rejected_as(outcome, "anonymous-name")
        self.assert_not_delivered(subject)

    def test_authenticated_user_forging_another_from_is_rejected(self):
        subject = unique("forged")
        outcome = self.harness.send(message(subject, from_header="Head Teacher <head@school.example>"), STAFF,
                                    ["friend@example.net"], login=STAFF)
        self.assert_rejected_as(outcome, "sender-mismatch")
        records = [r for r in self.harness.audit_records() if r["action"] == "reject"
                   and any(x["rule"] == "sender-mismatch" for x in r["reasons"])]
        self.assertTrue(records, "the rejection was not audited")

    def test_reply_with_percent_sign_is_escaped(self):
        # A '%' in the From would be eaten by libmilter's reply formatting unless escaped as %%.
        subject = unique("percent")
        outcome = self.harness.send(message(subject, from_header="Anonymous <anon%x@school.example>"), STAFF,
                                    ["friend@example.net"], login=STAFF)
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("anon%x@school.example", outcome.text)  # unescaped, Postfix would drop the '%'
        self.assertNotIn("%%", outcome.text)

    def test_anonymous_inbound_mail_is_held_in_the_store_not_delivered(self):
        subject = unique("inbound-anon")
        outcome = self.harness.send(message(subject, from_header=None, to="teacher@school.example"),
                                    "someone@example.net", ["teacher@school.example"], client_addr=OUTSIDER_ADDR)
        self.assertTrue(outcome.accepted, outcome)  # inbound anonymous mail is quarantined, not refused
        records = self.harness.wait_for_audit(lambda r: r.get("queue_id") == outcome.queue_id, timeout=20)
        self.assertEqual(1, len(records), self.harness.diagnostics())
        self.assertEqual("quarantine", records[0]["action"])
        stored = os.path.join(self.harness.root, "quarantine", "messages", records[0]["quarantine_id"] + ".eml")
        with open(stored, "rb") as f:
            self.assertIn(subject.encode(), f.read())
        self.assert_not_delivered(subject, settle=0.5)

    def test_without_a_store_held_mail_goes_to_the_postfix_hold_queue(self):
        self.harness.write_milter_config(self.harness.milter_config(policy_toml='\n[quarantine]\ndir = ""\n'))
        self.harness.restart_milter()

        def restore():
            self.harness.write_milter_config(self.harness.milter_config())
            self.harness.restart_milter()
        self.addCleanup(restore)
        subject = unique("inbound-anon-hold")
        outcome = self.harness.send(message(subject, from_header=None, to="teacher@school.example"),
                                    "someone@example.net", ["teacher@school.example"], client_addr=OUTSIDER_ADDR)
        self.assertTrue(outcome.accepted, outcome)
        self.assertTrue(self.harness.held_in_queue(outcome.queue_id),
                        "message %s not in the hold queue: %r" % (outcome.queue_id, self.harness.postfix.queue()))
        # Postfix drops the quarantine reason, so the milter records it in a header.
        queue_file = self.harness.postfix.postcat(outcome.queue_id)
        self.assertIn("X-AUP-Quarantine: anonymous/missing-from", queue_file)
        self.assertIn("X-AUP-Verdict: quarantine; direction=inbound", queue_file)
        self.assert_not_delivered(subject, settle=0.5)

    def test_internal_failure_answers_451_and_delivers_nothing(self):
        # Without its spool directory the milter cannot hold a large body: it must refuse for now
        # (451 4.7.1), never accept unchecked.
        spool = os.path.join(self.harness.root, "spool")
        os.rename(spool, spool + ".away")
        self.addCleanup(os.rename, spool + ".away", spool)
        subject = unique("spool-gone")
        body = "x" * 100 + "\r\n"
        outcome = self.harness.send(message(subject, body=body * 2000), STAFF, ["friend@example.net"], login=STAFF)
        self.assertEqual(451, outcome.code, outcome)
        self.assertIn("4.7.1", outcome.text)
        self.assertIn("could not be checked", outcome.text)
        self.assert_not_delivered(subject)
        failures = [r for r in self.harness.audit_records() if r["action"] == "tempfail"
                    and any("spool" in e for e in r["errors"])]
        self.assertTrue(failures, "the failure was not audited")

    # -- failure and reload -----------------------------------------------------------------
    def test_milter_down_means_tempfail_and_nothing_delivered(self):
        self.harness.milter.kill()
        self.addCleanup(self.harness.milter.start)
        subject = unique("milter-down")
        outcome = self.harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF)
        self.assertGreaterEqual(outcome.code, 400, outcome)
        self.assertLess(outcome.code, 500, outcome)
        self.assertNotEqual("done", outcome.stage)
        self.assert_not_delivered(subject)

    def test_sighup_with_broken_config_keeps_serving_old_config(self):
        self.addCleanup(self._restore_config)
        self.harness.write_milter_config(self.harness.milter_config() + "\n[organisation]\nbroken = \n")
        self.assertTrue(self.harness.reload_milter(expect="reload failed"), self.harness.milter.log_tail())
        self.assertTrue(self.harness.milter.running())
        subject = unique("after-broken-reload")
        self.assertTrue(self.harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF).accepted)
        self.assertIsNotNone(self.delivered(subject))
        # The old policy is still in force.
        outcome = self.harness.send(message(unique("still-policed"), from_header=None), STAFF,
                                    ["friend@example.net"], login=STAFF)
        self.assertEqual(550, outcome.code, outcome)

    def test_sighup_with_changed_config_takes_effect(self):
        self.addCleanup(self._restore_config)
        changed = self.harness.milter_config().replace('verdict_header_name = "X-AUP-Verdict"',
                                                       'verdict_header_name = "X-AUP-Reloaded"')
        changed += '\n[policy.anonymous]\naction = "quarantine"\n'
        self.harness.write_milter_config(changed)
        self.assertTrue(self.harness.reload_milter(), self.harness.milter.log_tail())
        subject = unique("after-reload")
        self.assertTrue(self.harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF).accepted)
        received = self.delivered(subject)
        self.assertIsNotNone(received)
        self.assertIsNotNone(received.header("X-AUP-Reloaded"))
        self.assertIsNone(received.header("X-AUP-Verdict"))
        # Anonymous staff mail is now held for review instead of refused.
        subject = unique("held-after-reload")
        outcome = self.harness.send(message(subject, from_header=None), STAFF, ["friend@example.net"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        self.assert_not_delivered(subject)

    def test_changed_config_file_is_picked_up_without_a_signal(self):
        self.addCleanup(self._restore_config_and_restart)
        self.harness.write_milter_config(self.harness.milter_config(milter_toml='file_check_interval = "1s"'))
        self.harness.restart_milter()
        changed = self.harness.milter_config(milter_toml='file_check_interval = "1s"').replace(
            'verdict_header_name = "X-AUP-Verdict"', 'verdict_header_name = "X-AUP-Watched"')
        log = self.harness.milter.log_text()
        watched, reloaded = log.count("file-change: reloading"), log.count("configuration reloaded")
        self.harness.write_milter_config(changed)
        self.assertTrue(self.harness.milter.wait_for_log("file-change: reloading", count=watched + 1),
                        self.harness.milter.log_tail())
        self.assertTrue(self.harness.milter.wait_for_log("configuration reloaded", count=reloaded + 1),
                        self.harness.milter.log_tail())
        subject = unique("watched")
        self.assertTrue(self.harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF).accepted)
        received = self.delivered(subject)
        self.assertIsNotNone(received)
        self.assertIsNotNone(received.header("X-AUP-Watched"))

    def _restore_config_and_restart(self):
        self.harness.write_milter_config(self.harness.milter_config())
        self.harness.restart_milter()

    def _restore_config(self):
        self.harness.write_milter_config(self.harness.milter_config())
        if self.harness.milter.running():
            self.assertTrue(self.harness.reload_milter())


class TcpSocketTest(unittest.TestCase):
    """The milter also serves Postfix over TCP (inet:PORT@127.0.0.1), for split-host setups."""

    def test_clean_mail_arrives_through_a_tcp_milter_socket(self):
        with Harness(transport="inet") as harness:
            subject = unique("tcp")
            outcome = harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF)
            self.assertTrue(outcome.accepted, outcome)
            received = harness.sink.wait_for(lambda m: m.header("Subject") == subject, timeout=30)
            self.assertIsNotNone(received, harness.diagnostics())
            self.assertTrue(received.header("X-AUP-Verdict").startswith("accept"))
            outcome = harness.send(message(unique("tcp-anon"), from_header=None), STAFF, ["friend@example.net"],
                                   login=STAFF)
            self.assertEqual(550, outcome.code, outcome)


class LocalSubmissionTest(unittest.TestCase):
    """Mail from local programs (sendmail, webmail on the host) with non_smtpd_milters."""

    def test_locally_submitted_anonymous_mail_bounces_with_the_explanation(self):
        with Harness(extra_main_cf="non_smtpd_milters = $smtpd_milters\n") as harness:
            # Postfix reports local submissions as client 127.0.0.1: trusting it makes them internal.
            harness.write_milter_config(harness.milter_config().replace(
                "trusted_networks = []", 'trusted_networks = ["127.0.0.1/32"]'))
            self.assertTrue(harness.reload_milter(), harness.diagnostics())
            subject = unique("local-anon")
            rc = harness.submit_local(message(subject, from_header="Anonymous <anon@school.example>"), STAFF,
                                      ["friend@example.net"])
            self.assertEqual(0, rc)  # sendmail only queues; the verdict comes back as a bounce
            bounce = harness.sink.wait_for(lambda m: m.mail_from == "" and STAFF in m.rcpts, timeout=30)
            self.assertIsNotNone(bounce, harness.diagnostics())
            self.assertIn(b"anonymous-name", bounce.data)
            self.assertIn(b"5.7.1", bounce.data)
            self.assertEqual([], harness.sink.find(lambda m: m.header("Subject") == subject))
            records = [r for r in harness.audit_records() if r.get("event") == "decision"]
            self.assertEqual("127.0.0.1", records[-1]["client"])
            self.assertEqual("outbound", records[-1]["direction"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
