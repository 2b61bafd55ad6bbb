#include "scanners/virus/clamav_engine_service.h"

#include <clamav.h>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <chrono>
#include <cstring>
#include <vector>

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
    : settings_(std::move(settings)), reloadCheckSeconds_(reloadCheckSeconds) {
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
  // XXX const_cast: starting the watcher is bookkeeping, not a change to the engine readers see.
  const_cast<ClamavEngineService*>(this)->ensureWatcher();
  std::lock_guard lock(engineMutex_);
  return engine_;
}

void ClamavEngineService::ensureWatcher() {
  if (reloadCheckSeconds_ <= 0) return;
  pid_t self = ::getpid();
  if (watcherPid_.load(std::memory_order_acquire) == self) return;
  std::lock_guard lock(mutex_);
  if (watcherPid_.load() == self || stopping_) return;
  if (watcher_.joinable()) {
    // Started before a fork: the thread lives in the parent only. Not expected (see the header).
    spdlog::warn("clamav: database watcher was started before fork(); signature reloads are off in this process");
    watcherPid_ = self;
    return;
  }
  watcher_ = std::thread([this] { watch(); });
  watcherPid_.store(self, std::memory_order_release);
}

ClamavEngineService::~ClamavEngineService() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stopSignal_.notify_all();
  if (watcher_.joinable()) {
    if (watcherPid_ == ::getpid()) watcher_.join();
    else watcher_.detach();  // XXX a forked copy of the parent's thread handle: nothing to join here
  }
  freeDirStat(stat_);
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

void ClamavEngineService::watch() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    stopSignal_.wait_for(lock, std::chrono::seconds(reloadCheckSeconds_), [this] { return stopping_; });
    if (stopping_) break;
    lock.unlock();
    checkForUpdates();
    lock.lock();
  }
}

std::shared_ptr<ClamavEngineService> acquireClamavEngineService(const ClamavEngineSettings& settings,
                                                                std::int64_t reloadCheckSeconds) {
  // XXX A process-wide cache of weak references rather than an object threaded through
  // loadSnapshot: the snapshot owns the service, so it lives exactly as long as some config uses
  // it, and the factory interface stays (reader, settings).
  struct Entry {
    ClamavEngineSettings settings;
    std::int64_t reloadCheckSeconds;
    std::weak_ptr<ClamavEngineService> service;
  };
  static std::mutex mutex;
  static std::vector<Entry> live;
  std::lock_guard lock(mutex);
  std::erase_if(live, [](const Entry& e) { return e.service.expired(); });
  for (const auto& e : live) {
    if (e.settings == settings && e.reloadCheckSeconds == reloadCheckSeconds) {
      if (auto service = e.service.lock()) return service;
    }
  }
  auto service = std::make_shared<ClamavEngineService>(settings, reloadCheckSeconds);
  live.push_back({settings, reloadCheckSeconds, service});
  return service;
}

}  // namespace aup
