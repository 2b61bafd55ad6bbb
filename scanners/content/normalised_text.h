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
//
// Contract: the output is never longer than the input; lineStarts maps every ORIGINAL line to
// the offset in `text` where its first character now is, so evidence can still say "line 7".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

struct UnwrappedText {
  std::string text;
  std::vector<std::size_t> lineStarts;  // offset in text of original line i (ascending)
  std::size_t deepQuotedLines = 0;      // lines quoted three or more levels deep (">>>")
};

// Builds the paragraph view of one normalised segment (see above). `tabular` keeps lines as they are.
UnwrappedText unwrapParagraphs(std::string_view normalised, bool tabular);

}  // namespace aup
