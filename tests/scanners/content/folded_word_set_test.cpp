// FoldedWordSet (folded_word_set.h): membership whatever the ASCII case, nothing else folded,
// no false member from a shared hash slot or prefix.

#include "scanners/content/folded_word_set.h"

#include <gtest/gtest.h>

#include <string>

namespace aup {
namespace {

constexpr std::string_view kWords[] = {"march", "may", "dob", "n/a", "centre", "café", "march"};

TEST(FoldedWordSet, FindsEveryWordInAnyAsciiCase) {
  const FoldedWordSet set(kWords);
  for (std::string_view w : kWords) EXPECT_TRUE(set.contains(w)) << w;
  EXPECT_TRUE(set.contains("March"));
  EXPECT_TRUE(set.contains("MAY"));
  EXPECT_TRUE(set.contains("DoB"));
  EXPECT_TRUE(set.contains("N/A"));
  EXPECT_TRUE(set.contains("CAFé")) << "ASCII letters fold, the rest must match as written";
}

TEST(FoldedWordSet, RefusesWhatIsNotAWordOfTheList) {
  const FoldedWordSet set(kWords);
  for (std::string_view w : {"", "ma", "mar", "marches", "mayor", "centr", "centres", "do", "n", "CAFÉ", "cafe"})
    EXPECT_FALSE(set.contains(w)) << w;
  EXPECT_FALSE(set.contains(std::string(200, 'a'))) << "longer than any word";
  // Many lookups over a table far fuller than one probe: every miss still ends.
  for (int i = 0; i < 5000; ++i) EXPECT_FALSE(set.contains("w" + std::to_string(i)));
}

TEST(FoldedWordSet, RefusesAListWordLongerThanItsBuffer) {
  static const std::string longWord(65, 'x');
  const std::string_view words[] = {"short", longWord};
  EXPECT_THROW(FoldedWordSet{words}, std::logic_error);
}

}  // namespace
}  // namespace aup
