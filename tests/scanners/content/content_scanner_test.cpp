#include "scanners/content/content_scanner.h"
#include "scanners/content/dlp_policy.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "tests/scanners/content/content_test_support.h"
#include "tests/support/attachment_files.h"

namespace aup {
namespace {

using test::contentFixture;

const ContentScanner& scanner() {
  static const auto s = test::shippedContentScanner();
  return *s;
}

struct FixtureCase {
  const char* file;
  Direction direction;
  const char* policy;    // "" = nothing found
  const char* rule;
  const char* evidence;  // substring expected in the evidence ("" = not checked)
  bool review;           // actionOverride == Quarantine
};
void PrintTo(const FixtureCase& c, std::ostream* os) { *os << c.file; }

class ContentFixtures : public ::testing::TestWithParam<FixtureCase> {};

TEST_P(ContentFixtures, ReportsExpectedPolicyAndRule) {
  const auto& c = GetParam();
  auto outcome = test::scanAs(scanner(), contentFixture(c.file), c.direction);
  ASSERT_FALSE(outcome.error) << *outcome.error;
  if (std::string(c.policy).empty()) {
    EXPECT_TRUE(outcome.findings.empty()) << outcome.findings[0].policy << "/" << outcome.findings[0].rule << ": "
                                          << outcome.findings[0].evidence;
    return;
  }
  ASSERT_EQ(outcome.findings.size(), 1u) << outcome.findings.back().rule;
  const Finding& f = outcome.findings[0];
  EXPECT_EQ(f.policy, c.policy);
  EXPECT_EQ(f.rule, c.rule);
  EXPECT_NE(f.evidence.find(c.evidence), std::string::npos) << f.evidence;
  EXPECT_EQ(f.actionOverride.has_value(), c.review);
  EXPECT_FALSE(f.description.empty());
}

constexpr auto Out = Direction::Outbound;
constexpr auto Int = Direction::Internal;

INSTANTIATE_TEST_SUITE_P(
    ChainLetter, ContentFixtures,
    ::testing::Values(
        FixtureCase{"chain-letter-classic.eml", Int, "chain-letter", "chain-letter", "Send this to 10 people", false},
        FixtureCase{"chain-letter-virus-hoax.eml", Out, "chain-letter", "chain-letter", "Do not open any email titled", false},
        FixtureCase{"chain-letter-borderline.eml", Int, "chain-letter", "possible-chain-letter", "Keep this chain going", true},
        FixtureCase{"supply-chain.eml", Int, "", "", "", false},
        FixtureCase{"teacher-forward-form.eml", Out, "", "", "", false},
        FixtureCase{"newsletter.eml", Out, "", "", "", false},
        FixtureCase{"single-fwd.eml", Int, "", "", "", false}),
    [](const auto& info) {
      std::string n = info.param.file;
      n = n.substr(0, n.find('.'));
      for (char& ch : n) if (ch == '-') ch = '_';
      return n;
    });

INSTANTIATE_TEST_SUITE_P(
    Dlp, ContentFixtures,
    ::testing::Values(
        FixtureCase{"dlp-uln-plain.eml", Out, "dlp-unencrypted", "uln", "ULN 10******43 (part 1 line 5)", false},
        FixtureCase{"dlp-uln-plain.eml", Int, "", "", "", false},
        FixtureCase{"dlp-uln-html-only.eml", Out, "dlp-unencrypted", "uln", "ULN 71******26", false},
        FixtureCase{"dlp-nhs-base64.eml", Out, "dlp-unencrypted", "nhs", "NHS number 94******70", false},
        FixtureCase{"dlp-nino-qp.eml", Out, "dlp-unencrypted", "nino", "NI number AB*****6C", false},
        FixtureCase{"dlp-upn-iso8859.eml", Out, "dlp-unencrypted", "upn", "UPN P2*********49", false},
        FixtureCase{"dlp-csv-attachment.eml", Out, "dlp-unencrypted", "uln", "part 2 (pupils.csv) line 2", false},
        FixtureCase{"dlp-card.eml", Out, "dlp-unencrypted", "card", "card **** **** **** 8889", false},
        FixtureCase{"dlp-sortcode.eml", Out, "dlp-unencrypted", "sortcode", "sort code/account 49", false},
        FixtureCase{"dlp-marker-personal.eml", Out, "dlp-unencrypted", "marker-with-personal-data", "DOB **/**/2012", false},
        FixtureCase{"dlp-ehcp-attachment.eml", Out, "dlp-unencrypted", "learner-data-attachment", "\"EHCP\" (Subject) with part 2 (review.txt)", false},
        FixtureCase{"dlp-smime-signed.eml", Out, "dlp-unencrypted", "uln", "ULN 10******43", false},
        FixtureCase{"dlp-smime-encrypted.eml", Out, "", "", "", false},
        // The body is encrypted but the subject travels in clear.
        FixtureCase{"dlp-smime-encrypted-subject.eml", Out, "dlp-unencrypted", "uln", "ULN 10******43 (Subject)", false},
        FixtureCase{"dlp-pgp-mime.eml", Out, "", "", "", false},
        FixtureCase{"dlp-negatives.eml", Out, "", "", "", false},
        FixtureCase{"dlp-marker-only.eml", Out, "", "", "", false},
        FixtureCase{"dlp-disclaimer.eml", Out, "", "", "", false}),
    [](const auto& info) {
      std::string n = info.param.file;
      n = n.substr(0, n.find('.'));
      for (char& ch : n) if (ch == '-') ch = '_';
      return n + (info.param.direction == Direction::Internal ? "_internal" : "");
    });

// Every place a finding can surface must show masked values only.
void expectNoFullIdentifier(const ScanOutcome& outcome, const std::vector<std::string>& secrets) {
  for (const auto& f : outcome.findings)
    for (const auto* field : {&f.description, &f.evidence, &f.location, &f.advice, &f.rule})
      for (const auto& s : secrets) EXPECT_EQ(field->find(s), std::string::npos) << *field;
}

TEST(ContentScanner, EvidenceNeverCarriesAFullIdentifier) {
  const std::vector<std::string> secrets = {"1000000043", "4742 0780 2345 8889", "4742078023458889", "943 476 5870",
                                            "AB 12 34 56 C", "P207000016049", "12345678", "01/03/2012"};
  for (const char* file : {"dlp-uln-plain.eml", "dlp-card.eml", "dlp-nhs-base64.eml", "dlp-nino-qp.eml",
                           "dlp-upn-iso8859.eml", "dlp-sortcode.eml", "dlp-marker-personal.eml"}) {
    auto outcome = test::scanAs(scanner(), contentFixture(file), Direction::Outbound);
    ASSERT_FALSE(outcome.findings.empty()) << file;
    expectNoFullIdentifier(outcome, secrets);
  }
}

std::string docxWith(const std::string& paragraphs) {
  return test::makeZip({{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                        {"word/document.xml",
                         "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                         "wordprocessingml/2006/main\"><w:body>" + paragraphs + "</w:body></w:document>"}});
}

TEST(ContentScanner, FindsLearnerDataOnlyInsideADocxAttachment) {
  auto docx = docxWith("<w:p><w:r><w:t>Transfer record</w:t></w:r></w:p>"
                       "<w:p><w:r><w:t xml:space=\"preserve\">Learner ULN: </w:t></w:r><w:r><w:t>6421594181</w:t></w:r></w:p>");
  auto outcome = test::scanAs(scanner(), test::messageWithAttachment("record.docx", docx), Direction::Outbound);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "uln");
  EXPECT_NE(outcome.findings[0].evidence.find("ULN 64******81 (part 2 (record.docx) line 2)"), std::string::npos)
      << outcome.findings[0].evidence;
}

TEST(ContentScanner, XlsxHeaderRowLabelsEveryRow) {
  std::string shared = "<?xml version=\"1.0\"?><sst><si><t>Name</t></si><si><t>ULN</t></si><si><t>Amy</t></si></sst>";
  std::string rows;
  for (int r = 0; r < 30; ++r) rows += "<row><c t=\"s\"><v>2</v></c><c><v>4000000000</v></c></row>";  // filler, not ULNs
  std::string sheet = "<?xml version=\"1.0\"?><worksheet><sheetData><row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>" +
                      rows + "<row><c t=\"s\"><v>2</v></c><c><v>3555033084</v></c></row></sheetData></worksheet>";
  auto xlsx = test::makeZip({{"xl/sharedStrings.xml", shared}, {"xl/worksheets/sheet1.xml", sheet}});
  auto outcome = test::scanAs(scanner(), test::messageWithAttachment("class.xlsx", xlsx), Direction::Outbound);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "uln");
  EXPECT_NE(outcome.findings[0].evidence.find("ULN 35******84"), std::string::npos) << outcome.findings[0].evidence;
}

TEST(ContentScanner, PasswordZipHidesItsDataAndIsNotADocumentLeak) {
  auto zip = test::makeZip({{"pupils.csv", "Name,ULN\nAmy,1000000043\n"}}, test::ZipEncryption::Password);
  std::string msg = test::messageWithAttachment("pupils.zip", zip);
  msg.replace(msg.find("See attached."), 13, "The EHCP review is attached (password by phone).");
  auto outcome = test::scanAs(scanner(), msg, Direction::Outbound);
  EXPECT_TRUE(outcome.findings.empty()) << outcome.findings[0].rule;
}

TEST(ContentScanner, BodyNextToAnEncryptedAttachmentIsStillScanned) {
  auto zip = test::makeZip({{"a.txt", "x"}}, test::ZipEncryption::Password);
  std::string msg = test::messageWithAttachment("a.zip", zip);
  msg.replace(msg.find("See attached."), 13, "Learner ULN 1000000043 - the rest is in the zip.");
  auto outcome = test::scanAs(scanner(), msg, Direction::Outbound);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "uln");
}

