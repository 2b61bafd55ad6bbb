#pragma once
// The PostgreSQL store's schema: its numbered steps (quarantine/schema_migration.h) and the edge
// that applies them, under an advisory lock so gateways starting together apply each step once.

#include <span>

#include "quarantine/pg_connection.h"
#include "quarantine/schema_migration.h"
#include "quarantine/sqlite_schema.h"  // MigrationMode

namespace aup {

std::span<const SchemaMigration> pgMigrations();

// Brings the database to the newest schema in one transaction; throws PgError (or
// std::runtime_error with migrationRefusal()'s message) when it must not open.
MigrationPlan migratePg(PgConnection& connection, MigrationMode mode);

}  // namespace aup
