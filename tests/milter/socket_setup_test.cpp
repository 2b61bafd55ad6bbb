#include "milter/socket_setup.h"

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <gtest/gtest.h>

namespace aup {
namespace {

TEST(SocketSetupTest, FindsTheFileOfUnixSocketSpecs) {
  EXPECT_EQ(std::filesystem::path("/run/aup/m.sock"), unixSocketPath("unix:/run/aup/m.sock"));
  EXPECT_EQ(std::filesystem::path("/run/aup/m.sock"), unixSocketPath("local:/run/aup/m.sock"));
  EXPECT_FALSE(unixSocketPath("inet:8890@127.0.0.1").has_value());
  EXPECT_FALSE(unixSocketPath("inet6:8890@[::1]").has_value());
}

class SocketPermissionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("aup-socket-test-" + std::to_string(::getpid()));
    file_ = dir_ / "sub" / "m.sock";
    prepareSocketDirectory(file_);
    std::ofstream(file_) << "";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_, file_;
};

TEST_F(SocketPermissionsTest, SetsGroupAndMode) {
  const struct group* own = ::getgrgid(::getegid());
  ASSERT_NE(nullptr, own);
  applySocketPermissions(file_, own->gr_name, 0660);
  struct stat st{};
  ASSERT_EQ(0, ::stat(file_.c_str(), &st));
  EXPECT_EQ(0660u, st.st_mode & 0777u);
  EXPECT_EQ(::getegid(), st.st_gid);
}

TEST_F(SocketPermissionsTest, UnknownGroupIsNamedInTheError) {
  try {
    applySocketPermissions(file_, "no-such-group-aup", 0660);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string::npos, std::string(e.what()).find("no-such-group-aup"));
  }
}

}  // namespace
}  // namespace aup
