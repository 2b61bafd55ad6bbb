#include "scanners/headteacher_copy/headteacher_copy_scanner.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/engine.h"
#include "tests/support/organisation.h"
#include "tests/support/decided.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

constexpr const char* kHead = "head@school.example";
constexpr const char* kRoster =
    "email,role,name\n"
    "parent.one@example.org,parent,Parent One\n"
    "parent.two@example.org,parent,Parent Two\n"
    "carer@example.net,carer,Carer\n"
    "chair@example.net,governor,\"Chair, Governors\"\n"
    "@council.example.org,agency,County Council\n"
    "governor@school.example,governor,Staff Governor\n";

struct Options {
  HeadteacherCopyMode mode = HeadteacherCopyMode::Add;
  CcHeaderMode cc = CcHeaderMode::Visible;
  SubaddressFolding folding = SubaddressFolding::Off;
};

// An engine holding only the headteacher-copy scanner, with the product's default actions.
Engine engineWith(const Options& options = {}) {
  EngineSettings settings;
  settings.organisation = test::schoolOrganisation();
  settings.organisation.headteacher = kHead;
  settings.policies["headteacher-copy"] = PolicyActions{true, Action::Reject, Action::Accept, Action::Tempfail};
  HeadteacherCopySettings s;
  s.mode = options.mode;
  s.ccHeader = options.cc;
  RosterLoadReport report;
  s.roster = std::make_shared<const Roster>(Roster::parse(kRoster, options.folding, report));
  EXPECT_TRUE(report.warnings.empty() && report.errors.empty());
  s.delegates = {"pa.head@school.example", "pa"};
  std::vector<ScannerPtr> scanners;
  scanners.push_back(std::make_unique<HeadteacherCopyScanner>(std::move(s)));
  return Engine(std::move(settings), std::move(scanners));
}

Verdict evaluate(std::string_view message, const Envelope& envelope, const Options& options = {}) {
  auto view = test::parseText(message, envelope);
  return test::decided(engineWith(options), *view);
}

// A staff member who signed in with SASL, writing to `rcpts`.
Envelope staff(std::vector<std::string> rcpts, std::string login = "j.smith@school.example") {
  return test::envelopeFrom("j.smith@school.example", std::move(rcpts), std::move(login));
}

const char* kLetter = "From: J Smith <j.smith@school.example>\nTo: parent.one@example.org\nSubject: Trip\n\nDear parent\n";

bool copied(const Verdict& v) {
  return std::find(v.modifications.addRecipients.begin(), v.modifications.addRecipients.end(), kHead) !=
         v.modifications.addRecipients.end();
}

std::optional<std::string> addedHeader(const Verdict& v, std::string_view name) {
  for (const auto& h : v.modifications.addHeaders) {
    if (h.name == name) return h.value;
  }
  return std::nullopt;
}

TEST(HeadteacherCopy, StaffMailToParentCopiesHeadAndStaysAccepted) {
  Verdict v = evaluate(kLetter, staff({"parent.one@example.org"}));
  EXPECT_EQ(v.action, Action::Accept);
  EXPECT_EQ(v.modifications.addRecipients, (std::vector<std::string>{kHead}));
  EXPECT_EQ(addedHeader(v, "Cc"), kHead);
  EXPECT_EQ(addedHeader(v, "X-AUP-Headteacher-Copy"), "added");
  ASSERT_EQ(v.reasons.size(), 1u);
  const Finding& f = v.reasons[0].finding;
  EXPECT_EQ(f.policy, "headteacher-copy");
  EXPECT_EQ(f.rule, "roster-recipient");
  EXPECT_EQ(f.evidence, "parent p***@example.org");
  EXPECT_EQ(v.reasons[0].action, Action::Accept);
  EXPECT_TRUE(v.reply.code.empty());
}

