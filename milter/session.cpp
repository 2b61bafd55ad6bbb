#include "milter/session.h"

#include <atomic>

#include <stdexcept>

namespace aup {

namespace {
std::atomic<std::int64_t> gOpenSessions{0};
}  // namespace

Session::OpenCount::OpenCount() { gOpenSessions.fetch_add(1, std::memory_order_relaxed); }

Session::OpenCount::OpenCount(const OpenCount&) { gOpenSessions.fetch_add(1, std::memory_order_relaxed); }

Session::OpenCount::~OpenCount() { gOpenSessions.fetch_sub(1, std::memory_order_relaxed); }

std::int64_t Session::openCount() { return gOpenSessions.load(std::memory_order_relaxed); }

namespace {

// Folded header values arrive with bare LF line breaks; the message on the wire uses CRLF.
std::string withCrlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out += '\r';
    out += text[i];
  }
  return out;
}

}  // namespace

void Session::connect(std::string clientName, std::string clientAddress) {
  abortMessage();
  clientName_ = std::move(clientName);
  clientAddress_ = std::move(clientAddress);
  tls_ = false;
}

void Session::noteTlsVersion(const char* tlsVersion) {
  if (tlsVersion != nullptr && *tlsVersion != '\0') tls_ = true;
}

void Session::startMessage(std::string_view mailFromPath, std::optional<std::string> authUser, const SpoolPolicy& spool) {
  abortMessage();
  envelope_.mailFrom = stripAngleBrackets(mailFromPath);
  if (authUser && !authUser->empty()) envelope_.authUser = std::move(authUser);
  spool_ = spool;
  ensureBuffer();
}

void Session::addRecipient(std::string_view rcptPath) { envelope_.recipients.push_back(stripAngleBrackets(rcptPath)); }

void Session::addHeader(std::string_view name, std::string_view value) {
  if (failure_) return;
  ensureBuffer();
  std::string line(name);
  line += spacing_ == HeaderSpacing::Exact ? ":" : ": ";
  line += withCrlf(value);
  line += "\r\n";
  buffer_->append(line);
}

void Session::endOfHeaders() {
  if (failure_) return;
  ensureBuffer();
  buffer_->append("\r\n");
}

void Session::appendBody(std::string_view chunk) {
  if (failure_) return;
  ensureBuffer();
  buffer_->append(chunk);
}

CollectedMessage Session::finishMessage(std::string queueId) {
  if (failure_) throw std::runtime_error(*failure_);
  if (!buffer_) throw std::runtime_error("end of message without MAIL FROM");
  CollectedMessage out{std::move(envelope_), buffer_->finish()};
  out.envelope.clientAddress = clientAddress_;
  out.envelope.clientName = clientName_;
  out.envelope.tls = tls_;
  out.envelope.queueId = std::move(queueId);
  abortMessage();
  return out;
}

void Session::fail(std::string why) {
  buffer_.reset();  // frees memory or the spool file now; the envelope stays for the audit line
  failure_ = std::move(why);
}

void Session::abortMessage() {
  envelope_ = Envelope{};
  buffer_.reset();
  failure_.reset();
}

// libmilter guarantees MAIL before headers; a defensive buffer keeps a confused MTA from crashing us.
void Session::ensureBuffer() {
  if (!buffer_) buffer_ = std::make_unique<SpoolingBuffer>(spool_.memoryThreshold, spool_.dir);
}

}  // namespace aup
