#pragma once
// QuarantineService - what the milter calls at end-of-message for a quarantine verdict.
//
//   auto service = QuarantineService::open(snapshot->settings.quarantine);   // once, at start
//   std::string id = service->hold(raw, plan, view.subject());               // per held message
//
// hold() returns only when the bytes and the metadata row are durable (fsync); it throws
// QuarantineWriteError on any failure, and the milter must then answer 451 4.7.1 so the client
// retries. Thread-safe: call it from every milter thread at once.

#include <memory>
#include <string>

#include "config/quarantine_settings.h"
#include "engine/envelope.h"
#include "engine/raw_message.h"
#include "decision/plan.h"
#include "quarantine/quarantine_storage.h"

namespace aup {

// How the PostgreSQL store of `settings` connects (reads the password file; throws when unusable).
struct PgStoreOptions;
enum class MigrationMode;
PgStoreOptions pgStoreOptions(const QuarantineSettings& settings, MigrationMode migration);

// The name recorded on the rows this gateway holds: [quarantine] gateway, else the host name.
std::string gatewayName(const QuarantineSettings& settings);

class QuarantineService {
 public:
  explicit QuarantineService(std::shared_ptr<QuarantineStorage> storage) : storage_(std::move(storage)) {}
  // Opens the store settings.backend names (SQLite under settings.dir, or the PostgreSQL database
  // of settings.dsn), applying schema steps that are safe at open; throws QuarantineWriteError if
  // it cannot.
  static std::unique_ptr<QuarantineService> open(const QuarantineSettings& settings);

  // Stores the message with every reason of the plan and its release changes; returns the new id.
  std::string hold(const RawMessage& raw, const Plan& plan, std::string subject);

  QuarantineStorage& storage() { return *storage_; }

 private:
  std::shared_ptr<QuarantineStorage> storage_;
};

}  // namespace aup
