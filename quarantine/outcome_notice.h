#pragma once
// OutcomeNotices - tells the member of staff who asked for a held message's release what became
// of it: approved (the message has been delivered) or denied, with the reviewer's reason; or,
// when nobody decided the request because the message was released or deleted directly, that.
//
//   OutcomeNotices outcomes(settings.notices, organisation, releaseKey, *outbox, [&] { sender.wake(); });
//   outcomes.enqueue({to, requestId, RequestOutcome::Approved, id, subject, recipients, "dsl1",
//                     "checked with the DPO", now});
//
// The notice goes into the same durable outbox as staff notices (quarantine/notice_outbox.h, in
// the store: SQLite or PostgreSQL), once per release request (dedupe key "outcome:<request id>",
// so a decision retried or made on two gateways is told once), signed with an X-AUP-Notice token
// so it passes the milter, and is sent by whichever notice sender claims it first (the milter's
// thread, or the console's). It is not rate-limited per login: it answers a person's decision.
// Whom to tell: outcomeRecipient() (the address a request link was issued to, or a console user
// who is the message's sender); this class only writes the notice. OutcomeReporter
// (quarantine/outcome_report.h) does both and records it.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "config/quarantine_settings.h"
#include "quarantine/notice_outbox.h"
#include "quarantine/notice_template.h"
#include "quarantine/quarantine_storage.h"

namespace aup {

// What became of a release request, as its requester is told.
enum class RequestOutcome {
  Approved,  // a reviewer approved it and the message has been delivered
  Denied,    // a reviewer denied it: the message stays held
  Released,  // nobody decided it: someone released the message directly (it has been delivered)
  Deleted,   // nobody decided it: someone deleted the message (it will not be delivered)
};

struct OutcomeFacts {
  std::string to;                       // whom to tell
  std::int64_t requestId = 0;
  RequestOutcome outcome = RequestOutcome::Denied;
  std::string quarantineId;
  std::string subject;                  // the held message's Subject (identifiers are masked here)
  std::vector<std::string> recipients;  // delivered: whom it went to; otherwise: whom it was for
  std::string reviewer;                 // who decided or acted ({{reviewer}}; the shipped text names
                                        // them only for Released)
  std::string reviewerReason;           // their note to the requester ("" = none given)
  std::int64_t decidedAt = 0;           // unix seconds
};

enum class OutcomeNoticeResult {
  Queued,         // in the outbox; a notice sender will deliver it
  AlreadyQueued,  // this request's outcome was already queued (or sent): nothing new
  Disabled,       // [notices] enabled = false (or no sender address)
  Failed,         // could not be written (logged); the decision itself stands
  NobodyToTell,   // (OutcomeReporter) the requester is nobody the gateway can vouch for: nothing queued
};

std::string_view toString(OutcomeNoticeResult result);
std::string_view toString(RequestOutcome outcome);  // approved, denied, released, deleted

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

// The requester recorded for a request made through a notice's link: "notice-link:<address>".
inline constexpr std::string_view kNoticeLinkRequester = "notice-link:";

// outcomeRecipient - whom to tell the outcome of `request` on `record`: the address a notice
// (and its link) went to, or a requester who is the message's sender (an SSO user signs in as
// their address); "" = nobody (a request made on someone's behalf tells nobody). Lower case.
std::string outcomeRecipient(const ReleaseRequest& request, const QuarantineRecord& record);

}  // namespace aup
