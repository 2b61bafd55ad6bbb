// executePlan: each disposition becomes the right MTA calls; a refused effect becomes the plan's 451.

#include "milter/plan_executor.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "decision/decide.h"
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

Verdict verdictOf(Action action) {
  Verdict v;
  v.action = action;
  v.direction = Direction::Outbound;
  if (action == Action::Reject) v.reasons.push_back(reason("anonymous", "missing-from", Action::Reject));
  if (action == Action::Quarantine) v.reasons.push_back(reason("dlp-unencrypted", "uln", Action::Quarantine));
  return v;
}

// A store that records what it was asked to keep, or fails like a full disk.
class RecordingStore : public QuarantineStore {
 public:
  std::string hold(const MessageView& message, const Plan& plan) override {
    if (fail) throw std::runtime_error("No space left on device");
    heldSubject = message.subject();
    heldReasons = plan.verdict.reasons.size();
    return "00112233445566778899aabbccddeeff";
  }
  std::optional<ReleaseGrant> releaseGrant(const std::string&) override { return std::nullopt; }
  bool fail = false;
  std::string heldSubject;
  std::size_t heldReasons = 0;
};

class PlanExecutorTest : public ::testing::Test {
 protected:
  Plan planOf(Verdict verdict, bool store = true) {
    DecisionSettings settings;
    settings.reply.organisation = "Test School";
    settings.storeConfigured = store;
    return planFor(std::move(verdict), *message_, organisation_, settings, {});
  }

  std::shared_ptr<const MessageView> message_ =
      test::parseText("From: a@school.example\nSubject: Half-term trip\nX-AUP-Verdict: forged\n\nbody\n");
  Organisation organisation_;
  FakeMilterActions actions_;
  RecordingStore store_;
};

TEST_F(PlanExecutorTest, RejectSetsThePlannedReply) {
  Plan plan = planOf(verdictOf(Action::Reject));
  auto done = executePlan(plan, *message_, &store_, actions_);
  EXPECT_EQ(Disposition::Reject, done.disposition);
  EXPECT_EQ("550", actions_.reply.code);
  EXPECT_EQ(plan.mta.reply.lines, actions_.reply.lines);
  EXPECT_TRUE(actions_.changed.empty());  // nothing is delivered, so nothing to strip
}

TEST_F(PlanExecutorTest, TempfailAnswers451) {
  auto done = executePlan(planOf(verdictOf(Action::Tempfail)), *message_, &store_, actions_);
  EXPECT_EQ(Disposition::Tempfail, done.disposition);
  EXPECT_EQ("451", actions_.reply.code);
}

TEST_F(PlanExecutorTest, AcceptStripsOwnHeadersThenAppliesModificationsAndVerdictHeader) {
  Verdict v = verdictOf(Action::Accept);
  v.modifications.addRecipients.push_back("head@school.example");
  v.modifications.addHeaders.push_back({"Cc", "head@school.example"});
  auto done = executePlan(planOf(v), *message_, &store_, actions_);
  EXPECT_EQ(Disposition::Accept, done.disposition);
  EXPECT_EQ(std::vector<std::string>{"X-AUP-Verdict[1]="}, actions_.changed);
  EXPECT_EQ(std::vector<std::string>{"head@school.example"}, actions_.recipients);
  EXPECT_EQ("head@school.example", actions_.header("Cc"));
  EXPECT_EQ("accept; direction=outbound", actions_.header("X-AUP-Verdict"));
}

TEST_F(PlanExecutorTest, ARefusedModificationTempfailsInsteadOfAcceptingSilently) {
  Verdict v = verdictOf(Action::Accept);
  v.modifications.addRecipients.push_back("head@school.example");
  actions_.refuseAddRecipient = true;
  auto done = executePlan(planOf(v), *message_, &store_, actions_);
  EXPECT_EQ(Disposition::Tempfail, done.disposition);
  EXPECT_EQ("451", actions_.reply.code);
  EXPECT_NE(std::string::npos, done.failure.find("head@school.example"));
}

TEST_F(PlanExecutorTest, TheStoreKeepsTheOnlyCopyOfHeldMail) {
  auto done = executePlan(planOf(verdictOf(Action::Quarantine)), *message_, &store_, actions_);
  EXPECT_EQ(Disposition::Discard, done.disposition);
  EXPECT_EQ("00112233445566778899aabbccddeeff", done.quarantineId);
  EXPECT_EQ("Half-term trip", store_.heldSubject);
  EXPECT_EQ(1u, store_.heldReasons);
  EXPECT_TRUE(actions_.quarantineReason.empty());
}

TEST_F(PlanExecutorTest, AStoreThatCannotWriteTempfailsWithTheFailureReply) {
  store_.fail = true;
  Plan plan = planOf(verdictOf(Action::Quarantine));
  auto done = executePlan(plan, *message_, &store_, actions_);
  EXPECT_EQ(Disposition::Tempfail, done.disposition);
  EXPECT_EQ(plan.failureReply.lines, actions_.reply.lines);
  EXPECT_NE(std::string::npos, done.failure.find("No space left"));
}

TEST_F(PlanExecutorTest, WithoutAStoreHeldMailGoesToThePostfixHoldQueueMarked) {
  auto done = executePlan(planOf(verdictOf(Action::Quarantine), false), *message_, nullptr, actions_);
  EXPECT_EQ(Disposition::MtaHold, done.disposition);
  EXPECT_EQ("aup-milter: dlp-unencrypted/uln", actions_.quarantineReason);
  EXPECT_EQ("dlp-unencrypted/uln", actions_.header("X-AUP-Quarantine"));
  EXPECT_EQ(std::vector<std::string>{"X-AUP-Verdict[1]="}, actions_.changed);  // released later with postsuper: strip now
}

}  // namespace
}  // namespace aup