TEST(HeadteacherCopy, AppendsHeadToExistingCcHeader) {
  Verdict v = evaluate(
      "From: j.smith@school.example\nTo: parent.one@example.org\nCc: \"Class Teacher\" <t@school.example>,\n"
      "\tother@example.net\nSubject: x\n\nb\n",
      staff({"parent.one@example.org", "t@school.example", "other@example.net"}));
  ASSERT_EQ(v.modifications.changeHeaders.size(), 1u);
  const HeaderChange& c = v.modifications.changeHeaders[0];
  EXPECT_EQ(c.name, "Cc");
  EXPECT_EQ(c.index, 1);
  // The raw (unfolded, undecoded) value is kept as written; the trailing comma is not doubled.
  EXPECT_EQ(c.value, "\"Class Teacher\" <t@school.example>,\tother@example.net, head@school.example");
  EXPECT_FALSE(addedHeader(v, "Cc"));
}

TEST(HeadteacherCopy, InvisibleModeAddsRecipientButNoCcHeader) {
  Options o;
  o.cc = CcHeaderMode::Invisible;
  Verdict v = evaluate(kLetter, staff({"parent.one@example.org"}), o);
  EXPECT_TRUE(copied(v));
  EXPECT_FALSE(addedHeader(v, "Cc"));
  EXPECT_TRUE(v.modifications.changeHeaders.empty());
  EXPECT_EQ(addedHeader(v, "X-AUP-Headteacher-Copy"), "added");
}

TEST(HeadteacherCopy, HeadNamedInCcHeaderButMissingFromEnvelopeIsCopiedWithoutDoubleCc) {
  Verdict v = evaluate("From: j.smith@school.example\nTo: parent.one@example.org\nCc: Head <HEAD@school.example>\n\nb\n",
                       staff({"parent.one@example.org"}));
  EXPECT_TRUE(copied(v));
  EXPECT_TRUE(v.modifications.changeHeaders.empty());
  EXPECT_FALSE(addedHeader(v, "Cc"));
}

struct QuietCase {
  const char* name;
  const char* message;
  Envelope envelope;
};

void PrintTo(const QuietCase& c, std::ostream* os) { *os << c.name; }

class NothingChanges : public ::testing::TestWithParam<QuietCase> {};

TEST_P(NothingChanges, NoFindingAndNoModification) {
  const QuietCase& c = GetParam();
  Verdict v = evaluate(c.message, c.envelope);
  EXPECT_EQ(v.action, Action::Accept) << c.name;
  EXPECT_TRUE(v.reasons.empty()) << c.name << ": " << (v.reasons.empty() ? "" : v.reasons[0].finding.evidence);
  EXPECT_TRUE(v.modifications.empty()) << c.name;
}

