// What a data-protection officer reads around personal data (scanners/content/dlp_context.h),
// and the dlp-unencrypted rules built on it: names in exports, plausible dates of birth against
// the message's Date, the organisation as payee, health detail in a document.

#include <gtest/gtest.h>

#include "scanners/content/dlp_context.h"
#include "tests/scanners/content/content_test_support.h"

namespace aup {
namespace {

struct NameCase {
  const char* name;
  const char* text;  // the value sits at the '#'
  bool named;
};

class NameNear : public ::testing::TestWithParam<NameCase> {};

TEST_P(NameNear, FindsAPersonsNameBesideAValue) {
  std::string text = GetParam().text;
  std::size_t pos = text.find('#');
  EXPECT_EQ(nameNear(text, pos, 80, 0), GetParam().named) << text;
}

INSTANTIATE_TEST_SUITE_P(
    DlpContext, NameNear,
    ::testing::Values(NameCase{"ForenameSurname", "Jayden Clarke #", true},
                      NameCase{"SurnameCommaForename", "Clarke, Jayden #", true},
                      NameCase{"CapsSurnameCommaForename", "# ROSSI, Sofia", true},
                      NameCase{"SlashColumns", "Anya / Kowalczyk / #", true},
                      NameCase{"PipeColumns", "# | Benali | Fatima Zahra", true},
                      NameCase{"LowerCaseInitialAndSurname", "n. williams - #", true},
                      NameCase{"AbbreviationIsNotAnInitial", "e.g. swimming #", false},
                      NameCase{"EventIsNotAPerson", "Harvest Festival - #", false},
                      NameCase{"FixtureIsNotAPerson", "v Town Juniors (away) #", false},
                      NameCase{"CapsHeadingIsNotAName", "DIARY DATES #", false},
                      NameCase{"LowerCaseWordsAreNotNames", "the trip is on #", false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(DlpContext, ReadsTheMailDateHeader) {
  auto d = parseMailDate("Sat, 16 Mar 2024 10:17:00 +0000");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2024);
  EXPECT_EQ(d->month, 3);
  EXPECT_EQ(d->day, 16);
  EXPECT_TRUE(parseMailDate("16 Mar 2024 10:17 GMT"));
  EXPECT_FALSE(parseMailDate("yesterday"));
}

struct BirthCase {
  const char* name;
  CalendarDate date;
  bool plausible;
};

class BirthDate : public ::testing::TestWithParam<BirthCase> {};

TEST_P(BirthDate, IsThreeToOneHundredYearsBeforeTheMessage) {
  const CalendarDate sent{2024, 3, 16};
  EXPECT_EQ(plausibleBirthDate(GetParam().date, sent), GetParam().plausible);
}

INSTANTIATE_TEST_SUITE_P(DlpContext, BirthDate,
                         ::testing::Values(BirthCase{"PupilAged11", {2012, 6, 8}, true},
                                           BirthCase{"ExactlyThreeYears", {2021, 3, 16}, true},
                                           BirthCase{"OneDayShortOfThreeYears", {2021, 3, 17}, false},
                                           BirthCase{"ThisYearsEvent", {2024, 10, 4}, false},
                                           BirthCase{"LastYearsTrip", {2023, 7, 1}, false},
                                           BirthCase{"Grandparent", {1950, 1, 1}, true},
                                           BirthCase{"OverAHundredYears", {1920, 1, 1}, false}),
                         [](const auto& info) { return std::string(info.param.name); });

struct PayeeCase {
  const char* name;
  const char* text;
  bool organisation;
};

class Payee : public ::testing::TestWithParam<PayeeCase> {};

TEST_P(Payee, TellsTheOrganisationsAccountFromAPersons) {
  std::string text = GetParam().text;
  EXPECT_EQ(organisationAccountNear(text, text.find("sort code"), 160, 0), GetParam().organisation) << text;
}

INSTANTIATE_TEST_SUITE_P(
    DlpContext, Payee,
    ::testing::Values(PayeeCase{"PtaAccount", "pitch fees can be paid to the PTA account, sort code 01-58-42", true},
                      PayeeCase{"PayableToOurClub", "cheques payable to our club, or BACS: sort code 01-58-42", true},
                      PayeeCase{"SchoolFund", "the school fund: sort code 01-58-42", true},
                      PayeeCase{"PersonsSalary", "Please pay my salary into my account, sort code 01-58-42", false},
                      PayeeCase{"ParentsRefund", "Refund Mrs Patel, her sort code 01-58-42", false}),
    [](const auto& info) { return std::string(info.param.name); });

// ---- the dlp-unencrypted rules end to end ----

const ContentScanner& scanner() {
  static auto s = test::shippedContentScanner();
  return *s;
}

std::string mail(const std::string& date, const std::string& body) {
  return "From: t.jones@school.example\nTo: coach@gmail.example\nSubject: list\nDate: " + date + "\n\n" + body;
}

bool dlpRule(const ScanOutcome& outcome, const std::string& rule) {
  for (const auto& f : outcome.findings)
    if (f.policy == "dlp-unencrypted" && f.rule == rule) return true;
  return false;
}

TEST(DlpRules, NamesWithDatesOfBirthNeedBirthsNotEvents) {
  std::string births = "n. williams - 10.5.2014\nd. ghorbani - 08/06/2012\ne. thompson - 10 Jul 2012\n";
  auto sent2024 = test::scanAs(scanner(), mail("Sat, 16 Mar 2024 10:17:00 +0000", births), Direction::Outbound);
  EXPECT_TRUE(dlpRule(sent2024, "names-with-dates-of-birth"));
  // The same dates a year after they happened are diary dates, not births.
  std::string events = "Harvest Festival - 4th October 2024\nYear 3 trip with Mrs Jones Clarke - 15.10.2024\n"
                       "Christmas Fair - 2024-12-06\nNativity with Amy Brown - 11/12/24\n";
  auto sentAfter = test::scanAs(scanner(), mail("Mon, 10 Feb 2025 08:00:00 +0000", events), Direction::Outbound);
  EXPECT_FALSE(dlpRule(sentAfter, "names-with-dates-of-birth"));
}

TEST(DlpRules, CapsSurnameExportWithNhsNumbersIsATable) {
  std::string rows = "Reception children:\n4010232137\tROSSI, Sofia\n4910915745\tOKAFOR, Nathaniel\n"
                     "9434765919\tOKONKWO, Amara\n9434765870\tWISNIEWSKI, Jakub\n";
  auto outcome = test::scanAs(scanner(), mail("Sat, 16 Mar 2024 10:17:00 +0000", rows), Direction::Outbound);
  EXPECT_TRUE(dlpRule(outcome, "identifier-table")) << "four named NHS numbers that pass their check digit";
}

TEST(DlpRules, OrganisationAsPayeeIsNotPersonalBankDetails) {
  auto org = test::scanAs(scanner(), mail("Sat, 16 Mar 2024 10:17:00 +0000",
                                          "Fees can be paid to the PTA account, sort code 01-58-42, account 65574338.\n"),
                          Direction::Outbound);
  EXPECT_FALSE(dlpRule(org, "sortcode"));
  auto person = test::scanAs(scanner(), mail("Sat, 16 Mar 2024 10:17:00 +0000",
                                             "Mrs Patel's bank: sort code 01-58-42, account 65574338.\n"),
                             Direction::Outbound);
  EXPECT_TRUE(dlpRule(person, "sortcode"));
}

}  // namespace
}  // namespace aup
