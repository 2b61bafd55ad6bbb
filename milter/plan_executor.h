#pragma once
// executePlan - carries out the MTA part of a Plan (decision/plan.h): the reply, header removals
// and additions, added recipients, and the hold (durable store, or Postfix's hold queue). The only
// place where a decision becomes an effect on the message; it decides nothing itself.

#include <optional>
#include <string>

#include "decision/plan.h"
#include "decision/release_token.h"
#include "engine/message_view.h"
#include "milter/milter_actions.h"

namespace aup {

// QuarantineStore - keeps a reviewable copy of a held message (implemented over quarantine/).
class QuarantineStore {
 public:
  virtual ~QuarantineStore() = default;
  // Stores the message with the plan's reasons and release changes; returns its quarantine id.
  // Throws std::runtime_error when it cannot (the message is then tempfailed).
  virtual std::string hold(const MessageView& message, const Plan& plan) = 0;
  // The store's word on a release token's id (nullopt: no such row). Throws when unreadable.
  virtual std::optional<ReleaseGrant> releaseGrant(const std::string& id) = 0;
};

struct ExecutionResult {
  Disposition disposition = Disposition::Tempfail;
  std::string quarantineId;  // set when the store kept the message
  std::string failure;       // why an effect failed ("" when the whole plan was carried out)
};

// Never throws; an effect the MTA or the store refuses turns into the plan's failure reply (451).
ExecutionResult executePlan(const Plan& plan, const MessageView& message, QuarantineStore* store,
                            MilterActions& actions);

// Sets a 451 reply (the plan's failureReply, or internalErrorReply for a message never decided).
void setFailureReply(const SmtpReply& reply, MilterActions& actions);

}  // namespace aup
