// decide()/planFor(): the plan for each verdict, tokens, who gets a notice, and subject masking.
// Same inputs, same plan: the clock, key, store row and notice counts are all inputs here.

#include "decision/decide.h"

#include <gtest/gtest.h>

#include "decision/plan_json.h"
#include "tests/support/organisation.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

const std::string kKey = "0123456789abcdef0123456789abcdef";
constexpr std::int64_t kNow = 1700000000;

Organisation school() {
  Organisation org = test::schoolOrganisation();
  org.name = "Test School";
  org.sendAs["office@school.example"] = {"j.smith@school.example"};
  return org;
}

DecisionSettings settings() {
  DecisionSettings d;
  d.reply = {"Test School", "it@school.example"};
  d.noticeFrom = "postmaster@school.example";
  d.noticeRatePerHour = 3;
  return d;
}

Verdict verdictOf(Action action, Direction direction = Direction::Outbound) {
  Verdict v;
  v.action = action;
  v.direction = direction;
  Finding f;
  f.policy = action == Action::Reject ? "chain-letter" : "dlp-unencrypted";
  f.rule = "r";
  f.description = "d";
  if (action != Action::Accept) v.reasons.push_back({f, action});
  return v;
}

constexpr const char* kText = "From: j.smith@school.example\nTo: p@example.org\nSubject: ULN 1000000043 for Sam\n\nbody\n";

Plan planWith(Verdict v, Envelope e, DecisionSettings d = settings(), DecisionInputs in = {}) {
  auto view = test::parseText(kText, std::move(e));
  if (in.now == 0) in.now = kNow;
  return planFor(std::move(v), *view, school(), d, in);
}

Envelope staff(std::string from = "j.smith@school.example", std::optional<std::string> login = "j.smith@school.example") {
  return test::envelopeFrom(std::move(from), {"p@example.org"}, std::move(login), "192.0.2.5");
}

TEST(Decide, TheSameInputsGiveTheSamePlan) {
  auto a = toJson(planWith(verdictOf(Action::Reject), staff())).dump();
  auto b = toJson(planWith(verdictOf(Action::Reject), staff())).dump();
  EXPECT_EQ(a, b);
}

TEST(Decide, HeldMailKeepsTheChangesToApplyOnRelease) {
  Verdict v = verdictOf(Action::Quarantine);
  v.heldModifications.addRecipients = {"head@school.example"};
  v.heldModifications.changeHeaders = {{"Cc", 1, "head@school.example"}};
  Plan p = planWith(v, staff());
  EXPECT_EQ(p.mta.disposition, Disposition::Discard);
  ASSERT_TRUE(p.hold.has_value());
  EXPECT_EQ(p.hold->onRelease.addRecipients, std::vector<std::string>{"head@school.example"});
  EXPECT_TRUE(p.mta.modifications.empty());
}

TEST(Decide, TempfailRepliesCarryTheReferenceNotTheError) {
  Verdict v = verdictOf(Action::Tempfail);
  v.reasons.clear();
  v.errors = {"virus: /run/clamav/clamd.ctl: No such file"};
  Envelope e = staff();
  e.queueId = "4ABC";
  Plan p = planWith(v, e);
  EXPECT_EQ(p.mta.disposition, Disposition::Tempfail);
  EXPECT_EQ(p.reference, "4ABC");
  EXPECT_EQ(p.mta.reply.text().find("clamd"), std::string::npos);
  EXPECT_NE(p.mta.reply.text().find("Reference: 4ABC"), std::string::npos);
}

TEST(Notices, GoToAStaffSenderWhoseAddressIsTheirs) {
  Plan p = planWith(verdictOf(Action::Reject), staff());
  ASSERT_TRUE(p.notice.has_value());
  EXPECT_EQ(p.notice->to, "j.smith@school.example");
  EXPECT_EQ(p.notice->rateKeys, (std::vector<std::string>{"user:j.smith@school.example", "client:192.0.2.5"}));
}

TEST(Notices, GoToADelegatedSharedMailboxAndABareLogin) {
  EXPECT_TRUE(planWith(verdictOf(Action::Reject), staff("office@school.example")).notice.has_value());
  EXPECT_TRUE(planWith(verdictOf(Action::Reject), staff("j.smith@school.example", "j.smith")).notice.has_value());
}

TEST(Notices, NeverGoToAnAddressTheLoginDoesNotOwn) {
  for (const char* from : {"victim@example.org", "head@school.example", "office@example.org"}) {
    Plan p = planWith(verdictOf(Action::Reject), staff(from));
    EXPECT_FALSE(p.notice.has_value()) << from;
    EXPECT_EQ(p.noticeSkipped, "the sender address does not belong to the login") << from;
  }
}

TEST(Notices, ATrustedHostWithoutALoginNotifiesOnlyTheConfiguredAddress) {
  Envelope copier = test::envelopeFrom("scanner@school.example", {"p@example.org"}, std::nullopt, "10.0.0.9");
  EXPECT_FALSE(planWith(verdictOf(Action::Reject), copier).notice.has_value());
  DecisionSettings d = settings();
  d.trustedHostNoticeTo = "ict@school.example";
  Plan p = planWith(verdictOf(Action::Reject), copier, d);
  ASSERT_TRUE(p.notice.has_value());
  EXPECT_EQ(p.notice->to, "ict@school.example");
  EXPECT_EQ(p.notice->rateKeys, std::vector<std::string>{"client:10.0.0.9"});
}

TEST(Notices, InboundAcceptedAndTempfailedMailGetNone) {
  EXPECT_FALSE(planWith(verdictOf(Action::Reject, Direction::Inbound), staff()).notice.has_value());
  EXPECT_FALSE(planWith(verdictOf(Action::Accept), staff()).notice.has_value());
  EXPECT_FALSE(planWith(verdictOf(Action::Tempfail), staff()).notice.has_value());
}

