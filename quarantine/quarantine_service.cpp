#include "quarantine/quarantine_service.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include "quarantine/pg_quarantine_storage.h"
#include "quarantine/sqlite_quarantine_storage.h"

namespace aup {

std::string gatewayName(const QuarantineSettings& settings) {
  if (!settings.gateway.empty()) return settings.gateway;
  char host[256] = {};
  if (::gethostname(host, sizeof host - 1) != 0 || host[0] == '\0') return "localhost";
  return host;
}

PgStoreOptions pgStoreOptions(const QuarantineSettings& settings, MigrationMode migration) {
  PgStoreOptions options;
  options.connection.dsn = settings.dsn;
  options.connection.password = readPasswordFile(settings.passwordFile.string());
  options.connection.timeout = std::chrono::seconds(settings.dbTimeoutSeconds);
  options.connections = static_cast<std::size_t>(settings.dbConnections);
  options.gateway = gatewayName(settings);
  options.migration = migration;
  return options;
}

namespace {

std::shared_ptr<QuarantineStorage> openSqlite(const QuarantineSettings& settings) {
  StoreOptions options;
  options.dir = settings.dir;
  options.group = settings.group;
  options.gateway = gatewayName(settings);
  auto storage = std::make_shared<SqliteQuarantineStorage>(options);
  for (const auto& warning : storage->warnings()) spdlog::warn("quarantine: {}", warning);
  const ConsistencyReport& report = storage->openReport();
  for (const auto& id : report.recoveredOrphans) {
    spdlog::warn("quarantine: recovered message file {} without a record (crash before commit); held for review", id);
  }
  for (const auto& id : report.missingFiles) {
    spdlog::error("quarantine: record {} has no message file; flagged file_missing", id);
  }
  return storage;
}

}  // namespace

std::unique_ptr<QuarantineService> QuarantineService::open(const QuarantineSettings& settings) {
  if (settings.backend == QuarantineBackend::Sqlite) return std::make_unique<QuarantineService>(openSqlite(settings));
  std::shared_ptr<QuarantineStorage> storage;
  try {
    storage = std::make_shared<PgQuarantineStorage>(pgStoreOptions(settings, MigrationMode::AtOpen));
  } catch (const QuarantineWriteError&) {
    throw;
  } catch (const std::exception& e) {
    throw QuarantineWriteError(e.what());
  }
  return std::make_unique<QuarantineService>(std::move(storage));
}

std::string QuarantineService::hold(const RawMessage& raw, const Plan& plan, std::string subject) {
  HoldRequest request = makeHoldRequest(plan, std::move(subject));
  request.idempotencyKey = holdIdempotencyKey(request, raw.readAll());
  std::string id = storage_->put(request, raw);
  spdlog::info("{}: quarantined as {}", plan.reference, id);
  return id;
}

}  // namespace aup
