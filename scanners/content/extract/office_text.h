#pragma once
// Text of zip-based documents (OOXML .docx/.xlsx/.pptx, ODF .odt/.ods) with libzip and libxml2
// (XML_PARSE_NONET; no entity substitution, no HUGE), and the encryption flag of plain zips.

#include <string>
#include <string_view>

#include "scanners/content/extract/attachment_text.h"

namespace aup {

// `ext` is the lower-case file extension (used only when the zip holds no recognisable document).
ExtractedText zipDocumentText(std::string_view data, const std::string& ext, const ExtractLimits& limits);

// Visible text of one OOXML/ODF XML part (paragraphs end lines, cells are tab-separated).
// `sharedStrings` resolves xlsx cells of type "s"; pass nullptr elsewhere.
std::string officeXmlText(std::string_view xml, const std::vector<std::string>* sharedStrings);

// The xlsx shared-string table, in index order.
std::vector<std::string> xlsxSharedStrings(std::string_view xml);

}  // namespace aup
