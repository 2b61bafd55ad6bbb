// Disguised letters read as plain words (scanners/content/deobfuscate.h), and their look-alikes
// (real Cyrillic text, identifiers, grades, postcodes, ordinals) stay as written.

#include <gtest/gtest.h>

#include "scanners/content/deobfuscate.h"
#include "scanners/content/extract/html_text.h"
#include "scanners/content/message_text.h"

namespace aup {
namespace {

struct DeobfuscateCase {
  const char* name;
  const char* in;
  const char* out;
};

class Deobfuscate : public ::testing::TestWithParam<DeobfuscateCase> {};

TEST_P(Deobfuscate, ReadsDisguisedLettersAsPlainWords) {
  const auto& c = GetParam();
  std::string out = undoObfuscation(c.in);
  EXPECT_EQ(out, c.out);
  EXPECT_LE(out.size(), std::string_view(c.in).size()) << "never longer than the input";
}

INSTANTIATE_TEST_SUITE_P(
    Deobfuscation, Deobfuscate,
    ::testing::Values(
        // styled letters: mathematical bold, sans-serif bold italic, monospace, digits; small caps; fullwidth
        DeobfuscateCase{"MathematicalBold", "\xF0\x9D\x90\xAC\xF0\x9D\x90\x9E\xF0\x9D\x90\xA7\xF0\x9D\x90\x9D it",
                        "send it"},
        DeobfuscateCase{"MathematicalDigits", "to \xF0\x9D\x9F\x8F\xF0\x9D\x9F\x8E people", "to 10 people"},
        DeobfuscateCase{"SmallCapitals", "\xCA\x9F\xE1\xB4\x9C\xE1\xB4\x84\xE1\xB4\x8B", "luck"},
        DeobfuscateCase{"Fullwidth", "\xEF\xBD\x86\xEF\xBD\x8F\xEF\xBD\x92\xEF\xBD\x97\xEF\xBD\x81\xEF\xBD\x92\xEF\xBD\x84",
                        "forward"},
        // confusables: one word mixing scripts folds the whole line; all-Cyrillic text is left alone
        DeobfuscateCase{"CyrillicLookAlikesInLatinWords",
                        "\xD1\x95\xD0\xB5nd th\xD1\x96\xD1\x95 \xD1\x82\xD0\xBE \xD1\x83\xD0\xBEu",
                        "send this \xD1\x82o you"},
        DeobfuscateCase{"RussianTextIsLeftAlone", "\xD1\x81\xD0\xBF\xD0\xB0\xD1\x81\xD0\xB8\xD0\xB1\xD0\xBE Mum",
                        "\xD1\x81\xD0\xBF\xD0\xB0\xD1\x81\xD0\xB8\xD0\xB1\xD0\xBE Mum"},
        // spaced letters: single spaces go, wider gaps are the word breaks
        DeobfuscateCase{"SpacedLetters", "S E N D   T H I S   T O   1 0", "SEND THIS TO 10"},
        DeobfuscateCase{"GradesStayApart", "Grades: A B C D E F G H", "Grades: A B C D E F G H"},
        DeobfuscateCase{"SingleLetterCellsInATableStay", "Y\tN\tY\t\tN\tY\tN\tY\tN", "Y\tN\tY\t\tN\tY\tN\tY\tN"},
        // leet: lowercase words with digits for letters, when a line is full of them
        DeobfuscateCase{"LeetLine", "u h4v3 2 s3nd 1t 2 10 p30pl3 0r b4d luck", "u have 2 send it 2 10 people or bad luck"},
        DeobfuscateCase{"OneLeetWordIsLeftAlone", "meet at 10am in room b14 for l33t club", "meet at 10am in room b14 for l33t club"},
        DeobfuscateCase{"FormGroupsStay", "7b 7c 10a 11b 12q 13x", "7b 7c 10a 11b 12q 13x"},
        DeobfuscateCase{"IdentifiersAndCodesStay", "A123456789012 AB123456C LS6 2QT y7 10th 5pm 3kg q4 7b",
                        "A123456789012 AB123456C LS6 2QT y7 10th 5pm 3kg q4 7b"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Deobfuscate, KeepsTheLineCount) {
  EXPECT_EQ(undoObfuscation("S E N D   I T   O N\n\nn0w s3nd 1t 0n\nok"), "SEND IT ON\n\nnow send it on\nok");
}

TEST(Deobfuscate, NormaliseTextReadsStyledWords) {
  EXPECT_EQ(normaliseText("\xF0\x9D\x97\xA7\xF0\x9D\x97\xB5\xF0\x9D\x97\xB6\xF0\x9D\x98\x80  is"), "This is");
}

TEST(HtmlAltText, ImageAltTextIsRead) {
  std::string text = htmlToText("<p>for you</p><img src=\"cid:x\" alt=\"Send it to 12 friends\"><img src=\"y.png\" alt=\"\">");
  EXPECT_NE(text.find("Send it to 12 friends"), std::string::npos) << text;
}

}  // namespace
}  // namespace aup
