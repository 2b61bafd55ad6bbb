#pragma once
// XML data files (an ILR return, a Common Transfer File, an MIS export) to labelled text with
// libxml2: each leaf element becomes "Label: value" on its own line, the label being the element's
// name in words ("DateOfBirth" -> "Date Of Birth"), so the identifier and keyword rules read it
// as they read a form. Entities are never loaded or expanded; nothing is fetched.

#include <string>
#include <string_view>

namespace aup {

// "DateOfBirth" -> "Date Of Birth", "NINumber" -> "NI Number", "family_name" -> "family name".
std::string elementNameInWords(std::string_view name);

// Returns the labelled text of an XML document as UTF-8 ("" when nothing parses). Records (elements
// whose children are elements) are separated by a blank line, so each is its own paragraph.
// `encoding` overrides the document's own declaration (for text already converted to UTF-8);
// nullptr lets libxml2 read the declaration or byte-order mark.
std::string xmlToText(std::string_view xml, const char* encoding = nullptr);

}  // namespace aup
