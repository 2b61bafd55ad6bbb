#pragma once
// Chain-letter signal grammar: a signal is a SEQUENCE of word classes ("forward" + "object" +
// "audience") that must appear in order within a few words of each other, compiled to one
// Hyperscan expression with bounded word gaps instead of exact adjacency:
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
// to the office. Everyone is welcome" is not "forward ... everyone".
// The format is additive: rule files without [words]/sequence load exactly as before.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

using WordClasses = std::map<std::string, std::vector<std::string>, std::less<>>;

// The Hyperscan expression of one phrase (see above).
std::string phraseExpression(std::string_view phrase);

// The Hyperscan expression of `sequence` over `classes` with at most `gap` words between
// elements; "" with `problem` set when a class is unknown or the sequence is empty.
std::string grammarExpression(const std::vector<std::string>& sequence, int gap, const WordClasses& classes,
                              std::string& problem);

}  // namespace aup
