#include "scanners/content/validators/validators.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "engine/text_util.h"

namespace aup {
namespace {

bool allDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Weighted sum d_i*(10-i) over the first nine digits plus the tenth (ULN and NHS share it).
int ulnNhsSum(std::string_view digits) {
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (digits[static_cast<std::size_t>(i)] - '0') * (10 - i);
  return sum + (digits[9] - '0');
}

// The 23-letter UPN alphabet (A-Z without I, O, S); index = value.
constexpr std::string_view kUpnAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";

int upnValue(char c) {
  auto pos = kUpnAlphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

bool luhn(std::string_view digits) {
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

int prefixNumber(std::string_view digits, std::size_t n) {
  int v = 0;
  for (std::size_t i = 0; i < n && i < digits.size(); ++i) v = v * 10 + (digits[i] - '0');
  return v;
}

// The issuer a card number's prefix belongs to, if its length fits that issuer.
CardBrand issuerOf(std::string_view d) {
  const std::size_t len = d.size();
  const int p1 = prefixNumber(d, 1), p2 = prefixNumber(d, 2), p3 = prefixNumber(d, 3), p4 = prefixNumber(d, 4),
            p6 = prefixNumber(d, 6);
  auto between = [](int v, int lo, int hi) { return v >= lo && v <= hi; };
  if (p1 == 4) return (len == 13 || len == 16 || len == 19) ? CardBrand::Visa : CardBrand::None;
  if (between(p2, 51, 55) || between(p4, 2221, 2720)) return len == 16 ? CardBrand::Mastercard : CardBrand::None;
  if (p2 == 34 || p2 == 37) return len == 15 ? CardBrand::Amex : CardBrand::None;
  if (p4 == 6011 || between(p3, 644, 649) || p2 == 65 || between(p6, 622126, 622925))
    return between(static_cast<int>(len), 16, 19) ? CardBrand::Discover : CardBrand::None;
  if (between(p4, 3528, 3589)) return between(static_cast<int>(len), 16, 19) ? CardBrand::Jcb : CardBrand::None;
  if (between(p3, 300, 305) || p2 == 36 || p2 == 38 || p2 == 39)
    return between(static_cast<int>(len), 14, 19) ? CardBrand::Diners : CardBrand::None;
  if (p2 == 50 || between(p2, 56, 69))
    return between(static_cast<int>(len), 12, 19) ? CardBrand::Maestro : CardBrand::None;
  return CardBrand::None;
}

// Separators in a digit run must be single spaces or hyphens between digits.
bool separatorsWellFormed(std::string_view token) {
  char prev = 'x';
  for (char c : token) {
    bool sep = c == ' ' || c == '-';
    if (!sep && (c < '0' || c > '9')) return false;
    if (sep && (prev == ' ' || prev == '-' || prev == 'x')) return false;
    prev = sep ? c : '0';
  }
  return prev != ' ' && prev != '-';
}

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeapYear(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

std::optional<CalendarDate> checked(int y, int m, int d, int maxYear) {
  if (y < 1900 || y > maxYear || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
  return CalendarDate{y, m, d};
}

// Reads 1..maxLen digits at `pos`; returns -1 when there are none.
int readNumber(std::string_view s, std::size_t& pos, std::size_t maxLen, std::size_t* len = nullptr) {
  std::size_t start = pos;
  int v = 0;
  while (pos < s.size() && pos - start < maxLen && std::isdigit(static_cast<unsigned char>(s[pos])))
    v = v * 10 + (s[pos++] - '0');
  if (len) *len = pos - start;
  return pos == start ? -1 : v;
}

int monthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  if (lower.size() < 3) return 0;
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i].substr(0, 3) != lower.substr(0, 3)) continue;
    // "Jan", "Sept", "March": a prefix of the full name ("Sept" is the one 4-letter form in use).
    if (kNames[i].substr(0, lower.size()) == lower) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool ordinalSuffixFits(int day, std::string_view suffix) {
  if (suffix.empty()) return true;
  std::string s;
  for (char c : suffix) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int last = day % 10, tens = day % 100 / 10;
  std::string_view want = tens == 1 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
  return s == want;
}

// A date written with the month's name, day first or month first: "1 March 2010", "3rd Jan 2008",
// "22nd of Sept 2011", "12-Mar-2013", "March 12, 2013", "Sept 3rd 2012". Separators between the
// words may be spaces, hyphens, commas and full stops; the year has four digits.
std::optional<CalendarDate> parseLongDate(std::string_view t, int maxYear) {
  std::vector<std::string_view> words;  // runs of digits and runs of letters, separators dropped
  for (std::size_t i = 0; i < t.size();) {
    auto c = static_cast<unsigned char>(t[i]);
    std::size_t s = i;
    if (std::isdigit(c)) {
      while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    } else if (std::isalpha(c)) {
      while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
    } else {
      if (c != ' ' && c != '-' && c != ',' && c != '.') return std::nullopt;
      ++i;
      continue;
    }
    words.push_back(t.substr(s, i - s));
    if (words.size() > 5) return std::nullopt;
  }
  auto number = [](std::string_view w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); };
  auto toInt = [](std::string_view w) {
    int v = 0;
    for (char c : w) v = v * 10 + (c - '0');
    return v;
  };
  std::size_t k = 0;
  int day = -1, month = 0;
  // A day: one or two digits and an ordinal suffix that fits it ("1st", "22nd"; not "2th").
  auto readDay = [&]() {
    if (k >= words.size() || !number(words[k]) || words[k].size() > 2) return false;
    day = toInt(words[k++]);
    if (k < words.size() && !number(words[k]) && words[k].size() == 2 && monthFromName(words[k]) == 0) {
      if (!ordinalSuffixFits(day, words[k])) return false;
      ++k;
    }
    return true;
  };
  if (k < words.size() && number(words[k])) {
    if (!readDay()) return std::nullopt;
    if (k < words.size() && (words[k] == "of" || words[k] == "Of")) ++k;
    if (k >= words.size() || (month = monthFromName(words[k++])) == 0) return std::nullopt;
  } else {
    if (k >= words.size() || (month = monthFromName(words[k++])) == 0) return std::nullopt;
    if (!readDay()) return std::nullopt;
  }
  if (k + 1 != words.size() || words[k].size() != 4 || !number(words[k])) return std::nullopt;
  return checked(toInt(words[k]), month, day, maxYear);
}

}  // namespace

std::string compactIdentifier(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == ' ' || c == '-') continue;
    out += asciiUpper(c);
  }
  return out;
}

