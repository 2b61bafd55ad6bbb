#include "common/periodic_worker.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

namespace aup {

PeriodicWorker::PeriodicWorker(std::string name, Job job) : name_(std::move(name)), job_(std::move(job)) {}

PeriodicWorker::~PeriodicWorker() { stop(); }

void PeriodicWorker::start(std::chrono::milliseconds firstDelay) {
  std::lock_guard lock(mutex_);
  if (thread_.joinable() && owner_ == ::getpid()) return;
  if (thread_.joinable()) thread_.detach();  // inherited through fork(): that thread is not here
  stopping_ = false;
  wakeRequested_ = false;
  owner_ = ::getpid();
  thread_ = std::thread([this, firstDelay] { run(firstDelay); });
}

void PeriodicWorker::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  signal_.notify_all();
  if (!thread_.joinable()) return;
  // XXX after fork() the handle names the parent's thread, which does not exist here.
  if (owner_ == ::getpid()) thread_.join();
  else thread_.detach();
}

void PeriodicWorker::wake() {
  {
    std::lock_guard lock(mutex_);
    wakeRequested_ = true;
  }
  signal_.notify_all();
}

bool PeriodicWorker::running() const {
  std::lock_guard lock(mutex_);
  return thread_.joinable() && owner_ == ::getpid() && !stopping_;
}

void PeriodicWorker::run(std::chrono::milliseconds firstDelay) {
  std::unique_lock lock(mutex_);
  std::chrono::milliseconds sleep = firstDelay;
  for (;;) {
    signal_.wait_for(lock, sleep, [this] { return stopping_ || wakeRequested_; });
    if (stopping_) return;
    wakeRequested_ = false;
    lock.unlock();
    try {
      sleep = job_();
    } catch (const std::exception& e) {
      spdlog::error("{}: {}", name_, e.what());
    } catch (...) {
      spdlog::error("{}: unknown error", name_);
    }
    lock.lock();
  }
}

}  // namespace aup
