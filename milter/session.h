#pragma once
// Session - what aup-milter collects about one SMTP connection and its current message.
//
// One Session per milter connection, reached through smfi_getpriv (never thread_local: Debian's
// libmilter runs a worker pool, so one connection's callbacks move between threads). libmilter
// never runs two callbacks of one connection at once, so a Session needs no lock.
// Knows nothing of libmilter: the callbacks in milter_callbacks.cpp pass plain strings in.

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "engine/envelope.h"
#include "milter/spooling_buffer.h"

namespace aup {

// How the MTA hands over header values.
enum class HeaderSpacing {
  Exact,               // SMFIP_HDR_LEADSPC negotiated: values keep their leading whitespace
  LeadingSpaceRemoved, // the MTA removed the one space after the colon (older MTAs)
};

// Where and when a message body leaves memory for a spool file.
struct SpoolPolicy {
  std::size_t memoryThreshold = 1u << 20;
  std::filesystem::path dir = "/tmp";
};

// A finished message: its envelope and its exact bytes.
struct CollectedMessage {
  Envelope envelope;
  RawMessage raw;
};

class Session {
 public:
  explicit Session(HeaderSpacing spacing) : spacing_(spacing) {}
  // Sessions alive in the process (one per SMTP connection Postfix has open with the milter).
  static std::int64_t openCount();

  HeaderSpacing headerSpacing() const { return spacing_; }

  // A (new) SMTP client: forgets everything, including a previous XCLIENT identity.
  void connect(std::string clientName, std::string clientAddress);
  // TLS details arrive with HELO and MAIL ({tls_version}); any version means TLS is on.
  void noteTlsVersion(const char* tlsVersion);
  // MAIL FROM: starts a new message. authUser is {auth_authen} (absent when not authenticated).
  void startMessage(std::string_view mailFromPath, std::optional<std::string> authUser, const SpoolPolicy& spool);
  void addRecipient(std::string_view rcptPath);
  // Appends one header as "Name:" + value + CRLF (bare LF in folded values become CRLF).
  void addHeader(std::string_view name, std::string_view value);
  void endOfHeaders();
  void appendBody(std::string_view chunk);
  // Hands over the message (envelope + bytes) and resets the per-message state. Throws
  // std::runtime_error when the message failed earlier or never started: never a partial message.
  CollectedMessage finishMessage(std::string queueId);
  // A callback before end of message failed. With no-reply steps the MTA cannot be answered
  // then, so the rest of the message is ignored and finishMessage() reports `why` (-> 451).
  void fail(std::string why);
  // Drops the current message (SMTP RSET, client gone, abort).
  void abortMessage();

  const Envelope& envelope() const { return envelope_; }
  bool inMessage() const { return buffer_ != nullptr || failure_.has_value(); }

 private:
  // Counts the Session it is part of (copies and moves included) in openCount().
  struct OpenCount {
    OpenCount();
    OpenCount(const OpenCount&);
    OpenCount& operator=(const OpenCount&) = default;
    ~OpenCount();
  };
  OpenCount openCount_;
  void ensureBuffer();

  HeaderSpacing spacing_;
  std::string clientName_;
  std::string clientAddress_;
  bool tls_ = false;
  Envelope envelope_;
  SpoolPolicy spool_;
  std::unique_ptr<SpoolingBuffer> buffer_;
  std::optional<std::string> failure_;  // set by fail(), cleared by the next message
};

}  // namespace aup
