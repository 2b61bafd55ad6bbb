// fuzz_dlp_validators - arbitrary bytes as a candidate token for every DLP validator and the
// masking of evidence. Must not crash, and must keep the invariants the DLP policy relies on:
// a mask never reveals more than 4 characters of an identifier, and a valid identifier's compact
// form has the shape its validator promises.

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "scanners/content/validators/validators.h"

namespace {

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "validator invariant broken: %s\n", what);
  std::abort();
}

bool allDigits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Characters of `token` (alphanumerics) that appear unmasked in `mask`.
std::size_t revealed(std::string_view mask) {
  std::size_t n = 0;
  for (char c : mask) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view token(reinterpret_cast<const char*>(data), size);
  const std::string compact = aup::compactIdentifier(token);
  if (aup::isValidUln(token)) require(compact.size() == 10 && allDigits(compact) && compact[0] != '0', "ULN shape");
  if (aup::isValidNhsNumber(token)) require(compact.size() == 10 && allDigits(compact), "NHS number shape");
  if (aup::isValidUpn(token)) require(compact.size() == 13, "UPN shape");
  if (aup::isValidNino(token)) require(compact.size() == 9, "NINO shape");
  aup::CardBrand brand = aup::cardBrand(token);
  if (brand != aup::CardBrand::None) require(compact.size() >= 12 && compact.size() <= 19 && allDigits(compact), "card shape");
  (void)aup::toString(brand);
  (void)aup::checkSortCodeAccount(token);
  if (auto date = aup::parseUkDate(token, 2026)) {
    require(date->year >= 1900 && date->year <= 2026 && date->month >= 1 && date->month <= 12 && date->day >= 1 &&
                date->day <= 31,
            "date in range");
  }
  for (const char* kind : {"uln", "upn", "nino", "nhs", "card", "sort-code"}) {
    require(revealed(aup::maskIdentifier(kind, token)) <= 4, "a mask shows at most 4 characters");
  }
  return 0;
}
