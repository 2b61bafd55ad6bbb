"""Fault tests through a real Postfix: aup-milter killed with SIGKILL in the middle of a load run;
a ClamAV database replaced with a corrupt one; a scanner slower than its own timeout and slower
than Postfix's milter_content_timeout. (The quarantine store that cannot write is in
test_quarantine.py, the config reload with a syntax error in test_foundation.py.)

While it is down Postfix answers 4xx (milter_default_action = tempfail); senders retry as real
MTAs do; after the restart every message is accepted, and everything accepted is delivered (or
still queued) and carries aup-milter's verdict header: nothing lost, nothing accepted unscanned.

Run through ctest (integration.faults), which sets AUP_MILTER_BIN; needs root.
"""

import os
import shutil
import socket
import sys
import threading
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import REPO_ROOT, Harness, unique  # noqa: E402
from test_clamav import EICAR, with_attachment  # noqa: E402

STAFF = "j.smith@school.example"
MESSAGES = 120
SENDERS = 4


def message(subject):
    return ("From: J Smith <%s>\r\nTo: friend@example.net\r\nSubject: %s\r\n"
            "Date: Sun, 22 Nov 2026 10:00:00 +0000\r\nMessage-ID: <%s@client.test>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Minutes of the staff meeting attached below.\r\n" % (STAFF, subject, uuid.uuid4().hex)).encode()


class MilterKilledUnderLoad(unittest.TestCase):
    def test_nothing_lost_and_nothing_accepted_unscanned(self):
        with Harness() as h:
            run = uuid.uuid4().hex[:8]
            subjects = ["fault %s %03d" % (run, i) for i in range(MESSAGES)]
            lock = threading.Lock()
            next_index = [0]
            accepted, tempfails, failures = {}, [0], []

            def sender():
                """Sends its share; a 4xx is retried (as an MTA would), a 5xx is a failure."""
                while True:
                    with lock:
                        i = next_index[0]
                        if i >= MESSAGES:
                            return
                        next_index[0] += 1
                    deadline = time.monotonic() + 60
                    while True:
                        try:
                            outcome = h.send(message(subjects[i]), STAFF, ["friend@example.net"], login=STAFF)
                        except OSError as e:  # connection reset while the milter died: retry too
                            outcome = None
                            error = str(e)
                        if outcome is not None and outcome.accepted:
                            with lock:
                                accepted[subjects[i]] = outcome.queue_id
                            break
                        if outcome is not None and outcome.code // 100 == 5:
                            with lock:
                                failures.append((subjects[i], repr(outcome)))
                            break
                        with lock:
                            tempfails[0] += 1
                        if time.monotonic() > deadline:
                            with lock:
                                failures.append((subjects[i], repr(outcome) if outcome else error))
                            break
                        time.sleep(0.2)

            threads = [threading.Thread(target=sender) for _ in range(SENDERS)]
            for t in threads:
                t.start()
            # Kill once a quarter of the mail is through, so the kill lands mid-run.
            while len(accepted) < MESSAGES // 4 and any(t.is_alive() for t in threads):
                time.sleep(0.02)
            h.milter.kill()  # SIGKILL: no clean shutdown, sessions die mid-conversation
            time.sleep(1.0)
            h.milter.start()
            for t in threads:
                t.join(timeout=300)

            self.assertEqual(failures, [], h.diagnostics())
            self.assertEqual(len(accepted), MESSAGES, "every message is accepted after the restart")
            self.assertGreater(tempfails[0], 0, "the kill must have been seen by senders (else the test proved nothing)")

            # Everything accepted is delivered (or still queued), and every delivered copy was scanned.
            deadline = time.monotonic() + 120
            delivered = {}
            while time.monotonic() < deadline:
                delivered = {m.header("Subject"): m for m in list(h.sink.messages)
                             if (m.header("Subject") or "").startswith("fault %s " % run)}
                if len(delivered) == MESSAGES:
                    break
                time.sleep(0.5)
            queued = {e.get("queue_id") for e in h.postfix.queue()}
            missing = [s for s in subjects if s not in delivered and accepted[s] not in queued]
            self.assertEqual(missing, [], "accepted but neither delivered nor queued" + h.diagnostics())
            unscanned = [s for s, m in delivered.items() if not m.header("X-AUP-Verdict")]
            self.assertEqual(unscanned, [], "delivered without aup-milter's verdict header")
            seen = [m.header("Subject") for m in list(h.sink.messages)]
            duplicated = sorted({s for s in seen if seen.count(s) > 1})
            self.assertEqual(duplicated, [], "a tempfailed attempt must not also have been delivered")
            print("faults: %d messages, %d temporary failures while aup-milter was down, %d delivered"
                  % (MESSAGES, tempfails[0], len(delivered)), file=sys.stderr)


