// The PostgreSQL store when the database fails: every failure is a QuarantineWriteError from put()
// (the milter answers 451), bounded by db_timeout, and the store recovers when the database does.

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <thread>

#include "quarantine/pg_quarantine_storage.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "tests/quarantine/quarantine_test_support.h"
#include "tests/support/pg_test_server.h"

namespace aup {
namespace {

using Clock = std::chrono::steady_clock;

std::string put(QuarantineStorage& store) {
  return store.put(test::sampleRequest(), RawMessage::inMemory(test::sampleMessage()));
}

// A "database" that accepts connections and never says a word.
class SilentServer {
 public:
  explicit SilentServer(const std::filesystem::path& dir) : socketFile_(dir / ".s.PGSQL.5432") {
    fd_ = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::snprintf(address.sun_path, sizeof address.sun_path, "%s", socketFile_.c_str());
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd_, 8) != 0) {
      throw std::runtime_error("cannot listen on " + socketFile_.string());
    }
  }
  ~SilentServer() { ::close(fd_); }

 private:
  std::filesystem::path socketFile_;
  int fd_ = -1;
};

TEST(PgStoreFaults, UnreachableDatabaseRefusesToOpenWithWriteError) {
  test::TempDir dir;  // no server listens here
  PgStoreOptions options{{"host=" + dir.path().string() + " dbname=x", "", std::chrono::seconds(2), "t"}, 1, "gw", MigrationMode::AtOpen};
  EXPECT_THROW(PgQuarantineStorage store(options), QuarantineWriteError);
}

TEST(PgStoreFaults, SilentDatabaseIsBoundedByTheTimeout) {
  test::TempDir dir;
  SilentServer silent(dir.path());
  PgStoreOptions options{{"host=" + dir.path().string() + " dbname=x", "", std::chrono::seconds(2), "t"}, 1, "gw", MigrationMode::AtOpen};
  const auto start = Clock::now();
  EXPECT_THROW(PgQuarantineStorage store(options), QuarantineWriteError);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(8));
}

class PgStoreFaultsOnServer : public testing::Test {
 protected:
  void SetUp() override {
    auto& server = test::PgTestServer::shared();
    if (!server.available()) GTEST_SKIP() << server.why();
    dsn_ = server.createDatabase();
  }
  std::unique_ptr<PgQuarantineStorage> open(std::chrono::seconds timeout = std::chrono::seconds(2)) {
    return std::make_unique<PgQuarantineStorage>(PgStoreOptions{{dsn_, "", timeout, "t"}, 2, "gw", MigrationMode::AtOpen});
  }
  std::string dsn_;
};

TEST_F(PgStoreFaultsOnServer, LockedTableMakesPutFailWithinTheTimeout) {
  auto store = open();
  PGconn* locker = PQconnectdb(dsn_.c_str());
  ASSERT_EQ(PQstatus(locker), CONNECTION_OK);
  PQclear(PQexec(locker, "BEGIN; LOCK TABLE messages IN ACCESS EXCLUSIVE MODE"));
  const auto start = Clock::now();
  EXPECT_THROW(put(*store), QuarantineWriteError);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(6));
  PQclear(PQexec(locker, "ROLLBACK"));
  PQfinish(locker);
  EXPECT_FALSE(put(*store).empty());  // and works again once the lock is gone
}

TEST_F(PgStoreFaultsOnServer, RecoversAfterTheDatabaseRestarts) {
  auto store = open();
  const std::string before = put(*store);
  ASSERT_TRUE(test::PgTestServer::shared().restart());
  // The pooled connection died with the restart: at most one put fails (451), then it reconnects.
  std::string after;
  for (int attempt = 0; attempt < 3 && after.empty(); ++attempt) {
    try {
      after = put(*store);
    } catch (const QuarantineWriteError&) {
    }
  }
  EXPECT_FALSE(after.empty());
  EXPECT_TRUE(store->get(before));
}

TEST_F(PgStoreFaultsOnServer, ConnectionPoolWaitIsBounded) {
  auto store = std::make_unique<PgQuarantineStorage>(PgStoreOptions{{dsn_, "", std::chrono::seconds(1), "t"}, 1, "gw", MigrationMode::AtOpen});
  PgPool& pool = store->pool();
  auto held = pool.acquire();  // the only connection
  const auto start = Clock::now();
  EXPECT_THROW(put(*store), QuarantineWriteError);
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(4));
}

TEST_F(PgStoreFaultsOnServer, TextThatPostgresqlWouldRejectIsStoredSafely) {
  auto store = open();
  HoldRequest request = test::sampleRequest();
  static constexpr char kHostile[] = "bad \xff\xfe utf8 and a NUL \0 here";
  request.subject = std::string(kHostile, sizeof kHostile - 1);  // keep the embedded NUL
  const std::string id = store->put(request, RawMessage::inMemory(test::sampleMessage()));
  EXPECT_EQ(store->get(id)->request.subject.substr(0, 4), "bad ");
}

}  // namespace
}  // namespace aup

namespace aup {
namespace {

// `aupctl quarantine migrate --from-sqlite` copies each record with importRecord: everything held
// in SQLite arrives in PostgreSQL as it was (id, time, state, actor, gateway, reasons, bytes).
TEST_F(PgStoreFaultsOnServer, CopiesASqliteStoreWithNothingLost) {
  test::TempDir dir;
  SqliteQuarantineStorage sqlite(StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "old-gw",
                                              MigrationMode::AtOpen});
  std::vector<std::string> ids;
  for (int i = 0; i < 5; ++i) {
    HoldRequest request = test::sampleRequest();
    request.idempotencyKey = "key-" + std::to_string(i);
    ids.push_back(sqlite.put(request, RawMessage::inMemory(test::sampleMessage(std::to_string(i)))));
  }
  sqlite.setState(ids[1], QuarantineState::Released, "jbloggs", "released to a@b");
  sqlite.setState(ids[2], QuarantineState::Deleted, "jbloggs", "deleted");
  auto pg = open();
  for (const auto& record : sqlite.list({})) {
    const std::string bytes = record.state == QuarantineState::Deleted ? "" : sqlite.readMessage(record.id);
    EXPECT_TRUE(pg->importRecord(record, bytes));
    EXPECT_FALSE(pg->importRecord(record, bytes));  // a second run copies nothing twice
  }
  for (const auto& before : sqlite.list({})) {
    auto after = pg->get(before.id);
    ASSERT_TRUE(after) << before.id;
    EXPECT_EQ(recordToJson(*after), recordToJson(before));
    if (before.state != QuarantineState::Deleted) {
      EXPECT_EQ(pg->readMessage(before.id), sqlite.readMessage(before.id));
    }
  }
  // The idempotency keys came along: a retry of an imported message finds it.
  HoldRequest retry = test::sampleRequest();
  retry.idempotencyKey = "key-0";
  EXPECT_EQ(pg->put(retry, RawMessage::inMemory(test::sampleMessage("0"))), ids[0]);
}

}  // namespace
}  // namespace aup
