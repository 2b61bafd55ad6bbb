#include "engine/text_util.h"

#include <glib.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "engine/envelope.h"

namespace aup {

std::string_view trim(std::string_view text) {
  auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && toLowerAscii(a) == toLowerAscii(b);
}

bool containsIgnoreCase(std::string_view haystack, std::string_view needle) {
  return toLowerAscii(haystack).find(toLowerAscii(needle)) != std::string::npos;
}

std::size_t countIgnoreCase(std::string_view haystack, std::string_view needle) {
  const std::size_t m = needle.size();
  if (m == 0 || haystack.size() < m) return 0;
  std::array<std::size_t, 256> shift;  // by the haystack's last byte under the needle
  shift.fill(m);
  for (std::size_t i = 0; i + 1 < m; ++i) {
    shift[static_cast<unsigned char>(asciiLower(needle[i]))] = m - 1 - i;
    shift[static_cast<unsigned char>(asciiUpper(needle[i]))] = m - 1 - i;
  }
  std::size_t n = 0;
  for (std::size_t at = 0; at + m <= haystack.size();) {
    std::size_t k = m;
    while (k > 0 && asciiLower(haystack[at + k - 1]) == asciiLower(needle[k - 1])) --k;
    if (k == 0) {
      ++n;
      ++at;
    } else {
      at += shift[static_cast<unsigned char>(haystack[at + m - 1])];
    }
  }
  return n;
}

bool isValidUtf8(std::string_view text) {
  return g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr);
}

namespace {

std::string convertOrEmpty(std::string_view bytes, const char* from, bool* ok) {
  gsize written = 0;
  GError* err = nullptr;
  gchar* out = g_convert(bytes.data(), static_cast<gssize>(bytes.size()), "UTF-8", from, nullptr, &written, &err);
  *ok = out != nullptr;
  if (err) g_error_free(err);
  if (!out) return {};
  std::string result(out, written);
  g_free(out);
  return result;
}

std::string makeValid(std::string_view text) {
  gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string out(valid);
  g_free(valid);
  return out;
}

}  // namespace

std::string toUtf8(std::string_view bytes, std::string_view charset) {
  std::string cs = toLowerAscii(trim(charset));
  if (cs.empty() || cs == "utf-8" || cs == "utf8" || cs == "us-ascii" || cs == "ascii") {
    if (isValidUtf8(bytes)) return std::string(bytes);
    cs = "windows-1252";  // undeclared or lying 8-bit text is almost always Windows-1252 in UK mail
  }
  bool ok = false;
  std::string converted = convertOrEmpty(bytes, cs.c_str(), &ok);
  if (!ok) converted = convertOrEmpty(bytes, "WINDOWS-1252", &ok);
  if (!ok) converted = convertOrEmpty(bytes, "ISO-8859-1", &ok);
  return makeValid(ok ? converted : std::string(bytes));
}

std::string maskMiddle(std::string_view value, std::size_t keep, std::size_t keepEnd) {
  if (value.size() <= keep + keepEnd) return std::string(value.size(), '*');
  std::string out(value.substr(0, keep));
  out.append(value.size() - keep - keepEnd, '*');
  out.append(value.substr(value.size() - keepEnd));
  return out;
}

std::string jsonEscape(std::string_view input) {
  // JSON must be valid UTF-8: raw 8-bit header bytes are repaired first.
  std::string repaired = isValidUtf8(input) ? std::string() : makeValid(input);
  std::string_view text = repaired.empty() ? input : std::string_view(repaired);
  std::string out;
  out.reserve(text.size() + 8);
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out;
}

}  // namespace aup
