#include "tools/aupctl/quarantine_text.h"

#include <cstdio>
#include <ctime>

#include "engine/text_util.h"

namespace aup {

namespace {

std::string hexEscape(unsigned char c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
  return buffer;
}

// Length of the valid UTF-8 sequence starting at text[i], 0 when invalid.
std::size_t utf8Length(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  std::size_t n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
  if (n == 0 || i + n > text.size() || !isValidUtf8(text.substr(i, n))) return 0;
  return n;
}

}  // namespace

std::string terminalSafe(std::string_view text, NewlinePolicy newlines, std::size_t maxChars) {
  std::string out;
  std::size_t shown = 0;
  for (std::size_t i = 0; i < text.size() && shown < maxChars; ++shown) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += newlines == NewlinePolicy::Keep ? "\n" : "\\n";
      ++i;
    } else if (c == '\t' || (c >= 0x20 && c < 0x7f)) {
      out += static_cast<char>(c);
      ++i;
    } else if (c < 0x80) {
      // CR of a CRLF pair is noise in a preview; any other control byte is shown, not obeyed.
      if (!(c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += hexEscape(c);
      ++i;
    } else if (std::size_t n = utf8Length(text, i); n != 0 && !(n == 2 && c == 0xc2 && static_cast<unsigned char>(text[i + 1]) < 0xa0)) {
      out += text.substr(i, n);  // printable UTF-8; C1 controls (U+0080..U+009F) are escaped below
      i += n;
    } else {
      out += hexEscape(c);
      ++i;
    }
  }
  if (shown >= maxChars) out += "...";
  return out;
}

std::optional<std::int64_t> parseDurationArg(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.size() > 12) return std::nullopt;
  std::int64_t unit = 1;
  switch (text.back()) {
    case 's': unit = 1; break;
    case 'm': unit = 60; break;
    case 'h': unit = 3600; break;
    case 'd': unit = 86400; break;
    case 'w': unit = 7 * 86400; break;
    default: unit = 0;
  }
  std::string_view digits = unit == 0 ? text : text.substr(0, text.size() - 1);
  if (unit == 0) unit = 1;
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  return std::stoll(std::string(digits)) * unit;
}

std::string formatUtc(std::int64_t unixSeconds) {
  std::time_t t = static_cast<std::time_t>(unixSeconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
  return buffer;
}

}  // namespace aup
