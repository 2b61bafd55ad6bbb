#include "engine/engine.h"

#include "decision/decide.h"
#include "decision/plan_json.h"

#include <gtest/gtest.h>

#include <thread>

#include "tests/support/organisation.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

// A scanner that reports what it is told to, for testing how the engine combines outcomes.
class ScriptedScanner : public Scanner {
 public:
  ScriptedScanner(std::string policy, ScanOutcome outcome, bool throws = false)
      : policy_(std::move(policy)), outcome_(std::move(outcome)), throws_(throws) {}
  std::string_view policyId() const override { return policy_; }
  ScanOutcome scan(const MessageView&, const ScanContext&) const override {
    if (throws_) throw std::runtime_error("boom");
    return outcome_;
  }

 private:
  std::string policy_;
  ScanOutcome outcome_;
  bool throws_;
};

Finding findingFor(std::string policy, std::string rule) {
  return Finding{std::move(policy), std::move(rule), "why", "evidence", "where", "fix it", 1.0, std::nullopt};
}

EngineSettings settings() {
  EngineSettings s;
  s.organisation = test::schoolOrganisation();
  s.organisation.name = "Test School";
  s.organisation.postmaster = "it@school.example";
  s.policies["p-reject"] = {true, Action::Reject, Action::Quarantine, Action::Tempfail};
  s.policies["p-quarantine"] = {true, Action::Quarantine, Action::Quarantine, Action::Tempfail};
  s.policies["p-off"] = {false, Action::Reject, Action::Reject, Action::Tempfail};
  return s;
}

std::vector<ScannerPtr> scanners(std::vector<std::shared_ptr<ScriptedScanner>> list) {
  std::vector<ScannerPtr> out;
  for (auto& s : list) out.push_back(std::make_unique<ScriptedScanner>(*s));
  return out;
}

// The verdict as decide() completes it (with its SMTP reply), for the engine's settings.
Verdict decided(const Engine& engine, const MessageView& view) {
  DecisionSettings d;
  d.reply.organisation = engine.settings().organisation.name;
  d.reply.postmaster = engine.settings().organisation.postmaster;
  return decide(engine, view, d, {}).verdict;
}

const auto kOutbound = test::envelopeFrom("t@school.example", {"p@example.org"}, "t@school.example");
const auto kInbound = test::envelopeFrom("p@example.org", {"t@school.example"});
constexpr const char* kMessage = "From: t@school.example\nSubject: s\n\nbody\n";

TEST(Engine, NoFindingsMeansAccept) {
  Engine engine(settings(), scanners({std::make_shared<ScriptedScanner>("p-reject", ScanOutcome{})}));
  auto v = decided(engine, *test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v.action, Action::Accept);
  EXPECT_TRUE(v.reasons.empty());
  EXPECT_TRUE(v.reply.code.empty());
  EXPECT_EQ(v.timings.size(), 1u);
}

TEST(Engine, RejectOutranksQuarantineAndReplyExplainsDecisiveReason) {
  ScanOutcome q, r;
  q.findings.push_back(findingFor("p-quarantine", "q-rule"));
  r.findings.push_back(findingFor("p-reject", "r-rule"));
  Engine engine(settings(), scanners({std::make_shared<ScriptedScanner>("p-quarantine", q),
                                      std::make_shared<ScriptedScanner>("p-reject", r)}));
  auto v = decided(engine, *test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v.action, Action::Reject);
  EXPECT_EQ(v.direction, Direction::Outbound);
  EXPECT_EQ(v.reply.code, "550");
  EXPECT_EQ(v.reply.enhancedCode, "5.7.1");
  std::string text = v.reply.text();
  EXPECT_NE(text.find("Policy p-reject (rule r-rule)"), std::string::npos) << text;
  EXPECT_EQ(text.find("q-rule"), std::string::npos) << "only decisive reasons are in the reply";
  EXPECT_NE(text.find("To fix: fix it"), std::string::npos);
  EXPECT_NE(text.find("it@school.example"), std::string::npos);
  EXPECT_EQ(v.reasons.size(), 2u);
}

TEST(Engine, InboundUsesInboundAction) {
  ScanOutcome r;
  r.findings.push_back(findingFor("p-reject", "r-rule"));
  Engine engine(settings(), scanners({std::make_shared<ScriptedScanner>("p-reject", r)}));
  auto v = decided(engine, *test::parseText(kMessage, kInbound));
  EXPECT_EQ(v.direction, Direction::Inbound);
  EXPECT_EQ(v.action, Action::Quarantine);
}

