"""The quarantine console end to end in a real headless Chromium (Debian's chromium, driven by
playwright-core from integration/browser/package-lock.json).

Real Postfix -> real aup-milter holds a member of staff's learner-data mail to a parent and an
anonymous inbound message with a hostile subject and attachment name; aup-console serves the store.
In the browser each role signs in (keyboard only) and the test checks what it can and cannot see
and do; the helpdesk requests a release, the DSL approves it, and the parent then receives the mail
through the real Postfix (at the SMTP sink); an admin downloads an attachment after giving a reason
and its trail shows it, while the helpdesk sees no Download button. A second held message's staff notice (at the sink)
carries a signed "request release" link: the browser follows it without signing in, gives a reason,
an admin approves the request in the console, the parent receives the mail and the sender the
outcome notice. Screenshots go to $AUP_ARTEFACT_DIR/console-screenshots.
Run through ctest (integration.console_browser), which sets AUP_MILTER_BIN, AUPCTL_BIN and
AUP_CONSOLE_BIN; needs root, postfix, chromium and node with integration/browser/node_modules.
"""

import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import REPO_ROOT, SharedHarnessTest, free_port, unique, wait_until  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BROWSER_DIR = os.path.join(HERE, "browser")
STAFF = "j.smith@school.example"
PARENT = "parent.one@example.org"
OUTSIDER_ADDR = "203.0.113.7"
ULN = "1000000043"
RELEASE_KEY = "5f0c3a0e9d2b4c7e8a1f6b3d2c9e0a7b"
PASSWORD = "a long test password 42"
USERS = {"admin1": "admin", "dsl1": "dsl", "helpdesk1": "helpdesk", "auditor1": "auditor"}


def prepare_browser():
    """playwright-core from the committed lockfile (npm ci), once; skips without chromium or node."""
    if not os.path.exists("/usr/bin/chromium") or shutil.which("npm") is None:
        print("AUP-INTEGRATION-SKIPPED: needs /usr/bin/chromium, node and npm (tools/install-deps.sh)")
        sys.exit(0)
    if not os.path.isdir(os.path.join(BROWSER_DIR, "node_modules", "playwright-core")):
        subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=BROWSER_DIR, check=True,
                       timeout=300)


def learner_data_message(subject):
    return ("From: J Smith <j.smith@school.example>\r\nTo: parent.one@example.org\r\n"
            "Subject: %s\r\nMessage-ID: <%s@client.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Hello,\r\n\r\nHere are the details for the transfer form.\r\n"
            "Learner: Alice Example, date of birth 04/05/2012\r\nULN: %s\r\n\r\nThanks,\r\nJ Smith\r\n"
            % (subject, uuid.uuid4().hex, ULN)).encode("utf-8")


def hostile_anonymous_message(subject):
    return ("To: teacher@school.example\r\nSubject: %s\r\nMessage-ID: <%s@outside.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n"
            "<p>Who am I?<script>alert(3)</script> <a href=\"javascript:alert(4)\">click</a></p>\r\n--b\r\n"
            "Content-Type: text/plain\r\nContent-Disposition: attachment; filename=\"<img src=x onerror=alert(5)>.txt\"\r\n\r\n"
            "hello\r\n--b--\r\n" % (subject, uuid.uuid4().hex)).encode("utf-8")


