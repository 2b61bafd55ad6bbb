#pragma once
// The SQLite store's schema: its numbered steps (quarantine/schema_migration.h) and the edge that
// applies them. One list for the messages and the notice outbox, which share quarantine.db.

#include <span>

#include "quarantine/schema_migration.h"
#include "quarantine/sqlite_db.h"

namespace aup {

enum class MigrationMode {
  AtOpen,    // apply only steps marked safe at open; refuse (throw) otherwise
  Explicit,  // `aupctl quarantine migrate`: apply every pending step
};

std::span<const SchemaMigration> sqliteMigrations();

// Brings `db` to the newest schema under one write transaction (so two processes opening at once
// apply each step once). Returns the plan it found. Throws std::runtime_error with
// migrationRefusal()'s message when it must not open.
MigrationPlan migrateSqlite(SqliteDb& db, MigrationMode mode);

}  // namespace aup
