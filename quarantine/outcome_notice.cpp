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

// {{decision}} (the subject line: "Your request to release ... was <decision>") and {{outcome}}
// (the text: "Your request was <outcome>.") of each outcome.
std::pair<std::string, std::string> decisionAndOutcome(const OutcomeFacts& f) {
  switch (f.outcome) {
    case RequestOutcome::Approved: return {"approved", "approved, and the message has been delivered"};
    case RequestOutcome::Denied: return {"denied", "denied: the message stays held and will not be delivered"};
    case RequestOutcome::Released:
      return {"closed: the message was released",
              "closed without a decision, because " + safeNoticeField(f.reviewer) + " released the message: it has been delivered"};
    case RequestOutcome::Deleted:
      return {"closed: the message was deleted",
              "closed without a decision, because the message was deleted from quarantine: it will not be delivered"};
  }
  return {"denied", "denied"};
}

}  // namespace

std::string_view toString(OutcomeNoticeResult result) {
  switch (result) {
    case OutcomeNoticeResult::Queued: return "queued";
    case OutcomeNoticeResult::AlreadyQueued: return "already-queued";
    case OutcomeNoticeResult::Disabled: return "disabled";
    case OutcomeNoticeResult::Failed: return "failed";
    case OutcomeNoticeResult::NobodyToTell: return "nobody-to-tell";
  }
  return "failed";
}

std::string_view toString(RequestOutcome outcome) {
  switch (outcome) {
    case RequestOutcome::Approved: return "approved";
    case RequestOutcome::Denied: return "denied";
    case RequestOutcome::Released: return "released";
    case RequestOutcome::Deleted: return "deleted";
  }
  return "denied";
}

std::string outcomeDedupeKey(std::int64_t requestId) { return "outcome:" + std::to_string(requestId); }

std::string outcomeRecipient(const ReleaseRequest& request, const QuarantineRecord& record) {
  // Only someone the gateway already vouched for: the address its notice (and link) went to, or
  // the message's own sender.
  if (request.requestedBy.starts_with(kNoticeLinkRequester)) {
    return toLowerAscii(request.requestedBy.substr(kNoticeLinkRequester.size()));
  }
  const std::string& sender = record.request.mailFrom;
  if (!sender.empty() && toLowerAscii(request.requestedBy) == toLowerAscii(sender)) return toLowerAscii(sender);
  return {};
}

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
  const auto [decision, outcome] = decisionAndOutcome(f);
  return {{"organisation", safeNoticeField(organisation_)},
          {"sender", safeNoticeField(f.to)},
          {"subject", safeNoticeField(maskSubject(f.subject))},
          {"recipients", safeNoticeField(joined(f.recipients))},
          {"quarantine_id", safeNoticeField(f.quarantineId)},
          {"decision", decision},
          {"outcome", outcome},
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
               toString(facts.outcome), facts.to);
  if (queued_) queued_();
  return OutcomeNoticeResult::Queued;
}

}  // namespace aup
