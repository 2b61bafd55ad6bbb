#include "decision/quarantine_id.h"

#include "decision/crypto.h"

namespace aup {

namespace {

// A printable, bounded form of a refused id for error messages (it may be hostile).
std::string describeRefused(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, 64)) out += (c >= 0x21 && c <= 0x7e) ? c : '?';
  if (text.size() > 64) out += "...";
  return out;
}

}  // namespace

InvalidQuarantineId::InvalidQuarantineId(std::string_view text)
    : std::invalid_argument("'" + describeRefused(text) + "' is not a quarantine id (32 lower-case hex digits)") {}

std::string newQuarantineId() { return toHex(randomBytes(kQuarantineIdLength / 2)); }

bool isValidQuarantineId(std::string_view text) {
  if (text.size() != kQuarantineIdLength) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

const std::string& requireValidQuarantineId(const std::string& text) {
  if (!isValidQuarantineId(text)) throw InvalidQuarantineId(text);
  return text;
}

}  // namespace aup