TEST(ContentScanner, ValidNumberWithoutKeywordIsNotEnough) {
  std::string msg = "From: a@school.example\nTo: b@gmail.example\nSubject: order\n\nYour order 7117325126 has shipped.\n";
  EXPECT_TRUE(test::scanAs(scanner(), msg, Direction::Outbound).findings.empty());
}

TEST(ContentScanner, ManyMediumIdentifiersAddUp) {
  std::string body = "Pupils:\n";
  for (const char* uln : {"1000000043", "7117325126", "6421594181", "3555033084", "5129805983"})
    body += std::string(120, ' ') + "pupil " + uln + "\n";
  std::string msg = "From: a@school.example\nTo: b@gmail.example\nSubject: list\n\n" + body;
  auto outcome = test::scanAs(scanner(), msg, Direction::Outbound);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "identifiers");
}

TEST(ContentScanner, AttachmentsAreReadOnlyWhenAPolicyWillJudgeThem) {
  static const Organisation org = test::schoolOrganisation();
  // dlp judges outbound mail only, but chain letters travel as attachments in every direction.
  EXPECT_TRUE(scanner().readsAttachments(ScanContext{org, Direction::Outbound, true}));
  EXPECT_TRUE(scanner().readsAttachments(ScanContext{org, Direction::Inbound, false}));
  EXPECT_TRUE(scanner().readsAttachments(ScanContext{org, Direction::Internal, true}));
  DlpPolicy dlpOnly{DlpSettings{}};
  EXPECT_TRUE(dlpOnly.needsAttachments(ScanContext{org, Direction::Outbound, true}));
  EXPECT_FALSE(dlpOnly.needsAttachments(ScanContext{org, Direction::Inbound, false}));
  EXPECT_FALSE(dlpOnly.needsAttachments(ScanContext{org, Direction::Internal, true}));
}