class ConsoleBrowserTest(SharedHarnessTest):
    console = None

    @classmethod
    def prepare(cls, harness):
        prepare_browser()
        key_file = os.path.join(harness.root, "release.key")
        with open(key_file, "w") as f:
            f.write(RELEASE_KEY + "\n")
        os.chmod(key_file, 0o640)
        cls.store_dir = os.path.join(harness.root, "quarantine")
        # The console's port is chosen now: the milter puts it in the notices' request links.
        cls.console_port = free_port()
        cls.url = "http://127.0.0.1:%d/" % cls.console_port
        harness.policy_toml = ('\n[quarantine]\ndir = "%s"\nrelease_port = %d\nrelease_secret_file = "%s"\n'
                               '\n[console]\nsecure_cookie = false\nusers_file = "%s"\n'
                               '\n[notices]\nsmtp_port = %d\ntemplate_dir = "%s"\nretry_base = "1s"\nretry_max = "2s"\n'
                               'console_url = "http://127.0.0.1:%d"\n'
                               % (cls.store_dir, harness.postfix.release_port, key_file,
                                  os.path.join(harness.root, "console-users.db"), harness.postfix.release_port,
                                  os.path.join(REPO_ROOT, "config", "templates"), cls.console_port))

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for name, role in USERS.items():
            subprocess.run([os.environ["AUPCTL_BIN"], "console", "-c", cls.harness.config_path, "add-user", name,
                            "--role", role], input=(PASSWORD + "\n").encode(), check=True, timeout=60,
                           stdout=subprocess.DEVNULL)
        log = open(os.path.join(cls.harness.root, "log", "aup-console.log"), "wb")
        # On the port chosen in prepare() (the one the notices' links name). Stopped by PID in tearDownClass.
        cls.console = subprocess.Popen([os.environ["AUP_CONSOLE_BIN"], "-c", cls.harness.config_path, "--port",
                                        str(cls.console_port)], stdout=subprocess.PIPE, stderr=log)
        line = cls.console.stdout.readline().decode()
        if "listening on 127.0.0.1:%d" % cls.console_port not in line:
            cls.tearDownClass()
            raise RuntimeError("aup-console did not start on port %d: %r" % (cls.console_port, line))

    @classmethod
    def tearDownClass(cls):
        if cls.console is not None and cls.console.poll() is None:
            cls.console.terminate()
            cls.console.wait(timeout=20)
        super().tearDownClass()

    def hold(self, message, mail_from, rcpts, **identity):
        outcome = self.harness.send(message, mail_from, rcpts, **identity)
        self.assertTrue(outcome.accepted, outcome)
        records = self.harness.wait_for_audit(
            lambda r: r.get("queue_id") == outcome.queue_id and r.get("event") == "decision", timeout=10)
        self.assertTrue(records and records[0]["action"] == "quarantine", (records, self.harness.diagnostics()))
        return records[0]["quarantine_id"]

    def test_each_role_in_the_browser_and_an_approved_release_reaches_the_parent(self):
        personal_subject = unique("transfer form")
        hostile_subject = "<img src=x onerror=alert(1)> " + unique("hostile")
        self.hold(learner_data_message(personal_subject), STAFF, [PARENT], login=STAFF)
        self.hold(hostile_anonymous_message(hostile_subject), "someone@example.net", ["teacher@school.example"], client_addr=OUTSIDER_ADDR)

        shots = os.path.join(os.environ.get("AUP_ARTEFACT_DIR", self.harness.root), "console-screenshots")
        os.makedirs(shots, exist_ok=True)
        env = dict(os.environ, CONSOLE_URL=self.url, CONSOLE_PASSWORD=PASSWORD, PERSONAL_SUBJECT=personal_subject,
                   HOSTILE_SUBJECT=hostile_subject, SHOTS_DIR=shots)
        run = subprocess.run(["node", os.path.join(BROWSER_DIR, "console_e2e.js")], cwd=BROWSER_DIR, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
        output = run.stdout.decode()
        print(output)
        self.assertEqual(0, run.returncode, output + run.stderr.decode() + self.harness.diagnostics())
        self.assertTrue(json.loads(output.strip().splitlines()[-1])["ok"])

        # The approved release went through the real Postfix and its milter to the parent.
        def to_parent(m):
            return PARENT in m.rcpts and personal_subject.encode() in m.data and b"transfer form" in m.data
        self.assertTrue(wait_until(lambda: self.harness.sink.find(to_parent), timeout=30), self.harness.diagnostics())
        released = self.harness.sink.find(to_parent)[0]
        self.assertNotIn(b"X-AUP-Released", released.data)
        self.assertIn(b"quarantine/released", released.data)
        admin = [r for r in self.harness.audit_records() if r.get("event") == "admin"]
        self.assertTrue(any(r.get("action") == "release" and r.get("actor") == "console:dsl1" for r in admin), admin)
        # The download is in the audit log too, with the file's SHA-256 and the reason.
        hello_sha256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        self.assertTrue(any(r.get("action") == "download" and r.get("actor") == "console:admin1" and
                            hello_sha256 in json.dumps(r) and "checking the attachment" in json.dumps(r)
                            for r in admin), admin)
        for name in ("list-helpdesk", "detail-helpdesk", "detail-dsl", "requests-dsl", "audit-admin",
                     "download-reason-admin", "download-trail-admin"):
            self.assertTrue(os.path.exists(os.path.join(shots, name + ".png")), name)

    def test_a_notices_request_link_asks_an_admin_approves_and_parent_and_sender_are_told(self):
        subject = unique("transfer form by link")
        quarantine_id = self.hold(learner_data_message(subject), STAFF, [PARENT], login=STAFF)

        # The staff notice, delivered through the real Postfix to the sink, carries the link.
        def staff_notice(kind):
            for m in self.harness.sink.find(lambda m: STAFF in m.rcpts):
                text = plain_text(m)
                if quarantine_id in text and kind in (m.header("Subject") or ""):
                    return m, text
            return None
        found = wait_until(lambda: staff_notice("was held for review"), timeout=60)
        self.assertTrue(found, "no staff notice for %s\n%s" % (quarantine_id, self.harness.diagnostics()))
        notice, text = found
        self.assertNotIn(b"X-AUP-Notice", notice.data)  # the notice's own token is stripped on delivery
        match = re.search(r"(http://127\.0\.0\.1:%d/request/[A-Za-z0-9._-]+)" % self.console_port, text)
        self.assertIsNotNone(match, text)
        link = match.group(1)

        shots = os.path.join(os.environ.get("AUP_ARTEFACT_DIR", self.harness.root), "console-screenshots")
        os.makedirs(shots, exist_ok=True)
        env = dict(os.environ, CONSOLE_URL=self.url, CONSOLE_PASSWORD=PASSWORD, LINK_URL=link,
                   QUARANTINE_ID=quarantine_id, REQUESTER="notice-link:" + STAFF, SHOTS_DIR=shots)
        run = subprocess.run(["node", os.path.join(BROWSER_DIR, "request_link_e2e.js")], cwd=BROWSER_DIR, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
        output = run.stdout.decode()
        print(output)
        self.assertEqual(0, run.returncode, output + run.stderr.decode() + self.harness.diagnostics())
        result = json.loads(output.strip().splitlines()[-1])
        self.assertTrue(result["ok"])

        # The parent receives the released mail through the real Postfix and its milter.
        def to_parent(m):
            return PARENT in m.rcpts and subject.encode() in m.data
        self.assertTrue(wait_until(lambda: self.harness.sink.find(to_parent), timeout=30), self.harness.diagnostics())
        self.assertIn(b"quarantine/released", self.harness.sink.find(to_parent)[0].data)

        # The sender is told: approved and delivered, with the admin's reason.
        outcome = wait_until(lambda: staff_notice("was approved"), timeout=90)
        self.assertTrue(outcome, "no outcome notice to %s\n%s" % (STAFF, self.harness.diagnostics()))
        self.assertIn("the message has been delivered", outcome[1])
        self.assertIn(result["decisionNote"], outcome[1])
        self.assertNotIn(b"X-AUP-Notice", outcome[0].data)

        admin = [r for r in self.harness.audit_records()
                 if r.get("event") == "admin" and r.get("quarantine_id") == quarantine_id]
        actions = [(r.get("actor"), r.get("action")) for r in admin]
        for expected in (("notice-link:" + STAFF, "release-request"), ("console:admin1", "approve"),
                         ("console:admin1", "release"), ("console:admin1", "outcome-notice")):
            self.assertIn(expected, actions)
        for name in ("request-link-form", "request-link-sent", "requests-admin-link", "request-link-approved"):
            self.assertTrue(os.path.exists(os.path.join(shots, name + ".png")), name)


def plain_text(received):
    """The text/plain part of a message the sink received, decoded (quoted-printable undone)."""
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


if __name__ == "__main__":
    import unittest
    unittest.main(verbosity=2)
