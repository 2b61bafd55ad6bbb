#include "scanners/content/rule_set.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <hs/hs.h>
#include <toml++/toml.h>

#include "scanners/content/chain_grammar.h"

namespace aup {
namespace {

// A Hyperscan scratch owned by one thread, grown for every database the thread scans with.
struct ThreadScratch {
  hs_scratch_t* scratch = nullptr;
  std::set<std::uint64_t> grownFor;  // generations this scratch already suits
  ~ThreadScratch() {
    if (scratch) hs_free_scratch(scratch);
  }
};

thread_local ThreadScratch tlsScratch;

struct ScanState {
  RawMatches raw;
  std::size_t base = 0;  // offset of the scanned window in the text
  std::size_t cap = 0, count = 0;
  bool truncated = false;
};

int onMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void* ctx) {
  auto* state = static_cast<ScanState*>(ctx);
  if (state->count++ >= state->cap) {
    state->truncated = true;
    return 1;  // stop scanning: the cap protects memory against digit-run floods
  }
  state->raw.push_back({id, {state->base + static_cast<std::size_t>(from), state->base + static_cast<std::size_t>(to)}});
  return 0;
}

std::optional<RuleKind> parseKind(std::string_view text) {
  if (text == "signal") return RuleKind::Signal;
  if (text == "identifier") return RuleKind::Identifier;
  if (text == "keyword") return RuleKind::Keyword;
  if (text == "marker") return RuleKind::Marker;
  if (text == "personal") return RuleKind::Personal;
  if (text == "disclaimer") return RuleKind::Disclaimer;
  return std::nullopt;
}

// Reads a grammar rule's sequence and gap and compiles them to the rule's pattern.
bool readSequence(const toml::array& list, const toml::table& t, const WordClasses& words, Rule& rule,
                  std::string& problem) {
  for (const auto& e : list) {
    auto name = e.value<std::string>();
    if (!name) return problem = "rule " + rule.id + ": sequence must be a list of word-class names", false;
    rule.sequence.push_back(*name);
  }
  auto gap = t["gap"].value<std::int64_t>();
  if (t.contains("gap") && (!gap || *gap < 0 || *gap > 12)) return problem = "rule " + rule.id + ": gap must be 0..12", false;
  rule.gap = gap ? static_cast<int>(*gap) : 3;
  std::string why;
  rule.elements = grammarElements(rule.sequence, words, why);
  if (rule.elements.empty()) return problem = "rule " + rule.id + ": " + why, false;
  rule.pattern = grammarExpression(rule.sequence, rule.gap, words, why);  // readable form (--explain)
  return true;
}

// Reads the optional top-level [words] table: class name -> list of phrases.
WordClasses readWords(const toml::table& root, std::vector<std::pair<std::size_t, std::string>>& errors) {
  WordClasses words;
  const auto* table = root["words"].as_table();
  if (!table) {
    if (root.contains("words")) errors.push_back({root["words"].node()->source().begin.line, "words must be a table"});
    return words;
  }
  for (const auto& [name, value] : *table) {
    const auto* list = value.as_array();
    auto& entries = words[std::string(name.str())];
    for (std::size_t i = 0; list && i < list->size(); ++i)
      if (auto phrase = (*list)[i].value<std::string>(); phrase && !phrase->empty()) entries.push_back(*phrase);
    if (!list || entries.empty())
      errors.push_back({value.source().begin.line, "word class '" + std::string(name.str()) + "' must be a non-empty list of phrases"});
  }
  return words;
}

// Reads one [[rule]] table; returns false (with a message) when it is unusable.
bool readRule(const toml::table& t, const WordClasses& words, Rule& rule, std::string& problem) {
  static const std::set<std::string, std::less<>> kKnown = {"id",    "kind",    "tag",   "group",  "description", "regex",
                                                            "literal", "flags", "weight", "policy", "sequence",    "gap"};
  for (const auto& [key, value] : t) {
    if (!kKnown.count(key.str())) {
      problem = "unknown key '" + std::string(key.str()) + "'";
      return false;
    }
  }
  rule.id = t["id"].value_or(std::string());
  if (rule.id.empty()) return problem = "rule has no id", false;
  if (auto p = t["policy"].value<std::string>(); p && *p != rule.policy)
    return problem = "rule " + rule.id + ": policy '" + *p + "' does not match this file's policy '" + rule.policy + "'",
           false;
  auto kind = parseKind(t["kind"].value_or(std::string()));
  if (!kind) return problem = "rule " + rule.id + ": kind must be one of signal, identifier, keyword, marker, personal, disclaimer", false;
  rule.kind = *kind;
  rule.tag = t["tag"].value_or(std::string());
  rule.group = t["group"].value_or(std::string());
  rule.description = t["description"].value_or(std::string());
  if (rule.description.empty()) return problem = "rule " + rule.id + ": description is required", false;
  auto regex = t["regex"].value<std::string>();
  auto literal = t["literal"].value<std::string>();
  const auto* sequence = t["sequence"].as_array();
  if (regex.has_value() + literal.has_value() + (sequence != nullptr) != 1)
    return problem = "rule " + rule.id + ": give exactly one of regex, literal or sequence", false;
  if (sequence && !readSequence(*sequence, t, words, rule, problem)) return false;
  rule.literal = literal.has_value();
  if (!sequence) rule.pattern = regex ? *regex : *literal;
  if (rule.pattern.empty()) return problem = "rule " + rule.id + ": empty pattern", false;
  if (t.contains("weight")) {
    auto w = t["weight"].value<double>();
    if (!w || *w < -100 || *w > 100) return problem = "rule " + rule.id + ": weight must be a number in -100..100", false;
    rule.weight = *w;
  }
  if (auto* flags = t["flags"].as_array()) {
    for (const auto& f : *flags) {
      std::string name = f.value_or(std::string());
      if (name == "caseless") rule.caseless = true;
      else if (name == "utf8") rule.utf8 = true;
      else if (name == "whole-word") rule.wholeWord = true;
      else return problem = "rule " + rule.id + ": unknown flag '" + name + "' (caseless, utf8, whole-word)", false;
    }
  } else if (t.contains("flags")) {
    return problem = "rule " + rule.id + ": flags must be a list of strings", false;
  }
  return true;
}

// The file's `trigger` word class, if any, becomes a rule of its own (stage Trigger) and moves
// the file's signal rules out of the main database: positive ones to the gated stage, the rest
// (frame, newsletter) to the context stage (RuleStage). Without `trigger` nothing changes.
void addTrigger(const WordClasses& words, const std::filesystem::path& file, std::size_t line, const std::string& policy,
                std::vector<Rule>& rules) {
  auto it = words.find("trigger");
  if (it == words.end() || it->second.empty()) return;
  for (Rule& r : rules)
    if (r.kind == RuleKind::Signal) r.stage = r.weight > 0 ? RuleStage::Gated : RuleStage::Context;
  Rule trigger;
  trigger.id = policy + "-trigger";
  trigger.policy = policy;
  trigger.kind = RuleKind::Signal;
  trigger.group = "trigger";
  trigger.description = "trigger words: signals are looked for only around them";
  trigger.pattern = classExpression(it->second);
  trigger.caseless = true;
  trigger.stage = RuleStage::Trigger;
  trigger.file = file;
  trigger.line = line;
  rules.push_back(std::move(trigger));
}

}  // namespace

