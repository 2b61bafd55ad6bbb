#include "quarantine/outcome_report.h"

#include <spdlog/spdlog.h>

namespace aup {

namespace {

// How the trail and the audit log word an outcome: "approved", "denied", "closed (released)".
std::string outcomeWords(RequestOutcome outcome) {
  switch (outcome) {
    case RequestOutcome::Approved:
    case RequestOutcome::Denied: return std::string(toString(outcome));
    case RequestOutcome::Released:
    case RequestOutcome::Deleted: return "closed (" + std::string(toString(outcome)) + ")";
  }
  return std::string(toString(outcome));
}

}  // namespace

OutcomeNoticeResult OutcomeReporter::tell(const ReleaseRequest& request, const QuarantineRecord& record,
                                          const OutcomeAction& action) {
  if (notices_ == nullptr) return OutcomeNoticeResult::Disabled;
  const std::string to = outcomeRecipient(request, record);
  if (to.empty()) return OutcomeNoticeResult::NobodyToTell;
  const OutcomeNoticeResult result = notices_->enqueue({to, request.id, action.outcome, record.id, record.request.subject,
                                                        action.recipients, action.name, action.note, action.at});
  if (result != OutcomeNoticeResult::Queued) return result;
  const std::string detail = "told " + to + " that request " + std::to_string(request.id) + " was " + outcomeWords(action.outcome);
  try {
    store_.appendEvent({0, record.id, 0, action.actor, action.origin, "outcome-notice", "", detail, ""});
    if (audit_) audit_(action.actor, "outcome-notice", record.id, detail);
  } catch (const std::exception& e) {
    spdlog::error("quarantine {}: {}, but it could not be recorded: {}", record.id, detail, e.what());
  }
  return result;
}

void OutcomeReporter::reportClosed(const QuarantineRecord& record, const std::vector<ReleaseRequest>& closed,
                                   const OutcomeAction& action) {
  for (const auto& request : closed) {
    const std::string detail = "request " + std::to_string(request.id) + " by " + request.requestedBy + " closed: " +
                               std::string(toString(action.outcome)) + " directly";
    spdlog::info("quarantine {}: {} by {}", record.id, detail, action.actor);
    try {
      if (audit_) audit_(action.actor, "request-superseded", record.id, detail);
    } catch (const std::exception& e) {
      spdlog::error("quarantine {}: {}, but the audit log could not record it: {}", record.id, detail, e.what());
    }
    tell(request, record, action);
  }
}

}  // namespace aup
