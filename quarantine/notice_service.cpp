#include "quarantine/notice_service.h"

#include "common/wall_clock.h"
#include "decision/release_token.h"
#include "decision/request_link.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <ctime>

namespace aup {

namespace {

// Only the reasons that decided the action: a notice explains what to fix, not every observation.
std::vector<HeldReason> decisiveReasons(const Verdict& verdict) {
  std::vector<HeldReason> out;
  for (const Reason* r : verdict.decisiveReasons()) {
    const Finding& f = r->finding;
    out.push_back({f.policy, f.rule, std::string(toString(r->action)), f.description, f.evidence, f.location, f.advice});
  }
  return out;
}

}  // namespace

std::string_view toString(NoticeOutcome outcome) {
  switch (outcome) {
    case NoticeOutcome::Queued: return "queued";
    case NoticeOutcome::Disabled: return "disabled";
    case NoticeOutcome::NotNeeded: return "not-needed";
    case NoticeOutcome::NotInternal: return "not-internal";
    case NoticeOutcome::RateLimited: return "rate-limited";
    case NoticeOutcome::Duplicate: return "duplicate";
    case NoticeOutcome::Failed: return "failed";
  }
  return "failed";
}

std::string rfc5322Date(std::int64_t unixSeconds) {
  std::time_t t = static_cast<std::time_t>(unixSeconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buffer;
}

std::string withNoticeToken(const std::string& message, const std::string& to, std::int64_t now, std::string_view key) {
  const std::vector<HeaderField> headers = headerFieldsOf(message);
  TokenSubject subject{{to}, headers, message};
  return std::string(kNoticeHeader) + ": " + signToken(TokenKind::Notice, "", subject, now, key) + "\r\n" + message;
}

NoticeService::NoticeService(const NoticeSettings& settings, const QuarantineSettings& quarantine,
                             std::string organisation, std::string tokenKey, std::shared_ptr<SmtpSender> sender)
    : settings_(settings),
      organisation_(std::move(organisation)),
      tokenKey_(std::move(tokenKey)),
      templates_(loadNoticeTemplates(settings.templateDir)),
      outbox_(openNoticeOutbox(quarantine,
                               RetryPolicy{settings.maxAttempts, settings.retryBaseSeconds, settings.retryMaxSeconds},
                               settings.ratePerHour)),
      sender_(sender ? std::move(sender)
                     : std::make_shared<CurlSmtpSender>(SmtpTarget{settings.smtpHost, static_cast<int>(settings.smtpPort),
                                                                   std::chrono::seconds(quarantine.smtpTimeoutSeconds)})),
      worker_("notice sender", [this] { return sendDue(); }) {}

NoticeService::~NoticeService() { stop(); }

NoticeOutcome NoticeService::enqueue(const Plan& plan, std::string_view quarantineId) {
  if (!settings_.enabled) return NoticeOutcome::Disabled;
  if (!plan.notice) return NoticeOutcome::NotNeeded;
  const NoticePlan& notice = *plan.notice;
  try {
    const std::int64_t now = nowSeconds();
    NoticeFacts facts{organisation_, notice.to, notice.subjectMasked, plan.envelope.recipients, rfc5322Date(now),
                      plan.verdict.action == Action::Quarantine ? "held for review" : "rejected",
                      std::string(quarantineId), settings_.contact, decisiveReasons(plan.verdict), "", ""};
    if (plan.verdict.action == Action::Quarantine) addRequestLink(facts, now);
    std::string message = composeNotice(templates_, facts, settings_.from, domainOf(settings_.from));
    message = withNoticeToken(message, notice.to, now, tokenKey_);
    // One notice per held item: a retried message kept under the same id gets none again.
    const std::string dedupeKey = quarantineId.empty() ? std::string() : "held:" + std::string(quarantineId);
    EnqueueResult result = outbox_->enqueue(notice.to, settings_.from, message, now, notice.rateKeys, dedupeKey);
    if (result == EnqueueResult::RateLimited) {
      spdlog::warn("{}: notice to {} not sent: more than {} this hour", plan.reference, notice.to, settings_.ratePerHour);
      return NoticeOutcome::RateLimited;
    }
    if (result == EnqueueResult::Duplicate) {
      spdlog::info("{}: notice for {} already queued (a retried message)", plan.reference, quarantineId);
      return NoticeOutcome::Duplicate;
    }
  } catch (const std::exception& e) {
    spdlog::error("{}: notice to {} could not be queued: {}", plan.reference, notice.to, e.what());
    return NoticeOutcome::Failed;
  }
  worker_.wake();  // remembered even while the sender is busy with an earlier notice
  return NoticeOutcome::Queued;
}

void NoticeService::addRequestLink(NoticeFacts& facts, std::int64_t now) const {
  if (settings_.consoleUrl.empty() || facts.quarantineId.empty()) return;
  const std::int64_t expires = now + settings_.requestLinkSeconds;
  try {
    facts.requestLink =
        requestLinkUrl(settings_.consoleUrl, signRequestLink({facts.quarantineId, facts.sender, expires}, tokenKey_));
    facts.requestLinkExpires = rfc5322Date(expires);
  } catch (const std::invalid_argument& e) {
    // An address no link can carry: the notice goes without one and says whom to contact.
    spdlog::warn("quarantine {}: notice to {} carries no request link: {}", facts.quarantineId, facts.sender, e.what());
  }
}

std::map<std::string, std::int64_t> NoticeService::countsThisHour(const std::vector<std::string>& keys, std::int64_t now) {
  return outbox_->countsSince(keys, now - 3600);
}

std::size_t NoticeService::deliverDue(std::int64_t now) { return outbox_->deliverDue(*sender_, now); }

void NoticeService::start() {
  try {
    outbox_->releaseOwnClaims(nowSeconds());  // this gateway's previous process died mid-send
  } catch (const std::exception& e) {
    spdlog::warn("notice sender: could not release earlier claims (they expire by themselves): {}", e.what());
  }
  worker_.start(std::chrono::milliseconds(0));
}

void NoticeService::stop() { worker_.stop(); }

std::chrono::milliseconds NoticeService::sendDue() {
  std::int64_t waitSeconds = 60;
  try {
    deliverDue(nowSeconds());
    if (std::int64_t next = outbox_->nextDue(); next != 0) waitSeconds = std::clamp<std::int64_t>(next - nowSeconds(), 1, 60);
    if (outbox_->unrecordedOutcomes() != 0) waitSeconds = std::clamp<std::int64_t>(settings_.retryBaseSeconds, 1, 60);
  } catch (const std::exception& e) {
    spdlog::error("notice sender: {}", e.what());
    // The outbox could not be read (a database restarting): try again as soon as a failed send would.
    waitSeconds = std::clamp<std::int64_t>(settings_.retryBaseSeconds, 1, 60);
  }
  return std::chrono::seconds(waitSeconds);
}

}  // namespace aup
