#pragma once
// Gateway tokens - signed headers that let mail the gateway itself sends pass the milter again
// without being held: X-AUP-Released (an admin released a held message) and X-AUP-Notice (a
// staff notice the gateway wrote). Both travel through the milter like any other mail, so no
// Postfix listener needs to skip the policy (docs/security.md).
//
// Format (v2): "v2; id=<quarantine id>; t=<unix seconds>; rcpt=<hex>; hdr=<hex>; body=<hex>;
// mac=<hex>" where
//   rcpt = SHA-256 of the envelope recipients the release was made to (lower case, sorted, unique);
//   hdr  = SHA-256 of the headers that change a message's meaning (Subject, From, Content-Type,
//          Content-Transfer-Encoding), whitespace-folded;
//   body = SHA-256 of the body (CRLF -> LF, trailing blank lines dropped);
//   mac  = HMAC-SHA256(key, "<kind>|v2|id|t|rcpt|hdr|body"), kind "release" or "notice" so one
//          kind can never be passed off as the other.
// So a token cannot be lifted onto another message, re-sent to other recipients or under another
// subject. Other headers are not bound: Postfix adds Received:, Message-ID: and Date: on the way.
// A notice token has no id ("id=-").
//
// All functions here are pure: no files, no clock (the caller passes times, keys and store facts).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message_view.h"

namespace aup {

inline constexpr std::string_view kReleasedHeader = "X-AUP-Released";
inline constexpr std::string_view kNoticeHeader = "X-AUP-Notice";

enum class TokenKind { Release, Notice };

enum class ReleaseTokenCheck {
  Valid,              // signed by our key, for this body, these recipients and headers, still current
  Malformed,          // not a token we issue: treat the message as if the header were absent
  BadSignature,       // forged or signed with another key: ignore the header (and log it)
  BodyMismatch,       // a genuine token copied onto a different message
  RecipientMismatch,  // a genuine token on mail sent to other recipients than the release was for
  HeaderMismatch,     // a genuine token on a message whose Subject/From/Content-Type was changed
  Expired,            // older than the configured maximum age
  NotReleased,        // the store does not record this id as released (deleted, held, unknown)
};

std::string_view toString(ReleaseTokenCheck check);

// What the store says about a token's quarantine id; looked up by the edge before deciding.
struct ReleaseGrant {
  bool released = false;  // the row is in state releasing or released
};

// The message facts a token binds.
struct TokenSubject {
  std::vector<std::string> recipients;  // envelope recipients
  const std::vector<HeaderField>& headers;  // the message's header fields (headerFieldsOf the bytes)
  std::string_view message;             // the whole message (headers and body)
};

// SHA-256 (hex) of the body of `message` (after the first empty line), normalised as above.
std::string releaseBodyDigest(std::string_view message);
// SHA-256 (hex) of the recipient set / the bound headers, as above.
std::string recipientDigest(const std::vector<std::string>& recipients);
std::string boundHeaderDigest(const std::vector<HeaderField>& headers);

// The header fields of a message's header block (unfolded), for signing stored bytes.
std::vector<HeaderField> headerFieldsOf(std::string_view message);

// The header value for `kind`; `id` is the quarantine id ("" for a notice).
std::string signToken(TokenKind kind, std::string_view id, const TokenSubject& subject, std::int64_t issuedAt,
                      std::string_view key);

// The id a release token names, if the value is well formed (to look up its ReleaseGrant).
std::optional<std::string> tokenQuarantineId(std::string_view headerValue);

// Checks a header value against the message it arrived with. `grant` is required for a release
// token (nullopt = unknown id = NotReleased); maxAgeSeconds <= 0 disables expiry.
ReleaseTokenCheck verifyToken(TokenKind kind, std::string_view headerValue, const TokenSubject& subject,
                              std::string_view key, std::int64_t now, std::int64_t maxAgeSeconds,
                              const std::optional<ReleaseGrant>& grant);

}  // namespace aup
