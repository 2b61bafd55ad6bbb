#include "quarantine/mime_encoding.h"

#include <openssl/evp.h>

#include <vector>

namespace aup {

namespace {

std::string base64(std::string_view bytes) {
  std::vector<unsigned char> out(4 * ((bytes.size() + 2) / 3) + 1);
  int n = EVP_EncodeBlock(out.data(), reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
  return std::string(reinterpret_cast<const char*>(out.data()), static_cast<std::size_t>(n));
}

// Appends one encoded line, soft-breaking before 76 characters.
void encodeLine(std::string_view line, std::string& out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t column = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    const bool last = i + 1 == line.size();
    std::string piece;
    if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
      piece = std::string(1, static_cast<char>(c));
    } else {
      piece = {'=', kHex[c >> 4], kHex[c & 0xf]};
    }
    if (column + piece.size() > 75) {
      out += "=\r\n";
      column = 0;
    }
    out += piece;
    column += piece.size();
  }
}

}  // namespace

std::string encodeQuotedPrintable(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    encodeLine(line, out);
    if (end == std::string_view::npos) break;
    out += "\r\n";
    pos = end + 1;
  }
  return out;
}

std::string encodeHeaderWord(std::string_view text) {
  bool plain = true;
  for (char c : text) plain = plain && static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f;
  if (plain) return std::string(text);
  // Up to 45 bytes per word (60 base64 characters, under 75 with the wrapper), cut only at UTF-8
  // character boundaries as RFC 2047 requires.
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = pos + 45 < text.size() ? pos + 45 : text.size();
    while (end < text.size() && end > pos + 1 && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80) --end;
    out += (pos ? "\r\n " : "") + std::string("=?utf-8?B?") + base64(text.substr(pos, end - pos)) + "?=";
    pos = end;
  }
  return out;
}

}  // namespace aup
