#pragma once
// Context a data-protection officer reads around personal data, for dlp-unencrypted:
//   - person names (two capitalised words, "Clarke, Jayden", "Mr Quinn") near a value;
//   - dates that can be dates of birth (a real calendar date at least two years in the past);
//   - the organisation's own bank details ("the school fund", "our BACS details"), which are
//     not personal data.
// Pure functions over the paragraph view; no allocation beyond the words they look at.

#include <cstddef>
#include <string_view>

namespace aup {

// True when a person's name ends within `window` characters before `pos` (not before `floor`)
// or starts on the same line after `pos` within `window` characters.
bool nameNear(std::string_view text, std::size_t pos, std::size_t window, std::size_t floor);

// True when the words just before `pos` (within `window`, not before `floor`) say the account
// belongs to the organisation ("school fund", "the school's BACS details", "account name ... School").
bool organisationAccountNear(std::string_view text, std::size_t pos, std::size_t window, std::size_t floor);

}  // namespace aup
