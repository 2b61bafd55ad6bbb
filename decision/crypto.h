#pragma once
// Hashes and MACs for the quarantine (OpenSSL EVP): SHA-256 of stored messages, HMAC-SHA256 of
// release tokens, random ids.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace aup {

// Lower-case hex SHA-256 of `bytes`.
std::string sha256Hex(std::string_view bytes);

// Incremental SHA-256 for messages read from a file in chunks.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  std::string finishHex();

 private:
  void* ctx_;  // EVP_MD_CTX*, kept opaque so OpenSSL headers stay out of ours
};

// Lower-case hex HMAC-SHA256 of `data` under `key`.
std::string hmacSha256Hex(std::string_view key, std::string_view data);

// Constant-time comparison of two strings (for MACs).
bool constantTimeEquals(std::string_view a, std::string_view b);

// `count` bytes from the kernel CSPRNG (getrandom); throws std::runtime_error if it fails.
std::string randomBytes(std::size_t count);

std::string toHex(std::string_view bytes);
// The bytes of lower- or upper-case hex `hex`; throws std::invalid_argument on odd length or a non-hex digit.
std::string hexToBytes(std::string_view hex);

// RFC 4648 section 5 base64url without padding (URL- and file-name-safe: A-Z a-z 0-9 - _).
std::string base64UrlEncode(std::string_view bytes);
// Its inverse; nullopt on any character outside the alphabet, padding, or an impossible length.
std::optional<std::string> base64UrlDecode(std::string_view text);

}  // namespace aup