const QuietCase kQuietCases[] = {
    {"HeadAlreadyInTo", "From: j.smith@school.example\nTo: parent.one@example.org, head@school.example\n\nb\n",
     staff({"parent.one@example.org", "head@school.example"})},
    {"HeadAlreadyInCc", "From: j.smith@school.example\nTo: parent.one@example.org\nCc: head@school.example\n\nb\n",
     staff({"parent.one@example.org", "head@school.example"})},
    {"HeadAlreadyInBccOnlyInEnvelope", "From: j.smith@school.example\nTo: parent.one@example.org\n\nb\n",
     staff({"head@school.example", "parent.one@example.org"})},
    {"HeadInEnvelopeWithOtherCase", kLetter, staff({"parent.one@example.org", "Head@School.Example"})},
    {"DelegateSends", "From: pa.head@school.example\nTo: parent.one@example.org\n\nb\n",
     test::envelopeFrom("pa.head@school.example", {"parent.one@example.org"}, "pa.head@school.example")},
    {"DelegateSendsWithBareLogin", "From: pa.head@school.example\nTo: parent.one@example.org\n\nb\n",
     test::envelopeFrom("pa.head@school.example", {"parent.one@example.org"}, "pa")},
    {"HeadteacherSends", "From: head@school.example\nTo: parent.one@example.org\n\nb\n",
     test::envelopeFrom("head@school.example", {"parent.one@example.org"}, "head@school.example")},
    {"LearnerSends", "From: pupil@students.school.example\nTo: parent.one@example.org\n\nb\n",
     test::envelopeFrom("pupil@students.school.example", {"parent.one@example.org"}, "pupil@students.school.example")},
    {"StaffToUnlistedExternal", "From: j.smith@school.example\nTo: supplier@example.net\n\nb\n",
     staff({"supplier@example.net", "colleague@school.example"})},
    {"ReplyQuotingRosterAddressesInBody",
     "From: j.smith@school.example\nTo: colleague@school.example\nSubject: Re: trip\n\nSee below.\n\n"
     "On Monday, Parent One <parent.one@example.org> wrote:\n> cc chair@example.net and carer@example.net\n",
     staff({"colleague@school.example"})},
    {"RosterAddressOnlyInHeadersNotEnvelope",
     "From: j.smith@school.example\nTo: parent.one@example.org\nSubject: draft\n\nb\n", staff({"colleague@school.example"})},
    {"InboundFromParent", "From: parent.one@example.org\nTo: j.smith@school.example\n\nb\n",
     test::envelopeFrom("parent.one@example.org", {"j.smith@school.example"})},
    {"InboundFromParentCopyingAnotherParent", "From: parent.one@example.org\nTo: j.smith@school.example\n\nb\n",
     test::envelopeFrom("parent.one@example.org", {"j.smith@school.example", "parent.two@example.org"})},
    {"BounceWithNullSenderFromInside", "From: MAILER-DAEMON@school.example\nTo: parent.one@example.org\n\nb\n",
     test::envelopeFrom("", {"parent.one@example.org"}, std::nullopt, "127.0.0.1")},
    {"AgencySubdomainIsNotTheAgency", "From: j.smith@school.example\nTo: x@sub.council.example.org\n\nb\n",
     staff({"x@sub.council.example.org"})},
};

INSTANTIATE_TEST_SUITE_P(Cases, NothingChanges, ::testing::ValuesIn(kQuietCases),
                         [](const ::testing::TestParamInfo<QuietCase>& info) { return std::string(info.param.name); });

TEST(HeadteacherCopy, MixedRecipientsNameOnlyTheRosterOnes) {
  Verdict v = evaluate(kLetter, staff({"colleague@school.example", "supplier@example.net", "carer@example.net",
                                       "chair@example.net"}));
  EXPECT_TRUE(copied(v));
  ASSERT_EQ(v.reasons.size(), 1u);
  EXPECT_EQ(v.reasons[0].finding.evidence, "carer c***@example.net, governor c***@example.net");
}

TEST(HeadteacherCopy, AgencyDomainRowCoversAnyOfficer) {
  Verdict v = evaluate(kLetter, staff({"Social.Worker@Council.Example.org"}));
  EXPECT_TRUE(copied(v));
  ASSERT_EQ(v.reasons.size(), 1u);
  EXPECT_EQ(v.reasons[0].finding.evidence, "agency S***@Council.Example.org (all of @council.example.org)");
}

TEST(HeadteacherCopy, InternalGovernorAddressOnRosterIsCopied) {
  Verdict v = evaluate(kLetter, staff({"governor@school.example"}));
  EXPECT_EQ(v.direction, Direction::Internal);
  EXPECT_TRUE(copied(v));
}

TEST(HeadteacherCopy, TrustedNetworkSenderWithoutSaslIsJudgedByMailFrom) {
  auto view = test::parseText(kLetter, test::envelopeFrom("j.smith@school.example", {"parent.one@example.org"},
                                                          std::nullopt, "10.1.2.3"));
  Engine engine = engineWith();
  EngineSettings settings = engine.settings();
  settings.organisation.trustedNetworks = {*Network::parse("10.0.0.0/8")};
  // Rebuild with the trusted network: the scanner itself is stateless apart from its settings.
  HeadteacherCopySettings s;
  RosterLoadReport report;
  s.roster = std::make_shared<const Roster>(Roster::parse(kRoster, SubaddressFolding::Off, report));
  std::vector<ScannerPtr> scanners;
  scanners.push_back(std::make_unique<HeadteacherCopyScanner>(std::move(s)));
  Verdict v = Engine(settings, std::move(scanners)).evaluate(*view);
  EXPECT_TRUE(copied(v));
}

