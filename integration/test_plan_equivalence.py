"""What `aupctl scan` prints is what the milter does (issue 11): every fixture in tests/data/mail
goes through real Postfix -> aup-milter, and the same bytes and envelope through `aupctl scan` on
the same config; the action, the reasons, the added recipients, the SMTP answer's code and the
notice must agree. Both run decide() (decision/decide.h): this proves the edges add nothing.
Run through ctest (integration.plan_equivalence); needs root.
"""

import glob
import json
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import REPO_ROOT, SharedHarnessTest  # noqa: E402

FIXTURES = sorted(glob.glob(os.path.join(REPO_ROOT, "tests", "data", "mail", "**", "*.eml"), recursive=True))
PARENT = "parent.one@example.org"
ANSWER = {"accept": 250, "discard": 250, "mta-hold": 250, "reject": 550, "tempfail": 451}


class PlanEquivalenceTest(SharedHarnessTest):
    def scan(self, path, sender, client):
        out = subprocess.run([os.environ["AUPCTL_BIN"], "scan", "--config", self.harness.config_path,
                              "--mail-from", sender, "--rcpt", PARENT, "--auth-user", sender,
                              "--client-ip", client, path],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        self.assertEqual(0, out.returncode, out.stderr.decode())
        return json.loads(out.stdout)

    def test_every_fixture_gets_the_plan_aupctl_prints(self):
        self.assertGreater(len(FIXTURES), 20)
        for i, path in enumerate(FIXTURES):
            name = os.path.relpath(path, REPO_ROOT)
            # One login and client per fixture, so the notice rate limits (per login and per
            # client, an input to decide() that aupctl cannot see) start equal.
            sender = "teacher%02d@school.example" % i
            client = "192.0.2.%d" % (i + 1)
            with self.subTest(fixture=name):
                with open(path, "rb") as f:
                    data = f.read()
                outcome = self.harness.send(data, sender, [PARENT], login=sender, client_addr=client)
                records = self.harness.wait_for_audit(
                    lambda r: r.get("event") == "decision" and r.get("queue_id") == outcome.queue_id) \
                    if outcome.queue_id else []
                plan = self.scan(path, sender, client)
                disposition = plan["plan"]["mta"]["disposition"]
                self.assertEqual(ANSWER[disposition], outcome.code, (name, outcome, plan["reply"]))
                if not records:  # refused before queueing (no queue id): the audit has it by sender
                    records = self.harness.wait_for_audit(
                        lambda r: r.get("event") == "decision" and r.get("mail_from") == sender)
                self.assertEqual(1, len(records), (name, records))
                record = records[0]
                self.assertEqual(plan["action"], record["action"], name)
                self.assertEqual(sorted((r["policy"], r["rule"], r["action"]) for r in plan["reasons"]),
                                 sorted((r["policy"], r["rule"], r["action"]) for r in record["reasons"]), name)
                self.assertEqual(plan["plan"]["mta"]["modifications"]["added_rcpts"], record["added_rcpts"], name)
                notice = plan["plan"]["notice"]
                self.assertEqual(notice["to"] if notice else None, record.get("notice_to"), name)
                if disposition in ("reject", "tempfail"):
                    self.assertIn(plan["plan"]["mta"]["reply"]["lines"][0][:60], outcome.text.replace("\n", " "), name)


if __name__ == "__main__":
    unittest.main(verbosity=2)
