#include "scanners/dangerous_attachment/dangerous_attachment_scanner.h"
#include "adapters/libmagic/libmagic_sniffer.h"

#include <gtest/gtest.h>

#include "scanners/dangerous_attachment/file_type.h"
#include "tests/support/organisation.h"
#include "tests/support/attachment_files.h"
#include "tests/scanners/virus/virus_test_support.h"
#include "tests/support/message_builder.h"

namespace aup {
namespace {

using test::makeZip;
using test::messageWithAttachment;

ScanOutcome scanWith(const DangerousAttachmentScanner& scanner, const std::string& message) {
  auto view = test::parseText(message, test::envelopeFrom("a@example.net", {"b@school.example"}));
  return scanner.scan(*view, ScanContext{test::schoolOrganisation(), Direction::Inbound, false});
}

// One libmagic pool for the whole test program, as the milter keeps one.
std::shared_ptr<const ContentTypeSniffer> libmagic() {
  static const auto sniffer = std::make_shared<const LibmagicSniffer>();
  return sniffer;
}

ScanOutcome scan(const std::string& message) {
  return scanWith(DangerousAttachmentScanner(defaultDangerousAttachmentSettings(), libmagic()), message);
}

struct Case {
  const char* name;
  std::function<std::string()> message;
  const char* rule;      // "" = nothing found
  const char* location;  // substring of the finding's location
};
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class DangerousAttachmentRules : public ::testing::TestWithParam<Case> {};

TEST_P(DangerousAttachmentRules, ReportsExpectedRule) {
  const Case& c = GetParam();
  auto outcome = scan(c.message());
  if (std::string(c.rule).empty()) {
    EXPECT_TRUE(outcome.findings.empty()) << outcome.findings[0].rule << " " << outcome.findings[0].location;
    return;
  }
  ASSERT_EQ(outcome.findings.size(), 1u);
  const Finding& f = outcome.findings[0];
  EXPECT_EQ(f.policy, "dangerous-attachment");
  EXPECT_EQ(f.rule, c.rule);
  EXPECT_NE(f.location.find(c.location), std::string::npos) << f.location;
  EXPECT_FALSE(f.actionOverride) << "the policy's action (reject) applies";
}

const Case kCases[] = {
    {"ExeByExtension", [] { return messageWithAttachment("setup.exe", "whatever"); }, "blocked-extension", "setup.exe"},
    {"UpperCaseExtension", [] { return messageWithAttachment("SETUP.EXE", "x"); }, "blocked-extension", "SETUP.EXE"},
    {"TrailingDotHidesNothing", [] { return messageWithAttachment("run.exe.", "x"); }, "blocked-extension", "run.exe."},
    {"DoubleExtension", [] { return messageWithAttachment("report.pdf.exe", "x"); }, "double-extension", "report.pdf.exe"},
    {"ScriptByExtension", [] { return messageWithAttachment("invoice.js", "var a=1;"); }, "blocked-extension", "invoice.js"},
    {"MacroEnabledByExtension", [] { return messageWithAttachment("marks.xlsm", "x"); }, "blocked-extension", "marks.xlsm"},
    {"ProgramRenamedToPdf", [] { return messageWithAttachment("invoice.pdf", test::peExecutable()); }, "blocked-type", "invoice.pdf"},
    {"ShellScriptRenamedToTxt", [] { return messageWithAttachment("notes.txt", "#!/bin/sh\nrm -rf ~\n", "base64", "text/plain"); },
     "blocked-type", "notes.txt"},
    {"DocxCarryingMacros", [] { return messageWithAttachment("homework.docx", test::docx(true)); }, "macro-document", "homework.docx"},
    {"ExeInsideZip", [] { return messageWithAttachment("pics.zip", makeZip({{"a.png", test::cleanPng()}, {"tools/run.exe", "x"}})); },
     "blocked-extension", "(pics.zip) > tools/run.exe"},
    {"ProgramInsideZipWithInnocentName",
     [] { return messageWithAttachment("pics.zip", makeZip({{"holiday.jpg", test::peExecutable()}})); }, "blocked-type",
     "(pics.zip) > holiday.jpg"},
    {"ScriptInZipInsideZip",
     [] { return messageWithAttachment("outer.zip", makeZip({{"inner.zip", makeZip({{"go.vbs", "MsgBox 1"}})}})); },
     "blocked-extension", "(outer.zip) > inner.zip/go.vbs"},
    // Negatives, some deliberately close to the positives.
    {"CleanPdf", [] { return messageWithAttachment("report.pdf", test::cleanPdf()); }, "", ""},
    {"CleanDocx", [] { return messageWithAttachment("homework.docx", test::docx()); }, "", ""},
    {"CleanZip", [] { return messageWithAttachment("photos.zip", makeZip({{"a.png", test::cleanPng()}, {"b.pdf", test::cleanPdf()}})); }, "", ""},
    {"CleanPng", [] { return messageWithAttachment("a.png", test::cleanPng(), "base64", "image/png"); }, "", ""},
    {"ExeWordInsideNameOnly", [] { return messageWithAttachment("exe.notes.pdf", test::cleanPdf()); }, "", ""},
    {"VersionNumberIsNoExtension", [] { return messageWithAttachment("v1.2 plan", "plain text"); }, "", ""},
    {"ScriptPastedIntoBodyText", [] { return std::string("From: a@example.net\nSubject: how to\n\n#!/bin/sh\necho hello\n"); }, "", ""},
};

INSTANTIATE_TEST_SUITE_P(Attachments, DangerousAttachmentRules, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(DangerousAttachmentReply, NamesTheFileAndTheReason) {
  auto outcome = scan(messageWithAttachment("report.pdf.exe", "x"));
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_NE(outcome.findings[0].description.find("report.pdf.exe"), std::string::npos);
  EXPECT_NE(outcome.findings[0].description.find(".exe"), std::string::npos);
}

TEST(DangerousAttachmentConfig, BlockedListsAreConfigurable) {
  auto reader = ConfigReader::fromString(
      "[policy.dangerous-attachment]\nblocked_extensions = [\".PY\"]\nblocked_types = []\nblock_macros = false\n"
      "scan_archives = true\nmax_archive_entries = 50\nmax_archive_depth = 2\n",
      "/tmp/c.toml");
  auto scanner = dangerousAttachmentScannerFactory().build(reader, Settings{}, ScannerServices{nullptr, libmagic(), nullptr});
  reader.reportUnknownKeys();
  ASSERT_TRUE(reader.errors().empty()) << reader.errors()[0];
  ASSERT_NE(scanner, nullptr);
  auto run = [&](const std::string& m) { return test::scanMessage(*scanner, m).findings.size(); };
  EXPECT_EQ(run(messageWithAttachment("game.py", "print(1)")), 1u);
  EXPECT_EQ(run(messageWithAttachment("setup.exe", "x")), 0u) << "the list replaces the defaults";
  EXPECT_EQ(run(messageWithAttachment("invoice.pdf", test::peExecutable())), 0u);
  EXPECT_EQ(run(messageWithAttachment("homework.docx", test::docx(true))), 0u);
}

TEST(DangerousAttachmentArchives, ProgramBeyondTheEntryLimitHoldsTheMessage) {
  std::vector<test::ZipEntry> entries;
  for (int i = 0; i < 1000; ++i) entries.push_back({"photo" + std::to_string(i) + ".jpg", "x"});
  entries.push_back({"setup.exe", "x"});
  auto outcome = scan(messageWithAttachment("photos.zip", makeZip(entries)));
  ASSERT_EQ(outcome.findings.size(), 1u) << "entry 1,001 was never checked, so the zip must not pass";
  EXPECT_EQ(outcome.findings[0].rule, "archive-not-checked");
  EXPECT_EQ(outcome.findings[0].actionOverride, Action::Quarantine);
  EXPECT_NE(outcome.findings[0].location.find("photos.zip"), std::string::npos);
  EXPECT_NE(outcome.findings[0].evidence.find("1000"), std::string::npos) << outcome.findings[0].evidence;
}

TEST(DangerousAttachmentArchives, ZipNestedBeyondTheDepthLimitHoldsTheMessage) {
  std::string deep = makeZip({{"l2.zip", makeZip({{"l3.zip", makeZip({{"l4.zip", makeZip({{"a.txt", "x"}})}})}})}});
  auto outcome = scan(messageWithAttachment("nested.zip", deep));
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "archive-not-checked");
  EXPECT_EQ(outcome.findings[0].actionOverride, Action::Quarantine);
}

TEST(DangerousAttachmentArchives, ProgramFoundBeforeTheLimitIsStillRejected) {
  std::vector<test::ZipEntry> entries = {{"setup.exe", "x"}};
  for (int i = 0; i < 1000; ++i) entries.push_back({"photo" + std::to_string(i) + ".jpg", "x"});
  auto outcome = scan(messageWithAttachment("photos.zip", makeZip(entries)));
  ASSERT_FALSE(outcome.findings.empty());
  EXPECT_EQ(outcome.findings[0].rule, "blocked-extension");
  EXPECT_FALSE(outcome.findings[0].actionOverride) << "a program seen is rejected whatever was not seen";
}

TEST(FileType, ExtensionsAreLowerCasedLastFirst) {
  EXPECT_EQ(extensionsOf("Report.PDF.exe"), (std::vector<std::string>{"exe", "pdf"}));
  EXPECT_EQ(extensionsOf("dir/a.tar.gz  "), (std::vector<std::string>{"gz", "tar"}));
  EXPECT_TRUE(extensionsOf(".bashrc").empty());
  EXPECT_TRUE(extensionsOf("").empty());
}

TEST(FileType, LibmagicSeesThroughNames) {
  EXPECT_NE(libmagic()->mimeTypeOf(test::peExecutable()).find("executable"), std::string::npos) << libmagic()->mimeTypeOf(test::peExecutable());
  EXPECT_EQ(libmagic()->mimeTypeOf(test::cleanPdf()), "application/pdf");
  EXPECT_EQ(libmagic()->mimeTypeOf(test::cleanPng()), "image/png");
}

TEST(FileType, PlainTextSkipsLibmagicUnlessItCouldStartAScript) {
  EXPECT_TRUE(isTextWithoutScriptStart("name,uln,dob\nAlice,1000000043,01/02/2012\n"));
  EXPECT_TRUE(isTextWithoutScriptStart("Dear parents,\r\n\tthe trip leaves at nine. \xC3\xA9t\xC3\xA9\r\n"));
  EXPECT_TRUE(isTextWithoutScriptStart(""));
  EXPECT_TRUE(isTextWithoutScriptStart("Remember the trip\n"));  // "remember" is not "rem"
  EXPECT_FALSE(isTextWithoutScriptStart("#!/bin/sh\nrm -rf ~\n"));
  EXPECT_FALSE(isTextWithoutScriptStart("\xEF\xBB\xBF#!/usr/bin/env python3\n"));
  EXPECT_FALSE(isTextWithoutScriptStart("\n\n  @echo off\r\ndel *.*\r\n"));
  EXPECT_FALSE(isTextWithoutScriptStart(":loop\r\ngoto loop\r\n"));
  EXPECT_FALSE(isTextWithoutScriptStart("REM cleanup\r\ndel *.*\r\n"));
  EXPECT_FALSE(isTextWithoutScriptStart(std::string("MZ\x90\x00\x03", 5)));  // binary
}

// With a text type in blocked_types that only libmagic can see, plain text is typed again.
TEST(DangerousAttachmentConfig, AnAdminsTextTypeIsStillTypedByLibmagic) {
  auto reader = ConfigReader::fromString("[policy.dangerous-attachment]\nblocked_types = [\"text/x-php\"]\n", "/tmp/c.toml");
  auto scanner = dangerousAttachmentScannerFactory().build(reader, Settings{}, ScannerServices{nullptr, libmagic(), nullptr});
  ASSERT_TRUE(reader.errors().empty()) << reader.errors()[0];
  ASSERT_NE(scanner, nullptr);
  auto findings = test::scanMessage(*scanner, messageWithAttachment("notes.txt", "<?php\nsystem($_GET['c']);\n?>\n"))
                      .findings;
  ASSERT_EQ(findings.size(), 1u) << libmagic()->mimeTypeOf("<?php\nsystem($_GET['c']);\n?>\n");
  EXPECT_EQ(findings[0].rule, "blocked-type");
}

TEST(ZipListingTest, NamesNestedMembersWithTheirPath) {
  auto listing = listZip(makeZip({{"a.txt", "a"}, {"in.zip", makeZip({{"b/c.exe", "x"}})}}), ZipLimits{});
  std::vector<std::string> paths;
  for (const auto& m : listing.members) paths.push_back(m.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"a.txt", "in.zip", "in.zip/b/c.exe"}));
  EXPECT_FALSE(listing.truncated);
}

