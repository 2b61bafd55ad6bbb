#pragma once
// SqliteQuarantineStorage - the local store: <dir>/quarantine.db (SQLite, WAL, synchronous=FULL)
// holds one row per message; <dir>/messages/<id>.eml holds the exact bytes as received.
//
// Write order: temp file in <dir>/tmp -> fsync -> rename into messages/ -> fsync(dir) -> row
// committed. A crash between the rename and the commit leaves an orphan file; the next open
// adds a row for it (state held, reason "recovered") once it is older than the grace period, so
// nothing is lost. Rows whose file has gone are flagged file_missing. See docs/quarantine.md.
//
// Thread-safe: one connection per object behind a mutex; several processes share the database
// through SQLite's locking with a busy timeout.

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>

#include "quarantine/quarantine_storage.h"
#include "quarantine/sqlite_db.h"
#include "quarantine/sqlite_schema.h"

namespace aup {

struct StoreOptions {
  std::filesystem::path dir;
  std::string group;                            // "" = aup-admin if it exists, else root's group
  std::chrono::seconds orphanGrace{120};        // younger orphans may still be in flight
  std::string gateway;                          // recorded on every row put() writes
  MigrationMode migration = MigrationMode::AtOpen;
};

class SqliteQuarantineStorage : public QuarantineStorage {
 public:
  // Creates the layout if needed and runs the consistency check. Throws QuarantineWriteError
  // when the directory or database cannot be opened.
  explicit SqliteQuarantineStorage(const StoreOptions& options);

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

  // Console extensions (issue 14), in sqlite_quarantine_console.cpp.
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

  // Recovery pass (run by the constructor; callable again, e.g. by `aupctl quarantine check`).
  ConsistencyReport checkConsistency();
  // Inserts a request in state requested (mutex_ held); throws when the message has no row.
  std::int64_t insertReleaseRequest(const ReleaseRequest& request);
  const ConsistencyReport& openReport() const { return openReport_; }
  // Problems that did not stop the store (group could not be set ...), for the operational log.
  const std::vector<std::string>& warnings() const { return warnings_; }

  std::filesystem::path messagePath(const std::string& id) const;
  const std::filesystem::path& databasePath() const { return dbPath_; }
  // What the open found and applied (`aupctl quarantine migrate` prints it).
  const MigrationPlan& migrationPlan() const { return migrationPlan_; }

 private:
  void requireRow(const std::string& id);  // throws when no message row has this id (mutex held)
  std::int64_t insertEvent(const QuarantineEvent& event);  // appends to the trail (mutex held); its seq
  // Inserts the row and its reasons; returns the id kept: `id`, or the earlier row's id when one
  // with the same idempotency key exists (nothing is inserted then).
  std::string insertRow(const std::string& id, std::int64_t receivedAt, const HoldRequest& request, std::uint64_t size,
                        const std::string& sha256);
  QuarantineRecord readRow(SqliteStatement& row);
  static std::string_view selectSql();  // "SELECT <the columns readRow reads> FROM messages"
  void loadReasons(QuarantineRecord& record);
  void recoverOrphan(const std::filesystem::path& file, ConsistencyReport& report);

  StoreOptions options_;
  gid_t group_ = 0;
  std::filesystem::path dbPath_;
  std::mutex mutex_;  // guards db_
  std::unique_ptr<SqliteDb> db_;
  ConsistencyReport openReport_;
  MigrationPlan migrationPlan_;
  std::vector<std::string> warnings_;
};

}  // namespace aup
