#pragma once
// PgNoticeOutbox - the notice outbox in the shared PostgreSQL database. Every gateway's sender
// thread polls it; a notice is claimed with FOR UPDATE SKIP LOCKED in the statement that finds it,
// so exactly one gateway sends it (again only if that gateway dies before recording it sent, once
// the claim expires, or at once when that gateway restarts). While pending, sent_by names the
// gateway holding the claim; once sent, the gateway that sent it.

#include <memory>

#include "quarantine/notice_outbox.h"
#include "quarantine/pg_connection.h"

namespace aup {

class PgNoticeOutbox : public NoticeOutbox {
 public:
  PgNoticeOutbox(const PgOptions& connection, std::string gateway, RetryPolicy retry, std::int64_t ratePerHour);

  EnqueueResult enqueue(const std::string& recipient, const std::string& from, const std::string& message,
                        std::int64_t now, const std::vector<std::string>& rateKeys,
                        const std::string& dedupeKey = "") override;
  std::map<std::string, std::int64_t> countsSince(const std::vector<std::string>& keys, std::int64_t since) override;
  std::int64_t nextDue() override;
  OutboxCounts counts() override;
  std::int64_t purgeBefore(std::int64_t cutoff) override;
  void releaseOwnClaims(std::int64_t now) override;

 protected:
  std::vector<DueNotice> claimDue(std::int64_t now) override;
  void markSent(std::int64_t id) override;
  void markFailed(std::int64_t id, std::int64_t attempts, const std::string& error, std::int64_t nextAttemptAt,
                  bool giveUp) override;

 private:
  EnqueueResult enqueueOnce(const std::string& recipient, const std::string& from, const std::string& message,
                            std::int64_t now, const std::vector<std::string>& rateKeys, const std::string& dedupeKey);
  std::int64_t countSince(PgConnection& db, const std::string& key, std::int64_t since);

  std::unique_ptr<PgPool> pool_;
  std::string gateway_;
};

}  // namespace aup