TEST(ContentScanner, CorruptDocumentLeavingTheSchoolIsHeldByDefault) {
  std::string msg = test::messageWithAttachment("broken.docx", "PK\x03\x04 this is not a zip at all");
  auto outcome = test::scanAs(scanner(), msg, Direction::Outbound);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "unreadable-attachment");
  EXPECT_EQ(outcome.findings[0].actionOverride, Action::Quarantine);
  EXPECT_NE(outcome.findings[0].location.find("broken.docx"), std::string::npos);
  EXPECT_TRUE(test::scanAs(scanner(), msg, Direction::Internal).findings.empty()) << "only outbound mail is judged";
}

TEST(ContentScanner, UnreadableAttachmentPassesWhenSwitchedOff) {
  DlpSettings dlp;
  dlp.reportUnreadable = false;
  auto lenient = test::shippedContentScanner(dlp);
  std::string msg = test::messageWithAttachment("broken.docx", "PK\x03\x04 this is not a zip at all");
  EXPECT_TRUE(test::scanAs(*lenient, msg, Direction::Outbound).findings.empty());
}

TEST(ContentScanner, TruncatedAttachmentTextLeavingTheSchoolIsHeld) {
  MessageTextOptions options;
  options.limits.maxTextBytes = 1024;
  auto small = test::shippedContentScanner({}, options);
  std::string csv = "Name,Note\n";
  while (csv.size() < 4096) csv += "Amy,no identifiers here\n";
  auto outcome = test::scanAs(*small, test::messageWithAttachment("notes.csv", csv, "base64", "text/csv"), Direction::Outbound);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "unreadable-attachment");
  EXPECT_NE(outcome.findings[0].description.find("only partly"), std::string::npos) << outcome.findings[0].description;
}

TEST(ContentScanner, MatchFloodBeyondTheCapIsHeldAsNotFullyChecked) {
  std::string body;
  body.reserve(3u << 20);
  while (body.size() < (5u << 19)) body += "1000000043 ";
  std::string msg = "From: a@school.example\nTo: b@school.example\nSubject: numbers\n\n" + body + "\n";
  auto outcome = test::scanAs(scanner(), msg, Direction::Internal);
  ASSERT_FALSE(outcome.error) << *outcome.error;
  auto held = std::find_if(outcome.findings.begin(), outcome.findings.end(),
                           [](const Finding& f) { return f.rule == "match-limit"; });
  ASSERT_NE(held, outcome.findings.end()) << "a flood of matches must not pass as clean";
  EXPECT_EQ(held->actionOverride, Action::Quarantine);
}

