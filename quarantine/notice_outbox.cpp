#include "quarantine/notice_outbox.h"

#include "config/quarantine_settings.h"
#include "quarantine/pg_notice_outbox.h"
#include "quarantine/pg_quarantine_storage.h"
#include "quarantine/quarantine_service.h"
#include "quarantine/sqlite_schema.h"

#include <spdlog/spdlog.h>

#include <vector>

namespace aup {

std::int64_t retryDelaySeconds(const RetryPolicy& retry, std::int64_t attempts) {
  std::int64_t delay = retry.baseSeconds;
  for (std::int64_t i = 1; i < attempts && delay < retry.maxDelaySeconds; ++i) delay *= 2;
  return delay < retry.maxDelaySeconds ? delay : retry.maxDelaySeconds;
}

SqliteNoticeOutbox::SqliteNoticeOutbox(const std::filesystem::path& database, RetryPolicy retry, std::int64_t ratePerHour)
    : NoticeOutbox(retry, ratePerHour), db_(std::make_unique<SqliteDb>(database)) {
  migrateSqlite(*db_, MigrationMode::AtOpen);
}

EnqueueResult SqliteNoticeOutbox::enqueue(const std::string& recipient, const std::string& from,
                                          const std::string& message, std::int64_t now,
                                          const std::vector<std::string>& rateKeys, const std::string& dedupeKey) {
  std::lock_guard lock(mutex_);
  SqliteTransaction tx(*db_);
  if (!dedupeKey.empty()) {
    SqliteStatement earlier(*db_, "SELECT 1 FROM notices WHERE dedupe_key = ?");
    earlier.bind(1, dedupeKey);
    if (earlier.step()) return EnqueueResult::Duplicate;
  }
  // Keyed on the login and the client, not the recipient: a sender cannot rotate addresses past it.
  for (const auto& key : rateKeys) {
    SqliteStatement recent(*db_, "SELECT count(*) FROM notice_rate WHERE rate_key = ? AND created_at > ?");
    recent.bind(1, key).bind(2, now - 3600);
    recent.step();
    if (recent.integer(0) >= ratePerHour_) return EnqueueResult::RateLimited;
  }
  SqliteStatement insert(*db_,
                         "INSERT INTO notices(created_at, recipient, mail_from, message, next_attempt_at, dedupe_key) "
                         "VALUES(?,?,?,?,?,?)");
  insert.bind(1, now).bind(2, recipient).bind(3, from).bind(4, message).bind(5, now);
  if (dedupeKey.empty()) {
    insert.bindNull(6);
  } else {
    insert.bind(6, dedupeKey);
  }
  insert.step();
  for (const auto& key : rateKeys) {
    SqliteStatement count(*db_, "INSERT INTO notice_rate(rate_key, created_at) VALUES(?,?)");
    count.bind(1, key).bind(2, now);
    count.step();
  }
  tx.commit();
  return EnqueueResult::Queued;
}

std::map<std::string, std::int64_t> SqliteNoticeOutbox::countsSince(const std::vector<std::string>& keys, std::int64_t since) {
  std::lock_guard lock(mutex_);
  std::map<std::string, std::int64_t> out;
  for (const auto& key : keys) {
    SqliteStatement q(*db_, "SELECT count(*) FROM notice_rate WHERE rate_key = ? AND created_at > ?");
    q.bind(1, key).bind(2, since);
    q.step();
    out[key] = q.integer(0);
  }
  return out;
}

NoticeOutbox::Outcome NoticeOutbox::failureOutcome(std::int64_t id, std::int64_t attempts, const std::string& error,
                                                   std::int64_t now) const {
  const bool giveUp = attempts >= retry_.maxAttempts;
  if (giveUp) {
    spdlog::error("notice {}: giving up after {} attempts: {}", id, attempts, error);
  } else {
    spdlog::warn("notice {}: attempt {} failed, retrying in {}s: {}", id, attempts, retryDelaySeconds(retry_, attempts),
                 error);
  }
  return {id, false, attempts, error, now + retryDelaySeconds(retry_, attempts), giveUp};
}

void NoticeOutbox::record(const Outcome& outcome) {
  if (outcome.sent) {
    markSent(outcome.id);
  } else {
    markFailed(outcome.id, outcome.attempts, outcome.error, outcome.nextAttemptAt, outcome.giveUp);
  }
}

void NoticeOutbox::recordUnrecorded() {
  while (!unrecorded_.empty()) {
    record(unrecorded_.front());  // throws while the store is still unreachable; the rest wait too
    spdlog::info("notice {}: outcome recorded after the store came back", unrecorded_.front().id);
    unrecorded_.erase(unrecorded_.begin());
  }
}

std::size_t NoticeOutbox::unrecordedOutcomes() {
  std::lock_guard lock(deliverMutex_);
  return unrecorded_.size();
}

std::size_t NoticeOutbox::deliverDue(SmtpSender& sender, std::int64_t now) {
  std::lock_guard lock(deliverMutex_);
  // Earlier outcomes first: claiming more while the store cannot record them would only grow the backlog.
  recordUnrecorded();
  std::size_t sent = 0;
  for (const auto& notice : claimDue(now)) {
    Outcome outcome{notice.id, true, 0, "", 0, false};
    try {
      sender.send({notice.from, {notice.recipient}}, notice.message);
      spdlog::info("notice {}: sent to {}", notice.id, notice.recipient);
      ++sent;
    } catch (const std::exception& e) {
      outcome = failureOutcome(notice.id, notice.attempts + 1, e.what(), now);
    }
    // The notice stays claimed (no other sender takes it) until its outcome is recorded. If the
    // store went away after the send, the outcome is kept rather than lost: otherwise the claim
    // would expire and a notice already delivered would be sent again. A crash before this point
    // still sends it again once its claim expires: at least once.
    try {
      record(outcome);
    } catch (const std::exception& e) {
      spdlog::warn("notice {}: outcome kept until the store is back: {}", notice.id, e.what());
      unrecorded_.push_back(outcome);
    }
  }
  return sent;
}

std::vector<NoticeOutbox::DueNotice> SqliteNoticeOutbox::claimDue(std::int64_t now) {
  std::vector<DueNotice> due;
  std::lock_guard lock(mutex_);
  // Claimed in the same statement that finds them, so two senders never take the same notice.
  SqliteStatement q(*db_,
                    "UPDATE notices SET next_attempt_at = ?2 WHERE id IN (SELECT id FROM notices "
                    "WHERE state = 'pending' AND next_attempt_at <= ?1 ORDER BY id LIMIT 100) "
                    "RETURNING id, recipient, mail_from, message, attempts");
  q.bind(1, now).bind(2, now + kClaimSeconds);
  while (q.step()) due.push_back({q.integer(0), q.text(1), q.text(2), q.text(3), q.integer(4)});
  return due;
}

void SqliteNoticeOutbox::markSent(std::int64_t id) {
  std::lock_guard lock(mutex_);
  SqliteStatement done(*db_, "UPDATE notices SET state = 'sent', attempts = attempts + 1 WHERE id = ?");
  done.bind(1, id).step();
}

void SqliteNoticeOutbox::markFailed(std::int64_t id, std::int64_t attempts, const std::string& error,
                                    std::int64_t nextAttemptAt, bool giveUp) {
  std::lock_guard lock(mutex_);
  SqliteStatement update(*db_, "UPDATE notices SET attempts = ?, last_error = ?, next_attempt_at = ?, state = ? WHERE id = ?");
  update.bind(1, attempts).bind(2, error).bind(3, nextAttemptAt).bind(4, giveUp ? "failed" : "pending").bind(5, id);
  update.step();
}

std::int64_t SqliteNoticeOutbox::nextDue() {
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, "SELECT coalesce(min(next_attempt_at), 0) FROM notices WHERE state = 'pending'");
  q.step();
  return q.integer(0);
}

