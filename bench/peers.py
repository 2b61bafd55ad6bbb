"""Milters the end-to-end benchmark runs beside aup-milter (bench/e2e.py).

Each peer: available() -> "" or why it cannot run here; start(root) -> the smtpd_milters value
for Postfix; pids() -> the processes whose memory is reported (with their children); stop(). Every process is started in
the foreground with its own config under `root` and stopped by PID.
"""

import os
import pwd
import shutil
import signal
import socket
import subprocess
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(predicate, what, process, timeout=60.0):
    """Polls until predicate() is true; fails early when the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if process.poll() is not None:
            raise RuntimeError("%s exited with %d" % (what, process.returncode))
        time.sleep(0.05)
    raise RuntimeError("%s did not come up in %.0f s" % (what, timeout))


def _port_open(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def _stop(process, timeout=20.0):
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


class AcceptMilterPeer:
    """bench/accept_milter.c, compiled at start: the floor cost of any libmilter filter."""

    def __init__(self, transport, no_reply=False):
        self.transport = transport
        self.no_reply = no_reply  # negotiate SMFIP_NR_*: no round trip before end of message
        self.process = None

    def available(self):
        if not shutil.which("cc"):
            return "no C compiler"
        return ""

    def start(self, root):
        binary = os.path.join(root, "accept-milter")
        subprocess.run(["cc", "-O2", os.path.join(BENCH_DIR, "accept_milter.c"), "-lmilter", "-pthread", "-o",
                        binary], check=True)
        if self.transport == "unix":
            path = os.path.join(root, "accept.sock")
            spec, milters, ready = "unix:" + path, "unix:" + path, lambda: os.path.exists(path)
        else:
            port = _free_port()
            spec, milters, ready = "inet:%d@127.0.0.1" % port, "inet:127.0.0.1:%d" % port, lambda: _port_open(port)
        self.process = subprocess.Popen([binary, spec] + (["noreply"] if self.no_reply else []),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(ready, "accept-milter", self.process)
        return milters

    def pids(self):
        return [self.process.pid] if self.process else []

    def stop(self):
        _stop(self.process)


class ClamavMilterPeer:
    """Debian's clamav-milter in front of its own clamd (one test signature: every message is clean)."""

    def __init__(self):
        self.clamd = None
        self.milter = None

    def available(self):
        missing = [b for b in ("clamd", "clamav-milter") if not shutil.which(b) and not os.path.exists("/usr/sbin/" + b)]
        return ("not installed: %s (apt-get install clamav-milter clamav-daemon)" % ", ".join(missing)) if missing else ""

    def start(self, root):
        base = os.path.join(root, "clamav")
        for d in ("db", "tmp", "log"):
            os.makedirs(os.path.join(base, d), exist_ok=True)
        with open(os.path.join(base, "db", "bench.ndb"), "w") as f:
            f.write("AupBench.Test:0:*:%s\n" % b"AUP-BENCH-TEST-SIGNATURE-9d2f41".hex())
        clamd_sock = os.path.join(base, "clamd.sock")
        milter_sock = os.path.join(base, "clamav-milter.sock")
        with open(os.path.join(base, "clamd.conf"), "w") as f:
            f.write("LocalSocket %s\nLocalSocketMode 666\nFixStaleSocket true\nDatabaseDirectory %s/db\n"
                    "TemporaryDirectory %s/tmp\nForeground true\nLogFile %s/log/clamd.log\nMaxThreads 12\n"
                    % (clamd_sock, base, base, base))
        with open(os.path.join(base, "clamav-milter.conf"), "w") as f:
            f.write("MilterSocket unix:%s\nMilterSocketMode 666\nFixStaleSocket true\nClamdSocket unix:%s\n"
                    "Foreground true\nLogFile %s/log/clamav-milter.log\nOnClean Accept\nOnInfected Reject\n"
                    "OnFail Defer\nAddHeader Replace\nReadTimeout 120\nMaxFileSize 25M\n"
                    % (milter_sock, clamd_sock, base))
        self.clamd = subprocess.Popen(["clamd", "-c", os.path.join(base, "clamd.conf")],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(lambda: os.path.exists(clamd_sock), "clamd", self.clamd)
        self.milter = subprocess.Popen(["clamav-milter", "-c", os.path.join(base, "clamav-milter.conf")],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(lambda: os.path.exists(milter_sock), "clamav-milter", self.milter)
        return "unix:" + milter_sock

    def pids(self):
        """clamav-milter and clamd: the signatures (and their memory) live in clamd."""
        return [p.pid for p in (self.milter, self.clamd) if p]

    def stop(self):
        _stop(self.milter)
        _stop(self.clamd)


class RefusingDns:
    """A local DNS server that answers every query NXDOMAIN at once: an offline site's resolver.

    Without it, rspamd's SPF/DMARC/RBL lookups wait for their timeout on every message.
    """

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.running = True

    def start(self):
        self.thread.start()

    def _serve(self):
        self.sock.settimeout(0.5)
        while self.running:
            try:
                query, addr = self.sock.recvfrom(4096)
            except socket.timeout:
                continue
            except OSError:
                return
            if len(query) < 12:
                continue
            # Same id and question; QR=1, opcode and RD copied, RA=1, RCODE=3 (NXDOMAIN); no answers.
            flags = bytes([0x80 | (query[2] & 0x79), 0x80 | 0x03])
            self.sock.sendto(query[:2] + flags + query[4:6] + b"\0\0\0\0\0\0" + query[12:], addr)

    def stop(self):
        self.running = False
        self.sock.close()


class RspamdPeer:
    """Debian's rspamd: the proxy worker in milter mode in front of its normal worker, stock rules.

    Offline: DNS goes to RefusingDns (every lookup fails at once instead of timing out) and
    there is no Redis, so the modules that need either stay quiet. Ports are free ones, the
    milter socket is a unix socket like aup-milter's.
    """

    def __init__(self):
        self.process = None
        self.dns = None

    def available(self):
        if not shutil.which("rspamd"):
            return "not installed (apt-get install rspamd)"
        try:
            pwd.getpwnam("_rspamd")
        except KeyError:
            return "no _rspamd user"
        return ""

    def start(self, root):
        base = os.path.join(root, "rspamd")
        local = os.path.join(base, "local")
        for d in ("local/local.d", "local/override.d", "db", "run", "log"):
            os.makedirs(os.path.join(base, d), exist_ok=True)
        user = pwd.getpwnam("_rspamd")
        for d in ("db", "run", "log"):
            os.chown(os.path.join(base, d), user.pw_uid, user.pw_gid)
        os.chmod(base, 0o755)
        normal, controller = _free_port(), _free_port()
        milter_sock = os.path.join(base, "run", "milter.sock")
        overrides = {
            "worker-normal.inc": 'bind_socket = "127.0.0.1:%d";\n' % normal,
            "worker-controller.inc": 'bind_socket = "127.0.0.1:%d";\n' % controller,
            "worker-proxy.inc": ('bind_socket = "%s mode=0666";\nmilter = yes;\ntimeout = 120s;\n'
                                 'upstream "local" {\n  default = yes;\n  hosts = "127.0.0.1:%d";\n}\n'
                                 % (milter_sock, normal)),
            "worker-fuzzy.inc": "count = 0;\n",
        }
        for name, text in overrides.items():
            with open(os.path.join(local, "override.d", name), "w") as f:
                f.write(text)
        self.dns = RefusingDns()
        self.dns.start()
        with open(os.path.join(local, "local.d", "options.inc"), "w") as f:
            f.write('dns {\n  nameserver = ["127.0.0.1:%d"];\n}\n' % self.dns.port)
        self.process = subprocess.Popen(
            ["rspamd", "-f", "-u", "_rspamd", "-g", "_rspamd", "-c", "/etc/rspamd/rspamd.conf",
             "--var=LOCAL_CONFDIR=" + local, "--var=DBDIR=" + os.path.join(base, "db"),
             "--var=RUNDIR=" + os.path.join(base, "run"), "--var=LOGDIR=" + os.path.join(base, "log")],
            stdout=open(os.path.join(base, "stdout.log"), "wb"), stderr=subprocess.STDOUT)
        _wait(lambda: os.path.exists(milter_sock) and _port_open(normal), "rspamd", self.process, timeout=120)
        time.sleep(1.0)  # workers finish loading their maps after the sockets open
        return "unix:" + milter_sock

    def pids(self):
        """The main process; its workers are counted as its descendants."""
        return [self.process.pid] if self.process else []

    def stop(self):
        _stop(self.process, timeout=30)
        if self.dns:
            self.dns.stop()
