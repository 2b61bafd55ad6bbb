"""`aupctl check-postfix` against a real Postfix: the harness's instance (wired as docs/postfix.md
says, so it must pass) and copies of its configuration miswired one setting at a time (each must
fail, naming the setting).

Run through ctest (integration.check_postfix), which sets AUP_MILTER_BIN and AUPCTL_BIN; needs root.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import SharedHarnessTest, unique  # noqa: E402

STAFF = "j.smith@school.example"


def message(subject):
    return ("From: J Smith <%s>\r\nTo: friend@example.net\r\nSubject: %s\r\n"
            "Date: Sun, 22 Nov 2026 10:00:00 +0000\r\n\r\nHello.\r\n" % (STAFF, subject)).encode()


class CheckPostfixTest(SharedHarnessTest):
    # docs/postfix.md: non_smtpd_milters is part of the setup (the harness leaves it empty by default).
    harness_options = {"extra_main_cf": "non_smtpd_milters = $smtpd_milters\n"}

    def check(self, config_dir, *extra):
        """Runs aupctl check-postfix; returns (exit code, stdout + stderr)."""
        result = subprocess.run([os.environ["AUPCTL_BIN"], "check-postfix", "--config", self.harness.config_path,
                                 "--postfix-dir", config_dir] + list(extra),
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
        return result.returncode, result.stdout

    def miswired(self, edit_main=None, edit_master=None):
        """A copy of the harness's Postfix config dir with main.cf / master.cf edited; removed after the test."""
        copy = tempfile.mkdtemp(prefix="aup-miswired-")
        self.addCleanup(shutil.rmtree, copy, True)
        for name, edit in (("main.cf", edit_main), ("master.cf", edit_master)):
            with open(os.path.join(self.harness.postfix.config_dir, name)) as f:
                text = f.read()
            with open(os.path.join(copy, name), "w") as f:
                f.write(edit(text) if edit else text)
        return copy

    def test_the_running_harness_postfix_is_wired_correctly(self):
        # The wiring really works (mail passes the milter) ...
        subject = unique("check-postfix")
        outcome = self.harness.send(message(subject), STAFF, ["friend@example.net"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        self.assertIsNotNone(self.delivered(subject))
        # ... and check-postfix agrees.
        code, output = self.check(self.harness.postfix.config_dir)
        self.assertEqual(0, code, output)
        self.assertIn("is wired for aup-milter", output)
        self.assertNotIn("problem:", output)

    def test_missing_smtpd_milters_is_named_with_its_fix(self):
        code, output = self.check(self.miswired(
            edit_main=lambda t: re.sub(r"(?m)^smtpd_milters = .*\n", "", t)))
        self.assertEqual(1, code, output)
        self.assertRegex(output, r"(?m)^problem: smtpd_milters: smtpd_milters is empty")
        self.assertIn("-e 'smtpd_milters = unix:aup-milter/milter.sock'", output)

    def test_default_action_accept_is_named(self):
        code, output = self.check(self.miswired(
            edit_main=lambda t: t.replace("milter_default_action = tempfail", "milter_default_action = accept")))
        self.assertEqual(1, code, output)
        self.assertRegex(output, r"(?m)^problem: milter_default_action: .*delivers mail unchecked")

    def test_missing_non_smtpd_milters_is_named(self):
        code, output = self.check(self.miswired(
            edit_main=lambda t: t.replace("non_smtpd_milters = $smtpd_milters", "non_smtpd_milters =")))
        self.assertEqual(1, code, output)
        self.assertRegex(output, r"(?m)^problem: non_smtpd_milters: ")
        self.assertIn("non_smtpd_milters = $smtpd_milters", output)

    def test_release_listener_that_drops_the_milter_is_named(self):
        port = str(self.harness.postfix.release_port)

        def drop_milter(master):
            return re.sub(r"(?m)^(%s\s+inet .*smtpd)$" % port, r"\1 -o smtpd_milters=", master)
        code, output = self.check(self.miswired(edit_master=drop_milter))
        self.assertEqual(1, code, output)
        self.assertIn("master.cf service %s (-o smtpd_milters)" % port, output)
        self.assertIn("-PX '%s/inet/smtpd_milters'" % port, output)

    def test_postconf_that_cannot_run_is_exit_code_2(self):
        code, output = self.check(self.harness.postfix.config_dir, "--postconf", "/nonexistent/postconf")
        self.assertEqual(2, code, output)
        self.assertIn("cannot run", output)
        code, output = self.check(os.path.join(self.harness.root, "no-such-config-dir"))
        self.assertEqual(2, code, output)


if __name__ == "__main__":
    unittest.main(verbosity=2)
