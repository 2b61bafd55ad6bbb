#include "scanners/content/rule_set.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <set>

#include <hs/hs.h>
#include <toml++/toml.h>

#include "scanners/content/chain_grammar.h"

namespace aup {
namespace {

std::atomic<std::uint64_t> nextGeneration{1};

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
  std::vector<std::pair<std::uint32_t, std::pair<std::size_t, std::size_t>>> raw;
  std::size_t cap = 0;
  bool truncated = false;
};

int onMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void* ctx) {
  auto* state = static_cast<ScanState*>(ctx);
  if (state->raw.size() >= state->cap) {
    state->truncated = true;
    return 1;  // stop scanning: the cap protects memory against digit-run floods
  }
  state->raw.push_back({id, {static_cast<std::size_t>(from), static_cast<std::size_t>(to)}});
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
  rule.pattern = grammarExpression(rule.sequence, rule.gap, words, why);
  if (rule.pattern.empty()) return problem = "rule " + rule.id + ": " + why, false;
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

RuleSet::~RuleSet() {
  if (db_) hs_free_database(db_);
}

std::vector<Rule> RuleSet::parseFile(const std::filesystem::path& file, const std::string& policy,
                                     std::vector<std::pair<std::size_t, std::string>>& errors) {
  std::vector<Rule> rules;
  toml::table root;
  try {
    root = toml::parse_file(file.string());
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
  return rules;
}

std::shared_ptr<const RuleSet> RuleSet::compile(std::vector<Rule> rules, CompileError& error) {
  std::set<std::string> ids;
  for (const auto& r : rules) {
    if (!ids.insert(r.id).second) {
      error = {r.file, r.line, "duplicate rule id '" + r.id + "'"};
      return nullptr;
    }
  }
  std::vector<std::string> exprs;
  std::vector<const char*> ptrs;
  std::vector<unsigned> flags, idList;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    exprs.push_back(hyperscanExpression(rules[i]));
    unsigned f = HS_FLAG_SOM_LEFTMOST;  // evidence needs the start; variable-width candidates need it too
    if (rules[i].caseless) f |= HS_FLAG_CASELESS;
    if (rules[i].utf8) f |= HS_FLAG_UTF8 | HS_FLAG_UCP;
    flags.push_back(f);
    idList.push_back(static_cast<unsigned>(i));
  }
  for (const auto& e : exprs) ptrs.push_back(e.c_str());
  auto set = std::shared_ptr<RuleSet>(new RuleSet());
  if (!rules.empty()) {
    hs_compile_error_t* err = nullptr;
    if (hs_compile_multi(ptrs.data(), flags.data(), idList.data(), static_cast<unsigned>(ptrs.size()), HS_MODE_BLOCK,
                         nullptr, &set->db_, &err) != HS_SUCCESS) {
      std::string message = err && err->message ? err->message : "Hyperscan compile failed";
      if (err && err->expression >= 0 && static_cast<std::size_t>(err->expression) < rules.size()) {
        const auto& r = rules[static_cast<std::size_t>(err->expression)];
        error = {r.file, r.line, "rule " + r.id + ": " + message};
      } else {
        error = {rules.front().file, 0, message};
      }
      hs_free_compile_error(err);
      return nullptr;
    }
  }
  set->rules_ = std::move(rules);
  set->generation_ = nextGeneration++;
  return set;
}

std::shared_ptr<const RuleSet> RuleSet::load(const std::vector<Source>& sources, ConfigReader& reader) {
  std::vector<Rule> all;
  bool broken = false;
  for (const auto& source : sources) {
    reader.watchFile(source.file);
    std::vector<std::pair<std::size_t, std::string>> errors;
    if (!std::filesystem::is_regular_file(source.file)) {
      reader.errorInFile(source.file, 0, "rule file not found");
      broken = true;
      continue;
    }
    auto rules = parseFile(source.file, source.policy, errors);
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

RuleScanResult RuleSet::scan(std::string_view text, std::size_t maxMatches) const {
  RuleScanResult result;
  if (!db_ || text.empty()) return result;
  auto& tls = tlsScratch;
  if (!tls.grownFor.count(generation_)) {
    // Growing keeps the scratch valid for every database this thread has met (reloads overlap).
    if (hs_alloc_scratch(db_, &tls.scratch) != HS_SUCCESS) {
      result.error = "could not allocate Hyperscan scratch";
      return result;
    }
    tls.grownFor.insert(generation_);
  }
  ScanState state;
  state.cap = maxMatches;
  hs_error_t rc = hs_scan(db_, text.data(), static_cast<unsigned>(std::min<std::size_t>(text.size(), 0xffffffffu)), 0,
                          tls.scratch, onMatch, &state);
  if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) {
    result.error = "Hyperscan scan failed (" + std::to_string(rc) + ")";
    return result;
  }
  result.truncated = state.truncated;
  // Hyperscan reports every end offset: merge by (rule, leftmost start), longest end first.
  auto& raw = state.raw;
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
