#include "config/file_change_watcher.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <fstream>

namespace aup {
namespace {

// A temp directory removed at the end of the test.
using TempDir = test::TempDir;

void write(const std::filesystem::path& file, const std::string& text) { std::ofstream(file, std::ios::trunc) << text; }

struct Fixture {
  TempDir dir;
  std::filesystem::path roster = dir / "roster.csv";
  std::vector<std::filesystem::path> files{roster};
  int calls = 0;
  std::unique_ptr<FileChangeWatcher> watcher;

  explicit Fixture(bool create = true) {
    if (create) write(roster, "email,role,name\n");
    watcher = std::make_unique<FileChangeWatcher>([this] { return files; }, std::chrono::milliseconds(10),
                                                  [this] { ++calls; });
  }
};

TEST(FileChangeWatcher, UnchangedFilesAreNotReported) {
  Fixture f;
  EXPECT_FALSE(f.watcher->pollOnce());
  EXPECT_FALSE(f.watcher->pollOnce());
  EXPECT_EQ(f.calls, 0);
}

TEST(FileChangeWatcher, RewrittenFileIsReportedOnceItHasSettled) {
  Fixture f;
  write(f.roster, "email,role,name\np@example.org,parent,A\n");
  EXPECT_FALSE(f.watcher->pollOnce());  // seen once: it may still be being written
  EXPECT_TRUE(f.watcher->pollOnce());   // the same on the next poll: report it
  EXPECT_FALSE(f.watcher->pollOnce());  // and only once
  EXPECT_EQ(f.calls, 1);
}

TEST(FileChangeWatcher, FileStillGrowingIsNotReportedYet) {
  Fixture f;
  write(f.roster, "email,role,name\np@example.org,parent,A\n");
  EXPECT_FALSE(f.watcher->pollOnce());
  write(f.roster, "email,role,name\np@example.org,parent,A\nq@example.org,parent,B\n");
  EXPECT_FALSE(f.watcher->pollOnce());
  EXPECT_TRUE(f.watcher->pollOnce());
  EXPECT_EQ(f.calls, 1);
}

TEST(FileChangeWatcher, ReplacementByRenameIsReported) {
  Fixture f;
  auto next = f.dir / "roster.csv.new";
  write(next, "email,role,name\n");  // same size as before: only the inode tells them apart
  std::filesystem::rename(next, f.roster);
  f.watcher->pollOnce();
  EXPECT_TRUE(f.watcher->pollOnce());
}

TEST(FileChangeWatcher, FileAppearingAndVanishingAreChanges) {
  Fixture f(false);
  write(f.roster, "email,role,name\n");
  f.watcher->pollOnce();
  EXPECT_TRUE(f.watcher->pollOnce());
  std::filesystem::remove(f.roster);
  f.watcher->pollOnce();
  EXPECT_TRUE(f.watcher->pollOnce());
  EXPECT_EQ(f.calls, 2);
}

TEST(FileChangeWatcher, FileJoiningTheListIsNotAChangeByItself) {
  Fixture f;
  auto other = f.dir / "other.csv";
  write(other, "x\n");
  f.files.push_back(other);
  EXPECT_FALSE(f.watcher->pollOnce());
  EXPECT_FALSE(f.watcher->pollOnce());
  write(other, "xy\n");
  f.watcher->pollOnce();
  EXPECT_TRUE(f.watcher->pollOnce());
}

TEST(FileChangeWatcher, BackgroundThreadCallsBackAfterAChange) {
  TempDir dir;
  auto file = dir / "roster.csv";
  write(file, "a\n");
  std::mutex mutex;
  std::condition_variable changed;
  bool called = false;
  FileChangeWatcher watcher([&] { return std::vector<std::filesystem::path>{file}; }, std::chrono::milliseconds(5),
                            [&] {
                              std::lock_guard lock(mutex);
                              called = true;
                              changed.notify_all();
                            });
  watcher.start();
  write(file, "ab\n");
  std::unique_lock lock(mutex);
  // A generous bound only so a broken watcher fails instead of hanging; no timing is asserted.
  changed.wait_for(lock, std::chrono::seconds(30), [&] { return called; });
  EXPECT_TRUE(called);
  lock.unlock();
  watcher.stop();
}

}  // namespace
}  // namespace aup
