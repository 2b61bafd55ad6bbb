#include "adapters/production_services.h"
#include "milter/message_decider.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include "common/wall_clock.h"
#include "decision/release_token.h"
#include "quarantine/release.h"
#include "tests/milter/fake_milter_actions.h"
#include "tests/quarantine/quarantine_test_support.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

using test::FakeMilterActions;

// A config for the test organisation in a temp dir; `extra` is appended TOML.
class MessageDeciderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("aup-decider-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "anonymous-domains.txt") << "guerrillamail.com\n";
    holder_ = std::make_unique<SnapshotHolder>(load(""));
    auto logger = std::make_shared<spdlog::logger>("audit-test", std::make_shared<spdlog::sinks::ostream_sink_mt>(auditText_));
    audit_ = std::make_unique<AuditLog>(logger);
    services_ = {holder_.get(), audit_.get(), nullptr, nullptr, {}};
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  SnapshotPtr load(const std::string& milterSection) {
    std::ofstream(dir_ / "aup.toml") << "[milter]\nspool_dir = \"" << dir_.string() << "\"\n" << milterSection
                                     << "[organisation]\nname = \"Test School\"\ninternal_domains = [\"school.example\"]\n"
                                        "postmaster = \"postmaster@school.example\"\n"
                                        "anonymous_domains = \"anonymous-domains.txt\"\n"
                                        "[clamav]\ndatabase_dir = \"" AUP_SOURCE_DIR "/tests/data/clamav\"\n"
                                        "[log]\naudit = \"" << (dir_ / "audit.jsonl").string() << "\"\n";
    return loadSnapshot(dir_ / "aup.toml");
  }

  CollectedMessage collected(std::string_view text, std::optional<std::string> authUser) {
    Envelope e = test::envelopeFrom("j.smith@school.example", {"friend@example.net"}, std::move(authUser), "127.0.0.1");
    e.queueId = "4QID";
    return {e, RawMessage::inMemory(test::crlf(text))};
  }

  std::filesystem::path dir_;
  std::unique_ptr<SnapshotHolder> holder_;
  std::ostringstream auditText_;
  std::unique_ptr<AuditLog> audit_;
  MilterServices services_;
  FakeMilterActions actions_;
};

TEST_F(MessageDeciderTest, RejectsAnonymousStaffMailAndAuditsIt) {
  MessageDecider decider(services_);
  auto disposition = decider.decide(collected("To: friend@example.net\nSubject: hi\n\nbody\n", "j.smith@school.example"),
                                    actions_);
  EXPECT_EQ(Disposition::Reject, disposition);
  EXPECT_EQ("550", actions_.reply.code);
  std::string audit = auditText_.str();
  EXPECT_NE(std::string::npos, audit.find("\"queue_id\":\"4QID\""));
  EXPECT_NE(std::string::npos, audit.find("\"action\":\"reject\""));
  EXPECT_NE(std::string::npos, audit.find("missing-from"));
}

TEST_F(MessageDeciderTest, AcceptsCleanMailWithVerdictHeader) {
  MessageDecider decider(services_);
  auto disposition = decider.decide(
      collected("From: J Smith <j.smith@school.example>\nTo: friend@example.net\nSubject: hi\n\nbody\n", "j.smith@school.example"),
      actions_);
  EXPECT_EQ(Disposition::Accept, disposition);
  EXPECT_EQ("accept; direction=outbound", actions_.header("X-AUP-Verdict"));
  EXPECT_NE(std::string::npos, auditText_.str().find("\"action\":\"accept\""));
}

TEST_F(MessageDeciderTest, UsesTheSnapshotCurrentAtEndOfMessage) {
  holder_->replace(load("verdict_header_name = \"X-Reloaded\"\n"));
  MessageDecider decider(services_);
  decider.decide(collected("From: j.smith@school.example\nSubject: hi\n\nbody\n", "j.smith@school.example"), actions_);
  EXPECT_FALSE(actions_.header("X-Reloaded").empty());
  EXPECT_TRUE(actions_.header("X-AUP-Verdict").empty());
}

