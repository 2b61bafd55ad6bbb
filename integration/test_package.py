"""The install walkthrough (docs/install.md) from the Debian package, on the test machine.

The .deb made from the release build (bash packaging/deb/build-deb.sh; made here when the build
has none yet) is installed with `dpkg -i` and checked (layout, users, modes, systemd-analyze
verify and security). Then the walkthrough: the packaged config is edited as an admin would (the
ClamAV directory names the test signatures, since CI is offline; the release listener's port is
the test Postfix's; the roster gets a parent), a real Postfix is wired per docs/postfix.md
(`smtpd_milters = unix:aup-milter/milter.sock`, relative to its queue directory, where
aup-milter/ leads to the package's socket directory in /var/spool/postfix), and the packaged
unit's ExecStartPre and ExecStart lines run directly as systemd would run them (User=, Group=,
SupplementaryGroups=, UMask=), because CI has no systemd. Four proofs: clean mail delivered,
a chain letter refused, learner data held and released with aupctl by a member of aup-admin
(not root), and the Headteacher added to mail to a parent. Finally the package is purged and
the user and group it made are removed, so later tests find the machine as before.

Needs root; prints AUP-INTEGRATION-SKIPPED otherwise, or when aup-milter is already installed.
"""

import glob
import grp
import json
import os
import pwd
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import REPO_ROOT, SKIP_MARKER, PostfixInstance, Harness, free_port, unique, wait_until  # noqa: E402
from smtp_sink import SmtpSink  # noqa: E402

UNIT = "/lib/systemd/system/aup-milter.service"
CONSOLE_UNIT = "/lib/systemd/system/aup-console.service"
CONFIG = "/etc/aup-milter/aup-milter.toml"
SOCKET_DIR = "/var/spool/postfix/aup-milter"
AUDIT = "/var/log/aup-milter/audit.jsonl"
STAFF = "j.smith@school.example"
PARENT = "parent.one@example.org"
HEAD = "head@school.example"
ULN = "1000000043"  # passes the ULN check digit


def run(argv, check=True, **kwargs):
    """Runs a command, capturing its output; raises with that output when check and it fails."""
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError("%s exited %d:\n%s" % (" ".join(argv), result.returncode, result.stdout))
    return result


def skip(reason):
    print("%s: %s" % (SKIP_MARKER, reason), file=sys.stderr)
    raise unittest.SkipTest(reason)


def package_file():
    """The .deb of this build, made from it when there is none yet."""
    build = os.environ.get("AUP_BUILD_DIR", os.path.join(REPO_ROOT, "build"))
    debs = sorted(glob.glob(os.path.join(build, "deb", "aup-milter_*.deb")))
    if debs:
        return debs[-1]
    return run(["bash", os.path.join(REPO_ROOT, "packaging", "deb", "build-deb.sh"), build]).stdout.splitlines()[-1]


def unit_settings(path):
    """The [Service] lines of a unit as {key: [values in order]}."""
    settings = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith(("#", "[")) and "=" in line:
                key, value = line.split("=", 1)
                settings.setdefault(key, []).append(value)
    return settings


