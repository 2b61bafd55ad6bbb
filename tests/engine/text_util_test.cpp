// The ASCII helpers of text_util.h: <cctype>'s "C" locale answers for every byte, and
// countIgnoreCase against a plain count of every (overlapping) position.

#include "engine/text_util.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>

namespace aup {
namespace {

TEST(TextUtil, AsciiClassesMatchTheCLocaleForEveryByte) {
  for (int b = 0; b < 256; ++b) {
    const auto c = static_cast<unsigned char>(b);
    EXPECT_EQ(asciiLetter(c), std::isalpha(c) != 0) << b;
    EXPECT_EQ(asciiDigit(c), std::isdigit(c) != 0) << b;
    EXPECT_EQ(asciiLower(static_cast<char>(c)), static_cast<char>(std::tolower(c))) << b;
    EXPECT_EQ(asciiUpper(static_cast<char>(c)), static_cast<char>(std::toupper(c))) << b;
  }
}

// Every position where `needle` starts, case folded by <cctype>: what countIgnoreCase must equal.
std::size_t plainCount(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = 0; at + needle.size() <= haystack.size(); ++at) {
    std::size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(haystack[at + k])) ==
                                    std::tolower(static_cast<unsigned char>(needle[k])))
      ++k;
    n += k == needle.size();
  }
  return n;
}

TEST(TextUtil, CountIgnoreCaseCountsEveryOccurrenceInAnyCase) {
  EXPECT_EQ(countIgnoreCase("---- Forwarded MESSAGE ---- forwarded message", "forwarded message"), 2u);
  EXPECT_EQ(countIgnoreCase("aaaa", "aa"), 3u) << "overlapping occurrences count";
  EXPECT_EQ(countIgnoreCase("message", ""), 0u);
  EXPECT_EQ(countIgnoreCase("mess", "message"), 0u);
  EXPECT_EQ(countIgnoreCase("Caf\xC3\xA9 CAF\xC3\x89", "caf\xC3\xA9"), 1u) << "only ASCII letters fold";
  std::mt19937 random(7);
  const std::string alphabet = "abAB \n.";
  for (int round = 0; round < 300; ++round) {
    std::string haystack, needle;
    for (int i = 0; i < 200; ++i) haystack += alphabet[random() % alphabet.size()];
    for (std::size_t i = 1 + random() % 4; i > 0; --i) needle += alphabet[random() % alphabet.size()];
    EXPECT_EQ(countIgnoreCase(haystack, needle), plainCount(haystack, needle)) << '"' << needle << '"';
  }
}

}  // namespace
}  // namespace aup
