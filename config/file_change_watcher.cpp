#include "config/file_change_watcher.h"

#include <sys/stat.h>

namespace aup {

bool FileStamp::operator==(const FileStamp& other) const {
  return exists == other.exists && device == other.device && inode == other.inode && size == other.size &&
         modified.tv_sec == other.modified.tv_sec && modified.tv_nsec == other.modified.tv_nsec;
}

FileStamp stampOf(const std::filesystem::path& file) {
  FileStamp stamp;
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return stamp;
  stamp.exists = true;
  stamp.device = st.st_dev;
  stamp.inode = st.st_ino;
  stamp.size = st.st_size;
  stamp.modified = st.st_mtim;
  return stamp;
}

FileChangeWatcher::FileChangeWatcher(FileList files, std::chrono::milliseconds interval,
                                     std::function<void()> onChange)
    : files_(std::move(files)),
      interval_(interval),
      onChange_(std::move(onChange)),
      // The callback is the daemon's reload, which reports its own failures; a throw is logged
      // by the worker. The change counts as seen either way: a broken file is not retried every
      // poll, the next edit (the fix) is a change again.
      worker_("config file watcher", [this] {
        pollOnce();
        return interval_;
      }) {
  accepted_ = currentStamps();
}

FileChangeWatcher::~FileChangeWatcher() { stop(); }

FileChangeWatcher::Stamps FileChangeWatcher::currentStamps() const {
  Stamps stamps;
  for (const auto& file : files_()) stamps[file] = stampOf(file);
  return stamps;
}

bool FileChangeWatcher::pollOnce() {
  Stamps now = currentStamps();
  // Files that joined the list (a reload pointed the config at a new roster) start from what
  // they are now; files that left it are forgotten. Neither is a change by itself.
  Stamps known;
  for (const auto& [file, stamp] : now) {
    auto it = accepted_.find(file);
    known[file] = it == accepted_.end() ? stamp : it->second;
  }
  accepted_ = std::move(known);
  if (now == accepted_) {
    pending_.reset();
    return false;
  }
  if (!pending_ || *pending_ != now) {
    pending_ = std::move(now);  // still being written, perhaps: wait one more interval
    return false;
  }
  accepted_ = std::move(*pending_);
  pending_.reset();
  onChange_();
  return true;
}

void FileChangeWatcher::start() {
  if (interval_.count() <= 0) return;  // 0: reload on SIGHUP only
  worker_.start(interval_);
}

void FileChangeWatcher::stop() { worker_.stop(); }

}  // namespace aup
