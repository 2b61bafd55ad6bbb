// store_bench - hold throughput of the two quarantine stores on this machine, in one run:
// SQLite (files + WAL database, fsync) and PostgreSQL 15 (a private server started here, fsync on,
// unix socket), each with 1 and 4 threads putting the same 20 kB message. Prints holds per second,
// the mean cost per hold, and the PostgreSQL/SQLite ratio. Needs postgresql-15 (initdb, pg_ctl).
//   store_bench [holds-per-case]      (default 400)

#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

#include "quarantine/pg_quarantine_storage.h"
#include "quarantine/sqlite_quarantine_storage.h"
#include "tests/quarantine/quarantine_test_support.h"
#include "tests/support/pg_test_server.h"

namespace aup {
namespace {

std::string messageOf(std::size_t bytes) {
  std::string body;
  while (body.size() < bytes) body += "A line of an ordinary message body, about the school trip on Friday.\r\n";
  return test::sampleMessage("bench") + body;
}

// Holds per second for `total` puts spread over `threads` threads.
double holdsPerSecond(QuarantineStorage& store, int total, int threads, const std::string& message) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (int i = 0; i < total / threads; ++i) store.put(test::sampleRequest(), RawMessage::inMemory(message));
    });
  }
  for (auto& worker : workers) worker.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return (total / threads) * threads / seconds;
}

int run(int total) {
  const std::string message = messageOf(20 * 1024);
  test::TempDir dir("aup-store-bench");
  SqliteQuarantineStorage sqlite(StoreOptions{dir.path() / "q", "", std::chrono::seconds(120), "bench", MigrationMode::AtOpen});
  test::PgTestServer server(test::PgTestServer::Durability::Fsync);
  if (!server.available()) {
    std::fprintf(stderr, "%s\n", server.why().c_str());
    return 2;
  }
  PgQuarantineStorage pg(PgStoreOptions{{server.createDatabase(), "", std::chrono::seconds(30), "bench"}, 4, "bench", MigrationMode::AtOpen});
  std::printf("%-12s %8s %12s %14s\n", "store", "threads", "holds/s", "ms per hold");
  for (int threads : {1, 4}) {
    const double s = holdsPerSecond(sqlite, total, threads, message);
    const double p = holdsPerSecond(pg, total, threads, message);
    std::printf("%-12s %8d %12.0f %14.2f\n", "sqlite", threads, s, 1000.0 * threads / s);
    std::printf("%-12s %8d %12.0f %14.2f\n", "postgresql", threads, p, 1000.0 * threads / p);
    std::printf("%-12s %8d %12.2f\n", "pg/sqlite", threads, p / s);
  }
  return 0;
}

}  // namespace
}  // namespace aup

int main(int argc, char** argv) { return aup::run(argc > 1 ? std::atoi(argv[1]) : 400); }
