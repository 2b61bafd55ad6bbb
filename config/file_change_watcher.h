#pragma once
// FileChangeWatcher - notices when the config file or a file it points at (the roster the MIS
// exports every night) has changed, so the daemon can rebuild its PolicySnapshot.
//
// Polls (inode, size, mtime) of each file rather than using inotify: it works the same for
// files replaced by rename, rewritten in place, on NFS shares and through symlinks, and it needs
// no file descriptors per file. A change is reported only once the files have looked the same on
// two polls in a row, so a roster that is still being written is not loaded half-done.
//
// Contract: the callback runs on the watcher's own thread; it should only trigger the same
// reload SIGHUP does (build a new snapshot, swap it in on success, keep the old one on error).
// The file list is asked for on every poll, so it follows the current snapshot.

#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include <sys/types.h>

#include "common/periodic_worker.h"

namespace aup {

// What identifies one version of a file.
struct FileStamp {
  bool exists = false;
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  std::timespec modified{};
  bool operator==(const FileStamp& other) const;
};

// stampOf - the current stamp of a path (following symlinks); exists=false when it cannot be stat'ed.
FileStamp stampOf(const std::filesystem::path& file);

class FileChangeWatcher {
 public:
  using FileList = std::function<std::vector<std::filesystem::path>()>;

  // Takes the first stamps now; nothing runs until start().
  FileChangeWatcher(FileList files, std::chrono::milliseconds interval, std::function<void()> onChange);
  ~FileChangeWatcher();  // stops and joins the thread
  FileChangeWatcher(const FileChangeWatcher&) = delete;
  FileChangeWatcher& operator=(const FileChangeWatcher&) = delete;

  // start - polls every interval on a background thread until stop() or destruction; an
  // interval of 0 starts nothing (changes are then picked up on SIGHUP only).
  void start();
  void stop();
  // pollOnce - one comparison; calls onChange and returns true when a settled change is seen.
  bool pollOnce();

 private:
  using Stamps = std::map<std::filesystem::path, FileStamp>;
  Stamps currentStamps() const;
  FileList files_;
  std::chrono::milliseconds interval_;
  std::function<void()> onChange_;
  Stamps accepted_;               // the version last reported (or first seen)
  std::optional<Stamps> pending_; // a changed version seen once, waiting to settle
  PeriodicWorker worker_;  // last: stopped before the state above goes
};

}  // namespace aup
