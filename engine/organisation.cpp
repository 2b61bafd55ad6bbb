#include "engine/organisation.h"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace aup {

std::optional<std::array<std::uint8_t, 16>> parseIpAddress(std::string_view text) {
  std::string s(text);
  if (s.size() >= 2 && s.front() == '[' && s.back() == ']') s = s.substr(1, s.size() - 2);
  if (s.size() > 5 && toLowerAscii(s.substr(0, 5)) == "ipv6:") s = s.substr(5);
  std::array<std::uint8_t, 16> out{};
  in_addr v4{};
  if (inet_pton(AF_INET, s.c_str(), &v4) == 1) {
    out[10] = 0xff;
    out[11] = 0xff;
    std::memcpy(out.data() + 12, &v4, 4);
    return out;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, s.c_str(), &v6) == 1) {
    std::memcpy(out.data(), &v6, 16);
    return out;
  }
  return std::nullopt;
}

std::optional<Network> Network::parse(std::string_view cidr) {
  Network net;
  net.text_ = std::string(cidr);
  auto slash = cidr.find('/');
  auto address = parseIpAddress(cidr.substr(0, slash));
  if (!address) return std::nullopt;
  bool isV4 = cidr.substr(0, slash).find(':') == std::string_view::npos;
  int maxBits = isV4 ? 32 : 128;
  int bits = maxBits;
  if (slash != std::string_view::npos) {
    auto digits = cidr.substr(slash + 1);
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), bits);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || bits < 0 || bits > maxBits) return std::nullopt;
  }
  net.bytes_ = *address;
  net.prefixBits_ = isV4 ? bits + 96 : bits;
  return net;
}

bool Network::contains(std::string_view address) const {
  auto parsed = parseIpAddress(address);
  if (!parsed) return false;
  int bits = prefixBits_;
  for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    std::uint8_t mask = bits >= 8 ? 0xff : static_cast<std::uint8_t>(0xff << (8 - bits));
    if (((*parsed)[static_cast<std::size_t>(i)] & mask) != (bytes_[static_cast<std::size_t>(i)] & mask)) return false;
  }
  return true;
}

namespace {

bool domainInList(std::string_view domain, const std::vector<std::string>& list) {
  std::string d = toLowerAscii(domain);
  return std::any_of(list.begin(), list.end(), [&](const std::string& entry) {
    return d == entry || (d.size() > entry.size() && d.ends_with(entry) && d[d.size() - entry.size() - 1] == '.');
  });
}

}  // namespace

bool Organisation::isInternalDomain(std::string_view domain) const {
  return !domain.empty() && (domainInList(domain, internalDomains) || domainInList(domain, learnerDomains));
}

bool Organisation::isLearnerDomain(std::string_view domain) const {
  return !domain.empty() && domainInList(domain, learnerDomains);
}

bool Organisation::isTrustedClient(std::string_view clientAddress) const {
  return std::any_of(trustedNetworks.begin(), trustedNetworks.end(),
                     [&](const Network& n) { return n.contains(clientAddress); });
}

bool isInternalSender(const Envelope& envelope, const Organisation& org) {
  return (envelope.authUser && !envelope.authUser->empty()) || org.isTrustedClient(envelope.clientAddress);
}

Direction deriveDirection(const Envelope& envelope, const Organisation& org) {
  if (!isInternalSender(envelope, org)) return Direction::Inbound;
  bool anyExternal = std::any_of(envelope.recipients.begin(), envelope.recipients.end(),
                                 [&](const std::string& r) { return !org.isInternalAddress(r); });
  return anyExternal ? Direction::Outbound : Direction::Internal;
}

bool Organisation::mayUseAddress(std::string_view authUser, std::string_view fromAddress) const {
  std::string user = toLowerAscii(authUser);
  std::string from = toLowerAscii(fromAddress);
  if (user == from) return true;
  bool bareLogin = user.find('@') == std::string::npos;
  if (bareLogin && localPartOf(from) == user && isInternalAddress(from)) return true;
  auto it = sendAs.find(from);
  if (it == sendAs.end()) return false;
  return it->second.count(user) > 0 ||
         (bareLogin && std::any_of(it->second.begin(), it->second.end(),
                                   [&](const std::string& u) { return localPartOf(u) == user; }));
}

}  // namespace aup
