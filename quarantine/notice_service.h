#pragma once
// NoticeService - tells an internal sender that their message was held or rejected, and why.
//
//   NoticeService notices(settings.notices, settings.quarantine, organisationName);
//   notices.start();                                     // background sender thread
//   notices.enqueue(envelope, view.subject(), verdict, quarantineId);   // after the verdict
//
// enqueue() only writes a row to the outbox (no network) and never throws; the thread sends due
// notices with retry/backoff. Notices go to internal senders only (verdict direction internal or
// outbound), never to the null sender, never about accepted or tempfailed mail.

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "config/quarantine_settings.h"
#include "engine/envelope.h"
#include "engine/verdict.h"
#include "quarantine/notice_outbox.h"
#include "quarantine/notice_template.h"
#include "quarantine/smtp_client.h"

namespace aup {

enum class NoticeOutcome {
  Queued,       // in the outbox; the thread will send it
  Disabled,     // [notices] enabled = false (or no postmaster address)
  NotNeeded,    // the action was accept or tempfail
  NotInternal,  // the sender is outside the organisation (or the null sender): no notice
  RateLimited,  // too many notices to this sender this hour
  Failed,       // the outbox could not be written (logged)
};

std::string_view toString(NoticeOutcome outcome);

class NoticeService {
 public:
  // Loads templates from settings.templateDir and opens the outbox in the quarantine database.
  // `sender` defaults to a CurlSmtpSender for settings.smtpHost:smtpPort. Throws when the
  // templates or database are unusable.
  NoticeService(const NoticeSettings& settings, const QuarantineSettings& quarantine, std::string organisation,
                std::shared_ptr<SmtpSender> sender = nullptr);
  ~NoticeService();
  NoticeService(const NoticeService&) = delete;
  NoticeService& operator=(const NoticeService&) = delete;

  NoticeOutcome enqueue(const Envelope& envelope, std::string_view subject, const Verdict& verdict,
                        std::string_view quarantineId);
  // One delivery pass (the thread calls this; tests call it directly with their own clock).
  std::size_t deliverDue(std::int64_t now);
  void start();
  void stop();
  NoticeOutbox& outbox() { return *outbox_; }

 private:
  void run();

  NoticeSettings settings_;
  std::string organisation_;
  NoticeTemplates templates_;
  std::unique_ptr<NoticeOutbox> outbox_;
  std::shared_ptr<SmtpSender> sender_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;       // guarded by mutex_
  bool wakeRequested_ = false;  // guarded by mutex_: a notice was queued since the last pass
  std::thread thread_;
};

// The RFC 5322 date of a unix time, in UTC ("Sun, 22 Nov 2026 11:20:00 +0000").
std::string rfc5322Date(std::int64_t unixSeconds);

}  // namespace aup
