#pragma once
// Organisation - who "we" are: internal and learner domains, trusted networks, the Headteacher.
// Immutable once loaded; part of every policy snapshot.

#include <array>
#include <cstdint>
#include <map>
#include <set>
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
  // From address (lower case) -> SASL logins allowed to send as it (shared mailboxes, aliases);
  // [policy.anonymous] send_as. Read by the anonymous policy and by who-gets-a-notice.
  std::map<std::string, std::set<std::string>> sendAs;

  bool isInternalDomain(std::string_view domain) const;
  bool isLearnerDomain(std::string_view domain) const;
  bool isInternalAddress(std::string_view address) const { return isInternalDomain(domainOf(address)); }
  bool isTrustedClient(std::string_view clientAddress) const;
  // May SASL login `authUser` send as `fromAddress`? Its own address, its local part at one of our
  // domains (a login without a domain), or a send-as delegation.
  bool mayUseAddress(std::string_view authUser, std::string_view fromAddress) const;
};

// The sender is internal when it authenticated (SASL) or connects from a trusted network.
bool isInternalSender(const Envelope& envelope, const Organisation& org);
// inbound (external sender), outbound (internal sender, any external recipient) or internal.
Direction deriveDirection(const Envelope& envelope, const Organisation& org);

}  // namespace aup
