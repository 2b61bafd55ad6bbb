#include "milter/milter_callbacks.h"

#include <arpa/inet.h>
#include <libmilter/mfapi.h>
#include <netinet/in.h>
#include <spdlog/spdlog.h>

#include <exception>
#include <optional>
#include <stdexcept>
#include <string>

#include "milter/libmilter_actions.h"

namespace aup {

namespace {

// Set once before smfi_main() and only read afterwards.
const MilterServices* gServices = nullptr;

// XXX After a connection is closed (xxfi_close) libmilter may reuse the context for the next
// SMTP session without negotiating again (SMFIC_QUIT_NC: "quit, new connection follows"). The
// negotiated header spacing must survive the Session, so a closed context keeps a pointer to
// one of these static markers instead of NULL: nothing leaks when the context is then freed.
char gClosedExactSpacing;
char gClosedRemovedSpacing;

// The live Session of a context, or null (not made yet, or closed: see the markers above).
Session* sessionOf(SMFICTX* ctx) {
  void* p = smfi_getpriv(ctx);
  if (p == nullptr || p == &gClosedExactSpacing || p == &gClosedRemovedSpacing) return nullptr;
  return static_cast<Session*>(p);
}

// The Session of this connection, made on first use with the spacing negotiated earlier.
Session& session(SMFICTX* ctx) {
  if (Session* s = sessionOf(ctx)) return *s;
  HeaderSpacing spacing =
      smfi_getpriv(ctx) == &gClosedExactSpacing ? HeaderSpacing::Exact : HeaderSpacing::LeadingSpaceRemoved;
  auto* s = new Session(spacing);
  if (smfi_setpriv(ctx, s) != MI_SUCCESS) {
    delete s;
    throw std::runtime_error("smfi_setpriv failed");
  }
  return *s;
}

// A macro's value, "" when the MTA did not send it.
std::string macro(SMFICTX* ctx, const char* name) {
  const char* v = smfi_getsymval(ctx, const_cast<char*>(name));
  return v == nullptr ? std::string() : std::string(v);
}

// The client's IP literal from the connect callback's socket address ("" for non-IP clients).
std::string addressText(const _SOCK_ADDR* address) {
  if (address == nullptr) return {};
  char text[INET6_ADDRSTRLEN] = {};
  if (address->sa_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(address);
    if (inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text) != nullptr) return text;
  } else if (address->sa_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(address);
    if (inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text) != nullptr) return text;
  }
  return {};
}

// Every step before end of message is negotiated "no reply" (SMFIP_NR_*): the MTA streams
// connect, MAIL, RCPT, headers and body without waiting for an answer to each, which saves one
// round trip per header and body chunk. libmilter offers these bits even to MTAs that lack
// them (it then answers for us), so they are always available.
constexpr unsigned long kNoReplySteps = SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL | SMFIP_NR_RCPT |
                                        SMFIP_NR_HDR | SMFIP_NR_EOH | SMFIP_NR_BODY;

// Which answer a failed callback can still give.
enum class Stage {
  Streaming,     // a no-reply step: remember the failure, answer 451 at end of message
  EndOfMessage,  // answer 451 4.7.1 now
  Housekeeping,  // abort/close: nothing to answer
};

// What libmilter is told after a failed callback of each stage.
sfsistat answerAfterFailure(Stage stage) {
  switch (stage) {
    case Stage::Streaming:
      return SMFIS_NOREPLY;
    case Stage::Housekeeping:
      return SMFIS_CONTINUE;
    case Stage::EndOfMessage:
      break;
  }
  return SMFIS_TEMPFAIL;
}

// A callback failed. The message is never decided on what was collected so far: it ends in
// 451 4.7.1 (now, or at end of message), logged and audited.
sfsistat failCallback(SMFICTX* ctx, Stage stage, const char* name, const char* why) noexcept {
  try {
    Session* s = sessionOf(ctx);
    const std::string reason = std::string(name) + ": " + why;
    if (stage == Stage::Streaming) {
      spdlog::error("{}: internal error; the message will be answered 451 4.7.1 at its end", reason);
      if (s != nullptr) s->fail(reason);
    } else if (stage == Stage::Housekeeping) {
      spdlog::error("{}", reason);
      if (s != nullptr) s->abortMessage();
    } else {
      LibmilterActions actions(ctx, s != nullptr ? s->headerSpacing() : HeaderSpacing::LeadingSpaceRemoved);
      Envelope envelope = s != nullptr ? s->envelope() : Envelope{};
      envelope.queueId = macro(ctx, "i");
      if (s != nullptr) s->abortMessage();
      MessageDecider(*gServices).failInternally(envelope, reason, actions);
    }
  } catch (...) {
    // Logging or the reply failed too; the answer below still keeps the message out.
  }
  return answerAfterFailure(stage);
}

