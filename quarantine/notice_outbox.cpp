#include "quarantine/notice_outbox.h"

#include <spdlog/spdlog.h>

#include <vector>

namespace aup {

namespace {

constexpr const char* kSchema = R"(
CREATE TABLE IF NOT EXISTS notices(
  id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL, recipient TEXT NOT NULL,
  mail_from TEXT NOT NULL, message TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT DEFAULT '');
CREATE INDEX IF NOT EXISTS notices_due ON notices(state, next_attempt_at);
CREATE INDEX IF NOT EXISTS notices_rate ON notices(recipient, created_at);
CREATE TABLE IF NOT EXISTS notice_rate(rate_key TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS notice_rate_key ON notice_rate(rate_key, created_at);
)";

struct DueNotice {
  std::int64_t id;
  std::string recipient;
  std::string from;
  std::string message;
  std::int64_t attempts;
};

}  // namespace

std::int64_t retryDelaySeconds(const RetryPolicy& retry, std::int64_t attempts) {
  std::int64_t delay = retry.baseSeconds;
  for (std::int64_t i = 1; i < attempts && delay < retry.maxDelaySeconds; ++i) delay *= 2;
  return delay < retry.maxDelaySeconds ? delay : retry.maxDelaySeconds;
}

NoticeOutbox::NoticeOutbox(const std::filesystem::path& database, RetryPolicy retry, std::int64_t ratePerHour)
    : db_(std::make_unique<SqliteDb>(database)), retry_(retry), ratePerHour_(ratePerHour) {
  db_->exec(kSchema);
}

EnqueueResult NoticeOutbox::enqueue(const std::string& recipient, const std::string& from, const std::string& message,
                                    std::int64_t now, const std::vector<std::string>& rateKeys) {
  std::lock_guard lock(mutex_);
  SqliteTransaction tx(*db_);
  // Keyed on the login and the client, not the recipient: a sender cannot rotate addresses past it.
  for (const auto& key : rateKeys) {
    SqliteStatement recent(*db_, "SELECT count(*) FROM notice_rate WHERE rate_key = ? AND created_at > ?");
    recent.bind(1, key).bind(2, now - 3600);
    recent.step();
    if (recent.integer(0) >= ratePerHour_) return EnqueueResult::RateLimited;
  }
  SqliteStatement insert(*db_,
                         "INSERT INTO notices(created_at, recipient, mail_from, message, next_attempt_at) "
                         "VALUES(?,?,?,?,?)");
  insert.bind(1, now).bind(2, recipient).bind(3, from).bind(4, message).bind(5, now);
  insert.step();
  for (const auto& key : rateKeys) {
    SqliteStatement count(*db_, "INSERT INTO notice_rate(rate_key, created_at) VALUES(?,?)");
    count.bind(1, key).bind(2, now);
    count.step();
  }
  tx.commit();
  return EnqueueResult::Queued;
}

std::map<std::string, std::int64_t> NoticeOutbox::countsSince(const std::vector<std::string>& keys, std::int64_t since) {
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

void NoticeOutbox::recordFailure(std::int64_t id, std::int64_t attempts, const std::string& error, std::int64_t now) {
  const bool giveUp = attempts >= retry_.maxAttempts;
  std::lock_guard lock(mutex_);
  SqliteStatement update(*db_, "UPDATE notices SET attempts = ?, last_error = ?, next_attempt_at = ?, state = ? WHERE id = ?");
  update.bind(1, attempts).bind(2, error).bind(3, now + retryDelaySeconds(retry_, attempts));
  update.bind(4, giveUp ? "failed" : "pending").bind(5, id);
  update.step();
  if (giveUp) {
    spdlog::error("notice {}: giving up after {} attempts: {}", id, attempts, error);
  } else {
    spdlog::warn("notice {}: attempt {} failed, retrying in {}s: {}", id, attempts, retryDelaySeconds(retry_, attempts),
                 error);
  }
}

std::size_t NoticeOutbox::deliverDue(SmtpSender& sender, std::int64_t now) {
  std::vector<DueNotice> due;
  {
    std::lock_guard lock(mutex_);
    SqliteStatement q(*db_,
                      "SELECT id, recipient, mail_from, message, attempts FROM notices "
                      "WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT 100");
    q.bind(1, now);
    while (q.step()) due.push_back({q.integer(0), q.text(1), q.text(2), q.text(3), q.integer(4)});
  }
  std::size_t sent = 0;
  for (const auto& notice : due) {
    try {
      sender.send({notice.from, {notice.recipient}}, notice.message);
    } catch (const std::exception& e) {
      recordFailure(notice.id, notice.attempts + 1, e.what(), now);
      continue;
    }
    std::lock_guard lock(mutex_);
    SqliteStatement done(*db_, "UPDATE notices SET state = 'sent', attempts = attempts + 1 WHERE id = ?");
    done.bind(1, notice.id).step();
    spdlog::info("notice {}: sent to {}", notice.id, notice.recipient);
    ++sent;
  }
  return sent;
}

std::int64_t NoticeOutbox::nextDue() {
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, "SELECT coalesce(min(next_attempt_at), 0) FROM notices WHERE state = 'pending'");
  q.step();
  return q.integer(0);
}

OutboxCounts NoticeOutbox::counts() {
  std::lock_guard lock(mutex_);
  OutboxCounts c;
  SqliteStatement q(*db_, "SELECT state, count(*) FROM notices GROUP BY state");
  while (q.step()) {
    const std::string state = q.text(0);
    (state == "pending" ? c.pending : state == "sent" ? c.sent : c.failed) = q.integer(1);
  }
  return c;
}

std::int64_t NoticeOutbox::purgeBefore(std::int64_t cutoff) {
  std::lock_guard lock(mutex_);
  SqliteStatement q(*db_, "DELETE FROM notices WHERE state != 'pending' AND created_at < ?");
  q.bind(1, cutoff).step();
  std::int64_t removed = db_->changes();
  SqliteStatement rate(*db_, "DELETE FROM notice_rate WHERE created_at < ?");
  rate.bind(1, cutoff).step();
  return removed;
}

}  // namespace aup
