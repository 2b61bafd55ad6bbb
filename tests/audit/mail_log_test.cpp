// The mail.log line per decision and the syslog datagrams that carry it.

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "audit/mail_log_line.h"
#include "audit/syslog_sender.h"
#include "decision/plan_json.h"

namespace aup {
namespace {

Plan planFor(Action action, Direction direction, std::vector<std::string> rcpts) {
  Plan plan;
  plan.envelope.queueId = "4Xyz1234";
  plan.envelope.mailFrom = "j.smith@school.example";
  plan.envelope.recipients = std::move(rcpts);
  plan.verdict.action = action;
  plan.verdict.direction = direction;
  plan.reference = plan.envelope.queueId;
  return plan;
}

void addReason(Plan& plan, const std::string& policy, const std::string& rule, Action action, const std::string& evidence) {
  Finding f;
  f.policy = policy;
  f.rule = rule;
  f.evidence = evidence;
  plan.verdict.reasons.push_back({f, action});
}

struct LineCase {
  const char* name;
  Plan plan;
  std::string quarantineId;
  std::string failure;
  std::string expected;
};

void PrintTo(const LineCase& c, std::ostream* os) { *os << c.name; }

class MailLogLine : public ::testing::TestWithParam<LineCase> {};

TEST_P(MailLogLine, IsBuiltFromTheAuditRecord) {
  const auto& c = GetParam();
  EXPECT_EQ(c.expected, mailLogLine(auditRecord(c.plan, c.quarantineId, c.failure)));
}

INSTANTIATE_TEST_SUITE_P(
    Decisions, MailLogLine,
    ::testing::Values(
        [] {
          Plan p = planFor(Action::Reject, Direction::Outbound, {"friend@example.net"});
          addReason(p, "chain-letter", "chain-letter", Action::Reject, "forward this to 10 people");
          return LineCase{"Reject", p, "", "",
                          "4Xyz1234: reject: policy=chain-letter rule=chain-letter from=<j.smith@school.example> "
                          "to=<friend@example.net> direction=outbound"};
        }(),
        [] {
          // Only the reasons that decided are named; the masked evidence stays in the audit log.
          Plan p = planFor(Action::Quarantine, Direction::Outbound, {"a@example.net", "b@example.org"});
          addReason(p, "dlp-unencrypted", "uln", Action::Quarantine, "ULN 10******43");
          addReason(p, "dlp-unencrypted", "upn", Action::Quarantine, "UPN A1******45");
          addReason(p, "anonymous", "display-name", Action::Accept, "From: anon");
          return LineCase{"QuarantineWithTwoReasons", p, "3f2a9e", "",
                          "4Xyz1234: quarantine: policy=dlp-unencrypted,dlp-unencrypted rule=uln,upn "
                          "from=<j.smith@school.example> to=<a@example.net>,<b@example.org> direction=outbound "
                          "quarantine_id=3f2a9e"};
        }(),
        [] {
          Plan p = planFor(Action::Accept, Direction::Outbound, {"parent@example.org"});
          addReason(p, "headteacher-copy", "parent-recipient", Action::Accept, "");
          p.mta.modifications.addRecipients = {"head@school.example"};
          return LineCase{"AcceptWithTheHeadteacherAdded", p, "", "",
                          "4Xyz1234: accept: action=accept policy=headteacher-copy rule=parent-recipient "
                          "from=<j.smith@school.example> to=<parent@example.org> direction=outbound "
                          "added=<head@school.example>"};
        }(),
        [] {
          Plan p = planFor(Action::Accept, Direction::Inbound, {"j.smith@school.example"});
          p.envelope.mailFrom = "";
          return LineCase{"PlainAcceptOfABounce", p, "", "",
                          "4Xyz1234: accept: action=accept from=<> to=<j.smith@school.example> direction=inbound"};
        }(),
        [] {
          Plan p = planFor(Action::Quarantine, Direction::Outbound, {"friend@example.net"});
          p.envelope.queueId = "";
          addReason(p, "dlp-unencrypted", "uln", Action::Quarantine, "ULN 10******43");
          return LineCase{"EffectFailureIsATempfailWithoutQueueId", p, "", "quarantine store: disk full",
                          "NOQUEUE: tempfail: from=<j.smith@school.example> to=<friend@example.net> "
                          "direction=outbound error=milter: quarantine store: disk full"};
        }(),
        [] {
          // An envelope can carry odd bytes: nothing in them can end the line or add a field.
          Plan p = planFor(Action::Reject, Direction::Inbound, {"x@school.example"});
          p.envelope.mailFrom = "evil\r\n4Fake: accept: x@y";
          addReason(p, "anonymous", "missing-from", Action::Reject, "");
          return LineCase{"ControlCharactersAndSpacesCannotForgeALine", p, "", "",
                          "4Xyz1234: reject: policy=anonymous rule=missing-from from=<evil??4Fake:?accept:?x@y> "
                          "to=<x@school.example> direction=inbound"};
        }()),
    [](const ::testing::TestParamInfo<LineCase>& info) { return info.param.name; });

TEST(MailLogLineLength, ALongRecipientListIsCutWithACount) {
  std::vector<std::string> rcpts;
  for (int i = 0; i < 500; ++i) rcpts.push_back("pupil" + std::to_string(i) + "@students.school.example");
  std::string line = mailLogLine(auditRecord(planFor(Action::Accept, Direction::Internal, rcpts), "", ""));
  EXPECT_LE(line.size(), kMailLogLineMax);
  EXPECT_NE(std::string::npos, line.find("<pupil0@students.school.example>,"));
  EXPECT_NE(std::string::npos, line.find(",+")) << line;
  EXPECT_NE(std::string::npos, line.find(" direction=internal"));
}

// --- syslog framing -------------------------------------------------------------------------

class SyslogFraming : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tz = std::getenv("TZ");
    savedTz_ = tz ? tz : "";
    hadTz_ = tz != nullptr;
    ::setenv("TZ", "UTC", 1);
    ::tzset();
  }
  void TearDown() override {
    if (hadTz_) ::setenv("TZ", savedTz_.c_str(), 1);
    else ::unsetenv("TZ");
    ::tzset();
  }
  // 2026-03-01 09:05:02.123456 UTC
  static std::chrono::system_clock::time_point when() {
    return std::chrono::system_clock::time_point(std::chrono::microseconds(1772355902123456LL));
  }
  std::string savedTz_;
  bool hadTz_ = false;
};

