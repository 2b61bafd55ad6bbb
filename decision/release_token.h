#pragma once
// X-AUP-Released - the token a released message carries, so that if it passes through the milter
// again it is not held a second time, while a header copied or forged by a sender is ignored.
//
// Format: "v1; id=<quarantine id>; t=<unix seconds>; body=<hex SHA-256 of the normalised body>;
// mac=<hex HMAC-SHA256(key, "v1|id|t|body")>". Binding the body means the header cannot be lifted
// onto another message; normalising (CRLF -> LF, trailing blank lines dropped) keeps the digest
// stable across MTAs. Headers are not bound: Postfix adds Received: lines on the way back.
//
// All functions here are pure: no files, no clock (the caller passes times and keys).

#include <cstdint>
#include <string>
#include <string_view>

namespace aup {

inline constexpr std::string_view kReleasedHeader = "X-AUP-Released";

enum class ReleaseTokenCheck {
  Valid,         // signed by our key, for this body: do not hold again
  Malformed,     // not a token we issue: treat the message as if the header were absent
  BadSignature,  // forged or signed with another key: ignore the header (and log it)
  BodyMismatch,  // a genuine token copied onto a different message: ignore the header
  Expired,       // older than the caller's maximum age
};

std::string_view toString(ReleaseTokenCheck check);

// SHA-256 (hex) of the body of `message` (after the first empty line), normalised as above.
std::string releaseBodyDigest(std::string_view message);

// The header value for a release of `message` (the stored bytes) with quarantine id `id`.
std::string signReleaseToken(std::string_view id, std::string_view message, std::int64_t issuedAt,
                             std::string_view key);

// Checks a header value against the message it arrived with. maxAgeSeconds <= 0 disables expiry.
ReleaseTokenCheck verifyReleaseToken(std::string_view headerValue, std::string_view message, std::string_view key,
                                     std::int64_t now = 0, std::int64_t maxAgeSeconds = 0);

}  // namespace aup
