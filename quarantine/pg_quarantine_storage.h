#pragma once
// PgQuarantineStorage - the shared store for several gateways: one PostgreSQL database holds the
// rows, the reasons and the exact message bytes (bytea), so any gateway can show, release or
// purge what any other held.
//
// put() commits row, reasons and bytes in one transaction before it returns (the milter answers
// 250 only after that); with synchronous_commit as the DBA set it (never off, see
// pg_connection.h). Every failure, including a database that does not answer within
// db_timeout, is a QuarantineWriteError from put() (the milter answers 451) and a PgError
// (std::runtime_error) from the other methods. A retry of a message already held (same
// idempotency key, from this gateway or another) returns the first copy's id.
//
// Structure: each method leases a pooled connection and composes the one-statement functions of
// pg_quarantine_sql.h inside a transaction; methods added later follow the same shape.
//
// Thread-safe: connections come from a PgPool.

#include <memory>
#include <string>

#include "quarantine/pg_connection.h"
#include "quarantine/pg_schema.h"
#include "quarantine/quarantine_storage.h"

namespace aup {

struct PgStoreOptions {
  PgOptions connection;
  std::size_t connections = 4;
  std::string gateway;  // recorded on every row put() writes
  MigrationMode migration = MigrationMode::AtOpen;
};

class PgQuarantineStorage : public QuarantineStorage {
 public:
  // Connects once and brings the schema up to date (or refuses, see schema_migration.h). Throws
  // QuarantineWriteError when the database cannot be used.
  explicit PgQuarantineStorage(const PgStoreOptions& options);

  std::string put(const HoldRequest& request, const RawMessage& bytes) override;
  std::optional<QuarantineRecord> get(const std::string& id) override;
  std::vector<QuarantineRecord> list(const QuarantineFilter& filter) override;
  std::string readMessage(const std::string& id) override;
  void setState(const std::string& id, QuarantineState state, const std::string& actor,
                const std::string& detail) override;
  bool transitionState(const std::string& id, QuarantineState from, QuarantineState to, const std::string& actor,
                       const std::string& detail) override;
  std::vector<std::string> purge(std::int64_t cutoff) override;
  QuarantineBacklog backlog() override;

  // Console extensions (pg_quarantine_console.cpp).
  std::int64_t appendEvent(const QuarantineEvent& event) override;
  std::vector<QuarantineEvent> events(const std::string& id) override;
  std::int64_t addNote(const std::string& id, const std::string& author, const std::string& text) override;
  std::vector<QuarantineNote> notes(const std::string& id) override;
  std::int64_t createReleaseRequest(const ReleaseRequest& request) override;
  RequestCreation createReleaseRequestOnce(const ReleaseRequest& request) override;
  std::optional<ReleaseRequest> releaseRequest(std::int64_t requestId) override;
  std::vector<ReleaseRequest> releaseRequests(std::optional<ReleaseRequestState> state,
                                              const std::string& messageId) override;
  bool decideReleaseRequest(std::int64_t requestId, ReleaseRequestState decision, const std::string& decidedBy,
                            const std::string& note) override;
  std::vector<ReleaseRequest> recordDirectAction(QuarantineState state, const QuarantineEvent& event) override;
  QuarantinePage search(const QuarantineSearch& query) override;
  int schemaVersion() override;

  // Stores a record exactly as another store kept it (id, time, state, gateway), for
  // `aupctl quarantine import`; false when the id or its idempotency key is already here.
  bool importRecord(const QuarantineRecord& record, const std::string& bytes);

  const MigrationPlan& migrationPlan() const { return migrationPlan_; }
  const std::string& gateway() const { return options_.gateway; }
  // The pool, shared with the notice outbox of the same process.
  PgPool& pool() { return *pool_; }

 private:
  PgStoreOptions options_;
  std::unique_ptr<PgPool> pool_;
  MigrationPlan migrationPlan_;
};

}  // namespace aup
