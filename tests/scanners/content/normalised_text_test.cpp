// The paragraph view (scanners/content/normalised_text.h): wrapped lines join, '>' quoting folds,
// format=flowed soft breaks join, and every original line still maps to its offset.

#include <gtest/gtest.h>

#include "scanners/content/normalised_text.h"

namespace aup {
namespace {

struct UnwrapCase {
  const char* name;
  const char* in;
  bool tabular;
  const char* out;
};

class Unwrap : public ::testing::TestWithParam<UnwrapCase> {};

TEST_P(Unwrap, BuildsTheParagraphView) {
  const auto& c = GetParam();
  EXPECT_EQ(unwrapParagraphs(c.in, c.tabular).text, c.out);
}

INSTANTIATE_TEST_SUITE_P(
    NormalisedText, Unwrap,
    ::testing::Values(
        UnwrapCase{"HardWrappedLineJoinsTheNext", "please forward this message to everyone you\nknow before midnight", false,
                   "please forward this message to everyone you know before midnight"},
        UnwrapCase{"ShortLineStaysALine", "Kind regards\nMrs Jones", false, "Kind regards\nMrs Jones"},
        UnwrapCase{"FlowedSoftBreakJoins", "send \nit on", false, "send it on"},
        UnwrapCase{"BlankLineKeepsTheParagraph", "a line long enough to be wrapped by a client\n\nnext", false,
                   "a line long enough to be wrapped by a client\n\nnext"},
        UnwrapCase{"QuotingIsFolded", "> > forward this to ten \n> > people", false, "forward this to ten people"},
        UnwrapCase{"DifferentQuoteDepthsDoNotJoin", "> quoted line that is long enough to wrap here\nreply", false,
                   "quoted line that is long enough to wrap here\nreply"},
        UnwrapCase{"ListItemDoesNotJoin", "Things to bring to the trip on Friday morning:\n- a coat\n- lunch", false,
                   "Things to bring to the trip on Friday morning:\n- a coat\n- lunch"},
        UnwrapCase{"LongLineBeforeAListItemDoesNotJoin", "these lines are long enough to have been wrapped\n1. first", false,
                   "these lines are long enough to have been wrapped\n1. first"},
        UnwrapCase{"TablesKeepEveryRow", "Name,ULN,Date of birth and a long header\nAmy,1000000043,01/02/2012", true,
                   "Name,ULN,Date of birth and a long header\nAmy,1000000043,01/02/2012"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(NormalisedText, LineStartsMapBackToTheOriginalLines) {
  std::string in = "> this quoted line is long enough to be joined\n> to the next one\n\nthird paragraph";
  UnwrappedText view = unwrapParagraphs(in, false);
  ASSERT_EQ(view.lineStarts.size(), 4u);
  EXPECT_EQ(view.text.substr(view.lineStarts[0], 4), "this");
  EXPECT_EQ(view.text.substr(view.lineStarts[1], 6), "to the");
  EXPECT_EQ(view.text.substr(view.lineStarts[3], 5), "third");
  for (std::size_t i = 1; i < view.lineStarts.size(); ++i) EXPECT_LE(view.lineStarts[i - 1], view.lineStarts[i]);
}

TEST(NormalisedText, CountsDeeplyQuotedLines) {
  EXPECT_EQ(unwrapParagraphs(">>> a\n>>>> b\n>> c\nd", false).deepQuotedLines, 2u);
}

// RFC 3676 DelSp=yes: the client's space before a soft break goes, so a word split across the
// break joins again; a space the writer typed (two before the break) stays one space.
TEST(NormalisedText, DelSpSoftBreakJoinsASplitWordWithNoSpace) {
  std::vector<bool> glued;
  std::string raw = undoDelSp("send this to 10 peo \nple or something bad will happen  \nto you", glued);
  EXPECT_EQ(glued, (std::vector<bool>{true, true, false}));
  EXPECT_EQ(unwrapParagraphs(raw, false, &glued).text, "send this to 10 people or something bad will happen to you");
}

TEST(NormalisedText, DelSpKeepsTheSignatureLineBlankLinesAndLineCount) {
  std::vector<bool> glued;
  std::string in = "Thanks \n\n-- \nMr Okafor";
  std::string raw = undoDelSp(in, glued);
  EXPECT_EQ(glued, (std::vector<bool>{true, false, false, false}));
  UnwrappedText view = unwrapParagraphs(raw, false, &glued);
  EXPECT_EQ(view.text, "Thanks\n\n-- \nMr Okafor") << "a soft break never joins a blank line";
  EXPECT_EQ(view.lineStarts.size(), 4u);
}

TEST(NormalisedText, WithoutDelSpASoftBreakStaysASpace) {
  EXPECT_EQ(unwrapParagraphs("some \nthing", false).text, "some thing");
}

TEST(NormalisedText, OutputIsNeverLongerThanInput) {
  for (const char* in : {"a \nb", "> > x\n> > y", "line one that is rather long indeed, yes\nline two"})
    EXPECT_LE(unwrapParagraphs(in, false).text.size(), std::string_view(in).size()) << in;
}

// A quoted block ('>' or, for plain text and documents, indented) is recorded as one stretch.
TEST(NormalisedText, RecordsQuotedAndIndentedBlocks) {
  std::string in = "Read the message below.\n\n> send this to 10 people\n> or bad luck\n\n Indented example line\n\nQuestions.";
  auto plain = unwrapParagraphs(in, false, nullptr, true);
  ASSERT_EQ(plain.quoted.size(), 2u);
  EXPECT_EQ(plain.text.substr(plain.quoted[0].first, plain.quoted[0].second - plain.quoted[0].first),
            "send this to 10 people\nor bad luck");
  EXPECT_EQ(plain.text.substr(plain.quoted[1].first, plain.quoted[1].second - plain.quoted[1].first), " Indented example line");
  auto html = unwrapParagraphs(in, false, nullptr, false);  // layout spaces are not indentation
  ASSERT_EQ(html.quoted.size(), 1u);
  EXPECT_TRUE(unwrapParagraphs("> a,b\n c,d", true, nullptr, true).quoted.empty()) << "tables are records, not quotes";
}

}  // namespace
}  // namespace aup
