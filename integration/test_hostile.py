"""Hostile messages (tests/hostile/) through a real Postfix in front of aup-milter: every one gets
an SMTP answer, the ones the engine cannot fully examine are not accepted, aup-milter survives
them all, and nothing Postfix accepted is lost (each accepted message is delivered or held).

Run through ctest (integration.hostile), which sets AUP_MILTER_BIN and AUP_HOSTILE_DUMP; needs root.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import Harness, skip_unless_runnable  # noqa: E402

STAFF = "j.smith@school.example"


def dump_cases():
    """Runs hostile_dump into a temp dir; returns (dir, [(name, expectation, path)])."""
    binary = os.environ.get("AUP_HOSTILE_DUMP")
    if not binary:
        raise unittest.SkipTest("AUP_HOSTILE_DUMP is not set (run through ctest)")
    directory = tempfile.mkdtemp(prefix="aup-hostile-")
    subprocess.run([binary, directory], check=True, timeout=300)
    cases = []
    with open(os.path.join(directory, "manifest.tsv")) as f:
        for line in f:
            name, expectation = line.rstrip("\n").split("\t")
            cases.append((name, expectation, os.path.join(directory, name + ".eml")))
    return directory, cases


class HostileThroughPostfix(unittest.TestCase):
    harness = None
    directory = None

    @classmethod
    def setUpClass(cls):
        skip_unless_runnable()
        cls.directory, cls.cases = dump_cases()
        cls.harness = Harness().start()

    @classmethod
    def tearDownClass(cls):
        if cls.harness is not None:
            cls.harness.stop()
        if cls.directory:
            shutil.rmtree(cls.directory, ignore_errors=True)

    def delivered_or_held(self, queue_id):
        """True when Postfix delivered the message to the sink, or it is held (quarantine store or hold queue)."""
        marker = (" id %s" % queue_id).encode()
        if any(marker in m.data for m in list(self.harness.sink.messages)):
            return True
        for record in self.harness.audit_records():
            if record.get("queue_id") == queue_id and record.get("quarantine_id"):
                stored = os.path.join(self.harness.root, "quarantine", "messages", record["quarantine_id"] + ".eml")
                return os.path.exists(stored)
        return any(e.get("queue_id") == queue_id and e.get("queue_name") == "hold" for e in self.harness.postfix.queue())

    def test_every_message_is_answered_and_none_accepted_is_lost(self):
        accepted = {}
        for name, expectation, path in self.cases:
            with open(path, "rb") as f:
                data = f.read()
            with self.subTest(case=name):
                outcome = self.harness.send(data, STAFF, ["friend@example.org"], login=STAFF)
                print("%-26s %8d bytes -> %d %s" % (name, len(data), outcome.code, outcome.text[:70]), file=sys.stderr)
                self.assertIn(outcome.stage, ("done", "data"), "%s: %r%s" % (name, outcome, self.harness.diagnostics()))
                self.assertIn(outcome.code // 100, (2, 4, 5), "%s: %r" % (name, outcome))
                if expectation == "unscannable":
                    self.assertNotEqual(outcome.code // 100, 2,
                                        "%s was accepted although it cannot be fully examined: %r" % (name, outcome))
                if outcome.accepted:
                    self.assertIsNotNone(outcome.queue_id, "%s: %r" % (name, outcome))
                    accepted[name] = outcome.queue_id
                self.assertTrue(self.harness.milter.running(),
                                "aup-milter died on %s%s" % (name, self.harness.diagnostics()))
        deadline = time.monotonic() + 120
        missing = dict(accepted)
        while missing and time.monotonic() < deadline:
            missing = {n: q for n, q in missing.items() if not self.delivered_or_held(q)}
            if missing:
                time.sleep(0.5)
        self.assertEqual(missing, {}, "accepted by Postfix but neither delivered nor held%s"
                         % self.harness.diagnostics())


if __name__ == "__main__":
    unittest.main(verbosity=2)
