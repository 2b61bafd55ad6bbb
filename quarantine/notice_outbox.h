#pragma once
// NoticeOutbox - the durable queue of sender notices: a table in the quarantine database (SQLite or
// PostgreSQL). Rows are
// written at end-of-message (cheap) and sent later by NoticeService's thread, so SMTP to the
// notice relay never sits on the mail path. Failed sends are retried with exponential backoff.
//
// Thread-safe; several processes, and with PostgreSQL several gateways, share one outbox.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <map>
#include <string>
#include <vector>

#include "quarantine/smtp_client.h"
#include "quarantine/sqlite_db.h"

namespace aup {

enum class EnqueueResult {
  Queued,       // stored; the sender thread will deliver it
  RateLimited,  // a rate key (login, client) already had rate_per_hour notices in the last hour; dropped
  Duplicate,    // a notice with the same dedupe key is already queued or sent (a retried message)
};

struct RetryPolicy {
  std::int64_t maxAttempts = 8;        // after this many failures the notice is marked failed
  std::int64_t baseSeconds = 60;       // first retry delay; doubles per attempt
  std::int64_t maxDelaySeconds = 3600;
};

struct OutboxCounts {
  std::int64_t pending = 0;
  std::int64_t sent = 0;
  std::int64_t failed = 0;
};

// The outbox's contract; SqliteNoticeOutbox and PgNoticeOutbox keep the rows, this class sends.
class NoticeOutbox {
 public:
  NoticeOutbox(RetryPolicy retry, std::int64_t ratePerHour) : retry_(retry), ratePerHour_(ratePerHour) {}
  virtual ~NoticeOutbox() = default;

  // Queues a notice unless one of `rateKeys` ("user:x", "client:ip") is at its hourly limit, or a
  // notice with the same non-empty `dedupeKey` exists (the held message's id: one notice per item).
  virtual EnqueueResult enqueue(const std::string& recipient, const std::string& from, const std::string& message,
                                std::int64_t now, const std::vector<std::string>& rateKeys,
                                const std::string& dedupeKey = "") = 0;
  // Notices counted against each key since `since`.
  virtual std::map<std::string, std::int64_t> countsSince(const std::vector<std::string>& keys, std::int64_t since) = 0;
  // Sends every notice due at `now` once; failures are rescheduled. Each is claimed first (its next
  // attempt moved ahead), so concurrent senders, on one gateway or several, never send the same
  // notice. Returns how many were sent. An outcome the store cannot take (a database restarting
  // between the send and its record) is kept here and recorded first on the next call, which
  // throws, claiming nothing, while the store is still unreachable.
  std::size_t deliverDue(SmtpSender& sender, std::int64_t now);
  // Outcomes sent or failed but not yet recorded in the store (the sender retries soon while any wait).
  std::size_t unrecordedOutcomes();
  // The earliest next attempt among pending notices (0 when none are pending).
  virtual std::int64_t nextDue() = 0;
  virtual OutboxCounts counts() = 0;
  // Removes sent and failed notices created before `cutoff` (retention); returns how many.
  virtual std::int64_t purgeBefore(std::int64_t cutoff) = 0;
  // Makes the notices an earlier process of this gateway had claimed due again (it died while
  // sending them). Called when the sender starts; a store shared by no other gateway has none.
  virtual void releaseOwnClaims(std::int64_t /*now*/) {}

 protected:
  struct DueNotice {
    std::int64_t id;
    std::string recipient;
    std::string from;
    std::string message;
    std::int64_t attempts;
  };
  // While a sender works on a notice its next attempt is pushed this far ahead: no other sender
  // sees it due meanwhile; if the sender dies, the notice is sent again after that.
  static constexpr std::int64_t kClaimSeconds = 600;

  // Up to 100 notices due at `now`, claimed in the statement that finds them.
  virtual std::vector<DueNotice> claimDue(std::int64_t now) = 0;
  virtual void markSent(std::int64_t id) = 0;
  virtual void markFailed(std::int64_t id, std::int64_t attempts, const std::string& error, std::int64_t nextAttemptAt,
                          bool giveUp) = 0;

  RetryPolicy retry_;
  std::int64_t ratePerHour_;

 private:
  // What became of one claimed notice, kept until the store has it.
  struct Outcome {
    std::int64_t id;
    bool sent;
    std::int64_t attempts = 0;  // failures so far, when not sent
    std::string error;
    std::int64_t nextAttemptAt = 0;
    bool giveUp = false;
  };
  Outcome failureOutcome(std::int64_t id, std::int64_t attempts, const std::string& error, std::int64_t now) const;
  void record(const Outcome& outcome);
  void recordUnrecorded();

  std::mutex deliverMutex_;  // one delivery pass at a time in this process
  std::vector<Outcome> unrecorded_;
};

// SqliteNoticeOutbox - the outbox as a table in the SQLite quarantine database.
class SqliteNoticeOutbox : public NoticeOutbox {
 public:
  // Opens (creating) the notices table in `database` (normally <quarantine dir>/quarantine.db).
  SqliteNoticeOutbox(const std::filesystem::path& database, RetryPolicy retry, std::int64_t ratePerHour);

  EnqueueResult enqueue(const std::string& recipient, const std::string& from, const std::string& message,
                        std::int64_t now, const std::vector<std::string>& rateKeys,
                        const std::string& dedupeKey = "") override;
  std::map<std::string, std::int64_t> countsSince(const std::vector<std::string>& keys, std::int64_t since) override;
  std::int64_t nextDue() override;
  OutboxCounts counts() override;
  std::int64_t purgeBefore(std::int64_t cutoff) override;

 protected:
  std::vector<DueNotice> claimDue(std::int64_t now) override;
  void markSent(std::int64_t id) override;
  void markFailed(std::int64_t id, std::int64_t attempts, const std::string& error, std::int64_t nextAttemptAt,
                  bool giveUp) override;

 private:
  std::mutex mutex_;
  std::unique_ptr<SqliteDb> db_;
};

struct QuarantineSettings;
// The outbox of the store `settings` names (the SQLite database under dir, or PostgreSQL).
std::unique_ptr<NoticeOutbox> openNoticeOutbox(const QuarantineSettings& settings, RetryPolicy retry,
                                               std::int64_t ratePerHour);

// Delay before attempt number `attempts + 1`, given `attempts` failures so far.
std::int64_t retryDelaySeconds(const RetryPolicy& retry, std::int64_t attempts);

}  // namespace aup
