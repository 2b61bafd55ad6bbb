// Versioned schema: the plan (pure) and the SQLite edge adopting a store made by an earlier version.

#include <gtest/gtest.h>

#include "quarantine/schema_migration.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "quarantine/sqlite_schema.h"
#include "tests/quarantine/quarantine_test_support.h"

namespace aup {
namespace {

constexpr SchemaMigration kSteps[] = {
    {1, "base", "", true},
    {2, "add a column", "", true},
    {3, "rewrite a table", "", false},
};

TEST(MigrationPlan, FreshDatabaseNeedsEveryStep) {
  MigrationPlan plan = planMigrations(std::span(kSteps).first(2), 0);
  EXPECT_EQ(plan.verdict, MigrationVerdict::ApplyAtOpen);
  EXPECT_EQ(plan.pending.size(), 2U);
  EXPECT_EQ(plan.target, 2);
}

TEST(MigrationPlan, CurrentDatabaseIsUpToDate) {
  EXPECT_EQ(planMigrations(kSteps, 3).verdict, MigrationVerdict::UpToDate);
}

TEST(MigrationPlan, StepNotSafeAtOpenWaitsForMigrateCommand) {
  MigrationPlan plan = planMigrations(kSteps, 1);
  EXPECT_EQ(plan.verdict, MigrationVerdict::NeedsMigrate);
  EXPECT_NE(migrationRefusal(plan, "store").find("aupctl quarantine migrate"), std::string::npos);
}

TEST(MigrationPlan, DatabaseNewerThanProgramIsRefused) {
  MigrationPlan plan = planMigrations(kSteps, 4);
  EXPECT_EQ(plan.verdict, MigrationVerdict::TooNew);
  EXPECT_NE(migrationRefusal(plan, "store").find("newer than this program"), std::string::npos);
}

TEST(SqliteSchema, StepsAreNumberedInOrderWithoutGaps) {
  int expected = 1;
  for (const auto& step : sqliteMigrations()) EXPECT_EQ(step.version, expected++);
}

// The schema of aup-milter before versioned migrations: user_version 2, no schema_migrations.
void makeVersion2Store(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  SqliteDb db(dir / "quarantine.db");
  db.exec(R"(
CREATE TABLE messages(
  id TEXT PRIMARY KEY, received_at INTEGER NOT NULL, mail_from TEXT, rcpts TEXT, auth_user TEXT,
  client_address TEXT, client_name TEXT, queue_id TEXT, direction TEXT, subject TEXT,
  size INTEGER, sha256 TEXT, state TEXT NOT NULL, actor TEXT DEFAULT '', acted_at INTEGER DEFAULT 0,
  action_detail TEXT DEFAULT '', file_missing INTEGER DEFAULT 0, on_release TEXT DEFAULT '');
CREATE TABLE reasons(
  message_id TEXT NOT NULL, seq INTEGER NOT NULL, policy TEXT, rule TEXT, action TEXT, description TEXT,
  evidence TEXT, location TEXT, advice TEXT, PRIMARY KEY(message_id, seq));
CREATE TABLE notices(
  id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL, recipient TEXT NOT NULL,
  mail_from TEXT NOT NULL, message TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT DEFAULT '');
CREATE TABLE notice_rate(rate_key TEXT NOT NULL, created_at INTEGER NOT NULL);
INSERT INTO messages(id, received_at, mail_from, rcpts, size, sha256, state)
  VALUES('0123456789abcdef0123456789abcdef', 100, 'old@school.example', 'a@b', 3, 'x', 'held');
PRAGMA user_version = 2;
)");
}

TEST(SqliteSchema, AdoptsAnEarlierStoreKeepingItsRows) {
  test::TempDir dir;
  makeVersion2Store(dir.path() / "q");
  SqliteQuarantineStorage store(StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "gw-new", MigrationMode::AtOpen});
  EXPECT_EQ(store.migrationPlan().current, 2);
  EXPECT_EQ(store.migrationPlan().pending.size(), 2U);  // gateway and keys; the console tables
  auto old = store.get("0123456789abcdef0123456789abcdef");
  ASSERT_TRUE(old);
  EXPECT_EQ(old->request.mailFrom, "old@school.example");
  EXPECT_EQ(old->gateway, "");  // held before gateways were recorded
  HoldRequest request = test::sampleRequest();
  request.idempotencyKey = "k";
  auto id = store.put(request, RawMessage::inMemory(test::sampleMessage()));
  EXPECT_EQ(store.get(id)->gateway, "gw-new");
}

TEST(SqliteSchema, SecondOpenAppliesNothing) {
  test::TempDir dir;
  { SqliteQuarantineStorage first(StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "gw", MigrationMode::AtOpen}); }
  SqliteQuarantineStorage again(StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "gw", MigrationMode::AtOpen});
  EXPECT_TRUE(again.migrationPlan().pending.empty());
  EXPECT_EQ(again.migrationPlan().current, static_cast<int>(sqliteMigrations().size()));
}

TEST(SqliteSchema, RefusesAStoreFromANewerVersion) {
  test::TempDir dir;
  { SqliteQuarantineStorage first(StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "gw", MigrationMode::AtOpen}); }
  {
    SqliteDb db(dir.path() / "q" / "quarantine.db");
    db.exec("INSERT INTO schema_migrations VALUES(99, 'from the future', 0)");
  }
  try {
    SqliteQuarantineStorage store(StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "gw", MigrationMode::AtOpen});
    FAIL() << "opened a store newer than the program";
  } catch (const QuarantineWriteError& e) {
    EXPECT_NE(std::string(e.what()).find("newer than this program"), std::string::npos) << e.what();
  }
}

TEST(HoldIdempotencyKey, SameMessageRetriedThroughAnotherPostfixGetsTheSameKey) {
  HoldRequest request = test::sampleRequest();
  const std::string body = "Message-ID: <a@b>\r\nSubject: x\r\n\r\nbody\r\n";
  const std::string viaA = "Received: from x by gw-a (Postfix) id 4AAA\r\n" + body;
  const std::string viaB = "Received: from x by gw-b (Postfix) id 4BBB\r\n" + body;
  EXPECT_EQ(holdIdempotencyKey(request, viaA), holdIdempotencyKey(request, viaB));
  EXPECT_FALSE(holdIdempotencyKey(request, viaA).empty());
}

TEST(HoldIdempotencyKey, DiffersForAnotherBodyOrEnvelope) {
  HoldRequest request = test::sampleRequest();
  const std::string message = "Message-ID: <a@b>\r\n\r\nbody\r\n";
  const std::string key = holdIdempotencyKey(request, message);
  EXPECT_NE(key, holdIdempotencyKey(request, "Message-ID: <a@b>\r\n\r\nother body\r\n"));
  HoldRequest otherRecipient = request;
  otherRecipient.recipients = {"someone@else.example"};
  EXPECT_NE(key, holdIdempotencyKey(otherRecipient, message));
}

TEST(HoldIdempotencyKey, NoMessageIdMeansNoDeduplication) {
  EXPECT_EQ(holdIdempotencyKey(test::sampleRequest(), "Subject: x\r\n\r\nbody\r\n"), "");
}

}  // namespace
}  // namespace aup
