#pragma once
// OutcomeNotices - tells the member of staff who asked for a held message's release what was
// decided: approved (the message has been delivered) or denied, with the reviewer's reason.
//
//   OutcomeNotices outcomes(settings.notices, organisation, releaseKey, *outbox, [&] { sender.wake(); });
//   outcomes.enqueue({to, requestId, true, id, subject, recipients, "dsl1", "checked with the DPO", now});
//
// The notice goes into the same durable outbox as staff notices (quarantine/notice_outbox.h, in
// the store: SQLite or PostgreSQL), once per release request (dedupe key "outcome:<request id>",
// so a decision retried or made on two gateways is told once), signed with an X-AUP-Notice token
// so it passes the milter, and is sent by whichever notice sender claims it first (the milter's
// thread, or the console's). It is not rate-limited per login: it answers a person's decision.
// Whom to tell is the caller's choice (console: the address a request link was issued to, or a
// console user who is the message's sender); this class only writes the notice.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "config/quarantine_settings.h"
#include "quarantine/notice_outbox.h"
#include "quarantine/notice_template.h"

namespace aup {

struct OutcomeFacts {
  std::string to;                       // whom to tell
  std::int64_t requestId = 0;
  bool approved = false;                // true: approved and released; false: denied
  std::string quarantineId;
  std::string subject;                  // the held message's Subject (identifiers are masked here)
  std::vector<std::string> recipients;  // approved: whom it went to; denied: whom it was for
  std::string reviewer;                 // who decided ({{reviewer}}; not in the shipped templates)
  std::string reviewerReason;           // their note ("" = none given)
  std::int64_t decidedAt = 0;           // unix seconds
};

enum class OutcomeNoticeResult {
  Queued,         // in the outbox; a notice sender will deliver it
  AlreadyQueued,  // this request's outcome was already queued (or sent): nothing new
  Disabled,       // [notices] enabled = false (or no sender address)
  Failed,         // could not be written (logged); the decision itself stands
};

std::string_view toString(OutcomeNoticeResult result);

class OutcomeNotices {
 public:
  // Loads outcome-subject.txt, outcome.txt and outcome.html from settings.templateDir (throws
  // std::runtime_error naming a missing file). `queued` runs after each Queued (wake a sender).
  OutcomeNotices(const NoticeSettings& settings, std::string organisation, std::string tokenKey, NoticeOutbox& outbox,
                 std::function<void()> queued = {});

  // Never throws.
  OutcomeNoticeResult enqueue(const OutcomeFacts& facts);

  // The placeholder values of one outcome (tests and enqueue()).
  TemplateValues values(const OutcomeFacts& facts) const;

 private:
  NoticeSettings settings_;
  std::string organisation_;
  std::string tokenKey_;
  NoticeTemplates templates_;
  NoticeOutbox& outbox_;
  std::function<void()> queued_;
};

// The outbox dedupe key of a request's outcome notice.
std::string outcomeDedupeKey(std::int64_t requestId);

}  // namespace aup
