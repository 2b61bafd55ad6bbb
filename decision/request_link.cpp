#include "decision/request_link.h"

#include <stdexcept>
#include <vector>

#include "decision/crypto.h"
#include "decision/quarantine_id.h"
#include "engine/envelope.h"

namespace aup {

namespace {

constexpr std::string_view kVersion = "r1";
// The derivation label: a request link's key is not the release key, so the two token families
// cannot stand in for each other even if their MAC inputs ever looked alike.
constexpr std::string_view kKeyLabel = "aup-milter request-link key v1";
constexpr std::size_t kMaxAddress = 254;

std::string linkKey(std::string_view releaseKey) { return hmacSha256Hex(releaseKey, kKeyLabel); }

std::string macOf(std::string_view releaseKey, const RequestLink& link) {
  const std::string input = "request-link|" + std::string(kVersion) + "|" + link.quarantineId + "|" +
                            std::to_string(link.expiresAt) + "|" + link.address;
  return base64UrlEncode(hexToBytes(hmacSha256Hex(linkKey(releaseKey), input)));
}

// An address we would have put in a notice: printable, one '@', no separators a URL or a header
// would read differently.
bool plausibleAddress(std::string_view address) {
  if (address.empty() || address.size() > kMaxAddress) return false;
  if (address.find('@') == std::string_view::npos || address.front() == '@' || address.back() == '@') return false;
  for (unsigned char c : address) {
    if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == '"' || c == ',' || c == ';') return false;
  }
  return true;
}

std::vector<std::string_view> splitDots(std::string_view token) {
  std::vector<std::string_view> parts;
  std::size_t pos = 0;
  while (true) {
    std::size_t dot = token.find('.', pos);
    parts.push_back(token.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos));
    if (dot == std::string_view::npos) return parts;
    pos = dot + 1;
  }
}

// The fields of a well-shaped token, the MAC not yet checked; nullopt when the shape is wrong.
std::optional<std::pair<RequestLink, std::string>> parse(std::string_view token) {
  if (token.size() > 600) return std::nullopt;
  auto parts = splitDots(token);
  if (parts.size() != 5 || parts[0] != kVersion) return std::nullopt;
  RequestLink link;
  link.quarantineId = std::string(parts[1]);
  if (!isValidQuarantineId(link.quarantineId)) return std::nullopt;
  const std::string_view expires = parts[2];
  if (expires.empty() || expires.size() > 18 || expires.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  link.expiresAt = std::stoll(std::string(expires));
  auto address = base64UrlDecode(parts[3]);
  if (!address || !plausibleAddress(*address) || toLowerAscii(*address) != *address) return std::nullopt;
  link.address = *address;
  if (parts[4].size() != 43) return std::nullopt;  // 32 bytes, unpadded
  return std::pair{link, std::string(parts[4])};
}

}  // namespace

std::string_view toString(RequestLinkCheck check) {
  switch (check) {
    case RequestLinkCheck::Valid: return "valid";
    case RequestLinkCheck::Malformed: return "malformed";
    case RequestLinkCheck::BadSignature: return "bad-signature";
    case RequestLinkCheck::Expired: return "expired";
  }
  return "malformed";
}

std::string signRequestLink(const RequestLink& link, std::string_view key) {
  if (key.empty()) throw std::invalid_argument("a request link needs the release key");
  if (!isValidQuarantineId(link.quarantineId)) throw std::invalid_argument("a request link needs a quarantine id");
  RequestLink signed_ = link;
  signed_.address = toLowerAscii(link.address);
  if (!plausibleAddress(signed_.address)) throw std::invalid_argument("a request link needs the notice's address");
  return std::string(kVersion) + "." + signed_.quarantineId + "." + std::to_string(signed_.expiresAt) + "." +
         base64UrlEncode(signed_.address) + "." + macOf(key, signed_);
}

RequestLinkVerdict verifyRequestLink(std::string_view token, std::string_view key, std::int64_t now) {
  auto parsed = parse(token);
  if (!parsed) return {};
  if (key.empty() || !constantTimeEquals(macOf(key, parsed->first), parsed->second)) {
    return {RequestLinkCheck::BadSignature, {}};
  }
  if (now >= parsed->first.expiresAt) return {RequestLinkCheck::Expired, parsed->first};
  return {RequestLinkCheck::Valid, parsed->first};
}

std::string requestLinkUrl(std::string_view baseUrl, std::string_view token) {
  while (!baseUrl.empty() && baseUrl.back() == '/') baseUrl.remove_suffix(1);
  return std::string(baseUrl) + "/request/" + std::string(token);
}

}  // namespace aup
