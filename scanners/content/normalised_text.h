#pragma once
// The paragraph view every content policy reads: text after normaliseText() (quotes, spaces,
// zero-width characters folded) with the line structure of mail undone, so a phrase reads the
// same however the sender's client broke it:
//   - '>' quoting is folded away ("> > forward this" -> "forward this"); the depth is kept per
//     line so structural signals (deep quoting) still see it;
//   - a hard or soft line break inside a paragraph becomes one space: a line that ends in a
//     space (format=flowed), or a line long enough to have been wrapped, joins the next line of
//     the same quote depth unless that line is blank or starts a list item;
//   - blank lines (paragraph breaks) stay, so disclaimers and sentences keep their paragraphs.
// Tables (csv/xlsx/ods) are left line by line: a row is a record. QP soft breaks are already
// removed by the MIME decoder before this view is built.
// format=flowed with DelSp=yes (RFC 3676 4.2): the space before a soft break was added by the
// sender's client and may sit INSIDE a word ("some \nthing"). undoDelSp() removes it from the raw
// part text and marks those lines as glued, so the view joins them with no space ("something").
//
// Contract: the output is never longer than the input; lineStarts maps every ORIGINAL line to
// the offset in `text` where its first character now is, so evidence can still say "line 7".

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aup {

struct UnwrappedText {
  std::string text;
  std::vector<std::size_t> lineStarts;  // offset in text of original line i (ascending)
  std::size_t deepQuotedLines = 0;      // lines quoted three or more levels deep (">>>")
  // Stretches [start, end) of `text` that were set apart as a quotation: '>'-quoted lines and,
  // when asked for, indented lines (a block pasted into a lesson or a warning). Ascending, merged.
  std::vector<std::pair<std::size_t, std::size_t>> quoted;
};

// Builds the paragraph view of one normalised segment (see above). `tabular` keeps lines as they
// are. `glued` (optional, one flag per line, from undoDelSp) joins line i to the next line of the
// same quote depth with no space between them. `indentQuotes` also records indented lines as
// quoted (plain text and documents; not HTML, whose layout whitespace means nothing).
UnwrappedText unwrapParagraphs(std::string_view normalised, bool tabular, const std::vector<bool>* glued = nullptr,
                               bool indentQuotes = false);

// RFC 3676 DelSp=yes, on a part's raw text (before normaliseText, which would fold the space
// away): every soft-broken line (ending in a space, the "-- " signature line excepted) loses
// that one space and is flagged in `glued` (one flag per line). Line count is unchanged, so the
// paragraph view still maps every original line.
std::string undoDelSp(std::string_view text, std::vector<bool>& glued);

}  // namespace aup
