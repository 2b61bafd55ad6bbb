#pragma once
// NoticeOutbox - the durable queue of sender notices: a table in the quarantine database. Rows are
// written at end-of-message (cheap) and sent later by NoticeService's thread, so SMTP to the
// notice relay never sits on the mail path. Failed sends are retried with exponential backoff.
//
// Thread-safe (one connection behind a mutex); several processes may share the database.

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

class NoticeOutbox {
 public:
  // Opens (creating) the notices table in `database` (normally <quarantine dir>/quarantine.db).
  NoticeOutbox(const std::filesystem::path& database, RetryPolicy retry, std::int64_t ratePerHour);

  // Queues a notice unless one of `rateKeys` ("user:x", "client:ip") is at its hourly limit.
  EnqueueResult enqueue(const std::string& recipient, const std::string& from, const std::string& message,
                        std::int64_t now, const std::vector<std::string>& rateKeys);
  // Notices counted against each key since `since`.
  std::map<std::string, std::int64_t> countsSince(const std::vector<std::string>& keys, std::int64_t since);
  // Sends every notice due at `now` once; failures are rescheduled. Returns how many were sent.
  std::size_t deliverDue(SmtpSender& sender, std::int64_t now);
  // The earliest next attempt among pending notices (0 when none are pending).
  std::int64_t nextDue();
  OutboxCounts counts();
  // Removes sent and failed notices created before `cutoff` (retention); returns how many.
  std::int64_t purgeBefore(std::int64_t cutoff);

 private:
  void recordFailure(std::int64_t id, std::int64_t attempts, const std::string& error, std::int64_t now);

  std::mutex mutex_;
  std::unique_ptr<SqliteDb> db_;
  RetryPolicy retry_;
  std::int64_t ratePerHour_;
};

// Delay before attempt number `attempts + 1`, given `attempts` failures so far.
std::int64_t retryDelaySeconds(const RetryPolicy& retry, std::int64_t attempts);

}  // namespace aup
