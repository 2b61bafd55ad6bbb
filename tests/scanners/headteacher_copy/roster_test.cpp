#include "scanners/headteacher_copy/roster.h"

#include <gtest/gtest.h>

#include "scanners/headteacher_copy/csv_reader.h"

namespace aup {
namespace {

Roster parse(std::string_view text, RosterLoadReport& report, SubaddressFolding folding = SubaddressFolding::Off) {
  return Roster::parse(text, folding, report);
}

std::vector<std::size_t> warningLines(const RosterLoadReport& report) {
  std::vector<std::size_t> lines;
  for (const auto& w : report.warnings) lines.push_back(w.line);
  return lines;
}

std::string roleOf(const Roster& roster, std::string_view address) {
  const RosterEntry* e = roster.find(address);
  return e ? std::string(toString(e->role)) : "none";
}

TEST(CsvReader, SplitsQuotedFieldsWithCommasQuotesAndLineBreaks) {
  auto doc = parseCsv("a,\"b, c\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\nlast,row");
  ASSERT_FALSE(doc.unterminatedQuoteLine);
  ASSERT_EQ(doc.records.size(), 3u);
  EXPECT_EQ(doc.records[0].fields, (std::vector<std::string>{"a", "b, c", "say \"hi\""}));
  EXPECT_EQ(doc.records[1].fields, (std::vector<std::string>{"multi\nline", "x"}));
  EXPECT_EQ(doc.records[1].line, 2u);
  EXPECT_EQ(doc.records[2].line, 4u);  // the quoted line break counted
}

TEST(CsvReader, AcceptsBomAndEveryLineEndAndSkipsBlankLines) {
  auto doc = parseCsv("\xEF\xBB\xBFh1,h2\r\n\r\na,b\rc,d\n");
  ASSERT_EQ(doc.records.size(), 3u);
  EXPECT_EQ(doc.records[0].fields[0], "h1");
  EXPECT_EQ(doc.records[1].line, 3u);
  EXPECT_EQ(doc.records[2].line, 4u);
  EXPECT_EQ(doc.records[2].fields, (std::vector<std::string>{"c", "d"}));
}

TEST(CsvReader, ReportsQuoteThatNeverCloses) {
  auto doc = parseCsv("a,b\nc,\"open\nd,e\n");
  ASSERT_TRUE(doc.unterminatedQuoteLine);
  EXPECT_EQ(*doc.unterminatedQuoteLine, 2u);
}

TEST(CsvReader, KeepsStrayQuoteInsideUnquotedFieldAsText) {
  auto doc = parseCsv("o'brien@example.org,5\" tall\n");
  ASSERT_EQ(doc.records.size(), 1u);
  EXPECT_EQ(doc.records[0].fields[1], "5\" tall");
}

TEST(Roster, FindsAddressAndDomainRowsIgnoringCase) {
  RosterLoadReport report;
  Roster roster = parse(
      "email,role,name\n"
      "Parent.One@Example.ORG,parent,One\n"
      "carer@example.net,Carer,Two\n"
      "chair@example.net,governor,Chair\n"
      "@Council.Example.org,agency,Council\n",
      report);
  EXPECT_TRUE(report.warnings.empty());
  EXPECT_TRUE(report.errors.empty());
  EXPECT_EQ(roster.addressCount(), 3u);
  EXPECT_EQ(roster.domainCount(), 1u);
  EXPECT_EQ(roleOf(roster, "parent.one@example.org"), "parent");
  EXPECT_EQ(roleOf(roster, "PARENT.ONE@EXAMPLE.ORG"), "parent");
  EXPECT_EQ(roleOf(roster, "carer@example.net"), "carer");
  EXPECT_EQ(roleOf(roster, "chair@example.net"), "governor");
  EXPECT_EQ(roleOf(roster, "anyone@council.example.org"), "agency");
  // A domain row covers exactly that domain, not its neighbours or subdomains.
  EXPECT_EQ(roleOf(roster, "someone@sub.council.example.org"), "none");
  EXPECT_EQ(roleOf(roster, "someone@othercouncil.example.org"), "none");
  EXPECT_EQ(roleOf(roster, "parent.two@example.org"), "none");
  EXPECT_EQ(roleOf(roster, ""), "none");
}

TEST(Roster, ExactAddressRowWinsOverDomainRow) {
  RosterLoadReport report;
  Roster roster = parse("email,role,name\n@example.net,agency,Agency\nchair@example.net,governor,Chair\n", report);
  EXPECT_EQ(roleOf(roster, "chair@example.net"), "governor");
  EXPECT_EQ(roleOf(roster, "officer@example.net"), "agency");
}

TEST(Roster, SkipsBadRowsWithLineNumbersAndLoadsTheRest) {
  RosterLoadReport report;
  Roster roster = parse(
      "email,role,name\n"             // 1
      "good.one@example.org,parent,A\n"  // 2
      "bad row without commas\n"      // 3
      "p2@example.org,teacher,B\n"    // 4: unknown role
      "not-an-address,parent,C\n"     // 5
      ",parent,D\n"                   // 6: empty email
      "p3@example,parent,E\n"         // 7: no dot in domain
      "Jane <jane@example.org>,parent,F\n"  // 8: display name
      "good.two@example.org,carer,G\n",  // 9
      report);
  EXPECT_TRUE(report.errors.empty());
  EXPECT_EQ(warningLines(report), (std::vector<std::size_t>{3, 4, 5, 6, 7, 8}));
  EXPECT_NE(report.warnings[1].message.find("'teacher'"), std::string::npos) << report.warnings[1].message;
  EXPECT_EQ(roster.addressCount(), 2u);
  EXPECT_EQ(roleOf(roster, "good.two@example.org"), "carer");
}

TEST(Roster, ReportsDuplicatesAfterCaseFoldingAndKeepsTheFirst) {
  RosterLoadReport report;
  Roster roster = parse(
      "email,role,name\n"
      "p@example.org,parent,A\n"
      "P@EXAMPLE.ORG,carer,B\n"
      "@example.net,agency,C\n"
      "@Example.NET,agency,D\n",
      report);
  ASSERT_EQ(warningLines(report), (std::vector<std::size_t>{3, 5}));
  EXPECT_NE(report.warnings[0].message.find("duplicate of line 2"), std::string::npos) << report.warnings[0].message;
  EXPECT_NE(report.warnings[0].message.find("kept role parent"), std::string::npos) << report.warnings[0].message;
  EXPECT_NE(report.warnings[1].message.find("duplicate of line 4"), std::string::npos) << report.warnings[1].message;
  EXPECT_EQ(roleOf(roster, "p@example.org"), "parent");
}

TEST(Roster, HandlesQuotedFieldsBomCrlfAndColumnsInAnyOrder) {
  RosterLoadReport report;
  Roster roster = parse(
      "\xEF\xBB\xBF\"name\",\"Role\",\"Email\",\"Pupil\"\r\n"
      "\"Smith, Jane \"\"JJ\"\"\",parent,\"jane.smith@example.org\",\"Year 7, 7B\"\r\n"
      "\"Two\r\nLines\",carer, Carer@Example.net ,x\r\n"
      "Bad,nobody,bad@example.org,x\r\n",
      report);
  EXPECT_TRUE(report.errors.empty());
  ASSERT_EQ(warningLines(report), (std::vector<std::size_t>{5}));  // the quoted line break is counted
  EXPECT_EQ(roleOf(roster, "jane.smith@example.org"), "parent");
  EXPECT_EQ(roleOf(roster, "carer@example.net"), "carer");
  EXPECT_EQ(roster.find("jane.smith@example.org")->name, "Smith, Jane \"JJ\"");
}

TEST(Roster, MissingHeaderIsAnErrorNotASilentlyEmptyRoster) {
  RosterLoadReport report;
  Roster roster = parse("p@example.org,parent,A\n", report);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].line, 1u);
  EXPECT_TRUE(roster.empty());
}

