#pragma once
// ClamavEngineService - the one compiled ClamAV engine of the process, reloaded in the background.
//
// Why a service: compiling freshclam's databases takes seconds and hundreds of MB, so the engine
// must outlive config snapshots (a config reload must not recompile signatures) and must be
// swapped, not rebuilt in place, when freshclam writes new files. The service:
//   - holds the current engine in an immutable, refcounted ClamavEnginePtr; scanners read it
//     through the EngineProvider interface, one reference per part scanned;
//   - runs a watcher thread (cl_statinidir/cl_statchkdir every `reloadCheckSeconds`) that loads
//     and compiles a new engine off the mail path and swaps it atomically; a failed load keeps
//     the old engine and logs why;
//   - is shared: ClamavBackends::embedded() returns the live service for equal settings, so a
//     config reload builds its new snapshot on the same engine and the old service dies only
//     when the last snapshot holding it is released (the daemon owns it through its snapshot).

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "adapters/clamav/clamav_engine.h"
#include "common/periodic_worker.h"

struct cl_stat;

namespace aup {

// Where a scanner gets "the engine to use for this part" from.
class EngineProvider {
 public:
  virtual ~EngineProvider() = default;
  // The current engine; never null once constructed.
  virtual ClamavEnginePtr currentEngine() const = 0;
  // Largest part the engine may be given whole ([clamav] max_file_size).
  virtual std::uint64_t maxPartSize() const = 0;
};

// Counters for logs and tests (become metrics).
struct ClamavServiceCounters {
  std::uint64_t reloads = 0;         // engines swapped in after a database change
  std::uint64_t failedReloads = 0;   // loads that failed; the old engine stayed
};

class ClamavEngineService final : public EngineProvider {
 public:
  // Loads the first engine synchronously (throws ClamavLoadError). Nothing watches the database
  // directory until startWatcher().
  ClamavEngineService(ClamavEngineSettings settings, std::int64_t reloadCheckSeconds);
  ~ClamavEngineService() override;
  ClamavEngineService(const ClamavEngineService&) = delete;
  ClamavEngineService& operator=(const ClamavEngineService&) = delete;

  ClamavEnginePtr currentEngine() const override;
  std::uint64_t maxPartSize() const override { return settings_.maxFileSize; }
  const ClamavEngineSettings& settings() const { return settings_; }
  unsigned signatures() const { return signatures_.load(); }
  // Version and build time of the engine in use (libclamav's CL_ENGINE_DB_VERSION/_TIME).
  VirusDatabaseInfo databaseInfo() const;
  ClamavServiceCounters counters() const;

  // Checks the database directory now and reloads when it changed (the watcher calls this; tests
  // call it to avoid sleeping). Returns true when a new engine was swapped in.
  bool checkForUpdates();
  // Loads a new engine unconditionally; on failure keeps the old one and returns false.
  bool reload();
  // Starts the background check every reloadCheckSeconds (0 = never). Called by the process that
  // scans, after it forked (daemon(3)): a thread does not survive fork.
  void startWatcher();

 private:
  const ClamavEngineSettings settings_;
  const std::int64_t reloadCheckSeconds_;
  mutable std::mutex engineMutex_;  // held only to copy or swap the pointer, never while loading
  ClamavEnginePtr engine_;
  std::atomic<unsigned> signatures_{0};
  mutable std::mutex mutex_;  // guards stat_, counters_ and reload serialisation
  ::cl_stat* stat_ = nullptr;
  ClamavServiceCounters counters_;
  PeriodicWorker worker_;  // last: stopped before the state it reloads goes
};

}  // namespace aup
