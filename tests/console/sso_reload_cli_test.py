#!/usr/bin/env python3
"""The real `aup-console` binary reloads its SSO allow-list without a restart: on SIGHUP and when
the file changes (polled every [milter] file_check_interval), keeping the list in force when the
new file does not parse (the operational log names file and line), and audits SSO refusals a few
times per client and user, then one summary line at stop. Loopback only, a free port, a temp dir."""
import json
import os
import signal
import subprocess
import tempfile
import textwrap
import time
import unittest
import urllib.error
import urllib.request

CONSOLE = os.environ["AUP_CONSOLE_BIN"]


class SsoReload(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        d = self.tmp.name
        key = os.path.join(d, "release.key")
        with open(key, "w") as f:
            f.write("00112233445566778899aabbccddeeff\n")
        os.chmod(key, 0o640)
        self.users = os.path.join(d, "sso-users")
        self.write_users("head@school.example admin\n")
        self.config = os.path.join(d, "aup-milter.toml")
        with open(self.config, "w") as f:
            f.write(textwrap.dedent(f"""\
                [milter]
                file_check_interval = "1s"
                [organisation]
                internal_domains = ["school.example"]
                postmaster = "postmaster@school.example"
                [quarantine]
                dir = "{d}/q"
                release_secret_file = "{key}"
                [notices]
                enabled = false
                [log]
                audit = "{d}/audit.jsonl"
                file = "{d}/console.log"
                [console]
                trusted_proxies = ["127.0.0.1"]
                sso_header = "X-Remote-User"
                sso_users_file = "{self.users}"
                """))
        self.console = subprocess.Popen([CONSOLE, "-c", self.config, "--port", "0"], stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        line = self.console.stdout.readline().decode()
        self.assertIn("listening on 127.0.0.1:", line)
        self.port = int(line.strip().rsplit(":", 1)[1])

    def tearDown(self):
        if self.console.poll() is None:
            self.console.kill()
            self.console.wait(timeout=20)
        self.tmp.cleanup()

    def write_users(self, text):
        # A new file renamed into place, as editors and config management do.
        with open(self.users + ".new", "w") as f:
            f.write(text)
        os.replace(self.users + ".new", self.users)

    def status(self, user):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/v1/session", headers={"X-Remote-User": user})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as e:
            return e.code

    def wait_for(self, user, status, seconds=15):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.status(user) == status:
                return True
            time.sleep(0.2)
        return False

    def log(self):
        with open(os.path.join(self.tmp.name, "console.log")) as f:
            return f.read()

    def audit(self, action):
        with open(os.path.join(self.tmp.name, "audit.jsonl")) as f:
            return [l for l in map(json.loads, filter(str.strip, f)) if l.get("action") == action]

    def test_sighup_and_a_changed_file_reload_the_list_and_a_broken_file_keeps_it(self):
        self.assertEqual(self.status("head@school.example"), 200)
        self.assertEqual(self.status("dsl@school.example"), 403)

        # A changed file is picked up without a signal.
        self.write_users("head@school.example admin\ndsl@school.example dsl\n")
        self.assertTrue(self.wait_for("dsl@school.example", 200), self.log())
        self.assertTrue(any(l["actor"] == "file-change" for l in self.audit("sso-reload")))

        # A broken file: the list in force stays, and the log says where.
        self.write_users("head@school.example admin\n\nnew@school.example owner\n")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and f"{self.users}:3:" not in self.log():
            time.sleep(0.2)
        self.assertIn(f"{self.users}:3: unknown role 'owner'", self.log())
        self.assertEqual(self.status("dsl@school.example"), 200)
        self.assertEqual(self.status("new@school.example"), 403)

        # SIGHUP reads it at once (file watching off would not matter).
        self.write_users("new@school.example helpdesk\n")
        os.kill(self.console.pid, signal.SIGHUP)
        self.assertTrue(self.wait_for("new@school.example", 200, seconds=5), self.log())
        self.assertEqual(self.status("head@school.example"), 403)
        self.assertTrue(any(l["actor"] == "SIGHUP" for l in self.audit("sso-reload")))
        self.assertTrue(self.audit("sso-reload-failed"))

    def test_a_refused_user_is_audited_a_few_times_and_summarised_at_stop(self):
        for _ in range(30):
            self.assertEqual(self.status("pupil@students.school.example"), 403)
        self.console.send_signal(signal.SIGTERM)
        self.assertEqual(self.console.wait(timeout=20), 0)
        lines = [l["detail"] for l in self.audit("sso-refused")]
        self.assertEqual(len(lines), 6, lines)  # [console] sso_refusal_audit_limit = 5, then the summary
        self.assertTrue(lines[-1].startswith("25 further refusals suppressed (not on the SSO allow-list, from 127.0.0.1)"),
                        lines[-1])


if __name__ == "__main__":
    unittest.main(verbosity=2)
