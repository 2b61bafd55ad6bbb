#include "quarantine/pg_quarantine_storage.h"

#include <chrono>

#include "common/wall_clock.h"
#include "decision/crypto.h"
#include "decision/quarantine_id.h"
#include "quarantine/pg_quarantine_sql.h"

namespace aup {

namespace {

constexpr int kPurgeBatch = 500;

}  // namespace

PgQuarantineStorage::PgQuarantineStorage(const PgStoreOptions& options)
    : options_(options), pool_(std::make_unique<PgPool>(options.connection, options.connections)) {
  try {
    auto db = pool_->acquire();
    migrationPlan_ = migratePg(*db, options.migration);
  } catch (const std::exception& e) {
    throw QuarantineWriteError(std::string("the PostgreSQL quarantine store is not usable: ") + e.what());
  }
}

// put - row, reasons and bytes in one transaction: the commit is the only point of no return.
std::string PgQuarantineStorage::put(const HoldRequest& request, const RawMessage& raw) {
  try {
    const std::string bytes = raw.readAll();
    const std::string id = newQuarantineId();
    const std::string sha256 = sha256Hex(bytes);
    auto db = pool_->acquire();
    PgTransaction tx(*db);
    if (!pgsql::insertMessage(*db, {id, nowSeconds(), request, bytes.size(), sha256, options_.gateway, std::nullopt})) {
      // Held already (a retry after a crash between commit and reply, here or at another gateway).
      auto earlier = pgsql::idForIdempotencyKey(*db, request.idempotencyKey);
      if (!earlier) throw PgError("idempotency key conflict without a row");
      tx.commit();
      return *earlier;
    }
    pgsql::insertReasons(*db, id, request.reasons);
    pgsql::insertMessageBytes(*db, id, bytes);
    tx.commit();
    return id;
  } catch (const QuarantineWriteError&) {
    throw;
  } catch (const std::exception& e) {
    throw QuarantineWriteError(std::string("cannot store message in PostgreSQL: ") + e.what());
  }
}

std::optional<QuarantineRecord> PgQuarantineStorage::get(const std::string& id) {
  requireValidQuarantineId(id);
  auto db = pool_->acquire();
  return pgsql::selectRecord(*db, id);
}

std::vector<QuarantineRecord> PgQuarantineStorage::list(const QuarantineFilter& filter) {
  auto db = pool_->acquire();
  PgTransaction tx(*db);  // rows and reasons from one snapshot
  auto records = pgsql::selectRecords(*db, filter);
  tx.commit();
  return records;
}

std::string PgQuarantineStorage::readMessage(const std::string& id) {
  requireValidQuarantineId(id);
  auto db = pool_->acquire();
  auto bytes = pgsql::selectMessageBytes(*db, id);
  if (!bytes) throw std::runtime_error("quarantined message " + id + " has no stored bytes (deleted or purged)");
  return std::move(*bytes);
}

void PgQuarantineStorage::setState(const std::string& id, QuarantineState state, const std::string& actor,
                                   const std::string& detail) {
  requireValidQuarantineId(id);
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  if (!pgsql::updateState(*db, id, std::nullopt, state, actor, detail, nowSeconds())) {
    throw std::runtime_error("no quarantined message with id " + id);
  }
  if (state == QuarantineState::Deleted) pgsql::deleteMessageBytes(*db, id);
  tx.commit();
}

bool PgQuarantineStorage::transitionState(const std::string& id, QuarantineState from, QuarantineState to,
                                          const std::string& actor, const std::string& detail) {
  requireValidQuarantineId(id);
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  if (!pgsql::updateState(*db, id, from, to, actor, detail, nowSeconds())) return false;
  if (to == QuarantineState::Deleted) pgsql::deleteMessageBytes(*db, id);
  tx.commit();
  return true;
}

// purge - in batches, each its own transaction, skipping rows another gateway's purge holds.
std::vector<std::string> PgQuarantineStorage::purge(std::int64_t cutoff) {
  std::vector<std::string> ids;
  auto db = pool_->acquire();
  for (;;) {
    PgTransaction tx(*db);
    auto batch = pgsql::purgeBatch(*db, cutoff, kPurgeBatch);
    tx.commit();
    ids.insert(ids.end(), batch.begin(), batch.end());
    if (batch.size() < static_cast<std::size_t>(kPurgeBatch)) break;
  }
  return ids;
}

QuarantineBacklog PgQuarantineStorage::backlog() {
  auto db = pool_->acquire();
  return pgsql::selectBacklog(*db);
}

bool PgQuarantineStorage::importRecord(const QuarantineRecord& record, const std::string& bytes) {
  requireValidQuarantineId(record.id);
  auto db = pool_->acquire();
  PgTransaction tx(*db);
  if (pgsql::selectRecord(*db, record.id)) return false;
  const std::string gateway = record.gateway.empty() ? options_.gateway : record.gateway;
  if (!pgsql::insertMessage(*db, {record.id, record.receivedAt, record.request, record.size, record.sha256, gateway,
                                  record.state})) {
    return false;
  }
  pgsql::insertReasons(*db, record.id, record.request.reasons);
  if (record.state != QuarantineState::Deleted) pgsql::insertMessageBytes(*db, record.id, bytes);
  if (record.actedAt != 0) {
    pgsql::updateState(*db, record.id, std::nullopt, record.state, record.actor, record.actionDetail, record.actedAt);
  }
  tx.commit();
  return true;
}

}  // namespace aup
