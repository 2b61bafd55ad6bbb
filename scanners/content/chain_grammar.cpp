#include "scanners/content/chain_grammar.h"

#include <cctype>

namespace aup {
namespace {

// Separators between words inside a gap: anything but a word character, a sentence end or a
// line end (so a gap stays inside one sentence of one paragraph).
constexpr std::string_view kSeparator = "[^\\w.!?\\n]+";

std::string classExpression(const std::vector<std::string>& entries) {
  std::string expr = "(?:";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i) expr += '|';
    const std::string& e = entries[i];
    expr += e.rfind("re:", 0) == 0 ? "(?:" + e.substr(3) + ")" : phraseExpression(e);
  }
  return expr + ")";
}

}  // namespace

std::string phraseExpression(std::string_view phrase) {
  std::string expr;
  bool lastSpace = false;
  for (unsigned char c : phrase) {
    if (c == ' ') {
      if (!lastSpace) expr += "[\\s-]+";
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    if (std::isalnum(c) || c >= 0x80) {
      expr += static_cast<char>(c);
    } else if (c == '\'') {
      expr += "'?";
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      expr += "\\x";
      expr += kHex[c >> 4];
      expr += kHex[c & 15];
    }
  }
  return expr;
}

std::string grammarExpression(const std::vector<std::string>& sequence, int gap, const WordClasses& classes,
                              std::string& problem) {
  if (sequence.empty()) return problem = "sequence is empty", "";
  const std::string between = "(?:" + std::string(kSeparator) + "\\w+){0," + std::to_string(gap) + "}" +
                              std::string(kSeparator);
  std::string expr = "\\b";
  bool first = true;
  for (const std::string& element : sequence) {
    bool optional = !element.empty() && element.back() == '?';
    std::string name = optional ? element.substr(0, element.size() - 1) : element;
    auto it = classes.find(name);
    if (it == classes.end() || it->second.empty()) return problem = "unknown word class '" + name + "'", "";
    if (first && optional) return problem = "the first element of a sequence cannot be optional", "";
    std::string part = classExpression(it->second) + "\\b";
    if (first) expr += part;
    else if (optional) expr += "(?:" + between + part + ")?";
    else expr += between + part;
    first = false;
  }
  return expr;
}

}  // namespace aup
