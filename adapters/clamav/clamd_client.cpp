#include "adapters/clamav/clamd_client.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>

#include "common/closing_fd.h"

namespace aup {

namespace {

constexpr std::size_t kChunk = 64 * 1024;

std::string errnoText() { return std::strerror(errno); }

// Waits until `fd` is ready for `events` or the deadline passes.
bool waitFor(int fd, short events, std::chrono::steady_clock::time_point deadline) {
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd, events, 0};
    int rc = ::poll(&p, 1, static_cast<int>(left.count()));
    if (rc > 0) return true;
    if (rc == 0 || errno != EINTR) return false;
  }
}

// Non-blocking connect with a timeout; returns the socket or -1 with `why` set.
int connectTo(const sockaddr* addr, socklen_t len, int family, std::chrono::milliseconds timeout, std::string& why) {
  int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) {
    why = "socket: " + errnoText();
    return -1;
  }
  if (::connect(fd, addr, len) == 0) return fd;
  if (errno == EINPROGRESS && waitFor(fd, POLLOUT, std::chrono::steady_clock::now() + timeout)) {
    int err = 0;
    socklen_t errLen = sizeof err;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &errLen);
    if (err == 0) return fd;
    errno = err;
  } else if (errno == EINPROGRESS) {
    errno = ETIMEDOUT;
  }
  why = "connect: " + errnoText();
  ::close(fd);
  return -1;
}

int connectEndpoint(const ClamdEndpoint& e, std::chrono::milliseconds timeout, std::string& why) {
  if (e.kind == ClamdEndpoint::Kind::Unix) {
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (e.path.size() >= sizeof addr.sun_path) {
      why = "socket path too long";
      return -1;
    }
    std::memcpy(addr.sun_path, e.path.c_str(), e.path.size() + 1);
    return connectTo(reinterpret_cast<sockaddr*>(&addr), sizeof addr, AF_UNIX, timeout, why);
  }
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* list = nullptr;
  if (int rc = ::getaddrinfo(e.host.c_str(), e.port.c_str(), &hints, &list); rc != 0) {
    why = std::string("resolve: ") + gai_strerror(rc);
    return -1;
  }
  int fd = -1;
  for (addrinfo* a = list; a && fd < 0; a = a->ai_next) fd = connectTo(a->ai_addr, a->ai_addrlen, a->ai_family, timeout, why);
  ::freeaddrinfo(list);
  return fd;
}

// Writes all of `data` before the deadline.
bool sendAll(int fd, const char* data, std::size_t len, std::chrono::steady_clock::time_point deadline) {
  while (len > 0) {
    ssize_t n = ::send(fd, data, len, MSG_NOSIGNAL);
    if (n > 0) {
      data += n;
      len -= static_cast<std::size_t>(n);
    } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
      if (!waitFor(fd, POLLOUT, deadline)) return false;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

ClamavResult parseClamdReply(std::string_view reply) {
  while (!reply.empty() && (reply.back() == '\0' || reply.back() == '\n')) reply.remove_suffix(1);
  std::string_view body = reply;
  if (auto colon = body.find(": "); colon != std::string_view::npos) body = body.substr(colon + 2);
  if (body == "OK") return {};
  if (body.ends_with(" FOUND")) return {ClamavStatus::Found, std::string(body.substr(0, body.size() - 6))};
  return {ClamavStatus::Error, "clamd: " + std::string(reply)};
}

bool ClamdClient::scanOn(const ClamdEndpoint& endpoint, std::string_view bytes, ClamavResult& result,
                         std::string& why) const {
  ClosingFd fd{connectEndpoint(endpoint, settings_.connectTimeout, why)};
  if (fd.fd < 0) return false;
  auto deadline = std::chrono::steady_clock::now() + settings_.ioTimeout;
  static constexpr char kCommand[] = "zINSTREAM";
  bool ok = sendAll(fd.fd, kCommand, sizeof kCommand, deadline);  // includes the terminating NUL
  for (std::size_t off = 0; ok && off < bytes.size(); off += kChunk) {
    std::size_t n = std::min(kChunk, bytes.size() - off);
    std::uint32_t len = htonl(static_cast<std::uint32_t>(n));
    ok = sendAll(fd.fd, reinterpret_cast<const char*>(&len), 4, deadline) && sendAll(fd.fd, bytes.data() + off, n, deadline);
  }
  std::uint32_t end = 0;
  // XXX clamd closes the stream early when StreamMaxLength is exceeded and then replies
  // "INSTREAM size limit exceeded. ERROR": a failed send still reads the reply.
  if (ok) sendAll(fd.fd, reinterpret_cast<const char*>(&end), 4, deadline);
  std::string reply;
  char buf[512];
  while (reply.find('\0') == std::string::npos && reply.size() < 4096) {
    if (!waitFor(fd.fd, POLLIN, deadline)) {
      why = "no reply within " + std::to_string(settings_.ioTimeout.count()) + " ms";
      return false;
    }
    ssize_t n = ::recv(fd.fd, buf, sizeof buf, 0);
    if (n > 0) reply.append(buf, static_cast<std::size_t>(n));
    else if (n == 0) break;
    else if (errno != EINTR && errno != EAGAIN) break;
  }
  if (reply.empty()) {
    why = ok ? "connection closed without a reply" : "send failed: " + errnoText();
    return false;
  }
  result = parseClamdReply(reply.substr(0, reply.find('\0')));
  return true;
}

ClamavResult ClamdClient::scan(std::string_view bytes) const {
  const auto& eps = settings_.endpoints;
  if (eps.empty()) return {ClamavStatus::Error, "no clamd sockets configured"};
  // Round robin spreads load over the pool; a dead daemon costs one connect timeout per try.
  unsigned start = next_.fetch_add(1, std::memory_order_relaxed);
  std::string failures;
  for (std::size_t i = 0; i < eps.size(); ++i) {
    const ClamdEndpoint& e = eps[(start + i) % eps.size()];
    ClamavResult result;
    std::string why;
    if (scanOn(e, bytes, result, why)) return result;
    spdlog::warn("clamd {}: {}; trying the next daemon", e.text, why);
    failures += (failures.empty() ? "" : "; ") + e.text + ": " + why;
  }
  return {ClamavStatus::Error, "no clamd daemon answered (" + failures + ")"};
}

}  // namespace aup
