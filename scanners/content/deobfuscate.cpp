#include "scanners/content/deobfuscate.h"

#include <algorithm>
#include <array>
#include <vector>

#include "engine/text_util.h"

namespace aup {
namespace {

using CodePoints = std::vector<char32_t>;

// Decodes valid UTF-8 (the caller repairs invalid input first).
CodePoints decode(std::string_view s) {
  CodePoints out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

void encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The plain letter or digit a styled one stands for (0 = not a styled letter). Every styled form
// is two or more UTF-8 bytes and its fold one byte, so folding never lengthens the text.
char styledLetter(char32_t cp) {
  if (cp >= 0x1D400 && cp <= 0x1D6A3) {  // mathematical letters: 13 styles of A-Z a-z
    unsigned k = (cp - 0x1D400) % 52;
    return static_cast<char>(k < 26 ? 'A' + k : 'a' + (k - 26));
  }
  if (cp == 0x1D6A4) return 'i';
  if (cp == 0x1D6A5) return 'j';
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) return static_cast<char>('0' + (cp - 0x1D7CE) % 10);  // mathematical digits
  if (cp >= 0xFF21 && cp <= 0xFF3A) return static_cast<char>('A' + (cp - 0xFF21));         // fullwidth
  if (cp >= 0xFF41 && cp <= 0xFF5A) return static_cast<char>('a' + (cp - 0xFF41));
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<char>('0' + (cp - 0xFF10));
  if (cp >= 0x24B6 && cp <= 0x24CF) return static_cast<char>('A' + (cp - 0x24B6));  // circled
  if (cp >= 0x24D0 && cp <= 0x24E9) return static_cast<char>('a' + (cp - 0x24D0));
  switch (cp) {  // small capitals, and letterlike symbols filling the holes of the mathematical block
    case 0x1D00: return 'a'; case 0x0299: return 'b'; case 0x1D04: return 'c'; case 0x1D05: return 'd';
    case 0x1D07: return 'e'; case 0xA730: return 'f'; case 0x0262: return 'g'; case 0x029C: return 'h';
    case 0x026A: return 'i'; case 0x1D0A: return 'j'; case 0x1D0B: return 'k'; case 0x029F: return 'l';
    case 0x1D0D: return 'm'; case 0x0274: return 'n'; case 0x1D0F: return 'o'; case 0x1D18: return 'p';
    case 0x0280: return 'r'; case 0xA731: return 's'; case 0x1D1B: return 't'; case 0x1D1C: return 'u';
    case 0x1D20: return 'v'; case 0x1D21: return 'w'; case 0x028F: return 'y'; case 0x1D22: return 'z';
    case 0x210E: return 'h'; case 0x212F: return 'e'; case 0x210A: return 'g'; case 0x2134: return 'o';
    case 0x2102: return 'C'; case 0x210D: return 'H'; case 0x2115: return 'N'; case 0x2119: return 'P';
    case 0x211A: return 'Q'; case 0x211D: return 'R'; case 0x2124: return 'Z'; case 0x212C: return 'B';
    case 0x2130: return 'E'; case 0x2131: return 'F'; case 0x210B: return 'H'; case 0x2110: return 'I';
    case 0x2112: return 'L'; case 0x2133: return 'M'; case 0x211B: return 'R';
    default: return 0;
  }
}

// The Latin letter a Cyrillic or Greek look-alike is drawn like (0 = none).
char confusable(char32_t cp) {
  switch (cp) {
    case 0x0430: return 'a'; case 0x0435: return 'e'; case 0x043E: return 'o'; case 0x0440: return 'p';
    case 0x0441: return 'c'; case 0x0443: return 'y'; case 0x0445: return 'x'; case 0x0455: return 's';
    case 0x0456: return 'i'; case 0x0458: return 'j'; case 0x0501: return 'd'; case 0x04BB: return 'h';
    case 0x051B: return 'q'; case 0x051D: return 'w'; case 0x0410: return 'A'; case 0x0412: return 'B';
    case 0x0415: return 'E'; case 0x041A: return 'K'; case 0x041C: return 'M'; case 0x041D: return 'H';
    case 0x041E: return 'O'; case 0x0420: return 'P'; case 0x0421: return 'C'; case 0x0422: return 'T';
    case 0x0425: return 'X'; case 0x0405: return 'S'; case 0x0406: return 'I'; case 0x0408: return 'J';
    case 0x0423: return 'Y'; case 0x03BF: return 'o'; case 0x03B1: return 'a'; case 0x03BD: return 'v';
    case 0x03B9: return 'i'; case 0x039F: return 'O'; case 0x0391: return 'A'; case 0x0392: return 'B';
    case 0x0395: return 'E'; case 0x0397: return 'H'; case 0x0399: return 'I'; case 0x039A: return 'K';
    case 0x039C: return 'M'; case 0x039D: return 'N'; case 0x03A1: return 'P'; case 0x03A4: return 'T';
    case 0x03A7: return 'X'; case 0x03A5: return 'Y'; case 0x0396: return 'Z';
    default: return 0;
  }
}

bool isSpace(char32_t c) { return c == ' ' || c == '\t'; }

// Folds look-alikes when one word on the line mixes them with Latin letters.
void foldConfusables(CodePoints& line) {
  bool mixed = false, latin = false, lookAlike = false;
  for (std::size_t i = 0; i <= line.size() && !mixed; ++i) {
    char32_t c = i < line.size() ? line[i] : U' ';
    bool lat = asciiLetter(c), look = confusable(c) != 0;
    bool otherLetter = c >= 0x80 && !look;  // a Cyrillic/Greek letter with no Latin twin ends nothing
    if (lat || look || otherLetter) {
      latin = latin || lat;
      lookAlike = lookAlike || look;
      continue;
    }
    mixed = latin && lookAlike;
    latin = lookAlike = false;
  }
  if (!mixed) return;
  for (char32_t& c : line)
    if (char l = confusable(c)) c = static_cast<char32_t>(l);
}

// Joins a line spelled one letter at a time: at least 8 tokens, 80% of them single characters,
// and wider gaps between the words.
void joinSpacedLetters(CodePoints& line) {
  auto isSpace = [](char32_t c) { return c == ' '; };  // a tab separates table cells: never joined
  std::size_t tokens = 0, singles = 0, len = 0;
  bool wideGap = false;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && !isSpace(line[i])) {
      ++len;
      continue;
    }
    if (len > 0) {
      ++tokens;
      singles += len == 1;
    }
    if (len == 0 && i > 0 && i < line.size()) wideGap = true;  // two spaces in a row
    len = 0;
  }
  if (!wideGap || tokens < 8 || singles * 10 < tokens * 8) return;
  CodePoints out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size();) {
    if (!isSpace(line[i])) {
      out.push_back(line[i++]);
      continue;
    }
    std::size_t j = i;
    while (j < line.size() && isSpace(line[j])) ++j;
    if (j - i > 1 || i == 0 || j == line.size()) out.push_back(U' ');
    i = j;
  }
  line.swap(out);
}

