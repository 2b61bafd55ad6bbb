#pragma once
// What a downloaded attachment is called on the admin's disk: the Content-Disposition header of
// POST /api/v1/messages/{id}/attachments/{n}/download (docs/console.md "Safe preview").
//
// The name comes from a hostile message, so it is cleaned before it reaches a header or a file
// system: no quotes, backslashes, path separators, characters Windows refuses (<>:*?|), control
// characters (C0, DEL, C1) or bidi
// controls (they make "invoice\u202Efdp.exe" read as "invoice" + "exe.pdf"), no leading dots
// (hidden files) or trailing dots and spaces (Windows drops them), at most kMaxFilenameBytes.
// Pure: text in, text out.

#include <cstddef>
#include <string>

namespace aup::console {

inline constexpr std::size_t kMaxFilenameBytes = 150;

// The attachment's name made safe as above (UTF-8 kept); "attachment" when nothing is left.
std::string safeFilename(const std::string& filename);

// `attachment; filename="<ASCII form>"`, plus RFC 6266 / RFC 8187 `filename*=UTF-8''<percent-encoded>`
// when the safe name is not plain ASCII (the ASCII form then has "_" for each other character).
std::string contentDisposition(const std::string& filename);

}  // namespace aup::console