std::string hyperscanExpression(const Rule& rule) {
  std::string expr;
  if (rule.literal) {
    for (unsigned char c : rule.pattern) {
      if (std::isalnum(c) || c >= 0x80 || c == ' ') {
        expr += static_cast<char>(c);
      } else {
        static constexpr char kHex[] = "0123456789abcdef";
        expr += "\\x";
        expr += kHex[c >> 4];
        expr += kHex[c & 15];
      }
    }
  } else {
    expr = rule.pattern;
  }
  return rule.wholeWord ? "\\b(?:" + expr + ")\\b" : expr;
}

std::vector<Rule> RuleSet::parse(std::string_view text, const std::filesystem::path& file, const std::string& policy,
                                 std::vector<std::pair<std::size_t, std::string>>& errors) {
  std::vector<Rule> rules;
  toml::table root;
  try {
    root = toml::parse(text, file.string());
  } catch (const toml::parse_error& e) {
    errors.push_back({e.source().begin.line, std::string(e.description())});
    return rules;
  }
  const WordClasses words = readWords(root, errors);
  for (const auto& [key, value] : root)
    if (key.str() != "rule" && key.str() != "words")
      errors.push_back({value.source().begin.line, "unknown top-level key '" + std::string(key.str()) + "'"});
  const auto* list = root["rule"].as_array();
  if (!list) {
    errors.push_back({0, "no [[rule]] tables"});
    return rules;
  }
  for (const auto& node : *list) {
    const auto* t = node.as_table();
    std::size_t line = node.source().begin.line;
    Rule rule;
    rule.policy = policy;
    rule.file = file;
    rule.line = line;
    std::string problem;
    if (!t || !readRule(*t, words, rule, problem)) {
      errors.push_back({line, problem.empty() ? "rule must be a table" : problem});
      continue;
    }
    rules.push_back(std::move(rule));
  }
  const toml::node* triggerNode = root["words"]["trigger"].node();
  addTrigger(words, file, triggerNode ? triggerNode->source().begin.line : 0, policy, rules);
  return rules;
}

