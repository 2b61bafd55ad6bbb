#pragma once
// releaseMessage - an admin's release: re-inject the stored message over SMTP with a signed
// X-AUP-Released token (decision/release_token.h), then mark the row released. The message goes
// back through the milter like any other mail; the token, bound to these recipients, this body
// and its meaning-bearing headers, and honoured only while the row says releasing/released, is
// what keeps it from being held again. No Postfix listener needs to skip the policy.
//
// A release to the original recipients also applies the changes the plan kept with the held
// message (the Headteacher's Cc and envelope copy, docs/headteacher-copy.md).

#include <cstdint>
#include <string>
#include <vector>

#include "quarantine/quarantine_storage.h"
#include "quarantine/smtp_client.h"

namespace aup {

struct ReleaseOptions {
  std::vector<std::string> to;  // empty = the original recipients (plus the held release changes)
  std::string actor;
  std::string tokenKey;         // the release key; required
  std::int64_t now = 0;         // unix seconds, for the token
};

struct ReleaseOutcome {
  std::vector<std::string> recipients;
  std::uint64_t bytesSent = 0;
};

// Throws std::runtime_error (not found, deleted, file missing or altered, no key) or SmtpSendError;
// the row is "releasing" while the SMTP server is asked, "released" after it accepted, and back to
// "held" if it refused.
ReleaseOutcome releaseMessage(QuarantineStorage& storage, SmtpSender& sender, const std::string& id,
                              const ReleaseOptions& options);

// The stored message with `changes` applied to its header block (added headers appended, the
// index-th occurrence of a changed header replaced or, when absent, added).
std::string withHeaderChanges(const std::string& stored, const Modifications& changes);

// The bytes sent for a release: the token header, then the message.
std::string releasedBytes(const std::string& id, const std::string& message, const std::vector<std::string>& recipients,
                          const std::string& key, std::int64_t now);

}  // namespace aup
