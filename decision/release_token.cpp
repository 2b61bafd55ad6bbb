#include "decision/release_token.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "decision/crypto.h"
#include "decision/quarantine_id.h"
#include "engine/text_util.h"

namespace aup {

std::string_view toString(ReleaseTokenCheck check) {
  switch (check) {
    case ReleaseTokenCheck::Valid: return "valid";
    case ReleaseTokenCheck::Malformed: return "malformed";
    case ReleaseTokenCheck::BadSignature: return "bad-signature";
    case ReleaseTokenCheck::BodyMismatch: return "body-mismatch";
    case ReleaseTokenCheck::RecipientMismatch: return "recipient-mismatch";
    case ReleaseTokenCheck::HeaderMismatch: return "header-mismatch";
    case ReleaseTokenCheck::Expired: return "expired";
    case ReleaseTokenCheck::NotReleased: return "not-released";
  }
  return "malformed";
}

namespace {

constexpr std::array<std::string_view, 4> kBoundHeaders = {"Subject", "From", "Content-Type",
                                                          "Content-Transfer-Encoding"};

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

// Whitespace runs (including folding) become one space; the ends are trimmed.
std::string foldWhitespace(std::string_view value) {
  std::string out;
  bool space = false;
  for (char c : value) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string_view kindName(TokenKind kind) { return kind == TokenKind::Release ? "release" : "notice"; }

struct TokenFields {
  std::string id, t, rcpt, hdr, body, mac;
};

std::string macInput(TokenKind kind, const TokenFields& f) {
  return std::string(kindName(kind)) + "|v2|" + f.id + "|" + f.t + "|" + f.rcpt + "|" + f.hdr + "|" + f.body;
}

bool isHex64(std::string_view text) {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Parses "v2; k=v; ..." with exactly the six keys, each once; nullopt when the shape is wrong.
std::optional<TokenFields> parseFields(std::string_view value) {
  std::map<std::string, std::string, std::less<>> fields;
  std::size_t pos = 0;
  bool first = true;
  value = trim(value);
  while (pos <= value.size()) {
    std::size_t end = value.find(';', pos);
    if (end == std::string_view::npos) end = value.size();
    std::string_view item = trim(value.substr(pos, end - pos));
    if (first) {
      if (item != "v2") return std::nullopt;
      first = false;
    } else {
      std::size_t eq = item.find('=');
      if (eq == std::string_view::npos || !fields.emplace(item.substr(0, eq), item.substr(eq + 1)).second) return std::nullopt;
    }
    pos = end + 1;
  }
  if (fields.size() != 6) return std::nullopt;
  TokenFields f;
  for (auto [key, target] : {std::pair{"id", &f.id}, {"t", &f.t}, {"rcpt", &f.rcpt}, {"hdr", &f.hdr}, {"body", &f.body},
                             {"mac", &f.mac}}) {
    auto it = fields.find(key);
    if (it == fields.end()) return std::nullopt;
    *target = it->second;
  }
  bool timeOk = !f.t.empty() && f.t.size() <= 18 && f.t.find_first_not_of("0123456789") == std::string::npos;
  if (!timeOk || !isHex64(f.rcpt) || !isHex64(f.hdr) || !isHex64(f.body) || !isHex64(f.mac)) return std::nullopt;
  return f;
}

TokenFields fieldsFor(std::string_view id, const TokenSubject& subject, std::int64_t issuedAt) {
  return {id.empty() ? "-" : std::string(id), std::to_string(issuedAt), recipientDigest(subject.recipients),
          boundHeaderDigest(subject.headers), releaseBodyDigest(subject.message), ""};
}

}  // namespace

std::string releaseBodyDigest(std::string_view message) {
  std::string body;
  std::string_view raw = bodyOf(message);
  body.reserve(raw.size());
  for (char c : raw) {
    if (c != '\r') body += c;
  }
  while (!body.empty() && body.back() == '\n') body.pop_back();
  return sha256Hex(body);
}

std::string recipientDigest(const std::vector<std::string>& recipients) {
  std::set<std::string> unique;
  for (const auto& r : recipients) unique.insert(toLowerAscii(r));
  std::string joined;
  for (const auto& r : unique) joined += r + "\n";
  return sha256Hex(joined);
}

std::string boundHeaderDigest(const std::vector<HeaderField>& headers) {
  std::string joined;
  for (std::string_view name : kBoundHeaders) {
    joined += toLowerAscii(name) + ":";
    for (const auto& h : headers) {
      if (equalsIgnoreCase(h.name, name)) joined += foldWhitespace(h.value) + "\x1f";
    }
    joined += "\n";
  }
  return sha256Hex(joined);
}

std::vector<HeaderField> headerFieldsOf(std::string_view message) {
  std::vector<HeaderField> out;
  std::size_t pos = 0;
  while (pos < message.size()) {
    std::size_t end = message.find('\n', pos);
    std::string_view line = message.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !out.empty()) {
      out.back().value += " ";
      out.back().value += line;
    } else if (auto colon = line.find(':'); colon != std::string_view::npos) {
      out.push_back({std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))});
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return out;
}

std::string signToken(TokenKind kind, std::string_view id, const TokenSubject& subject, std::int64_t issuedAt,
                      std::string_view key) {
  TokenFields f = fieldsFor(id, subject, issuedAt);
  f.mac = hmacSha256Hex(key, macInput(kind, f));
  return "v2; id=" + f.id + "; t=" + f.t + "; rcpt=" + f.rcpt + "; hdr=" + f.hdr + "; body=" + f.body + "; mac=" + f.mac;
}

std::optional<std::string> tokenQuarantineId(std::string_view headerValue) {
  auto f = parseFields(headerValue);
  if (!f || !isValidQuarantineId(f->id)) return std::nullopt;
  return f->id;
}

ReleaseTokenCheck verifyToken(TokenKind kind, std::string_view headerValue, const TokenSubject& subject,
                              std::string_view key, std::int64_t now, std::int64_t maxAgeSeconds,
                              const std::optional<ReleaseGrant>& grant) {
  auto parsed = parseFields(headerValue);
  if (!parsed) return ReleaseTokenCheck::Malformed;
  const TokenFields& f = *parsed;
  bool idOk = kind == TokenKind::Release ? isValidQuarantineId(f.id) : f.id == "-";
  if (!idOk) return ReleaseTokenCheck::Malformed;
  if (key.empty() || !constantTimeEquals(hmacSha256Hex(key, macInput(kind, f)), f.mac)) {
    return ReleaseTokenCheck::BadSignature;
  }
  // Each binding is checked in turn so the log says what an attacker changed.
  if (f.body != releaseBodyDigest(subject.message)) return ReleaseTokenCheck::BodyMismatch;
  if (f.rcpt != recipientDigest(subject.recipients)) return ReleaseTokenCheck::RecipientMismatch;
  if (f.hdr != boundHeaderDigest(subject.headers)) return ReleaseTokenCheck::HeaderMismatch;
  if (maxAgeSeconds > 0 && (now - std::stoll(f.t) > maxAgeSeconds || std::stoll(f.t) > now + 300)) {
    return ReleaseTokenCheck::Expired;
  }
  if (kind == TokenKind::Release && (!grant || !grant->released)) return ReleaseTokenCheck::NotReleased;
  return ReleaseTokenCheck::Valid;
}

}  // namespace aup
