#include "engine/verdict.h"

#include <cstdio>

#include "engine/text_util.h"

namespace aup {

std::string SmtpReply::text() const {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

std::vector<const Reason*> Verdict::decisiveReasons() const {
  std::vector<const Reason*> out;
  for (const auto& r : reasons) {
    if (r.action == action) out.push_back(&r);
  }
  return out;
}

namespace {

std::string number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", value);
  return buf;
}

}  // namespace

std::string verdictToJson(const Verdict& verdict) {
  std::string out = "{\"action\":" + jsonString(toString(verdict.action)) + ",\"direction\":" +
                    jsonString(toString(verdict.direction)) + ",\"reasons\":[";
  for (std::size_t i = 0; i < verdict.reasons.size(); ++i) {
    const auto& r = verdict.reasons[i];
    const auto& f = r.finding;
    if (i) out += ",";
    out += "{\"policy\":" + jsonString(f.policy) + ",\"rule\":" + jsonString(f.rule) + ",\"evidence\":" + jsonString(f.evidence) +
           ",\"location\":" + jsonString(f.location) + ",\"description\":" + jsonString(f.description) +
           ",\"advice\":" + jsonString(f.advice) + ",\"confidence\":" + number(f.confidence) +
           ",\"action\":" + jsonString(toString(r.action)) + "}";
  }
  out += "],\"added_rcpts\":[";
  const auto& mods = verdict.modifications;
  for (std::size_t i = 0; i < mods.addRecipients.size(); ++i) out += (i ? "," : "") + jsonString(mods.addRecipients[i]);
  out += "],\"added_headers\":[";
  for (std::size_t i = 0; i < mods.addHeaders.size(); ++i) {
    out += std::string(i ? "," : "") + "{\"name\":" + jsonString(mods.addHeaders[i].name) +
           ",\"value\":" + jsonString(mods.addHeaders[i].value) + "}";
  }
  out += "],\"changed_headers\":[";
  for (std::size_t i = 0; i < mods.changeHeaders.size(); ++i) {
    const auto& c = mods.changeHeaders[i];
    out += std::string(i ? "," : "") + "{\"name\":" + jsonString(c.name) + ",\"index\":" + std::to_string(c.index) +
           ",\"value\":" + jsonString(c.value) + "}";
  }
  out += "],\"reply\":" + jsonString(verdict.reply.code.empty() ? "" : verdict.reply.code + " " +
                                 verdict.reply.enhancedCode + " " + verdict.reply.text());
  out += ",\"errors\":[";
  for (std::size_t i = 0; i < verdict.errors.size(); ++i) out += (i ? "," : "") + jsonString(verdict.errors[i]);
  out += "],\"timings_ms\":{";
  for (std::size_t i = 0; i < verdict.timings.size(); ++i) {
    out += (i ? "," : "") + jsonString(verdict.timings[i].policy) + ":" + number(verdict.timings[i].milliseconds);
  }
  out += "}}";
  return out;
}

}  // namespace aup
