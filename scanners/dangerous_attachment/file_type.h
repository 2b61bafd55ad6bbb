#pragma once
// File typing for the dangerous-attachment policy: the extensions of a name, text that cannot
// start a script, and Office macro detection. The real type by content comes from a
// ContentTypeSniffer (content_type_sniffer.h).

#include <string>
#include <string_view>
#include <vector>

namespace aup {

// True for plain text (no control bytes but tab, CR, LF, FF and ESC in its first 8 KB) whose
// first line cannot start a script that libmagic types by content: no "#!" interpreter line, no
// DOS batch start ("@", ":" or a batch command word). libmagic types such text as text/plain,
// text/csv and the like, at ~0.5-4 ms a call (it compiles its regex tests each time), so the
// policy skips it when no other text type is blocked.
bool isTextWithoutScriptStart(std::string_view bytes);

// Lower-case extensions of a file name, last first ("report.PDF.exe " -> {"exe", "pdf"}).
// Trailing dots and spaces are dropped, as Windows drops them when it saves the file.
std::vector<std::string> extensionsOf(std::string_view filename);

// True for an OLE2 (legacy .doc/.xls/.ppt) file whose directory holds a VBA project.
bool oleHasVbaProject(std::string_view bytes);

}  // namespace aup
