#!/usr/bin/env python3
"""`aupctl quarantine` end to end: list/show/release/delete/purge against a real store in a temp
dir, release re-injected to an SMTP sink on a free loopback port, every action audited."""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import unittest

AUPCTL = os.environ["AUPCTL_BIN"]
PUT = os.environ["QUARANTINE_PUT_BIN"]
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "integration"))
from smtp_sink import SmtpSink  # noqa: E402

MESSAGE = (b"From: J Smith <j.smith@school.example>\r\nTo: parent@example.net\r\n"
           b"Subject: Pupil list\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
           b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Hello,\r\n.a line starting with a dot\r\nterminal trick \x1b[31mRED\x1b[0m\r\n\r\n"
           b"--b1\r\nContent-Type: text/csv; name=\"pupils.csv\"\r\nContent-Disposition: attachment; filename=\"pupils.csv\"\r\n\r\n"
           b"name,uln\r\nAlice,SECRET-ATTACHMENT-ROW\r\n\r\n--b1--\r\n")


class QuarantineCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.sink = SmtpSink().start()
        d = self.tmp.name
        self.key_file = os.path.join(d, "release.key")
        with open(self.key_file, "w") as f:
            f.write("00112233445566778899aabbccddeeff\n")
        os.chmod(self.key_file, 0o640)  # a key others can read is refused
        self.config = os.path.join(d, "aup-milter.toml")
        with open(self.config, "w") as f:
            f.write(textwrap.dedent(f"""\
                [organisation]
                internal_domains = ["school.example"]
                postmaster = "postmaster@school.example"
                [quarantine]
                dir = "{d}/q"
                release_port = {self.sink.port}
                release_secret_file = "{self.key_file}"
                [notices]
                template_dir = "{REPO}/config/templates"
                [log]
                audit = "{d}/audit.jsonl"
                """))

    def tearDown(self):
        self.sink.stop()
        self.tmp.cleanup()

    def put(self, message=MESSAGE, sender="j.smith@school.example", rcpts=("parent@example.net",)):
        out = subprocess.run([PUT, os.path.join(self.tmp.name, "q"), sender, *rcpts], input=message,
                             capture_output=True, timeout=60)
        self.assertEqual(out.returncode, 0, out.stderr)
        return out.stdout.decode().strip()

    def aupctl(self, *args):
        return subprocess.run([AUPCTL, "quarantine", "--config", self.config, *args], capture_output=True, timeout=60)

    def audit_lines(self):
        with open(os.path.join(self.tmp.name, "audit.jsonl")) as f:
            return [json.loads(line) for line in f if line.strip()]

    def test_list_filters_and_json(self):
        a = self.put()
        b = self.put(sender="k.jones@school.example", rcpts=("gov@example.org",))
        out = self.aupctl("list")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn(a.encode(), out.stdout)
        self.assertIn(b.encode(), out.stdout)
        records = json.loads(self.aupctl("list", "--json", "--sender", "k.jones").stdout)
        self.assertEqual([r["id"] for r in records], [b])
        self.assertEqual(records[0]["reasons"][0]["evidence"], "ULN 12******90")
        self.assertEqual(json.loads(self.aupctl("list", "--json", "--recipient", "parent@").stdout)[0]["id"], a)
        self.assertEqual(json.loads(self.aupctl("list", "--json", "--policy", "chain-letter").stdout), [])
        self.assertEqual(len(json.loads(self.aupctl("list", "--json", "--since", "1h", "--state", "held").stdout)), 2)
        self.assertNotEqual(self.aupctl("list", "--state", "lost").returncode, 0)

    def test_show_escapes_terminal_controls_and_never_shows_attachments(self):
        qid = self.put()
        out = self.aupctl("show", qid)
        self.assertEqual(out.returncode, 0, out.stderr)
        text = out.stdout.decode()
        for expected in ("j.smith@school.example", "parent@example.net", "dlp-unencrypted / uln", "ULN 12******90",
                         "send learner data through the secure route", "Subject: Pupil list", "pupils.csv",
                         "attachment (not shown)", "Hello,", "\\x1b[31mRED"):
            self.assertIn(expected, text)
        self.assertNotIn("\x1b", text)
        self.assertNotIn("SECRET-ATTACHMENT-ROW", text)

    def test_invalid_ids_are_refused_before_touching_files(self):
        for bad in ("../../etc/passwd", "0123456789ABCDEF0123456789ABCDEF", "x"):
            for command in ("show", "release", "delete"):
                out = self.aupctl(command, bad)
                self.assertEqual(out.returncode, 2, (command, bad, out.stderr))
                self.assertIn(b"is not a quarantine id", out.stderr)

    def test_release_reinjects_original_bytes_with_token_and_audits(self):
        qid = self.put()
        out = self.aupctl("release", qid)
        self.assertEqual(out.returncode, 0, out.stderr)
        got = self.sink.wait_for(lambda m: True, timeout=10)
        self.assertIsNotNone(got)
        self.assertEqual(got.rcpts, ["parent@example.net"])
        self.assertEqual(got.mail_from, "j.smith@school.example")
        header, rest = got.data.split(b"\r\n", 1)
        self.assertTrue(header.startswith(b"X-AUP-Released: v2; id=" + qid.encode()), header)
        self.assertEqual(rest, MESSAGE)
        record = json.loads(self.aupctl("show", "--json", qid).stdout)
        self.assertEqual(record["state"], "released")
        self.assertTrue(record["actor"])
        actions = [(line["action"], line["quarantine_id"]) for line in self.audit_lines()]
        self.assertIn(("release", qid), actions)

    def test_a_key_file_others_can_read_is_refused(self):
        qid = self.put()
        os.chmod(self.key_file, 0o644)
        out = self.aupctl("release", qid)
        self.assertEqual(out.returncode, 2, out.stderr)
        self.assertIn(b"readable by others", out.stderr)

    def test_release_to_another_address(self):
        qid = self.put()
        self.assertEqual(self.aupctl("release", qid, "--to", "it@school.example").returncode, 0)
        got = self.sink.wait_for(lambda m: True, timeout=10)
        self.assertEqual(got.rcpts, ["it@school.example"])

    def test_delete_removes_file_and_audits(self):
        qid = self.put()
        out = self.aupctl("delete", qid)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "q", "messages", qid + ".eml")))
        self.assertIn(b"the message file is gone", self.aupctl("show", qid).stdout)
        self.assertNotEqual(self.aupctl("release", qid).returncode, 0)
        self.assertIn(("delete", qid), [(l["action"], l["quarantine_id"]) for l in self.audit_lines()])

    def trail(self, qid):
        with sqlite3.connect(os.path.join(self.tmp.name, "q", "quarantine.db")) as db:
            return db.execute("SELECT action, actor, origin, reason, mta_reply FROM events WHERE message_id = ? "
                              "ORDER BY seq", (qid,)).fetchall()

    def test_release_and_delete_write_the_same_trail_the_console_shows(self):
        released, deleted = self.put(), self.put()
        self.assertEqual(self.aupctl("release", released, "--reason", "parent asked").returncode, 0)
        self.assertEqual(self.aupctl("delete", deleted, "--reason", "spam").returncode, 0)
        (action, actor, origin, reason, reply), = self.trail(released)
        self.assertEqual(("release", "parent asked"), (action, reason))
        self.assertTrue(actor)
        self.assertTrue(origin.startswith("aupctl"), origin)
        self.assertTrue(reply.startswith("250"), reply)
        self.assertEqual([("delete", "spam")], [(row[0], row[3]) for row in self.trail(deleted)])

    def add_request(self, qid, requested_by):
        with sqlite3.connect(os.path.join(self.tmp.name, "q", "quarantine.db")) as db:
            return db.execute("INSERT INTO release_requests(message_id, requested_at, requested_by, reason, state) "
                              "VALUES(?, 1700000000, ?, 'please', 'requested')", (qid, requested_by)).lastrowid

    def requests_and_notices(self, qid):
        with sqlite3.connect(os.path.join(self.tmp.name, "q", "quarantine.db")) as db:
            requests = db.execute("SELECT id, state, decided_by, decision_note FROM release_requests "
                                  "WHERE message_id = ? ORDER BY id", (qid,)).fetchall()
            notices = db.execute("SELECT recipient, message FROM notices ORDER BY id").fetchall()
        return requests, notices

    def test_a_direct_delete_or_release_closes_waiting_requests_and_tells_the_sender(self):
        for command, extra, told in (("delete", ("--reason", "confidential referral"), "the message was deleted"),
                                     ("release", ("--reason", "confidential check"), "the message was released")):
            with self.subTest(command=command):
                qid = self.put()
                by_link = self.add_request(qid, "notice-link:j.smith@school.example")
                by_helpdesk = self.add_request(qid, "helpdesk1")
                out = self.aupctl(command, qid, *extra)
                self.assertEqual(out.returncode, 0, out.stderr)
                self.assertIn(f"closed release request {by_link} by notice-link:j.smith@school.example".encode(),
                              out.stdout)
                requests, notices = self.requests_and_notices(qid)
                self.assertEqual([(r[0], r[1]) for r in requests], [(by_link, "superseded"), (by_helpdesk, "superseded")])
                self.assertTrue(requests[0][2])  # who did it
                # The sender, who asked through their notice's link, is told once; the helpdesk's request tells nobody.
                mine = [n for n in notices if told in n[1].replace("=\r\n", "")]
                self.assertEqual([n[0] for n in mine], ["j.smith@school.example"])
                self.assertNotIn("confidential", mine[0][1])
                self.assertEqual([row[0] for row in self.trail(qid)],
                                 [command, "request-superseded", "request-superseded", "outcome-notice"])
                audited = [l["action"] for l in self.audit_lines() if l["quarantine_id"] == qid]
                self.assertEqual(audited.count("request-superseded"), 2)
                self.assertEqual(audited.count("outcome-notice"), 1)

    def test_purge_removes_only_messages_past_retention(self):
        old, new = self.put(), self.put()
        db = sqlite3.connect(os.path.join(self.tmp.name, "q", "quarantine.db"))
        db.execute("UPDATE messages SET received_at = received_at - 40 * 86400 WHERE id = ?", (old,))
        db.commit()
        db.close()
        out = self.aupctl("purge")  # [quarantine] retention defaults to 30d
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn(b"purged 1 message", out.stdout)
        ids = [r["id"] for r in json.loads(self.aupctl("list", "--json").stdout)]
        self.assertEqual(ids, [new])
        self.assertIn(("purge", old), [(l["action"], l["quarantine_id"]) for l in self.audit_lines()])
        self.assertNotEqual(self.aupctl("purge", "--older-than", "soon").returncode, 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
