// clamav_bench - what ClamAV costs: the virus scanner (libclamav in-process) on every message of
// the bench corpus, with the tiny test database and with a synthetic large database generated
// here (100k MD5 hash signatures + 10k body signatures), plus engine load time and resident
// memory for each (EngineLoad/* rows: rss_mb is VmRSS growth while loading).
//
//   build/bench/clamav_bench
//   build/bench/clamav_bench --benchmark_filter=Mix   # the average-message figures only

#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "bench/bench_corpus.h"
#include "adapters/clamav/clamav_backends.h"
#include "scanners/virus/virus_scanner.h"

namespace aup {
namespace {

// VmRSS of this process in MiB.
double rssMiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with("VmRSS:")) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

std::string randomHex(std::mt19937_64& rng, std::size_t bytes) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < bytes; ++i) {
    auto b = static_cast<unsigned>(rng() & 0xff);
    out += d[b >> 4];
    out += d[b & 15];
  }
  return out;
}

// Writes the synthetic large database (deterministic) plus the EICAR test signatures.
std::filesystem::path makeLargeDatabase(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  std::mt19937_64 rng(42);
  std::ofstream hdb(dir / "synthetic.hdb");
  for (int i = 0; i < 100000; ++i) hdb << randomHex(rng, 16) << ":" << (1000 + rng() % 1000000) << ":Synthetic.Hash." << i << "\n";
  std::ofstream ndb(dir / "synthetic.ndb");
  for (int i = 0; i < 10000; ++i) ndb << "Synthetic.Body." << i << ":0:*:" << randomHex(rng, 16) << "\n";
  std::filesystem::copy_file(std::filesystem::path(AUP_SOURCE_DIR) / "tests/data/clamav/test.ndb", dir / "test.ndb",
                             std::filesystem::copy_options::overwrite_existing);
  return dir;
}

struct LoadedDb {
  std::shared_ptr<ClamavEngineService> service;
  std::unique_ptr<VirusScanner> scanner;
  double loadSeconds = 0;
  double rssGrowthMiB = 0;
  unsigned signatures = 0;
};

LoadedDb loadDb(const std::filesystem::path& dbDir, const std::filesystem::path& tmp) {
  LoadedDb db;
  ClamavEngineSettings s;
  s.databaseDir = dbDir;
  s.tmpDir = tmp;  // "" = the engine's own choice, as in production (/dev/shm when it has room)
  // The clean cache is keyed by content: every iteration rescans the same bytes, which real mail
  // never does, so without this the figures would be cache hits.
  s.disableCache = true;
  ensureClamavInitialised();
  double before = rssMiB();
  auto start = std::chrono::steady_clock::now();
  db.service = std::make_shared<ClamavEngineService>(s, 0);
  db.loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  db.rssGrowthMiB = rssMiB() - before;
  db.signatures = db.service->signatures();
  db.scanner = std::make_unique<VirusScanner>(std::make_shared<EmbeddedBackend>(db.service), VirusSettings{});
  return db;
}

std::shared_ptr<const MessageView> viewOf(const std::string& bytes) {
  Envelope e;
  e.mailFrom = "a@example.net";
  e.recipients = {"b@school.example"};
  return MessageView::parse(std::make_shared<const RawMessage>(RawMessage::inMemory(bytes)), e);
}

void scanLoop(benchmark::State& state, const VirusScanner& scanner, const std::vector<std::shared_ptr<const MessageView>>& views) {
  Organisation org;
  org.internalDomains = {"school.example"};
  ScanContext ctx{org, Direction::Inbound, false};
  std::size_t bytes = 0, i = 0;
  for (auto _ : state) {
    const MessageView& v = *views[i++ % views.size()];
    auto outcome = scanner.scan(v, ctx);
    benchmark::DoNotOptimize(outcome);
    bytes += v.raw().size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

}  // namespace
}  // namespace aup

int main(int argc, char** argv) {
  using namespace aup;
  benchmark::Initialize(&argc, argv);
  auto tmp = std::filesystem::temp_directory_path() / ("aup-clamav-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(tmp);
  std::map<std::string, LoadedDb> dbs;
  dbs.emplace("test", loadDb(std::filesystem::path(AUP_SOURCE_DIR) / "tests/data/clamav", {}));
  dbs.emplace("large", loadDb(makeLargeDatabase(tmp / "large-db"), {}));
  // The same test database with ClamAV's temp directories on the disk under $TMPDIR, for the
  // cost libclamav's per-scan directory has there.
  dbs.emplace("test-disk-tmp", loadDb(std::filesystem::path(AUP_SOURCE_DIR) / "tests/data/clamav", tmp / "t1"));

  std::vector<std::shared_ptr<const MessageView>> mix;
  for (const auto& entry : bench::averageMix()) {
    auto view = viewOf(bench::corpusMessage(entry.name).bytes);
    for (int w = 0; w < entry.weight; ++w) mix.push_back(view);
  }
  for (auto& [name, db] : dbs) {
    const LoadedDb* d = &db;
    benchmark::RegisterBenchmark(("EngineLoad/" + name).c_str(), [d](benchmark::State& state) {
      for (auto _ : state) benchmark::DoNotOptimize(d->signatures);
      state.counters["load_ms"] = d->loadSeconds * 1000;
      state.counters["rss_mb"] = d->rssGrowthMiB;
      state.counters["signatures"] = d->signatures;
    })->Iterations(1);
    benchmark::RegisterBenchmark(("Mix/" + name).c_str(), [d, &mix](benchmark::State& state) { scanLoop(state, *d->scanner, mix); })
        ->Unit(benchmark::kMicrosecond);
    for (const auto& m : bench::corpus()) {
      auto views = std::vector<std::shared_ptr<const MessageView>>{viewOf(m.bytes)};
      benchmark::RegisterBenchmark(("Message/" + name + "/" + m.name).c_str(),
                                   [d, views](benchmark::State& state) { scanLoop(state, *d->scanner, views); })
          ->Unit(benchmark::kMicrosecond);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  dbs.clear();
  std::filesystem::remove_all(tmp);
  return 0;
}
