#include "adapters/libmagic/libmagic_sniffer.h"

#include <magic.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace aup {

namespace {

constexpr std::size_t kMagicBytes = 1u << 20;  // libmagic's own default read window

// The MIME type only: no charset detection (ENCODING) and no look inside compressed data
// (COMPRESS; zips are listed by zip_listing.cpp). Measured with libmagic 5.44: a 64 KB JPEG
// 92 -> 18 us, a shell script 271 -> 36 us, the same types reported.
constexpr int kMagicFlags = MAGIC_MIME_TYPE | MAGIC_ERROR | MAGIC_NO_CHECK_COMPRESS | MAGIC_NO_CHECK_ENCODING;

}  // namespace

// A few libmagic handles shared by every thread (a handle is not thread-safe). XXX Not one per
// thread: each handle maps its own copy of magic.mgc (~6 MB resident), and libmilter's worker
// pool grows with concurrency, so per-thread handles cost ~6 MB of RSS per worker.
class MagicPool {
 public:
  MagicPool() = default;
  MagicPool(const MagicPool&) = delete;
  MagicPool& operator=(const MagicPool&) = delete;
  // Only when no scan uses the pool (the sniffer outlives every scanner that holds it).
  ~MagicPool() {
    for (magic_set* handle : idle_) magic_close(handle);
  }

  // Runs `use` with a loaded handle (nullptr when the magic database cannot be loaded).
  template <typename Use>
  auto withHandle(Use&& use) {
    magic_set* handle = acquire();
    struct Release {
      MagicPool* pool;
      magic_set* handle;
      ~Release() { pool->release(handle); }
    } release{this, handle};
    return use(handle);
  }

 private:
  magic_set* acquire() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [this] { return !idle_.empty() || opened_ < limit_; });
    if (!idle_.empty()) {
      magic_set* handle = idle_.back();
      idle_.pop_back();
      return handle;
    }
    ++opened_;
    lock.unlock();
    magic_set* handle = magic_open(kMagicFlags);
    if (handle != nullptr && magic_load(handle, nullptr) != 0) {
      magic_close(handle);
      handle = nullptr;
    }
    return handle;
  }

  void release(magic_set* handle) {
    {
      std::lock_guard lock(mutex_);
      if (handle != nullptr) {
        idle_.push_back(handle);
      } else {
        --opened_;  // a failed load is retried by the next caller
      }
    }
    available_.notify_one();
  }

  const std::size_t limit_ = std::max(2u, std::thread::hardware_concurrency());
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<magic_set*> idle_;
  std::size_t opened_ = 0;
};

LibmagicSniffer::LibmagicSniffer() : pool_(std::make_unique<MagicPool>()) {}

LibmagicSniffer::~LibmagicSniffer() = default;

std::string LibmagicSniffer::mimeTypeOf(std::string_view bytes) const {
  if (bytes.empty()) return "";
  return pool_->withHandle([&](magic_set* m) -> std::string {
    if (m == nullptr) return "";
    const char* type = magic_buffer(m, bytes.data(), std::min(bytes.size(), kMagicBytes));
    return type ? type : "";
  });
}

}  // namespace aup
