#pragma once
// SmtpClient - sends one message over SMTP with libcurl (release re-injection and notices).
// The bytes are sent as they are (libcurl only dot-stuffs), so the receiver gets them exactly.

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

namespace aup {

// The message was not accepted; what() carries libcurl's error and the server's reply when known.
class SmtpSendError : public std::runtime_error {
 public:
  explicit SmtpSendError(const std::string& what) : std::runtime_error(what) {}
};

struct SmtpTarget {
  std::string host = "127.0.0.1";
  int port = 25;
  std::chrono::seconds timeout{60};
};

struct SmtpEnvelope {
  std::string mailFrom;                 // "" sends MAIL FROM:<>
  std::vector<std::string> recipients;  // at least one
};

class SmtpSender {
 public:
  virtual ~SmtpSender() = default;
  // Delivers `message` (CRLF line endings expected); throws SmtpSendError when refused or unreachable.
  virtual void send(const SmtpEnvelope& envelope, const std::string& message) = 0;
  // The server's last reply line to the latest send() ("250 2.0.0 Ok: queued as 4XyZ"), for the
  // audit trail; "" when unknown.
  virtual std::string lastReply() const { return {}; }
};

// The libcurl implementation.
class CurlSmtpSender : public SmtpSender {
 public:
  explicit CurlSmtpSender(SmtpTarget target) : target_(std::move(target)) {}
  void send(const SmtpEnvelope& envelope, const std::string& message) override;
  std::string lastReply() const override { return lastReply_; }

 private:
  SmtpTarget target_;
  std::string lastReply_;
};

}  // namespace aup