bool isValidUln(std::string_view token) {
  if (token.size() != 10 || !allDigits(token) || token[0] == '0') return false;
  if (token == "9999999999") return false;  // the ILR "temporary ULN" placeholder is not personal data
  return ulnNhsSum(token) % 11 == 10;
}

bool isValidUpn(std::string_view token) {
  std::string t = compactIdentifier(token);
  if (t.size() != 13 || token.size() != 13) return false;
  int check = upnValue(t[0]);
  if (check < 0 || !allDigits(std::string_view(t).substr(1, 11))) return false;
  int sum = 0;
  for (std::size_t i = 1; i < 13; ++i) {
    int v;
    if (i == 12 && !std::isdigit(static_cast<unsigned char>(t[i]))) {
      v = upnValue(t[i]);  // a temporary UPN ends in a letter, valued by its alphabet index
      if (v < 0) return false;
    } else {
      if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
      v = t[i] - '0';
    }
    sum += v * static_cast<int>(i + 1);
  }
  return sum % 23 == check;
}

bool isValidNino(std::string_view token) {
  std::string t = compactIdentifier(token);
  if (t.size() != 9) return false;
  constexpr std::string_view kNeverEither = "DFIQUV";
  char a = t[0], b = t[1];
  if (!std::isalpha(static_cast<unsigned char>(a)) || !std::isalpha(static_cast<unsigned char>(b))) return false;
  if (kNeverEither.find(a) != std::string_view::npos || kNeverEither.find(b) != std::string_view::npos) return false;
  if (b == 'O') return false;
  static constexpr std::array<std::string_view, 13> kUnused = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ",
                                                               "OO", "CR", "FY", "MW", "NC", "PP"};
  for (auto p : kUnused)
    if (t.compare(0, 2, p) == 0) return false;
  if (!allDigits(std::string_view(t).substr(2, 6))) return false;
  return t[8] >= 'A' && t[8] <= 'D';
}

bool isValidNhsNumber(std::string_view token) {
  std::string digits;
  if (token.size() == 12) {
    char sep = token[3];
    if ((sep != ' ' && sep != '-') || token[7] != sep) return false;
    digits = std::string(token.substr(0, 3)) + std::string(token.substr(4, 3)) + std::string(token.substr(8, 4));
  } else if (token.size() == 10) {
    digits = std::string(token);
  } else {
    return false;
  }
  if (!allDigits(digits)) return false;
  return ulnNhsSum(digits) % 11 == 0;
}

CardBrand cardBrand(std::string_view token) {
  if (!separatorsWellFormed(token)) return CardBrand::None;
  std::string digits = compactIdentifier(token);
  if (digits.size() < 12 || digits.size() > 19 || !luhn(digits)) return CardBrand::None;
  return issuerOf(digits);
}

std::string_view toString(CardBrand brand) {
  switch (brand) {
    case CardBrand::Visa: return "Visa";
    case CardBrand::Mastercard: return "Mastercard";
    case CardBrand::Amex: return "American Express";
    case CardBrand::Discover: return "Discover";
    case CardBrand::Jcb: return "JCB";
    case CardBrand::Diners: return "Diners Club";
    case CardBrand::Maestro: return "Maestro";
    case CardBrand::None: break;
  }
  return "none";
}