TEST(Engine, DisabledPolicyDoesNotRun) {
  ScanOutcome r;
  r.findings.push_back(findingFor("p-off", "x"));
  Engine engine(settings(), scanners({std::make_shared<ScriptedScanner>("p-off", r)}));
  auto v = decided(engine, *test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v.action, Action::Accept);
  EXPECT_TRUE(v.timings.empty());
}

TEST(Engine, ScannerErrorOrExceptionTempfailsNeverAccepts) {
  ScanOutcome failed;
  failed.error = "engine not loaded";
  Engine engine(settings(), scanners({std::make_shared<ScriptedScanner>("p-quarantine", failed),
                                      std::make_shared<ScriptedScanner>("p-reject", ScanOutcome{}, true)}));
  auto v = decided(engine, *test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v.action, Action::Tempfail);
  EXPECT_EQ(v.reply.code, "451");
  EXPECT_EQ(v.reply.enhancedCode, "4.7.1");
  ASSERT_EQ(v.errors.size(), 2u);
  EXPECT_NE(v.errors[1].find("boom"), std::string::npos);
}

TEST(Engine, ModificationsApplyOnlyWhenAccepted) {
  ScanOutcome add;
  add.modifications.addRecipients.push_back("head@school.example");
  Finding info = findingFor("p-reject", "copied");
  info.actionOverride = Action::Accept;
  add.findings.push_back(info);
  ScanOutcome reject;
  reject.findings.push_back(findingFor("p-reject", "bad"));

  Engine accepting(settings(), scanners({std::make_shared<ScriptedScanner>("p-reject", add)}));
  auto v1 = accepting.evaluate(*test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v1.action, Action::Accept);
  ASSERT_EQ(v1.modifications.addRecipients.size(), 1u);
  EXPECT_EQ(v1.reasons.size(), 1u);

  Engine rejecting(settings(), scanners({std::make_shared<ScriptedScanner>("p-reject", add),
                                         std::make_shared<ScriptedScanner>("p-reject", reject)}));
  auto v2 = rejecting.evaluate(*test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v2.action, Action::Reject);
  EXPECT_TRUE(v2.modifications.empty());
}

TEST(Engine, ReplyLinesCarryNoLineBreaksAndStayWithinLibmilterLimit) {
  ScanOutcome r;
  for (int i = 0; i < 40; ++i) {
    Finding f = findingFor("p-reject", "rule" + std::to_string(i));
    f.description = "line\r\nbreak";
    r.findings.push_back(f);
  }
  Engine engine(settings(), scanners({std::make_shared<ScriptedScanner>("p-reject", r)}));
  auto v = decided(engine, *test::parseText(kMessage, kOutbound));
  EXPECT_LE(v.reply.lines.size(), 32u);
  for (const auto& line : v.reply.lines) {
    EXPECT_EQ(line.find_first_of("\r\n"), std::string::npos);
  }
}

TEST(Engine, UnscannableMessageUsesConfiguredAction) {
  auto s = settings();
  s.onUnscannable = Action::Quarantine;
  Engine engine(s, scanners({}));
  ParseLimits limits;
  limits.maxLeafParts = 1;
  auto view = test::parseText(
      "From: a@school.example\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b\n\ntwo\n--b--\n", kOutbound,
      limits);
  auto v = decided(engine, *view);
  EXPECT_EQ(v.action, Action::Quarantine);
  ASSERT_FALSE(v.reasons.empty());
  EXPECT_EQ(v.reasons[0].finding.rule, "unscannable");
}

// A scanner feeding two policies (like content: chain-letter and dlp-unencrypted).
class SharedScanner : public ScriptedScanner {
 public:
  using ScriptedScanner::ScriptedScanner;
  std::vector<std::string> policyIds() const override { return {"p-quarantine", "p-reject"}; }
};

TEST(Engine, ASharedScannersErrorTakesTheOnErrorOfThePolicyItConcerns) {
  auto s = settings();
  s.policies["p-quarantine"].onError = Action::Accept;
  s.policies["p-reject"].onError = Action::Quarantine;
  ScanOutcome general, specific;
  general.error = "rules could not run";
  specific.error = "attachment unreadable";
  specific.errorPolicy = "p-quarantine";
  std::vector<ScannerPtr> generalScanners, specificScanners;
  generalScanners.push_back(std::make_unique<SharedScanner>("shared", general));
  specificScanners.push_back(std::make_unique<SharedScanner>("shared", specific));
  Engine all(s, std::move(generalScanners));
  auto v1 = all.evaluate(*test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v1.action, Action::Quarantine);  // the most severe on_error of the two policies
  ASSERT_EQ(v1.errors.size(), 1u);
  EXPECT_EQ(v1.errors[0].rfind("p-quarantine+p-reject: ", 0), 0u) << v1.errors[0];
  ASSERT_EQ(v1.timings.size(), 1u);
  EXPECT_EQ(v1.timings[0].policy, "p-quarantine+p-reject");
  Engine one(s, std::move(specificScanners));
  auto v2 = one.evaluate(*test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v2.action, Action::Accept);  // p-quarantine's own on_error
  EXPECT_EQ(v2.errors[0].rfind("p-quarantine: ", 0), 0u) << v2.errors[0];
}

