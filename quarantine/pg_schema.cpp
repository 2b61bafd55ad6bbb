#include "quarantine/pg_schema.h"

#include <chrono>

#include "common/wall_clock.h"

namespace aup {

namespace {

// The same tables as the SQLite store, plus message_bytes (the exact message, since gateways do
// not share a disk) and, on notices, who sent it. Text columns are NOT NULL with '' defaults so a
// row reads the same from either backend.
constexpr SchemaMigration kSteps[] = {
    {1, "messages, reasons, message bytes and the notice outbox, with gateway and idempotency keys", R"(
CREATE TABLE messages(
  id text PRIMARY KEY,
  received_at bigint NOT NULL,
  mail_from text NOT NULL DEFAULT '', rcpts text NOT NULL DEFAULT '', auth_user text NOT NULL DEFAULT '',
  client_address text NOT NULL DEFAULT '', client_name text NOT NULL DEFAULT '', queue_id text NOT NULL DEFAULT '',
  direction text NOT NULL DEFAULT '', subject text NOT NULL DEFAULT '',
  size bigint NOT NULL, sha256 text NOT NULL,
  state text NOT NULL CHECK (state IN ('held', 'releasing', 'released', 'deleted')),
  actor text NOT NULL DEFAULT '', acted_at bigint NOT NULL DEFAULT 0, action_detail text NOT NULL DEFAULT '',
  file_missing boolean NOT NULL DEFAULT false,
  on_release text NOT NULL DEFAULT '',
  gateway text NOT NULL,
  idempotency_key text UNIQUE);
CREATE INDEX messages_received ON messages(received_at);
CREATE INDEX messages_state ON messages(state, received_at);
CREATE TABLE reasons(
  message_id text NOT NULL REFERENCES messages(id) ON DELETE CASCADE, seq integer NOT NULL,
  policy text NOT NULL DEFAULT '', rule text NOT NULL DEFAULT '', action text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '', evidence text NOT NULL DEFAULT '', location text NOT NULL DEFAULT '',
  advice text NOT NULL DEFAULT '', PRIMARY KEY(message_id, seq));
CREATE INDEX reasons_policy ON reasons(policy);
CREATE TABLE message_bytes(
  message_id text PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE, bytes bytea NOT NULL);
CREATE TABLE notices(
  id bigserial PRIMARY KEY, created_at bigint NOT NULL, recipient text NOT NULL, mail_from text NOT NULL,
  message text NOT NULL, state text NOT NULL DEFAULT 'pending', attempts integer NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL, last_error text NOT NULL DEFAULT '', dedupe_key text UNIQUE,
  sent_by text NOT NULL DEFAULT '');
CREATE INDEX notices_due ON notices(state, next_attempt_at);
CREATE TABLE notice_rate(rate_key text NOT NULL, created_at bigint NOT NULL);
CREATE INDEX notice_rate_key ON notice_rate(rate_key, created_at);
)"},
    {2, "the console: the event trail of each message, notes, release requests and search indexes", R"(
CREATE TABLE events(
  seq bigserial PRIMARY KEY, message_id text NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  at bigint NOT NULL, actor text NOT NULL, origin text NOT NULL, action text NOT NULL,
  reason text NOT NULL DEFAULT '', detail text NOT NULL DEFAULT '', mta_reply text NOT NULL DEFAULT '');
CREATE INDEX events_message ON events(message_id, seq);
CREATE TABLE notes(
  id bigserial PRIMARY KEY, message_id text NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  at bigint NOT NULL, author text NOT NULL, text text NOT NULL);
CREATE INDEX notes_message ON notes(message_id, id);
CREATE TABLE release_requests(
  id bigserial PRIMARY KEY, message_id text NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  requested_at bigint NOT NULL, requested_by text NOT NULL, reason text NOT NULL DEFAULT '',
  recipients text NOT NULL DEFAULT '', state text NOT NULL,
  decided_by text NOT NULL DEFAULT '', decided_at bigint NOT NULL DEFAULT 0, decision_note text NOT NULL DEFAULT '');
CREATE INDEX release_requests_state ON release_requests(state, id);
CREATE INDEX release_requests_message ON release_requests(message_id, id);
CREATE INDEX messages_direction_received ON messages(direction, received_at);
CREATE INDEX reasons_policy_rule ON reasons(policy, rule, message_id);
)"},
};

// Any constant: the key of the advisory lock that serialises schema changes across gateways.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(7243120150)";

}  // namespace

std::span<const SchemaMigration> pgMigrations() { return kSteps; }

MigrationPlan migratePg(PgConnection& connection, MigrationMode mode) {
  PgTransaction tx(connection);
  connection.exec(kMigrationLock);
  connection.exec("CREATE TABLE IF NOT EXISTS schema_migrations(version integer PRIMARY KEY, "
                  "description text NOT NULL, applied_at bigint NOT NULL)");
  const int current =
      static_cast<int>(connection.exec("SELECT coalesce(max(version), 0) FROM schema_migrations").integer(0, 0));
  MigrationPlan plan = planMigrations(pgMigrations(), current);
  if (plan.verdict == MigrationVerdict::UpToDate) {
    tx.commit();
    return plan;
  }
  const bool refuse = plan.verdict == MigrationVerdict::TooNew ||
                      (plan.verdict == MigrationVerdict::NeedsMigrate && mode == MigrationMode::AtOpen);
  if (refuse) throw std::runtime_error(migrationRefusal(plan, "the PostgreSQL quarantine database"));
  for (const SchemaMigration* step : plan.pending) {
    connection.exec(step->sql);
    connection.exec("INSERT INTO schema_migrations(version, description, applied_at) VALUES($1, $2, $3)",
                    {PgParam::integer(step->version), PgParam::text(std::string(step->description)),
                     PgParam::integer(nowSeconds())});
  }
  tx.commit();
  return plan;
}

}  // namespace aup
