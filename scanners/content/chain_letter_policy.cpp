#include "scanners/content/chain_letter_policy.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/text_util.h"
#include "scanners/content/text_model/model_judgement.h"

namespace aup {

namespace {
constexpr std::string_view kPossibleChainLetter = "possible-chain-letter";
}  // namespace

bool isWeakChainFinding(std::string_view rule) { return rule == kPossibleChainLetter; }
namespace {

struct Signal {
  std::string group;
  double weight = 0;
  std::string evidence;  // the phrase, or what was counted
};

// One message's signals and score (evaluate decides on it; arithmetic prints it).
struct ChainScore {
  std::map<std::string, Signal> signals;  // by signal id: each counts once
  double score = 0;
  double supported = 0;  // the score without the deadline
  bool content = false;  // a forwarding or threat signal
  std::set<std::string> groups;
  std::string evidence;
  std::size_t ignoredInQuotes = 0;  // positive matches inside a framed message's quoted examples or reports
};

constexpr double kFurtherFrameCue = 3;  // per distinct discussion cue after the first, at most two

bool isContentGroup(const std::string& group) { return group == "forwarding" || group == "threat"; }

bool letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// True when `offset` lies inside a single-quoted stretch of its line ('the police have
// confirmed this'): a quote mark that opens after a space or bracket before a letter, not closed
// before `offset`, and closed later on the line. Apostrophes ("you'll", "pupils' ") are not quotes.
bool insideSingleQuotes(std::string_view text, std::size_t offset, std::size_t floor) {
  std::size_t line = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  std::size_t from = line == std::string_view::npos || line < floor ? floor : line + 1;
  auto opens = [&](std::size_t i) {
    bool before = i == from || text[i - 1] == ' ' || text[i - 1] == '(' || text[i - 1] == '\t';
    return before && i + 1 < text.size() && letter(text[i + 1]);
  };
  auto closes = [&](std::size_t i) {
    bool after = i + 1 >= text.size() || !letter(text[i + 1]);
    return after && i > from && !std::isspace(static_cast<unsigned char>(text[i - 1]));
  };
  bool open = false;
  for (std::size_t i = from; i < offset; ++i) {
    if (text[i] != '\'') continue;
    if (!open && opens(i)) open = true;
    else if (open && closes(i)) open = false;
  }
  if (!open) return false;
  for (std::size_t i = offset; i < text.size() && text[i] != '\n'; ++i)
    if (text[i] == '\'' && closes(i)) return true;
  return false;
}

// True when `offset` lies inside a double-quoted stretch of its paragraph ("... send this to
// 10 people ..." quoted by a lesson): an odd number of '"' since the paragraph began; or inside a
// single-quoted stretch of its line.
bool insideQuotes(std::string_view text, std::size_t offset, std::size_t floor) {
  std::size_t para = text.rfind("\n\n", offset);
  std::size_t from = para == std::string_view::npos || para < floor ? floor : para;
  std::size_t quotes = 0;
  for (std::size_t i = from; i < offset; ++i) quotes += text[i] == '"';
  return quotes % 2 == 1 || insideSingleQuotes(text, offset, floor);
}

// True when the sentence holding `offset` reports what some other message says before it gets
// there: "A message says you'll have bad luck unless ...", "Why do hoax messages often say ...",
// "if a message asks you to pass it on, don't". A chain letter speaks of itself as "this message",
// so a message named with "this" (or "my", "your") is not a report.
bool reportedBySentence(std::string_view text, std::size_t offset, std::size_t floor) {
  static constexpr std::string_view kMedia[] = {"message", "messages", "email", "emails", "e-mail", "e-mails", "text",
                                                "texts", "letter", "letters", "post", "posts", "chain", "chains",
                                                "hoax", "hoaxes", "scam", "scams", "warning", "warnings"};
  static constexpr std::string_view kReports[] = {"say", "says", "said", "saying", "ask", "asks", "asked", "asking",
                                                  "tell", "tells", "told", "telling", "claim", "claims", "claimed",
                                                  "claiming", "threaten", "threatens", "promise", "promises", "warn",
                                                  "warns", "urge", "urges", "want", "wants", "demand", "demands"};
  static constexpr std::string_view kSelf[] = {"this", "my", "your", "ur", "our"};
  constexpr std::size_t kLongestSentence = 240;
  std::size_t from = offset > floor + kLongestSentence ? offset - kLongestSentence : floor;
  for (std::size_t i = offset; i > from; --i) {
    char c = text[i - 1];
    bool stop = c == '\n' || ((c == '.' || c == '?' || c == '!') && i < text.size() && text[i] == ' ');
    if (stop) {
      from = i;
      break;
    }
  }
  std::vector<std::string> words;
  for (std::size_t i = from; i < offset;) {
    if (!letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < offset && (letter(text[i]) || text[i] == '-')) ++i;
    words.push_back(toLowerAscii(text.substr(b, i - b)));
  }
  auto in = [](const auto& list, const std::string& w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (!in(kMedia, words[w]) || (w > 0 && in(kSelf, words[w - 1]))) continue;
    // the verb straight after, or after one adverb or auxiliary ("often say", "will tell", "may ask")
    for (std::size_t v = w + 1; v < words.size() && v <= w + 2; ++v)
      if (in(kReports, words[v])) return true;
  }
  return false;
}

// True when `offset` lies inside a double-quoted stretch that opens in the middle of the sender's
// own sentence and closes in the same paragraph: `the classic "send it to nine people ..."` cites
// a chain letter (a mention), while a letter pasted whole in quotes opens at a line start or after
// a colon ("My friend sent me this: "...").
bool insideInlineQuote(std::string_view text, std::size_t offset, std::size_t floor) {
  std::size_t para = text.rfind("\n\n", offset);
  std::size_t from = para == std::string_view::npos || para < floor ? floor : para;
  std::size_t open = std::string_view::npos, quotes = 0;
  for (std::size_t i = from; i < offset; ++i)
    if (text[i] == '"') ++quotes, open = i;
  if (quotes % 2 == 0 || open == std::string_view::npos) return false;
  std::size_t paraEnd = text.find("\n\n", offset);
  std::size_t close = text.find('"', offset);
  if (close == std::string_view::npos || (paraEnd != std::string_view::npos && close > paraEnd)) return false;
  std::size_t b = open;
  while (b > from && text[b - 1] == ' ') --b;
  if (b <= from) return false;
  if (std::isalpha(static_cast<unsigned char>(text[b - 1]))) return true;
  // A list of quoted phrases ("things like "forward this to everyone", "send to 10 people"") goes
  // on after the comma that follows the previous closing quote: still the sender's own sentence.
  return (text[b - 1] == ',' || text[b - 1] == ';') && b - 1 > from && text[b - 2] == '"';
}

// The body segments' text, read in place (a banner or an address never spans two segments).
std::vector<std::string_view> bodyTexts(const MessageText& text) {
  std::vector<std::string_view> bodies;
  for (const auto& seg : text.segments)
    if (seg.kind == SegmentKind::Body) bodies.push_back(std::string_view(text.text).substr(seg.begin, seg.end - seg.begin));
  return bodies;
}

// Lines quoted ">>>" or deeper in the body (counted before quoting was folded), or three
// forwarded/original-message banners.
bool deepQuoting(const MessageText& text, const std::vector<std::string_view>& bodies) {
  std::size_t deepQuotedLines = 0, banners = 0;
  for (const auto& seg : text.segments)
    if (seg.kind == SegmentKind::Body) deepQuotedLines += seg.deepQuotedLines;
  if (deepQuotedLines >= 3) return true;
  for (std::string_view body : bodies)
    for (std::string_view banner : {"forwarded message", "original message"}) banners += countIgnoreCase(body, banner);
  return banners >= 3;
}

// Distinct address-like tokens ("x@y.z") in the body.
std::size_t countAddresses(const std::vector<std::string_view>& bodies) {
  std::set<std::string> seen;
  auto wordChar = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '+';
  };
  for (std::string_view body : bodies) {
    for (auto at = body.find('@'); at != std::string_view::npos && seen.size() < 1000; at = body.find('@', at + 1)) {
      std::size_t b = at, e = at + 1;
      while (b > 0 && wordChar(body[b - 1])) --b;
      while (e < body.size() && wordChar(body[e])) ++e;
      std::string_view domain = body.substr(at + 1, e - at - 1);
      if (b < at && domain.find('.') != std::string_view::npos) seen.insert(toLowerAscii(body.substr(b, e - b)));
    }
  }
  return seen.size();
}

void addStructuralSignals(const ContentInput& in, std::map<std::string, Signal>& signals) {
  const MessageView& m = in.message;
  int fwd = countForwardPrefixes(m.subject());
  if (fwd >= 3) signals["S7"] = {"spread", fwd >= 5 ? 2.0 : 1.0, std::to_string(fwd) + " forward prefixes in the subject"};
  const auto bodies = bodyTexts(in.text);
  if (deepQuoting(in.text, bodies)) signals["S8"] = {"spread", 1, "forwarded many times over (deep quoting)"};
  if (auto n = countAddresses(bodies); n >= 15) signals["S9"] = {"spread", 1, std::to_string(n) + " addresses copied into the text"};
  auto to = m.header("To");
  bool undisclosed = to && containsIgnoreCase(*to, "undisclosed-recipients");
  if (m.envelope().recipients.size() >= 20 || undisclosed)
    signals["S10"] = {"spread", 1, undisclosed ? "sent to undisclosed recipients" : "sent to many recipients"};
  if (m.header("List-Unsubscribe") || m.header("List-Id")) signals["N1"] = {"negative", -3, "newsletter headers"};
  if ((m.header("In-Reply-To") || m.header("References")) && fwd < 3) signals["N2"] = {"negative", -1, "a reply in a thread"};
}

}  // namespace