SortCodeCheck checkSortCodeAccount(std::string_view token) {
  auto space = token.rfind(' ');
  if (space == std::string_view::npos) return SortCodeCheck::Invalid;
  std::string_view sortPart = token.substr(0, space), account = token.substr(space + 1);
  std::string sort = compactIdentifier(sortPart);
  bool shapeOk = (sortPart.size() == 6 || (sortPart.size() == 8 && sortPart[2] == sortPart[5] &&
                                           (sortPart[2] == '-' || sortPart[2] == ' ')));
  if (!shapeOk || sort.size() != 6 || !allDigits(sort) || account.size() != 8 || !allDigits(account))
    return SortCodeCheck::Invalid;
  std::string all = sort + std::string(account);
  int code = prefixNumber(sort, 6);
  if (code >= 10004 && code <= 16715) {  // Pay.UK row 010004-016715: MOD11, weights 0 0 0 0 0 0 8 7 6 5 4 3 2 1
    static constexpr std::array<int, 14> kW = {0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (std::size_t i = 0; i < 14; ++i) sum += kW[i] * (all[i] - '0');
    return sum % 11 == 0 ? SortCodeCheck::Valid : SortCodeCheck::Invalid;
  }
  if (code == 499273) {  // Vocalink worked example row: DBLAL, weights 2 1 2 1 ...
    int sum = 0;
    for (std::size_t i = 0; i < 14; ++i) {
      int p = (i % 2 == 0 ? 2 : 1) * (all[i] - '0');
      sum += p / 10 + p % 10;
    }
    return sum % 10 == 0 ? SortCodeCheck::Valid : SortCodeCheck::Invalid;
  }
  return SortCodeCheck::Unchecked;
}

bool isValidPassport(std::string_view token) {
  std::string t = compactIdentifier(token);
  auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (t.size() == 9) return digits(t) && t.find_first_not_of(t[0]) != std::string::npos;
  if (t.size() < 10 || !digits(t.substr(0, 10))) return false;  // MRZ: document number + check digit
  static constexpr int kWeights[] = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) sum += (t[i] - '0') * kWeights[i % 3];
  return sum % 10 == t[9] - '0';
}

bool isValidDrivingLicence(std::string_view token) {
  std::string t = compactIdentifier(token);
  if (t.size() != 16) return false;
  auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
  for (std::size_t i = 5; i <= 10; ++i)
    if (!digit(i)) return false;
  // Surname block: letters, padded with trailing 9s only.
  bool padding = false;
  for (std::size_t i = 0; i < 5; ++i) {
    bool nine = t[i] == '9';
    if (!nine && !(t[i] >= 'A' && t[i] <= 'Z')) return false;
    if (padding && !nine) return false;
    padding = padding || nine;
  }
  if (t[0] == '9') return false;
  int month = (t[6] - '0') * 10 + (t[7] - '0');
  if (month > 50) month -= 50;
  int day = (t[8] - '0') * 10 + (t[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::optional<CalendarDate> parseUkDate(std::string_view t, int maxYear) {
  if (!t.empty() && std::isalpha(static_cast<unsigned char>(t[0]))) return parseLongDate(t, maxYear);  // "March 12, 2013"
  if (t.empty() || !std::isdigit(static_cast<unsigned char>(t[0]))) return std::nullopt;
  std::size_t pos = 0, len1 = 0;
  int first = readNumber(t, pos, 4, &len1);
  if (pos >= t.size()) return std::nullopt;
  char sep = t[pos];
  if (sep == ' ' || std::isalpha(static_cast<unsigned char>(sep))) return parseLongDate(t, maxYear);
  if (sep == '-' && pos + 1 < t.size() && std::isalpha(static_cast<unsigned char>(t[pos + 1]))) return parseLongDate(t, maxYear);
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  ++pos;
  std::size_t len2 = 0, len3 = 0;
  int second = readNumber(t, pos, 2, &len2);
  if (second < 0 || pos >= t.size() || t[pos] != sep) return std::nullopt;
  ++pos;
  int third = readNumber(t, pos, 4, &len3);
  if (third < 0 || pos != t.size()) return std::nullopt;
  if (len1 == 4) {  // ISO yyyy-mm-dd only
    if (sep != '-' || len2 != 2 || len3 != 2) return std::nullopt;
    return checked(first, second, third, maxYear);
  }
  if (len1 > 2 || (len3 != 2 && len3 != 4)) return std::nullopt;
  int year = third;
  if (len3 == 2) year += (third <= maxYear % 100) ? maxYear / 100 * 100 : (maxYear / 100 - 1) * 100;
  return checked(year, second, first, maxYear);
}

std::string maskIdentifier(std::string_view kind, std::string_view token) {
  std::string compact = compactIdentifier(token);
  if (kind == "card") {
    std::string masked;
    std::size_t hidden = compact.size() > 4 ? compact.size() - 4 : 0;
    for (std::size_t i = 0; i < hidden; ++i) {
      if (i > 0 && i % 4 == 0) masked += ' ';
      masked += '*';
    }
    if (hidden > 0) masked += ' ';
    return masked + compact.substr(hidden);
  }
  if (compact.size() <= 6) return std::string(compact.size(), '*');
  std::string out = compact.substr(0, 2);
  out.append(compact.size() - 4, '*');
  return out + compact.substr(compact.size() - 2);
}

}  // namespace aup
