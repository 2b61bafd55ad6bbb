#pragma once
// HTML to plain text with libxml2's HTML parser (not regex stripping): script/style/head are
// dropped, block elements end a line, table cells are tab-separated, entities are decoded.

#include <string>
#include <string_view>

namespace aup {

// Returns the visible text of an HTML document or fragment as UTF-8 ("" when nothing parses).
std::string htmlToText(std::string_view html);

}  // namespace aup