// Messages that only claim to be encrypted: each carries the same learner record in clear.
struct LyingLabelCase {
  const char* name;
  std::string message;
};
void PrintTo(const LyingLabelCase& c, std::ostream* os) { *os << c.name; }

const std::string kLearnerLine = "Learner record: ULN 1000000043 for Amy Brown.";
constexpr const char* kHead = "From: a@school.example\nTo: b@gmail.example\nSubject: record\nMIME-Version: 1.0\n";

std::vector<LyingLabelCase> lyingLabelCases() {
  return {
      {"SmimeEnvelopedLabelOnPlainText",
       std::string(kHead) + "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\"\n"
                            "Content-Transfer-Encoding: base64\n\n" + test::base64(kLearnerLine + "\n")},
      {"SmimeLabelWithoutSmimeType",
       std::string(kHead) + "Content-Type: application/pkcs7-mime; name=\"smime.p7m\"\nContent-Transfer-Encoding: base64\n\n" +
           test::base64(kLearnerLine + "\n")},
      {"P7mNameOnTextAttachment", test::messageWithAttachment("record.p7m", kLearnerLine + "\n")},
      {"GpgNameOnTextAttachment", test::messageWithAttachment("record.csv.gpg", "Name,ULN\nAmy Brown,1000000043\n")},
      {"PgpBeginWithoutEnd", std::string(kHead) + "\nHello\n-----BEGIN PGP MESSAGE-----\n\n" + kLearnerLine + "\n"},
      {"PgpArmourAroundPlainText",
       std::string(kHead) + "\n-----BEGIN PGP MESSAGE-----\n\n" + kLearnerLine + "\n-----END PGP MESSAGE-----\n"},
      {"PgpMimeWithPlainTextInside",
       std::string(kHead) + "Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=\"p\"\n\n"
                            "--p\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n--p\n"
                            "Content-Type: application/octet-stream\n\n" + kLearnerLine + "\n--p--\n"},
  };
}

class LyingEncryptionLabels : public ::testing::TestWithParam<LyingLabelCase> {};

TEST_P(LyingEncryptionLabels, TextIsScannedAsUsual) {
  auto outcome = test::scanAs(scanner(), GetParam().message, Direction::Outbound);
  auto uln = std::find_if(outcome.findings.begin(), outcome.findings.end(), [](const Finding& f) { return f.rule == "uln"; });
  EXPECT_NE(uln, outcome.findings.end()) << GetParam().name << ": a label alone hid the learner's ULN";
}

INSTANTIATE_TEST_SUITE_P(ContentScanner, LyingEncryptionLabels, ::testing::ValuesIn(lyingLabelCases()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ContentScanner, SmartQuotesAndNbspAreNormalisedBeforeMatching) {
  std::string msg = "From: a@school.example\nTo: b@school.example\nSubject: Fwd: Fwd: Fwd: luck\nContent-Type: text/plain; "
                    "charset=utf-8\n\nForward this to 10\xC2\xA0people now or you will have bad luck. Don\xE2\x80\x99t break the chain.\n";
  auto outcome = test::scanAs(scanner(), msg, Direction::Internal);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "chain-letter");
  EXPECT_NE(outcome.findings[0].evidence.find("Don't break the chain"), std::string::npos);
}

TEST(ContentScanner, OrdinaryGoodLuckWishesAreNotChainLetters) {
  std::string msg = "From: a@school.example\nTo: b@school.example\nSubject: Fwd: Fwd: Fwd: exams\n\n"
                    "Good luck for your exams, and good luck for you all on the trip! Please pass it on to Year 11.\n";
  auto outcome = test::scanAs(scanner(), msg, Direction::Internal);
  EXPECT_TRUE(outcome.findings.empty()) << outcome.findings[0].evidence;
}

// Three forwarded/original-message banners, in any case, are the "forwarded many times over"
// signal; two are not.
TEST(ContentScanner, ThreeForwardBannersInAnyCaseAreDeepQuoting) {
  auto letter = [](int banners) {
    std::string body = "Forward this to 10 people now or you will have bad luck.\n";
    const char* kBanners[] = {"---------- Forwarded message ---------", "-----ORIGINAL MESSAGE-----",
                              "---------- forwarded MESSAGE ----------"};
    for (int i = 0; i < banners; ++i) body += std::string("\n") + kBanners[i] + "\nFrom: someone\n\nsee below\n";
    return "From: a@school.example\nTo: b@school.example\nSubject: luck\n\n" + body;
  };
  auto three = test::scanAs(scanner(), letter(3), Direction::Internal);
  ASSERT_FALSE(three.findings.empty());
  EXPECT_NE(three.findings[0].evidence.find("deep quoting"), std::string::npos) << three.findings[0].evidence;
  auto two = test::scanAs(scanner(), letter(2), Direction::Internal);
  for (const auto& f : two.findings) EXPECT_EQ(f.evidence.find("deep quoting"), std::string::npos) << f.evidence;
}

