#pragma once
// SyslogSender - messages to the local syslog daemon (rsyslog, syslog-ng or journald) over its
// unix datagram socket, normally /dev/log, in RFC 3164 or RFC 5424 form. Not syslog(3): that
// has one ident and facility per process and blocks when the daemon falls behind.
//
// Contract: send() never blocks and never throws. A socket that is missing or refuses, or a
// daemon whose queue is full, drops the message (counted); the first drop of a run of them is
// said once in the operational log, and so is the recovery. Mail never waits for syslog.
// Thread-safe: one datagram per message, sent with sendto() on one shared socket.

#include <sys/un.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace aup {

enum class SyslogFormat {
  Rfc3164,  // "<PRI>Mmm dd hh:mm:ss IDENT[PID]: MSG", what glibc's syslog(3) sends to /dev/log
  Rfc5424,  // "<PRI>1 TIMESTAMP HOST IDENT PID - - MSG"
};

// RFC 5424 severities used here.
enum class SyslogSeverity { Error = 3, Warning = 4, Notice = 5, Info = 6 };

// "mail" -> 2, "local3" -> 19 (RFC 5424 facility codes); nullopt for an unknown name.
std::optional<int> syslogFacilityCode(std::string_view name);

// One datagram: header and message (control characters in `message` become '?', so a line
// can never be split or forged). Pure: the clock, host name and PID are arguments.
std::string formatSyslogMessage(SyslogFormat format, int facility, SyslogSeverity severity,
                                std::chrono::system_clock::time_point time, std::string_view hostname,
                                std::string_view ident, long pid, std::string_view message);

struct SyslogOptions {
  std::filesystem::path socket = "/dev/log";
  std::string ident = "aup-milter";
  int facility = 2;  // mail
  SyslogFormat format = SyslogFormat::Rfc3164;
};

// Counters (they become metrics).
struct SyslogCounters {
  std::atomic<std::uint64_t> sent{0};
  std::atomic<std::uint64_t> dropped{0};  // socket missing or refusing, daemon queue full
};

class SyslogSender {
 public:
  // Opens the sending socket; the daemon's socket is looked up at each send, so a syslog
  // daemon started or restarted later is found. Throws std::runtime_error only when no socket
  // can be created at all or the path does not fit a unix socket address.
  explicit SyslogSender(SyslogOptions options);
  ~SyslogSender();
  SyslogSender(const SyslogSender&) = delete;
  SyslogSender& operator=(const SyslogSender&) = delete;

  // send - one message; false when it was dropped.
  bool send(SyslogSeverity severity, std::string_view message);

  const SyslogOptions& options() const { return options_; }
  const SyslogCounters& counters() const { return counters_; }

 private:
  SyslogOptions options_;
  std::string hostname_;
  int fd_ = -1;
  sockaddr_un address_{};
  socklen_t addressLength_ = 0;
  std::atomic<bool> failing_{false};  // the last send failed: the next failure is not logged again
  SyslogCounters counters_;
};

}  // namespace aup
