#include "milter/verdict_applier.h"

#include <exception>

namespace aup {

namespace {

constexpr std::size_t kMaxReplyLines = 32;  // smfi_setmlreply accepts at most 32 lines

// "anonymous/missing-from, chain-letter/forward-request" for the reasons that decided the action.
std::string decisivePolicies(const Verdict& verdict) {
  std::string out;
  for (const auto* r : verdict.decisiveReasons()) {
    if (!out.empty()) out += ", ";
    out += r->finding.policy + "/" + r->finding.rule;
  }
  return out;
}

ApplyResult failed(MilterActions& actions, std::string why) {
  setInternalErrorReply(actions);
  return {Disposition::Tempfail, "", std::move(why)};
}

// Sets the verdict's own reply, or a generic one when the engine composed none.
bool setVerdictReply(const Verdict& verdict, const char* code, const char* enhanced, const char* fallback,
                     MilterActions& actions) {
  auto lines = replyLinesForMta(verdict.reply.lines);
  if (lines.empty()) lines.push_back(fallback);
  const std::string& c = verdict.reply.code.empty() ? std::string(code) : verdict.reply.code;
  const std::string& e = verdict.reply.enhancedCode.empty() ? std::string(enhanced) : verdict.reply.enhancedCode;
  // A reply whose class contradicts the action would be ignored by libmilter; force the class.
  if (c.empty() || c[0] != code[0]) return actions.setReply(code, enhanced, lines);
  return actions.setReply(c, e, lines);
}

}  // namespace

std::string escapeReplyLine(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (char c : line) {
    if (c == '%') {
      out += "%%";
    } else if (c == '\r' || c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> replyLinesForMta(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines) {
    if (line.empty()) continue;
    if (out.size() == kMaxReplyLines) break;
    out.push_back(escapeReplyLine(line));
  }
  return out;
}

void setInternalErrorReply(MilterActions& actions) {
  actions.setReply("451", "4.7.1",
                   {"The message could not be checked against the acceptable-use policy right now.",
                    "It has not been accepted; please try again later."});
}

std::string verdictHeaderValue(const Verdict& verdict) {
  std::string out = std::string(toString(verdict.action)) + "; direction=" + std::string(toString(verdict.direction));
  std::string noted;
  for (const auto& r : verdict.reasons) {
    if (!noted.empty()) noted += ",";
    noted += r.finding.policy + "/" + r.finding.rule;
  }
  if (!noted.empty()) out += "; noted=" + noted;
  return out;
}

ApplyResult VerdictApplier::apply(const Verdict& verdict, const MessageView& message, MilterActions& actions) const {
  try {
    switch (verdict.action) {
      case Action::Accept:
        return accept(verdict, actions);
      case Action::Quarantine:
        return hold(verdict, message, actions);
      case Action::Reject:
        if (!setVerdictReply(verdict, "550", "5.7.1", "Message refused by the acceptable-use policy.", actions)) {
          return failed(actions, "the MTA refused the reject reply");
        }
        return {Disposition::Reject, "", ""};
      case Action::Tempfail:
        if (!setVerdictReply(verdict, "451", "4.7.1", "Please try again later.", actions)) {
          return failed(actions, "the MTA refused the tempfail reply");
        }
        return {Disposition::Tempfail, "", ""};
    }
  } catch (const std::exception& e) {
    return failed(actions, std::string("applying the verdict failed: ") + e.what());
  }
  return failed(actions, "unknown action");
}

ApplyResult VerdictApplier::accept(const Verdict& verdict, MilterActions& actions) const {
  const Modifications& mods = verdict.modifications;
  for (const auto& rcpt : mods.addRecipients) {
    if (!actions.addRecipient(rcpt)) return failed(actions, "the MTA refused to add recipient " + rcpt);
  }
  for (const auto& change : mods.changeHeaders) {
    if (!actions.changeHeader(change.name, change.index, change.value)) {
      return failed(actions, "the MTA refused to change header " + change.name);
    }
  }
  for (const auto& header : mods.addHeaders) {
    if (!actions.addHeader(header.name, header.value)) return failed(actions, "the MTA refused to add header " + header.name);
  }
  if (settings_.addVerdictHeader && !actions.addHeader(settings_.verdictHeaderName, verdictHeaderValue(verdict))) {
    return failed(actions, "the MTA refused to add the verdict header");
  }
  return {Disposition::Accept, "", ""};
}

// Quarantine with a store: the store keeps the exact message (durably, before we answer) and the
// MTA's copy is discarded, so there is one copy to release. Without a store the MTA holds it.
// XXX Postfix drops the smfi_quarantine reason text, so the reason also goes into a header and the audit log.
ApplyResult VerdictApplier::hold(const Verdict& verdict, const MessageView& message, MilterActions& actions) const {
  std::string reasons = decisivePolicies(verdict);
  if (reasons.empty()) reasons = "policy";
  if (store_ != nullptr) {
    try {
      return {Disposition::Discard, store_->hold(message.raw(), message.envelope(), verdict), ""};
    } catch (const std::exception& e) {
      return failed(actions, std::string("the quarantine store failed: ") + e.what());
    }
  }
  if (!actions.addHeader("X-AUP-Quarantine", reasons)) return failed(actions, "the MTA refused the quarantine header");
  if (settings_.addVerdictHeader && !actions.addHeader(settings_.verdictHeaderName, verdictHeaderValue(verdict))) {
    return failed(actions, "the MTA refused to add the verdict header");
  }
  if (!actions.quarantine("aup-milter: " + reasons)) return failed(actions, "the MTA refused to quarantine");
  return {Disposition::Accept, "", ""};
}

}  // namespace aup
