#!/usr/bin/env python3
"""End-to-end benchmark: a real, isolated Postfix on loopback (integration/harness.py) with and
without milters, driven by a bounded SMTP load generator at concurrency 1 and 16.

Setups, all measured in the same run so the ratios compare like with like:
  baseline        Postfix with no milter
  aup-unix        Postfix + aup-milter (the embedded default config: every policy on) on a unix socket
  aup-unix-nometrics  the same with [metrics] off: what counting costs
  aup-tcp         the same aup-milter on a loopback TCP socket
  aup-tcp-relay   aup-milter on its unix socket behind bench/tcp_relay.py (TCP_NODELAY + re-armed
                  TCP_QUICKACK): what a tuned TCP listener would buy (docs/troubleshooting.md)
  accept-unix     a 30-line accept-all libmilter filter (bench/accept_milter.c): the floor any
                  libmilter filter pays; also on TCP (accept-tcp), and negotiating no replies
                  before end of message (accept-noreply-unix, SMFIP_NR_*)
  clamav-milter   Debian's clamav-milter + clamd (test signature database), if installed
  rspamd          Debian's rspamd in milter-proxy mode (rspamd_proxy, milter = yes), if installed

Per setup and concurrency: messages/s, p50/p99 latency (connect to the 250 after the final dot,
one message per connection, as a client MTA sends), the ratio to the baseline's messages/s at
the same concurrency, and the milter's memory (PSS after the run, summed over its processes;
peak VmHWM). All setups run at once, each with its own Postfix, and the load is interleaved in
rounds (every setup gets a share of each round, in rotating order), so that other work on the
machine affects all of them alike.

Needs root, postfix (smtp-sink), and AUP_MILTER_BIN (or --milter). Usage:
  sudo python3 bench/e2e.py --milter build-bench/milter/aup-milter [--messages 400] [--json out.json]
  sudo python3 bench/e2e.py --milter ... --setups baseline,aup-unix     # a subset
  sudo python3 bench/e2e.py --milter NEW --milter-b OLD --setups baseline,aup-unix,aup-unix-b   # two builds
  sudo python3 bench/e2e.py --milter NEW --rules-c OLD/rules --setups baseline,aup-unix,aup-unix-rules-c
"""

import argparse
import json
import multiprocessing
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO_ROOT, "integration"))
from harness import MilterProcess, PostfixInstance, free_port  # noqa: E402
from peers import ClamavMilterPeer, RspamdPeer, AcceptMilterPeer  # noqa: E402  (bench/peers.py)

SENDER = "j.smith@school.example"
RECIPIENT = "friend@example.org"


# -- the message mix ----------------------------------------------------------------------------
def _prose(rng, size):
    words = ("the class will visit museum on Friday please bring packed lunch and coat trip costs "
             "pounds letter parents term reading homework week sports kit").split()
    out, line = [], []
    total = 0
    while total < size:
        w = rng.choice(words)
        line.append(w)
        total += len(w) + 1
        if len(" ".join(line)) > 70:
            out.append(" ".join(line) + ".")
            line = []
    out.append(" ".join(line))
    return "\r\n".join(out) + "\r\n"


def _headers(subject, content_type, n):
    return ("From: Jo Smith <%s>\r\nTo: Friend <%s>\r\nSubject: %s\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\n"
            "Message-ID: <bench-%d@school.example>\r\nMIME-Version: 1.0\r\nContent-Type: %s\r\n\r\n"
            % (SENDER, RECIPIENT, subject, n, content_type))


