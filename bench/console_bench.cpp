// console_bench: the console's list and search answers with 100,000 held messages in the store
// (issue 14: under 100 ms each). Rows are inserted directly in one transaction (put() would fsync
// 100,000 files); every request then goes through ConsoleApi::handle as a browser's would, JSON
// included, without a socket.
//   build/bench/console_bench [--benchmark_filter=...]

#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>

#include "console/console_api.h"
#include "decision/quarantine_id.h"
#include "quarantine/sqlite_db.h"
#include "quarantine/sqlite_quarantine_storage.h"

namespace aup::console {
namespace {

constexpr int kMessages = 100000;
const std::string kPassword = "bench password 123";

struct ConsoleAt100k {
  std::filesystem::path dir;
  std::unique_ptr<SqliteQuarantineStorage> store;
  std::unique_ptr<UserStore> users;
  std::unique_ptr<ConsoleApi> api;
  std::string cookie;

  ConsoleAt100k() {
    char pattern[] = "/tmp/aup-console-bench-XXXXXX";
    dir = ::mkdtemp(pattern);
    store = std::make_unique<SqliteQuarantineStorage>(StoreOptions{dir / "q", "", std::chrono::seconds(120), "bench", MigrationMode::AtOpen});
    fill();
    users = std::make_unique<UserStore>(dir / "users.db", HashCost::TestOnlyMinimum);
    users->setUser("admin", Role::Admin, kPassword);
    ConsoleDeps deps{*store, *users, [] { return std::unique_ptr<SmtpSender>(); }, "k",
                     [](const std::string&, const std::string&, const std::string&, const std::string&) {},
                     [] { return std::int64_t{1700000000}; }, nullptr};
    api = std::make_unique<ConsoleApi>(deps, ConsoleSettings{});
    HttpResponse r = api->handle({"POST", "/api/v1/session", {}, {}, R"({"user":"admin","password":")" + kPassword + "\"}", "127.0.0.1"});
    for (const auto& [name, value] : r.headers) {
      if (name == "Set-Cookie") cookie = value.substr(0, value.find(';'));
    }
  }
  ~ConsoleAt100k() { std::filesystem::remove_all(dir); }

  // A school's mix: most held mail is outbound personal data, the rest anonymous or chain letters.
  void fill() {
    SqliteDb db(store->databasePath());
    SqliteTransaction tx(db);
    const char* policies[] = {"dlp-unencrypted", "dlp-unencrypted", "anonymous", "chain-letter"};
    for (int i = 0; i < kMessages; ++i) {
      // Prepared per row (SqliteStatement has no reset): a second or two of set-up, not measured.
      SqliteStatement m(db,
                        "INSERT INTO messages(id, received_at, mail_from, rcpts, auth_user, direction, subject, size, "
                        "sha256, state) VALUES(?,?,?,?,?,?,?,?,?,?)");
      SqliteStatement r(db, "INSERT INTO reasons(message_id, seq, policy, rule, action) VALUES(?,0,?,?,'quarantine')");
      const std::string id = newQuarantineId();
      const std::string sender = "staff" + std::to_string(i % 400) + "@school.example";
      m.bind(1, id).bind(2, std::int64_t{1600000000} + i * 60).bind(3, sender);
      m.bind(4, "parent" + std::to_string(i % 5000) + "@example.org").bind(5, sender);
      m.bind(6, i % 4 == 2 ? "inbound" : "outbound").bind(7, "Message number " + std::to_string(i));
      m.bind(8, std::int64_t{4000}).bind(9, std::string(64, '0')).bind(10, i % 10 == 0 ? "released" : "held");
      m.step();
      r.bind(1, id).bind(2, policies[i % 4]).bind(3, i % 4 < 2 ? "uln" : "x");
      r.step();
    }
    tx.commit();
  }

  HttpResponse get(const std::map<std::string, std::string>& query) {
    return api->handle({"GET", "/api/v1/messages", query, {{"cookie", cookie}}, "", "127.0.0.1"});
  }
};

ConsoleAt100k& console() {
  static ConsoleAt100k instance;
  return instance;
}

void runQuery(benchmark::State& state, const std::map<std::string, std::string>& query) {
  auto& c = console();
  for (auto _ : state) {
    HttpResponse r = c.get(query);
    if (r.status != 200) state.SkipWithError(r.body.c_str());
    benchmark::DoNotOptimize(r.body.data());
  }
}

void BM_ListNewestPage(benchmark::State& s) { runQuery(s, {{"limit", "50"}}); }
void BM_ListHeldPage(benchmark::State& s) { runQuery(s, {{"state", "held"}, {"limit", "50"}}); }
void BM_SearchSenderSubstring(benchmark::State& s) { runQuery(s, {{"sender", "staff17@"}, {"limit", "50"}}); }
void BM_SearchSubjectNoMatch(benchmark::State& s) { runQuery(s, {{"subject", "no such subject"}, {"limit", "50"}}); }
void BM_SearchPolicyAndDirection(benchmark::State& s) {
  runQuery(s, {{"policy", "anonymous"}, {"direction", "inbound"}, {"limit", "50"}});
}
void BM_SearchDateRange(benchmark::State& s) {
  runQuery(s, {{"since", "1602000000"}, {"until", "1603000000"}, {"limit", "50"}});
}
void BM_DeepPageByCursor(benchmark::State& s) {
  auto& c = console();
  HttpResponse first = c.get({{"limit", "500"}});
  std::string cursor = nlohmann::json::parse(first.body)["nextCursor"];
  for (int i = 0; i < 100; ++i) cursor = nlohmann::json::parse(c.get({{"limit", "500"}, {"after", cursor}}).body)["nextCursor"];
  runQuery(s, {{"limit", "50"}, {"after", cursor}});  // about 50,000 rows in
}

BENCHMARK(BM_ListNewestPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListHeldPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchSenderSubstring)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchSubjectNoMatch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchPolicyAndDirection)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchDateRange)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DeepPageByCursor)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace aup::console

BENCHMARK_MAIN();