// Runs one callback body; no exception may cross into libmilter (C code).
template <typename Body>
sfsistat guarded(SMFICTX* ctx, Stage stage, const char* name, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::exception& e) {
    return failCallback(ctx, stage, name, e.what());
  } catch (...) {
    return failCallback(ctx, stage, name, "unknown exception");
  }
}

// The callbacks below hand their arguments to the connection's Session; nothing else happens
// before end of message.

// Options: the actions we need, verbatim header values, no UNKNOWN commands.
sfsistat onNegotiate(SMFICTX* ctx, unsigned long actionsOffered, unsigned long stepsOffered, unsigned long, unsigned long,
                     unsigned long* actions, unsigned long* steps, unsigned long* f2, unsigned long* f3) {
  return guarded(ctx, Stage::EndOfMessage, "negotiate", [&] {
    const unsigned long needed = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_ADDRCPT | SMFIF_QUARANTINE;
    if ((actionsOffered & needed) != needed) {
      spdlog::error("the MTA does not offer the milter actions aup-milter needs (offered {:#x}, need {:#x})",
                    actionsOffered, needed);
      return SMFIS_REJECT;  // with milter_default_action = tempfail, Postfix answers 4xx
    }
    *actions = needed;
    if ((stepsOffered & kNoReplySteps) != kNoReplySteps) {
      spdlog::error("libmilter does not offer the no-reply steps (offered {:#x})", stepsOffered);
      return SMFIS_REJECT;
    }
    // Exact header values (SMFIP_HDR_LEADSPC) so the rebuilt message is byte-faithful; no
    // UNKNOWN and no DATA step (nothing to decide there); no replies before end of message.
    *steps = kNoReplySteps | (stepsOffered & (SMFIP_HDR_LEADSPC | SMFIP_NOUNKNOWN | SMFIP_NODATA));
    *f2 = 0;
    *f3 = 0;
    HeaderSpacing spacing = (*steps & SMFIP_HDR_LEADSPC) ? HeaderSpacing::Exact : HeaderSpacing::LeadingSpaceRemoved;
    spdlog::debug("negotiated: actions {:#x}, header values {}", *actions,
                  spacing == HeaderSpacing::Exact ? "verbatim (SMFIP_HDR_LEADSPC)" : "with the leading space removed");
    delete sessionOf(ctx);
    auto* s = new Session(spacing);
    if (smfi_setpriv(ctx, s) != MI_SUCCESS) {
      delete s;
      throw std::runtime_error("smfi_setpriv failed");
    }
    return SMFIS_CONTINUE;
  });
}

sfsistat onConnect(SMFICTX* ctx, char* hostname, _SOCK_ADDR* address) {
  return guarded(ctx, Stage::Streaming, "connect", [&] {
    // Postfix connects again after XCLIENT with the new identity: start from scratch each time.
    session(ctx).connect(hostname != nullptr ? hostname : "unknown", addressText(address));
    return SMFIS_NOREPLY;
  });
}

sfsistat onHelo(SMFICTX* ctx, char*) {
  return guarded(ctx, Stage::Streaming, "helo", [&] {
    session(ctx).noteTlsVersion(smfi_getsymval(ctx, const_cast<char*>("{tls_version}")));
    return SMFIS_NOREPLY;
  });
}

sfsistat onEnvFrom(SMFICTX* ctx, char** argv) {
  return guarded(ctx, Stage::Streaming, "mail", [&] {
    Session& s = session(ctx);
    s.noteTlsVersion(smfi_getsymval(ctx, const_cast<char*>("{tls_version}")));
    std::string authUser = macro(ctx, "{auth_authen}");  // only sent at MAIL, only when authenticated
    SnapshotPtr snapshot = gServices->snapshots->current();  // keeps the settings alive across a reload
    const MilterSettings& settings = snapshot->settings.milter;
    SpoolPolicy spool{static_cast<std::size_t>(settings.spoolThreshold), settings.spoolDir};
    s.startMessage(argv != nullptr && argv[0] != nullptr ? argv[0] : "<>",
                   authUser.empty() ? std::nullopt : std::optional<std::string>(authUser), spool);
    return SMFIS_NOREPLY;
  });
}

