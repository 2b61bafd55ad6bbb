#include "audit/mail_log_line.h"

namespace aup {

namespace {

using nlohmann::json;

std::string text(const json& record, const char* key) {
  auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Spaces would split a key=value field, control characters a line.
std::string field(std::string_view value) {
  std::string out;
  for (char c : value) out += (static_cast<unsigned char>(c) <= 32 || c == 127) ? '?' : c;
  return out;
}

// Free text at the end of the line: only control characters are replaced.
std::string freeText(std::string_view value) {
  std::string out;
  for (char c : value) out += (static_cast<unsigned char>(c) < 32 || c == 127) ? '?' : c;
  return out;
}

// "<a>,<b>" from a JSON array of addresses; cut with ",+N" once the line would grow past `budget`.
std::string addressList(const json& addresses, std::size_t budget) {
  std::string out;
  std::size_t listed = 0;
  if (!addresses.is_array()) return "<>";
  for (const auto& a : addresses) {
    std::string next = "<" + field(a.is_string() ? a.get<std::string>() : std::string()) + ">";
    if (listed > 0 && out.size() + next.size() + 1 > budget) break;
    out += (listed ? "," : "") + next;
    ++listed;
  }
  if (listed < addresses.size()) out += ",+" + std::to_string(addresses.size() - listed);
  return out.empty() ? "<>" : out;
}

}  // namespace

std::string mailLogLine(const json& record) {
  std::string queueId = text(record, "queue_id");
  std::string action = text(record, "action");
  std::string line = field(queueId.empty() ? "NOQUEUE" : queueId) + ": " + field(action) + ":";
  if (action == "accept") line += " action=accept";
  // The reasons that made the decision: those asking for the final action.
  std::string policies, rules;
  if (record.contains("reasons") && record["reasons"].is_array()) {
    for (const auto& r : record["reasons"]) {
      if (text(r, "action") != action) continue;
      policies += (policies.empty() ? "" : ",") + field(text(r, "policy"));
      rules += (rules.empty() ? "" : ",") + field(text(r, "rule"));
    }
  }
  if (!policies.empty()) line += " policy=" + policies + " rule=" + rules;
  line += " from=<" + field(text(record, "mail_from")) + ">";
  std::string tail = " direction=" + field(text(record, "direction"));
  if (auto id = text(record, "quarantine_id"); !id.empty()) tail += " quarantine_id=" + field(id);
  std::size_t budget = kMailLogLineMax > line.size() + tail.size() + 64 ? kMailLogLineMax - line.size() - tail.size() - 64 : 64;
  line += " to=" + addressList(record.value("rcpts", json::array()), budget);
  line += tail;
  if (auto added = record.find("added_rcpts"); added != record.end() && added->is_array() && !added->empty()) {
    line += " added=" + addressList(*added, 256);
  }
  if (action == "tempfail" && record.contains("errors") && record["errors"].is_array() && !record["errors"].empty()) {
    const auto& first = record["errors"][0];
    std::string error = first.is_string() ? first.get<std::string>() : std::string();
    if (error.size() > 200) error = error.substr(0, 200) + "...";
    line += " error=" + freeText(error);  // last: may contain spaces
  }
  return line;
}

}  // namespace aup
