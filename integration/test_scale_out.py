"""Two gateways, one PostgreSQL quarantine, under faults (docs/scale-out.md).

Two real Postfix instances, each with its own aup-milter, share one real PostgreSQL 15 (started
here from Debian's postgresql-15). A client loads both with clean mail and learner data (held);
mid-load one milter is killed with SIGKILL and restarted, then PostgreSQL is restarted. A client
that gets 4xx (or loses the connection) retries the same bytes, alternating gateways, as a real
MTA would. Then:
- sent = delivered + held + still queued in either Postfix: nothing lost;
- each distinct held message is one item (idempotency key) with one notice, sent once;
- a message held by gateway A, released with gateway B's aupctl, is delivered through B.
Run through ctest (integration.scale_out); needs root, postfix and postgresql-15.
"""

import os
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pg_server  # noqa: E402
from harness import REPO_ROOT, SKIP_MARKER, Harness, skip_unless_runnable, wait_until  # noqa: E402

STAFF = "j.smith@school.example"
PARENT = "parent.one@example.org"
ULN = "1000000043"  # passes the ULN check digit
RELEASE_KEY = "7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f"
MESSAGES = 40  # half held, half clean


def message(subject, held):
    body = ("Learner: Alice Example, date of birth 04/05/2012\r\nULN: %s\r\n" % ULN) if held else "See you at 3.\r\n"
    return ("From: J Smith <j.smith@school.example>\r\nTo: parent.one@example.org\r\nSubject: %s\r\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\r\nMessage-ID: <%s@client.test>\r\n\r\nHello,\r\n%s"
            % (subject, uuid.uuid4().hex, body)).encode()


class ScaleOutTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        skip_unless_runnable()
        if not pg_server.available():
            print("%s: PostgreSQL 15 is not installed (%s)" % (SKIP_MARKER, pg_server.BIN), file=sys.stderr)
            raise unittest.SkipTest("postgresql-15 not installed")
        cls.pg = pg_server.PgServer().start()
        cls.key_dir = tempfile.mkdtemp(prefix="aup-it-key-")
        cls.key_file = os.path.join(cls.key_dir, "release.key")
        with open(cls.key_file, "w") as f:
            f.write(RELEASE_KEY + "\n")
        os.chmod(cls.key_file, 0o640)
        cls.nodes = {}
        try:
            for name in ("gw-a", "gw-b"):
                node = Harness()
                node.policy_toml = ('\n[quarantine]\ndir = "%s/quarantine"\nrelease_port = %d\n'
                                    'release_secret_file = "%s"\nbackend = "postgresql"\ndsn = "%s"\n'
                                    'gateway = "%s"\ndb_timeout = "3s"\n'
                                    '\n[notices]\nsmtp_port = %d\ntemplate_dir = "%s"\nretry_base = "1s"\n'
                                    'retry_max = "2s"\nrate_per_hour = 10000\n'
                                    % (node.root, node.postfix.release_port, cls.key_file, cls.pg.dsn(), name,
                                       node.postfix.release_port, os.path.join(REPO_ROOT, "config", "templates")))
                cls.nodes[name] = node.start()
        except Exception:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for node in getattr(cls, "nodes", {}).values():
            node.stop()
        if hasattr(cls, "pg"):
            cls.pg.stop()
        if hasattr(cls, "key_dir"):
            subprocess.run(["rm", "-rf", cls.key_dir])

    def diagnostics(self):
        return "".join(node.diagnostics() for node in self.nodes.values())

    # -- load with faults -----------------------------------------------------------------------
    def deliver_with_retries(self, index, data, accepted, lock):
        names = ["gw-a", "gw-b"]
        for attempt in range(60):
            node = self.nodes[names[(index + attempt) % 2]]
            try:
                outcome = node.send(data, STAFF, [PARENT], login=STAFF)
                code = outcome.code
            except (OSError, EOFError, Exception):  # a killed milter or a restarting Postfix session
                code = 421
            if code == 250:
                with lock:
                    accepted.append(index)
                return
            self.assertLess(code, 500, "message %d refused permanently: %s" % (index, code))
            time.sleep(0.3)
        self.fail("message %d never accepted\n%s" % (index, self.diagnostics()))

    def test_two_gateways_lose_nothing_and_hold_and_notify_once(self):
        run = uuid.uuid4().hex[:8]
        sent = [("scale %s %02d %s" % (run, i, "held" if i % 2 == 0 else "clean"), i % 2 == 0)
                for i in range(MESSAGES)]
        payloads = [message(subject, held) for subject, held in sent]
        accepted, lock = [], threading.Lock()

        def faults():
            wait_until(lambda: len(accepted) >= MESSAGES // 4, timeout=60)
            a = self.nodes["gw-a"].milter
            a.kill()  # SIGKILL mid-load
            time.sleep(0.5)
            a.start()
            wait_until(lambda: len(accepted) >= MESSAGES // 2, timeout=60)
            self.pg.restart()

        fault_thread = threading.Thread(target=faults)
        fault_thread.start()
        workers = []
        for w in range(4):
            def work(w=w):
                for i in range(w, MESSAGES, 4):
                    self.deliver_with_retries(i, payloads[i], accepted, lock)
            workers.append(threading.Thread(target=work))
        for t in workers:
            t.start()
        for t in workers:
            t.join()
        fault_thread.join()
        self.assertEqual(MESSAGES, len(set(accepted)))

        held_subjects = {s for s, held in sent if held}
        clean_subjects = {s for s, held in sent if not held}

        def delivered_subjects():
            out = set()
            for node in self.nodes.values():
                out |= {m.header("Subject") for m in node.sink.find(lambda m: True)}
            return out & clean_subjects

        def held_rows():
            return self.pg.psql("SELECT subject, id, gateway FROM messages WHERE subject LIKE 'scale %s %%'" % run)

        def queued():
            return sum(len(node.postfix.queue()) for node in self.nodes.values())

        wait_until(lambda: len(delivered_subjects()) + len({r[0] for r in held_rows()}) == MESSAGES, timeout=60)
        rows = held_rows()
        delivered = delivered_subjects()
        self.assertEqual(MESSAGES, len(delivered) + len({r[0] for r in rows}) + queued(),
                         "sent != delivered + held + queued\n" + self.diagnostics())
        # Each distinct held message is exactly one item ...
        self.assertEqual(held_subjects, {r[0] for r in rows})
        self.assertEqual(len(rows), len({r[0] for r in rows}), "a held message became two items: %s" % rows)
        self.assertEqual({"gw-a", "gw-b"}, {r[2] for r in rows}, "both gateways held mail")
        # ... with exactly one notice, sent by one gateway, arriving once.
        ids = [r[1] for r in rows]
        self.assertTrue(wait_until(lambda: int(self.pg.psql(
            "SELECT count(*) FROM notices WHERE state = 'sent' AND dedupe_key = ANY(ARRAY[%s])"
            % ",".join("'held:%s'" % i for i in ids))[0][0]) == len(ids), timeout=60),
            "notices: %s, items without one: %s\n%s" % (
                self.pg.psql("SELECT state, sent_by, attempts, last_error, count(*) FROM notices "
                             "GROUP BY 1, 2, 3, 4"),
                self.pg.psql("SELECT m.id FROM messages m WHERE NOT EXISTS (SELECT 1 FROM notices n "
                             "WHERE n.dedupe_key = 'held:' || m.id)"), self.diagnostics()))
        per_item = self.pg.psql("SELECT dedupe_key, count(*) FROM notices WHERE dedupe_key LIKE 'held:%' "
                                "GROUP BY dedupe_key HAVING count(*) > 1")
        self.assertEqual([], per_item)
        for item in ids:
            copies = sum(len(node.sink.find(lambda m, item=item: item.encode() in m.data and
                                            STAFF in m.rcpts)) for node in self.nodes.values())
            self.assertEqual(1, copies, "notice for %s arrived %d times" % (item, copies))

        # A release started on gateway B of an item gateway A held is delivered through B.
        item_a = next(r for r in rows if r[2] == "gw-a")
        result = subprocess.run([os.environ["AUPCTL_BIN"], "quarantine", "-c", self.nodes["gw-b"].config_path,
                                 "release", item_a[1]], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        self.assertEqual(0, result.returncode, result.stderr.decode() + self.diagnostics())
        released = self.nodes["gw-b"].sink.wait_for(
            lambda m: m.header("Subject") == item_a[0] and PARENT in m.rcpts, timeout=30)
        self.assertIsNotNone(released, self.diagnostics())
        self.assertEqual([["released"]], self.pg.psql("SELECT state FROM messages WHERE id = '%s'" % item_a[1]))


if __name__ == "__main__":
    unittest.main()