sfsistat onEnvRcpt(SMFICTX* ctx, char** argv) {
  return guarded(ctx, Stage::Streaming, "rcpt", [&] {
    if (argv != nullptr && argv[0] != nullptr) session(ctx).addRecipient(argv[0]);
    return SMFIS_NOREPLY;
  });
}

sfsistat onHeader(SMFICTX* ctx, char* name, char* value) {
  return guarded(ctx, Stage::Streaming, "header", [&] {
    session(ctx).addHeader(name != nullptr ? name : "", value != nullptr ? value : "");
    return SMFIS_NOREPLY;
  });
}

sfsistat onEndOfHeaders(SMFICTX* ctx) {
  return guarded(ctx, Stage::Streaming, "eoh", [&] {
    session(ctx).endOfHeaders();
    return SMFIS_NOREPLY;
  });
}

sfsistat onBody(SMFICTX* ctx, unsigned char* chunk, size_t length) {
  return guarded(ctx, Stage::Streaming, "body", [&] {
    session(ctx).appendBody(std::string_view(reinterpret_cast<const char*>(chunk), length));
    return SMFIS_NOREPLY;
  });
}

// The end-of-message answer libmilter expects for a disposition.
sfsistat toSfsistat(Disposition disposition) {
  switch (disposition) {
    case Disposition::Accept:
    case Disposition::MtaHold:  // smfi_quarantine was called: continue into the hold queue
      return SMFIS_CONTINUE;  // at end of message: accept with the modifications made
    case Disposition::Reject:
      return SMFIS_REJECT;
    case Disposition::Tempfail:
      return SMFIS_TEMPFAIL;
    case Disposition::Discard:
      return SMFIS_DISCARD;
  }
  return SMFIS_TEMPFAIL;
}

// End of message: hand the collected message to the MessageDecider (decide, carry out, audit).
sfsistat onEndOfMessage(SMFICTX* ctx) {
  return guarded(ctx, Stage::EndOfMessage, "eom", [&] {
    Session& s = session(ctx);
    LibmilterActions actions(ctx, s.headerSpacing());
    MessageDecider decider(*gServices);
    std::string queueId = macro(ctx, "i");
    std::optional<CollectedMessage> message;
    try {
      message.emplace(s.finishMessage(queueId));
    } catch (const std::exception& e) {
      Envelope envelope = s.envelope();
      envelope.queueId = queueId;
      s.abortMessage();
      return toSfsistat(decider.failInternally(envelope, e.what(), actions));
    }
    return toSfsistat(decider.decide(std::move(*message), actions));
  });
}

sfsistat onAbort(SMFICTX* ctx) {
  return guarded(ctx, Stage::Housekeeping, "abort", [&] {
    if (Session* s = sessionOf(ctx)) s->abortMessage();
    return SMFIS_CONTINUE;
  });
}

// Connection end (or QUIT_NC): free the Session, remember the negotiated spacing.
sfsistat onClose(SMFICTX* ctx) {
  return guarded(ctx, Stage::Housekeeping, "close", [&] {
    if (Session* s = sessionOf(ctx)) {
      bool exact = s->headerSpacing() == HeaderSpacing::Exact;
      delete s;
      smfi_setpriv(ctx, exact ? &gClosedExactSpacing : &gClosedRemovedSpacing);
    }
    return SMFIS_CONTINUE;
  });
}

}  // namespace

void registerMilterCallbacks(const MilterServices& services) {
  gServices = &services;
  struct smfiDesc description = {
      const_cast<char*>("aup-milter"),
      SMFI_VERSION,
      SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_ADDRCPT | SMFIF_QUARANTINE,
      onConnect,
      onHelo,
      onEnvFrom,
      onEnvRcpt,
      onHeader,
      onEndOfHeaders,
      onBody,
      onEndOfMessage,
      onAbort,
      onClose,
      nullptr,  // unknown commands: not used
      nullptr,  // DATA: nothing to decide before the content
      onNegotiate,
  };
  if (smfi_register(description) != MI_SUCCESS) throw std::runtime_error("smfi_register failed");
}

}  // namespace aup
