#pragma once
// File typing for the dangerous-attachment policy: the real type by content (libmagic), the
// extensions of a name, and Office macro detection.

#include <string>
#include <string_view>
#include <vector>

namespace aup {

// MIME type from content ("application/vnd.microsoft.portable-executable"); "" when unknown.
// Thread-safe: libmagic handles are not, so each thread opens its own once.
std::string detectMimeType(std::string_view bytes);

// Lower-case extensions of a file name, last first ("report.PDF.exe " -> {"exe", "pdf"}).
// Trailing dots and spaces are dropped, as Windows drops them when it saves the file.
std::vector<std::string> extensionsOf(std::string_view filename);

// True for an OLE2 (legacy .doc/.xls/.ppt) file whose directory holds a VBA project.
bool oleHasVbaProject(std::string_view bytes);

}  // namespace aup
