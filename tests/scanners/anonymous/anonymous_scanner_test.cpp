#include "scanners/anonymous/anonymous_scanner.h"

#include <gtest/gtest.h>

#include "tests/support/organisation.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

Organisation school() {
  Organisation org = test::schoolOrganisation();
  org.sendAs["office@school.example"] = {"j.smith@school.example"};
  return org;
}

AnonymousScanner scanner() {
  AnonymousSettings s;
  s.anonymousDomains = {"mailinator.com", "guerrillamail.com"};
  s.anonymousNames = {"anonymous", "anon", "no name", "noname", "nobody", "unknown", "secret admirer", "a friend"};
  return AnonymousScanner(s);
}

std::vector<std::string> rulesFor(std::string_view message, Envelope envelope) {
  auto view = test::parseText(message, envelope);
  Organisation org = school();
  ScanContext ctx{org, deriveDirection(view->envelope(), org), isInternalSender(view->envelope(), org)};
  std::vector<std::string> rules;
  for (const auto& f : scanner().scan(*view, ctx).findings) rules.push_back(f.rule);
  return rules;
}

const Envelope kStaff = test::envelopeFrom("j.smith@school.example", {"parent@example.org"}, "j.smith@school.example");
const Envelope kOutsider = test::envelopeFrom("someone@example.net", {"j.smith@school.example"});

struct Case {
  const char* name;
  const char* message;
  Envelope envelope;
  std::vector<std::string> expectedRules;
};

// Prints a case by name in test output instead of as raw bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class AnonymousRules : public ::testing::TestWithParam<Case> {};

TEST_P(AnonymousRules, ReportsExactlyTheExpectedRules) {
  const Case& c = GetParam();
  EXPECT_EQ(rulesFor(c.message, c.envelope), c.expectedRules) << c.name;
}

const Case kCases[] = {
    // Positive cases: each rule fires.
    {"MissingFrom", "To: parent@example.org\nSubject: hi\n\nbody\n", kStaff, {"missing-from"}},
    {"FromWithoutAddress", "From: undisclosed-recipients:;\nSubject: hi\n\nbody\n", kStaff, {"no-address"}},
    {"DuplicateFromHeaders", "From: j.smith@school.example\nFrom: j.smith@school.example\nSubject: x\n\nb\n", kStaff,
     {"duplicate-from"}},
    {"SeveralFromMailboxesWithoutSender", "From: j.smith@school.example, b@school.example\nSubject: x\n\nb\n",
     test::envelopeFrom("j.smith@school.example", {"x@example.org"}, std::nullopt), {"duplicate-from"}},
    {"AnonymousDisplayName", "From: Anonymous <j.smith@school.example>\nSubject: x\n\nb\n", kStaff, {"anonymous-name"}},
    {"SecretAdmirerDisplayName", "From: \"Secret Admirer\" <x@example.net>\nSubject: x\n\nb\n", kOutsider,
     {"anonymous-name"}},
    {"NoNameLocalPart", "From: no.name@example.net\nSubject: x\n\nb\n", kOutsider, {"anonymous-name"}},
    {"AuthenticatedUserForgesColleague", "From: Head Teacher <head@school.example>\nSubject: x\n\nb\n", kStaff,
     {"sender-mismatch"}},
    {"DisposableDomainInFrom", "From: Pat <pat@mailinator.com>\nSubject: x\n\nb\n", kOutsider, {"anonymous-domain"}},
    {"DisposableSubdomainInEnvelope", "From: Pat <pat@example.net>\nSubject: x\n\nb\n",
     test::envelopeFrom("bounce@eu.guerrillamail.com", {"j.smith@school.example"}), {"anonymous-domain"}},
    {"RemailerHeader", "From: x@example.net\nAnon-To: j.smith@school.example\nSubject: x\n\nb\n", kOutsider,
     {"remailer"}},
    {"RemailerCommentsHeader",
     "From: x@example.net\nComments: This message was sent by an anonymizing remailer\nSubject: x\n\nb\n", kOutsider,
     {"remailer"}},
    {"RemailerBodyBlock", "From: x@example.net\nSubject: x\n\n::\nAnon-To: j.smith@school.example\n\nhello\n",
     kOutsider, {"remailer"}},
    {"NullSenderOnOrdinaryContent", "From: x@example.net\nSubject: hello\n\nplain letter\n",
     test::envelopeFrom("", {"j.smith@school.example"}), {"null-sender"}},

    // Tricky negatives: none of these is anonymous.
    {"RealNameContainingAnon", "From: Shannon Anonby <s.anonby@example.net>\nSubject: x\n\nb\n", kOutsider, {}},
    {"RealNameAnona", "From: Anona Canon <anona@example.net>\nSubject: x\n\nb\n", kOutsider, {}},
    {"StaffSendsAsThemselves", "From: John Smith <J.Smith@School.Example>\nSubject: x\n\nb\n", kStaff, {}},
    {"StaffUsesSharedMailboxTheyMaySendAs", "From: School Office <office@school.example>\nSubject: x\n\nb\n", kStaff,
     {}},
    {"LoginWithoutDomainMatchesLocalPart", "From: j.smith@school.example\nSubject: x\n\nb\n",
     test::envelopeFrom("j.smith@school.example", {"x@example.org"}, "j.smith"), {}},
    {"DeliveryStatusNotificationWithNullSender",
     "From: MAILER-DAEMON@example.net\nSubject: Undelivered\nContent-Type: multipart/report; "
     "report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: "
     "message/delivery-status\n\nReporting-MTA: dns; example.net\n\nFinal-Recipient: rfc822; x@example.net\nAction: "
     "failed\nStatus: 5.1.1\n--b--\n",
     test::envelopeFrom("", {"j.smith@school.example"}), {}},
    {"AutoReplyWithNullSender", "From: x@example.net\nAuto-Submitted: auto-replied\nSubject: Out of office\n\naway\n",
     test::envelopeFrom("", {"j.smith@school.example"}), {}},
    {"UnauthenticatedSenderIsNotCheckedAgainstSasl", "From: head@school.example\nSubject: x\n\nb\n",
     test::envelopeFrom("head@school.example", {"j.smith@school.example"}), {}},
    {"BodyMentioningRemailerIsFine", "From: x@example.net\nSubject: x\n\nWhat is an anonymous remailer?\n", kOutsider,
     {}},
};

INSTANTIATE_TEST_SUITE_P(Cases, AnonymousRules, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(AnonymousScanner, FindingExplainsHowToFixSenderMismatch) {
  auto view = test::parseText("From: head@school.example\nSubject: x\n\nb\n", kStaff);
  Organisation org = school();
  ScanContext ctx{org, Direction::Outbound, true};
  auto outcome = scanner().scan(*view, ctx);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].policy, "anonymous");
  EXPECT_NE(outcome.findings[0].advice.find("send-as rights for head@school.example"), std::string::npos);
}

}  // namespace
}  // namespace aup