TEST(Notices, StopAtTheRateLimitOfTheLoginOrTheClient) {
  DecisionInputs in;
  in.noticesThisHour["user:j.smith@school.example"] = 3;
  Plan p = planWith(verdictOf(Action::Reject), staff(), settings(), in);
  EXPECT_FALSE(p.notice.has_value());
  EXPECT_EQ(p.noticeSkipped, "rate limit reached for user:j.smith@school.example");
  DecisionInputs client;
  client.noticesThisHour["client:192.0.2.5"] = 3;
  EXPECT_FALSE(planWith(verdictOf(Action::Reject), staff(), settings(), client).notice.has_value());
}

TEST(Notices, MaskTheSubjectLikeEvidence) {
  Plan p = planWith(verdictOf(Action::Quarantine), staff());
  ASSERT_TRUE(p.notice.has_value());
  EXPECT_EQ(p.notice->subjectMasked, "ULN 10******43 for Sam");
}

TEST(MaskSubject, MasksIdentifierLikeRunsOnly) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {{"Year 9 trip on 12 May", "Year 9 trip on 12 May"},
               {"NI AB 12 34 56 C", "NI AB 12**56 C"},
               {"NHS 943 476 5870", "NHS 94******70"},
               {"UPN A123456789012", "UPN A1*********12"},
               {"DOB 01/02/2011 list", "DOB 01****11 list"},
               {"Invoice 4471", "Invoice 4471"}};
  for (const auto& c : cases) EXPECT_EQ(maskSubject(c.in), c.out) << c.in;
}

const std::string kContentType = "Content-Type: text/plain;\n charset=utf-8\n";

// A message carrying a token, as it comes back through the milter.
Plan planForTokenMessage(const std::string& header, const std::string& body, Verdict v, DecisionInputs in) {
  // Content-Type is bound too, and GMime keeps it off the message's own header list.
  std::string text = header + "From: j.smith@school.example\nTo: p@example.org\nSubject: s\n" + kContentType + "\n" + body;
  auto view = test::parseText(text, test::envelopeFrom("j.smith@school.example", {"p@example.org"}));
  in.now = kNow;
  in.tokenKey = kKey;
  return planFor(std::move(v), *view, school(), settings(), in);
}

std::string tokenFor(TokenKind kind, const std::string& body) {
  std::string text = test::crlf("From: j.smith@school.example\nTo: p@example.org\nSubject: s\n" + kContentType + "\n" + body);
  auto headers = headerFieldsOf(text);
  return signToken(kind, kind == TokenKind::Release ? "00112233445566778899aabbccddeeff" : "",
                   {{"p@example.org"}, headers, text}, kNow, kKey);
}

TEST(Tokens, AValidReleaseTurnsAHoldIntoDeliveryWithTheHeldChanges) {
  Verdict v = verdictOf(Action::Quarantine);
  v.heldModifications.addRecipients = {"head@school.example"};
  DecisionInputs in;
  in.releaseGrant = ReleaseGrant{true};
  Plan p = planForTokenMessage("X-AUP-Released: " + tokenFor(TokenKind::Release, "body\n") + "\n", "body\n", v, in);
  EXPECT_EQ(p.releaseCheck, "valid");
  EXPECT_EQ(p.mta.disposition, Disposition::Accept);
  EXPECT_EQ(p.mta.modifications.addRecipients, std::vector<std::string>{"head@school.example"});
  ASSERT_FALSE(p.mta.removeHeaders.empty());
  EXPECT_EQ(p.mta.removeHeaders[0].name, "X-AUP-Released");
}

TEST(Tokens, AReleaseStandsAgainstPoliciesTheAdminReviewedButNotAgainstAVirus) {
  DecisionInputs in;
  in.releaseGrant = ReleaseGrant{true};
  const std::string header = "X-AUP-Released: " + tokenFor(TokenKind::Release, "body\n") + "\n";
  // Re-injected without the sender's login, the anonymous policy may now object: the release stands.
  EXPECT_EQ(planForTokenMessage(header, "body\n", verdictOf(Action::Reject), in).mta.disposition, Disposition::Accept);
  Verdict virus = verdictOf(Action::Reject);
  virus.reasons[0].finding.policy = "virus";
  EXPECT_EQ(planForTokenMessage(header, "body\n", virus, in).mta.disposition, Disposition::Reject);
  EXPECT_EQ(planForTokenMessage(header, "body\n", verdictOf(Action::Tempfail), in).mta.disposition, Disposition::Tempfail);
}

TEST(Tokens, OurOwnNoticePassesEvenWhenItQuotesWhatItIsAbout) {
  Plan p = planForTokenMessage("X-AUP-Notice: " + tokenFor(TokenKind::Notice, "Don't break the chain\n") + "\n",
                               "Don't break the chain\n", verdictOf(Action::Reject), {});
  EXPECT_EQ(p.noticeTokenCheck, "valid");
  EXPECT_EQ(p.mta.disposition, Disposition::Accept);
  EXPECT_FALSE(p.notice.has_value());  // never a notice about a notice
}

TEST(Tokens, ANoticeTokenOnOtherContentIsIgnored) {
  Plan p = planForTokenMessage("X-AUP-Notice: " + tokenFor(TokenKind::Notice, "harmless\n") + "\n",
                               "Don't break the chain\n", verdictOf(Action::Reject), {});
  EXPECT_EQ(p.noticeTokenCheck, "body-mismatch");
  EXPECT_EQ(p.mta.disposition, Disposition::Reject);
}

}  // namespace
}  // namespace aup
