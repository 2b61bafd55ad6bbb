#include "milter/message_decider.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "quarantine/release_token.h"
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
    services_ = {holder_.get(), audit_.get()};
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  SnapshotPtr load(const std::string& milterSection) {
    std::ofstream(dir_ / "aup.toml") << "[milter]\nspool_dir = \"" << dir_.string() << "\"\n" << milterSection
                                     << "[organisation]\nname = \"Test School\"\ninternal_domains = [\"school.example\"]\n"
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
  std::string hold(const RawMessage&, const Envelope&, const Verdict&) override {
    throw QuarantineWriteError("No space left on device");
  }
};

TEST_F(HeldMailDeciderTest, AStoreThatCannotWriteAnswers451SoTheSenderRetries) {
  BrokenStore broken;
  services_.quarantine = &broken;
  MessageDecider decider(services_);
  EXPECT_EQ(Disposition::Tempfail, decider.decide(inboundAnonymous(), actions_));
  EXPECT_EQ("451", actions_.reply.code);
  EXPECT_EQ("4.7.1", actions_.reply.enhancedCode);
  EXPECT_NE(std::string::npos, auditText_.str().find("No space left on device"));
  EXPECT_NE(std::string::npos, auditText_.str().find("\"action\":\"tempfail\""));
}

TEST_F(HeldMailDeciderTest, AValidReleaseTokenDeliversInsteadOfHoldingAgain) {
  const std::string key = "0123456789abcdef0123456789abcdef";
  ReleaseTokenVerifier verifier(key);
  services_.released = &verifier;
  const std::string original = test::crlf("To: teacher@school.example\nSubject: hello\n\nbody text\n");
  const std::string token = signReleaseToken("00112233445566778899aabbccddeeff", original, 1700000000, key);
  MessageDecider decider(services_);
  EXPECT_EQ(Disposition::Accept, decider.decide(inboundAnonymous("X-AUP-Released: " + token + "\n"), actions_));
  EXPECT_NE(std::string::npos, actions_.header("X-AUP-Verdict").find("quarantine/released"));
  EXPECT_TRUE(QuarantineService::open(quarantineSettings_)->storage().list({}).empty());
}

TEST_F(HeldMailDeciderTest, AForgedOrMisplacedReleaseTokenIsIgnored) {
  const std::string key = "0123456789abcdef0123456789abcdef";
  ReleaseTokenVerifier verifier(key);
  services_.released = &verifier;
  const std::string forged = signReleaseToken("00112233445566778899aabbccddeeff",
                                              test::crlf("To: teacher@school.example\nSubject: hello\n\nbody text\n"),
                                              1700000000, "another key, not the school's own");
  const std::string otherBody = signReleaseToken("00112233445566778899aabbccddeeff",
                                                 test::crlf("To: x@school.example\n\nsome other message\n"), 1700000000, key);
  MessageDecider decider(services_);
  EXPECT_EQ(Disposition::Discard, decider.decide(inboundAnonymous("X-AUP-Released: " + forged + "\n"), actions_));
  EXPECT_EQ(Disposition::Discard, decider.decide(inboundAnonymous("X-AUP-Released: " + otherBody + "\n"), actions_));
  EXPECT_EQ(2u, QuarantineService::open(quarantineSettings_)->storage().list({}).size());
}

TEST_F(HeldMailDeciderTest, WithoutAKeyAReleaseHeaderChangesNothing) {
  ReleaseTokenVerifier verifier("");
  services_.released = &verifier;
  MessageDecider decider(services_);
  EXPECT_EQ(Disposition::Discard, decider.decide(inboundAnonymous("X-AUP-Released: v1; id=x; t=1; body=00; mac=00\n"), actions_));
}

TEST_F(HeldMailDeciderTest, RejectedStaffMailQueuesANoticeAndAcceptedMailDoesNot) {
  NoticeSettings settings;
  settings.from = "postmaster@school.example";
  settings.templateDir = std::filesystem::path(AUP_SOURCE_DIR) / "config" / "templates";
  NoticeService notices(settings, quarantineSettings_, "Test School");  // not started: nothing is sent
  services_.notices = &notices;
  MessageDecider decider(services_);
  decider.decide(collected("From: J Smith <j.smith@school.example>\nTo: friend@example.net\nSubject: fine\n\nbody\n",
                           "j.smith@school.example"),
                 actions_);
  EXPECT_EQ(0, notices.outbox().counts().pending);
  EXPECT_EQ(Disposition::Reject,
            decider.decide(collected("To: friend@example.net\nSubject: hi\n\nbody\n", "j.smith@school.example"), actions_));
  EXPECT_EQ(1, notices.outbox().counts().pending);
  // Inbound mail is held but its outside sender gets no notice.
  decider.decide(inboundAnonymous(), actions_);
  EXPECT_EQ(1, notices.outbox().counts().pending);
}

}  // namespace
}  // namespace aup
