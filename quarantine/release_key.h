#pragma once
// The HMAC key that signs X-AUP-Released and X-AUP-Notice tokens, shared by `aupctl quarantine
// release` (signs), the notice sender (signs) and the milter (verifies). Anyone who can read it
// can make mail pass the policy, so the file must be private: owned by root or the reading user,
// not writable by group or others, not readable by others.

#include <filesystem>
#include <string>

namespace aup {

// Reads the key (surrounding whitespace trimmed). Throws std::runtime_error naming the file when
// it is missing, unreadable, too short (< 16 characters) or too open (owner/mode above).
std::string readReleaseKey(const std::filesystem::path& file);

// The milter at start: creates the key (64 random hex characters, mode 0640, group `group` when
// it exists) if the file does not exist yet, then reads it as above.
std::string loadOrCreateReleaseKey(const std::filesystem::path& file, const std::string& group);

}  // namespace aup
