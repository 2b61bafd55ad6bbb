#include "scanners/content/validators/validators.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "tests/scanners/content/content_test_support.h"

namespace aup {
namespace {

// The strings of one array ("valid" or "invalid") of a vectors/<id>.json file.
std::vector<std::string> vectorList(const std::string& file, const std::string& list) {
  std::string json = test::readFile(std::filesystem::path(AUP_TEST_DATA_DIR) / "vectors" / file);
  std::vector<std::string> out;
  auto key = json.find("\"" + list + "\"");
  if (key == std::string::npos) return out;
  auto open = json.find('[', key), close = json.find(']', key);
  for (auto q = json.find('"', open); q != std::string::npos && q < close;) {
    auto end = json.find('"', q + 1);
    out.push_back(json.substr(q + 1, end - q - 1));
    q = json.find('"', end + 1);
  }
  return out;
}

struct VectorCase {
  const char* file;
  std::function<bool(const std::string&)> validate;
};
void PrintTo(const VectorCase& c, std::ostream* os) { *os << c.file; }

class ReferenceVectors : public ::testing::TestWithParam<VectorCase> {};

TEST_P(ReferenceVectors, AcceptsEveryValidAndRejectsEveryInvalidVector) {
  const auto& c = GetParam();
  auto valid = vectorList(c.file, "valid"), invalid = vectorList(c.file, "invalid");
  ASSERT_GE(valid.size(), 5u) << "vectors missing for " << c.file;
  ASSERT_GE(invalid.size(), 5u);
  for (const auto& v : valid) EXPECT_TRUE(c.validate(v)) << c.file << " should accept " << v;
  for (const auto& v : invalid) EXPECT_FALSE(c.validate(v)) << c.file << " should reject " << v;
}

INSTANTIATE_TEST_SUITE_P(
    Validators, ReferenceVectors,
    ::testing::Values(VectorCase{"uln.json", [](const std::string& s) { return isValidUln(s); }},
                      VectorCase{"upn.json", [](const std::string& s) { return isValidUpn(s); }},
                      VectorCase{"nino.json", [](const std::string& s) { return isValidNino(s); }},
                      VectorCase{"nhs_number.json", [](const std::string& s) { return isValidNhsNumber(s); }},
                      VectorCase{"payment_card.json", [](const std::string& s) { return isValidCard(s); }},
                      VectorCase{"sort_code_account.json",
                                 [](const std::string& s) { return checkSortCodeAccount(s) == SortCodeCheck::Valid; }},
                      VectorCase{"date_of_birth.json", [](const std::string& s) { return parseUkDate(s, 2026).has_value(); }}),
    [](const auto& info) {
      std::string n = info.param.file;
      return n.substr(0, n.find('.'));
    });

TEST(UlnValidator, RejectsUlnWithWrongCheckDigit) {
  EXPECT_TRUE(isValidUln("1000000043"));
  EXPECT_FALSE(isValidUln("1000000042"));
}

TEST(UlnValidator, RejectsTemporaryPlaceholder) { EXPECT_FALSE(isValidUln("9999999999")); }

TEST(UlnValidator, NoTenDigitStringIsBothUlnAndNhs) {
  for (std::uint64_t n = 1000000000; n < 1000020000; ++n) {
    auto s = std::to_string(n);
    EXPECT_FALSE(isValidUln(s) && isValidNhsNumber(s)) << s;
  }
}

TEST(NhsValidator, RejectsInconsistentGrouping) {
  EXPECT_TRUE(isValidNhsNumber("943 476 5870"));
  EXPECT_FALSE(isValidNhsNumber("943-476 5870"));
}

TEST(NinoValidator, RejectsHmrcExampleWithQPrefix) { EXPECT_FALSE(isValidNino("QQ 12 34 56 A")); }

TEST(CardValidator, NamesIssuer) {
  EXPECT_EQ(cardBrand("4111 1111 1111 1111"), CardBrand::Visa);
  EXPECT_EQ(cardBrand("378282246310005"), CardBrand::Amex);
  EXPECT_EQ(cardBrand("5555555555554444"), CardBrand::Mastercard);
  EXPECT_EQ(cardBrand("4111  1111 1111 1111"), CardBrand::None) << "double separator";
}

TEST(SortCodeValidator, UnknownRowIsUncheckedNotValid) {
  EXPECT_EQ(checkSortCodeAccount("20-00-00 12345678"), SortCodeCheck::Unchecked);
  EXPECT_EQ(checkSortCodeAccount("20-00 00 12345678"), SortCodeCheck::Invalid);
}

TEST(DateValidator, TwoDigitYearsPivotOnTheCurrentYear) {
  auto d = parseUkDate("05/11/09", 2026);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2009);
  auto old = parseUkDate("05/11/48", 2026);
  ASSERT_TRUE(old);
  EXPECT_EQ(old->year, 1948);
  EXPECT_FALSE(parseUkDate("01/01/2027", 2026)) << "future dates are not dates of birth";
}

TEST(MaskIdentifier, KeepsOnlyTheEnds) {
  EXPECT_EQ(maskIdentifier("uln", "1234567890"), "12******90");
  EXPECT_EQ(maskIdentifier("card", "4242 4242 4242 4242"), "**** **** **** 4242");
  EXPECT_EQ(maskIdentifier("nino", "AB 12 34 56 C"), "AB*****6C");
}

struct LongDateCase {
  const char* text;
  bool valid;
};

class LongDates : public ::testing::TestWithParam<LongDateCase> {};

// Dates with the month's name, day first or month first, with the separators people type.
TEST_P(LongDates, ReadsTheMonthNameEitherSideOfTheDay) {
  EXPECT_EQ(parseUkDate(GetParam().text, 2026).has_value(), GetParam().valid) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    DateValidator, LongDates,
    ::testing::Values(LongDateCase{"12 March 2013", true}, LongDateCase{"12th of March 2013", true},
                      LongDateCase{"12-Mar-2013", true}, LongDateCase{"March 12, 2013", true},
                      LongDateCase{"Sept 3rd 2012", true}, LongDateCase{"3rd Jan. 2008", true},
                      LongDateCase{"2th March 2013", false}, LongDateCase{"March 32, 2013", false},
                      LongDateCase{"March 12, 13", false}, LongDateCase{"Marching 12 2013", false},
                      LongDateCase{"12 of 2013", false}, LongDateCase{"31 February 2013", false}));

}  // namespace
}  // namespace aup
