#pragma once
// Small text helpers shared by the engine and scanners.

#include <cstddef>
#include <string>
#include <string_view>

namespace aup {

// ASCII classes and case written out: <cctype>'s answers in the "C" locale these programs run in
// (none calls setlocale), without a call per byte on hot paths. Bytes >= 0x80 are never letters.
constexpr bool asciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool asciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char asciiUpper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

std::string_view trim(std::string_view text);
bool equalsIgnoreCase(std::string_view a, std::string_view b);
bool containsIgnoreCase(std::string_view haystack, std::string_view needle);
// Occurrences of `needle` in `haystack`, ASCII case ignored, overlapping ones too (Horspool: it
// skips most of the haystack, so it suits long text and short needles).
std::size_t countIgnoreCase(std::string_view haystack, std::string_view needle);
bool isValidUtf8(std::string_view text);
// Converts bytes in a declared charset to valid UTF-8; unknown or lying charsets fall back to Windows-1252.
std::string toUtf8(std::string_view bytes, std::string_view charset);
// Keeps the first `keep` and last `keepEnd` characters of a value and stars the rest: "12******90".
std::string maskMiddle(std::string_view value, std::size_t keep, std::size_t keepEnd);
// Escapes a string for inclusion in a JSON document (adds no quotes).
std::string jsonEscape(std::string_view text);
// A JSON string literal: the escaped text in double quotes.
inline std::string jsonString(std::string_view text) { return "\"" + jsonEscape(text) + "\""; }

}  // namespace aup