// format=flowed; delsp=yes may split a word at a soft break: it is read whole again.
TEST(ContentScanner, DelSpFlowedSplitWordsAreJoined) {
  std::string msg = "From: a@school.example\nTo: b@school.example\nSubject: read this\n"
                    "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n"
                    "Send this to 10 peo \nple before midnight or you will have bad lu \nck for seven years.\n";
  auto outcome = test::scanAs(scanner(), msg, Direction::Internal);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "chain-letter");
  EXPECT_NE(outcome.findings[0].evidence.find("Send this to 10 people"), std::string::npos) << outcome.findings[0].evidence;
}

// The two versions of a multipart/alternative say the same thing once: the request they both
// carry is not "asked twice".
TEST(ContentScanner, AlternativeVersionsAreNotARepeatedRequest) {
  const std::string request = "Please forward this to everyone you know. It only takes a second.";
  std::string msg = "From: a@school.example\nTo: b@school.example\nSubject: hi\nMIME-Version: 1.0\n"
                    "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n" + request +
                    "\n--b\nContent-Type: text/html\n\n<p>" + request + "</p>\n--b--\n";
  auto outcome = test::scanAs(scanner(), msg, Direction::Internal);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "possible-chain-letter") << outcome.findings[0].evidence;
  EXPECT_EQ(outcome.findings[0].evidence.find("times"), std::string::npos) << outcome.findings[0].evidence;
  // The same request written twice in one text is insistence.
  std::string twice = "From: a@school.example\nTo: b@school.example\nSubject: hi\n\n" + request +
                      "\n\nReally, forward this to everyone you know!\n";
  auto insisted = test::scanAs(scanner(), twice, Direction::Internal);
  ASSERT_EQ(insisted.findings.size(), 1u);
  EXPECT_EQ(insisted.findings[0].rule, "chain-letter") << insisted.findings[0].evidence;
}

struct ChainMessageCase {
  const char* name;
  const char* body;
  bool caught;
};

class ChainFamilies : public ::testing::TestWithParam<ChainMessageCase> {};

// Round 4 families (docs/accuracy.md): each positive is caught, each look-alike passes.
TEST_P(ChainFamilies, CatchesTheFamilyAndPassesItsLookAlike) {
  const auto& c = GetParam();
  std::string msg = std::string("From: a@school.example\nTo: b@school.example\nSubject: note\n\n") + c.body + "\n";
  auto outcome = test::scanAs(scanner(), msg, Direction::Internal);
  EXPECT_EQ(!outcome.findings.empty(), c.caught) << (outcome.findings.empty() ? "" : outcome.findings[0].evidence);
}

