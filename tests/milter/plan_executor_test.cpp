#include "milter/verdict_applier.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "tests/milter/fake_milter_actions.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

using test::FakeMilterActions;

Reason reason(std::string policy, std::string rule, Action action) {
  Finding f;
  f.policy = std::move(policy);
  f.rule = std::move(rule);
  f.description = "described";
  return {f, action};
}

Verdict verdictOf(Action action, std::vector<std::string> replyLines = {}) {
  Verdict v;
  v.action = action;
  v.direction = Direction::Outbound;
  if (action == Action::Reject) {
    v.reply = {"550", "5.7.1", std::move(replyLines)};
    v.reasons.push_back(reason("anonymous", "missing-from", Action::Reject));
  } else if (action == Action::Tempfail) {
    v.reply = {"451", "4.7.1", std::move(replyLines)};
  } else if (action == Action::Quarantine) {
    v.reasons.push_back(reason("dlp-unencrypted", "uln", Action::Quarantine));
  }
  return v;
}

TEST(EscapeReplyLineTest, EscapesPercentAndFlattensLineBreaks) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"plain text", "plain text"},
      {"100%", "100%%"},
      {"%s%n", "%%s%%n"},  // would otherwise be read as format directives
      {"two\r\nlines", "two  lines"},
      {"bare\nLF", "bare LF"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(c.out, escapeReplyLine(c.in)) << c.in;
}

TEST(EscapeReplyLineTest, EmptyLinesAreDroppedFromTheReply) {
  EXPECT_EQ((std::vector<std::string>{"a", "b"}), replyLinesForMta({"a", "", "b"}));
}

class VerdictApplierTest : public ::testing::Test {
 protected:
  std::shared_ptr<const MessageView> message_ = test::parseText("From: a@school.example\nSubject: s\n\nbody\n");
  MilterSettings settings_;
  FakeMilterActions actions_;
};

TEST_F(VerdictApplierTest, RejectSetsMultiLineReplyWithEscapedPercent) {
  VerdictApplier applier(settings_, nullptr);
  auto result = applier.apply(verdictOf(Action::Reject, {"Refused.", "Found: 100% anonymous", "To fix: sign it"}),
                              *message_, actions_);
  EXPECT_EQ(Disposition::Reject, result.disposition);
  EXPECT_EQ("550", actions_.reply.code);
  EXPECT_EQ("5.7.1", actions_.reply.enhancedCode);
  ASSERT_EQ(3u, actions_.reply.lines.size());
  EXPECT_EQ("Found: 100%% anonymous", actions_.reply.lines[1]);
  EXPECT_TRUE(actions_.headers.empty()) << "a rejected message gets no headers";
}

TEST_F(VerdictApplierTest, ReplyIsCappedAtLibmiltersThirtyTwoLines) {
  std::vector<std::string> many(40, "line");
  VerdictApplier applier(settings_, nullptr);
  applier.apply(verdictOf(Action::Reject, many), *message_, actions_);
  EXPECT_EQ(32u, actions_.reply.lines.size());
}

TEST_F(VerdictApplierTest, RejectWithoutEngineReplyStillExplains) {
  VerdictApplier applier(settings_, nullptr);
  auto result = applier.apply(verdictOf(Action::Reject, {}), *message_, actions_);
  EXPECT_EQ(Disposition::Reject, result.disposition);
  EXPECT_EQ("550", actions_.reply.code);
  EXPECT_FALSE(actions_.reply.lines.empty());
}

TEST_F(VerdictApplierTest, TempfailVerdictAnswers451) {
  VerdictApplier applier(settings_, nullptr);
  auto result = applier.apply(verdictOf(Action::Tempfail, {"virus: engine not loaded"}), *message_, actions_);
  EXPECT_EQ(Disposition::Tempfail, result.disposition);
  EXPECT_EQ("451", actions_.reply.code);
  EXPECT_EQ("4.7.1", actions_.reply.enhancedCode);
}

TEST_F(VerdictApplierTest, ReplyClassContradictingTheActionIsCorrected) {
  Verdict v = verdictOf(Action::Reject, {"odd"});
  v.reply.code = "451";  // a 4xx with SMFIS_REJECT would make libmilter drop the reply
  VerdictApplier applier(settings_, nullptr);
  applier.apply(v, *message_, actions_);
  EXPECT_EQ("550", actions_.reply.code);
}

