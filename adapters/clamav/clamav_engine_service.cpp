#include "adapters/clamav/clamav_engine_service.h"

#include <clamav.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstring>

namespace aup {

namespace {

// Starts watching `dir`; returns nullptr (and logs) when libclamav cannot stat it.
cl_stat* newDirStat(const std::filesystem::path& dir) {
  auto* st = new cl_stat;
  std::memset(st, 0, sizeof *st);
  if (cl_statinidir(dir.c_str(), st) != CL_SUCCESS) {
    spdlog::warn("clamav: cannot watch {} for database changes", dir.string());
    delete st;
    return nullptr;
  }
  return st;
}

void freeDirStat(cl_stat* st) {
  if (!st) return;
  cl_statfree(st);
  delete st;
}

}  // namespace

ClamavEngineService::ClamavEngineService(ClamavEngineSettings settings, std::int64_t reloadCheckSeconds)
    : settings_(std::move(settings)),
      reloadCheckSeconds_(reloadCheckSeconds),
      worker_("clamav database watcher", [this] {
        checkForUpdates();
        return std::chrono::milliseconds(std::chrono::seconds(reloadCheckSeconds_));
      }) {
  // Stat first: a file freshclam replaces while we compile is then seen as a change next time.
  stat_ = newDirStat(settings_.databaseDir);
  unsigned count = 0;
  try {
    engine_ = loadClamavEngine(settings_, &count);
  } catch (...) {
    freeDirStat(stat_);
    throw;
  }
  signatures_ = count;
  spdlog::info("clamav: loaded {} signatures from {}", count, settings_.databaseDir.string());
}

ClamavEnginePtr ClamavEngineService::currentEngine() const {
  std::lock_guard lock(engineMutex_);
  return engine_;
}

void ClamavEngineService::startWatcher() {
  if (reloadCheckSeconds_ > 0) worker_.start(std::chrono::seconds(reloadCheckSeconds_));
}

ClamavEngineService::~ClamavEngineService() {
  worker_.stop();
  freeDirStat(stat_);
}

VirusDatabaseInfo ClamavEngineService::databaseInfo() const {
  ClamavEnginePtr engine = currentEngine();
  VirusDatabaseInfo info;
  info.engine = "embedded:" + settings_.databaseDir.string();
  info.signatures = signatures_.load();
  if (engine) {
    int err = 0;
    long long version = cl_engine_get_num(engine.get(), CL_ENGINE_DB_VERSION, &err);
    if (err == CL_SUCCESS) info.version = version;
    long long built = cl_engine_get_num(engine.get(), CL_ENGINE_DB_TIME, &err);
    if (err == CL_SUCCESS) info.builtAt = built;
  }
  return info;
}

ClamavServiceCounters ClamavEngineService::counters() const {
  std::lock_guard lock(mutex_);
  return counters_;
}

bool ClamavEngineService::reload() {
  // Compiling takes seconds with freshclam's databases: scans keep using the old engine meanwhile.
  try {
    unsigned count = 0;
    ClamavEnginePtr next = loadClamavEngine(settings_, &count);
    {
      std::lock_guard swap(engineMutex_);
      engine_.swap(next);
    }
    signatures_ = count;
    std::lock_guard lock(mutex_);
    ++counters_.reloads;
    spdlog::info("clamav: reloaded {} signatures from {}", count, settings_.databaseDir.string());
    return true;
  } catch (const std::exception& e) {
    std::lock_guard lock(mutex_);
    ++counters_.failedReloads;
    spdlog::error("clamav: reload failed, keeping the previous engine: {}", e.what());
    return false;
  }
}

bool ClamavEngineService::checkForUpdates() {
  {
    std::lock_guard lock(mutex_);
    if (stat_ && cl_statchkdir(stat_) != 1) return false;
    // Re-arm before loading so a write that lands during the load triggers one more reload.
    freeDirStat(stat_);
    stat_ = newDirStat(settings_.databaseDir);
  }
  return reload();
}

}  // namespace aup
