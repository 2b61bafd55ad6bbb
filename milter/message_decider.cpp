#include "milter/message_decider.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <exception>
#include <memory>

#include "common/wall_clock.h"
#include "audit/mail_log_line.h"
#include "decision/decide.h"
#include "decision/plan_json.h"

namespace aup {

namespace {

// One operational log line per decision; the audit log holds the full record. Scanner error text
// goes here (and to the audit log), never into a reply to the client.
void logDecision(const Plan& plan, const ExecutionResult& done) {
  const Envelope& e = plan.envelope;
  std::string reasons;
  for (const auto* r : plan.verdict.decisiveReasons()) reasons += " " + r->finding.policy + "/" + r->finding.rule;
  spdlog::info("{}: {} from=<{}> rcpts={} direction={} client={}{}{}", plan.reference, toString(plan.verdict.action),
               e.mailFrom, e.recipients.size(), toString(plan.verdict.direction), e.clientAddress,
               reasons.empty() ? "" : " reasons:", reasons);
  for (const auto& err : plan.verdict.errors) spdlog::warn("{}: scanner error: {}", plan.reference, err);
  if (!plan.releaseCheck.empty() && plan.releaseCheck != "valid") {
    spdlog::warn("{}: ignoring {} header: {}", plan.reference, kReleasedHeader, plan.releaseCheck);
  }
  if (!plan.noticeTokenCheck.empty() && plan.noticeTokenCheck != "valid") {
    spdlog::warn("{}: ignoring {} header: {}", plan.reference, kNoticeHeader, plan.noticeTokenCheck);
  }
  if (!done.failure.empty()) spdlog::error("{}: {}", plan.reference, done.failure);
}

// The audit record, and the mail.log line made from it (so both show the same, masked the same).
void audit(const MilterServices& services, const Plan& plan, const ExecutionResult& done) {
  if (services.audit == nullptr && services.mailLog == nullptr) return;
  nlohmann::json record;
  try {
    record = auditRecord(plan, done.quarantineId, done.failure);
    if (services.audit != nullptr) services.audit->recordDecision(record);
  } catch (const std::exception& e) {
    spdlog::error("{}: cannot write the audit log: {}", plan.reference, e.what());
  }
  try {
    if (services.mailLog != nullptr && !record.is_null()) services.mailLog->send(SyslogSeverity::Info, mailLogLine(record));
  } catch (const std::exception& e) {
    spdlog::error("{}: cannot format the mail.log line: {}", plan.reference, e.what());
  }
}

// Tells the member of staff what was stopped and why; never delays or changes the answer.
void queueNotice(const MilterServices& services, const Plan& plan, const ExecutionResult& done) {
  // A failed effect turned the answer into a tempfail: the sender's client retries, no notice.
  if (services.notices == nullptr || !done.failure.empty()) return;
  if (!plan.notice) {
    if (!plan.noticeSkipped.empty()) spdlog::info("{}: no notice: {}", plan.reference, plan.noticeSkipped);
    return;
  }
  NoticeOutcome outcome = services.notices->enqueue(plan, done.quarantineId);
  spdlog::debug("{}: notice: {}", plan.reference, toString(outcome));
}

}  // namespace

DecisionInputs MessageDecider::gatherInputs(const MessageView& view, const Verdict& verdict) const {
  DecisionInputs inputs;
  inputs.now = nowSeconds();
  inputs.tokenKey = services_.tokenKey;
  if (auto header = view.header(kReleasedHeader); header && services_.quarantine != nullptr) {
    if (auto id = tokenQuarantineId(*header)) inputs.releaseGrant = services_.quarantine->releaseGrant(*id);
  }
  // Only a held or rejected message can get a notice: accepted mail (nearly all of it) does not
  // pay for the outbox queries.
  bool noticeDue = verdict.action == Action::Quarantine || verdict.action == Action::Reject;
  if (services_.notices != nullptr && noticeDue) {
    inputs.noticesThisHour = services_.notices->countsThisHour(noticeRateKeys(view.envelope()), inputs.now);
  }
  return inputs;
}

Disposition MessageDecider::decide(CollectedMessage message, MilterActions& actions) const {
  Envelope envelope = message.envelope;
  try {
    SnapshotPtr snapshot = services_.snapshots->current();
    // The budget covers parsing too: Postfix's milter_content_timeout runs from end-of-message.
    Deadline deadline = Deadline::after(snapshot->settings.engine.messageBudget);
    auto raw = std::make_shared<const RawMessage>(std::move(message.raw));
    auto view = MessageView::parse(raw, std::move(message.envelope), snapshot->settings.parseLimits);
    const Engine& engine = *snapshot->engine;
    Verdict verdict = engine.evaluate(*view, deadline);
    DecisionInputs inputs = gatherInputs(*view, verdict);
    Plan plan = planFor(std::move(verdict), *view, engine.settings().organisation, snapshot->decision, inputs);
    ExecutionResult done = executePlan(plan, *view, services_.quarantine, actions);
    if (services_.metrics != nullptr) services_.metrics->recordDecision(plan, done.disposition);
    logDecision(plan, done);
    audit(services_, plan, done);
    queueNotice(services_, plan, done);
    return done.disposition;
  } catch (const std::exception& e) {
    return failInternally(envelope, e.what(), actions);
  } catch (...) {
    return failInternally(envelope, "unknown exception", actions);
  }
}

Disposition MessageDecider::failInternally(const Envelope& envelope, std::string_view why, MilterActions& actions) const {
  try {
    Plan plan;
    plan.envelope = envelope;
    plan.reference = envelope.queueId.empty() ? "NOQUEUE" : envelope.queueId;
    plan.verdict.action = Action::Tempfail;
    plan.verdict.errors.push_back("milter: " + std::string(why));
    setFailureReply(internalErrorReply(plan.reference), actions);
    spdlog::error("{}: internal error, answering 451 4.7.1: {}", plan.reference, why);
    if (services_.metrics != nullptr) services_.metrics->recordInternalFailure();
    audit(services_, plan, {Disposition::Tempfail, "", ""});
  } catch (...) {
    // Nothing more can be done; the tempfail below still keeps the message out.
  }
  return Disposition::Tempfail;
}

}  // namespace aup
