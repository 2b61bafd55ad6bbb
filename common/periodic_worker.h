#pragma once
// PeriodicWorker - one background thread that runs a job, sleeps, and runs it again until
// stopped: the roster/config file watcher, the ClamAV database watcher and the notice sender
// all work this way. Stopping wakes the sleep at once; wake() runs the job early.
//
// The job returns how long to sleep before its next run (the notice sender sleeps until its next
// notice is due). An exception from the job is logged with the worker's name and the worker
// goes on: a broken roster file or an unreachable SMTP listener must not end the milter.
// Fork-safe to destroy: a copy inherited through fork() (daemon(3)) is detached, not joined.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include <sys/types.h>

namespace aup {

class PeriodicWorker {
 public:
  using Job = std::function<std::chrono::milliseconds()>;

  PeriodicWorker(std::string name, Job job);
  ~PeriodicWorker();  // stop()
  PeriodicWorker(const PeriodicWorker&) = delete;
  PeriodicWorker& operator=(const PeriodicWorker&) = delete;

  // Starts the thread, which first sleeps `firstDelay` (no-op when already running in this
  // process; after a fork the child starts its own).
  void start(std::chrono::milliseconds firstDelay);
  // Wakes the thread and joins it; idempotent.
  void stop();
  // Runs the job now instead of when the current sleep ends (a no-op when not running).
  void wake();
  // True when started in this process and not stopped.
  bool running() const;

 private:
  void run(std::chrono::milliseconds firstDelay);

  const std::string name_;
  const Job job_;
  mutable std::mutex mutex_;
  std::condition_variable signal_;
  bool stopping_ = false;       // guarded by mutex_
  bool wakeRequested_ = false;  // guarded by mutex_: a flag, the job may be running right now
  std::thread thread_;
  pid_t owner_ = 0;             // the process that started thread_
};

}  // namespace aup
