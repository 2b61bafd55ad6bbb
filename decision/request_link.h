#pragma once
// Request links - the signed, expiring "request release" link in a staff notice
// (<console url>/request/<token>, docs/console.md "Request-release links"). The token is the only
// credential of the page behind it (no sign-in), so it binds exactly what that page may do: ask,
// once, for the release of one held message, as the address the notice was sent to, until a time.
//
// Format: "r1.<quarantine id>.<expires at, unix seconds>.<address, base64url>.<mac, base64url>"
// where mac = HMAC-SHA256(K, "request-link|r1|<id>|<expires>|<address>") and
//       K   = HMAC-SHA256(release key, "aup-milter request-link key v1") (hex),
// so a request link is signed under its own key, derived from the release key: no X-AUP-Released
// or X-AUP-Notice token (HMAC under the release key itself, input "release|v2|..." or
// "notice|v2|...") is ever a valid request link, and no request link a valid gateway token. Every
// character is URL-safe ([A-Za-z0-9._-]).
//
// Pure: no clock, no files (the caller passes the key and the time).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aup {

struct RequestLink {
  std::string quarantineId;  // the held message
  std::string address;       // whom the notice went to (lower case): the only one who may ask
  std::int64_t expiresAt = 0;  // unix seconds; the link works before this
};

enum class RequestLinkCheck {
  Valid,         // ours, unaltered and not expired: the page may act for link.address on link.quarantineId
  Malformed,     // not a request link at all (cut short, another token kind, garbage)
  BadSignature,  // shaped like one but not signed by our key for these fields: forged or altered
  Expired,       // genuine but past its expiry: the fields are true, the page must not act
};

std::string_view toString(RequestLinkCheck check);

struct RequestLinkVerdict {
  RequestLinkCheck check = RequestLinkCheck::Malformed;
  // The signed fields when check is Valid or Expired (trustworthy: the MAC matched); empty otherwise.
  RequestLink link;
};

// The token for `link` (address lower-cased). Throws std::invalid_argument on an invalid
// quarantine id, an empty or over-long address, or an empty key.
std::string signRequestLink(const RequestLink& link, std::string_view key);

// Checks `token` (the path segment after /request/) under `key` at `now`. The MAC is compared
// in constant time; an empty key verifies nothing.
RequestLinkVerdict verifyRequestLink(std::string_view token, std::string_view key, std::int64_t now);

// "<baseUrl>/request/<token>" (one slash between them however baseUrl ends).
std::string requestLinkUrl(std::string_view baseUrl, std::string_view token);

}  // namespace aup