TEST(ZipListingTest, StopsAtTheEntryLimit) {
  std::vector<test::ZipEntry> many;
  for (int i = 0; i < 50; ++i) many.push_back({"f" + std::to_string(i) + ".txt", "x"});
  ZipLimits limits;
  limits.maxEntries = 10;
  auto listing = listZip(makeZip(many), limits);
  EXPECT_EQ(listing.members.size(), 10u);
  EXPECT_TRUE(listing.truncated);
}

TEST(ZipListingTest, DoesNotDescendBeyondTheDepthLimit) {
  std::string deep = makeZip({{"l3.zip", makeZip({{"l4.zip", makeZip({{"evil.exe", "x"}})}})}});
  ZipLimits limits;
  limits.maxDepth = 2;
  auto listing = listZip(makeZip({{"l2.zip", deep}}), limits);
  for (const auto& m : listing.members) EXPECT_EQ(m.path.find("evil.exe"), std::string::npos) << m.path;
  EXPECT_TRUE(listing.truncated);
}

TEST(ZipListingTest, DamagedZipListsNothingAndDoesNotCrash) {
  std::string zip = makeZip({{"a.exe", "x"}});
  EXPECT_TRUE(listZip(zip.substr(0, zip.size() / 2), ZipLimits{}).members.empty());
  EXPECT_TRUE(listZip("PK\x03\x04garbage", ZipLimits{}).members.empty());
}

}  // namespace
}  // namespace aup
