// The chain-letter grammar (scanners/content/chain_grammar.h): a sequence of word classes with
// bounded word gaps, matched in C++ over class hits, and its compilation into the rule set.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "adapters/local_data_files.h"
#include "config/config_reader.h"
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
                      SequenceCase{"ColonAtALineEndIntroducesTheRest", "send it to:\n10 people: good luck", true},
                      SequenceCase{"ColonInsideALineIsNoLineEnd", "send it. to: 10 people", false},
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
  std::string why;
  auto text = LocalDataFiles().read(file, why);
  ASSERT_TRUE(text) << why;
  auto rules = RuleSet::parse(*text, file, "chain-letter", errors);
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

// ---- The shipped chain-letter signals, family by family (rules/chain-letter.rules) ----

// The shipped chain-letter rule file, loaded as the milter loads it.
std::shared_ptr<const RuleSet> shippedChainRules() {
  auto reader = ConfigReader::fromString("", std::filesystem::temp_directory_path() / "chain-rules-test.toml");
  auto set = RuleSet::load({{"chain-letter", std::filesystem::path(AUP_SOURCE_DIR) / "rules" / "chain-letter.rules"}}, reader, LocalDataFiles());
  EXPECT_TRUE(set) << (reader.errors().empty() ? "" : reader.errors().front());
  return set;
}

struct SignalCase {
  const char* name;
  const char* text;    // paragraph view (one space between words, ASCII quotes)
  const char* tag;     // the signal tag in question
  bool present;        // must it be found?
};

class ShippedSignal : public ::testing::TestWithParam<SignalCase> {};

TEST_P(ShippedSignal, FindsTheFamilyAndNotItsLookAlike) {
  static const auto set = shippedChainRules();
  ASSERT_TRUE(set);
  const auto& c = GetParam();
  std::string tags;
  for (const auto& m : set->scan(c.text).matches) tags += " " + set->rules()[m.rule].tag + " ";
  EXPECT_EQ(tags.find(" " + std::string(c.tag) + " ") != std::string::npos, c.present) << c.text << "\nfound:" << tags;
}

