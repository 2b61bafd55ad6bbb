#include "quarantine/release_token.h"

#include <map>

#include "engine/text_util.h"
#include "quarantine/crypto.h"
#include "quarantine/quarantine_id.h"

namespace aup {

std::string_view toString(ReleaseTokenCheck check) {
  switch (check) {
    case ReleaseTokenCheck::Valid: return "valid";
    case ReleaseTokenCheck::Malformed: return "malformed";
    case ReleaseTokenCheck::BadSignature: return "bad-signature";
    case ReleaseTokenCheck::BodyMismatch: return "body-mismatch";
    case ReleaseTokenCheck::Expired: return "expired";
  }
  return "malformed";
}

namespace {

std::string_view bodyOf(std::string_view message) {
  for (std::size_t pos = 0; pos < message.size();) {
    std::size_t end = message.find('\n', pos);
    if (end == std::string_view::npos) return {};
    std::string_view line = message.substr(pos, end - pos);
    if (line.empty() || line == "\r") return message.substr(end + 1);
    pos = end + 1;
  }
  return {};
}

std::string macInput(std::string_view id, std::string_view issuedAt, std::string_view body) {
  return "v1|" + std::string(id) + "|" + std::string(issuedAt) + "|" + std::string(body);
}

bool isHex64(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// Parses "v1; k=v; k=v" into fields; empty map when the shape is wrong.
std::map<std::string, std::string, std::less<>> parseFields(std::string_view value) {
  std::map<std::string, std::string, std::less<>> fields;
  std::size_t pos = 0;
  bool first = true;
  while (pos <= value.size()) {
    std::size_t end = value.find(';', pos);
    if (end == std::string_view::npos) end = value.size();
    std::string_view item = trim(value.substr(pos, end - pos));
    if (first) {
      if (item != "v1") return {};
      first = false;
    } else {
      std::size_t eq = item.find('=');
      if (eq == std::string_view::npos || !fields.emplace(item.substr(0, eq), item.substr(eq + 1)).second) return {};
    }
    pos = end + 1;
  }
  return fields;
}

}  // namespace

std::string releaseBodyDigest(std::string_view message) {
  std::string body;
  for (char c : bodyOf(message)) {
    if (c != '\r') body += c;
  }
  while (!body.empty() && body.back() == '\n') body.pop_back();
  return sha256Hex(body);
}

std::string signReleaseToken(std::string_view id, std::string_view message, std::int64_t issuedAt,
                             std::string_view key) {
  std::string t = std::to_string(issuedAt);
  std::string body = releaseBodyDigest(message);
  return "v1; id=" + std::string(id) + "; t=" + t + "; body=" + body +
         "; mac=" + hmacSha256Hex(key, macInput(id, t, body));
}

ReleaseTokenCheck verifyReleaseToken(std::string_view headerValue, std::string_view message, std::string_view key,
                                     std::int64_t now, std::int64_t maxAgeSeconds) {
  auto fields = parseFields(trim(headerValue));
  if (fields.size() != 4 || !fields.count("id") || !fields.count("t") || !fields.count("body") ||
      !fields.count("mac")) {
    return ReleaseTokenCheck::Malformed;
  }
  const std::string& id = fields["id"];
  const std::string& t = fields["t"];
  if (!isValidQuarantineId(id) || !isHex64(fields["body"]) || !isHex64(fields["mac"]) || t.empty() || t.size() > 18 ||
      t.find_first_not_of("0123456789") != std::string::npos) {
    return ReleaseTokenCheck::Malformed;
  }
  if (key.empty()) return ReleaseTokenCheck::BadSignature;
  if (!constantTimeEquals(hmacSha256Hex(key, macInput(id, t, fields["body"])), fields["mac"])) {
    return ReleaseTokenCheck::BadSignature;
  }
  if (fields["body"] != releaseBodyDigest(message)) return ReleaseTokenCheck::BodyMismatch;
  if (maxAgeSeconds > 0 && now - std::stoll(t) > maxAgeSeconds) return ReleaseTokenCheck::Expired;
  return ReleaseTokenCheck::Valid;
}

}  // namespace aup
