#include "milter/held_mail.h"

namespace aup {

std::string DurableQuarantineStore::hold(const MessageView& message, const Plan& plan) {
  return service_->hold(message.raw(), plan, message.subject());  // the decoded subject, for list/show
}

std::optional<ReleaseGrant> DurableQuarantineStore::releaseGrant(const std::string& id) {
  auto record = service_->storage().get(id);
  if (!record) return std::nullopt;
  bool released = record->state == QuarantineState::Releasing || record->state == QuarantineState::Released;
  return ReleaseGrant{released};
}

}  // namespace aup
