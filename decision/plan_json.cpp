#include "decision/plan_json.h"

#include <cmath>

namespace aup {

namespace {

using nlohmann::json;

double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

json reasonsJson(const Verdict& verdict) {
  json out = json::array();
  for (const auto& r : verdict.reasons) {
    json f = toJson(r.finding);
    f["action"] = toString(r.action);
    out.push_back(std::move(f));
  }
  return out;
}

json timingsJson(const Verdict& verdict) {
  json out = json::object();
  for (const auto& t : verdict.timings) out[t.policy] = rounded(t.milliseconds);
  return out;
}

std::string replyText(const SmtpReply& reply) {
  return reply.code.empty() ? "" : reply.code + " " + reply.enhancedCode + " " + reply.text();
}

}  // namespace

json toJson(const Finding& f) {
  return {{"policy", f.policy},     {"rule", f.rule},         {"evidence", f.evidence},
          {"location", f.location}, {"description", f.description}, {"advice", f.advice},
          {"confidence", rounded(f.confidence)}};
}

json toJson(const Modifications& m) {
  json headers = json::array(), changed = json::array();
  for (const auto& h : m.addHeaders) headers.push_back({{"name", h.name}, {"value", h.value}});
  for (const auto& c : m.changeHeaders) changed.push_back({{"name", c.name}, {"index", c.index}, {"value", c.value}});
  return {{"added_rcpts", m.addRecipients}, {"added_headers", headers}, {"changed_headers", changed}};
}

json toJson(const SmtpReply& reply) {
  return {{"code", reply.code}, {"enhanced_code", reply.enhancedCode}, {"lines", reply.lines}};
}

json toJson(const Verdict& verdict) {
  json out = {{"action", toString(verdict.action)}, {"direction", toString(verdict.direction)},
              {"reasons", reasonsJson(verdict)}};
  out.update(toJson(verdict.modifications));
  out["reply"] = replyText(verdict.reply);
  out["errors"] = verdict.errors;
  out["timings_ms"] = timingsJson(verdict);
  return out;
}

json toJson(const Plan& plan) {
  json out = toJson(plan.verdict);
  out["reply"] = replyText(plan.mta.reply);
  json removals = json::array();
  for (const auto& r : plan.mta.removeHeaders) removals.push_back({{"name", r.name}, {"index", r.index}});
  json mta = {{"disposition", toString(plan.mta.disposition)}, {"reply", toJson(plan.mta.reply)},
              {"remove_headers", removals}, {"modifications", toJson(plan.mta.modifications)}};
  if (!plan.mta.holdReason.empty()) mta["hold_reason"] = plan.mta.holdReason;
  json p = {{"mta", mta}, {"reference", plan.reference}, {"on_effect_failure", toJson(plan.failureReply)}};
  p["hold"] = plan.hold ? json{{"on_release", toJson(plan.hold->onRelease)}} : json(nullptr);
  p["notice"] = plan.notice ? json{{"to", plan.notice->to}, {"subject", plan.notice->subjectMasked},
                                   {"rate_keys", plan.notice->rateKeys}}
                            : json(nullptr);
  if (!plan.noticeSkipped.empty()) p["notice_skipped"] = plan.noticeSkipped;
  if (!plan.releaseCheck.empty()) p["release_token"] = plan.releaseCheck;
  if (!plan.noticeTokenCheck.empty()) p["notice_token"] = plan.noticeTokenCheck;
  out["plan"] = std::move(p);
  return out;
}

json auditRecord(const Plan& plan, std::string_view quarantineId, std::string_view failure) {
  const Envelope& e = plan.envelope;
  const Verdict& v = plan.verdict;
  json reasons = json::array();
  for (const auto& r : v.reasons) {
    reasons.push_back({{"policy", r.finding.policy}, {"rule", r.finding.rule}, {"action", toString(r.action)},
                       {"evidence", r.finding.evidence}, {"location", r.finding.location}});
  }
  json errors = v.errors;
  if (!failure.empty()) errors.push_back("milter: " + std::string(failure));
  json out = {{"event", "decision"},
              {"queue_id", e.queueId},
              {"reference", plan.reference},
              {"mail_from", e.mailFrom},
              {"rcpts", e.recipients},
              {"auth_user", e.authUser.value_or("")},
              {"client", e.clientAddress},
              {"tls", e.tls},
              {"direction", toString(v.direction)},
              {"action", failure.empty() ? toString(v.action) : toString(Action::Tempfail)},
              {"reasons", reasons},
              {"added_rcpts", plan.mta.modifications.addRecipients},
              {"errors", errors},
              {"scanner_ms", timingsJson(v)}};
  if (!quarantineId.empty()) out["quarantine_id"] = quarantineId;
  if (!plan.releaseCheck.empty()) out["release_token"] = plan.releaseCheck;
  if (!plan.noticeTokenCheck.empty()) out["notice_token"] = plan.noticeTokenCheck;
  if (plan.hold && !plan.hold->onRelease.addRecipients.empty()) out["on_release_rcpts"] = plan.hold->onRelease.addRecipients;
  if (plan.notice) out["notice_to"] = plan.notice->to;
  if (!plan.noticeSkipped.empty()) out["notice_skipped"] = plan.noticeSkipped;
  return out;
}

}  // namespace aup