INSTANTIATE_TEST_SUITE_P(
    ChainGrammar, ShippedSignal,
    ::testing::Values(
        // audiences as grammar: all/every <people> you <verb>, all my contacts
        SignalCase{"AllTheMumsYouKnow", "Please pass this to all the mums you know.", "forward-everyone", true},
        SignalCase{"EveryGroupYouAreIn", "Forward it to every group you are in!!", "forward-everyone", true},
        SignalCase{"AllMyContacts", "Sorry, I had to send this to all my contacts.", "forward-everyone", true},
        SignalCase{"EveryoneYouHaveEmailed", "You need to tell everyone you have emailed recently about the virus.",
                   "forward-everyone", true},
        // counts: an amount word before the number; ranges; children; a year group is not a count
        SignalCase{"KidsInYourSchool", "Pass it on to 10 kids in your school before midnight.", "forward-count", true},
        SignalCase{"TieredListAfterAColon", "It has to leave you within 96 hours. Send it to:\n0-4 people: your life will "
                   "get better.", "forward-count", true},
        SignalCase{"VerbThenNumber", "The only thing you must do is invite two women you trust.", "forward-count", true},
        SignalCase{"PostOnChats", "if u read this and dont post it on 5 chats you will have a nightmare", "forward-count", true},
        SignalCase{"YearGroupIsNotACount", "Please pass this on to your Year 12 groups and tell anyone who struggled.",
                   "forward-count", false},
        SignalCase{"YearParentsIsNotACount", "Please forward this to Year 6 parents, as places are limited to 20 people.",
                   "forward-count", false},
        // frames: a teaching 'lesson', not a moral one; reported speech needs someone who received it
        SignalCase{"TeachingLesson", "In today's PSHE lesson we looked at messages like: send this to 10 people or you will "
                   "have bad luck.", "frame", true},
        SignalCase{"MoralLessonIsNoFrame", "When you lose, don't lose the lesson. Whoever ignores this will have bad luck.",
                   "frame", false},
        SignalCase{"ReceivedAMessageSaying", "I got an email today saying my account will be deleted unless I forward it to "
                   "10 people.", "frame-reported", true},
        SignalCase{"HoaxOwnWordsAreNoReport", "Do not open any email that says YOUR PARCEL IS WAITING. Microsoft confirmed "
                   "it is a virus.", "frame-reported", false},
        SignalCase{"ItWarningNotGenuine", "It says Teams will stop for anyone who doesn't send it to twenty people. It is not "
                   "genuine. Please don't pass it on.", "frame", true},
        SignalCase{"ConditionalIsNoWarning", "If you don't pass it on, the wish is cancelled and bad luck will follow.", "frame",
                   false},
        SignalCase{"DramaScript", "SCENE 1. JESS: (reading aloud) Send this to 20 people or you will have bad luck.", "frame",
                   true},
        // hoaxes: authority + confirms, anti-virus + cannot, surveillance rumours
        SignalCase{"AuthoritiesBothConfirmed", "Dell and Microsoft have both confirmed this is the worst virus.", "hoax", true},
        SignalCase{"AntivirusCannotCatchIt", "Even the best anti-virus can't catch it. Forward this warning.", "hoax", true},
        SignalCase{"AntivirusThatWorksIsNoHoax", "Our antivirus software blocked 300 phishing emails this week, well done "
                   "everyone.", "hoax", false},
        SignalCase{"MessagesAreMonitored", "All calls are recorded. All WhatsApp messages are monitored. Inform all your "
                   "contacts.", "hoax", true},
        // rewards and trackers; hearsay vouching; conditions; gifting
        SignalCase{"EveryForwardEarns", "For every forward you make, M&S will add 5 pounds to a gift card.", "reward", true},
        SignalCase{"TrackingSystem", "Costa Coffee are testing an email tracking system with free drinks for everyone.",
                   "reward", true},
        SignalCase{"KinVouches", "My friend is a paralegal and she checked this one out - it is legitimate, tell everyone.",
                   "vouch", true},
        SignalCase{"KidsWhoDontPassItOn", "He goes to the houses of kids who don't pass this on before midnight.", "condition",
                   true},
        SignalCase{"CircleSplits", "I need 8 more people to join so the circle splits and everyone moves up.", "list", true},
        // round 6: what the thing does to the reader's device; passing it on in turn; other languages
        SignalCase{"HoaxSaysWhatItDoes", "If a friend sends a link to a quiz, it takes over your whole phone. Tell everyone.",
                   "hoax", true},
        SignalCase{"ScammersCloneYourSim", "Do not answer: scammers can clone your SIM in seconds. Warn your friends.", "hoax",
                   true},
        SignalCase{"LessonAboutHackersIsNoHoax", "Hackers are people who break into computer systems; this term we learn "
                   "how passwords are stored.", "hoax", false},
        SignalCase{"AskThemToDoTheSame", "Send it to everyone you can and ask them to do the same.", "propagate", true},
        SignalCase{"TellThemToSendItOn", "Share with your friends and tell them to pass it on too.", "propagate", true},
        SignalCase{"AskThemToReturnTheSlip", "Please remind parents and ask them to send the slips back to the office.",
                   "propagate", false},
        SignalCase{"EveryColleagueYouveGot", "Please share this with every colleague and friend you've got.",
                   "forward-everyone", true},
        SignalCase{"EveryContactInYourPhone", "Please copy it and send it to every contact in your phone.",
                   "forward-everyone", true},
        SignalCase{"CountedBelievers", "Send this message to 12 believers before midnight.", "forward-count", true},
        SignalCase{"RelativeOfANamedFriend", "Nadine's cousin is in the police so this is legit. Tell everyone.", "vouch",
                   true},
        SignalCase{"ColleagueWorksInAnOffice", "Nadine works in the main office on Fridays, tell everyone.", "vouch", false},
        SignalCase{"ConsequenceAnecdote", "A woman who deleted it lost her home a week later. Send it to 7 friends.",
                   "threat", true},
        SignalCase{"TheMorePeopleWhoSeeIt", "The more people who see it the safer we all are. Forward to all your friends.",
                   "guilt", true},
        SignalCase{"TheMoreTheMerryIsNoPressure", "The more people come to the fair the merrier, bring your friends!",
                   "guilt", false},
        SignalCase{"PortugueseCount", "Envie esta mensagem a 20 pessoas nas próximas 96 horas.", "forward-count", true},
        SignalCase{"SpanishEveryone", "Por favor, reenvía este mensaje a todos tus contactos.", "forward-everyone",
                   true},
        SignalCase{"FrenchChain", "Ne cassez surtout pas la chaîne, une dame l'a gardée.", "chain", true},
        SignalCase{"PolishCountWithoutAccents", "Przeslij to do 10 osob w ciagu 24 godzin, znajomych tez.", "forward-count",
                   true},
        SignalCase{"SpanishNewsletterIsNoCount", "Compartan esta información con otras familias de la clase, 20 "
                   "personas ya vienen.", "forward-count", false},
        // round 7: a rumour an authority is said to keep quiet; the reader's own year or class
        SignalCase{"CouncilToldNotToWrite", "Apparently the academy was told not to tell parents until March, so send "
                   "this round to everyone.", "rumour", true},
        SignalCase{"HeadDoesNotWantItKnown", "The trust doesn't want parents to know about the cuts, pass it on to "
                   "everyone.", "rumour", true},
        SignalCase{"PupilsNotAllowedIsNoRumour", "Pupils are not allowed to bring phones on the trip; please tell "
                   "everyone in your form.", "rumour", false},
        SignalCase{"ConfidentialityNoticeIsNoRumour", "Staff must not share pupils' details; please keep it confidential "
                   "and tell everyone.", "rumour", false},
        SignalCase{"EveryoneInOurClass", "Send this to everyone in our class before tomorrow, the more the better.",
                   "forward-everyone", true},
        SignalCase{"WhoeverYouTrust", "Just forward it quietly to whoever you trust.", "forward-everyone", true},
        SignalCase{"SourceInAnAssessment", "Source A (1912): send this to nine friends. How useful is Source A? (6 marks)",
                   "frame", true},
        SignalCase{"WholeClassWhatsAppIsNoLesson", "Forward this to the whole class WhatsApp and every parent you know.",
                   "frame", false},
        SignalCase{"EveryParentAtTheGateIsNoAudience", "Please forward the menu to every parent who asked.",
                   "forward-everyone", false}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace aup
