#include "adapters/clamav/clamav_engine_service.h"
#include "adapters/clamav/clamav_backends.h"
#include "adapters/production_services.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <regex>
#include <thread>

#include "scanners/virus/virus_scanner.h"
#include "tests/scanners/virus/virus_test_support.h"
#include "tests/support/attachment_files.h"

namespace aup {
namespace {

constexpr const char* kMarker = "AUP-RELOAD-MARKER-7f3a9c";

std::string hex(std::string_view s) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += d[c >> 4];
    out += d[c & 15];
  }
  return out;
}

ClamavResult scanBytes(const EngineProvider& provider, const std::string& bytes) {
  return scanWithEngine(*provider.currentEngine(), bytes, "");
}

// Moves a file's mtime forward: cl_statchkdir compares whole seconds.
void touchLater(const std::filesystem::path& p) {
  std::filesystem::last_write_time(p, std::filesystem::last_write_time(p) + std::chrono::seconds(5));
}

TEST(ClamavTmpDir, LeftoversOfACrashedRunAreRemovedAndLiveDirsKept) {
  test::TempDir parent;
  auto crashed = parent.path() / "aup-clamav-Ab12Cd";  // its owner's lock died with it
  std::filesystem::create_directories(crashed / "clamav-1234.tmp");
  test::writeFile(crashed / ".owner.lock", "");
  test::writeFile(crashed / "clamav-1234.tmp" / "member.bin", "unpacked attachment");
  auto old = parent.path() / "aup-clamav-Old999";  // from a version without lock files
  std::filesystem::create_directories(old);
  std::filesystem::last_write_time(old, std::filesystem::file_time_type::clock::now() - std::chrono::hours(2));
  auto live = parent.path() / "aup-clamav-Live01";  // another process is scanning with it
  std::filesystem::create_directories(live);
  test::writeFile(live / ".owner.lock", "");
  int lockFd = ::open((live / ".owner.lock").c_str(), O_RDWR);
  ASSERT_GE(lockFd, 0);
  ASSERT_EQ(::flock(lockFd, LOCK_EX), 0);
  auto foreign = parent.path() / "clamav-unrelated";  // not ours: never touched
  std::filesystem::create_directories(foreign);
  auto fresh = parent.path() / "aup-clamav-New000";  // just made, not yet locked
  std::filesystem::create_directories(fresh);

  EXPECT_EQ(removeLeftoverClamavDirs(parent.path()), 2u);
  EXPECT_FALSE(std::filesystem::exists(crashed));
  EXPECT_FALSE(std::filesystem::exists(old));
  EXPECT_TRUE(std::filesystem::exists(live));
  EXPECT_TRUE(std::filesystem::exists(foreign));
  EXPECT_TRUE(std::filesystem::exists(fresh));
  ::close(lockFd);
}

TEST(ClamavTmpDir, AConfiguredTmpDirGetsAPrivateLockedDirectory) {
  test::TempDir db, tmp;
  test::writeFile(db.path() / "test.ndb", "Aup.Test.Marker:0:*:" + hex(kMarker) + "\n");
  auto engine = loadClamavEngine(test::testEngineSettings(db.path(), tmp.path()));
  ASSERT_TRUE(engine);
  std::size_t privateDirs = 0;
  for (const auto& e : std::filesystem::directory_iterator(tmp.path()))
    if (e.path().filename().string().starts_with("aup-clamav-")) ++privateDirs;
  EXPECT_EQ(privateDirs, 1u);
  EXPECT_EQ(removeLeftoverClamavDirs(tmp.path()), 0u) << "a live process's directory is not a leftover";
}

TEST(ClamavDatabaseDir, EmptyDirectoryHasNoSignatures) {
  test::TempDir dir;
  EXPECT_FALSE(hasSignatureDatabases(dir.path()));
  test::writeFile(dir.path() / "README", "not a database");
  test::writeFile(dir.path() / "empty.ndb", "");
  EXPECT_FALSE(hasSignatureDatabases(dir.path()));
  EXPECT_FALSE(hasSignatureDatabases(dir.path() / "missing"));
  test::copyTestDatabase(dir.path());
  EXPECT_TRUE(hasSignatureDatabases(dir.path()));
}

TEST(ClamavDatabaseDir, LoadWithoutSignaturesSaysWhereAndWhatToRun) {
  test::TempDir dir;
  try {
    loadClamavEngine(test::testEngineSettings(dir.path(), dir.path() / "tmp"));
    FAIL() << "an engine without signatures must not load";
  } catch (const ClamavLoadError& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("freshclam"), std::string::npos) << what;
    EXPECT_NE(what.find(dir.path().string()), std::string::npos) << what;
  }
}

