#include "quarantine/quarantine_service.h"

#include <spdlog/spdlog.h>

#include "quarantine/sqlite_quarantine_storage.h"

namespace aup {

std::unique_ptr<QuarantineService> QuarantineService::open(const QuarantineSettings& settings) {
  StoreOptions options;
  options.dir = settings.dir;
  options.group = settings.group;
  auto storage = std::make_shared<SqliteQuarantineStorage>(options);
  for (const auto& warning : storage->warnings()) spdlog::warn("quarantine: {}", warning);
  const ConsistencyReport& report = storage->openReport();
  for (const auto& id : report.recoveredOrphans) {
    spdlog::warn("quarantine: recovered message file {} without a record (crash before commit); held for review", id);
  }
  for (const auto& id : report.missingFiles) {
    spdlog::error("quarantine: record {} has no message file; flagged file_missing", id);
  }
  return std::make_unique<QuarantineService>(std::move(storage));
}

std::string QuarantineService::hold(const RawMessage& raw, const Plan& plan, std::string subject) {
  std::string id = storage_->put(makeHoldRequest(plan, std::move(subject)), raw);
  spdlog::info("{}: quarantined as {}", plan.reference, id);
  return id;
}

}  // namespace aup
