"""Fault tests through a real Postfix: aup-milter killed with SIGKILL in the middle of a load run.

While it is down Postfix answers 4xx (milter_default_action = tempfail); senders retry as real
MTAs do; after the restart every message is accepted, and everything accepted is delivered (or
still queued) and carries aup-milter's verdict header: nothing lost, nothing accepted unscanned.

Run through ctest (integration.faults), which sets AUP_MILTER_BIN; needs root.
"""

import os
import sys
import threading
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import Harness  # noqa: E402

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


if __name__ == "__main__":
    unittest.main(verbosity=2)
