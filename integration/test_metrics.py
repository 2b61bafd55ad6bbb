"""Prometheus metrics: aup-milter serves /metrics ([metrics] listen, a loopback port of the test's
own); known mail goes through the real Postfix, and the counters it should move are read back
from a scrape before and after. `aupctl status` reads the same endpoint.

Run through ctest (integration.metrics), which sets AUP_MILTER_BIN and AUPCTL_BIN; needs root.
"""

import os
import re
import subprocess
import sys
import unittest
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import SharedHarnessTest, free_port, unique, wait_until  # noqa: E402

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)$')


def scrape(port):
    """{(name, frozenset(labels)): value} of every sample on /metrics."""
    with urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=5) as response:
        text = response.read().decode()
    samples = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = SAMPLE.match(line)
        if not m:
            raise AssertionError("not Prometheus text format: %r" % line)
        labels = frozenset(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', m.group(2) or ""))
        samples[(m.group(1), labels)] = float(m.group(3))
    return samples


def value(samples, name, **labels):
    return samples.get((name, frozenset(labels.items())), 0.0)


def message(subject, body="Hello.", from_header="J Smith <j.smith@school.example>"):
    lines = ([("From: " + from_header)] if from_header else []) + [
        "To: friend@example.net", "Subject: " + subject, "Date: Sun, 22 Nov 2026 10:00:00 +0000",
        "Message-ID: <%s@client.test>" % uuid.uuid4().hex]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


def second_milter_config(text, socket_path, quarantine_dir):
    """The harness's config for a second milter of a test's own: its own socket (a start removes a
    stale socket file, so never the harness's), its own store (so it sends none of the harness's
    notices) and its own spool directory (a start clears leftover spool files)."""
    text = re.sub(r'(?m)^listen = "unix:[^"]*"', 'listen = "unix:%s"' % socket_path, text, count=1)
    text = re.sub(r'(?m)^spool_dir = "[^"]*"', 'spool_dir = "%s-spool"' % quarantine_dir, text, count=1)
    return re.sub(r'(?m)^dir = "[^"]*"', 'dir = "%s"' % quarantine_dir, text, count=1)


CHAIN_LETTER = ("This is a chain letter. Forward this message to ten people within 24 hours or you will "
                "have bad luck for seven years. Do not break the chain!")


class MetricsTest(SharedHarnessTest):

    @classmethod
    def prepare(cls, harness):
        cls.port = free_port()
        harness.policy_toml = '\n[metrics]\nlisten = "127.0.0.1:%d"\n' % cls.port

    def scrape_after(self, before, name, delta, **labels):
        """Waits until `name{labels}` has grown by `delta` since `before` (the milter records after answering)."""
        def moved():
            now = scrape(self.port)
            return now if value(now, name, **labels) - value(before, name, **labels) >= delta else None
        after = wait_until(moved, timeout=10)
        self.assertIsNotNone(after, "%s%r did not grow by %s\n%s" % (name, labels, delta, self.harness.diagnostics()))
        self.assertEqual(delta, value(after, name, **labels) - value(before, name, **labels))
        return after

    def test_accepted_outbound_mail_counts_once(self):
        before = scrape(self.port)
        outcome = self.harness.send(message(unique("metrics accept")), "j.smith@school.example",
                                    ["friend@example.net"], login="j.smith@school.example")
        self.assertTrue(outcome.accepted, outcome)
        after = self.scrape_after(before, "aup_milter_messages_total", 1, direction="outbound", action="accept")
        self.assertEqual(value(before, "aup_milter_messages_total", direction="outbound", action="reject"),
                         value(after, "aup_milter_messages_total", direction="outbound", action="reject"))
        # Every scanner timed the message once.
        self.assertEqual(1, value(after, "aup_milter_message_scan_duration_seconds_count")
                         - value(before, "aup_milter_message_scan_duration_seconds_count"))

    def test_a_chain_letter_counts_as_reject_with_its_policy_and_rule(self):
        before = scrape(self.port)
        outcome = self.harness.send(message(unique("metrics chain"), CHAIN_LETTER), "j.smith@school.example",
                                    ["friend@example.net"], login="j.smith@school.example")
        self.assertEqual(550, outcome.code, outcome)
        after = self.scrape_after(before, "aup_milter_messages_total", 1, direction="outbound", action="reject")
        grown = {labels: v - before.get((name, labels), 0.0) for (name, labels), v in after.items()
                 if name == "aup_milter_findings_total" and v > before.get((name, labels), 0.0)}
        self.assertIn(frozenset({("policy", "chain-letter"), ("rule", "chain-letter")}), grown, grown)

    def test_mail_held_from_outside_counts_as_quarantine_and_raises_the_backlog(self):
        before = scrape(self.port)
        outcome = self.harness.send(message(unique("metrics held"), from_header=None), "someone@example.net",
                                    ["teacher@school.example"], client_addr="203.0.113.7")
        self.assertTrue(outcome.accepted, outcome)
        after = self.scrape_after(before, "aup_milter_messages_total", 1, direction="inbound", action="quarantine")
        self.assertGreaterEqual(value(after, "aup_milter_quarantine_held_messages"), 1)
        self.assertGreater(value(after, "aup_milter_quarantine_oldest_held_timestamp_seconds"), 0)

    def test_reloads_are_counted_by_result(self):
        before = scrape(self.port)
        self.harness.reload_milter()
        after = self.scrape_after(before, "aup_milter_config_reloads_total", 1, result="ok")
        self.assertGreaterEqual(value(after, "aup_milter_config_last_reload_timestamp_seconds", result="ok"),
                                value(before, "aup_milter_config_last_reload_timestamp_seconds", result="ok"))

    def test_state_values_are_present(self):
        samples = scrape(self.port)
        names = {name for name, _ in samples}
        for name in ("aup_milter_open_sessions", "aup_milter_notice_outbox_pending", "aup_milter_clamav_signatures",
                     "aup_milter_clamav_database_timestamp_seconds", "aup_milter_config_info"):
            self.assertIn(name, names)

    def test_a_metrics_address_in_use_stops_the_start_and_names_the_fix(self):
        import socket
        taken = socket.socket()
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        try:
            with open(self.harness.config_path) as f:
                text = f.read()
            # A second milter on its own socket (never the harness's: a start removes a stale socket file).
            other_socket = os.path.join(self.harness.root, "second-milter.sock")
            text = second_milter_config(text, other_socket, os.path.join(self.harness.root, "q-port-taken"))
            text = text.replace('listen = "127.0.0.1:%d"' % self.port, 'listen = "127.0.0.1:%d"' % taken.getsockname()[1])
            config = os.path.join(self.harness.root, "metrics-port-taken.toml")
            with open(config, "w") as f:
                f.write(text)
            result = subprocess.run([os.environ["AUP_MILTER_BIN"], "--config", config, "--foreground"],
                                    capture_output=True, text=True, timeout=120)
            self.assertEqual(73, result.returncode, result.stderr)
            self.assertIn("cannot serve metrics on 127.0.0.1:%d ([metrics] listen)" % taken.getsockname()[1],
                          result.stderr)
            self.assertIn("(fix: docs/metrics.md", result.stderr)
            self.assertTrue(self.harness.milter.running(), "the harness's milter is untouched")
        finally:
            taken.close()

    def test_systemd_is_told_ready_reloading_and_stopping(self):
        """Type=notify: the daemon sends READY=1 once it accepts connections, RELOADING=1 then READY=1
        around a SIGHUP reload, STOPPING=1 on SIGTERM, to $NOTIFY_SOCKET (a datagram socket of ours)."""
        import signal
        import socket
        notify_path = os.path.join(self.harness.root, "notify.sock")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        listener.bind(notify_path)
        listener.settimeout(60)
        with open(self.harness.config_path) as f:
            text = f.read()
        other_socket = os.path.join(self.harness.root, "notify-milter.sock")
        text = second_milter_config(text, other_socket, os.path.join(self.harness.root, "q-notify"))
        text = text.replace('listen = "127.0.0.1:%d"' % self.port, 'listen = ""')
        config = os.path.join(self.harness.root, "notify.toml")
        with open(config, "w") as f:
            f.write(text)
        env = dict(os.environ, NOTIFY_SOCKET=notify_path)
        milter = subprocess.Popen([os.environ["AUP_MILTER_BIN"], "--config", config, "--foreground"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            def next_state():
                return listener.recv(4096).decode()
            ready = next_state()
            self.assertIn("READY=1", ready.split("\n"))
            self.assertTrue(os.path.exists(other_socket), "READY only once the socket is open")
            milter.send_signal(signal.SIGHUP)
            reloading = next_state()
            self.assertIn("RELOADING=1", reloading.split("\n"))
            self.assertRegex(reloading, r"MONOTONIC_USEC=\d+")
            self.assertIn("READY=1", next_state().split("\n"))
            milter.send_signal(signal.SIGTERM)
            self.assertIn("STOPPING=1", next_state().split("\n"))
            self.assertEqual(0, milter.wait(timeout=60))
        finally:
            if milter.poll() is None:
                milter.kill()
                milter.wait(timeout=10)
            listener.close()

    def test_aupctl_status_reports_the_running_milter(self):
        aupctl = os.environ.get("AUPCTL_BIN")
        if not aupctl:
            self.skipTest("AUPCTL_BIN not set")
        result = subprocess.run([aupctl, "status", "-c", self.harness.config_path], capture_output=True, text=True,
                                timeout=30)
        self.assertEqual(0, result.returncode, result.stdout + result.stderr)
        out = result.stdout
        self.assertRegex(out, r"(?m)^milter:\s+up")
        self.assertRegex(out, r"(?m)^config:\s+%s" % re.escape(self.harness.config_path))
        self.assertRegex(out, r"(?m)^last reload:\s+ok")
        self.assertRegex(out, r"(?m)^clamav:\s+\d+ signatures")
        self.assertRegex(out, r"(?m)^quarantine:\s+\d+ held")
        self.assertRegex(out, r"(?m)^notices:\s+\d+ pending")


if __name__ == "__main__":
    unittest.main(verbosity=2)
