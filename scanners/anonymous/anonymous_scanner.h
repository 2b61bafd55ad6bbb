#pragma once
// anonymous - blocks messages with no identifiable sender (ITEC e-safety policy, section 6:
// "no anonymous messages"). Rules: missing-from, no-address, duplicate-from, anonymous-name,
// sender-mismatch, anonymous-domain, remailer, null-sender.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/scanner.h"
#include "scanners/scanner_factory.h"

namespace aup {

struct AnonymousSettings {
  std::set<std::string> anonymousDomains;  // lower case; subdomains match too
  std::vector<std::string> anonymousNames; // whole display names / name tokens that hide a sender
};

class AnonymousScanner final : public Scanner {
 public:
  explicit AnonymousScanner(AnonymousSettings settings) : settings_(std::move(settings)) {}
  std::string_view policyId() const override { return "anonymous"; }
  ScanOutcome scan(const MessageView& message, const ScanContext& context) const override;

 private:
  void checkFromHeader(const MessageView& message, std::vector<Finding>& out) const;
  void checkAuthenticatedIdentity(const MessageView& message, const ScanContext& context,
                                  std::vector<Finding>& out) const;
  void checkDomains(const MessageView& message, std::vector<Finding>& out) const;
  void checkRemailer(const MessageView& message, std::vector<Finding>& out) const;
  void checkNullSender(const MessageView& message, std::vector<Finding>& out) const;
  bool isAnonymousName(std::string_view displayName) const;
  bool isAnonymousLocalPart(std::string_view localPart) const;
  bool isAnonymousDomain(std::string_view domain) const;

  AnonymousSettings settings_;
};

// Reads [policy.anonymous] send_as / anonymous_names and the [organisation] anonymous_domains file.
ScannerFactory anonymousScannerFactory();

// Parses the text of a domain list file (one per line, '#' comments); bad lines are reported to
// the reader against `file`.
std::set<std::string> parseDomainList(std::string_view text, const std::filesystem::path& file, ConfigReader& reader);

}  // namespace aup
