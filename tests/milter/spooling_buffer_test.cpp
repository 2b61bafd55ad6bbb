#include "milter/spooling_buffer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/temp_dir.h"

namespace aup {
namespace {

// A fresh spool directory, removed at the end of the test.
class SpoolDir : public test::TempDir {
 public:
  SpoolDir() : TempDir("aup-spool-test") {}
  void write(const std::string& name) const { TempDir::write(name, "message bytes"); }
};

TEST(SpoolCleanup, RemovesOnlySpoolFilesLeftByACrashedRun) {
  SpoolDir dir;
  dir.write("aup-spool-Ab12Cd");
  dir.write("aup-spool-Zz99Yy");
  dir.write("notes.txt");                                              // not ours
  std::filesystem::create_directories(dir.path() / "aup-spool-subdir");  // not a spool file
  std::filesystem::create_symlink("/etc/hostname", dir.path() / "aup-spool-link");  // never followed

  EXPECT_EQ(removeLeftoverSpoolFiles(dir.path()), 2u);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "aup-spool-Ab12Cd"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "aup-spool-Zz99Yy"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "notes.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "aup-spool-subdir"));
  EXPECT_TRUE(std::filesystem::is_symlink(dir.path() / "aup-spool-link"));
  EXPECT_TRUE(std::filesystem::exists("/etc/hostname"));
}

TEST(SpoolCleanup, MissingDirectoryIsNothingToDo) {
  EXPECT_EQ(removeLeftoverSpoolFiles("/nonexistent/aup-spool-dir"), 0u);
}

TEST(SpoolCleanup, KnowsTheNamesASpoolingBufferUses) {
  SpoolDir dir;
  SpoolingBuffer buffer(16, dir.path());
  buffer.append(std::string(64, 'x'));  // over the threshold: now a spool file
  // The buffer is still open, as when the process crashed mid-message.
  EXPECT_EQ(removeLeftoverSpoolFiles(dir.path()), 1u);
}

}  // namespace
}  // namespace aup