class CorruptClamavDatabase(unittest.TestCase):
    """freshclam leaves a broken file: the milter keeps scanning with the engine it has."""

    def test_a_corrupt_database_keeps_the_old_engine_and_mail_keeps_flowing(self):
        h = Harness()
        database = os.path.join(h.root, "clamav")
        shutil.copytree(os.path.join(REPO_ROOT, "tests", "data", "clamav"), database)
        h.policy_toml = '\n[clamav]\ndatabase_dir = "%s"\nreload_check_interval = "1s"\n' % database
        with h:
            refused = h.send(with_attachment(unique("eicar before"), "invoice.bin", EICAR), STAFF, ["friend@example.net"],
                             login=STAFF)
            self.assertEqual(550, refused.code, refused)
            self.assertIn("Test.EICAR", refused.text)
            with open(os.path.join(database, "test.ndb"), "w") as f:
                f.write("this is not a signature line\n\x00\x01garbage:::\n")
            self.assertTrue(h.milter.wait_for_log("reload failed, keeping the previous engine", timeout=30),
                            h.diagnostics())
            refused = h.send(with_attachment(unique("eicar after"), "invoice.bin", EICAR), STAFF, ["friend@example.net"],
                             login=STAFF)
            self.assertEqual(550, refused.code, refused)
            self.assertIn("Test.EICAR", refused.text)
            subject = unique("clean after")
            clean = h.send(message(subject), STAFF, ["friend@example.net"], login=STAFF)
            self.assertTrue(clean.accepted, clean)
            self.assertTrue(h.sink.wait_for(lambda m: m.header("Subject") == subject, timeout=30))


class SilentClamd:
    """A clamd that accepts INSTREAM and never answers: the slowest possible scanner."""

    def __init__(self, path):
        self.path = path
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(path)
        os.chmod(path, 0o666)
        self.server.listen(16)
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.connections.append(conn)  # read nothing back, answer nothing

    def close(self):
        self.server.close()
        for c in self.connections:
            c.close()


class SlowScanner(unittest.TestCase):
    """A scanner that hangs must end in a temporary failure, never in an unscanned accept."""

    def run_against_silent_clamd(self, clamd_timeout, extra_main_cf=""):
        h = Harness(extra_main_cf=extra_main_cf)
        clamd = SilentClamd(os.path.join(h.root, "clamd.sock"))
        h.policy_toml = ('\n[clamav]\nmode = "clamd"\nclamd_sockets = ["unix:%s"]\nclamd_timeout = "%s"\n'
                         'clamd_connect_timeout = "2s"\n' % (clamd.path, clamd_timeout))
        try:
            with h:
                subject = unique("slow scan")
                started = time.monotonic()
                outcome = h.send(message(subject), STAFF, ["friend@example.net"], login=STAFF)
                elapsed = time.monotonic() - started
                self.assertEqual(4, outcome.code // 100, outcome)
                self.assertFalse(h.sink.wait_for(lambda m: m.header("Subject") == subject, timeout=2))
                self.assertTrue(h.milter.running(), h.diagnostics())
                return h, outcome, elapsed
        finally:
            clamd.close()

    def test_scanner_slower_than_its_own_timeout_gives_451_from_the_milter(self):
        h, outcome, elapsed = self.run_against_silent_clamd("2s")
        self.assertEqual(451, outcome.code, outcome)
        self.assertIn("4.7.1", outcome.text)
        self.assertLess(elapsed, 60, "the clamd timeout must bound the wait")

    def test_scanner_slower_than_postfix_milter_timeout_gives_a_postfix_tempfail(self):
        # Postfix stops waiting first; milter_default_action = tempfail keeps the message with the sender.
        h, outcome, elapsed = self.run_against_silent_clamd("30s", extra_main_cf="milter_content_timeout = 3s\n")
        self.assertLess(elapsed, 25, "Postfix's milter_content_timeout must bound the wait")


if __name__ == "__main__":
    unittest.main(verbosity=2)
