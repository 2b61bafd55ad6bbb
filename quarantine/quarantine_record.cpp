#include "quarantine/quarantine_record.h"

#include <fstream>

#include "engine/text_util.h"

namespace aup {

std::string_view toString(QuarantineState state) {
  switch (state) {
    case QuarantineState::Held: return "held";
    case QuarantineState::Released: return "released";
    case QuarantineState::Deleted: return "deleted";
  }
  return "held";
}

std::optional<QuarantineState> parseQuarantineState(std::string_view text) {
  for (auto s : {QuarantineState::Held, QuarantineState::Released, QuarantineState::Deleted}) {
    if (toString(s) == text) return s;
  }
  return std::nullopt;
}

namespace {

// The header block of a message: up to the first empty line (CRLF or LF), at most 1 MiB.
std::string headerBlockOf(const RawMessage& raw) {
  constexpr std::size_t kMaxHeaderBytes = 1u << 20;
  if (!raw.isSpooled()) return std::string(raw.memory().substr(0, kMaxHeaderBytes));
  std::ifstream in(raw.spoolPath(), std::ios::binary);
  std::string block(kMaxHeaderBytes, '\0');
  in.read(block.data(), static_cast<std::streamsize>(block.size()));
  block.resize(static_cast<std::size_t>(in.gcount()));
  return block;
}

}  // namespace

std::string headerValueOf(std::string_view message, std::string_view name) {
  std::size_t pos = 0;
  while (pos < message.size()) {
    std::size_t end = message.find('\n', pos);
    if (end == std::string_view::npos) end = message.size();
    std::string_view line = message.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;  // end of the header block
    std::size_t colon = line.find(':');
    if (colon != std::string_view::npos && equalsIgnoreCase(trim(line.substr(0, colon)), name)) {
      std::string value(trim(line.substr(colon + 1)));
      // Unfold continuation lines (starting with space or tab).
      std::size_t next = end + 1;
      while (next < message.size() && (message[next] == ' ' || message[next] == '\t')) {
        std::size_t e = message.find('\n', next);
        if (e == std::string_view::npos) e = message.size();
        std::string_view cont = message.substr(next, e - next);
        if (!cont.empty() && cont.back() == '\r') cont.remove_suffix(1);
        value += " " + std::string(trim(cont));
        next = e + 1;
      }
      return value;
    }
    pos = end + 1;
  }
  return "";
}

HoldRequest makeHoldRequest(const RawMessage& raw, const Envelope& envelope, const Verdict& verdict) {
  HoldRequest request;
  request.mailFrom = envelope.mailFrom;
  request.recipients = envelope.recipients;
  request.authUser = envelope.authUser.value_or("");
  request.clientAddress = envelope.clientAddress;
  request.clientName = envelope.clientName;
  request.queueId = envelope.queueId;
  request.direction = std::string(toString(verdict.direction));
  request.subject = headerValueOf(headerBlockOf(raw), "Subject");
  for (const auto& reason : verdict.reasons) {
    const Finding& f = reason.finding;
    request.reasons.push_back({f.policy, f.rule, std::string(toString(reason.action)), f.description, f.evidence,
                               f.location, f.advice});
  }
  return request;
}

std::string recordToJson(const QuarantineRecord& r) {
  const HoldRequest& q = r.request;
  std::string out = "{\"id\":" + jsonString(r.id) + ",\"received_at\":" + std::to_string(r.receivedAt) +
                    ",\"state\":" + jsonString(toString(r.state)) + ",\"mail_from\":" + jsonString(q.mailFrom) +
                    ",\"rcpts\":[";
  for (std::size_t i = 0; i < q.recipients.size(); ++i) out += (i ? "," : "") + jsonString(q.recipients[i]);
  out += "],\"auth_user\":" + jsonString(q.authUser) + ",\"client_address\":" + jsonString(q.clientAddress) +
         ",\"client_name\":" + jsonString(q.clientName) + ",\"queue_id\":" + jsonString(q.queueId) +
         ",\"direction\":" + jsonString(q.direction) + ",\"subject\":" + jsonString(q.subject) +
         ",\"size\":" + std::to_string(r.size) + ",\"sha256\":" + jsonString(r.sha256) +
         ",\"actor\":" + jsonString(r.actor) + ",\"acted_at\":" + std::to_string(r.actedAt) +
         ",\"action_detail\":" + jsonString(r.actionDetail) + ",\"file_missing\":" + (r.fileMissing ? "true" : "false") +
         ",\"reasons\":[";
  for (std::size_t i = 0; i < q.reasons.size(); ++i) {
    const HeldReason& h = q.reasons[i];
    out += std::string(i ? "," : "") + "{\"policy\":" + jsonString(h.policy) + ",\"rule\":" + jsonString(h.rule) +
           ",\"action\":" + jsonString(h.action) + ",\"description\":" + jsonString(h.description) +
           ",\"evidence\":" + jsonString(h.evidence) + ",\"location\":" + jsonString(h.location) +
           ",\"advice\":" + jsonString(h.advice) + "}";
  }
  return out + "]}";
}

}  // namespace aup