namespace {

unsigned hsFlags(const Rule& r) {
  // Evidence needs the start, and so do variable-width candidates; a trigger only marks a place
  // (its window is measured from the end), and start-of-match costs scan time.
  unsigned f = r.stage == RuleStage::Trigger ? 0u : HS_FLAG_SOM_LEFTMOST;
  if (r.caseless) f |= HS_FLAG_CASELESS;
  if (r.utf8) f |= HS_FLAG_UTF8 | HS_FLAG_UCP;
  return f;
}

}  // namespace

bool RuleSet::compileStage(Stage& stage, const std::vector<std::size_t>& members, std::size_t& nextClassId,
                           CompileError& error) {
  const auto& rules = rules_;
  std::vector<std::string> exprs;
  std::vector<unsigned> flags, idList;
  std::vector<std::size_t> owner;  // rule that brought each expression (for error messages)
  // Hyperscan ids: rule i is id i; a grammar rule has no expression of its own, its classes get
  // ids after the rules (one per distinct expression and flags, shared between the stage's rules).
  std::map<std::pair<std::string, unsigned>, std::uint32_t> classIds;
  for (std::size_t i : members) {
    if (rules[i].elements.empty()) {
      exprs.push_back(hyperscanExpression(rules[i]));
      flags.push_back(hsFlags(rules[i]));
      idList.push_back(static_cast<unsigned>(i));
      owner.push_back(i);
      continue;
    }
    std::vector<std::uint32_t> ids;
    for (const auto& element : rules[i].elements) {
      auto key = std::make_pair(element.expression, hsFlags(rules[i]));
      auto [it, added] = classIds.emplace(key, static_cast<std::uint32_t>(rules.size() + nextClassId));
      if (added) {
        ++nextClassId;
        exprs.push_back(key.first), flags.push_back(key.second), idList.push_back(it->second), owner.push_back(i);
      }
      ids.push_back(it->second);
    }
    stage.sequences.push_back({static_cast<std::uint32_t>(i), std::move(ids)});
  }
  if (exprs.empty()) return true;
  DatabaseCompileError compileError;
  stage.compiled = compileDatabase(exprs, flags, idList, compileError);
  if (!stage.compiled) {
    auto blamed = static_cast<std::size_t>(compileError.expression);
    if (compileError.expression >= 0 && blamed < owner.size()) {
      const auto& r = rules[owner[blamed]];
      error = {r.file, r.line, "rule " + r.id + ": " + compileError.message};
    } else {
      error = {rules.front().file, 0, compileError.message};
    }
    return false;
  }
  return true;
}

std::shared_ptr<const RuleSet> RuleSet::compile(std::vector<Rule> rules, CompileError& error) {
  std::set<std::string> ids;
  for (const auto& r : rules) {
    if (!ids.insert(r.id).second) {
      error = {r.file, r.line, "duplicate rule id '" + r.id + "'"};
      return nullptr;
    }
  }
  auto set = std::shared_ptr<RuleSet>(new RuleSet());
  set->rules_ = std::move(rules);
  std::vector<std::size_t> main, gated, context;
  for (std::size_t i = 0; i < set->rules_.size(); ++i) {
    RuleStage st = set->rules_[i].stage;
    (st == RuleStage::Gated ? gated : st == RuleStage::Context ? context : main).push_back(i);
  }
  std::size_t classes = 0;
  if (!set->compileStage(set->main_, main, classes, error) || !set->compileStage(set->gated_, gated, classes, error) ||
      !set->compileStage(set->context_, context, classes, error))
    return nullptr;
  set->classCount_ = classes;
  return set;
}

