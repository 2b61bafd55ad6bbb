#pragma once
// RuleSet - every content rule of a snapshot (chain-letter and dlp-unencrypted rule files),
// compiled into ONE Hyperscan block-mode database and scanned once per message. A grammar rule
// (sequence of word classes) puts only its classes into the database, once per distinct class;
// scan() turns the class hits into the rule's matches in C++ (chain_grammar.h), so callers see
// one list of RuleMatch whatever the rule's form.
//
// Contract: immutable after load and shared by all threads; scan() is thread-safe (each thread
// keeps its own scratch, grown for every database it meets, since a scratch is only needed for
// the duration of one hs_scan). A broken rule file is reported through ConfigReader::errorInFile
// with the file, line and Hyperscan's message, and load() returns nullptr so the old snapshot
// keeps running. File format: docs/rules.md.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/config_reader.h"
#include "scanners/data_files.h"
#include "scanners/content/chain_grammar.h"
#include "scanners/content/compiled_database.h"


namespace aup {

// What a rule's matches mean to the policy that reads them.
enum class RuleKind {
  Signal,      // chain-letter: a weighted signal (tag = signal id, group = signal group)
  Identifier,  // dlp: candidate identifier for a C++ validator (tag = uln, upn, nino, nhs, card, sortcode, dob)
  Keyword,     // dlp: supporting context near an identifier (tag = identifier it supports, or "learner")
  Marker,      // dlp: confidentiality / learner-data marker (tag = "protective" or "learner")
  Personal,    // dlp: other personal data that turns a marker into a hit (tag = phone or postcode)
  Disclaimer,  // dlp: boilerplate footer; markers in the same paragraph never count
};

// When a rule is looked for (cost: docs/rules.md "What a scan costs").
enum class RuleStage {
  Always,   // every byte of the text, in the main database (identifiers, keywords, markers ...)
  Trigger,  // the file's `trigger` word class: in the main database; marks where gated rules run
  Gated,    // a signal with a positive weight in a file with triggers: only in the sentences
            // around a trigger hit (the sentence before, the sentence, the sentence after)
  Context,  // a signal with weight <= 0 in a file with triggers (frame, newsletter): the whole
            // text, but only when a gated rule matched (there is nothing to lower otherwise)
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
  std::vector<SequenceElement> elements;  // grammar rule: each element's class expression (matched in C++)
  int gap = 0;                        // grammar rule: most words between two elements
  RuleStage stage = RuleStage::Always;
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

// Raw Hyperscan reports: (id, (start, end)).
using RawMatches = std::vector<std::pair<std::uint32_t, std::pair<std::size_t, std::size_t>>>;

struct RuleScanResult {
  std::vector<RuleMatch> matches;  // ordered by start
  bool truncated = false;          // the match cap was hit; later text was not examined
  std::string error;               // Hyperscan failed (no scratch memory ...); "" on success
};

class RuleSet {
 public:
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  // Parses every file (policy given per file) and compiles all rules into one database. Errors go
  // to `reader` as "file:line: message"; returns nullptr when any rule is broken.
  struct Source {
    std::string policy;
    std::filesystem::path file;
    // The policy's check of a rule's kind and tag ("" = fine): a typo in a tag must not silently
    // turn a check-digit validator off. Unset = any tag (chain-letter signal ids are free).
    std::function<std::string(const Rule&)> checkTag = {};
  };
  // Reads each source through `files`; errors go into `reader` with the rule file's line.
  static std::shared_ptr<const RuleSet> load(const std::vector<Source>& sources, ConfigReader& reader,
                                             const DataFiles& files);
  // Where and why a rule set could not be compiled.
  struct CompileError {
    std::filesystem::path file;
    std::size_t line = 0;
    std::string message;  // "rule <id>: <hyperscan message>"
  };
  // Compiles rules already in memory (tests, bench). On failure returns nullptr and fills `error`.
  static std::shared_ptr<const RuleSet> compile(std::vector<Rule> rules, CompileError& error);
  // Parses the text of one rule file (`file` names it in errors); problems are appended to
  // `errors` as (line, message).
  static std::vector<Rule> parse(std::string_view text, const std::filesystem::path& file, const std::string& policy,
                                 std::vector<std::pair<std::size_t, std::string>>& errors);

  const std::vector<Rule>& rules() const { return rules_; }
  // Scans `text` (valid UTF-8) once; at most `maxMatches` raw matches are collected.
  RuleScanResult scan(std::string_view text, std::size_t maxMatches = 200000) const;

 private:
  RuleSet() = default;
  // One Hyperscan database per stage that has rules: main (Always + Trigger), gated, context.
  struct Stage {
    std::shared_ptr<const CompiledDatabase> compiled;  // null when the stage has no rules
    // Grammar rules of this stage: (index into rules_, class id of each element). Class ids are
    // Hyperscan ids rules_.size() + k, one per distinct (expression, flags) of the stage.
    std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> sequences;
  };
  // Moves the class hits out of `raw` and adds the matches of `stage`'s grammar rules built from them.
  void addSequenceMatches(const Stage& stage, std::string_view text, RawMatches& raw) const;
  bool compileStage(Stage& stage, const std::vector<std::size_t>& members, std::size_t& nextClassId, CompileError& error);
  // Scans [from, to) of `text` with one stage (offsets stay those of `text`).
  bool scanStage(const Stage& stage, std::string_view text, std::size_t from, std::size_t to, void* state, std::string& error) const;
  std::vector<Rule> rules_;
  Stage main_, gated_, context_;
  std::size_t classCount_ = 0;
};

using RuleSetPtr = std::shared_ptr<const RuleSet>;

// The Hyperscan expression a rule compiles to (literals escaped, whole-word wrapped).
std::string hyperscanExpression(const Rule& rule);

}  // namespace aup
