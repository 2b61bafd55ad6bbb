#include "quarantine/release.h"

#include "decision/crypto.h"
#include "decision/quarantine_id.h"
#include "decision/release_token.h"
#include "engine/text_util.h"

namespace aup {

namespace {

std::string_view lineEndingOf(const std::string& message) {
  std::size_t firstNewline = message.find('\n');
  return firstNewline != std::string::npos && firstNewline > 0 && message[firstNewline - 1] == '\r' ? "\r\n" : "\n";
}

// Offset of the empty line that ends the header block (message size when there is none).
std::size_t headerBlockEnd(const std::string& message) {
  for (std::size_t pos = 0; pos < message.size();) {
    std::size_t end = message.find('\n', pos);
    if (end == std::string::npos) return message.size();
    if (end == pos || (end == pos + 1 && message[pos] == '\r')) return pos;
    pos = end + 1;
  }
  return message.size();
}

// Replaces the index-th occurrence of header `name` (with its folded lines); false when absent.
bool replaceHeader(std::string& message, const std::string& name, int index, const std::string& value,
                   std::string_view eol) {
  int seen = 0;
  std::size_t blockEnd = headerBlockEnd(message);
  for (std::size_t pos = 0; pos < blockEnd;) {
    std::size_t end = message.find('\n', pos);
    if (end == std::string::npos) return false;
    std::size_t colon = message.find(':', pos);
    bool starts = message[pos] != ' ' && message[pos] != '\t' && colon != std::string::npos && colon < end;
    if (starts && equalsIgnoreCase(trim(std::string_view(message).substr(pos, colon - pos)), name) && ++seen == index) {
      std::size_t next = end + 1;
      while (next < blockEnd && (message[next] == ' ' || message[next] == '\t')) next = message.find('\n', next) + 1;
      message.replace(pos, next - pos, name + ": " + value + std::string(eol));
      return true;
    }
    pos = end + 1;
  }
  return false;
}

}  // namespace

std::string withHeaderChanges(const std::string& stored, const Modifications& changes) {
  std::string out = stored;
  const std::string eol(lineEndingOf(stored));
  std::string added;
  for (const auto& change : changes.changeHeaders) {
    if (!replaceHeader(out, change.name, change.index, change.value, eol)) added += change.name + ": " + change.value + eol;
  }
  for (const auto& header : changes.addHeaders) added += header.name + ": " + header.value + eol;
  out.insert(headerBlockEnd(out), added);
  return out;
}

std::string releasedBytes(const std::string& id, const std::string& message, const std::vector<std::string>& recipients,
                          const std::string& key, std::int64_t now) {
  TokenSubject subject{recipients, headerFieldsOf(message), message};
  return std::string(kReleasedHeader) + ": " + signToken(TokenKind::Release, id, subject, now, key) +
         std::string(lineEndingOf(message)) + message;
}

ReleaseOutcome releaseMessage(QuarantineStorage& storage, SmtpSender& sender, const std::string& id,
                              const ReleaseOptions& options) {
  requireValidQuarantineId(id);
  if (options.tokenKey.empty()) throw std::runtime_error("no release key: the released message would be held again");
  auto record = storage.get(id);
  if (!record) throw std::runtime_error("no quarantined message with id " + id);
  if (record->state == QuarantineState::Deleted) throw std::runtime_error("message " + id + " was deleted");
  const std::string stored = storage.readMessage(id);
  if (sha256Hex(stored) != record->sha256) {
    throw std::runtime_error("message file of " + id + " does not match its recorded SHA-256; not released");
  }
  ReleaseOutcome outcome;
  std::string message = stored;
  if (options.to.empty()) {
    outcome.recipients = record->request.recipients;
    const Modifications& extra = record->request.onRelease;
    for (const auto& r : extra.addRecipients) {
      bool present = false;
      for (const auto& existing : outcome.recipients) present = present || equalsIgnoreCase(existing, r);
      if (!present) outcome.recipients.push_back(r);
    }
    message = withHeaderChanges(stored, extra);
  } else {
    outcome.recipients = options.to;
  }
  if (outcome.recipients.empty()) throw std::runtime_error("message " + id + " has no recipients; use --to");
  const std::string bytes = releasedBytes(id, message, outcome.recipients, options.tokenKey, options.now);
  std::string detail = "released to ";
  for (std::size_t i = 0; i < outcome.recipients.size(); ++i) detail += (i ? ", " : "") + outcome.recipients[i];
  if (record->state == QuarantineState::Releasing) {
    throw std::runtime_error("message " + id + " is being released by " + record->actor + " (" + record->actionDetail + ")");
  }
  // The milter honours the token only while the row says releasing or released. Guarded on the
  // state read above: of two releases started at once, on one gateway or two, one goes ahead.
  if (!storage.transitionState(id, record->state, QuarantineState::Releasing, options.actor, detail)) {
    throw std::runtime_error("message " + id + " was changed by someone else meanwhile (another release?); not released");
  }
  QuarantineEvent event{0, id, 0, options.actor, options.origin, "release", options.reason, detail, ""};
  try {
    sender.send({record->request.mailFrom, outcome.recipients}, bytes);
  } catch (const std::exception& e) {
    storage.transitionState(id, QuarantineState::Releasing, record->state, options.actor,
                            std::string("release failed: ") + e.what());
    event.action = "release-failed";
    event.detail = detail + ": " + e.what();
    event.mtaReply = sender.lastReply();
    storage.appendEvent(event);
    throw;
  }
  outcome.bytesSent = bytes.size();
  outcome.mtaReply = sender.lastReply();
  event.mtaReply = outcome.mtaReply;
  // The row, the trail and the requests still waiting on this message change together.
  outcome.closedRequests = storage.recordDirectAction(QuarantineState::Released, event);
  return outcome;
}

std::vector<ReleaseRequest> deleteMessage(QuarantineStorage& storage, const std::string& id, const std::string& actor,
                                          const std::string& origin, const std::string& reason) {
  requireValidQuarantineId(id);
  auto record = storage.get(id);
  if (!record) throw std::runtime_error("no quarantined message with id " + id);
  if (record->state == QuarantineState::Deleted) throw std::runtime_error("message " + id + " is already deleted");
  return storage.recordDirectAction(QuarantineState::Deleted, {0, id, 0, actor, origin, "delete", reason, "deleted", ""});
}

}  // namespace aup
