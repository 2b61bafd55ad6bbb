#include "console/audit_flood.h"

#include "quarantine/notice_service.h"

namespace aup::console {

namespace {

constexpr const char* kOverflowKey = "*";

}  // namespace

AuditFloodLimiter::AuditFloodLimiter(std::int64_t limit, std::int64_t windowSeconds)
    : windowSeconds_(windowSeconds), parties_(limit, windowSeconds), groups_(limit * kGroupShare, windowSeconds) {}

void AuditFloodLimiter::takeSummary(const std::string& key, std::vector<Suppressed>& out) {
  auto it = suppressed_.find(key);
  if (it == suppressed_.end()) return;
  out.push_back(std::move(it->second));
  suppressed_.erase(it);
}

void AuditFloodLimiter::countSuppressed(const std::string& key, const std::string& actor, const std::string& context,
                                        std::int64_t now) {
  auto it = suppressed_.find(key);
  if (it == suppressed_.end()) {
    // XXX bounded memory: past kMaxParties counts, new parties share one line (who they were is lost).
    const bool full = suppressed_.size() >= kMaxParties;
    it = suppressed_.try_emplace(full ? kOverflowKey : key,
                                 Suppressed{full ? "sso" : actor, full ? "many users and addresses" : context, 0, now})
             .first;
  }
  ++it->second.count;
}

AuditFloodLimiter::Verdict AuditFloodLimiter::refused(const Refusal& refusal, std::int64_t now) {
  const std::string party = "party:" + refusal.key, group = "group:" + refusal.group;
  std::lock_guard lock(mutex_);
  Verdict verdict;
  const bool partyOpen = parties_.allowed(party, now), groupOpen = groups_.allowed(group, now);
  if (!partyOpen) {
    verdict.audit = false;
    countSuppressed(party, refusal.actor, refusal.context, now);
  } else if (!groupOpen) {
    verdict.audit = false;
    countSuppressed(group, "sso", "other users, from " + refusal.group, now);
  } else {
    // Counts are kept only while a window is closed: open again means that window has passed,
    // and what it suppressed is written before this line.
    takeSummary(party, verdict.summaries);
    takeSummary(group, verdict.summaries);
    parties_.recordFailure(party, now);
    groups_.recordFailure(group, now);
  }
  return verdict;
}

std::vector<AuditFloodLimiter::Suppressed> AuditFloodLimiter::flush(std::int64_t now, bool everything) {
  std::lock_guard lock(mutex_);
  std::vector<Suppressed> out;
  for (auto it = suppressed_.begin(); it != suppressed_.end();) {
    // The window that suppressed the first of them began before it: it has surely passed by since + window.
    if (everything || now - it->second.since >= windowSeconds_) {
      out.push_back(std::move(it->second));
      it = suppressed_.erase(it);
    } else {
      ++it;
    }
  }
  return out;
}

std::string suppressedDetail(const AuditFloodLimiter::Suppressed& s) {
  return std::to_string(s.count) + " further refusal" + (s.count == 1 ? "" : "s") + " suppressed (" + s.context +
         ") since " + rfc5322Date(s.since);
}

}  // namespace aup::console