TEST_F(VerdictApplierTest, AcceptAppliesModificationsAndVerdictHeader) {
  Verdict v = verdictOf(Action::Accept);
  v.modifications.addRecipients = {"head@school.example"};
  v.modifications.addHeaders = {{"X-AUP-Copied-To-Head", "yes"}};
  v.modifications.changeHeaders = {{"Subject", 1, "[AUP] s"}};
  v.reasons.push_back(reason("headteacher-copy", "learner-data", Action::Accept));
  VerdictApplier applier(settings_, nullptr);
  auto result = applier.apply(v, *message_, actions_);
  EXPECT_EQ(Disposition::Accept, result.disposition);
  EXPECT_EQ(std::vector<std::string>{"head@school.example"}, actions_.recipients);
  EXPECT_EQ("yes", actions_.header("X-AUP-Copied-To-Head"));
  EXPECT_EQ(std::vector<std::string>{"Subject[1]=[AUP] s"}, actions_.changed);
  EXPECT_EQ("accept; direction=outbound; noted=headteacher-copy/learner-data", actions_.header("X-AUP-Verdict"));
  EXPECT_EQ(0, actions_.replies);
}

TEST_F(VerdictApplierTest, VerdictHeaderFollowsSettings) {
  settings_.verdictHeaderName = "X-Policy";
  VerdictApplier named(settings_, nullptr);
  named.apply(verdictOf(Action::Accept), *message_, actions_);
  EXPECT_EQ("accept; direction=outbound", actions_.header("X-Policy"));

  FakeMilterActions plain;
  settings_.addVerdictHeader = false;
  VerdictApplier off(settings_, nullptr);
  off.apply(verdictOf(Action::Accept), *message_, plain);
  EXPECT_TRUE(plain.headers.empty());
}

TEST_F(VerdictApplierTest, RefusedModificationTempfailsInsteadOfAcceptingSilently) {
  Verdict v = verdictOf(Action::Accept);
  v.modifications.addRecipients = {"head@school.example"};
  actions_.refuseAddRecipient = true;
  VerdictApplier applier(settings_, nullptr);
  auto result = applier.apply(v, *message_, actions_);
  EXPECT_EQ(Disposition::Tempfail, result.disposition);
  EXPECT_EQ("451", actions_.reply.code);
  EXPECT_NE(std::string::npos, result.failure.find("head@school.example"));
}

TEST_F(VerdictApplierTest, QuarantineMarksAndHoldsTheMessage) {
  VerdictApplier applier(settings_, nullptr);
  auto result = applier.apply(verdictOf(Action::Quarantine), *message_, actions_);
  EXPECT_EQ(Disposition::Accept, result.disposition);
  EXPECT_EQ("dlp-unencrypted/uln", actions_.header("X-AUP-Quarantine"));
  EXPECT_NE(std::string::npos, actions_.quarantineReason.find("dlp-unencrypted/uln"));
}

class RecordingStore : public QuarantineStore {
 public:
  explicit RecordingStore(bool fail) : fail_(fail) {}
  std::string hold(const RawMessage& raw, const Envelope&, const Verdict&) override {
    if (fail_) throw std::runtime_error("disk full");
    bytes = raw.readAll();
    return "q-42";
  }
  std::string bytes;

 private:
  bool fail_;
};

TEST_F(VerdictApplierTest, QuarantineStoreKeepsTheOnlyCopy) {
  RecordingStore store(false);
  VerdictApplier applier(settings_, &store);
  auto result = applier.apply(verdictOf(Action::Quarantine), *message_, actions_);
  EXPECT_EQ(Disposition::Discard, result.disposition) << "the MTA's copy must not be delivered or held twice";
  EXPECT_EQ("q-42", result.quarantineId);
  EXPECT_EQ(message_->raw().readAll(), store.bytes);
  EXPECT_TRUE(actions_.quarantineReason.empty());
}

TEST_F(VerdictApplierTest, QuarantineStoreFailureTempfails) {
  RecordingStore store(true);
  VerdictApplier applier(settings_, &store);
  auto result = applier.apply(verdictOf(Action::Quarantine), *message_, actions_);
  EXPECT_EQ(Disposition::Tempfail, result.disposition);
  EXPECT_EQ("451", actions_.reply.code);
  EXPECT_TRUE(actions_.quarantineReason.empty()) << "nothing may be held when the copy failed";
}

}  // namespace
}  // namespace aup
