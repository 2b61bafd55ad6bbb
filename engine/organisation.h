#pragma once
// Organisation - who "we" are: internal and learner domains, trusted networks, the Headteacher.
// Immutable once loaded; part of every policy snapshot.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/action.h"
#include "engine/envelope.h"

namespace aup {

// An IPv4 or IPv6 network in CIDR form ("10.0.0.0/8", "::1/128"); IPv4 is held as v4-mapped IPv6.
class Network {
 public:
  // Returns nullopt when the text is not a CIDR or address.
  static std::optional<Network> parse(std::string_view cidr);
  bool contains(std::string_view address) const;
  const std::string& text() const { return text_; }

 private:
  std::array<std::uint8_t, 16> bytes_{};
  int prefixBits_ = 0;
  std::string text_;
};

// Parses an IPv4 or IPv6 literal (optionally "[...]" or "IPv6:" prefixed) into v4-mapped IPv6 bytes.
std::optional<std::array<std::uint8_t, 16>> parseIpAddress(std::string_view text);

struct Organisation {
  std::string name = "the organisation";           // shown in replies and notices
  std::vector<std::string> internalDomains;         // lower case; subdomains count as internal too
  std::vector<std::string> learnerDomains;          // lower case; learners are internal users
  std::vector<Network> trustedNetworks;
  std::string headteacher;                          // address, lower case, "" when not configured
  std::string postmaster;                           // contact named in replies

  bool isInternalDomain(std::string_view domain) const;
  bool isLearnerDomain(std::string_view domain) const;
  bool isInternalAddress(std::string_view address) const { return isInternalDomain(domainOf(address)); }
  bool isTrustedClient(std::string_view clientAddress) const;
};

// The sender is internal when it authenticated (SASL) or connects from a trusted network.
bool isInternalSender(const Envelope& envelope, const Organisation& org);
// inbound (external sender), outbound (internal sender, any external recipient) or internal.
Direction deriveDirection(const Envelope& envelope, const Organisation& org);

}  // namespace aup