TEST(VerdictJson, HasTheDocumentedShape) {
  ScanOutcome r;
  r.findings.push_back(findingFor("p-reject", "r\"q"));
  Engine engine(settings(), scanners({std::make_shared<ScriptedScanner>("p-reject", r)}));
  auto json = toJson(decided(engine, *test::parseText(kMessage, kOutbound))).dump();
  EXPECT_NE(json.find("\"action\":\"reject\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"rule\":\"r\\\"q\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"added_rcpts\":[]"), std::string::npos);
  EXPECT_NE(json.find("\"added_headers\":[]"), std::string::npos);
  EXPECT_NE(json.find("\"reply\":\"550 5.7.1 "), std::string::npos);
}

// A scanner that works for `spend` (a slow attachment) and remembers the deadline it was given.
class SlowScanner : public Scanner {
 public:
  SlowScanner(std::string policy, std::chrono::milliseconds spend, Deadline* seen = nullptr)
      : policy_(std::move(policy)), spend_(spend), seen_(seen) {}
  std::string_view policyId() const override { return policy_; }
  ScanOutcome scan(const MessageView&, const ScanContext& context) const override {
    if (seen_) *seen_ = context.deadline;
    std::this_thread::sleep_for(spend_);
    return {};
  }

 private:
  std::string policy_;
  std::chrono::milliseconds spend_;
  Deadline* seen_;
};

std::vector<ScannerPtr> slowThenQuick(std::chrono::milliseconds spend, Deadline* seen = nullptr) {
  std::vector<ScannerPtr> out;
  out.push_back(std::make_unique<SlowScanner>("p-reject", spend, seen));
  out.push_back(std::make_unique<ScriptedScanner>("p-quarantine", ScanOutcome{}));
  return out;
}

TEST(EngineBudget, MessageThatRunsOutOfTimeIsHeldAsNotFullyChecked) {
  auto s = settings();
  s.messageBudget = std::chrono::milliseconds(20);
  Engine engine(s, slowThenQuick(std::chrono::milliseconds(60)));
  auto v = engine.evaluate(*test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v.action, Action::Quarantine);
  ASSERT_EQ(v.reasons.size(), 1u);
  EXPECT_EQ(v.reasons[0].finding.policy, "engine");
  EXPECT_EQ(v.reasons[0].finding.rule, "message-budget");
  EXPECT_NE(v.reasons[0].finding.evidence.find("not run: p-quarantine"), std::string::npos) << v.reasons[0].finding.evidence;
  EXPECT_EQ(v.timings.size(), 1u) << "scanners after the deadline are not started";
}

TEST(EngineBudget, OverrunTempfailsWhenConfigured) {
  auto s = settings();
  s.messageBudget = std::chrono::milliseconds(20);
  s.onBudgetExceeded = Action::Tempfail;
  Engine engine(s, slowThenQuick(std::chrono::milliseconds(60)));
  EXPECT_EQ(engine.evaluate(*test::parseText(kMessage, kOutbound)).action, Action::Tempfail);
}

TEST(EngineBudget, MessageWithinItsBudgetIsUnaffected) {
  Deadline seen = Deadline::never();
  Engine engine(settings(), slowThenQuick(std::chrono::milliseconds(1), &seen));
  auto before = Deadline::Clock::now();
  auto v = engine.evaluate(*test::parseText(kMessage, kOutbound));
  EXPECT_EQ(v.action, Action::Accept);
  EXPECT_GE(seen.at(), before + std::chrono::seconds(239)) << "scanners see the default 240 s budget";
}

TEST(EngineBudget, ScannersSeeTheDeadlineTheCallerStarted) {
  Deadline seen = Deadline::never();
  Engine engine(settings(), slowThenQuick(std::chrono::milliseconds(0), &seen));
  Deadline started = Deadline::after(std::chrono::seconds(5));
  engine.evaluate(*test::parseText(kMessage, kOutbound), started);
  EXPECT_EQ(seen.at(), started.at());
}

}  // namespace
}  // namespace aup
