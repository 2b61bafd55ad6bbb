#include "milter/message_decider.h"

#include <spdlog/spdlog.h>

#include <exception>
#include <memory>

namespace aup {

namespace {

// One operational log line per decision; the audit log holds the full record.
void logDecision(const Envelope& envelope, const Verdict& verdict, const ApplyResult& applied) {
  std::string reasons;
  for (const auto* r : verdict.decisiveReasons()) reasons += " " + r->finding.policy + "/" + r->finding.rule;
  spdlog::info("{}: {} from=<{}> rcpts={} direction={} client={}{}{}", envelope.queueId.empty() ? "NOQUEUE" : envelope.queueId,
               toString(verdict.action), envelope.mailFrom, envelope.recipients.size(), toString(verdict.direction),
               envelope.clientAddress, reasons.empty() ? "" : " reasons:", reasons);
  for (const auto& e : verdict.errors) spdlog::warn("{}: scanner error: {}", envelope.queueId, e);
  if (!applied.failure.empty()) spdlog::error("{}: {}", envelope.queueId, applied.failure);
}

void audit(const MilterServices& services, const Envelope& envelope, const Verdict& verdict, std::string_view quarantineId) {
  try {
    if (services.audit != nullptr) services.audit->recordDecision(envelope, verdict, quarantineId);
  } catch (const std::exception& e) {
    spdlog::error("{}: cannot write the audit log: {}", envelope.queueId, e.what());
  }
}

// An admin released this message from quarantine: deliver it instead of holding it again. Only a
// quarantine gives way; a reject (e.g. a virus found by newer signatures) still stands.
void honourRelease(const MilterServices& services, const MessageView& view, Verdict& verdict) {
  if (services.released == nullptr || verdict.action != Action::Quarantine) return;
  auto check = services.released->check(view);
  if (!check) return;
  const std::string& queueId = view.envelope().queueId;
  if (*check != ReleaseTokenCheck::Valid) {
    spdlog::warn("{}: ignoring {} header: {}", queueId, kReleasedHeader, toString(*check));
    return;
  }
  Finding released;
  released.policy = "quarantine";
  released.rule = "released";
  released.description = "released from quarantine by an administrator";
  released.location = "header " + std::string(kReleasedHeader);
  released.actionOverride = Action::Accept;
  verdict.reasons.push_back({released, Action::Accept});
  verdict.action = Action::Accept;
  spdlog::info("{}: carries a valid release token; delivering instead of holding again", queueId);
}

// Tells the internal sender what was stopped and why; never delays or changes the answer.
void queueNotice(const MilterServices& services, const MessageView& view, const Verdict& verdict,
                 const ApplyResult& applied) {
  // A failed effect turned the answer into a tempfail: the sender's client retries, no notice.
  if (services.notices == nullptr || !applied.failure.empty()) return;
  NoticeOutcome outcome = services.notices->enqueue(view.envelope(), view.subject(), verdict, applied.quarantineId);
  spdlog::debug("{}: notice: {}", view.envelope().queueId, toString(outcome));
}

}  // namespace

Disposition MessageDecider::decide(CollectedMessage message, MilterActions& actions) const {
  Envelope envelope = message.envelope;
  try {
    SnapshotPtr snapshot = services_.snapshots->current();
    // The budget covers parsing too: Postfix's milter_content_timeout runs from end-of-message.
    Deadline deadline = Deadline::after(snapshot->settings.engine.messageBudget);
    auto raw = std::make_shared<const RawMessage>(std::move(message.raw));
    auto view = MessageView::parse(raw, std::move(message.envelope), snapshot->settings.parseLimits);
    Verdict verdict = snapshot->engine->evaluate(*view, deadline);
    honourRelease(services_, *view, verdict);
    VerdictApplier applier(snapshot->settings.milter, services_.quarantine);
    ApplyResult applied = applier.apply(verdict, *view, actions);
    if (!applied.failure.empty()) {
      // The effect did not happen: what the client sees (and the audit records) is a tempfail.
      verdict.errors.push_back("milter: " + applied.failure);
      verdict.action = Action::Tempfail;
    }
    logDecision(envelope, verdict, applied);
    audit(services_, envelope, verdict, applied.quarantineId);
    queueNotice(services_, *view, verdict, applied);
    return applied.disposition;
  } catch (const std::exception& e) {
    return failInternally(envelope, e.what(), actions);
  } catch (...) {
    return failInternally(envelope, "unknown exception", actions);
  }
}

Disposition MessageDecider::failInternally(const Envelope& envelope, std::string_view why, MilterActions& actions) const {
  try {
    setInternalErrorReply(actions);
    spdlog::error("{}: internal error, answering 451 4.7.1: {}", envelope.queueId.empty() ? "NOQUEUE" : envelope.queueId, why);
    Verdict verdict;
    verdict.action = Action::Tempfail;
    verdict.errors.push_back("milter: " + std::string(why));
    audit(services_, envelope, verdict, {});
  } catch (...) {
    // Nothing more can be done; the tempfail below still keeps the message out.
  }
  return Disposition::Tempfail;
}

}  // namespace aup
