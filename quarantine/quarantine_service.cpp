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

std::string QuarantineService::hold(const RawMessage& raw, const Envelope& envelope, const Verdict& verdict) {
  HoldRequest request;
  try {
    request = makeHoldRequest(raw, envelope, verdict);
  } catch (const std::exception& e) {
    throw QuarantineWriteError(std::string("cannot read the message to hold: ") + e.what());
  }
  std::string id = storage_->put(request, raw);
  spdlog::info("{}: quarantined as {}", envelope.queueId.empty() ? "-" : envelope.queueId, id);
  return id;
}

}  // namespace aup