TEST(HeadteacherCopy, SaslRealmThatIsNoMailDomainFallsBackToMailFrom) {
  Verdict v = evaluate(kLetter, staff({"parent.one@example.org"}, "j.smith@SCHOOL"));
  EXPECT_TRUE(copied(v));
  Verdict learner = evaluate(kLetter, test::envelopeFrom("pupil@students.school.example", {"parent.one@example.org"},
                                                         "pupil@SCHOOL"));
  EXPECT_FALSE(copied(learner));
}

TEST(HeadteacherCopy, SubaddressFoldingMatchesTaggedRecipientOnlyWhenOn) {
  Options folded;
  folded.folding = SubaddressFolding::PlusTag;
  EXPECT_FALSE(copied(evaluate(kLetter, staff({"parent.one+school@example.org"}))));
  EXPECT_TRUE(copied(evaluate(kLetter, staff({"parent.one+school@example.org"}), folded)));
}

TEST(HeadteacherCopy, ManyRosterRecipientsAreSummarised) {
  Verdict v = evaluate(kLetter, staff({"parent.one@example.org", "parent.two@example.org", "carer@example.net",
                                       "chair@example.net", "a@council.example.org", "b@council.example.org",
                                       "c@council.example.org", "PARENT.ONE@example.org"}));
  ASSERT_EQ(v.reasons.size(), 1u);
  EXPECT_TRUE(v.reasons[0].finding.evidence.ends_with(" and 2 more")) << v.reasons[0].finding.evidence;
}

TEST(HeadteacherCopy, RejectModeRefusesAndTellsSenderToCopyTheHead) {
  Options o;
  o.mode = HeadteacherCopyMode::Reject;
  Verdict v = evaluate(kLetter, staff({"parent.one@example.org", "chair@example.net"}), o);
  EXPECT_EQ(v.action, Action::Reject);
  EXPECT_TRUE(v.modifications.empty());
  EXPECT_EQ(v.reply.code, "550");
  EXPECT_EQ(v.reply.enhancedCode, "5.7.1");
  std::string text = v.reply.text();
  EXPECT_NE(text.find("copied to the Headteacher (head@school.example)"), std::string::npos) << text;
  EXPECT_NE(text.find("Add head@school.example to Cc"), std::string::npos) << text;
  EXPECT_NE(text.find("parent p***@example.org, governor c***@example.net"), std::string::npos) << text;
  // The reply names roles and masked addresses, never the full address or the roster name.
  EXPECT_EQ(text.find("parent.one@"), std::string::npos) << text;
  EXPECT_EQ(text.find("Chair, Governors"), std::string::npos) << text;
}

TEST(HeadteacherCopy, RejectModeStillAcceptsMailThatAlreadyCopiesTheHead) {
  Options o;
  o.mode = HeadteacherCopyMode::Reject;
  Verdict v = evaluate(kLetter, staff({"parent.one@example.org", kHead}), o);
  EXPECT_EQ(v.action, Action::Accept);
  EXPECT_TRUE(v.reasons.empty());
}

TEST(HeadteacherCopy, NoHeadteacherConfiguredMeansNothingToAdd) {
  EngineSettings settings = engineWith().settings();
  settings.organisation.headteacher.clear();
  HeadteacherCopySettings s;
  RosterLoadReport report;
  s.roster = std::make_shared<const Roster>(Roster::parse(kRoster, SubaddressFolding::Off, report));
  std::vector<ScannerPtr> scanners;
  scanners.push_back(std::make_unique<HeadteacherCopyScanner>(std::move(s)));
  auto view = test::parseText(kLetter, staff({"parent.one@example.org"}));
  Verdict v = Engine(settings, std::move(scanners)).evaluate(*view);
  EXPECT_TRUE(v.modifications.empty());
}

}  // namespace
}  // namespace aup