TEST(ClamavEngineServiceTest, NewSignatureTakesEffectWithoutRestart) {
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  ClamavEngineService service(test::testEngineSettings(dir.path(), dir.path() / "tmp"), 0);
  std::string sample = std::string("header ") + kMarker + " trailer";
  EXPECT_EQ(scanBytes(service, sample).status, ClamavStatus::Clean);
  EXPECT_FALSE(service.checkForUpdates()) << "nothing changed yet";

  // Replace the database file, as freshclam does.
  test::writeFile(dir.path() / "test.ndb", std::string("Test.Reload.Marker:0:*:") + hex(kMarker) + "\n");
  touchLater(dir.path() / "test.ndb");
  ClamavEnginePtr before = service.currentEngine();
  EXPECT_TRUE(service.checkForUpdates());
  EXPECT_NE(service.currentEngine(), before);
  ClamavResult r = scanBytes(service, sample);
  EXPECT_EQ(r.status, ClamavStatus::Found);
  EXPECT_TRUE(r.name.starts_with("Test.Reload.Marker")) << r.name;
  EXPECT_EQ(service.counters().reloads, 1u);
  // The engine a message was already using stays valid after the swap.
  EXPECT_EQ(scanWithEngine(*before, sample, "").status, ClamavStatus::Clean);
}

TEST(ClamavEngineServiceTest, CorruptDatabaseKeepsTheOldEngine) {
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  ClamavEngineService service(test::testEngineSettings(dir.path(), dir.path() / "tmp"), 0);
  ClamavEnginePtr before = service.currentEngine();
  test::writeFile(dir.path() / "test.ndb", "this is not a signature\n:::\n");
  touchLater(dir.path() / "test.ndb");
  EXPECT_FALSE(service.checkForUpdates());
  EXPECT_EQ(service.currentEngine(), before);
  EXPECT_EQ(service.counters().failedReloads, 1u);
  EXPECT_EQ(scanBytes(service, test::eicar()).status, ClamavStatus::Found) << "old signatures still apply";
}

TEST(ClamavEngineServiceTest, WatcherThreadReloadsInTheBackground) {
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  ClamavEngineService service(test::testEngineSettings(dir.path(), dir.path() / "tmp"), 1);
  ASSERT_NE(service.currentEngine(), nullptr);
  service.startWatcher();
  test::writeFile(dir.path() / "extra.ndb", std::string("Test.Reload.Marker:0:*:") + hex(kMarker) + "\n");
  // Waits for the outcome (not a timing assertion): up to 30 s for the one-second watcher.
  for (int i = 0; i < 300 && service.counters().reloads == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(scanBytes(service, std::string(kMarker)).status, ClamavStatus::Found);
}

// Mail keeps flowing while engines are swapped: every scan during repeated reloads gets a
// correct verdict (no error, no missed EICAR, no false hit) from whichever engine it holds.
TEST(ClamavEngineServiceTest, ScansDuringReloadsKeepCorrectVerdicts) {
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  auto service = std::make_shared<ClamavEngineService>(test::testEngineSettings(dir.path(), dir.path() / "tmp"), 0);
  VirusScanner scanner(std::make_shared<EmbeddedBackend>(service), {});
  const std::string infected = test::messageWithAttachment("e.zip", test::makeZip({{"e.com", test::eicar()}}));
  const std::string clean = test::messageWithAttachment("r.pdf", test::cleanPdf());
  std::atomic<bool> done{false};
  std::atomic<int> wrong{0}, scans{0};
  std::vector<std::thread> workers;
  for (int t = 0; t < 3; ++t) {
    workers.emplace_back([&] {
      while (!done) {
        auto bad = test::scanMessage(scanner, infected);
        auto good = test::scanMessage(scanner, clean);
        if (bad.error || bad.findings.size() != 1 || good.error || !good.findings.empty()) ++wrong;
        ++scans;
      }
    });
  }
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(service->reload());
  done = true;
  for (auto& w : workers) w.join();
  EXPECT_EQ(wrong.load(), 0) << "of " << scans.load() << " scan pairs";
  EXPECT_GT(scans.load(), 0);
  EXPECT_EQ(service->counters().reloads, 5u);
}

TEST(ClamavEngineServiceTest, EqualSettingsShareOneEngine) {
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  auto settings = test::testEngineSettings(dir.path(), dir.path() / "tmp");
  ClamavBackends backends;
  auto a = backends.engineService(settings, 0);
  auto b = backends.engineService(settings, 0);
  EXPECT_EQ(a, b) << "a config reload must not recompile signatures";
  settings.maxFiles = 7;
  auto c = backends.engineService(settings, 0);
  EXPECT_NE(a, c) << "changed limits need a new engine";
}

TEST(ClamavEngineServiceTest, BackendsStartedForBackgroundWorkWatchEveryEngineTheyMake) {
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  ClamavBackends backends;
  backends.startBackgroundWork();  // as the milter does after daemon(3)
  auto service = backends.engineService(test::testEngineSettings(dir.path(), dir.path() / "tmp"), 1);
  test::writeFile(dir.path() / "extra.ndb", std::string("Test.Reload.Marker:0:*:") + hex(kMarker) + "\n");
  for (int i = 0; i < 300 && service->counters().reloads == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(scanBytes(*service, std::string(kMarker)).status, ClamavStatus::Found);
}

TEST(VirusFactory, MissingDatabaseIsAConfigErrorNamingFreshclam) {
  test::TempDir dir;
  auto reader = ConfigReader::fromString("[clamav]\ndatabase_dir = \"" + dir.path().string() + "\"\n", dir.path() / "c.toml");
  auto scanner = virusScannerFactory().build(reader, Settings{}, productionScannerServices());
  EXPECT_EQ(scanner, nullptr);
  ASSERT_EQ(reader.errors().size(), 1u);
  EXPECT_NE(reader.errors()[0].find("freshclam"), std::string::npos) << reader.errors()[0];
  EXPECT_NE(reader.errors()[0].find("clamav.database_dir"), std::string::npos) << reader.errors()[0];
}

TEST(VirusFactory, BuildsFromConfigAndDetects) {
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  auto reader = ConfigReader::fromString("[clamav]\ndatabase_dir = \"" + dir.path().string() + "\"\ntmp_dir = \"" +
                                             (dir.path() / "tmp").string() +
                                             "\"\nmax_file_size = \"10M\"\nmax_scan_time = \"30s\"\n"
                                             "reload_check_interval = 0\non_error = \"quarantine\"\n",
                                         dir.path() / "c.toml");
  auto scanner = virusScannerFactory().build(reader, Settings{}, productionScannerServices());
  reader.reportUnknownKeys();
  ASSERT_TRUE(reader.errors().empty()) << reader.errors()[0];
  ASSERT_NE(scanner, nullptr);
  auto outcome = test::scanMessage(*scanner, test::messageWithAttachment("x.bin", test::eicar()));
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].rule, "malware");
}