int countForwardPrefixes(std::string_view subject) {
  int count = 0;
  std::size_t i = 0;
  for (;;) {
    while (i < subject.size() && (subject[i] == ' ' || subject[i] == '\t' || subject[i] == '[')) ++i;
    std::size_t start = i;
    while (i < subject.size() && std::isalpha(static_cast<unsigned char>(subject[i]))) ++i;
    std::string word = toLowerAscii(subject.substr(start, i - start));
    while (i < subject.size() && subject[i] == ' ') ++i;
    bool prefix = word == "fwd" || word == "fw" || word == "tr" || word == "wg" || word == "rv" || word == "re";
    if (!prefix || i >= subject.size() || subject[i] != ':') return count;
    if (word != "re") ++count;  // replies are conversation, not forwarding
    ++i;
  }
}

namespace {

// The score of one message: every signal counted once, the policy's own adjustments applied.
ChainScore scoreMessage(const ContentInput& in, std::string_view policy) {
  ChainScore out;
  auto& signals = out.signals;
  const std::string_view text = in.text.text;
  // A discussion frame (a lesson, an assembly, IT's own warning) makes quoted examples inert.
  bool framed = false, framedOutsideQuotation = false;
  std::set<std::string> frameCues;  // distinct discussion cues in the sender's own words
  for (const auto& m : in.matches) {
    const Rule& r = in.rules.rules()[m.rule];
    if (r.policy != policy || r.kind != RuleKind::Signal || r.group != "frame") continue;
    framed = true;
    const TextSegment* seg = in.text.segmentAt(m.start);
    bool own = seg && !seg->inQuotation(m.start);
    framedOutsideQuotation = framedOutsideQuotation || own;
    if (own && r.tag == "frame") frameCues.insert(toLowerAscii(text.substr(m.start, m.end() - m.start)));
  }
  // A message whose every positive signal sits inside inline quotations of the sender's own
  // sentences cites a chain letter (a lesson idea, a question about it) without being one.
  bool positive = false, allCited = true;
  for (const auto& m : in.matches) {
    const Rule& r = in.rules.rules()[m.rule];
    if (r.policy != policy || r.kind != RuleKind::Signal || r.weight <= 0) continue;
    const TextSegment* seg = in.text.segmentAt(m.start);
    if (!seg) continue;
    positive = true;
    allCited = allCited && insideInlineQuote(text, m.start, seg->begin);
  }
  const bool cited = positive && allCited;
  int forwardRequests = 0;  // separate places in the text that ask for it to be passed on
  std::size_t lastRequestEnd = 0;
  // The first version read of each multipart/alternative: the other versions repeat it, and a
  // repetition they carry is the mail client's, not the sender's insistence.
  std::map<std::string, const TextSegment*> firstVersion;
  for (const auto& match : in.matches) {
    const Rule& rule = in.rules.rules()[match.rule];
    if (rule.policy != policy || rule.kind != RuleKind::Signal) continue;
    const TextSegment* seg = in.text.segmentAt(match.start);
    if (!seg) continue;  // subject, body parts, attached messages and attachments all count
    if ((framed || cited) && rule.weight > 0 && insideQuotes(text, match.start, seg->begin)) {
      ++out.ignoredInQuotes;
      continue;
    }
    // In a text that discusses chain letters, a sentence reporting what some message says ("a
    // message says you'll have bad luck unless ...") describes a chain letter without being one.
    if (framedOutsideQuotation && rule.weight > 0 && reportedBySentence(text, match.start, seg->begin)) {
      ++out.ignoredInQuotes;
      continue;
    }
    // The sender's own words frame a quoted block ('>' quoted, indented) as an example: the
    // block's signals are the example's, not the sender's. A frame word inside the block itself
    // (a chain letter saying "this is not a joke") never disarms it.
    if (framedOutsideQuotation && rule.weight > 0 && seg->inQuotation(match.start)) {
      ++out.ignoredInQuotes;
      continue;
    }
    std::string id = rule.tag.empty() ? rule.id : rule.tag;
    bool otherVersion = false;
    if (!seg->alternativeOf.empty()) {
      auto [it, added] = firstVersion.try_emplace(seg->alternativeOf, seg);
      otherVersion = !added && it->second != seg;
    }
    if (rule.group == "forwarding" && seg->kind != SegmentKind::Subject && !otherVersion) {
      if (forwardRequests > 0 && match.start >= lastRequestEnd) ++forwardRequests;
      if (forwardRequests == 0) forwardRequests = 1;
      lastRequestEnd = std::max(lastRequestEnd, match.end());
    }
    auto it = signals.find(id);
    if (it != signals.end() && std::abs(it->second.weight) >= std::abs(rule.weight)) continue;
    signals[id] = {rule.group, rule.weight,
                   rule.description + ": \"" + quotePhrase(text.substr(match.start, match.end() - match.start)) + "\" (" +
                       in.text.locate(match.start) + ")"};
  }
  // Asking twice or more in different places is the insistence of a chain letter, not a
  // one-off "please share" (only counts beside a forwarding signal, so it never fires alone).
  // A text with several different discussion cues ("online safety", "worksheet", "tutor time") is
  // about chain letters, not one: each further cue lowers the score by 3 (two more at most). A chain
  // letter may stumble on one frame word; it does not carry a lesson's whole vocabulary.
  if (auto it = signals.find("frame"); it != signals.end() && frameCues.size() >= 2) {
    std::size_t extra = std::min<std::size_t>(frameCues.size(), 3) - 1;
    it->second.weight -= kFurtherFrameCue * static_cast<double>(extra);
    it->second.evidence += " and " + std::to_string(extra) + " more discussion cue" + (extra > 1 ? "s" : "");
  }
  if (forwardRequests >= 2) signals["repeat"] = {"urgency", 1, "asks to be passed on " + std::to_string(forwardRequests) + " times"};
  addStructuralSignals(in, signals);
  for (const auto& [id, s] : signals) {
    out.score += s.weight;
    // A deadline only supports: "share this with your friends and family" (3) with "within 7
    // days" (1) is a school event letter, so a deadline never lifts a lone request to a review;
    // the other signals must reach it without it. (Asking twice, `repeat`, is the letter's own.)
    out.supported += id == "deadline" ? 0 : s.weight;
    if (s.weight <= 0) continue;
    out.content = out.content || isContentGroup(s.group);
    out.groups.insert(s.group);
    out.evidence += (out.evidence.empty() ? "" : "; ") + s.evidence;
  }
  return out;
}

}  // namespace