TEST(Roster, UnterminatedQuoteIsAnError) {
  RosterLoadReport report;
  parse("email,role,name\np@example.org,parent,\"Open\nq@example.org,parent,B\n", report);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].line, 2u);
}

TEST(Roster, CommentLinesAndEmptyFileAreTolerated) {
  RosterLoadReport report;
  Roster roster = parse("email,role,name\n# exported by hand\np@example.org,parent,A\n", report);
  EXPECT_TRUE(report.warnings.empty());
  EXPECT_EQ(roster.addressCount(), 1u);
  RosterLoadReport emptyReport;
  EXPECT_TRUE(parse("", emptyReport).empty());
  EXPECT_TRUE(emptyReport.errors.empty());
  EXPECT_EQ(emptyReport.warnings.size(), 1u);
}

TEST(Roster, FoldsSubaddressesOnlyWhenConfigured) {
  const char* text = "email,role,name\np+school@example.org,parent,A\nq@example.org,parent,B\n";
  RosterLoadReport r1, r2;
  Roster plain = parse(text, r1, SubaddressFolding::Off);
  Roster folded = parse(text, r2, SubaddressFolding::PlusTag);
  EXPECT_EQ(roleOf(plain, "q+news@example.org"), "none");
  EXPECT_EQ(roleOf(plain, "p+school@example.org"), "parent");
  EXPECT_EQ(roleOf(folded, "q+news@example.org"), "parent");
  EXPECT_EQ(roleOf(folded, "p@example.org"), "parent");
  EXPECT_EQ(roleOf(folded, "p+other@example.org"), "parent");
}

TEST(Roster, FoldingKeepsAddressesThatStartWithPlus) {
  EXPECT_EQ(foldSubaddress("+tag@example.org"), "+tag@example.org");
  EXPECT_EQ(foldSubaddress("a+b+c@example.org"), "a@example.org");
  EXPECT_EQ(foldSubaddress("plain@example.org"), "plain@example.org");
}

TEST(Roster, MaskHidesLocalPartAndItsLength) {
  EXPECT_EQ(maskAddress("parent.one@example.org"), "p***@example.org");
  EXPECT_EQ(maskAddress("p@example.org"), "p***@example.org");
  EXPECT_EQ(maskAddress("@example.org"), "@example.org");
}

}  // namespace
}  // namespace aup
