#pragma once
// SchemaMigration - one numbered, additive step of a store's schema, and the plan of which steps a
// database still needs. Pure: the SQLite and PostgreSQL stores each list their own steps and apply
// the plan at their edge, recording each step in the table schema_migrations(version,
// description, applied_at), in the same transaction as the step itself.
//
// Steps are only ever appended. A step marked safe at open (an added table, column or index:
// cheap and invisible to an older reader) is applied when a daemon or aupctl opens the store; any
// other step waits for `aupctl quarantine migrate`, and the store refuses to open until then, as
// it does for a database newer than this program knows (fail closed: never write to a schema we
// do not understand).
//
// Tenancy later: every table is keyed by a random id, never by a site-wide natural key, so a
// school column (`tenant text NOT NULL DEFAULT ''`) is one more additive step, metadata only in
// PostgreSQL 11+ and SQLite alike, with no rewrite of the rows.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aup {

struct SchemaMigration {
  int version;                  // 1, 2, 3 ... in order, no gaps
  std::string_view description;  // one line, kept in schema_migrations
  std::string_view sql;          // statements; run inside one transaction
  bool safeAtOpen = true;        // additive: applied when the store opens
};

enum class MigrationVerdict {
  UpToDate,       // nothing to do
  ApplyAtOpen,    // every pending step is safe at open: apply them now
  NeedsMigrate,   // a pending step waits for `aupctl quarantine migrate`: refuse to open
  TooNew,         // the database is newer than this program: refuse to open
};

struct MigrationPlan {
  MigrationVerdict verdict = MigrationVerdict::UpToDate;
  int current = 0;                           // version the database is at
  int target = 0;                            // newest version this program knows
  std::vector<const SchemaMigration*> pending;  // in order
};

// Which of `steps` a database at `currentVersion` needs, and whether they may run at open.
MigrationPlan planMigrations(std::span<const SchemaMigration> steps, int currentVersion);

// The message a store gives when it refuses to open on `plan` ("" when it may open).
std::string migrationRefusal(const MigrationPlan& plan, std::string_view store);

}  // namespace aup
