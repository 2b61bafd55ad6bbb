#include "milter/socket_setup.h"

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <netinet/tcp.h>
#include <netinet/in.h>

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

// libmilter owns its listening socket; the option set on it must reach accepted connections.
TEST(SocketSetupTest, NagleIsOffOnTheListenerAndOnConnectionsItAccepts) {
  int listener = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(listener, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(0, ::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address));
  ASSERT_EQ(0, ::listen(listener, 4));
  socklen_t size = sizeof address;
  ASSERT_EQ(0, ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &size));

  EXPECT_GE(disableNagleOnListeningSockets(), 1);
  auto noDelay = [](int fd) {
    int value = 0;
    socklen_t length = sizeof value;
    ::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &value, &length);
    return value != 0;
  };
  EXPECT_TRUE(noDelay(listener));
  int client = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_EQ(0, ::connect(client, reinterpret_cast<sockaddr*>(&address), sizeof address));
  int accepted = ::accept(listener, nullptr, nullptr);
  ASSERT_GE(accepted, 0);
  EXPECT_TRUE(noDelay(accepted)) << "Linux copies TCP_NODELAY from the listener to accepted sockets";
  EXPECT_FALSE(noDelay(client));  // only the milter's side changes
  ::close(accepted);
  ::close(client);
  ::close(listener);
}

}  // namespace
}  // namespace aup
