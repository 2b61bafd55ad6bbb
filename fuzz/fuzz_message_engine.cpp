// fuzz_message_engine - arbitrary bytes as a message: MessageView::parse, then the Engine with
// every scanner the embedded default config enables (all policies on). Besides crashes and
// sanitizer reports, it aborts when a verdict breaks a promise the milter relies on (reply
// shape, modifications only on accept).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "engine/message_view.h"
#include "adapters/production_services.h"

namespace {

aup::SnapshotPtr gSnapshot;

// The envelopes a message is judged under: the same bytes take different policy paths.
aup::Envelope envelopeFor(std::size_t selector) {
  aup::Envelope e;
  e.clientName = "unknown";
  switch (selector % 4) {
    case 0:  // outbound, authenticated member of staff
      e.mailFrom = "j.smith@school.example";
      e.recipients = {"parent@example.org", "head@school.example"};
      e.authUser = "j.smith@school.example";
      e.clientAddress = "192.0.2.10";
      break;
    case 1:  // inbound from outside
      e.mailFrom = "someone@example.org";
      e.recipients = {"j.smith@school.example"};
      e.clientAddress = "203.0.113.7";
      break;
    case 2:  // internal learner to staff
      e.mailFrom = "a.pupil@students.school.example";
      e.recipients = {"j.smith@school.example"};
      e.authUser = "a.pupil@students.school.example";
      e.clientAddress = "192.0.2.11";
      e.tls = true;
      break;
    default:  // null sender (bounce) from outside
      e.recipients = {"j.smith@school.example", "office@school.example"};
      e.clientAddress = "2001:db8::1";
      break;
  }
  return e;
}

// Stops the run with a message when a verdict invariant is broken.
void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "verdict invariant broken: %s\n", what);
  std::abort();
}

void checkVerdict(const aup::Verdict& v) {
  require(v.reply.lines.size() <= 32, "at most 32 reply lines (libmilter limit)");
  for (const auto& line : v.reply.lines) {
    require(line.find_first_of("\r\n") == std::string::npos, "reply lines carry no CR/LF");
  }
  require(v.action == aup::Action::Accept ? v.reply.code.empty() : !v.reply.code.empty(),
          "a reply code exactly when the message is not accepted");
  require(v.action == aup::Action::Accept || v.modifications.empty(), "modifications only on accept");
}

}  // namespace

// Builds the policy snapshot once (AUP_FUZZ_CONFIG overrides the fuzz config).
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  const char* override = std::getenv("AUP_FUZZ_CONFIG");
  std::string path = override ? override : AUP_SOURCE_DIR "/config/aup-milter.toml";
  try {
    gSnapshot = aup::loadSnapshot(path);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fuzz_message_engine: cannot load %s:\n%s\n", path.c_str(), e.what());
    std::abort();
  }
  std::fprintf(stderr, "fuzz_message_engine: %zu scanners from %s\n", gSnapshot->engine->scanners().size(),
               path.c_str());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto raw = std::make_shared<const aup::RawMessage>(
      aup::RawMessage::inMemory(std::string(reinterpret_cast<const char*>(data), size)));
  auto view = aup::MessageView::parse(raw, envelopeFor(size), gSnapshot->settings.parseLimits);
  // decide() as the milter runs it: the plan's verdict carries the SMTP reply the MTA is given.
  checkVerdict(aup::decide(*gSnapshot->engine, *view, gSnapshot->decision, {}).verdict);
  return 0;
}