TEST_F(SyslogFraming, Rfc3164IsWhatSyslog3SendsToDevLog) {
  EXPECT_EQ("<22>Mar  1 09:05:02 aup-milter[4242]: 4Xyz1234: reject: x",
            formatSyslogMessage(SyslogFormat::Rfc3164, 2, SyslogSeverity::Info, when(), "mx", "aup-milter", 4242,
                                "4Xyz1234: reject: x"));
}

TEST_F(SyslogFraming, Rfc5424CarriesHostAndMicroseconds) {
  EXPECT_EQ("<20>1 2026-03-01T09:05:02.123456Z mx.school.example aup-milter 7 - - hello",
            formatSyslogMessage(SyslogFormat::Rfc5424, 2, SyslogSeverity::Warning, when(), "mx.school.example",
                                "aup-milter", 7, "hello"));
  EXPECT_EQ("<134>1 2026-03-01T09:05:02.123456Z - a_b 7 - - x?y",
            formatSyslogMessage(SyslogFormat::Rfc5424, 16, SyslogSeverity::Info, when(), "", "a b", 7, "x\ny"));
}

TEST(SyslogFacility, NamesMapToRfc5424Codes) {
  EXPECT_EQ(2, syslogFacilityCode("mail"));
  EXPECT_EQ(3, syslogFacilityCode("daemon"));
  EXPECT_EQ(16, syslogFacilityCode("local0"));
  EXPECT_EQ(23, syslogFacilityCode("local7"));
  EXPECT_FALSE(syslogFacilityCode("local8"));
  EXPECT_FALSE(syslogFacilityCode("kern"));
}

// --- the sender against a real socket -------------------------------------------------------

class SyslogSenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("aup-syslog-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    path_ = dir_ / "log.sock";
  }
  void TearDown() override {
    if (fd_ >= 0) ::close(fd_);
    std::filesystem::remove_all(dir_);
  }
  void bindDaemon() {
    fd_ = ::socket(AF_UNIX, SOCK_DGRAM, 0);
    ASSERT_GE(fd_, 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    std::snprintf(a.sun_path, sizeof a.sun_path, "%s", path_.c_str());
    ASSERT_EQ(0, ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a));
    timeval tv{5, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  std::string receive() {
    char buf[8192];
    ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
  }
  std::filesystem::path dir_, path_;
  int fd_ = -1;
};

TEST_F(SyslogSenderTest, SendsOneDatagramPerLineWithFacilityMail) {
  bindDaemon();
  SyslogSender sender({path_, "aup-milter", 2, SyslogFormat::Rfc3164});
  EXPECT_TRUE(sender.send(SyslogSeverity::Info, "4Xyz1234: accept: action=accept"));
  std::string datagram = receive();
  EXPECT_TRUE(datagram.starts_with("<22>")) << datagram;
  EXPECT_TRUE(datagram.ends_with(" aup-milter[" + std::to_string(::getpid()) + "]: 4Xyz1234: accept: action=accept"))
      << datagram;
  EXPECT_EQ(1u, sender.counters().sent.load());
}

TEST_F(SyslogSenderTest, AMissingSocketDropsLinesAndRecoversWhenTheDaemonComes) {
  SyslogSender sender({path_, "aup-milter", 2, SyslogFormat::Rfc3164});
  EXPECT_FALSE(sender.send(SyslogSeverity::Info, "first"));
  EXPECT_FALSE(sender.send(SyslogSeverity::Info, "second"));
  EXPECT_EQ(2u, sender.counters().dropped.load());
  bindDaemon();
  EXPECT_TRUE(sender.send(SyslogSeverity::Info, "third"));
  EXPECT_TRUE(receive().ends_with(": third"));
}

TEST(SyslogSenderPath, APathTooLongForASocketIsRefused) {
  EXPECT_THROW(SyslogSender({std::string(200, 'x'), "aup-milter", 2, SyslogFormat::Rfc3164}), std::runtime_error);
}

}  // namespace
}  // namespace aup