void ChainLetterPolicy::evaluate(const ContentInput& in, ScanOutcome& outcome) const {
  ChainScore scored = scoreMessage(in, policyId());
  const double score = scored.score;
  Finding f;
  f.policy = std::string(policyId());
  f.description = "This message looks like a chain letter (it asks to be passed on, with promises or threats).";
  f.evidence = scored.evidence;
  f.location = "message text";
  f.advice = "Do not forward chain letters; delete it. If it warns of a virus, tell the IT team instead.";
  if (!scored.content || score < settings_.reviewThreshold || scored.supported < settings_.reviewThreshold) {
    // No rule reached review: the model reads the wording as a whole, and a catch by it alone
    // goes to a person (never a bounce), since it cannot name the sentence that asks to be passed on.
    if (!settings_.model) return;
    const double p = modelProbability(*settings_.model, in);
    if (p < settings_.modelThreshold) return;
    f.rule = "chain-letter-model";
    f.confidence = p;
    f.actionOverride = Action::Quarantine;
    f.evidence = modelEvidence(*settings_.model, in, p, settings_.modelThreshold, false);
    outcome.findings.push_back(std::move(f));
    return;
  }
  if (score >= settings_.threshold && scored.groups.size() >= 2) {
    f.rule = "chain-letter";
    f.confidence = std::min(1.0, 0.7 + 0.05 * (score - settings_.threshold));
  } else {
    // Borderline: the rules saw one thing ("invite 8 people"); the model, reading the whole message,
    // must not find it unlike a chain letter (cross-validation: this drops false alarms, no catches).
    if (settings_.model && modelProbability(*settings_.model, in) < settings_.modelConfirm) return;
    f.rule = std::string(kPossibleChainLetter);
    f.confidence = 0.5;
    f.actionOverride = Action::Quarantine;  // borderline: a person reviews it instead of a bounce
  }
  f.evidence = "score " + std::to_string(static_cast<int>(score)) + ": " + f.evidence;
  outcome.findings.push_back(std::move(f));
}

