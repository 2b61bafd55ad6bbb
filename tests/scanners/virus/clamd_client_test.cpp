#include "adapters/clamav/clamd_client.h"
#include "adapters/clamav/clamav_backends.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

#include "scanners/virus/virus_scanner.h"
#include "tests/scanners/virus/virus_test_support.h"
#include "tests/support/attachment_files.h"

namespace aup {
namespace {

constexpr const char* kClamd = "/usr/sbin/clamd";

TEST(ClamdReply, ParsesOkFoundAndError) {
  EXPECT_EQ(parseClamdReply("stream: OK").status, ClamavStatus::Clean);
  auto found = parseClamdReply("stream: Test.EICAR.NDB.UNOFFICIAL FOUND");
  EXPECT_EQ(found.status, ClamavStatus::Found);
  EXPECT_EQ(found.name, "Test.EICAR.NDB.UNOFFICIAL");
  EXPECT_EQ(parseClamdReply("INSTREAM size limit exceeded. ERROR").status, ClamavStatus::Error);
}

TEST(ClamdEndpointParse, AcceptsUnixAndTcpOnly) {
  ClamdEndpoint e;
  std::string why;
  EXPECT_TRUE(ClamdEndpoint::parse("unix:/run/clamav/clamd.ctl", e, why));
  EXPECT_EQ(e.path, "/run/clamav/clamd.ctl");
  EXPECT_TRUE(ClamdEndpoint::parse("tcp:[::1]:3310", e, why));
  EXPECT_EQ(e.host, "::1");
  EXPECT_EQ(e.port, "3310");
  EXPECT_FALSE(ClamdEndpoint::parse("tcp:127.0.0.1", e, why));
  EXPECT_FALSE(ClamdEndpoint::parse("unix:relative/path", e, why));
}

// A real clamd on a unix socket in a temp dir, pointed at the test database; stopped by PID.
class RealClamd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (::access(kClamd, X_OK) != 0) return;
    dir_ = new test::TempDir();
    auto d = dir_->path();
    std::filesystem::create_directories(d / "db");
    std::filesystem::create_directories(d / "tmp");
    test::copyTestDatabase(d / "db");
    socket_ = (d / "clamd.sock").string();
    tcpPort_ = freeLoopbackPort();
    test::writeFile(d / "clamd.conf", "Foreground yes\nLocalSocket " + socket_ + "\nDatabaseDirectory " +
                                          (d / "db").string() + "\nTemporaryDirectory " + (d / "tmp").string() +
                                          "\nLogFile " + (d / "clamd.log").string() +
                                          "\nTCPSocket " + std::to_string(tcpPort_) +
                                          "\nTCPAddr 127.0.0.1\nUser root\nDisableCache yes\nMaxThreads 2\n");
    pid_ = ::fork();
    if (pid_ == 0) {
      std::string arg = "--config-file=" + (d / "clamd.conf").string();
      ::execl(kClamd, kClamd, arg.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    // Loading and compiling takes a few seconds; wait for the socket to accept connections.
    for (int i = 0; i < 600 && !ready(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  static void TearDownTestSuite() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      ::waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
    delete dir_;
    dir_ = nullptr;
  }
  // A port the kernel just handed out and released (no fixed ports in tests).
  static int freeLoopbackPort() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
  }
  static bool ready() {
    int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", socket_.c_str());
    bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
  }
  void SetUp() override {
    if (::access(kClamd, X_OK) != 0) GTEST_SKIP() << kClamd << " is not installed (apt-get install clamav-daemon)";
    ASSERT_TRUE(ready()) << "clamd did not start; see " << (dir_->path() / "clamd.log");
  }
  static ClamdSettings settings(std::vector<std::string> specs) {
    ClamdSettings s;
    for (const auto& spec : specs) {
      ClamdEndpoint e;
      std::string why;
      EXPECT_TRUE(ClamdEndpoint::parse(spec, e, why)) << why;
      s.endpoints.push_back(e);
    }
    s.connectTimeout = std::chrono::milliseconds(2000);
    s.ioTimeout = std::chrono::milliseconds(60000);
    return s;
  }
  static VirusScanner scanner(std::vector<std::string> specs) {
    return VirusScanner(std::make_shared<ClamdBackend>(settings(std::move(specs))), {});
  }
  static test::TempDir* dir_;
  static std::string socket_;
  static int tcpPort_;
  static pid_t pid_;
};
test::TempDir* RealClamd::dir_ = nullptr;
std::string RealClamd::socket_;
int RealClamd::tcpPort_ = 0;
pid_t RealClamd::pid_ = -1;

TEST_F(RealClamd, DetectsEicarInBase64AndInsideZip) {
  for (const auto& message : {test::messageWithAttachment("e.bin", test::eicar()),
                              test::messageWithAttachment("e.zip", test::makeZip({{"e.com", test::eicar()}}))}) {
    auto outcome = test::scanMessage(scanner({"unix:" + socket_}), message);
    ASSERT_FALSE(outcome.error) << *outcome.error;
    ASSERT_EQ(outcome.findings.size(), 1u);
    EXPECT_EQ(outcome.findings[0].rule, "malware");
    EXPECT_TRUE(outcome.findings[0].evidence.starts_with("Test.EICAR")) << outcome.findings[0].evidence;
  }
}

TEST_F(RealClamd, ScansOverTcpToo) {
  auto outcome = test::scanMessage(scanner({"tcp:127.0.0.1:" + std::to_string(tcpPort_)}),
                                   test::messageWithAttachment("e.bin", test::eicar()));
  ASSERT_FALSE(outcome.error) << *outcome.error;
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_TRUE(outcome.findings[0].evidence.starts_with("Test.EICAR"));
}

TEST_F(RealClamd, AcceptsCleanAttachments) {
  auto outcome = test::scanMessage(scanner({"unix:" + socket_}), test::messageWithAttachment("r.pdf", test::cleanPdf()));
  EXPECT_FALSE(outcome.error);
  EXPECT_TRUE(outcome.findings.empty());
}

TEST_F(RealClamd, FailsOverFromADeadDaemon) {
  std::string dead = "unix:" + (dir_->path() / "nobody-listens.sock").string();
  auto s = scanner({dead, "unix:" + socket_});
  for (int i = 0; i < 3; ++i) {  // round robin starts on each daemon in turn
    auto outcome = test::scanMessage(s, test::messageWithAttachment("e.bin", test::eicar()));
    ASSERT_FALSE(outcome.error) << *outcome.error;
    ASSERT_EQ(outcome.findings.size(), 1u);
  }
}

TEST_F(RealClamd, EveryDaemonDeadIsAScanError) {
  auto outcome = test::scanMessage(scanner({"unix:" + (dir_->path() / "gone.sock").string()}),
                                   test::messageWithAttachment("e.bin", test::eicar()));
  ASSERT_TRUE(outcome.error);
  EXPECT_NE(outcome.error->find("no clamd daemon answered"), std::string::npos) << *outcome.error;
  EXPECT_TRUE(outcome.findings.empty());
}

}  // namespace
}  // namespace aup