OutboxCounts SqliteNoticeOutbox::counts() {
  std::lock_guard lock(mutex_);
  OutboxCounts c;
  SqliteStatement q(*db_, "SELECT state, count(*) FROM notices GROUP BY state");
  while (q.step()) {
    const std::string state = q.text(0);
    (state == "pending" ? c.pending : state == "sent" ? c.sent : c.failed) = q.integer(1);
  }
  return c;
}

std::int64_t SqliteNoticeOutbox::purgeBefore(std::int64_t cutoff) {
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, "DELETE FROM notices WHERE state != 'pending' AND created_at < ?");
  q.bind(1, cutoff).step();
  std::int64_t removed = db_->changes();
  SqliteStatement rate(*db_, "DELETE FROM notice_rate WHERE created_at < ?");
  rate.bind(1, cutoff).step();
  return removed;
}

std::unique_ptr<NoticeOutbox> openNoticeOutbox(const QuarantineSettings& settings, RetryPolicy retry,
                                               std::int64_t ratePerHour) {
  if (settings.backend == QuarantineBackend::Postgresql) {
    PgStoreOptions options = pgStoreOptions(settings, MigrationMode::AtOpen);
    return std::make_unique<PgNoticeOutbox>(options.connection, options.gateway, retry, ratePerHour);
  }
  return std::make_unique<SqliteNoticeOutbox>(settings.dir / "quarantine.db", retry, ratePerHour);
}

}  // namespace aup
