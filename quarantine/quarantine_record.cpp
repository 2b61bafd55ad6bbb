#include "quarantine/quarantine_record.h"

#include "decision/plan_json.h"

#include <fstream>

#include "decision/crypto.h"
#include "engine/text_util.h"

namespace aup {

std::string_view toString(QuarantineState state) {
  switch (state) {
    case QuarantineState::Held: return "held";
    case QuarantineState::Releasing: return "releasing";
    case QuarantineState::Released: return "released";
    case QuarantineState::Deleted: return "deleted";
  }
  return "held";
}

std::optional<QuarantineState> parseQuarantineState(std::string_view text) {
  for (auto s : {QuarantineState::Held, QuarantineState::Releasing, QuarantineState::Released, QuarantineState::Deleted}) {
    if (toString(s) == text) return s;
  }
  return std::nullopt;
}

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

HoldRequest makeHoldRequest(const Plan& plan, std::string subject) {
  const Envelope& envelope = plan.envelope;
  HoldRequest request;
  request.mailFrom = envelope.mailFrom;
  request.recipients = envelope.recipients;
  request.authUser = envelope.authUser.value_or("");
  request.clientAddress = envelope.clientAddress;
  request.clientName = envelope.clientName;
  request.queueId = envelope.queueId;
  request.direction = std::string(toString(plan.verdict.direction));
  request.subject = std::move(subject);
  for (const auto& reason : plan.verdict.reasons) {
    const Finding& f = reason.finding;
    request.reasons.push_back({f.policy, f.rule, std::string(toString(reason.action)), f.description, f.evidence,
                               f.location, f.advice});
  }
  if (plan.hold) request.onRelease = plan.hold->onRelease;
  return request;
}

std::string modificationsToText(const Modifications& modifications) {
  return modifications.empty() ? std::string() : toJson(modifications).dump();
}

Modifications modificationsFromText(const std::string& text) {
  Modifications m;
  if (text.empty()) return m;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return m;
  for (const auto& r : j.value("added_rcpts", nlohmann::json::array())) {
    if (r.is_string()) m.addRecipients.push_back(r.get<std::string>());
  }
  for (const auto& h : j.value("added_headers", nlohmann::json::array())) {
    m.addHeaders.push_back({h.value("name", ""), h.value("value", "")});
  }
  for (const auto& c : j.value("changed_headers", nlohmann::json::array())) {
    m.changeHeaders.push_back({c.value("name", ""), c.value("index", 1), c.value("value", "")});
  }
  return m;
}

std::string holdIdempotencyKey(const HoldRequest& request, std::string_view message) {
  const std::string messageId(trim(headerValueOf(message, "Message-ID")));
  if (messageId.empty()) return {};
  std::size_t crlf = message.find("\r\n\r\n");
  std::size_t lf = message.find("\n\n");
  std::size_t bodyStart = message.size();
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf + 2 <= lf)) {
    bodyStart = crlf + 4;
  } else if (lf != std::string_view::npos) {
    bodyStart = lf + 2;
  }
  std::string material = "aup-hold-v1\n" + messageId + "\n" + request.mailFrom + "\n";
  for (const auto& rcpt : request.recipients) material += rcpt + "\n";
  material += sha256Hex(message.substr(bodyStart));
  return sha256Hex(material);
}

std::string recordToJson(const QuarantineRecord& r) {
  const HoldRequest& q = r.request;
  nlohmann::json reasons = nlohmann::json::array();
  for (const HeldReason& h : q.reasons) {
    reasons.push_back({{"policy", h.policy}, {"rule", h.rule}, {"action", h.action}, {"description", h.description},
                       {"evidence", h.evidence}, {"location", h.location}, {"advice", h.advice}});
  }
  nlohmann::json out = {{"id", r.id},
                        {"received_at", r.receivedAt},
                        {"state", toString(r.state)},
                        {"mail_from", q.mailFrom},
                        {"rcpts", q.recipients},
                        {"auth_user", q.authUser},
                        {"client_address", q.clientAddress},
                        {"client_name", q.clientName},
                        {"queue_id", q.queueId},
                        {"direction", q.direction},
                        {"subject", q.subject},
                        {"size", r.size},
                        {"sha256", r.sha256},
                        {"actor", r.actor},
                        {"acted_at", r.actedAt},
                        {"action_detail", r.actionDetail},
                        {"file_missing", r.fileMissing},
                        {"gateway", r.gateway},
                        {"reasons", reasons},
                        {"on_release", toJson(q.onRelease)}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string joinStoredList(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "\n") + item;
  return out;
}

std::vector<std::string> splitStoredList(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace aup
