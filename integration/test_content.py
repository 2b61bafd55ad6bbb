"""Content policies end to end: real Postfix -> real aup-milter (chain-letter, dlp-unencrypted) -> SMTP sink.

- A chain letter from a member of staff (XCLIENT LOGIN) to an outside address is refused with
  550 5.7.1 naming the chain-letter policy and what to do; nothing reaches the sink. A form the
  teacher asks parents to forward, and a "supply chain" notice, are delivered.
- Learner data (name, date of birth, a valid ULN next to "ULN") sent out unencrypted is
  quarantined: 250 to the client, nothing at the sink, an audit record with action quarantine
  naming dlp-unencrypted whose evidence is masked. The same data encrypted (S/MIME enveloped,
  PGP/MIME) and a message carrying only the usual confidentiality disclaimer are delivered.
- Inbound mail carrying a ULN is not outbound leakage: dlp-unencrypted checks outbound mail only
  (docs/rules.md), so it is delivered, whatever [policy.dlp-unencrypted] inbound_action says.

Run through ctest (integration.content), which sets AUP_MILTER_BIN; needs root.
"""

import base64
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import REPO_ROOT, SharedHarnessTest, unique  # noqa: E402

STAFF = "j.smith@school.example"
STAFF_FROM = "J Smith <j.smith@school.example>"
PARENT_FROM = "Parent <parent.one@example.org>"
OUTSIDER_ADDR = "203.0.113.9"
# A valid ULN (tests/data/vectors/uln.json), a pupil and a date of birth for the leak cases.
ULN = "7117325126"
ULN_MASKED = "ULN 71******26"
PUPIL = "Amy Brown"
DOB = "14/03/2012"

# The two content sections of config/aup-milter.toml, with the shipped rule files named explicitly.
POLICY_TOML = """
[policy.chain-letter]
enabled = true
action = "reject"
inbound_action = "quarantine"
rules = "{rules}/chain-letter.rules"

[policy.dlp-unencrypted]
enabled = true
action = "quarantine"
inbound_action = "quarantine"
rules = "{rules}/dlp-unencrypted.rules"
""".format(rules=os.path.join(REPO_ROOT, "rules"))

CHAIN_LETTER_BODY = (
    "Hi everyone!!\n"
    "\n"
    "This little angel has been sent to you for luck. Forward this to everyone you know before midnight.\n"
    "If you ignore it you will have bad luck for seven years.\n"
    "Don\u2019t break the chain!\n"
)

FORWARD_FORM_BODY = (
    "Dear parents,\n"
    "\n"
    "Please complete the attached consent form for the Year 5 trip and please forward this form to the\n"
    "school office by Friday. If you know a parent who has not received it, please forward this email to them.\n"
    "\n"
    "Mrs Jones\n"
)

SUPPLY_CHAIN_BODY = (
    "Dear all,\n"
    "\n"
    "Our supplier reports supply chain problems, so the exercise book order will arrive late.\n"
    "The chain of approval for purchase orders is unchanged. Please pass this on to your departments.\n"
    "\n"
    "Thanks, Finance\n"
)

LEARNER_BODY = (
    "Hello,\n"
    "\n"
    "For the college application, the pupil's details are:\n"
    "Name: %s\n"
    "Date of birth: %s\n"
    "ULN: %s\n"
    "\n"
    "Kind regards\n"
    "Mrs Jones\n" % (PUPIL, DOB, ULN)
)

DISCLAIMER_BODY = (
    "See you on Tuesday at the sports hall.\n"
    "\n"
    "--\n"
    "Mrs Jones, Year 5\n"
    "Tel 0113 496 0000\n"
    "Mob 07700 900123\n"
    "School Lane, Leeds LS1 4AB\n"
    "\n"
    "This email and any attachments are confidential and intended solely for the use of the individual\n"
    "to whom they are addressed.\n"
)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def outside_rcpt(label):
    """A fresh external recipient, so the audit record of one send can be found by its rcpts."""
    return "%s.%s@example.net" % (label, uuid.uuid4().hex[:8])


