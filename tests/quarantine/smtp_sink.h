#pragma once
// SmtpSink - a tiny in-process SMTP server on 127.0.0.1 with a kernel-chosen port, for tests of
// release re-injection and notices. Keeps every message's envelope and exact DATA bytes
// (dot-unstuffed, terminator removed). Can refuse the next N transactions with 451.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace aup::test {

struct SunkMessage {
  std::string mailFrom;
  std::vector<std::string> recipients;
  std::string data;
};

class SmtpSink {
 public:
  SmtpSink() {
    listenFd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (listenFd_ < 0 || ::bind(listenFd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(listenFd_, 16) != 0) {
      throw std::runtime_error("SmtpSink: cannot listen on 127.0.0.1");
    }
    socklen_t len = sizeof addr;
    ::getsockname(listenFd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~SmtpSink() {
    stopping_ = true;
    ::shutdown(listenFd_, SHUT_RDWR);
    ::close(listenFd_);
    thread_.join();
  }
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  int port() const { return port_; }
  void refuseNext(int transactions) { refuse_ = transactions; }
  std::vector<SunkMessage> messages() {
    std::lock_guard lock(mutex_);
    return messages_;
  }
  // Waits (bounded) until `count` messages arrived; returns whether they did.
  bool waitFor(std::size_t count, std::chrono::seconds limit = std::chrono::seconds(30)) {
    std::unique_lock lock(mutex_);
    return arrived_.wait_for(lock, limit, [&] { return messages_.size() >= count; });
  }

 private:
  void serve() {
    while (!stopping_) {
      int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) {
        if (stopping_) return;
        continue;
      }
      session(fd);
      ::close(fd);
    }
  }

  static void reply(int fd, const std::string& line) {
    std::string out = line + "\r\n";
    (void)!::write(fd, out.data(), out.size());
  }

  // Reads one CRLF-terminated line (without the CRLF) into `line`; false at EOF.
  bool readLine(int fd, std::string& line) {
    while (true) {
      std::size_t end = buffer_.find("\r\n");
      if (end != std::string::npos) {
        line = buffer_.substr(0, end);
        buffer_.erase(0, end + 2);
        return true;
      }
      char chunk[4096];
      ssize_t n = ::read(fd, chunk, sizeof chunk);
      if (n <= 0) return false;
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  static std::string pathOf(const std::string& line) {
    auto open = line.find('<');
    auto close = line.rfind('>');
    return open == std::string::npos || close == std::string::npos ? "" : line.substr(open + 1, close - open - 1);
  }

  void session(int fd) {
    buffer_.clear();
    reply(fd, "220 sink ESMTP");
    SunkMessage current;
    std::string line;
    while (readLine(fd, line)) {
      std::string verb = line.substr(0, 4);
      for (auto& c : verb) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (verb == "EHLO" || verb == "HELO") {
        reply(fd, "250 sink");
      } else if (verb == "MAIL") {
        if (refuse_ > 0) {
          --refuse_;
          reply(fd, "451 4.3.0 sink says try later");
          continue;
        }
        current = SunkMessage{pathOf(line), {}, ""};
        reply(fd, "250 2.1.0 ok");
      } else if (verb == "RCPT") {
        current.recipients.push_back(pathOf(line));
        reply(fd, "250 2.1.5 ok");
      } else if (verb == "DATA") {
        reply(fd, "354 go ahead");
        while (readLine(fd, line) && line != ".") {
          current.data += (line.starts_with(".") ? line.substr(1) : line) + "\r\n";
        }
        {
          std::lock_guard lock(mutex_);
          messages_.push_back(current);
        }
        arrived_.notify_all();
        reply(fd, "250 2.0.0 queued");
      } else if (verb == "QUIT") {
        reply(fd, "221 bye");
        return;
      } else if (verb == "RSET" || verb == "NOOP") {
        reply(fd, "250 ok");
      } else {
        reply(fd, "502 5.5.2 not implemented");
      }
    }
  }

  int listenFd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> refuse_{0};
  std::string buffer_;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<SunkMessage> messages_;
  std::thread thread_;
};

}  // namespace aup::test
