#pragma once
// Encodings for composing notices: quoted-printable bodies and RFC 2047 header words.

#include <string>
#include <string_view>

namespace aup {

// Quoted-printable (RFC 2045) with CRLF line breaks; input lines may end in LF or CRLF.
std::string encodeQuotedPrintable(std::string_view text);
// The text itself when it is printable ASCII, else one or more "=?utf-8?B?...?=" words.
std::string encodeHeaderWord(std::string_view text);

}  // namespace aup
