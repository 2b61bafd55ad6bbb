#include "scanners/content/chain_grammar.h"

#include <algorithm>
#include <cctype>

namespace aup {
namespace {

// Separators between words inside a gap: anything but a word character, a sentence end or a
// line end (so a gap stays inside one sentence of one paragraph).
constexpr std::string_view kSeparator = "[^\\w.!?\\n]+";

// Hyperscan's \w without UCP: ASCII letters, digits and '_'.
bool isWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool isSentenceEnd(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

// True when text[i] ends the sentence. A line end right after a colon does not: the colon
// introduces what follows ("Send it to:\n10 people: ..."), as in the tiered lists of luck letters.
bool endsSentenceAt(std::string_view text, std::size_t i) {
  if (!isSentenceEnd(text[i])) return false;
  if (text[i] != '\n') return true;
  std::size_t j = i;
  while (j > 0 && text[j - 1] == ' ') --j;
  return j == 0 || text[j - 1] != ':';
}

// The last offset where the next element may start after an element ending at `end`: the start
// of the (gap+1)-th word after it, or the first sentence end, whichever comes first.
std::size_t reachFrom(std::string_view text, std::size_t end, int gap) {
  int words = 0;
  std::size_t i = end;
  while (i < text.size()) {
    char c = text[i];
    if (endsSentenceAt(text, i)) return i;
    if (!isWordByte(c)) {
      ++i;
      continue;
    }
    if (words == gap) return i;
    ++words;
    while (i < text.size() && isWordByte(text[i])) ++i;
  }
  return i;
}

// Appends the ends of hits of `next` that may follow an element ending at `end`.
void follow(std::string_view text, std::size_t end, const std::vector<ClassHit>& next, int gap,
            std::vector<std::size_t>& ends) {
  if (end >= text.size() || isWordByte(text[end]) || endsSentenceAt(text, end)) return;  // needs a separator
  std::size_t reach = reachFrom(text, end, gap);
  auto it = std::lower_bound(next.begin(), next.end(), end + 1, [](const ClassHit& h, std::size_t o) { return h.start < o; });
  for (; it != next.end() && it->start <= reach; ++it) {
    if (!isWordByte(text[it->start - 1]) && !endsSentenceAt(text, it->start - 1)) ends.push_back(it->end);
  }
}

void sortUnique(std::vector<std::size_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::string classExpression(const std::vector<std::string>& entries) {
  std::string expr = "\\b(?:";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i) expr += '|';
    const std::string& e = entries[i];
    expr += e.rfind("re:", 0) == 0 ? "(?:" + e.substr(3) + ")" : phraseExpression(e);
  }
  return expr + ")\\b";
}

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

std::vector<SequenceElement> grammarElements(const std::vector<std::string>& sequence, const WordClasses& classes,
                                             std::string& problem) {
  std::vector<SequenceElement> elements;
  if (sequence.empty()) return problem = "sequence is empty", elements;
  for (const std::string& element : sequence) {
    bool optional = !element.empty() && element.back() == '?';
    std::string name = optional ? element.substr(0, element.size() - 1) : element;
    auto it = classes.find(name);
    if (it == classes.end() || it->second.empty()) return problem = "unknown word class '" + name + "'", decltype(elements){};
    if (elements.empty() && optional)
      return problem = "the first element of a sequence cannot be optional", decltype(elements){};
    elements.push_back({name, classExpression(it->second), optional});
  }
  return elements;
}

std::string grammarExpression(const std::vector<std::string>& sequence, int gap, const WordClasses& classes,
                              std::string& problem) {
  auto elements = grammarElements(sequence, classes, problem);
  if (elements.empty()) return "";
  const std::string between = "(?:" + std::string(kSeparator) + "\\w+){0," + std::to_string(gap) + "}" +
                              std::string(kSeparator);
  std::string expr;
  for (const auto& e : elements) {
    if (expr.empty()) expr += e.expression;
    else if (e.optional) expr += "(?:" + between + e.expression + ")?";
    else expr += between + e.expression;
  }
  return expr;
}

void matchSequence(std::string_view text, const std::vector<const std::vector<ClassHit>*>& hits,
                   const std::vector<bool>& optional, int gap, std::vector<std::pair<std::size_t, std::size_t>>& out) {
  if (hits.empty()) return;
  std::vector<std::size_t> frontier, next;
  for (const ClassHit& first : *hits[0]) {
    frontier.assign(1, first.end);  // where the sequence so far may end
    for (std::size_t k = 1; k < hits.size() && !frontier.empty(); ++k) {
      next.clear();
      for (std::size_t end : frontier) follow(text, end, *hits[k], gap, next);
      if (optional[k]) next.insert(next.end(), frontier.begin(), frontier.end());  // element left out
      sortUnique(next);
      frontier.swap(next);
    }
    for (std::size_t end : frontier) out.push_back({first.start, end});
  }
}

}  // namespace aup