def message_mix():
    """(name, bytes) of the benchmark's messages: mostly short text/HTML, some attachments."""
    import base64
    rng = random.Random(1234)
    plain = _headers("Trip on Friday", "text/plain; charset=utf-8", 1) + _prose(rng, 2000)
    text = _prose(rng, 5000)
    html = (_headers("Newsletter", 'multipart/alternative; boundary="alt"', 2) +
            "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
            "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>" + text +
            "</p></body></html>\r\n--alt--\r\n")
    blob = base64.encodebytes(bytes(rng.getrandbits(8) for _ in range(64 * 1024))).decode().replace("\n", "\r\n")
    attachment = (_headers("Photos", 'multipart/mixed; boundary="mix"', 3) +
                  "--mix\r\nContent-Type: text/plain\r\n\r\n" + _prose(rng, 500) +
                  '--mix\r\nContent-Type: image/jpeg; name="photo.jpg"\r\nContent-Disposition: attachment; '
                  'filename="photo.jpg"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + blob + "--mix--\r\n")
    return [("plain-2k", plain.encode()), ("html-text-10k", html.encode()), ("attachment-64k", attachment.encode())]


# -- the load generator -------------------------------------------------------------------------
class SmtpError(Exception):
    pass


class _Conn:
    """A minimal SMTP client on a raw socket (smtplib costs more CPU than the servers under test)."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = b""

    def reply(self):
        """Reads one (possibly multi-line) reply; returns (code, last line)."""
        while True:
            while b"\r\n" not in self.buf:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise SmtpError("connection closed")
                self.buf += chunk
            line, self.buf = self.buf.split(b"\r\n", 1)
            if len(line) < 4 or line[3:4] != b"-":
                return int(line[:3]), line

    def command(self, text, expect):
        self.sock.sendall(text)
        code, line = self.reply()
        if code != expect:
            raise SmtpError("%s -> %s" % (text[:20], line[:200]))
        return code

    def close(self):
        try:
            self.sock.sendall(b"QUIT\r\n")
        except OSError:
            pass
        self.sock.close()


def send_one(port, body, xclient):
    """One message on one connection. Returns seconds to the final 250.

    xclient: set the staff identity with XCLIENT LOGIN= (Postfix then opens a second milter
    connection for the new identity, so every milter pays two connection set-ups per message).
    Otherwise the client is internal by address (aup-milter's trusted_networks), as a webmail
    or submission host is, and the milter sees one connection per message.
    """
    started = time.perf_counter()
    c = _Conn(port)
    try:
        if c.reply()[0] != 220:
            raise SmtpError("no greeting")
        c.command(b"EHLO bench.test\r\n", 250)
        if xclient:
            c.command(b"XCLIENT LOGIN=" + SENDER.encode() + b" ADDR=192.0.2.10 NAME=[UNAVAILABLE]\r\n", 220)
            c.command(b"EHLO bench.test\r\n", 250)
        c.command(b"MAIL FROM:<" + SENDER.encode() + b">\r\n", 250)
        c.command(b"RCPT TO:<" + RECIPIENT.encode() + b">\r\n", 250)
        c.command(b"DATA\r\n", 354)
        c.command(body + b".\r\n", 250)
        return time.perf_counter() - started
    finally:
        c.close()


def dot_stuff(message):
    lines = message.split(b"\r\n")
    return b"\r\n".join(b"." + l if l.startswith(b".") else l for l in lines).rstrip(b"\r\n") + b"\r\n"


def _run_threads(port, bodies, count, threads, offset, out, xclient):
    """One load process: `threads` workers share `count` messages; results go to queue `out`."""
    next_index = [0]
    lock = threading.Lock()
    latencies, errors = [], []

    def worker():
        while True:
            with lock:
                i = next_index[0]
                if i >= count:
                    return
                next_index[0] += 1
            try:
                latency = send_one(port, bodies[(offset + i) % len(bodies)], xclient)
                with lock:
                    latencies.append(latency)
            except (OSError, SmtpError) as e:
                with lock:
                    errors.append(str(e))

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    out.put((latencies, errors))


XCLIENT = False  # --xclient; read by the load processes, which fork after main() sets it


def run_load(port, messages, count, concurrency):
    """Sends `count` messages (cycling through the mix) over `concurrency` connections at a time.

    Up to 4 processes share the connections so the client's GIL does not cap the rate (one
    Python process manages ~1000 msg/s at concurrency 1 but ~570 at 16 against smtp-sink).
    """
    bodies = [dot_stuff(m) for _, m in messages]
    procs = min(4, concurrency)
    out = multiprocessing.Queue()
    shares = [count // procs + (1 if i < count % procs else 0) for i in range(procs)]
    threads = [concurrency // procs + (1 if i < concurrency % procs else 0) for i in range(procs)]
    workers = [multiprocessing.Process(target=_run_threads, args=(port, bodies, shares[i], threads[i], i, out, XCLIENT))
               for i in range(procs)]
    started = time.perf_counter()
    for w in workers:
        w.start()
    latencies, errors = [], []
    for _ in workers:
        lat, err = out.get()
        latencies += lat
        errors += err
    elapsed = time.perf_counter() - started
    for w in workers:
        w.join()
    return latencies, errors, elapsed


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[k]


# -- the sink and the milters -------------------------------------------------------------------
class SmtpSinkProcess:
    """Postfix's smtp-sink (C, fast) as the relay host: accepts and discards every message."""

    def __init__(self, root):
        self.port = free_port()
        self.process = None
        self.root = root

    def start(self):
        self.process = subprocess.Popen(["smtp-sink", "-u", "postfix", "127.0.0.1:%d" % self.port, "256"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("smtp-sink did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def _descendants(pids):
    """The given processes and all their descendants (rspamd's workers, for instance)."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    out, todo = [], list(pids)
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _status_kib(pid, key, filename="status"):
    with open("/proc/%d/%s" % (pid, filename)) as f:
        for line in f:
            name, _, rest = line.partition(":")
            if name == key:
                return int(rest.split()[0])
    raise ValueError(key)


def rss_of(pids):
    """(PSS, peak RSS) in MiB summed over the processes and their descendants, or (None, None).

    PSS shares pages between the processes that map them, so several workers of one daemon
    (rspamd) are not counted once per worker; the peak is VmHWM summed, an upper bound.
    """
    pss = hwm = 0.0
    found = False
    for pid in _descendants(pids):
        try:
            pss += _status_kib(pid, "Pss", "smaps_rollup") / 1024.0
            hwm += _status_kib(pid, "VmHWM") / 1024.0
            found = True
        except (OSError, ValueError):
            continue
    return (pss, hwm) if found else (None, None)


def with_test_clamav_db(text):
    """The config text pointing ClamAV at the test signatures (tests/data/clamav): Debian ships
    none, and the issue's targets are measured with the test database."""
    db = os.path.join(REPO_ROOT, "tests", "data", "clamav")
    if "[clamav]" not in text:
        return text + '\n[clamav]\ndatabase_dir = "%s"\n' % db
    out, section = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        if section == "[clamav]" and stripped.split("=", 1)[0].strip() == "database_dir":
            line = 'database_dir = "%s"' % db
        out.append(line)
    return "\n".join(out) + "\n"


def aup_config(root, listen, config_dir, metrics_listen=""):
    """The embedded default config (every policy, as shipped) with listen, spool and logs in root,
    and loopback as a trusted (internal) network: the benchmark's client is the school's own
    submission host, so mail is outbound and every policy has work to do. metrics_listen: the
    [metrics] listen address ("" = metrics off), a port of each setup's own."""
    with open(os.path.join(REPO_ROOT, "config", "aup-milter.toml")) as f:
        text = f.read()
    replacements = {
        "listen": '"%s"' % listen,
        "spool_dir": '"%s/spool"' % root,
        "audit": '"%s/log/audit.jsonl"' % root,
    }
    out, section = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        key = stripped.split("=", 1)[0].strip() if "=" in stripped and not stripped.startswith("#") else None
        if key in replacements and section in ("[milter]", "[log]"):
            line = "%s = %s" % (key, replacements[key])
        if key == "trusted_networks" and section == "[organisation]":
            line = 'trusted_networks = ["127.0.0.0/8"]'
        if key == "dir" and section == "[quarantine]":
            line = 'dir = "%s/quarantine"' % root
        if key == "listen" and section == "[metrics]":
            line = 'listen = "%s"' % metrics_listen
        out.append(line)
    path = os.path.join(config_dir, "aup-milter.toml")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    return path


class AupMilterPeer:
    """aup-milter with the shipped default config, on a unix or TCP socket."""

    def __init__(self, binary, transport, name=None, rules_dir=None, metrics=True):
        self.binary = binary
        self.metrics = metrics  # serve /metrics on a port of its own (the shipped config has it on)
        self.rules_dir = rules_dir  # content rule files to use instead of the shipped ones
        self.transport = transport  # "unix", "tcp" or "tcp-relay" (bench/tcp_relay.py in front of unix)
        self.name = name or "aup-" + transport
        self.milter = None
        self.relay = None

    def start(self, root):
        config_dir = os.path.join(root, "aup-etc")
        shutil.copytree(os.path.join(REPO_ROOT, "config"), config_dir,
                        ignore=shutil.ignore_patterns("*.cpp", "*.h", "CMakeLists.txt"))
        os.makedirs(os.path.join(root, "spool"), exist_ok=True)
        os.makedirs(os.path.join(root, "log"), exist_ok=True)
        if self.transport in ("unix", "tcp-relay"):
            socket_path = os.path.join(root, "queue", "aup-milter", "milter.sock")
            os.makedirs(os.path.dirname(socket_path), exist_ok=True)
            listen, smtpd_milters, wait_path = "unix:" + socket_path, "unix:" + socket_path, socket_path
        else:
            port = free_port()
            listen, smtpd_milters = "inet:%d@127.0.0.1" % port, "inet:127.0.0.1:%d" % port
            wait_path = config_dir  # nothing to wait for on disk: the ready line is enough
        config = aup_config(root, listen, config_dir, "127.0.0.1:%d" % free_port() if self.metrics else "")
        with open(config) as f:
            plain = f.read()
        if self.rules_dir:
            for policy in ("chain-letter", "dlp-unencrypted"):
                plain = plain.replace("[policy.%s]\n" % policy, '[policy.%s]\nrules = "%s/%s.rules"\n'
                                      % (policy, self.rules_dir, policy), 1)
        with open(config, "w") as f:
            f.write(with_test_clamav_db(plain))
        check = subprocess.run([self.binary, "--check-config", "--config", config], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, timeout=120)
        if check.returncode != 0:  # this build has no ClamAV policy (or another [clamav] layout)
            with open(config, "w") as f:
                f.write(plain)
        self.milter = MilterProcess(self.binary, config, os.path.join(root, "log", "aup-milter.log"), wait_path)
        self.milter.start()
        if self.transport == "tcp-relay":
            port = free_port()
            # AUP_RELAY_OPTIONS=nodelay / quickack / none: which option does the work.
            self.relay = subprocess.Popen([sys.executable, os.path.join(REPO_ROOT, "bench", "tcp_relay.py"),
                                           "--listen", "127.0.0.1:%d" % port, "--to", socket_path, "--options",
                                           os.environ.get("AUP_RELAY_OPTIONS", "nodelay,quickack")],
                                          stdout=subprocess.PIPE, text=True)
            self.relay.stdout.readline()  # "tcp_relay ready on ..."
            smtpd_milters = "inet:127.0.0.1:%d" % port
        return smtpd_milters

    def pids(self):
        return [self.milter.pid] if self.milter else []

    def stop(self):
        if self.relay and self.relay.poll() is None:
            self.relay.terminate()
            self.relay.wait(timeout=10)
        if self.milter:
            self.milter.stop()


# -- one setup ----------------------------------------------------------------------------------
class Setup:
    """One Postfix (own root, sink and port) with one peer milter, or none, kept up for the run."""

    def __init__(self, name, peer):
        self.name = name
        self.peer = peer
        self.root = tempfile.mkdtemp(prefix="aup-bench-")
        os.chmod(self.root, 0o755)
        self.sink = SmtpSinkProcess(self.root)
        self.postfix = None
        self.runs = {}  # concurrency -> {"latencies": [], "errors": [], "elapsed": seconds}

    def start(self):
        self.sink.start()
        smtpd_milters = self.peer.start(self.root) if self.peer else ""
        self.postfix = PostfixInstance(self.root, free_port(), self.sink.port, smtpd_milters)
        self.postfix.tls = False  # no STARTTLS: not what we measure
        self.postfix.write_config("default_process_limit = 200\n")
        self.postfix.start()

    def queued(self):
        """Messages still in this Postfix's queue (incoming, active, deferred)."""
        total = 0
        for sub in ("incoming", "active", "deferred"):
            for _, _, files in os.walk(os.path.join(self.postfix.queue_dir, sub)):
                total += len(files)
        return total

    def drain(self, timeout=120.0):
        """Waits until Postfix has delivered what it accepted, so it does not load the next run."""
        deadline = time.monotonic() + timeout
        while self.queued() and time.monotonic() < deadline:
            time.sleep(0.1)

    def run(self, messages, count, concurrency):
        latencies, errors, elapsed = run_load(self.postfix.smtpd_port, messages, count, concurrency)
        self.drain()
        acc = self.runs.setdefault(concurrency, {"latencies": [], "errors": [], "elapsed": 0.0})
        acc["latencies"] += latencies
        acc["errors"] += errors
        acc["elapsed"] += elapsed

    def result(self, concurrency):
        acc = self.runs[concurrency]
        rss, hwm = rss_of(self.peer.pids()) if self.peer else (None, None)
        lat = acc["latencies"]
        return {"setup": self.name, "concurrency": concurrency, "sent": len(lat) + len(acc["errors"]),
                "accepted": len(lat), "errors": len(acc["errors"]),
                "first_error": acc["errors"][0] if acc["errors"] else "",
                "msgs_per_s": len(lat) / acc["elapsed"] if acc["elapsed"] else 0.0,
                "p50_ms": percentile(lat, 50) * 1000, "p99_ms": percentile(lat, 99) * 1000,
                "rss_mb": rss, "hwm_mb": hwm}

    def stop(self):
        for step in (lambda: self.postfix and self.postfix.stop(), lambda: self.peer and self.peer.stop(),
                     self.sink.stop):
            try:
                step()
            except Exception as e:  # keep tearing down the rest
                print("  %s: teardown: %s" % (self.name, e), file=sys.stderr)
        if os.environ.get("AUP_KEEP_TMP") != "1":
            shutil.rmtree(self.root, ignore_errors=True)


def measure(setups, messages, counts, rounds):
    """Interleaves the setups: every round runs each setup at each concurrency for a share of the
    messages, in a rotating order, so that load from elsewhere on the machine lands on all of
    them alike instead of on whichever ran at the wrong moment."""
    for setup in setups:
        run_load(setup.postfix.smtpd_port, messages, 20, 4)  # warm up smtpd, cleanup, the milter
        setup.drain()
    for r in range(rounds):
        order = setups[r % len(setups):] + setups[:r % len(setups)]
        for concurrency, count_for in counts:
            for setup in order:
                setup.run(messages, max(1, count_for(setup.name) // rounds), concurrency)
        print("  round %d/%d done" % (r + 1, rounds), flush=True)
    return [setup.result(c) for setup in setups for c, _ in counts]


def baselines(results):
    """Baseline msgs/s per concurrency."""
    return {r["concurrency"]: r["msgs_per_s"] for r in results if r["setup"] == "baseline"}


def markdown_table(results):
    base = baselines(results)
    lines = ["| setup | concurrency | msgs/s | ratio to baseline | p50 ms | p99 ms | milter PSS MiB (peak RSS) | errors |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        ratio = "%.2fx" % (r["msgs_per_s"] / base[r["concurrency"]]) if base.get(r["concurrency"]) else "-"
        rss = "-" if r["rss_mb"] is None else "%.0f (%.0f)" % (r["rss_mb"], r["hwm_mb"])
        lines.append("| %s | %d | %.1f | %s | %.1f | %.1f | %s | %d |" % (
            r["setup"], r["concurrency"], r["msgs_per_s"], ratio, r["p50_ms"], r["p99_ms"], rss, r["errors"]))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--milter", default=os.environ.get("AUP_MILTER_BIN"), help="aup-milter binary")
    parser.add_argument("--messages", type=int, default=480, help="messages per setup at concurrency 16")
    parser.add_argument("--messages-c1", type=int, default=180, help="messages per setup at concurrency 1")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds the messages are split into")
    parser.add_argument("--milter-b", help="a second aup-milter binary (e.g. an older commit), measured as "
                                           "setup aup-unix-b in the same interleaved run")
    parser.add_argument("--rules-c", help="a directory of content rule files (chain-letter.rules, "
                                          "dlp-unencrypted.rules): setup aup-unix-rules-c runs --milter on them")
    parser.add_argument("--setups", default="baseline,aup-unix,accept-unix,accept-noreply-unix,clamav-milter,rspamd,"
                                                "aup-tcp,accept-tcp,"
                                                "aup-tcp-relay")
    parser.add_argument("--xclient", action="store_true",
                        help="identify the sender with XCLIENT LOGIN= (two milter connections per message)")
    parser.add_argument("--json", help="also write the results as JSON here")
    args = parser.parse_args()
    global XCLIENT
    XCLIENT = args.xclient
    if os.geteuid() != 0:
        sys.exit("needs root (Postfix's master runs as root)")
    if not args.milter or not os.path.exists(args.milter):
        sys.exit("give --milter PATH (or AUP_MILTER_BIN) to aup-milter")

    messages = message_mix()
    slow_tcp = ("aup-tcp", "accept-tcp")  # ~50 ms per message at concurrency 1: fewer messages there
    counts = [(1, lambda name: args.messages_c1 // 4 if name in slow_tcp else args.messages_c1),
              (16, lambda name: args.messages)]
    factories = {
        "baseline": lambda: None,
        "aup-unix": lambda: AupMilterPeer(args.milter, "unix"),
        "aup-unix-b": lambda: AupMilterPeer(args.milter_b, "unix", name="aup-unix-b"),
        "aup-unix-nometrics": lambda: AupMilterPeer(args.milter, "unix", name="aup-unix-nometrics", metrics=False),
        "aup-unix-rules-c": lambda: AupMilterPeer(args.milter, "unix", name="aup-unix-rules-c", rules_dir=args.rules_c),
        "aup-tcp": lambda: AupMilterPeer(args.milter, "tcp"),
        "aup-tcp-relay": lambda: AupMilterPeer(args.milter, "tcp-relay"),
        "accept-unix": lambda: AcceptMilterPeer("unix"),
        "accept-tcp": lambda: AcceptMilterPeer("tcp"),
        "accept-noreply-unix": lambda: AcceptMilterPeer("unix", no_reply=True),
        "clamav-milter": lambda: ClamavMilterPeer(),
        "rspamd": lambda: RspamdPeer(),
    }
    print("message mix: %s" % ", ".join("%s (%d bytes)" % (n, len(m)) for n, m in messages), flush=True)
    setups = []
    try:
        for name in args.setups.split(","):
            peer = factories[name]()
            why = peer.available() if peer is not None and hasattr(peer, "available") else ""
            if why:
                print("  %-14s skipped: %s" % (name, why), flush=True)
                continue
            setup = Setup(name, peer)
            try:
                setup.start()
            except Exception as e:  # a peer that will not run is reported, not fatal
                print("  %-14s FAILED to start: %s" % (name, e), flush=True)
                setup.stop()
                continue
            setups.append(setup)
            print("  %-14s started" % name, flush=True)
        results = measure(setups, messages, counts, args.rounds)
    finally:
        for setup in setups:
            setup.stop()
    print()
    print("load average at the end: %s (2 cores, shared with other work)"
          % " ".join(open("/proc/loadavg").read().split()[:3]))
    print(markdown_table(results))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "cpus": os.cpu_count(),
                       "rounds": args.rounds, "xclient": args.xclient, "messages": [(n, len(m)) for n, m in messages],
                       "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