// A unit or ordinal after a number ("10th", "5pm", "20mins"): a number, not leet.
bool numberWithUnit(std::u32string_view word) {
  std::size_t d = 0;
  while (d < word.size() && asciiDigit(word[d])) ++d;
  if (d == 0) return false;
  static constexpr std::u32string_view kUnits[] = {U"st", U"nd", U"rd", U"th", U"am", U"pm", U"s", U"k", U"m", U"g",
                                                   U"kg", U"km", U"cm", U"mm", U"ml", U"mb", U"gb", U"p", U"x", U"yr",
                                                   U"yrs", U"min", U"mins", U"h", U"hr", U"hrs", U"d", U"pc"};
  std::u32string_view rest = word.substr(d);
  return std::find(std::begin(kUnits), std::end(kUnits), rest) != std::end(kUnits);
}

// A lowercase word with letters swapped for leet digits (never an identifier, number or code).
bool leetWord(std::u32string_view word) {
  bool lower = false, digit = false;
  for (char32_t c : word) {
    if (c >= 'A' && c <= 'Z') return false;
    if (c >= 'a' && c <= 'z') lower = true;
    else if (c == '0' || c == '1' || c == '3' || c == '4' || c == '5' || c == '7') digit = true;
    else if (c != '\'') return false;
  }
  if (!lower || !digit || numberWithUnit(word)) return false;
  // A form group ("7b", "10a", "13x"): a year number and one letter.
  bool yearDigits = (word.size() == 2 && word[0] >= '7' && word[0] <= '9') ||
                    (word.size() == 3 && word[0] == '1' && word[1] >= '0' && word[1] <= '3');
  if (yearDigits && word.back() >= 'a' && word.back() <= 'z') return false;
  std::size_t firstDigit = word.find_first_of(U"013457");
  bool lettersThenDigits = word.find_first_of(U"abcdefghijklmnopqrstuvwxyz", firstDigit) == std::u32string_view::npos;
  return !lettersThenDigits;  // "y7", "q3", "mp4" are codes
}

bool punctuation(char32_t c) { return c < 0x80 && !asciiLetter(c) && !asciiDigit(c) && c != '\'' && !isSpace(c); }

// Reads leet words as letters when at least three words, and a quarter of the line, are leet.
void foldLeet(CodePoints& line) {
  std::vector<std::pair<std::size_t, std::size_t>> leet;
  std::size_t words = 0;
  std::u32string_view view(line.data(), line.size());
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && isSpace(line[i])) ++i;
    std::size_t j = i;
    while (j < line.size() && !isSpace(line[j])) ++j;
    if (j == i) break;
    ++words;
    std::size_t b = i, e = j;
    while (b < e && punctuation(line[b])) ++b;
    while (e > b && punctuation(line[e - 1])) --e;
    if (e > b && leetWord(view.substr(b, e - b))) leet.push_back({b, e});
    i = j;
  }
  if (leet.size() < 3 || leet.size() * 4 < words) return;
  for (auto [b, e] : leet)
    for (std::size_t k = b; k < e; ++k) switch (line[k]) {
        case '0': line[k] = 'o'; break;
        case '1': line[k] = 'i'; break;
        case '3': line[k] = 'e'; break;
        case '4': line[k] = 'a'; break;
        case '5': line[k] = 's'; break;
        case '7': line[k] = 't'; break;
        default: break;
      }
}

}  // namespace

std::string undoObfuscation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view raw = text.substr(pos, eol - pos);
    // Fast path: plain ASCII with no digit and no double space has nothing to undo.
    if (std::none_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80 || asciiDigit(static_cast<unsigned char>(c)); }) &&
        raw.find("  ") == std::string_view::npos) {
      out += raw;
      if (eol < text.size()) out += '\n';
      pos = eol + 1;
      continue;
    }
    CodePoints line = decode(raw);
    for (char32_t& c : line)
      if (char l = c >= 0x80 ? styledLetter(c) : 0) c = static_cast<char32_t>(l);
    foldConfusables(line);
    joinSpacedLetters(line);
    foldLeet(line);
    for (char32_t c : line) encode(c, out);
    if (eol < text.size()) out += '\n';
    pos = eol + 1;
  }
  return out;
}

}  // namespace aup
