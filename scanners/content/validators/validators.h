#pragma once
// Validators for UK personal-data identifiers (docs: ../shared/reference/detection-notes.md 1.x).
//
// Contract: each takes the candidate text as Hyperscan found it (separators included), normalises
// it and answers whether it is structurally valid; none allocates more than the token, none throws.
// A pass means "could be real": keyword proximity (dlp_policy.cpp) decides whether it is evidence.

#include <optional>
#include <string>
#include <string_view>

namespace aup {

// Digits and letters of a token with spaces and hyphens removed, letters upper-cased.
std::string compactIdentifier(std::string_view token);

// Unique Learner Number: 10 digits, no leading zero, (sum d_i*(10-i) + d_9) mod 11 == 10.
bool isValidUln(std::string_view token);
// Unique Pupil Number: check letter over positions 2-13 (weights 2..13, mod 23, no I/O/S).
bool isValidUpn(std::string_view token);
// National Insurance number: HMRC prefix rules (NIM39110), 6 digits, suffix A-D.
bool isValidNino(std::string_view token);
// NHS number: 10 digits, unformatted or 3-3-4 with consistent separators, mod 11 check.
bool isValidNhsNumber(std::string_view token);

// UK passport number: 9 digits, not one repeated digit; or an MRZ line 2 whose 9-digit document
// number carries a correct ICAO 9303 check digit (weights 7,3,1). Needs a "passport" keyword.
bool isValidPassport(std::string_view token);
// DVLA driving licence number (16 characters): surname block, a real birth month (+50 for women)
// and day, initials; 9s only as padding. Structural only (the check characters are not public).
bool isValidDrivingLicence(std::string_view token);

enum class CardBrand { None, Visa, Mastercard, Amex, Discover, Jcb, Diners, Maestro };
// Payment card: Luhn, a known issuer range and that issuer's length; separators single spaces/hyphens.
CardBrand cardBrand(std::string_view token);
inline bool isValidCard(std::string_view token) { return cardBrand(token) != CardBrand::None; }
std::string_view toString(CardBrand brand);

enum class SortCodeCheck {
  Invalid,    // wrong shape, or a known modulus row rejects it
  Valid,      // a known modulus row (Pay.UK table subset) accepts it
  Unchecked,  // right shape; the sort code's row is not in the shipped subset
};
// Sort code (NN-NN-NN, NNNNNN or NN NN NN) followed by one space and an 8-digit account number.
SortCodeCheck checkSortCodeAccount(std::string_view token);

struct CalendarDate {
  int year = 0, month = 0, day = 0;
};
// Day-first UK dates: d/m/yyyy, d.m.yyyy, d-m-yyyy, d/m/yy, yyyy-mm-dd, "1 March 2010",
// "3rd Jan 2008". The date must exist and lie between 1900 and `maxYear`.
std::optional<CalendarDate> parseUkDate(std::string_view token, int maxYear);

// Masks an identifier for evidence: keeps 2 leading and 2 trailing characters of the compact
// form ("12******90"); cards keep only the last four, grouped ("**** **** **** 4242").
std::string maskIdentifier(std::string_view kind, std::string_view token);

}  // namespace aup
