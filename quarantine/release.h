#pragma once
// releaseMessage - an admin's release: re-inject the exact stored bytes over SMTP, then mark the
// row released. The re-injection target is a Postfix smtpd listener without milters (see
// docs/quarantine.md); with a release key the message also carries a signed X-AUP-Released header
// (release_token.h) in case it does pass through the milter again.

#include <cstdint>
#include <string>
#include <vector>

#include "quarantine/quarantine_storage.h"
#include "quarantine/smtp_client.h"

namespace aup {

struct ReleaseOptions {
  std::vector<std::string> to;  // empty = the original recipients
  std::string actor;
  std::string tokenKey;         // "" = no X-AUP-Released header
  std::int64_t now = 0;         // unix seconds, for the token
};

struct ReleaseOutcome {
  std::vector<std::string> recipients;
  std::uint64_t bytesSent = 0;
};

// Throws std::runtime_error (not found, deleted, file missing or altered) or SmtpSendError; the
// row changes only after the SMTP server accepted the message.
ReleaseOutcome releaseMessage(QuarantineStorage& storage, SmtpSender& sender, const std::string& id,
                              const ReleaseOptions& options);

// The bytes sent for a release: the stored message, preceded by the token header when a key is set.
std::string releasedBytes(const std::string& id, const std::string& stored, const std::string& key, std::int64_t now);

}  // namespace aup
