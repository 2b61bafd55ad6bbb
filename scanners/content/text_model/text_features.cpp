#include "scanners/content/text_model/text_features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "engine/text_util.h"
#include "scanners/content/chain_letter_policy.h"
#include "scanners/content/dlp_context.h"
#include "scanners/content/dlp_policy.h"

namespace aup {
namespace {

constexpr std::size_t kMaxWordBytes = 24;
constexpr std::size_t kShapeBytes = 16;
// Characters either side of a value in which a person's name makes it "named".
constexpr std::size_t kNameWindow = 60;

// asciiLetter/asciiDigit (text_util.h), not <cctype>: a call per byte was a tenth of the features' cost.
bool isWordByte(unsigned char c) { return asciiDigit(c) || asciiLetter(c) || c >= 0x80; }
// A line end alone is not one: the paragraph view keeps short lines (a poem, a text message) that
// still read as one sentence; a blank line (two line ends) is.
bool endsSentence(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '\n') return i + 1 < text.size() && text[i + 1] == '\n';
  return c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
}

// FNV-1a 32 bit, fed piece by piece so a feature's name never has to be built to be hashed.
struct Fnv {
  std::uint32_t h = 2166136261u;
  Fnv& add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      h ^= c;
      h *= 16777619u;
    }
    return *this;
  }
};

// Sorts bucket numbers: a two-pass radix sort (10 bits a pass) for the thousands of word features
// of a long message (in `perf`, about a quarter of std::sort's time); std::sort for short lists.
void sortBuckets(std::vector<std::uint32_t>& buckets) {
  static_assert(kFeatureBuckets <= (1u << 20), "two 10-bit passes cover every bucket");
  if (buckets.size() < 256) {
    std::sort(buckets.begin(), buckets.end());
    return;
  }
  std::vector<std::uint32_t> sorted(buckets.size());
  for (unsigned shift : {0u, 10u}) {
    std::array<std::size_t, 1025> start{};
    for (std::uint32_t b : buckets) ++start[((b >> shift) & 1023u) + 1];
    for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    for (std::uint32_t b : buckets) sorted[start[(b >> shift) & 1023u]++] = b;
    buckets.swap(sorted);
  }
}

// Collects feature buckets (and, when asked, the first name seen in each bucket).
class FeatureCollector {
 public:
  explicit FeatureCollector(bool keepNames) : keepNames_(keepNames) { buckets_.reserve(3 * kMaxFeatureWords + 64); }

  void add(std::string_view name) { add(Fnv().add(name), name); }
  // A feature already hashed; `name` is built only when names are kept.
  void add(const Fnv& hash, std::string_view name) {
    const std::uint32_t bucket = hash.h % kFeatureBuckets;
    buckets_.push_back(bucket);
    if (keepNames_) names_.emplace(bucket, std::string(name));
  }
  bool keepNames() const { return keepNames_; }

  // The buckets collected so far, sorted and distinct, handed over (the words, cached for both
  // models); the collector is done with after this.
  std::vector<std::uint32_t> takeDistinctBuckets() {
    sortDistinct();
    return std::move(buckets_);
  }

  // `words` (sorted, distinct) joins the buckets collected here: the words are sorted once per
  // message, not once per model; only the few mechanism features are sorted again.
  FeatureVector finish(const std::vector<std::uint32_t>& words = {}) {
    sortDistinct();
    if (!words.empty()) {
      std::vector<std::uint32_t> joined;
      joined.reserve(words.size() + buckets_.size());
      std::set_union(words.begin(), words.end(), buckets_.begin(), buckets_.end(), std::back_inserter(joined));
      buckets_.swap(joined);
    }
    FeatureVector out;
    if (buckets_.empty()) return out;
    const float value = static_cast<float>(1.0 / std::sqrt(static_cast<double>(buckets_.size())));
    out.features.reserve(buckets_.size());
    for (std::uint32_t b : buckets_) {
      out.features.push_back({b, value});
      if (keepNames_) out.names.push_back(names_[b]);
    }
    return out;
  }

 private:
  void sortDistinct() {
    sortBuckets(buckets_);
    buckets_.erase(std::unique(buckets_.begin(), buckets_.end()), buckets_.end());
  }

  bool keepNames_;
  std::vector<std::uint32_t> buckets_;
  std::unordered_map<std::uint32_t, std::string> names_;
};