std::string ChainLetterPolicy::arithmetic(const ContentInput& in) const {
  ChainScore scored = scoreMessage(in, policyId());
  std::string expr;
  char buf[64];
  for (const auto& [id, s] : scored.signals) {
    std::snprintf(buf, sizeof buf, "%g", std::abs(s.weight));
    expr += (expr.empty() ? (s.weight < 0 ? "-" : "") : s.weight < 0 ? " - " : " + ") + std::string(buf) + " (" + id + ")";
  }
  std::snprintf(buf, sizeof buf, "%g", scored.score);
  std::string out = (expr.empty() ? "0" : expr) + " = " + buf;
  if (scored.ignoredInQuotes > 0)
    out += "\n   " + std::to_string(scored.ignoredInQuotes) + " signal match(es) inside a quoted example or a reported sentence of a framed message not counted";
  if (scored.signals.count("deadline")) {
    std::snprintf(buf, sizeof buf, "%g", scored.supported);
    out += std::string("\n   without the deadline (it only supports): ") + buf;
  }
  const char* decision = "nothing (no forwarding or threat signal)";
  if (scored.content) {
    if (scored.score >= settings_.reviewThreshold && scored.supported >= settings_.reviewThreshold)
      decision = scored.score >= settings_.threshold && scored.groups.size() >= 2 ? "chain-letter" : "possible-chain-letter (review)";
    else
      decision = "nothing (below the review threshold)";
  }
  std::snprintf(buf, sizeof buf, "threshold %g with two groups, review %g: ", settings_.threshold, settings_.reviewThreshold);
  out += "\n   " + std::string(buf) + decision;
  if (settings_.model) {
    out += "\n   " + modelArithmetic(*settings_.model, in, settings_.modelThreshold);
    std::snprintf(buf, sizeof buf, "%.2f", settings_.modelConfirm);
    out += std::string("\n   a possible-chain-letter stands only with the model at ") + buf + " or above";
  }
  return out;
}

}  // namespace aup
