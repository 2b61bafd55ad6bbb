#pragma once
// RuleSet - every content rule of a snapshot (chain-letter and dlp-unencrypted rule files),
// compiled into ONE Hyperscan block-mode database and scanned once per message.
//
// Contract: immutable after load and shared by all threads; scan() is thread-safe (each thread
// keeps its own scratch, grown for every database it meets, since a scratch is only needed for
// the duration of one hs_scan). A broken rule file is reported through ConfigReader::errorInFile
// with the file, line and Hyperscan's message, and load() returns nullptr so the old snapshot
// keeps running. File format: docs/rules.md.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/config_reader.h"

struct hs_database;

namespace aup {

// What a rule's matches mean to the policy that reads them.
enum class RuleKind {
  Signal,      // chain-letter: a weighted signal (tag = signal id, group = signal group)
  Identifier,  // dlp: candidate identifier for a C++ validator (tag = uln, upn, nino, nhs, card, sortcode, dob)
  Keyword,     // dlp: supporting context near an identifier (tag = identifier it supports, or "learner")
  Marker,      // dlp: confidentiality / learner-data marker (tag = "protective" or "learner")
  Personal,    // dlp: other personal data that turns a marker into a hit (tag = phone, postcode, address ...)
  Disclaimer,  // dlp: boilerplate footer; markers in the same paragraph never count
};

struct Rule {
  std::string id;           // unique within the rule set ("chain-break-the-chain")
  std::string policy;       // policy fed: "chain-letter" or "dlp-unencrypted"
  RuleKind kind = RuleKind::Signal;
  std::string tag;          // meaning within the kind (see RuleKind)
  std::string group;        // chain-letter signal group ("forwarding", "threat", "negative")
  std::string description;  // shown to the sender
  std::string pattern;      // as written in the file (for a grammar rule: the compiled expression)
  std::vector<std::string> sequence;  // grammar rule: word classes in order (chain_grammar.h); empty otherwise
  int gap = 0;                        // grammar rule: most words between two elements
  bool literal = false;     // pattern is a literal string, not a regex
  bool caseless = false, utf8 = false, wholeWord = false;
  double weight = 0;
  std::filesystem::path file;
  std::size_t line = 0;
};

// One merged candidate: every end offset Hyperscan reported for (rule, leftmost start), longest first.
struct RuleMatch {
  std::uint32_t rule = 0;  // index into RuleSet::rules()
  std::size_t start = 0;
  std::vector<std::size_t> ends;  // descending; ends.front() is the longest match
  std::size_t end() const { return ends.front(); }
};

struct RuleScanResult {
  std::vector<RuleMatch> matches;  // ordered by start
  bool truncated = false;          // the match cap was hit; later text was not examined
  std::string error;               // Hyperscan failed (no scratch memory ...); "" on success
};

class RuleSet {
 public:
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  // Parses every file (policy given per file) and compiles all rules into one database. Errors go
  // to `reader` as "file:line: message"; returns nullptr when any rule is broken.
  struct Source {
    std::string policy;
    std::filesystem::path file;
  };
  static std::shared_ptr<const RuleSet> load(const std::vector<Source>& sources, ConfigReader& reader);
  // Where and why a rule set could not be compiled.
  struct CompileError {
    std::filesystem::path file;
    std::size_t line = 0;
    std::string message;  // "rule <id>: <hyperscan message>"
  };
  // Compiles rules already in memory (tests, bench). On failure returns nullptr and fills `error`.
  static std::shared_ptr<const RuleSet> compile(std::vector<Rule> rules, CompileError& error);
  // Parses one rule file; problems are appended to `errors` as (line, message).
  static std::vector<Rule> parseFile(const std::filesystem::path& file, const std::string& policy,
                                     std::vector<std::pair<std::size_t, std::string>>& errors);

  const std::vector<Rule>& rules() const { return rules_; }
  // Scans `text` (valid UTF-8) once; at most `maxMatches` raw matches are collected.
  RuleScanResult scan(std::string_view text, std::size_t maxMatches = 200000) const;

 private:
  RuleSet() = default;
  std::vector<Rule> rules_;
  hs_database* db_ = nullptr;
  std::uint64_t generation_ = 0;  // distinguishes databases for the per-thread scratch
};

using RuleSetPtr = std::shared_ptr<const RuleSet>;

// The Hyperscan expression a rule compiles to (literals escaped, whole-word wrapped).
std::string hyperscanExpression(const Rule& rule);

}  // namespace aup
