#include "milter/plan_executor.h"

#include <exception>

namespace aup {

namespace {

ExecutionResult failed(const Plan& plan, MilterActions& actions, std::string why) {
  setFailureReply(plan.failureReply, actions);
  return {Disposition::Tempfail, "", std::move(why)};
}

// Header removals, then changes, recipients and additions, in the order the plan lists them.
std::string applyModifications(const MtaPlan& mta, MilterActions& actions) {
  for (const auto& removal : mta.removeHeaders) {
    if (!actions.changeHeader(removal.name, removal.index, "")) return "the MTA refused to remove header " + removal.name;
  }
  const Modifications& mods = mta.modifications;
  for (const auto& rcpt : mods.addRecipients) {
    if (!actions.addRecipient(rcpt)) return "the MTA refused to add recipient " + rcpt;
  }
  for (const auto& change : mods.changeHeaders) {
    if (!actions.changeHeader(change.name, change.index, change.value)) return "the MTA refused to change header " + change.name;
  }
  for (const auto& header : mods.addHeaders) {
    if (!actions.addHeader(header.name, header.value)) return "the MTA refused to add header " + header.name;
  }
  return {};
}

}  // namespace

void setFailureReply(const SmtpReply& reply, MilterActions& actions) {
  actions.setReply(reply.code, reply.enhancedCode, reply.lines);
}

ExecutionResult executePlan(const Plan& plan, const MessageView& message, QuarantineStore* store,
                            MilterActions& actions) {
  const MtaPlan& mta = plan.mta;
  try {
    switch (mta.disposition) {
      case Disposition::Reject:
      case Disposition::Tempfail:
        if (!actions.setReply(mta.reply.code, mta.reply.enhancedCode, mta.reply.lines)) {
          return failed(plan, actions, "the MTA refused the reply");
        }
        return {mta.disposition, "", ""};
      case Disposition::Discard:
        // The store keeps the exact message durably before we answer; the MTA's copy is dropped,
        // so there is one copy to release.
        if (store == nullptr) return failed(plan, actions, "the plan holds the message but no store is open");
        try {
          return {Disposition::Discard, store->hold(message, plan), ""};
        } catch (const std::exception& e) {
          return failed(plan, actions, std::string("the quarantine store failed: ") + e.what());
        }
      case Disposition::Accept:
      case Disposition::MtaHold:
        if (auto problem = applyModifications(mta, actions); !problem.empty()) return failed(plan, actions, problem);
        // XXX Postfix drops the smfi_quarantine reason text: the X-AUP-Quarantine header and the audit keep it.
        if (mta.disposition == Disposition::MtaHold && !actions.quarantine(mta.holdReason)) {
          return failed(plan, actions, "the MTA refused to quarantine");
        }
        return {mta.disposition, "", ""};
    }
  } catch (const std::exception& e) {
    return failed(plan, actions, std::string("carrying out the plan failed: ") + e.what());
  }
  return failed(plan, actions, "unknown disposition");
}

}  // namespace aup