INSTANTIATE_TEST_SUITE_P(
    ContentScanner, ChainFamilies,
    ::testing::Values(
        ChainMessageCase{"TieredLuckLetter",
                         "Do not keep this message. It has to leave you within 96 hours. Send it to:\n"
                         "0-4 people: your life will get slightly better.\n"
                         "15 or more: your life will change completely.\n\nWhen you lose, don't lose the lesson.",
                         true},
        ChainMessageCase{"AntivirusHoaxInFamilyWords",
                         "A new virus is going round by email. Dell and Microsoft have both confirmed it. Even the best "
                         "anti-virus can't catch it. Forward this warning to everyone you know.",
                         true},
        ChainMessageCase{"TrackerGiveaway",
                         "Costa are testing an email tracking system. For every forward you make you get a free drink. "
                         "My friend is a paralegal and she checked this one out. Forward it to all your friends!",
                         true},
        ChainMessageCase{"GiftingRecruitment",
                         "You gift 20 pounds to the woman in the centre. I need 8 more people to join so the circle splits. "
                         "Just send on to everyone you know who might want to join.",
                         true},
        ChainMessageCase{"ItNoticeAboutAChainEmail",
                         "A chain email titled 'Urgent from Teams' is doing the rounds. It says Teams will stop working for "
                         "anyone who doesn't send it to twenty people by Friday. It is not genuine. Please don't pass it on.",
                         false},
        ChainMessageCase{"PupilAsksWhetherItIsReal",
                         "I got an email today saying my account will be deleted unless I forward it to 10 people. I didn't "
                         "send it to anyone because I thought it might be fake. Is it real?",
                         false},
        ChainMessageCase{"YearGroupPassOn",
                         "Revision session on the chain rule next Tuesday. Please pass this on to your Year 12 groups and "
                         "encourage anyone who struggled to come along.",
                         false},
        // Round 5: the sender's own frame words disarm a quoted or indented example; a frame
        // word inside the quoted chain letter itself does not.
        ChainMessageCase{"WorksheetQuotingAnIndentedChainLetter",
                         "Worksheet for tutor time. Read the message below and answer the questions.\n\n"
                         "    This letter has been around the world nine times. Send copies to twenty people within\n"
                         "    four days and good luck will come to you. Break it and bad luck follows.\n\n"
                         "1. What does the writer want you to do?",
                         false},
        ChainMessageCase{"ForwardedChainLetterWithAFrameWordInsideIt",
                         "Thought you would like this!\n\n> This is an example of true friendship. Send this to 10 friends "
                         "within the hour and good luck will come to you.\n> Break the chain and bad luck will follow you for 7 years.",
                         true},
        ChainMessageCase{"ConcessionIsNotADismissal",
                         "I thought this was rubbish but it worked for my cousin. Send this to 10 friends within the hour "
                         "and good luck will come to you.",
                         true},
        ChainMessageCase{"VerbsAndAudiencesOutsideTheOldLists",
                         "Please blast this out to at least a dozen people tonight. All WhatsApp messages are being "
                         "monitored from Monday, confirmed by the BBC. Pass it along to every group you're in.",
                         true},
        // Several different discussion cues: a lesson about a chain letter, even pasted inline.
        ChainMessageCase{"OnlineSafetyWorksheetWithTheLetterInline",
                         "Online safety worksheet for tutor time. Read the message below and answer the questions.\n\n"
                         "This letter has been around the world nine times. Send copies to twenty people within four days "
                         "and good luck will come to you. Break it and bad luck follows.\n\n1. What does it want you to do?",
                         false},
        ChainMessageCase{"EventLetterSharedWithADeadline",
                         "The Christmas fair is on Saturday. Please share this with all your friends and family - stall "
                         "bookings close within 7 days.",
                         false},
        // Round 6: a message that cites a chain letter inside its own sentence is not one; a
        // letter pasted whole inside quotes still is.
        ChainMessageCase{"LessonIdeaCitingAChainPrayerInline",
                         "For the Y9 unit I want to use the classic \"say this prayer and send it to nine people and your "
                         "prayer will be answered, do not break the chain\" as a starting point. Could you join us?",
                         false},
        ChainMessageCase{"ChainLetterPastedWholeInQuotes",
                         "My friend sent me this:\n\n\"Send this to 10 people within the hour and good luck will come to "
                         "you. Do not break the chain.\"",
                         true},
        ChainMessageCase{"HoaxWithHarmAndRecursion",
                         "If you get a voice note from an unknown number do not play it, it clones your WhatsApp and reads "
                         "all your messages. Send this to every contact on your phone and ask them to do the same.",
                         true},
        ChainMessageCase{"ItWarningDescribingHarm",
                         "A phishing email titled 'Payroll update' is going round. The link steals your password. Please "
                         "do not click it; report it to the IT helpdesk.",
                         false},
        ChainMessageCase{"SpanishMissingChildAppeal",
                         "Por favor, reenvía este mensaje a todos tus contactos. Se busca a Lucía, de 8 "
                         "años. No lo borres. Envíalo a todos los que conozcas. Cada persona cuenta.",
                         true},
        // Round 9: Welsh, "share it as widely as you can", a space agency as a hoax's authority.
        ChainMessageCase{"WelshLuckChain",
                         "Darllena hwn! Anfona'r neges yma ymlaen at 12 o ffrindiau cyn hanner nos a chei di lwc dda am "
                         "flwyddyn. Os wyt ti'n torri'r gadwyn, anlwc fydd dy ffawd.",
                         true},
        ChainMessageCase{"WelshExamGoodLuckLetter",
                         "Pob lwc i bawb yn yr arholiadau yfory! Anfonwch y neges hon ymlaen at rieni eraill yn y dosbarth "
                         "os gwelwch yn dda. Diolch o galon.",
                         false},
        ChainMessageCase{"MissingChildAppealPoliceSayShare",
                         "URGENT!! A boy of 6 went missing from the retail park this afternoon, blue coat, called Ollie. "
                         "Police are saying share this as widely as you can. Don't just scroll past, share it!",
                         true},
        ChainMessageCase{"VacancySharedWidely",
                         "We are recruiting a part-time cook for the school kitchen. Please share this advert as widely as "
                         "possible - applications close on Friday.",
                         false},
        ChainMessageCase{"SpaceWeatherHoax",
                         "Turn your phones off tonight between 1am and 4am! NASA announced a solar storm will pass close to "
                         "earth and the radiation can damage you. Send this to everyone you care about.",
                         true},
        // Round 10: a gifting circle whose tiers are called Starters is not a lesson starter.
        ChainMessageCase{"GiftingCircleWithStarters",
                         "Each circle has 15 places: 1 Dreamer in the middle and 8 Starters. You join as a Starter by "
                         "gifting 250 pounds to the Dreamer. When the 8 Starter places fill the circle splits. Just invite "
                         "two people you trust, or forward this to two friends who deserve some luck.",
                         true},
        ChainMessageCase{"LessonStarterAboutChainLetters",
                         "Lesson starter for Y8: show the class a chain message that says send this to 10 friends or "
                         "bad luck will follow. Ask them why people pass these on.",
                         false},
        // Round 11: a quiz that reports what chain messages say ('single quotes', "a message says").
        ChainMessageCase{"QuizReportingWhatChainMessagesSay",
                         "Session 4 quiz - scams and chain messages\n1. A message says you'll have bad luck unless you send "
                         "it to 10 people. What kind of message is this?\n2. True or false: a real charity will donate "
                         "money each time you forward an email.\n3. Why do hoax messages often say 'the police have "
                         "confirmed this'?\n4. If a message asks you to pass it on to everyone, what should you do?",
                         false},
        // ... while a chain letter that speaks of itself ("this message says") stays one, even under a
        // forwarder's "doing the rounds".
        ChainMessageCase{"ChainLetterThatSpeaksOfItself",
                         "this is doing the rounds at school lol\n\nThis message says u will have bad luck for 10 years unless u "
                         "send it to 10 people in 1 hour. Don't break the chain!!",
                         true},
        ChainMessageCase{"UrbanLegendToEveryDriverYouKnow",
                         "NEW DRIVING RULES: from next month you can be fined 5,000 pounds for driving in flip flops. Most "
                         "people have no idea this is changing. Pass this to every driver you know!",
                         true},
        // Round 11: a lesson's own vocabulary frames an annotated example; "will give" needs a gift.
        ChainMessageCase{"AnnotatedChainLetterForLessonThree",
                         "LESSON 3 - ANNOTATED EXAMPLE\n[Claim] \"This letter has been around the world nine times.\"\n"
                         "[Instruction] \"Send it to twenty people within 96 hours.\"\n[Fear] \"A man who threw it away "
                         "died nine days later.\"\nTeacher note: ask pupils which features are persuasive.",
                         false},
        ChainMessageCase{"OpenMorningPassedOnWithATalk",
                         "Open mornings for Reception are on Tuesday and Thursday. Mr Pryce will give a short talk. Please "
                         "pass this on to friends and family with a child due to start school.",
                         false},
        ChainMessageCase{"PayoutHoaxNamesTheGift",
                         "Bill Gates will give you $5,000 if you forward this email to everyone you know. Microsoft is "
                         "tracking it, so it really works.",
                         true},
        ChainMessageCase{"SchoolLetterSayingMostParentsDoNotKnow",
                         "Most parents do not know that the council now fines drivers who stop on the zig-zag lines. "
                         "Please share this with every parent you know so nobody gets a ticket at pick-up.",
                         false},
        ChainMessageCase{"SchoolLetterWithADeadline",
                         "If you don't send the reply slip back by Friday your child cannot go. Please forward this to all "
                         "parents in your class before midnight.",
                         false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ContentScanner, ScansConcurrentlyFromManyThreads) {
  std::string msg = contentFixture("dlp-uln-plain.eml");
  std::vector<std::thread> threads;
  std::atomic<int> hits{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) hits += static_cast<int>(test::scanAs(scanner(), msg, Direction::Outbound).findings.size());
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(hits.load(), 200);
}

// A zipped XML return (ILR, Common Transfer File): the member is read as labelled lines, so its
// ULNs meet their keyword and names.
TEST(ContentScanner, ZippedXmlReturnWithLearnersIsPersonalData) {
  std::string xml = "<?xml version=\"1.0\"?><Message><Learner><ULN>1000000043</ULN><FamilyName>Okafor</FamilyName>"
                    "<GivenNames>Mia</GivenNames></Learner><Learner><ULN>7117325126</ULN><FamilyName>Reid</FamilyName>"
                    "<GivenNames>Callum</GivenNames></Learner></Message>";
  auto zip = test::makeZip({{"ILR-R07.xml", xml}});
  auto outcome = test::scanAs(scanner(), test::messageWithAttachment("ILR-R07.zip", zip), Direction::Outbound);
  ASSERT_FALSE(outcome.findings.empty());
  EXPECT_EQ(outcome.findings[0].rule, "uln");
  // The same export sent inside the organisation is not a leak.
  EXPECT_TRUE(test::scanAs(scanner(), test::messageWithAttachment("ILR-R07.zip", zip), Direction::Internal).findings.empty());
}

// A lower-case export under a "dob" header: each row is one person's record, named or not.
TEST(ContentScanner, CsvRowsUnderADobHeaderAreDatesOfBirth) {
  std::string csv = "surname,forename,dob\nokafor,mia,2013-03-12\nhussain,zain,2014-07-03\nreid,callum,2012-05-21\n";
  auto zip = test::makeZip({{"members.csv", csv}});
  auto outcome = test::scanAs(scanner(), test::messageWithAttachment("members.zip", zip), Direction::Outbound);
  ASSERT_FALSE(outcome.findings.empty());
  EXPECT_EQ(outcome.findings[0].rule, "names-with-dates-of-birth");
  // The same dates under a header that names no birth date are not read as births.
  std::string fixtures = "team,venue,date\nokafor,home,2013-03-12\nhussain,away,2014-07-03\nreid,home,2012-05-21\n";
  auto other = test::scanAs(scanner(), test::messageWithAttachment("fixtures.csv", fixtures), Direction::Outbound);
  EXPECT_TRUE(other.findings.empty()) << other.findings[0].rule;
}

// A table whose header names no person and no birth date lists things: a serial code beside a
// model name ("YG,EliteDesk") is not a name, and purchase dates are not births. The same rows
// under a "Name" header, or under a title line that is no header at all, are people.
TEST(ContentScanner, TableHeaderSaysWhetherRowsArePeople) {
  std::string rows = "PF33KX90YG,EliteDesk 800,27/07/2012\nCNDDE929B5,Chromebook Plus,03/08/2013\n"
                     "PF3GLRA6GV,ProBook Aero,19/12/2011\nQZ,Acer Swift,14/02/2010\n";
  auto things = test::scanAs(scanner(), test::messageWithAttachment("warranty.csv", "Serial,Model,Purchased\n" + rows),
                             Direction::Outbound);
  EXPECT_TRUE(things.findings.empty()) << things.findings[0].rule << ": " << things.findings[0].evidence;
  std::string people = "Name,Form,Born\nMia Okafor,7B,12/03/2013\nZain Hussain,7C,03/07/2014\nRuby Fairclough,7B,21/05/2012\n";
  auto named = test::scanAs(scanner(), test::messageWithAttachment("list.csv", people), Direction::Outbound);
  ASSERT_FALSE(named.findings.empty());
  EXPECT_EQ(named.findings[0].rule, "names-with-dates-of-birth");
  std::string titled = "Medications for the residential:\n- Oliver Smith (26-10-2012)\n- Amy Brown (02-02-2013)\n"
                       "- Jack Rowe (11-11-2011)\n";
  auto listed = test::scanAs(scanner(), test::messageWithAttachment("list.csv", titled), Direction::Outbound);
  ASSERT_FALSE(listed.findings.empty()) << "a title line is not a header";
}

// A docx table row is one record: name, condition and medication on one line.
TEST(ContentScanner, DocxTableOfNamedMedicalNeeds) {
  auto row = [](const char* name, const char* condition) {
    return std::string("<w:tr><w:tc><w:p><w:r><w:t>") + name + "</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" +
           condition + "</w:t></w:r></w:p></w:tc></w:tr>";
  };
  auto docx = docxWith("<w:tbl>" + row("Name", "Condition") + row("Mia Okafor", "Asthma") + row("Zain Hussain", "Epilepsy") +
                       row("Ruby Fairclough", "Anaphylaxis (peanut)") + "</w:tbl>");
  auto outcome = test::scanAs(scanner(), test::messageWithAttachment("medical.docx", docx), Direction::Outbound);
  ASSERT_FALSE(outcome.findings.empty());
  EXPECT_EQ(outcome.findings[0].rule, "names-with-health-details");
}

// aupctl scan --explain prints the policy's own arithmetic: the sum evaluate() decides on, what a
// framed message's quoted example did not add, and the decision.
TEST(ContentScanner, ChainArithmeticIsTheDecidingSum) {
  std::string msg = "From: a@school.example\nTo: b@school.example\nSubject: note\n\n"
                    "Online safety worksheet for tutor time. Read the message below.\n\n"
                    "> Send this to 10 friends within the hour and good luck will come to you.\n";
  auto view = test::parseText(msg, test::envelopeFrom("a@school.example", {"b@school.example"}, "a"));
  static const Organisation org = test::schoolOrganisation();
  ScanContext context{org, Direction::Internal, true};
  MessageText text = buildMessageText(*view, scanner().textOptions());
  RuleScanResult scan = scanner().rules().scan(text.text);
  ContentInput input{*view, context, text, scanner().rules(), scan.matches};
  std::string sum = scanner().policies().front()->arithmetic(input);
  EXPECT_NE(sum.find("(frame)"), std::string::npos) << sum;
  EXPECT_NE(sum.find("inside a quoted example"), std::string::npos) << sum;
  EXPECT_NE(sum.find("nothing"), std::string::npos) << sum;
  EXPECT_TRUE(scanner().policies().back()->arithmetic(input).empty()) << "dlp decides without a score";
}

}  // namespace
}  // namespace aup