def build(subject, to, body=None, from_header=STAFF_FROM, mime=None):
    """One message (CRLF). `mime`: the top-level MIME headers and body as one string, replacing the
    default text/plain part made from `body`. Returns (bytes, message_id)."""
    message_id = "<%s@client.test>" % uuid.uuid4().hex
    if mime is None:
        mime = ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body)
    head = ("From: %s\nTo: %s\nSubject: %s\nDate: Sun, 22 Nov 2026 10:00:00 +0000\nMessage-ID: %s\n"
            "MIME-Version: 1.0\n" % (from_header, to, subject, message_id))
    return crlf(head + mime).encode("utf-8"), message_id


def smime_enveloped(inner_entity, workdir):
    """`inner_entity` encrypted with openssl to a throwaway certificate: the Content-Type ... lines
    and base64 body of a real S/MIME enveloped-data message (without MIME-Version)."""
    key, cert = os.path.join(workdir, "rcpt.key"), os.path.join(workdir, "rcpt.pem")
    if not os.path.exists(cert):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "2", "-subj", "/CN=parent.one@example.org"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    result = subprocess.run(["openssl", "smime", "-encrypt", "-aes256", cert], input=crlf(inner_entity).encode(),
                            check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    text = result.stdout.decode("ascii").replace("\r\n", "\n")
    lines = [line for line in text.split("\n") if not line.startswith("MIME-Version:")]
    return "\n".join(lines)


def pgp_mime(inner_entity):
    """A PGP/MIME (RFC 3156) multipart/encrypted body. The armoured payload stands in for
    ciphertext (random bytes around the inner entity, base64): no validator can read a ULN in it."""
    boundary = "pgp-" + uuid.uuid4().hex
    payload = base64.encodebytes(os.urandom(64) + inner_entity.encode("utf-8") + os.urandom(64)).decode()
    return ('Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="%s"\n\n'
            "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n"
            "--%s\nContent-Type: application/pgp-encrypted\nContent-Description: PGP/MIME version identification\n\n"
            "Version: 1\n\n"
            '--%s\nContent-Type: application/octet-stream; name="encrypted.asc"\n'
            'Content-Description: OpenPGP encrypted message\nContent-Disposition: inline; filename="encrypted.asc"\n\n'
            "-----BEGIN PGP MESSAGE-----\n\n%s-----END PGP MESSAGE-----\n\n--%s--\n"
            % (boundary, boundary, boundary, payload, boundary))


def smime_signed(inner_entity):
    """A multipart/signed S/MIME message: the text stays readable, so it is not "encrypted"."""
    boundary = "sig-" + uuid.uuid4().hex
    # A real smime.p7s is DER: a SEQUENCE holding the signedData OID. Bare random bytes are not one,
    # and libmagic calls about one in a hundred such blobs a DOS program (blocked as dangerous).
    der_signed_data = bytes.fromhex("3082012c06092a864886f70d010702a0")
    signature = base64.encodebytes(der_signed_data + os.urandom(284)).decode()
    return ('Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; '
            'boundary="%s"\n\n--%s\n%s\n--%s\nContent-Type: application/pkcs7-signature; name="smime.p7s"\n'
            'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="smime.p7s"\n\n%s\n--%s--\n'
            % (boundary, boundary, inner_entity, boundary, signature, boundary))


LEARNER_ENTITY = "Content-Type: text/plain; charset=utf-8\n\n" + LEARNER_BODY


class ContentPoliciesThroughPostfix(SharedHarnessTest):
    harness_options = {"policy_toml": POLICY_TOML}

    # -- helpers ----------------------------------------------------------------------------
    def send_staff(self, message, rcpt):
        return self.harness.send(message, STAFF, [rcpt], login=STAFF)

    def sink_copies(self, message_id):
        """Sink messages that are this message (by its Message-ID), not e.g. a notice about it."""
        return self.harness.sink.find(lambda m: m.header("Message-ID") == message_id)

    def delivered(self, message_id, timeout=30):
        return self.harness.delivered(message_id=message_id, timeout=timeout)

    def assert_not_delivered(self, message_id, subject, settle=3.0):
        """Nothing with this Message-ID or exactly this Subject reaches the sink (after a settle time)."""
        time.sleep(settle)
        self.assertEqual([], self.sink_copies(message_id))
        self.assertEqual([], self.harness.sink.find(lambda m: m.header("Subject") == subject))

    def audit_for(self, rcpt, timeout=10.0):
        """The decision records whose recipients include `rcpt` (waits for the first to appear)."""
        return self.harness.wait_for_audit(lambda r: r.get("event") == "decision" and rcpt in r.get("rcpts", []),
                                           timeout=timeout)

    def audit_lines_for(self, rcpt):
        with open(self.harness.audit_path, errors="replace") as f:
            return [line for line in f if rcpt in line]

    def record_for_queue_id(self, queue_id):
        """The decision on this message (notices to staff pass the milter too, with their own records)."""
        records = self.harness.wait_for_audit(lambda r: r.get("queue_id") == queue_id and r.get("event") == "decision")
        self.assertEqual(1, len(records), records)
        return records[0]

    def only_record(self, rcpt):
        records = self.audit_for(rcpt)
        self.assertEqual(1, len(records), records)
        return records[0]

    def policies(self, record):
        return [(r["policy"], r["rule"], r["action"]) for r in record["reasons"]]

    def assert_accepted_and_delivered(self, message, message_id, rcpt, direction):
        outcome = self.harness.send(message, STAFF, [rcpt], login=STAFF) if direction != "inbound" else \
            self.harness.send(message, "parent.one@example.org", [rcpt], client_addr=OUTSIDER_ADDR)
        self.assertTrue(outcome.accepted, outcome)
        # The audit record is written before the SMTP answer: check the decision first (a held
        # message is answered 250 too), then the delivery.
        record = self.record_for_queue_id(outcome.queue_id)
        self.assertEqual("accept", record["action"], record)
        self.assertEqual(direction, record["direction"], record)
        self.assertEqual(outcome.queue_id, record["queue_id"], record)
        received = self.delivered(message_id)
        self.assertIsNotNone(received, "message %s did not reach the sink" % message_id)
        self.assertEqual([rcpt], received.rcpts)
        verdict = received.header("X-AUP-Verdict") or ""
        self.assertTrue(verdict.startswith("accept; direction=%s" % direction), verdict)
        return received, record

    # -- 1. chain letter ----------------------------------------------------------------------
    def test_chain_letter_from_staff_to_outside_is_rejected_with_explanation(self):
        subject = unique("Fwd: Fwd: Fwd: a lucky angel")
        rcpt = outside_rcpt("friend")
        message, message_id = build(subject, rcpt, CHAIN_LETTER_BODY)
        outcome = self.send_staff(message, rcpt)
        self.assertEqual("data", outcome.stage, outcome)
        self.assertEqual(550, outcome.code, outcome)
        self.assertIn("5.7.1", outcome.text)
        self.assertIn("not accepted under the acceptable-use policy of Test School", outcome.text)
        self.assertIn("Policy chain-letter (rule chain-letter)", outcome.text)
        self.assertIn("looks like a chain letter", outcome.text)
        self.assertIn("break the chain", outcome.text)  # the evidence quotes the phrase
        self.assertIn("To fix: Do not forward chain letters; delete it.", outcome.text)
        self.assertIn("postmaster@school.example", outcome.text)
        record = self.only_record(rcpt)
        self.assertEqual("reject", record["action"], record)
        self.assertEqual("outbound", record["direction"], record)
        self.assertEqual(STAFF, record["auth_user"], record)
        self.assertIn(("chain-letter", "chain-letter", "reject"), self.policies(record))
        self.assert_not_delivered(message_id, subject)

    # -- 2. not chain letters -----------------------------------------------------------------
    def test_forward_this_form_to_the_office_is_delivered(self):
        subject = unique("Year 5 trip consent form")
        rcpt = outside_rcpt("parent")
        message, message_id = build(subject, rcpt, FORWARD_FORM_BODY)
        _, record = self.assert_accepted_and_delivered(message, message_id, rcpt, "outbound")
        self.assertEqual([], [r for r in record["reasons"] if r["policy"] == "chain-letter"], record)

    def test_supply_chain_notice_is_delivered(self):
        # Three forward prefixes and "please pass this on" score 3: below review_threshold (4).
        subject = unique("Fwd: Fwd: Fwd: supply chain delays for exercise books")
        rcpt = outside_rcpt("governor")
        message, message_id = build(subject, rcpt, SUPPLY_CHAIN_BODY)
        received, record = self.assert_accepted_and_delivered(message, message_id, rcpt, "outbound")
        self.assertEqual([], [r for r in record["reasons"] if r["policy"] == "chain-letter"], record)
        self.assertIn(b"supply chain problems", received.data)

    # -- 3. learner data leaving unencrypted --------------------------------------------------
    def test_learner_data_sent_out_unencrypted_is_quarantined_with_masked_evidence(self):
        subject = unique("College application")
        rcpt = outside_rcpt("admissions")
        message, message_id = build(subject, rcpt, LEARNER_BODY)
        outcome = self.send_staff(message, rcpt)
        # Accepted for hold: the client sees 250 and does not retry or bounce.
        self.assertEqual("done", outcome.stage, outcome)
        self.assertEqual(250, outcome.code, outcome)
        self.assertIsNotNone(outcome.queue_id, outcome)

        record = self.only_record(rcpt)
        self.assertEqual("quarantine", record["action"], record)
        self.assertEqual("outbound", record["direction"], record)
        self.assertEqual(outcome.queue_id, record["queue_id"], record)
        dlp = [r for r in record["reasons"] if r["policy"] == "dlp-unencrypted"]
        self.assertEqual(1, len(dlp), record)
        self.assertEqual("uln", dlp[0]["rule"], record)
        self.assertEqual("quarantine", dlp[0]["action"], record)
        self.assertIn(ULN_MASKED, dlp[0]["evidence"], record)
        lines = self.audit_lines_for(rcpt)
        self.assertEqual(1, len(lines), lines)
        self.assertNotIn(ULN, lines[0])  # the full identifier never reaches the audit log
        self.assertNotIn(DOB, lines[0])
        self.assertNotIn(PUPIL, lines[0])

        # Held, wherever the milter keeps it: the durable store (audit quarantine_id, Postfix told
        # to discard) or, without one, Postfix's hold queue.
        queue = self.harness.postfix.queue()
        held_by_postfix = [q for q in queue if q.get("queue_id") == outcome.queue_id and q.get("queue_name") == "hold"]
        if record.get("quarantine_id"):
            self.assertEqual([], [q for q in queue if q.get("queue_id") == outcome.queue_id], queue)
            stored = self._stored_eml(record["quarantine_id"])
            self.assertIsNotNone(stored, "no %s.eml under %s" % (record["quarantine_id"], self.harness.root))
            with open(stored, "rb") as f:
                self.assertIn(message_id.encode(), f.read())
        else:
            self.assertTrue(held_by_postfix, "message %s not in the hold queue: %r" % (outcome.queue_id, queue))
            self.assertIn("X-AUP-Quarantine: dlp-unencrypted/uln", self.harness.postfix.postcat(outcome.queue_id))

        self.assert_not_delivered(message_id, subject)
        # Whatever did reach the sink (e.g. a notice to the sender) carries no full ULN either.
        leaked = self.harness.sink.find(lambda m: ULN.encode() in m.data)
        self.assertEqual([], [m for m in leaked if m.header("Message-ID") not in self._uln_delivered_ids], leaked)

    def _stored_eml(self, quarantine_id):
        for directory, _, files in os.walk(self.harness.root):
            if quarantine_id + ".eml" in files:
                return os.path.join(directory, quarantine_id + ".eml")
        return None

    # Message-IDs of the inbound/internal test messages that are meant to carry a ULN to the sink.
    _uln_delivered_ids = set()

    # -- 4. encrypted or boilerplate only -----------------------------------------------------
    def test_same_learner_data_in_smime_enveloped_message_is_delivered(self):
        if shutil.which("openssl") is None:
            self.skipTest("openssl is not installed")
        workdir = tempfile.mkdtemp(prefix="smime-", dir=self.harness.root)
        subject = unique("College application (S/MIME)")
        rcpt = outside_rcpt("admissions")
        mime = smime_enveloped(LEARNER_ENTITY, workdir)
        self.assertIn("smime-type=enveloped-data", mime)
        message, message_id = build(subject, rcpt, mime=mime)
        self.assertNotIn(ULN.encode(), message)  # really ciphertext
        received, record = self.assert_accepted_and_delivered(message, message_id, rcpt, "outbound")
        self.assertEqual([], [r for r in record["reasons"] if r["policy"] == "dlp-unencrypted"], record)
        self.assertIn(b"pkcs7-mime", received.data)

    def test_same_learner_data_in_pgp_mime_message_is_delivered(self):
        subject = unique("College application (PGP)")
        rcpt = outside_rcpt("admissions")
        message, message_id = build(subject, rcpt, mime=pgp_mime(LEARNER_ENTITY))
        received, record = self.assert_accepted_and_delivered(message, message_id, rcpt, "outbound")
        self.assertEqual([], [r for r in record["reasons"] if r["policy"] == "dlp-unencrypted"], record)
        self.assertIn(b"multipart/encrypted", received.data)

    def test_same_learner_data_signed_but_not_encrypted_is_still_quarantined(self):
        # The control for the two above: S/MIME signing leaves the text readable.
        subject = unique("College application (signed)")
        rcpt = outside_rcpt("admissions")
        message, message_id = build(subject, rcpt, mime=smime_signed(LEARNER_ENTITY))
        outcome = self.send_staff(message, rcpt)
        self.assertEqual(250, outcome.code, outcome)
        record = self.only_record(rcpt)
        self.assertEqual("quarantine", record["action"], record)
        self.assertIn(("dlp-unencrypted", "uln", "quarantine"), self.policies(record))
        self.assert_not_delivered(message_id, subject)

    def test_confidentiality_disclaimer_alone_is_delivered(self):
        # The signature has two phone numbers and a postcode: with a live "confidential" marker that
        # would be marker-with-personal-data; inside the disclaimer paragraph the marker must not count.
        subject = unique("See you Tuesday")
        rcpt = outside_rcpt("coach")
        message, message_id = build(subject, rcpt, DISCLAIMER_BODY)
        received, record = self.assert_accepted_and_delivered(message, message_id, rcpt, "outbound")
        self.assertEqual([], [r for r in record["reasons"] if r["policy"] == "dlp-unencrypted"], record)
        self.assertIn(b"are confidential", received.data)

    # -- 5. inbound -----------------------------------------------------------------------------
    def test_inbound_mail_with_a_uln_is_not_outbound_leakage(self):
        # [policy.dlp-unencrypted] inbound_action = "quarantine", but the policy only examines mail
        # leaving the school (docs/rules.md): a college writing in with a ULN is delivered.
        subject = unique("Re: college application")
        message, message_id = build(subject, STAFF, LEARNER_BODY, from_header=PARENT_FROM)
        self._uln_delivered_ids.add(message_id)
        received, record = self.assert_accepted_and_delivered(message, message_id, STAFF, "inbound")
        self.assertEqual("", record["auth_user"], record)
        self.assertEqual(OUTSIDER_ADDR, record["client"], record)
        self.assertEqual([], [r for r in record["reasons"] if r["policy"] == "dlp-unencrypted"], record)
        self.assertIn(ULN.encode(), received.data)  # delivered as sent

    def test_staff_mail_with_a_uln_to_a_colleague_is_delivered(self):
        # Internal mail does not leave the school either.
        colleague = "t.jones.%s@school.example" % uuid.uuid4().hex[:8]
        subject = unique("College application (internal)")
        message, message_id = build(subject, colleague, LEARNER_BODY)
        self._uln_delivered_ids.add(message_id)
        _, record = self.assert_accepted_and_delivered(message, message_id, colleague, "internal")
        self.assertEqual([], [r for r in record["reasons"] if r["policy"] == "dlp-unencrypted"], record)

    def test_inbound_chain_letter_is_held_not_rejected(self):
        # The control for the inbound case: inbound_action applies to policies that do fire inbound.
        subject = unique("Fwd: Fwd: Fwd: a lucky angel")
        rcpt = "k.patel.%s@school.example" % uuid.uuid4().hex[:8]
        message, message_id = build(subject, rcpt, CHAIN_LETTER_BODY, from_header=PARENT_FROM)
        outcome = self.harness.send(message, "parent.one@example.org", [rcpt], client_addr=OUTSIDER_ADDR)
        self.assertEqual(250, outcome.code, outcome)
        record = self.only_record(rcpt)
        self.assertEqual("inbound", record["direction"], record)
        self.assertEqual("quarantine", record["action"], record)
        self.assertIn(("chain-letter", "chain-letter", "quarantine"), self.policies(record))
        self.assert_not_delivered(message_id, subject)


PURPLE_RULE = """
[[rule]]
id = "purple-elephant"
kind = "signal"
tag = "S4"
group = "threat"
weight = 4
regex = 'purple elephant is watching'
flags = ["caseless"]
description = "threatens the purple elephant curse"
"""
BROKEN_RULE = """
[[rule]]
id = "unbalanced"
kind = "signal"
tag = "S4"
group = "threat"
weight = 1
regex = 'an (unclosed group'
description = "a rule an admin got wrong"
"""
# A forwarding request with a made-up threat no shipped rule knows: the new rule makes it a chain letter.
PURPLE_BODY = "Forward this to everyone you know, the purple elephant is watching.\n"


class RuleReloadThroughPostfix(SharedHarnessTest):
    """An admin edits a rule file and sends SIGHUP: the new rule takes effect, a broken rule file
    is refused naming the file and the Hyperscan error while the old rules keep running, and mail
    sent during the reloads is answered normally throughout."""

    @classmethod
    def prepare(cls, harness):
        cls.rules_dir = os.path.join(harness.root, "rules")
        shutil.copytree(os.path.join(REPO_ROOT, "rules"), cls.rules_dir)
        harness.policy_toml = POLICY_TOML.replace(os.path.join(REPO_ROOT, "rules"), cls.rules_dir)

    def append_rule(self, text):
        path = os.path.join(self.rules_dir, "chain-letter.rules")
        with open(path) as f:
            current = f.read()
        with open(path + ".tmp", "w") as f:
            f.write(current + text)
        os.replace(path + ".tmp", path)
        return current

    def restore_rules(self, text):
        path = os.path.join(self.rules_dir, "chain-letter.rules")
        with open(path, "w") as f:
            f.write(text)

    def send_purple(self):
        subject = unique("purple")
        message, _ = build(subject, outside_rcpt("friend"), PURPLE_BODY)
        return self.harness.send(message, STAFF, [outside_rcpt("friend")], login=STAFF)

    def test_an_edited_rule_takes_effect_and_a_broken_one_keeps_the_old_rules(self):
        h = self.harness
        self.assertTrue(self.send_purple().accepted, "without the new rule this is one forwarding signal only")

        # Mail keeps flowing while the rules are swapped underneath it.
        stop, answers = threading.Event(), []

        def background_sender():
            while not stop.is_set():
                message, _ = build(unique("during reload"), outside_rcpt("colleague"), "Minutes attached.\n")
                answers.append(h.send(message, STAFF, [outside_rcpt("colleague")], login=STAFF).code)
        sender = threading.Thread(target=background_sender)
        sender.start()
        try:
            shipped = self.append_rule(PURPLE_RULE)
            self.addCleanup(self.restore_rules, shipped)
            self.assertTrue(h.reload_milter(), h.diagnostics())
            refused = self.send_purple()
            self.assertEqual(550, refused.code, refused)
            self.assertIn("purple elephant is watching", refused.text)

            failures_before = h.milter.log_text().count("reload failed")
            self.append_rule(BROKEN_RULE)
            h.milter.signal(signal.SIGHUP)
            self.assertTrue(h.milter.wait_for_log("reload failed", count=failures_before + 1), h.diagnostics())
            log = h.milter.log_text()
            self.assertIn("chain-letter.rules", log[log.rindex("reload failed"):])
            self.assertIn("unbalanced", log[log.rindex("reload failed"):])
            refused = self.send_purple()
            self.assertEqual(550, refused.code, "the previous rules (with the purple rule) keep running")
        finally:
            stop.set()
            sender.join(timeout=120)
        self.assertGreater(len(answers), 0)
        self.assertEqual([250] * len(answers), answers, "every message sent during the reloads was accepted")


if __name__ == "__main__":
    unittest.main(verbosity=2)