std::shared_ptr<const RuleSet> RuleSet::load(const std::vector<Source>& sources, ConfigReader& reader,
                                             const DataFiles& files) {
  std::vector<Rule> all;
  bool broken = false;
  for (const auto& source : sources) {
    reader.watchFile(source.file);
    std::vector<std::pair<std::size_t, std::string>> errors;
    std::string why;
    auto text = files.read(source.file, why);
    if (!text) {
      reader.errorInFile(source.file, 0, "cannot read the rule file: " + why);
      broken = true;
      continue;
    }
    auto rules = parse(*text, source.file, source.policy, errors);
    if (source.checkTag) {
      for (const auto& r : rules) {
        if (auto problem = source.checkTag(r); !problem.empty()) errors.push_back({r.line, "rule " + r.id + ": " + problem});
      }
    }
    for (const auto& [line, message] : errors) reader.errorInFile(source.file, line, message);
    broken = broken || !errors.empty();
    for (auto& r : rules) all.push_back(std::move(r));
  }
  if (broken) return nullptr;
  CompileError error;
  auto set = compile(std::move(all), error);
  if (!set) reader.errorInFile(error.file, error.line, error.message);
  return set;
}

void RuleSet::addSequenceMatches(const Stage& stage, std::string_view text, RawMatches& raw) const {
  // Class hits (ids after the rules) leave the list; each grammar rule's matches join it.
  const auto first = static_cast<std::uint32_t>(rules_.size());
  std::vector<std::vector<ClassHit>> hits(classCount_);
  auto keep = std::remove_if(raw.begin(), raw.end(), [&](const auto& r) {
    if (r.first < first) return false;
    hits[r.first - first].push_back({r.second.first, r.second.second});
    return true;
  });
  raw.erase(keep, raw.end());
  for (auto& h : hits)
    std::sort(h.begin(), h.end(), [](const ClassHit& a, const ClassHit& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
  std::vector<const std::vector<ClassHit>*> elementHits;
  std::vector<bool> optional;
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (const auto& [rule, classes] : stage.sequences) {
    elementHits.clear();
    optional.clear();
    for (std::size_t k = 0; k < classes.size(); ++k) {
      elementHits.push_back(&hits[classes[k] - first]);
      optional.push_back(rules_[rule].elements[k].optional);
    }
    if (elementHits.front()->empty()) continue;
    found.clear();
    matchSequence(text, elementHits, optional, rules_[rule].gap, found);
    for (const auto& span : found) raw.push_back({rule, span});
  }
}

bool RuleSet::scanStage(const Stage& stage, std::string_view text, std::size_t from, std::size_t to, void* state,
                        std::string& error) const {
  if (!stage.compiled || from >= to) return true;
  const CompiledDatabase& database = *stage.compiled;
  auto& tls = tlsScratch;
  if (!tls.grownFor.count(database.generation)) {
    // Growing keeps the scratch valid for every database this thread has met (reloads overlap).
    if (hs_alloc_scratch(database.db, &tls.scratch) != HS_SUCCESS) return error = "could not allocate Hyperscan scratch", false;
    tls.grownFor.insert(database.generation);
  }
  auto* s = static_cast<ScanState*>(state);
  s->base = from;
  hs_error_t rc = hs_scan(database.db, text.data() + from, static_cast<unsigned>(std::min<std::size_t>(to - from, 0xffffffffu)),
                          0, tls.scratch, onMatch, s);
  if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) return error = "Hyperscan scan failed (" + std::to_string(rc) + ")", false;
  return true;
}

namespace {

// The windows where gated rules are looked for: around each trigger hit, from the start of the
// sentence before to the end of the sentence after (a chain phrase or a grammar gap never spans
// more), at most kReach bytes either side; overlapping windows are merged.
std::vector<std::pair<std::size_t, std::size_t>> triggerWindows(std::string_view text,
                                                                const std::vector<std::pair<std::size_t, std::size_t>>& hits) {
  constexpr std::size_t kReach = 400;
  auto endsSentence = [](char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; };
  std::vector<std::pair<std::size_t, std::size_t>> windows;
  // The last forward walk: from `walkedFrom` it found its second sentence end just before
  // `walkedTo` (walkedTo 0: none yet, or the walk was cut at kReach).
  std::size_t walkedFrom = 0, walkedTo = 0;
  for (const auto& [start, end] : hits) {
    std::size_t lo = start > kReach ? start - kReach : 0, hi = std::min(text.size(), end + kReach);
    // A hit inside the last window joins it whatever its own start: only its end is walked (in
    // ordinary mail trigger words are everywhere, and walking back from each one was quadratic).
    const bool joins = !windows.empty() && start <= windows.back().second;
    std::size_t from = start;
    for (int ends = 0; !joins && from > lo && ends < 2; --from) ends += endsSentence(text[from - 1]) && from < start;
    // A hit with no sentence end between the last walk's start and its own end has the same two
    // sentence ends ahead of it: the walk is not repeated for every trigger word of a sentence.
    std::size_t to = end;
    if (walkedTo != 0 && walkedFrom <= end && end < walkedTo &&
        std::none_of(text.begin() + static_cast<std::ptrdiff_t>(walkedFrom), text.begin() + static_cast<std::ptrdiff_t>(end), endsSentence)) {
      to = walkedTo;
      walkedFrom = end;  // [walkedFrom, end) is known to hold no sentence end: never read again
    } else {
      int ends = 0;
      for (; to < hi && ends < 2; ++to) ends += endsSentence(text[to]);
      walkedFrom = end, walkedTo = ends == 2 ? to : 0;
    }
    if (!windows.empty() && from <= windows.back().second) windows.back().second = std::max(windows.back().second, to);
    else windows.push_back({from, to});
  }
  return windows;
}

}  // namespace

RuleScanResult RuleSet::scan(std::string_view text, std::size_t maxMatches) const {
  RuleScanResult result;
  if (text.empty()) return result;
  ScanState state;
  state.cap = maxMatches;
  if (!scanStage(main_, text, 0, text.size(), &state, result.error)) return result;
  RawMatches raw = std::move(state.raw);
  state.raw.clear();
  addSequenceMatches(main_, text, raw);
  // Trigger hits leave the list; gated rules run only in the sentences around them.
  std::vector<std::pair<std::size_t, std::size_t>> triggers;
  auto keep = std::remove_if(raw.begin(), raw.end(), [&](const auto& r) {
    if (rules_[r.first].stage != RuleStage::Trigger) return false;
    triggers.push_back({r.second.second, r.second.second});  // no start-of-match: the end marks the place
    return true;
  });
  raw.erase(keep, raw.end());
  std::sort(triggers.begin(), triggers.end());
  if (gated_.compiled && !triggers.empty()) {
    for (const auto& [from, to] : triggerWindows(text, triggers))
      if (!scanStage(gated_, text, from, to, &state, result.error)) return result;
    addSequenceMatches(gated_, text, state.raw);
    bool found = !state.raw.empty();
    raw.insert(raw.end(), state.raw.begin(), state.raw.end());
    state.raw.clear();
    // Context (frame, newsletter) only lowers a score: looked for only when there is one.
    if (found && !scanStage(context_, text, 0, text.size(), &state, result.error)) return result;
    addSequenceMatches(context_, text, state.raw);
    raw.insert(raw.end(), state.raw.begin(), state.raw.end());
  }
  result.truncated = state.truncated;
  // Hyperscan reports every end offset: merge by (rule, leftmost start), longest end first.
  std::sort(raw.begin(), raw.end(), [](const auto& a, const auto& b) {
    if (a.second.first != b.second.first) return a.second.first < b.second.first;
    if (a.first != b.first) return a.first < b.first;
    return a.second.second > b.second.second;
  });
  for (const auto& [rule, span] : raw) {
    auto& m = result.matches;
    if (!m.empty() && m.back().rule == rule && m.back().start == span.first) {
      if (m.back().ends.back() != span.second) m.back().ends.push_back(span.second);
      continue;
    }
    m.push_back(RuleMatch{rule, span.first, {span.second}});
  }
  return result;
}

}  // namespace aup