// A word as the model reads it, into `out`: lowercase; with a digit, its shape (digits '0',
// letters 'a').
void wordForm(std::string_view raw, std::string& out) {
  out.clear();
  const bool hasDigit = std::any_of(raw.begin(), raw.end(), [](unsigned char c) { return asciiDigit(c); });
  for (unsigned char c : raw) {
    if (c == '\'') continue;  // "don't" and "dont" are one word
    if (hasDigit) out += asciiDigit(c) ? '0' : asciiLetter(c) ? 'a' : static_cast<char>(c);
    else out += asciiLower(static_cast<char>(c));
    if (out.size() >= (hasDigit ? kShapeBytes : kMaxWordBytes)) break;
  }
}

// Words and neighbouring pairs of text[from, to); `subject` marks subject words ("s:") as well.
void addWords(std::string_view text, std::size_t from, std::size_t to, bool subject, std::size_t& budget,
              FeatureCollector& out) {
  std::string previous, word;
  Fnv pairStart;  // "b:<previous>_" hashed once, for the pair with the next word
  bool havePrevious = false;
  const bool names = out.keepNames();
  std::size_t i = from;
  while (i < to && budget > 0) {
    if (!isWordByte(static_cast<unsigned char>(text[i]))) {
      if (endsSentence(text, i)) havePrevious = false;
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < to && (isWordByte(static_cast<unsigned char>(text[j])) ||
                      (text[j] == '\'' && j + 1 < to && isWordByte(static_cast<unsigned char>(text[j + 1])))))
      ++j;
    wordForm(text.substr(i, j - i), word);
    i = j;
    --budget;
    out.add(Fnv().add("w:").add(word), names ? "w:" + word : std::string());
    if (subject) out.add(Fnv().add("s:").add(word), names ? "s:" + word : std::string());
    if (havePrevious) out.add(Fnv(pairStart).add(word), names ? "b:" + previous + "_" + word : std::string());
    pairStart = Fnv().add("b:").add(word).add("_");
    previous.swap(word);
    havePrevious = true;
  }
}

std::string countBand(std::size_t n) {
  return n >= 20 ? "20+" : n >= 6 ? "6-19" : n >= 2 ? "2-5" : std::to_string(n);
}

// The rules' own signals and groups by name, so the model weighs them beside the words: "send it
// to everyone you care about" means more beside "NASA said" than beside "the summer fair".
void addChainSignals(const ContentInput& in, FeatureCollector& out) {
  std::set<std::string> signals, groups;
  for (const auto& m : in.matches) {
    const Rule& rule = in.rules.rules()[m.rule];
    if (rule.policy != "chain-letter" || rule.kind != RuleKind::Signal || rule.stage == RuleStage::Trigger) continue;
    signals.insert(rule.tag);
    if (rule.weight > 0) groups.insert(rule.group);
  }
  for (const auto& tag : signals) out.add("#signal:" + tag);
  for (const auto& group : groups) out.add("#group:" + group);
  out.add("#groups:" + std::to_string(groups.size()));
}

void addChainMechanisms(const ContentInput& in, FeatureCollector& out) {
  addChainSignals(in, out);
  out.add("#fwd:" + std::to_string(std::min(countForwardPrefixes(in.message.subject()), 3)));
  out.add("#rcpt:" + countBand(in.message.envelope().recipients.size()));
  out.add("#dir:" + std::string(toString(in.context.direction)));
  for (const auto& seg : in.text.segments) {
    if (seg.kind == SegmentKind::Attachment) out.add("#attachment-text");
    if (seg.deepQuotedLines >= 3) out.add("#deep-quoting");
    if (!seg.quoted.empty()) out.add("#quotation");
  }
}

std::size_t segmentStart(const MessageText& text, std::size_t offset) {
  const TextSegment* seg = text.segmentAt(offset);
  return seg ? seg->begin : 0;
}

