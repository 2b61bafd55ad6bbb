#pragma once
// Held mail at the milter's edge: the durable quarantine store behind the executor's
// QuarantineStore, wired to the quarantine/ library. The decider stays unaware of SQLite.

#include <memory>
#include <optional>
#include <string>

#include "engine/message_view.h"
#include "milter/plan_executor.h"
#include "quarantine/quarantine_service.h"

namespace aup {

// DurableQuarantineStore - the executor's QuarantineStore backed by the SQLite store.
class DurableQuarantineStore : public QuarantineStore {
 public:
  explicit DurableQuarantineStore(std::unique_ptr<QuarantineService> service) : service_(std::move(service)) {}
  std::string hold(const MessageView& message, const Plan& plan) override;
  std::optional<ReleaseGrant> releaseGrant(const std::string& id) override;
  QuarantineBacklog backlog() { return service_->storage().backlog(); }

 private:
  std::unique_ptr<QuarantineService> service_;
};

}  // namespace aup