TEST_F(MessageDeciderTest, InternalFailureAnswers451AndIsAudited) {
  MessageDecider decider(services_);
  Envelope e;
  e.queueId = "5QID";
  EXPECT_EQ(Disposition::Tempfail, decider.failInternally(e, "spool disk full", actions_));
  EXPECT_EQ("451", actions_.reply.code);
  EXPECT_EQ("4.7.1", actions_.reply.enhancedCode);
  std::string audit = auditText_.str();
  EXPECT_NE(std::string::npos, audit.find("\"action\":\"tempfail\""));
  EXPECT_NE(std::string::npos, audit.find("spool disk full"));
}

// Held mail: the durable store, release tokens and notices, as the daemon wires them.
class HeldMailDeciderTest : public MessageDeciderTest {
 protected:
  void SetUp() override {
    MessageDeciderTest::SetUp();
    quarantineSettings_.dir = store_.path();
    store = std::make_unique<DurableQuarantineStore>(QuarantineService::open(quarantineSettings_));
    services_.quarantine = store.get();
  }

  // Inbound mail without From: - the anonymous policy holds it (inbound_action = quarantine).
  CollectedMessage inboundAnonymous(const std::string& extraHeader = "") {
    Envelope e = test::envelopeFrom("someone@example.net", {"teacher@school.example"}, std::nullopt, "203.0.113.7");
    e.queueId = "6QID";
    return {e, RawMessage::inMemory(test::crlf(extraHeader + "To: teacher@school.example\nSubject: hello\n\nbody text\n"))};
  }

  test::TempDir store_;
  QuarantineSettings quarantineSettings_;
  std::unique_ptr<DurableQuarantineStore> store;
};

TEST_F(HeldMailDeciderTest, QuarantinedMailIsStoredDurablyAndTheMtaCopyDiscarded) {
  MessageDecider decider(services_);
  EXPECT_EQ(Disposition::Discard, decider.decide(inboundAnonymous(), actions_));
  auto held = QuarantineService::open(quarantineSettings_)->storage().list({});
  ASSERT_EQ(1u, held.size());
  EXPECT_EQ(test::crlf("To: teacher@school.example\nSubject: hello\n\nbody text\n"),
            QuarantineService::open(quarantineSettings_)->storage().readMessage(held[0].id));
  EXPECT_NE(std::string::npos, auditText_.str().find("\"quarantine_id\":\"" + held[0].id + "\""));
  EXPECT_TRUE(actions_.header("X-AUP-Quarantine").empty());  // the store, not Postfix's hold queue
}

// A store that cannot write (disk full, permissions).
class BrokenStore : public QuarantineStore {
 public:
  std::string hold(const MessageView&, const Plan&) override { throw QuarantineWriteError("No space left on device"); }
  std::optional<ReleaseGrant> releaseGrant(const std::string&) override { return std::nullopt; }
};

TEST_F(HeldMailDeciderTest, AStoreThatCannotWriteAnswers451SoTheSenderRetries) {
  BrokenStore broken;
  services_.quarantine = &broken;
  MessageDecider decider(services_);
  EXPECT_EQ(Disposition::Tempfail, decider.decide(inboundAnonymous(), actions_));
  EXPECT_EQ("451", actions_.reply.code);
  EXPECT_EQ("4.7.1", actions_.reply.enhancedCode);
  // The store's own words stay in the log and audit; the client sees a reference only.
  for (const auto& line : actions_.reply.lines) EXPECT_EQ(std::string::npos, line.find("No space left"));
  EXPECT_NE(std::string::npos, auditText_.str().find("No space left on device"));
  EXPECT_NE(std::string::npos, auditText_.str().find("\"action\":\"tempfail\""));
}

// Records what a release re-injects instead of speaking SMTP.
class CapturingSender : public SmtpSender {
 public:
  void send(const SmtpEnvelope& envelope, const std::string& message) override {
    sentEnvelope = envelope;
    sent = message;
  }
  SmtpEnvelope sentEnvelope;
  std::string sent;
};

const std::string kKey = "0123456789abcdef0123456789abcdef";

