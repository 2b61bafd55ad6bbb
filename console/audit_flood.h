#pragma once
// AuditFloodLimiter - keeps a client that repeats a refused request (an SSO user who is not on the
// allow-list, a header from an untrusted address) from growing the audit log without bound.
//
// Per refused party (key: the client address and the user), the first `limit` refusals in a
// window are audited one by one; the rest are only counted (the windows are SignInLimiter's, the
// console's one rate limiter). The count is audited as one summary line, "N further refusals
// suppressed", at the party's next audited refusal (its window has passed), or by flush() once
// the window that suppressed them has passed (aup-console runs it every minute, and at stop).
// Per client address (group), at most kGroupShare x `limit` refusals of all its parties are
// audited per window, so a client that invents a new user name for every request is bounded
// too; what that ceiling suppresses is summarised per address.
//
//   auto verdict = limiter.refused({address + " " + user, address, "sso:" + user, "from " + address}, now);
//   for (const auto& s : verdict.summaries) audit(s.actor, ..., summaryText(s));
//   if (verdict.audit) audit(...);   // this refusal's own line
//
// Memory is bounded: at most kMaxParties suppressed counts are kept; beyond that they are added
// to one "*" entry. Thread-safe.

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "console/sessions.h"

namespace aup::console {

class AuditFloodLimiter {
 public:
  static constexpr std::int64_t kGroupShare = 4;
  static constexpr std::size_t kMaxParties = 10000;

  // One refusal, as the caller would audit it.
  struct Refusal {
    std::string key;      // the refused party: client address and user
    std::string group;    // the client address alone (the ceiling all its parties share)
    std::string actor;    // the actor of its audit lines ("sso:j.bloggs@students.school.example")
    std::string context;  // what a summary adds ("not on the SSO allow-list, from 192.0.2.9")
  };
  // Refusals counted and not audited, to be written as one line.
  struct Suppressed {
    std::string actor;    // the party's actor; "sso" for an address's ceiling
    std::string context;  // the party's context; "other users from <address>" for a ceiling
    std::int64_t count = 0;
    std::int64_t since = 0;  // unix seconds of the first one
  };
  struct Verdict {
    bool audit = true;                   // write this refusal's own line
    std::vector<Suppressed> summaries;   // write these first (the party's earlier suppressed refusals)
  };

  AuditFloodLimiter(std::int64_t limit, std::int64_t windowSeconds);

  // refused - one refusal at `now`: whether to audit it, and the summaries due before it.
  Verdict refused(const Refusal& refusal, std::int64_t now);
  // flush - the summaries whose window has passed at `now` (all of them when `everything`).
  std::vector<Suppressed> flush(std::int64_t now, bool everything = false);

 private:
  // Moves the count kept under `key` (if any) to `out`.
  void takeSummary(const std::string& key, std::vector<Suppressed>& out);
  // Counts one suppressed refusal under `key` (or "*" when too many are kept).
  void countSuppressed(const std::string& key, const std::string& actor, const std::string& context, std::int64_t now);

  std::int64_t windowSeconds_;
  SignInLimiter parties_;  // audited refusals per party per window
  SignInLimiter groups_;   // audited refusals per client address per window
  std::mutex mutex_;       // guards suppressed_ and the two limiters as one decision
  std::map<std::string, Suppressed> suppressed_;
};

// The detail of a summary line: "<N> further refusals suppressed (<context>) since <date>".
std::string suppressedDetail(const AuditFloodLimiter::Suppressed& suppressed);

}  // namespace aup::console
