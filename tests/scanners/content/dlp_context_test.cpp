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
                      NameCase{"LowerCaseWordsAreNotNames", "the trip is on #", false},
                      NameCase{"ForenameThenCapsSurname", "Kian EDWARDS, born #", true},
                      NameCase{"CapsSurnameThenForename", "BEGUM Holly  #", true},
                      NameCase{"HeadingBesideAWordIsNotAName", "IMPORTANT Notice #", false},
                      NameCase{"AcronymBesideANameWordIsNotAName", "Autism ADHD #", false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(DlpContext, ReadsInitialsAsARowLabelButNotTopicAcronyms) {
  EXPECT_TRUE(rowStartsWithInitials("AC - anxiety and panic attacks"));
  EXPECT_TRUE(rowStartsWithInitials("- J.O.: coeliac"));
  EXPECT_TRUE(rowStartsWithInitials("RGH, type 1 diabetes"));
  EXPECT_FALSE(rowStartsWithInitials("SEN - epilepsy update"));
  EXPECT_FALSE(rowStartsWithInitials("KS3 - asthma"));
  EXPECT_FALSE(rowStartsWithInitials("ADHD - on medication")) << "four capitals are an acronym";
  EXPECT_FALSE(rowStartsWithInitials("Asthma - 12 pupils"));
  EXPECT_FALSE(rowStartsWithInitials("OK so the asthma list is attached"));
}

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
                      PayeeCase{"ParentsRefund", "Refund Mrs Patel, her sort code 01-58-42", false},
                      // round 6: the nearest holder named around the details
                      PayeeCase{"PayToTheNamedSchool", "Please pay within 30 days to Kingsmead Community School, sort code 01-58-79",
                                true},
                      PayeeCase{"FriendsOfCharity", "donate to the Friends of Kingsmead (registered charity 1187654):\nsort code 01-30-83",
                                true},
                      PayeeCase{"TableLabelPaidFrom", "Paid from\tKingsmead Community School\nSort code\t01-58-79", true},
                      PayeeCase{"SchoolsPossessive", "the school's details are sort code 01-58-79, account 28612272", true},
                      PayeeCase{"OrganisationNamedJustAfter", "sort code 01-63-31, account 57661855 (Fenwick Music Association)",
                                true},
                      PayeeCase{"PersonBetweenSchoolAndDetails",
                                "Oakfield Academy refund to Sharon Tomlinson: sort code 01-34-80", false},
                      PayeeCase{"SchoolSupportsAFamilysAccount",
                                "Fenwick Primary School supports this. Pay the family's account, in the name of L Pike: sort code 01-52-64",
                                false},
                      // round 10: what the account is called on an invoice is not a person between them
                      PayeeCase{"InvoicePayToNamedAccount",
                                "Pay to: Ravenhill College - Commercial Income Account\nsort code 01-42-77 Account: 20481098",
                                true},
                      PayeeCase{"SignatureBelowIsNotTheHolder",
                                "please set her up for BACS. sort code 01 52 71 account 83680322\nFinance\nHead of Year 9\n"
                                "Holloway Park School", false}),
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

// A long list: the memo gives every row the answer a fresh walk gives, including rows more than
// the walk's reach below the intro (no intro for them) and a second list under a new intro.
TEST(EventDateLists, MemoAnswersAsAFreshWalkDoes) {
  std::string text = "For the newsletter, the staff and the dates they joined us:\n";
  std::vector<std::size_t> dates;
  for (int i = 0; i < 120; ++i) {
    text += "Staff Member " + std::to_string(i) + " - ";
    dates.push_back(text.size());
    text += "01/09/2008\n";
  }
  text += "\nChildren starting in Reception:\n";
  for (int i = 0; i < 5; ++i) {
    text += "Pupil Name " + std::to_string(i) + " ";
    dates.push_back(text.size());
    text += "02/03/2021\n";
  }
  ListIntroMemo memo;
  std::size_t introduced = 0;
  for (std::size_t at : dates) {
    const bool fresh = listIntroducedAsEventDates(text, at, 0);
    EXPECT_EQ(listIntroducedAsEventDates(text, at, 0, &memo), fresh) << "date at " << at;
    introduced += fresh;
  }
  EXPECT_GT(introduced, 50u);             // the rows within reach of "the dates they joined us:"
  EXPECT_LT(introduced, dates.size() - 5);  // not those beyond it, nor the Reception list
}

struct DlpFamilyCase {
  const char* name;
  const char* body;
  const char* rule;  // the finding expected, "" = none
};