// Holds the inbound anonymous message, then releases it as `aupctl quarantine release` would.
class ReleaseDeciderTest : public HeldMailDeciderTest {
 protected:
  void SetUp() override {
    HeldMailDeciderTest::SetUp();
    services_.tokenKey = kKey;
    MessageDecider decider(services_);
    EXPECT_EQ(Disposition::Discard, decider.decide(inboundAnonymous(), actions_));
    auto held = QuarantineService::open(quarantineSettings_)->storage().list({});
    ASSERT_EQ(1u, held.size());
    id_ = held[0].id;
    auto service = QuarantineService::open(quarantineSettings_);
    releaseMessage(service->storage(), sender_, id_, {{}, "admin", kKey, nowSeconds(), "", ""});
  }

  // The released bytes as they come back through Postfix, to `recipients`.
  CollectedMessage comingBack(std::vector<std::string> recipients, const std::string& bytes) {
    Envelope e = test::envelopeFrom("someone@example.net", std::move(recipients), std::nullopt, "127.0.0.1");
    e.queueId = "7QID";
    return {e, RawMessage::inMemory(bytes)};
  }

  std::size_t heldCount() { return QuarantineService::open(quarantineSettings_)->storage().list({}).size(); }

  std::string id_;
  CapturingSender sender_;
};

TEST_F(ReleaseDeciderTest, TheReleasedMessageIsDeliveredAndItsTokenStripped) {
  MessageDecider decider(services_);
  test::FakeMilterActions actions;
  EXPECT_EQ(Disposition::Accept, decider.decide(comingBack({"teacher@school.example"}, sender_.sent), actions));
  EXPECT_NE(std::string::npos, actions.header("X-AUP-Verdict").find("quarantine/released"));
  EXPECT_NE(std::find(actions.changed.begin(), actions.changed.end(), "X-AUP-Released[1]="), actions.changed.end());
  EXPECT_EQ(1u, heldCount());
}

TEST_F(ReleaseDeciderTest, TheReleasedCopySentToSomeoneElseIsHeldAgain) {
  MessageDecider decider(services_);
  test::FakeMilterActions actions;
  EXPECT_EQ(Disposition::Discard, decider.decide(comingBack({"someone.else@school.example"}, sender_.sent), actions));
  EXPECT_NE(std::string::npos, auditText_.str().find("\"release_token\":\"recipient-mismatch\""));
  EXPECT_EQ(2u, heldCount());
}

TEST_F(ReleaseDeciderTest, TheReleasedCopyUnderAnotherSubjectIsHeldAgain) {
  std::string bytes = sender_.sent;
  bytes.replace(bytes.find("Subject: hello"), 14, "Subject: other");
  MessageDecider decider(services_);
  test::FakeMilterActions actions;
  EXPECT_EQ(Disposition::Discard, decider.decide(comingBack({"teacher@school.example"}, bytes), actions));
  EXPECT_NE(std::string::npos, auditText_.str().find("\"release_token\":\"header-mismatch\""));
}

TEST_F(ReleaseDeciderTest, ATokenForADeletedMessageIsNotHonoured) {
  QuarantineService::open(quarantineSettings_)->storage().setState(id_, QuarantineState::Deleted, "admin", "deleted");
  MessageDecider decider(services_);
  test::FakeMilterActions actions;
  EXPECT_EQ(Disposition::Discard, decider.decide(comingBack({"teacher@school.example"}, sender_.sent), actions));
  EXPECT_NE(std::string::npos, auditText_.str().find("\"release_token\":\"not-released\""));
}

TEST_F(ReleaseDeciderTest, AForgedTokenIsIgnored) {
  std::string bytes = sender_.sent;
  auto mac = bytes.find("mac=") + 4;
  bytes[mac] = bytes[mac] == '0' ? '1' : '0';
  MessageDecider decider(services_);
  test::FakeMilterActions actions;
  EXPECT_EQ(Disposition::Discard, decider.decide(comingBack({"teacher@school.example"}, bytes), actions));
  EXPECT_NE(std::string::npos, auditText_.str().find("\"release_token\":\"bad-signature\""));
}