// What a date beside a name is, read as dlp-unencrypted reads it: "event-date" when the words or the
// list header say what else it is (joined, appointed, "Start date") or its row is a placeholder
// record; "birth-date" when it can be one (3 to 100 years old, or younger after "born"/"DOB").
std::string dateKind(const MessageText& text, std::size_t at, const std::optional<CalendarDate>& date,
                     const CalendarDate& sent, ListIntroMemo& listIntros) {
  if (!date) return "other-date";
  const TextSegment* seg = text.segmentAt(at);
  const std::size_t floor = seg ? seg->begin : 0;
  const std::string_view all = text.text;
  bool tableOfEvents = false;
  if (seg && seg->tabular) {
    std::size_t eol = std::min(seg->end, all.find('\n', seg->begin));
    tableOfEvents = headerLabelsEventDates(toLowerAscii(all.substr(seg->begin, eol - seg->begin)));
  }
  if (tableOfEvents || eventDateBefore(all, at, floor) || listIntroducedAsEventDates(all, at, floor, &listIntros) ||
      placeholderPersonBefore(all, at, floor))
    return "event-date";
  auto dayNumber = [](const CalendarDate& d) { return d.year * 10000 + d.month * 100 + d.day; };
  bool birth = plausibleBirthDate(*date, sent) || (dayNumber(*date) <= dayNumber(sent) && birthCueJustBefore(all, at, floor));
  return birth ? "birth-date" : "other-date";
}

void addPersonalDataMechanisms(const ContentInput& in, FeatureCollector& out) {
  const std::string& text = in.text.text;
  const int year = currentYear();
  const CalendarDate sent = messageSentDate(in.message);
  std::map<std::string, std::size_t> valid, named;
  ListIntroMemo listIntros;
  for (const auto& m : in.matches) {
    const Rule& rule = in.rules.rules()[m.rule];
    if (rule.policy != "dlp-unencrypted") continue;
    switch (rule.kind) {
      case RuleKind::Identifier: {
        auto token = validIdentifier(rule.tag, text, m, year);
        if (!token) {
          out.add("#unchecked:" + rule.tag);
          break;
        }
        if (rule.tag == "card" && publishedTestCard(compactIdentifier(*token))) {
          out.add("#test-card");  // a sandbox's test number: nobody's card (dlp_context.h)
          break;
        }
        std::string tag = rule.tag;
        if (tag == "dob") tag = dateKind(in.text, m.start, parseUkDate(*token, year), sent, listIntros);
        ++valid[tag];
        if (nameNear(text, m.start, kNameWindow, segmentStart(in.text, m.start))) ++named[tag];
        break;
      }
      case RuleKind::Keyword: out.add("#keyword:" + rule.tag); break;
      case RuleKind::Marker: out.add("#marker:" + rule.tag); break;
      case RuleKind::Personal: out.add("#personal:" + rule.tag); break;
      case RuleKind::Disclaimer: out.add("#disclaimer"); break;
      case RuleKind::Signal: break;
    }
  }
  std::size_t allValid = 0, allNamed = 0;
  if (valid.count("event-date")) out.add("#dates:event");
  for (const auto& [tag, n] : valid) {
    if (tag == "other-date" || tag == "event-date") continue;
    allValid += n;
    out.add("#valid:" + tag);
    if (n >= 3) out.add("#valid:" + tag + ":3+");
  }
  for (const auto& [tag, n] : named) {
    if (tag == "other-date" || tag == "event-date") continue;
    allNamed += n;
    out.add("#named:" + tag);
    if (n >= 3) out.add("#named:" + tag + ":3+");
  }
  out.add("#valid-values:" + countBand(allValid));
  out.add("#named-values:" + countBand(allNamed));
  for (const auto& seg : in.text.segments)
    if (seg.tabular) out.add("#table");
  if (!in.text.attachments.empty()) out.add("#attachment");
}

}  // namespace

std::uint32_t featureBucket(std::string_view name) { return Fnv().add(name).h % kFeatureBuckets; }

FeatureVector textFeatures(const ContentInput& in, FeatureFamily family, bool keepNames) {
  FeatureCollector out(keepNames);
  if (keepNames || !in.wordBuckets) {
    FeatureCollector words(keepNames);
    std::size_t budget = kMaxFeatureWords;
    for (const auto& seg : in.text.segments)
      addWords(in.text.text, seg.begin, seg.end, seg.kind == SegmentKind::Subject, budget, keepNames ? out : words);
    if (!keepNames) in.wordBuckets = words.takeDistinctBuckets();
  }
  if (family == FeatureFamily::ChainLetter) addChainMechanisms(in, out);
  else addPersonalDataMechanisms(in, out);
  return keepNames ? out.finish() : out.finish(*in.wordBuckets);
}

}  // namespace aup
