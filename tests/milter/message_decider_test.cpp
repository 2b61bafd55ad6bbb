#include "milter/message_decider.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "tests/milter/fake_milter_actions.h"
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
    services_ = {holder_.get(), audit_.get(), nullptr};
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

}  // namespace
}  // namespace aup
