"""Integration harness: a real, isolated Postfix in front of a real aup-milter, relaying to an SMTP sink.

Everything lives under one temp dir (config, queue, data, logs, milter socket); ports are free
high loopback ports; every process is stopped by PID. Needs root (Postfix's master runs as root)
and the Debian `postfix` package. Python 3 stdlib only.

Use:
    with Harness() as h:                       # starts sink, aup-milter, Postfix
        outcome = h.send(message_bytes, "a@school.example", ["x@example.net"], login="a@school.example")
        delivered = h.sink.wait_for(lambda m: ...)

Other tests (chain letter, quarantine, ClamAV, headteacher copy) build on it: pass `policy_toml`
(extra TOML appended to the generated milter config) or call `write_milter_config()` + `reload_milter()`.
"""

import os
import pwd
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import tempfile
import textwrap
import time
import json
import unittest
import uuid

from smtp_sink import SmtpSink

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP_MARKER = "AUP-INTEGRATION-SKIPPED"

# The macro lines docs/postfix.md tells admins to add (Postfix 3.7 defaults leave out the client).
MILTER_MACRO_LINES = """\
milter_connect_macros = j {daemon_name} {daemon_addr} v _ {client_addr} {client_name}
milter_helo_macros = {tls_version} {cipher} {cipher_bits} {cert_subject} {cert_issuer}
milter_mail_macros = i {auth_type} {auth_authen} {auth_author} {mail_addr} {mail_host} {mail_mailer}
milter_rcpt_macros = i {rcpt_addr} {rcpt_host} {rcpt_mailer}
milter_end_of_data_macros = i
"""


