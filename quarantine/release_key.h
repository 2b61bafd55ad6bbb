#pragma once
// The HMAC key that signs X-AUP-Released tokens, shared by `aupctl quarantine release` (signs)
// and the milter (verifies): both must read the file the same way.

#include <filesystem>
#include <string>

namespace aup {

// Reads the key (surrounding whitespace trimmed); "" when `file` is empty (no tokens). Throws
// std::runtime_error naming the file when it is unreadable or shorter than 16 characters.
std::string readReleaseKey(const std::filesystem::path& file);

}  // namespace aup
