#include "quarantine/sqlite_schema.h"

#include <chrono>
#include <stdexcept>
#include <string>

#include "common/wall_clock.h"

namespace aup {

namespace {

// Steps 1 and 2 are the schema as earlier versions made it (PRAGMA user_version 0..2), so they
// use IF NOT EXISTS: an old store is adopted as it is.
constexpr SchemaMigration kSteps[] = {
    {1, "messages, reasons and the notice outbox", R"(
CREATE TABLE IF NOT EXISTS messages(
  id TEXT PRIMARY KEY, received_at INTEGER NOT NULL, mail_from TEXT, rcpts TEXT, auth_user TEXT,
  client_address TEXT, client_name TEXT, queue_id TEXT, direction TEXT, subject TEXT,
  size INTEGER, sha256 TEXT, state TEXT NOT NULL, actor TEXT DEFAULT '', acted_at INTEGER DEFAULT 0,
  action_detail TEXT DEFAULT '', file_missing INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS reasons(
  message_id TEXT NOT NULL, seq INTEGER NOT NULL, policy TEXT, rule TEXT, action TEXT, description TEXT,
  evidence TEXT, location TEXT, advice TEXT, PRIMARY KEY(message_id, seq));
CREATE INDEX IF NOT EXISTS messages_received ON messages(received_at);
CREATE TABLE IF NOT EXISTS notices(
  id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL, recipient TEXT NOT NULL,
  mail_from TEXT NOT NULL, message TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT DEFAULT '');
CREATE INDEX IF NOT EXISTS notices_due ON notices(state, next_attempt_at);
CREATE INDEX IF NOT EXISTS notices_rate ON notices(recipient, created_at);
CREATE TABLE IF NOT EXISTS notice_rate(rate_key TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS notice_rate_key ON notice_rate(rate_key, created_at);
)"},
    {2, "messages.on_release: the changes a release to the original recipients applies",
     "ALTER TABLE messages ADD COLUMN on_release TEXT DEFAULT '';"},
    {3, "the gateway that held each message; idempotency keys for held messages and notices", R"(
ALTER TABLE messages ADD COLUMN gateway TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX messages_idempotency ON messages(idempotency_key);
ALTER TABLE notices ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX notices_dedupe ON notices(dedupe_key);
)"},
    {4, "the console: the event trail of each message, notes, release requests and search indexes", R"(
CREATE TABLE IF NOT EXISTS events(
  seq INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL, at INTEGER NOT NULL, actor TEXT NOT NULL,
  origin TEXT NOT NULL, action TEXT NOT NULL, reason TEXT DEFAULT '', detail TEXT DEFAULT '', mta_reply TEXT DEFAULT '');
CREATE INDEX IF NOT EXISTS events_message ON events(message_id, seq);
CREATE TABLE IF NOT EXISTS notes(
  id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL, at INTEGER NOT NULL, author TEXT NOT NULL,
  text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS notes_message ON notes(message_id, id);
CREATE TABLE IF NOT EXISTS release_requests(
  id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL, requested_at INTEGER NOT NULL,
  requested_by TEXT NOT NULL, reason TEXT DEFAULT '', recipients TEXT DEFAULT '', state TEXT NOT NULL,
  decided_by TEXT DEFAULT '', decided_at INTEGER DEFAULT 0, decision_note TEXT DEFAULT '');
CREATE INDEX IF NOT EXISTS release_requests_state ON release_requests(state, id);
CREATE INDEX IF NOT EXISTS release_requests_message ON release_requests(message_id, id);
CREATE INDEX IF NOT EXISTS messages_state_received ON messages(state, received_at);
CREATE INDEX IF NOT EXISTS messages_direction_received ON messages(direction, received_at);
CREATE INDEX IF NOT EXISTS reasons_policy_rule ON reasons(policy, rule, message_id);
)"},
};

std::int64_t singleInteger(SqliteDb& db, const std::string& sql) {
  SqliteStatement q(db, sql);
  return q.step() ? q.integer(0) : 0;
}

// The version recorded in schema_migrations, else (a store from before it) PRAGMA user_version.
int currentVersion(SqliteDb& db) {
  if (singleInteger(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") > 0) {
    return static_cast<int>(singleInteger(db, "SELECT coalesce(max(version), 0) FROM schema_migrations"));
  }
  return static_cast<int>(singleInteger(db, "PRAGMA user_version"));
}

}  // namespace

std::span<const SchemaMigration> sqliteMigrations() { return kSteps; }

MigrationPlan migrateSqlite(SqliteDb& db, MigrationMode mode) {
  SqliteTransaction tx(db);  // BEGIN IMMEDIATE: the version is read under the write lock
  MigrationPlan plan = planMigrations(sqliteMigrations(), currentVersion(db));
  if (plan.verdict == MigrationVerdict::UpToDate) return plan;
  const bool refuse = plan.verdict == MigrationVerdict::TooNew ||
                      (plan.verdict == MigrationVerdict::NeedsMigrate && mode == MigrationMode::AtOpen);
  if (refuse) throw std::runtime_error(migrationRefusal(plan, "the SQLite quarantine database"));
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
          "applied_at INTEGER NOT NULL)");
  for (const SchemaMigration* step : plan.pending) {
    db.exec(step->sql);
    SqliteStatement record(db, "INSERT INTO schema_migrations(version, description, applied_at) VALUES(?,?,?)");
    record.bind(1, static_cast<std::int64_t>(step->version)).bind(2, step->description).bind(3, nowSeconds());
    record.step();
  }
  // Kept in step for older aup-milter versions, which read user_version.
  db.exec("PRAGMA user_version = " + std::to_string(plan.target));
  tx.commit();
  return plan;
}

}  // namespace aup
