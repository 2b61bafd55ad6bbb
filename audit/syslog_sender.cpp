#include "audit/syslog_sender.h"

#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <stdexcept>

namespace aup {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// RFC 3164: local time, "Mmm dd hh:mm:ss" with the day padded by a space.
std::string rfc3164Time(std::chrono::system_clock::time_point time) {
  std::time_t t = std::chrono::system_clock::to_time_t(time);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s %2d %02d:%02d:%02d", kMonths[static_cast<std::size_t>(tm.tm_mon) % 12].data(),
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

// RFC 5424: UTC with microseconds, "2026-03-01T09:15:02.123456Z".
std::string rfc5424Time(std::chrono::system_clock::time_point time) {
  std::time_t t = std::chrono::system_clock::to_time_t(time);
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(time.time_since_epoch()).count() % 1000000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(micros < 0 ? micros + 1000000 : micros));
  return buf;
}

// RFC 5424 header fields: printable US-ASCII without spaces, "-" when empty.
std::string headerField(std::string_view text, std::size_t max) {
  std::string out;
  for (char c : text.substr(0, max)) out += (c > 32 && c < 127) ? c : '_';
  return out.empty() ? "-" : out;
}

std::string localHostname() {
  char buf[256] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0) return "-";
  return buf;
}

}  // namespace

std::optional<int> syslogFacilityCode(std::string_view name) {
  if (name == "user") return 1;
  if (name == "mail") return 2;
  if (name == "daemon") return 3;
  if (name.size() == 6 && name.starts_with("local") && name[5] >= '0' && name[5] <= '7') return 16 + (name[5] - '0');
  return std::nullopt;
}

std::string formatSyslogMessage(SyslogFormat format, int facility, SyslogSeverity severity,
                                std::chrono::system_clock::time_point time, std::string_view hostname,
                                std::string_view ident, long pid, std::string_view message) {
  std::string out = "<" + std::to_string(facility * 8 + static_cast<int>(severity)) + ">";
  if (format == SyslogFormat::Rfc3164) {
    // No host name: the local daemon adds its own, as it does for syslog(3).
    out += rfc3164Time(time) + " " + headerField(ident, 32) + "[" + std::to_string(pid) + "]: ";
  } else {
    out += "1 " + rfc5424Time(time) + " " + headerField(hostname, 255) + " " + headerField(ident, 48) + " " +
           std::to_string(pid) + " - - ";
  }
  out.reserve(out.size() + message.size());
  for (char c : message) out += (static_cast<unsigned char>(c) < 32 || c == 127) ? '?' : c;
  return out;
}

SyslogSender::SyslogSender(SyslogOptions options) : options_(std::move(options)), hostname_(localHostname()) {
  const std::string path = options_.socket.string();
  if (path.empty() || path.size() >= sizeof address_.sun_path) {
    throw std::runtime_error("syslog socket path '" + path + "' does not fit a unix socket address");
  }
  address_.sun_family = AF_UNIX;
  std::memcpy(address_.sun_path, path.c_str(), path.size() + 1);
  addressLength_ = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + 1);
  fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) throw std::runtime_error(std::string("cannot create a syslog socket: ") + std::strerror(errno));
}

SyslogSender::~SyslogSender() {
  if (fd_ >= 0) ::close(fd_);
}

bool SyslogSender::send(SyslogSeverity severity, std::string_view message) {
  std::string datagram = formatSyslogMessage(options_.format, options_.facility, severity,
                                             std::chrono::system_clock::now(), hostname_, options_.ident,
                                             static_cast<long>(::getpid()), message);
  // MSG_DONTWAIT: a daemon that falls behind costs a dropped line, never a delayed message.
  ssize_t n = ::sendto(fd_, datagram.data(), datagram.size(), MSG_DONTWAIT | MSG_NOSIGNAL,
                       reinterpret_cast<const sockaddr*>(&address_), addressLength_);
  if (n == static_cast<ssize_t>(datagram.size())) {
    counters_.sent.fetch_add(1, std::memory_order_relaxed);
    if (failing_.exchange(false, std::memory_order_relaxed)) {
      spdlog::info("syslog: sending to {} again", options_.socket.string());
    }
    return true;
  }
  int error = n < 0 ? errno : EMSGSIZE;
  counters_.dropped.fetch_add(1, std::memory_order_relaxed);
  if (!failing_.exchange(true, std::memory_order_relaxed)) {
    spdlog::warn("syslog: cannot send to {}: {}; decision lines go to the audit log only until it works again "
                 "(mail is not affected)",
                 options_.socket.string(), std::strerror(error));
  }
  return false;
}

}  // namespace aup
