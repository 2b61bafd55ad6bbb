#pragma once
// Held mail at the milter's edge: the durable quarantine store, the X-AUP-Released check and the
// staff notices, wired to the quarantine/ library. The decider stays unaware of SQLite and SMTP.

#include <memory>
#include <optional>
#include <string>

#include "engine/message_view.h"
#include "milter/verdict_applier.h"
#include "quarantine/quarantine_service.h"
#include "quarantine/release_token.h"

namespace aup {

// DurableQuarantineStore - the VerdictApplier's QuarantineStore backed by the SQLite store.
class DurableQuarantineStore : public QuarantineStore {
 public:
  explicit DurableQuarantineStore(std::unique_ptr<QuarantineService> service) : service_(std::move(service)) {}
  std::string hold(const RawMessage& raw, const Envelope& envelope, const Verdict& verdict) override {
    return service_->hold(raw, envelope, verdict);
  }

 private:
  std::unique_ptr<QuarantineService> service_;
};

// ReleaseTokenVerifier - recognises mail an admin released from quarantine, so it is not held again.
class ReleaseTokenVerifier {
 public:
  // key "" = no tokens are issued, so none is ever honoured.
  explicit ReleaseTokenVerifier(std::string key) : key_(std::move(key)) {}

  // The check of the message's X-AUP-Released header; nullopt when the header is absent or no key
  // is configured. Only ReleaseTokenCheck::Valid may change a verdict.
  std::optional<ReleaseTokenCheck> check(const MessageView& message) const;

 private:
  std::string key_;
};

}  // namespace aup