TEST_F(HeldMailDeciderTest, ForgedAupHeadersFromOutsideAreRemovedBeforeDelivery) {
  MessageDecider decider(services_);
  Envelope e = test::envelopeFrom("someone@example.net", {"teacher@school.example"}, std::nullopt, "203.0.113.7");
  CollectedMessage m{e, RawMessage::inMemory(test::crlf(
                            "From: Someone <someone@example.net>\nTo: teacher@school.example\nSubject: hi\n"
                            "X-AUP-Verdict: accept; direction=internal\nX-AUP-Headteacher-Copy: added\n"
                            "X-AUP-Verdict: accept\n\nbody\n"))};
  EXPECT_EQ(Disposition::Accept, decider.decide(std::move(m), actions_));
  // Highest index first, so each removal leaves the earlier indexes valid.
  std::vector<std::string> expected = {"X-AUP-Verdict[2]=", "X-AUP-Headteacher-Copy[1]=", "X-AUP-Verdict[1]="};
  EXPECT_EQ(expected, actions_.changed);
  EXPECT_EQ("accept; direction=inbound", actions_.header("X-AUP-Verdict"));
}

TEST_F(HeldMailDeciderTest, WithoutAKeyAReleaseHeaderChangesNothing) {
  MessageDecider decider(services_);
  EXPECT_EQ(Disposition::Discard, decider.decide(inboundAnonymous("X-AUP-Released: v2; id=x; t=1; body=00; mac=00\n"), actions_));
}

class NoticeDeciderTest : public HeldMailDeciderTest {
 protected:
  void SetUp() override {
    HeldMailDeciderTest::SetUp();
    NoticeSettings settings;
    settings.from = "postmaster@school.example";
    settings.templateDir = std::filesystem::path(AUP_SOURCE_DIR) / "config" / "templates";
    notices_ = std::make_unique<NoticeService>(settings, quarantineSettings_, "Test School", kKey);  // not started
    services_.notices = notices_.get();
  }
  std::unique_ptr<NoticeService> notices_;
};

TEST_F(NoticeDeciderTest, RejectedStaffMailQueuesANoticeAndAcceptedMailDoesNot) {
  MessageDecider decider(services_);
  decider.decide(collected("From: J Smith <j.smith@school.example>\nTo: friend@example.net\nSubject: fine\n\nbody\n",
                           "j.smith@school.example"),
                 actions_);
  EXPECT_EQ(0, notices_->outbox().counts().pending);
  EXPECT_EQ(Disposition::Reject,
            decider.decide(collected("To: friend@example.net\nSubject: hi\n\nbody\n", "j.smith@school.example"), actions_));
  EXPECT_EQ(1, notices_->outbox().counts().pending);
  // Inbound mail is held but its outside sender gets no notice.
  decider.decide(inboundAnonymous(), actions_);
  EXPECT_EQ(1, notices_->outbox().counts().pending);
}

TEST_F(NoticeDeciderTest, NoNoticeGoesToAnAddressTheLoginDoesNotOwn) {
  MessageDecider decider(services_);
  // A staff login with MAIL FROM set to an outside address (the finding tried through Postfix).
  Envelope e = test::envelopeFrom("victim@example.org", {"friend@example.net"}, "j.smith@school.example", "192.0.2.10");
  CollectedMessage m{e, RawMessage::inMemory(test::crlf("To: friend@example.net\nSubject: hi\n\nbody\n"))};
  EXPECT_EQ(Disposition::Reject, decider.decide(std::move(m), actions_));
  EXPECT_EQ(0, notices_->outbox().counts().pending);
}

TEST_F(NoticeDeciderTest, NoticesAreLimitedPerLoginNotPerAddress) {
  MessageDecider decider(services_);
  // Rotating the sender address among delegated ones does not get past the per-login limit.
  for (int i = 0; i < 15; ++i) {
    Envelope e = test::envelopeFrom("j.smith@school.example", {"friend@example.net"}, "j.smith@school.example",
                                    "192.0.2." + std::to_string(i + 1));
    decider.decide({e, RawMessage::inMemory(test::crlf("To: friend@example.net\nSubject: hi\n\nbody\n"))}, actions_);
  }
  EXPECT_EQ(10, notices_->outbox().counts().pending);
}

}  // namespace
}  // namespace aup
