#pragma once
// Chain-letter signal grammar: a signal is a SEQUENCE of word classes ("forward" + "object" +
// "audience") that must appear in order within a few words of each other:
//
//   [words]
//   forward  = ["forward", "send", "pass on", "copy and paste"]
//   audience = ["everyone you know", "all your contacts", "re:[0-9]{1,3} (people|friends)"]
//   [[rule]]
//   sequence = ["forward", "object?", "audience"]   # "?" = optional element
//   gap = 4                                          # at most 4 other words between elements
//
// A phrase matches caselessly (the rule's flags), its spaces match any run of spaces or
// hyphens, an apostrophe is optional ("don't" = "dont"); an entry starting "re:" is a Hyperscan
// regex. Gaps never cross a sentence end ('.', '!', '?') or a line end, so "forward your forms
// to the office. Everyone is welcome" is not "forward ... everyone". A line end right after a
// colon is not an end: the colon introduces the rest ("Send it to:\n0-4 people: ...").
//
// How it runs (cost): each word class is ONE Hyperscan expression, `\b(?:phrase|phrase)\b`, in
// the shared database, so Hyperscan only reports where class words are (cheap literal
// alternations). matchSequence() then walks those hits in C++: element k+1 must start after
// element k ends with only separators and at most `gap` words in between, no sentence end. This
// replaced one big regex per sequence with bounded word gaps, which cost ~4 ms/MiB per rule.
// The semantics are those of grammarExpression(), kept as the readable form of a rule
// (aupctl --explain, docs) and as the reference the unit tests compare against; the one
// difference is the colon-line continuation above, which a bounded regex gap does not express.
// The format is additive: rule files without [words]/sequence load exactly as before.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aup {

using WordClasses = std::map<std::string, std::vector<std::string>, std::less<>>;

// One element of a compiled sequence: the Hyperscan expression of its word class.
struct SequenceElement {
  std::string name;        // class name as written ("object" for "object?")
  std::string expression;  // `\b(?:...)\b`
  bool optional = false;   // written "name?"
};

// Where one word class matched: [start, end) in the scanned text.
struct ClassHit {
  std::size_t start = 0, end = 0;
};

// The Hyperscan expression of one phrase (see above).
std::string phraseExpression(std::string_view phrase);

// The Hyperscan expression of one word class: `\b(?:p1|p2|...)\b`.
std::string classExpression(const std::vector<std::string>& entries);

// The elements of `sequence` over `classes`; empty with `problem` set when a class is unknown,
// the sequence is empty or its first element is optional.
std::vector<SequenceElement> grammarElements(const std::vector<std::string>& sequence, const WordClasses& classes,
                                             std::string& problem);

// The whole sequence as one regular expression with bounded word gaps (the readable form of the
// rule; the scanner uses grammarElements() + matchSequence()). "" with `problem` set on error.
std::string grammarExpression(const std::vector<std::string>& sequence, int gap, const WordClasses& classes,
                              std::string& problem);

// Every match of a sequence: `hits[k]` are the hits of element k's class ordered by start;
// `optional[k]` says element k may be left out. Appends (start of the first element, end of the
// last element) pairs to `out`, ordered by start; a start may come with several ends.
void matchSequence(std::string_view text, const std::vector<const std::vector<ClassHit>*>& hits,
                   const std::vector<bool>& optional, int gap, std::vector<std::pair<std::size_t, std::size_t>>& out);

}  // namespace aup
