#include "quarantine/release.h"

#include "quarantine/crypto.h"
#include "quarantine/quarantine_id.h"
#include "quarantine/release_token.h"

namespace aup {

std::string releasedBytes(const std::string& id, const std::string& stored, const std::string& key, std::int64_t now) {
  if (key.empty()) return stored;
  std::size_t firstNewline = stored.find('\n');
  const bool crlf = firstNewline != std::string::npos && firstNewline > 0 && stored[firstNewline - 1] == '\r';
  return std::string(kReleasedHeader) + ": " + signReleaseToken(id, stored, now, key) + (crlf ? "\r\n" : "\n") + stored;
}

ReleaseOutcome releaseMessage(QuarantineStorage& storage, SmtpSender& sender, const std::string& id,
                              const ReleaseOptions& options) {
  requireValidQuarantineId(id);
  auto record = storage.get(id);
  if (!record) throw std::runtime_error("no quarantined message with id " + id);
  if (record->state == QuarantineState::Deleted) throw std::runtime_error("message " + id + " was deleted");
  const std::string stored = storage.readMessage(id);
  if (sha256Hex(stored) != record->sha256) {
    throw std::runtime_error("message file of " + id + " does not match its recorded SHA-256; not released");
  }
  ReleaseOutcome outcome;
  outcome.recipients = options.to.empty() ? record->request.recipients : options.to;
  if (outcome.recipients.empty()) throw std::runtime_error("message " + id + " has no recipients; use --to");
  const std::string bytes = releasedBytes(id, stored, options.tokenKey, options.now);
  sender.send({record->request.mailFrom, outcome.recipients}, bytes);
  outcome.bytesSent = bytes.size();
  std::string detail = "released to ";
  for (std::size_t i = 0; i < outcome.recipients.size(); ++i) detail += (i ? ", " : "") + outcome.recipients[i];
  storage.setState(id, QuarantineState::Released, options.actor, detail);
  return outcome;
}

}  // namespace aup
