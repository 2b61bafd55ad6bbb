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
  std::string origin;           // from where, for the trail: "aupctl on gw1", "console 10.0.0.5"
  std::string reason;           // why, as the person gave it ("" when none)
};

struct ReleaseOutcome {
  std::vector<std::string> recipients;
  std::uint64_t bytesSent = 0;
  std::string mtaReply;         // the SMTP server's last reply ("" when unknown)
  // The release requests that were still waiting on the message, now superseded (the caller
  // audits them and tells their requesters: quarantine/outcome_notice.h); usually none.
  std::vector<ReleaseRequest> closedRequests;
};

// Throws std::runtime_error (not found, deleted, file missing or altered, no key) or SmtpSendError;
// the row is "releasing" while the SMTP server is asked, "released" after it accepted, and back to
// "held" if it refused. Each attempt that reached the server appends one event to the message's
// trail (release or release-failed, with the server's reply): the CLI and the console share it.
// A release that happened closes the message's waiting release requests in the same store
// transaction as the row becomes "released" (QuarantineStorage::recordDirectAction).
ReleaseOutcome releaseMessage(QuarantineStorage& storage, SmtpSender& sender, const std::string& id,
                              const ReleaseOptions& options);

// deleteMessage - an admin's delete: the row becomes "deleted", the file goes, the trail gets a
// delete event and the message's waiting release requests are superseded, in one store
// transaction; returns those requests. Throws std::runtime_error when there is no such message or
// it is already deleted.
std::vector<ReleaseRequest> deleteMessage(QuarantineStorage& storage, const std::string& id, const std::string& actor,
                                          const std::string& origin, const std::string& reason);

// The stored message with `changes` applied to its header block (added headers appended, the
// index-th occurrence of a changed header replaced or, when absent, added).
std::string withHeaderChanges(const std::string& stored, const Modifications& changes);

// The bytes sent for a release: the token header, then the message.
std::string releasedBytes(const std::string& id, const std::string& message, const std::vector<std::string>& recipients,
                          const std::string& key, std::int64_t now);

}  // namespace aup