class DlpFamilies : public ::testing::TestWithParam<DlpFamilyCase> {};

// Round 5 families (docs/accuracy.md): each positive is caught by the named rule, each
// look-alike raises no dlp-unencrypted finding at all.
TEST_P(DlpFamilies, CatchesTheFamilyAndPassesItsLookAlike) {
  const auto& c = GetParam();
  auto outcome = test::scanAs(scanner(), mail("Tue, 20 Oct 2026 09:00:00 +0000", c.body), Direction::Outbound);
  if (std::string(c.rule).empty()) {
    for (const auto& f : outcome.findings) EXPECT_NE(f.policy, "dlp-unencrypted") << f.rule << ": " << f.evidence;
  } else {
    EXPECT_TRUE(dlpRule(outcome, c.rule)) << (outcome.findings.empty() ? "nothing found" : outcome.findings[0].rule);
  }
}

INSTANTIATE_TEST_SUITE_P(
    DlpRules, DlpFamilies,
    ::testing::Values(
        DlpFamilyCase{"HealthDetailsOfSeveralNamedPupils",
                      "Medical needs for the group:\nMia Okafor: severe nut allergy - carries EpiPen\n"
                      "Zain Hussain: asthma - blue inhaler\nRuby Fairclough: epilepsy, buccal midazolam\n",
                      "names-with-health-details"},
        DlpFamilyCase{"SenCodesInATableRow",
                      "Name\tNeed\tProvision\nMia Okafor\tASD\tSmall group\nZain Hussain\tSEMH\tMentor\n"
                      "Ruby Fairclough\tSpLD\tReader\n",
                      "names-with-health-details"},
        // round 10: schools named in a table of counts are not pupils ("Marlow Fields Primary")
        DlpFamilyCase{"SchoolsInACountsTableAreNotPeople",
                      "School\tEHCP\tPrimary need\nAshby Green Primary\t14\tSLCN\nKestrel Rise Academy\t41\tSpLD\n"
                      "Thornbury Vale Academy\t29\tASD\nOrchard Lea Nursery\t3\tSEMH\n",
                      ""},
        DlpFamilyCase{"StaffTrainingNamesConditions",
                      "Attended:\nTom Bradshaw - asthma and anaphylaxis training\nBeth Carrick - epilepsy awareness\n"
                      "Nicola Dunmore - diabetes update course\n",
                      ""},
        // round 7: a list naming each pupil by initials only
        DlpFamilyCase{"HealthDetailsAgainstInitials",
                      "Before Thursday's swimming, please note:\n- KM: epilepsy, seizure plan in bag\n"
                      "- J.T.: severe nut allergy, EpiPen\n- LB: asthma, blue inhaler\n",
                      "names-with-health-details"},
        DlpFamilyCase{"TopicAcronymsAreNotInitials",
                      "Training this term:\nPE - asthma awareness for all staff\nSEN - epilepsy update\n"
                      "EAL - allergy and anaphylaxis refresher\n",
                      ""},
        // round 7: where someone lives, with their phone number
        DlpFamilyCase{"HomeAddressWithPhone",
                      "Could you post the forms to Ellie's grandad? He lives at 4 Mill Lane, Otley LS21 3HX, "
                      "mobile 07700 900412.\n",
                      "home-address-with-phone"},
        DlpFamilyCase{"OrganisationAddressWithPhoneIsNotAHome",
                      "The sports centre is at 4 Mill Lane, Otley LS21 3HX, telephone 0113 496 0321. Parking is free.\n",
                      ""},
        DlpFamilyCase{"ParentByTitleWithAddressAndMobile",
                      "The volunteer for Saturday is Mr Obi (dad of Tayo). 9 Kirk View, Leeds LS8 2PL, "
                      "mob 07700 900266.\n",
                      "home-address-with-phone"},
        DlpFamilyCase{"ContactAtAVenueWithItsLandline",
                      "Ask for Mrs Lowe at reception: Grange Farm, Wetherby LS22 5AB, 0113 496 0440.\n", ""},
        DlpFamilyCase{"HeadOfYearSignatureIsStaff",
                      "Figures for governors: 31% of the year are eligible for FSM and 6 have an EHCP; "
                      "attendance is 94.1%.\n\nKind regards,\nFarhan Qureshi\nHead of Year 11\n",
                      ""},
        DlpFamilyCase{"TwoNamedPupilsWithConditions",
                      "Mia Okafor has asthma and Zain Hussain has a nut allergy; both have their inhaler or pen.\n", ""},
        DlpFamilyCase{"SortCodeWithoutSeparators", "Sort code: 010442\nAccount: 56785119\nName: Leah Patel\n", "sortcode"},
        DlpFamilyCase{"SchoolSortCodeWithoutSeparators",
                      "Pay by transfer to account name Riverside Academy School Fund, sort code 010442, account 56785119.\n",
                      ""},
        DlpFamilyCase{"NatInsNumbers", "Here are the Nat Ins numbers:\nAmy Brown - JK123456C\n", "nino"},
        DlpFamilyCase{"MonthFirstDatesOfBirth",
                      "Mia Okafor - March 12, 2013\nZain Hussain - July 3, 2014\nRuby Fairclough - May 21, 2012\n",
                      "names-with-dates-of-birth"},
        DlpFamilyCase{"OrdinalOfDatesOfBirth",
                      "Mia Okafor (12th of March 2013), Zain Hussain (3rd of July 2014), Ruby Fairclough (21st of May 2012)\n",
                      "names-with-dates-of-birth"},
        DlpFamilyCase{"CardWithHyphenatedExpiry", "Could you put it through on 4929 1234 5678 9015 exp. 04-27?\n", "card"},
        DlpFamilyCase{"AuthorsBirthDatesInABiographyLesson",
                      "For the biography unit: Malorie Blackman was born on 8 February 1962, Michael Morpurgo on "
                      "5 October 1943 and Benjamin Zephaniah on 15 April 1958.\n",
                      ""},
        DlpFamilyCase{"NamedChildsBirthWithAHealthDetail",
                      "Oscar Rahman, 8E, born 14 May 2012. He has been making himself sick after meals and is waiting "
                      "for the eating disorders service.\n",
                      "person-with-health-details"},
        // round 6
        DlpFamilyCase{"ExchangeListWithCapsSurnames",
                      "Our group:\nAmelia HOLT 04.05.2012\nDaniyal RAZA 17.09.2011\nMaisie CARTWRIGHT 22.01.2012\n",
                      "names-with-dates-of-birth"},
        DlpFamilyCase{"FiveUpnsWithoutNames",
                      "These still fail the import:\nG801202613001\nW801202613002\nZ801202613004\nR801202613007\n"
                      "V801202613009\n",
                      "identifier-table"},
        DlpFamilyCase{"FiveOrderNumbersThatFailTheCheck",
                      "Still waiting for:\nE855208716071\nJ873300717033\nD855208615094\nY857231216032\nL855224216045\n", ""},
        DlpFamilyCase{"NamedNiNumbersWithoutKeyword",
                      "For December: Tom Reid - JG 10 33 45 A; Priya Lal - PE 22 81 09 B; Sam Ortiz - WK 47 12 60 C; "
                      "Nora Blythe - AB 90 55 17 D.\n",
                      "identifier-table"},
        DlpFamilyCase{"TwoNamedNiNumbersAreNotAList", "Tom Reid - JG 10 33 45 A and Priya Lal - PE 22 81 09 B.\n", ""},
        DlpFamilyCase{"SchoolAsPayeeNamedBeforeTheDetails",
                      "Invoice for hall hire: please pay to Kingsmead Community School, sort code 01-58-79, account "
                      "28612272.\n",
                      ""},
        DlpFamilyCase{"NamedLearnerWithWelfareDetails",
                      "Jamie Lowe (9R) came in with bruising on his arm and was tearful; a strategy discussion is set "
                      "for tomorrow.\n",
                      "named-learner-with-special-category"},
        DlpFamilyCase{"NamedLearnerWithOneHealthWord", "Well done to Ruby Ngata in Year 8 who ran 5k for the asthma charity.\n",
                      ""},
        DlpFamilyCase{"YearGroupLetterAskingForMedicalDetails",
                      "Dear Parents/Carers of Year 9,\nPlease tell us about any allergies, medication or anxiety before "
                      "the residential.\n",
                      ""},
        DlpFamilyCase{"ThisYearsDatesWithNames",
                      "Mia Okafor - November 3, 2026\nZain Hussain - November 4, 2026\nRuby Fairclough - November 5, 2026\n",
                      ""},
        // round 11: the made-up records of an import template or an MIS support ticket
        DlpFamilyCase{"PlaceholderRecordsInATestFile",
                      "Surname,Forename,DOB\nTESTPUPIL,Dummy01,01/09/2014\nTESTPUPIL,Dummy02,02/09/2014\n"
                      "Testpupil,Alpha,03/09/2015\nTestpupil,Bravo,04/09/2015\n",
                      ""},
        DlpFamilyCase{"RealRowsWithTheWordTestAfterTheDate",
                      "Surname,Forename,DOB,Group\nLowe,Jamie,01/09/2014,test group\nNgata,Ruby,02/09/2014,test group\n"
                      "Okafor,Mia,03/09/2015,test group\n",
                      "names-with-dates-of-birth"},
        DlpFamilyCase{"TestResultsForNamedPupilsWithDatesOfBirth",
                      "Test results for Jamie Lowe, born 01/09/2014, Ruby Ngata, born 02/09/2014, and Mia Okafor, "
                      "born 03/09/2015, are attached.\n",
                      "names-with-dates-of-birth"},
        // round 11: names beside past dates that say what they are (a start, an appointment) are not births
        DlpFamilyCase{"StaffStartDatesUnderAListIntro",
                      "For the long-service piece, here are the staff and the dates they joined us:\n\n"
                      "Mrs Jane Holt - 01/09/2008\nMr Tom Reid - 04/01/2011\nMs Asha Patel - 02/09/2015\n",
                      ""},
        DlpFamilyCase{"PastHeadsAppointedOnEachRow",
                      "Mr John Ward, appointed 12/09/1950\nMiss Edith Lowe, appointed 03/01/1962\n"
                      "Mr Arthur Penn, appointed 05/09/1975\n",
                      ""},
        DlpFamilyCase{"StaffTableWithStartDates",
                      "Name\tRole\tStart date\nJane Holt\tTA\t01/09/2008\nTom Reid\tTeacher\t04/01/2011\n"
                      "Asha Patel\tCook\t02/09/2015\n",
                      ""},
        DlpFamilyCase{"ChildrenJoiningReceptionAreBirths",
                      "Children joining Reception in September:\nAmy Hart 02/03/2021\nBen Cole 14/05/2021\n"
                      "Cara Diaz 30/11/2020\n",
                      "names-with-dates-of-birth"},
        DlpFamilyCase{"BirthCueNearerThanTheEvent",
                      "Amy Hart joined us in 2019, DOB 02/03/2015\nBen Cole joined in 2020, DOB 14/05/2015\n"
                      "Cara Diaz joined 2021, DOB 30/11/2014\n",
                      "names-with-dates-of-birth"},
        DlpFamilyCase{"FormerGovernorsTermsTable",
                      "Governor\tTerm began\tTerm ended\nMrs Ada Dunmore\t26/05/2014\t25/05/2018\n"
                      "Mr Clive Hussey\t13/01/2010\t12/01/2014\nMiss Fay Greaves\t23/12/2013\t22/12/2017\n",
                      ""},
        // a nursery intake: under three years old, but "born" says what the dates are
        DlpFamilyCase{"NurseryIntakeBornLastYear",
                      "Starting in nursery after Easter:\nSeb Ellwood, born 8 January 2024\nMartha Kilby, born 10 March "
                      "2024\nArlo Latham, born 22 March 2024\n",
                      "names-with-dates-of-birth"},
        // round 11: a payments sandbox's published test cards are nobody's card; a real one still counts
        DlpFamilyCase{"SandboxTestCardsInAnItTicket",
                      "Our payments page fails in your sandbox. We used the test card 4242 4242 4242 4242, expiry "
                      "12/34, and the Visa test card 4111 1111 1111 1111 exp 01/30. Both are declined.\n",
                      ""},
        DlpFamilyCase{"ARealCardBesideItsExpiry",
                      "Please take the trip balance from my card 4742 0780 2345 8889, expiry 12/28.\n", "card"},
        // round 11: ULNs and NHS numbers share a length and a mod-11 check, so a mistyped ULN passes
        // the NHS check one time in eleven; what the list is introduced as decides
        DlpFamilyCase{"MistypedUlnsThatPassTheNhsCheck",
                      "These ULNs were mistyped from paper forms and fail the check digit, yet the enrolment screen "
                      "took them:\n  2048386555\n  6642502604\n  7847766477\n  4607634174\nThe NHS number field "
                      "should be validated too.\n",
                      ""},
        DlpFamilyCase{"NhsNumbersInATableUnderBothHeaders",
                      "Name\tULN\tNHS number\nAmy Hart\t2703729684\t2048386555\nBen Cole\t9845919668\t6642502604\n"
                      "Cara Diaz\t\t7847766477\n",
                      "nhs"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace aup
