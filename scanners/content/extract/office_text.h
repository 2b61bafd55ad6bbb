#pragma once
// Text of zip-based documents (OOXML .docx/.xlsx/.pptx, ODF .odt/.ods) with libzip and libxml2
// (XML_PARSE_NONET; no entity substitution, no HUGE), and the encryption flag of plain zips.
// Text is built through a TextBuilder: max_text_size and the deadline hold while it grows.

#include <string>
#include <string_view>
#include <vector>

#include "engine/deadline.h"
#include "scanners/content/extract/attachment_text.h"
#include "scanners/content/extract/text_builder.h"

namespace aup {

// `ext` is the lower-case file extension (used only when the zip holds no recognisable document).
// Stops at `deadline` or when the text reaches limits.maxTextBytes, with truncated set.
ExtractedText zipDocumentText(std::string_view data, const std::string& ext, const ExtractLimits& limits,
                              Deadline deadline);

// Appends the visible text of one OOXML/ODF XML part to `out` (paragraphs end lines, cells are
// tab-separated). `sharedStrings` resolves xlsx cells of type "s"; `dateStyles` (from
// xlsxDateStyles) writes a number in a date-formatted cell as "dd/mm/yyyy"; nullptr elsewhere.
void officeXmlText(std::string_view xml, const std::vector<std::string>* sharedStrings, TextBuilder& out,
                   const std::vector<bool>* dateStyles = nullptr);

// Which xlsx cell styles (index into styles.xml's cellXfs, a cell's `s` attribute) show a
// number as a date: a built-in date format or a custom format code with a day or a year.
std::vector<bool> xlsxDateStyles(std::string_view stylesXml);

// True when an Excel number format code shows a date: it has a day or year field (d, y) outside
// quoted text and [..] sections ("dd/mm/yyyy", "d-mmm-yy"; not "0.00", "[h]:mm", "mm:ss").
bool numberFormatIsDate(std::string_view code);

// The xlsx shared-string table, in index order; each string cut at `maxEach` bytes.
std::vector<std::string> xlsxSharedStrings(std::string_view xml, std::size_t maxEach, Deadline deadline);

}  // namespace aup
