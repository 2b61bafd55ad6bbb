#include "scanners/content/normalised_text.h"

#include <cctype>

namespace aup {
namespace {

// A line this long (after its quote prefix) was most likely broken by the sender's wrap width
// (mail clients wrap at 66-78); a shorter one is a deliberate line (a list row, a signature).
constexpr std::size_t kWrappedLineLength = 40;

struct Line {
  std::string_view body;  // without the quote prefix
  int depth = 0;          // '>' levels
};

// Splits off the '>' quote prefix ("> > text", ">>text").
Line splitQuote(std::string_view line) {
  Line out;
  std::size_t i = 0;
  for (;;) {
    std::size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    if (j < line.size() && line[j] == '>') {
      ++out.depth;
      i = j + 1;
      continue;
    }
    break;
  }
  if (out.depth > 0 && i < line.size() && line[i] == ' ') ++i;
  out.body = line.substr(out.depth > 0 ? i : 0);
  return out;
}

bool blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

// A line that begins a list item or a table row: it never joins the line above.
bool startsItem(std::string_view s) {
  std::size_t i = s.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  char c = s[i];
  if (c == '-' || c == '*' || c == '|' || c == '#' || c == '+') return true;
  if (s.substr(i, 3) == "\xE2\x80\xA2") return true;  // bullet
  std::size_t d = i;
  while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  return d > i && d - i <= 3 && d < s.size() && (s[d] == '.' || s[d] == ')');
}

// True when `line` reads as continuing onto the next line of the same paragraph.
bool wraps(std::string_view line) {
  if (blank(line)) return false;
  if (line == "-- ") return false;      // the signature separator is a hard break (RFC 3676 4.3)
  if (line.back() == ' ') return true;  // format=flowed soft break (kept by normaliseText)
  if (line.back() == ':') return false;  // introduces a list or a table
  return line.size() >= kWrappedLineLength;
}

}  // namespace

std::string undoDelSp(std::string_view text, std::vector<bool>& glued) {
  std::string out;
  out.reserve(text.size());
  glued.clear();
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool soft = !line.empty() && line.back() == ' ' && line != "-- " && eol < text.size();
    if (soft) line.remove_suffix(1);
    glued.push_back(soft);
    out += line;
    if (eol < text.size()) out += '\n';
    pos = eol + 1;
  }
  return out;
}

UnwrappedText unwrapParagraphs(std::string_view in, bool tabular, const std::vector<bool>* glued, bool indentQuotes) {
  UnwrappedText out;
  out.text.reserve(in.size());
  std::vector<Line> lines;
  for (std::size_t pos = 0; pos <= in.size();) {
    std::size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) eol = in.size();
    std::string_view raw = in.substr(pos, eol - pos);
    lines.push_back(tabular ? Line{raw, 0} : splitQuote(raw));
    pos = eol + 1;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.depth >= 3) ++out.deepQuotedLines;
    out.lineStarts.push_back(out.text.size());
    if (!tabular && !blank(l.body) && (l.depth > 0 || (indentQuotes && l.body.front() == ' '))) {
      std::size_t start = out.text.size(), end = start + l.body.size();
      if (!out.quoted.empty() && start <= out.quoted.back().second + 1) out.quoted.back().second = end;
      else out.quoted.push_back({start, end});
    }
    out.text += l.body;
    if (i + 1 == lines.size()) break;
    const Line& next = lines[i + 1];
    // A DelSp soft break continues the line, even inside a word; it never joins a blank line.
    bool glue = !tabular && glued && i < glued->size() && (*glued)[i] && next.depth == l.depth && !blank(next.body) &&
                !blank(l.body);
    bool join = glue || (!tabular && next.depth == l.depth && wraps(l.body) && !blank(next.body) && !startsItem(next.body));
    if (!join) {
      out.text += '\n';
      continue;
    }
    if (!glue && out.text.back() != ' ') out.text += ' ';
  }
  return out;
}

}  // namespace aup