TEST(VirusFactory, RejectsBadChoicesAndSockets) {
  test::TempDir dir;
  auto reader = ConfigReader::fromString(
      "[clamav]\nmode = \"clamd\"\non_error = \"ignore\"\nclamd_sockets = [\"unix:relative\", \"udp:1.2.3.4:5\"]\n",
      dir.path() / "c.toml");
  virusScannerFactory().build(reader, Settings{}, productionScannerServices());
  std::string all;
  for (const auto& e : reader.errors()) all += e + "\n";
  EXPECT_NE(all.find("clamav.on_error"), std::string::npos) << all;
  EXPECT_NE(all.find("clamd_sockets[0]"), std::string::npos) << all;
  EXPECT_NE(all.find("clamd_sockets[1]"), std::string::npos) << all;
}

// The documented [clamav] block of config/aup-milter.toml, uncommented, is accepted key for key.
TEST(VirusFactory, ShippedConfigBlockIsAccepted) {
  std::ifstream in(std::string(AUP_SOURCE_DIR) + "/config/aup-milter.toml");
  std::string line, block;
  bool inside = false;
  test::TempDir dir;
  test::copyTestDatabase(dir.path());
  while (std::getline(in, line)) {
    if (line == "[clamav]") {
      inside = true;
    } else if (inside && line.starts_with("[")) {
      break;  // the next section
    }
    if (!inside) continue;
    if (line.starts_with("database_dir")) line = "database_dir = \"" + dir.path().string() + "\"";
    if (line.starts_with("fallback_database_dir")) line = "fallback_database_dir = \"\"";
    if (line.starts_with("reload_check_interval")) line = "reload_check_interval = 0";
    block += line + "\n";
  }
  ASSERT_NE(block.find("max_scan_size"), std::string::npos) << block;
  auto reader = ConfigReader::fromString(block, dir.path() / "c.toml");
  auto scanner = virusScannerFactory().build(reader, Settings{}, productionScannerServices());
  reader.reportUnknownKeys();
  for (const auto& e : reader.errors()) ADD_FAILURE() << e << "\n" << block;
  EXPECT_NE(scanner, nullptr);
}

}  // namespace
}  // namespace aup
