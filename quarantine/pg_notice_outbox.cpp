#include "quarantine/pg_notice_outbox.h"

#include <chrono>
#include <thread>

#include "quarantine/pg_quarantine_sql.h"
#include "quarantine/pg_schema.h"

namespace aup {

// Two connections: the sender thread and the milter threads queueing notices.
PgNoticeOutbox::PgNoticeOutbox(const PgOptions& connection, std::string gateway, RetryPolicy retry,
                               std::int64_t ratePerHour)
    : NoticeOutbox(retry, ratePerHour), pool_(std::make_unique<PgPool>(connection, 2)), gateway_(std::move(gateway)) {
  auto db = pool_->acquire();
  migratePg(*db, MigrationMode::AtOpen);
}

std::int64_t PgNoticeOutbox::countSince(PgConnection& db, const std::string& key, std::int64_t since) {
  return db.exec("SELECT count(*) FROM notice_rate WHERE rate_key = $1 AND created_at > $2",
                 {PgParam::text(pgsql::storableText(key)), PgParam::integer(since)})
      .integer(0, 0);
}

// XXX two gateways checking the same login's rate at the same instant may both pass: the limit
// can be exceeded by one notice per gateway. Counting under a lock is not worth a mail-path wait.
// enqueue - the item is already committed when its notice is queued, so a lost connection (the
// database restarting) is retried until db_timeout rather than losing the notice; the dedupe key
// makes a retry after an unanswered COMMIT harmless.
EnqueueResult PgNoticeOutbox::enqueue(const std::string& recipient, const std::string& from, const std::string& message,
                                      std::int64_t now, const std::vector<std::string>& rateKeys,
                                      const std::string& dedupeKey) {
  const auto deadline = std::chrono::steady_clock::now() + pool_->options().timeout;
  for (;;) {
    try {
      return enqueueOnce(recipient, from, message, now, rateKeys, dedupeKey);
    } catch (const PgError& e) {
      const bool lostConnection = e.sqlState().empty() || e.sqlState().starts_with("08") || e.sqlState() == "57P01";
      if (!lostConnection || std::chrono::steady_clock::now() >= deadline) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

EnqueueResult PgNoticeOutbox::enqueueOnce(const std::string& recipient, const std::string& from,
                                          const std::string& message, std::int64_t now,
                                          const std::vector<std::string>& rateKeys, const std::string& dedupeKey) {
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  if (!dedupeKey.empty() &&
      db->exec("SELECT 1 FROM notices WHERE dedupe_key = $1", {PgParam::text(dedupeKey)}).rows() > 0) {
    return EnqueueResult::Duplicate;
  }
  for (const auto& key : rateKeys) {
    if (countSince(*db, key, now - 3600) >= ratePerHour_) return EnqueueResult::RateLimited;
  }
  PgResult inserted = db->exec(
      "INSERT INTO notices(created_at, recipient, mail_from, message, next_attempt_at, dedupe_key) "
      "VALUES($1,$2,$3,$4,$1,$5) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
      {PgParam::integer(now), PgParam::text(pgsql::storableText(recipient)), PgParam::text(pgsql::storableText(from)),
       PgParam::text(pgsql::storableText(message)), PgParam::textOrNull(dedupeKey)});
  if (inserted.rows() == 0) return EnqueueResult::Duplicate;  // another gateway queued it meanwhile
  for (const auto& key : rateKeys) {
    db->exec("INSERT INTO notice_rate(rate_key, created_at) VALUES($1, $2)",
             {PgParam::text(pgsql::storableText(key)), PgParam::integer(now)});
  }
  tx.commit();
  return EnqueueResult::Queued;
}

std::map<std::string, std::int64_t> PgNoticeOutbox::countsSince(const std::vector<std::string>& keys,
                                                                std::int64_t since) {
  auto db = pool_->acquire();
  std::map<std::string, std::int64_t> out;
  for (const auto& key : keys) out[key] = countSince(*db, key, since);
  return out;
}

std::vector<NoticeOutbox::DueNotice> PgNoticeOutbox::claimDue(std::int64_t now) {
  auto db = pool_->acquire();
  PgResult r = db->exec(
      "UPDATE notices SET next_attempt_at = $2, sent_by = $3 WHERE id IN (SELECT id FROM notices "
      "WHERE state = 'pending' AND next_attempt_at <= $1 ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED) "
      "RETURNING id, recipient, mail_from, message, attempts",
      {PgParam::integer(now), PgParam::integer(now + kClaimSeconds), PgParam::text(gateway_)});
  std::vector<DueNotice> due;
  for (int row = 0; row < r.rows(); ++row) {
    due.push_back({r.integer(row, 0), r.text(row, 1), r.text(row, 2), r.text(row, 3), r.integer(row, 4)});
  }
  return due;
}

void PgNoticeOutbox::markSent(std::int64_t id) {
  auto db = pool_->acquire();
  db->exec("UPDATE notices SET state = 'sent', attempts = attempts + 1, sent_by = $2 WHERE id = $1",
           {PgParam::integer(id), PgParam::text(gateway_)});
}

void PgNoticeOutbox::markFailed(std::int64_t id, std::int64_t attempts, const std::string& error,
                                std::int64_t nextAttemptAt, bool giveUp) {
  auto db = pool_->acquire();
  db->exec("UPDATE notices SET attempts = $2, last_error = $3, next_attempt_at = $4, state = $5, sent_by = '' "
           "WHERE id = $1",
           {PgParam::integer(id), PgParam::integer(attempts), PgParam::text(pgsql::storableText(error)),
            PgParam::integer(nextAttemptAt), PgParam::text(giveUp ? "failed" : "pending")});
}

void PgNoticeOutbox::releaseOwnClaims(std::int64_t now) {
  auto db = pool_->acquire();
  db->exec("UPDATE notices SET next_attempt_at = $2, sent_by = '' "
           "WHERE state = 'pending' AND sent_by = $1 AND next_attempt_at > $2",
           {PgParam::text(gateway_), PgParam::integer(now)});
}

std::int64_t PgNoticeOutbox::nextDue() {
  auto db = pool_->acquire();
  return db->exec("SELECT coalesce(min(next_attempt_at), 0) FROM notices WHERE state = 'pending'").integer(0, 0);
}

OutboxCounts PgNoticeOutbox::counts() {
  auto db = pool_->acquire();
  PgResult r = db->exec("SELECT state, count(*) FROM notices GROUP BY state");
  OutboxCounts c;
  for (int row = 0; row < r.rows(); ++row) {
    const std::string state = r.text(row, 0);
    (state == "pending" ? c.pending : state == "sent" ? c.sent : c.failed) = r.integer(row, 1);
  }
  return c;
}

std::int64_t PgNoticeOutbox::purgeBefore(std::int64_t cutoff) {
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  std::int64_t removed = db->exec("DELETE FROM notices WHERE state != 'pending' AND created_at < $1",
                                  {PgParam::integer(cutoff)})
                             .affected();
  db->exec("DELETE FROM notice_rate WHERE created_at < $1", {PgParam::integer(cutoff)});
  tx.commit();
  return removed;
}

}  // namespace aup
