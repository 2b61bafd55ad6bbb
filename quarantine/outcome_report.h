#pragma once
// OutcomeReporter - tells the requester of a release request what became of it, and records
// that it did. One place for the console's approve/deny and for every direct release or delete
// (console or `aupctl quarantine`), so all of them tell the same people the same way.
//
//   OutcomeReporter reporter(store, notices /* null = notices off */, audit);
//   auto outcome = releaseMessage(store, sender, id, options);
//   reporter.reportClosed(*record, outcome.closedRequests,
//                         {RequestOutcome::Released, "console:admin1", "admin1", origin, "", outcome.recipients, now});
//
// Who is told: outcomeRecipient() (quarantine/outcome_notice.h); a request made on someone's
// behalf tells nobody. A notice is queued once per request (the outbox's dedupe key), so a
// request is told once whatever happens to it afterwards. When one is queued, the message's trail
// and the audit log get "outcome-notice". Nothing here throws: the action it reports has happened
// already; a failure to record or tell is logged.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "quarantine/outcome_notice.h"
#include "quarantine/quarantine_storage.h"

namespace aup {

// The audit log's admin-action line (AuditLog::recordAdminAction): actor, action, quarantine id, detail.
using AdminAuditFn =
    std::function<void(const std::string& actor, const std::string& action, const std::string& id, const std::string& detail)>;

// Who did what to the message, as the requester is told it and the trail records it.
struct OutcomeAction {
  RequestOutcome outcome = RequestOutcome::Denied;
  std::string actor;                    // as in the trail: "console:dsl1", "jbloggs (via sudo)"
  std::string name;                     // as the requester reads it ({{reviewer}}): "dsl1", "jbloggs"
  std::string origin;                   // as in the trail: "console 10.0.0.5", "aupctl on gw1"
  std::string note;                     // the reviewer's words to the requester ("" = none)
  std::vector<std::string> recipients;  // delivered: whom it went to; otherwise: whom it was for
  std::int64_t at = 0;                  // unix seconds
};

class OutcomeReporter {
 public:
  // `notices` null: notices are off, nobody is told (the audit lines are still written).
  OutcomeReporter(QuarantineStorage& store, OutcomeNotices* notices, AdminAuditFn audit)
      : store_(store), notices_(notices), audit_(std::move(audit)) {}

  // tell - queues `action` as the outcome of `request` for its requester, when they can be told.
  OutcomeNoticeResult tell(const ReleaseRequest& request, const QuarantineRecord& record, const OutcomeAction& action);

  // reportClosed - after a direct release or delete superseded `closed` (its trail events are
  // already in the store): a "request-superseded" audit line for each, then tell() each requester.
  void reportClosed(const QuarantineRecord& record, const std::vector<ReleaseRequest>& closed,
                    const OutcomeAction& action);

 private:
  QuarantineStorage& store_;
  OutcomeNotices* notices_;
  AdminAuditFn audit_;
};

}  // namespace aup
