#include "quarantine/outcome_notice.h"

#include <spdlog/spdlog.h>

#include "decision/decide.h"
#include "engine/envelope.h"
#include "quarantine/notice_service.h"

namespace aup {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::string_view toString(OutcomeNoticeResult result) {
  switch (result) {
    case OutcomeNoticeResult::Queued: return "queued";
    case OutcomeNoticeResult::AlreadyQueued: return "already-queued";
    case OutcomeNoticeResult::Disabled: return "disabled";
    case OutcomeNoticeResult::Failed: return "failed";
  }
  return "failed";
}

std::string outcomeDedupeKey(std::int64_t requestId) { return "outcome:" + std::to_string(requestId); }

OutcomeNotices::OutcomeNotices(const NoticeSettings& settings, std::string organisation, std::string tokenKey,
                               NoticeOutbox& outbox, std::function<void()> queued)
    : settings_(settings),
      organisation_(std::move(organisation)),
      tokenKey_(std::move(tokenKey)),
      templates_(loadOutcomeTemplates(settings.templateDir)),
      outbox_(outbox),
      queued_(std::move(queued)) {}

TemplateValues OutcomeNotices::values(const OutcomeFacts& f) const {
  const std::string reason = f.reviewerReason.empty() ? "(no reason given)" : f.reviewerReason;
  return {{"organisation", safeNoticeField(organisation_)},
          {"sender", safeNoticeField(f.to)},
          {"subject", safeNoticeField(maskSubject(f.subject))},
          {"recipients", safeNoticeField(joined(f.recipients))},
          {"quarantine_id", safeNoticeField(f.quarantineId)},
          {"decision", f.approved ? "approved" : "denied"},
          {"outcome", f.approved ? "approved, and the message has been delivered"
                                 : "denied: the message stays held and will not be delivered"},
          {"reviewer", safeNoticeField(f.reviewer)},
          {"reason", safeNoticeField(reason)},
          {"time", rfc5322Date(f.decidedAt)},
          {"contact", safeNoticeField(settings_.contact)}};
}

OutcomeNoticeResult OutcomeNotices::enqueue(const OutcomeFacts& facts) {
  if (!settings_.enabled) return OutcomeNoticeResult::Disabled;
  try {
    const TemplateValues v = values(facts);
    const std::string message = composeRenderedNotice(
        {settings_.from, facts.to, renderTemplate(templates_.subject, v, TemplateEscaping::None), v.at("time"),
         renderTemplate(templates_.text, v, TemplateEscaping::None), renderTemplate(templates_.html, v, TemplateEscaping::Html)},
        domainOf(settings_.from));
    const EnqueueResult result =
        outbox_.enqueue(facts.to, settings_.from, withNoticeToken(message, facts.to, facts.decidedAt, tokenKey_),
                        facts.decidedAt, {}, outcomeDedupeKey(facts.requestId));
    if (result == EnqueueResult::Duplicate) return OutcomeNoticeResult::AlreadyQueued;
  } catch (const std::exception& e) {
    spdlog::error("quarantine {}: the outcome of request {} could not be queued for {}: {}", facts.quarantineId,
                  facts.requestId, facts.to, e.what());
    return OutcomeNoticeResult::Failed;
  }
  spdlog::info("quarantine {}: outcome of request {} ({}) queued for {}", facts.quarantineId, facts.requestId,
               facts.approved ? "approved" : "denied", facts.to);
  if (queued_) queued_();
  return OutcomeNoticeResult::Queued;
}

}  // namespace aup
