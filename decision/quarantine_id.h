#pragma once
// Quarantine ids - 128 random bits as 32 lower-case hex digits. An id names a file, so every id
// that comes from outside (command line, header, database) is validated before use: anything
// that is not exactly 32 lower-case hex digits ("../x", upper case, padding) is refused.

#include <stdexcept>
#include <string>
#include <string_view>

namespace aup {

// Thrown when a string is used as a quarantine id but is not one.
class InvalidQuarantineId : public std::invalid_argument {
 public:
  explicit InvalidQuarantineId(std::string_view text);
};

inline constexpr std::size_t kQuarantineIdLength = 32;

// A new random id (getrandom).
std::string newQuarantineId();
// True only for exactly 32 characters of [0-9a-f].
bool isValidQuarantineId(std::string_view text);
// Returns `text` when it is a valid id, else throws InvalidQuarantineId.
const std::string& requireValidQuarantineId(const std::string& text);

}  // namespace aup
