#include "console/attachment_download.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace aup::console {

namespace {

// The byte length of the UTF-8 sequence starting with `lead` (1 for a stray byte, which the
// caller then replaces: the name reached us through a UTF-8 cleaner, so that is a bug's guard).
std::size_t sequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
  if (lead >= 0xC2) return 2;
  return 1;
}

// The code point of a well-formed sequence (no validation beyond the caller's length check).
std::uint32_t codePoint(std::string_view seq) {
  const auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(seq[i])); };
  switch (seq.size()) {
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    case 4: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    default: return b(0);
  }
}

bool wellFormed(std::string_view seq) {
  if (seq.size() == 1) return static_cast<unsigned char>(seq[0]) < 0x80;
  for (std::size_t i = 1; i < seq.size(); ++i) {
    if ((static_cast<unsigned char>(seq[i]) & 0xC0) != 0x80) return false;
  }
  return true;
}

// Characters that never reach the header: quoting, paths, controls, bidi overrides and isolates,
// and what Windows refuses in a file name (most school admins' laptops).
bool refused(std::uint32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) ||
         (c < 0x80 && std::string_view("\"\\/<>:*?|").find(static_cast<char>(c)) != std::string_view::npos) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
         c == 0xFEFF;
}

bool isAscii(const std::string& text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

// RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
bool attrChar(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string safeFilename(const std::string& filename) {
  std::string out;
  for (std::size_t i = 0; i < filename.size();) {
    std::size_t length = sequenceLength(static_cast<unsigned char>(filename[i]));
    std::string_view seq(filename.data() + i, std::min(length, filename.size() - i));
    const bool ok = seq.size() == length && wellFormed(seq);
    if (!ok) seq = seq.substr(0, 1);
    if (out.size() + seq.size() > kMaxFilenameBytes) break;  // whole characters only
    if (!ok || refused(codePoint(seq))) {
      out += '_';
    } else {
      out += seq;
    }
    i += seq.size();
  }
  const std::size_t first = out.find_first_not_of(". ");
  const std::size_t last = out.find_last_not_of(". ");
  out = first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
  return out.empty() ? "attachment" : out;
}

std::string contentDisposition(const std::string& filename) {
  const std::string safe = safeFilename(filename);
  std::string ascii;
  for (std::size_t i = 0; i < safe.size();) {
    const std::size_t length = std::min(sequenceLength(static_cast<unsigned char>(safe[i])), safe.size() - i);
    // XXX '%' is kept out of the plain form: some browsers percent-decode filename="...".
    ascii += length == 1 && safe[i] != '%' ? safe[i] : '_';
    i += length;
  }
  std::string header = "attachment; filename=\"" + ascii + "\"";
  if (isAscii(safe) && safe.find('%') == std::string::npos) return header;
  static constexpr char kHex[] = "0123456789ABCDEF";
  header += "; filename*=UTF-8''";
  for (unsigned char c : safe) {
    if (attrChar(c)) {
      header += static_cast<char>(c);
    } else {
      header += '%';
      header += kHex[c >> 4];
      header += kHex[c & 0xF];
    }
  }
  return header;
}

}  // namespace aup::console
