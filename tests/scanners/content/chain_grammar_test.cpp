// The chain-letter grammar (scanners/content/chain_grammar.h): a sequence of word classes with
// bounded word gaps, matched in C++ over class hits, and its compilation into the rule set.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "scanners/content/chain_grammar.h"
#include "scanners/content/rule_set.h"

namespace aup {
namespace {

const WordClasses kClasses = {
    {"forward", {"forward", "send", "pass on"}},
    {"object", {"this", "it", "this message"}},
    {"everyone", {"everyone you know", "all your contacts", "re:[0-9]{1,3} (?:people|friends)"}},
};

// A rule set holding one grammar rule over kClasses.
std::shared_ptr<const RuleSet> grammarRule(std::vector<std::string> sequence, int gap) {
  Rule r;
  r.id = "g";
  r.policy = "chain-letter";
  r.kind = RuleKind::Signal;
  r.group = "forwarding";
  r.weight = 3;
  r.caseless = true;
  r.description = "test";
  r.sequence = sequence;
  r.gap = gap;
  std::string problem;
  r.elements = grammarElements(sequence, kClasses, problem);
  EXPECT_FALSE(r.elements.empty()) << problem;
  RuleSet::CompileError error;
  auto set = RuleSet::compile({r}, error);
  EXPECT_TRUE(set) << error.message;
  return set;
}

struct SequenceCase {
  const char* name;
  const char* text;
  bool matches;
};

class Sequence : public ::testing::TestWithParam<SequenceCase> {};

TEST_P(Sequence, MatchesInOrderWithinTheGapAndOneSentence) {
  const auto& c = GetParam();
  auto set = grammarRule({"forward", "object?", "everyone"}, 3);
  ASSERT_TRUE(set);
  EXPECT_EQ(!set->scan(c.text).matches.empty(), c.matches) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    ChainGrammar, Sequence,
    ::testing::Values(SequenceCase{"Adjacent", "forward this message everyone you know", true},
                      SequenceCase{"WordsInTheGap", "please send it on to everyone you know today", true},
                      SequenceCase{"OptionalElementLeftOut", "forward to 10 people", true},
                      SequenceCase{"GapOfExactlyThreeWords", "forward it right now to all your contacts", true},
                      SequenceCase{"GapTooWide", "forward it right now please to all your contacts", false},
                      SequenceCase{"SentenceEndIsNotCrossed", "forward your forms to the office. Everyone you know is welcome", false},
                      SequenceCase{"LineEndIsNotCrossed", "send it\neveryone you know", false},
                      SequenceCase{"WrongOrder", "everyone you know should forward it", false},
                      SequenceCase{"CaselessAndHyphens", "SEND THIS to all-your-contacts", true},
                      SequenceCase{"RegexEntry", "pass on this to 12 friends", true},
                      SequenceCase{"NotInsideAWord", "resend it to everyone you know", false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ChainGrammar, MatchSpansFromTheFirstElementToTheLastElement) {
  auto set = grammarRule({"forward", "everyone"}, 5);
  ASSERT_TRUE(set);
  std::string text = "Please send this to everyone you know.";
  auto result = set->scan(text);
  ASSERT_EQ(result.matches.size(), 1u);
  EXPECT_EQ(text.substr(result.matches[0].start, result.matches[0].end() - result.matches[0].start),
            "send this to everyone you know");
}

TEST(ChainGrammar, RejectsUnknownClassesAndAnOptionalFirstElement) {
  std::string problem;
  EXPECT_TRUE(grammarElements({"forward", "nobody"}, kClasses, problem).empty());
  EXPECT_NE(problem.find("nobody"), std::string::npos);
  problem.clear();
  EXPECT_TRUE(grammarElements({"object?", "everyone"}, kClasses, problem).empty());
  EXPECT_FALSE(problem.empty());
}

TEST(ChainGrammar, ReadableExpressionNamesEveryClassWithBoundedGaps) {
  std::string problem;
  std::string expr = grammarExpression({"forward", "object?", "everyone"}, 4, kClasses, problem);
  EXPECT_NE(expr.find("{0,4}"), std::string::npos) << expr;
  EXPECT_NE(expr.find("forward"), std::string::npos);
  EXPECT_NE(expr.find(")?"), std::string::npos) << "the optional element is optional";
}

TEST(ChainGrammar, MatchSequenceWalksHitLists) {
  std::string text = "send it to 10 people";
  std::vector<ClassHit> forward{{0, 4}}, object{{5, 7}}, count{{11, 20}};
  std::vector<std::pair<std::size_t, std::size_t>> out;
  matchSequence(text, {&forward, &object, &count}, {false, true, false}, 1, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0], std::make_pair(std::size_t{0}, std::size_t{20}));
  out.clear();
  matchSequence(text, {&forward, &count}, {false, false}, 1, out);  // "it to": two words, gap 1
  EXPECT_TRUE(out.empty());
}

// A file with a `trigger` class: its positive signals are looked for only around a trigger word,
// its negative ones only when a positive one matched.
TEST(ChainGrammar, TriggerWordsGateTheSignalsOfTheirFile) {
  auto file = std::filesystem::temp_directory_path() / ("gate-" + std::to_string(::getpid()) + ".rules");
  {
    std::ofstream out(file);
    out << "[words]\ntrigger = [\"luck\"]\n"
           "[[rule]]\nid = \"pos\"\nkind = \"signal\"\ngroup = \"threat\"\nweight = 3\n"
           "regex = 'forward it'\ndescription = \"x\"\n"
           "[[rule]]\nid = \"neg\"\nkind = \"signal\"\ngroup = \"frame\"\nweight = -5\n"
           "regex = 'lesson'\ndescription = \"x\"\n";
  }
  std::vector<std::pair<std::size_t, std::string>> errors;
  auto rules = RuleSet::parseFile(file, "chain-letter", errors);
  std::filesystem::remove(file);
  ASSERT_TRUE(errors.empty()) << errors.front().second;
  RuleSet::CompileError error;
  auto set = RuleSet::compile(rules, error);
  ASSERT_TRUE(set) << error.message;
  auto ids = [&](std::string_view text) {
    std::string out;
    for (const auto& m : set->scan(text).matches) out += set->rules()[m.rule].id + " ";
    return out;
  };
  EXPECT_EQ(ids("A lesson. Please forward it for luck."), "neg pos ");
  EXPECT_EQ(ids("A lesson. Please forward it."), "") << "no trigger: the signal is not looked for, nor the frame";
  std::string far = "Please forward it. " + std::string(600, 'x') + ". Good luck.";
  EXPECT_EQ(ids(far), "") << "the trigger is sentences away";
}

}  // namespace
}  // namespace aup
