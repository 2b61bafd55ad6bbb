#pragma once
// MessageDecider - end of message at the milter's edge: gathers the inputs a decision depends on
// (clock, token key, the store's word on a release, notice counts), calls decide() (decision/),
// carries the plan out, then logs, audits and queues the notice.
// Never throws: any internal failure becomes a 451 4.7.1 and an audit line, never a silent accept.

#include <string_view>

#include "audit/audit_log.h"
#include "audit/syslog_sender.h"
#include "milter/held_mail.h"
#include "milter/milter_actions.h"
#include "milter/plan_executor.h"
#include "metrics/milter_metrics.h"
#include "milter/session.h"
#include "quarantine/notice_service.h"
#include "scanners/policy_snapshot.h"

namespace aup {

// What every connection shares; each member is thread-safe.
struct MilterServices {
  SnapshotHolder* snapshots = nullptr;
  AuditLog* audit = nullptr;
  QuarantineStore* quarantine = nullptr;  // null: held mail goes to the MTA's hold queue
  NoticeService* notices = nullptr;       // null: no staff notices
  std::string tokenKey;                   // "" = X-AUP-Released / X-AUP-Notice are never honoured
  SyslogSender* mailLog = nullptr;        // null: no decision lines in mail.log ([log] syslog = false)
  MilterMetrics* metrics = nullptr;       // null: not counted ([metrics] listen = "")
};

class MessageDecider {
 public:
  explicit MessageDecider(const MilterServices& services) : services_(services) {}

  // decide - decides on one finished message and carries out the plan through `actions`.
  Disposition decide(CollectedMessage message, MilterActions& actions) const;

  // failInternally - the message could not be collected or decided: 451 4.7.1, logged and audited.
  Disposition failInternally(const Envelope& envelope, std::string_view why, MilterActions& actions) const;

 private:
  // The state decide() depends on, read from the store and outbox for this message and verdict.
  DecisionInputs gatherInputs(const MessageView& view, const Verdict& verdict) const;
  const MilterServices& services_;
};

}  // namespace aup