def _alive(pid):
    """True while a process with this PID exists."""
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def free_port():
    """A currently free TCP port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def skip_unless_runnable():
    """Raises unittest.SkipTest (with a marker ctest turns into 'Skipped') when the harness cannot run."""
    reason = None
    if os.geteuid() != 0:
        reason = "needs root to run an isolated Postfix"
    elif shutil.which("postfix") is None and not os.path.exists("/usr/sbin/postfix"):
        reason = "Postfix is not installed"
    elif not os.environ.get("AUP_MILTER_BIN"):
        reason = "AUP_MILTER_BIN is not set (run through ctest)"
    if reason:
        print("%s: %s" % (SKIP_MARKER, reason), file=sys.stderr)
        raise unittest.SkipTest(reason)


class SmtpOutcome:
    """How an SMTP submission ended: the stage that answered last, its code and text."""

    def __init__(self, stage, code, text):
        self.stage = stage      # "connect", "xclient", "mail", "rcpt", "data" or "done"
        self.code = code
        self.text = text

    @property
    def accepted(self):
        return self.stage == "done" and 200 <= self.code < 300

    @property
    def queue_id(self):
        marker = "queued as "
        index = self.text.find(marker)
        return self.text[index + len(marker):].split()[0] if index >= 0 else None

    def __repr__(self):
        return "SmtpOutcome(%s, %d, %r)" % (self.stage, self.code, self.text)


class PostfixInstance:
    """A Postfix with its own config, queue and data directories; smtpd on a free loopback port."""

    def __init__(self, root, smtpd_port, sink_port, milter_socket):
        """milter_socket: the smtpd_milters value ("unix:" path relative to the queue directory, or "inet:")."""
        self.root = root
        self.config_dir = os.path.join(root, "postfix")
        self.queue_dir = os.path.join(root, "queue")
        self.data_dir = os.path.join(root, "data")
        self.log_file = os.path.join(root, "log", "postfix.log")
        self.smtpd_port = smtpd_port
        # The release listener of docs/quarantine.md: a loopback smtpd WITH the milter, for released
        # mail and notices (accepted there by their signed tokens, docs/security.md).
        self.release_port = free_port()
        self.sink_port = sink_port
        self.milter_socket = milter_socket
        self.started = False
        # STARTTLS: None = offer it when openssl can make a certificate (then True); set False
        # before write_config() to leave TLS out.
        self.tls = None

    def write_config(self, extra_main_cf=""):
        for d in (self.config_dir, self.queue_dir, self.data_dir, os.path.dirname(self.log_file)):
            os.makedirs(d, exist_ok=True)
        postfix_user = pwd.getpwnam("postfix")
        os.chown(self.data_dir, postfix_user.pw_uid, postfix_user.pw_gid)
        main_cf = textwrap.dedent("""\
            compatibility_level = 3.6
            queue_directory = {queue}
            data_directory = {data}
            mail_owner = postfix
            setgid_group = postdrop
            myhostname = mx.school.example
            mydomain = school.example
            myorigin = $myhostname
            mydestination =
            local_recipient_maps =
            local_transport = error:5.1.1 local delivery is disabled in tests
            alias_maps =
            alias_database =
            inet_interfaces = 127.0.0.1
            inet_protocols = ipv4
            mynetworks = 127.0.0.0/8
            relay_domains = static:ALL
            relayhost = [127.0.0.1]:{sink}
            smtp_dns_support_level = disabled
            smtp_tls_security_level = none
            smtpd_authorized_xclient_hosts = 127.0.0.0/8
            in_flow_delay = 0s
            # Loopback test clients match the default (permit_inet_interfaces): cleanup would add a
            # missing From: before the milter sees the message, hiding anonymous mail.
            local_header_rewrite_clients =
            always_add_missing_headers = no
            maillog_file = {log}
            maillog_file_prefixes = {root}
            biff = no
            smtpd_milters = {milter}
            milter_default_action = tempfail
            """).format(queue=self.queue_dir, data=self.data_dir, sink=self.sink_port, log=self.log_file,
                        root=self.root, milter=self.milter_socket)
        if "non_smtpd_milters" not in extra_main_cf:
            main_cf += "non_smtpd_milters =\n"
        main_cf += MILTER_MACRO_LINES + self._tls_lines() + extra_main_cf
        with open(os.path.join(self.config_dir, "main.cf"), "w") as f:
            f.write(main_cf)
        # No chroot anywhere: the milter socket and logs stay at their real paths.
        master_cf = textwrap.dedent("""\
            {port} inet  n - n - - smtpd
            {release} inet  n - n - - smtpd
            pickup     unix  n - n 60 1 pickup
            cleanup    unix  n - n - 0 cleanup
            qmgr       unix  n - n 300 1 qmgr
            rewrite    unix  - - n - - trivial-rewrite
            bounce     unix  - - n - 0 bounce
            defer      unix  - - n - 0 bounce
            trace      unix  - - n - 0 bounce
            verify     unix  - - n - 1 verify
            flush      unix  n - n 1000? 0 flush
            proxymap   unix  - - n - - proxymap
            proxywrite unix  - - n - 1 proxymap
            smtp       unix  - - n - - smtp
            relay      unix  - - n - - smtp
            showq      unix  n - n - - showq
            error      unix  - - n - - error
            retry      unix  - - n - - error
            discard    unix  - - n - - discard
            anvil      unix  - - n - 1 anvil
            scache     unix  - - n - 1 scache
            tlsmgr     unix  - - n 1000? 1 tlsmgr
            postlog    unix-dgram n - n - 1 postlogd
            """).format(port=self.smtpd_port, release=self.release_port)
        with open(os.path.join(self.config_dir, "master.cf"), "w") as f:
            f.write(master_cf)

    def _tls_lines(self):
        """STARTTLS with a throwaway self-signed certificate (so tests can check {tls_version})."""
        if self.tls is False or shutil.which("openssl") is None:
            self.tls = False
            return "smtpd_tls_security_level = none\n"
        tls_dir = os.path.join(self.root, "tls")
        os.makedirs(tls_dir, exist_ok=True)
        key, cert = os.path.join(tls_dir, "key.pem"), os.path.join(tls_dir, "cert.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=mx.school.example"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        self.tls = True
        return ("smtpd_tls_security_level = may\nsmtpd_tls_cert_file = %s\nsmtpd_tls_key_file = %s\n"
                "smtpd_tls_session_cache_database =\n" % (cert, key))

    def _postfix(self, *args, check=True):
        return subprocess.run(["postfix", "-c", self.config_dir] + list(args), check=check,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)

    def start(self):
        self._postfix("check", check=False)  # creates the queue's subdirectories
        result = self._postfix("start", check=False)
        if result.returncode != 0:
            raise RuntimeError("postfix start failed:\n" + result.stdout + self.log_tail())
        self.started = True
        self.wait_for_greeting()

    def wait_for_greeting(self, timeout=30.0):
        """Waits for smtpd's 220 (a fatal smtpd config error otherwise shows up as a hang)."""
        deadline = time.monotonic() + timeout
        last_error = None
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.smtpd_port), timeout=5) as s:
                    greeting = s.recv(512)
                    if greeting.startswith(b"220"):
                        s.sendall(b"QUIT\r\n")
                        return
                    last_error = greeting
            except OSError as e:
                last_error = e
            time.sleep(0.2)
        raise RuntimeError("Postfix smtpd gave no 220 greeting (%r)\n%s" % (last_error, self.log_tail()))

    def master_pid(self):
        try:
            with open(os.path.join(self.queue_dir, "pid", "master.pid")) as f:
                return int(f.read().strip())
        except (OSError, ValueError):
            return None

    def stop(self):
        if not self.started:
            return
        pid = self.master_pid()
        self._postfix("stop", check=False)
        deadline = time.monotonic() + 20
        while pid and time.monotonic() < deadline and _alive(pid):
            time.sleep(0.1)
        if pid and _alive(pid):
            os.kill(pid, signal.SIGKILL)
        self.started = False

    def queue(self):
        """Every queued message as postqueue -j reports it (queue_name: active, deferred, hold ...)."""
        result = subprocess.run(["postqueue", "-c", self.config_dir, "-j"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, timeout=60)
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    def postcat(self, queue_id):
        """The queue file of one message as `postcat -q` prints it (envelope, headers, body)."""
        result = subprocess.run(["postcat", "-c", self.config_dir, "-q", queue_id], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, timeout=60)
        return result.stdout

    def log_tail(self, lines=60):
        try:
            with open(self.log_file, errors="replace") as f:
                return "\n--- postfix log (tail) ---\n" + "".join(f.readlines()[-lines:])
        except OSError:
            return "\n--- no postfix log ---\n"


class MilterProcess:
    """aup-milter in the foreground with a generated config; stopped by PID."""

    READY = "aup-milter ready on"

    def __init__(self, binary, config_path, log_path, socket_path):
        self.binary = binary
        self.config_path = config_path
        self.log_path = log_path
        self.socket_path = socket_path
        self.process = None

    def start(self, timeout=30.0):
        ready_before = self.log_text().count(self.READY)
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen([self.binary, "--config", self.config_path, "--foreground"],
                                        stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("aup-milter exited with %d\n%s" % (self.process.returncode, self.log_tail()))
            if self.log_text().count(self.READY) > ready_before and (
                    self.socket_path is None or os.path.exists(self.socket_path)):
                return
            time.sleep(0.05)
        raise RuntimeError("aup-milter did not open %s\n%s" % (self.socket_path, self.log_tail()))

    @property
    def pid(self):
        return self.process.pid if self.process else None

    def running(self):
        return self.process is not None and self.process.poll() is None

    def signal(self, signum):
        self.process.send_signal(signum)

    def stop(self, timeout=20.0):
        """SIGTERM, then SIGKILL if libmilter does not finish in time. Returns the exit code."""
        if not self.running():
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout=10)

    def kill(self):
        if self.running():
            self.process.kill()
            self.process.wait(timeout=10)

    def log_text(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def wait_for_log(self, text, count=1, timeout=20.0):
        """Waits until `text` occurs at least `count` times in the milter's log."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log_text().count(text) >= count:
                return True
            time.sleep(0.05)
        return False

    def log_tail(self, lines=40):
        return "\n--- aup-milter log (tail) ---\n" + "\n".join(self.log_text().splitlines()[-lines:])


def default_milter_config(root, listen, policy_toml="", milter_toml="", release_port=10026, log_toml=""):
    """The TOML the harness gives aup-milter: the test organisation, logs and spool in `root`.

    milter_toml: extra `key = value` lines for the [milter] table; log_toml: the same for [log]
    (without a `syslog` key there, syslog is off: tests never write to the host's /dev/log);
    policy_toml: extra tables appended at the end ([policy.x], [clamav], [quarantine] ...).

    trusted_networks stays empty: loopback would make every test client internal. Staff are
    identified through XCLIENT LOGIN=, outsiders through XCLIENT ADDR=203.0.113.x.
    """
    return textwrap.dedent("""\
        [milter]
        listen = "{listen}"
        socket_group = "postfix"
        socket_mode = "0660"
        spool_dir = "{root}/spool"
        spool_threshold = "64k"
        verdict_header = true
        verdict_header_name = "X-AUP-Verdict"
        {milter_toml}
        [organisation]
        name = "Test School"
        internal_domains = ["school.example"]
        learner_domains = ["students.school.example"]
        trusted_networks = []
        headteacher = "head@school.example"
        postmaster = "postmaster@school.example"
        anonymous_domains = "anonymous-domains.txt"

        [log]
        audit = "{root}/log/audit.jsonl"
        file = ""
        level = "debug"
        {log_toml}
        """).format(listen=listen, root=root, milter_toml=milter_toml,
                    log_toml=log_toml if "syslog" in log_toml else log_toml + "syslog = false\n") + policy_toml + (
        "" if "[clamav]" in policy_toml else
        '\n[clamav]\ndatabase_dir = "%s"\nreload_check_interval = 0\n' % os.path.join(REPO_ROOT, "tests", "data", "clamav")) + (
        "" if "[quarantine]" in policy_toml else
        '\n[quarantine]\ndir = "%s/quarantine"\nrelease_port = %d\n' % (root, release_port)) + (
        "" if "[notices]" in policy_toml else
        '\n[notices]\nsmtp_port = %d\ntemplate_dir = "%s"\nretry_base = "1s"\nretry_max = "2s"\n'
        % (release_port, os.path.join(REPO_ROOT, "config", "templates")))


class Harness:
    """Sink + aup-milter + Postfix, started together and torn down by PID."""

    def __init__(self, policy_toml="", extra_main_cf="", milter_toml="", transport="unix", log_toml=""):
        """transport: "unix" (the production default) or "inet" (TCP on a free loopback port)."""
        skip_unless_runnable()
        self.milter_toml = milter_toml
        self.log_toml = log_toml
        self.root = tempfile.mkdtemp(prefix="aup-it-")
        os.chmod(self.root, 0o755)  # Postfix daemons (user postfix) must reach the socket
        self.policy_toml = policy_toml
        self.extra_main_cf = extra_main_cf
        # Like production on Debian: the socket inside Postfix's queue directory, named in main.cf
        # by a path relative to it (docs/postfix.md, "The socket").
        self.socket_path = os.path.join(self.root, "queue", "aup-milter", "milter.sock")
        if transport == "inet":
            port = free_port()
            self.listen, postfix_milter = "inet:%d@127.0.0.1" % port, "inet:127.0.0.1:%d" % port
            self.socket_path = None
        else:
            self.listen, postfix_milter = "unix:" + self.socket_path, "unix:aup-milter/milter.sock"
        self.config_path = os.path.join(self.root, "aup-milter.toml")
        self.audit_path = os.path.join(self.root, "log", "audit.jsonl")
        self.sink = SmtpSink()
        self.postfix = PostfixInstance(self.root, free_port(), self.sink.port, postfix_milter)
        self.milter = MilterProcess(os.environ["AUP_MILTER_BIN"], self.config_path,
                                    os.path.join(self.root, "log", "aup-milter.log"), self.socket_path)
        self.keep = os.environ.get("AUP_KEEP_TMP") == "1"

    # -- life cycle -------------------------------------------------------------------------
    def start(self):
        try:
            os.makedirs(os.path.join(self.root, "log"), exist_ok=True)
            shutil.copy(os.path.join(REPO_ROOT, "config", "anonymous-domains.txt"), self.root)
            self.write_milter_config(self.milter_config())
            self.sink.start()
            self.milter.start()
            self.postfix.write_config(self.extra_main_cf)
            self.postfix.start()
        except Exception:
            print(self.diagnostics(), file=sys.stderr)
            self.stop()
            raise
        return self

    def stop(self):
        errors = []
        for step in (self.postfix.stop, self.milter.stop, self.sink.stop):
            try:
                step()
            except Exception as e:  # keep tearing down the rest
                errors.append(e)
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)
        else:
            print("kept %s" % self.root, file=sys.stderr)
        if errors:
            raise errors[0]

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        if exc[0] is not None:
            print(self.diagnostics(), file=sys.stderr)
        self.stop()

    def diagnostics(self):
        """Postfix's and aup-milter's log tails, for failure messages."""
        return self.postfix.log_tail() + self.milter.log_tail()

    # -- milter config and signals ----------------------------------------------------------
    def write_milter_config(self, text):
        with open(self.config_path + ".tmp", "w") as f:
            f.write(text)
        os.replace(self.config_path + ".tmp", self.config_path)

    def milter_config(self, policy_toml=None, milter_toml=None):
        """The generated config; arguments replace the harness's own extra TOML."""
        return default_milter_config(self.root, self.listen,
                                     self.policy_toml if policy_toml is None else policy_toml,
                                     self.milter_toml if milter_toml is None else milter_toml,
                                     release_port=self.postfix.release_port, log_toml=self.log_toml)

    def reload_milter(self, expect="configuration reloaded"):
        """SIGHUP and wait for the milter to log `expect` once more; returns True when it did."""
        before = self.milter.log_text().count(expect)
        self.milter.signal(signal.SIGHUP)
        return self.milter.wait_for_log(expect, count=before + 1)

    def restart_milter(self):
        self.milter.stop()
        self.milter.start()

    def audit_records(self):
        try:
            with open(self.audit_path) as f:
                return [json.loads(line) for line in f if line.strip()]
        except OSError:
            return []

    def delivered(self, subject=None, message_id=None, timeout=30.0):
        """The first sink message with this Subject (or Message-ID), waiting up to `timeout`; None if none came."""
        if message_id is not None:
            return self.sink.wait_for(lambda m: m.header("Message-ID") == message_id, timeout=timeout)
        return self.sink.wait_for(lambda m: m.header("Subject") == subject, timeout=timeout)

    def held_in_queue(self, queue_id, timeout=20.0):
        """True once Postfix's hold queue has this queue id."""
        return bool(wait_until(lambda: [q for q in self.postfix.queue()
                                        if q.get("queue_id") == queue_id and q.get("queue_name") == "hold"],
                               timeout=timeout, interval=0.2))

    def wait_for_audit(self, predicate, timeout=10.0):
        """The audit records matching predicate(record), once at least one is there (or [] at timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            records = [r for r in self.audit_records() if predicate(r)]
            if records or time.monotonic() > deadline:
                return records
            time.sleep(0.1)

    def submit_local(self, message, mail_from, rcpts):
        """Submits like a local program (sendmail -> pickup -> cleanup); returns sendmail's exit code.

        The milter sees it only with `non_smtpd_milters` set (extra_main_cf)."""
        if isinstance(message, str):
            message = message.encode("utf-8")
        result = subprocess.run(["sendmail", "-C", self.postfix.config_dir, "-f", mail_from] + list(rcpts),
                                input=message, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        return result.returncode

    # -- SMTP -------------------------------------------------------------------------------
    def send(self, message, mail_from, rcpts, login=None, client_addr=None, helo="client.test", starttls=False):
        """Submits one message over SMTP; returns an SmtpOutcome instead of raising on 4xx/5xx.

        starttls: STARTTLS first (as real clients do), then XCLIENT; the milter sees {tls_version}.
        login / client_addr use Postfix XCLIENT, so the milter sees {auth_authen} and the client
        address exactly as with a real SASL login from that address.
        """
        if isinstance(message, str):
            message = message.encode("utf-8")
        with smtplib.SMTP("127.0.0.1", self.postfix.smtpd_port, local_hostname=helo, timeout=60) as client:
            client.ehlo()
            if starttls:
                client.starttls(context=ssl._create_unverified_context())  # self-signed test certificate
                client.ehlo()
            if login or client_addr:
                attributes = []
                if client_addr:
                    attributes += ["ADDR=" + client_addr, "NAME=[UNAVAILABLE]"]
                if login:
                    attributes.append("LOGIN=" + login)
                code, text = client.docmd("XCLIENT", " ".join(attributes))
                if code != 220:
                    return SmtpOutcome("xclient", code, text.decode(errors="replace"))
                client.ehlo()
            code, text = client.mail(mail_from)
            if code != 250:
                return SmtpOutcome("mail", code, text.decode(errors="replace"))
            for rcpt in rcpts:
                code, text = client.rcpt(rcpt)
                if code not in (250, 251):
                    return SmtpOutcome("rcpt", code, text.decode(errors="replace"))
            code, text = client.data(message)
            return SmtpOutcome("done" if code == 250 else "data", code, text.decode(errors="replace"))


def wait_until(condition, timeout=20.0, interval=0.1):
    """Polls condition() until it returns something truthy, and returns that; after `timeout`
    seconds returns its last (falsy) value. For outcomes, not timing: a slow machine only waits
    longer."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def unique(label):
    """A label made unique per test run, for subjects the sink is searched by."""
    return "%s %s" % (label, uuid.uuid4().hex[:8])


class SharedHarnessTest(unittest.TestCase):
    """One Harness for every test of a class (started once: Postfix takes seconds to start).

    Subclasses set harness_options (keyword arguments of Harness) or override prepare(harness),
    which runs after construction and before start(). Both logs are printed when a test fails."""
    harness = None
    harness_options = {}

    @classmethod
    def prepare(cls, harness):
        pass

    @classmethod
    def setUpClass(cls):
        harness = Harness(**cls.harness_options)
        try:
            cls.prepare(harness)
        except Exception:
            harness.stop()
            raise
        cls.harness = harness.start()

    @classmethod
    def tearDownClass(cls):
        if cls.harness is not None:
            cls.harness.stop()

    def setUp(self):
        self.addCleanup(self._dump_logs_on_failure)

    def delivered(self, subject=None, message_id=None, timeout=30.0):
        return self.harness.delivered(subject=subject, message_id=message_id, timeout=timeout)

    def assert_not_delivered(self, subject, settle=2.0):
        """Nothing with exactly this Subject reaches the sink within `settle` seconds."""
        time.sleep(settle)
        self.assertEqual([], self.harness.sink.find(lambda m: m.header("Subject") == subject))

    def _dump_logs_on_failure(self):
        outcome = getattr(self, "_outcome", None)
        errors = getattr(outcome, "errors", None) or getattr(getattr(outcome, "result", None), "errors", [])
        if any(e for _, e in (errors or []) if e):
            print(self.harness.diagnostics(), file=sys.stderr)
