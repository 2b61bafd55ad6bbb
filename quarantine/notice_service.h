#pragma once
// NoticeService - tells an internal sender that their message was held or rejected, and why.
//
//   NoticeService notices(settings.notices, settings.quarantine, organisationName);
//   notices.start();                                     // background sender thread
//   notices.enqueue(plan, quarantineId);               // after the plan was carried out
//
// enqueue() only writes a row to the outbox (no network) and never throws; the thread sends due
// notices with retry/backoff. Whether a notice is due, to whom and with what subject is decided
// by decide() (decision/decide.cpp: only a verified internal sender, rate-limited per login and
// per client); this class writes and sends it. Each notice carries a signed X-AUP-Notice token so
// it passes the milter on its way out (it may quote the evidence it is about), and a notice about
// held mail, when [notices] console_url is set, a signed "request release" link to aup-console.

#include <memory>
#include <string>
#include <string_view>

#include "config/quarantine_settings.h"
#include "engine/envelope.h"
#include "decision/plan.h"
#include <map>
#include "quarantine/notice_outbox.h"
#include "quarantine/notice_template.h"
#include "quarantine/smtp_client.h"

#include "common/periodic_worker.h"

namespace aup {

enum class NoticeOutcome {
  Queued,       // in the outbox; the thread will send it
  Disabled,     // [notices] enabled = false (or no postmaster address)
  NotNeeded,    // the action was accept or tempfail
  NotInternal,  // the sender is outside the organisation (or the null sender): no notice
  RateLimited,  // too many notices for this login or client this hour
  Duplicate,    // this held item already has its notice (a retried message kept under the same id)
  Failed,       // the outbox could not be written (logged)
};

std::string_view toString(NoticeOutcome outcome);

class NoticeService {
 public:
  // Loads templates from settings.templateDir and opens the outbox in the quarantine database.
  // `sender` defaults to a CurlSmtpSender for settings.smtpHost:smtpPort. Throws when the
  // templates or database are unusable.
  NoticeService(const NoticeSettings& settings, const QuarantineSettings& quarantine, std::string organisation,
                std::string tokenKey, std::shared_ptr<SmtpSender> sender = nullptr);
  ~NoticeService();
  NoticeService(const NoticeService&) = delete;
  NoticeService& operator=(const NoticeService&) = delete;

  // Queues the plan's notice (plan.notice must be set).
  NoticeOutcome enqueue(const Plan& plan, std::string_view quarantineId);
  // Notices queued in the last hour per rate key (an input to decide()).
  std::map<std::string, std::int64_t> countsThisHour(const std::vector<std::string>& keys, std::int64_t now);
  // One delivery pass (the thread calls this; tests call it directly with their own clock).
  std::size_t deliverDue(std::int64_t now);
  void start();
  void stop();
  NoticeOutbox& outbox() { return *outbox_; }

 private:
  // One pass of the sender thread; returns how long to sleep (until the next due notice, at
  // most a minute, so notices queued by another process are seen too).
  std::chrono::milliseconds sendDue();
  // With [notices] console_url set, a held message's notice carries a signed "request release"
  // link for its recipient (decision/request_link.h), valid for request_link_lifetime.
  void addRequestLink(NoticeFacts& facts, std::int64_t now) const;

  NoticeSettings settings_;
  std::string organisation_;
  std::string tokenKey_;
  NoticeTemplates templates_;
  std::unique_ptr<NoticeOutbox> outbox_;
  std::shared_ptr<SmtpSender> sender_;
  PeriodicWorker worker_;  // last: stopped before the members it uses go
};

// The RFC 5322 date of a unix time, in UTC ("Sun, 22 Nov 2026 11:20:00 +0000").
std::string rfc5322Date(std::int64_t unixSeconds);

// `message` with a signed X-AUP-Notice header for `to` in front (decision/release_token.h), so it
// passes the milter on its way out.
std::string withNoticeToken(const std::string& message, const std::string& to, std::int64_t now, std::string_view key);

}  // namespace aup