class PackagedMilter:
    """The packaged unit's ExecStartPre and ExecStart lines, run as systemd would run them."""

    READY = "aup-milter ready on"

    def __init__(self, unit_path, log_path):
        self.unit = unit_settings(unit_path)
        self.log_path = log_path
        self.process = None

    def _credentials(self):
        """Popen keyword arguments for the unit's User=, Group=, SupplementaryGroups= and UMask=."""
        return {"user": self.unit["User"][0], "group": self.unit["Group"][0],
                "extra_groups": " ".join(self.unit.get("SupplementaryGroups", [])).split(),
                "umask": int(self.unit.get("UMask", ["0022"])[0], 8)}

    def start(self, timeout=60.0):
        for line in self.unit.get("ExecStartPre", []):
            privileged = line.startswith("+")  # '+': as root, outside the sandbox
            argv = shlex.split(line.lstrip("+-"))
            run(argv, **({} if privileged else self._credentials()))
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(shlex.split(self.unit["ExecStart"][0]), stdout=log,
                                        stderr=subprocess.STDOUT, **self._credentials())
        log.close()
        socket_path = os.path.join(SOCKET_DIR, "milter.sock")
        ready = wait_until(lambda: self.process.poll() is not None or (
            self.READY in self.log_text() and os.path.exists(socket_path)), timeout=timeout)
        if not ready or self.process.poll() is not None:
            raise RuntimeError("the packaged aup-milter did not start\n" + self.log_text())

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def log_text(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""


def edit_config(text, old, new):
    """text with the one line `old` replaced by `new` (as an admin edits the packaged file)."""
    if text.count(old) != 1:
        raise AssertionError("expected %r once in the packaged config" % old)
    return text.replace(old, new)


class PackageWalkthroughTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if os.geteuid() != 0:
            skip("needs root to install the package and run Postfix")
        if shutil.which("postfix") is None and not os.path.exists("/usr/sbin/postfix"):
            skip("Postfix is not installed")
        if run(["dpkg-query", "-W", "-f", "${Status}", "aup-milter"], check=False).stdout.startswith("install ok"):
            skip("aup-milter is already installed on this machine; not touching it")
        cls.created = {"user": not _exists(pwd.getpwnam, "aup-milter"), "group": not _exists(grp.getgrnam, "aup-admin")}
        cls.root = tempfile.mkdtemp(prefix="aup-pkg-")
        os.chmod(cls.root, 0o755)
        cls.installed = False
        cls.postfix = cls.milter = cls.sink = None
        try:
            cls.deb = package_file()
            run(["dpkg", "-i", cls.deb])
            cls.installed = True
            cls.configure()
            cls.start()
        except Exception:
            cls.tearDownClass()
            raise

    @classmethod
    def configure(cls):
        """The walkthrough's "configure" step on the packaged files."""
        clamav = os.path.join(cls.root, "clamav")
        shutil.copytree(os.path.join(REPO_ROOT, "tests", "data", "clamav"), clamav)
        os.chmod(clamav, 0o755)
        cls.sink = SmtpSink()
        cls.postfix = PostfixInstance(cls.root, free_port(), cls.sink.port, "unix:aup-milter/milter.sock")
        with open(CONFIG) as f:
            text = f.read()
        text = edit_config(text, 'database_dir = "/var/lib/clamav"', 'database_dir = "%s"' % clamav)
        text = edit_config(text, "release_port = 10026", "release_port = %d" % cls.postfix.release_port)
        text = edit_config(text, "smtp_port = 10026", "smtp_port = %d" % cls.postfix.release_port)
        text = edit_config(text, "# syslog = true", "syslog = false")  # tests never write to the host's /dev/log
        with open(CONFIG, "w") as f:
            f.write(text)
        with open("/etc/aup-milter/roster.csv", "a") as f:
            f.write("%s,parent,Example Parent One\n" % PARENT)
        run(["aupctl", "check-config", CONFIG])

    @classmethod
    def start(cls):
        """Postfix wired per docs/postfix.md (and the release listener), then the milter, as in the walkthrough."""
        cls.sink.start()
        cls.postfix.write_config()
        # The test Postfix has its own queue directory; aup-milter/ in it is the package's socket
        # directory, so main.cf names the socket exactly as docs/postfix.md says.
        os.symlink(SOCKET_DIR, os.path.join(cls.postfix.queue_dir, "aup-milter"))
        cls.postfix.start()
        cls.milter = PackagedMilter(UNIT, os.path.join(cls.root, "aup-milter.log"))
        cls.milter.start()
        # Harness.send and .delivered only use its Postfix and sink: borrow them without its milter.
        cls.client = Harness.__new__(Harness)
        cls.client.postfix, cls.client.sink = cls.postfix, cls.sink

    @classmethod
    def tearDownClass(cls):
        for step in (lambda: cls.postfix and cls.postfix.stop(), lambda: cls.milter and cls.milter.stop(),
                     lambda: cls.sink and cls.sink.stop()):
            try:
                step()
            except Exception as e:  # keep tearing down the rest
                print("teardown: %s" % e, file=sys.stderr)
        if cls.installed:
            run(["dpkg", "--purge", "aup-milter"], check=False)
        if cls.created.get("user") and _exists(pwd.getpwnam, "aup-milter"):
            run(["deluser", "--system", "--quiet", "aup-milter"], check=False)
        if cls.created.get("group") and _exists(grp.getgrnam, "aup-admin"):
            run(["delgroup", "--system", "--quiet", "aup-admin"], check=False)
        shutil.rmtree(cls.root, ignore_errors=True)

    def setUp(self):
        self.addCleanup(self._logs_on_failure)

    def _logs_on_failure(self):
        outcome = getattr(self, "_outcome", None)
        errors = getattr(outcome, "errors", None) or getattr(getattr(outcome, "result", None), "errors", [])
        if any(e for _, e in (errors or []) if e):
            print(self.postfix.log_tail() + "\n--- aup-milter ---\n" + self.milter.log_text()[-4000:], file=sys.stderr)

    # -- the package -----------------------------------------------------------------------------
    def test_package_layout_users_and_modes(self):
        for path in ("/usr/sbin/aup-milter", "/usr/sbin/aup-console", "/usr/bin/aupctl"):
            self.assertTrue(os.access(path, os.X_OK), path)
        self.assertTrue(os.path.exists("/usr/share/aup-milter/rules/chain-letter.rules"))
        conffiles = run(["dpkg-query", "-W", "-f", "${Conffiles}", "aup-milter"]).stdout
        for name in ("aup-milter.toml", "roster.csv", "anonymous-domains.txt", "rules/chain-letter.rules",
                     "templates/notice.txt", "templates/outcome.txt", "templates/outcome.html",
                     "templates/outcome-subject.txt"):
            self.assertIn("/etc/aup-milter/" + name, conffiles)
        self.assertTrue(_exists(grp.getgrnam, "aup-admin"))
        self.assertEqual("/usr/sbin/nologin", pwd.getpwnam("aup-milter").pw_shell)
        expected = {"/var/spool/aup-milter/quarantine": ("aup-milter", "aup-admin", 0o2770),
                    "/var/lib/aup-milter": ("aup-milter", "aup-admin", 0o2750),
                    "/var/log/aup-milter": ("aup-milter", "aup-admin", 0o2770),
                    SOCKET_DIR: ("aup-milter", "postfix", 0o750)}
        for path, (owner, group, mode) in expected.items():
            st = os.stat(path)
            self.assertEqual((owner, group, oct(mode)),
                             (pwd.getpwuid(st.st_uid).pw_name, grp.getgrgid(st.st_gid).gr_name, oct(st.st_mode & 0o7777)),
                             path)

    def test_units_verify_and_are_hardened(self):
        for unit in (UNIT, CONSOLE_UNIT):
            with self.subTest(unit=unit):
                verify = run(["systemd-analyze", "verify", unit], check=False)
                self.assertEqual((0, ""), (verify.returncode, verify.stdout.strip()), verify.stdout)
                security = run(["systemd-analyze", "security", "--offline=true", unit], check=False).stdout
                overall = re.search(r"Overall exposure level for \S+: ([0-9.]+) (\w+)", security)
                self.assertIsNotNone(overall, security)
                print("systemd-analyze security %s: %s %s" % ((os.path.basename(unit),) + overall.groups()),
                      file=sys.stderr)
                self.assertIn(overall.group(2), ("PERFECT", "SAFE", "OK"), security)

    def test_console_unit_is_installed_not_enabled_and_serves_on_loopback(self):
        """The console's unit is in the package but not enabled or started by it; its ExecStart,
        run as the unit's User=/Group=/SupplementaryGroups=/UMask=, serves the packaged config's
        store on 127.0.0.1 (on a free port here, so no other test's console is in the way)."""
        self.assertTrue(os.access("/usr/sbin/aup-console", os.X_OK))
        wants = glob.glob("/etc/systemd/system/*.wants/aup-console.service")
        self.assertEqual([], wants, "postinst must not enable aup-console")
        unit = unit_settings(CONSOLE_UNIT)
        self.assertEqual(["aup-milter"], unit["User"])
        self.assertEqual(["strict"], unit["ProtectSystem"])
        self.assertEqual(["/var/spool/aup-milter/quarantine /var/log/aup-milter"], unit["ReadWritePaths"])
        credentials = PackagedMilter(CONSOLE_UNIT, os.path.join(self.root, "aup-console.log"))._credentials()
        log = open(os.path.join(self.root, "aup-console.log"), "ab")
        console = subprocess.Popen(shlex.split(unit["ExecStart"][0]) + ["--port", "0"], stdout=subprocess.PIPE,
                                   stderr=log, **credentials)
        log.close()
        try:
            line = console.stdout.readline().decode()
            match = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
            if match is None:
                with open(os.path.join(self.root, "aup-console.log")) as f:
                    self.fail("aup-console did not start: %r\n%s" % (line, f.read()))
            with urllib.request.urlopen("http://127.0.0.1:%s/api/v1/health" % match.group(1), timeout=10) as r:
                health = json.loads(r.read())
            self.assertEqual("ok", health["status"])
        finally:
            console.terminate()
            console.wait(timeout=20)
            console.stdout.close()

    # -- the four proofs -------------------------------------------------------------------------
    def test_clean_mail_is_delivered(self):
        subject = unique("trip on friday")
        outcome = self.client.send(message(STAFF, "parent@example.org", subject, "The trip leaves at 9am."),
                                   STAFF, ["parent@example.org"], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        delivered = self.client.delivered(subject=subject)
        self.assertIsNotNone(delivered, "not delivered")
        self.assertIn("accept", delivered.header("X-AUP-Verdict"))

    def test_chain_letter_is_refused(self):
        with open(os.path.join(REPO_ROOT, "tests", "data", "mail", "content", "chain-letter-classic.eml"), "rb") as f:
            letter = f.read()
        outcome = self.client.send(letter, "t.jones@school.example", ["parent@gmail.example"],
                                   login="t.jones@school.example")
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("5.7.1", outcome.text)

    def test_learner_data_is_held_and_released_by_a_member_of_aup_admin(self):
        subject = unique("transfer form")
        outcome = self.client.send(message(STAFF, PARENT, subject, "Learner: Alice Example, born 04/05/2012\r\n"
                                           "ULN: %s\r\n" % ULN), STAFF, [PARENT], login=STAFF)
        self.assertTrue(outcome.accepted, outcome)  # accepted for review
        record = wait_until(lambda: [r for r in audit_records()
                                     if r.get("queue_id") == outcome.queue_id and r.get("event") == "decision"])
        self.assertTrue(record, "no audit record for %s" % outcome.queue_id)
        self.assertEqual("quarantine", record[0]["action"], record)
        quarantine_id = record[0]["quarantine_id"]

        # Not root: `nobody` with the aup-admin group, as IT staff added with `adduser NAME aup-admin`.
        admin = {"user": "nobody", "group": "nogroup", "extra_groups": ["aup-admin"], "umask": 0o022}
        held = json.loads(run(["aupctl", "quarantine", "list", "--json", "--state", "held"], **admin).stdout)
        self.assertIn(quarantine_id, [row["id"] for row in held])
        run(["aupctl", "quarantine", "release", quarantine_id], **admin)
        released = self.sink.wait_for(lambda m: PARENT in m.rcpts and subject.encode() in m.data, timeout=30)
        self.assertIsNotNone(released, "the released message did not arrive")
        self.assertIn(b"quarantine/released", released.data)
        self.assertTrue([r for r in audit_records() if r.get("event") == "admin" and r.get("action") == "release"
                         and r.get("quarantine_id") == quarantine_id])

    def test_headteacher_is_added_to_mail_to_a_parent(self):
        subject = unique("parents evening")
        outcome = self.client.send(message(STAFF, PARENT, subject, "See you on Thursday."), STAFF, [PARENT],
                                   login=STAFF)
        self.assertTrue(outcome.accepted, outcome)
        received = self.client.delivered(subject=subject)
        self.assertIsNotNone(received, "not delivered")
        self.assertIn(HEAD, received.rcpts)
        self.assertIn(HEAD, received.header("Cc") or "")


def _exists(lookup, name):
    try:
        lookup(name)
        return True
    except KeyError:
        return False


def audit_records():
    try:
        with open(AUDIT) as f:
            return [json.loads(line) for line in f if line.strip()]
    except OSError:
        return []


def message(sender, rcpt, subject, body):
    return ("From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n"
            "Message-ID: <%s@client.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "%s\r\n" % (sender, rcpt, subject, uuid.uuid4().hex, body)).encode("utf-8")


if __name__ == "__main__":
    unittest.main(verbosity=2)
